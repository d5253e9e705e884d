// A message names a clause in the agreement's own word for its units (rules/context.ts readNumberWords): the Swiss
// agreement numbered 'Art. 5' that cites 'Art. 2.1' and 'Art. 12' was told about 'Section 5.3', a word it never uses,
// as only the unabbreviated words (Section, Clause, Article, Paragraph, §) were counted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { loadBuiltinPacks } from '../../src/rules/index.js';
import { findingPlaces } from '../../src/report/common.js';

const packs = loadBuiltinPacks();
const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const SWISS = 'test/agreements/p-swiss-law-surgical-robotics-cross-licence.txt';

describe("messages name clauses in the agreement's own abbreviated word", () => {
  it("says 'Art. 5.3' where the agreement cites 'Art. 2.1' (before: 'Section 5.3')", async () => {
    const report = await checkDocument(sourceFromText(read(SWISS), SWISS, 'text'), packs);
    expect(report.numberWords).toEqual({ whole: 'Art.', dotted: 'Art.' });
    const messages = report.findings.map((f) => f.message);
    expect(messages.some((m) => m.startsWith('Art. 5.3 bars a party'))).toBe(true);
    expect(messages.filter((m) => /\bSection \d/.test(m))).toEqual([]);
    // The report's place lines name the clauses with the same word, whether or not the message beside them does.
    const places = findingPlaces(report);
    expect(places.signed('5.3 Challenges', 'Art. 5.3 bars a party ...')).toBe('Art. 5.3 Challenges');
    expect(places.signed('9.2', 'A royalty is due but ...')).toBe('Art. 9.2');
  });

  it("near miss: an agreement that cites 'Section 4.1' keeps 'Section'", async () => {
    const report = await checkDocument(sourceFromText(read('fixtures/flawed-cross-license.md'), 'flawed.md', 'markdown'), packs);
    expect(report.numberWords).toEqual({ whole: 'Section', dotted: 'Section' });
  });
});

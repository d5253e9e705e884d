// A sentence broken by a page break goes on in the next paragraph. A lower-case word after the break said so; a capital
// (a name, a defined term) did not, so '... all Products sold to the' / page break / 'Customer hereunder, ...' was a
// paragraph of its own under 2.6, and the messages named it 'the paragraph at line 109 of Section 2.6' (CUAD BIOPURE).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { clauseLabel } from '../../src/rules/context.js';
import { tree } from './helpers.js';

const CUAD = '../shared/corpus/cuad-dev/contracts';

describe('a sentence broken by a page break before a capital', () => {
  // The CUAD dev agreement itself, where it is (scripts and tests read the corpus from ../shared and skip without it).
  const biopure = existsSync(CUAD) ? readdirSync(CUAD).find((f) => f.startsWith('BIOPURECORP_06_30_1999')) : undefined;
  it.skipIf(biopure === undefined)('goes on after a word no sentence ends on (the, of, to, by ...): the message names Paragraph 2.6', () => {
    const text = readFileSync(`${CUAD}/${biopure as string}`, 'utf8');
    const a = analyze(sourceFromText(text, 'a.txt', 'text'));
    const clauseOf = (id: string) => a.tree.clauses.find((c) => c.id === id);
    expect(a.tree.clauses.filter((c) => text.startsWith('Customer hereunder', c.start))).toEqual([]);
    const at = text.indexOf('All claims by the Customer and/or Agent');
    const leaf = a.tree.clauses.filter((c) => c.start <= at && at < c.end && c.children.length === 0)[0];
    expect(clauseLabel(leaf, clauseOf, ['Paragraph', 'Paragraph'])).toBe('Paragraph 2.6 (Warranty)');
  });

  it("keeps apart a recital after '; and', a heading after 'the', and a legend set inside the broken sentence (near misses)", () => {
    const recitals = 'WHEREAS, Acme makes sensors; and\n\nWHEREAS, Beta sells them to the\n\nAUTOMOTIVE MARKET\n\nNOW, THEREFORE, the parties agree as follows:\n\n1. Grant. Acme grants Beta a licence.\n';
    const t = tree(recitals);
    const starts = t.clauses.map((c) => recitals.slice(c.start, c.start + 12));
    expect(starts).toContain('WHEREAS, Bet');
    expect(starts).toContain('AUTOMOTIVE M');
    const legend = 'Portions of this Exhibit were omitted and have been filed separately with the Commission.';
    const split = `1. Reports. The report shall also set forth the amount of any\n\n${legend}\n\ncosts incurred by the Agent.\n\n` +
      'THE AGENT MAKES NO OTHER STATEMENT OF ACCOUNT.\n\n2. Term. This Agreement runs for two years.\n';
    const s = tree(split);
    expect(s.clauses.some((c) => split.slice(c.start, c.end).startsWith('Portions of this Exhibit'))).toBe(true);
  });
});

// Pack patterns are case-insensitive: they run lower-cased on the lower-cased text. Both sides must lower-case the
// same letters, non-ASCII capitals too ("ÉTAT", "SOCIÉTÉ"), or a pattern never matches a text in capitals. (A `\b`
// next to a non-ASCII letter sees no word boundary, as in any JavaScript regex without the u flag: the tests avoid it.)
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadPack } from '../../src/rules/index.js';

/** A pack of one clause-scope rule that reports every clause whose text matches `text`. */
function housePack(text: string, matchCase = false) {
  const dir = join(mkdtempSync(join(tmpdir(), 'clausecheck-')), 'house');
  mkdirSync(dir);
  writeFileSync(join(dir, 'pack.json'), JSON.stringify({ id: 'house', version: '1.0.0', description: 'House rules', rules: ['state-party'] }));
  writeFileSync(
    join(dir, 'state-party.json'),
    JSON.stringify({
      id: 'house/state-party',
      severity: 'warning',
      title: 'A state entity is a party',
      scope: 'clause',
      conditions: { all: [{ fact: 'clauses', params: { label: 'a state entity', text, ...(matchCase ? { matchCase } : {}) }, operator: 'nonEmpty', value: true }] },
      message: '{{clause}} names a state entity.',
      rationale: 'Sovereign immunity may bar enforcement against a state entity.',
      recommendation: 'Add a waiver of sovereign immunity.',
    }),
  );
  return loadPack(dir);
}

const AGREEMENT = `# PATENT CROSS-LICENSE AGREEMENT

## 1. Parties

1.1 This Agreement is made between Alpha Devices, Inc. ("Alpha") and SOCIÉTÉ NATIONALE DES CHEMINS DE FER, an entity owned by the ÉTAT FRANÇAIS ("Beta").

## 2. Grant

2.1 Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents.

## 3. Notices

3.1 Notices to Beta go to its office in İSTANBUL (ΟΔΟΣ 5), attention of the Société's general counsel.
`;

/** The clauses the pattern reports, each finding's offsets checked against its words. */
async function clausesFound(pattern: string, matchCase = false): Promise<(string | null)[]> {
  const findings = (await evaluate(analyze(sourceFromText(AGREEMENT, 'doc.md')), [housePack(pattern, matchCase)])).filter((f) => f.ruleId === 'house/state-party');
  for (const f of findings) expect(AGREEMENT.slice(f.start, f.end)).toMatch(new RegExp(pattern, matchCase ? '' : 'i'));
  return findings.map((f) => f.clauseNumber);
}

describe('pack patterns with non-ASCII capitals', () => {
  it('match the text in capitals, in title case and in lower case', async () => {
    expect(await clausesFound(String.raw`\bsociété`)).toEqual(['1.1', '3.1']);
    expect(await clausesFound(String.raw`\bSociété`)).toEqual(['1.1', '3.1']);
    expect(await clausesFound(String.raw`\bSOCIÉTÉ`)).toEqual(['1.1', '3.1']);
    expect(await clausesFound(String.raw`ÉTAT\s+français\b`)).toEqual(['1.1']);
    expect(await clausesFound(String.raw`état\s+FRANÇAIS\b`)).toEqual(['1.1']);
    // Lower-cased one character at a time: "İ" (two characters in lower case) and a final "Σ" keep the offsets.
    expect(await clausesFound(String.raw`\bgeneral\s+counsel`)).toEqual(['3.1']);
    expect(await clausesFound(String.raw`οδοσ\s+5`)).toEqual(['3.1']);
    // As the i flag has it, the final sigma of a word written in lower case matches its capital too.
    expect(await clausesFound(String.raw`οδος\s+5`)).toEqual(['3.1']);
    expect(await clausesFound(String.raw`\(ΟΔΟς\s+5\)`)).toEqual(['3.1']);
  });

  it('match capitals that the pattern writes as hex escapes, as when it writes the letters', async () => {
    expect(await clausesFound(String.raw`\bsoci\u00C9t\u00C9`)).toEqual(['1.1', '3.1']);
    expect(await clausesFound(String.raw`\bsoci\xC9t\xE9`)).toEqual(['1.1', '3.1']);
    expect(await clausesFound(String.raw`soci[\u00C9]t`)).toEqual(['1.1', '3.1']);
    // A range of capitals also holds their lower case, as the `i` flag has it (a range that holds it already is kept).
    expect(await clausesFound(String.raw`\bsoci[\u00C0-\u00DE]t[\xC0-\xDE]`)).toEqual(['1.1', '3.1']);
    expect(await clausesFound(String.raw`\bsoci[\u00C0-\u024F]t`)).toEqual(['1.1', '3.1']);
    expect(await clausesFound(String.raw`\u00C9TAT\s+\x46RAN\u00C7AIS\b`)).toEqual(['1.1']);
    // A range with one end written as a letter and one as an escape: lower-cased end by end, "[A-\u005A]" became
    // "[a-\u005A]", out of order, and the check stopped with an internal error (fold.test.ts: "[\u00C9-Ë]" held "à" too).
    expect(await clausesFound(String.raw`\b[A-\u005A]LPHA\s+devices`)).toEqual(['1.1']);
    expect(await clausesFound(String.raw`\bALPHA\s+[C-\x45]EVICES`)).toEqual(['1.1']);
    expect(await clausesFound(String.raw`\bsoci[\u00C9-Ë]t`)).toEqual(['1.1', '3.1']);
  });

  it('keep their case when the pattern matches case', async () => {
    expect(await clausesFound(String.raw`\bSOCIÉTÉ`, true)).toEqual(['1.1']);
    expect(await clausesFound(String.raw`\bSociété`, true)).toEqual(['3.1']);
  });
});

// A definitions list under a lead-in ("2.1 In this Agreement the following terms have the following meanings:") ends at
// the next clause numbered at the lead-in's own depth: "2.2 Headings are for convenience only." straight after the last
// quoted entry is the next clause, not an "is/are" entry defining "Headings" (a Danish agreement in translation, where
// it was reported as a definition never used).
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const defined = (text: string): string[] => factsOf(text).definitions.map((d) => d.term);

const LIST = (next: string): string =>
  [
    '2. DEFINITIONS',
    '',
    '2.1 In this Agreement the following terms have the following meanings:',
    '',
    '"Effective Date" means 1 February 2027;',
    '',
    '"Territory" means the whole world.',
    '',
    next,
    '',
    '3. LICENCES',
    '',
    '3.1 Nordvind grants to Bjerregaard a non-exclusive licence in the Territory from the Effective Date.',
    '',
  ].join('\n');

describe('a lead-in definitions list ends at the next clause of its own depth', () => {
  it("reads no definition in the sibling clause '2.2 Headings are ...'", () => {
    expect(defined(LIST('2.2 Headings are for convenience only and do not affect the interpretation of this Agreement.'))).toEqual(['Effective Date', 'Territory']);
  });

  it('near miss: an entry numbered one level deeper is still an entry of the list', () => {
    expect(defined(LIST('2.1.1 Wind Turbines are turbines with a rated output of 1 MW or more.'))).toEqual(['Effective Date', 'Territory', 'Wind Turbines']);
  });
});

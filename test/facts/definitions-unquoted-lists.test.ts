// Definitions lists that quote no term: entries run together on one line with wide gaps (as EDGAR joins a list's lines:
// "... given below:     Business Day means ...;     Exclusivity Date means ..."), and entries under a lead-in that say
// what a thing is ("Hearing Aids are amplification devices ..."). Both were read as no definition, and every use of
// their terms was an undefined term (CUAD INTRICON: Business Day, Exclusivity Date, Key Personnel, Hearing Aid).
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const defined = (text: string): string[] => factsOf(text).definitions.map((d) => d.term);
const undefinedTerms = (text: string): string[] => factsOf(text).undefinedTerms.map((t) => t.term);

const RUN_TOGETHER = [
  '1. Interpretation',
  '',
  '1.1 Unless the context requires otherwise, the following terms have the meaning given below:     Business Day means a day other than a Saturday, Sunday or public holiday in Victoria;     Exclusivity Date means 1 October 2027;     Key Personnel means the engineers named in Schedule 2.',
  '',
  '2. Obligations',
  '',
  '2.1 From the Exclusivity Date, the Key Personnel shall answer each request within one Business Day.',
  '',
].join('\n');

const IS_ENTRIES = [
  'STRATEGIC ALLIANCE AGREEMENT',
  '',
  'The following terms in the context of this Agreement shall have the following meanings:',
  '',
  '   An Assisted Listening Device ("ALD") is a personal amplifier used with a television or telephone.',
  '',
  '   Hearing Aids are amplification devices primarily designed to compensate for hearing loss.',
  '',
  '   Professional Audio Devices ("PAD") are wired or wireless headsets used in professional settings.',
  '',
  '1. Purpose',
  '',
  '1.1 Beta shall supply DSP chips for each Hearing Aid and each Assisted Listening Device made by Alpha.',
  '',
  '1.2 Royalties are payable quarterly. The Help Line is open on weekdays.',
  '',
  '1.3 Alpha shall staff the Help Line.',
  '',
].join('\n');

describe('unquoted definitions lists', () => {
  it("reads 'X means' entries run together after a colon, semicolon or full stop and a wide gap", () => {
    expect(defined(RUN_TOGETHER)).toEqual(['Business Day', 'Exclusivity Date', 'Key Personnel']);
    expect(undefinedTerms(RUN_TOGETHER)).toEqual([]);
  });

  it("reads 'X is' / 'X are' entries under a lead-in", () => {
    expect(defined(IS_ENTRIES)).toEqual(['Assisted Listening Device', 'ALD', 'Hearing Aids', 'Professional Audio Devices', 'PAD']);
    expect(undefinedTerms(IS_ENTRIES)).toEqual(['Help Line']);
  });

  it('near misses: "is" sentences with no lead-in, past a heading, and a gap before no "means"', () => {
    // 'Royalties are payable' and 'The Help Line is open' (after the list's heading '1. Purpose') define nothing.
    expect(defined(IS_ENTRIES)).not.toContain('Royalties');
    expect(defined(IS_ENTRIES)).not.toContain('Help Line');
    const noLeadIn = 'Beta shall pay.\n\nHearing Aids are amplification devices sold by Alpha.\n\nAlpha shall label each Hearing Aid.\n';
    expect(defined(noLeadIn)).toEqual([]);
    expect(undefinedTerms(noLeadIn)).toEqual(['Hearing Aids']);
    const gap = '1.1 Beta shall pay the fees.     Business Day is a term of art; the Business Day Convention applies.\n';
    expect(defined(gap)).toEqual([]);
    // A lead-in's list ends at its first paragraph that is no entry: a later numbered paragraph's "Headings are for
    // convenience only", and a hard-wrapped line that opens "... Community are the", are no definitions.
    const wrapped = [
      '1.1   In this Agreement the following expressions have the',
      '      following meanings:',
      '',
      '      "Commencement Date" means the date on which this Agreement',
      '      is signed by the last of the parties to sign it;',
      '',
      '                           Page 1 of 7',
      '',
      '      Licensed Products means underground drilling rigs;',
      '',
      '1.2   In this Agreement the states that are members of the',
      '      Southern African Development Community are the "SADC Member',
      '      States".',
      '',
      '1.3   Headings are for convenience only.',
      '',
    ].join('\n');
    expect(defined(wrapped)).toEqual(['Commencement Date', 'Licensed Products']);
  });
});

// A quoted term that the relative clause after it names again and defines ('two percent (2%) of the "Royalty Base,"
// which Royalty Base shall be calculated as ...', an endorsement agreement's royalty clause) is a definition: the term
// was reported as used but never defined. Agreement text written for this test.
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { analyze } from '../../src/analysis.js';

const factsOf = (royalty: string) => analyze(sourceFromText([
  'ENDORSEMENT AGREEMENT',
  'This Endorsement Agreement is made between Fairway Apparel Group, Inc. (the "Company") and Dana Whitcombe (the "Professional"). The parties agree as follows:',
  '1. Endorsement. The Professional shall wear the Company\'s apparel at each tournament during the Term.',
  `2. Royalty. The Company will pay to the Professional two percent (2%) of the ${royalty} The Company shall pay the royalty on the Royalty Base each quarter, within thirty (30) days after the quarter ends.`,
  '3. Term. The Term is three years from the date of this Agreement.',
].join('\n\n'), 'endorsement.txt')).facts;

describe('a quoted term that the words after it name again and define', () => {
  it('is defined by "which <term> shall be calculated as"', () => {
    const facts = factsOf('"Royalty Base," which Royalty Base shall be calculated as the wholesale price of all Products sold, net of returns.');
    expect(facts.definitions.map((d) => d.term)).toContain('Royalty Base');
    expect(facts.undefinedTerms.map((u) => u.term)).not.toContain('Royalty Base');
  });

  it('is defined when the comma stands after the quote and the verb is "means"', () => {
    const facts = factsOf('"Royalty Base", which Royalty Base means the wholesale price of all Products sold, net of returns.');
    expect(facts.definitions.map((d) => d.term)).toContain('Royalty Base');
  });

  it('near miss: a relative clause about something else restates nothing', () => {
    // The quotes after "the" still coin the term (definitions-article-quoted): an inline definition, not this one.
    const facts = factsOf('"Royalty Base," which the Company shall calculate from its own sales records.');
    expect(facts.definitions.filter((d) => d.term === 'Royalty Base').map((d) => d.style)).toEqual(['inline']);
  });
});

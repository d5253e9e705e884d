// precision/duplicate-definition: two "means" definitions of one term in the same words but with another date, amount
// or rate ('... to 31 December 2028' / '... to 31 December 2029') say something different, as an amendment and the
// restated agreement it attaches may leave them; the same words with the same figures, or one with none, still agree.
// Clauses written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const AMENDMENT = '1. DEFINITIONS\n\n1.1 In this agreement, "Amendment Date" means 1 April 2026.\n\n2. AMENDMENTS\n\n2.1 The Original Agreement is amended as follows:\n\n(a) the definition of "Capture Period" is deleted and replaced by the following:\n\n""Capture Period" means the period from 14 June 2021 to 31 December 2028;"\n\n3. RESTATED TEXT\n\n3.1 ';

describe('a term defined twice in the same words with other figures', () => {
  it('reports a second definition whose end date differs', () => {
    const facts = factsOf(`${AMENDMENT}"Capture Period" means the period from 14 June 2021 to 31 December 2029;\n`);
    expect(facts.duplicateTerms.map((d) => d.term)).toEqual(['Capture Period']);
  });

  it('reports a second definition whose rate differs', () => {
    const facts = factsOf('1.4 "Royalty Rate" means three percent (3%) of Net Sales.\n\n9.2 For the Restated Agreement, "Royalty Rate" means three percent (3.5%) of Net Sales.\n');
    expect(facts.duplicateTerms.map((d) => d.term)).toEqual(['Royalty Rate']);
  });

  it('near miss: the same figures, or figures in one definition only, agree', () => {
    expect(factsOf(`${AMENDMENT}"Capture Period" means the period from 14 June 2021 to 31 December 2028;\n`).duplicateTerms).toEqual([]);
    expect(factsOf('1.2 "Capture Period" means the period of five (5) years from the Effective Date.\n\n9.1 In the Restated Agreement, "Capture Period" means the period of five years from the Effective Date.\n').duplicateTerms).toEqual([]);
  });
});

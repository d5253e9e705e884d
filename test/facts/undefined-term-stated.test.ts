// precision/undefined-term: a sentence that opens with "The Term" and says when it starts or how long it runs ("The
// Term of this Agreement shall commence on the Effective Date and continue for three years", "The Initial Term will be
// five years") states the agreement's duration: it defines the Term as surely as 'Term. The Term ...' under its heading
// does. A Term only used ("during the Initial Term"), or named by a sentence that says nothing of when it starts or how long it runs, stays undefined. Agreements written for these tests.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = ['Agreement', 'Effective Date']) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

describe('undefined terms: a sentence that states the Term', () => {
  it('reads "The Term ... shall commence" and "The Initial Term will be" as the definition', () => {
    const text = '1. "Effective Date" means 1 March 2026.\n\n9. The Term of this Agreement shall commence on the Effective Date and shall continue for a period of three (3) years.\n\n10. Either party may terminate this Agreement during the Term on ninety days notice.\n';
    expect(terms(text)).toEqual([]);
    const initial = '1. "Effective Date" means 1 March 2026.\n\nC. The Initial Term will be five years from the Effective Date, renewable once by written agreement.\n\nD. Royalties accrue during the Initial Term.\n';
    expect(terms(initial)).toEqual([]);
  });

  it('near miss: a Term that is only used, or a sentence that opens with it and states nothing of its length', () => {
    expect(terms('1. "Effective Date" means 1 March 2026.\n\n10. Either party may terminate this Agreement during the Initial Term on ninety days notice.\n')).toEqual(['Initial Term']);
    expect(terms('1. "Effective Date" means 1 March 2026.\n\n10. The Initial Term shall not affect any licence granted before the Effective Date.\n\n11. The Licensee shall report quarterly during the Initial Term.\n')).toEqual(['Initial Term']);
  });
});

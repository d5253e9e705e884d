// A capitalised term after "no" ("in which no Valid Claim covers it") is used as a term, as after "any" or "each";
// and one used "of the" a defined term ("no Valid Claim of the Licensed Patents") does not go on as a longer proper
// name, as "the Bank of the West" does. Clauses written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const undefinedOf = (text: string) => factsOf(text).undefinedTerms.map((t) => t.term);

const DEFINITIONS = '1.1 "Licensed Patents" means the patents listed in Schedule A.\n\n1.2 "Licensed Products" means products covered by the Licensed Patents.\n\n';

describe('a term after "no", and one "of the" a defined term', () => {
  it('reports a term used after "no" that the agreement never defines', () => {
    const text = `${DEFINITIONS}5.2 No royalty is payable on a Licensed Product sold in a country in which no Valid Claim covers it.`;
    expect(undefinedOf(text)).toEqual(['Valid Claim']);
  });

  it('reports a term used "of the" a defined term, also after a party\'s letter', () => {
    const text = `${DEFINITIONS}5.3 The royalty is halved in any country in which no Valid Claim of the Licensed Patents covers the Licensed Product.`;
    expect(undefinedOf(text)).toEqual(['Valid Claim']);
    const lettered = '1.1 "Licensed Patents" means the patents listed in Schedule A.\n\n5.3 The royalty is halved for any product sold in a country in which no Valid Claim of the Party A Licensed Patents covers it.';
    expect(undefinedOf(lettered)).toEqual(['Valid Claim']);
  });

  it('near miss: "No" heading a clause, a defined term after "no", a name that goes on "of the" a name, and one word before "of the" a term', () => {
    const text = `${DEFINITIONS}9.1 No Implied Licenses. Nothing in this Agreement grants any licence by implication.\n\n9.2 No Licensed Product shall be sold outside the Territory defined in Schedule B.\n\n9.3 Payments shall be made to the account of the Licensor at the Royal Bank of the West.\n\n9.4 Attacks on the Validity of the Licensed Patents. Each party shall inform the other of any challenge.`;
    expect(undefinedOf(text)).toEqual([]);
  });
});

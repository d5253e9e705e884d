// precision/undefined-term: a capitalised run that is a member of a bare list, with no determiner before it
// ("distributors, resellers, contract manufacturers, Covered Customers and end users", "(c) Covered Customers; and"),
// is used as a term and read as a run that opens a sentence is: reported when its first word is a participle, or when
// it is met twice with its last word written in lower case somewhere; a name met once in such a list is not.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = ['Agreement', 'Affiliates', 'Licensed Patents']) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

describe('undefined terms: a member of a bare list', () => {
  it('reports a run after a lower-case member and a comma, before the next member', () => {
    const text = '3.01 Release. Lodestar releases Brightwave, its Affiliates, and their distributors, resellers, contract manufacturers, Covered Customers and end users from all claims under the Licensed Patents.\n';
    expect(terms(text)).toEqual(['Covered Customers']);
  });

  it('reports an item of a list that ends with a semicolon', () => {
    const text = '2.1 The licence extends to sales made to:\n\n(a) Affiliates;\n\n(b) Approved Resellers; and\n\n(c) end users of the products.\n';
    expect(terms(text)).toEqual(['Approved Resellers']);
  });

  it('near miss: a name met once in a list, a list after a name, or a run defined elsewhere', () => {
    expect(terms('3.01 Lodestar releases its distributors, resellers, Harbor Networks and end users from all claims.\n')).toEqual([]);
    expect(terms('3.01 Lodestar releases Brightwave, Covered Customers and end users from all claims.\n')).toEqual([]);
    expect(terms('1.1 "Covered Customers" means the customers listed in Exhibit C.\n\n3.01 Lodestar releases its resellers, Covered Customers and end users.\n', ['Agreement', 'Covered Customers'])).toEqual([]);
  });
});

// precision/undefined-term: a run that ends with the kind of product it is ("App Store", "Play Store", "Marketplace")
// and opens with a word the agreement never writes in lower case names a company's product ("the Apple App Store",
// "the Google Play Store"), not a term of the agreement; one whose first word is a common word stays a term.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = ['Licensee', 'Licensed App']) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

describe('undefined terms: trade names of stores and platforms', () => {
  it("reads a store or marketplace named by a company's word as its product", () => {
    const text = '4.2 Distribution. The Licensee shall make the Licensed App available through the Apple App Store and the Google Play Store, and may list it on the Samsung Galaxy Store, subject to each store\'s terms.\n';
    expect(terms(text)).toEqual([]);
    expect(terms('4.3 Listing. The Licensee may offer the Licensed App on the Salesforce AppExchange Marketplace.\n')).toEqual([]);
  });

  it('near miss: a store or platform named by a common word stays a term', () => {
    const text = '4.2 Distribution. The Licensee shall sell the Licensed App only through the Partner Store, which each partner runs under its own brand.\n';
    expect(terms(text)).toEqual(['Partner Store']);
    expect(terms('5.1 The Licensee shall host the Licensed App on the Licensed Platform. Hosting fees are licensed separately.\n')).toEqual(['Licensed Platform']);
  });
});

// precision/undefined-term's candidates: a run of two words or more in the possessive ("each Approved Vendor's
// obligations") is a use of the term; one word and "'s" is more often a name ("a Best's rating").
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string) => findUndefinedTerms(text, [], [], locate).map((t) => t.term);

describe('undefined terms: the possessive', () => {
  it("reads a run of two words before 's as a use", () => {
    expect(terms("6. Supply\n\nBeta shall audit each Approved Vendor's quality records once a year.\n")).toEqual(['Approved Vendor']);
  });

  it("near miss: one word before 's is not read", () => {
    expect(terms("9. Insurance\n\nBeta shall keep insurance with an insurer holding an A rating or better in the latest Best's guide, or a Moody's rating of A2.\n")).toEqual([]);
  });
});

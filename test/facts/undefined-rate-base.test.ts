// precision/undefined-term's candidates: the base of a rate ("a royalty of three percent (3%) of Net Revenue") is written
// without a determiner; "of" after a rate stands for one, so an undefined base is reported like "the Net Revenue".
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string) => findUndefinedTerms(text, [], [], locate).map((t) => t.term);

describe('undefined terms: the base of a rate', () => {
  it('reads "3% of Net Revenue", "three percent (3%) of", "5 per cent of" as uses of a term', () => {
    expect(terms('5. Royalties\n\nBeta shall pay Alpha a royalty of three percent (3%) of Net Revenue from each sale.\n')).toEqual(['Net Revenue']);
    expect(terms('5. Royalties\n\nBeta shall pay Alpha 4% of Gross Receipts each quarter.\n')).toEqual(['Gross Receipts']);
    expect(terms('5. Royalties\n\nBeta shall pay Alpha 5 per cent of Gross Receipts each quarter.\n')).toEqual(['Gross Receipts']);
  });

  it('near miss: "of" after another word, or a base that is defined, is no candidate', () => {
    expect(terms('5. Royalties\n\nBeta shall pay a share of Gross Receipts each quarter.\n')).toEqual([]);
    expect(findUndefinedTerms('5. Royalties\n\nBeta shall pay Alpha 4% of Net Revenue each quarter.\n', ['Net Revenue'], [], locate)).toEqual([]);
  });
});

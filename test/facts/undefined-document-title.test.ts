// A capitalised run followed by the kind of writing it is ("the Service Provider Security Requirements document") is
// the title of that writing, not a term the agreement should define (a CUAD maintenance agreement's security schedule
// was told it uses "Service Provider Security Requirements" as if defined).
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const doc = (sentence: string) =>
  `MASTER SERVICES AGREEMENT\n\n9. Information Security\n\n9.1 Supplier shall maintain an information security programme that protects the data it holds for Customer. ${sentence} Supplier shall comply with them at all times.\n\n9.2 Supplier shall notify Customer of any breach of security within forty-eight (48) hours.\n`;

describe('a title named by the kind of writing it is', () => {
  it('is no undefined term: "the Vendor Security Requirements document"', () => {
    expect(findUndefinedTerms(doc('Customer shall provide Supplier with the Vendor Security Requirements document, which sets out the controls.'), [], [], noClauses()).map((t) => t.term)).toEqual([]);
    expect(findUndefinedTerms(doc('Customer shall give Supplier a copy of the Vendor Onboarding manual before the first order.'), [], [], noClauses()).map((t) => t.term)).toEqual([]);
  });

  it('near miss: the same words used as a term are still reported', () => {
    expect(findUndefinedTerms(doc('Customer shall provide Supplier with the Vendor Security Requirements, which set out the controls.'), [], [], noClauses()).map((t) => t.term)).toEqual(['Vendor Security Requirements']);
  });
});

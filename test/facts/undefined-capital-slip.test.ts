// precision/undefined-term: a capital that only slipped in is no term. A phrase the agreement writes in lower case
// and capitalises once ("to cover the Prime contract usage fee" beside "a third party's prime contract", "The
// Performance of any Non-Covered Services" beside "the performance of Services") is used as ordinary words; capitals
// where a sentence or a heading opens ("1.3 Performance Objectives.") are the sentence's, not the term's.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = ['Agreement', 'Services']) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

describe('undefined terms: a capital that slipped in', () => {
  it('passes over a phrase capitalised once and written in lower case elsewhere', () => {
    const resale = '1.2 Sales are made by the Company directly or through a third party\'s prime contract.\n\n4.1 Where a sale is made through a government channel, an additional discount of 4% covers the Prime contract usage fee.\n';
    expect(terms(resale)).toEqual([]);
    const upkeep = '1.2 The Operator shall schedule the performance of Services with the Owner. The Performance of any extra work shall be billed at cost.\n';
    expect(terms(upkeep, ['Agreement', 'Services', 'Operator', 'Owner'])).toEqual([]);
  });

  it('passes over it when the other capitals open headings or sentences', () => {
    const text = '1.3 Performance Objectives. The Operator shall meet the targets of Schedule 2.\n\n1.4 The Operator shall plan the performance of Services. Performance reports are due monthly.\n\n1.5 Extra work is quoted separately. The Performance of any extra work is billed at cost.\n';
    expect(terms(text, ['Agreement', 'Services', 'Operator'])).toEqual([]);
  });

  it('near miss: a term capitalised twice, or never written in lower case, stays reported', () => {
    const twice = '4.1 Distributor shall pay the Marketing Fee each quarter. The marketing fee of Schedule 3 is fixed, and any Marketing Fee paid late bears interest.\n';
    expect(terms(twice, ['Agreement', 'Distributor'])).toEqual(['Marketing Fee']);
    expect(terms('4.1 Distributor shall pay the Minimum Purchase Commitment each quarter.\n', ['Agreement', 'Distributor'])).toEqual(['Minimum Purchase Commitment']);
  });

  it("near miss: the agreement's own term, dates, field and territory capitalised once stay reported", () => {
    const text = '3.1 The term of any sublicence shall not exceed five years. During the Term, the Licensee shall report the sales made in the field of diagnostics.\n\n5.2 No Product may be sold outside the Field, and the effective date of any price change is stated in the notice; sales under Article 4 count from the Effective Date.\n';
    expect(terms(text, ['Agreement', 'Licensee', 'Product'])).toEqual(['Term', 'Field', 'Effective Date']);
  });
});

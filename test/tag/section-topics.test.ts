// A section heading of several topics ("7. Payment, Reports and Taxes": two groups of clause-types.md, money and governance)
// counts, for a clause that shows some of them itself, only for those: one topic of the heading does not make every clause
// under it that topic. A clause that shows none keeps them all, as under a heading of one topic; types of one group are
// facets of one subject ("Term and Termination", "Inventions and Improvements") and keep the section as before.
import { describe, expect, it } from 'vitest';
import { clauseTypesOf } from './helpers.js';

const PAYMENT = `PATENT LICENCE AGREEMENT

7. Payment, Reports and Taxes

7.1 Within 30 days after the end of each calendar quarter the Licensee shall send the Licensor a written statement of the Net Sales and the royalty due.

7.2 All payments shall be made in euros to the bank account designated by the Licensor.

7.3 If the Licensee is required by law to withhold tax from any payment, it shall withhold that tax, pay it to the competent authority and send the Licensor the official receipt.

7.4 Each party shall bear its own costs of entering into this Agreement.
`;

const TERM = `SUPPLY AGREEMENT

10. Term and Termination

10.1 This Agreement begins on the Effective Date and continues for five years unless terminated earlier under this clause 10.

10.2 Either party may terminate this Agreement on 60 days' written notice if the other party commits a material breach and fails to remedy it within that period.

10.3 The Supplier shall keep the Purchaser informed of its production schedule.
`;

const INVENTIONS = `RESEARCH AGREEMENT

4. Inventions and Improvements

4.1 Anything the Contractor invents in the course of the Project that makes the Sponsor's process faster will belong to the Sponsor.
`;

const REPORTS = `SUPPLY AGREEMENT

7. Reports

7.1 All payments shall be made in euros to the bank account designated by the Licensor.
`;

describe('a section heading of several topics', () => {
  it('gives a clause about one topic none of the others', () => {
    expect(clauseTypesOf(PAYMENT, 'withhold tax')).toContain('payment-terms');
    expect(clauseTypesOf(PAYMENT, 'withhold tax')).not.toContain('reporting');
    expect(clauseTypesOf(PAYMENT, 'All payments shall be made')).not.toContain('reporting');
    expect(clauseTypesOf(PAYMENT, 'written statement')).toContain('reporting');
  });
  it('still gives its topics to a clause that shows none of them, a heading of one subject to every clause', () => {
    expect(clauseTypesOf(PAYMENT, 'bear its own costs')).toEqual(expect.arrayContaining(['payment-terms', 'reporting']));
    expect(clauseTypesOf(TERM, 'production schedule')).toEqual(expect.arrayContaining(['term', 'termination']));
    expect(clauseTypesOf(TERM, 'material breach')).toEqual(expect.arrayContaining(['term', 'termination']));
    expect(clauseTypesOf(INVENTIONS, 'will belong to')).toEqual(expect.arrayContaining(['ip-ownership', 'improvements']));
    expect(clauseTypesOf(REPORTS, 'All payments shall be made')).toEqual(expect.arrayContaining(['payment-terms', 'reporting']));
  });
});

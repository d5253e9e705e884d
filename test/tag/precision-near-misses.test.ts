// Near misses of the precision session (tag-precision, 2026-11-29): for each type whose false tags on CUAD dev were read,
// the general reason written as a clause of our own that names what the text really is (a measure, a service allowance,
// a boilerplate counterpart), and wordings of the same type that must keep it. Written here, not copied from CUAD.
import { describe, expect, it } from 'vitest';
import { clauseTypesOf, typesOf } from './helpers.js';

interface Case { readonly type: string; readonly why: string; readonly yes: readonly string[]; readonly no: readonly string[] }

const CASES: readonly Case[] = [
  { type: 'minimum-commitment',
    why: 'a minimum price is a floor on resale (price-restriction), not a quantity or sum committed (tag-frames, 2026-11-30)',
    yes: ['Distributor shall purchase a minimum of 500 units per quarter at the prices in Exhibit A.',
      'If the Reseller sells less than the minimum quantity in any year, the Company may terminate this Agreement.'],
    no: ['The Agent shall not sell any ticket for less than the minimum price set by the Promoter.',
      'Stockists may not sell the Products at less than the minimum selling price published by the Supplier.'] },
  { type: 'exclusivity',
    why: 'a role or licence denied its exclusivity, or other licences kept open, is no exclusivity (found by review, 2026-11-29)',
    yes: ['Alpha grants Beta an exclusive licence under the Alpha Patents in the Field, and reserves the right to grant further licences outside the Field.',
      'Supplier appoints Distributor as the sole distributor of the Products in the Territory.'],
    no: ['The licence is non-exclusive. Licensor reserves the right to grant further licences under the Licensed Patents to any third party, and Licensee is not the sole licensee in the Territory.',
      'Distributor acknowledges that it is not the exclusive distributor of the Products and that Supplier may appoint others.'] },
  { type: 'payment-terms',
    why: 'tax that qualifies a measure (a deduction from Net Sales, a sales target, a commission base) or names a VAT registration is no term of payment',
    yes: ['All fees payable under this Agreement are exclusive of sales, use and value added taxes.',
      'Support is charged at EUR 150 per hour plus VAT.',
      'The Prices include all duties and taxes levied on the Products.'],
    no: ['(e) sales taxes, VAT and other taxes directly attributable to the sale of the Product;',
      'For this Schedule, new sales are the aggregate amount of Product sales made by the Reseller in a contract year, exclusive of applicable taxes.',
      'Northwind Trading Ltd, VAT No. GB 123 4567 89, a company registered in England.'] },
  { type: 'milestone',
    why: 'a trial stage that starts a duty, with no sum falling due on it, is no milestone',
    yes: ['Licensee shall pay Licensor USD 2,000,000 upon the initiation of the first Phase III clinical trial.',
      'Upon the commencement of the first Phase II study, the Licensee shall pay the Licensor one million dollars.'],
    no: ['Upon the initiation of the first Phase III study, Acme shall be responsible for maintaining the global safety database.',
      'After dosing of the first patient in the trial, the Sponsor shall report serious adverse events to the Investigator within 24 hours.'] },
  { type: 'escrow',
    why: 'money held in escrow (a deposit that bears interest, monies paid in) is no technology escrow',
    yes: ['The Licensor shall deposit the source code of the Software with the escrow agent and update the deposit with each new release.',
      'The Escrow Agent shall hold the Deposit Materials in a secure account and release them to the Licensee if a Release Condition occurs.'],
    no: ['Any security deposit received from the Shipper shall be held by the Carrier in a non-interest-bearing escrow account until the Shipper proves its creditworthiness.',
      'The Customer shall pay the retention monies into escrow, where they shall remain until the works are accepted.'] },
  { type: 'volume-restriction',
    why: 'a cap on a rate or price, and the counterparts clause, limit no quantity',
    yes: ['The Customer may make no more than two (2) copies of the Software, for backup purposes only.',
      'The Supplier shall not be required to supply more than one hundred twenty percent of the forecast quantity in any quarter.'],
    no: ['In proving this Agreement it shall not be necessary to produce or account for more than one counterpart signed by the party against whom proof is sought.',
      'The maximum royalty rate for each unit is set out in the table, and the added rates shall not exceed in total the stated maximum.'] },
  { type: 'audit',
    why: "an issuer's registration expenses (special audits) and a representation about environmental audits give no audit right",
    yes: ['The Licensor may, through an independent certified public accountant, audit the books and records of the Licensee once a year.',
      'The Licensee shall keep complete books and records of all sales and make them available for inspection by the Licensor.'],
    no: ['"Registration Expenses" means all expenses of a registration, including the fees of independent certified public accountants and the costs of any special audits incident to it.',
      'The Corporation keeps books and records that fairly reflect its transactions, and there are no environmental audits, assessments or studies of its properties.'] },
  { type: 'post-termination',
    why: "'continue in force' is survival only after the agreement's end, not before 'the following' list or a term",
    yes: ['The obligations of confidentiality shall continue to apply beyond the end of this Agreement.'],
    no: ['The Contractor shall keep in force, at its own expense, the following minimum insurance coverages:',
      'This Agreement will continue in effect for two years following the Launch Date.'] },
  { type: 'entire-agreement',
    why: 'a waiver of jury trial, or the integration or modification of a link or the specifications, is another clause',
    yes: ['Waiver. No waiver by either party of any breach shall be deemed a waiver of any later breach.',
      'Integration. This Agreement is the entire agreement of the parties and supersedes all prior agreements.',
      'Modification. No modification of this Agreement shall be binding unless it is in writing and signed by both parties.'],
    no: ['Waiver of Jury Trial. Each party waives any right to a trial by jury in any action arising out of this Agreement.',
      'Integration of the Link. The Affiliate shall integrate the link to the order form into its web site.',
      'Modifications to the Specifications. The Supplier shall not make any change to the Specifications without the written consent of the Customer.'] },
  { type: 'exclusivity',
    why: 'a separate agreement named for exclusivity is a cross-reference, unless the clause grants exclusivity in other words',
    yes: ['Acme appoints Beta as its exclusive distributor of the Products in France, on the terms of this Exclusive Distribution Agreement.'],
    no: ['At the Closing, the Company shall deliver the Exclusive Supplier Operating Agreement, duly executed by EA.'] },
];

describe('precision near misses: each general reason, and the wordings that keep the type', () => {
  for (const c of CASES) {
    for (const text of c.yes) it(`${c.type}: tags "${text.slice(0, 70)}..."`, () => expect([...typesOf(text)]).toContain(c.type));
    for (const text of c.no) it(`${c.type}: ${c.why.slice(0, 60)}: not "${text.slice(0, 50)}..."`, () => expect([...typesOf(text)]).not.toContain(c.type));
  }
});

describe('precision near misses: a cue of the clause is not taken by an earlier clause', () => {
  it('payment-terms: "All fees are exclusive of taxes" after a clause that names a fee ten words before', () => {
    const text = '5.2 The licence in Section 2.2 is granted in exchange for the licence in Section 2.1, and no fee or royalty is payable for it.\n\n'
      + '5.3 All fees are exclusive of sales, use and similar taxes, which the Licensee shall pay.';
    expect(clauseTypesOf(text, 'All fees are exclusive')).toContain('payment-terms');
  });
});

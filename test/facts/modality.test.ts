// Modality with its subject, negation, conditions and exceptions, read from sentences quoted from the CUAD dev
// contracts (CC BY 4.0).
import { describe, expect, it } from 'vitest';
import { attributesOf, factsOf } from './helpers.js';

type Row = [sentence: string, kind: 'obligation' | 'permission' | 'prohibition', subject: string | null, negated: boolean];

describe('modality (CUAD)', () => {
  it.each<Row>([
    ['MSL agrees to use commercially reasonable efforts to purchase materials at the lowest possible cost within the lead times required or authorized by IBM.', 'obligation', 'MSL', false],
    ['Changepoint agrees to provide Corio with proposal development materials.', 'obligation', 'Changepoint', false],
    ['APOLLO shall provide ESTABLISHMENT on a monthly basis a twelve (12) month rolling forecast to allow for visibility into expected future demands.', 'obligation', 'APOLLO', false],
    ['Bachem shall warrant compliance with the agreed acceptance criteria together with the results as reported on the Certificate of Analysis.', 'obligation', 'Bachem', false],
    ['Sponsor shall be entitled to one (1) full page, four-color advertisement in each issue of the Padres Magazine published during the regular season of the Term.', 'permission', 'Sponsor', false],
    ['IntriCon is entitled to utilize such engineering services for the HH, ALD or PADA markets.', 'permission', 'IntriCon', false],
    ['Roche shall have the right to terminate the ctDNA Platform Development Program upon prior written notice for frustration of purpose.', 'permission', 'Roche', false],
    ['Company shall not conduct any promotion or marketing activities with respect to the Product that are not set forth in the Brand Plan without the prior written consent of Janssen.', 'prohibition', 'Company', true],
    ['Customer shall not sell, lease, copy, distribute, transfer, assign or sublicense the Licensed Software to any third party.', 'prohibition', 'Customer', true],
    ['Company shall not develop or use any other promotional materials in its Promotion of the Product.', 'prohibition', 'Company', true],
    ['In no event shall HERC perform or promote the activities contemplated under this Agreement prior to receipt by THC and HSI of evidence of insurance.', 'prohibition', 'HERC', true],
    ["In no event will IBM be liable for any damages caused by MSL's failure to perform MSL's responsibilities.", 'prohibition', 'IBM', true],
    ["Neither Party will have any responsibility for the hiring, termination or compensation of the other Party's employees.", 'prohibition', 'each Party', true],
  ])('%s', (sentence, kind, subject, negated) => {
    const first = attributesOf(sentence).modality[0];
    expect(first).toMatchObject({ kind, subject, negated });
  });

  it('reads a negated obligation as an obligation that is negated', () => {
    const m = attributesOf('It is acknowledged by the Blue Hills Parties that the Agent shall not be required to purchase any Shares in the Subscription Offering.').modality;
    expect(m).toEqual([expect.objectContaining({ kind: 'obligation', negated: true, subject: 'Agent' })]);
  });

  it('keeps each modal of a sentence with its own subject', () => {
    const m = attributesOf('Company agrees to sell, and Distributor agrees to purchase, the Products in accordance with the Prices and Volume Discount Prices set forth in Schedule A.').modality;
    expect(m.map((x) => [x.kind, x.subject, x.verb])).toEqual([
      ['obligation', 'Company', 'agrees to sell'],
      ['obligation', 'Distributor', 'agrees to purchase'],
    ]);
  });

  it('resolves the subject to the party named in the preamble', () => {
    const text = 'This Agreement is made by and between Acme Widgets, Inc., a Delaware corporation ("Licensor"), and Beta Labs Ltd. ("Licensee").\n\nLicensee shall pay the royalties set out below. Neither Party shall disclose them.';
    const facts = factsOf(text);
    expect(facts.attributes.get('c1')?.modality).toEqual([]);
    expect(facts.attributes.get('c2')?.modality.map((m) => [m.kind, m.subject])).toEqual([
      ['obligation', 'Beta Labs Ltd.'],
      ['prohibition', 'each Party'],
    ]);
    expect(facts.attributes.get('c2')?.parties).toEqual(['Acme Widgets, Inc.', 'Beta Labs Ltd.']);
  });

  it('does not read definitions, the month of May or statements of fact as duties', () => {
    expect(attributesOf('1.39 "Indemnitee" shall have the meaning as set forth in Section 17.4 below.').modality).toEqual([]);
    expect(attributesOf('The term for Database Insights shall commence on the Effective Date and continue for five (5) years thereafter.').modality).toEqual([]);
    expect(attributesOf('Date: May 5, 1998').modality).toEqual([]);
  });
});

describe('conditions and exceptions (CUAD)', () => {
  it.each([
    ["The lead time for each Lab Kit is three (3) months, provided that Reseller's order for the Products does not deviate from the applicable Forecast by more than ten percent (10%).", ["provided that Reseller's order for the Products does not deviate from the applicable Forecast by more than ten percent (10%)"], []],
    ['If the amount of underpayment for the period under audit exceeds five percent (5%) of the total amount owed during such period, Licensee shall reimburse Licensor for all costs and expenses incurred by Licensor.', ['If the amount of underpayment for the period under audit exceeds five percent (5%) of the total amount owed during such period'], []],
    ['In the event that the affected party is prevented from performing its obligations pursuant to this Section 16.7 for a period of six (6) months, the other party shall have the right to terminate this Agreement.', ['In the event that the affected party is prevented from performing its obligations pursuant to this Section 16.7 for a period of six (6) months'], []],
    ['Distributor shall not, and may not permit any other person, including customers, to reproduce, distribute, sell or dispose of the Products, in whole or in part, except as expressly permitted under this Agreement.', ['except as expressly permitted under this Agreement'], ['except as expressly permitted under this Agreement']],
    ['Anything to the contrary in this paragraph notwithstanding, Chugai shall not be deemed an Affiliate of Roche unless Roche provides written notice to FMI of its desire to include Chugai as an Affiliate of Roche.', ['notwithstanding', 'unless Roche provides written notice to FMI of its desire to include Chugai as an Affiliate of Roche'], ['notwithstanding', 'unless Roche provides written notice to FMI of its desire to include Chugai as an Affiliate of Roche']],
    ['Each Party shall prepare its tax reports and returns in a manner not inconsistent with the tax reports and returns of the Operating Company, except in the case of manifest error.', ['except in the case of manifest error'], ['except in the case of manifest error']],
    ['Subject to the terms and conditions of this Agreement, T&L further agrees to pay to Operating Company as a contribution to capital upon Formation (as defined below) $3,000,000.', ['Subject to the terms and conditions of this Agreement'], []],
    ['Dolphin shall be entitled to terminate this Agreement only after DGT fails to meet a material obligation hereunder and only after the DGT has not rectified such failure within 30 days of the notice.', [], []],
    ['Fees due to Licensor from invoices rendered thereafter will be payable sixty (60) days after the date of such invoice, unless otherwise agreed in writing.', ['unless otherwise agreed in writing'], ['unless otherwise agreed in writing']],
    ['The obligations of the Agent pursuant to this Agreement shall terminate upon termination of the Offering, but in no event later than 45 days after the completion of the Subscription Offering, unless extended (the "End Date").', ['unless extended (the "End Date")'], ['unless extended (the "End Date")']],
    ['A Service Level Credit Event shall occur if Availability for a month is ninety eight percent (98%) or less three times in any consecutive six month period.', ['if Availability for a month is ninety eight percent (98%) or less three times in any consecutive six month period'], []],
  ])('%s', (sentence, conditions, exceptions) => {
    const a = attributesOf(sentence);
    expect(a.conditions).toEqual(conditions);
    expect(a.exceptions ?? []).toEqual(exceptions);
  });

  it('marks a conditional obligation: the duty and its condition in one clause', () => {
    const a = attributesOf('If Products are found damaged upon delivery, DISTRIBUTOR or its customers who directly receive the delivery shall report to PPG SHANGHAI in writing within 48 hours.');
    expect(a.modality.map((m) => m.kind)).toEqual(['obligation']);
    expect(a.conditions).toEqual(['If Products are found damaged upon delivery']);
    expect(a.negated).toBe(false);
  });
});

// Sections that EDGAR extraction runs together must still come out as separate clauses: each case is a cause
// of a leaf that swallowed the next section number (scripts/segment-audit.mjs) on real filings.
import { describe, expect, it } from 'vitest';
import { byNumber, tree } from './helpers.js';

const leafText = (text: string, number: string, t = tree(text)): string => {
  const c = byNumber(t, number);
  return text.slice(c.start, c.end);
};

describe('merged sections in EDGAR-style plain text', () => {
  it('splits a run-on line after a sentence that ends inside a closing quote', () => {
    const text = [
      'SPONSORSHIP AGREEMENT',
      'The Parties agree as follows:',
      '1. Sponsor\'s License to Organizer. 1.1 Sponsor grants Organizer a limited licence to use the Sponsor Marks. All uses must carry the notice: "Sponsor and the Sponsor logo are trademarks of Sponsor Inc." 2. Exclusivity of Sponsorship Rights 2.1 Organizer shall not grant sponsorship rights to any competitor of Sponsor. 2.2 Organizer shall remove competing signage from the venue.',
    ].join('\n');
    const t = tree(text);
    const one = byNumber(t, '1');
    expect(text.slice(one.start, one.end)).not.toContain('Exclusivity');
    expect(text.slice(byNumber(t, '2').start)).toMatch(/^2\. Exclusivity/);
  });

  it('starts the first section after an ALL-CAPS title on a run-on line', () => {
    const text = 'DISTRIBUTOR AGREEMENT This Distributor Agreement is made by and between Alpha Corp. and Beta LLC. NOW, THEREFORE, the Parties agree as follows: AGREEMENT OF THE PARTIES 1. APPOINTMENT & SCOPE. (a) Appointment. Company appoints Distributor as its exclusive distributor. (b) Territory. The rights are granted for the Territory only. 2. ORDERS & PAYMENT. (a) Orders. Distributor shall place written orders. 3. REPRESENTATIONS. Each Party represents that it is duly organised.';
    const t = tree(text);
    const one = byNumber(t, '1');
    expect(one.heading).toBe('APPOINTMENT & SCOPE');
    expect(one.children.map((c) => c.number)).toEqual(['(a)', '(b)']);
    expect(text.slice(one.start, one.end)).not.toContain('ORDERS');
    expect(byNumber(t, '2').children.map((c) => c.number)).toEqual(['(a)']);
    expect(byNumber(t, '3').depth).toBe(1);
    // the caps word's own number is not split off: "ARTICLE 1." stays one marker
    expect(tree('ARTICLE 1. DEFINITIONS\n\nThe following terms apply.\n\nARTICLE 2. TERM\n\nThis Agreement lasts one year.').clauses.map((c) => c.number)).toContain('ARTICLE 1');
  });

  it('reads a chapter number written without its dot when a heading follows on the line', () => {
    const text = [
      '1        DEFINITIONS.',
      '',
      '1.1      "Software" means the hosted software described in Exhibit A.',
      '',
      '1.2      "Services" means the hosting services.',
      '',
      '2        FEES.',
      '',
      '2.1      Corio shall pay the fees set out in Exhibit B within thirty          (30) days of invoice.',
      '',
      '2.2      Fees are exclusive of taxes.',
      '',
      '3 Audit',
      '',
      '3.1 Each party may audit the other party once a year.',
    ].join('\n');
    const t = tree(text);
    expect(byNumber(t, '2').heading).toBe('FEES');
    expect(leafText(text, '1.2', t)).not.toContain('FEES');
    expect(byNumber(t, '3').heading).toBe('Audit');
    expect(leafText(text, '2.2', t)).toBe('2.2      Fees are exclusive of taxes.');
    // a quantity at a line start is still no clause number
    expect(tree('The Licensee shall deliver\n\n5 Units of the Product each month.').clauses.some((c) => c.number === '5')).toBe(false);
  });

  it('continues the chapter sequence when a chapter heading was lost before page furniture', () => {
    const text = [
      '1.1 Orders. Distributor shall submit purchase orders in writing.',
      '',
      '1.2 Prices. Prices are set out in Exhibit C.',
      '',
      '1.3 Taxes. All prices are exclusive of taxes. 3',
      '',
      'Source: IMINE CORP, S-1, 7/25/2018',
      '',
      '2. TERMS OF PAYMENT 2.1 Payment Terms. Company shall invoice Distributor upon shipment. 2.2 Late Payments. Late amounts bear interest at one percent per month.',
    ].join('\n');
    const t = tree(text);
    expect(leafText(text, '1.3', t)).not.toContain('TERMS OF PAYMENT');
    const two = byNumber(t, '2');
    expect(two.depth).toBe(1);
    expect(two.children.map((c) => c.number)).toEqual(['2.1', '2.2']);
  });
});

describe('a chapter title followed by its first subsection on the same run-on line', () => {
  it('splits "9. Title 9.1 Body" into the chapter and its subsections', () => {
    const text = 'The Parties agree as follows: 1. Term of this Agreement. This Agreement is valid for five (5) years. 2. Certain Material Covenants of Organizer 2.1 Organizer shall organize and host events at the Venue. 2.2 Organizer shall use its best endeavours to display the Sponsor Marks. 3. Confidentiality 3.1 Confidential Information. Each Party shall keep the terms of this Agreement confidential.';
    const t = tree(text);
    const two = byNumber(t, '2');
    expect(two.heading).toBe('Certain Material Covenants of Organizer');
    expect(two.children.map((c) => c.number)).toEqual(['2.1', '2.2']);
    expect(byNumber(t, '3').children.map((c) => c.number)).toEqual(['3.1']);
    // a run-in heading with a body is not a title: "1. Term ... This Agreement" keeps its text
    expect(byNumber(t, '1').children).toHaveLength(0);
  });

  it('does not split at a reference to the first subsection inside a sentence', () => {
    const text = '1. Definitions. Capitalised terms have the meaning given in 1.1 Exhibit A unless defined here.\n\n2. Term. This Agreement lasts one year.';
    const t = tree(text);
    expect(t.clauses.some((c) => c.number === '1.1')).toBe(false);
  });
});

describe('a section heading, a subsection heading and headed items in a row', () => {
  it('is the start of a section, not a table of contents, although "(a)" recurs in later lists', () => {
    const text = [
      'SECTION 1 DEFINITIONS',
      '',
      '"Merchant" shall mean a business that accepts Visa cards.',
      '',
      'SECTION 2 PROGRAM SERVICES',
      '',
      '2.1  Servicer Services.',
      '',
      '  (a)   Pricing.',
      '',
      '      (i)   Standard Fees.',
      '',
      'Servicer shall provide the services specified in this Agreement at the fees in Schedule A.',
      '',
      '      (ii)  Any fee is subject to periodic revision by Servicer.',
      '',
      '  (b)   Any service is subject to periodic revision by Servicer.',
      '',
      '2.2  ISO Obligations.',
      '',
      '  (a)   ISO shall perform all sales and marketing activities:',
      '',
      '      (i)   in compliance with the Visa rules; and',
      '',
      '      (ii)  at its own expense.',
      '',
      '  (b)   ISO shall perform the initial credit review of each Merchant.',
    ].join('\n');
    const t = tree(text);
    const two = byNumber(t, 'SECTION 2');
    expect(two.heading).toBe('PROGRAM SERVICES');
    expect(two.children.map((c) => c.number)).toEqual(['2.1', '2.2']);
    const definitions = byNumber(t, 'SECTION 1');
    expect(text.slice(definitions.start, definitions.end)).not.toContain('PROGRAM');
  });
});

describe('a chapter title of two headings joined by a semicolon', () => {
  it('still splits before the first subsection', () => {
    const text = "1. Term. This Agreement lasts one year.\n\n2. Sponsor's License to Organizer; Organizer's Obligations Regarding Sponsor Marks 2.1 Sponsor grants Organizer a revocable licence to use the Sponsor Marks. 2.2 Organizer shall follow the Sponsor brand guidelines.";
    const t = tree(text);
    expect(byNumber(t, '2').children.map((c) => c.number)).toEqual(['2.1', '2.2']);
  });
});

// Terms defined without the usual "X" means form: 'the term Related Body Corporate has the meaning given in the
// Corporations Act 2001' in an Australian interpretation clause (CUAD's IntriCon), a term coined in quotes after an
// article in running text ('will pay to the Professional a "Royalty Fee" on the sales of Products', CUAD's Women's Golf
// endorsement) and a full stop set inside the closing quote ('collectively as the "Parties."'). Each term was reported
// as used but never defined, or defined with its full stop. Agreement text written for these tests.
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { analyze } from '../../src/analysis.js';

const factsOf = (paragraphs: readonly string[]) => analyze(sourceFromText(paragraphs.join('\n\n'), 'agreement.txt')).facts;
const terms = (paragraphs: readonly string[]) => factsOf(paragraphs).definitions.map((d) => d.term);

const interpretation = (item: string) => [
  'TECHNOLOGY LICENCE AGREEMENT',
  'This Agreement is made between Coral Acoustics Pty Ltd (ACN 004 512 118) ("Coral") and Harwick Devices Inc. ("Harwick").',
  '1. Interpretation',
  'In this Agreement, unless the context requires otherwise:',
  '(a) a reference to a party includes its successors and permitted assigns;',
  `(b) ${item}; and`,
  '(c) headings are for convenience only.',
  '2. Royalties',
  '2.1 Harwick must pay Coral a royalty on each Licensed Unit sold by Harwick or any Related Body Corporate of Harwick.',
];

const royalty = (clause: string, later: string) => [
  'ENDORSEMENT AGREEMENT',
  'This Endorsement Agreement is made between Fairway Apparel Group, Inc. (the "Company") and Dana Whitcombe (the "Professional").',
  `4.1 ${clause}`,
  `4.2 ${later}`,
];

describe('a term named by "the term" before it', () => {
  it('is defined by "the term X has the meaning given in" an Act', () => {
    const facts = factsOf(interpretation('the term Related Body Corporate has the meaning given in the Corporations Act 2001 (Cth)'));
    const def = facts.definitions.find((d) => d.term === 'Related Body Corporate');
    expect(def?.style).toBe('pointer');
    expect(facts.undefinedTerms.map((u) => u.term)).not.toContain('Related Body Corporate');
  });

  it('is defined by "The expression X means"', () => {
    expect(terms(interpretation('The expression Licensed Unit means a hearing device that embodies the Coral Technology'))).toContain('Licensed Unit');
  });

  it('near miss: "the term" of the agreement defines nothing', () => {
    const facts = factsOf(interpretation('the term of this Agreement has the meaning given in clause 9'));
    expect(facts.definitions.map((d) => d.term).filter((t) => /term/i.test(t))).toEqual([]);
    expect(facts.undefinedTerms.map((u) => u.term)).toContain('Related Body Corporate');
  });
});

describe('a term coined in quotes after an article', () => {
  it('is defined when the agreement uses it again', () => {
    const facts = factsOf(royalty(
      'If the Company elects to market the Products, the Company will pay to the Professional a "Royalty Fee" on the sales of Products during the Term of two percent (2%) of wholesale receipts.',
      'The Company shall pay the Royalty Fee, earned for the preceding quarter, within thirty (30) days after the quarter ends.',
    ));
    expect(facts.definitions.find((d) => d.term === 'Royalty Fee')?.style).toBe('inline');
    expect(facts.undefinedTerms.map((u) => u.term)).not.toContain('Royalty Fee');
  });

  it('near miss: a quoted name used once, or only inside a longer name, defines nothing', () => {
    expect(terms(royalty(
      'The Company will sew a "Tour Edition" label into each garment it ships to a retailer.',
      'The Company shall pay the Professional a fee for each Tour Edition Polo sold.',
    ))).not.toContain('Tour Edition');
    expect(terms(royalty(
      'The Company will list the Products under the "Signature" tab of its online store.',
      'The Professional may approve each Signature Collection catalogue before it is printed.',
    ))).not.toContain('Signature');
  });

  it('near miss: quoted words that are not a term\'s capitalised words define nothing', () => {
    expect(terms(royalty(
      'The Company shall not sell any garment marked with the "Fairway pro-line edition" tag at a discount.',
      'The Fairway pro-line edition shall be sold only through golf shops.',
    ))).not.toContain('Fairway pro-line edition');
  });
});

describe('a full stop inside the closing quote', () => {
  it('is not part of the term: the "Parties."', () => {
    const defined = terms([
      'MANUFACTURING AGREEMENT',
      'This Agreement is made between Heathmoor Foods LLC ("Heathmoor") and Linnet Packaging Co. ("Linnet"). Heathmoor and Linnet are each referred to herein as a "Party" and collectively as the "Parties."',
      '1. Supply. Linnet shall package the products that Heathmoor orders, and the Parties shall meet each quarter.',
    ]);
    expect(defined).toContain('Parties');
    expect(defined).not.toContain('Parties.');
  });

  it('near miss: an abbreviation keeps its full stop', () => {
    expect(terms([
      'SUPPLY AGREEMENT',
      'This Agreement is made between Heathmoor Foods LLC ("Heathmoor") and Linnet Packaging Co. (the "Supplier Co.").',
      '1. Supply. The Supplier Co. shall package the products that Heathmoor orders.',
    ])).toContain('Supplier Co.');
  });
});

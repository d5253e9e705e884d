// Cross-references: recognised in sentences quoted from the CUAD dev contracts (CC BY 4.0), and resolved to clause ids
// in agreements written for these tests.
import { describe, expect, it } from 'vitest';
import { LineIndex, type ClauseNode, type ClauseTree } from '../../src/model/index.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { extractFacts } from '../../src/facts/index.js';
import { isAmendment } from '../../src/facts/references.js';
import { analyze } from '../../src/analysis.js';
import { attributesOf, factsOf } from './helpers.js';

describe('cross-references in CUAD sentences', () => {
  it.each([
    ['1.17 "Excess Amount" has the meaning set forth in Section 2.8(b).', ['Section 2.8(b)']],
    ['1.45 "Joint Development Committee" or "JDC" shall have the meaning as set forth in Section 2.1 below.', ['Section 2.1']],
    ['Each Party shall keep the other promptly and fully advised of any new requirements and Sutro shall promptly implement such requirements as described in Section 6.6.', ['Section 6.6']],
    ['Allied does not acquire any right, title, or interest in or to the Newegg Marks by virtue of the limited license granted in Section 6.1.', ['Section 6.1']],
    ['Developer acknowledges and agrees that the payment of Fees and a Bonus (if any), as referenced in Section 5 of this Agreement, shall be the full consideration to Developer.', ['Section 5']],
    ["Consultant agrees that Consultant's obligations under this Section 2.2 shall continue after the termination of this Agreement.", ['Section 2.2']],
    ['In the event that the affected party is prevented from performing its obligations pursuant to this Section 16.7 for a period of six (6) months, the other party shall have the right to terminate this Agreement pursuant to the provisions of Sections 8.4(b).', ['Section 16.7', 'Section 8.4(b)']],
    ['If the parties are unable to reach agreement during such sixty (60) day period, either party may request that the Fee Schedule be submitted to arbitration pursuant to Section 18(m) [Arbitration].', ['Section 18(m)']],
    ['ISO agrees to the additional terms and conditions relating specifically to the Debit Sponsorship, as set forth in Exhibit G.', ['Exhibit G']],
    ['Company agrees to sell, and Distributor agrees to purchase, the Products in accordance with the Prices and Volume Discount Prices set forth in Schedule A.', ['Schedule A']],
    ['This Agreement consists of this Sponsorship Agreement and Exhibits A and B hereto, each of which is incorporated into and forms a part of this Agreement by this reference.', ['Exhibit A', 'Exhibit B']],
    ['Such audit shall not be performed more frequently than once a year with respect to records covering, or impacting in accordance with Article 5, any specific period of time.', ['Article 5']],
  ])('%s', (sentence, refs) => {
    const found = attributesOf(sentence).crossReferences;
    expect(found.map((r) => r.text)).toEqual(refs);
    // Nothing to point at in a one-sentence document: every reference is dangling.
    for (const r of found) expect(r.targetId).toBeNull();
  });

  it('continues a bare "(k)" from the number before it', () => {
    const refs = attributesOf('The Royalty Term shall end as set forth in Sections 9.1(j) and (k)), where Depomed (or one of its Affiliates) has launched a Generic Product.').crossReferences;
    expect(refs.map((r) => r.text)).toEqual(['Section 9.1(j)', 'Section 9.1(k)']);
  });

  it('does not cut a longer number into a reference', () => {
    expect(attributesOf('PURSUANT TO ARTICLE 1079 OF THE COLOMBIAN CODE OF COMMERCE, THE CONTRACTOR MAY TERMINATE.').crossReferences).toEqual([]);
  });

  it('skips references into other instruments', () => {
    const refs = attributesOf('The licenses are licenses of "intellectual property" for purposes of Section 365(n) of the United States Bankruptcy Code, and Section 2.1 of the Stock Purchase Agreement applies.').crossReferences;
    expect(refs).toEqual([]);
  });

  it('skips references into the papers beside an agreement: a term sheet, a side letter, a statement of work', () => {
    // A mutual covenant agreement's counterparts clause: "Section 11.4 of the term sheet referred to in Section 10.6"
    // was read as this agreement's Section 11.4, and reported as pointing to nothing.
    const counterparts = 'Section 11.4 of the term sheet referred to in Section 10.6 has no further effect.';
    expect(attributesOf(counterparts).crossReferences.map((r) => r.text)).toEqual(['Section 10.6']);
    expect(attributesOf('The fees in paragraph 3 of the Side Letter and Section 2 of the Statement of Work, and Section 4 of the Memorandum of Understanding, are not payable.').crossReferences).toEqual([]);
    expect(attributesOf('Clause 6 of the Heads of Terms and Section 1 of the Letter of Intent are superseded.').crossReferences).toEqual([]);
    // Near misses: the term sheet named in another sentence, or after the reference with no "of", leaves it this agreement's.
    expect(attributesOf('The term sheet is superseded. Section 11.4 applies instead.').crossReferences.map((r) => r.text)).toEqual(['Section 11.4']);
    expect(attributesOf('Section 11.4 supersedes the term sheet.').crossReferences.map((r) => r.text)).toEqual(['Section 11.4']);
  });

  it('skips references into an instrument whose title lists its subjects with commas', () => {
    // HERTZ's IP agreement: "Section 4.4 of the Trademark, Trade Name, Domain and Related Rights License Agreement" was
    // read as this agreement's Section 4.4, and reported as pointing to nothing.
    const sentence = 'The licenses granted under Section 2.2.1 shall terminate in accordance with Section 4.4 of the Trademark, Trade Name, Domain and Related Rights License Agreement.';
    expect(attributesOf(sentence).crossReferences.map((r) => r.text)).toEqual(['Section 2.2.1']);
    expect(attributesOf('Sections 4.4 and 6.2 of the Supply, Distribution and Services Agreement survive.').crossReferences).toEqual([]);
    // A comma then capitals that do not end in an instrument's name keep the reference this agreement's.
    const own = 'Licensee shall use the Marks as set forth in Section 4.4, Brand Guidelines and Quality Standards of Licensor.';
    expect(attributesOf(own).crossReferences.map((r) => r.text)).toEqual(['Section 4.4']);
    expect(attributesOf('Licensee shall comply with Section 4.4 of the Agreement, Exhibit C and the Supply Agreement.').crossReferences.map((r) => r.text)).toEqual(['Section 4.4', 'Exhibit C']);
  });

  it('keeps a reference to the document\'s own title that lists its subjects with commas', () => {
    const text = [
      'This Supply, Distribution and Services Agreement (this "Agreement") is made between Acme Corp. and Beta Inc.',
      '1. Supply',
      '1.1 Supplier shall supply the Products as provided in Section 7.4 of the Supply, Distribution and Services Agreement and Section 1.2 of the Supply, Distribution and Services Agreement.',
      '1.2 Distributor shall comply with Section 2.2 of the Trademark, Trade Name and Domain License Agreement.',
    ].join('\n\n');
    expect(allRefs(text)).toEqual([['Section 7.4', false], ['Section 1.2', true]]);
    // A title that ends at a comma is still the document's name.
    const comma = 'This License Agreement, Exhibit A and Exhibit B (the "Agreement") are made between Acme Corp. and Beta Inc.\n\n1. Grant\n\n1.1 The licence is subject to Section 9 of the License Agreement.\n\nExhibit A\n\nPatents.\n\nExhibit B\n\nMarks.';
    expect(allRefs(comma)).toEqual([['Exhibit A', true], ['Exhibit B', true], ['Section 9', false]]);
  });
});

const AGREEMENT = [
  'PATENT CROSS-LICENSE AGREEMENT',
  '1. Definitions',
  '1.1 "Licensed Patents" means the patents listed in Schedule A.',
  '2. Grants',
  '2.1 Subject to Section 4.2, Acme grants to Beta a non-exclusive licence under the Licensed Patents.',
  '2.2 The licences in Sections 2.1 through 2.3 survive as provided in Article IV and Section 9.3.',
  '4.2 Beta shall pay the royalties set out in Exhibit B and Schedule A.',
  'ARTICLE IV SURVIVAL',
  'SCHEDULE A - LICENSED PATENTS',
  'U.S. Patent No. 7,123,456.',
].join('\n\n');

describe('resolution', () => {
  const facts = factsOf(AGREEMENT);
  const refsOf = (id: string) => facts.attributes.get(id)?.crossReferences.map((r) => [r.text, r.targetId]);

  it('resolves sections, ranges, articles and schedules by number and heading', () => {
    // c5 = 2.1, c6 = 2.2, c7 = 4.2, c8 = ARTICLE IV, c9 = SCHEDULE A
    expect(refsOf('c3')).toEqual([['Schedule A', 'c9']]);
    expect(refsOf('c5')).toEqual([['Section 4.2', 'c7']]);
    expect(refsOf('c6')).toEqual([
      ['Section 2.1', 'c5'],
      ['Section 2.3', null],
      ['Article IV', 'c8'],
      ['Section 9.3', null],
    ]);
  });

  it('leaves a dangling schedule reference unresolved and keeps its offsets', () => {
    const refs = facts.attributes.get('c7')?.crossReferences ?? [];
    expect(refs.map((r) => [r.text, r.targetId])).toEqual([['Exhibit B', null], ['Schedule A', 'c9']]);
    const first = refs[0];
    expect(first && first.start !== undefined && first.end !== undefined ? AGREEMENT.slice(first.start, first.end) : '').toBe('Exhibit B');
  });

  it('does not count a schedule heading as a reference to itself', () => {
    expect(refsOf('c9')).toEqual([]);
  });

  it('finds a schedule headed with a dash between the word and its letter ("SCHEDULE - I")', () => {
    const text = '1. Shareholders\n\n1.1 The shareholders of Minda are listed in Schedule I.\n\nSCHEDULE - I   Schedule I to the Joint Venture Agreement   DETAILS OF MINDA\n\nMr. S.L. Minda and family.';
    const f = factsOf(text);
    const refs = [...f.attributes.values()].flatMap((a) => a.crossReferences).map((r) => [r.text, r.targetId !== null]);
    expect(refs[0]).toEqual(['Schedule I', true]);
    expect(refs.filter(([, resolved]) => !resolved)).toEqual([]);
  });

  it('finds a schedule heading in capitals run into the text before it, not a list of the schedules', () => {
    const legend = 'INFORMATION FOR WHICH CONFIDENTIAL TREATMENT HAS BEEN REQUESTED IS OMITTED AND MARKED WITH "[***]".';
    const text = `1.5 "Sequence" means the specific sequence defined in Appendix B.\n\n${legend} APPENDIX B\nThe sequence is [***].`;
    const refs = [...factsOf(text).attributes.values()].flatMap((a) => a.crossReferences).map((r) => [r.text, r.targetId !== null]);
    expect(refs).toEqual([['Appendix B', true]]);
    // A list of schedules after the table of contents names them without being them.
    const list = `1.5 Invoices are sent to the address set forth in Schedule A.\n\n41.0 ENTIRE AGREEMENT   32    SCHEDULE A  PRODUCT LICENSE SCHEDULE TEMPLATE SCHEDULE B  CUSTOMIZATION SCHEDULE`;
    const listed = [...factsOf(list).attributes.values()].flatMap((a) => a.crossReferences).map((r) => [r.text, r.targetId !== null]);
    expect(listed[0]).toEqual(['Schedule A', false]);
    // A sentence in capitals that begins with a reference is not the schedule's heading.
    const caps = '2.1 SUPPLIER WARRANTS THAT THE PRODUCTS CONFORM. SCHEDULE 3 SETS OUT THE ONLY WARRANTIES GIVEN BY SUPPLIER\nAND ALL OTHER WARRANTIES ARE DISCLAIMED.';
    const inCaps = [...factsOf(caps).attributes.values()].flatMap((a) => a.crossReferences).map((r) => [r.text, r.targetId !== null]);
    expect(inCaps).toEqual([['Schedule 3', false]]);
  });

  it('finds a schedule whose capitalised heading sits inside a longer clause', () => {
    const text = 'The patents are listed in Exhibit A.\n\nIN WITNESS WHEREOF the parties have signed.\nEXHIBIT A LIST OF PATENTS\nU.S. Patent No. 7,123,456';
    const f = factsOf(text);
    expect(f.attributes.get('c1')?.crossReferences.map((r) => [r.text, r.targetId])).toEqual([['Exhibit A', 'c2']]);
    expect(f.attributes.get('c2')?.crossReferences).toEqual([]);
  });
});

function node(id: string, text: string, start: number, end: number, number: string | null, parentId: string | null, depth: number, children: ClauseNode[] = []): ClauseNode {
  const index = new LineIndex(text);
  return {
    type: 'clause', id, kind: parentId ? 'subclause' : 'section', number, heading: null, depth, start, end,
    bodyEnd: children[0]?.start ?? end, position: { start: index.point(start), end: index.point(end) }, parentId, children,
  };
}

describe('references to subclauses', () => {
  it('resolves "clause 5(b)" and "paragraph (a) above" through the tree, and leaves "(c)" dangling', () => {
    const text = '5. Payments\n(a) Beta shall pay the fee.\n(b) Late payments under paragraph (a) above bear interest.\n6. Audit\nThe interest in clause 5(b) is capped; paragraph (c) below does not exist.';
    const at = (s: string) => text.indexOf(s);
    const a = node('c2', text, at('(a)'), at('(b)') - 1, '(a)', 'c1', 2);
    const b = node('c3', text, at('(b)'), at('6.') - 1, '(b)', 'c1', 2);
    const five = node('c1', text, 0, at('6.') - 1, '5.', null, 1, [a, b]);
    const six = node('c4', text, at('6.'), text.length, '6.', null, 1);
    const tree: ClauseTree = { type: 'root', children: [five, six], clauses: [five, a, b, six] };
    const facts = extractFacts(sourceFromText(text, 'sub.md'), tree, new Map());
    expect(facts.attributes.get('c3')?.crossReferences.map((r) => [r.text, r.targetId])).toEqual([['Paragraph (a)', 'c2']]);
    expect(facts.attributes.get('c4')?.crossReferences.map((r) => [r.text, r.targetId])).toEqual([
      ['Clause 5(b)', 'c3'],
      ['Paragraph (c)', null],
    ]);
  });
});

/** Every cross-reference of a document, as [text, resolved?] in document order. */
function allRefs(text: string): Array<[string, boolean]> {
  const facts = factsOf(text);
  return [...facts.attributes.values()]
    .flatMap((a) => a.crossReferences)
    .sort((x, y) => x.start! - y.start!)
    .map((r) => [r.text, r.targetId !== null]);
}

describe('references on filed agreements (EDGAR text)', () => {
  it('skips statute sections named before the number or after a list of numbers', () => {
    const text = [
      '1. Compliance',
      '1.1 Neither Party shall be subject to liability under Exchange Act Section 16(b) as a result of this Agreement, nor under Section 13(d)(3) or Section 14(d)(2) of the Exchange Act.',
      '1.2 The fees are intended to be exempt under Treasury Regulation Section 1.409A-1(b)(4), and the non-waiver provisions of GBL Sections 687.4 and 687.5 are satisfied.',
    ].join('\n\n');
    expect(allRefs(text)).toEqual([]);
  });

  it('reports a reference to a section left "[Reserved]" as pointing to nothing', () => {
    const text = [
      'ARTICLE 3 [RESERVED]',
      'ARTICLE 4 ROYALTIES',
      '4.1 Subject to Section 3, Ysolde shall pay the royalty in Section 4.2.',
      '4.2 Intentionally omitted.',
      '4.3 The royalty is three percent of Net Sales, as reserved in Section 4.1.',
    ].join('\n\n');
    expect(allRefs(text)).toEqual([['Section 3', false], ['Section 4.2', false], ['Section 4.1', true]]);
  });

  it('skips sections of an Act listed before "as provided in section 2(2) of that Act"', () => {
    const text = [
      '1. Arbitration',
      '1.1 Part I of the Arbitration and Conciliation Act, 1996 shall not apply, save for section 9, section 27 and section 37(1)(b) as provided in section 2(2) of that Act.',
      '1.2 Section 27 of this Agreement applies as provided in Section 1.1.',
    ].join('\n\n');
    // Section 27 of this Agreement does not exist; the Act's sections are not the agreement's.
    expect(allRefs(text)).toEqual([['Section 27', false], ['Section 1.1', true]]);
  });

  it('skips German statutes cited by paragraph: "§§ 15 et seq. of the German Stock Corporation Act", "§ 314 (2) BGB", "§§ 741 ff. BGB"', () => {
    const text = [
      '§ 1 Definitions',
      '(1) "Affiliated Companies" means companies affiliated within the meaning of §§ 15 et seq. of the German Stock Corporation Act (AktG).',
      '(2) Joint inventions are held under §§ 741 ff. BGB; § 314 (2) BGB and § 12 ArbnErfG apply, and so does § 2 (1).',
      '§ 2 Licences',
      '(1) Kessler grants Nordwerk a licence, subject to § 16.',
    ].join('\n\n');
    // § 2 is this agreement's; § 16 points to nothing; the statutes' paragraphs are theirs.
    expect(allRefs(text).filter(([, resolved]) => !resolved)).toEqual([['§ 16', false]]);
  });

  it('reads a heading in capitals after a reference as no statute ("Section 14 PRICING AND PAYMENT"), German abbreviations as statutes', () => {
    const text = [
      '1. SCOPE',
      '1.1 Supplier shall deliver the Products as set out in Section 14 PRICING AND PAYMENT, and Section 1 SCOPE applies.',
      '1.2 Joint inventions are held under § 741 BGB, § 12 ArbnErfG, § 28 BDSG, § 3 KWG and § 5 UStG.',
    ].join('\n\n');
    // Section 14 points to nothing: "PRICING" ends in G but is an English word in capitals, not a statute's abbreviation.
    expect(allRefs(text).filter(([, resolved]) => !resolved)).toEqual([['Section 14', false]]);
  });

  it('reads the abbreviation "cl." of Australian and English drafting ("cl. 3.1", "cls. 7.6 and 7.7")', () => {
    const text = [
      '3 LICENCES',
      '3.1 Helixa grants Corvane a licence, subject to cl. 7.',
      '7 PAYMENTS',
      '7.1 Corvane must pay Helixa the fee. Clauses 7.1 and 3.1 apply, and so do cls. 3.1 and 7.1, but cl. 13.5 applies to costs.',
    ].join('\n\n');
    expect(allRefs(text).filter(([, resolved]) => !resolved)).toEqual([['Clause 13.5', false]]);
    expect(allRefs(text).map(([label]) => label)).toContain('Clause 7');
    // Near miss: "cl." inside a word ("decl. 4") or a chemical formula ("NaCl. 5 g") is no reference.
    expect(allRefs('1 GENERAL\n\n1.1 See the decl. 4 and NaCl. 5 g of the compound.').filter(([label]) => label.startsWith('Clause'))).toEqual([]);
  });

  it('skips a section followed by its code ("Section 42 U.S.C. 262")', () => {
    const text = '1. Definitions\n\n1.1 "Biosimilar Product" means a product approved under the Biologics Price Competition and Innovation Act of 2009, Section 42 U.S.C. 262, or under Section 7 CFR 2.1, and as provided in Section 1.1.';
    expect(allRefs(text)).toEqual([['Section 1.1', true]]);
  });

  it('skips a section of another instrument named by its acronym, not of an agreement that calls itself one', () => {
    const other = [
      '1. Background',
      '1.1 The parties entered into an Asset Purchase Agreement (the "APA"). The provisions of Sections 4.3(a)-(i) of Article 4 of the APA, section 5 of the FDCA and Section 1.2 apply.',
      '1.2 Publicity is governed by Section 4.2 of the APA.',
    ].join('\n\n');
    expect(allRefs(other)).toEqual([['Section 1.2', true]]);
    const itself = 'This Master Services Agreement (this "MSA") is made by Acme and Beta.\n\n1. Fees\n\n1.1 Fees are payable as set out in Section 9 of the MSA.';
    expect(allRefs(itself)).toEqual([['Section 9', false]]);
  });

  it('names an acronym its own only when the document itself is given it, not an instrument its first sentence names', () => {
    const body = '\n\n1. Services\n\n1.1 The Supplier shall provide the Services of Section 4.2 of the MSA.\n\n2. Fees\n\n2.1 Fees are due under Section 9.3 of the MSA and Section 1.1.';
    // A statement of work made under a master agreement: the MSA is another instrument.
    expect(allRefs('This Statement of Work is entered into under the Master Services Agreement (the "MSA") between Acme and Beta.' + body)).toEqual([['Section 1.1', true]]);
    // The document is the MSA: in capitals, with "hereinafter", with a date between its title and its name.
    for (const preamble of [
      'THIS MASTER SERVICES AGREEMENT ("MSA") is made between Acme and Beta.',
      'This Master Services Agreement (hereinafter "MSA") is made between Acme and Beta.',
      'This Master Services Agreement, dated as of May 1, 2020 (this "MSA"), is made between Acme and Beta.',
    ]) {
      expect(allRefs(preamble + body), preamble).toEqual([['Section 4.2', false], ['Section 9.3', false], ['Section 1.1', true]]);
    }
  });

  it("keeps a section of the document named by its own title or defined name ('the License Agreement') as its own", () => {
    const body = '\n\n1. Licence\n\n1.1 Licensee shall pay the fees of Section 3.2 of the License Agreement.\n\n2. Term\n\n2.1 Sections 1.1 and 9.4 of the License Agreement survive; Section 2 of the Supply Agreement does not.';
    // The document is the License Agreement: by its title after "this", or by the name it is given.
    for (const preamble of [
      'This License Agreement is made between Acme Robotics, Inc. and Beta Sensors Ltd.',
      'THIS LICENSE AGREEMENT (this "Agreement") is made between Acme Robotics, Inc. and Beta Sensors Ltd.',
      'This Technology License Agreement, dated as of May 1, 2020 (the "License Agreement"), is made between Acme Robotics, Inc. and Beta Sensors Ltd.',
    ]) {
      expect(allRefs(preamble + body), preamble).toEqual([['Section 3.2', false], ['Section 1.1', true], ['Section 9.4', false]]);
    }
    // A supply agreement made under a licence: the License Agreement is another instrument (and the Supply Agreement
    // its own); so is a longer title that only ends like the document's name.
    const supply = 'This Supply Agreement is made under the License Agreement between Acme Robotics, Inc. and Beta Sensors Ltd.';
    expect(allRefs(supply + body)).toEqual([['Section 2', true]]);
    const licence = 'This License Agreement is made between Acme Robotics, Inc. and Beta Sensors Ltd.';
    expect(allRefs(licence + body.replaceAll('the License Agreement', 'the Exclusive License Agreement'))).toEqual([]);
  });

  it('reads a form attached as an exhibit as its own instrument: the agreement whose cover comes first is another one there', () => {
    // An APA's cover names it 'this "Purchase Agreement"'; its Exhibit C (the form of cross-licence) is 'this
    // "Agreement"' and refers to sections of the Purchase Agreement that the filing does not reproduce.
    const text = [
      'This ASSET PURCHASE AGREEMENT (this "Purchase Agreement") is entered into by Corvane Imaging Systems, Inc. ("Seller") and Brightwater Vision Holdings, LLC ("Buyer").',
      'EXHIBIT C',
      'This PATENT CROSS-LICENSE AGREEMENT (this "Agreement") is entered into as of the Closing Date by Seller and Buyer under the Asset Purchase Agreement between them (the "Purchase Agreement").',
      '1. Confidentiality',
      '1.1 The terms of this Agreement are Confidential Information under Section 6.08 of the Purchase Agreement and Section 1.1 of this Agreement; Section 9.9 has no counterpart.',
    ].join('\n\n');
    expect(allRefs(text)).toEqual([['Section 1.1', true], ['Section 9.9', false]]);
    // Near miss: one instrument that names itself the Purchase Agreement keeps its sections its own.
    const one = 'This ASSET PURCHASE AGREEMENT (this "Purchase Agreement") is entered into by Corvane Imaging Systems, Inc. and Brightwater Vision Holdings, LLC.\n\n1. Confidentiality\n\n1.1 Section 6.08 of the Purchase Agreement governs.';
    expect(allRefs(one)).toEqual([['Section 6.08', false]]);
  });

  it("reads a section's caption between its number and another instrument ('Section 10.11 (Dispute Resolution) of the Purchase Agreement')", () => {
    const text = 'This Agreement is made between Acme Robotics, Inc. and Beta Sensors Ltd.\n\n1. Disputes\n\n1.1 Disputes are resolved under Section 10.11 (Dispute Resolution) of the Purchase Agreement.\n\n1.2 Notices go as set out in Section 9.9 (Notices) of this Agreement.';
    expect(allRefs(text)).toEqual([['Section 9.9', false]]);
  });

  it('reads every number of a list with a note after one of them (\'Sections 4.1 (as to amounts accrued), 6.4 and 7.5\')', () => {
    const text = '1. Payment\n\n1.1 Fees.\n\n2. Term\n\n2.1 Articles 1 and 2, Sections 1.1 (as to amounts accrued), 2.1 and 7.5 survive.\n\n2.2 On notice under Section 2.1 (Licence Term) and 30 days after it, or under Section 1.1 and 60 days after that, the licence ends.';
    expect(allRefs(text)).toEqual([['Article 1', true], ['Article 2', true], ['Section 1.1', true], ['Section 2.1', true], ['Section 7.5', false], ['Section 2.1', true], ['Section 1.1', true]]);
  });

  it("reads an article of a French code ('Article L.233-3 of the Commercial Code') as the code's, not as 'Article L', and 'the present Agreement' as this one", () => {
    const text = '## Article 1 – Definitions\n\n1.1 "Affiliate" has the meaning of Article L.233-3 of the Commercial Code.\n\n## Article 2 – Co-ownership\n\n2.1 Co-ownership is governed by Articles L. 613-29 et seq. of the Intellectual Property Code and by Article 1 and Article 3 of the present Agreement.';
    // 'the present Agreement' (a translation's 'le présent Contrat') is this one: its Article 3 is missing.
    const refs = allRefs(text);
    expect(refs.filter(([, resolved]) => !resolved)).toEqual([['Article 3', false]]);
    expect(refs.map(([t]) => t)).toContain('Article 1');
    expect(refs.map(([t]) => t).filter((t) => /\bL\b/.test(t))).toEqual([]);
  });

  it('does not report a section of an article whose sections lost their numbers (EDGAR text), but does one of a missing article', () => {
    const lost = [
      'LICENSE AND HOSTING AGREEMENT',
      'This License and Hosting Agreement is made between LMG, Inc. ("LMG") and TAG Ltd. ("TAG").',
      'ARTICLE I\nLICENSE',
      'Grant of License. LMG grants to TAG a non-exclusive license to Use the LMG Tools.',
      'The License includes the right to Use the source code version of the LMG Tools in accordance with Section 3.7.',
      'Protection of LMG Tools. TAG will treat the LMG Tools as confidential.',
      'It will not be a violation of this Section 1.2 if TAG gives access to a contractor that signs a confidentiality undertaking.',
      'ARTICLE II\nCHARGES',
      'Reimbursement Generally. TAG shall reimburse LMG as set out in Section 1.1 and Section 9.1.',
      'Invoices. LMG will invoice TAG monthly for the amount due under Section 2.1.',
    ].join('\n\n');
    // Article I's headed sections have no numbers: its Sections 1.1 and 1.2 cannot be checked. Article III and IX do
    // not exist, and Article II has no sections of its own.
    // The clause splitter's own tree: the article holds its headed paragraphs as clauses.
    const refsOf = (text: string) => [...analyze(sourceFromText(text, 'licence.txt')).facts.attributes.values()]
      .flatMap((a) => a.crossReferences).sort((x, y) => x.start! - y.start!).map((r) => [r.text, r.targetId !== null]);
    expect(refsOf(lost)).toEqual([['Section 3.7', false], ['Section 9.1', false], ['Section 2.1', false]]);
    // Where the article's sections are numbered, a section that is not there points to nothing.
    const numbered = lost.replace('Grant of License.', '1.1 Grant of License.').replace('Protection of LMG Tools.', '1.3 Protection of LMG Tools.');
    expect(refsOf(numbered)).toEqual([['Section 3.7', false], ['Section 1.2', false], ['Section 1.1', true], ['Section 9.1', false], ['Section 2.1', false]]);
  });

  it('skips references into licences, titles of a code and filed reports', () => {
    const text = [
      '1. Amendment',
      '1.1 Section 5.9 of the Commercial License is amended to add the following sentence.',
      '1.2 The licences are licences of intellectual property for purposes of Section 365(n) of Title 11, US Code.',
      '1.3 Each New Director shall sign an agreement in the form attached as Exhibit 10.20 to the Company\'s Annual Report on Form 10-K.',
    ].join('\n\n');
    expect(allRefs(text)).toEqual([]);
  });

  it('skips a section of an Act whose name begins "Contract" or "Agreement", and still reports "of the Contract" itself', () => {
    // New Zealand's "Contract and Commercial Law Act 2017": "of the Contract" is this document's only when the name
    // does not run on to an Act and its year.
    const text = [
      '1. General',
      '1.1 As between the Parties, section 34 of the Contract and Commercial Law Act 2017 is excluded.',
      '1.2 The obligations in section 9 of the Contract survive, and so do those in clause 1.1 of the Contract and clause 14 of the Agreement as amended in 2024.',
    ].join('\n\n');
    expect(allRefs(text)).toEqual([
      ['Section 9', false],
      ['Clause 1.1', true],
      ['Clause 14', false],
    ]);
  });

  it('resolves a section whose subsections exist and skips a schedule of another instrument ("thereto")', () => {
    const text = [
      '14.1 Survival. Sections 7 and 14 of this Agreement shall survive termination.',
      '14.2 The Priority Holders are listed in the Lock-Up Agreement and on Schedule B thereto.',
    ].join('\n\n');
    expect(allRefs(text)).toEqual([
      ['Section 7', false],
      ['Section 14', true],
    ]);
  });

  it('reads a three-digit section as a statute only when the agreement has no such numbers', () => {
    const text = '1. Quality\n\n1.1 The Supplier shall manufacture the Product in compliance with Sections 210 and 211 and with Section 1.2.\n\n1.2 Records shall be kept.';
    expect(allRefs(text)).toEqual([['Section 1.2', true]]);
  });

  it('finds numbered headings that the text runs into the paragraph before', () => {
    const text = [
      'ARTICLE V TRANSFER Section 5.1 Restrictions. No Transfer is permitted except under Section 6.1(b) and Section 6.9. ARTICLE VI REGISTRATION RIGHTS Section 6.1 Demand Registration. (a) The Holder may request a registration. (b) The Company shall advise the Holder of its request made pursuant to this Section 6.1.',
      'Section 6.9 "Market Stand-Off" Agreement. The Holder shall not sell shares during the offering.',
      '3.1 Licensed Rights 3.1.1 License Grants. Subject to Section 3.1.1(b), the Licensor grants a licence.',
    ].join('\n\n');
    expect(allRefs(text).filter(([, resolved]) => !resolved)).toEqual([]);
  });

  it('resolves other numbering styles of a target that exists', () => {
    const text = '1. Fees\n\n1.1 Net Revenue means the revenue received, less (a) taxes and (b) returns.\n\n2. Payment\n\n2.1 Reseller shall pay 25% of Net Revenue less the deductions of Section 1.1(b) and the fees of Article 1.00.';
    expect(allRefs(text)).toEqual([
      ['Section 1.1(b)', true],
      ['Article 1.00', true],
    ]);
  });

  it('ignores tables of contents and bare item markers of the neighbouring list', () => {
    const text = [
      'TABLE OF CONTENTS',
      '13.8 Severability 41 13.9 No Waiver 41 13.10 Relationship of the Parties 41 Schedules 42',
      '1. Board Nomination',
      '1.1 The nominee shall (i) meet the independence standards of the exchange and (ii) be qualified to serve as a director (clauses (i) and (ii), the "Conditions").',
    ].join('\n\n');
    expect(allRefs(text)).toEqual([]);
  });

  it('reads a schedule number of three levels whole: resolved to its heading, or dangling under its own number', () => {
    const text = [
      '11. Support',
      '11.1 Each Party shall provide the services described in Appendix 11.1.1 and Appendix 11.1.2.',
      'APPENDIX 11.1.1 SUPPORT SERVICES',
      'Help desk, from 9 a.m. to 5 p.m. on business days.',
    ].join('\n\n');
    expect(allRefs(text)).toEqual([
      ['Appendix 11.1.1', true],
      ['Appendix 11.1.2', false],
    ]);
  });

  it('does not join a heading\'s last word to the number of the next clause ("TRANSPORTATION SCHEDULE" + "22.1")', () => {
    const text = [
      '22. SANCTIONS FOR NON-PERFORMANCE OF THE TRANSPORTATION SCHEDULE',
      '22.1 Each nomination is binding. The Sender shall pay the fees of Schedule 4.',
      '23. INCOMPATIBLE CLAUSES',
      '24. SETTLEMENT OF CONFLICTS',
    ].join('\n\n');
    expect(allRefs(text)).toEqual([['Schedule 4', false]]);
  });

  it('reads the section numbers of an amendment as the amended agreement\'s, not as dangling', () => {
    const amendment = [
      'FIRST AMENDMENT TO PATENT LICENSE AGREEMENT',
      '1. Amendments',
      '1.1 Section 6.1 of the Agreement is amended by replacing "2025" with "2027", and a new Section 7.4 is added as set out in Schedule A.',
    ].join('\n\n');
    expect(allRefs(amendment)).toEqual([['Schedule A', false]]);
    // An amended and restated agreement is whole: its own references still dangle.
    expect(allRefs(amendment.replace('FIRST AMENDMENT TO', 'AMENDED AND RESTATED'))).toEqual([
      ['Section 6.1', false],
      ['Section 7.4', false],
      ['Schedule A', false],
    ]);
  });

  it('reads a schedule an amendment removes or replaces as the agreement\'s, and one it attaches with a colon as given', () => {
    const amendment = (body: string) => ['SECOND AMENDMENT TO SUPPLY AGREEMENT', body].join('\n\n');
    // The schedule removed is the agreement's; the replacement is attached here, introduced by 'as Schedule C-1:'.
    const replaced = amendment('1. The Parties agree to remove Schedule C-1 in its entirety and replace it with the following:\n\nThe following is attached to and incorporated into the Agreement as Schedule C-1:\n\nProduct | Price per case\nGranola bar, 12 count | USD 14.20');
    expect(allRefs(replaced)).toEqual([]);
    expect(allRefs(amendment('1. Exhibit B to the Agreement is deleted. 2. Exhibit D of the Supply Agreement is replaced by the price list in Schedule 1.'))).toEqual([['Schedule 1', false]]);
    // Near misses: a schedule named before a colon that opens a list is cited, not given; one the amendment sets out
    // is its own.
    expect(allRefs(amendment('1. The Supplier shall provide the following for the period specified in Exhibit A:\n\n(a) hosting; and\n\n(b) support.'))).toEqual([['Exhibit A', false]]);
    expect(allRefs(amendment('1. A new Section 7.4 is added as set out in Schedule A.'))).toEqual([['Schedule A', false]]);
  });

  it('reads an agreement that only mentions an amendment of another instrument as whole', () => {
    const agreement = [
      'PATENT LICENSE AGREEMENT',
      'This Patent License Agreement is made between Alpha Corp. and Beta Inc. and replaces their letter agreement of May 1, 2019, as modified by Amendment No. 1 and the Second Amendment thereto.',
      '1. Grant',
      '1.1 Alpha grants to Beta a licence subject to Section 9.9.',
    ].join('\n\n');
    expect(allRefs(agreement)).toEqual([['Section 9.9', false]]);
    // A title that opens a line, also after "THIS" or a Markdown heading mark, still makes it an amendment.
    for (const title of ['AMENDMENT NO. 2', 'THIS FIRST AMENDMENT TO PATENT LICENSE AGREEMENT ("Amendment") is made as of May 1, 2020.', '# Second Amendment to Patent License Agreement']) {
      expect(allRefs(`${title}\n\n${agreement}`), title).toEqual([]);
    }
  });

  it('reads the amendment title on the first line only, after a filing label or a version stamp', () => {
    const agreement = 'This Patent Cross-License Agreement is made between Alpha Corp. and Beta Inc.\n\n1. Grant\n\n1.1 Alpha grants to Beta a licence.';
    // A whole agreement whose cover page lists its history, or whose wrapped preamble puts "Amendment No. 1" at a line start.
    const history = `PATENT CROSS-LICENSE AGREEMENT\n\nDocument history\nAmendment No. 3 dated 2 May 2026 (incorporated)\nSecond Amendment dated 9 January 2025 (incorporated)\n\n${agreement}`;
    const wrapped = `PATENT CROSS-LICENSE AGREEMENT\n\nThis conformed copy of the Patent Cross-License Agreement dated June 1, 2022, as amended by\nAmendment No. 1 dated March 3, 2024, is made between Alpha Corp. and Beta Inc.\n\n1. Grant\n\n1.1 Alpha grants to Beta a licence.`;
    expect(isAmendment(history)).toBe(false);
    expect(isAmendment(wrapped)).toBe(false);
    // Near misses: the title under an exhibit label, a version stamp, a confidentiality legend or a redaction mark is still the title.
    for (const above of ['EXHIBIT 10.2', 'Exhibit 10.17(b)                         ----------------', 'Execution Version', 'CONFIDENTIAL TREATMENT REQUESTED', '[***]']) {
      expect(isAmendment(`${above}\n\n   AMENDMENT NO. 3 TO PATENT CROSS-LICENSE AGREEMENT\n\n${agreement}`), above).toBe(true);
    }
    expect(isAmendment(`EXHIBIT 10.2\n\nPATENT CROSS-LICENSE AGREEMENT\n\nAMENDMENT NO. 3\n\n${agreement}`)).toBe(false);
  });

  it('reads a schedule, addendum, supplement or rider titled as one to an agreement as an amendment', () => {
    const body = 'This Schedule is made as of March 3, 2021 to the Software License and Maintenance Agreement between Alpha Corp. ("Supplier") and Beta Bank, N.A. ("Bank"). Each capitalized term used but not defined herein has the meaning given in that agreement.\n\nThe attached Schedule A is incorporated into that agreement.';
    for (const title of ['SCHEDULE TO Software License, Customization and Maintenance Agreement', 'ADDENDUM NO. 2 TO MASTER SERVICES AGREEMENT', 'Supplement to the Patent License Agreement', 'EXHIBIT 10.16\n\nRIDER A TO DISTRIBUTION AGREEMENT']) {
      expect(isAmendment(`${title}\n\n${body}`), title).toBe(true);
    }
    // Near misses: a schedule's own heading, a schedule of something, and an agreement that names a schedule on its first line.
    for (const title of ['SCHEDULE 1\n\nLICENSED PATENTS', 'SCHEDULE OF PAYMENTS TO BE MADE UNDER THE AGREEMENT', 'MASTER SERVICES AGREEMENT (with Schedule to Agreement)']) {
      expect(isAmendment(`${title}\n\n${body}`), title).toBe(false);
    }
  });

  it('passes over a redaction legend, front matter and a comment above the title, and reads an amendment of a restated agreement as one', () => {
    const body = '\n\nThis Amendment No. 2 (this "Amendment") is made between Alpha Corp. and Beta Inc. and amends the Patent License Agreement dated June 1, 2022 (the "Agreement").\n\n1. Section 3.1 of the Agreement is deleted.';
    const title = 'AMENDMENT NO. 2 TO PATENT LICENSE AGREEMENT';
    // A filing's Reg. S-K 601(b)(10)(iv) legend, on one line or wrapped; Markdown front matter; an HTML comment.
    const legend = 'CERTAIN IDENTIFIED INFORMATION HAS BEEN EXCLUDED FROM THIS EXHIBIT BECAUSE IT IS BOTH (I) NOT MATERIAL AND (II) WOULD LIKELY CAUSE COMPETITIVE HARM IF PUBLICLY DISCLOSED. [***] INDICATES THAT INFORMATION HAS BEEN REDACTED.';
    const wrapped = 'Certain confidential portions of this exhibit, marked by [***], have\nbeen omitted because they are not material and would likely cause\ncompetitive harm if publicly disclosed.';
    for (const above of [`Exhibit 10.3\n\n${legend}`, `Exhibit 10.3\n\n${wrapped}`, '---\ntitle: Amendment No. 2\n---', '<!-- clausecheck-disable precision/vague-term -->']) {
      expect(isAmendment(`${above}\n\n${title}${body}`), above).toBe(true);
    }
    // An amendment of an amended and restated agreement amends; a restatement is whole.
    expect(isAmendment(`AMENDMENT NO. 2 TO AMENDED AND RESTATED PATENT LICENSE AGREEMENT${body}`)).toBe(true);
    expect(isAmendment(`${title}${body.replace('the Patent License', 'the Amended and Restated Patent License')}`)).toBe(true);
    expect(isAmendment(`FIRST AMENDMENT AND RESTATEMENT OF PATENT LICENSE AGREEMENT${body}`)).toBe(false);
    expect(isAmendment('SECOND AMENDED AND RESTATED PATENT LICENSE AGREEMENT\n\nThis Agreement, as amended by Amendment No. 1, is made ...')).toBe(false);
    // Near misses: a paragraph that is no legend stays the title; a legend does not make a later history line a title.
    expect(isAmendment(`PATENT CROSS-LICENSE AGREEMENT\n\nAMENDMENT NO. 3\n\n${legend}`)).toBe(false);
    expect(isAmendment(`${legend}\n\nPATENT CROSS-LICENSE AGREEMENT\n\nDocument history\nAmendment No. 3 dated 2 May 2026`)).toBe(false);
  });

  it('still reports a section beyond the last article and a schedule that is not attached', () => {
    const text = [
      '11. Confidentiality',
      '11.1 Each Party shall keep the Confidential Information of the other Party confidential, subject to the exceptions in Section 14.3.',
      '12. General',
      '12.1 The prices are set forth in Schedule C, and the remedies of this Article 12 are cumulative.',
    ].join('\n\n');
    expect(allRefs(text)).toEqual([
      ['Section 14.3', false],
      ['Schedule C', false],
      ['Article 12', true],
    ]);
  });
});

describe('references written with "§"', () => {
  // A US draft that cites its own sections with the section sign, and statutes the same way.
  const text = [
    '1. Licence',
    '1.1 Subject to § 2.1(a) and to §§ 2.2–2.4, Licensor grants to Licensee a non-exclusive licence under the Licensed Patents, as set out in §\u00a02 and § 9.',
    '2. Royalties',
    '2.1 Licensee shall pay the royalties on Net Sales, (a) quarterly and (b) in US dollars.',
    '2.2 The royalties of §2.1 are reduced as provided in § 1.1 above.',
  ].join('\n\n');

  it('resolves "§", "§§" ranges, items and a non-breaking space, and leaves a missing section dangling', () => {
    expect(allRefs(text)).toEqual([
      ['§ 2.1(a)', true],
      ['§ 2.2', true],
      ['§ 2.4', false],
      ['§ 2', true],
      ['§ 9', false],
      ['§ 2.1', true],
      ['§ 1.1', true],
    ]);
  });

  it('skips statute sections cited with "§", before or after the number, and the rest of their list', () => {
    const statutes = [
      '1. Compliance',
      '1.1 Each Party complies with 15 U.S.C. § 7, 42 U.S.C.§ 2(e) and 42 U.S. C. §1 a-7b(f), 35 USC §3(c)(3), 21CFR§4 and 21 C.F.R. §3.70 or §8.1, and waives Cal. Civ. Code § 1.5 and ERISA § 5.',
      '1.2 Nothing in § 1.1 of the Code, § 2 of the Bankruptcy Code or § 6 or § 7 of the Act limits § 1.1 of this Agreement.',
    ].join('\n\n');
    expect(allRefs(statutes)).toEqual([['§ 1.1', true]]);
  });

  it('does not read a "§" heading as a reference to itself', () => {
    const headed = 'II. Affiliate Program\n\n§ 3 Control Panel\n(1) The Affiliate may use the Control Panel.\n\n§ 4 Integration of the Link\n(1) The link set out in § 3 is integrated as provided in § 7.';
    expect(allRefs(headed)).toEqual([
      ['§ 3', true],
      ['§ 7', false],
    ]);
  });
});

describe('a reference that a hard wrap put at the start of a line', () => {
  const doc = (wrapped: string): string =>
    ['1. Disputes', '', `1.1 Disputes go to arbitration in Singapore. Any award may be enforced as set out${wrapped}`, '', '1.2 Notices are given in writing.', ''].join('\n');
  it('"... as set out in\\nSection 10.9." is a reference, and dangles', () => {
    const refs = [...factsOf(doc(' in\nSection 10.9.')).crossReferences.values()].flat();
    expect(refs.map((r) => [r.text, r.targetId])).toEqual([['Section 10.9', null]]);
  });
  it('near miss: "Section 1.3." alone on its line after a sentence end is a heading the tree kept inside the clause', () => {
    const refs = [...factsOf(doc('.\nSection 1.3.\nThe award binds the parties. See Section 1.3.')).crossReferences.values()].flat();
    expect(refs.map((r) => [r.text, r.targetId === null])).toEqual([['Section 1.3', false]]);
  });
});

describe("a list of the agreement's parts", () => {
  // As EDGAR exhibits list their attachments after the recitals, some of which were never filed.
  const parts = (gap: string, attachment3: boolean) => [
    'OUTSOURCING AGREEMENT',
    'This Agreement is made between Acme Corp. ("Acme") and Beta Inc. ("Beta").',
    'WHEREAS, Acme wishes to outsource the manufacture of its products to Beta.',
    'NOW THEREFORE, in consideration of the promises contained herein, Acme and Beta agree as follows:',
    'The Parties agree that this Agreement consists of:',
    `a)${gap}the Outsourcing Base Agreement`,
    `b)${gap}Attachment 1: Statement of Work`,
    `c)${gap}Attachment 3: Asset List`,
    'SECTION 1.0 ASSETS',
    `a)${gap}On the Effective Date, Beta shall purchase the assets listed in Attachment 3.`,
    'SECTION 2.0 TERM',
    `a)${gap}This Agreement ends on 31 December 2030.`,
    'ATTACHMENT 1',
    'Statement of Work. Beta shall manufacture the Products.',
    ...(attachment3 ? ['ATTACHMENT 3', 'Asset List. Two moulding presses.'] : []),
  ].join('\n\n');
  const found = (text: string): boolean[] => [...analyze(sourceFromText(text, 'agreement.txt')).facts.attributes.values()]
    .flatMap((a) => a.crossReferences).filter((r) => r.text === 'Attachment 3').map((r) => r.targetId !== null);

  it('an item that names an attachment is not the attachment: a reference to one the document lacks dangles', () => {
    for (const gap of [' ', '    ']) expect(found(parts(gap, false))).toEqual([false, false]);
  });
  it('near miss: the attachment itself is found', () => {
    expect(found(parts('    ', true))).toEqual([true, true]);
  });
});

describe('an amendment under a letterhead, and the terms it takes from the agreement it amends', () => {
  const body = 'This Amendment No. 2 amends the Development Agreement dated July 5, 2011 between Halvorsen Biochem Inc. ("Halvorsen") and Mireau Chemicals S.A. ("Mireau").\n\n1. Services\n\n1.1 Mireau shall perform the Work Plan through September 30, 2011, and the Term is extended by six months.';
  const letterhead = 'Halvorsen Biochem Inc.\n1200 Harbor Drive, Suite 400\nSan Jose, CA 95110\nTel. +1 408 555 0100';

  it('passes over a letterhead (a company, its address) above the title', () => {
    expect(isAmendment(`${letterhead}\n\nAMENDMENT NO. 2 TO DEVELOPMENT AGREEMENT\n\n${body}`)).toBe(true);
    expect(isAmendment(`Halvorsen Biochem Inc.\nwww.halvorsen.example\n\n# Second Amendment to Development Agreement\n\n${body}`)).toBe(true);
  });

  it('near misses: a title or a sentence above it is no letterhead', () => {
    expect(isAmendment(`DEVELOPMENT AGREEMENT\n\nAMENDMENT NO. 2\n\n${body}`)).toBe(false);
    expect(isAmendment(`Halvorsen Biochem Inc. and Mireau Chemicals S.A. agree as follows.\n\nAMENDMENT NO. 2\n\n${body}`)).toBe(false);
  });

  it('calls no term of an amendment undefined: it uses the definitions of the agreement it amends', () => {
    const undefinedIn = (text: string) => analyze(sourceFromText(text, 'amendment.txt')).facts.undefinedTerms.map((t) => t.term);
    expect(undefinedIn(`${letterhead}\n\nAMENDMENT NO. 2 TO DEVELOPMENT AGREEMENT\n\n${body}`)).toEqual([]);
    // near miss: the same words in a whole agreement leave 'Work Plan' undefined
    expect(undefinedIn(`DEVELOPMENT AGREEMENT\n\n${body.replace('This Amendment No. 2 amends the Development Agreement dated July 5, 2011', 'This Development Agreement is made on July 5, 2011')}`)).toContain('Work Plan');
  });
});

describe('references written "Art." (Swiss and continental drafting)', () => {
  it('resolves "Art. 7.2 lit. a" and "Art. 2", reports "Art. 16" as pointing to nothing, and skips a code\'s "Art. 100 CO"', () => {
    // Before: "Art." was no reference word, so "Art. 16" of an agreement with 14 articles was never checked.
    const text = [
      'Art. 2 Licence',
      '2.1 Alpha grants Beta a licence.',
      'Art. 7 Payment',
      '7.1 Beta shall pay the fee under Art. 2.',
      '7.2 Payments are due: a) in CHF; and b) within 30 days.',
      '7.3 Late payments under Art. 7.2 lit. a bear interest under Art. 104 CO; liability is limited as far as Art. 100 CO allows. Art. 16 applies.',
    ].join('\n\n');
    const refs = allRefs(text);
    expect(refs).toEqual(expect.arrayContaining([['Art. 2', true], ['Art. 7.2', true], ['Art. 16', false]]));
    // Near miss: the Code of Obligations' articles, named by its abbreviation, are no clauses of the agreement.
    expect(refs.map(([t]) => t).filter((t) => /10[04]/.test(t))).toEqual([]);
  });
});

describe('a schedule named in the singular before "to" and a number', () => {
  // Before: 'Schedule 2.7 to 15' (the page number run onto the sentence at the foot of the page, Aimmune 2.7) was read
  // as Schedules 2.7 to 15, and 'Schedule 15' was found dangling: an error on a page number.
  it('is that schedule alone: after the singular no range is written', () => {
    const refs = attributesOf('Xencor shall transfer the Know-How identified on Schedule 2.7 to 15').crossReferences.map((r) => r.text);
    expect(refs).toEqual(['Schedule 2.7']);
  });

  it('near miss: after the plural, "to" writes a range', () => {
    const refs = attributesOf('The prices are set out in Schedules 2 to 4.').crossReferences.map((r) => r.text);
    expect(refs).toEqual(['Schedule 2', 'Schedule 4']);
  });
});

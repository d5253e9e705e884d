// Text exported from a PDF with `pdftotext -layout`: a contents list with dot leaders, a running header whose cells a
// page-wide gap sets apart, and footnotes under a rule at the foot of a page. None of them is a clause of its own.
import { describe, expect, it } from 'vitest';
import { byNumber, outline, parentOf, tree } from './helpers.js';

const HEADER = 'ACME / BETA PATENT CROSS-LICENSE' + ' '.repeat(40) + 'CONFIDENTIAL';
const page = (n: number, lines: string[]) => [HEADER, '', ...lines, '', `Page ${n}${' '.repeat(60)}DMS-4127763v6`].join('\n');

describe('PDF text: contents, running header, footnotes', () => {
  const text = [
    page(1, [
      '                 PATENT CROSS-LICENSE AGREEMENT', '', '                    TABLE OF CONTENTS', '',
      '1.   DEFINITIONS ......................................................... 2',
      '2.   LICENSE GRANTS ...................................................... 2',
      '3.   TERM ................................................................ 3', '',
      'EXHIBIT A   ACME LICENSED PATENTS ........................................ 4',
      'EXHIBIT B   BETA LICENSED PATENTS ........................................ 4',
    ]),
    page(2, [
      '     This Patent Cross-License Agreement is made between Acme Inc. ("Acme") and Beta Corp. ("Beta").', '',
      '1.   DEFINITIONS', '',
      '     1.1  "Net Sales¹" means the gross amounts invoiced by Beta for Licensed Products, less',
      'returns and taxes.', '',
      '2.   LICENSE GRANTS', '',
      '     2.1  GRANT TO BETA. Acme grants to Beta a non-exclusive licence under the Acme Patents to make',
      '', '________________________', '¹ Net Sales include amounts invoiced to Affiliates for their own use.',
    ]),
    page(3, [
      'and sell Licensed Products.', '',
      '3.   TERM', '', '     3.1  This Agreement ends when the last Licensed Patent expires.',
    ]),
    page(4, ['                    EXHIBIT A', '                    ACME LICENSED PATENTS', '', 'US 10,884,152']),
  ].join('\n\f');
  const t = tree(text);

  it('reads the contents, its unnumbered entries too, as preamble text (the exhibit heading itself, no leader, stays one)', () => {
    expect(outline(t).filter((l) => !l.startsWith('2 clause -') && !l.startsWith('1 preamble'))).toEqual([
      '1 section 1 {DEFINITIONS}', '2 section 1.1', '1 section 2 {LICENSE GRANTS}', '2 section 2.1 {GRANT TO BETA}', '1 section 3 {TERM}', '2 section 3.1',
      '1 schedule EXHIBIT A {ACME LICENSED PATENTS}',
    ]);
    const preamble = t.children[0]!;
    expect(text.slice(preamble.start, preamble.end)).toContain('EXHIBIT B   BETA LICENSED PATENTS ....');
    expect(t.clauses.filter((c) => /^EXHIBIT [AB] .*\.{4}/.test(text.slice(c.start, c.end)))).toEqual([]);
  });

  it('keeps a running header set apart by a page-wide gap out of the clauses, and joins the sentence across the footnote', () => {
    expect(t.clauses.filter((c) => text.slice(c.start, c.end).startsWith('ACME / BETA'))).toEqual([]);
    const s21 = t.clauses.find((c) => c.number === '2.1')!;
    expect(text.slice(s21.start, s21.end)).toMatch(/to make\n[\s\S]*¹ Net Sales include[\s\S]*\nand sell Licensed Products\.$/);
    expect(s21.children).toEqual([]);
  });
});

describe('PDF text: a running header run onto the first line of a page', () => {
  // The header's cells, closer together on one page, and the page's first clause after them on the same line: the
  // header became the heading of 1.3 ('1.3 CONFIDENTIAL EXECUTION COPY', tagged confidentiality and signature).
  const HEAD = 'CONFIDENTIAL' + ' '.repeat(44) + 'EXECUTION COPY';
  const text = [
    [HEAD, '', 'PATENT CROSS-LICENSE AGREEMENT', '', 'This Patent Cross-License Agreement is made between Acme Inc. ("Acme") and Beta Corp. ("Beta").', '',
      '1.   DEFINITIONS', '', '     1.1  "Affiliate" means an entity that controls a party.', '', '     1.2  "Field" means semiconductor devices.'],
    ['CONFIDENTIAL   EXECUTION COPY   1.3  "Licensed Product" means a product in the Field that is covered by a claim',
      'of a Licensed Patent.', '', '     1.4  "Licensed Patent" means a patent of a party.', '',
      '2.   TERMINATION', '', 'TERMINATION FOR CAUSE   2.1  Either party may end this Agreement if the other is in breach.'],
    [HEAD, '', '     2.2  Sections 1 and 2 survive the end of this Agreement.'],
    [HEAD, '', '3.   TERM', '', '     3.1  This Agreement ends when the last Licensed Patent expires.'],
  ].map((lines, n) => [...lines, '', `Page ${n + 1}`].join('\n')).join('\n\f');
  const t = tree(text);

  it('takes the header off and keeps the number of the clause after it', () => {
    const s13 = byNumber(t, '1.3');
    expect(s13.heading).toBeNull();
    expect(text.slice(s13.start, s13.end)).toMatch(/^1\.3 {2}"Licensed Product" means[\s\S]*Licensed Patent\.$/);
    expect(t.clauses.filter((c) => /^CONFIDENTIAL/.test(text.slice(c.start, c.end)))).toEqual([]);
  });

  it('leaves a heading run onto its clause\'s line that is no running header', () => {
    expect(t.clauses.filter((c) => c.heading === 'TERMINATION FOR CAUSE')).toHaveLength(1);
    expect(byNumber(t, '2.1').heading).toBeNull();
  });
});

describe('PDF text: a running header run onto a page\'s first line before words', () => {
  // The header's cells and the page's first heading on one line, set apart by gaps (scanBlocks splits before a number
  // only): 'CLAUSE 4 ROYALTY REPORTS' was read as words of 3.1 ('... expires. Page 3 ACME / BETA ... CONFIDENTIAL
  // CLAUSE 4 ROYALTY REPORTS'), 4.1 and 4.2 fell under Clause 3, and Clause 5 out of sequence was lost too.
  const HEAD = 'ACME / BETA PATENT CROSS-LICENSE' + ' '.repeat(40) + 'CONFIDENTIAL';
  const pages = (glued: string[][]) => glued.map((lines, n) => [...lines, '', `Page ${n + 1}`].join('\n')).join('\n\f');
  const body = (p4: string) => [
    [HEAD, '', 'PATENT CROSS-LICENSE AGREEMENT', '', 'This Patent Cross-License Agreement is made between Acme Inc. ("Acme") and Beta Corp. ("Beta").', '',
      'CLAUSE 1 DEFINITIONS', '', '1.1  "Net Sales" means the gross amounts invoiced by Beta for Licensed Products.', '',
      'CLAUSE 2 LICENSE GRANTS', '', '2.1  Acme grants to Beta a non-exclusive licence under the Acme Patents to make'],
    [`${HEAD}   and sell Licensed Products in the Territory.`, '', '2.2  Beta grants to Acme a licence under the Beta Patents.'],
    [HEAD, '', 'CLAUSE 3 TERM', '', '3.1  This Agreement ends when the last Licensed Patent expires.'],
    [p4, '', '4.1  Beta shall report each quarter.', '', '4.2  Reports are made in writing.'],
    [HEAD, '', 'CLAUSE 5 NOTICES', '', '5.1  Notices are given in writing.'],
  ];

  it('takes the header off and keeps the heading after it', () => {
    const text = pages(body(`${HEAD}   CLAUSE 4 ROYALTY REPORTS`));
    const t = tree(text);
    expect(outline(t).filter((l) => / CLAUSE /.test(l))).toEqual(['1 article CLAUSE 1 {DEFINITIONS}', '1 article CLAUSE 2 {LICENSE GRANTS}',
      '1 article CLAUSE 3 {TERM}', '1 article CLAUSE 4 {ROYALTY REPORTS}', '1 article CLAUSE 5 {NOTICES}']);
    expect(parentOf(t, byNumber(t, '4.1'))?.number).toBe('CLAUSE 4');
    const s31 = byNumber(t, '3.1');
    expect(text.slice(s31.start, s31.end)).not.toContain('ROYALTY');
    // the sentence the page broke reads on after the header, in 2.1
    const s21 = byNumber(t, '2.1');
    expect(text.slice(s21.start, s21.end)).toMatch(/to make\n[\s\S]*and sell Licensed Products in the Territory\.$/);
  });

  it('keeps a line that opens with the header\'s words where no page begins, or that no page repeats (near misses)', () => {
    // The same words at the start of a line in the middle of a page are the text's: 4.2's paragraph keeps them.
    const mid = body('CLAUSE 4 ROYALTY REPORTS').map((lines, n) => (n === 3 ? [...lines, '', `${HEAD}   as printed on each report.`] : lines));
    const t = tree(pages(mid));
    const s42 = byNumber(t, '4.2');
    expect(pages(mid).slice(s42.start, s42.end)).toContain('CONFIDENTIAL   as printed on each report.');
    // A header alone on two pages only is no running header: its cells stay with the heading.
    const twice = body(`${HEAD}   CLAUSE 4 ROYALTY REPORTS`).map((lines, n) => (n === 4 ? lines.slice(2) : lines));
    expect(outline(tree(pages(twice))).filter((l) => / CLAUSE 4/.test(l))).toEqual([]);
  });
});

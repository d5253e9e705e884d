// Footnotes at the foot of a PDF's pages (a rule of underscores, then notes that open with a superscript mark) are set
// where the page ends, inside whatever clause runs across it. The analysis blanks them in place: no rule reads a note
// as the words of that clause, and every position stays the text's own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { checkDocument } from '../../src/check.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { blankFootnotes } from '../../src/ingest/page-furniture.js';
import { loadBuiltinPacks } from '../../src/rules/index.js';

const HEADER = 'ACME / BETA PATENT CROSS-LICENSE' + ' '.repeat(40) + 'CONFIDENTIAL';
const page = (n: number, lines: string[]) => [HEADER, '', ...lines, '', `Page ${n}${' '.repeat(60)}DMS-4127763v6`].join('\n');
const NOTES = ['________________________', '¹ Net Sales include amounts invoiced to Affiliates, on which the royalty under Section 4',
  '  is also due.', '', '² Beta may deliver the reports through the data room kept by counsel.'];
const text = [
  page(1, ['                 PATENT CROSS-LICENSE AGREEMENT', '',
    '     This Patent Cross-License Agreement is made between Acme Inc. ("Acme") and Beta Corp. ("Beta").', '',
    '1.   DEFINITIONS', '', '     1.1  "Net Sales¹" means the gross amounts invoiced by Beta for Licensed Products, less', 'returns and taxes.', '',
    '2.   LICENSE GRANTS', '', '     2.1  GRANT TO BETA. Acme grants to Beta a non-exclusive licence under the Acme Patents to make', '', ...NOTES]),
  page(2, ['and sell Licensed Products.', '', '3.   TERM', '', '     3.1  This Agreement ends when the last Licensed Patent expires.',
    '', '4.   ROYALTIES', '', '     4.1  Beta shall pay Acme a royalty of 2% of Net Sales, with a report² each quarter.']),
].join('\n\f');

describe('PDF text: footnotes at the foot of a page', () => {
  it('are no words of the clause that runs across the page', async () => {
    // Before: 2.1 (a grant) was tagged royalty from the note, its findings quoted '________ ¹ Net Sales include ...'
    // as its words, and the note's 'may deliver' was a permission of Section 2.1.
    const a = analyze(sourceFromText(text, 'a.txt', 'text'));
    const s21 = a.tree.clauses.find((c) => c.number === '2.1')!;
    expect(a.tags.get(s21.id)?.map((t) => t.type)).toEqual(['license-grant']);
    expect(a.source.text.length).toBe(text.length);
    expect(a.source.text.slice(s21.start, s21.end).replace(/\s+/g, ' ')).not.toMatch(/Net Sales include|data room|___/);
    const report = await checkDocument(sourceFromText(text, 'a.txt', 'text'), loadBuiltinPacks());
    const on21 = report.findings.filter((f) => f.clauseNumber === '2.1');
    expect(on21.length).toBeGreaterThan(0);
    for (const f of on21) expect(f.evidence ?? '').not.toMatch(/Net Sales include|___/);
    // positions are the text's: the clause's words where they stand
    const grant = on21.find((f) => (f.evidence ?? '').startsWith('Acme grants'))!;
    expect(text.slice(grant.start, grant.start + 11)).toBe('Acme grants');
  });

  it('blanks the rule and the notes only, up to the page footer, keeping lines and form feeds', () => {
    const blanked = blankFootnotes(text)!;
    expect(blanked.runs).toBe(1);
    expect(blanked.text.length).toBe(text.length);
    expect(blanked.text.split('\n').length).toBe(text.split('\n').length);
    expect(blanked.text).not.toMatch(/___|Net Sales include|data room/);
    expect(blanked.text).toContain('Page 1');
    expect(blanked.text).toContain('with a report² each quarter.');
  });

  it('leaves a fill-in line of underscores, and a rule before text with no note mark (near misses)', () => {
    const form = '5.   NOTICES\n\n     5.1  Notices to Beta go to:\n\n____________________________\nAttention: General Counsel\n\n' +
      '____________________________\n\n3 The third copy goes to the escrow agent.\n';
    expect(blankFootnotes(form)).toBeNull();
    expect(blankFootnotes('No rule here.¹\n')).toBeNull();
  });

  it('end at the first line that is no note: a text without blank lines goes on into the next section', () => {
    // Before: the notes ran to the next blank line or form feed, and this text has neither: ROYALTIES, TERM and
    // GOVERNING LAW were blanked (no clause, no finding), the rest of the agreement read as a footnote.
    const lines = ['PATENT CROSS-LICENSE AGREEMENT', 'This Agreement is made between Alpha Inc. ("Alpha") and Beta Corp. ("Beta").',
      '1. LICENSE GRANTS', '1.1 Alpha grants Beta a non-exclusive license to make and sell Licensed Products.¹', '______________',
      '¹ Net Sales include sales to Affiliates and', 'sublicensees of Beta.', '² Reports may be delivered by e-mail.', '2. ROYALTIES',
      '2.1 Beta shall pay Alpha a royalty of five percent (5%) of Net Sales, payable quarterly.', '3. GOVERNING LAW',
      '3.1 This Agreement is governed by the laws of the State of New York.', ''];
    const plain = lines.join('\n');
    const blanked = blankFootnotes(plain)!;
    expect(blanked.text.length).toBe(plain.length);
    expect(blanked.text).not.toMatch(/___|Net Sales include|sublicensees of Beta|e-mail/);
    expect(blanked.text).toContain('2. ROYALTIES\n2.1 Beta shall pay Alpha a royalty');
    expect(blanked.text).toContain('3.1 This Agreement is governed');
    const a = analyze(sourceFromText(plain, 'plain.txt', 'text'));
    expect(a.tree.clauses.map((c) => c.number).filter((n) => n !== null)).toEqual(['1', '1.1', '2', '2.1', '3', '3.1']);
    // The same with CRLF line ends.
    expect(blankFootnotes(lines.join('\r\n'))!.text).toBe(blanked.text.replace(/\n/g, '\r\n'));
  });
});

// HTML exported by LibreOffice Writer: lists without a type are decimal at every depth (Writer writes a type only for
// letters and roman numerals), a list reopened below another after a paragraph or table broke it comes as a bare
// '<ol><ol start="3">' (no item in the outer list), and footnote marks are '<a class="sdfootnoteanc"><sup>1</sup></a>'
// in the text and '<a class="sdfootnotesym">1</a>' before the note.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.js';

const enc = (s: string) => new TextEncoder().encode(s);
const LIBREOFFICE = '<head><meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"/></head>';
const text = async (head: string, body: string) => (await ingestFile('a.html', enc(`<!DOCTYPE html><html>${head}<body lang="en-GB">${body}</body></html>`))).text;

describe('LibreOffice HTML', () => {
  const body =
    '<ol><li><h1 class="western">PAYMENTS</h1><ol><li><p class="western">The Licensee shall pay a licence fee.</p></li>' +
    '<li><p class="western">The Licensee shall pay a royalty at these rates:</p></li></ol></li></ol>' +
    '<table><tr><td><p>Up to £5,000,000</p></td><td><p>5%</p></td></tr></table>' +
    '<ol><ol start="3"><li><p class="western">Royalties are paid quarterly under clause 1.2.</p><ol type="a"><li><p>in sterling; and</p></li></ol></li></ol></ol>' +
    '<ol start="2"><li><h1 class="western">TERM</h1></li></ol>';

  it('reads untyped nested lists as clause numbers, and a bare nested list as continuing the last clause', async () => {
    expect(await text(LIBREOFFICE, body)).toBe(
      '1. PAYMENTS\n\n1.1 The Licensee shall pay a licence fee.\n\n1.2 The Licensee shall pay a royalty at these rates:\n\nUp to £5,000,000\t5%\n\n' +
        '1.3 Royalties are paid quarterly under clause 1.2.\n\na. in sterling; and\n\n2. TERM\n',
    );
  });

  it('near miss: without the generator (nor a citation of clause 1.2: html-unmarked-lists), an untyped nested list keeps the legal-style letters', async () => {
    const got = await text('<head><title>x</title></head>', body.replace('under clause 1.2', 'under this clause'));
    expect(got).toContain('(a) The Licensee shall pay a licence fee.');
    // the bare nested list is read, not dropped (it was, before: its item's words were lost)
    expect(got).toContain('Royalties are paid quarterly under this clause.');
  });

  it('reads footnote marks as superscripts, so that "Schedule 1" and its note mark stay apart', async () => {
    const got = await text(
      LIBREOFFICE,
      '<p class="western">“Licensed Patents” means the patents listed in Schedule 1<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a>.</p>' +
        '<div id="sdfootnote1"><p class="sdfootnote-western"><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">1</a>EP 3 612 004 is under opposition.</p></div>',
    );
    expect(got).toBe('“Licensed Patents” means the patents listed in Schedule 1¹.\n\n¹ EP 3 612 004 is under opposition.\n');
  });

  it('near miss: a superscript that is no note mark, and a link whose text is a word, are kept as written', async () => {
    const got = await text(LIBREOFFICE, '<p>Dated the 2<sup>nd</sup> day of October, see <a href="#s2">Schedule 2</a>.</p>');
    expect(got).toBe('Dated the 2nd day of October, see Schedule 2.\n');
  });
});

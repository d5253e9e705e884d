import { describe, expect, it } from 'vitest';
import { buildClauseTree } from '../../src/clauses/index.js';
import { ingest, ingestFile } from '../../src/ingest/index.js';
import { problem } from '../helpers/problem.js';

const enc = (s: string) => new TextEncoder().encode(s);
const agreement = 'LICENSE AGREEMENT\r\n\r\n1. Grant. Licensor grants Licensee a licence.\r\n';

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}


describe('ingest: text decoding', () => {
  it('decodes UTF-8 without and with BOM, keeping CRLF as is', () => {
    const plain = ingest('a.txt', enc(agreement));
    expect(plain).toMatchObject({ format: 'text', text: agreement });
    const bom = ingest('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...enc(agreement)]));
    expect(bom.text).toBe(agreement);
    expect(bom.sha256).not.toBe(plain.sha256); // the hash is of the raw bytes
  });

  it('removes only the BOM: a U+FEFF after it is text', () => {
    expect(ingest('a.txt', enc('\ufeff\ufeffX')).text).toBe('\ufeffX');
    expect(ingest('a.txt', utf16('\ufeffY', false)).text).toBe('\ufeffY');
  });

  it('keeps lone CR line ends', () => {
    expect(ingest('a.md', enc('# A\r\rText\r')).text).toBe('# A\r\rText\r');
  });

  it('decodes UTF-16 LE and BE with BOM', () => {
    const text = 'Grant \u201cLicensed Patents\u201d \u2014 \u00a7 2.1\n';
    expect(ingest('a.txt', utf16(text, false)).text).toBe(text);
    expect(ingest('a.txt', utf16(text, true)).text).toBe(text);
  });

  it('falls back to Windows-1252 only when the bytes look like it', () => {
    // 0x93/0x94 are curly quotes and 0xA7 the section sign in Windows-1252; invalid as UTF-8
    const cp = new Uint8Array([...enc('See '), 0xa7, ...enc(' 2 for the '), 0x93, ...enc('Patents'), 0x94, ...enc('.\n')]);
    expect(ingest('a.txt', cp).text).toBe('See \u00a7 2 for the \u201cPatents\u201d.\n');
    // 0x81 is undefined in Windows-1252: not text in any encoding we accept
    const junk = new Uint8Array([...enc('abc '), 0x81, 0xc3, 0x28]);
    expect(problem(() => ingest('a.txt', junk)).code).toBe('input-unsupported');
  });

  it('accepts an empty file as an empty document', () => {
    expect(ingest('empty.md', new Uint8Array(0))).toMatchObject({ text: '', format: 'markdown' });
  });

  it('refuses binary content under a text name', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const e = problem(() => ingest('contract.md', png));
    expect(e.code).toBe('input-unsupported');
    expect(e.render()).toMatch(/^contract\.md: binary content \(PNG image\)/);
    expect(problem(() => ingest('c.txt', new Uint8Array([0x41, 0x00, 0x42]))).message).toMatch(/NUL/);
  });

  it('refuses an RTF document, whatever its name, as no supported format (before: checked as text, control words and all)', () => {
    const rtf = enc('{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 PATENT CROSS-LICENSE AGREEMENT\\par This Agreement is made between Alpha Ltd and Beta Inc.\\par}');
    for (const name of ['deal.rtf', 'deal.txt', 'deal.md']) {
      const e = problem(() => ingest(name, rtf));
      expect(e.code).toBe('input-unsupported');
      expect(e.render()).toBe(`${name}: an RTF document, not a supported format (save it as .docx or .txt)`);
    }
    // Near miss: text that speaks of RTF, or opens with a brace, is text.
    expect(ingest('notes.txt', enc('{Draft} The parties exchanged the draft as an RTF file ({\\rtf1 export).')).text).toMatch(/^\{Draft\}/);
  });

  it('refuses inputs over a caller-set size limit before decoding them', async () => {
    const big = new Uint8Array(2_500_000).fill(0x61);
    const e = problem(() => ingest('huge.md', big, undefined, { maxBytes: 2_000_000 }));
    expect(e.code).toBe('input-too-large');
    // Worded as the CLI words it (MB of 1,048,576 bytes; bytes below a tenth of one), without the CLI's --max-bytes hint.
    expect(e.render()).toBe('huge.md: 2.4 MB (2500000 bytes) is over the 1.9 MB input limit');
    expect(problem(() => ingest('short.md', new Uint8Array(3000).fill(0x61), undefined, { maxBytes: 1000 })).render()).toBe('short.md: 3,000 bytes is over the 1,000-byte input limit');
    expect(ingest('huge.md', big).text.length).toBe(2_500_000); // no limit unless asked: the CLI has its own
    await expect(ingestFile('big.docx', big, undefined, { maxBytes: 1000 })).rejects.toMatchObject({ code: 'input-too-large' });
  });

  it('sends Word and HTML to the asynchronous reader', () => {
    expect(problem(() => ingest('a.docx', new Uint8Array([1]))).code).toBe('input-unsupported');
  });
});

describe('ingestFile: HTML', () => {
  it('extracts one paragraph per block with list numbers and table rows', async () => {
    const html = `<!doctype html><html><head><title>x</title><style>p{}</style></head><body>
      <h1>PATENT LICENSE AGREEMENT</h1>
      <p>This Agreement is made between <b>Alpha Inc.</b> and Beta LLC.</p>
      <h2>1. Definitions</h2>
      <p>1.1 "Patents" means the patents in Schedule A.</p>
      <h2>2. Grant</h2>
      <p>2.1 Licence. Alpha grants Beta a licence to:</p>
      <ol><li>make products;</li><li>sell products; and<ol><li>import them.</li></ol></li></ol>
      <table><tr><th>Patent</th><th>Title</th></tr><tr><td>US 1</td><td>Coil</td></tr></table>
      </body></html>`;
    const src = await ingestFile('a.html', enc(html));
    expect(src.format).toBe('html');
    expect(src.text).toBe([
      'PATENT LICENSE AGREEMENT',
      'This Agreement is made between Alpha Inc. and Beta LLC.',
      '1. Definitions',
      '1.1 "Patents" means the patents in Schedule A.',
      '2. Grant',
      '2.1 Licence. Alpha grants Beta a licence to:',
      '1. make products;',
      '2. sell products; and',
      '(a) import them.',
      'Patent\tTitle',
      'US 1\tCoil',
    ].join('\n\n') + '\n');
  });

  it('keeps line breaks (<br>) as lines, source newlines as spaces, and table cells on one line', async () => {
    const html = '<h1>LICENCE AGREEMENT</h1><p>Made between A Inc. and B LLC, who agree as follows:</p><p>1. Licence. A grants B a licence to:<br>(a) make; and<br/>\n(b) sell.</p>' +
      '<p>By: /s/ Ann Lee\n  Director</p><table><tr><td>US 1<br>US 2</td><td>Coil</td></tr></table>';
    const src = await ingestFile('a.html', enc(html));
    expect(src.text).toBe('LICENCE AGREEMENT\n\nMade between A Inc. and B LLC, who agree as follows:\n\n1. Licence. A grants B a licence to:\n(a) make; and\n(b) sell.\n\nBy: /s/ Ann Lee Director\n\nUS 1 US 2\tCoil\n');
    const tree = buildClauseTree(src);
    expect(tree.clauses.filter((c) => c.number !== null).map((c) => c.number)).toEqual(['1', '(a)', '(b)']);
  });

  it('numbers a decimal list nested in a numbered item as its subdivision (2.1, 2.1.1), honouring type, style and start', async () => {
    // pandoc / LibreOffice / an editor's paste of Word's multi-level '1.1' list: no numbers in the text, the
    // levels as nested <ol type="1">. Read as '1.' the sub-clauses were second clauses 1 and 2 (failed before). The
    // untyped list under Term is '3.1' too: the agreement cites its sub-clauses by decimals ('Section 1.2').
    const html = '<p><b>SOFTWARE CROSS-LICENSE AGREEMENT</b></p><ol type="1">' +
      '<li><p><b>Definitions</b></p><ol type="1"><li><p>"Code" means the code.</p></li><li><p>"Marks" means:</p><ol type="a"><li>logos; and</li><li>names.</li></ol></li></ol></li>' +
      '<li><p><b>Licences</b></p><ol style="list-style-type: decimal"><li><p>A grants B a licence under Section 1.2.</p><ol type="1" start="1"><li>deep</li></ol></li></ol></li></ol>' +
      '<ol start="3"><li><p><b>Term</b></p><ol><li>Five years.</li></ol></li></ol>';
    const src = await ingestFile('a.html', enc(html));
    expect(src.text.split('\n\n').filter((l) => /^[\d(a-z]/.test(l)).map((l) => l.split(' ')[0])).toEqual(['1.', '1.1', '1.2', 'a.', 'b.', '2.', '2.1', '2.1.1', '3.', '3.1']);
    const tree = buildClauseTree(src);
    expect(tree.clauses.filter((c) => c.number !== null).map((c) => `${c.depth} ${c.number}`)).toEqual(['1 1', '2 1.1', '2 1.2', '3 a', '3 b', '1 2', '2 2.1', '3 2.1.1', '1 3', '2 3.1']);
  });

  it("numbers Google Docs' flat multi-level lists from their lst-kix classes and the stylesheet's counters", async () => {
    // Google Docs exports each level as a flat <ol class="lst-kix_<list>-<level>" start="k"> and draws '1.1' with CSS
    // counters; read as plain lists the sub-clauses were second clauses '1.', '2.' (failed before).
    const css = '<style>.lst-kix_list_1-0>li:before{content:"" counter(lst-ctn-kix_list_1-0,decimal) ". "}' +
      '.lst-kix_list_1-1>li:before{content:"" counter(lst-ctn-kix_list_1-0,decimal) "." counter(lst-ctn-kix_list_1-1,decimal) " "}' +
      '.lst-kix_list_1-2>li:before{content:"(" counter(lst-ctn-kix_list_1-2,lower-latin) ") "}</style>';
    const body = '<ol class="c5 lst-kix_list_1-0 start" start="1"><li><span>Definitions</span></li></ol>' +
      '<ol class="c5 lst-kix_list_1-1 start" start="1"><li><span>"Code" means the code.</span></li><li><span>"Marks" means:</span></li></ol>' +
      '<ol class="c5 lst-kix_list_1-2 start" start="1"><li>logos; and</li><li>names.</li></ol>' +
      '<ol class="c5 lst-kix_list_1-0" start="2"><li><span>Licences</span></li></ol>' +
      '<ol class="c5 lst-kix_list_1-1 start" start="1"><li><span>A grants B a licence. See Section 1.2(b).</span></li></ol>';
    const src = await ingestFile('a.html', enc(`<html><head>${css}</head><body>${body}</body></html>`));
    expect(src.text.split('\n\n').map((l) => l.split(' ')[0])).toEqual(['1.', '1.1', '1.2', '(a)', '(b)', '2.', '2.1']);
    // Without the stylesheet: each level's legal default; a list without the class keeps the browser's numbers.
    const bare = await ingestFile('a.html', enc(`<html><body>${body}<ol class="c7" start="4"><li>other</li></ol></body></html>`));
    expect(bare.text.split('\n\n').map((l) => l.split(' ')[0])).toEqual(['1.', '(a)', '(b)', '(i)', '(ii)', '2.', '(a)', '4.']);
  });

  it('keeps a top-level or lettered nested list as the browser numbers it (near miss)', async () => {
    const html = '<p>2.1 Licence. A grants B a licence to:</p><ol><li>make; and<ol type="a"><li>import.</li></ol><ol type="i"><li>export.</li></ol></li><li>sell.</li></ol>';
    const src = await ingestFile('a.html', enc(html));
    expect(src.text).toBe('2.1 Licence. A grants B a licence to:\n\n1. make; and\n\na. import.\n\ni. export.\n\n2. sell.\n');
  });

  it('leaves out what a browser does not show: deleted redline text, hidden elements and display:none', async () => {
    // A contract-management export keeps the negotiation's <del>/<ins> and a drafting note hidden by style; read as
    // text, 'thirty (45) days' and the note's '____' were judged as the agreement's words (failed before).
    const html = '<style>.ntd{display:none} @media print {.screen-only{display:none}}</style>' +
      '<p>4.3 Reports are due within <del>thirty (45) days</del><ins>forty-five (45) days</ins> after each quarter.</p>' +
      '<div style="display: none"><p>[Drafting note: confirm ____ before signature.]</p></div>' +
      '<p hidden>[Internal: pricing approval pending]</p><p class="ntd">[NTD: check with tax]</p>' +
      '<p class="screen-only">4.4 Payments are made in euros.</p><p style="display:block">4.5 <u>Old</u> text stays.</p>';
    const src = await ingestFile('a.html', enc(html));
    expect(src.text).toBe('4.3 Reports are due within forty-five (45) days after each quarter.\n\n4.4 Payments are made in euros.\n\n4.5 Old text stays.\n');
  });

  it('draws the numbers that CSS counters put before headings and paragraphs', async () => {
    // A clause-library block numbered by counter-reset / counter-increment and ::before: the numbers are in no text,
    // so 'Section 7.1' dangled and the paragraphs were read as unnumbered text of the previous clause (failed before).
    const css = '<style>body{counter-reset: sec 6} .lib h2{counter-increment: sec; counter-reset: sub}' +
      ' .lib h2::before{content: counter(sec) ". "} .lib > p.sub{counter-increment: sub}' +
      ' .lib > p.sub::before{content: counter(sec) "." counter(sub, lower-alpha) " "} p.note::before{content: "\\2022 "}</style>';
    const html = `${css}<section class="lib"><h2>Confidentiality</h2><p class="sub">Each party keeps it secret.</p>` +
      '<p class="sub">Section 7.a does not apply to public information.</p><p class="note">A note.</p></section>' +
      '<section class="lib"><h2>Notices</h2><p class="sub">In writing.</p></section>';
    const src = await ingestFile('a.html', enc(html));
    expect(src.text).toBe('7. Confidentiality\n\n7.a Each party keeps it secret.\n\n7.b Section 7.a does not apply to public information.\n\nA note.\n\n8. Notices\n\n8.a In writing.\n');
  });

  it('numbers list items by the counters their stylesheet draws (counters(item, ".") in place of the marker)', async () => {
    // A common legal stylesheet: each <ol> resets 'item', each <li> increments it and draws counters(item, ".");
    // read by the list markers the nested items were '(a)', '(b)', not 1.1 and 1.2 (failed before).
    const css = '<style>ol.legal{list-style:none;counter-reset:item} ol.legal>li{counter-increment:item} ol.legal>li::before{content:counters(item, ".") ". "}</style>';
    const html = `${css}<ol class="legal"><li>Definitions<ol class="legal"><li>"Code" means the code.</li><li>"Marks" means marks.</li></ol></li>` +
      '<li>Licence<ol class="legal"><li>A grants B a licence under Section 1.2.</li></ol></li></ol><ol><li>plain</li></ol>';
    const src = await ingestFile('a.html', enc(html));
    expect(src.text.split('\n\n').map((l) => l.split(' ')[0])).toEqual(['1.', '1.1.', '1.2.', '2.', '2.1.', '1.']);
    const tree = buildClauseTree(src);
    expect(tree.clauses.filter((c) => c.number !== null).map((c) => c.number?.replace(/\.$/, ''))).toEqual(['1', '1.1', '1.2', '2', '2.1', '1']);
  });

  it('reads a definition list term and description as one definition, and a description with blocks apart (near miss)', async () => {
    const html = '<p>1.1 In this Agreement:</p><dl><dt>"Field"</dt><dd>means medical imaging software.</dd>' +
      '<div><dt>"Term"</dt><dd>has the meaning in Section 10.1.</dd></div><dt>"Products"</dt><dd><p>means:</p><ol type="a"><li>software; and</li></ol></dd></dl>';
    const src = await ingestFile('a.html', enc(html));
    expect(src.text).toBe('1.1 In this Agreement:\n\n"Field" means medical imaging software.\n\n"Term" has the meaning in Section 10.1.\n\n"Products"\n\nmeans:\n\na. software; and\n');
  });

  it('gives the clause tree of the extracted text', async () => {
    const html = '<h1>LICENSE</h1><p>Made between A Inc. and B LLC.</p><h2>ARTICLE I</h2><h2>GRANT</h2>' +
      '<p>Section 1.1 Licence. A grants B a licence to:</p><ol type="a"><li>make; and</li><li>sell.</li></ol>' +
      '<p>Section 1.2 Term. Five years.</p><p>IN WITNESS WHEREOF the parties sign.</p>';
    const src = await ingestFile('a.htm', enc(html));
    const tree = buildClauseTree(src);
    const numbered = tree.clauses.filter((c) => c.number !== null).map((c) => `${c.depth} ${c.number}${c.heading ? ` {${c.heading}}` : ''}`);
    expect(numbered).toEqual(['1 ARTICLE I {GRANT}', '2 Section 1.1 {Licence}', '3 a', '3 b', '2 Section 1.2 {Term}']);
    expect(src.text.slice(tree.clauses.find((c) => c.number === 'b')!.start, tree.clauses.find((c) => c.number === 'b')!.end)).toBe('b. sell.');
  });
});

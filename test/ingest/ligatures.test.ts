// A PDF's typographic ligatures ('ﬁ', 'ﬂ', 'ﬀ', 'ﬃ', 'ﬄ') read as their letters, and reported at the file's positions.
import { describe, expect, it } from 'vitest';
import { checkDocument, tag } from '../../src/check.js';
import { ingest, ingestFile, sourceFromText } from '../../src/ingest/index.js';
import { readLigatures, readSoftHyphens, toFileOffset } from '../../src/ingest/ligatures.js';
import { loadBuiltinPacks } from '../../src/rules/index.js';

const PLAIN = `PATENT CROSS-LICENSE AGREEMENT

This Patent Cross-License Agreement (the "Agreement") is made as of the Effective Date between Orrin Photonics, Inc. ("Orrin") and Tessaly Optical GmbH ("Tessaly").

1. DEFINITIONS

1.1 "Affiliate" means any entity that controls, is controlled by or is under common control with a party.

1.2 "Effective Date" means 1 March 2026.

1.3 "Field" means optical transceivers and the firmware that runs on them.

1.4 "Licensed Patents" means all patents that a party or its Affiliates own or control during the term of this Agreement.

2. LICENSES

2.1 Each party grants to the other party and its Affiliates a non-exclusive, royalty-free license under its Licensed Patents to make, use and sell products in the Field.

3. CONFIDENTIALITY

3.1 Each party shall keep the terms of this Agreement confidential and shall use them only to perform this Agreement.

4. TERM

4.1 This Agreement begins on the Effective Date and continues until the last of the Licensed Patents expires.
`;

/** The text as a PDF's extraction leaves it: every ffi, ffl, fi, fl and ff one character. */
const ligatured = (s: string): string => s.replace(/ffi/g, '\uFB03').replace(/ffl/g, '\uFB04').replace(/fi/g, '\uFB01').replace(/fl/g, '\uFB02').replace(/ff/g, '\uFB00');
/** And back: what the file's span says, read as letters. */
const letters = (s: string): string => readLigatures(s).text;

const LIGATURED = ligatured(PLAIN);
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const packs = loadBuiltinPacks();

describe('ligatures read as letters', () => {
  it('the agreement has ligatures where the plain one has letters', () => {
    for (const word of ['conﬁdential', 'Aﬃliate', 'Eﬀective Date', 'ﬁrmware']) expect(LIGATURED).toContain(word);
    expect(LIGATURED.length).toBeLessThan(PLAIN.length);
  });

  it('finds what the plain text finds, at the same lines, and each finding and clause points at its own words in the file', async () => {
    const plain = await checkDocument(ingest('plain.txt', bytes(PLAIN)), packs);
    const read = await checkDocument(ingest('pdf.txt', bytes(LIGATURED)), packs);
    // before: 'Aﬃliate' and 'Eﬀective Date' were defined but never used (the uses read 'Aﬃliates', 'the Eﬀective Date')
    expect(read.findings.map((f) => [f.ruleId, f.line, f.message])).toEqual(plain.findings.map((f) => [f.ruleId, f.line, f.message]));
    expect(read.findings.filter((f) => /[\uFB00-\uFB06]/.test(f.message))).toEqual([]);
    const lines = LIGATURED.split('\n');
    read.findings.forEach((f, i) => {
      const p = plain.findings[i]!;
      expect(letters(LIGATURED.slice(f.start, f.end))).toBe(PLAIN.slice(p.start, p.end));
      expect(letters(lines[f.line - 1]!.slice(0, f.column - 1))).toBe(PLAIN.split('\n')[p.line - 1]!.slice(0, p.column - 1));
    });
    read.clauses.forEach((c, i) => {
      expect(letters(LIGATURED.slice(c.start, c.end))).toBe(PLAIN.slice(plain.clauses[i]!.start, plain.clauses[i]!.end));
      expect([c.line, c.types.map((t) => t.type)]).toEqual([plain.clauses[i]!.line, plain.clauses[i]!.types.map((t) => t.type)]);
    });
  });

  it("reads the defined terms with their letters, and places each at the file's offsets", () => {
    const source = ingest('pdf.txt', bytes(LIGATURED));
    const defs = tag(source).definitions ?? [];
    expect(defs.map((d) => d.term)).toEqual((tag(ingest('plain.txt', bytes(PLAIN))).definitions ?? []).map((d) => d.term));
    const affiliate = defs.find((d) => d.term === 'Affiliate')!;
    expect(LIGATURED.slice(affiliate.start, affiliate.end)).toBe('Aﬃliate');
  });

  it('reads them so in text given to the API (sourceFromText), as in a file: the same findings at the same places', async () => {
    const file = await checkDocument(ingest('pdf.txt', bytes(LIGATURED)), packs);
    const given = sourceFromText(LIGATURED, 'pdf.txt');
    expect(given.text).toBe(PLAIN);
    const api = await checkDocument(given, packs);
    expect(api.findings.map((f) => [f.ruleId, f.start, f.end, f.line, f.column, f.message])).toEqual(file.findings.map((f) => [f.ruleId, f.start, f.end, f.line, f.column, f.message]));
    // near miss: text without ligatures is kept as given, with no map
    expect(sourceFromText(PLAIN, 'plain.txt')).toMatchObject({ text: PLAIN });
    expect(sourceFromText(PLAIN, 'plain.txt').ligatures).toBeUndefined();
  });

  it('maps an offset inside a ligature to it (a start) or past it (an end)', () => {
    const { text, map } = readLigatures('a ﬁeld, an oﬃce');
    expect(text).toBe('a field, an office');
    expect([2, 3, 4, 5].map((o) => toFileOffset(map!, o))).toEqual([2, 2, 3, 4]);
    expect(toFileOffset(map!, 3, true)).toBe(3);
    // 'ﬃ' is three letters: 'office' at 12..18 is 'oﬃce' at 11..15
    expect([toFileOffset(map!, 12), toFileOffset(map!, 18, true)]).toEqual([11, 15]);
  });

  it('near miss: a text without ligatures is read as it is, with no map', () => {
    const source = ingest('plain.txt', bytes(PLAIN));
    expect(source.text).toBe(PLAIN);
    expect(source.ligatures).toBeUndefined();
  });

  it("reads Word's non-breaking hyphen and the Unicode hyphen as '-': 'royalty\u2011free' is no royalty due, the report keeps the file's", async () => {
    // Typed with Ctrl+Shift+- in Word so that 'royalty-free' and 'non-exclusive' do not break across lines.
    for (const hyphen of ['\u2011', '\u2010']) {
      const file = PLAIN.replace(/-(?=exclusive|free)/g, hyphen);
      const source = ingest('word-export.txt', bytes(file));
      expect(source.text).toBe(PLAIN);
      expect(source.ligatures?.original).toBe(file);
      const [plain, read] = [await checkDocument(ingest('plain.txt', bytes(PLAIN)), packs), await checkDocument(source, packs)];
      // before: three royalty findings (royalty-incomplete, audit-missing, reporting-missing) on 2.1's royalty-free licence
      expect(read.findings.map((f) => [f.ruleId, f.line, f.start, f.end])).toEqual(plain.findings.map((f) => [f.ruleId, f.line, f.start, f.end]));
      expect(read.findings.filter((f) => f.ruleId.startsWith('monetization/'))).toEqual([]);
      expect(tag(source).clauses.find((c) => c.number === '2.1')?.attributes?.grant?.exclusivity).toBe('non-exclusive');
    }
    // Near miss: a royalty-bearing licence so written is still a royalty due, as with '-'.
    const bearing = PLAIN.replace('royalty-free license', 'royalty-bearing license').replace('in the Field.', 'in the Field, and each party shall pay the other a royalty of four percent (4%) of its net sales of such products.');
    const due = await checkDocument(ingest('bearing.txt', bytes(bearing.replace(/-(?=exclusive|bearing)/g, '\u2011'))), packs);
    expect(due.findings.map((f) => f.ruleId)).toContain('monetization/audit-missing');
    expect(due.findings.map((f) => f.ruleId)).toEqual((await checkDocument(ingest('bearing.txt', bytes(bearing)), packs)).findings.map((f) => f.ruleId));
  });

  it("drops the soft hyphen in Word's and HTML's text, as they show it: 'Li&shy;cen&shy;see' is the defined 'Licensee'", async () => {
    // A typesetter's (or Word's optional) hyphenation points inside the words a narrow column would break.
    const plainHtml = `<html><body>${PLAIN.split(/\n\n+/).map((p) => `<p>${p}</p>`).join('\n')}</body></html>`;
    const shy = plainHtml.replace(/Affiliates/g, 'Af&shy;fil&shy;i&shy;ates').replace('confidential', 'con\u00adfi\u00adden\u00adtial').replace('royalty-free', 'roy&shy;alty-free');
    const [plain, read] = [await ingestFile('plain.html', bytes(plainHtml)), await ingestFile('shy.html', bytes(shy))];
    expect(read.text).toBe(plain.text);
    // before: 'Affiliate' defined and never used, and no confidentiality clause
    expect((await checkDocument(read, packs)).findings.map((f) => [f.ruleId, f.line])).toEqual((await checkDocument(plain, packs)).findings.map((f) => [f.ruleId, f.line]));
    // and anywhere else in the line: a browser shows nothing there either
    expect((await ingestFile('stray.html', bytes('<p>Each party&shy; shall &shy;keep it.</p>'))).text).toBe('Each party shall keep it.\n');
  });

  it("reads the soft hyphen between letters in text as the hyphen EDGAR's text shows: 'know\u00adhow', 'Mid\u00adTier'", async () => {
    const file = PLAIN.replace('royalty-free', 'royalty\u00adfree').replace('non-exclusive', 'non\u00adexclusive');
    const source = ingest('edgar.txt', bytes(file));
    expect(source.text).toBe(PLAIN);
    expect(source.ligatures?.original).toBe(file);
    // before: 'royalty free' read apart was a royalty due (three monetization findings), 'non exclusive' no exclusivity
    expect((await checkDocument(source, packs)).findings.map((f) => [f.ruleId, f.start, f.end])).toEqual((await checkDocument(ingest('plain.txt', bytes(PLAIN)), packs)).findings.map((f) => [f.ruleId, f.start, f.end]));
    // near miss: one not inside a word is left as it stands (no word is made of it)
    expect(ingest('stray.txt', bytes('Each party,\u00ad and its counsel \u00adshall keep it.')).text).toBe('Each party,\u00ad and its counsel \u00adshall keep it.');
  });
});

// A one-way licence as pandoc writes Word's document in Markdown: Word's optional hyphens (U+00AD, typed to let a long
// word break in a narrow column) stay inside the words.
const LICENCE_MD = `# PATENT LICENSE AGREEMENT

This Patent License Agreement (the "Agreement") is made on 1 March 2026 between Halvard Semiconductor AB ("Licensor") and Quillon Devices Ltd. ("Licensee").

## 1. Definitions

1.1 "Licensed Patents" means the patents listed in Schedule A and every patent claiming priority from them.

1.2 "Licensed Products" means the power modules that Licensee makes or has made.

## 2. Grant

2.1 Licensor grants to Licensee a non-exclusive, non-transferable license under the Licensed Patents to make, use and sell Licensed Products.

2.2 Licensee shall pay Licensor a royalty of three percent (3%) of the net sales of Licensed Products, within thirty (30) days after the end of each calendar quarter, with a written report of those sales.

2.3 Licensee shall keep complete books of its sales, which Licensor may audit once a year on thirty (30) days' notice.

## 3. Confidentiality

3.1 Each party shall keep the other's confidential information in confidence and use it only under this Agreement.

## 4. Term

4.1 This Agreement continues until the last of the Licensed Patents expires.
`;

describe('the soft hyphen read as the document shows it', () => {
  const shy = (s: string): string => s.replace(/\|/g, '\u00ad');

  it("takes out pandoc's optional hyphens in Markdown: 'Li\u00adcen\u00adsee' is the 'Licensee' the agreement writes whole", async () => {
    const file = LICENCE_MD.replace(/Licensee shall/g, shy('Li|cen|see shall')).replace('Licensed Products means', shy('Li|censed Prod|ucts means')).replace('confidential information', shy('con|fi|den|tial information'));
    expect(file).toContain(shy('Li|cen|see shall pay'));
    const source = ingest('pandoc.md', bytes(file));
    // before: 'Li-cen-see shall pay' (a party that owes nothing), 'con-fi-den-tial'
    expect(source.text).toBe(LICENCE_MD);
    const [read, plain] = [await checkDocument(source, packs), await checkDocument(ingest('plain.md', bytes(LICENCE_MD)), packs)];
    expect(read.findings.map((f) => [f.ruleId, f.line, f.message])).toEqual(plain.findings.map((f) => [f.ruleId, f.line, f.message]));
    // each clause points at its own words in the file
    read.clauses.forEach((c, i) => expect(file.slice(c.start, c.end).replace(/\u00ad/g, '')).toBe(LICENCE_MD.slice(plain.clauses[i]!.start, plain.clauses[i]!.end)));
    // 'con|fi|den|tial' is written whole nowhere: the document's other soft hyphens, all optional, decide it
    expect(ingest('alone.md', bytes(shy('3.1 Each party shall keep the con|fi|den|tial information secret.'))).text).toBe('3.1 Each party shall keep the confidential information secret.');
  });

  it('maps an offset after a dropped soft hyphen to the character after it (a start) and one before it to it (an end)', () => {
    const file = 'The Licensee and the Li\u00adcen\u00adsee';
    const { text, map } = readLigatures(file, readSoftHyphens(file, 'optional'));
    expect(text).toBe('The Licensee and the Licensee');
    // 'cen' starts at 23 in the text read, at 24 in the file; 'Li' ends at 23, at 23 in the file
    expect([toFileOffset(map!, 23), toFileOffset(map!, 23, true), toFileOffset(map!, 26), toFileOffset(map!, 29, true)]).toEqual([24, 23, 28, 31]);
  });

  it("reads EDGAR's &#173; between words or next to a capital as the hyphen it shows: 'Mid&#173;Tier' is no 'MidTier'", async () => {
    const edgar = `<html><body><p>1.1 "Mid&#173;Tier" means Orrin Mid&#173;Tier Holdings, Inc., a Delaware corporation.</p>
<p>1.2 "Know&#173;How" means unpatented technical information, including the know&#173;how listed in Schedule B, held on a need&#173;to&#173;know basis.</p>
<p>2.1 Orrin grants Tessaly a non&#173;exclusive, royalty&#173;free license under the Know&#173;How, as defined under Rule 12b&#173;2.</p></body></html>`;
    const text = (await ingestFile('edgar.html', bytes(edgar))).text;
    // before: 'MidTier', 'knowhow', 'needtoknow', 'nonexclusive', 'royaltyfree', 'Rule 12b2'
    expect(text).toContain('"Mid-Tier" means Orrin Mid-Tier Holdings');
    expect(text).toContain('the know-how listed in Schedule B, held on a need-to-know basis');
    expect(text).toContain('a non-exclusive, royalty-free license under the Know-How, as defined under Rule 12b-2.');
    // and in text, as before
    expect(ingest('edgar.txt', bytes('Orrin Mid\u00adTier Holdings, Inc. and its know\u00adhow')).text).toBe('Orrin Mid-Tier Holdings, Inc. and its know-how');
  });

  it('near misses: a word split into syllables in HTML, and a compound the document also writes whole, lose theirs', async () => {
    const html = '<p>2.1 The Li&shy;cen&shy;see shall pay the roy&shy;al&shy;ties. 2.2 The Licensee shall keep records.</p>';
    expect((await ingestFile('typeset.html', bytes(html))).text).toBe('2.1 The Licensee shall pay the royalties. 2.2 The Licensee shall keep records.\n');
    // EDGAR text whose other soft hyphens are hyphens: 'pre\u00adclinical' beside a whole 'preclinical' is that word
    const text = ingest('edgar.txt', bytes('the Mid\u00adTier Company, its pre\u00adclinical studies and other preclinical work, and its non\u00adclinical data')).text;
    expect(text).toBe('the Mid-Tier Company, its preclinical studies and other preclinical work, and its non-clinical data');
    // a Markdown syllable split whose word is written whole elsewhere, next to an EDGAR-style compound of words
    expect(ingest('mixed.md', bytes('The Li\u00adcen\u00adsee and the Licensee share the know\u00adhow; both know how.')).text).toBe('The Licensee and the Licensee share the know-how; both know how.');
  });

  it("reads a word broken across lines by its whole: 'Li\u00adcen-' / 'see' and 'Licen\u00ad' / 'see' are the 'Licensee' the text writes", () => {
    // a PDF's text whose layout broke words at their soft hyphens: one shown at the line end as a hyphen, one left as it is
    const pdf = [
      '2.1 The Licensee shall pay the royalties set out in Schedule B. The Li\u00adcen-',
      'see shall keep true and complete records of all sales of Licensed Products. The Licen\u00ad',
      'see shall deliver a report to the Licensor within thirty days after each calendar quarter.',
      '',
    ].join('\n');
    const source = ingest('typeset.txt', bytes(pdf));
    // before: 'Li-cen- / see' (no word joins 'Li' and 'censee') and 'Licen\u00ad / see' (two fragments)
    expect(source.text.split('\n')).toEqual([
      '2.1 The Licensee shall pay the royalties set out in Schedule B. The Licensee ',
      ' shall keep true and complete records of all sales of Licensed Products. The Licensee ',
      ' shall deliver a report to the Licensor within thirty days after each calendar quarter.',
      '',
    ]);
    expect(source.text.length).toBe(pdf.length - 1);
    // a soft hyphen at a line end is no evidence of how the document types its others: 'con|fi|den|tial' stays optional
    expect(readSoftHyphens('the con\u00adfi\u00adden\u00adtial terms and the Licen\u00ad\nsee', 'optional')).toBe('the con\u00adfi\u00adden\u00adtial terms and the Licen-\nsee');
  });

  it("reads a word in capitals as a lower-case one: 'LI\u00adCENSE' is the 'LICENSE' the heading writes, 'A\u00adVIII' keeps its hyphen", () => {
    const text = ingest('pandoc.md', bytes('# PATENT LI\u00adCENSE AGREE\u00adMENT\n\nThe License Agreement between the parties. The EX\u00adCLU\u00adSIVE grant.\n')).text;
    // before: 'PATENT LI-CENSE AGREE-MENT' (a capital on either side read as a hyphen the document shows)
    expect(text).toBe('# PATENT LICENSE AGREEMENT\n\nThe License Agreement between the parties. The EXCLUSIVE grant.\n');
    // near misses: a capital beside a digit or a single letter, and two capital words the document writes apart
    expect(readSoftHyphens('a rating of A\u00adVIII, Class B\u00ad2 shares, the MID\u00adTIER company and the Mid Tier Holdings', 'optional'))
      .toBe('a rating of A-VIII, Class B-2 shares, the MID-TIER company and the Mid Tier Holdings');
    // a word in capitals the document never writes whole: as its other soft hyphens go (here EDGAR's, hyphens)
    expect(ingest('edgar.txt', bytes('the Mid\u00adTier and its know\u00adhow under the NON\u00adCOMPETE')).text).toBe('the Mid-Tier and its know-how under the NON-COMPETE');
  });

  it('near misses: a hyphen at a line end in a plain text with no soft hyphen stays as typed; a soft hyphen at a line end in a compound keeps its hyphen', () => {
    const typed = 'The Licensee shall pay the royalty-\nfree amounts. The Li-\ncensee shall pay.\n';
    expect(ingest('typed.txt', bytes(typed)).text).toBe(typed);
    const compound = 'the royalty-free licence and the other royalty\u00ad\nfree rights of the Licensee\n';
    expect(ingest('typeset.txt', bytes(compound)).text).toBe('the royalty-free licence and the other royalty-free\n rights of the Licensee\n');
  });
});

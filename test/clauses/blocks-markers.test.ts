// The block scanner's gap search and the marker reader's quick rejection are shortcuts of a regex: pinned to it here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlankChar, scanBlocks } from '../../src/clauses/blocks.js';
import { readMarker } from '../../src/clauses/markers.js';
import { readHeading } from '../../src/clauses/text.js';

describe('scanBlocks', () => {
  // Lines with tabs take the regex path (GAP_RE reads a tab as a space); lines without take the indexOf path.
  // Every space turned into a tab must give the same blocks ("IN WITNESS" is left out: its space is literal).
  const words = ['hereof.', 'AGREEMENT', 'OF THE PARTIES', '2.3', 'Payment.', '(b)', 'shall', 'TERM', '2.1', 'Term', '"Net', 'Sales"', 'Section',
    'ARTICLE', 'IV', '1.', 'APPOINTMENT', 'EXHIBIT', 'one', '(1)', 'year', 'in', '14.1', 'DEFINITIONS', '......', 'Page', '4', 'Licensee', 'A', 'B.',
    '“Licensed', 'Patents”', 'without limitation."', '§', '[Reserved]', 'x;', 'Inc.', '9.', 'Certain', 'Covenants', '9.1', 'Allied'];
  const gaps = [' ', ' ', ' ', '  ', '   ', '      ', '\n', '\n\n', '\r\n'];
  const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), { maxLength: 40 })
    .map((parts) => parts.map(([w, g]) => w + g).join(''));

  it('splits lines of spaces as it splits the same lines of tabs', () => {
    fc.assert(fc.property(text, (t) => {
      expect(scanBlocks(t)).toEqual(scanBlocks(t.replace(/ /g, '\t')));
    }), { numRuns: 3000 });
  });

  it('does not split before the number a "No." names (CUAD RangeResources, BEYONDCOM)', () => {
    // Before: 'F.E.R.C. No. 1.0.0   SECTION I' began a block at '1.0.0', read as section 1.0.0 with the tariff's
    // sections under it; 'Supplement No.           1 of Section 770' began a paragraph '1 of Section 770 ...'.
    const texts = ['FERC ICA OIL TARIFF   F.E.R.C. No. 1.0.0   SECTION I TABLE OF RATES', 'to any country specified in Supplement No.           1 of Section 770 of the Export Administration Regulations.', 'as set out in Purchase Order NO. 4 dated 3 March 2020.'];
    for (const t of texts) expect(scanBlocks(t).filter((b) => /^\d/.test(t.slice(b.start, b.end)))).toEqual([]);
    // the page's running title still stands apart from the heading after it
    expect(scanBlocks(texts[0]!).map((b) => texts[0]!.slice(b.start, b.end))).toContain('SECTION I TABLE OF RATES');
  });

  it('near miss: a sentence that ends before a clause number still parts there', () => {
    const t = 'The Licensee shall pay Fee No. 2 within thirty days.   3.1 Term. This Agreement lasts five years.';
    expect(scanBlocks(t).map((b) => t.slice(b.start, b.end))).toEqual(['The Licensee shall pay Fee No. 2 within thirty days.', '3.1 Term. This Agreement lasts five years.']);
  });

  it('splits run-on lines where a paragraph or a number starts', () => {
    const t = 'hereof.   2.3 Payment. Fees are due.  (b) Licensee shall pay. AGREEMENT OF THE PARTIES 1. APPOINTMENT';
    expect(scanBlocks(t).map((b) => [t.slice(b.start, b.end), b.boundary])).toEqual([
      ['hereof.', 'para'], ['2.3 Payment. Fees are due.', 'para'], ['(b) Licensee shall pay. AGREEMENT OF THE PARTIES', 'para'], ['1. APPOINTMENT', 'weak'],
    ]);
  });

  it('keeps page furniture in document order around the text of its line, to the last line', () => {
    // A legend with text run on after it, a footer with a label, a page number, a legend run onto a line's end (and
    // onto the text's last line, with no line break after it): furniture blocks where they stand.
    const t = [
      'CONFIDENTIAL TREATMENT REQUESTED.   continued from the page before.',
      'Acme Confidential   Page 3 of 7',
      '12',
      '1.1 Costs incurred by FMI in   ***Confidential Treatment Requested***',
      '',
      '[Confidential Treatment Requested]',
      '2.1 Fees are due.   [Confidential Treatment Requested]',
    ].join('\n');
    expect(scanBlocks(t).map((b) => [t.slice(b.start, b.end), b.furniture])).toEqual([
      ['CONFIDENTIAL TREATMENT REQUESTED.', true], ['continued from the page before.', false], ['Acme Confidential   Page 3 of 7', true], ['12', true],
      ['1.1 Costs incurred by FMI in', false], ['***Confidential Treatment Requested***', true], ['[Confidential Treatment Requested]', true],
      ['2.1 Fees are due.', false], ['[Confidential Treatment Requested]', true],
    ]);
  });
});

describe('readMarker', () => {
  it('reads every marker form and rejects words', () => {
    const read = (s: string) => readMarker(s, 0);
    expect(read('ARTICLE IV Term')).toMatchObject({ raw: 'ARTICLE IV', keyword: true, readings: [{ scheme: 'article', values: [4] }] });
    expect(read('Clause FIRST.')).toMatchObject({ raw: 'Clause FIRST', readings: [{ scheme: 'article', values: [1] }] });
    expect(read('Section 2.3. Fees')).toMatchObject({ raw: 'Section 2.3', readings: [{ scheme: 'dec2', values: [2, 3] }] });
    expect(read('§ 5 Fees')).toMatchObject({ raw: '§ 5', readings: [{ scheme: 'dec1', values: [5] }] });
    expect(read('7. Term')).toMatchObject({ raw: '7', end: 2, readings: [{ scheme: 'dec1' }, { scheme: 'n-list' }] });
    expect(read('2.1Term.')).toMatchObject({ raw: '2.1', readings: [{ scheme: 'dec2', values: [2, 1] }] });
    expect(read('(iv) the')).toMatchObject({ raw: '(iv)', readings: [{ scheme: 'p-roman', values: [4] }] });
    expect(read('(i) the')?.readings).toEqual([{ scheme: 'p-lower', values: [9] }, { scheme: 'p-roman', values: [1] }]);
    expect(read('b) the')).toMatchObject({ raw: 'b)', readings: [{ scheme: 'r-lower', values: [2] }] });
    expect(read('iii) the')).toMatchObject({ raw: 'iii)', readings: [{ scheme: 'r-roman', values: [3] }] });
    expect(read('B. The')).toMatchObject({ raw: 'B', readings: [{ scheme: 'd-upper', values: [2] }] });
    expect(read('XIV. The')).toMatchObject({ raw: 'XIV', readings: [{ scheme: 'd-Roman', values: [14] }] });
    expect(read('A. The')).toMatchObject({ raw: 'A', readings: [{ scheme: 'd-upper', values: [1] }] });
    for (const word of ['The Licensee', 'Licensee shall', 'abcde)', 'Inc. and', 'Co.', 'XIVXI. The', 'Article the', 'Section', '7 days', 'Company'])
      expect(read(word)).toBeNull();
  });

  it('reads a keyword in either case and a label of any letter, and no opening that MARKER_RE cannot start with', () => {
    // readMarker's prefilter (mayStartMarker) must pass every form the expression reads: keywords by their second
    // letter, letter labels before "." or ")", digits, "(" and "§"; and it may reject quotes, bullets, dashes, stars.
    const read = (s: string) => readMarker(s, 0);
    for (const [text, raw] of [
      ['Article 5 Term', 'Article 5'], ['ARTICLE 5 Term', 'ARTICLE 5'], ['Clause 3 Fees', 'Clause 3'], ['CLAUSE III Fees', 'CLAUSE III'],
      ['Section 4 Fees', 'Section 4'], ['SECTION 4.1 Fees', 'SECTION 4.1'], ['Sec. 9 Fees', 'Sec. 9'], ['§§ 2 Fees', '§§ 2'],
      ['C. The', 'C'], ['S) the', 'S)'], ['A) the', 'A)'], ['c. the', 'c'], ['s) the', 's)'], ['aa) the', 'aa)'], ['(b) the', '(b)'], ['12) the', '12)'],
    ] as const) expect(read(text), text).toMatchObject({ raw });
    for (const text of ['"Affiliate" means', '“Affiliate” means', '• item', '- 1. the', '* 2. the', '[1] the', '#1 the', 'Agreement', 'Schedule 1', 'Company', 'Subject to', 'Claims', 'Services', 'Arbitration', 'S', 'Ar'])
      expect(read(text), text).toBeNull();
  });

  it('reads at an offset inside a longer text', () => {
    const t = 'hereof. (c) the Licensee';
    expect(readMarker(t, 8)).toMatchObject({ raw: '(c)', end: 11 });
    expect(readMarker(t, 12)).toBeNull();
  });
});

describe('readHeading', () => {
  it('reads run-in headings ended by a full stop, a colon or a spaced dash, on one line, 2 to 80 characters', () => {
    expect(readHeading(' Term. This Agreement starts', false)).toEqual({ heading: 'Term', headingOnly: false, bodyAt: 7 });
    expect(readHeading('Governing Law:\u00a0The laws of', false)).toEqual({ heading: 'Governing Law', headingOnly: false, bodyAt: 15 });
    expect(readHeading('— Payment — Licensee shall pay', false)).toEqual({ heading: 'Payment', headingOnly: false, bodyAt: 12 });
    expect(readHeading('Fees\n- Licensee shall pay', false)).toEqual({ heading: 'Fees', headingOnly: false, bodyAt: 7 });
    expect(readHeading(`${'Long Title '.repeat(8)}Word. The rest`, false).heading).toBeNull();
    expect(readHeading('Fees\nand More. Licensee shall pay', false).heading).toBeNull();
    expect(readHeading('Acme Inc. shall pay', false).heading).toBeNull();
  });

  it('takes a short heading-like rest whole, without its page number or final stop', () => {
    expect(readHeading(' DEFINITIONS ........ 4', false)).toEqual({ heading: 'DEFINITIONS', headingOnly: true, bodyAt: 23 });
    expect(readHeading('Grant of Licenses.', false)).toEqual({ heading: 'Grant of Licenses', headingOnly: true, bodyAt: 18 });
    expect(readHeading('Grant of Licenses;.', false).headingOnly).toBe(false);
  });
});

describe('isBlankChar', () => {
  it('is true exactly where a regex \\s matches, for every code unit, and false for what no character code is', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isBlankChar(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
    for (const notACode of [-1, Number.NaN, 32.5, 0x10000 + 32, Number.POSITIVE_INFINITY]) expect(isBlankChar(notACode)).toBe(false);
  });
});

// Text a scanner's OCR gave of a signed agreement: 'l' for '1' and 'O' for '0' inside numbers, stamped Bates numbers
// and initials lines between the pages, a word hyphenated across a page break. Held-out m-ocr-scanned (rules-heldout-m).
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { mendOcrDigits } from '../../src/ingest/ocr.js';
import { mendLineEndHyphens } from '../../src/ingest/dehyphenate.js';
import { isFurnitureLine } from '../../src/clauses/blocks.js';
import { analyze } from '../../src/analysis.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('mendOcrDigits', () => {
  it("reads OCR's 'l' and 'O' inside a number token as digits, keeping length and lines", () => {
    const text = '2.l Veridian grants, as provided in Section l.4 ...\n     1O.3 See Section 2.l. Within sixty (6O) days, US$4,5OO,OOO, dated 6/l/98.';
    const mended = mendOcrDigits(text);
    expect(mended).toBe('2.1 Veridian grants, as provided in Section 1.4 ...\n     10.3 See Section 2.1. Within sixty (60) days, US$4,500,000, dated 6/1/98.');
    expect(mended.length).toBe(text.length);
  });

  it('leaves words, chemistry, units, ordinals and version strings alone (near misses)', () => {
    for (const s of ['lO and Ol', 'H2O and CO2 and O2 sensors', '10lbs', 'the 1st day', 'firmware v1.0l', 'Sections 1.1-l.3', 'Article l', 'Form l', 'a 5l drum', 'two 20l containers', 'each 1.5l bottle (1,5l)']) {
      expect(mendOcrDigits(s)).toBe(s);
    }
  });

  it('only plain text is read so: Markdown keeps what its author typed', () => {
    expect(ingest('a.txt', enc('2.l Grant.\n')).text).toBe('2.1 Grant.\n');
    expect(ingest('a.md', enc('2.l Grant.\n')).text).toBe('2.l Grant.\n');
  });

  it('scanned clauses numbered "l.2" and "2.l" are clauses 1.2 and 2.1', () => {
    const text = '1. GRANT\n\n     1.1 Alpha grants Beta a licence.\n\n     l.2 Beta grants Alpha a licence under Section 1.l.\n\n2. GENERAL\n\n     2.l This Agreement is governed by the laws of New York.\n';
    const a = analyze(ingest('scan.txt', enc(text)));
    expect(a.tree.clauses.map((c) => c.number).filter((n) => n !== null)).toEqual(['1', '1.1', '1.2', '2', '2.1']);
  });
});

describe('a scanned page between two halves of a word', () => {
  it('mends "non-exclu-" / stamp / page line / "sive" in place: every line where it was, the text after it where it was', () => {
    const text = 'Kestrel grants a non-exclu-\n\nCONFIDENTIAL                 VMC-0041203\n                             Page 2 of 9\n\nsive, non-transferable licence; the non-exclusive part.\n';
    const mended = mendLineEndHyphens(text);
    expect(mended).toContain('a non-exclusive, \n\nCONFIDENTIAL');
    expect(mended.length).toBe(text.length);
    expect(mended.split('\n').length).toBe(text.split('\n').length);
    const lineOf = (t: string, w: string): number => t.slice(0, t.indexOf(w)).split('\n').length;
    expect(lineOf(mended, 'VMC-0041203')).toBe(lineOf(text, 'VMC-0041203'));
    expect(mended.indexOf('non-transferable')).toBe(text.indexOf('non-transferable'));
  });

  it('leaves a break whose next page opens with a sentence of its own, or text with neither form feed nor page line (near misses)', () => {
    const opens = 'Kestrel grants a non-exclu-\n\nVMC-0041203\nPage 2 of 9\n\nSive Corp. is a party.\n';
    expect(mendLineEndHyphens(opens)).toBe(opens);
    const plain = 'Kestrel grants a non-exclu-\n\nVMC-0041203\n\nsive licence.\n';
    expect(mendLineEndHyphens(plain)).toBe(plain);
  });
});

describe("a scanner's stamp lines are page furniture", () => {
  it('a Bates number, alone or beside a CONFIDENTIAL legend, and an initials line', () => {
    expect(isFurnitureLine('VMC-0041203')).toBe(true);
    expect(isFurnitureLine('CONFIDENTIAL                                              VMC-0041203')).toBe(true);
    expect(isFurnitureLine('ABC 0001234')).toBe(true);
    expect(isFurnitureLine('Initials:  JRM  ___   /   ___  TK')).toBe(true);
    expect(isFurnitureLine('INITIALS: ____ / ____')).toBe(true);
  });

  it('a sentence, a heading, a patent number line or a notice are not (near misses)', () => {
    expect(isFurnitureLine('Initials of the officers shall appear on each page.')).toBe(false);
    expect(isFurnitureLine('CONFIDENTIAL')).toBe(false);
    expect(isFurnitureLine('U.S. 5,402,118                         U.S. 5,311,972')).toBe(false);
    expect(isFurnitureLine('The amount payable is USD 4500000')).toBe(false);
    expect(isFurnitureLine('Confidential information of Veridian   VMC-0041203')).toBe(false);
  });

  it('a patent number, a standard or a contract number is no Bates number: its digits are not zero-padded (near misses)', () => {
    for (const line of ['US 5123456', 'EP 1234567', 'US5402118', 'US5020118', 'JP 2001234567', 'WO 2005123456',
      'EP 1234567        US 6543210', 'CONFIDENTIAL     US 5123456', 'ISO 14001', 'IEC 62368', 'CW255039']) {
      expect(isFurnitureLine(line), line).toBe(false);
    }
    // the padded stamps stay furniture
    for (const line of ['VMC-0041203', 'ABC 0001234', 'KTC_00012345', 'ABC0001234']) expect(isFurnitureLine(line), line).toBe(true);
  });

  it("a schedule's list of patent numbers stays in its clause", () => {
    const text = '1. GRANT\n\n1.1 Alpha grants Beta a licence under the Alpha Patents.\n\nSCHEDULE A - ALPHA PATENTS\n\nUS 5123456\nUS 5234567\nEP 1234567\n';
    const a = analyze(ingest('patents.txt', enc(text)));
    const last = a.tree.clauses[a.tree.clauses.length - 1]!;
    expect(text.slice(last.start, last.end)).toContain('EP 1234567');
    expect(a.tree.clauses.some((c) => text.slice(c.start, c.end).includes('US 5123456'))).toBe(true);
  });
});

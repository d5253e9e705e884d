// Fingerprints rest on normalised clause text: lower case, words (letters and digits of any script, and '#') separated
// by single spaces, cross-references without their numbers. normaliseClauseText avoids the Unicode regex for speed;
// this pins it to the plain definition.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintOfNormalised, normalisedBytes, normaliseClauseText } from '../../src/report/fingerprint.js';

const CROSS_REF = /\b(section|clause|article|paragraph|schedule|exhibit|annex|appendix)s?\s+[0-9ivxlcdm]+(?:\.[0-9a-z]+)*(?:\s*\([0-9a-z]+\))*/gi;
const LEADING_NUMBER = /^(?:(?:article|section|clause)\s+)?(?:[0-9]+(?:\.[0-9]+)*\.?|[ivxlcdm]+\.|\([0-9a-z]+\))(?=\s|$)/i;

/** The definition, as one chain of regexes. */
function reference(text: string, number: string | null): string {
  let t = text.trimStart().replace(/^#+\s*/, '');
  if (number && t.startsWith(number)) t = t.slice(number.length);
  else t = t.replace(LEADING_NUMBER, '');
  return t.replace(CROSS_REF, '$1 #').replace(/[^\p{L}\p{N}#]+/gu, ' ').trim().toLowerCase();
}

describe('normaliseClauseText', () => {
  it('reduces a clause to its words', () => {
    expect(normaliseClauseText('4.2 “Licensed Patents” means—the patents listed in Schedule A (see Section 9.3(b)); ½ of ٣.', '4.2')).toBe(
      'licensed patents means the patents listed in schedule a see section # ½ of ٣',
    );
    expect(normaliseClauseText('## (c) Royalties\u00a0are due\u2028within 30 days.', null)).toBe('royalties are due within 30 days');
  });

  it('keeps letters and digits outside the BMP and drops lone surrogates and emoji', () => {
    expect(normaliseClauseText('Grant \u{1D400}\u{1D7D9}: \u{1F600} ok \ud800é x\udc00y', null)).toBe('grant \u{1D400}\u{1D7D9} ok é x y');
  });

  it('agrees with the regex definition on any text, and normalisedBytes with its UTF-8', () => {
    const piece = fc.oneof(
      fc.constantFrom('Section 4.2(a)', 'sections\u2003iv.x (b)', 'Exhibits A', 'CLAUSE 3 (', 'appendix ', '_', '\ufeff', '#', ' ', '\u00a0', '\n', '“', '”', '—', '’', '. ', '; ', 'é', 'İ', 'ǅ', '٣', '½', '\u{1D400}', '\u{1F600}', '\ud800', '\udc00', '3.1', 'ARTICLE IV. '),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.string({ maxLength: 8 }),
    );
    const text = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(null, '3.1', '(a)'), (t, number) => {
        expect(normaliseClauseText(t, number)).toBe(reference(t, number));
        expect(normalisedBytes(t, number)).toEqual(new TextEncoder().encode(reference(t, number)));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on ASCII text too, read as a slice of a longer text, and after a longer or a non-ASCII text', () => {
    const piece = fc.oneof(
      fc.constantFrom('Section 4.2(a)', 'sections  iv.x (b)', 'Exhibits A', 'CLAUSE 3 (', 'appendix ', 'annex 1', '_', '#', ' ', '\n', '\t', '. ', '; ', '3.1', 'ARTICLE IV. ', 'x'),
      fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 8 }),
    );
    const text = fc.array(piece, { maxLength: 14 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, fc.constantFrom(null, '3.1', '(a)'), fc.constantFrom('', 'a“b', 'x'.repeat(5000)), (before, t, number, previous) => {
        normalisedBytes(previous, null);
        const sliced = `${before}${t}${before}`.slice(before.length, before.length + t.length);
        expect(normalisedBytes(sliced, number)).toEqual(new TextEncoder().encode(reference(t, number)));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives renumbered but otherwise equal clauses the same fingerprint', () => {
    expect(fingerprint('exit/x', '7.1 Either party may terminate under Section 9.2.', '7.1')).toBe(fingerprint('exit/x', '8.4 Either party may terminate under Section 10.1.', '8.4'));
  });
});

describe('normalisedBytes', () => {
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

  it('is the UTF-8 of normaliseClauseText on contract text, cross-references and all', () => {
    const samples: Array<[string, string | null]> = [
      ['4.2 “Licensed Patents” means—the patents listed in Schedule A (see Section 9.3(b)); ½ of ٣.', '4.2'],
      ['7.1 Either party may terminate under Sections\u00a09.2 (a) (ii) and Article IV.', '7.1'],
      ['ARTICLE XII. As set out in Exhibits B and clause 3b, the Licensee’s “Net Sales” exclude_taxes.', null],
      ['#Section 4 and _Section 5 and xSection 6 and Sections 7 and Sectionsx 8 and Annex 3.a.b (c)(d) (e', null],
      ['   \n## (c) Royalties\u00a0are due\u2028within 30 days.', null],
      ['Licensed Product.  The Parties agree — as of the Effective Date — that “Improvements” …', null],
      ['Grant \u{1D400}\u{1D7D9}: \u{1F600} ok \ud800 x\udc00y', null],
      ['Société Générale ΑΣa ΑΣ', null],
      ['', null],
      ['(a)', '(a)'],
    ];
    for (const [t, number] of samples) expect(normalisedBytes(t, number)).toEqual(utf8(normaliseClauseText(t, number)));
  });
});

describe('fingerprintOfNormalised', () => {
  /** The definition: sha256 over rule id, NUL, the normalised text, and NUL + occurrence after the first. */
  const definition = (ruleId: string, normalised: string, occurrence: number): string => {
    const h = createHash('sha256').update(ruleId).update('\u0000').update(normalised);
    if (occurrence > 0) h.update('\u0000').update(String(occurrence));
    return h.digest('hex').slice(0, 16);
  };

  it('hashes bytes as the definition hashes the text, whatever the rule id, text size and occurrence', () => {
    const big = 'the licensee shall pay royalties '.repeat(70_000); // 2.3 MB: past any buffer kept between calls
    const cases: Array<[string, string, number]> = [
      ['grant/scope', 'licensed patents means the patents', 0],
      ['grant/scope', 'licensed patents means the patents', 3],
      ['grant/scope', '', 0],
      ['custom/société-ΑΣ-\u{1F600}', 'société générale', 12],
      ['custom/lone-\ud800-surrogate', 'x', 1],
      ['precision/unused-definition', big.slice(0, 5000), 0],
      ['precision/unused-definition', big, 2],
      ['grant/scope', 'short again after a long one', 1],
    ];
    for (const [ruleId, text, occurrence] of cases) {
      const expected = definition(ruleId, text, occurrence);
      expect(fingerprintOfNormalised(ruleId, new TextEncoder().encode(text), occurrence)).toBe(expected);
      expect(fingerprintOfNormalised(ruleId, text, occurrence)).toBe(expected);
    }
  });
});

// Fingerprints rest on normalised clause text: lower case, words (letters and digits of any script, and '#') separated
// by single spaces, cross-references without their numbers. normaliseClauseText avoids the Unicode regex for speed;
// this pins it to the plain definition.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, normaliseClauseText } from '../../src/report/fingerprint.js';

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

  it('agrees with the regex definition on any text', () => {
    const piece = fc.oneof(
      fc.constantFrom('Section 4.2(a)', 'Exhibits A', '#', ' ', '\u00a0', '\n', '“', '”', '—', '’', '. ', '; ', 'é', 'İ', 'ǅ', '٣', '½', '\u{1D400}', '\u{1F600}', '\ud800', '\udc00', '3.1', 'ARTICLE IV. '),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.string({ maxLength: 8 }),
    );
    const text = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(null, '3.1', '(a)'), (t, number) => {
        expect(normaliseClauseText(t, number)).toBe(reference(t, number));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives renumbered but otherwise equal clauses the same fingerprint', () => {
    expect(fingerprint('exit/x', '7.1 Either party may terminate under Section 9.2.', '7.1')).toBe(fingerprint('exit/x', '8.4 Either party may terminate under Section 10.1.', '8.4'));
  });
});

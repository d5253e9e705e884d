// Finding fingerprints that survive renumbering and reformatting: rule id + the clause's own text, normalised.
// Messages and evidence are left out on purpose: their wording may change between versions of a rule.
import { createHash } from 'node:crypto';

// Cross-references change when clauses are renumbered, so they are reduced to their kind.
const CROSS_REF = /\b(section|clause|article|paragraph|schedule|exhibit|annex|appendix)s?\s+[0-9ivxlcdm]+(?:\.[0-9a-z]+)*(?:\s*\([0-9a-z]+\))*/gi;
// A leading enumeration: "4.2", "4.2.", "(a)", "Section 7", "ARTICLE IV".
const LEADING_NUMBER = /^(?:(?:article|section|clause)\s+)?(?:[0-9]+(?:\.[0-9]+)*\.?|[ivxlcdm]+\.|\([0-9a-z]+\))(?=\s|$)/i;

/** Non-ASCII characters (a surrogate pair as one), in runs: the few that contracts hold are quotes and dashes. */
const NON_ASCII_RUN = /(?:[\ud800-\udbff][\udc00-\udfff]|[\u0080-\uffff])+/g;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per non-ASCII BMP character: 0 not seen yet, 1 a letter or digit, 2 not. */
const BMP_WORD = new Uint8Array(0x10000);

/** A run of non-ASCII characters with every one that is not a letter or digit (by code point) made a space. */
function spaceNonWords(run: string): string {
  let out = '';
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (run.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      const pair = run.slice(i, i + 2);
      out += WORD_CHAR.test(pair) ? pair : ' ';
      i++;
    } else {
      let v = BMP_WORD[c] as number;
      if (v === 0) BMP_WORD[c] = v = c < 0xd800 || c > 0xdfff ? (WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2) : 2;
      out += v === 1 ? run[i] : ' ';
    }
  }
  return out;
}

/**
 * `text.replace(/[^\p{L}\p{N}#]+/gu, ' ').trim()` in two plain regexes: the Unicode one costs ~80 ns a character
 * on two-byte text (most contracts have curly quotes), the rare non-ASCII characters are decided one by one.
 */
function words(text: string): string {
  return text.replace(NON_ASCII_RUN, spaceNonWords).replace(/[^A-Za-z0-9#\u0080-\uffff]+/g, ' ').trim();
}

/** Lower case, no heading marks or leading number, cross-references without numbers, single spaces. */
export function normaliseClauseText(text: string, number: string | null): string {
  let t = text.trimStart().replace(/^#+\s*/, '');
  if (number && t.startsWith(number)) t = t.slice(number.length);
  else t = t.replace(LEADING_NUMBER, '');
  return words(t.replace(CROSS_REF, '$1 #')).toLowerCase();
}

/**
 * 16 hex digits of sha256(rule id, normalised clause text, occurrence). `occurrence` tells apart
 * several findings of one rule on one clause (0 for the first, in document order).
 */
export function fingerprint(ruleId: string, clauseText: string, clauseNumber: string | null, occurrence = 0): string {
  return fingerprintOfNormalised(ruleId, normaliseClauseText(clauseText, clauseNumber), occurrence);
}

/** The same, from text already normalised by normaliseClauseText (several findings on one clause share it). */
export function fingerprintOfNormalised(ruleId: string, normalisedText: string, occurrence = 0): string {
  const h = createHash('sha256').update(ruleId).update('\u0000').update(normalisedText);
  if (occurrence > 0) h.update('\u0000').update(String(occurrence));
  return h.digest('hex').slice(0, 16);
}

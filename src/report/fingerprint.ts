// Finding fingerprints that survive renumbering and reformatting: rule id + the clause's own text, normalised.
// Messages and evidence are left out on purpose: their wording may change between versions of a rule.
import { createHash } from 'node:crypto';

// Cross-references change when clauses are renumbered, so they are reduced to their kind.
const CROSS_REF = /\b(section|clause|article|paragraph|schedule|exhibit|annex|appendix)s?\s+[0-9ivxlcdm]+(?:\.[0-9a-z]+)*(?:\s*\([0-9a-z]+\))*/gi;
// A leading enumeration: "4.2", "4.2.", "(a)", "Section 7", "ARTICLE IV".
const LEADING_NUMBER = /^(?:(?:article|section|clause)\s+)?(?:[0-9]+(?:\.[0-9]+)*\.?|[ivxlcdm]+\.|\([0-9a-z]+\))(?=\s|$)/i;

/** Non-ASCII characters (a surrogate pair as one), in runs: the few that contracts hold are quotes and dashes. */
const NON_ASCII_RUN = /(?:[\ud800-\udbff][\udc00-\udfff]|[\u0080-\uffff])+/g;
/** Within such a run (short, and rare), every character that is not a letter or digit by code point. */
const NON_WORD = /[^\p{L}\p{N}]/gu;
const spaceNonWords = (run: string): string => run.replace(NON_WORD, ' ');

/**
 * `text.replace(/[^\p{L}\p{N}#]+/gu, ' ').trim()` in two plain regexes: the Unicode one costs ~80 ns a character
 * on two-byte text (most contracts have curly quotes), so it only sees the rare runs of non-ASCII characters.
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

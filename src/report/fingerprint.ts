// Finding fingerprints that survive renumbering and reformatting: rule id + the clause's own text, normalised.
// Messages and evidence are left out on purpose: their wording may change between versions of a rule.
import * as crypto from 'node:crypto';
import { CappedCache } from '../model/index.js';
// \s of a JavaScript regex (white space and line terminators), as the clause splitter reads it.
import { isBlankChar } from '../clauses/blocks.js';

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

/** The clause text without leading space, heading marks and number. */
function withoutLead(text: string, number: string | null): string {
  const t = text.trimStart().replace(/^#+\s*/, '');
  return number && t.startsWith(number) ? t.slice(number.length) : t.replace(LEADING_NUMBER, '');
}

/** Lower case, no heading marks or leading number, cross-references without numbers, single spaces. */
export function normaliseClauseText(text: string, number: string | null): string {
  return words(withoutLead(text, number).replace(CROSS_REF, '$1 #')).toLowerCase();
}

const CROSS_REF_WORDS = ['section', 'clause', 'article', 'paragraph', 'schedule', 'exhibit', 'annex', 'appendix'];
const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** \w of a regex without the u flag. */
const isRegexWord = (c: number): boolean => isAsciiAlnum(c) || c === 95;
/** [0-9ivxlcdm] with the i flag. */
const isRomanOrDigit = (c: number): boolean => {
  const l = c | 0x20;
  return (c >= 48 && c <= 57) || l === 105 || l === 118 || l === 120 || l === 108 || l === 99 || l === 100 || l === 109; // i v x l c d m
};

/** Whether a word starting with these three characters may be a CROSS_REF keyword (a cheap test before crossRefAt). */
function mayOpenCrossRef(c0: number, c1: number, c2: number): boolean {
  switch (c0 | 0x20) {
    case 115: // sec, sch
      return (c1 | 0x20) === 101 ? (c2 | 0x20) === 99 : (c1 | 0x20) === 99 && (c2 | 0x20) === 104;
    case 99: // cla
      return (c1 | 0x20) === 108 && (c2 | 0x20) === 97;
    case 97: // art, ann, app
      return (c1 | 0x20) === 114 ? (c2 | 0x20) === 116 : ((c1 | 0x20) === 110 && (c2 | 0x20) === 110) || ((c1 | 0x20) === 112 && (c2 | 0x20) === 112);
    case 112: // par
      return (c1 | 0x20) === 97 && (c2 | 0x20) === 114;
    case 101: // exh
      return (c1 | 0x20) === 120 && (c2 | 0x20) === 104;
    default:
      return false;
  }
}

/** CROSS_REF at `at` (a word start): the keyword's length and the match end, or null. */
function crossRefAt(t: string, at: number): { word: number; end: number } | null {
  const n = t.length;
  // reads stay in bounds: a read past the end would deoptimise the loop
  const code = (i: number): number => (i < n ? t.charCodeAt(i) : -1);
  const first = t.charCodeAt(at) | 0x20;
  for (const w of CROSS_REF_WORDS) {
    if (w.charCodeAt(0) !== first) continue;
    let i = 1;
    while (i < w.length && (code(at + i) | 0x20) === w.charCodeAt(i)) i++;
    if (i < w.length) continue;
    // one keyword at most can match here (none is a prefix of another)
    let p = at + i;
    if ((code(p) | 0x20) === 115 && isBlankChar(code(p + 1))) p++; // s?
    if (!isBlankChar(code(p))) return null;
    while (isBlankChar(code(p))) p++;
    if (!isRomanOrDigit(code(p))) return null;
    while (isRomanOrDigit(code(p))) p++;
    // greedy groups that cannot fail once the number is read: (?:\.[0-9a-z]+)* then (?:\s*\([0-9a-z]+\))*
    while (code(p) === 46 && isAsciiAlnum(code(p + 1))) {
      p++;
      while (isAsciiAlnum(code(p))) p++;
    }
    for (;;) {
      let q = p;
      while (isBlankChar(code(q))) q++;
      if (code(q) !== 40 || !isAsciiAlnum(code(q + 1))) break;
      q++;
      while (isAsciiAlnum(code(q))) q++;
      if (code(q) !== 41) break;
      p = q + 1;
    }
    return { word: w.length, end: p };
  }
  return null;
}

/**
 * Whether a non-ASCII code point is a letter or digit (memo of the distinct characters seen: English contracts use
 * a few dozen; a long-lived process reading Chinese or Russian ones would add a letter per clause, hence the cap).
 */
const wordCodePoints = new CappedCache<number, boolean>(4096);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const testWordCodePoint = (cp: number): boolean => LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
function isWordCodePoint(cp: number): boolean {
  return wordCodePoints.get(cp, testWordCodePoint);
}

const UTF8 = new TextEncoder();

/** ASCII characters kept by normalisation, lower-cased ([A-Za-z0-9#]); 0 for separators. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = c >= 65 && c <= 90 ? c + 32 : isAsciiAlnum(c) || c === 35 ? c : 0;

/**
 * The UTF-8 bytes of normaliseClauseText(text, number), which is what a fingerprint hashes. Text whose words
 * are ASCII (nearly every contract: its non-ASCII characters are quotes, dashes and spaces) is normalised in
 * one pass straight into bytes, without the five intermediate strings of the regex chain; other text goes
 * through normaliseClauseText.
 */
export function normalisedBytes(text: string, number: string | null): Uint8Array {
  const t = withoutLead(text, number);
  const n = t.length;
  // "Section 4" -> "section #" never grows, so the output fits in n bytes
  const out = new Uint8Array(n);
  let len = 0;
  let space = false; // a separator is pending: written before the next word character, never at either end
  for (let i = 0; i < n; ) {
    let c = t.charCodeAt(i);
    if (c >= 128) {
      const cp = t.codePointAt(i) as number;
      if (isWordCodePoint(cp)) return UTF8.encode(normaliseClauseText(text, number));
      space = len > 0;
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    let w = ASCII_WORD[c] as number;
    if (w === 0) {
      space = len > 0;
      i++;
      continue;
    }
    if (space) out[len++] = 32;
    space = false;
    // A reference starts with a letter at a \b and is 7 characters at least ("annex 1"): i + 4 < n is a cheap bound
    // that keeps the reads of mayOpenCrossRef inside the text and passes every such start.
    if (c > 57 && i + 4 < n && mayOpenCrossRef(c, t.charCodeAt(i + 1), t.charCodeAt(i + 2)) && (i === 0 || !isRegexWord(t.charCodeAt(i - 1)))) {
      const ref = crossRefAt(t, i);
      if (ref) {
        for (let k = 0; k < ref.word; k++) out[len++] = t.charCodeAt(i + k) | 0x20;
        out[len++] = 32;
        out[len++] = 35;
        i = ref.end;
        continue;
      }
    }
    out[len++] = w;
    i++;
    // the rest of an ASCII word; a '#' ends it, as a cross-reference may start right after one
    if (w === 35) continue;
    while (i < n && (c = t.charCodeAt(i)) < 128 && (w = ASCII_WORD[c] as number) > 35) {
      out[len++] = w;
      i++;
    }
  }
  return out.subarray(0, len);
}

/**
 * 16 hex digits of sha256(rule id, normalised clause text, occurrence). `occurrence` tells apart
 * several findings of one rule on one clause (0 for the first, in document order).
 */
export function fingerprint(ruleId: string, clauseText: string, clauseNumber: string | null, occurrence = 0): string {
  return fingerprintOfNormalised(ruleId, normaliseClauseText(clauseText, clauseNumber), occurrence);
}

// crypto.hash (Node >= 20.12) hashes one buffer in one call: a Hash object per finding cost ~7 us, more than
// hashing a clause. Older Nodes have no such function and take the createHash path.
const oneShotHash = (crypto as { hash?: typeof crypto.hash }).hash;
/** The bytes a fingerprint hashes, laid out for oneShotHash; grown to the largest clause seen, at most HASH_INPUT_KEPT kept. */
let hashInput = new Uint8Array(4096);
const HASH_INPUT_KEPT = 1 << 20;

/** The same, from text already normalised by normaliseClauseText or normalisedBytes (findings on one clause share it). */
export function fingerprintOfNormalised(ruleId: string, normalised: string | Uint8Array, occurrence = 0): string {
  if (oneShotHash !== undefined && typeof normalised !== 'string') {
    // rule id (UTF-8, at most 3 bytes a UTF-16 unit), NUL, the text, then NUL and the occurrence's ASCII digits
    const suffix = occurrence > 0 ? String(occurrence) : '';
    const size = ruleId.length * 3 + 1 + normalised.length + (suffix ? 1 + suffix.length : 0);
    let input = hashInput;
    if (input.length < size) {
      input = new Uint8Array(Math.max(size, input.length * 2));
      if (input.length <= HASH_INPUT_KEPT) hashInput = input;
    }
    let len = UTF8.encodeInto(ruleId, input).written;
    input[len++] = 0;
    input.set(normalised, len);
    len += normalised.length;
    if (suffix) {
      input[len++] = 0;
      for (let i = 0; i < suffix.length; i++) input[len++] = suffix.charCodeAt(i);
    }
    return oneShotHash('sha256', input.subarray(0, len), 'hex').slice(0, 16);
  }
  const h = crypto.createHash('sha256').update(ruleId).update('\u0000').update(normalised);
  if (occurrence > 0) h.update('\u0000').update(String(occurrence));
  return h.digest('hex').slice(0, 16);
}

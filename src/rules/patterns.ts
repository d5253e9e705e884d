// Pattern helpers for the rules context: compiled-once regexes (case-insensitive, or case-sensitive), their required
// literals and leading words (of the folded pattern for an uncased one), binary search over scans, and sentence excerpts.
import { CappedCache, escapeRegExp, lowerBound } from '../model/index.js';
import { caseInsensitive, caseless, caseSpelt } from '../model/case-spelt.js';
import { leadingWords, type Leading } from './leading-words.js';
import { BUILTIN_LEADING_DATA } from './leading-words.generated.js';
import { decodeLeadingTable, leadingKey } from './leading-store.js';
import { requiredLiterals, type Required } from './literals.js';
import { abbreviationDot, INNER_DOT } from '../clauses/abbreviations.js';
import { isFurnitureLine, isHeadingText } from '../clauses/blocks.js';

/** All matches of one pattern over a document, in order: start and end offsets. */
export interface Scan {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Index of the first match starting in [from, to), or -1 (binary search). */
export function firstIn(scan: Scan, from: number, to: number): number {
  const { starts } = scan;
  const lo = lowerBound(starts, from);
  return lo < starts.length && (starts[lo] as number) < to ? lo : -1;
}

/**
 * How many compiled patterns of each kind a process keeps: the built-in packs need ~110, and a long-lived process that
 * meets ever new packs must not keep every pattern it has seen.
 */
export const PATTERN_CACHE_LIMIT = 2000;

const regexCache = new CappedCache<string, RegExp>(PATTERN_CACHE_LIMIT);
/**
 * A pattern as run on the rules' text (textForRules): each "\." outside a character class also matches the dot leader
 * that stands there for an abbreviation's dot or a number's ("U\.S\." reads "U.S." where the rules read no sentence
 * end), and so does a class that holds a dot and digits ("[\d.,]" reads "1.5", "[\w.-]" reads "2.04"). A negated class
 * ("[^.;]") is left as written: that is what reads across such a dot; so is a class of dots and signs alone ("[.;]",
 * a sentence's end), and so is a "\." that is another way than such a class ("(?:[^.;]|\.\d)"). The same string when
 * there is no dot.
 */
export function dotsAlike(src: string): string {
  if (!src.includes('.')) return src;
  let out = '';
  // The class being read: whether it is negated, holds digits, and where in `out` its dot ends (-1: none, or a dot
  // that opens a range, "[.-9]", after which a leader would open another).
  let cls: { negated: boolean; digits: boolean; dotEnd: number } | null = null;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (ch === '\\') {
      const next = src[i + 1] ?? '';
      // After "[^.;]|" the leader is read already: "\." stays a dot, or each leader could be read two ways
      // ("(?:[^.;]|\.\d){0,300}" over "Section 2.04 ... $1.5" would try every combination).
      if (cls === null) out += next === '.' && !afterNegatedDot(out) ? `[.${INNER_DOT}]` : ch + next;
      else {
        out += ch + next;
        if (next === '.') cls.dotEnd = opensRange(src, i + 2) ? -1 : out.length;
        else if (next === 'd' || next === 'w') cls.digits = true;
      }
      i++;
    } else if (cls === null) {
      if (ch === '[') cls = { negated: src[i + 1] === '^', digits: false, dotEnd: -1 };
      out += ch;
    } else if (ch === ']') {
      if (cls.dotEnd >= 0 && cls.digits && !cls.negated) out = out.slice(0, cls.dotEnd) + INNER_DOT + out.slice(cls.dotEnd);
      out += ch;
      cls = null;
    } else {
      out += ch;
      if (ch === '.') cls.dotEnd = opensRange(src, i + 1) ? -1 : out.length;
      else if (ch >= '0' && ch <= '9') cls.digits = true;
    }
  }
  return out;
}
/** Whether `out` ends with a negated class that leaves out the dot and a "|" ("[^.;]|"). */
function afterNegatedDot(out: string): boolean {
  if (!out.endsWith(']|')) return false;
  const open = out.lastIndexOf('[^');
  return open >= 0 && /^\[\^[^\]]*\.[^\]]*\]\|$/.test(out.slice(open));
}
/** Whether a class's character ending before `i` opens a range ("-" follows, not as the class's last). */
const opensRange = (src: string, i: number): boolean => src[i] === '-' && src[i + 1] !== ']';
const compileInsensitive = (src: string): RegExp => caseInsensitive(dotsAlike(src));
/** Pack patterns are case-insensitive (spelt by caseSpelt where it can, else with the `i` flag), their "\\." as dotsAlike writes it; compiled once per process (while cached). */
export const compile = (src: string): RegExp => regexCache.get(src, compileInsensitive);
/** The built-in packs' leading-word table (leading-words.generated.ts), decoded on the first lookup. */
let builtinLeading: ReadonlyMap<string, Leading | null> | undefined;

/**
 * One pack pattern compiled for scans and clause tests, with what its matches must contain and start with: each
 * part made when first needed (a pattern only tested on candidate clauses never needs the scan parts). `flags` ('' or
 * 'i') go with every regex made from it; `analysed` is the source whose leading words and required literals it has:
 * the folded pattern (lowerPattern) for a pattern matched with the `i` flag, as the plan's tries read the text folded.
 */
export class Compiled {
  private globalRe: RegExp | undefined;
  private onceRe: RegExp | undefined;
  private stickyRe: RegExp | undefined;
  private requiredWords: Required | undefined;
  private leadingWords: Leading | null | undefined;
  /** The source and flags the regexes are made of: for 'i', the pattern spelt without the flag where it can be (caseSpelt). */
  private made: { readonly source: string; readonly flags: string } | undefined;
  constructor(
    readonly source: string,
    private readonly flags: '' | 'i' = '',
    private readonly analysed: string = source,
  ) {}
  private regex(flags: string): RegExp {
    if (this.made === undefined) {
      const source = dotsAlike(this.source);
      const spelt = this.flags === 'i' ? caseSpelt(source) : null;
      this.made = spelt === null ? { source, flags: this.flags } : { source: spelt, flags: '' };
    }
    return new RegExp(this.made.source, `${this.made.flags}${flags}`);
  }
  get global(): RegExp {
    return (this.globalRe ??= this.regex('g'));
  }
  get once(): RegExp {
    return (this.onceRe ??= this.regex(''));
  }
  /** Tried at one offset (lastIndex): scans at the word starts of `leading`. */
  get sticky(): RegExp {
    return (this.stickyRe ??= this.regex('y'));
  }
  get required(): Required {
    if (this.requiredWords === undefined) this.requiredWords = requiredLiterals(this.analysed);
    return this.requiredWords;
  }
  get leading(): Leading | null {
    // The built-in packs' patterns were analysed by scripts/rules-leading.mjs: the analysis cost each process ~20-90 ms.
    if (this.leadingWords === undefined) {
      const stored = (builtinLeading ??= decodeLeadingTable(BUILTIN_LEADING_DATA)).get(leadingKey(this.analysed));
      this.leadingWords = stored !== undefined ? stored : leadingWords(this.analysed);
    }
    return this.leadingWords;
  }
}

/**
 * The `i` flag's Canonicalize (ECMA-262, no u flag): the upper case of one UTF-16 unit, unless that is not one unit
 * ("ß") or is ASCII for a non-ASCII character (the Kelvin sign, "ſ"). Two characters match each other under `i` when
 * they have the same canonical form: "σ", "ς" and "Σ" all have "Σ"; "µ" has "Μ" as "μ" has; the Ohm sign only itself.
 */
function canonical(ch: string): string {
  const upper = ch.toUpperCase();
  return upper.length !== 1 || (ch.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) ? ch : upper;
}

/**
 * One character (UTF-16 unit) folded as pattern and text both are, so that two characters fold alike exactly when the
 * `i` flag matches them (canonical): A-Z lower-cased, and a non-ASCII character to the lower case of its canonical
 * form when that is one unit of the same form ("É" -> "é", "Σ" and "ς" -> "σ", "µ" -> "μ"), else to its canonical form
 * (the Ohm sign and "ẞ" stay, as the `i` flag does not match them with "ω" and "ß"). Never to an ASCII character.
 */
export function lowerChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch;
  const upper = canonical(ch);
  const lower = upper.toLowerCase();
  return lower.length === 1 && canonical(lower) === upper ? lower : upper;
}

/**
 * The lower-case letters that lowerChar folds though String#toLowerCase keeps them: variant forms whose canonical form
 * is another letter's ("ς" -> "σ", "µ" -> "μ", "ϐ" -> "β", Old Cyrillic "ᲀ" -> "в"). A text that holds one is folded
 * character by character (test/rules/fold.test.ts checks this list against every UTF-16 unit).
 */
export const FOLDS_APART = /[\u00b5\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80-\u1c88\u1e9b\u1fbe]/;

/**
 * A pack pattern lower-cased outside escapes (so `\\S` stays `\\S`), for the lower-cased text (lowerChar). A letter
 * written as a hex escape (`\\u00C9`, `\\x41`) is lower-cased too, or it would look for a capital the lower-cased text
 * no longer holds; a range in a class is folded whole (foldedRange), whether its ends are written as characters,
 * escapes or one of each.
 */
export function lowerPattern(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (!inClass) {
      // A run of ASCII outside classes and escapes folds as toLowerCase folds it, in one step: each process folds the
      // built-in packs' ~200,000 chars of patterns, and char by char that was ~20 ms of a first check.
      PLAIN_RUN.lastIndex = i;
      if (PLAIN_RUN.test(src)) {
        out += src.slice(i, PLAIN_RUN.lastIndex).toLowerCase();
        i = PLAIN_RUN.lastIndex - 1;
        continue;
      }
    } else if (ch === '\\' || src[i + 1] === '-') {
      // (Only an escape or a char before "-" can start a range: classAtom reads any other char alone.)
      const range = foldedRange(src, i);
      if (range) {
        out += range.text;
        i = range.end - 1;
        continue;
      }
    }
    if (ch === '\\') {
      const marker = src[i + 1];
      const hex = marker === 'x' || marker === 'u' ? HEX_ESCAPE.exec(src.slice(i, i + 6)) : null;
      // (An escape that is the end of a range foldedRange does not read is kept: lower-cased, it could reverse it.)
      const rangeEnd = inClass && (src[i - 1] === '-' || src[i + (hex?.[0].length ?? 2)] === '-');
      if (hex && !rangeEnd) {
        const written = String.fromCharCode(hexCode(hex));
        const lower = lowerChar(written);
        out += lower === written ? hex[0] : escapeUnit(lower.charCodeAt(0));
        i += hex[0].length - 1;
        continue;
      }
      out += ch + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[' && !inClass) {
      inClass = true;
      // A leading "^" negates the class: it is no range start ("[^-z]").
      if (src[i + 1] === '^') {
        out += '[^';
        i++;
        continue;
      }
    } else if (ch === ']' && inClass) inClass = false;
    out += lowerChar(ch);
  }
  return out;
}
const HEX_ESCAPE = /^\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4}))/;
/** Chars that lowerPattern folds alone: ASCII but an escape or a class's "[" (']' outside a class is only itself). */
const PLAIN_RUN = /[^\\[\u0080-\uffff]+/y;
const hexCode = (hex: RegExpExecArray): number => parseInt(hex[1] ?? (hex[2] as string), 16);
const lowerCode = (c: number): number => lowerChar(String.fromCharCode(c)).charCodeAt(0);
const escapeUnit = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
/** Control escapes that a class may hold as a range end. */
const CLASS_CONTROLS: Readonly<Record<string, number>> = { t: 9, n: 10, v: 11, f: 12, r: 13, b: 8 };

/** One character of a class at `i`, as written or escaped; null for a class escape (`\\w`) or one not read here. */
function classAtom(src: string, i: number): { code: number; end: number; escaped: boolean } | null {
  const ch = src[i];
  if (ch === undefined || ch === ']') return null;
  if (ch !== '\\') return { code: ch.charCodeAt(0), end: i + 1, escaped: false };
  const e = src[i + 1];
  if (e === undefined) return null;
  const hex = HEX_ESCAPE.exec(src.slice(i, i + 6));
  if (hex) return { code: hexCode(hex), end: i + hex[0].length, escaped: true };
  const control = CLASS_CONTROLS[e];
  if (control !== undefined) return { code: control, end: i + 2, escaped: true };
  // Letters and digits are class, control-letter and octal escapes: not read. Any other character stands for itself.
  return /[A-Za-z0-9]/.test(e) ? null : { code: e.charCodeAt(0), end: i + 2, escaped: true };
}

/**
 * A range at `i` in a class ("A-Z", "\\u0041-z", "\\u00C0-\\u00DE"), written for the folded text: it must hold the fold
 * of each character of the range (what the `i` flag matches), and the folded text holds nothing else. So: its ends
 * folded when the folds are exactly the range between them ("A-Z" -> "a-z"); else as written (its hex digits in lower
 * case), followed by the folds it does not hold ("\\u0041-Z" also "\\u0061-\\u007a"). Folding the two ends apart could
 * leave a range that misses letters ("[\\u0041-Z]" kept "A-Z" for a text with no capitals left) or is reversed, which
 * no regex compiles ("[Z-\\u0061]" -> "[z-a]"). Null when no range starts at `i`.
 */
function foldedRange(src: string, i: number): { text: string; end: number } | null {
  const lo = classAtom(src, i);
  if (!lo || src[lo.end] !== '-') return null;
  const hi = classAtom(src, lo.end + 1);
  if (!hi || hi.code < lo.code) return null;
  const folds = new Set<number>();
  let min = Infinity;
  let max = -Infinity;
  for (let c = lo.code; c <= hi.code; c++) {
    const f = lowerCode(c);
    folds.add(f);
    if (f < min) min = f;
    if (f > max) max = f;
  }
  const end = hi.end;
  const lowLo = lowerCode(lo.code);
  const lowHi = lowerCode(hi.code);
  const written = (a: { code: number; escaped: boolean }, code: number): string => (a.escaped ? escapeUnit(code) : String.fromCharCode(code));
  const exact = min === lowLo && max === lowHi && folds.size === lowHi - lowLo + 1;
  if (exact && (lowLo !== lo.code || lowHi !== hi.code)) return { text: `${written(lo, lowLo)}-${written(hi, lowHi)}`, end };
  let text = src.slice(i, end).replace(/\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4})/g, (e) => e.toLowerCase());
  const outside = [...folds].filter((f) => f < lo.code || f > hi.code).sort((a, b) => a - b);
  for (let k = 0; k < outside.length; ) {
    let j = k;
    while (j + 1 < outside.length && outside[j + 1] === (outside[j] as number) + 1) j++;
    text += k === j ? escapeUnit(outside[k] as number) : `${escapeUnit(outside[k] as number)}-${escapeUnit(outside[j] as number)}`;
    k = j + 1;
  }
  return { text, end };
}

/**
 * A pack pattern lower-cased (lowerPattern) and compiled once per process (while cached). The rules no longer run it
 * (b971068: uncased patterns run with the `i` flag, `insensitive`); test/rules/fold.test.ts runs it on lowerText as
 * the reference the flag is held to.
 */
const loweredCache = new CappedCache<string, Compiled>(PATTERN_CACHE_LIMIT);
const compileLowered = (src: string): Compiled => new Compiled(lowerPattern(src));
export const lowered = (src: string): Compiled => loweredCache.get(src, compileLowered);

/**
 * A pack pattern as written, matched with the `i` flag on the text as written, its leading words and required literals
 * those of its folded form (lowerPattern): the folded pattern matches the folded text where this one matches the text
 * (test/rules/fold.test.ts), so the tries find its candidates reading the text folded (foldCode). With the flag, the
 * tests cost what the folded pattern's cost on a folded copy of the text, which no longer has to be made (7 MB a pass).
 * Compiled once per process (while cached).
 */
const insensitiveCache = new CappedCache<string, Compiled>(PATTERN_CACHE_LIMIT);
const compileInsensitivePattern = (src: string): Compiled => new Compiled(src, 'i', lowerPattern(src));
export const insensitive = (src: string): Compiled => insensitiveCache.get(src, compileInsensitivePattern);

/** lowerChar of each UTF-16 unit above ASCII, filled as units are met (0: not yet; no unit above ASCII folds to 0). */
const FOLDED = new Uint16Array(65536);

/** lowerChar of one UTF-16 unit, as a code (-1, past a text's end, stays -1). */
export function foldCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let f = FOLDED[c] as number;
  if (f === 0) FOLDED[c] = f = lowerChar(String.fromCharCode(c)).charCodeAt(0);
  return f;
}

/** isCaseless of each UTF-16 unit, filled as units are met (0: not yet, 1: caseless, 2: has a case): two case mappings per unit once, not per literal and document. */
const CASELESS = new Uint8Array(65536);

/**
 * Whether a unit has no case: no other unit matches it under the `i` flag, and only itself folds to it (test/rules/fold.test.ts
 * checks both over every UTF-16 unit). A folded literal is found by indexOf of such a unit in the text as written.
 */
export function isCaseless(c: number): boolean {
  let known = CASELESS[c] as number;
  if (known === 0) {
    CASELESS[c] = known = caseless(c) ? 1 : 2;
  }
  return known === 1;
}

/** The global `i` search for a folded literal without a caseless unit, compiled once per literal (while cached), not per document. */
const foldedSearches = new CappedCache<string, RegExp>(PATTERN_CACHE_LIMIT);
const foldedSearch = (folded: string): RegExp => new RegExp(escapeRegExp(folded), 'gi');

/**
 * Where `folded` (a folded literal: lowerChar of each unit) occurs in the text folded, read in the text as written:
 * ascending offsets, overlapping ones too (as indexOf from each offset + 1 finds them in a folded copy); the first
 * `limit` of them.
 */
export function foldedSites(text: string, folded: string, limit = Infinity): number[] {
  const sites: number[] = [];
  let k = 0;
  while (k < folded.length && !isCaseless(folded.charCodeAt(k))) k++;
  if (k === folded.length) {
    // No unit without case to look for: the `i` flag matches what folds alike.
    const re = foldedSearches.get(folded, foldedSearch);
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null && sites.length < limit; m = sites.length < limit ? re.exec(text) : null) {
      sites.push(m.index);
      re.lastIndex = m.index + 1;
    }
    return sites;
  }
  // At each place of the unit without case (the only unit that folds to it), the others folded.
  const anchor = folded[k] as string;
  const n = folded.length;
  // The next place is looked for only while more are wanted: with limit 1, not to the text's end after the first.
  for (let q = text.indexOf(anchor, k); q >= 0 && sites.length < limit; q = sites.length < limit ? text.indexOf(anchor, q + 1) : -1) {
    const p = q - k;
    if (p + n > text.length) break;
    let j = 0;
    while (j < n && (j === k || foldCode(text.charCodeAt(p + j)) === folded.charCodeAt(j))) j++;
    if (j === n) sites.push(p);
  }
  return sites;
}

/** A pack pattern as written, matched case-sensitively on the text; compiled once per process (while cached). */
const casedCache = new CappedCache<string, Compiled>(PATTERN_CACHE_LIMIT);
const compileAsWritten = (src: string): Compiled => new Compiled(src);
export const casedPattern = (src: string): Compiled => casedCache.get(src, compileAsWritten);

/** How many patterns each cache holds (tests of the bound). */
export const patternCacheSizes = (): { readonly insensitive: number; readonly lowered: number; readonly cased: number; readonly insensitivePatterns: number } => ({
  insensitive: regexCache.size,
  lowered: loweredCache.size,
  cased: casedCache.size,
  insensitivePatterns: insensitiveCache.size,
});

/** A pack pattern matched case-sensitively, non-global (clause tests). */
export const compileCased = (src: string): RegExp => casedPattern(src).once;

export const list = (v: string | readonly string[] | undefined): readonly string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : v);

const EXCERPT_MAX = 220;

export const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
const isStop = (c: number) => c === 46 || c === 59 || c === 33 || c === 63; // . ; ! ?


const isEmphasisMark = (c: number) => c === 42 || c === 95; // * _
/** How many Markdown emphasis marks ("**", "_") end just before `at` (at most 3). */
function emphasisBefore(text: string, at: number): number {
  let n = 0;
  while (n < 3 && at - n > 0 && isEmphasisMark(text.charCodeAt(at - n - 1))) n++;
  return n;
}
/** How many Markdown emphasis marks start at `at` (at most 3). */
function emphasisAfter(text: string, at: number): number {
  let n = 0;
  while (n < 3 && at + n < text.length && isEmphasisMark(text.charCodeAt(at + n))) n++;
  return n;
}

/**
 * Markdown strong emphasis ("**Balancing Payment**", "__Term__") taken out of an excerpt, which counsel reads as text.
 * Only a pair: an opening mark before a word and its closing mark after one, with no like mark between. A lone mark
 * is text, as it is in Markdown: "20__" and "$__ per unit" (blanks a placeholder finding is about), "(**)" (a
 * footnote), "[***]" (a redaction), "By: ______" (a blank to sign on). Each opening mark is scanned to the next like
 * mark, at most: linear. Lone marks taken out: where emphasis spans sentences and the excerpt holds one of them,
 * the close that ends it after its stop ("... continues until expiry.**": excerptSpan keeps it with the stop) and the
 * opening that begins it ("**7.1 Term.").
 */
const STRONG_PAIR = /(?<![*_\\[\w])(\*\*|__)(?=[^\s*_\]])((?:(?!\1)[^])*?[^\s*_[])\1(?![*_\]\w])/g;
const CLOSE_AFTER_FINAL_STOP = /(?<=[.;!?])(?:\*\*|__)(?=\s*$)/;
const OPEN_AT_START = /^(\s*)(?:\*\*|__)(?=[^\s*_\]])/;
export function withoutEmphasis(s: string): string {
  return s.includes('**') || s.includes('__') ? s.replace(STRONG_PAIR, '$2').replace(CLOSE_AFTER_FINAL_STOP, '').replace(OPEN_AT_START, '$1') : s;
}

// Also what is left of a heading before the words ("— This Agreement ...", ".** Any Member ...").
const LEADING_BULLET = /^[•·▪◦‣∙■.:–—-]+ /;

/** Where an excerpt lies in the text, and whether it cuts a sentence short before or after. */
export interface ExcerptSpan {
  readonly start: number;
  readonly end: number;
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
  /** A page break inside the sentence, [start, end) of its furniture (footer, running header), left out of the words; -1 for none. */
  readonly gapStart: number;
  readonly gapEnd: number;
}

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const PAGE_GAP_LINES = 6;
const PAGE_GAP_LINE_MAX = 140;

/**
 * Where the words start after a running header that a PDF's text layer ran onto a page's first line ('\\fACME / BETA
 * PATENT CROSS-LICENSE      CONFIDENTIAL   and sell Licensed Products ...'), for the line whose text starts at `at`;
 * -1 for none. The header is the line's words before a gap of three spaces or a tab, before a lower-case word, and it
 * stands at the start of two other lines of the text (a page's header repeats; the clause tree's test is the same, 3+).
 */
function gluedHeaderEnd(text: string, at: number): number {
  let h = at;
  while (h < text.length && (text.charCodeAt(h) === 12 || text.charCodeAt(h) === 32 || text.charCodeAt(h) === 9)) h++;
  if (h > 0 && !lineStartBefore(text, h)) return -1;
  let lineEnd = text.indexOf('\n', h);
  if (lineEnd < 0) lineEnd = text.length;
  const last = Math.min(lineEnd, h + PAGE_GAP_LINE_MAX);
  for (let g = h + 1; g < last; g++) {
    const c = text.charCodeAt(g);
    if (c !== 9 && !(c === 32 && text.charCodeAt(g + 1) === 32 && text.charCodeAt(g + 2) === 32)) continue;
    let w = g;
    while (w < lineEnd && (text.charCodeAt(w) === 32 || text.charCodeAt(w) === 9)) w++;
    if (lowerWordAt(text, w) && linesOpeningWith(text, text.slice(h, g), h) >= 2) return w;
    // a header holds gaps of its own between its cells ('ACME / BETA ...      CONFIDENTIAL'): on to the next
    g = w;
  }
  return -1;
}

/** Whether only spaces, tabs and form feeds stand between the line's start and `at`. */
function lineStartBefore(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9 || text.charCodeAt(k - 1) === 12)) k--;
  return k === 0 || text.charCodeAt(k - 1) === 10 || text.charCodeAt(k - 1) === 13;
}

/** How many lines other than the one at `self` open with `words` (counted up to 2). */
function linesOpeningWith(text: string, words: string, self: number): number {
  if (words.trim().length < 4) return 0;
  let n = 0;
  for (let i = text.indexOf(words); i >= 0 && n < 2; i = text.indexOf(words, i + 1)) if (i !== self && lineStartBefore(text, i)) n++;
  return n;
}

/** Whether the text at `at` opens with a lower-case word ('challenging, the', 'in'), not a list marker ('b.', 'iii)'). */
function lowerWordAt(text: string, at: number): boolean {
  let p = at;
  while (p < text.length && isLowerAscii(text.charCodeAt(p))) p++;
  const c = p < text.length ? text.charCodeAt(p) : -1;
  return p - at >= 2 && c !== 46 && c !== 41;
}

/**
 * A page break that cuts a sentence, between the text that ends at `before` and the text that goes on at `after`
 * (both may sit on spaces: they are skipped): the blank lines and the page's furniture between, at most six short lines
 * (a footer, a form feed, a running header: 'US-DOCS\\1234.3   Page 3 of 6   Initials: __', '\\f CONFIDENTIAL',
 * 'Execution Copy'), none ending a sentence unless it is page furniture for sure. The sentence goes on across them
 * when the text before ends in a lower-case letter or a comma, and the text after opens with a lower-case word or a
 * line between is furniture for sure (isFurnitureLine, or a form feed). [start, end) of the gap, or null.
 */
function pageGap(text: string, before: number, after: number): { start: number; end: number } | null {
  let b = before;
  while (b > 0 && isSpace(text.charCodeAt(b - 1))) b--;
  const last = b > 0 ? text.charCodeAt(b - 1) : -1;
  if (!(isLowerAscii(last) || last === 44)) return null;
  let a = after;
  while (a < text.length && isSpace(text.charCodeAt(a))) a++;
  if (a >= text.length) return null;
  // The next page's running header run onto the line the sentence goes on in ('CONFIDENTIAL   challenging, the ...')
  const glued = gluedHeaderEnd(text, a);
  if (glued > 0) a = glued;
  let lines = 0;
  let sure = glued > 0;
  let blank = false;
  for (let p = text.indexOf('\n', b); p >= 0 && p < a; ) {
    let e = text.indexOf('\n', p + 1);
    if (e < 0 || e > a) e = a;
    const line = text.slice(p + 1, e);
    const t = line.trim();
    if (t) {
      const furniture = line.includes('\f') || isFurnitureLine(t);
      if (++lines > PAGE_GAP_LINES || t.length > PAGE_GAP_LINE_MAX || (!furniture && isStop(t.charCodeAt(t.length - 1)))) return null;
      sure ||= furniture;
    } else if (e < a) {
      blank = true;
      sure ||= line.includes('\f');
    }
    p = e;
  }
  // A capital after the gap may be the next page's running header or a legend ('Amendment 007 to ...', 'Confidential
  // Treatment Requested'), which only their repetition tells from the sentence's next word: not taken as going on.
  if (!blank || lines === 0 || !sure) return null;
  return lowerWordAt(text, a) ? { start: b, end: a } : null;
}

// What may stand before a run-in heading's words: a blockquote mark, quotation marks, emphasis, and its number
// ('> "4.6 ', '**7.2 ', '(b) ', 'A. ').
const RUN_IN_LEAD = /^[\s>"“'‘*_]*(?:(?:\d{1,3}(?:\.\d{1,3})*\.?|\([a-zA-Z0-9]{1,4}\)|[A-Z]\.)\s+)?/;

// A verb makes a sentence of capitalised words ('Minimum Resale Prices Are Prohibited.').
const HEADING_VERB = /\b(?:is|are|was|were|be|shall|will|may|must|can|has|have|does|do|not|means|includes|applies|agrees?)\b/i;

/** Whether a sentence is only a run-in heading: 'Minimum Resale Price.' after its number, in heading case. */
function isRunInHeading(text: string, s: number, e: number): boolean {
  const sentence = text.slice(s, e);
  const lead = RUN_IN_LEAD.exec(sentence)?.[0] ?? '';
  const words = sentence.slice(lead.length).replace(/[.*_"”'’\s]+$/, '');
  if (words.length < 3 || words.length > 60 || HEADING_VERB.test(words)) return false;
  if (isHeadingText(words)) return true;
  // In sentence case ('8. No validity challenges. Orion will not challenge ...'), only after a number, at most five
  // words, no comma: a plain-English agreement's heading, which the clause splitter may leave in the clause's text.
  const numbered = /\d|\)/.test(lead) || NUMBER_BEFORE.test(text.slice(Math.max(0, s - 16), s));
  return numbered && /^[A-Z][a-z]/.test(words) && !words.includes(',') && words.split(/\s+/).length <= 5;
}

// A clause number that ends just before a sentence, at its line's start ('8. ', '(b) ', '  4.2  ').
const NUMBER_BEFORE = /(?:^|\n)[ \t>*_"“]*(?:\d{1,3}(?:\.\d{1,3})*\.?|\([a-zA-Z0-9]{1,4}\)|[A-Z]\.)[ \t]+$/;

/** The page break (pageGap) whose furniture ends where the paragraph at `at` begins, after a blank line; within `lo`. */
function pageBreakBefore(text: string, at: number, lo: number): { start: number; end: number } | null {
  let p = at - 1;
  for (let n = 0; n <= PAGE_GAP_LINES + 1 && p > lo; n++) {
    const lineStart = text.lastIndexOf('\n', p - 1);
    if (lineStart < lo) return null;
    const blank = text.slice(lineStart + 1, p).trim() === '';
    // The line just above is blank, or the paragraph at `at` does not open after one (unless a running header is
    // glued before its words: the page's first line then follows its furniture with no blank line).
    if (n === 0 && !blank && gluedHeaderEnd(text, at) < 0) return null;
    if (n > 0 && blank) {
      const gap = pageGap(text, lineStart, at);
      if (gap) return gap.start >= lo ? gap : null;
    }
    p = lineStart;
  }
  return null;
}

/** The page break (pageGap) that starts at the blank line at `at` (its first line break), the text going on before `hi`. */
function pageBreakAfter(text: string, at: number, hi: number): { start: number; end: number } | null {
  let p = at;
  let seenText = false;
  let afterBlank = false;
  for (let n = 0; n <= PAGE_GAP_LINES + 3 && p < hi; n++) {
    let e = text.indexOf('\n', p + 1);
    if (e < 0) e = text.length;
    const line = text.slice(p + 1, e);
    const blank = line.trim() === '' && !line.includes('\f');
    if (!blank) {
      // A text line after a blank one, past the furniture: where the sentence may go on.
      if (seenText && (afterBlank || gluedHeaderEnd(text, p + 1) > 0)) {
        const gap = pageGap(text, at, p + 1);
        if (gap) return gap.end < hi ? gap : null;
      }
      seenText = true;
    }
    afterBlank = blank;
    p = e;
  }
  return null;
}

/** The sentence around [from, to) of `text`, kept within [lo, hi), squashed and capped at word boundaries. */
export function excerpt(text: string, from: number, to: number, lo = 0, hi = text.length): { start: number; end: number; evidence: string } {
  const span = excerptSpan(text, from, to, lo, hi);
  return { start: span.start, end: span.end, evidence: excerptEvidence(text, span, from) };
}

/**
 * Whether the colon at `colon` stands inside a bracket opened within [minS, colon) and not closed before it ("[University
 * address: TBC]"): the words after it are the bracket's, not a sentence, and an excerpt starting there read 'TBC].'.
 */
function insideBracket(text: string, colon: number, minS: number): boolean {
  for (let i = colon - 1; i >= minS; i--) {
    const c = text.charCodeAt(i);
    if (c === 93 || c === 41 || c === 10) return false;
    if (c === 91 || c === 40) return true;
  }
  return false;
}

/**
 * Whether [s, from) holds only spaces: a colon right before the trigger labels it ('attention: [name of officer]',
 * 'Fee: TBD'), and the excerpt reaching back only to it would show the trigger alone.
 */
function blankBetween(text: string, s: number, from: number): boolean {
  for (let i = s; i < from; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

const LEAD_IN_VERB = /\b(?:shall|will|may|must|can|should|would|agrees?|undertakes?|follows?|hereby|includes?|are|is)\b/i;

/**
 * Whether the colon at `colon` ends a field label inside a sentence: one or two words after a comma or an opening
 * bracket ('to MEB, attention: Director Jurídico, at the address above', '(fax: ...)'): the sentence goes on through it.
 */
function labelColon(text: string, colon: number, minS: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = colon - 1; i >= minS && i >= colon - 30; i--) {
    const c = text.charCodeAt(i);
    // a subject and its verb ('..., Company will: (a) ...', '..., you shall:') open a list: the colon ends a lead-in
    if (c === 44 || c === 40) return words > 0 && !LEAD_IN_VERB.test(text.slice(i + 1, colon));
    if (c === 10 || isStop(c) || c === 58) return false;
    if (isSpace(c)) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > 2) return false;
    }
  }
  return false;
}

/** Whether a sentence opens at `s`, just after a space: after a stop or a blank line. */
function sentenceOpensAt(text: string, s: number): boolean {
  const prev2 = s >= 2 ? text.charCodeAt(s - 2) : -1;
  return s < 2 || isStop(prev2) || prev2 === 10 || prev2 === 58;
}

/** Where the excerpt of [from, to) lies (see excerpt): cheap, without building its text. */
export function excerptSpan(text: string, from: number, to: number, lo = 0, hi = text.length): ExcerptSpan {
  let s = from;
  let minS = Math.max(lo, from - 160);
  // Back to just after a sentence stop (or colon) followed by space, or a blank line.
  let cutBefore = false;
  let gapStart = -1;
  let gapEnd = -1;
  // Reads stay inside the text (-1 outside): a read past either end would throw this function's optimised code away.
  while (s > minS) {
    const prev = text.charCodeAt(s - 1);
    // A stop may be followed by the close of Markdown emphasis ("**7.2 Withdrawal.** Any Member ..."): look past it.
    const k = isSpace(prev) ? s - 2 - emphasisBefore(text, s - 1) : s - 2;
    const prev2 = k >= 0 ? text.charCodeAt(k) : -1;
    if (prev === 10 && gapStart < 0) {
      // A page break inside the sentence: go on before its furniture ('... or assist any third party in' / footer /
      // 'challenging, the validity ...'), which the words leave out. One per excerpt; the window grows by its length.
      const gap = pageBreakBefore(text, s, lo);
      if (gap) {
        [gapStart, gapEnd] = [gap.start, gap.end];
        minS = Math.max(lo, minS - (gap.end - gap.start));
        s = gap.start;
        continue;
      }
    }
    // A row of a Markdown table ('| "Net Sales" | the gross amounts ... |') is a sentence of its own: no stop ends it.
    if (prev === 10 && text.charCodeAt(s) === 124) break;
    if (isSpace(prev) && ((isStop(prev2) && !(prev2 === 46 && abbreviationDot(text, k))) || (prev2 === 58 && !insideBracket(text, k, minS) && !blankBetween(text, s, from) && !labelColon(text, k, minS)) || (prev === 10 && (prev2 === 10 || (prev2 === 13 && k > 0 && text.charCodeAt(k - 1) === 10))))) {
      // After a semicolon the sentence goes on from before it: "…notices to the Administrator go to [●]", not a
      // quotation that reads as the whole sentence.
      if (prev2 === 59) cutBefore = true;
      break;
    }
    s--;
  }
  if (s === minS && s > lo && !isSpace(text.charCodeAt(s - 1))) {
    // The window ended inside a word: start at the next whole word.
    while (s < from && !isSpace(text.charCodeAt(s))) s++;
    cutBefore = true;
  } else if (s === minS && s > lo && !sentenceOpensAt(text, s)) {
    // The window ended between two words of the sentence ('… shall be in writing and delivered'): cut all the same.
    cutBefore = true;
  }
  let e = to;
  let maxE = Math.min(hi, to + 160);
  let stopped = false;
  let runIn = false;
  while (e < maxE) {
    const c = text.charCodeAt(e);
    // The stop's own emphasis close ("... thirty days.** Next") belongs to the excerpt.
    const marks = isStop(c) ? emphasisAfter(text, e + 1) : 0;
    const next = e + 1 + marks < text.length ? text.charCodeAt(e + 1 + marks) : -1;
    if (isStop(c) && (next < 0 || isSpace(next)) && !(c === 46 && abbreviationDot(text, e))) {
      e += 1 + marks;
      // The trigger in a run-in heading ('"4.6 Minimum Resale Price. To protect ..., Brightwater shall not sell ...'):
      // the heading alone says nothing of what the clause does, so the sentence after it comes too.
      if (!runIn && c === 46 && isRunInHeading(text, s, e)) {
        runIn = true;
        maxE = Math.min(hi, e + 200);
        continue;
      }
      stopped = true;
      break;
    }
    if (c === 10 && next === 124 && text.charCodeAt(e - 1) === 124) {
      // the end of a table row, before the next (its closing bar is layout)
      while (e > to && (text.charCodeAt(e - 1) === 124 || isSpace(text.charCodeAt(e - 1)))) e--;
      stopped = true;
      break;
    }
    // A blank line ends the paragraph, "\r\n\r\n" as "\n\n" (a CRLF text's furniture was read into the sentence).
    if (c === 10 && (next === 10 || (next === 13 && e + 2 < text.length && text.charCodeAt(e + 2) === 10))) {
      const gap = gapStart < 0 ? pageBreakAfter(text, e, hi) : null;
      if (gap) {
        [gapStart, gapEnd] = [gap.start, gap.end];
        maxE = Math.min(hi, maxE + (gap.end - e));
        e = gap.end;
        continue;
      }
      stopped = true;
      break;
    }
    e++;
  }
  let cutAfter = false;
  if (!stopped && e < hi) {
    cutAfter = true;
    if (!isSpace(text.charCodeAt(e))) {
      // The window (not the clause) ended inside a word: end at the last whole word, never before the trigger.
      let w = e;
      while (w > to && !isSpace(text.charCodeAt(w - 1))) w--;
      if (w > to) e = w;
    }
  }
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  // A table row's opening bar is layout: the finding starts at its first cell's words ('| "Net Sales" | ...').
  if (s < e && text.charCodeAt(s) === 124 && (s === 0 || text.charCodeAt(s - 1) === 10)) {
    s++;
    while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  }
  // A blockquote's marks at the line's start are layout: the finding starts at the quoted words ('> "4.6 ...').
  while (s < e && text.charCodeAt(s) === 62 && (s === 0 || text.charCodeAt(s - 1) === 10 || isSpace(text.charCodeAt(s - 1)))) {
    s++;
    while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  }
  // So are an ATX heading's marks: '# PATENT AND KNOW-HOW LICENCE' is quoted from its words.
  if (s < e && text.charCodeAt(s) === 35 && (s === 0 || text.charCodeAt(s - 1) === 10)) {
    let h = s;
    while (h < e && text.charCodeAt(h) === 35) h++;
    if (h - s <= 6 && h < e && (text.charCodeAt(h) === 32 || text.charCodeAt(h) === 9)) {
      s = h;
      while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
    }
  }
  return { start: s, end: e, cutBefore, cutAfter, gapStart, gapEnd };
}


const BLOCKQUOTE_MARKS = /(^|\n)[ \t]*(?:>[ \t]?)+/g;
/** An ATX heading's marks at a line's start ('## 2. Royalties'): layout, as a blockquote's are. */
const HEADING_MARKS = /(^|\n)[ \t]*#{1,6}[ \t]+/g;

/** The text of an excerpt span of a trigger at `from`: squashed, capped around the trigger, with ellipses where it is cut. */
export function excerptEvidence(text: string, span: ExcerptSpan, from: number): string {
  let s = span.start;
  let { cutBefore, cutAfter } = span;
  // A page break's furniture is left out: the words on either side, as one sentence.
  const gap = span.gapStart >= s && span.gapEnd <= span.end;
  let raw = gap ? `${text.slice(s, span.gapStart)} ${text.slice(span.gapEnd, span.end)}` : text.slice(s, span.end);
  // A Markdown blockquote's marks ('> "4.2 Resale Prices. ...', an amendment quoting its new text) are layout.
  if (raw.includes('>')) raw = raw.replace(BLOCKQUOTE_MARKS, '$1');
  if (raw.includes('#')) raw = raw.replace(HEADING_MARKS, '$1');
  if (gap && from >= span.gapEnd) s += span.gapEnd - span.gapStart - 1;
  // A list item's bullet ("• The Kowhai Patents include ...") is layout, not words of the clause.
  let evidence = withoutEmphasis(raw).replace(/\s+/g, ' ').trim().replace(LEADING_BULLET, '');
  if (evidence.length > EXCERPT_MAX) {
    // Keep the trigger visible: centre the cap on it, and cut between words.
    let rel = Math.max(0, from - s - 60);
    if (rel > 0) {
      const space = evidence.indexOf(' ', rel);
      rel = space >= 0 && space < from - s ? space + 1 : rel;
    }
    let cut = rel + EXCERPT_MAX;
    const space = evidence.lastIndexOf(' ', cut);
    if (space > rel + EXCERPT_MAX / 2) cut = space;
    cutBefore ||= rel > 0;
    cutAfter = true;
    evidence = evidence.slice(rel, cut).trim();
  }
  return `${cutBefore ? '…' : ''}${evidence}${cutAfter ? '…' : ''}`;
}

// Clause numbers as written ("ARTICLE IV", "Section 2.3", "1.1", "(a)", "(iv)", "A.", "b)"):
// recognising them at a block start, classifying them into numbering schemes and checking sequences.

/** One reading of a marker: its scheme (nesting level family) and its ordinal path. */
export interface Reading {
  /** "article", "dec1".."dec5", "n-list" (a "1." list inside a section), "p-lower", "p-roman", "p-upper", "p-Roman", "p-digit", "r-*", "d-*", "circled" ("①"). */
  readonly scheme: string;
  /** Ordinals: [n] for single-level schemes, the full path for decimals ("7.2" -> [7, 2]). */
  readonly values: readonly number[];
}

export interface Marker {
  /** The number as written, without trailing punctuation ("2.1", "(a)", "ARTICLE IV", "Section 5"). */
  readonly raw: string;
  /** Offset just after the marker (and its trailing dot), relative to the string it was read from. */
  readonly end: number;
  /** Keyword markers (ARTICLE, Section, §) are strong evidence of structure. */
  readonly keyword: boolean;
  /** Most readings have one interpretation; "(i)", "(v)", "(x)", "I." have two (letter or roman). */
  readonly readings: readonly Reading[];
}

const WORD_NUMBERS: Record<string, number> = {
  ONE: 1, TWO: 2, THREE: 3, FOUR: 4, FIVE: 5, SIX: 6, SEVEN: 7, EIGHT: 8, NINE: 9, TEN: 10,
  ELEVEN: 11, TWELVE: 12, THIRTEEN: 13, FOURTEEN: 14, FIFTEEN: 15, SIXTEEN: 16, SEVENTEEN: 17,
  EIGHTEEN: 18, NINETEEN: 19, TWENTY: 20,
  // "CLAUSE FIRST", "CLAUSE SECOND": ordinal words, common in translated agreements
  FIRST: 1, SECOND: 2, THIRD: 3, FOURTH: 4, FIFTH: 5, SIXTH: 6, SEVENTH: 7, EIGHTH: 8, NINTH: 9, TENTH: 10,
  ELEVENTH: 11, TWELFTH: 12, THIRTEENTH: 13, FOURTEENTH: 14, FIFTEENTH: 15, SIXTEENTH: 16, SEVENTEENTH: 17,
  EIGHTEENTH: 18, NINETEENTH: 19, TWENTIETH: 20,
};

const TENS_WORDS: Record<string, number> = { TWENTY: 20, THIRTY: 30, FORTY: 40, FIFTY: 50, SIXTY: 60, SEVENTY: 70, EIGHTY: 80, NINETY: 90 };
const TENS_ORDINALS: Record<string, number> = { TWENTIETH: 20, THIRTIETH: 30, FORTIETH: 40, FIFTIETH: 50 };

/**
 * The value of a clause number written in words, in any case: "THREE", "Twenty-Four", "FIRST", "twenty-first"
 * ("CLAUSE TWENTY-ONE" in translations of Brazilian and Portuguese contracts, "ARTICLE THIRTIETH"), else null.
 */
export function wordNumberValue(word: string): number | null {
  const upper = word.toUpperCase();
  const whole = WORD_NUMBERS[upper] ?? TENS_WORDS[upper] ?? TENS_ORDINALS[upper];
  if (whole !== undefined) return whole;
  const dash = upper.indexOf('-');
  if (dash < 0) return null;
  const tens = TENS_WORDS[upper.slice(0, dash)];
  const unit = WORD_NUMBERS[upper.slice(dash + 1)];
  return tens !== undefined && unit !== undefined && unit < 10 ? tens + unit : null;
}

const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();
/** Alternatives longest first, so that "SEVENTEEN" is not read as "SEVEN". */
const longestFirst = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const UNIT_WORDS = Object.keys(WORD_NUMBERS).filter((w) => WORD_NUMBERS[w] as number < 10);
const WORD_NUMBER_UPPER = String.raw`(?:(?:${longestFirst(Object.keys(TENS_WORDS))})(?:-(?:${longestFirst(UNIT_WORDS)}))?|${longestFirst([...Object.keys(WORD_NUMBERS), ...Object.keys(TENS_ORDINALS)])})`;
/**
 * A clause number in words as a reference writes it, in capitals or with a capital ("Clause Three", "CLAUSE TWENTY-FOUR",
 * "Article Fifth"), for building patterns (no flags: case-sensitive, so "one" in prose is never a number).
 */
export const WORD_NUMBER = String.raw`(?:${WORD_NUMBER_UPPER}|${WORD_NUMBER_UPPER.replace(/[A-Z]+/g, titleCase)})\b`;

const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

export function romanValue(s: string): number | null {
  const lower = s.toLowerCase();
  if (!/^(?:x{0,3})(?:ix|iv|v?i{0,3})$|^x?l$|^l?x{0,3}(?:ix|iv|v?i{0,3})$/.test(lower) || lower === '') return null;
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const v = ROMAN_DIGITS[lower[i] as string] ?? 0;
    const next = ROMAN_DIGITS[lower[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

/** "a" -> 1, "z" -> 26, "aa" -> 27, "bb" -> 28 (doubled letters continue the alphabet). */
function letterValue(s: string): number | null {
  const lower = s.toLowerCase();
  if (lower.length === 1) return lower.charCodeAt(0) - 96;
  if (lower.length === 2 && lower[0] === lower[1]) return 26 + lower.charCodeAt(0) - 96;
  return null;
}

/** Readings of an alphabetic item label such as "i", "v", "ii", "b", "I", "A". */
function alphaReadings(label: string, family: string): Reading[] {
  const upper = label === label.toUpperCase();
  const readings: Reading[] = [];
  const letter = letterValue(label);
  const roman = romanValue(label);
  // A single letter other than i/v/x is a letter; "ii" is roman; "i", "v", "x" can be either.
  if (letter !== null && !(label.length === 2 && roman !== null)) readings.push({ scheme: `${family}-${upper ? 'upper' : 'lower'}`, values: [letter] });
  if (roman !== null && (label.length > 1 || /^[ivxIVX]$/.test(label))) readings.push({ scheme: `${family}-${upper ? 'Roman' : 'roman'}`, values: [roman] });
  return readings;
}

// One sticky expression for every marker form; alternatives are tried in order at the block start. Numbered groups
// (see GROUP): named ones would build a groups object on every call, and this runs on every block start.
const MARKER_RE = new RegExp(
  [
    // ('ARTICLE - 6 TRANSFER OF SHARES': a dash between the word and a number in figures, as Indian deeds write it)
    // ('ARTICLE - 16A USE OF TECHNICAL KNOW-HOW': a letter after the figures, an article inserted after 16 by an amendment)
    String.raw`(ARTICLE|Article|ART\.|Art\.|CLAUSE|Clause)(?:[ \t]+|[ \t]+[-–—][ \t]+(?=\d))([IVXL]{1,7}|\d{1,3}[A-Z]?|[A-Z]{3,11}(?:-[A-Z]{3,7})?)\b\.?`,
    String.raw`(SECTION|Section|Sec\.|§§?)[ \t]*(\d{1,3}(?:\.\d{1,3}){0,4})(?:\.(?!\d))?`,
    // ("16A.1": a section of an inserted article, 'ARTICLE - 16A')
    String.raw`(\d{1,3}(?:[A-Z](?=\.\d))?(?:\.\d{1,3}){0,4})(\.)?(?=[ \t\r\n]|$)`,
    // "2.1Term." and "1.1\"Affiliate\"": extraction lost the space after a dotted number
    String.raw`(\d{1,3}(?:\.\d{1,3}){1,4})(?=["“A-Z])`,
    String.raw`\(([a-z]{1,5}|[A-Z]{1,5}|\d{1,2})\)(?=[ \t\r\n]|$)`,
    String.raw`([a-z]{1,4}|[A-Z]|\d{1,2})\)(?=[ \t\r\n]|$)`,
    String.raw`([A-Za-z]|[IVX]{1,5}|[ivx]{1,5})\.(?=[ \t\r\n]|$)`,
    // "Sole paragraph.", "Paragraph One.", "First Paragraph -": a clause's paragraphs as translations of Brazilian and
    // Portuguese contracts number them ('Parágrafo único', 'Parágrafo primeiro'), only before a full stop or colon
    // that ends the number, or a dash before its words ('Paragraph One of Schedule 2 applies' is no number)
    // "1.1(a)", "1.1(b)(ii)", "4(c)": an item written with its section's number, as some US and Asian drafting
    // numbers every item in full; the last bracket is the item's own number
    String.raw`(\d{1,3}(?:\.\d{1,3}){0,4}(?:\((?:[a-z]{1,5}|[A-Z]{1,5}|\d{1,2})\)){1,4})(?=[ \t\r\n]|$)`,
    String.raw`((?:Sole|SOLE|Single|SINGLE|Unique|UNIQUE|${WORD_NUMBER})[ \t]+(?:Paragraph|paragraph|PARAGRAPH)\b|(?:Paragraph|PARAGRAPH)[ \t]+${WORD_NUMBER})(?:[.:](?=[ \t\r\n]|$)|(?=[ \t]+[-–—][ \t]))`,
    // "① ... ② ...": an article's paragraphs as Korean and Japanese drafting (and its English translations) number them
    String.raw`([\u2460-\u2473])(?=[ \t\r\n]|$)`,
  ].join('|'),
  'y',
);
/** MARKER_RE's groups: the keyword and number of an article, of a section; a decimal and its dot; a dotted number
 * without a space after it; a bracketed label "(a)"; a label with a closing bracket "a)"; a label with a dot "A."; an
 * item glued to its section's number ("1.1(a)"); a paragraph numbered in words ("Sole paragraph", "Paragraph One"); a
 * circled number ("①"). */
const GROUP = { art: 1, artNum: 2, sec: 3, secNum: 4, dec: 5, decDot: 6, tight: 7, par: 8, rp: 9, dl: 10, glued: 11, wordPara: 12, circled: 13 } as const;

/** "1.0" numbers a top-level section in the "1.0, 1.1, 1.2" convention: it is "1". */
function trimZero(values: number[]): number[] {
  return values.length > 1 && values[values.length - 1] === 0 ? values.slice(0, -1) : values;
}

/** "7.2.1" -> [7, 2, 1]: the ordinals of a dotted number as MARKER_RE reads it (digits, single dots, and the letter of an inserted number: "16A.1" -> [16.01, 1]). */
function decimalValues(written: string): number[] {
  const values: number[] = [];
  let value = 0;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c === 46) {
      values.push(value);
      value = 0;
    } else if (c >= 65 && c <= 90) value += (c - 64) / 100; // "16A": inserted after 16 (an article's value, above)
    else value = value * 10 + c - 48;
  }
  values.push(value);
  return values;
}

/** The first letters of the number words (WORD_NUMBER), in capitals: a paragraph numbered in words may open with one. */
const WORD_NUMBER_INITIAL = new Set([...Object.keys(WORD_NUMBERS), ...Object.keys(TENS_WORDS), ...Object.keys(TENS_ORDINALS)].map((w) => w.charCodeAt(0)));
/** 'paragraph' as the first or second word: what a paragraph numbered in words needs before MARKER_RE is tried. */
const PARAGRAPH_WORD_RE = /(?:[A-Za-z-]{3,13}[ \t]+)?(?:paragraph|PARAGRAPH|Paragraph)\b/y;

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * Whether a marker can start at `at`, by its first characters: MARKER_RE's forms open with a digit, "(", "§", a
 * keyword (ARTICLE/Article, CLAUSE/Clause, SECTION/Section/Sec.) or one to five letters and then "." or ")". Most
 * blocks start with a word or a quote, bullet or dash, which this rejects without running MARKER_RE.
 */
function mayStartMarker(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (!isLetter(c)) return (c >= 48 && c <= 57) || c === 40 || c === 0xa7 || (c >= 0x2460 && c <= 0x2473);
  // Not read past the text's end (a word that ends the text): a read out of bounds threw the optimised code away.
  const second = at + 1 < text.length ? text.charCodeAt(at + 1) | 32 : -1;
  // The keyword's second letter in either case: "r" of ARTICLE, "l" of CLAUSE, "e" of SECTION/Sec.
  if ((c === 65 && second === 114) || (c === 67 && second === 108) || (c === 83 && second === 101)) return true;
  // "Paragraph One", "Sole paragraph", and an ordinal or number word before 'paragraph' ("First Paragraph")
  if (c === 80 || c === 83 || c === 85 || WORD_NUMBER_INITIAL.has(c)) {
    PARAGRAPH_WORD_RE.lastIndex = at;
    if (PARAGRAPH_WORD_RE.test(text)) return true;
  }
  let i = at + 1;
  const max = Math.min(text.length, at + 5);
  while (i < max && isLetter(text.charCodeAt(i))) i++;
  const next = i < text.length ? text.charCodeAt(i) : -1;
  return next === 46 || next === 41;
}

/** Reads a marker at `at` in `text` (no leading whitespace), or null. Does not judge plausibility in context. */
export function readMarker(text: string, at: number): Marker | null {
  if (!mayStartMarker(text, at)) return null;
  MARKER_RE.lastIndex = at;
  const m = MARKER_RE.exec(text);
  if (!m) return null;
  const end = at + m[0].length;
  const last = m[0].charCodeAt(m[0].length - 1);
  const raw = last === 46 || last === 58 ? m[0].slice(0, -1) : m[0];
  // Every group is read on every call: a read that only a rare form reached ("2.1Term", "A.") would lack type
  // feedback in the optimised code, which V8 throws away at a document's first such marker.
  const art = m[GROUP.art];
  const artNum = m[GROUP.artNum];
  const sec = m[GROUP.sec];
  const secNum = m[GROUP.secNum];
  const dec = m[GROUP.dec];
  const decDot = m[GROUP.decDot];
  const tight = m[GROUP.tight];
  const par = m[GROUP.par];
  const rp = m[GROUP.rp];
  const dl = m[GROUP.dl];
  const glued = m[GROUP.glued];
  const wordPara = m[GROUP.wordPara];
  const circled = m[GROUP.circled];
  if (art !== undefined) {
    const n = artNum as string;
    // An inserted article ("16A", "16B") comes between 16 and 17: its value is 16 and a fraction, so that it follows 16
    // and 17 follows it.
    const inserted = /^(\d+)([A-Z])$/.exec(n);
    const value = /^\d+$/.test(n) ? Number(n) : inserted !== null ? Number(inserted[1]) + ((inserted[2] as string).charCodeAt(0) - 64) / 100 : (wordNumberValue(n) ?? romanValue(n));
    if (value === null || value === undefined) return null;
    return { raw, end, keyword: true, readings: [{ scheme: 'article', values: [value] }] };
  }
  if (sec !== undefined) {
    const values = trimZero(decimalValues(secNum as string));
    return { raw, end, keyword: true, readings: [{ scheme: `dec${values.length}`, values }] };
  }
  if (dec !== undefined) {
    const written = decimalValues(dec);
    if (written.some((v) => v > 300)) return null;
    // A bare "7" is only a number when written "7." (or "7.1"); "7" alone is usually a quantity or page number.
    if (written.length === 1 && decDot === undefined) return null;
    const values = trimZero(written);
    // "1." may also restart as a numbered list inside a section ("n-list"), tried after the section reading
    const readings: Reading[] = [{ scheme: `dec${values.length}`, values }];
    if (values.length === 1 && !raw.includes('.')) readings.push({ scheme: 'n-list', values });
    return { raw, end, keyword: false, readings };
  }
  if (tight !== undefined) {
    const values = decimalValues(tight);
    return { raw, end, keyword: false, readings: [{ scheme: `dec${values.length}`, values }] };
  }
  if (par !== undefined) {
    if (/^\d+$/.test(par)) return { raw, end, keyword: false, readings: [{ scheme: 'p-digit', values: [Number(par)] }] };
    const readings = alphaReadings(par, 'p');
    return readings.length ? { raw, end, keyword: false, readings } : null;
  }
  if (rp !== undefined) {
    if (/^\d+$/.test(rp)) return { raw, end, keyword: false, readings: [{ scheme: 'r-digit', values: [Number(rp)] }] };
    const readings = alphaReadings(rp, 'r');
    return readings.length ? { raw, end, keyword: false, readings } : null;
  }
  if (dl !== undefined) {
    const readings = alphaReadings(dl, 'd');
    return readings.length ? { raw, end, keyword: false, readings } : null;
  }
  if (glued !== undefined) {
    // read as its last item ("1.1(b)(ii)" as "(ii)"), placed as one: the section's number before it is the section's
    const own = glued.slice(glued.lastIndexOf('(') + 1, -1);
    if (/^\d+$/.test(own)) return { raw, end, keyword: false, readings: [{ scheme: 'p-digit', values: [Number(own)] }] };
    const readings = alphaReadings(own, 'p');
    return readings.length ? { raw, end, keyword: false, readings } : null;
  }
  if (wordPara !== undefined) {
    // a sole paragraph is the first and only; else the number is the word that is not 'paragraph'
    const words = wordPara.split(/[ \t]+/);
    const word = /^paragraph$/i.test(words[0] as string) ? (words[1] as string) : (words[0] as string);
    const value = /^(?:sole|single|unique)$/i.test(word) ? 1 : wordNumberValue(word);
    return value === null ? null : { raw, end, keyword: true, readings: [{ scheme: 'paragraph', values: [value] }] };
  }
  if (circled !== undefined) return { raw, end, keyword: false, readings: [{ scheme: 'circled', values: [circled.charCodeAt(0) - 0x245f] }] };
  return null;
}

/**
 * Is `next` the next number after `prev` in the same scheme? Decimals may roll over a level
 * ("1.3" -> "2.1"). `maxGap` tolerates numbers skipped by extraction ("[Reserved]", lost lines).
 */
export function isSuccessor(prev: readonly number[], next: readonly number[], maxGap: number): boolean {
  if (prev.length !== next.length) return false;
  for (let j = 0; j < next.length; j++) {
    const a = prev[j] as number;
    const b = next[j] as number;
    if (a === b) continue;
    if (b < a || b - a > maxGap) return false;
    for (let k = j + 1; k < next.length; k++) if ((next[k] as number) > 1) return false;
    return true;
  }
  return false;
}

/** Can `values` open a new level below a parent numbered `parentPath` (null when the parent has no number)? */
export function isFirst(values: readonly number[], parentPath: readonly number[] | null): boolean {
  const last = values[values.length - 1] as number;
  if (last !== 1 && last !== 0) return false;
  if (values.length === 1) return last === 1;
  // The numbers before the last (values.slice(0, -1)), compared in place: no copy and no callback per call.
  const prefixLength = values.length - 1;
  if (parentPath && parentPath.length === prefixLength) {
    for (let i = 0; i < prefixLength; i++) if (values[i] !== parentPath[i]) return false;
    return true;
  }
  // Without a numbered parent (e.g. the first "1.1" of a document with no "1." line): only the very first number.
  for (let i = 0; i < prefixLength; i++) if (values[i] !== 1) return false;
  return true;
}

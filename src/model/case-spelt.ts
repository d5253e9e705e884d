// Case-insensitive patterns compiled without the `i` flag: each ASCII letter spelt with its other case.
//
// V8 compiles a letter under `i` by asking ICU for the letter's case closure (GetCaseIndependentLetters: a UnicodeSet
// built and closed over case) at every step of the compile that reads it (quick checks, Boyer-Moore look-ahead, code
// emission), for each string width a regex meets. The pipeline's case-insensitive patterns hold ~160 K characters, so
// a cold worker spends most of its regex compile there (docs/performance.md, perf-regex). Spelt as '[sS]' classes
// without the flag, the same pattern compiles in about a third of the instructions and matches the same strings:
// ECMA-262's Canonicalize without the u flag (the upper case of one UTF-16 unit, never a non-ASCII unit to an ASCII
// one) makes an ASCII letter equal to its other case only, and a character with no case (its upper and lower case are
// itself) equal to itself only (both checked over every UTF-16 unit in test/model/case-spelt.test.ts).

import { CappedCache } from './memo.js';

const A = 65;
const Z = 90;
const a = 97;
const z = 122;
/** Ranges in a class as wide as this are not checked unit by unit: the pattern keeps its flag. */
const MAX_RANGE = 0x800;

const isUpper = (c: number): boolean => c >= A && c <= Z;
const isLower = (c: number): boolean => c >= a && c <= z;

/** Whether `i` leaves unit `c` matching itself only: no letter, or no case (its upper and lower case are itself). */
export function caseless(c: number): boolean {
  if (c < 128) return !isUpper(c) && !isLower(c);
  const ch = String.fromCharCode(c);
  return ch.toUpperCase() === ch && ch.toLowerCase() === ch;
}

/** The other-case ranges a class needs for its range lo..hi (ASCII letters), or null when a unit in it has case and is not ASCII. */
function partnerRanges(lo: number, hi: number): string | null {
  if (hi - lo > MAX_RANGE) return null;
  for (let c = Math.max(lo, 128); c <= hi; c++) if (!caseless(c)) return null;
  let out = '';
  const up0 = Math.max(lo, A);
  const up1 = Math.min(hi, Z);
  if (up0 <= up1) out += up0 === up1 ? String.fromCharCode(up0 + 32) : `${String.fromCharCode(up0 + 32)}-${String.fromCharCode(up1 + 32)}`;
  const lo0 = Math.max(lo, a);
  const lo1 = Math.min(hi, z);
  if (lo0 <= lo1) out += lo0 === lo1 ? String.fromCharCode(lo0 - 32) : `${String.fromCharCode(lo0 - 32)}-${String.fromCharCode(lo1 - 32)}`;
  return out;
}

const HEX4 = /^[0-9A-Fa-f]{4}$/;
const HEX2 = /^[0-9A-Fa-f]{2}$/;
/** Escapes whose meaning `i` does not change without the u flag (classes, boundaries, controls, \0 alone). */
const KEPT_ESCAPES = 'bBdDsSwWtnrvf';

/**
 * One escape at src[i] ('\\'): its text and the unit it stands for (-1 for a class escape or a boundary), or null when
 * the pattern cannot be spelt (a back-reference, a named one, an identity escape of a letter, an octal escape).
 */
function readEscape(src: string, i: number): { text: string; unit: number } | null {
  const n = src[i + 1];
  if (n === undefined) return null;
  if (KEPT_ESCAPES.includes(n)) return { text: `\\${n}`, unit: n === 't' ? 9 : n === 'n' ? 10 : n === 'r' ? 13 : n === 'v' ? 11 : n === 'f' ? 12 : -1 };
  if (n === '0') return /[0-9]/.test(src[i + 2] ?? '') ? null : { text: '\\0', unit: 0 };
  if (n === 'c') {
    const l = src[i + 2] ?? '';
    return /[A-Za-z]/.test(l) ? { text: `\\c${l}`, unit: l.charCodeAt(0) % 32 } : null;
  }
  if (n === 'x') {
    const h = src.slice(i + 2, i + 4);
    return HEX2.test(h) ? { text: `\\x${h}`, unit: parseInt(h, 16) } : null;
  }
  if (n === 'u') {
    const h = src.slice(i + 2, i + 6);
    return HEX4.test(h) ? { text: `\\u${h}`, unit: parseInt(h, 16) } : null;
  }
  if (/[A-Za-z0-9]/.test(n)) return null;
  return { text: `\\${n}`, unit: n.charCodeAt(0) };
}

/**
 * What caseSpelt reads, in one native scan: an escape, a class, a named group's opening, a run of ASCII letters, a
 * character beyond ASCII; whatever lies between (punctuation, digits, groups) is kept as it is.
 */
const TOKEN = /\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|[^])?|\[(?:\\[^]|[^\]\\])*\]?|\(\?<[A-Za-z_$][^>]*>?|[A-Za-z]+|[^\x00-\x7f]/g;

/** A run of ASCII letters spelt: 'shall' -> '[sS][hH][aA][lL][lL]'. */
function spellLetters(word: string): string {
  let out = '';
  for (let k = 0; k < word.length; k++) out += `[${word[k] as string}${String.fromCharCode(word.charCodeAt(k) ^ 32)}]`;
  return out;
}
/** The same words recur across patterns ('shall', 'the', 'licen'): each spelt once a process (while cached). */
const speltWords = new CappedCache<string, string>(4096);

/** Classes recur too ('[^.;]', '[\\w-]'): each spelt once a process (while cached; '' when refused). */
const speltClasses = new CappedCache<string, string>(4096);
const spellClassToken = (token: string): string => spellClass(token, 0)?.text ?? '';

/** One token of TOKEN spelt, or null (see caseSpelt). */
function spellToken(token: string): string | null {
  const c = token.charCodeAt(0);
  // The escapes of most patterns (\s, \b, \w, \., \-) are kept as written.
  if (c === 92 && token.length === 2 && (KEPT_ESCAPES.includes(token[1] as string) || !/[A-Za-z0-9]/.test(token[1] as string))) return token;
  if (c === 92) {
    // '\\'
    const e = readEscape(token, 0);
    if (e === null || e.text.length !== token.length || (e.unit >= 0 && !caseless(e.unit) && !isUpper(e.unit) && !isLower(e.unit))) return null;
    return e.unit >= 0 && (isUpper(e.unit) || isLower(e.unit)) ? `[${e.text}${String.fromCharCode(e.unit ^ 32)}]` : e.text;
  }
  if (c === 91) return speltClasses.get(token, spellClassToken) || null;
  if (c === 40) return token.endsWith('>') ? token : null; // a named group's opening: its name is no text to match
  if (c < 128) return speltWords.get(token, spellLetters);
  return caseless(c) ? token : null;
}

/**
 * `src` (a pattern for the `i` flag without the u flag) spelt to match the same strings without `i`: an ASCII letter
 * outside a class becomes '[xX]', a class gains the other case of its ASCII letters and ranges. Null when that cannot
 * be done exactly, and the pattern then keeps its `i` flag: a letter with case outside ASCII (written or escaped), a
 * back-reference (compared ignoring case under `i`), an identity escape of a letter or an octal escape. Read by one
 * native scan (TOKEN), words spelt once a process: a cold worker runs this in the interpreter, where a loop over each
 * character of the ~160 K of case-insensitive source cost ~70 ms.
 */
export function caseSpelt(src: string): string | null {
  let refused = false;
  const out = src.replace(TOKEN, (token) => {
    const spelt = refused ? token : spellToken(token);
    if (spelt === null) refused = true;
    return spelt ?? token;
  });
  return refused ? null : out;
}

/** The class opening at src[start] with the other case of its ASCII letters added before ']'; null as caseSpelt. */
function spellClass(src: string, start: number): { text: string; end: number } | null {
  let i = start + 1;
  let text = '[';
  if (src[i] === '^') {
    text += '^';
    i++;
  }
  let extra = '';
  // A class item: one unit (-1 for a class escape such as \w), its text.
  const item = (): { unit: number; text: string } | null => {
    const ch = src[i] as string;
    if (ch === '\\') {
      const e = readEscape(src, i);
      if (e === null) return null;
      i += e.text.length;
      // Inside a class \b is the backspace, and \B a letter (refused).
      if (e.text === '\\B') return null;
      return { unit: e.text === '\\b' ? 8 : e.unit, text: e.text };
    }
    i++;
    return { unit: ch.charCodeAt(0), text: ch };
  };
  while (i < src.length && src[i] !== ']') {
    const first = item();
    if (first === null) return null;
    text += first.text;
    if (src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length && first.unit >= 0) {
      i++;
      const last = item();
      if (last === null || last.unit < 0) return null;
      text += `-${last.text}`;
      const more = partnerRanges(first.unit, last.unit);
      if (more === null) return null;
      extra += more;
    } else if (src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
      // A class escape before '-' makes no range (ECMA-262 Annex B): '[\s- -{]' is \s, '-' and ' ' each for itself,
      // then '-' and '{'; the atom after the '-' is read here, so it cannot open a range of its own.
      i++;
      const last = item();
      if (last === null) return null;
      text += `-${last.text}`;
      if (last.unit >= 0) {
        const more = partnerRanges(last.unit, last.unit);
        if (more === null) return null;
        extra += more;
      }
    } else if (first.unit >= 0) {
      const more = partnerRanges(first.unit, first.unit);
      if (more === null) return null;
      extra += more;
    }
  }
  if (src[i] !== ']') return null;
  // The other cases go first, after '[' or '[^': a '-' that opened the class would now follow a letter and make a
  // range, so it is escaped.
  const head = text[1] === '^' ? 2 : 1;
  let rest = text.slice(head);
  if (extra && rest.startsWith('-')) rest = `\\-${rest.slice(1)}`;
  return { text: `${text.slice(0, head)}${extra}${rest}]`, end: i + 1 };
}

/**
 * A case-insensitive regex of `src` with `flags` (without 'i' or 'u'): spelt by caseSpelt when it can be, else with
 * the `i` flag. It matches what `new RegExp(src, flags + 'i')` matches, at the same offsets with the same groups.
 */
export function caseInsensitive(src: string, flags = ''): RegExp {
  const spelt = caseSpelt(src);
  return spelt === null ? new RegExp(src, `${flags}i`) : new RegExp(spelt, flags);
}

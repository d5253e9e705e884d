// The start offsets of the words of a text, grouped by their first three characters (ASCII letters folded):
// built in one pass per document, it gives the places where a pattern whose matches all open with a known
// word (leading-words.ts) can start, so the pattern is tried there only.
import type { Leading, WordLiteral } from './leading-words.js';
import type { Scan } from './patterns.js';

/** ASCII word characters as regex `\b` sees them ([A-Za-z0-9_]), letters folded: 0-36, else -1; per UTF-16 code unit. */
const CODE = new Int8Array(65536).fill(-1);
for (let c = 48; c <= 57; c++) CODE[c] = c - 48;
for (let c = 97; c <= 122; c++) CODE[c] = CODE[c - 32] = c - 97 + 10;
CODE[95] = 36;
/** Stands for "the word has ended" in a key: words shorter than three characters have keys too. */
const END = 37;
const RADIX = 38;
/**
 * Keys: the codes of a word's first two characters (END past its end) and its third one folded into THIRD slots,
 * so a known prefix is a range of keys (words of a colliding third character are dropped by the literal check).
 */
const THIRD = 8;
const KEYS = RADIX * RADIX * THIRD;

/** The code of the character at i; -1 for non-word characters and past the end. */
const codeAt = (text: string, i: number): number => (i < text.length ? (CODE[text.charCodeAt(i)] as number) : -1);

/** The keys [from, to) of the words that start with `w` (which begins with a word character). */
function keyRange(w: WordLiteral): [number, number] {
  let key = 0;
  let known = 0;
  let ended = false;
  for (; known < 3; known++) {
    if (known < w.text.length) {
      const c = codeAt(w.text, known);
      if (c < 0) ended = true;
      key = key * RADIX + (ended ? END : c);
    } else if (ended || w.wordEnd) key = key * RADIX + END;
    else break;
  }
  if (known === 3) {
    const third = key % RADIX;
    const two = (key - third) / RADIX;
    return [two * THIRD + (third % THIRD), two * THIRD + (third % THIRD) + 1];
  }
  const span = known === 2 ? THIRD : RADIX * THIRD;
  return [key * span, (key + 1) * span];
}

/** How to look up one leading literal: a range of keys (from, to), or from < 0 for indexOf anywhere. */
interface Lookup {
  readonly key: string;
  readonly text: string;
  readonly wordEnd: boolean;
  readonly from: number;
  readonly to: number;
}

/** Lookups per pattern (a Leading lives as long as its compiled pattern). */
const plans = new WeakMap<Leading, readonly Lookup[]>();
function planOf(leading: Leading): readonly Lookup[] {
  let plan = plans.get(leading);
  if (!plan) {
    plan = [
      ...leading.words.map((w) => {
        const [from, to] = keyRange(w);
        return { key: `${w.wordEnd ? '$' : '^'}${w.text}`, text: w.text, wordEnd: w.wordEnd, from, to };
      }),
      ...leading.anywhere.map((text) => ({ key: `*${text}`, text, wordEnd: false, from: -1, to: -1 })),
    ];
    plans.set(leading, plan);
  }
  return plan;
}

const NONE: readonly number[] = [];

/** Candidate offsets of the current scan (scans run one at a time, synchronously). */
let scratch = new Int32Array(4096);

export class WordStarts {
  /** Word starts sorted by key, then offset; the words of key k are at [offsets[k], offsets[k + 1]). */
  private readonly starts: Int32Array;
  private readonly offsets: Uint32Array;

  constructor(text: string) {
    const n = text.length;
    // Pass 1, without branches on the characters (word/non-word changes are unpredictable): the word starts.
    const at = new Int32Array((n >> 1) + 2);
    let found = 0;
    let prev = -1;
    for (let i = 0; i < n; i++) {
      const code = CODE[text.charCodeAt(i)] as number;
      at[found] = i;
      found += ((code >>> 31) ^ 1) & (prev >>> 31); // code is a word character, prev is not
      prev = code;
    }
    // Pass 2: key each word by its first three characters; a counting sort keeps each key's offsets ascending.
    const counts = new Uint32Array(KEYS + 1);
    const keyOf = new Int32Array(found);
    for (let j = 0; j < found; j++) {
      const i = at[j] as number;
      let b = codeAt(text, i + 1);
      let c = END;
      if (b < 0) b = END;
      else {
        c = codeAt(text, i + 2);
        if (c < 0) c = END;
      }
      const key = ((CODE[text.charCodeAt(i)] as number) * RADIX + b) * THIRD + (c % THIRD);
      keyOf[j] = key;
      counts[key + 1] = (counts[key + 1] as number) + 1;
    }
    for (let k = 1; k <= KEYS; k++) counts[k] = (counts[k] as number) + (counts[k - 1] as number);
    const starts = new Int32Array(found);
    const fill = counts.slice(0, KEYS);
    for (let j = 0; j < found; j++) {
      const key = keyOf[j] as number;
      const slot = fill[key] as number;
      starts[slot] = at[j] as number;
      fill[key] = slot + 1;
    }
    this.starts = starts;
    this.offsets = counts;
  }

  /** Per text variant (lower-cased, cased) and literal, where it occurs: patterns share many leading words ("shall"). */
  private readonly sites = [new Map<string, readonly number[]>(), new Map<string, readonly number[]>()] as const;

  /** Ascending offsets in `hay` where a match can start with `look`. */
  private sitesOf(hay: string, cased: boolean, look: Lookup): readonly number[] {
    const cache = this.sites[cased ? 1 : 0];
    let sites = cache.get(look.key);
    if (sites) return sites;
    let found: number[] | null = null;
    if (look.from < 0) {
      for (let at = hay.indexOf(look.text); at >= 0; at = hay.indexOf(look.text, at + 1)) (found ??= []).push(at);
    } else {
      for (let j = this.offsets[look.from] as number, end = this.offsets[look.to] as number; j < end; j++) {
        const at = this.starts[j] as number;
        if (hay.startsWith(look.text, at) && (!look.wordEnd || codeAt(hay, at + look.text.length) < 0)) (found ??= []).push(at);
      }
      // One key holds ascending offsets; a range of keys (a literal shorter than three characters) needs sorting.
      if (found && look.to - look.from > 1) found.sort((x, y) => x - y);
    }
    sites = found ?? NONE;
    cache.set(look.key, sites);
    return sites;
  }

  /**
   * Offsets, ascending and distinct, where a match of a pattern with these leading literals can start in `hay`
   * (the indexed text, `cased`, or its ASCII lower-cased variant): the first `count` entries of `scratch`.
   */
  private where(hay: string, cased: boolean, leading: Leading): number {
    let lists = 0;
    let total = 0;
    let only: readonly number[] = NONE;
    const plan = planOf(leading);
    for (const look of plan) {
      const sites = this.sitesOf(hay, cased, look);
      if (sites.length === 0) continue;
      lists++;
      total += sites.length;
      only = sites;
    }
    if (total > scratch.length) scratch = new Int32Array(Math.max(total, scratch.length * 2));
    if (lists <= 1) {
      scratch.set(only, 0);
      return total;
    }
    let count = 0;
    for (const look of plan) {
      const sites = this.sitesOf(hay, cased, look);
      scratch.set(sites, count);
      count += sites.length;
    }
    // A typed array sorts numbers natively; two literals can find the same offset.
    scratch.subarray(0, count).sort();
    let k = 0;
    for (let i = 0; i < count; i++) if (k === 0 || scratch[i] !== scratch[k - 1]) scratch[k++] = scratch[i] as number;
    return k;
  }

  /**
   * Every match of `sticky` (a pattern with flag y whose matches start as `leading` says) over `hay`: the same
   * matches as a global scan. A global search returns the match at the first offset from lastIndex where the
   * pattern matches, which is what the sticky pattern finds at the first such word start.
   */
  matches(sticky: RegExp, leading: Leading, hay: string, cased: boolean): Scan {
    const starts: number[] = [];
    const ends: number[] = [];
    let next = 0;
    const count = this.where(hay, cased, leading);
    for (let i = 0; i < count; i++) {
      const at = scratch[i] as number;
      if (at < next) continue;
      sticky.lastIndex = at;
      if (!sticky.test(hay)) continue;
      const end = sticky.lastIndex;
      starts.push(at);
      ends.push(end);
      next = end > at ? end : at + 1;
    }
    return { starts, ends };
  }
}

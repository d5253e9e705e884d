// Where can the matches of a set of patterns start? Most pack patterns open with `\b` and one of a few known
// words (leading-words.ts). A LeadPlan files the opening literals of a set of patterns under the keys of their
// first three characters; one walk over a document's words (WordStarts, in document order) then gives every
// pattern of the plan its candidate offsets, ascending, and each pattern is tried at those offsets only.
import { CappedCache } from '../model/index.js';
import { isBlankChar } from '../clauses/blocks.js';
import { SPACE_RUN, type Leading, type WordLiteral } from './leading-words.js';
import type { Scan } from './patterns.js';

/** ASCII word characters as regex `\b` sees them ([A-Za-z0-9_]), letters folded: 0-36, else -1; per UTF-16 code unit. */
const CODE = new Int8Array(65536).fill(-1);
for (let c = 48; c <= 57; c++) CODE[c] = c - 48;
for (let c = 97; c <= 122; c++) CODE[c] = CODE[c - 32] = c - 97 + 10;
CODE[95] = 36;
/** Stands for "the word has ended" in a key: words shorter than three characters have keys too. */
const END = 37;
const RADIX = 38;
/** Keys: the codes of a word's first three characters (END past its end), so a known prefix is a range of keys. */
const KEYS = RADIX * RADIX * RADIX;

/** The code of the character at i; -1 for non-word characters and past the end. */
const codeAt = (text: string, i: number): number => (i < text.length ? (CODE[text.charCodeAt(i)] as number) : -1);

/** The keys [from, to) of the words that start with `w` (which begins with a word character), and how many characters of it they pin. */
function keyRange(w: WordLiteral): { from: number; to: number; known: number } {
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
  const span = known === 3 ? 1 : known === 2 ? RADIX : RADIX * RADIX;
  return { from: key * span, to: (key + 1) * span, known };
}

/** The words of a text: their start offsets in document order. Built once per document. */
export class WordStarts {
  readonly starts: Int32Array;

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
    this.starts = at.subarray(0, found);
  }
}

/** A pattern to plan: where its matches can start, and whether it runs on the text as written (else lower-cased). */
export interface Planned {
  readonly leading: Leading;
  readonly cased: boolean;
}

/** One opening literal of the plan, with the patterns (slots) it opens. */
interface Entry {
  readonly text: string;
  readonly wordEnd: boolean;
  readonly cased: boolean;
  /** How many leading characters of `text` the word's key and bucket already pin (they fold case: none of a cased literal). */
  pinned: number;
  /** The key and bucket pin all of `text`, and the word's end after it when wordEnd: no check needed. */
  keyed: boolean;
  readonly slots: number[];
  /**
   * For the first word of literals that go on past a run of white space ("shall" of "shall\s+not"): after the word
   * and its run, the rest of each literal by its first character (`tails`), and the literals that end with the run.
   * Null for a literal of its own.
   */
  readonly tails: Map<number, Entry[]> | null;
  readonly runEnds: Entry[];
}

/** An entry: a literal of its own (its slots), the rest of one after a run (a tail), or a first word (with `tails`). */
const literalEntry = (text: string, wordEnd: boolean, cased: boolean, tails: Map<number, Entry[]> | null = null): Entry => ({ text, wordEnd, cased, pinned: 0, keyed: false, slots: [], tails, runEnds: [] });

/** The bucket of the character at i: its code (folded), END for a non-word character or past the end. */
const bucketAt = (text: string, i: number): number => {
  const c = codeAt(text, i);
  return c < 0 ? END : c;
};

/** Whether a word whose fourth character falls in `bucket` can begin with the literal of `e`. */
function fitsBucket(e: Entry, bucket: number): boolean {
  if (e.text.length > 3) return bucketAt(e.text, 3) === bucket;
  // A three-character word literal: the word ends after it, so its fourth character is not a word character.
  if (e.text.length === 3 && e.wordEnd) return bucket === END;
  return true;
}

/** Leading characters of `text` that are lower-case ASCII word characters (what a key or bucket pins of an uncased literal). */
function lowerWordPrefix(text: string, max: number): number {
  let k = 0;
  while (k < max && k < text.length && /[a-z0-9_]/.test(text[k] as string)) k++;
  return k;
}

const SPACE_RUN_CODE = SPACE_RUN.charCodeAt(0);

/** The end of the run of white space at h (h itself when there is none). */
function runEnd(hay: string, h: number): number {
  while (isBlankChar(hay.charCodeAt(h))) h++;
  return h;
}

/** Whether the tail `t` (its first character already compared) goes on at `h` of `hay`, through any further runs of white space. */
function tailAt(t: Entry, hay: string, h: number): boolean {
  const text = t.text;
  let k = 1;
  h++;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === SPACE_RUN_CODE) {
      // One white-space character or more, all of them: what follows in the literal is not white space.
      if (!isBlankChar(hay.charCodeAt(h))) return false;
      h = runEnd(hay, h + 1);
    } else if (hay.charCodeAt(h) === c) h++;
    else return false;
    k++;
  }
  return !t.wordEnd || codeAt(hay, h) < 0;
}

/** Add `at` to the candidates of each slot (two literals of one pattern can open the same word: each offset once). */
function addTo(out: number[][], slots: readonly number[], at: number): void {
  for (const slot of slots) {
    const list = out[slot] as number[];
    if (list[list.length - 1] !== at) list.push(at);
  }
}

export class LeadPlan {
  /**
   * Entries by word key (a literal shorter than three characters is filed under each key of its range), then by
   * the bucket of the word's fourth character: most words that share a literal's first three characters do
   * not share its fourth, and are not compared with it.
   */
  private readonly table: (readonly (readonly Entry[] | undefined)[] | undefined)[] = new Array<readonly (readonly Entry[] | undefined)[] | undefined>(KEYS);
  /** Literals found with indexOf wherever they occur (no word start needed). */
  private readonly anywhere: Entry[] = [];
  readonly size: number;

  constructor(patterns: readonly Planned[]) {
    this.size = patterns.length;
    const entries = new Map<string, Entry>();
    const byKey = new Map<number, Entry[]>();
    // A first word (`group`) is filed as a word that ends (white space follows it), under its own key.
    const entryOf = (text: string, wordEnd: boolean, cased: boolean, word: boolean, group = false): Entry => {
      const key = `${group ? 'G' : word ? (wordEnd ? '$' : '^') : '*'}${cased ? 'C' : 'l'}${text}`;
      let e = entries.get(key);
      if (!e) {
        e = group ? literalEntry(text, true, cased, new Map<number, Entry[]>()) : literalEntry(text, wordEnd, cased);
        entries.set(key, e);
        if (!word) this.anywhere.push(e);
        else {
          const { from, to, known } = keyRange({ text, wordEnd });
          // Keys fold case: they pin the first characters (up to three) of an uncased literal of lower-case word
          // characters, and for a word shorter than three its end; the bucket pins a fourth such character.
          if (!cased) {
            const lowerWord = lowerWordPrefix(text, 4);
            e.pinned = Math.min(known, lowerWord, text.length);
            if (e.pinned === 3 && lowerWord === 4) e.pinned = 4;
          }
          e.keyed = e.pinned === text.length && (!wordEnd || known > text.length || text.length === 3);
          for (let k = from; k < to; k++) {
            let list = byKey.get(k);
            if (!list) byKey.set(k, (list = []));
            list.push(e);
          }
        }
      }
      return e;
    };
    /** The entry of the rest of a literal after its first word and run, under that word's entry. */
    const tailOf = (first: Entry, text: string, wordEnd: boolean): Entry => {
      const tails = first.tails as Map<number, Entry[]>;
      const list = text === '' ? first.runEnds : (tails.get(text.charCodeAt(0)) ?? (tails.set(text.charCodeAt(0), []), tails.get(text.charCodeAt(0)) as Entry[]));
      let t = list.find((x) => x.text === text && x.wordEnd === wordEnd);
      if (!t) list.push((t = literalEntry(text, wordEnd, first.cased)));
      return t;
    };
    patterns.forEach((p, slot) => {
      for (const w of p.leading.words) {
        const run = w.text.indexOf(SPACE_RUN);
        if (run < 0) entryOf(w.text, w.wordEnd, p.cased, true).slots.push(slot);
        // A literal that ends in a run of white space ends no word (leadingWords never marks one wordEnd).
        else tailOf(entryOf(w.text.slice(0, run), true, p.cased, true, true), w.text.slice(run + 1), w.wordEnd && !w.text.endsWith(SPACE_RUN)).slots.push(slot);
      }
      for (const text of p.leading.anywhere) entryOf(text, false, p.cased, false).slots.push(slot);
    });
    // Keys with the same entries (the range of a short literal) share their buckets.
    const ids = new Map<Entry, number>();
    for (const e of entries.values()) ids.set(e, ids.size);
    const shared = new Map<string, (Entry[] | undefined)[]>();
    for (const [k, list] of byKey) {
      const signature = list.map((e) => ids.get(e)).join(',');
      let buckets = shared.get(signature);
      if (!buckets) {
        buckets = [];
        for (let b = 0; b < RADIX; b++) {
          const fit = list.filter((e) => fitsBucket(e, b));
          buckets.push(fit.length ? fit : undefined);
        }
        shared.set(signature, buckets);
      }
      this.table[k] = buckets;
    }
  }

  /**
   * Per pattern (in the order given), the offsets where its matches can start: ascending and distinct. `lower` is
   * the ASCII lower-cased text (same offsets) that uncased patterns run on, `cased` the text as written.
   */
  candidates(words: WordStarts, lower: string, cased: string): number[][] {
    const out: number[][] = [];
    for (let s = 0; s < this.size; s++) out.push([]);
    const { starts } = words;
    const table = this.table;
    for (let j = 0; j < starts.length; j++) {
      const at = starts[j] as number;
      // The word's key: its first three characters (END once it has ended).
      let b = codeAt(lower, at + 1);
      let c = END;
      if (b < 0) b = END;
      else {
        c = codeAt(lower, at + 2);
        if (c < 0) c = END;
      }
      const buckets = table[((CODE[lower.charCodeAt(at)] as number) * RADIX + b) * RADIX + c];
      if (buckets === undefined) continue;
      const entries = buckets[bucketAt(lower, at + 3)];
      if (entries === undefined) continue;
      for (const e of entries) {
        const hay = e.cased ? cased : lower;
        if (!e.keyed) {
          const text = e.text;
          let k = e.pinned;
          while (k < text.length && hay.charCodeAt(at + k) === text.charCodeAt(k)) k++;
          if (k < text.length || (e.wordEnd && codeAt(hay, at + k) >= 0)) continue;
        }
        if (e.tails === null) {
          addTo(out, e.slots, at);
          continue;
        }
        // A first word: its run of white space (one character or more, all of them), then the tails that go on there.
        const after = at + e.text.length;
        if (!isBlankChar(hay.charCodeAt(after))) continue;
        const h = runEnd(hay, after + 1);
        for (const t of e.runEnds) addTo(out, t.slots, at);
        const tails = e.tails.get(hay.charCodeAt(h));
        if (tails !== undefined) for (const t of tails) if (tailAt(t, hay, h)) addTo(out, t.slots, at);
      }
    }
    if (this.anywhere.length) this.addAnywhere(out, lower, cased);
    return out;
  }

  /** Merge the places of the literals that need no word start into their patterns' lists (rare: "$", "[", "us$"). */
  private addAnywhere(out: number[][], lower: string, cased: string): void {
    const found = new Map<number, number[]>();
    for (const e of this.anywhere) {
      const hay = e.cased ? cased : lower;
      let at = hay.indexOf(e.text);
      if (at < 0) continue;
      const sites: number[] = [];
      for (; at >= 0; at = hay.indexOf(e.text, at + 1)) sites.push(at);
      for (const slot of e.slots) {
        const list = found.get(slot);
        if (list) for (const at of sites) list.push(at);
        else found.set(slot, sites.slice());
      }
    }
    for (const [slot, sites] of found) out[slot] = mergeDistinct(out[slot] as number[], sites.length > 1 ? Int32Array.from(sites).sort() : sites);
  }
}

/** The distinct offsets of two lists, ascending: `a` ascending and distinct, `b` ascending. */
function mergeDistinct(a: readonly number[], b: ArrayLike<number>): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const y = j < b.length ? (b[j] as number) : Infinity;
    const next = x <= y ? x : y;
    if (x === next) i++;
    if (y === next) j++;
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/**
 * Every match of `sticky` (a pattern with flag y) over `hay`, trying it only at `candidates` (ascending offsets
 * that include every place a match can start): the same matches as a global scan, which returns the match at
 * the first offset from lastIndex where the pattern matches.
 */
export function scanAt(sticky: RegExp, candidates: readonly number[], hay: string): Scan {
  const starts: number[] = [];
  const ends: number[] = [];
  let next = 0;
  for (let i = 0; i < candidates.length; i++) {
    const at = candidates[i] as number;
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

/**
 * How many one-pattern plans a process keeps. Each holds a table of KEYS slots (~440 KB): the built-in packs scan no
 * pattern outside their plan, and a process meeting ever new patterns must not keep a table for each.
 */
export const SINGLE_PLAN_LIMIT = 32;
/** One-pattern plans, for patterns scanned outside a plan: uncased, cased. */
const single = [new CappedCache<Leading, LeadPlan>(SINGLE_PLAN_LIMIT), new CappedCache<Leading, LeadPlan>(SINGLE_PLAN_LIMIT)] as const;
const uncasedPlan = (leading: Leading): LeadPlan => new LeadPlan([{ leading, cased: false }]);
const casedPlan = (leading: Leading): LeadPlan => new LeadPlan([{ leading, cased: true }]);
/** How many one-pattern plans are kept (tests of the bound). */
export const singlePlanCount = (): number => single[0].size + single[1].size;

/** Every match of one pattern over `hay` (the text as written when `cased`, else lower-cased), at its candidate word starts. */
export function matchesOf(words: WordStarts, sticky: RegExp, leading: Leading, hay: string, cased: boolean): Scan {
  const plan = cased ? single[1].get(leading, casedPlan) : single[0].get(leading, uncasedPlan);
  return scanAt(sticky, plan.candidates(words, hay, hay)[0] as number[], hay);
}

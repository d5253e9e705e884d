// The words of a document, found in one walk over its characters and shared by the stages that read text word by word:
// the tagger looks its cue words up by their hashes (tag/cues.ts), the rules try their patterns' opening literals at
// the word starts (rules/word-starts.ts). Before, each stage walked every character of the text for its own words.
import type { Source } from './source.js';

/**
 * The runs of ASCII word characters of a text ([A-Za-z0-9_]: what regex `\w` and `\b` see, without the `u` flag), in
 * text order, as three arrays of `count` entries.
 */
export interface WordIndex {
  readonly count: number;
  /** Where each run starts. */
  readonly starts: Int32Array;
  /** Where the letters and digits the run opens with end (its start when it opens with "_"). */
  readonly ends: Int32Array;
  /** Those letters and digits, lower-cased (ASCII), hashed: h = h * 31 + code, in 32 bits, from 0 (wordHash). */
  readonly hashes: Int32Array;
}

/** Per ASCII code: 1 for a letter or digit, 2 for "_", else 0 (and for every code from 128 on). */
const KIND = new Uint8Array(128);
for (let c = 48; c <= 57; c++) KIND[c] = 1;
for (let c = 65; c <= 90; c++) KIND[c] = KIND[c + 32] = 1;
KIND[95] = 2;

/** wordIndex's hash of a key of lower-case letters and digits. */
export function wordHash(key: string): number {
  let h = 0;
  for (let k = 0; k < key.length; k++) h = (Math.imul(h, 31) + key.charCodeAt(k)) | 0;
  return h;
}

/**
 * Word runs written into buffers kept for reuse: a scan of many short texts (headings) allocates nothing per text. Its
 * arrays may be longer than `count`; they hold the runs of the text last filled in, until the next fill.
 */
export class WordRunBuffer implements WordIndex {
  count = 0;
  starts: Int32Array<ArrayBuffer> = new Int32Array(64);
  ends: Int32Array<ArrayBuffer> = new Int32Array(64);
  hashes: Int32Array<ArrayBuffer> = new Int32Array(64);

  /** Finds the word runs of `text`. */
  fill(text: string): this {
    const n = text.length;
    let { starts, ends, hashes } = this;
    let count = 0;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (c >= 128 || KIND[c] === 0) {
        i++;
        continue;
      }
      const start = i;
      let h = 0;
      // The letters and digits, hashed lower-case (a capital's code | 32 is its lower case; digits keep theirs).
      while (c < 128 && KIND[c] === 1) {
        h = (Math.imul(h, 31) + (c | 32)) | 0;
        if (++i === n) break;
        c = text.charCodeAt(i);
      }
      const end = i;
      // The rest of the run, from a "_" on.
      while (i < n && c < 128 && KIND[c] !== 0) {
        if (++i === n) break;
        c = text.charCodeAt(i);
      }
      if (count === starts.length) {
        // Room for a word in four characters of the text, at least twice the room before, at most as many runs as
        // the text can hold (one in two characters: what fillKept's bound relies on).
        const room = Math.min(Math.max(count * 2, (n >> 2) + 16), Math.max(64, (n + 1) >> 1));
        starts = this.starts = grown(starts, room, count);
        ends = this.ends = grown(ends, room, count);
        hashes = this.hashes = grown(hashes, room, count);
      }
      starts[count] = start;
      ends[count] = end;
      hashes[count] = h;
      count++;
    }
    this.count = count;
    return this;
  }
}

function grown(a: Int32Array, room: number, used: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(room);
  b.set(a.subarray(0, used));
  return b;
}

/**
 * The most runs a buffer kept for reuse holds (3 MB; CUAD dev's largest contract has 42,276 runs): a long-lived process
 * must not hold, for good, room for the runs of the largest text it ever read.
 */
export const WORD_RUNS_KEPT = 1 << 18;

/** `buffer` filled with the runs of `text`, or, when that could grow it past WORD_RUNS_KEPT, a buffer of their own. */
export function fillKept(buffer: WordRunBuffer, text: string): WordRunBuffer {
  return (text.length + 1) >> 1 > WORD_RUNS_KEPT ? new WordRunBuffer().fill(text) : buffer.fill(text);
}

/** The buffer wordIndex fills. */
const shared = new WordRunBuffer();

/** The word runs of `text` (see WordIndex), in arrays of their own, `count` long (one allocation). */
export function wordIndex(text: string): WordIndex {
  const runs = fillKept(shared, text);
  const { count } = runs;
  const all = new Int32Array(count * 3);
  all.set(runs.starts.subarray(0, count), 0);
  all.set(runs.ends.subarray(0, count), count);
  all.set(runs.hashes.subarray(0, count), count * 2);
  return { count, starts: all.subarray(0, count), ends: all.subarray(count, count * 2), hashes: all.subarray(count * 2) };
}

const indexes = new WeakMap<Source, WordIndex>();

/** The word runs of the source's text, found once per source (the tagger's and the rules' walks share them). */
export function wordIndexOf(source: Source): WordIndex {
  let index = indexes.get(source);
  if (index === undefined) indexes.set(source, (index = wordIndex(source.text)));
  return index;
}

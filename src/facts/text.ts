// Small text helpers shared by the fact extractors: number words, sentence bounds, clause lookup by offset.
import { numberedClauseIndex, upperBound, wordHash, type ClauseNode, type ClauseTree, type WordIndex } from '../model/index.js';
import { isBlankChar, isFurnitureLine } from '../clauses/blocks.js';
import { abbreviationDot } from '../clauses/abbreviations.js';

/** Anything squash() would change: white space other than one inner space. */
const NOT_SQUASHED = /[^\S ]| {2}|^ | $/;

/** Collapse runs of whitespace so that text broken across lines compares equal. */
export function squash(s: string): string {
  // Most inputs are already squashed (single spaces inside, none at the ends): return them without copying.
  if (!NOT_SQUASHED.test(s)) return s;
  return s.replace(/\s+/g, ' ').trim();
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
// (Indian English counts in lakh (100,000) and crore (10,000,000): "Rupees Two Crore Fifty Lakh only".)
const SCALE: Record<string, number> = { hundred: 100, thousand: 1_000, lakh: 100_000, lakhs: 100_000, crore: 10_000_000, crores: 10_000_000, million: 1_000_000, billion: 1_000_000_000 };

/** The number words ("zero" ... "ninety", "hundred" ... "billion"). */
export const NUMBER_WORD_LIST: readonly string[] = [...Object.keys(SMALL), ...Object.keys(SCALE)];
/** One number word, for building patterns. */
export const NUMBER_WORD = `(?:${[...NUMBER_WORD_LIST].sort((a, b) => b.length - a.length).join('|')})`;
/**
 * `[^\S\r\n]` (white space but a carriage return or line feed) spelt as the 23 characters it holds. The same characters,
 * but V8 closes a negated class's complement (nearly all of Unicode) over case in a case-insensitive pattern, once per
 * use, each time it compiles one: the measures' patterns held it 24 to 64 times, and compiling REVERSE_PAIR cost 207M
 * instructions (both tiers, one- and two-byte texts; 92M spelt so).
 */
export const SPACE_NOT_BREAK = String.raw`[\t\v\f \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]`;
/**
 * One white-space character, or one line break, that does not open a blank line (a paragraph break): what may stand
 * between the words of one number, and between a number and its unit ("five (5) years", "ten dollars"), written `\s` in
 * a pattern that would otherwise read across paragraphs. A line breaks at "\r\n", "\n" or a lone "\r", as the clause
 * parser reads lines (scanBlocks): a text with carriage returns alone has its blank lines as "\r\r".
 */
export const INLINE_SPACE = String.raw`(?:${SPACE_NOT_BREAK}|(?:\r\n?|\n)(?!${SPACE_NOT_BREAK}*[\r\n]))`;
/**
 * What joins the words of one number: white space or hyphens, not a blank line. "ARTICLE SEVENTEEN" and a paragraph that
 * opens "Five (5) days" are two numbers (the measures' windows start after a blank line for the same reason).
 */
// A comma may follow a scale word: "one million, two hundred thousand" (as Brazilian and Portuguese translations write it).
const numberGap = (space: string): string => `(?:,(?<=(?:thousand|million|billion|THOUSAND|MILLION|BILLION|Thousand|Million|Billion),))?(?:${space}|-)+`;
/** NUMBER_WORDS with `space` (one white-space character or line break, as INLINE_SPACE) between its words. */
export function numberWordsWith(space: string): string {
  const gap = numberGap(space);
  return `${NUMBER_WORD}(?:(?:${gap}|${gap}and${gap})${NUMBER_WORD})*`;
}
/** A run of number words: "ninety", "twenty-four", "one hundred and twenty", "one-hundred-and-eighty", "three million". */
export const NUMBER_WORDS = numberWordsWith(INLINE_SPACE);

/** Value of a run of English number words ("one hundred and twenty-five" = 125), or null if it is not one. */
export function parseNumberWords(words: string): number | null {
  const parts = words.toLowerCase().split(/[\s,-]+/).filter((w) => w && w !== 'and');
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of parts) {
    const small = SMALL[w];
    if (small !== undefined) {
      current += small;
      seen = true;
      continue;
    }
    const scale = SCALE[w];
    if (scale === undefined) return null;
    if (!seen && current === 0) current = 1; // "hundred" alone reads as one hundred
    if (scale === 100) current *= 100;
    // "one thousand crore": a crore (or lakh) of what was read so far
    else if (current === 0 && total > 0 && (w.startsWith('crore') || w.startsWith('lakh'))) total *= scale;
    else {
      total += current * scale;
      current = 0;
    }
    seen = true;
  }
  return total + current;
}

/** "1,000,000.50" -> 1000000.5; null when it is not a number. */
export function parseFigure(figure: string): number | null {
  // A decimal comma after groups of spaces or full stops ("1 500 000,00", "1.500.000,00"); apostrophes group as commas do.
  const comma = /^(\d{1,3}(?:[.\s]\d{3})+),(\d{1,2})$/.exec(figure);
  if (comma !== null) return Number(`${(comma[1] as string).replace(/[.\s]/g, '')}.${comma[2] as string}`);
  // Two or more full stops group thousands ("2.000.000"): a decimal has one point.
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(figure)) return Number(figure.replace(/\./g, ''));
  // One or two digits after a comma: a decimal comma ("2,5", "12,50"); no group of thousands has fewer than three.
  if (/^\d+,\d{1,2}$/.test(figure)) return Number(figure.replace(',', '.'));
  const n = Number(figure.replace(/[,\s'’]/g, ''));
  return Number.isFinite(n) ? n : null;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** "IV" -> 4; null when not a roman numeral. */
export function romanToNumber(s: string): number | null {
  const lower = s.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(lower)) return null;
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const v = ROMAN[lower[i] as string] as number;
    const next = i + 1 < lower.length ? (ROMAN[lower[i + 1] as string] as number) : 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Offset where the clause's heading ends in the text (c.start without one): evidence prefers words after it. */
export function headingEnd(text: string, c: ClauseNode): number {
  if (!c.heading) return c.start;
  // Only a heading starting in the clause's first 40 characters counts, so the search stops where such a one would end:
  // a heading the text writes otherwise (squashed, marked up) sent indexOf to the end of the document.
  const at = indexOfBefore(text, c.heading, c.start, c.start + 40);
  return at >= 0 ? at + c.heading.length : c.start;
}

/** The first index of `part` in `text` from `from` when it is below `before` (text.indexOf(part, from), -1 unless below `before`), reading no further than such a match ends. */
export function indexOfBefore(text: string, part: string, from: number, before: number): number {
  from = Math.min(Math.max(from, 0), text.length); // as indexOf reads it
  if (before <= from) return -1;
  const at = text.slice(from, before + part.length - 1).indexOf(part);
  return at < 0 ? -1 : from + at;
}

/**
 * Sentence starts within text[from, to): offsets where a sentence begins. A sentence ends at ". " / "; " / "? "
 * before an upper-case letter, quote or bracket (not after an abbreviation: clauses/abbreviations.ts), or at a blank line.
 */
export function sentenceStarts(text: string, from: number, to: number): number[] {
  const starts = [from];
  const re = /([.;?!])["”')]*\s+(?=["“(\[]?[A-Z0-9(])|\n[ \t]*\n\s*/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    if (m[1] === '.' && abbreviationDot(text, m.index, from)) continue;
    const next = m.index + m[0].length;
    if (m[1] === undefined) {
      const resume = pageBreakResume(text, m.index, next);
      if (resume > 0) {
        re.lastIndex = resume;
        continue;
      }
    }
    if (next < to) starts.push(next);
  }
  return starts;
}

/**
 * A sentence that a page break cuts in two ("grants to Veridian and its\n\n  -2-\n<PAGE>\nAffiliates a non-exclusive
 * ... license", in EDGAR text): the blank line at `gap` comes after a lower-case word or a comma, and page furniture
 * (a page number, "Page 3 of 12", EDGAR's "<PAGE>": isFurnitureLine) stands at `next` before the text goes on. Where
 * the text goes on (the sentence continues there), or 0 when this blank line is a paragraph break.
 */
function pageBreakResume(text: string, gap: number, next: number): number {
  let b = gap;
  while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9 || text.charCodeAt(b - 1) === 13)) b--;
  const c = text.charCodeAt(b - 1);
  if (!((c >= 97 && c <= 122) || c === 44)) return 0;
  let at = next;
  let furniture = false;
  for (;;) {
    let e = text.indexOf('\n', at);
    if (e < 0) e = text.length;
    const line = text.slice(at, e).trim();
    if (line.length === 0 || line.length > 90 || !isFurnitureLine(line)) break;
    furniture = true;
    at = e;
    while (at < text.length && isBlankChar(text.charCodeAt(at))) at++;
  }
  return furniture && at < text.length ? at : 0;
}

/**
 * The matches a global scan of a pattern would find, given `starts`: every position at which the pattern can match,
 * ascending (repeats and positions where it cannot match are allowed). `sticky` (the pattern with flag y) is tried at
 * each start that the previous match does not cover. For a pattern with no cheap opening that a regex finder could
 * scan for, the starts come from literals it must hold, found with indexOf (which runs many times faster than any
 * regex) and a bounded look around each.
 */
export function* matchesAt(text: string, starts: ArrayLike<number>, sticky: RegExp): Generator<RegExpExecArray, void, undefined> {
  // A generator, not a list: each match dies young, as with matchAll (a list of all of a document's matches outlives
  // the young generation and is copied by the garbage collector).
  let resume = 0;
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i] as number;
    if (at < resume) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) {
      resume = at + 1;
      continue;
    }
    // Like a global scan: after a match, resume at its end (after an empty one, at the next position).
    resume = m[0].length > 0 ? at + m[0].length : at + 1;
    yield m;
  }
}

/** Appends the offset of every occurrence of `literal` in `text` to `out`, plus `shift`. */
export function pushOccurrences(text: string, literal: string, out: number[], shift = 0): void {
  for (let i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) out.push(i + shift);
}

/** Sorted starts for matchesAt (an Int32Array sorts numbers natively). */
export function sortedStarts(starts: readonly number[]): Int32Array {
  return Int32Array.from(starts).sort();
}

/**
 * Where the `words` words before `at` start, walking back over white space and words but never below `floor` (the
 * previous hit's walk has covered the text below it): the prefilters of grant verbs and definition phrases try their
 * patterns from there.
 */
export function wordsBack(text: string, at: number, floor: number, words: number): number {
  let j = at;
  let seen = 0;
  while (j > floor) {
    if (isBlankChar(text.charCodeAt(j - 1))) j--;
    else if (seen < words) {
      seen++;
      while (j > floor && !isBlankChar(text.charCodeAt(j - 1))) j--;
    } else break;
  }
  return j;
}

/**
 * Where the word runs of the text (model/words.ts) whose letters and digits are one of `words` (lower case, or as
 * written: the spelling is compared as it is), start, ascending: the whole-word occurrences of some words, read from
 * the runs' hashes instead of an indexOf scan of every character. A run's letters may be followed by "_" ("sue_"), as
 * an indexOf hit's may. One walk serves any number of words: the walk tests each run's hash against a table of the
 * words' hashes (RUN_FILTER), and only the few runs it lets through are spelt out.
 */
export function wordRunStarts(text: string, index: WordIndex, words: readonly string[]): number[] {
  const byHash = new Map<number, string[]>();
  for (const word of words) {
    const h = wordHash(word.toLowerCase());
    const same = byHash.get(h);
    if (same === undefined) byHash.set(h, [word]);
    else if (!same.includes(word)) same.push(word);
  }
  const filter = RUN_FILTER;
  for (const h of byHash.keys()) filter[h & RUN_FILTER_MASK] = 1;
  const { count, hashes } = index;
  // The loop over every run only looks up and writes: each run's index is written where the next hit goes, and kept
  // by counting the hit. A step taken only at a hit (a push, a string compare) would have had no type feedback after
  // warm-up text without one, and V8 threw the optimised loop away at the first hit of a measured pass.
  const hits = count < runIndexes.length ? runIndexes : new Int32Array(count + 1);
  let n = 0;
  for (let r = 0; r < count; r++) {
    hits[n] = r;
    n += filter[(hashes[r] as number) & RUN_FILTER_MASK] as number;
  }
  for (const h of byHash.keys()) filter[h & RUN_FILTER_MASK] = 0;
  if (hits !== runIndexes && hits.length <= RUN_INDEXES_KEPT) runIndexes = hits;
  return runsSpelling(text, index, byHash, hits, n);
}
let runIndexes = new Int32Array(4096);
/** The most entries of the run-index buffer kept between texts (1 MB). */
const RUN_INDEXES_KEPT = 1 << 18;
/** 1 at the low 12 bits of each hash looked for (set and cleared by each walk; a run of another word passes 1 time in ~4,000 per word). */
const RUN_FILTER = new Uint8Array(1 << 12);
const RUN_FILTER_MASK = RUN_FILTER.length - 1;

/** The starts of the runs `hits[0, n)` whose letters and digits are one of the words of their hash. */
function runsSpelling(text: string, index: WordIndex, byHash: ReadonlyMap<number, readonly string[]>, hits: Int32Array, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = hits[i] as number;
    const words = byHash.get(index.hashes[r] as number);
    if (words === undefined) continue;
    const start = index.starts[r] as number;
    const length = (index.ends[r] as number) - start;
    for (const word of words) if (length === word.length && text.startsWith(word, start)) out.push(start);
  }
  return out;
}

/**
 * Whether two occurrences of `s` can overlap (a proper suffix of it is also a prefix): a scan that goes on after
 * each occurrence it finds then skips the overlapping ones.
 */
export function selfOverlaps(s: string): boolean {
  const n = s.length;
  for (let i = 1; i < n; i++) {
    let j = 0;
    while (i + j < n && s.charCodeAt(i + j) === s.charCodeAt(j)) j++;
    if (i + j === n) return true;
  }
  return false;
}

/** The character code at `i`, or -1 outside the text (charCodeAt out of range deoptimises a hot loop). */
export const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/**
 * [A-Za-z0-9] by character code. The hot loops of this stage keep their own one-line copies of such tests (isBlankCode,
 * isLetterCode, isDigitCode): calling an imported one measured ~10% slower in the candidate and list-entry start scans.
 */
export const isAlnumCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

// A capital letter that starts a word, or follows "_" ("__Licensed Patents__" in Markdown emphasis).
const CAPITAL_START = /(?:\b|_)[A-Z]/g;

/**
 * Every capital letter not preceded by a letter or digit, ascending: where a capitalised word can start. Several
 * passes look for capitalised words after something cheap to check by hand (a determiner, a line start); one scan of
 * this cheap pattern (a test() loop builds no match arrays) serves them all, instead of a regex of each scanning the
 * whole text, trying an expensive opening at every position. `words`, the text's word runs when the caller has them (a
 * document's, model/words.ts wordIndexOf), give the same capitals without the scan.
 */
export function capitalStarts(text: string, words?: WordIndex): Int32Array {
  if (words !== undefined) return capitalsOfRuns(text, words);
  // Written into one buffer kept for the next text (grown when a text has more), then copied at its length: a list
  // grown by push and copied into a typed array cost a sixth more (CUAD dev has 237K capitals).
  let out = capitalBuffer;
  let n = 0;
  CAPITAL_START.lastIndex = 0;
  while (CAPITAL_START.test(text)) {
    if (n === out.length) out = grownCapitals(out);
    out[n++] = CAPITAL_START.lastIndex - 1;
  }
  return out.slice(0, n);
}

/**
 * capitalStarts from the text's word runs (model/words.ts: runs of [A-Za-z0-9_], which is what `\b` sees without the
 * `u` flag): a capital at `\b` opens a run, and one after "_" lies inside a run, found by the text's "_"s. What the
 * regex finds, in the same order, without trying it at every position (a fresh pass over CUAD dev: ~5-10 ms less).
 */
function capitalsOfRuns(text: string, words: WordIndex): Int32Array {
  const { count, starts } = words;
  let out = capitalBuffer;
  let n = 0;
  let under = text.indexOf('_');
  for (let j = 0; j <= count; j++) {
    const s = j < count ? (starts[j] as number) : text.length;
    // The capitals after a "_" before this run (inside earlier runs, so never a run's start).
    for (; under >= 0 && under < s; under = text.indexOf('_', under + 1)) {
      const c = under + 1 < text.length ? text.charCodeAt(under + 1) : 0;
      if (c < 65 || c > 90) continue;
      if (n === out.length) out = grownCapitals(out);
      out[n++] = under + 1;
    }
    if (j === count) break;
    const c = text.charCodeAt(s);
    if (c < 65 || c > 90) continue;
    if (n === out.length) out = grownCapitals(out);
    out[n++] = s;
  }
  return out.slice(0, n);
}

/** The capitals' buffer twice as long, kept for the next text within CAPITAL_BUFFER_KEPT. */
function grownCapitals(out: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(out.length * 2);
  grown.set(out);
  if (grown.length <= CAPITAL_BUFFER_KEPT) capitalBuffer = grown;
  return grown;
}
let capitalBuffer = new Int32Array(4096);
/**
 * The most entries of the buffer kept between texts (1 MB; CUAD dev's largest contract has 11,642 capitals): a
 * long-lived process must not hold, for good, twice the capitals of the largest text it ever read (8 MB after 10 MB
 * of capitalised words).
 */
const CAPITAL_BUFFER_KEPT = 1 << 18;
/** How many entries the buffer kept for the next text has (tests of the bound). */
export const keptCapitalBuffer = (): number => capitalBuffer.length;

/** The index of the last element <= value in an ascending array, or -1. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  return upperBound(sorted, value) - 1;
}

/** Whether the clauses' starts never decrease (a well-formed tree's pre-order). */
function startAscending(clauses: readonly ClauseNode[]): boolean {
  for (let i = 1; i < clauses.length; i++) if ((clauses[i] as ClauseNode).start < (clauses[i - 1] as ClauseNode).start) return false;
  return true;
}

/** Whether clause i of the list is numbered c(i+1), as the clause splitter numbers a tree (clauses/validate.ts). */
function numberedInOrder(clauses: readonly ClauseNode[]): boolean {
  for (let i = 0; i < clauses.length; i++) if (numberedClauseIndex((clauses[i] as ClauseNode).id) !== i) return false;
  return true;
}

/** Finds the deepest clause that contains an offset in O(log n + depth). */
export class ClauseLocator {
  private readonly starts: number[];
  private readonly ordered: readonly ClauseNode[];
  private readonly ends: Float64Array;
  /** Each ordered clause's parent as an index into `ordered` (-1 for none): the walk up compares numbers, no id lookups. */
  private readonly parents: Int32Array;
  /**
   * Clauses by id, for a tree not numbered c1..cN in start order (null: the id names the index, and no map of a
   * document's clause ids is built).
   */
  private readonly byId: Map<string, ClauseNode> | null;
  /** The ordered index the last lookup started from: most callers ask in ascending order, often within one clause. */
  private last = -1;
  constructor(private readonly tree: ClauseTree) {
    const clauses = tree.clauses;
    // Pre-order is start-ascending for a well-formed tree: its list serves as it is (no copy, no sort); another is
    // sorted without changing ties.
    const inOrder = startAscending(clauses);
    const ordered = inOrder ? clauses : [...clauses].sort((a, b) => a.start - b.start);
    const n = ordered.length;
    this.ordered = ordered;
    const starts: number[] = [];
    const ends = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const c = ordered[i] as ClauseNode;
      starts.push(c.start);
      ends[i] = c.end;
    }
    this.starts = starts;
    this.ends = ends;
    const parents = new Int32Array(n);
    if (inOrder && numberedInOrder(clauses)) {
      // A well-formed tree: every id is its clause's index, so a parent id names the parent's index.
      this.byId = null;
      for (let i = 0; i < n; i++) {
        const parentId = (ordered[i] as ClauseNode).parentId;
        const p = parentId ? numberedClauseIndex(parentId) : -1;
        parents[i] = p >= 0 && p < n && (ordered[p] as ClauseNode).id === parentId ? p : -1;
      }
    } else {
      // An id may repeat in a malformed tree: the map keeps the last node of an id, and a parent is that node.
      const byId = new Map<string, ClauseNode>();
      const indexById = new Map<string, number>();
      for (let i = 0; i < clauses.length; i++) byId.set((clauses[i] as ClauseNode).id, clauses[i] as ClauseNode);
      if (inOrder) for (let i = 0; i < n; i++) indexById.set((ordered[i] as ClauseNode).id, i);
      else {
        const indexOf = new Map<ClauseNode, number>();
        ordered.forEach((c, i) => indexOf.set(c, i));
        for (const [id, c] of byId) indexById.set(id, indexOf.get(c) as number);
      }
      for (let i = 0; i < n; i++) {
        const parentId = (ordered[i] as ClauseNode).parentId;
        parents[i] = parentId ? (indexById.get(parentId) ?? -1) : -1;
      }
      this.byId = byId;
    }
    this.parents = parents;
  }

  get(id: string): ClauseNode | undefined {
    if (this.byId !== null) return this.byId.get(id);
    const i = numberedClauseIndex(id);
    const c = i >= 0 && i < this.ordered.length ? (this.ordered[i] as ClauseNode) : undefined;
    return c !== undefined && c.id === id ? c : undefined;
  }

  at(offset: number): ClauseNode | null {
    // The last clause starting at or before the offset, or the nearest of its ancestors that still contains it.
    // Every read made on every call (the parent too, before it is needed): a read reached only on the way up to an
    // ancestor lacked type feedback after a warm-up whose lookups all landed in the clause itself, and V8 threw the
    // optimised code away at the first that did not.
    const starts = this.starts;
    const ends = this.ends;
    const parents = this.parents;
    const ordered = this.ordered;
    let i = this.last;
    // Within the span of the previous lookup's clause start (up to the next start): the same index as a search finds.
    if (!(i >= 0 && (starts[i] as number) <= offset && (i + 1 === starts.length || (starts[i + 1] as number) > offset))) {
      i = lastAtOrBefore(starts, offset);
      this.last = i;
    }
    while (i >= 0) {
      const parent = parents[i] as number;
      if (offset < (ends[i] as number)) return ordered[i] as ClauseNode;
      i = parent;
    }
    return null;
  }

  get clauses(): readonly ClauseNode[] {
    return this.tree.clauses;
  }
}

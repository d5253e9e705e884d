// Where can the matches of a set of patterns start? Most pack patterns open with `\b` and one of a few known
// words (leading-words.ts). A LeadPlan holds the opening literals of a set of patterns in a trie (one of folded
// literals, read in the text folded unit by unit (foldCode), one for the text as written); one walk over a document's
// words (its word runs, model/words.ts, in document order) reads each word into the tries as far as some literal goes,
// which gives every pattern of the plan its candidate offsets, ascending, and each pattern is tried at those offsets only.
import { CappedCache, upperBound, wordIndex } from '../model/index.js';
import { isBlankChar } from '../clauses/blocks.js';
import { SPACE_RUN, type Leading } from './leading-words.js';
import { foldCode, foldedSites, type Scan } from './patterns.js';

/** ASCII word characters as regex `\b` sees them ([A-Za-z0-9_]), letters folded: 0-36, else -1; per UTF-16 code unit. */
const CODE = new Int8Array(65536).fill(-1);
for (let c = 48; c <= 57; c++) CODE[c] = c - 48;
for (let c = 97; c <= 122; c++) CODE[c] = CODE[c - 32] = c - 97 + 10;
CODE[95] = 36;

// Reads stay inside the text: a read past either end would throw away the optimised code of the loops that call them.
/** The character code at i, -1 past the end. */
const charAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : -1);
/** The code of the character at i; -1 for non-word characters and past the end. */
const codeAt = (text: string, i: number): number => (i < text.length ? (CODE[text.charCodeAt(i)] as number) : -1);

/**
 * The words of a text (runs of \w): their start offsets in document order. A document's are its word runs
 * (model/words.ts wordIndexOf), found once for the tagger and the rules.
 */
export class WordStarts {
  readonly starts: Int32Array;

  constructor(text: string) {
    this.starts = wordIndex(text).starts;
  }
}

/** Whether a UTF-16 code unit is a word character as the word runs have it ([A-Za-z0-9_]). */
const isRunCode = (c: number): boolean => c < 128 && CODE[c] !== -1;

/**
 * The word starts of text.slice(lo, to), relative to the slice, from `starts`, the text's own (ascending): the slice's
 * first character when it is a word character, and every start of the text inside the slice after it (a start there
 * has the same character before it in the slice as in the text). What `new WordStarts(slice)` finds, without a walk
 * over the slice's characters.
 */
export function startsWithin(starts: Int32Array, text: string, lo: number, to: number): WordStarts {
  const end = Math.min(to, text.length);
  if (lo >= end) return { starts: new Int32Array(0) };
  const first = isRunCode(text.charCodeAt(lo)) ? 1 : 0;
  const from = upperBound(starts, lo);
  const upTo = upperBound(starts, end - 1);
  const out = new Int32Array(first + upTo - from);
  for (let k = from; k < upTo; k++) out[first + k - from] = (starts[k] as number) - lo;
  return { starts: out };
}

/** A pattern to plan: where its matches can start, and whether they are read in the text as written (else folded, foldCode). */
export interface Planned {
  readonly leading: Leading;
  readonly cased: boolean;
}

/** The rest of a literal after its first word and a run of white space ("not" of "shall\s+not"), with the patterns (slots) it opens. */
interface Tail {
  readonly text: string;
  readonly wordEnd: boolean;
  readonly slots: number[];
}

/** After a literal's first word and its run of white space: the slots of literals that end with the run, the rest of the others by first character. */
interface Group {
  readonly runEnds: number[];
  readonly tails: Map<number, Tail[]>;
}

/** What ends at a node of a trie: the literals whose characters it completes, by what must follow them. */
interface Ending {
  /** Slots of literals after which the word may go on. */
  readonly open: number[];
  /** Slots of literals that are the whole word (a non-word character, or the end of the text, follows). */
  readonly closed: number[];
  /**
   * For a literal's first word followed by a run of white space: after the whole run, the slots of literals that
   * end with it, and the rest of the others by its first character (`tails`). Null when no literal goes on here.
   */
  group: Group | null;
}

/** A trie node while a plan is built. */
interface TrieNode {
  readonly next: Map<number, TrieNode>;
  ending: Ending | null;
}

const trieNode = (): TrieNode => ({ next: new Map(), ending: null });

/** The node of `text` under `root`, made as needed. */
function nodeOf(root: TrieNode, text: string): TrieNode {
  let node = root;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let child = node.next.get(c);
    if (child === undefined) node.next.set(c, (child = trieNode()));
    node = child;
  }
  return node;
}

const endingOf = (node: TrieNode): Ending => (node.ending ??= { open: [], closed: [], group: null });

/**
 * A trie as two arrays (a double-array trie): node `s` goes on with the character of symbol `y` to node
 * t = base[s] + y when check[t] holds (s + 1) << 1, plus 1 when some literal ends at t. Two array reads a
 * character, in arrays about as long as the trie has nodes.
 */
class Trie {
  readonly base: Int32Array;
  readonly check: Int32Array;
  /** Symbols (1...) of the characters the literals hold, ASCII by table and others by map; 0: no literal holds it. */
  readonly ascii = new Int32Array(128);
  readonly other = new Map<number, number>();
  readonly endings: (Ending | undefined)[];
  /** Whether any literal is in it. */
  readonly used: boolean;
  /**
   * The first two steps from the root at once, by the two characters' symbols (pairs[y0 * width + y1]): -1 when no
   * literal starts with the two (nor with the first alone), 0 when one ends after the first (the walk then steps from
   * the root), else (node << 1) | 1 when a literal ends at that node. Most word starts end or pass these two steps.
   */
  readonly pairs: Int32Array;
  readonly width: number;

  /** `folds`: the literals are folded (lowerChar), and a walk reads the text folded: its ASCII capitals by table, the others by foldCode. */
  constructor(root: TrieNode, readonly folds: boolean) {
    const symbols = new Map<number, number>();
    const symbolOf = (c: number): number => {
      let y = symbols.get(c);
      if (y === undefined) symbols.set(c, (y = symbols.size + 1));
      return y;
    };
    this.used = root.next.size > 0;
    const base: number[] = [0];
    const check: number[] = [0];
    const endings: (Ending | undefined)[] = [undefined];
    const taken: boolean[] = [true]; // slot 0 is the root
    // Breadth first: each node's children take the first free slots that fit them all.
    const queue: { readonly node: TrieNode; readonly slot: number }[] = [{ node: root, slot: 0 }];
    // Slot 1 is never taken (a base is at least 1 and a symbol too): begun there, the search below stayed at 1 and
    // went over every slot taken so far for each node, quadratic in the trie's size (~2.5 million steps and ~170 ms
    // of a cold process's CPU for the built-in packs' plan, in the CLI and in each of its worker threads).
    let firstFree = 2;
    for (let q = 0; q < queue.length; q++) {
      const { node, slot } = queue[q] as { node: TrieNode; slot: number };
      const children = [...node.next].map(([c, child]) => ({ y: symbolOf(c), child }));
      if (children.length === 0) continue;
      const least = Math.min(...children.map((x) => x.y));
      let b = Math.max(1, firstFree - least);
      while (children.some((x) => taken[b + x.y] === true)) b++;
      base[slot] = b;
      for (const { y, child } of children) {
        const t = b + y;
        taken[t] = true;
        check[t] = ((slot + 1) << 1) | (child.ending ? 1 : 0);
        if (child.ending) endings[t] = child.ending;
        queue.push({ node: child, slot: t });
      }
      while (taken[firstFree] === true) firstFree++;
    }
    for (const [c, y] of symbols) {
      if (c < 128) this.ascii[c] = y;
      else this.other.set(c, y);
    }
    // A capital reads as its lower case; a literal never holds one (folded), so the capitals' own symbols stay 0.
    if (folds) for (let c = 65; c <= 90; c++) this.ascii[c] = this.ascii[c + 32] as number;
    // Every base[s] + y a walk can read lies inside check (a childless node's base is 0).
    let size = check.length;
    for (const b of base) if (b !== undefined && b + symbols.size + 1 > size) size = b + symbols.size + 1;
    this.base = new Int32Array(size);
    this.check = new Int32Array(size);
    base.forEach((b, s) => (this.base[s] = b ?? 0));
    check.forEach((v, s) => (this.check[s] = v ?? 0));
    this.endings = endings;
    this.width = symbols.size + 1;
    this.pairs = this.pairSteps();
  }

  /** The pairs table (see pairs). */
  private pairSteps(): Int32Array {
    const { base, check, width } = this;
    const pairs = new Int32Array(width * width).fill(-1);
    for (let y0 = 1; y0 < width; y0++) {
      const t1 = (base[0] as number) + y0;
      const l1 = check[t1] as number;
      if (l1 >> 1 !== 1) continue;
      for (let y1 = 0; y1 < width; y1++) {
        if ((l1 & 1) === 1) {
          pairs[y0 * width + y1] = 0;
          continue;
        }
        if (y1 === 0) continue;
        const t2 = (base[t1] as number) + y1;
        const l2 = check[t2] as number;
        if (l2 >> 1 === t1 + 1) pairs[y0 * width + y1] = (t2 << 1) | (l2 & 1);
      }
    }
    return pairs;
  }

  /** Add, for each word start, the slots of the literals that start there in `hay`. */
  walk(starts: Int32Array, hay: string, out: number[][]): void {
    const { base, check, ascii, other, endings, folds, pairs, width } = this;
    const n = hay.length;
    for (let j = 0; j < starts.length; j++) {
      const at = starts[j] as number;
      let node = 0;
      let i = at;
      // Two ASCII characters: the first two steps by one look-up.
      if (at + 1 < n) {
        const c0 = hay.charCodeAt(at);
        const c1 = hay.charCodeAt(at + 1);
        if ((c0 | c1) < 128) {
          const v = pairs[(ascii[c0] as number) * width + (ascii[c1] as number)] as number;
          if (v < 0) continue;
          if (v > 0) {
            node = v >> 1;
            i = at + 2;
            if ((v & 1) === 1) addEnding(endings[node] as Ending, hay, at, i, out, folds);
          }
        }
      }
      while (i < n) {
        const c = hay.charCodeAt(i);
        const y = c < 128 ? (ascii[c] as number) : (other.get(folds ? foldCode(c) : c) ?? 0);
        if (y === 0) break;
        const t = (base[node] as number) + y;
        const link = check[t] as number;
        if (link >> 1 !== node + 1) break;
        node = t;
        i++;
        if ((link & 1) === 1) addEnding(endings[t] as Ending, hay, at, i, out, folds);
      }
    }
  }
}

/** The end of the run of white space at h (h itself when there is none). */
function runEnd(hay: string, h: number): number {
  while (isBlankChar(charAt(hay, h))) h++;
  return h;
}

const SPACE_RUN_CODE = SPACE_RUN.charCodeAt(0);

/** The character code at i, folded when `folds` (foldCode), -1 past the end. */
const unitAt = (hay: string, i: number, folds: boolean): number => (folds ? foldCode(charAt(hay, i)) : charAt(hay, i));

/** Whether the tail `t` (its first character already compared) goes on at `h` of `hay` (read folded when `folds`), through any further runs of white space. */
function tailAt(t: Tail, hay: string, h: number, folds: boolean): boolean {
  const text = t.text;
  let k = 1;
  h++;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === SPACE_RUN_CODE) {
      // One white-space character or more, all of them: what follows in the literal is not white space.
      if (!isBlankChar(charAt(hay, h))) return false;
      h = runEnd(hay, h + 1);
    } else if (unitAt(hay, h, folds) === c) h++;
    else return false;
    k++;
  }
  return !t.wordEnd || codeAt(hay, h) < 0;
}

/** Add `at` to the candidates of each slot (two literals of one pattern can open the same word: each offset once). */
function addTo(out: number[][], slots: readonly number[], at: number): void {
  for (let k = 0; k < slots.length; k++) {
    const list = out[slots[k] as number] as number[];
    if (list.length === 0 || list[list.length - 1] !== at) list.push(at);
  }
}

/** The literals of `e`, read from `at` up to `i` of `hay` (folded when `folds`), that hold there. */
function addEnding(e: Ending, hay: string, at: number, i: number, out: number[][], folds: boolean): void {
  addTo(out, e.open, at);
  if (codeAt(hay, i) < 0) addTo(out, e.closed, at);
  const group = e.group;
  // A first word: its run of white space (one character or more, all of them), then the tails that go on there.
  if (group === null || !isBlankChar(charAt(hay, i))) return;
  const h = runEnd(hay, i + 1);
  addTo(out, group.runEnds, at);
  const tails = group.tails.get(unitAt(hay, h, folds));
  if (tails !== undefined) for (const t of tails) if (tailAt(t, hay, h, folds)) addTo(out, t.slots, at);
}

export class LeadPlan {
  /** The word literals of uncased patterns (folded, read in the text folded), and of cased ones (read as written). */
  private readonly lowerTrie: Trie;
  private readonly casedTrie: Trie;
  /** Per slot, the literals of its pattern found wherever they occur (no word start needed): most have none. */
  private readonly anywhere: (readonly Anywhere[])[];
  readonly size: number;

  constructor(patterns: readonly Planned[]) {
    this.size = patterns.length;
    const roots = [trieNode(), trieNode()] as const;
    const anywhere = new Map<string, Anywhere>();
    this.anywhere = patterns.map(() => []);
    patterns.forEach((p, slot) => {
      const root = roots[p.cased ? 1 : 0];
      for (const w of p.leading.words) {
        const run = w.text.indexOf(SPACE_RUN);
        if (run < 0) {
          const e = endingOf(nodeOf(root, w.text));
          (w.wordEnd ? e.closed : e.open).push(slot);
          continue;
        }
        const e = endingOf(nodeOf(root, w.text.slice(0, run)));
        const group: Group = (e.group ??= { runEnds: [], tails: new Map<number, Tail[]>() });
        const rest = w.text.slice(run + 1);
        if (rest === '') {
          group.runEnds.push(slot);
          continue;
        }
        // A literal that ends in a run of white space ends no word (leadingWords never marks one wordEnd).
        const wordEnd = w.wordEnd && !w.text.endsWith(SPACE_RUN);
        const first = rest.charCodeAt(0);
        let list: Tail[] | undefined = group.tails.get(first);
        if (!list) group.tails.set(first, (list = []));
        let t = list.find((x) => x.text === rest && x.wordEnd === wordEnd);
        if (!t) list.push((t = { text: rest, wordEnd, slots: [] }));
        t.slots.push(slot);
      }
      for (const text of p.leading.anywhere) {
        const key = `${p.cased ? 'C' : 'l'}${text}`;
        let a = anywhere.get(key);
        if (!a) anywhere.set(key, (a = { text, cased: p.cased }));
        const own = this.anywhere[slot] as Anywhere[];
        if (!own.includes(a)) own.push(a);
      }
    });
    this.lowerTrie = new Trie(roots[0], true);
    this.casedTrie = new Trie(roots[1], false);
  }

  /**
   * Per pattern (in the order given), the offsets in `text` where its matches can start: ascending and distinct. Uncased
   * patterns' literals are read in the text folded (what their folded patterns match is what they match with the `i`
   * flag), cased ones' as written.
   */
  candidates(words: WordStarts, text: string): number[][] {
    const each = this.candidatesBySlot(words, text);
    return Array.from({ length: this.size }, (_, slot) => each.of(slot));
  }

  /** The same, each pattern's list completed when first read (its literals that need no word start are looked for then). */
  candidatesBySlot(words: WordStarts, text: string): SlotCandidates {
    const out: number[][] = [];
    for (let s = 0; s < this.size; s++) out.push([]);
    // A pattern is cased or not: its slots get offsets from one walk, in document order.
    if (this.lowerTrie.used) this.lowerTrie.walk(words.starts, text, out);
    if (this.casedTrie.used) this.casedTrie.walk(words.starts, text, out);
    return new SlotCandidates(out, this.anywhere, text);
  }
}

/** A literal that needs no word start ("$", "[", "us$"): looked for wherever it occurs, as written (`cased`) or folded. */
interface Anywhere {
  readonly text: string;
  readonly cased: boolean;
}

/** Where every occurrence of `e` starts in `text`, ascending. */
function anywhereSites(e: Anywhere, text: string): number[] {
  if (!e.cased) return foldedSites(text, e.text);
  const sites: number[] = [];
  for (let at = text.indexOf(e.text); at >= 0; at = text.indexOf(e.text, at + 1)) sites.push(at);
  return sites;
}

/**
 * A document's candidates for a plan's patterns, by slot: the word walks' offsets, to which a pattern's literals that
 * need no word start are added when its list is first read. A document whose rules never scan for money or
 * placeholders is not searched for "$" or "[" (12 indexOf passes over the text for the built-in packs).
 */
export class SlotCandidates {
  private readonly completed: Uint8Array;
  /** The sites of each literal, found once per document (two patterns may share one). */
  private readonly sites = new Map<Anywhere, number[]>();
  constructor(
    private readonly lists: number[][],
    private readonly anywhere: readonly (readonly Anywhere[])[],
    private readonly text: string,
  ) {
    this.completed = new Uint8Array(lists.length);
  }

  of(slot: number): number[] {
    if (this.completed[slot] === 0) {
      this.completed[slot] = 1;
      const literals = this.anywhere[slot] as readonly Anywhere[];
      if (literals.length > 0) this.addAnywhere(slot, literals);
    }
    return this.lists[slot] as number[];
  }

  /** Merge the places of the slot's literals that need no word start into its list. */
  private addAnywhere(slot: number, literals: readonly Anywhere[]): void {
    let found: number[] | null = null;
    for (const e of literals) {
      let sites = this.sites.get(e);
      if (sites === undefined) this.sites.set(e, (sites = anywhereSites(e, this.text)));
      if (sites.length === 0) continue;
      if (found === null) found = sites.slice();
      else for (const at of sites) found.push(at);
    }
    if (found !== null) this.lists[slot] = mergeDistinct(this.lists[slot] as number[], found.length > 1 ? Int32Array.from(found).sort() : found);
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
 * How many one-pattern plans a process keeps: the built-in packs scan no pattern outside their plan, and a process
 * meeting ever new patterns must not keep a plan for each.
 */
export const SINGLE_PLAN_LIMIT = 32;
/** One-pattern plans, for patterns scanned outside a plan: uncased, cased. */
const single = [new CappedCache<Leading, LeadPlan>(SINGLE_PLAN_LIMIT), new CappedCache<Leading, LeadPlan>(SINGLE_PLAN_LIMIT)] as const;
const uncasedPlan = (leading: Leading): LeadPlan => new LeadPlan([{ leading, cased: false }]);
const casedPlan = (leading: Leading): LeadPlan => new LeadPlan([{ leading, cased: true }]);
/** How many one-pattern plans are kept (tests of the bound). */
export const singlePlanCount = (): number => single[0].size + single[1].size;

/**
 * Every match of one pattern (`sticky`) over `text`, at its candidate word starts: `leading` are the leading words of
 * the pattern as written when `cased`, else those of its folded form (the pattern then has the `i` flag). The words are
 * found in `text`, the pattern tried on `hay` (the rules' text, as long: context.ts ruleText).
 */
export function matchesOf(words: WordStarts, sticky: RegExp, leading: Leading, text: string, cased: boolean, hay = text): Scan {
  const plan = cased ? single[1].get(leading, casedPlan) : single[0].get(leading, uncasedPlan);
  return scanAt(sticky, plan.candidates(words, text)[0] as number[], hay);
}

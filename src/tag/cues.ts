// Cue patterns (the word-level notation documented in taxonomy.ts) compiled into one matcher.
//
// Speed: one walk over the text's words by char code finds every place where some cue's FIRST word
// occurs (a hash lookup per word, no substring or match object per word); only the cues that start with
// that word, and whose second word can be the next one, are then tried there, as sticky regexes. Every
// cue occurrence starts with its first word, so this finds exactly what running each cue separately
// would, without N passes over the text (test/tag/cue-scan.test.ts checks it against that plain method).
import { inflections } from './nlp.js';

const NUM_SRC = String.raw`(?:\d[\d,.]*\s*%?|[a-z]+(?:[\s-][a-z]+)?\s*\(\d[\d,.]*\)\s*%?|\[\s*\*+\s*\]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|sixty|ninety|hundred)`;
// \w+ and \W+ alternate strictly, so a gap of n words cannot be split two ways (no backtracking blow-up).
const SEP = String.raw`\W+`;
const WORD = String.raw`\w+`;
const gap = (n: number): string => String.raw`(?:${SEP}${WORD}){0,${n}}?${SEP}`;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Alt {
  readonly src: string;
  /** Lower-case alphanumeric key of the alternative's first word, or a prefix for word* alternatives. */
  readonly key: string;
  readonly prefix: boolean;
  /** The letters and digits a match of this alternative starts with, when that is all it is made of (or its stem is). */
  readonly lead: string | null;
}

const leadOf = (word: string): string | null => (/^[a-z0-9]+$/.test(word) ? word : null);

function compileAlt(alt: string): Alt[] {
  if (alt === '#num') return [{ src: NUM_SRC, key: '#num', prefix: false, lead: null }];
  if (alt.endsWith('*')) {
    const stem = alt.slice(0, -1).toLowerCase();
    return [{ src: `${escapeRe(stem)}[\\w'’-]*`, key: stem.replace(/[^a-z0-9].*$/, ''), prefix: true, lead: leadOf(stem) }];
  }
  const forms = alt.endsWith('~') ? inflections(alt.slice(0, -1)) : [alt.toLowerCase()];
  return forms.map((f) => ({
    // A hyphen in a cue word also matches a space or nothing ("non-exclusive", "non exclusive", "nonexclusive").
    src: f.split('-').map(escapeRe).join(String.raw`(?:\s*-\s*|\s+)?`),
    key: (/^[a-z0-9]+/.exec(f)?.[0] ?? f.charAt(0)),
    prefix: false,
    lead: leadOf(f),
  }));
}

interface Compiled {
  readonly sticky: RegExp;
  readonly first: readonly Alt[];
  /** The second word's alternatives when it follows the first through a plain separator (no gap) and is required. */
  readonly second: readonly Alt[] | null;
}

/** Compile one cue pattern. Throws with a readable message when the pattern is unusable. */
export function compileCue(pattern: string): Compiled {
  const tokens = pattern.trim().split(/\s+/);
  let src = '';
  let pendingSep: string | null = null;
  let first: Alt[] | null = null;
  let second: Alt[] | null = null;
  const lastWord = tokens.length - 1;
  for (const [ti, raw] of tokens.entries()) {
    if (raw === '..' || raw === '...') {
      if (first === null) throw new Error(`cue "${pattern}" cannot start with a gap`);
      pendingSep = gap(raw === '..' ? 5 : 12);
      continue;
    }
    const optional = raw.length > 1 && raw.endsWith('?');
    const body = optional ? raw.slice(0, -1) : raw;
    const alts = body.split('|').filter(Boolean).flatMap(compileAlt);
    if (alts.length === 0) throw new Error(`cue "${pattern}" has an empty word`);
    // The cue ends on a whole word ("fee" not "feet"); a symbol alternative ("$", "%") may touch a figure.
    const endsWord = ti === lastWord && /[\w~]$/.test(raw);
    const end = (a: Alt): string => (endsWord && !/^\\\W$/.test(a.src) ? `${a.src}(?!\\w)` : a.src);
    const tokSrc = `(?:${alts.map(end).join('|')})`;
    if (first === null) {
      if (optional || alts.some((a) => a.key === '#num')) throw new Error(`cue "${pattern}" must start with a required word`);
      first = alts;
      src = tokSrc;
    } else {
      const sep = pendingSep ?? SEP;
      if (ti === 1 && pendingSep === null && !optional) second = alts;
      src += optional ? `(?:${sep}${tokSrc})?` : `${sep}${tokSrc}`;
    }
    pendingSep = null;
  }
  if (first === null) throw new Error(`cue "${pattern}" is empty`);
  return { sticky: new RegExp(src, 'iy'), first, second };
}

export interface CueHit {
  /** Index of the cue in the list the CueSet was built from. */
  readonly cue: number;
  readonly start: number;
  readonly end: number;
}

/** A cue's first word (lower-case) and the compiled cues (indexes into CueSet.sticky) that start with it. */
interface FirstWord {
  readonly key: string;
  readonly cues: readonly number[];
  /**
   * The cues worth trying by the first two letters of the next word (see nextPair), in the order of
   * `cues`; null when no cue here can be ruled out that way. A pair not in the map leaves `rest`.
   */
  readonly byPair: ReadonlyMap<number, readonly number[]> | null;
  readonly rest: readonly number[];
}

const KELVIN_SIGN = '\u212a';

/** Many cue patterns matched in one pass. */
export class CueSet {
  /** word* cues by the first two or three letters of their prefix. */
  private readonly prefixes = new Map<string, Array<[string, number]>>();
  private readonly sticky: RegExp[] = [];
  private readonly owner: number[] = [];
  /** Tells cheaply whether a word can start any word* cue. */
  private readonly prefixTest: RegExp | null;
  /** Per pair of lower-case char codes (c0 * 128 + c1; c1 = 0 for a one-letter word): can a word* cue start so? */
  private readonly prefixPairs = new Uint8Array(128 * 128);
  /**
   * The exact first words in an open-addressing table keyed by a hash of the word's lower-cased char
   * codes, computed while walking the text: a lookup allocates nothing (no substring, no Map key).
   */
  private readonly firstWords: FirstWord[] = [];
  private readonly slots: Int32Array;
  /** End of each cue's last hit in the running scan; only cues with a hit are ever set, and reset after it. */
  private readonly lastEnd: Int32Array;

  constructor(patterns: readonly string[]) {
    const exact = new Map<string, number[]>();
    /** Per compiled cue, the pairs its second word can start with (null: any). */
    const secondPairs: Array<ReadonlySet<number> | null> = [];
    // "a b / c d" is two whole-phrase alternatives of one cue: each compiles on its own, hits report the cue.
    patterns.forEach((pattern, cue) => {
      for (const alternative of pattern.split(' / ')) {
        const i = this.sticky.length;
        const c = compileCue(alternative);
        this.sticky.push(c.sticky);
        this.owner.push(cue);
        secondPairs.push(pairsOfSecondWord(c));
        for (const alt of c.first) {
          if (alt.prefix) {
            const bucket = alt.key.slice(0, 3);
            const list = this.prefixes.get(bucket) ?? [];
            list.push([alt.key, i]);
            this.prefixes.set(bucket, list);
          } else {
            const list = exact.get(alt.key) ?? [];
            if (!list.includes(i)) list.push(i);
            exact.set(alt.key, list);
          }
        }
      }
    });
    const stems = [...new Set([...this.prefixes.values()].flat().map(([p]) => p))].sort();
    this.prefixTest = stems.length ? new RegExp(`^(?:${stems.map(escapeRe).join('|')})`) : null;
    for (const stem of stems) for (const pair of pairsStarting(stem)) this.prefixPairs[pair] = 1;
    let size = 64;
    while (size < exact.size * 4) size *= 2;
    this.slots = new Int32Array(size);
    for (const [key, cues] of exact) {
      let slot = mix(hashOf(key)) & (size - 1);
      while (this.slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      this.firstWords.push(firstWord(key, cues, secondPairs));
      this.slots[slot] = this.firstWords.length;
    }
    this.lastEnd = new Int32Array(patterns.length).fill(-1);
  }

  /**
   * Every cue occurrence in text[from, to), in text order. Where one cue matches at overlapping places
   * only the first is kept (a cue needs one occurrence per clause to count).
   *
   * One walk over the words by char code (a hash lookup per word, allocating nothing); only the cues
   * whose first word is here, and whose second word can be the next one, are tried, as sticky regexes.
   */
  scan(text: string, from = 0, to = text.length): CueHit[] {
    const hits: CueHit[] = [];
    // Words are runs of ASCII letters and digits, lower-cased code by code. Lower-casing the text itself
    // differs only where it turns a non-ASCII letter into an ASCII one (the Kelvin sign into "k"); such a
    // text is walked lower-cased, as long as that keeps its offsets.
    let source = text;
    if (text.includes(KELVIN_SIGN)) {
      const lower = text.toLowerCase();
      if (lower.length === text.length) source = lower;
    }
    const { slots, firstWords, prefixPairs } = this;
    const mask = slots.length - 1;
    const n = source.length;
    let i = from;
    while (i < to) {
      const c = source.charCodeAt(i);
      const at = i;
      let h: number;
      let pair = -1;
      if (isAlnum(c)) {
        h = lowerCode(c);
        pair = h * 128;
        for (i++; i < n; i++) {
          const d = source.charCodeAt(i);
          if (!isAlnum(d)) break;
          if (i === at + 1) pair += lowerCode(d);
          h = (Math.imul(h, 31) + lowerCode(d)) | 0;
        }
        // Word starts only: "exclusive" inside "non-exclusive" is not a new occurrence.
        const prev = at > 0 ? source.charCodeAt(at - 1) : 32;
        if (prev === 45 || prev === 95 || isAlnum(prev)) continue;
      } else if (c === 37 || c === 36) {
        // "%" and "$" follow or precede figures, so they count wherever they are.
        h = c;
        i++;
      } else {
        i++;
        continue;
      }
      for (let slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
        const e = slots[slot] as number;
        if (e === 0) break;
        const fw = firstWords[e - 1] as FirstWord;
        if (fw.key.length !== i - at || !sameLower(source, at, fw.key)) continue;
        const cues = fw.byPair === null ? fw.cues : (fw.byPair.get(nextPair(text, i)) ?? fw.rest);
        for (const cue of cues) this.tryCue(cue, text, at, to, hits);
        break;
      }
      if (pair >= 0 && prefixPairs[pair] === 1) this.tryPrefixes(text, source.slice(at, i).toLowerCase(), at, to, hits);
    }
    for (const hit of hits) this.lastEnd[hit.cue] = -1;
    hits.sort((a, b) => a.start - b.start || a.cue - b.cue);
    return hits;
  }

  /** Tries compiled cue i at `at`; a cue already matched over `at` is not tried again. */
  private tryCue(i: number, text: string, at: number, to: number, hits: CueHit[]): void {
    const cue = this.owner[i] as number;
    if ((this.lastEnd[cue] as number) > at) return;
    const re = this.sticky[i] as RegExp;
    re.lastIndex = at;
    const hit = re.exec(text);
    if (hit && at + hit[0].length <= to) {
      hits.push({ cue, start: at, end: at + hit[0].length });
      this.lastEnd[cue] = at + hit[0].length;
    }
  }

  /** The word* cues whose prefix starts `word` (lower-case). */
  private tryPrefixes(text: string, word: string, at: number, to: number, hits: CueHit[]): void {
    if (!this.prefixTest || !this.prefixTest.test(word)) return;
    for (const len of [2, 3]) {
      const list = this.prefixes.get(word.slice(0, len));
      if (list) for (const [prefix, i] of list) if (word.startsWith(prefix)) this.tryCue(i, text, at, to, hits);
    }
  }
}

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
const lowerCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const mix = (h: number): number => h ^ (h >>> 15);
function hashOf(key: string): number {
  let h = 0;
  for (let k = 0; k < key.length; k++) h = (Math.imul(h, 31) + key.charCodeAt(k)) | 0;
  return h;
}

/** text[at, at + key.length) lower-cased (ASCII) equals key. */
function sameLower(text: string, at: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) if (lowerCode(text.charCodeAt(at + k)) !== key.charCodeAt(k)) return false;
  return true;
}

/** The pairs (c0 * 128 + c1) a word starting with `lead` can have; a one-letter lead allows any second letter. */
function pairsStarting(lead: string): number[] {
  const row = lowerCode(lead.charCodeAt(0)) * 128;
  if (row >= 128 * 128) return [];
  if (lead.length >= 2) return [row + (lowerCode(lead.charCodeAt(1)) & 127)];
  return Array.from({ length: 128 }, (_, k) => row + k);
}

/**
 * The pairs the word after the first can start with, for a cue that ends its first word exactly where
 * the walked word ends (first alternatives all plain words, no word* prefix) and goes on with `\W+` and a
 * required second word of plain words or stems; null for any other cue (always tried).
 */
function pairsOfSecondWord(c: Compiled): ReadonlySet<number> | null {
  if (!c.second || c.first.some((a) => a.prefix || a.lead === null)) return null;
  const pairs = new Set<number>();
  for (const a of c.second) {
    if (a.lead === null) return null;
    for (const p of pairsStarting(a.lead)) pairs.add(p);
  }
  return pairs;
}

/**
 * The first two letters (c0 * 128 + c1, lower-case; c1 = 0 for a one-letter word) of the word that a
 * cue's `\W+` separator reaches from `end` in the text the regexes run on, or -1 when none can (no
 * separator there, or "_" after it, which no plain word starts with).
 */
function nextPair(text: string, end: number): number {
  const n = text.length;
  let j = end;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isAlnum(c) || c === 95) break;
    j++;
  }
  if (j === end || j >= n) return -1;
  const c0 = text.charCodeAt(j);
  if (!isAlnum(c0)) return -1;
  const c1 = j + 1 < n ? text.charCodeAt(j + 1) : 0;
  return lowerCode(c0) * 128 + (isAlnum(c1) ? lowerCode(c1) : 0);
}

function firstWord(key: string, cues: readonly number[], secondPairs: ReadonlyArray<ReadonlySet<number> | null>): FirstWord {
  const rest = cues.filter((i) => secondPairs[i] === null);
  if (rest.length === cues.length) return { key, cues, byPair: null, rest };
  const byPair = new Map<number, number[]>();
  for (const i of cues) for (const p of secondPairs[i] ?? []) if (!byPair.has(p)) byPair.set(p, cues.filter((k) => (secondPairs[k]?.has(p) ?? true)));
  return { key, cues, byPair, rest };
}

// Cue patterns (the word-level notation documented in taxonomy.ts) compiled into one matcher.
//
// Speed: a single combined regular expression finds every place where some cue's FIRST word occurs
// (shared/perf-notes.md: one combined regex beats many small ones by 7x); only the cues that start with
// that word are then tried there, as sticky regexes. Every cue occurrence starts with its first word, so
// this finds exactly what running each cue separately would, without N passes over the text.
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
}

function compileAlt(alt: string): Alt[] {
  if (alt === '#num') return [{ src: NUM_SRC, key: '#num', prefix: false }];
  if (alt.endsWith('*')) {
    const stem = alt.slice(0, -1).toLowerCase();
    return [{ src: `${escapeRe(stem)}[\\w'’-]*`, key: stem.replace(/[^a-z0-9].*$/, ''), prefix: true }];
  }
  const forms = alt.endsWith('~') ? inflections(alt.slice(0, -1)) : [alt.toLowerCase()];
  return forms.map((f) => ({
    // A hyphen in a cue word also matches a space or nothing ("non-exclusive", "non exclusive", "nonexclusive").
    src: f.split('-').map(escapeRe).join(String.raw`(?:\s*-\s*|\s+)?`),
    key: (/^[a-z0-9]+/.exec(f)?.[0] ?? f.charAt(0)),
    prefix: false,
  }));
}

interface Compiled {
  readonly sticky: RegExp;
  readonly first: readonly Alt[];
}

/** Compile one cue pattern. Throws with a readable message when the pattern is unusable. */
export function compileCue(pattern: string): Compiled {
  const tokens = pattern.trim().split(/\s+/);
  let src = '';
  let pendingSep: string | null = null;
  let first: Alt[] | null = null;
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
      src += optional ? `(?:${sep}${tokSrc})?` : `${sep}${tokSrc}`;
    }
    pendingSep = null;
  }
  if (first === null) throw new Error(`cue "${pattern}" is empty`);
  return { sticky: new RegExp(src, 'iy'), first };
}

export interface CueHit {
  /** Index of the cue in the list the CueSet was built from. */
  readonly cue: number;
  readonly start: number;
  readonly end: number;
}

/** Many cue patterns matched in one pass. */
export class CueSet {
  private readonly exact = new Map<string, number[]>();
  /** word* cues by the first two or three letters of their prefix. */
  private readonly prefixes = new Map<string, Array<[string, number]>>();
  private readonly sticky: RegExp[] = [];
  private readonly owner: number[] = [];
  private readonly cueCount: number;
  /** Tells cheaply whether a word can start any word* cue. */
  private readonly prefixTest: RegExp | null;

  constructor(patterns: readonly string[]) {
    this.cueCount = patterns.length;
    // "a b / c d" is two whole-phrase alternatives of one cue: each compiles on its own, hits report the cue.
    patterns.forEach((pattern, cue) => {
      for (const alternative of pattern.split(' / ')) {
        const i = this.sticky.length;
        const c = compileCue(alternative);
        this.sticky.push(c.sticky);
        this.owner.push(cue);
        for (const alt of c.first) {
          if (alt.prefix) {
            const bucket = alt.key.slice(0, 3);
            const list = this.prefixes.get(bucket) ?? [];
            list.push([alt.key, i]);
            this.prefixes.set(bucket, list);
          } else {
            const list = this.exact.get(alt.key) ?? [];
            if (!list.includes(i)) list.push(i);
            this.exact.set(alt.key, list);
          }
        }
      }
    });
    const stems = [...new Set([...this.prefixes.values()].flat().map(([p]) => p))].sort();
    this.prefixTest = stems.length ? new RegExp(`^(?:${stems.map(escapeRe).join('|')})`) : null;
  }

  /**
   * Every cue occurrence in text[from, to), in text order. Where one cue matches at overlapping places
   * only the first is kept (a cue needs one occurrence per clause to count).
   *
   * One pass over the words (a Map lookup per word, the speed of a single combined regex without its
   * alternation cost); only the cues whose first word is here are tried, as sticky regexes.
   */
  scan(text: string, from = 0, to = text.length): CueHit[] {
    const hits: CueHit[] = [];
    const lastEnd = new Int32Array(this.cueCount).fill(-1);
    // Lower-case once; per-word lower-casing allocates a string per word. (Offsets only stay valid when
    // lower-casing keeps the length, which a few non-ASCII letters do not; then words are lowered one by one.)
    const lower = text.toLowerCase();
    const sameLength = lower.length === text.length;
    const words = /[A-Za-z0-9]+|[%$]/g;
    words.lastIndex = from;
    const tryCue = (i: number, at: number): void => {
      const cue = this.owner[i] as number;
      if ((lastEnd[cue] as number) > at) return;
      const re = this.sticky[i] as RegExp;
      re.lastIndex = at;
      const hit = re.exec(text);
      if (hit && at + hit[0].length <= to) {
        hits.push({ cue, start: at, end: at + hit[0].length });
        lastEnd[cue] = at + hit[0].length;
      }
    };
    const source = sameLength ? lower : text;
    let m: RegExpExecArray | null;
    while ((m = words.exec(source)) !== null && m.index < to) {
      const at = m.index;
      // Word starts only: "exclusive" inside "non-exclusive" is not a new occurrence.
      // ("%" and "$" follow or precede figures, so they count wherever they are.)
      const prev = at > 0 ? source.charCodeAt(at - 1) : 32;
      const symbol = m[0] === '%' || m[0] === '$';
      if (!symbol && (prev === 45 || prev === 95 || (prev >= 48 && prev <= 57) || (prev >= 97 && prev <= 122) || (prev >= 65 && prev <= 90))) continue;
      const word = sameLength ? m[0] : m[0].toLowerCase();
      const exact = this.exact.get(word);
      if (exact) for (const i of exact) tryCue(i, at);
      if (this.prefixTest && this.prefixTest.test(word)) {
        for (const len of [2, 3]) {
          const list = this.prefixes.get(word.slice(0, len));
          if (list) for (const [prefix, i] of list) if (word.startsWith(prefix)) tryCue(i, at);
        }
      }
    }
    hits.sort((a, b) => a.start - b.start || a.cue - b.cue);
    return hits;
  }
}

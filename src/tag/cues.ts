// Cue patterns (the word-level notation documented in taxonomy.ts) compiled into one matcher.
//
// Speed: one walk over the text's words by char code finds every place where some cue's FIRST word
// occurs (a hash lookup per word, no substring or match object per word); only the cues that start with
// that word, whose second word can be the next one, and whose anchor (a rarer word the cue needs a few
// words further on) is near enough, are then tried there: by comparing its words in place when they are
// letters and digits, hyphenated words and word* stems (tryWord, tryWords, matchSingleWord, matchRunWords,
// each equal to the regex it stands for), else (#num, symbols) as sticky regexes. Every cue occurrence starts with its first word and holds its
// anchor, so this finds exactly what running each cue separately would, without N passes over the text
// (test/tag/cue-scan.test.ts checks it against that plain method).
import { CappedCache, escapeRegExp, fillKept, wordHash, WordRunBuffer, type WordIndex } from '../model/index.js';
import { caseInsensitive } from '../model/case-spelt.js';
import { inflections } from './nlp.js';
import { expandWordClasses } from './word-classes.js';

// (A figure after its currency's code counts as the figure, as drafting outside the US writes money: "no less than RMB
// 5,000,000", "EUR 50,000", "HKD2,000,000"; a symbol is a separator already, "$5,000,000", but not a dollar's country before
// it, "US$50,000", "HK$2,000,000", which is a word. Spelt figures from one to twenty, and the tens, are figures too: "at least
// fourteen calendar days before".)
const CURRENCY_CODE = String.raw`(?:usd|eur|gbp|rmb|cny|hkd|jpy|krw|chf|cad|aud|nzd|zar|sgd|inr|sek|nok|dkk|myr|php|brl|mxn|twd)`;
const NUM_SRC = String.raw`(?:${CURRENCY_CODE}\s?\d[\d,.]*|(?:us|hk|nz|au|ca|s)\$\s?\d[\d,.]*|\d[\d,.]*\s*%?|[a-z]+(?:[\s-][a-z]+)?\s*\(\d[\d,.]*\)\s*%?|\[\s*\*+\s*\]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|forty-five|fifty|sixty|seventy|eighty|ninety|hundred)`;
// \w+ and \W+ alternate strictly, so a gap of n words cannot be split two ways (no backtracking blow-up).
const SEP = String.raw`\W+`;
const WORD = String.raw`\w+`;
/**
 * A gap stays in its sentence: its separators hold no sentence end, a ".", "!" or "?" followed by white space (closing
 * brackets or quotes between), save the dot of an abbreviation (one letter or digit, "U.S.", "e.g.", or a word of
 * ABBREVIATIONS: "Sec. 15", "Acme Inc. shall") and the dot after four words at most since the last ".", "!", "?", ";"
 * or ":" (a run-in heading: "5.10. Interest. Any overdue amounts ...", "(a) Basic Fee. In consideration ..."). "Your
 * licence will not end. But if you sue us" holds no promise not to sue. A plain separator between two words of a cue may
 * hold one: a cue's words side by side read across it as before.
 * The regexes read a copy of the text with each sentence end marked by END_MARK (markSentenceEnds), which a gap's
 * separator does not take: a class, as fast as \W+ (lookbehinds for the abbreviations in every gap made the regexes
 * several times slower); the char-code matchers ask isSentenceEnd of the text itself.
 */
// ('cent': English, Irish, Hong Kong and Singapore finance drafting writes "51 per cent. of its issued share capital".)
const ABBREVIATIONS = new Set(['no', 'nos', 'sec', 'secs', 'art', 'arts', 'cap', 'co', 'inc', 'ltd', 'corp', 'bhd', 'pty', 'plc', 'seq', 'al', 'vs', 'cf', 'para', 'paras', 'cl', 'st', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'pp', 'cent']);
/** The mark of a sentence end in the regexes' copy of a text (a text's own such char counts as one too). */
const END_MARK = '\u0001';
const END_MARK_CODE = 1;
const GAP_SEP = String.raw`[^\w\u0001]+`;
const gap = (n: number): string => String.raw`(?:${GAP_SEP}${WORD}){0,${n}}?${GAP_SEP}`;

/** A closing bracket or quote. */
const isCloserCode = (c: number): boolean => c === 41 || c === 93 || c === 34 || c === 39 || c === 0x2019 || c === 0x201d;
/** Whether the char at `p` ends a sentence (see above). */
function isSentenceEnd(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c === END_MARK_CODE) return true;
  if (c !== 46 && c !== 33 && c !== 63) return false;
  let q = p + 1;
  while (q < text.length && isCloserCode(text.charCodeAt(q))) q++;
  if (q >= text.length || !isSpaceCode(text.charCodeAt(q))) return false;
  if (c !== 46 || p === 0 || !isWordCode(text.charCodeAt(p - 1))) return true;
  let s = p - 1;
  while (s > 0 && isWordCode(text.charCodeAt(s - 1))) s--;
  return !(p - s === 1 || (p - s <= 5 && ABBREVIATIONS.has(text.slice(s, p).toLowerCase())) || isRunIn(text, p));
}
/** Whether a sentence end lies in [from, to) (the chars a gap passes over, from the word before it to a word in reach). */
function endBetween(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if ((c === 46 || c === 33 || c === 63 || c === END_MARK_CODE) && isSentenceEnd(text, p)) return true;
  }
  return false;
}
/** `text` with each sentence end replaced by END_MARK (the same length), as the cues' regexes read it; `text` itself when it has none. */
export function markSentenceEnds(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  // Each ".", "!" and "?" in text order, by indexOf (V8 searches for one char far faster than a regex for a class with a
  // lookahead, /[.!?](?=[)\]"'’”]*\s)/g, which found the same: isSentenceEnd reads the closers and the white space).
  let dot = text.indexOf('.');
  let bang = text.indexOf('!');
  let ask = text.indexOf('?');
  for (;;) {
    let p = dot;
    if (bang >= 0 && (p < 0 || bang < p)) p = bang;
    if (ask >= 0 && (p < 0 || ask < p)) p = ask;
    if (p < 0) break;
    if (p === dot) dot = text.indexOf('.', p + 1);
    else if (p === bang) bang = text.indexOf('!', p + 1);
    else ask = text.indexOf('?', p + 1);
    if (isSentenceEnd(text, p)) {
      (out ??= []).push(text.slice(from, p), END_MARK);
      from = p + 1;
    }
  }
  if (out === null) return text;
  out.push(text.slice(from));
  return out.join('');
}

/** The most words a run-in heading holds before its dot. */
const HEADING_WORDS = 4;
/**
 * Words a heading does not hold and a short sentence does, in lower case: a modal or an auxiliary, a negation, a subject
 * pronoun after the first word ("It will not end. But if you sue us", "This is final."). "Interest.", "Basic Fee.", "Governing
 * law." hold none; a title-case heading may hold them capitalised ("7.2 Covenant Not to Sue.").
 */
const SENTENCE_WORD = /\b(?:shall|will|may|must|can|cannot|could|would|should|is|are|was|were|be|been|has|have|had|do|does|did|not|won|don|it|we|you|they|he|she)\b/;
/**
 * Whether HEADING_WORDS words at most stand between the dot at `p` and the last ".", "!", "?", ";" or ":" before it (see RUN_IN),
 * and none of them is a SENTENCE_WORD.
 */
function isRunIn(text: string, p: number): boolean {
  let words = 0;
  let inWord = false;
  let k = p - 1;
  for (; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (isWordCode(c)) {
      if (!inWord && ++words > HEADING_WORDS) return false;
      inWord = true;
    } else {
      if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58) break;
      inWord = false;
    }
  }
  return words < 2 || !SENTENCE_WORD.test(text.slice(k + 1, p));
}


interface Alt {
  /** The word as written in the cue, lower-case: a form, a word* stem (without the "*"), or "#num". */
  readonly text: string;
  /** Lower-case alphanumeric key of the alternative's first word, or a prefix for word* alternatives. */
  readonly key: string;
  readonly prefix: boolean;
  /** The letters and digits a match of this alternative starts with, when that is all it is made of (or its stem is). */
  readonly lead: string | null;
  /** The most words (runs of \w) a match of this alternative spans; Infinity for word* and #num. */
  readonly words: number;
}

// Char-code loops rather than regexes: these run for each of the ~4,500 word forms of the built-in cues
// at start-up, where V8 has not optimised anything yet.
const isLowerAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** How many chars at the start of `word` are [a-z0-9]. */
function lowerAlnumRun(word: string): number {
  let k = 0;
  while (k < word.length && isLowerAlnum(word.charCodeAt(k))) k++;
  return k;
}
/** /^[a-z0-9]+$/.test(word) */
const isLowerAlnumWord = (word: string): boolean => word.length > 0 && lowerAlnumRun(word) === word.length;
const leadOf = (word: string): string | null => (isLowerAlnumWord(word) ? word : null);
/** How many runs of [a-z0-9_] `word` holds (the words a regex match of it spans). */
function wordRuns(word: string): number {
  let runs = 0;
  let inRun = false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    const w = isLowerAlnum(c) || c === 95;
    if (w && !inRun) runs++;
    inRun = w;
  }
  return runs;
}

function compileAlt(alt: string): Alt[] {
  if (alt === '#num') return [{ text: '#num', key: '#num', prefix: false, lead: null, words: Infinity }];
  if (alt.endsWith('*')) {
    const stem = alt.slice(0, -1).toLowerCase();
    return [{ text: stem, key: stem.replace(/[^a-z0-9].*$/, ''), prefix: true, lead: leadOf(stem), words: Infinity }];
  }
  const forms = alt.endsWith('~') ? inflections(alt.slice(0, -1)) : [alt.toLowerCase()];
  return forms.map((f) => {
    const run = lowerAlnumRun(f);
    return { text: f, key: run > 0 ? f.slice(0, run) : f.charAt(0), prefix: false, lead: leadOf(f), words: wordRuns(f) };
  });
}

/**
 * The alternatives of one cue word ("grant~|licen*"), read once per process: the built-in cues hold ~4,900
 * words but only ~1,500 distinct ones ("shall|may|will" recurs in dozens of cues). The arrays are shared
 * between the cues that use the word, and never changed. Bounded: a long-lived process meets ever new packs' cues.
 */
export const CUE_WORD_CACHE_LIMIT = 20_000;
const altsCache = new CappedCache<string, readonly Alt[]>(CUE_WORD_CACHE_LIMIT);
// A word class ("@price", word-classes.ts) stands for its words.
const readAlts = (body: string): readonly Alt[] => expandWordClasses(body).split('|').filter(Boolean).flatMap(compileAlt);
const altsOf = (body: string): readonly Alt[] => altsCache.get(body, readAlts);
/** How many cue words are cached (tests of the bound). */
export const cueWordCacheSize = (): number => altsCache.size;

/** The regex source of one alternative (built only when its cue is first tried, see CueSet.sticky). */
function altSrc(a: Alt): string {
  if (a.key === '#num') return NUM_SRC;
  if (a.prefix) return `${escapeRegExp(a.text)}[\\w'’-]*`;
  // A hyphen in a cue word also matches a space or nothing ("non-exclusive", "non exclusive", "nonexclusive").
  return a.text.split('-').map(escapeRegExp).join(String.raw`(?:\s*-\s*|\s+)?`);
}

/** A word of a cue after its first. */
interface Token {
  readonly alts: readonly Alt[];
  readonly optional: boolean;
  /** The most words the separator before it skips: 0 for a plain one, 5 or 12 for a gap. */
  readonly gap: number;
  /** The cue's last word, compiled to end on a whole word (see compileCue: not when the pattern ends in "*"). */
  readonly endsWord: boolean;
}

/** A cue pattern read into its words, before its regex is built (see compileCue). */
interface Parsed {
  readonly first: readonly Alt[];
  /** The cue is its first word alone, compiled to end on a whole word. */
  readonly firstEndsWord: boolean;
  readonly rest: readonly Token[];
}

interface Compiled extends Parsed {
  readonly sticky: RegExp;
}

/**
 * Read one cue pattern into its words, each word's alternatives by `read`. Throws with a readable message when the
 * pattern is unusable.
 */
function parseCue(pattern: string, read: (body: string) => readonly Alt[] = altsOf): Parsed {
  const tokens = pattern.trim().split(/\s+/);
  let first: readonly Alt[] | null = null;
  let firstEndsWord = false;
  const rest: Token[] = [];
  let gapWords = 0;
  const lastWord = tokens.length - 1;
  for (const [ti, raw] of tokens.entries()) {
    if (raw === '..' || raw === '...') {
      if (first === null) throw new Error(`cue "${pattern}" cannot start with a gap`);
      gapWords = raw === '..' ? 5 : 12;
      continue;
    }
    const optional = raw.length > 1 && raw.endsWith('?');
    const body = optional ? raw.slice(0, -1) : raw;
    const alts = read(body);
    if (alts.length === 0) throw new Error(`cue "${pattern}" has an empty word`);
    // The cue ends on a whole word ("fee" not "feet"); a symbol alternative ("$", "%") may touch a figure.
    const endsWord = ti === lastWord && /[\w~]$/.test(raw);
    if (first === null) {
      if (optional || alts.some((a) => a.key === '#num')) throw new Error(`cue "${pattern}" must start with a required word`);
      first = alts;
      firstEndsWord = endsWord;
    } else {
      rest.push({ alts, optional, gap: gapWords, endsWord });
    }
    gapWords = 0;
  }
  if (first === null) throw new Error(`cue "${pattern}" is empty`);
  return { first, firstEndsWord, rest };
}

/** The signs a cue may write as a word of their own that drafting writes against the figure before them. */
const SIGN_AFTER_FIGURE: ReadonlySet<string> = new Set(['%']);

/** The sticky regex of a parsed cue: its words in order, each after a separator (\W+, or a gap). */
function regexOf(cue: Parsed): RegExp {
  const wordSrc = (alts: readonly Alt[], endsWord: boolean): string =>
    `(?:${alts.map(altSrc).map((src) => (endsWord && !/^\\\W$/.test(src) ? `${src}(?!\\w)` : src)).join('|')})`;
  let src = wordSrc(cue.first, cue.firstEndsWord);
  for (const token of cue.rest) {
    const sep = token.gap > 0 ? gap(token.gap) : SEP;
    let tokSrc = `${sep}${wordSrc(token.alts, token.endsWord)}`;
    // A sign written against its figure ("a commission of 10%", "up to 5%") has no separator before it: the sign may
    // follow a digit directly, the gap's last word being that figure (#num's own "%?" gives the sign back to it).
    const signs = token.alts.filter((a) => SIGN_AFTER_FIGURE.has(a.text));
    if (signs.length > 0) {
      const glued = token.gap > 0 ? String.raw`(?:${GAP_SEP}${WORD}){1,${token.gap}}?(?<=\d)` : String.raw`(?<=\d)`;
      tokSrc = `(?:${tokSrc}|${glued}${wordSrc(signs, token.endsWord)})`;
    }
    src += token.optional ? `(?:${tokSrc})?` : tokSrc;
  }
  return caseInsensitive(src, 'y');
}

/** A word's alternatives as the notation writes them, word classes expanded (an unknown one throws), none inflected. */
const writtenAlts = (body: string): readonly Alt[] =>
  expandWordClasses(body).split('|').filter(Boolean).map((text) => ({ text, key: text === '#num' ? '#num' : text, prefix: false, lead: null, words: 1 }));

/**
 * Why compileCue would refuse a cue pattern ("cannot start with a gap", an unknown word class), else null: a rule pack's
 * clause types are checked when the pack loads, so that a bad cue is a pack error naming it, not an internal error when
 * the tagger first compiles it. Its words are not inflected here (that may load compromise).
 */
export function cueProblem(pattern: string): string | null {
  try {
    parseCue(pattern, writtenAlts);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return splitPhraseProblem(pattern);
}

/**
 * Whether a cue writes a phrase as one word's alternative, which the notation reads as two words: "any person|any party"
 * is "any", "person|any", "party" and never matches "any person" alone. Its mark: two adjacent words (no gap between)
 * share an alternative that stands first or last in each, the seam of the split phrases; or a "|" with nothing on one
 * side. Two slots that merely share a word inside their lists ("exclusive distribution|license license|supply
 * agreement") are fine. Whole-phrase alternatives are written " / ".
 */
function splitPhraseProblem(pattern: string): string | null {
  for (const phrase of pattern.split(' / ')) {
    const words = phrase.trim().split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const raw = words[k] as string;
      const body = raw.length > 1 && raw.endsWith('?') ? raw.slice(0, -1) : raw;
      if (body.includes('|') && (body.startsWith('|') || body.endsWith('|') || body.includes('||'))) {
        return `cue "${pattern}": "${raw}" has an empty alternative (whole-phrase alternatives are written " / ")`;
      }
      const next = words[k + 1];
      if (next === undefined || next === '..' || next === '...' || raw === '..' || raw === '...') continue;
      if (!body.includes('|') && !next.includes('|')) continue;
      const edges = (w: string): string[] => {
        const alts = (w.length > 1 && w.endsWith('?') ? w.slice(0, -1) : w).toLowerCase().split('|');
        return [alts[0] as string, alts[alts.length - 1] as string];
      };
      const mine = edges(raw);
      const shared = edges(next).find((w) => w !== '' && mine.includes(w));
      if (shared !== undefined) {
        return `cue "${pattern}": "${raw} ${next}" share "${shared}" at their seam: a phrase inside one a|b word is read as two words; write whole phrases as "a b / c d"`;
      }
    }
  }
  return null;
}

/** Compile one cue pattern. Throws with a readable message when the pattern is unusable. */
export function compileCue(pattern: string): Compiled {
  const parsed = parseCue(pattern);
  return { ...parsed, sticky: regexOf(parsed) };
}

export interface CueHit {
  /** Index of the cue in the list the CueSet was built from. */
  readonly cue: number;
  readonly start: number;
  readonly end: number;
}

/**
 * A word (lower-case) the walk looks for: the compiled cues (indexes into CueSet.sticky) that start with
 * it, if any, and the anchors it is a whole key of (see AnchorKey), if any.
 */
interface FirstWord {
  readonly key: string;
  readonly cues: readonly number[];
  readonly anchors: readonly number[];
}
/** What the candidate loop reads of a first word's cues' next words, worked out when the walk first finds the word (see CueSet.readEntry). */
interface NextWords {
  /** Per cue of the first word's `cues`, the pairs its next word can start with (see pairsOfNextWord), or null: any. */
  readonly nextPairs: ReadonlyArray<ReadonlySet<number> | null>;
  /** Some cue here can be ruled out by the first two letters of the next word (see CueSet.cuesBeforePair). */
  readonly filtered: boolean;
  /**
   * When every cue here can be ruled out so: the first letters (a bit per char code) the next word must
   * start with for any of them to be tried; else null.
   */
  readonly nextFirst: Uint32Array | null;
}
const NO_CUES: readonly number[] = [];
/** CueSet.entryFlags: some cue here can be ruled out by the next word's pair (FirstWord.filtered); nextFirst is set; it has cues; it is a whole anchor key. */
const ENTRY_FILTERED = 1;
const ENTRY_NEXT_FIRST = 2;
const ENTRY_CUES = 4;
const ENTRY_ANCHORS = 8;
/** The entry has cues whose next words are not read yet (ENTRY_FILTERED and ENTRY_NEXT_FIRST not set): see CueSet.readEntry. */
const ENTRY_UNREAD = 16;
const NO_SITES: readonly number[] = [];
/** The cues of a first word by the pair the next word starts with (see CueSet.pairIndexOf); `any` for a pair without a list. */
interface PairIndex {
  readonly any: readonly number[];
  readonly byPair: ReadonlyMap<number, readonly number[]>;
}

/** The most word numbers an anchor's list keeps room for between scans (a long-lived process meets ever longer texts). */
const ANCHOR_ROOM_KEPT = 1 << 14;
/**
 * The most word numbers all anchors' lists keep room for between scans together (0.5-1 MB). Per anchor alone, the ~700
 * anchors of the built-in cues could keep 11M (19 MB after one 6 MB text of anchor words); CUAD dev keeps 41K in all.
 */
export const ANCHOR_ROOM_TOTAL = 1 << 17;

/** Most entries of the cache of CueSet.cuesBeforePair (a power of two; ~20,000 are met in the CUAD dev corpus); it starts afresh when half full. */
const PAIR_CACHE_SLOTS = 1 << 16;

/**
 * A word that some cue needs within a few words of its first one (its anchor, see anchorOf): the cue is
 * tried only where a word starting with one of the anchor's keys follows closely enough.
 */
interface AnchorKey {
  readonly key: string;
  /** The anchors (indexes into CueSet.anchorOcc) that this key is one of the keys of. */
  readonly anchors: readonly number[];
}

const KELVIN_SIGN = '\u212a';

/**
 * Which words (by their first three lower-case letters; 0 for a missing one) can start with one of a set
 * of keys: a row of third letters (128 bits) per pair of first ones, only for the pairs some key has.
 */
class StartFilter {
  /** Per pair (c0 * 128 + c1), its row + 1, or 0. */
  private readonly rows = new Uint16Array(128 * 128);
  private thirds = new Uint32Array(0);

  /** Words starting with `key` (lower-case [a-z0-9]; a key of one or two letters lets any further letters through). */
  add(key: string): void {
    for (const pair of pairsStarting(key)) {
      let row = this.rows[pair] as number;
      if (row === 0) {
        const grown = new Uint32Array(this.thirds.length + 4);
        grown.set(this.thirds);
        this.thirds = grown;
        this.rows[pair] = row = this.thirds.length / 4;
      }
      const at = (row - 1) * 4;
      if (key.length >= 3) {
        const c2 = key.charCodeAt(2) & 127;
        this.thirds[at + (c2 >> 5)] = (this.thirds[at + (c2 >> 5)] as number) | (1 << (c2 & 31));
      } else this.thirds.fill(0xffffffff, at, at + 4);
    }
  }

  has(l0: number, l1: number, l2: number): boolean {
    const row = this.rows[l0 * 128 + l1] as number;
    return row !== 0 && (((this.thirds[(row - 1) * 4 + (l2 >> 5)] as number) >>> (l2 & 31)) & 1) === 1;
  }
}

/** Many cue patterns matched in one pass. */
export class CueSet {
  /** word* cues by the first three letters of their prefix (fewer for a shorter one), as a number (see bucketOf). */
  private readonly prefixes = new Map<number, Array<[string, number]>>();
  /** Per ASCII code, 1 when a word* stem is that one letter or digit ("x*"): its bucket serves words of any length. */
  private readonly oneLetterStems = new Uint8Array(128);
  /**
   * Per compiled cue, its words, and its sticky regex built on its first try: most cues are never tried
   * in a short document, and building ~800 regexes up front was most of the tagger's start-up.
   */
  private readonly parsed: Parsed[] = [];
  private readonly sticky: Array<RegExp | null> = [];
  /** Per compiled cue whose regex is built: 1 when it has a gap (its regex reads the text with sentence ends marked). */
  private readonly gapped: number[] = [];
  /** The text last marked for the regexes (markSentenceEnds), and that copy; cleared after each scan. */
  private markedFrom: string | null = null;
  private markedText = '';
  private readonly owner: number[] = [];
  /**
   * Per compiled cue: 1 when it is one word whose forms are all letters and digits ("law|laws"), so that,
   * where the walk found a word it starts with, it matches exactly that word unless "_" follows.
   */
  private readonly oneWord: Uint8Array;
  /** Per compiled cue that is one word of letters and digits and word* stems ("compet*|noncompete"), its forms, else null. */
  private readonly singleWord: Array<readonly Alt[] | null>;
  /**
   * Per compiled cue: its words after the first when every word is plain (see plainWords), else null; undefined until
   * the cue is first tried (plainRestAt). A third of the built-in cues are ever tried on the longest contract, a tenth on
   * most: made up front, these and runWords were ~3 MB and a fifth of the tagger's start-up.
   */
  private readonly plainRest: Array<readonly PlainToken[] | null | undefined>;
  /** Per compiled cue: all its words, when matchRunWords can stand for its regex (see runWordsOf), else null; undefined until first tried. */
  private readonly runWords: Array<readonly RunToken[] | null | undefined>;
  /** By a word's first three lower-case letters: can a word* cue start so? */
  private readonly prefixStarts = new StartFilter();
  /**
   * The exact first words in an open-addressing table keyed by a hash of the word's lower-cased char
   * codes, computed while walking the text: a lookup allocates nothing (no substring, no Map key).
   */
  private readonly firstWords: FirstWord[] = [];
  /**
   * What the walk and the candidate loop read of an entry (fw: index + 1 into firstWords), in flat arrays indexed by fw
   * rather than through its object: its flags (ENTRY_*), the bits of its nextFirst (four per entry, at 4 * fw), its cues.
   */
  private readonly entryFlags: Uint8Array;
  private readonly entryNextFirst: Uint32Array;
  private readonly entryCues: Array<readonly number[]>;
  private readonly slots: Int32Array;
  /** Per slot, the hash of its word (most probes of a word that is none end on a differing hash). */
  private readonly slotHashes: Int32Array;
  /** Per slot, its word's shape (see shapeOf): for a word of up to three letters, all that tells it from any other. */
  private readonly slotShapes: Int32Array;
  /**
   * The cues of a first word whose next word can start with a pair, worked out once per (entry, pair):
   * an open-addressing table of keys (entry * 16385 + pair + 1, 0 = empty) and indexes into pairLists.
   */
  private pairKeys = new Int32Array(1024);
  private pairValues = new Int32Array(1024);
  private pairLists: Array<readonly number[]> = [];
  /** Per first word (entry), its cues by the pair the next word starts with, built on the entry's first use (see pairIndexOf). */
  private pairIndexes: Array<PairIndex | undefined> = [];
  /**
   * Per first word (entry), what its cues' next words can start with, read when the walk first finds the word
   * (readEntry): most of the ~3,200 built-in first words never occur in one contract, and reading them all was a
   * seventh of the tagger's start-up.
   */
  private nextWords: Array<NextWords | undefined> = [];
  /** End of each cue's last hit in the running scan; only cues with a hit are ever set, and reset after it. */
  private readonly lastEnd: Int32Array;
  // Per cue: the end of the [\w'’-] run in which its regex failed after its stem matched (see noteFailure), -1
  // when none; the cues set during a scan, to reset after it.
  private readonly failedUntil: Int32Array;
  private readonly failedCues: number[] = [];
  // The [\w'’-] span runsPast last read: where it ends, and the number of its last word (-1: none this scan).
  private spanEnd = -1;
  private spanLastWord = 0;
  // Per cue: every form of its first word is a word* stem of letters and digits ("terminat*|cancel*").
  private readonly stemFirst: Uint8Array;
  /**
   * Per compiled cue: its anchor (index into anchorOcc) or -1, and how many words after the first it may
   * start (beyond the words a word* first word spans in the text, when anchorSpans is 1).
   */
  private readonly anchorOf: Int32Array;
  private readonly anchorWithin: Int32Array;
  private readonly anchorSpans: Uint8Array;
  /** Anchor keys by their first three letters (l0 * 16384 + l1 * 128 + l2), and a bit per first two (l0 * 128 + l1). */
  private readonly anchorKeys = new Map<number, AnchorKey[]>();
  private readonly anchorStarts = new StartFilter();
  /** Per anchor, the word numbers where one of its keys starts a word in the running scan, and a read pointer. */
  private readonly anchorOcc: number[][] = [];
  private readonly anchorPtr: Int32Array;
  /**
   * Per anchor, how many of its anchorOcc entries hold this scan's word numbers. (A count, not the array's length: an
   * array cut to length 0 drops its room, and growing every noted anchor's array again in each scan was 12 MB a pass.)
   */
  private readonly anchorCount: Int32Array;
  /** Per anchor, the room its anchorOcc list kept after the last scan that noted it; anchorRoomKept, their sum. */
  private readonly anchorRoom: Int32Array;
  private anchorRoomKept = 0;
  /** The anchors noted in the running scan (to reset). */
  private readonly anchorsNoted: number[] = [];
  /**
   * The words where cues may start, found by the walk and tried after it (at, end, word number, first word + 1
   * or 0, 1 when word* cues may start there, 2 when cues whose first word starts with a non-ASCII letter may).
   */
  private found = new Int32Array(5 * 1024);
  /**
   * Cues (compiled indexes) whose first word starts with a non-ASCII letter ("état", only in packs' types),
   * by the char codes that letter may be in the text (as written, lower- and upper-case); null when none.
   */
  private nonAsciiStarts: Map<number, number[]> | null = null;
  /** The word runs of the last text scanned without its own (see scan). */
  private readonly runs = new WordRunBuffer();
  /** The chars outside word runs that some cue starts with (see symbolSites). */
  private readonly symbolCodes: readonly number[];

  constructor(patterns: readonly string[]) {
    const exact = new Map<string, number[]>();
    const anchors: Array<ReturnType<typeof anchorOf>> = [];
    // "a b / c d" is two whole-phrase alternatives of one cue: each compiles on its own, hits report the cue.
    patterns.forEach((pattern, cue) => {
      for (const alternative of pattern.split(' / ')) {
        const i = this.parsed.length;
        const c = parseCue(alternative);
        this.parsed.push(c);
        this.sticky.push(null);
        this.owner.push(cue);
        anchors.push(anchorOf(c));
        for (const alt of c.first) {
          if (startsNonAsciiLetter(alt.text)) {
            this.addNonAsciiStart(alt.text, i);
          } else if (alt.prefix) {
            // An empty key (a stem that starts with a symbol) starts no word.
            if (alt.key === '') continue;
            const bucket = bucketOf(alt.key, 0, Math.min(3, alt.key.length));
            if (alt.key.length === 1) this.oneLetterStems[alt.key.charCodeAt(0)] = 1;
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
    for (const list of this.prefixes.values()) for (const [stem] of list) this.prefixStarts.add(stem);
    this.lastEnd = new Int32Array(patterns.length).fill(-1);
    this.failedUntil = new Int32Array(this.parsed.length).fill(-1);
    this.stemFirst = Uint8Array.from(this.parsed, (c) => (c.first.every((a) => a.prefix && isLowerAlnumWord(a.text)) ? 1 : 0));
    // (A cue that does not end on a whole word, "law|", matches a shorter form inside a longer word: its regex decides.)
    this.oneWord = Uint8Array.from(this.parsed, (c) => (c.rest.length === 0 && c.firstEndsWord && c.first.every((a) => !a.prefix && a.lead !== null) ? 1 : 0));
    this.plainRest = new Array<undefined>(this.parsed.length).fill(undefined);
    this.singleWord = this.parsed.map((c) => (c.rest.length === 0 && c.first.every((a) => a.lead !== null) ? c.first : null));
    this.runWords = new Array<undefined>(this.parsed.length).fill(undefined);
    // Anchors: one per distinct set of keys; each key knows the anchors it belongs to.
    this.anchorOf = new Int32Array(this.parsed.length).fill(-1);
    this.anchorWithin = new Int32Array(this.parsed.length);
    this.anchorSpans = new Uint8Array(this.parsed.length);
    const anchorIds = new Map<string, number>();
    const keyAnchors = new Map<string, number[]>();
    anchors.forEach((a, i) => {
      if (!a) return;
      const keys = [...new Set(a.keys.map((k) => `${k.key}${k.whole ? '' : '*'}`))].sort();
      let anchor = anchorIds.get(keys.join('|'));
      if (anchor === undefined) {
        anchorIds.set(keys.join('|'), (anchor = anchorIds.size));
        for (const key of keys) keyAnchors.set(key, [...(keyAnchors.get(key) ?? []), anchor]);
      }
      this.anchorOf[i] = anchor;
      this.anchorWithin[i] = a.within;
      this.anchorSpans[i] = a.spans ? 1 : 0;
    });
    // Whole keys are looked up with the first words (one table probe per word); keys a word only starts
    // with, by the word's first three letters.
    const wholeKeys = new Map<string, number[]>();
    for (const [spelling, list] of keyAnchors) {
      if (!spelling.endsWith('*')) { wholeKeys.set(spelling, list); continue; }
      const key = spelling.slice(0, -1);
      const triple = tripleOf(key, 0);
      this.anchorStarts.add(key);
      this.anchorKeys.set(triple, [...(this.anchorKeys.get(triple) ?? []), { key, anchors: list }]);
    }
    for (let a = 0; a < anchorIds.size; a++) this.anchorOcc.push([]);
    this.anchorPtr = new Int32Array(anchorIds.size);
    this.anchorCount = new Int32Array(anchorIds.size);
    this.anchorRoom = new Int32Array(anchorIds.size);
    const words = [...new Set([...exact.keys(), ...wholeKeys.keys()])];
    let size = 64;
    while (size < words.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.slotHashes = new Int32Array(size);
    this.slotShapes = new Int32Array(size);
    for (const key of words) {
      let slot = mix(wordHash(key)) & (size - 1);
      while (this.slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      this.firstWords.push({ key, cues: exact.get(key) ?? [], anchors: wholeKeys.get(key) ?? [] });
      this.slots[slot] = this.firstWords.length;
      this.slotHashes[slot] = wordHash(key);
      // (A key of other chars, "§", is no word the walk looks up: a shape no word has.)
      this.slotShapes[slot] = isLowerAlnumWord(key) || key === '%' || key === '$' ? shapeOf(key.length, bucketOf(key, 0, key.length)) : -1;
    }
    this.pairIndexes = new Array<PairIndex | undefined>(this.firstWords.length).fill(undefined);
    this.nextWords = new Array<NextWords | undefined>(this.firstWords.length).fill(undefined);
    this.entryFlags = new Uint8Array(this.firstWords.length + 1);
    this.entryNextFirst = new Uint32Array(4 * (this.firstWords.length + 1));
    this.entryCues = [NO_CUES];
    this.firstWords.forEach((e, k) => {
      const fw = k + 1;
      this.entryFlags[fw] = (e.cues.length > 0 ? ENTRY_CUES | ENTRY_UNREAD : 0) | (e.anchors.length > 0 ? ENTRY_ANCHORS : 0);
      this.entryCues.push(e.cues);
    });
    const symbolCodes = [37, 36].filter((c) => {
      const fw = this.lookUp(String.fromCharCode(c), 0, 1, c, c * 16384);
      return fw !== 0 && (this.firstWords[fw - 1] as FirstWord).cues.length > 0;
    });
    this.symbolCodes = [...symbolCodes, ...(this.nonAsciiStarts?.keys() ?? [])];
  }

  /**
   * Every cue occurrence in `text`, in text order. Where one cue matches at overlapping places only the first is
   * kept (a cue needs one occurrence per clause to count). `words` are the text's word runs (model/words.ts), when
   * the caller has them already (a document's, shared with the rules).
   *
   * One walk over the words (a hash lookup per word, allocating nothing) finds where cues may start and where their
   * anchors are; then only the cues whose first word is here, whose second word can be the next one and whose anchor
   * is near enough are tried (see the head of this file).
   */
  scan(text: string, words?: WordIndex): CueHit[] {
    const hits: CueHit[] = [];
    const to = text.length;
    // Words are runs of ASCII letters and digits, lower-cased code by code. Lower-casing the text itself
    // differs only where it turns a non-ASCII letter into an ASCII one (the Kelvin sign into "k"); such a
    // text is walked lower-cased, as long as that keeps its offsets, and without anchors (the regexes see
    // the sign as a separator, the walk as a letter).
    let source = text;
    if (text.includes(KELVIN_SIGN)) {
      const lower = text.toLowerCase();
      if (lower.length === text.length) source = lower;
    }
    // (A text without its runs, a heading, is read into a buffer kept for the next one: nothing allocated per text.)
    const runs = source === text && words !== undefined ? words : fillKept(this.runs, source);
    const anchored = source === text && this.anchorOcc.length > 0;
    this.spanEnd = -1;
    const found = this.walk(source, runs, anchored);
    const { anchorOf, entryFlags, entryNextFirst, entryCues } = this;
    for (let r = 0; r < found; r += 5) {
      const at = this.found[r] as number;
      const end = this.found[r + 1] as number;
      const word = this.found[r + 2] as number;
      const fw = this.found[r + 3] as number;
      if (fw > 0) {
        let flags = entryFlags[fw] as number;
        if ((flags & ENTRY_UNREAD) !== 0) flags = this.readEntry(fw);
        let list = entryCues[fw] as readonly number[];
        if ((flags & ENTRY_FILTERED) !== 0) {
          // (The runs of a lower-cased text are not the regexes' words.)
          const pair = source === text ? pairAfter(text, runs, word, end) : nextPair(text, end);
          list = (flags & ENTRY_NEXT_FIRST) !== 0 && (pair < 0 || (((entryNextFirst[4 * fw + (pair >> 12)] as number) >>> ((pair >> 7) & 31)) & 1) === 0) ? NO_CUES : this.cuesBeforePair(fw, pair);
        }
        for (let k = 0; k < list.length; k++) {
          const i = list[k] as number;
          if ((this.failedUntil[i] as number) > at) continue;
          if (anchored && (anchorOf[i] as number) >= 0 && !this.anchorFits(i, text, end, word)) continue;
          // (Words of a lower-cased text are not the regexes' words, see above.)
          if (source === text && this.oneWord[i] === 1) this.tryWord(i, text, at, end, to, hits);
          else if (source === text && (this.plainRest[i] ?? this.plainRestAt(i)) !== null) this.tryWords(i, this.plainRest[i] as readonly PlainToken[], text, runs, word, at, end, to, hits);
          else this.tryCue(i, text, at, to, hits, source === text ? runs : null, word);
        }
      }
      const flag = this.found[r + 4] as number;
      if (flag === 2) {
        // Cues whose first word starts with a non-ASCII letter: their regexes decide (no shortcut knows such words).
        const list = this.nonAsciiStarts?.get(source.charCodeAt(at)) ?? NO_CUES;
        for (let k = 0; k < list.length; k++) this.tryCue(list[k] as number, text, at, to, hits, null, 0);
      } else if (flag === 1) {
        // word* cues by the word's first letter (a one-letter stem, "x*", when the word is longer: a word of one
        // letter finds it under its first two), then its first two letters, then, for a longer word, its first
        // three (see bucketOf).
        const len = end - at;
        const one = lowerCode(source.charCodeAt(at)) * 16384;
        if (len > 1 && this.oneLetterStems[one >> 14] === 1) this.tryPrefixes(this.prefixes.get(one), source, text, runs, at, end, word, to, anchored, hits);
        const two = one + (len > 1 ? lowerCode(source.charCodeAt(at + 1)) * 128 : 0);
        this.tryPrefixes(this.prefixes.get(two), source, text, runs, at, end, word, to, anchored, hits);
        if (len > 2) this.tryPrefixes(this.prefixes.get(two + lowerCode(source.charCodeAt(at + 2))), source, text, runs, at, end, word, to, anchored, hits);
      }
    }
    for (const hit of hits) this.lastEnd[hit.cue] = -1;
    for (const i of this.failedCues) this.failedUntil[i] = -1;
    this.failedCues.length = 0;
    for (const a of this.anchorsNoted) {
      // (A long-lived process keeps no more room than ANCHOR_ROOM_KEPT per anchor, and ANCHOR_ROOM_TOTAL in all.)
      const occ = this.anchorOcc[a] as number[];
      this.anchorRoomKept += occ.length - (this.anchorRoom[a] as number);
      if ((this.anchorCount[a] as number) > ANCHOR_ROOM_KEPT || this.anchorRoomKept > ANCHOR_ROOM_TOTAL) {
        this.anchorRoomKept -= occ.length;
        occ.length = 0;
      }
      this.anchorRoom[a] = occ.length;
      this.anchorCount[a] = 0;
      this.anchorPtr[a] = 0;
    }
    this.anchorsNoted.length = 0;
    this.markedFrom = null;
    this.markedText = '';
    if (hits.length > 1) hits.sort((a, b) => a.start - b.start || a.cue - b.cue);
    return hits;
  }

  /**
   * The walk over the word runs of `source` (`runs`): records in `found` each word where a cue may start (its first
   * word is a cue's, or a word* prefix may fit), and each place of a symbol ("%", "$") or non-ASCII letter that some
   * cue starts with; when `anchored`, notes the number of each word (counted as the regexes count words: runs of \w,
   * from 1) that starts with an anchor key. Returns the length used in `found`.
   */
  private walk(source: string, runs: WordIndex, anchored: boolean): number {
    const { entryFlags, prefixStarts, anchorStarts } = this;
    const { count, starts, ends, hashes } = runs;
    const sites = this.symbolSites(source);
    let site = 0;
    let nextSite = sites.length > 0 ? (sites[0] as number) : source.length;
    let found = 0;
    for (let j = 0; j < count; j++) {
      const at = starts[j] as number;
      // Symbols before this word follow word number j (the runs before them).
      while (nextSite < at) {
        found = this.symbolAt(source, nextSite, j, found);
        nextSite = ++site < sites.length ? (sites[site] as number) : source.length;
      }
      const end = ends[j] as number;
      // A run opening with "_" starts no cue (no cue word does) and holds no anchor key at its start.
      if (end === at) continue;
      const word = j + 1;
      const len = end - at;
      // The word's first three lower-case letters (0 for a missing one) as one number (see bucketOf).
      const l0 = source.charCodeAt(at) | 32;
      const l1 = len > 1 ? source.charCodeAt(at + 1) | 32 : 0;
      const l2 = len > 2 ? source.charCodeAt(at + 2) | 32 : 0;
      const triple = (l0 * 128 + l1) * 128 + l2;
      const h = hashes[j] as number;
      if (anchored && l2 !== 0 && anchorStarts.has(l0, l1, l2)) this.noteAnchors(source, at, end, word, triple);
      // "exclusive" inside "non-exclusive" starts a word for the regexes, but no cue occurrence.
      if (at > 0 && source.charCodeAt(at - 1) === 45) {
        if (anchored) {
          const entry = this.lookUp(source, at, end, h, triple);
          if (entry !== 0 && ((entryFlags[entry] as number) & ENTRY_ANCHORS) !== 0) this.noteWholeKey(entry, word);
        }
        continue;
      }
      const prefix = prefixStarts.has(l0, l1, l2) ? 1 : 0;
      let fw = this.lookUp(source, at, end, h, triple);
      if (fw !== 0) {
        const flags = entryFlags[fw] as number;
        if (anchored && (flags & ENTRY_ANCHORS) !== 0) this.noteWholeKey(fw, word);
        if ((flags & ENTRY_CUES) === 0) fw = 0;
      }
      if (fw === 0 && prefix === 0) continue;
      found = this.record(found, at, end, word, fw, prefix);
    }
    for (; site < sites.length; site++) found = this.symbolAt(source, sites[site] as number, count, found);
    return found;
  }

  /**
   * Where, in text order, `source` has a char that starts cues outside the word runs: "%" or "$" when some cue starts
   * with it (they follow or precede figures, so they count wherever they are), a non-ASCII letter some cue starts with.
   */
  private symbolSites(source: string): readonly number[] {
    const codes = this.symbolCodes;
    if (codes.length === 0) return NO_SITES;
    const sites: number[] = [];
    for (const code of codes) {
      const ch = String.fromCharCode(code);
      for (let at = source.indexOf(ch); at >= 0; at = source.indexOf(ch, at + 1)) sites.push(at);
    }
    if (codes.length > 1 && sites.length > 1) sites.sort((a, b) => a - b);
    return sites;
  }

  /** Records the symbol or non-ASCII letter at `at` (see symbolSites), after word number `word`, where a cue may start there. */
  private symbolAt(source: string, at: number, word: number, found: number): number {
    const c = source.charCodeAt(at);
    if (c >= 128) return continuesWord(source, at) ? found : this.record(found, at, at + 1, word, 0, 2);
    const fw = this.lookUp(source, at, at + 1, c, c * 16384);
    // (A symbol is no word for the regexes, and no anchor key.)
    return fw !== 0 && (this.firstWords[fw - 1] as FirstWord).cues.length > 0 ? this.record(found, at, at + 1, word, fw, 0) : found;
  }

  /** Appends one place to `found` (used up to `found`), growing it when full; returns the length used after. */
  private record(found: number, at: number, end: number, word: number, fw: number, flag: number): number {
    if (found + 5 > this.found.length) {
      const grown = new Int32Array(this.found.length * 2);
      grown.set(this.found);
      this.found = grown;
    }
    this.found[found] = at;
    this.found[found + 1] = end;
    this.found[found + 2] = word;
    this.found[found + 3] = fw;
    this.found[found + 4] = flag;
    return found + 5;
  }

  /** Cue i's first word has a form that starts with a non-ASCII letter: try the cue where the text has that letter. */
  private addNonAsciiStart(form: string, i: number): void {
    const letter = form.charAt(0);
    const starts = this.nonAsciiStarts ?? (this.nonAsciiStarts = new Map());
    for (const spelling of [letter, letter.toLowerCase(), letter.toUpperCase()]) {
      // (An upper-case form of more than one char, "ß" as "SS", is no single char of the text.)
      if (spelling.length !== 1) continue;
      const list = starts.get(spelling.charCodeAt(0)) ?? [];
      if (!list.includes(i)) list.push(i);
      starts.set(spelling.charCodeAt(0), list);
    }
  }

  /**
   * The entry (index + 1 into firstWords) of the word [at, end) with hash h and first three letters `triple`, or 0.
   * The shape compares the length and those letters, so only the letters after them are read again, for a longer word.
   */
  private lookUp(source: string, at: number, end: number, h: number, triple: number): number {
    const { slots, slotHashes, slotShapes, firstWords } = this;
    const mask = slots.length - 1;
    const shape = shapeOf(end - at, triple);
    for (let slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      const e = slots[slot] as number;
      if (e === 0) return 0;
      if (slotHashes[slot] !== h || slotShapes[slot] !== shape) continue;
      if (end - at <= 3) return e;
      const { key } = firstWords[e - 1] as FirstWord;
      if (key.length === end - at && sameLowerFrom(source, at, key, 3)) return e;
    }
  }

  /** Word number `word` is the entry's word: note it for the anchors it is a whole key of. */
  private noteWholeKey(entry: number, word: number): void {
    const { anchors } = this.firstWords[entry - 1] as FirstWord;
    for (let k = 0; k < anchors.length; k++) this.noteAnchor(anchors[k] as number, word);
  }

  /** The cues of first word `fw` (entry + 1) whose next word can start with `pair` (-1: none can be told). */
  private cuesBeforePair(fw: number, pair: number): readonly number[] {
    const key = fw * 16385 + pair + 1;
    const hash = mix(Math.imul(key, 0x9e3779b1));
    let mask = this.pairKeys.length - 1;
    let slot = hash & mask;
    for (; this.pairKeys[slot] !== 0; slot = (slot + 1) & mask) if (this.pairKeys[slot] === key) return this.pairLists[this.pairValues[slot] as number] as readonly number[];
    return this.cachePair(fw, pair, key, hash, slot);
  }

  /** cuesBeforePair's list, worked out and entered in the cache at `slot` (or where it goes after the cache grows or empties). */
  private cachePair(fw: number, pair: number, key: number, hash: number, slot: number): readonly number[] {
    let mask = this.pairKeys.length - 1;
    const index = this.pairIndexes[fw - 1] ?? this.pairIndexOf(fw);
    const list = index.byPair.get(pair) ?? index.any;
    if (this.pairLists.length >= this.pairKeys.length / 2) {
      // Twice the room (re-entered), or, at the most, a fresh start.
      const oldKeys = this.pairKeys;
      const oldValues = this.pairValues;
      const size = Math.min(oldKeys.length * 2, PAIR_CACHE_SLOTS);
      this.pairKeys = new Int32Array(size);
      this.pairValues = new Int32Array(size);
      mask = size - 1;
      if (size > oldKeys.length) {
        for (let k = 0; k < oldKeys.length; k++) {
          const old = oldKeys[k] as number;
          if (old === 0) continue;
          let s = mix(Math.imul(old, 0x9e3779b1)) & mask;
          while (this.pairKeys[s] !== 0) s = (s + 1) & mask;
          this.pairKeys[s] = old;
          this.pairValues[s] = oldValues[k] as number;
        }
      } else this.pairLists = [];
      for (slot = hash & mask; this.pairKeys[slot] !== 0; slot = (slot + 1) & mask);
    }
    this.pairKeys[slot] = key;
    this.pairValues[slot] = this.pairLists.push(list) - 1;
    return list;
  }

  /** Reads the next words of first word `fw`'s cues (entry + 1; see nextWordsOf) and sets its flags by them: its flags. */
  private readEntry(fw: number): number {
    const entry = this.firstWords[fw - 1] as FirstWord;
    const next = nextWordsOf(entry.key, entry.cues, this.parsed);
    this.nextWords[fw - 1] = next;
    if (next.nextFirst) this.entryNextFirst.set(next.nextFirst, 4 * fw);
    const flags = ((this.entryFlags[fw] as number) & ~ENTRY_UNREAD) | (next.filtered ? ENTRY_FILTERED : 0) | (next.nextFirst ? ENTRY_NEXT_FIRST : 0);
    this.entryFlags[fw] = flags;
    return flags;
  }

  /**
   * The cues of first word `fw` (entry + 1) by the pair the next word starts with: each pair's list holds, in
   * the entry's order, the cues whose next word can start with it or cannot be told (those alone for any other
   * pair). Read once per entry, instead of filtering its cues for each new pair (a fresh text meets thousands).
   */
  private pairIndexOf(fw: number): PairIndex {
    const entry = this.firstWords[fw - 1] as FirstWord;
    const { nextPairs } = this.nextWords[fw - 1] as NextWords;
    const any: number[] = [];
    const byPair = new Map<number, number[]>();
    entry.cues.forEach((i, k) => {
      const pairs = nextPairs[k];
      if (pairs == null) {
        any.push(i);
        for (const list of byPair.values()) list.push(i);
        return;
      }
      for (const pair of pairs) {
        const list = byPair.get(pair);
        // (The cues before this one that a pair's list holds are those that cannot be told, until the pair's first cue.)
        if (list) list.push(i);
        else byPair.set(pair, [...any, i]);
      }
    });
    const index: PairIndex = { any, byPair };
    this.pairIndexes[fw - 1] = index;
    return index;
  }

  /** How many word numbers the anchors' lists keep room for between scans (tests of the bound). */
  anchorRoomInUse(): number {
    let room = 0;
    for (const occ of this.anchorOcc) room += occ.length;
    return room;
  }

  private noteAnchor(a: number, word: number): void {
    const occ = this.anchorOcc[a] as number[];
    const n = this.anchorCount[a] as number;
    if (n === 0) this.anchorsNoted.push(a);
    else if (occ[n - 1] === word) return;
    // (Written at n: within the room kept, or one past the end, which appends.)
    occ[n] = word;
    this.anchorCount[a] = n + 1;
  }

  /**
   * The word [at, end) is word number `word`: note it for each anchor a key of which it starts with. `triple` is
   * its first three letters as the walk already read them (what tripleOf would compute).
   */
  private noteAnchors(source: string, at: number, end: number, word: number, triple: number): void {
    const keys = this.anchorKeys.get(triple);
    if (keys === undefined) return;
    for (let k = 0; k < keys.length; k++) {
      const { key, anchors } = keys[k] as AnchorKey;
      if (key.length > end - at || !sameLower(source, at, key)) continue;
      for (let m = 0; m < anchors.length; m++) this.noteAnchor(anchors[m] as number, word);
    }
  }

  /** Some word numbered (word, word + within] starts with a key of the anchor (words are visited in order). */
  private anchorNear(anchor: number, word: number, within: number): boolean {
    const occ = this.anchorOcc[anchor] as number[];
    const n = this.anchorCount[anchor] as number;
    let p = this.anchorPtr[anchor] as number;
    while (p < n && (occ[p] as number) <= word) p++;
    this.anchorPtr[anchor] = p;
    return p < n && (occ[p] as number) <= word + within;
  }

  /**
   * Cue i's anchor is near enough the word numbered `word` (ending at `end`): within its reach, plus the
   * words past the first that a word* first word may span ("terminat*" over "termination-for-cause").
   */
  private anchorFits(i: number, text: string, end: number, word: number): boolean {
    const within = (this.anchorWithin[i] as number) + (this.anchorSpans[i] === 1 ? this.runsPast(text, end, word) : 0);
    return this.anchorNear(this.anchorOf[i] as number, word, within);
  }

  /**
   * How many runs of \w start in the span of [\w'’-] chars from `end` (where the letters of the word numbered `word`
   * end): the words beyond its first that a word* cue word ("terminat*", compiled to `terminat[\w'’-]*`) may cover.
   * Each span is read once: words are visited in order, so a later word of the span the last call read has the
   * span's last word minus its own number after it. (Re-reading made "terminat'terminat'..." quadratic.)
   */
  private runsPast(text: string, end: number, word: number): number {
    if (end < this.spanEnd) return this.spanLastWord - word;
    let runs = 0;
    let inWord = true;
    // (Stepped and counted for every char read, the one that ends the span too: in the bench's warm-up every span ends at
    // its first char, so a step or count taken only past it had no type feedback and deoptimised runsPast in a fresh pass.)
    let j = end - 1;
    for (;;) {
      j++;
      if (j >= text.length) break;
      const c = text.charCodeAt(j);
      const wordCode = isWordCode(c);
      runs += wordCode && !inWord ? 1 : 0;
      if (wordCode) inWord = true;
      else if (c === 39 || c === 45 || c === 0x2019) inWord = false;
      else break;
    }
    this.spanEnd = j;
    this.spanLastWord = word + runs;
    return runs;
  }

  /**
   * tryCue for a one-word cue at a word [at, end) of the text that is one of its forms: no regex needed
   * (a shorter form fails on its "(?!\w)", a longer one cannot fit).
   */
  private tryWord(i: number, text: string, at: number, end: number, to: number, hits: CueHit[]): void {
    const cue = this.owner[i] as number;
    // (end may be the text's length: reading past it would deoptimise the scan, as a read out of bounds.)
    if ((this.lastEnd[cue] as number) > at || end > to || (end < text.length && text.charCodeAt(end) === 95)) return;
    hits.push({ cue, start: at, end });
    this.lastEnd[cue] = end;
  }

  /**
   * tryCue for a cue of plain words (see plainWords) at a word [at, end) of the text that is one of its first forms,
   * the letters and digits of run number `word` (from 1) of `runs`.
   */
  private tryWords(i: number, rest: readonly PlainToken[], text: string, runs: WordIndex, word: number, at: number, end: number, to: number, hits: CueHit[]): void {
    const cue = this.owner[i] as number;
    if ((this.lastEnd[cue] as number) > at) return;
    // "_" after the letters continues the run: no separator (\W+) follows the first word.
    if (end < text.length && text.charCodeAt(end) === 95) return;
    const matched = matchPlainWords(rest, 0, text, runs, word, end);
    if (matched < 0 || matched > to) return;
    hits.push({ cue, start: at, end: matched });
    this.lastEnd[cue] = matched;
  }

  /**
   * Tries compiled cue i at `at`; a cue already matched over `at` is not tried again. `runs` are the text's word runs
   * (null for a text walked lower-cased: its runs are not the regexes' words), `at` starts run number `word` (from 1).
   */
  /** Cue i's sticky regex, built on its first try, and whether it has a gap (gapped). */
  private stickyOf(i: number): RegExp {
    const parsed = this.parsed[i] as Parsed;
    this.gapped[i] = parsed.rest.some((t) => t.gap > 0) ? 1 : 0;
    return (this.sticky[i] = regexOf(parsed));
  }

  /** `text` with its sentence ends marked, for the regexes of cues with a gap (kept for the scan of that text only). */
  private marked(text: string): string {
    if (this.markedFrom !== text) {
      this.markedFrom = text;
      this.markedText = markSentenceEnds(text);
    }
    return this.markedText;
  }

  private plainRestAt(i: number): readonly PlainToken[] | null {
    return (this.plainRest[i] = plainWords(this.parsed[i] as Parsed));
  }

  private runWordsAt(i: number): readonly RunToken[] | null {
    return (this.runWords[i] = runWordsOf(this.parsed[i] as Parsed));
  }

  private tryCue(i: number, text: string, at: number, to: number, hits: CueHit[], runs: WordIndex | null, word: number): void {
    const cue = this.owner[i] as number;
    if ((this.lastEnd[cue] as number) > at) return;
    let end: number;
    const single = this.singleWord[i];
    const runWords = this.runWords[i] ?? this.runWordsAt(i);
    if (single != null) end = matchSingleWord(single, (this.parsed[i] as Parsed).firstEndsWord, text, at);
    else if (runWords != null && runs !== null && word > 0 && runs.starts[word - 1] === at) end = matchRunWords(runWords, 0, text, runs, word - 1, at);
    else {
      const re = this.sticky[i] ?? this.stickyOf(i);
      re.lastIndex = at;
      // test, not exec: a sticky match leaves its end in lastIndex, and no match array is built. A cue with a gap reads the
      // text with its sentence ends marked (markSentenceEnds), made once per scanned text when first needed.
      end = re.test(this.gapped[i] === 1 ? this.marked(text) : text) ? re.lastIndex : -1;
    }
    if (end < 0) {
      // (One failure step for matchRunWords and the regex: a step of its own for the regex, which few cues still take, was
      // not taken in the warm-up, and the first fresh text to take it deoptimised tryCue.)
      if (single == null && this.stemFirst[i] === 1) this.noteFailure(i, text, at);
      return;
    }
    if (end <= to) {
      hits.push({ cue, start: at, end });
      this.lastEnd[cue] = end;
    }
  }

  /**
   * Cue i (its first word all word* stems of letters and digits) failed at `at`. If one of its stems matched
   * there, it fails at every later word start of the same [\w'’-] run: a later start's stem ends past this
   * word, and this try's "[\w'’-]*" already reached every place in the run where the rest of the cue could
   * begin. (A stem's ASCII letters match only ASCII chars: a /i regex without "u" folds no other char to
   * ASCII.) Without this, text like "terminat'terminat'..." made each start re-read the rest of the run.
   */
  private noteFailure(i: number, text: string, at: number): void {
    const n = text.length;
    const first = (this.parsed[i] as Parsed).first;
    if (!first.some((a) => a.text.length <= n - at && sameLower(text, at, a.text))) return;
    let end = at;
    while (end < n && isStemCode(text.charCodeAt(end))) end++;
    if ((this.failedUntil[i] as number) < 0) this.failedCues.push(i);
    this.failedUntil[i] = end;
  }

  /** The word* cues of one bucket whose prefix starts the word [at, end) (numbered `word`). */
  private tryPrefixes(list: ReadonlyArray<[string, number]> | undefined, source: string, text: string, runs: WordIndex, at: number, end: number, word: number, to: number, anchored: boolean, hits: CueHit[]): void {
    if (list === undefined) return;
    for (const [prefix, i] of list) {
      if (prefix.length > end - at || !sameLower(source, at, prefix)) continue;
      if ((this.failedUntil[i] as number) > at) continue;
      if (anchored && (this.anchorOf[i] as number) >= 0 && !this.anchorFits(i, text, end, word)) continue;
      this.tryCue(i, text, at, to, hits, source === text ? runs : null, word);
    }
  }
}

/** The cue word (lower-case) starts with a letter that is not ASCII ("état"). */
const startsNonAsciiLetter = (form: string): boolean => form.charCodeAt(0) >= 128 && /^\p{L}/u.test(form);
/**
 * The char before `at` continues a word there, so no cue starts at `at`: a letter, digit or mark (ASCII or not),
 * "_", or a hyphen (as "exclusive" in "non-exclusive" starts no cue occurrence).
 */
function continuesWord(text: string, at: number): boolean {
  if (at === 0) return false;
  const prev = text.charCodeAt(at - 1);
  if (prev < 128) return isWordCode(prev) || prev === 45;
  return /[\p{L}\p{N}\p{M}]/u.test(text.charAt(at - 1));
}

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
/** A character of \w (ASCII letters, digits, underscore). */
const isWordCode = (c: number): boolean => isAlnum(c) || c === 95;
const lowerCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const mix = (h: number): number => h ^ (h >>> 15);
/** The first (up to three) chars of text[at, end) as one number; a missing char counts 0 (keys are [a-z0-9]). */
function bucketOf(text: string, at: number, end: number): number {
  let code = 0;
  for (let k = 0; k < 3; k++) code = code * 128 + (at + k < end ? lowerCode(text.charCodeAt(at + k)) : 0);
  return code;
}

/** The first three letters at `at`, lower-cased (ASCII), as one number. */
const tripleOf = (text: string, at: number): number =>
  (lowerCode(text.charCodeAt(at)) * 128 + lowerCode(text.charCodeAt(at + 1))) * 128 + lowerCode(text.charCodeAt(at + 2));

/** text[at, at + key.length) lower-cased (ASCII) equals key. */
function sameLower(text: string, at: number, key: string): boolean {
  return sameLowerFrom(text, at, key, 0);
}
/** sameLower, comparing from the key's char `from` on (the chars before it are known to be equal). */
function sameLowerFrom(text: string, at: number, key: string, from: number): boolean {
  for (let k = from; k < key.length; k++) if (lowerCode(text.charCodeAt(at + k)) !== key.charCodeAt(k)) return false;
  return true;
}
/** A word's length (up to 1023) and its first three letters as one number (see bucketOf; below 2^21, so never -1). */
const shapeOf = (length: number, triple: number): number => (Math.min(length, 1023) << 21) | triple;

/** The pairs (c0 * 128 + c1) a word starting with `lead` can have; a one-letter lead allows any second letter. */
function pairsStarting(lead: string): number[] {
  const row = lowerCode(lead.charCodeAt(0)) * 128;
  if (row >= 128 * 128) return [];
  if (lead.length >= 2) return [row + (lowerCode(lead.charCodeAt(1)) & 127)];
  return Array.from({ length: 128 }, (_, k) => row + k);
}

/** A word after the first of a cue of plain words: its forms (lower-case letters and digits) and the most words its gap skips. */
interface PlainToken {
  readonly forms: readonly string[];
  /** Per form, its hash (wordHash, as WordIndex.hashes). */
  readonly hashes: Int32Array;
  readonly gap: number;
  /** A bit per length of a form (bit 31: 31 chars or more), to pass over most words without comparing any form. */
  readonly lengths: number;
}
const lengthBit = (length: number): number => 1 << Math.min(length, 31);

/** The hashes of the alternatives' words (wordHash), in order (a loop: this runs for ~2,000 cue words at start-up). */
function hashesOf(alts: readonly Alt[]): Int32Array {
  const hashes = new Int32Array(alts.length);
  for (let k = 0; k < alts.length; k++) hashes[k] = wordHash((alts[k] as Alt).text);
  return hashes;
}

/**
 * The words after the first of a cue whose every word is required and only plain forms (letters and
 * digits: no word*, #num, hyphen or symbol), or null. Such a cue's regex has one way to match at a word
 * that is one of its first forms, which matchPlainWords follows without the regex.
 */
function plainWords(c: Parsed): readonly PlainToken[] | null {
  const plain = (a: Alt): boolean => !a.prefix && a.lead !== null;
  if (c.rest.length === 0 || !c.first.every(plain) || !c.rest.every((t) => !t.optional && t.alts.every(plain))) return null;
  // The last word must end on a whole word ("(?!\w)"); "grant law|" matches the start of "lawyer".
  if (!(c.rest[c.rest.length - 1] as Token).endsWord) return null;
  return c.rest.map((t) => ({ forms: t.alts.map((a) => a.text), hashes: hashesOf(t.alts), gap: t.gap, lengths: t.alts.reduce((bits, a) => bits | lengthBit(a.text.length), 0) }));
}

/**
 * Where the regex of a cue of plain words ends when its words from `k` on follow `pos`, the end of a run of `runs`
 * (the runs from number `next` on, counted from 0, follow it), or -1. Each word comes after a separator (\W+: up to
 * the next run, at least one char) and, with a gap, after the fewest whole runs (each after its own separator) that
 * let the rest match; it is one of its forms, the letters and digits the run is made of, with no "_" after them (the
 * next separator or "(?!\w)" needs that).
 */
function matchPlainWords(rest: readonly PlainToken[], k: number, text: string, runs: WordIndex, next: number, pos: number): number {
  if (k === rest.length) return pos;
  const { forms, hashes, gap, lengths } = rest[k] as PlainToken;
  const n = text.length;
  const last = Math.min(next + gap, runs.count - 1);
  for (let r = next; r <= last; r++) {
    const q = runs.starts[r] as number;
    const s = runs.ends[r] as number;
    if (s === q || (lengths & lengthBit(s - q)) === 0 || (s < n && text.charCodeAt(s) === 95)) continue;
    const h = runs.hashes[r] as number;
    for (let f = 0; f < forms.length; f++) {
      const form = forms[f] as string;
      if (hashes[f] !== h || form.length !== s - q || !sameLower(text, q, form)) continue;
      // (A gap stays in its sentence: no run after a sentence end, nor any further one, is in reach. Asked only of a run
      // that is one of the forms: most runs a gap passes over are none.)
      if (gap > 0 && endBetween(text, pos, q)) return -1;
      const matched = matchPlainWords(rest, k + 1, text, runs, r + 1, s);
      if (matched >= 0) return matched;
      break;
    }
  }
  return -1;
}

/**
 * Where the regex of a one-word cue whose forms are letters and digits or word* stems of them ends at
 * `at`, or -1: its first form that matches there wins. A plain form must be followed by no \w char when
 * the cue ends on a whole word ("(?!\w)"); a stem takes the whole run of [\w'’-] chars after it (which
 * ends before a char that is no \w, so "(?!\w)" holds there too).
 */
function matchSingleWord(forms: readonly Alt[], endsWord: boolean, text: string, at: number): number {
  const n = text.length;
  for (const form of forms) {
    const to = at + form.text.length;
    if (to > n || !sameLower(text, at, form.text)) continue;
    if (form.prefix) {
      let end = to;
      while (end < n && isStemCode(text.charCodeAt(end))) end++;
      return end;
    }
    if (!endsWord || to >= n || !isWordCode(text.charCodeAt(to))) return to;
  }
  return -1;
}
/**
 * A word of a cue that matchRunWords matches in place of the cue's regex: its forms (each a word of letters and digits,
 * the same with hyphens between them, or a word* stem of such), as the regex has them (altSrc, wordSrc, regexOf).
 */
interface RunToken {
  readonly forms: readonly RunForm[];
  readonly optional: boolean;
  /** The most words the separator before it skips (0: \W+ alone). */
  readonly gap: number;
  /** Each form is followed by "(?!\w)". */
  readonly endsWord: boolean;
  /** A match of this word succeeds only where no \w char follows it: it ends on a whole word, or a required word follows. */
  readonly bounded: boolean;
  /** A bit (firstBit) per first char of its forms: a run that starts with another char is passed over at once. */
  readonly firsts: number;
}
interface RunForm {
  /** Lower-case. */
  readonly text: string;
  /** RUN_PLAIN, RUN_HYPHENATED or RUN_STEM. */
  readonly kind: number;
  /** wordHash(text), for a plain word. */
  readonly hash: number;
}
/** Letters and digits ("notice"). */
const RUN_PLAIN = 0;
/** Letters and digits with hyphens between ("non-exclusive"): each hyphen also matches a space or nothing (altSrc). */
const RUN_HYPHENATED = 1;
/** A word* stem ("terminat", "sub-licens", its hyphens as written) and the run of [\w'’-] after it. */
const RUN_STEM = 2;
const RUN_FORM_TEXT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The words of a cue that matchRunWords can match in place of its regex, or null: every form of every word is
 * letters and digits, hyphens between them, or a word* stem of such (no #num, symbol or other char), so that each
 * word starts at a run of \w and its regex has one way to reach it (see matchRunWords). A cue of one plain word
 * has cheaper shortcuts (tryWord, matchSingleWord).
 */
function runWordsOf(c: Parsed): readonly RunToken[] | null {
  const words = [{ alts: c.first, optional: false, gap: 0, endsWord: c.firstEndsWord }, ...c.rest];
  if (!words.every((t) => t.alts.every((a) => a.key !== '#num' && RUN_FORM_TEXT.test(a.text)))) return null;
  return words.map((t, k) => ({
    forms: t.alts.map((a) => ({ text: a.text, kind: a.prefix ? RUN_STEM : a.text.includes('-') ? RUN_HYPHENATED : RUN_PLAIN, hash: wordHash(a.text) })),
    optional: t.optional,
    gap: t.gap,
    endsWord: t.endsWord,
    bounded: t.endsWord || words.slice(k + 1).some((later) => !later.optional),
    firsts: t.alts.reduce((bits, a) => bits | firstBit(a.text.charCodeAt(0)), 0),
  }));
}

/**
 * Where the sticky regex of a cue (regexOf) matching at `at` ends, or -1, for a cue whose words are `tokens`
 * (runWordsOf), from its word `k` on: `at` is where the word before ended (for k = 0, where the cue starts),
 * `r` the number (from 0) of the first run of `runs` that starts at or after it (for k = 0, the run at `at`).
 * The regex's choices are followed in its order, and each is a matter of runs: a separator (\W+, greedy) before a
 * word that starts with a letter or digit reaches the next run, no shorter; a gap ("(?:\W+\w+){0,n}?\W+", lazy)
 * skips 0, 1, ... n whole runs; an optional word is tried before it is left out; a word's forms in order; a hyphen's
 * "(?:\s*-\s*|\s+)?" has one way to reach the letter after it; a stem's "[\w'’-]*" (greedy) ends at the end of its
 * run of such chars first, then at each earlier "'", "’" or "-" (an end before a \w char cannot be followed by a
 * separator or "(?!\w)", and where nothing must follow, the longest end already matched).
 */
function matchRunWords(tokens: readonly RunToken[], k: number, text: string, runs: WordIndex, r: number, at: number): number {
  if (k === tokens.length) return at;
  const token = tokens[k] as RunToken;
  const n = text.length;
  // (One function that calls only itself: two calling each other were inlined into each other, a costly compile.)
  let last = r;
  if (k > 0) {
    // The separator needs a \W char; it reaches the next run, and a gap the runs after it.
    if (at >= n || isWordCode(text.charCodeAt(at))) return token.optional ? matchRunWords(tokens, k + 1, text, runs, r, at) : -1;
    last = r + token.gap;
    if (last >= runs.count) last = runs.count - 1;
  }
  const { forms, bounded } = token;
  const gapped = k > 0 && token.gap > 0;
  // (A sentence end before a run ends the gap's reach: the loop stops, and an optional word is then left out.)
  inReach: for (let q = r; q <= last; q++) {
    const start = runs.starts[q] as number;
    if ((token.firsts & firstBit(text.charCodeAt(start))) === 0) continue;
    for (let f = 0; f < forms.length; f++) {
      const form = forms[f] as RunForm;
      const length = form.text.length;
      let end: number;
      if (form.kind === RUN_PLAIN) {
        end = start + length;
        // Bounded, the form is the run's letters and digits, with no "_" after them.
        if (bounded ? (runs.ends[q] as number) !== end || runs.hashes[q] !== form.hash || (end < n && text.charCodeAt(end) === 95) : end > n) continue;
        if (!sameLower(text, start, form.text)) continue;
      } else if (form.kind === RUN_HYPHENATED) {
        end = matchHyphenated(form.text, text, start);
        if (end < 0) continue;
      } else {
        if (start + length > n || !sameLower(text, start, form.text)) continue;
        let tail = start + length;
        while (tail < n && isStemCode(text.charCodeAt(tail))) tail++;
        // (Stepped before each try, the first too: a step taken only after a failed try, which the warm-up never made,
        // deoptimised this function in a fresh pass.) `next` is the first run at or after e, stepped back with e: a
        // runAtOrAfter from q for each end was quadratic in a long tail of runs ("terminated-this-terminated-...").
        let next = runAtOrAfter(runs, q, tail);
        for (let e = tail + 1; e > start + length;) {
          e--;
          if (e < tail && isWordCode(text.charCodeAt(e))) continue;
          while (next - 1 > q && (runs.starts[next - 1] as number) >= e) next--;
          if (gapped && endBetween(text, at, start)) break inReach;
          const matched = matchRunWords(tokens, k + 1, text, runs, next, e);
          if (matched >= 0) return matched;
        }
        continue;
      }
      if (token.endsWord && end < n && isWordCode(text.charCodeAt(end))) continue;
      // (A gap stays in its sentence: asked only of a run where the word matched, as in matchPlainWords.)
      if (gapped && endBetween(text, at, start)) break inReach;
      const matched = matchRunWords(tokens, k + 1, text, runs, runAtOrAfter(runs, q, end), end);
      if (matched >= 0) return matched;
    }
  }
  return k > 0 && token.optional ? matchRunWords(tokens, k + 1, text, runs, r, at) : -1;
}

/**
 * For tests: where the cue's regex, tried at the start of run number `run` (from 0) of `runs` (the text's), ends by
 * matchRunWords, or -1; null for a cue that matchRunWords does not stand for.
 */
export function runMatcher(cue: Parsed): ((text: string, runs: WordIndex, run: number) => number) | null {
  const tokens = runWordsOf(cue);
  return tokens && ((text, runs, run) => matchRunWords(tokens, 0, text, runs, run, runs.starts[run] as number));
}

/** A bit per letter (either case) or digit (all one bit); 0 for any other char. */
function firstBit(c: number): number {
  const l = c | 32;
  if (l >= 97 && l <= 122) return 1 << (l - 96);
  return c >= 48 && c <= 57 ? 1 : 0;
}

/** The number of the first run from number `q` on that starts at or after `at`. */
function runAtOrAfter(runs: WordIndex, q: number, at: number): number {
  let r = q;
  while (r < runs.count && (runs.starts[r] as number) < at) r++;
  return r;
}

/**
 * Where a hyphenated form (RUN_HYPHENATED) matching at `at` ends, or -1. Each hyphen is "(?:\s*-\s*|\s+)?" before
 * a letter or digit: spaces, then a hyphen and spaces, or spaces alone, or nothing; only one of them can reach a letter.
 */
function matchHyphenated(form: string, text: string, at: number): number {
  const n = text.length;
  let x = at;
  for (let k = 0; k < form.length; k++) {
    const c = form.charCodeAt(k);
    if (c === 45) {
      // Spaces, one hyphen at most, spaces. (One step for both: a step for spaces after a hyphen alone, which the
      // warm-up never took, deoptimised matchRunWords in a fresh pass.)
      let hyphens = 0;
      for (; x < n; x++) {
        const t = text.charCodeAt(x);
        if (t === 45) hyphens++;
        else if (!isSpaceCode(t)) break;
        if (hyphens > 1) break;
      }
      continue;
    }
    if (x >= n || lowerCode(text.charCodeAt(x)) !== c) return -1;
    x++;
  }
  return x;
}

/** A char of regex \s (JavaScript's white space and line terminators). */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A char of a word* stem's tail, [\w'’-]. */
const isStemCode = (c: number): boolean => isWordCode(c) || c === 39 || c === 45 || c === 0x2019;

/** Each form of the cue's first word is letters and digits (a word* stem too): it starts where a walked word starts. */
const alnumFirst = (c: Parsed): boolean => c.first.every((a) => a.lead !== null);

/**
 * The pairs the word after the first can start with when its next words (up to the first required one,
 * through plain separators, \W+) start with letters or digits; null otherwise (any).
 */
function pairsOfRest(c: Parsed, pairs: Set<number>): Set<number> | null {
  for (const token of c.rest) {
    if (token.gap > 0) return null;
    for (const a of token.alts) {
      // A word with symbols ("name:", "third-party", "sub-licens*") starts with its key, when that is letters and digits.
      const lead = a.lead ?? (isLowerAlnumWord(a.key) ? a.key : null);
      if (lead === null) return null;
      for (const p of pairsStarting(lead)) pairs.add(p);
    }
    if (!token.optional) return pairs;
  }
  return null;
}

/**
 * The pairs (see nextPair) the next word can start with where the cue starts at a walked word (a run of
 * letters and digits) that is exactly `key`; null when that cannot be told (the cue is always tried there).
 * Only the forms of the first word that can match such a run count: a plain word equal to it; a word with
 * symbols ("by:", "u.s.", "non-exclusive", "non-compet*") whose letters before the first symbol are it
 * (its next letters, or else the cue's next word, come next); a hyphenated word may also match with the
 * hyphen left out ("nonexclusive"), and a stem of letters any run it starts.
 */
function pairsOfNextWord(c: Parsed, key: string): ReadonlySet<number> | null {
  const pairs = new Set<number>();
  for (const a of c.first) {
    if (a.lead !== null) {
      // A stem's "[\w'’-]*" may run on past the word.
      if (a.prefix ? key.startsWith(a.key) : a.key === key && pairsOfRest(c, pairs) === null) return null;
      continue;
    }
    if (a.key !== key) {
      // A word* of no letters ("*") is tried with the cue wherever another alternative's word is: it matches that word.
      if (a.prefix ? a.text === '' : a.text.replace(/-/g, '').startsWith(key)) return null;
      continue;
    }
    const after = a.text.slice(key.length);
    // The key is the run, so a symbol must follow it; "_" would continue the run and is read by no filter.
    if (after === '' || isWordCode(after.charCodeAt(0))) return null;
    let k = 0;
    while (k < after.length && !isLowerAlnum(after.charCodeAt(k))) k++;
    if (k < after.length) {
      if (after.slice(0, k).includes('_')) return null;
      for (const p of pairsStarting(after.slice(k, k + lowerAlnumRun(after.slice(k))))) pairs.add(p);
    } else if (a.prefix || pairsOfRest(c, pairs) === null) return null;
  }
  return pairs;
}

/** An anchor key must be this long: shorter words are too common to rule anything out. */
const MIN_ANCHOR_KEY = 4;
/**
 * Words too common in agreements to rule anything out either: noting every place they occur costs more
 * than the cue tries they would save. (Speed only: a cue without an anchor is tried wherever it may start.)
 */
const COMMON_WORDS = new Set(('agree agrees agreed agreement agreements shall will with this that party parties other term terms ' +
  'product products provide provided service services right rights from license information date mean means time ' +
  'confidential state notice effect obligation obligations deliver written customer without limit business contract prior ' +
  'under such have been which their there upon')
  .split(' '));

/**
 * The cue's anchor: a required word after its first, chosen for its longest shortest key (the rarest,
 * roughly), and how many words after the first word it can start at most. A match of the cue starts that
 * word at the start of a word (after \W+ or a gap) with one of the keys (the letters each alternative
 * starts with), and is that key when the alternative is a plain word followed by a separator; every
 * word before it spans a bounded number of words (no word* or #num before it).
 */
function anchorOf(c: Parsed): { keys: ReadonlyArray<{ key: string; whole: boolean }>; within: number; spans: boolean } | null {
  if (!alnumFirst(c)) return null;
  let best: { keys: ReadonlyArray<{ key: string; whole: boolean }>; within: number; score: number } | null = null;
  let next = 1;
  let lastRequired = -1;
  c.rest.forEach((t, k) => { if (!t.optional) lastRequired = k; });
  for (const [k, token] of c.rest.entries()) {
    if (!Number.isFinite(next)) break;
    const start = next + token.gap;
    if (!token.optional && token.alts.every(({ key }) => key.length >= MIN_ANCHOR_KEY && isLowerAlnumWord(key) && !COMMON_WORDS.has(key))) {
      let score = Infinity;
      for (const a of token.alts) score = Math.min(score, a.key.length);
      if (!best || score > best.score) {
        // A separator follows the word when it is not the last one and a required word comes after it (\W+ or a gap);
        // the last word of a cue ends on a whole word unless the pattern ends in "*" ("sell~|provid*" matches inside "selled").
        const separated = k === c.rest.length - 1 ? token.endsWord : lastRequired > k;
        best = { keys: token.alts.map((a) => ({ key: a.key, whole: !a.prefix && a.lead === a.key && separated })), within: start, score };
      }
    }
    let most = -Infinity;
    for (const a of token.alts) most = Math.max(most, a.words);
    next = start + most;
  }
  return best && { keys: best.keys, within: best.within, spans: c.first.some((a) => a.prefix) };
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
    if (isWordCode(c)) break;
    j++;
  }
  if (j === end || j >= n) return -1;
  const c0 = text.charCodeAt(j);
  if (!isAlnum(c0)) return -1;
  const c1 = j + 1 < n ? text.charCodeAt(j + 1) : 0;
  return lowerCode(c0) * 128 + (isAlnum(c1) ? lowerCode(c1) : 0);
}

/**
 * nextPair for a word or symbol ending at `end` of `text`, whose runs are `runs`, where the runs from number `next`
 * (counted from 0) on start after it: the next one is the word a separator reaches, when one starts at `end`.
 */
function pairAfter(text: string, runs: WordIndex, next: number, end: number): number {
  if (end >= text.length || isWordCode(text.charCodeAt(end)) || next >= runs.count) return -1;
  const q = runs.starts[next] as number;
  const length = (runs.ends[next] as number) - q;
  // A run opening with "_" starts no plain word.
  if (length === 0) return -1;
  return lowerCode(text.charCodeAt(q)) * 128 + (length > 1 ? lowerCode(text.charCodeAt(q + 1)) : 0);
}

function nextWordsOf(key: string, cues: readonly number[], parsed: readonly Parsed[]): NextWords {
  const pairs = cues.map((i) => pairsOfNextWord(parsed[i] as Parsed, key));
  let nextFirst: Uint32Array | null = null;
  if (pairs.length > 0 && pairs.every((p) => p !== null)) {
    nextFirst = new Uint32Array(4);
    for (const set of pairs) for (const pair of set ?? []) nextFirst[pair >> 12] = (nextFirst[pair >> 12] as number) | (1 << ((pair >> 7) & 31));
  }
  return { nextPairs: pairs, filtered: pairs.some((p) => p !== null), nextFirst };
}

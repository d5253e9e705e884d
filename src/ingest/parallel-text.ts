// The other language of a bilingual agreement, left out of what the stages read.
//
// A parallel agreement gives each clause in English and then in another language under the same number ('1.2
// "Licensed Patents" means ...' / '1.2 "Patentes Licenciadas" significa ...'), its headings in both ('## 7. Term and
// Termination / Vigencia y Terminación'), and says which version prevails. Read whole, every clause number comes twice,
// the other language's defined terms duplicate the English ones, and its words are "untranslated" foreign terms. The
// rules are written for English and judge the English text, as counsel reads the prevailing version; so a paragraph
// in another language is blanked (spaces, its line breaks kept: every offset and line number still points where it
// did), and so is the other-language part of a bilingual heading line ('Vigencia y Terminación' after ' / '). Only a
// document that is bilingual is read so: at least MIN_OTHER paragraphs in one other language, holding at least
// OTHER_SHARE of the words, beside English paragraphs holding at least ENGLISH_SHARE of them. A document wholly in
// another language is left as it is, and
// so is an English one quoting a foreign sentence. `check --explain` says what was left out.

import { lowerBound } from '../model/text.js';
import { wordHash, type WordIndex } from '../model/words.js';

/** Words that only a language's own sentences are made of (articles, prepositions, conjunctions); two letters or more. */
const FUNCTION_WORDS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ['English', new Set('the and of to in shall by for with any or is be this that its which as on at from under may will each not are has have such'.split(' '))],
  ['Spanish', new Set('el la los las del de que en por para con se una un sus su al lo como será podrá cada dicha dicho cualquier sin sobre entre este esta presente dentro conforme mediante'.split(' '))],
  ['French', new Set('le la les des du de et est une pour dans par sur au aux qui que sont ce cette ou présent présente conformément'.split(' '))],
  ['German', new Set('der die das und ist von zu mit den dem des für auf ein eine einer nicht sich werden wird oder gemäß'.split(' '))],
  ['Portuguese', new Set('os da do das dos em que para com uma pela pelo não ao aos será cada qualquer presente'.split(' '))],
  ['Italian', new Set('il lo gli della dello delle degli del di che per con una non sono ai dal dalla presente ciascuna'.split(' '))],
];

/** Letters of Chinese, Japanese and Korean script. */
const CJK_RE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/gu;
const CJK_ANY_RE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u;
/** A word: two letters or more, not the end of a domain name or a path ('.com', '/es'). */
const WORD_RE = /(?<![.@/\p{L}])\p{L}{2,}/gu;
/** A Romance word's look: a letter with an accent English does not use, or a noun ending English does not have. */
const ROMANCE_LOOK_RE = /[áéíóúñãõçàèìòùâêîôûäöüß]|\p{L}(?:ción|ciones|sión|siones|idad|idades|miento|mientos|encia|ância|ência|ção|ções)\b/iu;

const MIN_OTHER = 2;
/** A paragraph in another language holds this many times as many of its function words as of English ones, at least. */
const OTHER_OVER_ENGLISH = 3;
/** The least letters of CJK script a paragraph in it holds. */
const CJK_MIN = 8;
const ENGLISH_SHARE = 0.3;
/**
 * The other language's least share of the words: a parallel agreement gives it about half. Two paragraphs of a French
 * party's notice address ('12 rue de la Paix') or signature block in an English agreement are not a second version.
 */
const OTHER_SHARE = 0.15;
const HEADING_LINE_MAX = 160;

export interface LeftOut {
  /** The other language ('Spanish', 'Chinese, Japanese or Korean', ...). */
  readonly language: string;
  /** Paragraphs blanked whole. */
  readonly paragraphs: number;
  /** Parts of bilingual heading lines blanked ('Vigencia y Terminación' in 'Term and Termination / Vigencia y Terminación'). */
  readonly headingParts: number;
  /**
   * Present when the English text says the other version prevails ('In case of conflict, the French version shall
   * prevail'): the English read here is then a convenience translation. Absent when it says English prevails, or
   * says nothing.
   */
  readonly otherPrevails?: true;
}

// 'the French version shall prevail', 'the Spanish text will control', 'the Chinese language version shall govern',
// 'the German version of this Agreement shall prevail', 'the English version prevails', 'the French text is
// authoritative': the language right before its version and the verb right after it.
const PREVAILS_RE = /\b(English|Spanish|French|German|Portuguese|Italian|Chinese|Japanese|Korean)(?:[- ]language)?\s+(?:version|text)(?:\s+of\s+(?:this|the)\s+(?:Agreement|Contract))?\s+(?:(?:shall|will|is\s+to|must)\s+(?:prevail|control|govern|be\s+(?:binding|authoritative|controlling))|prevails|controls|governs|is\s+(?:binding|authoritative|controlling))\b/gi;

/** Whether the (English) text says the version in `language` prevails, and never that the English one does. */
function otherVersionPrevails(text: string, language: string): boolean {
  let other = false;
  for (const m of text.matchAll(PREVAILS_RE)) {
    const said = (m[1] as string).toLowerCase();
    if (said === 'english') return false;
    if (language.toLowerCase().split(/, | or /).includes(said)) other = true;
  }
  return other;
}

const CJK = 'Chinese, Japanese or Korean';

/** Bit i set: the word is a function word of FUNCTION_WORDS[i]; looked up once per word instead of once per language. */
const FUNCTION_MASK = new Map<string, number>();
for (const [i, [, set]] of FUNCTION_WORDS.entries()) for (const w of set) FUNCTION_MASK.set(w, (FUNCTION_MASK.get(w) ?? 0) | (1 << i));
/**
 * ASCII function words by a hash of their letters: a word of ASCII letters (most words) is looked up by the hash of
 * its letters folded to lower case (model/words.ts's wordHash) in an open-addressed table and compared in place, with
 * no string made for it.
 */
class AsciiWordTable {
  readonly words: string[] = [];
  readonly masks: number[] = [];
  /** Per slot: the hash of the word there, and 1 + its index in `words` (0: an empty slot). */
  private readonly hash = new Int32Array(4096);
  private readonly word = new Uint16Array(4096);

  constructor(entries: Iterable<readonly [string, number]>) {
    for (const [w, mask] of entries) {
      const h = wordHash(w);
      let slot = slotOf(h);
      while (this.word[slot] !== 0) slot = (slot + 1) & 4095;
      this.words.push(w);
      this.masks.push(mask);
      this.hash[slot] = h;
      this.word[slot] = this.words.length;
    }
  }

  /** The index in `words` of the word text[s, e) spells (its ASCII letters, hashed folded: h), or -1. */
  find(text: string, s: number, e: number, h: number): number {
    for (let slot = slotOf(h); this.word[slot] !== 0; slot = (slot + 1) & 4095) {
      if (this.hash[slot] !== h) continue;
      const at = (this.word[slot] as number) - 1;
      const w = this.words[at] as string;
      if (w.length !== e - s) continue;
      let k = 0;
      while (k < w.length && (text.charCodeAt(s + k) | 32) === w.charCodeAt(k)) k++;
      if (k === w.length) return at;
    }
    return -1;
  }
}

function slotOf(h: number): number {
  return (h ^ (h >>> 12) ^ (h >>> 24)) & 4095;
}

/** Every ASCII function word, with its bits. */
const ASCII_FUNCTION = new AsciiWordTable([...FUNCTION_MASK].filter(([w]) => /^[a-z]+$/.test(w)));
/** The ASCII function words of another language than English, with their bits (English's bit 0 among them). */
const ASCII_OTHER = new AsciiWordTable([...FUNCTION_MASK].filter(([w, mask]) => /^[a-z]+$/.test(w) && (mask & ~1) !== 0));
/** The longest function word: a longer word is counted and not looked up. */
const FUNCTION_MAX = Math.max(...[...FUNCTION_MASK.keys()].map((w) => w.length));
const LETTER_RE = /^\p{L}$/u;
const nonAsciiLetter = new Map<number, boolean>();

/** Whether a code point above ASCII is a letter (\p{L}), looked up once each. */
function isLetter(cp: number): boolean {
  let known = nonAsciiLetter.get(cp);
  if (known === undefined) nonAsciiLetter.set(cp, (known = LETTER_RE.test(String.fromCodePoint(cp))));
  return known;
}

/**
 * The language of text[start, end), by its function words (or its script), or null when it cannot tell. Its words
 * are WORD_RE's: runs of two letters or more not after '.', '@' or '/'. One pass over the characters: every
 * paragraph of every document is read here, and matching, lower-casing and testing each word against each language
 * in turn cost ~0.5 s a pass over the CUAD dev split (seventeenth session).
 */
function languageOf(text: string, start: number, end: number, hasCjk: boolean): { language: string; words: number } | null {
  const cjk = hasCjk ? (text.slice(start, end).match(CJK_RE)?.length ?? 0) : 0;
  let words = 0;
  const hits = new Array<number>(FUNCTION_WORDS.length).fill(0);
  // The distinct function words of each other language (English's are not needed), made on the first hit.
  const distinct: (Set<string> | undefined)[] = [];
  let prev = -1; // the code point before i (none at the paragraph's start)
  for (let i = start; i < end; ) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i) as number;
    if (!(cp < 128 ? ((cp | 32) >= 97 && (cp | 32) <= 122) : isLetter(cp))) {
      prev = cp;
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const s = i;
    let n = 0;
    let ascii = true; // every letter ASCII: hashed folded as it is read
    let h = 0;
    while (i < end) {
      let c = text.charCodeAt(i);
      if (c < 128) {
        const f = c | 32;
        if (f < 97 || f > 122) break;
        h = (Math.imul(h, 31) + f) | 0;
        n++;
        i++;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff) c = text.codePointAt(i) as number;
      if (!isLetter(c)) break;
      ascii = false;
      n++;
      i += c > 0xffff ? 2 : 1;
    }
    // prev is not a letter here; a run after '.', '@' or '/' is the end of a domain name or a path.
    if (n < 2 || prev === 46 || prev === 64 || prev === 47) continue;
    words++;
    if (i - s > FUNCTION_MAX) continue;
    let lower: string | undefined;
    let mask: number | undefined;
    if (ascii) {
      const at = ASCII_FUNCTION.find(text, s, i, h);
      if (at >= 0) [lower, mask] = [ASCII_FUNCTION.words[at], ASCII_FUNCTION.masks[at]];
    } else {
      lower = text.slice(s, i).toLowerCase();
      mask = FUNCTION_MASK.get(lower);
    }
    if (mask === undefined || lower === undefined) continue;
    for (let k = 0; k < FUNCTION_WORDS.length; k++) {
      if ((mask & (1 << k)) === 0) continue;
      hits[k] = (hits[k] as number) + 1;
      if (k > 0) (distinct[k] ??= new Set()).add(lower);
    }
  }
  if (cjk >= CJK_MIN && cjk >= words) return { language: CJK, words: cjk };
  const english = hits[0] ?? 0;
  let best = 1;
  for (let i = 2; i < hits.length; i++) if ((hits[i] ?? 0) > (hits[best] ?? 0)) best = i;
  const other = hits[best] ?? 0;
  // Sentences of a language use several of its function words; a table of domain names or codes does not.
  if (words >= 4 && (distinct[best]?.size ?? 0) >= 2 && other >= OTHER_OVER_ENGLISH * english && other >= 0.12 * words) {
    return { language: FUNCTION_WORDS[best]?.[0] ?? 'another language', words };
  }
  if (english >= 1 || words >= 3) return { language: 'English', words };
  return null;
}

const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * The bits (FUNCTION_MASK) and the lower case of a function word of another language than English, when the whole run
 * of letters (\p{L}, code points) around the ASCII letter at p is one; else null. The run is read as languageOf reads a word (an ASCII one by its hash, any
 * other lower-cased), not minding a '.', '@' or '/' before it.
 */
function functionWordAround(text: string, p: number): { mask: number; lower: string } | null {
  let s = p;
  let ascii = true;
  // Never more than a function word's length each way: a long run of letters ('aéaéaé...', an ASCII run between
  // every two) would otherwise be read whole once for each of its ASCII runs.
  while (s > 0) {
    if (p - s > FUNCTION_MAX) return null;
    const c = text.charCodeAt(s - 1);
    if (c < 128) {
      if (!isAsciiLetter(c)) break;
      s--;
      continue;
    }
    // A low surrogate after a high one: the pair's code point.
    const pair = c >= 0xdc00 && c <= 0xdfff && s >= 2 && (text.charCodeAt(s - 2) & 0xfc00) === 0xd800;
    if (!isLetter(pair ? (text.codePointAt(s - 2) as number) : c)) break;
    s -= pair ? 2 : 1;
    ascii = false;
  }
  let e = p;
  let h = 0;
  for (let k = s; k < p; k++) h = (Math.imul(h, 31) + (text.charCodeAt(k) | 32)) | 0;
  while (e < text.length) {
    if (e - s > FUNCTION_MAX) return null;
    let c = text.charCodeAt(e);
    if (c < 128) {
      if (!isAsciiLetter(c)) break;
      h = (Math.imul(h, 31) + (c | 32)) | 0;
      e++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) c = text.codePointAt(e) as number;
    if (!isLetter(c)) break;
    ascii = false;
    e += c > 0xffff ? 2 : 1;
  }
  if (e - s > FUNCTION_MAX) return null;
  if (ascii) {
    const at = ASCII_OTHER.find(text, s, e, h);
    return at < 0 ? null : { mask: ASCII_OTHER.masks[at] as number, lower: ASCII_OTHER.words[at] as string };
  }
  const lower = text.slice(s, e).toLowerCase();
  const mask = FUNCTION_MASK.get(lower);
  return mask === undefined ? null : { mask, lower };
}

/**
 * The early-out finds a word with a letter outside ASCII by an ASCII letter beside it, so each function word needs an
 * ASCII letter that no other code point lower-cases to (any but 'k', the Kelvin sign's; test/ingest/parallel-text.test.ts).
 */
const EARLY_OUT_SOUND = [...FUNCTION_MASK.keys()].every((w) => /[a-jl-z]/.test(w));

/** Runs of digits and '_': what joins a word to its neighbours in the word index's runs ('2de', 'x_la'). */
const JOINERS_RE = /[0-9_]+/g;
/** A line break, a blank line, a line break: the end of a paragraph (PARA_RE's runs of lines holding a non-space). */
const BLANK_LINE_RE = /\n[^\S\n]*\n/g;

/**
 * Whether two paragraphs might be read as one other language: an exact early-out for leaveOutOtherLanguage, which
 * otherwise walks every character of every document though hardly any holds a second language. languageOf gives a
 * paragraph another language (not CJK) only when it holds two distinct function words of it, and the document must
 * have MIN_OTHER such paragraphs of one language. The function words are found from the document's word index (the
 * runs of [A-Za-z0-9_] the tagger reads too, model/words.ts), each run a table look-up by its hash; the words the
 * runs do not give whole are read around where they meet: letters beside a digit or '_' ('2de', 'x_la'), and beside a
 * code above ASCII (every function word with a letter outside ASCII, 'será', 'für', 'não', has ASCII letters too, and
 * only the Kelvin sign lower-cases to an ASCII letter, 'k': EARLY_OUT_SOUND). So every function word
 * languageOf counts is found in its paragraph, and some that it does not count (after '.', '@' or '/', or beside a
 * letter outside ASCII): more paragraphs may pass here than languageOf gives the language, never fewer. CJK: two
 * paragraphs need 2 x CJK_MIN letters of that script.
 */
function mayHoldOtherLanguage(text: string, words: WordIndex): boolean {
  if (!EARLY_OUT_SOUND) return true;
  if (CJK_ANY_RE.test(text) && (text.match(CJK_RE)?.length ?? 0) >= MIN_OTHER * CJK_MIN) return true;
  const n = text.length;
  const at: number[] = [];
  const found: { mask: number; lower: string }[] = [];
  const add = (p: number): void => {
    const hit = functionWordAround(text, p);
    if (hit === null || (hit.mask & ~1) === 0) return;
    at.push(p);
    found.push(hit);
  };
  const { count, starts, ends, hashes } = words;
  for (let r = 0; r < count; r++) {
    const s = starts[r] as number;
    const e = ends[r] as number;
    // A run opening with '_' has its letters after a '_' (JOINERS_RE below).
    if (e === s) continue;
    const before = s > 0 ? text.charCodeAt(s - 1) : 32;
    const after = e < n ? text.charCodeAt(e) : 32;
    if (before >= 128 || after >= 128) {
      if (before >= 128 && isAsciiLetter(text.charCodeAt(s))) add(s);
      if (after >= 128 && isAsciiLetter(text.charCodeAt(e - 1))) add(e - 1);
      continue;
    }
    if (e - s < 2 || e - s > FUNCTION_MAX) continue;
    const w = ASCII_OTHER.find(text, s, e, hashes[r] as number);
    if (w < 0) continue;
    at.push(s);
    found.push({ mask: ASCII_OTHER.masks[w] as number, lower: ASCII_OTHER.words[w] as string });
  }
  JOINERS_RE.lastIndex = 0;
  for (let m = JOINERS_RE.exec(text); m !== null; m = JOINERS_RE.exec(text)) {
    const a = m.index;
    const b = JOINERS_RE.lastIndex;
    if (a > 0 && isAsciiLetter(text.charCodeAt(a - 1))) add(a - 1);
    if (b < n && isAsciiLetter(text.charCodeAt(b))) add(b);
  }
  if (at.length < 2 * MIN_OTHER) return false;
  // Paragraph by paragraph (a blank line between two words parts them): the languages with two distinct words, and at
  // least OTHER_OVER_ENGLISH times as many of their words as the paragraph surely has English ones (see englishAtLeast).
  const order = at.map((_, i) => i).sort((x, y) => (at[x] as number) - (at[y] as number));
  const paragraphs = new Array<number>(FUNCTION_WORDS.length).fill(0);
  const first = new Array<string | undefined>(FUNCTION_WORDS.length);
  const hits = new Array<number>(FUNCTION_WORDS.length).fill(0);
  let two = 0;
  let from = -1;
  let end = -1;
  const close = (): boolean => {
    if (two !== 0) {
      const english = OTHER_OVER_ENGLISH * englishAtLeast(text, words, from, end);
      for (let k = 1; k < FUNCTION_WORDS.length; k++) if ((two & (1 << k)) !== 0 && (hits[k] as number) >= english && (paragraphs[k] = (paragraphs[k] as number) + 1) >= MIN_OTHER) return true;
    }
    first.fill(undefined);
    hits.fill(0);
    two = 0;
    return false;
  };
  for (const i of order) {
    const p = at[i] as number;
    if (p >= end) {
      if (close()) return true;
      from = p;
      BLANK_LINE_RE.lastIndex = p;
      end = BLANK_LINE_RE.exec(text)?.index ?? n;
    }
    const { mask, lower } = found[i] as { mask: number; lower: string };
    for (let k = 1; k < FUNCTION_WORDS.length; k++) {
      if ((mask & (1 << k)) === 0) continue;
      hits[k] = (hits[k] as number) + 1;
      const f = first[k];
      if (f === undefined) first[k] = lower;
      else if (f !== lower) two |= 1 << k;
    }
  }
  return close();
}

/**
 * How many English function words languageOf surely counts in text[from, end), a part of one paragraph (no blank line
 * in it): runs of two ASCII letters or more that are one, with an ASCII char other than '.', '@' and '/' before them
 * (or none) and an ASCII one after (or none), so that their letters are a whole word as languageOf reads words. It may
 * count fewer than languageOf (words glued to digits or to letters outside ASCII, and those before `from`), never
 * more; mayHoldOtherLanguage's counts of the other languages' words are never fewer than languageOf's, so a paragraph
 * with fewer than OTHER_OVER_ENGLISH times as many of them as this is no paragraph languageOf gives another language
 * (English paragraphs with Italian 'per' and 'non', or French 'de' and 'et': 11 of CUAD dev's 147 documents were
 * walked for them).
 */
function englishAtLeast(text: string, words: WordIndex, from: number, end: number): number {
  const { count, starts, ends, hashes } = words;
  const lo = lowerBound(starts, from, count);
  let english = 0;
  for (let r = lo; r < count; r++) {
    const s = starts[r] as number;
    if (s >= end) break;
    const e = ends[r] as number;
    if (e - s < 2 || e - s > FUNCTION_MAX) continue;
    const before = s > 0 ? text.charCodeAt(s - 1) : 32;
    const after = e < text.length ? text.charCodeAt(e) : 32;
    if (before >= 128 || after >= 128 || before === 46 || before === 64 || before === 47) continue;
    const w = ASCII_FUNCTION.find(text, s, e, hashes[r] as number);
    if (w >= 0 && ((ASCII_FUNCTION.masks[w] as number) & 1) !== 0) english++;
  }
  return english;
}

/**
 * A part of a bilingual heading line in the other language: no English function word, and the other language's
 * function word (Spanish 'y' too), a Romance look (ROMANCE_LOOK_RE) or, for CJK, its script; or, given the words of
 * the document's paragraphs in each language (`vocabulary`), words only its other-language paragraphs use.
 */
function isOtherHeadingPart(part: string, other: string, vocabulary: { readonly other: ReadonlySet<string>; readonly english: ReadonlySet<string> } | null): boolean {
  if (other === CJK) return (part.match(CJK_RE)?.length ?? 0) > 0;
  const words = (part.match(WORD_RE) ?? []).map((w) => w.toLowerCase());
  if (words.length === 0 || words.some((w) => FUNCTION_WORDS[0]?.[1].has(w))) return false;
  // The document's own words: none of the part's in its English paragraphs, and one at least in its other-language
  // ones ('Payment / Paiement' where the French clause says 'un paiement compensatoire').
  if (vocabulary !== null) return words.every((w) => !vocabulary.english.has(w)) && words.some((w) => vocabulary.other.has(w));
  const set = FUNCTION_WORDS.find(([language]) => language === other)?.[1];
  return ROMANCE_LOOK_RE.test(part) || words.some((w) => set?.has(w)) || (other === 'Spanish' && /\sy\s/i.test(part));
}

/** The words (lower case) of the paragraphs in `language`, but for their bilingual heading lines (' / '). */
function wordsOf(text: string, paras: readonly { start: number; end: number; language: string | null }[], language: string): Set<string> {
  const words = new Set<string>();
  for (const p of paras) {
    if (p.language !== language) continue;
    for (const line of text.slice(p.start, p.end).split('\n')) if (!line.includes(' / ')) for (const w of line.match(WORD_RE) ?? []) words.add(w.toLowerCase());
  }
  return words;
}

/** Spaces for `s`, with its line breaks kept. */
function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/**
 * `text` with the other language of a bilingual agreement blanked (see above), and what was left out; `text` itself
 * and null when the document is not bilingual. `words`, the word index of `text` (model/words.ts wordIndex), lets a
 * document that cannot be bilingual be told so without the walk over its characters (mayHoldOtherLanguage).
 */
export function leaveOutOtherLanguage(text: string, words?: WordIndex): { text: string; leftOut: LeftOut | null } {
  if (text.length < 200) return { text, leftOut: null };
  if (words !== undefined && !mayHoldOtherLanguage(text, words)) return { text, leftOut: null };
  const paras: { start: number; end: number; language: string | null; words: number }[] = [];
  // A paragraph starts where a line does ('(?<![^\n])'), as every match did: without the anchor each position of a line of
  // blanks was tried, each read to the line's end (a 100 KB line of spaces took 13 s).
  const PARA_RE = /(?<![^\n])[^\n]*\S[^\n]*(?:\r?\n[^\n]*\S[^\n]*)*/g;
  // A document without a letter of CJK script has none in any paragraph: one search, not one per paragraph.
  const hasCjk = CJK_ANY_RE.test(text);
  for (const m of text.matchAll(PARA_RE)) {
    const start = m.index ?? 0;
    const found = languageOf(text, start, start + m[0].length, hasCjk);
    paras.push({ start, end: start + m[0].length, language: found?.language ?? null, words: found?.words ?? 0 });
  }
  const counts = new Map<string, { paras: number; words: number }>();
  for (const p of paras) {
    if (p.language === null) continue;
    const c = counts.get(p.language) ?? { paras: 0, words: 0 };
    counts.set(p.language, { paras: c.paras + 1, words: c.words + p.words });
  }
  const total = [...counts.values()].reduce((n, c) => n + c.words, 0);
  const englishWords = counts.get('English')?.words ?? 0;
  let other: string | null = null;
  for (const [language, c] of counts) {
    if (language !== 'English' && c.paras >= MIN_OTHER && (other === null || c.words > (counts.get(other)?.words ?? 0))) other = language;
  }
  if (other === null || englishWords < ENGLISH_SHARE * total || (counts.get(other)?.words ?? 0) < OTHER_SHARE * total) return { text, leftOut: null };
  let out = '';
  let from = 0;
  let paragraphs = 0;
  let headingParts = 0;
  // The words of each language's paragraphs (lower case), read at the first heading part that needs them.
  let vocabulary: { other: Set<string>; english: Set<string> } | null = null;
  const otherPart = (part: string): boolean => {
    if (isOtherHeadingPart(part, other, null)) return true;
    vocabulary ??= { other: wordsOf(text, paras, other), english: wordsOf(text, paras, 'English') };
    return isOtherHeadingPart(part, other, vocabulary);
  };
  for (const p of paras) {
    if (p.language === other) {
      out += text.slice(from, p.start) + blank(text.slice(p.start, p.end));
      from = p.end;
      paragraphs++;
      continue;
    }
    // A bilingual line inside an English paragraph: 'Term and Termination / Vigencia y Terminación'.
    for (let ls = p.start; ls < p.end; ) {
      const nl = text.indexOf('\n', ls);
      const le = nl === -1 || nl > p.end ? p.end : nl;
      const line = text.slice(ls, le);
      // A title or heading line of its own in the other language ('# CONTRATO DE LICENCIA CRUZADA ...' under the
      // English title): a Markdown heading or a line without lower-case letters.
      if (line.length <= HEADING_LINE_MAX && !line.includes(' / ') && (/^[ \t]*#{1,6}[ \t]/.test(line) || !/\p{Ll}/u.test(line)) && isOtherHeadingPart(line, other, null)) {
        out += text.slice(from, ls) + blank(line);
        from = le;
        headingParts++;
      } else if (line.length <= HEADING_LINE_MAX && line.includes(' / ')) {
        let at = ls;
        for (const [i, part] of line.split(' / ').entries()) {
          const partStart = at;
          at += part.length + 3;
          if (i === 0) continue;
          if (otherPart(part)) {
            // The part and the ' / ' before it.
            out += text.slice(from, partStart - 3) + blank(text.slice(partStart - 3, partStart + part.length));
            from = partStart + part.length;
            headingParts++;
          }
        }
      }
      ls = le + 1;
    }
  }
  if (paragraphs === 0) return { text, leftOut: null };
  const kept = out + text.slice(from);
  const prevails = otherVersionPrevails(kept, other);
  return { text: kept, leftOut: prevails ? { language: other, paragraphs, headingParts, otherPrevails: true } : { language: other, paragraphs, headingParts } };
}

// Typographic ligatures read as their letters, with the way back to the file's positions.
//
// Text copied or extracted from a PDF can keep the typesetter's ligatures: 'ﬁeld', 'conﬁdential', 'Aﬃliate',
// 'Eﬀective Date' (U+FB00-FB06, one character for two or three letters). Read as they stand, no cue word, defined term
// or rule pattern written with the letters matches them: a confidentiality clause reads as missing, a defined
// 'Aﬃliate' as never used. No reading of the same length exists, so every stage reads the letters (the Source's text)
// and the report maps its offsets back to the file's (toFileOffset; check.ts): a finding at 'conﬁdential' points at
// the file's line and column. Most texts have none and are read as they are, with no map.
import { LineIndex, lowerBound, type DocumentReport, type InputFormat, type LigatureMap } from '../model/index.js';

const LIGATURE_RE = /[\uFB00-\uFB06]/;
const LETTERS: readonly string[] = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st'];
// Hyphens with code points of their own, read as '-' one for one: Word's non-breaking hyphen (U+2011, typed to keep
// 'royalty-free' or 'non-exclusive' on one line) and the Unicode hyphen (U+2010). Read as they stand, 'royalty‑free'
// was a royalty due and 'non‑exclusive' no non-exclusive grant. The same length, so only the map's original keeps them
// (for the report's excerpts).
const HYPHENS_RE = /[\u2010\u2011]/g;

// The soft hyphen (U+00AD) inside a word means one of two things, and the document tells which (readSoftHyphens).
// EDGAR's filings write it where a hyphen is meant and shown ('Mid\u00adTier', 'know\u00adhow', 'need\u00adto\u00adknow',
// 'Rule 12b\u00ad2'); Word's optional hyphen (kept by pandoc's Markdown and mammoth) and a typesetter's &shy; mark where
// a word may break, and show nothing inside a line ('Li\u00adcen\u00adsee'). Read as a hyphen, an optional one split
// 'Licensee' into 'Li-cen-see' (a term defined and never used, a grant to no one); dropped, a shown one made 'MidTier'.
const ALNUM_CHAR_RE = /^[\p{L}\p{N}]$/u;
/** The length of the letter or digit (one code point) at `i`, 0 when none: ASCII by its code, the rest by \p{L}\p{N}. */
function alnumAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c === 0xad || Number.isNaN(c)) return 0;
  const cp = text.codePointAt(i) as number;
  return ALNUM_CHAR_RE.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/**
 * One walk over the text: its words with a soft hyphen inside (runs of letters and digits joined by U+00AD between two
 * of them), where each starts, and the lower-cased words it writes otherwise. The same words as a \p{L}\p{N} regex
 * pair would find ('[\p{L}\p{N}]+(?:\u00ad[\p{L}\p{N}]+)+', then the other runs), without it: that regex, tried at every
 * letter of every word and giving back the word's letters one by one, cost ~0.3 ms per KB of a text that has one.
 */
function readWords(text: string): { softWords: { index: number; word: string; tail: string }[]; vocabulary: Set<string> } {
  const softWords: { index: number; word: string; tail: string }[] = [];
  const vocabulary = new Set<string>();
  let i = 0;
  while (i < text.length) {
    let n = alnumAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    let soft = false;
    for (;;) {
      while (n > 0) {
        i += n;
        n = alnumAt(text, i);
      }
      if (text.charCodeAt(i) !== 0xad || alnumAt(text, i + 1) === 0) break;
      soft = true;
      i += 1;
      n = alnumAt(text, i);
    }
    const word = text.slice(start, i);
    if (soft) softWords.push({ index: start, word, tail: lineEndTail(text, i) });
    else vocabulary.add(word.toLowerCase());
  }
  return { softWords, vocabulary };
}
const LOWER_RE = /^\p{Ll}$/u;
/** A word's rest on the next line after a hyphen (or a soft hyphen) that ends the line: its lower-case letters. */
const TAIL_RE = /[-\u00ad]\r?\n[ \t]*(\p{Ll}+)/uy;
function lineEndTail(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c !== 45 && c !== 0xad) return '';
  TAIL_RE.lastIndex = i;
  return TAIL_RE.exec(text)?.[1] ?? '';
}
/** Pieces of a word in capitals, each two letters or more ('LI\u00adCENSE'): syllables as 'Li\u00adcen\u00adsee' are. */
const CAPS_PIECE_RE = /^\p{Lu}{2,}$/u;

/**
 * The offsets of the soft hyphens that end a line after a letter ('Licen\u00ad' / 'see'): a word broken there, the
 * soft hyphen shown as the hyphen it is at a break, whatever the document's words say.
 */
function lineEndSoftHyphens(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\u00ad'); i !== -1; i = text.indexOf('\u00ad', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if ((next === 10 || (next === 13 && text.charCodeAt(i + 2) === 10)) && alnumAt(text, i - 1) > 0) out.push(i);
  }
  return out;
}

/**
 * Whether a text's soft hyphens show it laid out by a typesetter: one ends a line ('Licen\u00ad' / 'see'), or a word
 * holding one is broken at a line end with a hyphen ('Li\u00adcen-' / 'see', the break a soft hyphen shown). Its other
 * line-end hyphens are then the layout's too (mendLineEndHyphens reads them as in a PDF's text).
 */
export function typesetBySoftHyphens(text: string): boolean {
  return text.includes('\u00ad') && /\u00ad(?:[\p{L}\p{N}]+-)?\r?\n/u.test(text);
}

/** What a soft hyphen inside a word is read as when the document's own evidence is even. */
export type SoftHyphenDefault = 'hyphen' | 'optional';

/** The format's reading of a soft hyphen left undecided: EDGAR's text shows it, pandoc's Markdown (from Word) hides it. */
export const softHyphenDefault = (format: InputFormat): SoftHyphenDefault => (format === 'markdown' ? 'optional' : 'hyphen');

/**
 * `text` with each soft hyphen inside a word that the document shows as a hyphen read as '-' (the same length), and
 * the optional ones (and any outside a word) left as U+00AD. The evidence, word by word:
 *   - one next to a capital or a digit ('Mid\u00adTier', 'Issuer\u00adRepresented', '12b\u00ad2') is a hyphen: no word
 *     breaks into syllables there;
 *   - one between two lower-case letters of a word that the document also writes whole ('Li\u00adcen\u00adsee' where
 *     'Licensee' stands elsewhere) is optional;
 *   - one in a word whose every piece is a word the document writes on its own ('know\u00adhow', 'need\u00adto\u00adknow',
 *     'royalty\u00adfree') is a hyphen: it joins words rather than syllables ('con\u00adfi\u00adden\u00adtial').
 * The rest ('non\u00adclinical', 'con\u00adfi\u00adden\u00adtial' written once) go as most of the decided ones in the
 * document go (a document is typed one way or the other), and `fallback` when those are even: what the format's
 * soft hyphens usually are (EDGAR's text shows them; pandoc's Markdown and HTML's &shy; hide them).
 */
export function readSoftHyphens(text: string, fallback: SoftHyphenDefault): string {
  if (!text.includes('\u00ad')) return text;
  // the words with a soft hyphen inside, and the document's own words, those aside
  const { softWords: words, vocabulary } = readWords(text);
  const lineEnds = lineEndSoftHyphens(text);
  if (words.length === 0 && lineEnds.length === 0) return text;
  const isWord = (piece: string): boolean => piece.length > 1 && vocabulary.has(piece.toLowerCase());
  // for each soft hyphen in a word: its offset, and true (a hyphen), false (optional) or null (undecided)
  const at: number[] = [];
  const verdicts: (boolean | null)[] = [];
  let hyphens = 0;
  let optional = 0;
  for (const w of words) {
    const pieces = w.word.split('\u00ad');
    // a word broken at the line's end is whole with its rest on the next line ('Li\u00adcen-' / 'see')
    const whole = vocabulary.has((pieces.join('') + w.tail).toLowerCase());
    const joinsWords = pieces.every(isWord);
    // a word in capitals breaks into syllables as a lower-case one does ('LI\u00adCENSE', not 'A\u00adVIII')
    const caps = pieces.every((p) => CAPS_PIECE_RE.test(p));
    let o = w.index;
    for (let i = 0; i + 1 < pieces.length; i++) {
      const left = pieces[i] as string;
      o += left.length;
      const between = caps || (LOWER_RE.test(left.slice(-1)) && LOWER_RE.test((pieces[i + 1] as string).charAt(0)));
      const verdict = !between ? true : whole ? false : joinsWords ? true : null;
      if (verdict === true) hyphens++;
      else if (verdict === false) optional++;
      at.push(o);
      verdicts.push(verdict);
      o += 1;
    }
  }
  const otherwise = hyphens !== optional ? hyphens > optional : fallback === 'hyphen';
  // a soft hyphen that ends a line is shown there: a hyphen, and no evidence of how the document types them
  const marks = at.map((o, k) => ({ o, hyphen: verdicts[k] ?? otherwise }));
  if (lineEnds.length) marks.push(...lineEnds.map((o) => ({ o, hyphen: true })));
  if (lineEnds.length && at.length) marks.sort((a, b) => a.o - b.o);
  let out = '';
  let from = 0;
  for (const { o, hyphen } of marks) {
    if (!hyphen) continue;
    out += text.slice(from, o) + '-';
    from = o + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Word's and HTML's text as Word and browsers show it: the soft hyphens the document shows as hyphens read as '-'
 * (readSoftHyphens; EDGAR's HTML writes &#173; for one), the rest taken out (nothing inside a line, a hyphen only where
 * the line happens to break there, which an extracted text has not). Word's optional hyphen is never shown: `fallback`
 * 'optional' with no evidence either way.
 */
export function dropSoftHyphens(text: string, fallback: SoftHyphenDefault = 'optional'): string {
  return text.includes('\u00ad') ? readSoftHyphens(text, fallback).replace(/\u00ad/g, '') : text;
}

/**
 * `file` with its ligatures read as letters, its hyphens as '-', and its soft hyphens inside a word as the document
 * shows them (readSoftHyphens: a hyphen as '-', an optional one taken out; one outside a word stays), and the map back;
 * `file` itself and null when it has none of these. `marked` is the file's text with its soft hyphens already read (the
 * same length: a slice of a whole document's reading, which has the evidence a slice may lack).
 */
export function readLigatures(file: string, marked: string = readSoftHyphens(file, 'hyphen')): { text: string; map: LigatureMap | null } {
  const text = marked.replace(HYPHENS_RE, '-');
  const optional = text.includes('\u00ad');
  if (!optional && !LIGATURE_RE.test(text)) return text === file ? { text, map: null } : { text, map: { original: file, at: [], added: [] } };
  const at: number[] = [];
  const added: number[] = [];
  let out = '';
  let from = 0;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let letters: string;
    if (c >= 0xfb00 && c <= 0xfb06) letters = LETTERS[c - 0xfb00] as string;
    else if (c === 0xad && optional && IN_WORD(text, i)) letters = '';
    else continue;
    out += text.slice(from, i);
    at.push(out.length);
    out += letters;
    total += letters.length - 1;
    added.push(total);
    from = i + 1;
  }
  return { text: out + text.slice(from), map: { original: file, at, added } };
}

/** Whether the character at `i` stands between two letters or digits (a soft hyphen inside a word). */
const IN_WORD = (text: string, i: number): boolean => i > 0 && alnumAt(text, i - 1) > 0 && alnumAt(text, i + 1) > 0;

/**
 * The file's offset of offset `o` in the text read: back by the letters each ligature before it added. An offset
 * inside a ligature's letters is the ligature's (a start) or just after it (an end, `end` true).
 */
export function toFileOffset(map: LigatureMap, o: number, end = false): number {
  const { at, added } = map;
  // the ligatures whose letters start before o (at is ascending), and a start's soft hyphens dropped just before it
  // (a start is the character after them; an end stops before them)
  let lo = lowerBound(at, o);
  while (!end && lo < at.length && at[lo] === o && (added[lo] as number) < (lo > 0 ? (added[lo - 1] as number) : 0)) lo++;
  if (lo === 0) return o;
  const last = lo - 1;
  const before = last > 0 ? (added[last - 1] as number) : 0;
  const lastAt = at[last] as number;
  const letters = (added[last] as number) - before + 1;
  // past the last one's letters: back by all they added; inside them: the ligature itself, or just after it
  return o >= lastAt + letters ? o - (added[last] as number) : lastAt - before + (end ? 1 : 0);
}

/** A span's [start, end) in the file's offsets. */
function spanInFile<T extends { readonly start?: number; readonly end?: number }>(map: LigatureMap, x: T): T {
  return x.start === undefined || x.end === undefined ? x : { ...x, start: toFileOffset(map, x.start), end: toFileOffset(map, x.end, true) };
}

/**
 * A document's report with every position in the file's offsets, lines and columns (the stages read its ligatures as
 * letters): clauses and their cross-references and number pairs, findings, reviewers' comments and definitions.
 * Lines are the same (a ligature holds no line break); columns after a ligature move back.
 */
export function reportInFile(doc: DocumentReport, map: LigatureMap): DocumentReport {
  const lines = new LineIndex(map.original);
  const placed = <T extends { readonly start: number; readonly end: number; readonly line: number; readonly column: number }>(x: T): T => {
    const start = toFileOffset(map, x.start);
    const { line, column } = lines.point(start);
    return { ...x, start, end: toFileOffset(map, x.end, true), line, column };
  };
  const clauses = doc.clauses.map((c) => {
    const a = c.attributes;
    const attributes = a ? { ...a, crossReferences: a.crossReferences.map((r) => spanInFile(map, r)), ...(a.numberPairs ? { numberPairs: a.numberPairs.map((p) => spanInFile(map, p)) } : {}) } : undefined;
    return attributes ? { ...placed(c), attributes } : placed(c);
  });
  return {
    ...doc,
    clauses,
    ...(doc.comments ? { comments: doc.comments.map((c) => ({ ...spanInFile(map, c), line: lines.point(toFileOffset(map, c.start)).line })) } : {}),
    ...(doc.definitions ? { definitions: doc.definitions.map((d) => spanInFile(map, d)) } : {}),
    findings: doc.findings.map(placed),
  };
}

// Typographic ligatures read as their letters, with the way back to the file's positions.
//
// Text copied or extracted from a PDF can keep the typesetter's ligatures: 'ﬁeld', 'conﬁdential', 'Aﬃliate',
// 'Eﬀective Date' (U+FB00-FB06, one character for two or three letters). Read as they stand, no cue word, defined term
// or rule pattern written with the letters matches them: a confidentiality clause reads as missing, a defined
// 'Aﬃliate' as never used. No reading of the same length exists, so every stage reads the letters (the Source's text)
// and the report maps its offsets back to the file's (toFileOffset; check.ts): a finding at 'conﬁdential' points at
// the file's line and column. Most texts have none and are read as they are, with no map.
import { LineIndex, lowerBound, type DocumentReport, type LigatureMap } from '../model/index.js';

const LIGATURE_RE = /[\uFB00-\uFB06]/;
const LETTERS: readonly string[] = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st'];
// Hyphens with code points of their own, read as '-' one for one: Word's non-breaking hyphen (U+2011, typed to keep
// 'royalty-free' or 'non-exclusive' on one line) and the Unicode hyphen (U+2010). Read as they stand, 'royalty‑free'
// was a royalty due and 'non‑exclusive' no non-exclusive grant. The same length, so only the map's original keeps them
// (for the report's excerpts). In text and Markdown, also the soft hyphen (U+00AD) between two letters or digits:
// EDGAR's text writes it where a hyphen is meant and shown ('Mid­Tier', 'know­how', 'need­to­know', 'Rule 12b­2'),
// and read as it stood 'know­how' was no know-how. In Word and HTML it is hidden (dropSoftHyphens).
const HYPHENS_RE = /[\u2010\u2011]/g;
const SOFT_HYPHEN_IN_WORD_RE = /(?<=[\p{L}\p{N}])\u00ad(?=[\p{L}\p{N}])/gu;

/**
 * Word's and HTML's text with its soft hyphens (U+00AD: Word's optional hyphen, HTML's &shy;) taken out, as Word and
 * browsers show them: nothing inside a line, a hyphen only where the line happens to break there, which an extracted
 * text has not. Read as they stood, 'Li&shy;cen&shy;see' was no 'Licensee' (a term defined and never used, a grant to
 * no one), and read as hyphens a word split into syllables.
 */
export function dropSoftHyphens(text: string): string {
  return text.includes('\u00ad') ? text.replace(/\u00ad/g, '') : text;
}

/**
 * `text` with its ligatures read as letters (and its hyphens, and soft hyphens inside a word, as '-'), and the map back;
 * `text` itself and null when it has neither.
 */
export function readLigatures(file: string): { text: string; map: LigatureMap | null } {
  const hyphens = file.replace(HYPHENS_RE, '-');
  const text = hyphens.includes('\u00ad') ? hyphens.replace(SOFT_HYPHEN_IN_WORD_RE, '-') : hyphens;
  if (!LIGATURE_RE.test(text)) return text === file ? { text, map: null } : { text, map: { original: file, at: [], added: [] } };
  const at: number[] = [];
  const added: number[] = [];
  let out = '';
  let from = 0;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xfb00 || c > 0xfb06) continue;
    const letters = LETTERS[c - 0xfb00] as string;
    out += text.slice(from, i);
    at.push(out.length);
    out += letters;
    total += letters.length - 1;
    added.push(total);
    from = i + 1;
  }
  return { text: out + text.slice(from), map: { original: file, at, added } };
}

/**
 * The file's offset of offset `o` in the text read: back by the letters each ligature before it added. An offset
 * inside a ligature's letters is the ligature's (a start) or just after it (an end, `end` true).
 */
export function toFileOffset(map: LigatureMap, o: number, end = false): number {
  const { at, added } = map;
  // the ligatures whose letters start before o (at is ascending)
  const lo = lowerBound(at, o);
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

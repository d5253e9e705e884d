// Plain text -> blocks (paragraph candidates) in one linear pass.
// A block is a trimmed span of text that may start a clause. Besides blank lines, EDGAR-style run-on
// lines (several paragraphs joined with runs of spaces) are split where a paragraph or a number starts.

/** How sure we are that a block starts a new paragraph. */
export type Boundary =
  | 'para' // blank line, line start, or run of spaces after a sentence end
  | 'weak'; // inside a sentence run: only a plausible clause number makes it a boundary

export interface Block {
  start: number;
  end: number;
  boundary: Boundary;
  /** Page headers and footers, bare page numbers, EDGAR "Source:" lines: never a clause of their own. */
  readonly furniture: boolean;
}

// Page furniture: "Page 3 of 12", "- 12 -", "12", "ii", "Source: ACME INC, 8-K, 3/4/2019".
const FURNITURE_RE = /^(?:(?:Page|PAGE)\s+\d{1,4}(?:\s+(?:of|OF)\s+\d{1,4})?|[-–—]?\s*\d{1,4}\s*[-–—]?|[ivxlIVXL]{1,6}|Source:\s.{0,200}\d{4})$/;

// Boundaries inside one line. Alternatives, in priority order:
//  soft:   3+ spaces after a sentence end, before something that can start a paragraph
//  run:    2+ spaces before something that looks like a clause number
//  inline: a sentence end, 1-2 spaces, then a dotted number and a capitalised word ("... hereof. 2.3 Payment. ...")
const INLINE_BREAK_RE = new RegExp(
  [
    String.raw`(?<soft>(?<=[.:;!?"”)\]])[ \t]{3,})(?=[A-Z0-9("“\[§])`,
    String.raw`(?<run>[ \t]{2,})(?=(?:ARTICLE|Article|SECTION|Section|§)[ \t]*[0-9IVX]|\d{1,3}(?:\.\d{1,3})+\.?[ \t]+["“]?[A-Z]|\d{1,3}\.[ \t]+["“]?[A-Z]|\([a-zA-Z0-9]{1,4}\)[ \t])`,
    String.raw`(?<inline>(?<=[.;:])[ \t]{1,2})(?=(?:ARTICLE|Article)[ \t]+(?:[IVXL]+|\d{1,3})\b|(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|(?:SECTION|Section)[ \t]+\d{1,3}(?:\.\d{1,3})*\.?)[ \t]+["“]?[A-Z])`,
    String.raw`(?<item>(?<=\.)[ \t]{1,2})(?=\([a-zA-Z0-9]{1,4}\)[ \t]+\S)`,
    String.raw`(?<capsRun>(?<=[A-Z]{2})[ \t]{1,2})(?=\d{1,3}(?:\.\d{1,3})+\.?[ \t]+[A-Z][a-z])`,
  ].join('|'),
  'g',
);

// Starts that interrupt a hard-wrapped paragraph even without a blank line.
const LINE_START_MARKER_RE = /^(?:(?:ARTICLE|Article|SECTION|Section|§)\s*[0-9IVX]|\d{1,3}(?:\.\d{1,3})*\.?\s|\([a-zA-Z0-9]{1,4}\)\s|[a-zA-Z0-9]{1,3}\)\s|[A-Z]\.\s|(?:EXHIBIT|SCHEDULE|ANNEX|APPENDIX|IN WITNESS)\b|By:|Name:|Title:)/;

function isBlankChar(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 12 || c === 11;
}

/** Splits plain text into blocks. Offsets are into `text`; every block is trimmed. */
export function scanBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const n = text.length;
  let pos = 0;
  let prevLineBlank = true;
  let prevLineHeadingLike = false;
  while (pos <= n) {
    // Find the line [pos, lineEnd) and the next line's start.
    let lineEnd = pos;
    while (lineEnd < n) {
      const c = text.charCodeAt(lineEnd);
      if (c === 10 || c === 13) break;
      lineEnd++;
    }
    let next = lineEnd;
    if (next < n) next += text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10 ? 2 : 1;
    else next = n + 1;

    let s = pos;
    let e = lineEnd;
    while (s < e && isBlankChar(text.charCodeAt(s))) s++;
    while (e > s && isBlankChar(text.charCodeAt(e - 1))) e--;
    if (s === e) {
      prevLineBlank = true;
      pos = next;
      continue;
    }
    const line = text.slice(s, e);
    if (FURNITURE_RE.test(line)) {
      blocks.push({ start: s, end: e, boundary: 'para', furniture: true });
      prevLineBlank = true;
      pos = next;
      continue;
    }
    const last = blocks[blocks.length - 1];
    // A hard-wrapped line continues the previous block unless it visibly starts something new.
    const continues = !prevLineBlank && last !== undefined && !last.furniture && !prevLineHeadingLike && !LINE_START_MARKER_RE.test(line);
    let partStart = continues && last ? -1 : s;
    let boundary: Boundary = 'para';
    INLINE_BREAK_RE.lastIndex = 0;
    for (const m of line.matchAll(INLINE_BREAK_RE)) {
      const g = m.groups ?? {};
      const gap = (g.soft ?? g.run ?? g.inline ?? g.item ?? g.capsRun ?? '').length;
      const breakAt = s + m.index;
      const nextStart = breakAt + gap;
      if (partStart === -1 && last) last.end = breakAt;
      else blocks.push({ start: partStart, end: breakAt, boundary, furniture: false });
      partStart = nextStart;
      boundary = g.soft !== undefined ? 'para' : g.run !== undefined ? 'para' : 'weak';
    }
    if (partStart === -1 && last) last.end = e;
    else blocks.push({ start: partStart, end: e, boundary, furniture: false });
    prevLineBlank = false;
    prevLineHeadingLike = line.length <= 60 && isHeadingText(line);
    pos = next;
  }
  return blocks;
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'to', 'for', 'in', 'on', 'or', 'a', 'an', 'by', 'with', 'as', 'at', 'from', 'under', 'upon', 'into', 'its', 'vs', 'v', 'non', 'per', 'not', 'nor']);

/** Heading-like: ALL CAPS, or every significant word capitalised; short; not a sentence. */
export function isHeadingText(s: string): boolean {
  const t = s.trim().replace(/[.:]$/, '');
  if (t.length < 2 || t.length > 100) return false;
  if (/[.;!?]\s/.test(t)) return false;
  const letters = t.replace(/[^A-Za-z]/g, '');
  if (letters.length < 2) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length;
  if (upper / letters.length > 0.8) return true;
  const words = t.split(/[\s/]+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length > 12) return false;
  for (const w of words) {
    const bare = w.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '');
    if (bare === '' || SMALL_WORDS.has(bare.toLowerCase())) continue;
    if (!/^[A-Z]/.test(bare)) return false;
  }
  return /^[^a-z]*[A-Z]/.test(t);
}

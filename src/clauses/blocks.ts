// Plain text -> blocks (paragraph candidates) in one linear pass.
// A block is a trimmed span of text that may start a clause. Besides blank lines, EDGAR-style run-on
// lines (several paragraphs joined with runs of spaces) are split where a paragraph or a number starts.

import { FURNITURE_RE, isFurnitureLine } from '../ingest/page-furniture.js';
import { caseInsensitive } from '../model/case-spelt.js';
import { abbreviationDot } from './abbreviations.js';
import { wordNumberValue } from './markers.js';

export { FURNITURE_RE, isFurnitureLine };

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


// The legend an EDGAR filing repeats at the top of its pages: "CONFIDENTIAL TREATMENT REQUESTED", "[Confidential
// Treatment Requested]", "***Confidential Treatment Requested***", "*** CONFIDENTIAL PORTIONS OMITTED", with the
// sentences that explain it ("INFORMATION FOR WHICH CONFIDENTIAL TREATMENT HAS BEEN REQUESTED IS OMITTED AND MARKED
// WITH "[***]". AN UNREDACTED VERSION ... AS REQUIRED BY RULE 406 ..., AS AMENDED."): each names an omission, a
// redaction, the Commission or its rule. Page furniture, not a heading; once written, it is not. The clause text EDGAR
// ran on after it on the same line stays. Case-blind, but only at a line start and before a sentence end, a bracket,
// asterisks or the line's end.
const LEGEND_RE = caseInsensitive(String.raw`^(?:\[\s*|\*{1,3}\s*)?(?:confidential\s+treatment\s+requested|confidential\s+treatment\s*[-–—]\s*redacted\s+version|confidential\s+portions\s+(?:have\s+been\s+)?omitted)(?:\s*\]|\s*\*{1,3})?(?=[.:]|\s*$|\s{2,}|\s+[A-Z0-9(\[])(?:[.:]?(?:\s+(?=[^.]*?(?:\bomitted\b|\bredacted\b|\bseparately\b|\bcommission\b|\brule\s+\d|\[\*+\]))(?:[^.]|\.(?!\s|$)){1,400}?\.(?=\s|$))*)`);

// The same legend, starred or bracketed, that EDGAR ran onto the end of a line after a gap, as it does page footers
// ("... incurred by FMI in   ***Confidential Treatment Requested***", "[…***…]   ***Confidential Treatment Requested***").
const TRAILING_LEGEND_RE = /[ \t]{2,}(?:\*{1,3}[ \t]*confidential[ \t]+treatment[ \t]+requested[ \t]*\*{1,3}|\[[ \t]*confidential[ \t]+treatment[ \t]+requested[ \t]*\])$/i;

/** What trailingLegendStart reads when TRAILING_LEGEND_RE does not match (see NO_LABELLED_PAGE in ingest/page-furniture.ts). */
const NO_TRAILING_LEGEND = /^/.exec('') as RegExpExecArray;

/**
 * Where a legend run onto the end of text[s, e) (a trimmed line) starts (TRAILING_LEGEND_RE; after its gap), or `e`.
 * Every line ending in "*" or "]" takes every step (see NO_LABELLED_PAGE in ingest/page-furniture.ts).
 */
function trailingLegendStart(text: string, s: number, e: number): number {
  const c = text.charCodeAt(e - 1);
  if (c !== 42 && c !== 93) return e;
  const m = TRAILING_LEGEND_RE.exec(text.slice(s, e)) ?? NO_TRAILING_LEGEND;
  let at = s + m.index;
  for (let step = 1; step === 1; at += step) step = text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9 ? 1 : 0;
  return m === NO_TRAILING_LEGEND ? e : at;
}

/** "C", "c", "[", "*": the only ways a legend opens. */
const mayOpenLegend = (c: number): boolean => c === 67 || c === 99 || c === 91 || c === 42;

/** How much of a line is a page-top legend (LEGEND_RE): 0 when it does not open with one. */
export function legendLength(line: string): number {
  return mayOpenLegend(line.charCodeAt(0)) ? legendMatchLength(line) : 0;
}

/** The length of LEGEND_RE's match at the start of `line`, 0 when there is none (the regex alone, shared by
 * legendLength and legendLengthAt). */
function legendMatchLength(line: string): number {
  const m = LEGEND_RE.exec(line);
  return m === null ? 0 : m[0].length;
}

/** legendLength of text[s, e), copied only when a legend can open it. */
function legendLengthAt(text: string, s: number, e: number): number {
  return mayOpenLegend(text.charCodeAt(s)) ? legendMatchLength(text.slice(s, e)) : 0;
}

// Boundaries inside one line. A cheap scan finds whitespace before a capital, digit or bracket; the
// character before and sticky patterns after then decide, in priority order:
//  soft:    3+ spaces after a sentence end, before something that can start a paragraph      -> para
//  run:     2+ spaces before something that looks like a clause number                       -> para
//  inline:  a sentence end, 1-2 spaces, then a number and a capitalised word ("hereof. 2.3 Payment.") -> weak
//  item:    a full stop, 1-2 spaces, then "(b) "                                              -> weak
//  capsRun: an ALL-CAPS heading, then a dotted number and a capitalised word ("TERM 2.1 Term") -> weak
// Single spaces only matter after a sentence end or a capital; consuming that character keeps the scan fast.
const GAP_RE = /[ \t]{2,}(?=[A-Z0-9("“\[§])|[.;:A-Z"”)\]'’][ \t](?=[A-Z0-9("“\[§])|[a-z][ \t](?=[0-9])/g;
/** GAP_RE's [A-Z0-9("“\[§]: what may follow a gap. */
const isGapNext = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 40 || c === 34 || c === 0x201c || c === 91 || c === 0xa7;
/** What the number after a gap of 1 or 2 spaces must start with (RUN_NEXT_RE, INLINE_NEXT_RE, ITEM_NEXT_RE, CAPS_*). */
const isNumberStart = (c: number): boolean => (c >= 48 && c <= 57) || c === 40 || c === 65 || c === 83 || c === 0xa7;
/** GAP_RE's [.;:A-Z"”)\]'’]: what may precede a single-space gap. */
const isGapPrev = (c: number): boolean => (c >= 65 && c <= 90) || c === 46 || c === 59 || c === 58 || c === 34 || c === 0x201d || c === 41 || c === 93 || c === 39 || c === 0x2019;
const RUN_NEXT_RE = /(?:ARTICLE|Article|SECTION|Section|§)[ \t]*(?:[-–—][ \t]*)?[0-9IVX]|\d{1,3}(?:[A-Z](?=\.\d))?(?:\.\d{1,3})+\.?[ \t]+(?:["“]?[A-Z]|\([a-z]{1,3}\)[ \t])|\d{1,3}\.[ \t]+["“]?[A-Z]|\([a-zA-Z0-9]{1,4}\)[ \t]/y;
const INLINE_NEXT_RE = /(?:ARTICLE|Article)[ \t]+(?:[IVXL]+|\d{1,3})\b|(?:\d{1,3}(?:[A-Z](?=\.\d))?(?:\.\d{1,3})+\.?|\d{1,3}\.|(?:SECTION|Section)[ \t]+\d{1,3}(?:\.\d{1,3})*\.?)[ \t]+(?:["“]?[A-Z]|\[(?:Reserved|RESERVED|Intentionally|INTENTIONALLY|Deleted|DELETED|Omitted|OMITTED)\b)/y;
/** A section left empty in a bracket ('Section 3. [Reserved]', '[Intentionally Omitted]'): it ends as a sentence does. */
const RESERVED_END_RE = /\[(?:Reserved|RESERVED|Intentionally [A-Z][a-z]+(?: [A-Z][a-z]+)?|INTENTIONALLY [A-Z]+(?: [A-Z]+)?|Deleted|DELETED|Omitted|OMITTED)\]\.?$/;
const ITEM_NEXT_RE = /\([a-zA-Z0-9]{1,4}\)[ \t]+\S/y;
/**
 * After a lower-case word and one space, a section number and its run-in title, then the sentence it heads ('... or other
 * proprietary and confidential information 4.4 Non-Circumvention. Consultant expressly agrees ...'): the full stop that
 * ended the last sentence was lost, and the title says a section starts. Two or more levels only; up to five words.
 */
const LOST_STOP_NEXT_RE = /\d{1,3}(?:[A-Z](?=\.\d))?(?:\.\d{1,3})+\.?[ \t]+[A-Z][A-Za-z'’-]*(?:[ \t]+(?:[A-Z][A-Za-z'’-]*|of|and|the|to|for|in|on|or|with|by|&)){0,4}\.[ \t]+["“]?[A-Z]/y;
/** A word that cites a number rather than ends a sentence before it ('Section 4.4 Non-Circumvention.', 'Rule 10.5'). */
const CITING_WORD_RE = /(?:^|[^A-Za-z])(?:sections?|clauses?|articles?|paragraphs?|subsections?|subparagraphs?|schedules?|exhibits?|annex(?:es)?|appendix|appendices|parts?|chapters?|items?|rules?|regulations?|versions?|nos?|and|or|to|through|of|in|under|see|per|with)$/i;
const CAPS_NEXT_RE = /\d{1,3}(?:\.\d{1,3})+\.?[ \t]+[A-Z][a-z]/y;
const CAPS_SECTION_NEXT_RE = /\d{1,3}\.[ \t]+["“]?[A-Z]{2}/y;
const NUMBERED_WORD_RE = /(?:ARTICLE|SECTION|CLAUSE|EXHIBIT|SCHEDULE|ANNEX|APPENDIX|ATTACHMENT|ADDENDUM|PART|ITEM|NO|NOS|TABLE|PAGE|STEP|PHASE|RIDER|AMENDMENT|FORM|ROUND|YEAR|LEVEL|TIER)$/;
const CLOSERS = '"”)]\'’';
const PAGE_REF_RE = /^(?:(?:Page|PAGE|p\.)\s*)?[0-9ivx]{1,4}$/;
const CLAUSE_END = ',;:—-';
const SENTENCE_END = '.:;!?"”)]';

const isCapital = (c: number): boolean => c >= 65 && c <= 90;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isLowerCode = (c: number): boolean => c >= 97 && c <= 122;

function stickyAt(re: RegExp, s: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(s);
}

/** A clause or recital mark alone: 'A.', 'iv.', '3.', '2.1', '(b)', 'c)'. */
const MARK_TOKEN_RE = /^(?:[A-Za-z]|[ivxlIVXL]{1,6}|\d{1,3}(?:\.\d{1,3})*)\.$|^\(?(?:[A-Za-z]|[ivxlIVXL]{1,6}|\d{1,3})\)$/;

/**
 * Whether the word that ends at `at` is a mark standing alone at the line's start or after a gap ('A.   Aurelian owns',
 * '(b)   the second'): the spaces after it part the mark from its own words, not one sentence from the next.
 */
function markerOnlyBefore(line: string, at: number): boolean {
  let j = at;
  while (j > 0 && line.charCodeAt(j - 1) !== 32 && line.charCodeAt(j - 1) !== 9) j--;
  if (at - j > 12 || !MARK_TOKEN_RE.test(line.slice(j, at))) return false;
  if (j === 0) return true;
  const p = line.charCodeAt(j - 2);
  return j >= 2 && (p === 32 || p === 9);
}

/** 'No.', 'Nos.' (number, numbers) as the word before a gap, in any case. */
const NUMBER_ABBREVIATION_RE = /(?:^|[\s(])(?:No|NO|no|Nos|NOS|nos)\.$/;

/** A word, not a marker ('B.', 'C)'), opens what follows a gap: a capital then a lower-case letter. */
const WORD_NEXT_RE = /^[A-Z][a-z]/;

/** The boundary a run of spaces at [at, at+gap) in `line` makes, or null. */
function gapBoundary(line: string, at: number, gap: number): Boundary | null {
  if (at === 0) return null;
  const prev = line[at - 1] as string;
  const next = at + gap;
  // 'F.E.R.C. No. 1.0.0', 'Patent No. 10,651,132', 'Nos. 3 and 4': the number a 'No.' names is no clause number
  const c = line.charCodeAt(next);
  if (prev === '.' && c >= 48 && c <= 57 && NUMBER_ABBREVIATION_RE.test(line.slice(Math.max(0, at - 5), at))) return null;
  // "DEFINITIONS ......   Page 4": a page reference closing a contents line is not a new paragraph
  if (line.length - next <= 12 && PAGE_REF_RE.test(line.slice(next))) return null;
  // A hard wrap after the initials of a name goes on with the name ('by the U.S.           Department of Commerce's
  // Bureau'): the dot ends no sentence (abbreviationDot) before a word, as it may before a marker ('B. The').
  if (gap >= 3 && SENTENCE_END.includes(prev)) return markerOnlyBefore(line, at) || (prev === '.' && WORD_NEXT_RE.test(line.slice(next, next + 2)) && abbreviationDot(line, at - 1)) ? null : 'para';
  // Spaces before a number in mid-sentence are usually a joined hard wrap ("one          (1) year",
  // "in          Section 14.1"): only a number that passes the sequence checks splits there, and a
  // bracketed item only after a clause-ending character.
  if (gap >= 2 && stickyAt(RUN_NEXT_RE, line, next)) {
    if (SENTENCE_END.includes(prev)) return 'para';
    return line[next] === '(' && !CLAUSE_END.includes(prev) ? null : 'weak';
  }
  if (gap > 2) return null;
  // 'without limitation." 2.3 "Intellectual': a sentence that ends inside a closing quote or bracket
  const sentenceEnd = prev === '.' || prev === ';' || prev === ':' || (at >= 2 && CLOSERS.includes(prev) && line[at - 2] === '.') || (prev === ']' && RESERVED_END_RE.test(line.slice(Math.max(0, at - 40), at)));
  if (sentenceEnd && stickyAt(INLINE_NEXT_RE, line, next)) return 'weak';
  if (prev === '.' && stickyAt(ITEM_NEXT_RE, line, next)) return 'weak';
  if (gap === 1 && prev >= 'a' && prev <= 'z' && stickyAt(LOST_STOP_NEXT_RE, line, next) && !CITING_WORD_RE.test(line.slice(Math.max(0, at - 14), at))) return 'weak';
  if (at >= 2 && isCapital(line.charCodeAt(at - 2)) && isCapital(line.charCodeAt(at - 1))) {
    if (stickyAt(CAPS_NEXT_RE, line, next)) return 'weak';
    // "AGREEMENT OF THE PARTIES 1. APPOINTMENT": a section number after an ALL-CAPS title, but not the
    // number of the caps word itself ("ARTICLE 1.", "EXHIBIT 2. ")
    if (stickyAt(CAPS_SECTION_NEXT_RE, line, next) && !NUMBERED_WORD_RE.test(line.slice(Math.max(0, at - 12), at))) return 'weak';
  }
  return null;
}

/**
 * A bracketed note that the signatures come next ('[Signature Page Follows]', '[Remainder of page intentionally left
 * blank; signature page follows]'): it closes the clause written right above it, blank line or not (brackets open no
 * line of a clause's own words). The Markdown reader splits a paragraph there too.
 */
export const SIGNATURES_NOTE_SOURCE = String.raw`\[(?:Signatures?|SIGNATURES?|(?:The )?[Rr]emainder of (?:this )?page|(?:THE )?REMAINDER OF (?:THIS )?PAGE)\b`;
// Starts that interrupt a hard-wrapped paragraph even without a blank line.
const LINE_START_MARKER_RE = new RegExp(String.raw`^(?:(?:ARTICLE|Article|SECTION|Section|§)\s*[0-9IVX]|\d{1,3}(?:\.\d{1,3})*\.?\s|\([a-zA-Z0-9]{1,4}\)\s|[a-zA-Z0-9]{1,3}\)\s|[A-Z]\.\s|[\u2460-\u2473]\s|(?:EXHIBIT|SCHEDULE|ANNEX|APPENDIX|IN WITNESS)\b|By:|Name:|Title:|${SIGNATURES_NOTE_SOURCE})`);
// A section or article named at a line's start ('Section 5.04.', 'Article 6'), or a paragraph's circled number ('② of
// Article 6'), the line before ending on a word no sentence ends on ('... or as permitted under' / 'Section 5.04.';
// '... as provided in Paragraph' / '② of Article 6.'): a hard wrap put a reference there, not a new section.
const KEYWORD_LINE_START_RE = /^(?:(?:ARTICLE|Article|SECTION|Section|§)\s*[0-9IVX]|[\u2460-\u2473])/;
const OPEN_LINE_END_RE = /[a-z,'’")][ \t]+(?:of|to|by|for|with|from|in|on|under|and|or|than|see|[Pp]aragraphs?)$/;

/** Whether `line` opens something new (LINE_START_MARKER_RE), unless it is a reference wrapped after an open word or a figure wrapped after its words. */
function startsNewLine(text: string, last: Block, line: string): boolean {
  if (!LINE_START_MARKER_RE.test(line)) return false;
  if (figureAfterWords(text, last, line)) return false;
  return !KEYWORD_LINE_START_RE.test(line) || !OPEN_LINE_END_RE.test(text.slice(Math.max(last.start, last.end - 16), last.end));
}

// A bracketed figure opening a line ('(30) days'), and the number word that ends the line before ('... upon thirty').
const FIGURE_LINE_START_RE = /^\((\d{1,4})\)[ \t]/;
const NUMBER_WORD_END_RE = /(?:^|[^A-Za-z-])([A-Za-z]+(?:-[A-Za-z]+)?)$/;
const POWER_WORDS: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000 };

/**
 * Whether `line` opens with the figure of the number the line before ended on in words: a hard wrap split 'thirty (30)
 * days' after 'thirty', and '(30)' is no list item. The figure must be that number ('thirty' / '(30)', 'two' / '(2)'),
 * or end with it ('one hundred twenty' / '(120)'), or be a multiple of a 'hundred' or 'thousand' that ended the line: an
 * item that ends on a number word ('(1) sales in year one' / '(2) sales in year two') is followed by the next item.
 */
function figureAfterWords(text: string, last: Block, line: string): boolean {
  const figure = FIGURE_LINE_START_RE.exec(line);
  if (figure === null) return false;
  const word = NUMBER_WORD_END_RE.exec(text.slice(Math.max(last.start, last.end - 24), last.end))?.[1];
  if (word === undefined) return false;
  const n = Number(figure[1]);
  const power = POWER_WORDS[word.toLowerCase()];
  if (power !== undefined) return n % power === 0;
  const v = wordNumberValue(word);
  return v !== null && (n === v || (n > 100 && v < 100 && n % 100 === v));
}

/**
 * A place and date alone on a line, as continental signature blocks open ('Winterthur, 1 March 2026', 'Zürich, 01.03.2026',
 * 'Fait à Paris, le 1er mars 2026', 'São Paulo, 1º de março de 2026', 'Milano, 1° marzo 2026'); or the form's label
 * for them, filled in or not ('Place/Date: Winterthur, 1 March 2026', 'Ort, Datum: ______', 'Lieu et date :').
 */
export const PLACE_DATE_RE = /^(?:\p{Lu}[\p{L}.'’ -]{1,40}, (?:(?:den|le|the|el|il) )?(?:\d{1,2}(?:st|nd|rd|th|er|re|e|º|°|ª)?\.? (?:de )?\p{L}{3,9}\.? (?:de )?\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4}|\p{Lu}\p{Ll}{2,8} \d{1,2}, \d{4})\.?$|(?:Place|PLACE|Ort|ORT|Lieu|LIEU|Local|LOCAL|Luogo|LUOGO|Lugar|LUGAR)[ \t]*(?:\/|,|and|AND|und|UND|et|ET|e|E|y|Y)[ \t]*(?:[Dd]ate|DATE|[Dd]atum|DATUM|[Dd]ata|DATA|[Ff]echa|FECHA)[ \t]*:)/u;
/**
 * Whether `line` (not blank, trimmed) is a place and date alone ('São Paulo, 1 March 2026.') under a line that ended a
 * sentence (`last` the block it would go on): the signatures' opening written with no blank line after the last
 * clause. A place and date that a sentence wraps onto ('... signed in two counterparts at' / 'São Paulo, 1 March
 * 2026.') goes on with it.
 */
function placeDateAfterSentence(text: string, last: Block, line: string): boolean {
  if (line.length > 80 || line.indexOf(', ') < 1) return false;
  const end = line.charCodeAt(line.length - 1);
  if (end !== 46 && (end < 48 || end > 57)) return false;
  const before = text.charCodeAt(last.end - 1);
  return (before === 46 || ((before === 41 || before === 34 || before === 8221) && text.charCodeAt(last.end - 2) === 46)) && PLACE_DATE_RE.test(line);
}

const EOL_RE = /[\r\n]/g;

/** 1 at each code unit that a regex `\s` matches. */
const BLANK_CODES = new Uint8Array(0x10000);
for (const c of [9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279]) BLANK_CODES[c] = 1;

/** Whitespace as JavaScript's \s sees it, by code (no regex): clause spans never start or end on it. */
export function isBlankChar(c: number): boolean {
  // One table read for every code unit: the tests for the non-ASCII spaces would run first on a document's first
  // non-ASCII character, without type feedback in the optimised loops that call this, which V8 then throws away.
  return (c & 0xffff) === c && BLANK_CODES[c] === 1;
}

/** End of [start, end) with trailing whitespace removed. */
export function trimEnd(text: string, start: number, end: number): number {
  // A step every call takes (0 where there is nothing to trim): scanBlocks' calls rarely trim anything, and a decrement
  // reached only then had no type feedback in the optimised code, which V8 threw away at the first trim.
  for (let step = 1; step === 1; end -= step) step = end > start && isBlankChar(text.charCodeAt(end - 1)) ? 1 : 0;
  return end;
}

/** Where the line holding `at` starts. */
function lineStartOf(text: string, at: number): number {
  let k = at;
  while (k > 0 && text.charCodeAt(k - 1) !== 10 && text.charCodeAt(k - 1) !== 13) k--;
  return k;
}

/** The column of `at` in its line (0: the line's first character). */
function columnOf(text: string, at: number): number {
  return at - lineStartOf(text, at);
}

/**
 * Whether the line whose text starts at `at` is indented to the text of the item whose marker starts at `itemStart`
 * ('(iii) the license ... for its own account.' / '      Orrin shall notify ...' under 'the license'): hard-wrapped
 * text that lines up under an item's words goes on with that item, even where a wrap falls at a sentence's end. A line
 * written elsewhere (flush under the clause that led into the list, or at the body's deeper indent as in EDGAR's
 * RandWorldwide 9.3(c), whose items sit left of its paragraphs) can be the words after the list.
 */
export function indentedUnderItem(text: string, itemStart: number, at: number): boolean {
  let textAt = itemStart;
  while (textAt < text.length && !isBlankChar(text.charCodeAt(textAt)) && text.charCodeAt(textAt) !== 10) textAt++;
  while (textAt < text.length && (text.charCodeAt(textAt) === 32 || text.charCodeAt(textAt) === 9)) textAt++;
  const column = columnOf(text, at);
  if (column === 0) return false;
  if (column === columnOf(text, textAt)) return true;
  // A hanging indent: the item's own lines after its first sit at another column, past its marker's ('(iii) the
  // license ... makes' / '        for its own account.'); a line at that column goes on with the item too.
  const wrapAt = lastLineStart(text, itemStart, at);
  return wrapAt > 0 && column === columnOf(text, wrapAt) && column > columnOf(text, itemStart);
}

/**
 * Where the text of the last non-blank line before the line at `at` starts, when that line is one of the item's after
 * its first (it starts after `itemStart`); else -1.
 */
function lastLineStart(text: string, itemStart: number, at: number): number {
  let k = lineStartOf(text, at);
  // back over the line break(s) and blank lines to the previous line's end, then to its start
  while (k > itemStart && isBlankChar(text.charCodeAt(k - 1))) k--;
  let lineStart = k;
  while (lineStart > itemStart && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  if (lineStart <= itemStart) return -1;
  while (lineStart < k && (text.charCodeAt(lineStart) === 32 || text.charCodeAt(lineStart) === 9)) lineStart++;
  return lineStart;
}

/** An item's marker at a block's start: '(iii) ', '(b) ', 'c) '. */
const ITEM_START_RE = /^(?:\([a-zA-Z0-9]{1,4}\)|[a-zA-Z0-9]{1,3}\))[ \t]/;
/** How an item that the list goes on after ends: ';', '; and', '; or', ', and', ', or'. */
export const ITEM_GOES_ON_RE = /(?:[;,][ \t]*(?:and|or)|;)$/;
/** A sentence's first words: a capital, then a lower-case letter ('The Parties intend', 'Each Party'). */
const SENTENCE_OPENING_RE = /^[A-Z][a-z]/;

/**
 * Whether the line at `at` is the text after a list that its last item closed, not that item's next line: the last
 * block is an item ending a sentence ('(iii) ... for its own account.'), the block before it an item of the same list
 * that went on ('(ii) ...; and'), and the line opens a sentence ('The Parties intend that ...'). A drafter writes the
 * words after such a list flush left under the clause that led into it, and they are that clause's, not the last
 * item's (text.ts gives them to it).
 */
export function closesList(text: string, blocks: readonly Block[], at: number): boolean {
  const last = blocks[blocks.length - 1];
  const before = blocks[blocks.length - 2];
  if (!last || !before) return false;
  const sentence = text.charCodeAt(last.end - 1) === 46;
  const lower = text.charCodeAt(at) >= 97 && text.charCodeAt(at) <= 122;
  if (sentence ? !SENTENCE_OPENING_RE.test(text.slice(at, at + 2)) : text.charCodeAt(last.end - 1) !== 44 || !lower) return false;
  if (indentedUnderItem(text, last.start, at)) return false;
  if (!ITEM_START_RE.test(text.slice(last.start, last.start + 7)) || !ITEM_START_RE.test(text.slice(before.start, before.start + 7))) return false;
  const beforeEnd = text.slice(Math.max(before.start, before.end - 8), before.end);
  if (sentence) return ITEM_GOES_ON_RE.test(beforeEnd);
  if (!ITEM_GOES_ON_RE.test(beforeEnd) && !beforeEnd.endsWith(',')) return false;
  return (text.lastIndexOf('\n', last.end - 1) >= last.start && leftOfWrappedItem(text, last, at)) || brokenShort(text, blocks, at);
}

/**
 * Whether the line at `at` stands left of the last item, a wrapped one ending on a comma: left of the column its
 * wrapped lines keep (a hanging indent, or the indent of an indented list) and not right of its marker. The item's
 * own words would go on at that column ('(iii) the Test Data, including ... in the validation runs' / '      of the
 * assay,' / 'within thirty (30) days ...' flush left is the sentence that led into the list). A list written flush
 * left, wrapped lines and all, says nothing by its columns, and the line stays the item's.
 */
function leftOfWrappedItem(text: string, last: Block, at: number): boolean {
  const column = columnOf(text, at);
  const wrapAt = lastLineStart(text, last.start, at);
  return wrapAt > 0 && column < columnOf(text, wrapAt) && column <= columnOf(text, last.start);
}

/**
 * Whether the last block, an item that ends on a comma ('(iii) the Test Data,'), was broken by intent before the line
 * at `at` rather than wrapped: a wrap leaves no room on the item's last line for the next line's first word, while an
 * item set on a line of its own ends well short (a quarter) of the widest line of the list and the paragraph that led
 * into it. Then the lower-case line is the rest of the sentence that led into the list ('within thirty (30) days after
 * ...'). An item over several lines counts only where each of its lines before the last is a wrap (it broke after a
 * word, and the next line's first word would not have fitted on it): the list is then hard-wrapped, and a flush-left
 * list that says nothing by its columns says it by its line lengths; lines broken by hand anywhere else (at a comma in
 * mid-item) leave the line the item's.
 */
function brokenShort(text: string, blocks: readonly Block[], at: number): boolean {
  const last = blocks[blocks.length - 1] as Block;
  // the list's items and the paragraph that led into it
  let first = blocks.length - 1;
  while (first > 0 && blocks.length - first < 40 && ITEM_START_RE.test(text.slice((blocks[first] as Block).start, (blocks[first] as Block).start + 7))) first--;
  let widest = 0;
  for (let k = lineStartOf(text, (blocks[first] as Block).start); k < at; ) {
    let e = text.indexOf('\n', k);
    if (e === -1 || e > at) e = at;
    widest = Math.max(widest, trimEnd(text, k, e) - k);
    k = e + 1;
  }
  const firstWord = (from: number): number => /^[ \t]*(\S*)/.exec(text.slice(from, from + 40))?.[1]?.length ?? 0;
  // each of the item's lines before its last wrapped: broken inside a phrase (after a word, not a comma or a stop), and
  // the next line's first word would not have fitted on it
  const lastLine = lineStartOf(text, last.end - 1);
  for (let k = lineStartOf(text, last.start); k < lastLine; ) {
    const e = text.indexOf('\n', k);
    const end = trimEnd(text, k, e);
    if (!/[\p{L}\p{N}]/u.test(text.charAt(end - 1)) || end - k + 1 + firstWord(e + 1) <= widest) return false;
    k = e + 1;
  }
  // with room to spare: a word processor's proportional wrap, exported as text, leaves lines of uneven length
  return last.end - lastLine + 1 + firstWord(at) <= 0.75 * widest;
}

// A numbered heading alone on its line ('1. Grant', '4.2 Running Royalty', 'Section 3 Licences'): [1] its words.
const NUMBERED_HEADING_LINE_RE = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|(?:ARTICLE|Article|SECTION|Section)[ \t]+(?:\d{1,3}(?:\.\d{1,3})*|[IVXL]{1,6})\.?)[ \t]+([^\n]+)$/;
/** A line no wider than this is short by intent: no hard wrap breaks a line so early. */
const SHORT_LINE = 40;

/**
 * Whether `line` is the first line under a numbered heading that stands on a line of its own ('1. Grant' / 'Licence to
 * Beta Patents', a caption, or '1. Grant' / 'Licensor grants ...', its text): the block is only that heading line, a
 * title with no mark at its end, broken by intent (the next line's first word would have fitted on it, and no hard wrap
 * breaks so early), and the line opens with a capital. It opens a block of its own, as after a blank line: the heading
 * is 'Grant', and a caption a heading line, not the rest of the heading ('Grant Licence to Beta Patents'), nor the
 * first words of the text that lose the heading. A heading that a hard wrap broke goes on ('7. Indemnification
 * Procedures for Third-Party' / 'Claims'), as does a number before a sentence ('1. The Licensee' / 'Shall ...').
 */
function headingLineAbove(text: string, last: Block, line: string): boolean {
  const c = line.charCodeAt(0);
  if (c < 65 || c > 90 || text.lastIndexOf('\n', last.end - 1) >= last.start) return false;
  const heading = NUMBERED_HEADING_LINE_RE.exec(text.slice(last.start, last.end))?.[1];
  if (heading === undefined || (!isTitleLine(heading) && !/^[A-Z][A-Za-z]+$/.test(heading)) || !isHeadingText(heading)) return false;
  const firstWord = line.search(/[ \t]|$/);
  return columnOf(text, last.start) + (last.end - last.start) + 1 + firstWord <= SHORT_LINE;
}

/** Splits plain text into blocks. Offsets are into `text`; every block is trimmed. */
export function scanBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const n = text.length;
  let pos = 0;
  let prevLineBlank = true;
  let prevLineHeadingLike = false;
  // Without carriage returns a line ends at the next "\n": indexOf is several times cheaper than a regex call per line.
  // The test is a regex on purpose: it flattens a concatenated text in place, which the character reads below need
  // (indexOf does not, and every charCodeAt on an unflattened text walks its pieces).
  const lfOnly = !/\r/.test(text);
  const hasTab = text.includes('\t');
  // The line being split ([s, e) of text) and its last part's start (-1: it continues `last`); onGap is made once,
  // not once per line.
  let line = '';
  let s = 0;
  let last: Block | undefined;
  let partStart = 0;
  let boundary: Boundary = 'para';
  const onGap = (gapAt: number, gap: number): void => {
    const kind = gapBoundary(line, gapAt, gap);
    if (kind === null) return;
    const breakAt = s + gapAt;
    if (partStart === -1 && last) last.end = trimEnd(text, last.start, breakAt);
    else {
      const end = trimEnd(text, partStart, breakAt);
      if (end > partStart) blocks.push({ start: partStart, end, boundary, furniture: false });
    }
    partStart = breakAt + gap;
    boundary = kind;
  };
  // Page furniture found in a line waits here ([start, end] pairs) until the top of the next line's turn, the one
  // place that pushes it. A legend at a line's start or end is rare (a few documents of CUAD dev): each step that only
  // it took would have had no type feedback after warm-up text without one, and the first such line threw the
  // optimised scanBlocks away (~47 ms of recompiling in a fresh pass). So every line takes the same steps, with spans
  // that are empty where there is no legend, and the branches below only assign.
  const furniture = [0, 0, 0, 0];
  let furnitureCount = 0;
  // The rest of a line after its legend is read as a line of its own (its legend is not looked for again).
  let afterLegend = false;
  for (;;) {
    for (let k = 0; k < furnitureCount; k++) blocks.push({ start: furniture[2 * k] as number, end: furniture[2 * k + 1] as number, boundary: 'para', furniture: true });
    furnitureCount = 0;
    if (pos > n) break;
    // Find the line [pos, lineEnd) and the next line's start.
    let lineEnd: number;
    if (lfOnly) {
      const lf = text.indexOf('\n', pos);
      lineEnd = lf === -1 ? n : lf;
    } else {
      EOL_RE.lastIndex = pos;
      const eol = EOL_RE.exec(text);
      lineEnd = eol ? eol.index : n;
    }
    let next = lineEnd;
    if (next < n) next += text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10 ? 2 : 1;
    else next = n + 1;
    const legendRead = afterLegend;
    afterLegend = false;

    s = pos;
    let e = lineEnd;
    while (s < e && isBlankChar(text.charCodeAt(s))) s++;
    while (e > s && isBlankChar(text.charCodeAt(e - 1))) e--;
    if (s === e) {
      prevLineBlank = true;
      pos = next;
      continue;
    }
    const legend = legendRead ? 0 : legendLengthAt(text, s, e);
    furniture[0] = s;
    furniture[1] = trimEnd(text, s, s + legend);
    let rest = s + legend;
    for (let step = 1; step === 1; rest += step) step = rest < e && isBlankChar(text.charCodeAt(rest)) ? 1 : 0;
    if (legend > 0) {
      // The text EDGAR ran on after the legend starts a block of its own (mergeContinuations joins a lower-case one
      // to the paragraph the page break cut).
      furnitureCount = 1;
      prevLineBlank = true;
      afterLegend = true;
      pos = rest;
      continue;
    }
    const footerAt = trailingLegendStart(text, s, e);
    const footerEnd = e;
    const footers = footerAt < footerEnd ? 1 : 0;
    e = trimEnd(text, s, footerAt);
    line = text.slice(s, e);
    if (isFurnitureLine(line)) {
      furniture[0] = s;
      furniture[1] = e;
      furniture[2] = footerAt;
      furniture[3] = footerEnd;
      furnitureCount = 1 + footers;
      prevLineBlank = true;
      pos = next;
      continue;
    }
    last = blocks[blocks.length - 1];
    // A hard-wrapped line continues the previous block unless it visibly starts something new.
    const continues = !prevLineBlank && last !== undefined && !last.furniture && !prevLineHeadingLike && !startsNewLine(text, last, line) && !closesList(text, blocks, s) && !placeDateAfterSentence(text, last, line) && !headingLineAbove(text, last, line);
    partStart = continues && last ? -1 : s;
    boundary = 'para';
    if (hasTab && line.includes('\t')) {
      GAP_RE.lastIndex = 0;
      for (let m = GAP_RE.exec(line); m !== null; m = GAP_RE.exec(line)) {
        const lead = m[0].charCodeAt(0) === 32 || m[0].charCodeAt(0) === 9 ? 0 : 1;
        onGap(m.index + lead, m[0].length - lead);
      }
    } else {
      // GAP_RE's matches on a line of spaces only: a run of 2+ spaces, or one space after GAP_PREV, before GAP_NEXT.
      // indexOf finds the spaces several times faster than the regex scans every character.
      for (let at = text.indexOf(' ', s); at !== -1 && at < e; ) {
        let runEnd = at + 1;
        while (text.charCodeAt(runEnd) === 32) runEnd++;
        const after = text.charCodeAt(runEnd);
        const gap = runEnd - at;
        // gapBoundary splits only before a number, "(", "§" or an A or S (ARTICLE, Section), or after a sentence end and 3+ spaces
        // (or one space after a lower-case letter before a digit: a section number whose sentence lost its full stop)
        if (runEnd < e && isGapNext(after) && (gap > 2 || isNumberStart(after)) && (gap > 1 || isGapPrev(text.charCodeAt(at - 1)) || (isDigitCode(after) && isLowerCode(text.charCodeAt(at - 1))))) onGap(at - s, gap);
        at = text.indexOf(' ', runEnd);
      }
    }
    if (partStart === -1 && last) last.end = e;
    // A page footer that EDGAR ran onto the end of a line ("... as amended.   Page 20 of 28") is furniture too.
    else blocks.push({ start: partStart, end: e, boundary, furniture: partStart > s && FURNITURE_RE.test(text.slice(partStart, e)) });
    furniture[0] = footerAt;
    furniture[1] = footerEnd;
    furnitureCount = footers;
    prevLineBlank = false;
    prevLineHeadingLike = line.length <= 60 && isHeadingText(line);
    pos = next;
  }
  return blocks;
}

// A heading in sentence case ("Term and termination", "Governing law", "How long this lasts"): plain-English and
// letter agreements write them so. The words that open or carry a sentence rule one out ("This Agreement", "Time is of
// the essence", "Beta will pay").
const SENTENCE_OPENERS = new Set<string>(['the', 'this', 'that', 'these', 'those', 'each', 'either', 'neither', 'no', 'all', 'any', 'it', 'we', 'you', 'they', 'he', 'she', 'i', 'if', 'in', 'on', 'upon', 'for', 'as', 'at', 'by', 'to', 'when', 'where', 'unless', 'subject', 'notwithstanding', 'except', 'such', 'a', 'an', 'our', 'your', 'his', 'her', 'its', 'their', 'there', 'nothing', 'save', 'provided', 'please', 'both', 'one', 'after', 'before', 'during', 'within', 'until', 'from', 'with', 'without', 'under', 'following']);
const SENTENCE_VERBS = new Set<string>(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'shall', 'will', 'may', 'must', 'can', 'could', 'would', 'should', 'might', 'has', 'have', 'had', 'does', 'do', 'did', 'agree', 'agrees', 'agreed', 'means', 'mean', 'includes', 'include', 'apply', 'applies', 'not', 'hereby', 'survive', 'survives', 'see', 'refer', 'refers', 'grants', 'pays']);
const SENTENCE_CASE_RE = /^[A-Z][a-z]+(?:(?:, |[ -])(?:[a-z]+|[A-Z][a-z]+|[A-Z]{2,6}|&))*$/;
/** A series of matters in a heading ends in a conjunction after its last comma ("Payment, reports and taxes"). */
const SERIES_END_RE = /, [^,]*\b(?:and|or)\b[^,]*$|, [^,]*&[^,]*$/;

/**
 * A short heading in sentence case: a capital, then words of letters, two to six of them, none that makes a sentence.
 * Commas only as a series of matters closed by 'and' or 'or' ("Payment, reports and taxes", "Representations,
 * warranties and covenants"): a comma without one is a clause's ("Whereas, Licensor owns", "Payment, net 30").
 */
export function isSentenceCaseHeading(s: string): boolean {
  let t = s.trim();
  if (t.endsWith('.') || t.endsWith(':')) t = t.slice(0, -1);
  if (t.length < 4 || t.length > 60 || !SENTENCE_CASE_RE.test(t)) return false;
  if (t.includes(',') && !SERIES_END_RE.test(t)) return false;
  const words = t.toLowerCase().split(/,? |-/);
  if (words.length < 2 || words.length > 6 || SENTENCE_OPENERS.has(words[0] as string)) return false;
  for (const w of words) if (SENTENCE_VERBS.has(w)) return false;
  return true;
}

/** A title's words: a capital first, then up to seven more words of letters (a comma, '&', '/' or a hyphen between). */
const TITLE_LINE_RE = /^\p{Lu}[\p{L}'’-]*(?:(?:,?[ \t]+|[ \t]*[&/][ \t]*)[\p{L}'’-]+){1,7}$/u;

/**
 * A title on a line of its own, in any case ('Head of legal and compliance', 'Limitation of liability and indemnities',
 * 'Diretora de relações com investidores'): a capital, two to eight words of letters, no mark at its end and no word
 * that opens or carries a sentence ('The term is two years', 'Each Party bears its own costs').
 */
export function isTitleLine(s: string): boolean {
  if (!TITLE_LINE_RE.test(s)) return false;
  const words = s.toLowerCase().split(/[ \t,&/]+/);
  if (SENTENCE_OPENERS.has(words[0] as string)) return false;
  for (const w of words) if (SENTENCE_VERBS.has(w)) return false;
  return true;
}

/**
 * ALL-CAPS captions joined by semicolons, as US agreements write a heading that covers two matters ('TERM;
 * ASSIGNMENT', '7.1 GOVERNING LAW; VENUE. This Agreement ...'): a heading, though a semicolon before a space ends a
 * sentence elsewhere.
 */
export const CAPS_CAPTIONS = /^[A-Z][A-Z0-9&',/\- ]{1,40}(?:;[ \t]+[A-Z][A-Z0-9&',/\- ]{1,40}){1,3}$/;

/**
 * Two to four captions joined by semicolons: in capitals (CAPS_CAPTIONS) or each a heading in title case, as US
 * agreements caption a section that covers two matters ('Section 3.04 Books and Records; Inspection. Each Party ...',
 * 'Governing Law; Jurisdiction'). Twelve words at most in all, as one heading.
 */
function isJoinedCaptions(s: string): boolean {
  if (CAPS_CAPTIONS.test(s)) return true;
  const parts = s.split(/;[ \t]+/);
  if (parts.length < 2 || parts.length > 4 || s.split(/[ \t]+/).length > 12) return false;
  // (A part holds no '; ', so isHeadingText does not come back here.)
  return parts.every((part) => !part.includes(';') && isHeadingText(part));
}

const SMALL_WORDS = new Set<string>(['of', 'and', 'the', 'to', 'for', 'in', 'on', 'or', 'a', 'an', 'by', 'with', 'as', 'at', 'from', 'under', 'upon', 'into', 'its', 'vs', 'v', 'non', 'per', 'not', 'nor']);

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** The longest word of SMALL_WORDS: a longer word is never one. */
const SMALL_WORD_MAX = 5;

/** Heading-like: ALL CAPS, or every significant word capitalised; short; not a sentence. One pass over character
 * codes; only a short lower-case word is copied, to look it up among the small words (it runs on most blocks). */
export function isHeadingText(s: string): boolean {
  // Every step below runs on every call (a step of 0 where there is nothing to skip): most callers pass trimmed text,
  // and a loop body that only untrimmed text enters would lack type feedback in the optimised code, which V8 throws
  // away at a document's first such heading.
  let from = 0;
  let to = s.length;
  for (let step = 1; step === 1; from += step) step = from < to && isBlankChar(s.charCodeAt(from)) ? 1 : 0;
  for (let step = 1; step === 1; to -= step) step = to > from && isBlankChar(s.charCodeAt(to - 1)) ? 1 : 0;
  const final = to > from ? s.charCodeAt(to - 1) : 0;
  to -= final === 46 || final === 58 ? 1 : 0;
  if (to - from < 2 || to - from > 100) return false;
  let letters = 0;
  let upper = 0;
  let words = 0;
  let lowerWord = false;
  let firstLetterSeen = false;
  let wordStart = -1;
  for (let i = from; i <= to; i++) {
    const c = i < to ? s.charCodeAt(i) : 32;
    const isSpace = c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 0xa0;
    if (!isSpace && wordStart < 0) wordStart = i;
    if (i < to && (c === 46 || c === 59 || c === 33 || c === 63)) {
      // Not read past the end of `s` (a read out of bounds throws the optimised code away).
      const n = i + 1 < to ? s.charCodeAt(i + 1) : 0;
      // A sentence ends inside, but for captions joined by semicolons ('TERM; ASSIGNMENT', 'Books and Records; Inspection')
      if (n === 32 || n === 9 || n === 10 || n === 13) return c === 59 && isJoinedCaptions(s.slice(from, to));
    }
    const isUpper = c >= 65 && c <= 90;
    const isLower = c >= 97 && c <= 122;
    if (isUpper || isLower) {
      letters++;
      if (isUpper) upper++;
      if (!firstLetterSeen) {
        firstLetterSeen = true;
        if (isLower) return false;
      }
    }
    if (isSpace && wordStart >= 0) {
      words++;
      if (!lowerWord) {
        // the word's first letter decides; small words may stay lower case
        let j = wordStart;
        for (let step = 1; step === 1; j += step) step = j < i && !isAsciiLetter(s.charCodeAt(j)) ? 1 : 0;
        // A word of no letters (a last "1" or "(a)") leaves j at i, which may be the end of `s`.
        const fc = j < i ? s.charCodeAt(j) : 0;
        if (fc >= 97 && fc <= 122) {
          let k = i;
          for (let step = 1; step === 1; k -= step) step = k > j && !isAsciiLetter(s.charCodeAt(k - 1)) ? 1 : 0;
          if (k - j > SMALL_WORD_MAX || !SMALL_WORDS.has(s.slice(j, k).toLowerCase())) lowerWord = true;
        }
      }
      wordStart = -1;
    }
  }
  if (letters < 2) return false;
  if (upper / letters > 0.8) return words < 4 || !isCapsSentence(s.slice(from, to), final);
  return words <= 12 && !lowerWord;
}

/**
 * A helper or a verb that carries a sentence, in capitals ('SHALL', 'ARE', 'HEREBY', 'DISCLAIMS'; 'MAY' not before a
 * day; 'BE' not after 'TO', as titles say 'SERVICES TO BE PROVIDED BY THE PARTIES').
 */
const CAPS_SENTENCE_VERB_RE = /\b(?:SHALL|WILL|MUST|HEREBY|ARE|(?<!\bTO[ \t]{1,3})BE|AGREES|ACKNOWLEDGES|WARRANTS|REPRESENTS|DISCLAIMS|ASSUMES|BEARS|MAY(?![ \t]+\d))\b/;
/** A line that stops where a title cannot: after a comma, an article, a preposition, a conjunction or a helper. */
const CAPS_BROKEN_END_RE = /(?:,|\b(?:FOR|OF|TO|THE|BY|WITH|FROM|UNDER|AND|OR|NOR|AN|ANY|ALL|ITS|THEIR|THAT|ARE|BE|SHALL|WILL|NOT))$/;

/**
 * Whether a line in capitals of four words or more is a sentence, or a sentence's line that a hard wrap broke, not a
 * title: disclaimers and limits of liability are written in capitals ('IN NO EVENT SHALL EITHER PARTY BE LIABLE TO
 * THE OTHER', 'EXCEPT AS EXPRESSLY SET FORTH IN THIS AGREEMENT, THE'). Titles have no verb that carries a sentence and
 * do not stop after a comma or a word that needs another after it ('EXHIBIT A' and 'LIMITATION OF LIABILITY AND' /
 * 'INDEMNIFICATION', a title broken over two lines, read as one block, are titles).
 */
function isCapsSentence(words: string, final: number): boolean {
  // a question is a title ('WHAT PRODUCTS ARE AVAILABLE FOR RESALE?'); a line closed by a colon or a full stop was not
  // broken by a wrap ('ACCEPTED AND AGREED TO:')
  if (final === 63) return false;
  return CAPS_SENTENCE_VERB_RE.test(words) || (final !== 58 && final !== 46 && CAPS_BROKEN_END_RE.test(words));
}

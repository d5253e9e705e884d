// Plain-text agreements -> clause drafts. One pass over the blocks with a stack of open numbered clauses:
// a number is accepted only where it continues a sibling's sequence or opens a plausible first child.
import type { ClauseKind } from '../model/index.js';
import { endsWithAbbreviation } from './abbreviations.js';
import { closesList, indentedUnderItem, isBlankChar, isHeadingText, isSentenceCaseHeading, isTitleLine, ITEM_GOES_ON_RE, PLACE_DATE_RE, scanBlocks, trimEnd, type Block } from './blocks.js';
import { isDraft, newDraft, type Draft, type Para } from './draft.js';
import { isFirst, isSuccessor, readMarker, type Marker, type Reading } from './markers.js';
import { FOOTNOTE_MARK_RE, FOOTNOTE_RULE_RE } from '../ingest/page-furniture.js';

interface BlockInfo {
  readonly block: Block;
  /** A syntactically plausible clause number at the block start. */
  readonly marker: Marker | null;
  readonly heading: string | null;
  /** The block is only a number and/or heading ("1.2 Agreement", "ARTICLE IV"). */
  readonly headingOnly: boolean;
  /** An unnumbered short heading line ("GOVERNING LAW"). */
  readonly headingLine: boolean;
  /** Offset where the body starts after the number and heading (block end when there is none). */
  readonly bodyStart: number;
}

const TOC_TITLE_RE = /^(?:TABLE OF CONTENTS|Table of Contents|CONTENTS|Contents|INDEX)\b/;
// "Signed for and on behalf of X" opens an English-style execution block as "IN WITNESS WHEREOF" does, and so does
// "Signed by Helen Marsh, Director, for and on behalf of X" (the signatory named first, on the same line), and a
// bracketed note that the signatures follow ('[Signature Page Follows]', '[Remainder of page intentionally left blank;
// signature page follows]').
export const SIGNATURE_RE = /^(?:IN WITNESS (?:WHEREOF|THEREOF)|In Witness Whereof|Signed (?:for and )?on behalf of\b|(?:Thus done and )?signed at (?!the\b|a\b|an\b|any\b|its\b|such\b)[A-Z][^\n,]{0,40}?,? on (?:this )?\d{1,2}(?:st|nd|rd|th)? (?:day of )?[A-Z][a-z]{2,8},? \d{4}\b|Signed by\b[^\n]{0,120}?\bon behalf of\b|\[?(?:Signature [Pp]age|SIGNATURE PAGE)|\[(?:the )?remainder of (?:this )?page\b[^\]\n]{0,60}?\bsignatures?\b|\[?Signatures? (?:appear |are )?(?:on|to) (?:the )?[Ff]ollow)/i;
export const SIGNATURE_LINE_RE = /^(?:By|BY)\s*:/;
// The label may be quoted ('EXHIBIT "E"', 'Schedule “B”'), as many US filings write it.
export const SCHEDULE_RE = /^(?:THE\s+(?=[A-Z]{5}))?(?:EXHIBIT|SCHEDULE|ANNEXURE|ANNEX|APPENDIX|ATTACHMENT|ADDENDUM|Exhibit|Schedule|Annexure|Annex|Appendix|Attachment|Addendum)(?:\s+(?:No\.\s*)?(?:["“'‘][A-Z0-9][A-Za-z0-9.\-]*["”'’]|[A-Z0-9][A-Za-z0-9.\-()]*))?(?=$|[\s:.\-–—])/;
// The title of a list of the agreement's exhibits or schedules ("LIST OF EXHIBITS", "Index of Schedules", "EXHIBITS:").
const ANNEX_LIST_TITLE_RE = /^\s*(?:(?:LIST|INDEX|TABLE|SCHEDULE)\s+OF\s+(?:EXHIBITS|SCHEDULES|ANNEX(?:ES|URES)|APPENDICES|ATTACHMENTS)|(?:List|Index|Table|Schedule)\s+of\s+(?:Exhibits|Schedules|Annex(?:es|ures)|Appendices|Attachments)|(?:EXHIBITS|SCHEDULES|APPENDICES|ATTACHMENTS|Exhibits|Schedules|Appendices|Attachments)\s*:?)\s*$/;
/**
 * Whether the schedule heading `body` at `start` ("Annex 1 Licensed patents") is a label with its number and a title,
 * the label referred to in the text before it ("in Part A of Annex 1"): where the annexes begin, as an ALL-CAPS heading
 * would be, though written in mixed case before the signatures. The title may follow a dash ("Annex A – Licensed
 * Patents") or a colon, or stand on the next line ("Appendix 1:"); with `inline`, the colon is followed by the annex's
 * own content ("Annex 1: DE 10 2019 000 123 B4; EP 3 701 228 B1.").
 */
const LISTED_ANNEX_RE = /^(?:exhibit|schedule|annexure|annex|appendix|attachment)[ \t]+(?:no\.[ \t]*)?[a-z0-9]{1,3}\b/i;
// After the label: a title in capitals, a colon or dash before a capital or a digit, or nothing. Not a sentence a hard
// wrap or a paragraph opened with the label ('Annex 1: see there for the status of each right').
const REFERRED_LABEL_RE = /^(?:Exhibit|Schedule|Annexure|Annex|Appendix|Attachment)[ \t]+(?:No\.[ \t]*)?[A-Z0-9]{1,3}\b(?=[ \t]+[A-Z][a-z]|[ \t]*[:–—][ \t]*(?:[A-Z0-9]|$)|[ \t]+--?[ \t]+[A-Z]|[ \t]*$)/;
// A paragraph of the body, by its number: '(3)', '§ 4', 'Art. 5', '2.3', 'a)'. A list of annexes in the body goes on with
// one ('Annex 1: DE 10 2019 000 123 B4.' / 'Annex 2: FR 3 081 442 B1.' / '(3) The Parties shall update the Annexes ...').
const BODY_PARAGRAPH_RE = /^(?:\(\d{1,3}\)|§[ \t]*\d|Art(?:icle|\.)?[ \t]*\d|\d{1,3}(?:\.\d{1,3})+\.?|[a-z]\))[ \t]/;

function referredSchedule(text: string, start: number, body: string, inline: boolean): boolean {
  const label = REFERRED_LABEL_RE.exec(body)?.[0];
  if (label === undefined || /[\r\n]/.test(body.trimEnd())) return false;
  // Not a line of a list of the annexes ("Appendix 1  Schedule for Capital Contributions" then "Appendix 2 ..."): the
  // lines around it are no such labels. Annexes that carry their content on the label's line are no list of titles:
  // they are a list of the annexes themselves unless the body's numbering goes on after them.
  const before = /(?:^|\n)[ \t]*(\S[^\n]*)\s*$/.exec(text.slice(Math.max(0, start - 300), start))?.[1] ?? '';
  const after = /^[^\n]*\n\s*(\S[^\n]*)/.exec(text.slice(start, start + 600))?.[1] ?? '';
  if (inline) {
    const lines = /^[^\n]*((?:\n[^\n]*){0,12})/.exec(text.slice(start, start + 2000))?.[1]?.split('\n') ?? [];
    const next = lines.map((l) => l.trim()).find((l) => l !== '' && !LISTED_ANNEX_RE.test(l)) ?? '';
    if (BODY_PARAGRAPH_RE.test(next)) return false;
  } else if (LISTED_ANNEX_RE.test(before) || LISTED_ANNEX_RE.test(after)) return false;
  // Nor one annex named in the body: after a lead-in ('The following annex forms part of this Agreement:'), or before a
  // section that goes on with the body's numbering ('3.2 In case of conflict ...'; an annex numbers its own from 1).
  if (/:[ \t]*$/.test(before) || /^(?:[2-9]|[1-9]\d{1,2})\.\d{1,3}\.?[ \t]/.test(after)) return false;
  return new RegExp(`\\b${label.replace(/[.]/g, '\\.').replace(/[ \t]+/g, '\\s+')}\\b(?![.-]?\\d)`).test(text.slice(Math.max(0, start - 60_000), start));
}

/**
 * Whether `line` opens the annex after the one open (`container`), titled the same way: 'Schedule 3 Technical
 * Information' after 'Schedule 2', 'Annex C' after 'Annex B'. The body need not refer to it: the annexes' own sequence
 * says where one ends.
 */
function nextAnnex(container: Draft | null, line: string): boolean {
  if (container?.kind !== 'schedule' || container.number === null) return false;
  const open = ANNEX_LABEL_RE.exec(container.number);
  const next = ANNEX_LABEL_RE.exec(line);
  if (!open || !next || (open[1] as string).toLowerCase() !== (next[1] as string).toLowerCase()) return false;
  const [a, b] = [open[2] as string, next[2] as string];
  if (/^\d+$/.test(a)) return /^\d+$/.test(b) && Number(b) === Number(a) + 1;
  return a.length === 1 && b.length === 1 && b.toUpperCase().charCodeAt(0) === a.toUpperCase().charCodeAt(0) + 1;
}
// An annex's label: its word and its number or letter ('Schedule 2', 'ANNEX B', 'Exhibit No. 3').
const ANNEX_LABEL_RE = /^(exhibit|schedule|annexure|annex|appendix|attachment)[ \t]+(?:no\.[ \t]*)?([a-z]|\d{1,3})\b/i;

/**
 * The longest line that opens an annex with its content on it, and that content after the label's colon or dash: the
 * numbers of what it lists ("Annex 1: DE 10 2019 000 123 B4; EP 3 701 228 B1."), which no title of an annex carries.
 */
const INLINE_ANNEX_MAX = 400;
const INLINE_ANNEX_RE = /^[ \t]*[:–—][ \t]*[A-Z0-9][^\n]*?\d{3}/;

/**
 * How a line with no clause number, `body` at `start` (`rest` after its schedule label, `headingOnly` as readHeading
 * read it), opens an annex the body referred to, before the signatures and in mixed case: 'inline' when its content
 * follows the label's colon ("Annex 1: DE 10 2019 000 123 B4; EP 3 701 228 B1."), 'titled' when a title or nothing does
 * ("Annex 1 Licensed patents", "Annex A – Licensed Patents", "Appendix 1:"), null when it opens none.
 */
export function referredAnnex(text: string, start: number, body: string, rest: string, headingOnly: boolean): 'inline' | 'titled' | null {
  if (body.length <= INLINE_ANNEX_MAX && INLINE_ANNEX_RE.test(rest) && referredSchedule(text, start, body, true)) return 'inline';
  return headingOnly && body.length <= 150 && referredSchedule(text, start, body, false) ? 'titled' : null;
}

export const SCHEDULE_CAPS_RE = /^(?:THE\s+)?(?:EXHIBIT|SCHEDULE|ANNEXURE|ANNEX|APPENDIX|ATTACHMENT|ADDENDUM)\b/;
/** The words that lead from the preamble into the terms ('the parties agree as follows', 'NOW, THEREFORE'). */
export const AGREE_RE = /\b(?:agree|agrees)\s+(?:(?:to|hereby|that)\s+(?:[\w-]+\s+){0,5}?)?as\s+follows|\bNOW,?\s+THEREFORE\b|\bIT IS AGREED\b|\bNow,? [Tt]herefore\b/;
const PARTIES_RE = /\b(?:between|among|by and between|BETWEEN|AMONG)\b/;
/**
 * A preamble paragraph that lists the parties next ('... between:', 'by and among:', 'Parties:', 'THE UNDERSIGNED:'), or
 * a heading that is only the word ('PARTIES', 'BETWEEN': an English deed's, its colon lost with the bold).
 */
export const PARTIES_LEAD_RE = /(?:\bbetween|\bamong(?:st)?|^(?:the )?parties|^the undersigned)[ \t]*:$|^(?:(?:the )?parties|between|among)$/i;
/** The longest paragraph between two numbered parties that goes on with their list ('and', 'of the one part, and'). */
const PARTY_LINK_MAX = 40;
const PAGE_TAIL_RE = /(?:\s*\.{3,}[\s.]*|\s{2,})(?:(?:Page|PAGE|p\.)\s*)?\d{1,3}$/;

// Whitespace that the last step of cleanHeading changes: anything but single spaces.
const UNSQUASHED_SPACE_RE = /[^\S ]| {2}/;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Runs of white space as single spaces (a copy only when the text has something else). */
const squashSpaces = (s: string): string => (UNSQUASHED_SPACE_RE.test(s) ? s.replace(/\s+/g, ' ') : s);

/** Whether `s`, without one final full stop, ends in one of `marks` (`/[.;]$/.test(s.replace(/\.$/, ''))`). */
function endsInMark(s: string, marks: string): boolean {
  let end = s.length;
  if (s.charCodeAt(end - 1) === 46) end--;
  return end > 0 && marks.includes(s.charAt(end - 1));
}

const isDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014;
const isLineTerminator = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * A run-in heading at the start of `s`, as /^(.{2,80}?)(?:\.(?=\s)|:(?=\s)|\s[-–—]\s)/ would match it:
 * 2 to 80 characters of one line, then ". ", ": " or a spaced dash. [heading end, match end], or null.
 */
function runInHeadingEnd(s: string): [number, number] | null {
  // The codes at p, p + 1 and p + 2 (-1 past the end: no read out of bounds) and what they are, carried from one p
  // to the next, and every test made at every p: a test or a sum that only a spaced dash reached would lack type
  // feedback in the optimised code, which V8 throws away at a document's first "Term - ..." heading.
  const n = s.length;
  let c = n > 0 ? s.charCodeAt(0) : -1;
  let c1 = n > 1 ? s.charCodeAt(1) : -1;
  let blank = isBlankChar(c);
  let blankNext = isBlankChar(c1);
  for (let p = 0; p < n && p <= 80; p++) {
    const c2 = p + 2 < n ? s.charCodeAt(p + 2) : -1;
    const blankAfter = isBlankChar(c2);
    const stop = (c === 46 || c === 58) && blankNext;
    const dash = blank && isDash(c1) && blankAfter;
    const width = p < 2 ? 0 : stop ? 1 : dash ? 3 : 0;
    if (width !== 0) return [p, p + width];
    if (isLineTerminator(c)) return null;
    c = c1;
    c1 = c2;
    blank = blankNext;
    blankNext = blankAfter;
  }
  return null;
}

export function cleanHeading(s: string): string {
  // Each step is tried only when the character it needs is there: most headings are already clean.
  if (isDigit(s.charCodeAt(s.length - 1))) s = s.replace(PAGE_TAIL_RE, '');
  s = s.replace(/^[\s\-–—:./]+/, '');
  if (/[\s.:\-–—]/.test(s.charAt(s.length - 1))) s = s.replace(/[\s.:\-–—]+$/, '');
  return squashSpaces(s);
}

/**
 * Where the body starts in `rest` after a heading that ends at `at`: past the white space. A function of the module,
 * not a closure made per call: V8 keeps a closure's optimised code for that closure alone, so each call's new one was
 * compiled again once hot (--trace-opt, twice in a fresh pass over CUAD dev).
 */
function bodyAfter(rest: string, at: number): number {
  while (at < rest.length && /\s/.test(rest[at] as string)) at++;
  return at;
}

/** The start of a bulleted line: white space, then a bullet and a space. */
const BULLET_LINE = /^[ \t]*[•·▪◦‣∙■●○–-][ \t]/;

/** The last word of a run of capitals that is a sentence's beginning, not a title ('... SHALL BE LIABLE FOR', '... OF THE'). */
const CAPS_SENTENCE_END_RE = /\b(?:FOR|OF|TO|THE|BY|IN|ON|WITH|FROM|UNDER|AT|AS|AND|OR|NOR|A|AN|ANY|ALL|ITS|THEIR|THAT|IS|ARE|BE|SHALL|WILL|MAY|NOT|NO)$/;

/** '(Confidentiality)' at a clause's start, then the end of its line or a sentence opening with a capital. */
const BRACKETED_HEADING_RE = /^\(([A-Z][^()\n]{1,58})\)(?=[ \t]*(?:\r?\n|$)|[ \t]+["“]?[A-Z])/;
/** What a list's marker in brackets holds, never a heading: '(A)', '(IV)', '(AA)'. */
const ROMAN_OR_LETTER_RE = /^(?:[IVXLC]+|[A-Z]{1,2})$/;
/**
 * What a proviso in brackets opening a clause holds, never a heading: a qualifying lead ('(Subject to Section 6) Each
 * Party shall ...', '(Notwithstanding Clause 9) Orrin may ...', '(Except as set out below) ...') or a reference to
 * another clause by its number ('(As agreed in Section 4.2)'). A bracketed heading names the clause's subject
 * ('(Confidentiality)', '(Grant of License)').
 */
const BRACKETED_PROVISO_RE = /^(?:Subject to|Notwithstanding|Except|Excepting|Save|Without (?:prejudice|limit)|Unless|Provided that|Pursuant to|Other than|In accordance with|As (?:set out|provided|described|agreed|stated|specified)|Where|If)\b|\b(?:Sections?|Clauses?|Articles?|Paragraphs?|Schedules?|Annex(?:es)?|Exhibits?|§)[ \t]*\d/;

/** The end of a table row's first cell: a tab (Word and HTML tables in text), or a pipe between spaces (Markdown). */
const CELL_END_RE = /\t+|[ \t]\|[ \t]/;

/**
 * Heading after a number: the whole rest when short and heading-like, else a run-in heading ("Term. This ...").
 * `bodyAt`: index in `rest` where the body text after the heading starts (rest.length when there is none).
 */
export function readHeading(rest: string, paren: boolean): { heading: string | null; headingOnly: boolean; bodyAt: number } {
  let lead = 0;
  for (let c = rest.charCodeAt(0); isBlankChar(c) || isDash(c) || c === 58 || c === 46 || c === 47; c = rest.charCodeAt(++lead));
  const trimmed = rest.slice(lead);
  if (trimmed === '') return { heading: null, headingOnly: true, bodyAt: rest.length };
  // A heading in brackets after the number, as Japanese, Korean and Italian agreements (and their translations) write
  // it: 'Article 21 (Confidentiality) Each Party shall ...', 'Article 3 (Grant of License)' over its paragraph.
  if (trimmed.charCodeAt(0) === 40) {
    const m = BRACKETED_HEADING_RE.exec(trimmed);
    const h = m?.[1];
    if (m && h !== undefined && !ROMAN_OR_LETTER_RE.test(h) && !BRACKETED_PROVISO_RE.test(h) && (isHeadingText(h) || isSentenceCaseHeading(h))) {
      const bodyAt = bodyAfter(rest, lead + m[0].length);
      return { heading: cleanHeading(h), headingOnly: bodyAt >= rest.length, bodyAt };
    }
  }
  // PAGE_TAIL_RE ends in a digit: only a text that does can lose a page number
  const noPage = trimmed.length <= 110 && isDigit(trimmed.charCodeAt(trimmed.length - 1)) ? trimmed.replace(PAGE_TAIL_RE, '') : trimmed;
  if (noPage.length <= 100 && (isHeadingText(noPage) || (!paren && isSentenceCaseHeading(noPage))) && !endsInMark(noPage, '.;') && (!paren || noPage.split(/\s+/).length <= 6)) {
    return { heading: cleanHeading(noPage), headingOnly: true, bodyAt: rest.length };
  }
  // A heading on its own line over a bulleted list ("3. Territories" then "  • Tidewater will not ..."): heads of
  // terms and term sheets write their points so.
  const lineEnd = trimmed.indexOf('\n');
  const bullet = lineEnd > 0 ? BULLET_LINE.exec(trimmed.slice(lineEnd + 1, lineEnd + 12)) : null;
  if (bullet) {
    const h = trimmed.slice(0, lineEnd).trimEnd();
    // A qualifier in brackets after it is the heading's too: "Governing law (BINDING)", "Law and disputes (Definitive Agreement)".
    const words = h.replace(/\s*\([^()]{1,40}\)$/, '');
    if (h.length <= 80 && (isHeadingText(words) || (!paren && isSentenceCaseHeading(words))) && !endsInMark(h, '.;,')) {
      // The body starts at the first bullet's words, as after a run-in "Fees\n- Licensee shall pay".
      return { heading: cleanHeading(h), headingOnly: false, bodyAt: lead + lineEnd + 1 + bullet[0].length };
    }
  }
  // A table row of a term sheet as Word and HTML tables reach the text (cells joined by a tab): "1. Licensed Patents<TAB>
  // "Halcyon Patents" means ...". The first cell, a title, is the row's heading.
  // A Markdown pipe table's row is read so too: "1. Licensed Patents | ..." (its cells split by ' | ').
  const cellEnd = CELL_END_RE.exec(trimmed.length > 82 ? trimmed.slice(0, 82) : trimmed);
  if (cellEnd !== null && cellEnd.index > 0) {
    const h = trimmed.slice(0, cellEnd.index).trimEnd();
    if (!/[\r\n]/.test(h) && (isHeadingText(h) || (!paren && isSentenceCaseHeading(h))) && !endsInMark(h, '.;,')) return { heading: cleanHeading(h), headingOnly: false, bodyAt: bodyAfter(rest, lead + cellEnd.index + cellEnd[0].length) };
  }
  const runIn = runInHeadingEnd(trimmed);
  if (runIn) {
    const h = trimmed.slice(0, runIn[0]);
    // A sentence-case heading ("Term and termination. This Agreement ...") only before a sentence that opens with a capital.
    const sentenceCase = !paren && isSentenceCaseHeading(h) && isCapital(trimmed.charCodeAt(bodyAfter(trimmed, runIn[1])));
    if ((isHeadingText(h) || sentenceCase) && !endsWithAbbreviation(h) && !/["“”]/.test(h)) return { heading: cleanHeading(h), headingOnly: false, bodyAt: bodyAfter(rest, lead + runIn[1]) };
  }
  // ALL-CAPS run-in heading without punctuation: "DEFINITIONS The following terms ..."
  const caps = /^([A-Z][A-Z0-9&',/\- ]{3,60}?)\s+(?=["“]?[A-Z][a-z])/.exec(trimmed);
  // Not a sentence in capitals cut before its object ('IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR "Consequential Loss"
  // ...'): a title does not end in a preposition, an article, a conjunction or a verb's helper.
  if (caps && /[A-Z]{3}/.test(caps[1] as string) && !CAPS_SENTENCE_END_RE.test(caps[1] as string)) return { heading: cleanHeading(caps[1] as string), headingOnly: false, bodyAt: bodyAfter(rest, lead + caps[0].length) };
  return { heading: null, headingOnly: false, bodyAt: lead };
}

/**
 * A clause number at `start` that is plausible by its look: a number followed by a lower-case word is a
 * quantity or a reference ("1.5 million", "Section 2 of"), not a clause.
 */
export function plausibleMarker(text: string, start: number, end: number, lineStart = false): Marker | null {
  const marker = readMarker(text, start);
  if (!marker || marker.end > end) return null;
  const readings = marker.readings;
  const first = readings[0] as Reading;
  if (isParenReading(first)) return marker;
  let after = marker.end;
  for (let step = 1; step === 1; after += step) {
    const c = after < end ? text.charCodeAt(after) : -1;
    step = c === 32 || c === 9 ? 1 : 0;
  }
  if (after >= end) return marker;
  const next = text.charCodeAt(after);
  // Each fact is read on every call (no read that only one kind of marker reaches: it would lack type feedback in
  // the optimised code, which V8 throws away at a document's first such marker).
  const keyword = marker.keyword;
  const decimal = first.scheme.startsWith('dec');
  const multiLevel = first.values.length > 1;
  const listReading = hasReading(readings, 'n-list');
  // at a line start a dotted number may precede a lower-case term ("1.20 ctDNA"); the sequence check decides
  const dotted = decimal && (multiLevel || keyword || listReading);
  const item = first.scheme.startsWith('d-'); // "a. make; and"
  const lower = next >= 97 && next <= 122;
  // a keyword's number before a slash and a space: a heading given after it ('ARTICLE IV / PAYMENT'), not a date
  const slashHeading = keyword && next === 47 && isBlankChar(after + 1 < end ? text.charCodeAt(after + 1) : -1);
  if (!mayFollowMarker(next) && !slashHeading && !(lineStart && (dotted || item) && lower)) return null;
  if (next >= 48 && next <= 57 && !keyword) return null;
  return marker;
}

/** Whether a reading of `scheme` is among `readings`. */
function hasReading(readings: readonly Reading[], scheme: string): boolean {
  for (let i = 0; i < readings.length; i++) if ((readings[i] as Reading).scheme === scheme) return true;
  return false;
}

/** [A-Z"“'‘(\[*\-–—:.0-9\r\n] by code: what may follow a clause number (a capital, a quote, a bracket, a mark, a digit). */
const mayFollowMarker = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 39 || c === 0x2018 || c === 40 || c === 91 || c === 42 ||
  c === 45 || c === 0x2013 || c === 0x2014 || c === 58 || c === 46 || c === 13 || c === 10;

/** "(a)" and "a)" schemes: p-* and r-*. */
const isParenReading = (r: Reading): boolean => (r.scheme.charCodeAt(0) === 112 || r.scheme.charCodeAt(0) === 114) && r.scheme.charCodeAt(1) === 45;

export function isParenScheme(m: Marker): boolean {
  return isParenReading(m.readings[0] as Reading);
}

/** An unnumbered paragraph led by a run-in heading: "Governing Law. This Agreement ..." (from bold in Word). */
function runInHeading(text: string, start: number, end: number): string | null {
  if (!isCapital(text.charCodeAt(start))) return null; // RUN_IN_RE starts with [A-Z]: no copy of the paragraph's start
  const m = RUN_IN_RE.exec(text.slice(start, Math.min(end, start + 90)));
  if (!m) return null;
  const h = m[1] as string;
  // not a name ("David N."), a roman or letter label ("IV.", "GG."), a company ("Acme, Inc.") or a number
  if (!/[A-Za-z]{4}/.test(h) || /(?:^|\s)[A-Za-z]{1,2}$|\d|,/.test(h)) return null;
  // In sentence case at most four words: a paragraph split from the sentence before it can open with a fragment
  // ("Claimant to substantiate the claim. Such notice ...").
  return (isHeadingText(h) || (isSentenceCaseHeading(h) && h.split(' ').length <= 4)) && !endsWithAbbreviation(h) && !/["“”]/.test(h) ? cleanHeading(h) : null;
}
const RUN_IN_RE = /^([A-Z][^.:;!?\n]{1,70}?)\.[ \t]+["“(]?[A-Z]/;

/**
 * By character code (a one-character string per step costs more, on every block), each step taken on every call (a
 * step of 0 at the end): a loop body that only a line with trailing blanks entered would lack type feedback.
 */
function isLineEnd(text: string, at: number): boolean {
  let c = -1;
  for (let i = at, step = 1; step === 1; i += step) {
    c = i < text.length ? text.charCodeAt(i) : -1;
    step = c === 32 || c === 9 ? 1 : 0;
  }
  return c === -1 || c === 10 || c === 13;
}

/** Whether only spaces or tabs stand between `at` and a line's start: the text's start, a line break, or a form feed
 * (a page break, which `pdftotext` writes before each page's first line, its running header). */
function isLineStart(text: string, at: number): boolean {
  let c = -1;
  for (let i = at - 1, step = 1; step === 1; i -= step) {
    c = i >= 0 ? text.charCodeAt(i) : -1;
    step = c === 32 || c === 9 ? 1 : 0;
  }
  return c === -1 || c === 10 || c === 13 || c === 12;
}

// "4        FEES." / "2 Reporting Requirements": a chapter number without its dot, alone with a heading on its line
const BARE_NUMBER_RE = /^(\d{1,2})[ \t]+(?=[A-Z])/;

function bareChapterMarker(text: string, block: Block): Marker | null {
  // BARE_NUMBER_RE opens with a digit: a block that does not is neither copied nor matched.
  if (!isDigit(text.charCodeAt(block.start)) || block.boundary !== 'para' || block.end - block.start > 110 || !isLineStart(text, block.start)) return null;
  const line = text.slice(block.start, block.end);
  const m = BARE_NUMBER_RE.exec(line);
  if (!m || !readHeading(line.slice(m[0].length), false).headingOnly) return null;
  const raw = m[1] as string;
  return { raw, end: block.start + raw.length, keyword: false, readings: [{ scheme: 'dec1', values: [Number(raw)] }] };
}

/** An unnumbered heading line ("GOVERNING LAW", "Term."): short, heading-like, not a sentence or a "By:" field. */
export function isHeadingLine(body: string): boolean {
  const words = withoutLeader(body);
  return words.length <= 80 && !body.includes('\t') && isHeadingText(words) && !endsInMark(words, '.;,') && !SIGNATURE_LINE_RE.test(words);
}

// A contents entry's dot leader and page number ("EXHIBIT A   LICENSED PATENTS ............ 9"): only dots lead to
// the number, so a heading line with a number of its own ("Schedule 2", "Royalty Band 3") keeps it
const DOT_LEADER_TAIL_RE = /[ \t]*\.{4,}[ \t.]*(?:(?:Page|PAGE|p\.)[ \t]*)?\d{1,3}$/;
/** The longest line a contents entry with a dot leader takes (its words are at most 80 characters, as a heading's). */
const LEADER_LINE_MAX = 132;

/** A line without the dot leader and page number of a contents entry (DOT_LEADER_TAIL_RE), else as it is. */
function withoutLeader(line: string): string {
  return isDigit(line.charCodeAt(line.length - 1)) && line.includes('....') ? line.replace(DOT_LEADER_TAIL_RE, '') : line;
}

function analyse(text: string, block: Block): BlockInfo {
  const marker = plausibleMarker(text, block.start, block.end, block.boundary === 'para' && isLineStart(text, block.start)) ?? bareChapterMarker(text, block);
  if (marker) {
    // a heading is short: the first 160 characters after the number decide (no copy of long blocks)
    const { heading, headingOnly, bodyAt } = readHeading(text.slice(marker.end, Math.min(block.end, marker.end + 160)), isParenScheme(marker));
    return { block, marker, heading, headingOnly, headingLine: false, bodyStart: marker.end + bodyAt };
  }
  const long = block.end - block.start > 80;
  // a longer line may still be a contents entry, its words short before a dot leader (withoutLeader)
  if (long && (block.end - block.start > LEADER_LINE_MAX || !isDigit(text.charCodeAt(block.end - 1)) || !text.slice(block.end - 16, block.end).includes('....'))) {
    return { block, marker: null, heading: null, headingOnly: false, headingLine: false, bodyStart: block.start };
  }
  const body = text.slice(block.start, block.end);
  const headingLine = isHeadingLine(body);
  return { block, marker: null, heading: headingLine ? cleanHeading(body) : null, headingOnly: headingLine, headingLine, bodyStart: headingLine ? block.end : block.start };
}

/** Signature-page fields and rules repeat legitimately; they are never running headers. */
const FIELD_RE = /^(?:By|BY|Name|NAME|Title|TITLE|Date|DATE|Its|ITS|Signature|SIGNATURE|Address|Attn|Attention)\b|^[_\-=.* ]+$|^\[?\*/;
const RUNNING_HEADER_MIN = 3;
/** A running header's words at most (spaces squashed), and its line at most with the gaps of a page-wide layout. */
const RUNNING_HEADER_MAX = 60;
const RUNNING_HEADER_LINE_MAX = 132;

/**
 * What a block would repeat as a running header (its line, spaces squashed), or null. A function of the module, not
 * a closure made per document: V8 keeps a closure's optimised code for that closure alone (see bodyAfter).
 */
function runningHeaderKey(text: string, b: Block): string | null {
  // `pdftotext -layout` sets a header's cells apart by a page-wide gap ("SHORT TITLE <40 spaces> CONFIDENTIAL"): the
  // line's width is its words, spaces squashed (RUNNING_HEADER_MAX), the gap is not
  if (b.furniture || b.end - b.start > RUNNING_HEADER_LINE_MAX || !isLineStart(text, b.start)) return null;
  const line = text.slice(b.start, b.end);
  if (FIELD_RE.test(line) || readMarker(text, b.start)) return null;
  // a schedule's title set out the same way on each of its pages ("ATTACHMENT 6    SOFTWARE INSTALLATION TERMS") is
  // still its heading where it first stands: only the widths that were always read as headers are
  if (b.end - b.start > RUNNING_HEADER_MAX && SCHEDULE_RE.test(line)) return null;
  const key = squashSpaces(line);
  return key.length <= RUNNING_HEADER_MAX ? key : null;
}

/**
 * Page headers and footers that a converter left in the text ("IBM Confidential", "CONFIDENTIAL TREATMENT
 * REQUESTED", "Execution Version"): short lines that stand alone 3+ times. They become furniture, so a
 * paragraph broken by a page break is joined again and no header becomes a heading.
 */
function markRunningHeaders(text: string, blocks: Block[]): Block[] {
  // The few blocks that could repeat as headers (short lines alone), with their keys: not a key slot per block.
  // A header alone on its line counts; one that runs onto the first line of the page's body ("CONFIDENTIAL   EXECUTION
  // COPY   1.7 ...", the line split before the number: scanBlocks) is a header when its line alone is one elsewhere.
  const counts = new Map<string, number>();
  const at: number[] = [];
  const keys: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    const k = runningHeaderKey(text, b);
    if (k === null) continue;
    at.push(i);
    keys.push(k);
    if (isLineEnd(text, b.end)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  // Most documents have none: the blocks as they are, not a copy.
  let out: Block[] | null = null;
  for (let n = 0; n < at.length; n++) {
    if ((counts.get(keys[n] as string) ?? 0) < RUNNING_HEADER_MIN) continue;
    out ??= blocks.slice();
    const i = at[n] as number;
    out[i] = { ...(blocks[i] as Block), furniture: true };
  }
  return out === null ? blocks : splitGluedHeaders(text, out, counts);
}

/**
 * A running header run onto the first line of its page's body by a gap, before words rather than a number ("Operation
 * and Transport Regulations Version 1    CLAUSE 12 QUALITY REQUIREMENTS", "... CROSS-LICENSE   CONFIDENTIAL   and sell
 * Licensed Products."; scanBlocks splits before a number only): when its cells alone stand as a header elsewhere
 * (RUNNING_HEADER_MIN times) and the line opens a page (after the previous page's furniture or a form feed), the header
 * becomes furniture and the words a paragraph of their own: a heading of its own again, or a sentence that
 * mergeContinuations joins to the one the page broke. The longest such header is taken (its cells are set apart by
 * gaps too).
 */
function splitGluedHeaders(text: string, blocks: Block[], counts: ReadonlyMap<string, number>): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    let split = -1;
    let rest = -1;
    // (only where a page begins: after the previous page's furniture, or a form feed between; every search is bounded
    // by the gap between the blocks or the line, never the rest of the text)
    const prev = out[out.length - 1];
    let page = prev !== undefined && prev.furniture;
    for (let k = prev === undefined ? b.start : prev.end; !page && k < b.start; k++) page = text.charCodeAt(k) === 12;
    if (page && !b.furniture && isLineStart(text, b.start)) {
      const limit = Math.min(b.end, b.start + RUNNING_HEADER_LINE_MAX);
      for (let k = b.start; k < limit; k++) {
        const c = text.charCodeAt(k);
        if (c === 10 || c === 13) break;
        if (c !== 32 && c !== 9) continue;
        let after = k;
        while (after < limit && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) after++;
        if (after - k >= 3 && after < limit && (counts.get(squashSpaces(text.slice(b.start, k))) ?? 0) >= RUNNING_HEADER_MIN) {
          split = k;
          rest = after;
        }
        k = after - 1;
      }
    }
    if (split < 0) {
      out.push(b);
      continue;
    }
    out.push({ start: b.start, end: split, boundary: b.boundary, furniture: true }, { start: rest, end: b.end, boundary: 'para', furniture: false });
  }
  return out;
}


/**
 * Footnotes at the foot of a page (FOOTNOTE_RULE_RE, and the notes after it up to the page's footer) become
 * furniture, as the page's header and footer do: a note is no clause of its own under whatever heading the page
 * reached, and a sentence broken by the page break is joined again across it (before the rule there is always text to
 * join again). The analysis blanks the notes before the tree (page-furniture.ts blankFootnotes), so that no rule reads
 * them as the words of the clause that runs across the page; a tree built from the text as it is keeps them inside it.
 */
function markFootnotes(text: string, blocks: Block[]): Block[] {
  let out: Block[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.furniture || text.charCodeAt(b.start) !== 95 || !FOOTNOTE_RULE_RE.test(text.slice(b.start, Math.min(b.end, b.start + 200)))) continue;
    out ??= blocks.slice();
    let j = i;
    do out[j] = { ...(blocks[j] as Block), furniture: true };
    while (++j < blocks.length && !(blocks[j] as Block).furniture && FOOTNOTE_MARK_RE.test(text.charAt((blocks[j] as Block).start)));
    i = j - 1;
  }
  return out ?? blocks;
}

const SENTENCE_CLOSERS = '.:;!?)"”]';
const isCapital = (c: number): boolean => c >= 65 && c <= 90;
const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;

/**
 * A word no sentence ends on, after a word: an article, a preposition or a determiner ('... all Products sold to the' /
 * page break / 'Customer hereunder, ...'). A paragraph that ends on one goes on in the next even where that opens with a
 * capital (a name, a defined term). Not 'and' or 'or', which end a recital or a list item ('...; and' / 'WHEREAS').
 */
const OPEN_END_RE = /[A-Za-z0-9'’")][ \t]+(?:the|a|an|of|to|by|for|with|from|in|on|at|under|between|such|any|each|its|their)$/;

/**
 * Joins paragraphs broken by a page break or hard wrap: no sentence end before, a lower-case word after; or a capital
 * after a paragraph that ends on a word no sentence ends on (OPEN_END_RE), where the next is no heading.
 */
function mergeContinuations(text: string, blocks: Block[]): Block[] {
  const out: Block[] = [];
  let lastText: Block | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.furniture) {
      out.push(b);
      continue;
    }
    const c = text.charCodeAt(b.start);
    // A page's legend between the halves of a broken sentence ('... The initial' / '*** = Portions of this exhibit have
    // been omitted ... filed separately with the Commission.' / '13' / 'representatives and chair of the JSC are ...'):
    // furniture there, as a running header is, so that the sentence is joined across it. The first half ends on a
    // lower-case word or a comma; the legend's words stand LEGEND_MIN times or more in the text.
    if (lastText && c !== 40 && !isLowerLetter(c) && (isLowerLetter(text.charCodeAt(lastText.end - 1)) || text.charCodeAt(lastText.end - 1) === 44)) {
      const after = legendRunEnd(text, blocks, i);
      if (after > i) {
        for (let k = i; k < after; k++) out.push({ ...(blocks[k] as Block), furniture: true });
        i = after - 1;
        continue;
      }
    }
    if (lastText && ((c >= 97 && c <= 122) || (isCapital(c) && goesOnAfter(text, lastText, b, blocks, i))) && !readMarker(text, b.start) && !SENTENCE_CLOSERS.includes(text.charAt(lastText.end - 1)) && !closesList(text, out, b.start)) {
      lastText.end = b.end;
      continue;
    }
    out.push(b);
    lastText = b;
  }
  return out;
}

/** How many times a legend must stand in the text, at least, to be read as a page's legend. */
const LEGEND_MIN = 3;
/** A legend's paragraph is at most this long (a page's legend is a sentence or two). */
const LEGEND_MAX = 400;

/** Whether `b` may be a page's legend by its shape: a sentence or two that ends as a sentence does. */
const legendShaped = (text: string, b: Block): boolean => b.end - b.start >= 20 && b.end - b.start <= LEGEND_MAX && SENTENCE_CLOSERS.includes(text.charAt(b.end - 1));

/** Whether the paragraph `b` stands word for word at least LEGEND_MIN times in the text (a few indexOf). */
function isRepeatedLegend(text: string, b: Block): boolean {
  const words = text.slice(b.start, b.end);
  let seen = 0;
  for (let k = text.indexOf(words); k >= 0 && seen < LEGEND_MIN; k = text.indexOf(words, k + words.length)) seen++;
  return seen >= LEGEND_MIN;
}

/**
 * Where the run of repeated legends (isRepeatedLegend) and page furniture that opens at blocks[i] ends, when a block
 * that goes on in lower case follows it (a broken sentence's second half); else `i`. The shapes are read first: the
 * text is searched for a legend's words only where a lower-case block follows.
 */
function legendRunEnd(text: string, blocks: readonly Block[], i: number): number {
  let k = i;
  let legends = 0;
  while (k < blocks.length) {
    const b = blocks[k] as Block;
    // a stray mark a converter left on a line of its own ('"') is furniture as a page number is
    if (b.furniture || (b.end - b.start <= 2 && !/[A-Za-z0-9]/.test(text.slice(b.start, b.end)))) k++;
    else if (legends < 3 && !isLowerLetter(text.charCodeAt(b.start)) && legendShaped(text, b)) {
      legends++;
      k++;
    } else break;
  }
  const next = blocks[k];
  if (legends === 0 || next === undefined || !isLowerLetter(text.charCodeAt(next.start)) || readMarker(text, next.start)) return i;
  for (let j = i; j < k; j++) if (!(blocks[j] as Block).furniture && (blocks[j] as Block).end - (blocks[j] as Block).start > 2 && !isRepeatedLegend(text, blocks[j] as Block)) return i;
  return k;
}

/**
 * Whether `b` (blocks[i]), opening with a capital, goes on with the paragraph `last` that ends on a word no sentence ends
 * on (OPEN_END_RE): not a heading, and not a whole sentence set in the middle of the broken one, whose words go on
 * lower-case after it (a repeated legend: '... the amount of any' / 'Portions of this Exhibit were omitted ...' /
 * 'costs incurred').
 */
function goesOnAfter(text: string, last: Block, b: Block, blocks: readonly Block[], i: number): boolean {
  if (text.charCodeAt(last.end - 1) < 97 || !OPEN_END_RE.test(text.slice(Math.max(last.start, last.end - 16), last.end))) return false;
  if (isHeadingLine(text.slice(b.start, Math.min(b.end, b.start + 200)))) return false;
  if (!SENTENCE_CLOSERS.includes(text.charAt(b.end - 1))) return true;
  let k = i + 1;
  while (k < blocks.length && (blocks[k] as Block).furniture) k++;
  const next = blocks[k] === undefined ? 0 : text.charCodeAt((blocks[k] as Block).start);
  return !(next >= 97 && next <= 122);
}

/** How far after a chapter number its first subsection may follow on the same line. */
const RUN_IN_CHILD_CHARS = 160;
const RUN_IN_CHILD_RE = /[ \t]+((?:SECTION|Section)[ \t]+)?(\d{1,3}(?:\.\d{1,3}){0,2})\.1\.?[ \t]+["“]?[A-Z]/g;

/**
 * "9. Certain Covenants of Allied 9.1 Allied shall ...", "ARTICLE IV BOARD NOMINATION RIGHTS Section 4.1 ...": a run-on
 * line where the first subsection follows the chapter title without a sentence end. The block is split before "9.1" (a weak boundary: the sequence check
 * still decides). Only the first RUN_IN_CHILD_CHARS after the number are looked at.
 */
function splitRunInChildren(text: string, blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    // cheap filters first: a digit or "Section" at the start, and a ".1" soon after
    const c = text.charCodeAt(b.start);
    const candidate = !b.furniture && ((c >= 48 && c <= 57) || c === 83 || c === 65) && text.slice(b.start, Math.min(b.end, b.start + RUN_IN_CHILD_CHARS + 12)).includes('.1');
    const marker = candidate ? readMarker(text, b.start) : null;
    const reading = marker?.readings[0];
    // "ARTICLE IV BOARD NOMINATION RIGHTS Section 4.1 Springing ...": an article's number and title run on the same way
    // ('3.1 Licensed Intellectual Property Rights 3.1.1 License Grants ...': a section and its first subsection, alike)
    const scheme = reading?.scheme;
    // 'V. REPORTS AND PAYMENTS   A. Within 30 days ...': a Roman chapter's capitals title, then its first lettered item
    const roman = !b.furniture && (c === 73 || c === 86 || c === 88) && text.slice(b.start, Math.min(b.end, b.start + RUN_IN_CHILD_CHARS + 12)).includes('  A. ') ? readMarker(text, b.start) : null;
    const romanAt = roman !== null && roman.readings.some((r) => r.scheme.endsWith('-Roman')) ? romanFirstItem(text, roman.end, b.end) : -1;
    if (romanAt > 0) {
      out.push({ ...b, end: trimEnd(text, b.start, romanAt) });
      out.push({ start: romanAt, end: b.end, boundary: 'weak', furniture: false });
      continue;
    }
    const chapter = scheme === 'dec1' || scheme === 'dec2' || scheme === 'dec3' ? /^(?:(?:SECTION|Section)[ \t]*)?\d{1,3}(?:\.\d{1,3}){0,2}$/.test(marker?.raw ?? '') : scheme === 'article' && /^(?:ARTICLE|Article)[ \t]/.test(marker?.raw ?? '');
    if (!marker || !reading || !chapter) {
      out.push(b);
      continue;
    }
    const windowEnd = Math.min(b.end, marker.end + RUN_IN_CHILD_CHARS);
    const title = text.slice(marker.end, windowEnd);
    RUN_IN_CHILD_RE.lastIndex = 0;
    let split = -1;
    for (let m = RUN_IN_CHILD_RE.exec(title); m !== null; m = RUN_IN_CHILD_RE.exec(title)) {
      // the same chapter, after a title with no sentence end ("Term. This ..." has a body, not a title)
      // ("License to Allied; Allied's Obligations" is still a title: a semicolon joins two headings)
      // (nor a contents entry, its title ending in a page number: 'ARTICLE II BRAND PLAN 10 2.1 Brand Plan Generally 10')
      if (m[2] === (scheme === 'article' ? String(reading.values[0]) : reading.values.join('.')) && !/[.:!?]["”)]?[ \t]+\S|\d[ \t]*$/.test(title.slice(0, m.index).trim() + ' ')) split = m.index;
      break;
    }
    if (split < 0) {
      out.push(b);
      continue;
    }
    let childStart = marker.end + split;
    while (childStart < b.end && (text[childStart] === ' ' || text[childStart] === '\t')) childStart++;
    out.push({ ...b, end: trimEnd(text, b.start, marker.end + split) });
    out.push({ start: childStart, end: b.end, boundary: 'weak', furniture: false });
  }
  return out;
}

/** After a Roman chapter number: its ALL-CAPS title, a gap, then the first lettered item ('A.' before a capital). */
const ROMAN_TITLE_ITEM_RE = /^[ \t.]*([A-Z][A-Z0-9&',/\- ]{2,80}?[A-Z])[ \t]{2,}A\.[ \t]+[A-Z]/;

/** Where the first lettered item starts on a Roman chapter's run-on title line (ROMAN_TITLE_ITEM_RE), else -1. */
function romanFirstItem(text: string, from: number, end: number): number {
  const m = ROMAN_TITLE_ITEM_RE.exec(text.slice(from, Math.min(end, from + RUN_IN_CHILD_CHARS)));
  if (m === null || !isHeadingText(m[1] as string)) return -1;
  const title = m[0].indexOf(m[1] as string) + (m[1] as string).length;
  return from + m[0].indexOf('A.', title);
}

/** A block a table of contents may hold: furniture, or a short heading alone (a function of the module: see bodyAfter). */
function tocLike(x: BlockInfo): boolean {
  return x.block.furniture || (x.headingOnly && x.block.end - x.block.start <= 100);
}

/** A block's number as findToc compares numbers: lower-cased, a keyword's spaces squashed; null without one. */
function tocKey(info: BlockInfo): string | null {
  const m = info.marker;
  return m ? (m.keyword ? squashSpaces(m.raw.toLowerCase()) : m.raw.toLowerCase()) : null;
}

/** The last block index of each number (tocKey) in the document. */
function lastIndexes(infos: readonly BlockInfo[]): Map<string, number> {
  const lastSeen = new Map<string, number>();
  for (let i = 0; i < infos.length; i++) {
    const k = tocKey(infos[i] as BlockInfo);
    if (k !== null) lastSeen.set(k, i);
  }
  return lastSeen;
}

const isTocTitle = (text: string, x: BlockInfo | undefined): boolean => x !== undefined && TOC_TITLE_RE.test(text.slice(x.block.start, x.block.end));

/**
 * Runs of short numbered heading lines that recur later (or carry page numbers, or follow "TABLE OF
 * CONTENTS"). A run ends where a number repeats: that is the body starting right after the table.
 * Only a run of 3 or more numbered entries can be one, so only such a run is looked at further: the numbers of the
 * whole document are read then (once), not for every document, and a run's page numbers and title only then.
 */
function findToc(infos: readonly BlockInfo[], text: string): Set<number> {
  const toc = new Set<number>();
  let lastSeen: Map<string, number> | undefined;
  const entryAt: number[] = [];
  const entryKeys: string[] = [];
  let i = 0;
  while (i < infos.length) {
    if (!tocLike(infos[i] as BlockInfo)) {
      i++;
      continue;
    }
    let j = i;
    entryAt.length = 0;
    entryKeys.length = 0;
    const inRun = new Set<string>();
    while (j < infos.length && tocLike(infos[j] as BlockInfo)) {
      const k = tocKey(infos[j] as BlockInfo);
      if (k !== null) {
        if (inRun.has(k)) break;
        inRun.add(k);
        entryAt.push(j);
        entryKeys.push(k);
      }
      j++;
    }
    const entries = entryAt.length;
    if (entries >= 3) {
      lastSeen ??= lastIndexes(infos);
      let recurring = 0;
      let paged = 0;
      for (let e = 0; e < entries; e++) {
        const at = entryAt[e] as number;
        const info = infos[at] as BlockInfo;
        // "(a)" recurs in every list: only section and article numbers that recur point to a contents table
        if ((lastSeen.get(entryKeys[e] as string) ?? -1) > at && !isParenScheme(info.marker as Marker)) recurring++;
        if (PAGE_TAIL_RE.test(text.slice(info.block.start, info.block.end))) paged++;
      }
      if (recurring * 2 >= entries || paged * 2 >= entries || isTocTitle(text, infos[i - 1]) || isTocTitle(text, infos[i])) for (let k = i; k < j; k++) toc.add(k);
    }
    i = Math.max(j, i + 1);
  }
  return toc;
}

/** Average length of a contents entry, including any sub-entries run onto its line. */
const TOC_ENTRY_CHARS = 400;
const MAX_RESTARTS = 3;

function draftEnd(d: Draft): number {
  let end = d.ownEnd;
  for (const item of d.items) end = Math.max(end, isDraft(item) ? draftEnd(item) : item.end);
  return end;
}

function kindOf(scheme: string, depth: number): ClauseKind {
  if (scheme === 'article') return 'article';
  // a paragraph numbered in words stands beside the top-level clause's sections ('3.2', 'Paragraph One')
  if (scheme.startsWith('dec') || depth === 0 || scheme === 'paragraph') return 'section';
  return 'subclause';
}

type Mode = 'preamble' | 'body';

interface Placement {
  /** Stack length to keep; the new clause is pushed after it. */
  readonly keep: number;
  readonly reading: Reading;
  readonly sibling: boolean;
}

// place()'s tests on schemes and numbers, as plain loops: place runs for every numbered block, mostly in baseline code
// (it is not optimised within a pass over CUAD dev), where a regex match, a slice and a callback per test cost more.
/** /^dec\d$/ */
const isDecimalScheme = (scheme: string): boolean => scheme.length === 4 && scheme.startsWith('dec') && isDigit(scheme.charCodeAt(3));
/** /^(?:article|dec\d|d-Roman)$/: the schemes a number in the preamble may have. */
const isPreambleScheme = (scheme: string): boolean => scheme === 'article' || scheme === 'd-Roman' || isDecimalScheme(scheme);
/** Whether `path` is `values` without its last number (values.slice(0, -1), element by element). */
function isPrefixPath(path: readonly number[], values: readonly number[]): boolean {
  if (path.length !== values.length - 1) return false;
  for (let i = 0; i < path.length; i++) if (path[i] !== values[i]) return false;
  return true;
}
/** Whether an open draft is an article or a decimal-numbered clause. */
function hasNumberedDivision(stack: readonly Draft[]): boolean {
  for (let i = 0; i < stack.length; i++) {
    const scheme = (stack[i] as Draft).scheme;
    if (scheme?.startsWith('dec') || scheme === 'article') return true;
  }
  return false;
}
/** Whether an open draft is numbered in `scheme`. */
function hasScheme(stack: readonly Draft[], scheme: string): boolean {
  for (let i = 0; i < stack.length; i++) if ((stack[i] as Draft).scheme === scheme) return true;
  return false;
}

const CLOSERS = '.;:!?)"”]';
const DIVISION_RE = /^(?:ARTICLE|Article|CHAPTER|Chapter|PART|Part)\b/;

/**
 * Whether a heading line before a number heads what follows ('Royalties' before '3.1'), as a reader takes it: the
 * text before it is finished (a sentence closed), and it is no page header (no other block is the same line),
 * no address line or table cell (no digit, except after 'ARTICLE' or 'CHAPTER': 'Stage 2', 'Page 18', 'Version 1').
 */
function headsNext(text: string, infos: readonly BlockInfo[], pending: BlockInfo): boolean {
  const { start, end } = pending.block;
  const line = text.slice(start, end);
  if (/\d/.test(line) && !DIVISION_RE.test(line)) return false;
  // not a caption in quotes, a field ('For FMI: CEO') or a line broken after 'and' ('President and')
  if (/^["“'‘]|:/.test(line) || /\b(?:and|or|of|the|for|to|in|a|an)$/i.test(line)) return false;
  let i = infos.indexOf(pending) - 1;
  while (i >= 0 && (infos[i] as BlockInfo).block.furniture) i--;
  const before = infos[i];
  // ('Corp.' ends an address line, not a sentence)
  const last = before ? text.charAt(before.block.end - 1) : '';
  // An address's last line ('Pittsburgh, PA 15219') closes the block above as a sentence's end does.
  if (!before || (!CLOSERS.includes(last) && !endsInAddress(text, before.block)) || (last === '.' && endsWithAbbreviation(text.slice(Math.max(before.block.start, before.block.end - 40), before.block.end - 1)))) return false;
  // No other block is just this line: a heading's words may run on in the clauses ('Royalties' before '3.1 Beta shall pay
  // Alpha Royalties ...'), while a page header or a table cell repeats as a block of its own.
  for (const other of infos) {
    const b = other.block;
    if (b !== pending.block && b.end - b.start === line.length && text.startsWith(line, b.start)) return false;
  }
  return true;
}

/** An item's scheme: a letter or number in brackets or before ')' ('(iii)', '(b)', 'c)'), not a decimal section. */
const ITEM_SCHEME_RE = /^(?!dec|article|paragraph)/;

/**
 * Whether `item`, the open last item of `parent`, closed its list before a paragraph that opens a sentence at `at`:
 * it ends on a full stop and the item before it of the same scheme went on ('(ii) ...; and', '(iii) ... own
 * account.', 'The Parties intend ...'). That paragraph is `parent`'s, after its items, not a paragraph of the item.
 */
function closedListItem(text: string, parent: Draft, item: Draft, at: number): boolean {
  if (item.scheme === null || !ITEM_SCHEME_RE.test(item.scheme) || item.items.length > 0) return false;
  // '(iii) the Test Data,' / 'within thirty (30) days ...': the paragraph stands apart only where scanBlocks found the
  // item's line broken short (closesList), so the lower-case words are the leading clause's.
  const comma = text.charCodeAt(item.ownEnd - 1) === 44;
  if (comma ? !/^[a-z]/.test(text.slice(at, at + 1)) : !/^[A-Z][a-z]/.test(text.slice(at, at + 2))) return false;
  if (indentedUnderItem(text, item.start, at)) return false;
  if (!comma && (text.charCodeAt(item.ownEnd - 1) !== 46 || endsWithAbbreviation(text.slice(Math.max(item.start, item.ownEnd - 40), item.ownEnd - 1)))) return false;
  const i = parent.items.lastIndexOf(item);
  const before = i > 0 ? parent.items[i - 1] : undefined;
  if (before === undefined || !isDraft(before) || before.scheme !== item.scheme) return false;
  const end = draftEnd(before);
  const beforeEnd = text.slice(Math.max(before.start, end - 8), end);
  return ITEM_GOES_ON_RE.test(beforeEnd) || (comma && beforeEnd.endsWith(','));
}

/** A signature rule: a line of underscores, or of dots as continental forms draw it ('..........', '……………'). */
const SIGNATURE_RULE_RE = /^(?:_{10,}|\.{10,}|…{4,})/;
/** The same rule opening a later line of a block (the company's name above it, in one block). */
const SIGNATURE_RULE_LINE_RE = new RegExp(String.raw`\n[ \t]*${SIGNATURE_RULE_RE.source.slice(1)}`);

/**
 * A signature a copy or a translation describes in words, or the signatory's name field, opening a block: '[illegible
 * signature]', '[signed]', '(Sgd.)', 'Name: Ana Paula Rocha'. It stands where the signature rule would.
 */
const SIGNED_IN_WORDS_RE = /^(?:\[[^\]\n]{0,40}\b(?:signature|signed|Signature|Signed|SIGNATURE|SIGNED)\b[^\]\n]{0,40}\]|\((?:Sgd|sgd|Signed|signed)\.?\)|(?:Name|NAME)[ \t]*:)/;

/**
 * Whether block i opens a continental signature block: a place and date alone on its line (PLACE_DATE_RE), with a
 * signature rule among the next four blocks (the company's name between: 'Aarvion Medtech AG' / '______' / 'Dr. Regula
 * Baumann, CEO'), or a signature described in words or a name field where a translation or a copy has no rule
 * ('[illegible signature]', 'Name: ...'), or nothing after it but signatories' lines (onlySignatories).
 */
function placeDateSigning(text: string, infos: readonly BlockInfo[], i: number): boolean {
  const { block } = infos[i] as BlockInfo;
  if (block.end - block.start > 80 || !PLACE_DATE_RE.test(text.slice(block.start, block.end))) return false;
  for (let k = i + 1, seen = 0; k < infos.length && seen < 4; k++) {
    const b = (infos[k] as BlockInfo).block;
    if (b.furniture) continue;
    seen++;
    const opening = text.slice(b.start, Math.min(b.end, b.start + 200));
    if (SIGNATURE_RULE_RE.test(opening) || SIGNATURE_RULE_LINE_RE.test(opening) || SIGNED_IN_WORDS_RE.test(opening)) return true;
  }
  return onlySignatories(text, infos, i + 1);
}

/** 'By signing below, the parties agree ...', 'By signing in the places indicated below, ...': a signing lead-in's opening. */
const SIGNING_BELOW_RE = /^By (?:signing|executing|their signatures?)\b[^\n.;]{0,50}?\bbelow\b/;
/** A signatory's block opening: a 'By:' line (or one run on with the company's name), a conformed '/s/', 'Agreed to:'. */
const SIGNATORY_BLOCK_RE = /(?:^|[ \t\n])(?:By|BY)[ \t]*:|\/s\/|^(?:Agreed|AGREED|Accepted|ACCEPTED)(?: (?:to|and agreed|AND AGREED|TO))?(?: by)?[ \t]*:/;

/**
 * Whether block i is a signing lead-in ('By signing below, Customer agrees to the foregoing ...') that the signatories'
 * blocks follow: one of the next four opens with a 'By:' line, a conformed signature or 'Agreed to:' (the companies'
 * names may stand first, each a block where the columns lie apart), with no sentence before it. Not where an IN WITNESS paragraph follows (that opens the signatures; the lead-in's words,
 * which may still grant or appoint, stay a clause), nor where the agreement's text goes on ('By signing below, each of
 * us agrees that the complete agreement ... consists of ...', then a list of appendices).
 */
function signingBelow(text: string, infos: readonly BlockInfo[], i: number): boolean {
  const { block } = infos[i] as BlockInfo;
  if (!SIGNING_BELOW_RE.test(text.slice(block.start, Math.min(block.end, block.start + 120)))) return false;
  for (let k = i + 1, seen = 0; k < infos.length && seen < 4; k++) {
    const b = (infos[k] as BlockInfo).block;
    if (b.furniture) continue;
    seen++;
    const opening = text.slice(b.start, Math.min(b.end, b.start + 200));
    if (SIGNATURE_RE.test(opening) || isSentence(opening)) return false;
    if (SIGNATORY_BLOCK_RE.test(opening)) return true;
  }
  return false;
}

/** A line of a signatory's: a company, a name and title ('Dr. Jonas Weber, Chief Executive Officer and Managing Director'), a label ('Witnesses:'), at most this long. */
const SIGNATORY_LINE_MAX = 80;
/** Three lower-case words in a row: a sentence's words ('The Parties shall exchange ...'). */
const SENTENCE_WORDS_RE = /\p{Ll}+[ \t]+\p{Ll}+[ \t]+\p{Ll}+/u;
/** A name before a comma, each word of it capitalised ('Ana Paula Rocha, ', 'Dr. Jonas Weber, '): a title follows. */
const NAME_THEN_TITLE_RE = /^[ \t]*(?:\p{Lu}[\p{L}.'’-]*[ \t]+)*\p{Lu}[\p{L}.'’-]*,[ \t]/u;

/**
 * Whether a block holds a sentence: three lower-case words in a row on a line that is no label ('In the presence of:')
 * and no title after a name ('Ana Paula Rocha, diretora de operações e finanças', 'Carlos Mendes, Head of legal and
 * compliance'; one that ends as a sentence, '..., sign this Agreement.', is one), nor a title on a line of its own
 * ('Head of legal and compliance', isTitleLine: no mark at its end, no word that opens or carries a sentence).
 */
function isSentence(body: string): boolean {
  if (!SENTENCE_WORDS_RE.test(body)) return false;
  const lines = body.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const t = (lines[k] as string).trim();
    if (t.endsWith(':') || (NAME_THEN_TITLE_RE.test(t) && !/[.;]$/.test(t))) continue;
    // a title alone on its line ('Head of legal and compliance'), unless the next line goes on with its words
    if (isTitleLine(t) && !/^[ \t]*\p{Ll}/u.test(lines[k + 1] ?? '')) continue;
    if (SENTENCE_WORDS_RE.test(t)) return true;
  }
  return false;
}

/**
 * Whether the blocks from `from` to the text's end (or to an exhibit or schedule) are signatories' lines alone, at least
 * `min` (two: a place and date over them; one: a numbered witness) and at most thirty of them, each of at most four
 * short lines with no sentence in them: a place and date over them opens the signatures even where the pages leave
 * room to sign and draw no rule ('São Paulo, 1 March 2026.' / 'ORRIN DO BRASIL LTDA.' / 'Ana Paula Rocha' / 'Diretora' /
 * 'Witnesses:' ...; three parties with a name, a title and an identity number each, and two witnesses, are twenty).
 */
function onlySignatories(text: string, infos: readonly BlockInfo[], from: number, min = 2): boolean {
  let count = 0;
  for (let k = from; k < infos.length; k++) {
    const b = (infos[k] as BlockInfo).block;
    if (b.furniture) continue;
    const body = text.slice(b.start, b.end);
    if (SCHEDULE_RE.test(body) && count > 0) break;
    const lines = body.split('\n');
    if (++count > 30 || lines.length > 4 || lines.some((l) => l.trim().length > SIGNATORY_LINE_MAX) || isSentence(body)) return false;
  }
  return count >= min;
}

/**
 * A translator's closing after the agreement, as sworn and certified translations end ('NOTHING FURTHER. The above is
 * a true and faithful translation ...', 'I, the undersigned sworn translator, certify that the foregoing ...',
 * 'TRANSLATOR'S CERTIFICATE', 'Certificate of Translation'): the translator's words and signature, no part of the
 * last annex. (The same words before the agreement, a translator's opening, are the preamble's.)
 */
const TRANSLATOR_CLOSING_RE = /^(?:NOTHING (?:FURTHER|MORE|ELSE)\b|Nothing (?:further|more|else)[.:]|I,[^\n]{0,200}?\b(?:[Tt]ranslator|TRANSLATOR)\b|(?:TRANSLATOR['’]?S?|Translator['’]?s?) (?:CERTIFICATE|CERTIFICATION|DECLARATION|STATEMENT|[Cc]ertificate|[Cc]ertification|[Dd]eclaration|[Ss]tatement)\b|(?:CERTIFICATE|Certificate|CERTIFICATION|Certification) of (?:TRANSLATION|[Tt]ranslation)\b|(?:The|This) (?:above|foregoing|preceding) (?:text |document )?is a (?:true|faithful|complete|correct|accurate)\b[^\n]{0,60}?\btranslation\b|I (?:hereby )?certify that the (?:above|foregoing|preceding|attached)\b[^\n]{0,80}?\btranslation\b)/;

/** Builds the drafts for plain text. `forcedPreambleEnd`: index of the last preamble block when nothing else ends it. */
function buildOnce(text: string, infos: readonly BlockInfo[], toc: ReadonlySet<number>, forcedPreambleEnd: number): { roots: Draft[]; leftPreamble: boolean } {
  const roots: Draft[] = [];
  const stack: Draft[] = [];
  let container: Draft | null = null; // signature or schedule: the base under which numbering restarts
  let preamble: Draft | null = null;
  let mode: Mode = 'preamble';
  let leftPreamble = false;
  let sawBody = false;
  let sawSignature = false;
  let agreeSeen = false;
  let partyList = 0; // after 'THE UNDERSIGNED:' or 'between:' in the preamble: the next party's number (0: no list)
  let lastPara: Para | null = null;
  let lastDraft: Draft | null = null; // the clause whose own text was written last (for weak merges)
  let pending: BlockInfo | null = null; // a heading line waiting for its body
  // The labels of a list of exhibits ("LIST OF EXHIBITS", then "Exhibit A    Patents", ...) read so far, while in one.
  let annexList: Set<string> | null = null;

  const target = (): Draft | null => stack[stack.length - 1] ?? container ?? (mode === 'preamble' ? preamble : null);
  // The document's first block (page furniture aside): a numbered clause there opens an excerpt, whatever its number.
  let firstBlock = 0;
  while (firstBlock < infos.length && (infos[firstBlock] as BlockInfo).block.furniture) firstBlock++;

  const addPara = (start: number, end: number, given: string | null): void => {
    const heading = given ?? (mode === 'body' ? runInHeading(text, start, end) : null);
    if (mode === 'preamble' && !preamble) {
      preamble = newDraft('preamble', start, start, 'all');
      roots.push(preamble);
    }
    // the sentence after a list its last item closed is the words of the clause that led into the list
    if (stack.length > 1 && closedListItem(text, stack[stack.length - 2] as Draft, stack[stack.length - 1] as Draft, start)) stack.pop();
    const t = target();
    const para: Para = { start, end, heading };
    if (t) {
      t.items.push(para);
      lastPara = para;
      lastDraft = null;
    } else {
      const d = newDraft('clause', start, end);
      d.heading = heading;
      roots.push(d);
      lastPara = null;
      lastDraft = d;
    }
  };
  const flushPending = (): void => {
    if (pending) addPara(pending.block.start, pending.block.end, pending.heading);
    pending = null;
  };
  const extendLast = (end: number): void => {
    if (lastPara) lastPara.end = end;
    else if (lastDraft) lastDraft.ownEnd = end;
  };
  const startContainer = (kind: 'signature' | 'schedule', info: BlockInfo): Draft => {
    flushPending();
    stack.length = 0;
    const d = newDraft(kind, info.block.start, info.block.end, kind === 'signature' ? 'never' : 'auto');
    roots.push(d);
    container = d;
    mode = 'body';
    leftPreamble = true;
    lastPara = null;
    lastDraft = d;
    return d;
  };

  /**
   * "ARTICLE I" again after "ARTICLE XIV": when everything numbered so far is short (a table of contents the
   * TOC pass did not see, e.g. one written on run-on lines), it becomes preamble text and numbering restarts.
   */
  let restarts = 0;
  const restartAfterToc = (marker: Marker): boolean => {
    const top = stack[0];
    if (restarts >= MAX_RESTARTS) return false; // keeps documents of repeated "ARTICLE I" lines linear
    if (!top || container || !marker.readings.some((r) => r.scheme === top.scheme && isFirst(r.values, null))) return false;
    // the run must follow the front matter directly and look like a list of entries (2 or more)
    const firstNumbered = preamble ? roots.indexOf(preamble) + 1 : 0;
    const demoted = roots.slice(firstNumbered);
    if (demoted.length < 2 || demoted.some((d) => d.scheme === null)) return false;
    const end = draftEnd(demoted[demoted.length - 1] as Draft);
    const start = (demoted[0] as Draft).start;
    if ((end - start) / demoted.length > TOC_ENTRY_CHARS) return false;
    restarts++;
    roots.length = firstNumbered;
    stack.length = 0;
    if (!preamble) {
      preamble = newDraft('preamble', start, start, 'all');
      roots.push(preamble);
    }
    const para: Para = { start, end, heading: null };
    (preamble as Draft).items.push(para);
    lastPara = para;
    lastDraft = null;
    return true;
  };

  /**
   * Where in the stack the innermost article stands when its own first paragraph is unnumbered text (its opening block
   * has a body, or a paragraph comes before any numbered part) and none of its parts is a decimal paragraph; -1 if not.
   */
  const secondParagraphOf = (open: readonly Draft[]): number => {
    for (let k = open.length - 1; k >= 0; k--) {
      const d = open[k] as Draft;
      if (d.scheme !== 'article') continue;
      const first = d.items[0];
      const opens = d.bodyStart !== null || (first !== undefined && !isDraft(first));
      return opens && !d.items.some((x) => isDraft(x) && x.scheme === 'dec1') ? k : -1;
    }
    return -1;
  };

  const numericPath = (d: Draft): readonly number[] | null => (d.scheme === 'article' || d.scheme?.startsWith('dec') ? d.values : null);

  // A text whose first section is not '1.' (an extract, or a document that starts at '2.' after a cover page's '1.'):
  // a headed '2.' opens the numbering when its first subsection '2.1' follows within the next few numbered blocks.
  // The last block that a '1.' could open the numbering at (-1 for none), found once, when first asked.
  let lastOne = -2;
  const opensChapters = (index: number, n: number): boolean => {
    if (n < 2 || n > 30) return false;
    if (lastOne === -2) {
      lastOne = -1;
      // No '1.' among the signatories' lines or after the signatures open: a numbered witness ('1. Marcos Silva') or a
      // schedule's own '1.' starts no numbering of the agreement's.
      let signed = infos.length;
      for (let j = 0; j < infos.length && signed === infos.length; j++) {
        const b = (infos[j] as BlockInfo).block;
        if (!b.furniture && SIGNATURE_RE.test(text.slice(b.start, Math.min(b.end, b.start + 200)))) signed = j;
      }
      for (let j = signed - 1; j >= 0 && lastOne < 0; j--) {
        const m = (infos[j] as BlockInfo).marker;
        if (m && m.readings.some((r) => r.scheme === 'dec1' && r.values[0] === 1) && !onlySignatories(text, infos, j, 1)) lastOne = j;
      }
    }
    // A '1.' after it: the numbering starts there ('19. ... 19.1' in a cover note or a list of contents comes first).
    if (lastOne > index) return false;
    for (let j = index + 1, seen = 0; j < infos.length && seen < 3; j++) {
      const m = (infos[j] as BlockInfo).marker;
      if (!m) continue;
      seen++;
      for (const r of m.readings) if (r.scheme === 'dec2' && r.values[0] === n && r.values[1] === 1) return true;
    }
    return false;
  };

  const place = (marker: Marker, index: number, weak: boolean, hasHeading: boolean): Placement | null => {
    const gap = weak ? 1 : marker.keyword || hasHeading ? 3 : 2;
    // A clause copied out of an agreement to be checked alone ('Article 21 (Confidentiality) Each Party shall ...',
    // 'Section 12.3 Audit. ...') opens the document with its own number, not 1: named as a clause (a keyword) or headed,
    // it is a clause there. Read as a first number only, the whole excerpt was a preamble.
    const excerpt = index === firstBlock && (marker.keyword || hasHeading);
    const options: Placement[] = [];
    const readings = marker.readings;
    for (let r = 0; r < readings.length; r++) {
      const reading = readings[r] as Reading;
      const values = reading.values;
      if (mode === 'preamble' && !isPreambleScheme(reading.scheme)) continue;
      if (reading.scheme === 'n-list' && weak) continue;
      let sibling: Placement | null = null;
      for (let k = stack.length - 1; k >= 0; k--) {
        const d = stack[k] as Draft;
        if (d.scheme !== reading.scheme) continue;
        if (isSuccessor(d.values ?? [], values, gap)) {
          // "4.1" after "3.3" when no "4." was seen: it does not belong under "3." but beside it
          let keep = k;
          while (keep > 0) {
            const parentPath = numericPath(stack[keep - 1] as Draft);
            // a parent numbered like the prefix is where the number belongs; another of that length is a sibling's
            if (!parentPath || parentPath.length !== values.length - 1 || isPrefixPath(parentPath, values)) break;
            keep--;
          }
          sibling = { keep, reading, sibling: true };
        }
        break;
      }
      if (sibling) {
        options.push(sibling);
        continue;
      }
      // "6. TERMS OF PAYMENT" after "5.4" when the "5." line is missing (lost in extraction): a headed
      // chapter number continues the chapter of the open top-level subsections. So does an article's ("ARTICLE III"
      // after "2.02" when "ARTICLE II" could not be read: 'ARTICLE I1', a misread letter).
      const chapter = stack[0];
      if ((reading.scheme === 'dec1' || reading.scheme === 'article') && (hasHeading || marker.keyword) && chapter?.scheme?.startsWith('dec') && chapter.values && chapter.values.length > 1 && isSuccessor([chapter.values[0] as number], values, gap)) {
        options.push({ keep: 0, reading, sibling: true });
        continue;
      }
      // A first child: decimals go under the clause numbered like their prefix, other schemes under the top.
      if (isDecimalScheme(reading.scheme) && values.length > 1) {
        let keep = -1;
        for (let k = stack.length - 1; k >= 0; k--) {
          const p = numericPath(stack[k] as Draft);
          if (p && isPrefixPath(p, values)) {
            keep = k + 1;
            break;
          }
        }
        if (keep >= 0 && isFirst(values, values.slice(0, -1))) options.push({ keep, reading, sibling: false });
        else if (keep < 0 && !hasNumberedDivision(stack) && (isFirst(values, null) || excerpt)) {
          options.push({ keep: stack.length, reading, sibling: false });
        }
      } else if (reading.scheme === 'dec1' && values[0] === 2 && !hasScheme(stack, 'dec1') && secondParagraphOf(stack) >= 0) {
        // Japanese and Korean drafting (and its translations) leave an article's first paragraph unnumbered and number
        // the next "2.", "3.": a "2." under an article that opens with a paragraph of its own is the article's second
        // paragraph, and closes the items ("(1)", "(2)") of the first.
        options.push({ keep: secondParagraphOf(stack) + 1, reading, sibling: false });
      } else if (!hasScheme(stack, reading.scheme) && (isFirst(values, null) || excerpt || (reading.scheme === 'dec1' && hasHeading && opensChapters(index, values[0] as number)))) {
        // articles are always top-level divisions, never under a numbered recital or list item; a paragraph numbered in
        // words ('Sole paragraph.', 'Paragraph One.') is the top-level clause's, after its sections ('3.1', '3.2')
        options.push({ keep: reading.scheme === 'article' ? 0 : reading.scheme === 'paragraph' ? Math.min(stack.length, 1) : stack.length, reading, sibling: false });
      }
    }
    if (options.length <= 1) return options[0] ?? null;
    // "(i)" after "(h)" is a letter unless "(ii)" follows soon; otherwise prefer continuing a sequence.
    const roman = options.find((o) => /roman/i.test(o.reading.scheme));
    if (roman && !roman.sibling && roman.reading.values[0] === 1) {
      for (let j = index + 1; j < Math.min(infos.length, index + 40); j++) {
        const m = (infos[j] as BlockInfo).marker;
        if (!m) continue;
        if (m.readings.some((r) => r.scheme === roman.reading.scheme && r.values[0] === 2)) return roman;
        if (m.readings.some((r) => r.scheme !== roman.reading.scheme && r.scheme.slice(0, 2) === roman.reading.scheme.slice(0, 2))) break;
      }
    }
    const siblings = options.filter((o) => o.sibling);
    if (siblings.length > 1) {
      // "2." continues both a section "1." and a list "1." inside it: a headed number is the section,
      // an unheaded one the innermost list
      const byDepth = [...siblings].sort((a, b) => a.keep - b.keep);
      return (hasHeading ? byDepth[0] : byDepth[byDepth.length - 1]) as Placement;
    }
    return siblings[0] ?? (options[0] as Placement);
  };

  for (let i = 0; i < infos.length; i++) {
    const info = infos[i] as BlockInfo;
    const { block } = info;
    if (block.furniture) continue;
    // signature, schedule and "agree as follows" cues sit at the start; long blocks are not copied whole
    const body = text.slice(block.start, mode === 'preamble' ? block.end : Math.min(block.end, block.start + 200));

    if (mode === 'preamble' && (i > forcedPreambleEnd || (agreeSeen && !toc.has(i)))) {
      flushPending();
      mode = 'body';
      leftPreamble = true;
    }
    if (toc.has(i)) {
      // The table of contents stays one paragraph of whatever precedes it.
      if (toc.has(i - 1) && (lastPara || lastDraft)) extendLast(block.end);
      else {
        flushPending();
        addPara(block.start, block.end, null);
      }
      continue;
    }
    // The parties numbered after 'THE UNDERSIGNED:' or 'between:' ('1. Veldhoven Lithography Components B.V., ...',
    // 'and', '2. Kestrel Optronics Oy, ...') are the preamble's, not its first sections: the recitals after them were
    // read as paragraphs of '2'. The list ends at a longer paragraph without a number, 'agree as follows', or another
    // number ('1. Licence' after '2.').
    if (partyList > 0) {
      const first = info.marker?.readings[0];
      if (first && first.scheme === 'dec1' && first.values[0] === partyList && !info.marker?.keyword) {
        partyList++;
        flushPending();
        addPara(block.start, block.end, null);
        continue;
      }
      if (info.marker || block.end - block.start > PARTY_LINK_MAX || AGREE_RE.test(body)) partyList = 0;
    }
    if (mode === 'preamble' && !info.marker && PARTIES_LEAD_RE.test(body.trim())) partyList = 1;
    if (SIGNATURE_RE.test(body) || (SIGNATURE_LINE_RE.test(body) && sawBody && !sawSignature && !container) || (sawBody && TRANSLATOR_CLOSING_RE.test(body)) || (sawBody && (container as Draft | null)?.kind !== 'signature' && (placeDateSigning(text, infos, i) || signingBelow(text, infos, i)))) {
      startContainer('signature', info);
      sawSignature = true;
      continue;
    }
    // A list of exhibits under its title names the exhibits; it does not start them. Its entries run until a block that
    // is no exhibit line, or a label the list already gave (the first exhibit itself: "EXHIBIT A" after "Exhibit D").
    if (annexList !== null) {
      const label = block.end - block.start <= 150 && !info.marker ? SCHEDULE_RE.exec(body)?.[0].replace(/\s+/g, ' ').toLowerCase() : undefined;
      if (label === undefined || annexList.has(label)) annexList = null;
      else {
        annexList.add(label);
        flushPending();
        addPara(block.start, block.end, null);
        continue;
      }
    }
    if (ANNEX_LIST_TITLE_RE.test(body) && block.end - block.start <= 60) {
      annexList = new Set();
      // After the signatures, a list of exhibits is no part of the signature block: it heads what follows them, as
      // the exhibits it names do (its entries are its text; the first exhibit starts a schedule).
      if ((container as Draft | null)?.kind === 'signature') {
        flushPending();
        stack.length = 0;
        container = null;
        const d = newDraft('clause', block.start, block.end, 'never');
        d.heading = cleanHeading(body) || null;
        roots.push(d);
        stack.push(d);
        lastPara = null;
        lastDraft = d;
        continue;
      }
    }
    // After the signature any exhibit heading starts a schedule; before it only an ALL-CAPS one does
    // ("Attachment 1: ..." in a list of attachments is not where the attachments begin), or one whose label the body
    // has referred to, with its title ("Annex 1 Licensed patents" after "listed in Part A of Annex 1").
    // A referred label may carry its annex's content after a colon ("Annex 1: DE 10 2019 000 123 B4; EP 3 701 228 B1."),
    // on a line of its own that may be longer than a title.
    if (!info.marker && block.end - block.start <= INLINE_ANNEX_MAX && SCHEDULE_RE.test(body)) {
      const line = text.slice(block.start, block.end); // body is cut at 200 characters
      const rest = line.replace(SCHEDULE_RE, '');
      const { heading, headingOnly } = readHeading(rest, false);
      // The annex after the one open has its content on its line ('Annex 2: FR 3 081 442 B1') or a title.
      const following = nextAnnex(container, line) ? (INLINE_ANNEX_RE.test(rest) ? 'inline' : 'titled') : null;
      const annex =
        headingOnly && line.length <= 150 && (sawSignature || (sawBody && SCHEDULE_CAPS_RE.test(line)) || following === 'titled')
          ? 'titled'
          : sawBody
            ? (referredAnnex(text, block.start, line, rest, headingOnly) ?? (following === 'inline' ? 'inline' : null))
            : null;
      if (annex !== null) {
        const titled = annex === 'titled';
        const d = startContainer('schedule', info);
        // the label as written (spaces kept), without trailing punctuation
        d.number = line.slice(0, line.length - rest.length).replace(/[\s.:\-–—]+$/, '') || null;
        d.heading = titled ? heading : null;
        const nextInfo = infos[i + 1];
        if (titled && !heading && nextInfo && nextInfo.headingLine && !nextInfo.marker) {
          d.heading = nextInfo.heading;
          d.ownEnd = nextInfo.block.end;
          i++;
        }
        continue;
      }
    }

    let placement = info.marker ? place(info.marker, i, block.boundary === 'weak', info.heading !== null) : null;
    if (!placement && info.marker && block.boundary !== 'weak' && restartAfterToc(info.marker)) {
      placement = place(info.marker, i, false, info.heading !== null);
    }
    if (!placement || !info.marker) {
      if (block.boundary === 'weak' && pending) {
        // The "heading line" was the start of a run-on paragraph after all.
        const p: BlockInfo = pending;
        pending = null;
        addPara(p.block.start, block.end, null);
        continue;
      }
      if (block.boundary === 'weak' && (lastPara || lastDraft)) {
        extendLast(block.end);
        continue;
      }
      if (pending) {
        const p: BlockInfo = pending;
        pending = null;
        if (info.headingLine) addPara(p.block.start, p.block.end, p.heading);
        else {
          addPara(p.block.start, block.end, p.heading);
          if (mode === 'preamble' && AGREE_RE.test(body)) agreeSeen = true;
          continue;
        }
      }
      if (info.headingLine && mode === 'body') pending = info;
      else addPara(block.start, block.end, info.headingLine ? info.heading : null);
      if (mode === 'preamble' && AGREE_RE.test(body)) agreeSeen = true;
      continue;
    }

    const { reading, keep } = placement;
    // A heading line just before a number heads what follows, not the clause the number closes ('Royalties' on its
    // own line between '2.2 ...' and '3.1 ...'): a wrapped last line of that clause is no heading line (it would be a
    // weak block, joined above).
    // It heads a number without a heading of its own, or stands for a chapter line that is missing.
    const values = reading.values;
    const keptPath = keep > 0 ? numericPath(stack[keep - 1] as Draft) : null;
    const chapterMissing = isDecimalScheme(reading.scheme) && values.length > 1 && !(keptPath && isPrefixPath(keptPath, values));
    const heading: BlockInfo | null = keep < stack.length && pending && (info.heading === null || chapterMissing) && headsNext(text, infos, pending) ? pending : null;
    if (!heading) flushPending();
    pending = null;
    stack.length = keep;
    // a new top-level division after a signature block starts a new part of the document (e.g. general
    // conditions after the signed specific conditions); schedules keep their own numbering
    // (not a numbered witness, '1. Marcos Silva' / 'CPF 123.456.789-00', with nothing after it but signatories' lines)
    if (keep === 0 && (container as Draft | null)?.kind === 'signature' && (info.marker.keyword || (info.heading !== null && !onlySignatories(text, infos, i, 1)))) container = null;
    let parent = stack[stack.length - 1] ?? container;
    // "ARTICLE 40" with "Responsibilities of Party A" on the next line keeps that heading: the line before
    // ("CHAPTER 7 ...") is a paragraph of its own before it. A page break may come between them ("ARTICLE VIII", the
    // page number and running header, then "TERMINATION" on the next page): the heading is the next line that is not
    // page furniture.
    let next = i + 1;
    while (next < infos.length && (infos[next] as BlockInfo).block.furniture) next++;
    const nextInfo = infos[next];
    const headingNext = info.headingOnly && !info.heading && nextInfo !== undefined && nextInfo.headingLine && !toc.has(next);
    if (heading && !chapterMissing && headingNext) addPara(heading.block.start, heading.block.end, heading.heading);
    const headsIt = heading !== null && !chapterMissing && !headingNext;
    if (heading && chapterMissing) {
      // '3.1 Running Royalty' with no '3.' line: the heading line stands for the missing chapter, numbered like the
      // prefix so that '3.2' goes under it and '4.' beside it.
      const g = newDraft(kindOf(reading.scheme, stack.length + (container ? 1 : 0)), heading.block.start, heading.block.end);
      g.heading = heading.heading;
      g.scheme = `dec${values.length - 1}`;
      g.values = values.slice(0, -1);
      if (parent) parent.items.push(g);
      else roots.push(g);
      stack.push(g);
      parent = g;
    }
    const d = newDraft(kindOf(reading.scheme, stack.length + (container ? 1 : 0)), headsIt ? (heading as BlockInfo).block.start : block.start, block.end);
    d.number = info.marker.raw;
    d.heading = info.heading ?? (headsIt ? (heading as BlockInfo).heading : null);
    d.scheme = reading.scheme;
    d.values = reading.values;
    d.bodyStart = info.bodyStart < block.end ? info.bodyStart : null;
    // "ARTICLE I" on one line, "DEFINITIONS" on the next.
    if (headingNext) {
      d.heading = nextInfo.heading;
      d.ownEnd = nextInfo.block.end;
      i = next;
    }
    if (parent) parent.items.push(d);
    else roots.push(d);
    stack.push(d);
    mode = 'body';
    leftPreamble = true;
    sawBody = true;
    lastPara = null;
    lastDraft = d;
  }
  flushPending();
  return { roots, leftPreamble };
}

/** A text that is only "furniture" (a lone "x" or "12") is still text: one clause, so nothing is dropped. */
function wholeText(text: string): Draft[] {
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return start < end ? [newDraft('clause', start, end)] : [];
}

/** Plain text -> top-level clause drafts. */
/**
 * A line of a postal address: a street number before a capitalised word ('14 Harbour Road', '1200 Main Street,'), a
 * post-office box or suite, or a line ending in a postcode ('Sheffield S1 4FW', 'Springfield, IL 62701', 'M5V 3L9').
 */
const ADDRESS_LINE_RE = /^(?:\d{1,5}[A-Za-z]?(?:[-–]\d{1,5})?,?[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*(?:[ \t]+(?:Road|Rd|Street|St|Lane|Avenue|Ave|Drive|Dr|Way|Place|Square|Boulevard|Blvd|Court|Park|Parkway|Row|Close|Hill|Strasse|Straße|Weg)\b)|(?:P\.?[ \t]?O\.?[ \t]+Box|Suite|Floor)\b)|(?:\b[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|\b[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?|\b[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)$/;
/** The longest line of an address block. */
const ADDRESS_BLOCK_LINE = 70;

/** Whether the last line of `block` is a line of a postal address. */
function endsInAddress(text: string, block: Block): boolean {
  const from = Math.max(block.start, text.lastIndexOf('\n', block.end - 1) + 1);
  return block.end - from <= ADDRESS_BLOCK_LINE && ADDRESS_LINE_RE.test(text.slice(from, block.end).trim());
}

/** Whether only white space with one line break stands between `end` and `start` (the next line, no blank line). */
function nextLine(text: string, end: number, start: number): boolean {
  const gap = text.slice(end, start);
  return /^[ \t]*\r?\n[ \t]*$/.test(gap) || /^[ \t]*\r[ \t]*$/.test(gap);
}

/**
 * A letter's addresses ('VERITY SENSORS LTD' / '14 Harbour Road, Southampton SO14 2AQ', 'Dr Adaeze Okafor' / 'Chief
 * Technology Officer' / 'Castellan Robotics Ltd' / '9 Mill Lane, Sheffield S1 4FW') and a notice clause's are lines
 * set one under the other with no blank line between; a name, a title or a company among them reads as a heading
 * line, and each line after one was a block of its own. A run of such short unnumbered lines that holds an address
 * line (ADDRESS_LINE_RE) is one block with no heading: the text's own when it follows a block on the next line ('Notices
 * to Castellan go to:' / 'Legal Department' / 'Castellan Robotics Ltd' / ...), else a block of its own.
 */
function mergeAddressBlocks(text: string, infos: BlockInfo[]): BlockInfo[] {
  // ('14 Harbour Road' opens with what may be a clause number: an address line is one whatever)
  const address = (b: BlockInfo): boolean => b.block.end - b.block.start <= ADDRESS_BLOCK_LINE && ADDRESS_LINE_RE.test(text.slice(b.block.start, b.block.end));
  const inRun = (b: BlockInfo): boolean => !b.block.furniture && b.block.end - b.block.start <= ADDRESS_BLOCK_LINE && (b.marker === null || address(b));
  const out: BlockInfo[] = [];
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i] as BlockInfo;
    if (info.block.furniture || !address(info)) {
      out.push(info);
      continue;
    }
    // the run of short unnumbered lines around it, each on the line after the one before (those before it are in `out`)
    let from = out.length;
    while (from > 0 && inRun(out[from - 1] as BlockInfo) && nextLine(text, (out[from - 1] as BlockInfo).block.end, (from === out.length ? info : (out[from] as BlockInfo)).block.start)) from--;
    let to = i;
    while (to + 1 < infos.length && inRun(infos[to + 1] as BlockInfo) && nextLine(text, (infos[to] as BlockInfo).block.end, (infos[to + 1] as BlockInfo).block.start)) to++;
    const start = from < out.length ? (out[from] as BlockInfo).block.start : info.block.start;
    const end = (infos[to] as BlockInfo).block.end;
    const before = from > 0 ? (out[from - 1] as BlockInfo) : undefined;
    out.length = from;
    if (before && !before.block.furniture && nextLine(text, before.block.end, start)) {
      // the lines go on with the block above them: its number and heading stay, its body now holds the address
      out[from - 1] = { ...before, block: { ...before.block, end }, headingOnly: false, bodyStart: before.headingOnly ? start : before.bodyStart };
    } else {
      out.push({ block: { start, end, boundary: (infos[i] as BlockInfo).block.boundary, furniture: false }, marker: null, heading: null, headingOnly: false, headingLine: false, bodyStart: start });
    }
    i = to;
  }
  return out;
}

/** How many clause numbers alone in a row make a column of them, set apart from their text. */
const NUMBER_COLUMN_MIN = 3;

/**
 * Clause numbers extracted as a column apart from their text ('1.' / '2.' / '2.1' / '2.2' / '3.' ..., then the page's
 * paragraphs with no numbers; a converter read a table's or a text box's first column first): three or more blocks in a
 * row that are each a number and nothing else number nothing. They stay text where they are, so the paragraphs after
 * them are read by their own headings, not all as the last number's.
 */
function dropNumberColumns(text: string, infos: BlockInfo[]): BlockInfo[] {
  // no words after the number: looked for from the number on, the first character that is not white space ends it
  const bare = (info: BlockInfo): boolean => {
    if (info.marker === null || info.heading !== null || info.marker.keyword) return false;
    for (let k = info.marker.end; k < info.block.end; k++) if (!isBlankChar(text.charCodeAt(k))) return false;
    return true;
  };
  for (let i = 0; i < infos.length; ) {
    if (!bare(infos[i] as BlockInfo)) {
      i++;
      continue;
    }
    let j = i;
    while (j < infos.length && ((infos[j] as BlockInfo).block.furniture || bare(infos[j] as BlockInfo))) j++;
    let count = 0;
    for (let k = i; k < j; k++) if (!(infos[k] as BlockInfo).block.furniture) count++;
    if (count >= NUMBER_COLUMN_MIN) {
      for (let k = i; k < j; k++) {
        const info = infos[k] as BlockInfo;
        if (!info.block.furniture) infos[k] = { block: info.block, marker: null, heading: null, headingOnly: false, headingLine: false, bodyStart: info.block.start };
      }
    }
    i = j;
  }
  return infos;
}

export function textDrafts(text: string): Draft[] {
  const blocks = splitRunInChildren(text, mergeContinuations(text, markFootnotes(text, markRunningHeaders(text, scanBlocks(text)))));
  const analysed: BlockInfo[] = [];
  for (let i = 0; i < blocks.length; i++) analysed.push(analyse(text, blocks[i] as Block));
  const infos = dropNumberColumns(text, mergeAddressBlocks(text, analysed));
  const toc = findToc(infos, text);
  const first = buildOnce(text, infos, toc, Number.POSITIVE_INFINITY);
  if (first.roots.length === 0) return wholeText(text);
  if (first.leftPreamble) return first.roots;
  // Nothing numbered and no "agree as follows": the preamble is the title and the parties paragraph.
  let end = -1;
  let seen = 0;
  for (let i = 0; i < infos.length && seen < 4; i++) {
    const b = (infos[i] as BlockInfo).block;
    if (b.furniture) continue;
    seen++;
    end = i;
    if (PARTIES_RE.test(text.slice(b.start, b.end))) break;
  }
  return buildOnce(text, infos, toc, end).roots;
}

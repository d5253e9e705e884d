// The lines a page carries besides its text (page numbers, footers, a scanner's stamps). Read by the
// ingest stage (dehyphenate.ts mends a word broken across a page) and by the clause tree, facts and rules (through
// clauses/blocks.ts), so it lives at the lowest of them: ingest.
import { caseInsensitive } from '../model/case-spelt.js';

// Page furniture: "Page 3 of 12", "- 12 -", "12", "ii", "Source: ACME INC, 8-K, 3/4/2019" (also after its page's number
// and a gap, as EDGAR lays out a page's foot: "2   Source: ACME INC, 10-Q, 11/1/2019"), EDGAR's page tag "<PAGE>".
export const FURNITURE_RE = /^(?:(?:Page|PAGE)\s+\d{1,4}(?:\s+(?:of|OF)\s+\d{1,4})?(?:\s{2,}\S.{0,40})?|[-–—]?\s*\d{1,4}\s*[-–—]?|[ivxlIVXL]{1,6}|(?:(?:[-–—][ \t]?)?(?:\d{1,4}|[ivxlIVXL]{1,6})(?:[ \t]?[-–—])?[ \t]{2,})?Source:\s.{0,200}\d{4}|<PAGE>)$/;

// A page footer with a label before its page number ("IBM and MSL Confidential Page 3 of 7", "CONFIDENTIAL Page 4 of
// 6", "TruckThat LLC Consulting Agreement Page 5 of 7"), a line of its own; not a sentence that ends on a page
// ("... as set out on Page 3 of 5").
const LABELLED_PAGE_RE = /^\S.{0,60}?(?<!\b(?:on|at|in|see|to|of|from|and|under|by|with))[ \t]+(?:Page|PAGE)[ \t]+(\d{1,4})[ \t]+(?:of|OF)[ \t]+(\d{1,4})$/;

/**
 * What LABELLED_PAGE_RE's page numbers are read from when it does not match: page 1 of 0, never a footer. A match
 * array of its own kind (the same shape as LABELLED_PAGE_RE's), so that the page numbers are read on every line tried:
 * read only after a match, the reads had no type feedback after warm-up text without a labelled footer, and the first
 * document with one threw away the optimised scanBlocks they are inlined into (46 ms of recompiling per fresh pass).
 */
const NO_LABELLED_PAGE = /^(1) (0)$/.exec('1 0') as RegExpExecArray;

// A page footer laid out in cells, as `pdftotext -layout` keeps it: "Page N of M" in one cell, beside at most three short
// cells (a document id, "Confidential", an initials box), each set apart by a tab or three or more spaces
// ("US-DOCS\1234567.3      Page 4 of 15      Initials: ____ / ____"). The cells are what a footer holds; a sentence
// that mentions a page ("... on Page 3 of 5 of Exhibit A") has no such gaps around it.
const CELL_PAGE_RE = /(?:^|\t|[ \t]{3,})(?:Page|PAGE)[ \t]+(\d{1,4})[ \t]+(?:of|OF)[ \t]+(\d{1,4})(?=\t|[ \t]{3,}|$)/;
const CELL_GAP_RE = /\t|[ \t]{3,}/;
const FOOTER_CELL_MAX = 45;

/** A footer of cells around "Page N of M" (CELL_PAGE_RE), its page number at most its page count. */
function isCellFooter(line: string): boolean {
  if (line.length > 140 || (!line.includes('age ') && !line.includes('AGE '))) return false;
  const m = CELL_PAGE_RE.exec(line);
  if (m === null || Number(m[1]) > Number(m[2])) return false;
  const cells = line.split(CELL_GAP_RE).filter((c) => c.trim() !== '');
  return cells.length <= 4 && cells.every((c) => c.trim().length <= FOOTER_CELL_MAX);
}

// What a scanned page carries besides its text: a Bates number stamped for production ("VMC-0041203", "ABC 0001234",
// "KTC_00012345"), an initials line ("Initials:  JRM  ___   /   ___  TK", "INITIALS: ____ / ____"), and a stamp line of
// cells set apart by a tab or three or more spaces that holds a Bates number beside a "CONFIDENTIAL"-style legend
// ("CONFIDENTIAL          VMC-0041203"). A Bates number is capitals, a separator at most, and five to ten digits,
// alone in its cell; a sentence never is. Its digits are zero-padded to a fixed width, so they start with '0': a
// patent number ("US 5123456", "EP 1234567", "US5402118", a schedule's list or columns of them), a standard ("ISO
// 14001", "IEC 62368") or a contract number ("CW255039") never does, and is text, not furniture.
const BATES_CELL_RE = /^[A-Z][A-Z0-9]{1,9}(?:[-_ ][A-Z]{1,6})?[-_ ]?(?<!\d)0\d{4,9}$/;
const STAMP_CELL_RE = /^(?:(?:HIGHLY[ \t]+)?CONFIDENTIAL|PRIVILEGED(?:[ \t]+(?:&|AND)[ \t]+CONFIDENTIAL)?|ATTORNEYS['’]?[ \t]+EYES[ \t]+ONLY|EXECUTION[ \t]+(?:COPY|VERSION)|Execution[ \t]+(?:Copy|Version)|Confidential)$/;
const INITIALS_LINE_RE = /^(?:Initials|INITIALS)(?:[ \t]*:)?(?:[ \t]+(?:[A-Z]{1,4}|[A-Z]\.(?:[A-Z]\.){0,3}|_{2,}|\/))*$/;

// A note in brackets that the parties initial every page, a line of its own at a page's or an annex's foot, as the
// sworn translations of continental agreements render the initials in the margin ('[Initials of the Parties on every
// page]', '(Initialled by the parties on each page)', '[Rubrics of the parties]'). Read as text, it was the last
// words of the annex's last item. A bracketed line that only mentions initials in passing is longer than this.
const BRACKETED_INITIALS_RE = /^[[(][^\])]{0,60}\b(?:[Ii]nitials|INITIALS|[Ii]nitial{1,2}ed|INITIAL{1,2}ED|[Rr]ubrics|RUBRICS)\b[^\])]{0,60}[\])]$/;

/** A Bates stamp line, alone or beside legend cells, or an initials line (see BATES_CELL_RE, BRACKETED_INITIALS_RE). */
function isStampLine(line: string): boolean {
  if (INITIALS_LINE_RE.test(line)) return true;
  const open = line.charCodeAt(0);
  if ((open === 91 || open === 40) && BRACKETED_INITIALS_RE.test(line)) return true;
  if (line.length > 120) return false;
  const c = line.charCodeAt(line.length - 1);
  if (c < 48 || c > 57) return false;
  const cells = line.split(CELL_GAP_RE).map((x) => x.trim()).filter((x) => x !== '');
  return cells.length <= 3 && cells.some((x) => BATES_CELL_RE.test(x)) && cells.every((x) => BATES_CELL_RE.test(x) || STAMP_CELL_RE.test(x));
}

/**
 * FURNITURE_RE, a labelled page footer (LABELLED_PAGE_RE, its page number at most its page count), one laid out in
 * cells, or a scanner's stamp line (isStampLine).
 */
export function isFurnitureLine(line: string): boolean {
  if (FURNITURE_RE.test(line)) return true;
  if (isCellFooter(line)) return true;
  if (isStampLine(line)) return true;
  const c = line.charCodeAt(line.length - 1);
  if (c < 48 || c > 57 || line.length > 90) return false;
  const m = LABELLED_PAGE_RE.exec(line) ?? NO_LABELLED_PAGE;
  return Number(m[1]) <= Number(m[2]);
}

// A stamp at the top of a document, on lines of its own before the title: "CONFIDENTIAL", "STRICTLY CONFIDENTIAL",
// "PRIVILEGED & CONFIDENTIAL", "EXECUTION VERSION", "DRAFT — SUBJECT TO CONTRACT", "Draft 3/4/2021 – for discussion
// purposes only", "[Execution Copy]", "**CONFIDENTIAL**". One or more such legends a line, joined by a dash, comma,
// semicolon or slash; emphasis, brackets or a Markdown heading mark around them.
const STAMP_WORDS = String.raw`(?:(?:strictly|highly)\s+)?confidential(?:\s+(?:&|and)\s+privileged)?|privileged\s+(?:&|and)\s+confidential|execution\s+(?:copy|version)|final\s+(?:execution\s+)?(?:form|version|copy)|draft(?:\s+(?:no\.?\s*)?\d{1,2})?(?:\s+(?:of\s+)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?|subject\s+to\s+contract|for\s+discussion(?:\s+purposes)?\s+only|without\s+prejudice|attorneys['’]?\s+eyes\s+only|not\s+for\s+distribution`;
const TOP_STAMP_RE = caseInsensitive(String.raw`^[ \t]*(?:#{1,6}[ \t]+)?[\[(*_]*[ \t]*(?:${STAMP_WORDS})(?:[ \t]*[-–—,;/:][ \t]*(?:${STAMP_WORDS}))*[ \t]*[\])*_]*[ \t]*$`);

/**
 * Where the stamp lines at the top of `text` end (TOP_STAMP_RE; blank lines between and before them), or 0 when the
 * text opens with none. A stamp is no clause: tagged, "CONFIDENTIAL" read as a confidentiality clause and "EXECUTION
 * VERSION" as a signature block. Not when the paragraph after it speaks of confidentiality (then "CONFIDENTIAL" may
 * head it: a short undertaking of confidence), and not when nothing but one paragraph follows.
 */
export function topStampEnd(text: string): number {
  let at = 0;
  let end = 0;
  // at most three stamp lines, each read only as far as a stamp can run
  for (let lines = 0; lines < 8; lines++) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const line = text.slice(at, nl);
    if (line.trim() === '') {
      if (nl >= text.length) break;
      at = nl + 1;
      continue;
    }
    if (line.length > 120 || !TOP_STAMP_RE.test(line)) break;
    end = at + line.trimEnd().length;
    at = nl + 1;
    if (at >= text.length) break;
  }
  if (end === 0) return 0;
  // the paragraph after the stamp: up to a blank line
  const rest = text.slice(end, end + 2000).replace(/^\s+/, '');
  const blank = /\n[ \t]*\r?\n/.exec(rest);
  const next = blank ? rest.slice(0, blank.index) : rest;
  if (next === '' || (!blank && rest.length < 2000) || /confiden/i.test(next)) return 0;
  return end;
}

// A page's footnotes as a converter lays them out: a rule of underscores alone on its line, then notes that open with a
// superscript mark ("________\n¹ Net Sales include ..."). Read by the clause tree (text.ts markFootnotes) and here.
export const FOOTNOTE_RULE_RE = /^_{10,}[ \t]*\r?\n[ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰†‡]/;
export const FOOTNOTE_MARK_RE = /^[¹²³⁴⁵⁶⁷⁸⁹⁰†‡]/;
const FOOTNOTE_RULE_G = /^_{10,}[ \t]*\r?\n[ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰†‡]/gm;

/** Where the line at `from` ends: before its '\n' (and a '\r' before that), at a form feed, or at the text's end. */
function lineEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\f') end++;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}

/** The first char of the line at `from` after its blanks ('' past the text's end), and where it stands. */
function lineOpening(text: string, from: number): { readonly char: string; readonly at: number } {
  let at = from;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
  return { char: text.charAt(at), at };
}

/** A note line that ends a sentence: the next line opening lower-case is no continuation of it. */
const NOTE_SENTENCE_END = /[.:;!?)"”\]][ \t]*$/;

/**
 * `text` with the footnotes at the foot of its pages blanked in place (same length, line ends and form feeds kept), and
 * how many runs of them there were: the rule (FOOTNOTE_RULE_RE) and the notes after it. A note is a line that opens
 * with a superscript mark and the lines that continue it (opening lower-case after a line with no sentence end:
 * "¹ Net Sales include ... under Section 4\n  is also due."); blank lines between two notes are theirs. The notes end
 * at any other line, at a form feed, or at blank lines before an unmarked line: the page's footer and the next page's
 * words stay, whether or not a blank line or a form feed parts them from the notes (a text exported without blank
 * lines between its paragraphs runs straight on from the last note into "3. ROYALTIES"). A note is set at the foot of
 * whatever page its mark's sentence reached, so it stood inside the clause that runs across that page, and the rules
 * read it as that clause's words ('Reports may be delivered ...' a permission of Section 8, 'Net Sales' a royalty cue
 * in the heading of Section 4). null when there are none (most documents: an indexOf, no copy).
 */
export function blankFootnotes(text: string): { readonly text: string; readonly runs: number } | null {
  if (!text.includes('__________')) return null;
  const spans: Array<[number, number]> = [];
  FOOTNOTE_RULE_G.lastIndex = 0;
  for (let m = FOOTNOTE_RULE_G.exec(text); m !== null; m = FOOTNOTE_RULE_G.exec(text)) {
    const start = m.index;
    let end = lineEnd(text, start);
    let lastNote = '';
    for (let line = text.indexOf('\n', start) + 1; line > 0 && line < text.length && text[end] !== '\f'; ) {
      let { char, at } = lineOpening(text, line);
      if (char === '\r' || char === '\n') {
        let next = at;
        while (next < text.length && (text[next] === ' ' || text[next] === '\t' || text[next] === '\r' || text[next] === '\n')) next++;
        ({ char, at } = lineOpening(text, next));
        if (!FOOTNOTE_MARK_RE.test(char)) break;
      } else if (!FOOTNOTE_MARK_RE.test(char) && !(char >= 'a' && char <= 'z' && !NOTE_SENTENCE_END.test(lastNote))) break;
      end = lineEnd(text, at);
      lastNote = text.slice(at, end);
      line = text.indexOf('\n', end) + 1;
    }
    spans.push([start, end]);
    FOOTNOTE_RULE_G.lastIndex = Math.max(end, start + 1);
  }
  if (spans.length === 0) return null;
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += text.slice(at, s) + text.slice(s, e).replace(/[^\r\n\f]/g, ' ');
    at = e;
  }
  return { text: out + text.slice(at), runs: spans.length };
}

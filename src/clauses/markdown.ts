// Markdown agreements -> clause drafts. Headings nest by level; a paragraph that opens with a clause number
// ("2.1 Term. ...", "(a) ...") becomes a numbered clause under its heading; list items become clauses and
// nest with their lists. HTML (comments carry suppression markers) never becomes a clause.
import type { ClauseKind } from '../model/index.js';
import { parseMarkdown, type List, type ListItem, type RootContent } from '../parse/markdown.js';
import { newDraft, type Draft } from './draft.js';
import type { Marker, Reading } from './markers.js';
import { isBlankChar, SIGNATURES_NOTE_SOURCE } from './blocks.js';
import { cleanHeading, isHeadingLine, isParenScheme, PARTIES_LEAD_RE, plausibleMarker, readHeading, referredAnnex, SCHEDULE_CAPS_RE, SCHEDULE_RE, SIGNATURE_LINE_RE, SIGNATURE_RE } from './text.js';

interface Open {
  readonly draft: Draft;
  /** Headings: 1-6. Numbered paragraphs: 10 + decimal depth, 20+ for item schemes in order of appearance. */
  readonly level: number;
  /** A top-level ordered list item opened as a section (see `adoptable`). */
  readonly listSection?: boolean;
}

/** A pipe table's delimiter row: '|---|:---:|'. */
const TABLE_DELIMITER_RE = /^[ \t]*\|?(?:[ \t]*:?-{1,}:?[ \t]*\|)+[ \t]*(?::?-{1,}:?[ \t]*)?$/;
/** A line break inside a paragraph followed by what may be a clause number, or by a note that the signatures follow. */
const LINE_MARKER_RE = new RegExp(String.raw`(?:\r\n|\r|\n)[ \t]*(?=(?:\([a-zA-Z0-9]{1,4}\)|[a-zA-Z0-9]{1,3}[.)]|\d{1,3}(?:\.\d{1,3})+\.?|(?:Section|SECTION|ARTICLE|Article)[ \t]+[0-9IVX])[ \t]|${SIGNATURES_NOTE_SOURCE})`, 'g');

/**
 * Levels of what is open, outermost first: Markdown headings by their depth (1-6), then numbered paragraphs, an
 * article at ARTICLE_LEVEL, a decimal number of N parts at DECIMAL_LEVEL + N ('2.1' at 12), list-like marks ('(a)',
 * '(i)') from ITEM_LEVEL on by the order their schemes first appear. Above ARTICLE_LEVEL: a numbered paragraph below
 * any heading or article.
 */
const ARTICLE_LEVEL = 10;
const DECIMAL_LEVEL = 10;
const ITEM_LEVEL = 20;
/** A signature block opened by a paragraph closes at the next heading of any level. */
const SIGNATURE_LEVEL = 99;
/** A "By:" line among the first lines of a paragraph ("ACME LTD\nBy: /s/ ..."): a signature block, as in text. */
const SIGNATURE_LINES_RE = new RegExp(`^(?:[^\\n]*\\n){0,2}[ \\t]*${SIGNATURE_LINE_RE.source.replace(/^\^/, '')}`);
const TITLE_RE = /\b(?:agreement|licen[cs]e|contract|amendment)\b/i;
/**
 * A footnote's definition ('[^1]: Including results on held-out sets.'), GitHub's and pandoc's form. CommonMark reads
 * it as a paragraph, or as a link definition when its text is one word ('[^3]: Ibid.'); several written line after
 * line are one paragraph, split at each line that opens another.
 */
const FOOTNOTE_RE = /^\[\^[^\]\s]{1,40}\]:/;
const FOOTNOTE_LINE_RE = /\r?\n[ \t]{0,3}(?=\[\^[^\]\s]{1,40}\]:)/g;
/** A collapsible block's opening and closing tags ('<details>', '<summary>...</summary>', '</details>'). */
const DETAILS_OPEN_RE = /<details\b[^>]*>/gi;
const DETAILS_CLOSE_RE = /<\/details\s*>/gi;
/** Where the last match of global `re` in `s` starts, -1 when there is none. */
function lastIndexOfRe(s: string, re: RegExp): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) last = m.index;
  return last;
}
const SUMMARY_RE = /<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/i;
const PREAMBLE_HEADING_RE = /^(?:recitals?|background|whereas|preamble|parties|the parties)\b/i;

// Inline parsing is off (src/parse), so "**Term.** This ..." keeps its emphasis delimiters; they are blanked
// (same length, offsets unchanged) before a run-in heading is read, as Word and HTML text has none.
const LEADING_CLOSE_RE = /^[*_]{1,3}(?=[ \t])/;
const EMPHASIS_RE = /(?<![*_\w])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_])[*_]{1,3}(?![*_\w])/g;
function unemphasised(s: string): string {
  // "**Section 2.01** *Licence.* ...": the text after the number opens with the delimiter that closes the bold number,
  // before a space, where EMPHASIS_RE sees no word before it; left, it began the heading ("** Licence").
  return s.replace(LEADING_CLOSE_RE, (m) => ' '.repeat(m.length)).replace(EMPHASIS_RE, (m) => ' '.repeat(m.length));
}

// Word's bold exported by pandoc and similar: headings as bold paragraphs ("**4. STEERING COMMITTEE**", "**PARTIES**")
// and run-in headings in bold ("**2.1 Licence.** Each party ..."). Such a paragraph is read as text reads the same line
// without the asterisks: its number after the opening delimiter, a wholly bold heading line as a heading line.

/** A clause number alone in bold at a paragraph's start (after boldLead): "1.9** ", "4.__ ". */
const BOLD_NUMBER_RE = /^(\d{1,3}(?:\.\d{1,3})*\.?)(?:\*\*|__)[ \t]/;

/** Offset after a "**" or "__" that opens a paragraph right before its first character, else `start`. */
function boldLead(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if ((c !== 42 && c !== 95) || text.charCodeAt(start + 1) !== c || start + 2 >= end) return start;
  const next = text.charCodeAt(start + 2);
  return next === c || isBlankChar(next) ? start : start + 2;
}

/** End of the text inside a paragraph that is wholly one bold span on one line ("**PARTIES**"), or -1. */
function boldLineEnd(text: string, start: number, lead: number, end: number): number {
  if (lead === start) return -1;
  const c = text.charCodeAt(start);
  const to = end - 2;
  if (to <= lead || text.charCodeAt(to) !== c || text.charCodeAt(to + 1) !== c || text.charCodeAt(to - 1) === c || isBlankChar(text.charCodeAt(to - 1))) return -1;
  const inner = text.slice(lead, to);
  return /[\r\n]/.test(inner) || inner.includes(c === 42 ? '**' : '__') ? -1 : to;
}

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } };

/** mdast offsets, trimmed of whitespace that some nodes include (a paragraph's trailing spaces). */
function spanOf(text: string, node: Positioned): [number, number] {
  let start = node.position?.start.offset ?? 0;
  let end = node.position?.end.offset ?? start;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return [start, end];
}

/**
 * A reviewer's comment as a Google Docs export writes it after the body: its anchor's letters, then the commenter's
 * words ('[a]Priya Raman: Flag for the call', '\\[b\\]Owen: ...', '[[c]](#cmnt_ref3)Owen: ...').
 */
const COMMENT_PARAGRAPH = /^(?:\[\[([a-z]{1,2})\]\]\(#cmnt_?(?:ref)?\d{1,4}\)|\\?\[([a-z]{1,2})\\?\])(?=\S)/;

/**
 * The reviewers' comments at the end of a Google Docs export: the run of paragraphs up to the end of `markup` that are
 * each a comment (COMMENT_PARAGRAPH) whose anchor ('[a]', '[[a]]', '\\[a\\]') the text before the run holds. Null when
 * there is none, or when a paragraph's anchor is nowhere above it (a list lettered '[a]' is no comment).
 */
export function trailingComments(markup: string): { start: number; end: number; count: number } | null {
  let end = markup.length;
  while (end > 0 && /\s/.test(markup.charAt(end - 1))) end--;
  if (end === 0 || markup.indexOf('[', Math.max(0, end - 4000)) < 0) return null;
  let start = end;
  let count = 0;
  const labels: string[] = [];
  // The start of the paragraph that ends at `to`: the line after the last blank line before it.
  const paragraphStart = (to: number): number => {
    let line = markup.lastIndexOf('\n', to - 1) + 1;
    while (line > 0) {
      const above = markup.lastIndexOf('\n', line - 2) + 1;
      if (markup.slice(above, line - 1).trim() === '') return line;
      line = above;
    }
    return 0;
  };
  for (let to = end; to > 0; ) {
    const from = paragraphStart(to);
    const m = COMMENT_PARAGRAPH.exec(markup.slice(from, to));
    if (!m) break;
    labels.push((m[1] ?? m[2]) as string);
    count++;
    start = from;
    to = from;
    while (to > 0 && /\s/.test(markup.charAt(to - 1))) to--;
  }
  if (count === 0 || start === 0) return null;
  const body = markup.slice(0, start);
  for (const label of labels) if (!body.includes(`[${label}]`) && !body.includes(`\\[${label}\\]`)) return null;
  return { start, end, count };
}

/** One reviewer's comment of the run trailingComments found: its anchor's letters, its author and words, and where. */
export interface CommentRead {
  readonly label: string;
  /** The name before the first colon ('Priya Raman'), null when there is none. */
  readonly author: string | null;
  /** The comment's words, white space squashed. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Where its anchor ('[a]', '\\[a\\]', '[[a]](#cmnt_ref1)') first stands in the text before the run, or -1. */
  readonly anchor: number;
}

const COMMENT_AUTHOR = /^([^:\n]{1,60}?):[ \t]+/;

/** The comments of the run [run.start, run.end) of `markup` (trailingComments), one per paragraph, in order. */
export function readComments(markup: string, run: { readonly start: number; readonly end: number }): CommentRead[] {
  const out: CommentRead[] = [];
  const body = markup.slice(0, run.start);
  const para = /\S(?:[^\n]|\n(?![ \t]*\r?\n))*/g;
  const span = markup.slice(run.start, run.end);
  for (let m = para.exec(span); m !== null; m = para.exec(span)) {
    const marker = COMMENT_PARAGRAPH.exec(m[0]);
    if (!marker) continue;
    const label = (marker[1] ?? marker[2]) as string;
    const rest = m[0].slice(marker[0].length);
    const author = COMMENT_AUTHOR.exec(rest);
    const plain = body.indexOf(`[${label}]`);
    const escaped = body.indexOf(`\\[${label}\\]`);
    const start = run.start + m.index;
    out.push({
      label,
      author: author ? (author[1] as string).trim() : null,
      text: rest.slice(author ? author[0].length : 0).replace(/\s+/g, ' ').trim(),
      start,
      end: start + m[0].trimEnd().length,
      anchor: plain < 0 ? escaped : escaped < 0 ? plain : Math.min(plain, escaped),
    });
  }
  return out;
}

/** Markdown text -> top-level clause drafts. `markup`: the same text as written, when `text` reads its escapes (same length). */
export function markdownDrafts(text: string, markup: string = text): Draft[] {
  const startOf = (node: Positioned): number => spanOf(text, node)[0];
  const endOf = (node: Positioned): number => spanOf(text, node)[1];
  const tree = parseMarkdown(markup);
  const roots: Draft[] = [];
  const stack: Open[] = [];
  let preamble: Draft | null = null;
  let inBody = false;
  let sawSignature = false;
  const itemSchemes: string[] = []; // item schemes ((a), (i), ...) in order of first appearance, per top section
  // "1. Fees" as a top-level ordered list item, then unindented "(a) ..." paragraphs, then "2. Term": a common way
  // to number sections in Markdown. CommonMark ends the list at "(a)", so the item is only a candidate parent: the
  // block right after it adopts it (opens it like a numbered section) when it is numbered below section level, or
  // when the item is only a title. Set by a top-level ordered list, cleared by the next block.
  let adoptable: { draft: Draft; title: string | null } | null = null;
  // An open <details> block: one clause from its opening tag to its closing one, its summary the heading; `depth`
  // counts the <details> open inside it.
  let details: { draft: Draft; depth: number } | null = null;
  /** Where the text's last closing </details> tag starts (-1: none), read at the first <details>. */
  let lastDetailsClose: number | null = null;
  // The last preamble paragraph's text, for a list of the parties after it ('between:' then '1. **Alpha Inc.** ...').
  let lastPreamble = '';

  const top = (): Draft | null => (stack[stack.length - 1]?.draft ?? (inBody ? null : preamble));

  const attach = (d: Draft): void => {
    const t = top();
    if (t) t.items.push(d);
    else roots.push(d);
  };
  const addPara = (start: number, end: number, heading: string | null = null): void => {
    if (end <= start) return;
    if (!inBody && !preamble) {
      preamble = newDraft('preamble', start, start, 'all');
      roots.push(preamble);
    }
    const t = top();
    if (t) t.items.push({ start, end, heading });
    else {
      const d = newDraft('clause', start, end);
      d.heading = heading;
      roots.push(d);
    }
  };
  const push = (d: Draft, level: number, listSection = false): void => {
    while (stack.length && (stack[stack.length - 1] as Open).level >= level) stack.pop();
    attach(d);
    stack.push({ draft: d, level, listSection });
  };

  /** Level at which an adopted list item is open: a first-level decimal section ("1." read as a paragraph). */
  const LIST_SECTION_LEVEL = DECIMAL_LEVEL + 1;
  /** Opens the pending list item as a section when the paragraph after it belongs to it. */
  const asSection = (d: Draft, title: string | null): void => {
    d.kind = 'section';
    if (title !== null) {
      d.heading = title;
      d.bodyStart = null;
    }
  };
  const adopt = (item: { draft: Draft; title: string | null } | null, level: number | null): void => {
    if (!item || (level === null ? item.title === null : level <= LIST_SECTION_LEVEL)) return;
    // attach() put the item under the clause that is on top now, so it only has to be opened
    while (stack.length && (stack[stack.length - 1] as Open).level >= LIST_SECTION_LEVEL) stack.pop();
    asSection(item.draft, item.title);
    stack.push({ draft: item.draft, level: LIST_SECTION_LEVEL, listSection: true });
  };

  /**
   * Level of a numbered paragraph; roman/letter ambiguity resolved by what is open. A "1." that is only a number and
   * a heading ("**4. STEERING COMMITTEE**") is a section, not an item of a list, as a headed number is in text.
   */
  const numberedLevel = (m: Marker, headingOnly: boolean): { level: number; reading: Reading } => {
    const readings = m.readings;
    let reading = readings[0] as Reading;
    if (readings.length > 1 && !(headingOnly && readings[1]?.scheme === 'n-list')) {
      const letter = readings[0] as Reading;
      const letterOpen = stack.find((o) => o.draft.scheme === letter.scheme && (o.draft.values?.[0] ?? 0) === (letter.values[0] ?? 0) - 1);
      if (!letterOpen) reading = readings[1] as Reading;
    }
    const dec = /^dec(\d)$/.exec(reading.scheme);
    if (reading.scheme === 'article') return { level: ARTICLE_LEVEL, reading };
    if (dec) return { level: DECIMAL_LEVEL + Number(dec[1]), reading };
    let rank = itemSchemes.indexOf(reading.scheme);
    if (rank < 0) rank = itemSchemes.push(reading.scheme) - 1;
    return { level: ITEM_LEVEL + rank, reading };
  };

  /**
   * `contentEnd`: where the heading's text ends when markup closes it ("**SCHEDULE 1**"); `untitled`: a schedule's label
   * with its content after it ("Annex 1: DE 10 2019 000 123 B4"), no title.
   */
  const heading = (start: number, contentStart: number, end: number, depth: number, contentEnd = end, untitled = false): void => {
    const marker = plausibleMarker(text, contentStart, contentEnd);
    const rest = text.slice(marker ? marker.end : contentStart, contentEnd);
    const title = cleanHeading(rest.replace(/[ \t]+#+[ \t]*$/, '')) || null;
    const body = text.slice(contentStart, contentEnd);
    const title1 = depth === 1 && (roots.length === 0 || TITLE_RE.test(body));
    if (!inBody && !marker && (PREAMBLE_HEADING_RE.test(body) || title1)) {
      addPara(start, end, title); // the title or the recitals heading: part of the preamble, titled as in text
      return;
    }
    inBody = true;
    let kind: ClauseKind = 'section';
    if (SIGNATURE_RE.test(body) || /^signatures?\b/i.test(body)) kind = 'signature';
    else if (SCHEDULE_RE.test(body)) kind = 'schedule';
    else if (marker && (marker.readings[0] as Reading).scheme === 'article') kind = 'article';
    const d = newDraft(kind, start, end, kind === 'signature' ? 'never' : 'auto');
    d.heading = title;
    if (kind === 'schedule' && !marker) {
      const label = SCHEDULE_RE.exec(body)?.[0] ?? null;
      d.number = label;
      d.heading = untitled ? null : cleanHeading(body.slice(label?.length ?? 0)) || null;
    } else d.number = marker?.raw ?? null;
    if (depth <= 2) itemSchemes.length = 0;
    if (kind === 'schedule' || kind === 'signature') stack.length = 0; // always top-level
    if (kind === 'signature') sawSignature = true;
    push(d, depth);
  };

  // `from`: where the paragraph's words start, past a table row's opening pipe (tableRows).
  const paragraph = (start: number, end: number, from = start): void => {
    const pending = adoptable;
    adoptable = null;
    const lead = boldLead(text, from, end);
    let marker = plausibleMarker(text, lead, end);
    // "**1.9** "Excluded Entity" means ...": the bold closes right after the number. Read the number as text reads
    // "1.9 " (the closing delimiter blanked in a copy of the same length, made only for this form).
    if (marker === null && lead > start) {
      const closed = BOLD_NUMBER_RE.exec(text.slice(lead, Math.min(end, lead + 16)));
      if (closed !== null) {
        const at = lead + (closed[1] as string).length;
        marker = plausibleMarker(`${text.slice(0, at)}  ${text.slice(at + 2)}`, lead, end);
      }
    }
    // Before the body, only section-like numbers end the preamble; "A." recitals stay in it.
    if (marker && !inBody && !/^(?:article|dec\d)$/.test((marker.readings[0] as Reading).scheme)) marker = null;
    if (!marker) {
      const head = text.slice(lead, Math.min(end, lead + 200));
      // the first "By:" after the body opens the signatures unless a block is open (a schedule's own form)
      const byLine = inBody && !sawSignature && !stack.some((o) => o.draft.kind === 'schedule') && SIGNATURE_LINES_RE.test(head);
      // the whole head: "Signed by <name>, <title>, for and on behalf of" names the signatory first
      if (SIGNATURE_RE.test(head) || byLine) {
        sawSignature = true;
        stack.length = 0;
        inBody = true;
        const d = newDraft('signature', start, end, 'never');
        roots.push(d);
        stack.push({ draft: d, level: SIGNATURE_LEVEL });
        return;
      }
      const boldEnd = boldLineEnd(text, start, lead, end);
      const line = boldEnd < 0 ? null : text.slice(lead, boldEnd);
      const headingLine = line !== null && isHeadingLine(line);
      // a bold schedule heading: after the signatures any, before them an ALL-CAPS one (as in text)
      if (headingLine && inBody && (sawSignature || SCHEDULE_CAPS_RE.test(line)) && SCHEDULE_RE.test(line)) {
        heading(start, lead, end, 1, boldEnd);
        return;
      }
      // An ALL-CAPS schedule title alone on its line, not bold, as a Markdown file written as plain text has it ('THE
      // SCHEDULE', 'SCHEDULE 1' after the last section): a schedule, as in text, not a paragraph of that section.
      if (line === null && inBody && SCHEDULE_CAPS_RE.test(head) && !/[\r\n]/.test(text.slice(lead, end))) {
        const plain = text.slice(lead, end);
        if (SCHEDULE_RE.test(plain) && isHeadingLine(plain)) {
          heading(start, lead, end, 1);
          return;
        }
      }
      // A mixed-case label of an annex the body referred to, alone on its line with a title or its content ('Annex A –
      // Licensed Patents', 'Annex 1: DE 10 2019 000 123 B4; EP 3 701 228 B1.' after the last section), in bold or not
      // ('**Annex 1 -- Licensed Patents**', as pandoc writes Word's bold caption): a schedule, as in text.
      const plain = line ?? text.slice(lead, end);
      if ((line === null || headingLine) && inBody && !sawSignature && SCHEDULE_RE.test(plain) && !SCHEDULE_CAPS_RE.test(plain)) {
        const rest = plain.replace(SCHEDULE_RE, '');
        const annex = referredAnnex(text, lead, plain, rest, readHeading(rest, false).headingOnly);
        if (annex !== null) {
          heading(start, lead, end, 1, line === null ? end : boldEnd, annex === 'inline');
          return;
        }
      }
      adopt(pending, null);
      // an unnumbered bold heading line is its paragraph's heading, as a heading line is in text
      addPara(start, end, headingLine ? cleanHeading(line) || null : null);
      return;
    }
    inBody = true;
    const { heading: title, headingOnly, bodyAt } = readHeading(unemphasised(text.slice(marker.end, end)), isParenScheme(marker));
    // A table row is a point of its own, headed by its first cell, as a heading line is: a section, not a list item.
    const { level, reading } = numberedLevel(marker, (headingOnly || from !== start) && title !== null);
    adopt(pending, level);
    const kind: ClauseKind = reading.scheme === 'article' ? 'article' : reading.scheme.startsWith('dec') ? 'section' : 'subclause';
    const d = newDraft(kind, start, end);
    d.number = marker.raw;
    d.heading = title;
    d.scheme = reading.scheme;
    d.values = reading.values;
    d.bodyStart = marker.end + bodyAt < end ? marker.end + bodyAt : null;
    push(d, level);
  };

  const list = (node: List, parent: Draft | null, nested: boolean): void => {
    for (let i = 0; i < node.children.length; i++) listItem(node.children[i] as ListItem, node, parent, nested, i);
  };

  const listItem = (item: ListItem, node: List, parent: Draft | null, nested: boolean, index: number): void => {
    const start = startOf(item);
    const end = endOf(item);
    const d = newDraft(nested ? 'subclause' : 'clause', start, end);
    // An item that repeats the list's first number ("1." on every line, so that an inserted item renumbers the rest)
    // is numbered as the list renders (CommonMark: 1, 2, 3); a number written otherwise is kept as written.
    const written = node.ordered ? /^\s*(\d{1,9})([.)])/.exec(text.slice(start, start + 12)) : null;
    if (written) {
      const first = node.start ?? Number(written[1]);
      const n = index > 0 && Number(written[1]) === first ? first + index : Number(written[1]);
      d.number = `${n}${written[2] === ')' ? ')' : ''}`;
    }
    let first = true;
    let title: string | null = null; // the item's text when it is only a title ("1. Fees")
    for (const child of item.children) {
      if (child.type === 'list') list(child, d, true);
      else if (child.type === 'html') continue;
      else if (endOf(child) <= startOf(child)) continue; // only whitespace (an NBSP "paragraph")
      else if (first) {
        first = false;
        const own = startOf(child);
        const marker = plausibleMarker(text, own, endOf(child));
        if (marker && !d.number) d.number = marker.raw;
        const from = marker ? marker.end : own;
        const { heading, headingOnly, bodyAt } = readHeading(unemphasised(text.slice(from, endOf(child))), marker ? isParenScheme(marker) : true);
        const runIn = heading !== null && from + bodyAt < endOf(child);
        if (runIn) d.heading = heading;
        else if (heading !== null && headingOnly && d.number !== null) title = heading;
        d.ownEnd = endOf(child);
        // the heading stays in the item's own text when its body moves to a child clause
        d.bodyStart = runIn ? from + bodyAt : own;
      } else d.items.push({ start: startOf(child), end: endOf(child), heading: null });
    }
    if (first) d.ownEnd = end; // an empty item
    // An item that is only a title over the paragraphs and lists inside it ('1.  **Definitions**' over an indented
    // '1.  "Licensed Patents" means ...': pandoc's Markdown of Word's numbered headings) is headed by it.
    if (title !== null && d.items.length > 0) {
      d.heading = title;
      d.bodyStart = null;
      if (parent === null) d.kind = 'section';
    }
    if (parent) parent.items.push(d);
    else if (node.ordered === true && stack.some((o) => o.listSection)) {
      // "2. Term" after an adopted "1. Fees": its sibling section
      asSection(d, title);
      push(d, LIST_SECTION_LEVEL, true);
    } else {
      inBody = inBody || node.ordered === true;
      // A list under a numbered paragraph ("9.4 On termination:" then "1. ... 4. ...") holds that paragraph's items:
      // its last item is no section for the next numbered paragraph ("9.5 ...") to nest under.
      const under = stack[stack.length - 1];
      const itemsOfParagraph = under !== undefined && under.level > ARTICLE_LEVEL && under.listSection !== true;
      attach(d);
      adoptable = node.ordered === true && d.number !== null && !itemsOfParagraph ? { draft: d, title } : null;
    }
  };

  /** Net count of <details> tags opened in `s`. */
  const detailsBalance = (s: string): number => (s.match(DETAILS_OPEN_RE)?.length ?? 0) - (s.match(DETAILS_CLOSE_RE)?.length ?? 0);

  /**
   * A <details> block (GitHub's collapsible section: a negotiation history, a drafting log, a long list folded away)
   * is one clause of its own headed by its summary, its contents its text: after a schedule or the signatures it
   * stands at the top level, as a heading would, not as clauses of the schedule above it; inside a section it is one
   * clause of that section.
   */
  const openDetails = (start: number, end: number, html: string): void => {
    // A block never closed (a browser shows the rest of the page inside it) is no clause: it would take in every
    // section after it. The last closing tag, found once, tells.
    lastDetailsClose ??= lastIndexOfRe(markup, DETAILS_CLOSE_RE);
    if (lastDetailsClose < end) return;
    const summary = SUMMARY_RE.exec(html);
    const title = summary ? cleanHeading((summary[1] as string).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()) || null : null;
    const label = title === null ? null : (SCHEDULE_RE.exec(title)?.[0] ?? null);
    const d = newDraft(label === null ? 'clause' : 'schedule', start, end, 'never');
    d.number = label;
    d.heading = label === null ? title : cleanHeading(title!.slice(label.length)) || null;
    const open = top();
    if (inBody && (open === null || open.kind === 'schedule' || open.kind === 'signature' || label !== null)) {
      stack.length = 0;
      roots.push(d);
    } else attach(d);
    details = { draft: d, depth: detailsBalance(html) };
  };

  /**
   * A footnote's definition. GitHub and pandoc set every note at the end of the page whatever its place in the text,
   * and writers gather them there: after the signatures or a schedule, or among the notes that end the document, a note
   * is a clause of its own at the top level, not words of the signature block, the schedule or the last section; inside
   * a section, with the section's text going on after it, it is a paragraph of it.
   */
  const footnote = (start: number, end: number): void => {
    const open = stack[stack.length - 1]?.draft;
    if (!inBody || (!inEndNotes && open !== undefined && open.kind !== 'signature' && open.kind !== 'schedule')) {
      addPara(start, end);
      return;
    }
    stack.length = 0;
    roots.push(newDraft('clause', start, end));
  };

  // Each numbered line of the text in [start, end) a paragraph of its own ('2.1 Grant. ... to:\n(a) make;\n(b) sell.' is
  // one CommonMark paragraph).
  const numberedLines = (start: number, end: number): void => {
    let from = start;
    // search the paragraph only: a search over the rest of the text would make this quadratic
    const body = text.slice(start, end);
    LINE_MARKER_RE.lastIndex = 0;
    for (let m = LINE_MARKER_RE.exec(body); m !== null; m = LINE_MARKER_RE.exec(body)) {
      const at = start + m.index + m[0].length;
      if (text.charCodeAt(at) !== 91 && !plausibleMarker(text, at, end, true)) continue;
      let segEnd = start + m.index;
      while (segEnd > from && /\s/.test(text[segEnd - 1] as string)) segEnd--;
      if (segEnd > from) paragraph(from, segEnd);
      from = at;
    }
    paragraph(from, end);
  };
  /**
   * A pipe table some body row of which opens with a clause number in its first cell ('| 1. Licensed Patents | "Halcyon
   * Patents" means ... |'): a term sheet's points, each row a clause read as text reads the line '1. Licensed Patents<TAB>
   * ...' of a Word table (the first cell its heading). The header, the delimiter row and unnumbered rows stay paragraphs.
   * False, and nothing read, for any other paragraph: without GFM a pipe table is one paragraph of text.
   */
  const tableRows = (start: number, end: number): boolean => {
    const rows: [number, number, number][] = []; // row start, its first cell's words, row end
    for (let at = start; at < end; ) {
      const nl = text.indexOf('\n', at);
      const rowEnd = nl < 0 || nl > end ? end : nl;
      let cell = at;
      while (cell < rowEnd && isBlankChar(text.charCodeAt(cell))) cell++;
      if (text.charCodeAt(cell) !== 124) return false;
      cell++;
      while (cell < rowEnd && isBlankChar(text.charCodeAt(cell))) cell++;
      rows.push([at, cell, text.charCodeAt(rowEnd - 1) === 13 ? rowEnd - 1 : rowEnd]);
      at = rowEnd + 1;
    }
    const delimiter = rows[1];
    if (rows.length < 3 || delimiter === undefined || !TABLE_DELIMITER_RE.test(text.slice(delimiter[0], delimiter[2]))) return false;
    // A numbered first cell with a title after the number ('1. Licensed Patents'); a schedule's '| 1 | EP 3 112 456 |'
    // numbers rows of data, no points.
    const numbered = rows.map(([, cell, rowEnd], i) => {
      const marker = i >= 2 ? plausibleMarker(text, cell, rowEnd, true) : null;
      if (marker === null) return false;
      const bar = text.indexOf('|', marker.end);
      return /[A-Za-z]{2}/.test(text.slice(marker.end, bar < 0 || bar > rowEnd ? rowEnd : bar));
    });
    if (!numbered.includes(true)) return false;
    let para = start;
    rows.forEach(([rowStart, cell, rowEnd], i) => {
      if (!numbered[i]) return;
      if (rowStart > para) addPara(para, rowStart - 1);
      paragraph(rowStart, rowEnd, cell);
      para = rowEnd + 1;
    });
    if (para < end) addPara(para, end);
    return true;
  };
  // A paragraph some line of which after the first opens with a plausible clause number.
  const hasNumberedLines = (node: RootContent): boolean => {
    if (node.type !== 'paragraph') return false;
    const [start, end] = spanOf(text, node);
    const body = text.slice(start, end);
    LINE_MARKER_RE.lastIndex = 0;
    for (let m = LINE_MARKER_RE.exec(body); m !== null; m = LINE_MARKER_RE.exec(body)) {
      if (plausibleMarker(text, start + m.index + m[0].length, end, true)) return true;
    }
    return false;
  };
  // A list item of paragraphs and lists only (no table or HTML inside).
  const plainItem = (item: ListItem): boolean => item.children.length > 0 && item.children.every((c) => c.type === 'paragraph' || c.type === 'list');
  // A paragraph after an item's first that opens with a clause number of two or more levels ('1.  **Definitions**'
  // then, indented inside the item, '1.1. "Licensed Patents" means ...': pandoc's Markdown of a Word agreement).
  const opensSubsection = (node: RootContent): boolean => {
    if (node.type !== 'paragraph') return false;
    const [start, end] = spanOf(text, node);
    const first = plausibleMarker(text, start, end)?.readings[0];
    return first !== undefined && first.scheme.startsWith('dec') && first.values.length > 1;
  };

  const block = (node: RootContent): void => {
    if (details !== null) {
      // everything up to the closing tag is the block's text
      const d = details.draft;
      d.ownEnd = Math.max(d.ownEnd, endOf(node));
      // (the closing tag may end a paragraph, 'Norrvik refused.</details>', which CommonMark reads as inline HTML)
      details.depth += detailsBalance(node.type === 'html' ? node.value : markup.slice(startOf(node), endOf(node)));
      if (details.depth <= 0) details = null;
      return;
    }
    // only the paragraph right after a top-level ordered list can adopt its last item (comments are invisible)
    if (node.type !== 'paragraph' && node.type !== 'html') adoptable = null;
    switch (node.type) {
      case 'heading': {
        const first = node.children[0];
        const last = node.children[node.children.length - 1];
        if (!first || !last) return;
        heading(startOf(node), startOf(first), endOf(last), node.depth);
        return;
      }
      case 'paragraph': {
        // "2.1 Grant. ... to:\n(a) make;\n(b) sell." is one CommonMark paragraph; its numbered lines are clauses
        const [start, end] = spanOf(text, node);
        if (FOOTNOTE_RE.test(text.slice(start, start + 48))) {
          let from = start;
          const notes = text.slice(start, end);
          FOOTNOTE_LINE_RE.lastIndex = 0;
          for (let m = FOOTNOTE_LINE_RE.exec(notes); m !== null; m = FOOTNOTE_LINE_RE.exec(notes)) {
            footnote(from, start + m.index);
            from = start + m.index + m[0].length;
          }
          footnote(from, end);
          return;
        }
        // the emphasis and heading marks are not its words ('**PARTIES**', '## Between')
        if (!inBody) lastPreamble = text.slice(start, end).replace(/[*_#]+/g, '').trim();
        if (text.charCodeAt(start) === 124 && tableRows(start, end)) return;
        numberedLines(start, end);
        return;
      }
      case 'list':
        // the parties numbered after 'between:' are the preamble's, not the first sections
        if (!inBody && node.ordered === true && PARTIES_LEAD_RE.test(lastPreamble)) {
          for (const item of node.children) addPara(startOf(item), endOf(item));
          return;
        }
        // Sections numbered as a list whose items' lines hold their own numbers, no blank line between ('1. DEFINITIONS'
        // / 'In this Agreement:' / '(a) "Licensed Patents" means ...' / '(b) ...': one CommonMark paragraph per item, a
        // Markdown file written as plain text), or whose items hold numbered paragraphs ('1.  **Definitions**' then an
        // indented '1.1. ...': pandoc's Markdown of a Word agreement): read as text reads them, each numbered line a
        // clause, the items sections; a list inside an item is a list of the clause open there.
        if (node.ordered === true && node.children.every(plainItem) && node.children.some((item) => item.children.some((c, k) => hasNumberedLines(c) || (k > 0 && opensSubsection(c))))) {
          for (const item of node.children) {
            for (let k = 0; k < item.children.length; k++) {
              const child = item.children[k] as RootContent;
              if (child.type === 'list') list(child, top(), true);
              else numberedLines(k === 0 ? startOf(item) : startOf(child), endOf(child));
            }
          }
          return;
        }
        list(node, null, false);
        return;
      case 'html': {
        if (detailsBalance(node.value) > 0) openDetails(startOf(node), endOf(node), node.value);
        return;
      }
      case 'definition':
        // '[^3]: Ibid.' is a footnote (a link definition's label never opens with '^' in practice)
        if (node.label?.startsWith('^') === true) footnote(startOf(node), endOf(node));
        return;
      case 'thematicBreak':
        return;
      default:
        // tables, code, block quotes: one paragraph of text each
        addPara(startOf(node), endOf(node));
    }
  };

  // The notes that end the document: from the first of the footnotes, link definitions and HTML after which nothing
  // else comes ('[^1]: ...' lines after the last section are the page's notes, GitHub's and pandoc's footnotes section).
  const children = tree.children;
  let endNotesFrom = children.length;
  while (endNotesFrom > 0 && endsAsNote(children[endNotesFrom - 1] as RootContent)) endNotesFrom--;
  let inEndNotes = false;
  children.forEach((node, i) => {
    inEndNotes = i >= endNotesFrom;
    block(node);
  });
  return roots;

  /** A block that may stand among the notes ending the document: a footnote's definition, a link definition, HTML. */
  function endsAsNote(node: RootContent): boolean {
    if (node.type === 'definition' || node.type === 'html') return true;
    if (node.type !== 'paragraph') return false;
    const [start] = spanOf(text, node);
    return FOOTNOTE_RE.test(text.slice(start, start + 48));
  }
}

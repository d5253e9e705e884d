import { isFurnitureLine } from './page-furniture.js';

// Words that a PDF's layout broke at a line end with a hyphen ("royal-" / "ties"), read whole again.
//
// Text extracted from a PDF (`pdftotext`, which ends every page with a form feed) keeps the typesetter's hyphenation:
// "non-exclu-\nsive", "Panel Cus-\ntomer". Every reader of the text (tags, defined terms, rule patterns) would see two
// fragments. The break is mended in place, without changing the text's length or its line breaks, so that every offset
// and line number still points where it did: "royal-\n    ties of" becomes "royalties \n    of" (the second fragment
// moves up beside the first, with any punctuation that closes it; the hyphen becomes a space before the line break). A hyphen that belongs to the word
// ("royalty-\nfree", "continuations-in-\npart") stays: "royalty-free \n". It belongs there when the document writes
// the two parts hyphenated elsewhere, or writes each part as a word of its own and never the two joined.

/**
 * A letter run, a hyphen at a line end, and a lower-case letter run opening the next (non-blank) line, with the
 * punctuation that closes it ("tomer," moves up as "Customer, \n", not "Customer \n,").
 */
const BREAK_RE = /(\p{L}{2,})-(\r?\n)([ \t]*)(\p{Ll}+)([.,;:!?)\]"'\u201d\u2019]*)/gu;
const WORD_RE = /\p{L}+(?:-\p{L}+)*/gu;
/** The first fragment of a word broken across a page (its hyphen ends a line, the rest is pages on): no word of its own. */
const LINE_END_FRAGMENT_RE = /\p{L}+-(?=\r?\n)/gu;

/** How often each word, and each hyphenated compound, occurs outside the breaks (lower case). */
function vocabulary(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (w: string): void => {
    counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  for (const m of text.replace(BREAK_RE, ' ').replace(LINE_END_FRAGMENT_RE, ' ').matchAll(WORD_RE)) {
    const w = m[0].toLowerCase();
    add(w);
    if (w.includes('-')) for (const part of w.split('-')) add(part);
  }
  return counts;
}

/** A page's own line ("Page 3 of 9"): printed or scanned pages, whose text a scanner's OCR hyphenates as a PDF's is. */
const PAGE_LINE_RE = /^[ \t]*(?:Page|PAGE)[ \t]+\d{1,4}[ \t]+(?:of|OF)[ \t]+\d{1,4}[ \t]*$/m;

/**
 * A word broken at the last line of a page ("non-exclu-", then blank lines, the page's stamp, footer or running head,
 * then "sive, non-transferable ..." on the next page): the first fragment and its hyphen, what lies between (at most
 * PAGE_GAP_LINES lines, each blank, with a form feed, or page furniture: isFurnitureLine), the lower-case second
 * fragment and its closers.
 */
const GAP_BREAK_RE = /(\p{L}{2,})-(?=\r?\n)/gu;
const PAGE_GAP_LINES = 8;
const SECOND_RE = /(\p{Ll}+)([.,;:!?)\]"'\u201d\u2019]*)/uy;

function mendAcrossPages(text: string, keepHyphen: (a: string, b: string) => boolean): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(GAP_BREAK_RE)) {
    const first = m[1] as string;
    const hyphen = (m.index ?? 0) + first.length;
    if (hyphen < from) continue;
    let at = hyphen + 1;
    let skipped = 0;
    let furniture = false;
    let cont = -1;
    while (skipped <= PAGE_GAP_LINES) {
      const nl = text.indexOf('\n', at);
      if (nl === -1) break;
      const lineStart = nl + 1;
      const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
      const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
      const t = line.trim();
      if (t === '' || line.includes('\f') || isFurnitureLine(t)) {
        furniture ||= t !== '';
        skipped++;
        at = lineStart;
        continue;
      }
      cont = lineStart + (line.length - line.trimStart().length);
      break;
    }
    // Only a break across a page: the break onto the very next line is BREAK_RE's.
    if (cont === -1 || !furniture) continue;
    SECOND_RE.lastIndex = cont;
    const s = SECOND_RE.exec(text);
    if (s === null) continue;
    const second = s[1] as string;
    const closers = s[2] as string;
    const gap = text.slice(hyphen + 1, cont);
    const mended = keepHyphen(first, second) ? `${first}-${second}${closers}${gap}` : `${first}${second}${closers} ${gap}`;
    const start = hyphen - first.length;
    out += text.slice(from, start) + mended;
    from = cont + second.length + closers.length;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * `text` with its line-end hyphenation mended (see above), also across a page break (mendAcrossPages), the same length
 * and line breaks; `text` itself when it has no form feed and no page line (it is neither a PDF's text nor a scan's)
 * and is not `typeset` (its soft hyphens show a layout's breaks: typesetBySoftHyphens), or has no hyphen at a line end.
 */
export function mendLineEndHyphens(text: string, typeset = false): string {
  // (The literal hyphens at a line end first: every match of the Unicode regex holds one, and two searches for a string
  // cost less than the regex, which only 38 of CUAD dev's 147 texts then reach.)
  if (!(text.includes('-\n') || text.includes('-\r\n')) || !/\p{L}-\r?\n/u.test(text) || (!typeset && !text.includes('\f') && !PAGE_LINE_RE.test(text))) return text;
  const vocab = vocabulary(text);
  const keepHyphen = (first: string, second: string): boolean => {
    const a = first.toLowerCase();
    const b = second.toLowerCase();
    return vocab.has(`${a}-${b}`) || (vocab.has(a) && vocab.has(b) && !vocab.has(a + b));
  };
  const mended = text.replace(BREAK_RE, (whole: string, first: string, eol: string, indent: string, second: string, closers: string) => {
    const joined = keepHyphen(first, second) ? `${first}-${second}${closers}` : `${first}${second}${closers} `;
    const out = `${joined}${eol}${indent}`;
    return out.length === whole.length ? out : whole;
  });
  return mendAcrossPages(mended, keepHyphen);
}

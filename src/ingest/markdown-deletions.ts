// Deleted text in a Markdown draft, blanked in place.
//
// A negotiated draft kept in Markdown marks the words taken out as GitHub-flavoured strike-through ("within ~~thirty
// (45)~~ forty-five (45) days") or with inline HTML (<del>, <s>, <strike>), as the HTML and Word readers already take
// them (src/ingest/html-css.ts, docx.ts). Judged, the struck words would be read as live terms: a mismatch between
// "thirty" and "(45)" that the draft has already removed. They are blanked in place, each character but a line break
// replaced by a space, so every offset and line number still points where it did. A deletion never runs past a blank
// line (a closer that far away is not this deletion's), and a tilde pair after a backslash is an escaped tilde.

/** A strike-through, or an inline deletion element with its tags, within one paragraph. */
const DELETION = /(?<!\\)~~(?=[^\s~])(?:[^\n~]|~(?!~)|\n(?![ \t]*\n))*?(?<![\s\\])~~|<(del|s|strike)(?:\s[^<>]*)?>(?:[^\n<]|<(?!\/(?:del|s|strike)\s*>)|\n(?![ \t]*\n))*?<\/\1\s*>/gi;

/** `text` with its deletions blanked (see above), the same length and line breaks; `text` itself when it has none. */
export function blankMarkdownDeletions(text: string): string {
  if (!text.includes('~~') && !/<(?:del|s|strike)[\s>]/i.test(text)) return text;
  return text.replace(DELETION, (deleted) => deleted.replace(/[^\n]/g, ' '));
}

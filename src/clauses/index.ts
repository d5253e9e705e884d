// Source -> clause tree. Plain text (and text extracted from Word/HTML) goes through the structure parser in
// text.ts; Markdown through the mdast adapter (src/parse) and markdown.ts. Both build drafts that draft.ts freezes.
import type { ClauseTree, LineIndex, Source } from '../model/index.js';
import { freeze } from './draft.js';
import { markdownDrafts, trailingComments } from './markdown.js';
import { textDrafts } from './text.js';
import { unescapeMarkdown } from '../ingest/markdown-escapes.js';
import { topStampEnd } from '../ingest/page-furniture.js';
import { frontMatterEnd } from '../parse/markdown.js';

/** `text` with its top stamp ("CONFIDENTIAL", "EXECUTION VERSION": topStampEnd) blanked, same length: no clause holds it. */
function withoutTopStamp(text: string, end: number): string {
  return end === 0 ? text : text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}

/**
 * `lines`: the text's line index, when the caller keeps one for later stages (else built here). Markdown's block
 * structure is parsed from the text as written ("1\. Definitions" is a paragraph, where "1. Definitions" would be a
 * list), and its clause numbers and headings are read with its backslash escapes read ("1\.1" as "1.1 ",
 * src/ingest/markdown-escapes.ts), as every later stage reads them (readableSource).
 */
export function buildClauseTree(source: Source, lines?: LineIndex): ClauseTree {
  const { text } = source;
  const stamp = topStampEnd(text);
  if (source.format !== 'markdown') return freeze(text, textDrafts(withoutTopStamp(text, stamp)), lines);
  // YAML front matter ('---' / 'title: ...' / '---') is metadata: blanked as the top stamp is, in no clause.
  const top = Math.max(stamp, frontMatterEnd(text));
  const read = unescapeMarkdown(text);
  const comments = trailingComments(text);
  if (comments === null) return freeze(read, markdownDrafts(withoutTopStamp(read, top), withoutTopStamp(text, top)), lines);
  // The clauses end where the comments start (same offsets: the escapes read keep the text's length).
  return { ...freeze(read, markdownDrafts(withoutTopStamp(read, top).slice(0, comments.start), withoutTopStamp(text, top).slice(0, comments.start)), lines), comments };
}

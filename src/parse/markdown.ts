// The only place that touches unified/remark: Markdown text -> mdast with offsets into the same text.
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export type { List, ListItem, Root, RootContent } from 'mdast';

// One frozen processor: building it per call costs more than small documents take to parse.
// Indented code is switched off: agreements indent paragraphs and sub-clauses for layout, never for code,
// and an indented "(a) ..." must stay a paragraph that can carry a clause number. Inline constructs
// (emphasis, links, escapes, entities) are switched off too: the clause tree needs block structure and
// offsets only, and inline parsing is most of micromark's time on agreements.
const DISABLED = [
  'codeIndented', 'attention', 'autolink', 'characterEscape', 'characterReference', 'codeText',
  'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink',
];
const processor = unified()
  .data('micromarkExtensions', [{ disable: { null: DISABLED } }])
  .use(remarkParse)
  .freeze();

/** Parses Markdown; every node's position offsets index into `text` (CRLF kept as is). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}

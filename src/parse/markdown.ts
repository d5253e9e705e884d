// The only place that touches unified/remark: Markdown text -> mdast with offsets into the same text.
//
// remark and micromark (~60 ES modules, ~55 ms of CPU to load) are loaded on the first Markdown document, not with
// this module: a plain-text batch never needs them, and every worker thread would otherwise pay them at start-up.
// The core is synchronous, so they are loaded with require(), which loads ES modules where the runtime can
// (Node.js >= 20.19 and >= 22.12); elsewhere they are imported when this module loads, as before.
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type remarkParseType from 'remark-parse';
import type { unified as unifiedType } from 'unified';

export type { List, ListItem, Root, RootContent } from 'mdast';

// Indented code is switched off: agreements indent paragraphs and sub-clauses for layout, never for code,
// and an indented "(a) ..." must stay a paragraph that can carry a clause number. Inline constructs
// (emphasis, links, escapes, entities) are switched off too: the clause tree needs block structure and
// offsets only, and inline parsing is most of micromark's time on agreements.
const DISABLED = [
  'codeIndented', 'attention', 'autolink', 'characterEscape', 'characterReference', 'codeText',
  'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink',
];

interface Modules {
  readonly unified: typeof unifiedType;
  readonly remarkParse: typeof remarkParseType;
}

/** One frozen processor: building it per call costs more than small documents take to parse. */
function frozenProcessor({ unified, remarkParse }: Modules): { parse(text: string): unknown } {
  return unified().data('micromarkExtensions', [{ disable: { null: DISABLED } }]).use(remarkParse).freeze();
}

let processor: { parse(text: string): unknown } | undefined = process.features.require_module
  ? undefined
  : frozenProcessor({ unified: (await import('unified')).unified, remarkParse: (await import('remark-parse')).default });

/** True once remark is loaded in this thread (for start-up tests). */
export function markdownLoaded(): boolean {
  return processor !== undefined;
}

function loaded(): { parse(text: string): unknown } {
  if (processor) return processor;
  const load = createRequire(import.meta.url);
  const modules: Modules = {
    unified: (load('unified') as { unified: typeof unifiedType }).unified,
    remarkParse: (load('remark-parse') as { default: typeof remarkParseType }).default,
  };
  return (processor = frozenProcessor(modules));
}

/** Parses Markdown; every node's position offsets index into `text` (CRLF kept as is). */
export function parseMarkdown(text: string): Root {
  return loaded().parse(text) as Root;
}

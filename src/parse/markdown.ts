// The only place that touches unified/remark: Markdown text -> mdast with offsets into the same text.
//
// remark and micromark (~60 ES modules, ~55 ms of CPU to load) are loaded on the first Markdown document, not with
// this module: a plain-text batch never needs them, and every worker thread would otherwise pay them at start-up.
// The core is synchronous, so they are loaded with require(), which loads ES modules where the runtime can
// (Node.js >= 20.19 and >= 22.12). Elsewhere the package's entry for such runtimes (index-eager.ts) and the CLI import
// them first (markdown-eager.ts). No top-level await here: it would make every module graph that reaches this one
// impossible to require() (ERR_REQUIRE_ASYNC_MODULE), the library's included.
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

/** The two packages the parser is built from. */
export interface MarkdownModules {
  readonly unified: typeof unifiedType;
  readonly remarkParse: typeof remarkParseType;
}

/** One frozen processor: building it per call costs more than small documents take to parse. */
function frozenProcessor({ unified, remarkParse }: MarkdownModules): { parse(text: string): unknown } {
  return unified().data('micromarkExtensions', [{ disable: { null: DISABLED } }]).use(remarkParse).freeze();
}

let processor: { parse(text: string): unknown } | undefined;

/** Builds the parser from modules loaded by import (markdown-eager.ts), for runtimes that cannot require() them. */
export function useMarkdownModules(modules: MarkdownModules): void {
  processor ??= frozenProcessor(modules);
}

/** True once remark is loaded in this thread (for start-up tests). */
export function markdownLoaded(): boolean {
  return processor !== undefined;
}

function loaded(): { parse(text: string): unknown } {
  if (processor) return processor;
  const load = createRequire(import.meta.url);
  const modules: MarkdownModules = {
    unified: (load('unified') as { unified: typeof unifiedType }).unified,
    remarkParse: (load('remark-parse') as { default: typeof remarkParseType }).default,
  };
  return (processor = frozenProcessor(modules));
}

/** Parses Markdown; every node's position offsets index into `text` (CRLF kept as is). */
export function parseMarkdown(text: string): Root {
  return loaded().parse(text) as Root;
}

/**
 * The end of a YAML front matter block that opens the text ('---' alone on the first line, 'key: value' lines, then
 * '---' or '...' alone on a line), after its closing line; 0 when there is none. Docs-as-code agreements carry their
 * title, parties, version and status there: metadata for the site generator, no words of the agreement. remark-parse
 * would read the opening line as a rule and the closing one as a setext heading's underline. A block whose first line
 * is no key ('---' above a paragraph of prose) is none.
 */
export function frontMatterEnd(text: string): number {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const body = text.slice(open[0].length, open[0].length + 20_000);
  if (!/^[A-Za-z_][\w.-]*[ \t]*:(?:[ \t]|\r?\n|$)/.test(body)) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(body);
  return close ? open[0].length + close.index + close[0].length : 0;
}

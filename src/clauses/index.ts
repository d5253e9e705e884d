// Source -> clause tree. Plain text (and text extracted from Word/HTML) goes through the structure parser in
// text.ts; Markdown through the mdast adapter (src/parse) and markdown.ts. Both build drafts that draft.ts freezes.
import type { ClauseTree, LineIndex, Source } from '../model/index.js';
import { freeze } from './draft.js';
import { markdownDrafts } from './markdown.js';
import { textDrafts } from './text.js';

/** `lines`: the text's line index, when the caller keeps one for later stages (else built here). */
export function buildClauseTree(source: Source, lines?: LineIndex): ClauseTree {
  const { text } = source;
  return freeze(text, source.format === 'markdown' ? markdownDrafts(text) : textDrafts(text), lines);
}

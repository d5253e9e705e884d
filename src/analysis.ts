// The synchronous front half of the pipeline: ingest output -> clause tree -> tags -> facts.
import { LineIndex, wordIndexOf, type ClauseTree, type Source } from './model/index.js';
import { buildClauseTree } from './clauses/index.js';
import { tagClauses, type ClauseTypeSpec, type TagMap } from './tag/index.js';
import { extractFacts, type DocumentFacts, type FactOptions } from './facts/index.js';
import { blankMarkdownDeletions } from './ingest/markdown-deletions.js';
import { unescapeMarkdown } from './ingest/markdown-escapes.js';
import { leaveOutOtherLanguage, type LeftOut } from './ingest/parallel-text.js';
import { blankFootnotes } from './ingest/page-furniture.js';

export interface Analysis {
  /** The source as the stages read it (readableSource): a Markdown source with its backslash escapes read. */
  readonly source: Source;
  readonly tree: ClauseTree;
  readonly tags: TagMap;
  readonly facts: DocumentFacts;
  /** Line starts of the source text, built once for every stage that reports positions (clauses, rules, suppressions). */
  readonly lines?: LineIndex;
  /** The other language of a bilingual agreement, blanked before the clause tree (src/ingest/parallel-text.ts); absent when none. */
  readonly leftOut?: LeftOut;
}

export interface AnalyzeOptions {
  /** Clause types that the active rule packs declare, tagged alongside the built-in ones. */
  readonly extraTypes?: readonly ClauseTypeSpec[];
  /** What the configuration says of the document: its parties and kind. */
  readonly facts?: FactOptions;
}

/**
 * The source as every stage after ingest reads it: Markdown with its backslash escapes read in place ("2\.1" as
 * "2.1 ", src/ingest/markdown-escapes.ts), the same length and lines; any other source as it is.
 */
export function readableSource(source: Source): Source {
  if (source.format !== 'markdown') return source;
  const text = unescapeMarkdown(source.text);
  return text === source.text ? source : { ...source, text };
}

export function analyze(given: Source, options: AnalyzeOptions = {}): Analysis {
  // The footnotes at the foot of a PDF's pages are blanked in place (same offsets): no clause's words (blankFootnotes).
  const notes = blankFootnotes(given.text);
  const unnoted = notes === null ? given : { ...given, text: notes.text };
  // A Markdown draft's struck-through words are blanked in place too, before the clause tree reads them (a heading's
  // struck words are no heading) and before the escapes are read (an escaped tilde, '\~~', is no strike-through).
  const kept = unnoted.format === 'markdown' ? blankMarkdownDeletions(unnoted.text) : unnoted.text;
  const original = kept === unnoted.text ? unnoted : { ...unnoted, text: kept };
  // A bilingual agreement is read in English: the other language's paragraphs are blanked in place (same offsets).
  // When the stages read the text as it came (a text source, Markdown without escapes), its word index, which the
  // tagger and the rules read, tells most documents apart without a walk over their characters.
  const readable = readableSource(original);
  const parallel = leaveOutOtherLanguage(original.text, readable === original ? wordIndexOf(original) : undefined);
  const input = parallel.leftOut === null ? original : { ...original, text: parallel.text };
  const source = parallel.leftOut === null ? readable : readableSource(input);
  const lines = new LineIndex(source.text);
  const tree = buildClauseTree(input, lines);
  const tags = tagClauses(source, tree, options.extraTypes);
  const facts = extractFacts(source, tree, tags, options.facts ?? {});
  return parallel.leftOut === null ? { source, tree, tags, facts, lines } : { source, tree, tags, facts, lines, leftOut: parallel.leftOut };
}

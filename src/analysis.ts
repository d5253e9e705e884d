// The synchronous front half of the pipeline: ingest output -> clause tree -> tags -> facts.
import { LineIndex, type ClauseTree, type Source } from './model/index.js';
import { buildClauseTree } from './clauses/index.js';
import { tagClauses, type ClauseTypeSpec, type TagMap } from './tag/index.js';
import { extractFacts, type DocumentFacts, type FactOptions } from './facts/index.js';

export interface Analysis {
  readonly source: Source;
  readonly tree: ClauseTree;
  readonly tags: TagMap;
  readonly facts: DocumentFacts;
  /** Line starts of the source text, built once for every stage that reports positions (clauses, rules, suppressions). */
  readonly lines?: LineIndex;
}

export interface AnalyzeOptions {
  /** Clause types that the active rule packs declare, tagged alongside the built-in ones. */
  readonly extraTypes?: readonly ClauseTypeSpec[];
  /** What the configuration says of the document: its parties and kind. */
  readonly facts?: FactOptions;
}

export function analyze(source: Source, options: AnalyzeOptions = {}): Analysis {
  const lines = new LineIndex(source.text);
  const tree = buildClauseTree(source, lines);
  const tags = tagClauses(source, tree, options.extraTypes);
  const facts = extractFacts(source, tree, tags, options.facts ?? {});
  return { source, tree, tags, facts, lines };
}

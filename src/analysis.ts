// The synchronous front half of the pipeline: ingest output -> clause tree -> tags -> facts.
import type { ClauseTree, Source } from './model/index.js';
import { buildClauseTree } from './clauses/index.js';
import { tagClauses, type TagMap } from './tag/index.js';
import { extractFacts, type DocumentFacts } from './facts/index.js';

export interface Analysis {
  readonly source: Source;
  readonly tree: ClauseTree;
  readonly tags: TagMap;
  readonly facts: DocumentFacts;
}

export function analyze(source: Source): Analysis {
  const tree = buildClauseTree(source);
  const tags = tagClauses(source, tree);
  const facts = extractFacts(source, tree, tags);
  return { source, tree, tags, facts };
}

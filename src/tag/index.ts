// Clause tree -> tags. PLACEHOLDER until the tagger lands.
import type { ClauseTree, Source, Tag } from '../model/index.js';

export type TagMap = ReadonlyMap<string, readonly Tag[]>;

export function tagClauses(_source: Source, tree: ClauseTree): TagMap {
  return new Map(tree.clauses.map((c) => [c.id, []]));
}

// Tagged tree -> facts for rules. PLACEHOLDER until the facts stage lands.
import type { ClauseAttributes, ClauseTree, Definition, DocumentKind, GrantRecord, Party, Source } from '../model/index.js';
import type { TagMap } from '../tag/index.js';

export interface DocumentFacts {
  readonly kind: DocumentKind;
  readonly parties: readonly Party[];
  readonly definitions: readonly Definition[];
  readonly grants: readonly GrantRecord[];
  readonly attributes: ReadonlyMap<string, ClauseAttributes>;
}

export function extractFacts(_source: Source, _tree: ClauseTree, _tags: TagMap): DocumentFacts {
  return { kind: 'other', parties: [], definitions: [], grants: [], attributes: new Map() };
}

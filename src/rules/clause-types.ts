// The clause types that loaded packs add for the tagger. Apart from loader.ts (which validates packs with zod) so
// that checking a document with packs already loaded, as a worker thread does, does not load zod (test/startup/).
import type { ClauseTypeSpec } from '../tag/taxonomy.js';
import type { LoadedPack } from './loader.js';

/** The extra clause types of the packs (deduplicated by id, first wins), for the tagger's `extraTypes`. */
export function packClauseTypes(packs: readonly LoadedPack[]): ClauseTypeSpec[] {
  const byId = new Map<string, ClauseTypeSpec>();
  for (const p of packs) for (const t of p.clauseTypes) if (!byId.has(t.id)) byId.set(t.id, t);
  return [...byId.values()];
}

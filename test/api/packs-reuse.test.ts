// check() caches what it derives from a packs array (the rules to run, the config hash) by the array: a caller
// that reuses the array after adding or removing a pack must get the report of the packs it now holds.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, ingest, loadBuiltinPacks } from '../../src/index.js';
import { ClauseTypeSpecSchema } from '../../src/tag/taxonomy-schema.js';

const fixture = fileURLToPath(new URL('../../fixtures/flawed-cross-license.md', import.meta.url));

describe('a packs array reused after a change', () => {
  it('reports what a fresh array of the same packs reports', async () => {
    const bytes = readFileSync(fixture);
    const packs = loadBuiltinPacks();
    const before = await check([ingest(fixture, bytes)], { packs, failOn: 'never' });
    const removed = packs.pop();
    expect(removed).toBeDefined();
    const prefix = `${removed?.id}/`;
    // The removed pack fires on this agreement, so a stale rule list would show.
    expect(before.documents[0]?.findings.some((f) => f.ruleId.startsWith(prefix))).toBe(true);
    const reused = await check([ingest(fixture, bytes)], { packs, failOn: 'never' });
    const fresh = await check([ingest(fixture, bytes)], { packs: [...packs], failOn: 'never' });
    expect(reused.documents[0]?.findings.some((f) => f.ruleId.startsWith(prefix))).toBe(false);
    expect(reused.run?.configHash).not.toBe(before.run?.configHash);
    expect(reused).toEqual(fresh);
  });
  it('tags with the clause types of a pack added to a reused array', async () => {
    const bytes = readFileSync(fixture);
    const packs = loadBuiltinPacks();
    const before = await check([ingest(fixture, bytes)], { packs, failOn: 'never' });
    // A pack of one clause type that the fixture's royalty clauses carry.
    const royaltyReport = ClauseTypeSpecSchema.parse({ id: 'royalty-report', group: 'economics', label: 'Royalty report', headings: { 'royalt*': 0.9 } });
    const base = packs[0];
    expect(base).toBeDefined();
    if (!base) return;
    packs.push({ ...base, id: 'royalty-reports', clauseTypes: [royaltyReport], rules: [] });
    const tagged = (r: typeof before): boolean => r.documents[0]?.clauses.some((c) => c.types.some((t) => t.type === 'royalty-report')) ?? false;
    expect(tagged(before)).toBe(false);
    const reused = await check([ingest(fixture, bytes)], { packs, failOn: 'never' });
    const fresh = await check([ingest(fixture, bytes)], { packs: [...packs], failOn: 'never' });
    expect(tagged(fresh)).toBe(true);
    expect(reused).toEqual(fresh);
  });
});

// Runs every case of every built-in pack through the pack tester (the same code as `clausecheck test-pack`).
import { describe, expect, it } from 'vitest';
import { loadBuiltinPacks, testLoadedPack } from '../../src/rules/index.js';

const packs = loadBuiltinPacks();

describe('built-in packs', () => {
  it('load the four required packs', () => {
    const ids = packs.map((p) => p.id);
    for (const id of ['antitrust', 'reciprocity', 'improvements', 'exit']) expect(ids).toContain(id);
  });

  for (const pack of packs) {
    describe(pack.id, async () => {
      const result = await testLoadedPack(pack);
      it('has a firing case and a near-miss for every rule, without duplicates', () => {
        expect(result.problems).toEqual([]);
      });
      for (const c of result.cases) {
        it(c.name, () => {
          expect(c.failures).toEqual([]);
        });
      }
    });
  }
});

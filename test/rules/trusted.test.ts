// loadBuiltinPacks reads the built-in packs without zod (src/model/trusted.ts). These tests are what makes that
// safe: every built-in pack, loaded as a user pack (validated), must give exactly what the trusted path gives.
import { describe, expect, it } from 'vitest';
import { loadBuiltinPacks, loadPack } from '../../src/rules/index.js';
import { PackManifest, Rule } from '../../src/rules/schema.js';
import { shapeOf, trustedParse, type Shape } from '../../src/model/trusted.js';
import { PACK_MANIFEST_SHAPE, RULE_SHAPE } from '../../src/rules/shapes.js';

describe('trusted loading of the built-in packs', () => {
  const builtins = loadBuiltinPacks();

  it('gives, for every built-in pack, the same rules, in the same key order, as validating it', () => {
    expect(builtins.length).toBeGreaterThan(5);
    for (const pack of builtins) {
      const validated = loadPack(pack.dir);
      expect(JSON.stringify(pack), pack.id).toBe(JSON.stringify(validated));
    }
  });

  it('fills defaults and orders keys as zod does, down into conditions and anchors', () => {
    const input = {
      message: 'm',
      conditions: { any: [{ params: { text: 'royalt', types: ['royalty'], label: 'royalties' }, value: true, operator: 'isEmpty', fact: 'clauses' }] },
      scope: 'document',
      anchor: { text: 'x', types: ['royalty'], label: 'l' },
      recommendation: 'r',
      rationale: 'w',
      title: 't',
      severity: 'warning',
      id: 'p/q',
    };
    const parsed = Rule.parse(input);
    const trusted = trustedParse(Rule, input);
    expect(JSON.stringify(trusted)).toBe(JSON.stringify(parsed));
    expect(trusted.references).toEqual([]);
    expect(trusted.crossLicenseOnly).toBe(false);
    expect(JSON.stringify(trustedParse(PackManifest, { rules: ['a'], version: '1.0.0', id: 'x', description: 'd' }))).toBe(
      JSON.stringify(PackManifest.parse({ rules: ['a'], version: '1.0.0', id: 'x', description: 'd' })),
    );
  });

  it('does not validate: a user pack must go through loadPack', () => {
    // The trusted path keeps a bad value as read; the validating path refuses it.
    expect(trustedParse(Rule, { id: 'Not A Rule Id' })).toEqual({ id: 'Not A Rule Id', references: [], appliesTo: [], crossLicenseOnly: false });
    expect(Rule.safeParse({ id: 'Not A Rule Id' }).success).toBe(false);
  });

  // loadBuiltinPacks reads with these written-out shapes (no zod in a process that only uses the built-in packs).
  it('has written-out shapes equal to the schemas\' own, to any depth of nested conditions', () => {
    // Unrolled to a depth past the cycle (conditions hold conditions), the two cyclic shapes must be the same tree.
    const unrolled = (s: Shape, depth: number): unknown => {
      if (s === null) return null;
      if ('default' in s) return { default: unrolled(s.default, depth), value: s.value };
      if ('optional' in s) return { optional: unrolled(s.optional, depth) };
      if ('array' in s) return { array: unrolled(s.array, depth) };
      return depth === 0 ? '...' : { object: s.object.map(([k, v]) => [k, unrolled(v, depth - 1)]) };
    };
    expect(unrolled(RULE_SHAPE, 6)).toEqual(unrolled(shapeOf(Rule), 6));
    expect(unrolled(PACK_MANIFEST_SHAPE, 6)).toEqual(unrolled(shapeOf(PackManifest), 6));
  });
});

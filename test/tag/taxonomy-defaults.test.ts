// The built-in clause types are not run through zod when taxonomy.ts loads (start-up cost of every process
// and worker): their defaults are filled in by hand. This is the validation that load skips: every built-in
// definition must pass the schema, and the hand-filled spec must be exactly what the schema returns.
import { describe, expect, it } from 'vitest';
import { BUILTIN_DEFS, BUILTIN_TYPES } from '../../src/tag/taxonomy.js';
import { ClauseTypeSpecSchema, parseExtraTypes } from '../../src/tag/taxonomy-schema.js';

describe('built-in clause types', () => {
  it('each validates with the schema and equals its parse, keys in the same order', () => {
    expect(BUILTIN_TYPES).toHaveLength(BUILTIN_DEFS.length);
    BUILTIN_DEFS.forEach((def, i) => {
      const parsed = ClauseTypeSpecSchema.parse(def);
      expect(BUILTIN_TYPES[i], def.id).toStrictEqual(parsed);
      expect(JSON.stringify(BUILTIN_TYPES[i]), def.id).toBe(JSON.stringify(parsed));
    });
  });
  it('still validates the clause types a rule pack declares at the boundary', () => {
    expect(parseExtraTypes([{ id: 'x-ok', group: 'g', label: 'OK', phrases: { 'source code': 0.6 } }])).toMatchObject({
      ok: true, types: [{ id: 'x-ok', description: '', headings: {}, modal: [], negatives: {}, requires: [] }],
    });
    expect(parseExtraTypes([{ id: 'x-bad', group: 'g', label: 'Bad', negatives: { 'escrow': -0.1 } }])).toMatchObject({ ok: false });
  });
});

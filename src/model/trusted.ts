// The built-in packs and the built-in clause types ship with the product, and the tests validate every one of
// them against its zod schema (test/rules/trusted.test.ts, test/tag/taxonomy-defaults.test.ts). Re-validating
// them on every start-up cost each process and worker thread ~25 ms each plus zod's first-parse compilation.
// This gives the value a zod parse would return without checking it: keys in the schema's order, defaults
// filled in, the rest as read. Rule packs and their clause types from users are still validated.
// (Here, not in rules/ or tag/, because both stages use it; it reads schemas and imports nothing from src.)
import type { z } from 'zod';

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly defaultValue?: unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

// Reading a shape runs its getters (recursive schemas like Condition build a new sub-schema per read): once per object schema.
const shapes = new WeakMap<Def, readonly (readonly [string, z.ZodType])[]>();
function entriesOf(def: Def): readonly (readonly [string, z.ZodType])[] {
  let entries = shapes.get(def);
  if (!entries) {
    entries = Object.entries(def.shape as Record<string, z.ZodType>);
    shapes.set(def, entries);
  }
  return entries;
}

function reshape(schema: z.ZodType, value: unknown): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'default':
      return reshape(def.innerType as z.ZodType, value === undefined ? def.defaultValue : value);
    case 'optional':
      return value === undefined ? undefined : reshape(def.innerType as z.ZodType, value);
    case 'array':
      return Array.isArray(value) ? value.map((v) => reshape(def.element as z.ZodType, v)) : value;
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, sub] of entriesOf(def)) {
        const v = reshape(sub, input[key]);
        if (v !== undefined || key in input) out[key] = v;
      }
      return out;
    }
    default:
      // Strings, numbers, enums, unions of strings or string lists, records of unknown values: zod returns them as read.
      return value;
  }
}

/** What `schema.parse(value)` returns for a value known to be valid (a built-in pack file), without validating it. */
export function trustedParse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  return reshape(schema, value) as z.infer<T>;
}

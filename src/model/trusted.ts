// The built-in packs and the built-in clause types ship with the product, and the tests validate every one of
// them against its zod schema (test/rules/trusted.test.ts, test/tag/taxonomy-defaults.test.ts). Re-validating
// them on every start-up cost each process and worker thread ~25 ms each plus zod's first-parse compilation.
// This gives the value a zod parse would return without checking it: keys in the schema's order, defaults
// filled in, the rest as read. Rule packs and their clause types from users are still validated.
// It reads a Shape, not the schema itself: a process that only loads the built-in packs does not load zod (~50 ms of
// CPU). shapeOf reads a schema's shape, for the tests that hold the hand-written shapes to their schemas.
// (Here, not in rules/ or tag/, because both stages use it; it reads schemas and imports nothing from src.)
import type { z } from 'zod';

/** What a zod parse does to a value's layout: null, the value as read (strings, numbers, enums, unions, records). */
export type Shape =
  | null
  | { readonly object: ReadonlyArray<readonly [string, Shape]> }
  | { readonly optional: Shape }
  | { readonly array: Shape }
  | { readonly default: Shape; readonly value: unknown };

// Shapes written out by hand (rules/shapes.ts, tag/taxonomy.ts), each held to its schema by a test.
/** A value kept as read. */
export const AS_READ: Shape = null;
export const optional = (s: Shape): Shape => ({ optional: s });
export const array = (s: Shape): Shape => ({ array: s });
export const withDefault = (s: Shape, value: unknown): Shape => ({ default: s, value });
export const object = (...keys: (readonly [string, Shape])[]): { readonly object: (readonly [string, Shape])[] } => ({ object: keys });

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly defaultValue?: unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The shape of a zod schema. Recursive schemas (Condition) give a cyclic shape: one node per object schema. */
export function shapeOf(schema: z.ZodType, seen = new Map<Def, Shape>()): Shape {
  const def = defOf(schema);
  const known = seen.get(def);
  if (known !== undefined) return known;
  switch (def.type) {
    case 'default':
      return { default: shapeOf(def.innerType as z.ZodType, seen), value: def.defaultValue };
    case 'optional':
      return { optional: shapeOf(def.innerType as z.ZodType, seen) };
    case 'array':
      return { array: shapeOf(def.element as z.ZodType, seen) };
    case 'object': {
      const keys: (readonly [string, Shape])[] = [];
      const shape = { object: keys };
      seen.set(def, shape);
      // Reading the entries runs the schema's getters (Condition's all/any/not), once per object schema.
      for (const [key, sub] of Object.entries(def.shape as Record<string, z.ZodType>)) keys.push([key, shapeOf(sub, seen)]);
      return shape;
    }
    default:
      return null;
  }
}

/** What a parse with a schema of this shape returns for a value known to be valid, without validating it. */
export function reshape(shape: Shape, value: unknown): unknown {
  if (shape === null) return value;
  if ('default' in shape) return reshape(shape.default, value === undefined ? shape.value : value);
  if ('optional' in shape) return value === undefined ? undefined : reshape(shape.optional, value);
  if ('array' in shape) return Array.isArray(value) ? value.map((v) => reshape(shape.array, v)) : value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of shape.object) {
    const v = reshape(sub, input[key]);
    if (v !== undefined || key in input) out[key] = v;
  }
  return out;
}

const schemaShapes = new WeakMap<z.ZodType, Shape>();
/** What `schema.parse(value)` returns for a value known to be valid (a built-in pack file), without validating it. */
export function trustedParse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  let shape = schemaShapes.get(schema);
  if (shape === undefined) schemaShapes.set(schema, (shape = shapeOf(schema)));
  return reshape(shape, value) as z.infer<T>;
}

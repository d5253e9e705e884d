// A zod issue in a pack file (or a clause type of one) as one line says it: what is wrong, at the JSON path of the offending value. zod's own
// wording names neither the missing field ("Invalid input: expected string, received undefined") nor, for a mistyped
// key, the key a pack author meant ('Unrecognized key: "sevrity"', at the object that holds it).
import type { z } from 'zod';
import { didYouMean } from './problem.js';

/** The value at `path` inside `input` (undefined when the path leaves it). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** zod's type names as a reader of a JSON file says them. */
const TYPE_NAMES: Readonly<Record<string, string>> = { object: 'an object', array: 'a list', string: 'a string', number: 'a number', int: 'a whole number', boolean: 'true or false', null: 'null' };

/** What a JSON value is, in the same words. */
function valueName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  switch (typeof v) {
    case 'object': return 'an object';
    case 'string': return 'a string';
    case 'number': return Number.isInteger(v) ? 'a whole number' : 'a number';
    case 'boolean': return v ? 'true' : 'false';
    default: return 'nothing';
  }
}

/** A schema without its optional/default wrappers. */
function unwrapped(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  const inner = def.innerType ?? def.in;
  return inner ? unwrapped(inner) : schema;
}

/** The most edits between a mistyped key and the key it was meant to be ("txet" -> "text" is two). */
const KEY_EDITS = 2;

/** A zod schema as its definition shows it (zod 4: `def.type` and the parts of that kind). */
interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: readonly z.ZodType[];
  valueType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  getter?: () => z.ZodType;
  in?: z.ZodType;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { def: Def }).def;

/** The object schemas a value at `path` may be checked against (unions and wrappers opened), for the keys it may hold. */
function objectsAt(schema: z.ZodType, path: readonly PropertyKey[]): Def[] {
  const def = defOf(schema);
  const inner = def.innerType ?? def.in ?? def.getter?.();
  if (inner) return objectsAt(inner, path);
  if (def.type === 'union') return (def.options ?? []).flatMap((o) => objectsAt(o, path));
  if (path.length === 0) return def.type === 'object' ? [def] : [];
  const [key, ...rest] = path;
  if (def.type === 'array' && def.element && typeof key === 'number') return objectsAt(def.element, rest);
  if (def.type === 'record' && def.valueType) return objectsAt(def.valueType, rest);
  const field = def.type === 'object' ? def.shape?.[String(key)] : undefined;
  return field ? objectsAt(field, rest) : [];
}

/**
 * The message and path (relative to `input`) of a zod issue of `schema`: a missing field is 'required field is
 * missing' at the field, as the waivers file says it; a key the object may not hold is 'unknown key "mustnot"' at the
 * key, with the nearest key it may hold that it does not ('; did you mean "mustNot"?').
 */
export function describeIssue(issues: readonly z.core.$ZodIssue[], input: unknown, schema: z.ZodType): { path: PropertyKey[]; message: string } {
  const said = issues.map((issue) => describeOne(issue, input, schema));
  // A mistyped key ("sevrity") also leaves its field missing, and zod lists the missing field first: the key the
  // author meant says both.
  return said.find((s) => s.message.includes('; did you mean')) ?? said[0] ?? { path: [], message: 'invalid' };
}

function describeOne(issue: z.core.$ZodIssue, input: unknown, schema: z.ZodType): { path: PropertyKey[]; message: string } {
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const present = new Set(Object.keys((valueAt(input, path) as object | undefined) ?? {}));
    const known = objectsAt(schema, path).flatMap((d) => Object.keys(d.shape ?? {}));
    const others = issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).map((k) => `"${k}"`).join(', ')})` : '';
    return { path: [...path, key], message: `unknown key "${key}"${didYouMean(key, known.filter((k) => !present.has(k)), KEY_EDITS)}${others}` };
  }
  // zod's own check of a field left out (a type, an enum, a union of them), not a check of ours that names a path.
  const missing = issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union';
  if (missing && path.length > 0 && valueAt(input, path) === undefined && valueAt(input, path.slice(0, -1)) !== undefined) return { path, message: 'required field is missing' };
  // zod's 'Invalid input: expected object, received array' in words, naming what was found ('a list', not 'array')
  if (issue.code === 'invalid_type' && path.length === 0 && Array.isArray(input) && objectsAt(schema, []).length > 0) {
    // an object of one list (the waivers file): where the list goes
    const shapes = objectsAt(schema, []).map((d) => d.shape ?? {});
    const only = shapes.length === 1 && Object.keys(shapes[0]!).length === 1 ? Object.keys(shapes[0]!)[0]! : undefined;
    const list = only !== undefined && defOf(unwrapped(shapes[0]![only]!)).type === 'array' ? only : undefined;
    return { path, message: `expected an object, found a list${list ? `: put the list under "${list}" ({"${list}": [...]})` : ''}` };
  }
  if (issue.code === 'invalid_type') return { path, message: `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, found ${valueName(valueAt(input, path))}` };
  // zod says only "Invalid key in record" for a key that fails its schema (a pattern named "Royalty Free"): say which
  // key and what its schema wants.
  if (issue.code === 'invalid_key') return { path, message: `invalid key ${JSON.stringify(String(path.at(-1) ?? ''))}: ${issue.issues[0]?.message ?? issue.message}` };
  return { path, message: issue.message };
}

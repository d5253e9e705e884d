// Pack files -> loaded packs: pack.json + one JSON file per rule, the packs it extends, overrides, and the checks
// that need the whole pack (rule ids, clause-type references). How the files are read into specs is the caller's:
// loader.ts validates them with the zod schemas of schema.ts; the built-in packs are read here as trusted, so a
// process that only uses them does not load zod (~50 ms of CPU). Every problem is a ClauseCheckError('pack-invalid')
// naming the file and the JSON path inside it.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClauseCheckError, didYouMean, fileUnreadable, jsonPath, type Severity } from '../model/index.js';
import { reshape } from '../model/trusted.js';
import { parseJsonSafely } from '../config/json.js';
import { BUILTIN_TYPE_IDS, clauseTypeWithDefaults, type ClauseTypeSpec, type ClauseTypeSpecInput } from '../tag/taxonomy.js';
import { factNamed, operatorNamed } from './catalogue.js';
import { expandPatternRefs, expandQueryRefs, resolvePatternTable } from './pattern-refs.js';
import type { Condition, PackManifest, RuleSpec } from './schema.js';
import { PACK_MANIFEST_SHAPE, RULE_SHAPE } from './shapes.js';

/** A rule as loaded: its spec plus where it came from. Metadata (id, severity, title, ...) is plain data for listing. */
export type LoadedRule = RuleSpec & {
  readonly pack: string;
  readonly file: string;
};

export interface LoadedPack {
  readonly id: string;
  readonly version: string;
  readonly description: string;
  readonly dir: string;
  /** Extra clause types of this pack and the packs it extends, for the tagger. */
  readonly clauseTypes: readonly ClauseTypeSpec[];
  /** Own rules plus inherited ones (after overrides), sorted by id. */
  readonly rules: readonly LoadedRule[];
  /** Named patterns of this pack and the packs it extends (its own win), which its rules use as `(?&name)`. */
  readonly patterns: Readonly<Record<string, string>>;
  /** Named clause queries of this pack and the packs it extends (its own win), which its rules use as `{"$query": name}`. */
  readonly queries: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/**
 * The file of `rules/` whose named clause queries every pack may use (as if each extended it): a built-in pack copied
 * elsewhere to be adapted, or a user's own pack, can still say {"$query": "patent-licence"}.
 */
export const SHARED_QUERIES_FILE = 'shared-queries.json';
const sharedQueries = new Map<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>();

/** The shared queries of the built-in folder `builtinDir` (read once per process). */
function builtinQueries(builtinDir: string): Readonly<Record<string, Readonly<Record<string, unknown>>>> {
  const root = resolve(builtinDir);
  let table = sharedQueries.get(root);
  if (table === undefined) {
    const file = join(root, SHARED_QUERIES_FILE);
    const value = existsSync(file) ? readJson(file) : {};
    const queries = (value as { queries?: unknown }).queries ?? {};
    if (queries === null || typeof queries !== 'object' || Array.isArray(queries)) throw new ClauseCheckError('pack-invalid', '"queries" must be an object of named clause queries', { file, jsonPath: '$.queries' });
    table = queries as Record<string, Readonly<Record<string, unknown>>>;
    sharedQueries.set(root, table);
  }
  return table;
}

/** `rules/` at the package root: two levels up from src/rules/ and from dist/rules/. */
export function builtinRulesDir(): string {
  return fileURLToPath(new URL('../../rules/', import.meta.url));
}


function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ClauseCheckError('pack-invalid', fileUnreadable(e), { file });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // a syntax error named by its line and column, as in a config file
    return parseJsonSafely(text, file, 'pack-invalid');
  }
}

/** Every clause-type id a rule names, with its JSON path. */
function typeRefs(rule: RuleSpec): { id: string; path: PropertyKey[] }[] {
  const out: { id: string; path: PropertyKey[] }[] = [];
  rule.appliesTo.forEach((id, i) => out.push({ id, path: ['appliesTo', i] }));
  rule.anchor?.types?.forEach((id, i) => out.push({ id, path: ['anchor', 'types', i] }));
  const walk = (c: Condition, path: PropertyKey[]) => {
    c.all?.forEach((x, i) => walk(x, [...path, 'all', i]));
    c.any?.forEach((x, i) => walk(x, [...path, 'any', i]));
    if (c.not) walk(c.not, [...path, 'not']);
    const p = c.params as { types?: unknown; query?: { types?: unknown }; type?: unknown } | undefined;
    const lists: [unknown, PropertyKey[]][] = [[p?.types, ['params', 'types']], [p?.query?.types, ['params', 'query', 'types']]];
    for (const [list, sub] of lists) if (Array.isArray(list)) list.forEach((id, i) => out.push({ id: String(id), path: [...path, ...sub, i] }));
    if (typeof p?.type === 'string') out.push({ id: p.type, path: [...path, 'params', 'type'] });
  };
  walk(rule.conditions, ['conditions']);
  return out;
}

/** How a pack's files are read into their specs: validated (loader.ts), or as trusted (the built-in packs, below). */
export interface PackReaders {
  manifest(value: unknown, file: string): PackManifest;
  rule(value: unknown, file: string): RuleSpec;
  /** A pack's own clause types; called only when it declares some. */
  clauseTypes(input: unknown): { ok: true; types: ClauseTypeSpec[] } | { ok: false; path: string; message: string };
  /** The built-in packs: their named patterns are not compiled and analysed for safety at each start (the tests do it). */
  readonly trusted?: boolean;
}

export interface LoadState {
  readonly builtinDir: string;
  readonly loading: string[];
  readonly done: Map<string, LoadedPack>;
  readonly read: PackReaders;
}

/**
 * A built-in id, or a path relative to the pack's folder that stays inside the folder holding it (sibling packs of a
 * collection). Absolute paths and paths that climb further are refused: a pack from elsewhere must not pull in
 * arbitrary files of the machine it is run on.
 */
function resolveExtends(entry: string, fromDir: string, builtinDir: string, manifestFile: string, index: number): string {
  const builtin = join(builtinDir, entry);
  if (/^[a-z0-9][a-z0-9-]*$/.test(entry) && existsSync(join(builtin, 'pack.json'))) return resolve(builtin);
  const target = resolve(fromDir, entry);
  const fromCollection = relative(dirname(fromDir), target);
  if (isAbsolute(entry) || fromCollection === '' || fromCollection.startsWith('..') || isAbsolute(fromCollection)) {
    throw new ClauseCheckError('pack-invalid', `"${entry}" is outside the folder that holds this pack (extend a built-in id or a sibling pack folder)`, { file: manifestFile, jsonPath: `$.extends[${index}]` });
  }
  // Named here, not as the pack.json of a folder the author never wrote ('.../exits/pack.json: no such file').
  if (!existsSync(join(target, 'pack.json'))) {
    const ids = builtinIds(builtinDir);
    const what = existsSync(target) ? `the folder "${entry}" has no pack.json` : `no built-in pack "${entry}" (${ids.join(', ')}) and no pack folder "${entry}" beside this pack`;
    throw new ClauseCheckError('pack-invalid', `${what}${didYouMean(entry, ids, 2)}`, { file: manifestFile, jsonPath: `$.extends[${index}]` });
  }
  return target;
}

/** Load the pack in `dir`, and the packs it extends, with `state`'s readers. */
export function loadPackWith(dirIn: string, state: LoadState): LoadedPack {
  const dir = resolve(dirIn);
  const cached = state.done.get(dir);
  if (cached) return cached;
  const manifestFile = join(dir, 'pack.json');
  if (state.loading.includes(dir)) {
    throw new ClauseCheckError('pack-invalid', `"extends" cycle: ${[...state.loading.slice(state.loading.indexOf(dir)), dir].join(' -> ')}`, { file: manifestFile, jsonPath: '$.extends' });
  }
  state.loading.push(dir);
  try {
    const manifest = state.read.manifest(readJson(manifestFile), manifestFile);
    const parents = manifest.extends.map((e, i) => loadPackWith(resolveExtends(e, dir, state.builtinDir, manifestFile, i), state));

    // Most packs declare no clause types: skip building and running a zod schema for an empty list.
    const extra = manifest.clauseTypes.length === 0 ? ({ ok: true, types: [] } as const) : state.read.clauseTypes(manifest.clauseTypes);
    if (!extra.ok) throw new ClauseCheckError('pack-invalid', extra.message, { file: manifestFile, jsonPath: `$.clauseTypes${extra.path.slice(1)}` });
    const clauseTypes = [...parents.flatMap((p) => p.clauseTypes), ...extra.types];
    const knownTypes = new Set([...BUILTIN_TYPE_IDS, ...clauseTypes.map((t) => t.id)]);

    const patterns = resolvePatternTable(Object.assign({}, ...parents.map((p) => p.patterns)), manifest.patterns, manifestFile, state.read.trusted !== true);
    const queries: Record<string, Readonly<Record<string, unknown>>> = Object.assign({}, builtinQueries(state.builtinDir), ...parents.map((p) => p.queries), manifest.queries);
    const inherited = new Map<string, LoadedRule>();
    for (const p of parents) for (const r of p.rules) inherited.set(r.id, r);

    const own = new Map<string, LoadedRule>();
    manifest.rules.forEach((name, i) => {
      const file = join(dir, `${name}.json`);
      if (own.has(`${manifest.id}/${name}`)) throw new ClauseCheckError('pack-invalid', `rule "${name}" is listed twice`, { file: manifestFile, jsonPath: `$.rules[${i}]` });
      if (!existsSync(file)) throw new ClauseCheckError('pack-invalid', `rule file ${name}.json not found`, { file: manifestFile, jsonPath: `$.rules[${i}]` });
      const raw = expandQueryRefs(readJson(file), queries, file);
      const spec = state.read.rule(expandPatternRefs(raw, withRulePatterns(patterns, raw, file), file), file);
      const expected = `${manifest.id}/${name}`;
      if (spec.id !== expected) throw new ClauseCheckError('pack-invalid', `rule id "${spec.id}" does not match its file: expected "${expected}"`, { file, jsonPath: '$.id' });
      if (inherited.has(spec.id)) throw new ClauseCheckError('pack-invalid', `duplicate rule id "${spec.id}" (also in an extended pack)`, { file, jsonPath: '$.id' });
      for (const ref of typeRefs(spec)) {
        if (!knownTypes.has(ref.id)) throw new ClauseCheckError('pack-invalid', `unknown clause type "${ref.id}"${didYouMean(ref.id, knownTypes, 3)}`, { file, jsonPath: jsonPath(ref.path) });
      }
      own.set(spec.id, Object.freeze({ ...spec, pack: manifest.id, file }));
    });

    const all = new Map([...inherited, ...own]);
    for (const [id, setting] of Object.entries(manifest.overrides)) {
      const rule = all.get(id);
      if (!rule) throw new ClauseCheckError('pack-invalid', `override for unknown rule "${id}"`, { file: manifestFile, jsonPath: jsonPath(['overrides', id]) });
      if (setting === 'off') all.delete(id);
      else all.set(id, Object.freeze({ ...rule, severity: setting as Severity }));
    }
    const rules = [...all.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const pack: LoadedPack = Object.freeze({ id: manifest.id, version: manifest.version, description: manifest.description, dir, clauseTypes, rules, patterns: Object.freeze(patterns), queries: Object.freeze(queries) });
    state.done.set(dir, pack);
    return pack;
  } finally {
    state.loading.pop();
  }
}

/**
 * The pack's patterns with the rule file's own `patterns` table (its references resolved; its names win) when it has
 * one. A table that is not an object of strings is left to the rule's schema to report.
 */
function withRulePatterns(pack: Readonly<Record<string, string>>, rule: unknown, file: string): Readonly<Record<string, string>> {
  const own = rule !== null && typeof rule === 'object' ? (rule as { patterns?: unknown }).patterns : undefined;
  if (own === null || typeof own !== 'object' || Array.isArray(own) || !Object.values(own).every((v) => typeof v === 'string')) return pack;
  return resolvePatternTable(pack, own as Record<string, string>, file, false);
}

/**
 * A built-in rule that needs a fact or operator this build does not have: rules/ is newer than dist/ (a pull or an edit
 * since the last build). Without this, the run died in the engine with 'internal error: Undefined fact: ...' (or, from
 * a worker, 'fact ... has no implementation'); the other checks of the schema are the tests' (test/rules/trusted).
 */
function needsNewerBuild(rule: RuleSpec, file: string): void {
  const walk = (c: Condition, path: PropertyKey[]): void => {
    c.all?.forEach((x, i) => walk(x, [...path, 'all', i]));
    c.any?.forEach((x, i) => walk(x, [...path, 'any', i]));
    if (c.not) walk(c.not, [...path, 'not']);
    const missing = c.fact !== undefined && !factNamed(c.fact) ? (['fact', c.fact] as const) : c.operator !== undefined && !operatorNamed(c.operator) ? (['operator', c.operator] as const) : null;
    if (missing) {
      throw new ClauseCheckError('pack-invalid', `rule ${rule.id} needs the ${missing[0]} "${missing[1]}", which this build does not have: the built-in rules are newer than the build (run npm run build)`, {
        file, jsonPath: jsonPath([...path, missing[0]]),
      });
    }
  };
  walk(rule.conditions, ['conditions']);
}

// The built-in packs: read as zod would return them, without validating and without loading zod (the tests
// validate them: test/rules/trusted.test.ts), but for what a stale build lacks (needsNewerBuild).
const TRUSTED: PackReaders = {
  manifest: (value) => reshape(PACK_MANIFEST_SHAPE, value) as PackManifest,
  rule: (value, file) => {
    const rule = reshape(RULE_SHAPE, value) as RuleSpec;
    needsNewerBuild(rule, file);
    return rule;
  },
  clauseTypes: (input) => ({ ok: true, types: (input as ClauseTypeSpecInput[]).map(clauseTypeWithDefaults) }),
  trusted: true,
};

let builtins: LoadedPack[] | null = null;

/** The ids of the built-in packs: every folder of `root` (rules/) holding a pack.json, in name order. */
function builtinIds(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'pack.json')))
    .map((d) => d.name)
    .sort();
}

/** The built-in packs, loaded once per process through the same loader as user packs. */
export function loadBuiltinPacks(): LoadedPack[] {
  if (!builtins) {
    const root = builtinRulesDir();
    const state: LoadState = { builtinDir: root, loading: [], done: new Map(), read: TRUSTED };
    // Every folder of rules/ holding a pack.json, in name order.
    const ids = builtinIds(root);
    // Their files are validated (and their patterns checked for catastrophic backtracking) by the tests, not on every start-up.
    builtins = ids.map((id) => loadPackWith(join(root, id), state));
  }
  return [...builtins];
}

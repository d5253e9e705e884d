// The file-reading part of configuration: find clausecheck.config.json upward from an input, read it and the files it
// extends, and resolve the packs it names. Everything after this (resolveForFile, applyRuleSettings) is pure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { ClauseCheckError, describeIssue, didYouMean, fileUnreadable, type DocumentKind, type FailOn } from '../model/index.js';
import { builtinRulesDir, jsonPath } from '../rules/loader.js';
import { parseJsonSafely } from './json.js';
import { isFile } from './find.js';
import { ConfigFile, type PartySetting, type RuleSetting } from './schema.js';

export { findConfig } from './find.js';

/** A value together with the file and JSON path it was set at, so a later check can point at it. */
export interface Located<T> {
  readonly value: T;
  readonly file: string;
  readonly jsonPath: string;
}

/** A pack as the CLI loads it: a built-in pack id, or an absolute folder holding pack.json. */
export type PackRef = { readonly kind: 'builtin'; readonly id: string } | { readonly kind: 'dir'; readonly dir: string };

export interface LoadedOverride {
  readonly file: string;
  readonly index: number;
  /** The folder the globs are relative to (that of the config file declaring the override). */
  readonly baseDir: string;
  readonly files: readonly string[];
  readonly excludeFiles: readonly string[];
  readonly rules: Readonly<Record<string, Located<RuleSetting>>>;
  readonly kind: DocumentKind | null;
  readonly parties: readonly PartySetting[] | null;
  readonly reviewThreshold: number | null;
}

/** A config file merged with the files it extends (theirs first, its own settings last). */
export interface LoadedConfig {
  /** The config file that was loaded (absolute). */
  readonly file: string;
  /** Its folder: relative paths in reports and hashes are taken from here. */
  readonly dir: string;
  /** Every file read, in load order (extended files first). */
  readonly files: readonly string[];
  /** null: not set, every built-in pack. */
  readonly packs: readonly Located<PackRef>[] | null;
  readonly rules: Readonly<Record<string, Located<RuleSetting>>>;
  readonly overrides: readonly LoadedOverride[];
  readonly kind: DocumentKind | null;
  readonly parties: readonly PartySetting[] | null;
  readonly failOn: FailOn | null;
  readonly maxWarnings: number | null;
  readonly reviewThreshold: number | null;
  readonly failOnReview: boolean | null;
  /** Absolute path of the waivers file, and where the config sets it (a missing file is named with that place). */
  readonly waivers: Located<string> | null;
  readonly ignore: readonly { readonly pattern: string; readonly baseDir: string }[];
}

const MAX_EXTENDS_DEPTH = 16;

/** Validate with the schema; the first issue becomes one config-invalid error at its JSON path. */
export function parseConfigValue(value: unknown, file: string): ConfigFile {
  const r = ConfigFile.safeParse(value);
  if (r.success) return r.data;
  // Worded as a pack's or a waivers file's problems are: a field left out is 'required field is missing' (zod said
  // 'Invalid input' of an override without "files"), a mistyped key names the key meant ('"failon"; did you mean "failOn"?').
  const { path, message } = describeIssue(r.error.issues, value, ConfigFile);
  throw new ClauseCheckError('config-invalid', message, { file, jsonPath: jsonPath(path) });
}


function readConfigText(file: string, from?: Located<string>): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const what = fileUnreadable(e);
    // A missing extended file is the extending file's mistake: point at its "extends" entry.
    if (from) throw new ClauseCheckError('config-invalid', `extended config ${from.value}: ${what}`, { file: from.file, jsonPath: from.jsonPath });
    throw new ClauseCheckError('config-invalid', what, { file });
  }
}

const PACK_ID = /^[a-z0-9][a-z0-9-]*$/;

/** The built-in packs' ids, for naming them in a problem. */
function builtinPackIds(): string[] {
  try {
    return readdirSync(builtinRulesDir()).filter((id) => PACK_ID.test(id) && isFile(join(builtinRulesDir(), id, 'pack.json'))).sort();
  } catch {
    return [];
  }
}

/**
 * Where a pack named by a config's "packs" or by --pack is: a built-in id, a folder (./x, ../x, /x, x/y) or an npm
 * package installed in a node_modules folder above `baseDir`; else why none is, in the words both use.
 */
export function locatePack(entry: string, baseDir: string): PackRef | { readonly problem: string } {
  if (PACK_ID.test(entry) && existsSync(join(builtinRulesDir(), entry, 'pack.json'))) return { kind: 'builtin', id: entry };
  const isPackage = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i.test(entry) && !entry.startsWith('.');
  if (!isPackage || isAbsolute(entry)) {
    const dir = resolve(baseDir, entry);
    if (isFile(join(dir, 'pack.json'))) return { kind: 'dir', dir };
    return { problem: existsSync(dir) ? `pack folder ${entry} has no pack.json` : `no pack folder ${entry}` };
  }
  let dir = baseDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', entry);
    if (isFile(join(candidate, 'pack.json'))) return { kind: 'dir', dir: candidate };
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const local = resolve(baseDir, entry);
  if (isFile(join(local, 'pack.json'))) return { kind: 'dir', dir: local };
  const ids = builtinPackIds();
  return { problem: `unknown pack "${entry}": not a built-in pack (${ids.join(', ')}), a folder with pack.json, nor an installed package with pack.json${didYouMean(entry, ids, 2)}` };
}

function resolvePackRef(entry: string, baseDir: string, at: { file: string; jsonPath: string }): PackRef {
  const found = locatePack(entry, baseDir);
  if ('problem' in found) throw new ClauseCheckError('config-invalid', found.problem, at);
  return found;
}

function locateRules(rules: Record<string, RuleSetting> | undefined, file: string, prefix: PropertyKey[]): Record<string, Located<RuleSetting>> {
  const out: Record<string, Located<RuleSetting>> = {};
  for (const [key, value] of Object.entries(rules ?? {})) out[key] = { value, file, jsonPath: jsonPath([...prefix, key]) };
  return out;
}

const EMPTY: Omit<LoadedConfig, 'file' | 'dir'> = {
  files: [], packs: null, rules: {}, overrides: [], kind: null, parties: null, failOn: null, maxWarnings: null, reviewThreshold: null, failOnReview: null, waivers: null, ignore: [],
};

function loadInto(file: string, chain: string[], from?: Located<string>): Omit<LoadedConfig, 'file' | 'dir'> {
  if (chain.includes(file)) {
    throw new ClauseCheckError('config-invalid', `"extends" cycle: ${[...chain.slice(chain.indexOf(file)), file].join(' -> ')}`, from ? { file: from.file, jsonPath: from.jsonPath } : { file });
  }
  if (chain.length >= MAX_EXTENDS_DEPTH) throw new ClauseCheckError('config-invalid', `"extends" nested deeper than ${MAX_EXTENDS_DEPTH} files`, { file });
  const raw = parseJsonSafely(readConfigText(file, from), file, 'config-invalid');
  const config = parseConfigValue(raw, file);
  const dir = dirname(file);

  let base = EMPTY;
  for (const [i, entry] of (config.extends ?? []).entries()) {
    const parent = loadInto(resolve(dir, entry), [...chain, file], { value: entry, file, jsonPath: jsonPath(['extends', i]) });
    base = merge(base, parent);
  }
  const own: Omit<LoadedConfig, 'file' | 'dir'> = {
    files: [file],
    packs: config.packs ? config.packs.map((entry, i) => {
      const at = { file, jsonPath: jsonPath(['packs', i]) };
      return { value: resolvePackRef(entry, dir, at), ...at };
    }) : null,
    rules: locateRules(config.rules, file, ['rules']),
    overrides: (config.overrides ?? []).map((o, index) => ({
      file, index, baseDir: dir,
      files: typeof o.files === 'string' ? [o.files] : o.files,
      excludeFiles: o.excludeFiles === undefined ? [] : typeof o.excludeFiles === 'string' ? [o.excludeFiles] : o.excludeFiles,
      rules: locateRules(o.rules, file, ['overrides', index, 'rules']),
      kind: o.kind ?? null,
      parties: o.parties ?? null,
      reviewThreshold: o.reviewThreshold ?? null,
    })),
    kind: config.kind ?? null,
    parties: config.parties ?? null,
    failOn: config.failOn ?? null,
    maxWarnings: config.maxWarnings ?? null,
    reviewThreshold: config.reviewThreshold ?? null,
    failOnReview: config.failOnReview ?? null,
    waivers: config.waivers === undefined ? null : { value: resolve(dir, config.waivers), file, jsonPath: '$.waivers' },
    ignore: (config.ignore ?? []).map((pattern) => ({ pattern, baseDir: dir })),
  };
  return merge(base, own);
}

/** `later` on top of `earlier`: scalars and lists are replaced, rules merged key by key, overrides and ignores appended. */
function merge(earlier: Omit<LoadedConfig, 'file' | 'dir'>, later: Omit<LoadedConfig, 'file' | 'dir'>): Omit<LoadedConfig, 'file' | 'dir'> {
  return {
    files: [...earlier.files, ...later.files.filter((f) => !earlier.files.includes(f))],
    packs: later.packs ?? earlier.packs,
    rules: { ...earlier.rules, ...later.rules },
    overrides: [...earlier.overrides, ...later.overrides],
    kind: later.kind ?? earlier.kind,
    parties: later.parties ?? earlier.parties,
    failOn: later.failOn ?? earlier.failOn,
    maxWarnings: later.maxWarnings ?? earlier.maxWarnings,
    reviewThreshold: later.reviewThreshold ?? earlier.reviewThreshold,
    failOnReview: later.failOnReview ?? earlier.failOnReview,
    waivers: later.waivers ?? earlier.waivers,
    ignore: [...earlier.ignore, ...later.ignore],
  };
}

/** Read a config file and the files it extends. Problems are ClauseCheckError('config-invalid') with file and JSON path. */
export function loadConfig(path: string): LoadedConfig {
  const file = resolve(path);
  return Object.freeze({ file, dir: dirname(file), ...loadInto(file, []) });
}

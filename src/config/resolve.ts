// Pure: a loaded config + one input path -> the settings in force for that file; applying rule settings to packs;
// checking that every configured rule exists; the stable hash; the starter config of `clausecheck init`.
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { CappedCache, ClauseCheckError, DEFAULT_REVIEW_THRESHOLD, didYouMeanText, editDistance, type DocumentKind, type FailOn, type Severity } from '../model/index.js';
import type { LoadedPack } from '../rules/loader.js';
import { canonicalJson } from './json.js';
import type { LoadedConfig, Located, PackRef } from './load.js';
import type { PartySetting, RuleSetting } from './schema.js';
// In a module of its own (without picomatch): a worker thread of the CLI applies rule settings and nothing else here.
export { applyRuleSettings } from './rule-settings.js';

/** What applies to one input file. */
export interface EffectiveConfig {
  /** Built-in pack ids and absolute pack folders, in order; null: every built-in pack. */
  readonly packs: readonly string[] | null;
  /** Rule key ("pack/rule" or "pack/*") -> severity or "off", keys sorted. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly kind: DocumentKind | null;
  readonly parties: readonly PartySetting[];
  readonly failOn: FailOn | null;
  readonly maxWarnings: number | null;
  /** Top level, then the last matching override that sets one. */
  readonly reviewThreshold: number | null;
  readonly failOnReview: boolean | null;
  readonly waivers: string | null;
  /** The file matches an `ignore` glob: a glob or folder expansion should skip it. */
  readonly ignored: boolean;
  /** sha256 (hex) of the canonical JSON of the settings above (paths relative to the config folder). */
  readonly hash: string;
}

const toPosix = (p: string): string => p.split(sep).join('/');

function packName(ref: PackRef): string {
  return ref.kind === 'builtin' ? ref.id : ref.dir;
}

/** The path that globs are matched against: relative to `baseDir`, with forward slashes. */
function relativeTo(baseDir: string, absFile: string): string {
  return toPosix(relative(baseDir, absFile));
}

/** Glob matchers by pattern list, bounded: a long-lived process meets ever new configurations. */
const matcherCache = new CappedCache<string, (path: string) => boolean>(1000);
function matcherOf(key: string): (path: string) => boolean {
  // A pattern without a slash ("*.draft.md") matches the file name anywhere, as in .gitignore.
  // "./drafts/**" means "drafts/**": paths are matched relative to the config folder without a leading "./".
  const clean = (JSON.parse(key) as string[]).map((p) => p.replace(/^(?:\.\/)+/, ''));
  return picomatch(clean, { dot: true, basename: clean.every((p) => !p.includes('/')) });
}
function matches(patterns: readonly string[], path: string): boolean {
  if (patterns.length === 0) return false;
  return matcherCache.get(JSON.stringify(patterns), matcherOf)(path);
}

function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The settings in force for `filePath` (absolute, or relative to `cwd`; "-" for standard input, which only the
 * top-level settings apply to). Overrides apply in order, later ones winning.
 */
export function resolveForFile(config: LoadedConfig, filePath: string, options: { cwd?: string } = {}): EffectiveConfig {
  const abs = filePath === '-' ? null : resolve(options.cwd ?? config.dir, filePath);
  const rules = new Map<string, RuleSetting>(Object.entries(config.rules).map(([k, v]) => [k, v.value]));
  let kind = config.kind;
  let parties = config.parties;
  let reviewThreshold = config.reviewThreshold;
  if (abs !== null) {
    for (const o of config.overrides) {
      const rel = relativeTo(o.baseDir, abs);
      if (!matches(o.files, rel) || matches(o.excludeFiles, rel)) continue;
      for (const [k, v] of Object.entries(o.rules)) rules.set(k, v.value);
      kind = o.kind ?? kind;
      parties = o.parties ?? parties;
      reviewThreshold = o.reviewThreshold ?? reviewThreshold;
    }
  }
  const ignored = abs !== null && config.ignore.some((i) => matches([i.pattern], relativeTo(i.baseDir, abs)));
  const settings = {
    packs: config.packs ? config.packs.map((p) => packName(p.value)) : null,
    rules: sortedRecord(rules),
    kind,
    parties: parties ?? [],
    failOn: config.failOn,
    maxWarnings: config.maxWarnings,
    reviewThreshold,
    failOnReview: config.failOnReview,
    waivers: config.waivers?.value ?? null,
  };
  return { ...settings, ignored, hash: configHash(settings, config.dir) };
}

/** sha256 of the canonical JSON of effective settings; absolute paths are made relative to `baseDir` first. */
export function configHash(settings: Omit<EffectiveConfig, 'hash' | 'ignored'>, baseDir: string): string {
  const portable = (p: string): string => (isAbsolute(p) ? relativeTo(baseDir, p) : p);
  const value = {
    ...settings,
    packs: settings.packs?.map(portable) ?? null,
    waivers: settings.waivers === null ? null : portable(settings.waivers),
  };
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/**
 * Every rule key of the config (top level and overrides) must name a rule of the active packs, or "pack/*" an active
 * pack: a typo would otherwise silently leave a rule at its default. Throws config-invalid at the key's JSON path.
 */
export function validateRuleSettings(config: LoadedConfig, packs: readonly LoadedPack[]): void {
  const ids = new Set(packs.flatMap((p) => p.rules.map((r) => r.id)));
  const packIds = new Set([...ids].map((id) => id.split('/')[0] ?? ''));
  const all: [string, Located<RuleSetting>][] = [...Object.entries(config.rules), ...config.overrides.flatMap((o) => Object.entries(o.rules))];
  for (const [key, where] of all) {
    const [pack, name] = key.split('/') as [string, string];
    if (name === '*' ? packIds.has(pack) : ids.has(key)) continue;
    const near = [...ids].filter((id) => editDistance(id, key) <= 3).sort();
    const hint = didYouMeanText(near);
    const what = name === '*' ? `no active pack "${pack}"` : `unknown rule "${key}" (not in the active packs${hint})`;
    throw new ClauseCheckError('config-invalid', what, { file: where.file, jsonPath: where.jsonPath });
  }
}

/** The file `clausecheck init` writes: every built-in pack, the default gate, and an example override for drafts. */
export function starterConfig(builtinPackIds: readonly string[]): string {
  const config = {
    packs: [...builtinPackIds],
    failOn: 'error',
    reviewThreshold: DEFAULT_REVIEW_THRESHOLD,
    failOnReview: false,
    rules: {},
    parties: [],
    overrides: [
      {
        files: ['drafts/**'],
        rules: { 'precision/placeholder': 'warning' },
      },
    ],
    ignore: ['node_modules/**'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

// Public API. Keep it small; test/api/api.test.ts pins it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Loader from './rules/loader.js';

export { check, tag, ruleInfos, type CheckOptions } from './check.js';
export { ingest, sourceFromText } from './ingest/index.js';
// The built-in packs are read as trusted, without zod (rules/pack-files.ts).
export { loadBuiltinPacks, type LoadedPack } from './rules/pack-files.js';
export { loadFormatter, FORMAT_NAMES, defaultContext, type FormatName, type Formatter, type FormatContext, type RuleInfo } from './report/index.js';
export { ClauseCheckError, SCHEMA_VERSION, SEVERITIES, FAIL_ON } from './model/index.js';
export type {
  Source, InputFormat, Point, ClauseNode, ClauseTree, ClauseKind, Tag, Finding, Severity, FailOn,
  Party, GrantRecord, ClauseAttributes, DocumentKind, Definition, ProblemCode,
  RunReport, DocumentReport, ClauseReport, RunSummary,
} from './model/index.js';

// loadPack validates a pack with zod (~50 ms of CPU and ~95 modules to load, in every process and worker thread
// that imports the library): the validating loader loads on its first call, with require(), where the runtime can
// require ES modules (Node.js >= 20.19 / 22.12). Elsewhere, and run from the TypeScript sources (the tests), it loads
// with the library, as before.
const LOADER = fileURLToPath(new URL('./rules/loader.js', import.meta.url));
let loader: typeof Loader | undefined = process.features.require_module && existsSync(LOADER) ? undefined : await import('./rules/loader.js');

/** Load the pack in `dir` (its pack.json, rule files and the packs it extends), validated. */
export const loadPack: typeof Loader.loadPack = (dir, options) => {
  loader ??= createRequire(import.meta.url)(LOADER) as typeof Loader;
  return loader.loadPack(dir, options);
};

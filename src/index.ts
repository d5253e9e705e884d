// Public API. Keep it small; test/api/api.test.ts pins it.
import type * as Loader from './rules/loader.js';
import { validatingLoader } from './pack-loader.js';

export { check, tag, ruleInfos, type CheckOptions } from './check.js';
export { ingest, ingestFile, sourceFromText } from './ingest/index.js';
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
// that imports the library): the validating loader loads on its first call (pack-loader.ts).
/** Load the pack in `dir` (its pack.json, rule files and the packs it extends), validated. */
export const loadPack: typeof Loader.loadPack = (dir, options) => validatingLoader().loadPack(dir, options);

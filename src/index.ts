// Public API. Keep it small; test/api/api.test.ts pins it.
export { check, tag, ruleInfos, type CheckOptions } from './check.js';
export { ingest, sourceFromText } from './ingest/index.js';
export { loadBuiltinPacks, loadPack, type LoadedPack } from './rules/index.js';
export { loadFormatter, FORMAT_NAMES, defaultContext, type FormatName, type Formatter, type FormatContext, type RuleInfo } from './report/index.js';
export { ClauseCheckError, SCHEMA_VERSION, SEVERITIES, FAIL_ON } from './model/index.js';
export type {
  Source, InputFormat, Point, ClauseNode, ClauseTree, ClauseKind, Tag, Finding, Severity, FailOn,
  Party, GrantRecord, ClauseAttributes, DocumentKind, Definition, ProblemCode,
  RunReport, DocumentReport, ClauseReport, RunSummary,
} from './model/index.js';

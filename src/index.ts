// Public API. Keep it small; a test pins it.
export { check, tag, checkDocument, gateFails, type CheckOptions } from './check.js';
export { analyze, type Analysis } from './analysis.js';
export { ingest, sourceFromText } from './ingest/index.js';
export { loadBuiltinPacks } from './rules/index.js';
export * from './model/index.js';

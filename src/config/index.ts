// Configuration: clausecheck.config.json found upward from an input, merged with the files it extends, resolved per
// input file. Only findConfig/loadConfig read files; the rest is pure.
export { CONFIG_FILE_NAME, ConfigFile, RuleSetting, RuleKey, PartySetting, OverrideSetting } from './schema.js';
export { findConfig, loadConfig, parseConfigValue, type LoadedConfig, type LoadedOverride, type Located, type PackRef } from './load.js';
export { resolveForFile, applyRuleSettings, validateRuleSettings, configHash, starterConfig, type EffectiveConfig } from './resolve.js';
export { parseJsonSafely, canonicalJson, MAX_JSON_DEPTH } from './json.js';

// Everything heavy the commands use (the pipeline, packs, config, NLP), loaded on first use so that
// `--help`, `--version`, `schema` and usage errors answer without loading the tagger.
export { ingestFile } from '../ingest/index.js';
export { buildReport, checkDocument, ruleInfos, tag } from '../check.js';
export { parseWaivers } from '../report/waivers.js';
export { parseBaseline } from '../report/baseline.js';
export { formatTagText } from '../report/tag-text.js';
export { formatRuleList, formatRuleShow, formatPackTest } from '../report/rules-text.js';
export { resolvePacks } from './packs.js';
export { checkAll } from './pool.js';
export { checkRuleKeys, configPackNames, findRunConfig, settingsFor } from './config.js';
export { CONFIG_FILE_NAME, applyRuleSettings, parseJsonSafely, starterConfig } from '../config/index.js';
export { loadBuiltinPacks, testPack } from '../rules/index.js';

// What the commands use beyond argument parsing (packs, config, report building), loaded on first use so that
// `--help`, `--version`, `schema` and usage errors answer at once. The NLP pipeline (check.js) is loaded
// separately, only where documents are analysed on this thread: see pipeline().
export { ingestFile } from '../ingest/index.js';
export { buildReport, ruleInfos } from '../report/build.js';
export { parseWaivers } from '../report/waivers-schema.js';
export { parseBaseline } from '../report/baseline.js';
export { formatTagText } from '../report/tag-text.js';
export { formatRuleList, formatRuleShow, formatPackTest } from '../report/rules-text.js';
export { resolvePacks } from './packs.js';
export { checkAll } from './pool.js';
export { checkRuleKeys, configPackNames, findRunConfig, settingsFor } from './config.js';
export { CONFIG_FILE_NAME, applyRuleSettings, parseJsonSafely, starterConfig } from '../config/index.js';
export { loadBuiltinPacks } from '../rules/loader.js';

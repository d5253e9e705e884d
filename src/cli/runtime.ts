// What the commands use beyond argument parsing (packs, config, report building), loaded on first use so that
// `--help`, `--version`, `schema` and usage errors answer at once. The NLP pipeline (check.js) is loaded separately,
// only where documents are analysed on this thread: see pipeline(). Nothing here loads zod: what validates outside
// input with it (a config file, a pack folder, waivers, a baseline) is imported where there is such input.
export { formatFromPath, ingestFile } from '../ingest/index.js';
export { buildReport, ruleInfos } from '../report/build.js';
export { formatTagText } from '../report/tag-text.js';
export { formatRuleList, formatRuleShow, formatPackTest } from '../report/rules-text.js';
export { resolvePacks } from './packs.js';
export { checkAll, onThisThread, startWorkersAhead, tuneJit } from './pool.js';
export { checkRuleKeys, configPackNames, findRunConfig, settingsFor } from './config.js';
export { CONFIG_FILE_NAME } from '../config/find.js';
export { applyRuleSettings, starterConfig } from '../config/resolve.js';
export { parseJsonSafely } from '../config/json.js';
export { loadBuiltinPacks } from '../rules/pack-files.js';

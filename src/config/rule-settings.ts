// Rule settings (severity or "off" per rule id or "pack/*") applied to loaded packs. Apart from resolve.ts, whose
// path globs load picomatch: a worker thread of the CLI needs this and nothing else of the config.
import type { Severity } from '../model/index.js';
import type { LoadedPack, LoadedRule } from '../rules/loader.js';
import type { RuleSetting } from './schema.js';

/** The setting for a rule: its own key wins over its pack's "pack/*". */
function settingFor(rules: Readonly<Record<string, RuleSetting>>, ruleId: string): RuleSetting | undefined {
  return rules[ruleId] ?? rules[`${ruleId.split('/')[0] ?? ''}/*`];
}

/** Packs with the configured severities applied and "off" rules removed. Packs are not mutated. */
export function applyRuleSettings(packs: readonly LoadedPack[], rules: Readonly<Record<string, RuleSetting>>): LoadedPack[] {
  if (Object.keys(rules).length === 0) return [...packs];
  return packs.map((pack) => {
    const out: LoadedRule[] = [];
    for (const rule of pack.rules) {
      const setting = settingFor(rules, rule.id);
      if (setting === 'off') continue;
      out.push(setting === undefined || setting === rule.severity ? rule : Object.freeze({ ...rule, severity: setting as Severity }));
    }
    return Object.freeze({ ...pack, rules: out });
  });
}

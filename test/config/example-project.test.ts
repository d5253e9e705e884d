// examples/acme-project end to end, in process: its config (packs incl. the example playbook, rule settings, a drafts
// override, parties), the in-document suppression, and the engine together.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyRuleSettings, findConfig, loadConfig, resolveForFile, validateRuleSettings } from '../../src/config/index.js';
import { checkDocument } from '../../src/check.js';
import { ingest } from '../../src/ingest/index.js';
import { loadBuiltinPacks, loadPack, type LoadedPack } from '../../src/rules/index.js';

const project = fileURLToPath(new URL('../../examples/acme-project/', import.meta.url));
const draft = `${project}drafts/beta-cross-license.md`;

async function checkWithConfig(file: string) {
  const configFile = findConfig(`${project}drafts`);
  if (!configFile) throw new Error('no config found');
  const config = loadConfig(configFile);
  const builtins = loadBuiltinPacks();
  const packs: LoadedPack[] = (config.packs ?? []).map(({ value }) => (value.kind === 'builtin' ? (builtins.find((p) => p.id === value.id) as LoadedPack) : loadPack(value.dir)));
  validateRuleSettings(config, packs);
  const effective = resolveForFile(config, file);
  const report = await checkDocument(ingest(file, readFileSync(file)), applyRuleSettings(packs, effective.rules), effective.kind ? { kind: effective.kind } : {});
  return { config, effective, report };
}

describe('examples/acme-project', () => {
  it('finds its config upward from the draft and resolves the playbook pack', async () => {
    const { config, effective } = await checkWithConfig(draft);
    expect(config.file).toBe(`${project}clausecheck.config.json`);
    expect(effective.packs?.at(-1)).toBe(fileURLToPath(new URL('../../examples/acme-playbook', import.meta.url)));
    expect(effective.rules).toEqual({ 'antitrust/compliance-clause-missing': 'warning', 'precision/placeholder': 'warning', 'precision/vague-term': 'off' });
  });
  it('applies the settings, the playbook and the suppression to the draft', async () => {
    const { report } = await checkWithConfig(draft);
    const by = (id: string) => report.findings.filter((f) => f.ruleId === id);
    // Drafts may keep placeholders, as warnings.
    expect(by('precision/placeholder').map((f) => f.severity)).toEqual(['warning']);
    expect(by('precision/vague-term')).toEqual([]);
    expect(by('antitrust/compliance-clause-missing').map((f) => f.severity)).toEqual(['warning']);
    // The playbook's ladder: 15 days is below the walk-away position.
    expect(by('acme-playbook/notice-period-minimum').map((f) => [f.severity, f.clauseNumber])).toEqual([['error', '10.1']]);
    // Counsel's marker above 8.4: kept, marked, with the reason.
    const [noChallenge] = by('antitrust/no-challenge');
    expect(noChallenge?.clauseNumber).toBe('8.4');
    expect(noChallenge?.suppressed?.reason).toMatch(/^accepted by Acme legal \(M\. Rossi, 2025-03-02\)/);
    expect(report.findings.filter((f) => f.ruleId.startsWith('clausecheck/'))).toEqual([]);
    // A cooperative dispute step and a governing law are present.
    expect(by('governance/dispute-resolution-missing')).toEqual([]);
    expect(by('governance/governing-law-missing')).toEqual([]);
  });
});

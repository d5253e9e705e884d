import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/model/index.js';
import { FIXTURES, run } from './helpers.js';

function project(config: object | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausecheck-config-'));
  mkdirSync(join(dir, 'deals', 'drafts'), { recursive: true });
  copyFileSync(join(FIXTURES, 'placeholder-license.md'), join(dir, 'deals', 'final.md'));
  copyFileSync(join(FIXTURES, 'placeholder-license.md'), join(dir, 'deals', 'drafts', 'draft.md'));
  if (config) writeFileSync(join(dir, 'clausecheck.config.json'), JSON.stringify(config));
  return dir;
}

async function json(argv: string[], cwd: string): Promise<{ code: number; report: RunReport; stderr: string }> {
  const r = await run(['check', ...argv, '--format', 'json'], { cwd });
  return { code: r.code, report: r.stdout ? (JSON.parse(r.stdout) as RunReport) : (undefined as unknown as RunReport), stderr: r.stderr };
}

const severities = (r: RunReport, path: string, rule: string): string[] =>
  r.documents.find((d) => d.path === path)!.findings.filter((f) => f.ruleId === rule).map((f) => f.severity);

describe('clausecheck.config.json', () => {
  it('is found upward from the input and its rule settings and overrides apply per file', async () => {
    const dir = project({
      rules: { 'governance/*': 'off', 'precision/placeholder': 'warning' },
      overrides: [{ files: ['deals/drafts/**'], rules: { 'precision/placeholder': 'info' } }],
    });
    const { report } = await json(['.', '--fail-on', 'never'], join(dir, 'deals'));
    expect(report.documents.map((d) => d.path)).toEqual(['drafts/draft.md', 'final.md']);
    expect(severities(report, 'final.md', 'precision/placeholder').every((s) => s === 'warning')).toBe(true);
    expect(severities(report, 'drafts/draft.md', 'precision/placeholder').every((s) => s === 'info')).toBe(true);
    expect(severities(report, 'final.md', 'precision/placeholder').length).toBeGreaterThan(0);
    expect(report.documents.flatMap((d) => d.findings).some((f) => f.ruleId.startsWith('governance/'))).toBe(false);
  });

  it('sets the gate, packs and ignored files; flags win over it', async () => {
    const dir = project({ failOn: 'never', packs: ['precision'], ignore: ['deals/drafts/**'] });
    const fromConfig = await json(['deals'], dir);
    expect(fromConfig.code).toBe(0);
    expect(fromConfig.report.documents.map((d) => d.path)).toEqual(['deals/final.md']);
    expect(fromConfig.report.run!.packs.map((p) => p.id)).toEqual(['precision']);
    expect(new Set(fromConfig.report.documents[0]!.findings.map((f) => f.pack))).toEqual(new Set(['precision']));
    const flagged = await json(['deals', '--fail-on', 'error', '--pack', 'exit'], dir);
    expect(flagged.report.run!.packs.map((p) => p.id)).toEqual(['exit']);
    // A file named on the command line is checked even when the config ignores it.
    const named = await json(['deals/drafts/draft.md'], dir);
    expect(named.report.documents).toHaveLength(1);
  });

  it('shapes rules list: its packs, severities and rules switched off', async () => {
    const dir = project({ packs: ['precision', 'exit'], rules: { 'precision/placeholder': 'info', 'exit/*': 'off' } });
    const r = await run(['rules', 'list', '--format', 'json'], { cwd: join(dir, 'deals') });
    const rules = JSON.parse(r.stdout) as { id: string; severity: string }[];
    expect(rules.length).toBeGreaterThan(3);
    expect(rules.every((x) => x.id.startsWith('precision/'))).toBe(true);
    expect(rules.find((x) => x.id === 'precision/placeholder')!.severity).toBe('info');
  });

  it('changes the configuration hash when the config changes', async () => {
    const a = (await json(['deals/final.md'], project({ rules: { 'precision/placeholder': 'warning' } }))).report.run!.configHash;
    const b = (await json(['deals/final.md'], project({ rules: { 'precision/placeholder': 'info' } }))).report.run!.configHash;
    const c = (await json(['deals/final.md'], project({ rules: { 'precision/placeholder': 'info' } }))).report.run!.configHash;
    expect(a).not.toBe(b);
    expect(b).toBe(c);
  });

  it('exits 2 naming the config and JSON path for an unknown rule or a bad value', async () => {
    const unknown = await json(['deals/final.md'], project({ rules: { 'precision/placeholdr': 'off' } }));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/clausecheck\.config\.json: \$\.rules\["?precision\/placeholdr"?\]?.*did you mean "precision\/placeholder"/);
    const bad = await json(['deals/final.md'], project({ failOn: 'sometimes' }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/clausecheck\.config\.json: \$\.failOn/);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('names a config found upward, the files it extends and its waivers file relative to the working directory', async () => {
    const lines = async (config: object, files: Record<string, string> = {}): Promise<string> => {
      const dir = project(config);
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      const r = await run(['check', 'drafts/draft.md'], { cwd: join(dir, 'deals') });
      expect(r.code).toBe(2);
      return r.stderr;
    };
    // Run from deals/: the config two folders above the input is '../clausecheck.config.json' (it was named by its absolute path).
    expect(await lines({ failOn: 'sometimes' })).toBe(
      'clausecheck: ../clausecheck.config.json: $.failOn: Invalid option: expected one of "error"|"warning"|"info"|"never"\n',
    );
    expect(await lines({ rules: { 'precision/placeholdr': 'off' } })).toBe(
      'clausecheck: ../clausecheck.config.json: $.rules["precision/placeholdr"]: unknown rule "precision/placeholdr" (not in the active packs; did you mean "precision/placeholder"?)\n',
    );
    expect(await lines({ extends: ['./company.json'] }, { 'company.json': JSON.stringify({ kind: 'merger' }) })).toMatch(
      /^clausecheck: \.\.\/company\.json: \$\.kind: Invalid option: [^\n]*\n$/,
    );
    // a waivers file the config names and that is missing: named at the config's $.waivers, itself relative to here
    expect(await lines({ waivers: 'waivers.json' })).toBe('clausecheck: ../clausecheck.config.json: $.waivers: waivers file ../waivers.json: no such file\n');
  });

  it('words every --config problem alike: the file as given, the JSON path, what is allowed', async () => {
    const dir = project(null);
    mkdirSync(join(dir, 'settings'));
    const write = (name: string, config: object): string => {
      writeFileSync(join(dir, 'settings', name), JSON.stringify(config));
      return `settings/${name}`;
    };
    const stderr = async (argv: string[]): Promise<string> => {
      const r = await run(['check', 'deals/final.md', ...argv], { cwd: dir });
      expect(r.code).toBe(2);
      return r.stderr;
    };
    // A severity typo says which values a rule takes, as a bad failOn or kind does (was zod's bare "Invalid input").
    expect(await stderr(['--config', write('loud.json', { rules: { 'precision/placeholder': 'loud' } })])).toBe(
      'clausecheck: settings/loud.json: $.rules["precision/placeholder"]: Invalid option: expected one of "error"|"warning"|"info"|"off"\n',
    );
    expect(await stderr(['--config', write('override.json', { overrides: [{ files: 'deals/**', rules: { 'exit/*': 'quiet' } }] })])).toBe(
      'clausecheck: settings/override.json: $.overrides[0].rules["exit/*"]: Invalid option: expected one of "error"|"warning"|"info"|"off"\n',
    );
    // An unknown rule is found after the packs load: it too names the file as given, not by its absolute path.
    expect(await stderr(['--config', write('unknown.json', { rules: { 'precision/placeholdr': 'off' } })])).toBe(
      'clausecheck: settings/unknown.json: $.rules["precision/placeholdr"]: unknown rule "precision/placeholdr" (not in the active packs; did you mean "precision/placeholder"?)\n',
    );
    // A missing config is worded as a missing waivers file or input is.
    expect(await stderr(['--config', 'settings/none.json'])).toBe('clausecheck: settings/none.json: no such file\n');
    expect(await stderr(['--waivers', 'settings/none.json'])).toBe('clausecheck: settings/none.json: no such file\n');
    expect(await stderr(['--config', write('extends.json', { extends: ['./company.json'] })])).toBe(
      'clausecheck: settings/extends.json: $.extends[0]: extended config ./company.json: no such file\n',
    );
  });

  it('--pack finds and refuses a pack as the config does, in the same words', async () => {
    // Before: --pack said 'antitrus: unknown pack: not a built-in pack (...) nor a directory' where the config said
    // 'unknown pack "antitrus": not a built-in pack, a folder with pack.json, nor an installed package with pack.json';
    // neither suggested the pack meant, and --pack did not look in node_modules.
    const dir = project(null);
    const problemOf = async (argv: string[]): Promise<string> => {
      const r = await run(['check', 'deals/final.md', ...argv], { cwd: dir });
      expect(r.code).toBe(2);
      return r.stderr;
    };
    const said = 'unknown pack "antitrus": not a built-in pack (antitrust, exit, governance, improvements, monetization, precision, reciprocity), a folder with pack.json, nor an installed package with pack.json; did you mean "antitrust"?';
    expect(await problemOf(['--pack', 'antitrus'])).toBe(`clausecheck: --pack: ${said}\n`);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ packs: ['antitrus'] }));
    expect(await problemOf(['--config', 'bad.json'])).toBe(`clausecheck: bad.json: $.packs[0]: ${said}\n`);
    // a folder: missing, or without pack.json
    expect(await problemOf(['--pack', './playbook'])).toBe('clausecheck: --pack: no pack folder ./playbook\n');
    expect(await problemOf(['--pack', './deals'])).toBe('clausecheck: --pack: pack folder ./deals has no pack.json\n');
    // an installed package is found by --pack too
    const installed = join(dir, 'node_modules', '@acme', 'playbook');
    mkdirSync(installed, { recursive: true });
    writeFileSync(join(installed, 'pack.json'), JSON.stringify({ id: 'acme-playbook', version: '1.0.0', description: 'house rules', rules: [] }));
    const r = await run(['check', 'deals/final.md', '--pack', '@acme/playbook', '--pack', 'precision', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(new Set((JSON.parse(r.stdout) as RunReport).documents[0]!.findings.map((f) => f.pack))).toEqual(new Set(['precision']));
  });
});

import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CONFIG_FILE_NAME, ConfigFile, applyRuleSettings, findConfig, loadConfig, parseJsonSafely, resolveForFile, starterConfig, validateRuleSettings,
} from '../../src/config/index.js';
import { loadBuiltinPacks } from '../../src/rules/index.js';
import { rmSync } from 'node:fs';
import { problem } from '../helpers/problem.js';

const root = mkdtempSync(join(tmpdir(), 'clausecheck-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
/** A fresh folder with the given files (objects are written as JSON). */
function project(files: Record<string, unknown>): string {
  const dir = join(root, `p${n++}`);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}


const PACK_JSON = { id: 'playbook', version: '1.0.0', description: 'test pack', rules: [] };

describe('findConfig', () => {
  it('finds the nearest config upward from the input folder', () => {
    const dir = project({ [CONFIG_FILE_NAME]: {}, 'contracts/2025/q1/placeholder.txt': 'x', [`contracts/${CONFIG_FILE_NAME}`]: { failOn: 'warning' } });
    expect(findConfig(join(dir, 'contracts/2025/q1'))).toBe(join(dir, 'contracts', CONFIG_FILE_NAME));
    expect(findConfig(dir)).toBe(join(dir, CONFIG_FILE_NAME));
  });
  it('ignores a folder that is named like the config file', () => {
    const dir = project({ [`${CONFIG_FILE_NAME}/x.txt`]: 'not a config', 'sub/a.txt': 'x' });
    const found = findConfig(join(dir, 'sub'));
    expect(found === null || !found.startsWith(dir)).toBe(true);
  });
});

describe('loadConfig: invalid files are one error naming the file and JSON path', () => {
  it('rejects unknown keys (strict objects)', () => {
    const dir = project({ [CONFIG_FILE_NAME]: { rulez: {} } });
    const e = problem(() => loadConfig(join(dir, CONFIG_FILE_NAME)));
    expect(e.code).toBe('config-invalid');
    expect(e.jsonPath).toBe('$.rulez');
    expect(e.render()).toBe(`${join(dir, CONFIG_FILE_NAME)}: $.rulez: unknown key "rulez"; did you mean "rules"?`);
  });
  // Worded as a pack's or a waivers file's problems (before: '$.overrides[0].files: Invalid input', and a mistyped
  // key with no suggestion).
  it('says a required field is missing, and which key a mistyped one meant', () => {
    const missing = project({ [CONFIG_FILE_NAME]: { overrides: [{ rules: { 'precision/placeholder': 'warning' } }] } });
    expect(problem(() => loadConfig(join(missing, CONFIG_FILE_NAME))).render()).toBe(`${join(missing, CONFIG_FILE_NAME)}: $.overrides[0].files: required field is missing`);
    const party = project({ [CONFIG_FILE_NAME]: { parties: [{ aliases: ['Acme'] }] } });
    expect(problem(() => loadConfig(join(party, CONFIG_FILE_NAME))).message).toBe('required field is missing');
    const typo = project({ [CONFIG_FILE_NAME]: { failon: 'warning' } });
    const e = problem(() => loadConfig(join(typo, CONFIG_FILE_NAME)));
    expect([e.jsonPath, e.message]).toEqual(['$.failon', 'unknown key "failon"; did you mean "failOn"?']);
    // near miss: a key like no other is named alone
    expect(problem(() => loadConfig(join(project({ [CONFIG_FILE_NAME]: { colour: true } }), CONFIG_FILE_NAME))).message).toBe('unknown key "colour"');
  });
  it('points at a bad rule severity with a bracketed path', () => {
    const dir = project({ [CONFIG_FILE_NAME]: { rules: { 'antitrust/no-challenge': 'fatal' } } });
    const e = problem(() => loadConfig(join(dir, CONFIG_FILE_NAME)));
    expect(e.jsonPath).toBe('$.rules["antitrust/no-challenge"]');
  });
  it('points inside overrides', () => {
    const dir = project({ [CONFIG_FILE_NAME]: { overrides: [{ files: 'drafts/**', kind: 'joint-venture' }] } });
    expect(problem(() => loadConfig(join(dir, CONFIG_FILE_NAME))).jsonPath).toBe('$.overrides[0].kind');
  });
  it('rejects a malformed rule key', () => {
    const dir = project({ [CONFIG_FILE_NAME]: { rules: { 'No Challenge': 'off' } } });
    const e = problem(() => loadConfig(join(dir, CONFIG_FILE_NAME)));
    expect(e.message).toBe(`invalid key "No Challenge": rule keys are "pack/rule" or "pack/*"`);
    expect(e.jsonPath).toBe(`$.rules["No Challenge"]`);
  });
  it('reports a syntax error with line and column', () => {
    const dir = project({ [CONFIG_FILE_NAME]: '{\n  "failOn": "error",\n  "rules": {,}\n}\n' });
    const e = problem(() => loadConfig(join(dir, CONFIG_FILE_NAME)));
    expect(e.message).toMatch(/^invalid JSON: .*\(line 3, column \d+\)$/);
  });
  it('refuses prototype keys and deep nesting', () => {
    const proto = project({ [CONFIG_FILE_NAME]: '{"rules": {"__proto__": {"polluted": true}}}' });
    const e = problem(() => loadConfig(join(proto, CONFIG_FILE_NAME)));
    expect(e.jsonPath).toBe('$.rules.__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const deep = project({ [CONFIG_FILE_NAME]: `{"parties": ${'['.repeat(200)}${']'.repeat(200)}}` });
    expect(problem(() => loadConfig(join(deep, CONFIG_FILE_NAME))).message).toMatch(/nested deeper than 64/);
  });
  it('accepts a UTF-8 BOM', () => {
    const dir = project({ [CONFIG_FILE_NAME]: '\uFEFF{"failOn": "warning"}' });
    expect(loadConfig(join(dir, CONFIG_FILE_NAME)).failOn).toBe('warning');
  });
  it('says when the file is missing', () => {
    expect(problem(() => loadConfig(join(root, 'nowhere', CONFIG_FILE_NAME))).message).toBe('no such file');
  });
});

describe('loadConfig: extends and packs', () => {
  it('merges extended files, the extending file winning', () => {
    const dir = project({
      'base.json': { failOn: 'warning', rules: { 'antitrust/no-challenge': 'error', 'precision/vague-term': 'off' }, kind: 'license' },
      [CONFIG_FILE_NAME]: { extends: ['./base.json'], rules: { 'antitrust/no-challenge': 'info' } },
    });
    const c = loadConfig(join(dir, CONFIG_FILE_NAME));
    expect(c.files).toEqual([join(dir, 'base.json'), join(dir, CONFIG_FILE_NAME)]);
    expect(c.failOn).toBe('warning');
    expect(c.kind).toBe('license');
    expect(c.rules['antitrust/no-challenge']?.value).toBe('info');
    expect(c.rules['antitrust/no-challenge']?.file).toBe(join(dir, CONFIG_FILE_NAME));
    expect(c.rules['precision/vague-term']?.file).toBe(join(dir, 'base.json'));
  });
  it('detects an extends cycle and a missing extended file', () => {
    const cyc = project({ 'a.json': { extends: ['./b.json'] }, 'b.json': { extends: ['./a.json'] }, [CONFIG_FILE_NAME]: { extends: ['./a.json'] } });
    expect(problem(() => loadConfig(join(cyc, CONFIG_FILE_NAME))).message).toMatch(/"extends" cycle/);
    const missing = project({ [CONFIG_FILE_NAME]: { extends: ['./company.json'] } });
    const e = problem(() => loadConfig(join(missing, CONFIG_FILE_NAME)));
    expect([e.jsonPath, e.message]).toEqual(['$.extends[0]', 'extended config ./company.json: no such file']);
  });
  it('resolves built-in ids, folders and installed packages', () => {
    const dir = project({
      'packs/playbook/pack.json': PACK_JSON,
      'node_modules/@acme/clausecheck-playbook/pack.json': { ...PACK_JSON, id: 'acme' },
      [`legal/${CONFIG_FILE_NAME}`]: { packs: ['antitrust', '../packs/playbook', '@acme/clausecheck-playbook'] },
    });
    const c = loadConfig(join(dir, 'legal', CONFIG_FILE_NAME));
    expect(c.packs?.map((p) => p.value)).toEqual([
      { kind: 'builtin', id: 'antitrust' },
      { kind: 'dir', dir: join(dir, 'packs/playbook') },
      { kind: 'dir', dir: join(dir, 'node_modules/@acme/clausecheck-playbook') },
    ]);
  });
  it('rejects a pack that cannot be found, at its index', () => {
    const dir = project({ [CONFIG_FILE_NAME]: { packs: ['antitrust', 'anti-trust'] } });
    const e = problem(() => loadConfig(join(dir, CONFIG_FILE_NAME)));
    expect(e.jsonPath).toBe('$.packs[1]');
    expect(e.message).toMatch(/unknown pack "anti-trust"/);
  });
});

describe('resolveForFile', () => {
  const dir = project({
    [CONFIG_FILE_NAME]: {
      rules: { 'precision/placeholder': 'error', 'precision/vague-term': 'off' },
      parties: [{ name: 'Alpha Technologies Inc.', aliases: ['Alpha'] }],
      overrides: [
        { files: ['drafts/**'], excludeFiles: 'drafts/final/**', rules: { 'precision/placeholder': 'warning' } },
        { files: '*.side-letter.md', kind: 'cross-license' },
      ],
      ignore: ['archive/**'],
      waivers: 'waivers.json',
    },
  });
  const config = loadConfig(join(dir, CONFIG_FILE_NAME));

  it('applies matching overrides in order', () => {
    expect(resolveForFile(config, join(dir, 'drafts/alpha-beta.md')).rules['precision/placeholder']).toBe('warning');
    expect(resolveForFile(config, join(dir, 'drafts/final/alpha-beta.md')).rules['precision/placeholder']).toBe('error');
    expect(resolveForFile(config, join(dir, 'signed/alpha-beta.md')).rules['precision/placeholder']).toBe('error');
    const side = resolveForFile(config, join(dir, 'deals/2025/beta.side-letter.md'));
    expect(side.kind).toBe('cross-license');
    expect(side.parties).toEqual([{ name: 'Alpha Technologies Inc.', aliases: ['Alpha'] }]);
  });
  it('reads "./" globs relative to the config folder', () => {
    const dotted = project({ [CONFIG_FILE_NAME]: { overrides: [{ files: './drafts/**', rules: { 'precision/placeholder': 'off' } }] } });
    const c = loadConfig(join(dotted, CONFIG_FILE_NAME));
    expect(resolveForFile(c, join(dotted, 'drafts/a.md')).rules).toEqual({ 'precision/placeholder': 'off' });
    expect(resolveForFile(c, join(dotted, 'a.md')).rules).toEqual({});
  });
  it('resolves relative paths against cwd, and gives stdin the top-level settings', () => {
    expect(resolveForFile(config, 'drafts/x.md', { cwd: dir }).rules['precision/placeholder']).toBe('warning');
    expect(resolveForFile(config, '-').rules['precision/placeholder']).toBe('error');
  });
  it('marks ignored files and resolves the waivers path', () => {
    expect(resolveForFile(config, join(dir, 'archive/old.md')).ignored).toBe(true);
    expect(resolveForFile(config, join(dir, 'signed/a.md')).ignored).toBe(false);
    expect(resolveForFile(config, join(dir, 'signed/a.md')).waivers).toBe(join(dir, 'waivers.json'));
  });
  it('hashes the effective settings stably: same settings, same hash, wherever the project lives', () => {
    const a = resolveForFile(config, join(dir, 'signed/a.md'));
    const b = resolveForFile(config, join(dir, 'signed/b.md'));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.hash).toBe(a.hash);
    expect(resolveForFile(config, join(dir, 'drafts/a.md')).hash).not.toBe(a.hash);
    const moved = join(root, `moved-${n++}`);
    cpSync(dir, moved, { recursive: true });
    expect(resolveForFile(loadConfig(join(moved, CONFIG_FILE_NAME)), join(moved, 'signed/a.md')).hash).toBe(a.hash);
    // Key order in the file does not matter.
    const reordered = project({ [CONFIG_FILE_NAME]: { waivers: 'waivers.json', ignore: ['archive/**'], overrides: (JSON.parse(JSON.stringify({ o: [
      { excludeFiles: 'drafts/final/**', rules: { 'precision/placeholder': 'warning' }, files: ['drafts/**'] }, { kind: 'cross-license', files: '*.side-letter.md' },
    ] })) as { o: unknown[] }).o, parties: [{ aliases: ['Alpha'], name: 'Alpha Technologies Inc.' }], rules: { 'precision/vague-term': 'off', 'precision/placeholder': 'error' } } });
    expect(resolveForFile(loadConfig(join(reordered, CONFIG_FILE_NAME)), join(reordered, 'signed/a.md')).hash).toBe(a.hash);
  });
});

describe('rule settings against the packs', () => {
  const packs = loadBuiltinPacks();
  it('changes severities, switches rules off, and leaves the packs untouched', () => {
    const out = applyRuleSettings(packs, { 'antitrust/no-challenge': 'error', 'antitrust/price-fixing': 'off', 'precision/*': 'warning', 'precision/placeholder': 'off' });
    const rules = new Map(out.flatMap((p) => p.rules).map((r) => [r.id, r.severity]));
    expect(rules.get('antitrust/no-challenge')).toBe('error');
    expect(rules.has('antitrust/price-fixing')).toBe(false);
    expect(rules.has('precision/placeholder')).toBe(false);
    expect(rules.get('precision/vague-term')).toBe('warning');
    expect(rules.get('exit/termination-missing')).toBe('error');
    const original = packs.flatMap((p) => p.rules);
    expect(original.find((r) => r.id === 'antitrust/no-challenge')?.severity).toBe('warning');
    expect(original.some((r) => r.id === 'antitrust/price-fixing')).toBe(true);
  });
  it('rejects a rule id that no active pack defines, with a suggestion', () => {
    const dir = project({ [CONFIG_FILE_NAME]: { rules: { 'antitrust/no-challenge': 'error' }, overrides: [{ files: '**', rules: { 'antitrust/no-chalenge': 'off' } }] } });
    const config = loadConfig(join(dir, CONFIG_FILE_NAME));
    const e = problem(() => validateRuleSettings(config, packs));
    expect(e.jsonPath).toBe('$.overrides[0].rules["antitrust/no-chalenge"]');
    expect(e.message).toMatch(/did you mean "antitrust\/no-challenge"/);
    const onlyAntitrust = packs.filter((p) => p.id === 'antitrust');
    const wild = project({ [CONFIG_FILE_NAME]: { rules: { 'precision/*': 'off' } } });
    expect(problem(() => validateRuleSettings(loadConfig(join(wild, CONFIG_FILE_NAME)), onlyAntitrust)).message).toBe('no active pack "precision"');
    expect(() => validateRuleSettings(loadConfig(join(wild, CONFIG_FILE_NAME)), packs)).not.toThrow();
  });
});

describe('starterConfig', () => {
  it('is a valid config that loads and names every built-in pack', () => {
    const ids = loadBuiltinPacks().map((p) => p.id);
    const text = starterConfig(ids);
    expect(ConfigFile.safeParse(parseJsonSafely(text, 'starter')).success).toBe(true);
    const dir = project({ [CONFIG_FILE_NAME]: text });
    const c = loadConfig(join(dir, CONFIG_FILE_NAME));
    expect(c.packs?.map((p) => p.value)).toEqual(ids.map((id) => ({ kind: 'builtin', id })));
    expect(resolveForFile(c, join(dir, 'drafts/a.md')).rules).toEqual({ 'precision/placeholder': 'warning' });
  });
});

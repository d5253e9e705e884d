import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentReport } from '../../src/model/index.js';
import type { RuleInfo } from '../../src/report/types.js';
import { loadBuiltinPacks } from '../../src/index.js';
import { FIXTURES, run } from './helpers.js';

const SAMPLE = join(FIXTURES, 'sample-cross-license.md');

/** A project with a house pack that declares its own clause type ('data-export') and an agreement that has one. */
function houseProject(config?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-tag-pack-'));
  const pack = join(dir, 'house');
  mkdirSync(pack);
  writeFileSync(join(pack, 'pack.json'), JSON.stringify({
    id: 'house', version: '1.0.0', description: 'House rules', rules: [],
    clauseTypes: [{ id: 'data-export', group: 'custom', label: 'Data export', phrases: { 'export~ .. data': 0.9 } }],
  }));
  writeFileSync(join(dir, 'deal.md'), '# Data Agreement\n\n## 9. Technical Data\n\n9.1 Each Party may export technical data received under this Agreement only in compliance with applicable export control laws.\n');
  if (config) writeFileSync(join(dir, 'clausecheck.config.json'), JSON.stringify(config));
  return dir;
}

const typesOf = (doc: DocumentReport): string[] => doc.clauses.flatMap((c) => c.types.map((t) => t.type));

describe('clausecheck tag', () => {
  it("tags a pack's own clause types as check does, from --pack or the config's packs, and not without them", async () => {
    const dir = houseProject();
    const plain = await run(['tag', 'deal.md'], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(typesOf(JSON.parse(plain.stdout) as DocumentReport)).not.toContain('data-export');
    const withPack = await run(['tag', 'deal.md', '--pack', 'house'], { cwd: dir });
    expect(withPack.stderr).toBe('');
    expect(typesOf(JSON.parse(withPack.stdout) as DocumentReport)).toContain('data-export');
    const check = JSON.parse((await run(['check', 'deal.md', '--pack', 'house', '--format', 'json', '--fail-on', 'never'], { cwd: dir })).stdout) as { documents: DocumentReport[] };
    expect(typesOf(JSON.parse(withPack.stdout) as DocumentReport)).toEqual(typesOf(check.documents[0]!));
    const configured = houseProject({ packs: ['./house'] });
    const fromConfig = await run(['tag', 'deal.md'], { cwd: configured });
    expect(fromConfig.stderr).toBe('');
    expect(typesOf(JSON.parse(fromConfig.stdout) as DocumentReport)).toContain('data-export');
  });

  it('names a missing --config file in one line, as check does', async () => {
    const r = await run(['tag', SAMPLE, '--config', 'no-such.config.json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no-such.config.json');
  });

  it('prints the document object with attributes, definitions and grants, and no findings', async () => {
    const r = await run(['tag', SAMPLE]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as DocumentReport;
    expect(doc.findings).toEqual([]);
    expect(Array.isArray(doc.definitions)).toBe(true);
    expect(Array.isArray(doc.grants)).toBe(true);
    expect(doc.clauses.length).toBeGreaterThan(0);
    const text = readFileSync(SAMPLE, 'utf8');
    for (const c of doc.clauses) expect(text.slice(c.start, c.end).trim().length).toBeGreaterThan(0);
  });

  it('prints the clause tree as text, indented by depth, one line per clause', async () => {
    const json = JSON.parse((await run(['tag', SAMPLE])).stdout) as DocumentReport;
    const r = await run(['tag', SAMPLE, '--format', 'text']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toContain('sample-cross-license.md');
    const clauseLines = lines.filter((l) => /\s\d+:\d+$/.test(l));
    expect(clauseLines).toHaveLength(json.clauses.length);
    json.clauses.forEach((c, i) => {
      const line = clauseLines[i]!;
      expect(line.length - line.trimStart().length).toBe(2 * (c.depth - 1));
      expect(line.endsWith(`${c.line}:${c.column}`)).toBe(true);
      if (c.number) expect(line).toContain(c.number);
      for (const t of c.types) expect(line).toContain(`${t.type} ${t.confidence.toFixed(2)}`);
    });
  });

  it('exits 2 naming a missing file', async () => {
    const r = await run(['tag', 'gone.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('clausecheck: gone.md: no such file\n');
  });
});

describe('clausecheck rules', () => {
  const builtinCount = loadBuiltinPacks().reduce((n, p) => n + p.rules.length, 0);

  it('lists every rule of the active packs as JSON with id, pack, severity and title', async () => {
    const r = await run(['rules', 'list', '--format', 'json']);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as RuleInfo[];
    expect(rules).toHaveLength(builtinCount);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
      expect(rule.id.startsWith(`${rule.pack}/`)).toBe(true);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.title.length).toBeGreaterThan(0);
    }
    expect(rules.map((x) => x.id)).toEqual([...rules.map((x) => x.id)].sort());
  });

  it('lists as text by default and explains one rule', async () => {
    const list = await run(['rules']);
    expect(list.code).toBe(0);
    const rules = JSON.parse((await run(['rules', 'list', '--format', 'json'])).stdout) as RuleInfo[];
    for (const rule of rules) expect(list.stdout).toContain(rule.id);
    const first = rules[0];
    if (first) {
      const show = await run(['rules', 'show', first.id]);
      expect(show.code).toBe(0);
      expect(show.stdout).toContain(first.id);
      expect(show.stdout).toContain(first.title);
      const asJson = JSON.parse((await run(['rules', 'show', first.id, '--format', 'json'])).stdout) as RuleInfo;
      expect(asJson).toEqual(first);
      // `rules <id>`, the form people type first, explains the rule as `rules show <id>` does.
      const bare = await run(['rules', first.id]);
      expect(bare.code).toBe(0);
      expect(bare.stdout).toBe(show.stdout);
    }
  });

  it('takes its options before the subcommand as after it, and for the bare form and show alike', async () => {
    const after = await run(['rules', 'list', '--pack', 'antitrust', '--format', 'json']);
    expect(after.code).toBe(0);
    const ids = (JSON.parse(after.stdout) as RuleInfo[]).map((x) => x.id);
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.every((id) => id.startsWith('antitrust/'))).toBe(true);
    for (const argv of [['rules', '--pack', 'antitrust', 'list', '--format', 'json'], ['rules', '--format', 'json', '--pack', 'antitrust', 'list'], ['rules', '--pack', 'antitrust', '-f', 'json']]) {
      const r = await run(argv);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect((JSON.parse(r.stdout) as RuleInfo[]).map((x) => x.id)).toEqual(ids);
    }
    const show = await run(['rules', 'show', 'exit/termination-missing', '--format', 'json', '--pack', 'exit']);
    expect(show.code).toBe(0);
    for (const argv of [['rules', '--pack', 'exit', '--format', 'json', 'show', 'exit/termination-missing'], ['rules', '--pack', 'exit', '-f', 'json', 'exit/termination-missing']]) {
      expect((await run(argv)).stdout).toBe(show.stdout);
    }
    // near miss: a rule of a pack left out is still not found, whichever side --pack stands
    for (const argv of [['rules', '--pack', 'antitrust', 'show', 'exit/termination-missing'], ['rules', 'show', 'exit/termination-missing', '--pack', 'antitrust']]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe("clausecheck: no rule 'exit/termination-missing' in the active packs (see: clausecheck rules list)\n");
    }
    // and each subcommand's help still names the options
    expect((await run(['rules', 'list', '--help'])).stdout).toMatch(/--pack <name\|dir>[\s\S]*--config <file>/);
  });

  it("explains a rule's variants with their own advice (text and JSON), and a rule without any has none", async () => {
    const spec = loadBuiltinPacks().flatMap((p) => p.rules).find((r) => r.id === 'antitrust/no-challenge')!;
    const variant = spec.variants![0]!;
    const show = await run(['rules', 'show', 'antitrust/no-challenge']);
    expect(show.code).toBe(0);
    // The rule's advice, then the variant's, which replaces it for the clauses the variant picks (a termination right).
    expect(show.stdout).toContain(`  - ${variant.severity}: ${variant.message}\n    Why it matters: ${variant.rationale}\n    What to do: ${variant.recommendation}\n`);
    expect(show.stdout.indexOf('Delete the bar on challenges')).toBeLessThan(show.stdout.indexOf('Variants'));
    const asJson = JSON.parse((await run(['rules', 'show', 'antitrust/no-challenge', '--format', 'json'])).stdout) as RuleInfo;
    // Every variant, in the rule file's order, without the patterns that pick it (they are for the rule file); a variant
    // that changes only the message and severity carries no advice of its own.
    const own = (v: NonNullable<typeof spec.variants>[number]) => ({ severity: v.severity, message: v.message, ...(v.rationale ? { rationale: v.rationale } : {}), ...(v.recommendation ? { recommendation: v.recommendation } : {}) });
    expect(asJson.variants).toEqual(spec.variants!.map(own));
    expect(asJson.variants![0]).toEqual({ severity: variant.severity, message: variant.message, rationale: variant.rationale, recommendation: variant.recommendation });
    // The rule's own message, before its variants, which replace it only for the clauses they pick.
    expect(show.stdout).toContain(`Finding message:\n  ${spec.message}\n`);
    expect(show.stdout.indexOf('Finding message:')).toBeLessThan(show.stdout.indexOf('Variants'));
    expect(asJson.message).toBe(spec.message);
    const plain = await run(['rules', 'show', 'exit/termination-missing']);
    expect(plain.stdout).toContain('Finding message:\n  The agreement states no termination rights ({{evidence}}).\n');
    expect(plain.stdout).not.toContain('Variants');
    expect(JSON.parse((await run(['rules', 'show', 'exit/termination-missing', '--format', 'json'])).stdout)).not.toHaveProperty('variants');
  });

  it('exits 2 for an unknown rule id', async () => {
    for (const args of [['rules', 'show', 'nope/nothing'], ['rules', 'nope/nothing']]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("no rule 'nope/nothing'");
    }
  });
});

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from './helpers.js';

const temp = (): string => mkdtempSync(join(tmpdir(), 'clausecheck-init-'));

describe('clausecheck init', () => {
  it('writes a starter config that check then uses, and will not overwrite it without --force', async () => {
    const dir = temp();
    const r = await run(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, 'clausecheck.config.json'), 'utf8')) as { packs: string[] };
    expect(config.packs.length).toBeGreaterThan(3);
    const again = await run(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('clausecheck: clausecheck.config.json: already exists (use --force to overwrite)\n');
    expect((await run(['init', '--force'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'a.md'), '# AGREEMENT\n\n1. Grant. Alpha hereby grants to Beta a licence under the Alpha Patents.\n');
    const check = await run(['check', 'a.md', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    expect(check.code).toBe(0);
    expect((JSON.parse(check.stdout) as { run: { packs: { id: string }[] } }).run.packs.map((p) => p.id)).toEqual(config.packs);
  });
});

describe('clausecheck test-pack', () => {
  it('passes a built-in pack and fails one whose case expects the wrong thing', async () => {
    const ok = await run(['test-pack', 'rules/exit']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^\d+ passed, 0 failed$/m);
    // Each case once, named after its rule (before: '✔ exit/term-undefined: exit/term-undefined#0: ...').
    expect(ok.stdout).toMatch(/^ {2}✔ exit\/term-undefined#0: \S/m);
    expect(ok.stdout).not.toMatch(/(exit\/[a-z-]+): \1#/);

    const dir = temp();
    cpSync(join(ROOT, 'rules', 'exit'), join(dir, 'exit'), { recursive: true });
    const casesFile = join(dir, 'exit', 'assignment-unaddressed.cases.json');
    const cases = JSON.parse(readFileSync(casesFile, 'utf8')) as { cases: { must?: string[]; mustNot?: string[] }[] };
    const firing = cases.cases.find((c) => c.must?.includes('exit/assignment-unaddressed'))!;
    firing.mustNot = firing.must;
    firing.must = [];
    writeFileSync(casesFile, JSON.stringify(cases));
    const bad = await run(['test-pack', join(dir, 'exit'), '--format', 'json']);
    expect(bad.code).toBe(1);
    expect((JSON.parse(bad.stdout) as { ok: boolean }).ok).toBe(false);
  });

  it('counts a pack discipline problem in the singular ("1 problem")', async () => {
    const dir = temp();
    cpSync(join(ROOT, 'rules', 'exit'), join(dir, 'exit'), { recursive: true });
    rmSync(join(dir, 'exit', 'assignment-unaddressed.cases.json'));
    const r = await run(['test-pack', join(dir, 'exit')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\d+ passed, 0 failed, 1 problem$/m);
  });

  it('exits 2 for a folder that is not a pack', async () => {
    const dir = temp();
    expect(existsSync(join(dir, 'pack.json'))).toBe(false);
    const r = await run(['test-pack', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pack.json');
  });
});

// --cache: a run reuses earlier results only for what has not changed, and its report is the one a run without the
// cache gives, byte for byte, in every format.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/model/index.js';
import { FIXTURES, run, spawnCli } from './helpers.js';

function dealsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausecheck-cache-'));
  mkdirSync(join(dir, 'deals'));
  copyFileSync(join(FIXTURES, 'sample-cross-license.md'), join(dir, 'deals', 'a.md'));
  copyFileSync(join(FIXTURES, 'placeholder-license.md'), join(dir, 'deals', 'b.md'));
  return dir;
}

const cacheOf = (dir: string, name = '.clausecheckcache') => JSON.parse(readFileSync(join(dir, name), 'utf8')) as { entries: Record<string, unknown> };

describe('--cache', () => {
  it('gives the report a run without it gives, in every format, on the run that fills it and on the runs that read it', async () => {
    const dir = dealsDir();
    const filled = await run(['check', 'deals', '--format', 'json', '--cache'], { cwd: dir });
    expect(filled.stderr).toBe('');
    expect(Object.keys(cacheOf(dir).entries).sort()).toEqual(['deals/a.md', 'deals/b.md']);
    for (const format of ['json', 'stylish', 'sarif', 'markdown', 'html', 'junit']) {
      const plain = await run(['check', 'deals', '--format', format], { cwd: dir });
      const cached = await run(['check', 'deals', '--format', format, '--cache'], { cwd: dir });
      expect(cached, format).toEqual(plain);
    }
    expect((await run(['check', 'deals', '--format', 'json'], { cwd: dir })).stdout).toBe(filled.stdout);
  });

  it('re-checks a document that changed and reuses the others', async () => {
    const dir = dealsDir();
    await run(['check', 'deals', '--format', 'json', '--cache'], { cwd: dir });
    const before = cacheOf(dir).entries['deals/b.md'];
    // b.md gains a sentence: its result (with the new text's sha256) can only come from a fresh check.
    const b = join(dir, 'deals', 'b.md');
    const text = readFileSync(b, 'utf8');
    writeFileSync(b, `${text}\nThis Agreement is signed in two counterparts.\n`);
    const cached = await run(['check', 'deals', '--format', 'json', '--cache'], { cwd: dir });
    const plain = await run(['check', 'deals', '--format', 'json'], { cwd: dir });
    expect(cached).toEqual(plain);
    expect(cacheOf(dir).entries['deals/b.md']).not.toEqual(before);
    const report = JSON.parse(cached.stdout) as RunReport;
    expect(report.documents.map((d) => d.path)).toEqual(['deals/a.md', 'deals/b.md']);
  });

  it('answers an unchanged document from the cache, not by checking it again', async () => {
    const dir = dealsDir();
    await run(['check', 'deals', '--format', 'json', '--cache'], { cwd: dir });
    // A mark put in the cache by hand shows that a.md's result is read from it; b.md, changed, is checked afresh.
    const file = join(dir, '.clausecheckcache');
    const cache = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { document: { findings: { message: string }[] } }> };
    for (const entry of Object.values(cache.entries)) entry.document.findings[0]!.message = 'read from the cache';
    writeFileSync(file, JSON.stringify(cache));
    writeFileSync(join(dir, 'deals', 'b.md'), `${readFileSync(join(dir, 'deals', 'b.md'), 'utf8')}\nSigned in counterparts.\n`);
    const report = JSON.parse((await run(['check', 'deals', '--format', 'json', '--cache'], { cwd: dir })).stdout) as RunReport;
    const marked = report.documents.map((d) => d.findings.some((f) => f.message === 'read from the cache'));
    expect(marked).toEqual([true, false]);
  });

  it('is not used for other packs, other rule settings or another review threshold', async () => {
    const dir = dealsDir();
    await run(['check', 'deals', '--format', 'json', '--cache'], { cwd: dir });
    for (const extra of [['--pack', 'antitrust'], ['--review-threshold', '0.9']]) {
      const cached = await run(['check', 'deals', '--format', 'json', '--cache', ...extra], { cwd: dir });
      const plain = await run(['check', 'deals', '--format', 'json', ...extra], { cwd: dir });
      expect(cached, extra.join(' ')).toEqual(plain);
    }
    // A config that turns a rule off: the documents' settings change, so nothing is reused.
    const full = JSON.parse((await run(['check', 'deals', '--format', 'json', '--cache'], { cwd: dir })).stdout) as RunReport;
    const rule = full.documents[0]!.findings[0]!.ruleId;
    writeFileSync(join(dir, 'clausecheck.config.json'), JSON.stringify({ rules: { [rule]: 'off' } }));
    const cached = await run(['check', 'deals', '--format', 'json', '--cache'], { cwd: dir });
    const plain = await run(['check', 'deals', '--format', 'json'], { cwd: dir });
    expect(cached).toEqual(plain);
    expect(cached.stdout).not.toContain(`"ruleId": "${rule}"`);
  });

  it('keeps run-level marks out of the cache: waivers and --baseline are worked out on every run', async () => {
    const dir = dealsDir();
    const first = await run(['check', 'deals', '--format', 'json', '--cache'], { cwd: dir });
    writeFileSync(join(dir, 'baseline.json'), first.stdout);
    const withBaseline = await run(['check', 'deals', '--format', 'json', '--cache', '--baseline', 'baseline.json'], { cwd: dir });
    expect(withBaseline).toEqual(await run(['check', 'deals', '--format', 'json', '--baseline', 'baseline.json'], { cwd: dir }));
    expect(withBaseline.code).toBe(0);
    // The next run without a baseline fails the gate again: no finding was kept marked as in the baseline.
    const after = await run(['check', 'deals', '--format', 'json', '--cache'], { cwd: dir });
    expect(after).toEqual(first);
    expect(after.code).toBe(1);
  });

  it('rebuilds a damaged cache with a one-line warning, and leaves a file that is not a cache alone', async () => {
    const dir = dealsDir();
    const plain = await run(['check', 'deals', '--format', 'json'], { cwd: dir });
    writeFileSync(join(dir, '.clausecheckcache'), JSON.stringify({ format: 'clausecheck-cache', version: 1, tool: 'x', runKey: 'f'.repeat(64), entries: { 'deals/a.md': { key: 'nope', document: {} } } }));
    const damaged = await run(['check', 'deals', '--format', 'json', '--cache'], { cwd: dir });
    expect(damaged.stdout).toBe(plain.stdout);
    expect(damaged.stderr).toMatch(/^clausecheck: warning: \.clausecheckcache: \$\.entries\["deals\/a\.md"\]\.key: .*; the cache is rebuilt\n$/);
    expect(Object.keys(cacheOf(dir).entries)).toHaveLength(2);

    const notes = '{"my": "notes"}\n';
    writeFileSync(join(dir, 'notes.json'), notes);
    const foreign = await run(['check', 'deals', '--format', 'json', '--cache-location', 'notes.json'], { cwd: dir });
    expect(foreign.stdout).toBe(plain.stdout);
    expect(foreign.stderr).toMatch(/^clausecheck: warning: notes\.json: not a clausecheck cache .*left as it is/);
    expect(readFileSync(join(dir, 'notes.json'), 'utf8')).toBe(notes);
  });

  it('rebuilds a cache whose reused result is nested absurdly deep, which the formatters could not write', async () => {
    const dir = dealsDir();
    const plain = await run(['check', 'deals', '--format', 'json', '--cache'], { cwd: dir });
    // An unknown field passes the schema and would reach the JSON formatter with the reused finding (it overflowed).
    const file = join(dir, '.clausecheckcache');
    const depth = 100_000;
    writeFileSync(file, readFileSync(file, 'utf8').replace('"ruleId":', `"note":${'['.repeat(depth)}${']'.repeat(depth)},"ruleId":`));
    const r = await run(['check', 'deals', '--format', 'json', '--cache'], { cwd: dir });
    expect(r.stderr).toBe('clausecheck: warning: .clausecheckcache: $.entries["deals/a.md"]: nested deeper than 64 levels; the cache is rebuilt\n');
    expect(r.stdout).toBe(plain.stdout);
    expect(readFileSync(file, 'utf8')).not.toContain('"note"');
  });

  it('never writes over an input, and answers standard input without keeping it', async () => {
    const dir = dealsDir();
    const a = join(dir, 'deals', 'a.md');
    const text = readFileSync(a, 'utf8');
    const r = await run(['check', 'deals/a.md', '--format', 'json', '--cache-location', 'deals/a.md'], { cwd: dir });
    expect(r.stderr).toMatch(/deals\/a\.md: is an input of this run; checking without a cache/);
    expect(readFileSync(a, 'utf8')).toBe(text);
    const piped = await run(['check', '-', '--stdin-filename', 'piped.md', '--format', 'json', '--cache'], { cwd: dir, stdin: text });
    expect(piped.stdout).toContain('"path": "piped.md"');
    expect(piped.stderr).toBe('');
    expect(existsSync(join(dir, '.clausecheckcache')) ? Object.keys(cacheOf(dir).entries) : []).toEqual([]);
  });

  it('gives the same report from worker threads, where the JSON formatter otherwise takes clauses as text', () => {
    const dir = dealsDir();
    for (let i = 0; i < 4; i++) copyFileSync(join(FIXTURES, 'sample-cross-license.md'), join(dir, 'deals', `c${i}.md`));
    const plain = spawnCli(['check', 'deals', '--format', 'json', '--jobs', '2'], { cwd: dir });
    const filling = spawnCli(['check', 'deals', '--format', 'json', '--jobs', '2', '--cache'], { cwd: dir });
    const reading = spawnCli(['check', 'deals', '--format', 'json', '--jobs', '2', '--cache'], { cwd: dir });
    expect(plain.stderr).toBe('');
    expect(filling).toEqual(plain);
    expect(reading).toEqual(plain);
    expect(Object.keys(cacheOf(dir).entries)).toHaveLength(6);
  });
});

describe('installedPackagesRecord (part of the cache key)', () => {
  it("is the package manager's record of the installed packages in the nearest node_modules at or above the package", async () => {
    const { installedPackagesRecord } = await import('../../src/cli/cache.js');
    const top = mkdtempSync(join(tmpdir(), 'clausecheck-install-'));
    const pkg = join(top, 'node_modules', 'clausecheck');
    mkdirSync(pkg, { recursive: true });
    // Installed as a dependency: the record sits in the node_modules that holds the package.
    writeFileSync(join(top, 'node_modules', '.package-lock.json'), '{"packages":{"node_modules/compromise":{"version":"14.17.0"}}}');
    const before = installedPackagesRecord(pkg);
    expect(before).toContain('"14.17.0"');
    // An update of a dependency changes the record, so no result of the old version is reused.
    writeFileSync(join(top, 'node_modules', '.package-lock.json'), '{"packages":{"node_modules/compromise":{"version":"14.18.0"}}}');
    expect(installedPackagesRecord(pkg)).not.toBe(before);
    // A checkout: its own node_modules wins; pnpm's record counts as well.
    mkdirSync(join(pkg, 'node_modules'));
    writeFileSync(join(pkg, 'node_modules', '.modules.yaml'), 'layoutVersion: 5\n');
    expect(installedPackagesRecord(pkg)).toBe('.modules.yaml\0layoutVersion: 5\n');
  });
});

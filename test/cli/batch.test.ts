import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/model/index.js';
import { workerCount } from '../../src/cli/pool.js';
import { analysisOptions } from '../../src/check.js';
import { loadPack } from '../../src/rules/index.js';
import { FIXTURES, run, spawnCli } from './helpers.js';

function batchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausecheck-batch-'));
  mkdirSync(join(dir, 'deals'));
  const files = ['sample-cross-license.md', 'placeholder-license.md'];
  for (let i = 0; i < 6; i++) copyFileSync(join(FIXTURES, files[i % 2]!), join(dir, 'deals', `deal-${String(i).padStart(2, '0')}.md`));
  return dir;
}

describe('batch checking', () => {
  it('gives the same report on worker threads as in one thread, in input order', () => {
    const dir = batchDir();
    const parallel = spawnCli(['check', 'deals', '--format', 'json', '--jobs', '2'], { cwd: dir });
    const serial = spawnCli(['check', 'deals', '--format', 'json', '--jobs', '1'], { cwd: dir });
    expect(parallel.stderr).toBe('');
    expect(parallel.code).toBe(1);
    expect(parallel.stdout).toBe(serial.stdout);
    const report = JSON.parse(parallel.stdout) as RunReport;
    expect(report.documents.map((d) => d.path)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `deals/deal-0${i}.md`));
    // Identical inputs give identical documents whichever worker checked them.
    const strip = (i: number): string => JSON.stringify({ ...report.documents[i], path: '' });
    expect(strip(2)).toBe(strip(0));
    expect(strip(5)).toBe(strip(1));
  });

  it('keeps every clause from worker threads through --quiet, --baseline, waivers and --output', () => {
    // A JSON report from workers carries each document's clauses as text beside an empty stand-in array: every step
    // between the pool and the formatter (review marks, baseline, waivers, errors only) must keep that array.
    const dir = batchDir();
    writeFileSync(join(dir, 'baseline.json'), spawnCli(['check', 'deals', '--format', 'json', '--jobs', '1'], { cwd: dir }).stdout);
    const rule = (JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')) as RunReport).documents[0]!.findings[0]!.ruleId;
    writeFileSync(join(dir, 'waivers.json'), JSON.stringify({ waivers: [{ rule, clause: '3', reason: 'covered by the side letter', approvedBy: 'GC', expires: '2099-12-31' }] }));
    const flags = ['--format', 'json', '--quiet', '--baseline', 'baseline.json', '--waivers', 'waivers.json'];
    const parallel = spawnCli(['check', 'deals', ...flags, '--jobs', '2', '--output', 'two.json'], { cwd: dir });
    const serial = spawnCli(['check', 'deals', ...flags, '--jobs', '1', '--output', 'one.json'], { cwd: dir });
    expect(parallel.stderr).toBe('');
    expect(parallel.code).toBe(serial.code);
    const two = readFileSync(join(dir, 'two.json'), 'utf8');
    expect(two).toBe(readFileSync(join(dir, 'one.json'), 'utf8'));
    const report = JSON.parse(two) as RunReport;
    expect(report.documents).toHaveLength(6);
    for (const d of report.documents) expect(d.clauses.length).toBeGreaterThan(3);
  });

  it('prints a per-document summary table and keeps stderr clean when it is not a terminal', () => {
    const r = spawnCli(['check', 'deals', '--no-color'], { cwd: batchDir() });
    expect(r.stdout).toMatch(/^ {2}document\s+errors\s+warnings\s+info\s+waived\s+review$/m);
    expect(r.stdout).toMatch(/^ {2}deals\/deal-00\.md\s+\d+\s+\d+\s+\d+\s+0\s+\d+$/m);
    expect(r.stderr).toBe('');
  });

  it('draws a progress bar on stderr only for a terminal, and clears it', async () => {
    const dir = batchDir();
    const tty = await run(['check', 'deals', '--format', 'json'], { cwd: dir, stderrTty: true });
    expect(tty.stderr).toContain('6/6 documents');
    expect(tty.stderr.endsWith('\r')).toBe(true);
    const plain = await run(['check', 'deals', '--format', 'json'], { cwd: dir });
    expect(plain.stderr).toBe('');
    expect(plain.stdout).toBe(tty.stdout);
  });

  // A user pack with its own clause type: every document of the batch is tagged with the pack's type,
  // on worker threads as in one thread.
  function exportPack(root: string): string {
    const dir = join(root, 'house');
    mkdirSync(dir);
    writeFileSync(join(dir, 'pack.json'), JSON.stringify({
      id: 'house', version: '1.0.0', description: 'House rules', rules: ['no-export'],
      clauseTypes: [{ id: 'data-export', group: 'custom', label: 'Data export', phrases: { 'export~ .. data': 0.9 } }],
    }));
    writeFileSync(join(dir, 'no-export.json'), JSON.stringify({
      id: 'house/no-export', severity: 'warning', title: 'Data export allowed', scope: 'clause', appliesTo: ['data-export'],
      conditions: { all: [{ fact: 'clauses', params: { label: 'an export of technical data', types: ['data-export'], text: '\\bmay\\s+export\\b' }, operator: 'nonEmpty', value: true }] },
      message: '{{clause}} lets a party export technical data: "{{evidence}}"',
      rationale: 'Exports of technical data can breach export-control undertakings given elsewhere in the agreement.',
      recommendation: 'Limit exports of technical data to what the export-control laws allow.',
    }));
    return dir;
  }

  it("tags a user pack's clause types in every document, alike on worker threads and in one thread", () => {
    const dir = batchDir();
    const pack = exportPack(dir);
    const clause = '## 9. Technical Data\n\n9.1 Each Party may export technical data received under this Agreement only in compliance with applicable export control laws.\n';
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, 'deals', `export-${i}.md`), `# Data Agreement ${i}\n\n${clause}`);
    const parallel = spawnCli(['check', 'deals', '--pack', pack, '--format', 'json', '--jobs', '2'], { cwd: dir });
    const serial = spawnCli(['check', 'deals', '--pack', pack, '--format', 'json', '--jobs', '1'], { cwd: dir });
    expect(parallel.stderr).toBe('');
    expect(parallel.stdout).toBe(serial.stdout);
    const report = JSON.parse(parallel.stdout) as RunReport;
    const tagged = report.documents.filter((d) => d.clauses.some((c) => c.types.some((t) => t.type === 'data-export')));
    expect(tagged.map((d) => d.path)).toEqual([0, 1, 2].map((i) => `deals/export-${i}.md`));
  });

  it("derives a pack set's clause types once, so the tagger reuses the cue model it compiled for them", () => {
    const packs = [loadPack(exportPack(mkdtempSync(join(tmpdir(), 'clausecheck-pack-'))))];
    const first = analysisOptions(packs).extraTypes;
    expect(first?.map((t) => t.id)).toEqual(['data-export']);
    expect(analysisOptions(packs, { kind: 'cross-license' }).extraTypes).toBe(first);
  });

  it('uses one worker per core, never more than documents', () => {
    expect(workerCount(1)).toBe(1);
    expect(workerCount(100, 1)).toBe(1);
    expect(workerCount(3)).toBeLessThanOrEqual(3);
    expect(workerCount(100, 64)).toBeLessThanOrEqual(64);
  });
});

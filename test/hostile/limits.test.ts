// Per-document limits (issue 8): --timeout and --max-memory stop one document, name it on one stderr line and
// exit 2, while the other documents of the run are still checked and reported. Runs the built CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/index.js';
import { buildLongAgreement } from '../../scripts/synthetic.mjs';
import { loadFactor } from '../helpers/cpu.js';

const BIN = fileURLToPath(new URL('../../bin/clausecheck.js', import.meta.url));
// A shared machine slows everything down alike: wall-clock budgets scale with the load.
const LOAD = loadFactor();
const STACK = /\n\s+at |node:internal|internal error|Error: /;
const SMALL = `PATENT CROSS-LICENSE AGREEMENT

1. Grant. Northwind Labs, Inc. hereby grants to Kestrel Devices GmbH a non-exclusive, worldwide licence under the Licensed Patents.

2. Term. This Agreement continues for five (5) years from the Effective Date.
`;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clausecheck-limits-'));
  writeFileSync(join(dir, 'small.md'), SMALL);
  writeFileSync(join(dir, 'small2.md'), SMALL.replace('five (5) years', 'three (3) years'));
  // About 9.6 MB: at the pipeline's best speed (~2 MB/s on one core) several times the 2 s budget, with room for the
  // load average (which scales the budget) to lag behind the real load; the small document takes a fraction of a second.
  writeFileSync(join(dir, 'large.md'), buildLongAgreement(3200));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[]): { code: number | null; stdout: string; stderr: string; ms: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', '--fail-on', 'never', ...args], {
    cwd: dir, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms: performance.now() - t0 };
}

describe('per-document limits', { timeout: 120_000 }, () => {
  it('--timeout stops the slow document, names it on one line, exits 2 and still reports the others', () => {
    const seconds = (2 * LOAD).toFixed(1);
    // One worker: the large document goes first; when that worker is stopped, a new one checks both small ones.
    const r = cli(['--timeout', seconds, '--jobs', '1', 'small.md', 'large.md', 'small2.md']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr.trimEnd().split('\n')).toEqual([`clausecheck: large.md: took longer than ${Number(seconds)} s (--timeout)`]);
    const report = JSON.parse(r.stdout) as RunReport;
    expect(report.documents.map((d) => d.path)).toEqual(['small.md', 'small2.md']);
    expect(report.documents.every((d) => d.clauses.length > 0)).toBe(true);
    expect(r.ms).toBeLessThan(10_000 * LOAD);
  });

  it('a generous --timeout that is not hit leaves a normal run: exit 0, nothing on stderr', () => {
    const r = cli(['--timeout', '600', 'small.md']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as RunReport).documents.map((d) => d.path)).toEqual(['small.md']);
  });

  it('--max-memory stops a document whose worker outgrows its heap: exit 2 naming it, no stack trace', () => {
    const r = cli(['--max-memory', '8', 'large.md']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr.trimEnd().split('\n')).toEqual(['clausecheck: large.md: exceeded the 8 MB memory limit (--max-memory)']);
    expect((JSON.parse(r.stdout) as RunReport).documents).toEqual([]);
    expect(r.ms).toBeLessThan(10_000 * LOAD);
  });

  it('refuses a limit that is not a positive number', () => {
    for (const args of [['--timeout', '0'], ['--timeout', 'soon'], ['--max-memory', '-5']]) {
      const r = cli([...args, 'small.md']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--timeout|--max-memory/);
      expect(r.stderr).not.toMatch(STACK);
    }
  });
});

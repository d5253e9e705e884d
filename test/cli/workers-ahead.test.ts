// A batch's worker threads are started before its files are read (src/cli/pool.ts startWorkersAhead), so that they load
// the pipeline while the main thread reads and ingests; checkAll then uses them, or stops them when it decides, from the
// text, to check on this thread, or when they were started for other packs. A worker started ahead that fails before
// checkAll listens still fails the run with one line. The pool runs in a child process of the built dist/ (its V8 flags
// are process-wide) with a stand-in worker module that replies with the thread it ran on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const WORKER = `
  const { parentPort, threadId } = require('node:worker_threads');
  if (process.env.FAIL_AT_LOAD) throw new Error('the worker could not load');
  parentPort.on('message', (msg) => parentPort.postMessage({ index: msg.index, document: { path: msg.source.path + ' on ' + threadId, findings: [], clauses: [] } }));
`;
// CASE: 'use' (the batch is checked by the workers started ahead), 'small' (its text is under the pool's threshold: on
// this thread), 'other-packs' (started for other packs: fresh workers), 'stop' (the run ends before checkAll).
const RUN = `
  const [dist, workerFile, kind] = process.argv.slice(1);
  const { startWorkersAhead, checkAll } = await import(new URL('cli/pool.js', dist).href);
  const { NO_SETTINGS } = await import(new URL('cli/config.js', dist).href);
  const packs = [];
  const ahead = startWorkersAhead(3, kind === 'few-bytes' ? 5_000 : 2_000_000, { packs, render: undefined, workerFile });
  if (!ahead) { console.log('none'); process.exit(0); }
  const aheadIds = ahead.waiting.map((s) => s.worker.threadId);
  const exited = [];
  for (const s of ahead.waiting) { const id = s.worker.threadId; s.worker.on('exit', () => exited.push(id)); }
  if (kind === 'stop') {
    ahead.stop();
    setTimeout(() => { console.log(JSON.stringify({ aheadIds, exited: exited.sort() })); }, 2000);
  } else {
    const text = kind === 'small' ? 'The Licensee shall pay the fee.' : 'x'.repeat(400_000);
    const sources = ['a.txt', 'b.txt', 'c.txt'].map((path) => ({ path, format: 'text', text, sha256: '' }));
    checkAll(sources, { packs: kind === 'other-packs' ? [] : packs, settings: sources.map(() => NO_SETTINGS), workerFile, ahead }).then(
      (r) => setTimeout(() => { console.log(JSON.stringify({ aheadIds, exited: exited.sort(), on: [...new Set(r.documents.map((d) => Number(d.path.split(' on ')[1])))].sort() })); process.exit(0); }, 500),
      (e) => { console.log('rejected ' + e.message); process.exit(0); },
    );
  }
`;

function runPool(kind: string, env: Record<string, string> = {}): { stdout: string; status: number | null; signal: NodeJS.Signals | null } {
  const dir = mkdtempSync(join(tmpdir(), 'cc-ahead-'));
  const worker = join(dir, 'worker.cjs');
  writeFileSync(worker, WORKER);
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', RUN, pathToFileURL(resolve(ROOT, 'dist/')).href + '/', worker, kind], {
    encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env },
  });
  return { stdout: r.stdout, status: r.status, signal: r.signal };
}

describe('worker threads started ahead of reading a batch', () => {
  it('check the batch they were started for', () => {
    const r = runPool('use');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { aheadIds: number[]; on: number[] };
    expect(out.aheadIds).toHaveLength(2);
    // Every document was checked on a worker started ahead, none on another.
    expect(out.on.every((id) => out.aheadIds.includes(id))).toBe(true);
  }, 60_000);

  it('are not started for a batch whose files are too small for worker threads', () => {
    expect(runPool('few-bytes').stdout).toBe('none\n');
  }, 60_000);

  it('stop when the text turns out too small for worker threads, which then check nothing', () => {
    const r = runPool('small');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { aheadIds: number[]; exited: number[]; on: number[] };
    expect(out.exited).toEqual([...out.aheadIds].sort());
  }, 60_000);

  it('stop when the batch has other packs, and fresh workers check it', () => {
    const r = runPool('other-packs');
    const out = JSON.parse(r.stdout) as { aheadIds: number[]; exited: number[]; on: number[] };
    expect(out.exited).toEqual([...out.aheadIds].sort());
    expect(out.on.length).toBeGreaterThan(0);
    expect(out.on.some((id) => out.aheadIds.includes(id))).toBe(false);
  }, 60_000);

  it('stop when the run ends before its documents are checked', () => {
    const r = runPool('stop');
    const out = JSON.parse(r.stdout) as { aheadIds: number[]; exited: number[] };
    expect(out.exited).toEqual([...out.aheadIds].sort());
  }, 60_000);

  it('that failed before the batch was handed to them fail the run with one line', () => {
    const r = runPool('use', { FAIL_AT_LOAD: '1' });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('rejected the worker could not load\n');
  }, 60_000);
});

// tuneWorkerJit (src/cli/pool.ts) turns V8's on-stack replacement off before a pool's workers start: each worker is
// handed the largest documents first, and their long first calls were OSR-compiled from one document's feedback and
// compiled again whole (docs/performance.md, 2026-12-02). V8 flags are process-wide and read while code runs, so here
// a loop is OSR-compiled on the main thread first, then the flag is set, and a worker runs a long loop once and the
// main thread its OSR-compiled loop again: both give their sums, the worker with no OSR, and the process does not crash.
// In a child process of the built dist/, with --trace-osr.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const script = `
  const [dist] = process.argv.slice(1);
  const { tuneWorkerJit } = await import(new URL('cli/pool.js', dist).href);
  const { Worker } = await import('node:worker_threads');
  function sumOnMain(n) { let s = 0; for (let i = 0; i < n; i++) s = (s + i * 7) % 1000003; return s; }
  const before = sumOnMain(30000000);
  tuneWorkerJit();
  const w = new Worker(\`
    function sumInWorker(n) { let s = 0; for (let i = 0; i < n; i++) s = (s + i * 7) % 1000003; return s; }
    require('node:worker_threads').parentPort.postMessage(sumInWorker(30000000));
  \`, { eval: true, execArgv: [] });
  w.once('message', (inWorker) => console.log(JSON.stringify({ before, inWorker, after: sumOnMain(30000000) })));
`;

describe('a pool\'s workers after tuneWorkerJit', () => {
  it('run long loops without on-stack replacement, beside a main thread that had it', () => {
    const r = spawnSync(process.execPath, ['--trace-osr', '--input-type=module', '-e', script, pathToFileURL(resolve(ROOT, 'dist/')).href + '/'], { encoding: 'utf8' });
    expect(r.signal).toBe(null);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toEqual({ before: 28665, inWorker: 28665, after: 28665 });
    // The main thread's loop was OSR-compiled before the flag (so the test sees V8 do it here); the worker's never is.
    expect(lines.some((l) => l.startsWith('[OSR') && l.includes('sumOnMain'))).toBe(true);
    expect(lines.filter((l) => l.includes('sumInWorker'))).toEqual([]);
  }, 60_000);
});

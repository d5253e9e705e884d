// A batch worker's replies are shape-checked on the main thread (src/cli/pool.ts replyKind, readReply): a malformed
// 'started' or 'problem' reply fails the run with one clear line, and the batch does not hang waiting for it. The
// pool runs in a child process of the built dist/ (its V8 flags are process-wide) with a stand-in worker module that
// replies as each case needs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { replyKind } from '../../src/cli/pool.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('replyKind', () => {
  it('tells the three replies apart and refuses a wrong shape with one line', () => {
    expect(replyKind({ index: 0, started: true }, 1)).toBe('started');
    expect(replyKind({ index: 1, problem: { code: 'limit-exceeded', message: 'too long', file: 'a.md', jsonPath: undefined } }, 2)).toBe('problem');
    expect(replyKind({ index: 0, problem: { code: 'internal', message: 'boom' } }, 1)).toBe('problem');
    expect(replyKind({ index: 0, document: { path: 'a.md' } }, 1)).toBe('document');
    const cases: [unknown, string][] = [
      [null, 'not an object'],
      ['started', 'not an object'],
      [{ started: true }, 'no document index'],
      [{ index: 3, started: true }, 'no document index'],
      [{ index: -1, started: true }, 'no document index'],
      [{ index: 0.5, started: true }, 'no document index'],
      [{ index: 0, started: 'yes' }, "'started' is not true"],
      [{ index: 0, problem: null }, 'no problem'],
      [{ index: 0, problem: { code: 'no-such-code', message: 'x' } }, 'no problem code'],
      [{ index: 0, problem: { code: 'toString', message: 'x' } }, 'no problem code'],
      [{ index: 0, problem: { code: 'usage' } }, 'no problem message'],
      [{ index: 0, problem: { code: 'usage', message: 'x', file: 3 } }, "a problem's file or path is no text"],
    ];
    for (const [reply, why] of cases) expect(() => replyKind(reply, 2)).toThrow(`a worker thread's reply is malformed: ${why}`);
  });
});

// The stand-in worker answers every document with the reply given in its workerData's place: the pool passes its
// own workerData, so the reply comes from the environment.
const WORKER = `
  const { parentPort } = require('node:worker_threads');
  const reply = JSON.parse(process.env.REPLY);
  parentPort.on('message', (msg) => parentPort.postMessage({ index: msg.index, ...reply }));
`;
const RUN = `
  const [dist, workerFile] = process.argv.slice(1);
  const { checkAll } = await import(new URL('cli/pool.js', dist).href);
  const sources = ['a.md', 'b.md', 'c.md'].map((path) => ({ path, format: 'markdown', text: '1. Term. This Agreement ends.', sha256: '' }));
  checkAll(sources, { packs: [], settings: sources.map(() => ({})), jobs: 2, workerFile }).then(
    (r) => { console.log('resolved ' + r.documents.length); process.exit(0); },
    (e) => { console.log('rejected ' + e.message); process.exit(0); },
  );
`;

function runPool(reply: unknown): { stdout: string; status: number | null; signal: NodeJS.Signals | null } {
  const dir = mkdtempSync(join(tmpdir(), 'cc-replies-'));
  const worker = join(dir, 'worker.cjs');
  writeFileSync(worker, WORKER);
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', RUN, pathToFileURL(resolve(ROOT, 'dist/')).href + '/', worker], {
    encoding: 'utf8', timeout: 30_000, env: { ...process.env, REPLY: JSON.stringify(reply) },
  });
  return { stdout: r.stdout, status: r.status, signal: r.signal };
}

describe('a batch whose worker replies with a wrong shape', () => {
  it.each([
    [{ started: 'yes' }, "'started' is not true"],
    [{ problem: { code: 'no-such-code', message: 'x' } }, 'no problem code'],
    [{ problem: null }, 'no problem'],
    [{ index: 99, started: true }, 'no document index'],
    [{ index: 0, document: { path: 'a.md', findings: [], clauses: [] } }, 'not the document it holds'],
  ])('%j fails the run with one line and does not hang', (reply, why) => {
    const r = runPool(reply);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`rejected a worker thread's reply is malformed: ${why}\n`);
  });

  it('a well-formed problem still fails the run with its own message', () => {
    const r = runPool({ problem: { code: 'input-unsupported', message: 'binary content', file: 'a.md' } });
    expect(r.stdout).toBe('rejected binary content\n');
  });
});

// tuneJit (src/cli/pool.ts) changes how V8 compiles regexes while the process runs: after it, a new regex goes to
// machine code at once. The first way tried, --no-regexp-tier-up, crashed a process in which a regex had already run
// on the regexp interpreter (its bytecode was then run as machine code: a segmentation fault in the test runner's
// process). Here regexes run before tuneJit and again after it, on short and long texts, in a child process of the
// built dist/: V8 flags are process-wide.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const script = `
  const [dist] = process.argv.slice(1);
  // Loaded first: a garbage collection between the two runs below (loading a module may start one) could drop the
  // regexes' code, and they would be compiled afresh.
  const { tuneJit } = await import(new URL('cli/pool.js', dist).href);
  const before = [];
  for (let i = 0; i < 40; i++) before.push(new RegExp('licen[cs]e' + i + '|(royalt(?:y|ies))\\\\s+' + i, 'i'));
  // Run once on a short text: each gets the interpreter's bytecode, due for machine code at its next run.
  for (const re of before) re.exec('the royalties 3 and the licence7');
  tuneJit();
  const after = before.map((re) => new RegExp(re.source + '|x', re.flags));
  let found = 0;
  for (let k = 0; k < 3; k++) {
    const text = 'the Royalties 3 and the licence7 '.repeat(1 + k * 60);
    for (const re of [...before, ...after]) if (re.exec(text) !== null) found++;
  }
  console.log(JSON.stringify({ found }));
`;

describe('regexes after tuneJit', () => {
  it('run, whether made before it or after it', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(resolve(ROOT, 'dist/')).href + '/'], { encoding: 'utf8' });
    expect(r.signal).toBe(null);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // 'licence7' matches the 8th of each set; 'Royalties 3' the 4th (case-insensitive): 4 regexes, 3 texts.
    expect(JSON.parse(r.stdout)).toEqual({ found: 12 });
  });
});

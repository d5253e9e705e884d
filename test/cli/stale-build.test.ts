// A build older than rules/: a built-in rule needs a fact or an operator the build does not have. The CLI says so in one
// line naming the rule's file and the rule, asks for a build, and exits 2 (before: 'internal error: Undefined fact').
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const copy = mkdtempSync(join(tmpdir(), 'clausecheck-stale-'));
cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
cpSync(join(ROOT, 'rules'), join(copy, 'rules'), { recursive: true });
cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Rewrites a built-in rule file of the copy as a newer rules/ would have it. */
function newerRule(file: string, edit: (json: string) => string): () => void {
  const path = join(copy, 'rules', file);
  const before = readFileSync(path, 'utf8');
  writeFileSync(path, edit(before));
  return () => writeFileSync(path, before);
}

const check = (...args: string[]) =>
  spawnSync(process.execPath, [join(copy, 'bin', 'clausecheck.js'), 'check', ...args, join(ROOT, 'fixtures', 'flawed-cross-license.md')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('built-in rules newer than the build', () => {
  it('a fact the build lacks: one line naming the file and the rule, run npm run build, exit 2, no stack', () => {
    const restore = newerRule('antitrust/no-challenge.json', (s) => s.replace('"fact": "clauses"', '"fact": "royaltyTiers"'));
    try {
      for (const jobs of ['1', '2']) {
        const r = check('--jobs', jobs);
        expect(r.status).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toContain(join('rules', 'antitrust', 'no-challenge.json'));
        expect(r.stderr).toMatch(/rule antitrust\/no-challenge needs the fact "royaltyTiers", which this build does not have: .*run npm run build/);
        expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      }
    } finally {
      restore();
    }
  });

  it('an operator the build lacks, the same way; near miss: the rules as built run', () => {
    const restore = newerRule('exit/survival-unclear.json', (s) => s.replace('"operator": "isEmpty"', '"operator": "isBlank"'));
    try {
      const r = check();
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/survival-unclear\.json: \$\.conditions\.\S+\.operator: rule exit\/survival-unclear needs the operator "isBlank", which this build does not have/);
    } finally {
      restore();
    }
    const ok = check('--fail-on', 'never');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('antitrust/no-challenge');
  });
});

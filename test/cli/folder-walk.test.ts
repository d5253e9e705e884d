// A folder given to `check` whose walk meets what it cannot enter: a broken symbolic link, a loop of links, a subfolder
// one may not list. Each is one stderr line naming it and an `unchecked` entry of the report, and the run exits 2 (the
// others are checked), as for a document that cannot be read; the glob used to pass over them without a word. A glob
// names the broken links and loops it would have matched the same way.
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/model/index.js';
import { FIXTURES, run } from './helpers.js';

function deals(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausecheck-walk-'));
  mkdirSync(join(dir, 'deals', '2024'), { recursive: true });
  copyFileSync(join(FIXTURES, 'placeholder-license.md'), join(dir, 'deals', 'a-licence.md'));
  copyFileSync(join(FIXTURES, 'sample-cross-license.md'), join(dir, 'deals', '2024', 'b-cross.md'));
  return dir;
}

const check = async (dir: string, ...more: string[]) => {
  const r = await run(['check', 'deals', '--format', 'json', '--fail-on', 'never', ...more], { cwd: dir });
  const report = JSON.parse(r.stdout) as RunReport;
  return { ...r, paths: report.documents.map((d) => d.path), unchecked: report.unchecked };
};

describe('check <folder>: what the walk cannot enter', () => {
  it('a broken link named as an agreement, and one with no extension (a moved folder), are named and fail the run', async () => {
    const dir = deals();
    symlinkSync(join(dir, 'archive', 'c-old-licence.md'), join(dir, 'deals', 'c-old-licence.md'));
    symlinkSync('../../shared/closed-deals', join(dir, 'deals', '2024', 'closed'));
    const r = await check(dir);
    expect(r.code).toBe(2);
    expect(r.paths).toEqual(['deals/2024/b-cross.md', 'deals/a-licence.md']);
    expect(r.unchecked).toEqual([
      { path: 'deals/2024/closed', code: 'input-unreadable', message: 'broken symbolic link: its target (../../shared/closed-deals) does not exist' },
      { path: 'deals/c-old-licence.md', code: 'input-unreadable', message: `broken symbolic link: its target (${join(dir, 'archive', 'c-old-licence.md')}) does not exist` },
    ]);
    expect(r.stderr).toBe(
      'clausecheck: deals/2024/closed: broken symbolic link: its target (../../shared/closed-deals) does not exist\n'
        + `clausecheck: deals/c-old-licence.md: broken symbolic link: its target (${join(dir, 'archive', 'c-old-licence.md')}) does not exist\n`,
    );
  });

  it('a loop of links is named as one', async () => {
    const dir = deals();
    symlinkSync('d-side-letter.md', join(dir, 'deals', 'e-side-letter.md'));
    symlinkSync('e-side-letter.md', join(dir, 'deals', 'd-side-letter.md'));
    const r = await check(dir);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'clausecheck: deals/d-side-letter.md: symbolic link not followed: a loop of symbolic links',
      'clausecheck: deals/e-side-letter.md: symbolic link not followed: a loop of symbolic links',
    ]);
  });

  it('a folder with only a broken link in it reports that link, not "holds no agreements"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-walk-'));
    mkdirSync(join(dir, 'deals'));
    symlinkSync(join(dir, 'gone.md'), join(dir, 'deals', 'licence.md'));
    const r = await check(dir);
    expect(r.code).toBe(2);
    expect(r.paths).toEqual([]);
    expect(r.stderr).toBe(`clausecheck: deals/licence.md: broken symbolic link: its target (${join(dir, 'gone.md')}) does not exist\n`);
  });

  it.skipIf(process.getuid?.() === 0)('a subfolder one may not list is named (skipped as root: chmod 000 does not stop root)', async () => {
    const dir = deals();
    mkdirSync(join(dir, 'deals', 'counsel-only'));
    writeFileSync(join(dir, 'deals', 'counsel-only', 'f-settlement.md'), '# Settlement\n\n1. The parties settle.\n');
    chmodSync(join(dir, 'deals', 'counsel-only'), 0o000);
    try {
      const r = await check(dir);
      expect(r.code).toBe(2);
      expect(r.paths).toEqual(['deals/2024/b-cross.md', 'deals/a-licence.md']);
      expect(r.stderr).toBe('clausecheck: deals/counsel-only: folder not searched: permission denied\n');
    } finally {
      chmodSync(join(dir, 'deals', 'counsel-only'), 0o755);
    }
  });

  it('near misses stay silent: links that lead somewhere, a link back up, a broken link to a picture, dot-names, an ignored path', async () => {
    const dir = deals();
    mkdirSync(join(dir, 'shared'));
    copyFileSync(join(FIXTURES, 'placeholder-license.md'), join(dir, 'shared', 'g-template.md'));
    symlinkSync('../shared', join(dir, 'deals', 'templates'));
    symlinkSync('..', join(dir, 'deals', '2024', 'up'));
    symlinkSync('a-licence.md', join(dir, 'deals', 'a-licence-copy.md'));
    symlinkSync(join(dir, 'missing-logo.png'), join(dir, 'deals', 'logo.png'));
    symlinkSync(join(dir, 'gone.md'), join(dir, 'deals', '.~lock.a-licence.md'));
    mkdirSync(join(dir, 'deals', 'old'));
    symlinkSync(join(dir, 'gone.md'), join(dir, 'deals', 'old', 'h-expired.md'));
    writeFileSync(join(dir, 'clausecheck.config.json'), JSON.stringify({ ignore: ['deals/old/**'] }));
    const r = await check(dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.unchecked).toBeUndefined();
    expect(r.paths).toEqual(['deals/2024/b-cross.md', 'deals/a-licence-copy.md', 'deals/templates/g-template.md']);
  });
});

describe('check <glob>: the broken links it would match', () => {
  const checkGlob = async (dir: string, pattern: string) => {
    const r = await run(['check', pattern, '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    const report = JSON.parse(r.stdout) as RunReport;
    return { ...r, paths: report.documents.map((d) => d.path), unchecked: report.unchecked };
  };

  it('are named on stderr and in unchecked, and fail the run with the rest checked (before: passed over without a word)', async () => {
    const dir = deals();
    symlinkSync(join(dir, 'archive', 'c-old-licence.md'), join(dir, 'deals', 'c-old-licence.md'));
    symlinkSync('f-side-letter.md', join(dir, 'deals', '2024', 'g-side-letter.md'));
    symlinkSync('g-side-letter.md', join(dir, 'deals', '2024', 'f-side-letter.md'));
    const r = await checkGlob(dir, 'deals/**/*.md');
    expect(r.code).toBe(2);
    expect(r.paths).toEqual(['deals/2024/b-cross.md', 'deals/a-licence.md']);
    expect(r.unchecked).toEqual([
      { path: 'deals/2024/f-side-letter.md', code: 'input-unreadable', message: 'symbolic link not followed: a loop of symbolic links' },
      { path: 'deals/2024/g-side-letter.md', code: 'input-unreadable', message: 'symbolic link not followed: a loop of symbolic links' },
      { path: 'deals/c-old-licence.md', code: 'input-unreadable', message: `broken symbolic link: its target (${join(dir, 'archive', 'c-old-licence.md')}) does not exist` },
    ]);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'clausecheck: deals/2024/f-side-letter.md: symbolic link not followed: a loop of symbolic links',
      'clausecheck: deals/2024/g-side-letter.md: symbolic link not followed: a loop of symbolic links',
      `clausecheck: deals/c-old-licence.md: broken symbolic link: its target (${join(dir, 'archive', 'c-old-licence.md')}) does not exist`,
    ]);
    // a pattern that matches only the broken link names it, not 'no files match'
    const only = await run(['check', 'deals/c-*.md', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    expect(only.code).toBe(2);
    expect(only.stderr).toBe(`clausecheck: deals/c-old-licence.md: broken symbolic link: its target (${join(dir, 'archive', 'c-old-licence.md')}) does not exist\n`);
  });

  it('near misses stay silent: a broken link the pattern does not match (another extension, a folder deeper than it reaches), an ignored one', async () => {
    const dir = deals();
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'deals', 'c-old-licence.txt'));
    symlinkSync(join(dir, 'gone.md'), join(dir, 'deals', '2024', 'h-expired.md'));
    mkdirSync(join(dir, 'deals', 'old'));
    symlinkSync(join(dir, 'gone.md'), join(dir, 'deals', 'old', 'i-expired.md'));
    writeFileSync(join(dir, 'clausecheck.config.json'), JSON.stringify({ ignore: ['deals/old/**'] }));
    const top = await checkGlob(dir, 'deals/*.md');
    expect([top.code, top.stderr, top.unchecked, top.paths]).toEqual([0, '', undefined, ['deals/a-licence.md']]);
    const deep = await checkGlob(dir, 'deals/**/*.md');
    expect(deep.unchecked?.map((u) => u.path)).toEqual(['deals/2024/h-expired.md']);
  });
});

// A report that cannot be written says why in words: a full disk, a read-only file system, a directory such as /proc
// that is there but makes no new file (before: 'cannot write report (ENOSPC)', '(EROFS)', '(no such directory)').
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { fileUnreadable } from '../../src/model/index.js';

// openSync fails with the code a test sets, as the file system would
const failWith = vi.hoisted(() => ({ code: undefined as string | undefined }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const openSync = ((...args: Parameters<typeof fs.openSync>) => {
    if (failWith.code !== undefined) throw Object.assign(new Error(`${failWith.code}: simulated, open '${String(args[0])}'`), { code: failWith.code });
    return fs.openSync(...args);
  }) as typeof fs.openSync;
  return { ...fs, default: { ...fs, openSync }, openSync };
});

const { writeAtomic } = await import('../../src/cli/io.js');
const io = (cwd: string): CliIO => ({ stdout: { write: () => true }, stderr: { write: () => true }, readStdin: () => new Uint8Array(), env: {}, cwd });
const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return 'written';
};

describe('write errors in words', () => {
  afterEach(() => {
    failWith.code = undefined;
  });

  it('names a full disk, a read-only file system and a quota, not their codes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-write-'));
    const cases: [string, string][] = [
      ['ENOSPC', 'cannot write report (no space left on the device)'],
      ['EROFS', 'cannot write report (read-only file system)'],
      ['EDQUOT', 'cannot write report (disk quota exceeded)'],
      ['ENAMETOOLONG', 'cannot write report (file name too long)'],
      // one with no words here keeps its code
      ['EWHATEVER', 'cannot write report (EWHATEVER)'],
    ];
    for (const [code, text] of cases) {
      failWith.code = code;
      expect(message(() => writeAtomic(io(dir), 'out.json', '{}', [])), code).toBe(text);
    }
    // near miss: a directory that is missing is still said to be missing
    failWith.code = 'ENOENT';
    expect(message(() => writeAtomic(io(dir), 'nowhere/out.json', '{}', []))).toBe('cannot write report (no such directory)');
    failWith.code = undefined;
    expect(message(() => writeAtomic(io(dir), 'out.json', '{}', []))).toBe('written');
  });

  it.runIf(existsSync('/proc/self'))('says a directory like /proc is there but takes no new file', () => {
    expect(message(() => writeAtomic(io('/'), '/proc/report.json', '{}', []))).toBe('cannot write report (no new file can be made in that directory)');
  });

  it('reads an input error as words too', () => {
    expect(fileUnreadable(Object.assign(new Error('EIO'), { code: 'EIO' }))).toBe('cannot read (input/output error)');
  });
});

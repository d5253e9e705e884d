// Turn file, directory and glob arguments into a deterministic list of input paths.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ClauseCheckError, fileUnreadable } from '../model/index.js';

/** Extensions picked up when a directory is given. */
export const INPUT_EXTENSIONS = ['md', 'markdown', 'txt', 'text', 'docx', 'html', 'htm'] as const;

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function realKey(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** A file, a directory, nothing there (null), or a path the file system refuses to look at (its error). */
function statKind(path: string): 'file' | 'dir' | null | NodeJS.ErrnoException {
  try {
    const s = statSync(path);
    return s.isDirectory() ? 'dir' : 'file';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? null : (e as NodeJS.ErrnoException);
  }
}

async function globSorted(patterns: string[], cwd: string): Promise<string[]> {
  const found = await glob(patterns, { cwd, onlyFiles: true, dot: false, expandDirectories: false, ignore: ['**/node_modules/**', '**/.git/**'] });
  return found.sort(byCodePoint);
}

/**
 * Files a directory or glob turns up are skipped when `ignored` says so (config `ignore`); named files never are.
 * Each argument in order: '-' (stdin), an existing file, a directory (its agreements, recursively),
 * or a glob. Matches of one argument are sorted; duplicates keep their first position.
 */
export async function expandInputs(args: readonly string[], cwd: string, ignored: (path: string) => boolean = () => false): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (p: string): void => {
    // The real path: a file reached twice through a symlink is one input (the first spelling is kept).
    const key = p === '-' ? '-' : realKey(resolve(cwd, p));
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      add(arg);
      continue;
    }
    const kind = statKind(resolve(cwd, arg));
    // a path in a directory one may not search ('permission denied'), a loop of links: said, not 'no such file'
    if (kind !== null && typeof kind === 'object') throw new ClauseCheckError('input-unreadable', fileUnreadable(kind), { file: arg });
    if (kind === 'file') {
      add(arg);
    } else if (kind === 'dir') {
      const base = arg.replace(/(?<=.)[\\/]+$/, '');
      const matches = await globSorted([`**/*.{${INPUT_EXTENSIONS.join(',')}}`], resolve(cwd, base));
      if (matches.length === 0) {
        // a directory one may not list holds nothing the search can see: say so
        try {
          readdirSync(resolve(cwd, base));
        } catch (e) {
          throw new ClauseCheckError('input-unreadable', fileUnreadable(e), { file: arg });
        }
        throw new ClauseCheckError('input-unreadable', 'directory holds no agreements (.md, .txt, .docx, .html)', { file: arg });
      }
      for (const m of matches) {
        const p = base === '.' || base === '' ? m : `${base}/${m}`;
        if (!ignored(p)) add(p);
      }
    } else if (isDynamicPattern(arg)) {
      const matches = await globSorted([arg], cwd);
      if (matches.length === 0) throw new ClauseCheckError('input-unreadable', 'no files match this pattern', { file: arg });
      for (const m of matches) if (!ignored(m)) add(m);
    } else {
      throw new ClauseCheckError('input-unreadable', 'no such file', { file: arg });
    }
  }
  return out;
}

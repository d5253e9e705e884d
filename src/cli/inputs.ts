// Turn file, directory and glob arguments into a deterministic list of input paths.
import { type Dirent, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
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

const INPUT_NAME_RE = new RegExp(`^[^.].*\\.(?:${INPUT_EXTENSIONS.join('|')})$`);

/**
 * The agreements under a directory, relative to it ('/'-separated, sorted), as `**\/*.{md,...}` matched them: names
 * starting with a dot and node_modules are passed over, symbolic links are followed (a link back to a folder being
 * walked is not walked again). What the walk cannot enter is returned with them, one problem per path, where the glob
 * passed over it without a word: a subfolder that may not be listed, a link whose target is gone (a link named as an
 * agreement, or with no extension, which may have been a folder of them) or a loop of links. `maxDepth`: how many
 * folders down it goes (a glob's '*.md' looks at the root's own entries only).
 */
function walkAgreements(root: string, maxDepth = Infinity): { files: string[]; skipped: { path: string; message: string }[] } {
  const files: string[] = [];
  const skipped: { path: string; message: string }[] = [];
  const walk = (rel: string, ancestors: readonly string[]): void => {
    if (ancestors.length - 1 > maxDepth) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(rel ? resolve(root, rel) : root, { withFileTypes: true });
    } catch (e) {
      // the root's own error is the caller's (it says so for the argument)
      if (rel) skipped.push({ path: rel, message: `folder not searched: ${fileUnreadable(e)}` });
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = rel ? `${rel}/${name}` : name;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        const kind = statKind(resolve(root, path));
        if (kind === null || typeof kind === 'object') {
          if (INPUT_NAME_RE.test(name) || !name.includes('.')) skipped.push({ path, message: brokenLink(resolve(root, path), kind) });
          continue;
        }
        isDir = kind === 'dir';
      }
      if (isDir) {
        const real = realKey(resolve(root, path));
        if (!ancestors.includes(real)) walk(path, [...ancestors, real]);
      } else if (INPUT_NAME_RE.test(name)) files.push(path);
    }
  };
  walk('', [realKey(root)]);
  return { files: files.sort(byCodePoint), skipped: skipped.sort((a, b) => byCodePoint(a.path, b.path)) };
}

/**
 * The links a glob would match that lead nowhere (or loop), each with its problem: the folder walk from the pattern's
 * fixed part ('deals' of 'deals/**\/*.md'), only as deep as the pattern reaches, its findings kept where they match.
 */
function brokenMatches(pattern: string, cwd: string): { path: string; message: string }[] {
  const { base, glob: rest } = picomatch.scan(pattern);
  if (statKind(resolve(cwd, base || '.')) !== 'dir') return [];
  const isMatch = picomatch(rest, { dot: false });
  const depth = rest.includes('**') ? Infinity : rest.split('/').length - 1;
  return walkAgreements(resolve(cwd, base || '.'), depth).skipped
    .filter((m) => !m.message.startsWith('folder not searched') && isMatch(m.path))
    .map((m) => ({ path: base ? `${base}/${m.path}` : m.path, message: m.message }));
}

/** Why a symbolic link leads nowhere: its target is missing (named), or the links loop. */
function brokenLink(path: string, error: NodeJS.ErrnoException | null): string {
  if (error?.code === 'ELOOP') return 'symbolic link not followed: a loop of symbolic links';
  if (error && error.code !== 'ENOENT' && error.code !== 'ENOTDIR') return `symbolic link not followed: ${fileUnreadable(error)}`;
  let target = '';
  try {
    target = ` (${readlinkSync(path)})`;
  } catch {
    // unreadable link text: the message names no target
  }
  return `broken symbolic link: its target${target} does not exist`;
}

/** The inputs, and what a directory's walk could not enter (each a problem naming its path, for the report's `unchecked`). */
export interface ExpandedInputs {
  readonly paths: string[];
  readonly skipped: ClauseCheckError[];
}

/**
 * Files a directory or glob turns up are skipped when `ignored` says so (config `ignore`); named files never are.
 * Each argument in order: '-' (stdin), an existing file, a directory (its agreements, recursively),
 * or a glob. Matches of one argument are sorted; duplicates keep their first position.
 */
export async function expandInputs(args: readonly string[], cwd: string, ignored: (path: string) => boolean = () => false): Promise<ExpandedInputs> {
  const seen = new Set<string>();
  const out: string[] = [];
  const skipped: ClauseCheckError[] = [];
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
      const under = (m: string): string => (base === '.' || base === '' ? m : `${base}/${m}`);
      const { files, skipped: missed } = walkAgreements(resolve(cwd, base));
      const unseen = missed.filter((m) => !ignored(under(m.path)));
      if (files.length === 0 && unseen.length === 0) {
        // a directory one may not list holds nothing the search can see: say so
        try {
          readdirSync(resolve(cwd, base));
        } catch (e) {
          throw new ClauseCheckError('input-unreadable', fileUnreadable(e), { file: arg });
        }
        throw new ClauseCheckError('input-unreadable', 'directory holds no agreements (.md, .txt, .docx, .html)', { file: arg });
      }
      for (const m of unseen) if (!skipped.some((k) => k.file === under(m.path))) skipped.push(new ClauseCheckError('input-unreadable', m.message, { file: under(m.path) }));
      for (const m of files) {
        const p = under(m);
        if (!ignored(p)) add(p);
      }
    } else if (isDynamicPattern(arg)) {
      // As a folder's walk (and ESLint's globs) do, a pattern takes agreements only: 'deals/*' would otherwise check a
      // PDF, last run's report.json or a spreadsheet as if it were agreement text. A file named alone is always read.
      const found = await globSorted([arg], cwd);
      const matches = found.filter((m) => INPUT_NAME_RE.test(m.slice(m.lastIndexOf('/') + 1)));
      if (matches.length === 0 && found.length > 0) throw new ClauseCheckError('input-unreadable', `no agreements match this pattern: it matches ${found.length === 1 ? 'one file' : `${found.length} files`}, none of them .md, .txt, .docx or .html`, { file: arg });
      // The glob passes over a broken link or a loop of links without a word: a walk from the pattern's fixed folder
      // finds those it would have matched, named as the folder walk names them.
      const unseen = brokenMatches(arg, cwd).filter((m) => !ignored(m.path));
      if (matches.length === 0 && unseen.length === 0) throw new ClauseCheckError('input-unreadable', 'no files match this pattern', { file: arg });
      for (const m of unseen) if (!skipped.some((k) => k.file === m.path)) skipped.push(new ClauseCheckError('input-unreadable', m.message, { file: m.path }));
      for (const m of matches) if (!ignored(m)) add(m);
    } else {
      throw new ClauseCheckError('input-unreadable', 'no such file', { file: arg });
    }
  }
  return { paths: out, skipped };
}

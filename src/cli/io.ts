// The CLI's only contact with the outside world, injectable so tests can run `main` in-process.
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isDirectory } from '../config/find.js';
import { inputTooLarge } from '../ingest/size.js';
import { ClauseCheckError, fileUnreadable, systemErrorText } from '../model/index.js';

export interface Stream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIO {
  readonly stdout: Stream;
  readonly stderr: Stream;
  readStdin(): Uint8Array;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => readFileSync(0),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Inputs above this are refused unless --max-bytes says otherwise: at the pipeline's speed a larger one would run for minutes. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * The input's bytes. A file larger than `maxBytes` (0: no limit) is refused from its size, before it is read;
 * standard input after reading.
 */
export function readBytes(io: CliIO, path: string, maxBytes: number = DEFAULT_MAX_BYTES): Uint8Array {
  const limit = maxBytes === 0 ? Number.POSITIVE_INFINITY : maxBytes;
  const tooLarge = (size: number): ClauseCheckError => inputTooLarge(path, size, maxBytes, ' (raise it with --max-bytes)');
  let bytes: Uint8Array;
  try {
    if (path !== '-') {
      const { size } = statSync(resolve(io.cwd, path));
      if (size > limit) throw tooLarge(size);
    }
    bytes = path === '-' ? io.readStdin() : readFileSync(resolve(io.cwd, path));
  } catch (e) {
    if (e instanceof ClauseCheckError) throw e;
    throw new ClauseCheckError('input-unreadable', fileUnreadable(e), { file: path });
  }
  if (bytes.length > limit) throw tooLarge(bytes.length);
  return bytes;
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** Why a report could not be written, in words: the directory it goes in missing, not writable, full, read-only. */
function writeErrorText(e: NodeJS.ErrnoException, dir: string): string {
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      // a directory that is there but makes no new file (/proc, /sys) is not missing
      return isDirectory(dir) ? 'no new file can be made in that directory' : 'no such directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return systemErrorText(e);
  }
}

/**
 * Write via a temporary file in the same directory and rename, so readers never see half a report.
 * Refuses to overwrite any input file. `content` may come in pieces, written one after the other. `what` names the
 * file in the error ("report", "the cache").
 */
export function writeAtomic(io: CliIO, path: string, content: string | Iterable<string>, inputs: readonly string[], what = 'report'): void {
  const target = resolve(io.cwd, path);
  if (inputs.some((p) => p !== '-' && sameFile(resolve(io.cwd, p), target))) {
    throw new ClauseCheckError('usage', 'refusing to overwrite an input file with the report', { file: path });
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    // 'wx': never through a file (or a link planted) at the temporary name.
    fd = openSync(tmp, 'wx');
    for (const piece of typeof content === 'string' ? [content] : content) writeFileSync(fd, piece);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    // The pieces are made while they are written: a formatter's own error is not a write error.
    if (code === undefined) throw e;
    throw new ClauseCheckError('usage', `cannot write ${what} (${writeErrorText(e as NodeJS.ErrnoException, dirname(target))})`, { file: path });
  }
}

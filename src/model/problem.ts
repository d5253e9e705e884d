// Errors as values: a stable code, the file, and (for JSON inputs) the path inside it.
// The CLI renders them as one line on stderr and exits 2.
export type ProblemCode =
  | 'usage'
  | 'input-unreadable'
  | 'input-unsupported'
  | 'input-too-large'
  | 'config-invalid'
  | 'pack-invalid'
  | 'waivers-invalid'
  | 'limit-exceeded';

export class ClauseCheckError extends Error {
  readonly code: ProblemCode;
  readonly file: string | undefined;
  readonly jsonPath: string | undefined;
  constructor(code: ProblemCode, message: string, opts: { file?: string; jsonPath?: string } = {}) {
    super(message);
    this.name = 'ClauseCheckError';
    this.code = code;
    this.file = opts.file;
    this.jsonPath = opts.jsonPath;
  }
  /** One line: "file: $.path: message". */
  render(): string {
    const where = [this.file, this.jsonPath].filter(Boolean).join(': ');
    // Messages may quote input (V8's JSON.parse errors quote the source around the error): keep them on one line.
    const message = this.message.replace(/\s*[\r\n]+\s*/g, ' ');
    return where ? `${where}: ${message}` : message;
  }
}

/** The JSON path a problem names, from a path of keys: $.rules[0], $.overrides["a/b"] (a key that is not a plain name in brackets). */
export function jsonPath(path: readonly PropertyKey[]): string {
  return `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p))}]`)).join('')}`;
}

/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * The candidates a mistyped word was most likely meant to be (case aside), nearest first then by name: those within
 * `max` edits, never the word itself. ' (did you mean "severity"?)' is made of them by didYouMean.
 */
export function nearWords(word: string, candidates: Iterable<string>, max: number): string[] {
  const w = word.toLowerCase();
  const scored = [...new Set(candidates)].filter((c) => c !== word).map((c) => [editDistance(w, c.toLowerCase()), c] as const).filter(([d]) => d <= max);
  const best = Math.min(...scored.map(([d]) => d));
  return scored.filter(([d]) => d === best).map(([, c]) => c).sort();
}

/** '; did you mean "x"?' (or '"x" or "y"'), '' when nothing is near. */
export function didYouMean(word: string, candidates: Iterable<string>, max: number): string {
  return didYouMeanText(nearWords(word, candidates, max));
}

/** '; did you mean "x"?' (or '"x" or "y"') for words already found near, '' for none. */
export function didYouMeanText(near: readonly string[]): string {
  return near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
}

/** The words for an operating system's error that reading or writing a file meets, where its code alone says little. */
const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large for the file system',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  EINVAL: 'the file system refused it',
  ESTALE: 'stale network file handle',
  ETIMEDOUT: 'the file system timed out',
};

/** "read-only file system" for EROFS; the code itself where it has no words here; 'error' without one. */
export function systemErrorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return (code !== undefined && Object.hasOwn(SYSTEM_ERRORS, code) ? SYSTEM_ERRORS[code] : code) ?? 'error';
}

/**
 * Why a file could not be read or found, in words, from the error the file system gave: one wording for every file the
 * product reads (inputs, config, waivers, baseline, rule packs), not 'cannot read (EACCES)' for some.
 */
export function fileUnreadable(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a loop of symbolic links';
    default:
      return `cannot read (${systemErrorText(e)})`;
  }
}

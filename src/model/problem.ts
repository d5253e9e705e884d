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

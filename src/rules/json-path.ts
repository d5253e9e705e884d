// A JSON path for error messages ($.rules[0], $.overrides["a/b"]). Its own module: config/json.ts needs it too, and
// must not load the pack loader (zod) with it.
export function jsonPath(path: readonly PropertyKey[]): string {
  return `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p))}]`)).join('')}`;
}

// Named patterns: a pack's `patterns` table (pack.json) holds regular expressions that its rules use by name, as
// `(?&name)` inside any pattern (text, heading, require, exclude, term, act, pattern, variants); a rule file's own
// `patterns` table, those of that rule alone (a pattern written once for its text and require). The reference is
// replaced by `(?:<the pattern>)` when the rule file is read, before it is validated, so everything after the loader
// sees plain patterns. `(?&` is no valid JavaScript regular expression, so no pattern can mean anything else by it.
// A table pattern may use other table patterns the same way ('"licence-grant": "(?&grant-verb)\\s+(?&licence-noun)"'):
// the loader resolves the table once, when the pack is read, so a rule's reference is always one replacement.
import { ClauseCheckError, jsonPath } from '../model/index.js';
import { MAX_PATTERN_LENGTH, unsafePattern } from './regex-safety.js';

/** Parameter names whose values are pack patterns: the RegexSource fields of query.ts ClauseQuery and catalogue.ts params. */
export const PATTERN_KEYS: ReadonlySet<string> = new Set(['text', 'heading', 'require', 'exclude', 'excludeUnder', 'term', 'act', 'pattern']);

/** A pattern name: kebab-case, as rule and pack ids are. */
export const PATTERN_NAME = /^[a-z][a-z0-9-]*$/;

const REFERENCE = /(?<!\\)\(\?&([^)]*)\)/g;

function unknownPattern(name: string, known: readonly string[], file: string, path: readonly PropertyKey[]): ClauseCheckError {
  return new ClauseCheckError('pack-invalid', `unknown pattern "(?&${name})" (${known.length ? `the pack's patterns: ${known.join(', ')}` : 'the pack defines no patterns'})`, { file, jsonPath: jsonPath(path) });
}

/** `src` with each `(?&name)` replaced by an empty group: what a table pattern must be, as a regex, before its references resolve. */
export function withoutPatternRefs(src: string): string {
  return src.replace(REFERENCE, '(?:)');
}

/**
 * A pack-invalid error when `src`, table pattern `name` with its references resolved, is too long, or (with `compiled`)
 * does not compile or is unsafe.
 */
function checkResolved(name: string, src: string, file: string, compiled: boolean): void {
  const fail = (why: string): never => {
    throw new ClauseCheckError('pack-invalid', `${why} (with its named patterns resolved)`, { file, jsonPath: jsonPath(['patterns', name]) });
  };
  // The length first (unsafePattern's first verdict), so that a pattern grown too long is never compiled.
  if (src.length > MAX_PATTERN_LENGTH) fail(unsafePattern(src) ?? `pattern is ${src.length} characters long`);
  if (!compiled) return;
  try {
    new RegExp(src, 'i');
  } catch (e) {
    fail(`invalid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`);
  }
  const unsafe = unsafePattern(src);
  if (unsafe !== null) fail(unsafe);
}

/**
 * The `own` table patterns of a pack (pack.json's `patterns`) with their references to one another and to `inherited`
 * (the packs it extends, already resolved; its own names win) replaced, the merged table returned. A reference to an
 * unknown name, a cycle ('a' uses 'b' uses 'a') or a resolved pattern that does not compile or backtracks
 * catastrophically (two safe patterns may make an unsafe one together) is a pack-invalid error naming `file` and
 * `$.patterns.<name>`. Patterns without references are returned as written (the manifest's schema checked them).
 * `compiled: false` (a rule's own table, whose every use is checked as a pattern of the rule) checks only the length, so
 * that a pattern is not compiled once here and again, grouped, where the rule uses it.
 */
export function resolvePatternTable(inherited: Readonly<Record<string, string>>, own: Readonly<Record<string, string>>, file: string, compiled = true): Record<string, string> {
  const resolved: Record<string, string> = { ...inherited };
  const done = new Map<string, string>();
  const resolving: string[] = [];
  const resolve = (name: string): string => {
    const known = done.get(name);
    if (known !== undefined) return known;
    const open = resolving.indexOf(name);
    if (open >= 0) {
      throw new ClauseCheckError('pack-invalid', `named patterns use each other in a cycle: ${[...resolving.slice(open), name].join(' -> ')}`, { file, jsonPath: jsonPath(['patterns', resolving[0] ?? name]) });
    }
    resolving.push(name);
    const src = own[name] ?? '';
    const out = src.replace(REFERENCE, (_, ref: string) => {
      if (Object.hasOwn(own, ref)) return `(?:${resolve(ref)})`;
      if (Object.hasOwn(inherited, ref)) return `(?:${inherited[ref]})`;
      throw unknownPattern(ref, [...new Set([...Object.keys(inherited), ...Object.keys(own)])], file, ['patterns', name]);
    });
    resolving.pop();
    // Checked here, before another pattern embeds it: checked only at the end, 30 patterns that each use the one
    // before twice resolve to 2^30 copies first (an internal "Invalid string length" after 700 MB).
    if (src.includes('(?&')) checkResolved(name, out, file, compiled);
    done.set(name, out);
    return out;
  };
  for (const name of Object.keys(own)) resolved[name] = resolve(name);
  return resolved;
}

/**
 * `rule` (a rule file as parsed JSON) with every `(?&name)` in its patterns replaced from `table` (the pack's patterns,
 * with the rule's own `patterns` table when it has one: see pack-files.ts withRulePatterns; the table itself is left as
 * written). An unknown name is
 * a pack-invalid error naming `file` and the JSON path of the pattern. Returns `rule` itself when it holds no reference.
 */
export function expandPatternRefs(rule: unknown, table: Readonly<Record<string, string>>, file: string): unknown {
  const expand = (v: unknown, key: string | null, path: PropertyKey[]): unknown => {
    if (typeof v === 'string') {
      if (key === null || !PATTERN_KEYS.has(key) || !v.includes('(?&')) return v;
      return v.replace(REFERENCE, (_, name: string) => {
        const pattern = Object.hasOwn(table, name) ? table[name] : undefined;
        if (pattern === undefined) {
          throw unknownPattern(name, Object.keys(table), file, path);
        }
        return `(?:${pattern})`;
      });
    }
    if (Array.isArray(v)) {
      let changed = false;
      const out = v.map((x, i) => {
        const y = expand(x, key, [...path, i]);
        changed ||= y !== x;
        return y;
      });
      return changed ? out : v;
    }
    if (v !== null && typeof v === 'object') {
      let changed = false;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        // A rule's own `patterns` table is resolved by the loader (resolvePatternTable), not expanded here.
        const y = path.length === 0 && k === 'patterns' ? x : expand(x, k, [...path, k]);
        changed ||= y !== x;
        out[k] = y;
      }
      return changed ? out : v;
    }
    return v;
  };
  return expand(rule, null, []);
}

/** The key that names a shared clause query in a rule file: `{"$query": "patent-licence"}`. */
export const QUERY_REF = '$query';

/**
 * `rule` with every object holding a `"$query": name` key replaced by the named clause query of `table`, its own
 * other keys (a `label`, say) winning; the query's keys take the reference's place in the object's key order. An
 * unknown name, or a name that is not a string, is a pack-invalid error naming `file` and the JSON path of the key.
 * Returns `rule` itself when it holds no reference. Queries are expanded before patterns, so a named query may use
 * `(?&name)` too.
 */
export function expandQueryRefs(rule: unknown, table: Readonly<Record<string, Readonly<Record<string, unknown>>>>, file: string): unknown {
  const expand = (v: unknown, path: PropertyKey[]): unknown => {
    if (Array.isArray(v)) {
      let changed = false;
      const out = v.map((x, i) => {
        const y = expand(x, [...path, i]);
        changed ||= y !== x;
        return y;
      });
      return changed ? out : v;
    }
    if (v === null || typeof v !== 'object') return v;
    const obj = v as Record<string, unknown>;
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(obj)) {
      if (k !== QUERY_REF) {
        const y = expand(x, [...path, k]);
        changed ||= y !== x;
        out[k] = y;
        continue;
      }
      const query = typeof x === 'string' && Object.hasOwn(table, x) ? table[x] : undefined;
      if (query === undefined) {
        const known = Object.keys(table);
        const what = typeof x === 'string' ? `unknown query "${x}"` : `"${QUERY_REF}" must name a query`;
        throw new ClauseCheckError('pack-invalid', `${what} (${known.length ? `the pack's queries: ${known.join(', ')}` : 'the pack defines no queries'})`, { file, jsonPath: jsonPath([...path, k]) });
      }
      changed = true;
      for (const [qk, qv] of Object.entries(query)) if (!Object.hasOwn(obj, qk)) out[qk] = qv;
    }
    return changed ? out : v;
  };
  return expand(rule, []);
}

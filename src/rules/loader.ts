// Pack loading: pack.json + one JSON file per rule (pack-files.ts), validated with the zod schema of schema.ts.
// Built-in packs load through the same code, read as trusted (pack-files.ts). Every problem is a
// ClauseCheckError('pack-invalid') naming the file and the JSON path inside it.
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import { ClauseCheckError, jsonPath } from '../model/index.js';
import { parseExtraTypes } from '../tag/taxonomy-schema.js';
import { builtinRulesDir, loadPackWith, type LoadedPack, type LoadedRule, type PackReaders } from './pack-files.js';
import { describeIssue } from '../model/index.js';
import { PackManifest, Rule } from './schema.js';

export { packClauseTypes } from './clause-types.js';
export { builtinRulesDir, loadBuiltinPacks, type LoadedPack, type LoadedRule } from './pack-files.js';
export { jsonPath };

export function parseWith<T extends z.ZodType>(schema: T, value: unknown, file: string, prefix: readonly PropertyKey[] = []): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const said = describeIssue(r.error.issues, value, schema);
  throw new ClauseCheckError('pack-invalid', said.message, { file, jsonPath: jsonPath([...prefix, ...said.path]) });
}

const VALIDATED: PackReaders = {
  manifest: (value, file) => parseWith(PackManifest, value, file),
  rule: (value, file) => parseWith(Rule, value, file),
  clauseTypes: parseExtraTypes,
};

/** Load the pack in `dir` (its pack.json, rule files and the packs it extends). */
export function loadPack(dir: string, options: { builtinDir?: string } = {}): LoadedPack {
  return loadPackWith(dir, { builtinDir: options.builtinDir ?? builtinRulesDir(), loading: [], done: new Map(), read: VALIDATED });
}

/** The cases file beside a rule file. */
export function casesFileOf(rule: LoadedRule): string {
  return join(dirname(rule.file), `${rule.id.split('/')[1] ?? ''}.cases.json`);
}

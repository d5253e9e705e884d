// JSON from outside (config files) read defensively: a syntax error names its line and column, prototype-polluting
// keys and absurd nesting are refused before any schema sees the value.
import { ClauseCheckError, jsonPath, type ProblemCode } from '../model/index.js';

/** Deeper than this is not a hand-written config; refusing it keeps recursive consumers safe. */
export const MAX_JSON_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `line ${line}, column ${position - before.lastIndexOf('\n')}`;
}

/** Walks the parsed value without recursion, so a hostile file cannot overflow the stack here. */
function checkShape(value: unknown, file: string, code: ProblemCode): void {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= MAX_JSON_DEPTH) {
      throw new ClauseCheckError(code, `nested deeper than ${MAX_JSON_DEPTH} levels`, { file, jsonPath: jsonPath(path) });
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) throw new ClauseCheckError(code, `key "${key}" is not allowed`, { file, jsonPath: jsonPath([...path, key]) });
      stack.push({ value: (v as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
}

/** Parse JSON text (a UTF-8 BOM is ignored); errors are ClauseCheckError values naming the file. */
export function parseJsonSafely(text: string, file: string, code: ProblemCode = 'config-invalid'): unknown {
  const body = text.replace(/^\uFEFF/, '');
  // an empty file, or one of binary content, in words: JSON.parse says 'Unexpected end of JSON input', or quotes the bytes
  if (body.trim() === '') throw new ClauseCheckError(code, 'invalid JSON: the file is empty', { file, jsonPath: '$' });
  if (/[\u0000\uFFFD]/.test(body.slice(0, 4096))) throw new ClauseCheckError(code, 'invalid JSON: binary content, not text', { file, jsonPath: '$' });
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const message = (e as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const where = position === undefined ? '' : ` (${lineColumn(body, Number(position))})`;
    throw new ClauseCheckError(code, `invalid JSON: ${message.replace(/\s*in JSON at position \d+.*$/, '')}${where}`, { file, jsonPath: '$' });
  }
  checkShape(value, file, code);
  return value;
}

/** Key-sorted JSON: the same value always gives the same text, whatever the insertion order of its keys. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

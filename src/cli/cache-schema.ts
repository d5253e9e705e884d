// The --cache file's shape, validated before any result in it is reused (apart from cache.ts: zod loads only when
// there is a cache file to read).
import { z } from 'zod';
import { DocumentSchema } from '../report/schema.js';
import { jsonPath } from '../model/index.js';
import { MAX_JSON_DEPTH } from '../config/json.js';

// A result clausecheck writes is nested about 7 levels deep. Far deeper (the limit for any JSON from outside) is a
// hand-made file: a reused document goes to the formatters, whose recursive writers would overflow the stack on it
// (the schema lets unknown fields through).

/** The first entry holding a value nested deeper than MAX_JSON_DEPTH, walked without recursion; undefined: none. */
function tooDeepEntry(entries: Record<string, unknown>): string | undefined {
  for (const [name, entry] of Object.entries(entries)) {
    const stack: [unknown, number][] = [[entry, 0]];
    while (stack.length) {
      const [value, depth] = stack.pop()!;
      if (value === null || typeof value !== 'object') continue;
      if (depth >= MAX_JSON_DEPTH) return name;
      for (const child of Object.values(value)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return undefined;
}

const CacheFileSchema = z.object({
  format: z.literal('clausecheck-cache'),
  version: z.literal(1),
  tool: z.string(),
  runKey: z.string().regex(/^[0-9a-f]{64}$/),
  entries: z.record(z.string(), z.object({ key: z.string().regex(/^[0-9a-f]{64}$/), document: DocumentSchema })),
});

export interface CacheFile {
  readonly runKey: string;
  readonly entries: Readonly<Record<string, { readonly key: string; readonly document: unknown }>>;
}

/**
 * The cache file as parsed JSON, or why it cannot be used (one line, with the JSON path). The value returned is the
 * parsed JSON itself, not zod's copy, so a reused result keeps its keys in the order they were written. `foreign`: the
 * file is not a clausecheck cache at all (someone else's file), which the run must leave as it is.
 */
export function parseCacheFile(text: string): CacheFile | { readonly problem: string; readonly foreign: boolean } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { problem: `not valid JSON (${(e as Error).message.split('\n')[0]})`, foreign: true };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== 'clausecheck-cache') {
    return { problem: 'not a clausecheck cache ($.format is not "clausecheck-cache")', foreign: true };
  }
  const entries = (data as { entries?: unknown }).entries;
  const deep = entries !== null && typeof entries === 'object' ? tooDeepEntry(entries as Record<string, unknown>) : undefined;
  if (deep !== undefined) return { problem: `${jsonPath(['entries', deep])}: nested deeper than ${MAX_JSON_DEPTH} levels`, foreign: false };
  const parsed = CacheFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { problem: `${jsonPath(issue.path)}: ${issue.message}`, foreign: false };
  }
  return data as CacheFile;
}

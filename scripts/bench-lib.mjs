// Shared pieces of the benchmark: statistics, the floor regex, the product loader, per-document work.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = `${ROOT}dist/`;

export const MB = 1e6; // decimal megabytes, as in shared/perf-notes.md

export function percentile(sortedMs, p) {
  if (sortedMs.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sortedMs.length); // nearest-rank
  return sortedMs[Math.min(sortedMs.length, Math.max(1, rank)) - 1];
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** process.resourceUsage().maxRSS is in kilobytes on Linux. */
export function maxRssMB() {
  return (process.resourceUsage().maxRSS * 1024) / MB;
}

const STOP = new Set(['of', 'to', 'not', 'ip', 'back', 'use', 'most', 'first', 'third', 'post', 'data', 'joint', 'lump', 'sum', 'entire', 'change', 'party']);

/**
 * Cue words for the floor: the words of the taxonomy's type ids (shared/spec/clause-types.md, or the
 * tagger's taxonomy module when it exports one), minus words too generic to be cues.
 */
export async function taxonomyWords() {
  let ids = [];
  const taxonomy = `${DIST}tag/taxonomy.js`;
  if (existsSync(taxonomy)) {
    const mod = await import(pathToFileURL(taxonomy).href);
    for (const value of Object.values(mod)) {
      if (Array.isArray(value) && value.length > 20) {
        ids = value.map((t) => (typeof t === 'string' ? t : t?.id)).filter((t) => typeof t === 'string');
        if (ids.length > 20) break;
      }
    }
  }
  let from = 'tagger taxonomy (dist/tag/taxonomy.js)';
  if (ids.length <= 20) {
    const spec = process.env.CLAUSE_TYPES_SPEC ?? `${ROOT}../shared/spec/clause-types.md`;
    if (!existsSync(spec)) return null;
    ids = [...readFileSync(spec, 'utf8').matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    from = 'shared/spec/clause-types.md';
  }
  const words = new Set();
  for (const id of ids) for (const w of id.split('-')) if (w.length > 2 && !STOP.has(w)) words.add(w.replace(/(s|y|e)$/, ''));
  return { from, types: ids.length, words: [...words].sort() };
}

/** ONE combined regular expression of all cue words, as stems followed by any word characters. */
export function floorRegex(words) {
  return new RegExp(`\\b(?:${words.join('|')})\\w*`, 'gi');
}

export function scanCount(re, text) {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** The product, loaded from dist/ (built by `npm run build`). */
export async function loadProduct() {
  const index = await import(pathToFileURL(`${DIST}index.js`).href);
  const packs = index.loadBuiltinPacks();
  // The formatter registry when it exists (formatters take (report, ctx)), else the JSON module itself.
  const registryPath = `${DIST}report/index.js`;
  if (existsSync(registryPath)) {
    const registry = await import(pathToFileURL(registryPath).href);
    const format = await registry.loadFormatter('json');
    const ctx = registry.defaultContext?.({ failOn: 'never' });
    return { ...index, formatJson: (report) => format(report, ctx), packs };
  }
  const json = await import(pathToFileURL(`${DIST}report/json.js`).href);
  return { ...index, formatJson: json.formatJson, packs };
}

/** Read, ingest, check with all built-in packs, format as JSON: one document end to end. */
export async function checkOne(product, path, bytes) {
  const t0 = performance.now();
  const source = product.ingest(path, bytes);
  const t1 = performance.now();
  const report = await product.check([source], { packs: product.packs, failOn: 'never' });
  const t2 = performance.now();
  const out = product.formatJson(report);
  const t3 = performance.now();
  return { ms: t3 - t0, ingestMs: t1 - t0, checkMs: t2 - t1, formatMs: t3 - t2, outChars: out.length, findings: report.documents[0]?.findings.length ?? 0 };
}

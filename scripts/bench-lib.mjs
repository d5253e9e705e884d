// Shared pieces of the benchmark: statistics, the floor regex, the product loader, per-document work.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildLongAgreement } from './synthetic.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = `${ROOT}dist/`;

/**
 * The CUAD dev contracts beside a checkout ($CUAD_DEV_DIR, else ../shared/corpus/cuad-dev/contracts): the directory
 * and its .txt files, sorted; no files when the corpus is absent (the scripts then skip what needs it).
 * @returns {{ dir: string, files: string[] }}
 */
export function cuadDevCorpus(root = ROOT) {
  const dir = process.env.CUAD_DEV_DIR ?? join(root, '..', 'shared', 'corpus', 'cuad-dev', 'contracts');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)) : [];
  return { dir, files };
}

export const MB = 1e6; // decimal megabytes, as in shared/perf-notes.md

/**
 * The nearest-rank percentile `p` (0-100) of ascending values; NaN when there are none.
 * @param {readonly number[]} sortedMs
 * @param {number} p
 * @returns {number}
 */
export function percentile(sortedMs, p) {
  const rank = Math.ceil((p / 100) * sortedMs.length); // nearest-rank
  return sortedMs[Math.min(sortedMs.length, Math.max(1, rank)) - 1] ?? NaN;
}

/**
 * @param {Iterable<number>} values
 * @returns {number} NaN when there are none
 */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return (s.length % 2 ? s[mid] : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2) ?? NaN;
}

/**
 * CPU seconds of the calling thread alone (Linux /proc; null elsewhere). With worker threads the busiest
 * thread's CPU time is the wall time an idle machine would show, whatever else the shared machine runs.
 */
export function threadCpuSeconds() {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return null;
  }
}

/**
 * process.resourceUsage().maxRSS is in kilobytes on Linux.
 * @returns {number}
 */
export function maxRssMB() {
  return (process.resourceUsage().maxRSS * 1024) / MB;
}

const STOP = new Set(['of', 'to', 'not', 'ip', 'back', 'use', 'most', 'first', 'third', 'post', 'data', 'joint', 'lump', 'sum', 'entire', 'change', 'party']);

// The modal words the tagger looks for before a modal cue's verb (MODAL_BEFORE in src/tag/index.ts).
const MODAL_WORDS = ['shall', 'will', 'may', 'must', 'can', 'cannot', 'should', 'agree', 'covenant', 'undertake', 'hereby'];

// Function words inside phrase cues ("by and between", "as used in this agreement"): they join a phrase's
// cue words but are no cue by themselves, so a scan for cues would not look for them.
const FUNCTION_WORDS = new Set(('a an and any all are as at be been but by each either for from has have if in into is it its ' +
  'neither no nor not of on or other our such than that the their then there these they this those to up upon us was we were ' +
  'which who with').split(' '));

/**
 * The built taxonomy's types (dist/tag/taxonomy.js), or null before a build.
 * @returns {Promise<readonly import('../src/tag/taxonomy.js').ClauseTypeSpec[] | null>}
 */
async function builtinTypes() {
  const taxonomy = `${DIST}tag/taxonomy.js`;
  if (!existsSync(taxonomy)) return null;
  const mod = await import(pathToFileURL(taxonomy).href);
  return Array.isArray(mod.BUILTIN_TYPES) && mod.BUILTIN_TYPES.length > 20 ? mod.BUILTIN_TYPES : null;
}

/**
 * The floor of issue 7: every cue word of the taxonomy (headings, phrases, negatives, requires and modal
 * verbs of dist/tag/taxonomy.js BUILTIN_TYPES, plus the modal words), each as a stem: the cue notation
 * (~ inflections, * prefixes, ? optional, .. gaps, / and | alternatives, #num) is reduced to its words,
 * and a word matches with any word characters after it, so inflections cost the floor nothing extra.
 * Function words ("and", "of", "the") and one-letter tokens are left out: they are glue inside phrases.
 * @returns {Promise<{ from: string, types: number, patterns: number, words: string[] } | null>}
 */
export async function taxonomyCueWords() {
  const types = await builtinTypes();
  if (!types) return null;
  const patterns = [];
  for (const t of types) {
    patterns.push(...Object.keys(t.headings ?? {}), ...Object.keys(t.phrases ?? {}), ...Object.keys(t.negatives ?? {}), ...(t.requires ?? []));
    for (const m of t.modal ?? []) patterns.push(m.verbs);
  }
  const words = new Set(MODAL_WORDS);
  for (const p of patterns) {
    for (const token of p.toLowerCase().split(/[^a-z0-9'#-]+/)) {
      const w = token.replace(/^[-']+|[-']+$/g, '');
      if (w.length >= 2 && !w.startsWith('#') && !FUNCTION_WORDS.has(w)) words.add(w);
    }
  }
  return { from: 'dist/tag/taxonomy.js BUILTIN_TYPES', types: types.length, patterns: patterns.length, words: [...words].sort() };
}

/**
 * The minimal floor kept for comparison with earlier runs: the words of the taxonomy's type ids only
 * (shared/spec/clause-types.md, or the tagger's taxonomy module), minus words too generic to be cues.
 * @returns {Promise<{ from: string, types: number, words: string[] } | null>}
 */
export async function typeIdStems() {
  let ids = (await builtinTypes())?.map((t) => t.id) ?? [];
  let from = 'type ids of dist/tag/taxonomy.js';
  if (ids.length <= 20) {
    const spec = process.env.CLAUSE_TYPES_SPEC ?? `${ROOT}../shared/spec/clause-types.md`;
    if (!existsSync(spec)) return null;
    ids = [...readFileSync(spec, 'utf8').matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => `${m[1]}`);
    from = 'type ids of shared/spec/clause-types.md';
  }
  /** @type {Set<string>} */
  const words = new Set();
  for (const id of ids) for (const w of id.split('-')) if (w.length > 2 && !STOP.has(w)) words.add(w.replace(/(s|y|e)$/, ''));
  return { from, types: ids.length, words: [...words].sort() };
}

/**
 * ONE combined regular expression of all cue words, as stems followed by any word characters.
 * @param {readonly string[]} words
 * @returns {RegExp}
 */
export function floorRegex(words) {
  return new RegExp(`\\b(?:${words.join('|')})\\w*`, 'gi');
}

const escapeRe = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * ONE combined regular expression of many stems, factored as a trie ("licen(?:ce|se)|..."), so the regex
 * engine tries each letter once rather than each word in turn: the cheapest single scan for these words.
 * A stem that another stem starts with is dropped (`licens\w*` already covers `licensee`).
 * @param {Iterable<string>} words
 * @returns {RegExp}
 */
export function trieRegex(words) {
  /** @typedef {{ end: boolean, next: Map<string, TrieNode> }} TrieNode end: a stem ends here (nothing follows it) */
  /** @type {TrieNode} */
  const root = { end: false, next: new Map() };
  for (const w of [...words].sort((a, b) => a.length - b.length)) {
    let node = root;
    let covered = false;
    for (const ch of w) {
      if (node.end) { covered = true; break; }
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    if (!covered && !node.end) { node.next.clear(); node.end = true; }
  }
  /** @type {(node: TrieNode) => string} */
  const emit = (node) => {
    if (node.end) return '';
    const alts = [...node.next.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ch, child]) => escapeRe(ch) + emit(child));
    return alts.length === 1 ? `${alts[0]}` : `(?:${alts.join('|')})`;
  };
  return new RegExp(`\\b${emit(root)}\\w*`, 'gi');
}

/**
 * How many matches a global regex finds in the text.
 * @param {RegExp} re
 * @param {string} text
 * @returns {number}
 */
export function scanCount(re, text) {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/**
 * The V8 tuning the CLI applies before it checks documents (tuneJit in dist/cli/pool.js), so that the bench
 * measures what the CLI runs. BENCH_DEFAULT_JIT=1 leaves V8's defaults, for comparison.
 */
export async function tuneAsCli() {
  if (process.env.BENCH_DEFAULT_JIT) return false;
  const pool = `${DIST}cli/pool.js`;
  if (!existsSync(pool)) return false;
  const mod = await import(pathToFileURL(pool).href);
  if (typeof mod.tuneJit !== 'function') return false;
  mod.tuneJit();
  return true;
}

/** tuneAsCli, and what the CLI's pool sets before it starts its workers (tuneWorkerJit, where the build has it). */
export async function tuneAsPool() {
  if (!(await tuneAsCli())) return false;
  const mod = await import(pathToFileURL(`${DIST}cli/pool.js`).href);
  if (typeof mod.tuneWorkerJit === 'function') mod.tuneWorkerJit();
  return true;
}

/**
 * The library's exports, the built-in packs and a JSON formatter.
 * @typedef {typeof import('../src/index.js') & {
 *   packs: import('../src/index.js').LoadedPack[],
 *   formatJson: (report: import('../src/index.js').RunReport) => string,
 * }} Product
 */

/**
 * The product, loaded from dist/ (built by `npm run build`).
 * @returns {Promise<Product>}
 */
export async function loadProduct() {
  const index = await import(pathToFileURL(`${DIST}index.js`).href);
  const packs = index.loadBuiltinPacks();
  // The formatter registry when it exists (formatters take (report, ctx)), else the JSON module itself.
  const registryPath = `${DIST}report/index.js`;
  if (existsSync(registryPath)) {
    const registry = await import(pathToFileURL(registryPath).href);
    const format = await registry.loadFormatter('json');
    const ctx = registry.defaultContext?.({ failOn: 'never' });
    return { ...index, formatJson: (/** @type {import('../src/index.js').RunReport} */ report) => format(report, ctx), packs };
  }
  const json = await import(pathToFileURL(`${DIST}report/json.js`).href);
  return { ...index, formatJson: json.formatJson, packs };
}

/**
 * Read, ingest, check with all built-in packs, format as JSON: one document end to end.
 * @param {Product} product
 * @param {string} path
 * @param {Uint8Array} bytes
 * @returns {Promise<{ ms: number, ingestMs: number, checkMs: number, formatMs: number, outChars: number, findings: number }>}
 */
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

/**
 * The bench's own warm-up agreements (scripts/bench-warmup/): written for the bench, never taken from the corpus,
 * in the shapes real contracts arrive in and the fixtures lack (EDGAR hard-wrapped exhibits with tables of contents,
 * page-number lines and "2 EXHIBIT A" lines, one-line paragraphs holding whole sections, capitalised defined terms,
 * lower-case "section 3.2" references, non-ASCII letters, quotes, dashes, spaces, bullets and soft hyphens, Markdown
 * tables), each with one or two modal sentences whose reading decides a tag, so the tagger calls compromise.
 */
export const WARMUP_DIR = `${ROOT}scripts/bench-warmup/`;

/** @type {(dir: string) => { path: string, bytes: Buffer }[]} */
const agreementFiles = (dir) => readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort().map((f) => ({ path: dir + f, bytes: readFileSync(dir + f) }));

/**
 * The warm-up documents: every fixture, the bench's own warm-up agreements, and synthetic agreements of three sizes
 * in both source formats. None of them is, or quotes, a corpus contract (test/bench/warmup-corpus.test.ts).
 */
/** @returns {{ path: string, bytes: Buffer }[]} */
export function warmupDocuments() {
  const docs = [...agreementFiles(`${ROOT}fixtures/`), ...agreementFiles(WARMUP_DIR)];
  for (const pages of [20, 60, 150]) {
    const md = buildLongAgreement(pages);
    docs.push({ path: `warmup-${pages}.md`, bytes: Buffer.from(md) });
    // The same agreement as plain text (no '#' headings, no emphasis), as most archive contracts arrive.
    docs.push({ path: `warmup-${pages}.txt`, bytes: Buffer.from(md.replace(/^#+[ \t]*/gm, '').replace(/[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}/g, '')) });
  }
  return docs;
}

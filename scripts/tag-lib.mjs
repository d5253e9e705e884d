// Shared by the tagger's CUAD scripts (tag-eval, tag-calibrate, eval-cuad): load a split, run the built
// tagger in-process, score it the way shared/tools/cuad-eval.mjs does, choose and cross-validate
// per-type thresholds. Reads the corpus only when it is there; never copies it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const defaultSplit = resolve(root, '../shared/corpus/cuad-dev');
export const mapPath = resolve(root, '../shared/tools/cuad-map.json');

/** null when the corpus or the category map is absent (the scripts then skip with a message). */
export function loadSplit(split = defaultSplit) {
  if (!existsSync(join(split, 'labels.jsonl')) || !existsSync(mapPath)) return null;
  const { map } = JSON.parse(readFileSync(mapPath, 'utf8'));
  const labels = readFileSync(join(split, 'labels.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  return { split, map, labels };
}

/**
 * Tag every contract; `floor` replaces the calibrated thresholds (to see the scores they hide);
 * `learned`, `thresholds`, `observe(lab)` are scoreClauses' options (observe gets the document's label
 * record and returns the clause observer, or nothing).
 */
export async function runTagger({ split, labels }, { floor, learned, thresholds, observe } = {}) {
  const { sourceFromText } = await import(join(root, 'dist/ingest/index.js'));
  const { buildClauseTree } = await import(join(root, 'dist/clauses/index.js'));
  const { scoreClauses } = await import(join(root, 'dist/tag/index.js'));
  const docs = [];
  let tagMs = 0, chars = 0;
  const cpu0 = process.cpuUsage();
  let cpuTag = 0;
  for (const lab of labels) {
    const text = readFileSync(join(split, 'contracts', lab.file), 'utf8');
    chars += text.length;
    const source = sourceFromText(text, lab.file, 'text');
    const tree = buildClauseTree(source);
    const t = performance.now();
    const c0 = process.cpuUsage();
    const tags = scoreClauses(source, tree, undefined, floor, { learned, thresholds, observe: observe?.(lab) });
    const c1 = process.cpuUsage(c0);
    cpuTag += (c1.user + c1.system) / 1e6;
    tagMs += performance.now() - t;
    docs.push({ lab, text, clauses: tree.clauses.map((c) => ({ id: c.id, start: c.start, end: c.end, bodyEnd: c.bodyEnd, types: tags.get(c.id) ?? [] })) });
  }
  void cpu0;
  return { docs, tagSeconds: tagMs / 1000, tagCpuSeconds: cpuTag, chars };
}

/** Gold spans of a map entry in one document. */
export const goldSpans = (lab, categories) => categories.flatMap((c) => lab.categories?.[c]?.spans ?? []).filter((x) => x.start != null);

/**
 * cuad-eval.mjs's measures. `thresholds` (type -> minimum confidence) filters tags first, so scores from
 * runTagger({floor}) can be evaluated under any calibration without re-tagging.
 */
export function evaluate(docs, map, { thresholds = null, onlyType = null } = {}) {
  const keep = (t) => !thresholds || t.confidence >= (thresholds[t.type] ?? 0);
  const stats = new Map();
  const get = (k) => stats.get(k) ?? stats.set(k, { tp: 0, fp: 0, fn: 0, tn: 0, spans: 0, spansFound: 0, fpDocs: [], missedSpans: [] }).get(k);
  for (const { lab, clauses } of docs) {
    for (const { type, categories, mode } of map) {
      if (onlyType && type !== onlyType) continue;
      const s = get(`${type}|${mode}|${categories[0]}`);
      const spans = goldSpans(lab, categories);
      const carriers = clauses.filter((c) => c.types.some((t) => t.type === type && keep(t)));
      const gold = spans.length > 0, pred = carriers.length > 0;
      if (gold && pred) s.tp++; else if (gold) s.fn++; else if (pred) { s.fp++; s.fpDocs.push({ file: lab.file, carriers }); } else s.tn++;
      for (const sp of spans) {
        s.spans++;
        const len = Math.max(1, sp.end - sp.start);
        if (carriers.some((c) => Math.min(c.end, sp.end) - Math.max(c.start, sp.start) >= len / 2)) s.spansFound++;
        else s.missedSpans.push({ file: lab.file, text: sp.text });
      }
    }
  }
  const rows = [];
  for (const [k, s] of stats) {
    const [type, mode, category] = k.split('|');
    const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : null;
    const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : null;
    const f1 = mode === 'full' && p != null && r != null ? (p + r > 0 ? (2 * p * r) / (p + r) : 0) : null;
    rows.push({ type, mode, category, gold: s.tp + s.fn, ...s, precision: mode === 'full' ? p : null, recall: r, f1, spanRecall: s.spans ? s.spansFound / s.spans : null });
  }
  rows.sort((a, b) => a.type.localeCompare(b.type) || a.category.localeCompare(b.category));
  return { rows, ...summarize(rows) };
}

const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
export function summarize(rows) {
  const full = rows.filter((r) => r.mode === 'full' && r.gold >= 3);
  return {
    macroF1: mean(full.map((r) => r.f1 ?? 0)), macroPrecision: mean(full.map((r) => r.precision ?? 0)), macroRecall: mean(full.map((r) => r.recall ?? 0)),
    spanRecall: mean(rows.filter((r) => r.spans >= 3).map((r) => r.spanRecall ?? 0)),
  };
}

export const GRID = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

/**
 * Per type with a fully mapped CUAD category: the emission threshold that maximises document-level F1
 * on `docs` (ties: the lower threshold, which keeps recall). Other types keep the default.
 */
export function chooseThresholds(docs, map, defaultThreshold) {
  const out = {};
  for (const { type, categories, mode } of map) {
    if (mode !== 'full') continue;
    const maxConf = docs.map(({ lab, clauses }) => ({
      gold: goldSpans(lab, categories).length > 0,
      conf: Math.max(0, ...clauses.flatMap((c) => c.types.filter((t) => t.type === type).map((t) => t.confidence))),
    }));
    let best = { t: defaultThreshold, f1: -1 };
    for (const t of GRID) {
      let tp = 0, fp = 0, fn = 0;
      for (const d of maxConf) {
        const pred = d.conf >= t;
        if (d.gold && pred) tp++; else if (d.gold) fn++; else if (pred) fp++;
      }
      const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
      if (f1 > best.f1 + 1e-9) best = { t, f1 };
    }
    out[type] = best.t;
  }
  return out;
}

/** Deterministic fold of a contract: sha1 of its file name. */
export const foldOf = (file, k) => createHash('sha1').update(file).digest()[0] % k;

/**
 * k-fold cross-validation of the threshold choice: thresholds chosen on k-1 folds, measured on the
 * held-out fold, counts pooled over folds. Shows whether calibration generalises or memorises.
 */
export function crossValidate(docs, map, defaultThreshold, k = 5) {
  const pooled = [];
  for (let f = 0; f < k; f++) {
    const train = docs.filter((d) => foldOf(d.lab.file, k) !== f);
    const test = docs.filter((d) => foldOf(d.lab.file, k) === f);
    const thresholds = withDefault(chooseThresholds(train, map, defaultThreshold), docs, defaultThreshold);
    pooled.push(...evaluate(test, map, { thresholds }).rows);
  }
  return poolRows(pooled);
}

/** Rows of evaluate() over disjoint document sets (folds), counts summed, measures recomputed. */
export function poolRows(foldRows) {
  const pooled = new Map();
  for (const r of foldRows) {
    const key = `${r.type}|${r.mode}|${r.category}`;
    const acc = pooled.get(key) ?? { type: r.type, mode: r.mode, category: r.category, tp: 0, fp: 0, fn: 0, spans: 0, spansFound: 0 };
    for (const x of ['tp', 'fp', 'fn', 'spans', 'spansFound']) acc[x] += r[x];
    pooled.set(key, acc);
  }
  const rows = [...pooled.values()].map((s) => {
    const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : null;
    const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : null;
    const f1 = s.mode === 'full' && p != null && r != null ? (p + r > 0 ? (2 * p * r) / (p + r) : 0) : null;
    return { ...s, gold: s.tp + s.fn, precision: s.mode === 'full' ? p : null, recall: r, f1, spanRecall: s.spans ? s.spansFound / s.spans : null };
  });
  return { rows, ...summarize(rows) };
}

/** Thresholds for every type seen in the scores: chosen ones, else the default. */
export function withDefault(chosen, docs, defaultThreshold) {
  const all = {};
  for (const d of docs) for (const c of d.clauses) for (const t of c.types) all[t.type] = chosen[t.type] ?? defaultThreshold;
  return all;
}

export const fmt = (x) => (x == null ? '-' : x.toFixed(3));

// Shared by the tagger's CUAD scripts (tag-eval, tag-calibrate, eval-cuad): load a split, run the built
// tagger in-process, score it the way shared/tools/cuad-eval.mjs does, choose and cross-validate
// per-type thresholds. Reads the corpus only when it is there; never copies it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A CUAD label record (labels.jsonl): a contract's file and its categories' gold spans (start null: not located).
 * @typedef {{ file: string, categories?: Record<string, { spans?: { start: number | null, end: number, text: string }[] }> }} Label
 * @typedef {{ type: string, categories: string[], mode: string }} MapEntry a line of cuad-map.json: mode 'full' or 'recall'
 * @typedef {{ split: string, map: MapEntry[], labels: Label[] }} Split
 * @typedef {{ id: string, start: number, end: number, bodyEnd?: number, types: readonly import('../src/model/tag.js').Tag[] }} TaggedClause
 * @typedef {{ lab: Label, clauses: TaggedClause[] }} TaggedDoc a contract tagged by runTagger (which adds its text)
 * @typedef {{ type: string, categories: readonly string[] }} ScoredType
 * @typedef {{ file: string, gold: readonly boolean[], best: ArrayLike<number> }} ScoredDoc per type in order: gold, best score
 */
/**
 * A row of evaluate(): one map entry's counts over the documents and its measures (precision and F1 for full entries).
 * @typedef {{ type: string, mode: string, category: string, gold: number, tp: number, fp: number, fn: number,
 *   spans: number, spansFound: number, precision: number | null, recall: number | null, f1: number | null,
 *   spanRecall: number | null }} Row
 * @typedef {Row & { tn: number, fpDocs: { file: string, carriers: TaggedClause[] }[], missedSpans: { file: string, text: string }[] }} EvalRow
 * @typedef {{ macroF1: number, macroPrecision: number, macroRecall: number, spanRecall: number }} Summary
 */

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Whether the tagger asserts a type at a strength for a threshold: its own rule (src/tag/index.ts), which also asserts
 * a strength a hair under the threshold (float noise: 0.44999999999999996 for 0.45). Every threshold decision of the
 * scripts goes through it, so a threshold is chosen and measured on what the tagger will do with it.
 */
const tagIndex = join(root, 'dist/tag/index.js');
/** @type {typeof import('../src/tag/index.js').asserts} */
export const asserts = existsSync(tagIndex) ? (await import(tagIndex)).asserts : () => { throw new Error('run npm run build first'); };
export const defaultSplit = resolve(root, '../shared/corpus/cuad-dev');
export const mapPath = resolve(root, '../shared/tools/cuad-map.json');

/**
 * null when the corpus or the category map is absent (the scripts then skip with a message).
 * @returns {Split | null}
 */
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
 * @param {{ split: string, labels: readonly Label[] }} split
 * @param {{ floor?: number, learned?: import('../src/tag/learned.js').LearnedModel | null, thresholds?: Record<string, number>,
 *   observe?: (lab: Label) => import('../src/tag/index.js').ScoreOptions['observe'] }} [options]
 * @returns {Promise<{ docs: (TaggedDoc & { text: string })[], tagSeconds: number, tagCpuSeconds: number, chars: number }>}
 */
export async function runTagger({ split, labels }, { floor, learned, thresholds, observe } = {}) {
  const { sourceFromText } = /** @type {typeof import('../src/ingest/index.js')} */ (await import(join(root, 'dist/ingest/index.js')));
  const { buildClauseTree } = /** @type {typeof import('../src/clauses/index.js')} */ (await import(join(root, 'dist/clauses/index.js')));
  const { scoreClauses } = /** @type {typeof import('../src/tag/index.js')} */ (await import(join(root, 'dist/tag/index.js')));
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

/** @typedef {{ start: number, end: number, text: string }} GoldSpan */
/**
 * Gold spans of a map entry in one document (those CUAD located).
 * @param {Label} lab
 * @param {readonly string[]} categories
 * @returns {GoldSpan[]}
 */
export const goldSpans = (lab, categories) =>
  categories.flatMap((c) => lab.categories?.[c]?.spans ?? []).filter(/** @type {(x: { start: number | null }) => x is GoldSpan} */ ((x) => x.start != null));

/**
 * cuad-eval.mjs's measures. `thresholds` (type -> minimum confidence) filters tags first, so scores from
 * runTagger({floor}) can be evaluated under any calibration without re-tagging.
 * @param {readonly TaggedDoc[]} docs
 * @param {readonly MapEntry[]} map
 * @param {{ thresholds?: Readonly<Record<string, number>> | null, onlyType?: string | null }} [options]
 * @returns {{ rows: EvalRow[] } & Summary}
 */
export function evaluate(docs, map, { thresholds = null, onlyType = null } = {}) {
  const keep = (/** @type {import('../src/model/tag.js').Tag} */ t) => {
    const th = thresholds?.[t.type];
    return th === undefined || asserts(t.confidence, th);
  };
  /** @type {Map<string, { type: string, mode: string, category: string, tp: number, fp: number, fn: number, tn: number, spans: number, spansFound: number, fpDocs: EvalRow['fpDocs'], missedSpans: EvalRow['missedSpans'] }>} */
  const stats = new Map();
  /** @type {(type: string, mode: string, category: string) => NonNullable<ReturnType<typeof stats.get>>} */
  const get = (type, mode, category) => {
    const k = `${type}|${mode}|${category}`;
    let s = stats.get(k);
    if (!s) stats.set(k, (s = { type, mode, category, tp: 0, fp: 0, fn: 0, tn: 0, spans: 0, spansFound: 0, fpDocs: [], missedSpans: [] }));
    return s;
  };
  for (const { lab, clauses } of docs) {
    for (const { type, categories, mode } of map) {
      if (onlyType && type !== onlyType) continue;
      const s = get(type, mode, `${categories[0]}`);
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
  /** @type {EvalRow[]} */
  const rows = [];
  for (const s of stats.values()) {
    const { mode } = s;
    const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : null;
    const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : null;
    const f1 = mode === 'full' && p != null && r != null ? (p + r > 0 ? (2 * p * r) / (p + r) : 0) : null;
    rows.push({ gold: s.tp + s.fn, ...s, precision: mode === 'full' ? p : null, recall: r, f1, spanRecall: s.spans ? s.spansFound / s.spans : null });
  }
  rows.sort((a, b) => a.type.localeCompare(b.type) || a.category.localeCompare(b.category));
  return { rows, ...summarize(rows) };
}

const mean = (/** @type {readonly number[]} */ xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
/**
 * The macro measures of evaluate()'s rows: F1, precision and recall over the full entries with 3 or more gold
 * documents, span recall over the entries with 3 or more gold spans.
 * @param {readonly Row[]} rows
 * @returns {Summary}
 */
export function summarize(rows) {
  const full = rows.filter((r) => r.mode === 'full' && r.gold >= 3);
  return {
    macroF1: mean(full.map((r) => r.f1 ?? 0)), macroPrecision: mean(full.map((r) => r.precision ?? 0)), macroRecall: mean(full.map((r) => r.recall ?? 0)),
    spanRecall: mean(rows.filter((r) => r.spans >= 3).map((r) => r.spanRecall ?? 0)),
  };
}

export const GRID = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

/**
 * The document scores every threshold is chosen on (tag-train's calibration, tag-errors, eval-cuad): per document
 * and type, the strength of its strongest clause exactly as the tagger compares it with the type's threshold
 * (scoreClauses), unrounded. From collect()'s clause rows (tag-learn.mjs) and a model: the model's probability for a
 * type with learned words, else the hand strength itself, which scoreClauses does not pass through the model
 * (sigmoid(handInput(0.45)) is 0.44999999999999996: a 0.45 threshold chosen on it drops the contracts at 0.45, which
 * the tagger keeps). Returns { file, gold: boolean[], best: number[] } per document, in `types` order.
 * @param {readonly { file: string, gold: readonly boolean[], rows: readonly { features: readonly string[], hand: readonly number[] }[] }[]} docs
 * @param {readonly ScoredType[]} types
 * @param {Pick<import('../src/tag/learned.js').LearnedModel, 'types' | 'worded' | 'logits'>} model
 * @param {(z: number) => number} sigmoid
 * @returns {{ file: string, gold: readonly boolean[], best: Float64Array }[]}
 */
export function documentScores(docs, types, model, sigmoid) {
  const li = types.map((t) => model.types.indexOf(t.type));
  const handOf = model.types.map((id) => types.findIndex((t) => t.type === id));
  return docs.map((d) => {
    const best = new Float64Array(types.length);
    for (const r of d.rows) {
      const handIn = handOf.map((k) => (k < 0 ? 0 : (r.hand[k] ?? 0)));
      const z = model.logits(r.features, handIn);
      li.forEach((l, k) => {
        const strength = l >= 0 && model.worded[l] ? sigmoid(z[l] ?? 0) : (r.hand[k] ?? 0);
        best[k] = Math.max(best[k] ?? 0, strength);
      });
    }
    return { file: d.file, gold: d.gold, best };
  });
}

/**
 * The same scores from documents tagged with a floor (runTagger({floor})): their tags' confidences are unrounded.
 * @param {readonly TaggedDoc[]} docs
 * @param {readonly ScoredType[]} types
 * @returns {{ file: string, gold: boolean[], best: number[] }[]}
 */
export function taggedScores(docs, types) {
  return docs.map(({ lab, clauses }) => ({
    file: lab.file,
    gold: types.map((t) => goldSpans(lab, t.categories).length > 0),
    best: types.map((t) => Math.max(0, ...clauses.flatMap((c) => c.types.filter((x) => x.type === t.type).map((x) => x.confidence)))),
  }));
}

/**
 * The fully mapped types and their CUAD categories (the types thresholds are chosen for, and a model trained for).
 * @param {readonly MapEntry[]} map
 * @returns {{ type: string, categories: string[] }[]}
 */
export function fullTypes(map) {
  /** @type {Map<string, string[]>} */
  const out = new Map();
  for (const m of map) if (m.mode === 'full') out.set(m.type, [...(out.get(m.type) ?? []), ...m.categories]);
  return [...out.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, categories]) => ({ type, categories }));
}

/**
 * Per type: the grid threshold that maximises document-level F1 over the scored documents (ties: the lowest, which
 * keeps recall, or with tie 'middle' the middle one of the first run of them).
 * @param {readonly ScoredDoc[]} scored
 * @param {readonly ScoredType[]} types
 * @param {{ grid?: readonly number[], tie?: 'lowest' | 'middle' }} [options]
 * @returns {Record<string, number>}
 */
export function thresholdsFrom(scored, types, { grid = GRID, tie = 'lowest' } = {}) {
  /** @type {Record<string, number>} */
  const out = {};
  types.forEach(({ type }, k) => {
    /** @type {{ t: number, f1: number, run: number[], open?: boolean }} */
    let best = { t: 0.5, f1: -1, run: [] };
    for (const th of grid) {
      const f1 = f1At(scored, k, th);
      if (f1 > best.f1 + 1e-9) best = { t: th, f1, run: [th], open: true };
      else if (best.open && f1 > best.f1 - 1e-9) best.run.push(th);
      else best.open = false;
    }
    out[type] = tie === 'middle' ? best.run[(best.run.length - 1) >> 1] ?? best.t : best.t;
  });
  return out;
}

/**
 * Document-level F1 of type k over scored documents at a threshold.
 * @param {readonly ScoredDoc[]} scored
 * @param {number} k
 * @param {number} th
 * @returns {number}
 */
export function f1At(scored, k, th) {
  let tp = 0, fp = 0, fn = 0;
  for (const d of scored) {
    const pred = asserts(d.best[k] ?? 0, th);
    if (d.gold[k] && pred) tp++; else if (d.gold[k]) fn++; else if (pred) fp++;
  }
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
}

/**
 * thresholdsFrom over documents tagged with a floor (taggedScores): the thresholds of the fully mapped types.
 * @param {readonly TaggedDoc[]} docs
 * @param {readonly MapEntry[]} map
 */
export function chooseThresholds(docs, map) {
  const types = fullTypes(map);
  return thresholdsFrom(taggedScores(docs, types), types);
}

/**
 * Deterministic fold of a contract: sha1 of its file name.
 * @param {string} file
 * @param {number} k
 */
export const foldOf = (file, k) => (createHash('sha1').update(file).digest()[0] ?? 0) % k;

/**
 * k-fold cross-validation of the threshold choice: thresholds chosen on k-1 folds, measured on the
 * held-out fold, counts pooled over folds. Shows whether calibration generalises or memorises.
 * @param {readonly TaggedDoc[]} docs
 * @param {readonly MapEntry[]} map
 * @param {number} defaultThreshold
 */
export function crossValidate(docs, map, defaultThreshold, k = 5) {
  /** @type {Row[]} */
  const pooled = [];
  for (let f = 0; f < k; f++) {
    const train = docs.filter((d) => foldOf(d.lab.file, k) !== f);
    const test = docs.filter((d) => foldOf(d.lab.file, k) === f);
    const thresholds = withDefault(chooseThresholds(train, map), docs, defaultThreshold);
    pooled.push(...evaluate(test, map, { thresholds }).rows);
  }
  return poolRows(pooled);
}

/**
 * Rows of evaluate() over disjoint document sets (folds), counts summed, measures recomputed.
 * @param {readonly Row[]} foldRows
 * @returns {{ rows: Row[] } & Summary}
 */
export function poolRows(foldRows) {
  /** @type {Map<string, Pick<Row, 'type' | 'mode' | 'category' | 'tp' | 'fp' | 'fn' | 'spans' | 'spansFound'>>} */
  const pooled = new Map();
  for (const r of foldRows) {
    const key = `${r.type}|${r.mode}|${r.category}`;
    const acc = pooled.get(key) ?? { type: r.type, mode: r.mode, category: r.category, tp: 0, fp: 0, fn: 0, spans: 0, spansFound: 0 };
    for (const x of /** @type {const} */ (['tp', 'fp', 'fn', 'spans', 'spansFound'])) acc[x] += r[x];
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

/**
 * Thresholds for every type seen in the scores: chosen ones, else the default.
 * @param {Readonly<Record<string, number>>} chosen
 * @param {readonly TaggedDoc[]} docs
 * @param {number} defaultThreshold
 * @returns {Record<string, number>}
 */
export function withDefault(chosen, docs, defaultThreshold) {
  /** @type {Record<string, number>} */
  const all = {};
  for (const d of docs) for (const c of d.clauses) for (const t of c.types) all[t.type] = chosen[t.type] ?? defaultThreshold;
  return all;
}

export const fmt = (/** @type {number | null | undefined} */ x) => (x == null ? '-' : x.toFixed(3));

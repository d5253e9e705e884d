// The learned part of the tagger, trained from a CUAD split: labels every clause from the CUAD spans,
// trains one L2-regularised logistic model per fully mapped clause type over the features of
// dist/tag/learned.js (so training sees exactly what tagging sees), prunes it to its informative weights,
// and chooses per-type thresholds on out-of-fold scores. Used by tag-train.mjs and eval-cuad.mjs.
import { join } from 'node:path';
import { runTagger, goldSpans, foldOf, root, evaluate, poolRows, documentScores, thresholdsFrom, f1At, fullTypes, asserts } from './tag-lib.mjs';

/** A feature must occur in this many training contracts: no names, no one contract's wording. */
export const MIN_DF = 5;
/** L2 penalty per clause seen (AdaGrad, applied to the weights a clause touches). */
export const L2 = 0.01;
export const EPOCHS = 4;
/** Types with fewer positive training clauses keep the hand evidence alone. */
export const MIN_POSITIVE = 30;
const RATE = 0.05;
/** Positive clauses are rare (a few per contract); they count this much more than negatives. */
const POSITIVE_WEIGHT = 2;
/** Weights smaller than this are dropped; at most MAX_WEIGHTS kept per type. */
export const PRUNE = 0.05;
const MAX_WEIGHTS = 400;
export const FOLDS = 5;

export async function loadLearned() {
  const mod = await import(join(root, 'dist/tag/learned.js'));
  return mod;
}

/**
 * Every scored clause of every contract with its features, hand strengths and labels (hand evidence
 * only: the learned model must not see its own output). Label per type: 1 when the clause's own text
 * holds half of a gold span or is half inside one, 0 when it touches none, -1 (left out) in between.
 */
export async function collect(split) {
  const types = fullTypes(split.map);
  const perDoc = new Map();
  const { docs, tagCpuSeconds } = await runTagger(split, {
    learned: null,
    observe: (lab) => {
      const rows = [];
      perDoc.set(lab.file, rows);
      return (clause, features, hand) => rows.push({ start: clause.start, bodyEnd: clause.bodyEnd, features, hand: types.map((t) => hand.get(t.type) ?? 0) });
    },
  });
  const out = docs.map(({ lab }) => {
    const rows = perDoc.get(lab.file) ?? [];
    const gold = types.map((t) => goldSpans(lab, t.categories));
    for (const r of rows) {
      const len = Math.max(1, r.bodyEnd - r.start);
      r.labels = gold.map((spans) => {
        let label = 0;
        for (const sp of spans) {
          const overlap = Math.min(r.bodyEnd, sp.end) - Math.max(r.start, sp.start);
          if (overlap <= 0) continue;
          if (overlap >= Math.max(1, sp.end - sp.start) / 2 || overlap >= len / 2) return 1;
          label = -1;
        }
        return label;
      });
    }
    return { file: lab.file, lab, gold: gold.map((s) => s.length > 0), rows };
  });
  return { types, docs: out, tagCpuSeconds };
}

/** Deterministic shuffle (xorshift), so training is reproducible. */
function shuffled(n, seed) {
  const order = Array.from({ length: n }, (_, i) => i);
  let x = seed >>> 0 || 1;
  for (let i = n - 1; i > 0; i--) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    const j = x % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Train on `docs` (from collect); returns LearnedData for learned.generated.ts. */
export function train(docs, types, { FEATURE_SET_VERSION: featureSet, handInput }, { l2 = L2, epochs = EPOCHS, minDf = MIN_DF, pos = POSITIVE_WEIGHT, rate = RATE, negDocsOnly = true, minPositive = MIN_POSITIVE } = {}) {
  const T = types.length;
  const df = new Map();
  for (const d of docs) {
    const seen = new Set();
    for (const r of d.rows) for (const f of r.features) seen.add(f);
    for (const f of seen) df.set(f, (df.get(f) ?? 0) + 1);
  }
  const vocab = [...df.entries()].filter(([, n]) => n >= minDf).map(([f]) => f).sort();
  const id = new Map(vocab.map((f, i) => [f, i]));
  // Negatives come from contracts without the type only: CUAD labels one or a few spans per contract, so an
  // unlabelled clause of a contract that has the type may well be about it (restatements, references).
  const rows = docs.flatMap((d) => d.rows.map((r) => ({
    x: Int32Array.from(r.features.map((f) => id.get(f) ?? -1).filter((i) => i >= 0)), hand: r.hand.map(handInput),
    labels: negDocsOnly ? r.labels.map((y, t) => (y === 0 && d.gold[t] ? -1 : y)) : r.labels,
  })));
  const F = vocab.length;
  const W = new Float64Array(F * T), G = new Float64Array(F * T);
  const bias = new Float64Array(T), gBias = new Float64Array(T), hand = new Float64Array(T), gHand = new Float64Array(T);
  // Start from the hand model itself (weight 1 on its log-odds): the words learn corrections to it.
  hand.fill(1);
  const g = new Float64Array(T);
  for (let e = 0; e < epochs; e++) {
    for (const i of shuffled(rows.length, 0x9e3779b9 + e)) {
      const r = rows[i];
      for (let t = 0; t < T; t++) {
        const y = r.labels[t];
        if (y < 0) { g[t] = 0; continue; }
        let z = bias[t] + hand[t] * r.hand[t];
        for (const f of r.x) z += W[f * T + t];
        g[t] = (1 / (1 + Math.exp(-z)) - y) * (y === 1 ? pos : 1);
      }
      for (let t = 0; t < T; t++) {
        if (g[t] === 0) continue;
        gBias[t] += g[t] * g[t]; bias[t] -= (rate * g[t]) / Math.sqrt(gBias[t]);
        const gh = g[t] * r.hand[t];
        if (gh !== 0) { gHand[t] += gh * gh; hand[t] -= (rate * gh) / Math.sqrt(gHand[t]); }
      }
      for (const f of r.x) {
        const base = f * T;
        for (let t = 0; t < T; t++) {
          if (g[t] === 0) continue;
          const k = base + t;
          const grad = g[t] + l2 * W[k];
          G[k] += grad * grad;
          W[k] -= (rate * grad) / Math.sqrt(G[k]);
        }
      }
    }
  }
  const round = (x) => Math.round(x * 1000) / 1000;
  const out = {};
  types.forEach(({ type }, t) => {
    // Too few examples to learn words from: the hand evidence alone (weight 1, bias 0 reproduce it).
    if (rows.filter((r) => r.labels[t] === 1).length < minPositive) { out[type] = { bias: 0, hand: 1, weights: {} }; return; }
    const kept = [];
    for (let f = 0; f < F; f++) { const w = W[f * T + t]; if (Math.abs(w) >= PRUNE) kept.push([vocab[f], w]); }
    kept.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0]));
    const weights = Object.fromEntries(kept.slice(0, MAX_WEIGHTS).sort((a, b) => a[0].localeCompare(b[0])).map(([f, w]) => [f, round(w)]));
    out[type] = { bias: round(bias[t]), hand: round(hand[t]), weights };
  });
  return { featureSet, types: out };
}

/** Average precision of type k's document scores: threshold-free, so a steadier comparison than the best F1. */
function averagePrecision(scored, k) {
  const ranked = scored.map((d) => [d.best[k], d.gold[k]]).sort((a, b) => b[0] - a[0] || Number(a[1]) - Number(b[1]));
  const positives = ranked.filter(([, g]) => g).length;
  let hits = 0, sum = 0;
  ranked.forEach(([, g], i) => { if (g) { hits++; sum += hits / (i + 1); } });
  return positives ? sum / positives : 0;
}

/** The learned words must beat the hand evidence alone by this much out of fold to be used for a type. */
export const MIN_GAIN = 0.01;

/**
 * Train on `docs` without trusting in-sample scores: out-of-fold scores (k folds of `docs`, each scored
 * by a model trained on the others) decide, per type, whether the learned words beat the hand evidence
 * alone, and choose the thresholds; the weights are then trained on all of `docs`.
 */
export function fit(docs, types, lib, { folds = FOLDS, foldKey = (d) => foldOf(d.file, FOLDS), ...opts } = {}) {
  const oof = [];
  const present = [...new Set(docs.map(foldKey))].sort();
  for (const f of present.slice(0, folds)) {
    const inner = docs.filter((d) => foldKey(d) !== f);
    const model = new lib.LearnedModel(train(inner, types, lib, opts));
    oof.push(...documentScores(docs.filter((d) => foldKey(d) === f), types, model, lib.sigmoid));
  }
  const handOnly = { featureSet: lib.FEATURE_SET_VERSION, types: Object.fromEntries(types.map(({ type }) => [type, { bias: 0, hand: 1, weights: {} }])) };
  const handScores = documentScores(docs, types, new lib.LearnedModel(handOnly), lib.sigmoid);
  const thOpts = { grid: opts.grid, tie: opts.tie };
  const learnedTh = thresholdsFrom(oof, types, thOpts), handTh = thresholdsFrom(handScores, types, thOpts);
  const data = train(docs, types, lib, opts);
  const thresholds = {};
  const choice = {};
  const byOof = new Map(oof.map((d) => [d.file, d]));
  const ordered = handScores.map((d) => byOof.get(d.file));
  types.forEach(({ type }, k) => {
    const gain = opts.criterion === 'f1' ? f1At(ordered, k, learnedTh[type]) - f1At(handScores, k, handTh[type]) : averagePrecision(ordered, k) - averagePrecision(handScores, k);
    choice[type] = gain >= (opts.minGain ?? MIN_GAIN) ? 'learned' : 'hand';
    if (choice[type] === 'hand') data.types[type] = handOnly.types[type];
    thresholds[type] = choice[type] === 'hand' ? handTh[type] : learnedTh[type];
  });
  return { data, thresholds, choice, oof };
}

/**
 * k-fold cross-validation of the whole learned component by contract: for each fold, weights, the
 * per-type choice and thresholds are fitted on the other folds only (fit, with its own inner folds),
 * then the real tagger runs on the held-out contracts with them; counts pooled over folds.
 */
export async function crossValidateLearned(split, collected, lib, k = FOLDS, opts = {}) {
  const rows = [];
  const chosen = new Map();
  for (let f = 0; f < k; f++) {
    const trainDocs = collected.docs.filter((d) => foldOf(d.file, k) !== f);
    const { data, thresholds, choice } = fit(trainDocs, collected.types, lib, { foldKey: (d) => foldOf(d.file, k), folds: k, ...opts });
    for (const [type, c] of Object.entries(choice)) if (c === 'learned') chosen.set(type, (chosen.get(type) ?? 0) + 1);
    const labels = split.labels.filter((l) => foldOf(l.file, k) === f);
    const { docs } = await runTagger({ ...split, labels }, { learned: new lib.LearnedModel(data), thresholds });
    rows.push(...evaluate(docs, split.map).rows);
  }
  return { ...poolRows(rows), learnedIn: chosen };
}

/** The learned words are shipped only when they beat the hand evidence alone by this much cross-validated macro-F1. */
export const MIN_CV_GAIN = 0.01;

/**
 * Document-level k-fold cross-validation within the split, in-script (no re-tagging): for each fold, fit
 * on the others (weights, per-type choice, thresholds) and decide presence on the held-out contracts; the
 * same for the hand evidence alone (epochs 0: weight 1 on its log-odds). Macro-F1 as cuad-eval.mjs counts it.
 */
export function documentLevelCV(collected, lib, k = FOLDS, opts = {}) {
  const { types, docs } = collected;
  const macro = (fitOpts) => {
    const scored = [];
    for (let f = 0; f < k; f++) {
      const { data, thresholds } = fit(docs.filter((d) => foldOf(d.file, k) !== f), types, lib, { ...opts, ...fitOpts });
      const model = new lib.LearnedModel(data);
      for (const s of documentScores(docs.filter((d) => foldOf(d.file, k) === f), types, model, lib.sigmoid)) scored.push({ ...s, thresholds });
    }
    const f1s = [];
    types.forEach(({ type }, t) => {
      let tp = 0, fp = 0, fn = 0;
      for (const d of scored) { const pred = asserts(d.best[t], d.thresholds[type]); if (d.gold[t] && pred) tp++; else if (d.gold[t]) fn++; else if (pred) fp++; }
      if (tp + fn >= 3) f1s.push(tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
    });
    return f1s.reduce((a, b) => a + b, 0) / f1s.length;
  };
  return { learned: macro({}), hand: macro({ epochs: 0 }) };
}

#!/usr/bin/env node
// Tagger error analysis on a CUAD split, for cue work in src/tag/taxonomy.ts. Needs `npm run build` first.
// Scores every clause without thresholds (raw evidence), then per fully mapped type:
//   - the summary: in-sample F1 with thresholds re-chosen on the split (what a regenerated calibration.ts gives)
//     and 5-fold cross-validated F1 (the figure `npm run eval:cuad` reports), both from the same raw scores;
//   - with --type ID: the false-positive documents (the clauses that fired, their score and cues) and the
//     false-negative documents (each missed gold span, and the best clause over it with its score and cues).
// --save FILE writes the per-type summary as JSON; --compare FILE prints the change against a saved summary.
// usage: node scripts/tag-errors.mjs [split dir] [--type ID] [--n 20] [--save F] [--compare F]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadSplit, runTagger, evaluate, chooseThresholds, crossValidate, withDefault, goldSpans, fmt, root, asserts } from './tag-lib.mjs';

const DEFAULT = 0.5;
const FLOOR = 0.25;
const args = process.argv.slice(2);
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
const split = loadSplit(args[0] && !args[0].startsWith('--') ? args[0] : undefined);
if (!split) { console.log('tag-errors: no CUAD split (../shared/corpus/cuad-dev) or cuad-map.json; skipped.'); process.exit(0); }

const { docs } = await runTagger(split, { floor: FLOOR });
const thresholds = withDefault(chooseThresholds(docs, split.map), docs, DEFAULT);
// As the tagger emits: in a document where a type reaches its threshold, its weaker clauses stay down to
// the support level (supportOf in src/tag/index.ts); elsewhere nothing of the type.
const { supportOf: support } = await import(pathToFileURL(join(root, 'dist/tag/index.js')).href);
const emitted = docs.map((d) => {
  const anchored = new Set(d.clauses.flatMap((c) => c.types.filter((x) => asserts(x.confidence, thresholds[x.type] ?? DEFAULT)).map((x) => x.type)));
  return { ...d, clauses: d.clauses.map((c) => ({ ...c, types: c.types.filter((x) => anchored.has(x.type) && x.confidence >= support(thresholds[x.type] ?? DEFAULT)) })) };
});
const inSample = evaluate(emitted, split.map);
const cv = crossValidate(docs, split.map, DEFAULT, 5);
const cvBy = new Map(cv.rows.map((r) => [`${r.type}|${r.mode}|${r.category}`, r]));

const summary = {};
for (const r of inSample.rows) {
  const key = `${r.type}|${r.mode}|${r.category}`;
  summary[key] = { type: r.type, mode: r.mode, gold: r.gold, threshold: thresholds[r.type] ?? DEFAULT, p: r.precision, r: r.recall, f1: r.f1, cvF1: cvBy.get(key)?.f1 ?? null, spanRecall: r.spanRecall, fp: r.fp, fn: r.fn };
}
summary._macro = { f1: inSample.macroF1, p: inSample.macroPrecision, r: inSample.macroRecall, spanRecall: inSample.spanRecall, cvF1: cv.macroF1, cvP: cv.macroPrecision, cvR: cv.macroRecall };

const before = opt('--compare') && existsSync(opt('--compare')) ? JSON.parse(readFileSync(opt('--compare'), 'utf8')) : null;
const delta = (now, was) => (was == null || now == null || Math.abs(now - was) < 5e-4 ? '' : ` (${now > was ? '+' : ''}${(now - was).toFixed(3)})`);
const only = opt('--type');
for (const [key, s] of Object.entries(summary)) {
  if (key === '_macro' || (only && s.type !== only)) continue;
  const b = before?.[key];
  console.log(`${s.type.padEnd(24)} ${s.mode.padEnd(6)} gold=${String(s.gold).padStart(3)} t=${s.threshold.toFixed(2)} P=${fmt(s.p)} R=${fmt(s.r)} F1=${fmt(s.f1)}${delta(s.f1, b?.f1)} CV=${fmt(s.cvF1)}${delta(s.cvF1, b?.cvF1)} spanR=${fmt(s.spanRecall)}${delta(s.spanRecall, b?.spanRecall)} fp=${s.fp} fn=${s.fn}`);
}
const m = summary._macro;
console.log(`macro (re-chosen thresholds) F1=${fmt(m.f1)}${delta(m.f1, before?._macro?.f1)} P=${fmt(m.p)} R=${fmt(m.r)} spanR=${fmt(m.spanRecall)}${delta(m.spanRecall, before?._macro?.spanRecall)} | 5-fold CV F1=${fmt(m.cvF1)}${delta(m.cvF1, before?._macro?.cvF1)} P=${fmt(m.cvP)} R=${fmt(m.cvR)}`);
if (opt('--save')) writeFileSync(opt('--save'), JSON.stringify(summary, null, 1));

if (only) {
  const n = Number(opt('--n') ?? 20);
  const t = thresholds[only] ?? DEFAULT;
  const flat = (s, k = 260) => s.replace(/\s+/g, ' ').trim().slice(0, k);
  const tagOf = (c) => c.types.find((x) => x.type === only);
  const entries = split.map.filter((e) => e.type === only && e.mode === 'full');
  for (const { categories } of entries) {
    console.log(`\n## ${only}: false positives (threshold ${t})`);
    let shown = 0;
    for (const d of docs) {
      if (goldSpans(d.lab, categories).length > 0) continue;
      const fired = d.clauses.filter((c) => asserts(tagOf(c)?.confidence ?? 0, t)).sort((a, b) => tagOf(b).confidence - tagOf(a).confidence);
      if (fired.length === 0 || shown++ >= n) continue;
      console.log(`- ${d.lab.file.slice(0, 50)} (${fired.length} clauses)`);
      for (const c of fired.slice(0, 3)) console.log(`    ${tagOf(c).confidence.toFixed(3)} [${tagOf(c).cues.join(' | ')}]\n      :: ${flat(d.text.slice(c.start, c.bodyEnd))}`);
    }
    console.log(`\n## ${only}: false negatives`);
    shown = 0;
    for (const d of docs) {
      const spans = goldSpans(d.lab, categories);
      if (spans.length === 0) continue;
      const docMax = Math.max(0, ...d.clauses.map((c) => tagOf(c)?.confidence ?? 0));
      if (asserts(docMax, t) || shown++ >= n) continue;
      console.log(`- ${d.lab.file.slice(0, 50)} (document max ${docMax.toFixed(3)})`);
      for (const sp of spans.slice(0, 3)) {
        const over = d.clauses.filter((c) => Math.min(c.bodyEnd, sp.end) - Math.max(c.start, sp.start) > 0);
        const best = over.sort((a, b) => (tagOf(b)?.confidence ?? 0) - (tagOf(a)?.confidence ?? 0))[0];
        const bt = best && tagOf(best);
        console.log(`    gold: ${flat(sp.text ?? d.text.slice(sp.start, sp.end))}`);
        if (bt) console.log(`      best ${bt.confidence.toFixed(3)} [${bt.cues.join(' | ')}]`);
      }
    }
    if (args.includes('--tp')) {
      console.log(`\n## ${only}: true positives (the strongest clause, and whether it overlaps a gold span)`);
      for (const d of docs) {
        const spans = goldSpans(d.lab, categories);
        const best = d.clauses.filter((c) => asserts(tagOf(c)?.confidence ?? 0, t)).sort((a, b) => tagOf(b).confidence - tagOf(a).confidence)[0];
        if (spans.length === 0 || !best) continue;
        const onGold = spans.some((sp) => Math.min(best.bodyEnd, sp.end) - Math.max(best.start, sp.start) > 0);
        console.log(`- ${d.lab.file.slice(0, 40)} ${tagOf(best).confidence.toFixed(3)}${onGold ? '' : ' OFF-GOLD'} [${tagOf(best).cues.join(' | ')}]\n      :: ${flat(d.text.slice(best.start, best.bodyEnd), 160)}`);
      }
    }
    if (args.includes('--spans')) {
      console.log(`\n## ${only}: missed gold spans in detected documents`);
      shown = 0;
      for (const d of docs) {
        const spans = goldSpans(d.lab, categories);
        const docMax = Math.max(0, ...d.clauses.map((c) => tagOf(c)?.confidence ?? 0));
        if (spans.length === 0 || !asserts(docMax, t)) continue;
        for (const sp of spans) {
          const len = Math.max(1, sp.end - sp.start);
          const over = d.clauses.filter((c) => Math.min(c.end, sp.end) - Math.max(c.start, sp.start) >= len / 2);
          if (over.some((c) => tagOf(c))) continue;
          if (shown++ >= n) break;
          console.log(`- ${d.lab.file.slice(0, 40)} :: ${flat(sp.text ?? d.text.slice(sp.start, sp.end))}`);
        }
      }
    }
  }
}

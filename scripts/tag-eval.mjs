#!/usr/bin/env node
// In-process tagger evaluation on a CUAD split: the same measures as shared/tools/cuad-eval.mjs
// (document-level P/R/F1 per mapped type, span recall), without spawning the CLI, plus per-type error
// listings for development. Needs `npm run build` first.
// usage: node scripts/tag-eval.mjs [split dir] [--type ID] [--errors N] [--json out.json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = process.argv.slice(2);
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
const split = resolve(args[0] && !args[0].startsWith('--') ? args[0] : join(root, '../shared/corpus/cuad-dev'));
const mapPath = resolve(split, '../../tools/cuad-map.json');
if (!existsSync(join(split, 'labels.jsonl')) || !existsSync(mapPath)) {
  console.log(`tag-eval: no CUAD split at ${split} (or no cuad-map.json beside it); skipped.`);
  process.exit(0);
}
const { sourceFromText } = await import(join(root, 'dist/index.js'));
const { buildClauseTree } = await import(join(root, 'dist/clauses/index.js'));
const { tagClauses } = await import(join(root, 'dist/tag/index.js'));
const { map } = JSON.parse(readFileSync(mapPath, 'utf8'));
const labels = readFileSync(join(split, 'labels.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

export function evaluate(docs, { onlyType } = {}) {
  const stats = new Map();
  const get = (k) => stats.get(k) ?? stats.set(k, { tp: 0, fp: 0, fn: 0, tn: 0, spans: 0, spansFound: 0, fpDocs: [], fnDocs: [], missedSpans: [] }).get(k);
  for (const { lab, clauses } of docs) {
    for (const { type, categories, mode } of map) {
      if (onlyType && type !== onlyType) continue;
      const s = get(`${type}|${mode}|${categories[0]}`);
      const spans = categories.flatMap((c) => lab.categories?.[c]?.spans ?? []).filter((x) => x.start != null);
      const gold = spans.length > 0;
      const carriers = clauses.filter((c) => c.types.some((t) => t.type === type));
      const pred = carriers.length > 0;
      if (gold && pred) s.tp++; else if (gold) { s.fn++; s.fnDocs.push(lab.file); } else if (pred) { s.fp++; s.fpDocs.push({ file: lab.file, carriers }); } else s.tn++;
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
    const f1 = mode === 'full' && p != null && r != null && p + r > 0 ? (2 * p * r) / (p + r) : mode === 'full' && p != null && r != null ? 0 : null;
    rows.push({ type, mode, category, gold: s.tp + s.fn, ...s, precision: mode === 'full' ? p : null, recall: r, f1, spanRecall: s.spans ? s.spansFound / s.spans : null });
  }
  const full = rows.filter((r) => r.mode === 'full' && r.gold >= 3);
  const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return {
    rows,
    macroF1: mean(full.map((r) => r.f1 ?? 0)), macroPrecision: mean(full.map((r) => r.precision ?? 0)), macroRecall: mean(full.map((r) => r.recall ?? 0)),
    spanRecall: mean(rows.filter((r) => r.spans >= 3).map((r) => r.spanRecall ?? 0)),
  };
}

const docs = [];
let tagMs = 0, treeMs = 0, chars = 0;
for (const lab of labels) {
  const text = readFileSync(join(split, 'contracts', lab.file), 'utf8');
  chars += text.length;
  const source = sourceFromText(text, lab.file, 'text');
  let t = performance.now();
  const tree = buildClauseTree(source);
  treeMs += performance.now() - t;
  t = performance.now();
  const tags = tagClauses(source, tree);
  tagMs += performance.now() - t;
  docs.push({ lab, text, clauses: tree.clauses.map((c) => ({ id: c.id, start: c.start, end: c.end, types: tags.get(c.id) ?? [] })) });
}
const res = evaluate(docs, { onlyType: opt('--type') });
const fmt = (x) => (x == null ? '  -  ' : x.toFixed(3));
for (const r of res.rows.sort((a, b) => a.type.localeCompare(b.type) || a.category.localeCompare(b.category))) {
  console.log(`${r.type.padEnd(24)} ${r.mode.padEnd(6)} ${r.category.slice(0, 22).padEnd(22)} gold=${String(r.gold).padStart(3)} P=${fmt(r.precision)} R=${fmt(r.recall)} F1=${fmt(r.f1)} spanR=${fmt(r.spanRecall)} fp=${r.fp} fn=${r.fn}`);
}
console.log(`in-process: docs=${docs.length} macroF1=${fmt(res.macroF1)} P=${fmt(res.macroPrecision)} R=${fmt(res.macroRecall)} spanRecall=${fmt(res.spanRecall)} tree=${(treeMs / 1000).toFixed(2)}s tag=${(tagMs / 1000).toFixed(2)}s (${(chars / 1e6 / (tagMs / 1000)).toFixed(2)} MB/s)`);
const nErr = Number(opt('--errors') ?? 0);
if (nErr && opt('--type')) {
  for (const r of res.rows) {
    console.log(`\n## ${r.type} / ${r.category}: false positives`);
    for (const f of r.fpDocs.slice(0, nErr)) for (const c of f.carriers.slice(0, 2)) {
      const t = c.types.find((x) => x.type === r.type);
      const d = docs.find((x) => x.lab.file === f.file);
      console.log(`- ${f.file.slice(0, 40)} ${t.confidence} [${t.cues.join(' | ')}] :: ${d.text.slice(c.start, c.end).replace(/\s+/g, ' ').slice(0, 220)}`);
    }
    console.log(`\n## ${r.type} / ${r.category}: missed spans`);
    for (const m of r.missedSpans.slice(0, nErr)) console.log(`- ${m.file.slice(0, 40)} :: ${m.text.replace(/\s+/g, ' ').slice(0, 220)}`);
  }
}
if (opt('--json')) writeFileSync(opt('--json'), JSON.stringify({ ...res, rows: res.rows.map(({ fpDocs, fnDocs, missedSpans, ...r }) => r) }, null, 2));

#!/usr/bin/env node
// In-process tagger evaluation on a CUAD split with the shipped calibration: cuad-eval.mjs's measures
// without spawning the CLI, plus error listings for development. Needs `npm run build` first.
// usage: node scripts/tag-eval.mjs [split dir] [--type ID --errors N]
import { loadSplit, runTagger, evaluate, fmt } from './tag-lib.mjs';

const args = process.argv.slice(2);
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
const split = loadSplit(args[0] && !args[0].startsWith('--') ? args[0] : undefined);
if (!split) { console.log('tag-eval: no CUAD split (../shared/corpus/cuad-dev) or cuad-map.json; skipped.'); process.exit(0); }
const { docs, tagSeconds, tagCpuSeconds, chars } = await runTagger(split);
const res = evaluate(docs, split.map, { onlyType: opt('--type') });
for (const r of res.rows) {
  console.log(`${r.type.padEnd(24)} ${r.mode.padEnd(6)} ${r.category.slice(0, 22).padEnd(22)} gold=${String(r.gold).padStart(3)} P=${fmt(r.precision)} R=${fmt(r.recall)} F1=${fmt(r.f1)} spanR=${fmt(r.spanRecall)} fp=${r.fp} fn=${r.fn}`);
}
console.log(`in-process: docs=${docs.length} macroF1=${fmt(res.macroF1)} P=${fmt(res.macroPrecision)} R=${fmt(res.macroRecall)} spanRecall=${fmt(res.spanRecall)} tag=${tagSeconds.toFixed(2)}s wall, ${tagCpuSeconds.toFixed(2)}s cpu (${(chars / 1e6 / tagSeconds).toFixed(2)} MB/s wall)`);
const nErr = Number(opt('--errors') ?? 0);
if (nErr && opt('--type')) {
  for (const r of res.rows) {
    console.log(`\n## ${r.type} / ${r.category}: false positives`);
    for (const f of r.fpDocs.slice(0, nErr)) for (const c of f.carriers.slice(0, 2)) {
      const t = c.types.find((x) => x.type === r.type);
      const d = docs.find((x) => x.lab.file === f.file);
      console.log(`- ${f.file.slice(0, 40)} ${t.confidence} [${t.cues.join(' | ')}] :: ${d.text.slice(c.start, c.bodyEnd).replace(/\s+/g, ' ').slice(0, 220)}`);
    }
    console.log(`\n## ${r.type} / ${r.category}: missed spans`);
    for (const m of r.missedSpans.slice(0, nErr)) console.log(`- ${m.file.slice(0, 40)} :: ${m.text.replace(/\s+/g, ' ').slice(0, 220)}`);
  }
}

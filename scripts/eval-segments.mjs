#!/usr/bin/env node
// Segmentation measure over the CUAD dev split (run `npm run build` first; imports the built dist/).
// usage: node scripts/eval-segments.mjs [split dir] [--docs] [--fails N]
// Segmentation: share of labelled spans (40+ chars) with at least 90% of their characters inside one
// LEAF clause (the definition of shared/tools/cuad-eval.mjs). Also: clause counts, leaf lengths,
// documents that came out as one giant clause, and parse time of the structure pass.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const split = resolve(args.find((a) => !a.startsWith('--')) ?? new URL('../../shared/corpus/cuad-dev', import.meta.url).pathname);
const showDocs = args.includes('--docs');
const failsAt = args.indexOf('--fails');
const showFails = failsAt >= 0 ? Number(args[failsAt + 1] ?? 20) : 0;
if (!existsSync(join(split, 'labels.jsonl'))) {
  console.log(`eval:segments: no corpus at ${split} (labels.jsonl missing); skipped`);
  process.exit(0);
}
const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('clauses/index.js', dist))) {
  console.error('eval:segments: dist/ not built; run `npm run build` first');
  process.exit(2);
}
const { buildClauseTree } = await import(new URL('clauses/index.js', dist).href);
const { ingest } = await import(new URL('ingest/index.js', dist).href);
const { validateTree } = await import(new URL('clauses/validate.js', dist).href);

const labels = readFileSync(join(split, 'labels.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
// Line-start numbered headings in the source ("12.3 Term", "Section 4", "ARTICLE V"): a floor for the clause count.
const NUMBERED_RE = /(?:^|\n)[ \t]*(?:(?:ARTICLE|Article|SECTION|Section)[ \t]+[0-9IVX]+|\d{1,2}(?:\.\d{1,2})*\.?)[ \t]+[A-Z][A-Za-z]+/g;

let spans = 0, inside = 0, parseMs = 0, parseCpuMs = 0, failures = 0, invalid = 0;
const leafLengths = [], rows = [], fails = [];
for (const lab of labels) {
  const path = join(split, 'contracts', lab.file);
  const bytes = readFileSync(path);
  let tree, source;
  try {
    source = ingest(path, bytes);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    tree = buildClauseTree(source);
    parseMs += performance.now() - t0;
    const c1 = process.cpuUsage(c0);
    parseCpuMs += (c1.user + c1.system) / 1000;
  } catch (e) {
    failures++;
    console.log(`FAIL ${lab.file}: ${e.message}`);
    continue;
  }
  const problems = validateTree(source.text, tree);
  if (problems.length) {
    invalid++;
    console.log(`INVALID ${lab.file}: ${problems.slice(0, 3).join('; ')}`);
  }
  const leaves = tree.clauses.filter((c) => c.children.length === 0);
  const lens = leaves.map((c) => c.end - c.start).sort((a, b) => a - b);
  leafLengths.push(...lens);
  let docSpans = 0, docInside = 0;
  for (const cat of Object.values(lab.categories ?? {})) for (const sp of cat.spans ?? []) {
    if (sp.start == null || sp.end - sp.start < 40) continue;
    docSpans++;
    // leaves are sorted and disjoint: binary search the leaf containing the span start region
    const ok = leaves.some((c) => Math.min(c.end, sp.end) - Math.max(c.start, sp.start) >= 0.9 * (sp.end - sp.start));
    if (ok) docInside++;
    else if (fails.length < showFails * 50) fails.push({ file: lab.file, sp, text: source.text });
  }
  spans += docSpans;
  inside += docInside;
  const numbered = (source.text.match(NUMBERED_RE) ?? []).length;
  rows.push({
    file: lab.file, chars: source.text.length, clauses: tree.clauses.length, leaves: leaves.length,
    medianLeaf: lens[lens.length >> 1] ?? 0, maxLeaf: lens[lens.length - 1] ?? 0, numbered,
    seg: docSpans ? docInside / docSpans : null, docSpans,
  });
}
const sorted = leafLengths.sort((a, b) => a - b);
const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
if (showDocs) {
  for (const r of rows.sort((a, b) => (a.seg ?? 1) - (b.seg ?? 1))) {
    console.log(`${(r.seg == null ? '  -  ' : r.seg.toFixed(3))} spans=${String(r.docSpans).padStart(3)} clauses=${String(r.clauses).padStart(4)} numbered=${String(r.numbered).padStart(4)} medLeaf=${String(r.medianLeaf).padStart(5)} maxLeaf=${String(r.maxLeaf).padStart(6)} ${r.file}`);
  }
}
if (showFails) {
  // a deterministic sample of the spans that no leaf holds, with the leaf boundaries nearby
  const step = Math.max(1, Math.floor(fails.length / showFails));
  for (let i = 0; i < fails.length && i / step < showFails; i += step) {
    const { file, sp, text } = fails[i];
    console.log(`--- ${file} [${sp.start},${sp.end})\n${JSON.stringify(text.slice(sp.start, sp.end).slice(0, 400))}`);
  }
}
const giant = rows.filter((r) => r.chars > 3000 && r.maxLeaf > 0.5 * r.chars);
const fewer = rows.filter((r) => r.clauses < r.numbered);
console.log(`documents=${rows.length} failures=${failures} invalidTrees=${invalid}`);
console.log(`clauses: total=${rows.reduce((a, r) => a + r.clauses, 0)} per-doc median=${rows.map((r) => r.clauses).sort((a, b) => a - b)[rows.length >> 1]} min=${Math.min(...rows.map((r) => r.clauses))} max=${Math.max(...rows.map((r) => r.clauses))}`);
console.log(`leaf chars: p10=${q(0.1)} p25=${q(0.25)} median=${q(0.5)} p75=${q(0.75)} p90=${q(0.9)} p99=${q(0.99)} max=${q(1)}`);
console.log(`giant leaves (one leaf > half of a 3k+ document): ${giant.length ? giant.map((r) => r.file).join(', ') : 'none'}`);
console.log(`fewer clauses than line-start numbered headings: ${fewer.length ? fewer.map((r) => `${r.file} (${r.clauses}<${r.numbered})`).join(', ') : 'none'}`);
// CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours
console.log(`structure pass: ${parseMs.toFixed(0)} ms wall, ${parseCpuMs.toFixed(0)} ms CPU for ${rows.length} documents (${(rows.reduce((a, r) => a + r.chars, 0) / 1e6).toFixed(1)} M chars, cold start)`);
console.log(`segmentation=${(spans ? inside / spans : 0).toFixed(3)} (${inside}/${spans} spans of 40+ chars inside one leaf)`);

#!/usr/bin/env node
// What each built-in rule costs: the CPU of evaluating it alone over the CUAD dev contracts, in one warm process.
//   node scripts/rule-costs.mjs [checkout] [--files N] [--top N] [--passes N] [--pack DIR]...   (checkout: this one, built)
// --pack adds a pack of your own (loaded and validated as the CLI's --pack does) to the built-in ones.
// Every document is analysed once (clause tree, tags, facts) and the rules stage is run over it with all built-in
// packs until the JIT is warm; the facts the rules read lazily from the analysis (terms, undefined terms ...) and the
// per-document number words are then computed and kept, so they are not in any rule's figure (printed apart, timed on
// a second analysis). Each rule is then evaluated alone, through the product's own `evaluate` with a pack holding that
// rule only (the same DocumentContext, engine run, ScanPlan and findings the CLI's check makes), over every document;
// an empty pack's run (the context alone: textForRules) is taken off. A rule alone pays every fact it reads, so the
// figures of rules that share a query or a fact add up to more than the full run pays once: the share column is of the
// full rules stage (all packs, one run per document), and the total of all rules alone is printed beside it.
// Each figure is the median of --passes passes (default 3). Counts and times are the product's own: no copy of the engine.
// --profile [rule id] profiles 2 passes of the full rules stage (or of that rule alone) instead, by function (self
// time; native regex work is charged to its caller), to read what a dear rule's queries do.
//   node scripts/rule-costs.mjs --profile antitrust/sensitive-information --top 30
// --cpuprofile <file> also writes that profile, for Chrome DevTools or speedscope (its call tree says who calls what).
// --patterns instead prints the patterns the rules scan whole documents for (query texts, mentions, acts: the ScanPlan
// of the built-in packs), each tried at its candidate word starts over every document as DocumentContext.scan tries it
// (scanAt on the rules' text; a pattern with no leading words by its global regex, over the characters of the documents
// that hold its required words: 'M ch' in the tries column): tries, matches, CPU, and the rules
// that use it. A rule asks for a scan only when its query reaches it, so this is each pattern's cost where it is read;
// a pattern tried often and matching rarely is a candidate for a rarer leading word (docs/authoring.md).
//   node scripts/rule-costs.mjs --patterns --top 20
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Session } from 'node:inspector/promises';
import { cuadDevCorpus, median } from './bench-lib.mjs';

const args = process.argv.slice(2);
const valued = ['--files', '--top', '--passes', '--profile', '--cpuprofile', '--pack'];
const root = resolve(args.find((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? '')) ?? fileURLToPath(new URL('..', import.meta.url)));
const opt = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const { dir: corpus, files: allFiles } = cuadDevCorpus(root);
const subset = opt('--files', 0);
const step = subset > 0 ? Math.max(1, Math.floor(allFiles.length / subset)) : 1;
const files = subset > 0 ? allFiles.filter((_, i) => i % step === 0).slice(0, subset) : allFiles;
if (!files.length) {
  console.log(`rule-costs: CUAD dev contracts not found at ${corpus}; nothing to measure`);
  process.exit(0);
}
const top = opt('--top', 0);
const passes = Math.max(1, opt('--passes', 3));
const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
const lib = await import(pathToFileURL(join(root, 'scripts', 'bench-lib.mjs')).href);
await lib.tuneAsCli();
const [{ ingest, loadPack }, { analyze }, { evaluate }, { loadBuiltinPacks }, { documentNumberWords }, { analysisOptions }] = await Promise.all([
  dist('index.js'), dist('analysis.js'), dist('rules/evaluate.js'), dist('rules/pack-files.js'), dist('rules/context.js'), dist('check.js'),
]);
const packs = [...loadBuiltinPacks(), ...args.flatMap((a, i) => (args[i - 1] === '--pack' ? [loadPack(resolve(a))] : []))];
// The clause types the packs declare are tagged too, as check() does.
const options = analysisOptions(packs);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};

// The lazy facts a rule may read from the analysis (src/facts/index.ts's getters).
const LAZY = ['terms', 'unusedTerms', 'duplicateTerms', 'undefinedTerms', 'attributes'];
const sources = files.map((f) => ingest(f, readFileSync(f)));
// A first analysis of each document warms the front half; the lazy facts are timed on the second, which the rules read.
const lazyMs = Object.fromEntries(LAZY.map((k) => [k, 0]));
for (const s of sources) {
  const a = analyze(s, options);
  for (const k of LAZY) void a.facts[k];
}
const analyses = sources.map((s) => {
  const a = analyze(s, options);
  for (const k of LAZY) {
    const t = cpuMs();
    void a.facts[k];
    lazyMs[k] += cpuMs() - t;
  }
  documentNumberWords(a);
  return a;
});

/** CPU of one evaluate per document, in ms, per document. */
async function timeRun(runPacks) {
  const out = new Float64Array(analyses.length);
  for (let i = 0; i < analyses.length; i++) {
    const t = cpuMs();
    await evaluate(analyses[i], runPacks);
    out[i] = cpuMs() - t;
  }
  return out;
}
const sum = (xs) => xs.reduce((s, x) => s + x, 0);
const fmt = (n, d = 1) => n.toFixed(d);

// One pack per rule (the rule's own pack, its other rules left out), made once: evaluate derives its plan per packs array.
const rules = [];
for (const p of packs) for (const r of p.rules) if (!rules.some((x) => x.rule.id === r.id)) rules.push({ rule: r, packs: [{ ...p, rules: [r] }] });
const empty = [{ ...packs[0], rules: [] }];

// Warm-up: the full stage twice, each rule alone once.
for (let i = 0; i < 2; i++) await timeRun(packs);
for (const r of rules) await timeRun(r.packs);

if (args.includes('--profile')) {
  const id = args[args.indexOf('--profile') + 1];
  const which = id === undefined || id.startsWith('--') ? null : rules.find((r) => r.rule.id === id);
  if (which === undefined) {
    console.error(`rule-costs: no built-in rule ${id}`);
    process.exit(2);
  }
  const { summariseProfile } = await import(pathToFileURL(join(root, 'scripts', 'bench-profile.mjs')).href);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  for (let i = 0; i < 2; i++) await timeRun(which ? which.packs : packs);
  const { profile } = await session.post('Profiler.stop');
  if (args.includes('--cpuprofile')) writeFileSync(args[args.indexOf('--cpuprofile') + 1], JSON.stringify(profile));
  console.log(`profile of 2 passes of ${which ? which.rule.id : 'the full rules stage'} over ${analyses.length} contracts:`);
  console.log(summariseProfile(profile, `${root}/`, top || 40).join('\n'));
  process.exit(0);
}

if (args.includes('--patterns')) {
  const [{ ScanPlan }, { scannedPatterns }, { insensitive, casedPattern, foldedSites }, { scanAt }, { wordIndexOf }, { textForRules }, { satisfiable }] = await Promise.all([
    dist('rules/context.js'), dist('rules/leading-table.js'), dist('rules/patterns.js'), dist('rules/word-starts.js'), dist('model/words.js'), dist('clauses/abbreviations.js'), dist('rules/literals.js'),
  ]);
  const all = rules.map((r) => r.rule);
  const patterns = scannedPatterns(all);
  const plan = new ScanPlan(patterns);
  const users = (src) => all.filter((r) => JSON.stringify([r.conditions, r.anchor ?? null]).includes(JSON.stringify(src))).map((r) => r.id);
  const docs = analyses.map((a) => ({ text: a.source.text, hay: textForRules(a.source.text), words: wordIndexOf(a.source) }));
  const rows = patterns.map(({ src, matchCase }) => ({ src, matchCase, compiled: matchCase ? casedPattern(src) : insensitive(src), slot: plan.slotOf(matchCase ? `\u0000${src}` : src), tries: 0, hits: 0, ms: [] }));
  const walkMs = [];
  for (let p = 0; p <= passes; p++) {
    let walk = 0;
    const ms = rows.map(() => 0);
    for (const d of docs) {
      const t = cpuMs();
      const cands = plan.lead.candidatesBySlot(d.words, d.text);
      walk += cpuMs() - t;
      rows.forEach((r, i) => {
        const t0 = cpuMs();
        let found = 0;
        if (r.slot === undefined) {
          // As scanAll: only a text that holds the words every match holds (folded unless the pattern matches case).
          if (satisfiable(r.compiled.required, (w) => (r.matchCase ? d.text.includes(w) : foldedSites(d.text, w, 1).length > 0))) {
            for (const _ of d.hay.matchAll(r.compiled.global)) found++;
            if (p === 0) r.tries += d.hay.length;
          }
        } else {
          const at = cands.of(r.slot);
          found = scanAt(r.compiled.sticky, at, d.hay).starts.length;
          if (p === 0) r.tries += at.length;
        }
        ms[i] += cpuMs() - t0;
        if (p === 0) r.hits += found;
      });
    }
    // The first pass warms up (and counts); the others are timed.
    if (p === 0) continue;
    walkMs.push(walk);
    rows.forEach((r, i) => r.ms.push(ms[i]));
  }
  for (const r of rows) r.median = median(r.ms);
  rows.sort((a, b) => b.median - a.median);
  const total = sum(rows.map((r) => r.median));
  console.log(`${root}: ${analyses.length} contracts, ${rows.length} scanned patterns, median of ${passes} passes (CPU)`);
  console.log(`the word walk for every pattern's candidates: ${fmt(median(walkMs))} ms; every pattern tried at its candidates: ${fmt(total)} ms`);
  console.log(`${'ms'.padStart(7)} ${'share'.padStart(6)} ${'tries'.padStart(9)} ${'matches'.padStart(8)}  pattern (rules)`);
  for (const r of top > 0 ? rows.slice(0, top) : rows) {
    const shown = r.src.length > 110 ? `${r.src.slice(0, 109)}…` : r.src;
    const tries = r.slot === undefined ? `${(r.tries / 1e6).toFixed(1)}M ch` : String(r.tries);
    console.log(`${fmt(r.median).padStart(7)} ${`${fmt((100 * r.median) / total, 0)}%`.padStart(6)} ${tries.padStart(9)} ${String(r.hits).padStart(8)}  ${r.matchCase ? '(cased) ' : ''}${shown} (${users(r.src).join(', ') || 'no rule'})`);
  }
  process.exit(0);
}

const full = [];
const base = [];
const alone = new Map(rules.map((r) => [r.rule.id, []]));
for (let p = 0; p < passes; p++) {
  full.push(sum(await timeRun(packs)));
  base.push(sum(await timeRun(empty)));
  for (const r of rules) alone.get(r.rule.id).push(sum(await timeRun(r.packs)));
}
const fullMs = median(full);
const baseMs = median(base);
const rows = rules.map((r) => ({ id: r.rule.id, ms: Math.max(0, median(alone.get(r.rule.id)) - baseMs) })).sort((a, b) => b.ms - a.ms || (a.id < b.id ? -1 : 1));
console.log(`${root}: ${analyses.length} contracts, ${rules.length} rules, median of ${passes} passes (CPU)`);
console.log(`full rules stage (all packs): ${fmt(fullMs)} ms; context alone (empty pack: textForRules): ${fmt(baseMs)} ms`);
console.log(`lazy facts, computed before (not in any rule's figure): ${LAZY.map((k) => `${k} ${fmt(lazyMs[k])} ms`).join(', ')}`);
console.log(`every rule alone, summed: ${fmt(sum(rows.map((r) => r.ms)))} ms (shared queries and facts counted once per rule)`);
console.log(`${'rule'.padEnd(52)} ${'ms alone'.padStart(9)} ${'share'.padStart(6)}`);
for (const r of top > 0 ? rows.slice(0, top) : rows) console.log(`${r.id.padEnd(52)} ${fmt(r.ms).padStart(9)} ${`${fmt((100 * r.ms) / fullMs, 0)}%`.padStart(6)}`);

#!/usr/bin/env node
// The quick loop for speed work: one process checks the CUAD dev contracts once cold, then 4 times warm, and prints
// the CPU of each pass (all built-in packs, JSON formatter, as `npm run bench` does). With --profile, a CPU profile
// of 2 warm passes summarised by stage, function and file. Compare two checkouts in the same minutes, alternating:
//   node scripts/bench-warm.mjs [checkout] [--profile [N]]      (checkout: default this one; its dist/ must be built)
// The warm passes see the same texts again, so the tagger's sentence cache helps them (by about a third of a pass:
// compromise never runs again). With --fresh, each of 3 fresh processes (--runs N) first checks the bench's warm-up
// documents twice (fixtures, scripts/bench-warmup/ and synthetic agreements, never the corpus), then times one pass over the corpus: what a
// long-lived pool pays for documents it has not seen. `npm run bench` gives the official figures.
//   node scripts/bench-warm.mjs [checkout] --fresh [--runs N]
//   node scripts/bench-warm.mjs [checkout] --fresh-child --profile [N]     (one fresh pass, profiled)
// --files N checks N of the corpus's contracts (every k-th, the same for any checkout). --callgrind counts the fresh
// pass's instructions, which repeat under load where CPU time does not: the process turns callgrind's instrumentation
// on for that pass only and dumps it (see docs/performance.md):
//   valgrind --tool=callgrind --instr-atstart=no --dump-instr=no --callgrind-out-file=/tmp/cg.%p \
//     node --single-threaded scripts/bench-warm.mjs [checkout] --fresh-child --callgrind --files 12
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cuadDevCorpus } from './bench-lib.mjs';

const args = process.argv.slice(2);
const root = resolve(args.find((a, i) => !a.startsWith('--') && !['--profile', '--runs', '--files'].includes(args[i - 1] ?? '')) ?? fileURLToPath(new URL('..', import.meta.url)));
// The corpus beside the checkout measured, found by this script's own bench-lib (the checkout's may be older).
const { dir: corpus, files: allFiles } = cuadDevCorpus(root);
// --files N: every k-th contract, N of them.
const subset = args.includes('--files') ? Number(args[args.indexOf('--files') + 1]) : 0;
const step = subset > 0 ? Math.max(1, Math.floor(allFiles.length / subset)) : 1;
const files = subset > 0 ? allFiles.filter((_, i) => i % step === 0).slice(0, subset) : allFiles;
if (!files.length) {
  console.log(`bench-warm: CUAD dev contracts not found at ${corpus}; nothing to measure`);
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error(`bench-warm: ${root}/dist is missing; run npm run build there first`);
  process.exit(2);
}
const lib = await import(pathToFileURL(join(root, 'scripts', 'bench-lib.mjs')).href);
const { summariseProfile } = await import(pathToFileURL(join(root, 'scripts', 'bench-profile.mjs')).href);
await lib.tuneAsCli();
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const fmt = (n) => n.toFixed(2);
if (args.includes('--fresh')) {
  // Each measured pass needs a process whose caches have never seen the corpus.
  const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
  const passes = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), root, '--fresh-child', ...(subset > 0 ? ['--files', String(subset)] : [])], { encoding: 'utf8' });
    const cpuS = Number(/cpu=([\d.]+)/.exec(out)?.[1]);
    passes.push(cpuS);
    console.log(`  fresh pass after warm-up: ${out.trim()}`);
  }
  console.log(`${root}: median fresh pass ${fmt(lib.median(passes))} s CPU`);
  process.exit(0);
}
async function startProfile() {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return session;
}
async function printProfile(session, title) {
  const { profile } = await session.post('Profiler.stop');
  const rows = Number(args[args.indexOf('--profile') + 1]) || 40;
  console.log(`${title}:\n${summariseProfile(profile, `${root}/`, rows).join('\n')}`);
}
const product = await lib.loadProduct();
if (args.includes('--fresh-child')) {
  // The warm-up documents of this script's own checkout, so that two checkouts compared warm up on the same texts.
  const { warmupDocuments } = await import('./bench-lib.mjs');
  const warmup = warmupDocuments();
  for (let i = 0; i < 2; i++) for (const d of warmup) await lib.checkOne(product, d.path, d.bytes);
  const session = args.includes('--profile') ? await startProfile() : undefined;
  // Under valgrind --tool=callgrind --instr-atstart=no: count this pass only, and dump it as 'fresh-pass'.
  const callgrind = args.includes('--callgrind') ? (/** @type {string[]} */ ...a) => execFileSync('callgrind_control', [...a, String(process.pid)], { stdio: 'ignore' }) : undefined;
  callgrind?.('-i', 'on');
  const t0 = performance.now();
  const c0 = cpu();
  for (const f of files) await lib.checkOne(product, f, readFileSync(f));
  callgrind?.('-d', 'fresh-pass');
  console.log(`${fmt((performance.now() - t0) / 1000)} s wall, cpu=${fmt(cpu() - c0)} s CPU (${files.length} contracts)`);
  if (session) await printProfile(session, 'profile of the fresh pass');
  process.exit(0);
}
async function pass() {
  const t0 = performance.now();
  const c0 = cpu();
  for (const f of files) await lib.checkOne(product, f, readFileSync(f));
  return { wallS: (performance.now() - t0) / 1000, cpuS: cpu() - c0 };
}
const cold = await pass();
console.log(`${root}: cold pass ${fmt(cold.wallS)} s wall, ${fmt(cold.cpuS)} s CPU`);
if (args.includes('--profile')) {
  const session = await startProfile();
  await pass();
  await pass();
  await printProfile(session, 'profile of 2 warm passes');
} else {
  const warm = [];
  for (let i = 0; i < 4; i++) {
    const r = await pass();
    warm.push(r.cpuS);
    console.log(`  warm pass ${fmt(r.wallS)} s wall, ${fmt(r.cpuS)} s CPU`);
  }
  console.log(`median warm pass: ${fmt(lib.median(warm))} s CPU`);
}

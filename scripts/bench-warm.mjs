#!/usr/bin/env node
// The quick loop for speed work: one process checks the CUAD dev contracts once cold, then 4 times warm, and prints
// the CPU of each pass (all built-in packs, JSON formatter, as `npm run bench` does). With --profile, a CPU profile
// of 2 warm passes summarised by stage, function and file. Compare two checkouts in the same minutes, alternating:
//   node scripts/bench-warm.mjs [checkout] [--profile [N]]      (checkout: default this one; its dist/ must be built)
// The warm passes see the same texts again, so the tagger's sentence cache helps them a little; `npm run bench`
// gives the official figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const root = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--profile') ?? fileURLToPath(new URL('..', import.meta.url)));
const corpus = process.env.CUAD_DEV_DIR ?? join(root, '..', 'shared', 'corpus', 'cuad-dev', 'contracts');
if (!existsSync(corpus)) {
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
const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, f));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const product = await lib.loadProduct();
async function pass() {
  const t0 = performance.now();
  const c0 = cpu();
  for (const f of files) await lib.checkOne(product, f, readFileSync(f));
  return { wallS: (performance.now() - t0) / 1000, cpuS: cpu() - c0 };
}
const fmt = (n) => n.toFixed(2);
const cold = await pass();
console.log(`${root}: cold pass ${fmt(cold.wallS)} s wall, ${fmt(cold.cpuS)} s CPU`);
const p = args.indexOf('--profile');
if (p >= 0) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  await pass();
  await pass();
  const { profile } = await session.post('Profiler.stop');
  console.log(`profile of 2 warm passes:\n${summariseProfile(profile, `${root}/`, Number(args[p + 1]) || 40).join('\n')}`);
} else {
  const warm = [];
  for (let i = 0; i < 4; i++) {
    const r = await pass();
    warm.push(r.cpuS);
    console.log(`  warm pass ${fmt(r.wallS)} s wall, ${fmt(r.cpuS)} s CPU`);
  }
  console.log(`median warm pass: ${fmt(lib.median(warm))} s CPU`);
}

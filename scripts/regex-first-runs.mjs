#!/usr/bin/env node
// Which regexes a fresh pass compiles: the sources (with flags) first run inside bench-warm's fresh pass, after its
// warm-up, so compiled there (V8 compiles a regex on its first run, to bytecode, and again to native code on its
// second: both inside the pass). A regex of one source and flags is compiled once per process (V8's compilation cache
// and the product's pattern caches), whatever the number of objects; so a regex first run in the pass is a cost every
// fresh worker pays once, and a fresh-pass instruction count (docs/performance.md) holds it. Big ones cost tens of
// millions of instructions (perf27's entry: 36M for a 10,000-character spelt pattern, both tiers).
//   node scripts/regex-first-runs.mjs [checkout] [--files N] [--top N] [--warmup-from DIR]
// checkout: the build to run (default this one); --files N: N of the corpus's contracts, as bench-warm's --files
// (default 12, the callgrind count's); --warmup-from: the checkout whose scripts/bench-lib.mjs gives the warm-up
// documents (default the checkout's own), to compare two builds on one warm-up as the counts do.
// Each row: the source's length, its runs and the objects run inside the pass, its flags and its opening. The regex
// engine is reached through RegExp.prototype.exec, wrapped for the count (so V8's fast paths run slower here: counts
// only, no times).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const valued = ['--files', '--top', '--warmup-from'];
const root = resolve(args.find((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? '')) ?? fileURLToPath(new URL('..', import.meta.url)));
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const nFiles = Number(opt('--files', '12'));
const top = Number(opt('--top', '40'));
const warmFrom = resolve(opt('--warmup-from', root));
const lib = await import(pathToFileURL(join(root, 'scripts', 'bench-lib.mjs')).href);
const warmLib = await import(pathToFileURL(join(warmFrom, 'scripts', 'bench-lib.mjs')).href);
await lib.tuneAsCli();
const product = await lib.loadProduct();

let phase = 'warm';
/** @type {Map<string, { warm: number, pass: number, objects: number }>} */
const seen = new Map();
const metInPass = new WeakSet();
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (s) {
  const key = `${this.flags}\u0000${this.source}`;
  let e = seen.get(key);
  if (e === undefined) seen.set(key, (e = { warm: 0, pass: 0, objects: 0 }));
  e[phase]++;
  if (phase === 'pass' && !metInPass.has(this)) {
    metInPass.add(this);
    e.objects++;
  }
  return exec.call(this, s);
};
// bench-warm's fresh child: its warm-up twice, then the pass.
for (let i = 0; i < 2; i++) for (const d of warmLib.warmupDocuments()) await lib.checkOne(product, d.path, d.bytes);
const { files: all } = lib.cuadDevCorpus(root);
const step = Math.max(1, Math.floor(all.length / nFiles));
const files = nFiles > 0 ? all.filter((_, i) => i % step === 0).slice(0, nFiles) : all;
phase = 'pass';
for (const f of files) await lib.checkOne(product, f, readFileSync(f));
RegExp.prototype.exec = exec;

const run = [...seen].filter(([, e]) => e.pass > 0);
const first = run.filter(([, e]) => e.warm === 0).sort((a, b) => b[0].length - a[0].length);
console.log(`${root}: ${files.length} contracts after the warm-up of ${warmFrom}`);
console.log(`regex sources run in the pass: ${run.length}; first run in it (compiled in it): ${first.length}, ${first.reduce((s, [k]) => s + k.length - 1, 0)} characters`);
console.log(`${'length'.padStart(7)} ${'runs'.padStart(6)} ${'objects'.padStart(7)}  flags /source`);
for (const [k, e] of top > 0 ? first.slice(0, top) : first) {
  const [flags, source] = k.split('\u0000');
  console.log(`${String(source.length).padStart(7)} ${String(e.pass).padStart(6)} ${String(e.objects).padStart(7)}  ${flags || '-'} /${source.length > 110 ? `${source.slice(0, 109)}…` : source}`);
}

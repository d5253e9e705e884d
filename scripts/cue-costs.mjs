#!/usr/bin/env node
// How often the tagger tries each cue, and how often a try hits: one pass of the tag stage over the CUAD dev contracts.
//   node scripts/cue-costs.mjs [checkout] [--files N] [--top N] [--sort tries|regex|ms]     (checkout built: dist/)
// The product's own CueSet (dist/tag/cues.js) does the work; this script counts around its three ways of trying a cue
// at a word where the walk found it may start (src/tag/cues.ts scan): tryWord (a one-word cue: no regex), tryWords (plain
// words read from the word runs) and tryCue (a word* stem's single word, matchRunWords over the runs, else the cue's
// sticky regex). A try that reaches the regex ('regex') is the dear kind, and its CPU is summed ('ms': read by a clock
// around each regex try, so larger than the work itself; for ranking). Every try is counted where the product makes it,
// after the walk's filters (a first word's next-word pair, an anchor word within reach, a cue already matched over the
// word): a cue tried often and hitting rarely is a candidate for a rarer anchor word. Counted on one pass over the corpus
// after the bench's warm-up documents (bench-lib warmupDocuments, twice), as bench-warm's fresh pass (a second pass of
// the same texts would hit the tagger's caches). The heading cues (a clause's heading is scanned
// by a second CueSet) are counted apart from the text cues. Cues are shown as parsed: words joined by spaces, a word's
// forms by '|', a stem with '*', a gap as '..' (5 words) or '...' (12).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cuadDevCorpus } from './bench-lib.mjs';

const args = process.argv.slice(2);
const valued = ['--files', '--top', '--sort'];
const root = resolve(args.find((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? '')) ?? fileURLToPath(new URL('..', import.meta.url)));
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const { dir: corpus, files: allFiles } = cuadDevCorpus(root);
const subset = Number(opt('--files', 0));
const step = subset > 0 ? Math.max(1, Math.floor(allFiles.length / subset)) : 1;
const files = subset > 0 ? allFiles.filter((_, i) => i % step === 0).slice(0, subset) : allFiles;
if (!files.length) {
  console.log(`cue-costs: CUAD dev contracts not found at ${corpus}; nothing to measure`);
  process.exit(0);
}
const top = Number(opt('--top', 30));
const sortKey = opt('--sort', 'regex');
const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
const lib = await import(pathToFileURL(join(root, 'scripts', 'bench-lib.mjs')).href);
await lib.tuneAsCli();
const [{ ingest }, { analyze }, { CueSet }] = await Promise.all([dist('ingest/index.js'), dist('analysis.js'), dist('tag/cues.js')]);

let counting = true;
/** Per CueSet, per compiled cue: [word tries, plain-word tries, tryCue tries, regex tries, hits, regex ms]. */
const counts = new Map();
const rowOf = (set, i) => {
  let per = counts.get(set);
  if (!per) counts.set(set, (per = new Map()));
  let row = per.get(i);
  if (!row) per.set(i, (row = [0, 0, 0, 0, 0, 0]));
  return row;
};
const proto = CueSet.prototype;
for (const [name, slot] of [['tryWord', 0], ['tryWords', 1]]) {
  const inner = proto[name];
  proto[name] = function (i, text, at, end, ...rest) {
    const hits = rest[rest.length - 1];
    const before = hits.length;
    inner.call(this, i, text, at, end, ...rest);
    const row = rowOf(this, i);
    row[slot]++;
    row[4] += hits.length - before;
  };
}
// The text with its sentence ends marked, made on a scan's first try of a cue with a gap: timed apart, not charged to that cue.
let markingMs = 0;
const innerMarked = proto.marked;
let markedTexts = 0;
let markedChars = 0;
proto.marked = function (text) {
  if (this.markedFrom !== text) {
    markedTexts++;
    markedChars += text.length;
  }
  const t = performance.now();
  const out = innerMarked.call(this, text);
  markingMs += performance.now() - t;
  return out;
};
const innerTry = proto.tryCue;
proto.tryCue = function (i, text, at, to, hits, runs, word) {
  const row = rowOf(this, i);
  row[2]++;
  const before = hits.length;
  // The regex decides when neither shortcut applies (as tryCue chooses; a cue already matched over `at` is no try).
  const regex = this.singleWord[i] == null && !(this.runWords[i] != null && runs !== null && word > 0 && runs.starts[word - 1] === at) && !(this.lastEnd[this.owner[i]] > at);
  if (regex) {
    const t = performance.now();
    const marking = markingMs;
    innerTry.call(this, i, text, at, to, hits, runs, word);
    row[5] += performance.now() - t - (markingMs - marking);
    row[3]++;
  } else innerTry.call(this, i, text, at, to, hits, runs, word);
  row[4] += hits.length - before;
};

// The bench's warm-up documents first (twice, as bench-warm's fresh pass): compiles and tier-ups are not charged to the corpus's cues.
counting = false;
const warmup = lib.warmupDocuments();
for (let k = 0; k < 2; k++) for (const d of warmup) analyze(ingest(d.path, d.bytes));
counts.clear();
markingMs = 0;
markedTexts = 0;
markedChars = 0;
let scanned = 0;
let scannedChars = 0;
const innerScan = proto.scan;
proto.scan = function (text, words) {
  scanned++;
  scannedChars += text.length;
  return innerScan.call(this, text, words);
};
counting = true;
for (const f of files) analyze(ingest(f, readFileSync(f)));

/** A compiled cue as parsed, in the cue notation. */
const shown = (p) => {
  const alts = (xs) => xs.map((a) => (a.prefix ? `${a.text}*` : a.text)).join('|');
  const words = [alts(p.first)];
  for (const t of p.rest) {
    if (t.gap > 0) words.push(t.gap > 5 ? '...' : '..');
    words.push(`${alts(t.alts)}${t.optional ? '?' : ''}`);
  }
  return words.join(' ');
};
const sets = [...counts.keys()].sort((a, b) => b.parsed.length - a.parsed.length);
const col = { tries: (r) => r[0] + r[1] + r[2], regex: (r) => r[3], ms: (r) => r[5] };
const key = col[sortKey] ?? col.regex;
console.log(`${root}: ${files.length} contracts, one pass of the tag stage; texts scanned ${scanned} (${(scannedChars / 1e6).toFixed(2)} M chars); marked for the gapped cues' regexes ${markedTexts} (${(markedChars / 1e6).toFixed(2)} M chars, ${markingMs.toFixed(0)} ms)`);
sets.forEach((set, n) => {
  const rows = [...counts.get(set)].map(([i, r]) => ({ i, r }));
  const sum = (k) => rows.reduce((s, x) => s + x.r[k], 0);
  const tries = sum(0) + sum(1) + sum(2);
  console.log(`\n${n === 0 ? 'text cues' : 'heading cues'} (${set.parsed.length} compiled): ${rows.length} tried; tries ${tries} (one word ${sum(0)}, plain words ${sum(1)}, tryCue ${sum(2)}, of which the regex ${sum(3)}, ${sum(5).toFixed(0)} ms), hits ${sum(4)}`);
  console.log(`${'tries'.padStart(8)} ${'regex'.padStart(8)} ${'ms'.padStart(6)} ${'hits'.padStart(6)} ${'hit%'.padStart(5)}  cue`);
  rows.sort((a, b) => key(b.r) - key(a.r) || a.i - b.i);
  for (const { i, r } of rows.slice(0, top)) {
    const all = r[0] + r[1] + r[2];
    console.log(`${String(all).padStart(8)} ${String(r[3]).padStart(8)} ${r[5].toFixed(1).padStart(6)} ${String(r[4]).padStart(6)} ${((100 * r[4]) / Math.max(1, all)).toFixed(1).padStart(5)}  ${shown(set.parsed[i])}`);
  }
});

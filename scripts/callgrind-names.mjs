#!/usr/bin/env node
// A callgrind count of a fresh pass with the product's JIT code named. callgrind_annotate names V8's builtins, its
// compilers and the GC, but the JavaScript V8 compiled at run time only by address; node's --perf-basic-prof writes
// where each piece of code lies (/tmp/perf-<pid>.map: start, size, name; '*' optimised, '^' baseline, '~'
// interpreted, 'RegExp:' a regex's native code), and this script reads the addresses against it.
//   valgrind --tool=callgrind --instr-atstart=no --dump-instr=no --callgrind-out-file=/tmp/cg.%p node --single-threaded \
//     --perf-basic-prof scripts/bench-warm.mjs <checkout> --fresh-child --callgrind --files 12
//   node scripts/callgrind-names.mjs /tmp/cg.<pid>.1 [--map /tmp/perf-<pid>.map] [--top N] [--inclusive]
// Prints the count's total, its instructions by kind (JIT code by its tier, regexes' native code, baseline code's
// inline caches, other builtins, compilers, the regex compiler, the GC, the rest) and the dearest functions, self
// (or, with --inclusive, with what they call: recursion makes some inclusive figures exceed the total). The map
// stays in /tmp: remove it after. A code object moved by the GC is not followed (nearly all of a pass's is not).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && !['--map', '--top'].includes(args[i - 1] ?? ''));
if (file === undefined) {
  console.error('usage: node scripts/callgrind-names.mjs <callgrind.out> [--map /tmp/perf-PID.map] [--top N] [--inclusive]');
  process.exit(2);
}
const pid = /\.(\d+)(?:\.\d+)?$/.exec(basename(file))?.[1];
const mapFile = args.includes('--map') ? args[args.indexOf('--map') + 1] : `/tmp/perf-${pid}.map`;
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 40;
const inclusive = args.includes('--inclusive');

const map = readFileSync(mapFile, 'utf8').split('\n').filter(Boolean).map((line) => {
  const [start, size, ...name] = line.split(' ');
  return { start: parseInt(start, 16), end: parseInt(start, 16) + parseInt(size, 16), name: name.join(' ') };
}).sort((a, b) => a.start - b.start);
/** The map's entry holding `addr`, by binary search. */
function codeAt(addr) {
  let lo = 0;
  let hi = map.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid].start <= addr) lo = mid + 1;
    else hi = mid - 1;
  }
  const e = map[hi];
  return e !== undefined && addr < e.end ? e.name : null;
}
function kindOf(fn, named) {
  if (named !== null) return named.startsWith('RegExp:') ? 'regexes (native code)' : `JS ${named.startsWith('JS:*') ? 'optimised' : named.startsWith('JS:^') ? 'baseline' : named.startsWith('JS:~') ? 'interpreted' : 'other'}`;
  if (/^0x/.test(fn)) return 'JIT code not in the map';
  if (/Builtins_\w*(IC|Baseline)/.test(fn)) return "baseline code's inline caches";
  if (/Builtins_/.test(fn)) return 'other builtins (interpreter handlers too)';
  if (/RegExp|regexp/.test(fn)) return 'regex compiler and runtime';
  if (/compiler::|maglev|baseline::|Assembler|Compiler::/.test(fn)) return 'compilers';
  if (/Scaveng|Heap|Mark|Sweep|Evacuat|GC/.test(fn)) return 'GC';
  return 'rest (libc, ICU, hashing, the runtime)';
}
const out = execFileSync('callgrind_annotate', ['--threshold=100', ...(inclusive ? ['--inclusive=yes'] : []), file], { encoding: 'utf8', maxBuffer: 1 << 28 });
const byName = new Map();
const byKind = new Map();
let total = 0;
for (const line of out.split('\n')) {
  const m = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line);
  if (m === null || m[2] === 'PROGRAM TOTALS') continue;
  const ir = Number(m[1].replace(/,/g, ''));
  const fn = m[2].replace(/^\?\?\?:/, '').replace(/ \[[^\]]*\]$/, '');
  const addr = /^0x([0-9a-f]+)/.exec(fn);
  const named = addr ? codeAt(parseInt(addr[1], 16)) : null;
  const name = (named ?? fn).replace(/'\d+$/, '');
  byName.set(name, (byName.get(name) ?? 0) + ir);
  if (!inclusive) {
    const kind = kindOf(fn, named);
    byKind.set(kind, (byKind.get(kind) ?? 0) + ir);
    total += ir;
  }
}
const M = (n) => `${(n / 1e6).toFixed(1)}M`.padStart(9);
if (!inclusive) {
  console.log(`${file}: ${M(total).trim()} instructions`);
  for (const [k, v] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`${M(v)}  ${k}`);
  console.log('');
}
for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${M(v)}  ${k.length > 150 ? `${k.slice(0, 149)}…` : k}`);

#!/usr/bin/env node
// `npm run bench`: the floor (read + one combined cue regex), the full check in one process and with 2
// worker threads, the real CLI batch run, per-stage timing, the largest contract through the CLI with
// start-up, and a scaling series over a synthetic long agreement. Built product only (dist/).
//
// Each measurement runs in its own child process so that its peak RSS and its JIT/caches are its own.
//   node scripts/bench.mjs                 everything (< 5 minutes on 2 cores)
//   node scripts/bench.mjs --profile       also a --cpu-prof run of the single-process check, summarised
//   node scripts/bench.mjs --compare-jit   also the single process and the pool with V8's default tier-up
//   node scripts/bench.mjs --child <mode>  internal
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkOne, cuadDevCorpus, DIST, floorRegex, loadProduct, maxRssMB, MB, median, percentile, ROOT, scanCount, taxonomyCueWords, threadCpuSeconds, trieRegex, tuneAsCli, tuneAsPool, typeIdStems } from './bench-lib.mjs';
import { buildLongAgreement, CHARS_PER_PAGE } from './synthetic.mjs';
import { summariseProfile } from './bench-profile.mjs';

const { dir: CORPUS, files: CORPUS_FILES } = cuadDevCorpus();
const SCALE_PAGES = (process.env.BENCH_PAGES ?? '10,100,250,500,1000').split(',').map(Number);
const WORKERS = 2;
// Warm-up passes of the steady-state pool, enough for V8's optimising compiler to settle: in a warm pool over CUAD dev
// the threads other than the two checking ones (compiler, GC helpers, main) used 0.49-0.51 s of CPU in the measured pass
// after one warm-up pass and 0.22-0.26 s after three (CPU per thread from /proc, idle machine, 2026-11-29 13:17).
const STEADY_PASSES = 3;
const CLI = join(ROOT, 'bin', 'clausecheck.js');
const RSS_PRELOAD = new URL('./bench-rss.mjs', import.meta.url).href;

const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');

function perDocStats(results) {
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms.at(-1) };
}

// ---------------------------------------------------------------- children

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function childSingle(files) {
  await tuneAsCli();
  const product = await loadProduct();
  const results = [];
  const cpu0 = cpuSeconds();
  const t0 = performance.now();
  for (const path of files) {
    const r0 = performance.now();
    const bytes = readFileSync(path);
    const readMs = performance.now() - r0;
    const r = await checkOne(product, path, bytes);
    results.push({ path, bytes: bytes.length, ...r, ms: r.ms + readMs, readMs });
  }
  const wallMs = performance.now() - t0;
  const cpuS = cpuSeconds() - cpu0;
  const sum = (k) => results.reduce((s, r) => s + r[k], 0);
  return {
    wallMs, cpuS, bytes: sum('bytes'), threadCpuS: threadCpuSeconds(), processCpuS: cpuSeconds(), ...perDocStats(results), rssMB: maxRssMB(),
    stages: { read: sum('readMs'), ingest: sum('ingestMs'), check: sum('checkMs'), format: sum('formatMs') },
    findings: sum('findings'), outChars: sum('outChars'),
  };
}

/**
 * The corpus on WORKERS worker threads as the CLI's pool (src/cli/pool.ts) checks a batch for `--format json`: this
 * thread loads the packs, starts the workers (the CLI's own worker module, with the packs as data and a line to this
 * thread's modal readings, bench-worker.mjs), reads and ingests every file while they load their modules (as the CLI
 * since the thirty-first session, pool.ts startWorkersAhead), loads compromise here while they finish starting,
 * hands them the sources largest first, one at a time, and at the end builds the JSON report around the documents'
 * text the workers rendered (each document's JSON text with its findings' tally, as for the CLI's JSON report
 * without waivers, a baseline or --quiet). Cold (`warmPasses` 0): the clock starts before the files are read, so start-up and JIT warm-up are in it, as
 * in one CLI batch run. Warm: the threads first check other agreements, and the clock starts when both are ready, as
 * in a long-lived pool (a server, or an archive run past its first documents); reading and ingesting, here, are then
 * before the clock (the old bench pool's workers had them inside it).
 */
async function childWorkers({ files, warm = false, warmPasses = warm ? 1 : 0 }) {
  await tuneAsPool(); // process-wide: applies to the worker threads started below
  const imp = (p) => import(new URL(p, `file://${DIST}`).href);
  const [{ ingestFile }, { loadBuiltinPacks }, { serveModalReadings, preloadModalReadings }, { buildReport }, { loadChunkedFormatter }, { DEFAULT_MAX_MEMORY_MB, readReply }, { DEFAULT_REVIEW_THRESHOLD }] = await Promise.all([
    imp('ingest/index.js'), imp('rules/pack-files.js'), imp('cli/modal-rpc.js'), imp('report/build.js'), imp('report/index.js'), imp('cli/pool.js'), imp('model/finding.js'),
  ]);
  // What the CLI sends a worker with each document when no config applies (settingsFor, then the run's review threshold).
  const settings = { rules: {}, kind: null, parties: [], ignored: false, hash: null, reviewThreshold: DEFAULT_REVIEW_THRESHOLD };
  const threadCpu = [];
  const readyCpu = [];
  let cpu0 = cpuSeconds(); // process-wide: all threads
  let t0 = performance.now();
  const bytes = [];
  const read = async () => {
    const sources = [];
    for (const path of files) {
      const b = readFileSync(path);
      bytes.push(b.length);
      sources.push(await ingestFile(path, b));
    }
    return sources;
  };
  // The CLI starts its workers once it knows the files, before it reads them (pool.ts startWorkersAhead): they load
  // their modules while this thread reads and ingests.
  const packs = loadBuiltinPacks();
  const lines = [];
  const workers = Array.from({ length: WORKERS }, () => {
    const modal = serveModalReadings();
    lines.push(modal);
    return new Worker(new URL('./bench-worker.mjs', import.meta.url), { workerData: { packs, render: 'document', modal: modal.line, settings, warmPasses }, transferList: [modal.line.port], resourceLimits: { maxOldGenerationSizeMb: DEFAULT_MAX_MEMORY_MB } });
  });
  const ready = Promise.all(workers.map((worker, i) => new Promise((resolveReady, rejectReady) => {
    worker.once('message', (m) => { readyCpu[i] = m.threadCpuS; resolveReady(); });
    worker.once('error', rejectReady);
  })));
  let sources = warmPasses ? null : await read();
  setImmediate(preloadModalReadings);
  // Every thread is ready (started, and warmed when asked) before the first document is sent.
  await ready;
  if (warmPasses) {
    sources = await read();
    cpu0 = cpuSeconds();
    t0 = performance.now();
  }
  // Largest first, as the CLI's pool: by text length, then input order.
  const order = sources.map((_s, i) => i).sort((a, b) => sources[b].text.length - sources[a].text.length || a - b);
  const documents = new Array(sources.length);
  const results = [];
  let next = 0;
  await Promise.all(workers.map((worker, i) => new Promise((resolveWorker, rejectWorker) => {
    let sent = 0;
    const feed = () => {
      if (next >= order.length) {
        // Nothing left: the CLI stops the worker now. Its CPU is the one its last reply carried.
        worker.terminate().then(() => resolveWorker());
        return;
      }
      const index = order[next++];
      sent = performance.now();
      worker.postMessage({ index, source: sources[index], settings });
    };
    worker.on('message', (m) => {
      if ('started' in m) return;
      if ('problem' in m) {
        rejectWorker(new Error(`${m.problem.file}: ${m.problem.message}`));
        return;
      }
      documents[m.index] = readReply(m, 'document');
      results.push({ bytes: bytes[m.index], ms: performance.now() - sent });
      const cpu = m.threadCpuS;
      threadCpu[i] = cpu === null ? null : warmPasses ? cpu - readyCpu[i] : cpu;
      feed();
    });
    worker.on('error', rejectWorker);
    feed();
  })));
  for (const l of lines) l.close();
  // The report, as the CLI writes it for --format json --fail-on never.
  const format = await loadChunkedFormatter('json');
  let outChars = 0;
  for (const piece of format(buildReport(documents, packs, { failOn: 'never' }), { color: false, rules: [], texts: new Map(), failOn: 'never' })) outChars += piece.length;
  const wallMs = performance.now() - t0;
  const busiestThreadCpuS = threadCpu.includes(null) ? null : Math.max(...threadCpu);
  return { wallMs, cpuS: cpuSeconds() - cpu0, bytes: results.reduce((s, r) => s + r.bytes, 0), ...perDocStats(results), rssMB: maxRssMB(), threadCpu, busiestThreadCpuS, outChars };
}

/** Stage by stage through the internal modules; falls back to `analyze` as one stage when they move. */
async function childStages(files) {
  await tuneAsCli();
  const imp = (p) => import(new URL(p, `file://${DIST}`).href).catch(() => ({}));
  const [ingestMod, clausesMod, tagMod, factsMod, rulesMod, index] = await Promise.all([
    imp('ingest/index.js'), imp('clauses/index.js'), imp('tag/index.js'), imp('facts/index.js'), imp('rules/index.js'), imp('analysis.js'),
  ]);
  const packs = rulesMod.loadBuiltinPacks();
  // The clause types the packs declare are tagged too, as check() does.
  const extraTypes = typeof rulesMod.packClauseTypes === 'function' ? rulesMod.packClauseTypes(packs) : undefined;
  const split = typeof clausesMod.buildClauseTree === 'function' && typeof tagMod.tagClauses === 'function' && typeof factsMod.extractFacts === 'function';
  const totals = split ? { ingest: 0, 'clause tree': 0, tag: 0, facts: 0, rules: 0 } : { ingest: 0, analyze: 0, rules: 0 };
  for (const path of files) {
    const bytes = readFileSync(path);
    let t = performance.now();
    const lap = (name) => { const now = performance.now(); totals[name] += now - t; t = now; };
    const source = ingestMod.ingest(path, bytes);
    lap('ingest');
    let analysis;
    if (split) {
      const tree = clausesMod.buildClauseTree(source);
      lap('clause tree');
      const tags = tagMod.tagClauses(source, tree, extraTypes?.length ? extraTypes : undefined);
      lap('tag');
      const facts = factsMod.extractFacts(source, tree, tags);
      lap('facts');
      analysis = { source, tree, tags, facts };
    } else {
      analysis = index.analyze(source, extraTypes?.length ? { extraTypes } : {});
      lap('analyze');
    }
    await rulesMod.evaluate(analysis, packs);
    lap('rules');
  }
  return { totals, split, rssMB: maxRssMB() };
}

async function childScale(pages) {
  await tuneAsCli();
  const product = await loadProduct();
  const out = [];
  await checkOne(product, 'warmup.md', Buffer.from(buildLongAgreement(5)));
  for (const p of pages) {
    const bytes = Buffer.from(buildLongAgreement(p));
    const runs = [];
    const cpuRuns = [];
    // Every length three times, the longest too: one run of the 1,000-page text varies by a fifth (its heap's GC), enough
    // to read a doubling as x2.2 (twenty-first session's end).
    const reps = 3;
    for (let i = 0; i < reps; i++) {
      const cpu0 = cpuSeconds();
      runs.push((await checkOne(product, `synthetic-${p}.md`, bytes)).ms);
      cpuRuns.push((cpuSeconds() - cpu0) * 1000);
    }
    out.push({ pages: p, chars: bytes.length, ms: median(runs), cpuMs: median(cpuRuns), reps });
  }
  return { series: out, rssMB: maxRssMB() };
}

// ---------------------------------------------------------------- orchestration

function run(cmd, args, { env = {}, stdin } = {}) {
  return new Promise((resolveRun) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stdoutBytes = 0;
    let stderr = '';
    child.stdout.on('data', (d) => { stdoutBytes += d.length; if (stdout.length < 1e6) stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolveRun({ code, stdout, stdoutBytes, stderr, wallMs: performance.now() - t0 }));
  });
}

async function inChild(mode, payload, nodeFlags = [], env = {}) {
  const r = await run(process.execPath, [...nodeFlags, new URL(import.meta.url).pathname, '--child', mode], { env: { BENCH_PAYLOAD: JSON.stringify(payload), ...env } });
  if (r.code !== 0) throw new Error(`bench child '${mode}' failed (exit ${r.code}): ${r.stderr.trim().split('\n').filter((l) => !/^\s+at /.test(l)).slice(0, 4).join(' | ')}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

/** The real CLI with its start-up; peak RSS from a preload that reports resourceUsage at exit. */
async function cliRun(args) {
  const rssDir = mkdtempSync(join(tmpdir(), 'bench-rss-'));
  const rssFile = join(rssDir, 'rss.json');
  const r = await run(process.execPath, ['--import', RSS_PRELOAD, CLI, ...args], { env: { BENCH_RSS_FILE: rssFile } });
  const usage = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : { rssMB: NaN, cpuS: NaN };
  rmSync(rssDir, { recursive: true, force: true });
  return { ...r, rssMB: usage.rssMB, cpuS: usage.cpuS };
}

function floor(re, texts) {
  // Median of 5: read is included, as it is in the full run.
  const times = [];
  const cpuTimes = [];
  let matches = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const cpu0 = cpuSeconds();
    matches = 0;
    for (const t of texts) matches += scanCount(re, typeof t === 'string' ? t : readFileSync(t.path, 'utf8'));
    times.push(performance.now() - t0);
    cpuTimes.push((cpuSeconds() - cpu0) * 1000);
  }
  return { ms: median(times), cpuMs: median(cpuTimes), matches };
}

/**
 * A load-proof estimate of an idle machine's wall time, one process and the pool: the busier of the
 * checking thread(s) and all CPU over the cores (JIT compiler and GC threads included); start-up included.
 */
function idleEstimates(single, pooled) {
  return [Math.max(single.threadCpuS, single.processCpuS / WORKERS), Math.max(pooled.busiestThreadCpuS, pooled.cpuS / WORKERS)];
}

async function main() {
  const started = performance.now();
  if (!existsSync(join(DIST, 'index.js'))) {
    console.error('bench: dist/ is missing; run `npm run build` first (npm run bench does).');
    process.exit(2);
  }
  const files = CORPUS_FILES;
  const corpusBytes = files.reduce((s, f) => s + statSync(f).size, 0);
  const line = (s = '') => console.log(s);
  line(`clausecheck bench  ${new Date().toISOString()}  node ${process.version}  ${cpus().length} cores (${cpus()[0]?.model ?? '?'})  ${fmt(totalmem() / 2 ** 30, 0)} GiB  load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  line(files.length ? `corpus: ${files.length} CUAD dev contracts, ${fmt(corpusBytes / MB, 2)} MB (${CORPUS})` : `corpus: CUAD dev contracts not found at ${CORPUS}; corpus measurements skipped`);

  // (a) floor, as issue 7 defines it: every cue word of the taxonomy in one combined regex. The cheaper of
  // two spellings of that one regex (a flat alternation and a trie) counts. The earlier, minimal floor
  // (stems of the type ids only) is measured too, so the ratio can be read against either.
  const cues = await taxonomyCueWords();
  const stems = await typeIdStems();
  let floorCorpus = null;
  let floorMinimal = null;
  line('\n== floor: read + ONE combined regex of the taxonomy cue words');
  if (!cues && !stems) line('  taxonomy not found (shared/spec/clause-types.md or dist/tag/taxonomy.js); floor skipped');
  if (cues) {
    line(`  faithful floor: ${cues.words.length} cue words from ${cues.patterns} cue patterns of ${cues.types} types (${cues.from}; headings, phrases, negatives, requires, modal verbs)`);
    if (files.length) {
      const flat = floor(floorRegex(cues.words), files.map((path) => ({ path })));
      const trie = floor(trieRegex(cues.words), files.map((path) => ({ path })));
      floorCorpus = { ...(trie.cpuMs < flat.cpuMs ? trie : flat), spelling: trie.cpuMs < flat.cpuMs ? 'trie' : 'flat alternation' };
      line(`  dev corpus: ${fmt(floorCorpus.ms)} ms wall (${fmt(floorCorpus.cpuMs)} ms CPU), ${fmt(corpusBytes / MB / (floorCorpus.ms / 1000))} MB/s, ${floorCorpus.matches} cue matches (${floorCorpus.spelling}; flat ${fmt(flat.cpuMs)} / trie ${fmt(trie.cpuMs)} ms CPU)`);
    }
  }
  if (stems) {
    line(`  minimal floor (earlier runs): ${stems.words.length} stems of ${stems.types} ${stems.from}`);
    if (files.length) {
      floorMinimal = floor(floorRegex(stems.words), files.map((path) => ({ path })));
      line(`  dev corpus: ${fmt(floorMinimal.ms)} ms wall (${fmt(floorMinimal.cpuMs)} ms CPU), ${floorMinimal.matches} matches`);
    }
  }
  const re = cues ? trieRegex(cues.words) : stems ? floorRegex(stems.words) : null;
  const floorRatios = (wallMs, cpuMs) => [[floorCorpus, 'faithful floor'], [floorMinimal, 'minimal floor']]
    .filter(([f]) => f)
    .map(([f, label]) => `${fmt(wallMs / f.ms, 0)}x wall, ${fmt(cpuMs / f.cpuMs, 0)}x CPU against the ${label}`)
    .join('; ');

  const results = { date: new Date().toISOString() };
  if (files.length) {
    // (b) full check, single process
    line('\n== full check (all built-in packs, JSON formatter), single process');
    const single = await inChild('single', files);
    const mbps1 = single.bytes / MB / (single.wallMs / 1000);
    line(`  ${fmt(single.wallMs / 1000, 2)} s wall (${fmt(single.cpuS, 2)} s CPU)  ${fmt(mbps1, 2)} MB/s  per-document p50 ${fmt(single.p50)} ms  p95 ${fmt(single.p95)} ms  max ${fmt(single.max)} ms  peak RSS ${fmt(single.rssMB, 0)} MB`);
    line(`  ${single.findings} findings, ${fmt(single.outChars / MB, 1)} MB of JSON; on CPU time ${fmt(single.bytes / MB / single.cpuS, 2)} MB/s (what an idle machine would show)`);
    if (floorCorpus || floorMinimal) line(`  full/floor time ratio: ${floorRatios(single.wallMs, single.cpuS * 1000)} (target <= 8x)`);
    results.single = single;

    line(`\n== full check, ${WORKERS} worker threads (the CLI's pool: its worker module, packs as data, compromise on the main thread, largest documents first)`);
    const pooled = await inChild('workers', { files });
    const mbps2 = pooled.bytes / MB / (pooled.wallMs / 1000);
    line(`  ${fmt(pooled.wallMs / 1000, 2)} s wall (${fmt(pooled.cpuS, 2)} s CPU in 2 threads)  ${fmt(mbps2, 2)} MB/s (target >= 1 MB/s)  per-document p50 ${fmt(pooled.p50)} ms  p95 ${fmt(pooled.p95)} ms  peak RSS ${fmt(pooled.rssMB, 0)} MB  speed-up ${fmt(single.wallMs / pooled.wallMs, 2)}x`);
    line(`  on CPU time: ${fmt(pooled.bytes / MB / (pooled.cpuS / WORKERS), 2)} MB/s if both cores were ours`);
    if (pooled.busiestThreadCpuS !== null && single.threadCpuS !== null) {
      const [idleSingle, idlePool] = idleEstimates(single, pooled);
      line(`  CPU by thread: single process ${fmt(single.threadCpuS, 2)} s checking thread, ${fmt(single.processCpuS, 2)} s in all; workers ${pooled.threadCpu.map((t) => fmt(t, 2)).join(' s and ')} s, ${fmt(pooled.cpuS, 2)} s in all`);
      line(`  idle-machine estimate (max of busiest thread, all CPU / ${WORKERS}): ${fmt(idleSingle, 2)} s -> ${fmt(idlePool, 2)} s, speed-up ${fmt(idleSingle / idlePool, 2)}x (target >= 1.6x)`);
      results.idleEstimate = { single: idleSingle, workers: idlePool };
    }
    results.workers = pooled;

    // The same pool warm: what a long-lived pool (a server, an archive run past its first documents) does per
    // corpus. The floor is a median of 5 passes of a warm regex, so this is the like-for-like comparison; the
    // cold figure above is what one CLI batch run pays. Three runs, each in a fresh process, median counts.
    line(`\n== full check, ${WORKERS} worker threads, warm (each thread first checks the fixtures, the bench's warm-up agreements and synthetic agreements, not the corpus)`);
    const warmRuns = [];
    for (let i = 0; i < 3; i++) warmRuns.push(await inChild('workers', { files, warm: true }));
    const warmPool = warmRuns.sort((a, b) => a.wallMs - b.wallMs)[1];
    const warmIdle = warmPool.busiestThreadCpuS === null ? null : Math.max(warmPool.busiestThreadCpuS, warmPool.cpuS / WORKERS);
    line(`  median of 3: ${fmt(warmPool.wallMs / 1000, 2)} s wall (runs ${warmRuns.map((r) => fmt(r.wallMs / 1000, 2)).join(', ')} s)  ${fmt(warmPool.bytes / MB / (warmPool.wallMs / 1000), 2)} MB/s  ${fmt(warmPool.cpuS, 2)} s CPU in all  per-document p50 ${fmt(warmPool.p50)} ms  p95 ${fmt(warmPool.p95)} ms  peak RSS ${fmt(warmPool.rssMB, 0)} MB`);
    if (warmIdle !== null) line(`  checking threads ${warmPool.threadCpu.map((t) => fmt(t, 2)).join(' s and ')} s CPU; idle-machine estimate ${fmt(warmIdle, 2)} s, ${fmt(warmPool.bytes / MB / warmIdle, 2)} MB/s`);
    if (floorCorpus || floorMinimal) line(`  full/floor time ratio, warm pool: ${floorRatios(warmPool.wallMs, (warmIdle ?? warmPool.wallMs / 1000) * 1000)} (the CPU ratio uses the idle-machine estimate; target <= 8x)`);
    if (floorCorpus || floorMinimal) line(`  full/floor time ratio, cold pool: ${floorRatios(pooled.wallMs, (idleEstimates(single, pooled)[1]) * 1000)}`);
    results.workersWarm = { ...warmPool, idleEstimateS: warmIdle };

    // The same pool at steady state. After one warm-up pass V8's optimising compiler is still at work in the measured
    // pass (~0.25 s of its threads' CPU on an idle machine, 2026-11-29); after three it has settled, as it has in a
    // server or an archive run some way past its first documents. Still no cache keyed by text has seen the corpus.
    line(`\n== full check, ${WORKERS} worker threads, steady state (the same warm-up checked ${STEADY_PASSES} times first, so the JIT compiler has settled)`);
    const steadyRuns = [];
    for (let i = 0; i < 3; i++) steadyRuns.push(await inChild('workers', { files, warmPasses: STEADY_PASSES }));
    const steadyPool = steadyRuns.sort((a, b) => a.wallMs - b.wallMs)[1];
    const steadyIdle = steadyPool.busiestThreadCpuS === null ? null : Math.max(steadyPool.busiestThreadCpuS, steadyPool.cpuS / WORKERS);
    line(`  median of 3: ${fmt(steadyPool.wallMs / 1000, 2)} s wall (runs ${steadyRuns.map((r) => fmt(r.wallMs / 1000, 2)).join(', ')} s)  ${fmt(steadyPool.bytes / MB / (steadyPool.wallMs / 1000), 2)} MB/s  ${fmt(steadyPool.cpuS, 2)} s CPU in all  per-document p50 ${fmt(steadyPool.p50)} ms  p95 ${fmt(steadyPool.p95)} ms`);
    if (steadyIdle !== null) line(`  checking threads ${steadyPool.threadCpu.map((t) => fmt(t, 2)).join(' s and ')} s CPU; idle-machine estimate ${fmt(steadyIdle, 2)} s, ${fmt(steadyPool.bytes / MB / steadyIdle, 2)} MB/s`);
    if (floorCorpus || floorMinimal) line(`  full/floor time ratio, steady-state pool: ${floorRatios(steadyPool.wallMs, (steadyIdle ?? steadyPool.wallMs / 1000) * 1000)} (target <= 8x)`);
    results.workersSteady = { ...steadyPool, idleEstimateS: steadyIdle, warmPasses: STEADY_PASSES };

    if (process.argv.includes('--compare-jit')) {
      // The same two measurements with V8's default tier-up budget: what the pool cost before tuneJit.
      line(`\n== the same with V8's default tier-up budget (BENCH_DEFAULT_JIT=1), for comparison`);
      const env = { BENCH_DEFAULT_JIT: '1' };
      const single0 = await inChild('single', files, [], env);
      const pooled0 = await inChild('workers', { files }, [], env);
      line(`  single process: ${fmt(single0.wallMs / 1000, 2)} s wall, ${fmt(single0.cpuS, 2)} s CPU; checking thread ${fmt(single0.threadCpuS, 2)} s, ${fmt(single0.processCpuS, 2)} s in all`);
      line(`  ${WORKERS} workers: ${fmt(pooled0.wallMs / 1000, 2)} s wall, ${fmt(pooled0.cpuS, 2)} s CPU; workers ${pooled0.threadCpu.map((t) => fmt(t, 2)).join(' s and ')} s`);
      if (pooled0.busiestThreadCpuS !== null && single0.threadCpuS !== null) {
        const [idleSingle, idlePool] = idleEstimates(single0, pooled0);
        line(`  idle-machine estimate: ${fmt(idleSingle, 2)} s -> ${fmt(idlePool, 2)} s, speed-up ${fmt(idleSingle / idlePool, 2)}x`);
      }
    }

    line(`\n== real CLI batch: clausecheck check --format json --fail-on never --jobs ${WORKERS} <dir>`);
    const batch = await cliRun(['check', '--format', 'json', '--fail-on', 'never', '--jobs', String(WORKERS), CORPUS]);
    if (batch.code === 2) line(`  exit 2 (${batch.stderr.trim().split('\n')[0]}); the CLI has no batch mode for a directory yet`);
    else line(`  exit ${batch.code}  ${fmt(batch.wallMs / 1000, 2)} s wall incl. start-up  ${fmt(corpusBytes / MB / (batch.wallMs / 1000), 2)} MB/s  peak RSS ${fmt(batch.rssMB, 0)} MB (target < 1 GB)  ${fmt(batch.stdoutBytes / MB, 1)} MB of JSON`);
    if (batch.code !== 2) line(`  CPU ${fmt(batch.cpuS, 1)} s in all threads; on CPU time ${fmt(corpusBytes / MB / (batch.cpuS / WORKERS), 2)} MB/s if both cores were ours`);
    results.cliBatch = { code: batch.code, wallMs: batch.wallMs, rssMB: batch.rssMB, cpuS: batch.cpuS };

    // Per-stage split. A full second pass when the first was quick; every 3rd document otherwise (budget).
    const sample = single.wallMs > 60_000 ? files.filter((_f, i) => i % 3 === 0) : files;
    line(`\n== per-stage time (${sample.length === files.length ? 'whole corpus' : `every 3rd document, ${sample.length} of ${files.length}`})`);
    const stages = await inChild('stages', sample);
    const scale = files.length / sample.length;
    const stageRows = [
      ['read', single.stages.read], ['ingest', stages.totals.ingest * scale],
      ...Object.entries(stages.totals).filter(([k]) => k !== 'ingest').map(([k, v]) => [k, v * scale]),
      ['report+format', single.stages.format],
    ];
    const stageSum = stageRows.reduce((s, [, v]) => s + v, 0);
    for (const [name, ms] of stageRows) line(`  ${name.padEnd(14)} ${fmt(ms / 1000, 2).padStart(7)} s  ${fmt((100 * ms) / stageSum, 0).padStart(3)}%`);
    const top = stageRows.reduce((a, b) => (b[1] > a[1] ? b : a));
    line(`  dominant stage: ${top[0]}${stages.split ? '' : ' (clause tree/tag/facts not separable; timed as analyze)'}`);
    results.stages = Object.fromEntries(stageRows);

    // The largest contract through the CLI, start-up included.
    const largest = files.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
    line(`\n== largest dev contract through the CLI (start-up included): ${largest.split('/').at(-1)}, ${fmt(statSync(largest).size / 1000, 0)} KB`);
    const walls = [];
    let last;
    for (let i = 0; i < 3; i++) {
      last = await cliRun(['check', '--format', 'json', '--fail-on', 'never', largest]);
      walls.push(last.wallMs);
    }
    line(`  exit ${last.code}  median ${fmt(median(walls) / 1000, 2)} s wall of 3 (target < 1.5 s), ${fmt(last.cpuS, 2)} s CPU  peak RSS ${fmt(last.rssMB, 0)} MB`);
    const startup = await cliRun(['--version']);
    line(`  CLI start-up alone (--version): ${fmt(startup.wallMs)} ms wall, ${fmt(startup.cpuS * 1000)} ms CPU`);
    results.largest = { wallMs: median(walls), startupMs: startup.wallMs };
  }

  // Scaling series on the synthetic agreement.
  line(`\n== scaling: synthetic cross-license agreement (fixtures/synthetic), 1 page = ${CHARS_PER_PAGE} characters`);
  const scaling = await inChild('scale', SCALE_PAGES);
  let prev = null;
  // Growth is judged on CPU time (one thread, so equal to wall time on an idle machine).
  for (const s of scaling.series) {
    const growth = prev ? `x${fmt(s.chars / prev.chars, 2)} length -> x${fmt(s.cpuMs / prev.cpuMs, 2)} CPU; per doubling x${fmt(2 ** (Math.log(s.cpuMs / prev.cpuMs) / Math.log(s.chars / prev.chars)), 2)}` : '';
    line(`  ${String(s.pages).padStart(5)} pages  ${fmt(s.chars / MB, 2)} MB  ${fmt(s.ms, 0).padStart(7)} ms wall  ${fmt(s.cpuMs, 0).padStart(7)} ms CPU  ${fmt(s.cpuMs / s.pages, 2)} ms/page  ${fmt(s.chars / MB / (s.cpuMs / 1000), 2)} MB/s  ${growth}`);
    prev = s;
  }
  if (re) {
    const longest = buildLongAgreement(SCALE_PAGES.at(-1));
    const f = floor(re, [longest]);
    line(`  floor on the ${SCALE_PAGES.at(-1)}-page agreement: ${fmt(f.ms)} ms; full/floor ${fmt(prev.cpuMs / f.cpuMs, 0)}x on CPU time`);
  }
  line(`  peak RSS of the scaling run: ${fmt(scaling.rssMB, 0)} MB`);
  results.scaling = scaling.series;

  if (process.argv.includes('--profile') && files.length) {
    line('\n== CPU profile of the single-process check (node --cpu-prof), top self time');
    const dir = mkdtempSync(join(tmpdir(), 'bench-prof-'));
    await inChild('single', files, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const prof = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (prof) for (const l of summariseProfile(JSON.parse(readFileSync(join(dir, prof), 'utf8')), ROOT)) line(`  ${l}`);
    rmSync(dir, { recursive: true, force: true });

    // One line, not an empty file: the CLI refuses an empty input (no text to check) before it loads the tagger or
    // evaluates a rule, so an empty file would profile only the refusal (41758c0).
    line('\n== CPU profile of CLI start-up: clausecheck check --format json on a one-line .md');
    const startDir = mkdtempSync(join(tmpdir(), 'bench-prof-'));
    writeFileSync(join(startDir, 'one-line.md'), '# Patent Cross-License Agreement\n');
    await run(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${startDir}`, CLI, 'check', '--format', 'json', join(startDir, 'one-line.md')]);
    const startProf = readdirSync(startDir).find((f) => f.endsWith('.cpuprofile'));
    if (startProf) for (const l of summariseProfile(JSON.parse(readFileSync(join(startDir, startProf), 'utf8')), ROOT, 10)) line(`  ${l}`);
    rmSync(startDir, { recursive: true, force: true });
  }
  line(`\nbench total ${fmt((performance.now() - started) / 1000, 1)} s`);
  if (process.env.BENCH_JSON) console.log(JSON.stringify(results));
}

const childIndex = process.argv.indexOf('--child');
if (childIndex >= 0) {
  const mode = process.argv[childIndex + 1];
  const payload = JSON.parse(process.env.BENCH_PAYLOAD ?? 'null');
  const fn = { single: childSingle, workers: childWorkers, stages: childStages, scale: childScale }[mode];
  console.log(JSON.stringify(await fn(payload)));
} else {
  await main();
}

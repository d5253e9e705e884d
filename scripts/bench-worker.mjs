// A benchmark worker thread: checks the files it is sent, one at a time, and reports per-document timings.
// With workerData.warmPasses it first checks a warm-up set of OTHER agreements (the fixtures, the bench's own warm-up
// agreements in scripts/bench-warmup/, synthetic agreements as Markdown and as plain text), so the pipeline's code
// is compiled and optimised, and compromise loaded, before the measured pass, as in a long-lived pool, while no
// cache keyed by text (the tagger's sentence cache) has seen the corpus.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { checkOne, loadProduct, threadCpuSeconds, warmupDocuments } from './bench-lib.mjs';

const product = await loadProduct();
// warmPasses: how many times the warm-up set is checked (0: a cold thread, as in one CLI batch run).
for (let i = 0; i < (workerData?.warmPasses ?? 0); i++) for (const d of warmupDocuments()) await checkOne(product, d.path, d.bytes);
parentPort.on('message', async (path) => {
  // The pool has no more documents: report this thread's own CPU time (start-up included) and stop.
  if (path === null) {
    parentPort.postMessage({ threadCpuS: threadCpuSeconds() });
    return;
  }
  const t0 = performance.now();
  const bytes = readFileSync(path);
  const readMs = performance.now() - t0;
  const r = await checkOne(product, path, bytes);
  parentPort.postMessage({ path, bytes: bytes.length, ...r, ms: r.ms + readMs });
});
parentPort.postMessage({ ready: true, threadCpuS: threadCpuSeconds() });

// A benchmark worker thread: checks the files it is sent, one at a time, and reports per-document timings.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { checkOne, loadProduct, threadCpuSeconds } from './bench-lib.mjs';

const product = await loadProduct();
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
parentPort.postMessage('ready');

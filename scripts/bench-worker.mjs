// A benchmark worker thread: checks the files it is sent, one at a time, and reports per-document timings.
// With workerData.warm it first checks a warm-up set of OTHER agreements (the fixtures and synthetic agreements,
// as Markdown and as plain text), so the pipeline's code is compiled and optimised before the measured pass,
// as in a long-lived pool, while no cache keyed by text (the tagger's sentence cache) has seen the corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { checkOne, loadProduct, ROOT, threadCpuSeconds } from './bench-lib.mjs';
import { buildLongAgreement } from './synthetic.mjs';

/** The warm-up documents: every fixture, and synthetic agreements of three sizes in both source formats. */
export function warmupDocuments() {
  const fixtures = `${ROOT}fixtures/`;
  const docs = readdirSync(fixtures).filter((f) => /\.(md|txt)$/.test(f)).sort().map((f) => ({ path: fixtures + f, bytes: readFileSync(fixtures + f) }));
  for (const pages of [20, 60, 150]) {
    const md = buildLongAgreement(pages);
    docs.push({ path: `warmup-${pages}.md`, bytes: Buffer.from(md) });
    // The same agreement as plain text (no '#' headings, no emphasis), as most archive contracts arrive.
    docs.push({ path: `warmup-${pages}.txt`, bytes: Buffer.from(md.replace(/^#+[ \t]*/gm, '').replace(/[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}/g, '')) });
  }
  return docs;
}

const product = await loadProduct();
if (workerData?.warm) for (const d of warmupDocuments()) await checkOne(product, d.path, d.bytes);
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

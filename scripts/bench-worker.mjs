// A benchmark worker thread: the CLI's own worker (dist/cli/worker.js), as src/cli/pool.ts starts it: the packs come
// as data in workerData (the main thread loaded them), modal readings are asked of the main thread (modal-rpc.ts), and
// it checks the sources it is sent and replies with each document (its clauses rendered as JSON text, as for
// `--format json`). What the bench adds: each document's reply carries this thread's CPU time so far, so the pool can
// say how busy each checking thread was; and with workerData.warmPasses it first checks a warm-up set of OTHER
// agreements (the fixtures, the bench's own warm-up agreements in scripts/bench-warmup/, synthetic agreements as
// Markdown and as plain text), so the pipeline's code is compiled and optimised before the measured pass, as in a
// long-lived pool, while no cache keyed by text (the tagger's sentence cache, the main thread's modal readings) has
// seen the corpus.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { DIST, threadCpuSeconds } from './bench-lib.mjs';

const dist = (p) => pathToFileURL(DIST + p).href;
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (message, transfer) => post('document' in message || 'problem' in message ? { ...message, threadCpuS: threadCpuSeconds() } : message, transfer);

await import(dist('cli/worker.js'));
// warmPasses: how many times the warm-up set is checked (0: a cold thread, as in one CLI batch run).
const warmPasses = workerData.warmPasses ?? 0;
if (warmPasses > 0) {
  const [{ warmupDocuments }, { ingest }, { checkDocument }, { documentOptions, packsWithSettings }] = await Promise.all([
    import('./bench-lib.mjs'), import(dist('ingest/index.js')), import(dist('check.js')), import(dist('cli/document-settings.js')),
  ]);
  const { settings } = workerData;
  const packs = packsWithSettings(workerData.packs)(settings);
  for (let i = 0; i < warmPasses; i++) for (const d of warmupDocuments()) await checkDocument(ingest(d.path, d.bytes), packs, documentOptions(settings));
}
post({ ready: true, threadCpuS: threadCpuSeconds() });

// Batch checking on worker threads: one worker per core (never more than there are documents).
// Results are placed by input index, so the report never depends on completion order.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { ClauseCheckError, type DocumentReport, type ProblemCode, type Source } from '../model/index.js';
import type { LoadedPack } from '../rules/index.js';
import { withRenderedClauses, withRenderedDocument, type RenderedDocument } from '../report/json.js';
import type { DocumentSettings } from './config.js';
import { documentOptions, packsWithSettings } from './document-settings.js';
import { MIN_PARALLEL_CHARS, MODAL_PRELOAD_CHARS, startModalHelper, stopModalHelper, wantsModalHelper, type ModalHelper } from './modal-helper.js';
import { preloadModalReadings, readModalClausesOnThread, serveModalReadings, type ModalLine } from './modal-rpc.js';
import { nlpLoaded } from '../tag/nlp.js';

/**
 * What a worker starts with: the packs the main thread resolved (a structured clone). Loading and validating them
 * again cost every worker ~25 ms of CPU, and the main thread has them anyway.
 */
export interface WorkerSetup {
  readonly packs: readonly LoadedPack[];
  /**
   * The report is JSON. 'clauses': each document comes with its clauses as their text in it (renderClauses), not as
   * objects. 'document': each comes as its whole text in it, with its findings' tally (renderDocument), for a
   * report built with each document's own review threshold (its settings') and nothing that changes findings after
   * (waivers, a baseline, --quiet): the main thread then neither receives the findings nor formats the documents.
   */
  readonly render?: 'clauses' | 'document';
}

/** What a worker is started with: the setup, and its line to the main thread's modal readings (modal-rpc.ts). */
export interface WorkerData extends WorkerSetup {
  readonly modal: ModalLine;
}

export type WorkerReply =
  | { readonly index: number; readonly started: true }
  /** `clauses`, with WorkerSetup.render 'clauses': the document's clauses as text, and `document.clauses` empty.
   *  `rendered`, with 'document': the whole document's text, and `document.clauses` and `.findings` empty. */
  | { readonly index: number; readonly document: DocumentReport; readonly clauses?: string; readonly rendered?: RenderedDocument }
  | { readonly index: number; readonly problem: { code: ProblemCode | 'internal'; message: string; file: string | undefined; jsonPath: string | undefined } };

export interface PoolOptions extends WorkerSetup {
  /** Rule settings and document kind per source (from the config), same order as the sources. */
  readonly settings: readonly DocumentSettings[];
  /** Upper bound on worker threads (default: the number of cores). */
  readonly jobs?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Per-document limits (--timeout, --max-memory). Given, documents always run on workers; otherwise the
   *  defaults apply only when workers are used anyway (a lone small document runs on this thread, unlimited). */
  readonly timeoutMs?: number;
  readonly maxMemoryMb?: number;
  /** The worker module (default: worker.js beside this one); a test gives one that replies as it needs. */
  readonly workerFile?: string;
  /** A modal helper thread started ahead (modal-helper.ts startModalHelperAhead), for documents checked on this thread;
   *  stopped when they are not. */
  readonly modalHelper?: ModalHelper;
  /** Workers started before the documents were read (startWorkersAhead); used or stopped. */
  readonly ahead?: WorkersAhead;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_MEMORY_MB = 1024;

// Workers run the compiled worker.js; under a TypeScript test runner there is none, so check in-process.
const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));
export { MIN_PARALLEL_CHARS };

// V8 optimises a function with TurboFan once it has run this much bytecode (default 67,584 = 66 KB). The
// pipeline is a lot of code that runs briefly per document, so at the default most of it is optimised,
// often more than once: 2.2-2.5 s of CPU on the compiler threads for 5.4 s of checking the dev corpus, paid
// again by EVERY worker thread (each isolate compiles its own code). That is why two workers used to cost
// 40% more CPU than one thread and gave no speed-up. With a 15x budget only the truly hot functions are
// optimised: compiler CPU falls to ~0.5 s per isolate and the checking thread is not slower.
// Re-measured 2026-11-29 (bench pool, 4 runs each): 0.5M costs 6% more CPU; 2M the same in all but 5-8% more on the
// busiest checking thread; 4M 4% more cold.
export const INTERRUPT_BUDGET = 1_000_000;
// GC flags measured and NOT set (docs/performance.md, 2026-11-29): a young generation twice the default
// (--max-semi-space-size=32, as resourceLimits.maxYoungGenerationSizeMb 96) halves the scavenges and took 2-4% off a
// warm pool's CPU, but a CLI batch is a cold pool, where it saved nothing (-1% to +3%) for 40-60 MB more peak RSS;
// --single-threaded-gc only moves the GC helper threads' work onto the checking threads (same total CPU), and set
// from here it would also take parallel scavenging from a lone document checked on this thread.
//
// The old generation's starting size IS set, for the worker threads: a worker's heap starts small and grows with the
// batch, and each growth step was a full mark-compact with concurrent marking on V8's helper threads, freeing little
// (3 per worker over CUAD dev, at 24-37 MB of heap). Starting at 64 MB, a CUAD dev worker ran none (48 MB: 1-2).
// CLI batch --jobs 2 over CUAD dev, 7 alternating pairs at load ~16: 5.4-5.8 -> 5.1-5.4 s CPU (V8's own threads
// 1.04-1.13 -> 0.86-0.92 s), peak RSS 288 -> 309 MB. By 2026-12-02 a worker's heap reached 59-78 MB over CUAD dev
// (the pipeline's caches and readings grew), and the 64 MB start took two mark-compacts per worker again (~0.25 s of
// the workers' CPU with their incremental marking, and concurrent marking on the helper threads: marking, compaction
// and sweeping 2.6% of the batch's CPU samples); at 128 MB none, 1.0% (the main thread's two), for 401-403 -> 460-462
// MB peak RSS. It applies to isolates created after it is set: the running thread (a lone document checked
// in-process) keeps its heap as it is. --max-memory still bounds a worker's heap.
export const INITIAL_OLD_SPACE_MB = 128;
// Regular expressions are compiled to machine code at once, not first to the regexp interpreter's bytecode. By default
// V8 compiles a regex to bytecode for its first run (on a short subject; a global scan or a subject of 1,000 characters
// or more goes native at once) and again to machine code for its second. The pipeline runs ~940 distinct regexes
// (128 K characters of source, 96 K of it case-insensitive), and for them the bytecode compile is the dearer one: 663
// of them went through it in a cold pass over CUAD dev, 2 MB of bytecode; compiling all 940 in a fresh process took
// 310-367 ms with the interpreter first and 147-218 ms without. Each isolate compiles its own, so a batch pays it per
// worker. Matching is the same either way (the same regex semantics, two back ends). A regex made after this is set
// starts due for machine code; one made before keeps its count. (Not --no-regexp-tier-up: set while the process runs,
// it makes V8 run a regex that already has only bytecode as machine code, and the process crashes: a segmentation
// fault in the test runner's process, test/cli/regexp-tier-up.test.ts.) Measured 2026-11-30: docs/performance.md.
export const REGEXP_FLAGS = '--regexp-tier-up-ticks=0';
// A pool's worker threads run without on-stack replacement (OSR: a function optimised while a long loop in it runs,
// its code entered at the loop). The pool hands each worker the largest documents first, so a worker's first calls run
// long and were OSR-compiled from one document's feedback, before the code after their loops had ever run; OSR code
// serves only the call it entered, so each was compiled again whole once it returned, and the OSR code, entered again
// at later calls, was thrown away at the code after the loop (tag/cues.ts walk: 341-433 times a batch). Cold CLI batch
// over CUAD dev: 326 TurboFan compiles -> 281, 512 deoptimisations -> 35; V8's helper threads 0.2-0.8 s less CPU in 8
// of 8 alternated pool runs, the workers' threads up to 0.4 s more (their first calls run in baseline code until they
// return), all threads -0.37 s by the median pair at load 12-18 (the pool's wall is its CPU over the cores). Set only
// when workers start: V8 flags are process-wide and read as code runs (OSR code made before stays usable:
// test/cli/worker-osr), and a lone document checked on this thread keeps OSR, which its one long pass needs (the
// largest contract was 4% slower without it, 2026-11-29). Measured 2026-12-02: docs/performance.md.
export const WORKER_JIT_FLAGS = '--no-use-osr';
let jitTuned = false;
let workerJitTuned = false;

/**
 * Sets the tier-up budget for this process and its worker threads, the heap size worker threads start with, and
 * regexes compiled straight to machine code; before the pipeline loads, once.
 */
export function tuneJit(): void {
  if (jitTuned) return;
  jitTuned = true;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  setFlagsFromString(`--initial-old-space-size=${INITIAL_OLD_SPACE_MB}`);
  setFlagsFromString(REGEXP_FLAGS);
}

/** tuneJit, and the V8 settings for a pool of worker threads (WORKER_JIT_FLAGS); before the workers start, once. */
export function tuneWorkerJit(): void {
  tuneJit();
  if (workerJitTuned) return;
  workerJitTuned = true;
  setFlagsFromString(WORKER_JIT_FLAGS);
}

export function workerCount(documents: number, jobs?: number): number {
  const cores = availableParallelism();
  return Math.max(1, Math.min(jobs ?? cores, cores, documents));
}

/**
 * Documents checked on this thread: with text enough to ask modal questions (MODAL_PRELOAD_CHARS), compromise is
 * loaded on a helper thread meanwhile, which then answers them (modal-rpc.ts readModalClausesOnThread): its load,
 * ~0.3 s of CPU, is off this thread's path. Not with one core, nor with --jobs 1 (one thread asked for), nor once
 * compromise is loaded here. The CLI starts the helper before it loads its own modules (opts.modalHelper).
 */
async function inProcess(sources: readonly Source[], opts: PoolOptions, chars: number): Promise<DocumentReport[]> {
  return onThisThread(chars, opts, async () => {
    // Loaded here, not at the top: with worker threads the main thread never needs the tagger.
    const { checkDocument } = await import('../check.js');
    const out: DocumentReport[] = [];
    const packsFor = packsWithSettings(opts.packs);
    for (const [i, s] of sources.entries()) {
      const settings = opts.settings[i]!;
      out.push(await checkDocument(s, packsFor(settings), documentOptions(settings)));
      opts.onProgress?.(out.length, sources.length);
    }
    return out;
  });
}

/**
 * Runs `work` (which tags `chars` characters of text on this thread) with the modal readings on a helper thread when
 * there is text enough for one (inProcess above; `tag` too). The helper started ahead, if any, is used or stopped.
 */
export async function onThisThread<T>(chars: number, opts: { readonly jobs?: number; readonly modalHelper?: ModalHelper }, work: () => Promise<T>): Promise<T> {
  const early = opts.modalHelper;
  if (early && nlpLoaded()) stopModalHelper(early);
  const helper = nlpLoaded() ? undefined : early ?? (wantsModalHelper(chars, opts.jobs) ? startModalHelper() : undefined);
  const stopHelper = helper ? readModalClausesOnThread(helper) : undefined;
  try {
    return await work();
  } finally {
    stopHelper?.();
  }
}

/**
 * A worker's document as the report takes it. The reply comes from this package's own worker, but its shape is checked
 * here all the same, cheaply: a wrong shape would make a wrong report, not an error. (Not with zod: loading zod costs the
 * main thread 80-140 ms of CPU, more than a batch's replies take to handle; measured 2026-11-30.)
 */
export function readReply(reply: WorkerReply, render: WorkerSetup['render']): DocumentReport {
  const bad = (why: string): never => {
    throw new Error(`a worker thread's reply is malformed: ${why}`);
  };
  if (!('document' in reply) || typeof reply.document !== 'object' || reply.document === null || typeof reply.document.path !== 'string') return bad('no document');
  if (render === 'document') {
    const r = reply.rendered;
    if (r === undefined || typeof r.text !== 'string' || typeof r.reviewThreshold !== 'number' || !isTally(r.tally)) return bad('no rendered document');
    return withRenderedDocument(reply.document, r);
  }
  if (render === 'clauses') return typeof reply.clauses === 'string' ? withRenderedClauses(reply.document, reply.clauses) : bad('no rendered clauses');
  return reply.document;
}

/** Every code a worker's problem may carry (a Record, so that a new ProblemCode must be added here). */
const REPLY_CODES: Readonly<Record<ProblemCode | 'internal', true>> = {
  'usage': true, 'input-unreadable': true, 'input-unsupported': true, 'input-too-large': true, 'config-invalid': true,
  'pack-invalid': true, 'waivers-invalid': true, 'limit-exceeded': true, 'internal': true,
};

/**
 * What a worker's reply is, its shape checked by hand as readReply checks a document's: its index one of the batch's
 * `documents`, a 'started' that is true, a problem with a known code, a message and where. A wrong shape is an error,
 * which fails the run with one line (main.ts), as a worker's internal error does; it must not start a clock for a
 * document no worker holds, nor report a problem that says nothing.
 */
export function replyKind(reply: unknown, documents: number): 'started' | 'problem' | 'document' {
  const bad = (why: string): never => {
    throw new Error(`a worker thread's reply is malformed: ${why}`);
  };
  if (typeof reply !== 'object' || reply === null) return bad('not an object');
  const r = reply as Record<string, unknown>;
  const index = r['index'];
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= documents) return bad('no document index');
  if ('started' in r) return r['started'] === true ? 'started' : bad("'started' is not true");
  if (!('problem' in r)) return 'document';
  const p = r['problem'];
  if (typeof p !== 'object' || p === null) return bad('no problem');
  const { code, message, file, jsonPath } = p as Record<string, unknown>;
  if (typeof code !== 'string' || !Object.hasOwn(REPLY_CODES, code)) return bad('no problem code');
  if (typeof message !== 'string') return bad('no problem message');
  if ((file !== undefined && typeof file !== 'string') || (jsonPath !== undefined && typeof jsonPath !== 'string')) return bad("a problem's file or path is no text");
  return 'problem';
}

function isCounts(x: unknown): boolean {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Record<string, unknown>;
  return [c['error'], c['warning'], c['info']].every((n) => Number.isInteger(n) && (n as number) >= 0);
}

function isTally(x: unknown): x is RenderedDocument['tally'] {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as Record<string, unknown>;
  return isCounts(t['open']) && isCounts(t['gate']) && isCounts(t['gateReview'])
    && [t['waived'], t['needsReview'], t['baseline']].every((n) => Number.isInteger(n) && (n as number) >= 0);
}

/** What a batch produced: reports in input order, and the documents that exceeded a limit (input order too). */
export interface PoolResult {
  readonly documents: DocumentReport[];
  readonly problems: ClauseCheckError[];
}

function limitProblem(file: string, why: 'time' | 'memory', opts: PoolOptions): ClauseCheckError {
  return why === 'time'
    ? new ClauseCheckError('limit-exceeded', `took longer than ${(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000} s (--timeout)`, { file })
    : new ClauseCheckError('limit-exceeded', `exceeded the ${opts.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB} MB memory limit (--max-memory)`, { file });
}

/** How many worker threads a batch of `documents` with `chars` characters of text gets (1 with no limit: this thread). */
function poolSize(documents: number, chars: number, opts: Pick<PoolOptions, 'jobs' | 'timeoutMs' | 'maxMemoryMb'>): { n: number; limited: boolean } {
  const limited = opts.timeoutMs !== undefined || opts.maxMemoryMb !== undefined;
  // An explicit --jobs is obeyed; by default small batches stay on this thread. An explicit limit needs a
  // worker (only a worker can be stopped), so then even one document gets one.
  const n = opts.jobs === undefined && chars < MIN_PARALLEL_CHARS && !limited ? 1 : workerCount(documents, opts.jobs);
  return { n, limited };
}

/** A worker thread and its line to this thread's modal readings. */
interface Spawned {
  readonly worker: Worker;
  readonly modal: { readonly line: ModalLine; close(): void };
  /** A worker started ahead: takes off its early listeners (the worker then keeps the process alive again) and says
   *  whether it failed or ended before. */
  readonly listen?: () => { readonly error?: Error; readonly exitCode?: number };
}

function spawnWorker(workerFile: string, setup: WorkerSetup, maxMemoryMb: number): Spawned {
  const modal = serveModalReadings();
  const data: WorkerData = { packs: setup.packs, ...(setup.render ? { render: setup.render } : {}), modal: modal.line };
  const worker = new Worker(workerFile, { workerData: data, transferList: [modal.line.port], resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb } });
  worker.once('exit', () => modal.close());
  return { worker, modal };
}

function stopEarly({ worker, modal }: Spawned): void {
  modal.close();
  void worker.terminate();
}

/**
 * Worker threads started before a batch's documents are read (startWorkersAhead), for checkAll: each loads and compiles
 * the pipeline's modules (~0.1-0.2 s) while this thread reads and ingests the files, which it did alone before.
 */
export interface WorkersAhead {
  readonly setup: WorkerSetup;
  readonly workerFile: string;
  readonly maxMemoryMb: number;
  /** Those not yet taken by checkAll. */
  readonly waiting: Spawned[];
  /** Stops those not taken (a run that ends before its documents are checked). */
  stop(): void;
}

/**
 * For `check`, once its inputs are known and before they are read: the workers checkAll will start for them, started
 * now, when the files' sizes (`bytes`, for text) say the batch goes to worker threads; undefined otherwise. checkAll
 * decides again from the text it is given and stops what it does not use. The workers do not keep the process alive
 * until checkAll takes them.
 */
export function startWorkersAhead(documents: number, bytes: number, opts: WorkerSetup & Pick<PoolOptions, 'jobs' | 'timeoutMs' | 'maxMemoryMb' | 'workerFile'>): WorkersAhead | undefined {
  const { n, limited } = poolSize(documents, bytes, opts);
  const workerFile = opts.workerFile ?? WORKER_FILE;
  if ((n <= 1 && !limited) || !existsSync(workerFile)) return undefined;
  tuneWorkerJit();
  const maxMemoryMb = opts.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
  const setup: WorkerSetup = { packs: opts.packs, ...(opts.render ? { render: opts.render } : {}) };
  const waiting = Array.from({ length: n }, (): Spawned => {
    const spawned = spawnWorker(workerFile, setup, maxMemoryMb);
    const { worker } = spawned;
    const happened: { error?: Error; exitCode?: number } = {};
    const onError = (e: Error): void => {
      happened.error ??= e;
    };
    const onExit = (code: number): void => {
      happened.exitCode = code;
    };
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.unref();
    const listen = (): typeof happened => {
      worker.off('error', onError);
      worker.off('exit', onExit);
      worker.ref();
      return happened;
    };
    return { ...spawned, listen };
  });
  return { setup, workerFile, maxMemoryMb, waiting, stop: () => waiting.splice(0).forEach(stopEarly) };
}

export async function checkAll(sources: readonly Source[], opts: PoolOptions): Promise<PoolResult> {
  tuneJit();
  const chars = sources.reduce((sum, s) => sum + s.text.length, 0);
  const { n, limited } = poolSize(sources.length, chars, opts);
  const workerFile = opts.workerFile ?? WORKER_FILE;
  // Workers started ahead serve if they were started as this batch would start them; else they stop.
  const ahead = opts.ahead;
  const early = ahead && ahead.workerFile === workerFile && ahead.setup.packs === opts.packs && ahead.setup.render === opts.render
    && ahead.maxMemoryMb === (opts.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB) ? ahead.waiting.splice(0) : [];
  ahead?.stop();
  if ((n <= 1 && !limited) || !existsSync(workerFile)) {
    early.forEach(stopEarly);
    return { documents: await inProcess(sources, opts, chars), problems: [] };
  }
  if (opts.modalHelper) stopModalHelper(opts.modalHelper);
  tuneWorkerJit();
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxMemoryMb = opts.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
  const results: (DocumentReport | undefined)[] = new Array(sources.length);
  const failed: (ClauseCheckError | undefined)[] = new Array(sources.length);
  const live = new Set<Worker>();
  // Largest documents first: a long contract taken last would leave the other workers idle while it runs.
  // (Results are placed by input index, so the report's order does not change.)
  const order = sources.map((_s, i) => i).sort((a, b) => sources[b]!.text.length - sources[a]!.text.length || a - b);
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolvePromise, reject) => {
      const finish = (): void => {
        done++;
        opts.onProgress?.(done, sources.length);
        if (done === sources.length) resolvePromise();
      };
      // One worker holds one document at a time; a worker stopped for a limit is replaced by a fresh one.
      const start = (): void => {
        if (next >= sources.length) return;
        const started = early.shift() ?? spawnWorker(workerFile, opts, maxMemoryMb);
        const { worker: w, modal } = started;
        const happened = started.listen?.();
        live.add(w);
        let current = -1;
        let timer: NodeJS.Timeout | undefined;
        const feed = (): void => {
          if (next >= sources.length) return;
          current = order[next++]!;
          w.postMessage({ index: current, source: sources[current], settings: opts.settings[current] });
        };
        // Stops this worker without waiting for it: nothing it could still say matters.
        const stop = (): void => {
          modal.close();
          live.delete(w);
          w.removeAllListeners();
          w.on('error', () => undefined);
          void w.terminate();
        };
        // Stop this worker for the document it holds, record why, and carry on with a new worker.
        const retire = (why: 'time' | 'memory'): void => {
          if (!live.has(w)) return;
          clearTimeout(timer);
          stop();
          if (current >= 0 && results[current] === undefined && failed[current] === undefined) {
            failed[current] = limitProblem(sources[current]!.path, why, opts);
            finish();
          }
          start();
        };
        w.on('message', (reply: WorkerReply) => {
          let kind: ReturnType<typeof replyKind>;
          let document: DocumentReport | undefined;
          try {
            kind = replyKind(reply, sources.length);
            // A reply for another document than the one this worker holds would fill the wrong place and count one
            // document twice: the run would end with the others silently missing from the report.
            if (reply.index !== current) throw new Error(`a worker thread's reply is malformed: not the document it holds`);
            if (kind === 'document') document = readReply(reply, opts.render);
          } catch (e) {
            // A listener's throw would end the process with a stack trace: the run fails with one line instead.
            reject(e);
            return;
          }
          // The clock starts when the worker takes the document, not while it loads its modules.
          if (kind === 'started') {
            // unref: a pending clock never keeps the process alive; the workers do while they run. A run that fails
            // (a worker reports an internal error) stops its workers, and the other worker's clock must not hold the CLI
            // for the rest of its --timeout (60 s by default).
            timer = setTimeout(() => retire('time'), timeoutMs).unref();
            return;
          }
          clearTimeout(timer);
          if ('problem' in reply) {
            const p = reply.problem;
            reject(p.code === 'internal' ? new Error(`${p.file ?? ''}: ${p.message}`) : new ClauseCheckError(p.code, p.message, { ...(p.file ? { file: p.file } : {}), ...(p.jsonPath ? { jsonPath: p.jsonPath } : {}) }));
            return;
          }
          results[reply.index] = document;
          current = -1;
          // A worker with nothing left to check stops now, while the others finish: its heap goes at once, and
          // the report is not held up by stopping the workers after the last document (50-140 ms measured).
          if (next >= sources.length) stop();
          finish();
          feed();
        });
        const onError = (err: Error & { code?: string }): void => {
          if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') retire('memory');
          else reject(err);
        };
        // A worker that dies without an error event must not leave the run waiting forever.
        const onExit = (code: number): void => {
          if (live.has(w) && done < sources.length) reject(new Error(`a worker thread stopped (exit code ${code}) before all documents were checked`));
        };
        w.on('error', onError);
        w.on('exit', onExit);
        // A worker started ahead may have failed or ended before these listeners were there.
        if (happened?.error) onError(happened.error);
        if (happened?.exitCode !== undefined) onExit(happened.exitCode);
        feed();
      };
      for (let i = 0; i < n; i++) start();
      // Workers started ahead beyond what the batch needs (files that could not be read) stop now.
      for (const extra of early.splice(0)) stopEarly(extra);
      // The main thread answers the workers' modal questions: compromise is loaded while they start (modal-rpc.ts),
      // for a batch with text enough to ask some; a few short files may ask none, and would pay ~0.3 s and ~60 MB for it.
      if (chars >= MODAL_PRELOAD_CHARS) setImmediate(preloadModalReadings);
    });
  } finally {
    await Promise.all([...live].map((w) => w.terminate()));
  }
  // Every document is either checked or has its problem: a hole would drop a document from the report in silence.
  const documents: DocumentReport[] = [];
  const problems: ClauseCheckError[] = [];
  for (let i = 0; i < sources.length; i++) {
    const document = results[i];
    const problem = failed[i];
    if (document) documents.push(document);
    else if (problem) problems.push(problem);
    else throw new Error(`${sources[i]!.path}: the worker threads ended without checking it`);
  }
  return { documents, problems };
}

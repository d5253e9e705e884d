// Starting the modal helper thread (modal-thread.ts) of documents checked on the main thread, and the thresholds that
// say where documents are checked. Apart from pool.ts and modal-rpc.ts, which load the tagger's modules: the CLI starts
// a lone contract's helper before it loads anything else (main.ts), so that compromise's load has the most time to run
// on the second core before the tagger's first modal question.
import { statSync, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';

// Every worker pays its own start-up: ~0.45 s of CPU for modules, packs and the first document's warm-up
// (measured 2026-11-28 with tuneJit). Below about 1 MB of text in all (under a second of checking at ~1.3 MB/s
// per thread) the second core saves little wall time for that CPU, so one thread does it.
export const MIN_PARALLEL_CHARS = 1_000_000;
/**
 * Text from which compromise is loaded ahead: for a batch on worker threads, on the main thread (its workers ask it);
 * for documents checked on the main thread, on a helper thread. Not every document asks (of CUAD dev's lone contracts of
 * 10,000 characters or more, about 1 in 4 does, the largest among them), but a batch of several mostly does.
 */
export const MODAL_PRELOAD_CHARS = 10_000;

// The helper's module; under a TypeScript test runner there is none (the readings are then made on this thread).
const MODAL_THREAD_FILE = fileURLToPath(new URL('./modal-thread.js', import.meta.url));

/** What the helper thread is started with (in workerData, the port transferred). */
export interface ModalThreadData {
  readonly port: MessagePort;
  /** One Int32: ANSWER.asked while a question is open, .answered once answered, .gone once the helper has ended. */
  readonly flag: Int32Array;
  /** One Int32: HELPER.starting until the helper runs its first line, then .running, and .gone once it has ended. */
  readonly state: Int32Array;
}

export const ANSWER = { asked: 0, answered: 1, gone: 2 } as const;
export const HELPER = { starting: 0, running: 1, gone: 2 } as const;

/** A started helper: this thread's end of its line, and the thread (to stop it). */
export interface ModalHelper {
  readonly port: MessagePort;
  readonly flag: Int32Array;
  readonly state: Int32Array;
  readonly worker: Worker;
}

/** Starts the helper thread (`threadFile`, by default the built modal-thread.js), which loads compromise at once. */
export function startModalHelper(threadFile = MODAL_THREAD_FILE): ModalHelper {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const state = new Int32Array(new SharedArrayBuffer(4));
  const data: ModalThreadData = { port: port1, flag, state };
  const worker = new Worker(threadFile, { workerData: data, transferList: [port1] });
  // Neither the helper nor its line keeps the process alive; its failures show in `state` (or as no answer).
  worker.unref();
  worker.on('error', () => undefined);
  return { port: port2, flag, state, worker };
}

/** Stops a helper (its line closed; a question still open is not answered). */
export function stopModalHelper(helper: ModalHelper): void {
  helper.port.close();
  void helper.worker.terminate();
}

/** Whether documents of `chars` characters in all, checked on this thread, get a helper (pool.ts inProcess). */
export function wantsModalHelper(chars: number, jobs: number | undefined): boolean {
  return chars >= MODAL_PRELOAD_CHARS && jobs !== 1 && availableParallelism() > 1 && statSafe(MODAL_THREAD_FILE)?.isFile() === true;
}

function statSafe(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * For `check`, before anything else is loaded: a helper for inputs that are sure to be checked on this thread with text
 * enough for one (as pool.ts checkAll decides, from the files' sizes): plain files only (no standard input, folder or
 * glob; no Word or HTML file, whose text is not its size), under MIN_PARALLEL_CHARS bytes in all, one file or no
 * --jobs, and no --timeout or --max-memory (a document then goes to a worker) nor --cache (it may check nothing).
 * Undefined otherwise: pool.ts then decides from the text once it is read.
 */
export function startModalHelperAhead(cwd: string, inputs: readonly string[], flags: { jobs?: number; limited: boolean; cache: boolean }): ModalHelper | undefined {
  if (flags.limited || flags.cache || !inputs.length || (inputs.length > 1 && flags.jobs !== undefined)) return undefined;
  let bytes = 0;
  for (const input of inputs) {
    if (input === '-' || /\.(?:docx|html?)$/i.test(input)) return undefined;
    const stat = statSafe(resolve(cwd, input));
    if (!stat?.isFile()) return undefined;
    bytes += stat.size;
  }
  return bytes < MIN_PARALLEL_CHARS && wantsModalHelper(bytes, flags.jobs) ? startModalHelper() : undefined;
}

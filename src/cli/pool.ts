// Batch checking on worker threads: one worker per core (never more than there are documents).
// Results are placed by input index, so the report never depends on completion order.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ClauseCheckError, type DocumentReport, type ProblemCode, type Source } from '../model/index.js';
import type { LoadedPack } from '../rules/index.js';
import { applyRuleSettings } from '../config/index.js';
import type { DocumentSettings } from './config.js';

export interface WorkerSetup {
  readonly packNames: readonly string[];
  readonly cwd: string;
}

export type WorkerReply =
  | { readonly index: number; readonly document: DocumentReport }
  | { readonly index: number; readonly problem: { code: ProblemCode | 'internal'; message: string; file: string | undefined; jsonPath: string | undefined } };

export interface PoolOptions extends WorkerSetup {
  readonly packs: readonly LoadedPack[];
  /** Rule settings and document kind per source (from the config), same order as the sources. */
  readonly settings: readonly DocumentSettings[];
  /** Upper bound on worker threads (default: the number of cores). */
  readonly jobs?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

// Workers run the compiled worker.js; under a TypeScript test runner there is none, so check in-process.
const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));

// A worker costs ~1 s of start-up (modules, packs, JIT); below about 1 MB of text in all, one thread is faster.
// (Measured on the 2-core machine: ~0.55 MB/s per thread on CUAD contracts.)
export const MIN_PARALLEL_CHARS = 1_000_000;

export function workerCount(documents: number, jobs?: number): number {
  const cores = availableParallelism();
  return Math.max(1, Math.min(jobs ?? cores, cores, documents));
}

/** Packs with a document's rule settings applied, computed once per distinct settings. */
export function packsWithSettings(packs: readonly LoadedPack[]): (settings: DocumentSettings) => readonly LoadedPack[] {
  const cache = new Map<string, readonly LoadedPack[]>();
  return (settings) => {
    const key = JSON.stringify(settings.rules);
    let out = cache.get(key);
    if (!out) cache.set(key, (out = applyRuleSettings(packs, settings.rules)));
    return out;
  };
}

/** The config's word on a document (kind, parties) as checkDocument takes it. */
export function documentOptions(settings: DocumentSettings): { kind?: NonNullable<DocumentSettings['kind']>; parties?: DocumentSettings['parties'] } {
  return { ...(settings.kind ? { kind: settings.kind } : {}), ...(settings.parties.length ? { parties: settings.parties } : {}) };
}

async function inProcess(sources: readonly Source[], opts: PoolOptions): Promise<DocumentReport[]> {
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
}

export async function checkAll(sources: readonly Source[], opts: PoolOptions): Promise<DocumentReport[]> {
  const chars = sources.reduce((sum, s) => sum + s.text.length, 0);
  // An explicit --jobs is obeyed; by default small batches stay on this thread.
  const n = opts.jobs === undefined && chars < MIN_PARALLEL_CHARS ? 1 : workerCount(sources.length, opts.jobs);
  if (n <= 1 || !existsSync(WORKER_FILE)) return inProcess(sources, opts);
  const results: (DocumentReport | undefined)[] = new Array(sources.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: n }, () => new Worker(WORKER_FILE, { workerData: { packNames: opts.packNames, cwd: opts.cwd } satisfies WorkerSetup }));
  try {
    await new Promise<void>((resolvePromise, reject) => {
      const feed = (w: Worker): void => {
        if (next >= sources.length) return;
        const index = next++;
        w.postMessage({ index, source: sources[index], settings: opts.settings[index] });
      };
      for (const w of workers) {
        w.on('message', (reply: WorkerReply) => {
          if ('problem' in reply) {
            const p = reply.problem;
            reject(p.code === 'internal' ? new Error(`${p.file ?? ''}: ${p.message}`) : new ClauseCheckError(p.code, p.message, { ...(p.file ? { file: p.file } : {}), ...(p.jsonPath ? { jsonPath: p.jsonPath } : {}) }));
            return;
          }
          results[reply.index] = reply.document;
          done++;
          opts.onProgress?.(done, sources.length);
          if (done === sources.length) resolvePromise();
          else feed(w);
        });
        w.on('error', reject);
        // A worker that dies without an error event (e.g. out of memory) must not leave the run waiting forever.
        w.on('exit', (code) => {
          if (done < sources.length) reject(new Error(`a worker thread stopped (exit code ${code}) before all documents were checked`));
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results as DocumentReport[];
}

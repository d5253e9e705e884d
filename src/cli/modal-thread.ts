// A helper thread for a document checked on the main thread (src/cli/pool.ts inProcess): it loads compromise and
// answers the main thread's modal questions (modal-rpc.ts readModalClausesOnThread; started by modal-helper.ts), so that compromise's load (~0.3 s
// of CPU) runs on the second core while the main thread reads, segments and tags, instead of on the main thread at the
// first modal question.
//
// Only node:worker_threads is imported statically: whatever goes wrong after the first lines (a module that fails to
// load, a throw) ends the thread with its state at gone, so the main thread reads the sentence itself at once instead
// of waiting for an answer that will not come.
import { workerData } from 'node:worker_threads';
import type { ModalThreadData } from './modal-helper.js';

const { port, flag, state } = workerData as ModalThreadData;
/** ANSWER.gone, HELPER.gone and HELPER.running (modal-helper.ts), written out: nothing else is loaded yet. */
const GONE = 2;
const RUNNING = 1;
const gone = (): void => {
  Atomics.store(state, 0, GONE);
  Atomics.notify(state, 0);
  // The answer too: a question posted as this thread ends waits on it.
  Atomics.store(flag, 0, GONE);
  Atomics.notify(flag, 0);
};
process.on('exit', gone);
Atomics.store(state, 0, RUNNING);
Atomics.notify(state, 0);
try {
  const { answerModalQuestions, preloadModalReadings } = await import('./modal-rpc.js');
  answerModalQuestions(port, flag);
  // A question posted before this waits on the port; it is answered once compromise is loaded.
  preloadModalReadings();
} catch {
  gone();
  port.close();
}

// The modal readings of a batch's worker threads come from the main thread: compromise (src/tag/nlp.ts) is loaded
// there once, not in every worker. Its load is ~0.2 s of CPU (it expands its lexicon), and its code is compiled
// again by every thread that runs it; the main thread is idle while the workers check.
//
// The tagger is synchronous, so a worker asks synchronously: it posts the sentence on its own port, sleeps on a
// shared flag (Atomics.wait) until the main thread has posted the reading and raised the flag, then takes the reply
// off the port (receiveMessageOnPort). Each worker caches the readings it got (nlp.ts), and the main thread caches
// every worker's, so a sentence is read once per batch. The readings are plain data (ModalClause), the same either way.
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { modalClauses, modalClausesOf, readModalClausesWith, type ModalClause } from '../tag/nlp.js';
import { ANSWER, HELPER, stopModalHelper, type ModalHelper } from './modal-helper.js';

/** What a worker is given (in workerData, the port transferred). */
export interface ModalLine {
  readonly port: MessagePort;
  /** One Int32: ANSWER.asked while a question is open, ANSWER.answered once the main thread has answered. */
  readonly flag: Int32Array;
}

type Reply = { readonly readings: readonly ModalClause[] } | { readonly error: string };

/** The main thread's end: answers one worker's questions until closed. */
export function serveModalReadings(): { readonly line: ModalLine; close(): void } {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  answerModalQuestions(port1, flag);
  // A worker that is never sent a question must not keep this process alive.
  port1.unref();
  return { line: { port: port2, flag }, close: () => port1.close() };
}

/** Answers each sentence that comes on `port` with its modal readings (or the error), then raises `flag`. */
export function answerModalQuestions(port: MessagePort, flag: Int32Array): void {
  port.on('message', (sentence: string) => {
    let reply: Reply;
    try {
      reply = { readings: modalClauses(sentence) };
    } catch (e) {
      reply = { error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
    Atomics.store(flag, 0, ANSWER.answered);
    Atomics.notify(flag, 0);
  });
}

/**
 * Loads compromise on this (the main) thread by reading one sentence, for a batch whose workers have just been started:
 * the load (~0.3 s of CPU) then runs while they load their own modules, not while the first of them to reach a modal
 * sentence sleeps on its question (CLI batch over CUAD dev, --jobs 2, load 5-6: the first question waited 0.4-1.7 s,
 * the workers 2.3-2.7 s in all; with this, 0.01-0.06 s and 0.6-0.8 s). The reading is cached like any other: answers
 * are the same. A failure is left to the first question, which reports it.
 */
export function preloadModalReadings(): void {
  try {
    modalClauses('The Licensee shall not assign this Agreement without the prior written consent of the Licensor.');
  } catch {
    // The first question reads compromise again and fails with the error, in the worker that asked.
  }
}

/** A worker's end: from now on, nlp.ts reads the sentences its cache lacks by asking the main thread. */
export function askForModalReadings({ port, flag }: ModalLine): void {
  readModalClausesWith((sentence) => {
    Atomics.store(flag, 0, ANSWER.asked);
    port.postMessage(sentence);
    // Until the flag is raised, not merely until woken: the main thread raises the flag, then notifies, and a notify
    // of the previous answer that comes late (this thread saw the flag raised before it slept) wakes this question.
    while (Atomics.load(flag, 0) === ANSWER.asked) Atomics.wait(flag, 0, ANSWER.asked);
    const reply = receiveMessageOnPort(port)?.message as Reply | undefined;
    if (reply === undefined) throw new Error('no modal reading from the main thread');
    if ('error' in reply) throw new Error(reply.error);
    return reply.readings;
  });
}

/** How long a modal question waits for the helper's answer at most (its load of compromise included). */
export const MODAL_THREAD_WAIT_MS = 60_000;
/**
 * How long a question waits at most for a helper that has not yet run its first line. It has been started long before
 * (the first question comes after the document is read, segmented and partly tagged), so one that has not run by then
 * failed before it could say so (a broken runtime option, a module that cannot load): it is not waited for.
 */
export const MODAL_THREAD_START_MS = 2_000;

/**
 * For documents checked on this thread: their modal questions go to a helper thread (modal-helper.ts, modal-thread.ts)
 * that loads compromise as soon as it is started, and are answered synchronously (the tagger is), as the main thread
 * answers a pool worker's. The readings are plain data, the same either way. Should the helper not start, end (its
 * modules fail to load) or not answer within `waitMs`, it is stopped and the sentence, and every one after, is read on
 * this thread as before. Returns the function that stops the helper and brings the readings back to this thread.
 */
export function readModalClausesOnThread(helper: ModalHelper, waitMs = MODAL_THREAD_WAIT_MS, startMs = MODAL_THREAD_START_MS): () => void {
  const { port, flag, state } = helper;
  const here = (sentence: string): readonly ModalClause[] => modalClausesOf(sentence, true);
  let live = true;
  const stop = (): void => {
    if (!live) return;
    live = false;
    readModalClausesWith(here);
    stopModalHelper(helper);
  };
  /** Waits while `cell` holds `value`, at most until `deadline` (performance.now()). */
  const waitWhile = (cell: Int32Array, value: number, deadline: number): void => {
    for (let left = deadline - performance.now(); Atomics.load(cell, 0) === value && left > 0; left = deadline - performance.now()) {
      Atomics.wait(cell, 0, value, left);
    }
  };
  readModalClausesWith((sentence) => {
    waitWhile(state, HELPER.starting, performance.now() + startMs);
    // The flag down from answered (the previous question's), never from gone.
    if (Atomics.load(state, 0) === HELPER.running && Atomics.compareExchange(flag, 0, ANSWER.answered, ANSWER.asked) !== ANSWER.gone) {
      port.postMessage(sentence);
      waitWhile(flag, ANSWER.asked, performance.now() + waitMs);
      const reply = Atomics.load(flag, 0) === ANSWER.answered ? (receiveMessageOnPort(port)?.message as Reply | undefined) : undefined;
      if (reply !== undefined) {
        if ('error' in reply) throw new Error(reply.error);
        return reply.readings;
      }
    }
    stop();
    return here(sentence);
  });
  return stop;
}

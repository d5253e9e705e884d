// A worker's modal question (src/cli/modal-rpc.ts) waits for the main thread's answer, not for any wake-up: the main
// thread raises the flag and then notifies, so a notify of the previous answer can arrive while the next question
// waits (seen once in a CLI batch on a loaded machine: "no modal reading from the main thread").
import { MessageChannel, Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { askForModalReadings } from '../../src/cli/modal-rpc.js';
import { modalClauses } from '../../src/tag/nlp.js';

describe('a worker asking the main thread for modal readings', () => {
  it('keeps waiting when woken before the answer is there', () => {
    const { port1, port2 } = new MessageChannel();
    const flag = new Int32Array(new SharedArrayBuffer(4));
    // The answering side, on a thread of its own (this one sleeps while it asks): on the question, a notify with the
    // flag still down (as a late notify of a previous answer would be), repeated until it has woken the asker; only
    // then the answer, the flag raised, and a notify.
    const answerer = new Worker(
      `const { workerData } = require('node:worker_threads');
       const { port, flag } = workerData;
       port.once('message', () => {
         while (Atomics.notify(flag, 0) === 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
         port.postMessage({ readings: [{ modal: 'shall', verb: 'assign', negated: true, subject: 'Licensee' }] });
         Atomics.store(flag, 0, 1);
         Atomics.notify(flag, 0);
         port.close();
       });`,
      { eval: true, workerData: { port: port1, flag }, transferList: [port1] },
    );
    try {
      askForModalReadings({ port: port2, flag });
      expect(modalClauses('Licensee shall not assign this Agreement to any third party.')).toEqual([{ modal: 'shall', verb: 'assign', negated: true, subject: 'Licensee' }]);
    } finally {
      void answerer.terminate();
      port2.close();
    }
  });
});

// Worker thread: checks the documents it is sent with the packs it is given at start-up.
import { parentPort, workerData } from 'node:worker_threads';
import { ClauseCheckError, type Source } from '../model/index.js';
import { checkDocument } from '../check.js';
import { renderClauses } from '../report/json.js';
import type { WorkerData, WorkerReply } from './pool.js';
import { documentOptions, packsWithSettings } from './document-settings.js';
import { askForModalReadings } from './modal-rpc.js';
import type { DocumentSettings } from './config.js';

// Where require() cannot load ES modules, remark is imported before the first document (parse/markdown.ts).
if (!process.features.require_module) await import('../parse/markdown-eager.js');

const setup = workerData as WorkerData;
// Modal readings come from the main thread, which loads compromise once for the batch.
askForModalReadings(setup.modal);
const packsFor = packsWithSettings(setup.packs);

parentPort!.on('message', (msg: { index: number; source: Source; settings: DocumentSettings }) => {
  // Tells the pool to start this document's clock (--timeout).
  parentPort!.postMessage({ index: msg.index, started: true } satisfies WorkerReply);
  checkDocument(msg.source, packsFor(msg.settings), documentOptions(msg.settings)).then(
    (document): void => parentPort!.postMessage((setup.renderClauses
      ? { index: msg.index, document: { ...document, clauses: [] }, clauses: renderClauses(document.clauses) }
      : { index: msg.index, document }) satisfies WorkerReply),
    (err: unknown): void => {
      const problem = err instanceof ClauseCheckError
        ? { code: err.code, message: err.message, file: err.file, jsonPath: err.jsonPath }
        : { code: 'internal' as const, message: err instanceof Error ? err.message : String(err), file: msg.source.path, jsonPath: undefined };
      parentPort!.postMessage({ index: msg.index, problem } satisfies WorkerReply);
    },
  );
});

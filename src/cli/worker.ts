// Worker thread: checks the documents it is sent with the packs it is given at start-up.
import { parentPort, workerData } from 'node:worker_threads';
import { ClauseCheckError, DEFAULT_REVIEW_THRESHOLD, type DocumentReport, type Source } from '../model/index.js';
import { checkDocument } from '../check.js';
import { tallyFindings } from '../report/build.js';
import { withReviewStatus } from '../report/common.js';
import { renderClauses, renderDocument, type RenderedDocument } from '../report/json.js';
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

/**
 * The document as the JSON report will hold it, rendered here: its findings marked for review with the threshold its
 * settings carry (the report's for this document, report/build.ts applyReview), then its text and their tally.
 */
function renderAhead(document: DocumentReport, settings: DocumentSettings): RenderedDocument {
  const reviewThreshold = settings.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD;
  const findings = document.findings.map((f) => withReviewStatus(f, reviewThreshold));
  return { text: renderDocument({ ...document, findings }), tally: tallyFindings(findings), reviewThreshold };
}

function reply(index: number, document: DocumentReport, settings: DocumentSettings): void {
  if (setup.render === 'document') {
    const rendered = renderAhead(document, settings);
    // The document goes without its clauses and findings: they are in the text.
    parentPort!.postMessage({ index, document: { ...document, clauses: [], findings: [] }, rendered } satisfies WorkerReply);
  } else if (setup.render === 'clauses') {
    parentPort!.postMessage({ index, document: { ...document, clauses: [] }, clauses: renderClauses(document.clauses) } satisfies WorkerReply);
  } else {
    parentPort!.postMessage({ index, document } satisfies WorkerReply);
  }
}

parentPort!.on('message', (msg: { index: number; source: Source; settings: DocumentSettings }) => {
  // Tells the pool to start this document's clock (--timeout).
  parentPort!.postMessage({ index: msg.index, started: true } satisfies WorkerReply);
  checkDocument(msg.source, packsFor(msg.settings), documentOptions(msg.settings)).then(
    (document): void => reply(msg.index, document, msg.settings),
    (err: unknown): void => {
      const problem = err instanceof ClauseCheckError
        ? { code: err.code, message: err.message, file: err.file, jsonPath: err.jsonPath }
        : { code: 'internal' as const, message: err instanceof Error ? err.message : String(err), file: msg.source.path, jsonPath: undefined };
      parentPort!.postMessage({ index: msg.index, problem } satisfies WorkerReply);
    },
  );
});

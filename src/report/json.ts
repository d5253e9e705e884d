// JSON: the versioned report of shared/spec/interface.md, schemaVersion first.
import type { ClauseReport, DocumentReport, RunReport } from '../model/index.js';
import type { FindingTally } from './build.js';

export function formatJson(report: RunReport): string {
  // One stringify when no document's clauses were rendered ahead (the API's reports); the pieces otherwise.
  if (!report.documents.some((d) => renderedClauses.has(d.clauses) || renderedDocuments.has(d.clauses))) return `${JSON.stringify(report, null, 2)}\n`;
  return [...formatJsonChunks(report)].join('');
}

// In the report's text, a line break followed by spaces is only ever indentation (a string's line break is written
// \n), and each depth has its own number of spaces. So each placeholder below occurs once: only the report's own
// members are indented by two spaces, and only a document's members by six in the document's text.
// Where the documents go in the report's text with one placeholder document.
const DOCUMENTS_PLACEHOLDER = '\n  "documents": [\n    0\n  ]';
// A document stringified at the depth of report.documents[i] (four spaces) is [[document]] without these.
const DOCUMENT_OPEN = '[\n  [\n    '.length;
const DOCUMENT_CLOSE = '\n  ]\n]'.length;
// Where the clauses go in a document's text with one placeholder clause.
const CLAUSES_KEY = '\n      "clauses": ';
const CLAUSES_PLACEHOLDER = `${CLAUSES_KEY}[\n        0\n      ]`;
// A document's clauses at their depth in the report (six spaces) are [[[clauses]]] without these.
const CLAUSES_OPEN = '[\n  [\n    [\n      '.length;
const CLAUSES_CLOSE = '\n    ]\n  ]\n]'.length;

// Clauses rendered ahead (renderClauses), by the empty stand-in array that takes their place in the document.
const renderedClauses = new WeakMap<readonly ClauseReport[], string>();

/**
 * A document's clauses as the JSON report writes them. A worker thread of the CLI renders them when the report is
 * JSON: the clauses are most of a document (8 of the 14 MB of CUAD dev's report), the text is cheaper to send to the
 * main thread than ~20,000 clause objects with their tags, and the main thread no longer stringifies them after the
 * last document.
 */
export function renderClauses(clauses: readonly ClauseReport[]): string {
  return JSON.stringify([[[clauses]]], null, 2).slice(CLAUSES_OPEN, -CLAUSES_CLOSE);
}

/**
 * The document with its clauses as rendered text (renderClauses) instead of objects: for the JSON formatter only,
 * which writes the text where the clauses go. The document's `clauses` is an empty stand-in.
 */
export function withRenderedClauses(document: DocumentReport, text: string): DocumentReport {
  const standIn: ClauseReport[] = [];
  renderedClauses.set(standIn, text);
  return { ...document, clauses: standIn };
}

/** A whole document rendered ahead, with what the report needs of its findings. */
export interface RenderedDocument {
  readonly text: string;
  readonly tally: FindingTally;
  /** The review threshold its findings were marked with; the report must use the same (report/build.ts). */
  readonly reviewThreshold: number;
}

// Documents rendered ahead (renderDocument), by the empty stand-in array that takes their clauses' place.
const renderedDocuments = new WeakMap<readonly ClauseReport[], RenderedDocument>();

/**
 * A document's whole text in the JSON report, at its depth: what a worker thread of the CLI sends when the report is
 * JSON and nothing on the main thread changes findings (no waivers, baseline or --quiet). The main thread then only
 * writes these texts between the report's own members: it neither receives the findings (most of what is left of a
 * document once its clauses are text) nor stringifies them after the last document. (Sent as text, not encoded to
 * UTF-8 and transferred: with TextEncoder bytes the warm pool cost 1-2 s more CPU in all, measured 2026-11-30.)
 */
export function renderDocument(document: DocumentReport): string {
  return JSON.stringify([[document]], null, 2).slice(DOCUMENT_OPEN, -DOCUMENT_CLOSE);
}

/**
 * A stand-in for a document rendered ahead: `document` is what the report's own members need (path, ...), its
 * clauses and findings empty; the report writes `rendered.text` where the document goes and counts `rendered.tally`.
 * For the JSON formatter only; report/build.ts refuses waivers and a baseline with it (they change findings).
 */
export function withRenderedDocument(document: DocumentReport, rendered: RenderedDocument): DocumentReport {
  const standIn: ClauseReport[] = [];
  renderedDocuments.set(standIn, rendered);
  return { ...document, clauses: standIn, findings: [] };
}

/** The tally of a document rendered ahead (undefined for any other). */
export function renderedTally(document: DocumentReport): FindingTally | undefined {
  return renderedDocuments.get(document.clauses)?.tally;
}

/** A document rendered ahead must be reported with the review threshold its findings were marked with. */
export function checkRendered(document: DocumentReport, reviewThreshold: number): void {
  const rendered = renderedDocuments.get(document.clauses);
  if (rendered !== undefined && rendered.reviewThreshold !== reviewThreshold) {
    throw new Error(`${document.path} was rendered with review threshold ${rendered.reviewThreshold}, not ${reviewThreshold}`);
  }
}

/** A document at its depth in the report, in pieces. */
function* documentChunks(document: DocumentReport): Generator<string, void, undefined> {
  const whole = renderedDocuments.get(document.clauses);
  if (whole !== undefined) {
    yield whole.text;
    return;
  }
  const clauses = renderedClauses.get(document.clauses);
  if (clauses === undefined) {
    yield JSON.stringify([[document]], null, 2).slice(DOCUMENT_OPEN, -DOCUMENT_CLOSE);
    return;
  }
  const text = JSON.stringify([[{ ...document, clauses: [0] }]], null, 2).slice(DOCUMENT_OPEN, -DOCUMENT_CLOSE);
  const at = text.indexOf(CLAUSES_PLACEHOLDER);
  yield text.slice(0, at + CLAUSES_KEY.length);
  yield clauses;
  yield text.slice(at + CLAUSES_PLACEHOLDER.length);
}

/**
 * formatJson's text in pieces, document by document; their concatenation is byte-identical to it. A batch's report
 * is ~17 MB: as one string it is two-byte as soon as one document quotes a curly apostrophe, and flattening and
 * encoding it cost the CLI ~50 ms and ~50 MB more than writing each document's piece as it is made.
 */
export function* formatJsonChunks(report: RunReport): Generator<string, void, undefined> {
  if (report.documents.length === 0) {
    yield formatJson(report);
    return;
  }
  const skeleton = JSON.stringify({ ...report, documents: [0] }, null, 2);
  const at = skeleton.indexOf(DOCUMENTS_PLACEHOLDER);
  yield `${skeleton.slice(0, at)}\n  "documents": [\n    `;
  let first = true;
  for (const document of report.documents) {
    if (!first) yield ',\n    ';
    first = false;
    yield* documentChunks(document);
  }
  yield `\n  ]${skeleton.slice(at + DOCUMENTS_PLACEHOLDER.length)}\n`;
}

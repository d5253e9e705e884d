// JSON: the versioned report of shared/spec/interface.md, schemaVersion first.
import type { RunReport } from '../model/index.js';

export function formatJson(report: RunReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

// Where the documents go in the report's text with one placeholder document: a line break followed by spaces is
// only ever indentation (a string's line break is written \n), and only a member of the report itself is indented
// by exactly two spaces, so this occurs once.
const PLACEHOLDER = '\n  "documents": [\n    0\n  ]';
// A document stringified at the depth of report.documents[i] (four spaces) is [[document]] without these.
const NESTED_OPEN = '[\n  [\n    '.length;
const NESTED_CLOSE = '\n  ]\n]'.length;

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
  const at = skeleton.indexOf(PLACEHOLDER);
  yield `${skeleton.slice(0, at)}\n  "documents": [\n    `;
  let first = true;
  for (const document of report.documents) {
    if (!first) yield ',\n    ';
    first = false;
    yield JSON.stringify([[document]], null, 2).slice(NESTED_OPEN, -NESTED_CLOSE);
  }
  yield `\n  ]${skeleton.slice(at + PLACEHOLDER.length)}\n`;
}

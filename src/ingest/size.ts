// The size limit's one line, apart from ingest/index.ts so that the CLI's start-up, which reads sizes before any
// document, does not load the decoders.
import { ClauseCheckError } from '../model/index.js';

const MB = 1024 * 1024;
/** A size as people read it: in MB with one decimal, or in bytes below a tenth of one ('0.0 MB' says nothing). */
const sized = (n: number): string => (n >= 0.1 * MB ? `${(n / MB).toFixed(1)} MB` : `${n.toLocaleString('en-US')} bytes`);

/** The one line for an input over the size limit (the CLI adds how to raise it), the same from the API and the CLI. */
export function inputTooLarge(path: string, size: number, limit: number, hint = ''): ClauseCheckError {
  const over = `${sized(size)}${size >= 0.1 * MB ? ` (${size} bytes)` : ''} is over the ${limit >= 0.1 * MB ? sized(limit) : `${limit.toLocaleString('en-US')}-byte`} input limit`;
  return new ClauseCheckError('input-too-large', `${over}${hint}`, { file: path });
}

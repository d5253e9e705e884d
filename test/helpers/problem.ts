// The ClauseCheckError a call is refused with (tests of one-line problems share this).
import { ClauseCheckError } from '../../src/model/index.js';

export function problem(fn: () => unknown): ClauseCheckError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ClauseCheckError) return e;
    throw e;
  }
  throw new Error('expected a ClauseCheckError');
}

// Shared by the loader tests: the one ClauseCheckError a broken pack is refused with.
import { ClauseCheckError } from '../../src/model/index.js';
import { loadPack } from '../../src/rules/index.js';

export function loadError(dir: string): ClauseCheckError {
  try {
    loadPack(dir);
  } catch (e) {
    if (e instanceof ClauseCheckError) return e;
    throw e;
  }
  throw new Error('expected loadPack to fail');
}

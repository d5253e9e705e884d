// Shared by the loader tests: the one ClauseCheckError a broken pack is refused with.
import type { ClauseCheckError } from '../../src/model/index.js';
import { loadPack } from '../../src/rules/index.js';
import { problem } from '../helpers/problem.js';

export function loadError(dir: string): ClauseCheckError {
  return problem(() => loadPack(dir));
}

// A clause locator over a document with no clause tree: every offset is in no clause. For the facts finders tested on
// bare text (findDefinitions, findUndefinedTerms), which take the ClauseLocator the facts stage builds.
import { ClauseLocator } from '../../src/facts/text.js';

export const noClauses = (): ClauseLocator => new ClauseLocator({ type: 'root', children: [], clauses: [] });

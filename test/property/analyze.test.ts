// Properties of analyze (clause tree, tags, facts) over hostile, Markdown and agreement-like text:
// nothing throws and the tree, tags and facts keep their structural promises.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { sourceFromText } from '../../src/index.js';
// analyze is not in the public API (src/index.ts); its stages are what these properties hold to account.
import { analyze } from '../../src/analysis.js';
import { corpora, ext } from './arbitraries.js';
import { holds } from './harness.js';
import { checkFacts, checkTags, checkTree } from './invariants.js';

describe.each(corpora)('analyze over %s', (name, text) => {
  it('never throws; tree, tags and facts keep their invariants', async () => {
    await holds(`analyze invariants (${name})`, fc.property(text, ext, (t, e) => {
      const a = analyze(sourceFromText(t, `doc.${e}`));
      checkTree(t, a);
      checkTags(a);
      checkFacts(t, a);
    }), 2);
  });
});

// Were it.fails for /work/notes/bugs.md "clauses-unicode-space" and "clauses-md-trailing-space" (fixed by 14:36 UTC);
// the trimming rule is part of checkTree, this pins the lost-text half.
it('text beside U+3000 in .txt is kept in a clause', () => {
  for (const t of ['\u3000x', 'x\u3000']) {
    if (analyze(sourceFromText(t, 'a.txt')).tree.clauses.length === 0) throw new Error(`${JSON.stringify(t)}: text in no clause`);
  }
});

// Minimal counterexamples found by `npm run fuzz`, kept as regression cases. Open bugs are it.fails with
// their /work/notes/bugs.md id; when one is fixed, move it to FIXED so it stays fixed.
const OPEN: ReadonlyArray<readonly [bug: string, text: string, path: string]> = [];
const FIXED: ReadonlyArray<readonly [bug: string, text: string, path: string]> = [
  ['clauses-unicode-space', '\u2028', 'a.txt'],
  ['clauses-unicode-space', 'x\u2028', 'a.md'],
  ['clauses-unicode-space', '1. Term\u2029', 'a.txt'],
  ['clauses-md-trailing-space', '- ', 'a.md'],
  ['clauses-md-trailing-space', '1. Term. ', 'a.md'],
  ['clauses-order-overlap', 'between\n\n.\n\n(i)\n\n(i)', 'doc.txt'],
  ['clauses-order-overlap', 'PATENT CROSS-LICENSE AGREEMENT\n0.0.0 Licensee.\n0. Definitions. \nBy: ____________________\nBy: ____________________\na) Licensee.\na) Licensee.', 'doc.txt'],
  ['clauses-md-heading-in-child', '0. Dions. Licensee Licensee Licensee Licensee. Licensee Licensee Licensee Licensee.\n\n\t0.', 'doc.md'],
  // 3e83c8d reads Markdown escapes: the heading "*" of "# \*" is the reading's, not the file's (checkTree compares with the reading).
  ['markdown-escapes', '# \\*\n```\n', 'doc.md'],
];

describe('known clause-tree counterexamples', () => {
  // it.fails.each needs at least one row; an empty OPEN list means no known open tree bug.
  if (OPEN.length) {
    it.fails.each(OPEN)('%s (open): %j as %s keeps the tree invariants', (_bug, t, path) => {
      checkTree(t, analyze(sourceFromText(t, path)));
    });
  }
  it.each(FIXED)('%s (fixed): %j as %s keeps the tree invariants', (_bug, t, path) => {
    checkTree(t, analyze(sourceFromText(t, path)));
  });
});

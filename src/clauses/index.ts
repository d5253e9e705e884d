// Source -> clause tree. PLACEHOLDER segmentation (blank-line paragraphs) until the structure parser lands.
import { LineIndex, type ClauseNode, type ClauseTree, type Source } from '../model/index.js';

export function buildClauseTree(source: Source): ClauseTree {
  const { text } = source;
  const index = new LineIndex(text);
  const clauses: ClauseNode[] = [];
  const re = /\S[\s\S]*?(?=\r?\n\s*\r?\n|$)/g;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    clauses.push({
      type: 'clause', id: `c${clauses.length + 1}`, kind: 'clause', number: null, heading: null, depth: 1,
      start, end, bodyEnd: end, position: { start: index.point(start), end: index.point(end) }, parentId: null, children: [],
    });
  }
  return { type: 'root', children: clauses, clauses };
}

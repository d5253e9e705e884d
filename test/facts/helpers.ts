// Test helpers for the facts stage: a clause tree made by hand (one clause per blank-line paragraph), so these tests do
// not depend on the structure parser's numbering detection.
import { LineIndex, type ClauseAttributes, type ClauseNode, type ClauseTree } from '../../src/model/index.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { extractFacts, type DocumentFacts, type FactOptions } from '../../src/facts/index.js';
import type { TagMap } from '../../src/tag/index.js';

/** One clause per paragraph; a paragraph that starts with a number ("4.2 ...", "ARTICLE IV") gets it as its number. */
export function paragraphTree(text: string): ClauseTree {
  const index = new LineIndex(text);
  const clauses: ClauseNode[] = [];
  for (const m of text.matchAll(/\S[\s\S]*?(?=\n[ \t]*\n|$)/g)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    const number = /^(?:ARTICLE\s+[IVX]+|\d+(?:\.\d+)*)(?=[.\s])/.exec(m[0])?.[0] ?? null;
    clauses.push({
      type: 'clause', id: `c${clauses.length + 1}`, kind: 'section', number, heading: null, depth: 1,
      start, end, bodyEnd: end, position: { start: index.point(start), end: index.point(end) }, parentId: null, children: [],
    });
  }
  return { type: 'root', children: clauses, clauses };
}

export function factsOf(text: string, options?: FactOptions, tags: TagMap = new Map()): DocumentFacts {
  return extractFacts(sourceFromText(text, 'test.md'), paragraphTree(text), tags, options);
}

/** The attributes of a one-paragraph text. */
export function attributesOf(sentence: string, options?: FactOptions): ClauseAttributes {
  const facts = factsOf(sentence, options);
  const first = facts.attributes.get('c1');
  if (!first) throw new Error('no clause');
  return first;
}

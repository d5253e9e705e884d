// Test helpers: build a tree from text and look clauses up by number or heading.
import { expect } from 'vitest';
import { buildClauseTree } from '../../src/clauses/index.js';
import { validateTree } from '../../src/clauses/validate.js';
import { sourceFromText } from '../../src/ingest/index.js';
import type { ClauseNode, ClauseTree, InputFormat } from '../../src/model/index.js';

/** Besides page furniture, Markdown comments and link definitions ('[registry]: https://...') may sit between clauses. */
export const FURNITURE = /^(?:<!--.*-->|\[[^\]^][^\]]*\]:[ \t]*\S+.*)$/;

export function tree(text: string, format: InputFormat = 'text'): ClauseTree {
  const t = buildClauseTree(sourceFromText(text, format === 'markdown' ? 'a.md' : 'a.txt', format));
  expect(validateTree(text, t, { coverage: true, furniture: FURNITURE })).toEqual([]);
  return t;
}

export function byNumber(t: ClauseTree, number: string): ClauseNode {
  const found = t.clauses.filter((c) => c.number === number);
  expect(found, `exactly one clause numbered ${number}`).toHaveLength(1);
  return found[0] as ClauseNode;
}

export function parentOf(t: ClauseTree, c: ClauseNode): ClauseNode | undefined {
  return t.clauses.find((p) => p.id === c.parentId);
}

/** A compact outline: "depth kind number heading" per clause, for structural assertions. */
export function outline(t: ClauseTree): string[] {
  return t.clauses.map((c) => `${c.depth} ${c.kind} ${c.number ?? '-'}${c.heading ? ` {${c.heading}}` : ''}`);
}

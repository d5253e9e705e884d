// Tagging helpers for the tagger tests: real pipeline stages (ingest -> clause tree -> tagger).
import { sourceFromText } from '../../src/ingest/index.js';
import { buildClauseTree } from '../../src/clauses/index.js';
import { tagClauses } from '../../src/tag/index.js';
import type { ClauseTypeSpec } from '../../src/tag/taxonomy.js';
import type { ClauseNode, ClauseTree, Tag } from '../../src/model/index.js';
import { LineIndex } from '../../src/model/index.js';

/** Every tag of every clause of `text`, as one list. */
export function tagsOf(text: string, extra?: readonly ClauseTypeSpec[]): Tag[] {
  const source = sourceFromText(text, 'agreement.txt', 'text');
  const tree = buildClauseTree(source);
  const tags = tagClauses(source, tree, extra);
  return tree.clauses.flatMap((c) => [...(tags.get(c.id) ?? [])]);
}

/** The set of type ids carried anywhere in `text`. */
export function typesOf(text: string, extra?: readonly ClauseTypeSpec[]): Set<string> {
  return new Set(tagsOf(text, extra).map((t) => t.type));
}

/** The types of the first clause of `text` whose body holds `needle` (a clause kept or not beside others in one contract). */
export function clauseTypesOf(text: string, needle: string): string[] {
  const source = sourceFromText(text, 'agreement.txt', 'text');
  const tree = buildClauseTree(source);
  const tags = tagClauses(source, tree);
  const clause = tree.clauses.find((c) => text.slice(c.start, c.bodyEnd).includes(needle));
  return clause ? (tags.get(clause.id) ?? []).map((t) => t.type) : [];
}

/** A hand-built tree (independent of the clause parser): [heading, start, end, parent index | null] per clause. */
export function treeOf(text: string, spec: ReadonlyArray<{ heading: string | null; start: number; end: number; parent: number | null; kind?: ClauseNode['kind'] }>): ClauseTree {
  const index = new LineIndex(text);
  const nodes: Array<ClauseNode & { children: ClauseNode[] }> = spec.map((s, i) => ({
    type: 'clause', id: `c${i + 1}`, kind: s.kind ?? (s.parent === null ? 'section' : 'subclause'), number: null, heading: s.heading,
    depth: s.parent === null ? 1 : 2, start: s.start, end: s.end, bodyEnd: s.end,
    position: { start: index.point(s.start), end: index.point(s.end) }, parentId: s.parent === null ? null : `c${s.parent + 1}`, children: [],
  }));
  spec.forEach((s, i) => {
    if (s.parent !== null) {
      const parent = nodes[s.parent]!;
      parent.children.push(nodes[i]!);
      (parent as { bodyEnd: number }).bodyEnd = Math.min(parent.bodyEnd, s.start);
    }
  });
  return { type: 'root', children: nodes.filter((n) => n.parentId === null), clauses: nodes };
}

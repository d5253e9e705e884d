// Invariants of a clause tree, checked by tests and the segmentation script (not on every run).
import type { ClauseNode, ClauseTree } from '../model/index.js';
import { FURNITURE_RE, isFurnitureLine, legendLength } from './blocks.js';
import { topStampEnd } from '../ingest/page-furniture.js';
import { frontMatterEnd } from '../parse/markdown.js';

const BLANK_RE = /\s/;

/**
 * Returns human-readable problems; an empty list means the tree is sound for `text`. With `coverage`, text
 * outside every clause must be page furniture (the scanner's, or lines matching `furniture`).
 */
export function validateTree(text: string, tree: ClauseTree, opts: { coverage?: boolean; furniture?: RegExp } = {}): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  // Line starts computed independently of LineIndex: after \n, after \r not followed by \n.
  const lineStarts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) lineStarts.push(m.index + m[0].length);
  let order = 0;
  const visit = (c: ClauseNode, parent: ClauseNode | null): void => {
    const at = `${c.id}`;
    if (ids.has(c.id)) problems.push(`${at}: duplicate id`);
    ids.add(c.id);
    order++;
    if (c.id !== `c${order}`) problems.push(`${at}: expected id c${order} in pre-order`);
    if (!(c.start >= 0 && c.start <= c.bodyEnd && c.bodyEnd <= c.end && c.end <= text.length)) problems.push(`${at}: offsets out of order or bounds (${c.start}, ${c.bodyEnd}, ${c.end})`);
    if (c.end > c.start && (BLANK_RE.test(text[c.start] as string) || BLANK_RE.test(text[c.end - 1] as string))) problems.push(`${at}: span not trimmed`);
    if (c.parentId !== (parent ? parent.id : null)) problems.push(`${at}: parentId ${c.parentId} but parent is ${parent?.id ?? null}`);
    if (parent) {
      if (c.start < parent.start || c.end > parent.end) problems.push(`${at}: outside parent ${parent.id}`);
      if (c.depth !== parent.depth + 1) problems.push(`${at}: depth ${c.depth} under depth ${parent.depth}`);
    } else if (c.depth !== 1) problems.push(`${at}: top-level depth ${c.depth}`);
    const first = c.children[0];
    if (first ? c.bodyEnd !== first.start : c.bodyEnd !== c.end) problems.push(`${at}: bodyEnd ${c.bodyEnd} is not the first child's start`);
    if (c.position.start.offset !== c.start || c.position.end.offset !== c.end) problems.push(`${at}: position offsets differ from start/end`);
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= c.start) lo = mid;
      else hi = mid - 1;
    }
    const line = lo + 1;
    const lineStart = lineStarts[lo] as number;
    if (c.position.start.line !== line || c.position.start.column !== c.start - lineStart + 1) problems.push(`${at}: line/column ${c.position.start.line}:${c.position.start.column}, expected ${line}:${c.start - lineStart + 1}`);
    for (let i = 1; i < c.children.length; i++) {
      const a = c.children[i - 1] as ClauseNode;
      const b = c.children[i] as ClauseNode;
      if (b.start < a.end) problems.push(`${b.id}: overlaps or precedes sibling ${a.id}`);
    }
    for (const child of c.children) visit(child, c);
  };
  for (let i = 0; i < tree.children.length; i++) {
    const c = tree.children[i] as ClauseNode;
    const prev = tree.children[i - 1];
    if (prev && c.start < prev.end) problems.push(`${c.id}: overlaps or precedes sibling ${prev.id}`);
    visit(c, null);
  }
  if (order !== tree.clauses.length) problems.push(`clauses lists ${tree.clauses.length}, tree holds ${order}`);
  tree.clauses.forEach((c, i) => {
    if (c.id !== `c${i + 1}`) problems.push(`clauses[${i}] is ${c.id}`);
  });
  if (opts.coverage) {
    // Every non-blank character outside all top-level clauses must be page furniture.
    let cursor = 0;
    const gaps: Array<[number, number]> = [];
    for (const c of tree.children) {
      if (c.start > cursor) gaps.push([cursor, c.start]);
      cursor = Math.max(cursor, c.end);
    }
    if (cursor < text.length) gaps.push([cursor, text.length]);
    // Reviewers' comments after the agreement (a Google Docs export) are read as comments, in no clause.
    const comments = tree.comments;
    if (comments) {
      for (let i = 0; i < gaps.length; i++) {
        const [s, e] = gaps[i] as [number, number];
        if (s < comments.end && e > comments.start) gaps.splice(i--, 1, ...([[s, comments.start], [comments.end, e]] as Array<[number, number]>).filter(([a, b]) => b > a));
      }
    }
    const furniture = opts.furniture ?? FURNITURE_RE;
    // running headers: short lines standing alone 3+ times (text.ts makes them furniture too)
    const lineCounts = new Map<string, number>();
    for (const line of text.split(/\r\n|\r|\n/)) {
      const t = line.trim().replace(/\s+/g, ' ');
      if (t !== '' && t.length <= 60) lineCounts.set(t, (lineCounts.get(t) ?? 0) + 1);
    }
    // a stamp at the top ("CONFIDENTIAL", "EXECUTION VERSION") and Markdown front matter are in no clause
    const stamp = Math.max(topStampEnd(text), frontMatterEnd(text));
    for (const [s, e] of gaps) {
      for (const line of text.slice(s, e).split(/\r\n|\r|\n/)) {
        const t = line.trim();
        if (t !== '' && !(s < stamp) && !furniture.test(t) && !isFurnitureLine(t) && legendLength(t) !== t.length && (lineCounts.get(t.replace(/\s+/g, ' ')) ?? 0) < 3) problems.push(`text outside every clause at ${s}: ${JSON.stringify(t.slice(0, 60))}`);
      }
    }
  }
  return problems;
}

// Drafts: the mutable tree every front end (plain text, Markdown) builds, frozen into ClauseNodes once.
import { LineIndex, type ClauseKind, type ClauseNode, type ClauseTree } from '../model/index.js';

/** An unnumbered paragraph inside a draft clause (possibly led by a heading line). */
export interface Para {
  start: number;
  end: number;
  heading: string | null;
}

/**
 * How a draft's unnumbered paragraphs become clauses:
 * auto: one leaf when short, else one child clause per paragraph after the first;
 * all: every paragraph is a child (the preamble); never: one leaf (signature blocks).
 */
export type SplitMode = 'auto' | 'all' | 'never';

export interface Draft {
  kind: ClauseKind;
  number: string | null;
  heading: string | null;
  start: number;
  /** End of the clause's own opening text (number, heading, first paragraph). Equal to start when it has none. */
  ownEnd: number;
  /** Where the body text of the opening block starts after number and heading (null: none). */
  bodyStart: number | null;
  /** Children and paragraphs in document order. */
  items: Array<Draft | Para>;
  split: SplitMode;
  /** Numbering scheme and ordinal path, for sequence checks while building. */
  scheme: string | null;
  values: readonly number[] | null;
}

export function newDraft(kind: ClauseKind, start: number, ownEnd: number, split: SplitMode = 'auto'): Draft {
  return { kind, number: null, heading: null, start, ownEnd, bodyStart: null, items: [], split, scheme: null, values: null };
}

export function isDraft(x: Draft | Para): x is Draft {
  return (x as Draft).items !== undefined;
}

/** A run of paragraphs longer than this (or of 3+ paragraphs) is split into paragraph clauses. */
const SPLIT_CHARS = 1200;
/** An opening body shorter than this ("Licensee shall:") stays with its number when children follow. */
const MIN_BODY_CHILD = 80;
/** Past this, even a signature block is split into paragraph clauses. */
const NEVER_SPLIT_CHARS = 4000;

/** A paragraph as a draft of its own. */
function paraDraft(p: Para): Draft {
  const d = newDraft('clause', p.start, p.end);
  d.heading = p.heading;
  return d;
}

/**
 * Decides which paragraphs stay in the draft's own text and which become child clauses (appended to `out`).
 * Arrays are built by push, not by spreads and maps: a spread of an empty opening and a map over lists of either
 * element kind put arrays of several shapes through the optimised build, which V8 threw away at a new one.
 */
function resolve(text: string, d: Draft, out: Draft[]): void {
  const items = d.items;
  let paras = 0;
  let lastEnd = d.ownEnd;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Draft | Para;
    if (!isDraft(item)) {
      paras++;
      lastEnd = item.end;
    }
  }
  const hasNumbered = paras < items.length;
  if (!hasNumbered) {
    const hasOwn = d.ownEnd > d.start;
    const units = paras + (hasOwn ? 1 : 0);
    const long = lastEnd - d.start > SPLIT_CHARS || units >= 4;
    // a "never" block is still split when it is huge (a signature page running into unlabelled annexes)
    const huge = lastEnd - d.start > NEVER_SPLIT_CHARS;
    const split = d.split === 'all' ? units > 1 : d.split === 'auto' ? paras > 0 && long : paras > 0 && huge;
    if (!split) {
      d.ownEnd = Math.max(d.ownEnd, lastEnd);
      return;
    }
  }
  openingBody(text, d, out);
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Draft | Para;
    out.push(isDraft(item) ? item : paraDraft(item));
  }
}

/**
 * A clause that gets children keeps only its number and heading as its own text when its opening
 * paragraph has a real body: that body becomes the first child, so every paragraph of text is a leaf.
 */
function openingBody(text: string, d: Draft, out: Draft[]): void {
  if (d.bodyStart === null || d.ownEnd - d.bodyStart < MIN_BODY_CHILD) return;
  const body = newDraft('clause', d.bodyStart, d.ownEnd);
  let headEnd = d.bodyStart;
  while (headEnd > d.start && /\s/.test(text[headEnd - 1] as string)) headEnd--;
  d.ownEnd = headEnd;
  out.push(body);
}

/** What freezing one tree reads and fills: its text, line index and clauses in pre-order. */
interface Freezing {
  readonly text: string;
  readonly index: LineIndex;
  readonly clauses: ClauseNode[];
}

/**
 * The clause of a draft and (first) of its children. A function of the module, not a closure made per document: V8
 * keeps a closure's optimised code for that closure, so each document's new closure ran unoptimised again and was
 * compiled again once hot (twice in some fresh passes over CUAD dev, --trace-opt).
 */
function build(f: Freezing, d: Draft, parentId: string | null, depth: number): ClauseNode {
  const clauses = f.clauses;
  const slot = clauses.length;
  const id = `c${slot + 1}`;
  clauses.push(undefined as unknown as ClauseNode); // reserve the pre-order slot
  const childDrafts: Draft[] = [];
  resolve(f.text, d, childDrafts);
  const children: ClauseNode[] = [];
  for (let i = 0; i < childDrafts.length; i++) children.push(build(f, childDrafts[i] as Draft, id, depth + 1));
  const first = children[0];
  const lastChild = children[children.length - 1];
  const start = first && d.ownEnd <= d.start ? Math.min(d.start, first.start) : d.start;
  const end = Math.max(d.ownEnd, lastChild ? lastChild.end : d.ownEnd);
  const node: ClauseNode = {
    type: 'clause', id, kind: d.kind, number: d.number, heading: d.heading, depth, start, end,
    bodyEnd: first ? first.start : end,
    position: { start: f.index.point(start), end: f.index.point(end) },
    parentId, children,
  };
  clauses[slot] = node;
  return node;
}

/** Drafts -> frozen ClauseTree: paragraphs resolved, ids c1..cN in pre-order, depths, positions. */
export function freeze(text: string, roots: readonly Draft[], index = new LineIndex(text)): ClauseTree {
  const f: Freezing = { text, index, clauses: [] };
  const children: ClauseNode[] = [];
  for (let i = 0; i < roots.length; i++) children.push(build(f, roots[i] as Draft, null, 1));
  return { type: 'root', children, clauses: f.clauses };
}

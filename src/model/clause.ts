// The clause tree: unist-style nodes with exact source positions.
import type { Point } from './source.js';

export type ClauseKind =
  | 'article' // ARTICLE I, top-level numbered or headed division
  | 'section' // 1., 1.1, Section 2.3, Markdown heading
  | 'clause' // a paragraph or list item inside a section
  | 'subclause' // (a), (i), nested list items
  | 'preamble' // text before the first numbered division (title, parties, recitals)
  | 'schedule' // schedules, exhibits, annexes, appendices
  | 'signature'; // signature blocks

export interface ClauseNode {
  readonly type: 'clause';
  /** Unique within the document, stable for the same input: "c1", "c2", ... in document order. */
  readonly id: string;
  readonly kind: ClauseKind;
  /** The visible number as written ("2.1", "(a)", "ARTICLE IV"), or null. */
  readonly number: string | null;
  /** The heading ("Term", "Grant of Licenses"), or null. */
  readonly heading: string | null;
  /** 1 for top-level divisions; children are parent.depth + 1. */
  readonly depth: number;
  /** Offsets into Source.text, end exclusive. A parent's span covers its children. */
  readonly start: number;
  readonly end: number;
  /** Offset where the clause's own body ends: the first child's start, or `end` for a leaf. */
  readonly bodyEnd: number;
  readonly position: { readonly start: Point; readonly end: Point };
  readonly parentId: string | null;
  readonly children: readonly ClauseNode[];
}

/**
 * The index of clause `id` in `clauses` (a tree's pre-order list), -1 for none. The clause splitter numbers clauses
 * c1..cN in that order (clauses/validate.ts checks it), so the id names its index and no map of ids is needed; a list
 * numbered otherwise is searched.
 */
export function clauseIndexOf(clauses: readonly ClauseNode[], id: string): number {
  const i = numberedClauseIndex(id);
  return i >= 0 && clauses[i]?.id === id ? i : clauses.findIndex((c) => c.id === id);
}

/**
 * The index `id` names in the clause splitter's numbering (c1..cN: "c17" is 16), or -1 when it is not written so
 * (by character codes: no slice and no Number per lookup).
 */
export function numberedClauseIndex(id: string): number {
  if (id.length < 2 || id.length > 11 || id.charCodeAt(0) !== 99 || id.charCodeAt(1) === 48) return -1;
  let n = 0;
  for (let i = 1; i < id.length; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n - 1;
}

/** The clause with this id in `clauses`, if any (see clauseIndexOf). */
export function clauseById(clauses: readonly ClauseNode[], id: string): ClauseNode | undefined {
  return clauses[clauseIndexOf(clauses, id)];
}

/** What naming a clause by its number needs: a ClauseNode, or a clause of the JSON report. */
export interface NumberedClause {
  readonly number: string | null;
  readonly parentId: string | null;
  readonly heading?: string | null;
}

// "(b)", "b)", "(2)"; and a letter item written "b." or "C" (its number as the splitter keeps it).
const ITEM_MARKER = /^(?:\(?([a-zA-Z]{1,4}|\d{1,2})\)|([a-zA-Z]{1,4})\.?)$/;
// A section number that names itself: "Article 3", "Section 9", "§ 6", "Clause 4".
const NAMED_SECTION = /^(?:§|Section\s|SECTION\s|Clause\s|CLAUSE\s|Article\s|ARTICLE\s)/;
// A paragraph numbered in words, as translations of Brazilian and Portuguese contracts write it: "Sole paragraph",
// "Paragraph One", "First Paragraph" (clauses/markers.ts).
const WORD_PARAGRAPH = /^(?:[A-Za-z]+(?:-[A-Za-z]+)?[ \t]+(?:paragraph|Paragraph|PARAGRAPH)|(?:Paragraph|PARAGRAPH)[ \t]+[A-Za-z]+(?:-[A-Za-z]+)?)$/;
// A paragraph's bare number: "1", "2." (not "2.1").
const PARAGRAPH_NUMBER = /^(\d{1,2})\.?$/;
// A section's dotted number: "6.2", "6.2.", "10.3.1".
const DOTTED_SECTION = /^\d{1,3}(?:\.\d{1,3})+\.?$/;
/**
 * A list item's number with its section's ("Section 9.1(b)", "Section 9.1(b)(ii)", "§ 6(1)", "ARTICLE VI(b)"): "(b)"
 * alone does not tell counsel which (b). Null when the clause is not an item or has no numbered section above it.
 * Messages (rules) and the report formatters both name items so.
 */
export function sectionedItemNumber<C extends NumberedClause>(c: C, clauseOf: (id: string) => C | undefined, words: readonly [string, string] = ['Section', 'Section']): string | null {
  // A paragraph numbered in words ('Sole paragraph', 'Paragraph One') is its clause's: 'CLAUSE TWO, Paragraph One'.
  const own = c.number?.trim() ?? '';
  if (WORD_PARAGRAPH.test(own)) {
    const clause = c.parentId ? clauseOf(c.parentId)?.number?.trim() : undefined;
    return clause ? `${clause}, ${own}` : null;
  }
  let items = '';
  for (let node: C | undefined = c; node; node = node.parentId ? clauseOf(node.parentId) : undefined) {
    const n = node.number?.trim() ?? '';
    const marker = ITEM_MARKER.exec(n);
    // A capital letter with a heading and no number above it heads a section ("B. ROYALTY:" over "1. Royalty:" and
    // its "(a)"): "Section B.1(a)", as "1(a)" alone names either of A.1(a) and B.1(a). Not I, V or X: most often a
    // Roman article, whose lettered items are 'item B of I (SERVICES)' (rules/context.ts clauseLabel).
    if (marker && items !== '' && node.heading && /^[A-HJ-UWYZ]$/.test(marker[2] ?? '') && !numberedAbove(node, clauseOf)) {
      return `${words[0]} ${marker[2] as string}${items.replace(/^\((\d{1,3})\)/, '.$1')}`;
    }
    if (marker) {
      items = `(${(marker[1] ?? marker[2]) as string})${items}`;
      continue;
    }
    // A paragraph numbered "②" under "Article 6" (Korean and Japanese drafting, clauses/markers.ts): "Article 6(2)", as a
    // paragraph numbered "2." there is; "②" alone does not tell counsel which article's.
    const circled = n.length === 1 ? n.charCodeAt(0) - 0x245f : 0;
    if (circled >= 1 && circled <= 20) {
      items = `(${circled})${items}`;
      continue;
    }
    // A paragraph numbered "1." under "Article 3" (Japanese and Korean agreements number each article's paragraphs
    // from 1): "Article 3(1)", as its defined terms' items are "Article 2(9)"; "Section 1" named another clause.
    const paragraph = PARAGRAPH_NUMBER.exec(n);
    const parent = paragraph && node.parentId ? clauseOf(node.parentId) : undefined;
    // A paragraph numbered "3." under a lettered section with a heading ("A. Grant by Kestrel.", US outline drafting:
    // ARTICLE II, A., 1., a.): "ARTICLE II(A)(3)", as the agreement cites "Section II.A.3"; "Section 3" named no clause
    // counsel could find. (A letter with no heading is a list item: its paragraphs keep their own numbers.)
    // So is an item of a list numbered "1.", "2." under a dotted clause ("6.2 ... if the other party:" over a Markdown
    // list's "2. becomes insolvent"): "Section 6.2(2)"; "Section 2" named another clause. Not one with a heading of its
    // own ("7. GOVERNMENT FLOWDOWN PROVISIONS" read under "12.15"): a section, whatever the tree put it under.
    if (paragraph && parent && (NAMED_SECTION.test(parent.number?.trim() ?? '') || (DOTTED_SECTION.test(parent.number?.trim() ?? '') && !node.heading) || (/^[A-Z]\.?$/.test(parent.number?.trim() ?? '') && Boolean(parent.heading)))) {
      items = `(${paragraph[1] as string})${items}`;
      continue;
    }
    if (items === '' || n === '') return null;
    const section = n.replace(/\.$/, '');
    // The document's word for numbers of the section's shape (whole, dotted): 'Article 5.6(iv)' where it says 'Article 5.6'.
    if (/^\d/.test(section)) return `${words[/\d\.\d/.test(section) ? 1 : 0]} ${section}${items}`;
    if (NAMED_SECTION.test(section)) return `${section}${items}`;
    return null;
  }
  return null;
}

/** Whether a clause above `c` has a number. */
function numberedAbove<C extends NumberedClause>(c: C, clauseOf: (id: string) => C | undefined): boolean {
  for (let p = c.parentId ? clauseOf(c.parentId) : undefined; p; p = p.parentId ? clauseOf(p.parentId) : undefined) if ((p.number?.trim() ?? '') !== '') return true;
  return false;
}

/** A number and its items, after the word sectionedItemNumber put before them ('Section 4(b)' -> '4(b)'). */
const SECTIONED_NUMBER = /^(?:Section|Clause|Article|Paragraph|Point|Art\.|Sec\.|Cl\.|Para\.|§) ?(\d{1,3}(?:\.\d{1,3})*(?:\([0-9A-Za-z]{1,6}\))*)$/;

/**
 * How a clause numbered `num` inside a schedule, annex or exhibit is named: '<the schedule's label>, paragraph <number>'
 * ('SCHEDULE 2, paragraph 4', 'Annex 1, paragraph 2.1(b)'), the schedule's label as the document writes it (else its
 * heading). `item`: the number sectionedItemNumber gave an item under such a paragraph. Null outside a schedule, and for
 * a clause whose number is no paragraph's ('Part A', a letter item with no numbered paragraph above it). The rules'
 * messages and the reports' place lines both name it so.
 */
export function scheduleParagraph<C extends NumberedClause & { readonly kind: ClauseKind }>(c: C, num: string, item: string | null, clauseOf: (id: string) => C | undefined): string | null {
  const number = item !== null ? SECTIONED_NUMBER.exec(item)?.[1] : /^\d/.test(num) ? num.replace(/\.$/, '') : undefined;
  if (number === undefined) return null;
  for (let p = c.parentId ? clauseOf(c.parentId) : undefined; p; p = p.parentId ? clauseOf(p.parentId) : undefined) {
    if (p.kind !== 'schedule') continue;
    const label = p.number?.trim() || (p.heading ? `"${p.heading}"` : 'the schedule');
    return `${label}, paragraph ${number}`;
  }
  return null;
}

/**
 * The nearest clause above `c` with a number or a heading: what names the place of a paragraph that has neither ("the
 * paragraph at line 77 of Section 5.1", "... of the preamble"). Undefined when there is none.
 */
export function namedAncestor<C extends NumberedClause & { readonly heading: string | null; readonly kind: ClauseKind }>(c: C, clauseOf: (id: string) => C | undefined): C | undefined {
  for (let p = c.parentId ? clauseOf(c.parentId) : undefined; p; p = p.parentId ? clauseOf(p.parentId) : undefined) {
    if ((p.number?.trim() ?? '') !== '' || p.heading || kindName(p.kind) !== null) return p;
  }
  return undefined;
}

/**
 * The numbered or headed clause whose own opening words `c` holds: a paragraph with no number or heading that starts on
 * its parent's line ("7.2 Either party may terminate ... if the other party:" before "(a)", "(b)"). The clause splitter
 * keeps such an opening body as its clause's first child, so that every paragraph of text is a leaf
 * (src/clauses/draft.ts openingBody); counsel reads those words as 7.2's, and a message names them "Section 7.2", not
 * "the paragraph at line 93 of Section 7.2". `line`: where a clause starts (a ClauseNode's position, a report's line).
 * Undefined for any other clause, and for clauses not numbered c1..cN in pre-order as the splitter numbers them.
 */
export function openingOwner<C extends NumberedClause & { readonly id: string; readonly heading: string | null; readonly kind: ClauseKind }>(c: C, clauseOf: (id: string) => C | undefined, line: (c: C) => number): C | undefined {
  if (c.kind !== 'clause' || (c.number?.trim() ?? '') !== '' || c.heading || c.parentId === null) return undefined;
  const p = clauseOf(c.parentId);
  if (!p || ((p.number?.trim() ?? '') === '' && !p.heading) || kindName(p.kind) !== null || line(p) !== line(c)) return undefined;
  // Its first child (next in pre-order): a text run onto one line has every paragraph on its clause's line.
  const at = numberedClauseIndex(c.id);
  return at > 0 && numberedClauseIndex(p.id) === at - 1 ? p : undefined;
}

/** What names a clause with no number or heading by its kind alone: "preamble", "signature block"; null for others. */
export function kindName(kind: ClauseKind): string | null {
  return kind === 'preamble' ? 'preamble' : kind === 'signature' ? 'signature block' : null;
}

export interface ClauseTree {
  readonly type: 'root';
  readonly children: readonly ClauseNode[];
  /** Every clause in document (pre-)order. */
  readonly clauses: readonly ClauseNode[];
  /**
   * Reviewers' comments that a Google Docs export writes after the agreement ('[a]Priya Raman: ...', each anchored by
   * '[a]' in the text): read as comments, in no clause. [start, end) of the run of them, and how many.
   */
  readonly comments?: { readonly start: number; readonly end: number; readonly count: number };
}

/** The clause's own text (without its children). */
export function ownText(text: string, c: ClauseNode): string {
  return text.slice(c.start, c.bodyEnd);
}

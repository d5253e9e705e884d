// Defined terms: definitions sections ("X" means ...), inline definitions ((the "X")), and where each term is used.
import type { Definition } from '../model/index.js';
import { lastAtOrBefore, squash, type ClauseLocator } from './text.js';

const Q_OPEN = '["“]';
const Q_CLOSE = '["”]';
const TERM = '([A-Z0-9][^"“”\\n]{0,79}?)';
const MEANS = String.raw`(?:shall\s+(?:mean|have\s+the\s+(?:same\s+)?meaning|refer\s+to|include)|means|has\s+the\s+(?:same\s+)?meaning|refers\s+to|is\s+defined\s+(?:as|in)|shall\s+be\s+defined\s+as)\b`;

// "Affiliate" of a Person means, "Event of Bankruptcy" for any Person means: a short qualifier between term and verb.
const QUALIFIER = String.raw`(?:,?\s*(?:for|of|with\s+respect\s+to|in\s+relation\s+to|in\s+respect\s+of|as\s+applied\s+to)\s+[^"“”\n;.:()]{1,60}?[,:]?\s*(?=means|shall\s+mean))?`;

/**
 * One pass finds all three forms:
 *  1. `"Licensed Patents" means ...` / `"X" shall mean` / `"X" or "Y" means` (the first term; the second by the inline rule below);
 *  2. parentheticals holding quoted capitalised words: `(the "Licensed Patents")`, `(each a "Party", together the "Parties")`;
 *  3. unquoted headings of a definitions list: `Licensed Patents: means ...`, `1.4 Licensed Patents means ...` at a line start,
 *     or `1.3 Acceptance Period - the period ...`;
 *  4. `hereinafter "X"`, `shall be referred to as a "X"`.
 */
const DEFINITION_PATTERN = new RegExp(
  [
    // Markdown emphasis may wrap the quoted term (**"X"** means), and EDGAR text may underline it ("X" ------ means).
    `${Q_OPEN}\\s*${TERM}\\s*${Q_CLOSE}[*_]{0,3}\\s*(?:\\(\\s*(?:or\\s+)?${Q_OPEN}[^"”]{1,80}${Q_CLOSE}\\s*\\)\\s*)?(?:(?:,\\s*)?(?:or|and)\\s+${Q_OPEN}[^"”]{1,80}${Q_CLOSE}\\s*)?${QUALIFIER}[,:]?\\s*(?:-{3,}\\s*)?${MEANS}`,
    // The part before the first quote cannot hold a quote, so "(a)" and "(iii)" fail at once instead of backtracking.
    // Short bracketed labels may sit inside: (clauses (i) and (ii), the "Conditions").
    `\\(((?:[^()"“]|\\([^()"“]{1,12}\\)){0,300}${Q_OPEN}[^()]{0,300})\\)`,
    // ... or after a sentence when the list is numbered and run together on one line ("... purposes. 2.1.34 Inspected Crude: means").
    // The item may be lettered ("a) Confidential Information shall mean", in mid-line where EDGAR joined the lines), the
    // term emphasised (**Licensed Patents** means) or followed by a full stop ("Paying Agent. means").
    `(?:(?:^|\\n)[ \\t]*[*_]{0,3}(?:\\(?[0-9]{1,3}(?:\\.[0-9]{1,3})*[.)]?\\s+|\\(?[a-z]{1,3}\\)\\s+)?|[.;][ \\t]+[0-9]{1,3}(?:\\.[0-9]{1,3})+\\.?[ \\t]+|(?<=\\s)\\(?[a-z]{1,2}\\)[ \\t]+)[*_]{0,3}([A-Z][A-Za-z0-9-]*(?:[ \\t]+(?:of|and|the|for|in|to|a|an|or|[A-Z][A-Za-z0-9-]*)){0,5})[*_]{0,3}[ \\t]*[.:]?[*_]{0,3}[ \\t]+(?:shall\\s+mean|means)\\b`,
    // A numbered list of "Term - the ..." entries ("1.3 Acceptance Period - the period commencing on ...").
    `(?:^|\\n)[ \\t]*\\(?[0-9]{1,3}(?:\\.[0-9]{1,3})*[.)]?[ \\t]+([A-Z][A-Za-z0-9-]*(?:[ \\t]+(?:of|and|the|for|in|to|a|an|or|[A-Z][A-Za-z0-9-]*)){0,5})[ \\t]+[-–—][ \\t]+(?=(?:the|a|an|any|all|each|that|those|unless|except|subject|with|in|as|for|means)\\b)`,
    `\\b(?:hereinafter(?:\\s+(?:referred\\s+to\\s+as|called))?|(?:shall\\s+be|is|are)\\s+(?:collectively\\s+|individually\\s+)?(?:referred\\s+to\\s+as|called))\\s+(?:an?\\s+|the\\s+)?${Q_OPEN}\\s*${TERM}\\s*${Q_CLOSE}`,
  ].join('|'),
  'g',
);
const POINTER = /^["“][^"”]*["”](?:\s*(?:or|and|,)\s*["“][^"”]*["”])*\s*,?\s*(?:shall\s+have|has|have)\s+the\s+(?:same\s+)?meaning\s+(?:given|set\s+(?:forth|out)|specified|ascribed|assigned|provided|as\s+set\s+forth|as\s+defined|defined)|^["“][^"”]*["”]\s*(?:is|shall\s+be)\s+defined\s+in\b/i;
const QUOTED_TERM = new RegExp(`${Q_OPEN}\\s*${TERM}\\s*${Q_CLOSE}`, 'g');

export interface DefinitionRecord extends Definition {
  readonly style: 'means' | 'inline' | 'pointer';
  /** What the definition says (for "means": the definition sentence; inline: the words before the bracket). */
  readonly text: string;
  /** Where the definition's own words end (for "means": the end of its sentence; inline: the closing bracket). */
  readonly bodyEnd: number;
}

export interface TermUse {
  readonly clauseId: string | null;
  readonly start: number;
  readonly end: number;
}

export interface TermEntry {
  readonly term: string;
  readonly definitions: readonly DefinitionRecord[];
  readonly uses: readonly TermUse[];
}

const NOT_A_TERM = /^(?:[0-9][\d,.]*|[A-Z]|Section|Article|Exhibit|Schedule|Appendix|Annex|Note|NOTE|The|This|A|An|Each|Any|All|In|If|Such|As|Page|By)$/;

// A definition ends at a full stop before a new line, quote or item number, at a blank line, or at a semicolon that
// starts the next entry of a run-on list ("...Commission; (ee) "SEDAR" means ...").
const BODY_STOP = /\.(?:\s*\n|\s+(?=["“]|[0-9]+(?:\.[0-9]+)*\s|\([a-z]{1,3}\)\s))|;\s*(?:and\s+|or\s+)?(?:\(?[a-z0-9]{1,4}\)\s*)?(?=["“][A-Z])|\n\s*\n/;

function definitionBody(text: string, from: number): { text: string; end: number } {
  const rest = text.slice(from, from + 600);
  const stop = BODY_STOP.exec(rest);
  const raw = stop ? rest.slice(0, stop.index + 1) : rest;
  return { text: squash(raw), end: from + raw.length };
}

/** The start of the line holding `at`, looking back at most 200 characters (a bounded scan keeps the pass linear). */
function lineStartNear(text: string, at: number): number {
  const from = Math.max(0, at - 200);
  const nl = text.slice(from, at).lastIndexOf('\n');
  return nl < 0 ? from : from + nl;
}

export function findDefinitions(text: string, locate: ClauseLocator): DefinitionRecord[] {
  const out: DefinitionRecord[] = [];
  // One record per term and clause: a clause that states a term twice ("X" means ...; "X" shall include ...) or names
  // it in a definition and again in a parenthetical defines it once, whatever the offsets of the quotes.
  const seen = new Set<string>();
  const add = (term: string, start: number, end: number, style: DefinitionRecord['style'], body: { text: string; end: number }): void => {
    // A comma or colon typed inside the quotes ("HHFC,") is not part of the term.
    const t = squash(term).replace(/[,;:]+$/, '');
    if (NOT_A_TERM.test(t) || t.length < 2) return;
    const clauseId = locate.at(start)?.id ?? null;
    const key = `${t}\u0000${clauseId ?? `@${start}`}`;
    if (seen.has(key)) return;
    seen.add(key);
    // "X" has the meaning set forth in Section 4.2: a pointer to the definition, not a second definition.
    const kind = style === 'means' && POINTER.test(body.text) ? 'pointer' : style;
    out.push({ term: t, clauseId, start, end, style: kind, text: body.text, bodyEnd: Math.max(end, body.end) });
  };
  for (const m of text.matchAll(DEFINITION_PATTERN)) {
    const at = m.index;
    if (m[1] !== undefined) {
      const start = at + m[0].indexOf(m[1]);
      const body = definitionBody(text, at);
      add(m[1], start, start + m[1].length, 'means', body);
      // "X" or "Y" means: the second spelling is defined by the same words.
      for (const q of m[0].slice(m[0].indexOf(m[1]) + m[1].length).matchAll(QUOTED_TERM)) {
        const s = at + m[0].indexOf(q[0], m[0].indexOf(m[1]) + m[1].length) + q[0].indexOf(q[1] as string);
        add(q[1] as string, s, s + (q[1] as string).length, 'means', body);
      }
    } else if (m[2] !== undefined) {
      // "(as defined in the "Purchase Agreement")" refers to a definition elsewhere; it defines nothing here.
      // Only the words just before the quote tell: "(any person not set forth in clauses (A)-(D) shall be referred to as
      // a "Third Party")" defines a term.
      const lead = m[2].slice(0, m[2].search(/["“]/));
      if (/\b(?:as defined|defined in|meaning (?:given|set forth|assigned)|set forth in|referred to in)\b[^"“]{0,60}$/i.test(lead) && !/\b(?:referred\s+to\s+as|called)\s+(?:an?\s+|the\s+)?$/i.test(lead)) continue;
      // Inline: the defined words are the phrase just before the bracket.
      const lineStart = lineStartNear(text, at);
      const before = { text: squash(text.slice(lineStart, at).split(/[.;]\s/).pop() ?? ''), end: at + m[0].length };
      const innerStart = at + 1;
      for (const q of m[2].matchAll(QUOTED_TERM)) {
        const s = innerStart + (q.index as number) + q[0].indexOf(q[1] as string);
        add(q[1] as string, s, s + (q[1] as string).length, 'inline', before);
      }
    } else if (m[3] !== undefined) {
      const start = at + m[0].indexOf(m[3]);
      add(m[3], start, start + m[3].length, 'means', definitionBody(text, start));
    } else if (m[4] !== undefined) {
      const start = at + m[0].indexOf(m[4]);
      add(m[4], start, start + m[4].length, 'means', definitionBody(text, start));
    } else if (m[5] !== undefined) {
      const start = at + m[0].lastIndexOf(m[5]);
      const lineStart = lineStartNear(text, at);
      add(m[5], start, start + m[5].length, 'inline', { text: squash(text.slice(lineStart, at)), end: at + m[0].length });
    }
  }
  return out;
}

// A word: letters and digits with inner dots, hyphens or ampersands ("Know-How", "U.S", "R&D").
const WORD_SOURCE = '[A-Za-z0-9]+(?:[.&-][A-Za-z0-9]+)*';
const WORD = new RegExp(WORD_SOURCE, 'g');
// Terms start with a capital or a digit; scanning only those starts keeps the pass cheap.
const TERM_START = /\b[A-Z][A-Za-z0-9]*(?:[.&-][A-Za-z0-9]+)*/g;
// The next word after white space, read only while the trie still has a continuation.
const NEXT_WORD = new RegExp(`\\s+(${WORD_SOURCE})`, 'y');

interface TrieNode {
  term?: string;
  next: Map<string, TrieNode>;
  /** A leaf reached by the plural of this node's term; it continues nowhere. */
  plural?: TrieNode;
}

/** The trie node after one word; a plural ("Licensed Products", "Affiliates") also reaches its singular term. */
function step(node: TrieNode, word: string): TrieNode | undefined {
  const exact = node.next.get(word);
  if (exact) return exact;
  if (word.length > 3 && word.endsWith('s')) {
    const singular = node.next.get(word.slice(0, -1)) ?? (word.endsWith('es') ? node.next.get(word.slice(0, -2)) : undefined);
    if (singular?.term) return (singular.plural ??= { term: singular.term, next: new Map() });
  }
  return undefined;
}

/** A word's length and first letter, case-folded, as one number. */
const wordShape = (length: number, firstChar: number): number => length * 128 + (firstChar | 32);

/**
 * Index every use of every defined term in one pass: at each capitalised word a trie of the terms' words finds the
 * longest defined term starting there. Occurrences inside a definition's own quotes are not uses.
 */
export function indexTerms(text: string, definitions: readonly DefinitionRecord[], locate: ClauseLocator): Map<string, TermEntry> {
  const defsByTerm = new Map<string, DefinitionRecord[]>();
  for (const d of definitions) {
    const list = defsByTerm.get(d.term);
    if (list) list.push(d);
    else defsByTerm.set(d.term, [d]);
  }
  const root: TrieNode = { next: new Map() };
  // Terms defined in capitals ("VERTICALNET SITE" shall mean ...) are used in any case ("the VerticalNet Site"): they
  // live in a second trie of lower-case words, read only where the exact trie finds nothing.
  const folded: TrieNode = { next: new Map() };
  const insert = (trie: TrieNode, spelling: string, term: string, variant: boolean): void => {
    const words = spelling.match(WORD);
    if (!words) return;
    let node = trie;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    // A variant never displaces a term defined with that exact spelling.
    if (!variant || node.term === undefined) node.term = term;
  };
  for (const term of defsByTerm.keys()) {
    insert(root, term, term, false);
    // "Cathode Active Material(s)" is used as "Cathode Active Material" and "... Materials".
    if (term.endsWith('(s)')) for (const spelling of [term.slice(0, -3), `${term.slice(0, -3)}s`]) insert(root, spelling, term, true);
  }
  const capitals = (term: string): boolean => /[A-Z]{4}/.test(term) && !/[a-z]/.test(term);
  for (const term of defsByTerm.keys()) if (capitals(term)) insert(folded, term.toLowerCase(), term, true);
  const foldedTerm = (spelling: string): boolean => {
    let node: TrieNode | undefined = folded;
    for (const w of spelling.toLowerCase().match(WORD) ?? []) node = node?.next.get(w);
    return node?.term !== undefined;
  };
  // "Affiliates" means ... is also used as "an Affiliate" (plurals of a singular are handled by step()), unless the
  // singular is a term of its own ("PARTY" and "Parties" both defined: "Party" is a use of "PARTY").
  for (const term of defsByTerm.keys()) {
    const spelling = capitals(term) ? term.toLowerCase() : term;
    if (!/[^sS]s$/i.test(spelling) || spelling.length <= 4) continue;
    const singular = /ies$/i.test(spelling) ? `${spelling.slice(0, -3)}y` : spelling.slice(0, -1);
    if (capitals(term)) insert(folded, singular, term, true);
    else if (!foldedTerm(singular)) insert(root, singular, term, true);
  }
  const definitionStarts = new Set(definitions.map((d) => d.start));
  // Sorted starts of each term's inline definitions, so that each use looks up the next one in O(log n).
  const inlineStarts = new Map<string, number[]>();
  for (const d of definitions) {
    if (d.style !== 'inline') continue;
    const list = inlineStarts.get(d.term);
    if (list) list.push(d.start);
    else inlineStarts.set(d.term, [d.start]);
  }
  for (const list of inlineStarts.values()) list.sort((a, b) => a - b);
  const uses = new Map<string, TermUse[]>();
  TERM_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  /** The longest defined term of `trie` that starts with `first` at `start`; `fold` reads the words in lower case. */
  const longest = (trie: TrieNode, first: string, start: number, fold: boolean): { term: string; end: number } | null => {
    let node = step(trie, fold ? first.toLowerCase() : first);
    if (!node) return null;
    let best: { term: string; end: number } | null = node.term ? { term: node.term, end: start + first.length } : null;
    let pos = start + first.length;
    while (node.next.size > 0) {
      NEXT_WORD.lastIndex = pos;
      const w = NEXT_WORD.exec(text);
      if (!w) break;
      node = step(node, fold ? (w[1] as string).toLowerCase() : (w[1] as string));
      if (!node) break;
      pos = NEXT_WORD.lastIndex;
      if (node.term) best = { term: node.term, end: pos };
    }
    return best;
  };
  const anyFolded = folded.next.size > 0;
  // Nearly every capitalised word starts no term: the length and (case-folded) first letter of each first word of a
  // term, and of its plurals, rule them out without hashing the word for a lookup, slicing or lower-casing it.
  const firstWordShapes = new Set<number>();
  for (const trie of [root, folded]) {
    for (const w of trie.next.keys()) for (let extra = 0; extra <= 2; extra++) firstWordShapes.add(wordShape(w.length + extra, w.charCodeAt(0)));
  }
  while ((m = TERM_START.exec(text)) !== null) {
    const start = m.index;
    if (!firstWordShapes.has(wordShape(m[0].length, m[0].charCodeAt(0)))) continue;
    // After ".", "&" or "-" the word continues another one ("U.S", "R&D", "Know-How").
    const prev = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (prev === 46 || prev === 38 || prev === 45) continue;
    // The longer of the two readings: "the VerticalNet Site" is "VERTICALNET SITE", not the party "VerticalNet".
    const exact = longest(root, m[0], start, false);
    const caseless = anyFolded ? longest(folded, m[0], start, true) : null;
    const best = caseless && (!exact || caseless.end > exact.end) ? caseless : exact;
    if (!best) continue;
    // "Acme Corp. ("Acme")": the words an inline definition names are not a use of the term.
    const useEnd = best.end;
    const inline = inlineStarts.get(best.term);
    const next = inline ? inline[lastAtOrBefore(inline, useEnd) + 1] : undefined;
    const namedInline = next !== undefined && next - useEnd < 150 && !/[;\n]/.test(text.slice(useEnd, next));
    if (!definitionStarts.has(start) && !namedInline) {
      const list = uses.get(best.term) ?? [];
      list.push({ clauseId: locate.at(start)?.id ?? null, start, end: best.end });
      uses.set(best.term, list);
    }
    TERM_START.lastIndex = best.end;
  }
  const index = new Map<string, TermEntry>();
  for (const term of [...defsByTerm.keys()].sort()) {
    index.set(term, { term, definitions: defsByTerm.get(term) ?? [], uses: uses.get(term) ?? [] });
  }
  return index;
}

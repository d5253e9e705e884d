// Defined terms: definitions sections ("X" means ...), inline definitions ((the "X")), and where each term is used.
import type { Definition } from '../model/index.js';
import { lastAtOrBefore, squash, type ClauseLocator } from './text.js';

const Q_OPEN = '["“]';
const Q_CLOSE = '["”]';
const TERM = '([A-Z0-9][^"“”\\n]{0,79}?)';
const MEANS = String.raw`(?:shall\s+(?:mean|have\s+the\s+(?:same\s+)?meaning|refer\s+to|include)|means|has\s+the\s+(?:same\s+)?meaning|refers\s+to|is\s+defined\s+(?:as|in)|shall\s+be\s+defined\s+as)\b`;

/**
 * One pass finds all three forms:
 *  1. `"Licensed Patents" means ...` / `"X" shall mean` / `"X" or "Y" means` (the first term; the second by the inline rule below);
 *  2. parentheticals holding quoted capitalised words: `(the "Licensed Patents")`, `(each a "Party", together the "Parties")`;
 *  3. unquoted headings of a definitions list: `Licensed Patents: means ...`, `1.4 Licensed Patents means ...` at a line start.
 */
const DEFINITION_PATTERN = new RegExp(
  [
    `${Q_OPEN}\\s*${TERM}\\s*${Q_CLOSE}\\s*(?:\\(\\s*(?:or\\s+)?${Q_OPEN}[^"”]{1,80}${Q_CLOSE}\\s*\\)\\s*)?(?:(?:,\\s*)?(?:or|and)\\s+${Q_OPEN}[^"”]{1,80}${Q_CLOSE}\\s*)?[,:]?\\s*${MEANS}`,
    // The part before the first quote cannot hold a quote, so "(a)" and "(iii)" fail at once instead of backtracking.
    `\\(([^()"“]{0,300}${Q_OPEN}[^()]{0,300})\\)`,
    `(?:^|\\n)[ \\t]*(?:\\(?[0-9]{1,3}(?:\\.[0-9]{1,3})*[.)]?\\s+|\\([a-z]{1,3}\\)\\s+)?([A-Z][A-Za-z0-9-]*(?:[ \\t]+(?:of|and|the|for|in|to|[A-Z][A-Za-z0-9-]*)){0,5})[ \\t]*:?[ \\t]+(?:shall\\s+)?means\\b`,
    `\\bhereinafter(?:\\s+(?:referred\\s+to\\s+as|called))?\\s+${Q_OPEN}\\s*${TERM}\\s*${Q_CLOSE}`,
  ].join('|'),
  'g',
);
const POINTER = /^["“][^"”]*["”](?:\s*(?:or|and|,)\s*["“][^"”]*["”])*\s*,?\s*(?:shall\s+have|has|have)\s+the\s+(?:same\s+)?meaning\s+(?:given|set\s+(?:forth|out)|specified|ascribed|assigned|provided|as\s+set\s+forth|as\s+defined|defined)|^["“][^"”]*["”]\s*(?:is|shall\s+be)\s+defined\s+in\b/i;
const QUOTED_TERM = new RegExp(`${Q_OPEN}\\s*${TERM}\\s*${Q_CLOSE}`, 'g');

export interface DefinitionRecord extends Definition {
  readonly style: 'means' | 'inline' | 'pointer';
  /** What the definition says (for "means": the definition sentence; inline: the words before the bracket). */
  readonly text: string;
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

const NOT_A_TERM = /^(?:[0-9][\d,.]*|[A-Z]|Section|Article|Exhibit|Schedule|Appendix|Annex|Note|NOTE|The|This|A|An|Each|Any|All|In|If|Such|As|Page)$/;

function definitionBody(text: string, from: number): string {
  const rest = text.slice(from, from + 600);
  const stop = /\.(?:\s*\n|\s+(?=["“]|[0-9]+(?:\.[0-9]+)*\s|\([a-z]{1,3}\)\s))|\n\s*\n/.exec(rest);
  return squash(stop ? rest.slice(0, stop.index + 1) : rest);
}

export function findDefinitions(text: string, locate: ClauseLocator): DefinitionRecord[] {
  const out: DefinitionRecord[] = [];
  const add = (term: string, start: number, end: number, style: DefinitionRecord['style'], body: string): void => {
    const t = squash(term);
    if (NOT_A_TERM.test(t) || t.length < 2) return;
    // "X" has the meaning set forth in Section 4.2: a pointer to the definition, not a second definition.
    const kind = style === 'means' && POINTER.test(body) ? 'pointer' : style;
    out.push({ term: t, clauseId: locate.at(start)?.id ?? null, start, end, style: kind, text: body });
  };
  for (const m of text.matchAll(DEFINITION_PATTERN)) {
    const at = m.index;
    if (m[1] !== undefined) {
      const start = at + m[0].indexOf(m[1]);
      add(m[1], start, start + m[1].length, 'means', definitionBody(text, at));
      // "X" or "Y" means: the second spelling is defined by the same words.
      for (const q of m[0].slice(m[0].indexOf(m[1]) + m[1].length).matchAll(QUOTED_TERM)) {
        const s = at + m[0].indexOf(q[0], m[0].indexOf(m[1]) + m[1].length) + q[0].indexOf(q[1] as string);
        add(q[1] as string, s, s + (q[1] as string).length, 'means', definitionBody(text, at));
      }
    } else if (m[2] !== undefined) {
      // "(as defined in the "Purchase Agreement")" refers to a definition elsewhere; it defines nothing here.
      if (/\b(?:as defined|defined in|meaning (?:given|set forth|assigned)|set forth in|referred to in)\b/i.test(m[2])) continue;
      // Inline: the defined words are the phrase just before the bracket.
      const lineStart = Math.max(text.lastIndexOf('\n', at), at - 200);
      const before = squash(text.slice(Math.max(0, lineStart), at).split(/[.;]\s/).pop() ?? '');
      const innerStart = at + 1;
      for (const q of m[2].matchAll(QUOTED_TERM)) {
        const s = innerStart + (q.index as number) + q[0].indexOf(q[1] as string);
        add(q[1] as string, s, s + (q[1] as string).length, 'inline', before);
      }
    } else if (m[3] !== undefined) {
      const start = at + m[0].indexOf(m[3]);
      add(m[3], start, start + m[3].length, 'means', definitionBody(text, start));
    } else if (m[4] !== undefined) {
      const start = at + m[0].lastIndexOf(m[4]);
      const lineStart = Math.max(text.lastIndexOf('\n', at), at - 200);
      add(m[4], start, start + m[4].length, 'inline', squash(text.slice(Math.max(0, lineStart), at)));
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
  for (const term of defsByTerm.keys()) {
    const words = term.match(WORD);
    if (!words) continue;
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    node.term = term;
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
  while ((m = TERM_START.exec(text)) !== null) {
    let node = step(root, m[0]);
    if (!node) continue;
    const start = m.index;
    if (start > 0 && /[.&-]/.test(text[start - 1] as string)) continue;
    let best: { term: string; end: number } | null = node.term ? { term: node.term, end: start + m[0].length } : null;
    let pos = start + m[0].length;
    while (node.next.size > 0) {
      NEXT_WORD.lastIndex = pos;
      const w = NEXT_WORD.exec(text);
      if (!w) break;
      node = step(node, w[1] as string);
      if (!node) break;
      pos = NEXT_WORD.lastIndex;
      if (node.term) best = { term: node.term, end: pos };
    }
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

// Per-document values behind the rule facts of catalogue.ts. Pure: reads the Analysis, never
// mutates it. Every value is computed lazily and cached, once per document.
import { CappedCache, clauseById, clauseIndexOf, escapeRegExp, lowerBound, wordIndexOf, kindName, namedAncestor, openingOwner, scheduleParagraph, sectionedItemNumber, type ClauseNode, type Definition, type DocumentKind, type GrantRecord, type Party, type Tag } from '../model/index.js';
import { caseInsensitive } from '../model/case-spelt.js';
import type { Analysis } from '../analysis.js';
import { abbreviationDot, textForRules } from '../clauses/abbreviations.js';
import { isBlankChar } from '../clauses/blocks.js';
import { AGREE_RE } from '../clauses/text.js';
import type { ClauseQuery } from './query.js';
import { satisfiable } from './literals.js';
import type { GrantAttribute } from './catalogue.js';
import { casedPattern, compile, compileCased, excerpt, excerptEvidence, excerptSpan, firstIn, foldedSites, FOLDS_APART, insensitive, isSpace, list, lowerChar, PATTERN_CACHE_LIMIT, type Compiled, type ExcerptSpan, type Scan } from './patterns.js';
import { LeadPlan, matchesOf, scanAt, startsWithin, WordStarts, type Planned, type SlotCandidates } from './word-starts.js';
import { headingEnd, indexOfBefore, isAlnumCode, squash } from '../facts/text.js';
import type { AttachedForm } from '../facts/forms.js';
import { PartyIndex } from '../facts/parties.js';
import { findPartyClasses, NO_CLASSES } from '../facts/roles.js';
import { improvementsOnly } from '../facts/grants.js';

export { headingEnd, indexOfBefore };

/** How far back a followDefinitions `after` pattern reads before a term's use (characters). */
const FOLLOW_AFTER_WINDOW = 80;
/** The recitals type, as typedTag reads a list of types. */
const RECITALS: readonly string[] = ['recitals'];
/** A paragraph opening 'In consideration of': it leads into the terms (leadsIn). */
const CONSIDERATION = /^[\s*_#]*in\s+consideration\s+of\b/i;

/**
 * Where a use of a defined term found at `at` in `s` ends, as followedIn and definedUses read one: the term as written,
 * or its plural in "s", a whole word (`s`'s ends count as word ends); -1 when the match is part of a longer word.
 * Reads inside `s` only (-1 outside, as no letter or digit): a read past an end deoptimises the caller's loop.
 */
function wholeUseEnd(s: string, at: number, length: number): number {
  const n = s.length;
  let end = at + length;
  if (end < n && s.charCodeAt(end) === 115) end++; // 's'
  return (at > 0 && isAlnumCode(s.charCodeAt(at - 1))) || (end < n && isAlnumCode(s.charCodeAt(end))) ? -1 : end;
}

// What follows a role word in quotes that defines it as whichever party holds the role: '"Licensor" means the Party
// granting a license', '"Licensee" shall mean a Party in its capacity as licensee'.
const GENERIC_ROLE_DEFINITION = /^[ \t]*(?:means|shall\s+mean|refers\s+to)[ \t]+(?:the|a|each|either|any|whichever)[ \t]+part(?:y|ies)\b/i;

/** A definition the rules may follow from a use of its term (followDefinitions). */
interface FollowableDefinition {
  readonly term: string;
  readonly start: number;
  readonly definition: Definition;
}

/** A clause a fact selected, with the words that selected it. */
export interface ClauseMatch {
  readonly clauseId: string;
  /** Offsets of the evidence in the source text. */
  readonly start: number;
  readonly end: number;
  readonly evidence: string;
  readonly detail?: string;
  /** The confidence of the tag the match rests on, when only a tag selected it. */
  readonly confidence?: number;
  /** Confidence of the query type the clause carries, if any (anchors prefer the most confident). */
  readonly typeConfidence?: number;
  /** Where the words that made the match start (inside the evidence, which is their sentence), when it is not `start`. */
  readonly matchStart?: number;
  /** Where those words end. */
  readonly matchEnd?: number;
}

// Plain English names both sides from within: "either of us", "each of us", "we each".
const MUTUAL = String.raw`(?:either|each|both|any|neither|a) part(?:y|ies)|each of the parties|the parties|the non-?(?:breaching|defaulting) party|either of them|(?:either|each|both|neither) of us|we (?:each|both)`;
const MUTUAL_RE = caseInsensitive(`^(?:${MUTUAL})$`);
// A mutual phrase that ends the text, on a word start (subjectRightBefore).
const MUTUAL_ENDS = caseInsensitive(`\\b(?:${MUTUAL})$`);
// Plain English contracts its modals: "You'll use", "we won't". Between the subject and its verb may stand a
// parenthetical that names it ('A Party ("Non-Breaching Party") shall'), or an aside between commas.
const MODAL = String.raw`\s*(?:\([^()\n]{1,60}\)\s*)?(?:,[^,.;]{0,80},\s*)?(?:hereby|also|may|shall|will|must|can|agrees?|is entitled|has the right|have the right|reserves|undertakes?|['\u2019]ll|won['\u2019]t)\b`;
const ROLE_WORDS = ['Licensor', 'Licensee'];
const NOT_PARTY = /^(agreement|effective date|parties|party|affiliates?|territory|field|term|licensed patents?)$/i;

/** `\b(MUTUAL)\b(?=MODAL)` at one offset; and `\b(?=MODAL)` there, where a party's name ends and a modal verb follows. */
const MUTUAL_ACTING = caseInsensitive(`\\b(${MUTUAL})\\b(?=${MODAL})`, 'y');
const ACTING_AFTER = caseInsensitive(`\\b(?=${MODAL})`, 'y');

// Reads stay inside the text: a read past either end would throw away the optimised code of the loops that call them.
const isWordAt = (s: string, i: number): boolean => {
  const c = i >= 0 && i < s.length ? s.charCodeAt(i) : -1;
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
};

/** Whether `s` has `name` (lower-case ASCII) at `at`, as the `i` flag compares: ASCII letters in either case, nothing else folded. */
function hasNameAt(s: string, at: number, name: string): boolean {
  if (at + name.length > s.length) return false;
  for (let k = 0; k < name.length; k++) {
    const c = s.charCodeAt(at + k);
    const n = name.charCodeAt(k);
    if (c !== n && !(c >= 65 && c <= 90 && c + 32 === n)) return false;
  }
  return true;
}

/**
 * The last match of `\b(MUTUAL|name|…)\b(?=MODAL)` (flags gi; names lower-case ASCII, in the pattern's order) that
 * matchAll finds in `s`: its index and text, or null. Without compiling that pattern, which each document's parties
 * make anew (a compile costs more than the matches).
 */
export function lastActingSubject(s: string, names: readonly string[]): { index: number; text: string } | null {
  let last: { index: number; text: string } | null = null;
  let p = 0;
  while (p <= s.length) {
    let len = -1;
    if (isWordAt(s, p - 1) !== isWordAt(s, p)) {
      MUTUAL_ACTING.lastIndex = p;
      // Sticky: where a match ends is its lastIndex, so no match array is built.
      if (MUTUAL_ACTING.test(s)) len = MUTUAL_ACTING.lastIndex - p;
      else {
        for (const name of names) {
          if (!hasNameAt(s, p, name)) continue;
          ACTING_AFTER.lastIndex = p + name.length;
          if (ACTING_AFTER.test(s)) {
            len = name.length;
            break;
          }
        }
      }
    }
    if (len < 0) {
      p++;
      continue;
    }
    last = { index: p, text: s.slice(p, p + len) };
    p += len > 0 ? len : 1;
  }
  return last;
}

/** The source of actingSubjectPattern, over names already escaped. */
function actingSubjectSource(escaped: readonly string[]): string {
  return `\\b(${MUTUAL}|${escaped.join('|')})\\b(?=${MODAL})`;
}

/** The pattern lastActingSubject stands for: a mutual subject or a party (`names`, in order) followed by a modal verb. */
export function actingSubjectPattern(names: readonly string[]): RegExp {
  return caseInsensitive(actingSubjectSource(names.map(escapeRegExp)), 'g');
}

// The other subject patterns of a document's parties, read without compiling them (a compile per document costs
// more than the reads), for plain names: ASCII, none empty or opening with white space. Each function stands for
// one pattern of subjectSources (flag i), as its comment says; where a pattern could backtrack, it would only
// reach white space, where no subject begins.
const isBoundary = (s: string, i: number): boolean => isWordAt(s, i - 1) !== isWordAt(s, i);
const MUTUAL_WORD = caseInsensitive(`(?:${MUTUAL})\\b`, 'y');
const THE_AT = /the\s+/iy;
const PASSIVE_HEAD = /\w*\s+by\s+/iy;
const SPACES_AT = /\s*/y;
const SEPARATORS_AT = [/,/y, /\band\b/iy, /\bor\b/iy, /\band\/or\b/iy];
const JOINED_TAIL = /\s*(?:,|\band\b|\bor\b|\band\/or\b)\s*(?:the\s+)?$/iy;

/** Names a subject pattern can be read without: ASCII, not empty, not opening with white space. */
export const arePlainNames = (names: readonly string[]): boolean => names.length > 0 && names.every((n) => n !== '' && /^[\x00-\x7f]*$/.test(n) && !/^\s/.test(n));

/** The length of what `(MUTUAL|names)\b` (with MUTUAL's alternatives when `mutual`) matches at `p`, or -1. */
function subjectLengthAt(s: string, p: number, names: readonly string[], mutual: boolean): number {
  if (mutual) {
    MUTUAL_WORD.lastIndex = p;
    if (MUTUAL_WORD.test(s)) return MUTUAL_WORD.lastIndex - p;
  }
  for (const name of names) if (hasNameAt(s, p, name) && isBoundary(s, p + name.length)) return name.length;
  return -1;
}

/** The subject that `^\w*\s+by\s+(?:the\s+)?(MUTUAL|names)\b` finds in `tail` (group 1), and where that match ends; or null. */
export function passiveSubject(tail: string, names: readonly string[]): { end: number; text: string } | null {
  PASSIVE_HEAD.lastIndex = 0;
  if (!PASSIVE_HEAD.test(tail)) return null;
  const head = PASSIVE_HEAD.lastIndex;
  THE_AT.lastIndex = head;
  // With "the " first (the optional group is greedy), then without.
  for (const q of THE_AT.test(tail) ? [THE_AT.lastIndex, head] : [head]) {
    const len = subjectLengthAt(tail, q, names, true);
    if (len >= 0) return { end: q + len, text: tail.slice(q, q + len) };
  }
  return null;
}

/** Whether `^\s*(?:,|\band\b|\bor\b|\band/or\b)\s*(?:the\s+)?(?:names)\b` matches `rest`. */
export function joinedAfter(rest: string, names: readonly string[]): boolean {
  SPACES_AT.lastIndex = 0;
  SPACES_AT.test(rest);
  const from = SPACES_AT.lastIndex;
  for (const separator of SEPARATORS_AT) {
    separator.lastIndex = from;
    if (!separator.test(rest)) continue;
    SPACES_AT.lastIndex = separator.lastIndex;
    SPACES_AT.test(rest);
    const at = SPACES_AT.lastIndex;
    THE_AT.lastIndex = at;
    if (THE_AT.test(rest) && subjectLengthAt(rest, THE_AT.lastIndex, names, false) >= 0) return true;
    if (subjectLengthAt(rest, at, names, false) >= 0) return true;
  }
  return false;
}

/** Characters JOINED_TAIL can consume (flag i): white space, ',', '/' and the letters of "and", "or", "the". */
function isJoinedTailChar(c: number): boolean {
  const l = c | 32;
  return isBlankChar(c) || c === 44 || c === 47 || l === 97 || l === 110 || l === 100 || l === 111 || l === 114 || l === 116 || l === 104 || l === 101;
}

/** Whether `\b(?:the\s+)?(?:names)\s*(?:,|\band\b|\bor\b|\band/or\b)\s*(?:the\s+)?$` matches somewhere in `before`. */
export function joinedBefore(before: string, names: readonly string[]): boolean {
  // JOINED_TAIL runs to the end of `before`, so it starts inside the last run of characters it can consume: it is
  // tested there first, once. A name is then looked up by where it ends, on every try (index 0: no name), which keeps
  // the rare step "a name ends where the tail starts" free of operations the warm-up may never run.
  let from = before.length;
  while (from > 0 && isJoinedTailChar(before.charCodeAt(from - 1))) from--;
  const tailAfter = new Uint8Array(before.length + 2);
  for (let x = from; x <= before.length; x++) {
    JOINED_TAIL.lastIndex = x;
    tailAfter[x + 1] = JOINED_TAIL.test(before) ? 1 : 0;
  }
  // Indexed: leaving a for-of early closes its iterator, one more step the warm-up may never take.
  const joinedAt = (q: number): boolean => {
    for (let k = 0; k < names.length; k++) if (tailAfter[nameEndAt(before, q, names[k] as string) + 1] === 1) return true;
    return false;
  };
  for (let p = 0; p <= before.length; p++) {
    if (!isBoundary(before, p)) continue;
    THE_AT.lastIndex = p;
    if (THE_AT.test(before) && joinedAt(THE_AT.lastIndex)) return true;
    if (joinedAt(p)) return true;
  }
  return false;
}

/** Where `name` ends when `s` has it at `at` (see hasNameAt), else -1. */
function nameEndAt(s: string, at: number, name: string): number {
  const end = at + name.length;
  return hasNameAt(s, at, name) ? end : -1;
}

/** The subject patterns of a document's parties (`names`: lower-cased, longest first), with their flags: acting, passive, joined before, joined after. */
export function subjectSources(names: readonly string[]): (readonly [string, string])[] {
  const escaped = names.map(escapeRegExp);
  const who = `(${MUTUAL}|${escaped.join('|')})`;
  const party = `(?:the\\s+)?(?:${escaped.join('|')})`;
  return [
    [actingSubjectSource(escaped), 'gi'],
    [`^\\w*\\s+by\\s+(?:the\\s+)?${who}\\b`, 'i'],
    // "Licensor and Licensee may terminate", "terminated by Company or Consultant": both parties act.
    [`\\b${party}\\s*(?:,|\\band\\b|\\bor\\b|\\band/or\\b)\\s*(?:the\\s+)?$`, 'i'],
    [`^\\s*(?:,|\\band\\b|\\bor\\b|\\band/or\\b)\\s*${party}\\b`, 'i'],
  ];
}

export type DefinedTermStatus = 'unused' | 'duplicate' | 'undefined';

/**
 * Where `squashed` (text with its white space squashed, as a grant's evidence is) is written in text[from, to): the
 * text may break the line or double a space where the evidence has one space. Null when it is not there.
 */
export function squashedAt(text: string, squashed: string, from: number, to: number): { start: number; end: number } | null {
  const at = indexOfBefore(text, squashed, from, to);
  if (at >= 0) return { start: at, end: at + squashed.length };
  const words = squashed.split(' ');
  // The words joined by `\s+` (sticky), read in place without compiling that pattern (a compile per grant cost more
  // than the reads); compiled only for words a run of white space could give back characters to (see wordsEndAt).
  // (The last word may be empty, as `\s+` at the end takes every blank either way; but no word after the first may open
  // with a blank, the last included: `\s+` would give that blank back, the in-place read takes it.)
  const pattern = words.every((w, i) => i === 0 || ((w !== '' || i === words.length - 1) && !isBlankChar(w.charCodeAt(0))))
    ? null
    : new RegExp(words.map(escapeRegExp).join(String.raw`\s+`), 'y');
  // A match starts with the first word (when it has one): tried where that word starts before `to`, the first such
  // match is the one a global search from `from` finds, without a search to the end of the document.
  const first = words[0] as string;
  const window = text.slice(from, Math.max(from, to + first.length - 1));
  for (let k = first ? window.indexOf(first) : 0; k >= 0 && from + k < to; k = first ? window.indexOf(first, k + 1) : k + 1) {
    if (pattern === null) {
      const end = wordsEndAt(text, from + k, words);
      if (end >= 0) return { start: from + k, end };
      continue;
    }
    pattern.lastIndex = from + k;
    if (pattern.test(text)) return { start: from + k, end: pattern.lastIndex };
  }
  return null;
}

/**
 * Where `words[0]\s+words[1]\s+...` (sticky, literal words) ends when tried at `at`, else -1; for words after the
 * first that neither are empty (but the last) nor open with white space, so that each run of white space is taken whole.
 */
function wordsEndAt(text: string, at: number, words: readonly string[]): number {
  let p = at;
  for (let i = 0; i < words.length; i++) {
    if (i > 0) {
      if (p >= text.length || !isBlankChar(text.charCodeAt(p))) return -1;
      p++;
      while (p < text.length && isBlankChar(text.charCodeAt(p))) p++;
    }
    const w = words[i] as string;
    if (!text.startsWith(w, p)) return -1;
    p += w.length;
  }
  return p;
}

/** Matches in document order (offset, then clause id for ties), dropping sites outside every clause. */
function byOffset(items: readonly (ClauseMatch | null)[]): ClauseMatch[] {
  return items.filter((m): m is ClauseMatch => m !== null).sort((a, b) => a.start - b.start || (a.clauseId < b.clauseId ? -1 : a.clauseId > b.clauseId ? 1 : 0));
}

/** "Section 4.2 (Grant-Back)", "ARTICLE IV", "Section 9.1(b)", "the paragraph at line 14 of Section 4.2", "the preamble", "the clause at line 12". */
const SECTION_WORDS = ['Section', 'Section'] as const;

/** `words`: what the document calls a clause with a whole number and one with a dotted number ('Article 9', 'Section 9.1'). */
/** A reference to a numbered point, in lower case: 'point 4', 'points 6.2'. */
const POINT_REFERENCE = /\bpoints?[ \t]+(\d{1,2}(?:\.\d{1,2})?)(?!\.?\d)/g;

/**
 * A list label in lower case with no section above it ('c)', 'iv)', 'b.'): named 'item c)', so that a message that
 * opens with it does not capitalise the label ('C) (Attachment 2) refers to ...' named another item).
 */
const LOWER_ITEM_LABEL = /^[a-z]{1,4}[).]$/;

/**
 * A capital letter item ('E', 'E.', '(E)') under a clause whose number names no section (a Roman 'II', 'SCHEDULE 2') or
 * that has a heading only: named 'item E of II (INDEPENDENT CONTRACTOR)'. Alone, 'E qualifies an obligation ...' read
 * as a word and sent counsel to find which E.
 */
const CAPITAL_ITEM_LABEL = /^\(?[A-Z][).]?$/;

const startLine = (c: ClauseNode): number => c.position.start.line;

/** A whole number of five or more digits with its thousands marked ("7,500,000"): "7000000 in words, 7500000 in figures" is hard to read. */
const grouped = (n: number): string => (Number.isInteger(n) && Math.abs(n) >= 10_000 ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : String(n));

export function clauseLabel(c: ClauseNode | undefined, clauseOf?: (id: string) => ClauseNode | undefined, words: readonly [string, string] = SECTION_WORDS): string {
  if (!c) return 'the document';
  const num = c.number?.trim() ?? '';
  if (!num && !c.heading) {
    const kind = kindName(c.kind);
    if (kind !== null) return `the ${kind}`;
    // The opening words of a numbered clause, kept as its first child: named as that clause.
    const owner = clauseOf ? openingOwner(c, clauseOf, startLine) : undefined;
    if (owner) return clauseLabel(owner, clauseOf, words);
    // A paragraph with no number or heading of its own is named by the clause it is in: "the clause at line 77" alone
    // sends counsel to count lines.
    const named = clauseOf ? namedAncestor(c, clauseOf) : undefined;
    if (named) return `the paragraph at line ${c.position.start.line} of ${clauseLabel(named, clauseOf, words)}`;
  }
  const item = num && clauseOf ? sectionedItemNumber(c, clauseOf, words) : null;
  const parent = item === null && !c.heading && c.parentId !== null && CAPITAL_ITEM_LABEL.test(num) && clauseOf ? clauseOf(c.parentId) : undefined;
  if (parent && ((parent.number?.trim() ?? '') !== '' || parent.heading)) return `item ${num.replace(/\.$/, '')} of ${clauseLabel(parent, clauseOf, words)}`;
  // A schedule's numbered paragraph is the schedule's ('Schedule 2, paragraph 4', 'Schedule 2, paragraph 4(b)'):
  // 'Section 4' or 'Clause 4' sent counsel to the body's clause of that number.
  const scheduled = num && clauseOf ? scheduleParagraph(c, num, item, clauseOf) : null;
  const base = scheduled ?? item ?? (num ? (/^\d/.test(num) ? `${words[/\d\.\d/.test(num) ? 1 : 0]} ${num.replace(/\.$/, '')}` : LOWER_ITEM_LABEL.test(num) ? `item ${num}` : num) : c.heading ? `"${c.heading}"` : `the clause at line ${c.position.start.line}`);
  // A heading written in brackets ("Article 13 (Assignment)", Japanese style) keeps its own.
  return num && c.heading ? (/^\(.*\)$/.test(c.heading) ? `${base} ${c.heading}` : `${base} (${c.heading})`) : base;
}

// One reading per document: src/check.ts asks for every report and the rules' context where a message names a clause.
const NUMBER_WORDS = new WeakMap<object, readonly [string, string]>();

/**
 * The words the document's cross-references use, for whole numbers ('Article 9') and for dotted ones ('Section
 * 9.1') apart, as US drafting mixes them: 'Clause', 'Article', 'Paragraph' or '§' when most references of that
 * shape (two or more) are written so; else 'Section'. A finding that says 'Section 13.3' in an agreement that says
 * 'clause 13.3' sends counsel looking for a word the document never uses. A dotted number with fewer references of
 * its own takes the word of whole numbers when a reference of its shape says so too: a French or Chinese agreement
 * numbered 'Article 7' and '7.2' that cites 'Article 8.1' once means 'Article 7.2', not 'Section 7.2'.
 */
export function documentNumberWords(analysis: Pick<Analysis, 'facts' | 'tree' | 'source'>): readonly [string, string] {
  let words = NUMBER_WORDS.get(analysis.tree);
  if (!words) NUMBER_WORDS.set(analysis.tree, (words = readNumberWords(analysis)));
  return words;
}

function readNumberWords(analysis: Pick<Analysis, 'facts' | 'tree' | 'source'>): readonly [string, string] {
  const text = analysis.source.text;
  const counts = [new Map<string, number>(), new Map<string, number>()] as const;
  for (const refs of analysis.facts.crossReferences.values()) {
    for (const r of refs) {
      // (Abbreviated as the document abbreviates it: a Swiss or German agreement's 'Art. 5.3' is named 'Art. 5.3'.)
      const m = /^(Section|Clause|Article|Paragraph|§|(?:Art|Sec|Cl|Para)\.(?=\s*\d))\s*(?<=\.\s*|\s)(\S+)/.exec(r.text);
      if (!m) continue;
      const byShape = counts[/\d\.\d/.test(m[2] as string) ? 1 : 0];
      byShape.set(m[1] as string, (byShape.get(m[1] as string) ?? 0) + 1);
    }
  }
  // Heads of terms and plain-English letters cite their numbered points ('Orion's covenant in point 4', 'under point
  // 6.2'), which the facts stage reads as no reference ('point' is too common a word: 'Metering Point 719'): counted
  // here, in lower case, where the number is one of the document's clauses.
  let numbers: Set<string> | null = null;
  for (const m of text.matchAll(POINT_REFERENCE)) {
    numbers ??= new Set(analysis.tree.clauses.map((c) => (c.number ?? '').replace(/\.$/, '')));
    const n = m[1] as string;
    if (!numbers.has(n)) continue;
    const byShape = counts[n.includes('.') ? 1 : 0];
    byShape.set('Point', (byShape.get('Point') ?? 0) + 1);
  }
  const pick = (byShape: ReadonlyMap<string, number>, fallback = 'Section'): string => {
    let all = 0;
    let best = 'Section';
    let most = 0;
    for (const [word, n] of byShape) {
      all += n;
      if (n > most || (n === most && word === 'Section')) [best, most] = [word, n];
    }
    return all >= 2 && most * 2 > all ? best : fallback;
  };
  const whole = pick(counts[0]);
  // No dotted reference at all: a document that calls its whole numbers 'Article 5' and never cites '5.1' gives no
  // other word for it, and 'Section 5.1' is one it never uses; unless its dotted clauses are written 'Section 5.1'
  // themselves (US drafting: 'ARTICLE 5' over 'Section 5.1 Licence.').
  const unsaid = counts[1].size === 0 && !dottedClausesSaySection(analysis.tree.clauses, text);
  return [whole, pick(counts[1], (counts[1].size === 1 && counts[1].has(whole)) || unsaid ? whole : 'Section')] as const;
}

/** Whether a clause with a dotted number opens with the word 'Section' or '§' ('Section 5.1 Licence.', '§ 5.1'). */
function dottedClausesSaySection(clauses: readonly ClauseNode[], text: string): boolean {
  for (const c of clauses) {
    if (c.number && /\d\.\d/.test(c.number) && /^[ \t#*_]*(?:Section|SECTION|§|Sec\.|SEC\.)[ \t]*\d/.test(text.slice(c.start, c.start + 40))) return true;
  }
  return false;
}

/** What follows a heading that stands on its own line over a bulleted list: the line break, then a bullet. */
const HEADING_OVER_BULLETS = /^[ \t]*\r?\n[ \t]*[•·▪◦‣∙■●○–-][ \t]/;

/** An alias that names a party, not a pronoun that stands for it ("we", "us", "you"). */
const isNamingAlias = (alias: string): boolean => !/^(?:we|us|our|you|your|they|them|I|me)$/i.test(alias);

/** A match whose sentence excerpt is only computed if read: its place when sorted, its text if a finding reports it. */
class LazyMatch implements ClauseMatch {
  private site: ExcerptSpan | null = null;
  private words: string | null = null;
  // The confidences as numbers, NaN for none: a field that held only undefined and fractions changes its
  // representation (and V8 throws away the code that stores it) when a whole number such as 1 first arrives.
  private readonly typeConf: number;
  private readonly conf: number;
  constructor(
    private readonly source: string,
    readonly clauseId: string,
    private readonly at: number,
    private readonly atEnd: number,
    private readonly lo: number,
    private readonly hi: number,
    /** What follows the excerpt: the cues of the tag that alone selected the clause ("[tagged x: ...]"), if any. */
    private readonly cueTag: Tag | null,
    typeConfidence: number | undefined,
    confidence: number | undefined,
  ) {
    this.typeConf = typeConfidence ?? NaN;
    this.conf = confidence ?? NaN;
  }
  get typeConfidence(): number | undefined {
    return Number.isNaN(this.typeConf) ? undefined : this.typeConf;
  }
  get confidence(): number | undefined {
    return Number.isNaN(this.conf) ? undefined : this.conf;
  }
  private get span(): ExcerptSpan {
    this.site ??= excerptSpan(this.source, this.at, this.atEnd, this.lo, this.hi);
    return this.site;
  }
  get start(): number {
    return this.span.start;
  }
  get end(): number {
    return this.span.end;
  }
  get matchStart(): number {
    return this.at;
  }
  get matchEnd(): number {
    return this.atEnd;
  }
  get evidence(): string {
    this.words ??= excerptEvidence(this.source, this.span, this.at);
    const tag = this.cueTag;
    return tag ? `${this.words} [tagged ${tag.type}${tag.cues.length ? `: ${tag.cues.slice(0, 3).join(', ')}` : ''}]` : this.words;
  }
}

/** Lead-ins read above a list item: a few levels of an outline ('4.2.1 ...:' / '(b) ...:' / '(ii) ...:' / '(A) ...'). */
const LEAD_IN_DEPTH = 4;
/**
 * How a lead-in ends besides a colon ('Quillon shall not:'): a dash ('Licensee shall not —'), a comma, or a word with no
 * closing punctuation ('Licensee shall not', 'agrees that', 'undertakes to'): its sentence goes on in the items below.
 * Not a full stop, semicolon or bracket, which close a paragraph of its own.
 */
const LEAD_IN_END = /(?:[-–—,]|[A-Za-z][*_]*)\s*$/;

/** A lead-in as the sentence it opens reads it: its closing colon a space (same length). */
const asRead = (leadIn: string): string => (leadIn.endsWith(':') ? `${leadIn.slice(0, -1)} ` : leadIn);

/**
 * The match of a list item read with its lead-ins: at the item's own words, shown as the sentence they make from the
 * lead-in where the match starts ('Quillon shall not: … manufacture or sell: … more than fifty thousand (50,000) ...').
 */
function chainedMatch(clauseId: string, m: { at: number; end: number; chain: { text: string; hay: string; own: number; ownStart: number; parts: readonly string[]; words?: WordStarts } }): ClauseMatch {
  const { chain } = m;
  const shown: string[] = [];
  let offset = 0;
  for (const part of chain.parts) {
    const partEnd = offset + part.length;
    if (partEnd > m.at) shown.push(part);
    offset = partEnd + 1;
  }
  const own = chain.text.slice(chain.own).replace(/\s+/g, ' ').trim();
  const evidence = [...shown, own.length > EVIDENCE_OWN_MAX ? `${own.slice(0, EVIDENCE_OWN_MAX).replace(/\s+\S*$/, '')}…` : own].join(' … ').replace(/\s+/g, ' ');
  return { clauseId, start: chain.ownStart, end: chain.ownStart + (chain.text.length - chain.own), evidence, matchStart: chain.ownStart };
}
const EVIDENCE_OWN_MAX = 200;

const NON_ASCII = /[^\x00-\x7f]+/g;
/** Heading marks and a "Section"/"Article"/"Clause" word before a clause's number; what may follow the number. */
const BODY_HEAD = /^[#*_\s]*(?:(?:section|article|clause)\s+)?/i;
const BODY_GAP = /[\s.:)*_]/;

/**
 * The text lower-cased as lowerPattern lower-cases pack patterns (see lowerChar): same length and offsets. The rules no
 * longer make this copy (the plan's tries read the text folded unit by unit, and patterns run with the `i` flag);
 * test/rules/fold.test.ts holds the fold to the flag with it.
 */
export function lowerText(text: string): string {
  // toLowerCase is much faster than a replace, and right when it leaves the non-ASCII characters alone (quotes, dashes)
  // and they hold no variant letter that lowerChar folds ("ς").
  const all = text.toLowerCase();
  let same = all.length === text.length;
  NON_ASCII.lastIndex = 0;
  for (let m = same ? NON_ASCII.exec(text) : null; m; m = NON_ASCII.exec(text)) {
    if (!all.startsWith(m[0], m.index) || FOLDS_APART.test(m[0])) {
      same = false;
      break;
    }
  }
  // Else one character at a time ("SOCIÉTÉ" -> "société"): a whole-string toLowerCase may change the length ("İ") or
  // read the context (a final "Σ").
  return same ? all : text.replace(/[A-Z]+|[^\x00-\x7f]/g, (w) => (w.length === 1 ? lowerChar(w) : w.toLowerCase()));
}

/**
 * Where the sentence holding the act at `at` starts, for a clause starting at `lo`: just after the last ". " or "; "
 * (any space of isSpace) in (min, at], where min is `lo` or 240 characters before the act if that is later; else min.
 * Looked for backwards from the act. subjectOf reads its acting subject, passiveOwner the owner of what is handed over,
 * in [sentenceStart, at).
 */
function sentenceStart(text: string, lo: number, at: number): number {
  const min = Math.max(lo, at - 240);
  for (let i = at - 2; i + 2 > min && i >= 0; i--) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 59) && isSpace(text.charCodeAt(i + 1))) return i + 2;
  }
  return min;
}

/** The subject patterns of subjectOf (DocumentContext.subjectRegexes), compiled when first needed. */
const ACTIVE = 0;
const PASSIVE = 1;
const JOINED_BEFORE = 2;
const JOINED_AFTER = 3;
class SubjectPatterns {
  private readonly compiled: (RegExp | undefined)[] = [];
  constructor(
    /** The party names in the patterns' order when all are ASCII (then lastActingSubject stands for ACTIVE). */
    readonly asciiNames: readonly string[] | null,
    /** The same when they are plain too (arePlainNames: then passiveSubject, joinedBefore and joinedAfter stand for the others). */
    readonly plainNames: readonly string[] | null,
    /** All the names, in the patterns' order. */
    private readonly names: readonly string[],
  ) {}
  // Their sources are built on first need too: with plain names (every CUAD dev document's) none is.
  private sources: readonly (readonly [string, string])[] | null = null;
  get(which: number): RegExp {
    this.sources ??= subjectSources(this.names);
    const [source, flags] = this.sources[which] as readonly [string, string];
    return (this.compiled[which] ??= new RegExp(source, flags));
  }
}
/** How the text after an act opens for a passive subject ("... by X"); how it opens and ends around a subject joined to another ("X and"). */
const PASSIVE_OPENING = /^\w*\s+by\s+/i;
const JOINED_AFTER_OPENING = /^\s*(?:,|\band\b|\bor\b|\band\/or\b)/i;
/**
 * A party's act of paying ("Orion will pay Tallis", "shall remit to Tallis", "shall account to Tallis for", "shall make
 * a quarterly royalty payment"), and a sum "payable by", "remitted by" or "due from" a party (passive; the party follows).
 */
// The present tense too ("You pay us a royalty", "Pell pays Corvid"): plain English states the duty so (its subject is
// then read right before the verb: subjectRightBefore).
const PAY_ACT = String.raw`\b(?:pays?|remits?|(?<!\binto\s)account\s+to|make\s+(?!no\s)(?:[\w-]+\s+){0,3}?payments?)\b`;
// What may stand before the subject of a present-tense payment in its sentence: nothing (after a clause number), a
// comma, colon or bracket, or a word that joins or conditions the sentence ("and you pay", "if we pay late"); not a
// relative pronoun or a noun ("the royalties that Pell pays to third parties", "sums Pell pays").
const OPENS_SUBJECT = /(?:^|[,:;(]|\b(?:and|but|then|so|also|in\s+(?:return|exchange|turn)|instead|otherwise|thereafter|if|when|once|where|after|before|until))\s*$/i;
// 'shall pay no royalty or other fee', 'pays nothing', 'we pay you nothing for it': the object denies the payment,
// after the payee if it is named ('pay no later than' does not).
const PAY_NOTHING = /^\s+(?:(?:the\s+)?(?:other\s+)?[\w'’.-]+\s+)?(?:nothing\b|no\s+(?!(?:later|sooner|earlier|less|more|fewer)\b))/i;
/** A sentence that keeps clauses alive after the end. */
const SURVIVES = /\bsurviv\w*|\bcontinues?\s+(?:in\s+(?:full\s+)?(?:force|effect)|to\s+apply|after|beyond)|\bremains?\s+in\s+(?:full\s+)?(?:force|effect)/i;
/**
 * The sentence around [at, atEnd) in `text`: back to just after the last character `ends` accepts before `at`, on to
 * the first it accepts at or after `atEnd`, 300 characters at most each way.
 */
function sentenceAround(text: string, at: number, atEnd: number, ends: (i: number) => boolean): string {
  let from = at;
  while (from > 0 && from > at - 300 && !ends(from - 1)) from--;
  let to = atEnd;
  while (to < text.length && to < atEnd + 300 && !ends(to)) to++;
  return text.slice(from, to);
}
/** The heading of a clause where terms are defined. */
const DEFINITIONS_HEADING = /\bdefinitions?\b|\binterpretation\b|\bdefined\s+terms\b/i;
/** Words that make a payment a balancing one whoever pays it (paidByNarrowerLicensee). */
const SAYS_BALANCING = /\bbalanc(?:e|es|ed|ing)\b|\bdifferen(?:ce|ces|tial)\s+(?:in|of|between)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:value|scope|size|strength|breadth|worth)s?\b|\b(?:greater|larger|higher|broader|wider)\s+(?:[\w-]+\s+)?(?:value|scope|size|strength|breadth|worth)\b/i;
const PAID_BY = String.raw`\b(?:payable|paid|due|owed|owing|remitted)\s+(?:by|from)\s`;
/** The patterns the context scans documents for itself (uncased), planned with the rules' (ScanPlan). */
const OWN_SCANS = [PAY_ACT, PAID_BY];
// A message's header block in an email thread: "From: ..." and at least two of "To:", "Cc:", "Date:"/"Sent:",
// "Subject:" on the lines below it (quoted with ">" or not).
const EMAIL_HEADER = /^[ \t>]*From:[^\n]*\n(?:[ \t>]*(?:To|Cc|Bcc|Date|Sent|Subject|Reply-To):[^\n]*\n){2,}/gm;
/**
 * A negation governing the act that follows it ("shall have no obligation to disclose", "may not terminate", "is not
 * required to grant or"): the party does not perform the act, so it does not make the act mutual in oneSided.
 */
// "Neither party may grant ..." forbids the act: like "shall not", it is no one's act.
// A class word as a subject ("Each Parent shall", "The Parents"): not after a preposition, not the first word of a name.
const CLASS_SUBJECT = /(?<!\b(?:to|of|by|from|with|for|under|in|on|and|or)\s+)\b(?:[Ee]ach|[Ee]very|[Bb]oth|[Tt]he)[ \t]+([A-Z][a-z][\w-]*)\b(?![ \t]+[A-Z])/g;
// A side of a grant named by a class of parties rather than one party: "each Member", "each other Member", "all other Licensees".
const CLASS_SIDE = /^(?:(?:each|every|all)\s+(?:other\s+)?|the\s+other\s+)([A-Z][a-z]{2,})$/;
/** The words of a list item before an act that opens it: none, or 'to' / 'immediately' ('(a) to terminate this Agreement'). */
const ITEM_OPENS_WITH_ACT = /^\s*(?:(?:to|immediately|either|forthwith)\s+){0,2}$/i;
/** A lead-in that denies its subject what the items list: 'shall not be entitled to', 'may not', 'has no right to'. */
const NEGATED_LEAD_IN = /\b(?:(?:shall|will|may|must|does|do)\s+not|cannot|no\s+(?:right|obligation|duty))\b[^.;:]{0,80}$/i;
const NEGATED_ACT = /\b(?:no\s+(?:obligation|duty)\s+to|not\s+(?:be\s+)?(?:required|obliged|obligated)\s+to|(?:shall|will|may|must|need|does|do)\s+not(?:\s+be\s+(?:required|obliged|obligated)\s+to)?|cannot|neither\s+(?:party|of\s+the\s+parties)\s+(?:shall|will|may|can|is\s+entitled\s+to))\s+(?:[\w-]+\s+){0,3}$/i;
/** After an act, in its sentence: '(efforts) to cause / procure that / ensure that <Name> ...' (sticky; the name as written). */
const CAUSED_PARTY = /[^.;\n]{0,80}?\bto\s+(?:cause|procure(?:\s+that)?|ensure\s+that)\s+(?:the\s+)?([A-Z][\w&'.-]*(?:[ \t]+[A-Z][\w&'.-]*){0,3})/y;
// A subject joined to one before it by "and", "or", "and/or" ("Alpha and Beta may", "Alpha, Beta or Gamma may"), not by a
// comma alone: "If Beta breaches ... after written notice from Alpha, Alpha may terminate" closes a clause about Beta.
const JOINED_BEFORE_END = /(?:\band\b|\bor\b|\band\/or\b)\s*(?:the\s+)?$/i;
/** Further back in a joined subject, a comma joins too ("Alpha, Beta or Gamma"); a side's names are kept apart by SIDE_SEPARATOR. */
const SIDE_JOIN_END = /(?:,\s*|\s(?:and|or|and\/or)\s*|,\s*(?:and|or|and\/or)\s*)(?:the\s+)?$/i;
const SIDE_SEPARATOR = '\u0000';
/**
 * An act that hands something over, in the passive ("are licensed", "shall be disclosed", "is hereby granted"): the
 * participle, read as an act after a form of "be" only. Its doer is whoever owns what it hands over (passiveOwner).
 */
const PARTICIPLE = /\b(?:(?:sub-?)?licen[cs]ed|granted|assigned|disclosed|transferred|conveyed|made\s+available|(?:included\s+(?:in(?:to)?|within)|incorporated\s+in(?:to)?|added\s+to))$/i;
/** A second clause of a sentence, joined to the first: ", and", "; and", ", but", ", whereas", ", while". */
const CLAUSE_JOIN = /[,;]\s+(?:and|but|whereas|while)\s+/g;
const BE_BEFORE = /\b(?:is|are|be|been)\s+(?:hereby\s+|also\s+|automatically\s+|deemed\s+)?$/i;
/** Just before a word: an article or a possessive makes it a noun ("the licenses", "its grants", "such transfers"). */
const NOUN_AFTER = /\b(?:the|a|an|its|their|his|her|our|your|such|these|those|any\s+such)\s+$/i;
const AGENT_AFTER = /^\s+by\s/i;
/** An act that is the noun "licence" / "license(s)" (acts' patterns read it with the verb). */
const LICENCE_NOUN = /^licen[cs]es?$/i;
/**
 * Just before a licence: a verb of having or receiving, and up to four words of its terms ("shall have a non-exclusive,
 * royalty-free", "will receive a", "obtains an exclusive", "shall be granted a"): the subject is its licensee.
 */
const RECEIVED_BEFORE = /\b(?:have|has|receive|receives|obtain|obtains|acquire|acquires|enjoy|enjoys|(?:is|are|be|been)\s+(?:hereby\s+|also\s+)?granted)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+,?\s+){0,4}$/i;
/**
 * Right after "is / shall be granted" or "assigned": what is given, so the subject is its receiver ("Alpha shall be granted
 * a licence under any improvement made by Beta", "is hereby granted the right to use ...", "granted access to ..."),
 * not what is handed over ("Beta's Improvements are granted to Alpha under a licence": a preposition follows).
 */
const RECEIVER_PASSIVE = /^(?:granted|assigned)$/i;
const GIVEN_AFTER = /^\s+(?!(?:to|unto|in|into|under|on|upon|for|with|from|pursuant|hereunder|herein|as|at|within|through)\b)(?:(?:a|an|the|all|any|such|full)\s+)?(?:[\w-]+,?\s+){0,4}?(?:(?:sub-?)?licen[cs]es?|rights?|title|interest|access|ownership|immunity|option)\b/i;
/** A full stop or semicolon that ends a sentence (before a blank or the end). */
const SENTENCE_STOP = /[.;](?=\s|$)/;
// A noun of deciding or intending before an act's infinitive ("the decision to terminate", "its intention to terminate").
const DECISION_BEFORE = /\b(?:decision|intention|intent|determination)\s+to\s+$/i;
/** 'by <party> to ' closing the words before an infinitive act: the word before 'by' and the party as written. */
const AGENT_INFINITIVE = /\b([A-Za-z]+)\s+by\s+(?:the\s+)?([A-Za-z][\w&'.-]*(?:[ \t]+[\w&'.-]+){0,4}?)\s+to\s+$/i;
/** Verbs whose agent lets, makes or asks another party act: "required by Beta to terminate" is not Beta's act. */
const ENABLING_BY = /^(?:required|requested|asked|directed|instructed|authori[sz]ed|permitted|entitled|allowed|obliged|obligated|compelled|forced|caused|empowered|enabled|invited|ordered|notified|advised|urged|appointed|engaged|retained|hired|called|prompted|encouraged|induced|persuaded)$/i;
/** A form of company closing a party's name ("S.A.", "Inc.", "Ltd", "GmbH"), with the comma before it. */
const COMPANY_FORM_END = /,?\s+(?:S\.\s?A\.(?:\s?S\.|\s+de\s+C\.\s?V\.|\s+E\.\s?S\.\s?P\.)?|S\.\s?p\.\s?A\.|S\.\s?r\.\s?l\.|S\.\s?A\.\s?R\.\s?L\.|Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|L\.?L\.?C\.?|L\.?L\.?P\.?|L\.?P\.|plc|PLC|GmbH|AG|N\.\s?V\.|B\.\s?V\.|S\.\s?L\.|S\.\s?A\.\s?U\.|Pty\.?\s+Ltd\.?|Co\.,?\s+Ltd\.?|K\.\s?K\.)\s*$/i;
/** An act that vests ownership in a party named after it: "belong(s) to", "vest(s) in", "be (solely) owned by". */
const VESTING = /^(?:belong|vest|(?:be|become)\s+(?:the\s+)?(?:(?:sole|solely|exclusive|exclusively)\s+)?(?:owned|property))/i;

// A reference to a schedule, exhibit, annex, appendix or attachment by its designation ("Attachment 3", "Exhibit B").
const MISSING_ANNEX = /^(?:Schedule|Exhibit|Annex|Annexure|Appendix|Attachment)\s/;
// How many other places a missing schedule's finding names before it counts the rest.
const OTHER_PLACES_SHOWN = 4;
/** Cache keys for query params: the params objects of loaded rules are long-lived, so stringify each once. */
const paramKeys = new WeakMap<object, string>();
const NO_FORMS: readonly AttachedForm[] = [];

function keyOf(q: object): string {
  let k = paramKeys.get(q);
  if (k === undefined) {
    k = JSON.stringify(q);
    paramKeys.set(q, k);
  }
  return k;
}

/** The key of a scan: its pattern, and whether it runs on the text as written. */
const scanKey = (src: string, matchCase: boolean): string => (matchCase ? `\u0000${src}` : src);

/**
 * The patterns some rules scan documents for (clause query texts, mentions, acts), planned together: one walk
 * over a document's words finds where each can match (word-starts.ts). Built once per set of rules.
 */
export class ScanPlan {
  private readonly slots = new Map<string, number>();
  /** The keys of every pattern given, planned or not (those without leading words are scanned whole). */
  private readonly keys = new Set<string>();
  readonly lead: LeadPlan;
  constructor(patterns: readonly { readonly src: string; readonly matchCase: boolean }[]) {
    const planned: Planned[] = [];
    for (const { src, matchCase } of patterns) {
      const key = scanKey(src, matchCase);
      this.keys.add(key);
      const leading = (matchCase ? casedPattern(src) : insensitive(src)).leading;
      if (leading && !this.slots.has(key)) this.slots.set(key, planned.push({ leading, cased: matchCase }) - 1);
    }
    // The context's own scans get slots too (not keys: they are no rule's): a document that asks for its payments was
    // walked again, word start by word start, for each of them (16 CUAD dev documents, 318K word starts a pass).
    for (const src of OWN_SCANS) {
      const key = scanKey(src, false);
      const leading = insensitive(src).leading;
      if (leading && !this.slots.has(key)) this.slots.set(key, planned.push({ leading, cased: false }) - 1);
    }
    this.lead = new LeadPlan(planned);
  }
  slotOf(key: string): number | undefined {
    return this.slots.get(key);
  }
  /** Whether the rules scan documents for this pattern (scanKey). */
  scans(key: string): boolean {
    return this.keys.has(key);
  }
}

/**
 * Whether a match of the pattern may open with a lookbehind that may look far back: one that starts an alternative a
 * match can begin with (`(?<!x)y`, `(?:(?<=x)y|z)`, `(?:a|(?<!x)y)`), after nothing but `\b` and other lookbehinds,
 * and that repeats a class, a dot or a group (`[\s\S]{0,300}`, `.*`, `(?:\w+\s+)+`) or anything 20 times or more. The
 * regex engine tries such a lookbehind at nearly every offset (what opens the other alternatives tells it nothing of
 * this one), so leftmostIn tries the pattern at its leading words instead. A short one (`(?<!non[- ])`) costs the
 * engine little at each offset; after a lookahead (`(?=words)(?<!...)`) the engine reaches the lookbehind only where
 * the lookahead holds.
 */
export function opensWithLongLookbehind(src: string): boolean {
  return longLookbehinds.get(src, findLongLookbehind);
}
/** Per pattern, whether it opens with a long lookbehind: asked for every require/exclude test of every candidate clause. */
const longLookbehinds = new CappedCache<string, boolean>(PATTERN_CACHE_LIMIT);

/** The index just past the group that opens at src[i] ('('), past escapes and classes. */
function groupEnd(src: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return src.length;
}

function findLongLookbehind(src: string): boolean {
  // Whether each open group starts where a match can (a stack of flags), and whether the step at i does.
  const opens: boolean[] = [];
  let atOpen = true;
  for (let i = 0; i < src.length; ) {
    const ch = src[i];
    if (ch === '(' && src[i + 1] === '?' && src[i + 2] === '<' && (src[i + 3] === '!' || src[i + 3] === '=')) {
      const end = groupEnd(src, i);
      if (atOpen) {
        const body = src.slice(i + 4, end - 1);
        if (/[\].)][*+]/.test(body) || [...body.matchAll(/\{\d*,(\d*)\}/g)].some((m) => m[1] === '' || Number(m[1]) >= 20)) return true;
      }
      i = end; // zero-width: what follows opens as it would have
    } else if (ch === '(' && src[i + 1] === '?' && (src[i + 2] === '=' || src[i + 2] === '!')) {
      i = groupEnd(src, i);
      atOpen = false;
    } else if (ch === '(') {
      opens.push(atOpen);
      i += src[i + 1] !== '?' ? 1 : src[i + 2] === ':' ? 3 : Math.max(src.indexOf('>', i) + 1, i + 1);
    } else if (ch === '|') {
      atOpen = opens.length === 0 ? true : (opens[opens.length - 1] as boolean);
      i++;
    } else if (ch === ')') {
      opens.pop();
      atOpen = false;
      i++;
    } else if (ch === '\\' && src[i + 1] === 'b') {
      i += 2; // zero-width
    } else {
      atOpen = false;
      i = ch === '[' ? classEnd(src, i) : ch === '\\' ? i + 2 : i + 1;
    }
  }
  return false;
}

/** The index just past the class that opens at src[i] ('['). */
function classEnd(src: string, i: number): number {
  for (i++; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i + 1;
  }
  return src.length;
}

/**
 * The leftmost match of `src` in text.slice(lo, to), what exec on that slice finds, with offsets in the text. A
 * pattern that opens with a lookbehind is tried only where its leading words start in the slice (word-starts.ts, on
 * the slice as its own text, so that its lookbehind and \b see what they see in it): the regex engine tries such a
 * lookbehind at every offset before anything else (monetization's royalty-free carve-out looks up to 300 characters
 * back, ~0.25 ms a clause). Other patterns open with what the regex engine looks for first, and there a walk over the
 * slice's words costs more than it saves.
 */
export function leftmostIn(text: string, src: string, lo: number, to: number, matchCase: boolean, textStarts?: Int32Array, hay = text): { start: number; end: number } | null {
  const slice = text.slice(lo, to);
  const haySlice = hay === text ? slice : hay.slice(lo, to);
  const pattern = opensWithLongLookbehind(src) ? (matchCase ? casedPattern(src) : insensitive(src)) : null;
  const leading = pattern?.leading;
  if (pattern && leading) {
    // The slice's word starts, read from the text's when given (no walk over the slice's characters).
    const words = textStarts && lo >= 0 && to >= 0 ? startsWithin(textStarts, text, lo, to) : new WordStarts(slice);
    const sc = matchesOf(words, pattern.sticky, leading, slice, matchCase, haySlice);
    return sc.starts.length > 0 ? { start: lo + (sc.starts[0] as number), end: lo + (sc.ends[0] as number) } : null;
  }
  const m = (matchCase ? compileCased(src) : compile(src)).exec(haySlice);
  return m ? { start: lo + m.index, end: lo + m.index + m[0].length } : null;
}

/** The first of a clause's tags of one of `types` at `minConf` or more (what a query's types select it by). */
function typedTag(tags: readonly Tag[], types: readonly string[], minConf: number): Tag | undefined {
  for (let k = 0; k < tags.length; k++) {
    const t = tags[k] as Tag;
    if (types.includes(t.type) && t.confidence >= minConf) return t;
  }
  return undefined;
}

export class DocumentContext {
  readonly text: string;
  /** The text the patterns are matched on: abbreviations' dots read as no sentence end (textForRules); same offsets. */
  readonly ruleText: string;
  private readonly queryCache = new Map<string, ClauseMatch[]>();
  /** The grantees of the wider licence of each royalty-asymmetric pair (set by grantComparison). */
  private readonly wider = new Set<string>();
  private readonly scans = new Map<string, Scan>();
  /** Per clause index, its headEnd and bodyStart (-1: not yet); clauses outside the tree (none in practice) are computed each time. */
  private headEnds: Int32Array | undefined;
  /** firstScheduleStart's answer, once read. */
  private scheduleStart: number | undefined;
  private bodyStarts: Int32Array | undefined;
  /** Per clause index, whether a query's candidates include it (candidates() leaves it all zero). */
  private marks: Uint8Array | undefined;
  /** Per clause index, its parent's index (-1: none); built on first use. */
  private parentIndex: Int32Array | undefined;
  private leadItems: number[] | undefined;
  private chains: Map<number, { text: string; hay: string; own: number; ownStart: number; parts: readonly string[]; words?: WordStarts } | null> | undefined;
  private typeIndexes: Map<string, number[]> | undefined;
  /** Per query (keyOf), what typedMatch found of its filters (throughFilters) for the clauses it tried. */
  private filtersSeen: Map<string, Map<ClauseNode, { readonly result: { start: number; end: number } | null | undefined }>> | undefined;
  /** clausesOfType's lists, by type. */
  private typed: Map<string, ClauseNode[]> | undefined;
  /** Per heading pattern of a query (compiled, so one object per pattern), the clauses whose heading it matches. */
  private headed: Map<RegExp, number[]> | undefined;
  private readonly wordsSeen = new Map<string, boolean>();
  private words: WordStarts | undefined;
  /** Where the agreement's terms end (terms()). */
  private termsEnd: { readonly index: number; readonly offset: number } | undefined;
  /** Candidate offsets of the plan's patterns, by slot: one walk over the words, on the first planned scan. */
  private planned: SlotCandidates | undefined;
  private memo = new Map<string, unknown>();

  /** The document kind rules see: the declared one (config, pack cases), else the facts stage's. */
  readonly kind: DocumentKind;
  private readonly declared: boolean;

  constructor(
    readonly analysis: Analysis,
    declaredKind?: DocumentKind,
    /** The patterns the rules will scan for; others are planned one at a time. */
    private readonly plan?: ScanPlan,
  ) {
    this.kind = declaredKind ?? analysis.facts.kind;
    // A kind from the configuration is a declaration too (the facts stage records why it chose the kind).
    const reason = analysis.facts.kindReason;
    this.declared = declaredKind !== undefined || reason.startsWith('declared');
    this.text = analysis.source.text;
    this.ruleText = textForRules(this.text);
  }

  private once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  clause(id: string): ClauseNode | undefined {
    return clauseById(this.analysis.tree.clauses, id);
  }

  /** A clause named for counsel, numbered clauses with the word the document's own cross-references use. */
  labelOf(c: ClauseNode | undefined): string {
    return clauseLabel(c, (id) => this.clause(id), documentNumberWords(this.analysis));
  }

  tags(c: ClauseNode): readonly Tag[] {
    return this.analysis.tags.get(c.id) ?? [];
  }

  hasType(type: string, minConfidence = 0.5): boolean {
    return this.clausesOfType(type).some((c) => this.tags(c).some((t) => t.type === type && t.confidence >= minConfidence));
  }

  /** The clauses that carry a tag of `type` (at any confidence), in document order. */
  clausesOfType(type: string): readonly ClauseNode[] {
    let found = (this.typed ??= new Map()).get(type);
    if (found === undefined) {
      const clauses = this.analysis.tree.clauses;
      found = (this.typeIndex().get(type) ?? []).map((i) => clauses[i] as ClauseNode);
      this.typed.set(type, found);
    }
    return found;
  }

  /** Every match of a pattern over the whole document, once per document: clause tests become binary searches. */
  private scan(src: string, matchCase = false): Scan {
    const key = scanKey(src, matchCase);
    let sc = this.scans.get(key);
    if (!sc) {
      // Uncased: with the `i` flag, on the text as written (patterns.ts insensitive).
      const pattern = matchCase ? casedPattern(src) : insensitive(src);
      const text = this.text;
      // Most patterns can only match at a few word starts: try them there (word-starts.ts), else everywhere.
      const leading = pattern.leading;
      if (!leading) sc = this.scanAll(pattern, matchCase);
      else {
        const words = this.wordRuns();
        const slot = this.plan?.slotOf(key);
        if (slot === undefined) sc = matchesOf(words, pattern.sticky, leading, text, matchCase, this.ruleText);
        else {
          this.planned ??= (this.plan as ScanPlan).lead.candidatesBySlot(words, text);
          sc = scanAt(pattern.sticky, this.planned.of(slot), this.ruleText);
        }
      }
      this.scans.set(key, sc);
    }
    return sc;
  }

  /**
   * The matches of the uncased `src` that a global search begun at `from` finds, as the document's scan for it has
   * them (`first`: the index of the first), when the rules have scanned for it already and none of the scan's matches
   * runs over `from`; else null. The scan's own search then reached `from` at a match's end or before it and tried every
   * offset from there on, as a search begun at `from` does, so the two find the same matches (a finding's other
   * matches in its clause, evaluate.ts otherMatches, read them here rather than search on to the document's end).
   */
  scannedFrom(src: string, from: number): { readonly scan: Scan; readonly first: number } | null {
    const sc = this.scans.get(scanKey(src, false));
    if (sc === undefined) return null;
    const first = lowerBound(sc.starts, from);
    return first > 0 && (sc.ends[first - 1] as number) > from ? null : { scan: sc, first };
  }

  /** The document's word runs, as the tagger found them (model/words.ts). */
  private wordRuns(): WordStarts {
    return (this.words ??= wordIndexOf(this.analysis.source));
  }

  private wordStarts(): Int32Array {
    return this.wordRuns().starts;
  }

  /** The regex engine's own scan: tries every offset. */
  private scanAll(pattern: Compiled, matchCase: boolean): Scan {
    const starts: number[] = [];
    const ends: number[] = [];
    // Every match contains the pattern's required words (folded unless matchCase): when the text lacks them, skip the scan.
    if (satisfiable(pattern.required, (w) => this.contains(w, matchCase))) {
      for (const m of this.ruleText.matchAll(pattern.global)) {
        starts.push(m.index);
        ends.push(m.index + m[0].length);
      }
    }
    return { starts, ends };
  }

  /** The first match of `src` in [from, to), preferring one after `preferFrom` (past the heading). */
  private matchIn(src: string, from: number, to: number, preferFrom: number, matchCase = false): { start: number; end: number } | null {
    const sc = this.scan(src, matchCase);
    let i = preferFrom > from ? firstIn(sc, preferFrom, to) : -1;
    if (i < 0) i = firstIn(sc, from, to);
    return i < 0 ? null : { start: sc.starts[i] as number, end: sc.ends[i] as number };
  }

  /**
   * Like matchIn, for patterns only tested on a few candidate clauses: searches the clause, not the document. A
   * pattern the rules scan documents for anyway (some query's text) is read from that scan instead. Which of the two
   * is decided by the plan, never by whether the scan has already run: the two can disagree (a document match may run
   * past the clause's end), and a fact's value must not depend on the order in which the engine computes facts.
   */
  private matchInClause(src: string, from: number, to: number, preferFrom: number, matchCase = false): { start: number; end: number } | null {
    if (this.plan?.scans(scanKey(src, matchCase))) return this.matchIn(src, from, to, preferFrom, matchCase);
    const text = this.text;
    const starts = this.wordStarts();
    const hay = this.ruleText;
    return (preferFrom > from ? leftmostIn(text, src, preferFrom, to, matchCase, starts, hay) : null) ?? leftmostIn(text, src, from, to, matchCase, starts, hay);
  }

  /**
   * Whether `src` matches the definition of a defined term used in text.slice(from, to): the term as written, a whole
   * word (or its plural in "s"), defined by "means" or inline outside that span (a definition in the span is its own
   * words), and not matching `follow`'s `exclude`. With `follow.after`, only a use that the words before it lead to
   * ("under the Helixa Platform IP", not "to promote the Products"). One step: the definitions those definitions use are
   * not read.
   */
  foundInDefinitionsUsed(src: string, from: number, to: number, follow: NonNullable<ClauseQuery['followDefinitions']>, matchCase = false): boolean {
    if (follow === false) return false;
    const after = follow === true || follow.after === undefined ? undefined : follow.after;
    const key = `defs-in:${from}:${to}:${matchCase ? 'c' : 'i'}:${after ?? ''}:${src}:${follow === true ? '' : keyOf(follow)}`;
    let found = this.memo.get(key) as boolean | undefined;
    if (found === undefined) {
      found = this.followedIn(src, from, to, follow, after, matchCase);
      this.memo.set(key, found);
    }
    return found;
  }

  /**
   * The definitions foundInDefinitionsUsed may follow, in the facts' order, found once per document: by "means" or
   * inline, of a term of two or more characters (trimmed); and the same grouped by term, in order of first definition,
   * so that a term defined many times (a long agreement repeating its definitions article) is looked for once.
   */
  private followable(): { readonly defs: readonly FollowableDefinition[]; readonly byTerm: readonly (readonly number[])[] } {
    return this.once('followable', () => {
      const defs: FollowableDefinition[] = [];
      const groups = new Map<string, number[]>();
      for (const d of this.analysis.facts.definitions) {
        if (d.style !== 'means' && d.style !== 'inline') continue;
        const term = d.term.trim();
        if (term.length < 2) continue;
        const group = groups.get(term);
        if (group === undefined) groups.set(term, [defs.length]);
        else group.push(defs.length);
        defs.push({ term, start: d.start, definition: d });
      }
      return { defs, byTerm: [...groups.values()] };
    });
  }

  /**
   * foundInDefinitionsUsed, unmemoised: whether a followable definition not in text.slice(from, to) is used there, a
   * whole word (or its plural in "s") as written (with `after`, where the words before the use, up to
   * FOLLOW_AFTER_WINDOW characters within the span, end with a match of it), and its words match `src` and none of
   * `follow`'s `exclude`. The span's ends count as word ends. What a definition's words match is worked out once per
   * document (a long definition is used in many clauses), and only for definitions used in some span; each term is
   * looked for once, however often it is defined.
   */
  private followedIn(src: string, from: number, to: number, follow: true | { readonly exclude?: string | readonly string[] }, after: string | undefined, matchCase: boolean): boolean {
    const { defs, byTerm } = this.followable();
    if (defs.length === 0) return false;
    // Per definition: 0 not read yet, 1 its words match, 2 they do not.
    const verdicts = this.once(`defs-match:${matchCase ? 'c' : 'i'}:${src}:${follow === true ? '' : keyOf(follow)}`, () => new Uint8Array(defs.length));
    const span = this.text.slice(from, to);
    const lead = after === undefined ? null : matchCase ? compileCased(`(?:${after})$`) : compile(`(?:${after})$`);
    for (const group of byTerm) {
      // The term's definitions that may still answer: outside the span, not known to fail.
      let open = false;
      for (const i of group) {
        const d = defs[i] as FollowableDefinition;
        if (!(d.start >= from && d.start < to) && verdicts[i] !== 2) open = true;
      }
      if (!open) continue;
      const term = (defs[group[0] as number] as FollowableDefinition).term;
      for (let at = span.indexOf(term); at >= 0; at = span.indexOf(term, at + 1)) {
        const end = wholeUseEnd(span, at, term.length);
        if (end < 0) continue;
        if (lead !== null && !lead.test(this.ruleText.slice(from + Math.max(0, at - FOLLOW_AFTER_WINDOW), from + at))) continue;
        for (const i of group) {
          const d = defs[i] as FollowableDefinition;
          if (d.start >= from && d.start < to) continue;
          if (verdicts[i] === 0) verdicts[i] = this.followedMatches(d.definition, src, follow, matchCase) ? 1 : 2;
          if (verdicts[i] === 1) return true;
        }
        break;
      }
    }
    return false;
  }

  /** Whether a definition's words are not empty, match `src` and match none of `follow`'s `exclude`. */
  private followedMatches(d: Definition, src: string, follow: true | { readonly exclude?: string | readonly string[] }, matchCase: boolean): boolean {
    if (d.text === undefined || d.text === '') return false;
    // As the rules read the document ("U.S.", "Inc." before lower case, "Section 2.04": no sentence end).
    const words = textForRules(d.text);
    // As a clause's words are searched (leftmostIn: a pattern opening with a long lookbehind tried at its leading words).
    const found = (x: string): boolean => leftmostIn(d.text as string, x, 0, words.length, matchCase, undefined, words) !== null;
    return found(src) && !(follow === true ? [] : list(follow.exclude)).some(found);
  }

  /** Whether matchInClause would find a match (the same searches, without building a match). */
  private foundInClause(src: string, from: number, to: number, preferFrom: number, matchCase = false): boolean {
    if (this.plan?.scans(scanKey(src, matchCase))) return this.matchIn(src, from, to, preferFrom, matchCase) !== null;
    const text = this.text;
    const hay = this.ruleText;
    if (opensWithLongLookbehind(src)) {
      const starts = this.wordStarts();
      return (preferFrom > from && leftmostIn(text, src, preferFrom, to, matchCase, starts, hay) !== null) || leftmostIn(text, src, from, to, matchCase, starts, hay) !== null;
    }
    // Non-global, non-sticky: test neither reads nor sets lastIndex.
    const re = matchCase ? compileCased(src) : compile(src);
    return (preferFrom > from && re.test(hay.slice(preferFrom, to))) || re.test(hay.slice(from, to));
  }

  /** Whether the text contains a word as written (`cased`), or folded (a folded word), memoised per document. */
  private contains(word: string, cased: boolean): boolean {
    const key = cased ? `C${word}` : `l${word}`;
    let v = this.wordsSeen.get(key);
    if (v === undefined) {
      // Only the few patterns that can start anywhere get here (the others scan at word starts).
      v = cased ? this.text.includes(word) : foldedSites(this.text, word, 1).length > 0;
      this.wordsSeen.set(key, v);
    }
    return v;
  }

  /** Where the clause's words start: past Markdown heading marks and its visible number ("8.1", "Section 2.1"). */
  private bodyStart(c: ClauseNode): number {
    const i = this.indexOfNode(c);
    if (i < 0) return this.findBodyStart(c);
    const memo = (this.bodyStarts ??= new Int32Array(this.analysis.tree.clauses.length).fill(-1));
    let at = memo[i] as number;
    if (at < 0) memo[i] = at = this.findBodyStart(c);
    return at;
  }

  /**
   * Where an excerpt of the clause may start: past its number and its heading ("3. Territories" over a bulleted
   * "• Tidewater will not sell ..."), whose words are the clause's title, not part of its first sentence.
   */
  private wordsStart(c: ClauseNode): number {
    const body = this.bodyStart(c);
    if (c.heading === null) return body;
    const head = this.headEnd(c);
    if (head <= body || head >= c.bodyEnd) return body;
    // Only a heading on a line of its own over a bulleted list (as the clause splitter reads "3. Territories" then
    // "  • ..."): a run-in one ("Customization Schedule - a document ...", "Total for Year ____") is read with its words.
    return HEADING_OVER_BULLETS.test(this.text.slice(head, Math.min(head + 16, c.bodyEnd))) ? head : body;
  }

  /** The index of a node of this document's tree (by its c1..cN id: no search), -1 for a node not in it. */
  private indexOfNode(c: ClauseNode): number {
    const clauses = this.analysis.tree.clauses;
    const i = clauseIndexOf(clauses, c.id);
    return i >= 0 && clauses[i] === c ? i : -1;
  }

  private findBodyStart(c: ClauseNode): number {
    if (!c.number) return c.start;
    const head = BODY_HEAD.exec(this.text.slice(c.start, c.start + 40));
    let at = c.start + (head?.[0].length ?? 0);
    if (this.text.startsWith(c.number, at)) {
      at += c.number.length;
      while (at < c.bodyEnd && BODY_GAP.test(this.text[at] ?? '')) at++;
      return at;
    }
    return c.start;
  }

  private headEnd(c: ClauseNode): number {
    const i = this.indexOfNode(c);
    if (i < 0) return headingEnd(this.text, c);
    const memo = (this.headEnds ??= new Int32Array(this.analysis.tree.clauses.length).fill(-1));
    let h = memo[i] as number;
    if (h < 0) memo[i] = h = headingEnd(this.text, c);
    return h;
  }

  /**
   * Whether a clause that `c` sits under matches a pattern of `under` (a query's excludeUnder) in its heading line:
   * from its start to its heading's end ("## EXHIBIT B — FORM OF JOINT STIPULATION TO STAY"). A clause with no heading
   * has no heading line.
   */
  private underExcluded(c: ClauseNode, under: readonly string[], cased: boolean): boolean {
    const clauses = this.analysis.tree.clauses;
    const parents = this.parents();
    const own = this.indexOfNode(c);
    for (let i = own < 0 ? -1 : (parents[own] as number); i >= 0; i = parents[i] as number) {
      const a = clauses[i] as ClauseNode;
      const end = this.headEnd(a);
      if (end <= a.start) continue;
      for (let x = 0; x < under.length; x++) if (this.foundInClause(under[x] as string, a.start, end, a.start, cased)) return true;
    }
    return false;
  }

  /**
   * Where the agreement's terms end: the index of the first clause past them and its offset (the clause count and the
   * text's length but in an email thread). An agreement made by email holds its terms in one message, and the earlier
   * messages quoted below it are history: counsel's notes that 'nothing obliges Orion to report', a mediation and a
   * 'lump sum' the parties moved away from. So the message after the first one with numbered clauses starts what the
   * rules do not read (clause queries, types, mentions). A thread whose messages hold no numbered clause is read whole.
   */
  private terms(): { readonly index: number; readonly offset: number } {
    return (this.termsEnd ??= ((): { index: number; offset: number } => {
      const clauses = this.analysis.tree.clauses;
      const all = { index: clauses.length, offset: this.text.length };
      if (!this.text.includes('From:')) return all;
      const headers: number[] = [];
      for (const m of this.text.matchAll(EMAIL_HEADER)) if (/\n[ \t>]*Subject:/.test(m[0])) headers.push(m.index);
      if (headers.length < 2) return all;
      let k = 0;
      for (let i = 0; i < clauses.length; i++) {
        const c = clauses[i] as ClauseNode;
        while (k + 1 < headers.length && c.start >= (headers[k + 1] as number)) k++;
        if (c.number === null || c.start < (headers[0] as number) || k + 1 >= headers.length) continue;
        // The first numbered clause after a header: the terms are in message k; message k + 1 opens the history.
        const offset = headers[k + 1] as number;
        let index = i;
        while (index < clauses.length && (clauses[index] as ClauseNode).start < offset) index++;
        return { index, offset };
      }
      return all;
    })());
  }

  /** Clause indexes (document order) per clause type, built once per document. */
  private typeIndex(): Map<string, number[]> {
    if (this.typeIndexes) return this.typeIndexes;
    const index = new Map<string, number[]>();
    const clauses = this.analysis.tree.clauses;
    const cut = this.terms().index;
    for (let i = 0; i < cut; i++) {
      const tags = this.tags(clauses[i] as ClauseNode);
      for (let k = 0; k < tags.length; k++) {
        const type = (tags[k] as Tag).type;
        const list = index.get(type);
        if (list) {
          if (list[list.length - 1] !== i) list.push(i);
        } else index.set(type, [i]);
      }
    }
    return (this.typeIndexes = index);
  }

  /** Whether the clause's most confident tag is of `type`, at `minConfidence` or more. */
  topTagIs(c: ClauseNode, type: string, minConfidence = 0.5): boolean {
    let top: Tag | undefined;
    for (const t of this.tags(c)) if (!top || t.confidence > top.confidence) top = t;
    return top !== undefined && top.type === type && top.confidence >= minConfidence;
  }

  /**
   * The preamble's recitals, by clause id. The clause tree keeps the preamble's paragraphs side by side, so the recitals
   * under a heading ("## Background", "RECITALS", "Recitals:") are not inside it: 'B. The Parties wish to cross-license
   * their patents' follows the heading tagged recitals but carries no tag of its own. A preamble paragraph is a recital
   * when the tagger gives it a recitals tag (a WHEREAS paragraph also typed as the grant it describes, "WHEREAS, Xencor
   * wishes to grant a license to Aimmune"), or when it follows a recital or a recitals heading with no other heading and
   * no lead-in ("NOW, THEREFORE", "... hereby agree as follows:") between.
   */
  preambleRecitals(): ReadonlySet<string> {
    return this.once('preamble-recitals', () => {
      const out = new Set<string>();
      const clauses = this.analysis.tree.clauses;
      const parents = this.parents();
      let run = false;
      for (let i = 0; i < clauses.length; i++) {
        const c = clauses[i] as ClauseNode;
        const p = parents[i] as number;
        if (p < 0 || (clauses[p] as ClauseNode).kind !== 'preamble') {
          if (p < 0) run = false;
          continue;
        }
        if (this.topTagIs(c, 'parties', 0) || this.topTagIs(c, 'title', 0)) run = false;
        else if (typedTag(this.tags(c), RECITALS, 0.5) !== undefined) {
          out.add(c.id);
          run = true;
        } else if (run) {
          if (c.heading !== null || this.leadsIn(c)) run = false;
          else out.add(c.id);
        }
      }
      return out;
    });
  }

  /** A paragraph that leads into the terms: 'NOW, THEREFORE' or 'agree as follows' (AGREE_RE), or 'In consideration of'. */
  private leadsIn(c: ClauseNode): boolean {
    const body = this.text.slice(c.start, c.bodyEnd);
    return AGREE_RE.test(body) || CONSIDERATION.test(body);
  }

  /**
   * Per clause index, 1 for a recital a query's `excludeRecitals` leaves out: one of the preamble's recitals
   * (preambleRecitals), a clause whose most confident tag is recitals ("2. Background"), or a clause inside either; not
   * the paragraph that leads into the terms ("NOW, THEREFORE, the parties agree as follows: ..."), whose words after the
   * lead-in are terms, nor the preamble as a whole.
   */
  private recitalMarks(): Uint8Array {
    return this.once('recital-marks', () => {
      const clauses = this.analysis.tree.clauses;
      const parents = this.parents();
      const preamble = this.preambleRecitals();
      const marks = new Uint8Array(clauses.length);
      for (let i = 0; i < clauses.length; i++) {
        const c = clauses[i] as ClauseNode;
        const p = parents[i] as number;
        const recital = preamble.has(c.id) || this.topTagIs(c, 'recitals') || (p >= 0 && marks[p] === 1);
        if (recital && c.kind !== 'preamble' && !this.leadsIn(c)) marks[i] = 1;
      }
      return marks;
    });
  }

  /**
   * The lead-in of a list item: the words that open its sentence ("9.1 If Beta commits a material breach ...: (a) Alpha
   * may terminate this Agreement"): the nearest unnumbered paragraph before it among its siblings, or else its parent's
   * own text, when that ends as a lead-in does (a colon, or as LEAD_IN_END says: a dash or a word, before the items go on; earlier
   * items and their sub-clauses in between). [start, end) or null.
   */
  leadIn(c: ClauseNode): { start: number; end: number } | null {
    const i = this.indexOfNode(c);
    if (i < 0 || c.number === null) return null;
    const clauses = this.analysis.tree.clauses;
    const parents = this.parents();
    const parent = parents[i] as number;
    // A top-level clause is no item ("... agree as follows:" opens the whole agreement).
    if (parent < 0) return null;
    // A list has a few dozen items at most; a longer walk back finds no lead-in worth reading.
    for (let j = i - 1; j >= 0 && j >= i - 60; j--) {
      const d = clauses[j] as ClauseNode;
      if (j !== parent && parents[j] !== parent) continue;
      if (j !== parent && d.number !== null) continue;
      const end = this.text.slice(Math.max(d.start, d.bodyEnd - 20), d.bodyEnd);
      if (/:\s*$/.test(end)) return { start: d.start, end: d.bodyEnd };
      if (!LEAD_IN_END.test(end)) return null;
      // Ending in a word or a dash, it is a lead-in only with words of its own in lower case past its number and
      // heading: '19. DEFAULT AND TERMINATION' over '19.1', '19.2' is a heading, not a sentence the items finish.
      const from = d.heading === null ? this.bodyStart(d) : Math.max(this.bodyStart(d), this.headEnd(d));
      return /[a-z]/.test(this.text.slice(from, d.bodyEnd)) ? { start: d.start, end: d.bodyEnd } : null;
    }
    return null;
  }

  /**
   * The lead-ins of a list item, nearest first: its lead-in, that lead-in's clause's own lead-in, and so on, at most
   * LEAD_IN_DEPTH levels ('4.2.1 For each Contract Year ...:' / '(b) Quillon shall not:' / '(ii) manufacture or sell:'
   * over '(A) more than fifty thousand (50,000) Licensed Products'). Each with the clause whose words it is.
   */
  private leadIns(c: ClauseNode): { node: ClauseNode; start: number; end: number }[] {
    const out: { node: ClauseNode; start: number; end: number }[] = [];
    const clauses = this.analysis.tree.clauses;
    let node: ClauseNode = c;
    for (let depth = 0; depth < LEAD_IN_DEPTH; depth++) {
      const lead = this.leadIn(node);
      if (lead === null) break;
      const d = clauses[this.clauseIndexAt(lead.start)];
      if (d === undefined || d === node) break;
      out.push({ node: d, ...lead });
      node = d;
    }
    return out;
  }

  /**
   * A list item read as the sentence its lead-ins open, outermost first ('Quillon shall not: manufacture or sell: more
   * than fifty thousand ...'), each part from its words (no list numbers); `own` is where the item's own words start in
   * it (at `ownStart` in the text). Null for an item with no lead-in. Only what is read "within: lead-in" reads it.
   */
  private chainOf(c: ClauseNode): { text: string; hay: string; own: number; ownStart: number; parts: readonly string[]; words?: WordStarts } | null {
    const i = this.indexOfNode(c);
    const memo = (this.chains ??= new Map());
    const known = i < 0 ? undefined : memo.get(i);
    if (known !== undefined) return known;
    const leads = this.leadIns(c);
    let chain: { text: string; hay: string; own: number; ownStart: number; parts: readonly string[]; words?: WordStarts } | null = null;
    if (leads.length > 0) {
      // Each lead-in's words, outermost first: read from the text, and as the rules read them (ruleText: as long, so
      // `own` holds for both).
      const spans = leads.reverse().map((l) => [Math.max(l.start, Math.min(this.wordsStart(l.node), l.end)), l.end] as const);
      const parts = spans.map(([from, to]) => this.text.slice(from, to).trim());
      const ownStart = this.wordsStart(c);
      // The rules read a lead-in's closing colon as the space it stands for ('Sato shall: (b) not manufacture more than'
      // is 'Sato shall not manufacture more than'), one char for one, so `own` still holds; the evidence shows `parts`.
      const head = parts.map(asRead).join(' ') + ' ';
      const hayHead = spans.map(([from, to]) => asRead(this.ruleText.slice(from, to).trim())).join(' ') + ' ';
      chain = { text: head + this.text.slice(ownStart, c.bodyEnd), hay: hayHead + this.ruleText.slice(ownStart, c.bodyEnd), own: head.length, ownStart, parts };
    }
    if (i >= 0) memo.set(i, chain);
    return chain;
  }

  /** A match of `src` in a list item read with its lead-ins that reaches into the item's own words; null when none. */
  private chainMatch(src: string, c: ClauseNode, cased: boolean): { at: number; end: number; chain: NonNullable<ReturnType<DocumentContext['chainOf']>> } | null {
    const chain = this.chainOf(c);
    if (chain === null) return null;
    // The leftmost match, as exec on the chain finds it: tried at the chain's words that open as a match can (its
    // own word starts, the chain read as a text of its own), by the pattern's sticky regex, which the scans of the
    // documents compile anyway. A pattern searched only in chains (output-restriction's, 6,831 characters spelt) was
    // otherwise compiled a second time, with no flag, by the first document with a chain (~36M instructions, both
    // tiers), inside a fresh worker's first pass. A pattern without leading words is searched by exec.
    const pattern = cased ? casedPattern(src) : insensitive(src);
    const leading = pattern.leading;
    let at: number;
    let end: number;
    if (leading !== null) {
      const found = matchesOf((chain.words ??= new WordStarts(chain.text)), pattern.sticky, leading, chain.text, cased, chain.hay);
      if (found.starts.length === 0) return null;
      at = found.starts[0] as number;
      end = found.ends[0] as number;
    } else {
      const m = (cased ? compileCased(src) : compile(src)).exec(chain.hay);
      if (m === null) return null;
      at = m.index;
      end = m.index + m[0].length;
    }
    if (end <= chain.own) return null;
    return { at, end, chain };
  }

  /** Whether `src` is found in the lead-ins above a list item's nearest one (read as the sentence they make). */
  private inLeadIns(src: string, c: ClauseNode, cased: boolean): boolean {
    const chain = this.chainOf(c);
    return chain !== null && chain.parts.length > 1 && (cased ? compileCased(src) : compile(src)).test(chain.hay.slice(0, chain.own));
  }

  private parents(): Int32Array {
    if (this.parentIndex) return this.parentIndex;
    const clauses = this.analysis.tree.clauses;
    const parents = new Int32Array(clauses.length);
    clauses.forEach((c, i) => (parents[i] = c.parentId === null ? -1 : clauseIndexOf(clauses, c.parentId)));
    return (this.parentIndex = parents);
  }

  /**
   * Clause indexes that can satisfy a query (one of its types, a text match in range, a heading match), in document
   * order; without `withText`, those of its types and heading only (no scan of its text).
   */
  private candidates(q: ClauseQuery, headingRe: RegExp | null, withText = true): number[] {
    const clauses = this.analysis.tree.clauses;
    // Clause indexes marked, then read in order (and unmarked): no set and no sort, and one array per document; only
    // the range between the first and the last mark is read back.
    // The scan first: nothing runs between marking and unmarking but plain loops.
    const textStarts = q.text === undefined || !withText ? null : this.scan(q.text, q.matchCase === true).starts;
    const typeIndex = this.typeIndex();
    const parents = this.parents();
    const marked = (this.marks ??= new Uint8Array(clauses.length));
    let first = clauses.length;
    let last = -1;
    const types = q.types ?? [];
    for (let t = 0; t < types.length; t++) {
      const typed = typeIndex.get(types[t] as string);
      if (typed === undefined || typed.length === 0) continue;
      for (let k = 0; k < typed.length; k++) marked[typed[k] as number] = 1;
      // Each type's clauses are in document order.
      first = Math.min(first, typed[0] as number);
      last = Math.max(last, typed[typed.length - 1] as number);
    }
    if (headingRe) {
      const headed = this.headingMatches(headingRe);
      if (headed.length > 0) {
        for (let k = 0; k < headed.length; k++) marked[headed[k] as number] = 1;
        first = Math.min(first, headed[0] as number);
        last = Math.max(last, headed[headed.length - 1] as number);
      }
    }
    // And the references whose clause's heading the text matches (followReferences): where each starts, as a text match.
    const referenceStarts = textStarts !== null && q.followReferences === true ? this.referencesTo(q.text as string, q.matchCase === true).starts : null;
    // And the uses of defined terms whose definition the text matches (followDefinitions with `text`).
    const definedStarts = textStarts !== null ? this.definedUsesFor(q)?.starts ?? null : null;
    for (const starts of [textStarts, referenceStarts, definedStarts]) {
      if (starts === null) continue;
      const subtree = q.within === 'subtree';
      for (let k = 0; k < starts.length; k++) {
        const at = starts[k] as number;
        // The innermost clause holding the match, and (for subtree queries) its ancestors.
        for (let i = this.clauseIndexAt(at); i >= 0; i = parents[i] as number) {
          const c = clauses[i] as ClauseNode;
          if (at < (subtree ? c.end : c.bodyEnd)) {
            marked[i] = 1;
            if (i < first) first = i;
            if (i > last) last = i;
          }
          if (!subtree) break;
        }
      }
    }
    // Clauses of an excluded type (a signature block) are unmarked before they are read back.
    const excludedTypes = q.excludeTypes ?? [];
    const minConf = q.minConfidence ?? 0.5;
    for (let t = 0; t < excludedTypes.length; t++) {
      const typed = typeIndex.get(excludedTypes[t] as string);
      if (typed === undefined) continue;
      for (let k = 0; k < typed.length; k++) {
        const i = typed[k] as number;
        if (marked[i] === 1 && typedTag(this.tags(clauses[i] as ClauseNode), excludedTypes, minConf) !== undefined) marked[i] = 0;
      }
    }
    // Recitals (excludeRecitals): background, not terms.
    if (q.excludeRecitals === true && last >= first) {
      const recitals = this.recitalMarks();
      for (let i = first; i <= last; i++) if (recitals[i] === 1) marked[i] = 0;
    }
    // Clauses inside a form the agreement attaches (excludeForms): their blanks are the form's, filled at signing.
    // Forms are schedules or parts of them: read them only when a candidate lies at or after the first schedule.
    const forms = q.excludeForms === true && last >= first && (clauses[last] as ClauseNode).start >= this.firstScheduleStart() ? this.analysis.facts.attachedForms : NO_FORMS;
    let f = 0;
    const out: number[] = [];
    const cut = this.terms().index;
    for (let i = first; i <= last; i++) {
      if (marked[i] === 1) {
        marked[i] = 0;
        if (i >= cut) continue;
        if (forms.length > 0) {
          const at = (clauses[i] as ClauseNode).start;
          while (f < forms.length && (forms[f] as AttachedForm).end <= at) f++;
          if (f < forms.length && (forms[f] as AttachedForm).start <= at) continue;
        }
        out.push(i);
      }
    }
    return out;
  }

  /**
   * A query's `text` match in [from, to): in the words (preferred from `preferFrom`), else, with followReferences, the
   * first reference there whose clause's heading the text matches.
   */
  private textMatch(q: ClauseQuery, from: number, to: number, preferFrom: number): { start: number; end: number } | null {
    const src = q.text as string;
    const cased = q.matchCase === true;
    const hit = this.matchIn(src, from, to, preferFrom, cased);
    // A grant named by its clause number is read as that grant (grantReference).
    if (hit !== null && q.grantReference !== undefined && !this.referencedGrantsPriced(hit.start, hit.end, q.grantReference)) return null;
    if (hit !== null) return hit;
    if (q.followReferences === true) {
      const refs = this.referencesTo(src, cased);
      const i = firstIn(refs, from, to);
      if (i >= 0) return { start: refs.starts[i] as number, end: refs.ends[i] as number };
    }
    const uses = this.definedUsesFor(q);
    const u = uses === null ? -1 : firstIn(uses, from, to);
    return u < 0 ? null : { start: (uses as Scan).starts[u] as number, end: (uses as Scan).ends[u] as number };
  }

  /**
   * With followDefinitions `{text: true}`, the uses of the defined terms whose definition the query's `text` matches
   * (see definedUses); null otherwise.
   */
  private definedUsesFor(q: ClauseQuery): Scan | null {
    const follow = q.followDefinitions;
    if (q.text === undefined || follow === undefined || typeof follow === 'boolean' || follow.text !== true) return null;
    return this.definedUses(q.text, q.matchCase === true, follow);
  }

  /**
   * Where a defined term is used whose definition's words match `src` (and none of `follow`'s `exclude`), read as
   * followedIn reads a use: as written (or its plural in "s"), a whole word, not in the clause that defines it, and with
   * `follow.after`, where the words before it (up to FOLLOW_AFTER_WINDOW characters within its clause) end with a
   * match: "assigns ... all Evaluation Inventions", where an Evaluation Invention is "any invention, improvement or
   * modification ... that Hollandia ... make[s]". Document order, once per pattern and document.
   */
  private definedUses(src: string, cased: boolean, follow: { readonly exclude?: string | readonly string[]; readonly after?: string }): Scan {
    return this.once(`defUses:${scanKey(src, cased)}:${keyOf(follow)}`, () => {
      const found: { start: number; end: number }[] = [];
      const { defs, byTerm } = this.followable();
      const clauses = this.analysis.tree.clauses;
      const text = this.text;
      const lead = follow.after === undefined ? null : cased ? compileCased(`(?:${follow.after})$`) : compile(`(?:${follow.after})$`);
      for (const group of byTerm) {
        // The clauses that hold a matching definition of the term; a use there is that definition's own words, unless
        // another matching definition stands elsewhere (-1: two or more such clauses, so no use is left out).
        let home: number | null = null;
        for (const i of group) {
          const d = defs[i] as FollowableDefinition;
          if (!this.followedMatches(d.definition, src, follow, cased)) continue;
          const at = this.clauseIndexAt(d.start);
          home = home === null || home === at ? at : -1;
        }
        if (home === null) continue;
        const term = (defs[group[0] as number] as FollowableDefinition).term;
        for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
          const end = wholeUseEnd(text, at, term.length);
          if (end < 0) continue;
          const i = this.clauseIndexAt(at);
          if (i < 0 || i === home) continue;
          const from = (clauses[i] as ClauseNode).start;
          if (lead !== null && !lead.test(this.ruleText.slice(Math.max(from, at - FOLLOW_AFTER_WINDOW), at))) continue;
          found.push({ start: at, end });
        }
      }
      found.sort((a, b) => a.start - b.start || a.end - b.end);
      return { starts: found.map((f) => f.start), ends: found.map((f) => f.end) };
    });
  }

  /**
   * Whether the first cross-reference in [start, end) that names a clause holding grants names one priced as `royalty`
   * says (stated in the grant, else by what its grantee pays: grantPrice); true when no reference there names a grant.
   */
  private referencedGrantsPriced(start: number, end: number, royalty: 'royalty-free' | 'royalty-bearing'): boolean {
    const clauses = this.analysis.tree.clauses;
    const grants = this.analysis.facts.grants;
    for (const refs of this.analysis.facts.crossReferences.values()) {
      for (const r of refs) {
        if (r.targetId === null || r.start < start || r.end > end) continue;
        const target = clauses[clauseIndexOf(clauses, r.targetId)];
        if (target === undefined) continue;
        const held = grants.filter((g) => {
          const c = clauses[clauseIndexOf(clauses, g.clauseId)];
          return c !== undefined && c.start >= target.start && c.end <= target.end;
        });
        if (held.length > 0) return held.some((g) => this.grantPrice(g) === royalty);
      }
    }
    return true;
  }

  /** A grant's price: as the grant states it, else royalty-bearing when its grantee pays a royalty anywhere, royalty-free when it pays nothing. */
  private grantPrice(g: GrantRecord): 'royalty-free' | 'royalty-bearing' | null {
    if (g.royalty !== null) return g.royalty;
    const grantee = g.mutual === true ? null : this.canonical(g.grantee);
    if (grantee === null || grantee === 'mutual') return null;
    const paid = this.payments().get(grantee);
    return paid === undefined ? 'royalty-free' : paid ? 'royalty-bearing' : null;
  }

  /**
   * The cross-references (document order) that resolve to a clause whose heading, else whose nearest headed ancestor's,
   * `src` matches: "Clause 5" where clause 5 is headed "Improvements", "clause 5.3" inside it. Once per pattern.
   */
  private referencesTo(src: string, matchCase: boolean): Scan {
    return this.once(`refsTo:${scanKey(src, matchCase)}`, () => {
      const re = matchCase ? compileCased(src) : compile(src);
      const clauses = this.analysis.tree.clauses;
      const parents = this.parents();
      const found: { start: number; end: number }[] = [];
      const named = new Map<number, boolean>();
      const worded = new Map<number, boolean>();
      const rt = this.ruleText;
      for (const refs of this.analysis.facts.crossReferences.values()) {
        for (const r of refs) {
          if (r.targetId === null) continue;
          const target = clauseIndexOf(clauses, r.targetId);
          let hit = named.get(target);
          if (hit === undefined) {
            let i = target;
            while (i >= 0 && (clauses[i] as ClauseNode).heading === null) i = parents[i] as number;
            hit = i >= 0 && re.test((clauses[i] as ClauseNode).heading as string);
            named.set(target, hit);
          }
          // A clause said to survive is read in its own words too ("Clauses 5 and 7 survive", clause 7 headed
          // "Feedback and Inventions" and assigning the Evaluation Inventions), unless it is where terms are defined
          // (a definition that survives treats nothing at the end); a clause named otherwise ("terminate the licence
          // granted under Section 2") is read by its heading alone.
          // (A '.' or ';' ends its sentence: the rules' text has no abbreviation's dot.)
          if (!hit && SURVIVES.test(sentenceAround(rt, r.start, r.end, (i) => rt.charCodeAt(i) === 46 || rt.charCodeAt(i) === 59))) {
            let w = worded.get(target);
            if (w === undefined) {
              const c = clauses[target] as ClauseNode;
              let i = target;
              let defines = this.tags(c).some((t) => t.type === 'definitions');
              for (; i >= 0 && !defines; i = parents[i] as number) {
                const h = (clauses[i] as ClauseNode).heading;
                if (h !== null) {
                  defines = DEFINITIONS_HEADING.test(h);
                  break;
                }
              }
              w = !defines && re.test(rt.slice(c.start, c.end));
              worded.set(target, w);
            }
            hit = w;
          }
          if (hit) found.push({ start: r.start, end: r.end });
        }
      }
      found.sort((a, b) => a.start - b.start);
      return { starts: found.map((f) => f.start), ends: found.map((f) => f.end) };
    });
  }

  /** The indexes of the clauses whose heading a query's heading pattern matches, in document order: once per pattern and document. */
  private headingMatches(headingRe: RegExp): number[] {
    let found = (this.headed ??= new Map()).get(headingRe);
    if (found === undefined) {
      found = [];
      const clauses = this.analysis.tree.clauses;
      for (let i = 0; i < clauses.length; i++) {
        const heading = (clauses[i] as ClauseNode).heading;
        if (heading !== null && headingRe.test(heading)) found.push(i);
      }
      this.headed.set(headingRe, found);
    }
    return found;
  }

  /** The clauses a query selects, in document order, each with its evidence (computed when read). */
  query(q: ClauseQuery): ClauseMatch[] {
    const key = keyOf(q);
    const hit = this.queryCache.get(key);
    if (hit) return hit;
    const out: ClauseMatch[] = [];
    const minConf = q.minConfidence ?? 0.5;
    const cased = q.matchCase === true;
    const headingRe = q.heading === undefined ? null : cased ? compileCased(q.heading) : compile(q.heading);
    const required = list(q.require);
    const excluded = list(q.exclude);
    const under = list(q.excludeUnder);
    const clauses = this.analysis.tree.clauses;
    const types = q.types;
    const subtree = q.within === 'subtree';
    // The heading's end is where text and `require` matches are preferred from: not needed by other queries.
    const needsHeadEnd = q.text !== undefined || required.length > 0;
    // Within "lead-in", a list item is also read with its lead-ins: the text may match only across them.
    const chained = q.within === 'lead-in' && q.text !== undefined;
    const candidates = chained ? this.withChainedItems(this.candidates(q, headingRe)) : this.candidates(q, headingRe);
    // What typedMatch found of the filters for some of the candidates (the same test, the same answer).
    const typedFilters = this.filtersSeen?.get(key);
    for (let k = 0; k < candidates.length; k++) {
      const c = clauses[candidates[k] as number] as ClauseNode;
      const end = subtree ? c.end : c.bodyEnd;
      const tag = types ? typedTag(this.tags(c), types, minConf) : undefined;
      const headEnd = needsHeadEnd ? this.headEnd(c) : c.start;
      const textHit = q.text === undefined ? null : this.textMatch(q, c.start, end, headEnd);
      const headingHit = headingRe !== null && c.heading !== null && headingRe.test(c.heading);
      if (!tag && !textHit && !headingHit) {
        const across = chained ? this.chainMatch(q.text as string, c, cased) : null;
        if (across === null) continue;
        const filtered = this.throughFilters(c, required, excluded, end, headEnd, null, q.within, cased, q.followDefinitions);
        if (filtered === undefined || (under.length > 0 && this.underExcluded(c, under, cased))) continue;
        if (q.payer !== undefined && this.paidByNarrowerLicensee(c.start, end)) continue;
        out.push(chainedMatch(c.id, across));
        continue;
      }
      const known = typedFilters?.get(c);
      const filtered = known !== undefined ? known.result : this.throughFilters(c, required, excluded, end, headEnd, textHit, q.within, cased, q.followDefinitions);
      if (filtered === undefined || (known === undefined && under.length > 0 && this.underExcluded(c, under, cased))) continue;
      if (known === undefined && q.payer !== undefined && this.paidByNarrowerLicensee(c.start, end)) continue;
      const trigger = filtered ?? textHit;
      // Selected by its tag alone (the `require` patterns only narrow it down): the match rests on the tag.
      const byTagAlone = tag && !textHit && !headingHit ? tag.confidence : undefined;
      if (trigger) {
        const words = this.wordsStart(c);
        // A match begun in a heading over bulleted points ("8. Validity" then "• Neither party will challenge ...", read
        // as 'Validity ... challenge' across the line) is shown from the points' words: the heading is the clause's
        // title, not part of its first sentence.
        const at = trigger.start < words && words > this.bodyStart(c) ? words : trigger.start;
        const lo = Math.min(words, at);
        out.push(new LazyMatch(this.text, c.id, at, Math.max(trigger.end, at), lo, end, null, tag?.confidence, byTagAlone));
      } else {
        // Selected by tag or heading alone: show the clause's opening words.
        // The tag's cues follow the excerpt (built only if a finding reports it).
        const from = this.wordsStart(c);
        out.push(new LazyMatch(this.text, c.id, from, from, from, end, tag && !headingHit ? tag : null, tag?.confidence, byTagAlone));
      }
    }
    this.queryCache.set(key, out);
    return out;
  }

  /** Where the first schedule (exhibit, annex ...) starts; the text's length when there is none. */
  private firstScheduleStart(): number {
    if (this.scheduleStart === undefined) {
      const c = this.analysis.tree.clauses.find((x) => x.kind === 'schedule');
      this.scheduleStart = c === undefined ? this.text.length : c.start;
    }
    return this.scheduleStart;
  }

  /** Candidate clause indexes and every list item that has a lead-in, in document order, each once. */
  private withChainedItems(candidates: number[]): number[] {
    const clauses = this.analysis.tree.clauses;
    const parents = this.parents();
    const items = (this.leadItems ??= clauses.flatMap((c, i) => (c.number !== null && (parents[i] as number) >= 0 && this.leadIn(c) !== null ? [i] : [])));
    if (items.length === 0) return candidates;
    const out: number[] = [];
    let a = 0;
    let b = 0;
    while (a < candidates.length || b < items.length) {
      const x = a < candidates.length ? (candidates[a] as number) : Infinity;
      const y = b < items.length ? (items[b] as number) : Infinity;
      if (x <= y) {
        out.push(x);
        a++;
        if (x === y) b++;
      } else {
        out.push(y);
        b++;
      }
    }
    return out;
  }

  /**
   * Clause `c` through a query's `require` and `exclude` filters: undefined when it fails them, else the first required
   * match in its own words, the trigger (null when there is none). The first `require` match is the trigger; the others
   * and the `exclude` patterns only need to be found or not. Within "lead-in", a list item's lead-in is read with it
   * (the trigger is still a match in the item's own words). With `follow` (followDefinitions), a `require` pattern may
   * also be found in the definition of a term the clause uses (there is then no trigger in the clause's words).
   */
  private throughFilters(
    c: ClauseNode, required: readonly string[], excluded: readonly string[], end: number, headEnd: number,
    textHit: { end: number } | null, within: ClauseQuery['within'], cased: boolean, follow?: ClauseQuery['followDefinitions'],
  ): { start: number; end: number } | null | undefined {
    const withLeadIn = within === 'lead-in';
    let trigger: { start: number; end: number } | null = null;
    let ok = true;
    let lead: { start: number; end: number } | null | undefined;
    for (let r = 0; r < required.length && ok; r++) {
      const src = required[r] as string;
      if (trigger === null) {
        trigger = this.matchInClause(src, c.start, end, headEnd, cased);
        ok = trigger !== null;
      } else ok = this.foundInClause(src, c.start, end, headEnd, cased);
      if (!ok && withLeadIn && (lead ??= this.leadIn(c)) !== null) ok = this.foundInClause(src, lead.start, lead.end, lead.start, cased) || this.chainMatch(src, c, cased) !== null;
      if (!ok && follow) ok = this.foundInDefinitionsUsed(src, c.start, end, follow, cased);
    }
    if (!ok) return undefined;
    if (excluded.length > 0) {
      const excludeTo = this.excludeEnd(textHit, end, within === 'subtree');
      if (withLeadIn) lead ??= this.leadIn(c);
      let found = false;
      for (let x = 0; x < excluded.length && !found; x++) {
        found = this.foundInClause(excluded[x] as string, c.start, excludeTo, c.start, cased) || (lead != null && (this.foundInClause(excluded[x] as string, lead.start, lead.end, lead.start, cased) || this.inLeadIns(excluded[x] as string, c, cased)));
      }
      if (found) return undefined;
    }
    return trigger;
  }

  /**
   * Whether query(q) selects a clause; with `strongFrom`, one whose match is strong: it rests on no tag, or on a tag at
   * `strongFrom` or more (what the engine's emptiness operators and heldBack's weak matches read of a query). The
   * clauses its types and heading select are tried first, without the scan of its text over the whole document: one
   * that passes decides. Only when none does is the whole query computed.
   */
  someMatch(q: ClauseQuery, strongFrom?: number): boolean {
    const known = this.queryCache.get(keyOf(q));
    if (known === undefined && this.typedMatch(q, strongFrom)) return true;
    const all = known ?? this.query(q);
    if (strongFrom === undefined) return all.length > 0;
    for (let k = 0; k < all.length; k++) {
      const conf = (all[k] as ClauseMatch).confidence;
      if (conf === undefined || conf >= strongFrom) return true;
    }
    return false;
  }

  /**
   * Whether a clause that q's types or heading select is in query(q) (and strong: see someMatch), decided as query()
   * decides it. The text match is looked for only where it can change that: for an `exclude` (which reads up to where
   * the match ends) and for a tag below `strongFrom` (the match rests on the tag unless the text or heading matches).
   * A typed clause whose tag is under the query's bar is left to query(): its text alone may select it.
   */
  private typedMatch(q: ClauseQuery, strongFrom: number | undefined): boolean {
    const types = q.types;
    if (types === undefined && q.heading === undefined) return false;
    const cased = q.matchCase === true;
    const headingRe = q.heading === undefined ? null : cased ? compileCased(q.heading) : compile(q.heading);
    const required = list(q.require);
    const excluded = list(q.exclude);
    const under = list(q.excludeUnder);
    const minConf = q.minConfidence ?? 0.5;
    const subtree = q.within === 'subtree';
    const text = q.text;
    const clauses = this.analysis.tree.clauses;
    const candidates = this.candidates(q, headingRe, false);
    const seen = new Map<ClauseNode, { readonly result: { start: number; end: number } | null | undefined }>();
    (this.filtersSeen ??= new Map()).set(keyOf(q), seen);
    for (let k = 0; k < candidates.length; k++) {
      const c = clauses[candidates[k] as number] as ClauseNode;
      const tag = types ? typedTag(this.tags(c), types, minConf) : undefined;
      const headingHit = headingRe !== null && c.heading !== null && headingRe.test(c.heading);
      if (!tag && !headingHit) continue;
      const end = subtree ? c.end : c.bodyEnd;
      const headEnd = text !== undefined || required.length > 0 ? this.headEnd(c) : c.start;
      const weakTag = strongFrom !== undefined && !headingHit && tag !== undefined && tag.confidence < strongFrom;
      const textHit = text !== undefined && (excluded.length > 0 || weakTag) ? this.textMatch(q, c.start, end, headEnd) : null;
      const passed = this.throughFilters(c, required, excluded, end, headEnd, textHit, q.within, cased, q.followDefinitions);
      const result = passed !== undefined && ((under.length > 0 && this.underExcluded(c, under, cased)) || (q.payer !== undefined && this.paidByNarrowerLicensee(c.start, end))) ? undefined : passed;
      // Kept for query(), which falls back on the same candidates when none of them decides.
      seen.set(c, { result });
      if (result === undefined) continue;
      if (!weakTag || textHit !== null) return true;
    }
    return false;
  }

  /**
   * Where a query's `exclude` patterns are searched up to: the clause's end, or, when the text match runs past it (a
   * lead-in's "may terminate ... if:" runs on into its list item "(a) ... commits a material breach"), the end of the
   * clause the match ends in, so that the words read with the match ("... and fails to remedy that breach within
   * thirty days") can exclude it too.
   */
  private excludeEnd(textHit: { end: number } | null, end: number, subtree: boolean): number {
    if (textHit === null || textHit.end <= end) return end;
    const last = this.analysis.tree.clauses[this.clauseIndexAt(textHit.end - 1)];
    return last ? Math.max(end, subtree ? last.end : last.bodyEnd) : end;
  }

  /** Defined terms matching `term`: the facts stage's definitions plus "X" means ... in the text. */
  definitions(term: string): ClauseMatch[] {
    return this.once(`def:${term}`, () => {
      const re = compile(`^(?:${term})$`);
      const out: ClauseMatch[] = [];
      // Facts-stage records start at the term (inside the quotes), text definitions at the opening quote:
      // a text definition is the same one when a facts-stage definition of the same term lies inside it.
      const factStarts = new Map<string, number[]>();
      for (const d of this.analysis.facts.definitions) {
        if (!re.test(d.term.trim())) continue;
        const key = d.term.trim().toLowerCase();
        factStarts.set(key, [...(factStarts.get(key) ?? []), d.start]);
        out.push({ clauseId: d.clauseId ?? this.clauseAt(d.start)?.id ?? '', start: d.start, end: d.end, evidence: `"${d.term}" defined` });
      }
      for (const m of this.textDefinitions()) {
        if (!re.test(m.term) || (factStarts.get(m.term.toLowerCase()) ?? []).some((at) => at >= m.start && at <= m.end)) continue;
        out.push({ clauseId: this.clauseAt(m.start)?.id ?? '', start: m.start, end: m.end, evidence: `"${m.term}" defined` });
      }
      return out.filter((m) => m.clauseId !== '').sort((a, b) => a.start - b.start);
    });
  }

  private textDefinitions(): { term: string; start: number; end: number }[] {
    return this.once('textDefs', () => {
      // "Term" means ... (optionally in bold), or an inline (..., the "Term") definition.
      const re = /[*_]*["“]([A-Z][^"”\n]{0,60})["”][*_]*\s*(?:\([^)]{0,40}\)\s*)?(?:means|shall mean|has the meaning|have the meaning|shall have the meaning|refers to|includes)\b|\((?:[^()"“”\n]{0,80}?[\s,;])?(?:the\s+|each\s+(?:an?\s+)?|collectively\s+)?["“]([A-Z][^"”\n]{0,60})["”]\)/g;
      const out: { term: string; start: number; end: number }[] = [];
      for (const m of this.text.matchAll(re)) {
        const term = (m[1] ?? m[2] ?? '').trim();
        if (term) out.push({ term, start: m.index, end: m.index + m[0].length });
      }
      return out;
    });
  }

  /** A match at [start, end) with the sentence around it (within its clause) as evidence, computed when read. */
  private siteMatch(start: number, end: number, clauseId: string | null, detail: string, confidence?: number): ClauseMatch | null {
    const c = (clauseId === null ? undefined : clauseById(this.analysis.tree.clauses, clauseId)) ?? this.clauseAt(start);
    if (!c) return null;
    const words = this.wordsStart(c);
    // A fact's words that take in the clause's number ('2.1 Lindqvist hereby grants ...', 'Section 1.17 "Losses" means
    // ...', the grant's or definition's sentence as the facts stage read it) start where the clause's words do: the
    // number is where the finding stands, not what it quotes.
    if (start < words && end > words && start >= c.start) start = words;
    const lo = Math.min(words, start);
    const hi = Math.max(c.bodyEnd, end);
    return Object.assign(new LazyMatch(this.text, c.id, start, end, lo, hi, null, undefined, confidence), { detail });
  }

  /** Defined-term problems the facts stage found: unused, duplicate (different words) or undefined terms. */
  definedTerms(status: DefinedTermStatus): ClauseMatch[] {
    return this.once(`definedTerms:${status}`, () => {
      const facts = this.analysis.facts;
      const out: (ClauseMatch | null)[] =
        status === 'unused'
          ? facts.unusedTerms.map((t) => this.siteMatch(t.start, t.end, t.clauseId, t.term))
          : status === 'undefined'
            ? // The term in quotation marks; a defined term spelt with a hyphen or a space more or less says which.
              facts.undefinedTerms.map((t) => this.siteMatch(t.start, t.end, t.clauseId, t.definedAs === undefined ? `"${t.term}"` : `"${t.term}" (a misspelling of the defined "${t.definedAs}")`))
            : facts.duplicateTerms.map((t) => {
                const first = t.definitions[0];
                const firstClause = first ? ((first.clauseId === null ? undefined : clauseById(this.analysis.tree.clauses, first.clauseId)) ?? this.clauseAt(first.start)) : undefined;
                return this.siteMatch(t.start, t.end, t.clauseId, `"${t.term}" (also defined in ${this.labelOf(firstClause)})`);
              });
      return byOffset(out);
    });
  }

  /**
   * Cross-references ("Section 9.3") that resolve to a clause (true) or to nothing (false). A schedule that is not there
   * is one gap in the document however often it is cited ("the assets listed in Attachment 3" in fourteen clauses): it
   * is given once, at its first reference, with the other places that cite it. A missing section stays with each clause
   * that cites it: each may have meant another section.
   */
  crossReferences(resolved: boolean): ClauseMatch[] {
    return this.once(`xref:${resolved}`, () => {
      const sites: { at: number; end: number; clauseId: string; text: string }[] = [];
      // By the facts' map (clauses that hold references), not by every clause: the sites are put in order after.
      for (const [id, refs] of this.analysis.facts.crossReferences) {
        const c = this.clause(id);
        if (!c) continue;
        for (let k = 0; k < refs.length; k++) {
          const r = refs[k] as (typeof refs)[number];
          if ((r.targetId !== null) !== resolved) continue;
          const at = r.start ?? this.text.indexOf(r.text, c.start);
          if (at < 0) continue;
          sites.push({ at, end: r.end ?? at + r.text.length, clauseId: c.id, text: r.text });
        }
      }
      if (resolved) return byOffset(sites.map((x) => this.siteMatch(x.at, x.end, x.clauseId, x.text)));
      sites.sort((a, b) => a.at - b.at);
      // Each missing schedule's first site, and the labels of the other clauses that cite it.
      const first = new Map<string, { site: (typeof sites)[number]; others: { clauseId: string; label: string; line: number }[] }>();
      const out: (ClauseMatch | null)[] = [];
      for (const x of sites) {
        if (!MISSING_ANNEX.test(x.text)) {
          out.push(this.siteMatch(x.at, x.end, x.clauseId, x.text));
          continue;
        }
        const key = x.text.toLowerCase();
        const seen = first.get(key);
        if (seen === undefined) first.set(key, { site: x, others: [] });
        else if (x.clauseId !== seen.site.clauseId && !seen.others.some((o) => o.clauseId === x.clauseId)) {
          const c = this.clause(x.clauseId) as ClauseNode;
          seen.others.push({ clauseId: c.id, label: this.labelOf({ ...c, heading: null }).replace(/^The /, 'the '), line: c.position.start.line });
        }
      }
      for (const { site, others } of first.values()) {
        // A label that two of the places share (a numbering that starts again in each amendment) is told by its line.
        const own = this.labelOf({ ...(this.clause(site.clauseId) as ClauseNode), heading: null }).replace(/^The /, 'the ');
        const labels = [...new Set(others.map((o) => (o.label === own || others.some((p) => p !== o && p.label === o.label) ? `${o.label} at line ${o.line}` : o.label)))];
        const shown = labels.length > OTHER_PLACES_SHOWN + 1 ? [...labels.slice(0, OTHER_PLACES_SHOWN), `${labels.length - OTHER_PLACES_SHOWN} other places`] : labels;
        const also = shown.length === 0 ? '' : ` (also cited in ${shown.length < 2 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`})`;
        out.push(this.siteMatch(site.at, site.end, site.clauseId, site.text + also));
      }
      return byOffset(out);
    });
  }

  /** Numbers written in words and figures that disagree ("five (6)"). */
  numberMismatches(): ClauseMatch[] {
    return this.once('numberMismatches', () => {
      const out: (ClauseMatch | null)[] = [];
      for (const [id, pairs] of this.analysis.facts.numberPairs) {
        const c = this.clause(id);
        if (!c) continue;
        for (let k = 0; k < pairs.length; k++) {
          const p = pairs[k] as (typeof pairs)[number];
          if (p.words === p.figures) continue;
          const at = p.start ?? this.text.indexOf(p.text, c.start);
          if (at < 0) continue;
          // (the pair as one line: a hard-wrapped text breaks it and indents the rest, "(two\n      million ...)")
          out.push(this.siteMatch(at, p.end ?? at + p.text.length, c.id, `"${squash(p.text)}": ${grouped(p.words)} in words, ${grouped(p.figures)} in figures`));
        }
      }
      return byOffset(out);
    });
  }

  /**
   * One match per clause (of `q`, else every clause) whose own text matches `pattern`, at its first hit; detail: the
   * distinct matched words, lower-cased, in order of first appearance. One document scan, bucketed by clause.
   */
  mentions(pattern: string, q: ClauseQuery | undefined, matchCase: boolean, outsideDefinedTerms = false): ClauseMatch[] {
    return this.once(`mentions:${matchCase}:${outsideDefinedTerms}:${pattern}:${q ? keyOf(q) : ''}`, () => {
      // Allowed clauses, with the tag confidence a clause rests on when only its tag selected it.
      const allowed = q ? new Map(this.query(q).map((m) => [m.clauseId, m.confidence])) : null;
      // No clause allowed: nothing to look for (the scan reads the whole document).
      if (allowed !== null && allowed.size === 0) return [];
      const sc = this.scan(pattern, matchCase);
      const byClause = new Map<string, { first: number; firstEnd: number; words: string[] }>();
      const order: string[] = [];
      for (let i = 0; i < sc.starts.length; i++) {
        const at = sc.starts[i] as number;
        const atEnd = sc.ends[i] as number;
        if (atEnd === at) continue;
        const c = this.clauseAt(at);
        if (!c || at >= c.bodyEnd || at >= this.terms().offset || (allowed && !allowed.has(c.id))) continue;
        if (outsideDefinedTerms && this.inDefinedTerm(at, atEnd)) continue;
        const word = this.text.slice(at, atEnd).toLowerCase().replace(/\s+/g, ' ');
        const entry = byClause.get(c.id);
        if (!entry) {
          byClause.set(c.id, { first: at, firstEnd: atEnd, words: [word] });
          order.push(c.id);
        } else if (!entry.words.includes(word)) entry.words.push(word);
      }
      return byOffset(order.map((id) => {
        const e = byClause.get(id) as { first: number; firstEnd: number; words: string[] };
        return this.siteMatch(e.first, e.firstEnd, id, e.words.join(', '), allowed?.get(id));
      }));
    });
  }

  /**
   * Whether text.slice(at, atEnd) lies inside a use of a defined term as written, a whole word or its plural in "s"
   * ("reasonable" in "Commercially Reasonable Efforts" where that term is defined): its words mean what the
   * definition says.
   */
  private inDefinedTerm(at: number, atEnd: number): boolean {
    const terms = this.once('definedTermNames', () => {
      const names = new Set<string>();
      for (const d of this.analysis.facts.definitions) {
        const t = d.term.trim();
        if (t.length >= 2) names.add(t);
      }
      return [...names].map((t) => ({ t, lower: t.toLowerCase() }));
    });
    const text = this.text;
    const words = text.slice(at, atEnd).toLowerCase();
    // Where `words` falls in each defined term that holds it, found once per document and words (a scan of mentions
    // asks for the same few words at every match).
    const places = this.once(`inTerm:${words}`, () => {
      const out: { readonly t: string; readonly k: number }[] = [];
      for (const { t, lower } of terms) for (let k = lower.indexOf(words); k >= 0; k = lower.indexOf(words, k + 1)) out.push({ t, k });
      return out;
    });
    const n = text.length;
    for (const { t, k } of places) {
      const s = at - k;
      // Reads inside the text only (-1 outside, as no letter or digit): a read past an end deoptimises the loop.
      if (s < 0 || !text.startsWith(t, s) || (s > 0 && isAlnumCode(text.charCodeAt(s - 1)))) continue;
      const end = s + t.length;
      if (end >= n || !isAlnumCode(text.charCodeAt(end)) || (text.charCodeAt(end) === 115 && (end + 1 >= n || !isAlnumCode(text.charCodeAt(end + 1))))) return true;
    }
    return false;
  }

  /** Grant records that leave `attribute` unstated, at the grant's words; detail: "grantor → grantee". */
  grantsMissing(attribute: GrantAttribute): ClauseMatch[] {
    return this.once(`grantsMissing:${attribute}`, () => {
      const out: (ClauseMatch | null)[] = [];
      for (const g of this.analysis.facts.grants) {
        if (g[attribute] !== null) continue;
        const c = clauseById(this.analysis.tree.clauses, g.clauseId);
        if (!c) continue;
        const probe = g.evidence.slice(0, 60);
        const found = probe ? squashedAt(this.text, probe, c.start, c.end) : null;
        const at = found ? found.start : this.bodyStart(c);
        const who = (p: string | null) => (p === null ? '?' : this.display(this.canonical(p) ?? p));
        out.push(this.siteMatch(at, found ? found.end : at, c.id, `${who(g.grantor)} → ${who(g.grantee)}`));
      }
      return byOffset(out);
    });
  }

  /** The innermost clause containing an offset: the last clause (pre-order) starting at or before it, or its nearest ancestor that spans it. */
  clauseAt(offset: number): ClauseNode | undefined {
    return this.analysis.tree.clauses[this.clauseIndexAt(offset)];
  }

  /** The index of clauseAt(offset), -1 for none. */
  private clauseIndexAt(offset: number): number {
    const all = this.analysis.tree.clauses;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((all[mid] as ClauseNode).start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const parents = this.parents();
    let i = lo - 1;
    // Up to the nearest ancestor that spans the offset. The parent is read on every step, before the test: the
    // warm-up may never climb, and code that does only then is thrown away when a document first does.
    while (i >= 0) {
      const parent = parents[i] as number;
      if (offset < (all[i] as ClauseNode).end) break;
      i = parent;
    }
    return i;
  }

  /** Canonical party name per lower-cased alias (party names, aliases, role words, preamble aliases). */
  private partyAliases(): Map<string, string> {
    return this.once('aliases', () => {
      const map = new Map<string, string>();
      const parties: readonly Party[] = this.analysis.facts.parties;
      for (const p of parties) {
        map.set(p.name.toLowerCase(), p.name);
        for (const a of p.aliases) map.set(a.toLowerCase(), p.name);
      }
      // A company is also called by its name without the form of company ("ECOPETROL S.A." acts as "ECOPETROL"), unless
      // that short name is another party's or a word that names no party.
      for (const p of parties) {
        const short = p.name.replace(COMPANY_FORM_END, '').trim();
        if (short === p.name || short.length < 3 || !/[A-Za-z]/.test(short) || NOT_PARTY.test(short) || MUTUAL_RE.test(short)) continue;
        if (!map.has(short.toLowerCase())) map.set(short.toLowerCase(), p.name);
      }
      if (parties.length === 0) {
        // Facts found no parties: read the quoted aliases of the preamble ("Alpha") ourselves.
        const head = this.text.slice(0, 4000);
        for (const m of head.matchAll(/\((?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?["“]([A-Z][A-Za-z0-9&.\- ]{1,40})["”]\)/g)) {
          const alias = (m[1] ?? '').trim();
          if (!NOT_PARTY.test(alias)) map.set(alias.toLowerCase(), alias);
        }
      }
      for (const r of ROLE_WORDS) if (!map.has(r.toLowerCase())) map.set(r.toLowerCase(), r);
      return map;
    });
  }

  /** The parties' names and aliases (possessive too), to read a grant's limit apart from whose it is. */
  private partyNames(): RegExp {
    return this.once('partyNames', () => {
      const names = [...this.partyAliases().keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
      return caseInsensitive(`\\b(?:${names.length ? names.join('|') : '(?!)'})(?:'s|’s)?(?![\\w-])`, 'g');
    });
  }

  /**
   * A party's short name for messages: its first alias ("Alpha") that is no pronoun, else its name. A plain-English
   * agreement's "we" / "you" read from the other side of a report ("only we may terminate"): "Lumora" says who.
   */
  private display(name: string): string {
    return this.once(`display:${name}`, () => this.analysis.facts.parties.find((p) => p.name === name)?.aliases.find(isNamingAlias) ?? name);
  }

  /**
   * The subject patterns of this document's parties, each compiled when first needed (a compile costs more than many
   * runs); with ASCII names, the acting subject is found without its pattern (lastActingSubject).
   */
  private subjectRegexes(): SubjectPatterns {
    return this.once('subjectRe', () => {
      const sorted = [...this.partyAliases().keys()].sort((a, b) => b.length - a.length);
      const ascii = sorted.length > 0 && sorted.every((n) => /^[\x00-\x7f]*$/.test(n));
      return new SubjectPatterns(ascii ? sorted : null, arePlainNames(sorted) ? sorted : null, sorted);
    });
  }

  /**
   * The subject of a list item's act that opens the item ('(1) terminate this Agreement'), read from the end of its
   * lead-in ('... Carrier shall be entitled, by notice in writing to Shipper, to:'); null when the item has words of its
   * own before the act, has no lead-in, or the lead-in's subject is denied the act ('Beta shall not be entitled to:').
   */
  private leadInSubject(c: ClauseNode, at: number): string | null {
    const from = this.wordsStart(c);
    if (from > at || !ITEM_OPENS_WITH_ACT.test(this.text.slice(from, at))) return null;
    const lead = this.leadIn(c);
    if (lead === null) return null;
    const end = this.text.slice(lead.start, lead.end).replace(/[\s:,\u2013\u2014-]+$/, '').length + lead.start;
    if (NEGATED_LEAD_IN.test(this.text.slice(Math.max(lead.start, end - 160), end))) return null;
    return this.subjectOf(lead.start, end, end);
  }

  /** The party performing the act at [at, atEnd) of a clause starting at `lo`: "mutual", a canonical name, or null. */
  private subjectOf(lo: number, at: number, atEnd: number): string | null {
    const patterns = this.subjectRegexes();
    const tail = this.text.slice(atEnd, atEnd + 120);
    // Each constant precheck is a part of every match of the document's pattern: when it fails, so would the pattern.
    const plain = patterns.plainNames;
    let after: { end: number; text: string } | null = null;
    if (PASSIVE_OPENING.test(tail)) {
      if (plain) after = passiveSubject(tail, plain);
      else {
        const m = patterns.get(PASSIVE).exec(tail);
        after = m ? { end: m[0].length, text: m[1] ?? '' } : null;
      }
    }
    if (after?.text) {
      const rest = tail.slice(after.end);
      return JOINED_AFTER_OPENING.test(rest) && (plain ? joinedAfter(rest, plain) : patterns.get(JOINED_AFTER).test(rest)) ? 'mutual' : this.who(after.text);
    }
    // The subject is in the same sentence, before the act, at most 240 characters back (sentenceStart).
    const prefix = this.text.slice(sentenceStart(this.text, lo, at), at);
    const last = this.lastActing(prefix);
    if (!last?.text) return this.agentOfInfinitive(prefix);
    const before = prefix.slice(0, last.index);
    return JOINED_BEFORE_END.test(before) && (plain ? joinedBefore(before, plain) : patterns.get(JOINED_BEFORE).test(before)) ? 'mutual' : this.who(last.text);
  }

  /**
   * The party an infinitive act follows as its agent, 'by <party> to': "the procedure to be followed by ECOPETROL to
   * terminate the Contract", "any attempt by Beta to terminate": that party's act. Not after a verb that lets or makes
   * another act ("Alpha may be required by Beta to terminate"). Null when the words before `to` name no party.
   */
  private agentOfInfinitive(prefix: string): string | null {
    const m = AGENT_INFINITIVE.exec(prefix.slice(-120));
    if (!m || ENABLING_BY.test(m[1] ?? '')) return null;
    const who = this.partyAliases().get((m[2] ?? '').toLowerCase());
    return who ?? (MUTUAL_RE.test(m[2] ?? '') ? 'mutual' : null);
  }

  /** The last acting subject of `prefix` (a mutual phrase or a party's name or alias before a modal): where and what. */
  private lastActing(prefix: string): { index: number; text: string } | null {
    const patterns = this.subjectRegexes();
    if (patterns.asciiNames) return lastActingSubject(prefix, patterns.asciiNames);
    let last: { index: number; text: string } | null = null;
    for (const m of prefix.matchAll(patterns.get(ACTIVE))) last = { index: m.index, text: m[1] ?? '' };
    return last;
  }

  /**
   * The parties joined in the acting subject before `at` ("THC or HSI may terminate", "Alpha, Beta and Gamma shall"),
   * as canonical names, when they are two or more of the parties but not all of them; else null.
   * subjectOf reads any joined subject as mutual, which is right between two parties: of three, the two named are one
   * side, and the third does not act.
   */
  private joinedSide(lo: number, at: number): readonly string[] | null {
    const parties = this.analysis.facts.parties;
    if (parties.length < 3) return null;
    const prefix = this.text.slice(sentenceStart(this.text, lo, at), at);
    const last = this.lastActing(prefix);
    if (!last?.text) return null;
    const side = [this.who(last.text)];
    const aliases = [...this.partyAliases().keys()].sort((a, b) => b.length - a.length);
    let before = prefix.slice(0, last.index).toLowerCase();
    // Back from the last name: "and" / "or" before it (as subjectOf reads the join), commas too further back.
    for (let join = JOINED_BEFORE_END.exec(before); join !== null; join = SIDE_JOIN_END.exec(before)) {
      const rest = before.slice(0, join.index).trimEnd();
      const alias = aliases.find((a) => rest.endsWith(a) && !isWordAt(rest, rest.length - a.length - 1));
      if (alias === undefined) break;
      side.unshift(this.who(alias));
      before = rest.slice(0, rest.length - alias.length).replace(/\bthe\s+$/, '');
    }
    const named = new Set(side);
    if (named.size < 2 || named.has('mutual') || parties.every((p) => named.has(p.name))) return null;
    return side.every((n) => parties.some((p) => p.name === n)) ? [...named] : null;
  }

  private who(w: string): string {
    return MUTUAL_RE.test(w) ? 'mutual' : (this.partyAliases().get(w.toLowerCase()) ?? w);
  }

  /**
   * Parties of the preamble that neither grant nor receive any licence: an administrator of a network or pool, an escrow
   * agent, a guarantor. Reciprocity is between the parties that exchange licences, so a duty only such a party bears is
   * no one-sided duty. Known only when every grant names its sides: by a party's name or alias, or by a class of parties
   * ("each Member ... grants to each other Member") whose members the preamble lists before a group parenthetical
   * ("..., each of the foregoing, a "Member""), or that the preamble names by the word its members become ("and each
   * Person that becomes a Member"); a grant by "each Party", or a side not read, leaves the set empty.
   */
  private bystanders(): ReadonlySet<string> {
    return this.once('bystanders', () => {
      const none = new Set<string>();
      const grants = this.analysis.facts.grants;
      const parties = this.analysis.facts.parties;
      if (grants.length === 0 || parties.length < 2) return none;
      const granting = new Set<string>();
      const roles = new Set<string>();
      for (const g of grants) {
        for (const side of [g.grantor, g.grantee]) {
          if (side === null) return none;
          const role = CLASS_SIDE.exec(side);
          if (role) {
            const word = (role[1] as string).replace(/s$/, '');
            if (/^part(?:y|ie)$/i.test(word)) return none;
            roles.add(word);
            continue;
          }
          const who = this.canonical(side);
          if (who === null || who === 'mutual') return none;
          granting.add(who);
        }
      }
      if (roles.size > 0) {
        // The members of each class: the parties named before the parenthetical that names the class.
        const head = this.text.slice(0, 4000);
        for (const role of roles) {
          const paren = caseInsensitive(`\\((?:[^()]{0,80}?\\b)?(?:each|collectively|together|individually|jointly|all)\\b[^()]{0,80}?["“][*_]*\\s*${escapeRegExp(role)}s?\\s*[*_]*["”]\\s*\\)`).exec(head);
          if (!paren) {
            // A class read from the word its members become, with no group parenthetical ("and each Person that becomes
            // a Member by signing a Joinder", facts' Party.class): the class is the side; no party named is a member.
            const members = parties.find((p) => p.class !== undefined && p.name.toLowerCase() === role.toLowerCase());
            if (members === undefined) return none;
            granting.add(members.name);
            continue;
          }
          for (const p of parties) {
            const at = head.indexOf(p.name);
            if (at < 0 || at < paren.index) granting.add(p.name);
          }
        }
      }
      const out = new Set<string>();
      for (const p of parties) if (!granting.has(p.name)) out.add(p.name);
      // Were every party a bystander, the grants were misread: trust none of it.
      return out.size === parties.length ? none : out;
    });
  }

  /** Whether `name` is a class of parties ("Member" for each company that signs a joinder), not one party. */
  private isClassParty(name: string): boolean {
    return this.analysis.facts.parties.some((p) => p.class !== undefined && p.name === name);
  }

  /** The class words naming two or more of the parties (facts/roles findPartyClasses: 'Aurelian and Tessmark are each a "Parent"'). */
  private partyClasses(): ReadonlyMap<string, readonly string[]> {
    return this.once('partyClasses', () => {
      if (this.analysis.facts.parties.length < 3) return NO_CLASSES;
      const index = new PartyIndex(this.analysis.facts.parties);
      index.scan(this.text);
      return findPartyClasses(this.text, index);
    });
  }

  /**
   * The members of the class of parties that is the subject of the act at `at`: the last "Each / Every / Both / The
   * <class word>" of its sentence before it that is no object ("to each Parent") nor part of a name ("each Parent
   * Improvement"); null when there is none.
   */
  private classSubject(lo: number, at: number): readonly string[] | null {
    const classes = this.partyClasses();
    if (classes.size === 0) return null;
    let members: readonly string[] | null = null;
    for (const m of this.text.slice(sentenceStart(this.text, lo, at), at).matchAll(CLASS_SUBJECT)) {
      const word = m[1] as string;
      members = classes.get(word) ?? classes.get(word.replace(/s$/, '')) ?? members;
    }
    return members;
  }

  /** Clauses where one single party (never "either party") performs `act`; empty when mutual or unclear. */
  oneSided(q: ClauseQuery, act: string): ClauseMatch[] {
    return this.once(`oneSided:${keyOf(q)}:${act}`, () => {
      // The clauses first: where the query selects none, the acts are not looked for (a scan of the whole document).
      const selected = this.query(q);
      if (selected.length === 0) return [];
      const acts = this.scan(act);
      const subjects = new Set<string>();
      // Acts with their subject; the excerpt is made only for the best act of each clause, and only if one party acts.
      const hits: { clauseId: string; at: number; atEnd: number; lo: number; end: number; confidence: number | undefined; subject: string; rank: number }[] = [];
      // The acts in [c.start, end) of clause c, with their subjects; whether any was read.
      const readActs = (c: ClauseNode, end: number, confidence: number | undefined): boolean => {
        const headEnd = this.headEnd(c);
        let read = false;
        for (let i = firstIn(acts, c.start, end); i >= 0 && i < acts.starts.length && (acts.starts[i] as number) < end; i++) {
          const at = acts.starts[i] as number;
          const atEnd = acts.ends[i] as number;
          // A hand-over in the passive is the act of whoever owns what it hands over ("each Party's Improvements are
          // licensed to the other Party", "an Improvement made by a Party ... is licensed"), else of the party "by" whom;
          // a participle that follows no "be" ("the licence granted to Beta") is no act.
          const actText = this.text.slice(at, atEnd);
          const passive = PARTICIPLE.test(actText);
          if (passive && !BE_BEFORE.test(this.text.slice(Math.max(c.start, at - 40), at))) continue;
          // A licence worded as received ("Alpha shall have a non-exclusive licence under any improvement made by Beta",
          // "shall receive a licence under Beta's improvements"): the act of the party whose rights it licenses, named
          // after it, not of its subject, the licensee; no act when no such party is named.
          // So is one given in the passive to its subject ("Alpha shall be granted a licence under any improvement made
          // by Beta", "Alpha is hereby granted a licence under Beta's Improvements").
          const received =
            (LICENCE_NOUN.test(actText) && RECEIVED_BEFORE.test(this.text.slice(Math.max(c.start, at - 80), at))) ||
            (passive && RECEIVER_PASSIVE.test(actText) && GIVEN_AFTER.test(this.text.slice(atEnd, Math.min(end, atEnd + 80))));
          // a word after an article or a possessive is a noun ("to practise the licenses", "its grants"), no act, unless
          // its agent follows ("its grant by Beta"; termination-one-way's act reads only the verb, so "a termination by Beta" is
          // none of its acts)
          if (!received && NOUN_AFTER.test(this.text.slice(Math.max(c.start, at - 12), at)) && !AGENT_AFTER.test(this.text.slice(atEnd, atEnd + 6))) continue;
          // "compensation derived from the decision to terminate the Contract", "notify ... its intention to terminate":
          // the act of whoever decides or intends, which the sentence's subject need not be.
          if (DECISION_BEFORE.test(this.text.slice(Math.max(c.start, at - 30), at))) continue;
          let subject: string | null;
          if (received) {
            // (its giver may be named as its agent instead: "Alpha is hereby granted by Beta a licence under ...")
            subject = (passive && AGENT_AFTER.test(this.text.slice(atEnd, atEnd + 6)) ? this.partyRightAfter(atEnd, end) : null) ?? this.ownerAfter(atEnd, end);
            if (subject === null) continue;
          } else if (VESTING.test(actText)) {
            // Ownership vesting ("Anything that Lumen invents ... will belong to Brightwater") hands over what the owner
            // before it made to the party after it: the act of the maker, when both are named and differ. A party that
            // keeps its own ("shall vest in the party that made it", "Each Party's Improvements belong to it") shares
            // nothing, so the vesting is no act either way.
            const giver = this.passiveOwner(c.start, at);
            const receiver = this.partyRightAfter(atEnd, end);
            if (giver === null || receiver === null || giver === 'mutual' || receiver === 'mutual' || giver === receiver) continue;
            subject = giver;
          } else subject = passive ? (this.passiveOwner(c.start, at) ?? this.subjectOf(c.start, at, atEnd)) : this.subjectOf(c.start, at, atEnd);
          // Two of three parties joined as the subject ("THC or HSI may terminate") are one side: the act is theirs.
          const side = subject === 'mutual' && !passive ? this.joinedSide(c.start, at) : null;
          if (side !== null) subject = side.join(SIDE_SEPARATOR);
          if (subject === null) {
            // A class word naming two or more of the parties ("Each Parent shall disclose ... and hereby assigns"):
            // the act of each of them, so the act is no one party's.
            const members = this.classSubject(c.start, at);
            if (members !== null) {
              if (!NEGATED_ACT.test(this.text.slice(Math.max(c.start, at - 80), at))) for (const name of members) subjects.add(name);
              continue;
            }
            // A list item that opens with the act finishes its lead-in's sentence ('Carrier shall be entitled, by notice
            // to Shipper, to: (1) terminate this Agreement'): the act of the lead-in's subject.
            subject = this.leadInSubject(c, at);
            if (subject === null) continue;
          }
          if (NEGATED_ACT.test(this.text.slice(Math.max(c.start, at - 80), at))) continue;
          if (this.bystanders().has(subject)) {
            // a guarantor or parent that must 'cause Beta to' act puts the duty on Beta, a side of the exchange
            const caused = this.causedParty(atEnd, end);
            if (caused === null || this.bystanders().has(caused)) continue;
            subject = caused;
          }
          // A class of parties ("each Member", facts' Party.class) is every member, each bound to each other member:
          // its act is mutual among them, as "each Party" is.
          if (this.isClassParty(subject)) subject = 'mutual';
          // In a cross-license each party is a licensee and a licensor: a role word that names no party ("The licensee
          // shall use best efforts to notify the licensor") binds whichever party holds the role, so both.
          else if (this.isBareRole(subject) && this.crossLicense()) subject = 'mutual';
          subjects.add(subject);
          read = true;
          // Per clause, an act in the body (not the heading) makes the better evidence.
          hits.push({ clauseId: c.id, at, atEnd, lo: Math.min(this.bodyStart(c), at), end, confidence, subject, rank: at < headEnd ? 1 : 0 });
        }
        return read;
      };
      const hasAct = (from: number, end: number): boolean => {
        const i = firstIn(acts, from, end);
        return i >= 0 && i < acts.starts.length && (acts.starts[i] as number) < end;
      };
      // Set when a lead-in's act has no party read as its subject: who acts there is unknown, so no one side can be told.
      let unclear = false;
      for (const m of selected) {
        const c = clauseById(this.analysis.tree.clauses, m.clauseId);
        if (!c) continue;
        const end = q.within === 'subtree' ? c.end : c.bodyEnd;
        readActs(c, end, m.confidence);
        if (q.within !== 'lead-in' || hasAct(c.start, end)) continue;
        // An item with no act of its own, read with its lead-in ('The Licensor may terminate this agreement by notice
        // if: ... (b) the Licensee commits any other material breach'): the act, and its subject, are the lead-in's.
        for (const lead of this.leadIns(c)) {
          if (!hasAct(lead.node.start, lead.end)) continue;
          if (!readActs(lead.node, lead.end, m.confidence)) unclear = true;
          break;
        }
      }
      if (unclear || subjects.has('mutual') || subjects.size !== 1) return [];
      const best = new Map<string, (typeof hits)[number]>();
      for (const h of hits) {
        const prev = best.get(h.clauseId);
        if (!prev || h.rank < prev.rank) best.set(h.clauseId, h);
      }
      return [...best.values()]
        .map((h) => {
          const site = { clauseId: h.clauseId, ...excerpt(this.text, h.at, h.atEnd, h.lo, h.end) };
          const who = h.subject.split(SIDE_SEPARATOR).map((n) => this.display(n)).join(' and ');
          return { ...(h.confidence === undefined ? site : { ...site, confidence: h.confidence }), detail: `only ${who}` };
        })
        .sort((a, b) => a.start - b.start);
    });
  }

  /**
   * Whether `name` is a role word (ROLE_WORDS) that no party of the document has as its name or alias, and that the
   * document never quotes as one ('"Licensor" / "NLS" and ... "Licensee" / "Eurofarma"', which facts may not read)
   * except to define it as whichever party holds the role.
   */
  private isBareRole(name: string): boolean {
    return this.once(`bareRole:${name}`, () => {
      if (!ROLE_WORDS.includes(name) || this.analysis.facts.parties.some((p) => p.name === name || p.aliases.includes(name))) return false;
      // A role word in quotes names a party ('Beta (the "Licensee")'), unless it is defined as whichever party holds
      // the role ('"Licensor" means the Party granting a license under Section 2').
      for (const m of this.text.matchAll(new RegExp(`["“]${name}["”]`, 'g'))) {
        if (!GENERIC_ROLE_DEFINITION.test(this.text.slice(m.index + m[0].length, m.index + m[0].length + 60))) return false;
      }
      return true;
    });
  }

  /**
   * True when the kind is cross-license, or (unless a kind was declared) the title calls the document a
   * cross-license: the grants alone cannot tell when one direction is missing, which is what
   * reciprocity/one-way-grant looks for.
   */
  crossLicense(): boolean {
    return this.once('xl', () => this.kind === 'cross-license' || (!this.declared && /cross[- ]?licen[cs]e/i.test(this.text.slice(0, 600))));
  }

  /**
   * Whose act a passive act before `at` is: the first owner its sentence names before it (at most 240 characters back):
   * a possessive ("each Party's Improvements", "Beta's") or a party after "made / owned / conceived / developed by"
   * ("an Improvement made by a Party"); only when there is none, a party after "of" ("the Improvements of either
   * Party"), since "of" also names a party that owns nothing handed over ("With the consent of Alpha, Beta's
   * Improvements shall be licensed to Alpha"). "mutual" for "each / either / a Party"; null when none is named.
   */
  private passiveOwner(lo: number, at: number): string | null {
    const words = this.text.slice(sentenceStart(this.text, lo, at), at);
    const { named, after } = this.ownerPatterns();
    // A second clause joined by ", and" names its own owner ("Alpha's Improvements shall be added to the Alpha Licensed
    // Patents, and Beta's Improvements shall be added to ..."): the owner after the last such join, when it names one.
    let join = -1;
    for (const j of words.matchAll(CLAUSE_JOIN)) join = j.index + j[0].length;
    const own = join > 0 ? (named.exec(words.slice(join)) ?? after.exec(words.slice(join))) : null;
    const m = own ?? named.exec(words) ?? after.exec(words);
    return m ? this.who((m[1] ?? m[2] ?? m[3]) as string) : null;
  }

  /**
   * `named`: "<owner>'s" or "made / owned / conceived / developed / created / controlled by <owner>"; `after`: "of
   * <owner>". The owner is a mutual phrase or a party's name or alias.
   */
  private ownerPatterns(): { readonly named: RegExp; readonly after: RegExp; readonly right: RegExp } {
    return this.once('ownerRe', () => {
      const names = [...this.partyAliases().keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
      const owner = `(?:${MUTUAL}|${names.length > 0 ? names.join('|') : '(?!)'})`;
      return {
        named: caseInsensitive(String.raw`\b(${owner})['’]s?(?![\w-])|\b(?:made|owned|conceived|developed|created|controlled)\s+(?:solely\s+|jointly\s+)?by\s+(?:the\s+)?(${owner})(?![\w-])|\b(?:that|which|whatever)\s+(?:the\s+)?(${owner})\s+(?:(?:solely|alone|jointly|itself)\s+)?(?:invents?|makes?|develops?|conceives?|creates?|generates?|discovers?)\b`),
        after: caseInsensitive(String.raw`\bof\s+(?:the\s+)?(${owner})(?![\w-])`),
        right: caseInsensitive(String.raw`^\s+(?:(?:to|in|by|of)\s+)?(?:the\s+)?(${owner})(?![\w-])`),
      };
    });
  }

  /**
   * The owner of what a licence worded as received licenses, named after it in its sentence (up to 240 characters, to
   * the end of `end`): "under any improvement made by Beta", "under Beta's improvements", "under the Improvements of
   * Beta" (ownerPatterns); else null.
   */
  private ownerAfter(atEnd: number, end: number): string | null {
    const words = this.text.slice(atEnd, Math.min(end, atEnd + 240));
    const stop = words.search(SENTENCE_STOP);
    const own = stop < 0 ? words : words.slice(0, stop);
    const { named, after } = this.ownerPatterns();
    const m = named.exec(own) ?? after.exec(own);
    return m ? this.who((m[1] ?? m[2] ?? m[3]) as string) : null;
  }

  /** The party named right after an act ("... belong to [the] Brightwater", "vest in each Party"); else null. */
  private partyRightAfter(atEnd: number, end: number): string | null {
    const { right } = this.ownerPatterns();
    const m = right.exec(this.text.slice(atEnd, Math.min(end, atEnd + 80)));
    return m ? this.who(m[1] as string) : null;
  }

  /** The party an act is to be procured from ('... efforts to cause Beta to launch'), right after the act; else null. */
  private causedParty(atEnd: number, end: number): string | null {
    CAUSED_PARTY.lastIndex = atEnd;
    const m = CAUSED_PARTY.exec(this.text.slice(0, end));
    return m ? this.canonical(m[1] as string) : null;
  }

  private canonical(who: string | null): string | null {
    if (who === null) return null;
    // A party's name may open with "The" ("The Boxlot Company"): read whole first, then without the article.
    const whole = this.partyAliases().get(who.trim().toLowerCase());
    if (whole !== undefined) return whole;
    const w = who.trim().replace(/^the\s+/i, '');
    if (MUTUAL_RE.test(w)) return 'mutual';
    return this.partyAliases().get(w.toLowerCase()) ?? w;
  }

  /** Grant records by direction; a grant by "each party" counts for every direction. */
  grantDirections(): { grants: number; directions: number; mutual: boolean; summary: string; missing: string | null; lead: string; ungranting: number; byDirection: Map<string, GrantRecord[]>; grantBacks: ReadonlySet<GrantRecord> } {
    return this.once('grantDirections', () => {
      const grants = this.analysis.facts.grants;
      const byDirection = new Map<string, GrantRecord[]>();
      // A grant of improvements only (a grant-back: "Beta shall grant Alpha a non-exclusive licence to use such
      // improvements") licenses no portfolio in exchange: beside a grant of more, it gives its direction no grant of its
      // own, nor makes the grants mutual ("each Party grants to the other a licence under its Improvements" beside a
      // licence one way). An agreement that licenses improvements only, each way, counts them all.
      const grantBacks = improvementGrantBacks(grants);
      const granting = new Set<string>();
      let mutual = false;
      for (const g of grants) {
        const from = this.canonical(g.grantor);
        const counts = !grantBacks.has(g);
        if (from === 'mutual' || /\beach\b|\beither\b/i.test(g.grantor ?? '')) {
          if (counts) mutual = true;
          continue;
        }
        const to = this.canonical(g.grantee);
        const key = `${from === null ? '?' : this.display(from)} → ${to === null ? '?' : this.display(to)}`;
        byDirection.set(key, [...(byDirection.get(key) ?? []), g]);
        if (counts) granting.add(key);
      }
      const keys = [...granting].sort();
      const directions = mutual ? Math.max(2, keys.length) : keys.length;
      let missing: string | null = null;
      if (!mutual && keys.length === 1) {
        const [from, to] = (keys[0] as string).split(' → ');
        missing = `${to} → ${from}`;
      }
      // Three or more parties: a party that receives a licence and grants none ("each of Harrowgate and Solvane grants to
      // Ketterby", and nothing by Ketterby) is the one-way grant of a consortium, however many directions there are.
      // Three parties listed, and three sides among the directions (the names they go by: a name misread from a
      // grant's words is no party of its own in a document that lists two).
      const ends = keys.map((k) => k.split(' → ') as [string, string]);
      const multiParty = this.analysis.facts.parties.length > 2 && new Set(ends.flat().filter((side) => side !== '?')).size > 2;
      const lead = multiParty ? 'A party to this cross-license receives a licence and grants none' : 'This cross-license grants rights in one direction only';
      let ungranting = 0;
      if (!mutual && multiParty) {
        const grantors = new Set(ends.map(([from]) => from));
        const receivers = [...new Set(ends.map(([, to]) => to))].filter((to) => to !== '?' && !grantors.has(to)).sort();
        ungranting = receivers.length;
        if (receivers.length > 0) {
          const byWhom = (to: string) => [...new Set(ends.filter(([, t]) => t === to).map(([from]) => from))].sort().join(', ');
          missing = receivers.map((to) => `${to} → ${byWhom(to)}`).join('; ');
        }
      }
      // A direction that has only a grant-back is named as one ("Party B → Party A (improvements only)").
      const backs = [...byDirection.keys()].filter((k) => !granting.has(k)).sort().map((k) => `${k} (improvements only)`);
      const summary = mutual ? 'a mutual grant by each party' : keys.length ? [...keys, ...backs].join('; ') : 'no grant found';
      return { grants: grants.length, directions, mutual, summary, missing, lead, ungranting, byDirection, grantBacks };
    });
  }

  /**
   * Who pays anything under the document, by canonical party name: true when one of its payments is a royalty (the
   * sentence of the payment names one), false when it pays only other sums. "Orion will pay Tallis a running royalty",
   * "the royalty payable by Kaimana"; a payment by "each party" counts for every party; "shall not pay" is none.
   */
  private payments(): Map<string, boolean> {
    return this.once('payments', () => {
      const out = new Map<string, boolean>();
      const parties = this.analysis.facts.parties;
      for (const p of this.paymentSites()) {
        for (const n of p.who === 'mutual' ? parties.map((x) => x.name) : [p.who]) out.set(n, (out.get(n) ?? false) || p.royalty);
      }
      return out;
    });
  }

  /**
   * The payments of the document in text order, each with its payer (a canonical party name, or 'mutual') and whether
   * its sentence names a royalty: the acts of paying whose subject is read, and 'payable/paid/due by <party>'.
   */
  private paymentSites(): readonly { readonly at: number; readonly who: string; readonly royalty: boolean }[] {
    return this.once('paymentSites', () => {
      const out: { at: number; who: string; royalty: boolean }[] = [];
      const text = this.text;
      const add = (who: string | null, at: number, atEnd: number): void => {
        if (who === null) return;
        // The payment's sentence, within 300 characters either way: it ends at a semicolon or at a full stop before a
        // space, but not at the dot of a number ("3.5%") or of an abbreviation ("U.S."), either way; read back from the
        // payment, not from the text's start (lastIndexOf ran over the whole text before it for each payment).
        const ends = (i: number): boolean => {
          const c = text.charCodeAt(i);
          return c === 59 || (c === 46 && isSpace(text.charCodeAt(i + 1)) && !abbreviationDot(text, i));
        };
        out.push({ at, who, royalty: /\broyalt/i.test(sentenceAround(text, at, atEnd, ends)) });
      };
      const acts = this.scan(PAY_ACT);
      for (let i = 0; i < acts.starts.length; i++) {
        const at = acts.starts[i] as number;
        const atEnd = acts.ends[i] as number;
        const c = this.clauseAt(at);
        if (!c || NEGATED_ACT.test(text.slice(Math.max(c.start, at - 80), at)) || PAY_NOTHING.test(text.slice(atEnd, atEnd + 24))) continue;
        add(this.subjectRightBefore(c, at) ?? this.subjectOf(c.start, at, atEnd), at, atEnd);
      }
      const passive = this.scan(PAID_BY);
      const names = [...this.partyAliases().keys()].sort((a, b) => b.length - a.length);
      for (let i = 0; i < passive.starts.length; i++) {
        const atEnd = passive.ends[i] as number;
        const rest = text.slice(atEnd, atEnd + 60).toLowerCase().replace(/^the\s+/, '');
        const name = names.find((n) => rest.startsWith(n) && !isWordAt(rest, n.length));
        if (name !== undefined) add(this.who(name), passive.starts[i] as number, atEnd);
      }
      return out.sort((a, b) => a.at - b.at);
    });
  }

  /**
   * The party named right before an act, with white space (and "also") alone between, as the act's subject: the
   * present tense of plain English ("You pay us a royalty", "Pell pays Corvid", "each of us pays its own costs"), where
   * no modal follows the subject for subjectOf to read. The name opens its sentence or follows what OPENS_SUBJECT
   * allows; 'mutual' for a mutual phrase; null when no party's name or alias stands there.
   */
  private subjectRightBefore(c: ClauseNode, at: number): string | null {
    const from = sentenceStart(this.text, Math.min(this.wordsStart(c), at), at);
    const before = this.text.slice(from, at);
    const head = before.replace(/\s+(?:also\s+)?$/i, '');
    if (head.length === before.length) return null;
    const mutual = MUTUAL_ENDS.exec(head);
    const lower = head.toLowerCase();
    const name = mutual ? mutual[0] : [...this.partyAliases().keys()].filter((n) => lower.endsWith(n) && !isWordAt(lower, lower.length - n.length - 1)).sort((a, b) => b.length - a.length)[0];
    if (name === undefined || !OPENS_SUBJECT.test(head.slice(0, head.length - name.length).replace(/\bthe\s+$/i, ''))) return null;
    return this.who(name);
  }

  /**
   * Whether a clause in [from, to) is a payment by the party that receives the narrower licence of a royalty-asymmetric
   * pair (a query's `payer: "wider-licensee"` leaves it out): every payment there has a payer read, and none is the
   * grantee of the wider licence nor 'mutual'. False when no licence of such a pair is the wider, or no payer is read.
   */
  private paidByNarrowerLicensee(from: number, to: number): boolean {
    const wider = this.widerLicensees();
    if (wider.size === 0) return false;
    // A payment the agreement itself calls balancing, or gives for the difference between the licences, balances
    // whoever pays it ("In consideration of the difference in the scope of the licenses, Kestrel shall pay").
    if (SAYS_BALANCING.test(this.text.slice(from, to))) return false;
    let some = false;
    for (const p of this.paymentSites()) {
      if (p.at < from) continue;
      if (p.at >= to) break;
      if (p.who === 'mutual' || wider.has(p.who)) return false;
      some = true;
    }
    return some;
  }

  /** The grantees (canonical names) of the wider licence of each royalty-asymmetric pair of grants (grantComparison). */
  private widerLicensees(): ReadonlySet<string> {
    this.grantComparison();
    return this.wider;
  }

  /**
   * The main grant (mainGrant) of each of two opposite directions, compared attribute by attribute (royalty terms: all grants);
   * with three or more parties, every pair of parties that license each other, each pair by its names.
   */
  grantComparison(): { comparable: boolean; differenceCount: number; lead: string; summary: string; royaltyAsymmetric: boolean; royaltySummary: string } {
    return this.once('grantComparison', () => {
      const { byDirection, grantBacks } = this.grantDirections();
      const keys = [...byDirection.keys()].sort();
      // Main grants are compared with main grants: a direction whose grants are grant-backs of improvements only
      // (grantDirections) has none to weigh against the licence the other way, in scope or in consideration (the
      // improvements pack judges the grant-back; reciprocity/one-way-grant tells the missing licence).
      const granting = (k: string): boolean => (byDirection.get(k) as GrantRecord[]).some((g) => !grantBacks.has(g));
      // Each pair of parties once, in the order of its first direction ("A → B" before "B → A"): a consortium's grants
      // are compared between every two members, not only between the first two ("each Party grants to each other
      // Party", then a narrower licence to one of them).
      const pairs: [string, string][] = [];
      for (const k of keys) {
        const [from, to] = k.split(' → ');
        const reverse = `${to} → ${from}`;
        if (from !== to && byDirection.has(reverse) && k < reverse && granting(k) && granting(reverse)) pairs.push([k, reverse]);
      }
      // Three parties listed, and three sides among the directions (see grantDirections).
      const multiParty = this.analysis.facts.parties.length > 2 && new Set(keys.flatMap((k) => k.split(' → ')).filter((side) => side !== '?')).size > 2;
      const lead = multiParty ? 'The grants between the parties of this cross-license' : 'The two grants of this cross-license';
      if (pairs.length === 0) return { comparable: false, differenceCount: 0, lead, summary: '', royaltyAsymmetric: false, royaltySummary: '' };
      const diffs: string[] = [];
      let royaltySummary = '';
      for (const pair of pairs) {
        const compared = this.comparePair(byDirection, pair, grantBacks);
        diffs.push(...compared.diffs);
        if (royaltySummary === '' && compared.royaltySummary !== '') royaltySummary = compared.royaltySummary;
        if (compared.royaltySummary !== '' && compared.wider !== null) this.wider.add(compared.wider);
      }
      return {
        comparable: true,
        differenceCount: new Set(diffs).size,
        lead,
        summary: [...new Set(diffs)].join('; '),
        royaltyAsymmetric: royaltySummary !== '',
        royaltySummary,
      };
    });
  }

  /** The grants of one pair of opposite directions compared (grantComparison): differences, and royalty terms when they differ. */
  private comparePair(byDirection: ReadonlyMap<string, GrantRecord[]>, pair: [string, string], grantBacks: ReadonlySet<GrantRecord>): { diffs: string[]; royaltySummary: string; wider: string | null } {
    const aside = byDirection.get(pair[0]) as GrantRecord[];
    const bside = byDirection.get(pair[1]) as GrantRecord[];
    const show = (v: unknown): string => (v === null || v === undefined ? 'not stated' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));
    const attrs: [string, keyof GrantRecord][] = [
      ['exclusivity', 'exclusivity'], ['field', 'field'], ['territory', 'territory'], ['sublicensable', 'sublicensable'],
      ['transferable', 'transferable'], ['duration', 'duration'], ['revocable', 'revocable'], ['rights', 'rights'],
    ];
    const norm = (v: unknown) => (typeof v === 'string' ? v.toLowerCase().replace(/\s+/g, ' ').trim() : v);
    // A limited right to sublicense is a right, with its limit ('yes, only to contract manufacturers'); limits are
    // compared without the parties' names ('with Helixa's consent' and 'with Corvane's consent', 'to make Kestrel
    // Products for Kestrel' and 'to make Brightwater Products for Brightwater' are the same limit each way), nor the
    // names the two directions go by ('Roche' for two Roche companies).
    // A term-limited grant is compared by the period it states ('3 years' against '5 years', or against 'patent-life');
    // the rights a grant lists as one list ('make, have made, use, sell').
    const value = (g: GrantRecord, k: keyof GrantRecord): unknown =>
      k === 'sublicensable' && g.sublicensable && g.sublicenseLimit ? `yes, ${g.sublicenseLimit}` : k === 'duration' && g.durationPeriod !== undefined ? g.durationPeriod : k === 'rights' ? (g.rights?.join(', ') ?? null) : g[k];
    const sides = caseInsensitive(`\\b(?:${pair[0].split(' → ').map(escapeRegExp).join('|')})(?:'s|’s)?(?![\\w-])`, 'g');
    // 'to Affiliates' in a grant is to its grantee's: the same limit as 'to Roche's Affiliates', 'to its Affiliates'.
    const sameLimit = (v: unknown): unknown => (typeof v === 'string' ? (norm(v.replace(this.partyNames(), 'a party').replace(sides, 'a party')) as string).replace(/\b(?:a party(?:'s|’s)?|its|their)\s+(?=affiliates?\b)/g, '') : v);
    // Only attributes both grants state: "not stated" is a drafting gap (precision pack), not an asymmetry we can assert.
    // The first grant of each direction is compared, and so is each later pair that sits in one section (the same
    // parent clause): a research licence each way with the same terms (2.1, 2.2), then commercial licences that
    // differ (3.1 exclusive, 3.2 non-exclusive); comparing the first pair alone hid that. Grants in different
    // sections may license different things and are not paired.
    const clauses = this.analysis.tree.clauses;
    const clauseOf = (g: GrantRecord): ClauseNode | undefined => (g.clauseId === null ? undefined : clauseById(clauses, g.clauseId));
    // A later pair's values name their clauses as the document does ('non-exclusive (Clause 3.2)'): the finding
    // stands at one grant, and bare numbers before the attribute ('3.2 and 3.1, exclusivity: ...') read as stray.
    const where = (g: GrantRecord): string => {
      const c = clauseOf(g);
      return c?.number ? ` (${this.labelOf({ ...c, heading: null })})` : '';
    };
    // A grant one way that has no counterpart of its own in its section is compared with the mutual grant there, which
    // it narrows or adds to: "3.1 Each Party grants to each other Party ...; 3.2 In place of that licence, each of
    // Harrowgate and Solvane grants to Ketterby a licence limited to the Instrument Field".
    // The main grant each way is compared first (mainGrant: the widest, improvements set aside), not the first
    // written: an evaluation licence (2.1) before the exclusive licence (3.1) is not what the other side's licence
    // back is weighed against.
    const a0 = mainGrant(aside);
    const b0 = mainGrant(bside);
    const pairs: [GrantRecord, GrantRecord, boolean][] = [[a0, b0, false]];
    // Later pairs are of licences too: a grant-back of improvements is judged by the improvements pack, not weighed
    // against the other side's ("§ 6(1) Lindqvist grants Rheinfeld an exclusive ... licence under all Severable
    // Improvements" beside "§ 6(2) Each Party grants the other a non-exclusive ... licence under its Non-severable
    // Improvements", after identical licences in § 2).
    const alicences = aside.filter((g) => !grantBacks.has(g));
    const blicences = bside.filter((g) => !grantBacks.has(g));
    const alater = alicences.filter((g) => g !== a0);
    const blater = blicences.filter((g) => g !== b0);
    for (const a of alater) {
      const parent = clauseOf(a)?.parentId ?? null;
      if (parent === null) continue;
      const b = blater.find((g) => clauseOf(g)?.parentId === parent) ?? (a.mutual === true ? undefined : blicences.find((g) => g.mutual === true && clauseOf(g)?.parentId === parent));
      if (b !== undefined) pairs.push([a, b, true]);
    }
    for (const b of blater) {
      const parent = clauseOf(b)?.parentId ?? null;
      if (parent === null || b.mutual === true || pairs.some(([, paired]) => paired === b)) continue;
      const a = alicences.find((g) => g.mutual === true && clauseOf(g)?.parentId === parent);
      if (a !== undefined) pairs.push([a, b, true]);
    }
    const diffs: string[] = [];
    // A difference is told once: a later pair's that reads the same as one told already, its limits compared as above
    // ('yes, to Alder's Affiliates' and 'yes, to Affiliates'), and at the same clauses, adds nothing.
    const told = new Set<string>();
    for (const [a, b, later] of pairs) {
      const [wa, wb] = later ? [where(a), where(b)] : ['', ''];
      for (const [name, k] of attrs) {
        const [va, vb] = [value(a, k), value(b, k)];
        if (va === null || vb === null || sameLimit(va) === sameLimit(vb)) continue;
        // For the term against a period stated: the agreement's term may be that period.
        if (k === 'duration' && (a.durationPeriod === undefined) !== (b.durationPeriod === undefined) && (va === 'term' || vb === 'term')) continue;
        if (k === 'rights' && !nestedRights(a.rights ?? [], b.rights ?? [])) continue;
        const key = `${name}\u0000${String(sameLimit(va))}${wa}\u0000${String(sameLimit(vb))}${wb}`;
        if (told.has(key)) continue;
        told.add(key);
        diffs.push(`${name}: ${pair[0]} ${show(va)}${wa} | ${pair[1]} ${show(vb)}${wb}`);
      }
    }
    // Consideration over every grant of each direction, not only the first (a research licence each way, then a
    // commercial licence one way): one direction bears a royalty and the other's stated terms are all royalty-free.
    const royalties = (k: string) => {
      const records = byDirection.get(k) as GrantRecord[];
      const stated = new Set<unknown>(records.map((g) => g.royalty).filter((r) => r !== null));
      if (stated.size > 0 && records.every((g) => g.royalty !== null)) return stated;
      // A grant that says nothing of consideration: what its grantee pays elsewhere prices it ("Tidewater shall pay
      // Marlowe a royalty of 3%" in a clause of its own); a grantee that pays nothing anywhere takes it free. So also
      // beside a grant that says it (a royalty-free licence under improvements each way must not hide that the main
      // licence one way bears the royalty of clause 3).
      const silent = records.find((g) => g.royalty === null) as GrantRecord;
      const grantee = this.canonical(silent.grantee);
      const paid = grantee === null || grantee === 'mutual' ? undefined : this.payments().get(grantee);
      for (const r of grantee === null || grantee === 'mutual' ? [] : paid === undefined ? ['royalty-free'] : paid ? ['royalty-bearing'] : []) stated.add(r);
      return stated;
    };
    const ra = royalties(pair[0]);
    const rb = royalties(pair[1]);
    const onlyFree = (r: Set<unknown>) => r.size === 1 && r.has('royalty-free');
    const royaltyAsymmetric = (ra.has('royalty-bearing') && onlyFree(rb)) || (rb.has('royalty-bearing') && onlyFree(ra));
    const terms = (r: Set<unknown>) => (r.has('royalty-bearing') ? 'royalty-bearing' : 'royalty-free');
    const w = widerGrant(a0, b0);
    const wider = w === null ? null : this.canonical(w.grantee);
    return { diffs, royaltySummary: royaltyAsymmetric ? `${pair[0]} ${terms(ra)} | ${pair[1]} ${terms(rb)}` : '', wider: wider === 'mutual' ? null : wider };
  }
}

// A grant under improvements, modifications or developments (a licence back, a grant-back): not the main licence.
const UNDER_IMPROVEMENTS = /\b(?:improvements?|modifications?|enhancements?|derivatives?|developments?|grant-?backs?)\b/i;
// A grant of an option to take a licence ("grants Company an exclusive option ... to take the license in Article 3"):
// no licence yet.
const OPTION_GRANTED = /\bgrants?\b[^.;]{0,80}?\b(?:an?|the)\s+(?:[\w-]+,?\s+){0,3}?option\b(?!\s+(?:period|fee|date)\b)/i;
// What a grant's licensed IP names when it is a portfolio, not improvements alone.
const NAMES_PORTFOLIO = /\b(?:patents?|know-?how|technology|software|copyrights?|intellectual)\b/i;
/** Whether a grant is under improvements: its IP says so, or, when no portfolio is read as its IP, its words do. */
const underImprovements = (g: GrantRecord): boolean => (g.ip !== null && UNDER_IMPROVEMENTS.test(g.ip)) || ((g.ip === null || !NAMES_PORTFOLIO.test(g.ip)) && UNDER_IMPROVEMENTS.test(g.evidence));
/**
 * The grants of improvements only (improvementsOnly, as the document kind reads them) when some grant is not: the
 * grant-backs beside the licences; else none.
 */
function improvementGrantBacks(grants: readonly GrantRecord[]): ReadonlySet<GrantRecord> {
  const backs = grants.filter((g) => improvementsOnly(g.ip));
  return backs.length < grants.length ? new Set(backs) : new Set();
}
const GRANT_ATTRIBUTES = ['exclusivity', 'field', 'territory', 'sublicensable', 'transferable', 'duration', 'revocable'] as const;

/**
 * Whether one of two lists of rights holds the other ("make, use and sell" in "make, have made, use, sell and import"):
 * one licence narrower than the other. When each lists an act the other does not, the parties exchange different rights
 * (a fabless party's right to have made against a foundry's right to perform foundry services; a trademark licence "to
 * use" against a right "to distribute" goods), and neither is the narrower.
 */
function nestedRights(a: readonly string[], b: readonly string[]): boolean {
  return a.every((r) => b.includes(r)) || b.every((r) => a.includes(r));
}

/**
 * The main grant of one direction: the widest (widerGrant) of its operative grants (no option, not under
 * improvements), or of all its grants when none is: a later grant wider in two or more of the terms both state, or
 * neither wider and stating more of its terms, displaces the first written. "3.1 an exclusive licence ... throughout the world" over "2.1 for the Option
 * Period only, a non-exclusive licence ... in the United States".
 */
export function mainGrant(grants: readonly GrantRecord[]): GrantRecord {
  const operative = grants.filter((g) => !OPTION_GRANTED.test(g.evidence) && !underImprovements(g));
  const pool = operative.length > 0 ? operative : grants;
  const stated = (g: GrantRecord): number => GRANT_ATTRIBUTES.filter((k) => g[k] !== null).length;
  const both = (a: GrantRecord, b: GrantRecord): number => GRANT_ATTRIBUTES.filter((k) => a[k] !== null && b[k] !== null).length;
  // A later grant displaces the first only when it is wider in two or more terms both state: wider in the one term
  // both state (a perpetual data licence against a worldwide, sublicensable licence for the Term; an exclusive
  // commercial licence in another section against a non-exclusive research licence) shows too little of either.
  let main = pool[0] as GrantRecord;
  for (const g of pool.slice(1)) {
    const w = widerGrant(main, g);
    if ((w === g && both(main, g) >= 2) || (w === null && stated(g) > stated(main))) main = g;
  }
  return main;
}

/**
 * Of two grants, the one whose licence is wider: at least as wide in every attribute both state (exclusive or sole
 * over non-exclusive; a right to sublicense over none, an unlimited one over a limited one; transferable over not;
 * perpetual over for a term; irrevocable over revocable; worldwide over a territory named otherwise) and wider in one.
 * Null when neither is, or each is wider in something.
 */
export function widerGrant(a: GrantRecord, b: GrantRecord): GrantRecord | null {
  const ranks: [number | null, number | null][] = [
    [exclusivityRank(a), exclusivityRank(b)],
    [sublicenceRank(a), sublicenceRank(b)],
    [a.transferable === null ? null : +a.transferable, b.transferable === null ? null : +b.transferable],
    durationRanks(a, b),
    [a.revocable === null ? null : +!a.revocable, b.revocable === null ? null : +!b.revocable],
    [a.territory === null ? null : +WORLDWIDE.test(a.territory), b.territory === null ? null : +WORLDWIDE.test(b.territory)],
  ];
  let aWider = false;
  let bWider = false;
  for (const [x, y] of ranks) {
    if (x === null || y === null || x === y) continue;
    if (x > y) aWider = true;
    else bWider = true;
  }
  return aWider === bWider ? null : aWider ? a : b;
}

/**
 * The duration ranks of two grants (perpetual 2, for the patents' life 1, for a term 0): a grant that states no duration
 * lasts as long as the agreement, so it ranks as one for a term beside a perpetual one (an exclusive licence with no
 * duration against a perpetual licence back), and is not compared otherwise.
 */
function durationRanks(a: GrantRecord, b: GrantRecord): [number | null, number | null] {
  const rank = (g: GrantRecord, other: GrantRecord): number | null => (g.duration !== null ? DURATION_RANK[g.duration] : other.duration === 'perpetual' ? 0 : null);
  return [rank(a, b), rank(b, a)];
}
const DURATION_RANK: Readonly<Record<NonNullable<GrantRecord['duration']>, number>> = { perpetual: 2, 'patent-life': 1, term: 0 };

const WORLDWIDE = /\bworld-?wide\b|\bthroughout\s+the\s+world\b/i;
const exclusivityRank = (g: GrantRecord): number | null => (g.exclusivity === null ? null : g.exclusivity === 'non-exclusive' ? 0 : 1);
const sublicenceRank = (g: GrantRecord): number | null => (g.sublicensable === null ? null : !g.sublicensable ? 0 : g.sublicenseLimit ? 1 : 2);

/** The value of a catalogue fact for this document (params already validated at load). */
export function computeFact(ctx: DocumentContext, name: string, params: Record<string, unknown>): unknown {
  switch (name) {
    case 'clauses':
      return ctx.query(params as ClauseQuery);
    case 'definitions':
      return ctx.definitions(params['term'] as string);
    case 'oneSided':
      return ctx.oneSided(params['query'] as ClauseQuery, params['act'] as string);
    case 'definedTerms':
      return ctx.definedTerms(params['status'] as DefinedTermStatus);
    case 'crossReferences':
      return ctx.crossReferences(params['resolved'] as boolean);
    case 'numberMismatches':
      return ctx.numberMismatches();
    case 'mentions':
      return ctx.mentions(params['pattern'] as string, params['query'] as ClauseQuery | undefined, params['matchCase'] === true, params['outsideDefinedTerms'] === true);
    case 'grantsMissing':
      return ctx.grantsMissing(params['attribute'] as GrantAttribute);
    case 'hasType':
      return ctx.hasType(params['type'] as string, params['minConfidence'] as number | undefined);
    case 'documentKind':
      return ctx.kind;
    case 'crossLicense':
      return ctx.crossLicense();
    case 'parties':
      return ctx.analysis.facts.parties;
    case 'grants':
      return ctx.analysis.facts.grants;
    case 'grantDirections': {
      const { byDirection: _omit, grantBacks: _backs, ...plain } = ctx.grantDirections();
      return plain;
    }
    case 'grantComparison':
      return ctx.grantComparison();
    default:
      throw new Error(`fact "${name}" has no implementation`);
  }
}

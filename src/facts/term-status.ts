// The status of each defined term, computed once so that rules only read it: terms defined but never used, and terms
// defined more than once with words that disagree.
import type { Party } from '../model/index.js';
import { REDACTED_PART, type DefinitionRecord, type TermDefinitions } from './definitions.js';

/** A defined term with no use outside its own definitions, anchored at its first definition. */
export interface UnusedTerm {
  readonly term: string;
  readonly start: number;
  readonly end: number;
  readonly clauseId: string | null;
}

/** Where a term is defined: the offsets of the term inside its definition. */
export interface DefinitionSite {
  readonly start: number;
  readonly end: number;
  readonly clauseId: string | null;
  readonly style: 'means' | 'inline';
}

/**
 * A term defined at least twice with different words. `start`/`end`/`clauseId` anchor the first definition that
 * disagrees with the first one; `definitions` lists every (non-pointer) definition of the term in document order.
 */
export interface DuplicateTerm {
  readonly term: string;
  readonly start: number;
  readonly end: number;
  readonly clauseId: string | null;
  readonly definitions: readonly DefinitionSite[];
}

/**
 * The defined terms with no use outside their own definitions, anchored at their first definition, given which terms
 * (lower-cased) are used outside them (termsUsedOutsideDefinitions). A use inside the term's own definition ("Net
 * Sales" means ...; provided that Net Sales exclude ...) does not make the term used. "BOARD" is defined in Article
 * 9.1, where (the "Board") is defined and used: spellings that differ only in case are one term.
 */
export function unusedTermsOf(terms: ReadonlyMap<string, TermDefinitions>, usedKeys: ReadonlySet<string>): UnusedTerm[] {
  const out: UnusedTerm[] = [];
  // Spellings that one "means" definition defines together ('"Affiliate" ("Afiliada") means', '"Know-How" or
  // "Know How" means') name one thing: a use of either is a use of it, and the other spelling is not unused.
  const usedDefinitions = new Set<string>();
  for (const entry of terms.values()) {
    if (!usedKeys.has(entry.term.toLowerCase())) continue;
    for (const d of entry.definitions) if (d.style === 'means') usedDefinitions.add(definitionKey(d));
  }
  for (const entry of terms.values()) {
    const first = entry.definitions[0];
    // A term with a redacted part ('"Xencor [***]" means') is read by its words, which another term may be: its uses
    // cannot be told apart, so it is never reported unused.
    if (first && !usedKeys.has(entry.term.toLowerCase()) && !REDACTED_PART.test(entry.term) && !isReadingRule(first) && !entry.definitions.some((d) => d.style === 'means' && usedDefinitions.has(definitionKey(d))) && !numberUsed(terms, usedKeys, entry.term, first.clauseId)) {
      out.push({ term: entry.term, start: first.start, end: first.end, clauseId: first.clauseId });
    }
  }
  return out.sort((a, b) => a.start - b.start || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

/**
 * Whether the term's other number, defined in the same clause, is used: '(each, a "Dealer Covered Person" and,
 * together, "Dealer Covered Persons")' defines one thing in the singular and the plural, and a use of either is a use
 * of it.
 */
function numberUsed(terms: ReadonlyMap<string, TermDefinitions>, usedKeys: ReadonlySet<string>, term: string, clauseId: string | null): boolean {
  const other = /(?:e?s)$/.test(term) ? [term.replace(/s$/, ''), term.replace(/es$/, '')] : [`${term}s`, `${term}es`];
  for (const o of other) {
    if (o === term || !usedKeys.has(o.toLowerCase())) continue;
    if (terms.get(o)?.definitions.some((d) => d.clauseId === clauseId)) return true;
  }
  return false;
}

/** One definition's words, whichever spelling it defines: its clause and where its words end. */
function definitionKey(d: DefinitionRecord): string {
  return `${d.clauseId ?? ''}\u0000${d.bodyEnd}`;
}

/**
 * A rule for reading a lower-case word, not a term to use capitalised: '"Including" means including without
 * limitation', '"Including" means "including without limitation"', '"Or" means and/or'. A one-word term that its "means" definition gives as the same word in lower case
 * (or as "and/or"), where the word is used throughout in lower case.
 */
function isReadingRule(d: DefinitionRecord): boolean {
  if (d.style !== 'means' || !/^[A-Z][a-z]+$/.test(d.term)) return false;
  const at = d.text.indexOf(d.term);
  if (at < 0) return false;
  // (The reading may be quoted: '"Including" means "including without limitation"'.)
  const m = /^["\u201d]?\s*(?:means|shall\s+mean|is\s+to\s+be\s+read\s+as)\s+["\u201c]?([a-z]+(?:\/[a-z]+)?)/.exec(d.text.slice(at + d.term.length));
  return m !== null && (m[1] === d.term.toLowerCase() || m[1] === 'and/or');
}

// Words that say nothing about what a definition means: they are dropped before definitions are compared.
const FILLER = new Set(
  ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'certain', 'such', 'said', 'its', 'their', 'and', 'or', 'of', 'in', 'on', 'at', 'by', 'to', 'for', 'with', 'from', 'as', 'is', 'are', 'be', 'any', 'all', 'each', 'which', 'shall', 'mean', 'means', 'have', 'has', 'meaning', 'refer', 'refers', 'include', 'includes', 'including', 'defined', 'used', 'herein', 'hereof', 'hereto', 'term', 'agreement', 'date', 'dated'],
);

// The callbacks below are functions of the module, not arrows made per call: V8 keeps a closure's optimised code for
// that closure alone, so a new arrow per call that got hot was compiled again (--trace-opt over a fresh CUAD dev pass).
const isContentWord = (w: string): boolean => !FILLER.has(w);
const stemmed = (w: string): string => (w.length > 4 ? w.replace(/(?:es|s|ed|ing)$/, '') : w);
const isDate = (w: string): boolean => /^(?:[0-9]+|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(w);
const isNotDate = (w: string): boolean => !isDate(w);

/** Content words, crudely stemmed ("initiates"/"initiate", "receivables"/"receivable") so that inflection does not count. */
function contentWords(s: string): string[] {
  return (s.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter(isContentWord).map(stemmed);
}

/** What a "means" definition says, without its term, verb and filler words. */
/** The figures a "means" definition states after its term, in order ('14 2021 31 2028'); '' when it states none. */
function figuresOf(d: DefinitionRecord): string {
  const at = d.text.indexOf(d.term);
  const body = at < 0 ? d.text : d.text.slice(at + d.term.length);
  return (body.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,/g, '')).join(' ');
}

function meansWords(d: DefinitionRecord): string[] {
  const at = d.text.indexOf(d.term);
  return contentWords(at < 0 ? d.text : d.text.slice(at + d.term.length));
}

// The bracket of a simple inline definition: (the "X"), ("X"), (collectively, the "X"), hereinafter "X". In a longer
// parenthetical ("(any person not named in (A)-(D) shall be a "Third Party")") the words before the bracket are not
// what the term names, so the definition has no comparable meaning.
const SIMPLE_OPEN = /(?:\(|\bhereinafter(?:\s+(?:referred\s+to\s+as|called))?)\s*(?:(?:the|a|an|each|collectively|individually|together|herein|hereinafter|referred\s+to\s+as)[\s,]+)*["“]\s*$/i;
const SIMPLE_CLOSE = /^\s*["”]\s*(?:\)|[,;]?\s*(?:or|and)\b)/;

/**
 * What an inline definition names: the last content words before the bracket, with bracketed asides and quoted
 * words removed ("Beta Ltd., a Delaware corporation ("Beta")" -> "beta ltd delaware corporation"). Empty when unknown.
 */
function inlineWords(d: DefinitionRecord, text: string): string[] {
  if (!SIMPLE_OPEN.test(text.slice(Math.max(0, d.start - 60), d.start)) || !SIMPLE_CLOSE.test(text.slice(d.end, d.end + 12))) return [];
  // The last words name the thing; a date may be all there is ("dated as of December 31, 2018 (the "Effective
  // Date")"), but it does not displace the name ("a Development Agreement dated April 15, 2010").
  const words = contentWords(d.text.replace(/\([^()]*\)/g, ' ').replace(/["“][^"”]*["”]/g, ' '));
  return [...words.filter(isNotDate).slice(-8), ...words.slice(-8).filter(isDate)];
}

function shareAWord(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return b.some((w) => set.has(w));
}

/**
 * Share of the larger definition's distinct words that the other one also uses. Of the larger: a narrow definition
 * whose words all recur in a broader one ("mobile handsets and tablets" / "consumer electronic devices of any kind,
 * including mobile handsets, tablets and televisions") says something different, where a typo or an inflection
 * changes a word or two of the same words.
 */
function overlap(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let both = 0;
  for (const w of sa) if (sb.has(w)) both++;
  return both / Math.max(sa.size, sb.size);
}

// A "means" definition by what the term includes ('"ISO" includes ...', '"Affiliate" shall also include ...').
const WIDENS = /^["\u201c][^"\u201d]*["\u201d]\s*(?:(?:shall|will)\s+)?(?:also\s+)?includes?\b/;
const widens = (d: DefinitionRecord): boolean => d.style === 'means' && WIDENS.test(d.text);

// A "means" definition that points back to the preamble or to this agreement restates what an inline definition says
// ("Effective Date" means the date first written above; "Agreement" means this Agreement and its Schedules).
const POINTS_BACK = /\b(?:above|preamble|recitals?|first\s+(?:written|set\s+forth)|this\s+agreement|hereto|hereof)\b/i;

/**
 * Whether two definitions of one term say the same thing. Unknown meanings agree, to favour precision: a duplicate
 * is reported only when the words plainly differ.
 */
function agree(a: DefinitionRecord, b: DefinitionRecord, text: string, partyWords: readonly string[] | undefined): boolean {
  // '"ISO" includes ISO's wholly-owned subsidiaries' beside (“ISO”) for the party: a definition by what the term
  // includes widens the other one, it does not say something else.
  if (widens(a) || widens(b)) return true;
  if (a.style === 'means' && b.style === 'means') {
    const wa = meansWords(a);
    const wb = meansWords(b);
    if (wa.length === 0 || wb.length === 0) return true;
    // The same words with another date, amount or rate ('the period from 14 June 2021 to 31 December 2028' /
    // '... to 31 December 2029', as an amendment and its restated text may leave them) say something different.
    const na = figuresOf(a);
    const nb = figuresOf(b);
    if (na !== '' && nb !== '' && na !== nb) return false;
    // The same words with a typo or an inflection changed, or one definition cut short by the page layout.
    const short = Math.min(wa.length, wb.length);
    return (short >= 3 && overlap(wa, wb) >= 0.8) || wa.slice(0, short).join(' ') === wb.slice(0, short).join(' ');
  }
  if (a.style === 'inline' && b.style === 'inline') {
    // A party's alias restated in an attached form or amendment names the same party.
    if (partyWords) return true;
    const wa = inlineWords(a, text);
    const wb = inlineWords(b, text);
    return wa.length === 0 || wb.length === 0 || shareAWord(wa, wb);
  }
  const [means, inline] = a.style === 'means' ? [a, b] : [b, a];
  if (POINTS_BACK.test(means.text)) return true;
  // "IBM" shall mean International Business Machines Corporation and its Subsidiaries: it still names the party.
  if (partyWords) return shareAWord(meansWords(means), partyWords);
  const named = inlineWords(inline, text);
  return named.length === 0 || shareAWord(meansWords(means), named);
}

// What follows a list entry's label: a colon, after the closing quote or emphasis if any ("Tessmark:", "**Tessmark:**",
// "**Tessmark**:", '"Tessmark":').
const LABEL_AFTER = /^["”]?[*_]{0,3}[ \t]*:/;

/**
 * Terms defined twice with different words. Pointer entries ("X" has the meaning set forth in Section 4.2) are not
 * definitions; identical repeats and an inline definition restated by a "means" entry are not duplicates. Each
 * definition is compared with the first one only, so the pass is linear in the number of definitions.
 */
export function findDuplicateTerms(terms: ReadonlyMap<string, TermDefinitions>, text: string, parties: readonly Party[]): DuplicateTerm[] {
  // Each party's name and alias -> the distinctive words of its name ("International Business Machines Corporation").
  const partyWords = new Map<string, string[]>();
  for (const p of parties) {
    const words = contentWords(p.name).filter((w) => !/^(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|lp|plc|gmbh|ag|sa)$/.test(w));
    for (const n of [p.name, ...p.aliases]) partyWords.set(n, words);
  }
  const out: DuplicateTerm[] = [];
  for (const entry of terms.values()) {
    // A party's name as the label of a list entry ("**Tessmark:** US 10,811,472 B2 ...", a schedule split by party)
    // introduces that party's part of the list; it does not define the party again.
    const party = partyWords.has(entry.term);
    const defs = entry.definitions.filter((d) => d.style !== 'pointer' && !(party && LABEL_AFTER.test(text.slice(d.end, d.end + 8)))).sort((a, b) => a.start - b.start);
    const first = defs[0];
    if (!first || defs.length < 2) continue;
    const conflict = defs.find((d) => d !== first && !agree(first, d, text, partyWords.get(entry.term)));
    if (!conflict) continue;
    out.push({
      term: entry.term,
      start: conflict.start,
      end: conflict.end,
      clauseId: conflict.clauseId,
      definitions: defs.map((d) => ({ start: d.start, end: d.end, clauseId: d.clauseId, style: d.style === 'means' ? 'means' : 'inline' })),
    });
  }
  return out.sort((a, b) => a.start - b.start || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

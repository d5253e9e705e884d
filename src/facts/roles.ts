// Role words given to the parties for one article or section only: "In this Article 3, Ardentis is referred to as the
// "Licensor" and Valmorel as the "Licensee"", "For the purposes of this Section, "Licensor" means Ardentis". A
// cross-licence drafted as two one-way licences often defines "Licensor" and "Licensee" anew in each direction's
// article; read as names, the two grants are "Licensor to Licensee" twice, and nothing compares them.
import type { ClauseNode } from '../model/index.js';
import type { Mention, PartyIndex } from './parties.js';
import type { ClauseLocator } from './text.js';

/** Role words (as written, "Licensor") and the party each stands for, over a span of the text (an article's). */
export interface RoleScope {
  readonly start: number;
  readonly end: number;
  readonly roles: ReadonlyMap<string, string>;
}

// The division words a scope phrase names ("this Article 3", "this Section", "this Clause 4.2").
const DIVISIONS = ['this Article', 'this Section', 'this Clause', 'this Paragraph'];
// What opens a scope phrase before "this <Division>": "In", "For the purposes of", "For purposes of", "Under".
const SCOPE_OPENER = /(?:^|[^\w-])(?:[Ii]n|[Ff]or\s+(?:the\s+)?purposes?\s+of|[Uu]nder)\s+$/;
// After the division word: its number if any ("3", "4.2", "III"), "only", then the comma that ends the phrase.
const SCOPE_REST = /^(?:[ \t]+((?:\d{1,3}(?:\.\d{1,3})*|[IVXL]{1,6})\b\.?))?(?:[ \t]+only)?[ \t]*,/;
// A role word in quotes or bold: one to three capitalised words ("Licensor", "Receiving Party").
const ROLE = /(?:["“]|\*\*)[ \t]*([A-Z][a-z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})[ \t]*(?:["”]|\*\*)/g;
// A role word that is followed by its party: ""Licensor" means Ardentis", ""Licensee" shall mean Valmorel".
const ROLE_THEN_PARTY = /^[ \t]*\)?[ \t]*(?:means|shall\s+mean|refers\s+to|shall\s+refer\s+to|is|shall\s+be)\b/;
// Words that name no role of one party.
const NOT_A_ROLE = /^(?:Part(?:y|ies)|Agreement|Article|Section|Clause|Affiliates?|Effective\s+Date|Term)$/;

/** The number of a clause or scope phrase without its division word or full stop ("Article 3" -> "3"). */
function bareNumber(n: string): string {
  return n.replace(/^(?:article|section|clause|paragraph|part)[ \t]+/i, '').replace(/\.$/, '').toLowerCase();
}

/** The end of the sentence that holds `from` (a full stop or semicolon before white space, or a line break). */
function sentenceEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || ((c === 46 || c === 59) && (i + 1 >= text.length || /\s/.test(text[i + 1] as string)))) return i;
  }
  return limit;
}

/**
 * The span a scope phrase covers: the clause it names by number among the clause holding it and its ancestors; without
 * a number (or none matching), the nearest of them that has children, as a paragraph "3.1 In this Article, ..." speaks
 * for its article; a clause without children or parent speaks for itself.
 */
function scopeClause(locate: ClauseLocator, at: number, number: string | null): ClauseNode | null {
  const chain: ClauseNode[] = [];
  for (let c = locate.at(at); c !== null && c !== undefined; c = c.parentId === null ? null : (locate.get(c.parentId) ?? null)) chain.push(c);
  if (chain.length === 0) return null;
  if (number !== null) {
    const wanted = bareNumber(number);
    const named = chain.find((c) => c.number !== null && bareNumber(c.number) === wanted);
    if (named) return named;
  }
  return chain.find((c) => c.children.length > 0 && c.kind !== 'preamble') ?? (chain[0] as ClauseNode);
}

/**
 * The role words defined for one article or section ("In this Article 3, Ardentis is the "Licensor" and Brevon the
 * "Licensee""), each with the party it stands for and the span of the clause the phrase names. A role is paired with
 * the party named before it since the previous role ("Ardentis is referred to as the "Licensor""), or, when "means" or
 * "is" follows it, with the party named next (""Licensor" means Ardentis"). Document order; none without parties.
 */
export function findRoleScopes(text: string, locate: ClauseLocator, parties: PartyIndex): RoleScope[] {
  if (parties.parties.length === 0) return [];
  const out: RoleScope[] = [];
  for (const division of DIVISIONS) {
    for (let k = text.indexOf(division); k >= 0; k = text.indexOf(division, k + division.length)) {
      const opener = SCOPE_OPENER.exec(text.slice(Math.max(0, k - 30), k));
      if (opener === null) continue;
      const rest = SCOPE_REST.exec(text.slice(k + division.length, k + division.length + 24));
      if (rest === null) continue;
      const phraseEnd = k + division.length + rest[0].length;
      const end = sentenceEnd(text, phraseEnd, Math.min(text.length, phraseEnd + 400));
      const sentence = text.slice(phraseEnd, end);
      const mentions = parties.within(phraseEnd, end).filter((m): m is Mention & { party: string } => m.party !== null);
      const roles = new Map<string, string>();
      let floor = phraseEnd;
      for (const r of sentence.matchAll(ROLE)) {
        const role = r[1] as string;
        const rs = phraseEnd + (r.index as number);
        const re = rs + r[0].length;
        const taken = floor;
        floor = re;
        if (NOT_A_ROLE.test(role) || mentions.some((m) => m.start >= rs && m.end <= re)) continue;
        const party = ROLE_THEN_PARTY.test(text.slice(re, re + 30)) ? mentions.find((m) => m.start >= re) : mentions.filter((m) => m.start >= taken && m.end <= rs).pop();
        if (party !== undefined && !roles.has(role)) roles.set(role, party.party);
      }
      if (roles.size === 0) continue;
      const scope = scopeClause(locate, k, rest[1] ?? null);
      if (scope !== null) out.push({ start: scope.start, end: scope.end, roles });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The roles in force at `offset`: those of the innermost scope that holds it (an empty map outside every scope). */
export function rolesAt(scopes: readonly RoleScope[], offset: number): ReadonlyMap<string, string> {
  let best: RoleScope | null = null;
  for (const s of scopes) if (s.start <= offset && offset < s.end && (best === null || s.end - s.start < best.end - best.start)) best = s;
  return best?.roles ?? NO_ROLES;
}
/** No role words defined: what a clause outside every role scope reads. */
export const NO_ROLES: ReadonlyMap<string, string> = new Map();

/**
 * Class words that name two or more of the parties together, read from the sentence that gives them: "Aurelian and
 * Tessmark are each a "Parent" and together the "Parents"" (a joint venture's parents beside the company they form, a
 * consortium's founders beside its members), or '"Parent" means each of Aurelian and Tessmark'. A grant by "Each
 * Parent" is then a grant by each of them, and one "to each Parent" a grant to each. The word (singular, as written)
 * maps to the parties' names in document order; a sentence that names anything but the parties before "are each" (the
 * licences granted to Aurelian and Tessmark are each ...) gives no class. Found at the few "are each" and "means each
 * of / either of" in the text (indexOf scans). Not Party.class (parties.ts): that is an open class of joiners ("each
 * Person that becomes a Member"), a party of its own whose members are not named; this is a closed set of named
 * parties, an alias shared by them. When both name one word, the class is the named parties and the joiners' party
 * together. A grant's side reads either (grants.ts, rules/context.ts bystanders).
 */
export function findPartyClasses(text: string, parties: PartyIndex): ReadonlyMap<string, readonly string[]> {
  if (parties.parties.length < 3) return NO_CLASSES;
  const out = new Map<string, readonly string[]>();
  const add = (word: string, from: number, to: number): void => {
    const names = namesOnly(text, parties, from, to);
    if (names !== null && !out.has(word)) out.set(word, names);
  };
  for (let k = text.indexOf('are each'); k >= 0; k = text.indexOf('are each', k + 8)) {
    const m = ARE_EACH_CLASS.exec(text.slice(k, k + 120));
    if (m === null) continue;
    let from = k;
    while (from > 0 && k - from < 300 && !SENTENCE_BREAK.test(text.slice(from - 2, from))) from--;
    add(m[1] as string, from, k);
  }
  for (let k = text.indexOf(' means '); k >= 0; k = text.indexOf(' means ', k + 7)) {
    const word = CLASS_BEFORE_MEANS.exec(text.slice(Math.max(0, k - 40), k))?.[1];
    if (word === undefined) continue;
    const each = /^ means (?:each|either|both) of /.exec(text.slice(k, k + 24));
    if (each === null) continue;
    const from = k + each[0].length;
    let to = from;
    while (to < text.length && to - from < 300 && !/[.;\n]/.test(text[to] as string)) to++;
    add(word.replace(/s$/, ''), from, to);
  }
  // '("HSI" and, together with THC, the "Licensors" and each a "Licensor")': the party whose alias opens the
  // parenthetical and the parties it is 'together with' are the class.
  for (let k = text.indexOf('together with'); k >= 0; k = text.indexOf('together with', k + 1)) {
    const m = TOGETHER_WITH_CLASS.exec(text.slice(k, k + 200));
    if (m === null) continue;
    const own = parties.within(Math.max(0, k - 60), k).filter((x) => x.party !== null).pop();
    // The names' own offsets (the 'd' flag): the phrase may break or space its words any way.
    const [namesFrom, namesTo] = (m.indices as RegExpIndicesArray)[1] as [number, number];
    const others = namesOnly(text, parties, k + namesFrom, k + namesTo, 1);
    if (own?.party && others !== null && !others.includes(own.party)) {
      const names = [own.party, ...others];
      if (names.length < parties.parties.length && !out.has(m[2] as string)) out.set(m[2] as string, names);
    }
  }
  // The open class the preamble names by the same word ("and each Person that becomes a Parent by signing a Joinder",
  // Party.class) is one class with the parties named here: its joiners are members too.
  for (const [word, names] of out) {
    const joiners = parties.parties.find((p) => p.class !== undefined && (p.name === word || p.aliases.includes(word)));
    if (joiners !== undefined && !names.includes(joiners.name)) out.set(word, [...names, joiners.name]);
  }
  return out;
}
/** No class words: what a document of two parties, or one that defines none, reads. */
export const NO_CLASSES: ReadonlyMap<string, readonly string[]> = new Map();
// "are each a "Parent"", "are each referred to as a "**Founder**"", "are each hereinafter called a "Sponsor"".
const ARE_EACH_CLASS = /^are\s+each\s+(?:(?:referred\s+to|hereinafter\s+(?:referred\s+to\s+as|called)|called|defined)\s+(?:herein\s+)?(?:as\s+)?)?(?:a|an|the)\s+["“](?:\*\*)?([A-Z][a-z][\w-]*)(?:\*\*)?["”]/;
// '"Parent" means', '"**Founders**" means': the class word defined by a 'means each of'.
const CLASS_BEFORE_MEANS = /["“](?:\*\*)?([A-Z][a-z][\w-]*)(?:\*\*)?["”]\s*$/;
// 'together with THC, the "Licensors"', 'together with Alpha and Beta, collectively the "Members"': the names, then the
// class word (a plural's 's' left out).
const TOGETHER_WITH_CLASS = /^together\s+with\s+([^,;()"“]{1,80}?),?\s+(?:(?:are\s+)?(?:collectively|jointly)\s+)?(?:(?:referred\s+to\s+as|called)\s+)?the\s+["“](?:\*\*)?([A-Z][a-z][\w-]*?)s?(?:\*\*)?["”]/d;
// Where a sentence starts: after a full stop, semicolon or colon and a blank, or a line break.
const SENTENCE_BREAK = /[.;:]\s$|\n$/;

/** The parties named in [from, to) when nothing else is: names joined by commas, "and", "or", "the"; `least` (two) or more, else null. */
function namesOnly(text: string, parties: PartyIndex, from: number, to: number, least = 2): string[] | null {
  const mentions = parties.within(from, to).filter((m): m is Mention & { party: string } => m.party !== null);
  let rest = '';
  let at = from;
  for (const m of mentions) {
    rest += text.slice(at, m.start);
    at = m.end;
  }
  rest += text.slice(at, to);
  if (!/^[\s,]*$/.test(rest.replace(/\b(?:and|or|the|both)\b/g, ' '))) return null;
  const names = [...new Set(mentions.map((m) => m.party))];
  return names.length >= least && names.length < parties.parties.length ? names : null;
}

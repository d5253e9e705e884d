// Tagged tree -> facts for rules: parties, definitions and term uses, grant records, document kind, clause attributes.
// Every extractor reads the text itself; tags are hints only. Each pass is one combined pattern over the text, so the
// whole stage is linear in the document's length.
import type { ClauseAttributes, ClauseTree, Definition, DocumentKind, GrantRecord, Party, Source } from '../model/index.js';
import type { TagMap } from '../tag/index.js';
import { findDefinitions, indexTerms, type TermEntry } from './definitions.js';
import { findGrants, type GrantFinding } from './grants.js';
import { findDates, findDurations, findMoney, findNumberPairs, findPatentNumbers, findPercentages } from './measures.js';
import { findConditions, findModality, type ConditionFact } from './modality.js';
import { findParties, PartyIndex, type PartyHint } from './parties.js';
import { ReferenceResolver } from './references.js';
import { findDuplicateTerms, findUnusedTerms, type DuplicateTerm, type UnusedTerm } from './term-status.js';
import { findUndefinedTerms, type UndefinedTerm } from './undefined-terms.js';
import { ClauseLocator, sentenceStarts } from './text.js';

export type { TermEntry, TermUse, DefinitionRecord } from './definitions.js';
export type { PartyHint } from './parties.js';
export type { DefinitionSite, DuplicateTerm, UnusedTerm } from './term-status.js';
export type { UndefinedTerm } from './undefined-terms.js';
export { parseNumberWords } from './text.js';

export interface DocumentFacts {
  readonly kind: DocumentKind;
  readonly parties: readonly Party[];
  readonly definitions: readonly Definition[];
  readonly grants: readonly GrantRecord[];
  readonly attributes: ReadonlyMap<string, ClauseAttributes>;
  /** Each defined term (sorted) with its definitions and uses. */
  readonly terms: ReadonlyMap<string, TermEntry>;
  /** Why the kind was chosen ("grants in both directions between Acme and Beta"). */
  readonly kindReason: string;
  /** Defined terms never used outside their own definitions, at their first definition; document order. */
  readonly unusedTerms: readonly UnusedTerm[];
  /** Terms defined two or more times with different words, at the first disagreeing definition; document order. */
  readonly duplicateTerms: readonly DuplicateTerm[];
  /** Capitalised terms used like defined terms ("the Licensed Field") but never defined, at their first use; document order. */
  readonly undefinedTerms: readonly UndefinedTerm[];
}

export interface FactOptions {
  /** Parties named in the configuration: merged with (and preferred to) those read from the preamble. */
  readonly parties?: readonly PartyHint[];
  /** Overrides the kind read from the grants. */
  readonly kind?: DocumentKind;
}

const GRANT_TAG = 'license-grant';
// Clauses worth reading for grants: the verb in any form (findGrants decides whether it is a grant).
const GRANT_CUE = /\bgrant(?:s|ed)?\b/gi;

function documentKind(grants: readonly GrantFinding[]): { kind: DocumentKind; reason: string } {
  if (grants.some((g) => g.mutual)) return { kind: 'cross-license', reason: 'a mutual grant ("each Party grants to the other")' };
  const directions = new Set(grants.filter((g) => g.record.grantor && g.record.grantee).map((g) => `${g.record.grantor}\u0000${g.record.grantee}`));
  for (const d of [...directions].sort()) {
    const [a, b] = d.split('\u0000') as [string, string];
    if (a !== b && directions.has(`${b}\u0000${a}`)) return { kind: 'cross-license', reason: `grants in both directions between ${a} and ${b}` };
  }
  if (grants.length > 0) return { kind: 'license', reason: `${grants.length} grant(s) in one direction` };
  return { kind: 'other', reason: 'no grant of rights found' };
}

// Most clauses have none of most attributes: share one frozen empty list instead of allocating thousands.
const NONE: readonly never[] = Object.freeze([]);
function listOr<T, U>(items: readonly T[] | undefined, map: (item: T) => U): readonly U[] {
  return items && items.length > 0 ? items.map(map) : NONE;
}

function isSorted(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if ((xs[i] as number) < (xs[i - 1] as number)) return false;
  return true;
}

export function extractFacts(source: Source, tree: ClauseTree, tags: TagMap, options: FactOptions = {}): DocumentFacts {
  const { text } = source;
  const locate = new ClauseLocator(tree);
  const parties = findParties(text, options.parties ?? []);
  const partyIndex = new PartyIndex(parties);
  partyIndex.scan(text);

  const definitionRecords = findDefinitions(text, locate);
  const terms = indexTerms(text, definitionRecords, locate);
  const termsByClause = new Map<string, Set<string>>();
  for (const entry of terms.values()) {
    for (const use of entry.uses) {
      if (use.clauseId === null) continue;
      const set = termsByClause.get(use.clauseId) ?? new Set<string>();
      set.add(entry.term);
      termsByClause.set(use.clauseId, set);
    }
  }
  const references = new ReferenceResolver(text, locate);

  // Document-level passes, one pattern each; results are bucketed by the clause that holds them.
  const starts = sentenceStarts(text, 0, text.length);
  const byClause = <T extends { readonly start: number }>(items: readonly T[]): Map<string, T[]> => {
    const out = new Map<string, T[]>();
    for (const item of items) {
      const id = locate.at(item.start)?.id;
      if (id === undefined) continue;
      const list = out.get(id);
      if (list) list.push(item);
      else out.set(id, [item]);
    }
    return out;
  };
  const money = byClause(findMoney(text));
  const percentages = byClause(findPercentages(text));
  const durations = byClause(findDurations(text));
  const dates = byClause(findDates(text));
  const patents = byClause(findPatentNumbers(text));
  const pairs = byClause(findNumberPairs(text));
  const modalities = byClause(findModality(text, 0, text.length, partyIndex, starts));
  const conditionsByClause = byClause(findConditions(text));
  const crossReferences = byClause(references.find(text));
  const grantClauses = new Set(byClause([...text.matchAll(GRANT_CUE)].map((m) => ({ start: m.index }))).keys());

  const grantFindings: GrantFinding[] = [];
  const attributes = new Map<string, ClauseAttributes>();
  for (const clause of tree.clauses) {
    const id = clause.id;
    const taggedGrant = (tags.get(id) ?? []).some((t) => t.type === GRANT_TAG);
    const grants = grantClauses.has(id) || taggedGrant ? findGrants(text, clause, partyIndex) : [];
    grantFindings.push(...grants);

    const modality = listOr(modalities.get(id), ({ kind: k, subject, verb, negated }) => ({ kind: k, subject, verb, negated }));
    const mentioned = new Set<string>();
    for (const m of partyIndex.within(clause.start, clause.bodyEnd)) {
      if (m.party) mentioned.add(m.party);
      else for (const p of parties) mentioned.add(p.name);
    }
    const conditions: readonly ConditionFact[] = conditionsByClause.get(id) ?? NONE;
    const used = termsByClause.get(id);
    const firstGrant = grants[0]?.record;
    const exceptions = conditions.filter((c) => c.exception);
    attributes.set(id, {
      modality,
      parties: mentioned.size > 0 ? [...mentioned].sort() : NONE,
      conditions: listOr(conditions, (c) => c.text),
      money: listOr(money.get(id), ({ text: t, amount, currency }) => ({ text: t, amount, currency })),
      percentages: listOr(percentages.get(id), ({ text: t, value }) => ({ text: t, value })),
      durations: listOr(durations.get(id), ({ text: t, days, business }) => ({ text: t, days, ...(business ? { business } : {}) })),
      dates: listOr(dates.get(id), ({ text: t, iso }) => ({ text: t, iso })),
      patentNumbers: patents.has(id) ? [...new Set((patents.get(id) ?? []).map((p) => p.number))] : NONE,
      definedTermsUsed: used ? [...used].sort() : NONE,
      crossReferences: listOr(crossReferences.get(id), ({ text: t, targetId, start, end }) => ({ text: t, targetId, start, end })),
      ...(firstGrant ? { grant: firstGrant } : {}),
      exceptions: listOr(exceptions, (c) => c.text),
      negated: modality.some((m) => m.negated),
      numberPairs: listOr(pairs.get(id), ({ text: t, words, figures, start, end }) => ({ text: t, words, figures, start, end })),
    });
  }

  const { kind, reason } = options.kind ? { kind: options.kind, reason: 'declared in the configuration' } : documentKind(grantFindings);
  const definitions: Definition[] = definitionRecords.map((d) => ({ term: d.term, clauseId: d.clauseId, start: d.start, end: d.end, style: d.style, text: d.text }));
  if (!isSorted(definitions.map((d) => d.start))) definitions.sort((a, b) => a.start - b.start);
  return {
    kind,
    kindReason: reason,
    parties,
    definitions,
    grants: grantFindings.map((g) => (g.mutual ? { ...g.record, mutual: true } : g.record)),
    attributes,
    terms,
    unusedTerms: findUnusedTerms(terms),
    duplicateTerms: findDuplicateTerms(terms, text, parties),
    undefinedTerms: findUndefinedTerms(text, terms.keys(), parties, locate),
  };
}

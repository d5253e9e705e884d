// Tagged tree -> facts for rules: parties, definitions and term uses, grant records, document kind, clause attributes.
// Every extractor reads the text itself; tags are hints only. Each pass is one combined pattern over the text, so the
// whole stage is linear in the document's length.
import type { ClauseAttributes, ClauseTree, Definition, DocumentKind, GrantRecord, Party, Source, Tag } from '../model/index.js';
import { clauseById, wordIndexOf } from '../model/index.js';
import type { TagMap } from '../tag/index.js';
import { findDefinitions, indexTerms, termDefinitions, termsUsedOutsideDefinitions, type TermEntry } from './definitions.js';
import { COVENANT_VERB, findGrants, improvementsOnly, licensesAt, nextCovenant, nonAssertionStarts, type GrantFinding } from './grants.js';
import { findDates, findDurations, findMoney, findNumberPairs, findPatentNumbers, findPercentages, type NumberPair } from './measures.js';
import { findConditions, findModality, type ConditionFact } from './modality.js';
import { findParties, PartyIndex, type PartyHint } from './parties.js';
import { findPartyClasses, findRoleScopes, NO_CLASSES, rolesAt } from './roles.js';
import { ReferenceResolver, deletedQuotations, type CrossReference } from './references.js';
import { findAttachedForms, type AttachedForm } from './forms.js';
import { findDuplicateTerms, unusedTermsOf, type DuplicateTerm, type UnusedTerm } from './term-status.js';
import { findUndefinedTerms, type UndefinedTerm } from './undefined-terms.js';
import { capitalStarts, ClauseLocator, sentenceStarts } from './text.js';

export type { TermEntry, TermUse, DefinitionRecord } from './definitions.js';
export type { PartyHint } from './parties.js';
export type { CrossReference } from './references.js';
export type { NumberPair } from './measures.js';
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
  /** Each clause's cross-references (clauses with none are absent), as in its attributes. */
  readonly crossReferences: ReadonlyMap<string, readonly CrossReference[]>;
  /** Each clause's numbers written in words and figures (clauses with none are absent), as in its attributes. */
  readonly numberPairs: ReadonlyMap<string, readonly NumberPair[]>;
  /**
   * Whether the document amends another agreement ("AMENDMENT NO. 2 TO THE ... AGREEMENT"): what it does not change
   * is in that agreement, so rules that judge a whole agreement do not run on it (rules/evaluate.ts).
   */
  readonly amendment: boolean;
  /** In an amendment, the text it quotes only to delete it (not checked by clause rules); empty in other documents. */
  readonly deletedText: readonly { readonly start: number; readonly end: number }[];
  /** The forms the agreement attaches (schedules its body says an instrument takes the form of); document order. */
  readonly attachedForms: readonly AttachedForm[];
}

export interface FactOptions {
  /** Parties named in the configuration: merged with (and preferred to) those read from the preamble. */
  readonly parties?: readonly PartyHint[];
  /** Overrides the kind read from the grants. */
  readonly kind?: DocumentKind;
}

const GRANT_TAG = 'license-grant';

/** Whether a clause's tags hold `type`: a plain loop, no callback, for a test made once per clause of every document. */
function hasTagType(tags: readonly Tag[] | undefined, type: string): boolean {
  if (tags === undefined) return false;
  for (let i = 0; i < tags.length; i++) if ((tags[i] as Tag).type === type) return true;
  return false;
}

/**
 * The kind of agreement the grants make: a mutual grant, or grants in both directions between two parties, make a
 * cross-license, unless all the grants one way (and not the other) license only improvements ("the Licensee Improvements", "any patent
 * claiming an Improvement"): that is a licence with a grant-back, and its grant-back is no licence of a portfolio in
 * exchange (counsel reads a one-way patent licence with a grant-back as a licence). So is a mutual grant of improvements
 * only beside a one-way licence; alone, it is a cross-license of improvements.
 */
function documentKind(grants: readonly GrantFinding[]): { kind: DocumentKind; reason: string } {
  // A mutual grant of improvements only ("each Party grants to the other a licence under its Improvements") beside a
  // one-way licence is that licence's grant-back, made both ways: it licenses no portfolio in exchange.
  let mutualImprovements = false;
  for (const g of grants) {
    if (!g.mutual) continue;
    if (!improvementsOnly(g.record.ip)) return { kind: 'cross-license', reason: 'a mutual grant ("each Party grants to the other")' };
    mutualImprovements = true;
  }
  // Per direction, whether it holds a grant of more than improvements.
  const directions = new Map<string, boolean>();
  let licence: GrantFinding | null = null;
  for (const g of grants) {
    if (!g.mutual && !improvementsOnly(g.record.ip)) licence ??= g;
    const { grantor, grantee, ip } = g.record;
    if (!grantor || !grantee) continue;
    const d = `${grantor}\u0000${grantee}`;
    directions.set(d, (directions.get(d) ?? false) || !improvementsOnly(ip));
  }
  let grantBack: [string, string] | null = null;
  for (const d of [...directions.keys()].sort()) {
    const [a, b] = d.split('\u0000') as [string, string];
    const back = directions.get(`${b}\u0000${a}`);
    if (a === b || back === undefined) continue;
    const forth = directions.get(d) === true;
    if (forth === back) return { kind: 'cross-license', reason: `grants in both directions between ${a} and ${b}` };
    grantBack ??= forth ? [a, b] : [b, a];
  }
  if (grantBack !== null) return { kind: 'license', reason: `a licence from ${grantBack[0]} to ${grantBack[1]} with a grant-back of improvements` };
  if (mutualImprovements) {
    if (licence === null) return { kind: 'cross-license', reason: 'a mutual grant of improvements ("each Party grants to the other")' };
    return { kind: 'license', reason: `a licence from ${licence.record.grantor ?? 'one party'} to ${licence.record.grantee ?? 'another'} with a mutual grant of improvements` };
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

/** A value computed on its first read and kept: a fact that nobody reads costs nothing. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/** Document-ordered items bucketed by the clause that holds their start; items outside every clause are dropped. */
function byClause<T extends { readonly start: number }>(items: readonly T[], locate: ClauseLocator): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const id = locate.at(item.start)?.id;
    if (id === undefined) continue;
    const list = out.get(id);
    if (list) list.push(item);
    else out.set(id, [item]);
  }
  return out;
}

interface AttributeInputs {
  readonly text: string;
  readonly tree: ClauseTree;
  readonly locate: ClauseLocator;
  readonly parties: readonly Party[];
  readonly partyIndex: PartyIndex;
  readonly terms: ReadonlyMap<string, TermEntry>;
  readonly firstGrants: ReadonlyMap<string, GrantRecord>;
  readonly crossReferences: ReadonlyMap<string, readonly CrossReference[]>;
  readonly numberPairs: ReadonlyMap<string, readonly NumberPair[]>;
}

/** Every clause's attributes: the document-level passes that only the attributes read, bucketed by clause. */
function clauseAttributes(a: AttributeInputs): Map<string, ClauseAttributes> {
  const { text, locate, parties, partyIndex } = a;
  // Every clause's mentions are read below: one scan of the whole text instead of a window per clause.
  partyIndex.indexAll();
  const termsByClause = new Map<string, Set<string>>();
  for (const entry of a.terms.values()) {
    for (const use of entry.uses) {
      if (use.clauseId === null) continue;
      const set = termsByClause.get(use.clauseId) ?? new Set<string>();
      set.add(entry.term);
      termsByClause.set(use.clauseId, set);
    }
  }
  // Document-level passes, one pattern each; results are bucketed by the clause that holds them.
  const starts = sentenceStarts(text, 0, text.length);
  const money = byClause(findMoney(text), locate);
  const percentages = byClause(findPercentages(text), locate);
  const durations = byClause(findDurations(text), locate);
  const dates = byClause(findDates(text), locate);
  const patents = byClause(findPatentNumbers(text), locate);
  const modalities = byClause(findModality(text, 0, text.length, partyIndex, starts), locate);
  const conditionsByClause = byClause(findConditions(text), locate);

  const attributes = new Map<string, ClauseAttributes>();
  for (const clause of a.tree.clauses) {
    const id = clause.id;
    const modality = listOr(modalities.get(id), ({ kind: k, subject, verb, negated }) => ({ kind: k, subject, verb, negated }));
    const mentioned = new Set<string>();
    for (const m of partyIndex.within(clause.start, clause.bodyEnd)) {
      if (m.party) mentioned.add(m.party);
      else for (const p of parties) mentioned.add(p.name);
    }
    const conditions: readonly ConditionFact[] = conditionsByClause.get(id) ?? NONE;
    const used = termsByClause.get(id);
    const firstGrant = a.firstGrants.get(id);
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
      // Cross-references and number pairs already hold exactly the reported fields, in the reported order.
      crossReferences: a.crossReferences.get(id) ?? NONE,
      ...(firstGrant ? { grant: firstGrant } : {}),
      exceptions: listOr(exceptions, (c) => c.text),
      negated: modality.some((m) => m.negated),
      numberPairs: a.numberPairs.get(id) ?? NONE,
    });
  }
  return attributes;
}

/**
 * The facts of a document. What the report always shows (kind, parties, definitions, grants) and what the built-in
 * rules read per clause (cross-references, number pairs) are computed here; the rest (attributes, term index, term
 * status) on first read, once: a check that never asks for a clause's money or modality does not pay for them.
 */
export function extractFacts(source: Source, tree: ClauseTree, tags: TagMap, options: FactOptions = {}): DocumentFacts {
  const { text } = source;
  const locate = new ClauseLocator(tree);
  const parties = findParties(text, options.parties ?? []);
  const partyIndex = new PartyIndex(parties);
  partyIndex.scan(text);

  // Where capitalised words start: the reference scans, the term index and the undefined-term pass read them.
  const capitals = capitalStarts(text, wordIndexOf(source));
  const definitionRecords = findDefinitions(text, locate);
  const references = new ReferenceResolver(text, locate, capitals);
  const crossReferences: ReadonlyMap<string, readonly CrossReference[]> = byClause(references.find(text), locate);
  const numberPairs: ReadonlyMap<string, readonly NumberPair[]> = byClause(findNumberPairs(text), locate);
  // Clauses worth reading for grants: those holding "grant" (or "give") in lower case, as every verb form findGrants reads does
  // (a clause's own text is where it locates). An indexOf scan, not a case-blind regex over the whole text.
  const grantClauses = new Set<string>();
  for (let k = text.indexOf('grant'); k >= 0; k = text.indexOf('grant', k + 5)) {
    const id = locate.at(k)?.id;
    if (id !== undefined) grantClauses.add(id);
  }
  for (let k = nextCovenant(text, 0); k >= 0; k = nextCovenant(text, k + COVENANT_VERB.length)) {
    const id = locate.at(k)?.id;
    if (id !== undefined) grantClauses.add(id);
  }
  // "Party A licenses Party B to ...", "hereby licenses to": the verb findGrants reads besides "grant".
  for (let k = text.indexOf('licen'); k >= 0; k = text.indexOf('licen', k + 5)) {
    if (!licensesAt(text, k)) continue;
    const id = locate.at(k)?.id;
    if (id !== undefined) grantClauses.add(id);
  }
  // Plain English gives a licence ("We give you a non-exclusive licence"): findGrants reads "give" too.
  for (let k = text.indexOf('give'); k >= 0; k = text.indexOf('give', k + 4)) {
    const id = locate.at(k)?.id;
    if (id !== undefined) grantClauses.add(id);
  }
  // And those holding a covenant without the word: "agrees not to sue", "shall not assert".
  const nonAssertions = new Map<string, number[]>();
  for (const k of nonAssertionStarts(text, wordIndexOf(source))) {
    const id = locate.at(k)?.id;
    if (id === undefined) continue;
    grantClauses.add(id);
    const list = nonAssertions.get(id);
    if (list) list.push(k);
    else nonAssertions.set(id, [k]);
  }

  const grantFindings: GrantFinding[] = [];
  const firstGrants = new Map<string, GrantRecord>();
  // "In this Article 3, Ardentis is the "Licensor"": role words that hold for one article's grants.
  const roleScopes = grantClauses.size > 0 ? findRoleScopes(text, locate, partyIndex) : [];
  // "Aurelian and Tessmark are each a "Parent"": class words naming several parties, whose grants are each member's.
  const partyClasses = grantClauses.size > 0 ? findPartyClasses(text, partyIndex) : NO_CLASSES;
  for (const clause of tree.clauses) {
    const id = clause.id;
    if (!grantClauses.has(id) && !hasTagType(tags.get(id), GRANT_TAG)) continue;
    // The grant's section: a sibling clause may say whether its licence can be sublicensed.
    const section = clause.parentId === null ? undefined : clauseById(tree.clauses, clause.parentId);
    const grants = findGrants(text, clause, partyIndex, nonAssertions.get(id), rolesAt(roleScopes, clause.start), section?.end ?? clause.end, partyClasses);
    grantFindings.push(...grants);
    const first = grants[0]?.record;
    if (first) firstGrants.set(id, first);
  }

  const amendment = references.amendment;
  const { kind, reason } = options.kind ? { kind: options.kind, reason: 'declared in the configuration' } : documentKind(grantFindings);
  // Each text read from its record when something reads it (a report with definitions): a check reads none.
  const definitions: Definition[] = definitionRecords.map((d) => ({
    term: d.term,
    clauseId: d.clauseId,
    start: d.start,
    end: d.end,
    style: d.style,
    get text(): string {
      return d.text;
    },
  }));
  if (!isSorted(definitions.map((d) => d.start))) definitions.sort((a, b) => a.start - b.start);
  // The full term index (every use, with its clause) is for the clause attributes and readers of `terms`; the term
  // status passes that rules read need only each term's definitions and, for unused terms, whether it is used.
  const terms = once(() => indexTerms(text, definitionRecords, locate, capitals));
  const definedTerms = once(() => termDefinitions(definitionRecords));
  const attributes = once(() => clauseAttributes({ text, tree, locate, parties, partyIndex, terms: terms(), firstGrants, crossReferences, numberPairs }));
  const unusedTerms = once(() => unusedTermsOf(definedTerms(), termsUsedOutsideDefinitions(text, definitionRecords, capitals)));
  const duplicateTerms = once(() => findDuplicateTerms(definedTerms(), text, parties));
  // An amendment is read with the agreement it amends, whose definitions it uses ('the Work Plan', 'the Term'): a term
  // it does not define itself is the agreement's, which is not before the tool, so none is called undefined.
  const attachedForms = once(() => findAttachedForms(text, tree));
  const undefinedTerms = once(() => (amendment ? [] : findUndefinedTerms(text, definedTerms().keys(), parties, locate, capitals, wordIndexOf(source))));
  return {
    kind,
    kindReason: reason,
    parties,
    definitions,
    grants: grantFindings.map((g) => (g.mutual ? { ...g.record, mutual: true } : g.record)),
    crossReferences,
    numberPairs,
    amendment,
    deletedText: amendment ? deletedQuotations(text) : [],
    get attachedForms() {
      return attachedForms();
    },
    get attributes() {
      return attributes();
    },
    get terms() {
      return terms();
    },
    get unusedTerms() {
      return unusedTerms();
    },
    get duplicateTerms() {
      return duplicateTerms();
    },
    get undefinedTerms() {
      return undefinedTerms();
    },
  };
}

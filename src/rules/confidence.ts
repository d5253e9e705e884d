// How sure the tagger was of what a finding rests on: the `confidence` a finding carries, which the report compares
// with the review threshold (findings below it need review). All values are on the tagger's common scale, where
// 0.5 means "the tagger asserts the type" (src/tag/index.ts onCommonScale).
//
// - A clause selected by a tag alone (no text or heading match) rests on that tag: its confidence.
// - A rule that fires because a type is ABSENT rests on the absence. Its confidence mirrors the strongest near miss
//   (a candidate of the type the tagger saw below the query's bar m): 0.5 + 0.5 * (m - best) / m, so a candidate just
//   under the bar gives ~0.5 (a coin toss), no candidate at all gives 1; at the usual bar 0.5 it is 1 - best.
// - A finding resting on several premises is as reliable as its weakest one (minimum); a condition that any of
//   several clauses satisfies rests on the strongest of them (maximum), and on no tag at all when one of them was
//   selected by its words.
// Findings that rest on no tag (text patterns, definitions, grants, kind) carry no confidence.
// - A rule that stayed silent only because clauses selected by a tag below the review threshold satisfied a "missing"
//   condition is held back by those weak tags (heldBack): it is reported as needing review, with the absence's
//   confidence on the same scale (below 0.5, since the tagger did assert the type), never as a plain finding.
import type { ClauseNode } from '../model/index.js';
import { nearMisses } from '../tag/index.js';
import { FACTS, OPERATORS } from './catalogue.js';
import { computeFact, type ClauseMatch, type DocumentContext } from './context.js';
import { isAbsence, leafHolds, type ConditionResult } from './engine.js';
import type { LoadedRule } from './loader.js';
import { compile, compileCased, list } from './patterns.js';
import type { ClauseQuery } from './query.js';

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** The weakest of the defined values (undefined when none is). */
export function weakest(...values: readonly (number | undefined)[]): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length ? Math.min(...defined) : undefined;
}

/** A condition that any of these clauses satisfies: the strongest tag, or none when a clause stands on its words. */
function presence(matches: readonly ClauseMatch[]): number | undefined {
  if (matches.length === 0 || matches.some((m) => m.confidence === undefined)) return undefined;
  return Math.max(...matches.map((m) => m.confidence as number));
}

/** Whether the clause passes the query's require/exclude filters (a near miss elsewhere would not have mattered). */
function passesFilters(ctx: DocumentContext, q: ClauseQuery, c: ClauseNode): boolean {
  const end = q.within === 'subtree' ? c.end : c.bodyEnd;
  const body = ctx.text.slice(c.start, end);
  const re = (src: string): RegExp => (q.matchCase ? compileCased(src) : compile(src));
  const found = (src: string): boolean => re(src).test(body) || (q.followDefinitions !== undefined && ctx.foundInDefinitionsUsed(src, c.start, end, q.followDefinitions, q.matchCase));
  return list(q.require).every(found) && !list(q.exclude).some((src) => re(src).test(body));
}

/** On the common scale: a best candidate under the bar gives more than 0.5 (1 with none), one at or over it 0.5 or less. */
function absenceFrom(best: number, bar: number): number {
  if (best < 0) return 1;
  return round(best < bar ? Math.min(1, 0.5 + (0.5 * (bar - best)) / bar) : Math.max(0, 0.5 - (0.5 * (best - bar)) / (1 - bar || 1)));
}

/** Confidence that a typed query really found nothing: from the strongest candidate of its types below its bar. */
export function absence(ctx: DocumentContext, q: ClauseQuery): number | undefined {
  if (!q.types) return undefined;
  const bar = q.minConfidence ?? 0.5;
  if (bar <= 0) return 1;
  const missed = nearMisses(ctx.analysis.tags);
  let best = -1;
  for (const type of q.types) {
    // Emitted tags under a raised bar (minConfidence above 0.5), and candidates the tagger did not emit.
    // The clauses that carry the type, in document order (the others hold no tag of it).
    for (const c of ctx.clausesOfType(type)) {
      for (const t of ctx.tags(c)) if (t.type === type && t.confidence < bar && t.confidence > best && passesFilters(ctx, q, c)) best = t.confidence;
    }
    for (const m of missed.get(type) ?? []) {
      const c = ctx.clause(m.clauseId);
      if (c && m.confidence < bar && m.confidence > best && passesFilters(ctx, q, c)) best = m.confidence;
    }
  }
  return absenceFrom(best, bar);
}

function hasTypeConfidence(ctx: DocumentContext, params: Record<string, unknown>, present: boolean): number | undefined {
  const type = params['type'] as string;
  const bar = (params['minConfidence'] as number | undefined) ?? 0.5;
  if (!present) return absence(ctx, { types: [type], minConfidence: bar });
  let best = -1;
  for (const c of ctx.clausesOfType(type)) for (const t of ctx.tags(c)) if (t.type === type && t.confidence >= bar) best = Math.max(best, t.confidence);
  return best < 0 ? undefined : best;
}

/** Confidences that replace a leaf's own (the "missing" conditions a held-back rule passes once weak tags are set aside). */
export type Overrides = ReadonlyMap<ConditionResult, number>;

/** One leaf of a passing condition tree. */
function leaf(ctx: DocumentContext, c: ConditionResult, negated: boolean, withSelections: boolean, overrides?: Overrides): number | undefined {
  const fixed = overrides?.get(c);
  if (fixed !== undefined) return fixed;
  const fact = c.fact ?? '';
  const op = c.operator ?? '';
  const params = c.params ?? {};
  if (fact === 'hasType' && (op === 'equal' || op === 'notEqual') && typeof c.value === 'boolean') {
    return hasTypeConfidence(ctx, params, (op === 'equal') === c.value !== negated);
  }
  if (!FACTS[fact]?.selects) return undefined;
  const selects = OPERATORS[op]?.selects === true && c.value !== false && !negated;
  // `exists: true` is a gate: its clauses are a premise, never the finding's site.
  const gate = op === 'exists' && c.value === true && !negated;
  if ((selects && withSelections) || gate) return presence(computeFact(ctx, fact, params) as ClauseMatch[]);
  return isAbsence(c, negated) && fact === 'clauses' ? absence(ctx, params as ClauseQuery) : undefined;
}

/**
 * The confidence of the tags a fired rule rests on, from its evaluated condition tree (json-rules-engine's result).
 * `withSelections`: include the clauses of selecting conditions (document scope); clause-scope findings take their
 * own clause's confidence instead and combine it with this (weakest).
 */
export function restingConfidence(ctx: DocumentContext, c: ConditionResult, withSelections: boolean, negated = false, overrides?: Overrides): number | undefined {
  if (c.not) return restingConfidence(ctx, c.not, withSelections, !negated, overrides);
  const children = c.all ?? c.any;
  if (children) {
    const passed = children.filter((x) => x.result === !negated);
    const values = passed.map((x) => restingConfidence(ctx, x, withSelections, negated, overrides));
    // "all" (or a negated "any"): every child holds, so the weakest premise counts.
    if ((c.all !== undefined) !== negated) return weakest(...values);
    // "any": the rule stands on its strongest passing branch, and on no tag when one branch needs none.
    return values.length === 0 || values.some((v) => v === undefined) ? undefined : Math.max(...(values as number[]));
  }
  if (c.result !== !negated) return undefined;
  return leaf(ctx, c, negated, withSelections, overrides);
}

/** The weak tag that kept a rule silent. */
export interface WeakTag {
  readonly clauseId: string;
  readonly type: string;
  readonly confidence: number;
}

/** A rule that did not fire, as it would have fired with the weak tags set aside. */
export interface HeldBack {
  /** The condition tree re-evaluated with the weak "missing" conditions passing. */
  readonly conditions: ConditionResult;
  /** The strongest weak tag it was held back by. */
  readonly weak: WeakTag;
  /** The confidence of each set-aside absence (below 0.5: the tagger did assert the type), for restingConfidence. */
  readonly overrides: Overrides;
}

/** The matches of a failed absence that heldBack may set aside: a typed clause query's, each resting on a tag below `threshold` alone; else null. */
function weakMatches(ctx: DocumentContext, c: ConditionResult, threshold: number): ClauseMatch[] | null {
  if (c.fact !== 'clauses') return null;
  const q = (c.params ?? {}) as ClauseQuery;
  if (!q.types) return null;
  const matches = computeFact(ctx, 'clauses', c.params ?? {}) as ClauseMatch[];
  if (matches.length === 0 || matches.some((m) => m.confidence === undefined || m.confidence >= threshold)) return null;
  return matches;
}

/** Whether weakMatches(ctx, c, threshold) finds matches: read from the context without the list where it can tell sooner. */
function weakOnly(ctx: DocumentContext, c: ConditionResult, threshold: number): boolean {
  if (c.fact !== 'clauses') return false;
  const q = (c.params ?? {}) as ClauseQuery;
  return q.types !== undefined && !ctx.someMatch(q, threshold) && ctx.someMatch(q);
}

/**
 * A condition's value as the engine evaluates it (json-rules-engine: an empty all/any holds, as prioritizeAndRun
 * has it), where heldBack may set a leaf aside: undefined (unknown) for a failed absence whose matches weak tags alone
 * could make (at `threshold`; none when falsy), and for what depends on such a leaf. A known value decides an all
 * (false) or an any (true) without its other children, whose facts are then not computed (a fact's value does not
 * depend on the order facts are computed in); the leaves are looked at before nested trees.
 */
function surely(ctx: DocumentContext, c: ConditionResult, negated: boolean, threshold: number | undefined): boolean | undefined {
  if (c.not) {
    const inner = surely(ctx, c.not, !negated, threshold);
    return inner === undefined ? undefined : !inner;
  }
  const children = c.all ?? c.any;
  if (children) {
    const all = c.all !== undefined;
    let unknown = false;
    // Leaves first: one of them may decide without the facts of a nested tree.
    for (let nested = 0; nested < 2; nested++) {
      for (const x of children) {
        if ((x.fact === undefined) !== (nested === 1)) continue;
        const v = surely(ctx, x, negated, threshold);
        if (v === undefined) unknown = true;
        else if (v !== all) return v;
      }
    }
    if (children.length === 0) return true;
    return unknown ? undefined : all;
  }
  const holds = leafHolds(ctx, c);
  if (holds === undefined) return undefined;
  // heldBack (visit) sets aside a leaf whose result is `negated` and that is an absence there, when weak tags alone made its matches.
  if (threshold && holds === negated && isAbsence(c, negated) && weakOnly(ctx, c, threshold)) return undefined;
  return holds;
}

/**
 * Whether a rule stays silent for sure: its condition tree fails as the engine evaluates it, and heldBack (at
 * `threshold`; none when falsy, as evaluate reports held-back rules only then) cannot find it held back: it fails
 * whichever of the absences heldBack may set aside are set aside (surely).
 */
export function silentForSure(ctx: DocumentContext, rule: LoadedRule, threshold: number | undefined): boolean {
  return surely(ctx, rule.conditions as ConditionResult, false, threshold) === false;
}

/**
 * Whether a rule that did not fire was held back only by clauses that a tag below `threshold` selected on its own:
 * its "missing" conditions failed on those clauses alone, and with them set aside the whole condition tree holds.
 * Conditions the engine did not evaluate count as failed, so nothing is invented from them.
 */
export function heldBack(ctx: DocumentContext, conditions: ConditionResult, threshold: number): HeldBack | null {
  const weak: WeakTag[] = [];
  const overrides = new Map<ConditionResult, number>();
  const visit = (c: ConditionResult, negated: boolean): ConditionResult => {
    if (c.not) {
      const inner = visit(c.not, !negated);
      return inner === c.not ? c : { ...c, not: inner, result: inner.result === undefined ? undefined : !inner.result };
    }
    if (c.all || c.any) {
      const next = (c.all ?? c.any ?? []).map((x) => visit(x, negated));
      if (next.every((x, i) => x === (c.all ?? c.any)?.[i])) return c;
      return c.all ? { ...c, all: next, result: next.every((x) => x.result === true) } : { ...c, any: next, result: next.some((x) => x.result === true) };
    }
    if (c.result !== negated || !isAbsence(c, negated)) return c;
    const matches = weakMatches(ctx, c, threshold);
    if (matches === null) return c;
    const q = (c.params ?? {}) as ClauseQuery;
    let best: WeakTag | undefined;
    for (const m of matches) {
      const clause = ctx.clause(m.clauseId);
      const tag = clause ? ctx.tags(clause).find((t) => q.types?.includes(t.type) && t.confidence === m.confidence) : undefined;
      if (tag && (!best || tag.confidence > best.confidence)) best = { clauseId: m.clauseId, type: tag.type, confidence: tag.confidence };
    }
    if (!best) return c;
    weak.push(best);
    const flipped: ConditionResult = { ...c, result: !c.result };
    overrides.set(flipped, absenceFrom(best.confidence, q.minConfidence ?? 0.5));
    return flipped;
  };
  const flipped = visit(conditions, false);
  if (weak.length === 0 || flipped.result !== true) return null;
  return { conditions: flipped, weak: weak.reduce((a, b) => (b.confidence > a.confidence ? b : a)), overrides };
}

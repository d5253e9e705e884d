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
import type { ClauseNode } from '../model/index.js';
import { nearMisses } from '../tag/index.js';
import { FACTS, OPERATORS } from './catalogue.js';
import { computeFact, type ClauseMatch, type DocumentContext } from './context.js';
import type { ConditionResult } from './engine.js';
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
  const body = ctx.text.slice(c.start, q.within === 'subtree' ? c.end : c.bodyEnd);
  const re = (src: string): RegExp => (q.matchCase ? compileCased(src) : compile(src));
  return list(q.require).every((src) => re(src).test(body)) && !list(q.exclude).some((src) => re(src).test(body));
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
    for (const c of ctx.analysis.tree.clauses) {
      for (const t of ctx.tags(c)) if (t.type === type && t.confidence < bar && t.confidence > best && passesFilters(ctx, q, c)) best = t.confidence;
    }
    for (const m of missed.get(type) ?? []) {
      const c = ctx.clause(m.clauseId);
      if (c && m.confidence < bar && m.confidence > best && passesFilters(ctx, q, c)) best = m.confidence;
    }
  }
  return best < 0 ? 1 : round(Math.min(1, 0.5 + (0.5 * (bar - best)) / bar));
}

function hasTypeConfidence(ctx: DocumentContext, params: Record<string, unknown>, present: boolean): number | undefined {
  const type = params['type'] as string;
  const bar = (params['minConfidence'] as number | undefined) ?? 0.5;
  if (!present) return absence(ctx, { types: [type], minConfidence: bar });
  let best = -1;
  for (const c of ctx.analysis.tree.clauses) for (const t of ctx.tags(c)) if (t.type === type && t.confidence >= bar) best = Math.max(best, t.confidence);
  return best < 0 ? undefined : best;
}

/** One leaf of a passing condition tree. */
function leaf(ctx: DocumentContext, c: ConditionResult, negated: boolean, withSelections: boolean): number | undefined {
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
  const absent =
    (op === 'isEmpty' && c.value === true) || ((op === 'nonEmpty' || op === 'exists') && c.value === false) || (negated && OPERATORS[op]?.selects === true);
  return absent && fact === 'clauses' ? absence(ctx, params as ClauseQuery) : undefined;
}

/**
 * The confidence of the tags a fired rule rests on, from its evaluated condition tree (json-rules-engine's result).
 * `withSelections`: include the clauses of selecting conditions (document scope); clause-scope findings take their
 * own clause's confidence instead and combine it with this (weakest).
 */
export function restingConfidence(ctx: DocumentContext, c: ConditionResult, withSelections: boolean, negated = false): number | undefined {
  if (c.not) return restingConfidence(ctx, c.not, withSelections, !negated);
  const children = c.all ?? c.any;
  if (children) {
    const passed = children.filter((x) => x.result === !negated);
    const values = passed.map((x) => restingConfidence(ctx, x, withSelections, negated));
    // "all" (or a negated "any"): every child holds, so the weakest premise counts.
    if ((c.all !== undefined) !== negated) return weakest(...values);
    // "any": the rule stands on its strongest passing branch, and on no tag when one branch needs none.
    return values.length === 0 || values.some((v) => v === undefined) ? undefined : Math.max(...(values as number[]));
  }
  if (c.result !== !negated) return undefined;
  return leaf(ctx, c, negated, withSelections);
}

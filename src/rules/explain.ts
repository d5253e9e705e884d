// Why a rule fired or did not: per rule, its condition tree with what held, what failed, what was never evaluated
// (json-rules-engine stops an `all` at the first failure), and the values each condition saw. Clause lists are
// shown as clause labels with a short excerpt. `explain` is data (for JSON); `renderExplanation` is pure text.
import type { DocumentKind, Finding, Severity } from '../model/index.js';
import type { Analysis } from '../analysis.js';
import { FACTS } from './catalogue.js';
import { type ClauseMatch, type DocumentContext } from './context.js';
import type { ConditionResult, RuleOutcome } from './engine.js';
import { evaluateRun, type EvaluateOptions } from './evaluate.js';
import type { LoadedPack, LoadedRule } from './loader.js';

/** A clause a condition saw. */
export interface SeenClause {
  readonly clauseId: string;
  /** "Section 4.2 (Grant-Back)". */
  readonly clause: string;
  /** The words that selected it, shortened. */
  readonly excerpt: string;
  readonly detail?: string;
}

/** What a condition's fact produced: a list of clauses, or a plain value (after `path`). */
export type SeenValue =
  | { readonly kind: 'clauses'; readonly count: number; readonly clauses: readonly SeenClause[] }
  | { readonly kind: 'value'; readonly value: unknown };

export type Verdict = 'held' | 'failed' | 'not evaluated';

export interface ConditionExplanation {
  /** `all` / `any` / `not` for groups, `fact` for a leaf. */
  readonly kind: 'all' | 'any' | 'not' | 'fact';
  readonly verdict: Verdict;
  readonly children?: readonly ConditionExplanation[];
  readonly fact?: string;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly operator?: string;
  readonly expected?: unknown;
  readonly path?: string;
  /** What the operator compared; absent when the condition was not evaluated. */
  readonly seen?: SeenValue;
}

export interface RuleExplanation {
  readonly ruleId: string;
  readonly pack: string;
  readonly severity: Severity;
  readonly title: string;
  readonly fired: boolean;
  /** The findings the rule produced in this document. */
  readonly findings: number;
  /** Why the rule did not run at all (cross-license-only rules on other documents). */
  readonly skipped?: string;
  readonly conditions?: ConditionExplanation;
  /** For rules that did not fire: the leaf conditions whose failure decided it. */
  readonly failedBecause: readonly ConditionExplanation[];
}

export interface ExplainResult {
  readonly findings: Finding[];
  readonly kind: DocumentKind;
  readonly rules: readonly RuleExplanation[];
}

/** Clauses listed per condition; the count says how many there were. */
const MAX_CLAUSES = 5;
const EXCERPT_CHARS = 90;

function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max - 1);
  return `${s.slice(0, cut > max / 2 ? cut : max - 1).trimEnd()}…`;
}

function isClauseMatch(v: unknown): v is ClauseMatch {
  return typeof v === 'object' && v !== null && typeof (v as { clauseId?: unknown }).clauseId === 'string' && typeof (v as { start?: unknown }).start === 'number';
}

function seenValue(ctx: DocumentContext, c: ConditionResult): SeenValue {
  const v = c.factResult;
  if (c.path === undefined && c.fact !== undefined && FACTS[c.fact]?.selects && Array.isArray(v) && v.every(isClauseMatch)) {
    const clauses = v.slice(0, MAX_CLAUSES).map((m): SeenClause => ({
      clauseId: m.clauseId,
      clause: ctx.labelOf(ctx.clause(m.clauseId)),
      excerpt: shorten(m.evidence, EXCERPT_CHARS),
      ...(m.detail ? { detail: m.detail } : {}),
    }));
    return { kind: 'clauses', count: v.length, clauses };
  }
  return { kind: 'value', value: v };
}

function verdictOf(result: boolean | undefined, negated: boolean): Verdict {
  if (result === undefined) return 'not evaluated';
  return result !== negated ? 'held' : 'failed';
}

function explainCondition(ctx: DocumentContext, c: ConditionResult, evaluated: boolean): ConditionExplanation {
  const ev = (x: boolean | undefined): Verdict => (evaluated ? verdictOf(x, false) : 'not evaluated');
  if (c.all || c.any) {
    const kind = c.all ? 'all' : 'any';
    const children = (c.all ?? c.any ?? []).map((x) => explainCondition(ctx, x, evaluated));
    // A group's own result is not always recorded: derive it from the children.
    const verdict: Verdict = !evaluated
      ? 'not evaluated'
      : c.result !== undefined
        ? ev(c.result)
        : kind === 'all'
          ? children.every((x) => x.verdict === 'held') ? 'held' : 'failed'
          : children.some((x) => x.verdict === 'held') ? 'held' : 'failed';
    return { kind, verdict, children };
  }
  if (c.not) {
    const inner = explainCondition(ctx, c.not, evaluated);
    const verdict: Verdict = !evaluated ? 'not evaluated' : c.result !== undefined ? ev(c.result) : inner.verdict === 'not evaluated' ? 'not evaluated' : inner.verdict === 'held' ? 'failed' : 'held';
    return { kind: 'not', verdict, children: [inner] };
  }
  const verdict = ev(c.result);
  return {
    kind: 'fact',
    verdict,
    ...(c.fact !== undefined ? { fact: c.fact } : {}),
    ...(c.params && Object.keys(c.params).length ? { params: c.params } : {}),
    ...(c.operator !== undefined ? { operator: c.operator } : {}),
    expected: c.value,
    ...(c.path !== undefined ? { path: c.path } : {}),
    ...(verdict !== 'not evaluated' ? { seen: seenValue(ctx, c) } : {}),
  };
}

/** The leaves that decided a failed condition: every failed leaf under a failed all, every leaf of a failed any. */
function decisive(c: ConditionExplanation): ConditionExplanation[] {
  if (c.verdict !== 'failed') return [];
  if (c.kind === 'fact') return [c];
  if (c.kind === 'not') return [c];
  return (c.children ?? []).flatMap(decisive);
}

function explainOutcome(ctx: DocumentContext, o: RuleOutcome, findings: number): RuleExplanation {
  const conditions = explainCondition(ctx, o.conditions, true);
  return {
    ruleId: o.rule.id,
    pack: o.rule.pack,
    severity: o.rule.severity,
    title: o.rule.title,
    fired: o.fired,
    findings,
    conditions,
    failedBecause: o.fired ? [] : decisive(conditions),
  };
}

function skippedRule(rule: LoadedRule, why: string): RuleExplanation {
  return {
    ruleId: rule.id,
    pack: rule.pack,
    severity: rule.severity,
    title: rule.title,
    fired: false,
    findings: 0,
    skipped: why,
    failedBecause: [],
  };
}

/** Evaluate like `evaluate`, and explain every rule of the packs (fired or not), in rule-id order. */
export async function explain(analysis: Analysis, packs: readonly LoadedPack[], options: EvaluateOptions = {}): Promise<ExplainResult> {
  const run = await evaluateRun(analysis, packs, options);
  const count = new Map<string, number>();
  for (const f of run.findings) count.set(f.ruleId, (count.get(f.ruleId) ?? 0) + 1);
  const rules = [
    ...run.outcomes.map((o) => explainOutcome(run.ctx, o, count.get(o.rule.id) ?? 0)),
    ...run.skipped.map((r) => skippedRule(r, `applies to cross-licenses only; this document's kind is ${run.ctx.kind}`)),
    ...run.skippedForAmendment.map((r) => skippedRule(r, 'judges a whole agreement; this document amends another, which holds what it does not change')),
  ].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { findings: run.findings, kind: run.ctx.kind, rules };
}

// ---- text rendering (pure) ----

const MARK: Record<Verdict, string> = { held: '✓', failed: '✗', 'not evaluated': '·' };

function show(v: unknown, max = 120): string {
  if (v === undefined) return 'nothing';
  const s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return shorten(s, max);
}

/** A query's label says what it looks for better than its patterns; without one, the params themselves. */
function describeParams(params: Readonly<Record<string, unknown>> | undefined): string {
  if (!params) return '';
  const query = params['query'] as Record<string, unknown> | undefined;
  const label = params['label'] ?? query?.['label'];
  return typeof label === 'string' ? ` "${label}"` : ` ${show(params, 100)}`;
}

function describeSeen(seen: SeenValue | undefined): string {
  if (!seen) return '';
  if (seen.kind === 'value') return ` — saw ${show(seen.value)}`;
  if (seen.count === 0) return ' — saw no clause';
  const listed = seen.clauses.map((c) => `${c.clause}${c.detail ? ` [${c.detail}]` : ''}: "${c.excerpt}"`);
  const more = seen.count > seen.clauses.length ? ` (+${seen.count - seen.clauses.length} more)` : '';
  return ` — saw ${seen.count} clause${seen.count === 1 ? '' : 's'}:${listed.map((l) => `\n      ${l}`).join('')}${more}`;
}

/** One condition as a line (leaves) or a header with its children below, indented. */
export function renderCondition(c: ConditionExplanation, indent = '  '): string[] {
  if (c.kind !== 'fact') {
    const head = `${indent}${MARK[c.verdict]} ${c.kind === 'not' ? 'not' : `${c.kind} of`} (${c.verdict})`;
    return [head, ...(c.children ?? []).flatMap((x) => renderCondition(x, `${indent}  `))];
  }
  const path = c.path ? ` at ${c.path}` : '';
  const line = `${indent}${MARK[c.verdict]} ${c.fact ?? '?'}${describeParams(c.params)}${path} ${c.operator ?? '?'} ${show(c.expected)}${c.verdict === 'not evaluated' ? ' (not evaluated)' : ''}${describeSeen(c.seen)}`;
  return line.split('\n').map((l, i) => (i === 0 ? l : `${indent}${l}`));
}

/** Text for `check --explain` / `rules show`: one block per rule, fired rules first, then the rest, each in id order. */
export function renderExplanation(rules: readonly RuleExplanation[], options: { readonly firedOnly?: boolean } = {}): string {
  const ordered = [...rules.filter((r) => r.fired), ...(options.firedOnly ? [] : rules.filter((r) => !r.fired))];
  const blocks = ordered.map((r) => {
    const status = r.fired ? `fired (${r.findings} finding${r.findings === 1 ? '' : 's'})` : r.skipped ? 'skipped' : 'did not fire';
    const lines = [`${r.ruleId} [${r.severity}] ${status}: ${r.title}`];
    if (r.skipped) lines.push(`  ${r.skipped}`);
    if (!r.fired && r.failedBecause.length) {
      lines.push('  because:');
      for (const c of r.failedBecause) lines.push(...renderCondition(c, '    '));
    }
    // A rule that failed on its only condition is fully explained by "because".
    const leaves = (c: ConditionExplanation): number => (c.kind === 'fact' ? 1 : (c.children ?? []).reduce((n, x) => n + leaves(x), 0));
    if (r.conditions && (r.fired || leaves(r.conditions) > r.failedBecause.length)) {
      lines.push('  conditions:');
      lines.push(...renderCondition(r.conditions, '    '));
    }
    return lines.join('\n');
  });
  return blocks.length ? `${blocks.join('\n\n')}\n` : 'no rules\n';
}

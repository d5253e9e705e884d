// The json-rules-engine adapter: the ONLY file that imports json-rules-engine.
// One engine run per document (a run costs ~0.6 ms, so never per clause). Clause-level tests live
// inside the facts (DocumentContext), which the almanac caches for the run.
import { Almanac, Engine, Rule, type TopLevelCondition } from 'json-rules-engine';
import { CappedCache } from '../model/index.js';
import { FACTS, OPERATORS, type OperatorSpec } from './catalogue.js';
import { computeFact, type ClauseMatch, type DocumentContext } from './context.js';
import type { LoadedRule } from './loader.js';
import type { ClauseQuery } from './query.js';

/** A rule whose conditions held, with the clauses its selecting conditions found and the absences it relied on. */
export interface RuleHit {
  readonly rule: LoadedRule;
  readonly matches: readonly ClauseMatch[];
  readonly lookedFor: readonly string[];
}

/** Our paths are $.key(.sub)* (validated at load); resolve them without jsonpath. Bounded: packs' paths are theirs. */
const pathKeys = new CappedCache<string, readonly string[]>(2000);
const keysOf = (path: string): readonly string[] => path.replace(/^\$\.?/, '').split('.').filter(Boolean);
function resolvePath(value: object, path: string): unknown {
  const keys = pathKeys.get(path, keysOf);
  let cur: unknown = value;
  for (const key of keys) {
    if (cur === null || cur === undefined) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** A condition as json-rules-engine returns it: the rule's condition with `result` (absent when never evaluated) and `factResult`. */
export interface ConditionResult {
  readonly all?: readonly ConditionResult[];
  readonly any?: readonly ConditionResult[];
  readonly not?: ConditionResult;
  readonly fact?: string;
  readonly operator?: string;
  readonly value?: unknown;
  readonly path?: string;
  readonly params?: Record<string, unknown>;
  readonly result?: boolean;
  /** The value the operator compared (after `path`). */
  readonly factResult?: unknown;
}

/** Every rule's outcome, fired or not, with its evaluated condition tree (for explanations). */
export interface RuleOutcome {
  readonly rule: LoadedRule;
  readonly fired: boolean;
  readonly conditions: ConditionResult;
}

export interface RunResult {
  /** Rules whose conditions held, in rule-id order. */
  readonly hits: readonly RuleHit[];
  /** Every rule that ran, in rule-id order. */
  readonly outcomes: readonly RuleOutcome[];
}

export function describeQuery(params: Record<string, unknown>): string {
  const q = (params['query'] ?? params) as Record<string, unknown>;
  const label = params['label'] ?? q['label'];
  if (typeof label === 'string') return label;
  const parts: string[] = [];
  if (Array.isArray(q['types'])) parts.push(`a clause of type ${(q['types'] as string[]).join('/')}`);
  if (typeof q['text'] === 'string') parts.push(`text /${q['text']}/`);
  if (typeof q['term'] === 'string') parts.push(`a definition of /${q['term']}/`);
  return parts.join(' or ') || 'a matching clause';
}

/**
 * Leaf shapes that hold when a query finds nothing: isEmpty:true, nonEmpty:false, exists:false; under a `not`, the
 * shapes that find something (isEmpty:false, nonEmpty:true, exists:true, countAtLeast), which hold there when it finds
 * nothing. A `not` around isEmpty:true holds when the query finds something: no absence.
 */
export function isAbsence(c: ConditionResult, negated: boolean): boolean {
  const op = c.operator ?? '';
  const emptyShape = (op === 'isEmpty' && c.value === true) || ((op === 'nonEmpty' || op === 'exists') && c.value === false);
  const presentShape = (op === 'isEmpty' && c.value === false) || ((op === 'nonEmpty' || op === 'exists') && c.value === true) || op === 'countAtLeast';
  return negated ? presentShape : emptyShape;
}

/** Walk a passing rule's condition results: selected clauses from passing selecting leaves, labels from absences. */
function collect(ctx: DocumentContext, c: ConditionResult, negated: boolean, out: { matches: ClauseMatch[]; lookedFor: string[] }): void {
  if (c.all) for (const x of c.all) collect(ctx, x, negated, out);
  if (c.any) for (const x of c.any) if (x.result === (negated ? false : true)) collect(ctx, x, negated, out);
  if (c.not) collect(ctx, c.not, !negated, out);
  if (!c.fact || !c.operator || !FACTS[c.fact]?.selects) return;
  const params = c.params ?? {};
  const passed = c.result === !negated;
  if (!passed) return;
  // Which way did the list go? nonEmpty:true / countAtLeast select; isEmpty:true / nonEmpty:false mean "absent".
  const selecting = OPERATORS[c.operator]?.selects === true && c.value !== false && !negated;
  const absent = isAbsence(c, negated);
  if (selecting) out.matches.push(...(computeFact(ctx, c.fact, params) as ClauseMatch[]));
  // A gate (`exists`) is a premise, never evidence: "unless X" written as not(exists X) names no X the finding lacks.
  else if (absent && c.operator !== 'exists') out.lookedFor.push(describeQuery(params));
}

/** The hit a rule's evaluated (passing) condition tree gives: the clauses it selected and the absences it relied on. */
export function hitOf(ctx: DocumentContext, rule: LoadedRule, conditions: ConditionResult): RuleHit {
  const out = { matches: [] as ClauseMatch[], lookedFor: [] as string[] };
  collect(ctx, conditions, false, out);
  return { rule, matches: out.matches, lookedFor: [...new Set(out.lookedFor)] };
}

/**
 * The engine deep-clones every rule's conditions on every run and hands the clones' params to the facts: fresh
 * objects, which the context would have to serialise to find its cached values (and which cost the clone). So the
 * engine gets each params object as a number, its index in its own ParamsTable, and the results get the rule's own
 * params back. The table belongs to one engine, so a long-lived process that loads packs again and again keeps
 * only the tables of its cached engines.
 */
interface ParamsTable {
  readonly byId: Record<string, unknown>[];
  readonly ids: Map<object, number>;
}

type ConditionTree = { readonly all?: readonly ConditionTree[]; readonly any?: readonly ConditionTree[]; readonly not?: ConditionTree; readonly params?: Record<string, unknown> | number };

function withParamsRefs(c: ConditionTree, table: ParamsTable): ConditionTree {
  if (c.all) return { ...c, all: c.all.map((x) => withParamsRefs(x, table)) };
  if (c.any) return { ...c, any: c.any.map((x) => withParamsRefs(x, table)) };
  if (c.not) return { ...c, not: withParamsRefs(c.not, table) };
  if (c.params === undefined || typeof c.params === 'number') return c;
  let id = table.ids.get(c.params);
  if (id === undefined) {
    id = table.byId.push(c.params) - 1;
    table.ids.set(c.params, id);
  }
  return { ...c, params: id };
}

/** The params a reference stands for (params that are not a reference pass through). */
function paramsOf(table: ParamsTable, params: Record<string, unknown> | number | undefined): Record<string, unknown> {
  return typeof params === 'number' ? (table.byId[params] as Record<string, unknown>) : (params ?? {});
}

/** Put the rule's params back into a result tree (a clone the engine made for this run). */
function restoreParams(table: ParamsTable, c: { all?: unknown[]; any?: unknown[]; not?: unknown; params?: Record<string, unknown> | number }): void {
  if (c.all) for (const x of c.all) restoreParams(table, x as typeof c);
  if (c.any) for (const x of c.any) restoreParams(table, x as typeof c);
  if (c.not) restoreParams(table, c.not as typeof c);
  if (c.params !== undefined) c.params = paramsOf(table, c.params);
}

const byRuleId = <T extends { readonly rule: LoadedRule }>(a: T, b: T) => (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0);

/** The document each run's almanac belongs to: engines are shared, their facts find the document through the almanac. */
const contexts = new WeakMap<object, DocumentContext>();

/**
 * An engine that can run some of its rules only. json-rules-engine 7 runs the rule sets prioritizeRules() returns,
 * one set per priority (our rules have none: one set, in the order added); with `only` set, that set is `only`.
 */
class SubsetEngine extends Engine {
  only: readonly Rule[] | null = null;
  prioritizeRules(): readonly (readonly Rule[])[] {
    if (this.only) return [this.only];
    return (Engine.prototype as unknown as { prioritizeRules(this: Engine): readonly (readonly Rule[])[] }).prioritizeRules.call(this);
  }
}

function buildEngine(rules: readonly LoadedRule[]): { readonly engine: SubsetEngine; readonly table: ParamsTable; readonly added: readonly Rule[] } {
  const table: ParamsTable = { byId: [], ids: new Map() };
  const engine = new SubsetEngine([], { allowUndefinedFacts: false, pathResolver: resolvePath });
  for (const [name, op] of Object.entries(OPERATORS)) engine.addOperator(name, (a: unknown, b: unknown) => op.evaluate(a, b));
  // The context caches fact values itself: the almanac's params hashing costs more than the facts.
  for (const name of Object.keys(FACTS)) {
    engine.addFact(name, (params: Record<string, unknown> | number | undefined, almanac: Almanac) => computeFact(contexts.get(almanac) as DocumentContext, name, paramsOf(table, params)), { cache: false });
  }
  const added = rules.map((rule) => new Rule({ name: rule.id, conditions: withParamsRefs(rule.conditions as ConditionTree, table) as TopLevelCondition, event: { type: rule.id } }));
  for (const rule of added) engine.addRule(rule);
  return { engine, table, added };
}

/**
 * Engines by rule list, reused from document to document (building one costs more than many runs). An engine
 * runs one document at a time: while it is busy (documents checked concurrently), a fresh one is built.
 */
interface EngineEntry {
  readonly rules: readonly LoadedRule[];
  readonly engine: SubsetEngine;
  readonly table: ParamsTable;
  /** The engine's rules, in the order of `rules`. */
  readonly added: readonly Rule[];
  busy: boolean;
}
const engines = new Map<string, EngineEntry>();
const MAX_ENGINES = 4;

/** A rule list's engine key and rules by id, by list identity (evaluate.ts passes the same lists for every document). */
const listInfo = new WeakMap<readonly LoadedRule[], { readonly key: string; readonly byId: ReadonlyMap<string, LoadedRule> }>();
function infoOf(rules: readonly LoadedRule[]): { readonly key: string; readonly byId: ReadonlyMap<string, LoadedRule> } {
  let info = listInfo.get(rules);
  if (!info) {
    const byId = new Map<string, LoadedRule>();
    for (const rule of rules) byId.set(rule.id, rule);
    listInfo.set(rules, (info = { key: rules.map((r) => r.id).join('\n'), byId }));
  }
  return info;
}

function engineFor(rules: readonly LoadedRule[]): EngineEntry {
  const { key } = infoOf(rules);
  const cached = engines.get(key);
  if (cached && !cached.busy && cached.rules.every((r, i) => r === rules[i])) return cached;
  const entry = { rules, ...buildEngine(rules), busy: false };
  if (!cached || !cached.busy) {
    engines.delete(key);
    if (engines.size >= MAX_ENGINES) engines.delete(engines.keys().next().value as string);
    engines.set(key, entry);
  }
  return entry;
}

/**
 * A leaf condition evaluated as the engine evaluates it: the context's fact value (which depends on the document
 * alone, never on the order facts are computed in), read at the leaf's `path` as the almanac reads it (the same
 * resolvePath, on object values only), and the operator (buildEngine registers OPERATORS). Undefined for what is left
 * to the engine: a boolean node. Values are literals (the schema's operators accept scalars and lists of them, never
 * a {fact} reference).
 */
export function leafHolds(ctx: DocumentContext, c: ConditionResult): boolean | undefined {
  if (c.all || c.any || c.not || c.fact === undefined || c.operator === undefined) return undefined;
  if (!Object.hasOwn(FACTS, c.fact) || !Object.hasOwn(OPERATORS, c.operator)) return undefined;
  // A clause query read by an emptiness operator: whether it selects a clause, without its list where the context can tell sooner.
  if (c.fact === 'clauses' && !c.path && typeof c.value === 'boolean' && (c.operator === 'isEmpty' || c.operator === 'nonEmpty' || c.operator === 'exists')) {
    const some = ctx.someMatch((c.params ?? {}) as ClauseQuery);
    return c.operator === 'isEmpty' ? !some === c.value : some === c.value;
  }
  const value = computeFact(ctx, c.fact, c.params ?? {});
  const read = c.path && value !== null && typeof value === 'object' ? resolvePath(value, c.path) : value;
  return (OPERATORS[c.operator] as OperatorSpec).evaluate(read, c.value);
}

/**
 * Run `rules` over one document in a single engine run; hits and outcomes in rule-id order. Rules that `skip`
 * names are left out of the run and of the outcomes (evaluate.ts: those that can neither fire nor be held back).
 */
export async function runRules(ctx: DocumentContext, rules: readonly LoadedRule[], skip?: (rule: LoadedRule) => boolean): Promise<RunResult> {
  if (rules.length === 0) return { hits: [], outcomes: [] };
  const { byId } = infoOf(rules);
  const entry = engineFor(rules);
  const almanac = new Almanac({ allowUndefinedFacts: false, pathResolver: resolvePath });
  contexts.set(almanac, ctx);
  entry.busy = true;
  let run: Awaited<ReturnType<Engine['run']>>;
  try {
    entry.engine.only = skip ? entry.added.filter((_, i) => !skip(rules[i] as LoadedRule)) : null;
    run = await entry.engine.run({}, { almanac });
  } finally {
    entry.engine.only = null;
    entry.busy = false;
  }
  const { results, failureResults } = run;
  const hits: RuleHit[] = [];
  const outcomes: RuleOutcome[] = [];
  for (const [fired, list] of [[true, results], [false, failureResults]] as const) {
    for (const r of list) {
      const rule = byId.get(r.name);
      if (!rule) continue;
      restoreParams(entry.table, r.conditions as unknown as Parameters<typeof restoreParams>[1]);
      const conditions = r.conditions as unknown as ConditionResult;
      outcomes.push({ rule, fired, conditions });
      if (fired) hits.push(hitOf(ctx, rule, conditions));
    }
  }
  // Engine completion order is not declaration order: sort.
  return { hits: hits.sort(byRuleId), outcomes: outcomes.sort(byRuleId) };
}

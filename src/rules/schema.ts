// The rule-pack format. This zod schema is the single source of truth: the TypeScript types are
// inferred from it, and the loader validates every pack (built-in or user) against it.
// Semantic checks that need the fact/operator catalogue (unknown facts, bad params, bad paths,
// unknown placeholders) run here too, so every problem carries the JSON path of the offending value.
import { z } from 'zod';
import { SEVERITIES } from '../model/index.js';
import { DOCUMENT_KIND_VALUES, FACTS, LIST_OPERATORS, OPERATORS, PATH_RE, TEMPLATE_BUILTINS, TEMPLATE_PLACEHOLDER, factNamed, operatorNamed, type FactSpec } from './catalogue.js';
import { factParams, isParamlessFact } from './fact-params.js';
import { describeIssue, didYouMean } from '../model/index.js';
import { PATTERN_NAME, withoutPatternRefs } from './pattern-refs.js';
import { ClauseQuery, RegexList, RegexSource, patternProblem } from './query.js';

export { ClauseQuery, RegexList, RegexSource };

/** A json-rules-engine condition tree over the facts and operators of catalogue.ts. */
export const Condition = z
  .strictObject({
    get all() {
      return z.array(Condition).min(1).optional();
    },
    get any() {
      return z.array(Condition).min(1).optional();
    },
    get not() {
      return Condition.optional();
    },
    fact: z.string().optional(),
    operator: z.string().optional(),
    value: z.unknown().optional(),
    path: z.string().optional(),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((c, ctx) => {
    const kinds = (['all', 'any', 'not', 'fact'] as const).filter((k) => c[k] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({ code: 'custom', message: 'a condition is exactly one of {all}, {any}, {not} or {fact, operator, value}' });
      return;
    }
    if (kinds[0] !== 'fact') return;
    const fact = factNamed(c.fact as string);
    if (!fact) {
      ctx.addIssue({ code: 'custom', path: ['fact'], message: `unknown fact "${c.fact}" (known: ${Object.keys(FACTS).join(', ')})` });
      return;
    }
    const op = c.operator === undefined ? undefined : operatorNamed(c.operator);
    if (!op) {
      const message = c.operator === undefined ? 'required field is missing' : `unknown operator "${c.operator}" (known: ${Object.keys(OPERATORS).join(', ')})`;
      ctx.addIssue({ code: 'custom', path: ['operator'], message });
    } else if (!op.accepts(c.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `operator ${c.operator} expects ${op.valueDoc}` });
    }
    const params = factParams(c.fact as string)!.safeParse(c.params ?? {});
    if (!params.success) {
      const said = describeIssue(params.error.issues, c.params ?? {}, factParams(c.fact as string)!);
      ctx.addIssue({ code: 'custom', path: ['params', ...said.path.map((p) => (typeof p === 'number' ? p : String(p)))], message: said.message });
    }
    if (c.path !== undefined) {
      const m = PATH_RE.exec(c.path);
      const root = m?.[1];
      if (!m || root === undefined) ctx.addIssue({ code: 'custom', path: ['path'], message: `invalid path "${c.path}" (expected $.key or $.key.sub)` });
      else if (!fact.pathKeys.includes(root)) ctx.addIssue({ code: 'custom', path: ['path'], message: `fact ${c.fact} has no "${root}" (paths: ${fact.pathKeys.map((k) => `$.${k}`).join(', ') || 'none'})` });
    }
    if (op) {
      const misfit = valueMisfit(c.fact as string, fact, c.path, c.operator as string, c.value);
      if (misfit) ctx.addIssue({ code: 'custom', path: [misfit.at], message: misfit.message });
    }
  });

/**
 * An operator or value the fact can never meet, so the condition would silently never hold (or always): a list operator
 * on the document kind, 'equal' on a list of clauses, documentKind compared with "licence", crossLicense with "true".
 * Only what the catalogue knows for sure is checked: a fact read whole, or its `$.length`.
 */
function valueMisfit(name: string, fact: FactSpec, path: string | undefined, operator: string, value: unknown): { at: 'operator' | 'value' | 'path'; message: string } | null {
  const shape = path === undefined ? fact.value : path === '$.length' ? 'number' : null;
  if (shape === null) return null;
  const listOperator = LIST_OPERATORS.includes(operator);
  const read = path === undefined ? `fact ${name}` : `${path} of fact ${name}`;
  if (shape === 'list') return listOperator ? null : { at: 'operator', message: `${read} is a list: use nonEmpty, isEmpty, exists, countAtLeast or countAtMost (or path "$.length" to compare its length)` };
  if (shape === 'object') return { at: 'path', message: `fact ${name} is an object: read one of its keys with path (${fact.pathKeys.map((k) => `$.${k}`).join(', ')})` };
  const what = shape === 'number' ? 'a number' : shape === 'boolean' ? 'true or false' : `the document kind (${DOCUMENT_KIND_VALUES.join(', ')})`;
  if (listOperator) return { at: 'operator', message: `operator ${operator} reads a list, and ${read} is ${what}` };
  const compared = operator === 'in' || operator === 'notIn' ? (Array.isArray(value) ? value : []) : [value];
  for (const v of compared) {
    const fits = shape === 'number' ? typeof v === 'number' : shape === 'boolean' ? typeof v === 'boolean' : (DOCUMENT_KIND_VALUES as readonly unknown[]).includes(v);
    if (fits) continue;
    const hint = shape === 'kind' && typeof v === 'string' ? didYouMean(v, DOCUMENT_KIND_VALUES, 3) : '';
    return { at: 'value', message: `${read} is ${what}, never ${JSON.stringify(v)}${hint}` };
  }
  return null;
}
export type Condition = z.infer<typeof Condition>;

const Template = z.string().superRefine((t, ctx) => {
  for (const m of t.matchAll(TEMPLATE_PLACEHOLDER)) {
    const name = m[1] ?? '';
    if ((TEMPLATE_BUILTINS as readonly string[]).includes(name)) continue;
    const [fact, key] = name.split('.');
    if (fact && key && isParamlessFact(fact) && factNamed(fact)?.pathKeys.includes(key)) continue;
    ctx.addIssue({ code: 'custom', message: `unknown placeholder {{${name}}} (known: ${TEMPLATE_BUILTINS.join(', ')}, or <fact>.<key> of a fact without params)` });
  }
});

/**
 * For clause matches: the first variant whose patterns match a reported clause sets its severity and message, and its
 * rationale and recommendation when the variant's situation needs its own (a termination right is no bar to delete).
 */
export const Variant = z.strictObject({
  require: RegexList.optional(),
  exclude: RegexList.optional(),
  severity: z.enum(SEVERITIES),
  message: Template.optional(),
  rationale: z.string().min(1).optional(),
  recommendation: z.string().min(1).optional(),
});

/** A pattern of a `patterns` table (a pack's or a rule's): a RegexSource once its `(?&name)` references are taken out. */
const TablePattern = z
  .string()
  .min(1)
  .superRefine((src, ctx) => {
    // A part of other patterns may match empty text ('(?:\\s+and)?'): only the rest of RegexSource's checks apply.
    const problem = patternProblem(withoutPatternRefs(src));
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A `patterns` table: named patterns, used as `(?&name)`. */
const PatternTable = z.record(z.string().regex(PATTERN_NAME, 'pattern names are kebab-case: lower-case letters, digits and "-", starting with a letter ("royalty-free")'), TablePattern);

export const RuleId = z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'rule ids are "pack/name" in kebab-case');

export const Rule = z.strictObject({
  $schema: z.string().optional(),
  id: RuleId,
  severity: z.enum(SEVERITIES),
  title: z.string().min(1),
  rationale: z.string().min(1),
  recommendation: z.string().min(1),
  modelLanguage: z.string().min(1).optional(),
  references: z.array(z.string().min(1)).default([]),
  /** clause: one finding per matching clause; document: at most one finding for the document. */
  scope: z.enum(['clause', 'document']),
  /** The clause types the rule is about (documentation, `rules list`). */
  appliesTo: z.array(z.string()).default([]),
  /** Evaluated only when the document is a cross-license. */
  crossLicenseOnly: z.boolean().default(false),
  conditions: Condition.refine((c) => c.fact === undefined, { message: 'the top level of conditions is {all}, {any} or {not}' }),
  message: Template,
  /** Evidence text; default: the words of the matched clause, or "looked for: ..." for a missing clause. */
  evidence: Template.optional(),
  /** Document scope: where to report (the first clause this selects), else the first matched clause, else the first clause. */
  anchor: ClauseQuery.optional(),
  variants: z.array(Variant).optional(),
  /**
   * Named patterns of this rule alone, used as `(?&name)` in its patterns as the pack's are (they may use the pack's, and
   * win over a pack pattern of the same name): a pattern written once for `text` and `require` ("(?&allocation)" in both).
   */
  patterns: PatternTable.optional(),
}).superRefine((r, ctx) => {
  // An anchor only says where a document finding goes; a clause-scope rule reports each clause it selects, so an anchor
  // there would be silently unread.
  if (r.anchor !== undefined && r.scope === 'clause') ctx.addIssue({ code: 'custom', path: ['anchor'], message: 'an anchor is for a rule of document scope (a clause-scope rule reports each clause its conditions select)' });
});
export type RuleInput = z.input<typeof Rule>;
export type RuleSpec = z.infer<typeof Rule>;

export const PackManifest = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'pack ids are kebab-case'),
  version: z.string().regex(/^\d+\.\d+\.\d+/, 'versions are semver'),
  description: z.string().min(1),
  /** Packs whose rules this pack includes: a built-in pack id or a path relative to this folder. */
  extends: z.array(z.string().min(1)).default([]),
  /** Change an inherited rule's severity, or switch it off. */
  overrides: z.record(RuleId, z.union([z.enum(SEVERITIES), z.literal('off')])).default({}),
  /** Extra clause types for the tagger, in the tagger's format (src/tag/taxonomy.ts ClauseTypeSpecSchema); checked by the loader. */
  clauseTypes: z.array(z.unknown()).default([]),
  /** Rule files of this folder, without ".json" (e.g. "price-fixing"). */
  rules: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'rule file names are kebab-case, without .json')).default([]),
  /**
   * Named patterns the rules of this pack (and of packs extending it) use as `(?&name)` (pattern-refs.ts). A pattern may
   * use other named patterns: here it is checked with its references as empty groups; the loader checks it again resolved.
   */
  patterns: PatternTable.default({}),
  /**
   * Named clause queries the rules of this pack (and of packs extending it) use as `{"$query": "name"}` (pattern-refs.ts
   * expandQueryRefs): the reference's object becomes the query, its own keys winning. Checked where used, as a query.
   */
  queries: z.record(z.string().regex(PATTERN_NAME, 'query names are kebab-case: lower-case letters, digits and "-", starting with a letter ("patent-licence")'), z.record(z.string(), z.unknown())).default({}),
});
export type PackManifest = z.infer<typeof PackManifest>;

export const TestCase = z
  .strictObject({
    name: z.string().min(1).optional(),
    /** The agreement text, or */
    text: z.string().min(1).optional(),
    /** a fixture file, relative to the cases file. */
    fixture: z.string().min(1).optional(),
    /** Overrides the detected document kind. */
    kind: z.enum(['cross-license', 'license', 'other']).optional(),
    must: z.array(RuleId).default([]),
    mustNot: z.array(RuleId).default([]),
  })
  .refine((c) => (c.text === undefined) !== (c.fixture === undefined), { message: 'a case has exactly one of text or fixture' })
  .refine((c) => c.must.length + c.mustNot.length > 0, { message: 'a case needs must or mustNot' });
export type TestCase = z.infer<typeof TestCase>;

export const CasesFile = z.strictObject({
  $schema: z.string().optional(),
  cases: z.array(TestCase).min(1),
});
export type CasesFile = z.infer<typeof CasesFile>;

/**
 * JSON Schemas of the pack files, for editors (`clausecheck schema pack|rule|cases`). They describe the
 * shape; the checks that need the fact/operator catalogue (unknown facts, paths, unsafe patterns) run at load.
 */
export function packJsonSchemas(): { pack: Record<string, unknown>; rule: Record<string, unknown>; cases: Record<string, unknown> } {
  const opts = { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' } as const;
  return {
    pack: z.toJSONSchema(PackManifest, opts) as Record<string, unknown>,
    rule: z.toJSONSchema(Rule, opts) as Record<string, unknown>,
    cases: z.toJSONSchema(CasesFile, opts) as Record<string, unknown>,
  };
}


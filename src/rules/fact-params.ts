// The params schema of each fact of catalogue.ts, for validating packs (schema.ts). Kept apart from the catalogue
// so that evaluating rules, which reads the catalogue, does not load zod (test/startup/).
import { z } from 'zod';
import { GRANT_ATTRIBUTES, factNamed } from './catalogue.js';
import { ClauseQuery, RegexSource } from './query.js';

const none = z.strictObject({});

/** By fact name; the same keys as FACTS (test/rules/catalogue.test.ts). */
export const FACT_PARAMS: Readonly<Record<string, z.ZodType>> = {
  clauses: ClauseQuery,
  definitions: z.strictObject({ term: RegexSource, label: z.string().min(1).optional() }),
  oneSided: z.strictObject({ query: ClauseQuery, act: RegexSource, label: z.string().min(1).optional() }),
  definedTerms: z.strictObject({ status: z.enum(['unused', 'duplicate', 'undefined']), label: z.string().min(1).optional() }),
  crossReferences: z.strictObject({ resolved: z.boolean(), label: z.string().min(1).optional() }),
  numberMismatches: z.strictObject({ label: z.string().min(1).optional() }),
  mentions: z.strictObject({ pattern: RegexSource, query: ClauseQuery.optional(), matchCase: z.boolean().optional(), outsideDefinedTerms: z.boolean().optional(), label: z.string().min(1).optional() }),
  grantsMissing: z.strictObject({ attribute: z.enum(GRANT_ATTRIBUTES), label: z.string().min(1).optional() }),
  hasType: z.strictObject({ type: z.string().min(1), minConfidence: z.number().min(0).max(1).optional() }),
  documentKind: none,
  crossLicense: none,
  parties: none,
  grants: none,
  grantDirections: none,
  grantComparison: none,
};

/** The params schema of the fact of that name (own entries only). */
export const factParams = (name: string): z.ZodType | undefined => (Object.hasOwn(FACT_PARAMS, name) ? FACT_PARAMS[name] : undefined);

export function isParamlessFact(name: string): boolean {
  return factNamed(name) !== undefined && factParams(name) === none;
}

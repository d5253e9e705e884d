// The shapes of schema.ts's PackManifest and Rule (key order, defaults; see src/model/trusted.ts), written out so
// that reading the built-in packs does not load zod. test/rules/trusted.test.ts holds each to its schema's shape.
import { AS_READ, array, object, optional, withDefault, type Shape } from '../model/trusted.js';

const CLAUSE_QUERY = object(
  ['label', optional(AS_READ)], ['types', optional(array(AS_READ))], ['text', optional(AS_READ)], ['heading', optional(AS_READ)],
  ['require', optional(AS_READ)], ['exclude', optional(AS_READ)], ['excludeUnder', optional(AS_READ)],
  ['excludeTypes', optional(array(AS_READ))], ['excludeForms', optional(AS_READ)], ['excludeRecitals', optional(AS_READ)],
  ['minConfidence', optional(AS_READ)], ['matchCase', optional(AS_READ)], ['within', optional(AS_READ)],
  ['followDefinitions', optional(AS_READ)], ['followReferences', optional(AS_READ)], ['grantReference', optional(AS_READ)],
  ['payer', optional(AS_READ)],
);

// all / any / not hold conditions: the shape is cyclic, as the schema is recursive.
const CONDITION = object();
CONDITION.object.push(
  ['all', optional(array(CONDITION))], ['any', optional(array(CONDITION))], ['not', optional(CONDITION)],
  ['fact', optional(AS_READ)], ['operator', optional(AS_READ)], ['value', optional(AS_READ)], ['path', optional(AS_READ)],
  ['params', optional(AS_READ)],
);

const VARIANT = object(
  ['require', optional(AS_READ)], ['exclude', optional(AS_READ)], ['severity', AS_READ], ['message', optional(AS_READ)],
  ['rationale', optional(AS_READ)], ['recommendation', optional(AS_READ)],
);

export const RULE_SHAPE: Shape = object(
  ['$schema', optional(AS_READ)], ['id', AS_READ], ['severity', AS_READ], ['title', AS_READ], ['rationale', AS_READ],
  ['recommendation', AS_READ], ['modelLanguage', optional(AS_READ)], ['references', withDefault(array(AS_READ), [])],
  ['scope', AS_READ], ['appliesTo', withDefault(array(AS_READ), [])], ['crossLicenseOnly', withDefault(AS_READ, false)],
  ['conditions', CONDITION], ['message', AS_READ], ['evidence', optional(AS_READ)], ['anchor', optional(CLAUSE_QUERY)],
  ['variants', optional(array(VARIANT))], ['patterns', optional(AS_READ)],
);

export const PACK_MANIFEST_SHAPE: Shape = object(
  ['$schema', optional(AS_READ)], ['id', AS_READ], ['version', AS_READ], ['description', AS_READ],
  ['extends', withDefault(array(AS_READ), [])], ['overrides', withDefault(AS_READ, {})],
  ['clauseTypes', withDefault(array(AS_READ), [])], ['rules', withDefault(array(AS_READ), [])], ['patterns', withDefault(AS_READ, {})],
  ['queries', withDefault(AS_READ, {})],
);

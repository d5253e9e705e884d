// JSON Schema validators the tests share, each with ajv-formats: JSON Schema 2020-12 (the schemas clausecheck prints)
// and the SARIF 2.1.0 schema (draft-04). ajv-formats and ajv-draft-04 are CommonJS modules: under NodeNext, TypeScript
// reads their default import as the whole module object, whose `default` property is the function or class itself (at
// run time too: each module sets `exports.default`).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

const addFormats = ajvFormats.default;
const AjvDraft4 = ajvDraft04.default;

/** A validator of a JSON Schema 2020-12 document, formats checked. */
export function compileSchema(schema: object): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/**
 * A validator of SARIF 2.1.0 logs: the schema as shipped by @microsoft/jest-sarif. Its `language` pattern is only valid
 * without the regex `u` flag, hence unicodeRegExp: false.
 */
export function sarifValidator(): ValidateFunction {
  const require = createRequire(import.meta.url);
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const ajv = new AjvDraft4({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
}

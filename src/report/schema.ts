// The JSON report as a zod schema: `clausecheck schema report` prints it as JSON Schema (zod's toJSONSchema).
// Objects other stages may extend are loose: consumers must ignore fields they do not know.
import { z } from 'zod';
import { FINDING_STATUSES, INPUT_FORMATS, SCHEMA_VERSION, SEVERITIES } from '../model/index.js';
import { WaiversFileSchema } from './waivers-schema.js';

const severity = z.enum(SEVERITIES);
const offset = z.int().min(0).describe('character offset (JavaScript string index) into the decoded input text');
const oneBased = z.int().min(1);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const TagSchema = z.looseObject({
  type: z.string().describe('clause type id (shared/spec/clause-types.md) or one a pack declares'),
  confidence: z.number().min(0).max(1),
  cues: z.array(z.string()).describe('why: heading, cue words, position'),
});

export const ClauseSchema = z.looseObject({
  id: z.string(),
  number: z.string().nullable().describe('the number as written ("2.1", "(a)", "ARTICLE IV")'),
  heading: z.string().nullable(),
  kind: z.enum(['article', 'section', 'clause', 'subclause', 'preamble', 'schedule', 'signature']),
  depth: oneBased,
  parentId: z.string().nullable(),
  start: offset,
  end: offset.describe('end offset, exclusive: text.slice(start, end) is the clause'),
  line: oneBased,
  column: oneBased,
  types: z.array(TagSchema),
});

export const FindingSchema = z.looseObject({
  ruleId: z.string().describe('pack/rule'),
  pack: z.string(),
  severity,
  message: z.string(),
  clauseId: z.string().nullable(),
  clauseNumber: z.string().nullable(),
  heading: z.string().nullable(),
  start: offset,
  end: offset,
  line: oneBased,
  column: oneBased,
  evidence: z.string().describe('the words that triggered the finding, or what was looked for and not found'),
  rationale: z.string(),
  recommendation: z.string(),
  modelLanguage: z.string().optional(),
  confidence: z.number().min(0).max(1).optional()
    .describe('of the clause-type tags the finding rests on (the weakest; for a missing type, 1 minus its strongest near miss), on the scale where 0.5 asserts a type; absent when it rests on words only'),
  status: z.enum(FINDING_STATUSES).optional()
    .describe('needs-review: confidence below the review threshold; counted in summary.needsReview, not by severity, and fails the gate only with --fail-on-review'),
  heldBackBy: z.object({ type: z.string(), clauseId: z.string(), confidence: z.number().min(0).max(1) }).optional()
    .describe('the rule did not fire only because this tag, below the review threshold, selected a clause that satisfies it: the finding only ever needs review'),
  waived: z.boolean(),
  fingerprint: z.string().optional().describe('stable id: rule + normalised clause text; survives renumbering'),
  place: z.string().optional().describe('where the finding is, as the human formats name it: "§ 3.1 Running Royalty", "Section 9.1(b)"; clauseNumber is the clause\'s own number only'),
  waiver: z.object({ reason: z.string(), approvedBy: z.string(), expires: z.string() }).optional(),
  suppressed: z.object({ reason: z.string() }).optional().describe('silenced by a clausecheck-disable-next-clause marker in the document'),
  baseline: z.boolean().optional().describe('also in the --baseline report; does not fail the gate'),
});

export const DocumentSchema = z.looseObject({
  path: z.string().describe("as given on the command line; '-' for standard input"),
  sha256: sha256.describe('of the raw input bytes'),
  format: z.enum(INPUT_FORMATS),
  kind: z.enum(['cross-license', 'license', 'other']),
  amendment: z.literal(true).optional().describe('the document amends another agreement: the rules that judge a whole agreement were not run on it'),
  prevailingLanguage: z.string().optional().describe('a parallel agreement whose version in this other language prevails: the rules judged the English, a convenience translation'),
  parties: z.array(z.looseObject({ name: z.string(), aliases: z.array(z.string()) })),
  numberWords: z.object({ whole: z.string(), dotted: z.string() }).optional()
    .describe("the document's words for its clause numbers, whole ('Article 5') and dotted ('Section 5.1'), as its cross-references write them; messages and place lines name its clauses so"),
  clauses: z.array(ClauseSchema),
  comments: z.array(z.looseObject({
    label: z.string().describe("the anchor's letters: '[a]' in the clause, '[a]Priya Raman: ...' after the agreement"),
    author: z.string().nullable(),
    text: z.string(),
    start: offset,
    end: offset,
    line: oneBased,
    clauseId: z.string().nullable().describe('the innermost clause whose text holds the anchor; null when none does'),
    anchorLine: oneBased.nullable(),
  })).optional().describe("reviewers' comments a Google Docs export writes after the agreement; no rule reads them"),
  findings: z.array(FindingSchema),
});

export const RunReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  run: z.object({
    packs: z.array(z.object({ id: z.string(), version: z.string() })),
    configHash: sha256.describe('of the effective configuration'),
    reviewThreshold: z.number().min(0).max(1).optional().describe('findings below this confidence need review (config overrides may set others per file); 0: none'),
    failOnReview: z.boolean().optional().describe('whether findings that need review fail the gate'),
  }).optional(),
  documents: z.array(DocumentSchema),
  waivers: z.array(z.object({
    status: z.enum(['expired', 'unmatched']), rule: z.string(), clause: z.string(), expires: z.string(), approvedBy: z.string(), reason: z.string(),
    unknownRule: z.literal(true).optional().describe('unmatched because no rule of the run has this id'),
    didYouMean: z.array(z.string()).optional().describe('for an unknown rule, the nearest rule ids of the run'),
  })).optional().describe('waivers that did not apply'),
  unchecked: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional()
    .describe('inputs the run could not check (unreadable, unsupported, too large, or stopped by --timeout or --max-memory), in input order; the run exits 2'),
  summary: z.object({
    documents: z.int().min(0),
    findings: z.object({ error: z.int().min(0), warning: z.int().min(0), info: z.int().min(0) }).describe('findings by severity, not counting waived or suppressed ones, nor those that need review'),
    waived: z.int().min(0).describe('findings accepted by a waiver or a suppression marker'),
    needsReview: z.int().min(0).describe('findings with status needs-review, not waived or suppressed'),
    baseline: z.int().min(0).optional(),
    gate: z.enum(['pass', 'fail']),
  }),
}).meta({ title: 'clausecheck report', description: 'The JSON report of `clausecheck check --format json`.' });

export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(RunReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

export function waiversJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(WaiversFileSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}

// The pipeline as values in, report out. No process, console or file system here.
import {
  ClauseCheckError, clauseById, DEFAULT_REVIEW_THRESHOLD, FAIL_ON, isInputFormat, LineIndex, memoByMembers, ownText,
  type ClauseNode, type ClauseReport, type ReviewerComment, type DocumentKind, type DocumentReport, type Finding, type RunReport, type Source,
} from './model/index.js';
import { analyze, type Analysis, type AnalyzeOptions } from './analysis.js';
import type { PartyHint } from './facts/index.js';
import type { ClauseTypeSpec } from './tag/index.js';
// From the modules themselves, not rules/index.js: a check does not load explain.ts and pack-tester.ts.
import { evaluate, activeRules } from './rules/evaluate.js';
import { documentNumberWords } from './rules/context.js';
import { readComments } from './clauses/markdown.js';
// Not loader.js: it validates packs with zod, and a check of packs already loaded (a worker's) does not load zod.
import { packClauseTypes } from './rules/clause-types.js';
import type { LoadedPack } from './rules/loader.js';
import { fingerprintOfNormalised, normalisedBytes } from './report/fingerprint.js';
import { findingPlaces } from './report/common.js';
import { applySuppressions } from './suppress/index.js';
import { buildReport, ruleInfos as packRuleInfos, type PackMeta, type ReportOptions } from './report/build.js';
import type { RuleInfo } from './report/types.js';
import { reportInFile } from './ingest/ligatures.js';

export { buildReport, gateFails, summarize } from './report/build.js';

export interface CheckOptions extends ReportOptions {
  /** Default: every built-in pack. */
  readonly packs?: readonly LoadedPack[];
}

function clauseReports(a: Analysis, withAttributes: boolean): ClauseReport[] {
  return a.tree.clauses.map((c) => {
    const report: ClauseReport = {
      id: c.id, number: c.number, heading: c.heading, kind: c.kind, depth: c.depth, parentId: c.parentId,
      start: c.start, end: c.end, line: c.position.start.line, column: c.position.start.column,
      types: a.tags.get(c.id) ?? [],
    };
    // a spread only for the few reports that carry attributes (tag output), not an empty one per clause
    const attributes = withAttributes ? a.facts.attributes.get(c.id) : undefined;
    return attributes ? { ...report, attributes } : report;
  });
}

/** The reviewers' comments after the agreement (a Google Docs export), each with the clause its anchor stands in. */
function reviewerComments(a: Analysis): ReviewerComment[] | null {
  const run = a.tree.comments;
  if (!run) return null;
  const lines = a.lines ?? new LineIndex(a.source.text);
  return readComments(a.source.text, run).map((c) => {
    // the innermost clause that holds the anchor: the last in document (pre-)order
    let holder: ClauseNode | undefined;
    if (c.anchor >= 0) for (const clause of a.tree.clauses) if (clause.start <= c.anchor && c.anchor < clause.end) holder = clause;
    return {
      label: c.label, author: c.author, text: c.text, start: c.start, end: c.end, line: lines.point(c.start).line,
      clauseId: holder?.id ?? null, anchorLine: c.anchor >= 0 ? lines.point(c.anchor).line : null,
    };
  });
}

function documentReport(a: Analysis, findings: readonly Finding[], withAttributes: boolean, kind?: DocumentKind): DocumentReport {
  const [whole, dotted] = documentNumberWords(a);
  const comments = reviewerComments(a);
  const report: DocumentReport = {
    path: a.source.path, sha256: a.source.sha256, format: a.source.format, kind: kind ?? a.facts.kind,
    ...(a.facts.amendment ? { amendment: true as const } : {}),
    ...(a.leftOut?.otherPrevails ? { prevailingLanguage: a.leftOut.language } : {}),
    parties: a.facts.parties, numberWords: { whole, dotted }, clauses: clauseReports(a, withAttributes),
    ...(comments ? { comments } : {}),
    ...(withAttributes ? { definitions: a.facts.definitions, grants: a.facts.grants } : {}),
    findings,
  };
  // the stages read a PDF's ligatures as letters: the report points into the file as it is
  return a.source.ligatures ? reportInFile(report, a.source.ligatures) : report;
}

/** What a JavaScript caller passed instead of a Source, in a few words. */
function described(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return `a string (${value.length} chars)`;
  if (typeof value !== 'object') return typeof value;
  const keys = Object.keys(value);
  return keys.length ? `an object with ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', ...' : ''}` : 'an empty object';
}

/**
 * The library's boundary for callers without the types (plain JavaScript, a server handing on a request body): text where
 * a Source belongs, or one Source where check() takes a list, is a usage error that says what to pass, not a TypeError
 * from deep inside the pipeline.
 */
function assertSource(value: unknown, where: string): asserts value is Source {
  const s = value as Partial<Source> | null;
  if (typeof value === 'object' && s !== null && typeof s.text === 'string' && typeof s.path === 'string' && isInputFormat(s.format)) return;
  const hint = typeof value === 'string' ? ': wrap text with sourceFromText(text, path)' : ' (from ingest(), ingestFile() or sourceFromText())';
  throw new ClauseCheckError('usage', `${where}: expected a Source${hint}, got ${described(value)}`);
}

/**
 * check()'s options as a caller without the types may pass them: a misspelt failOn ('warn') would otherwise make a gate
 * that never fails, the quietest way for a pre-signature check to pass a bad draft.
 */
function assertCheckOptions(options: unknown): asserts options is CheckOptions {
  const fail = (what: string, value: unknown): never => {
    throw new ClauseCheckError('usage', `check(): ${what}, got ${typeof value === 'string' ? JSON.stringify(value) : described(value)}`);
  };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) fail('options must be an object', options);
  const o = options as Record<string, unknown>;
  if (o.failOn !== undefined && !(FAIL_ON as readonly unknown[]).includes(o.failOn)) fail(`failOn must be one of ${FAIL_ON.join(', ')}`, o.failOn);
  if (o.maxWarnings !== undefined && !(Number.isInteger(o.maxWarnings) && (o.maxWarnings as number) >= 0)) fail('maxWarnings must be a whole number, 0 or more', o.maxWarnings);
  if (o.reviewThreshold !== undefined && !(typeof o.reviewThreshold === 'number' && o.reviewThreshold >= 0 && o.reviewThreshold <= 1)) fail('reviewThreshold must be a number from 0 to 1', o.reviewThreshold);
  if (o.failOnReview !== undefined && typeof o.failOnReview !== 'boolean') fail('failOnReview must be true or false', o.failOnReview);
  if (o.packs !== undefined) assertPacks(o.packs, 'check()');
  if (o.waivers !== undefined && !Array.isArray(o.waivers)) fail('waivers must be an array of waivers', o.waivers);
  if (o.baseline !== undefined && !(o.baseline instanceof Set)) fail('baseline must be a Set of finding fingerprints', o.baseline);
  if (o.today !== undefined && !(typeof o.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(o.today))) fail('today must be a date as YYYY-MM-DD', o.today);
}

/**
 * Packs as loadBuiltinPacks() and loadPack() make them (the parts the pipeline reads first), for check() and tag();
 * ruleInfos() reads no clause types (`clauseTypes` false).
 */
function assertPacks(packs: unknown, where: string, clauseTypes = true): asserts packs is readonly LoadedPack[] {
  const made = '(from loadBuiltinPacks() or loadPack())';
  if (!Array.isArray(packs)) throw new ClauseCheckError('usage', `${where}: packs must be an array of packs ${made}, got ${described(packs)}`);
  packs.forEach((p: unknown, i) => {
    const pack = p as { id?: unknown; rules?: unknown; clauseTypes?: unknown } | null;
    if (typeof p !== 'object' || pack === null || typeof pack.id !== 'string' || !Array.isArray(pack.rules) || (clauseTypes && !Array.isArray(pack.clauseTypes))) {
      throw new ClauseCheckError('usage', `${where}: packs[${i}] must be a pack ${made}, got ${described(p)}`);
    }
  });
}

/** What the report says of each rule of `packs` (a formatter's context): the library's entry, its packs checked as check()'s. */
export function ruleInfos(packs: readonly PackMeta[]): RuleInfo[] {
  assertPacks(packs, 'ruleInfos()', false);
  return packRuleInfos(packs);
}

/**
 * What the tagger and fact extractor saw: the document object without findings. `packs` add their clause types to the
 * tagger's, as check tags with them (the built-in packs declare none).
 */
export function tag(source: Source, options: { readonly packs?: readonly LoadedPack[] } = {}): DocumentReport {
  assertSource(source, 'tag()');
  if (options.packs !== undefined) assertPacks(options.packs, 'tag()');
  const extraTypes = options.packs ? derivedOf(options.packs).extraTypes : [];
  return documentReport(analyze(source, extraTypes.length ? { extraTypes } : {}), [], true);
}

const NO_TEXT = new Uint8Array(0);

/**
 * Stamp each finding of `doc` with its fingerprint (rule id + the anchor clause's own text, so renumbering keeps it)
 * and its place as the human formats name it ('Section 9.1(b)' where clauseNumber is '(b)'), so that a pipeline
 * reading the JSON or the API names it as counsel sees it in the terminal. After the report's lines are set (a PDF's
 * ligatures move them), and in one copy of each finding.
 */
function withFingerprints(a: Analysis, doc: DocumentReport): DocumentReport {
  const { clauses } = a.tree;
  const places = findingPlaces(doc);
  const seen = new Map<string, number>();
  // A clause with several findings is normalised once (a whole-document clause can be 300 KB).
  const normalised = new Map<string, Uint8Array>();
  const normalisedText = (c: ClauseNode): Uint8Array => {
    let bytes = normalised.get(c.id);
    if (bytes === undefined) normalised.set(c.id, (bytes = normalisedBytes(ownText(a.source.text, c), c.number)));
    return bytes;
  };
  const findings = doc.findings.map((f) => {
    const clause = f.clauseId ? clauseById(clauses, f.clauseId) : undefined;
    const key = `${f.ruleId}\u0000${f.clauseId ?? ''}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    // Object.assign, not a spread with the new key: the same object (keys in the same order), but {...f, key} took
    // ~1.7 us a finding (V8's slow path for it), more than the fingerprint's hash.
    return Object.assign({}, f, { fingerprint: fingerprintOfNormalised(f.ruleId, clause ? normalisedText(clause) : NO_TEXT, occurrence), place: places.label(f) });
  });
  return { ...doc, findings };
}

/** What the configuration says of a document: `kind` overrides the detected kind, `parties` name the parties. */
export interface DocumentOptions {
  readonly kind?: DocumentKind;
  readonly parties?: readonly PartyHint[];
  /** Also report rules kept silent only by tags below this confidence, as needing review (0 or absent: none). */
  readonly reviewThreshold?: number;
}

// What a set of packs implies for every document, derived once per packs array: the same array of pack
// clause types each time lets the tagger reuse the cue model it compiled for them (it caches by identity).
interface PackDerived {
  readonly extraTypes: readonly ClauseTypeSpec[];
  readonly ruleIds: ReadonlySet<string>;
}
const derivedOf = memoByMembers((packs: readonly LoadedPack[]): PackDerived => ({ extraTypes: packClauseTypes(packs), ruleIds: new Set(activeRules(packs).map((r) => r.id)) }));

/** How a document is analysed under these packs and this config: their clause types, its parties and kind. */
export function analysisOptions(packs: readonly LoadedPack[], options: DocumentOptions = {}): AnalyzeOptions {
  const { extraTypes } = derivedOf(packs);
  const facts = { ...(options.kind ? { kind: options.kind } : {}), ...(options.parties?.length ? { parties: options.parties } : {}) };
  return { ...(extraTypes.length ? { extraTypes } : {}), facts };
}

/** One document through the whole pipeline (what a worker thread runs). */
export async function checkDocument(source: Source, packs: readonly LoadedPack[], options: DocumentOptions = {}): Promise<DocumentReport> {
  const a = analyze(source, analysisOptions(packs, options));
  const raw = await evaluate(a, packs, { ...(options.kind ? { kind: options.kind } : {}), ...(options.reviewThreshold ? { reviewThreshold: options.reviewThreshold } : {}) });
  const { findings } = applySuppressions(a.source, a.tree, raw, { knownRules: derivedOf(packs).ruleIds, ...(a.lines ? { lines: a.lines } : {}) });
  return withFingerprints(a, documentReport(a, findings, false, options.kind));
}

/** Check documents in turn and build the run report. */
export async function check(sources: readonly Source[], options: CheckOptions = {}): Promise<RunReport> {
  if (!Array.isArray(sources)) {
    const one = typeof sources === 'object' && sources !== null && typeof (sources as Partial<Source>).text === 'string';
    throw new ClauseCheckError('usage', `check(): expected an array of Sources${one ? ': pass one as [source]' : ''}, got ${described(sources)}`);
  }
  sources.forEach((s, i) => assertSource(s, `check(): sources[${i}]`));
  assertCheckOptions(options);
  // The trusted reader of the built-in packs (the tests validate them), not loader.js: that one loads zod.
  const packs = options.packs ?? (await import('./rules/pack-files.js')).loadBuiltinPacks();
  const documents: DocumentReport[] = [];
  const reviewThreshold = options.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD;
  for (const s of sources) documents.push(await checkDocument(s, packs, { reviewThreshold }));
  return buildReport(documents, packs, options);
}

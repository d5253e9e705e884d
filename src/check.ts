// The pipeline as values in, report out. No process, console or file system here.
import {
  ownText,
  type ClauseReport, type DocumentKind, type DocumentReport, type Finding, type RunReport, type Source,
} from './model/index.js';
import { analyze, type Analysis, type AnalyzeOptions } from './analysis.js';
import type { PartyHint } from './facts/index.js';
import { evaluate, loadBuiltinPacks, packClauseTypes, activeRules, type LoadedPack } from './rules/index.js';
import { fingerprint } from './report/fingerprint.js';
import { applySuppressions } from './suppress/index.js';
import { buildReport, type ReportOptions } from './report/build.js';

export { buildReport, gateFails, ruleInfos, summarize } from './report/build.js';

export interface CheckOptions extends ReportOptions {
  /** Default: every built-in pack. */
  readonly packs?: readonly LoadedPack[];
}

function clauseReports(a: Analysis, withAttributes: boolean): ClauseReport[] {
  return a.tree.clauses.map((c) => {
    const attributes = withAttributes ? a.facts.attributes.get(c.id) : undefined;
    return {
      id: c.id, number: c.number, heading: c.heading, kind: c.kind, depth: c.depth, parentId: c.parentId,
      start: c.start, end: c.end, line: c.position.start.line, column: c.position.start.column,
      types: a.tags.get(c.id) ?? [],
      ...(attributes ? { attributes } : {}),
    };
  });
}

function documentReport(a: Analysis, findings: readonly Finding[], withAttributes: boolean, kind?: DocumentKind): DocumentReport {
  return {
    path: a.source.path, sha256: a.source.sha256, format: a.source.format, kind: kind ?? a.facts.kind,
    parties: a.facts.parties, clauses: clauseReports(a, withAttributes),
    ...(withAttributes ? { definitions: a.facts.definitions, grants: a.facts.grants } : {}),
    findings,
  };
}

/** What the tagger and fact extractor saw: the document object without findings. */
export function tag(source: Source): DocumentReport {
  return documentReport(analyze(source), [], true);
}

/** Stamp each finding with its fingerprint: rule id + the anchor clause's own text, so renumbering keeps it. */
function withFingerprints(a: Analysis, findings: readonly Finding[]): Finding[] {
  const byId = new Map(a.tree.clauses.map((c) => [c.id, c]));
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const clause = f.clauseId ? byId.get(f.clauseId) : undefined;
    const key = `${f.ruleId}\u0000${f.clauseId ?? ''}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const text = clause ? ownText(a.source.text, clause) : '';
    return { ...f, fingerprint: fingerprint(f.ruleId, text, clause?.number ?? null, occurrence) };
  });
}

/** What the configuration says of a document: `kind` overrides the detected kind, `parties` name the parties. */
export interface DocumentOptions {
  readonly kind?: DocumentKind;
  readonly parties?: readonly PartyHint[];
}

/** How a document is analysed under these packs and this config: their clause types, its parties and kind. */
export function analysisOptions(packs: readonly LoadedPack[], options: DocumentOptions = {}): AnalyzeOptions {
  const extraTypes = packClauseTypes(packs);
  const facts = { ...(options.kind ? { kind: options.kind } : {}), ...(options.parties?.length ? { parties: options.parties } : {}) };
  return { ...(extraTypes.length ? { extraTypes } : {}), facts };
}

/** One document through the whole pipeline (what a worker thread runs). */
export async function checkDocument(source: Source, packs: readonly LoadedPack[], options: DocumentOptions = {}): Promise<DocumentReport> {
  const a = analyze(source, analysisOptions(packs, options));
  const raw = await evaluate(a, packs, options.kind ? { kind: options.kind } : {});
  const { findings } = applySuppressions(a.source, a.tree, raw, { knownRules: new Set(activeRules(packs).map((r) => r.id)) });
  return documentReport(a, withFingerprints(a, findings), false, options.kind);
}

/** Check documents in turn and build the run report. */
export async function check(sources: readonly Source[], options: CheckOptions = {}): Promise<RunReport> {
  const packs = options.packs ?? loadBuiltinPacks();
  const documents: DocumentReport[] = [];
  for (const s of sources) documents.push(await checkDocument(s, packs));
  return buildReport(documents, packs, options);
}

// The pipeline as values in, report out. No process, console or file system here.
import { createHash } from 'node:crypto';
import {
  SCHEMA_VERSION, SEVERITY_RANK, ownText,
  type ClauseReport, type DocumentKind, type DocumentReport, type FailOn, type Finding, type RunReport, type RunSummary, type Severity, type Source, type WaiverNotice,
} from './model/index.js';
import { analyze, type Analysis } from './analysis.js';
import { activeRules, evaluate, loadBuiltinPacks, packClauseTypes, type LoadedPack } from './rules/index.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import type { RuleInfo } from './report/types.js';
import { fingerprint } from './report/fingerprint.js';
import { applyWaivers, type Waiver } from './report/waivers.js';
import { applySuppressions } from './suppress/index.js';
import { isAccepted } from './report/common.js';

export interface CheckOptions {
  readonly packs?: readonly LoadedPack[];
  readonly failOn?: FailOn;
  /** Accepted findings; expired or unmatched ones are listed in `report.waivers`. */
  readonly waivers?: readonly Waiver[];
  /** Today as YYYY-MM-DD, for waiver expiry (default: the current UTC date). */
  readonly today?: string;
  /** Fingerprints of a previous report: those findings are shown but do not fail the gate. */
  readonly baseline?: ReadonlySet<string>;
  /** More unwaived warnings than this fail the gate. */
  readonly maxWarnings?: number;
  /** Extra inputs of the effective configuration (config file text, ...) folded into `run.configHash`. */
  readonly configInputs?: Readonly<Record<string, string>>;
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

function counts(f: Finding): boolean {
  return !isAccepted(f) && !f.baseline;
}

export function gateFails(findings: readonly Finding[], failOn: FailOn, maxWarnings?: number): boolean {
  if (maxWarnings !== undefined && findings.filter((f) => counts(f) && f.severity === 'warning').length > maxWarnings) return true;
  if (failOn === 'never') return false;
  const min = SEVERITY_RANK[failOn];
  return findings.some((f) => counts(f) && SEVERITY_RANK[f.severity] >= min);
}

export function summarize(documents: readonly DocumentReport[], failOn: FailOn, maxWarnings?: number): RunSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let waived = 0;
  let baseline = 0;
  const all = documents.flatMap((d) => d.findings);
  for (const f of all) {
    if (isAccepted(f)) waived++;
    else bySeverity[f.severity]++;
    if (f.baseline && !isAccepted(f)) baseline++;
  }
  return {
    documents: documents.length, findings: bySeverity, waived,
    ...(baseline ? { baseline } : {}),
    gate: gateFails(all, failOn, maxWarnings) ? 'fail' : 'pass',
  };
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

/** One document through the whole pipeline (what a worker thread runs). `kind` overrides the detected kind (config). */
export async function checkDocument(source: Source, packs: readonly LoadedPack[], options: { kind?: DocumentKind } = {}): Promise<DocumentReport> {
  const extraTypes = packClauseTypes(packs);
  const a = analyze(source, extraTypes.length ? { extraTypes } : {});
  const raw = await evaluate(a, packs, options.kind ? { kind: options.kind } : {});
  const { findings } = applySuppressions(a.source, a.tree, raw, { knownRules: new Set(activeRules(packs).map((r) => r.id)) });
  return documentReport(a, withFingerprints(a, findings), false, options.kind);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Key-sorted JSON, so the hash does not depend on insertion order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Documents already checked -> the run report: waivers, baseline, summary and what the run used. */
export function buildReport(documents: readonly DocumentReport[], packs: readonly LoadedPack[], options: CheckOptions = {}): RunReport {
  const failOn = options.failOn ?? 'error';
  let docs: DocumentReport[] = [...documents];
  let notices: WaiverNotice[] = [];
  if (options.baseline) {
    const base = options.baseline;
    docs = docs.map((d) => ({ ...d, findings: d.findings.map((f) => (f.fingerprint && base.has(f.fingerprint) ? { ...f, baseline: true } : f)) }));
  }
  if (options.waivers) ({ documents: docs, notices } = applyWaivers(docs, options.waivers, options.today ?? utcToday()));
  const packInfo = packs.map((p) => ({ id: p.id, version: p.version }));
  const effective = {
    failOn, maxWarnings: options.maxWarnings, packs: packInfo,
    rules: ruleInfos(packs).map((r) => `${r.id}:${r.severity}`),
    waivers: options.waivers, baseline: options.baseline ? [...options.baseline].sort() : undefined,
    inputs: options.configInputs,
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    run: { packs: packInfo, configHash: sha256(canonical(effective)) },
    documents: docs,
    ...(options.waivers ? { waivers: notices } : {}),
    summary: summarize(docs, failOn, options.maxWarnings),
  };
}

/** Check documents in turn and build the run report. */
export async function check(sources: readonly Source[], options: CheckOptions = {}): Promise<RunReport> {
  const packs = options.packs ?? loadBuiltinPacks();
  const documents: DocumentReport[] = [];
  for (const s of sources) documents.push(await checkDocument(s, packs));
  return buildReport(documents, packs, options);
}

/** Rule metadata of the active packs (each rule once), sorted by id, for formatters and `rules list`. */
export function ruleInfos(packs: readonly LoadedPack[]): RuleInfo[] {
  return activeRules(packs)
    .map((r) => ({ id: r.id, pack: r.pack, severity: r.severity, title: r.title, rationale: r.rationale, recommendation: r.recommendation, references: [...r.references] }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// The pipeline as values in, report out. No process, console or file system here.
import { SCHEMA_VERSION, SEVERITY_RANK, type ClauseReport, type DocumentReport, type FailOn, type Finding, type RunReport, type Severity, type Source } from './model/index.js';
import { analyze, type Analysis } from './analysis.js';
import { evaluate, loadBuiltinPacks, type LoadedPack } from './rules/index.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import type { RuleInfo } from './report/types.js';

export interface CheckOptions {
  readonly packs?: readonly LoadedPack[];
  readonly failOn?: FailOn;
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

function documentReport(a: Analysis, findings: readonly Finding[], withAttributes: boolean): DocumentReport {
  return {
    path: a.source.path, sha256: a.source.sha256, format: a.source.format, kind: a.facts.kind,
    parties: a.facts.parties, clauses: clauseReports(a, withAttributes),
    ...(withAttributes ? { definitions: a.facts.definitions, grants: a.facts.grants } : {}),
    findings,
  };
}

/** What the tagger and fact extractor saw: the document object without findings. */
export function tag(source: Source): DocumentReport {
  return documentReport(analyze(source), [], true);
}

export function gateFails(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const min = SEVERITY_RANK[failOn];
  return findings.some((f) => !f.waived && SEVERITY_RANK[f.severity] >= min);
}

export function summarize(documents: readonly DocumentReport[], failOn: FailOn): RunReport['summary'] {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let waived = 0;
  const all = documents.flatMap((d) => d.findings);
  for (const f of all) {
    if (f.waived) waived++;
    else counts[f.severity]++;
  }
  return { documents: documents.length, findings: counts, waived, gate: gateFails(all, failOn) ? 'fail' : 'pass' };
}

export async function checkDocument(source: Source, packs: readonly LoadedPack[]): Promise<DocumentReport> {
  const a = analyze(source);
  const findings = await evaluate(a, packs);
  return documentReport(a, findings, false);
}

/** Check documents in turn and build the run report. */
export async function check(sources: readonly Source[], options: CheckOptions = {}): Promise<RunReport> {
  const packs = options.packs ?? loadBuiltinPacks();
  const documents: DocumentReport[] = [];
  for (const s of sources) documents.push(await checkDocument(s, packs));
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    documents,
    summary: summarize(documents, options.failOn ?? 'error'),
  };
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** Rule metadata of the active packs, sorted by id, for formatters and `rules list`. */
export function ruleInfos(packs: readonly LoadedPack[]): RuleInfo[] {
  const out: RuleInfo[] = [];
  for (const pack of packs) {
    for (const raw of pack.rules) {
      const r = (raw ?? {}) as Record<string, unknown>;
      const sev = r.severity;
      out.push({
        id: str(r.id),
        pack: str(r.pack) || pack.id,
        severity: sev === 'error' || sev === 'warning' || sev === 'info' ? sev : 'warning',
        title: str(r.title),
        rationale: str(r.rationale),
        recommendation: str(r.recommendation),
        references: Array.isArray(r.references) ? r.references.map(String) : [],
      });
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

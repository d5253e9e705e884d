// SARIF 2.1.0 for code-scanning tools. Columns are UTF-16 code units (JS string indices), 1-based.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { LineIndex, type Finding, type InputFormat, type RunReport, type Severity } from '../model/index.js';
import type { FormatContext } from './types.js';
import { clauseTitle, findingPlaces, messageSaysEvidence, needsReview, rulesOf } from './common.js';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** Relative paths stay relative (to the working directory); absolute ones become file: URIs. */
function uriOf(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return encodeURI(path.replace(/\\/g, '/'));
}

/**
 * Formats whose positions are the file's own: a finding's line and column are the file's (its decoded text). A .docx or
 * an .html file is read through the text clausecheck extracts from it, so its positions are in that text and would mark
 * the wrong place, or bytes inside a zip, in a SARIF viewer: such a result has no region, only the artifact and the
 * clause as a logical location, and the extracted text's region under properties.textRegion (docs/sarif.md).
 */
const FILE_POSITIONS: ReadonlySet<InputFormat> = new Set<InputFormat>(['markdown', 'text']);

function region(f: Finding, lines: LineIndex | null): Sarif.Region {
  const r: Sarif.Region = { startLine: f.line, startColumn: f.column, charOffset: f.start, charLength: Math.max(0, f.end - f.start) };
  if (lines && f.end > f.start) {
    const end = lines.point(f.end);
    r.endLine = end.line;
    r.endColumn = end.column;
  }
  return r;
}

export function toSarif(report: RunReport, ctx: FormatContext): Sarif.Log {
  const rules = rulesOf(report, ctx.rules);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const descriptors: Sarif.ReportingDescriptor[] = rules.map((r) => ({
    id: r.id,
    name: r.id.split('/')[1] ?? r.id,
    shortDescription: { text: r.title },
    fullDescription: { text: r.rationale || r.title },
    help: {
      text: r.recommendation || r.title,
      markdown: `**${r.title}**\n\n${r.rationale}\n\n**What to do:** ${r.recommendation}${r.references.length ? `\n\nReferences:\n${r.references.map((x) => `- ${x}`).join('\n')}` : ''}`,
    },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { pack: r.pack, tags: [r.pack] },
  }));
  // An amendment says so on its artifact: a scan that passed it did not judge it as a whole agreement.
  const artifacts: Sarif.Artifact[] = report.documents.map((d) => ({
    location: { uri: uriOf(d.path) }, hashes: { 'sha-256': d.sha256 },
    ...(d.path === '-' ? { description: { text: 'standard input' } } : {}),
    ...(d.amendment ? { properties: { amendment: true } } : {}),
  }));
  const baselineUsed = report.documents.some((d) => d.findings.some((f) => f.baseline));
  const results: Sarif.Result[] = [];
  report.documents.forEach((d, docIndex) => {
    const text = ctx.texts.get(d.path);
    const lines = text === undefined ? null : new LineIndex(text);
    const places = findingPlaces(d);
    const filePositions = FILE_POSITIONS.has(d.format);
    for (const f of d.findings) {
      // SARIF 2.1.0 §3.27.9-10: a result that needs human review is kind "review", and any kind but "fail" has level
      // "none"; the rule's severity stays in properties.severity.
      const review = needsReview(f);
      const result: Sarif.Result = {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId)!,
        ...(review ? { kind: 'review', level: 'none' } as const : { level: LEVEL[f.severity] }),
        // The evidence only where the message does not already say it (its excerpt, or what was looked for).
        message: { text: f.evidence && !messageSaysEvidence(f.message, f.evidence) ? `${f.message} Evidence: ${f.evidence}` : f.message },
        locations: [{
          physicalLocation: { artifactLocation: { uri: uriOf(d.path), index: docIndex }, ...(filePositions ? { region: region(f, lines) } : {}) },
          logicalLocations: [{ name: places.unnamed(f) ?? clauseTitle(f, places.number(f)), kind: 'member', ...(f.clauseId ? { fullyQualifiedName: `${d.path}#${f.clauseId}` } : {}) }],
        }],
        ...(f.fingerprint ? { partialFingerprints: { 'clausecheck/clause/v1': f.fingerprint } } : {}),
        ...(baselineUsed ? { baselineState: f.baseline ? 'unchanged' : 'new' } as const : {}),
        properties: {
          pack: f.pack, recommendation: f.recommendation, ...(f.clauseId ? { clauseId: f.clauseId } : {}),
          ...(f.confidence !== undefined ? { confidence: f.confidence } : {}),
          ...(review ? { severity: f.severity, status: 'needs-review' } : {}),
          ...(filePositions ? {} : { textRegion: region(f, lines) }),
        },
      };
      if (f.suppressed && !f.waived) {
        result.suppressions = [{ kind: 'inSource', status: 'accepted', justification: f.suppressed.reason }];
      }
      if (f.waived) {
        const w = f.waiver;
        result.suppressions = [{
          kind: 'external',
          status: 'accepted',
          justification: w ? `${w.reason} (approved by ${w.approvedBy}, expires ${w.expires})` : 'waived',
        }];
      }
      results.push(result);
    }
  });
  const run: Sarif.Run = {
    tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, rules: descriptors } },
    artifacts,
    results,
    columnKind: 'utf16CodeUnits',
    invocations: [{
      // An input the run could not check makes it unsuccessful (the CLI exits 2): each is a notification naming it.
      executionSuccessful: !report.unchecked?.length,
      ...(report.unchecked?.length ? {
        toolExecutionNotifications: report.unchecked.map((u): Sarif.Notification => ({
          level: 'error', message: { text: u.message }, descriptor: { id: u.code },
          locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(u.path) } } }],
        })),
      } : {}),
      properties: {
        gate: report.summary.gate, failOn: ctx.failOn, needsReview: report.summary.needsReview,
        ...(report.run ? { configHash: report.run.configHash } : {}),
        ...(report.run?.reviewThreshold !== undefined ? { reviewThreshold: report.run.reviewThreshold } : {}),
        ...(report.run?.failOnReview !== undefined ? { failOnReview: report.run.failOnReview } : {}),
      },
    }],
  };
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}

export function formatSarif(report: RunReport, ctx: FormatContext): string {
  return `${JSON.stringify(toSarif(report, ctx), null, 2)}\n`;
}

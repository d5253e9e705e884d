// Stylish: the ESLint-like report for people on a terminal.
import pc from 'picocolors';
import type { DocumentReport, Finding, RunReport, Severity } from '../model/index.js';
import type { FormatContext } from './types.js';
import { summarize } from './build.js';
import { acceptanceLabel, findingPlaces, messageSaysEvidence, needsReview, countsText, plural, reviewLabel, reviewSentence, unknownRuleText, withSectionSign } from './common.js';

type Colors = ReturnType<typeof pc.createColors>;

const EVIDENCE_MAX = 200;

/** Collapse whitespace so evidence from multi-line clauses stays one line. */
export function oneLine(text: string, max = EVIDENCE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function clauseLabel(f: Pick<Finding, 'clauseNumber' | 'heading'>, number: string | null = f.clauseNumber, signed: (title: string) => string = withSectionSign): string {
  const parts = [number ? signed(number) : null, f.heading].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(' ') : 'Document';
}

function paintSeverity(c: Colors, s: Severity, padded: string): string {
  if (s === 'error') return c.red(padded);
  if (s === 'warning') return c.yellow(padded);
  return c.blue(padded);
}

function documentBlock(doc: DocumentReport, c: Colors): string[] {
  const lines = [c.underline(doc.path)];
  const locWidth = Math.max(...doc.findings.map((f) => `${f.line}:${f.column}`.length));
  const sevWidth = Math.max(...doc.findings.map((f) => f.severity.length));
  // Detail lines sit under the message column.
  const indent = ' '.repeat(2 + locWidth + 2 + sevWidth + 2);
  const places = findingPlaces(doc);
  for (const f of doc.findings) {
    const loc = `${f.line}:${f.column}`.padEnd(locWidth);
    const sev = paintSeverity(c, f.severity, f.severity.padEnd(sevWidth));
    const accepted = acceptanceLabel(f);
    const marks = (needsReview(f) ? ` ${c.magenta(`(${reviewLabel(f)})`)}` : '') + (accepted ? ` ${c.green(`(${accepted})`)}` : '') + (f.baseline ? ` ${c.dim('(in baseline)')}` : '');
    lines.push(`  ${c.dim(loc)}  ${sev}  ${f.message}${marks}  ${c.dim(f.ruleId)}`);
    lines.push(`${indent}${c.cyan(places.unnamed(f) ?? clauseLabel(f, places.number(f), (t) => places.signed(t, f.message)))}`);
    // Many rule messages quote their evidence already; saying it twice only lengthens the report.
    if (f.evidence && !messageSaysEvidence(f.message, f.evidence)) lines.push(`${indent}${c.dim('evidence:')} ${oneLine(f.evidence)}`);
    if (f.recommendation) lines.push(`${indent}${c.dim('fix:')} ${oneLine(f.recommendation, 400)}`);
  }
  return lines;
}

/** Per-document counts for a batch: open findings by severity, then waived and needs-review ones (as in the summary). */
function summaryTable(report: RunReport): string[] {
  const head = ['document', 'errors', 'warnings', 'info', 'waived', 'review'];
  const rows = report.documents.map((d) => {
    const s = summarize([d], 'never');
    return [d.path, String(s.findings.error), String(s.findings.warning), String(s.findings.info), String(s.waived), String(s.needsReview)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`.trimEnd();
  return [line(head), ...rows.map(line)];
}

export function formatStylish(report: RunReport, ctx: FormatContext): string {
  const c = pc.createColors(ctx.color);
  const out: string[] = [];
  let hidden = 0;
  for (const doc of report.documents) {
    const shown = ctx.quiet ? { ...doc, findings: doc.findings.filter((f) => f.severity === 'error') } : doc;
    hidden += doc.findings.length - shown.findings.length;
    if (shown.findings.length === 0) continue;
    out.push(...documentBlock(shown, c), '');
  }
  if (report.documents.length > 1) out.push(...summaryTable(report), '');
  const { error, warning, info } = report.summary.findings;
  const total = error + warning + info;
  const docs = plural(report.summary.documents, 'document');
  // The same count and words as the Markdown and HTML reports: open findings, and apart from them those needing review.
  if (total === 0) {
    // Findings that need review are not yet problems, nor a clean bill: their own line follows.
    if (!report.summary.needsReview) out.push(c.green(`✔ No findings (${docs} checked)`));
  } else {
    const line = `✖ ${countsText(report.summary, false)}`;
    out.push(c.bold(error > 0 ? c.red(line) : warning > 0 ? c.yellow(line) : line));
  }
  if (report.summary.needsReview) out.push(c.magenta(`? ${reviewSentence(report.summary.needsReview, report.run)}`));
  // The counts above are every finding's: a reader told of 10 problems and shown none (or a gate failed by a warning
  // under --fail-on warning) learns where they went.
  if (hidden > 0) out.push(c.dim(`  ${plural(hidden, 'finding')} below error not shown (--quiet)`));
  for (const w of report.waivers ?? []) {
    const why = w.status === 'expired' ? `expired on ${w.expires}` : w.unknownRule ? unknownRuleText(w) : 'matched no finding';
    out.push(c.yellow(`⚠ waiver for ${w.rule} at ${w.clause} (approved by ${w.approvedBy}) ${why}`));
  }
  // Said even when the amendment has no finding: a gate that passed it did not judge it as a whole agreement.
  for (const doc of report.documents) {
    if (doc.amendment) out.push(c.cyan(`ℹ ${doc.path} is read as an amendment: rules that judge a whole agreement were not run (check --explain lists them)`));
    // A memo, a supply contract or a half-converted file is checked all the same: the reader of its findings is told
    // what was not found.
    else if (doc.kind === 'other' && doc.findings.length > 0) out.push(c.cyan(`ℹ ${doc.path}: no grant of rights was found (kind: other): the rules are written for licence agreements, and a finding that it lacks a clause may not apply`));
    // Said even when it has no finding: what passed was the translation.
    if (doc.prevailingLanguage) out.push(c.yellow(`⚠ ${doc.path} says its ${doc.prevailingLanguage} version prevails: the English judged here is a convenience translation, and a finding may not hold in the ${doc.prevailingLanguage} text`));
  }
  const waived = (report.summary.waived ? `, ${report.summary.waived} waived` : '') + (report.summary.baseline ? `, ${report.summary.baseline} in baseline` : '');
  const gate = report.summary.gate === 'pass' ? c.green('pass') : c.red('fail');
  out.push(`  ${docs} checked${waived}; gate (--fail-on ${ctx.failOn}): ${gate}`);
  return `${out.join('\n')}\n`;
}

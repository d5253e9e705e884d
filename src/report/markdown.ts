// Markdown for counsel: the gate, a summary by pack and severity, then each document's findings by clause.
import type { Finding, RunReport } from '../model/index.js';
import type { FormatContext } from './types.js';
import { LOOKED_FOR, acceptanceLabel, countsByPack, countsText, findingsByClause, isAccepted, messageSaysEvidence, needsReview, plural, reviewLabel, reviewSentence, unknownRuleText } from './common.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const inline = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The evidence as counsel reads it: the document's words in quotation marks, what was looked for and not found
 * outside them ("“Northgate grants ...” — looked for: ..."); nothing when the message already quotes it all, or names
 * all of what was looked for ("No transition assistance or bridging licence is offered.").
 */
export function evidenceLine(f: Pick<Finding, 'message' | 'evidence'>): string | null {
  const flat = inline(f.evidence);
  if (!flat || messageSaysEvidence(f.message, flat)) return null;
  if (flat.startsWith(LOOKED_FOR)) return `  - Looked for and not found: ${flat.slice(LOOKED_FOR.length)}`;
  const at = flat.indexOf(` — ${LOOKED_FOR}`);
  if (at >= 0) return `  - Evidence: “${flat.slice(0, at)}” — ${flat.slice(at + 3)}`;
  return `  - Evidence: “${flat}”`;
}

function findingItem(f: Finding): string[] {
  const accepted = acceptanceLabel(f);
  const tags = [needsReview(f) ? `**⚑ ${reviewLabel(f)}**` : null, accepted ? `_${accepted}_` : null, f.baseline ? '_in baseline_' : null].filter(Boolean).join(' ');
  const out = [`- **${f.severity}**: ${inline(f.message)} (\`${f.ruleId}\`, line ${f.line})${tags ? ` ${tags}` : ''}`];
  const evidence = evidenceLine(f);
  if (evidence) out.push(evidence);
  if (f.rationale) out.push(`  - Why it matters: ${inline(f.rationale)}`);
  if (f.recommendation) out.push(`  - Recommendation: ${inline(f.recommendation)}`);
  if (f.modelLanguage) out.push(`  - Model language: “${inline(f.modelLanguage)}”`);
  if (f.suppressed) out.push(`  - Suppressed in the document: ${inline(f.suppressed.reason)}`);
  if (f.waived && f.waiver) out.push(`  - Waived: ${inline(f.waiver.reason)} (approved by ${inline(f.waiver.approvedBy)}, until ${f.waiver.expires})`);
  return out;
}

/** Findings that need review, listed up front: a reader should not have to find them in the per-clause lists. */
function reviewSection(report: RunReport): string[] {
  const items = report.documents.flatMap((d) => d.findings.filter((f) => needsReview(f) && !isAccepted(f)).map((f) => ({ d, f })));
  if (items.length === 0) return [];
  return [
    '## Needs review',
    '',
    `${reviewSentence(items.length, report.run)}. Confirm or dismiss each:`,
    '',
    ...items.map(({ d, f }) => `- **${f.severity}** \`${f.ruleId}\` in ${cell(d.path)} (line ${f.line}${f.confidence !== undefined ? `, confidence ${f.confidence.toFixed(2)}` : ''}): ${inline(f.message)}`),
    '',
  ];
}

export function formatMarkdown(report: RunReport, ctx: FormatContext): string {
  const s = report.summary;
  const out = [
    '# Agreement review',
    '',
    `**Gate: ${s.gate.toUpperCase()}** (fails on ${ctx.failOn === 'never' ? 'nothing' : `${ctx.failOn} and above`}). ${plural(s.documents, 'document')}: ${countsText(s)}.`,
    '',
    // Inputs the run could not check: the gate above judged the others only.
    ...(report.unchecked?.length ? [`> **Not checked** (the run is incomplete): ${report.unchecked.map((u) => `${cell(u.path)}: ${inline(u.message)}`).join('; ')}`, ''] : []),
    ...reviewSection(report),
    '## Summary by pack and severity',
    '',
  ];
  const rows = countsByPack(report);
  if (rows.length === 0) out.push('No findings.', '');
  else {
    out.push('| pack | error | warning | info | waived | review |', '|---|---:|---:|---:|---:|---:|');
    for (const r of rows) out.push(`| ${r.pack} | ${r.counts.error} | ${r.counts.warning} | ${r.counts.info} | ${r.waived} | ${r.review} |`);
    out.push('');
  }
  for (const doc of report.documents) {
    out.push(`## ${cell(doc.path)}`, '');
    const parties = doc.parties.map((p) => p.name).join(', ');
    if (doc.prevailingLanguage) out.push(`> **Warning:** the agreement says its ${doc.prevailingLanguage} version prevails: the English judged here is a convenience translation, and a finding may not hold in the ${doc.prevailingLanguage} text.`, '');
    out.push(`Kind: ${doc.kind}${doc.amendment ? ' (an amendment: rules that judge a whole agreement were not run)' : ''}${parties ? ` · Parties: ${parties}` : ''} · sha256 \`${doc.sha256.slice(0, 12)}\``, '');
    if (doc.findings.length === 0) {
      out.push('No findings.', '');
      continue;
    }
    for (const g of findingsByClause(doc)) {
      out.push(`### ${cell(g.label)}`, '');
      for (const f of g.findings) out.push(...findingItem(f));
      out.push('');
    }
  }
  const notices = report.waivers ?? [];
  if (notices.length) out.push('## Waivers not applied', '');
  for (const w of notices) out.push(`- ${w.status}: \`${w.rule}\` at ${cell(w.clause)} (approved by ${w.approvedBy}, expires ${w.expires})${w.unknownRule ? `: ${cell(unknownRuleText(w))}` : ''}`);
  return `${out.join('\n').trimEnd()}\n`;
}

// JUnit XML for CI dashboards: one testsuite per document, one testcase per rule, a failure for its unwaived findings.
import type { Finding, RunReport } from '../model/index.js';
import type { FormatContext } from './types.js';
import { acceptanceLabel, clauseTitle, escapeXml as x, isAccepted, rulesOf } from './common.js';

function findingText(f: Finding): string {
  const lines = [`${f.line}:${f.column} ${f.severity} ${f.message} [${clauseTitle(f)}]`];
  if (f.evidence) lines.push(`  evidence: ${f.evidence}`);
  if (f.recommendation) lines.push(`  fix: ${f.recommendation}`);
  return lines.join('\n');
}

export function formatJunit(report: RunReport, ctx: FormatContext): string {
  const rules = rulesOf(report, ctx.rules);
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const doc of report.documents) {
    const cases: string[] = [];
    let failures = 0;
    for (const rule of rules) {
      const found = doc.findings.filter((f) => f.ruleId === rule.id);
      const failing = found.filter((f) => !isAccepted(f));
      const waived = found.filter(isAccepted);
      const open = `    <testcase classname="${x(doc.path)}" name="${x(rule.id)}">`;
      const body: string[] = [];
      if (failing.length) {
        failures++;
        const worst = failing.find((f) => f.severity === 'error') ?? failing.find((f) => f.severity === 'warning') ?? failing[0]!;
        body.push(`      <failure message="${x(worst.message)}" type="${worst.severity}">${x(failing.map(findingText).join('\n'))}</failure>`);
      }
      if (waived.length) body.push(`      <system-out>${x(waived.map((f) => `${acceptanceLabel(f)}: ${findingText(f)}\n  reason: ${f.waiver?.reason ?? f.suppressed?.reason ?? ''}`).join('\n'))}</system-out>`);
      cases.push(body.length ? `${open}\n${body.join('\n')}\n    </testcase>` : `${open}</testcase>`);
    }
    totalTests += rules.length;
    totalFailures += failures;
    suites.push(`  <testsuite name="${x(doc.path)}" tests="${rules.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${x(report.tool.name)}" tests="${totalTests}" failures="${totalFailures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}

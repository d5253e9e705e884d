// JUnit XML for CI dashboards: one testsuite per document, one testcase per rule, a failure for its unwaived findings.
// Findings that need review are no failure (unless --fail-on-review): they go to system-out and a testsuite property.
import type { Finding, RunReport } from '../model/index.js';
import type { FormatContext } from './types.js';
import { acceptanceLabel, clauseTitle, escapeXml as x, findingPlaces, isAccepted, messageSaysEvidence, needsReview, reviewLabel, rulesOf } from './common.js';

function findingTextOf(f: Finding, place: string): string {
  const lines = [`${f.line}:${f.column} ${f.severity} ${f.message} [${place}]`];
  if (f.evidence && !messageSaysEvidence(f.message, f.evidence)) lines.push(`  evidence: ${f.evidence}`);
  if (f.recommendation) lines.push(`  fix: ${f.recommendation}`);
  return lines.join('\n');
}

export function formatJunit(report: RunReport, ctx: FormatContext): string {
  const rules = rulesOf(report, ctx.rules);
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  const failOnReview = report.run?.failOnReview === true;
  for (const doc of report.documents) {
    const cases: string[] = [];
    let failures = 0;
    let reviews = 0;
    const places = findingPlaces(doc);
    const findingText = (f: Finding): string => findingTextOf(f, places.unnamed(f) ?? clauseTitle(f, places.number(f)));
    for (const rule of rules) {
      const found = doc.findings.filter((f) => f.ruleId === rule.id);
      const unwaived = found.filter((f) => !isAccepted(f));
      const flagged = unwaived.filter(needsReview);
      const review = failOnReview ? [] : flagged;
      const failing = failOnReview ? unwaived : unwaived.filter((f) => !needsReview(f));
      const waived = found.filter(isAccepted);
      reviews += flagged.length;
      const open = `    <testcase classname="${x(doc.path)}" name="${x(rule.id)}">`;
      const body: string[] = [];
      if (failing.length) {
        failures++;
        const worst = failing.find((f) => f.severity === 'error') ?? failing.find((f) => f.severity === 'warning') ?? failing[0]!;
        body.push(`      <failure message="${x(worst.message)}" type="${worst.severity}">${x(failing.map((f) => (needsReview(f) ? `${reviewLabel(f)}: ${findingText(f)}` : findingText(f))).join('\n'))}</failure>`);
      }
      const out = [
        ...review.map((f) => `${reviewLabel(f)}: ${findingText(f)}`),
        ...waived.map((f) => `${acceptanceLabel(f)}: ${findingText(f)}\n  reason: ${f.waiver?.reason ?? f.suppressed?.reason ?? ''}`),
      ];
      if (out.length) body.push(`      <system-out>${x(out.join('\n'))}</system-out>`);
      cases.push(body.length ? `${open}\n${body.join('\n')}\n    </testcase>` : `${open}</testcase>`);
    }
    totalTests += rules.length;
    totalFailures += failures;
    const props = [
      ...(doc.amendment ? ['      <property name="clausecheck.amendment" value="true"/>'] : []),
      ...(reviews ? [`      <property name="clausecheck.needsReview" value="${reviews}"/>`] : []),
    ];
    const properties = props.length ? `    <properties>\n${props.join('\n')}\n    </properties>\n` : '';
    suites.push(`  <testsuite name="${x(doc.path)}" tests="${rules.length}" failures="${failures}" errors="0" skipped="0">\n${properties}${cases.join('\n')}\n  </testsuite>`);
  }
  // An input the run could not check is a suite whose one test ('check') errs, as CI tools count a test that could not run.
  const unchecked = report.unchecked ?? [];
  for (const u of unchecked) {
    suites.push(`  <testsuite name="${x(u.path)}" tests="1" failures="0" errors="1" skipped="0">\n    <testcase classname="${x(u.path)}" name="check">\n      <error message="${x(u.message)}" type="${x(u.code)}">${x(`${u.path}: ${u.message}`)}</error>\n    </testcase>\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${x(report.tool.name)}" tests="${totalTests + unchecked.length}" failures="${totalFailures}" errors="${unchecked.length}">\n${suites.join('\n')}\n</testsuites>\n`;
}

// `clausecheck rules list|show` as text.
import type { RuleInfo } from './types.js';

export function formatRuleList(rules: readonly RuleInfo[]): string {
  if (rules.length === 0) return 'No rules in the active packs.\n';
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.title}`);
  return `${lines.join('\n')}\n\n${rules.length} rules\n`;
}

export function formatRuleShow(rule: RuleInfo): string {
  const out = [`${rule.id} (${rule.severity}, pack ${rule.pack})`, rule.title, ''];
  // The message its findings carry, placeholders as written ({{clause}}: where; {{evidence}}: the words found).
  if (rule.message) out.push('Finding message:', `  ${rule.message}`, '');
  if (rule.rationale) out.push('Why it matters:', `  ${rule.rationale}`, '');
  if (rule.recommendation) out.push('What to do:', `  ${rule.recommendation}`, '');
  if (rule.variants?.length) {
    // A variant's own advice replaces the rule's for the clauses it picks (no-challenge: a termination right is no bar to delete).
    out.push('Variants (the first whose patterns match a reported clause sets the severity and message, and its own advice where it gives it; one without a message keeps the rule\'s):');
    for (const v of rule.variants) {
      out.push(`  - ${v.severity}${v.message ? `: ${v.message}` : ''}`);
      if (v.rationale) out.push(`    Why it matters: ${v.rationale}`);
      if (v.recommendation) out.push(`    What to do: ${v.recommendation}`);
    }
    out.push('');
  }
  if (rule.references.length) out.push('References:', ...rule.references.map((r) => `  - ${r}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** What `test-pack` prints: one line per case, then the pack's problems and a total. */
export function formatPackTest(result: { pack: string; ok: boolean; problems: readonly string[]; cases: readonly { ruleId: string; name: string; ok: boolean; failures: readonly string[] }[] }): string {
  const out = [`pack ${result.pack}`];
  for (const c of result.cases) {
    // The tester names a case after its rule ('acme/notice#1: 15 days'): the rule id is said once, not twice.
    out.push(`  ${c.ok ? '✔' : '✖'} ${c.name.startsWith(`${c.ruleId}#`) ? c.name : `${c.ruleId}: ${c.name}`}`);
    for (const f of c.failures) out.push(`      ${f}`);
  }
  for (const p of result.problems) out.push(`  ✖ ${p}`);
  const failed = result.cases.filter((c) => !c.ok).length;
  out.push('', `${result.cases.length - failed} passed, ${failed} failed${result.problems.length ? `, ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}` : ''}`);
  return `${out.join('\n')}\n`;
}

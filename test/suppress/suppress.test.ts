import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';
import { applySuppressions, findSuppressionMarkers, SUPPRESSION_INVALID, UNUSED_SUPPRESSION } from '../../src/suppress/index.js';
import type { Finding } from '../../src/model/index.js';

const packs = loadBuiltinPacks().filter((p) => ['antitrust', 'precision'].includes(p.id));

async function run(text: string, path = 'agreement.md', knownRules?: ReadonlySet<string>) {
  const a = analyze(sourceFromText(text, path));
  const findings = await evaluate(a, packs);
  return { a, before: findings, ...applySuppressions(a.source, a.tree, findings, knownRules ? { knownRules } : {}) };
}
const byRule = (fs: readonly Finding[], id: string) => fs.filter((f) => f.ruleId === id);

const NO_CHALLENGE = '8.4 Beta shall not, directly or indirectly, challenge or assist any third party in challenging the validity or enforceability of any Licensed Patent.';
const PLACEHOLDER = '8.5 Beta shall pay Alpha a fee of [●] for each challenge procedure.';

describe('applySuppressions on Markdown', () => {
  it('marks the finding of the next clause suppressed, with its reason, and keeps it in the report', async () => {
    const text = `## 8. Licensed Patents\n\n<!-- clausecheck-disable-next-clause antitrust/no-challenge -- accepted by counsel (J. Doe): limited to the SEP pool, see memo 2025-03 -->\n${NO_CHALLENGE}\n\n${PLACEHOLDER}\n`;
    const { before, findings, problems } = await run(text);
    expect(byRule(before, 'antitrust/no-challenge')).toHaveLength(1);
    const [nc] = byRule(findings, 'antitrust/no-challenge');
    expect(nc?.suppressed).toEqual({ reason: 'accepted by counsel (J. Doe): limited to the SEP pool, see memo 2025-03' });
    expect(nc?.clauseNumber).toBe('8.4');
    // Only the named rule, only the next clause.
    expect(byRule(findings, 'precision/placeholder').every((f) => f.suppressed === undefined)).toBe(true);
    expect(problems).toEqual([]);
    expect(findings).toHaveLength(before.length);
  });

  it('covers the sub-clauses of a section and accepts several rules and pack wildcards', async () => {
    const text = `<!-- clausecheck-disable-next-clause antitrust/no-challenge, precision/* -- negotiated position, approved by the GC -->\n## 8. Licensed Patents\n\n${NO_CHALLENGE}\n\n${PLACEHOLDER}\n\n## 9. Term\n\n9.1 The Effective Date is [●].\n`;
    const { findings, problems } = await run(text);
    const in8 = findings.filter((f) => f.clauseNumber?.startsWith('8.'));
    expect(in8.length).toBeGreaterThanOrEqual(2);
    expect(in8.every((f) => f.suppressed?.reason === 'negotiated position, approved by the GC')).toBe(true);
    const in9 = findings.filter((f) => f.clauseNumber === '9.1');
    expect(in9.length).toBeGreaterThan(0);
    expect(in9.every((f) => f.suppressed === undefined)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('reports a marker without a reason as an error finding at the marker, and suppresses nothing', async () => {
    const text = `## 8. Licensed Patents\n\n<!-- clausecheck-disable-next-clause antitrust/no-challenge -->\n${NO_CHALLENGE}\n`;
    const { findings, problems } = await run(text);
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p?.ruleId).toBe(SUPPRESSION_INVALID);
    expect(p?.severity).toBe('error');
    expect(p?.message).toMatch(/no reason/);
    expect(p?.line).toBe(3);
    expect(p?.column).toBe(1);
    expect(p?.clauseNumber).toBe('8.4');
    expect(byRule(findings, 'antitrust/no-challenge')[0]?.suppressed).toBeUndefined();
    expect(findings).toContainEqual(p);
  });

  it('rejects unknown directives, malformed ids and, when told the active rules, unknown rule ids', async () => {
    const text = `## 8. Licensed Patents\n\n<!-- clausecheck-disable antitrust/no-challenge -- typo in the directive -->\n${NO_CHALLENGE}\n\n<!-- clausecheck-disable-next-clause No Challenge -- free text instead of an id -->\n${PLACEHOLDER}\n`;
    const { problems } = await run(text);
    expect(problems.map((p) => p.message)).toEqual([
      'Invalid suppression marker: it uses an unknown directive "clausecheck-disable" (the only one is clausecheck-disable-next-clause).',
      'Invalid suppression marker: it names "No", which is not a rule id (pack/rule or pack/*).',
    ]);
    const typo = `## 8. Licensed Patents\n\n<!-- clausecheck-disable-next-clause antitrust/no-chalenge -- accepted -->\n${NO_CHALLENGE}\n`;
    const known = new Set(packs.flatMap((p) => p.rules.map((r) => r.id)));
    const r = await run(typo, 'a.md', known);
    expect(r.problems.map((p) => [p.ruleId, p.message])).toEqual([[SUPPRESSION_INVALID, 'Invalid suppression marker: it names "antitrust/no-chalenge", which is not an active rule.']]);
  });

  it('reports a marker that silences nothing as an unused-suppression warning', async () => {
    const text = `## 8. Licensed Patents\n\n<!-- clausecheck-disable-next-clause antitrust/no-challenge antitrust/price-fixing -- reviewed -->\n${NO_CHALLENGE}\n\n<!-- clausecheck-disable-next-clause antitrust/no-challenge -- stale: the clause was redrafted -->\n8.6 Nothing in this Agreement prevents either Party from challenging the validity of any patent.\n`;
    const { problems } = await run(text);
    expect(problems.map((p) => [p.ruleId, p.severity, p.clauseNumber, p.message])).toEqual([
      [UNUSED_SUPPRESSION, 'warning', '8.4', 'Unused suppression: antitrust/price-fixing raised no finding in the clause it applies to.'],
      [UNUSED_SUPPRESSION, 'warning', '8.6', 'Unused suppression: antitrust/no-challenge raised no finding in the clause it applies to.'],
    ]);
  });

  it('reports a marker at the end of the document', async () => {
    const { problems } = await run(`## 8. Licensed Patents\n\n${NO_CHALLENGE}\n\n<!-- clausecheck-disable-next-clause antitrust/no-challenge -- too late -->\n`);
    expect(problems.map((p) => p.message)).toEqual(['Invalid suppression marker: it is not followed by any clause.']);
  });
});

describe('applySuppressions on plain text (also Word and HTML text)', () => {
  it('reads the bracket marker on its own line', async () => {
    const text = `1. LICENCE\n\n1.1 Alpha grants to Beta a non-exclusive licence under the Licensed Patents.\n\n2. LICENSED PATENTS\n\n[clausecheck-disable-next-clause antitrust/no-challenge -- accepted: mirror of our own standard terms]\n\n2.1 Beta shall not, directly or indirectly, challenge the validity or enforceability of any Licensed Patent.\n\n2.2 Beta shall pay Alpha a fee of [●] for each challenge procedure.\n`;
    const { findings, problems } = await run(text, 'agreement.txt');
    const nc = byRule(findings, 'antitrust/no-challenge');
    expect(nc).toHaveLength(1);
    expect(nc[0]?.suppressed?.reason).toBe('accepted: mirror of our own standard terms');
    expect(problems).toEqual([]);
    // The marker is not itself taken for a placeholder.
    const placeholders = byRule(findings, 'precision/placeholder');
    expect(placeholders).toHaveLength(1);
    expect(placeholders[0]?.evidence).toContain('Beta shall pay Alpha a fee of [●]');
    expect(placeholders[0]?.evidence).not.toContain('clausecheck');
  });
});

describe('findSuppressionMarkers', () => {
  it('is empty and cheap for a document without markers', () => {
    const a = analyze(sourceFromText(`## 8. Licensed Patents\n\n${NO_CHALLENGE}\n`, 'a.md'));
    expect(findSuppressionMarkers(a.source, a.tree)).toEqual([]);
  });
  it('lets two markers in a row apply to the same clause', () => {
    const text = `<!-- clausecheck-disable-next-clause antitrust/no-challenge -- one -->\n<!-- clausecheck-disable-next-clause precision/placeholder -- two -->\n${NO_CHALLENGE}\n`;
    const a = analyze(sourceFromText(text, 'a.md'));
    const markers = findSuppressionMarkers(a.source, a.tree);
    expect(markers.map((m) => [m.rules, m.reason, m.problem])).toEqual([[['antitrust/no-challenge'], 'one', null], [['precision/placeholder'], 'two', null]]);
    expect(markers[0]?.targetClauseId).toBe(markers[1]?.targetClauseId);
    expect(markers[0]?.targetClauseId).not.toBeNull();
  });
});

// Explanations: for every rule, fired or not, the conditions that held or failed and the values they saw
// (clause labels and excerpts for clause lists), and a plain-text rendering of them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, explain, loadBuiltinPacks, renderExplanation, type ConditionExplanation, type RuleExplanation } from '../../src/rules/index.js';

const flawed = analyze(sourceFromText(readFileSync('fixtures/flawed-cross-license.md', 'utf8'), 'flawed-cross-license.md'));
const oneWay = analyze(sourceFromText(readFileSync('fixtures/one-way-license.md', 'utf8'), 'one-way-license.md'));
const packs = loadBuiltinPacks();
const byId = (rules: readonly RuleExplanation[], id: string) => rules.find((r) => r.ruleId === id) as RuleExplanation;
const leaves = (c: ConditionExplanation | undefined): ConditionExplanation[] => (!c ? [] : c.kind === 'fact' ? [c] : (c.children ?? []).flatMap(leaves));

describe('explain', () => {
  it('returns the same findings as evaluate, and one explanation per active rule', async () => {
    const r = await explain(flawed, packs);
    expect(r.findings).toEqual(await evaluate(flawed, packs));
    const ids = r.rules.map((x) => x.ruleId);
    expect(ids).toEqual([...new Set(packs.flatMap((p) => p.rules.map((x) => x.id)))].sort());
    for (const x of r.rules) expect(x.findings).toBe(r.findings.filter((f) => f.ruleId === x.ruleId).length);
  });

  it('for a rule that fired: the selecting condition, its operator and value, and the clauses it saw with excerpts', async () => {
    const rule = byId((await explain(flawed, packs)).rules, 'antitrust/price-fixing');
    expect(rule.fired).toBe(true);
    expect(rule.findings).toBe(2);
    expect(rule.failedBecause).toEqual([]);
    const [cond] = leaves(rule.conditions).filter((c) => c.fact === 'clauses' && c.operator === 'nonEmpty');
    expect(cond).toMatchObject({ verdict: 'held', expected: true, params: { label: 'a clause fixing or limiting prices' } });
    expect(cond?.seen?.kind).toBe('clauses');
    if (cond?.seen?.kind !== 'clauses') return;
    expect(cond.seen.count).toBe(2);
    expect(cond.seen.clauses.map((c) => c.clause)).toEqual(['Section 3.2 (Royalty Adjustment)', 'Section 4.1 (Minimum Prices)']);
    expect(cond.seen.clauses[1]?.excerpt).toMatch(/^Beta shall not sell Licensed Products at prices below/);
  });

  it('for a rule that did not fire: the condition that failed and what it saw instead', async () => {
    const rule = byId((await explain(flawed, packs)).rules, 'exit/term-undefined');
    expect(rule.fired).toBe(false);
    expect(rule.failedBecause).toHaveLength(1);
    const why = rule.failedBecause[0] as ConditionExplanation;
    expect(why).toMatchObject({ fact: 'clauses', operator: 'isEmpty', expected: true, verdict: 'failed' });
    expect(why.seen?.kind === 'clauses' && why.seen.clauses.map((c) => c.clause)).toContain('Section 7.1 (Term)');
  });

  it('a gate that failed in a multi-condition rule is named, the conditions that held are shown as held', async () => {
    const rule = byId((await explain(flawed, packs)).rules, 'governance/committee-incomplete');
    expect(rule.fired).toBe(false);
    expect(rule.failedBecause.map((c) => c.params?.['label'])).toEqual(['a joint committee']);
    expect(leaves(rule.conditions).filter((c) => c.verdict === 'held').length).toBeGreaterThan(0);
  });

  it('non-clause facts show the value the operator compared (after the path)', async () => {
    const r = await explain(flawed, packs);
    const all = r.rules.flatMap((x) => leaves(x.conditions));
    const directions = all.find((c) => c.fact === 'grantDirections' && c.path === '$.directions' && c.operator === 'lessThan');
    expect(directions).toMatchObject({ verdict: 'failed', expected: 2, seen: { kind: 'value', value: 2 } });
    const differences = all.find((c) => c.fact === 'grantComparison' && c.path === '$.differenceCount');
    // Exclusivity, territory, sublicensing, transferability, and the rights ('make and sell' against 'make, use, sell and import').
    expect(differences).toMatchObject({ verdict: 'held', seen: { kind: 'value', value: 5 } });
  });

  it('cross-license-only rules are reported as skipped on a one-way licence', async () => {
    const r = await explain(oneWay, packs);
    const rule = byId(r.rules, 'reciprocity/asymmetric-scope');
    expect(rule).toMatchObject({ fired: false, findings: 0 });
    expect(rule.skipped).toMatch(/cross-licenses only.*license/);
  });
});

describe('renderExplanation', () => {
  it('prints fired rules first, then why the others did not fire, with clause labels and excerpts', async () => {
    const text = renderExplanation((await explain(flawed, packs)).rules);
    const fired = text.indexOf('antitrust/price-fixing [error] fired (2 findings)');
    const notFired = text.indexOf('exit/term-undefined [warning] did not fire');
    expect(fired).toBeGreaterThanOrEqual(0);
    expect(notFired).toBeGreaterThan(fired);
    const block = text.slice(notFired, text.indexOf('\n\n', notFired));
    expect(block).toContain('because:');
    expect(block).toMatch(/✗ clauses "a term, expiry or sunset" isEmpty true — saw \d clauses:/);
    expect(block).toContain('Section 7.1 (Term): "This Agreement shall remain in force');
    expect(text).not.toMatch(/saw undefined|\[object Object\]/);
  });

  it('can list only the rules that fired', async () => {
    const rules = (await explain(flawed, packs)).rules;
    const text = renderExplanation(rules, { firedOnly: true });
    expect(text).not.toContain('did not fire');
    expect(text.split('\n\n')).toHaveLength(rules.filter((r) => r.fired).length);
  });
});

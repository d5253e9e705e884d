// The monetization, governance and precision packs hold exactly the rules of shared/spec/rule-catalogue.md (ids and
// default severities); every case of the example playbook passes the pack tester. (The built-in packs' cases run in
// test/rules/packs.test.ts.)
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRulesDir, loadPack, testLoadedPack } from '../../src/rules/index.js';

const CATALOGUE: Record<string, Record<string, 'error' | 'warning' | 'info'>> = {
  monetization: {
    'model-unstated': 'warning', 'royalty-incomplete': 'error', 'payment-terms-missing': 'warning',
    'audit-missing': 'warning', 'reporting-missing': 'info', 'renewal-triggers-missing': 'info',
  },
  governance: {
    'dispute-resolution-missing': 'warning', 'governing-law-missing': 'warning', 'confidentiality-missing': 'warning',
    'data-security-missing': 'info', 'committee-incomplete': 'info', 'contingency-missing': 'info',
  },
  precision: {
    placeholder: 'error', 'undefined-term': 'warning', 'unused-definition': 'info', 'duplicate-definition': 'warning',
    'dangling-reference': 'error', 'number-mismatch': 'error', 'vague-term': 'info', 'licensed-ip-unspecified': 'warning',
    'exclusivity-unstated': 'warning', 'foreign-term': 'info',
  },
};

const ONLY = process.env['PACK'];
const dirs = [...Object.keys(CATALOGUE).map((id) => join(builtinRulesDir(), id)), join(import.meta.dirname, '../../examples/acme-playbook'), join(import.meta.dirname, '../../examples/northwind-playbook')]
  .filter((d) => !ONLY || d.endsWith(ONLY));

for (const dir of dirs) {
  const pack = loadPack(dir);
  describe(pack.id, async () => {
    const expected = CATALOGUE[pack.id];
    if (expected) {
      it('holds the catalogue rules with their default severities', () => {
        const own = Object.fromEntries(pack.rules.filter((r) => r.pack === pack.id).map((r) => [r.id.split('/')[1], r.severity]));
        expect(own).toEqual(expected);
      });
    }
    if (expected) return;
    const result = await testLoadedPack(pack);
    it('has a firing case and a near-miss for every rule, without duplicates', () => {
      expect(result.problems).toEqual([]);
    });
    for (const c of result.cases) {
      it(c.name, () => {
        expect(c.failures).toEqual([]);
      });
    }
    if (pack.id === 'acme-playbook') {
      it('grades a position ladder with variants (the first matching variant sets the severity)', () => {
        const severityOf = (name: string) => result.cases.find((c) => c.name.endsWith(name))?.findings.map((f) => f.severity);
        expect(severityOf('15 days (walk-away, error variant)')).toEqual(['error']);
        expect(severityOf('45 days (needs approval, warning)')).toEqual(['warning']);
        expect(severityOf('4% (warning)')).toEqual(['warning']);
        expect(severityOf('6.5% (error variant)')).toEqual(['error']);
      });
      it('extends the exit pack with its overrides and declares its own clause type', () => {
        const ids = pack.rules.map((r) => r.id);
        expect(ids).toContain('exit/cure-period-missing');
        expect(ids).not.toContain('exit/term-undefined');
        expect(pack.rules.find((r) => r.id === 'exit/transition-missing')?.severity).toBe('warning');
        expect(pack.clauseTypes.map((t) => t.id)).toEqual(['export-control']);
      });
    }
  });
}

// examples/northwind-project end to end through the CLI, as docs/authoring.md walks a rule author through it: the config
// names the house pack (examples/northwind-playbook: its own clause types, a sentence-scoped guard, {{matched}} in a
// ladder's variant, mentions outside defined terms, conditions on facts), raises one rule's severity, and names a
// waivers file whose waiver accepts one finding. The pack's own cases run in packs-extra.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, spawnCli } from '../cli/helpers.js';

const PROJECT = join(ROOT, 'examples', 'northwind-project');

interface Finding { ruleId: string; severity: string; clauseNumber: string | null; message: string; waived: boolean; waiver?: { approvedBy: string } }

describe('examples/northwind-project', () => {
  const r = spawnCli(['check', '--format', 'json', 'deals/orion-cross-licence.md'], { cwd: PROJECT });
  const report = JSON.parse(r.stdout) as { run: { packs: { id: string }[] }; documents: { findings: Finding[] }[] };
  const findings = report.documents[0]?.findings ?? [];
  const by = (name: string) => findings.find((f) => f.ruleId === `northwind-playbook/${name}`);

  it('loads the pack the config names, and only it', () => {
    expect(r.stderr).toBe('');
    expect(report.run.packs.map((p) => p.id)).toEqual(['northwind-playbook']);
  });

  it('reports each house position where the deal departs from it', () => {
    expect(findings.map((f) => [f.ruleId.split('/')[1], f.severity, f.clauseNumber])).toEqual([
      // info in the pack; the config raises it
      ['patent-marking-missing', 'warning', '2'],
      ['export-control-on-transfer', 'error', '3'],
      ['best-efforts', 'warning', '3.1'],
      ['covenant-minimum-term', 'warning', '4.1'],
      // the ladder's variant: an audit "at any time"
      ['audit-frequency', 'error', '5.2'],
      ['mfl-notice', 'warning', '6.1'],
      ['governing-law-allowed', 'error', '7.1'],
    ]);
    expect(by('covenant-minimum-term')?.message).toContain('for less than five years ("for a period of two (2) years")');
    expect(by('audit-frequency')?.message).toMatch(/^Section 5\.2 lets the auditor come "at any time", not once a year: /);
    expect(by('best-efforts')?.message).toMatch(/^Section 3\.1 binds a party to best efforts: /);
    // California law, though New York's courts are named in the next sentence.
    expect(by('governing-law-allowed')?.message).toContain('"This Agreement is governed by the laws of the State of California."');
  });

  it("applies the waivers file the config names: the finding stays, waived, and does not fail the gate alone", () => {
    expect(by('governing-law-allowed')?.waived).toBe(true);
    expect(findings.filter((f) => f.waived).length).toBe(1);
    // The two unwaived errors fail the gate.
    expect(r.code).toBe(1);
  });
});

describe('examples/northwind-playbook/README.md', () => {
  it('names every rule file of the pack and every clause type it declares', () => {
    const dir = join(ROOT, 'examples', 'northwind-playbook');
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const pack = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8')) as { rules: string[]; clauseTypes: { id: string }[] };
    for (const rule of pack.rules) expect(readme).toContain(`\`${rule}.json\``);
    for (const type of pack.clauseTypes) expect(readme).toContain(`\`${type.id}\``);
  });
});

// `clausecheck check --explain`: the report stays on standard output in its format; standard error explains,
// per document, why each rule fired or did not.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../cli/helpers.js';

describe('check --explain', () => {
  it('keeps the JSON report parseable and explains fired and silent rules on standard error', async () => {
    const r = await run(['check', '--format', 'json', '--fail-on', 'never', '--explain', 'fixtures/flawed-cross-license.md']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { documents: { findings: { ruleId: string }[] }[] };
    const priceFixing = report.documents[0]?.findings.filter((f) => f.ruleId === 'antitrust/price-fixing').length;
    expect(r.stderr).toMatch(/^== fixtures\/flawed-cross-license\.md \(cross-license\): why each rule fired or not\n/);
    expect(r.stderr).toContain(`antitrust/price-fixing [error] fired (${priceFixing} findings)`);
    expect(r.stderr).toMatch(/exit\/term-undefined \[warning\] did not fire[^\n]*\n  because:\n    ✗ clauses "a term, expiry or sunset" isEmpty true — saw \d clauses:/);
    expect(r.stderr).toContain('Section 7.1 (Term): "This Agreement shall remain in force');
  });

  it("says that a Google Docs export's reviewer comments are read as comments, not clauses", async () => {
    const r = await run(['check', '--format', 'json', '--fail-on', 'never', '--explain', 'test/agreements/l-gdocs-markdown-cloud-software-cross-license.md']);
    expect(r.stderr).toContain('2 reviewer comments after the agreement (lines 151-153, a Google Docs export\'s) read as comments, not clauses: no rule reads them\n');
    const flawed = await run(['check', '--format', 'json', '--fail-on', 'never', '--explain', 'fixtures/flawed-cross-license.md']);
    expect(flawed.stderr).not.toContain('reviewer comment');
  });

  it('says where a parallel agreement makes its other version prevail: the English it judged is a translation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-prevails-'));
    const text = [
      'PATENT CROSS-LICENSE AGREEMENT', 'ACCORD DE LICENCE CROISÉE DE BREVETS',
      '1.1 Each Party grants to the other a non-exclusive licence under its Licensed Patents for the term of this Agreement.',
      "1.1 Chaque Partie concède à l'autre une licence non exclusive sur ses Brevets Licenciés pour la durée du présent Accord.",
      '1.2 This Agreement is made in English and in French. In case of conflict, the French version shall prevail.',
      '1.2 Le présent Accord est rédigé en anglais et en français. En cas de contradiction, la version française prévaudra.',
    ].join('\n\n');
    writeFileSync(join(dir, 'accord.txt'), text);
    const r = await run(['check', '--format', 'json', '--fail-on', 'never', '--explain', join(dir, 'accord.txt')]);
    expect(r.stderr).toContain('the agreement says the French version prevails: the English judged here is a convenience translation');
    // near miss: where the English prevails, nothing is said
    writeFileSync(join(dir, 'accord.txt'), text.replace('the French version shall prevail', 'the English version shall prevail'));
    const english = await run(['check', '--format', 'json', '--fail-on', 'never', '--explain', join(dir, 'accord.txt')]);
    expect(english.stderr).toContain('in French, a parallel version of the English text');
    expect(english.stderr).not.toContain('a convenience translation');
  });

  it('prints nothing extra without the flag', async () => {
    const r = await run(['check', '--format', 'json', '--fail-on', 'never', 'fixtures/flawed-cross-license.md']);
    expect(r.stderr).not.toContain('why each rule fired');
  });
});

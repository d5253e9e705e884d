import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, RunReport } from '../../src/model/index.js';
import { FIXTURES, run } from './helpers.js';

const FLAWED = join(FIXTURES, 'placeholder-license.md');

async function report(argv: string[], cwd?: string): Promise<{ code: number; report: RunReport; stderr: string }> {
  const r = await run(['check', ...argv, '--format', 'json'], cwd ? { cwd } : {});
  expect(r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as RunReport, stderr: r.stderr };
}

function tempFile(name: string, content: string): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'clausecheck-waivers-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return { dir, path };
}

const errorsOf = (r: RunReport): Finding[] => r.documents.flatMap((d) => d.findings).filter((f) => f.severity === 'error');

describe('waivers', () => {
  it('waive findings by clause number or fingerprint: kept in the report, marked, and not failing the gate', async () => {
    const before = await report([FLAWED]);
    const errors = errorsOf(before.report);
    expect(before.code).toBe(1);
    expect(errors.length).toBeGreaterThan(1);
    const waivers = errors.map((f, i) => ({
      rule: f.ruleId,
      clause: i % 2 === 0 && f.clauseNumber ? f.clauseNumber : f.fingerprint!,
      reason: 'Placeholder is filled in by the signing memo',
      approvedBy: 'A. Counsel',
      expires: '2099-12-31',
    }));
    const { path } = tempFile('waivers.json', JSON.stringify({ waivers }));
    const after = await report([FLAWED, '--waivers', path]);
    expect(after.code).toBe(0);
    expect(after.report.summary.gate).toBe('pass');
    expect(after.report.summary.findings.error).toBe(0);
    expect(after.report.summary.waived).toBeGreaterThanOrEqual(errors.length);
    const all = after.report.documents[0]!.findings;
    expect(all.length).toBe(before.report.documents[0]!.findings.length);
    for (const f of all.filter((x) => x.severity === 'error')) {
      expect(f.waived).toBe(true);
      expect(f.waiver).toEqual({ reason: 'Placeholder is filled in by the signing memo', approvedBy: 'A. Counsel', expires: '2099-12-31' });
    }
    expect(after.report.waivers).toEqual([]);
    const stylish = await run(['check', FLAWED, '--waivers', path]);
    expect(stylish.stdout).toContain('(waived)');
  });

  it('reports expired and unmatched waivers, and an expired one stops applying', async () => {
    const err = errorsOf((await report([FLAWED])).report)[0]!;
    const waivers = [
      { rule: err.ruleId, clause: err.fingerprint!, reason: 'old deal', approvedBy: 'B. Boss', expires: '2001-01-01' },
      { rule: 'exit/termination-missing', clause: '99.9', reason: 'not relevant', approvedBy: 'B. Boss', expires: '2099-01-01' },
    ];
    const { path } = tempFile('w.json', JSON.stringify({ waivers }));
    const r = await report([FLAWED, '--waivers', path]);
    expect(r.code).toBe(1);
    expect(r.report.documents[0]!.findings.find((f) => f.fingerprint === err.fingerprint)!.waived).toBe(false);
    expect(r.report.waivers!.map((w) => [w.status, w.rule])).toEqual([['expired', err.ruleId], ['unmatched', 'exit/termination-missing']]);
    const stylish = await run(['check', FLAWED, '--waivers', path]);
    expect(stylish.stdout).toContain(`⚠ waiver for ${err.ruleId} at ${err.fingerprint} (approved by B. Boss) expired on 2001-01-01`);
    expect(stylish.stdout).toContain('matched no finding');
  });

  it('names a waiver whose rule the run does not have, with the nearest rule ids, and not one whose rule merely found nothing', async () => {
    const err = errorsOf((await report([FLAWED])).report)[0]!;
    // a letter dropped from a rule id that has a finding here; an id near no rule; a real rule with no finding at 99.9
    const typo = err.ruleId.replace(/(.)(.)$/, '$2');
    const waivers = [
      { rule: typo, clause: err.fingerprint!, reason: 'filled in at signing', approvedBy: 'A. Counsel', expires: '2099-01-01' },
      { rule: 'house/our-own-style', clause: '2', reason: 'house style', approvedBy: 'A. Counsel', expires: '2099-01-01' },
      { rule: 'exit/termination-missing', clause: '99.9', reason: 'not relevant', approvedBy: 'B. Boss', expires: '2099-01-01' },
    ];
    const { path } = tempFile('w.json', JSON.stringify({ waivers }));
    const r = await report([FLAWED, '--waivers', path]);
    expect(r.report.waivers!.map((w) => [w.rule, w.unknownRule, w.didYouMean])).toEqual([
      [typo, true, [err.ruleId]],
      ['house/our-own-style', true, undefined],
      ['exit/termination-missing', undefined, undefined],
    ]);
    const stylish = await run(['check', FLAWED, '--waivers', path]);
    expect(stylish.stdout).toContain(`⚠ waiver for ${typo} at ${err.fingerprint} (approved by A. Counsel) matched no finding: no rule of the run is named "${typo}"; did you mean "${err.ruleId}"?`);
    expect(stylish.stdout).toContain('(approved by A. Counsel) matched no finding: no rule of the run is named "house/our-own-style"\n');
    expect(stylish.stdout).toContain('⚠ waiver for exit/termination-missing at 99.9 (approved by B. Boss) matched no finding\n');
    const markdown = await run(['check', FLAWED, '--waivers', path, '--format', 'markdown']);
    expect(markdown.stdout).toContain(`: matched no finding: no rule of the run is named "${typo}"; did you mean "${err.ruleId}"?`);
  });

  it.each([
    [{ waivers: [{ rule: 'a/b', clause: '1', reason: 'r', expires: '2030-01-01' }] }, '$.waivers[0].approvedBy: required field is missing'],
    [{ waivers: [{ rule: 'a/b', clause: '1', reason: 'r', approvedBy: 'x', expires: '31/12/2030' }] }, '$.waivers[0].expires: must be a date YYYY-MM-DD'],
    [{ waivers: [{ rule: 'a/b', clause: '1', reason: 'r', approvedBy: 'x', expires: '2030-02-31x' }] }, '$.waivers[0].expires'],
    [{ waivers: [{ rule: 'a/b', clause: '1', reason: '', approvedBy: 'x', expires: '2030-01-01' }] }, '$.waivers[0].reason'],
    [[], '$: '],
    [{ waivers: [{ rule: 'a/b', clause: '1', reason: 'r', approvedBy: 'x', expires: '2030-01-01', extra: 1 }] }, '$.waivers[0]'],
  ])('rejects an invalid waivers file with exit 2 naming the file and JSON path (%#)', async (content, where) => {
    const { dir } = tempFile('waivers.json', JSON.stringify(content));
    const r = await run(['check', FLAWED, '--waivers', 'waivers.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`clausecheck: waivers.json: ${where}`);
  });

  // Worded as a config's problems are (before: zod's 'Invalid input: expected object, received array', 'Unrecognized
  // key: "reson"' with no key meant, 'expected string, received number').
  it.each([
    [[{ rule: 'a/b', clause: '1', reason: 'r', approvedBy: 'x', expires: '2030-01-01' }], '$: expected an object, found a list: put the list under "waivers" ({"waivers": [...]})'],
    [{ waivers: [{ rule: 'a/b', clause: '1', reson: 'r', approvedBy: 'x', expires: '2030-01-01' }] }, '$.waivers[0].reson: unknown key "reson"; did you mean "reason"?'],
    [{ waivers: [{ rule: 'a/b', clause: 3.2, reason: 'r', approvedBy: 'x', expires: '2030-01-01' }] }, '$.waivers[0].clause: expected a string, found a number'],
  ])('says what is wrong with a waivers file in words (%#)', async (content, said) => {
    const { dir } = tempFile('waivers.json', JSON.stringify(content));
    const r = await run(['check', FLAWED, '--waivers', 'waivers.json'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, `clausecheck: waivers.json: ${said}\n`]);
  });
});

describe('baseline', () => {
  it('only findings absent from the baseline fail the gate', async () => {
    const first = await run(['check', FLAWED, '--format', 'json']);
    const { dir, path } = tempFile('baseline.json', first.stdout);
    const same = await report([FLAWED, '--baseline', path, '--fail-on', 'info']);
    expect(same.code).toBe(0);
    expect(same.report.documents[0]!.findings.every((f) => f.baseline === true)).toBe(true);
    expect(same.report.summary.baseline).toBe(same.report.documents[0]!.findings.length);

    // A new problem in a new clause is not in the baseline.
    const changed = join(dir, 'placeholder-license.md');
    writeFileSync(changed, `${readFileSync(FLAWED, 'utf8')}\n## 4. Notices\n\n4.1 Notices go to the address stated in [ADDRESS].\n`);
    const next = await report([changed, '--baseline', path]);
    const fresh = next.report.documents[0]!.findings.filter((f) => !f.baseline);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.some((f) => f.clauseNumber === '4.1' && f.severity === 'error')).toBe(true);
    expect(next.code).toBe(1);
  });

  it('rejects a baseline that is not a report', async () => {
    const { path } = tempFile('b.json', JSON.stringify({ documents: [{ findings: [{}] }] }));
    const r = await run(['check', FLAWED, '--baseline', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('$.documents[0].findings[0].ruleId');
    // a file that is no report at all (its package.json, a SARIF log) says what a baseline is
    const other = tempFile('package.json', JSON.stringify({ name: 'deals', version: '1.0.0' }));
    const wrong = await run(['check', FLAWED, '--baseline', other.path]);
    expect(wrong.stderr).toBe(`clausecheck: ${other.path}: $.documents: not a clausecheck JSON report: required field is missing (a baseline is a report written with --format json)\n`);
  });
});

describe('fingerprints', () => {
  it('survive renumbering of the clauses and of cross-references', async () => {
    const text = readFileSync(FLAWED, 'utf8');
    // Every section moves up by one: "## 2." -> "## 3.", "2.1" -> "3.1", "Section 2" -> "Section 3".
    const renumbered = text.replace(/(^|\n)(## |)(\d)(\.\d)?(\.?)(?= )/g, (_m, nl: string, h: string, n: string, sub = '', dot: string) => `${nl}${h}${Number(n) + 1}${sub}${dot}`);
    expect(renumbered).not.toBe(text);
    expect(renumbered).toContain('3.1 Counterparty shall pay Orrin a royalty');
    const { path } = tempFile('renumbered.md', renumbered);
    const a = (await report([FLAWED])).report.documents[0]!.findings;
    const b = (await report([path])).report.documents[0]!.findings;
    const numbered = a.filter((f) => f.clauseNumber);
    expect(numbered.length).toBeGreaterThan(3);
    const fingerprintsB = new Set(b.map((f) => `${f.ruleId} ${f.fingerprint}`));
    for (const f of numbered) expect(fingerprintsB.has(`${f.ruleId} ${f.fingerprint}`), `${f.ruleId} at ${f.clauseNumber}`).toBe(true);
    // Fingerprints are unique within a report.
    expect(new Set(a.map((f) => f.fingerprint)).size).toBe(a.length);
  });
});

describe('gate options and reproducibility', () => {
  it('--max-warnings N fails the gate when there are more unwaived warnings', async () => {
    const base = await report([FLAWED, '--fail-on', 'never']);
    const warnings = base.report.summary.findings.warning;
    expect(warnings).toBeGreaterThan(0);
    expect((await report([FLAWED, '--fail-on', 'never', '--max-warnings', String(warnings)])).code).toBe(0);
    expect((await report([FLAWED, '--fail-on', 'never', '--max-warnings', String(warnings - 1)])).code).toBe(1);
    const bad = await run(['check', FLAWED, '--max-warnings', 'lots']);
    expect(bad.code).toBe(2);
  });

  it('records the tool version, packs with versions, a configuration hash and each document sha256', async () => {
    const a = (await report([FLAWED])).report;
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(a.tool.version).toBe(pkg.version);
    expect(a.run!.packs.length).toBeGreaterThan(0);
    for (const p of a.run!.packs) expect(p.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(a.run!.configHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.documents[0]!.sha256).toBe(createHash('sha256').update(readFileSync(FLAWED)).digest('hex'));
    expect((await report([FLAWED])).report.run!.configHash).toBe(a.run!.configHash);
    expect((await report([FLAWED, '--fail-on', 'warning'])).report.run!.configHash).not.toBe(a.run!.configHash);
    const onePack = (await report([FLAWED, '--pack', a.run!.packs[0]!.id])).report;
    expect(onePack.run!.packs).toEqual([a.run!.packs[0]]);
    expect(onePack.run!.configHash).not.toBe(a.run!.configHash);
  });
});

describe('suppression markers in the document', () => {
  it('keep the finding, marked, out of the gate, and carry the reason into SARIF', async () => {
    const text = readFileSync(FLAWED, 'utf8').replace('2.1 Counterparty shall pay', '<!-- clausecheck-disable-next-clause precision/placeholder -- blanks are filled from the signing memo -->\n\n2.1 Counterparty shall pay');
    const { dir } = tempFile('suppressed.md', text);
    const r = await report(['suppressed.md', '--fail-on', 'never'], dir);
    const placeholder = r.report.documents[0]!.findings.find((f) => f.ruleId === 'precision/placeholder' && f.clauseNumber === '2.1')!;
    expect(placeholder.suppressed).toEqual({ reason: 'blanks are filled from the signing memo' });
    const before = (await report([FLAWED, '--fail-on', 'never'])).report.summary;
    expect(r.report.summary.findings.error).toBe(before.findings.error - 1);
    expect(r.report.summary.waived).toBe(before.waived + 1);
    expect((await run(['check', 'suppressed.md'], { cwd: dir })).stdout).toContain('(suppressed)');
    const sarif = JSON.parse((await run(['check', 'suppressed.md', '--format', 'sarif'], { cwd: dir })).stdout) as { runs: { results: { ruleId: string; suppressions?: unknown[] }[] }[] };
    expect(sarif.runs[0]!.results.flatMap((x) => x.suppressions ?? [])).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'blanks are filled from the signing memo' }]);
  });
});

// check with findings that rest on a weak clause tag: --review-threshold, --fail-on-review, the config keys, exit codes.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, RunReport } from '../../src/model/index.js';
import { compileSchema } from '../helpers/json-schema.js';
import { run, spawnCli } from './helpers.js';

const agreement = (boilerplate: string): string => `# PATENT CROSS-LICENSE AGREEMENT

This Patent Cross-License Agreement is made on 1 March 2025 between Alpha Devices, Inc. ("Alpha") and Beta Systems GmbH ("Beta").

## 1. Grants

1.1 Alpha hereby grants to Beta a non-exclusive, worldwide licence under the Alpha Patents to make, use and sell Licensed Products.

1.2 Beta hereby grants to Alpha a non-exclusive, worldwide licence under the Beta Patents to make, use and sell Licensed Products.

## 2. Term and Termination

2.1 This Agreement runs for five (5) years from the date it is signed by both parties.

2.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within sixty (60) days after receiving notice of it.

## 3. Miscellaneous

3.1 ${boilerplate}
`;

// "successors and permitted assigns" only hints at an assignment clause that is not there: the tagger sees a candidate
// of the assignment type below its threshold, so "assignment not addressed" is a doubtful absence.
const WEAK = agreement('This Agreement is binding upon the parties and their successors and permitted assigns.');
// Nothing about assignment: the same finding, certain.
const SILENT = agreement('Each party shall bear its own costs of negotiating this Agreement.');
const RULE = 'exit/assignment-unaddressed';

/** A project whose config runs the exit pack with the assignment rule raised to error (the only error of WEAK). */
function project(config: Record<string, unknown> = {}, files: Record<string, string> = { 'deal.md': WEAK }): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausecheck-review-'));
  writeFileSync(join(dir, 'clausecheck.config.json'), JSON.stringify({ packs: ['exit'], rules: { [RULE]: 'error' }, ...config }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function check(dir: string, args: string[] = [], files = ['deal.md']) {
  const r = await run(['check', ...files, '--format', 'json', ...args], { cwd: dir });
  return { ...r, report: r.stdout ? (JSON.parse(r.stdout) as RunReport) : null };
}

const ruleFinding = (report: RunReport | null, path = 'deal.md'): Finding | undefined =>
  report?.documents.find((d) => d.path === path)?.findings.find((f) => f.ruleId === RULE);

describe('check: findings that need review', () => {
  it('a finding resting on a weak tag needs review at the default threshold: shown, counted apart, gate passes (exit 0)', async () => {
    const { code, report, stderr } = await check(project());
    expect(stderr).toBe('');
    const f = ruleFinding(report);
    expect(f?.severity).toBe('error');
    expect(f?.confidence).toBeLessThan(0.7);
    expect(f?.status).toBe('needs-review');
    expect(report?.summary).toMatchObject({ findings: { error: 0 }, needsReview: 1, gate: 'pass' });
    expect(code).toBe(0);
  });

  it('the same finding is a plain error with --review-threshold 0 (exit 1), and just under its confidence', async () => {
    const dir = project();
    const off = await check(dir, ['--review-threshold', '0']);
    expect(ruleFinding(off.report)).not.toHaveProperty('status');
    expect(off.report?.summary).toMatchObject({ findings: { error: 1 }, needsReview: 0, gate: 'fail' });
    expect(off.code).toBe(1);
    const confidence = ruleFinding(off.report)!.confidence!;
    expect((await check(dir, ['--review-threshold', String(confidence)])).code).toBe(1);
    expect((await check(dir, ['--review-threshold', String(Math.min(1, confidence + 0.001))])).code).toBe(0);
  });

  it('a finding with no near miss of the missing type is certain (confidence 1) and fails the gate', async () => {
    const { code, report } = await check(project({}, { 'deal.md': SILENT }));
    expect(ruleFinding(report)).toMatchObject({ confidence: 1 });
    expect(ruleFinding(report)).not.toHaveProperty('status');
    expect(code).toBe(1);
  });

  it('--fail-on-review makes review items fail the gate (exit 1); so does the config, unless --no-fail-on-review', async () => {
    const dir = project();
    const strict = await check(dir, ['--fail-on-review']);
    expect(strict.code).toBe(1);
    expect(strict.report?.summary).toMatchObject({ needsReview: 1, gate: 'fail' });
    expect(strict.report?.run).toMatchObject({ failOnReview: true });
    const byConfig = project({ failOnReview: true });
    expect((await check(byConfig)).code).toBe(1);
    expect((await check(byConfig, ['--no-fail-on-review'])).code).toBe(0);
    // Review items below --fail-on do not fail it even then.
    expect((await check(dir, ['--fail-on-review', '--fail-on', 'never'])).code).toBe(0);
  });

  it('reviewThreshold in the config, per override too; the flag wins', async () => {
    expect((await check(project({ reviewThreshold: 0 }))).code).toBe(1);
    expect((await check(project({ reviewThreshold: 0 }), ['--review-threshold', '0.7'])).code).toBe(0);
    const dir = project({ overrides: [{ files: 'signed/**', reviewThreshold: 0 }] }, { 'deal.md': WEAK });
    const signed = join(dir, 'signed');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(signed);
    writeFileSync(join(signed, 'deal.md'), WEAK);
    const both = await check(dir, [], ['deal.md', 'signed/deal.md']);
    expect(ruleFinding(both.report, 'deal.md')?.status).toBe('needs-review');
    expect(ruleFinding(both.report, 'signed/deal.md')).not.toHaveProperty('status');
    expect(both.code).toBe(1);
    const flagged = await check(dir, ['--review-threshold', '0.7'], ['deal.md', 'signed/deal.md']);
    expect(ruleFinding(flagged.report, 'signed/deal.md')?.status).toBe('needs-review');
    expect(flagged.code).toBe(0);
  });

  it('refuses a bad --review-threshold with one line and exit 2', async () => {
    for (const bad of ['1.5', '-0.1', 'high', '', '0.7.1']) {
      const r = await run(['check', 'deal.md', '--review-threshold', bad], { cwd: project() });
      expect(r.code, bad).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n'), bad).toHaveLength(1);
      expect(r.stderr).toContain('--review-threshold takes a confidence from 0 to 1');
    }
  });

  it('refuses a bad reviewThreshold or failOnReview in the config with one line naming the file and JSON path (exit 2)', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ reviewThreshold: 1.5 }, '$.reviewThreshold'],
      [{ reviewThreshold: '0.7' }, '$.reviewThreshold'],
      [{ failOnReview: 'yes' }, '$.failOnReview'],
      [{ overrides: [{ files: '*.md', reviewThreshold: -1 }] }, '$.overrides[0].reviewThreshold'],
      [{ overrides: [{ files: '*.md', failOnReview: true }] }, '$.overrides[0]'],
    ];
    for (const [config, path] of cases) {
      const r = await run(['check', 'deal.md'], { cwd: project(config) });
      expect(r.code, path).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('clausecheck.config.json');
      expect(r.stderr).toContain(path);
    }
  });

  it('a needs-review finding can be waived like any other', async () => {
    const dir = project();
    writeFileSync(join(dir, 'waivers.json'), JSON.stringify({ waivers: [{ rule: RULE, clause: '3', reason: 'assignment covered by the side letter', approvedBy: 'GC', expires: '2099-12-31' }] }));
    const { code, report } = await check(dir, ['--waivers', 'waivers.json', '--fail-on-review']);
    expect(ruleFinding(report)).toMatchObject({ waived: true, status: 'needs-review' });
    expect(report?.summary).toMatchObject({ waived: 1, needsReview: 0 });
    expect(code).toBe(0);
  });

  it('the JSON report validates against `clausecheck schema report` and is byte-identical run after run', async () => {
    const dir = project();
    const a = await check(dir);
    const b = await check(dir);
    expect(b.stdout).toBe(a.stdout);
    expect(a.report?.schemaVersion).toBe('1.1.0');
    const schema = JSON.parse((await run(['schema', 'report'])).stdout) as object;
    const validate = compileSchema(schema);
    expect(validate(a.report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('stylish marks the finding and counts it; help explains the flags', async () => {
    const dir = project();
    const r = await run(['check', 'deal.md', '--no-color'], { cwd: dir });
    expect(r.stdout).toMatch(/error +Assignment[^\n]*\(needs review: confidence 0\.\d\d\) {2}exit\/assignment-unaddressed/);
    expect(r.stdout).toContain('? 1 finding needs review');
    const help = await run(['check', '--help']);
    expect(help.stdout).toContain('--review-threshold <n>');
    expect(help.stdout).toContain('--fail-on-review');
  });

  it('diff: an introduced finding that needs review is marked and does not fail the gate unless --fail-on-review', async () => {
    const dir = project({}, { 'v1.md': agreement('Neither party may assign this Agreement without the prior written consent of the other party.'), 'v2.md': WEAK });
    const plain = await run(['diff', 'v1.md', 'v2.md', '--pack', 'exit', '--fail-on', 'warning', '--format', 'json'], { cwd: dir });
    const introduced = (JSON.parse(plain.stdout) as { findings: { introduced: Finding[] } }).findings.introduced.find((f) => f.ruleId === RULE);
    expect(introduced?.status).toBe('needs-review');
    expect(plain.code).toBe(0);
    expect((await run(['diff', 'v1.md', 'v2.md', '--pack', 'exit', '--fail-on', 'warning', '--fail-on-review'], { cwd: dir })).code).toBe(1);
    expect((await run(['diff', 'v1.md', 'v2.md', '--pack', 'exit', '--fail-on', 'warning', '--review-threshold', '0'], { cwd: dir })).code).toBe(1);
    const stylish = await run(['diff', 'v1.md', 'v2.md', '--pack', 'exit', '--no-color'], { cwd: dir });
    expect(stylish.stdout).toContain('(needs review: confidence 0.');
    expect(stylish.stdout).toContain('? 1 introduced finding needs review');
  });

  it("diff: each version's findings are marked by its own file's threshold (config overrides), as check marks them", async () => {
    const ASSIGNED = agreement('Neither party may assign this Agreement without the prior written consent of the other party.');
    const dir = project({ overrides: [{ files: 'signed/**', reviewThreshold: 0 }] });
    mkdirSync(join(dir, 'signed'));
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'signed/deal.md'), WEAK);
    writeFileSync(join(dir, 'drafts/deal.md'), ASSIGNED);
    writeFileSync(join(dir, 'drafts/weak.md'), WEAK);
    const diff = async (a: string, b: string) => {
      const r = await run(['diff', a, b, '--format', 'json'], { cwd: dir });
      return { code: r.code, findings: (JSON.parse(r.stdout) as { findings: Record<'introduced' | 'resolved', Finding[]> }).findings };
    };
    // The signed version reviews nothing: the finding it resolves is certain there, as check reports it.
    const resolved = await diff('signed/deal.md', 'drafts/deal.md');
    expect(resolved.findings.resolved.find((f) => f.ruleId === RULE)?.status).not.toBe('needs-review');
    expect((await check(dir, [], ['signed/deal.md'])).report?.summary.needsReview ?? 0).toBe(0);
    // Into the signed folder: the finding introduced there fails the gate (threshold 0), as check's gate fails.
    const introduced = await diff('drafts/deal.md', 'signed/deal.md');
    expect(introduced.findings.introduced.find((f) => f.ruleId === RULE)?.status).not.toBe('needs-review');
    expect(introduced.code).toBe(1);
    expect((await check(dir, [], ['signed/deal.md'])).code).toBe(1);
    // Near miss: a draft outside the override keeps the run's threshold.
    const draft = await diff('drafts/deal.md', 'drafts/weak.md');
    expect(draft.findings.introduced.find((f) => f.ruleId === RULE)?.status).toBe('needs-review');
    expect(draft.code).toBe(0);
    // --review-threshold still wins for both.
    expect((await run(['diff', 'drafts/deal.md', 'signed/deal.md', '--review-threshold', '0.7'], { cwd: dir })).code).toBe(0);
  });

  it('a rule kept silent only by a weak tag is reported as needing review (not passed silently), and never fails the gate by itself', async () => {
    // "conflict of laws" is a weak governing-law signal: the tagger asserts the type, but barely, and no law is chosen.
    // ("subject to the laws of Delaware" was the example until governing-law-missing read it as a choice of law.)
    const text = agreement('No conflict of laws principle shall be applied to this Agreement.');
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-review-'));
    writeFileSync(join(dir, 'clausecheck.config.json'), JSON.stringify({ packs: ['governance'], rules: { 'governance/governing-law-missing': 'error' } }));
    writeFileSync(join(dir, 'deal.md'), text);
    const law = (r: RunReport | null) => r?.documents[0]?.findings.find((f) => f.ruleId === 'governance/governing-law-missing');
    const held = await check(dir);
    const f = law(held.report);
    expect(f?.status).toBe('needs-review');
    expect(f?.heldBackBy).toMatchObject({ type: 'governing-law' });
    expect(f?.heldBackBy?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(f?.heldBackBy?.confidence).toBeLessThan(0.7);
    // On the absence scale: the tagger did assert the type, so the absence is less than a coin toss.
    expect(f?.confidence).toBeCloseTo(1 - f!.heldBackBy!.confidence, 3);
    expect(f?.evidence).toMatch(/looked for: a governing-law clause — only Section 3\.1 may provide it \(tagged governing-law at 0\.\d\d\)/);
    expect(held.code).toBe(0);
    expect((await check(dir, ['--fail-on-review'])).code).toBe(1);
    // At a threshold under the tag, or with review off, the tag stands and the rule stays silent.
    for (const t of [String(f!.heldBackBy!.confidence), '0']) {
      const r = await check(dir, ['--review-threshold', t, '--fail-on-review']);
      expect(law(r.report), t).toBeUndefined();
      expect(r.code).toBe(0);
    }
    // Even a report built with a lower threshold keeps it as a review item: it never becomes a plain finding.
    const { buildReport } = await import('../../src/report/build.js');
    const rebuilt = buildReport(held.report!.documents, [], { reviewThreshold: 0.1 });
    expect(law(rebuilt)?.status).toBe('needs-review');
    expect(rebuilt.summary.gate).toBe('pass');
  });

  it('documents rendered on worker threads keep each file\'s threshold, review off included, and the same gate', () => {
    // With --format json a worker renders each document's text itself (report/json.ts renderDocument), its findings
    // marked with the threshold it was sent: a config override's for its files, 0 (review off), the run's otherwise.
    const dir = project({ overrides: [{ files: 'law.md', reviewThreshold: 0 }] }, { 'deal.md': WEAK, 'law.md': agreement('No conflict of laws principle shall be applied to this Agreement.') });
    for (const flags of [[], ['--review-threshold', '0', '--max-warnings', '0'], ['--review-threshold', '0.95', '--fail-on-review']]) {
      const one = spawnCli(['check', 'deal.md', 'law.md', '--format', 'json', '--jobs', '1', ...flags], { cwd: dir });
      const two = spawnCli(['check', 'deal.md', 'law.md', '--format', 'json', '--jobs', '2', ...flags], { cwd: dir });
      expect(two.stdout, flags.join(' ')).toBe(one.stdout);
      expect(two.code, flags.join(' ')).toBe(one.code);
    }
  }, 120_000);

  it('worker threads see the threshold too: the same review items with --jobs 2 as on one thread', () => {
    const dir = project({ packs: ['exit', 'governance'] }, { 'deal.md': WEAK, 'law.md': agreement('No conflict of laws principle shall be applied to this Agreement.') });
    const one = spawnCli(['check', 'deal.md', 'law.md', '--format', 'json', '--jobs', '1'], { cwd: dir });
    const two = spawnCli(['check', 'deal.md', 'law.md', '--format', 'json', '--jobs', '2', '--timeout', '60'], { cwd: dir });
    expect(two.stdout).toBe(one.stdout);
    const report = JSON.parse(two.stdout) as RunReport;
    expect(report.documents.flatMap((d) => d.findings).filter((f) => f.heldBackBy)).toHaveLength(1);
    expect(report.summary.needsReview).toBe(2);
  });
});

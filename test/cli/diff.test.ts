import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentReport, Finding } from '../../src/model/index.js';
import { diffReports, formatDiffMarkdown, formatDiffStylish, type DiffReport } from '../../src/report/diff.js';
import { FIXTURES, run } from './helpers.js';

const OLD = join(FIXTURES, 'placeholder-license.md');

function revised(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausecheck-diff-'));
  const text = readFileSync(OLD, 'utf8')
    // Fill in the royalty placeholders (resolves findings) ...
    .replace('a royalty of [TBD] percent of Net Sales of Licensed Products, payable within ____ days', 'a royalty of three percent (3%) of Net Sales of Licensed Products, payable in United States dollars within thirty (30) days')
    // ... add a new section with a fresh placeholder (introduces one) ...
    .concat('\n## 4. Notices\n\n4.1 Notices go to the address stated in [ADDRESS].\n')
    // ... and reword the termination clause.
    .replace('Either Party may terminate it for material breach', 'Either Party may terminate this Agreement for material breach');
  const path = join(dir, 'revised.md');
  writeFileSync(path, text);
  return path;
}

describe('clausecheck diff', () => {
  it('lists clauses added and changed, and findings introduced, resolved and unchanged (json)', async () => {
    const r = await run(['diff', OLD, revised(), '--format', 'json']);
    const d = JSON.parse(r.stdout) as DiffReport;
    expect(d.clauses.added.map((c) => c.number)).toEqual(['4', '4.1']);
    expect(d.clauses.removed).toEqual([]);
    expect(d.clauses.changed.map((c) => c.new.number).sort()).toEqual(['2.1', '3.1']);
    expect(d.clauses.unchanged).toBeGreaterThan(3);
    expect(d.findings.introduced.some((f) => f.ruleId === 'precision/placeholder' && f.clauseNumber === '4.1')).toBe(true);
    expect(d.findings.resolved.some((f) => f.ruleId === 'precision/placeholder' && f.clauseNumber === '2.1')).toBe(true);
    expect(d.findings.unchanged.length).toBeGreaterThan(0);
    // A new error is introduced, so the diff gate fails.
    expect(d.summary.gate).toBe('fail');
    expect(r.code).toBe(1);
  });

  it('finds nothing between a document and itself, renumbered or not', async () => {
    const same = await run(['diff', OLD, OLD, '--format', 'json']);
    const d = JSON.parse(same.stdout) as DiffReport;
    expect(same.code).toBe(0);
    expect([d.clauses.added, d.clauses.removed, d.clauses.changed, d.clauses.moved, d.findings.introduced, d.findings.resolved]).toEqual([[], [], [], [], [], []]);

    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-diff-'));
    const renumbered = join(dir, 'renumbered.md');
    writeFileSync(renumbered, readFileSync(OLD, 'utf8').replace(/(^|\n)(## |)(\d)(\.\d)?(\.?)(?= )/g, (_m, nl: string, h: string, n: string, sub = '', dot: string) => `${nl}${h}${Number(n) + 1}${sub}${dot}`));
    const moved = JSON.parse((await run(['diff', OLD, renumbered, '--format', 'json'])).stdout) as DiffReport;
    expect(moved.clauses.moved.length).toBeGreaterThan(3);
    expect(moved.clauses.moved.find((m) => m.old.number === '2.1')?.new.number).toBe('3.1');
    expect(moved.findings.introduced.filter((f) => f.clauseNumber)).toEqual([]);
  });

  it('prints stylish and markdown summaries', async () => {
    const path = revised();
    const stylish = await run(['diff', OLD, path]);
    expect(stylish.stdout).toMatch(/Clauses: 2 added, 0 removed, 2 changed/);
    expect(stylish.stdout).toMatch(/\+ § 4\.1 {2}\(line \d+\)/);
    expect(stylish.stdout).toMatch(/Findings: \d+ introduced, \d+ resolved, \d+ changed, \d+ unchanged/);
    const md = await run(['diff', OLD, path, '--format', 'markdown']);
    expect(md.stdout).toContain('# Changes from');
    expect(md.stdout).toContain('- Added: § 4.1');
    expect(md.stdout).toContain('### Resolved');
  });

  it('names a list item by its section, as the check reports do, and keeps its own number in the JSON', async () => {
    // The diff's formatters had no clause list, so an item was "(b)" where every check report says "Section 2.1(b)".
    const old = [
      'PATENT LICENSE AGREEMENT',
      'This Patent License Agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems GmbH ("Beta").',
      '1. DEFINITIONS',
      '1.1 "Licensed Products" means the semiconductor devices listed in Exhibit A.',
      '2. PAYMENT',
      '2.1 Beta shall pay to Alpha:',
      '(a) an initial fee of one hundred thousand US dollars (US$100,000) within thirty (30) days of the Effective Date; and',
      '(b) a running royalty of two percent (2%) of the net selling price of each Licensed Product, payable within forty-five (45) days after the end of each calendar quarter.',
    ].join('\n\n');
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-diff-'));
    const [oldPath, newPath] = [join(dir, 'v1.txt'), join(dir, 'v2.txt')];
    writeFileSync(oldPath, old);
    writeFileSync(newPath, old.replace('two percent (2%)', '[●] percent'));
    const d = JSON.parse((await run(['diff', oldPath, newPath, '--format', 'json'])).stdout) as DiffReport;
    expect(d.clauses.changed.map((c) => c.new.number)).toEqual(['(b)']);
    expect(d.findings.introduced.find((f) => f.ruleId === 'precision/placeholder')?.clauseNumber).toBe('(b)');
    const stylish = (await run(['diff', oldPath, newPath, '--no-color'])).stdout;
    expect(stylish).toMatch(/^ {2}~ Section 2\.1\(b\) {2}\(line 15\)$/m);
    expect(stylish).toMatch(/precision\/placeholder {2}\[Section 2\.1\(b\)\]$/m);
    expect(stylish).not.toContain('[(b)]');
    const md = (await run(['diff', oldPath, newPath, '--format', 'markdown'])).stdout;
    expect(md).toContain('- Changed: Section 2.1(b)\n');
    expect(md).toContain('(`precision/placeholder`, Section 2.1(b))');
    expect(md).not.toContain(', (b))');
  });

  it("reports a finding whose clause was edited around it as changed, not resolved and introduced again (numbered or not)", async () => {
    // Before: the fingerprint hashes the clause's words, so the placeholder still in 2.1 and in the preamble after an
    // edit elsewhere in them was one finding resolved and another introduced, and an introduced error failed the gate.
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-diff-'));
    const edited = join(dir, 'edited.md');
    writeFileSync(edited, readFileSync(OLD, 'utf8')
      .replace('payable within ____ days after each calendar quarter', 'payable by wire transfer within ____ days after the end of each calendar quarter')
      .replace('is made on [DATE] between', 'is entered into on [DATE] by and between'));
    const r = await run(['diff', OLD, edited, '--format', 'json']);
    const d = JSON.parse(r.stdout) as DiffReport;
    expect(d.clauses.changed.map((c) => c.new.number ?? c.new.line)).toEqual(['2.1', 3]);
    expect(d.findings.introduced).toEqual([]);
    expect(d.findings.resolved).toEqual([]);
    const changed = d.findings.changed.map((x) => [x.old.ruleId, x.new.clauseNumber ?? x.new.line]);
    expect(changed).toContainEqual(['precision/placeholder', '2.1']);
    expect(changed).toContainEqual(['precision/placeholder', 3]);
    expect(d.findings.changed.every((x) => x.old.ruleId === x.new.ruleId && x.old.fingerprint !== x.new.fingerprint)).toBe(true);
    expect(r.code).toBe(0);
    const stylish = (await run(['diff', OLD, edited, '--no-color'])).stdout;
    expect(stylish).toMatch(/^Findings: 0 introduced, 0 resolved, \d+ changed, \d+ unchanged$/m);
    expect(stylish).toMatch(/^ {2}~ error {3}.*precision\/placeholder {2}\[§ 2\.1\]$/m);
    expect((await run(['diff', OLD, edited, '--format', 'markdown'])).stdout).toContain('### Changed\n\nStill reported where the clause was edited (a finding on the agreement as a whole, wherever it is now placed):\n\n- **error**');
    // near miss: a placeholder filled in an edited clause is resolved, and one added to another clause is introduced
    const filled = join(dir, 'filled.md');
    writeFileSync(filled, readFileSync(OLD, 'utf8').replace('within ____ days after each calendar quarter', 'within thirty (30) days after each calendar quarter, or [TBD]').replace('[TBD] percent', 'three percent (3%)').replace('thirty (30) days after written notice', '[NUMBER] days after written notice'));
    const f = JSON.parse((await run(['diff', OLD, filled, '--format', 'json'])).stdout) as DiffReport;
    expect(f.findings.introduced.filter((x) => x.ruleId === 'precision/placeholder').map((x) => x.clauseNumber)).toEqual(['3.1']);
  });

  it('follows a finding on the agreement as a whole to its new place, and the title to its new words (before: resolved and introduced again)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-diff-'));
    // Retitled: the title is changed, and the findings placed at it are changed with it.
    const retitled = join(dir, 'retitled.md');
    writeFileSync(retitled, readFileSync(OLD, 'utf8').replace('# PATENT CROSS-LICENSE AGREEMENT', '# PATENT LICENCE AND ROYALTY AGREEMENT'));
    const r = JSON.parse((await run(['diff', OLD, retitled, '--format', 'json'])).stdout) as DiffReport;
    expect(r.clauses.changed.map((c) => c.new.heading)).toEqual(['PATENT LICENCE AND ROYALTY AGREEMENT']);
    expect(r.clauses.added).toEqual([]);
    expect(r.findings.resolved).toEqual([]);
    expect(r.findings.introduced).toEqual([]);
    expect(r.findings.changed.map((x) => x.new.ruleId)).toContain('governance/governing-law-missing');
    // A court clause added: the missing dispute procedure is now reported there, the same finding at another place.
    const courts = join(dir, 'courts.md');
    writeFileSync(courts, `${readFileSync(OLD, 'utf8')}\n## 5. Disputes\n\n5.1 The courts of England shall have exclusive jurisdiction over any dispute arising out of this Agreement.\n`);
    const c = JSON.parse((await run(['diff', OLD, courts, '--format', 'json'])).stdout) as DiffReport;
    expect(c.findings.changed.map((x) => [x.old.ruleId, x.old.clauseNumber, x.new.clauseNumber])).toEqual([['governance/dispute-resolution-missing', null, '5']]);
    expect(c.findings.introduced).toEqual([]);
    expect(c.findings.resolved).toEqual([]);
    // near miss: a placeholder of a removed clause and one in a clause added are another problem, not the same moved
    const moved = join(dir, 'moved.md');
    writeFileSync(moved, `${readFileSync(OLD, 'utf8').replace(/## 2\. Royalties[\s\S]*?(?=## 3)/, '')}\n## 5. Notices\n\n5.1 Notices go to [ADDRESS].\n`);
    const m = JSON.parse((await run(['diff', OLD, moved, '--format', 'json'])).stdout) as DiffReport;
    expect(m.findings.introduced.map((f) => [f.ruleId, f.clauseNumber])).toContainEqual(['precision/placeholder', '5.1']);
    expect(m.findings.resolved.map((f) => [f.ruleId, f.clauseNumber])).toContainEqual(['precision/placeholder', '2.1']);
  });

  it('pairs findings on no clause by their rule, and says beside the gate what the diff found', () => {
    const doc = (findings: Finding[]): DocumentReport => ({ path: 'deal.md', sha256: 'x', format: 'markdown', kind: 'cross-license', parties: [], clauses: [], findings });
    const none = (message: string, fingerprint: string, severity: Finding['severity'] = 'warning'): Finding => ({
      ruleId: 'team/notice-missing', pack: 'team', severity, message, clauseId: null, clauseNumber: null, heading: null,
      start: 0, end: 0, line: 1, column: 1, evidence: '', rationale: '', recommendation: '', waived: false, fingerprint,
    });
    const tool = { name: 'clausecheck', version: '0' };
    const d = diffReports({ doc: doc([none('No notice clause.', 'a')]), text: '' }, { doc: doc([none('No notice clause at all.', 'b')]), text: '' }, tool, '1', 'error');
    expect(d.findings.changed.map((x) => x.new.message)).toEqual(['No notice clause at all.']);
    expect(d.findings.resolved).toEqual([]);
    // Before: 'no new problems at the gate level' whatever was introduced below the gate, resolved or changed.
    expect(formatDiffStylish(d, false)).toContain('✔ gate passes (--fail-on error: no finding introduced; 1 changed)\n');
    const two = diffReports({ doc: doc([none('No notice clause.', 'a')]), text: '' }, { doc: doc([{ ...none('x', 'c', 'error'), ruleId: 'team/a' }, { ...none('y', 'd'), ruleId: 'team/b' }]), text: '' }, tool, '1', 'error');
    expect(formatDiffStylish(two, false)).toContain('✖ gate fails (--fail-on error: 1 finding introduced fails it (2 introduced in all); 1 resolved)\n');
    expect(formatDiffMarkdown(two)).toContain('**Gate: FAIL** (--fail-on error: 1 finding introduced fails it (2 introduced in all); 1 resolved)');
    const warned = diffReports({ doc: doc([]), text: '' }, { doc: doc([{ ...none('y', 'd'), ruleId: 'team/b' }]), text: '' }, tool, '1', 'error');
    expect(formatDiffStylish(warned, false)).toContain('✔ gate passes (--fail-on error: 1 finding introduced, none failing it)\n');
  });

  it('exits 2 when a version is missing', async () => {
    const r = await run(['diff', OLD, 'nope.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('clausecheck: nope.md: no such file\n');
  });
  it('reads the config as check does: its rule settings, packs and failOn; --config names another; a bad one exits 2', async () => {
    // Both versions in the deal's folder, where its config is.
    const path = revised();
    const dir = dirname(path);
    const old = join(dir, 'original.md');
    copyFileSync(OLD, old);
    const diffOf = async (args: string[] = []) => JSON.parse((await run(['diff', old, path, '--format', 'json', ...args], { cwd: dir })).stdout) as DiffReport;
    // The errors the revision brings in (a placeholder, a royalty without its base), demoted to warnings: introduced as
    // such, and the gate passes.
    const rules = { 'precision/placeholder': 'warning', 'monetization/royalty-incomplete': 'warning' };
    writeFileSync(join(dir, 'clausecheck.config.json'), JSON.stringify({ rules }));
    const demoted = await run(['diff', old, path, '--format', 'json'], { cwd: dir });
    const d = JSON.parse(demoted.stdout) as DiffReport;
    expect(d.findings.introduced.find((f) => f.ruleId === 'precision/placeholder' && f.clauseNumber === '4.1')?.severity).toBe('warning');
    expect(demoted.code).toBe(0);
    // The config's failOn sets the default; the flag wins over it.
    writeFileSync(join(dir, 'clausecheck.config.json'), JSON.stringify({ rules, failOn: 'warning' }));
    expect((await run(['diff', old, path], { cwd: dir })).code).toBe(1);
    expect((await run(['diff', old, path, '--fail-on', 'error'], { cwd: dir })).code).toBe(0);
    // Turned off, or its pack left out: not introduced at all.
    writeFileSync(join(dir, 'clausecheck.config.json'), JSON.stringify({ rules: { 'precision/*': 'off' } }));
    expect((await diffOf()).findings.introduced.filter((f) => f.ruleId.startsWith('precision/'))).toEqual([]);
    writeFileSync(join(dir, 'clausecheck.config.json'), JSON.stringify({ packs: ['exit', 'governance'] }));
    // (the findings on the agreement as a whole that the new section 4 now holds are changed, not introduced: see below)
    const packsOnly = (await diffOf()).findings;
    expect([...new Set([...packsOnly.introduced, ...packsOnly.changed.map((x) => x.new)].map((f) => f.ruleId.split('/')[0]))].sort()).toEqual(['exit', 'governance']);
    // --config names the file; a bad one stops the run with one line naming it and the JSON path, and writes nothing.
    const other = join(dir, 'strict.json');
    writeFileSync(other, JSON.stringify({ failOn: 'info' }));
    expect((await run(['diff', old, path, '--config', other, '--fail-on', 'error'], { cwd: dir })).code).toBe(1);
    writeFileSync(other, JSON.stringify({ failOn: 'sometimes' }));
    const bad = await run(['diff', old, path, '--config', other, '--output', join(dir, 'diff.json')], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^clausecheck: \S*strict\.json: \$\.failOn: .+\n$/);
    expect(existsSync(join(dir, 'diff.json'))).toBe(false);
  });
  it("reads standard input in the other version's format, as 'git show HEAD~1:deal.md | clausecheck diff - deal.md' needs", async () => {
    // Before: read as plain text, the Markdown version differed from itself (headings and lists read as paragraphs).
    const same = await run(['diff', '-', OLD, '--format', 'json'], { stdin: readFileSync(OLD, 'utf8') });
    const d = JSON.parse(same.stdout) as DiffReport;
    expect(same.code).toBe(0);
    expect([d.clauses.added, d.clauses.removed, d.clauses.changed, d.findings.introduced, d.findings.resolved]).toEqual([[], [], [], [], []]);
    // --stdin-filename still names it and sets its format; --max-bytes applies as for check.
    const named = JSON.parse((await run(['diff', OLD, '-', '--format', 'json', '--stdin-filename', 'draft.txt'], { stdin: readFileSync(OLD, 'utf8') })).stdout) as DiffReport;
    expect(named.new.path).toBe('draft.txt');
    expect(named.clauses.unchanged).toBeLessThan(d.clauses.unchanged);
    const size = readFileSync(OLD).length;
    const big = await run(['diff', OLD, '-', '--max-bytes', String(size)], { stdin: 'x'.repeat(size + 1) });
    expect(big.code).toBe(2);
    expect(big.stderr).toBe(`clausecheck: -: ${(size + 1).toLocaleString('en-US')} bytes is over the ${size.toLocaleString('en-US')}-byte input limit (raise it with --max-bytes)\n`);
  });

  it('reads soft hyphens in Markdown as ingest does: a word Word hyphenated for the layout is the same word (before: changed)', async () => {
    // pandoc's Markdown from Word keeps the optional hyphens; 'con\u00adfi\u00adden\u00adtial' is written nowhere whole,
    // so the document's evidence is even and the format decides: hidden in Markdown, shown in plain text
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-diff-'));
    const body = (word: string) => `# Patent Licence Agreement\n\n## 1. Confidentiality\n\n1.1 Each Party shall keep the other Party's know-how ${word} for five years after this Agreement ends.\n\n## 2. Term\n\n2.1 This Agreement ends when the last Licensed Patent expires.\n`;
    const write = (name: string, word: string): string => {
      writeFileSync(join(dir, name), body(word));
      return join(dir, name);
    };
    const soft = 'con\u00adfi\u00adden\u00adtial';
    const md = JSON.parse((await run(['diff', write('old.md', soft), write('new.md', 'confidential'), '--format', 'json'])).stdout) as DiffReport;
    expect([md.clauses.changed, md.clauses.added, md.clauses.removed]).toEqual([[], [], []]);
    // near miss: in plain text the same soft hyphens are shown, so the words differ
    const txt = JSON.parse((await run(['diff', write('old.txt', soft), write('new.txt', 'confidential'), '--format', 'json'])).stdout) as DiffReport;
    expect(txt.clauses.changed.map((c) => c.new.number)).toEqual(['1.1']);
  });
});

import { chmodSync, mkdtempSync, readFileSync, writeFileSync, readdirSync, copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineIndex, type RunReport } from '../../src/model/index.js';
import { FIXTURES, ROOT, run, spawnCli } from './helpers.js';

const SAMPLE = join(FIXTURES, 'sample-cross-license.md');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'clausecheck-cli-'));
}

describe('clausecheck check', () => {
  it('prints a JSON report with every field of the contract, schemaVersion first', async () => {
    const r = await run(['check', SAMPLE, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    const report = JSON.parse(r.stdout) as RunReport;
    expect(Object.keys(report)[0]).toBe('schemaVersion');
    expect(report.tool).toEqual({ name: 'clausecheck', version: expect.any(String) });
    const doc = report.documents[0]!;
    for (const key of ['path', 'sha256', 'kind', 'parties', 'clauses', 'findings']) expect(doc).toHaveProperty(key);
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(['cross-license', 'license', 'other']).toContain(doc.kind);
    for (const key of ['documents', 'findings', 'waived', 'gate']) expect(report.summary).toHaveProperty(key);
    expect(Object.keys(report.summary.findings).sort()).toEqual(['error', 'info', 'warning']);
    expect(r.code).toBe(report.summary.gate === 'fail' ? 1 : 0);
  });

  it('gives clause offsets that slice the clause out of the input text, with matching line and column', async () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const r = await run(['check', SAMPLE, '--format', 'json']);
    const doc = (JSON.parse(r.stdout) as RunReport).documents[0]!;
    expect(doc.clauses.length).toBeGreaterThan(3);
    const lines = new LineIndex(text);
    for (const c of doc.clauses) {
      for (const key of ['id', 'number', 'heading', 'depth', 'start', 'end', 'line', 'column', 'types']) expect(c).toHaveProperty(key);
      const slice = text.slice(c.start, c.end);
      expect(slice.length).toBeGreaterThan(0);
      expect(slice.trim()).toBe(slice);
      if (c.number) expect(slice).toContain(c.number);
      if (c.heading) expect(slice).toContain(c.heading);
      const p = lines.point(c.start);
      expect([c.line, c.column]).toEqual([p.line, p.column]);
      for (const t of c.types) {
        expect(t.confidence).toBeGreaterThanOrEqual(0);
        expect(t.confidence).toBeLessThanOrEqual(1);
        expect(Array.isArray(t.cues)).toBe(true);
      }
    }
    // Every finding points at an existing clause and at its line.
    const ids = new Set(doc.clauses.map((c) => c.id));
    for (const f of doc.findings) if (f.clauseId) expect(ids.has(f.clauseId)).toBe(true);
  });

  it('is deterministic: the same input gives a byte-identical report', async () => {
    const a = await run(['check', SAMPLE, '--format', 'json']);
    const b = await run(['check', SAMPLE, '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('reads standard input with -', async () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const r = await run(['check', '-', '--format', 'json'], { stdin: text });
    const report = JSON.parse(r.stdout) as RunReport;
    expect(report.documents[0]!.path).toBe('-');
    const fromFile = JSON.parse((await run(['check', SAMPLE, '--format', 'json'])).stdout) as RunReport;
    expect(report.documents[0]!.sha256).toBe(fromFile.documents[0]!.sha256);
  });

  it('checks a file reached twice through a symlinked folder once', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'loop'));
    copyFileSync(SAMPLE, join(dir, 'loop', 'a.md'));
    symlinkSync('.', join(dir, 'loop', 'again'));
    const r = await run(['check', 'loop', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    expect((JSON.parse(r.stdout) as RunReport).documents.map((d) => d.path)).toEqual(['loop/a.md']);
  });

  it('--stdin-filename names standard input and sets its format', async () => {
    const html = '<html><body><h2>1. Grant</h2><p>1.1 Alpha hereby grants to Beta a licence under the Alpha Patents.</p></body></html>';
    const r = await run(['check', '-', '--stdin-filename', 'deal.html', '--format', 'json', '--fail-on', 'never'], { stdin: html });
    const doc = (JSON.parse(r.stdout) as RunReport).documents[0]!;
    expect(doc.path).toBe('deal.html');
    expect(doc.format).toBe('html');
    expect(doc.clauses.some((c) => c.number === '1.1')).toBe(true);
  });

  it('reads a Word file piped in with no name as Word, by its zip signature', async () => {
    // 'aws s3 cp s3://deals/deal.docx - | clausecheck check -': refused as 'binary content (ZIP archive (a .docx?))' before.
    const file = join(ROOT, 'test', 'agreements', 'c-docx-joint-development-cross-license.docx');
    const piped = await run(['check', '-', '--format', 'json', '--fail-on', 'never'], { stdin: readFileSync(file) });
    expect(piped.stderr).toBe('');
    const named = await run(['check', file, '--format', 'json', '--fail-on', 'never']);
    const doc = (r: { stdout: string }) => (JSON.parse(r.stdout) as RunReport).documents[0]!;
    const [a, b] = [doc(piped), doc(named)];
    expect(a.path).toBe('-');
    expect(a.format).toBe('docx');
    expect(a.findings.map((f) => [f.ruleId, f.line, f.message])).toEqual(b.findings.map((f) => [f.ruleId, f.line, f.message]));
    // Near misses: other binary content is still refused, and text piped in is read as before.
    expect((await run(['check', '-'], { stdin: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]) })).stderr).toBe('clausecheck: -: binary content (PDF document), not a text agreement\n');
    expect(JSON.parse((await run(['check', '-', '--format', 'json', '--fail-on', 'never'], { stdin: 'PK 1. The parties agree to cross-license their patents.' })).stdout).documents[0].format).not.toBe('docx');
  });

  it('expands directories and globs in a deterministic, sorted order without duplicates', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b'));
    for (const name of ['z.md', 'a.txt', 'b/m.md', 'notes.pdf']) copyFileSync(SAMPLE, join(dir, name));
    const byDir = JSON.parse((await run(['check', '.', '--format', 'json', '--fail-on', 'never'], { cwd: dir })).stdout) as RunReport;
    expect(byDir.documents.map((d) => d.path)).toEqual(['a.txt', 'b/m.md', 'z.md']);
    const byGlob = await run(['check', '**/*.md', 'z.md', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    expect((JSON.parse(byGlob.stdout) as RunReport).documents.map((d) => d.path)).toEqual(['b/m.md', 'z.md']);
    expect(byGlob.code).toBe(0);
  });

  it('writes --output atomically and leaves no temporary file behind', async () => {
    const dir = tempDir();
    const out = join(dir, 'report.json');
    writeFileSync(out, 'old');
    const r = await run(['check', SAMPLE, '--format', 'json', '--output', out]);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as RunReport).schemaVersion).toBeTruthy();
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('writes the same report to --output as to standard output, for several documents', async () => {
    const dir = tempDir();
    const out = join(dir, 'report.json');
    const inputs = [SAMPLE, join(FIXTURES, 'placeholder-license.md')];
    const toStdout = await run(['check', ...inputs, '--format', 'json']);
    const toFile = await run(['check', ...inputs, '--format', 'json', '--output', out]);
    expect(toFile.code).toBe(toStdout.code);
    expect(readFileSync(out, 'utf8')).toBe(toStdout.stdout);
    expect((JSON.parse(toStdout.stdout) as RunReport).documents).toHaveLength(2);
  });

  it('never writes to an input file', async () => {
    const dir = tempDir();
    const input = join(dir, 'a.md');
    copyFileSync(SAMPLE, input);
    const before = readFileSync(input, 'utf8');
    const r = await run(['check', input, '--output', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(input);
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it.each([
    [['check', 'missing.md'], 'missing.md: no such file'],
    [['check', 'nothing-*.md'], 'nothing-*.md: no files match'],
    [['check', SAMPLE, '--config', 'nope.json'], 'nope.json: no such file'],
    [['check', SAMPLE, '--waivers', 'nope.json'], 'nope.json: no such file'],
    [['check', SAMPLE, '--pack', 'no-such-pack'], '--pack: unknown pack "no-such-pack"'],
    [['check', SAMPLE, '--fail-on', 'sometimes'], "'sometimes' is invalid"],
    [['check', SAMPLE, '--format', 'xml'], "'xml' is invalid"],
    [['check'], 'missing required argument'],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('exits 2 with one line on stderr for %j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
    // Commander's usage errors too (before: 'error: unknown command ...').
    expect(r.stderr).toMatch(/^clausecheck: \S/);
  });

  // A mistyped command, option or rule id is named with what was meant, on the one line (before: commander's suggestion
  // was turned off to keep to one line, and 'rules show' had none, where the config and waivers files suggest one).
  it.each([
    [['chek', SAMPLE], 'clausecheck: unknown command \'chek\'; did you mean "check"?'],
    [['check', SAMPLE, '--formt', 'json'], 'clausecheck: unknown option \'--formt\'; did you mean "--format"?'],
    [['diff', SAMPLE, SAMPLE, '--fail-onn', 'warning'], 'clausecheck: unknown option \'--fail-onn\'; did you mean "--fail-on"?'],
    [['rules', 'show', 'antitrust/price-fixin'], 'clausecheck: no rule \'antitrust/price-fixin\' in the active packs; did you mean "antitrust/price-fixing"? (see: clausecheck rules list)'],
  ])('suggests what a mistyped %j meant, on one line', async (argv, line) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${line}\n`);
  });

  // A glob takes agreements only, as a folder's walk does: 'deals/*' checked last run's JSON report and a PDF's text
  // as agreements (findings on report.json, exit 2 on the PDF). A file named on its own is still read whatever its name.
  it('checks the agreements a glob matches and leaves other files alone', async () => {
    const dir = tempDir();
    copyFileSync(SAMPLE, join(dir, 'deal.md'));
    writeFileSync(join(dir, 'report.json'), '{"schemaVersion": "1.1.0", "documents": []}\n');
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n');
    const r = await run(['check', '*', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as RunReport).documents.map((d) => d.path)).toEqual(['deal.md']);
    const none = await run(['check', '*.pdf'], { cwd: dir });
    expect([none.code, none.stderr]).toEqual([2, 'clausecheck: *.pdf: no agreements match this pattern: it matches one file, none of them .md, .txt, .docx or .html\n']);
    // near miss: the same file named alone is read, and refused for what it holds
    const named = await run(['check', 'scan.pdf'], { cwd: dir });
    expect([named.code, named.stderr]).toEqual([2, 'clausecheck: scan.pdf: binary content (PDF document), not a text agreement\n']);
  });

  // Bad input of every kind: one line per problem, naming the file and what is wrong in words (before: 'cannot read
  // (EISDIR)', 'cannot write report (ENOENT)', a rule pack's '<file>/pack.json: cannot read (ENOTDIR)', and of a
  // folder whose agreements all failed to read, only the first named).
  it('says what is wrong with a file in words, one line each', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'waivers'));
    copyFileSync(SAMPLE, join(dir, 'a.md'));
    const cases: [string[], string][] = [
      [['check', 'a.md', '--waivers', 'waivers'], 'clausecheck: waivers: is a directory\n'],
      [['check', 'a.md', '--config', 'waivers'], 'clausecheck: waivers: is a directory\n'],
      [['check', 'a.md', '--output', 'reports/a.json'], 'clausecheck: reports/a.json: cannot write report (no such directory)\n'],
      // tag writes tags, not a report: the line says what could not be written
      [['tag', 'a.md', '--output', 'reports/a.tags.json'], 'clausecheck: reports/a.tags.json: cannot write the tags (no such directory)\n'],
      [['test-pack', 'a.md'], 'clausecheck: a.md: not a directory (a rule pack is a folder holding pack.json)\n'],
      [['test-pack', 'my-pack'], 'clausecheck: my-pack: no such directory\n'],
    ];
    for (const [argv, stderr] of cases) {
      const r = await run(argv, { cwd: dir });
      expect([r.code, r.stderr]).toEqual([2, stderr]);
    }
    // init over a folder of the config's name (--force): the config, not a report, cannot be written
    mkdirSync(join(dir, 'clausecheck.config.json'));
    const init = await run(['init', '--force'], { cwd: dir });
    expect([init.code, init.stderr]).toEqual([2, `clausecheck: ${join(dir, 'clausecheck.config.json')}: cannot write the config (is a directory)\n`]);
  });

  it('names every agreement of a folder when none can be read, not the first alone', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'deals'));
    writeFileSync(join(dir, 'deals', 'cross-licence.docx'), 'PK\u0003\u0004 not a zip archive');
    writeFileSync(join(dir, 'deals', 'side-letter.txt'), new Uint8Array([0x53, 0x69, 0x64, 0x65, 0, 0, 0x4c, 0x65]));
    const r = await run(['check', 'deals'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean).map((l) => l.replace(/: [^:]*$/, ''))).toEqual(['clausecheck: deals/cross-licence.docx', 'clausecheck: deals/side-letter.txt']);
    // near miss: one readable among them is checked, the other named (as before)
    copyFileSync(SAMPLE, join(dir, 'deals', 'licence.md'));
    const some = await run(['check', 'deals', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(some.stdout) as RunReport).documents.map((d) => d.path)).toEqual(['deals/licence.md']);
    expect(some.stderr.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it.skipIf(process.getuid?.() === 0)('says permission denied for a file or folder one may not read (not run as root)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'locked'));
    copyFileSync(SAMPLE, join(dir, 'locked', 'a.md'));
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      for (const argv of [['check', 'locked'], ['check', 'locked/a.md'], ['check', 'a.md', '--waivers', 'locked/a.md']]) {
        const r = await run(argv, { cwd: dir });
        expect(r.stderr).toMatch(/^clausecheck: locked(?:\/a\.md)?: permission denied\n$/);
      }
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it('rejects a config file that is not JSON, naming the file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.json'), '{ nope');
    const r = await run(['check', SAMPLE, '--config', 'c.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^clausecheck: c\.json: \$: invalid JSON/);
  });

  it('rejects undecodable input with one line naming the file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x50, 0xff, 0xfe, 0xc3, 0x28, 0x00]));
    const r = await run(['check', 'bad.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('bad.txt');
  });

  it('in a batch, names each document it cannot read, still reports the others and exits 2', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'deals'));
    copyFileSync(SAMPLE, join(dir, 'deals', 'a-deal.md'));
    writeFileSync(join(dir, 'deals', 'b-export.docx'), 'this is not a zip archive');
    writeFileSync(join(dir, 'deals', 'c-empty.md'), '');
    copyFileSync(SAMPLE, join(dir, 'deals', 'd-deal.md'));
    const r = await run(['check', 'deals', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'clausecheck: deals/b-export.docx: not a readable Word document (not a zip archive, as a .docx file is)',
      'clausecheck: deals/c-empty.md: no text to check (it is empty)',
    ]);
    const report = JSON.parse(r.stdout) as RunReport;
    expect(report.documents.map((d) => d.path)).toEqual(['deals/a-deal.md', 'deals/d-deal.md']);
    expect(report.documents[0]!.findings.length).toBeGreaterThan(0);
    // Alone, an unreadable document stops the run: one line, no report.
    const alone = await run(['check', 'deals/c-empty.md'], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stdout).toBe('');
    expect(alone.stderr).toBe('clausecheck: deals/c-empty.md: no text to check (it is empty)\n');
  });

  it('tag and diff refuse a file with no text as check does (before: an empty tree, and every finding "introduced")', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'blank.txt'), '  \r\n\r\n');
    copyFileSync(SAMPLE, join(dir, 'deal.md'));
    for (const args of [['tag', 'empty.md'], ['tag', '--format', 'text', 'blank.txt'], ['diff', 'empty.md', 'deal.md'], ['diff', 'deal.md', 'blank.txt']]) {
      const r = await run(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^clausecheck: (?:empty\.md: no text to check \(it is empty\)|blank\.txt: no text to check \(only white space\))\n$/);
    }
    expect((await run(['tag', '-'], { cwd: dir, stdin: '\n' })).stderr).toBe('clausecheck: -: no text to check (only white space)\n');
  });

  it('--jobs takes a whole number from 1 (before: 0 was taken, and meant the default)', async () => {
    const r = await run(['check', SAMPLE, '--jobs', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs takes a whole number from 1/);
    expect((await run(['check', SAMPLE, '--jobs', '1', '--fail-on', 'never'])).code).toBe(0);
  });

  it('says when a document has no grant of rights, so its findings may not apply (stylish); not of an agreement', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'minutes.txt'), [
      'MINUTES OF THE STEERING COMMITTEE',
      '',
      'Held on 3 March 2026 at the offices of Marrow Photonics Ltd, Bristol.',
      '',
      '1. The committee reviewed the draft cross-licence circulated by Tessel Labs Inc. and asked counsel to revise clause 4.',
      '',
      '2. The next meeting will be held on 7 April 2026.',
      '',
    ].join('\n'));
    const r = await run(['check', 'minutes.txt', '--fail-on', 'never'], { cwd: dir });
    expect(r.stdout).toContain('ℹ minutes.txt: no grant of rights was found (kind: other): the rules are written for licence agreements');
    expect((await run(['check', SAMPLE, '--fail-on', 'never'])).stdout).not.toContain('no grant of rights');
  });

  it('--max-bytes refuses a larger input from its size, for files and standard input; 16 MiB by default', async () => {
    const size = readFileSync(SAMPLE).length;
    const big = await run(['check', SAMPLE, '--max-bytes', String(size - 1)]);
    expect(big.code).toBe(2);
    // Below a tenth of a MB in bytes: '0.0 MB is over the 0.0 MB input limit' said nothing.
    expect(big.stderr).toBe(`clausecheck: ${SAMPLE}: ${size.toLocaleString('en-US')} bytes is over the ${(size - 1).toLocaleString('en-US')}-byte input limit (raise it with --max-bytes)\n`);
    expect((await run(['check', SAMPLE, '--max-bytes', String(size), '--fail-on', 'never'])).code).toBe(0);
    const stdin = await run(['check', '-', '--max-bytes', '10'], { stdin: 'x'.repeat(11) });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toBe('clausecheck: -: 11 bytes is over the 10-byte input limit (raise it with --max-bytes)\n');
    const dir = tempDir();
    writeFileSync(join(dir, 'huge.md'), Buffer.alloc(16 * 1024 * 1024 + 1, 0x61));
    const huge = await run(['check', 'huge.md'], { cwd: dir });
    expect(huge.code).toBe(2);
    expect(huge.stderr).toBe('clausecheck: huge.md: 16.0 MB (16777217 bytes) is over the 16.0 MB input limit (raise it with --max-bytes)\n');
    expect((await run(['tag', SAMPLE, '--max-bytes', '5'])).code).toBe(2);
  });

  it('--fail-on never always passes the gate', async () => {
    const r = await run(['check', SAMPLE, '--format', 'json', '--fail-on', 'never']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as RunReport).summary.gate).toBe('pass');
  });

  it('--quiet keeps only errors in the output', async () => {
    const r = await run(['check', SAMPLE, '--format', 'json', '--quiet', '--fail-on', 'never']);
    const report = JSON.parse(r.stdout) as RunReport;
    for (const d of report.documents) for (const f of d.findings) expect(f.severity).toBe('error');
  });

  it('colours stylish output only on a TTY without NO_COLOR, unless forced', async () => {
    const esc = '\u001b[';
    expect((await run(['check', SAMPLE], { tty: true })).stdout).toContain(esc);
    expect((await run(['check', SAMPLE], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(esc);
    expect((await run(['check', SAMPLE], { tty: false })).stdout).not.toContain(esc);
    expect((await run(['check', SAMPLE, '--color'], { tty: false })).stdout).toContain(esc);
    expect((await run(['check', SAMPLE, '--no-color'], { tty: true })).stdout).not.toContain(esc);
  });
});

describe('the built bin', () => {
  it('prints the version and help, exit 0', () => {
    const v = spawnCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version);
    for (const cmd of [[], ['check'], ['tag'], ['rules']]) {
      const h = spawnCli([...cmd, '--help']);
      expect(h.code).toBe(0);
      expect(h.stdout).toContain('Usage: clausecheck');
    }
  });

  it("tells a new reader what each command's help leaves out: the rules subcommands, and the exit codes where they depend on options", () => {
    // before: the program's list said only 'rules', and check's and test-pack's help no exit code
    expect(spawnCli(['--help']).stdout).toMatch(/rules \[options\]\s+list the rules of the active packs \(rules list\),\s+or explain one \(rules show <id>, or rules <id>\)/);
    expect(spawnCli(['check', '--help']).stdout).toMatch(/Exit codes: 0 the gate passes; 1 it fails: an unwaived finding outside the baseline at or above --fail-on, or more\nwarnings than --max-warnings/);
    expect(spawnCli(['test-pack', '--help']).stdout).toContain('Exit codes: 0 every case passes, 1 a case fails, 2 the pack could not be read.');
    // diff's gate is --fail-on's over the findings introduced (before: said in --fail-on's line only, nothing of 2)
    expect(spawnCli(['diff', '--help']).stdout).toContain('Exit codes: 0 no finding at or above --fail-on is introduced; 1 one is (one that needs review only with\n--fail-on-review); 2 could not run');
    // tag's --format says what each format prints, the extracted text of Word and HTML inputs among it (interface.md)
    expect(spawnCli(['tag', '--help']).stdout.replace(/\s+/g, ' ')).toContain('text, the clause outline with its tags and line:column (for .docx and .html also the extracted text the offsets refer to)');
    // near miss: tag's help, whose exit codes are the program's, says none of its own
    expect(spawnCli(['tag', '--help']).stdout).not.toContain('Exit codes');
  });

  it('maps the gate and problems to exit codes, with no stack trace', () => {
    const ok = spawnCli(['check', SAMPLE, '--fail-on', 'never']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/document checked/);
    const bad = spawnCli(['check', 'does-not-exist.md']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('clausecheck: does-not-exist.md: no such file\n');
    const usage = spawnCli(['check', '--bogus-flag', SAMPLE]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads standard input', () => {
    const r = spawnCli(['check', '-', '--format', 'json'], { input: readFileSync(SAMPLE, 'utf8') });
    expect([0, 1]).toContain(r.code);
    expect((JSON.parse(r.stdout) as RunReport).documents[0]!.path).toBe('-');
  });
});

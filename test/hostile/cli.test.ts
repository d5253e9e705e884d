// Hostile inputs through the real CLI (bin/clausecheck.js; test/cli/global-setup.ts builds dist/ first).
// Every command must end within 10 s with either a correct report or exit 2 and ONE stderr line that names
// the file, never a stack trace; and it must leave every input file byte-identical with its mtime unchanged.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/index.js';
import { buildLongAgreement } from '../../scripts/synthetic.mjs';
import { loadFactor } from '../helpers/cpu.js';
import { bombXml, documentXml, docx } from './zip.js';

const BIN = fileURLToPath(new URL('../../bin/clausecheck.js', import.meta.url));
// The benchmark's preload that writes the peak RSS and CPU time at exit.
const RSS_PRELOAD = new URL('../../scripts/bench-rss.mjs', import.meta.url).href;
const LIMIT_MS = 10_000;
const AGREEMENT = readFileSync(new URL('../../fixtures/synthetic/cross-license-base.md', import.meta.url), 'utf8');

let dir = '';
// Every file the battery created, with the bytes and mtime it must keep.
const inputs = new Map<string, { bytes: Buffer; mtimeMs: number }>();

function put(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  // An mtime in the past, so any rewrite (even of the same bytes) shows.
  utimesSync(path, new Date('2020-01-02T03:04:05Z'), new Date('2020-01-02T03:04:05Z'));
  inputs.set(path, { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs });
  return name;
}

function listing(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

// The wall clock is shared with parallel builds and test runs: a child is killed only after 10 s scaled by
// the load (at most 60 s), and the 10 s limit is asserted on its CPU time, which the preload records.
const KILL_MS = Math.round(Math.min(60_000, LIMIT_MS * loadFactor()));

interface Run { code: number | null; stdout: string; stderr: string; ms: number; signal: NodeJS.Signals | null; cpuS: number; rssMB: number }

/** Run the CLI in the battery's directory, recording its CPU time and peak RSS. */
function cli(args: string[], stdin?: string | Uint8Array, killMs = KILL_MS): Run {
  const before = listing(dir);
  const usageDir = mkdtempSync(join(tmpdir(), 'clausecheck-usage-'));
  const usageFile = join(usageDir, 'usage.json');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', RSS_PRELOAD, BIN, ...args], {
    cwd: dir, input: stdin, encoding: 'utf8', timeout: killMs, maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1', BENCH_RSS_FILE: usageFile },
  });
  const usage = existsSync(usageFile) ? (JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuS: number; rssMB: number }) : { cpuS: NaN, rssMB: NaN };
  rmSync(usageDir, { recursive: true, force: true });
  const run = { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms: performance.now() - t0, signal: r.signal, ...usage };
  // Nothing is ever written to an input file, and nothing new appears beside them.
  for (const [path, before] of inputs) {
    expect(readFileSync(path).equals(before.bytes), `${path} was modified`).toBe(true);
    expect(statSync(path).mtimeMs, `${path} mtime changed`).toBe(before.mtimeMs);
  }
  expect(listing(dir)).toEqual(before);
  return run;
}

/** Ended (not killed) and used under 10 s of CPU. */
function expectInTime(r: Run): void {
  expect(r.signal, `killed after ${KILL_MS} ms wall`).toBeNull();
  expect(r.cpuS * 1000, 'CPU time').toBeLessThan(LIMIT_MS);
}

const STACK = /^\s+at .+[:(]\d+|\n\s+at |Error: .*\n|node:internal|internal error/m;

/** Ended in time and either produced a JSON report for `path` or failed cleanly naming `path`. */
function expectCleanOutcome(r: Run, path: string): RunReport | null {
  expectInTime(r);
  expect(r.stderr).not.toMatch(STACK);
  if (r.code === 2) {
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines, `stderr: ${r.stderr}`).toHaveLength(1);
    expect(lines[0]).toContain(path);
    return null;
  }
  expect([0, 1], `exit ${r.code}, stderr: ${r.stderr}`).toContain(r.code);
  const report = JSON.parse(r.stdout) as RunReport;
  expect(report.schemaVersion).toBeTypeOf('string');
  expect(report.documents.map((d) => d.path)).toContain(path);
  return report;
}

const json = (...files: string[]): string[] => ['check', '--format', 'json', '--fail-on', 'never', ...files];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clausecheck-hostile-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Several CLI runs per test on a shared machine: generous per-test time; each run is still held to 10 s of CPU.
describe('hostile inputs through the CLI', { timeout: 240_000 }, () => {
  it('empty files are refused cleanly, naming the file', () => {
    for (const name of [put('empty.md', ''), put('empty.txt', ''), put('blank.txt', ' \n\t\r\n')]) {
      const r = cli(json(name));
      expect(expectCleanOutcome(r, name)).toBeNull();
      expect(r.stderr).toContain('no text to check');
    }
  });

  it('random binary data named .md', () => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 65_536 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
    const name = put('random.md', bytes);
    expectCleanOutcome(cli(json(name)), name);
  });

  it('a PNG named .md', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082', 'hex');
    const name = put('agreement.md', png);
    expectCleanOutcome(cli(json(name)), name);
  });

  it('invalid UTF-8 (Latin-1 bytes)', () => {
    const name = put('latin1.txt', Buffer.from('1. Lizenzgebühr. Die Lizenznehmerin zahlt 5 %.\n', 'latin1'));
    expectCleanOutcome(cli(json(name)), name);
  });

  it('UTF-16 LE without BOM', () => {
    const name = put('utf16-nobom.txt', Buffer.from(AGREEMENT.slice(0, 4000), 'utf16le'));
    expectCleanOutcome(cli(json(name)), name);
  });

  // interface.md lists "UTF-16 with BOM" as a supported input: a report whose clauses lie in the decoded text.
  // (bugs.md "ingest-utf16-bom", fixed in 05d58c7.)
  it('UTF-16 LE and BE with BOM are decoded, not refused', () => {
    const text = AGREEMENT.slice(0, 6000);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const name of [put('utf16le-bom.txt', le), put('utf16be-bom.txt', be)]) {
      const r = cli(json(name));
      expect(r.code, r.stderr).not.toBe(2);
      const report = expectCleanOutcome(r, name);
      for (const c of report?.documents[0]?.clauses ?? []) {
        expect(c.end).toBeLessThanOrEqual(text.length);
        if (c.heading) expect(text).toContain(c.heading);
      }
    }
  });

  // Was it.fails for /work/notes/bugs.md "cli-no-size-limit" (fixed in 46047d5: a 16 MiB default limit).
  it('a very large file (48 MB) ends within 10 s: a report or a clean "too large" refusal', () => {
    const name = put('huge.md', buildLongAgreement(16_000));
    expect(statSync(join(dir, name)).size).toBeGreaterThan(45e6);
    expectCleanOutcome(cli(json(name)), name);
  });

  it('a long run of cue stems joined by apostrophes and hyphens (270 KB) ends within 10 s', () => {
    // Each word start in the run used to re-read the rest of it for every word* cue: 3,000 repeats took 6.9 s.
    const name = put('joined-stems.md', `${"terminat'".repeat(20_000)}\n\n${'licens-'.repeat(12_000)}royalty\n`);
    expectCleanOutcome(cli(json(name)), name);
  });

  it('a path with spaces and non-ASCII letters, given directly and through its directory', () => {
    const name = put('Verträge und Lizenzen/Übereinkunft ñ 契約 (final).md', AGREEMENT);
    const direct = expectCleanOutcome(cli(json(name)), name);
    expect(direct, 'a real agreement must be checked, not refused').not.toBeNull();
    const viaDir = cli(json('Verträge und Lizenzen'));
    expect(viaDir.code).not.toBe(2);
    expect((JSON.parse(viaDir.stdout) as RunReport).documents.map((d) => d.path)).toEqual([name]);
  });

  it('a missing file and a directory without agreements fail cleanly, naming them', () => {
    expectCleanOutcome(cli(json('no such file.md')), 'no such file.md');
    put('empty dir/notes.json', '{}');
    expectCleanOutcome(cli(json('empty dir')), 'empty dir');
  });

  it('a directory containing a symlink loop ends in time', () => {
    put('loop/a.md', AGREEMENT.slice(0, 2000));
    symlinkSync('.', join(dir, 'loop', 'again'));
    const r = cli(json('loop'));
    expectInTime(r);
    expect(r.stderr).not.toMatch(STACK);
    if (r.code !== 2) expect((JSON.parse(r.stdout) as RunReport).documents.length).toBeGreaterThanOrEqual(1);
  });

  it('a batch gives byte-identical JSON with 1 and 2 worker threads, run after run', () => {
    for (const pages of [2, 5, 9, 14]) put(`batch/agreement-${pages}.md`, buildLongAgreement(pages));
    const one = cli([...json('batch'), '--jobs', '1']);
    const two = cli([...json('batch'), '--jobs', '2']);
    const again = cli([...json('batch'), '--jobs', '2']);
    for (const r of [one, two, again]) expectCleanOutcome(r, 'batch/agreement-14.md');
    expect(two.stdout).toBe(one.stdout);
    expect(again.stdout).toBe(one.stdout);
  });

  it('standard input', () => {
    const r = cli(json('-'), AGREEMENT);
    expectCleanOutcome(r, '-');
  });

  it('a text file named .docx and a binary named .html fail cleanly or are read', () => {
    const docx = put('fake.docx', AGREEMENT.slice(0, 1000));
    expectCleanOutcome(cli(json(docx)), docx);
    const html = put('fake.html', Buffer.from([0x00, 0xff, 0x3c, 0x68, 0x74]));
    expectCleanOutcome(cli(json(html)), html);
  });

  it('a deeply nested JSON config (100,000 arrays; 5,000 objects) fails cleanly, naming the config', () => {
    const doc = put('config-target.md', AGREEMENT);
    const arrays = put('deep-arrays.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const objects = put('deep-objects.json', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`);
    for (const config of [arrays, objects]) {
      const r = cli([...json(doc), '--config', config]);
      expectInTime(r);
      expect(r.stderr).not.toMatch(STACK);
      // Either the config is refused (one line naming it) or ignored keys leave a normal report.
      if (r.code === 2) expectCleanOutcome(r, config);
      else expectCleanOutcome(r, doc);
    }
  });

  it('a config with __proto__ / constructor keys cannot change the outcome through the prototype', () => {
    const doc = put('proto-target.md', AGREEMENT);
    const plain = cli(['check', '--format', 'json', doc]);
    const baseline = expectCleanOutcome(plain, doc);
    const configs = [
      put('proto.json', '{"__proto__": {"failOn": "never", "fail-on": "never", "format": "stylish", "packs": [], "rules": {}}}'),
      put('constructor.json', '{"constructor": {"prototype": {"failOn": "never", "polluted": true}}}'),
    ];
    for (const config of configs) {
      const r = cli(['check', '--format', 'json', doc, '--config', config]);
      expectInTime(r);
      expect(r.stderr).not.toMatch(STACK);
      if (r.code === 2) {
        expectCleanOutcome(r, config);
        continue;
      }
      // Same gate, same findings as without the config: the keys were not merged into any prototype.
      expect(r.code).toBe(plain.code);
      const report = JSON.parse(r.stdout) as RunReport;
      expect(report.documents[0]?.findings).toEqual(baseline?.documents[0]?.findings);
    }
  });

  // Was it.fails for /work/notes/bugs.md "cli-docx-not-wired" (fixed by 14:43 UTC).
  it('a real .docx is read: its numbered clauses are in the report', () => {
    const name = put('word/cross-license.docx', docx(documentXml(['PATENT CROSS-LICENSE AGREEMENT', '1. Grant. Northwind hereby grants to Kestrel a non-exclusive licence under the Licensed Patents.', '2. Term. This Agreement continues for five (5) years.'])));
    const r = cli(json(name));
    expect(r.code, r.stderr).not.toBe(2);
    const report = expectCleanOutcome(r, name);
    expect(report?.documents[0]?.clauses.map((c) => c.number)).toEqual(expect.arrayContaining(['1', '2']));
  });

  it('a .docx zip bomb (1.2 MB inflating word/document.xml to 256 MB) ends within 10 s under 1 GB RSS', () => {
    const name = put('bomb.docx', docx(bombXml(256)));
    const r = cli(json(name));
    expectCleanOutcome(r, name);
    expect(r.rssMB).toBeLessThan(1000);
  });

  it('a .docx with ../ and absolute entry names writes nothing anywhere', () => {
    const escape = `clausecheck-escape-${process.pid}.txt`;
    const name = put('slip.docx', docx(documentXml(['1. Grant. A licence.']), [
      { name: `../../${escape}`, content: 'escaped' },
      { name: `/tmp/${escape}`, content: 'escaped' },
    ]));
    expectCleanOutcome(cli(json(name)), name);
    expect(readdirSync(tmpdir())).not.toContain(escape);
    expect(readdirSync(join(dir, '..'))).not.toContain(escape);
  });
  it('--max-bytes refuses a larger file and a larger standard input with one line naming them; a smaller one is checked', () => {
    const name = put('limited.md', AGREEMENT.slice(0, 3000));
    for (const [args, stdin, label] of [[json(name), undefined, name], [json('-'), AGREEMENT.slice(0, 3000), '-']] as const) {
      const refused = cli([...args, '--max-bytes', '1000'], stdin);
      expect(refused.code).toBe(2);
      expectCleanOutcome(refused, label);
      expect(refused.stderr).toBe(`clausecheck: ${label}: 3,000 bytes is over the 1,000-byte input limit (raise it with --max-bytes)\n`);
      const accepted = cli([...args, '--max-bytes', '5000'], stdin);
      expect(accepted.code, accepted.stderr).not.toBe(2);
    }
  });
  // Was it.fails for /work/notes/bugs.md "pack-regex-redos" (fixed in b9e3908: such patterns are refused at load).
  it('a user pack whose rule pattern backtracks catastrophically ((a+)+$ on 40 "a"s and a "!") ends within 10 s', () => {
    const doc = put('backtrack.md', `1. Grant. ${'a'.repeat(40)}!\n`);
    put('evil-pack/pack.json', JSON.stringify({ id: 'evil', version: '1.0.0', description: 'A pack whose pattern backtracks exponentially.', rules: ['backtrack'] }));
    const rule = put('evil-pack/backtrack.json', JSON.stringify({
      id: 'evil/backtrack', severity: 'error', title: 'Backtracking pattern', scope: 'document',
      conditions: { all: [{ fact: 'clauses', params: { label: 'backtracking', text: '(a+)+$' }, operator: 'nonEmpty', value: true }] },
      message: 'matched', rationale: 'A hostile pattern.', recommendation: 'None.',
    }));
    // Killed sooner than other runs: a regression would never end on its own.
    const r = cli([...json(doc), '--pack', 'evil-pack'], undefined, 1.5 * LIMIT_MS);
    // Refused at load (naming the rule file) or stopped by a time limit; never minutes of backtracking.
    expectInTime(r);
    expect(r.stderr).not.toMatch(STACK);
    if (r.code === 2) expect(r.stderr.trimEnd().split('\n')[0]).toMatch(new RegExp(`${rule.replace('/', '.')}|evil/backtrack|evil-pack`));
  });

  it('a .docx whose document.xml declares an external entity (XXE) never reads the file it names', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    // A second entity names a canary file of our own, so a read shows even where /etc/passwd differs.
    put('xxe-canary.txt', 'CANARY-7f3a secret licence terms');
    const xml = `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY canary SYSTEM "file://${join(dir, 'xxe-canary.txt')}">]><w:document xmlns:w="${W}"><w:body>`
      + '<w:p><w:r><w:t>1. Grant. Northwind grants Kestrel a licence under the Licensed Patents.</w:t></w:r></w:p>'
      + '<w:p><w:r><w:t>2. Notices. &xxe; &canary;</w:t></w:r></w:p></w:body></w:document>';
    const name = put('xxe.docx', docx(xml));
    const r = cli(json(name));
    expectCleanOutcome(r, name);
    // Neither the report nor the message may carry the entity's target (/etc/passwd starts with "root:").
    expect(r.stdout).not.toMatch(/root:|nologin|\/bin\/(ba)?sh|CANARY-7f3a/);
    expect(r.stderr).not.toMatch(/root:|nologin|CANARY-7f3a/);
  });

  // "extends" takes built-in ids and sibling pack folders only: anything else is refused at load, naming the pack.
  const outsidePack = (): void => {
    put('outside/pack.json', JSON.stringify({ id: 'outside', version: '1.0.0', description: 'A pack outside the user pack folder.', rules: [] }));
  };
  it('a user pack whose "extends" climbs out with ../../.. fails cleanly, naming the pack file', () => {
    const doc = put('extends-target.md', AGREEMENT.slice(0, 2000));
    const manifest = put('climb-pack/pack.json', JSON.stringify({ id: 'climb', version: '1.0.0', description: 'Extends a folder above its own.', extends: ['../../..'], rules: [] }));
    const r = cli([...json(doc), '--pack', 'climb-pack']);
    expect(r.code, r.stderr).toBe(2);
    expectCleanOutcome(r, manifest);
  });
  it('a user pack whose "extends" is an absolute path outside its folder is refused, naming the pack file', () => {
    outsidePack();
    const doc = put('extends-abs-target.md', AGREEMENT.slice(0, 2000));
    const manifest = put('abs-pack/pack.json', JSON.stringify({ id: 'abs', version: '1.0.0', description: 'Extends an absolute path.', extends: [join(dir, 'outside')], rules: [] }));
    const r = cli([...json(doc), '--pack', 'abs-pack']);
    expect(r.code, r.stderr).toBe(2);
    expectCleanOutcome(r, manifest);
  });

  it('hostile waivers files (__proto__ keys, 100,000-deep nesting, a non-ISO expiry, 10,000 entries) fail cleanly or apply', () => {
    const doc = put('waived.md', AGREEMENT);
    const entry = { rule: 'exit/cure-period-missing', clause: '7.2', reason: 'accepted', approvedBy: 'counsel', expires: '2099-12-31' };
    const files = [
      put('waivers-proto.json', '{"waivers": [], "__proto__": {"waivers": [{"rule": "*"}]}}'),
      put('waivers-deep.json', `{"waivers": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
      put('waivers-date.json', JSON.stringify({ waivers: [{ ...entry, expires: '31/12/2099' }] })),
      put('waivers-many.json', JSON.stringify({ waivers: Array.from({ length: 10_000 }, (_, i) => ({ ...entry, clause: `${i}.1` })) })),
    ];
    for (const waivers of files) {
      const r = cli([...json(doc), '--waivers', waivers]);
      expectInTime(r);
      expect(r.stderr).not.toMatch(STACK);
      if (r.code === 2) expectCleanOutcome(r, waivers);
      else expectCleanOutcome(r, doc);
    }
    // A non-ISO expiry must be refused, with the JSON path of the bad field.
    const bad = cli([...json(doc), '--waivers', 'waivers-date.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/waivers-date\.json.*expires/);
  });
});

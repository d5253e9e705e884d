// The library loads remark (first Markdown document) and the validating pack loader (first loadPack) on first use,
// with require() of ES modules where the runtime has it. That must not cost the library its synchronous API anywhere:
// - where require(esm) exists, the built library is itself loadable with require() (a top-level await anywhere in
//   its module graph would make that fail with ERR_REQUIRE_ASYNC_MODULE), by path and by package name;
// - where it does not (simulated with --no-experimental-require-module), the package's import entry loads both up
//   front, and the CLI imports remark before reading documents, on its own thread and on workers.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACK = resolve(ROOT, 'rules/antitrust');
const MARKDOWN = '# Patent Licence\\n\\n## 1. Grant\\n\\nAcme hereby grants to Beta a non-exclusive licence under the Licensed Patents.\\n';

/** A folder whose node_modules/clausecheck is this checkout, for resolving the package by name (its exports). */
function project(): string {
  const dir = mkdtempSync(resolve(tmpdir(), 'cc-require-'));
  mkdirSync(resolve(dir, 'node_modules'));
  symlinkSync(ROOT, resolve(dir, 'node_modules/clausecheck'), 'dir');
  return dir;
}

// Synchronous use: ingest() of Markdown (remark) and loadPack() (zod), then the report's clause count.
const USE = `
  const s = lib.ingest('a.md', new TextEncoder().encode('${MARKDOWN}'));
  const pack = lib.loadPack(${JSON.stringify(PACK)});
  lib.check([s]).then((r) => console.log(JSON.stringify({ pack: pack.id, clauses: r.documents[0].clauses.length })));
`;

function run(dir: string, file: string, source: string, flags: string[] = []): { status: number | null; stdout: string; stderr: string } {
  writeFileSync(resolve(dir, file), source);
  return spawnSync(process.execPath, [...flags, resolve(dir, file)], { cwd: dir, encoding: 'utf8' });
}

describe('the built library, with require(esm)', () => {
  it('loads with require(), by package name and by path, and parses Markdown synchronously', () => {
    const dir = project();
    for (const target of ['clausecheck', resolve(ROOT, 'dist/index.js')]) {
      const r = run(dir, 'use.cjs', `const lib = require(${JSON.stringify(target)});\n${USE}`);
      expect(r.stderr, target).toBe('');
      expect(JSON.parse(r.stdout), target).toMatchObject({ pack: 'antitrust' });
      expect(JSON.parse(r.stdout).clauses, target).toBeGreaterThan(1);
    }
  });
});

describe('without require(esm) (--no-experimental-require-module)', () => {
  const flags = ['--no-experimental-require-module'];

  it('the package\'s import entry parses Markdown and loads packs synchronously', () => {
    const dir = project();
    const r = run(dir, 'use.mjs', `const lib = await import('clausecheck');\n${USE}`, flags);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ pack: 'antitrust' });
    expect(JSON.parse(r.stdout).clauses).toBeGreaterThan(1);
  });

  it('the CLI checks Markdown on its own thread and on worker threads, as with it', () => {
    const md = resolve(ROOT, 'fixtures/balanced-cross-license.md');
    const txt = resolve(ROOT, 'fixtures/sec-exhibit-cross-license.txt');
    const cli = (extra: string[], args: string[]) => spawnSync(process.execPath, [...extra, resolve(ROOT, 'bin/clausecheck.js'), 'check', '--format', 'json', '--fail-on', 'never', ...args], { encoding: 'utf8' });
    for (const args of [[md], ['--jobs', '2', md, txt]]) {
      const without = cli(flags, args);
      expect(without.stderr, args.join(' ')).toBe('');
      expect(without.status).toBe(0);
      expect(without.stdout).toBe(cli([], args).stdout);
      expect(JSON.parse(without.stdout).documents[0].clauses.length).toBeGreaterThan(1);
    }
  }, 90_000); // four CLI runs, two of them with worker pools: ~6 s alone, over 30 s on a loaded runner
});

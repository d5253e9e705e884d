// interface.md: a run that cannot be done exits 2 with one stderr line naming the file and, for JSON, the path inside
// it. Two places that named less: a waivers file the config names but that is not there (named as if given with
// --waivers, so the user could not tell where it came from), and a pack's rule or cases file that is not JSON (V8's
// message with a character position, no line and column, no '$', as a config file's syntax error has).
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, run } from './helpers.js';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausecheck-problems-'));
  mkdirSync(join(dir, 'deals'));
  cpSync(join(FIXTURES, 'placeholder-license.md'), join(dir, 'deals', 'licence.md'));
  return dir;
}

describe('one line naming the file and the path inside it', () => {
  it("a waivers file the config names and that is missing is named at the config's $.waivers", async () => {
    const dir = project();
    writeFileSync(join(dir, 'deals', 'clausecheck.config.json'), JSON.stringify({ waivers: '../legal/waivers.json' }));
    const r = await run(['check', 'deals/licence.md'], { cwd: dir });
    expect(r.code).toBe(2);
    // before: 'clausecheck: legal/waivers.json: no such file'
    expect(r.stderr).toBe('clausecheck: deals/clausecheck.config.json: $.waivers: waivers file legal/waivers.json: no such file\n');
    // through --config, as given
    const given = await run(['check', 'deals/licence.md', '--config', 'deals/clausecheck.config.json'], { cwd: dir });
    expect(given.stderr).toBe('clausecheck: deals/clausecheck.config.json: $.waivers: waivers file legal/waivers.json: no such file\n');
  });

  it('near misses: a missing --waivers file is named alone, and a config that names one that is there reads it', async () => {
    const dir = project();
    const r = await run(['check', 'deals/licence.md', '--waivers', 'legal/waivers.json'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, 'clausecheck: legal/waivers.json: no such file\n']);
    mkdirSync(join(dir, 'legal'));
    writeFileSync(join(dir, 'legal', 'waivers.json'), JSON.stringify({ waivers: [] }));
    writeFileSync(join(dir, 'deals', 'clausecheck.config.json'), JSON.stringify({ waivers: '../legal/waivers.json' }));
    const ok = await run(['check', 'deals/licence.md', '--fail-on', 'never'], { cwd: dir });
    expect([ok.code, ok.stderr]).toEqual([0, '']);
  });

  it("a pack's rule file or cases file that is not JSON is named with '$' and the line and column, as a config file is", async () => {
    const dir = project();
    const pack = join(dir, 'house-pack');
    cpSync(join(ROOT, 'rules', 'precision'), pack, { recursive: true });
    writeFileSync(join(pack, 'vague-term.json'), '{\n  "id": "vague-term",\n  "severity": "warning",\n}\n');
    const r = await run(['check', 'deals/licence.md', '--pack', './house-pack'], { cwd: dir });
    expect(r.code).toBe(2);
    // before: 'invalid JSON: Expected double-quoted property name in JSON at position 49', with no '$', line or column
    expect(r.stderr).toMatch(/^clausecheck: \S*house-pack\/vague-term\.json: \$: invalid JSON: [^\n]* \(line 4, column 1\)\n$/);

    cpSync(join(ROOT, 'rules', 'precision', 'vague-term.json'), join(pack, 'vague-term.json'));
    writeFileSync(join(pack, 'placeholder.cases.json'), '{ "cases": [\n  { "name": "an unfilled bracket",\n');
    const t = await run(['test-pack', 'house-pack'], { cwd: dir });
    expect(t.code).toBe(2);
    // before: 'cannot read cases: Unexpected end of JSON input'
    expect(t.stderr).toMatch(/^clausecheck: \S*house-pack\/placeholder\.cases\.json: \$: invalid JSON: [^\n]+\n$/);
    expect(t.stderr).not.toContain('cannot read cases');
  });

  it("an empty JSON file, or one of binary content, says so (before: 'Unexpected end of JSON input', or the bytes quoted)", async () => {
    const dir = project();
    writeFileSync(join(dir, 'clausecheck.config.json'), '\n');
    const empty = await run(['check', 'deals/licence.md'], { cwd: dir });
    expect([empty.code, empty.stderr]).toEqual([2, 'clausecheck: clausecheck.config.json: $: invalid JSON: the file is empty\n']);
    writeFileSync(join(dir, 'clausecheck.config.json'), '{}');
    // a Word file given as the waivers (a zip: NUL bytes), and a baseline saved from a binary stream
    writeFileSync(join(dir, 'waivers.json'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]));
    const binary = await run(['check', 'deals/licence.md', '--waivers', 'waivers.json'], { cwd: dir });
    expect([binary.code, binary.stderr]).toEqual([2, 'clausecheck: waivers.json: $: invalid JSON: binary content, not text\n']);
    writeFileSync(join(dir, 'baseline.json'), Buffer.from([0xff, 0xfe, 0xfd, 0x7b, 0x81, 0x9c]));
    const baseline = await run(['check', 'deals/licence.md', '--baseline', 'baseline.json'], { cwd: dir });
    expect([baseline.code, baseline.stderr]).toEqual([2, 'clausecheck: baseline.json: $: invalid JSON: binary content, not text\n']);
    // near miss: a file cut short is still JSON's own words, with the place
    writeFileSync(join(dir, 'clausecheck.config.json'), '{ "failOn": ');
    expect((await run(['check', 'deals/licence.md'], { cwd: dir })).stderr).toMatch(/^clausecheck: clausecheck\.config\.json: \$: invalid JSON: Unexpected end of JSON input\n$/);
  });
});

// Pack patterns that can backtrack catastrophically are refused at load with one line naming the file and JSON path.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadError } from './pack-helpers.js';
import { loadBuiltinPacks, loadPack } from '../../src/rules/index.js';
import { MAX_PATTERN_LENGTH, unsafePattern } from '../../src/rules/regex-safety.js';

function packWithPattern(pattern: string, where: 'text' | 'require' = 'text'): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausecheck-redos-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pack.json'), JSON.stringify({ id: 'evil', version: '1.0.0', description: 'A pack with one pattern.', rules: ['backtrack'] }));
  const params = where === 'text' ? { label: 'backtracking', text: pattern } : { label: 'backtracking', text: 'grant', require: ['licen', pattern] };
  writeFileSync(
    join(dir, 'backtrack.json'),
    JSON.stringify({
      id: 'evil/backtrack',
      severity: 'warning',
      title: 'Backtracking',
      scope: 'clause',
      conditions: { all: [{ fact: 'clauses', params, operator: 'nonEmpty', value: true }] },
      message: 'Matched {{evidence}}.',
      rationale: 'A rationale long enough.',
      recommendation: 'A recommendation.',
    }),
  );
  return dir;
}


describe('catastrophic pack patterns', () => {
  it.each(['(a+)+$', '(a|a)*b', '(.*a){20}', '(\\w+\\s?)*$', '(?:x+x+)+y', '(a|ab)*c'])('refuses %s at load, naming file and JSON path', (pattern) => {
    const dir = packWithPattern(pattern);
    const e = loadError(dir);
    expect(e.code).toBe('pack-invalid');
    expect(e.file).toBe(join(dir, 'backtrack.json'));
    expect(e.jsonPath).toBe('$.conditions.all[0].params.text');
    expect(e.message).toMatch(/backtrack catastrophically/);
    expect(e.render()).not.toContain('\n');
  });

  it('finds the pattern inside a require list', () => {
    const e = loadError(packWithPattern('(a+)+$', 'require'));
    expect(e.jsonPath).toBe('$.conditions.all[0].params.require[1]');
  });

  it('refuses over-long patterns', () => {
    const e = loadError(packWithPattern(`\\b(?:${Array.from({ length: 1200 }, (_, i) => `word${i}`).join('|')})\\b`));
    expect(e.message).toMatch(new RegExp(`at most ${MAX_PATTERN_LENGTH}`));
  });

  it('accepts the ordinary shapes of pack patterns', () => {
    for (const p of ['\\bshall\\s+(?:not\\s+)?pay\\b', '(?:\\w+\\s+){0,3}licen[cs]e', '[^.;]{0,80}\\b(?:sell|offer)\\w*', '(?:[A-Z][a-z]+\\s)+Inc\\.', '\\bgrant(?:s|ed)?\\b']) {
      expect(unsafePattern(p), p).toBeNull();
    }
  });

  it('leaves every built-in pack loadable', () => {
    expect(loadBuiltinPacks().map((p) => p.id)).toEqual(expect.arrayContaining(['antitrust', 'exit', 'governance', 'improvements', 'monetization', 'precision', 'reciprocity']));
  });

  it('passes every built-in pattern through the check that start-up skips for them', () => {
    // loadBuiltinPacks trusts the built-in patterns; loaded as a user pack, each one is analysed.
    for (const pack of loadBuiltinPacks()) expect(loadPack(pack.dir).rules.map((r) => r.id)).toEqual(pack.rules.map((r) => r.id));
  });

  it('still checks a user pack that extends a built-in one', () => {
    const dir = packWithPattern('(a+)+$');
    const manifest = join(dir, 'pack.json');
    writeFileSync(manifest, JSON.stringify({ id: 'evil', version: '1.0.0', description: 'A pack with one pattern.', extends: ['monetization'], rules: ['backtrack'] }));
    expect(loadError(dir).message).toMatch(/backtrack catastrophically/);
  });
});

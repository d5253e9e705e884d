// Pack patterns that can backtrack catastrophically are refused at load with one line naming the file and JSON path.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadError } from './pack-helpers.js';
import { builtinRulesDir, loadBuiltinPacks, loadPack } from '../../src/rules/index.js';
import { MAX_PATTERN_LENGTH, unsafePattern } from '../../src/rules/regex-safety.js';
import { cpuClock } from '../helpers/cpu.js';

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
  it.each(['(a+)+$', '(a|a)*b', '(.*a){20}', '(\\w+\\s?)*$', '(?:x+x+)+y', '(a|ab)*c', '\\bif\\b(?:[^.;]|\\.\\d|(?<=\\bcls?)\\.){0,300}\\bterminat'])('refuses %s at load, naming file and JSON path', (pattern) => {
    const dir = packWithPattern(pattern);
    const e = loadError(dir);
    expect(e.code).toBe('pack-invalid');
    expect(e.file).toBe(join(dir, 'backtrack.json'));
    expect(e.jsonPath).toBe('$.conditions.all[0].params.text');
    expect(e.message).toMatch(/backtrack catastrophically/);
    expect(e.render()).not.toContain('\n');
  });

  it("keeps no-challenge's gap across 'cl.' linear: one way through each dot", () => {
    // 4295d83's '(?:[^.;]|\\.\\d|(?<=\\bcls?)\\.){0,300}' had two ways through 'cl.1': 'cl.1 ' 24 times after a challenge
    // and no termination took 18 s (2^n tries on n dots); the check above now refuses that shape in a user pack.
    const rule = JSON.parse(readFileSync(join(builtinRulesDir(), 'antitrust', 'no-challenge.json'), 'utf8')) as { conditions: unknown };
    const sources: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') sources.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(rule.conditions);
    const gap = sources.find((s) => s.includes('cls?'));
    expect(gap).toBeDefined();
    const re = new RegExp((gap as string).replace('(?&challenge-bar)|', ''), 'i');
    const t0 = cpuClock();
    expect(re.test(`If Corvane challenges the validity of a Helixa Patent ${'cl.1 '.repeat(20)}nothing follows.`)).toBe(false);
    expect(t0()).toBeLessThan(500);
    expect(re.test('Helixa may terminate the licence in cl. 3.1 by notice if Corvane challenges the validity of a Helixa Patent')).toBe(true);
  });

  it("reads treatment-missing's statute-name exclusion once per improvement, not once per improvement per text", () => {
    // 35ea6c5's '(?<!\\bimprovements?\\b[\\s\\S]*)\\bimprovements?\\b...(?![\\s\\S]*\\bimprovements?\\b)' read the whole text
    // back and forth at each try: quadratic (a 480 KB clause of disclosed improvements: 0.95 -> 3.0 s a check; 160 KB of
    // 'improvementx ' 2.6 s for the pattern alone). Lazy, and the look back after the word: each gap is read once.
    const rule = JSON.parse(readFileSync(join(builtinRulesDir(), 'improvements', 'treatment-missing.json'), 'utf8')) as { conditions: { all: { params: { exclude?: string } }[] } };
    const src = rule.conditions.all.map((c) => c.params.exclude).find((x) => x?.includes('Act'));
    expect(src).toBeDefined();
    const re = new RegExp(src as string, 'i');
    const t0 = cpuClock();
    for (const filler of ['improvementx ', 'the improvement is disclosed ', 'improvement Act of 2003 ']) re.test(filler.repeat(200_000 / filler.length));
    expect(t0()).toBeLessThan(500);
    const statute = 'as required by Section 1112 of the Medicare Prescription Drug, Improvement, and Modernization Act of 2003';
    expect(re.test(`Each Party shall file this Agreement ${statute}.`)).toBe(true);
    expect(re.test(`Beta owns its Improvements. Each Party shall file this Agreement ${statute}.`)).toBe(false);
    expect(re.test(`Each Party shall file this Agreement ${statute}. Beta owns its Improvements.`)).toBe(false);
  });

  it("reads placeholder's 'underscores alone on their line' test a bounded way around each blank", () => {
    // e6c5631's look-ahead '_{4,}(?![ \\t\\u00a0_]*(?<=(?:^|\\n)[ \\t\\u00a0_]*)(?:\\r?\\n|$))' read the rest of the line and
    // the line back to its start at each run of underscores (and again at each shorter run after a silent one): a 50 KB
    // line of '_____ ' took 2.9 s, 50 KB of '_' 8 s, and after a word on the line each step back re-read the line
    // ('Name: ' + 50 KB of '_____ ' + 'x' did not finish in a minute). Now each side is read up to 200 characters: a
    // line that is blanks and underscores for 200 characters on each side of a blank, or up to its ends, is silent.
    const rule = JSON.parse(readFileSync(join(builtinRulesDir(), 'precision', 'placeholder.json'), 'utf8')) as { conditions: { all: { params: { text: string } }[] } };
    const re = new RegExp(rule.conditions.all[0]!.params.text, 'gi');
    const blanks = '_____ '.repeat(8_500);
    const at = (text: string): number[] => [...text.matchAll(re)].map((m) => m.index);
    const t0 = cpuClock();
    expect(at(`4.1 Royalties.\n${blanks}\n4.2 Audit.`)).toEqual([]);
    expect(at(`4.1 Royalties.\n${'_'.repeat(50_000)}\n`)).toEqual([]);
    expect(at(`The fee is ${blanks}dollars.`)[0]).toBe(11);
    expect(at(`Name: ${blanks}x`).length).toBeGreaterThan(0);
    expect(t0()).toBeLessThan(2_000);
    // Short lines as before: a bare signature line is silent, a blank in a sentence fires.
    expect(at('Stuttgart, 3 May 2027\n\n________________________      ________________________\n')).toEqual([]);
    expect(at('(1) Nordwerk shall pay Kessler a running royalty of EUR ________ for each Licensed Product.')).toEqual([56]);
  });

  it("reads market-allocation's 'under the other's marks' exception a bounded way after each restraint", () => {
    // c17b29b's '(?![^.;]*\\b(?:under|bearing|...)\\s+(?:(?!its|...)[\\w-]+\\s+){0,4}?(?:marks|...))' read the rest of the
    // sentence, four words at each 'under', at every 'shall not sell': 100 KB of 'shall not sell under under under ' took
    // 5.0 s of CPU for the text pattern alone (0.5 s before it). Now it reads 640 characters, as far as the mutual form's
    // match does: 0.7 s.
    // The rule as loaded: its pack's named patterns ('(?&untested-goods)') resolved.
    // Its first query is the allocation pattern's (the second, customers-by-purchase, is short and bounded).
    type Query = { params: { text?: string } };
    const rule = loadBuiltinPacks().flatMap((p) => p.rules).find((r) => r.id === 'antitrust/market-allocation') as unknown as { conditions: { all?: Query[]; any?: Query[] } };
    const re = new RegExp((rule.conditions.all ?? rule.conditions.any)![0]!.params.text!, 'gi');
    const t0 = cpuClock();
    expect(re.test('shall not sell under under under '.repeat(3_000))).toBe(false);
    expect(t0()).toBeLessThan(2_000);
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
    for (const p of ['\\bshall\\s+(?:not\\s+)?pay\\b', '(?:\\w+\\s+){0,3}licen[cs]e', '[^.;]{0,80}\\b(?:sell|offer)\\w*', '(?:[A-Z][a-z]+\\s)+Inc\\.', '\\bgrant(?:s|ed)?\\b', '(?:[^.;]|\\.\\d){0,300}\\bterminat', '(?:[^.;]|\\.(?:\\d|(?<=\\bcls?\\.)(?!\\d))){0,300}\\bterminat', '\\b(?:a|an|the){0,3}\\s']) {
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

describe('a pattern safe as written but ambiguous as the rules compile it', () => {
  it('refuses a dot beside a negated dot class in either order, naming the dot leader', () => {
    // "[^.;]" reads the leader that stands for a number's or an abbreviation's dot, and so does "\." as compiled.
    const why = unsafePattern(String.raw`\bterminat\w*(?:\.\d|[^.;]){0,300}\bbreach`);
    expect(why).toMatch(/backtrack catastrophically once "\\\." also reads the rules' dot leader/);
    expect(why).not.toContain('\u2024');
  });
  it('accepts the order the built-in packs write, and a pattern with no dot', () => {
    expect(unsafePattern(String.raw`\bterminat\w*(?:[^.;]|\.\d){0,300}\bbreach`)).toBeNull();
    expect(unsafePattern(String.raw`\bterminat\w*[^.;]{0,300}\bbreach`)).toBeNull();
  });
});

// An exclude is tested on each candidate clause's whole text: a look-around that reads the rest of the clause at every
// match of the pattern costs the clause's length at each, quadratic in a long clause. retaliation-carve-out-missing's
// "a challenge proceeding, and no infringement word" exclude reads at most 2,000 characters either way.
import { describe, expect, it } from 'vitest';
import { loadBuiltinPacks } from '../../src/rules/index.js';
import { compile } from '../../src/rules/patterns.js';
import { cpuClock } from '../helpers/cpu.js';

const rule = loadBuiltinPacks().flatMap((p) => p.rules).find((r) => r.id === 'antitrust/retaliation-carve-out-missing')!;
const exclude = (rule.conditions.all?.[0]?.params as { exclude: string }).exclude;

describe('retaliation-carve-out-missing: the challenge exclude', () => {
  it('still reads a challenge sanction, and an infringement word beside it', () => {
    const re = compile(exclude);
    expect(re.test('Alpha may terminate if Beta commences any proceeding challenging the validity of an Alpha Patent.')).toBe(true);
    expect(re.test('Alpha may terminate if Beta brings any action challenging the validity of, or alleging infringement of, an Alpha Patent.')).toBe(false);
    expect(re.test('Alpha may terminate if Beta asserts any patent against Alpha or files a petition seeking to invalidate an Alpha Patent.')).toBe(false);
  });

  it('costs linear time on a long clause of challenge proceedings, each near an infringement word (4.2-5.8 s for these 400 KB before)', () => {
    const re = compile(exclude);
    const text = 'proceeding challenging infringe '.repeat(12_500); // 400 KB
    const t = cpuClock();
    expect(re.test(text)).toBe(false);
    expect(t()).toBeLessThan(1000);
  });
});

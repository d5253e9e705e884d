// The property harness draws the same cases on every run unless told otherwise, so a landing cannot pass or fail by
// the draw on the same code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holds, propertySeed, PROPERTY_DEFAULT_SEED } from './harness.js';

async function drawn(): Promise<string[]> {
  const seen: string[] = [];
  await holds('records its cases', fc.property(fc.string(), fc.integer(), (s, n) => {
    seen.push(`${JSON.stringify(s)}:${n}`);
    return true;
  }), 0.2);
  return seen;
}

describe('property harness seed', () => {
  it('checks the same cases on two runs of the same code', async () => {
    const first = await drawn();
    const second = await drawn();
    expect(first.length).toBeGreaterThan(1);
    expect(second).toEqual(first);
  });
  it('takes a fixed seed by default, a given one when set, and a fresh one only when asked', () => {
    expect(propertySeed({})).toBe(PROPERTY_DEFAULT_SEED);
    expect(propertySeed({ PROPERTY_SEED: '-12345' })).toBe(-12345);
    expect(propertySeed({ FUZZ_SEED: '77' })).toBe(77);
    expect(propertySeed({ PROPERTY_SEED: '5', FUZZ_SEED: '77' })).toBe(5);
    const fresh = new Set([propertySeed({ PROPERTY_SEED: 'random' }), propertySeed({ PROPERTY_SEED: 'random' }), propertySeed({ PROPERTY_SEED: 'random' })]);
    expect(fresh.size).toBeGreaterThan(1);
    expect(() => propertySeed({ PROPERTY_SEED: 'abc' })).toThrow(/PROPERTY_SEED/);
  });
  it('gives a property written with fc.assert directly the same seed (test/helpers/property-seed.ts)', () => {
    const direct = () => {
      const seen: number[] = [];
      fc.assert(fc.property(fc.integer(), (n) => { seen.push(n); }), { numRuns: 5 });
      return seen;
    };
    // A given seed is the suite's; 'random' draws one per process, so only its being set is checked then.
    const given = process.env.PROPERTY_SEED ?? process.env.FUZZ_SEED;
    if (given === 'random') expect(fc.readConfigureGlobal().seed).toBeTypeOf('number');
    else expect(fc.readConfigureGlobal().seed).toBe(propertySeed());
    expect(direct()).toEqual(direct());
  });
  it('draws a new seed in fuzz mode unless one is given', () => {
    expect(propertySeed({ FUZZ_LOG: '/tmp/x' })).not.toBe(PROPERTY_DEFAULT_SEED);
    expect(propertySeed({ FUZZ_LOG: '/tmp/x', FUZZ_SEED: '9' })).toBe(9);
  });
});

// lowerBound and upperBound: the binary searches the stages share (word runs, scan matches, ligature offsets, line starts).
import { describe, expect, it } from 'vitest';
import { lowerBound, upperBound } from '../../src/model/index.js';

/** The same answers by a walk: the first index below `end` whose value is >= x (lower) or > x (upper). */
function walk(a: ArrayLike<number>, x: number, end: number, strict: boolean): number {
  for (let i = 0; i < end; i++) if (strict ? (a[i] as number) > x : (a[i] as number) >= x) return i;
  return end;
}

describe('lowerBound and upperBound', () => {
  it('agree with a walk on ascending arrays with repeats, for every probe and every filled length', () => {
    // A small deterministic generator: the same arrays on every run.
    let seed = 20261130;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let round = 0; round < 200; round++) {
      const n = next() % 12;
      const values: number[] = [];
      for (let i = 0, v = next() % 5; i < n; i++, v += next() % 3) values.push(v);
      // A buffer longer than its filled part, as a word index's grows ahead of its count: the tail must not be read.
      const buffer = new Int32Array(n + 4).fill(-1);
      buffer.set(values);
      for (let x = -1; x <= (values.at(-1) ?? 0) + 1; x++) {
        expect(lowerBound(values, x)).toBe(walk(values, x, n, false));
        expect(upperBound(values, x)).toBe(walk(values, x, n, true));
        expect(lowerBound(buffer, x, n)).toBe(walk(values, x, n, false));
        expect(upperBound(buffer, x, n)).toBe(walk(values, x, n, true));
      }
    }
  });

  it('puts a probe before, among and after repeated values', () => {
    const a = [2, 4, 4, 4, 9];
    expect([lowerBound(a, 1), lowerBound(a, 4), lowerBound(a, 5), lowerBound(a, 10)]).toEqual([0, 1, 4, 5]);
    expect([upperBound(a, 1), upperBound(a, 4), upperBound(a, 5), upperBound(a, 10)]).toEqual([0, 4, 4, 5]);
    expect(lowerBound([], 3)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { CappedCache, memoByMembers } from '../../src/model/memo.js';

describe('memoByMembers', () => {
  it('derives once per array while it holds the same members, and again when a member is added, removed or replaced', () => {
    const calls: string[][] = [];
    const joined = memoByMembers((items: readonly string[]) => {
      calls.push([...items]);
      return items.join('+');
    });
    const packs = ['core', 'antitrust'];
    expect(joined(packs)).toBe('core+antitrust');
    expect(joined(packs)).toBe('core+antitrust');
    expect(calls).toHaveLength(1);
    packs.push('exit');
    expect(joined(packs)).toBe('core+antitrust+exit');
    packs.pop();
    expect(joined(packs)).toBe('core+antitrust');
    packs[1] = 'reciprocity';
    expect(joined(packs)).toBe('core+reciprocity');
    expect(joined(packs)).toBe('core+reciprocity');
    expect(calls).toEqual([['core', 'antitrust'], ['core', 'antitrust', 'exit'], ['core', 'antitrust'], ['core', 'reciprocity']]);
  });

  it('keeps each array apart: an equal array of its own is derived for itself', () => {
    let n = 0;
    const counted = memoByMembers((_items: readonly number[]) => ++n);
    const a = [1, 2];
    const b = [1, 2];
    expect(counted(a)).toBe(1);
    expect(counted(b)).toBe(2);
    expect(counted(a)).toBe(1);
  });
});

describe('CappedCache', () => {
  it('makes each value once while it is cached, and never holds more than its limit', () => {
    const made: string[] = [];
    const cache = new CappedCache<string, string>(3);
    const upper = (k: string): string => {
      made.push(k);
      return k.toUpperCase();
    };
    expect(cache.get('grant', upper)).toBe('GRANT');
    expect(cache.get('grant', upper)).toBe('GRANT');
    expect(made).toEqual(['grant']);
    for (const k of ['licence', 'royalty', 'term', 'audit', 'notice']) {
      expect(cache.get(k, upper)).toBe(k.toUpperCase());
      expect(cache.size).toBeLessThanOrEqual(3);
    }
    // Forgotten when full, made again, with the same value.
    expect(cache.get('grant', upper)).toBe('GRANT');
    expect(made.filter((k) => k === 'grant')).toHaveLength(2);
  });
});

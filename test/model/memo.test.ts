import { describe, expect, it } from 'vitest';
import { memoByMembers } from '../../src/model/memo.js';

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

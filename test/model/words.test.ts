import { describe, expect, it } from 'vitest';
import { fillKept, WORD_RUNS_KEPT, WordRunBuffer, wordHash, wordIndex, wordIndexOf } from '../../src/model/words.js';
import type { Source } from '../../src/model/source.js';

/** The word runs as the regex engine sees them: each \w run, the letters and digits it opens with, their hash. */
function plainRuns(text: string): { starts: number[]; ends: number[]; hashes: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  for (const m of text.matchAll(/\w+/g)) {
    const lead = /^[A-Za-z0-9]*/.exec(m[0])?.[0] ?? '';
    starts.push(m.index);
    ends.push(m.index + lead.length);
    hashes.push(wordHash(lead.toLowerCase()));
  }
  return { starts, ends, hashes };
}

describe('wordIndex', () => {
  it('finds the runs of \\w, the letters and digits each opens with, and their lower-case hash', () => {
    const text = 'The LICENSEE_Agent (30) shall_ __pay__ état Ünited 5% x_1 a-b K\u212aelvin 12ab_CD ';
    const index = wordIndex(text);
    const plain = plainRuns(text);
    expect([...index.starts]).toEqual(plain.starts);
    expect([...index.ends]).toEqual(plain.ends);
    expect([...index.hashes]).toEqual(plain.hashes);
    expect(index.count).toBe(plain.starts.length);
    // The same words in other letter cases hash alike.
    const [the, licensee] = [...index.hashes];
    expect(the).toBe(wordHash('the'));
    expect(licensee).toBe(wordHash('licensee'));
  });
  it('grows past the room it starts with, and reads a run that ends the text', () => {
    // One-letter words: a word in two chars, twice the room a text starts with.
    const text = `${'a '.repeat(5000)}B_c9`;
    const index = wordIndex(text);
    const plain = plainRuns(text);
    expect(index.count).toBe(5001);
    expect([...index.starts]).toEqual(plain.starts);
    expect([...index.ends]).toEqual(plain.ends);
    expect([...index.hashes]).toEqual(plain.hashes);
    expect(wordIndex('').count).toBe(0);
    expect(wordIndex('_').ends[0]).toBe(0);
  });
  it('keeps a buffer for reuse no larger than WORD_RUNS_KEPT runs, whatever texts it read', () => {
    const kept = new WordRunBuffer();
    // A text of one-letter words has a run in every two chars, twice the room a buffer first makes for it.
    const dense = 'a '.repeat(WORD_RUNS_KEPT);
    expect(fillKept(kept, dense)).toBe(kept);
    expect(kept.count).toBe(WORD_RUNS_KEPT);
    expect(kept.starts.length).toBeLessThanOrEqual(WORD_RUNS_KEPT);
    // One more run than the bound could hold: read into a buffer of its own.
    const longer = `${dense}a`;
    const own = fillKept(kept, longer);
    expect(own).not.toBe(kept);
    expect(own.count).toBe(WORD_RUNS_KEPT + 1);
    expect(kept.starts.length).toBeLessThanOrEqual(WORD_RUNS_KEPT);
    // The kept buffer reads a short text the same afterwards (its arrays may be longer than its count).
    const short = fillKept(kept, 'Grant_back of 5 licenses');
    expect([...short.starts.subarray(0, short.count)]).toEqual(plainRuns('Grant_back of 5 licenses').starts);
  });
  it('is found once per source', () => {
    const source: Source = { path: 'a.txt', format: 'text', text: 'The Licensor grants a license.', sha256: '' };
    const first = wordIndexOf(source);
    expect(wordIndexOf(source)).toBe(first);
    expect(wordIndexOf({ ...source })).not.toBe(first);
    expect([...first.starts]).toEqual(plainRuns(source.text).starts);
  });
});

// A long-lived process (the planned server) meets ever new pack patterns: the per-process caches of compiled
// patterns, of backtracking verdicts and of one-pattern scan plans (~440 KB each) hold a bounded number of entries,
// and a pattern compiled again after its entry was dropped matches exactly as before.
import { describe, expect, it } from 'vitest';
import { leadingWords } from '../../src/rules/leading-words.js';
import { casedPattern, compile, insensitive, lowered, PATTERN_CACHE_LIMIT, patternCacheSizes } from '../../src/rules/patterns.js';
import { unsafePattern, VERDICT_CACHE_LIMIT, verdictCacheSize } from '../../src/rules/regex-safety.js';
import { matchesOf, SINGLE_PLAN_LIMIT, singlePlanCount, WordStarts } from '../../src/rules/word-starts.js';

const CLAUSE = '7.2 Licensee shall pay Licensor a royalty of 3% of Net Sales of each Licensed Product within 30 days after each Quarter; ROYALTY REPORTS shall accompany each payment.';
const ROYALTY = String.raw`\broyalt(?:y|ies)\b[^.;]{0,40}\b(?:net\s+sales|revenue)`;

/** Where a pattern matches the clause (lower-cased pattern on the lower-cased clause). */
const matchesIn = (text: string, src: string): number[] => [...text.toLowerCase().matchAll(lowered(src).global)].map((m) => m.index);

describe('bounded pattern caches', () => {
  it('keep at most PATTERN_CACHE_LIMIT compiled patterns of each kind', () => {
    const before = matchesIn(CLAUSE, ROYALTY);
    expect(before).toEqual([CLAUSE.indexOf('royalty')]);
    for (let i = 0; i < PATTERN_CACHE_LIMIT + 300; i++) {
      const src = String.raw`\bsection\s+${i}\.\d+\b`;
      compile(src);
      lowered(src);
      casedPattern(src);
      insensitive(src);
      const sizes = patternCacheSizes();
      expect(Math.max(sizes.insensitive, sizes.lowered, sizes.cased, sizes.insensitivePatterns)).toBeLessThanOrEqual(PATTERN_CACHE_LIMIT);
    }
    // Dropped and compiled again: the same matches, cased or not.
    expect(matchesIn(CLAUSE, ROYALTY)).toEqual(before);
    expect(compile(ROYALTY).test(CLAUSE)).toBe(true);
    expect(casedPattern(String.raw`\bROYALTY\s+REPORTS\b`).once.exec(CLAUSE)?.index).toBe(CLAUSE.indexOf('ROYALTY REPORTS'));
  });

  it('keep at most VERDICT_CACHE_LIMIT backtracking verdicts, and the same verdicts after', () => {
    const unsafe = String.raw`(?:\w+\s?)+:`;
    const verdict = unsafePattern(unsafe);
    expect(verdict).toMatch(/backtrack/);
    for (let i = 0; i < VERDICT_CACHE_LIMIT + 100; i++) {
      expect(unsafePattern(String.raw`\bclause\s+(?:${i}|\d+)(?:\.\d+)*\b`)).toBeNull();
      expect(verdictCacheSize()).toBeLessThanOrEqual(VERDICT_CACHE_LIMIT);
    }
    expect(unsafePattern(unsafe)).toBe(verdict);
  });

  it('keep at most SINGLE_PLAN_LIMIT one-pattern plans, and the same matches after', () => {
    const words = new WordStarts(CLAUSE);
    const scan = (src: string) => {
      const p = insensitive(src);
      return matchesOf(words, p.sticky, leadingWords(lowered(src).source) as NonNullable<ReturnType<typeof leadingWords>>, CLAUSE, false);
    };
    const before = scan(ROYALTY);
    expect(before.starts).toEqual([CLAUSE.indexOf('royalty')]);
    for (let i = 0; i < SINGLE_PLAN_LIMIT * 3; i++) {
      // A new Leading (a pattern's opening words) each time: the plans are kept per Leading.
      expect(scan(String.raw`\b(?:licensee|w${i})\s+shall\b`).starts).toEqual([CLAUSE.indexOf('Licensee')]);
      expect(singlePlanCount()).toBeLessThanOrEqual(SINGLE_PLAN_LIMIT);
    }
    expect(scan(ROYALTY)).toEqual(before);
  });
});

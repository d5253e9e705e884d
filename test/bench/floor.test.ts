// The bench's floor (scripts/bench-lib.mjs): one combined regex of the taxonomy's cue words. The trie
// spelling must find exactly what the flat alternation finds, or the floor would be measured on a
// different scan depending on which spelling was cheaper that run.
import { describe, expect, it } from 'vitest';
import { floorRegex, taxonomyCueWords, trieRegex } from '../../scripts/bench-lib.mjs';

const matches = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

const AGREEMENT = [
  '2.1 Licence Grant. Subject to the terms of this Agreement, Licensor hereby grants to Licensee a non-exclusive,',
  'worldwide, royalty-bearing licence under the Licensed Patents to make, use and sell Licensed Products.',
  '7. TERMINATION. Either Party may terminate this Agreement upon sixty (60) days\' written notice if the other',
  'Party materially breaches it. Sections 8 (Confidentiality) and 11 (Governing Law) survive termination.',
  'The Licensee shall not sublicense, assign or transfer its rights without consent; U.S. export laws apply.',
].join('\n');

describe('bench floor regex', () => {
  const words = ['licen', 'licence', 'license', 'licensee', 'grant', 'terminat', 'term', 'survive', 'sublicens', 'export', 'shall', 'u.s', 'non-exclusive', 'royalty-bearing'];

  it('finds the same matches spelt as a trie as spelt as a flat alternation', () => {
    expect(matches(trieRegex(words), AGREEMENT)).toEqual(matches(floorRegex(words.map((w) => w.replace(/[.]/g, '\\.'))), AGREEMENT));
    expect(matches(trieRegex(words), AGREEMENT).length).toBeGreaterThan(10);
  });

  it('drops a word that a shorter cue word already covers, without losing its matches', () => {
    const source = trieRegex(['licen', 'licensee', 'licence']).source;
    expect(source).not.toContain('see');
    expect(matches(trieRegex(['licen', 'licensee']), 'the Licensee and the licence')).toEqual(['4:Licensee', '21:licence']);
  });

  it('takes every cue word of the built taxonomy, minus function words', async () => {
    const cues = (await taxonomyCueWords()) as { words: string[]; types: number; patterns: number } | null;
    if (cues === null) return; // dist/ not built: the bench says so itself
    expect(cues.types).toBeGreaterThanOrEqual(60);
    expect(cues.words).toEqual(expect.arrayContaining(['grant', 'licensed', 'terminat', 'shall', 'royalt']));
    expect(cues.words).not.toContain('the');
    expect(matches(trieRegex(cues.words), AGREEMENT)).toEqual(matches(floorRegex(cues.words.map((w) => w.replace(/[.$]/g, '\\$&'))), AGREEMENT));
  });
});

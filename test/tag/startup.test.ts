// Start-up cost: compromise (~0.25-0.5 s CPU to load) is loaded only when a sentence needs its analysis,
// and the cue inflections come from a generated table that must match compromise's conjugation.
import { describe, expect, it } from 'vitest';
import { nlpLoaded, inflections, computeInflections, inflectionWords, modalClauses } from '../../src/tag/nlp.js';
import { INFLECTIONS } from '../../src/tag/inflections.generated.js';
import { BUILTIN_TYPES } from '../../src/tag/taxonomy.js';
import { typesOf } from './helpers.js';

describe('tagger start-up', () => {
  // Runs first in this file's fresh module graph, before anything below loads compromise.
  it('tags a contract without loading compromise when no modal cue decides a tag', () => {
    // Modal cues read without a parse: a passive ("may be terminated"), a coordinated verb ("may change or
    // cancel"), an adverbial ("will not in any way solicit").
    const types = typesOf([
      '1. Governing Law. This Agreement shall be governed by the laws of the State of New York.',
      '2. Notices. All notices shall be in writing.',
      '3. Either Party may change or cancel any purchase order before shipment, and this Agreement may be terminated by either Party on ninety days notice.',
      '4. Each Party agrees that, during the term, it will not in any way solicit for employment any employee of the other Party.',
    ].join('\n\n'));
    expect([...types]).toEqual(expect.arrayContaining(['governing-law', 'termination', 'non-solicit']));
    expect(inflections('grant')).toContain('granted');
    expect(nlpLoaded()).toBe(false);
  });

  it('loads compromise on the first sentence analysis and keeps the legal vocabulary', () => {
    const [first] = modalClauses('Neither party shall assign this Agreement without consent.');
    expect(nlpLoaded()).toBe(true);
    expect(first).toMatchObject({ modal: 'shall', negated: true, verb: 'assign' });
  });

  it('has a generated inflection for every word~ of the built-in cues, equal to compromise\'s (rerun scripts/tag-inflections.mjs)', () => {
    const words = inflectionWords(BUILTIN_TYPES);
    expect(Object.keys(INFLECTIONS).sort()).toEqual(words);
    for (const w of words) expect(INFLECTIONS[w], w).toEqual(computeInflections(w));
  });

  it('conjugates a word outside the table (a rule pack cue) on demand', () => {
    expect(INFLECTIONS['outsource']).toBeUndefined();
    expect(inflections('outsource')).toEqual(expect.arrayContaining(['outsourced', 'outsources', 'outsourcing']));
  });
  it('inflects the last part of a hyphenated word', () => {
    expect(inflections('co-own')).toEqual(expect.arrayContaining(['co-own', 'co-owned', 'co-owns']));
    expect(inflections('cross-claim')).toContain('cross-claims');
    expect(typesOf('The Joint Patents shall be co-owned by the parties in equal undivided shares.').has('joint-ip')).toBe(true);
  });
});

// Who acts before an act (oneSided): lastActingSubject finds, without compiling a pattern per document, the match
// that the document's pattern (a mutual subject or a party name, then a modal verb) finds last.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actingSubjectPattern, lastActingSubject } from '../../src/rules/context.js';

function byPattern(s: string, names: readonly string[]): { index: number; text: string } | null {
  let last: { index: number; text: string } | null = null;
  for (const m of s.matchAll(actingSubjectPattern(names))) last = { index: m.index, text: m[1] ?? '' };
  return last;
}

const NAMES = ['alpha technologies inc.', 'beta gmbh', 'alpha', 'beta', 'licensor', 'licensee'];

describe('lastActingSubject', () => {
  it('finds the last party or mutual subject that a modal verb follows', () => {
    const s = 'Subject to Section 4, Alpha Technologies Inc. may terminate, and thereafter Licensee shall';
    expect(lastActingSubject(s, NAMES)).toEqual({ index: s.indexOf('Licensee'), text: 'Licensee' });
    expect(lastActingSubject('Either Party, at its option, may', NAMES)).toEqual({ index: 0, text: 'Either Party' });
    // A longer name first; a name that ends in "." is no subject before a space (no word boundary there); a name
    // inside a word is no name; no modal verb, no subject.
    expect(lastActingSubject('BETA GMBH hereby', NAMES)?.text).toBe('BETA GMBH');
    expect(lastActingSubject('Alpha Technologies Inc. hereby', NAMES)).toBeNull();
    expect(lastActingSubject('Alphabet may', NAMES)).toBeNull();
    expect(lastActingSubject('Beta terminates', NAMES)).toBeNull();
    for (const s2 of [s, 'Either Party, at its option, may', 'the parties shall; Beta GmbH will', 'Ｂeta may, Beta can']) {
      expect(lastActingSubject(s2, NAMES)).toEqual(byPattern(s2, NAMES));
    }
  });

  it('agrees with the pattern on generated sentences', () => {
    const token = fc.constantFrom(
      'Alpha', 'ALPHA', 'alpha', 'Beta', 'beta gmbh', 'Beta GmbH', 'Alpha Technologies Inc.', 'Licensor', 'LICENSEE', 'Alphabet',
      'either party', 'Each Party', 'each of the parties', 'the parties', 'the non-breaching party', 'a party', 'either of them',
      'may', 'shall', 'will', 'can', 'hereby', 'also', 'agrees', 'is entitled', 'has the right', 'reserves', 'undertakes',
      'terminate', 'not', ', at its option,', ',', '.', ';', ' ', '  ', '\n', '_', 'é', 'É', 'ſ', 'K', 'Ａ', '(', ')', '"', '“', '-', 'x1',
    );
    const sentence = fc.array(token, { maxLength: 12 }).map((a) => a.join(' ').replace(/ {3}/g, ' '));
    const names = fc.subarray(NAMES.concat(['gamma', 'a', 'inc.', 'x_1']), { minLength: 1 }).map((a) => [...a].sort((x, y) => y.length - x.length));
    fc.assert(
      fc.property(sentence, names, (s, ns) => {
        expect(lastActingSubject(s, ns)).toEqual(byPattern(s, ns));
        return true;
      }),
      { numRuns: 3000 },
    );
  });
});

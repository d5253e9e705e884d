// Who acts before an act (oneSided): lastActingSubject finds, without compiling a pattern per document, the match
// that the document's pattern (a mutual subject or a party name, then a modal verb) finds last.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actingSubjectPattern, arePlainNames, joinedAfter, joinedBefore, lastActingSubject, passiveSubject, subjectSources } from '../../src/rules/context.js';

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

describe('passiveSubject, joinedAfter, joinedBefore (the other subject patterns, read without compiling them)', () => {
  const compiled = (names: readonly string[]) => subjectSources(names).map(([src, flags]) => new RegExp(src, flags));
  const viaPatterns = (s: string, names: readonly string[]) => {
    const [, passive, before, after] = compiled(names) as [RegExp, RegExp, RegExp, RegExp];
    const m = passive.exec(s);
    return { passive: m ? { end: m[0].length, text: m[1] ?? '' } : null, before: before.test(s), after: after.test(s) };
  };
  const viaReads = (s: string, names: readonly string[]) => ({ passive: passiveSubject(s, names), before: joinedBefore(s, names), after: joinedAfter(s, names) });

  it('reads the subject of "by X", and X joined to another party before or after', () => {
    expect(passiveSubject(' by the Licensee or Alpha', NAMES)).toEqual({ end: 16, text: 'Licensee' });
    expect(passiveSubject('ed by either party', NAMES)).toEqual({ end: 18, text: 'either party' });
    expect(passiveSubject('ed by Alphabet', NAMES)).toBeNull();
    expect(joinedAfter(' and/or Beta GmbH', NAMES)).toBe(true);
    expect(joinedAfter(' and Gamma', NAMES)).toBe(false);
    expect(joinedBefore('Subject to this, the Licensor and the ', NAMES)).toBe(true);
    expect(joinedBefore('Alpha Technologies Inc., ', NAMES)).toBe(true);
    expect(joinedBefore('Alphabet and ', NAMES)).toBe(false);
    expect(arePlainNames(NAMES)).toBe(true);
    expect(arePlainNames(['alpha', ' beta'])).toBe(false);
    expect(arePlainNames(['alpha', 'bêta'])).toBe(false);
  });

  it('agrees with the patterns on generated texts', () => {
    const token = fc.constantFrom(
      'Alpha', 'ALPHA', 'alpha', 'Beta', 'beta gmbh', 'Beta GmbH', 'Alpha Technologies Inc.', 'Licensor', 'LICENSEE', 'Alphabet', 'the', 'The',
      'either party', 'Each Party', 'each of the parties', 'the parties', 'the non-breaching party', 'a party', 'partyx', 'either of them',
      'by', 'BY', 'ed by', 'terminated', 'and', 'or', 'and/or', 'AND', 'andor', ',', '.', ';', ' ', '  ', '\n', '\t', '\u00a0', '_', 'é', 'ſ', 'K', 'Ａ', '(', ')', '-', 'x1',
    );
    const text = fc.array(token, { maxLength: 10 }).chain((a) => fc.constantFrom(' ', '', '  ').map((sep) => a.join(sep)));
    const names = fc.subarray(NAMES.concat(['gamma', 'a', 'inc.', 'x_1', 'the company', 'and', '.', 'by']), { minLength: 1 }).map((a) => [...a].sort((x, y) => y.length - x.length));
    fc.assert(
      fc.property(text, names, (s, ns) => {
        expect(viaReads(s, ns)).toEqual(viaPatterns(s, ns));
        return true;
      }),
      { numRuns: 5000 },
    );
  });
});

// The searches of the rules context that stop where a match could still count (a heading in a clause's first 40
// characters, a grant's words inside its clause) give what a search to the end of the document and a test of where it
// landed gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/model/index.js';
import { indexOfBefore, squashedAt } from '../../src/rules/context.js';

/** The searches as they were: to the end of the text, then a test of where the match starts. */
function indexOfBeforeReference(text: string, part: string, from: number, before: number): number {
  const at = text.indexOf(part, from);
  return at >= 0 && at < before ? at : -1;
}
function squashedAtReference(text: string, squashed: string, from: number, to: number): { start: number; end: number } | null {
  const at = text.indexOf(squashed, from);
  if (at >= 0 && at < to) return { start: at, end: at + squashed.length };
  const pattern = new RegExp(squashed.split(' ').map(escapeRegExp).join(String.raw`\s+`), 'g');
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m && m.index < to ? { start: m.index, end: m.index + m[0].length } : null;
}

const text = fc.array(fc.constantFrom('Licensor', 'grants', 'a', ' ', '  ', '\n', '\u00a0', 'licence', '.', 'the'), { maxLength: 30 }).map((a) => a.join(''));
// With words that open with other white space than a space (what a squashed evidence never holds), which take the compiled route.
const words = fc.array(fc.constantFrom('Licensor', 'grants', 'a', 'licence', 'the', 'ns', '', '.', '\na', '\u00a0the'), { minLength: 1, maxLength: 4 }).map((a) => a.join(' '));

describe('bounded searches of the rules context', () => {
  it('indexOfBefore is indexOf from `from`, kept when below `before`', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('a', 'grants', 'the licence', 'Licensor grants', ' ', ''), fc.nat(60), fc.integer({ min: -5, max: 80 }), (t, part, from, before) => {
        expect(indexOfBefore(t, part, from, before)).toBe(indexOfBeforeReference(t, part, from, before));
      }),
      { numRuns: 3000 },
    );
  });

  it('squashedAt finds the words as written or across broken lines and doubled spaces, inside [from, to)', () => {
    fc.assert(
      fc.property(text, words, fc.nat(60), fc.nat(80), (t, w, from, to) => {
        // Where the rules call it: from a clause's start inside the text, for some words.
        fc.pre(from <= t.length && w !== '');
        expect(squashedAt(t, w, from, to)).toEqual(squashedAtReference(t, w, from, to));
      }),
      { numRuns: 3000 },
    );
    const clause = 'Licensor  grants\nLicensee a licence. Licensor grants';
    expect(squashedAt(clause, 'Licensor grants Licensee', 0, 20)).toEqual({ start: 0, end: 25 });
    expect(squashedAt(clause, 'Licensor grants', 1, clause.length)).toEqual({ start: 37, end: 52 });
    // A last word that opens with a blank (a no-break space) takes the blank that `\s+` gives back (found by fast-check).
    expect(squashedAt('.  \u00a0the', '. \u00a0the', 0, 1)).toEqual({ start: 0, end: 7 });
  });
});

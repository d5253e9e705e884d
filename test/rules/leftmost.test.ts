// A clause's require/exclude patterns are searched in the clause's slice of the text. One that opens with a
// lookbehind is tried only where its leading words start in the slice (context.ts leftmostIn); the match must be the
// one exec on the slice finds, wherever the slice starts (inside a word, after the words a lookbehind looks for).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { leftmostIn, opensWithLongLookbehind } from '../../src/rules/context.js';
import { startsWithin, WordStarts } from '../../src/rules/word-starts.js';
import { resolvePatternTable } from '../../src/rules/pattern-refs.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pack = JSON.parse(readFileSync(`${root}rules/monetization/pack.json`, 'utf8')) as { patterns: Record<string, string> };
// As the rules read it (its named parts resolved), less the look-ahead for its own words that opens it (which spares
// a sentence guard its look-behind at every character): a pattern that opens with a look-behind reaching far back.
const table = resolvePatternTable({}, pack.patterns, 'rules/monetization/pack.json');
const wordsFirst = `(?=(?:${table['royalty-free-words'] as string}))`;
const royaltyFree = (table['royalty-free'] as string).slice(wordsFirst.length);

const patterns: readonly { src: string; cased: boolean }[] = [
  { src: royaltyFree, cased: false },
  { src: `(?:${royaltyFree})`, cased: false },
  { src: String.raw`(?<!\bnot\s)\b(?:shall|will)\s+pay\b`, cased: false },
  { src: String.raw`(?<!\bnot\b[^.]{0,40})\b(?:shall|will)\s+pay\b`, cased: false },
  { src: String.raw`(?<=\.\s)the\s+licen[cs]e`, cased: false },
  { src: String.raw`(?<=\.\s(?:\w+\s+)*)the\s+licen[cs]e`, cased: false },
  { src: String.raw`(?:(?<![A-Z])Improvements?\b|\bfully[- ]paid)`, cased: true },
  // A long lookbehind that opens a later alternative (as exclusive-grant-back's assignment does): the regex engine
  // tries it wherever the first alternative fails, at nearly every offset.
  { src: String.raw`\bexclusive\s+licen[cs]e|(?<!\bfails?\s+to\s+(?:maintain|pay)\w*(?:[^.;]|\.(?=\d)){0,300})\b(?:shall|will)\s+assign\b`, cased: false },
  { src: String.raw`(?:\bsole\s+and\s+exclusive\b|(?<!\bnot\b[^.]{0,40})(?<!\bno\s)\bshall\s+pay\b)`, cased: false },
  // After a lookahead of its own words the lookbehind is reached only where they are: left to the regex engine.
  { src: String.raw`(?=shall)(?<!\bnot\b[^.]{0,40})shall\s+pay\b`, cased: false },
  // Not at the opening of any alternative.
  { src: String.raw`\bshall\s+(?<!\bnot\b[^.]{0,40})pay\b|\bfully[- ]paid`, cased: false },
];

/** What the search stands for: exec on the slice. */
function reference(text: string, src: string, lo: number, to: number, cased: boolean): { start: number; end: number } | null {
  const m = new RegExp(src, cased ? '' : 'i').exec(text.slice(lo, to));
  return m ? { start: lo + m.index, end: lo + m.index + m[0].length } : null;
}

const fragment = fc.constantFrom(
  'The licence is royalty-free', ' royalty free', ' a royalty of 3% of Net Sales', ' free of any royalty', ' FULLY-PAID', ' fully paid',
  ' without payment of any royalties', ' no fees or royalties', ' Licensee shall pay', ' shall not pay', '. The licence', '. the License',
  ' Improvements', 'improvement', ' thereafter', ' shall assign', ' will assign', ' fails to maintain', ' fail to pay it', ' 3.5',
  ' an exclusive license', ' sole and exclusive', ' no shall pay', ' ', '\n', '. ', 'xroyalty-free', 'Net Sales', ' (', ') ',
);
const text = fc.array(fragment, { maxLength: 24 }).map((a) => a.join(''));

describe('leftmostIn (a clause-sized search)', () => {
  it('reads the pack royalty-free pattern as its own words first, then its look-behind', () => {
    expect((table['royalty-free'] as string).startsWith(wordsFirst)).toBe(true);
    expect(opensWithLongLookbehind(royaltyFree)).toBe(true);
  });

  it('reads the word starts of the slice only for a pattern a match of which may open with a lookbehind looking far back', () => {
    expect(patterns.map((p) => opensWithLongLookbehind(p.src))).toEqual([true, true, false, true, false, true, false, true, true, false, false]);
  });

  it('finds what exec on the slice finds, for patterns that open with a lookbehind and others', () => {
    fc.assert(
      fc.property(text, fc.nat(patterns.length - 1), fc.nat(400), fc.nat(400), (t, k, a, b) => {
        const { src, cased } = patterns[k] as (typeof patterns)[number];
        const lo = Math.min(a, t.length);
        const to = Math.min(b, t.length + 5);
        expect(leftmostIn(t, src, lo, to, cased)).toEqual(reference(t, src, lo, to, cased));
        // The same, with the slice's word starts read from the whole text's (as a document's search does).
        expect(leftmostIn(t, src, lo, to, cased, new WordStarts(t).starts)).toEqual(reference(t, src, lo, to, cased));
      }),
      { numRuns: 4000 },
    );
  });

  it("reads a slice's word starts from the text's: those a walk over the slice finds", () => {
    const chars = fc.constantFrom('a', 'Z', '7', '_', ' ', '-', '\n', 'é', '’', '.');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), fc.integer({ min: -2, max: 45 }), fc.integer({ min: -2, max: 45 }), (cs, lo, to) => {
        const t = cs.join('');
        if (lo < 0 || to < 0) return; // slice() counts those from the end; clause offsets never are
        expect([...startsWithin(new WordStarts(t).starts, t, lo, to).starts]).toEqual([...new WordStarts(t.slice(lo, to)).starts]);
      }),
      { numRuns: 4000 },
    );
  });

  it('finds the carve-out where a royalty rate does not come before it', () => {
    const t = 'Section 4. The licence is royalty-free for research use. Otherwise nothing is due.';
    expect(leftmostIn(t, royaltyFree, 0, t.length, false)).toEqual({ start: t.indexOf('royalty-free'), end: t.indexOf('royalty-free') + 12 });
    const paid = 'Licensee shall pay a royalty of 3% of Net Sales, and the licence is otherwise royalty-free.';
    expect(leftmostIn(paid, royaltyFree, 0, paid.length, false)).toBeNull();
    // The same words after the slice's start: the lookbehind no longer sees the rate.
    const from = paid.indexOf('and the');
    expect(leftmostIn(paid, royaltyFree, from, paid.length, false)).toEqual(reference(paid, royaltyFree, from, paid.length, false));
    expect(leftmostIn(paid, royaltyFree, from, paid.length, false)).not.toBeNull();
  });
});

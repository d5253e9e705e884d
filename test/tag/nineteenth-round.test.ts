// The nineteenth session's round (tag19): general forms behind the eighteenth and nineteenth held-out batches' misses
// and false tags, and the leftovers of the eighteenth round, each in wordings of no held-out batch, beside near misses
// that share their words.
import { describe, expect, it } from 'vitest';
import { CueSet } from '../../src/tag/cues.js';
import { typesOf } from './helpers.js';

describe('a cue gap stays in its sentence', () => {
  // The three ways a cue is matched: plain words, words with a stem (run words), and its regex (a #num).
  const cues = ['not .. sue', 'not .. su*', 'not .. #num days'];
  const hitsOf = (text: string): number[] => new CueSet(cues).scan(text).map((h) => h.cue);
  it('does not cross a sentence end', () => {
    expect(hitsOf('Your licence will not end. But if you sue us, it ends at once.')).toEqual([]);
    expect(hitsOf('It will not end! Sue us and it ends.')).toEqual([]);
    expect(hitsOf('It will not end (see the Schedule.) Sue us and it ends.')).toEqual([]);
    expect(hitsOf('The notice is not valid. Thirty days after it is given, ...')).toEqual([]);
  });
  it('reads across the dot of an abbreviation, a number or a word', () => {
    expect(hitsOf('The Licensee shall not under Sec. 5 sue the Licensor.')).toEqual([0, 1]);
    expect(hitsOf('Acme Inc. will not, in the U.S., sue Beta.')).toEqual([0, 1]);
    expect(hitsOf('It will not end (see clause 4.) Sue us and it ends.')).toEqual([0, 1]);
    expect(hitsOf('It shall not under clause 3.1 sue.')).toEqual([0, 1]);
    expect(hitsOf('It need not be given more than 30 days ahead.')).toEqual([2]);
    // A run-in heading's dot: "7.2 Not Sued. The Licensor ..." reads on (four words at most since the last sentence end).
    expect(hitsOf('7.2 Covenant Not. Sue.')).toEqual([0, 1]);
    expect(hitsOf('It ends. Not Sued Heading. Sue.')).toEqual([0, 1]);
    expect(hitsOf('It ends here and now. Five words is not a heading. Sue.')).toEqual([]);
  });
  it("keeps 'your licence will not end. But if you sue' from reading as a covenant not to sue", () => {
    expect(typesOf('Your licence will not end. But if you sue us or any other user over a patent, we may end it at once.')).not.toContain('covenant-not-to-sue');
    expect(typesOf('You will not, under any circumstances, sue us over a patent that covers the app.')).toContain('covenant-not-to-sue');
  });
});

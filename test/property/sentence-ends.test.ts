// The cues' regexes read a copy of the text with its sentence ends marked (src/tag/cues.ts markSentenceEnds). Its
// candidates are now every ".", "!" and "?" found by indexOf, where they were the matches of the regex
// /[.!?](?=[)\]"'’”]*\s)/g; each candidate is then asked of isSentenceEnd as before. The copy is the same exactly when
// no mark falls on a "." "!" or "?" that the regex did not match (the regex's candidates are among indexOf's, and the
// test of each is the same): that is the property. The texts are made of what the test reads: the three marks,
// closing brackets and quotes (ASCII and curly) before white space of every kind (\s is more than " "), abbreviations
// ("U.S.", "Inc.", "Sec."), run-in headings ("5.10. Interest."), one-letter words, the mark char itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markSentenceEnds } from '../../src/tag/cues.js';
import { holds } from './harness.js';

const piece = fc.constantFrom(
  'The Licensee', 'shall pay', 'a', 'x', 'Acme Inc', 'U.S', 'e.g', 'Sec', 'No', '5.10', 'Interest', '(a) Basic Fee', 'fees',
  'one two three four five', '.', '.', '.', '!', '?', '..', '...', ')', ']', '"', "'", '’', '”', '))', ' ', ' ', '  ', '\n',
  '\n\n', '\r\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u0001', '_', '-', ';', ':', 'é', '1',
);
const text = fc.array(piece, { minLength: 0, maxLength: 60 }).map((ps) => ps.join(''));

/** Where markSentenceEnds marked a char of `text` that was not already the mark. */
function marksOf(text: string): number[] {
  const marked = markSentenceEnds(text);
  const at: number[] = [];
  for (let p = 0; p < text.length; p++) if (marked.charCodeAt(p) === 1 && text.charCodeAt(p) !== 1) at.push(p);
  return at;
}

describe('markSentenceEnds', () => {
  it('marks only chars the regex of candidates matched, and keeps every other char', async () => {
    await holds('sentence ends by indexOf', fc.property(text, (t) => {
      const marked = markSentenceEnds(t);
      if (marked.length !== t.length) throw new Error(`length ${marked.length} of ${t.length}`);
      const candidate = /[.!?](?=[)\]"'’”]*\s)/y;
      for (let p = 0; p < t.length; p++) {
        if (marked.charCodeAt(p) === t.charCodeAt(p)) continue;
        candidate.lastIndex = p;
        if (marked.charCodeAt(p) !== 1 || !candidate.test(t)) throw new Error(`marked at ${p} of ${JSON.stringify(t)}`);
      }
    }), 400);
  });
  it('marks sentence ends after every kind of closer and white space, not abbreviations or a run-in heading', () => {
    const t = 'The first sentence ends here. "The second one ends here!" (The third one ends here?)\u00a0The U.S. government and Acme Inc. ' +
      'pays all of the fees. 5.10. Interest. The fees are due on time.’\u2003No.';
    expect(marksOf(t).map((p) => `${t.slice(p - 4, p)}${t.charAt(p)}`)).toEqual(['here.', 'here!', 'here?', 'fees.', 'time.']);
  });
});

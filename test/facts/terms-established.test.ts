// termsEstablished reads its markers (' form a', ' set up a', ...) at the word runs of their verbs instead of an indexOf
// scan of the text per marker: the same terms, in the same order, as those scans.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ESTABLISHED, ESTABLISH_MARKERS, termsAfterMarker, termsEstablished } from '../../src/facts/undefined-terms.js';
import { wordIndex } from '../../src/model/index.js';

const byScan = (t: string): string[] => ESTABLISH_MARKERS.flatMap((m) => termsAfterMarker(t, m, m.length, ESTABLISHED));
const piece = fc.constantFrom(' ', '  ', '\t', '\n', 'form', 'forms', 'reform', 'platform', 'establish', 'set', 'up', 'set up', 'constitute', 'create', 'a', 'an', 'any', 'n', ' a', ' an ', '_', 'é', 'Joint', 'Steering', 'Committee', 'Co-Chair', 'Working', 'Group', 'JSC', 'of', 'the', '.', ',', 'Form', 'SET', '1');
const text = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));

describe('termsEstablished', () => {
  it('finds what an indexOf scan per marker finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(termsEstablished(t, wordIndex(t))).toEqual(byScan(t));
      }),
      { numRuns: 4000 },
    );
  });

  it('reads the bodies it was written for', () => {
    const doc = 'The parties shall form a Joint Integration Committee of three members. Alpha may establish an Audit Panel. They set up a Working Group. A platform a User Forum is not one. These constitute a Review Board and create a Joint Team.';
    expect(termsEstablished(doc, wordIndex(doc))).toEqual(byScan(doc));
    expect(termsEstablished(doc, wordIndex(doc))).toEqual(['Joint Integration Committee', 'Audit Panel', 'Working Group', 'Review Board', 'Joint Team']);
  });
});

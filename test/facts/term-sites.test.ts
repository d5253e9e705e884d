// trademarked reads the few terms left at the document's trademark sign sites (found once: signSites) instead of
// indexOf scans of the whole text for each term left: the same answers as those scans. (A quoted term defined by what it
// includes is read by the definitions reader: definitions-sentence.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signSites, trademarked } from '../../src/facts/undefined-terms.js';

/** The scans trademarked stood for: the term and its first word, as whole words, then a sign on the next 6 characters. */
function signScanned(text: string, term: string): boolean {
  const space = term.indexOf(' ');
  for (const name of space < 0 ? [term] : [term, term.slice(0, space)]) {
    for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + 1)) {
      const before = k > 0 ? text.charCodeAt(k - 1) : -1;
      const word = (before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95;
      if (!word && /^[ \t]*(?:[™®℠]|\((?:TM|R|SM)\))/.test(text.slice(k + name.length, k + name.length + 6))) return true;
    }
  }
  return false;
}

const signPiece = fc.constantFrom('Veritas', 'Card', 'MasterCard', 'Card Management', ' ', '\t', '   ', '      ', '™', '®', '℠', '(TM)', '(R)', '(SM)', '(T', 'M)', '(', ')', 'R', 'x', '\n', 'Acme');
const signText = fc.array(signPiece, { maxLength: 30 }).map((a) => a.join(''));
const signTerm = fc.constantFrom('Veritas', 'Card', 'Card Management', 'Veritas Dashboard', 'Acme Card', 'R');

describe('trademarked', () => {
  it('is the indexOf scans of the whole text, read at the sign sites', () => {
    fc.assert(
      fc.property(signText, signTerm, (t, w) => {
        expect(trademarked(t, w, signSites(t))).toBe(signScanned(t, w));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds every place a sign follows within six characters, and a document without one has none', () => {
    const t = 'Acme® Dashboard, Veritas  (TM) and Google Analytics\u2122; not MasterCard (T M)';
    expect(signSites(t).map((p) => t.slice(p, p + 6))).toEqual(['® Dash', '  (TM)', ' (TM) ', '(TM) a', '™; not']);
    expect(signSites('No sign here (T) or (r).')).toEqual([]);
    expect(trademarked(t, 'Veritas Platform', signSites(t))).toBe(true);
    // Near miss: "Card" inside "MasterCard" carries no sign, and "(T M)" is none.
    expect(trademarked(t, 'Card Management System', signSites(t))).toBe(false);
  });
});

// definedByIncludes and trademarked read the few terms left at the document's include sites and trademark sign sites
// (each found once: includeSites, signSites) instead of indexOf scans of the whole text for each term left: the same
// answers as those scans.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definedByIncludes, findUndefinedTerms, includeSites, signSites, trademarked } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

/** The scans definedByIncludes stood for: the term in straight and in curly quotes, then "include(s)" on the next 24 characters. */
function scanned(text: string, term: string): boolean {
  for (const [open, close] of [['"', '"'], ['\u201c', '\u201d']] as const) {
    const quoted = `${open}${term}${close}`;
    for (let k = text.indexOf(quoted); k >= 0; k = text.indexOf(quoted, k + 1)) if (/^[ \t]*(?:includes?|shall[ \t]+include|will[ \t]+include)\b/.test(text.slice(k + quoted.length, k + quoted.length + 24))) return true;
  }
  return false;
}

const piece = fc.constantFrom('"', '\u201c', '\u201d', 'IP', 'Intellectual Property', 'Affiliate', ' ', '\t', '          ', '\n', 'includes', 'include', 'included', 'shall include', 'shall\tinclude', 'will  include', 'means', 'x', ',', 'inc', 'IPs');
const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));
const term = fc.constantFrom('IP', 'Intellectual Property', 'Affiliate', 'P', 'IPs');

describe('definedByIncludes', () => {
  it('is the indexOf scans of the whole text, read at the include sites', () => {
    fc.assert(
      fc.property(text, term, (t, w) => {
        expect(definedByIncludes(t, w, includeSites(t))).toBe(scanned(t, w));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds where "includes" follows a closing quotation mark, within its 24 characters', () => {
    const t = '"IP" includes patents; \u201cAffiliate\u201d shall include any parent; "Know-How" means; "X"                      includes';
    expect(includeSites(t).map((p) => t.slice(p - 3, p))).toEqual(['IP"', 'te\u201d']);
  });

  it('still leaves a term defined by what it includes out of the undefined terms', () => {
    const terms = (doc: string) => findUndefinedTerms(doc, [], [], noClauses()).map((t) => t.term);
    expect(terms('1.1 "Licensed Technology" includes the patents listed in Schedule 1.\n2.1 Each Party may use the Licensed Technology in its products.\n')).toEqual([]);
    // Near miss: quoted and then used, but defined by nothing the reader knows.
    expect(terms('1.1 "Licensed Technology" covers the patents listed in Schedule 1.\n2.1 Each Party may use the Licensed Technology in its products.\n')).toEqual(['Licensed Technology']);
  });
});

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

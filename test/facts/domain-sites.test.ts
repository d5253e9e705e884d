// namesDomain reads a word as a web domain's name at the document's domain sites (found once, domainSites) instead of
// an indexOf scan of the whole text for each term left: the same answer as that scan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainSites, findUndefinedTerms, namesDomain } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

/** The scan namesDomain stood for: every occurrence of `word`, after no character of a domain's name, then a domain. */
function scanned(text: string, word: string): boolean {
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
    const before = k > 0 ? text.charCodeAt(k - 1) : -1;
    const domainCode = (before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95 || before === 45;
    if (!domainCode && /^\.(?:com|net|org|io|co|ai)\b/i.test(text.slice(k + word.length, k + word.length + 5))) return true;
  }
  return false;
}

const piece = fc.constantFrom('amazon', 'Amazon', 'AMAZON', 'aws', '.', '.com', '.COM', '.co', '.co.uk', '.comx', '.net', '.org', '.io', '.ai', '.aix', 'm', ' ', '\n', '-', '_', '@', 'www', 'acme', '1', 'é', ',', 'support');
const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));
// (Never empty: a term's first word has a character, and an indexOf scan for '' would not end.)
const word = fc.constantFrom('amazon', 'Amazon', 'aws', 'acme', 'www.amazon', 'a', 'support-acme', 'é');

describe('namesDomain', () => {
  it('is the indexOf scan of the whole text, read at the domain sites', () => {
    fc.assert(
      fc.property(text, word, (t, w) => {
        expect(namesDomain(t, w, domainSites(t))).toBe(scanned(t, w));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds every "." where a domain follows, and no other', () => {
    const t = 'see aws.amazon.com, Amazon.COM and acme.co.uk; not acme.comx, x.aix or x.orgs; ends with www.oracle.io';
    expect(domainSites(t).map((d) => t.slice(d, d + 4))).toEqual(['.com', '.COM', '.co.', '.io']);
    expect(namesDomain(t, 'amazon', domainSites(t))).toBe(true);
    expect(namesDomain(t, 'acme', domainSites(t))).toBe(true);
    expect(namesDomain(t, 'oracle', domainSites(t))).toBe(true);
    // Near misses: a word that is only part of a domain's name, or is followed by no domain.
    expect(namesDomain(t, 'mazon', domainSites(t))).toBe(false);
    expect(namesDomain(t, 'x', domainSites(t))).toBe(false);
  });

  it('still makes a domain\'s name a company\'s product (undefined-product-names)', () => {
    const terms = (doc: string) => findUndefinedTerms(doc, [], [], noClauses()).map((t) => t.term);
    expect(terms('5.3 Hosting. Alpha shall host the portal on the Amazon Web Services in Ireland (see aws.amazon.com).\n')).toEqual([]);
    expect(terms('5.3 Hosting. Alpha shall host the portal on the Amazon Web Services in Ireland (see aws.amazon.community).\n')).toEqual(['Amazon Web Services']);
  });
});

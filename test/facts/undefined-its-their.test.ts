// precision/undefined-term: a possessive determiner ('its', 'their') opens a use as 'the' does ("integrate the
// licensed methods into its Reconstruction Module", never defined); after a comma it names a role of the name before
// it ("Martin Resource Management Corporation, its Sole Member"), not a term.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';
import { factsOf } from './helpers.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = []) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

describe('undefined terms: after its or their', () => {
  it('reads the run after "its" and "their" as a use', () => {
    expect(terms('5.1 Integration. Each Party shall integrate the licensed methods into its Reconstruction Module.\n')).toEqual(['Reconstruction Module']);
    expect(terms('5.2 The Licensees shall keep their Retention Bonuses in a separate account.\n')).toEqual(['Retention Bonuses']);
  });

  it('near miss: a defined run, a role after a comma, or a name after "its" stays silent', () => {
    expect(terms('5.1 Each Party shall integrate the licensed methods into its Reconstruction Module.\n', ['Reconstruction Module'])).toEqual([]);
    expect(terms('MARTIN RESOURCE MANAGEMENT CORPORATION, its Sole Member\nBy: /s/ Ruben S. Martin\n')).toEqual([]);
    expect(terms('5.3 Beta shall report the results to its Board of Directors and its Chief Executive Officer.\n')).toEqual([]);
    // A company's constitutional documents are instruments of its seat's law, not terms ('the' read them as terms too).
    expect(terms('2.2 Each Party shall deliver a copy of its Certificate of Incorporation, its Memorandum of Association and a Certificate of Good Standing.\n')).toEqual([]);
    // A quoted term defined by what it includes is defined: the definitions reader reads it.
    const undefinedTerms = (text: string): string[] => factsOf(text).undefinedTerms.map((t) => t.term);
    expect(undefinedTerms('1.1 "Intellectual Property" includes patents, copyrights and trade secrets.\n2.1 Each party retains its Intellectual Property.\n')).toEqual([]);
    expect(undefinedTerms('1.1 The “Licensed Know-How” shall include the process notes.\n2.1 Each party retains its Licensed Know-How.\n')).toEqual([]);
  });
});

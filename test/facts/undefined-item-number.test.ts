// precision/undefined-term: a capitalised determiner after an item number opens a sentence ("2.1 The Minimum Royalty
// shall ..."), as after a full stop, so the run after it is read as a use; names that such a sentence opens with stay
// names ("2.1 The Seattle Seahawks shall ..."), and a sentence that opens the text with its item number can still
// define a term by when it occurs ("8.1 A Termination Event shall have occurred if ...").
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = ['Agreement']) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

describe('undefined terms: a capitalised determiner after an item number', () => {
  it('reads "2.1 The ..." and "(b) A ..." as sentence openings', () => {
    const text = '1.1 "Licensed Patents" means the patents listed in Schedule 1.\n\n2.1 The Minimum Royalty shall be paid within thirty days after the end of each calendar year.\n';
    expect(terms(text, ['Licensed Patents'])).toEqual(['Minimum Royalty']);
    expect(terms('4.2 Each Member shall report its sales.\n\n(b) A Late Payment Charge shall accrue on any sum not paid when due.\n', ['Member'])).toEqual(['Late Payment Charge']);
  });

  it('counts the use after the item number as the first use', () => {
    const text = '3.1 The Controlling Party shall conduct the defence of the claim.\n\n3.2 The other party shall assist the Controlling Party at its own cost.\n';
    expect(findUndefinedTerms(text, ['Agreement'], [], locate).map((t) => [t.term, t.start, t.uses])).toEqual([['Controlling Party', 8, 2]]);
  });

  it('near miss: a known body that opens the sentence, or a defined term', () => {
    const text = '1.1 "Sponsor Marks" means the trademarks listed in Schedule 2.\n\n2.1 The Seattle Seahawks shall display the Sponsor Marks at Lumen Field during each home game of the National Football League season.\n';
    expect(terms(text, ['Sponsor Marks'])).toEqual([]);
    expect(terms('2.2 Each home game of the Seattle Seahawks shall carry the Sponsor Marks, and the Goldman Sachs Group shall hold the escrow.\n', ['Sponsor Marks'])).toEqual([]);
    expect(terms('2.1 The Licensed Patents shall be marked on each product sold.\n', ['Licensed Patents'])).toEqual([]);
  });

  it('near miss: a sentence that opens the text with its item number defines the term by when it occurs', () => {
    const text = '8.1 A Termination Event shall have occurred if the Licensee fails to pay any sum within sixty days of its due date.\n\n8.2 The Licensor may end the licence by notice after a Termination Event.\n';
    expect(terms(text)).toEqual([]);
  });
});

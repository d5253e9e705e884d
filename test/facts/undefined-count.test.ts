// precision/undefined-term's candidates: a count opens a run as a determiner does. "within ten (10) Business Days of
// receipt" (a number word and its figure in brackets), "within 30 Working Days", "within five Business Days": the
// capitals after a count are the drafter's, and an undefined term so counted was not read at all (a US handset
// cross-licence, helper probe37: 'Within ten (10) Business Days after the Effective Date').
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = []) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

describe('undefined terms: runs after a count', () => {
  it('reads a counted run as a use of a term', () => {
    expect(terms('3.4 Dismissal. Within ten (10) Business Days after signature, the parties shall file stipulations dismissing the actions.\n')).toEqual(['Business Days']);
    expect(terms('4. Payment\n\nRoyalties are payable within 30 Working Days after the end of each calendar quarter.\n')).toEqual(['Working Days']);
    expect(terms('4. Payment\n\nThe licensee shall pay each invoice within five Business Days of its receipt.\n')).toEqual(['Business Days']);
    expect(terms('4. Payment\n\nThe licensee shall pay each invoice within twenty-one (21) Banking Days of its receipt.\n')).toEqual(['Banking Days']);
  });

  it('near miss: the term defined in the singular covers the plural', () => {
    expect(terms('4. Payment\n\nThe licensee shall pay each invoice within ten (10) Business Days of its receipt.\n', ['Business Day'])).toEqual([]);
  });

  it('near miss: a unit of time alone is counted, not named', () => {
    expect(terms('4. Payment\n\nThe licensee shall pay each invoice within thirty (30) Days of its receipt. The initial term of 10 Years may be renewed for a further 5 Years by notice given 3 Months before it ends.\n')).toEqual([]);
  });

  it('near miss: a street number, a capitalised word before figures, a date', () => {
    expect(terms('Notices to Todos shall be sent to its office located at 1 Hamada St., Rehovot, Israel, and to VS at its address of 500 Linden Oaks, Second Floor, Rochester, New York.\n')).toEqual([]);
    expect(terms('Notices: 700 Bay Road Suite 210 Richmond Hill, Ontario. The parties will follow the procedures described in Schedule 3 Safety Reporting Requirements and the Level 2 Technical Support rules.\n')).toEqual([]);
    expect(terms('4. Term\n\nThis licence runs from 1 January 2027 until 31 December 2031.\n')).toEqual([]);
  });
});

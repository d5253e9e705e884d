// precision/undefined-term: "A Termination Event shall have occurred if ..." defines the term by when it occurs, read
// back from " occur" over a window of 100 characters. The window's own start is no line start: a window that opened
// inside "series" read "es A Telecommunications ... Redetermination shall be deemed to have occurred if" as an item
// number ("es") and a sentence, and took the term for defined. Only a subject of ~96 characters reaches that far, so
// the text is long-worded on purpose; written for this test.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const TERM = 'Telecommunications Intergovernmental Recharacterisation Redetermination';
const undefinedIn = (text: string) => findUndefinedTerms(text, [], [], locate).map((t) => t.term);

describe('a term defined by when it occurs, read from a window of the text', () => {
  it('takes no word a window opens in for an item number at a line start', () => {
    expect(undefinedIn(`1.1 The conversion rights of the series A ${TERM} shall be deemed to have occurred if the regulator so rules. Each ${TERM} is final.\n`)).toEqual([TERM]);
  });

  it('near miss: a sentence that opens the text, a line or follows a stop still defines the term', () => {
    expect(undefinedIn(`A ${TERM} shall be deemed to have occurred if the regulator so rules. Each ${TERM} is final.\n`)).toEqual([]);
    expect(undefinedIn(`1.1 Recitals\nA ${TERM} shall be deemed to have occurred if the regulator so rules. Each ${TERM} is final.\n`)).toEqual([]);
    expect(undefinedIn(`1.1 The regulator rules yearly. A ${TERM} shall be deemed to have occurred if it so rules. Each ${TERM} is final.\n`)).toEqual([]);
  });
});

// precision/undefined-term: one capitalised word before the kind of file it makes names a program, not a term. An
// outsourcing agreement's 'Customer will be responsible to create the Word template to receive the file for data merge'
// (beside 'create the form in Word') was told it uses "Word" as if defined. Agreement text written for this test.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string) => findUndefinedTerms(text, [], [], locate).map((t) => t.term);

const notices = (sentence: string) =>
  [
    '1.2 References. In this Agreement, the word "includes" shall mean "includes, without limitation".',
    '7. Customer must also create the notice form in Word (for data merge), fed daily to Word for notice print.',
    `8. ${sentence}`,
  ].join('\n\n') + '\n';

describe('undefined terms: a program named before its file', () => {
  it('passes over "the Word template" and "the Word file"', () => {
    expect(terms(notices('Customer will be responsible to create the Word template to receive the file for the data merge of each notice.'))).toEqual([]);
    expect(terms(notices('Customer will send the Word file for each notice to Provider.'))).toEqual([]);
  });

  it('near miss: the word before a noun that is no kind of file stays reported', () => {
    expect(terms(notices('Customer will be responsible to create the Word policy to receive the file for the data merge of each notice.'))).toEqual(['Word']);
  });
});

// precision/undefined-term: an instrument named by its kind ("the Memorandum of Understanding between them dated 14
// October 2025") is another document, as "the Distribution Agreement" is, not a term the agreement should define.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string) => findUndefinedTerms(text, [], [], locate).map((t) => t.term);

describe('undefined terms: an instrument named by its kind', () => {
  it('is no term: a memorandum of understanding, an offering memorandum', () => {
    expect(terms('21.1 This Agreement supersedes the Memorandum of Understanding between them dated 14 October 2025 and any other prior arrangement.\n')).toEqual([]);
    expect(terms('4.2 Nothing in the Offering Memorandum shall be read as a warranty of the validity of any patent.\n')).toEqual([]);
  });

  it('near miss: a run without the instrument word is still undefined', () => {
    expect(terms('21.1 This Agreement supersedes the Prior Understanding between them and any other prior arrangement.\n')).toEqual(['Prior Understanding']);
  });
});

// precision/undefined-term's candidates: a term named by "referred to herein as" (or "hereinafter", "in this
// Agreement") is defined there, as one named by "referred to as" is, even without quotation marks.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string) => findUndefinedTerms(text, [], [], locate).map((t) => t.term);

describe('undefined terms: "referred to herein as"', () => {
  it('reads a term named after "referred to herein as" as defined', () => {
    expect(terms('2. Research\n\nThe parties shall carry out the research described in Schedule 2, referred to herein as the Joint Program. Each party shall fund half of the Joint Program.\n')).toEqual([]);
    expect(terms('2. Research\n\nThe research described in Schedule 2 is referred to in this Agreement as the Joint Program. Each party shall fund half of the Joint Program.\n')).toEqual([]);
  });

  it('near miss: a term that no sentence names is still a candidate', () => {
    expect(terms('2. Research\n\nThe research described in Schedule 2 is referred to in Section 4. Each party shall fund half of the Joint Program.\n')).toEqual(['Joint Program']);
  });
});

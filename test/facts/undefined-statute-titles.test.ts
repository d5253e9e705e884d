// precision/undefined-term's candidates: a statute's short title may hold several bracketed parts (UK and Scottish
// Acts: "the Contract (Third Party Rights) (Scotland) Act 2017"); its first words name the statute, not a term the
// agreement should define.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string) => findUndefinedTerms(text, [], [], locate).map((t) => t.term);

describe('undefined terms: statute titles with bracketed parts', () => {
  it('reads a title with two bracketed parts as a statute', () => {
    expect(terms('17. General\n\nNo person other than the Parties shall have any right under the Contract (Third Party Rights) (Scotland) Act 2017 to enforce any term of this Agreement.\n')).toEqual([]);
    expect(terms('17. General\n\nThis Agreement may be executed in counterparts in accordance with the Legal Writings (Counterparts and Delivery) (Scotland) Act 2015.\n')).toEqual([]);
  });

  it('reads a title with one bracketed part as before', () => {
    expect(terms('17. General\n\nThe Contracts (Rights of Third Parties) Act 1999 does not apply to this Agreement.\n')).toEqual([]);
  });

  it('near miss: a term followed by a bracketed gloss and no statute word is still a candidate', () => {
    expect(terms('4. Money\n\nKowhai will pay the Access Fee (in two instalments) (each net of tax) within 30 days after the Commencement Date.\n')).toContain('Access Fee');
  });
});

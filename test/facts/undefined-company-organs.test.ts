// precision/undefined-term: the organs of a company that its statute and articles set up ("the General Meeting", "a
// Special Meeting of its Corporators", "the General Assembly") are named as its board is, not terms the agreement
// forgot to define. A joint venture agreement's "The JVC shall hold the General Meeting in the manner prescribed in the
// Act and the Articles" was reported as using an undefined term.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string) => findUndefinedTerms(text, ['JVC', 'Shares'], [], locate).map((t) => t.term);

describe('undefined terms: the organs of a company', () => {
  it('does not report the general meeting or assembly of the company', () => {
    const text = [
      '4. Shareholders',
      '',
      '4.1 The JVC shall hold the General Meeting in the manner its articles of association prescribe, and each Special Meeting within thirty days of a request by either shareholder.',
      '',
      '4.2 The General Assembly of the JVC approves the annual accounts.',
      '',
    ].join('\n');
    expect(terms(text)).toEqual([]);
  });

  it('near miss: a word that opens a term of the agreement is still read ("the Meeting Minutes")', () => {
    const text = '4. Shareholders\n\n4.1 The JVC shall keep the Meeting Minutes at its registered office and shall send a copy of the Meeting Minutes to each holder of Shares.\n';
    expect(terms(text)).toEqual(['Meeting Minutes']);
  });
});

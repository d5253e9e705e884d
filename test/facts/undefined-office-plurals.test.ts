// precision/undefined-term's candidates: an office held by one person in each party ("the other Party's General
// Counsel") is capitalised as a title, not as a defined term; so are the officers of both parties together ("The
// General Counsels shall meet", "the Chief Executive Officers"), as the singular already was.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string) => findUndefinedTerms(text, [], [], locate).map((t) => t.term);

describe('undefined terms: offices in the plural', () => {
  it('reads the officers of both parties as titles', () => {
    const text = "11. Escalation\n\nA Party may refer a dispute to the other Party's General Counsel. The General Counsels, or the Chief Executive Officers if they cannot agree, shall meet within twenty days. The Vice Presidents of Engineering and the Program Managers shall attend.\n";
    expect(terms(text)).toEqual([]);
  });

  it('near miss: a plural term that is no office is still a use', () => {
    expect(terms('11. Escalation\n\nThe Technical Leads shall meet within twenty days after the notice and try to resolve the dispute.\n')).toEqual(['Technical Leads']);
  });
});

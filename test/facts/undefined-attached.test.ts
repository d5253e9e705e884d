// precision/undefined-term: a capitalised run tied to a schedule where it is used ("the High Risk Merchant List
// attached hereto as Exhibit F", "the dates set forth in the Commercialization Timetable attached hereto as Exhibit
// C", "the Annual Payments set forth in the Agreement Summary") is defined by that schedule.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string) => findUndefinedTerms(text, [], [], locate).map((t) => t.term);

describe('undefined terms: a run tied to a schedule', () => {
  it('is defined by the schedule it is attached as or set forth in', () => {
    expect(terms('4.2 Underwriting. Beta shall approve only merchants not classified as high risk on the High Risk Merchant List attached hereto as Exhibit F.\n')).toEqual([]);
    expect(terms('3. Fees. Sponsor shall pay the Annual Payments set forth in the Agreement Summary on the dates stated there.\n')).toEqual([]);
  });

  it('near miss: a run that is only maintained or mentioned, or set forth in a section, is still undefined', () => {
    expect(terms('4.2 Underwriting. Beta shall approve only merchants that are not on the High Risk Merchant List kept by Alpha.\n')).toEqual(['High Risk Merchant List']);
    expect(terms('3. Fees. Sponsor shall pay each Annual Payment set forth in Section 4 when due.\n')).toEqual(['Annual Payment']);
  });
});

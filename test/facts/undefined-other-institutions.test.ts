// precision/undefined-term's candidates: "other" is a determiner of its own where none comes before it ("all Know-How
// and other Confidential Information", a term used once and never defined), but not after one ("the other Party");
// a body's named rules of procedure ("administered by the American Arbitration Association under its Commercial
// Mediation Procedures") and a company's office under foreign law ("its Amministratore Delegato", which
// precision/foreign-term reports as untranslated) are no terms of the agreement.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = ['Agreement', 'Know-How', 'Party']) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

describe('undefined terms: "other" as a determiner', () => {
  it('reports a term whose only use follows a bare "other"', () => {
    const text = '15.1 On termination each Party shall within thirty (30) days return or destroy all Know-How and other Confidential Information of the other Party in its possession, save for one archival copy.\n\n15.2 Information that is public is not confidential.\n';
    expect(terms(text)).toEqual(['Confidential Information']);
    expect(terms('3.2 Neither Party may sublicense the Patents or other Licensed Rights to an Affiliate without consent; no right is licensed by implication.\n', ['Party', 'Patents'])).toEqual(['Licensed Rights']);
  });

  it('near miss: "other" after a determiner, and "other" inside the title of a statute', () => {
    expect(terms('4.1 Each Party shall notify the other Party, and any other Licensee Affiliate named in Schedule 2, of each claim.\n', ['Party', 'Schedule'])).toEqual([]);
    expect(terms('4.1 Each Party shall notify each other Supplier Entity of each claim; no other supplier entity is bound.\n')).toEqual([]);
    expect(terms('11.1 Each Party shall comply with the Swiss Federal Act on Cartels and other Restraints of Competition (Cartel Act) and with competition rules that restrain trade.\n')).toEqual([]);
  });
});

describe('undefined terms: rules of procedure of a body named before', () => {
  it('reads "its ... Procedures" after an arbitral institution as that institution\'s rules', () => {
    expect(terms('12.2 Mediation. Either Party may refer the dispute to non-binding mediation administered by the American Arbitration Association under its Commercial Mediation Procedures, in Washington, D.C.\n')).toEqual([]);
    expect(terms('12.3 Arbitration. The arbitration shall be administered by JAMS under its Streamlined Arbitration Procedures; the seat is New York.\n')).toEqual([]);
  });

  it("near miss: a party's own procedures are a term to define", () => {
    const text = '6.2 The Licensee shall test each batch under its Quality Procedures before release, and shall keep its quality records and written procedures for five years.\n';
    expect(terms(text, ['Agreement', 'Licensee'])).toEqual(['Quality Procedures']);
  });
});

describe('undefined terms: offices under foreign law', () => {
  it("reads an Italian company's office as an office, as its English counterpart", () => {
    const text = '19.1 Any notice shall be delivered for the attention of its Managing Director (for Rheinhold) or its Amministratore Delegato (for Valtresa), with a copy by email.\n';
    expect(terms(text, ['Agreement'])).toEqual([]);
  });

  it('near miss: a term beside the office is still a use', () => {
    const text = '19.1 Any notice shall be delivered to its Amministratore Delegato, with a copy to the Technical Committee; each committee meets monthly and keeps technical minutes.\n';
    expect(terms(text, ['Agreement'])).toEqual(['Technical Committee']);
  });
});

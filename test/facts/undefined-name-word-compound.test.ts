// precision/undefined-term: a word that ends a body's name ("the Internal Revenue Service", "the Audit Board") opens
// a contract's own terms too ("the Service Desk", "the Project Team"): such a word marks a proper name only as the last
// word of the run, so 'the Service Desk', never defined, is reported (NAME_WORDS held 'Service' anywhere in a run).
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string) => findUndefinedTerms(text, [], [], locate).map((t) => t.term);

describe('undefined terms: a name word opening a compound', () => {
  it('reports a compound that opens with Service, Team, Group or Board', () => {
    expect(terms('4.2 Beta shall report each fault to the Service Desk within one hour.\n')).toEqual(['Service Desk']);
    expect(terms('4.3 Beta may appoint a Board Observer, who shall follow the Team Guidelines.\n')).toEqual(['Board Observer', 'Team Guidelines']);
  });

  it('near miss: the word at the end of a name, or with a name word before it, is a proper name', () => {
    expect(terms('9.1 Each Party shall pay the taxes assessed by the Internal Revenue Service.\n')).toEqual([]);
    expect(terms('9.2 Disputes go to the Technology Steering Board first, and each Group Company is bound.\n')).toEqual([]);
    expect(terms('9.3 The certificate of the Foreign Exchange Registration Office is attached.\n')).toEqual([]);
  });

  it('reports a compound that opens with Index, Fund or Trust; the word ending a name stays a name', () => {
    expect(terms('5.2 Beta shall pay each sum due into the Trust Account within ten days.\n')).toEqual(['Trust Account']);
    expect(terms('5.3 The price moves with the Index Value published each quarter, less the Fund Contribution.\n')).toEqual(['Index Value', 'Fund Contribution']);
    expect(terms('5.4 Alpha shall donate the sum to the Wellcome Trust, invest it in the Vanguard Total Bond Index Fund, or hold it for the Pension Fund.\n')).toEqual([]);
  });
});

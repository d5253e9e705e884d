// precision/undefined-term: a capitalised run right after a modal and a verb of handling data ("Neither party shall
// use Shipment Data received from the other party") is used as a defined term without any determiner; so is one after
// a verb of appointing, supplying or selling ("Halden may appoint Authorized Distributors to resell ...").
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = []) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

describe('undefined terms: the object of a modal verb', () => {
  it('reads the run after "shall use", "may not disclose" as a use', () => {
    expect(terms('6.3 Data. Neither party shall use Shipment Data received from the other party to train models.\n')).toEqual(['Shipment Data']);
    expect(terms('6.4 Beta may not disclose Usage Reports to any third party.\n')).toEqual(['Usage Reports']);
  });

  it('near miss: a defined run, a verb with no modal, or a run after another verb stays silent', () => {
    expect(terms('6.3 Data. Neither party shall use Shipment Data received from the other party.\n', ['Shipment Data'])).toEqual([]);
    expect(terms('6.3 Data. Beta may wish to use Shipment Data in its reports, and Alpha will review Usage Reports.\n')).toEqual([]);
  });

  it('reads the run after "may appoint", "shall supply", "will not sell" as a use', () => {
    expect(terms('13.2 Distribution. Marlow may appoint Authorized Resellers to resell Marlow Units in any country.\n')).toEqual(['Authorized Resellers']);
    expect(terms('4.1 Supply. Beta shall supply Conforming Units to Alpha in the quantities ordered.\n')).toEqual(['Conforming Units']);
    expect(terms('4.2 Beta will not sell Excess Units outside the Territory.\n', ['Territory'])).toEqual(['Excess Units']);
  });

  it('near miss: the same verbs with no modal, or with a defined run, stay silent', () => {
    expect(terms('13.2 Distribution. Marlow appoints Authorized Resellers in each country.\n')).toEqual([]);
    expect(terms('4.1 Supply. Beta shall supply Conforming Units to Alpha.\n', ['Conforming Units'])).toEqual([]);
  });
});

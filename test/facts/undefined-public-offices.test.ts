// precision/undefined-term's candidates: a public office or body named by its head and what it is over ("the
// Controller of Patents", an Indian statutory office; "the Registrar of Companies", "the Comptroller-General of
// Patents") is a proper name, not a term the agreement should define, as "the Patent Office" or "the Federal Trade
// Commission" already was (helper probe: an Indian cross-licence's 'before the Controller of Patents or any court').
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string) => findUndefinedTerms(text, [], [], locate).map((t) => t.term);

describe('undefined terms: public offices', () => {
  it('reads an office named by its head and "of" as a proper name', () => {
    expect(terms('4.1 Neither party shall question the validity of the patents of the other party before the Controller of Patents or any court.\n')).toEqual([]);
    expect(terms('6. Filings\n\nEach party shall file the forms required by the Registrar of Companies and inform the Registrar of Trade Marks and the Commissioner of Patents of the assignment.\n')).toEqual([]);
    expect(terms('6. Filings\n\nThe licensee shall register this licence with the Comptroller-General of Patents. The Attorney General and the Inspector General of Police may inspect the records.\n')).toEqual([]);
    expect(terms('6. Filings\n\nThe licensee shall notify the European Patent Office, the Patent Office, the Federal Trade Commission and the Competition Commission of India.\n')).toEqual([]);
  });

  it('near miss: a term headed by another noun, or "General" inside a longer run, is still a use', () => {
    expect(terms('2. Licence\n\nThe licensee may use the patents only within the Field of Use and shall not sublicense the Licensed General Purpose Software.\n')).toEqual(['Field of Use', 'Licensed General Purpose Software']);
  });
});

// precision/undefined-term: a one-word run-in caption ("5.2 Release. ...") registers its word as a known name (a
// definitions list without quotes reads the same way), but it no longer makes a longer run that opens or ends with
// that word a known name: "the Release Event" under "5.2 Release." is as undefined as it is under any other heading.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = []) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

describe('undefined terms: a caption word in a longer run', () => {
  it('reports the longer run under a one-word caption', () => {
    const text = '5.1 Deposit. Alpha shall deposit the Source Code with the Escrow Agent.\n\n5.2 Release. The Escrow Agent shall release the Source Code to Beta on a Release Event.\n';
    expect(terms(text, ['Source Code', 'Escrow Agent', 'Release Condition'])).toEqual(['Release Event']);
  });

  it('near miss: the caption word alone, and a longer run quoted somewhere, are known', () => {
    expect(terms('5.2 Release. The Escrow Agent shall make the Release within ten days.\n', ['Escrow Agent'])).toEqual([]);
    const text = '12.1 Term. This Agreement runs for five years and then from year to year ("Extended Term(s)").\n\n12.2 Notice. Either party may end it during an Extended Term on six months notice.\n';
    expect(terms(text)).toEqual([]);
  });
});

// precision/undefined-term: a participle before a defined term ("each Founding Member" where only "Member" is defined,
// "a Qualified Foundry's") names a kind of it that needs its own definition, where a longer run ending in a defined
// term is otherwise read as that term in a longer name. One quoted somewhere is defined in a way not read.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[]) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

describe('undefined terms: a participle before a defined term', () => {
  it('reports the participle and the defined term as a new term', () => {
    const text = '3. Board\n\nThe network is overseen by a board of one representative appointed by each Founding Member and two elected by the other Members.\n';
    expect(terms(text, ['Member'])).toEqual(['Founding Member']);
    expect(terms("2.3 Foundries\n\nNo licence extends to a Qualified Foundry's own product lines.\n", ['Foundry'])).toEqual(['Qualified Foundry']);
  });

  it('near miss: the run in quotation marks somewhere, double or single, is defined', () => {
    const text = '12. Term\n\nAfter the Term, this Agreement continues from year to year ("Extended Term(s)"). Either party may end it during an Extended Term on six months notice.\n';
    expect(terms(text, ['Term'])).toEqual([]);
    expect(terms("5. Capital\n\nIf a Party fails to contribute, the other Party ('Acquiring Member') may contribute, and each Member shall help the Acquiring Member obtain approvals.\n", ['Member'])).toEqual([]);
  });

  it('near miss: the participle heads another defined term, or the run is defined itself', () => {
    expect(terms('2. Licence\n\nAlpha grants a licence under the Licensed Patents to make each Licensed Product.\n', ['Patents', 'Licensed Product'])).toEqual([]);
    expect(terms('3. Board\n\nEach Founding Member appoints one representative.\n', ['Member', 'Founding Member'])).toEqual([]);
  });
});

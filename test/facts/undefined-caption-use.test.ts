// precision/undefined-term's candidates: a run-in caption that its own first sentence uses ("7.1 Change of Control. If
// Telvio undergoes a Change of Control, the license ... shall terminate", a US handset cross-licence, helper probe37)
// names its section by a term it does not define; and one capitalised word before "of" and a defined term ("Change of
// Control" where only "Control" is defined) names a thing of its own. A quoted term followed by "is" or "are" is
// defined ('"Disclosing Party" is the party disclosing Confidential Information').
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = []) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);
const CHANGE = '7. Assignment\n\n7.1 Change of Control. If Telvio undergoes a Change of Control, the license in Section 2.1 shall terminate automatically, and the licenses granted by Telvio shall continue for the Term.\n';

describe('undefined terms: a caption the section uses, a compound of a defined term', () => {
  it('reports a Change of Control that the agreement never defines, where only Control is defined', () => {
    expect(terms(CHANGE, ['Control', 'Term'])).toEqual(['Change of Control']);
    expect(terms('7. Assignment\n\nIf Telvio undergoes a Change of Control, the license in Section 2.1 shall terminate automatically.\n', ['Control'])).toEqual(['Change of Control']);
  });

  it('reports a caption its first sentence uses', () => {
    expect(terms('9. Liability\n\n9.1 Hazardous Conditions. Contractor is not responsible for any Hazardous Conditions encountered at the Premises.\n', ['Contractor', 'Premises'])).toEqual(['Hazardous Conditions']);
  });

  it('near miss: the compound defined, a caption that states its term or its length, a quoted term with "is" or "are"', () => {
    expect(terms(CHANGE, ['Control', 'Term', 'Change of Control'])).toEqual([]);
    expect(terms('4. Duration\n\n4.1 Initial Term. This Agreement remains in force for an Initial Term of five (5) years from signature.\n')).toEqual([]);
    expect(terms('4. Duration\n\n4.1 Renewal Term. The Renewal Term of this Agreement shall be one year.\n')).toEqual([]);
    expect(terms('9. Liability\n\n9.1 Hazardous Conditions. The Contractor is not responsible for any Hazardous Conditions encountered at the Premises. "Hazardous Conditions" are any materials, wastes and substances deemed to be hazardous under applicable law.\n', ['Contractor', 'Premises'])).toEqual([]);
  });
});

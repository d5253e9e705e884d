// precision/undefined-term: a term that differs from a defined one only by a hyphen or a space ("Licensee Knowhow"
// where "Licensee Know-how" is defined) is that term misspelt, and the finding says so; the message of every other
// undefined term is as it was.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const found = (text: string, defined: string[]) => findUndefinedTerms(text, defined, [], locate).map((t) => [t.term, t.definedAs ?? null]);

const AGREEMENT = `DEVELOPMENT AGREEMENT

1. Definitions

1.1 Licensee Know-how shall mean all know-how developed by the Licensee in the course of its own work under this Agreement.

6. Ownership

6.1 Each Party keeps its own know-how. Licensee Knowhow shall belong to the Licensee, and the Licensor shall have no right in the Licensee Knowhow.

6.2 The Licensor may use the Joint Data only for regulatory filings; any data so used stays confidential.
`;

describe('undefined terms: a defined term spelt with a hyphen or a space more or less', () => {
  it('names the defined term a use misspells, whether the definition is quoted or not', () => {
    expect(found('3.1 After termination the Licensee may use the Technical Know How already received; know how is confidential.\n', ['Technical Know-How'])).toEqual([['Technical Know How', 'Technical Know-How']]);
    expect(found(AGREEMENT, ['Agreement', 'Licensee'])).toEqual([
      ['Licensee Knowhow', 'Licensee Know-how'],
      ['Joint Data', null],
    ]);
  });

  it('names it when its first word is a party\'s alias or a defined term ("Licensee"), which shields other runs', () => {
    const parties = [{ name: 'Farmacorp Industria Quimica S.A.', aliases: ['Licensee', 'Farmacorp'] }];
    const withParties = (text: string, defined: string[]) => findUndefinedTerms(text, defined, parties, locate).map((t) => [t.term, t.definedAs ?? null]);
    expect(withParties(AGREEMENT, ['Agreement', 'Licensee Know-how'])).toEqual([
      ['Licensee Knowhow', 'Licensee Know-how'],
      ['Joint Data', null],
    ]);
    expect(found('4.2 The Nonstandard Products are at all times non-cancellable.\n', ['Non-standard Products', 'Products'])).toEqual([['Nonstandard Products', 'Non-standard Products']]);
    // Near miss: a run that opens with the alias and is no defined term misspelt names something of that party.
    expect(withParties('6.3 The Licensee Territory is Brazil.\n', ['Licensee Know-how'])).toEqual([]);
  });

  it('near miss: a term that differs by a word or a letter is undefined, with no defined term named', () => {
    expect(found('3.1 After termination the Licensee may use the Technical Knowledge Base; its knowledge bases are confidential.\n', ['Technical Know-How'])).toEqual([['Technical Knowledge Base', null]]);
    expect(found('3.1 Each Party shall ensure that any Sub Licensee keeps records; no Sub Licensee may assign.\n', ['Sublicensees'])).toEqual([['Sub Licensee', 'Sublicensees']]);
  });

  it('says so in the message, and words the other undefined terms as before', async () => {
    const precision = loadBuiltinPacks().find((p) => p.id === 'precision')!;
    const findings = (await evaluate(analyze(sourceFromText(AGREEMENT, 'deal.txt')), [precision], {})).filter((f) => f.ruleId === 'precision/undefined-term');
    expect(findings.map((f) => f.message.slice(f.message.indexOf(' uses '), f.message.indexOf(': "')))).toEqual([
      ' uses "Licensee Knowhow" (a misspelling of the defined "Licensee Know-how") as if defined, but the agreement has no definition',
      ' uses "Joint Data" as if defined, but the agreement has no definition',
    ]);
  });
});

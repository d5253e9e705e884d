// precision/undefined-term: one capitalised word used as a term and never defined. "Beta may sell Licensed Products in
// the Territory" and "throughout the Territory", with no definition of "Territory", reported "Licensed Products" but not
// "Territory": one word never written in lower case was taken for a name ("Mitsubishi"). "the" and the word alone, twice
// inside sentences where a term ends, make it a term; a name written after "the", a word that qualifies the noun after
// it, a title's word ("Above the Fold"), a word quoted or defined by reference somewhere, a label alone on its line, or
// one use, do not.
// Agreements written for these tests.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = ['Agreement', 'Licensed Products']) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

describe('undefined terms: one capitalised word', () => {
  it('reports "the Territory" used twice inside sentences and never defined', () => {
    const text = '2.1 Beta may sell Licensed Products in the Territory.\n\n2.2 Beta shall market the Licensed Products throughout the Territory and shall not appoint a distributor outside the Territory.\n';
    expect(terms(text)).toEqual(['Territory']);
    const possessive = '3.1 The Client shall approve each draft within five days. The Designer shall revise a draft once.\n\n3.2 No fee is due for the Designer\'s first revision, and the Designer shall keep the drafts confidential.\n';
    expect(terms(possessive, ['Agreement'])).toEqual(['Designer']);
  });

  it('near miss: the word defined, quoted, defined by reference, or used once', () => {
    const uses = 'Beta may sell Licensed Products in the Territory.\n\n2.2 Beta shall market the Licensed Products throughout the Territory.\n';
    expect(terms(`1.1 "Territory" means the member states of the European Union.\n\n${uses}`, ['Agreement', 'Licensed Products', 'Territory'])).toEqual([]);
    expect(terms(`Beta operates the stadium in Lyon ("the Arena").\n\n${uses.replace(/Territory/g, 'Arena')}`)).toEqual([]);
    expect(terms(`2.0 Beta is appointed as the Company's initial Registrar (as such term is defined in the Indenture).\n\n2.1 Beta shall keep the register of the Registrar and shall act as the Registrar until replaced.\n`)).toEqual([]);
    expect(terms('2.1 Beta may sell Licensed Products in the Territory.\n')).toEqual([]);
  });

  it("near miss: a role set alone on a line under a party's name, as a court order's heading labels it", () => {
    const order = 'BETWEEN:\n\n            HARROWGATE OPTICS LIMITED\n                                       Claimant\n            - and -\n            PELLWORTH LENSES LTD\n                                       Defendant\n\n1. The costs of the application are to be paid by the Defendant in the sum agreed.\n\nSolicitors for the Defendant\n';
    expect(terms(order)).toEqual([]);
  });

  it('near miss: a name written after "the", a word that qualifies a noun, or a title\'s word', () => {
    expect(terms('4.1 Goods shall be shipped to the Netherlands. Duties payable in the Netherlands are borne by Beta.\n')).toEqual([]);
    expect(terms('4.1 Barges are loaded at the Rhine terminal. Freight along the Rhine corridor is charged per tonne.\n')).toEqual([]);
    expect(terms('5.1 Each banner shall be placed Above the Fold. A banner shown Above the Fold on the home page costs more.\n')).toEqual([]);
  });
});

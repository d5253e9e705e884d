// A promise not to sue "without first obtaining the written consent" of the other party keeps the enforcement of the
// other party's rights with it (a distribution agreement's infringement clause: "Distributor shall not institute any suit
// ... on account of any such infringements without first obtaining the written consent of Supplier"). It was read as a
// covenant not to sue from the distributor to the supplier, so a one-way distribution licence looked like a
// cross-license whose grants differ in exclusivity. Agreement text written for this test.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const PREAMBLE = 'This Distribution Agreement is made by and between Corvane Biologics, Inc., a Delaware corporation ("Corvane"), and Al Noor Medical Trading Co. LTD, a company organised in Saudi Arabia ("Al Noor").';
const GRANT = '2.1 Corvane hereby grants Al Noor the exclusive license to sell, market and distribute the Product in the Territory.';

describe('a promise not to sue without consent', () => {
  it('is no covenant not to sue: the enforcement stays with the party that consents', () => {
    const facts = factsOf(`${PREAMBLE}\n\n${GRANT}\n\n9.1 Al Noor shall notify Corvane of any infringement of the Corvane Patents that comes to its attention. Al Noor shall not institute any suit or take any action on account of any such infringements or imitation without first obtaining the written consent of Corvane so to do.`);
    expect(facts.grants.map((g) => [g.grantor, g.grantee])).toEqual([['Corvane Biologics, Inc.', 'Al Noor Medical Trading Co. LTD']]);
    expect(facts.kind).not.toBe('cross-license');
  });

  it('near miss: a covenant not to sue for infringement with no consent named is still a grant', () => {
    const facts = factsOf(`${PREAMBLE}\n\n${GRANT}\n\n9.1 Al Noor shall not institute any suit against Corvane for infringement of any patent that Al Noor owns.`);
    expect(facts.grants.map((g) => [g.grantor, g.grantee])).toEqual([
      ['Corvane Biologics, Inc.', 'Al Noor Medical Trading Co. LTD'],
      ['Al Noor Medical Trading Co. LTD', 'Corvane Biologics, Inc.'],
    ]);
  });
});

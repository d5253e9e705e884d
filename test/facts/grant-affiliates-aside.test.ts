// A grant whose verb is followed by an aside that has the grantor's affiliates grant too ('Daehan hereby grants, and
// shall cause its Subsidiaries to grant, to Kiyomizu ... a non-exclusive ... license', the drafting of semiconductor
// cross-licences between groups): the comma after 'grants' was read as the noun's ('grants, permits or licenses'), so
// held-out zd, a Korean-Japanese cross-licence whose two grants are both written so, had no grant at all and was read
// as an agreement of another kind. Agreement text written for this test.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const PREAMBLE = 'This Patent Cross License Agreement is made by and between Daehan Memory Solutions Co., Ltd., a Korean corporation ("Daehan"), and Kiyomizu Device Technologies Corporation, a Japanese corporation ("Kiyomizu").';
const grant = (verb: string, from: string, to: string) => `${from} hereby ${verb} to ${to} and its Subsidiaries a non-exclusive, worldwide license under the Licensed Patents of ${from} to make, have made, use and sell Licensed Products.`;

describe('a grant with an aside that binds the grantor\'s affiliates', () => {
  it('is read as each party\'s grant, so the agreement is a cross-license', () => {
    for (const aside of ['grants, and shall cause its Subsidiaries to grant,', 'grants, and agrees to grant,', 'grants, and shall procure that its Affiliates grant,']) {
      const facts = factsOf(`${PREAMBLE}\n\n3.1 ${grant(aside, 'Daehan', 'Kiyomizu')}\n\n3.2 ${grant(aside, 'Kiyomizu', 'Daehan')}`);
      expect(facts.grants.map((g) => [g.grantor, g.grantee]), aside).toEqual([
        ['Daehan Memory Solutions Co., Ltd.', 'Kiyomizu Device Technologies Corporation'],
        ['Kiyomizu Device Technologies Corporation', 'Daehan Memory Solutions Co., Ltd.'],
      ]);
      expect(facts.kind).toBe('cross-license');
    }
  });

  it('near miss: "grants, permits or licenses" is still the noun', () => {
    const facts = factsOf(`${PREAMBLE}\n\n3.1 Any grants, permits or licenses that Daehan obtains from a government authority are its own.`);
    expect(facts.grants).toEqual([]);
  });
});

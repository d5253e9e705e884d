// "Each Licensor hereby grants to the Licensee": a cross-licence whose roles are defined per direction ('in respect of
// the licence granted by Maritime, the same terms apply mutatis mutandis, Maritime being the Licensor'). Between two
// parties both are licensors, each granting to the other; a pool's licensors grant to a licensee that grants nothing.
// Agreements written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const directions = (text: string) => factsOf(text).grants.map((g) => `${g.grantor} -> ${g.grantee}`);

const ROLES = '1.2 In respect of the licence granted by Boréalis, Boréalis is hereinafter referred to as the "Licensor" and Maritime as the "Licensee"; in respect of the licence granted by Maritime, the same terms apply mutatis mutandis, Maritime being the Licensor and Boréalis the Licensee.';
const GRANT = '2.1 Each Licensor hereby grants to the Licensee a non-exclusive and non-transferable licence, under its Licensed Patents, to manufacture, use, sell and import Products in the Territory.';

describe("'Each Licensor hereby grants to the Licensee'", () => {
  it('between two parties is a grant each way (before: one grant, Licensor -> Licensee)', () => {
    const text = `PATENT CROSS-LICENCE AGREEMENT\n\nThis Agreement is made between Les Technologies Boréalis Inc. ("Boréalis") and Maritime Hydraulics Ltd. ("Maritime").\n\n1. Interpretation\n\n${ROLES}\n\n2. Licences\n\n${GRANT}\n`;
    expect(directions(text).sort()).toEqual(['Les Technologies Boréalis Inc. -> Maritime Hydraulics Ltd.', 'Maritime Hydraulics Ltd. -> Les Technologies Boréalis Inc.']);
  });

  it('near miss: among three parties (a pool licence) it is not read as grants each way', () => {
    const text = `PATENT POOL LICENCE\n\nThis Agreement is made between Alder Codec Inc. ("Alder"), Birch Media GmbH ("Birch") and Cedar Devices Ltd. ("Cedar").\n\n1. Interpretation\n\n1.1 Alder and Birch are each a "Licensor" and Cedar is the "Licensee".\n\n2. Licences\n\n${GRANT}\n`;
    const found = directions(text);
    expect(found.some((d) => d.startsWith('Cedar'))).toBe(false);
  });
});

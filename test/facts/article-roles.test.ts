// Role words defined for one article only: a cross-licence drafted as two one-way licences ("In this Article 3,
// Ardentis is the "Licensor" ...", and Article 4 the other way) names both grants "Licensor to Licensee"; each is read
// as the parties its own article names, so the two directions can be compared.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';

const PREAMBLE = `# TECHNOLOGY CROSS-LICENCE AGREEMENT

This Agreement is made between Ardentis SAS, a société par actions simplifiée ("Ardentis"), and Brevon Robotics Limited, a company incorporated in England ("Brevon").

`;

function grantsOf(body: string) {
  return analyze(sourceFromText(PREAMBLE + body, 'roles.md')).facts.grants.map((g) => [g.grantor, g.grantee]);
}

describe('role words defined per article', () => {
  it('reads "Licensor" and "Licensee" as the parties each article names', () => {
    const body = `## Article 3 – Licence granted by Ardentis

3.1 In this Article 3, Ardentis is the "Licensor" and Brevon the "Licensee".

3.2 The Licensor grants to the Licensee a non-exclusive licence under the Licensor's Patents to make and sell Licensed Products in Europe.

## Article 4 – Licence granted by Brevon

4.1 For the purposes of this Article, "Licensor" means Brevon and "Licensee" means Ardentis.

4.2 The Licensor grants to the Licensee an exclusive, worldwide licence under the Licensor's Patents to make and sell Licensed Products.
`;
    expect(grantsOf(body)).toEqual([
      ['Ardentis SAS', 'Brevon Robotics Limited'],
      ['Brevon Robotics Limited', 'Ardentis SAS'],
    ]);
  });

  it('holds a role only in its own article', () => {
    // Near miss: Article 5 defines no roles, so its "Licensor" stays a word (Article 3's choice does not reach it).
    const body = `## Article 3 – Licence granted by Ardentis

3.1 In this Article 3, Ardentis is referred to as the "Licensor" and Brevon as the "Licensee".

3.2 The Licensor grants to the Licensee a non-exclusive licence under the Licensor's Patents.

## Article 5 – Sublicences

5.1 The Licensor grants to the Distributor a non-exclusive licence under the Licensor's Patents to sell Licensed Products.
`;
    expect(grantsOf(body)).toEqual([
      ['Ardentis SAS', 'Brevon Robotics Limited'],
      ['Licensor', 'Distributor'],
    ]);
  });

  it('reads no roles from a definition that names no party', () => {
    // Near miss: the role is given to whichever party grants, not to a named one.
    const body = `## Article 3 – Licences

3.1 In this Article 3, the Party granting a licence is the "Licensor" and the Party receiving it the "Licensee".

3.2 The Licensor grants to the Licensee a non-exclusive licence under the Licensor's Patents.
`;
    expect(grantsOf(body)).toEqual([['Licensor', 'Licensee']]);
  });
});

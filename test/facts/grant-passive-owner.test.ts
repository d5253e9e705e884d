// A grant in the passive whose grantee is its subject and whose grantor is named only as the owner of what it licenses:
// "Orcadian is hereby granted a non-exclusive licence under Clydeside's Improvements" is a grant by Clydeside, also
// where a third party leaves "the other party" unknown. Agreements written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';

const PREAMBLE =
  'IMPROVEMENTS AGREEMENT\n\nThis Agreement is made between Orcadian Marine Power Limited ("Orcadian"), Clydeside Drive Systems Limited ("Clydeside") and Hebridean Tidal Ltd ("Hebridean").\n\n';
const grants = (body: string) =>
  analyze(sourceFromText(PREAMBLE + body, 'grants.txt')).facts.grants.map((g) => ({ grantor: g.grantor, grantee: g.grantee }));

describe('a passive grant read from the owner of what it licenses', () => {
  it('reads "Orcadian is hereby granted a ... licence under Clydeside\'s Improvements" as granted by Clydeside', () => {
    expect(grants('4. IMPROVEMENTS\n\n4.1 Orcadian is hereby granted a non-exclusive, royalty-free licence under Clydeside\'s Improvements to make and sell Tidal Turbines.\n')).toEqual([
      { grantor: 'Clydeside Drive Systems Limited', grantee: 'Orcadian Marine Power Limited' },
    ]);
  });

  it('reads "shall be granted a licence under the Hebridean Patents" as granted by Hebridean', () => {
    expect(grants('4. LICENCE\n\n4.1 Clydeside shall be granted a non-exclusive licence under the Hebridean Patents for the Term.\n')).toEqual([
      { grantor: 'Hebridean Tidal Ltd', grantee: 'Clydeside Drive Systems Limited' },
    ]);
  });

  it('near miss: a grantor named as the agent ("by Hebridean") is the grantor still, whoever owns the rights', () => {
    expect(grants('4. IMPROVEMENTS\n\n4.1 Orcadian is hereby granted by Hebridean a non-exclusive sub-licence under Clydeside\'s Improvements, as licensed to Hebridean under the Head Licence.\n')).toEqual([
      { grantor: 'Hebridean Tidal Ltd', grantee: 'Orcadian Marine Power Limited' },
    ]);
  });

  it('near miss: access granted to a data room is no grant', () => {
    expect(grants('4. DUE DILIGENCE\n\n4.1 Orcadian shall be granted access to the data room maintained by Clydeside until the Closing Date.\n')).toEqual([]);
  });
});

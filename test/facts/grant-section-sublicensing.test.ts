// Grants whose sublicensing is stated in the next clause of their section ("2.1 Orcadian grants ... 2.2 Clydeside may
// grant sub-licences under Clause 2.1 only to its contract manufacturers"), and grants stated to cover every field
// ("for any purpose"): both are what reciprocity/asymmetric-scope compares.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';

const PREAMBLE = 'CROSS-LICENCE AGREEMENT\n\nThis Agreement is made between Orcadian Marine Power Limited ("Orcadian") and Clydeside Drive Systems Limited ("Clydeside").\n\n';
const grants = (body: string) =>
  analyze(sourceFromText(PREAMBLE + body, 'grants.txt')).facts.grants.map((g) => ({ grantor: g.grantor, field: g.field, sublicensable: g.sublicensable, limit: g.sublicenseLimit ?? null }));

describe('grants: sublicensing in a later clause of the section', () => {
  it('reads "2.2 Clydeside may grant sub-licences under Clause 2.1 only to ..." as 2.1\'s limited right', () => {
    const got = grants(
      '2. LICENCE GRANTED BY ORCADIAN\n\n2.1 Orcadian hereby grants to Clydeside a non-exclusive licence under the Orcadian Patents, in the Field, to make and sell Licensed Products.\n\n2.2 Clydeside may grant sub-licences under Clause 2.1 only to its contract manufacturers and only for the manufacture of Licensed Products for Clydeside.\n\n' +
        '3. LICENCE GRANTED BY CLYDESIDE\n\n3.1 Clydeside hereby grants to Orcadian a non-exclusive licence under the Clydeside Patents, for any purpose, to make and sell Licensed Products.\n\n3.2 Orcadian may grant sub-licences under Clause 3.1 to any person, provided that each sub-licence is in writing.\n',
    );
    expect(got).toEqual([
      { grantor: 'Orcadian Marine Power Limited', field: 'Field', sublicensable: true, limit: 'only to its contract manufacturers' },
      { grantor: 'Clydeside Drive Systems Limited', field: 'any field', sublicensable: true, limit: null },
    ]);
  });

  it('near miss: a later clause on another clause\'s licence, or after another grant, or by the grantor, is not this grant\'s', () => {
    const got = grants(
      '2. LICENCES\n\n2.1 Orcadian hereby grants to Clydeside a non-exclusive licence under the Orcadian Patents to make and sell Licensed Products.\n\n2.2 Clydeside may grant sub-licences under Clause 2.4 to its Affiliates.\n\n2.3 Orcadian may grant sub-licences to its Affiliates.\n\n' +
        '2.4 Clydeside hereby grants to Orcadian a non-exclusive licence under the Clydeside Patents to make and sell Licensed Products.\n\n2.5 Clydeside may grant sub-licences to its distributors.\n',
    );
    expect(got.map((g) => g.sublicensable)).toEqual([null, null]);
  });

  it('near miss: "for any purpose other than ..." states no field', () => {
    const got = grants('2. LICENCE\n\n2.1 Orcadian hereby grants to Clydeside a non-exclusive licence under the Orcadian Patents, for any purpose other than tidal energy, to make and sell products.\n');
    expect(got.map((g) => g.field)).toEqual([null]);
  });
});

// Sublicensing stated of "the licence granted to it": "Each Party may sublicense the licence granted to it to its
// Affiliates" limits each grant to sublicences to Affiliates, as "may sublicense to its Affiliates" does; a denied right
// with an exception ("may not sublicense ... except to its Affiliates") is the same limit. Agreements written for these
// tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';

const PREAMBLE = 'PATENT CROSS-LICENCE AGREEMENT\n\nThis Agreement is made between Orcadian Marine Power Limited ("Orcadian") and Clydeside Drive Systems Limited ("Clydeside").\n\n';
const GRANTS =
  '2. LICENCES\n\n2.1 Orcadian hereby grants to Clydeside a non-exclusive licence under the Orcadian Patents to make, use and sell Licensed Products.\n\n2.2 Clydeside hereby grants to Orcadian a non-exclusive licence under the Clydeside Patents to make, use and sell Licensed Products.\n\n';
const sublicensing = (body: string) =>
  analyze(sourceFromText(PREAMBLE + body, 'grants.txt')).facts.grants.map((g) => ({ sublicensable: g.sublicensable, limit: g.sublicenseLimit ?? null }));

describe('sublicensing of the licence granted to it', () => {
  it('reads "Each Party may sublicense the licence granted to it to its Affiliates" as each grant\'s limit', () => {
    expect(sublicensing(`${GRANTS}2.3 Each Party may sublicense the licence granted to it to its Affiliates.\n`)).toEqual([
      { sublicensable: true, limit: 'to its Affiliates' },
      { sublicensable: true, limit: 'to its Affiliates' },
    ]);
  });

  it('reads "Neither Party may sublicense the licence granted to it hereunder except to its Affiliates" as the same limit', () => {
    expect(sublicensing(`${GRANTS}2.3 Neither Party may sublicense the licence granted to it hereunder except to its Affiliates.\n`)).toEqual([
      { sublicensable: true, limit: 'only to its Affiliates' },
      { sublicensable: true, limit: 'only to its Affiliates' },
    ]);
  });

  it('reads the exception in the grant\'s own sentence ("and Clydeside may not sublicense the licence granted to it except to ...")', () => {
    expect(sublicensing('2. LICENCE\n\n2.1 Orcadian hereby grants to Clydeside a non-exclusive licence under the Orcadian Patents to make and sell Licensed Products, and Clydeside may not sublicense the licence granted to it except to its contract manufacturers.\n')).toEqual([
      { sublicensable: true, limit: 'only to its contract manufacturers' },
    ]);
  });

  it('near miss: "may sublicense without restriction" and a bare prohibition state no limit', () => {
    expect(sublicensing(`${GRANTS}2.3 Each Party may sublicense the licence granted to it without restriction.\n`)).toEqual([
      { sublicensable: true, limit: null },
      { sublicensable: true, limit: null },
    ]);
    expect(sublicensing(`${GRANTS}2.3 Neither Party may sublicense the licence granted to it.\n`)).toEqual([
      { sublicensable: false, limit: null },
      { sublicensable: false, limit: null },
    ]);
  });
});

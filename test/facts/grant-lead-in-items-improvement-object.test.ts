// Three ways the grant facts missed what a grant licenses (test/agreements v-israeli, /tmp probe of a translated
// agreement): a lead-in ending in a colon whose items the parser reads as its siblings ("2.1 Licence to Northfield.
// ... Keshet hereby grants to Northfield and its Affiliates:" over "(a) a non-exclusive ... licence under the Keshet
// Patents ...") had no licence in its sentence and was no grant; a grant-back 'licence to use such improvements' (in
// lower case) had as its IP the patents its sentence opened with ('Improvements to the Licensed Patents made by Party
// B shall be notified ...'), so it counted as a licence of a portfolio; and 'under each such Improvement' read no IP.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';

const PREAMBLE = 'PATENT CROSS-LICENCE AGREEMENT\n\nThis Agreement is made between Keshet Thermal Vision Ltd. ("Keshet") and Northfield Imaging Systems, Inc. ("Northfield").\n\n';
const factsOf = (body: string) => analyze(sourceFromText(PREAMBLE + body, 'grants.txt')).facts;

describe('grants: a lead-in whose items are its siblings, and the object of a grant-back', () => {
  it('reads the grant of a lead-in ending in a colon from its items', () => {
    const facts = factsOf(
      '2. LICENCE GRANTS\n\n2.1 Licence to Northfield. Subject to the terms of this Agreement, Keshet hereby grants to Northfield and its Affiliates:\n\n' +
        '(a) a non-exclusive, worldwide, royalty-bearing licence under the Keshet Patents to make, use and sell Licensed Products in the Automotive Field; and\n\n' +
        '(b) a non-exclusive licence to use the Keshet Know-How to design Licensed Products in the Automotive Field.\n\n' +
        '2.2 Licence to Keshet. Northfield hereby grants to Keshet a non-exclusive, royalty-free licence under the Northfield Patents to make, use and sell cameras in the Keshet Field.\n',
    );
    expect(facts.grants.map((g) => [g.grantor, g.ip, g.exclusivity, g.territory, g.field])).toEqual([
      ['Keshet Thermal Vision Ltd.', 'the Keshet Patents', 'non-exclusive', 'worldwide', 'Automotive Field'],
      ['Northfield Imaging Systems, Inc.', 'the Northfield Patents', 'non-exclusive', null, 'Keshet Field'],
    ]);
  });

  it('near miss: a lead-in ending in a colon reads no licence from the next section', () => {
    const facts = factsOf(
      '2. LICENCE GRANTS\n\n2.1 Access. Keshet hereby grants to Northfield:\n\n(a) access to its test laboratory in Yokneam Illit on five days a month.\n\n' +
        '3. LICENCE TO KESHET\n\n3.1 Northfield hereby grants to Keshet a non-exclusive licence under the Northfield Patents to make and sell cameras in the Keshet Field.\n',
    );
    expect(facts.grants.map((g) => g.grantor)).toEqual(['Northfield Imaging Systems, Inc.']);
  });

  it('reads "a licence to use such improvements" and "under each such Improvement" as improvements, the grant-back of a licence', () => {
    const licence = '2.1 Keshet hereby grants to Northfield a non-exclusive licence under the Keshet Patents to make and sell Licensed Products.\n\n';
    const lower = factsOf(licence + '6.1 Improvements to the Keshet Patents made by Northfield shall be notified to Keshet within sixty (60) days, and Northfield shall grant Keshet a non-exclusive license to use such improvements.\n');
    expect(lower.grants.map((g) => g.ip)).toEqual(['the Keshet Patents', 'such improvements']);
    expect(lower.kind).toBe('license');
    const each = factsOf(licence + '6.2 Northfield grants Keshet a non-exclusive, royalty-free licence under each such Improvement in the Automotive Field for the Term.\n');
    expect(each.grants.map((g) => g.ip)).toEqual(['the Keshet Patents', 'each such Improvement']);
    expect(each.kind).toBe('license');
  });

  it('near miss: a licence back to use the other party\'s equipment names no improvements, and a licence under each patent of the other stays a cross-licence', () => {
    const licence = '2.1 Keshet hereby grants to Northfield a non-exclusive licence under the Keshet Patents to make and sell Licensed Products.\n\n';
    const equipment = factsOf(licence + '6.1 Improvements to the Keshet Patents made by Northfield shall be notified to Keshet, and Northfield shall grant Keshet a non-exclusive licence to use such equipment as Keshet needs to test them.\n');
    expect(equipment.grants.map((g) => g.ip)).not.toContain('such equipment');
    const patents = factsOf(licence + '6.2 Northfield grants Keshet a non-exclusive licence under each Northfield Patent to make and sell cameras.\n');
    expect(patents.grants.map((g) => g.ip)).toEqual(['the Keshet Patents', 'each Northfield Patent']);
    expect(patents.kind).toBe('cross-license');
  });
});

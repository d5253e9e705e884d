// A prohibition read as a right to sublicense: the plain-English 'Neither of you nor we may sublicense or transfer these
// licences' made the licence to 'we' sublicensable (its subject was read as its last name, 'we', and the 'may
// sublicense' as a permission), and '..., but neither party shall have the right to sublicense' in a grant's own
// sentence read as 'with the right to sublicense'. The subject of a later sentence is now the names joined to its last
// ('you nor we'), or 'each/either/neither Party', and a 'neither', 'no', 'not' or 'nor' in it denies the right.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';

const sublicensing = (text: string) => analyze(sourceFromText(text, 'grants.md')).facts.grants.map((g) => [g.grantee, g.sublicensable, g.sublicenseLimit ?? null]);

const PLAIN = '# PATENT CROSS-LICENCE AGREEMENT\n\nThis agreement is between Corvid Robotics Inc. ("we", "us", "Corvid") and Pell Automation Ltd ("you", "Pell").\n\n## 2. Licences\n\n2.1 We grant you a non-exclusive, worldwide licence under the Corvid Patents to make, use and sell Robots.\n\n2.2 You grant us a non-exclusive, worldwide licence under the Pell Patents to make, use and sell Robots.\n\n';
const FORMAL = '# PATENT CROSS-LICENSE AGREEMENT\n\nThis Patent Cross-License Agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems GmbH ("Beta").\n\n## 2. Grants\n\n2.1 Alpha hereby grants to Beta a non-exclusive, worldwide licence under the Alpha Patents to make, use and sell Licensed Products.\n\n2.2 Beta hereby grants to Alpha a non-exclusive, worldwide licence under the Beta Patents to make, use and sell Licensed Products.\n\n';

describe('grants: a prohibition on sublicensing is no right to sublicense', () => {
  it("reads 'Neither of you nor we may sublicense' as no right for either grantee", () => {
    expect(sublicensing(PLAIN + '2.3 Neither of you nor we may sublicense or transfer these licences, except to a buyer of the whole business that uses them.\n')).toEqual([
      ['Pell Automation Ltd', false, null],
      ['Corvid Robotics Inc.', false, null],
    ]);
  });

  it("near miss: 'You may not sublicense your licence, but we may sublicense ours to our Affiliates' is a right for us alone", () => {
    expect(sublicensing(PLAIN + '2.3 You may not sublicense your licence, but we may sublicense ours to our Affiliates.\n')).toEqual([
      ['Pell Automation Ltd', false, null],
      ['Corvid Robotics Inc.', true, null],
    ]);
  });

  it("reads 'Neither Party may sublicense' as no right, and 'Either Party may sublicense its licence to its Affiliates' as a limited right, for both", () => {
    expect(sublicensing(FORMAL + '2.3 Neither Party may sublicense the licence granted to it under this Clause 2.\n').map(([, sub]) => sub)).toEqual([false, false]);
    expect(sublicensing(FORMAL + '2.3 Either Party may sublicense its licence to its Affiliates.\n')).toEqual([
      ['Beta Systems GmbH', true, 'to its Affiliates'],
      ['Alpha Devices, Inc.', true, 'to its Affiliates'],
    ]);
  });

  it("reads a right denied in the grant's own sentence ('but neither party shall have the right to sublicense') as none", () => {
    const text = FORMAL.replace('to make, use and sell Licensed Products.\n\n2.2', 'to make, use and sell Licensed Products, but neither party shall have the right to sublicense.\n\n2.2');
    expect(sublicensing(text)[0]).toEqual(['Beta Systems GmbH', false, null]);
  });

  it("near miss: 'non-transferable but with the right to sublicense' is a right", () => {
    const text = FORMAL.replace('a non-exclusive, worldwide licence under the Alpha Patents', 'a non-exclusive licence, not transferable but with the right to sublicense, under the Alpha Patents');
    expect(sublicensing(text)[0]?.[1]).toBe(true);
  });
});

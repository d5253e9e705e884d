// A licence offered on terms that bind whoever accepts them names the licensee in its opening ('YOU ARE BINDING THE
// BUSINESS ENTITY THAT YOU REPRESENT ("CUSTOMER")') and its licensor only where it grants ('Cisco Systems, Inc. ...
// ("Cisco"), grants to Customer a nonexclusive ... license', CUAD's Scansource exhibit): the licensor was no party.
// Agreement text written for this test.
import { describe, expect, it } from 'vitest';
import { findParties } from '../../src/facts/parties.js';

const eula = (grant: string) => [
  'END USER LICENSE AGREEMENT',
  'PLEASE READ THIS AGREEMENT CAREFULLY BEFORE INSTALLING THE SOFTWARE. BY INSTALLING THE SOFTWARE YOU ARE BINDING THE BUSINESS ENTITY THAT YOU REPRESENT ("CUSTOMER") TO THIS AGREEMENT.',
  'These terms govern Customer\'s use of the Software unless there is a separate signed agreement between Customer and Halcyon governing Customer\'s use of the Software.',
  `1. License. ${grant}`,
  '2. Restrictions. Customer shall not reverse engineer the Software.',
].join('\n\n');

describe('the licensor named where it grants', () => {
  it('is a party when it grants to a party already found', () => {
    const parties = findParties(eula('Subject to this Agreement, Halcyon Networks, Inc. or the affiliate that supplies the Software instead of Halcyon Networks, Inc. ("Halcyon"), grants to Customer a nonexclusive license to use the Software.'));
    expect(parties.map((p) => [p.name, p.aliases])).toEqual([['Customer', []], ['Halcyon Networks, Inc.', ['Halcyon']]]);
  });

  it('near miss: a company that grants to someone who is no party is none', () => {
    const parties = findParties(eula('Halcyon Networks, Inc. ("Halcyon") grants to Resellers the right to distribute the Software to Customer.'));
    expect(parties.map((p) => p.name)).toEqual(['Customer']);
  });

  it('near miss: a preamble that names both parties is read as before', () => {
    const text = 'SOFTWARE LICENSE AGREEMENT\n\nThis Agreement is made between Halcyon Networks, Inc. ("Halcyon") and Brightwater Ltd ("Licensee").\n\n1. License. Norcross Software Corp. ("Norcross") grants to Licensee a licence of its runtime, and Halcyon grants to Licensee a licence of the Software.';
    expect(findParties(text).map((p) => p.name)).toEqual(['Halcyon Networks, Inc.', 'Brightwater Ltd']);
  });
});

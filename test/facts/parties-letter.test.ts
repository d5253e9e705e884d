// Parties of a letter agreement, which has no preamble: the undersigned who write it and the addressee, named in the
// address block above the salutation or after the writers' verb ("understand that ... (the "Company") proposes").
// Letters written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const partiesOf = (text: string) => factsOf(text).parties.map((p) => ({ ...p, aliases: [...p.aliases] }));

const ARRANGERS = [
  '12 March 2026',
  'Northwind Photonics Ltd.\n4 Quay Street\nGalway H91 X2PF, Ireland',
  'Attention: Siobhan Keane, Chief Executive Officer',
  'Dear Ms. Keane:',
  'The undersigned, Harbor Capital Partners LLC (the "Lead Arranger"), Kestrel Advisory Inc. and Bellweather & Co. Ltd. (together with the Lead Arranger, the "Arrangers" and each an "Arranger") understand that Northwind Photonics Ltd. (the "Company") proposes to grant non-exclusive licences under its laser diode patents to manufacturers in North America. In consideration of the Arrangers\' services, the Company shall pay to the Arrangers a fee equal to 4% of the licence income received in the first year.',
  'If the foregoing is in accordance with your understanding, please sign and return a copy of this letter.',
].join('\n\n');

describe('parties of a letter agreement', () => {
  it('reads each of the undersigned and the addressee with their aliases', () => {
    expect(partiesOf(ARRANGERS)).toEqual([
      { name: 'Harbor Capital Partners LLC', aliases: ['Lead Arranger'] },
      { name: 'Kestrel Advisory Inc.', aliases: [] },
      { name: 'Bellweather & Co. Ltd.', aliases: [] },
      { name: 'Northwind Photonics Ltd.', aliases: ['Company'] },
    ]);
  });

  it('reads the addressee from the address block when the writers name it there only', () => {
    const text = [
      '3 June 2026',
      'Osprey Medical Devices Inc.\n200 Harbor Drive\nSan Diego, CA 92101',
      'Dear Sirs,',
      'The undersigned, Lindqvist Patent Holdings AB ("Lindqvist"), agrees to license to you, Osprey Medical Devices Inc. ("Osprey"), the patents listed in the Schedule on the terms of this letter.',
      'Agreed and accepted by Osprey Medical Devices Inc.',
    ].join('\n\n');
    expect(partiesOf(text)).toEqual([
      { name: 'Lindqvist Patent Holdings AB', aliases: ['Lindqvist'] },
      { name: 'Osprey Medical Devices Inc.', aliases: ['Osprey'] },
    ]);
  });

  it('near miss: a letter whose preamble names the parties keeps them; a memo names no party', () => {
    const preamble = 'Dear Sirs,\n\nThis letter agreement is made between Alpha Optics Limited ("Alpha") and Beta Lasers GmbH ("Beta").\n\n1. Alpha grants Beta a licence under the Patents.';
    expect(partiesOf(preamble)).toEqual([
      { name: 'Alpha Optics Limited', aliases: ['Alpha'] },
      { name: 'Beta Lasers GmbH', aliases: ['Beta'] },
    ]);
    expect(partiesOf('Dear Colleagues,\n\nThe undersigned, the members of the steering group, agree that the licensing policy applies from 1 May.\n\nYours sincerely')).toEqual([]);
  });
});

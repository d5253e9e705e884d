// An Australian precedent opens with a Details table, not a preamble sentence: each party on a row of its own under its
// role ('| **Licensor** | Tessaract Water Technologies Pty Ltd (ACN 614 208 337) of Level 7, ... |'). Held-out zb's
// parties were read from a GST clause's 'between Australia and the United Kingdom', so no rule could tell who acts.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const DETAILS = [
  '# Technology Licence Agreement',
  '## Details',
  [
    '| | |',
    '|---|---|',
    '| **Date** | 16 February 2026 |',
    '| **Licensor** | Tessaract Water Technologies Pty Ltd (ACN 614 208 337) of Level 7, 120 Collins Street, Melbourne VIC 3000 |',
    '| **Licensee** | Brindle Process Engineering Limited (Company No. 09817264), a company incorporated in England and Wales |',
    '| **Background** | A. The Licensor owns the Licensed Technology. B. The Licensee builds water treatment plant. |',
  ].join('\n'),
  '3.6 If GST is payable, the recipient must pay it, unless the double tax agreement between Australia and the United Kingdom applies.',
];

describe('parties in a Details table', () => {
  it('reads each role row whose value opens with a company name as a party, the role as its alias', () => {
    expect(factsOf(DETAILS.join('\n\n')).parties).toEqual([
      { name: 'Tessaract Water Technologies Pty Ltd', aliases: ['Licensor'] },
      { name: 'Brindle Process Engineering Limited', aliases: ['Licensee'] },
    ]);
  });

  it('reads no party from rows whose values name no company, and leaves a preamble to name them', () => {
    const noCompanies = DETAILS.map((p) => p.replace(/Tessaract Water Technologies Pty Ltd/, 'To be confirmed').replace(/Brindle Process Engineering Limited/, 'As notified'));
    expect(factsOf(noCompanies.join('\n\n')).parties.map((p) => p.aliases)).not.toContainEqual(['Licensor']);
    const preamble = [...DETAILS.slice(0, 1), 'This agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems GmbH ("Beta").', ...DETAILS.slice(1)];
    expect(factsOf(preamble.join('\n\n')).parties.map((p) => p.name)).toEqual(['Alpha Devices, Inc.', 'Beta Systems GmbH']);
  });
});

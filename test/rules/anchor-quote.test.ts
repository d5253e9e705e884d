// A document-level finding placed at its anchor quotes the anchor's words when the rule's conditions found them there
// too: a finding at '5.2 Joint Development' that quoted the background paragraph on joint development read as if 5.2
// said what the recital says (before: the first clause the conditions found, wherever it was).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';

const packs = loadBuiltinPacks();
const findingsOf = async (text: string, ruleId: string) => (await evaluate(analyze(sourceFromText(text, 'doc.md')), packs)).filter((f) => f.ruleId === ruleId);

const agreement = (development: string, heading = 'Joint Development'): string => `# PATENT CROSS-LICENSE AGREEMENT

This Patent Cross-License Agreement is made between Harbour Optics Ltd. ("Harbour") and Kestrel Photonics Inc. ("Kestrel").

## Background

A. Harbour and Kestrel each own patents on optical transceivers.

B. The Parties wish to cross-license their patents and to co-develop a next-generation coherent transceiver module.

## 1. Licences

1.1 Harbour hereby grants to Kestrel a non-exclusive, royalty-free licence under the Harbour Patents to make and sell transceivers.

1.2 Kestrel hereby grants to Harbour a non-exclusive, royalty-free licence under the Kestrel Patents to make and sell transceivers.

## 2. Development

2.1 ${heading}. ${development}
`;

describe('the quote of a finding placed at its anchor', () => {
  it('comes from the anchor clause when the conditions found words there', async () => {
    const [f] = await findingsOf(agreement('The Parties shall carry out a joint development program for the module, managed by a committee of two engineers from each Party.'), 'improvements/joint-ip-unaddressed');
    expect(f?.clauseNumber).toBe('2.1');
    expect(f?.message).toContain('"The Parties shall carry out a joint development program for the module');
    expect(f?.message).not.toContain('next-generation coherent transceiver');
  });

  it('near miss: an anchor the conditions found nothing in keeps the quote of the clause they found', async () => {
    const [f] = await findingsOf(agreement('Each Party shall assign two engineers to the programme described in Recital B, which runs for two years.', 'Collaboration'), 'improvements/joint-ip-unaddressed');
    expect(f?.clauseNumber).toBe('2.1');
    expect(f?.message).toContain('co-develop a next-generation coherent transceiver module');
  });
});

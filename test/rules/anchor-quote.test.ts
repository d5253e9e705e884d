// A document-level finding placed at its anchor quotes the anchor's words when the rule's conditions found them there
// too: a finding at '5.2 Joint Development' that quoted the background paragraph on joint development read as if 5.2
// said what the recital says (before: the first clause the conditions found, wherever it was).
//
// Nor does a document-level finding point at the preamble's recitals. The clause tree keeps the preamble's paragraphs
// side by side, so the recitals under a 'RECITALS' or '## Background' heading are not inside it, and a WHEREAS paragraph
// that describes the grant is also tagged as one: both were taken for where the finding belongs. What the conditions
// found in a recital is still quoted when nothing else was found (the near miss below): it is why the rule fired.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';

const packs = loadBuiltinPacks();
const findingsOf = async (text: string, ruleId: string, name = 'doc.md') => (await evaluate(analyze(sourceFromText(text, name)), packs)).filter((f) => f.ruleId === ruleId);

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

const whereas = `PATENT CROSS-LICENSE AGREEMENT

This Patent Cross-License Agreement (this "Agreement") is made as of March 3, 2025 by and between Tamsin Acoustics, Inc., a Delaware corporation ("Tamsin"), and Orrery Devices GmbH, a German limited liability company ("Orrery").

RECITALS

WHEREAS, Tamsin owns patents relating to beam-forming microphone arrays;

WHEREAS, Orrery owns patents relating to low-power audio codecs; and

WHEREAS, each Party wishes to grant a license to the other Party under its patents on the terms set out below.

NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the Parties agree as follows:

ARTICLE 1 LICENSES

1.1 Tamsin hereby grants to Orrery a non-exclusive, worldwide, perpetual license under the Tamsin Patents to make, use and sell audio products.

1.2 Orrery hereby grants to Tamsin a non-exclusive license under the Orrery Patents, for the term of this Agreement and in the United States only, to make, use and sell audio products.

ARTICLE 2 GENERAL

2.1 This Agreement is governed by the laws of the State of New York.
`;

// The agreement with no section 2: joint development named in recital B alone.
const background = agreement('').replace(/\n## 2\. Development[\s\S]*$/, '\n');

describe('a document-level finding and the recitals', () => {
  it('is placed at the grant, not at a WHEREAS recital that is also typed as a grant', async () => {
    const [f] = await findingsOf(whereas, 'reciprocity/asymmetric-scope', 'doc.txt');
    expect(f?.clauseNumber).toBe('1.1');
    const [g] = await findingsOf(whereas, 'antitrust/retaliation-carve-out-missing', 'doc.txt');
    expect(g?.clauseNumber).toBe('1.1');
  });

  it('is not placed at a recital under a Background heading, and quotes it when nothing else was found', async () => {
    const [f] = await findingsOf(background, 'improvements/joint-ip-unaddressed');
    expect(f?.heading).toBe('PATENT CROSS-LICENSE AGREEMENT');
    expect(f?.line).toBe(1);
    expect(f?.message).toContain('"The Parties wish to cross-license their patents and to co-develop a next-generation coherent transceiver module."');
  });

  it('near miss: the parties paragraph before the recitals is none, and is where what it says is placed', async () => {
    const text = background
      .replace('("Kestrel").', '("Kestrel"), who intend to co-develop a transceiver module together.')
      .replace(' and to co-develop a next-generation coherent transceiver module', '');
    const [f] = await findingsOf(text, 'improvements/joint-ip-unaddressed');
    expect(f?.message).toContain('co-develop a transceiver module together');
    expect(f?.line).toBe(3);
  });
});

// Where a document-level finding about a missing provision is reported: at the clause whose heading names the matter
// the rule's anchor looks for ("Term and Termination", "Jurisdiction"), not at the first clause the tagger gave the
// anchor's type because it touches the matter in passing (a licence clause that mentions what happens on termination).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';

const packs = loadBuiltinPacks();
const findingsOf = async (text: string, ruleId: string) => (await evaluate(analyze(sourceFromText(text, 'doc.md')), packs)).filter((f) => f.ruleId === ruleId);

const licence = `# PATENT LICENSE AGREEMENT

This Agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems, Inc. ("Beta").

## 1. License

1.1 Alpha hereby grants to Beta a non-exclusive license under the Alpha Patents listed in Schedule A to make and sell products.

1.2 Upon termination of this Agreement for any reason, the license granted in Section 1.1 shall terminate and Beta shall cease all use of the Alpha Patents.
`;

const termination = `
## 7. Term and Termination

7.1 This Agreement continues until the expiry of the last of the Alpha Patents.

7.2 Either party may terminate this Agreement if the other party commits a material breach and fails to cure it within thirty (30) days after written notice.
`;

describe('anchors named by their heading', () => {
  it('reports a missing transition at the Term and Termination section, not at a licence clause that mentions termination', async () => {
    const [f] = await findingsOf(`${licence}${termination}`, 'exit/transition-missing');
    expect(f?.clauseNumber).toBe('7');
  });

  it('near miss: with no clause headed as the anchor names, the first clause of the type is kept', async () => {
    const [f] = await findingsOf(`${licence}\n## 7. Duration\n\n7.1 This Agreement continues until the expiry of the last of the Alpha Patents.\n`, 'exit/transition-missing');
    expect(f?.clauseNumber).toBe('1.2');
  });

  it('reports disputes sent straight to court at the Jurisdiction clause, not at the Governing Law clause before it', async () => {
    const text = `${licence}${termination}
## 8. General

8.1 Governing Law. This Agreement is governed by the laws of the State of Delaware, without regard to its conflict of laws principles.

8.2 Jurisdiction. Any dispute arising out of this Agreement shall be brought exclusively in the United States District Court for the District of Delaware, and each party consents to the personal jurisdiction of that court.
`;
    const [f] = await findingsOf(text, 'governance/dispute-resolution-missing');
    expect(f?.clauseNumber).toBe('8.2');
  });

  it('reports a missing competition-law clause at the General section over the boilerplate, not at its first typed clause', async () => {
    const text = `${licence}${termination}
## 8. General

8.1 This Agreement is governed by the laws of the State of Delaware, without regard to its conflict of laws principles.

8.2 Notices under this Agreement shall be in writing and delivered by courier to the addresses in the preamble.
`;
    const [f] = await findingsOf(text, 'antitrust/compliance-clause-missing');
    expect(f?.clauseNumber).toBe('8');
    // Near miss: a rule about the anchor's own kind keeps to the typed clause under that section.
    const [d] = await findingsOf(text, 'governance/dispute-resolution-missing');
    expect(d?.clauseNumber).toBe('8.1');
  });
});


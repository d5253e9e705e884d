// governance/dispute-resolution-missing: where a document-level finding is reported. A court named in passing (a
// disclosure "required by the order of a court") is no place for it: the governing-law or forum clause is, else the
// document as a whole (its first clause).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';

const governance = loadBuiltinPacks().filter((p) => p.id === 'governance');
const disputeFinding = async (text: string) => (await evaluate(analyze(sourceFromText(text, 'doc.md')), governance)).filter((f) => f.ruleId === 'governance/dispute-resolution-missing');

const head = `# PATENT LICENSE AGREEMENT

This Agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems, Inc. ("Beta").

## 1. License

1.1 Alpha grants to Beta a non-exclusive license under the Alpha Patents listed in Schedule A to make and sell products.

## 2. Confidentiality

2.1 Beta shall keep Alpha's technical information confidential, except where disclosure is required by law or by the order of a court.
`;

describe('dispute-resolution-missing anchors', () => {
  it('reports for the document, not at a clause that names a court in passing', async () => {
    const [f, ...more] = await disputeFinding(head);
    expect(more).toEqual([]);
    expect([f?.line, f?.column]).toEqual([1, 1]);
    expect(f?.evidence).not.toMatch(/confidential/);
  });

  it('reports at the governing-law sentence when there is one, even untyped and unheaded', async () => {
    const [f] = await disputeFinding(`${head}\n## 3. Other Terms\n\n3.1 Notices are given in writing.\n\n3.2 Applicable law and jurisdiction. Even for agreements with foreign publishers, the law of the Federal Republic of Germany applies.\n`);
    expect(f?.clauseNumber).toMatch(/^3/);
  });

  it('reports at a dispute clause that goes straight to the courts', async () => {
    const [f] = await disputeFinding(`${head}\n## 3. Disputes\n\n3.1 All disputes arising under this Agreement shall be resolved exclusively in the state or federal courts located in New York County.\n`);
    expect(f?.clauseNumber).toMatch(/^3/);
    expect(f?.evidence).toMatch(/escalation/);
  });
});

// A jury waiver sets how a trial runs; alone it is no procedure for disputes (the catalogue: 'no dispute-resolution
// procedure'). Nor is a representation that no action is 'pending, or to the knowledge of Beta threatened'.
describe('dispute-resolution-missing: what is no dispute-resolution clause', () => {
  // (No court named anywhere: the rule's other branch, a court without an escalation step, would fire alone.)
  const law = `${head.replace(' or by the order of a court', '')}\n## 12. Miscellaneous\n\n12.1 Governing Law. This Agreement shall be governed by the laws of the State of New York.\n\n`;
  it('fires on a jury waiver alone, with certainty (before: the waiver, tagged dispute-resolution at 0.6, kept it silent)', async () => {
    const [f] = await disputeFinding(`${law}12.2 Waivers. No failure or delay by any party to exercise any right shall operate as a waiver. The parties hereto waive their right to a jury trial in the event of any legal proceedings between them.\n`);
    expect(f?.ruleId).toBe('governance/dispute-resolution-missing');
  });

  it("fires beside a litigation representation with a comma before 'or ... threatened' (before: read as a dispute clause)", async () => {
    const [f] = await disputeFinding(`${law}12.2 Litigation. There is no action, arbitration or proceeding pending, or to the knowledge of Beta threatened, against Beta that would affect this Agreement.\n`);
    expect(f?.ruleId).toBe('governance/dispute-resolution-missing');
  });

  it('near miss: a jury waiver inside a dispute clause with an escalation step stays silent', async () => {
    expect(await disputeFinding(`${law}12.2 Disputes. Any dispute arising under this Agreement shall first be referred to the senior executives of the parties, and each party waives trial by jury in any later proceeding.\n`)).toEqual([]);
  });
});

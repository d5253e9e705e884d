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


describe('anchors in a section on the matter, and captions the tree did not record', () => {
  it('reads a caption set off by a gap ("4. Termination  (a) Either Party ...") as the heading of its section', async () => {
    // EDGAR flattens a heading line into its section's text: the tree records no heading for 4, and a clause on ending a
    // minimum commitment ("2.2 Commitment Termination.") was the only one the anchor's heading pattern named.
    const text = 'PATENT LICENSE AGREEMENT\n\nThis Agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems, Inc. ("Beta").\n\n1. License  Alpha hereby grants to Beta a non-exclusive license under the Alpha Patents to make and sell products.\n\n2. Minimum Commitment\n\n2.1 Beta shall pay a minimum royalty of USD 400,000 a year.\n\n2.2 Commitment Termination. After the first year and upon 180 days written notice, Beta may terminate the minimum commitment, and its licence then becomes non-exclusive.\n\n4. Termination  (a) Either Party may terminate this Agreement upon thirty (30) days written notice if the other Party breaches any material term and fails to cure it.  (b) Upon the termination of this Agreement, all rights granted to Beta shall end.\n\n5. Notices  Notices shall be in writing.\n';
    const findings = (await evaluate(analyze(sourceFromText(text, 'doc.txt')), packs)).filter((f) => f.ruleId === 'exit/transition-missing');
    expect(findings.map((f) => f.clauseNumber)).toEqual(['4']);
  });

  it('prefers a termination article to a clause headed for termination inside a section on something else', async () => {
    const text = `${licence}
## 6. Confidentiality

6.1 Each party shall keep the other's Confidential Information confidential.

6.2 Obligations Upon Termination. Upon termination of this Agreement for any reason, each party shall return or destroy the other's Confidential Information.
${termination}`;
    const [f] = await findingsOf(text, 'exit/transition-missing');
    expect(f?.clauseNumber).toBe('7');
  });

  it('near miss: with no section on termination, the clause headed for it inside another section is kept', async () => {
    const text = `${licence}
## 6. Confidentiality

6.1 Each party shall keep the other's Confidential Information confidential.

6.2 Obligations Upon Termination. Upon termination of this Agreement for any reason, each party shall return or destroy the other's Confidential Information.

## 7. Duration

7.1 Either party may terminate this Agreement if the other party commits a material breach and fails to cure it within thirty (30) days after written notice.
`;
    const [f] = await findingsOf(text, 'exit/transition-missing');
    expect(f?.clauseNumber).toBe('6.2');
  });
});

describe('a purpose clause is no anchor', () => {
  const purpose = `# TECHNOLOGY CROSS-LICENCE AGREEMENT

This Agreement is made between Alpha Devices SAS ("Alpha") and Beta Systems SA ("Beta").

## Article 1 – Purpose

1.1 The purpose of the present Agreement is to define the terms on which each Party grants to the other Party a licence under its Licensed Patents.
`;
  it('reports a finding about the grants at a grant article, not at the clause stating the purpose', async () => {
    const text = `${purpose}
## Article 3 – Licence granted by Alpha

3.1 Alpha grants to Beta a non-exclusive licence under the Alpha Patents to make and sell Licensed Products in Europe.

## Article 4 – Licence granted by Beta

4.1 Beta grants to Alpha an exclusive, worldwide licence under the Beta Patents, with the right to grant sub-licences, to make and sell Licensed Products.
`;
    const [f] = await findingsOf(text, 'reciprocity/asymmetric-scope');
    expect(f?.clauseNumber).not.toBe('1.1');
    expect(f?.heading).toMatch(/^Licence granted by Alpha$/);
  });

  it('near miss: where only the purpose clause holds the words, it is kept', async () => {
    const [f] = await findingsOf(`${purpose}\n## Article 3 – Term\n\n3.1 This Agreement lasts five years.\n`, 'antitrust/retaliation-carve-out-missing');
    expect(f?.clauseNumber).toBe('1.1');
  });
  // An article whose number and heading open the clause itself ('Article 1 (Purpose)' over its paragraph, as
  // translated Korean and Japanese agreements write it): its words after the heading state the purpose.
  const headed = `PATENT CROSS LICENSE AGREEMENT

This Patent Cross License Agreement is made between Hanbit Memory Co., Ltd. ("Hanbit") and Sakuragawa Denki K.K. ("Sakuragawa").

Article 1 (Purpose)

The purpose of this Agreement is to set forth the terms under which each Party grants to the other Party a license under its patents relating to memory devices.

Article 2 (Grant of License)

① Hanbit hereby grants to Sakuragawa a non-exclusive, worldwide license under the Licensed Patents of Hanbit to make, use and sell Licensed Products.

② Sakuragawa hereby grants to Hanbit a non-exclusive, worldwide license under the Licensed Patents of Sakuragawa to make, use and sell Licensed Products.
`;
  it('reads the purpose past a heading of the clause\'s own ("Article 1 (Purpose)"): the finding goes to the grant article', async () => {
    const [f] = await findingsOf(headed, 'antitrust/retaliation-carve-out-missing');
    expect(f?.clauseNumber).toBe('Article 2');
  });

  it('near miss: a headed article whose words grant the licence, with no purpose statement, stays the anchor', async () => {
    const text = headed.replace('The purpose of this Agreement is to set forth the terms under which each Party grants', 'Each Party hereby grants');
    const [f] = await findingsOf(text, 'antitrust/retaliation-carve-out-missing');
    expect(f?.clauseNumber).toBe('Article 1');
  });
});

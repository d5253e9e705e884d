// reciprocity/asymmetric-scope's message tells each difference once: a later pair of grants whose difference reads as
// one told already (sublicence limits compared without the parties' names) adds nothing to it.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { loadBuiltinPacks } from '../../src/rules/index.js';

const packs = loadBuiltinPacks();
const TEXT = "# PATENT CROSS-LICENSE AGREEMENT\n\nThis Patent Cross-License Agreement is made between Alder Robotics, Inc. (\"Alder\") and Brisk Motion Ltd (\"Brisk\").\n\n## 2. Licences\n\nAlder hereby grants to Brisk an exclusive, worldwide licence under the Alder Patents, with the right to sublicense.\n\nBrisk hereby grants to Alder a non-exclusive, worldwide licence under the Brisk Patents, sublicensable to Alder's Affiliates.\n\nAlder hereby grants to Brisk a non-exclusive, worldwide licence under the Alder Software Copyrights, with the right to sublicense.\n\nBrisk hereby grants to Alder a non-exclusive, worldwide licence under the Brisk Software Copyrights, sublicensable to Affiliates.\n";

describe('asymmetric-scope differences', () => {
  it("tells 'yes, to Alder's Affiliates' and a later pair's 'yes, to Affiliates' once", async () => {
    const report = await checkDocument(sourceFromText(TEXT, 'dup.md', 'markdown'), packs);
    const found = report.findings.filter((f) => f.ruleId === 'reciprocity/asymmetric-scope');
    expect(found).toHaveLength(1);
    const message = found[0]?.message ?? '';
    // Before, the later pair (the software licences) added 'sublicensable: ... | Brisk → Alder yes, to Affiliates'.
    expect(message.match(/sublicensable:/g)).toHaveLength(1);
    expect(message).toContain("exclusivity: Alder → Brisk exclusive | Brisk → Alder non-exclusive");
  });
});

// A Markdown heading's marks are layout, as a blockquote's are: a finding that quotes the title of a Markdown agreement
// quoted '"# PATENT AND KNOW-HOW LICENCE"' (governance/confidentiality-missing on a retitled licence), and an excerpt
// that ran over a section's heading kept its '## '.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';

const packs = loadBuiltinPacks();
const text = `# PATENT AND KNOW-HOW LICENCE

This Patent and Know-How Licence is made between Orrin Devices Ltd. ("Orrin") and Lumen Fabrication Oy ("Lumen").

## 1. Grant

1.1 Orrin hereby grants to Lumen a non-exclusive licence under the Orrin Patents and the Orrin Know-How to make and sell Modules.
`;

describe('a quote from a Markdown heading', () => {
  it('leaves out the heading marks', async () => {
    const findings = await evaluate(analyze(sourceFromText(text, 'licence.md')), packs);
    const f = findings.find((x) => x.ruleId === 'governance/confidentiality-missing');
    expect(f?.message).toContain('"PATENT AND KNOW-HOW LICENCE"');
    expect(findings.map((x) => x.message).join('\n')).not.toMatch(/"#+ /);
    expect(f?.evidence.startsWith('#')).toBe(false);
  });

  it('near miss: a number sign inside a sentence is kept ("Patent No. #12")', async () => {
    const findings = await evaluate(analyze(sourceFromText(text.replace('the Orrin Patents', 'Patent No. #12 [TBD]'), 'licence.md')), packs);
    expect(findings.find((x) => x.ruleId === 'precision/placeholder')?.evidence).toContain('#12');
  });
});

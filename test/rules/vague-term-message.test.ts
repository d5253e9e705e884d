// The vague-term finding names the words counsel would strike: the whole standard ("commercially reasonable efforts"),
// not the one word the pattern needs ("reasonable"), and not the "reasonable" of FRAND terms.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check.js';
import { ingestFile } from '../../src/ingest/index.js';
import { loadBuiltinPacks } from '../../src/rules/index.js';

const packs = loadBuiltinPacks();
const vague = async (text: string): Promise<string[]> => {
  const report = await checkDocument(await ingestFile('a.md', new TextEncoder().encode(text)), packs);
  return report.findings.filter((f) => f.ruleId === 'precision/vague-term').map((f) => f.message);
};

describe('precision/vague-term message', () => {
  it('names the whole efforts standard (before: "(reasonable)")', async () => {
    const [message] = await vague('## 3. Diligence\n\n3.1 Kestrel shall use commercially reasonable efforts to obtain FDA approval, and shall license its essential patents on fair, reasonable and non-discriminatory terms.\n');
    expect(message).toContain('(commercially reasonable efforts)');
  });

  it('near miss: a bare "reasonably" and "reasonable" keep their own words', async () => {
    const [message] = await vague('## 4. Audit\n\n4.1 The auditor shall be reasonably acceptable to Kestrel, and Brandt shall bear the reasonable costs of the audit.\n');
    expect(message).toContain('(reasonably, reasonable)');
  });
});

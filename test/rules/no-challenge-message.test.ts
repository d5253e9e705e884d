// no-challenge's message says what the bar covers: a bar on contesting 'the other party's Intellectual Property' names
// no patents, so the finding does not call them licensed patents.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';

const builtins = loadBuiltinPacks();
const findingsOf = async (text: string) =>
  (await evaluate(analyze(sourceFromText(text, 'co-branding.md')), builtins.filter((p) => p.id === 'antitrust'), {})).filter((f) => f.ruleId === 'antitrust/no-challenge');

const deal = (bar: string) => `# CO-BRANDING AND CONTENT LICENCE AGREEMENT

This Agreement is made between Marlowe Health Networks Inc. ("Marlowe") and Quillon Clinical Media LLC ("Quillon").

## 3. Content

3.1 Quillon hereby grants Marlowe a non-exclusive licence under the Quillon Patents and to its content to operate the Co-Branded Site.

## 9. Ownership

9.5 Except for the rights expressly granted to Marlowe under this Agreement, the Intellectual Property of Quillon is and shall remain the sole property of Quillon. ${bar}
`;

describe('no-challenge says what the bar covers', () => {
  it('a bar on contesting the other party\'s Intellectual Property is not called a bar on licensed patents', async () => {
    const [f] = await findingsOf(deal("In addition, Marlowe shall not now or in the future contest the validity of Quillon's Intellectual Property."));
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/^Section 9\.5 bars a party from challenging the other's intellectual property \(it names no patents/);
    expect(f?.message).not.toMatch(/licensed patents:/);
  });

  it('a bar that names patents keeps the licensed-patents wording', async () => {
    const [f] = await findingsOf(deal("In addition, Marlowe shall not now or in the future contest the validity of the Quillon Patents or Quillon's other Intellectual Property."));
    expect(f?.message).toMatch(/^Section 9\.5 bars a party from challenging the validity of licensed patents: /);
  });
});

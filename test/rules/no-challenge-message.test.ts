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

describe('no-challenge reads a list item with its lead-in', () => {
  const items = (lead: string) => `# PATENT CROSS-LICENSE AGREEMENT

This Agreement is made between Meridian Power Inc. ("Meridian") and Sato Electric K.K. ("Sato").

## 2. Grants

2.1 Each party grants the other a non-exclusive licence under its Licensed Patents.

## 16. Validity

16.4 ${lead}

(a) contest the validity or enforceability of any Licensed Patent of the other party; or

(b) assist any third party in doing so.
`;

  it('a bar in the lead-in ("Neither party shall:") over the challenge in the item is a bar', async () => {
    const found = await findingsOf(items('Neither party shall:'));
    expect(found.map((f) => [f.clauseNumber, f.severity])).toEqual([['(a)', 'warning']]);
  });

  it('a right to terminate in the lead-in is the sanction variant, not a bar (info)', async () => {
    const found = await findingsOf(items('Meridian may terminate this Agreement immediately upon written notice to Sato in the event Sato or any of its Affiliates:'));
    expect(found.map((f) => f.severity)).toEqual(['info']);
    expect(found[0]?.message).toMatch(/lets a party terminate, or narrow the licence, if the other challenges validity/);
  });

  it('near miss: a freedom in the lead-in ("Each party remains free to:") is no bar', async () => {
    expect(await findingsOf(items('Each party remains free to:'))).toEqual([]);
  });
});

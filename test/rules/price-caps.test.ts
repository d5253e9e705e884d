// antitrust/price-fixing: a cap on the prices a party may charge third parties is a warning, a floor or a fixed price
// an error. EU TTBER art. 4(2)(a) spares a maximum sale price between non-competitors; art. 4(1)(a) does not between
// competitors, so the cap is still reported. A price for sales to the other party (a supply price) is neither.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';

const antitrust = loadBuiltinPacks().filter((p) => p.id === 'antitrust');
const priceFindings = async (clause: string) => {
  const text = `# PATENT CROSS-LICENSE AGREEMENT\n\nThis Agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems, Inc. ("Beta").\n\n## 5. Prices\n\n5.1 ${clause}\n`;
  return (await evaluate(analyze(sourceFromText(text, 'doc.md')), antitrust)).filter((f) => f.ruleId === 'antitrust/price-fixing');
};

describe('price-fixing severity', () => {
  it('reports a maximum resale price as a warning, naming the cap', async () => {
    const [f, ...more] = await priceFindings('Beta shall not resell any Licensed Product to its customers at a price higher than the maximum resale price published by Alpha.');
    expect(more).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/caps the prices/);
  });

  it('gives a cap its own advice: no "price floor", and the TTBER reading in the rationale, not the message', async () => {
    const [cap] = await priceFindings('Beta shall not resell any Licensed Product to its customers at a price higher than the maximum resale price published by Alpha.');
    expect(cap?.message).toMatch(/caps the prices at which a party may sell: "Beta shall not resell .* by Alpha\."$/);
    expect(cap?.recommendation).not.toMatch(/price floor/);
    expect(cap?.recommendation).toMatch(/^Establish whether the parties compete/);
    expect(cap?.rationale).toMatch(/TTBER art\. 4\(2\)\(a\)/);
    // Near miss: a floor keeps the rule's own advice.
    const [floor] = await priceFindings('Beta shall not sell Licensed Products at prices below the minimum prices set out in Schedule C.');
    expect(floor?.recommendation).toMatch(/instead of a price floor/);
  });

  it('keeps a floor, a fixed price, and a cap with a floor at error', async () => {
    for (const clause of [
      'Beta shall not sell Licensed Products at prices below the minimum prices set out in Schedule C.',
      'Beta shall sell the Licensed Products at the prices determined by Alpha from time to time.',
      'Beta shall sell Licensed Products at prices no lower than USD 40 and no higher than USD 60 per unit.',
      // Other words for the licensor's price (review-quality): 'fixed by', 'that Alpha determines'.
      'Beta shall resell the Licensed Products at the resale prices fixed by Alpha.',
      'Beta shall resell the Licensed Products only at the prices that Alpha determines from time to time.',
    ]) {
      const found = await priceFindings(clause);
      expect(found.map((f) => f.severity), clause).toEqual(['error']);
    }
  });

  it('reports a cap worded as prices exceeding the maximum as a warning', async () => {
    const found = await priceFindings('Beta shall not resell the Licensed Products at prices exceeding the maximum resale price notified by Alpha.');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });

  it('reports no supply price the seller charges the other party', async () => {
    expect(await priceFindings('Alpha shall sell the Components to Beta at prices no higher than those in Schedule 2.')).toEqual([]);
  });
});

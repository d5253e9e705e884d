// non-compete-beyond-scope quotes the restraint, not the carve-out after it that says when a party is not in breach.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';

const builtins = loadBuiltinPacks();

const deal = `# CO-PROMOTION AND PATENT LICENCE AGREEMENT

This Agreement is made between Varelli Therapeutics Inc. ("Varelli") and Osgood Pharma Ltd ("Osgood").

## 2. Licence

2.1 Varelli hereby grants Osgood a non-exclusive licence under the Varelli Patents to promote the Product in the Territory.

## 9. Exclusivity

9.1 During the Term, neither Osgood nor any of its Affiliates (including any Third Party that becomes an Affiliate of Osgood after the Effective Date) shall, alone or with any Third Party, market, sell or otherwise commercialize in the Territory any Competing Product. If a Third Party that already sells a Competing Product acquires Osgood, either Party may terminate this Agreement on ninety (90) days' notice, and Osgood shall not be deemed to be marketing, selling or commercializing a Competing Product in breach of this Section for so long as it does so solely through personnel who take no part in the Promotion.
`;

describe('non-compete-beyond-scope quotes the restraint', () => {
  it("quotes 'neither Osgood nor any of its Affiliates ... shall ... commercialize', not 'shall not be deemed to be marketing'", async () => {
    const found = (await evaluate(analyze(sourceFromText(deal, 'co-promotion.md')), builtins.filter((p) => p.id === 'antitrust'), {})).filter((f) => f.ruleId === 'antitrust/non-compete-beyond-scope');
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence).toMatch(/neither Osgood nor any of its Affiliates/);
    expect(found[0]?.evidence).not.toMatch(/shall not be deemed/);
  });
});

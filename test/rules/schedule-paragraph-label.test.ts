// A message names a schedule's numbered paragraph by its schedule (rules/context.ts clauseLabel): 'SCHEDULE 2,
// paragraph 3', where it said 'Section 3', a number the body's Governing Law clause also has, or 'Clause 4'.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { loadBuiltinPacks } from '../../src/rules/index.js';

const packs = loadBuiltinPacks();

const AGREEMENT = `PATENT CROSS-LICENCE AGREEMENT

This Agreement is made between Harwell Imaging Ltd ("Harwell") and Stenford Medical plc ("Stenford").

1. DEFINITIONS

1.1 "Licensed Patents" means the patents listed in Schedule 1.

2. LICENCES

2.1 Harwell grants Stenford a non-exclusive licence under its Licensed Patents, and Stenford grants Harwell a non-exclusive licence under its Licensed Patents.

2.2 Each party shall pay the other the fees set out in Schedule 2.

3. GOVERNING LAW

3.1 This Agreement is governed by the law of England and Wales.

SCHEDULE 1
LICENSED PATENTS

GB 2 581 442 B and EP 3 104 220 B1.

SCHEDULE 2
FEES

1. Stenford shall pay Harwell a licence fee of GBP 250,000 within 30 days of the date of this Agreement.

2. Harwell shall pay Stenford a licence fee of GBP 200,000 within 30 days of the date of this Agreement.

3. Each party shall send invoices and/or statements to the other's finance team.

4. Payment terms
(a) Fees are exclusive of VAT.
(b) Fees shall be paid without deduction and/or set-off.
`;

const vague = async (text: string) => (await checkDocument(sourceFromText(text, 'a.txt', 'text'), packs)).findings.filter((f) => f.ruleId === 'precision/vague-term').map((f) => f.message.slice(0, f.message.indexOf(' qualifies')));

describe("a schedule's numbered paragraph in a message", () => {
  it("is named with its schedule: 'SCHEDULE 2, paragraph 3', and an item under it 'SCHEDULE 2, paragraph 4(b)'", async () => {
    // before: 'Section 3' and 'Section 4(b)'
    expect(await vague(AGREEMENT)).toEqual(['SCHEDULE 2, paragraph 3', 'SCHEDULE 2, paragraph 4(b)']);
  });

  it("near miss: the body's clauses keep the document's word", async () => {
    const body = AGREEMENT.replace('the fees set out in Schedule 2', 'the fees and/or costs set out in Schedule 2');
    expect(await vague(body)).toEqual(['Section 2.2', 'SCHEDULE 2, paragraph 3', 'SCHEDULE 2, paragraph 4(b)']);
  });
});

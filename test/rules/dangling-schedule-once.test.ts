// precision/dangling-reference: a schedule that is not there is one gap in the document, however often it is cited. A
// manufacturing agreement that cites its missing "Attachment 3" (the asset list) in fourteen clauses was given fourteen
// errors; it is given one, at the first reference, with the other places that cite it. A missing section stays with
// each clause that cites it: each may have meant another section. Agreement text written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';

const builtins = loadBuiltinPacks();
const precision = builtins.find((p) => p.id === 'precision')!;
const dangling = async (text: string) =>
  (await evaluate(analyze(sourceFromText(text, 'asset-transfer.txt')), [precision], {})).filter((f) => f.ruleId === 'precision/dangling-reference');

const agreement = `ASSET TRANSFER AND MANUFACTURING AGREEMENT

This Agreement is made between Corvane Devices, Inc. ("Corvane") and Helmark Manufacturing Ltd. ("Helmark").

1. TRANSFER

1.1 On the Effective Date, Helmark shall purchase the assets listed in Attachment 3.

1.2 Corvane shall deliver to Helmark's plant the assets listed in Attachment 3.

2. TITLE

2.1 Title to the assets listed in Attachment 3 passes on delivery.

2.2 Helmark shall insure the equipment described in Section 9.4.

3. WARRANTY

3.1 Corvane warrants that the assets listed in Attachment 3 are free of liens, as set out in Section 9.4.

ATTACHMENT 1

STATEMENT OF WORK

Helmark shall manufacture the products.
`;

describe('a missing schedule, cited in several clauses', () => {
  it('is reported once, at its first reference, naming the other places that cite it', async () => {
    const found = await dangling(agreement);
    const attachment = found.filter((f) => /refers to Attachment 3\b/.test(f.message));
    expect(attachment).toHaveLength(1);
    expect(attachment[0]?.clauseNumber).toBe('1.1');
    expect(attachment[0]?.message).toMatch(/^Section 1\.1 refers to Attachment 3 \(also cited in Section 1\.2, Section 2\.1 and Section 3\.1\), which the agreement does not contain/);
  });

  it('near miss: a missing section is still reported in each clause that cites it', async () => {
    const found = await dangling(agreement);
    expect(found.filter((f) => /refers to Section 9\.4\b/.test(f.message)).map((f) => f.clauseNumber)).toEqual(['2.2', '3.1']);
  });
});

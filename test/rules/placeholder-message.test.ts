// precision/placeholder names the placeholder itself ({{matched}}: the words that made the clause match), not only the
// sentence around it: 'still contains a placeholder: "This Agreement is made on {{ effective_date }} between ..."'
// left counsel to find the gap in a long sentence, and in a clause with a blank line of underscores, which one. A clause
// holding several names every one of them (it named only the first).
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { loadBuiltinPacks } from '../../src/rules/index.js';

const packs = loadBuiltinPacks();
const TEXT = `# Patent Cross-Licence Agreement

This Agreement is made on {{ effective_date }} between Alpha Ltd ("Alpha") and Beta GmbH ("Beta").

## 1. Fees

1.1 Beta shall pay Alpha [insert amount] within thirty (30) days after the date of this Agreement.

1.2 Beta shall pay each royalty into the account ______________________________ held by Alpha.

1.3 Beta shall pay the royalties in euros by bank transfer.

1.4 The royalty is [●] percent of Net Sales, payable to [insert name of bank] in [●] instalments.
`;

describe('precision/placeholder names the placeholder', () => {
  it('quotes the placeholder before the sentence', async () => {
    const report = await checkDocument(sourceFromText(TEXT, 'a.md', 'markdown'), packs);
    const messages = report.findings.filter((f) => f.ruleId === 'precision/placeholder').map((f) => f.message);
    expect(messages).toEqual([
      'The paragraph at line 3 of the preamble is still to be completed at "{{ effective_date }}": "This Agreement is made on {{ effective_date }} between Alpha Ltd (\'Alpha\') and Beta GmbH (\'Beta\')."',
      'Section 1.1 is still to be completed at "[insert amount]": "Beta shall pay Alpha [insert amount] within thirty (30) days after the date of this Agreement."',
      // A long run of one character is shortened where it is named; the sentence keeps it.
      'Section 1.2 is still to be completed at "_____…": "Beta shall pay each royalty into the account ______________________________ held by Alpha."',
      // A clause holding several names each once, in the order written (the sentence is the first one's).
      'Section 1.4 is still to be completed at "[●]" and "[insert name of bank]": "The royalty is [●] percent of Net Sales, payable to [insert name of bank] in [●] instalments."',
    ]);
  });
});

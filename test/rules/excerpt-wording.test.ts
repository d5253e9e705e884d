// What counsel reads in a message: a clause found is quoted, not set in brackets; 'cl. 3.1' does not end a sentence.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';
import { excerpt } from '../../src/rules/patterns.js';

const builtins = loadBuiltinPacks();
const findingsOf = async (text: string, pack: string, ruleId: string) =>
  (await evaluate(analyze(sourceFromText(text, 'doc.txt')), builtins.filter((p) => p.id === pack), {})).filter((f) => f.ruleId === ruleId);

const deal = (royalty: string) => `PATENT CROSS-LICENCE AGREEMENT

This Agreement is made between Brandt Radio GmbH ("Brandt") and Kaimana Devices Inc. ("Kaimana").

1. Licences

1.1 Brandt grants Kaimana a non-exclusive licence under the Brandt Patents to make and sell IoT Modules.

1.2 Kaimana grants Brandt a non-exclusive licence under the Kaimana Patents to make and sell base stations.

2. Royalties

2.1 Brandt shall pay Kaimana a royalty of two percent (2%) of the Net Sales of base stations. "Net Sales" means the amounts invoiced for base stations, less taxes and returns.

2.2 ${royalty}
`;

describe('a clause found where a template expects an absence', () => {
  it('is quoted after a colon, not put in brackets as if the tool said it', async () => {
    const [f] = await findingsOf(deal('The royalty payable by Kaimana for IoT Modules shall be agreed by the parties in good faith within six (6) months after the Effective Date.'), 'monetization', 'monetization/royalty-incomplete');
    expect(f?.message).toBe('A royalty is due but its terms are incomplete: "The royalty payable by Kaimana for IoT Modules shall be agreed by the parties in good faith within six (6) months after the Effective Date."');
  });

  it('near miss: what was looked for and not found stays in brackets', async () => {
    const text = deal('Kaimana shall pay Brandt a royalty of two percent (2%) of the Net Sales of IoT Modules.').replace(/ "Net Sales" means [^\n]*/, '');
    const [f] = await findingsOf(text, 'monetization', 'monetization/royalty-incomplete');
    expect(f?.message).toBe('A royalty is due but its terms are incomplete (looked for: a definition of the royalty base (e.g. "Net Sales")).');
  });
});

describe("'cl.' and 'Sch.' before a number are abbreviations (Australian and English drafting)", () => {
  it("an excerpt runs through 'cl. 13' to the sentence's end and start", () => {
    const text = 'The arbitration is seated in Melbourne. Nothing in this cl. 13 prevents a party seeking urgent relief, and cl. 13.5 applies to costs. Each party bears its own.';
    const at = text.indexOf('cl. 13.5');
    expect(excerpt(text, at, at + 8).evidence).toBe('Nothing in this cl. 13 prevents a party seeking urgent relief, and cl. 13.5 applies to costs.');
    const sch = 'The fees are set out in Sch. 2 and are payable quarterly. Late fees bear interest.';
    expect(excerpt(sch, sch.indexOf('payable'), sch.indexOf('payable') + 7).evidence).toBe('The fees are set out in Sch. 2 and are payable quarterly.');
  });

  it('near miss: a sentence that ends with a word before a number still ends there', () => {
    const text = 'The licence covers the Licensed Patents. 2 copies are kept by each party.';
    const at = text.indexOf('copies');
    expect(excerpt(text, at, at + 6).evidence).toBe('2 copies are kept by each party.');
  });
});

describe('a colon inside brackets does not start an excerpt', () => {
  it("'[University address: TBC]' is quoted whole, with the sentence it stands in", () => {
    const text = 'Notices go to the Licensor. A copy shall be sent to the University at [University Research Services address: TBC]. Notices take effect on receipt.';
    const at = text.indexOf('TBC');
    expect(excerpt(text, at, at + 3).evidence).toBe('A copy shall be sent to the University at [University Research Services address: TBC].');
  });

  it('near miss: a colon outside brackets, after a closed one, still starts the excerpt', () => {
    const text = 'The fees (as set out in Schedule 2) are as follows: twenty dollars per unit, payable quarterly.';
    const at = text.indexOf('payable');
    expect(excerpt(text, at, at + 7).evidence).toBe('twenty dollars per unit, payable quarterly.');
  });
});

describe('an excerpt that the window cuts between two words says so', () => {
  it("starts with an ellipsis when the window ends at a space inside the sentence (before: m-bilingual's '[name of officer]' quoted from 'shall be in writing', as if the sentence began there)", () => {
    // 160 characters back from the trigger is the first letter of a word, after a space: the window ends between words.
    const text = `Notices shall be in writing and sent ${'y '.repeat(80)}to Beta, at [address].`;
    const at = text.indexOf('[address]');
    expect(text[at - 161]).toBe(' ');
    const evidence = excerpt(text, at, at + 9).evidence;
    expect(evidence.startsWith('…y y')).toBe(true);
    expect(evidence.endsWith('to Beta, at [address].')).toBe(true);
  });

  it('near miss: a window that ends where a sentence opens starts it without an ellipsis', () => {
    const text = `${'x'.repeat(40)}. Notices go to Beta at [address].`;
    const at = text.indexOf('[address]');
    expect(excerpt(text, at, at + 9).evidence).toBe('Notices go to Beta at [address].');
  });
});

describe('a colon that labels a blank does not start an excerpt', () => {
  it("a trigger right after a colon is quoted with the words before it ('are as follows: TBD', before: 'TBD.' alone)", () => {
    const text = 'The Licence Fee is payable on signature. The royalty rates are as follows: TBD. Royalties are paid quarterly.';
    const at = text.indexOf('TBD');
    expect(excerpt(text, at, at + 3).evidence).toBe('The royalty rates are as follows: TBD.');
  });

  it("a label after a comma ('to Larkspur, attention: [name of officer]') is read through (before: cut at 'attention:')", () => {
    const text = 'Notices go to the address above. Notices shall be sent to Alpha, attention: General Counsel, and to Beta, attention: [name of officer], at the address above.';
    const at = text.indexOf('[name');
    expect(excerpt(text, at, at + 17).evidence).toBe('Notices shall be sent to Alpha, attention: General Counsel, and to Beta, attention: [name of officer], at the address above.');
  });

  it("near miss: a subject and its verb before the colon ('..., Alpha will: (a) ...') still end a lead-in", () => {
    const text = "Within thirty days after the Effective Date, Alpha will: (a) provide up to ten hours of training at Beta's reasonable request.";
    const at = text.indexOf('reasonable');
    expect(excerpt(text, at, at + 10).evidence).toBe("(a) provide up to ten hours of training at Beta's reasonable request.");
  });
});

describe('a trigger in a run-in heading, quoted in a blockquote', () => {
  const amendment = (heading: string) => `# AMENDMENT NO. 1 TO THE PATENT CROSS-LICENSE AGREEMENT

This Amendment No. 1 is made between Tessaly Audio Oy ("Tessaly") and Moravec Acoustics s.r.o. ("Moravec").

## 2. Pricing

2.1 The Agreement is amended by inserting the following new Section 4.6:

> "4.6 ${heading} To protect the value of the Tessaly Patents, Moravec shall not sell any Licensed Speaker at a price below the list price that Tessaly publishes for its comparable speaker."
`;
  const priceFixing = async (text: string) => (await evaluate(analyze(sourceFromText(text, 'amendment.md')), builtins.filter((p) => p.id === 'antitrust'), {})).find((f) => f.ruleId === 'antitrust/price-fixing');

  it('quotes the heading with the sentence after it, without the blockquote mark, its own quotation nested', async () => {
    const f = await priceFixing(amendment('Minimum Resale Price.'));
    expect(f?.message).toBe("Section 2.1 fixes or limits the prices at which a party may sell: \"'4.6 Minimum Resale Price. To protect the value of the Tessaly Patents, Moravec shall not sell any Licensed Speaker at a price below the list price that Tessaly publishes for its comparable speaker.'\"");
    // the finding starts at the quoted words, not at the '>'
    expect(f?.column).toBe(3);
  });

  it("a plain-English heading in sentence case after its number is quoted with the sentence after it ('8. No validity challenges. ...')", () => {
    const text = '7. Release. Each party releases the other.\n\n8. No validity challenges. Orion will not challenge the validity of the Tallis Patent.\n';
    const at = text.indexOf('validity challenges');
    expect(excerpt(text, at, at + 19).evidence).toBe('No validity challenges. Orion will not challenge the validity of the Tallis Patent.');
    // near miss: without a number before it, a short sentence is a sentence ('Orion agrees. ...' has a verb; 'No more claims.' none)
    const plain = 'The parties settle. No more claims. Each bears its costs.';
    const p = plain.indexOf('claims');
    expect(excerpt(plain, p, p + 6).evidence).toBe('No more claims.');
  });

  it('near miss: a sentence that only opens in capitals is not a heading, and stays alone', () => {
    const text = 'Minimum Resale Prices Are Prohibited. Each party sets its own prices.';
    expect(excerpt(text, 0, 21).evidence).toBe('Minimum Resale Prices Are Prohibited.');
  });
});

describe("a fact's words that take in the clause number", () => {
  const deal = (grant: string) => `PATENT CROSS-LICENCE AGREEMENT

This Agreement is made between Brandt Radio GmbH ("Brandt") and Kaimana Devices Inc. ("Kaimana").

1. Licences

1.1 ${grant}

1.2 Kaimana grants Brandt a non-exclusive licence under the Kaimana Patents listed in Schedule 1 to make and sell base stations.

Schedule 1: US 10,111,222.
`;

  it('are quoted from the clause\'s first word, and the finding stands there, not at the number', async () => {
    const text = deal('Brandt grants Kaimana a licence under the Brandt Patents listed in Schedule 1 to make and sell IoT Modules.');
    const [f] = await findingsOf(text, 'precision', 'precision/exclusivity-unstated');
    expect(f?.evidence).toBe('Brandt grants Kaimana a licence under the Brandt Patents listed in Schedule 1 to make and sell IoT Modules.');
    expect(text.slice(f?.start ?? 0).startsWith('Brandt grants')).toBe(true);
  });

  it('near miss: a grant in the second sentence of its clause is quoted from that sentence', async () => {
    const text = deal('The parties wish to license each other. Brandt grants Kaimana a licence under the Brandt Patents listed in Schedule 1 to make and sell IoT Modules.');
    const [f] = await findingsOf(text, 'precision', 'precision/exclusivity-unstated');
    expect(f?.evidence).toBe('Brandt grants Kaimana a licence under the Brandt Patents listed in Schedule 1 to make and sell IoT Modules.');
  });
});

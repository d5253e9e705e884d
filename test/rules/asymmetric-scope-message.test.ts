// asymmetric-scope's summary: each value of a later pair of grants names its clause, as the document's references do.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';

const builtins = loadBuiltinPacks();
const findingsOf = async (text: string, packs: string[], ruleId: string, name: string) =>
  (await evaluate(analyze(sourceFromText(text, name)), builtins.filter((p) => packs.includes(p.id)), {})).filter((f) => f.ruleId === ruleId);

describe("asymmetric-scope names a later pair's clauses as the document does", () => {
  const deal = (word: string) => `PATENT CROSS-LICENCE

This Agreement is made between Helixa Pty Ltd ("Helixa") and Corvane Limited ("Corvane"). ${word} 3.1 and ${word.toLowerCase()} 3.2 are subject to ${word.toLowerCase()} 4.1.

## 2. RESEARCH LICENCES

2.1 Helixa grants Corvane a non-exclusive, royalty-free licence under the Helixa Patents for research purposes.

2.2 Corvane grants Helixa a non-exclusive, royalty-free licence under the Corvane Patents for research purposes.

## 3. COMMERCIAL LICENCES

3.1 Helixa grants Corvane an exclusive licence under the Helixa Patents to commercialise Licensed Antibodies.

3.2 Corvane grants Helixa a non-exclusive licence under the Corvane Patents to manufacture Helixa Products.

## 4. TERM

4.1 This Agreement ends when the last Helixa Patent expires.
`;

  it('puts each value\'s clause after it, not bare numbers before the attribute', async () => {
    const [f] = await findingsOf(deal('Clause'), ['reciprocity'], 'reciprocity/asymmetric-scope', 'deal.md');
    expect(f?.message).toBe('The two grants of this cross-license differ in scope: exclusivity: Corvane → Helixa non-exclusive (Clause 3.2) | Helixa → Corvane exclusive (Clause 3.1).');
    expect(f?.message).not.toMatch(/\b3\.2 and 3\.1\b/);
  });

  it('the first pair of grants, where the finding stands, names no clause; a later pair in one section does', async () => {
    const text = deal('Section').replace(/\n2\.1[^\n]*\n\n2\.2[^\n]*\n/, '\n2.1 Helixa grants Corvane an exclusive licence under the Helixa Patents for research purposes.\n\n2.2 Corvane grants Helixa a non-exclusive licence under the Corvane Patents for research purposes.\n');
    const [f] = await findingsOf(text, ['reciprocity'], 'reciprocity/asymmetric-scope', 'deal.md');
    expect(f?.message).toMatch(/^The two grants of this cross-license differ in scope: exclusivity: Corvane → Helixa non-exclusive \| Helixa → Corvane exclusive; exclusivity: Corvane → Helixa non-exclusive \(Section 3\.2\) \| Helixa → Corvane exclusive \(Section 3\.1\)\.$/);
  });

  it('says a limited right to sublicense is one, with its limit, and reads the same limit each way as no difference', async () => {
    const deal = (second: string) => `PATENT CROSS-LICENCE

This Agreement is made between Brandt Pharma Inc. ("Brandt") and Kestrel Generics LLC ("Kestrel").

## 2. LICENCES

2.1 Brandt grants to Kestrel a non-exclusive licence under the Brandt Patents, without the right to grant sublicenses other than to contract manufacturers, to make and sell the Generic Product.

2.2 Kestrel grants to Brandt a non-exclusive licence under the Kestrel Patents, ${second}, to make and sell any velorixine product.
`;
    const [f] = await findingsOf(deal('with the right to grant sublicenses to its Affiliates and contract manufacturers'), ['reciprocity'], 'reciprocity/asymmetric-scope', 'deal.md');
    expect(f?.message).toBe('The two grants of this cross-license differ in scope: sublicensable: Brandt → Kestrel yes, only to contract manufacturers | Kestrel → Brandt yes, to its Affiliates and contract manufacturers.');
    // Near miss: the same limit each way is no asymmetry.
    expect(await findingsOf(deal('without the right to grant sublicenses other than to contract manufacturers'), ['reciprocity'], 'reciprocity/asymmetric-scope', 'deal.md')).toEqual([]);
  });

  it("reads a grantee's right to sublicense with consent from a later sentence of the grant's clause", async () => {
    const text = `PATENT CROSS-LICENCE

This Agreement is made between Helixa Pty Ltd ("Helixa") and Corvane Limited ("Corvane").

## 3. COMMERCIAL LICENCES

3.1 Helixa grants Corvane a non-exclusive licence under the Helixa Patents to commercialise Licensed Antibodies. Corvane may sublicense the licence with Helixa's prior written consent.

3.2 Corvane grants Helixa a non-exclusive licence under the Corvane Patents to manufacture Helixa Products, without the right to sublicense.
`;
    const [f] = await findingsOf(text, ['reciprocity'], 'reciprocity/asymmetric-scope', 'deal.md');
    expect(f?.message).toBe("The two grants of this cross-license differ in scope: sublicensable: Corvane → Helixa no | Helixa → Corvane yes, with Helixa's prior written consent.");
  });
});

describe("asymmetric-scope tells the grants' durations and rights side by side", () => {
  const deal = (a: string, b: string) => `PATENT CROSS-LICENCE

This Agreement is made between Cobalt Instruments Ltd ("Cobalt") and Meridian Optics Inc. ("Meridian").

## 2. LICENCES

2.1 Cobalt hereby grants to Meridian a non-exclusive licence under the Cobalt Patents ${a}.

2.2 Meridian hereby grants to Cobalt a non-exclusive licence under the Meridian Patents ${b}.
`;
  const message = async (a: string, b: string) => (await findingsOf(deal(a, b), ['reciprocity'], 'reciprocity/asymmetric-scope', 'deal.md'))[0]?.message;

  it('a licence for the patents\' life against one for a stated period, and two stated periods', async () => {
    expect(await message('for the life of the Cobalt Patents', 'for a period of three (3) years from the Effective Date')).toBe('The two grants of this cross-license differ in scope: duration: Cobalt → Meridian patent-life | Meridian → Cobalt 3 years.');
    expect(await message('for a period of three (3) years', 'for a period of five (5) years')).toBe('The two grants of this cross-license differ in scope: duration: Cobalt → Meridian 3 years | Meridian → Cobalt 5 years.');
    expect(await message('in perpetuity', 'until the expiry of the last to expire of the Meridian Patents')).toBe('The two grants of this cross-license differ in scope: duration: Cobalt → Meridian perpetual | Meridian → Cobalt patent-life.');
    // Near misses: the agreement's term each way; one period written two ways.
    expect(await message('for the term of this Agreement', 'for the term of this Agreement')).toBeUndefined();
    expect(await message('for five (5) years', 'for a period of 5 years')).toBeUndefined();
  });

  it('the rights each licence lists, when one lists more', async () => {
    expect(await message('to make, have made, use, sell and import Licensed Products', 'to make, use and sell Licensed Products')).toBe('The two grants of this cross-license differ in scope: rights: Cobalt → Meridian make, have made, use, sell, import | Meridian → Cobalt make, use, sell.');
    // Near misses: the same rights in other words, and lists of different things (a licence to use marks, a right to distribute).
    expect(await message('to manufacture, have manufactured, use and/or sell Licensed Products', 'to make, use and sell Licensed Products and to have them made for it by contract manufacturers')).toBeUndefined();
    expect(await message('to use the Cobalt Marks', 'to distribute the Meridian Software')).toBeUndefined();
  });
});

describe('asymmetric-scope between three parties', () => {
  const consortium = (narrower: string) => `CONSORTIUM CROSS-LICENCE

This Agreement is made between Harrowgate Energy Storage Limited ("Harrowgate"), Solvane Materials GmbH ("Solvane") and Ketterby Instruments, Inc. ("Ketterby") (each a "Party" and together the "Parties").

## 3. LICENCES

3.1 Each Party hereby grants to each other Party a non-exclusive, worldwide, royalty-free licence under its Licensed Patents to make and sell Consortium Products in the Field, with the right to grant sub-licences to its Affiliates.
${narrower}`;

  it('compares every pair of parties, and names the pair whose grants differ', async () => {
    // Solvane's pairs are not the first in order (Harrowgate → Ketterby is): comparing one pair of directions hid them.
    const [f] = await findingsOf(consortium('\n3.2 In place of that licence, each of Harrowgate and Ketterby hereby grants to Solvane a non-exclusive licence under its Licensed Patents in the Materials Field only, without the right to grant sub-licences.\n'), ['reciprocity'], 'reciprocity/asymmetric-scope', 'deal.md');
    expect(f?.message).toMatch(/^The grants between the parties of this cross-license differ in scope: /);
    expect(f?.message).toContain('field: Harrowgate → Solvane Materials Field (Section 3.2) | Solvane → Harrowgate Field (Section 3.1)');
    expect(f?.message).toContain('field: Ketterby → Solvane Materials Field (Section 3.2) | Solvane → Ketterby Field (Section 3.1)');
    expect(f?.message).not.toMatch(/Harrowgate → Ketterby|Ketterby → Harrowgate/);
  });

  it('near miss: one mutual grant among three parties is symmetric', async () => {
    expect(await findingsOf(consortium(''), ['reciprocity'], 'reciprocity/asymmetric-scope', 'deal.md')).toEqual([]);
  });
});

// ce421e5 pairs a grant one way that has no counterpart in its section with the section's mutual grant. Between two
// parties, decided with the catalogue ('the grants differ in exclusivity, field, ...'): an exclusive licence one way on
// top of a mutual non-exclusive one is a difference in exclusivity, and the finding says so.
describe('asymmetric-scope between two parties: a one-way grant beside the mutual grant of its section', () => {
  const deal = (second: string) => `# PATENT CROSS-LICENSE AGREEMENT

This Patent Cross-License Agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems GmbH ("Beta").

## 2. Grants

2.1 Each Party hereby grants to the other Party a non-exclusive, worldwide, royalty-free licence under its Licensed Patents to make, use and sell Licensed Products.

${second}
`;
  it('an exclusive licence one way in a field is an asymmetry in exclusivity', async () => {
    const [f, ...more] = await findingsOf(deal('2.2 Alpha hereby grants to Beta an exclusive licence under the Alpha Patents in the Medical Field.'), ['reciprocity'], 'reciprocity/asymmetric-scope', 'deal.md');
    expect(more).toEqual([]);
    expect(f?.message).toMatch(/exclusivity: Alpha → Beta exclusive \(Section 2\.2\) \| Beta → Alpha non-exclusive \(Section 2\.1\)/);
  });

  it('near miss: the same exclusive licence granted each way is symmetric', async () => {
    expect(await findingsOf(deal('2.2 Each Party hereby grants to the other Party an exclusive licence under its Licensed Patents in the Medical Field.'), ['reciprocity'], 'reciprocity/asymmetric-scope', 'deal.md')).toEqual([]);
  });
});

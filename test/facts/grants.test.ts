// Grant records and the document kind: grant sentences quoted from the CUAD dev contracts (CC BY 4.0), and
// cross-license snippets written for these tests.
import { describe, expect, it } from 'vitest';
import type { GrantRecord } from '../../src/model/index.js';
import { factsOf } from './helpers.js';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';

type Expect = Partial<Omit<GrantRecord, 'evidence' | 'clauseId'>>;

describe('grant sentences (CUAD)', () => {
  it.each<[string, Expect]>([
    ['Subject to the terms and conditions of this Agreement, Arizona hereby grants to the Company a perpetual, non- exclusive, royalty-free license in, to and under the Arizona Licensed Know-How for use in the Company Field throughout the world.',
      { grantor: 'Arizona', grantee: 'Company', ip: 'the Arizona Licensed Know-How', exclusivity: 'non-exclusive', field: 'the Company Field', territory: 'worldwide', royalty: 'royalty-free', duration: 'perpetual' }],
    ['Licensor hereby grants Licensee a non-exclusive license to use the logos, trademarks and service marks used by Licensor to identify the Titles in connection with the use of the Titles as set forth in this Agreement.',
      { grantor: 'Licensor', grantee: 'Licensee', exclusivity: 'non-exclusive', ip: 'trademarks' }],
    ['Client hereby grants to TrueLink the nonexclusive worldwide right and license to use, distribute, disseminate, license, resell, exploit, upload, display, copy and store Credit Data subject to the limitations set forth in the Non-Competition Agreement.',
      { grantor: 'Client', grantee: 'TrueLink', exclusivity: 'non-exclusive', territory: 'worldwide' }],
    ['NETTAXI hereby grants to ----------------------------------------- SpinRecords.com a non-exclusive, worldwide, nontransferable, revocable, royalty free license to use the NETTAXI Brand Features for the purposes of this Agreement',
      { grantor: 'NETTAXI', grantee: 'SpinRecords.com', exclusivity: 'non-exclusive', transferable: false, revocable: true, royalty: 'royalty-free', territory: 'worldwide' }],
    ['5.7 Neoforma hereby grants VerticalNet an exclusive license to use, modify, enhance, reproduce, display, perform and transmit the Neoforma T&E Content, subject to and in accordance with the terms of this Agreement.',
      { grantor: 'Neoforma', grantee: 'VerticalNet', exclusivity: 'exclusive' }],
    ['Depomed hereby grants to King a non-assignable, non- sublicensable, non-exclusive, royalty-free right and license to use the Depomed Trademarks in the Territory.',
      { grantor: 'Depomed', grantee: 'King', exclusivity: 'non-exclusive', sublicensable: false, transferable: false, royalty: 'royalty-free', territory: 'the Territory', ip: 'the Depomed Trademarks' }],
    ['Green Cross hereby grants to MacroGenics a royalty-free, worldwide license during the Term, with the right to grant sublicenses, under the Green Cross Licensed Technology to conduct the Development Program.',
      { grantor: 'Green Cross', grantee: 'MacroGenics', sublicensable: true, royalty: 'royalty-free', territory: 'worldwide', duration: 'term', ip: 'the Green Cross Licensed Technology' }],
    ['MediWound hereby grants to Vericel an exclusive (even as to MediWound), sublicensable, royalty- free, fully paid-up, license in the Territory to use the Licensed Technology.',
      { grantor: 'MediWound', grantee: 'Vericel', exclusivity: 'exclusive', sublicensable: true, royalty: 'royalty-free', territory: 'the Territory' }],
    ['LMG grants TAG a worldwide, nonexclusive, irrevocable, perpetual license to load, execute, access, employ, use, store, or display the object code version of the Software.',
      { grantor: 'LMG', grantee: 'TAG', exclusivity: 'non-exclusive', revocable: false, duration: 'perpetual', territory: 'worldwide' }],
    ['Upon the terms and subject to the conditions of this Agreement, Developer hereby grants to Distributor an exclusive, non-transferable right and license to market the Products in the Territory.',
      { grantor: 'Developer', grantee: 'Distributor', exclusivity: 'exclusive', transferable: false, territory: 'the Territory' }],
    ['Subject to the terms and conditions of this Agreement, MacroGenics hereby grants to Green Cross an exclusive, royalty- bearing license, with the right to grant sublicenses, under the MacroGenics Licensed Technology to Develop Products in the Field in the Territory.',
      { grantor: 'MacroGenics', grantee: 'Green Cross', exclusivity: 'exclusive', royalty: 'royalty-bearing', sublicensable: true, field: 'Field', territory: 'the Territory' }],
    ['(a) the Customer is granted a non-exclusive, non-transferable and non-assignable right to use the Products solely for their intended use;',
      { grantee: 'Customer', exclusivity: 'non-exclusive', transferable: false, field: 'their intended use' }],
  ])('%s', (sentence, expected) => {
    const { grants } = factsOf(sentence);
    expect(grants).toHaveLength(1);
    expect(grants[0]).toMatchObject(expected);
    expect(grants[0]?.evidence.length).toBeGreaterThan(20);
  });

  it.each([
    'The territory within which Sponsor is granted rights is limited to, and nothing herein shall be construed as conferring on Sponsor rights in areas outside of, the Territory.',
    'Such term shall likewise include those instances where either Carrier or Shipper is required to obtain servitudes, rights-of-way, grants, permits or licenses.',
    '1.90 "Sublicensee" means a Third Party that is granted a sublicense under the licenses granted to a Party under this Agreement.',
    'Notwithstanding anything to the contrary in this Agreement, nothing in this Agreement grants MSL any rights or licenses in any preexisting intellectual property of IBM.',
    '(c) ISO hereby grants SERVICERS a security interest in the Offset Account to secure all of ISO\'s obligations to SERVICERS under this Agreement.',
    'Depomed agrees that if Depomed or any Affiliate thereof grants to any Affiliate or Third Party a license, covenant not to sue, right of reference, right of supply or other intellectual right, it shall notify King.',
    // A definition, or a relative clause on an instrument, describes a grant with an active verb too (an option and
    // licence agreement's 1.15 was read as Company's grant to University, and compared with University's licences).
    '1.15 "Sublicense" means any agreement by which Company grants a third party any right under the Licensed Patents, and "Sublicensee" means the third party.',
    'Acme shall keep a register of each agreement under which Acme grants any licence under the Acme Patents.',
    'Any arrangement whereby Beta grants to a Foundry a right to make Licensed Products requires the prior consent of Acme.',
  ])('is not a grant: %s', (sentence) => {
    expect(factsOf(sentence).grants).toEqual([]);
  });
});

const PREAMBLE = 'This Patent Cross-License Agreement is made by and between Acme Semiconductor Corp., a Delaware corporation ("Acme"), and Beta Technologies Ltd., a company incorporated in England ("Beta") (each a "Party", together the "Parties").';

describe('cross-license agreements (written)', () => {
  it('reads a mutual grant as two records, one in each direction', () => {
    const facts = factsOf(`${PREAMBLE}\n\n2.1 Each Party hereby grants to the other Party a non-exclusive, worldwide, royalty-free licence under its Licensed Patents, without the right to sublicense.`);
    expect(facts.kind).toBe('cross-license');
    expect(facts.grants.map((g) => [g.grantor, g.grantee, g.mutual])).toEqual([
      ['Acme Semiconductor Corp.', 'Beta Technologies Ltd.', true],
      ['Beta Technologies Ltd.', 'Acme Semiconductor Corp.', true],
    ]);
    for (const g of facts.grants) expect(g).toMatchObject({ exclusivity: 'non-exclusive', territory: 'worldwide', royalty: 'royalty-free', sublicensable: false, ip: 'its Licensed Patents' });
  });

  it('reads a field named in capitals whole, so two grants in different fields differ ("the Field of Automotive Sensors")', () => {
    const facts = factsOf([
      PREAMBLE,
      '2.1 Acme hereby grants to Beta a non-exclusive, royalty-free licence under the Acme Patents in the Field of Automotive Sensors throughout the world.',
      '2.2 Beta hereby grants to Acme a non-exclusive, royalty-free licence under the Beta Patents in the Field of Medical Imaging throughout the world.',
    ].join('\n\n'));
    expect(facts.grants.map((g) => g.field)).toEqual(['Field of Automotive Sensors', 'Field of Medical Imaging']);
  });

  it("reads a field negated or owned by a party with its words ('outside the Field', 'in that Parent's Retained Field')", () => {
    const facts = factsOf([
      PREAMBLE,
      '2.1 Acme hereby grants to Beta an exclusive, worldwide licence under the Acme Patents to make and sell Licensed Products in the Field.',
      '2.2 Beta hereby grants to Acme an exclusive, worldwide, perpetual licence under the Beta Patents outside the Field.',
      '2.3 Beta hereby grants to Acme a non-exclusive licence under the Beta Patents to make and sell products in its Reserved Field.',
      "2.4 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents to make and sell products in Beta's Retained Field.",
    ].join('\n\n'));
    // Before, 2.2's field was not read (null) and 2.3's and 2.4's were read as no field at all.
    expect(facts.grants.map((g) => g.field)).toEqual(['Field', 'outside the Field', 'its Reserved Field', "Beta's Retained Field"]);
  });

  it('reads asymmetric grants in opposite directions with their differences', () => {
    const facts = factsOf([
      PREAMBLE,
      '2.1 Acme hereby grants to Beta an exclusive, royalty-bearing licence under the Acme Patents in the Field in North America, with the right to grant sublicenses.',
      '2.2 Beta hereby grants to Acme a non-exclusive, non-transferable, irrevocable, fully paid-up licence under the Beta Patents for use in consumer electronics throughout the world, without the right to sublicense.',
    ].join('\n\n'));
    expect(facts.kind).toBe('cross-license');
    expect(facts.kindReason).toContain('both directions');
    const [ab, ba] = facts.grants;
    expect(ab).toMatchObject({ grantor: 'Acme Semiconductor Corp.', grantee: 'Beta Technologies Ltd.', ip: 'the Acme Patents', exclusivity: 'exclusive', royalty: 'royalty-bearing', field: 'Field', territory: 'North America', sublicensable: true, clauseId: 'c2' });
    expect(ba).toMatchObject({ grantor: 'Beta Technologies Ltd.', grantee: 'Acme Semiconductor Corp.', ip: 'the Beta Patents', exclusivity: 'non-exclusive', transferable: false, revocable: false, royalty: 'royalty-free', field: 'consumer electronics', territory: 'worldwide', sublicensable: false, clauseId: 'c3' });
    expect(facts.attributes.get('c2')?.grant).toEqual(ab);
  });

  it('reads two grants in one sentence each with its own terms, the second sharing the subject of the first', () => {
    const text = 'This Patent License Agreement is made between Gamma Corp. ("Licensor"), Alpha Inc. ("Alpha") and Beta Ltd. ("Beta").\n\n2.1 Licensor hereby grants to Alpha an exclusive, royalty-bearing license under the Licensed Patents in the Field, and hereby grants to Beta a non-exclusive, royalty-free license under the Licensed Patents throughout the world.';
    expect(factsOf(text).grants.map((g) => [g.grantor, g.grantee, g.exclusivity, g.royalty, g.territory])).toEqual([
      ['Gamma Corp.', 'Alpha Inc.', 'exclusive', 'royalty-bearing', null],
      ['Gamma Corp.', 'Beta Ltd.', 'non-exclusive', 'royalty-free', 'worldwide'],
    ]);
  });

  it('reads a right to sublicense limited to some sublicensees, or to consent in a later sentence, as a limited right', () => {
    const facts = factsOf([
      PREAMBLE,
      '2.1 Acme grants to Beta a non-exclusive licence under the Acme Patents, without the right to grant sublicenses other than to contract manufacturers, to make and sell Licensed Products.',
      '2.2 Beta grants to Acme a non-exclusive licence under the Beta Patents, with the right to grant sublicenses to its Affiliates and contract manufacturers, to make and sell Acme Products.',
      "3.1 Acme grants Beta an exclusive licence under the Acme Patents to commercialise Licensed Antibodies in the Field. Beta may sublicense the licence with Acme's prior written consent, which must not be unreasonably withheld.",
    ].join('\n\n'));
    expect(facts.grants.map((g) => [g.sublicensable, g.sublicenseLimit])).toEqual([
      [true, 'only to contract manufacturers'],
      [true, 'to its Affiliates and contract manufacturers'],
      [true, "with Acme's prior written consent"],
    ]);
  });

  it('keeps a plain right, a plain bar, and a later sentence about the grantor as they were (near misses)', () => {
    const facts = factsOf([
      PREAMBLE,
      '2.1 Acme grants to Beta a non-exclusive licence under the Acme Patents, without the right to sublicense, to make and sell Licensed Products.',
      '2.2 Beta grants to Acme a non-exclusive, sublicensable licence under the Beta Patents to make and sell Acme Products.',
      "3.1 Acme grants Beta an exclusive licence under the Acme Patents in the Field. Acme may sublicense its retained rights with Beta's consent.",
      '3.2 Beta grants Acme a non-exclusive licence under the Beta Patents, with the right to grant sublicenses to make Acme Products.',
    ].join('\n\n'));
    expect(facts.grants.map((g) => [g.sublicensable, g.sublicenseLimit])).toEqual([[false, undefined], [true, undefined], [null, undefined], [true, undefined]]);
    for (const g of facts.grants) expect(g).not.toHaveProperty('sublicenseLimit');
  });

  it('does not read a condition ("where the right to sublicense is granted") as a grant', () => {
    const text = `${PREAMBLE}\n\n2.4 Except as otherwise provided herein, where the right to sublicense is granted under this Agreement, the licensee shall have the right to sublicense through multiple tiers.\n\n2.5 When Acme grants a licence to a Third Party under the Acme Patents, it shall notify Beta.`;
    expect(factsOf(text).grants).toEqual([]);
  });

  it('does not read a power of attorney or a security interest as a licence', () => {
    const text = `${PREAMBLE}\n\n5.1 Beta hereby grants to Acme power of attorney for the purpose of assigning all rights in the Improvements to Acme.\n\n5.2 Beta hereby grants to Acme a security interest in all rights under the Beta Patents to secure the royalties.`;
    expect(factsOf(text).grants).toEqual([]);
  });

  it('still reads a licence that mentions a lien or a proxy after the licence words', () => {
    // The licence is the object; "lien" or "proxy" only qualifies it (NOT_A_LICENCE must not match these).
    for (const sentence of [
      'Acme hereby grants to Beta a non-exclusive licence free of any lien to make and sell Products under the Licensed Patents.',
      'Acme hereby grants to Beta a proxy server licence under the Licensed Patents for the Term.',
      'Acme hereby grants to Beta a non-exclusive license, free of any security interest, under the Licensed Patents.',
    ]) {
      const grants = factsOf(`${PREAMBLE}\n\n5.1 ${sentence}`).grants;
      expect(grants.map((g) => [g.grantor, g.grantee]), sentence).toEqual([['Acme Semiconductor Corp.', 'Beta Technologies Ltd.']]);
    }
  });

  it('calls a one-way grant a licence, not a cross-license', () => {
    const facts = factsOf(`${PREAMBLE}\n\n2.1 Subject to the terms of this Agreement, Acme hereby grants to Beta a non-exclusive licence under the Licensed Patents for the Term.\n\n2.2 Beta shall pay Acme a royalty of five percent (5%) of Net Sales.`);
    expect(facts.kind).toBe('license');
    expect(facts.grants).toEqual([expect.objectContaining({ grantor: 'Acme Semiconductor Corp.', grantee: 'Beta Technologies Ltd.', exclusivity: 'non-exclusive', duration: 'term' })]);
  });

  it('reads a covenant not to sue as a grant from the covenantor: a licence one way and a covenant the other is a cross-license', () => {
    const facts = factsOf(`${PREAMBLE}\n\n4.1 Acme grants to Beta a non-exclusive licence under the Acme Patents to make and sell Licensed Products in the United States.\n\n4.2 Beta, on behalf of itself and its Affiliates, irrevocably covenants not to sue Acme or its customers for infringement of any Beta Patent.`);
    expect(facts.kind).toBe('cross-license');
    expect(facts.grants.map((g) => [g.grantor, g.grantee])).toEqual([
      ['Acme Semiconductor Corp.', 'Beta Technologies Ltd.'],
      ['Beta Technologies Ltd.', 'Acme Semiconductor Corp.'],
    ]);
    // An immunity excludes no one: the covenant is non-exclusive though it does not say so.
    expect(facts.grants[1]).toMatchObject({ revocable: false, exclusivity: 'non-exclusive' });
    // A promise not to sue over something else is no grant: nor is the noun in a list of what a party may not grant.
    expect(factsOf(`${PREAMBLE}\n\n4.2 Beta shall not commence any action against Acme for breach of this Agreement.`).grants).toEqual([]);
    expect(factsOf(`${PREAMBLE}\n\n4.2 Acme shall notify Beta of any license (other than licenses and covenants not to sue granted before the Effective Date) it grants to a Third Party.`).grants).toEqual([]);
  });

  it('reads a covenant after a comma that closes an aside about its subject ("Tallis, for itself and its affiliates, covenants")', () => {
    const facts = factsOf(`${PREAMBLE}\n\n3. Beta, for itself and its affiliates, covenants not to sue Acme and its customers for infringement of any patent Beta owns, based on the X-200 pumps.\n\n4. Acme, for itself and its affiliates, covenants not to sue Beta for infringement of the Acme Patents, based on the Veris pumps.`);
    expect(facts.kind).toBe('cross-license');
    expect(facts.grants.map((g) => [g.grantor, g.grantee])).toEqual([
      ['Beta Technologies Ltd.', 'Acme Semiconductor Corp.'],
      ['Acme Semiconductor Corp.', 'Beta Technologies Ltd.'],
    ]);
    // The noun in a list after a comma is still no grant.
    expect(factsOf(`${PREAMBLE}\n\n4.2 Schedule 3 lists the licenses, covenants not to sue and releases under the Acme Patents in force on the Effective Date.`).grants).toEqual([]);
  });

  it('reads the grant after a definition in its clause, and a grant under an agreement named before it', () => {
    // Near misses of the definition guard: the definition's sentence has ended (a semicolon), or "under which" is far
    // back with a comma between.
    const afterDefinition = factsOf(`${PREAMBLE}\n\n2.1 In this Section, "Field" means hand-held devices; Acme hereby grants to Beta an exclusive licence under the Acme Patents in the Field.`);
    expect(afterDefinition.grants.map((g) => [g.grantor, g.grantee, g.exclusivity])).toEqual([['Acme Semiconductor Corp.', 'Beta Technologies Ltd.', 'exclusive']]);
    const underAgreement = factsOf(`${PREAMBLE}\n\n2.1 Under the terms of this Agreement, which the Parties have negotiated at arm's length, Beta hereby grants to Acme a non-exclusive licence under the Beta Patents.`);
    expect(underAgreement.grants.map((g) => [g.grantor, g.grantee])).toEqual([['Beta Technologies Ltd.', 'Acme Semiconductor Corp.']]);
  });

  it('reads no grant in a purpose clause that describes the grants ("The purpose of this Agreement is that each Party grants ...")', () => {
    const facts = factsOf(`${PREAMBLE}\n\nArticle 1 (Purpose)\n\nThe purpose of this Agreement is that each Party grants to the other Party a license under its patents, so that both Parties may manufacture and sell their products.\n\nArticle 3 (Grant of License)\n\n1. Acme hereby grants to Beta a non-exclusive license under the Acme Patents.`);
    expect(facts.grants.map((g) => [g.grantor, g.grantee, g.exclusivity])).toEqual([['Acme Semiconductor Corp.', 'Beta Technologies Ltd.', 'non-exclusive']]);
    // As a translation of French drafting words it: 'the present Agreement' is this one.
    const translated = factsOf(`${PREAMBLE}\n\nArticle 1 – Purpose\n\n1.1 The purpose of the present Agreement is to define the terms on which each Party grants to the other Party a licence to exploit its Licensed Patents.\n\nArticle 3 – Licence\n\n3.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents.`);
    expect(translated.grants.map((g) => [g.grantor, g.grantee, g.exclusivity])).toEqual([['Acme Semiconductor Corp.', 'Beta Technologies Ltd.', 'non-exclusive']]);
  });

  it('reads no grant in an undertaking to license later on FRAND terms (a pool licensee\'s grant-back), but reads a present grant on such terms', () => {
    const undertaking = `${PREAMBLE}\n\n4.1 Beta agrees to grant to Acme and to each other licensee of the Pool Patents, upon request, a non-exclusive license under the Beta Essential Patents on fair, reasonable and non-discriminatory (FRAND) terms and conditions.`;
    expect(factsOf(undertaking).grants).toEqual([]);
    const present = `${PREAMBLE}\n\n4.1 Beta hereby grants to Acme a non-exclusive license under the Beta Essential Patents, on reasonable and non-discriminatory terms set out in Schedule 2.`;
    expect(factsOf(present).grants.map((g) => [g.grantor, g.grantee])).toEqual([['Beta Technologies Ltd.', 'Acme Semiconductor Corp.']]);
  });

  it('reads the covenant however it is wrapped or spaced, for a plural subject, and when it names the patents first', () => {
    const LICENCE = '4.1 Acme grants to Beta a non-exclusive licence under the Acme Patents to make and sell Licensed Products.';
    for (const covenant of [
      '4.2 Beta, on behalf of itself and its Affiliates, irrevocably covenants\nnot to sue Acme for infringement of any Beta Patent.',
      '4.2 Beta irrevocably covenants  not to sue Acme for infringement of any Beta Patent.',
      '4.2 Beta and its Affiliates hereby covenant not to sue Acme for infringement of any Beta Patent.',
      '4.2 Beta covenants not to assert any Beta Patent against Acme or its customers.',
      // A that-clause: "covenants (and agrees) that it will not sue", "that neither it nor its Affiliates shall assert".
      '4.2 Beta covenants that it will not sue Acme for infringement of any Beta Patent.',
      '4.2 Beta irrevocably covenants and agrees that neither it nor its Affiliates shall assert any Beta Patent against Acme.',
    ]) {
      const facts = factsOf(`${PREAMBLE}\n\n${LICENCE}\n\n${covenant}`);
      expect(facts.grants.map((g) => [g.grantor, g.grantee]), covenant).toEqual([
        ['Acme Semiconductor Corp.', 'Beta Technologies Ltd.'],
        ['Beta Technologies Ltd.', 'Acme Semiconductor Corp.'],
      ]);
    }
  });

  it('reads a covenant without the word "covenant": "agrees not to sue", "undertakes not to assert", "shall not assert ... against"', () => {
    const LICENCE = '4.1 Acme grants to Beta a non-exclusive licence under the Acme Patents to make and sell Licensed Products.';
    for (const covenant of [
      '4.2 Beta agrees not to sue Acme or its Affiliates for infringement of any Beta Patent in respect of Licensed Products.',
      '4.2 Beta irrevocably agrees not\nto sue Acme for infringement of the Beta Patents.',
      '4.2 Beta undertakes not to assert any Beta Patent against Acme or its customers.',
      '4.2 Beta shall not assert any claim of infringement of the Beta Patents against Acme, its Affiliates or their customers.',
      '4.2 Beta will not sue Acme under any of the Beta Patents for making or selling Licensed Products.',
    ]) {
      const facts = factsOf(`${PREAMBLE}\n\n${LICENCE}\n\n${covenant}`);
      expect(facts.grants.map((g) => [g.grantor, g.grantee]), covenant).toEqual([
        ['Acme Semiconductor Corp.', 'Beta Technologies Ltd.'],
        ['Beta Technologies Ltd.', 'Acme Semiconductor Corp.'],
      ]);
      expect(facts.kind, covenant).toBe('cross-license');
      expect(facts.grants[1]?.exclusivity).toBe('non-exclusive');
    }
  });

  it('reads a covenant worded as "not to bring any action", or with an aside after "not", as a covenant', () => {
    const LICENCE = '4.1 Acme grants to Beta a non-exclusive licence under the Acme Patents to make and sell Licensed Products.';
    for (const covenant of [
      '4.2 Beta irrevocably undertakes not to bring any action for infringement of the Beta Patents against Acme or its customers in respect of Licensed Products.',
      '4.2 Beta shall not commence or institute any legal proceedings against Acme for infringement of any Beta Patent.',
      '4.2 Beta shall not, and shall procure that its Affiliates shall not, assert any Beta Patent against Acme or its customers.',
      '4.2 Beta will not (directly or through any Affiliate) sue Acme for infringement of the Beta Patents by Licensed Products.',
      '4.2 Beta covenants not to bring any suit for infringement of the Beta Patents against Acme.',
    ]) {
      const facts = factsOf(`${PREAMBLE}\n\n${LICENCE}\n\n${covenant}`);
      expect(facts.grants.map((g) => [g.grantor, g.grantee]), covenant).toEqual([
        ['Acme Semiconductor Corp.', 'Beta Technologies Ltd.'],
        ['Beta Technologies Ltd.', 'Acme Semiconductor Corp.'],
      ]);
      expect(facts.kind, covenant).toBe('cross-license');
    }
    // Near misses: an action over a breach, a promise not to challenge the patents, an aside that ends the sentence.
    for (const promise of [
      '4.2 Beta undertakes not to bring any action against Acme for breach of the supply agreement dated 1 May 2020.',
      '4.2 Beta shall not, and shall procure that its Affiliates shall not, assert the invalidity of any Acme Patent.',
      '4.2 Beta shall not bring any claim against Acme concerning the ownership of the Acme Patents.',
    ]) {
      expect(factsOf(`${PREAMBLE}\n\n${promise}`).grants, promise).toEqual([]);
    }
  });

  it('does not read a standstill while the parties negotiate as a covenant not to sue', () => {
    const LICENCE = '4.1 Acme grants to Beta a non-exclusive licence under the Acme Patents to make and sell Licensed Products.';
    for (const standstill of [
      '4.2 During the Negotiation Period, Beta shall not commence any action for infringement of any Beta Patent against Acme.',
      '4.2 Pending the negotiation of a licence under the Beta Patents, Beta agrees not to sue Acme for infringement of any Beta Patent.',
      '4.2 Beta covenants not to sue Acme for infringement of the Beta Patents until the parties conclude their negotiations of a licence under them.',
    ]) {
      const facts = factsOf(`${PREAMBLE}\n\n${LICENCE}\n\n${standstill}`);
      expect(facts.grants.map((g) => [g.grantor, g.grantee]), standstill).toEqual([['Acme Semiconductor Corp.', 'Beta Technologies Ltd.']]);
      expect(facts.kind, standstill).toBe('license');
    }
    // Headed as one: the clause's heading says what its promise is.
    expect(factsOf(`${PREAMBLE}\n\n${LICENCE}\n\n4.2 Standstill. Beta shall not commence any action for infringement of any Beta Patent against Acme for six (6) months.`).grants).toHaveLength(1);
    // Near miss: a covenant for the Term, beside negotiations of something else in another sentence, is a covenant.
    const facts = factsOf(`${PREAMBLE}\n\n${LICENCE}\n\n4.2 Beta covenants not to sue Acme for infringement of any Beta Patent during the Term. The parties shall negotiate in good faith a supply agreement.`);
    expect(facts.grants.map((g) => g.grantor)).toEqual(['Acme Semiconductor Corp.', 'Beta Technologies Ltd.']);
    // Near miss: the negotiation of this agreement dates the products the covenant covers; it does not end the covenant.
    const past = factsOf(`${PREAMBLE}\n\n${LICENCE}\n\n4.2 Beta irrevocably covenants not to sue Acme or its customers for infringement of any Beta Patent by products made or sold before or after the Effective Date, including products made during the negotiation of this Agreement.`);
    expect(past.grants.map((g) => g.grantor)).toEqual(['Acme Semiconductor Corp.', 'Beta Technologies Ltd.']);
  });

  it('reads a grant whose sentence has the grantee pay a share of its net sales as royalty-bearing', () => {
    const facts = factsOf(`${PREAMBLE}\n\n3.3 Beta grants Acme a non-exclusive, worldwide licence under the Beta Patents to make and sell the Kit, and Acme will pay Beta four percent (4%) of its net revenue from sales of the Kit.`);
    expect(facts.grants.map((g) => g.royalty)).toEqual(['royalty-bearing']);
    // A payment that is no share of sales leaves the royalty unstated.
    expect(factsOf(`${PREAMBLE}\n\n3.3 Beta grants Acme a non-exclusive licence under the Beta Patents, and Acme will pay Beta's costs of filing within 30 days.`).grants.map((g) => g.royalty)).toEqual([null]);
  });

  it('does not read a promise not to sue or assert over something other than infringement as a grant', () => {
    for (const promise of [
      '4.2 Beta agrees not to sue Acme for breach of the supply agreement dated 1 May 2020.',
      '4.2 Beta shall not sue Acme for any delay in delivery of the Licensed Products.',
      // The patents come after "against": a claim about them, no immunity under them.
      '4.2 Beta shall not assert any claim against Acme arising from Acme\'s prosecution of the Beta Patents.',
      '4.2 Beta shall not assert any right, title or interest in the Acme Patents.',
      '4.2 Beta shall not issue any press release about the Acme Patents.',
    ]) {
      expect(factsOf(`${PREAMBLE}\n\n${promise}`).grants, promise).toEqual([]);
    }
  });

  it('does not read a covenant not to sue over a breach, nor the noun after a grant, as a grant', () => {
    // A promise not to sue over a contract claim grants no immunity under any patent.
    expect(factsOf(`${PREAMBLE}\n\n4.2 Beta covenants not to sue Acme for breach of the supply agreement dated 1 May 2020.`).grants).toEqual([]);
    expect(factsOf(`${PREAMBLE}\n\n4.2 Beta covenants that it will not sue Acme for breach of the supply agreement dated 1 May 2020.`).grants).toEqual([]);
    // A covenant that says something else is no covenant not to sue ("covenants that it will not use the Beta Patents").
    expect(factsOf(`${PREAMBLE}\n\n4.2 Beta covenants that it will not use the Beta Patents outside the Field.`).grants).toEqual([]);
    // "grants ... a covenant not to sue": one grant, not a second one at the noun.
    expect(factsOf(`${PREAMBLE}\n\n4.2 Beta hereby grants to Acme a covenant not to sue under the Beta Patents.`).grants).toHaveLength(1);
    // The noun in a list does not cut the grant's terms short: the patents after it are still the grant's.
    expect(factsOf(`${PREAMBLE}\n\n4.2 Beta hereby grants to Acme non-exclusive licenses and covenants not to sue under the Beta Patents.`).grants)
      .toEqual([expect.objectContaining({ grantor: 'Beta Technologies Ltd.', grantee: 'Acme Semiconductor Corp.', ip: expect.stringContaining('Beta Patents') })]);
  });

  it('reads "to make ... and sell any products" as a grant stated to cover every product, but "any products that ..." as no such statement', () => {
    const field = (words: string) => factsOf(`${PREAMBLE}\n\n2.2 Beta hereby grants to Acme a non-exclusive licence under the Beta Patents to make, use, sell and import ${words}.`).grants[0]?.field;
    expect(field('any products and services')).toBe('any products');
    expect(field('any products that incorporate a Beta sensor')).toBeNull();
    expect(field('Licensed Products in the Acme Field')).toBe('Acme Field');
  });

  it('reads a territory named as "the territories of" several places joined with a serial comma', () => {
    const pre = 'This Agreement is made between Alpha Corp. ("Alpha") and Beta Ltd. ("Beta").';
    const territory = (grant: string) => factsOf(`${pre}\n\n2.1 ${grant}`).grants[0]?.territory ?? null;
    expect(territory('Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents to sell Licensed Products in the territories of the European Union, the United Kingdom, and Switzerland.')).toBe('the European Union, the United Kingdom, and Switzerland');
    expect(territory('Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents to sell Licensed Products in the United States and the European Union.')).toBe('the United States and the European Union');
    // "the member states of" / "the countries of" a union name its territory as "the territories of" does
    expect(territory('Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents to sell Licensed Products solely within the member states of the European Union and the United Kingdom.')).toBe('the European Union and the United Kingdom');
    expect(territory('Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents to sell Licensed Products in the countries of the European Economic Area.')).toBe('the European Economic Area');
    // near misses: one place stays one place, and a list that goes on to something else stops at the last place
    expect(territory('Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents to sell Licensed Products in Japan.')).toBe('Japan');
    expect(territory('Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents to sell Licensed Products in Canada, and Beta shall mark each product.')).toBe('Canada');
  });

  it('reads places beyond the largest markets ("Australia and New Zealand", "Singapore", "the Nordic countries")', () => {
    // p-deftable: "in Australia and New Zealand" was read as "Australia", so the side-by-side finding misquoted it.
    const pre = 'This Agreement is made between Alpha Corp. ("Alpha") and Beta Ltd. ("Beta").';
    const territory = (grant: string) => factsOf(`${pre}\n\n2.1 ${grant}`).grants[0]?.territory ?? null;
    expect(territory('Alpha grants Beta a non-exclusive licence to use the Alpha Know-How in the Field in Australia and New Zealand.')).toBe('Australia and New Zealand');
    expect(territory('Alpha grants Beta a non-exclusive licence under the Alpha Patents to sell Licensed Products in Singapore, Malaysia and Indonesia.')).toBe('Singapore, Malaysia and Indonesia');
    expect(territory('Alpha grants Beta a non-exclusive licence under the Alpha Patents to sell Licensed Products in the Nordic countries.')).toBe('the Nordic countries');
    // near miss: a word that follows "in" but names no place is no territory
    expect(territory('Alpha grants Beta a non-exclusive licence under the Alpha Patents to sell Licensed Products in Quantity.')).toBeNull();
  });

  it('opens the evidence of a grant whose sentence was cut 400 characters back at a word, not inside one', () => {
    const pre = 'This Agreement is made between Alpha Corp. ("Alpha") and Beta Ltd. ("Beta").';
    const long = 'Subject to the terms and conditions of this Agreement, including without limitation the payment obligations, the confidentiality undertakings, the reporting requirements, the audit rights, the marking requirements, the export control provisions, the anti-bribery covenants, the insurance requirements, the indemnification obligations, the limitations of liability, the disclaimers of warranty and the dispute resolution procedures set out herein, Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents.';
    for (let pad = 0; pad < 6; pad++) {
      const evidence = factsOf(`${pre}\n\n2.1 ${'x'.repeat(pad)}${long}`).grants[0]?.evidence ?? '';
      const at = long.indexOf(evidence.slice(0, 20));
      expect(at, evidence.slice(0, 30)).toBeGreaterThanOrEqual(0);
      // it opens at a word start of the sentence
      expect(at === 0 || /\s/.test(long[at - 1] as string), evidence.slice(0, 30)).toBe(true);
    }
    // near miss: a sentence shorter than the cut keeps its first word
    expect(factsOf(`${pre}\n\n2.1 Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents.`).grants[0]?.evidence).toBe('2.1 Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents.');
  });

  it('resolves role aliases (Licensor/Licensee) and the other party', () => {
    const text = 'This Agreement is entered into by and between Gamma Inc. (hereinafter "Licensor") and Delta GmbH (hereinafter "Licensee").\n\nLicensee is hereby granted by Licensor a sole licence under the Licensed Patents in Germany.\n\nLicensee hereby grants to the other party a non-exclusive grant-back licence under its Improvements.';
    const facts = factsOf(text);
    expect(facts.grants.map((g) => [g.grantor, g.grantee, g.exclusivity, g.territory])).toEqual([
      ['Gamma Inc.', 'Delta GmbH', 'sole', 'Germany'],
      ['Delta GmbH', 'Gamma Inc.', 'non-exclusive', null],
    ]);
    // A licence with a grant-back of the licensee's improvements is a licence (documentKind), not a cross-license.
    expect(facts.kind).toBe('license');
  });

  it('reads a grant by each member of a multi-party agreement to each other member as mutual ("each Member ... grants to each other Member")', () => {
    const preamble = 'This Agreement is entered into by and among Halcyon Systems, Inc., a Delaware corporation ("Halcyon"), Brightwell Networks LLC, a California limited liability company ("Brightwell"), and Orrery Robotics Corp., a Washington corporation ("Orrery") (each, a "Member"), and Open Shield, Inc., a Delaware nonprofit corporation (the "Administrator").';
    const facts = factsOf(`${preamble}\n\n2.1 Subject to this Agreement, each Member, on behalf of itself and its Affiliates, hereby grants to each other Member and its Affiliates a non-exclusive, worldwide, royalty-free license under its Network Patents.`);
    expect(facts.grants.map((g) => [g.grantor, g.grantee, g.mutual])).toEqual([['each Member', 'each other Member', true]]);
    expect(facts.kind).toBe('cross-license');
    // Near miss: each member grants to the administrator, a different role: one direction, not mutual.
    const one = factsOf(`${preamble}\n\n2.1 Each Member hereby grants to the Administrator a non-exclusive, royalty-free license under its Network Patents to administer the register.`);
    expect(one.grants.map((g) => g.mutual ?? false)).toEqual([false]);
  });

  it('reads a mutual grant whose subject stands far before the verb', () => {
    const facts = factsOf(`${PREAMBLE}\n\n4.2 Each Party shall disclose its Improvements to the other Party in writing once in each calendar year and hereby grants to the other Party a non-exclusive, royalty-free licence under its Improvements.`);
    expect(facts.grants.map((g) => [g.grantor, g.grantee, g.ip])).toEqual([
      ['Acme Semiconductor Corp.', 'Beta Technologies Ltd.', 'its Improvements'],
      ['Beta Technologies Ltd.', 'Acme Semiconductor Corp.', 'its Improvements'],
    ]);
  });

  it('does not read a statement about licences granted elsewhere as a grant', () => {
    const facts = factsOf(`${PREAMBLE}\n\n6.1 To the extent any Licensed Patent is essential to an industry standard, the licences under this Agreement are granted consistently with each Party's FRAND undertakings.`);
    expect(facts.grants).toEqual([]);
  });

  it('does not read a reservation that grants no other licence, nor a licence of another section restated, as a grant', () => {
    const reserve = factsOf(`${PREAMBLE}\n\n2.3 Acme retains the right to practise the Acme Patents itself in the Territory, but shall grant no other licence under them there.`);
    expect(reserve.grants).toEqual([]);
    const restated = factsOf(`${PREAMBLE}\n\n5.2 The licence in Section 2.2 is granted in exchange for the licence in Section 2.1, and no fee is payable for it.`);
    expect(restated.grants).toEqual([]);
    // The grant itself is still read.
    expect(factsOf(`${PREAMBLE}\n\n2.2 Beta hereby grants to Acme a non-exclusive licence under the Beta Patents.`).grants).toHaveLength(1);
  });

  it('finds no grant in an agreement without one', () => {
    const facts = factsOf(`${PREAMBLE}\n\n3.1 Each Party shall keep the other Party's Confidential Information secret for five (5) years.`);
    expect(facts.kind).toBe('other');
    expect(facts.grants).toEqual([]);
  });

  it('lets the configuration name the parties and the kind', () => {
    const text = 'Licensor hereby grants to Licensee a non-exclusive licence under the Licensed Patents.';
    const hinted = factsOf(text, { parties: [{ name: 'Acme Corp.', aliases: ['Licensor'] }, { name: 'Beta LLC', aliases: ['Licensee'] }], kind: 'cross-license' });
    expect(hinted.grants.map((g) => [g.grantor, g.grantee])).toEqual([['Acme Corp.', 'Beta LLC']]);
    expect(hinted.kind).toBe('cross-license');
    expect(hinted.kindReason).toContain('configuration');
  });

  it('reads a grant that only the tagger flagged the same way as one it did not', () => {
    const text = 'Acme hereby grants to Beta a non-exclusive licence under the Acme Patents.';
    const tagged = factsOf(text, {}, new Map([['c1', [{ type: 'license-grant', confidence: 0.9, cues: ['cue: hereby grants'] }]]]));
    expect(tagged.grants).toEqual(factsOf(text).grants);
  });
});

describe('plain-English grants ("we" and "you")', () => {
  const preamble = 'This agreement is between Lumora Inc. ("we" or "Lumora") and Fennick Labs Ltd ("you" or "Fennick").';
  const grantsOf = (body: string) => factsOf(`${preamble}\n\n${body}`).grants.map((g) => [g.grantor, g.grantee, g.exclusivity]);

  it('reads "We give you a ... licence" and "You grant us a licence" with the pronoun as grantor (held-out k-plain-english)', () => {
    expect(grantsOf('**What we give you.** We give you a non-exclusive, worldwide licence under the Lumora Patents to make and sell Licensed Products.')).toEqual([['Lumora Inc.', 'Fennick Labs Ltd', 'non-exclusive']]);
    expect(grantsOf('You grant us a licence under the Fennick Patents to make and sell Licensed Products.')).toEqual([['Fennick Labs Ltd', 'Lumora Inc.', null]]);
    expect(grantsOf('Lumora gives Fennick an exclusive licence under the Lumora Patents in the Field.')).toEqual([['Lumora Inc.', 'Fennick Labs Ltd', 'exclusive']]);
  });

  it('near miss: giving notice is no grant, though a licence is named after it', () => {
    expect(grantsOf('Either of us gives the other written notice of a breach, and if it is not fixed the licence ends.')).toEqual([]);
    expect(grantsOf('You give us notice within ten days, and your licence under the Lumora Patents then ends.')).toEqual([]);
  });
});

describe('three-party agreements', () => {
  const CONSORTIUM = 'This Agreement is made between Harrowgate Energy Storage Limited ("Harrowgate"), Solvane Materials GmbH ("Solvane") and Ketterby Instruments, Inc. ("Ketterby") (each a "Party" and together the "Parties").';

  it('reads "each of A and B hereby grants to C" as a grant by each of A and B to C', () => {
    const facts = factsOf(`${CONSORTIUM}\n\n3.2 In place of the licence that Ketterby would otherwise receive under Clause 3.1, each of Harrowgate and Solvane hereby grants to Ketterby a non-exclusive licence under its Background Patents in the Instrument Field.`);
    expect(facts.grants.map((g) => [g.grantor, g.grantee, g.mutual ?? false, g.field])).toEqual([
      ['Harrowgate Energy Storage Limited', 'Ketterby Instruments, Inc.', false, 'Instrument Field'],
      ['Solvane Materials GmbH', 'Ketterby Instruments, Inc.', false, 'Instrument Field'],
    ]);
  });

  it('reads a class the preamble forms "together with" a party ("the Licensors") as its members, and "grants to each of A and B" as a grant to each', () => {
    const pre = 'This Agreement is entered into by and among Tessaro Holding Corporation ("THC"); Hollis Semiconductor, Inc. ("HSI" and, together with THC, the "Licensors" and each a "Licensor"); and Marden Electronics Co., Ltd. ("Marden").';
    const facts = factsOf(`${pre}\n\n4.1 Each Licensor hereby grants to Marden a non-exclusive, worldwide license under the Licensor Patents of that Licensor.\n\n4.2 Marden hereby grants to each of THC and HSI and their Affiliates a non-exclusive, worldwide license under the Marden Patents.`);
    expect(facts.grants.map((g) => [g.grantor, g.grantee])).toEqual([
      ['Hollis Semiconductor, Inc.', 'Marden Electronics Co., Ltd.'],
      ['Tessaro Holding Corporation', 'Marden Electronics Co., Ltd.'],
      ['Marden Electronics Co., Ltd.', 'Tessaro Holding Corporation'],
      ['Marden Electronics Co., Ltd.', 'Hollis Semiconductor, Inc.'],
    ]);
    // near miss: "to each of its Affiliates" names no parties, so the grantee stays the one party named
    const one = factsOf(`${pre}\n\n4.2 Marden hereby grants to THC a non-exclusive license under the Marden Patents, and to each of its Affiliates a sublicense.`);
    expect(one.grants.map((g) => [g.grantor, g.grantee])).toEqual([['Marden Electronics Co., Ltd.', 'Tessaro Holding Corporation']]);
  });

  it('reads "grants to B and C each" in a multilateral agreement as a grant to each, and "to B and its Affiliates" as one', () => {
    // p-three: "Arclight grants to Brenna and Cordell each a ... licence" was Arclight's grant to Brenna only, so the
    // grants between Arclight and Cordell were never compared.
    const pre = 'This Agreement is made among Arclight Displays Inc. ("Arclight"), Brenna Glass Co., Ltd. ("Brenna") and Cordell Optics AG ("Cordell").';
    const pairs = (grant: string) => factsOf(`${pre}\n\n2.1 ${grant}`).grants.map((g) => [g.grantor, g.grantee]);
    expect(pairs('Arclight grants to Brenna and Cordell each a non-exclusive, worldwide licence under the Arclight Patents.')).toEqual([
      ['Arclight Displays Inc.', 'Brenna Glass Co., Ltd.'],
      ['Arclight Displays Inc.', 'Cordell Optics AG'],
    ]);
    // near miss: the grantee's Affiliates are no second party
    expect(pairs('Arclight grants to Brenna and its Affiliates a non-exclusive licence under the Arclight Patents.')).toEqual([['Arclight Displays Inc.', 'Brenna Glass Co., Ltd.']]);
  });

  it('reads the "together with" class when the preamble is hard-wrapped between the phrase and the names', () => {
    // EDGAR filings wrap at ~76 columns and indent the next line: the names start wherever the white space ends.
    const pre = 'This Agreement is entered into by and among Tessaro Holding Corporation ("THC"); Hollis Semiconductor, Inc. ("HSI" and, together with\n     THC, the "Licensors" and each a "Licensor"); and Marden Electronics Co., Ltd. ("Marden").';
    const facts = factsOf(`${pre}\n\n4.1 Each Licensor hereby grants to Marden a non-exclusive, worldwide license under the Licensor Patents of that Licensor.`);
    expect(facts.grants.map((g) => [g.grantor, g.grantee])).toEqual([
      ['Hollis Semiconductor, Inc.', 'Marden Electronics Co., Ltd.'],
      ['Tessaro Holding Corporation', 'Marden Electronics Co., Ltd.'],
    ]);
  });

  it('near miss: "each of A and B grants to the other" stays mutual, and "each Party to each other Party" is every direction', () => {
    const two = factsOf(`${PREAMBLE}\n\n2.1 Each of Acme and Beta hereby grants to the other a non-exclusive licence under its Licensed Patents.`);
    expect(two.grants.map((g) => [g.grantor, g.grantee, g.mutual])).toEqual([
      ['Acme Semiconductor Corp.', 'Beta Technologies Ltd.', true],
      ['Beta Technologies Ltd.', 'Acme Semiconductor Corp.', true],
    ]);
    const all = factsOf(`${CONSORTIUM}\n\n3.1 Each Party hereby grants to each other Party a non-exclusive licence under its Background Patents.`);
    expect(all.grants).toHaveLength(6);
    expect(all.grants.every((g) => g.mutual === true)).toBe(true);
  });
});

describe('a grant under a heading (the structure parser reads the heading)', () => {
  const body = 'The Licensor hereby grants to the Licensee a non-exclusive licence under the Licensed Patents to make and sell Licensed Products.';
  const doc = (clause: string) => `PATENT LICENCE AGREEMENT\n\nThis Agreement is made between the Licensor and the Licensee named in Schedule 2.\n\nI. DEFINITIONS\n\n"Licensed Patents" means the patents listed in Schedule 1.\n\n${clause}\n\nIII. ROYALTIES\n\nThe Licensee shall pay the Licensor a royalty of three percent (3%) of Net Sales.\n`;
  const grantsOf = (clause: string) => analyze(sourceFromText(doc(clause), 'licence.txt')).facts.grants;
  it('reads the grantor past the heading, on the line over the sentence or run in before it', () => {
    for (const clause of [`II. LICENCE\n${body}`, `II. LICENCE ${body}`]) {
      const grants = grantsOf(clause);
      expect(grants.map((g) => [g.grantor, g.grantee]), clause).toEqual([['Licensor', 'Licensee']]);
      expect(grants[0]?.evidence, clause).toMatch(/^The Licensor hereby grants/);
    }
  });
  it('reads a name that opens the sentence under a heading (LICENCE Licensor before), and a heading apart as before', () => {
    expect(grantsOf(`II. LICENCE\n\n${body}`).map((g) => [g.grantor, g.grantee])).toEqual([['Licensor', 'Licensee']]);
    expect(grantsOf('II. LICENCE\nLicensor hereby grants to Licensee a non-exclusive licence under the Licensed Patents.').map((g) => [g.grantor, g.grantee])).toEqual([['Licensor', 'Licensee']]);
  });
});

describe("a grant's duration, the rights it lists, and a covenant's patents", () => {
  const grantOf = (clause: string): GrantRecord => {
    const grants = factsOf(`${PREAMBLE}\n\n${clause}`).grants;
    expect(grants, clause).toHaveLength(1);
    return grants[0] as GrantRecord;
  };

  it.each<[string, Pick<GrantRecord, 'duration'> & { durationPeriod?: string }]>([
    // Before, the patents' life was not read ("for the life of", "until the expiry of") or read as a term ("until the expiration of").
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents to make and sell Licensed Products for the life of the Acme Patents.', { duration: 'patent-life' }],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents until the expiry of the last to expire of the Licensed Patents.', { duration: 'patent-life' }],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents until the expiration of the last-to-expire Licensed Patent.', { duration: 'patent-life' }],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents for the full term of the Licensed Patents.', { duration: 'patent-life' }],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents until the last of the Acme Patents expires.', { duration: 'patent-life' }],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents for so long as any Valid Claim of the Acme Patents remains in force.', { duration: 'patent-life' }],
    // A stated period is a term with its period ('term' before, with no period).
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents for a period of three (3) years from the Effective Date.', { duration: 'term', durationPeriod: '3 years' }],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents for five years from the Effective Date.', { duration: 'term', durationPeriod: '5 years' }],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents for an initial term of eighteen (18) months.', { duration: 'term', durationPeriod: '18 months' }],
    // Near misses: the agreement's term, an agreement named after patents, a period with no number.
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents for the term of this Agreement.', { duration: 'term' }],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents for the term of the Patent Licence Agreement dated 1 March 2021.', { duration: 'term' }],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents for a period of time ending on the Closing Date.', { duration: 'term' }],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents until the expiration of the Term.', { duration: 'term' }],
  ])('%s', (clause, expected) => {
    const g = grantOf(clause);
    expect(g.duration).toBe(expected.duration);
    expect(g.durationPeriod).toBe(expected.durationPeriod);
  });

  it.each<[string, readonly string[] | undefined]>([
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents to make, have made, use, sell and import Licensed Products.', ['make', 'have made', 'use', 'sell', 'import']],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents to make, have-made, use, offer for sale and sell Licensed Products.', ['make', 'have made', 'use', 'sell', 'offer for sale']],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents to manufacture, have manufactured, use and/or sell Licensed Products.', ['make', 'have made', 'use', 'sell']],
    // The have-made right with its object and maker, and a list that goes on after its object.
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents to make and use Licensed Products and to have Licensed Products made by third parties.', ['make', 'have made', 'use']],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents to make, use and sell Licensed Products, and to offer to sell and import such Licensed Products.', ['make', 'use', 'sell', 'offer for sale', 'import']],
    // Other acts follow as written ("disseminate", "dispose of" for "otherwise dispose of"), and "make copies" is to reproduce.
    ['2.1 Acme hereby grants to Beta a non-exclusive licence to use, disseminate, reproduce and distribute the Acme Software.', ['use', 'distribute', 'reproduce', 'disseminate']],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents to make, sell, lease or otherwise dispose of Licensed Products and to perform Foundry Services.', ['make', 'sell', 'lease', 'dispose of', 'perform']],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence to make a reasonable number of copies of the Acme Software.', ['reproduce']],
    // Near misses: a list with an act that covers every right, the right to sublicense, no list.
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents to make, use, sell and otherwise exploit Licensed Products.', undefined],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents, with the right to sublicense to its Affiliates.', undefined],
    ['2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Patents in the Field.', undefined],
  ])('%s', (clause, rights) => {
    expect(grantOf(clause).rights).toEqual(rights);
  });

  it('reads what a covenant not to sue is about from the defined term after "infringement of any"', () => {
    // Before: 'Patent', the first IP word.
    expect(grantOf('3.1 Acme covenants not to sue Beta for infringement of any Acme Patent.').ip).toBe('any Acme Patent');
    expect(grantOf('3.1 Acme covenants not to sue Beta for infringement of any claim of the Acme Licensed Patents.').ip).toBe('the Acme Licensed Patents');
    // Near miss: a covenant under its patents keeps them as written.
    expect(grantOf('3.1 Acme covenants not to sue Beta under the Acme Patents for making or selling Beta Products.').ip).toBe('the Acme Patents');
  });

  it('ends the IP a licence is under before "until" (before, "the Acme Design Rights until the expiry of the last-")', () => {
    expect(grantOf('2.1 Acme hereby grants to Beta a non-exclusive licence under the Acme Design Rights until the expiry of the last-to-expire Licensed Patent.').ip).toBe('the Acme Design Rights');
  });
});

// Parties and aliases from preambles quoted from the CUAD dev contracts (CC BY 4.0), and from preambles written for
// these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

describe('preambles (CUAD)', () => {
  it.each<[string, [string, string[]][]]>([
    ['This Event Sponsorship Agreement ("Agreement") is made and effective as of February 1, 2019 (the "Effective Date"), by and between Newegg Inc. ("Newegg"), a Delaware corporation, and Allied Esports International, Inc., a Nevada corporation ("Allied").',
      [['Newegg Inc.', ['Newegg']], ['Allied Esports International, Inc.', ['Allied']]]],
    ['THIS AGREEMENT ("Agreement"), entered into on May 20, 1992, is between Arkansas Western Pipeline Company ("Transporter"), an Arkansas corporation, and Associated Natural Gas Company, a division of Arkansas Western Gas Company, ("Shipper");',
      [['Arkansas Western Pipeline Company', ['Transporter']], ['Associated Natural Gas Company', ['Shipper']]]],
    ['This OUTSOURCING AGREEMENT is entered into as of this day of , 2012 by and between Twin Cities Power Holdings, LLC, a Minnesota limited liability company (the "Company"), and Redwater LLC, a Minnesota limited liability company (the "Contractor").',
      [['Twin Cities Power Holdings, LLC', ['Company']], ['Redwater LLC', ['Contractor']]]],
    ['THIS TRADEMARK LICENSE AGREEMENT (this "Agreement"), made and entered into as of the [ ] day of [ ], 2020 (the "Effective Date"), by and between ARCONIC INC., a corporation organized under the laws of Delaware ("Licensee") and ARCONIC ROLLED PRODUCTS CORP., a corporation organized under the laws of Delaware ("Licensor").',
      [['ARCONIC INC.', ['Licensee']], ['ARCONIC ROLLED PRODUCTS CORP.', ['Licensor']]]],
    ['This Co-Hosting Agreement (the "Agreement") is made by and between NETWORKS ASSOCIATES, INC., a Delaware corporation, doing business as Network Associates, Inc., with its principal place of business at 3965 Freedom Circle, Santa Clara, California 95054 ("NAI"), and SOFTWARE.NET CORPORATION, a Delaware corporation, a.k.a. Beyond.com, with its principal place of business at 1195 West Fremont Avenue, Sunnyvale, California 94087 ("Co-Host").',
      [['NETWORKS ASSOCIATES, INC.', ['NAI']], ['SOFTWARE.NET CORPORATION', ['Co-Host']]]],
    ['This Agreement is entered into on February 26, 1999, (the "Effective Date") by and between Mortgage Logic.com, Inc. ("Client"), with an address at Two Venture Plaza, 2 Venture, Irvine, California 92618 and TrueLink, Inc. ("TrueLink"), with an address at 3026 South Higuera, San Luis Obispo, California 93401.',
      [['Mortgage Logic.com, Inc.', ['Client']], ['TrueLink, Inc.', ['TrueLink']]]],
    ['This Strategic Alliance Agreement ("Agreement") is executed on this 11th day of December, 2015 ("Execution Date") by and between ChipMOS TECHNOLOGIES INC., a company incorporated under the laws of Taiwan ("ChipMOS"), and Tsinghua Unigroup Ltd. ("Tsinghua Unigroup"), a company incorporated under the laws of the People\'s Republic of China ("PRC").',
      [['ChipMOS TECHNOLOGIES INC.', ['ChipMOS']], ['Tsinghua Unigroup Ltd.', ['Tsinghua Unigroup']]]],
    ['This Strategic Alliance Agreement (this "Agreement") is entered into as of the 26t h day of May, 2017 (hereinafter referred to as the effective date of the Agreement), by and between Cool Technologies Inc.., a Nevada corporation (hereinafter referred to as "COOL TECH"), and VETERAN TECHNOLOGY GROUP, LLC, a Missouri corporation (hereinafter referred to as "VET TECH").',
      [['Cool Technologies Inc.', ['COOL TECH']], ['VETERAN TECHNOLOGY GROUP, LLC', ['VET TECH']]]],
    ['This Development Agreement ("this Agreement") is entered into and effective as of September 30, 2019 ("Effective Date") by and between Howmedica Osteonics Corp., a New Jersey corporation, also known as Stryker Orthopaedics ("Stryker"), and Conformis, Inc., a Delaware corporation having a principal place of business located at 600 Technology Park Drive, Billerica, MA 01821 ("Conformis").',
      [['Howmedica Osteonics Corp.', ['Stryker']], ['Conformis, Inc.', ['Conformis']]]],
    ['This Manufacturing and Supply Agreement (this "Agreement") is entered into as of the Effective Date (as defined below) by and between (1) Apollo Endosurgery, Delaware corporation having offices at 1120 S Capital of Texas Highway #300, Austin, TX 78746 ("APOLLO"), and (2) Establishment Labs, S.A a corporation organized under the laws of Costa Rica and having a principal place of business at Coyol Free Zone, B15, Alajuela, 20113, Costa Rica ("ESTABLISHMENT").',
      [['Apollo Endosurgery', ['APOLLO']], ['Establishment Labs, S.A', ['ESTABLISHMENT']]]],
    ['THIS INTELLECTUAL PROPERTY AGREEMENT (this "Agreement"), dated as of December 31, 2018 (the "Effective Date") is entered into by and between Armstrong Flooring, Inc., a Delaware corporation ("Seller") and AFI Licensing LLC, a Delaware limited liability company ("Licensing" and together with Seller, "Arizona") and AHF Holding, Inc. (formerly known as Tarzan HoldCo, Inc.), a Delaware corporation ("Buyer").',
      [['Armstrong Flooring, Inc.', ['Seller']], ['AFI Licensing LLC', ['Licensing']], ['AHF Holding, Inc.', ['Buyer']]]],
  ])('%s', (preamble, expected) => {
    expect(factsOf(preamble).parties.map((p) => [p.name, [...p.aliases]])).toEqual(expected);
  });
});

describe('preambles (written)', () => {
  it('reads role aliases, group terms and the parties of a cross-license', () => {
    const text = 'This Patent Cross-License Agreement is made between ACME CORP., a Delaware corporation ("Acme" or "Licensor"), and Beta Technologies Ltd. (hereinafter "Beta") (each a "Party", together the "Parties").\n\nWHEREAS, Acme owns the Acme Patents;';
    const { parties } = factsOf(text);
    expect(parties).toEqual([
      { name: 'ACME CORP.', aliases: ['Acme', 'Licensor'] },
      { name: 'Beta Technologies Ltd.', aliases: ['Beta'] },
    ]);
  });

  it("ends a name before 'a French Société Anonyme' with no comma between (é is no word character for \\b)", () => {
    const text = 'This Agreement is made between Valmorel Robotique a French Société Anonyme whose registered office is at 12 rue Garibaldi, Lyon ("Valmorel") and Ardentis Inc., a Delaware corporation ("Ardentis").';
    expect(factsOf(text).parties.map((p) => p.name)).toEqual(['Valmorel Robotique', 'Ardentis Inc.']);
    // Near miss: a word that only begins like it is part of the name ('Sociétés Réunies').
    expect(factsOf('This Agreement is made between Sociétés Réunies Holding ("SRH") and Ardentis Inc. ("Ardentis").').parties.map((p) => p.name)).toEqual(['Sociétés Réunies Holding', 'Ardentis Inc.']);
  });

  it('reads parties named without aliases', () => {
    expect(factsOf('This Agreement is made between Alpha Devices Corp. and Omega Systems LLC.').parties.map((p) => p.name)).toEqual(['Alpha Devices Corp.', 'Omega Systems LLC']);
  });

  it('ends the preamble sentence at a blank line before the first clause, even after "LLC."', () => {
    const text = 'This Agreement is made between Alpha Devices Corp. and Omega Systems LLC.\n\n1. Grant. Each party grants the other a licence under its Patents.';
    expect(factsOf(text).parties.map((p) => p.name)).toEqual(['Alpha Devices Corp.', 'Omega Systems LLC']);
  });

  it('reads an Australian numbered list of parties under a label: "1. Name Pty Ltd (ACN ...) of <address> (Alias)"', () => {
    const text = 'PLATFORM CROSS-LICENCE AGREEMENT\n\nDate: 14 April 2027\n\nParties\n\n1. Helixa Therapeutics Pty Ltd (ACN 612 447 903) of Level 9, 360 Collins Street, Melbourne VIC 3000 (Helixa)\n\n2. Corvane Biologics Limited (ACN 155 908 312) of 22 Rothschild Avenue, Alexandria NSW 2015 (Corvane)\n\nBackground\n\nA. Helixa owns a phage-display platform.\n\n1 DEFINITIONS\n\n1.1 Field means the treatment of human disease.';
    expect(factsOf(text).parties).toEqual([
      { name: 'Helixa Therapeutics Pty Ltd', aliases: ['Helixa'] },
      { name: 'Corvane Biologics Limited', aliases: ['Corvane'] },
    ]);
    // Near miss: a numbered clause after the parties is no party, and a name with "of" in it keeps it.
    const two = 'Parties\n\n1. Bank of Queensland Limited (ABN 32 009 656 740) of 100 Skyring Terrace, Newstead QLD 4006 (BOQ)\n\n2. Tallis Medical Pty Ltd (ACN 155 000 111) of Unit 3, 8 Rose Street, Perth WA 6000 (Tallis)\n\n3. Definitions. In this agreement "Field" (the "Field") means the treatment of human disease.';
    expect(factsOf(two).parties).toEqual([
      { name: 'Bank of Queensland Limited', aliases: ['BOQ'] },
      { name: 'Tallis Medical Pty Ltd', aliases: ['Tallis'] },
    ]);
  });

  it('reads a New Zealand numbered list of parties whose names are in capitals ("1. ALPHA LIMITED, a company ...")', () => {
    // Before: an item's corporate suffix was read as written in title case only ('Limited', 'Ltd'), so the blank line
    // before "1. KOWHAI ... LIMITED" ended the list under the label and no party was read.
    const text = 'MUTUAL CONFIDENTIALITY AGREEMENT\n\nDate: 2 March 2027\n\nPARTIES\n\n1. KOWHAI SOIL ANALYTICS LIMITED, a company incorporated in New Zealand under the Companies Act 1993 (company number 6612087) having its registered office at 41 Victoria Street, Hamilton 3204, New Zealand ("Kowhai").\n\n2. VELDHOF AGRITECH B.V., a private company with limited liability incorporated under the laws of the Netherlands having its registered office at Marktplein 3, Wageningen ("Veldhof").\n\nKowhai and Veldhof are each a "Party".\n\nBACKGROUND\n\nA. Kowhai makes soil sensors.';
    expect(factsOf(text).parties).toEqual([
      { name: 'KOWHAI SOIL ANALYTICS LIMITED', aliases: ['Kowhai'] },
      { name: 'VELDHOF AGRITECH B.V.', aliases: ['Veldhof'] },
    ]);
    // Near miss: a first clause numbered "1." in capitals after the label's parties is no party.
    const clause = 'PARTIES\n\nKowhai Soil Analytics Limited ("Kowhai") and Veldhof Agritech B.V. ("Veldhof").\n\n1. DEFINITIONS. KOWHAI LIMITED\'s sensors are the "Products".';
    expect(factsOf(clause).parties.map((p) => p.name)).toEqual(['Kowhai Soil Analytics Limited', 'Veldhof Agritech B.V.']);
  });

  it("keeps '(Pty)' in a South African company's name, and drops other brackets", () => {
    // Before: every bracket was an aside, so 'KOPANO HYDRAULICS (PTY) LTD' was read as 'KOPANO HYDRAULICS LTD'.
    const text = 'THIS AGREEMENT is made on 14 April 2026 BETWEEN\n\n(1)   KOPANO HYDRAULICS (PTY) LTD, registration number 2009/018844/07, of Boksburg ("Kopano"); and\n\n(2)   IRONBARK DRILL SYSTEMS PTY LTD (ACN 604 551 270), of Welshpool WA 6106 ("Ironbark").\n\nBACKGROUND\n\nA. Kopano makes roof-bolters.';
    expect(factsOf(text).parties.map((p) => p.name)).toEqual(['KOPANO HYDRAULICS (PTY) LTD', 'IRONBARK DRILL SYSTEMS PTY LTD']);
  });

  it('reads a numbered list of parties after "between:", its names in bold (a Markdown preamble)', () => {
    // Before: the blank line before "1." ended the sentence after "between:" (a first clause), so no party was read.
    const text = 'This Agreement is made on 3 March 2027 between:\n\n1. **Halcyon Labs, Inc.**, a Delaware corporation with its office at 410 Townsend Street, San Francisco ("Halcyon"); and\n2. **Norrvik AI AB**, a Swedish limited company with its registered office in Stockholm ("Norrvik"),\n\neach a "Party".\n\n## 1. Definitions\n\n1.1 "Field" means speech recognition.';
    expect(factsOf(text).parties).toEqual([
      { name: 'Halcyon Labs, Inc.', aliases: ['Halcyon'] },
      { name: 'Norrvik AI AB', aliases: ['Norrvik'] },
    ]);
    // Near miss: "between the parties as follows:" before a first clause numbered "1." reads no party from the clause.
    const clause = 'The licences are divided between the parties as follows:\n\n1. Grants. Alpha Inc. grants Beta Ltd. a licence under the Patents ("Licence").';
    expect(factsOf(clause).parties).toEqual([]);
  });

  it("reads parties listed 'BETWEEN THE UNDERSIGNED:' and 'AND:', as translations of French contracts head them", () => {
    // Before: 'THE UNDERSIGNED' read as the lower-case tail of a description, so the name was taken after the last
    // 'and' of the registration ('Companies Register under number 812 447 309'), and the 'AND:' line stayed in the next.
    const text = 'BETWEEN THE UNDERSIGNED:\n\n**Ardentis SAS**, a *société par actions simplifiée* with share capital of €2,400,000, registered with the Grenoble Trade and Companies Register under number 812 447 309,\n\nhereinafter referred to as "**Ardentis**",\n\n**AND:**\n\n**Valmorel Robotique SA**, a *société anonyme* registered with the Lyon Trade and Companies Register,\n\nhereinafter referred to as "**Valmorel**".\n\nWHEREAS:\n\n(A) Ardentis designs LiDAR sensors.';
    expect(factsOf(text).parties).toEqual([
      { name: 'Ardentis SAS', aliases: ['Ardentis'] },
      { name: 'Valmorel Robotique SA', aliases: ['Valmorel'] },
    ]);
    // Near miss: 'between' followed by the parties themselves is read as before.
    expect(factsOf('This Agreement is made between Alpha Inc. ("Alpha") and Beta LLC ("Beta").\n\n1. Grant.').parties).toEqual([
      { name: 'Alpha Inc.', aliases: ['Alpha'] },
      { name: 'Beta LLC', aliases: ['Beta'] },
    ]);
  });

  it("reads parties named on labelled lines, as Chinese contracts head them: 'Party A (Licensor): Name'", () => {
    // No 'between' and no quoted alias: before, no party was found, so 'Party B shall ...' duties were no party's
    // and the reciprocity rules could not tell who improves or reports.
    const text = 'PATENT CROSS-LICENSE CONTRACT\n\nContract No.: QY-2026-017\n\nParty A (Licensor and Licensee): Shenzhen Qingyuan Power Electronics Co., Ltd.\nDomicile: 9/F, Block B, Nanshan District, Shenzhen\n\nParty B: Wuxi Hengtai Motor Control Technology Co., Ltd.\nLegal Representative: Zhou Yanping\n\nArticle 1 Definitions\n\n1.1 "Territory" means the PRC.';
    expect(factsOf(text).parties).toEqual([
      { name: 'Shenzhen Qingyuan Power Electronics Co., Ltd.', aliases: ['Party A'] },
      { name: 'Wuxi Hengtai Motor Control Technology Co., Ltd.', aliases: ['Party B'] },
    ]);
    // Near miss: a single labelled line names no pair of parties, and a preamble with aliases still wins.
    expect(factsOf('Party A: Shenzhen Qingyuan Co., Ltd.\n\n1. Grant. Party A grants a licence.').parties).toEqual([]);
    const both = 'This Contract is made between Alpha Co., Ltd. ("Alpha") and Beta Co., Ltd. ("Beta").\n\nParty A: Alpha Co., Ltd.\nParty B: Beta Co., Ltd.\n\n1. Grant.';
    expect(factsOf(both).parties).toEqual([
      { name: 'Alpha Co., Ltd.', aliases: ['Alpha'] },
      { name: 'Beta Co., Ltd.', aliases: ['Beta'] },
    ]);
  });

  it('reads parties set apart by an upper-case AND, but keeps AND inside a capitalised name', () => {
    expect(factsOf('BETWEEN:\n\nALPHA DEVICES CORP.\n\nAND:\n\nOMEGA SYSTEMS LLC\n\n1. Definitions.').parties.map((p) => p.name)).toEqual(['ALPHA DEVICES CORP.', 'OMEGA SYSTEMS LLC']);
    expect(factsOf('This Agreement is made between SMITH AND WESSON TOOLS INC. and Omega Systems LLC.').parties.map((p) => p.name)).toEqual(['SMITH AND WESSON TOOLS INC.', 'Omega Systems LLC']);
  });

  it("reads an Indian deed's parties 'of the ONE PART; AND ... of the OTHER PART', each with its 'which expression shall ...'", () => {
    // The second party's chunk opens with the first party's tail ('of the ONE PART;'), lower case, and only an upper-case
    // AND on its own line sets the next name apart: the second party was dropped (failed before).
    const tail = ', which expression shall, unless repugnant to the context or meaning thereof, be deemed to mean and include its successors and permitted assigns)';
    const text = `This Agreement is made at Mumbai on 14 January 2027\n\nBY AND BETWEEN\n\nALPHA RADIO PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having its registered office at Powai, Mumbai 400 076 (hereinafter referred to as "ARP"${tail} of the ONE PART;\n\nAND\n\nBETA TELECOM LIMITED, a company incorporated under the Companies Act, 1956, having its registered office at Hinjewadi, Pune 411 057 (hereinafter referred to as "BTL"${tail} of the OTHER PART.\n\nWHEREAS:`;
    expect(factsOf(text).parties).toEqual([
      { name: 'ALPHA RADIO PRIVATE LIMITED', aliases: ['ARP'] },
      { name: 'BETA TELECOM LIMITED', aliases: ['BTL'] },
    ]);
    // Near miss: a lower-case description that goes on after 'AND' in a name is not a new party.
    expect(factsOf('This Agreement is made between SMITH AND WESSON TOOLS INC. ("SWT") and Omega Systems LLC ("Omega").').parties.map((p) => p.aliases[0])).toEqual(['SWT', 'Omega']);
  });

  it('skips a title line that names the parties and prefers the sentence with aliases', () => {
    const text = 'LICENSE AGREEMENT BETWEEN GAMMA INC. AND DELTA GMBH\n\nThis Agreement is entered into by and between Gamma Inc., a Delaware corporation ("Gamma"), and Delta GmbH, a German company ("Delta").';
    expect(factsOf(text).parties).toEqual([
      { name: 'Gamma Inc.', aliases: ['Gamma'] },
      { name: 'Delta GmbH', aliases: ['Delta'] },
    ]);
  });

  it('reads parties named before "enter into this agreement" when no "between" introduces them', () => {
    const text = 'RESEARCH COLLABORATION AND CROSS-LICENSE AGREEMENT\n\nBrightwater Genomics, Inc. ("Brightwater"), a Delaware corporation with offices at 220 East Grand Avenue, South San Francisco, CA 94080, and Lumen Reagents LLC ("Lumen"), a North Carolina limited liability company, enter into this agreement on February 2, 2026.\n\n1. Background\n\nThe two companies want to work together.';
    expect(factsOf(text).parties).toEqual([
      { name: 'Brightwater Genomics, Inc.', aliases: ['Brightwater'] },
      { name: 'Lumen Reagents LLC', aliases: ['Lumen'] },
    ]);
    // A "between" sentence with aliases still wins.
    expect(factsOf(`${text.split('\n\n1.')[0]}\n\nThis Agreement is made between Gamma Inc. ("Gamma") and Delta GmbH ("Delta").`).parties.map((p) => p.name)).toEqual(['Gamma Inc.', 'Delta GmbH']);
  });

  it('merges configured parties with those found and adds the others', () => {
    const text = 'This Agreement is made between ACME CORP. ("Acme") and Beta Ltd. ("Beta").';
    const { parties } = factsOf(text, { parties: [{ name: 'Acme Corporation', aliases: ['Acme', 'Licensor'] }, { name: 'Gamma SA', aliases: ['Gamma'] }] });
    expect(parties).toEqual([
      { name: 'Acme Corporation', aliases: ['Acme', 'ACME CORP.', 'Licensor'] },
      { name: 'Beta Ltd.', aliases: ['Beta'] },
      { name: 'Gamma SA', aliases: ['Gamma'] },
    ]);
  });

  it('lists the parties a clause mentions by any of their names', () => {
    const text = 'This Agreement is made between ACME CORP. ("Acme") and Beta Ltd. ("Beta").\n\nAcme Corp. shall notify BETA LTD. in writing.\n\nEach party shall bear its own costs.\n\nThe fee is fixed.';
    const facts = factsOf(text);
    expect(facts.attributes.get('c2')?.parties).toEqual(['ACME CORP.', 'Beta Ltd.']);
    expect(facts.attributes.get('c3')?.parties).toEqual(['ACME CORP.', 'Beta Ltd.']);
    expect(facts.attributes.get('c4')?.parties).toEqual([]);
  });

  it('reads the parties listed under a "Parties" label, with aliases in bold or bare (English deeds, short forms)', () => {
    const deed = '# DEED OF ASSIGNMENT\n\n**PARTIES**\n\n(1) **FENWICK PHOTONICS LIMITED**, incorporated and registered in England and Wales with company number 08815372 whose registered office is at Unit 4, Cambridge Science Park, Cambridge CB4 0FE (the **Assignor**); and\n\n(2) **ALDGATE IP HOLDINGS LLP**, a limited liability partnership whose registered office is at 30 Crown Place, London EC2A 4ES (the **Assignee**).\n\n**BACKGROUND**\n\n(A) The Assignor owns the Assigned Patents.';
    expect(factsOf(deed).parties).toEqual([
      { name: 'FENWICK PHOTONICS LIMITED', aliases: ['Assignor'] },
      { name: 'ALDGATE IP HOLDINGS LLP', aliases: ['Assignee'] },
    ]);
    // Bold lost in a Word or HTML conversion: "(the Assignor)".
    expect(factsOf(deed.replace(/\*\*/g, '')).parties.map((p) => [p.name, [...p.aliases]])).toEqual([['FENWICK PHOTONICS LIMITED', ['Assignor']], ['ALDGATE IP HOLDINGS LLP', ['Assignee']]]);
    const shortForm = 'SETTLEMENT - SHORT FORM\n\nParties: Orion Fluidics, Inc., a Delaware corporation ("Orion"), and Tallis Medical Systems, Inc., a Minnesota corporation ("Tallis"). Each is a "party".\n\n1. Effective Date.';
    expect(factsOf(shortForm).parties.map((p) => [p.name, [...p.aliases]])).toEqual([['Orion Fluidics, Inc.', ['Orion']], ['Tallis Medical Systems, Inc.', ['Tallis']]]);
    // Without a label, a bare bracket is an aside, not an alias.
    expect(factsOf('1. Scope. FENWICK PHOTONICS LIMITED (the Assignor) and ALDGATE IP HOLDINGS LLP (the Assignee) agree as follows.').parties.flatMap((p) => p.aliases)).toEqual([]);
  });

  it('reads an alias set in bold inside its quotes without the emphasis ("**Corvid**"), so the party is known where it acts', () => {
    const text = '**Between**\n\n(1) **Corvid Analytics Limited**, a company incorporated in England and Wales ("**Corvid**"); and\n\n(2) **Meridian Industrial Systems plc**, a company incorporated in England and Wales ("**Meridian**").\n\n## 5. Improvements\n\n5.2 Corvid shall disclose to Meridian every Improvement.';
    expect(factsOf(text).parties.map((p) => [p.name, [...p.aliases]])).toEqual([['Corvid Analytics Limited', ['Corvid']], ['Meridian Industrial Systems plc', ['Meridian']]]);
  });

  it('keeps Singapore, Indian and Malaysian abbreviations inside a name ("PTE. LTD.", "Pvt. Ltd.", "Sdn. Bhd.")', () => {
    const text = 'THIS AGREEMENT is made on 9 October 2026 BETWEEN:\n\n(1) LUMORA OPTICS PTE. LTD. (UEN 201734519K), a company incorporated in Singapore (“Lumora”); and\n\n(2) VANTRIX DEVICES PRIVATE LIMITED, a company incorporated in India (“Vantrix”).\n\n1. DEFINITIONS';
    expect(factsOf(text).parties.map((p) => [p.name, [...p.aliases]])).toEqual([['LUMORA OPTICS PTE. LTD.', ['Lumora']], ['VANTRIX DEVICES PRIVATE LIMITED', ['Vantrix']]]);
    const pvt = 'This Agreement is made between Kestrel Analytics Pvt. Ltd., a company incorporated in India ("Kestrel"), and Orchid Devices Sdn. Bhd., a company incorporated in Malaysia ("Orchid").';
    expect(factsOf(pvt).parties.map((p) => [p.name, [...p.aliases]])).toEqual([['Kestrel Analytics Pvt. Ltd.', ['Kestrel']], ['Orchid Devices Sdn. Bhd.', ['Orchid']]]);
  });

  it('finds nothing when there is no preamble', () => {
    expect(factsOf('1. The fee is fixed.\n\n2. Notices shall be in writing.').parties).toEqual([]);
  });
});

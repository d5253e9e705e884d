// Preambles whose parties were misread: a name that opens with "The" or "THE", one written as a web address, aliases
// in quotation marks without brackets after a name and its address (and modifier-letter primes as quotation marks), a
// party named by its alias after "and the above-named", a form's blank for a name, and a sentence about a party after
// the list. Preambles written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const partiesOf = (text: string) => factsOf(text).parties.map((p) => ({ name: p.name, aliases: [...p.aliases] }));

describe('names that open with "The" or in lower case', () => {
  it('reads a name that opens with "The" after a bracketed aside', () => {
    const text = 'This Sponsorship Agreement (this "Agreement") is entered into as of May 4, 2026 by and between Harbor Lights Football, LLC, a Delaware limited liability company ("Club"), and The Quarry Group, Inc., a Florida corporation (owner and operator of Quarry Grill) ("Sponsor").\n\n1. Sponsorship';
    expect(partiesOf(text)).toEqual([
      { name: 'Harbor Lights Football, LLC', aliases: ['Club'] },
      { name: 'The Quarry Group, Inc.', aliases: ['Sponsor'] },
    ]);
  });

  it('reads a first party in capitals that opens with "THE", and a company named by its web address', () => {
    const text = 'This IP AGREEMENT (this "Agreement") is made among THE ALDER CORPORATION, a Delaware corporation (hereinafter "TAC"); ALDER SYSTEM, INC., a Delaware corporation (hereinafter "ASI") and ROWAN RENTALS INC., a Delaware corporation (hereinafter "ROWAN").\n\n1. Licence';
    expect(partiesOf(text).map((p) => p.name)).toEqual(['THE ALDER CORPORATION', 'ALDER SYSTEM, INC.', 'ROWAN RENTALS INC.']);
    const dotCom = 'This Co-Branding Agreement is entered into by and between bidwell.com, Inc., with its principal place of business at 40 Pine Street, New York, NY 10005 ("bidwell"), and The Lantern Company, with its principal place of business at 9 Bay Road, San Diego, CA 92101 ("Lantern").\n\n1. Definitions';
    expect(partiesOf(dotCom)).toEqual([
      { name: 'bidwell.com, Inc.', aliases: ['bidwell'] },
      { name: 'The Lantern Company', aliases: ['Lantern'] },
    ]);
  });

  it('near miss: "the" before a lower-case word still continues the description before it', () => {
    const text = 'This Agreement is made between Alpha Inc. ("Alpha"), a Delaware corporation, and the Agent named on the signature page hereto (the "Agent").\n\n1. Grant';
    expect(partiesOf(text).map((p) => p.name)).toEqual(['Alpha Inc.', 'Agent']);
  });
});

describe('aliases in quotation marks without brackets', () => {
  it('reads "Licensor" / "NLS" after a name and its address, with modifier primes as quotation marks in the group', () => {
    const text = 'License and Development Agreement "Agreement" between Valtra-2 Therapeutics AG Seestrasse 14 8002 Zurich Switzerland "Licensor" / "Valtra" and Farmacorp Industria Quimica S.A. Rua das Flores 120 01310-100 Sao Paulo Brazil "Licensee" / "Farmacorp" (Licensor and Licensee each a \u02baParty\u02ba collectively the \u02baParties\u02ba) regarding Velorin (extended release) in Latin America\n\n1. Definitions';
    expect(partiesOf(text)).toEqual([
      { name: 'Valtra-2 Therapeutics AG', aliases: ['Licensor', 'Valtra'] },
      { name: 'Farmacorp Industria Quimica S.A.', aliases: ['Licensee', 'Farmacorp'] },
    ]);
  });

  it('near miss: a quoted word after a lower-case word is no alias, and a name is not cut at a suffix without an address', () => {
    const text = 'This Supply Agreement is made between Alpha GmbH ("Alpha") and Beta Holdings Limited Partners ("Beta") for the supply of "Widgets", and Gamma Co. Ltd. ("Gamma").\n\n1. Supply';
    expect(partiesOf(text).map((p) => p.name)).toEqual(['Alpha GmbH', 'Beta Holdings Limited Partners', 'Gamma Co. Ltd.']);
  });
});

describe('a party named by its alias, a blank, or a sentence after the list', () => {
  it('names the party by its alias when "and the above-named Supplier" joins it, not by words further on', () => {
    const text = 'This SOFTWARE LICENSE AGREEMENT ("Agreement") is entered into as of the Effective Date by and between Coastal Bank, N.A. ("Coastal"), a national banking association, and the above-named Supplier, a corporation, and consists of this signature page and the attached Terms and Conditions, Schedules, and all other documents attached hereto.   ("Supplier")\n\n1. Definitions';
    expect(partiesOf(text)).toEqual([
      { name: 'Coastal Bank, N.A.', aliases: ['Coastal'] },
      { name: 'Supplier', aliases: ['Supplier'] },
    ]);
  });

  it('near miss: a name that holds its alias keeps its whole name', () => {
    const text = 'This Strategic Alliance Agreement is executed by and between Lumen Microsystems Inc., a company incorporated under the laws of Taiwan ("Lumen"), and Harbin Unigroup Ltd. ("Harbin Unigroup"), a company incorporated in China.\n\n1. Scope';
    expect(partiesOf(text).map((p) => p.name)).toEqual(['Lumen Microsystems Inc.', 'Harbin Unigroup Ltd.']);
  });

  it('reads a party whose name is a blank on the form by its alias', () => {
    const text = 'THIS NON-DISCLOSURE AND NON-COMPETITION AGREEMENT ("Agreement") is made this _____ day of _________, 20___, by and between ___________________________ (the "Franchisee"), and ___________________________, who is an officer, director, or employee of Franchisee (the "Member").\n\nRECITALS';
    expect(partiesOf(text)).toEqual([
      { name: 'Franchisee', aliases: ['Franchisee'] },
      { name: 'Member', aliases: ['Member'] },
    ]);
  });

  it('ends the list at a sentence about a party already named', () => {
    const text = 'THIS CONTRACT is entered into by and between NORTHLINE TRANSPORT COMPANY, a division of Northline Holdings, ("Carrier"), and NORTHLINE CHEMICALS L.P., a Delaware limited partnership P.O. Box 100 Houston, TX 77210 ("Shipper"). - --------------------------------\n\n     Shipper is engaged in business as a distributor of chemicals ("COMMODITIES"), and Shipper requires transportation of Commodities in interstate commerce; Carrier is authorized to provide it.\n\n1. Term';
    expect(partiesOf(text)).toEqual([
      { name: 'NORTHLINE TRANSPORT COMPANY', aliases: ['Carrier'] },
      { name: 'NORTHLINE CHEMICALS L.P.', aliases: ['Shipper'] },
    ]);
  });

  it('near miss: a name that opens with another party\'s alias but no verb is a party', () => {
    const text = 'This Distribution Agreement is made between Alpha Inc. ("Alpha") and Alpha de Mexico, S.A. de C.V. ("Alpha Mexico").\n\n1. Appointment';
    expect(partiesOf(text).map((p) => p.name)).toEqual(['Alpha Inc.', 'Alpha de Mexico, S.A. de C.V.']);
  });
});

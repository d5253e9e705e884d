// More preambles whose parties were misread: parties named in a recital, aliases given by "hereinafter referred to as
// the", a group of parties named without brackets or by a bracket that opens with "the Parties", role labels in a title
// block, a class of parties named on the signature pages, the reader of online terms "as an" alias, a company yet to be
// formed, and a name with an EDGAR underline in it. Preambles written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const partiesOf = (text: string) =>
  factsOf(text).parties.map((p) => ({ name: p.name, aliases: [...p.aliases], ...(p.class === undefined ? {} : { class: p.class }) }));

describe('parties named outside a "between" sentence', () => {
  it('reads the parties a recital names by what they are, with the group word after them', () => {
    const text =
      'Distribution and Supply Agreement\n\nWHEREAS MERIVALE is a biotechnology company with headquarters at 40 Harbour Road, Boston, MA 02110 ("MERIVALE") and Gulf Pharma Trading Co. LTD is a pharmaceutical company with its offices at King Road, Jeddah ("GPT"), each a "Party" together, "Parties", and\n\nWHEREAS MERIVALE owns rights in the product;\n\nNOW THEREFORE the Parties agree as follows:\n\n1. Definitions';
    expect(partiesOf(text)).toEqual([
      { name: 'MERIVALE', aliases: ['MERIVALE'] },
      { name: 'Gulf Pharma Trading Co. LTD', aliases: ['GPT'] },
    ]);
  });

  it('reads "hereinafter referred to as the" an alias, and a group named after a comma', () => {
    const text =
      'TRANSPORTATION CONTRACT\n\nJSC Steppe Oil, hereinafter referred to as the "Company", in the person of its Director Ms. A. B. Serikova, acting on the basis of the Charter, on the one side and JSC Aral Petroleum, hereinafter referred to as the "Principal" in the person of General Director Mr. K. Omarov, on the other side, collectively referred to as the "Parties", have entered into this Contract and hereby agree as follows:\n\n1. SUBJECT';
    expect(partiesOf(text)).toEqual([
      { name: 'JSC Steppe Oil', aliases: ['Company'] },
      { name: 'JSC Aral Petroleum', aliases: ['Principal'] },
    ]);
  });

  it('reads the parties before a bracket that opens with "the Parties"', () => {
    const text =
      'JOINT VENTURE AGREEMENT\n\nLarkspur Holdings, Inc. ("LHI") and Tamsin Battery Works, Inc. ("TBW"), (the "Parties" or "Venturers" if referred to collectively), by this Agreement associate themselves in the formation of a joint venture.\n\n1. Name.';
    expect(partiesOf(text).map((p) => p.name)).toEqual(['Larkspur Holdings, Inc.', 'Tamsin Battery Works, Inc.']);
  });

  it('near miss: a recital about one party with no group word names no parties', () => {
    const text = 'Supply Agreement\n\nWHEREAS MERIVALE is a biotechnology company with headquarters in Boston ("MERIVALE"), and\n\nWHEREAS MERIVALE owns rights in the product;\n\n1. Definitions';
    expect(partiesOf(text)).toEqual([]);
  });
});

describe('role labels in a title block', () => {
  it('gives the parties found the roles their labels name', () => {
    const text =
      'CONTENT LICENSE AGREEMENT\n\nThis Content License Agreement is between HOLLOWAY FILM CORPORATION, located at 12 Elm Street, Carlsbad, CA 92009 and NORTHSHORE MEDIA located at 8 Via Mar, Del Mar, CA 92014\n\nLicensor: NORTHSHORE MEDIA Licensee HOLLOWAY FILM CORPORATION\n\nThe parties agree as follows:\n\n1. GRANT';
    expect(partiesOf(text)).toEqual([
      { name: 'HOLLOWAY FILM CORPORATION', aliases: ['Licensee'] },
      { name: 'NORTHSHORE MEDIA', aliases: ['Licensor'] },
    ]);
  });

  it('reads companies on labelled rows as the parties when no preamble names them', () => {
    const text =
      'TRANSPORTATION CONTRACT\n\nContract No. TX-12-2026\n\nSENDER ANDEAN CRUDE EXPLORATION  PERU LIMITED\n\nTAX ID 830.051.027-8\n\nSHIPPER PETROANDES S.A.   TAX ID 899.999.068-1\n\nThe SENDER shall deliver crude to PETROANDES at the Entrance Point.';
    expect(partiesOf(text)).toEqual([
      { name: 'ANDEAN CRUDE EXPLORATION PERU LIMITED', aliases: ['SENDER'] },
      { name: 'PETROANDES S.A.', aliases: ['SHIPPER'] },
    ]);
  });

  it('near miss: a role word inside a sentence labels nothing', () => {
    const text =
      'This Agreement is between Alder Inc. and Birch LLC.\n\nThe Licensor: Birch LLC may terminate; the parties note that Licensee ALDER INC. pays.\n\n1. Grant';
    expect(partiesOf(text)).toEqual([
      { name: 'Alder Inc.', aliases: [] },
      { name: 'Birch LLC', aliases: [] },
    ]);
  });
});

describe('parties named by their role', () => {
  it('reads a class of parties named on the signature pages', () => {
    const text =
      'SPONSORSHIP AGREEMENT\n\nTHIS SPONSORSHIP AGREEMENT ("Agreement") is entered into as of the date first written above by and among KESTREL Investments LLC, a Delaware limited liability company ("Purchaser"), and each other party hereto identified on the signature page(s) hereto (each, a "Sponsor"). Terms not defined here have the meanings given in the Offer.\n\n1. Commitments';
    expect(partiesOf(text)).toEqual([
      { name: 'KESTREL Investments LLC', aliases: ['Purchaser'] },
      { name: 'Sponsor', aliases: ['Sponsor'], class: 'each other party hereto identified on the signature page(s) hereto' },
    ]);
  });

  it('reads the reader of online terms by the alias it takes "as an"', () => {
    const text =
      'REFERRAL PARTNER AGREEMENT\n\nTHIS AGREEMENT sets forth the terms and conditions agreed to between Harbour Card Services, N.A. ("Harbour") and you as a "Partner" in the Harbour Referral Program (the "Program"). Harbour will pay Partner a fee for each approved account.\n\n1. Enrollment';
    expect(partiesOf(text)).toEqual([
      { name: 'Harbour Card Services, N.A.', aliases: ['Harbour'] },
      { name: 'Partner', aliases: ['Partner'] },
    ]);
  });

  it('names a company yet to be formed by what it will be, not by the founder named last', () => {
    const text =
      'Strategic Alliance Agreement\n\nThis Agreement is made and entered into this 30th day of June 2026,\n\nBetween: Osprey Capital Inc., having its office at 10 Main Street, Tampa, Florida, hereinafter referred to as "OCI";\n\nAnd:\n\nA Tribal Enterprise Company to be formed by Chairman John T. Able and Mark Baker, having an office at 1 Reservation Road, Okeechobee, FL 34974, hereinafter referred to as "TEC".\n\nOverview';
    expect(partiesOf(text)).toEqual([
      { name: 'Osprey Capital Inc.', aliases: ['OCI'] },
      { name: 'Tribal Enterprise Company', aliases: ['TEC'] },
    ]);
  });

  it('reads a name across an EDGAR underline and past "Etc."', () => {
    const text =
      'This Services Agreement ("Agreement") is made as of April 27, 2026, by and between Shipwise.com, Inc., a Washington corporation (the "Company"), and Parcel                   ------- Lockers Etc. USA, Inc., a California corporation ("PLE").\n\nRECITALS';
    expect(partiesOf(text)).toEqual([
      { name: 'Shipwise.com, Inc.', aliases: ['Company'] },
      { name: 'Parcel Lockers Etc. USA, Inc.', aliases: ['PLE'] },
    ]);
  });
});

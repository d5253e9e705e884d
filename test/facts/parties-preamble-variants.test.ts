// Preambles whose parties were missed or misnamed: companies joined as one party by a "collectively" bracket, an
// instrument "made by" its parties, aliases "hereinafter" gives without double quotes, a numbered list of "Party A" and
// "Party B", an address abbreviation inside the sentence, a party after an "and" that ends a paragraph, a place in
// brackets inside a name, and a rule line after the full stop. Preambles written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const partiesOf = (text: string) => factsOf(text).parties.map((p) => ({ ...p, aliases: [...p.aliases] }));

describe('companies a "collectively" bracket makes one party', () => {
  it('reads "Alpha, Inc. and Alpha Licensee, Inc. (collectively "Alpha")" as one party', () => {
    const text = 'SHARED SERVICES AGREEMENT\n\nHarbor Media, Inc. and Harbor Licensee, Inc. (collectively "HARBOR") and Crestline Broadcasting of Dayton, L.L.C. ("CRESTLINE") hereby enter into this Agreement (this "Agreement") dated March 3, 2026. Harbor and Crestline are each referred to herein as a "Party".\n\nRECITALS\n\nWHEREAS, Harbor holds the licence of Station WHBR;';
    expect(partiesOf(text)).toEqual([
      { name: 'Harbor Media, Inc. and Harbor Licensee, Inc.', aliases: ['HARBOR'] },
      { name: 'Crestline Broadcasting of Dayton, L.L.C.', aliases: ['CRESTLINE'] },
    ]);
  });

  it('near miss: a bracket that gathers a company with a party named before it, or all the parties, is no party', () => {
    const text = 'This Agency Agreement is made between Northcliff Securities Ltd. (the "Lead Agent"), Pellam Capital Inc. and Rowe Burton & Co. Ltd. (collectively with the Lead Agent, the "Agents") and Tamber Therapeutics Inc. (the "Corporation").\n\n1. Appointment';
    expect(partiesOf(text).map((p) => p.name)).toEqual(['Northcliff Securities Ltd.', 'Tamber Therapeutics Inc.']);
    const all = 'This Licence is made between Alder Devices, Inc. ("Alder") and Birch Systems LLC ("Birch") (collectively the "Parties").\n\n1. Grant';
    expect(partiesOf(all)).toEqual([
      { name: 'Alder Devices, Inc.', aliases: ['Alder'] },
      { name: 'Birch Systems LLC', aliases: ['Birch'] },
    ]);
  });
});

describe('an instrument "made by" its parties, with no "This" and no "between"', () => {
  it('reads the parties after "dated as of ..., made by"', () => {
    const text = 'Exhibit 10.4 NETWORK MAINTENANCE AGREEMENT NETWORK MAINTENANCE AGREEMENT (this "Agreement"), dated as of May 4, 2026, made by Northgate Fibre, Inc., a corporation organized and existing under the laws of the State of Delaware (the "Company"), and Lakeshore Networks, Inc., a corporation organized and existing under the laws of the State of Ohio (the "Provider"). WITNESSETH: WHEREAS, the Provider sold the Ring Assets to the Company;';
    expect(partiesOf(text)).toEqual([
      { name: 'Northgate Fibre, Inc.', aliases: ['Company'] },
      { name: 'Lakeshore Networks, Inc.', aliases: ['Provider'] },
    ]);
  });

  it('reads the parties after "entered into as of <date> by" and "made on <date> by" (before: none)', () => {
    const asOf = 'CROSS-LICENSE AGREEMENT\n\nThis Cross-License Agreement is entered into as of 5 May 2027 by Orinoco Semiconductor Corp. ("Orinoco") and Tessellate Logic Inc. ("Tessellate").\n\n1. Definitions';
    expect(partiesOf(asOf)).toEqual([
      { name: 'Orinoco Semiconductor Corp.', aliases: ['Orinoco'] },
      { name: 'Tessellate Logic Inc.', aliases: ['Tessellate'] },
    ]);
    const on = 'PATENT LICENCE\n\nThis Licence is made on the 3rd day of June, 2026 by Orinoco Semiconductor Corp. ("Orinoco") and Tessellate Logic Inc. ("Tessellate").\n\n1. Grant';
    expect(partiesOf(on).map((p) => p.name)).toEqual(['Orinoco Semiconductor Corp.', 'Tessellate Logic Inc.']);
  });

  it('near miss: a payment "made by" a party later in the opening names no parties', () => {
    const text = 'NETWORK MAINTENANCE AGREEMENT\n\n1. Fees. All payments made by the Company (as defined in the Purchase Agreement) shall be made in US dollars ("USD").';
    expect(partiesOf(text)).toEqual([]);
  });
});

describe('aliases "hereinafter" gives without double quotes', () => {
  it('reads a bare alias and one in single quotes', () => {
    const bare = 'This Agreement is entered into as of 1 March 2026 by and between Meridian Acoustics Corporation, a Minnesota corporation having a place of business at 40 Lake Road, Duluth (hereinafter Meridian) and Sonic Array Pty Ltd a corporation organized under the laws of Victoria, Australia (hereinafter Sonic Array) agree to collaborate.\n\n1.1 Purpose';
    expect(partiesOf(bare)).toEqual([
      { name: 'Meridian Acoustics Corporation', aliases: ['Meridian'] },
      { name: 'Sonic Array Pty Ltd', aliases: ['Sonic Array'] },
    ]);
    const single = "This Joint Venture Agreement is made on this 2nd day of June, 2026   BETWEEN   KESTREL FUEL SYSTEMS INC., a company incorporated under the laws of the State of Delaware (hereinafter referred to as 'KFS', which term shall unless repugnant to the context include its successors and permitted assigns), through Ms. Anita Rao its Director of Asia Operations,   AND   TALWAR COMPONENTS LIMITED, a company incorporated under the Companies Act, 1956 (hereinafter referred to as 'TCL', which term shall include its successors and permitted assigns).   WHEREAS KFS designs fuel systems.";
    expect(partiesOf(single)).toEqual([
      { name: 'KESTREL FUEL SYSTEMS INC.', aliases: ['KFS'] },
      { name: 'TALWAR COMPONENTS LIMITED', aliases: ['TCL'] },
    ]);
  });

  it('near miss: a bracket that says "hereinafter" of a date names no alias', () => {
    const text = 'This Agreement is made on 1 May 2026 (hereinafter the date of signature) between Alder Devices, Inc. ("Alder") and Birch Systems LLC ("Birch").\n\n1. Grant';
    expect(partiesOf(text)).toEqual([
      { name: 'Alder Devices, Inc.', aliases: ['Alder'] },
      { name: 'Birch Systems LLC', aliases: ['Birch'] },
    ]);
  });
});

describe('a numbered list of "Party A" and "Party B"', () => {
  it('reads each item that opens with a name "hereinafter referred to as Party A"', () => {
    const text = 'JOINT VENTURE CONTRACT\n\nCHAPTER 2 PARTIES TO THIS CONTRACT\n\nArticle 1 Parties to this Joint Venture Contract\n\n1. Hebei Tianhe Motor Group Limited Liability Company (hereinafter referred to as Party A), established and existing under the laws of the People\'s Republic of China ("PRC").\n\nLegal address: 8 Fuxing Road, Baoding City, PRC\n\n2. Anode Cell Technology, Inc., (hereinafter referred to as Party B), established and existing under the laws of the State of Delaware.\n\nRegistered address: 12 Mesa Way, Henderson, Nevada\n\n3. Each of the Parties represents that it is duly organized.';
    expect(partiesOf(text)).toEqual([
      { name: 'Hebei Tianhe Motor Group Limited Liability Company', aliases: ['Party A'] },
      { name: 'Anode Cell Technology, Inc.', aliases: ['Party B'] },
    ]);
  });
});

describe('the sentence that names the parties', () => {
  it('goes on past an address abbreviation ("Ft. Lauderdale") to the second party', () => {
    const text = 'This Agreement is made as of the 20th day of March 2026, by and between Coastal Campers, Inc., d/b/a Camp USA (the "Company"), a Delaware corporation having its principal office at 200 East Broward Boulevard, Ft. Lauderdale, Florida 33301, and Roadway Club Group, Inc. ("RCG"), a Delaware corporation.\n\nWHEREAS, the Company sells recreational vehicles;';
    expect(partiesOf(text)).toEqual([
      { name: 'Coastal Campers, Inc.', aliases: ['Company'] },
      { name: 'Roadway Club Group, Inc.', aliases: ['RCG'] },
    ]);
  });

  it('ends at a rule line after the full stop', () => {
    const text = 'THIS CONTRACT is entered into by and between HARLAN TRANSPORT COMPANY, a division of Harlan Products Company, ("Carrier"),\n\nand HARLAN PRODUCTS OPERATING L.P., a Delaware limited partnership - ------------------------------\n\nP.O. Box 4324 Houston, TX 77210 ("Shipper"). - ------------------------------ (Address) (City) (State)\n\nThe goods Shipper tenders are chemicals and petroleum products ("COMMODITIES"), and Shipper requires their transportation;\n\n1. Shipper shall tender Commodities to Carrier.';
    expect(partiesOf(text)).toEqual([
      { name: 'HARLAN TRANSPORT COMPANY', aliases: ['Carrier'] },
      { name: 'HARLAN PRODUCTS OPERATING L.P.', aliases: ['Shipper'] },
    ]);
  });
});

describe('names in a list of parties laid out as a form', () => {
  it('reads the party after an "and" that ends a paragraph, and keeps a place in brackets inside a name', () => {
    const text = 'THIS AGREEMENT, made as of the 1st day of December (the "Effective Date") by and between:\n\nOrchid Coatings Trading (Suzhou) Co Ltd hereinafter referred to as ("Orchid Suzhou")\n\nAddress                    :        Suite 2512, 5th Floor, 28 Jia Feng Road, Suzhou\n\nLegal representative       :        Wen Li and\n\nBrightline Auto Refinish hereinafter referred to as ("DISTRIBUTOR")\n\nAddress                    :        2201 Second Street, Ft. Myers, Florida\n\nWITNESSETH:';
    expect(partiesOf(text)).toEqual([
      { name: 'Orchid Coatings Trading (Suzhou) Co Ltd', aliases: ['Orchid Suzhou'] },
      { name: 'Brightline Auto Refinish', aliases: ['DISTRIBUTOR'] },
    ]);
  });

  it('reads an alias whose curly quotes a conversion turned into question marks', () => {
    const text = 'THIS AGREEMENT sets forth the terms agreed to between Harbor Card Bank USA, N.A. (?Harbor?) and Meadow Rewards, Inc. (?Meadow?).\n\n1. Enrollment';
    expect(partiesOf(text)).toEqual([
      { name: 'Harbor Card Bank USA, N.A.', aliases: ['Harbor'] },
      { name: 'Meadow Rewards, Inc.', aliases: ['Meadow'] },
    ]);
  });

  it('drops a stray quotation mark after a name', () => {
    const text = "This Content License Agreement is between HALCYON FILM CORPORATION, located at 28 Unicornio, Carlsbad, CA 92009 and SEAVIEW ENTERTAINMENT' located at 12 Via Latina, Del Mar, CA 92014\n\nGRANT OF LICENSE";
    expect(partiesOf(text).map((p) => p.name)).toEqual(['HALCYON FILM CORPORATION', 'SEAVIEW ENTERTAINMENT']);
  });

  it('near miss: an abbreviation in brackets before a description is no part of the name', () => {
    const text = 'THIS AGREEMENT is made by and between Brightwell, Inc, a Nevada Corporation ("Brightwell") and Texas Managed Care Organization (TMCO) A Texas Corporation whose address is 916 South Road, Austin Texas.\n\nWITNESSETH:';
    expect(partiesOf(text).map((p) => p.name)).toEqual(['Brightwell, Inc', 'Texas Managed Care Organization']);
  });
});

// Short agreement excerpts (UK, US, translated and EDGAR-style drafting) with counsel's verdict on their defined terms:
// which capitalised terms are used as defined terms but never defined (undefined), and which definitions are never used
// (unused). Written for these tests; names of places, bodies, statutes, standards and products are names, not terms.
export interface TermCase {
  readonly name: string;
  readonly text: string;
  /** Terms counsel would call used but never defined, in order of first use. */
  readonly undefined: readonly string[];
  /** Defined terms counsel would call never used, in order of definition. */
  readonly unused: readonly string[];
  /** Why the facts still disagree, when they do (the test then expects the disagreement, so a fix is noticed). */
  readonly known?: string;
}

const doc = (...paragraphs: string[]): string => paragraphs.join('\n\n');

export const TERM_CASES: readonly TermCase[] = [
  {
    name: 'US governing law: a state and a city are places',
    text: doc(
      '1.1 "Licensed Patents" means the patents listed in Exhibit A.',
      '2.1 Licensor grants Licensee a non-exclusive licence under the Licensed Patents.',
      '9.1 This Agreement shall be governed by the laws of the State of New York, and the parties submit to the courts located in New York, New York.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'a country spelt out in full',
    text: doc(
      '1.1 "Territory" means the United States of America and Canada.',
      '2.1 The licence is limited to the Territory. Licensee shall not export any product outside the United States of America.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'a sports team and a stadium in a sponsorship excerpt',
    text: doc(
      '1.1 "Sponsor Marks" means the trademarks listed in Schedule 2.',
      '2.1 The Seattle Seahawks shall display the Sponsor Marks at Lumen Field during each home game of the National Football League season.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'a technical standard named by its title',
    text: doc(
      '1.1 "Compliant Product" means a product that implements the Bluetooth Core Specification, version 5.0 or later.',
      '2.1 Licensee may sell Compliant Products that also conform to the IEEE 802.11 Standard.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'statutes and regulations',
    text: doc(
      '1.1 "Applicable Law" means every law that applies to a party, including the Foreign Corrupt Practices Act and the Bribery Act 2010.',
      '2.1 Each party shall comply with Applicable Law and with the General Data Protection Regulation.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'a company with its corporate suffix',
    text: doc(
      'This Agreement is made between Northwind Systems, Inc., a Delaware corporation ("Northwind"), and Harbor Labs LLC ("Harbor").',
      '2.1 Northwind shall deliver the software to Harbor. Harbor shall not sublicense it to Oracle Corporation or to Tata Consultancy Services Limited.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'a real undefined term next to a place',
    text: doc(
      '1.1 "Products" means the products listed in Exhibit B.',
      '2.1 Distributor shall sell the Products in New York and shall pay the Minimum Purchase Commitment each Contract Quarter.',
    ),
    undefined: ['Minimum Purchase Commitment', 'Contract Quarter'],
    unused: [],
  },
  {
    name: '"as defined below" with nothing below',
    text: doc(
      '2.1 Licensee shall pay the Running Royalty (as defined below) on each unit sold.',
      '3.1 Payments are due within thirty days of each invoice.',
    ),
    undefined: ['Running Royalty'],
    unused: [],
  },
  {
    name: '"as defined below" with the definition below',
    text: doc(
      '2.1 Licensee shall pay the Running Royalty (as defined below) on each unit sold.',
      '3.1 "Running Royalty" means five percent of the net selling price of each unit.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'a conditional definition: "shall have occurred if"',
    text: doc(
      '8.1 A Termination Event shall have occurred if either party becomes insolvent or ceases to carry on business.',
      '8.2 On a Termination Event the other party may end this Agreement by notice.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: '"has the meaning given in clause"',
    text: doc(
      '1.1 "Confidential Information" has the meaning given in clause 7.',
      '7.1 Confidential Information means all information disclosed by a party that is marked confidential.',
      '7.2 Each party shall keep the Confidential Information secret.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'an inline parenthetical definition after the words it names',
    text: doc(
      '2.1 Licensor grants Licensee a licence to use the patents in the field of medical imaging (the "Licensed Field").',
      '2.2 Licensee shall not use the patents outside the Licensed Field.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'an unused inline definition',
    text: doc(
      '2.1 Licensor grants Licensee a licence to use the patents in the field of medical imaging (the "Licensed Field").',
      '2.2 Licensee shall pay the fees in Schedule 1.',
    ),
    undefined: [],
    unused: ['Licensed Field'],
  },
  {
    name: 'definitions in a schedule',
    text: doc(
      '2.1 Licensee shall pay the Milestone Payments when each Milestone is achieved.',
      'SCHEDULE 1 - DEFINITIONS',
      '"Milestone" means each event listed in Part A of this Schedule.',
      '"Milestone Payments" means the sums listed in Part B of this Schedule.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'definitions in a Markdown table',
    text: doc(
      '1.1 In this Agreement the following terms have these meanings:',
      '| Term | Meaning |\n| --- | --- |\n| Licensed Technology | the technology described in Annex 1 |\n| Field | semiconductor packaging |',
      '2.1 Licensor grants Licensee a licence to use the Licensed Technology in the Field.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'UK drafting: "shall mean" and a Companies Act reference',
    text: doc(
      '1.1 "Group Company" shall mean a subsidiary or holding company of a party within the meaning of section 1159 of the Companies Act 2006.',
      '2.1 Each Group Company may exercise the licence. Disputes go to the High Court of England and Wales.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'translated drafting: "hereinafter referred to as"',
    text: doc(
      'This contract is concluded between Shenzhen Brightway Electronics Co., Ltd. (hereinafter referred to as "Party A") and Müller Technik GmbH (hereinafter referred to as "Party B").',
      '2.1 Party A authorises Party B to use the Contract Patents in the People\'s Republic of China.',
    ),
    undefined: ['Contract Patents'],
    unused: [],
  },
  {
    name: 'EDGAR-style: exhibit references and a redaction',
    text: doc(
      '1.1 "Net Sales" means the gross amount invoiced less returns. [***]',
      '2.1 Licensee shall pay [***] percent of Net Sales. See Exhibit 10.1 filed with the Securities and Exchange Commission.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'an unused definition in a definitions clause',
    text: doc(
      '1.1 "Licensed Products" means the products in Exhibit A.',
      '1.2 "Improvement" means any modification of a Licensed Product.',
      '2.1 Licensor grants Licensee a licence to sell Licensed Products.',
    ),
    undefined: [],
    unused: ['Improvement'],
  },
  {
    name: 'a definition used only in the plural',
    text: doc(
      '1.1 "Licensed Product" means a product in Exhibit A.',
      '2.1 Licensee may sell Licensed Products worldwide.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'a university and a government body',
    text: doc(
      '1.1 "Patent Rights" means the patents owned by the Board of Trustees of the Leland Stanford Junior University.',
      '2.1 The Patent Rights are subject to the rights of the National Institutes of Health and the Department of Energy under 35 U.S.C. 200-212.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'a trade name of a product',
    text: doc(
      '1.1 "Licensed Software" means the software known as Microsoft Windows Server and any update to it.',
      '2.1 Reseller may distribute the Licensed Software bundled with Apple iPhone accessories.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'undefined terms among headings and capitals in a grant',
    text: doc(
      '1.1 "Licensed Patents" means the patents in Schedule A.',
      '2. GRANT OF LICENSE',
      '2.1 Licensor grants Licensee a licence under the Licensed Patents to make Covered Devices for the Exclusive Field.',
    ),
    undefined: ['Covered Devices', 'Exclusive Field'],
    unused: [],
    known: 'a candidate needs a determiner before it: "make Covered Devices" is not read (precision over recall)',
  },
  {
    name: 'a term defined by "shall be referred to as"',
    text: doc(
      '2.1 The research programme described in Annex B shall be referred to as the Joint Program.',
      '2.2 Each party shall fund half of the Joint Program.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'a "means" definition without quotation marks',
    text: doc(
      '1.1 Effective Date means the date of the last signature below.',
      '2.1 The licence starts on the Effective Date.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'an arbitration body and rules',
    text: doc(
      '1.1 "Dispute" means any dispute arising out of this Agreement.',
      '12.1 Any Dispute shall be settled under the Rules of Arbitration of the International Chamber of Commerce by three arbitrators seated in Geneva, Switzerland.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'a mixed case: a real undefined term beside a statute',
    text: doc(
      '1.1 "Licensed Marks" means the marks in Schedule 3.',
      '2.1 Licensee shall use the Licensed Marks according to the Brand Guidelines and the Lanham Act.',
    ),
    undefined: ['Brand Guidelines'],
    unused: [],
  },
  {
    name: 'a term with "(as defined in the Supply Agreement)"',
    text: doc(
      '2.1 Buyer shall pay for the Forecast Quantities (as defined in the Supply Agreement) within 45 days.',
      '2.2 Seller shall deliver the Forecast Quantities to Buyer\'s plant in Austin, Texas.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'a definition by "includes"',
    text: doc(
      '1.1 "Intellectual Property" includes patents, copyrights and trade secrets.',
      '2.1 Each party retains its Intellectual Property.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'a court and a place in a US forum clause',
    text: doc(
      '1.1 "Claim" means any claim by a third party.',
      '10.1 Each party shall defend any Claim in the United States District Court for the Southern District of New York or the Superior Court of California.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'a number word inside a term, and number words opening an amount',
    text: doc(
      '1.1 "Minimum Royalty" means USD 10,000 for each Contract Year.',
      '2.1 Licensee shall pay the Minimum Royalty for each Calendar Quarter within thirty days after the end of the Royalty Quarter.',
      '2.2 The licence lasts for a Two (2) Year period, and each One Hundred Dollars paid counts once. Licensee shall pay a Half of the fee on signing.',
    ),
    undefined: ['Contract Year', 'Calendar Quarter', 'Royalty Quarter'],
    unused: [],
  },
  {
    name: '"as defined above" with nothing above, beside a reference to another section',
    text: doc(
      '2.1 Licensee shall report the Net Receipts (as defined above) and the Royalty Base (as defined in Section 9.4) each quarter.',
      '3.1 Payments are due within thirty days of each invoice.',
    ),
    undefined: ['Net Receipts'],
    unused: [],
  },
  {
    name: '"as defined below" where the term is quoted below in a form of its own',
    text: doc(
      '2.1 Licensee shall pay the Running Royalties (as defined below) on each unit sold.',
      '3.1 For each unit, the "Running Royalty" shall be five percent of its net selling price.',
    ),
    undefined: [],
    unused: [],
  },
  {
    name: 'a conditional definition after "(as defined below)", and its near misses',
    text: doc(
      '5.2 Either party may terminate this Agreement upon the occurrence of a Termination Event (as defined below). A Termination Event shall have occurred if the other party becomes insolvent.',
      '5.3 A Change of Control is deemed to occur when any person acquires half of the voting shares of a party. Notice of a Change of Control is due within ten days.',
      '5.4 If a Force Event occurs, the affected party shall notify the other. The Audit Period occurred in March, and the Cure Notice occurs by email.',
    ),
    undefined: ['Force Event', 'Audit Period', 'Cure Notice'],
    unused: [],
  },
  {
    name: 'a version number after a run, and near misses',
    text: doc(
      '1.1 "Compatible Device" means a device that passes the Android Compatibility Definition, Rev. 4 and the Qi Wireless Power Standard v1.2.',
      '2.1 Licensee shall deliver the Release Notes for each version of the Client Software, and each release of the Reference Design.',
    ),
    undefined: ['Release Notes', 'Client Software', 'Reference Design'],
    unused: ['Compatible Device'],
  },
  {
    name: 'places by name and as a place of incorporation, and near misses',
    text: doc(
      'This Agreement is made between Oriental Services Inc., a Puerto Rico financial holding company ("Customer"), and Metaform Corporation ("Supplier").',
      '2.1 Supplier shall staff the Hong Kong Office and the New Jersey Data Center. Disputes go to any New York state or federal court.',
      '2.2 Supplier shall not sell the Licensed Content to any company, and shall keep the Fee Credits for the Customer.',
    ),
    undefined: ['Licensed Content', 'Fee Credits'],
    unused: [],
  },
  {
    name: 'terms named by "referred to as", and a near miss',
    text: doc(
      '2.1 The steering group of the parties, hereinafter referred to as the Joint Committee, meets quarterly, and the plan it adopts is referred to as Annual Plan.',
      '2.2 The Joint Committee approves each Annual Plan and each Work Order referred to in Section 4.',
    ),
    undefined: ['Work Order'],
    unused: [],
  },
  {
    name: 'an instrument named by its official number, and near misses',
    text: doc(
      '7.1 Supplier shall comply with Executive Order 11246 and with Commission Regulation 2016/679. Section 202 of the Executive Order applies.',
      '7.2 Supplier shall meet the Delivery Plan in each Phase 2 and shall report the Defect Rate for the Pilot Line 3 monthly. Each Work Order binds Supplier.',
      '8. Work Order 8.1 Customer may issue Purchase Order 4500 under the Defect Rate 12.5 regime.',
    ),
    undefined: ['Delivery Plan', 'Defect Rate', 'Work Order'],
    unused: [],
  },
  {
    name: 'a table of prices is no definitions table',
    text: doc(
      '3.1 Licensee shall pay the prices below for each Base Unit and each Premium Unit.',
      '| Product | Price |\n| --- | --- |\n| Base Unit | USD 100 |\n| Premium Unit | USD 180 |',
    ),
    undefined: ['Base Unit', 'Premium Unit'],
    unused: [],
  },
  {
    name: 'guidelines as a term and as the title of a document',
    text: doc(
      '4.1 Licensee shall follow the Marketing Guidelines and the Guidelines for the Administration of Acceptable Guarantees issued by the Ministry.',
      '4.2 Licensee shall follow the OECD Guidelines and the Federal Sentencing Guidelines.',
    ),
    undefined: ['Marketing Guidelines'],
    unused: [],
  },
  {
    name: 'terms defined with alternatives, an abbreviation or a plural in brackets',
    text: doc(
      '1.1 "Crude Oil or Hydrocarbon" means any liquid hydrocarbon. "Maximum Daily Quantity (MDQ)" means 5,000 barrels a day. "CUSTOMER(S)" means the buyers of Licensee. "Line Fill or Pipeline Fill" means the volume held in the line. "Operating Plan (OP)" means the plan for each year. "Certificate of Analysis (Device)" means the certificate for each Device.',
      '2.1 Carrier shall transport up to the MDQ of Crude Oil for the Customers. The Pipeline Fill is owned by Carrier.',
    ),
    undefined: [],
    unused: ['Operating Plan (OP)', 'Certificate of Analysis (Device)'],
  },
  {
    name: 'a company\'s product or body named after the company, and a near miss',
    text: doc(
      'This Agreement is made between Freecook Ltd ("Company") and Lumen Media ("Agent"). Agent shall not use software of Microsoft Corporation or Nasdaq, Inc. except as stated.',
      '2.1 Agent shall deliver each text as a Microsoft Word document, and the shares shall trade on the Nasdaq Global Market.',
      '2.2 Agent shall deliver the Content Plan and each Lumen Report to the Company.',
    ),
    undefined: ['Content Plan'],
    unused: [],
  },
  {
    name: 'a run spelt out before its mixed-case abbreviation, and a near miss',
    text: doc(
      '2.1 Supplier makes chips for the Internet of Things (IoT) and for the Smart Home (SmH) market, and shall deliver the Design Kit (SoC) on signing.',
    ),
    undefined: ['Design Kit'],
    unused: [],
  },
  {
    // Chinese contracts and their translations: 'the Technical Secrets of Party A'. Before, "Licensed Technology of
    // Party" was read as the run, its head taken, and the party's letter ('A') after it read as a name going on ('the
    // Series A'), so the term was never reported.
    name: "a term used 'of Party A', and a near miss (a defined term 'of Party A', 'the Series A Shares')",
    text: doc(
      'This Contract is made between Alpha Co., Ltd. ("Party A") and Beta Co., Ltd. ("Party B").',
      '1.1 "Technical Secrets" means the unpublished technical information of a Party described in Annex 3.',
      '2.1 Party A grants to Party B a non-exclusive licence under the Technical Secrets of Party A.',
      '2.2 Party B shall not use the Licensed Technology of Party A for any other purpose, nor issue the Series A Shares.',
    ),
    undefined: ['Licensed Technology'],
    unused: [],
  },
  {
    // Before, every run of a party's words was a known term, and a known term at the end of a run made the run a
    // longer name: "Technology" of "Hengtai Motor Control Technology Co., Ltd." hid "the Licensed Technology".
    name: "a term ending in one word of a party's name after the head of a defined term, and near misses (the party's words before a noun, a run of them, another run ending in the party's word)",
    text: doc(
      'This Contract is made between Hengtai Motor Control Technology Co., Ltd. ("Hengtai") and Qingyuan Power Co., Ltd. ("Qingyuan").',
      '1.1 "Licensed Patents" means the patents in Annex 1.',
      '2.1 Hengtai shall deliver the Licensed Technology, the Hengtai Motor Firmware and the Motor Control Technology to Qingyuan under the Licensed Patents, and the New Business Technology.',
    ),
    undefined: ['Licensed Technology'],
    unused: [],
  },
  {
    // Before, the committee set up in 3.2 was reported as a term used but never defined.
    name: 'a body named where the parties set it up, and a near miss (a body only referred to)',
    text: doc(
      'This Agreement is made between Lumio Analytics, Inc. ("Lumio") and Parcelwise Software Ltd. ("Parcelwise").',
      '3.2 The parties shall form a Joint Integration Committee of three representatives appointed by each party.',
      '3.3 Lumio and Parcelwise shall each report to the Joint Integration Committee and to the Escalation Panel each quarter.',
    ),
    undefined: ['Escalation Panel'],
    unused: [],
  },
  {
    // Before, 'the Term' used in 7.01 was reported although Section 6.01 is headed 'Term' and fixes the duration;
    // only a heading of the section where the term is used counted.
    name: "a term that heads a clause of its own elsewhere ('6.01 Term. This Agreement begins ...'), and a near miss (a section title in capitals)",
    text: doc(
      'This Agreement is made between Brandt Therapeutics, Inc. ("Brandt") and Kestrel Generics LLC ("Kestrel").',
      '**Section 6.01** *Term.* This Agreement begins on signature and continues until the last Brandt patent expires.',
      '**Section 7.01** *Confidentiality.* Brandt and Kestrel shall keep the terms of this Agreement confidential for five (5) years after the end of the Term.',
      '8. LICENSED TECHNOLOGY',
      '8.1 Brandt owns the Licensed Technology.',
    ),
    undefined: ['Licensed Technology'],
    unused: [],
  },
];

// Near misses of the held-out batches' cues (tag-heldout, 2026-11-29), found by tagging the CUAD dev contracts before
// and after those cues and reading the clauses that gained a type (review-quality): a place named after 'sold' or
// 'rights' (securities, land use, dollars), 'the Territory shall be' inside another sentence, 'for use in' any
// purpose, 'the term of this Agreement shall include', a tax paid 'for and on behalf of' a party, an adjudication of
// bankruptcy, 'but not limited to' products, disputes referred to the representatives of each party, an enforcement right 'but not the obligation' to sue. Each near miss was tagged with the type before the
// narrowing; each positive is a wording of the same cue that must still carry it.
import { describe, expect, it } from 'vitest';
import { clauseTypesOf, typesOf } from './helpers.js';

interface Case { readonly type: string; readonly yes: readonly string[]; readonly no: readonly string[] }

const CASES: readonly Case[] = [
  { type: 'territory',
    yes: ['The licence granted in clause 2 is valid in the United Kingdom only.',
      'Acme may make and sell Licensed Products in Germany and France, and nowhere else.',
      'The Territory shall be the Republic of Ireland.',
      'The Territory comprises the member states of the European Union.'],
    no: ['The Offered Shares have not been registered and may not be offered or sold in the United States except under an exemption.',
      'On dissolution the liquidation committee shall sell such assets for United States Dollars.',
      'The Company shall obtain all licenses and other authorizations required to incorporate a subsidiary in India.',
      'All franchise agreements used in the Master Territory shall be in the form we approve.'] },
  { type: 'field-of-use',
    yes: ['Investor grants to Company a non-exclusive licence under any Investor Improvement solely for use in rare earth separation.',
      'Licensor hereby grants Distributor the exclusive license to sell the Product for use in the Field.',
      'The licence applies solely to diagnostic applications.'],
    no: ['"Proprietary Information" means any information, including, but not limited to, information relating to products and services.',
      'The prices in this Exhibit apply to Products ordered after the Effective Date.'] },
  { type: 'lump-sum',
    yes: ['Licensee shall make a one-off payment of EUR 2,000,000 within thirty days of signature.'],
    no: ['The Company shall pay Consultant a flat fee of $18,000 per month.',
      'IntriCon will pay Dynamic Hearing a fixed technology access fee of US$300,000 annually, in quarterly instalments.'] },
  { type: 'governance-committee',
    yes: ['The Steering Committee shall consist of three representatives of each party and shall meet every quarter.'],
    no: ['All disputes shall first be referred to the representatives of each party who manage the relationship between the parties.'] },
  { type: 'definitions',
    yes: ['The expression "Group Company" includes any subsidiary of a party.', 'The term "Affiliate" means any entity that controls a party.'],
    no: ['Maintenance provided during the term of this Agreement shall include standard upgrades and modifications.',
      'The terms of this Agreement include the schedules attached to it.'] },
  { type: 'dispute-resolution',
    yes: ['Any dispute under this clause shall be referred to adjudication under the Scheme for Construction Contracts.'],
    no: ['The Company may terminate this Agreement if a petition in bankruptcy is filed against the Distributor resulting in an adjudication of bankruptcy.'] },
  { type: 'covenant-not-to-sue',
    yes: ['Licensee shall not bring any claim or action against Licensor alleging infringement of any Licensee Patent.'],
    no: ['Licensor shall have the right (but not the obligation) to bring a Proceeding regarding any infringement of the Licensed Patents.'] },
];

// The sixth batch's cues (tag-heldout, 2026-11-29 afternoon): each wording below is a general form of a cue added for a
// miss of that batch, written apart from it; each near miss is a CUAD dev clause (or its shape) that a first draft of the
// cue gained wrongly, read in the before/after dump of the tags on CUAD dev.
const SIXTH_BATCH_CASES: readonly Case[] = [
  { type: 'field-of-use',
    yes: ['The licence is limited to dental applications, and the Licensee shall not use the Patents in any other field.',
      'The licence extends only to the application area of water treatment.',
      'Use of the Software in the defence sector is expressly excluded.'],
    no: [] },
  { type: 'territory',
    yes: ['The Licensee may exploit the licence in Spain, Portugal and Italy only.',
      'The licensed territory comprises Sweden, Norway and Denmark.',
      'Licensor grants Distributor an exclusive licence to sell the Products throughout Scandinavia.'],
    // 'America' alone names a bank as often as a continent.
    no: ['Supplier grants a licence to use the Software to Bank of America and its affiliates.'] },
  { type: 'sublicensing',
    yes: ['The Licensee shall ensure that every sub-licensee complies with the confidentiality obligations of this Agreement.'],
    no: [] },
  { type: 'lump-sum',
    yes: ['A licence fee of EUR 500,000 is payable when the Licensee signs this Agreement.'],
    // The defined payment named as the price of the grant is not the payment (a fifth-batch false tag).
    no: ['In consideration of the Upfront Payment, Licensor grants Licensee a non-exclusive licence under the Patents.'] },
  { type: 'milestone',
    yes: ['Sponsor shall pay $250,000 upon the dosing of the first patient in the first Phase I study.',
      'A payment of $1,000,000 shall become due and payable upon First Commercial Launch.',
      'When total sales of Licensed Products first reach 100,000 units, Licensee shall pay USD 2 million.'],
    no: ['The affected Party shall notify the other Party within 24 hours after the occurrence of such event.'] },
  { type: 'payment-terms',
    yes: ['Any tax that the payer is required by law to deduct shall be paid to the tax authority on the payee\'s behalf.',
      'Royalties calculated in local currency shall be converted into US dollars at the rate published in the Wall Street Journal.'],
    no: [] },
  { type: 'market-allocation',
    yes: ['The Licensee shall not actively seek customers outside the Territory.',
      'Sales to the hospital segment are reserved to the Licensor.',
      'Neither party shall accept orders from customers located in the states of the other party.'],
    no: ['All rights not expressly granted to Channel Partner in this Agreement are reserved to iPass.'] },
  { type: 'information-exchange',
    yes: ['The parties shall exchange their monthly sales figures for each product line.',
      'Commercially sensitive information received by the project team shall not be passed to the sales staff of either party.'],
    // A confidentiality clause lists customer lists and business plans; it exchanges nothing. Network firewalls wall off no information.
    no: ['Confidential Information includes technical data, customer lists and business plans.',
      'Supplier shall state the specifications of the firewalls in use and who manages them.'] },
  { type: 'antitrust-compliance',
    yes: ['Each party shall independently determine the prices it charges its customers.'],
    no: [] },
  { type: 'improvements',
    yes: ['The Licensee shall communicate to the Licensor all advancements of the Licensed Technology that it makes.'],
    no: ['EIT commits to maintain its IT environment in accordance with technological advances, to prevent it from becoming obsolete.'] },
  { type: 'grant-back',
    yes: ['All improvements made by the Licensee shall be made available to the Licensor under a royalty-free licence.',
      'The Licensee shall license to the Licensor, free of charge, all further developments of the Licensed Products.'],
    no: [] },
  { type: 'prosecution',
    yes: ['The Licensor alone decides which patent applications to file.', 'Each party shall cooperate in any interference proceeding involving the Patents.'],
    // A service's continuation is no continuation application.
    no: ['After the end of the contract, the contractor shall hand over all documents necessary for the continuation of the service.'] },
  { type: 'enforcement',
    yes: ['Each party shall notify the other of any infringement of the Patents that comes to its attention.',
      'The Licensee may bring proceedings against third parties for infringement of the Marks.',
      'If the Licensor has not decided whether to sue within 60 days, the Licensee may do so at its own cost.'],
    no: [] },
  { type: 'defensive-termination',
    yes: ['The licence shall be suspended while the Licensee pursues any claim against the Licensor for infringement of a patent.'],
    no: [] },
  { type: 'joint-ip',
    yes: ['Inventions made together by the parties belong to both of them.'],
    no: [] },
  { type: 'first-refusal',
    yes: [],
    // The first right to sue an infringer is enforcement's priority (a fifth-batch false tag).
    no: ['The Licensor shall have the first right, but not the obligation, to commence proceedings against any infringer.'] },
  { type: 'governance-committee',
    yes: ['The parties shall form a liaison council of four members.', 'The Project Board shall meet every quarter to review the collaboration.'],
    // One party meeting the other to report on its own work is not a joint body; nor is the accounting oversight board.
    no: ['The Agent will meet with the Company at least once each quarter to review the Agent\'s activities.',
      'The Parties shall meet once a year to review such improvements and may agree to add them to Schedule A.',
      'Wolf & Co. is registered with the Public Company Accounting Oversight Board.'] },
  { type: 'diligence',
    yes: ['The Licensee shall launch the Product in Germany within six months after regulatory approval.',
      'Distributor shall begin sales of the Products no later than 1 March 2027.'],
    no: [] },
  { type: 'reporting',
    yes: ['The Licensee shall inform the Licensor quarterly of the sales it has made.'],
    no: ['The Joint Committee shall oversee the progress of the work streams.'] },
  { type: 'dispute-resolution',
    yes: ['If the parties disagree about the specification, they shall first talk, and then either of them may ask a mediator for help.',
      'The parties shall attempt to resolve any disputes arising out of this Agreement in a meeting of their chief operating officers.',
      'Any dispute arising out of the execution of this Agreement shall be subject to the jurisdiction of the People\'s Court where it was signed.',
      'For any dispute arising out of this Agreement, the parties consent to venue and personal jurisdiction in Miami-Dade County.'],
    // The English governing-law clause names the disputes it governs and sets no procedure for them.
    no: ['This Agreement and any dispute or claim arising out of or in connection with it shall be governed by the laws of England and Wales.'] },
  { type: 'volume-restriction',
    yes: ['Neither party shall produce more than 50,000 Licensed Products in any calendar year.'],
    no: [] },
  // Plain English: ending, secrecy, survival and handing the agreement over in everyday words.
  { type: 'termination',
    yes: ["If you haven't put it right within 45 days, we can end the agreement by telling you so."],
    no: ['The agreement will end on the date the last listed patent runs out.'] },
  { type: 'confidentiality',
    yes: ['Anything technical or commercial that one of us tells the other under this agreement stays private.'],
    no: ['The Licensee may sell Products under its own private label brands.'] },
  { type: 'post-termination',
    yes: ['These parts still apply after the agreement ends: 3.3 and 3.4, 6 and 9.'],
    no: [] },
  { type: 'assignment',
    yes: ["Neither of us can hand this agreement over to someone else without the other's written OK."],
    no: ['Each of us will hand over the technical documents to the other within 30 days.'] },
  { type: 'confidentiality',
    yes: ['Neither party shall reveal the terms of this Agreement to any third party.', 'The Recipient shall keep the Information to itself.'],
    no: [] },
  { type: 'data-protection',
    yes: ['The Processor shall implement appropriate technical and organisational measures.', 'Vendor shall notify Customer of any Security Incident without undue delay.'],
    no: [] },
  { type: 'indemnity',
    yes: ['The Supplier shall hold the Customer free from all claims brought by third parties.',
      'If a customer sues you because of our software, we will cover your legal fees and any damages awarded.'],
    // Who pays for an infringement suit the party brings is enforcement, not an indemnity.
    no: ['The Initiating Party shall pay all expenses of the suit, including its attorneys\' fees; any damages recovered shall be shared.'] },
  { type: 'transition',
    yes: ['The outgoing contractor shall hand over the keys and records to the incoming contractor.', 'We will help you move your accounts to a new provider.'],
    no: [] },
  { type: 'notices',
    yes: ['All notifications must be sent by registered letter.'],
    no: [] },
  { type: 'force-majeure',
    yes: ['A hurricane, tornado or storm that stops the Supplier from delivering shall excuse its delay.'],
    no: ['Supplier shall correct all failures that prevent it from meeting the Service Levels.'] },
  { type: 'entire-agreement',
    yes: ['A provision that is void shall be read down, and the rest of this Agreement remains valid.'],
    no: [] },
  // (the seventh batch's misses)
  { type: 'defensive-termination',
    yes: ['The Licensor may revoke this licence if the Licensee seeks the invalidation of any Licensed Patent.'],
    no: [] },
  { type: 'field-of-use',
    yes: ['The licence is granted solely for the Marine Field.', 'All rights in every other area are reserved to the Licensor.'],
    no: [] },
  { type: 'diligence',
    yes: ['The Distributor shall do everything reasonably possible to promote the Products.'],
    no: [] },
  { type: 'confidentiality',
    yes: ['The source code is secret and must not leave the Licensee\'s premises.'],
    no: [] },
  { type: 'indemnity',
    yes: ['The Contractor shall protect the Employer against all claims arising from the Works.'],
    no: [] },
  { type: 'contingency',
    yes: ['If the Supplier becomes insolvent, the Customer may step in and operate the production line itself.'],
    // Section 365(n) boilerplate keeps a licence through bankruptcy; it plans for nothing.
    no: ['All licences granted under this Agreement are licences of intellectual property for the purposes of Section 365(n) of the Bankruptcy Code.'] },
  { type: 'reporting',
    yes: [],
    // A written summary of an oral disclosure marks it confidential; it reports nothing.
    no: ['If Confidential Information is disclosed orally, the Discloser will provide a written summary of it within thirty days.'] },
  { type: 'force-majeure',
    yes: ['A party is excused for any delay caused by events it cannot control.'],
    no: [] },
  { type: 'entire-agreement',
    yes: ['This Agreement contains everything the parties have agreed about its subject.'],
    no: [] },
  { type: 'contingency',
    yes: ['If the Supplier cannot deliver for sixty days, the Customer may take over the manufacture of the Components.'],
    // An assignee assuming a contract's performance plans for no contingency.
    no: ['Either party may assign this Agreement to an Affiliate that agrees in writing to assume the performance of its obligations.'] },
  // (sixth-batch cases)
];

describe('cue precision: wordings of the new cues and their near misses', () => {
  for (const c of [...CASES, ...SIXTH_BATCH_CASES]) {
    for (const text of c.yes) it(`${c.type}: tags "${text.slice(0, 70)}..."`, () => expect([...typesOf(text)]).toContain(c.type));
    for (const text of c.no) it(`${c.type}: does not tag near-miss "${text.slice(0, 70)}..."`, () => expect([...typesOf(text)]).not.toContain(c.type));
  }
});

// A weak cue is also support: in a contract that carries the type, any clause holding it keeps the tag.
describe('cue precision: weak cues do not spread a type through a contract that carries it', () => {
  const clauseTypes = clauseTypesOf;
  it('field-of-use: not a recital of platforms "for use in" an activity, nor confidential information used "only for" a purpose', () => {
    const text = '1. Field of Use. The licence granted in Section 2 is limited to the Field of human diagnostics.\n\n'
      + '2. Background. Roche and FMI wish to collaborate on the development of platforms for use in molecular information and diagnostic tests.\n\n'
      + '3. Confidentiality. Distributor will use such confidential information only for the purpose of carrying out its obligations.';
    expect(clauseTypes(text, 'Field of Use')).toContain('field-of-use');
    expect(clauseTypes(text, 'Background')).not.toContain('field-of-use');
    expect(clauseTypes(text, 'Confidentiality')).not.toContain('field-of-use');
  });
  it('signature: not a tax paid "for and on behalf of" a party beside an execution block', () => {
    const text = '1. Taxes. Roche shall pay any withholding tax for and on behalf of FMI to the proper governmental authority.\n\n'
      + 'IN WITNESS WHEREOF the parties have executed this Agreement.\n\nBy: ____________\nName: Jane Smith\nTitle: Director';
    expect(clauseTypes(text, 'Taxes')).not.toContain('signature');
  });
});

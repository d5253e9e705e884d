// The twenty-third session's round (tag23): general forms behind the twenty-third held-out batch's misses and false tags,
// each in wordings of no held-out batch, beside near misses that share their words.
import { describe, expect, it } from 'vitest';
import { clauseTypesOf } from './helpers.js';
import { describeRound, type RoundCase } from './round-cases.js';

const CASES: readonly RoundCase[] = [
  // Third-party rights: the benefit conferred in the passive; a right exercised, sued on or recovered in the outsider's own
  // name (names, plural, too); privity set aside, or no contractual relationship no bar; a party's obligation invoked
  // directly by, or also exercised by, others; a warranty extending to others, each of whom may enforce it. Near misses: a
  // licensee suing infringers in its own name; no contractual relationship stated as a fact; a warranty extending to parts
  // and to labour; an option also exercisable by an assignee.
  { type: 'third-party-beneficiary',
    yes: ['The benefits of clause 14 are conferred on each Project Lender, and a Project Lender may recover its losses under that clause in proceedings brought in its own name.',
      'The Consultant\'s duty of care under clause 6 may be invoked directly by each Funder against the Consultant, even though no contractual relationship exists between them.',
      'The Manufacturer\'s warranties extend to the Dealer and to each retail purchaser of a Vehicle, each of whom may enforce them.',
      'Each Sub-Licensee may take action against the Licensor in its own name to enforce clause 7, privity of contract notwithstanding.',
      'The rights of the Purchaser under Article 12 may also be exercised by its Designated Affiliates in their own names.'],
    no: ['The Licensee may bring proceedings against any infringer of the Licensed Patents in its own name.',
      'There is no contractual relationship between the Owner and any Subcontractor, and the Contractor remains responsible for its Subcontractors.',
      'The Supplier\'s warranty extends to parts and to labour for twelve months from delivery.',
      'The option in clause 5 may also be exercised by the Licensee\'s permitted assignee.'] },
  // Change of control: the change's verb after an aside in brackets or a statute's reference (frames.ts AFTER_ASIDE); a
  // decisive or dominant influence acquired, with what it triggers; another company taking over the named party, the
  // agreement passing to the new owner. Near misses: an aside before a change that triggers nothing; influence over a design;
  // another contractor taking over the works.
  { type: 'change-of-control',
    yes: ['If the principal shareholder of the Distributor (as that term is defined in the Listing Rules) changes, the Supplier may terminate this Agreement on written notice.',
      'Should the persons exercising control over the Agent within the meaning of section 15 of the Stock Corporation Act change, the Principal may terminate this Agreement for cause.',
      'If a competitor of the Licensor obtains a dominant influence over the Licensee, the Licensor may terminate this Licence with immediate effect.',
      'If another company takes over Acme Learning, your subscription will pass to the new owner.'],
    no: ['If the number of shares held by the Trustee (as recorded in the Register of Members) changes, the Registrar shall record the change.',
      'The Contractor exercises no decisive influence over the design, which remains the Employer\'s responsibility.',
      'If another contractor takes over the Works, the Contractor shall hand over all drawings to it.'] },
  // Non-compete: the act's gerund after a prohibition ('refrain from running ... any business in competition'). Near miss:
  // goods stored apart from competing goods (tagged before, on 'competing products').
  { type: 'non-compete',
    yes: ['The Licensee shall refrain from running, whether directly or through an Affiliate, any business in competition with the Licensor in the Region.'],
    no: ['The Distributor shall store the Products separately from competing products and away from direct sunlight.'] },
  // Anti-assignment: a negated subject after a run-in heading in brackets (frames.ts NEGATED_SUBJECT); the plain-English pass
  // 'for you only' that can't be transferred; a purchase order's 'this Order' delegated. Near miss: further tasks assigned to a
  // contractor (tagged before, on 'may assign').
  { type: 'assignment',
    yes: ['Article 9 (No Transfer) Neither Party shall transfer to any third party any of its rights or obligations under this Agreement.',
      'Your pass is for you only and can\'t be transferred to anyone else.',
      'Supplier shall not subcontract or delegate any part of this Order without Buyer\'s written approval.'],
    no: ['The Project Manager may assign the Contractor further tasks under clause 4.'] },
  // Covenant not to sue: no rights under the patents exercised against the other side; plain English coming after someone.
  // Near miss: no rights under the patents enforced against third parties without consent (enforcement).
  { type: 'covenant-not-to-sue',
    yes: ['The Patent Owner shall not assert any of its rights under the Pool Patents against the Licensee or its distributors in respect of the Licensed Products.',
      'We will never go after you or your users for patent infringement over apps built with this SDK.'],
    no: ['The Licensee shall not enforce any rights under the Licensed Patents against any third party without the Licensor\'s prior written consent.'] },
  // Exclusivity: supplying no one else in a named region ('not to supply ... to other dealers in the Province of Ontario').
  { type: 'exclusivity',
    yes: ['The Manufacturer undertakes not to supply the Equipment, directly or through agents, to other dealers based in the Province of Ontario during the Term.'],
    no: ['The Manufacturer shall supply the Equipment to the Dealer\'s premises in the Province of Ontario within ten days of each order.'] },
  // Minimum commitment: a minimum of a figure bought or taken off in every period, whatever is counted. Near miss: a sponsor's
  // minimum of appearances per season, delivered to it.
  { type: 'minimum-commitment',
    yes: ['The Offtaker shall take a minimum of 4,000 tonnes of clinker each quarter from the Producer\'s terminal.'],
    no: ['The Club shall display the Sponsor\'s logo on a minimum of ten match programmes per season.'] },
  // Minimum commitment: a commitment denied is none (a negation: a floor stated beside it keeps the type). Near miss first.
  { type: 'minimum-commitment',
    yes: ['The Customer is not obliged to purchase any minimum volume in the first year, but from the second year it shall purchase at least 5,000 units per quarter.'],
    no: ['The Distributor is not required to order any minimum quantity of the Products in the first Contract Year.'] },
];

describeRound('the twenty-third round: general forms behind the twenty-third batch\'s misses and false tags', CASES);

describe('a run-in heading in brackets inside a contract', () => {
  it('"Article 21 (Prohibition of Transfer of Rights) Neither Party shall transfer ..." is an anti-assignment clause among others', () => {
    const text = ['LICENCE AGREEMENT', '',
      'Article 20 (Notices) All notices under this Agreement shall be given in writing to the addresses of the Parties.', '',
      'Article 21 (Prohibition of Transfer of Rights) Neither Party shall transfer or pledge to a third party any of its rights or obligations arising under this Agreement without the prior written approval of the other Party.', '',
      'Article 22 (Governing Law) This Agreement shall be governed by the laws of Japan.'].join('\n');
    expect(clauseTypesOf(text, 'Prohibition of Transfer')).toContain('assignment');
    expect(clauseTypesOf(text, 'Notices')).not.toContain('assignment');
  });
});

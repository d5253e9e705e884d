// The twenty-ninth session's round (tag29): general forms behind the twenty-ninth held-out batch's misses, each in wordings
// of no held-out batch, beside near misses that share their words.
import { describeRound, type RoundCase } from './round-cases.js';

const CASES: readonly RoundCase[] = [
  // First refusal: the outside offer and the same terms the holder may take; the grantor's first step with the terms it
  // intends; a preferential right to buy; plain English's first look. Near misses: a duty to buy at home first; the same price
  // for extra units; a notice of a proposed assignee.
  { type: 'first-refusal',
    yes: ['If the Owner receives a bona fide proposal to buy the Vessel, it shall send a copy to the Charterer before accepting it.',
      'The Partner may match the price and conditions offered by the third party within 20 days and acquire the Interest at that price.',
      'Before granting any distribution right in Asia, the Company shall first notify the Distributor of the proposed terms.',
      'The Tenant shall have a preferential right to purchase the Premises if the Landlord decides to sell them.',
      'If we decide to license the game to a console publisher, you get the first look.'],
    no: ['The Joint Venture Company shall give priority to purchasing equipment made in the Province where price and quality are equal.',
      'Additional units may be purchased during the Term at the same price as the units in the initial order.',
      'The Licensee shall notify the Licensor of the proposed assignee at least 30 days before any assignment.'] },
  // Market allocation: the other side's customers by the possessive; a restraint mirrored with 'likewise'; markets divided
  // between the parties. Near misses: a non-solicit of staff; the supplier's own territory named twice; profits divided.
  { type: 'market-allocation',
    yes: ['Neither distributor shall accept orders from the other distributor\'s customers.',
      'The Licensor shall not sell the Products in the Licensee\'s Territory, and the Licensee shall likewise not sell them in the Licensor\'s Territory.',
      'The two firms agreed to split between them the accounts of the regional banks.'],
    no: ['Neither party shall hire the other party\'s employees during the Term.',
      'Net profits shall be divided between them in equal shares at the end of each year.'] },
  // Field of use: the licensed thing used for no other purpose. Near misses: materials, data and equipment held for a project.
  { type: 'field-of-use',
    yes: ['The Licensee shall not use the Licensed Technology for any other application than water purification.'],
    no: ['The CRO shall not use the reference materials for any other purpose than the Study.',
      'The Reseller shall not use the demonstration equipment for any other purpose.'] },
  // Change of control: the new majority holder with the consent or end it calls for; a spin-off or demerger needing consent;
  // the acquisition of beneficial ownership. Near misses: an insolvency's reorganisation; a new shareholder of no majority.
  { type: 'change-of-control',
    yes: ['Where a new controlling shareholder enters the Licensee, the Licensor may terminate this Agreement on 30 days\' notice.',
      'Any demerger of the Contractor requires the Employer\'s prior written consent, failing which the Employer may terminate.',
      'Upon the acquisition by any person of beneficial ownership of more than half of the voting shares of the Supplier, the Buyer may terminate this Agreement.'],
    no: ['Either party may terminate if the other files for reorganization under any bankruptcy law.',
      'The Company shall notify the Investor of each new shareholder entered in its register.'] },
  // Third-party rights: the device in the plural; named outsiders invoking a provision directly; plain English's claim
  // against us compared with the party's own. Near misses: the device denied; a party invoking a regime itself.
  { type: 'third-party-beneficiary',
    yes: ['Clause 8 is a stipulation in favour of third parties, and each Group Company may rely on it against the Supplier.',
      'The Customer\'s end users may invoke the service credits in Schedule 3 directly against the Provider.',
      'Your guests can make a claim against us under this cover in the same way you can.'],
    no: ['This Agreement is not a contract for the benefit of third parties, and no one other than the parties may enforce it.',
      'The Customer may invoke the service credit regime in Schedule 3 by written notice to the Provider.'] },
  // Defensive termination: a challenge by attack or opposition with the end it brings; licences lost by the suit. Near
  // misses: a no-challenge covenant; a party that loses its licence by non-payment.
  { type: 'defensive-termination',
    yes: ['The University may terminate the licence forthwith if the Company attacks the validity of any Licensed Patent.',
      'Any member that brings an action alleging that the Reference Design infringes its patents loses all licences granted to it under this Policy.'],
    no: ['The Licensee shall not attack the validity of the Licensed Marks.',
      'A Licensee that fails to pay the annual fee loses its licence at the end of the year.'] },
  // Enforcement: the rights defended against copyists; someone seen copying. Near misses: a duty to defend a party against
  // claims; a force majeure's perils of the sea.
  { type: 'enforcement',
    yes: ['The Owner shall take all steps necessary to protect the Designs against imitators in the Territory.',
      'If you find someone copying the photographs, tell us and we will handle it.'],
    no: ['The Supplier shall defend the Customer against any claim arising from the Services.',
      'The Carrier is not liable for loss caused by pirates, war or perils of the sea.'] },
  // Grant-back: the licensee's grant to the licensor, improvements named before it. Near miss: the licensor's grant forward.
  { type: 'grant-back',
    yes: ['Improvements made by the Licensee shall remain its property; the Licensee grants to the Licensor a royalty-free licence to use them.'],
    no: ['Improvements made by the Licensor shall remain its property, and the Licensor grants the Licensee a licence to use them.'] },
  // Non-compete: reports on rivals are no restraint.
  { type: 'non-compete',
    yes: ['The Agent shall not, during the Term, represent any products that compete with the Products.'],
    no: ['The Agent shall report to the Principal each quarter on the prices and promotions of competitors in the Territory.'] },
];

describeRound('the twenty-ninth round: general forms behind the twenty-ninth batch\'s misses', CASES);

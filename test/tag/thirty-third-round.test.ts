// The thirty-third session's round (tag33): general forms behind the thirty-third held-out batch's misses and false tags,
// each in wordings of no held-out batch, beside near misses that share their words.
import { describeRound, type RoundCase } from './round-cases.js';

const CASES: readonly RoundCase[] = [
  // Licensed IP: the licence's subject matter or object named; a schedule of patents flattened to text. Near misses: an
  // agreement's subject matter that is a service; a definition of intellectual property that lists utility models.
  { type: 'licensed-ip',
    yes: ['The object of this licence is the know-how for the continuous casting process described in Annex A.',
      'Annex 1 (Licensed Rights). Patent | Application Number | Filing Date. CN | 201910123456.7 | 5 March 2019.'],
    no: ['The subject matter of this Agreement is the supply of catering services at the Premises.',
      '"Intellectual Property Rights" means patents, utility models, rights in designs, copyright and all similar rights anywhere in the world.'] },
  // Field of use: the use limited to industries; a field named after a licence of its kind. Near misses: premises used for
  // one purpose only; a licensed product 'in the Field' with no licence of its kind.
  { type: 'field-of-use',
    yes: ['The Distributor\'s rights are restricted to the use of the Software in the hospitality and leisure industries.',
      'Licensor grants to Licensee a non-exclusive licence under the Patents throughout Europe in the Field.'],
    no: ['The Tenant shall use the Premises only as a dental surgery and for no other purpose.',
      'Licensee shall file for marketing approval of the Licensed Product in the Field in each Major Market.'] },
  // Royalty: the share said as what the payee gets of a price or of receipts. Near miss: a part of the purchase price back.
  { type: 'royalty',
    yes: ['The Designer earns 12% of the takings from the sale of each print.',
      'The Author gets 10% of the retail price of each copy.'],
    no: ['The Buyer receives 5% of the purchase price back if delivery is late.'] },
  // Audit: the books inspected or examined, in the passive. Near miss: a company's accounts audited by its auditors.
  { type: 'audit',
    yes: ['The Distributor shall allow its records to be examined by an independent accountant appointed by the Supplier once a year.',
      'The Licensor may have the Licensee\'s accounts checked by a chartered accountant at its own cost.'],
    no: ['The accounts of the Company shall be prepared in accordance with IFRS and laid before the general meeting.'] },
  // IP ownership: translated Chinese drafting's 'technical achievements' and who owns them. Near miss: achievements listed.
  { type: 'ip-ownership',
    yes: ['All technological achievements resulting from the cooperation shall be owned by Party A.',
      'Party B shall have the ownership of the technical achievements it makes independently during the term of this Contract.'],
    no: ['Party B has made remarkable technical achievements in the field of battery chemistry, as set out in Annex 3.'] },
  // Defensive termination: the licence ends for a party 'that' or 'who' brings a suit, and the clause's name, patent peace.
  // Near miss: a licence ended for a sublicensee that fails to pay.
  { type: 'defensive-termination',
    yes: ['The licence shall terminate automatically for any licensee which commences an infringement action against the Licensor.',
      'Patent peace. A Member that sues another Member over a Pool Patent loses its licence.'],
    no: ['The Licensor may terminate the sublicence of any Sublicensee that fails to pay royalties when due.'] },
  // Non-solicit: plain English's trying to get the other's clients or staff. Near miss: trying to get customers' questions answered.
  { type: 'non-solicit',
    yes: ['During the contract and for six months after it ends, you will not try to take any of our staff away to work for you.'],
    no: ['We will try to get any of our customers\' questions answered within one working day.'] },
  // First refusal: not enforcement's 'first right to bring an action'.
  { type: 'first-refusal',
    yes: ['The Company shall not sell the Business to any third party without first offering it to the Investor on the same terms.'],
    no: ['The Licensee shall have the first right to bring an action in its own name against any person copying the Products.'] },
  // Antitrust compliance: the treaty's articles named in the plural. Near miss: articles of the agreement that survive.
  { type: 'antitrust-compliance',
    yes: ['Nothing in this Agreement shall require either Party to act in breach of Articles 81 or 82 of the EC Treaty.'],
    no: ['Articles 10 and 11 shall survive the termination of this Agreement.'] },
  // Warranty: plain English's guarantee with its remedy or its years. Near misses: a guarantee of a debt for a period; a
  // delivery guaranteed within days.
  { type: 'warranty',
    yes: ['This kettle is guaranteed for two years from the date of purchase.',
      'If the lamp stops working, we guarantee to repair it free of charge.'],
    no: ['The Guarantor guarantees the Tenant\'s obligations for a period of three years from the date of the Lease.',
      'We guarantee delivery within 5 working days of your order.'] },
  // Liability: compensation or damages for a breach or a loss, capped. Near miss: an executive's total compensation capped.
  { type: 'liability',
    yes: ['Damages payable by the Seller for late delivery or any other breach shall not exceed 5% of the price of the delayed Goods.',
      'The compensation payable for any loss arising under this Contract shall be limited to the fees received by the Supplier.'],
    no: ['The total compensation payable to the Executive, including salary and bonus, shall not exceed US$400,000 in any year.'] },
  // Termination: ordinary and extraordinary termination, and the notice period for termination. Near miss: a notice period
  // for a price change.
  { type: 'termination',
    yes: ['The right of either Party to extraordinary termination for good cause remains unaffected.',
      'The notice period for termination of the agency contract is one month in the first year.'],
    no: ['The notice period for any change to the Prices is thirty days.'] },
  // Term: not the period after the term that a restraint or a duty runs for. Near miss: confidentiality during the term and
  // for years thereafter.
  { type: 'term',
    yes: ['This Agreement shall commence on the Effective Date and continue for a period of five (5) years.'],
    no: ['The Consultant shall keep the Confidential Information secret during the term of this Agreement and for a period of five years thereafter.'] },
  // Milestone: not a project's milestones in its schedule. Near miss: works completed by the programme's milestones.
  { type: 'milestone',
    yes: ['Licensee shall pay Licensor US$500,000 within 30 days after achievement of each milestone set out in the Development Plan.'],
    no: ['The Contractor shall complete the Works in accordance with the milestones in the Construction Programme.'] },
];

describeRound('thirty-third round: the forms behind the thirty-third batch', CASES);

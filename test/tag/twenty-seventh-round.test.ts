// The twenty-seventh session's round (tag27): general forms behind the twenty-seventh held-out batch's misses, each in
// wordings of no held-out batch, beside near misses that share their words.
import { describeRound, type RoundCase } from './round-cases.js';

const CASES: readonly RoundCase[] = [
  // Non-compete: 'in any way' before an aside that lists capacities or pay (frames.ts ANY_WAY); a place of business named as
  // an establishment, and the trade said as what the business is given to ('dedicated to', 'engaged in'); reselling a rival's
  // goods. Near misses: the same aside before an activity that is no business; reselling with no rival; being engaged in an
  // activity that is no business.
  { type: 'non-compete',
    yes: ['The Vendor shall not be concerned or interested in any way, whether as shareholder, lender or adviser, paid or unpaid, in any undertaking that carries on the business of commercial laundry in Flanders.',
      'The Seller shall not own or manage any establishment dedicated to the repair of motorcycles within the Province of Córdoba.',
      'The Licensee shall not acquire any interest in a company engaged in the manufacture of ceramic tiles in Portugal.',
      'The Reseller agrees not to resell any rival accounting service during the Term.'],
    no: ['The Tenant shall not be involved in any way, whether directly or indirectly, in any activity that causes a nuisance to neighbours.',
      'The Customer shall not resell the Services to any third party without the Supplier\'s consent.',
      'The Company shall not be engaged in any way in the collection of personal data beyond what the Services require.'] },
  // Exclusivity: the one role said in the first person and with the emphatic pair ('our one and only stockist'); the buyer
  // engaging no other contractor; sales or orders routed only through the party named by its role. Near misses: a
  // subcontractor engaged with consent; orders placed through a portal; a role denied its exclusivity.
  { type: 'exclusivity',
    yes: ['You will be our one and only stockist in Galway.',
      'Atlas shall be our only supplier of printer cartridges during the Term.',
      'The Owner shall not engage any other contractor to perform work on the Project before Final Completion.',
      'All orders for the Products in Tasmania shall be placed solely through the Distributor.'],
    no: ['The Contractor shall not engage any subcontractor to perform the Works without the Employer\'s prior written consent.',
      'Orders shall be placed solely through the online ordering portal.',
      'You are not our only reseller in Kenya, and we may appoint others.'] },
  // Change of control: a licence converted (made non-exclusive) as what the change triggers. Near miss: the conversion at will.
  { type: 'change-of-control',
    yes: ['If the Licensee ceases to be owned by the Founders, the Licensor may convert the licence into a non-exclusive licence.',
      'If a competitor acquires control of the Distributor, the Supplier may convert the appointment into a non-exclusive one.'],
    no: ['The Licensee may convert the exclusive licence into a non-exclusive licence by notice at any time.'] },
  // Minimum commitment: the take-or-pay said at length, the quantity paid for whether taken or not. Near misses: payment for
  // goods delivered; samples not taken.
  { type: 'minimum-commitment',
    yes: ['The Offtaker shall take and pay for, or pay for if not taken, 90% of the Annual Contract Quantity.',
      'The Smelter shall pay for the Monthly Quantity of alumina whether or not taken.'],
    no: ['The Buyer shall pay for all Goods delivered within 30 days of the invoice date.',
      'Samples not taken by the Buyer within 10 days may be destroyed by the Seller.'] },
  // Covenant not to sue: the owner's promise not to enforce its patents or rights against the other side or those it deals
  // with; plain English's 'go after you for anything'. Near misses: the licensee's enforcement against third parties
  // restrained; 'come after' a time.
  { type: 'covenant-not-to-sue',
    yes: ['Owner agrees not to enforce any of its patents against Contractor\'s subcontractors in respect of the Works.',
      'We promise not to enforce our design rights against you for products you bought before the Effective Date.',
      'Once you\'ve signed the release, we won\'t go after you for anything relating to the 2024 shipments.'],
    no: ['The Licensee shall not enforce the Licensed Patents against any third party without the Licensor\'s prior written consent.',
      'The technician will not come after 6 pm unless you book an evening slot.'] },
  // Volume: people enrolled or recruited counted, named after the figure. Near miss: a Subject enrolled too late (timing).
  { type: 'volume-restriction',
    yes: ['The Site shall not recruit more than 12 patients into the Extension Phase.',
      'Sponsor shall not enroll more than 200 participants in the Study in total.'],
    no: ['The Site shall not enrol any Subject more than 30 days after the screening visit.'] },
  // Non-compete, batch 26's leftover: the rivalry said as the activity's nature ('of a competitive nature', 'of a competitive
  // character'). Near miss: a procedure of a competitive nature (procurement).
  { type: 'non-compete',
    yes: ['After leaving the Company, the Manager shall refrain for one year from any occupation of a competitive nature in the region of Bohemia.',
      'For two years the Transferor shall abstain from any work of a competitive character in the Moravian region.'],
    no: ['The Authority shall select the operator through a procedure of a competitive nature open to all qualified bidders.'] },
  // Third-party rights: plain English gives an outsider our standing by comparison with us ('can hold you to ... just as we
  // can'). Near misses: the mutual sentence, each party holding the other.
  { type: 'third-party-beneficiary',
    yes: ['The event organisers can hold you to the code of conduct in part 3 just as we can.',
      'Any venue we book for you can hold you to its house rules exactly as we could.'],
    no: ['You can hold us to these commitments just as we can hold you to yours.',
      'We can hold you to your quote for 30 days, and you can hold us to ours.'] },
  // Most-favoured: a better deal for others allowed only if this party gets the same. Near misses: a share offered to the
  // other shareholders first (pre-emption); the same notice given.
  { type: 'most-favored',
    yes: ['The Supplier shall not appoint any other wholesaler in the Region unless it grants the same discount to the Wholesaler.'],
    no: ['A Shareholder shall not transfer any Shares without first offering them to the other Shareholders on the same terms.',
      'The Supplier may not change the Prices unless it gives the Customer the same notice period as in clause 4.'] },
];

describeRound('the twenty-seventh round: general forms behind the twenty-seventh batch\'s misses', CASES);

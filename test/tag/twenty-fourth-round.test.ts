// The twenty-fourth session's round (tag24): general forms behind the twenty-fourth held-out batch's misses and false tags,
// each in wordings of no held-out batch, beside near misses that share their words.
import { describeRound, type RoundCase } from './round-cases.js';

const CASES: readonly RoundCase[] = [
  // Third-party rights: the concession 'though not signatories'; the civil law's stipulation in the active ('stipulates for the
  // benefit of'); the German device by its name ('protective effect for third parties'); someone outside enforcing as if they
  // had signed, or as though a party, beside the obligations enforced; a benefit taken with a modal beside the performance
  // required of a party; protections that also cover others. Near misses: subcontractors bound as if they were parties; a
  // party's own right to enforce the other's obligations; a party taking the benefit of a price reduction; a most-favoured
  // licensee entitled to the benefit of better terms.
  { type: 'third-party-beneficiary',
    yes: ['The Operator\'s Affiliates, although not signatories to this Contract, shall be entitled to claim the benefit of the indemnity in Clause 21.',
      'The Seller stipulates in favour of the Buyer\'s end customers that the Manufacturer shall repair any defective Unit free of charge; each end customer may require such repair directly from the Manufacturer.',
      'The Services Agreement has protective effect for third parties in respect of the Client\'s subsidiaries, which may claim damages from the Contractor directly.',
      'The disclaimers in this section also protect our app-store partners, and they can rely on them against you as if they had signed these terms.',
      'The Prime Contractor may enforce the Vendor\'s obligations under this Section 12 on behalf of the Agency as though the Agency were a party to this Purchase Order.',
      'Every Member Hospital may claim the benefit of the Supplier\'s service obligations in Schedule 4 and may demand their performance from the Supplier without the involvement of the Consortium.'],
    no: ['The Contractor shall ensure that its sub-contractors observe the safety rules in Schedule 7 as if they were parties to this Contract.',
      'The Employer may enforce the Contractor\'s obligations under clause 9 by withholding payment of the retention.',
      'The Buyer may take the benefit of any reduction in the list price announced during the Term.',
      'If the Licensor grants any other licensee a lower royalty, the Licensee shall be entitled to the benefit of such more favourable royalty from the date of grant.'] },
  // Change of control: a bracketed aside before the change's word is no distance (frames.ts bracketsBefore), the share capital
  // the change's object; a novation as what an acquisition triggers; Quebec's 'resiliate' as an ending (word-classes.ts @end).
  // Near misses: an aside before a capital that no one acquires; an acquisition of goods needing a novation of nothing.
  { type: 'change-of-control',
    yes: ['If the Founders cease to hold, directly or indirectly, at least 40% (forty per cent) of the issued share capital of the Licensee, the Licensor may terminate this Agreement on 30 days\' notice.',
      'If the Vendor is acquired by another corporation, the Department will deal with the acquiring corporation only after a novation agreement has been executed.',
      'If a competitor of the Supplier acquires control of the Distributor, the Supplier may resiliate this contract by written notice.'],
    no: ['The Company shall maintain its paid-up share capital (as shown in its audited accounts) at not less than $1,000,000 throughout the Term.',
      'If the Vendor acquires new premises, it shall notify the Department of its new address within 30 days.'] },
  // Non-compete: using what is licensed to build a rival to it. Near misses: an acceptable-use rule that names no rival; a yearly
  // comparison with competing products (tagged before, on 'competing products').
  { type: 'non-compete',
    yes: ['Customer shall not use the Platform to develop any software that competes with the Platform.'],
    no: ['You may not use the Service to send spam or to store unlawful content.',
      'The Distributor shall compare the Products with competing products at each trade fair and report its findings to the Supplier.'] },
  // Anti-assignment: a person posted to an office is no transfer (tagged before, on 'may assign').
  { type: 'assignment',
    yes: ['The Consultant may not assign this Agreement without the Client\'s prior written consent.'],
    no: ['The Contractor may assign its employees to any of the Client\'s sites within the Province for up to six weeks at a time.'] },
  // Exclusivity: dealing in nothing of the kind but the named goods. Near miss: a duty to stock the named goods, others allowed.
  { type: 'exclusivity',
    yes: ['The Dealer shall not stock or sell any tyres other than the Products at its Nairobi outlets during the Term.'],
    no: ['The Dealer shall stock the Products at its Nairobi outlets and may also sell tyres of other brands.'] },
  // Volume: a ceiling by reference to a quantity stated elsewhere. Near miss: a package's size (tagged before, on 'no more than 24
  // units').
  { type: 'volume-restriction',
    yes: ['The Licensee may import the Licensed Goods only up to the quantity approved by the Ministry for each calendar year.'],
    no: ['The Goods shall be shipped on pallets of not more than 40 cartons, each pallet shrink-wrapped.'] },
  // Most favoured: the terms before a comparative of quality, the standard unsaid; a comparative whose complement is the
  // others; the federal price-reductions clause's price relationship. Near misses: terms more favourable to a party than
  // before; a comparative with a figure; a price cheaper for a party's own staff.
  { type: 'most-favored',
    yes: ['If the Licensor licenses the Patents to any other licensee on terms more advantageous to that licensee, it shall offer the same terms to the Licensee.',
      'If our plans are sold cheaper to any other school in your district, we will lower your fee to match.',
      'The Contractor shall maintain the pricing relationship between the Government and its tracking customer for the life of the contract.'],
    no: ['The renewal shall be on terms more favourable to the Customer, to be agreed in good faith.',
      'No order for more than 500 units shall be accepted at the discounted rate.'] },
  // Minimum commitment: the commitment's object before its floor. Near miss: a minimum term.
  { type: 'minimum-commitment',
    yes: ['The Enterprise Plan commits the Customer to a minimum of 50 user licences for each subscription year.'],
    no: ['The Enterprise Plan has a minimum term of twelve months and renews monthly after that.'] },
  // The twenty-third batch's leftovers (tag24). A partnership's partners changed as a condition's act; the trade named as 'the
  // business of a ...' as a restraint's context, an agent barred from representing other makers; selling for less as the price compared; an output contract and making for no
  // other customer; a percentage no count; booking as buying. Near misses beside each.
  { type: 'change-of-control',
    yes: ['Any change in the partners of the Consultant firm shall require the Client\'s prior written consent, failing which the Client may terminate the Contract.'],
    no: ['The Partners shall meet at least once a quarter to review the Budget, and any change to the Budget requires their approval.'] },
  { type: 'non-compete',
    yes: ['For two years after Completion the Vendor shall not carry on the business of a bakery within the City of Durban.',
      'The Distributor shall not act as agent for any other manufacturer of agricultural sprayers in Zambia during the Term.'],
    no: ['The Company shall carry on the business of a retail pharmacy at the Premises and keep it open during normal trading hours.',
      'The Agent shall not represent to any supplier that it has authority to bind the Principal.'] },
  { type: 'most-favored',
    yes: ['If we sell this course to any other student for less during the enrolment period, we\'ll refund you the difference.'],
    no: ['We never sell refurbished units for less than 60% of the list price.'] },
  { type: 'exclusivity',
    yes: ['The Mill shall sell its entire production of newsprint to the Purchaser and shall not produce newsprint for any other customer during the Term.'],
    no: ['The entire output of the first production run shall be inspected by the Purchaser\'s quality engineers before shipment.'] },
  // A territory split: non-exclusive at home, exclusive 'in the rest of the world' (the soft-hyphen fix read 'non-exclusive'
  // in a CUAD licence and left its exclusive half untagged). Near misses: non-exclusive everywhere; the rest of the world
  // named for a sales report, with no exclusivity.
  { type: 'exclusivity',
    yes: ['The licence granted under this Clause 10.3 shall be non-exclusive in the Territory and exclusive in the rest of the world.',
      'Distributor\'s appointment is non-exclusive in Canada and exclusive throughout the rest of the world.'],
    no: ['The licence granted under this Clause 10.3 shall be non-exclusive in the Territory and in the rest of the world.',
      'The Licensee shall report its sales in the Territory and in the rest of the world separately each quarter.'] },
  { type: 'volume-restriction',
    yes: ['The Licensee shall not manufacture more than 20,000 units of the Licensed Product in any calendar year.'],
    no: ['The Buyer may vary the quantity of any order by up to five per cent by notice given before shipment.'] },
  { type: 'minimum-commitment',
    yes: ['Each Member Clinic shall book at least 200 laboratory tests per month through the Network.'],
    no: ['Guests must book at least 48 hours before arrival.'] },
];

describeRound('the twenty-fourth round: general forms behind the twenty-fourth batch\'s misses and false tags', CASES);

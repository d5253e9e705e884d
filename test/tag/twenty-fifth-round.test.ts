// The twenty-fifth session's round (tag25): general forms behind the twenty-fifth held-out batch's misses and false tags,
// each in wordings of no held-out batch, beside near misses that share their words.
import { describeRound, type RoundCase } from './round-cases.js';

const CASES: readonly RoundCase[] = [
  // Third-party rights: obligations owed to others with the verb first; given for others' benefit, beside an independent right
  // or claim; a party contracting for itself and as agent (no trustee) for others; the Dutch 'third-party clause' by its name;
  // someone holding the party to the terms as well, beside the terms they never signed; anyone besides the party who may also
  // claim. Near misses: a party holding the other to its term; a party's own independent right; a carrier acting not as agent;
  // a duty owed to the other party; anyone reading statistics.
  { type: 'third-party-beneficiary',
    yes: ['The Manufacturer shall also owe the duties in Article 7 to the customers of the Distributor, each of whom may rely on them.',
      'The exclusions of liability in clause 14 are made by the Carrier for itself and as agent for its subcontractors and servants.',
      'Clause 8.3 (Indemnity) constitutes a third-party clause in favour of each Group Company.',
      'The Seller\'s warranties in Section 6 are also made for the benefit of the Buyer\'s lenders, each of which shall have an independent claim against the Seller for their breach.',
      'Our payment partner may also hold you to the chargeback rules in section 7, even though you have not signed an agreement with it.',
      'Anyone who receives one of our gift boxes can also make a claim under this freshness guarantee.'],
    no: ['We may also hold you to the minimum term if you cancel early.',
      'The Supplier shall have an independent right to terminate this Agreement for convenience on six months\' notice.',
      'The Carrier acts for itself and not as agent for the Shipper in arranging on-carriage.',
      'Each Party shall also owe the other a duty to mitigate its losses.',
      'Anyone who has used the service can also read our published complaints statistics.'] },
  // Change of control: the votes as the change's object in a condition (the Nordic 'more than half of the votes'); the party
  // named by its role and acquired or bought, with a consequence in a modal. Near misses: things acquired; a party taken to
  // court; a party acquiring another; tied votes.
  { type: 'change-of-control',
    yes: ['If any person, alone or together with its affiliates, comes to hold more than half of the votes in the Licensee, the Licensor may cancel this licence.',
      'If the Distributor is acquired, the Supplier may require the acquirer to assume the Distributor\'s purchase commitments.',
      'Where the Franchisee is acquired, the Franchisor shall be entitled to review the royalty rate.'],
    no: ['If the Equipment is acquired by the Customer at the end of the lease, the Lessor shall transfer title free of encumbrances.',
      'If the Customer is taken to court by a third party in connection with the Services, it shall notify the Supplier promptly.',
      'If the votes of the Steering Committee are tied, the matter shall be referred to the Chief Executives.'] },
  // Exclusivity: supplying no one but the party named by its role; the buyer engaging or using no one but the supplier. Near
  // misses: disclosing to no one but employees; subcontractors approved by the other; a customer class (market allocation).
  { type: 'exclusivity',
    yes: ['The Manufacturer shall not ship the Custom Parts to anyone other than the Buyer.',
      'Licensor shall not supply the Licensed Reagents in Norway to anybody except the Licensee.',
      'The Hospital shall use no supplier other than the Vendor for its sterilisation services.'],
    no: ['The Supplier shall not disclose the Drawings to anyone other than its employees who need to know them.',
      'The Customer shall engage no subcontractor other than those approved in writing by the Supplier.',
      'The Reseller shall not sell the Licences to anyone except end users in New Zealand.'] },
  // Non-compete: being active in a field or sector, restrained; a business restrained in the same city or town as the party's
  // (the twenty-third batch's leftover, 'can't run your own delivery app in the same city'). Near misses: being active in a field
  // as a duty; deliveries in the same city; machines run in the same building.
  { type: 'non-compete',
    yes: ['For two years after the Closing, the Seller shall not be active, directly or indirectly, in the sector of commercial laundry services in the Netherlands.',
      'While you\'re on our network, you can\'t run a booking app of your own in the same town.',
      'As long as you host on our platform, you won\'t run your own guest house in the same suburb.'],
    no: ['The Licensee shall be active in the field of veterinary diagnostics and shall report its sales quarterly.',
      'Deliveries to addresses in the same city shall be made within one business day.',
      'The Contractor must not run the generators in the same building after 10 pm.'] },
  // Anti-assignment: an account or a membership personal to its holder. Near miss: an account's settings.
  { type: 'assignment',
    yes: ['Your membership is personal to you and cannot be used by anyone else.'],
    no: ['Your account settings are personal to you and you can change them at any time.'] },
  // Volume: a shareholding's size and a supply sufficient for a number cap nothing (tagged before, on 'up to'). The ceiling stays.
  { type: 'volume-restriction',
    yes: ['The Licensee may install the Software on up to 25 workstations.'],
    no: ['The Seller shall not, for three years, engage in any competing business, save for a shareholding of up to 5% in any listed company.',
      'The Supplier shall keep in stock spare parts sufficient for up to 200 machines.'] },
  // Most-favoured: a standard that the law sets compares with no one (tagged before). The comparison with others stays.
  { type: 'most-favored',
    yes: ['The Supplier shall offer the Customer terms no less favourable than those it offers any other customer.'],
    no: ['The Company shall grant its employees holiday entitlements no less favourable than those required by the Working Time Regulations.'] },
];

describeRound('the twenty-fifth round\'s forms', CASES);

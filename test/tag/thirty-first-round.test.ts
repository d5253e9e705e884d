// The thirty-first session's round (tag31): general forms behind the thirty-first held-out batch's misses and false tags,
// each in wordings of no held-out batch, beside near misses that share their words.
import { describeRound, type RoundCase } from './round-cases.js';

const CASES: readonly RoundCase[] = [
  // Improvements: what builds on the licensed thing; the verb of improving; the licensed thing developed further, a derivative
  // work in the singular. Near misses: civil works; a service's continuous improvement.
  { type: 'improvements',
    yes: ['New features that build upon the licensed platform are included in the licence at no extra cost.',
      'The Licensee may file patent applications on anything that improves on the Licensed Technology, and shall notify the Licensor of each such filing.',
      'The Developer may develop the licensed designs further, provided that each derivative work is disclosed to the Owner.'],
    no: ['The Landlord shall carry out improvement works to the car park before the Lease Date.',
      'The Supplier shall propose a continuous improvement programme for the help desk every year.'] },
  // Confidentiality: divulging; plain English's 'don't tell anyone'. Near miss: know-how not warranted secret or new.
  { type: 'confidentiality',
    yes: ['The Agent shall not divulge the Principal\'s customer lists to any person.',
      'Please don\'t tell anyone outside the team about the new product before launch day.'],
    no: ['The Seller makes no representation that the process is secret, new or patentable.'] },
  // Data protection: contact details kept and erasure asked for. Near miss: a form asking for a name and address.
  { type: 'data-protection',
    yes: ['We keep your name and phone number only to book your appointments, and you can ask us to erase them whenever you like.'],
    no: ['Please write your name and address on the back of the entry form.'] },
  // Indemnity: losses made good; plain English's defence taken on and the damages awarded paid. Near misses: damage to a
  // building made good (a repair); professional indemnity insurance.
  { type: 'indemnity',
    yes: ['The Subcontractor shall make good to the Contractor all losses arising from defects in the Subcontract Works.',
      'If a customer takes you to court over our parts, we\'ll take on the defence and pay whatever damages you are ordered to pay.',
      'If someone sues you over the app, we will take over the claim and pay any damages awarded against you.'],
    no: ['The Tenant shall make good any damage to the walls caused by the removal of its fixtures.',
      'The Consultant shall maintain professional indemnity insurance of not less than £2 million for each claim.'] },
  // Notices: the address for notices and its change; plain English's letter to an address. Near miss: goods delivered to an
  // address.
  { type: 'notices',
    yes: ['Each party\'s address for notices is the one shown on the front page, unless it has given written notice of a different one.',
      'To cancel, contact us by email; we\'ll write to the address on your account to confirm.'],
    no: ['The Supplier shall deliver the Goods to the address stated in the Purchase Order.'] },
  // IP ownership: 'whatever' is created; title to an invention evidenced by the documents signed. Near miss: title to stock on
  // consignment.
  { type: 'ip-ownership',
    yes: ['Whatever the Contractor writes for the Council under this contract belongs to the Council.',
      'The Inventor shall execute such instruments as may be needed to evidence the Company\'s title to each Invention.'],
    no: ['Title to all inventory held on consignment shall remain with the Consignor until it is sold.'] },
  // Joint IP: results made collaboratively, owned by contribution; a patent held jointly. Near miss: costs borne in proportion
  // to shareholdings.
  { type: 'joint-ip',
    yes: ['Results generated collaboratively by the two laboratories shall be owned by them in proportion to their respective contributions.',
      'Any patent on an invention conceived jointly by staff of both Parties shall be held jointly.'],
    no: ['The cost of the audit shall be borne by the shareholders in proportion to their respective shareholdings.'] },
  // Royalty: a percentage of what is collected; of the price on the units sold; proceeds divided equally. Near misses: a share
  // of a cost; a mediator's costs shared equally.
  { type: 'royalty',
    yes: ['The Agent keeps 20 per cent of whatever it collects from the venues.',
      'The Label shall pay the Artist 12 percent of the retail price on all records sold.',
      'The partners shall divide equally the net proceeds of each sale.'],
    no: ['The Licensor shall pay 50 percent of the cost of the trade show booth.',
      'The parties shall share equally the costs of the mediator.'] },
  // Audit: an accountant to check the statements; the underpayment an audit reveals. Near miss: an underpaid invoice.
  { type: 'audit',
    yes: ['Every year the Licensor may have an accountant check the Licensee\'s royalty statements.',
      'If the audit reveals an underpayment, the Distributor shall pay the shortfall with interest.'],
    no: ['The Customer shall pay any underpaid invoice within 10 days of notice.'] },
  // Price restriction: resale at prices no higher (lower) than another's. Near miss: shares issued at no less than nominal value.
  { type: 'price-restriction',
    yes: ['Dealers shall offer the Vehicles at prices not higher than the manufacturer\'s suggested retail price.'],
    no: ['The new shares shall be sold at a price not less than their nominal value.'] },
  // Volume restriction: a ceiling as a share of the forecast. Near miss: fees capped as a share of fees.
  { type: 'volume-restriction',
    yes: ['Orders in any quarter shall not exceed 110% of the volume forecast for that quarter.'],
    no: ['Fees for additional services shall not exceed 10 percent of the fees for the Services.'] },
  // Minimum commitment: purchases by their worth; royalties falling short and the shortfall paid. Near miss: no minimum royalty.
  { type: 'minimum-commitment',
    yes: ['The Reseller must buy licences worth at least $500,000 in each year of the Term.',
      'If annual royalties fall short of $10,000, Licensee shall pay Licensor the shortfall.'],
    no: ['No minimum royalty applies in the first Contract Year.'] },
  // Leftovers of the thirtieth round. Dispute resolution: a failure to agree counts with the step it leads to, or when what is
  // not agreed is a dispute. Near misses: a price left to a fallback; a bankruptcy petition filed in a court.
  { type: 'dispute-resolution',
    yes: ['If the project managers are unable to resolve the disagreement within ten days, either may refer it to the chief executives.'],
    no: ['If the parties fail to agree on the list price, the price applied shall be the Supplier\'s standard price.',
      'Either party may terminate this Agreement if a petition in bankruptcy is filed against the other in any court.'] },
];

describeRound('the thirty-first round: general forms behind the thirty-first batch\'s misses', CASES);

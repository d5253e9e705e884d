// The twenty-eighth session's round (tag28): general forms behind the twenty-eighth held-out batch's misses and the
// leftovers of earlier batches, each in wordings of no held-out batch, beside near misses that share their words.
import { describeRound, type RoundCase } from './round-cases.js';

const CASES: readonly RoundCase[] = [
  // First refusal: pre-emption by its name; the grantor's duty to offer first ('without first offering'); an exclusive
  // negotiation before going to others; plain English's chance to buy. Near misses: the first right to sue; an opportunity
  // to inspect.
  { type: 'first-refusal',
    yes: ['The members of the cooperative have a pre-emptive right to acquire any share that a member proposes to sell.',
      'Neither shareholder shall sell its shares without first offering them to the other shareholder at the same price.',
      'The Owner shall negotiate exclusively with the Developer for sixty days before approaching any other buyer for the Site.',
      'Before you sell the boat to someone else, give us a chance to buy it.'],
    no: ['The Licensee shall have the first right to bring proceedings against infringers of the Patents.',
      'The Buyer shall give the Seller an opportunity to inspect the rejected goods before their return.'] },
  // Change of control: ceasing to be controlled with the notice it calls for; coming under a controlling influence; passing
  // into a rival's hands; plain English's buy-out. Near misses: goods passing into a buyer's hands; a notice of a new address.
  { type: 'change-of-control',
    yes: ['If the Contractor ceases to be controlled by its present parent company, it shall notify the Employer within ten days.',
      'Should the Licensee fall under the controlling influence of a competitor of the Licensor, the Licensor may terminate the licence.',
      'The Supplier may terminate this agreement if the Distributor merges with, or passes into the hands of, a competitor.',
      'If a larger firm buys us out, we will tell you within 30 days.'],
    no: ['Risk in the Goods passes into the hands of the Buyer on delivery at the Site.',
      'The Contractor shall notify the Employer within ten days of any change to its registered address.'] },
  // Third-party rights: claimed directly, without the party in between; plain English's outsider relying on a provision too.
  // Near misses: a party's own claim; a party relying on a warranty.
  { type: 'third-party-beneficiary',
    yes: ['Each cardholder may claim the refund directly from the Merchant, without the involvement of the Bank.',
      'Our payment processors can rely on the limitations in this section too.'],
    no: ['The Customer may claim the volume rebate from the Supplier at the end of each quarter.',
      'You can rely on this warranty for two years from delivery.'] },
  // Non-compete: the capacity aside beside a trade verb and any of a kind; goods other than the licensed ones; acting for
  // others or for work sponsored by others; a trade engaged in; the short form; a substitute built. Near misses: the aside
  // before a disclosure; a grantor's own goods; a permission reaching competing products; competition law's effect on
  // competition; a trade engaged in, no restraint.
  { type: 'non-compete',
    yes: ['The Licensee shall not, itself or through an Affiliate, develop any antibody directed at the CD47 target during the Term.',
      'The Agent shall not deal in any fertiliser other than the Contract Products while the agency lasts.',
      'The Investigator shall not serve as an investigator for any study funded by anyone other than the Company during the Study.',
      'The Seller undertakes not to engage in the production of olive oil in the Region of Messinia for five years.',
      'No competing employment for six months after you leave us.',
      'Developers may not use the APIs to build an alternative messaging client.'],
    no: ['The Recipient shall not, itself or through any third party, disclose the Confidential Information.',
      'The Licensor shall not itself, or through others, sell the Licensed Product to customers in the Territory.',
      'You may modify and redistribute the Library, even in software that competes with ours.',
      'Each party shall comply with competition law and shall not engage in conduct having an adverse effect on competition.',
      'The Licensee shall engage in the manufacture of the Products at its facility in Pune.'] },
  // Exclusivity: the single-source supplier; plain English's buyer using only you. Near misses: the sole right to conduct a
  // defence; dual sourcing.
  { type: 'exclusivity',
    yes: ['Acme shall be the single-source supplier of brake pads for the Program.',
      "We'll hire only you for our office cleaning this year."],
    no: ['The Insurer shall have the sole right to conduct the defence of any claim under the Policy.',
      'The Buyer may dual-source the Parts after the first production year.'] },
  // Most-favoured: plain English's price lowered to match; others given more only if this party is offered the same; the
  // schedule's standard kept with the same terms passed on. Near misses: a schedule's standard alone; a pre-emption.
  { type: 'most-favored',
    yes: ['If another client pays less for the same service, we will cut yours to match.',
      'No other licensee shall receive a lower royalty rate than the Licensee unless the Licensee is offered the same rate.',
      'The Distributor shall not grant any other dealer a rebate greater than that set out in Schedule 4 unless it grants the same rebate to the Dealer.'],
    no: ['The Supplier shall not offer a discount greater than that set out in Schedule 4.',
      'The Licensee shall not assign the Patents without first offering them to the Licensor on the same terms.'] },
  // Anti-assignment: a transfer with consent beside something 'assigned to it'. Near miss: the tasks assigned to it.
  { type: 'assignment',
    yes: ['The Operator shall not transfer this Licence, including the frequencies assigned to it, except with the prior written approval of the Regulator.'],
    no: ['The Contractor shall perform the tasks assigned to it under each Work Order.'] },
  // Volume: a fair-use cap; the throttle past an allowance. Near miss: a legal maximum axle load.
  { type: 'volume-restriction',
    yes: ['Each SIM is subject to a fair usage cap of 20 GB per month.',
      'Once you reach 50 GB in a month, speeds are reduced to 512 kbps.'],
    no: ['The trailer shall not exceed the maximum axle load set out in the road traffic regulations.'] },
];

describeRound('the twenty-eighth round: general forms behind the twenty-eighth batch\'s misses', CASES);

// The thirty-second session's round (tag32): general forms behind the thirty-second held-out batch's misses and false tags,
// each in wordings of no held-out batch, beside near misses that share their words.
import { describeRound, type RoundCase } from './round-cases.js';

const CASES: readonly RoundCase[] = [
  // Licence grant: the limits listed before the right and its duration before the object; plain English's permission to
  // install or use; authority to use given 'hereby'. Near misses: a person's right to access data; the definition of
  // 'Controlled' (the right to grant access or a licence); permission to park; a board's authority to sign.
  { type: 'license-grant',
    yes: ['Vendor grants Client and its Affiliates a limited, non-assignable, non-sublicensable right for the duration of the Order to access and use the Hosted Service.',
      'We give you permission to download and run the game on one console in your home.',
      'The Author hereby authorises the Publisher to reproduce the Illustrations in the Work and in its advertising.'],
    no: ['Each data subject has the right to access the personal data held about him.',
      '"Controlled" means, with respect to any Patent, possession of the right to grant the right to access or use it, or to grant a licence under it.',
      'The Landlord gives the Tenant permission to park two vehicles in the visitors\' car park.',
      'The Board hereby authorises the Chief Executive to sign the Lease on behalf of the Company.'] },
  // Licensed IP: what is licensed, stated; a schedule in other verbs. Near misses: a record of what a party owns; licensed
  // products defined; a verb that is the licensee's ('will include all such markings').
  { type: 'licensed-ip',
    yes: ['The Technology licensed under this Agreement consists of the process know-how and the drawings listed in Appendix 2.',
      'The designs and patents identified in Annex B are the only rights within the scope of this arrangement.'],
    no: ['The Company shall keep records of all patents and designs owned by it.',
      'The Licensee shall not remove any notice from the Licensed Software and will include all such notices in every copy.'] },
  // Warranty: a representation alone; a faulty product repaired or replaced. Near misses: no authority to represent; share
  // warrants and their exercise price.
  { type: 'warranty',
    yes: ['The Seller represents that the Goods are free of any lien or charge.',
      'If the heater develops a fault in its first year, we will repair or replace it at our cost.'],
    no: ['The Agent has no authority to bind the Principal or to represent that it has such authority.',
      'Each Warrant is exercisable for one Ordinary Share at an exercise price of US$11.50.'] },
  // Liability: a cap with the loss named between; plain English's exclusion of losses. Near misses: losses taken on; a
  // limited liability partnership.
  { type: 'liability',
    yes: ['The Consultant\'s liability for any claim in respect of the Services or the Report shall be limited to the fees paid.',
      'We are not liable for any damage to belongings left in the room.'],
    no: ['The Purchaser shall be responsible for all losses of the Business arising after Completion.',
      'The Adviser is a limited liability partnership registered in England.'] },
  // Insurance: a thing kept insured; insured against a risk. Near miss: a site kept secure.
  { type: 'insurance',
    yes: ['The Hirer shall keep the Equipment insured for its full value while it is in the Hirer\'s possession.',
      'All stock held at the warehouse must be insured against fire and flood.'],
    no: ['The Contractor shall keep the Site secure against unauthorised entry.'] },
  // Term: the agreement taking effect; a named initial term; how long it runs in plain words. Near misses: a price change
  // taking effect; an event that lasts; a warranty that expires.
  { type: 'term',
    yes: ['This Licence takes effect on the Start Date and ends on the fifth anniversary of it.',
      'Your subscription starts when you first log in and runs for twelve months.',
      'The initial Service Term is thirty-six (36) months from the Go-Live Date.'],
    no: ['Any change to the Charges takes effect on the first day of the next month.',
      'A Force Majeure Event that lasts for more than 60 days entitles either party to end the contract.',
      'The warranty will expire twelve months after installation.'] },
  // Renewal: extending for a further term; a plan that rolls over until cancelled. Near miss: unused minutes rolled over.
  { type: 'renewal',
    yes: ['The Licensee may extend the licence for one additional term of five years by written notice.',
      'Membership rolls over each year unless you tell us you want to cancel.'],
    no: ['Unused minutes roll over to the next month.'] },
  // Termination: English drafting's 'determine'. Near miss: an expert determines the contract price.
  { type: 'termination',
    yes: ['The Landlord may determine this Lease by giving the Tenant six months\' written notice.'],
    no: ['The Expert shall determine the Contract Price in accordance with Schedule 3.'] },
  // Post-termination: accrued rights kept; plain English's account or subscription ended. Near misses: a guarantee that
  // survives a bankruptcy; accrued interest; a plan renewed when it expires.
  { type: 'post-termination',
    yes: ['Expiry of this Agreement shall not prejudice any rights accrued to either party before expiry.',
      'Once your subscription ends, your saved files are deleted after 30 days.'],
    no: ['This guarantee shall survive the bankruptcy of the Principal Debtor.',
      'Interest accrued on the Loan shall be paid on each Interest Payment Date.',
      'When your plan expires it renews automatically at the then current price.'] },
  // Escrow: plain English's code held by a third party that releases it. Near miss: payments credited to an escrow account.
  { type: 'escrow',
    yes: ['The code is kept by an independent trustee, who will release it to the customer if the vendor stops supporting the product.'],
    no: ['Each monthly payment shall be credited to the Escrow Account held with the Account Bank.'] },
];

describeRound('thirty-second round: the forms behind the thirty-second batch', CASES);

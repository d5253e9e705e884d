// Wordings of the cues added for the ninth held-out batch's misses (test/tag/heldout-clauses.ts, `ninth`), written apart
// from that batch, and the near misses met on CUAD dev while fitting them (paraphrased, not copied): 'own or jointly
// control' in an Affiliate definition, a first refusal's 'terms no more favourable than', a definition that caps shipping
// charges, an expense reimbursement with a capped fee increase, an assignment carve-out for whoever acquires substantially all of a business, counterparts not produced.
import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers.js';

interface Case { readonly type: string; readonly yes: readonly string[]; readonly no: readonly string[] }

const CASES: readonly Case[] = [
  { type: 'volume-restriction',
    yes: ['The Customer must not install the Software on more than 25 devices.',
      'The total number of Named Users of the Service shall not exceed the number stated in the Order.'],
    no: ['It shall not be necessary, in proving this Agreement, to produce or account for more than one counterpart.'] },
  { type: 'price-restriction',
    yes: ['The Charges must not increase during the first Contract Year.', "We won't raise our fees before 1 July 2027."],
    no: ['"Net Revenue" means gross receipts less shipping charges, which shall not exceed the actual cost of carriage.',
      'The Company will reimburse the Agent for its out-of-pocket expenses, and if the offering is delayed the total fees payable may be increased by an additional amount not to exceed $10,000.'] },
  { type: 'third-party-beneficiary',
    yes: ['Each Group Company of the Customer is an express beneficiary of clause 14 and may enforce it directly against the Supplier.',
      'The Company holds the benefit of this clause on trust for each of its Related Bodies Corporate.'],
    no: ['This Agreement binds and benefits the parties and their successors and permitted assigns.'] },
  { type: 'non-compete',
    yes: ['During the Restricted Period the Vendor must not be concerned in any Restricted Business.',
      'Nothing in clause 12 prevents the Consultant from holding up to 5% of the shares of a company listed on a stock exchange that competes with the Client.'],
    no: ['The Parties shall meet to discuss the launch plan, and the launch shall take place no later than March.'] },
  { type: 'non-solicit',
    yes: ['The Supplier shall not solicit any individual engaged by the Customer on the project to leave the Customer.'],
    no: ['The Reseller shall actively solicit orders for the Products from customers in the Territory.'] },
  { type: 'most-favored',
    yes: ['If Supplier offers any other customer prices lower than those in Schedule 1 for similar volumes, Supplier will reduce the prices charged to Buyer to the lower prices.',
      'Should the Licensor grant any other licensee royalty terms more favourable than these, it shall offer them to the Licensee.'],
    no: ['If the Holder declines the offer, the Seller may sell the shares to a third party on terms no more favourable to the buyer than those offered to the Holder.'] },
  { type: 'joint-ip',
    yes: ['The parties will own the Joint Results together, in equal shares.'],
    no: ['"Affiliate" means any entity that a party owns or jointly controls, directly or indirectly, through voting securities.'] },
  { type: 'ip-ownership',
    yes: ['Anything the Contractor makes for the Client under this contract belongs to the Client.',
      'The Author waives all moral rights in the Manuscript and assigns to the Publisher all copyright in it.'],
    no: ['The Lessee must sign any documents the Lessor needs to register its interest in the Equipment.'] },
  { type: 'covenant-not-to-sue',
    yes: ['Each party releases and acquits the other from all claims relating to the Prior Agreement.'],
    no: ['The Licensor has the first right to sue infringers of the Licensed Patents.'] },
  { type: 'change-of-control',
    yes: ['If a third party buys the Distributor\'s business or most of its shares, the Supplier may terminate this Agreement.',
      'Should any person obtain control of the Licensee without the Licensor\'s written consent, the Licensor may revoke the licence.'],
    no: ['Either party may assign this Agreement without consent to an entity that acquires all or substantially all of the business to which it relates.'] },
];

describe('ninth-batch cues: new wordings and their near misses', () => {
  for (const c of CASES) {
    for (const text of c.yes) it(`${c.type}: tags "${text.slice(0, 70)}..."`, () => expect([...typesOf(text)]).toContain(c.type));
    for (const text of c.no) it(`${c.type}: does not tag near-miss "${text.slice(0, 70)}..."`, () => expect([...typesOf(text)]).not.toContain(c.type));
  }
});

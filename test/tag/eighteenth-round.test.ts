// The eighteenth session's round (tag18): general forms behind the seventeenth held-out batch's misses and false tags,
// each in wordings of no held-out batch, beside near misses that share their words. Frames (frames.ts): time and consent
// adjuncts between a restraint and its act, a role taken up as the act; the objects of exclusive dealing, a no-shop and a
// business named by its trade; the cues of a count capped, a non-party enforcing as if a party, and a person assigned to
// a role (no assignment).
import { describe, expect, it } from 'vitest';
import { tagsOf, typesOf } from './helpers.js';

interface Case { readonly type: string; readonly yes: readonly string[]; readonly no: readonly string[] }

const CASES: readonly Case[] = [
  // A time adjunct without commas between the restraint and its act, a role taken up as the act, a business named by its trade.
  { type: 'non-compete',
    yes: ['The Founder may not during his employment and for one year afterwards take up a position with any company that makes software in competition with the Company.',
      'The Vendor shall not for three years after Completion be interested in any business carrying on the trade of importing farm machinery into Ghana.',
      'The Seller shall not within two years of Closing own or manage any enterprise dealing in second-hand cars in the Territory.'],
    // Hiring someone else for the same work is exclusive dealing; a business named by its trade that one may only supply is no restraint.
    no: ['The Hospital shall not engage any other laboratory to provide testing services of a similar kind during the Term.',
      'The Contractor shall not during the Term engage any subcontractor to perform the Services without the Authority\'s consent.',
      'The Supplier shall deliver the Goods to any business carrying on the trade of retail pharmacy that the Customer nominates.'] },
  // Exclusive dealing: the buyer's supply only from the seller, no like supply from others; a no-shop; the sole right to sell.
  { type: 'exclusivity',
    yes: ['The Buyer shall procure all of its packaging solely from the Seller during the Term.',
      'The Hospital shall not engage any other laboratory to provide testing services of a similar kind during the Term.',
      'Shareholders will not solicit or discuss any alternative acquisition proposal while the Exclusivity Period runs.',
      'The Distributor has the sole right to sell the Products in Ghana.',
      'This is a requirements contract for the supply of diesel fuel to the Agency.'],
    no: ['The Contractor shall not during the Term engage any subcontractor to perform the Services without the Authority\'s consent.',
      'The Licensor shall have the sole right to prosecute and maintain the Licensed Patents at its own cost.',
      'The Buyer shall procure that its Affiliates comply with clause 7 and shall collect the Goods at the Depot named in the Order.'] },
  // A no-shop is no solicitation of people.
  { type: 'non-solicit',
    yes: ['The Purchaser shall not for twelve months after Completion solicit any employee of the Vendor to leave its employment.'],
    no: ['Shareholders will not solicit or discuss any alternative acquisition proposal while the Exclusivity Period runs.'] },
  // Consent between the restraint and its act; parting with or disposing of the agreement; a person assigned to a role.
  { type: 'assignment',
    yes: ['The Tenant shall not part with possession of the Premises or dispose of the benefit of this Lease.',
      'The Reseller shall not without the prior written approval of the Supplier transfer or otherwise deal with this Agreement.',
      'Neither party may assign this Agreement without consent, but either party may assign a qualified engineer to the project team.'],
    no: ['The Agency may assign a Project Officer to oversee the Contractor\'s work.',
      'The Consultant shall assign a dedicated account manager to the Client for the duration of the engagement.',
      'The Licensee shall not dispose of any Product that fails inspection except as this Agreement provides.'] },
  // A count capped at a figure, or at most a figure.
  { type: 'volume-restriction',
    yes: ['Your account is capped at 500 transactions per month.', 'Each licence permits at most 10 concurrent users.'],
    no: ['The Supplier\'s liability is capped at the fees paid in the twelve months before the claim.', 'At most two representatives of each party may attend a meeting of the Steering Committee.'] },
  // Someone outside the agreement enforcing as if a party, directly against a party, or in its own name.
  { type: 'third-party-beneficiary',
    yes: ['The Lenders\' affiliates may enforce Section 9 directly against the Borrower as if they were parties to this Agreement.',
      'Each Indemnified Person is entitled to the indemnity in clause 8 and may claim under it directly against the Seller as though named as a party.'],
    no: ['Each Affiliate that places an Order shall be bound by this Agreement as if it were a party to it.',
      'Licensor may enforce this Agreement against Licensee in any court of competent jurisdiction.',
      // A licensee enforcing the licensed patents is patent enforcement.
      'Licensee may enforce the Licensed Patents directly against any infringer in its own name and at its own cost.',
      'Licensee shall have the right to enforce the Licensed Patents in its own name against any infringer, and Licensor shall join as a party to the action if required to do so.'] },
];

describe('the eighteenth session\'s general forms, against their near misses', () => {
  for (const c of CASES) {
    for (const text of c.yes) it(`${c.type}: ${text.slice(0, 80)}`, () => expect(typesOf(text).has(c.type)).toBe(true));
    for (const text of c.no) it(`not ${c.type}: ${text.slice(0, 80)}`, () => expect(typesOf(text).has(c.type)).toBe(false));
  }
});

// A modal cue's verb is read in the modal's sentence: the promise that a licence will not end is no covenant not to sue.
describe('a modal in another sentence', () => {
  const modalCues = (text: string): string[] => tagsOf(text).filter((t) => t.type === 'covenant-not-to-sue').flatMap((t) => t.cues.filter((c) => c.startsWith('modal:')));
  it('does not govern the verb after a sentence end', () => {
    expect(modalCues('If you sue us over unpaid royalties, your licence will not end. But if you sue us for infringing one of your patents, we can end your licence by written notice.')).toEqual([]);
  });
  it('still governs it across a dotted number', () => {
    expect(modalCues('The Licensee shall not under clause 4.2 sue the Licensor for infringement of any patent.').length).toBe(1);
  });
});

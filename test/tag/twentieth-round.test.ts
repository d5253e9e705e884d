// The twentieth session's round (tag20): general forms behind the twentieth held-out batch's misses and false tags, and
// leftovers of the nineteenth round, each in wordings of no held-out batch, beside near misses that share their words.
import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers.js';

interface Case { readonly type: string; readonly yes: readonly string[]; readonly no: readonly string[] }

const CASES: readonly Case[] = [
  // Third-party rights: the civil law's contract in favour of a third party by its name; the common law's agent-and-trustee
  // device; a provision invoked or relied on against a party by those it benefits (@enforce), said by a relative; the
  // provision running to others or meant to protect them. A judgment enforced, a transfer 'in favour of any third person',
  // the disclaimer, a licence running to a date are none.
  { type: 'third-party-beneficiary',
    yes: ['The parties intend clause 7 to operate as a contract in favour of a third party, so that each Group Company may demand its performance.',
      'The Lessor enters into clause 14 for itself and as agent or trustee for its directors and employees, who shall have the benefit of it.',
      'The Customer\'s end users, who may rely on this warranty against the Manufacturer, need not register the product.',
      'The licence in clause 4 runs to the Licensee and to each of its Affiliates, each of which may invoke it against the Licensor.',
      'The exclusions in this clause also protect the Carrier\'s servants and agents, who may assert claims under it in their own name.'],
    no: ['The Licensee shall indemnify the Licensor against any claim by a third party, who may enforce a judgment against the Licensor.',
      'Nothing in this Agreement is intended to benefit any person other than the parties.',
      'The Supplier shall not sell or encumber its rights under this Contract in favour of any third person without consent.',
      'The licence shall run to 31 December 2027 and the Licensor may enforce it against the Licensee.',
      // (Found by the session's review: an independent contractor is no one's agent or trustee; money held in trust; a party
      // invoking a procedure against the other.)
      'Neither Party is an agent or trustee of the other Party, and neither may bind the other.',
      'Any sums received by Beta for Alpha\'s account shall be held as agent and trustee for Alpha.',
      'Either Party may invoke the dispute procedure in Section 14 against the other Party.'] },
  // Change of control: the party merged or amalgamated with another or a rival, in a condition, and what it triggers.
  { type: 'change-of-control',
    yes: ['The Licensor may end this Agreement at once if the Licensee amalgamates with another society without first telling the Licensor.',
      'Should the Distributor merge with a competitor of the Principal, the Principal may cancel the appointment.'],
    no: ['Where two Licensed Products are merged into a single kit, the Licensee shall notify the Licensor of the kit price.',
      'If the Company merges its two divisions, it shall notify the Licensor.'] },
  // Non-compete: a place in the object does not use up its reach (frames.ts PLACE_SLACK); a role doing similar functions or
  // duties; a takeover by a rival is no restraint.
  { type: 'non-compete',
    yes: ['The Seller shall not carry on or be interested in any business within the Federal Republic of Nigeria which is similar to the Business.',
      'The Employee shall not for one year after the termination of his employment accept any position with a bank in Singapore in which he would perform duties similar to his duties here.'],
    no: ['If the Licensee is bought by, or merges with, a company that competes with the Licensor, the Licensor may terminate this Agreement.'] },
  // Exclusivity: one supplier's goods only, the others' shut out; a defined term after 'in the' is no place that stretches an
  // object's reach ("will not obtain any interest in the Supplier Marks and ... the same in any other way").
  { type: 'exclusivity',
    yes: ['The Dealer shall stock only the Manufacturer\'s tyres and no products of any other manufacturer.'],
    no: ['The Licensee may use the Software only for internal purposes and not for the benefit of any other person.',
      'The Distributor acknowledges that it will not obtain any proprietary interest in the Supplier Marks and agrees not to use the same in any other way.'] },
  // Volume: a ceiling on how many at once.
  { type: 'volume-restriction',
    yes: ['No more than five of the Licensee\'s engineers may attend the Licensor\'s facility at any one time.'],
    no: ['Each payment shall be made no more than 30 days after the invoice date, and at the same time the Supplier shall send a statement.'] },
  // Most-favoured: a standard that is the party's own offer; 'any other' before a thing (frames.ts THINGS) names no others.
  { type: 'most-favored',
    yes: ['The Supplier\'s prices shall be no higher than the prices it charges any other hospital for the same goods.'],
    no: ['The Vendor shall offer the Council terms no less favourable than those stated in its quotation.',
      'The Buyer shall pay for the Option Shares a price no lower than the lowest price paid for any Shares (or any other Shares) in the preceding year.',
      'The Licensee will receive prices at least as low as those offered for any other Products sold under this Agreement.'] },
];

describe('the round\'s general forms', () => {
  for (const c of CASES) {
    for (const text of c.yes) it(`${c.type}: ${text.slice(0, 70)}`, () => expect(typesOf(text)).toContain(c.type));
    for (const text of c.no) it(`not ${c.type}: ${text.slice(0, 70)}`, () => expect(typesOf(text)).not.toContain(c.type));
  }
});

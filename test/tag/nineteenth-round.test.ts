// The nineteenth session's round (tag19): general forms behind the eighteenth and nineteenth held-out batches' misses
// and false tags, and the leftovers of the eighteenth round, each in wordings of no held-out batch, beside near misses
// that share their words.
import { describe, expect, it } from 'vitest';
import { CueSet } from '../../src/tag/cues.js';
import { typesOf } from './helpers.js';

describe('a cue gap stays in its sentence', () => {
  // The three ways a cue is matched: plain words, words with a stem (run words), and its regex (a #num).
  const cues = ['not .. sue', 'not .. su*', 'not .. #num days'];
  const hitsOf = (text: string): number[] => new CueSet(cues).scan(text).map((h) => h.cue);
  it('does not cross a sentence end', () => {
    expect(hitsOf('Your licence will not end. But if you sue us, it ends at once.')).toEqual([]);
    expect(hitsOf('It will not end! Sue us and it ends.')).toEqual([]);
    expect(hitsOf('It will not end (see the Schedule.) Sue us and it ends.')).toEqual([]);
    expect(hitsOf('The notice is not valid. Thirty days after it is given, ...')).toEqual([]);
  });
  it('reads across the dot of an abbreviation, a number or a word', () => {
    expect(hitsOf('The Licensee shall not under Sec. 5 sue the Licensor.')).toEqual([0, 1]);
    expect(hitsOf('Acme Inc. will not, in the U.S., sue Beta.')).toEqual([0, 1]);
    expect(hitsOf('It will not end (see clause 4.) Sue us and it ends.')).toEqual([0, 1]);
    expect(hitsOf('It shall not under clause 3.1 sue.')).toEqual([0, 1]);
    expect(hitsOf('It need not be given more than 30 days ahead.')).toEqual([2]);
    // A run-in heading's dot: "7.2 Not Sued. The Licensor ..." reads on (four words at most since the last sentence end).
    expect(hitsOf('7.2 Covenant Not. Sue.')).toEqual([0, 1]);
    expect(hitsOf('It ends. Not Sued Heading. Sue.')).toEqual([0, 1]);
    expect(hitsOf('It ends here and now. Five words is not a heading. Sue.')).toEqual([]);
  });
  it("keeps 'your licence will not end. But if you sue' from reading as a covenant not to sue", () => {
    expect(typesOf('Your licence will not end. But if you sue us or any other user over a patent, we may end it at once.')).not.toContain('covenant-not-to-sue');
    expect(typesOf('You will not, under any circumstances, sue us over a patent that covers the app.')).toContain('covenant-not-to-sue');
  });
});

interface Case { readonly type: string; readonly yes: readonly string[]; readonly no: readonly string[] }

const CASES: readonly Case[] = [
  // A permission denied (frames.ts MARKER), a place between the restraint and its act (PLACE_ADJUNCT), a capacity aside,
  // the business named by who runs it; competition law's formula is no restraint on competing.
  { type: 'non-compete',
    yes: ['The Agent is not allowed to distribute goods of the same kind as the Products.',
      'The Seller shall not in the Republic of Ghana and for two years after Completion carry on any business similar to the Business.',
      'The Vendor shall not for two years after Completion, whether as owner, director, consultant or otherwise, be engaged in any undertaking which supplies goods similar to those of the Company.',
      'The Doctor shall not during the Term accept any position with a competing healthcare provider within the District.'],
    no: ['The Parties shall not enter into any agreement which has as its object the restriction or distortion of competition within the internal market.',
      'The Licensee is not permitted to use the Software for any purpose other than its internal business.'] },
  // Exclusivity: another concession or franchise awarded, no other channel, the only one authorised to deal; a requirements
  // contract disclaimed is none.
  { type: 'exclusivity',
    yes: ['The Port Authority shall not issue any further permit for the operation of ferry services on the Route.',
      'All orders for the Goods from customers in Kenya shall be placed through the Agent and through no other person.',
      'The Licensee shall be the only company authorised to sell the Products at the Stadium.'],
    no: ['Nothing in this Agreement is a requirements contract, and the Buyer may purchase the Goods from any source.',
      'The Treasurer shall be the only officer authorised to sign cheques on behalf of the Club.',
      'The Council may award a further grant to the Recipient if the Project is extended.'] },
  // No suit against someone, a release of claims, a right to sue waived; a forum clause and an indemnity's settlement are not.
  { type: 'covenant-not-to-sue',
    yes: ['The Shareholder shall not institute any proceedings against the Directors in respect of the Transaction.',
      'The Employee releases the Company from all claims arising out of his employment, and agrees not to make any such claim.',
      'Each party waives any right to sue the other for any matter released by this Deed.'],
    no: ['The Customer agrees not to commence any action against the Supplier in any court other than the courts of England.',
      'The Indemnifying Party shall not settle any claim without obtaining a release of the Indemnified Party from all liability in respect of the claim.'] },
  // Anti-assignment: the agreement's rights conveyed or encumbered, a transfer's noun after a light verb, the agreement
  // personal to its holder; a number assigned, information not passed on, possession of information kept are none.
  { type: 'assignment',
    yes: ['The Franchisee shall not mortgage, convey or encumber any of its rights under this Agreement.',
      'The Tenant shall not make any assignment of this Lease without the Landlord\'s consent.',
      'This Agreement is personal to the Consultant.'],
    no: ['The Registrar may assign a unique reference number to each application received.',
      'The Recipient shall not part with possession of any Confidential Information except to its advisers.',
      'Neither party will disclose, sell or convey any Confidential Information received under this Agreement to a third party.'] },
  // Third-party rights: the civil law's stipulation for another, a contract for the benefit of a third party, a provision
  // enforced directly against a party, the statutes by their names; the statute excluded, a patent enforced, are none.
  { type: 'third-party-beneficiary',
    yes: ['Clause 8 is a stipulation in favour of the Purchaser\'s lenders, who may accept it by notice to the Vendor.',
      'The parties agree that clause 12 is a contract for the benefit of a third party, namely each member of the Group.',
      'Each End User may enforce the warranties in Schedule 4 directly against the Developer.',
      'Each Finance Party may rely on clause 19 under the Contracts (Rights of Third Parties) Ordinance.'],
    no: ['No person other than the parties has any right under the Contracts (Rights of Third Parties) Ordinance to enforce any term of this Agreement.',
      'The Licensee may enforce the Licensed Patents directly against any infringer in its own name and at its own cost.'] },
  // Volume: a count after a denied verb or a maximum; a duration is no count.
  { type: 'volume-restriction',
    yes: ['The Operator may carry no more than 40 passengers on any one sailing.',
      'Use of the Service is restricted to a maximum of one hundred and fifty (150) named users.'],
    no: ['The Contractor shall take no more than 30 days to remedy any defect.'] },
  // Change of control: a majority acquired, and what it triggers.
  { type: 'change-of-control',
    yes: ['Should a competitor acquire a majority interest in the Licensee, the Licensor may terminate this Agreement by notice.'],
    no: ['If a majority of the Committee cannot agree, the matter shall be referred to the Chief Executives.'] },
  // Non-solicit: a gift solicited is no one lured.
  { type: 'non-solicit',
    yes: ['The Consultant shall not, during the Term, hire or engage, or encourage or assist any other person or firm in hiring or engaging, any individual who is then an employee of the Client.'],
    no: ['No member of staff may solicit or accept any gratuity, gift or payment from a supplier.'] },
];

describe('the round\'s general forms', () => {
  for (const c of CASES) {
    for (const text of c.yes) it(`${c.type}: ${text.slice(0, 70)}`, () => expect(typesOf(text)).toContain(c.type));
    for (const text of c.no) it(`not ${c.type}: ${text.slice(0, 70)}`, () => expect(typesOf(text)).not.toContain(c.type));
  }
});

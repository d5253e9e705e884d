// The sixteenth held-out batch's named misses and false tags, and three tagger leftovers, read as general forms (tag17,
// 2026-11-30): each `yes` wording is written here in other words than the batch's clause and must carry the type; each
// `no` is a near miss that shares the type's words and must not. test/tag/heldout-clauses.ts keeps the batches.
import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers.js';

interface Case { readonly type: string; readonly why: string; readonly yes: readonly string[]; readonly no: readonly string[] }

const CASES: readonly Case[] = [
  { type: 'covenant-not-to-sue',
    why: 'the proceedings that challenge a patent (a nullity action, an opposition, a re-examination) name its validity',
    yes: ['The Licensee shall not bring any opposition or nullity action against the Licensed Patents.',
      'The Licensee undertakes not to file any request for re-examination of the Licensed Patents.'],
    no: ['The Licensee shall promptly notify the Licensor of any opposition or nullity action brought by a third party against the Licensed Patents.'] },
  { type: 'defensive-termination',
    why: 'a suit is retaliation when it is over patents, and a refusal to end the licence on a suit is none',
    yes: ['We can end the licence we gave you if you sue us claiming that our products infringe your patents.',
      'Licensor may terminate the licences granted to Licensee if Licensee sues Licensor for infringement of any patent.'],
    no: ['If you sue us over an unpaid invoice, we can end your licence.',
      'We cannot end your licence just because you sue us over a patent.',
      'The Licensor shall not terminate this licence merely because the Licensee challenges the validity of a Licensed Patent.'] },
  { type: 'most-favored',
    why: "the benefit of terms given to others passed on is a most-favoured promise; an arm's-length benchmark is not",
    yes: ['The Fund shall make available to each Limited Partner the benefit of any provisions given to any other Limited Partner in a side letter.'],
    no: ["The Board has confirmed that the terms of the Lease are no less favourable to the Company than those obtainable from an unrelated landlord in an arm's-length transaction."] },
  { type: 'change-of-control',
    why: 'becoming the beneficial owner of voting securities is acquiring control, with an aside between',
    yes: ['If any person becomes the beneficial owner, directly or indirectly, of more than 35% of the outstanding voting securities of the Borrower, the Lender may demand repayment of the Loan.'],
    no: ['The Seller is the sole legal and beneficial owner of the Shares, free from all encumbrances.'] },
  { type: 'volume-restriction',
    why: "a ceiling said as 'no greater than', 'in excess of', a named cap, or a quantity before its figure; a meeting's length is no volume",
    yes: ['The Licensee may manufacture the Licensed Products at a rate no greater than 500 per month.',
      'Output under this licence shall not exceed the Annual Cap.',
      "The Grower's deliveries are limited to a maximum volume of 800 tonnes per season."],
    no: ['Each review meeting shall last no more than ninety minutes.',
      "The Supplier's aggregate liability in any Contract Year shall not exceed the Annual Cap."] },
  { type: 'exclusivity',
    why: 'the seller named as the only one who may sell is an exclusive appointment; a seller limited to some customers is not',
    yes: ['Only the Distributor may sell the Products in Norway during the Term.',
      'Nobody but Licensee will be permitted to distribute the Software in Chile.',
      'Kappa is the only reseller we will allow to sell the Devices in Peru.'],
    no: ['The Distributor may only sell the Products to end users in Norway.',
      'Only the Licensor may bring proceedings for infringement of the Licensed Patents.'] },
  { type: 'third-party-beneficiary',
    why: 'the statutory exclusion gives no one rights, unless the clause also gives someone a right',
    yes: ['Save for the Indemnified Persons, who may enforce clause 12 in their own right, a person who is not a party to this Agreement has no right under the Contracts (Rights of Third Parties) Act 1999 to enforce any of its terms.'],
    no: ['A person who is not a party to this Agreement has no rights under the Contracts (Rights of Third Parties) Act 1999 to enforce or enjoy the benefit of any term of this Agreement.'] },
  { type: 'assignment',
    why: 'a limit on sublicensing rights is no limit on assigning the agreement',
    yes: ["The Reseller shall not assign or sublicense its rights under this Agreement without the Supplier's consent."],
    no: ['The Reseller shall not sublicense its distribution rights to any person other than an Approved Sub-distributor.'] },
  { type: 'change-of-control',
    why: 'an item under a lead-in that ends in a condition\'s opener is a condition, its consequence in the lead-in (an acceleration too)',
    yes: ['The Bank may declare the Facility immediately due and payable if:\n(a) the Borrower fails to pay any sum when due; or\n(b) any person or persons acting together acquire control of the Borrower.'],
    no: ['The Borrower shall deliver to the Bank:\n(a) its audited annual accounts; and\n(b) a certificate that no person has acquired control of the Borrower.'] },
  { type: 'exclusivity',
    why: 'a restraint whose aside between the modal and the act is longer than the frame\'s usual reach is read as one aside',
    yes: ['The Supplier shall not, at any time during the Initial Term or any Renewal Term, whether on its own account or through any Affiliate, agent, broker or other person acting for it, and whether or not for reward, and despite anything in any other agreement between the parties, appoint any other distributor for the Products in the Territory.'],
    no: ['The Distributor shall not sell the Products outside the Territory. The Supplier may, at any time during the Initial Term or any Renewal Term, whether on its own account or through any Affiliate, agent, broker or other person acting for it, and whether or not for reward, appoint any other distributor for the Products in the Territory.'] },
  { type: 'schedule',
    why: "an EDGAR exhibit number labels the filed agreement, not a schedule of it",
    yes: ['EXHIBIT B\n\nLICENSED PATENTS\n\n1. US Patent No. 7,000,001.\n'],
    no: ['EXHIBIT 10.21\n\nPATENT LICENSE AGREEMENT\n\nThis Patent License Agreement is made between Alpha Corp. and Beta Ltd.\n'] },
];

describe('named misses of the sixteenth batch and leftovers, in other words', () => {
  for (const c of CASES) {
    describe(`${c.type}: ${c.why}`, () => {
      for (const text of c.yes) it(`carries it: ${text.slice(0, 70)}`, () => expect(typesOf(text).has(c.type)).toBe(true));
      for (const text of c.no) it(`does not: ${text.slice(0, 70)}`, () => expect(typesOf(text).has(c.type)).toBe(false));
    });
  }
});

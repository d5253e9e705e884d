// The twenty-first session's round (tag21): general forms behind the twenty-first held-out batch's misses and false tags,
// and the tagger's leftovers, each in wordings of no held-out batch, beside near misses that share their words.
import { describe, expect, it } from 'vitest';
import { clauseTypesOf, typesOf } from './helpers.js';

interface Case { readonly type: string; readonly yes: readonly string[]; readonly no: readonly string[] }

const CASES: readonly Case[] = [
  // Third-party rights: the concession that the persons are no parties, said without the article ('though not parties') and
  // without 'even' (the cue read 'even' as a word of its own, so 'although' and 'despite' never matched); the benefit claimed or
  // enjoyed; the civil law's stipulation said with its verb of others beside the parties, the right the third person acquires by
  // it, and the benefit accepted by declaring an intention to enjoy it. Near misses: a penalty stipulated in favour of a party; a
  // party's own claim; a bare concession; safeguards meant to protect data or interests, not persons.
  { type: 'third-party-beneficiary',
    yes: ['Although the Funders are not parties to this Contract, they are entitled to the benefit of clause 14 as against the Contractor.',
      'Each Group Company shall be entitled to enjoy the benefit of the warranties in clause 8 as if it were a party.',
      'The guarantee in Article 5 is also made in favour of the Purchaser\'s lenders, who acquire a direct right against the Guarantor.',
      'The end users may, by notifying the Supplier of their intention to accept the benefit of clause 11, claim its performance directly from the Supplier.'],
    no: ['The liquidated damages stipulated in favour of the Buyer are a genuine pre-estimate of its loss.',
      'The Licensor, who shall have the first right to bring claims against infringers, shall keep the Licensee informed.',
      'Although the Subcontractor is not a party to the Head Contract, it shall comply with the safety requirements of the Head Contract.',
      'The Supplier shall implement technical and organisational measures designed to protect Personal Data against accidental loss.',
      'The Seller acknowledges that the restrictions in clause 12 are reasonable and designed to protect the goodwill of the Business.'] },
  // Change of control: an event of default or a withdrawal as what the change triggers; a change or a transfer named as the
  // subject (frames.ts OPENER: "Any transfer of the shares ... requires consent"); the merger said with its noun, the party its
  // subject or its other side named; the party acquired by another; the party bought, said in the first or second person.
  // Near misses: things bought (the leftover's equipment, products) are no company changing hands; an investigation is no
  // merger; a plan bought; a change to a specification.
  { type: 'change-of-control',
    yes: ['An Event of Default occurs if any person acquires more than half of the voting shares of the Borrower.',
      'Should the Agent be the subject of an amalgamation with another firm, the Principal may withdraw from this contract.',
      'Any transfer of the shares in the Franchisee, whether by sale, gift, inheritance or otherwise, to a person who is not a shareholder on the date of this Agreement requires the Franchisor\'s prior consent.',
      'If a rival firm buys us, we will tell you straight away and you can close your account.',
      'In the event that the Supplier is acquired by a competitor of the Customer, the Customer\'s minimum purchase obligations shall lapse.'],
    no: ['If the Equipment is purchased by a third party during the Term, the Lessor may terminate this Agreement.',
      'If any Products acquired by the Distributor from another supplier are defective, the Distributor may cancel the order.',
      'If the Company is the subject of an investigation by a regulator, it shall notify the Licensor.',
      'If you buy our premium plan, you can cancel it at any time.',
      'Any change to the Specification requires the Customer\'s written approval.'] },
];

describe('the round\'s general forms', () => {
  for (const c of CASES) {
    for (const text of c.yes) it(`${c.type}: ${text.slice(0, 70)}`, () => expect(typesOf(text)).toContain(c.type));
    for (const text of c.no) it(`not ${c.type}: ${text.slice(0, 70)}`, () => expect(typesOf(text)).not.toContain(c.type));
  }
});

// A clause below its type's threshold keeps the type in a document that carries it elsewhere (index.ts supportOf): the
// protecting cue gave safeguards for data a supporting third-party tag beside a real third-party clause.
describe('a safeguard for data is no supporting third-party right', () => {
  const text = '1. Third Party Rights. Each Group Company may enforce clause 9 directly against the Supplier as if it were a party.\n\n'
    + '2. Security. The Supplier shall implement technical and organisational safeguards designed to protect Customer Data against unauthorised access.\n';
  it('the first clause carries the type, the second does not', () => {
    expect(clauseTypesOf(text, 'Each Group Company')).toContain('third-party-beneficiary');
    expect(clauseTypesOf(text, 'safeguards designed')).not.toContain('third-party-beneficiary');
  });
});

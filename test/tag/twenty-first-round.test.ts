// The twenty-first session's round (tag21): general forms behind the twenty-first held-out batch's misses and false tags,
// and the tagger's leftovers, each in wordings of no held-out batch, beside near misses that share their words.
import { describe, expect, it } from 'vitest';
import { clauseTypesOf, typesOf } from './helpers.js';
import { describeRound, type RoundCase } from './round-cases.js';

const CASES: readonly RoundCase[] = [
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
  // Anti-assignment: the civil law's contract made intuitu personae; the English catch-all after the dealings ('or otherwise deal
  // with any of its rights under this Agreement', 'deal in any other manner with'). Near misses: information dealt with; dealing
  // with the other party's subcontractors.
  { type: 'assignment',
    yes: ['The Franchisee enters into this Agreement intuitu personae, and its position under it shall pass to no other person without the Franchisor\'s written agreement.',
      'The Supplier shall not mortgage, charge, subcontract or deal in any other manner with any of its rights under this Contract.'],
    no: ['The Licensee shall not deal with any Confidential Information except as this Agreement permits.',
      'The Customer shall not deal with the Supplier\'s subcontractors directly on matters under this Agreement.'] },
  // Exclusivity: the sole role after a possessive; plain English's appointing by taking on or signing up. Near misses: a sole
  // remedy after a possessive; taking on obligations.
  { type: 'exclusivity',
    yes: ['During the Term the Contractor shall be the Authority\'s sole provider of cleaning services at the Hospital.',
      'We won\'t take on another reseller in your city while you meet your sales targets.'],
    no: ['The Customer\'s sole remedy for late delivery is a service credit.',
      'You won\'t take on any other obligations by upgrading your plan.'] },
  // Most-favoured: a commission or a share is a term compared (frames.ts THAN_NEXT); the election of a later licence's terms.
  // Near misses: a greater share of the market than last year (no others); a product substituted.
  { type: 'most-favored',
    yes: ['If we pay another agent a higher commission than you for the same bookings, we\'ll raise yours to match.',
      'The Licensee may adopt the terms of any later licence granted by the Licensor under the Licensed Patents in place of the terms of this Agreement.'],
    no: ['The Distributor shall aim to win a greater share of the market than it held in the previous year.',
      'The Licensee may elect to substitute a new product for a discontinued Licensed Product.'] },
  // Volume: an allowance said as a permission per period. Near miss: instalments per year are no count of use.
  { type: 'volume-restriction',
    yes: ['Each seat may print 200 pages per month.'],
    no: ['The Licensee may pay the royalties in 4 instalments per year.'] },
  // Covenant not to sue: claims given up, in plain words. Near misses: a place, an account given up.
  { type: 'covenant-not-to-sue',
    yes: ['In return for the payment, the Tenant gives up all claims against the Landlord arising from the flood.'],
    no: ['The Customer may give up its place in the queue to another customer.',
      'If you give up your account, you lose any unused credit.'] },
  // Non-solicit: being hired or employed by a rival is working for it, the passive's subject the person restrained (the batch's
  // false tag); the other party's employee hired by a party is still a no-hire.
  { type: 'non-solicit',
    yes: ['No employee of the Supplier shall be hired by the Customer during the Term.'],
    no: ['The Employee shall not, within one year after leaving, be hired by a competitor of the Company.'] },
];

describeRound('the round\'s general forms', CASES);

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

// Leftover: a run-in heading (cues.ts isRunIn) was any sentence of four words at most, so a short sentence's dot let a cue's gap
// read on into the next one ('It will not end. But if you sue us' held 'not .. sue', a promise not to sue). A heading holds no
// modal, auxiliary, negation or subject pronoun; a heading's dot still joins it to its sentence.
describe('a short sentence is no run-in heading', () => {
  it('a short sentence ends where its dot is', async () => {
    const { markSentenceEnds } = await import('../../src/tag/cues.js');
    expect(markSentenceEnds('It will not end. But if you sue us, it does.')).toContain('\u0001');
    expect(markSentenceEnds('It is final. You may').indexOf('\u0001')).toBe(11);
  });
  it('a run-in heading does not end a sentence', async () => {
    const { markSentenceEnds } = await import('../../src/tag/cues.js');
    for (const text of ['5.10 Interest. Any overdue amount bears interest', '(a) Basic Fee. In consideration of', '12.1 Governing law. This agreement is', '7.2 Covenant Not to Sue. The Licensee']) {
      expect(markSentenceEnds(text).slice(0, 20)).not.toContain('\u0001');
    }
  });
  it('no promise not to sue across a short sentence', () => {
    expect(typesOf('Your licence under clause 2 is perpetual. It will not end. But if you sue us over our patents, clause 9 applies.')).not.toContain('covenant-not-to-sue');
  });
});

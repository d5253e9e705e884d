// The twenty-second session's round (tag22): general forms behind the twenty-second held-out batch's misses and false tags,
// and the tagger's leftovers, each in wordings of no held-out batch, beside near misses that share their words.
import { describe, expect, it } from 'vitest';
import { markSentenceEnds } from '../../src/tag/cues.js';
import { describeRound, type RoundCase } from './round-cases.js';

const CASES: readonly RoundCase[] = [
  // Third-party rights: the statutes' own test, a promise intended to confer a benefit on someone; the civil codes' third person
  // who demands or requests the performance directly; a claim directly against a party after a longer object, beside persons
  // who are 'not parties' (without the article); obligations also owed, or applied for the benefit of, others. Near misses:
  // the exclusion ('Nothing ... is intended to confer any benefit'); a party's own claim or request; a warranty applied for a
  // party's successors alone.
  { type: 'third-party-beneficiary',
    yes: ['Clause 9 is intended to confer a benefit on the Customer\'s Related Companies and is enforceable by them.',
      'The Contractor\'s obligations under Article 4 shall also apply for the benefit of the Owner\'s tenants, who may demand their performance directly from the Contractor.',
      'The warranties in Article 10 shall also be owed to the subsequent purchasers of the Vessel, each of whom may request the Builder to perform them directly.',
      'The passengers may claim the compensation set out in clause 7 directly against the Carrier, even though they are not parties to this Agreement.'],
    no: ['Nothing in this Agreement is intended to confer any benefit on any person other than the parties.',
      'The Licensee may claim damages from the Licensor directly for any breach of this Section.',
      'The Licensee may request the Licensor to perform the Services directly at the Licensee\'s premises.',
      'The warranties in this clause shall also apply for the benefit of the Licensee\'s successors.'] },
  // Change of control: ceasing to be controlled or owned by someone, with what it triggers; the largest shareholder changed
  // (a Korean and Chinese contract's event); a covenant that someone remains the owner of a share of the capital (with
  // 'per cent.' written with its dot, which ended the sentence for the cues); the first person bought, in the passive. Near
  // misses: controlled substances; ownership of IP kept; a share of profits.
  { type: 'change-of-control',
    yes: ['The Bank may terminate the facility if the Borrower ceases to be owned, directly or indirectly, by the Sponsor.',
      'Should the largest shareholder of the Supplier change, the Supplier shall inform the Purchaser within five (5) days and the Purchaser may rescind this Contract.',
      'The Guarantor shall ensure that it continues to hold at least 75 per cent. of the issued share capital of the Company.',
      'If we are acquired by another business, we will tell you and you may cancel your plan.'],
    no: ['If the list of controlled substances changes, the Distributor shall notify the Supplier.',
      'The Licensee remains the sole owner of the Improvements it makes and of any patents on them.',
      'The Agent shall remain entitled to 10 per cent. of the net profits of the Venture until the accounts are closed.'] },
  // Non-compete: the passive's complement after a capacity aside ('be engaged, whether directly or indirectly, in any business
  // which ...', the comma before the aside read as the complement's end); a restraint measured by distance whatever the place is
  // called; the rival named by doing what the party does. Near misses: the freedom to compete affirmed for the whole agreement
  // (the leftover's wording and another), independent development; a distance with no restraint.
  { type: 'non-compete',
    yes: ['The Vendor shall not, for two years after Completion, be concerned or engaged, whether directly or indirectly, in any business which distributes veterinary pharmaceuticals in Ireland.',
      'You promise not to open a tattoo studio within five kilometres of the Studio for twelve months after you leave.',
      'During the Term you must not run an app that does what our app does.'],
    no: ['Nothing in this Agreement shall prevent Licensor from developing, marketing or selling products that compete with the Licensed Products.',
      'Nothing herein shall restrict either party from independently developing or acquiring technology that competes with the other party\'s products.',
      'Each party may independently develop products that compete with the products of the other, provided that it uses no Confidential Information of the other.',
      'The Supplier shall deliver the Products to any store within 50 miles of the Distribution Centre within two Business Days.'] },
  // Anti-assignment: the recipient named before the object ('transfer to a third party, or pledge, all or any of its rights');
  // plain English handing the agreement on to someone else, the licence 'just for you'. Near misses: a password not given to
  // anyone else; a transfer of data; the Licensor's right to assign.
  { type: 'assignment',
    yes: ['Party A shall not transfer to any third party, or create any security over, all or any part of its rights and obligations under this Contract.',
      'You can\'t hand this membership on to anyone else.',
      'Your subscription is just for you. Please don\'t sell it or give it to anyone else.'],
    no: ['You must not give your password to anyone else.',
      'The Processor shall not transfer to any third party any Personal Data received from the Controller.'] },
  // Exclusivity: the only operator permitted by someone named between the permission and its act; a licence to any other
  // person restrained in a province that begins just past the object's reach (frames.ts PLACE_LEAD: the leftover's 'in the
  // Province of British Columbia'). Near miss: a permit.
  { type: 'exclusivity',
    yes: ['The Concessionaire shall be the only operator permitted by the Council to run a ferry service between the two harbours.',
      'The Owner shall not license the Marks to any other person for use in connection with the operation of fitness studios in the Province of Nova Scotia during the Term.'],
    no: ['The Operator shall obtain every permit required by the Council to run a ferry service between the two harbours.'] },
  // Covenant not to sue: a claim raised against the other side (as Korean and Chinese contracts in translation say it).
  // Near miss: a claim raised with the other side.
  { type: 'covenant-not-to-sue',
    yes: ['The Licensor shall not raise any claim or lawsuit against the Licensee or its customers alleging that the Products infringe the Licensor\'s patents.'],
    no: ['Either party may raise any concern about the quality of the Products at the next meeting of the Steering Committee.'] },
  // Most-favoured: whatever the party grants any other, passed on ('extend to the Customer any rebate ... which it grants to
  // any other'); plain English charging another customer less, 'you'll get that price too'. Near misses: a tier's price
  // compared with the rest of its class; a rebate scheme; a lower price for a class of buyers.
  { type: 'most-favored',
    yes: ['The Licensor shall extend to the Licensee any reduction in royalty which it grants to any other licensee of the Patents.',
      'If we charge any other club less for the same kit, you\'ll get that price as well.'],
    // (A class described by a bare plural and its relative clause compares a tier with the rest, not a party with the others:
    // the leftover 'Resellers who reach Gold tier pay a lower wholesale price than other resellers', frames.ts CLASS_SUBJECT.)
    no: ['Distributors that join the Platinum programme receive better rebates than other distributors.',
      'Customers who pay annually pay less for the same plan than other customers.',
      'The Supplier shall pay the Customer the volume rebate set out in Schedule 3.',
      'Charities may buy the Software at a lower price than commercial customers.'] },
  // Minimum commitment: a figure after its currency's code (#num read 'RMB 5,000,000' as no figure). Near miss: a fee.
  { type: 'minimum-commitment',
    yes: ['The Distributor undertakes that its purchases of the Products in each Contract Year shall be no less than EUR 2,000,000.'],
    no: ['The Distributor shall pay the Supplier an annual fee of EUR 20,000.'] },
  // Volume: what is taken from a resource, capped ('harvest ... limited to ... 85,000 cubic metres'). Near misses: orders of a
  // size delivered in instalments; an option to order more; a money cap said with its code.
  { type: 'volume-restriction',
    yes: ['The Permit Holder\'s catch in any fishing season shall be limited to the quota of 1,200 tonnes allocated by the Ministry.'],
    no: ['Orders of more than 2,000 units shall be shipped in two consignments.',
      'The Customer may purchase up to 200 additional Seats at the prices in the Order Form during the Initial Term.',
      'The Supplier may invoice up to EUR 50,000 in any month for the Additional Services.'] },
];

describeRound('the twenty-second round: general forms behind the twenty-second batch\'s misses and the leftovers', CASES);

describe('a dot after "per cent" ends no sentence', () => {
  it('"51 per cent. of its issued share capital" is one sentence, a real end after it still one', () => {
    const text = 'The Guarantor shall hold 51 per cent. of its issued share capital. The Bank may';
    const marked = markSentenceEnds(text);
    expect(marked.indexOf('\u0001')).toBe(text.indexOf('capital.') + 'capital'.length);
    expect([...marked].filter((c) => c === '\u0001')).toHaveLength(1);
  });
});

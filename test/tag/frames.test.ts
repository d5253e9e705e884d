// The frame reader (src/tag/frames.ts): a restraint read as frame + act + object, whatever the words. The wordings
// here were written for this test (not taken from the held-out batches); each positive is missed without the frames,
// and each near miss shares the frame's words without being the restraint.
import { describe, expect, it } from 'vitest';
import { typesOf, clauseTypesOf, tagsOf } from './helpers.js';
import { parseExtraTypes } from '../../src/tag/taxonomy-schema.js';

/** One test per (type, text): the text carries the type, or (silent) does not. */
function expectTypes(cases: ReadonlyArray<[string, string]>, silent: boolean): void {
  for (const [type, text] of cases) {
    if (silent) it(`stays silent for ${type}: ${text.slice(0, 60)}`, () => expect([...typesOf(text)]).not.toContain(type));
    else it(`${type}: ${text.slice(0, 70)}`, () => expect([...typesOf(text)]).toContain(type));
  }
}

describe('restraint frames', () => {
  const restrained: Array<[string, string]> = [
    // The passive: the act's object is the subject.
    ['non-solicit', 'No member of the Lessor\'s staff may be recruited or taken on by the Lessee while this lease continues.'],
    ['price-restriction', 'During the first two years the Supplier shall not:\n(a) raise the monthly fees; or\n(b) add new line items to the invoice.'],
    // Coordinated verbs before the act.
    ['non-compete', 'The Seller may not found, finance, or manage an enterprise similar to the Business in the Province.'],
    // A lead-in holds the frame and the item the act.
    ['exclusivity', 'For so long as the Reseller meets its targets, the Vendor will not:\n(a) nominate another dealer for the Region; or\n(b) set up its own outlet there.'],
    ['covenant-not-to-sue', 'The Licensee shall not, during or after the Term:\n(a) seek the revocation of any of the Licensed Patents; or\n(b) help anyone else to do so.'],
    ['assignment', 'Neither of the parties shall, save with the written approval of the other:\n(i) novate this contract; or\n(ii) charge it by way of security.'],
  ];
  expectTypes(restrained, false);

  const nearMisses: Array<[string, string]> = [
    // A condition, not a restraint.
    ['non-solicit', 'If the Lessee does not recruit enough staff to run the site, the Lessor may appoint a manager.'],
    // The object is no competing business, however the frame reads.
    ['non-compete', 'The Tenant shall not carry on any trade at the Premises other than the sale of books.'],
    // No-challenge of the agreement, not of the IP.
    ['covenant-not-to-sue', 'The Member shall not argue that these rules are invalid because they were drafted by the Association.'],
    // The passive reads its subject and the words up to a comma: 'charged' later on is not the price changed.
    ['price-restriction', 'This Deed may not be changed orally, but only in a writing signed by the party to be charged.'],
    // Moral rights, not the agreement.
    ['assignment', 'The author\'s moral rights cannot be assigned and are waived to the extent the law allows.'],
    // @serve holds verbs only: services performed by a rival are no work for one (word-classes.ts).
    ['non-compete', 'The Customer shall not be charged for services performed by any competing vendor.'],
    // The licensee's own restraint on passing on its rights names no other dealer or territory.
    ['exclusivity', 'The Licensee shall not grant any sublicence of the Software without consent.'],
  ];
  expectTypes(nearMisses, true);

  it('a lead-in without a frame lends its items nothing', () => {
    expect(clauseTypesOf('The Lessee may, at its option:\n(a) appoint another dealer for the Region; or\n(b) relocate the outlet.', 'appoint another')).not.toContain('exclusivity');
  });
});

// Conditions and comparisons (frames.ts conditionOf, comparisonOf): a change of control named after "if / upon /
// should" with what it triggers; terms compared with what others get. Written for this test (not from the held-out
// batches); each positive is missed without the frames, each near miss shares their words.
describe('condition and comparison frames', () => {
  const framed: Array<[string, string]> = [
    ['change-of-control', 'The Distributor must tell the Supplier within ten days if any person obtains control of the Distributor.'],
    ['change-of-control', 'Should a competitor of the Owner acquire a majority of the voting shares in the Operator, the Owner may cancel this contract at once.'],
    ['most-favored', 'The Vendor shall charge the Customer no more than the lowest price it charges any other customer for the same quantity.'],
    ['most-favored', 'Royalties payable by the Licensee shall not be higher than the royalties payable by any other licensee of the Patents.'],
  ];
  expectTypes(framed, false);
  const nearMisses: Array<[string, string]> = [
    // Control of a defence, records in one's control, new shares issued: no change in who controls a party.
    ['change-of-control', 'If the Licensee takes control of the defence of a claim, it shall notify the Licensor.'],
    ['change-of-control', 'Upon expiry, the Contractor shall return all records in its possession or control and notify the Owner.'],
    ['change-of-control', 'If the Company issues new shares, it shall notify the Investors within five days.'],
    // A comparative of another adjective, a figure as the standard, the counterparty, a deduction.
    ['most-favored', 'Each sublicence shall contain confidentiality terms no less strict than those binding any other sublicensee.'],
    ['most-favored', 'The Reseller shall not charge any other customer a fee of less than $20 per seat.'],
    ['most-favored', 'Neither party shall be liable to the other party for any amount greater than the fees paid in the preceding year.'],
    ['most-favored', 'The Manager shall remit the collections (less any fees due to other agents) within thirty days.'],
    // An alternative to a price just named is a floor ("at the Offer Price or a higher price"), whoever else is near.
    ['most-favored', 'If the Seller has not sold the Offered Units at the Offer Price or a higher price within thirty days, it may not sell those Units (or any other Units) without a new Offer Notice.'],
  ];
  expectTypes(nearMisses, true);
  // Close wording that stays a comparison: the terms compared with what other licensees get.
  expectTypes([
    ['most-favored', 'If the Licensor grants any other licensee a lower royalty rate, it shall offer the Licensee that rate or a lower rate at once.'],
  ], false);
});

// Other wordings of batch 15's remaining misses, and near misses some cues heard (each written for this test; each
// positive is untagged on 57adeab, each near miss's assertion fails there).
describe('exclusion of others, handing over, a passive suit, and near misses', () => {
  expectTypes([
    ['exclusivity', 'The Franchise is granted to the Franchisee to the exclusion of any other person in the Zone.'],
    ['assignment', 'Members must not hand their membership contract over to another person.'],
    ['covenant-not-to-sue', 'No suit for infringement of the Design Rights shall be brought by the Owner against the Maker.'],
  ], false);
  expectTypes([
    ['exclusivity', 'The remedies in this clause apply to the exclusion of any other remedy.'],
    ['assignment', 'The Contractor shall not hand any documents over to the press.'],
    // @end holds no bare 'end' (the noun): becoming an affiliate does not trigger the quarter's end.
    ['change-of-control', 'If the Distributor becomes an affiliate of the Supplier, the parties shall meet at the end of each quarter to review the Forecast.'],
  ], true);
  it("a licensee's own limit on sublicensing is no exclusivity, even beside an exclusive grant", () => {
    const text = '1. Licence. The Licensor grants the Licensee an exclusive licence under the Patents in the Field.\n\n2. Sublicences. The Licensee shall not sublicense any of its rights to any third party without consent.';
    expect(clauseTypesOf(text, 'shall not sublicense')).not.toContain('exclusivity');
    expect(clauseTypesOf(text, 'grants the Licensee')).toContain('exclusivity');
  });
  it("an amendment's title is not an entire-agreement clause; the clause that says so still is", () => {
    expect(tagsOf('AMENDMENT NO. 2 TO PATENT LICENSE AGREEMENT').map((t) => t.type)).not.toContain('entire-agreement');
    expect([...typesOf('This Amendment No. 2 and the Agreement constitute the entire agreement between the parties.')]).toContain('entire-agreement');
  });
});

describe("a pack's frame cues", () => {
  const type = { id: 'data-export', group: 'pack', label: 'Data export', frames: [{ act: 'export~|transfer~', object: ['data|dataset~|datasets'], weight: 0.8 }] };
  it('are read as the built-in ones are', () => {
    const parsed = parseExtraTypes([type]);
    if (!parsed.ok) throw new Error(parsed.message);
    expect([...typesOf('The Processor shall not:\n(a) export any Customer Data outside the EEA; or\n(b) keep it after the Term.', parsed.types)]).toContain('data-export');
    expect([...typesOf('The Processor may export Customer Data to its sub-processors.', parsed.types)]).not.toContain('data-export');
  });
  it('read a condition when the pack names the kind, and refuse an unknown kind', () => {
    const parsed = parseExtraTypes([{ ...type, frames: [{ kind: 'condition', act: 'export~', object: ['data', 'notify'], weight: 0.8 }] }]);
    if (!parsed.ok) throw new Error(parsed.message);
    expect([...typesOf('The Processor shall notify the Controller if it ever needs to export any Customer Data.', parsed.types)]).toContain('data-export');
    expect([...typesOf('The Processor shall notify the Controller before it exports any Customer Data.', parsed.types)]).not.toContain('data-export');
    expect(parseExtraTypes([{ ...type, frames: [{ kind: 'wish', act: 'export~', object: ['data'], weight: 0.8 }] }]).ok).toBe(false);
  });
  it('are refused when a word cannot be compiled', () => {
    const parsed = parseExtraTypes([{ ...type, frames: [{ act: '@nosuch', object: ['data'], weight: 0.8 }] }]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.path).toBe('$[0].frames[0].act');
  });
});

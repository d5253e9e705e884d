// The frame reader (src/tag/frames.ts): a restraint read as frame + act + object, whatever the words. The wordings
// here were written for this test (not taken from the held-out batches); each positive is missed without the frames,
// and each near miss shares the frame's words without being the restraint.
import { describe, expect, it } from 'vitest';
import { typesOf, clauseTypesOf } from './helpers.js';
import { parseExtraTypes } from '../../src/tag/taxonomy-schema.js';

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
  for (const [type, text] of restrained) {
    it(`${type}: ${text.slice(0, 70)}`, () => expect([...typesOf(text)]).toContain(type));
  }

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
  for (const [type, text] of nearMisses) {
    it(`stays silent for ${type}: ${text.slice(0, 60)}`, () => expect([...typesOf(text)]).not.toContain(type));
  }

  it('a lead-in without a frame lends its items nothing', () => {
    expect(clauseTypesOf('The Lessee may, at its option:\n(a) appoint another dealer for the Region; or\n(b) relocate the outlet.', 'appoint another')).not.toContain('exclusivity');
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
  it('are refused when a word cannot be compiled', () => {
    const parsed = parseExtraTypes([{ ...type, frames: [{ act: '@nosuch', object: ['data'], weight: 0.8 }] }]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.path).toBe('$[0].frames[0].act');
  });
});

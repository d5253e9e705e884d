// Shared word classes of the cue notation (src/tag/word-classes.ts): "@class" in a cue word stands for the class's words.
import { describe, expect, it } from 'vitest';
import { CueSet, compileCue } from '../../src/tag/cues.js';
import { expandWordClasses, WORD_CLASSES } from '../../src/tag/word-classes.js';
import { inflectionWords } from '../../src/tag/nlp.js';
import { INFLECTIONS } from '../../src/tag/inflections.generated.js';
import { BUILTIN_TYPES } from '../../src/tag/taxonomy.js';
import { typesOf } from './helpers.js';

describe('word classes', () => {
  it('a class in a cue word matches every word of the class, beside the word\'s other alternatives', () => {
    const set = new CueSet(['not .. @raise .. @price|royalty']);
    const said = ['may not raise the Management Fee', 'shall not increase the Tariff', 'will not hike its rates', 'shall not increase the royalty'];
    for (const text of said) expect(set.scan(text).length, text).toBe(1);
    expect(set.scan('may not raise the question')).toEqual([]);
  });
  it('an unknown class is refused with the known ones named', () => {
    expect(() => compileCue('not .. @nosuchclass')).toThrow(/unknown word class "@nosuchclass".*@price/);
    expect(expandWordClasses('price|fee')).toBe('price|fee');
  });
  it('every inflected word of a class is in the generated inflection table (no compromise at start-up)', () => {
    const words = inflectionWords(BUILTIN_TYPES);
    for (const body of Object.values(WORD_CLASSES)) {
      for (const m of body.matchAll(/([A-Za-z0-9'’-]+)~/g)) {
        expect(words).toContain((m[1] as string).toLowerCase());
        expect(Object.hasOwn(INFLECTIONS, (m[1] as string).toLowerCase())).toBe(true);
      }
    }
  });
  // One cue per family, other writers' words: each wording is tagged, and a near miss sharing its words is not.
  const cases: ReadonlyArray<[string, string, boolean]> = [
    ['price-restriction', 'The Landlord may not raise the Rent by more than 2% in any Lease Year.', true],
    ['price-restriction', 'The Subscription Fee shall be frozen until the second anniversary of the Start Date.', true],
    ['price-restriction', 'The Customer shall pay the Rent monthly in advance.', false],
    ['non-compete', 'The Consultant shall not, during the Engagement, be retained by any competitor of the Company.', true],
    ['non-compete', 'The Consultant shall not disclose the Company\'s pricing to any competitor of the Company.', false],
    ['non-solicit', 'Neither party will headhunt the other\'s staff for a year after this agreement ends.', true],
    ['non-solicit', 'The Supplier shall employ sufficient qualified staff to perform the Services.', false],
    ['exclusivity', 'The Principal appoints the Agent as its sole agent for the sale of the Goods in Ontario.', true],
    ['exclusivity', 'The Agent is solely responsible for its own expenses.', false],
    ['covenant-not-to-sue', 'Each Party agrees not to commence any proceedings against the other alleging infringement of its Patents.', true],
    ['covenant-not-to-sue', 'Either party may commence proceedings against a third-party infringer.', false],
  ];
  for (const [type, text, want] of cases) {
    it(`${want ? 'tags' : 'does not tag'} ${type}: ${text.slice(0, 70)}`, () => {
      expect(typesOf(text).has(type)).toBe(want);
    });
  }
});

// Near misses left over from earlier rounds, each beside the clause of the type it resembles.
describe('near misses beside their type', () => {
  const cases: ReadonlyArray<[string, string, boolean]> = [
    ['most-favored', 'Commencing on the third anniversary of the Effective Date, the royalty shall be reduced to the lower rate of two percent (2%) of Net Sales.', false],
    ['most-favored', 'If Supplier sells the Products to any other customer at lower prices, Supplier shall reduce the prices charged to Buyer to the lower prices.', true],
    ['non-compete', 'Licensee shall not disclose the Source Code to any company that competes with Licensor.', false],
    ['non-compete', 'Licensee shall not sell any product that competes with the Licensed Products.', true],
    ['non-compete', 'COMPETITION LAW\n\nEach party shall comply with all applicable competition laws.', false],
    ['non-compete', '7. Competition\n\nDuring the Term, Distributor shall not sell any product that competes with the Products.', true],
    ['volume-restriction', 'The Service includes storage limits. Customer shall keep its account information up to date.', false],
    ['volume-restriction', 'Your plan has a storage allowance of 50 GB; storage above it is billed at the overage rate.', true],
  ];
  for (const [type, text, want] of cases) {
    it(`${want ? 'tags' : 'does not tag'} ${type}: ${text.replace(/\s+/g, ' ').slice(0, 70)}`, () => {
      expect(typesOf(text).has(type)).toBe(want);
    });
  }
});

// The classes in the types' existing cues (the second round): wordings written for this test, none of a held-out batch.
describe('classes in the existing cues', () => {
  const cases: ReadonlyArray<[string, string, boolean]> = [
    ['volume-restriction', 'The Customer may connect no more than 40 computers to the Platform.', true],
    ['volume-restriction', 'Each Franchisee is limited to 3 stores in the Region.', true],
    ['volume-restriction', 'The Auditor may bring no more than two persons to each inspection.', false],
    ['price-restriction', 'The Daily Rates shall not be altered during the first Contract Year.', true],
    ['price-restriction', 'The royalty rate shall not exceed 5% of Net Sales.', false],
    ['non-solicit', 'Neither party shall hire any individual employed by the other party during the Term.', true],
    ['non-solicit', 'Company shall not be required to hire any employee of Supplier after the transition.', false],
    ['covenant-not-to-sue', 'The Licensee shall not impugn the validity of the Licensed Patents.', true],
    ['covenant-not-to-sue', 'Any question concerning the validity or interpretation of this Agreement shall be decided under English law.', false],
    ['change-of-control', 'If the Licensee is purchased by a competitor of the Licensor, the Licensor may terminate this Agreement.', true],
  ];
  for (const [type, text, want] of cases) {
    it(`${want ? 'tags' : 'does not tag'} ${type}: ${text.slice(0, 70)}`, () => {
      expect(typesOf(text).has(type)).toBe(want);
    });
  }
});

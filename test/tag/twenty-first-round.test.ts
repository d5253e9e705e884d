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

// A one-way patent licence with a grant-back of the licensee's improvements is a licence: the grant-back licenses no
// portfolio in exchange. Read as a cross-license (grants in both directions), the cross-licence rules compared the
// licence with the grant-back and asked for a retaliation carve-out (test/agreements q-libreoffice had to declare its
// kind). Grants of patents both ways, or of improvements both ways, stay a cross-license; a mutual grant of improvements
// beside a one-way licence is that licence's grant-back (it was read as a cross-license: any mutual grant made one).
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const PREAMBLE = 'This Patent Licence Agreement is made between Ashgrove Biomaterials Limited ("Licensor") and Teallis Orthopaedics Limited ("Licensee").';
const LICENCE = '2.1 The Licensor hereby grants to the Licensee an exclusive licence under the Licensed Patents to make and sell Licensed Products in the Field.';
const kindOf = (...clauses: string[]) => {
  const facts = factsOf([PREAMBLE, LICENCE, ...clauses].join('\n\n'));
  return [facts.kind, facts.kindReason];
};

describe('a licence with a grant-back', () => {
  it('is a licence when the grants back license only improvements', () => {
    for (const back of [
      '7.2 The Licensee hereby grants to the Licensor a non-exclusive, worldwide, royalty-free licence under the Licensee Improvements.',
      '7.2 The Licensee grants to the Licensor a non-exclusive licence under any patent claiming an Improvement.',
      '7.2 The Licensee hereby grants to the Licensor a non-exclusive licence under its Improvement Patents.',
      '7.2 The Licensee hereby grants to the Licensor a non-exclusive licence under any improvements to the Licensed Technology.',
    ]) {
      expect(kindOf(back), back).toEqual(['license', 'a licence from Ashgrove Biomaterials Limited to Teallis Orthopaedics Limited with a grant-back of improvements']);
    }
  });

  it('stays a cross-license when a grant back licenses patents of its own, or both ways license improvements only', () => {
    expect(kindOf('7.2 The Licensee hereby grants to the Licensor a non-exclusive licence under the Teallis Patents.')[0]).toBe('cross-license');
    expect(kindOf('7.2 The Licensee hereby grants to the Licensor a non-exclusive licence under the Teallis Patents and the Licensee Improvements.')[0]).toBe('cross-license');
    const improvementsBothWays = factsOf([
      PREAMBLE,
      '2.1 The Licensor hereby grants to the Licensee a non-exclusive licence under the Licensor Improvements.',
      '2.2 The Licensee hereby grants to the Licensor a non-exclusive licence under the Licensee Improvements.',
    ].join('\n\n'));
    expect(improvementsBothWays.kind).toBe('cross-license');
  });

  it('is a licence when the grant back is a mutual grant of improvements only', () => {
    for (const back of [
      '7.2 Each Party hereby grants to the other Party a non-exclusive, royalty-free licence under its Improvements.',
      '7.2 Each of the Licensor and the Licensee grants to the other a non-exclusive licence under any patent claiming an Improvement made by it.',
    ]) {
      expect(kindOf(back), back).toEqual(['license', 'a licence from Ashgrove Biomaterials Limited to Teallis Orthopaedics Limited with a grant-back of improvements']);
    }
    // Parties not read from a preamble: the mutual grant stays 'each Party' -> 'the other Party'.
    const unnamed = factsOf([
      '## 2. Licence',
      '2.1 Alpha grants to Beta an exclusive licence under the Alpha Patents to make and sell Licensed Products.',
      '## 7. Improvements',
      '7.2 Each party grants to the other party a non-exclusive licence under its Improvements.',
    ].join('\n\n'));
    expect([unnamed.kind, unnamed.kindReason]).toEqual(['license', 'a licence from Alpha to Beta with a mutual grant of improvements']);
  });

  it('stays a cross-license when the mutual grant licenses patents, or when a mutual grant of improvements is the only grant', () => {
    expect(kindOf('7.2 Each Party hereby grants to the other Party a non-exclusive licence under its Patents and Improvements.')[0]).toBe('cross-license');
    const improvementsOnly = factsOf([PREAMBLE, '2.1 Each Party hereby grants to the other Party a non-exclusive licence under its Improvements.'].join('\n\n'));
    expect(improvementsOnly.kind).toBe('cross-license');
  });
});

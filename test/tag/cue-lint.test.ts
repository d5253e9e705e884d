// Cues that read otherwise than written, refused before they can sit silently in the taxonomy: a phrase written as one
// word's alternative ("any person|any party" is three words), and one cue string in two roles of a type (the tagger reads
// a cue string once per type, tag/index.ts `usedCue`, so the second role is never read).
import { describe, expect, it } from 'vitest';
import { cueProblem } from '../../src/tag/cues.js';
import { BUILTIN_TYPES } from '../../src/tag/taxonomy.js';
import { parseExtraTypes, typeCueProblems } from '../../src/tag/taxonomy-schema.js';
import { typesOf } from './helpers.js';

describe('cue lint', () => {
  it('finds no trap in any built-in cue (one line each: type, where, why)', () => {
    const lines = BUILTIN_TYPES.flatMap((t) => typeCueProblems(t).map((p) => `${t.id}${p.path}: ${p.message}`));
    expect(lines).toEqual([]);
  });

  it('refuses a phrase written inside one word\'s alternatives, and a stray "|"', () => {
    expect(cueProblem('any person|any party')).toMatch(/share "any" at their seam/);
    expect(cueProblem('not .. exceed|more than|greater than')).toMatch(/share "than"/);
    expect(cueProblem('no person|third party|third parties')).toMatch(/share "third"/);
    expect(cueProblem('any person| any party')).toMatch(/empty alternative/);
    // Written as whole phrases, or slots that share a word inside their lists, or across a gap: fine.
    expect(cueProblem('any person / any party')).toBeNull();
    expect(cueProblem('exclusive distribution|license|supply license|supply|operating? agreement')).toBeNull();
    expect(cueProblem('excess|exceed~ ... additional|excess .. charge~')).toBeNull();
    expect(cueProblem('not|no less|fewer than')).toBeNull();
  });

  it('refuses a pack type whose cue string has two text roles, naming the second', () => {
    const r = parseExtraTypes([{ id: 'x-escrow', group: 'g', label: 'Escrow', phrases: { 'source code': 0.6 }, requires: ['escrow', 'source code'] }]);
    expect(r).toMatchObject({ ok: false, path: '$[0].requires[1]' });
    if (!r.ok) expect(r.message).toMatch(/"source code" is also \.phrases\["source code"\]/);
    // A heading and a phrase are read from different texts: the same string in both is fine.
    expect(parseExtraTypes([{ id: 'x-ok', group: 'g', label: 'OK', headings: { escrow: 0.8 }, phrases: { escrow: 0.6 } }])).toMatchObject({ ok: true });
  });

  it('refuses a frame word that is several words', () => {
    const r = parseExtraTypes([{ id: 'x-frame', group: 'g', label: 'F', frames: [{ act: 'poach~', object: ['any employee'], weight: 0.7 }] }]);
    expect(r).toMatchObject({ ok: false, path: '$[0].frames[0].object[0]' });
  });
});

// The built-in cues mended to what their authors wrote them for (each untagged on main, where the cue was dead as written).
describe('mended cues', () => {
  it('interest at a base or prime rate on overdue sums is a payment term', () => {
    expect([...typesOf('Overdue sums carry interest at the prime rate plus two percent.')]).toContain('payment-terms');
  });
  it('a discount that may not be more than a ceiling restricts price', () => {
    expect([...typesOf('Discounts granted to end customers shall not be more than ten percent of the list price.')]).toContain('price-restriction');
  });
  it('no third party has the benefit except as a named article provides', () => {
    expect([...typesOf('Except as expressly set forth in Article 9, no third party shall be entitled to enjoy the benefit of any term of this Agreement.')]).toContain('third-party-beneficiary');
  });
  it('a buyer\'s due diligence is the near miss of a diligence obligation it was written as', () => {
    expect([...typesOf('The Buyer shall use reasonable efforts to complete its due diligence investigation of the Target within thirty (30) days.')]).not.toContain('diligence');
  });
});

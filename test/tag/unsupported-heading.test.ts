// A section's heading on a line of its own names what the drafter filed the section under. Where no clause it heads
// carries the type the heading gives, by its words or by the heading as their section's, the heading tagged a subject the
// section does not deal with: 'Royalties' over a promise not to challenge the patents (held-out batch 31), 'Most Favoured
// Customer' over a key-account designation (batch 28; its words were also read as the phrase 'favoured customer').
import { describe, expect, it } from 'vitest';
import { clauseTypesOf, typesOf } from './helpers.js';

describe('a heading whose section does not deal with its type', () => {
  it('tags nothing of that type where the clauses under it deal with another subject', () => {
    const text = 'Royalties\nThe Licensee shall not at any time contest the validity of the Licensed Patents or help anyone else to do so.';
    const types = typesOf(text);
    expect(types).not.toContain('royalty');
    expect(types).toContain('covenant-not-to-sue');
  });

  it('tags nothing where the clause under it has no words of the type', () => {
    expect(typesOf('Most Favoured Customer\nThe Reseller shall be treated as a Premier Partner and given a named account manager for the Term.')).not.toContain('most-favored');
  });

  it('keeps the heading\'s type where a clause under it carries it (near miss)', () => {
    const text = 'Royalties\nThe Licensee shall pay the Licensor four per cent of the Net Sales of each Licensed Product.';
    expect(clauseTypesOf(text, 'Royalties')).toContain('royalty');
  });

  it('keeps it where the clause under it carries the type only weakly (near miss)', () => {
    const text = 'Insurance\nThe Supplier shall keep adequate cover with a reputable underwriter for the Term.';
    expect(clauseTypesOf(text, 'Insurance')).toContain('insurance');
  });
});

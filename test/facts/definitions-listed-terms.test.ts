// Several terms defined together by one reference, as US government contracts define the rights-in-data terms: '"Government
// Purpose Rights," "Limited Rights," "Technical Data" and "Unlimited Rights" have the meanings given in DFARS
// 252.227-7013(a)' defines all four (as pointers to the regulation), not only the first, and a comma typed inside the
// quotes after emphasis ('"**Limited Rights**,"') is no part of the term.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

describe('definitions: several quoted terms that have the meanings given elsewhere', () => {
  it('defines every term of the list', () => {
    const sentence = '1.10 "Government Purpose Rights," "Limited Rights," "Technical Data" and "Unlimited Rights" have the meanings given in DFARS 252.227-7013(a).';
    const defs = factsOf(sentence).definitions;
    expect(defs.map((d) => d.term)).toEqual(['Government Purpose Rights', 'Limited Rights', 'Technical Data', 'Unlimited Rights']);
    for (const d of defs) expect(sentence.slice(d.start, d.end)).toBe(d.term);
  });

  it('reads the terms in Markdown emphasis, the comma inside the quotes', () => {
    const sentence = '1.10 "**Government Purpose Rights**," "**Limited Rights**," "**Technical Data**" and "**Unlimited Rights**" have the meanings given in DFARS 252.227-7013(a).';
    expect(factsOf(sentence).definitions.map((d) => d.term)).toEqual(['Government Purpose Rights', 'Limited Rights', 'Technical Data', 'Unlimited Rights']);
  });

  it('near miss: quoted names listed with no meaning given define nothing', () => {
    const sentence = '3.5 The drawings marked "Limited Rights," "Restricted Rights" and "SBIR Data" shall be delivered with their legends.';
    expect(factsOf(sentence).definitions.map((d) => d.term)).toEqual([]);
  });
});

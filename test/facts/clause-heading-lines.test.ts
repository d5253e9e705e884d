// A heading line the tree made no numbered clause of ("Section 9.", "Clause 9.", "CLAUSE 9" alone on its line) is a
// heading: no reference to itself, and the number it gives resolves to the paragraph that holds it, whatever its word.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

/** Every cross-reference of a document, as [text, clause it is in, target] in document order. */
function refs(text: string): Array<[string, string, string | null]> {
  const facts = factsOf(text);
  return [...facts.attributes.entries()]
    .flatMap(([id, a]) => a.crossReferences.map((r) => ({ id, r })))
    .sort((x, y) => x.r.start! - y.r.start!)
    .map(({ id, r }) => [r.text, id, r.targetId]);
}

describe('heading lines of clauses inside a paragraph', () => {
  it.each([
    ['Section', 'Section 9'],
    ['Clause', 'Clause 9'],
    ['CLAUSE', 'Clause 9'],
  ])('"%s 9." alone on its line is a heading that a reference resolves to', (word, shown) => {
    for (const [heading, holder] of [
      [`${word} 9.\nThis Agreement ends on the fifth anniversary.`, 'c2'],
      [`Other terms. The parties agree as follows.\n${word} 9.\nThis Agreement ends on the fifth anniversary.`, 'c2'],
    ]) {
      const text = ['1. Fees. Beta shall pay the fees set out below.', heading, `3. Survival. ${word} 9 survives termination.`].join('\n\n');
      expect(refs(text)).toEqual([[shown, 'c3', holder]]);
    }
  });
});

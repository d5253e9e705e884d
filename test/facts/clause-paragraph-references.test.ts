// References to a clause's paragraphs as Brazilian and Portuguese contracts number them in translation ('Sole
// paragraph.', 'Paragraph One.', 'Paragraph Two.' under 'CLAUSE TWO'): 'the sole paragraph of Clause One' and
// 'Paragraph Two of Clause Two' are that clause's paragraphs, and 'Paragraph One.' opening its own paragraph is its
// number, not a reference. Before, 'Paragraph Two of Clause Two' resolved to Clause Two by the number two, 'Paragraph
// Three of Clause Two' to Clause Three, 'Paragraph One of Clause Nine' to Clause One, and each 'Paragraph One.' and
// 'CLAUSE ONE' heading was a reference to a clause.
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { analyze } from '../../src/analysis.js';

const BODY = `CLAUSE ONE - OBJECT

1.1. AGROVALE grants SEMEARTEC a non-exclusive license under the AGROVALE Patents in the Territory.

Sole paragraph. This Agreement does not transfer to either Party the ownership of any patent of the other Party.

CLAUSE TWO - SUBLICENSES

2.1. SEMEARTEC may grant sublicenses to its dealers in the Territory.

Paragraph One. Any sublicense shall be in writing and consistent with this Agreement.

Paragraph Two. Any sublicense shall terminate upon the termination of the license.

CLAUSE THREE - TERMINATION

3.1. Upon termination of this Agreement, the sole paragraph of Clause One and Paragraph Two of Clause Two shall survive.
`;

function references(text: string): [string, string | null][] {
  const a = analyze(sourceFromText(text, 'translation.txt'));
  const numberOf = (id: string | null) => (id === null ? null : (a.tree.clauses.find((c) => c.id === id)?.number ?? id));
  return [...a.facts.crossReferences.values()].flat().map((r) => [r.text, numberOf(r.targetId)]);
}

describe("references to a clause's numbered paragraphs", () => {
  it("resolves 'the sole paragraph of Clause One' and 'Paragraph Two of Clause Two' to those paragraphs", () => {
    expect(references(BODY)).toEqual([
      ['Sole paragraph of Clause One', 'Sole paragraph'],
      ['Paragraph Two of Clause Two', 'Paragraph Two'],
      ['Clause Two', 'CLAUSE TWO'],
    ]);
  });

  it("a paragraph the clause does not number dangles; one of a missing clause is no other clause's", () => {
    const text = BODY.replace('the sole paragraph of Clause One and Paragraph Two of Clause Two shall survive', 'Paragraph Three of Clause Two, the sole paragraph of Clause Two and Paragraph One of Clause Nine shall survive');
    expect(references(text)).toEqual([
      ['Paragraph Three of Clause Two', null],
      ['Clause Two', 'CLAUSE TWO'],
      ['Sole paragraph of Clause Two', null],
      ['Clause Nine', null],
    ]);
  });

  it('near miss: a clause that numbers none of its paragraphs is itself what its paragraphs refer to (the paragraph cannot be checked)', () => {
    const text = BODY.replace('the sole paragraph of Clause One and Paragraph Two of Clause Two shall survive', 'the sole paragraph of Clause Three and paragraph 2 of Clause Three shall survive');
    expect(references(text)).toEqual([
      ['Sole paragraph of Clause Three', 'CLAUSE THREE'],
      ['Paragraph 2 of Clause Three', 'CLAUSE THREE'],
      ['Clause Three', 'CLAUSE THREE'],
    ]);
  });
});

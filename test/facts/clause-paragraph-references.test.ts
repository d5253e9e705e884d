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

  it("resolves 'paragraph (a) of Clause Two' to that clause's item (a), not to an item (a) of the referring clause", () => {
    const text = BODY.replace('2.1. SEMEARTEC may grant sublicenses to its dealers in the Territory.', '2.1. SEMEARTEC may grant sublicenses:\n\n(a) to its dealers in the Territory; and\n\n(b) to its Affiliates, with the prior consent of AGROVALE.')
      .replace('3.1. Upon termination of this Agreement, the sole paragraph of Clause One and Paragraph Two of Clause Two shall survive.', '3.1. Either Party may terminate this Agreement:\n\n(a) if the other Party breaches it; or\n\n(b) if the other Party becomes insolvent.\n\n3.2. Upon termination, each sublicense granted under paragraph (a) of Clause Two shall survive, and paragraph (c) of Clause Two shall not apply.');
    const a = analyze(sourceFromText(text, 'translation.txt'));
    const refs = [...a.facts.crossReferences.values()].flat();
    const target = (label: string) => {
      const id = refs.find((r) => r.text === label)?.targetId ?? null;
      const c = a.tree.clauses.find((x) => x.id === id);
      const parent = a.tree.clauses.find((x) => x.id === c?.parentId);
      return c === undefined ? null : `${parent?.number ?? ''} > ${c.number ?? ''}`;
    };
    expect(refs.map((r) => r.text)).toEqual(['Paragraph (a) of Clause Two', 'Clause Two', 'Paragraph (c) of Clause Two', 'Clause Two']);
    expect(target('Paragraph (a) of Clause Two')).toBe('2.1 > (a)');
    // Clause Two marks (a) and (b), not (c): the reference dangles.
    expect(target('Paragraph (c) of Clause Two')).toBeNull();
  });

  it("'paragraph (b) of Clause Three', whose items run into its text, is the clause; one of a clause that writes no (b) dangles; 'paragraph (b) above' stays the neighbouring list's", () => {
    const text = BODY.replace('3.1. Upon termination of this Agreement, the sole paragraph of Clause One and Paragraph Two of Clause Two shall survive.', '3.1. Either Party may terminate this Agreement (a) if the other Party breaches it or (b) if it becomes insolvent.\n\n3.2. The rights under paragraph (b) of Clause Three, paragraph (b) of Clause One and paragraph (b) above survive termination.');
    expect(references(text)).toEqual([
      ['Paragraph (b) of Clause Three', 'CLAUSE THREE'],
      ['Clause Three', 'CLAUSE THREE'],
      ['Paragraph (b) of Clause One', null],
      ['Clause One', 'CLAUSE ONE'],
    ]);
  });
});

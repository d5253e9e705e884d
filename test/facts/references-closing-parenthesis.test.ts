// Paragraphs numbered with a closing parenthesis alone ("2)", lettered "c)"), as Canadian and older North American
// agreements number them: "paragraph 2" and "paragraph 1(c)" are those paragraphs. Before, "2)" was keyed "2)", so every
// reference to a paragraph of such an agreement dangled (precision/dangling-reference, error).
// Agreement text written for these tests.
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { analyze } from '../../src/analysis.js';

const BODY = `TECHNOLOGY CROSS-LICENSE AGREEMENT

THIS AGREEMENT dated the 4th day of May, 2027 between NORTHWIND ROBOTICS LIMITED ("Northwind") and PACIFIC ACTUATOR CORP. ("Pacific").

DEFINITIONS

1) In this Agreement:

a) "Northwind Patents" means the patents listed in Schedule A;

b) "Products" means robotic joints and servo actuators;

c) "Term" has the meaning given in paragraph 4.

GRANT OF LICENSE

2) Northwind grants to Pacific a non-exclusive license under the Northwind Patents to make, use and sell Products in Canada.

3) If Pacific challenges the validity of any Northwind Patent, Northwind may terminate the license granted in paragraph 2.

TERM

4) This Agreement continues for seven (7) years (the "Term"). Paragraphs 1(c) and 3 survive its end, and paragraph 9 is deleted.

SCHEDULE A - NORTHWIND PATENTS
CA 3,012,445
`;

function references(text: string): [string, string | null][] {
  const a = analyze(sourceFromText(text, 'northwind.txt'));
  const numberOf = (id: string | null) => (id === null ? null : (a.tree.clauses.find((c) => c.id === id)?.number ?? id));
  return [...a.facts.crossReferences.values()].flat().filter((r) => /^paragraph/i.test(r.text)).map((r) => [r.text, numberOf(r.targetId)]);
}

describe('paragraphs numbered "2)" and "c)"', () => {
  it("resolves 'paragraph 2', 'paragraph 4' and 'Paragraphs 1(c) and 3' to them", () => {
    const found = references(BODY);
    expect(found).toContainEqual(['Paragraph 2', '2)']);
    expect(found).toContainEqual(['Paragraph 4', '4)']);
    expect(found.filter(([, target]) => target === 'c)' || target === '3)').length).toBe(2);
  });

  it('near miss: a paragraph the agreement does not have still dangles', () => {
    expect(references(BODY)).toContainEqual(['Paragraph 9', null]);
  });
});

// A list numbered "1.", "2." under a dotted clause ("6.2 Either party may terminate ... if the other party:" over a
// Markdown list's "1. materially breaches ..." and "2. becomes insolvent ...") names its items with the clause's
// number, "Section 6.2(2)": "Section 2" alone sent counsel to the agreement's Section 2.
import { describe, expect, it } from 'vitest';
import { sectionedItemNumber, type NumberedClause } from '../../src/model/index.js';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { clauseLabel } from '../../src/rules/context.js';

type Node = NumberedClause & { readonly id: string };
const tree = (nodes: Node[]) => {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return (id: string) => byId.get(id);
};

describe('a numbered list under a dotted clause', () => {
  it('names an item with the clause it is in', () => {
    const clauseOf = tree([
      { id: 's', number: '6', heading: 'Term and Termination', parentId: null },
      { id: 's2', number: '6.2', heading: null, parentId: 's' },
      { id: 'i2', number: '2', heading: null, parentId: 's2' },
      { id: 'i2a', number: '(a)', heading: null, parentId: 'i2' },
    ]);
    expect(sectionedItemNumber(clauseOf('i2') as Node, clauseOf)).toBe('Section 6.2(2)');
    expect(sectionedItemNumber(clauseOf('i2a') as Node, clauseOf)).toBe('Section 6.2(2)(a)');
  });

  it('reads the Markdown list item as that item in a finding\'s label', () => {
    const text = '# Patent Cross-Licence Agreement\n\n## 6. Term and Termination\n\n6.1 This Agreement continues until the last Licensed Patent expires.\n\n6.2 Either party may terminate this Agreement by written notice if the other party:\n\n1. materially breaches this Agreement and fails to cure the breach within thirty (30) days; or\n2. becomes insolvent or makes an assignment for the benefit of its creditors.\n\n6.3 Termination does not affect accrued rights.\n';
    const { tree: t } = analyze(sourceFromText(text, 'x.md'));
    const byId = new Map(t.clauses.map((c) => [c.id, c]));
    const item = t.clauses.find((c) => c.number === '2');
    expect(clauseLabel(item, (id) => byId.get(id))).toBe('Section 6.2(2)');
  });

  it('near miss: a paragraph numbered "2." under a whole number, with no clause above, or with a heading, keeps its own number', () => {
    const clauseOf = tree([
      { id: 's', number: '6', heading: 'Term', parentId: null },
      { id: 'p2', number: '2.', heading: null, parentId: 's' },
      { id: 'top', number: '2', heading: null, parentId: null },
      { id: 'd', number: '12.15', heading: null, parentId: null },
      { id: 'd7', number: '7.', heading: 'GOVERNMENT FLOWDOWN PROVISIONS', parentId: 'd' },
    ]);
    // A numbered section with its heading, read under a dotted clause, is a section still: "Section 7".
    expect(sectionedItemNumber(clauseOf('d7') as Node, clauseOf)).toBeNull();
    expect(sectionedItemNumber(clauseOf('p2') as Node, clauseOf)).toBeNull();
    expect(sectionedItemNumber(clauseOf('top') as Node, clauseOf)).toBeNull();
  });
});

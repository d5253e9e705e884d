// A capital letter with a heading and no number above it heads a section (an amendment's "A. GRANT:" and "B. ROYALTY:",
// each with its own "1." and "(a)"): its paragraphs and items are named with it, "Section B.1(a)"; "(a)" or
// "Section 1" alone named either section's.
import { describe, expect, it } from 'vitest';
import { sectionedItemNumber, type NumberedClause } from '../../src/model/index.js';

type Node = NumberedClause & { readonly id: string };
const tree = (nodes: Node[]) => {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return (id: string) => byId.get(id);
};

describe('items under a lettered section', () => {
  const nodes: Node[] = [
    { id: 'a', number: 'A.', heading: 'GRANT OF RIGHTS', parentId: null },
    { id: 'a1', number: '1.', heading: 'Grant', parentId: 'a' },
    { id: 'b', number: 'B.', heading: 'ROYALTY', parentId: null },
    { id: 'b1', number: '1.', heading: 'Royalty', parentId: 'b' },
    { id: 'b1a', number: '(a)', heading: null, parentId: 'b1' },
    { id: 'bc', number: '(c)', heading: null, parentId: 'b' },
  ];
  const clauseOf = tree(nodes);
  const name = (id: string) => sectionedItemNumber(clauseOf(id) as Node, clauseOf);

  it('names a paragraph and its item with the section letter', () => {
    expect(name('b1a')).toBe('Section B.1(a)');
    expect(name('b1')).toBe('Section B.1');
    expect(name('a1')).toBe('Section A.1');
    expect(name('bc')).toBe('Section B(c)');
  });

  it('near miss: a letter without a heading, or one under a numbered article, is an item as before', () => {
    const list = tree([
      { id: 's', number: '4.2', heading: null, parentId: null },
      { id: 'sB', number: 'B.', heading: 'Reports', parentId: 's' },
      { id: 'sBi', number: '(i)', heading: null, parentId: 'sB' },
      { id: 'l', number: 'C.', heading: null, parentId: null },
      { id: 'li', number: '(ii)', heading: null, parentId: 'l' },
    ]);
    expect(sectionedItemNumber(list('sBi') as Node, list)).toBe('Section 4.2(B)(i)');
    expect(sectionedItemNumber(list('li') as Node, list)).toBe(null);
  });
});

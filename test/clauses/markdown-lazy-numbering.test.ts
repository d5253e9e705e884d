// Markdown lists written "1." on every line (so that an inserted item renumbers the rest) render 1, 2, 3 (CommonMark);
// the tree numbered every item "1", so "clause 4.2" had nothing to point to (held-out y-markdown-lazy-numbered).
import { describe, expect, it } from 'vitest';
import { tree } from './helpers.js';

const doc = (items: string): string => `# Patent Cross-Licence

This agreement is made between Alpha Limited ("Alpha") and Beta S.p.A. ("Beta").

## 4. Covenant not to assert

${items}

## 5. Term

This agreement ends when the last Licensed Patent expires.
`;
const numbers = (text: string): (string | null)[] => tree(text, 'markdown').clauses.filter((c) => c.kind !== 'preamble' && c.heading === null && c.number !== null).map((c) => c.number);

describe('an ordered Markdown list numbered "1." throughout', () => {
  it('numbers its items as they render: 1, 2, 3', () => {
    expect(numbers(doc('1. Alpha shall not assert.\n1. Beta shall not assert.\n1. The covenants last fifteen (15) years.'))).toEqual(['1', '2', '3']);
  });

  it('counts from the list\'s first number ("3." on every line: 3, 4, 5), and keeps ")" as written', () => {
    expect(numbers(doc('3) Alpha shall not assert.\n3) Beta shall not assert.\n3) The covenants last fifteen (15) years.'))).toEqual(['3)', '4)', '5)']);
  });

  it('near miss: numbers written out keep what they say, gaps included', () => {
    expect(numbers(doc('1. Alpha shall not assert.\n2. Beta shall not assert.\n5. The covenants last fifteen (15) years.'))).toEqual(['1', '2', '5']);
  });
});

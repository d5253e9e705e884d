import { describe, expect, it } from 'vitest';
import { buildClauseTree } from '../../src/clauses/index.js';
import { clauseById, clauseIndexOf, type ClauseNode } from '../../src/model/index.js';
import { sourceFromText } from '../../src/ingest/index.js';

const text = `PATENT CROSS-LICENSE AGREEMENT

1. Definitions
(a) "Licensed Patents" means the patents listed in Schedule A.
(b) "Affiliate" means an entity that controls a Party.

2. Grant
Each Party grants the other a non-exclusive licence under its Licensed Patents.
`;

describe('clauseIndexOf', () => {
  it('finds every clause of a real tree by its id, and none for an unknown id', () => {
    const { clauses } = buildClauseTree(sourceFromText(text, 'a.txt', 'text'));
    expect(clauses.length).toBeGreaterThan(3);
    clauses.forEach((c, i) => {
      expect(clauseIndexOf(clauses, c.id)).toBe(i);
      expect(clauseById(clauses, c.id)).toBe(c);
    });
    for (const id of ['c0', `c${clauses.length + 1}`, 'x', '', 'c1.5']) expect(clauseIndexOf(clauses, id)).toBe(-1);
  });

  it('searches a list whose ids are not its c1..cN order', () => {
    const clauses = ['c2', 'c1', 'intro'].map((id) => ({ id }) as ClauseNode);
    expect(clauseIndexOf(clauses, 'c1')).toBe(1);
    expect(clauseIndexOf(clauses, 'intro')).toBe(2);
    expect(clauseById(clauses, 'c2')).toBe(clauses[0]);
  });
});

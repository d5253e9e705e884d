// Invariants hold for any input: agreement-like lines in random order, random separators and line ends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildClauseTree } from '../../src/clauses/index.js';
import { validateTree } from '../../src/clauses/validate.js';
import { sourceFromText } from '../../src/ingest/index.js';

const pieces = [
  'ARTICLE I', 'ARTICLE II', 'DEFINITIONS', '1.', '1.1', '1.2', '2.', '2.1 Term.', 'Section 3.4', '§ 5', '(a)', '(b)', '(h)', '(i)', '(ii)',
  'a)', 'A.', 'IV.', 'The Licensee shall pay', 'pursuant to Section 2.1', '1.5 million', 'Page 2 of 9', '-3-', 'IN WITNESS WHEREOF',
  'By: ____', 'EXHIBIT A', 'Table of Contents', 'NOW, THEREFORE, the parties agree as follows:', '# Title', '## 2. Grant', '- item',
  '1) first', '<!-- note -->', '***', '[REDACTED]', 'Source: ACME, 8-K, 1/2/2020', 'continues here', '"Term" means', '',
  '\u00a0', '\u3000', '\u2028', 'x', '0.', '\t0.', '1.0 Scope', 'CLAUSE FIRST', 'Governing Law. This', 'a. item', 'Page 3  Dated 1/1/99',
];
const separators = [' ', '   ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '. ', ': ', '\n    ', '\u00a0'];

const documents = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...separators)), { maxLength: 60 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

describe('clause tree invariants (property)', () => {
  for (const format of ['text', 'markdown'] as const) {
    it(`hold for random ${format} documents`, () => {
      fc.assert(fc.property(documents, (text) => {
        const tree = buildClauseTree(sourceFromText(text, format === 'markdown' ? 'a.md' : 'a.txt', format));
        const problems = validateTree(text, tree, { coverage: format === 'text' });
        // the number and heading of a clause are written in its own text
        for (const c of tree.clauses) {
          const own = text.slice(c.start, c.bodyEnd).replace(/\s+/g, ' ');
          // (A Markdown list item that repeats its list's first number is numbered as the list renders: "1." x3 is 1, 2, 3;
          // it still opens with a written number of its own.)
          const rendered = format === 'markdown' && /^\s*\d{1,9}[.)]/.test(own) && c.number !== null && /^\d{1,9}\)?$/.test(c.number);
          if (c.number !== null && !own.includes(c.number) && !rendered) problems.push(`${c.id}: number ${c.number} not in own text`);
          if (c.heading !== null && !own.toLowerCase().includes(c.heading.toLowerCase())) problems.push(`${c.id}: heading ${c.heading} not in own text`);
        }
        expect(problems).toEqual([]);
      }), { numRuns: 600, seed: 20240301 });
    });
  }
});

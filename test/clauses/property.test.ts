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
];
const separators = [' ', '   ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '. ', ': '];

const documents = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...separators)), { maxLength: 60 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

describe('clause tree invariants (property)', () => {
  for (const format of ['text', 'markdown'] as const) {
    it(`hold for random ${format} documents`, () => {
      fc.assert(fc.property(documents, (text) => {
        const tree = buildClauseTree(sourceFromText(text, format === 'markdown' ? 'a.md' : 'a.txt', format));
        const problems = validateTree(text, tree, { coverage: format === 'text' });
        expect(problems).toEqual([]);
      }), { numRuns: 400, seed: 20240301 });
    });
  }
});

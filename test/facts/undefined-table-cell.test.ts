// precision/undefined-term: a capitalised run that opens a table cell and goes on in lower case in it ("| Kit
// Components sold separately | 2.0% |") uses the run as a term; a cell of capitalised words alone is a label.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = []) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);
const table = (rows: string[]) => `4.1 Royalty rates. Each Party shall pay the other royalties on its Net Sales at these rates:\n\n| Product category | Royalty |\n|---|---|\n${rows.map((r) => `| ${r} | 2.0% |`).join('\n')}\n`;

describe('undefined terms: table cells', () => {
  it('reads a run that opens a cell and goes on in lower case as a use', () => {
    expect(terms(table(['Single-cell barcoding kits', 'Kit Components sold separately']), ['Net Sales'])).toEqual(['Kit Components']);
  });

  it('near miss: a cell of capitalised words alone, one word before lower case, or a defined run are no undefined use', () => {
    expect(terms(table(['Commercial Services', 'Pooled screening libraries', 'Licensed Products sold in kits']), ['Net Sales', 'Licensed Products'])).toEqual([]);
  });
});

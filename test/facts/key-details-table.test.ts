// A modern agreement that opens with a Key Details table ('## Key Details', then '| **Royalty Rate** | 4% of Net Sales
// |'), its terms below using 'the Royalty Rate' and 'the Initial Term' the table sets, and naming the parties on rows
// labelled in bold by their short names. Before, the table defined nothing (precision/undefined-term fired on every term
// it sets) and the bold labels hid the parties. Agreement text written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const TABLE = (heading: string) => [
  '# Patent Cross-Licence Agreement',
  `## ${heading}`,
  [
    '| | |',
    '|---|---|',
    '| **Date** | 3 May 2027 |',
    '| **Alder** | Alder Medical Ltd, incorporated in England and Wales (company number 08123456) |',
    '| **Birch** | Birch Diagnostics Oy, incorporated in Finland (business ID 2345678-9) |',
    '| **Royalty Rate** | 4% of Net Sales |',
    '| **Initial Term** | 10 years from the Date |',
  ].join('\n'),
  '## Terms',
  '3.1 Birch shall pay Alder royalties at the Royalty Rate within 45 days after the end of each calendar quarter during the Initial Term.',
].join('\n\n');

describe('a Key Details table', () => {
  it('defines the terms of its rows', () => {
    const terms = factsOf(TABLE('Key Details')).definitions.map((d) => d.term);
    expect(terms).toEqual(expect.arrayContaining(['Royalty Rate', 'Initial Term', 'Date']));
  });

  it('names the parties on rows labelled in bold by their short names', () => {
    expect(factsOf(TABLE('Key Details')).parties.map((p) => [p.name, [...p.aliases]])).toEqual([
      ['Alder Medical Ltd', ['Alder']],
      ['Birch Diagnostics Oy', ['Birch']],
    ]);
  });

  it('defines the terms of its rows in text too (a Word or HTML table: cells joined by a tab)', () => {
    const text = 'Patent Cross-Licence Agreement\n\nKey Details\n\nDate\t3 May 2027\n\nRoyalty Rate\t4% of Net Sales\n\nInitial Term\t10 years from the Date\n\nTerms\n\n3.1 Birch shall pay Alder royalties at the Royalty Rate during the Initial Term.';
    expect(factsOf(text).definitions.map((d) => d.term)).toEqual(expect.arrayContaining(['Royalty Rate', 'Initial Term']));
  });

  it('near miss: the same table under a heading of prices defines nothing', () => {
    const terms = factsOf(TABLE('Price List')).definitions.map((d) => d.term);
    expect(terms).not.toContain('Royalty Rate');
  });
});

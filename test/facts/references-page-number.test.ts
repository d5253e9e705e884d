// precision/dangling-reference: a list of references does not run on past a blank line. In EDGAR text a definition
// ending "... listed on Exhibit B" is followed by the page's number on a line of its own ("- 6 -"), which was read as
// the list going on ("Exhibit B - 6"): an error said the agreement refers to an "Exhibit 6" it does not contain.
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { analyze } from '../../src/analysis.js';

const refsOf = (text: string) => [...analyze(sourceFromText(text, 'supply.txt')).facts.attributes.values()]
  .flatMap((a) => a.crossReferences).map((r) => [r.text, r.targetId !== null]);

const agreement = (products: string) => [
  'MANUFACTURING AGREEMENT',
  'This Manufacturing Agreement is made between Corvane Medical, Inc. ("Corvane") and Helmark Devices AG ("Helmark").',
  '1. DEFINITIONS',
  '"Prior Orders" has the meaning specified in Section 2.1;',
  products,
  '"Specifications" means, as set forth on Exhibit B hereto, the specifications of each Product;',
  '2. ORDERS',
  '2.1 Helmark shall place its orders in writing.',
  'EXHIBIT B\n\nPRODUCT SPECIFICATIONS',
].join('\n\n');

describe('a reference list and the page number after it', () => {
  it('does not read the page number "- 6 -" on its own line as a further exhibit', () => {
    const text = agreement('"Products" means the packaged injectors and the other components listed on Exhibit B\n\n- 6 -\n\n\n');
    expect(refsOf(text).filter(([, found]) => !found)).toEqual([]);
  });

  it('near miss: a list written on one line still reads past its first exhibit ("Exhibit B - D")', () => {
    const text = agreement('"Products" means the packaged injectors listed on Exhibit B - D;');
    expect(refsOf(text).filter(([, found]) => !found)).toEqual([['Exhibit D', false]]);
  });
});

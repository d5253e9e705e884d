// A cover page's table of business terms names the parties on rows of their own: the short name as the row's label,
// the full name and its description as the value. With no preamble, the rows are where the parties are.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const COVER = [
  'Patent Cross-License - Cover Page\n',
  'Effective Date\tMarch 2, 2027\n',
  'Harrowgate\tHarrowgate Conveyors, Inc., a Michigan corporation, 41 Dock Road, Grand Rapids, MI 49503\n',
  'Linwood\tLinwood Vision Systems, LLC, a Texas limited liability company, 900 Mill Street, Austin, TX 78701\n',
  'Licensed Field\tParcel sorting and dimensioning systems\n',
  'Harrowgate Patents\tThe patents listed in Part 1 of Exhibit A\n',
  '\nStandard Terms\n\n2. License\n\n2.1 Harrowgate hereby grants to Linwood a non-exclusive license under the Harrowgate Patents.\n',
].join('\n');

describe('parties on a cover page table', () => {
  it('reads a row whose label opens the full name of a company it describes as the party and its alias', () => {
    expect(factsOf(COVER).parties.map((p) => [p.name, [...p.aliases]])).toEqual([
      ['Harrowgate Conveyors, Inc.', ['Harrowgate']],
      ['Linwood Vision Systems, LLC', ['Linwood']],
    ]);
  });

  it('reads the rows of a Markdown table the same way', () => {
    const md = '| Term | Value |\n|---|---|\n| Harrowgate | Harrowgate Conveyors, Inc., a Michigan corporation |\n| Linwood | Linwood Vision Systems, LLC, a Texas limited liability company |\n\n## 2. License\n';
    expect(factsOf(md).parties.map((p) => p.aliases[0])).toEqual(['Harrowgate', 'Linwood']);
  });

  it('takes no row whose value is no company of that name, and leaves a preamble that names the parties alone', () => {
    // A term's row ('Harrowgate Patents'), a row naming a company under another label, and one party alone.
    const rows = 'Harrowgate Patents\tHarrowgate Conveyors, Inc., a Michigan corporation\nSupplier\tLinwood Vision Systems, LLC, a Texas limited liability company\nHarrowgate\tHarrowgate Conveyors, Inc., a Michigan corporation\n\n2. License\n';
    expect(factsOf(rows).parties).toEqual([]);
    const preamble = 'This Agreement is made between Harrowgate Conveyors, Inc. ("HCI") and Linwood Vision Systems, LLC ("LVS").\n\nHarrowgate\tHarrowgate Conveyors, Inc., a Michigan corporation\nLinwood\tLinwood Vision Systems, LLC, a Texas limited liability company\n';
    expect(factsOf(preamble).parties.map((p) => p.aliases[0])).toEqual(['HCI', 'LVS']);
  });
});

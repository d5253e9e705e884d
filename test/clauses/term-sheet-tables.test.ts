// A term sheet's points in a two-column table, as heads of terms are often written: "| 1. Licensed Patents | ... |" in
// Markdown, "1. Licensed Patents<TAB>..." where a Word or HTML table reaches the text. Each numbered row is a section
// headed by its first cell. Before, the Markdown table was one paragraph of the preamble (so 'English law governs this
// term sheet' in its last row, the improvements row and the licences were one clause, and every 'Clause 4' reference
// dangled), and a text row's first cell was no heading. Text written for these tests.
import { describe, expect, it } from 'vitest';
import { outline, tree } from './helpers.js';

const ROWS = [
  ['1. Licensed Patents', '"Halcyon Patents" means the patents listed in Annex 1. "Voltera Patents" means the patents listed in Annex 2.'],
  ['2. Licence to Voltera', 'Halcyon grants Voltera a non-exclusive, worldwide licence under the Halcyon Patents to make, use and sell battery cells.'],
  ['3. Licence to Halcyon', 'Voltera grants Halcyon a non-exclusive licence under the Voltera Patents to make, use and sell battery cells.'],
  ['4. Law', 'English law governs this term sheet. Clauses 2 and 3 survive its replacement by the long-form agreement.'],
];
const HEAD = '# Binding Term Sheet\n\nHalcyon Batteries Ltd ("Halcyon") and Voltera AB ("Voltera") agree these binding terms on 12 April 2027.\n\n';
const SECTIONS = ['1 section 1 {Licensed Patents}', '1 section 2 {Licence to Voltera}', '1 section 3 {Licence to Halcyon}', '1 section 4 {Law}'];
const body = (t: ReturnType<typeof tree>) => outline(t).filter((l) => !/^\d (?:preamble|clause) -/.test(l) && !l.startsWith('2 '));

describe('a term sheet written as a table', () => {
  it('in Markdown: each numbered row is a section headed by its first cell', () => {
    const table = ['| Item | Terms |', '|---|---|', ...ROWS.map(([a, b]) => `| ${a} | ${b} |`)].join('\n');
    expect(body(tree(`${HEAD}${table}\n`, 'markdown'))).toEqual(SECTIONS);
  });

  it('in text (a Word or HTML table, cells joined by tabs): the first cell is the heading', () => {
    const table = ['Item\tTerms', ...ROWS.map(([a, b]) => `${a}\t${b}`)].join('\n\n');
    expect(body(tree(`${HEAD}${table}\n`))).toEqual(SECTIONS);
  });

  it('near miss: a table of royalty rates (no numbered row) stays one paragraph of its section', () => {
    const rates = '| Units sold in the year | Royalty per unit |\n|---|---|\n| up to 100,000 | EUR 1.20 |\n| 100,001 and more | EUR 0.90 |';
    const t = tree(`${HEAD}## 1. Royalties\n\nVoltera pays Halcyon the royalty below.\n\n${rates}\n`, 'markdown');
    expect(body(t)).toEqual(['1 section 1 {Royalties}']);
  });

  it("near miss: a schedule's table of patents numbered '| 1 | EP 3 112 456 | ... |' stays one paragraph of the schedule", () => {
    const patents = '| No. | Patent | Title |\n|---|---|---|\n| 1 | EP 3 112 456 | Battery cell |\n| 2. | GB 2 556 789 | Electrolyte |';
    const t = tree(`${HEAD}## 1. Licence\n\nHalcyon grants Voltera a licence under the patents in Schedule 1.\n\n## Schedule 1 - Licensed Patents\n\n${patents}\n`, 'markdown');
    expect(body(t)).toEqual(['1 section 1 {Licence}', '1 schedule Schedule 1 {Licensed Patents}']);
  });
});

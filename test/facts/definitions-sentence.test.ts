// A quoted term that opens a sentence and is said to be something ('"Confidential Information" is any information
// disclosed ...', 'In this Agreement, "Net Sales" is the gross amount ...', '"Intellectual Property" includes patents
// ...') is a definition. The undefined-term check took such a term as defined by a reading of its own, but the
// definitions reader did not: a term defined so and never used was not reported unused. One reading now serves both.
// Agreements written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const defined = (text: string): string[] => factsOf(text).definitions.map((d) => d.term);

describe('a quoted term that opens a sentence, then "is", "are" or "includes"', () => {
  it('is a definition inside a paragraph, after a lead-in, or with "includes"', () => {
    const text = [
      '1.2 The parties will exchange technical information. "Confidential Information" is any information disclosed by one party to the other and marked as confidential.',
      '',
      '1.3 In this Agreement, "Net Sales" is the gross amount invoiced by Beta for products sold, less returns.',
      '',
      '1.4 "Hazardous Materials" are any substances classified as hazardous under applicable law; "Intellectual Property" includes patents, utility models and design rights.',
      '',
      '1.5 For the purposes of this Section 1.5, the term "Improvement" is any modification of a Licensed Product.',
      '',
    ].join('\n');
    expect(defined(text)).toEqual(['Confidential Information', 'Net Sales', 'Hazardous Materials', 'Intellectual Property', 'Improvement']);
  });

  it('near miss: a quoted name inside a sentence, a mention, or a statement about the quoted party', () => {
    const text = [
      '2.1 The product sold as "Zeta" is the first of the products to be launched.',
      '',
      '2.2 The parties agree that "Net Sales" is the royalty base, as Schedule 2 sets out.',
      '',
      '2.3 In Section 3, "Tiger" is used for the product line sold in Asia. "Licensee" is responsible for all taxes.',
      '',
    ].join('\n');
    expect(defined(text)).toEqual([]);
  });

  it('leaves a term defined by what it includes out of the undefined terms, and reports one defined by nothing', () => {
    const undefinedTerms = (text: string): string[] => factsOf(text).undefinedTerms.map((t) => t.term);
    expect(undefinedTerms('1.1 "Licensed Technology" includes the patents listed in Schedule 1.\n\n2.1 Each Party may use the Licensed Technology in its products.\n')).toEqual([]);
    // Near miss: quoted and then used, but defined by nothing the reader knows.
    expect(undefinedTerms('1.1 "Licensed Technology" covers the patents listed in Schedule 1.\n\n2.1 Each Party may use the Licensed Technology in its products.\n')).toEqual(['Licensed Technology']);
  });
});

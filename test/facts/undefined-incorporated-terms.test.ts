// precision/undefined-term: "Capitalized terms used in this Agreement and not otherwise defined in this Section 1.1 shall
// have the meanings set out in the Development and License Agreement" gives every undefined term the meaning another
// agreement gives it. The incorporation was not read when the clause number it names holds a dot ("Section 1.1"): the
// sentence was taken to end there, and (in a manufacturing agreement) "Affiliate" and "Regulatory Authorities" were reported as undefined.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string) => findUndefinedTerms(text, ['Supply Agreement', 'Products'], [], locate).map((t) => t.term);

const body = [
  '2. Supply',
  '',
  '2.1 Corvane shall supply the Products to Helmark and to each Helmark Affiliate named in a purchase order.',
  '',
  '2.2 Corvane shall notify Helmark within five days of any request by the Regulatory Authorities to detain the Products.',
  '',
].join('\n');

describe('undefined terms: terms incorporated from another agreement', () => {
  it('reads the incorporation past a numbered section ("this Section 1.1")', () => {
    const text = `1. Definitions\n\n1.1 Capitalized terms used in this Supply Agreement and not otherwise defined in this Section 1.1 shall have the meanings set out in the Development and License Agreement.\n\n${body}`;
    expect(terms(text)).toEqual([]);
  });

  it('near miss: the same terms with no incorporation are undefined', () => {
    const text = `1. Definitions\n\n1.1 In this Supply Agreement, the words below have the meanings given to them in this Section 1.1.\n\n${body}`;
    expect(terms(text)).toEqual(['Regulatory Authorities']);
  });
});

// precision/undefined-term's candidates: places joined by a hyphen ("the Australia-New Zealand double tax agreement")
// name a relation between countries, not a term the agreement should define.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string) => findUndefinedTerms(text, [], [], locate).map((t) => t.term);

describe('undefined terms: hyphened places', () => {
  it('reads "the Australia-New Zealand double tax agreement" as places, not a term', () => {
    expect(terms('4. Money\n\nWithholding tax will be deducted where the Australia-New Zealand double tax agreement requires it.\n')).toEqual([]);
  });

  it('near miss: a hyphened term that names no place is still a candidate', () => {
    expect(terms('4. Money\n\nKowhai will pay the Sub-Licence Fee within 30 days after each sub-licence is granted.\n')).toEqual(['Sub-Licence Fee']);
  });
});

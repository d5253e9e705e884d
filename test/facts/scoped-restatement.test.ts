// A definition narrowed or widened for one section ('For purposes of this Section 2.01, "Buyer Field" excludes ...') is a
// second, different definition of the term: duplicate-definition reports it, as it does a second 'means'.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const DEFINITION = '1.4 "Buyer Field" means the design, manufacture and sale of storage controllers.';

describe('definitions restated for one section', () => {
  it('reads "For purposes of this Section 2.01, "X" excludes ..." as a second definition of X', () => {
    const facts = factsOf(`${DEFINITION}\n\n2.01 Beta grants Alpha a licence outside the Buyer Field. For purposes of this Section 2.01, "Buyer Field" excludes any product that Alpha sold before the Closing Date.\n`);
    expect(facts.duplicateTerms.map((d) => d.term)).toEqual(['Buyer Field']);
  });

  it('near miss: a carve-out that is not scoped to a section is no restatement', () => {
    // ("Confidential Information" does not include ... in its own clause is the usual carve-out of the definition.)
    const facts = factsOf(`${DEFINITION}\n\n2.01 Beta grants Alpha a licence outside the Buyer Field. "Buyer Field" excludes any product that Alpha sold before the Closing Date.\n`);
    expect(facts.duplicateTerms).toEqual([]);
  });
});

// A defined term with a redacted part ('"Xencor [***]" means ...', as filings blank out what is confidential) is read
// by its words, 'Xencor', which the party's own term also is. The later definition took the party's place in the
// terms' trie, so every 'Xencor shall ...' was a use of 'Xencor [***]' and the party was reported unused ('Defined in the
// paragraph at line 77 of the preamble but used nowhere in the agreement: "Xencor"', Aimmune).
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const text = (antibody: string) => `LICENCE AGREEMENT

This Licence Agreement is made between Xencor, Inc. ("Xencor") and Aimmune Therapeutics, Inc. ("Aimmune").

1. DEFINITIONS

1.1 "${antibody}" means the antibody described in the patents of Xencor listed in Schedule 1.

1.2 "Licensed Patents" means the patents listed in Schedule 1.

2. GRANT

2.1 Xencor grants to Aimmune a licence under the Licensed Patents to develop the ${antibody}.
`;

const unused = (t: string) => factsOf(t).unusedTerms.map((u) => u.term);

describe('a defined term with a redacted part', () => {
  it("takes no use from the term that is its words, and is not reported unused itself", () => {
    expect(unused(text('Xencor [***]'))).toEqual([]);
  });

  it('near miss: a term named in full is read as before, and an unused one is reported', () => {
    expect(unused(text('Xencor Antibody'))).toEqual([]);
    expect(unused(text('Xencor Antibody').replace('to develop the Xencor Antibody', 'to develop antibodies'))).toEqual(['Xencor Antibody']);
  });
});

// A definitions list in translation from German or Nordic drafting, 'is' or 'are' for 'means' ('(1) "Contractual
// Property Rights" are the patents listed in Annex 1', '"Net Selling Price" is the amount invoiced'): its terms were not
// read, so the grants 'under the Contractual Property Rights' licensed no known IP and every use was reported undefined.
// CUAD dev has one: '1.5. "COMMENCEMENT DATE" is the first business day after ...'.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const defined = (text: string): string[] => factsOf(text).definitions.map((d) => d.term);

const agreement = (entries: string): string => [
  'PATENT CROSS-LICENCE AGREEMENT',
  '',
  '§ 1 Definitions',
  '',
  entries,
  '',
  '§ 2 Licences',
  '',
  '(1) Lindqvist grants Aurelle a non-exclusive licence under its Contractual Property Rights for Contractual Products.',
  '',
].join('\n');

describe("a quoted term at a line start, then 'is' or 'are'", () => {
  it('is a definition, with or without an article after the verb', () => {
    const terms = defined(agreement('(1) "Contractual Property Rights" are the patents listed in Annex 1.\n\n(2) "Net Selling Price" is the amount invoiced to customers, less value-added tax.\n\n(3) "Contractual Products" are drive controllers using the Contractual Property Rights.'));
    expect(terms).toEqual(expect.arrayContaining(['Contractual Property Rights', 'Net Selling Price', 'Contractual Products']));
  });

  it("near miss: a quoted name in running text before 'is' names a thing, and 'is not' defines nothing", () => {
    const terms = defined(agreement('(1) The product sold as "Zeta" is the first of the Contractual Products.\n\n(2) "Lindqvist Patents" is not a term of this Agreement.'));
    expect(terms).not.toContain('Zeta');
    expect(terms).not.toContain('Lindqvist Patents');
  });
});

// A defined acronym-ended term used in the plural: '"Driver IC" means ...' then "Driver ICs sold" is a use (held-out
// k-pdf-layout 1.3 was reported as an unused definition: a plural was read only for words longer than three letters).
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const unusedOf = (text: string): string[] => factsOf(text).unusedTerms.map((u) => u.term);

const doc = (uses: string): string =>
  [
    'PATENT LICENSE AGREEMENT',
    'This Patent License Agreement is made between Acme Corp. ("Acme") and Beta Ltd. ("Beta").',
    '1. Definitions',
    '1.1 "Driver IC" means an integrated circuit that drives the pixels of a display panel.',
    '1.2 "Mask Set" means the photomasks for one design.',
    '2. Grant',
    `2.1 Acme grants to Beta a non-exclusive licence to make and sell ${uses}, each made with a Mask Set.`,
  ].join('\n\n');

describe('the plural of a term that ends in an acronym', () => {
  it('"Driver ICs" is a use of "Driver IC"', () => {
    expect(unusedOf(doc('Driver ICs'))).not.toContain('Driver IC');
  });
  it('near miss: a term that is never written stays unused', () => {
    expect(unusedOf(doc('display modules'))).toContain('Driver IC');
  });
});

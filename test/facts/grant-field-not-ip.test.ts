// A licence 'in the Field' names where it may be used, not what is licensed: the grant's IP is read past it, as 'in the
// Territory' is.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

describe('the licensed IP of a grant limited to a field', () => {
  it('is not the Field', () => {
    const text = 'Alpha hereby grants to Beta a non-exclusive, worldwide licence in the Field to practise the inventions claimed in the Alpha Patents and any Improvements to them.';
    const { grants } = factsOf(text);
    expect(grants).toHaveLength(1);
    expect(grants[0]?.ip).toBe('Patents');
    expect(factsOf('Beta hereby grants to Alpha a non-exclusive licence in the Licensed Field of Use to use the Beta Software.').grants[0]?.ip).toBe('Software');
  });

  it('still reads a defined IP the licence is in', () => {
    expect(factsOf('Alpha hereby grants to Beta a non-exclusive licence in the Alpha Technology to make Licensed Products.').grants[0]?.ip).toBe('the Alpha Technology');
  });
});

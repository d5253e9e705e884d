// Three ways the grant facts misread held-out agreements (test/agreements za, zb): a field named by several capitalised
// words before 'Field' ('the Industrial Metrology Field') was no field, so two grants in different fields looked alike;
// a most-favoured-licensee clause's 'If, after the Effective Date, Corvane grants to any Third Party a license' (the
// condition's time between commas) was read as a grant made here; and a grant-back 'licence (with the right to
// sublicense) to use and exploit each Licensee Improvement' had no IP, so it counted as a licence back of a portfolio
// and made a licence a cross-license.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const PREAMBLE = 'This Patent Cross-License Agreement is made between Corvane Instruments, Inc. ("Corvane") and Halvorsen Metrology Corporation ("Halvorsen").';

describe('grant facts', () => {
  it('reads a field of up to three capitalised words before "Field"', () => {
    const facts = factsOf([
      PREAMBLE,
      '2.1 Corvane hereby grants to Halvorsen a non-exclusive license under the Corvane Patents to make and sell Licensed Products in the Industrial Metrology Field.',
      '2.2 Halvorsen hereby grants to Corvane a non-exclusive license under the Halvorsen Patents to make and sell Licensed Products in the Semiconductor Inspection Field.',
    ].join('\n\n'));
    expect(facts.grants.map((g) => g.field)).toEqual(['Industrial Metrology Field', 'Semiconductor Inspection Field']);
  });

  it('reads no grant in a condition whose time stands between commas, and still reads one after such a time', () => {
    const mfl = factsOf([
      PREAMBLE,
      '2.1 Corvane hereby grants to Halvorsen a non-exclusive license under the Corvane Patents.',
      '3.3 If, after the Effective Date, Corvane grants to any Third Party a license under the Corvane Patents on more favorable terms, Corvane shall notify Halvorsen within thirty (30) days.',
    ].join('\n\n'));
    expect(mfl.grants).toHaveLength(1);
    // Near miss: a time between commas with no condition before it is the grant's own.
    const timed = factsOf([
      PREAMBLE,
      '2.1 Corvane hereby grants to Halvorsen a non-exclusive license under the Corvane Patents.',
      '2.2 With effect from the Effective Date, Halvorsen hereby grants to Corvane a non-exclusive license under the Halvorsen Patents.',
    ].join('\n\n'));
    expect(timed.grants).toHaveLength(2);
  });

  it('reads the object of a grant-back after an aside and two verbs as its IP, so a licence with it stays a licence', () => {
    const licence = [
      'This Technology Licence Agreement is made between Tessaract Water Technologies Pty Ltd (the "Licensor") and Brindle Process Engineering Limited (the "Licensee").',
      '2.1 The Licensor grants to the Licensee an exclusive licence under the Licensed Technology to make and sell Licensed Products in the Field.',
    ];
    const back = factsOf([...licence, '4.2 The Licensee grants to the Licensor an exclusive, perpetual and royalty-free licence (with the right to sublicense) to use and exploit each Licensee Improvement outside the Territory.'].join('\n\n'));
    expect(back.grants[1]?.ip).toMatch(/^each Licensee Improvement\b/);
    expect(back.kind).toBe('license');
    // Near miss: a licence back of the licensee's own portfolio, written the same way, is a cross-license.
    const portfolio = factsOf([...licence, '4.2 The Licensee grants to the Licensor an exclusive licence (with the right to sublicense) to use and exploit the Brindle Patents outside the Territory.'].join('\n\n'));
    expect(portfolio.kind).toBe('cross-license');
  });
});

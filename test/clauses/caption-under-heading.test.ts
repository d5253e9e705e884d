// A caption set on the line under a numbered heading ('1. Grant' / 'Licence to Beta Patents' / 'Licensor grants ...')
// is no part of the heading: the heading read 'Grant Licence to Beta Patents'. The caption is a heading line, as it is
// after a blank line: it heads a clause of its own over the section's sub-clauses, and where the section has none it is
// the section's text. A heading line right over its text ('2. Term' / 'This Agreement continues ...') was lost (no
// heading). Agreements written for these tests.
import { describe, expect, it } from 'vitest';
import { byNumber, outline, tree } from './helpers.js';

const PREAMBLE = 'PATENT LICENCE AGREEMENT\n\nThis Agreement is made between Orrin Photonics Ltd ("Licensor") and Valdis Optics SIA ("Licensee").\n\n';
const REST = '\n\n2. Term\n\nThis Agreement continues until the last of the Licensed Patents expires.\n';

describe('a Title Case caption under a numbered heading', () => {
  it("leaves the heading 'Grant', the caption in the section's text", () => {
    const t = tree(`${PREAMBLE}1. Grant\nLicence to Beta Patents\nLicensor grants to Licensee a non-exclusive licence under the Licensed Patents to make and sell Lens Modules.${REST}`);
    expect(byNumber(t, '1').heading).toBe('Grant');
    expect(byNumber(t, '2').heading).toBe('Term');
  });

  it('reads the caption over sub-clauses as it reads it after a blank line: a headed clause before 1.1', () => {
    const body = 'Licence to Beta Patents\n1.1 Licensor grants to Licensee a non-exclusive licence under the Licensed Patents.\n1.2 The licence extends to no other product.';
    const wrapped = outline(tree(`${PREAMBLE}1. Grant\n${body}${REST}`));
    expect(wrapped.filter((l) => !/preamble|^2 clause -( \{PATENT LICENCE AGREEMENT\})?$/.test(l))).toEqual([
      '1 section 1 {Grant}',
      '2 clause - {Licence to Beta Patents}',
      '2 section 1.1',
      '2 section 1.2',
      '1 section 2 {Term}',
    ]);
    expect(wrapped).toEqual(outline(tree(`${PREAMBLE}1. Grant\n\n${body}${REST}`)));
  });

  it("reads a heading on its own line over its text, with no blank line between: '2. Term' / 'This Agreement continues ...'", () => {
    const t = tree(`${PREAMBLE}1. Grant\nLicensor grants to Licensee a non-exclusive licence under the Licensed Patents.\n\n2. Term\nThis Agreement continues until the last of the Licensed\nPatents expires.\n`);
    expect(t.clauses.filter((c) => c.number !== null).map((c) => c.heading)).toEqual(['Grant', 'Term']);
  });

  it('near miss: a heading that a hard wrap broke, a run-in heading, and a number before a sentence stay as they were', () => {
    const t = tree(
      `${PREAMBLE}1. Limitation of Liability and Exclusion of Indirect\nConsequential Damages\nNeither party is liable for any indirect loss.\n\n2. Royalties. The Licensee shall pay\nRoyalties quarterly.\n\n3. The Licensee\nShall keep the Licensed Patents secret.\n`,
    );
    expect(t.clauses.filter((c) => c.number !== null).map((c) => c.heading)).toEqual(['Limitation of Liability and Exclusion of Indirect Consequential Damages', 'Royalties', null]);
  });
});

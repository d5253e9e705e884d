// "Photonik shall promptly communicate to Solaris any Improvement it makes and hereby grants to Solaris ...": the grant
// verb shares the subject of the verb it is joined to, the party that opens the sentence. Before, the last party named
// before the verb (the earlier verb's object) was read as the grantor, a grant of Solaris's to itself.
// Agreements written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const directions = (text: string) => factsOf(text).grants.map((g) => `${g.grantor} -> ${g.grantee}`);

const HEAD = 'PATENT CROSS-LICENCE AGREEMENT\n\nThis Agreement is made on 2 March 2027 between Solaris Énergie SAS ("Solaris") and Photonik Italia S.p.A. ("Photonik").\n\n';

describe('a grant verb joined to an earlier verb of the same subject', () => {
  it("reads the sentence's subject as the grantor (before: Solaris -> Solaris)", () => {
    const text = `${HEAD}5.1 Photonik shall promptly communicate to Solaris any Improvement it makes and hereby grants to Solaris a non-exclusive, royalty-free licence under such Improvement.\n`;
    expect(directions(text)).toEqual(['Photonik Italia S.p.A. -> Solaris Énergie SAS']);
  });

  it('near miss: a grant with its own subject after the conjunction keeps that subject', () => {
    const text = `${HEAD}5.1 Photonik shall promptly communicate to Solaris any Improvement it makes, and Solaris hereby grants to Photonik a non-exclusive licence under the Solaris Patents to use such Improvement.\n`;
    expect(directions(text)).toEqual(['Solaris Énergie SAS -> Photonik Italia S.p.A.']);
  });

  it('near miss: a sentence that opens with a condition is read as before', () => {
    const text = `${HEAD}5.1 If Photonik makes an Improvement, Solaris shall be informed and hereby grants to Photonik a non-exclusive licence under the Solaris Patents to use such Improvement.\n`;
    expect(directions(text)).toEqual(['Solaris Énergie SAS -> Photonik Italia S.p.A.']);
  });
});

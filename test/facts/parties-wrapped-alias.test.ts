// A hard-wrapped preamble (EDGAR exhibits, plain-text precedents) may break a party's quoted alias over two lines:
// '... for the Licensors (the "Licensing\nAdministrator"), and Kestrel ...'. The alias is read across the one line
// break; a quotation mark left open until after a blank line names no alias. Preambles written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const partiesOf = (text: string) => factsOf(text).parties.map((p) => ({ name: p.name, aliases: [...p.aliases] }));

describe('a quoted alias broken over two lines', () => {
  it('reads the alias across the line break, and the party after it', () => {
    const text = 'This Patent Portfolio License Agreement (the "Agreement") is made as of March 2, 2026 between Harrow Codec\nLicensing LLC, a Delaware limited liability company, acting as licensing administrator for the Licensors (the "Licensing\nAdministrator"), and Ostrava Vision a.s., a company organized under the laws of the Czech Republic ("Licensee").\n\n1. Definitions';
    expect(partiesOf(text)).toEqual([
      { name: 'Harrow Codec Licensing LLC', aliases: ['Licensing Administrator'] },
      { name: 'Ostrava Vision a.s.', aliases: ['Licensee'] },
    ]);
  });

  it('near miss: a quotation mark left open before a blank line is no alias', () => {
    const text = 'This Agreement is made between Alpha Inc., a Delaware corporation (the "Licensor\n\nand Beta Ltd, an English company ("Beta").\n\n1. Grant';
    expect(partiesOf(text).map((p) => p.aliases).flat()).not.toContain('Licensor and Beta Ltd, an English company (');
  });
});

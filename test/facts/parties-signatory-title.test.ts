// A signatory's academic title in a party's description ('represented by its Rector, Prof. Dr. Helena Bastos', the
// Portuguese 'Profa.') is no sentence end: the preamble goes on to the party's alias and to the next party. Preambles
// written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const partiesOf = (text: string) => factsOf(text).parties.map((p) => ({ name: p.name, aliases: [...p.aliases] }));

describe("a signatory's title in a party's description", () => {
  it('reads past "Prof." to the alias and the next party', () => {
    const text = '# RESEARCH COOPERATION AGREEMENT\n\n**PARTIES**\n\n**UNIVERSIDADE FEDERAL DO PLANALTO**, a federal public autarchy headquartered in Brasília, acting through its Innovation Agency, represented by its Rector, Prof. Dr. Marta Lins Coelho (the "**University**"); and\n\n**AGROLUZ SISTEMAS S.A.**, a corporation headquartered in Londrina, represented by its Chief Executive Officer, Mr. Paulo Reis (the "**Company**"),\n\neach a "**Party**".\n\n## Clause 1 – Object\n\n1.1 The object of this Agreement is research.';
    expect(partiesOf(text)).toEqual([
      { name: 'UNIVERSIDADE FEDERAL DO PLANALTO', aliases: ['University'] },
      { name: 'AGROLUZ SISTEMAS S.A.', aliases: ['Company'] },
    ]);
  });

  it('reads past the Portuguese "Profa."', () => {
    const text = 'This Agreement is made between Instituto Serra Azul de Pesquisa, a public foundation, represented by its President, Profa. Lúcia Andrade ("ISAP"), and Verdant Enzymes Ltd, an English company ("Verdant").\n\n1. Object';
    expect(partiesOf(text).map((p) => p.aliases)).toEqual([['ISAP'], ['Verdant']]);
  });
});

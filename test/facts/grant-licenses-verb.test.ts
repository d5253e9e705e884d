// A grant made with the verb 'licenses': 'Party A licenses Party B to implement the patents of Party A', as Chinese and
// Japanese contracts in translation write it, and 'Licensor hereby licenses to Licensee ...'. Only 'grant(s)',
// 'give(s)' and covenants were read, so such a cross-licence had no grants and was no cross-license: the reciprocity
// rules never ran on it.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';

const A = 'Shenzhen Huaxin Optoelectronic Technology Co., Ltd.';
const B = 'Kitamura Precision Industries Co., Ltd.';
const read = (articles: string) => {
  const text = `PATENT MUTUAL LICENSING CONTRACT\n\nParty A: ${A} ("Party A")\n\nParty B: ${B} ("Party B")\n\nArticle 1 Definitions\n\n1.1 "Licensed Patents" means the patents listed in the Annex.\n\nArticle 2 Content of License\n\n${articles}`;
  const a = analyze(sourceFromText(text, 'contract.txt'));
  return { kind: a.facts.kind, grants: a.facts.grants.map((g) => `${g.grantor ?? '?'} -> ${g.grantee ?? '?'}`) };
};

describe("grants: the verb 'licenses'", () => {
  it("reads 'Party A licenses Party B to implement ...' and 'hereby licenses to Party A ...' as grants", () => {
    expect(read('2.1 Party A licenses Party B to implement the patents of Party A among the Licensed Patents in the PRC.\n\n2.2 Party B hereby licenses to Party A the patents of Party B among the Licensed Patents for use in Japan.\n'))
      .toEqual({ kind: 'cross-license', grants: [`${A} -> ${B}`, `${B} -> ${A}`] });
  });

  it("near miss: the noun ('Such licenses to Party A', 'Software licenses to Party B for the first year') grants nothing", () => {
    expect(read('2.1 Such licenses to Party A and Party B are non-transferable.\n\n2.2 Party A shall give a discount on its Software licenses to Party B for the first year.\n').grants).toEqual([]);
  });
});

// Translations of Brazilian contracts into English (the sworn translator's conventions kept): parties listed 'I.', 'II.'
// after 'By this private instrument, the parties below:' and 'hereinafter referred to simply as "X"'; clauses headed
// 'CLAUSE THREE' and 'CLAUSE TWENTY-ONE' and cited 'Clause Three'; amounts 'R$ 1.500.000,00 (one million, five
// hundred thousand reais)'; a statute's 'Article 6, paragraph 3 of the Industrial Property Law'; taxes named with
// their Portuguese abbreviations ('the Tax on Industrialized Products (IPI)'). Before, none of the parties was read,
// the amount's words and figures were never compared, 'Clause Twenty-Four' was no reference (it could not dangle),
// the statute's article resolved to the agreement's Clause Six, and 'Tax' was reported as an undefined term.
import { describe, expect, it } from 'vitest';
import { findNumberPairs } from '../../src/facts/measures.js';
import { parseNumberWords } from '../../src/facts/index.js';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';
import { factsOf } from './helpers.js';

const pairs = (s: string) => findNumberPairs(s).map((p) => [p.words, p.figures]);

describe('Brazilian amounts in words and figures', () => {
  it('compares figures in reais with their words, either order, with a comma after a scale word', () => {
    expect(pairs('a balancing payment of R$ 1.500.000,00 (one million, two hundred thousand reais), in two installments')).toEqual([[1_200_000, 1_500_000]]);
    expect(pairs('a fee of one million two hundred thousand reais (R$ 1.500.000,00), payable')).toEqual([[1_200_000, 1_500_000]]);
    expect(pairs('at the rate of R$ 450,00 (four hundred and fifty reais) per hour')).toEqual([[450, 450]]);
    expect(parseNumberWords('one million, two hundred thousand')).toBe(1_200_000);
  });

  it('near misses: amounts that agree, and number words a comma separates that are no one number', () => {
    expect(pairs('a payment of R$ 1.500.000,00 (one million, five hundred thousand reais)')).toEqual([[1_500_000, 1_500_000]]);
    expect(pairs('USD 2,000,000 (two million US dollars)')).toEqual([[2_000_000, 2_000_000]]);
    // Only a scale word takes a comma: "two, three" is a list.
    expect(parseNumberWords('two, three')).toBe(5); // (the words as one run; the patterns never join them:)
    expect(pairs('within two, three (3) days')).toEqual([[3, 3]]);
  });
});

const PREAMBLE = [
  'PATENT AND TECHNOLOGY CROSS-LICENSE AGREEMENT',
  'By this private instrument, the parties below:',
  'I. AGROVALE MÁQUINAS AGRÍCOLAS S.A., a corporation headquartered in the City of Ribeirão Preto, State of São Paulo, enrolled with the CNPJ/MF under No. 04.512.377/0001-08, herein represented pursuant to its Bylaws by its Chief Executive Officer, Mr. Rodrigo Menezes Bastos, hereinafter referred to simply as "AGROVALE"; and',
  'II. SEMEARTEC SISTEMAS DE PRECISÃO LTDA., a limited liability company headquartered in the City of Campinas, State of São Paulo, herein represented by its Managing Officer, Ms. Patrícia Lins Cavalcanti, hereinafter referred to simply as "SEMEARTEC";',
  'AGROVALE and SEMEARTEC hereinafter jointly referred to as the "Parties" and individually as a "Party";',
  'WHEREAS:',
  '(i) AGROVALE designs planters.',
  'CLAUSE ONE - PURPOSE',
  '1.1. The purpose of this Agreement is the reciprocal grant of licenses.',
  'CLAUSE TWO - GRANT',
  '2.1. AGROVALE hereby grants to SEMEARTEC a non-exclusive license under the patents listed in Annex I.',
];

describe('Brazilian parties', () => {
  it("reads parties listed 'I.' and 'II.' after 'the parties below:', each 'hereinafter referred to simply as'", () => {
    expect(factsOf(PREAMBLE.join('\n\n')).parties.map((p) => [p.name, p.aliases])).toEqual([
      ['AGROVALE MÁQUINAS AGRÍCOLAS S.A.', ['AGROVALE']],
      ['SEMEARTEC SISTEMAS DE PRECISÃO LTDA', ['SEMEARTEC']],
    ]);
  });

  it('near miss: an initial before a name is kept ("I. Kruger Inc.")', () => {
    const text = 'LICENCE AGREEMENT\n\nThis Agreement is made between I. Kruger Inc., a Delaware corporation ("Kruger"), and Beta LLC ("Beta").\n\n1. Grant\n\nKruger grants Beta a licence.';
    expect(factsOf(text).parties.map((p) => p.name)).toEqual(['I. Kruger Inc.', 'Beta LLC']);
  });
});

const CLAUSES = [
  'CROSS-LICENSE AGREEMENT',
  'CLAUSE ONE - DEFINITIONS',
  '1.1. "Term" means the period set forth in Clause Twenty-One.',
  'CLAUSE TWO - LICENSES',
  '2.1. Each Party grants the other a non-exclusive license. The license granted in this Clause Two shall extend to Affiliates, and any Joint Invention shall be co-owned as governed by Article 6, paragraph 3 of the Industrial Property Law.',
  '2.2. The Parties shall register this Agreement as set forth in Clause Twenty-Four and in Clause 21.',
  'CLAUSE TWENTY-ONE - TERM',
  '21.1. This Agreement shall remain in force for ten (10) years.',
];

describe('clauses numbered in words', () => {
  const text = CLAUSES.join('\n\n');
  const facts = factsOf(text);
  const refs = [...facts.attributes.values()].flatMap((a) => a.crossReferences.map((r) => [r.text, r.targetId === null ? null : 'found']));

  it("resolves 'Clause Two' and 'Clause Twenty-One' to the clauses headed so, and 'Clause 21' to 'CLAUSE TWENTY-ONE'", () => {
    expect(refs).toContainEqual(['Clause Twenty-One', 'found']);
    expect(refs).toContainEqual(['Clause Two', 'found']);
    expect(refs).toContainEqual(['Clause 21', 'found']);
  });

  it("lets 'Clause Twenty-Four' dangle", () => {
    expect(refs).toContainEqual(['Clause Twenty-Four', null]);
  });

  it("near miss: 'Article 6, paragraph 3 of the Industrial Property Law' is the statute's, no reference to this agreement", () => {
    expect(refs.filter(([t]) => String(t).startsWith('Article'))).toEqual([]);
  });
});

describe('taxes and bodies named with their abbreviation', () => {
  const locate = noClauses();
  const terms = (text: string) => findUndefinedTerms(text, [], [], locate).map((t) => t.term);

  it("reads 'the Tax on the Circulation of Goods and Services (ICMS)' as a tax's name, not a term to define", () => {
    expect(terms('1. Definitions\n\n"Net Sales" means the gross amount invoiced, less the Tax on the Circulation of Goods and Services (ICMS), the Tax on Industrialized Products (IPI) and any other tax stated in the invoice.\n')).toEqual([]);
  });

  it('reads a sworn translator as an office', () => {
    expect(terms('NOTHING FURTHER. The above is a true and faithful translation.\n\n[Seal and signature of the Sworn Public Translator]\n')).toEqual([]);
  });

  it('near miss: a capitalised word that goes on with no abbreviation is still a candidate', () => {
    expect(terms('1. Definitions\n\n"Net Sales" means the gross amount invoiced, less the Tax on the Circulation of Goods and Services, the Tax on Industrialized Products and any other tax stated in the invoice.\n')).toContain('Tax');
  });
});

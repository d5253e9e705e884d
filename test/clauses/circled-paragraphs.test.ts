// Korean and Japanese drafting, and its English translations, number an article's paragraphs with circled numerals
// ('Article 6 (Balancing Payment)' / '① In consideration of ...' / '② The first installment ...'). Held-out zd was read
// with each article one clause and its paragraphs unnumbered, so a finding in a paragraph named 'the paragraph at line
// 82 of Article 6' and none could be told from another. A circled number opens a paragraph of the article, named
// 'Article 6(2)' as a paragraph numbered '2.' there is.
import { describe, expect, it } from 'vitest';
import { outline, tree, byNumber } from './helpers.js';
import { sectionedItemNumber } from '../../src/model/clause.js';

const ARTICLES = [
  'Article 6 (Balancing Payment)',
  '',
  '① Kiyomizu shall pay to Daehan a balancing payment of US$48,000,000 in four equal annual installments.',
  '② The first installment shall be paid within forty-five (45) days after the Effective Date, and each later one on the',
  'anniversary of the Effective Date.',
  '③ Except for the Balancing Payment, the licenses are royalty-free.',
  '',
  'Article 7 (Taxes)',
  '',
  '① Any withholding tax may be deducted as permitted by law.',
  '',
].join('\n');

describe('paragraphs numbered with circled numerals', () => {
  it('are the paragraphs of their article, a line that opens with one starting a paragraph', () => {
    const t = tree(ARTICLES);
    expect(outline(t)).toEqual([
      '1 article Article 6 {Balancing Payment}',
      '2 subclause ①',
      '2 subclause ②',
      '2 subclause ③',
      '1 article Article 7 {Taxes}',
      '2 subclause ①',
    ]);
    const second = t.clauses.find((c) => c.number === '②')!;
    const of = (id: string) => t.clauses.find((c) => c.id === id);
    expect(sectionedItemNumber(second, of)).toBe('Article 6(2)');
    expect(ARTICLES.slice(second.start, second.end)).toContain('anniversary of the Effective Date.');
  });

  it('near miss: a circled numeral in a reference opens nothing, inside a line or wrapped to its start after "Paragraph"', () => {
    const t = tree('Article 8 (Term)\n\nThe Term is the period set forth in Paragraph ① of Article 6, and ends as provided in Paragraph\n② of Article 6.\n');
    expect(outline(t)).toEqual(['1 article Article 8 {Term}']);
    expect(byNumber(t, 'Article 8').heading).toBe('Term');
  });
});

// Japanese and Korean drafting, and its English translations, leave an article's first paragraph unnumbered and number
// the next ones "2", "3" (the first is still "Paragraph 1 of Article 5"); the first paragraph's items "(1)", "(2)" come
// before paragraph 2.
import { describe, expect, it } from 'vitest';
import { outline, parentOf, tree } from './helpers.js';

const TRANSLATION = `RESEARCH TOOL LICENSE AGREEMENT

(Provisional English Translation)

Hanamura Kagaku Kabushiki Kaisha (hereinafter "Party A") and Corvell Biologics, Inc. (hereinafter "Party B") agree as follows.

Article 1 (Grant of License)
Party A grants to Party B a non-exclusive license under the Licensed Patents to use the Assay System for research.
2. Party B grants to Party A a non-exclusive license under its patents to use the Antibody Library for research.
3. Neither Party may grant a sublicense.

Article 2 (Consideration)
Party B shall pay to Party A the following amounts.
(1) An upfront fee of fifty million yen (JPY 50,000,000).
(2) A royalty of one percent (1%) of the Net Sales of each product.
2. Party A shall pay to Party B a royalty of two percent (2%) of the Net Sales of each antibody product.

Article 3 (Term)
This Agreement remains in effect for five (5) years from its date.
`;

describe('an article whose first paragraph is unnumbered, then "2.", "3."', () => {
  const t = tree(TRANSLATION);

  it('reads "2." and "3." as the article\'s second and third paragraphs', () => {
    const lines = outline(t);
    expect(lines).toContain('2 section 2');
    expect(lines).toContain('2 section 3');
    const two = t.clauses.filter((c) => c.number === '2');
    expect(two.map((c) => parentOf(t, c)?.number)).toEqual(['Article 1', 'Article 2']);
  });

  it('closes the first paragraph\'s items at "2."', () => {
    const item = t.clauses.find((c) => c.number === '(2)');
    const para2 = t.clauses.filter((c) => c.number === '2')[1];
    expect(parentOf(t, item!)?.number).toBe('Article 2');
    expect(parentOf(t, para2!)?.number).toBe('Article 2');
    expect(t.clauses.indexOf(para2!)).toBeGreaterThan(t.clauses.indexOf(item!));
  });

  it('near miss: a "2." under an article with no text of its own before it is no second paragraph', () => {
    const u = tree(`LICENSE AGREEMENT

Alpha Inc. ("Alpha") and Beta Ltd. ("Beta") agree as follows.

Article 1 (Grant)

2. Alpha grants to Beta a non-exclusive license under the Licensed Patents.

Article 2 (Term)

This Agreement remains in effect for five (5) years.
`);
    expect(u.clauses.some((c) => c.number === '2')).toBe(false);
  });
});

// precision/duplicate-definition: a definition that is only the place of the real one ('"Term" means the period set
// forth in Paragraph ① of Article 15.', held-out zd, an English translation of a Korean cross-licence) is a pointer, as
// '"Term" has the meaning given in clause 10.1' is, not a second definition in different words. A schedule or exhibit
// holds the thing defined ('means the patents set forth in Schedule A'), so a definition naming one still counts.
// Clauses written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const TERM_AT = (definition: string) => `Article 2 (Definitions)\n\n1. "Capture Date" means December 31, 2031.\n\n2. ${definition}\n\nArticle 15 (Term)\n\nThis Agreement shall remain in force from the Effective Date until the expiration of the last to expire of the Licensed Patents (the "Term"), unless terminated earlier.\n\nArticle 16 (Licensed Patents)\n\nThe Licensed Patents shall be maintained during the Term and until the Capture Date.\n`;

describe('a definition that only names where the term is defined', () => {
  it('is a pointer to the definition in the article it names', () => {
    expect(factsOf(TERM_AT('"Term" means the period set forth in Paragraph ① of Article 15.')).duplicateTerms).toEqual([]);
    expect(factsOf(TERM_AT('"Term" means the term specified in Section 15.1;')).duplicateTerms).toEqual([]);
  });

  it('near miss: a definition with words of its own still differs from the other', () => {
    expect(factsOf(TERM_AT('"Term" means ten (10) years.')).duplicateTerms.map((d) => d.term)).toEqual(['Term']);
    expect(factsOf(TERM_AT('"Term" means the period set forth in Article 15 and any renewal period agreed in writing.')).duplicateTerms.map((d) => d.term)).toEqual(['Term']);
    expect(factsOf(TERM_AT('"Term" means the period set forth in Schedule 3.')).duplicateTerms.map((d) => d.term)).toEqual(['Term']);
  });
});

// Articles numbered with a dash between the word and the figure ('ARTICLE - 6 TRANSFER OF SHARES   6.1 (a)   Each
// party ...'), as Indian joint venture deeds write them, run on in EDGAR text: 'ARTICLE - 6' was no number, so the
// article was a heading the sequence check could not place, '6.1 (a)' stayed in its line, and everything after nested
// under the last section read (a joint venture agreement's Article 15.1 was reported missing). Text written for this test.
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { analyze } from '../../src/analysis.js';
import { byNumber, outline, tree } from './helpers.js';

const deed = [
  'JOINT VENTURE AGREEMENT',
  'This Joint Venture Agreement is made between Kestrel Fuel Systems Inc. ("Kestrel") and Varuna Auto Components Limited ("Varuna"). The Parties agree as follows:',
  '  ARTICLE - 1 DEFINITIONS   1.1   "JVC" means the joint venture company formed under this Agreement.   1.2   "Shares" means the equity shares of the JVC.   ARTICLE - 2 TRANSFER OF SHARES   2.1 (a)   No Party shall transfer its Shares for five (5) years.   (b)   Varuna may transfer its Shares to its associates; and   ARTICLE - 3 DEFAULT   3.1   A Party is in default if it breaches Article 2.1 and does not cure it in thirty (30) days.   3.2   If any event of default provided in Article 3.1 occurs, the other Party may buy the defaulting Party\'s Shares under Article 2.',
].join('\n\n');

describe('an article numbered with a dash', () => {
  it('is an article, with its sections under it', () => {
    const t = tree(deed);
    expect(outline(t).filter((l) => !/^\d+ (?:preamble|clause) -/.test(l))).toEqual([
      '1 article ARTICLE - 1 {DEFINITIONS}',
      '2 section 1.1',
      '2 section 1.2',
      '1 article ARTICLE - 2 {TRANSFER OF SHARES}',
      // (the '(a)' on 2.1's own line, and so its '(b)', are paragraphs of 2.1, not items: left as they were)
      '2 section 2.1',
      '1 article ARTICLE - 3 {DEFAULT}',
      '2 section 3.1',
      '2 section 3.2',
    ]);
    expect(byNumber(t, '3.1').parentId).toBe(byNumber(t, 'ARTICLE - 3').id);
  });

  it('is found by the references to it and its sections', () => {
    const refs = [...analyze(sourceFromText(deed, 'deed.txt')).facts.attributes.values()].flatMap((a) => a.crossReferences).map((r) => [r.text, r.targetId !== null]);
    expect(refs).toEqual(expect.arrayContaining([['Article 3.1', true], ['Article 2', true], ['Article 2.1', true]]));
    expect(refs.filter(([, found]) => !found)).toEqual([]);
  });

  it('near miss: "Article - 4" cited inside a sentence starts no article', () => {
    const text = deed.replace('does not cure it in thirty (30) days.', 'does not cure it as set out in Article - 4 below.');
    expect(tree(text).clauses.map((c) => c.number)).not.toContain('ARTICLE - 4');
    expect(tree(text).clauses.map((c) => c.number)).not.toContain('Article - 4');
  });
});

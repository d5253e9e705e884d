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

describe('an article after one whose heading could not be read', () => {
  it('continues the chapter of the sections before it', () => {
    // 'ARTICLE I1' (a misread letter) is no number: its sections 2.01 and 2.02 stand at the top, and ARTICLE III
    // follows them as their chapter's successor, not as text of 2.02.
    const text = [
      'SERVICES AGREEMENT',
      'The parties agree as follows:',
      'ARTICLE I', 'GENERAL TERMS', '1.01 Definitions. Terms have the meanings given in the Schedule.',
      'ARTICLE I1', 'TERM', '2.01 Term. This Agreement runs for three years.', '2.02 Renewal. It renews for one year unless either party objects.',
      'ARTICLE III', 'SERVICES', '3.01 Services. Contractor shall perform the Services.',
      'ARTICLE IV', 'MISCELLANEOUS', '4.01 Notices. Notices shall be in writing.',
    ].join('\n\n');
    const t = tree(text);
    expect(outline(t).filter((l) => /^\d+ (?:article|section)/.test(l))).toEqual([
      '1 article ARTICLE I {GENERAL TERMS}',
      '2 section 1.01 {Definitions}',
      '1 section 2.01 {Term}',
      '1 section 2.02 {Renewal}',
      '1 article ARTICLE III {SERVICES}',
      '2 section 3.01 {Services}',
      '1 article ARTICLE IV {MISCELLANEOUS}',
      '2 section 4.01 {Notices}',
    ]);
  });

  it('near miss: an article far past the chapter of the sections before it stays text', () => {
    const text = [
      'SERVICES AGREEMENT',
      'The parties agree as follows:',
      'ARTICLE I', 'GENERAL TERMS', '1.01 Definitions. Terms have the meanings given in the Schedule.',
      'ARTICLE I1', 'TERM', '2.01 Term. This Agreement runs for three years.',
      'ARTICLE IX', 'SERVICES', '9.01 Services. Contractor shall perform the Services.',
    ].join('\n\n');
    expect(tree(text).clauses.map((c) => c.number)).not.toContain('ARTICLE IX');
  });
});

// Three readings of EDGAR text the clause tree missed: an article inserted by an amendment and numbered with a letter
// ('ARTICLE - 16A   USE OF TECHNICAL KNOW-HOW AFTER TERMINATION   16A.1  ...', CUAD's IMPCO joint venture, whose
// article was read as text of the items of 16.5), an article's heading on the next page ('ARTICLE VIII', the page
// number and running header, then 'TERMINATION', CUAD's CCA outsourcing agreement, whose heading was lost), and a
// sentence broken by a page whose legend stands between its halves ('... The initial' / '*** = Portions of this
// exhibit have been omitted ...' / '13' / 'representatives and chair of the JSC are ...', CUAD's MacroGenics: two
// paragraphs). Text written for these tests.
import { describe, expect, it } from 'vitest';
import { outline, tree } from './helpers.js';

const deed = (article16A: string) => [
  'JOINT VENTURE AGREEMENT',
  'This Joint Venture Agreement is made between Kestrel Fuel Systems Inc. ("Kestrel") and Varuna Auto Components Limited ("Varuna"). The Parties agree as follows:',
  '  ARTICLE - 1 DEFINITIONS   1.1   "JVC" means the joint venture company formed under this Agreement.',
  '  ARTICLE - 2 TERM AND TERMINATION   2.1   This Agreement shall remain in force until the JVC is wound up.   2.2   Either Party may terminate this Agreement if the other Party commits an event of default.',
  article16A,
  '  ARTICLE - 3 NOTICES   3.1   Notices shall be given in writing to the addresses of the Parties set out above.',
].join('\n\n');

describe('an article inserted with a letter after its number', () => {
  it('is an article between its neighbours, with its heading and sections', () => {
    const t = tree(deed('  ARTICLE - 2A   USE OF TECHNICAL KNOW-HOW AFTER TERMINATION   2A.1  After termination the JVC may use the Technical Know-How for two years.   2A.2  The JVC shall then return all documents that hold it.'));
    expect(outline(t).filter((l) => /article|section/.test(l))).toEqual([
      '1 article ARTICLE - 1 {DEFINITIONS}',
      '2 section 1.1',
      '1 article ARTICLE - 2 {TERM AND TERMINATION}',
      '2 section 2.1',
      '2 section 2.2',
      '1 article ARTICLE - 2A {USE OF TECHNICAL KNOW-HOW AFTER TERMINATION}',
      '2 section 2A.1',
      '2 section 2A.2',
      '1 article ARTICLE - 3 {NOTICES}',
      '2 section 3.1',
    ]);
  });

  it('has its lettered sections read where EDGAR ran them into the sentence before, after a full stop or a lost one', () => {
    // One space after a full stop ('two years. 2A.2 The JVC'), and a sentence whose full stop was lost before a section
    // number and its run-in title ('hold it 2A.3 Records. The JVC'), as unlettered numbers are read.
    const t = tree(deed('  ARTICLE - 2A   USE OF TECHNICAL KNOW-HOW AFTER TERMINATION   2A.1  After termination the JVC may use the Technical Know-How for two years. 2A.2 The JVC shall then return all documents that hold it 2A.3 Records. The JVC shall keep a record of each use.'));
    expect(outline(t).filter((l) => /section 2A/.test(l))).toEqual(['2 section 2A.1', '2 section 2A.2', '2 section 2A.3 {Records}']);
  });

  it('near miss: a section numbered with a letter cited in a sentence starts nothing', () => {
    const t = tree(deed('  2.3   The JVC may use the Technical Know-How only as permitted by 2A.1 of the Technology Agreement.'));
    expect(t.clauses.map((c) => c.number)).not.toContain('2A.1');
  });
});

const outsourcing = (afterPage: string) => [
  'OUTSOURCING AGREEMENT',
  'The parties agree as follows:',
  'ARTICLE I', 'INDEMNIFICATION', '1.01 Indemnification. Each party shall indemnify the other against third-party claims arising from its breach.',
  'ARTICLE II', '7', 'CONFIDENTIAL TREATMENT REQUESTED', afterPage,
  '2.01 Termination. Either party may terminate this Agreement on ninety (90) days\' written notice.',
  '8', 'CONFIDENTIAL TREATMENT REQUESTED',
  'ARTICLE III', 'MISCELLANEOUS', '3.01 Notices. Notices shall be given in writing.',
  '9', 'CONFIDENTIAL TREATMENT REQUESTED',
].join('\n\n');

describe('an article\'s heading after a page break', () => {
  it('is the next line that is not page furniture', () => {
    expect(outline(tree(outsourcing('TERMINATION')))).toContain('1 article ARTICLE II {TERMINATION}');
  });

  it('near miss: a sentence after the page break is no heading', () => {
    const lines = outline(tree(outsourcing('The parties may end this Agreement only as this Article provides.')));
    expect(lines).toContain('1 article ARTICLE II');
  });
});

const LEGEND = '*** = Portions of this exhibit have been omitted pursuant to a request for confidential treatment. An unredacted version has been filed separately with the Commission.';
const collaboration = (firstHalfEnd: string, legendTimes: number) => [
  'COLLABORATION AGREEMENT',
  'The parties agree as follows:',
  '1.1 Committee. The Parties hereby establish a Joint Steering Committee of three (3) representatives of each Party. Each Party may replace its representatives on written notice to the other Party.',
  `1.2 Membership. ${'Each representative shall have the seniority and the knowledge of the Product that the work of the Committee requires, and shall attend its meetings in person or by video conference. '.repeat(7)}The first chairperson shall be named by Norvale. ${firstHalfEnd}`,
  LEGEND, '13',
  'representatives and chair of the Committee are set forth in Exhibit C.',
  '1.3 Meetings. The Committee shall meet at least once each calendar quarter.',
  ...Array.from({ length: legendTimes - 1 }, (_v, k) => [`1.${k + 4} Minutes. The chairperson shall circulate minutes of each meeting within ten (10) days.`, LEGEND, String(14 + k)]).flat(),
].join('\n\n');

/** The leaf clause that holds the words `at`. */
const leafAt = (text: string, words: string) => {
  const at = text.indexOf(words);
  return tree(text).clauses.find((c) => c.children.length === 0 && c.start <= at && at < c.end);
};

describe('a sentence broken by a page whose legend stands between its halves', () => {
  it('is one paragraph when the legend repeats on the pages', () => {
    const text = collaboration('The initial', 3);
    const leaf = leafAt(text, 'representatives and chair');
    expect(leaf?.number).toBe('1.2');
    expect(leaf?.start).toBeLessThanOrEqual(text.indexOf('The initial'));
  });

  it('near miss: a first half that ends its sentence is not joined across the legend', () => {
    const text = collaboration('Its term is one year.', 3);
    expect(leafAt(text, 'representatives and chair')?.start).toBe(text.indexOf('representatives and chair'));
  });

  it('near miss: a legend that stands once is text, not a page\'s legend', () => {
    const text = collaboration('The initial', 1);
    expect(leafAt(text, 'representatives and chair')?.start).toBe(text.indexOf('representatives and chair'));
  });
});

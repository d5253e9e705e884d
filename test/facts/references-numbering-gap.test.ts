// precision/dangling-reference in EDGAR text whose sections kept some of their numbers: in an article where "2.2 ..." and
// "2.3 ..." are written but the sections after them were numbered automatically and lost their numbers ("Other
// Indemnification. ...", "Limitation of Liability. ..."), before "2.6 Insurance" again, "Section 2.4" is one of the
// headed sections in the gap, not a reference to nothing. It was reported as dangling (an error), as was "Section 1.1"
// before the article's "1.2", where the first section has a heading and no number (CUAD: a licence and hosting
// agreement's Sections 4.1 and 5.4).
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { analyze } from '../../src/analysis.js';

const refsOf = (text: string) => [...analyze(sourceFromText(text, 'licence.txt')).facts.attributes.values()]
  .flatMap((a) => a.crossReferences).sort((x, y) => x.start! - y.start!).map((r) => [r.text, r.targetId !== null]);

const agreement = (gap: string[]) => [
  'SOFTWARE LICENSE AND HOSTING AGREEMENT',
  'This Software License and Hosting Agreement is made between Norvale Systems, Inc. ("Norvale") and Tessaly Ltd. ("Tessaly").',
  'ARTICLE I\nCHARGES',
  'Reimbursement Generally. Tessaly shall reimburse Norvale for the salaries of the Retained Staff.',
  '1.2 Conditions of Reimbursement. Norvale will invoice Tessaly monthly for the amounts due under Section 1.1.',
  'Disputed Invoices. Tessaly may withhold any amount it disputes in good faith.',
  'ARTICLE II\nWARRANTIES AND INDEMNITIES',
  '2.2 Norvale Indemnification. Norvale shall indemnify Tessaly against claims that the Norvale Tools infringe.',
  '2.3 Tessaly Indemnification. Tessaly shall indemnify Norvale against claims arising from its data.',
  ...gap,
  '2.6 Insurance. Each party shall keep the insurance required by law, except as set forth in Section 2.4.',
].join('\n\n');

describe('references into a numbering gap of an article whose sections lost some numbers', () => {
  it('does not report a section that falls among the headed sections without numbers', () => {
    const refs = refsOf(agreement([
      'Other Indemnification. Norvale shall indemnify Tessaly against claims by the Retained Staff.',
      'Limitation of Liability. Neither party shall be liable for lost profits, other than under Section 2.4.',
    ]));
    expect(refs.filter(([, found]) => !found)).toEqual([]);
  });

  it('near miss: a gap with no headed section still points to nothing', () => {
    const refs = refsOf(agreement(['Neither party shall be liable for lost profits, other than under Section 2.4.']));
    expect(refs.filter(([, found]) => !found)).toEqual([['Section 2.4', false], ['Section 2.4', false]]);
  });
});

// References into a schedule's own numbering: "paragraph 4 of Schedule 2" is read among Schedule 2's paragraphs, not
// the agreement's clauses, and "Part B of Schedule 3" names a part the schedule has. Held-out m-definitions-at-end
// (rules-heldout-m).
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { analyze } from '../../src/analysis.js';

const AGREEMENT = (refs: string, schedule3 = '### Part A — Payment\n\nUS$1,000,000 within thirty (30) days.\n\n### Part B — Patents\n\nUS 11,204,772 B2.') => [
  '# PATENT CROSS-LICENSE AGREEMENT',
  '## 1. General',
  `1.1 ${refs}`,
  '1.2 Halvorsen grants Quillon a non-exclusive licence under its patents.',
  '2. Payments',
  '2.1 Quillon shall pay the amounts set out in Schedule 2.',
  '3. Disputes',
  '3.1 Disputes go to arbitration.',
  '4. Notices',
  '4.1 Notices are in writing.',
  '5. Term',
  '5.1 Five years.',
  '6. Law',
  '6.1 New York law governs.',
  '## Schedule 2 — Payments',
  '1. All amounts are payable in United States dollars.',
  '2. Amounts are due within forty-five (45) days after each quarter.',
  '3. Each Party keeps records for three (3) years.',
  '4. The Balancing Payment is not refundable.',
  '## Schedule 3 — Payment and Patents',
  schedule3,
].join('\n\n');

const referencesOf = (refs: string, schedule3?: string): { text: string; found: boolean }[] => {
  const a = analyze(sourceFromText(AGREEMENT(refs, schedule3), 'a.md'));
  const clause = a.tree.clauses.find((c) => c.number === '1.1');
  return [...(a.facts.crossReferences.get(clause?.id ?? '') ?? [])].map((r) => ({ text: r.text, found: r.targetId !== null }));
};

describe('references to a schedule paragraph or part', () => {
  it('paragraph 6 of Schedule 2 points nowhere though the agreement has a clause 6; paragraph 4 and Part B are there', () => {
    expect(referencesOf('Disputes follow paragraph 6 of Schedule 2 and payments paragraph 4 of Schedule 2, as Part B of Schedule 3 lists.')).toEqual([
      { text: 'Paragraph 6 of Schedule 2', found: false },
      { text: 'Schedule 2', found: true },
      { text: 'Paragraph 4 of Schedule 2', found: true },
      { text: 'Schedule 2', found: true },
      { text: 'Part B of Schedule 3', found: true },
      { text: 'Schedule 3', found: true },
    ]);
  });

  it('Part C of Schedule 3 points nowhere; a part written as a line of the schedule text is there', () => {
    expect(referencesOf('The patents are in Part C of Schedule 3.')).toContainEqual({ text: 'Part C of Schedule 3', found: false });
    expect(referencesOf('The patents are in Part C of Schedule 3.', 'US$1,000,000 within thirty (30) days.\nPART C\nUS 11,204,772 B2.')).toContainEqual({ text: 'Part C of Schedule 3', found: true });
  });

  it("near misses: an item of a schedule paragraph, another instrument's attachment, a paragraph of a schedule that is not attached", () => {
    // "2(d)": paragraph 2's item, not a clause of the tree.
    expect(referencesOf('Janssen may terminate under paragraph 2(d) of Schedule 2.')).toContainEqual({ text: 'Paragraph 2(d) of Schedule 2', found: true });
    // Attachment 6 of Schedule 2, not Schedule 2 itself: read as before (another instrument's, not reported).
    expect(referencesOf('The process complies with Subsection 2(c)(i) of Schedule 2, Attachment 6.').map((r) => r.text)).toEqual(['Schedule 2', 'Attachment 6']);
    // Schedule 9 is not attached: the schedule dangles, its paragraph is not reported twice.
    expect(referencesOf('See paragraph 7 of Schedule 9.').map((r) => r.text)).toEqual(['Schedule 9']);
  });
});

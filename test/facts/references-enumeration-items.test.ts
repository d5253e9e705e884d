// Bare item markers in references: after a singular "clause (b)," a marker that opens the sentence's own enumeration
// ("(i) any assignment ...") is no second reference; "clause (v) or (vi) of Section 6.6(c)" names items of that section;
// and "Attachment 4, 4.3 c)" names a paragraph of Attachment 4, not an Attachment 4.3. Agreement text written for these
// tests.
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { analyze } from '../../src/analysis.js';

const AGREEMENT = (refs: string, items = true) => [
  '# DEVELOPMENT AGREEMENT',
  '## 1. General',
  `1.1 ${refs}`,
  '1.2 Halvorsen grants Quillon a non-exclusive licence under its patents.',
  '## 2. Notices',
  '2.1 The Company shall notify the Holders promptly:',
  '(a) when a registration statement has become effective;',
  '(b) of any request by the SEC for amendments; and',
  items ? '(c) of any of the following events: (i) a stop order; (ii) a suspension; (iii) a proceeding; (iv) a delisting; (v) an untrue statement in the prospectus; or (vi) a post-effective amendment being needed.' : '(c) of any stop order.',
  '## 3. Term',
  '3.1 Five years.',
  '## Attachment 4 - Expense Participation',
  '4.1 The salary participation rate is set out below.',
  '4.3 The benefits participation rate is set out below.',
].join('\n\n');

const referencesOf = (refs: string, items = true): { text: string; found: boolean }[] => {
  const a = analyze(sourceFromText(AGREEMENT(refs, items), 'a.md'));
  const clause = a.tree.clauses.find((c) => c.number === '1.1');
  return [...(a.facts.crossReferences.get(clause?.id ?? '') ?? [])].map((r) => ({ text: r.text, found: r.targetId !== null }));
};

describe('bare item markers in references', () => {
  it('reads no reference in the marker that opens an item after "clause (b)," or "Section 2.1(a),"', () => {
    // (The bare "(b)" is the item written just before: it is there, and no reference of the clause's own list.)
    expect(referencesOf('Either Party may assign this Agreement (a) to an Affiliate or (b) to a successor; provided, however, that, with respect to clause (b), (i) any assignment shall be void unless the assignee assumes this Agreement in writing.', false)).toEqual([]);
    expect(referencesOf('The notices under Section 2.1(a), (b) any holder may waive in writing.', false)).toEqual([{ text: 'Section 2.1(a)', found: true }]);
  });

  it('near miss: a list after a plural word, or one that goes on with "above", is read whole', () => {
    expect(referencesOf('The notices under Sections 2.1(a), (b) and (c) any holder may waive in writing.', false).map((r) => r.text)).toEqual(['Section 2.1(a)', 'Section 2.1(b)', 'Section 2.1(c)']);
    expect(referencesOf('The notices under Section 2.1(a), (b) above may be waived in writing.', false)).toEqual([
      { text: 'Section 2.1(a)', found: true },
      { text: 'Section 2.1(b)', found: true },
    ]);
  });

  it('reads "clause (v) or (vi) of Section 2.1(c)" as items of that section', () => {
    expect(referencesOf('Upon any event contemplated by clause (v) or (vi) of Section 2.1(c) above, the Company shall prepare a supplement.')).toEqual([
      { text: 'Clause 2.1(c)(v)', found: true },
      { text: 'Clause 2.1(c)(vi)', found: true },
      { text: 'Section 2.1(c)', found: true },
    ]);
    expect(referencesOf('The rights in clauses (a), (b) and (c) of Section 2.1 survive.').map((r) => r.text)).toEqual(['Clause 2.1(a)', 'Clause 2.1(b)', 'Clause 2.1(c)', 'Section 2.1']);
  });

  it('near miss: an item of a section the agreement does not have still points nowhere', () => {
    expect(referencesOf('Upon any event contemplated by clause (v) of Section 9.4 above, the Company shall prepare a supplement.', false).map((r) => r.found)).toEqual([false, false]);
  });

  it('reads "Attachment 4,4.1 b)" and "Attachment 4, 4.3 c)" as paragraphs of Attachment 4', () => {
    expect(referencesOf('"B" shall mean the salary participation rate as defined in Attachment 4,4.1 b), and "C" the rate defined by Attachment 4, 4.3 c).')).toEqual([
      { text: 'Attachment 4', found: true },
      { text: 'Attachment 4', found: true },
    ]);
  });

  it('near miss: a list of two schedules names both', () => {
    expect(referencesOf('The rates are set out in Attachments 4 and 5.')).toEqual([
      { text: 'Attachment 4', found: true },
      { text: 'Attachment 5', found: false },
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument, tag } from '../../src/check.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { loadBuiltinPacks } from '../../src/rules/index.js';
import { byNumber, outline, parentOf, tree } from './helpers.js';

const md = readFileSync(new URL('./fixtures/cross-license.md', import.meta.url), 'utf8');

describe('Markdown structure', () => {
  const t = tree(md, 'markdown');

  it('puts title, parties and recitals in the preamble', () => {
    const pre = t.children[0]!;
    expect(pre.kind).toBe('preamble');
    expect(md.slice(pre.start, pre.end)).toMatch(/^# PATENT CROSS-LICENSE AGREEMENT[\s\S]*B\. The parties wish[\s\S]*patents\.$/);
    expect(t.clauses.some((c) => c.number === 'A')).toBe(false);
  });

  it('nests numbered headings, numbered paragraphs and lists', () => {
    expect(outline(t).slice(6)).toEqual([
      '1 section 1 {Definitions}',
      '2 section 1.1',
      '2 section 1.2',
      '1 section 2 {Grant of Licences}',
      '2 section 2.1 {Grant to Beta}',
      '3 clause -',
      '3 subclause (a)',
      '3 subclause (b)',
      '2 section 2.2 {Grant to Alpha}',
      '2 section 2.3 {Sublicensing}',
      '3 clause -',
      '3 clause 1',
      '3 clause 2',
      '4 subclause -',
      '4 subclause -',
      '1 section 3 {Term}',
      '1 signature -',
      '1 schedule Schedule A {Licensed Patents}',
    ]);
  });

  it('uses mdast offsets into the same text', () => {
    const s21 = byNumber(t, '2.1');
    expect(md.slice(s21.start, s21.end)).toMatch(/^2\.1 Grant to Beta\. Alpha grants[\s\S]*made by third parties\.$/);
    const s23 = byNumber(t, '2.3');
    expect(md.slice(s23.start, s23.bodyEnd).trim()).toBe('### 2.3 Sublicensing');
    const item2 = t.clauses.find((c) => c.number === '2' && c.kind === 'clause')!;
    expect(t.clauses.filter((c) => c.number === '1').map((c) => c.kind)).toEqual(['section', 'clause']);
    expect(parentOf(t, item2)!.number).toBe('2.3');
    expect(md.slice(item2.children[1]!.start, item2.children[1]!.end)).toBe('- the products are sold only to the licensee.');
    expect(item2.position.start.column).toBe(1);
    expect(item2.children[0]!.position.start.column).toBe(4);
  });

  it('never makes an HTML comment a clause', () => {
    const comment = md.indexOf('<!--');
    expect(t.clauses.some((c) => c.start <= comment && comment < c.end && c.children.length === 0)).toBe(false);
  });

  it('handles CRLF Markdown with exact offsets', () => {
    const crlf = md.replace(/\n/g, '\r\n');
    const t2 = tree(crlf, 'markdown');
    const s22 = byNumber(t2, '2.2');
    expect(crlf.slice(s22.start, s22.end)).toBe('2.2 Grant to Alpha. Beta grants to Alpha a non-exclusive licence under the Beta Patents.');
    expect(s22.position.start.line).toBe(byNumber(t, '2.2').position.start.line);
  });

  it('reads indented sub-clauses as paragraphs, not code', () => {
    const text = '## 4. Payment\n\n4.1 Royalty. Beta pays Alpha:\n\n    (a) two percent of Net Sales; and\n\n    (b) a fee of $10,000.\n';
    const t3 = tree(text, 'markdown');
    expect(byNumber(t3, '(b)')).toMatchObject({ kind: 'subclause', depth: 3, parentId: byNumber(t3, '4.1').id });
    expect(text.slice(byNumber(t3, '(a)').start, byNumber(t3, '(a)').end)).toBe('(a) two percent of Net Sales; and');
  });

  it('splits numbered lines inside one CommonMark paragraph', () => {
    const text = '## 2. Grant\n\n2.1 Grant. Licensor grants a licence to:\n(a) make;\n(b) sell; and\n   (i) export.\n';
    const t4 = tree(text, 'markdown');
    expect(outline(t4)).toEqual(['1 section 2 {Grant}', '2 section 2.1 {Grant}', '3 subclause (a)', '3 subclause (b)', '4 subclause (i)']);
    expect(text.slice(byNumber(t4, '(b)').start, byNumber(t4, '(b)').bodyEnd).trim()).toBe('(b) sell; and');
  });

  it('nests unindented (a) paragraphs under a section numbered as an ordered list item', () => {
    // CommonMark ends the list "1. Fees" at the "(a)" paragraph; drafters mean (a) and (b) to sit under 1.
    const text = '# Licence Agreement\n\n1. Fees\n\n(a) Licensee shall pay the Licence Fee within thirty (30) days.\n\n(b) Late payments bear interest at one percent per month.\n\n2. Term\n\nThis Agreement continues for five (5) years.\n';
    const t5 = tree(text, 'markdown');
    expect(outline(t5).slice(1)).toEqual(['1 section 1 {Fees}', '2 subclause (a)', '2 subclause (b)', '1 section 2 {Term}']);
    expect(text.slice(byNumber(t5, '2').start, byNumber(t5, '2').end)).toBe('2. Term\n\nThis Agreement continues for five (5) years.');
  });

  it('keeps an ordered list that enumerates inside a clause as its items', () => {
    const text = '## 2. Grant\n\n2.1 Licensee shall:\n\n1. pay the fee;\n2. deliver quarterly reports.\n\nThese obligations survive termination.\n\n## 3. Term\n\nFive years.\n';
    const t6 = tree(text, 'markdown');
    expect(outline(t6)).toEqual(['1 section 2 {Grant}', '2 section 2.1', '3 clause 1', '3 clause 2', '3 clause -', '1 section 3 {Term}']);
  });

  it('does not adopt a list item with a body for the plain paragraph after it', () => {
    const text = '# Licence Agreement\n\n1. Fees. Licensee shall pay the Licence Fee.\n\nAll amounts are in United States dollars.\n\n2. Term. This Agreement continues for five years.\n';
    const t7 = tree(text, 'markdown');
    const dollars = t7.clauses.find((c) => text.slice(c.start, c.end).startsWith('All amounts'))!;
    expect(parentOf(t7, dollars)?.number ?? null).not.toBe('1');
  });
});

describe('Markdown exported from Google Docs', () => {
  it('reads escaped clause numbers as numbers, and leaves the structure as written', () => {
    // "1\." at a line's start is escaped so that it is not a list; read, it is the number of a bold heading, and
    // "2\.1" the number of a paragraph.
    const text = '# **LICENCE AGREEMENT**\n\nThis agreement is made between Alpha and Beta.\n\n**1\\. DEFINITIONS**\n\n1\\.1 “Licensed Patents” means the patents listed in Schedule A.\n\n**2\\. LICENSE GRANTS**\n\n2\\.1 *License to Beta.* Alpha hereby grants to Beta a non-exclusive licence under the Licensed Patents.\n\n\\* Published application.\n';
    const t = tree(text, 'markdown');
    expect(outline(t).slice(3)).toEqual(['1 section 1 {DEFINITIONS}', '2 section 1.1', '1 section 2 {LICENSE GRANTS}', '2 section 2.1 {License to Beta}']);
    // offsets still point into the text as written
    expect(text.slice(byNumber(t, '2.1').start).startsWith('2\\.1 *License')).toBe(true);
  });

  it('keeps a list after a numbered paragraph as its items: the next numbered paragraph is their sibling', () => {
    const text = '## 9. Termination\n\n9.4 *Effect of termination.* On any termination:\n\n1. each sublicense continues;\n2. Sections 1 and 8 survive.\n\n9.5 *Bridging licence.* The licensor shall grant a bridging licence for twelve months.\n\n## 10. General\n\n10.1 This Agreement is governed by the laws of New York.\n';
    const t = tree(text, 'markdown');
    expect(outline(t)).toEqual(['1 section 9 {Termination}', '2 section 9.4 {Effect of termination}', '3 clause 1', '3 clause 2', '2 section 9.5 {Bridging licence}', '1 section 10 {General}', '2 section 10.1']);
  });
});

describe("reviewers' comments at the end of a Google Docs export", () => {
  const doc = (comments: string) => `# PATENT CROSS-LICENSE AGREEMENT

1\\. LICENSES

1\\.1 Each Party grants the other a non-exclusive license under its Licensed Patents.[a]

1\\.2 Neither Party may sublicense.[b]

**SCHEDULE A – LICENSED PATENTS**

| Party | Patent |
| :---- | :---- |
| Alder | US 11,204,557 B2 |

${comments}
`;
  const comments = '[a]Priya Raman: They asked for this to be one-way. Flag for Thursday.\n\n[b]Owen Takahashi: Please do not circulate.';

  it('reads them as comments, in no clause: Schedule A ends at its table', () => {
    const text = doc(comments);
    const t = tree(text, 'markdown');
    expect(t.comments).toEqual({ start: text.indexOf('[a]Priya'), end: text.trimEnd().length, count: 2 });
    expect(t.clauses.some((c) => text.slice(c.start, c.end).includes('Priya Raman'))).toBe(false);
    const schedule = t.clauses.find((c) => text.slice(c.start, c.end).startsWith('**SCHEDULE A'))!;
    expect(text.slice(schedule.start, schedule.end).endsWith('| Alder | US 11,204,557 B2 |')).toBe(true);
  });

  it("are in the document's report (check and tag): author, words, and the clause its anchor is in", async () => {
    const text = doc(`${comments}\n\n[c]Looks fine to me.`).replace('Neither Party may sublicense.[b]', 'Neither Party may sublicense.[b][c]');
    const report = await checkDocument(sourceFromText(text, 'gdoc.md'), loadBuiltinPacks());
    const number = (id: string | null) => report.clauses.find((c) => c.id === id)?.number ?? null;
    expect(report.comments?.map((k) => [k.label, k.author, k.text, number(k.clauseId), k.anchorLine, k.line])).toEqual([
      ['a', 'Priya Raman', 'They asked for this to be one-way. Flag for Thursday.', '1.1', 5, 15],
      ['b', 'Owen Takahashi', 'Please do not circulate.', '1.2', 7, 17],
      ['c', null, 'Looks fine to me.', '1.2', 7, 19],
    ]);
    expect(text.slice(report.comments![0]!.start, report.comments![0]!.end)).toBe('[a]Priya Raman: They asked for this to be one-way. Flag for Thursday.');
    expect(tag(sourceFromText(text, 'gdoc.md')).comments).toHaveLength(3);
    // near miss: a document without them has no such field
    expect('comments' in tag(sourceFromText(doc(''), 'plain.md'))).toBe(false);
  });

  it('near misses: a lettered paragraph whose anchor the text does not hold, and a comment before the end, are clause text', () => {
    const unanchored = doc('[c]Priya Raman: They asked for this to be one-way.');
    expect(tree(unanchored, 'markdown').comments).toBeUndefined();
    const inside = doc(`${comments}\n\nSCHEDULE B\n\nThe Territory is worldwide.`);
    expect(tree(inside, 'markdown').comments).toBeUndefined();
  });
});

// Paragraph references in Japanese drafting in translation: articles titled in brackets ('Article 7 (Term)'), their
// paragraphs numbered '1.', '2.', and cited within the article ('Paragraph 2 or Paragraph 3 of this Article'), in the
// article before ('Paragraph 1 of the preceding Article') or by number ('Paragraph 5 of Article 8'). Before (p-japan),
// 'Paragraph 2 ... of this Article' in Article 7 resolved to Article 2, 'Paragraph 5 of Article 8' (Article 8 has two)
// to Article 8 itself, 'Article 3' to paragraph 3 of Article 2, and the heading 'Article 7 (Term)' was a reference to
// itself.
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { analyze } from '../../src/analysis.js';

const agreement = [
  'PATENT CROSS LICENSE AGREEMENT',
  'Kisaragi Electric Co., Ltd. ("Kisaragi") and Velmont Devices Inc. ("Velmont") hereby agree as follows:',
  'Article 1 (Definitions)\n"Licensed Products" means power semiconductor modules.',
  'Article 2 (Grant of License)\n1. Kisaragi grants to Velmont a non-exclusive license under its patents.\n2. Velmont grants to Kisaragi a non-exclusive license under its patents.\n3. Neither party may grant a sublicense of the license granted in the preceding two paragraphs.',
  'Article 3 (Consideration)\n1. In consideration of the license granted in Paragraph 1 of the preceding Article, Velmont shall pay to Kisaragi a lump sum of JPY 150,000,000.\n2. The license granted in Paragraph 2 of Article 2 shall be royalty-free.',
  'Article 4 (Term)\n1. This Agreement shall remain in force until the expiration of the last to expire of the licensed patents.\n2. Either party may terminate this Agreement if the other party breaches it and fails to remedy the breach within thirty (30) days.\n3. Either party may terminate this Agreement if the other party becomes subject to a petition for bankruptcy.\n4. Notwithstanding the termination of this Agreement under Paragraph 2 or Paragraph 3 of this Article, Article 3, Paragraph 2 and Paragraph 5 of Article 5 shall survive.',
  'Article 5 (Confidentiality)\n1. Each party shall keep confidential any technical information disclosed by the other party.\n2. The obligation under the preceding paragraph shall not apply to information that is publicly known.',
].join('\n\n');

function references(text: string): Array<[string, string, string | null]> {
  const analysis = analyze(sourceFromText(text, 'a.txt'));
  const byId = new Map(analysis.tree.clauses.map((c) => [c.id, c]));
  const numberOf = (id: string | null): string | null => {
    if (id === null) return null;
    const c = byId.get(id)!;
    const parent = c.parentId === null ? undefined : byId.get(c.parentId);
    return parent?.number ? `${parent.number} ${c.number ?? '-'}` : (c.number ?? '-');
  };
  return [...analysis.facts.crossReferences].flatMap(([id, refs]) => refs.map((r): [string, string, string | null] => [numberOf(id) ?? '-', r.text, numberOf(r.targetId)]));
}

describe('paragraph references within articles (Japanese drafting in translation)', () => {
  const refs = references(agreement);

  it("reads 'Paragraph 2 or Paragraph 3 of this Article' as the article's own paragraphs", () => {
    expect(refs).toContainEqual(['Article 4 4', 'Paragraph 2 of Article 4', 'Article 4 2']);
    expect(refs).toContainEqual(['Article 4 4', 'Paragraph 3 of Article 4', 'Article 4 3']);
  });

  it("reads 'Paragraph 1 of the preceding Article' and 'Paragraph 2 of Article 2' as that article's paragraphs", () => {
    expect(refs).toContainEqual(['Article 3 1', 'Paragraph 1 of Article 2', 'Article 2 1']);
    expect(refs).toContainEqual(['Article 3 2', 'Paragraph 2 of Article 2', 'Article 2 2']);
  });

  it("finds 'Paragraph 5 of Article 5' dangling where Article 5 has two paragraphs, and reads a bare 'Paragraph 2' in its article", () => {
    expect(refs).toContainEqual(['Article 4 4', 'Paragraph 5 of Article 5', null]);
    expect(refs).toContainEqual(['Article 4 4', 'Paragraph 2 of Article 4', 'Article 4 2']);
  });

  it("resolves 'Article 3' to the article, not to paragraph 3 of Article 2 before it", () => {
    expect(refs).toContainEqual(['Article 4 4', 'Article 3', 'Article 3']);
  });

  it("does not read the heading 'Article 4 (Term)' as a reference", () => {
    expect(refs.filter(([from]) => from === 'Article 4')).toEqual([]);
  });

  it("reads an article's unnumbered first paragraph as its Paragraph 1, and 'of the preceding Article' from an article of one paragraph", () => {
    // y-japanese: 'Party A grants ...' then '2.', '3.' (Japanese drafting numbers paragraphs from the second); before,
    // 'Paragraph 1 of Article 3' was dangling, and 'Paragraph 2 of the preceding Article' in a one-paragraph article
    // was Article 2.
    const text = [
      'PATENT LICENSE AGREEMENT',
      'Kisaragi Electric Co., Ltd. ("Party A") and Velmont Devices Inc. ("Party B") hereby agree as follows:',
      'Article 1 (Grant of License)\nParty A grants to Party B a non-exclusive license under its patents.\n2. Party B grants to Party A a non-exclusive license under its patents.',
      'Article 2 (Consideration)\nIn consideration of the license granted under Paragraph 1 of Article 1, Party B shall pay to Party A JPY 50,000,000.',
      'Article 3 (Jurisdiction)\nThe Tokyo District Court shall have exclusive jurisdiction.\n2. Each Party submits to that court.',
      'Article 4 (Consultation)\nAny dispute not resolved by consultation may be brought before the court referred to in Paragraph 1 of the preceding Article.',
    ].join('\n\n');
    const found = references(text);
    expect(found).toContainEqual(['Article 2', 'Paragraph 1 of Article 1', 'Article 1 -']);
    expect(found).toContainEqual(['Article 4', 'Paragraph 1 of Article 3', 'Article 3 -']);
  });

  it('near miss: in an agreement of numbered sections, "paragraph 2" still names section 2', () => {
    const text = [
      'LICENSE AGREEMENT',
      'This Agreement is made between Orrin Devices Ltd. and Tessaly Optical GmbH, who agree as follows:',
      '1. License. Orrin grants Tessaly a non-exclusive license, subject to paragraph 2.',
      '2. Royalty. Tessaly shall pay a royalty of 3% of Net Sales.',
    ].join('\n\n');
    expect(references(text)).toContainEqual(['1', 'Paragraph 2', '2']);
  });

  it('near miss: "paragraph 4 of Article 2" where Article 2 numbers no paragraphs names the article', () => {
    const text = [
      'LICENSE AGREEMENT',
      'This Agreement is made between Orrin Devices Ltd. and Tessaly Optical GmbH, who agree as follows:',
      'Article 1 License\nOrrin grants Tessaly a non-exclusive license, subject to paragraph 4 of Article 2.',
      'Article 2 Royalty\nTessaly shall pay a royalty of 3% of Net Sales.',
    ].join('\n\n');
    expect(references(text)).toContainEqual(['Article 1', 'Paragraph 4 of Article 2', 'Article 2']);
  });
});

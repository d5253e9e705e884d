import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildClauseTree } from '../../src/clauses/index.js';
import { ingestFile } from '../../src/ingest/index.js';

// Word's legal numbering (w:isLgl, "Legal style numbering" in the Define New Multilevel List dialog): a US form numbers
// its articles "ARTICLE I" and its sections "Section 1.01" from one list, the section level showing the article's roman
// number in arabic figures and its own as two digits (decimalZero). Mammoth drops the numbers; the reader rebuilds them.
async function legalForm(legal: boolean): Promise<Uint8Array> {
  const numbered = (text: string, level: number) => new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'us-form', level } });
  const doc = new Document({
    numbering: {
      config: [{
        reference: 'us-form',
        levels: [
          { level: 0, format: LevelFormat.UPPER_ROMAN, text: 'ARTICLE %1', alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.DECIMAL_ZERO, text: 'Section %1.%2', alignment: AlignmentType.LEFT, isLegalNumberingStyle: legal },
        ],
      }],
    },
    sections: [{
      children: [
        new Paragraph({ children: [new TextRun('PATENT CROSS-LICENSE AGREEMENT')] }),
        new Paragraph({ children: [new TextRun('This Agreement is made between Alpha Devices Inc. ("Alpha") and Beta Systems Corp. ("Beta").')] }),
        numbered('DEFINITIONS', 0),
        numbered('Licensed Patents. "Licensed Patents" means the patents listed in Schedule A.', 1),
        numbered('GRANTS', 0),
        numbered('Grant to Beta. Alpha grants to Beta a non-exclusive licence under its Licensed Patents.', 1),
        numbered('Grant to Alpha. Beta grants to Alpha a non-exclusive licence under its Licensed Patents.', 1),
        numbered('Customers. The licences in Sections 2.01 and 2.02 extend to customers.', 1),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('ingestFile: Word legal numbering', () => {
  it('shows a legal-numbering level\'s numbers in arabic figures, two-digit where the level says so ("Section 2.01")', async () => {
    const source = await ingestFile('form.docx', await legalForm(true));
    expect(source.text).toContain('ARTICLE II GRANTS');
    expect(source.text).toContain('Section 2.01 Grant to Beta.');
    expect(source.text).toContain('Section 2.03 Customers.');
    const numbers = buildClauseTree(source).clauses.map((c) => c.number);
    expect(numbers).toEqual(expect.arrayContaining(['ARTICLE II', 'Section 2.01', 'Section 2.02', 'Section 2.03']));
  });

  it('near miss: without the legal-numbering switch the article keeps its roman numeral in the section number', async () => {
    const source = await ingestFile('form.docx', await legalForm(false));
    expect(source.text).toContain('Section II.01 Grant to Beta.');
  });
});

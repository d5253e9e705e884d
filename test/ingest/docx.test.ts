import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildClauseTree } from '../../src/clauses/index.js';
import { validateTree } from '../../src/clauses/validate.js';
import { ingestFile } from '../../src/ingest/index.js';
import { ClauseCheckError } from '../../src/model/index.js';
import { word } from '../helpers/word.js';

// The same agreement as a Word file: typed section numbers, bold run-in headings, Word's automatic list numbering
// (which mammoth drops and the reader restores), and a table.
async function buildDocx(): Promise<Uint8Array> {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const runIn = (number: string, heading: string, body: string) =>
    new Paragraph({ children: [new TextRun(`${number} `), new TextRun({ text: `${heading}.`, bold: true }), new TextRun(` ${body}`)] });
  const item = (text: string, level: number) => new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'legal', level } });
  const doc = new Document({
    numbering: {
      config: [{
        reference: 'legal',
        levels: [
          { level: 0, format: LevelFormat.LOWER_LETTER, text: '(%1)', alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.LOWER_ROMAN, text: '(%2)', alignment: AlignmentType.LEFT },
        ],
      }],
    },
    sections: [{
      children: [
        new Paragraph({ text: 'PATENT CROSS-LICENSE AGREEMENT', heading: HeadingLevel.TITLE }),
        p('This Agreement is made on 1 March 2024 between Alpha Devices Inc. ("Alpha") and Beta Systems GmbH ("Beta").'),
        p('NOW, THEREFORE, the parties agree as follows:'),
        new Paragraph({ text: '1. Definitions', heading: HeadingLevel.HEADING_1 }),
        runIn('1.1', 'Licensed Patents', '"Licensed Patents" means the patents listed in Schedule A.'),
        new Paragraph({ text: '2. Grant of Licences', heading: HeadingLevel.HEADING_1 }),
        runIn('2.1', 'Grant to Beta', 'Alpha grants to Beta a non-exclusive, worldwide licence under the Licensed Patents to:'),
        item('make, use and sell Licensed Products, including:', 0),
        item('modules; and', 1),
        item('finished devices;', 1),
        item('have Licensed Products made by third parties.', 0),
        runIn('2.2', 'Grant to Alpha', 'Beta grants to Alpha a non-exclusive licence under the Beta Patents.'),
        new Paragraph({ text: '3. Term', heading: HeadingLevel.HEADING_1 }),
        p('This Agreement continues until the last Licensed Patent expires.'),
        p('IN WITNESS WHEREOF, the parties have signed this Agreement.'),
        new Paragraph({ text: 'SCHEDULE A', heading: HeadingLevel.HEADING_1 }),
        new Table({ rows: [
          new TableRow({ children: [new TableCell({ children: [p('Patent')] }), new TableCell({ children: [p('Title')] })] }),
          new TableRow({ children: [new TableCell({ children: [p('US 9,876,543')] }), new TableCell({ children: [p('Wireless coil')] })] }),
        ] }),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('ingestFile: Word (.docx)', () => {
  it('extracts text whose clause tree has the agreement numbers and headings', async () => {
    const source = await ingestFile('agreement.docx', await buildDocx());
    expect(source.format).toBe('docx');
    expect(source.text).toContain('2.1 Grant to Beta. Alpha grants to Beta');
    expect(source.text).toContain('US 9,876,543\tWireless coil');
    const tree = buildClauseTree(source);
    expect(validateTree(source.text, tree, { coverage: true })).toEqual([]);
    const numbered = tree.clauses.filter((c) => c.number !== null).map((c) => `${c.depth} ${c.number}${c.heading ? ` {${c.heading}}` : ''}`);
    expect(numbered).toEqual([
      '1 1 {Definitions}',
      '2 1.1 {Licensed Patents}',
      '1 2 {Grant of Licences}',
      '2 2.1 {Grant to Beta}',
      '3 (a)',
      '4 (i)',
      '4 (ii)',
      '3 (b)',
      '2 2.2 {Grant to Alpha}',
      '1 3 {Term}',
      '1 SCHEDULE A',
    ]);
    expect(tree.children.map((c) => c.kind)).toEqual(['preamble', 'section', 'section', 'section', 'signature', 'schedule']);
  });

  it('numbers paragraphs whose numbering comes from their style (Heading 1 -> "1.", Heading 2 -> "1.1")', async () => {
    const JSZip = (await import('jszip')).default;
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const para = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const body = [
      para('LICENSE AGREEMENT'), para('This Agreement is made between A Inc. and B LLC.'),
      para('Definitions', 'Heading1'), para('Patents. "Patents" means the listed patents.', 'Heading2'),
      para('Grant', 'Heading1'), para('Licence. A grants B a licence.', 'Heading2'), para('Sublicences. B may sublicense.', 'Heading2'),
    ].join('');
    const level = (ilvl: number, style: string, text: string) =>
      `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="${style}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const rels = (rel: string, target: string) => `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${rel}" Target="${target}"/></Relationships>`;
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file('_rels/.rels', rels('officeDocument', 'word/document.xml'));
    zip.file('word/_rels/document.xml.rels', rels('numbering', 'numbering.xml'));
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
    zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="7">${level(0, 'Heading1', '%1.')}${level(1, 'Heading2', '%1.%2')}</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>`);
    const source = await ingestFile('styled.docx', await zip.generateAsync({ type: 'uint8array' }));
    const tree = buildClauseTree(source);
    expect(tree.clauses.filter((c) => c.number !== null).map((c) => `${c.depth} ${c.number} {${c.heading}}`)).toEqual([
      '1 1 {Definitions}', '2 1.1 {Patents}', '1 2 {Grant}', '2 2.1 {Licence}', '2 2.2 {Sublicences}',
    ]);
  });

  it('reads a redline as if its tracked changes were accepted: deletions, moves and comments left out, numbers as Word would show them', async () => {
    const rev = 'w:author="Counsel" w:date="2026-11-02T09:00:00Z"';
    const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const ins = (t: string) => `<w:ins w:id="1" ${rev}>${r(t)}</w:ins>`;
    const del = (t: string) => `<w:del w:id="2" ${rev}><w:r><w:delText xml:space="preserve">${t}</w:delText></w:r></w:del>`;
    const para = (style: string, body: string, mark = '') => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${mark}</w:pPr>${body}</w:p>`;
    const body = [
      para('Heading1', r('Definitions')),
      para('Heading2', r('Patents. "Patents" means the ') + del('listed ') + ins('scheduled ') + r('patents.') + `<w:commentRangeStart w:id="0"/>${r(' Products are defined below.')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`),
      para('Heading2', del('Field. "Field" means mobile handsets.'), `<w:rPr><w:del w:id="3" ${rev}/></w:rPr>`),
      para('Heading2', r('Products. "Products" means sensor modules.')),
      para('Heading2', `<w:moveFrom w:id="4" ${rev}>${r('Sublicences. Each party may sublicense to its Affiliates.')}</w:moveFrom>`, `<w:rPr><w:moveFrom w:id="5" ${rev}/></w:rPr>`),
      para('Heading1', r('Grant')),
      para('Heading2', r('Licence. Each party grants the other a non-exclusive licence.')),
      para('Heading2', `<w:moveTo w:id="6" ${rev}>${r('Sublicences. Each party may sublicense to its Affiliates.')}</w:moveTo>`, `<w:rPr><w:moveTo w:id="7" ${rev}/></w:rPr>`),
      para('Normal', r('The grants are worldwide.'), `<w:pPrChange w:id="8" ${rev}><w:pPr><w:pStyle w:val="Heading2"/></w:pPr></w:pPrChange>`),
      para('Heading2', ins('Term. The licences run until the last Patent expires.'), `<w:rPr><w:ins w:id="9" ${rev}/></w:rPr>`),
    ].join('');
    const source = await ingestFile('redline.docx', await word(body, [], ['Should Products cover modules sold alone?']));
    expect(source.text).not.toMatch(/listed|Field|Should Products/);
    expect(source.text.match(/Sublicences/g)).toHaveLength(1);
    const tree = buildClauseTree(source);
    expect(tree.clauses.filter((c) => c.number !== null).map((c) => `${c.number} {${c.heading}}`)).toEqual([
      '1 {Definitions}', '1.1 {Patents}', '1.2 {Products}', '2 {Grant}', '2.1 {Licence}', '2.2 {Sublicences}', '2.3 {Term}',
    ]);
    expect(source.text).toContain('1.1 Patents. "Patents" means the scheduled patents. Products are defined below.');
    expect(source.text).toMatch(/\nThe grants are worldwide\./); // its numbering was taken away by the change
  });

  it('refuses a zip bomb from the sizes its directory declares, before inflating', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', ' '.repeat(65 * 1024 * 1024)); // deflates to ~64 KB
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await ingestFile('bomb.docx', bomb).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ClauseCheckError);
    expect((error as ClauseCheckError).code).toBe('input-too-large');
  }, 60_000);

  it('refuses a file that is not a Word document', async () => {
    await expect(ingestFile('broken.docx', new TextEncoder().encode('not a zip'))).rejects.toBeInstanceOf(ClauseCheckError);
  });

  it("names what a zip archive named .docx holds instead (before: the reader's 'Could not find main document part. Are you sure ...?')", async () => {
    const JSZip = (await import('jszip')).default;
    const zipOf = async (files: Record<string, string>): Promise<Uint8Array> => {
      const zip = new JSZip();
      for (const [name, text] of Object.entries(files)) zip.file(name, text);
      return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    };
    const types = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
    const cases: [Record<string, string>, string][] = [
      [{ 'notes/readme.txt': 'the signed copy is in the safe' }, 'a zip archive with no Word document in it'],
      [{ '[Content_Types].xml': types, 'xl/workbook.xml': '<workbook/>' }, 'it is an Excel workbook'],
      [{ '[Content_Types].xml': types, 'ppt/presentation.xml': '<presentation/>' }, 'it is a PowerPoint presentation'],
      [{ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' }, 'it is an OpenDocument file: save it as .docx'],
    ];
    for (const [files, why] of cases) {
      const error = await ingestFile('licence.docx', await zipOf(files)).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ClauseCheckError);
      expect((error as ClauseCheckError).message).toBe(`not a readable Word document (${why})`);
      expect((error as ClauseCheckError).code).toBe('input-unsupported');
    }
  });
});

// Word keeps a cross-reference as a field (w:fldSimple, or w:fldChar / w:instrText) holding its last result, and
// footnotes in word/footnotes.xml. mammoth drops a simple field with its result, and lists the notes at the end of the
// document as one more numbered list; the reader keeps the field's result in place and each note after the paragraph
// that refers to it.
import { describe, expect, it } from 'vitest';
import { buildClauseTree } from '../../src/clauses/index.js';
import { ingestFile } from '../../src/ingest/index.js';
import { word } from '../helpers/word.js';

const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const para = (body: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${body}</w:p>`;
const simpleRef = (result: string) => `<w:fldSimple w:instr=" REF _Ref201900011 \\r \\h ">${r(result)}</w:fldSimple>`;
const complexRef = (result: string) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _Ref201900012 \\r \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const noteRef = (id: number) => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;

describe('ingestFile: Word fields and footnotes', () => {
  const body = [
    para(r('Definitions'), 'Heading1'),
    para(r('"Term" has the meaning given in clause ') + simpleRef('2.1') + r('.'), 'Heading2'),
    para(r('Term and royalties'), 'Heading1'),
    para(r('This agreement lasts ten years.'), 'Heading2'),
    para(r('Beta shall pay a royalty of 2% of Net Sales') + noteRef(1) + r(' under clause ') + complexRef('2.1') + r('.'), 'Heading2'),
    para(r('Schedule 1'), undefined),
    para(r('1. US 11,615,308 B2')),
  ].join('');

  it("keeps a simple field's result where the field stands, as a complex field's is", async () => {
    const source = await ingestFile('fields.docx', await word(body, ['Net Sales of a module are apportioned by list price.']));
    expect(source.text).toContain('1.1 "Term" has the meaning given in clause 2.1.');
    expect(source.text).toContain('under clause 2.1.');
  });

  it('places a footnote after the paragraph that refers to it, inside the same clause, not as an item after the last schedule', async () => {
    const source = await ingestFile('notes.docx', await word(body, ['Net Sales of a module are apportioned by list price.']));
    expect(source.text).toContain('2.2 Beta shall pay a royalty of 2% of Net Sales[1] under clause 2.1.\n\nFootnote 1: Net Sales of a module are apportioned by list price.\n');
    expect(source.text.trimEnd().endsWith('1. US 11,615,308 B2')).toBe(true);
    const tree = buildClauseTree(source);
    const s22 = tree.clauses.find((c) => c.number === '2.2')!;
    expect(source.text.slice(s22.start, s22.end)).toContain('Footnote 1: Net Sales of a module');
  });

  it('near miss: a document without fields or notes reads as before', async () => {
    const plain = [para(r('Grant'), 'Heading1'), para(r('Alpha grants Beta a non-exclusive licence.'), 'Heading2')].join('');
    const source = await ingestFile('plain.docx', await word(plain));
    expect(source.text.trim()).toBe('1. Grant\n\n1.1 Alpha grants Beta a non-exclusive licence.');
  });
});

// A minimal Word document for ingest tests: the body's paragraphs, a two-level list numbered by the Heading1 and Heading2
// styles ('%1.', '%1.%2'), footnotes 1.. with the given texts, and comments 0.. with theirs (a comments part only when
// there are some; the body anchors them with w:commentRangeStart / w:commentReference).
export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export async function word(body: string, footnotes: string[] = [], comments: string[] = []): Promise<Uint8Array> {
  const JSZip = (await import('jszip')).default;
  const level = (ilvl: number, style: string, text: string) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="${style}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const rels = (items: string[][]) => `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.map(([rel, target], i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${rel}" Target="${target}"/>`).join('')}</Relationships>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', rels([['officeDocument', 'word/document.xml']]));
  zip.file('word/_rels/document.xml.rels', rels([['numbering', 'numbering.xml'], ['footnotes', 'footnotes.xml'], ...(comments.length > 0 ? [['comments', 'comments.xml']] : [])]));
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="1">${level(0, 'Heading1', '%1.')}${level(1, 'Heading2', '%1.%2')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`);
  zip.file('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${footnotes.map((t, i) => `<w:footnote w:id="${i + 1}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${t}</w:t></w:r></w:p></w:footnote>`).join('')}</w:footnotes>`);
  if (comments.length > 0) {
    const comment = (t: string, i: number) => `<w:comment w:id="${i}" w:author="Counsel" w:initials="C"><w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p></w:comment>`;
    zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8"?><w:comments ${W}>${comments.map(comment).join('')}</w:comments>`);
  }
  return zip.generateAsync({ type: 'uint8array' });
}

// A minimal ZIP writer for hostile .docx files: stored or deflated entries, any entry names (../ too),
// and entries whose content is produced in chunks, so a 300 MB member never exists in memory at once.
import { crc32, deflateRawSync, constants } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  /** Content, or a generator of chunks (deflated as one stream). */
  readonly content: string | Buffer | (() => Iterable<Buffer>);
}

function deflateChunks(chunks: Iterable<Buffer>): { data: Buffer; crc: number; size: number } {
  // Deflate chunk by chunk into one raw stream: each piece ends with a sync flush, the last with finish.
  const parts: Buffer[] = [];
  let crc = 0;
  let size = 0;
  let pending: Buffer | null = null;
  for (const chunk of chunks) {
    if (pending) parts.push(deflateRawSync(pending, { finishFlush: constants.Z_SYNC_FLUSH, level: 1 }));
    crc = crc32(chunk, crc);
    size += chunk.length;
    pending = chunk;
  }
  parts.push(deflateRawSync(pending ?? Buffer.alloc(0), { level: 1 }));
  return { data: Buffer.concat(parts), crc, size };
}

export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const chunks = typeof e.content === 'function' ? e.content() : [Buffer.from(e.content)];
    const { data, crc, size } = deflateChunks(chunks);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(size >>> 0, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(header, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal Word document: content types, package relationships and word/document.xml. */
export function docx(documentXml: string | (() => Iterable<Buffer>), extra: readonly ZipEntry[] = []): Buffer {
  return zip([
    { name: '[Content_Types].xml', content: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
    { name: '_rels/.rels', content: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { name: 'word/document.xml', content: documentXml },
    ...extra,
  ]);
}

/** word/document.xml with one paragraph per string. */
export function documentXml(paragraphs: readonly string[]): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`;
}

/** A document.xml of about `megabytes` MB: one paragraph of a repeated letter, produced in 1 MB chunks. */
export function bombXml(megabytes: number): () => Iterable<Buffer> {
  return function* chunks() {
    yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>`);
    const mb = Buffer.alloc(1 << 20, 'a');
    for (let i = 0; i < megabytes; i++) yield mb;
    yield Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
  };
}

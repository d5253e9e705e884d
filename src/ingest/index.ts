// bytes + name -> Source. Decoding only: the text is kept as decoded (BOM removed, line ends as they are), but for the
// words a PDF's text broke with a hyphen at a line end, mended in place without moving any line (dehyphenate.ts), and
// its typographic ligatures ('ﬁ'), read as letters with a map back to the file's offsets (ligatures.ts).
// Word and HTML inputs are extracted to text by lazily imported adapters (ingestFile); plain runs never load them.
import { createHash } from 'node:crypto';
import { ClauseCheckError, INPUT_FORMATS, isInputFormat, type InputFormat, type Source } from '../model/index.js';
import { mendLineEndHyphens } from './dehyphenate.js';
import { mendOcrDigits } from './ocr.js';
import { dropSoftHyphens, readLigatures, readSoftHyphens, softHyphenDefault, typesetBySoftHyphens } from './ligatures.js';
import { inputTooLarge } from './size.js';

export function formatFromPath(path: string): InputFormat | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.txt') || lower.endsWith('.text')) return 'text';
  if (lower.endsWith('.docx')) return 'docx';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  return null;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

// Signatures of binary formats that are sometimes saved under a text name.
const BINARY_SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (a .docx?)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'OLE document (a .doc?)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

/** '{\\rtf', how every RTF document opens. */
const RTF_SIGNATURE = [0x7b, 0x5c, 0x72, 0x74, 0x66];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Windows-1252 leaves these five bytes undefined; text containing them is not Windows-1252. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

// 0x80-0x9F in Windows-1252 (smart quotes, dashes, euro...). Node's TextDecoder('windows-1252') decodes these
// bytes as Latin-1 C1 controls, so the range is mapped here; the rest of the code page is Latin-1.
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/**
 * Windows-1252 is accepted only when it looks like text in it: no undefined bytes, no C0 controls other
 * than tab/CR/LF/FF, and non-ASCII bytes a minority (accents, smart quotes, dashes), not binary noise.
 */
function looksLikeCp1252(bytes: Uint8Array): boolean {
  let high = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      if (CP1252_UNDEFINED.has(b)) return false;
      high++;
    } else if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) return false;
  }
  return high <= bytes.length * 0.3;
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, path: string): string {
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) throw new ClauseCheckError('input-unsupported', 'truncated UTF-16 text (odd number of bytes)', { file: path });
  let le = body;
  if (!littleEndian) {
    // swap to little-endian ourselves: 'utf-16be' is not in every Node build's TextDecoder
    le = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i += 2) {
      le[i] = body[i + 1] as number;
      le[i + 1] = body[i] as number;
    }
  }
  try {
    return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le);
  } catch {
    throw new ClauseCheckError('input-unsupported', 'not valid UTF-16 text', { file: path });
  }
}

/**
 * Decode text bytes: UTF-8 (BOM optional), UTF-16 LE/BE with BOM, else Windows-1252 when the bytes look like
 * it. Binary content (NUL bytes, image/archive signatures) is refused.
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, true, path);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, false, path);
  // Rich Text Format is text, but its words sit among control words ('{\\rtf1\\ansi\\deff0{\\fonttbl...'): checked as text,
  // a Word export saved as .rtf (or renamed .txt) gave findings about a garbled document of control words.
  if (startsWith(bytes, RTF_SIGNATURE)) throw new ClauseCheckError('input-unsupported', 'an RTF document, not a supported format (save it as .docx or .txt)', { file: path });
  for (const sig of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig.bytes)) throw new ClauseCheckError('input-unsupported', `binary content (${sig.name}), not a text agreement`, { file: path });
  }
  if (bytes.includes(0)) throw new ClauseCheckError('input-unsupported', 'binary content (NUL bytes), not a text agreement', { file: path });
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    // ignoreBOM: the BOM bytes are already skipped; a U+FEFF after them is text and must stay
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    if (start === 0 && looksLikeCp1252(bytes)) return decodeCp1252(bytes);
    throw new ClauseCheckError('input-unsupported', 'not valid UTF-8, UTF-16 (with BOM) or Windows-1252 text', { file: path });
  }
}

export interface IngestOptions {
  /**
   * Refuse inputs larger than this many bytes (input-too-large). No limit by default: the CLI applies its
   * --max-bytes policy before reading; API callers that take untrusted input set one here.
   */
  readonly maxBytes?: number;
}

function checkSize(path: string, bytes: Uint8Array, options: IngestOptions): void {
  const limit = options.maxBytes ?? Number.POSITIVE_INFINITY;
  if (bytes.length > limit) {
    throw inputTooLarge(path, bytes.length, limit);
  }
}

/** A JavaScript caller's path and bytes as the types say (text belongs to sourceFromText): a usage error otherwise, not a TypeError. */
function assertBytes(where: string, path: unknown, bytes: unknown, format: unknown): void {
  if (typeof path !== 'string') throw new ClauseCheckError('usage', `${where}: the path must be a string, got ${typeof path}`);
  assertFormat(where, path, format);
  if (!(bytes instanceof Uint8Array)) {
    const hint = typeof bytes === 'string' ? ': for text in memory use sourceFromText(text, path)' : '';
    throw new ClauseCheckError('usage', `${where}: expected the file's bytes (a Uint8Array or Buffer)${hint}, got ${bytes === null ? 'null' : typeof bytes}`, { file: path });
  }
}

/** A format named by a caller is one the readers know: a Source in another would be refused by check() only later. */
function assertFormat(where: string, path: string, format: unknown): void {
  if (format !== undefined && !isInputFormat(format)) {
    throw new ClauseCheckError('usage', `${where}: unknown format ${JSON.stringify(format)} (known: ${INPUT_FORMATS.join(', ')})`, { file: path });
  }
}

/** Text and Markdown inputs, synchronously. Word and HTML need `ingestFile`. */
export function ingest(path: string, bytes: Uint8Array, format?: InputFormat, options: IngestOptions = {}): Source {
  assertBytes('ingest()', path, bytes, format);
  checkSize(path, bytes, options);
  const fmt = format ?? formatFromPath(path) ?? 'text';
  if (fmt === 'docx' || fmt === 'html') {
    throw new ClauseCheckError('input-unsupported', `${fmt} input needs the asynchronous reader (ingestFile)`, { file: path });
  }
  return readDecoded(path, fmt, decodeText(bytes, path), bytes);
}

/**
 * Decoded text as the pipeline reads it: ligatures as letters (with the map back), and in plain text the line-end
 * hyphens and the OCR's letters in numbers mended (both keep the length). One reader for files and text in memory.
 */
function readDecoded(path: string, fmt: InputFormat, decoded: string, bytes: Uint8Array): Source {
  const { text, map } = readLigatures(decoded, readSoftHyphens(decoded, softHyphenDefault(fmt)));
  const read = fmt === 'text' ? mendOcrDigits(mendLineEndHyphens(text, typesetBySoftHyphens(decoded))) : text;
  return { path, format: fmt, text: read, sha256: sha256(bytes), ...(map ? { ligatures: map } : {}) };
}

/** Any supported input: text and Markdown as `ingest`; Word and HTML through lazily loaded extractors. */
export async function ingestFile(path: string, bytes: Uint8Array, format?: InputFormat, options: IngestOptions = {}): Promise<Source> {
  assertBytes('ingestFile()', path, bytes, format);
  checkSize(path, bytes, options);
  const fmt = format ?? formatFromPath(path) ?? 'text';
  if (fmt === 'docx') {
    const { docxToText } = await import('./docx.js');
    // offsets refer to the extracted text: its ligatures are read as letters with no map back, its soft hyphens (Word's
    // optional hyphens) dropped unless the document shows them as hyphens
    return { path, format: fmt, text: readLigatures(dropSoftHyphens(await docxToText(bytes, path))).text, sha256: sha256(bytes) };
  }
  if (fmt === 'html') {
    const { htmlToText } = await import('./html.js');
    return { path, format: fmt, text: readLigatures(dropSoftHyphens(htmlToText(decodeText(bytes, path)))).text, sha256: sha256(bytes) };
  }
  return ingest(path, bytes, fmt, options);
}

/**
 * Build a Source from text already in memory (API callers, tests): its ligatures read as letters with the map back, as
 * `ingest` reads a file's, so that the API finds what the CLI finds in the same text.
 */
export function sourceFromText(text: string, path = 'input.md', format?: InputFormat): Source {
  if (typeof text !== 'string') throw new ClauseCheckError('usage', `sourceFromText(): the text must be a string (for a file's bytes use ingest or ingestFile), got ${text === null ? 'null' : typeof text}`);
  if (typeof path !== 'string') throw new ClauseCheckError('usage', `sourceFromText(): the path must be a string, got ${typeof path}`);
  assertFormat('sourceFromText()', path, format);
  return readDecoded(path, format ?? formatFromPath(path) ?? 'text', text, new TextEncoder().encode(text));
}

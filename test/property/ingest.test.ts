// Properties of decoding: bytes or text in, a Source out, nothing lost and nothing thrown but ClauseCheckError.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClauseCheckError, ingest, sourceFromText } from '../../src/index.js';
import { anyBytes, anyText } from './arbitraries.js';
import { holds } from './harness.js';

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const utf16 = (text: string, littleEndian: boolean): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return out;
};
/** Lone surrogates replaced by U+FFFD, as TextEncoder does (String#toWellFormed is ES2024). */
const wellFormed = (s: string): string => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
/** Either decodes to exactly `expected`, or refuses with a one-line ClauseCheckError naming the file. */
function refusedOrExact(decode: () => string, expected: string, path: string): boolean {
  try {
    return decode() === expected;
  } catch (e) {
    if (!(e instanceof ClauseCheckError)) throw e;
    return e.file === path && !e.render().includes('\n');
  }
}
const paths = fc.constantFrom('a.md', 'a.txt', 'dir with space/Übereinkunft ñ.md', 'noext', 'A.MARKDOWN', 'x.text');

describe('ingest properties', () => {
  it('sourceFromText keeps any text exactly and never throws', async () => {
    await holds('sourceFromText keeps text', fc.property(anyText, paths, (text, path) => {
      const s = sourceFromText(text, path);
      return s.text === text && s.path === path && /^[0-9a-f]{64}$/.test(s.sha256);
    }), 10);
  });

  it('ingest of any bytes returns a Source (sha256 of the bytes) or throws a ClauseCheckError naming the file', async () => {
    await holds('ingest any bytes', fc.property(anyBytes, paths, (bytes, path) => {
      try {
        const s = ingest(path, bytes);
        return s.sha256 === sha(bytes) && typeof s.text === 'string' && s.path === path;
      } catch (e) {
        if (!(e instanceof ClauseCheckError)) throw e;
        return e.file === path && !e.render().includes('\n');
      }
    }), 10);
  });

  it('UTF-8 round trip: ingest(utf8(text)).text is the text, one leading BOM removed, line endings kept (text with NUL refused)', async () => {
    await holds('utf8 round trip', fc.property(anyText, fc.boolean(), (raw, withBom) => {
      const text = wellFormed(raw);
      const bytes = new TextEncoder().encode((withBom ? '\ufeff' : '') + text);
      // NUL bytes may mark binary content: refused, with a message naming the file, or kept exactly.
      if (text.includes('\0')) return refusedOrExact(() => ingest('a.txt', bytes).text, withBom ? text : text.replace(/^\ufeff/, ''), 'a.txt');
      // A BOM is removed once, whether we added it or the text began with U+FEFF.
      return ingest('a.txt', bytes).text === (withBom ? text : text.replace(/^\ufeff/, ''));
    }), 10);
  });

  // /work/notes/bugs.md "ingest-double-bom" (fixed by 14:36 UTC).
  it('a U+FEFF right after the UTF-8 BOM is text, not a second BOM', () => {
    expect(ingest('a.txt', new TextEncoder().encode('\ufeff\ufeffX')).text).toBe('\ufeffX');
  });

  // interface.md: "UTF-16 with BOM" is a supported input encoding (bugs.md "ingest-utf16-bom", fixed in 05d58c7).
  it('UTF-16 LE and BE with BOM decode to the same text as UTF-8', async () => {
    await holds('utf16 round trip', fc.property(anyText, fc.boolean(), (raw, le) => {
      const text = wellFormed(raw).replace(/^\ufeff/, '');
      if (text.includes('\0')) return refusedOrExact(() => ingest('a.txt', utf16(text, le)).text, text, 'a.txt');
      return ingest('a.txt', utf16(text, le)).text === text;
    }), 5);
  });
});

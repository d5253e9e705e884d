// bytes + name -> Source. Decoding only: the text is kept exactly as decoded (BOM removed).
import { createHash } from 'node:crypto';
import { ClauseCheckError, type InputFormat, type Source } from '../model/index.js';

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

/** Decode text bytes: UTF-8 (BOM optional). */
export function decodeText(bytes: Uint8Array, path: string): string {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    throw new ClauseCheckError('input-unsupported', 'not valid UTF-8 text', { file: path });
  }
}

export function ingest(path: string, bytes: Uint8Array, format?: InputFormat): Source {
  const fmt = format ?? formatFromPath(path) ?? 'text';
  if (fmt === 'docx' || fmt === 'html') {
    throw new ClauseCheckError('input-unsupported', `${fmt} input is not supported yet`, { file: path });
  }
  return { path, format: fmt, text: decodeText(bytes, path), sha256: sha256(bytes) };
}

/** Build a Source from text already in memory (API callers, tests). */
export function sourceFromText(text: string, path = 'input.md', format?: InputFormat): Source {
  const bytes = new TextEncoder().encode(text);
  return { path, format: format ?? formatFromPath(path) ?? 'text', text, sha256: sha256(bytes) };
}

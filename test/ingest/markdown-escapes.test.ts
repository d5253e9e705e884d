import { describe, expect, it } from 'vitest';
import { readableSource } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { unescapeMarkdown } from '../../src/ingest/markdown-escapes.js';
import { cpuClock } from '../helpers/cpu.js';

describe('Markdown backslash escapes', () => {
  it('reads each escape in place: same length, same line breaks, the word padded at its end', () => {
    const text = '**2\\. LICENSE GRANTS**\n\n2\\.1 dated \\_\\_\\_\\_,\u00a02027 at \\[●\\] and A1\\*\n';
    const read = unescapeMarkdown(text);
    expect(read).toHaveLength(text.length);
    expect(read).toBe('**2.  LICENSE GRANTS**\n\n2.1  dated ____,    \u00a02027 at [●]   and A1* \n');
  });

  it('leaves a backslash before anything but ASCII punctuation, and a text without escapes, as they are', () => {
    expect(unescapeMarkdown('C:\\Users\\counsel and a hard break\\\nhere')).toBe('C:\\Users\\counsel and a hard break\\\nhere');
    const plain = 'No escapes here: 2.1 and ____.';
    expect(unescapeMarkdown(plain)).toBe(plain);
    // an escaped backslash is one backslash
    expect(unescapeMarkdown('a\\\\b')).toBe('a\\b ');
  });

  it('is linear in a long word with no blank (an image embedded as base64)', () => {
    const long = `![img](data:image/png;base64,${'A'.repeat(400_000)}\\_${'B'.repeat(400_000)})`;
    const t0 = cpuClock();
    const read = unescapeMarkdown(long);
    expect(t0()).toBeLessThan(500);
    expect(read).toHaveLength(long.length);
  });

  it('applies to Markdown sources only', () => {
    const text = 'Section 2\\.1 applies.';
    expect(readableSource(sourceFromText(text, 'a.md')).text).toBe('Section 2.1  applies.');
    expect(readableSource(sourceFromText(text, 'a.txt')).text).toBe(text);
  });
});

// Text helpers of the facts stage: the fast paths must give exactly what the plain definitions give.
import { describe, expect, it } from 'vitest';
import { sentenceStarts, squash } from '../../src/facts/text.js';

const plainSquash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('squash', () => {
  it('returns text already on one line with single spaces as it is', () => {
    const s = 'Licensee shall pay the royalties set forth in Schedule B.';
    expect(squash(s)).toBe(s);
  });

  it('collapses line breaks, tabs, double and non-breaking spaces and trims the ends', () => {
    const cases = [
      '"Licensed Patents" means\nall patents',
      'the  Effective Date',
      '\tthe Territory',
      'the Territory ',
      ' the Territory',
      'Acme\u00a0Corp.',
      'Net\r\nSales',
      'a\u2003b',
      '',
      ' ',
    ];
    for (const s of cases) expect(squash(s)).toBe(plainSquash(s));
    expect(squash('"Licensed Patents" means\n  all   patents ')).toBe('"Licensed Patents" means all patents');
  });
});

describe('sentenceStarts', () => {
  it('does not end a sentence after an abbreviation or a single initial, and does after a word', () => {
    const text = 'The fee is paid to Acme Inc. And Beta Ltd. By wire. J. Smith signs. Then it ends.';
    const starts = sentenceStarts(text, 0, text.length);
    expect(starts.map((s) => text.slice(s, s + 4))).toEqual(['The ', 'J. S', 'Then']);
  });

  it('reads the word before the period back to the range start only', () => {
    // Read from the range start, the word before the period is "co" (an abbreviation); in full, "Inco" (a word).
    const text = 'Alpha Inco. Beta pays.';
    const from = text.indexOf('co.');
    expect(sentenceStarts(text, from, text.length)).toEqual([from]);
    expect(sentenceStarts(text, 0, text.length).map((s) => text.slice(s, s + 4))).toEqual(['Alph', 'Beta']);
  });
});

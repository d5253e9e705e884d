// Figures, then the words in brackets ("US$150,000 (one hundred fifty thousand United States dollars)"): the window is
// read with a smaller pattern, `\s` for INLINE_SPACE, when no line break stands before the first ')' past the anchor,
// where the two patterns match alike. Compiling REVERSE_PAIR cost a worker ~25M instructions on its first such pair;
// the smaller one ~11M. These tests hold the choice to REVERSE_PAIR itself, and the pairs read to what they were.
import { describe, expect, it } from 'vitest';
import { findNumberPairs, REVERSE_PAIR_ANY, reversePairFor } from '../../src/facts/measures.js';

const pairs = (s: string) => findNumberPairs(s).map((p) => [p.text, p.words, p.figures]);

describe('a reverse pair read on one line or across lines', () => {
  it('reads a pair on one line', () => {
    const text = 'The Licensee shall pay to the Licensor a fee of US$150,000 (one hundred fifty thousand United States dollars) on signature.';
    expect(pairs(text)).toEqual([['US$150,000 (one hundred fifty thousand United States dollars)', 150_000, 150_000]]);
  });

  it('reads a pair wrapped across a line, and not one split by a blank line (near miss)', () => {
    const wrapped = 'The Licensee shall pay to the Licensor a fee of INR 75,00,000 (Rupees Seventy-Five\nLakh only) within thirty days.';
    expect(pairs(wrapped)).toEqual([['INR 75,00,000 (Rupees Seventy-Five\nLakh only)', 7_500_000, 7_500_000]]);
    const crlf = 'a fee of EUR 1.500 (one thousand\r\nfive hundred euros) on signature';
    expect(pairs(crlf)).toEqual([['EUR 1.500 (one thousand\r\nfive hundred euros)', 1_500, 1_500]]);
    expect(pairs('a fee of EUR 1.500 (one thousand\n\nfive hundred euros) on signature')).toEqual([]);
  });

  it('reads a mismatched pair the same way on both routes', () => {
    expect(pairs('a milestone payment of $2,500,000 (two million dollars) on the first approval')).toEqual([['$2,500,000 (two million dollars)', 2_000_000, 2_500_000]]);
    expect(pairs('a milestone payment of $2,500,000 (two million\ndollars) on the first approval')).toEqual([['$2,500,000 (two million\ndollars)', 2_000_000, 2_500_000]]);
  });

  it('chooses REVERSE_PAIR when a line break comes before the closing bracket, else the one-line pattern', () => {
    expect(reversePairFor('$5 (five)\n\nNext', 0)).not.toBe(REVERSE_PAIR_ANY);
    expect(reversePairFor('$5 (five\n)', 0)).toBe(REVERSE_PAIR_ANY);
    expect(reversePairFor('x\n$5 (five)', 2)).toBe(REVERSE_PAIR_ANY);
    expect(reversePairFor('$5 (five', 0)).toBeNull();
  });

  // Windows built of the pieces these pairs are made of, line breaks and blank lines among them: wherever the one-line
  // pattern is chosen, the matches that the window's reading takes (up to the first that covers the anchor) are
  // REVERSE_PAIR's, groups and all.
  it('gives REVERSE_PAIR’s matches wherever the one-line pattern is chosen', () => {
    const pick = <T,>(xs: readonly T[]): T => xs[next(xs.length)] as T;
    const spaces = ['', ' ', ' ', ' ', ' ', ' ', '  ', '\t', '\u00a0', '\n', '\r\n', '\r', '\n\n', ' \n ', '\r\r', '\n \n'];
    const signs = ['US$', 'U.S. $', 'U.S.$', 'R$', '$', '€', '£', '₹', 'Rs.', 'Rs', 'R', 'EUR', 'usd', 'INR', 'x$', '5$'];
    const figures = ['150,000', '1.500', '1.500.000,00', "1'000", '2 000 000', '75,00,000', '5', '0.5', '12,50', '1,00,000', '3'];
    const suffixes = ['', '', '.-', '.--', '.–', '.'];
    const currencies = ['', '', 'United States dollars', 'US Dollars', 'U.S. dollars', 'dollars', 'Euros', 'Rupees', 'Indian Rupees', 'reais', 'Swiss francs', 'pounds sterling', 'South African rand'];
    const words = ['one', 'hundred', 'fifty', 'thousand', 'million', 'Million,', 'and', 'TWO', 'twenty-five', 'Seventy', 'lakh', 'Crore', 'five', 'ten', 'x'];
    const fillers = ['', 'a fee of ', 'payable ', '(a) ', ') and ', 'x', '.', ' on signature', ' (the Fee)', '\n\n2. '];
    let seed = 29;
    const next = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const oneLine = reversePairFor('$5 (five)', 0) as RegExp;
    let chosen = 0;
    let matched = 0;
    let differ = 0;
    for (let c = 0; c < 5_000; c++) {
      let window = pick(fillers) + pick(signs) + pick(spaces) + pick(figures) + pick(suffixes) + pick(spaces) + (next(8) === 0 ? '' : '(') + pick(spaces);
      const currency = pick(currencies);
      if (currency && next(2) === 0) window += currency + pick(spaces);
      const n = 1 + next(4);
      for (let k = 0; k < n; k++) window += (k > 0 ? pick([...spaces, '-', ', ', ' and ']) : '') + pick(words);
      if (currency && next(2) === 0) window += pick(spaces) + currency;
      if (next(3) === 0) window += pick(spaces) + 'only';
      window += pick(spaces) + (next(6) === 0 ? '' : ')') + pick(fillers) + (next(2) === 0 ? window : '');
      for (let rel = 0; rel < window.length; rel++) {
        const family = reversePairFor(window, rel);
        if (family === null) continue;
        const read = (re: RegExp) => {
          const out: (string | number | undefined)[][] = [];
          re.lastIndex = 0;
          let m: RegExpExecArray | null;
          while ((m = re.exec(window)) !== null && m.index <= rel) {
            out.push([m.index, m[0], m[1], m[2]]);
            if (m.index + m[0].length > rel) break;
          }
          return out;
        };
        const want = read(REVERSE_PAIR_ANY);
        if (family === REVERSE_PAIR_ANY) {
          // Where a line break comes first, the one-line pattern would read otherwise: the choice matters.
          if (JSON.stringify(read(oneLine)) !== JSON.stringify(want)) differ++;
          continue;
        }
        chosen++;
        if (want.length > 0) matched++;
        expect(read(family), JSON.stringify({ window, rel })).toEqual(want);
      }
    }
    expect(chosen).toBeGreaterThan(10_000);
    expect(matched).toBeGreaterThan(1_000);
    expect(differ).toBeGreaterThan(100);
  });
});

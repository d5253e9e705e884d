// One list of currency codes: an amount was read with fifteen codes (MONEY_CODES) but compared with its words with nine
// (CURRENCY_CODES), so 'HKD 250,000 (two hundred thousand)' was money and never a number mismatch, while the same with
// 'USD' was. The pairs now read the codes the amounts do.
import { describe, expect, it } from 'vitest';
import { findMoney, findNumberPairs } from '../../src/facts/measures.js';

describe('the currency codes of amounts and of pairs of words and figures', () => {
  it.each([
    ['A fee of HKD 250,000 (two hundred thousand) is due on signature.', [[200_000, 250_000]]],
    ['The Licensee shall pay JPY 15,000,000 (fifteen million) on signature.', [[15_000_000, 15_000_000]]],
    ['A fee of forty thousand (NZD 40,000) is due.', [[40_000, 40_000]]],
  ])('compares %s', (sentence, pairs) => {
    expect(findMoney(sentence).length).toBeGreaterThan(0);
    expect(findNumberPairs(sentence).map((p) => [p.words, p.figures])).toEqual(pairs);
  });

  it('compares the codes it compared before, and no code that is not a currency (near misses)', () => {
    expect(findNumberPairs('A fee of USD 250,000 (two hundred thousand) is due.').map((p) => [p.words, p.figures])).toEqual([[200_000, 250_000]]);
    expect(findNumberPairs('Part ABC 250,000 (two hundred thousand) is listed.')).toEqual([]);
  });
});

// Which mark is a figure's decimal: a comma or a full stop. Continental drafting writes 'EUR 1.500' for one thousand
// five hundred euros and '2,5 %' for two and a half per cent; English drafting writes 'USD 1,500' and '2.5%'. A figure
// with one or two digits after its comma has a decimal comma (no thousands group has fewer than three); one with one full
// stop and three digits after it ('1.500') is read by the words beside it when they give it ('EUR 1.500 (one thousand
// five hundred euros)'), else by the other figures of the document, else by its currency (the euro's drafting groups
// with full stops), else as a decimal.
import { describe, expect, it } from 'vitest';
import { findDurations, findMoney, findNumberPairs, findPercentages } from '../../src/facts/measures.js';

describe('a decimal comma in a small figure', () => {
  it.each([
    ['Interest accrues on late payments at 2,5% per annum above the base rate.', 2.5],
    ['The Licensee shall pay a royalty of 0,5 % of Net Sales of Licensed Products.', 0.5],
    ['A rebate of 12,75 per cent applies to the Second Tranche.', 12.75],
  ])('%s', (sentence, value) => {
    expect(findPercentages(sentence).map((p) => p.value)).toEqual([value]);
  });

  it.each([
    ['A handling fee of EUR 12,50 is charged for each replacement licence key.', 12.5, 'EUR'],
    ['The fee for each additional seat is 7,5 EUR per month.', 7.5, 'EUR'],
    ['Each unit sold bears a royalty of € 0,80.', 0.8, 'EUR'],
  ])('%s', (sentence, amount, currency) => {
    expect(findMoney(sentence).map((m) => [m.amount, m.currency])).toEqual([[amount, currency]]);
  });

  it('leaves thousands and Indian groups as they were (near misses)', () => {
    expect(findMoney('The Licensee shall pay USD 1,500 on signature and EUR 12,500 on the first sale.').map((m) => m.amount)).toEqual([1_500, 12_500]);
    expect(findMoney('The milestone is INR 12,50,000 on approval.').map((m) => m.amount)).toEqual([1_250_000]);
    expect(findPercentages('The rates are 10%, 20% and 1,500% of the reference value.').map((p) => p.value)).toEqual([10, 20, 1_500]);
  });

  it('compares a decimal comma in a pair of words and figures', () => {
    expect(findNumberPairs('A royalty of two and a half per cent (2,5 %) applies.').map((p) => p.figures)).toEqual([]);
    expect(findNumberPairs('The fee is EUR 12,50 (twelve euros) per key.').map((p) => [p.words, p.figures])).toEqual([[12, 12.5]]);
  });
});

describe('one full stop before three digits', () => {
  it('is read by the words beside it: no false mismatch', () => {
    const text = 'The Licensee shall pay a registration fee of EUR 1.500 (one thousand five hundred euros) on signature.';
    expect(findNumberPairs(text).map((p) => [p.words, p.figures])).toEqual([[1_500, 1_500]]);
    // One amount: the words in brackets restate the figures (they were a second money fact).
    expect(findMoney(text).map((m) => [m.text, m.amount])).toEqual([['EUR 1.500', 1_500]]);
    expect(findMoney('Fee: USD 5,000 (in words: five thousand dollars), and CHF 1.500.- (one thousand five hundred francs).').map((m) => m.text)).toEqual(['USD 5,000', 'CHF 1.500']);
    // Near misses: words in brackets after a clause number, or after other words, are an amount of their own.
    expect(findMoney('The cap in Clause 4 (one thousand dollars) applies, and (in any case) ten thousand dollars more.').map((m) => m.amount)).toEqual([1_000, 10_000]);
    const wordsFirst = 'The Licensee shall pay two thousand five hundred euros (EUR 2.500) for each audit.';
    expect(findNumberPairs(wordsFirst).map((p) => [p.words, p.figures])).toEqual([[2_500, 2_500]]);
    expect([...new Set(findMoney(wordsFirst).map((m) => m.amount))]).toEqual([2_500]);
    // In any currency: the words settle it before the currency would.
    const dollars = 'A late fee of USD 1.500 (one thousand five hundred US dollars) is due per week of delay.';
    expect(findNumberPairs(dollars).map((p) => [p.words, p.figures])).toEqual([[1_500, 1_500]]);
    expect(findMoney(dollars).map((m) => m.amount)[0]).toBe(1_500);
    // Words that give neither reading still disagree with the figures, read as the currency reads them.
    expect(findNumberPairs('A fee of EUR 1.500 (one thousand two hundred euros) is due.').map((p) => [p.words, p.figures])).toEqual([[1_200, 1_500]]);
  });

  it("is read by the document's other figures", () => {
    const continental = 'The upfront fee is EUR 250.000,00. The Licensee shall also pay USD 1.500 for each audit and a royalty of 3,5 % of Net Sales.';
    expect(findMoney(continental).map((m) => m.amount)).toEqual([250_000, 1_500]);
    const english = 'The upfront fee is EUR 250,000.00. The Licensee shall also pay EUR 1.500 for each audit and a royalty of 3.5% of Net Sales.';
    expect(findMoney(english).map((m) => m.amount)).toEqual([250_000, 1.5]);
  });

  it('is read by its currency when nothing else says (near misses: other currencies, a leading zero, a percentage)', () => {
    expect(findMoney('A handling charge of EUR 1.500 applies per shipment.').map((m) => m.amount)).toEqual([1_500]);
    expect(findMoney('A handling charge of € 2.750 applies per shipment.').map((m) => m.amount)).toEqual([2_750]);
    expect(findMoney('A handling charge of USD 1.500 applies per shipment.').map((m) => m.amount)).toEqual([1.5]);
    expect(findMoney('The royalty is EUR 0.125 per unit shipped.').map((m) => m.amount)).toEqual([0.125]);
    expect(findPercentages('The fee is 1.250% of the price.').map((p) => p.value)).toEqual([1.25]);
  });
});

// Durations too: '2,5 years' was 5 years, and '$100,000    Year 2' (a table of payments) a duration of 0 days.
describe('a decimal comma in a duration', () => {
  it('reads 2,5 years as two and a half', () => {
    expect(findDurations('The warranty period is 2,5 years from delivery of each Device.').map((d) => d.days)).toEqual([Math.round(2.5 * 365)]);
    expect(findDurations('Beta may extend the evaluation by 1,5 months once.').map((d) => d.days)).toEqual([45]);
  });

  it('near misses: whole figures, a decimal point; no "000 Year" after a thousands comma', () => {
    expect(findDurations('Notice of 30 days, a term of 2.5 years.').map((d) => d.days)).toEqual([30, Math.round(2.5 * 365)]);
    expect(findDurations('Minimum payments: $100,000    Year 2; $400,000    Year 3.').map((d) => d.days)).toEqual([]);
  });
});

// A figure grouped in thousands is a duration too: '1,000 days' was none, and 'one thousand (1,000) days' neither.
describe('a duration grouped in thousands', () => {
  it('reads 1,000 days, 1,095 calendar days and one thousand (1,000) days', () => {
    expect(findDurations('The licence under clause 2.1 lasts 1,000 days from the Effective Date.').map((d) => d.days)).toEqual([1_000]);
    expect(findDurations('Beta shall keep the records for 1,095 calendar days.').map((d) => [d.days, d.text])).toEqual([[1_095, '1,095 calendar days']]);
    expect(findDurations('The evaluation period is one thousand (1,000) days.').map((d) => d.days)).toEqual([1_000]);
  });

  it('near misses: money before a column of years, or before the word, stays money', () => {
    expect(findDurations('Minimum payments: $100,000    Year 2; $400,000    Year 3.').map((d) => d.days)).toEqual([]);
    expect(findDurations('An instalment of USD 100,000 Year 2 and EUR 250,000 Year 3 is due.').map((d) => d.days)).toEqual([]);
  });
});

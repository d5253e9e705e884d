// The two openings findUndefinedTerms reads at a capital share their head (emphasis, blanks, the text's or a line's
// start, an item number at a line's start) and differ after it: opensSentence also takes a sentence's end, a colon or
// semicolon, or a bullet inside a line; opensLine (where a heading stands) also takes a gap of three blanks and an item
// number set in emphasis ("**2.1**").
import { describe, expect, it } from 'vitest';
import { opensLine, opensSentence } from '../../src/facts/undefined-terms.js';

/** Both readings at the first occurrence of `word` in `text`. */
const both = (text: string, word: string): [boolean, boolean] => {
  const at = text.indexOf(word);
  return [opensSentence(text, at), opensLine(text, at)];
};

describe('opensSentence and opensLine', () => {
  it('both read the text\'s start, a line\'s start, an item number at a line\'s start and emphasis before the word', () => {
    expect(both('Licence Fees are due.', 'Licence')).toEqual([true, true]);
    expect(both('5.1 Scope.\nLicence Fees are due.', 'Licence')).toEqual([true, true]);
    expect(both('5.1 Scope.\n\n5.2 Licence Fees are due.', 'Licence')).toEqual([true, true]);
    expect(both('5.1 Scope.\n(b) Licence Fees are due.', 'Licence')).toEqual([true, true]);
    expect(both('5.1 Scope.\n**Licence Fees** are due.', 'Licence')).toEqual([true, true]);
  });

  it('only a sentence opens after a full stop, a semicolon or a bullet inside a line', () => {
    expect(both('5.2 The fees of Schedule 1 are fixed. Licence Fees are due monthly.', 'Licence')).toEqual([true, false]);
    expect(both('5.2 The fees are fixed; Licence Fees are due monthly.', 'Licence')).toEqual([true, false]);
    expect(both('Fees: • Licence Fees are due monthly.', 'Licence')).toEqual([true, false]);
  });

  it('only a line opens after a gap of three blanks or an item number set in emphasis', () => {
    expect(both('5.2 GRANT OF LICENCE     Licensee shall pay the fees.', 'Licensee')).toEqual([false, true]);
    expect(both('**2.1** Licence Fees are due.', 'Licence')).toEqual([false, true]);
  });

  it('neither opens inside a sentence or after an item number inside a line', () => {
    expect(both('5.2 The Member shall pay Licence Fees monthly.', 'Licence')).toEqual([false, false]);
    expect(both('5.2 As set out in clause 4.1 Licence Fees are due.', 'Licence')).toEqual([false, false]);
  });
});

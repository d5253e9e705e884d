// A cue's '%' written against the figure before it ("a commission of 10%", "up to 5%"): the sign is a word of its own in
// the cue notation, but drafting writes no space before it, and #num's own '%?' took the sign, so such a cue matched
// "ten percent" and "10 %" and never "10%" (a royalty's commission cue missed, volume's negative for "up to 10%" never
// cancelled the cap).
import { describe, expect, it } from 'vitest';
import { compileCue } from '../../src/tag/cues.js';
import { tagsOf } from './helpers.js';

const matches = (cue: string, text: string): boolean => {
  const re = compileCue(cue).sticky;
  re.lastIndex = 0;
  return re.test(text);
};

describe('a sign written against its figure', () => {
  const commission = 'commission~ .. of|at|equal .. percent|%';
  const upTo = 'up to #num days|months|years|weeks|business|calendar|percent|%';

  it('matches after a gap whose last word is the figure', () => {
    expect(matches(commission, 'commission of 12% of the net invoice price')).toBe(true);
    expect(matches(commission, 'commissions at the rate of 7.5% on')).toBe(true);
  });

  it('matches right after #num, which gives its own sign back', () => {
    expect(matches(upTo, 'up to 10% of the forecast')).toBe(true);
    expect(matches(upTo, 'up to 12.5%.')).toBe(true);
  });

  it('still matches the forms it matched before', () => {
    expect(matches(commission, 'commission of ten percent of')).toBe(true);
    expect(matches(commission, 'commission of 10 % of')).toBe(true);
    expect(matches(upTo, 'up to 10 days')).toBe(true);
  });

  it('near misses: a sign against a word, a figure with no sign', () => {
    expect(matches(commission, 'commission of them% of')).toBe(false);
    expect(matches(commission, 'commission of 10 units')).toBe(false);
    expect(matches(upTo, 'up to 10 apples')).toBe(false);
    expect(matches(upTo, 'up to ten%')).toBe(false);
  });

  it("volume's negative cancels an increase of 'up to 10%' as it cancels 'up to ten per cent'", () => {
    const volume = (text: string): number => tagsOf(text).find((t) => t.type === 'volume-restriction')?.confidence ?? 0;
    const glued = volume('Buyer may increase the quantity ordered in any Purchase Order by up to 10% on written notice to Seller.');
    const spaced = volume('Buyer may increase the quantity ordered in any Purchase Order by up to 10 % on written notice to Seller.');
    expect(glued).toBe(spaced);
  });

  it('a commission of a glued percentage is read as the royalty phrase', () => {
    const cues = tagsOf('The Agent shall earn commissions at a rate of 7.5% on the net invoice price of all Products sold in the Territory.').find((t) => t.type === 'royalty')?.cues ?? [];
    expect(cues.some((c) => /commissions at a rate of 7\.5%/.test(c))).toBe(true);
  });
});

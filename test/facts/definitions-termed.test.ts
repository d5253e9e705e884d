// '... are collectively termed "Safety Reports."': a definition by "termed", its full stop set inside the closing
// quotation mark as American usage sets it. The verb was not read (only "referred to as" and "called"), so a promotion
// agreement's safety exhibit, which defines the term so, was reported as using "Safety Report" undefined.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const defined = (text: string): string[] => factsOf(text).definitions.map((d) => d.term);

const exhibit = (sentence: string): string => [
  'EXHIBIT 3 - SAFETY REPORTING',
  '',
  `1. This Exhibit covers adverse events and product quality complaints associated with the Product. ${sentence}`,
  '',
  '2. Promoter shall forward each Safety Report to Corvane within two Business Days of awareness.',
  '',
].join('\n');

describe('a definition by "termed"', () => {
  it('reads the term, without the full stop inside the quotation marks', () => {
    expect(defined(exhibit('For the purposes of this Exhibit, adverse events and complaints are collectively termed "Safety Reports."'))).toContain('Safety Reports');
  });

  it('near miss: a quoted word after "termed" in a sentence about something else defines nothing of the agreement', () => {
    expect(defined(exhibit('The regulator once termed such reports "urgent".'))).toEqual([]);
  });
});

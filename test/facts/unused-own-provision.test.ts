// precision/unused-definition: a use after a semicolon that opens a provision of its own ("; upon a Change of Control
// of a Party, the licenses ... extend only to ...") is a use, not part of the definition's words; a qualifier after the
// semicolon ("; provided that ...") is still the definition's own.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const unused = (text: string): string[] => factsOf(text).unusedTerms.map((t) => t.term);

describe('unused definitions: a provision after the semicolon of a definition sentence', () => {
  it('counts a use after "; upon", "; if", "; in the event" as a use', () => {
    expect(unused('8.1 Assignment. A "Change of Control" of a Party means the acquisition by a third party of more than fifty percent (50%) of that Party\'s voting securities; upon a Change of Control of a Party, the licenses granted to that Party extend only to products it made before the Change of Control.\n')).toEqual([]);
    expect(unused('8.2 "Insolvency Event" means the appointment of a receiver over a party\'s assets; if an Insolvency Event occurs, the other party may terminate this Agreement by notice.\n')).toEqual([]);
    expect(unused('8.3 "Key Supplier" means Norvak GmbH; in the event that the Key Supplier ceases to trade, Alpha shall name another.\n')).toEqual([]);
  });

  it('near miss: a qualifier after the semicolon, or the term only inside its definition, leaves the term unused', () => {
    expect(unused('1.4 "Net Sales" means the gross amounts invoiced for Licensed Products; provided that Net Sales exclude taxes and freight.\n')).toEqual(['Net Sales']);
    expect(unused('1.5 "Change of Control" means (a) a merger of a party; or (b) a sale of its assets, and a Change of Control includes a series of such sales.\n')).toEqual(['Change of Control']);
  });
});

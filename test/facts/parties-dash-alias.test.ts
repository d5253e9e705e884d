// A party's alias given in an aside between dashes, unquoted, as translations of German contracts write it ('CREMER
// OLEO GmbH & Co KG, Hamburg — hereinafter referred to as Cremer — and ...', also with "–" or "--"): not read, so the
// preamble gave no parties, and "the Cremer Know-How" read as a term never defined. Read as the same words in a
// bracket are. A dash aside that gives no alias ('— a company registered in Germany —') names none.
// Agreements written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const agreement = (first: string, second: string): string => [
  'TECHNOLOGY LICENCE AGREEMENT',
  '',
  'between',
  '',
  `HALBERG OLEO GmbH & Co KG, Hamburg ${first} and ALDERWICK LIPIDS LIMITED, Leeds ${second}`,
  '',
  '1. Licence',
  '',
  '1.1 Halberg grants to Alderwick a non-exclusive licence to use the Halberg Know-How in the manufacture of emulsifiers.',
  '',
].join('\n');

describe('an alias between dashes', () => {
  it('names the party, with an em dash, an en dash or two hyphens', () => {
    for (const dash of ['—', '–', '--']) {
      const facts = factsOf(agreement(`${dash} hereinafter referred to as Halberg ${dash}`, `${dash} hereinafter referred to as Alderwick ${dash}`));
      expect(facts.parties).toEqual([
        { name: 'HALBERG OLEO GmbH & Co KG', aliases: ['Halberg'] },
        { name: 'ALDERWICK LIPIDS LIMITED', aliases: ['Alderwick'] },
      ]);
      expect(facts.undefinedTerms.map((t) => t.term)).toEqual([]);
    }
  });

  it('near miss: a dash aside that describes the party gives no alias', () => {
    const facts = factsOf(agreement('— a limited partnership registered in Germany —', '— a company registered in England —'));
    expect(facts.parties.flatMap((p) => p.aliases)).toEqual([]);
  });
});

// A hard wrap that splits 'thirty (30) days' after the number word puts the figure at the next line's start ('... upon
// thirty' / '(30) days' notice ...'): the figure goes on with the sentence, and is no list item '(30)', nor, in a list
// numbered (1), (2), the next item '(3)'. Agreements written for these tests.
import { describe, expect, it } from 'vitest';
import { byNumber, outline, tree } from './helpers.js';

const agreement = (item2: string, tail = '') =>
  [
    'LICENCE AGREEMENT',
    '',
    'This Agreement is made between Orrin Photonics Ltd ("Licensor") and Valdis Optics SIA ("Licensee").',
    '',
    '1. Notices',
    '',
    '1.1 A notice is deemed received:',
    '(1) if delivered by hand, on delivery;',
    item2,
    '(4) if sent by email, on the next business day.',
    '',
    '2. Termination',
    '',
    '2.1 Either party may terminate this Agreement for convenience upon thirty',
    "(30) days' notice in writing to the other party, and the licence granted",
    'under clause 3 then ends.',
    tail,
    '',
    '3. Grant',
    '',
    '3.1 Licensor grants Licensee a non-exclusive licence under the Licensed Patents.',
    '',
  ].join('\n');

describe('a figure wrapped to the start of a line after its number in words', () => {
  it("goes on with the sentence: 'upon thirty' / '(30) days', 'three' / '(3) business days', 'one hundred twenty' / '(120) days'", () => {
    const t = tree(agreement('(2) if sent by courier, three\n(3) business days after dispatch; and', '\n2.2 The Licensee may also terminate on one hundred twenty\n(120) days\' notice.'));
    expect(outline(t).filter((l) => !/preamble|^2 clause/.test(l))).toEqual([
      '1 section 1 {Notices}',
      '2 section 1.1',
      '3 subclause (1)',
      '3 subclause (2)',
      '3 subclause (4)',
      '1 section 2 {Termination}',
      '2 section 2.1',
      '2 section 2.2',
      '1 section 3 {Grant}',
      '2 section 3.1',
    ]);
    const text = agreement('(2) if sent by courier, three\n(3) business days after dispatch; and');
    const item = byNumber(tree(text), '(2)');
    expect(text.slice(item.start, item.end)).toBe('(2) if sent by courier, three\n(3) business days after dispatch; and');
  });

  it('near miss: an item that ends on a number word, then the next item, and a letter item after a line ending on a word', () => {
    const t = tree(
      [
        '1. Royalties',
        '',
        '1.1 The royalty is two percent (2%) of the Net Sales of:',
        '(1) Products sold in year one',
        '(2) Products sold in year two',
        '',
        '1.2 The Licensee may terminate this Agreement if',
        '(a) the Licensor is in material breach; or',
        '(b) the Licensor becomes insolvent.',
        '',
      ].join('\n'),
    );
    expect(outline(t)).toEqual(['1 section 1 {Royalties}', '2 section 1.1', '3 subclause (1)', '3 subclause (2)', '2 section 1.2', '3 subclause (a)', '3 subclause (b)']);
  });
});

// The facts stage finds the matches of its costliest patterns only where a match can start (found from literals,
// capitals and line starts). Those scans must find exactly what a plain global scan of the same pattern finds:
// same offsets, same groups, in order. Checked on agreement text written for these tests and on random text built
// from the pieces the patterns care about.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFINITION_PATTERN, definitionMatches } from '../../src/facts/definitions.js';
import { capitalStarts, matchesAt } from '../../src/facts/text.js';
import { CANDIDATE, LIST_ENTRY, candidateMatches, listEntryMatches } from '../../src/facts/undefined-terms.js';

const AGREEMENT = [
  'Licensed Product means any product sold by Licensee.',
  'PATENT CROSS-LICENSE AGREEMENT',
  '',
  'This Agreement is made between ACME CORP., a Delaware corporation (hereinafter "Acme"), and Beta Ltd. (the "Beta"),',
  'each a "Party" and together the "Parties" (clauses (i) and (ii), the "Conditions").',
  '',
  'ARTICLE 1 DEFINITIONS',
  '1.1 "Licensed Patents" means the patents listed in Schedule A.',
  '1.2 “Field” shall mean semiconductor memory devices; (ee) "SEDAR" means the system.',
  '1.3 Improvements: means any modification of a Licensed Product.',
  '1.4 "Affiliate" of a Person means any entity that controls such Person.',
  '1.5 "Net Sales" or "NS" shall have the meaning set forth in Section 4.2.',
  'for all purposes. 2.1.34 Inspected Crude: means crude oil that was inspected.',
  '     a) Confidential Information shall mean all information disclosed.',
  '**Licensed Know-How** means the know-how of Acme.',
  'Paying Agent. means the bank so appointed.',
  '1.3 Acceptance Period - the period commencing on delivery.',
  '(a)\tTerritory means the United States.',
  '1.6',
  '',
  'Technical Information means the data.',
  'The licensee shall be collectively referred to as the "Licensee Group"; the sites are called "Sites".',
  'Beta (hereinafter called "Supplier") is a party; the fee is hereinafter "Fee".',
  'Each Party hereby grants to the other Party a license under its Licensed Patents.',
  'The Licensed Field, such Improvement and any Deliverable, all Net Sales, said Royalty and an Annual Report.',
  'Capitalized terms used but not defined herein have the meanings given in the Purchase Agreement.',
  '  __Royalty Term__: the period ending with the last Valid Claim.',
  '2.   Grant of Rights.   The License is granted.',
  '(iv) Term.  This Agreement continues.\r\n3.\tFees:  Licensee pays.',
  'for the purposes. 2.1.35 Term of the Licensed Patent Rights :** shall mean the period.',
  '10.10 Royalty Term. The royalty term ends with the patents.',
  'meanmean "X"means Y means Z shall  mean Q referredreferred called calledcalled',
].join('\n');

const key = (m: RegExpExecArray): string => JSON.stringify([m.index, ...m]);
const plain = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].map(key);

// Pieces the patterns react to: quotes, brackets, item numbers, determiners, capitals, "means" and its kin, blanks.
const piece = fc.constantFrom(
  '"', '“', '”', '(', ')', '(a)', 'a)', '(iv)', '1.1', '2.1.34', '12.', '.', ';', ':', ',', '-', '–', '*', '**', '_', '__',
  ' ', '  ', '   ', '\t', '\n', '\r\n', '\n\n', '\u00a0', 'means', 'mean', 'shall mean', 'shall', 'meaning', 'has the meaning',
  'is defined in', 'hereinafter', 'referred to as', 'called', 'is', 'are', 'shall be', 'collectively', 'the', 'The', 'a', 'A',
  'an', 'any', 'Any', 'such', 'Such', 'each', 'Each', 'all', 'said', 'of', 'for', 'and', 'Licensed', 'Patents', 'Know-How', 'R&D',
  'U.S', 'Term', 'X', 'Field', 'IBM', 'Inc.', 'x', 'Capitalized terms', 'not defined', 'in', 'Purchase Agreement',
  // Whole phrases, so that random text holds complete matches too.
  '(the "Licensed Patents")', '("Acme")', '(each a "Party", together the "Parties")', '(a) and (b), the "Terms")', '1.10 ',
  '\n1.10 ', '10. ', '\n(c) ', '   (iv) ', 'Licensed Patents means', '"Net Sales" means', 'Term - the period', '. 2.1.34 ',
  '; (ee) ', 'meanmean', 'referredreferred', 'hereinafter called "Supplier"', 'shall be collectively referred to as the "Group"',
);
const soup = fc.array(piece, { maxLength: 120 }).map((pieces) => pieces.join(''));

const scans: ReadonlyArray<readonly [string, RegExp, (text: string) => RegExpExecArray[]]> = [
  ['definitions', DEFINITION_PATTERN, definitionMatches],
  ['determiner + capitalised words', CANDIDATE, (text) => candidateMatches(text)],
  ['unquoted list entries', LIST_ENTRY, (text) => listEntryMatches(text)],
];

describe('prefiltered scans find what a plain global scan finds', () => {
  it.each(scans)('%s, in agreement text', (_name, pattern, scan) => {
    const expected = plain(AGREEMENT, pattern);
    expect(expected.length).toBeGreaterThan(5);
    expect(scan(AGREEMENT).map(key)).toEqual(expected);
  });

  it.each(scans)('%s, in random text made of the pieces the pattern reads', (_name, pattern, scan) => {
    fc.assert(
      fc.property(soup, (text) => {
        expect(scan(text).map(key)).toEqual(plain(text, pattern));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('capitalStarts', () => {
  it('lists every capital that no letter or digit precedes, "_" included', () => {
    const text = 'The R&D of ACME, __Licensed__ Know-How (a "Term") 3Com x_Y\nZ';
    const expected = [...text.matchAll(/(?<![A-Za-z0-9])[A-Z]/g)].map((m) => m.index);
    expect([...capitalStarts(text)]).toEqual(expected);
    expect(expected.map((i) => text[i]).join('')).toBe('TRDALKHTYZ');
  });
});

describe('matchesAt', () => {
  it('resumes after a match like a global scan, and steps past an empty match', () => {
    const sticky = /a+|(?=b)/y;
    const text = 'aab aaab';
    const every = Int32Array.from(text, (_c, i) => i);
    expect(matchesAt(text, every, sticky).map(key)).toEqual(plain(text, /a+|(?=b)/g));
  });
});

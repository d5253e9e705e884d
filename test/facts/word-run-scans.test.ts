// Some facts scans read the document's word runs (model/words.ts) or its capitals instead of scanning the text with
// indexOf. Each must find exactly the occurrences the indexOf scan it replaces found and accepted: checked on random
// text made of the pieces those scans react to (words glued to others, "_", non-ASCII letters and blanks, "No.",
// numbers, words that overlap themselves, a word at offset 0).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordIndex } from '../../src/model/index.js';
import { capitalStarts, selfOverlaps, wordRunStarts } from '../../src/facts/text.js';
import { OFFICIAL_NUMBER, SELF_NAME, SELF_WORDS, WordPlaces, keysInLowerCase, officialNumberOccurrences, officialNumberSites, selfNames, termKey } from '../../src/facts/undefined-terms.js';

/** Every occurrence an indexOf scan that goes on after each occurrence visits. */
function chain(text: string, word: string): number[] {
  const out: number[] = [];
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + word.length)) out.push(k);
  return out;
}
const isWord = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);
const isAlnum = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);
const textOf = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(''));

describe('wordRunStarts', () => {
  // Three words; then eleven in one walk (as findUndefinedTerms reads them), spellings with capitals found as written.
  const cases = [
    { title: 'finds each word where an indexOf hit is a whole word (no \\w before it, no letter or digit after it)', words: ['sue', 'assert', 'occurs'], pieces: ['sue', 'Sue', 'SUE', 'issue', 'sues', 'sue_', '_sue', 'assert', 'asserts', 'reassert', 'occurs', 'occur', 'occurs2', ' ', '\n', '\u00a0', 'é', 'x', '1', '.', '-', "'"] },
    { title: 'finds many words, each as written, in one walk', words: ['sue', 'assert', 'occurs', 'this', 'This', 'THIS', 'form', 'set', 'create', 'establish', 'constitute'], pieces: ['sue', 'Sue', 'issue', 'sue_', 'assert', 'occurs', 'this', 'This', 'THIS', 'tHis', 'thisx', 'form', 'Form', 'forms', 'set', 'sets', 'create', 'establish', 'constitute', ' ', '\n', 'é', '1', '-', '_'] },
  ];
  for (const { title, words, pieces } of cases) {
    it(title, () => {
      fc.assert(
        fc.property(textOf(pieces), (t) => {
          const expected = words
            .flatMap((w) => chain(t, w).filter((k) => !isWord(t[k - 1]) && !isAlnum(t[k + w.length])))
            .sort((a, b) => a - b);
          expect(wordRunStarts(t, wordIndex(t), words)).toEqual(expected);
        }),
        { numRuns: 2000 },
      );
    });
  }
});

describe('the instrument\'s names for itself', () => {
  // The scan selfNames replaced: SELF_NAME with a leading \b, global.
  const scan = new RegExp(`\\b${SELF_NAME.source}`, 'g');
  const byScan = (t: string): string[] => [...t.matchAll(scan)].map((m) => (m[1] as string)[0] + (m[1] as string).slice(1).toLowerCase());
  const text = textOf(['this', 'This', 'THIS', 'tHis', 'xthis', '_this', 'éthis', ' ', '  ', '\t', '\n', 'Deed', 'DEEDS', 'Licence', 'License', 'Amendment', 'Agreement', ' Agreement', ' of', 'x', '_', '.', 'é']);
  it('are what a global scan finds, read at the runs of "this"', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(selfNames(t, wordRunStarts(t, wordIndex(t), SELF_WORDS))).toEqual(byScan(t));
      }),
      { numRuns: 3000 },
    );
    const doc = 'THIS DEED is dated 1 May. This Licence Agreement is not one; this Amendment is. Unlike xthis Deed.';
    expect(selfNames(doc, wordRunStarts(doc, wordIndex(doc), [...SELF_WORDS, 'is']))).toEqual(['Deed', 'Amendment']);
  });
});

describe('words written in lower case', () => {
  // The scan keysInLowerCase replaced for forms of letters and digits: one pattern of every form, the word start checked.
  const byScan = (t: string, forms: Set<string>, keys: Set<string>): Set<string> => {
    const pattern = new RegExp(`(?:${[...forms].sort().join('|')})(?:s|es)?\\b`, 'g');
    const lower = new Set<string>();
    for (let m = pattern.exec(t); m !== null && lower.size < keys.size; m = pattern.exec(t)) {
      if (m.index > 0 && /\w/.test(t[m.index - 1] as string)) {
        pattern.lastIndex = m.index + 1;
        continue;
      }
      if (keys.has(termKey(m[0]))) lower.add(termKey(m[0]));
    }
    return lower;
  };
  const text = textOf(['software', 'Software', 'softwares', 'box', 'boxes', 'boxs', 'boxess', 'patent', 'patents', 'patent_', '_patent', 'patent2', 'xbox', 'boxé', 'ébox', 'wi', 'fi', 'wi-fi', ' ', '\n', '-', '_', '1', 'é', '.']);
  const cases: { forms: string[]; keys: string[] }[] = [
    { forms: ['software', 'box', 'patent'], keys: ['software', 'box', 'patent'] },
    { forms: ['boxes', 'box'], keys: ['box'] },
    { forms: ['patent'], keys: ['patent'] },
    { forms: ['wi-fi', 'wi', 'box'], keys: ['wi-fi', 'wi', 'box'] },
  ];
  it('are the keys one pattern of the forms finds', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...cases), (t, c) => {
        const forms = new Set(c.forms);
        const keys = new Set(c.keys.map(termKey));
        expect([...keysInLowerCase(t, wordIndex(t), forms, keys)].sort()).toEqual([...byScan(t, forms, keys)].sort());
      }),
      { numRuns: 4000 },
    );
  });
});

describe('official numbers after a term', () => {
  const terms = ['Executive Order', 'Order', 'Data of Data', 'Form', 'Sub-Sub'];
  const text = textOf(['Executive', 'Order', 'Data', ' of ', 'Form', 'Sub-', 'Sub', ' ', '  ', '\t', '\n', 'No.', 'No', '.', '11246', '12', '2001/29', '3-4', '5', 'x', ',', '_', 'é', ' '.repeat(14), ' No. 11246', ' No.12', '\tNo.  5/6', ' 2020']);

  it('are the occurrences an indexOf scan visits that an official number follows', () => {
    expect(selfOverlaps('Data of Data')).toBe(true);
    expect(selfOverlaps('Executive Order')).toBe(false);
    const t = 'the Executive Order No. 11246 and Form\t123; Data of Data of Data 2001/29';
    expect(officialNumberSites(t, wordIndex(t))).toEqual([19, 38, 64]);
    fc.assert(
      fc.property(text, (t) => {
        const sites = officialNumberSites(t, wordIndex(t));
        for (const term of terms) {
          const visited = chain(t, term);
          const numbered = visited.filter((k) => OFFICIAL_NUMBER.test(t.slice(k + term.length, k + term.length + 16)));
          const found = officialNumberOccurrences(t, term, () => sites);
          // Every occurrence found is one the scan visits, and every one the scan accepts is found.
          expect(found.filter((k) => !visited.includes(k))).toEqual([]);
          expect(numbered.filter((k) => !found.includes(k))).toEqual([]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('WordPlaces', () => {
  const words = ['Microsoft', 'Nasdaq', 'Co-Co', 'Bluetooth'];
  const text = textOf(['Microsoft', 'Nasdaq', 'Co-', 'Co', 'Bluetooth', 'x', '_', '1', ' ', '\n', 'é', '-', ',', ' Corporation', ', Inc.']);

  it('holds every occurrence an indexOf scan visits that no \\w precedes, and only occurrences it visits', () => {
    fc.assert(
      fc.property(text, (t) => {
        const places = new WordPlaces(t, capitalStarts(t));
        for (const word of words) {
          const visited = chain(t, word);
          const found = places.of(word);
          expect(found.filter((k) => !visited.includes(k))).toEqual([]);
          expect(visited.filter((k) => !isWord(t[k - 1]) && !found.includes(k))).toEqual([]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

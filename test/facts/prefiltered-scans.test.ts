// The facts stage finds the matches of its costliest patterns only where a match can start (found from literals,
// capitals and line starts). Those scans must find exactly what a plain global scan of the same pattern finds:
// same offsets, same groups, in order. Checked on agreement text written for these tests and on random text built
// from the pieces the patterns care about.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFINITION_PATTERN, definitionMatches } from '../../src/facts/definitions.js';
import { COVENANT_VERB, GRANT_VERB, grantVerbMatches, nextCovenant, nonAssertionStarts } from '../../src/facts/grants.js';
import { wordIndex } from '../../src/model/index.js';
import { PartyIndex } from '../../src/facts/parties.js';
import { ANNEX_LINE, NUMBER_ANCHOR, PART_OF_ANNEX_AT, REFERENCE, SECTION_LINE, partOfAnnexMatches, referenceScans } from '../../src/facts/references.js';
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
  'the meaning given below:     Business Day means a working day;     Exclusivity Date means 1 May.   Key Staff means Ann.',
].join('\n');

const REFERENCES = [
  'Subject to Section 4.2, Sections 3.1 through 3.4 and Article IV, clause 5(b) and paragraph (c) above apply;',
  'subsection (ii) of SECTION 9.1(j) and (k), Subsections 2.1-2.3, CLAUSES 7 and 8, PARAGRAPH 2.',
  'See Schedule A, EXHIBIT B-1, Annexes 1 and 2, ANNEX III, Appendix C, Appendices D and E, ATTACHMENT 3 and Attachments 4, 5.',
  'Section 365(n) of the Bankruptcy Code, 11 U.S.C. § 365(n), and the Act§ 5; Section 1.409A-1 of the Treasury Regulations.',
  '',
  'EXHIBIT B  LIST OF PATENTS',
  '## Schedule A - Licensed Patents',
  '3 EXHIBIT C',
  'AMENDED AND RESTATED EXHIBIT D',
  'Section 8.5 Successors and Assigns.',
  '  **ARTICLE VI**',
  'Clause 9.',
  'CLAUSE 24 INVESTMENTS IN THE PIPELINE',
  '§ 3 Control Panel',
  '... as set out in Section 5.1. ARTICLE VI REGISTRATION RIGHTS Section 6.1 Demand Registration. (a) The Company',
  '4.6[***] Royalties. 12.3.4 "Net Sales" 1234.5 Tons. 7. Term of Agreement. _Section 5.1 Term. x4.2 Grant',
  'Licensing Section 2.2 Sublicenses; Article 3 Fees. SECTIONS 2 AND 3',
].join('\n');

/** The old scan: `sticky` tried at position 0 and wherever `finder` matches after the end of the previous match. */
function finderScan(text: string, finder: RegExp, sticky: RegExp): string[] {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m !== null) out.push(key(m));
    finder.lastIndex = m !== null && sticky.lastIndex > at ? sticky.lastIndex : at + 1;
    const hit = finder.exec(text);
    if (hit === null) return out;
    at = hit.index;
  }
}
const SECTION_LINE_AT = /\n[ \t#*_]*(?:Section|SECTION|Article|ARTICLE|Clause|CLAUSE|§)/g;
const NUMBER_ANCHOR_AT = /\b(?:Section|SECTION|Article|ARTICLE|Clause|CLAUSE|Paragraph|PARAGRAPH|\d)/g;

const PARTIES = [
  { name: 'Party City Holdings Inc.', aliases: ['Party City', 'City'] },
  { name: 'Beach Labs LLC', aliases: ['Beach', 'Other-Co'] },
];
const MENTIONS = [
  'Each Party City store and each Party; the other Party and the other  Parties; NEITHER PARTY nor EITHER PARTY.',
  'either\nparty, both Parties, Both PARTIES, each other Party, Beach Party, Bothe Party, xeach Party, PARTY CITY, City-wide.',
  'Beach Labs LLC (the "Beach") and PARTY CITY HOLDINGS INC.; the Other-Co Party; neither   Parties apart; party.',
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
  // Form 5 opens up to seven words before its quote, its first word may carry a prefix; a bracket may hold a long aside.
  '(hereinafter', '(is called', 'are called', 'individually', 'an', 'x"hereinafter', 'thereinafter', '"is', 'shall be', 'referred',
  ' to as ', '(', '(x', ' '.repeat(40), 'word '.repeat(30), 'b'.repeat(290), '(i)', ' (b) ',
  // Table cells: a run of capitals may open one ("| Kit Components sold |").
  '|', '| ', '\n| ', ' |', '|Kit', '| Kit Components sold',
  // A verb after a modal may open one too ("shall use Shipment Data").
  'shall use', 'use', 'may not disclose', 'disclose', 'not', 'must', 'reuse', 'shall\tstore', 'Shipment Data',
  ' shall use Shipment Data received', 'may not  disclose Usage Reports to', 'mustnot use Data X',
  // A possessive determiner opens one as "the" does ("its Reconstruction Module", "Their Bonuses").
  'its', 'Its', 'their', 'Their', 'bits', 'theirs', ' its Reconstruction Module', 'into their\tRetention Bonuses',
  // "other" opens one where no determiner comes before it ("and other Confidential Information", not "the other Party").
  'other', 'Other', 'the other', 'The other', 'each other', 'another', 'bathe other', '1the other', 'THE other', ' and other Confidential Information',
  // A party's possessive opens one too ("a Party's Background IP"); a run may end in an abbreviation ("Background IP").
  "Party's", 'Party’s', "PARTY's", "Parties'", 'Parties’', "ThirdParty's", "Party'", "'s", "'", 'Party', 'Parties', ' IP', ' APIs',
  ' LLC', ' OR', ' II', "a Party's Background IP", "the other Parties' Licensed APIs",
  // A list entry after a wide gap that follows a colon, semicolon or full stop ("below:     Business Day means").
  ':     Business Day means', ';   Key Staff shall mean', '.    Term means', ':  X means',
);
const soup = fc.array(piece, { maxLength: 120 }).map((pieces) => pieces.join(''));

const GRANTS = [
  'Licensor hereby grants to Licensee, and Licensee shall grant to its Affiliates, a license; Acme agrees to grant and',
  'Beta agrees  to\tgrant a sublicense, which is hereby granted; the rights are granted and shall be hereby granted,',
  'will be granted, does hereby grant, do hereby grant, will grant; the grants of rights, granting, grantee, regranted,',
  'Each Party hereby grants (and shall be granted) grantsgrants hereby grantgrant isgranted.',
  'Beta covenants not to sue, Acme covenants\nnot to assert, the Parties covenant  not\tto sue; a covenant, covenants not to, covenanted.',
  'Beta irrevocably agrees not to sue, Acme shall not, and shall procure that its Affiliates shall not, assert; Gamma will not',
  '(directly or indirectly) bring any action, undertakes not to commence legal proceedings, shall not file claims, will not\nsue; not to sue.',
].join('\n');

const scans: ReadonlyArray<readonly [string, RegExp, (text: string) => Iterable<RegExpExecArray>]> = [
  ['grant verbs', GRANT_VERB, (text) => grantVerbMatches(text, nonAssertionStarts(text, wordIndex(text)))],
  ['definitions', DEFINITION_PATTERN, definitionMatches],
  ['determiner + capitalised words', CANDIDATE, (text) => candidateMatches(text)],
  ['unquoted list entries', LIST_ENTRY, (text) => listEntryMatches(text)],
];

describe('prefiltered scans find what a plain global scan finds', () => {
  it.each(scans)('%s, in agreement text', (_name, pattern, scan) => {
    const text = `${AGREEMENT}\n${GRANTS}`;
    const expected = plain(text, pattern);
    expect(expected.length).toBeGreaterThan(5);
    expect([...scan(text)].map(key)).toEqual(expected);
  });

  it.each(scans)('%s, in random text made of the pieces the pattern reads', (_name, pattern, scan) => {
    fc.assert(
      fc.property(soup, (text) => {
        expect([...scan(text)].map(key)).toEqual(plain(text, pattern));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('nextCovenant', () => {
  // Found by its middle "venan": every "covenant" an indexOf scan finds, in order, in text made of its parts.
  const all = (text: string, next: (t: string, from: number) => number): number[] => {
    const out: number[] = [];
    for (let k = next(text, 0); k >= 0; k = next(text, k + COVENANT_VERB.length)) out.push(k);
    return out;
  };
  const byIndexOf = (t: string, from: number): number => t.indexOf(COVENANT_VERB, from);
  const parts = fc.constantFrom('covenant', 'covenants', 'Covenant', 'co', 'c', 'o', 'venan', 'venant', 'venantt', 't', 'n', 'a', ' ', '\n', 'cove', 'nant', 'covenan');

  it('finds every "covenant" that indexOf finds, and nothing else', () => {
    expect(all(GRANTS, nextCovenant)).toEqual(all(GRANTS, byIndexOf));
    expect(all('venant covenant', nextCovenant)).toEqual([7]);
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 40 }).map((p) => p.join('')), (text) => {
        expect(all(text, nextCovenant)).toEqual(all(text, byIndexOf));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('reference and heading scans find what the plain scans find', () => {
  const cases: ReadonlyArray<readonly [string, (text: string) => string[], (text: string) => readonly RegExpExecArray[]]> = [
    ['references', (text) => plain(text, REFERENCE), (text) => referenceScans(text).references],
    ['schedule headings', (text) => plain(text, ANNEX_LINE), (text) => referenceScans(text).annexLines],
    ['section heading lines', (text) => finderScan(text, SECTION_LINE_AT, SECTION_LINE), (text) => referenceScans(text).sectionLines],
    ['numbered headings', (text) => finderScan(text, NUMBER_ANCHOR_AT, NUMBER_ANCHOR), (text) => referenceScans(text).anchors],
  ];
  const pieces = fc.array(
    fc.constantFrom(...REFERENCES.split(/(?<=[ \n.,;])/), ' ', '\n', '\t', '_', '#', '**', 'x', '3', '4.2', '§', '§§', 'Section', 'section', 'sub', 'subsection', 'clause', 'paragraph', 'EXHIBIT', 'Schedule', 'A'),
    { maxLength: 100 },
  ).map((p) => p.join(''));

  it.each(cases)('%s, in agreement text', (_name, expected, scan) => {
    expect(expected(REFERENCES).length).toBeGreaterThan(2);
    expect(scan(REFERENCES).map(key)).toEqual(expected(REFERENCES));
  });

  it.each(cases)('%s, in random text made of pieces of it', (_name, expected, scan) => {
    fc.assert(
      fc.property(pieces, (text) => {
        expect(scan(text).map(key)).toEqual(expected(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('party mentions', () => {
  const isWordOrHyphen = (c: number): boolean => /[\w-]/.test(String.fromCharCode(c));
  const mentions = (index: PartyIndex, text: string): string[] => {
    index.scan(text);
    return index.within(0, text.length).map((m) => JSON.stringify([m.start, m.text, m.party, m.group]));
  };
  const plainMentions = (index: PartyIndex, text: string): string[] =>
    [...text.matchAll(index.pattern)]
      .filter((m) => m.index === 0 || !isWordOrHyphen(text.charCodeAt(m.index - 1)))
      .map((m) => {
        const found = mentions(index, m[0]).find((x) => x.startsWith('[0,'));
        return JSON.stringify([m.index, ...(JSON.parse(found ?? '[0, null, null, null]') as unknown[]).slice(1)]);
      });

  it('finds what a global scan of the combined pattern finds, for group phrases and names that overlap', () => {
    const index = new PartyIndex(PARTIES);
    const expected = plainMentions(index, MENTIONS);
    expect(expected.length).toBeGreaterThan(15);
    expect(mentions(index, MENTIONS)).toEqual(expected);
  });

  it('finds names that open with a lower-case or non-ASCII letter, or end the text, as the combined pattern does', () => {
    // The forms are compared in place by their first character (no regex of them): these take the paths other
    // than an ASCII capital.
    const index = new PartyIndex([
      { name: 'mPhase Technologies, Inc.', aliases: ['mPhase'] },
      { name: 'Ørsted Wind A/S', aliases: ['Ørsted', 'Éclair'] },
    ]);
    const text = 'mPhase and Ørsted; mPhase-branded, ØRSTED WIND A/S, Ørsteds, xmPhase, Éclair, the Ørsted Wind A/S\nmPhase';
    const expected = plainMentions(index, text);
    expect(expected.length).toBeGreaterThanOrEqual(6);
    expect(mentions(index, text)).toEqual(expected);
  });

  it('finds the same in random text made of pieces of it, with and without parties', () => {
    const pieces = fc.array(fc.constantFrom(...MENTIONS.split(/(?<=[ \n.,;])/), ' ', '\n', 'x', 'P', 'art', 'Party', 'each', 'other', 'the'), { maxLength: 80 }).map((p) => p.join(''));
    for (const index of [new PartyIndex(PARTIES), new PartyIndex([])]) {
      fc.assert(
        fc.property(pieces, (text) => {
          expect(mentions(index, text)).toEqual(plainMentions(index, text));
        }),
        { numRuns: 800 },
      );
    }
  });
});

describe('party mentions by window', () => {
  // Callers read short windows; an index finds their mentions from the text around each window alone, and must find
  // what the index of the whole text holds there.
  const all = (index: PartyIndex, text: string): PartyIndex => {
    index.scan(text);
    index.indexAll();
    return index;
  };
  const show = (ms: readonly { start: number; text: string; party: string | null; group: string | null }[]): string[] => ms.map((m) => JSON.stringify([m.start, m.text, m.party, m.group]));
  const pieces = fc.array(fc.constantFrom(...MENTIONS.split(/(?<=[ \n.,;])/), ' ', '\n', '; ', 'x', 'P', 'art', 'Party', 'each', 'other', 'the', '  '), { maxLength: 80 }).map((p) => p.join(''));

  it('finds in each window what the whole index holds there, for within and lastWithin', () => {
    for (const parties of [PARTIES, []]) {
      fc.assert(
        fc.property(pieces, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 300 })), { minLength: 1, maxLength: 6 }), (text, windows) => {
          const whole = all(new PartyIndex(parties), text);
          const index = new PartyIndex(parties);
          index.scan(text);
          for (const [at, length] of windows) {
            const from = at % (text.length + 2);
            expect(show(index.within(from, from + length))).toEqual(show(whole.within(from, from + length)));
            expect(show([index.lastWithin(from, from + length)].filter((m) => m !== undefined))).toEqual(show([whole.lastWithin(from, from + length)].filter((m) => m !== undefined)));
          }
        }),
        { numRuns: 600 },
      );
    }
  });

  it('finds the same in windows that start anywhere in an agreement, inside mentions too', () => {
    const whole = all(new PartyIndex(PARTIES), MENTIONS);
    let compared = 0;
    for (const length of [1, 6, 40]) {
      for (let from = 0; from < MENTIONS.length; from++) {
        // A fresh index per window: the windows it has read count towards indexing the whole text instead.
        const index = new PartyIndex(PARTIES);
        index.scan(MENTIONS);
        const windowed = show(index.within(from, from + length));
        expect(windowed).toEqual(show(whole.within(from, from + length)));
        compared += windowed.length;
      }
    }
    expect(compared).toBeGreaterThan(300);
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
    expect([...matchesAt(text, every, sticky)].map(key)).toEqual(plain(text, /a+|(?=b)/g));
  });
});

describe('parts of schedules', () => {
  // PART_OF_ANNEX_AT as a global scan, as references.find ran it before partOfAnnexMatches.
  const PART_OF_ANNEX = new RegExp(PART_OF_ANNEX_AT.source, 'g');
  const TEXT = 'Part B of Schedule 3 and PART II of the EXHIBITS A; a Party of Part 2 of Annex 4, Counterpart A of Schedule 1, Part\tC of Appendix B.\nPartB of Schedule 3; Parts A of Schedule 2; PART  12 of  ATTACHMENT 9';
  const pieces = fc.array(fc.constantFrom('Part', 'PART', 'part', 'Party', 'Counter', ' ', '\t', '  ', '\n', 'B', 'II', '12', '123', 'of', 'the', 'Schedule', 'SCHEDULES', 'Annex', 'Exhibit', '3', 'A', '.', ','), { maxLength: 60 }).map((p) => p.join(''));

  it('finds what the global scan finds, in agreement text', () => {
    expect(plain(TEXT, PART_OF_ANNEX).length).toBeGreaterThan(3);
    expect([...partOfAnnexMatches(TEXT)].map(key)).toEqual(plain(TEXT, PART_OF_ANNEX));
  });

  it('finds what the global scan finds, in random text made of its words', () => {
    fc.assert(
      fc.property(pieces, (text) => {
        expect([...partOfAnnexMatches(text)].map(key)).toEqual(plain(text, PART_OF_ANNEX));
      }),
      { numRuns: 3000 },
    );
  });
});

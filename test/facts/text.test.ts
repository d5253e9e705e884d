// Text helpers of the facts stage: the fast paths must give exactly what the plain definitions give.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClauseTree } from '../../src/clauses/index.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { wordIndex } from '../../src/model/index.js';
import { capitalStarts, ClauseLocator, INLINE_SPACE, keptCapitalBuffer, sentenceStarts, SPACE_NOT_BREAK, squash } from '../../src/facts/text.js';

const plainSquash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('squash', () => {
  it('returns text already on one line with single spaces as it is', () => {
    const s = 'Licensee shall pay the royalties set forth in Schedule B.';
    expect(squash(s)).toBe(s);
  });

  it('collapses line breaks, tabs, double and non-breaking spaces and trims the ends', () => {
    const cases = [
      '"Licensed Patents" means\nall patents',
      'the  Effective Date',
      '\tthe Territory',
      'the Territory ',
      ' the Territory',
      'Acme\u00a0Corp.',
      'Net\r\nSales',
      'a\u2003b',
      '',
      ' ',
    ];
    for (const s of cases) expect(squash(s)).toBe(plainSquash(s));
    expect(squash('"Licensed Patents" means\n  all   patents ')).toBe('"Licensed Patents" means all patents');
  });
});

describe('sentenceStarts', () => {
  it('does not end a sentence after an abbreviation or a single initial, and does after a word', () => {
    const text = 'The fee is paid to Acme Inc. and Beta Ltd. by wire. Mr. John J. Smith signs under Contract No. 5 and the U.S. Patent Act. Then it ends.';
    const starts = sentenceStarts(text, 0, text.length);
    expect(starts.map((s) => text.slice(s, s + 4))).toEqual(['The ', 'Mr. ', 'Then']);
  });

  it('ends a sentence at a word that only looks like an abbreviation: "no.", "Inc. The", "Exhibit A. The", an item "B."', () => {
    // One definition (clauses/abbreviations.ts) for the facts' sentences and the rules' excerpts.
    const text = 'Acme shall pay the fee set out in Exhibit A. The fee is paid to Acme Inc. The interest is no. Licensee pays it. B. Licensee shall keep records.';
    const starts = sentenceStarts(text, 0, text.length);
    expect(starts.map((s) => text.slice(s, s + 4))).toEqual(['Acme', 'The ', 'The ', 'Lice', 'B. L', 'Lice']);
  });

  it('ends a sentence at a designated letter ("Recital A. The", "Paragraph B. Licensee") but not at an initial', () => {
    const text = 'The parties agree as set out in Recital A. Licensee shall pay the fee in Paragraph B. Payment is due at Milestone C. Each party signs. The Marks are owned by Northwind D. The fee is signed for by John A. Smith on behalf of Acme.';
    const starts = sentenceStarts(text, 0, text.length);
    expect(starts.map((s) => text.slice(s, s + 4))).toEqual(['The ', 'Lice', 'Paym', 'Each', 'The ', 'The ']);
  });

  it('reads an initial with no first name before a surname as no sentence end ("signed by J. Smith", "Attention: J. Smith", "J. R. Smith")', () => {
    const text = 'The notice is signed by J. Smith on behalf of Acme. Copies go to Attention: J. Smith, General Counsel. It is signed by J. R. Smith for Beta. Then more.';
    expect(sentenceStarts(text, 0, text.length).map((s) => text.slice(s, s + 4))).toEqual(['The ', 'Copi', 'It i', 'Then']);
    // Near misses: a letter before a word that opens sentences, a designated letter, a letter before lower case.
    const ends = 'The Marks are owned by Northwind D. The fee is due. Notices go to Exhibit B. Supplier pays. It is signed by J. then sent.';
    expect(sentenceStarts(ends, 0, ends.length).map((s) => ends.slice(s, s + 4))).toEqual(['The ', 'The ', 'Noti', 'Supp', 'It i']);
  });

  it('ends a sentence at a letter after "by" when the capitalised word after it goes on with a modal ("delivered by A. Licensee shall")', () => {
    const text = 'The samples are delivered by A. Licensee shall test them. The report is sent to B. Licensor may reply. Then more.';
    expect(sentenceStarts(text, 0, text.length).map((s) => text.slice(s, s + 4))).toEqual(['The ', 'Lice', 'The ', 'Lice', 'Then']);
    // Near misses: a surname followed by anything but a modal or 'is/are/has' stays an initial's.
    const names = 'The notice is signed by J. Smith on behalf of Acme. It goes to A. Jones at the address. Then more.';
    expect(sentenceStarts(names, 0, names.length).map((s) => names.slice(s, s + 4))).toEqual(['The ', 'It g', 'Then']);
  });

  it('reads initials in a list of names as no sentence end ("A. Jones and B. Brown", "A. Jones, B. Brown & C. Green")', () => {
    const text = 'The Steering Committee is A. Jones and B. Brown for Acme. Its minutes are kept by A. Jones, B. Brown-Hale & C. Green. Then more.';
    expect(sentenceStarts(text, 0, text.length).map((s) => text.slice(s, s + 4))).toEqual(['The ', 'Its ', 'Then']);
    const shall = 'A. Jones and B. Brown shall sign for Acme. Then more.';
    expect(sentenceStarts(shall, 0, shall.length).map((s) => shall.slice(s, s + 4))).toEqual(['A. J', 'Then']);
    // Near misses: list items after a name with no initial, and an item letter before a word that opens sentences.
    const items = 'The Licensor is Acme and B. Licensee shall pay. Notices go to Smith and Jones. C. Each party signs. Then more.';
    expect(sentenceStarts(items, 0, items.length).map((s) => items.slice(s, s + 4))).toEqual(['The ', 'Lice', 'Noti', 'C. E', 'Each', 'Then']);
  });

  it('goes on across a page break that cuts a sentence (EDGAR text: a page number, "<PAGE>"), not across a paragraph break', () => {
    // The grant sentence runs on after the footer: a new sentence there hid the words "a non-exclusive ... license"
    // from the grant and made a cross-licence one-way.
    const cut = '2.2 LSMC grants to Veridian and its\n\n                  -2-\n<PAGE>\nAffiliates a non-exclusive license. It is worldwide.';
    expect(sentenceStarts(cut, 0, cut.length).map((s) => cut.slice(s, s + 4))).toEqual(['2.2 ', 'It i']);
    const spaced = 'LSMC grants to Veridian a non-exclusive,\n\nPage 3 of 9\n\nworldwide license.';
    expect(sentenceStarts(spaced, 0, spaced.length)).toEqual([0]);
    // Near misses: a heading (no lower-case word before the break), a finished sentence, a blank line with no footer.
    const heading = 'ARTICLE 2 LICENSES\n\n-2-\n\n2.1 Veridian grants a license.';
    expect(sentenceStarts(heading, 0, heading.length).map((s) => heading.slice(s, s + 4))).toEqual(['ARTI', '-2-\n', '2.1 ']);
    const done = 'LSMC grants a license.\n\n-2-\n\nVeridian grants a license.';
    expect(sentenceStarts(done, 0, done.length).map((s) => done.slice(s, s + 4))).toEqual(['LSMC', '-2-\n', 'Veri']);
    const paragraph = 'the items listed below\n\nVeridian grants a license.';
    expect(sentenceStarts(paragraph, 0, paragraph.length).map((s) => paragraph.slice(s, s + 4))).toEqual(['the ', 'Veri']);
  });

  it('reads the word before the period back to the range start only', () => {
    // Read from the range start, the word before the period is "mr" (a title); in full, "Amr" (a name).
    const text = 'Alpha Amr. Beta pays.';
    const from = text.indexOf('mr.');
    expect(sentenceStarts(text, from, text.length)).toEqual([from]);
    expect(sentenceStarts(text, 0, text.length).map((s) => text.slice(s, s + 4))).toEqual(['Alph', 'Beta']);
  });
});

describe('ClauseLocator', () => {
  // The locator remembers where its last lookup landed; the answers must not depend on the order of the questions.
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'balanced-cross-license.md'), 'utf8');
  const tree = buildClauseTree(sourceFromText(text, 'balanced-cross-license.md'));
  const byId = new Map(tree.clauses.map((c) => [c.id, c]));
  const ordered = [...tree.clauses].sort((a, b) => a.start - b.start);
  // The definition: the last clause starting at or before the offset, else its nearest ancestor that contains it.
  const expected = (offset: number): string | null => {
    let c = [...ordered].reverse().find((x) => x.start <= offset);
    while (c) {
      if (offset < c.end) return c.id;
      c = c.parentId ? byId.get(c.parentId) : undefined;
    }
    return null;
  };
  const offsets = Array.from({ length: text.length + 2 }, (_v, i) => i - 1);

  it('has nested clauses to walk up through', () => {
    expect(tree.clauses.some((c) => c.parentId !== null)).toBe(true);
  });

  it.each([
    ['ascending', offsets],
    ['descending', [...offsets].reverse()],
    ['scattered', offsets.map((_v, i) => (i * 7919) % offsets.length - 1)],
  ])('finds the clause of each offset, asked in %s order', (_order, asked) => {
    const locate = new ClauseLocator(tree);
    const wrong = asked.filter((o) => (locate.at(o)?.id ?? null) !== expected(o));
    expect(wrong).toEqual([]);
  });

  // A tree numbered c1..cN in order reads parents and ids by their numbers; any other numbering uses maps of the ids.
  it('answers alike whether the ids are numbered c1..cN or named otherwise', () => {
    const rename = (id: string): string => `k${id}`;
    const renamed = { ...tree, clauses: tree.clauses.map((c) => ({ ...c, id: rename(c.id), parentId: c.parentId === null ? null : rename(c.parentId) })) };
    const numbered = new ClauseLocator(tree);
    const named = new ClauseLocator(renamed);
    expect(offsets.filter((o) => (numbered.at(o)?.id ?? null) !== ((id) => (id === null ? null : id.slice(1)))(named.at(o)?.id ?? null))).toEqual([]);
    for (const c of tree.clauses) {
      expect(numbered.get(c.id)).toBe(c);
      expect(named.get(rename(c.id))?.start).toBe(c.start);
    }
    for (const id of ['c0', 'c01', `c${tree.clauses.length + 1}`, 'c', 'x1', 'c1x', '']) expect(numbered.get(id)).toBeUndefined();
  });
});

describe('capitalStarts', () => {
  // The plain definition: a capital at a word start (\b) or after "_".
  const plainCapitals = (t: string): number[] => [...t.matchAll(/(?:\b|_)[A-Z]/g)].map((m) => m.index + m[0].length - 1);

  it('gives each text its own offsets, however large the text before it (the buffer it fills is reused)', () => {
    const small = 'The Licensor grants __Licensed Patents__ to each Affiliate.';
    const first = capitalStarts(small);
    expect([...first]).toEqual(plainCapitals(small));
    // 300,000 capitals: more than the buffer keeps between texts.
    const large = 'Licensed Patent '.repeat(150_000);
    const many = capitalStarts(large);
    expect(many.length).toBe(300_000);
    expect([many[0], many[1], many[299_999]]).toEqual([0, 9, large.length - 7]);
    expect([...capitalStarts('no capitals here')]).toEqual([]);
    // What an earlier call returned is not overwritten by the later ones.
    expect([...first]).toEqual(plainCapitals(small));
    expect(many[299_999]).toBe(large.length - 7);
  });

  it('keeps at most 1 MB of buffer for the next text after a very large one (a long-lived process)', () => {
    capitalStarts('Licensed Patent '.repeat(600_000)); // 1.2M capitals
    expect(keptCapitalBuffer()).toBeLessThanOrEqual(1 << 18);
  });

  it('finds the same capitals from the text\'s word runs as by the scan', () => {
    // Capitals after '_' ('__Licensed', 'x_Y', '___A'), beside digits, letters and marks outside ASCII (which \b and the
    // runs both read as separators), at either end of the text, and past 300,000 capitals (the kept buffer).
    const piece = fc.constantFrom('Licensee', 'the', 'A', 'x', '_', '__', '_B', 'é', 'É', '\u0301', '\u212a', '2', '3C', 'D4', ' ', '\n', '.', '-', '"', '𝐀', 'Q_R');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      expect([...capitalStarts(text, wordIndex(text))]).toEqual(plainCapitals(text));
    }), { seed: 20261130, numRuns: 2000 });
    const large = '_Licensed Patent '.repeat(160_000);
    expect([...capitalStarts(large, wordIndex(large))]).toEqual([...capitalStarts(large)]);
    expect(keptCapitalBuffer()).toBeLessThanOrEqual(1 << 18);
  });
});

describe('SPACE_NOT_BREAK', () => {
  // The class INLINE_SPACE (and every measure pattern built on it) reads, spelt positively so that a case-insensitive
  // pattern compiles cheaply: it must hold exactly the characters of `[^\S\r\n]`, with and without the i and u flags.
  it('matches exactly the code points [^\\S\\r\\n] matches', () => {
    for (const flags of ['', 'i', 'u', 'iu']) {
      const negated = new RegExp(String.raw`^[^\S\r\n]$`, flags);
      const spelt = new RegExp(`^${SPACE_NOT_BREAK}$`, flags);
      const differ: number[] = [];
      for (let c = 0; c <= 0x10ffff; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const s = String.fromCodePoint(c);
        if (negated.test(s) !== spelt.test(s)) differ.push(c);
      }
      expect(differ, `flags '${flags}'`).toEqual([]);
    }
  });

  it('is spelt without a negated class, and INLINE_SPACE reads it', () => {
    expect(SPACE_NOT_BREAK).not.toMatch(/\[\^/);
    expect(INLINE_SPACE).not.toMatch(/\[\^/);
    const inline = new RegExp(`^(?:${INLINE_SPACE})+$`, 'i');
    for (const gap of [' ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', ' \n ', '\r\n', '\r']) expect(inline.test(gap), JSON.stringify(gap)).toBe(true);
    for (const gap of ['\n\n', ' \n \n', '\r\r', '\r\n\r\n', 'x']) expect(inline.test(gap), JSON.stringify(gap)).toBe(false);
  });
});

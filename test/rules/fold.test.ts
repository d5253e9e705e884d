// Uncased pack patterns run folded (lowerPattern) on the folded text (lowerText) instead of with the `i` flag. They must
// match what the pattern with the `i` flag matches on the text as written: a Greek word in capitals, in lower case and
// with its final sigma ("ΟΔΟΣ", "οδος", "οδοσ"), the micro sign and "μ", but not the Ohm sign and "ω" (the flag keeps
// them apart), and a class range in any case whatever its ends are written as ("[\u0041-Z]", "[A-\u005A]").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerText } from '../../src/rules/context.js';
import { foldCode, foldedSites, FOLDS_APART, insensitive, isCaseless, lowerChar, lowered } from '../../src/rules/patterns.js';
import { matchesOf, WordStarts } from '../../src/rules/word-starts.js';

const unit = (c: number): string => String.fromCharCode(c);
const escaped = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;

describe('lowerChar (one UTF-16 unit, folded as the i flag compares)', () => {
  it('folds every unit to one unit of its own class, and folds that to itself', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = unit(c);
      const folded = lowerChar(ch);
      expect(folded.length).toBe(1);
      expect(lowerChar(folded)).toBe(folded);
      // The fold matches the character under the i flag; no non-ASCII character folds to an ASCII one.
      if (!new RegExp(escaped(c), 'i').test(folded) || (c >= 128 && folded.charCodeAt(0) < 128)) expect([c, folded]).toBe('folded within its class');
    }
  });

  it('folds two units alike exactly when the i flag matches them', () => {
    // Whatever the flag matches with a unit is its upper or lower case, or shares one with it: test those.
    for (let c = 0; c < 0x10000; c++) {
      const ch = unit(c);
      const re = new RegExp(escaped(c), 'i');
      const near = new Set([...ch.toUpperCase(), ...ch.toLowerCase(), ...ch.toUpperCase().toLowerCase(), ...ch.toLowerCase().toUpperCase(), lowerChar(ch)]);
      for (const other of near) if (re.test(other) !== (lowerChar(other) === lowerChar(ch))) expect([c, other.charCodeAt(0)]).toBe('folded alike iff matched');
    }
  });

  it('is what foldCode reads, unit by unit, and lowerText is the text folded unit by unit', () => {
    for (let c = 0; c < 0x10000; c++) if (foldCode(c) !== lowerChar(unit(c)).charCodeAt(0)) expect([c, foldCode(c)]).toBe('foldCode is lowerChar');
    expect(foldCode(-1)).toBe(-1);
    const t = 'SOCIÉTÉ Ω ΟΔΟΣ µ ſ K İ “Licensed” ß ẞ';
    expect(lowerText(t)).toBe([...t].map(lowerChar).join(''));
  });

  it('calls caseless exactly the units that only themselves fold to and match under the i flag', () => {
    // The i flag matches two units when their canonical forms (the upper case, unless not one unit or ASCII for a
    // non-ASCII unit) agree: a caseless unit is its own canonical form and no other unit's.
    const canonicalOf = (c: number): number => {
      const upper = unit(c).toUpperCase();
      return upper.length !== 1 || (c >= 128 && upper.charCodeAt(0) < 128) ? c : upper.charCodeAt(0);
    };
    const othersOf = new Map<number, number[]>();
    for (let c = 0; c < 0x10000; c++) {
      const k = canonicalOf(c);
      if (k !== c) othersOf.set(k, [...(othersOf.get(k) ?? []), c]);
    }
    for (let c = 0; c < 0x10000; c++) {
      if (!isCaseless(c)) continue;
      if (canonicalOf(c) !== c || othersOf.has(c) || foldCode(c) !== c) expect([c, othersOf.get(c)]).toBe('caseless: matched by itself alone');
    }
    expect([0x24, 0x20ac, 0x201c, 0x5b].every(isCaseless)).toBe(true); // $ € “ [
    expect([0x41, 0x61, 0x3c2, 0x212a, 0x17f].some(isCaseless)).toBe(false); // A a ς K ſ
  });

  it('finds a folded literal where a folded copy of the text has it (foldedSites)', () => {
    const literal = fc.constantFrom('us$', '$', '"licensed', '“licensed', 'σ', 'ος', 'licen', '......', '[', 'µ', 'k', 'ß', 'é');
    const text = fc.array(fc.constantFrom('US$', 'us$', 'Us', '$', '"Licensed', '“LICENSED', 'ΟΣ', 'ος', 'ς', 'µ', 'μ', 'K', 'K', 'ſ', 'ß', 'ẞ', 'É', '...', ' ', '['), { maxLength: 16 }).map((a) => a.join(''));
    fc.assert(
      fc.property(literal.map((w) => lowerText(w)), text, fc.integer({ min: 1, max: 3 }), (l, t, limit) => {
        // (The literals of a plan are folded: "ος" is read as "οσ".)
        const folded = lowerText(t);
        const want: number[] = [];
        for (let at = folded.indexOf(l); at >= 0; at = folded.indexOf(l, at + 1)) want.push(at);
        expect([l, t, foldedSites(t, l)]).toEqual([l, t, want]);
        expect(foldedSites(t, l, limit)).toEqual(want.slice(0, limit));
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it('lists in FOLDS_APART exactly the units it folds that toLowerCase keeps', () => {
    const apart: number[] = [];
    for (let c = 128; c < 0x10000; c++) if (unit(c).toLowerCase() === unit(c) && lowerChar(unit(c)) !== unit(c)) apart.push(c);
    for (let c = 0; c < 0x10000; c++) expect(FOLDS_APART.test(unit(c))).toBe(apart.includes(c));
    expect(apart).toContain(0x3c2); // ς
  });
});

describe('uncased pack patterns, folded, on the folded text', () => {
  const NOTICE = 'Notices to the Licensor go to ΟΔΟΣ ΠΑΝΕΠΙΣΤΗΜΙΟΥ 5, Athens; the Licensee sends a copy to the Οδος Πανος office.';

  it('match a Greek word in any case and with either sigma', () => {
    for (const p of ['οδος\\s+πανεπιστημιου', 'ΟΔΟΣ\\s+Πανεπιστημιου', 'οδοσ\\s+πανοσ', 'Οδος Πανος', 'πανο[σς]', 'πανο[^α-ρ]'])
      expect([p, [...lowerText(NOTICE).matchAll(new RegExp(lowered(p).source, 'g'))].map((m) => m.index)]).toEqual([p, [...NOTICE.matchAll(new RegExp(p, 'gi'))].map((m) => m.index)]);
    expect(lowered('οδος').once.exec(lowerText(NOTICE))?.index).toBe(NOTICE.indexOf('ΟΔΟΣ'));
  });

  it('find what the plain regex with the i flag finds, on generated patterns and texts', () => {
    // Letters whose case the i flag folds unusually: final sigma, micro sign, Ohm and Kelvin signs, sharp s, dotted I.
    const letters = ['σ', 'ς', 'Σ', 'ο', 'Ο', 'µ', 'μ', 'Μ', 'Ω', 'ω', 'Ω', 'k', 'K', 'K', 'ß', 'ẞ', 'é', 'É', 'İ', 'i', 'I', 'ı', 'ϐ', 'β', 'a'];
    const letter = fc.constantFrom(...letters);
    const atom = fc.oneof(
      { weight: 4, arbitrary: letter },
      { weight: 1, arbitrary: fc.array(letter, { minLength: 1, maxLength: 3 }).map((a) => `[${a.join('')}]`) },
      { weight: 1, arbitrary: fc.array(letter, { minLength: 1, maxLength: 2 }).map((a) => `[^${a.join('')}]`) },
      { weight: 1, arbitrary: letter.map((l) => escaped(l.charCodeAt(0))) },
    );
    const pattern = fc.array(atom, { minLength: 1, maxLength: 4 }).map((a) => `\\b${a.join('')}`);
    const text = fc.array(fc.constantFrom(...letters, ' ', 'the ', '. '), { maxLength: 16 }).map((a) => a.join(''));
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        const want = [...t.matchAll(new RegExp(p, 'gi'))].map((m) => [m.index, m[0].length]);
        const folded = lowered(p);
        const hay = lowerText(t);
        expect([...hay.matchAll(folded.global)].map((m) => [m.index, m[0].length])).toEqual(want);
        // And the scan the rules run: the pattern with the i flag on the text as written, tried where the folded
        // pattern's leading words start in the text read folded.
        const planned = insensitive(p);
        expect(planned.leading).toEqual(folded.leading);
        if (planned.leading) {
          const scan = matchesOf(new WordStarts(t), planned.sticky, planned.leading, t, false);
          expect(scan.starts.map((s, i) => [s, (scan.ends[i] as number) - s])).toEqual(want);
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it('fold a class range whole, whether its ends are written as characters or escapes', () => {
    // Ends written as they come: a character, \u escape or \x escape ("[A-\u005A]" lower-cased end by end was "[a-Z]",
    // a range out of order: the pattern threw on every document).
    const ends = [0x2b, 0x41, 0x43, 0x45, 0x5a, 0x5b, 0x60, 0x61, 0x7a, 0xb5, 0xc0, 0xc9, 0xcb, 0xde, 0xe0, 0xff, 0x181, 0x24f, 0x3a3, 0x3a9, 0x3b1, 0x3c2, 0x3c3, 0x3c9, 0x2126];
    const written = (c: number, how: number): string => (how === 0 ? unit(c) : how === 1 || c > 0xff ? escaped(c) : `\\x${c.toString(16).padStart(2, '0').toUpperCase()}`);
    const range = fc.tuple(fc.constantFrom(...ends), fc.constantFrom(...ends), fc.nat(2), fc.nat(2)).map(([a, b, ha, hb]) => `${written(Math.min(a, b), ha)}-${written(Math.max(a, b), hb)}`);
    const cls = fc.tuple(fc.boolean(), fc.array(range, { minLength: 1, maxLength: 2 }), fc.constantFrom('', 'e', 'É', '_', '\\d')).map(([not, rs, extra]) => `[${not ? '^' : ''}${rs.join('')}${extra}]`);
    const pattern = fc.tuple(fc.constantFrom('', 'soci', '\\b'), cls, fc.constantFrom('', 't', 'É', 'ς')).map((parts) => parts.join(''));
    const text = fc.array(fc.constantFrom('A', 'Z', 'a', 'z', 'e', 'E', 'É', 'é', 'Ë', 'ë', 'à', 'À', 'Þ', 'þ', '÷', '×', '[', '`', '_', 'Σ', 'ς', 'σ', 'Ω', 'Ω', 'ω', 'µ', 'μ', 'Ɓ', 'ɓ', 'Ⱥ', 'ⱥ', 'soci', 'SOCI', ' ', '5'), { maxLength: 14 }).map((a) => a.join(''));
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        const want = [...t.matchAll(new RegExp(p, 'gi'))].map((m) => [m.index, m[0].length]);
        expect([p, [...lowerText(t).matchAll(lowered(p).global)].map((m) => [m.index, m[0].length])]).toEqual([p, want]);
        return true;
      }),
      { numRuns: 2000 },
    );
    // Each kind once, by hand: the fold of a range is what the i flag matches, nothing more.
    for (const [p, yes, no] of [
      ['\\bLICENS[A-\\u0045]E', 'LICENSEE and licensee', 'LICENSOR'],
      ['\\bLICENS[\\u0041-E]E', 'LICENSEE and licensee', 'LICENSOR'],
      ['soci[\\u00C9-Ë]t', 'SOCIÉTÉ and société', 'SOCIÀTÉ and sociàté'],
      ['[Z-a]{2}', 'Z_ and z`', 'Ab'],
    ] as const) {
      expect([p, lowerText(yes).match(lowered(p).global)?.length]).toEqual([p, yes.match(new RegExp(p, 'gi'))?.length]);
      expect([p, lowered(p).once.test(lowerText(no))]).toEqual([p, false]);
    }
  });
});

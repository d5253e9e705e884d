// Case-insensitive patterns spelt without the `i` flag (caseSpelt, caseInsensitive) must match what the pattern with the
// flag matches: the letters' other cases are the only units the flag adds (checked over every UTF-16 unit), and the
// spelt pattern finds the same matches, at the same offsets with the same groups, on generated patterns and texts and
// for every built-in pack pattern on the fixture agreements.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuiltinPacks } from '../../src/index.js';
import { caseInsensitive, caseless, caseSpelt } from '../../src/model/case-spelt.js';

const unit = (c: number): string => String.fromCharCode(c);
const escaped = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
/** Every match of `re` (global) in `t`: offset, and each group as matched. */
const matches = (re: RegExp, t: string): string[] => [...t.matchAll(re)].map((m) => `${m.index}:${m.map((g) => g ?? '<none>').join('|')}`);
const sameMatches = (p: string, t: string): void => expect([p, t, matches(caseInsensitive(p, 'g'), t)]).toEqual([p, t, matches(new RegExp(p, 'gi'), t)]);

describe('the i flag without the u flag, unit by unit', () => {
  it('matches an ASCII letter with its other case and no other unit', () => {
    for (let l = 0x41; l <= 0x7a; l++) {
      if (l > 0x5a && l < 0x61) continue;
      const re = new RegExp(`^${unit(l)}$`, 'i');
      for (let c = 0; c < 0x10000; c++) if (re.test(unit(c)) !== (c === l || c === (l ^ 32))) expect([l, c]).toBe('only the other case');
    }
  });

  it('matches a caseless unit with itself alone, and a unit with case with no caseless one', () => {
    // One class of every caseless unit under the flag: it matches exactly the caseless units, so the flag pairs no
    // caseless unit with a unit that has case (two caseless units are each their own canonical form, so never equal).
    const ranges: string[] = [];
    for (let c = 0; c < 0x10000; ) {
      if (!caseless(c)) {
        c++;
        continue;
      }
      let d = c;
      while (d + 1 < 0x10000 && caseless(d + 1)) d++;
      ranges.push(c === d ? escaped(c) : `${escaped(c)}-${escaped(d)}`);
      c = d + 1;
    }
    const re = new RegExp(`^[${ranges.join('')}]$`, 'i');
    for (let c = 0; c < 0x10000; c++) if (re.test(unit(c)) !== caseless(c)) expect([c, caseless(c)]).toBe('caseless iff matched by the caseless class');
    expect([0x24, 0x20ac, 0x201c, 0x2019, 0x5b, 0x30].every(caseless)).toBe(true); // $ € “ ’ [ 0
    expect([0x41, 0x61, 0xe9, 0x3c2, 0x212a, 0x17f, 0x130].some(caseless)).toBe(false); // A a é ς K ſ İ
  });
});

describe('caseSpelt', () => {
  it('spells letters, classes and escapes with their other case', () => {
    expect(caseSpelt(String.raw`\bLicen[cs]e\w*`)).toBe(String.raw`\b[Ll][iI][cC][eE][nN][CScs][eE]\w*`);
    expect(caseSpelt('[a-z0-9_]{2,5}')).toBe('[A-Za-z0-9_]{2,5}');
    expect(caseSpelt('[^.;A-F]')).toBe('[^a-f.;A-F]');
    expect(caseSpelt('[-x]')).toBe(String.raw`[X\-x]`);
    expect(caseSpelt('[x-]')).toBe('[Xx-]');
    expect(caseSpelt(String.raw`\x41\u0062[\x43]`)).toBe(String.raw`[\x41a][\u0062B][c\x43]`);
    expect(caseSpelt(String.raw`(?<Name>x)(?<=y)(?<!z)`)).toBe('(?<Name>[xX])(?<=[yY])(?<![zZ])');
    expect(caseSpelt(String.raw`[\b\w\s-]\cJ\0’€`)).toBe(String.raw`[\b\w\s-]\cJ\0’€`);
    // A class escape before '-' makes no range: ' ' stands for itself, and '-{' are two more units (no 'a' in the class);
    // in '[\w-a-c]' the units are a, '-' and c.
    expect(caseSpelt(String.raw`[\s- -{]a`)).toBe(String.raw`[\s- -{][aA]`);
    expect(caseSpelt(String.raw`[\w-a-c]`)).toBe(String.raw`[AC\w-a-c]`);
    for (const [p, t] of [[String.raw`[\s- -{]a`, 'aa a -a {A'], [String.raw`[\w-a-c]+`, 'b-c A_ -']] as const) sameMatches(p, t);
  });

  it('refuses what it cannot spell exactly, and the pattern keeps the flag', () => {
    for (const p of ['société', String.raw`\u00e9`, String.raw`\xC9`, '[À-ÿ]', String.raw`(a)\1`, String.raw`(?<n>a)\k<n>`, String.raw`\a`, String.raw`[\B]`, '[a-\\w]', 'ſ', '\u212a']) {
      expect([p, caseSpelt(p)]).toEqual([p, null]);
      expect(caseInsensitive(p, 'g').flags).toBe('gi');
    }
    expect(caseInsensitive('abc', 'y').flags).toBe('y');
  });

  it('finds what the pattern with the i flag finds, on generated patterns and texts', () => {
    const letters = ['a', 'A', 'k', 'K', 's', 'S', 'i', 'I', 'z', 'Z', 'é', 'É', 'ſ', 'K', 'İ', 'ı', 'µ', 'Μ', 'ß', 'ς'];
    const letter = fc.constantFrom(...letters.filter((l) => l.charCodeAt(0) < 128), '_', '’', '-', '.', '$', '0', '€');
    const end = fc.constantFrom(0x20, 0x2d, 0x30, 0x41, 0x4b, 0x53, 0x5a, 0x5b, 0x5f, 0x60, 0x61, 0x6b, 0x73, 0x7a, 0x7b, 0x7e, 0x2010, 0x2019);
    const written = (c: number, how: number): string => (how === 0 && c !== 0x5b && c !== 0x2d ? unit(c) : how === 1 || c > 0xff ? escaped(c) : `\\x${c.toString(16).padStart(2, '0')}`);
    const range = fc.tuple(end, end, fc.nat(2), fc.nat(2)).map(([a, b, ha, hb]) => `${written(Math.min(a, b), ha)}-${written(Math.max(a, b), hb)}`);
    const classItem = fc.oneof(letter, range, fc.constantFrom('\\w', '\\W', '\\s', '\\S', '\\d', '\\b', '\\x4B', '\\u0073'));
    const cls = fc.tuple(fc.boolean(), fc.array(classItem, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([not, items, dash]) => `[${not ? '^' : ''}${dash ? '-' : ''}${items.join('')}]`);
    const atom = fc.oneof(
      { weight: 5, arbitrary: letter },
      { weight: 2, arbitrary: cls },
      { weight: 1, arbitrary: fc.constantFrom('\\b', '\\B', '\\w', '\\W', '.', '\\s', '\\x53', '\\u006b', '\\.') },
    );
    const quantified = fc.tuple(atom, fc.constantFrom('', '', '?', '*', '+', '{1,2}')).map(([a, q]) => a + q);
    const seq = fc.array(quantified, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
    const pattern = fc.oneof(
      seq,
      fc.tuple(seq, seq).map(([x, y]) => `(${x})|(?:${y})`),
      fc.tuple(seq, seq).map(([x, y]) => `(?<!${x})(?<g>${y})`),
      fc.tuple(seq, seq).map(([x, y]) => `${x}(?=${y})`),
    );
    const text = fc.array(fc.constantFrom(...letters, ' ', 'the ', 'KS ', '. ', '_', '’', '-', '0', '[', '`', '{', '~', '€'), { maxLength: 18 }).map((a) => a.join(''));
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        try {
          new RegExp(p, 'i');
        } catch {
          return true; // not a pattern (a quantified assertion in a look-behind)
        }
        sameMatches(p, t);
        return true;
      }),
      { numRuns: 5000 },
    );
  });

  it('finds what the flag finds for every built-in pack pattern, on the fixture agreements', () => {
    const prose = new Set(['description', 'references', 'rationale', 'recommendation', 'label', 'message', 'title', 'modelLanguage', 'id', 'name', 'severity', 'type', 'kind']);
    const patterns = new Set<string>();
    const walk = (v: unknown, key: string): void => {
      if (typeof v === 'string') {
        if (prose.has(key)) return;
        try {
          new RegExp(v, 'i');
          patterns.add(v);
        } catch {
          // not a pattern
        }
      } else if (Array.isArray(v)) for (const x of v) walk(x, key);
      else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    };
    walk(loadBuiltinPacks(), '');
    expect(patterns.size).toBeGreaterThan(300);
    const dir = join(import.meta.dirname, '..', '..', 'fixtures');
    // Paragraphs of the fixtures (a pattern meant for a clause is not run over a whole agreement: some take seconds so).
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.md') || f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/))
      .filter((_, k) => k % 16 === 0)
      .map((t) => t.slice(0, 1500));
    texts.push('THE LICENSEE SHALL NOT SELL; the Licensee shall not sell; tHe LiCeNsEe ShAlL nOt SeLl. ſ K İ ı µ “Net Sales” – € 5%');
    let spelt = 0;
    for (const p of patterns) {
      if (caseSpelt(p) !== null) spelt++;
      for (const t of texts) sameMatches(p, t);
    }
    // Nearly all are spelt: the few that keep the flag hold letters with case beyond ASCII.
    expect(spelt / patterns.size).toBeGreaterThan(0.95);
  }, 120_000);
});

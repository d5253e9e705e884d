// Scanning only at the word starts where a pattern's matches can begin must find exactly the matches of a
// global scan: same starts, same ends, in the same order.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingWords } from '../../src/rules/leading-words.js';
import { WordStarts } from '../../src/rules/word-starts.js';
import { casedPattern, lowered, type Scan } from '../../src/rules/patterns.js';
import { loadBuiltinPacks } from '../../src/rules/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every regex source the built-in packs use, with whether it is matched case-sensitively. */
function packPatterns(): { src: string; matchCase: boolean }[] {
  const out = new Map<string, { src: string; matchCase: boolean }>();
  const walk = (v: unknown, matchCase: boolean, key = ''): void => {
    if (typeof v === 'string' && ['text', 'heading', 'require', 'exclude', 'act', 'pattern'].includes(key)) out.set(`${matchCase}${v}`, { src: v, matchCase });
    else if (Array.isArray(v)) v.forEach((x) => walk(x, matchCase, key));
    else if (v && typeof v === 'object') {
      const cased = (v as Record<string, unknown>)['matchCase'] === true;
      for (const [k, x] of Object.entries(v)) walk(x, matchCase || cased, k);
    }
  };
  for (const p of loadBuiltinPacks()) for (const r of p.rules) walk({ c: r.conditions, a: r.anchor }, false);
  return [...out.values()];
}

function texts(): string[] {
  const fixtures = readdirSync(`${root}fixtures`).filter((f) => /\.(md|txt)$/.test(f)).map((f) => readFileSync(`${root}fixtures/${f}`, 'utf8'));
  const corpus = `${root}../shared/corpus/cuad-dev/contracts`;
  const cuad = existsSync(corpus) ? readdirSync(corpus).sort().slice(0, 12).map((f) => readFileSync(`${corpus}/${f}`, 'utf8')) : [];
  return [...fixtures, ...cuad];
}

function globalScan(re: RegExp, hay: string): Scan {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of hay.matchAll(re)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

const lower = (t: string) => t.replace(/[A-Z]+/g, (w) => w.toLowerCase());

describe('leadingWords', () => {
  it('reads the words that open every alternative', () => {
    expect(leadingWords(String.raw`\b(?:shall|will)\s+not\b`)).toEqual({
      words: [{ text: 'shall', wordEnd: true }, { text: 'will', wordEnd: true }],
      anywhere: [],
    });
    // Optional letters and small classes branch; "licen" alone covers its longer spellings.
    expect(leadingWords(String.raw`\bf?rand\b|\blicen[cs]e|\blicen`)?.words.map((w) => w.text)).toEqual(['frand', 'licen', 'rand']);
    // Short words are known by where they end.
    expect(leadingWords(String.raw`\bre-?issues?\b|\bis\s+due`)?.words).toEqual([
      { text: 'is', wordEnd: true },
      { text: 're-issue', wordEnd: true },
      { text: 're-issues', wordEnd: true },
      { text: 'reissue', wordEnd: true },
      { text: 'reissues', wordEnd: true },
    ]);
    // Literals that need no word boundary are found anywhere.
    expect(leadingWords(String.raw`\[\s*\]|us\$|_{4,}`)).toEqual({ words: [], anywhere: ['[', '____', 'us$'] });
  });

  it('knows nothing when a match could start anywhere', () => {
    expect(leadingWords(String.raw`\b\w+\s+days`)).toBeNull();
    expect(leadingWords(String.raw`\bshall|[a-z]\s+improvement`)).toBeNull();
    expect(leadingWords(String.raw`shall|ab`)).toBeNull(); // "ab" without \b: too common to look up
    expect(leadingWords('^licence')).toBeNull();
    expect(leadingWords('(?i:abc)')).toBeNull();
    expect(leadingWords('(abc')).toBeNull();
  });
});

describe('WordStarts.matches', () => {
  it('finds exactly the matches of a global scan for every built-in pattern', () => {
    const docs = texts().map((t) => ({ text: t, lower: lower(t), index: new WordStarts(t) }));
    let compared = 0;
    for (const { src, matchCase } of packPatterns()) {
      const pattern = matchCase ? casedPattern(src) : lowered(src);
      if (!pattern.leading) continue;
      for (const d of docs) {
        const hay = matchCase ? d.text : d.lower;
        expect([src, d.index.matches(pattern.sticky, pattern.leading, hay, matchCase)]).toEqual([src, globalScan(pattern.global, hay)]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('continues at the end of each match, as a global scan does', () => {
    const text = 'Shall shall shall not; shall-shall';
    for (const p of [String.raw`\bshall\s+`, String.raw`\bshall\s+shall`, String.raw`\bshall\b`, String.raw`shall[- ]?`]) {
      const hay = lower(text);
      expect([p, new WordStarts(text).matches(new RegExp(p, "y"), leadingWords(p) ?? { words: [], anywhere: [] }, hay, false)]).toEqual([p, globalScan(new RegExp(p, 'g'), hay)]);
    }
  });

  it('agrees with a global scan on generated patterns and texts', () => {
    const word = fc.constantFrom('shall', 'not', 'licen', 'is', 're', 'a', 'x1', '_x');
    const atom = fc.oneof(
      word,
      word.map((w) => `${w}s?`),
      word.map((w) => `(?:${w})?`),
      word.map((w) => `\\b${w}\\b`),
      fc.constantFrom('\\b', '\\s+', '\\s*', '[- ]?', '[^.]{0,20}', '\\w*', '\\d{1,2}', '-', '\\.', '\\$', '_{2,}', '(?=\\s)', '(?<!x)'),
    );
    const seq = fc.array(atom, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    const pattern = fc.array(seq, { minLength: 1, maxLength: 3 }).map((a) => a.join('|'));
    const text = fc
      .array(fc.constantFrom('shall ', 'Shall', 'not ', 'licence ', 'is ', 're-', 'a', 'x1', '_x', '12', '$', '. ', '-', '__', 'other ', '\n'), { maxLength: 14 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        const leading = leadingWords(p);
        if (!leading) return true;
        const hay = lower(t);
        const got = new WordStarts(t).matches(new RegExp(p, "y"), leading, hay, false);
        expect(got).toEqual(globalScan(new RegExp(p, 'g'), hay));
        return true;
      }),
      { numRuns: 1500 },
    );
  });
});

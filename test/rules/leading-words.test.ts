// Scanning only at the word starts where a pattern's matches can begin must find exactly the matches of a
// global scan: same starts, same ends, in the same order.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingWords, SPACE_RUN } from '../../src/rules/leading-words.js';
import { LeadPlan, matchesOf, scanAt, WordStarts } from '../../src/rules/word-starts.js';
import { casedPattern, insensitive, type Scan } from '../../src/rules/patterns.js';
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
      words: [{ text: `shall${SPACE_RUN}not`, wordEnd: true }, { text: `will${SPACE_RUN}not`, wordEnd: true }],
      anywhere: [],
    });
    // A run of white space (\s+) is read whole, so the literal goes on after it unless white space could follow;
    // a word may end at \s* or a single \s.
    expect(leadingWords(String.raw`\bshall\s+not\s+\s*be|\bmay\s+ |\bwill\s*not|\bmust\sbe`)?.words).toEqual([
      { text: `may${SPACE_RUN}`, wordEnd: false },
      { text: 'must', wordEnd: true },
      { text: `shall${SPACE_RUN}not${SPACE_RUN}`, wordEnd: false },
      { text: 'will', wordEnd: true },
      { text: 'willnot', wordEnd: false },
    ]);
    // Optional letters and small classes branch; "licen" alone covers its longer spellings.
    expect(leadingWords(String.raw`\bf?rand\b|\blicen[cs]e|\blicen`)?.words.map((w) => w.text)).toEqual(['frand', 'licen', 'rand']);
    // Short words are known by where they end.
    expect(leadingWords(String.raw`\bre-?issues?\b|\bis\b\s+due`)?.words).toEqual([
      { text: 'is', wordEnd: true },
      { text: 're-issue', wordEnd: true },
      { text: 're-issues', wordEnd: true },
      { text: 'reissue', wordEnd: true },
      { text: 'reissues', wordEnd: true },
    ]);
    // Literals that need no word boundary are found anywhere.
    expect(leadingWords(String.raw`\[\s*\]|us\$|_{4,}`)).toEqual({ words: [], anywhere: ['[', '____', 'us$'] });
    // indexOf finds them as written: up to a run of white space.
    expect(leadingWords(String.raw`US\$\s+\d|\[\s+x`)).toEqual({ words: [], anywhere: ['US$', '['] });
  });

  it('reads past a back-reference, which may match nothing or anything', () => {
    // exclusive-grant-back's "made by X ... belong to X" holds a back-reference: it used to make the whole pattern unknown.
    expect(leadingWords(String.raw`\bbelong\s+to\s+(\w+)(?<!\bby\s+\1\b.*)`)?.words.map((w) => w.text)).toEqual(['belong\u0001to\u0001']);
    // First in an alternative, it may match nothing, so what follows it can open the match, or anything at all can.
    expect(leadingWords(String.raw`(a)?\1\bshall`)).toBeNull();
    const text = 'made by Beta shall belong to Beta; made by Beta shall belong to Alpha';
    const p = String.raw`\bbelong\s+to\s+(\w+)(?<!\bby\s+\1\b[^;]*)`;
    expect(matchesOf(new WordStarts(text), new RegExp(p, 'iy'), leadingWords(p) ?? { words: [], anywhere: [] }, text, false)).toEqual(globalScan(new RegExp(p, 'gi'), text));
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

describe('matchesOf (one pattern at its word starts)', () => {
  it('finds exactly the matches of a global scan for every built-in pattern', () => {
    const docs = texts().map((t) => ({ text: t, index: new WordStarts(t) }));
    let compared = 0;
    for (const { src, matchCase } of packPatterns()) {
      // Uncased: with the i flag, at the leading words of the folded pattern, read in the text folded.
      const pattern = matchCase ? casedPattern(src) : insensitive(src);
      if (!pattern.leading) continue;
      for (const d of docs) {
        expect([src, matchesOf(d.index, pattern.sticky, pattern.leading, d.text, matchCase)]).toEqual([src, globalScan(pattern.global, d.text)]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('continues at the end of each match, as a global scan does', () => {
    const text = 'Shall shall shall not; shall-shall';
    for (const p of [String.raw`\bshall\s+`, String.raw`\bshall\s+shall`, String.raw`\bshall\b`, String.raw`shall[- ]?`]) {
      expect([p, matchesOf(new WordStarts(text), new RegExp(p, 'iy'), leadingWords(p) ?? { words: [], anywhere: [] }, text, false)]).toEqual([p, globalScan(new RegExp(p, 'gi'), text)]);
    }
  });

  it('agrees with a global scan on generated patterns and texts', () => {
    const word = fc.constantFrom('shall', 'not', 'licen', 'is', 're', 'a', 'x1', '_x');
    const atom = fc.oneof(
      word,
      word.map((w) => `${w}s?`),
      word.map((w) => `(?:${w})?`),
      word.map((w) => `\\b${w}\\b`),
      fc.constantFrom('\\b', '\\s+', '\\s*', '\\s', ' ', '\\s+?', '[- ]?', '[^.]{0,20}', '\\w*', '\\d{1,2}', '-', '\\.', '\\$', '_{2,}', '(?=\\s)', '(?<!x)'),
    );
    const seq = fc.array(atom, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    const pattern = fc.array(seq, { minLength: 1, maxLength: 3 }).map((a) => a.join('|'));
    const text = fc
      .array(fc.constantFrom('shall ', 'Shall', 'not ', 'licence ', 'is ', 're-', 'a', 'x1', '_x', '12', '$', '. ', '-', '__', 'other ', '\n', '  ', '\u00a0', '\t', '\u2003'), { maxLength: 14 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        const leading = leadingWords(p);
        if (!leading) return true;
        // The words are lower case: the pattern is its own folded form.
        const got = matchesOf(new WordStarts(t), new RegExp(p, 'iy'), leading, t, false);
        expect(got).toEqual(globalScan(new RegExp(p, 'gi'), t));
        return true;
      }),
      { numRuns: 1500 },
    );
  });
});

// An agreement written for these tests: capitals, short words, non-ASCII quotes and currency, brackets, blanks.
const AGREEMENT = [
  '# PATENT CROSS-LICENSE AGREEMENT',
  '',
  'This Agreement is made between Alpha Corp. ("Alpha") and Beta GmbH (“Beta”), each a Party.',
  '',
  '1. DEFINITIONS. "Licensed Patents" means the patents listed in Schedule A; “Licensed Technology” means [●].',
  '2. GRANT. Alpha hereby grants to Beta a non-exclusive licence; Beta shall not sublicense, and shall not sell more than 10,000 units.',
  '3. ROYALTIES. Beta shall pay US$ 250,000 (two hundred fifty thousand dollars) within thirty (30) days, and 5% of Net Sales; € 12 per unit.',
  '4. TERM. This Agreement shall remain in full force and effect until the expiry of the last Licensed Patent; either Party may terminate for breach.',
  '5. IMPROVEMENTS. Beta shall assign to Alpha all Improvements; Alpha shall not challenge the validity of the Licensed Patents. Signed: ____ Date: [insert date]',
].join('\n');

describe('LeadPlan (every pattern of a set from one walk over the words)', () => {
  it('finds, for every built-in pattern at once, exactly the matches of a global scan', () => {
    const patterns = packPatterns()
      .map(({ src, matchCase }) => ({ src, matchCase, pattern: matchCase ? casedPattern(src) : insensitive(src) }))
      .filter((p) => p.pattern.leading !== null);
    const plan = new LeadPlan(patterns.map((p) => ({ leading: p.pattern.leading as NonNullable<typeof p.pattern.leading>, cased: p.matchCase })));
    let found = 0;
    for (const text of [AGREEMENT, ...texts().slice(0, 6)]) {
      const candidates = plan.candidates(new WordStarts(text), text);
      patterns.forEach((p, slot) => {
        const got = scanAt(p.pattern.sticky, candidates[slot] as number[], text);
        expect([p.src, got]).toEqual([p.src, globalScan(p.pattern.global, text)]);
        if (text === AGREEMENT) found += got.starts.length;
      });
    }
    // The agreement exercises the patterns: many of them match it.
    expect(found).toBeGreaterThan(40);
  });

  it('gives each pattern its own candidates, ascending and distinct, cased or not', () => {
    const text = 'Shall SHALL shall-not; in IN inch. "Licensed" $5 US$5 [x] [';
    const plan = new LeadPlan([
      { leading: { words: [{ text: 'shall', wordEnd: true }, { text: 'sha', wordEnd: false }], anywhere: [] }, cased: false },
      { leading: { words: [{ text: 'in', wordEnd: true }], anywhere: ['$', 'us$'] }, cased: false },
      { leading: { words: [{ text: 'IN', wordEnd: true }, { text: 'Shall', wordEnd: false }], anywhere: ['['] }, cased: true },
      { leading: { words: [{ text: 'in', wordEnd: false }], anywhere: [] }, cased: false },
    ]);
    const c = plan.candidates(new WordStarts(text), text);
    const at = (s: string, from = 0) => text.indexOf(s, from);
    expect(c[0]).toEqual([0, 6, 12]);
    expect(c[1]).toEqual([at('in'), at('IN'), at('$'), at('US$'), at('$', at('US$'))]);
    expect(c[2]).toEqual([0, at('IN'), at('[x]'), at('[', at('[x]') + 1)]);
    expect(c[3]).toEqual([at('in'), at('IN'), at('inch')]);
    // Read slot by slot (a document's rules read some of them, in any order): the same lists, each read again unchanged.
    const bySlot = plan.candidatesBySlot(new WordStarts(text), text);
    for (const slot of [2, 1, 3, 1, 0, 2]) expect([slot, bySlot.of(slot)]).toEqual([slot, c[slot]]);
  });

  it('takes the first two characters of a word in one step only where no literal ends after the first', () => {
    // The walk reads a word's first two ASCII characters by one look-up (Trie.pairs); a literal of one character ("a",
    // "$"-free), one of exactly two ("no", ending on the look-up's node), a longer one ("notice") and a word whose second
    // character is not ASCII ("né") or that is the text's last character ("n") must each come out as a step-by-step walk
    // finds them.
    const text = 'A no-notice; No NOTICE a1 né n';
    const plan = new LeadPlan([
      { leading: { words: [{ text: 'a', wordEnd: true }], anywhere: [] }, cased: false },
      { leading: { words: [{ text: 'no', wordEnd: true }], anywhere: [] }, cased: false },
      { leading: { words: [{ text: 'notice', wordEnd: true }, { text: `no${SPACE_RUN}notice`, wordEnd: true }], anywhere: [] }, cased: false },
      { leading: { words: [{ text: 'n', wordEnd: false }], anywhere: [] }, cased: false },
      { leading: { words: [{ text: 'No', wordEnd: true }], anywhere: [] }, cased: true },
    ]);
    const c = plan.candidates(new WordStarts(text), text);
    const at = (s: string, from = 0) => text.indexOf(s, from);
    expect(c[0]).toEqual([0]);
    expect(c[1]).toEqual([at('no'), at('No')]);
    expect(c[2]).toEqual([at('notice'), at('No NOTICE'), at('NOTICE')]);
    expect(c[3]).toEqual([at('no'), at('notice'), at('No'), at('NOTICE'), at('né'), at(' n', at('né')) + 1]);
    expect(c[4]).toEqual([at('No')]);
  });

  it('agrees with a plain reading of its literals on generated literals and texts', () => {
    // Literals around the plan's three-character keys and fourth-character buckets: shorter, exactly three,
    // longer, with inner non-word characters, in either case.
    const literal = fc.record({
      text: fc.constantFrom('in', 'a', 'x1', 'the', 'The', 'and', 'and/or', 'e-mail', 'shall', 'Shall', 'sha', 'prov', 'provid', 'pro', '_x', 'inch', 'in a',
        `in${SPACE_RUN}a`, `a${SPACE_RUN}the`, `shall${SPACE_RUN}not`, `Shall${SPACE_RUN}`, `the${SPACE_RUN}x1${SPACE_RUN}and`),
      wordEnd: fc.boolean(),
    });
    // As leadingWords gives them: a literal that ends in a run of white space ends no word.
    const literalOf = literal.map((w) => (w.text.endsWith(SPACE_RUN) ? { ...w, wordEnd: false } : w));
    const planned = fc.record({ words: fc.array(literalOf, { minLength: 1, maxLength: 3 }), cased: fc.boolean() });
    const text = fc
      .array(fc.constantFrom('in ', 'In', 'a', 'x1', 'the', 'THE ', 'them', 'and', 'and/or ', 'e-mail', 'shall ', 'Shall', 'not', 'provide', 'pro', '_x', 'inch', ' ', '-', '/', '\n', 'é', '\u00a0', '\t', 'in \t a', 'shall \u00a0not', 'a  the', 'the\nx1 and'), { maxLength: 16 })
      .map((a) => a.join(''));
    const isWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);
    // A literal as a sticky pattern: its characters, \s+ for a run of white space, no word character after a word end.
    const literalAt = (w: { text: string; wordEnd: boolean }, hay: string, i: number): boolean => {
      const src = w.text.split(SPACE_RUN).map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s+');
      const re = new RegExp(`${src}${w.wordEnd ? '(?![A-Za-z0-9_])' : ''}`, 'y');
      re.lastIndex = i;
      return re.test(hay);
    };
    fc.assert(
      fc.property(fc.array(planned, { minLength: 1, maxLength: 4 }), text, (ps, t) => {
        const low = lower(t);
        const got = new LeadPlan(ps.map((p) => ({ leading: { words: p.words, anywhere: [] }, cased: p.cased }))).candidates(new WordStarts(t), t);
        const want = ps.map((p) => {
          const hay = p.cased ? t : low;
          const out: number[] = [];
          for (let i = 0; i < t.length; i++) {
            if (!isWord(t[i]) || isWord(t[i - 1])) continue;
            if (p.words.some((w) => literalAt(w, hay, i))) out.push(i);
          }
          return out;
        });
        expect(got).toEqual(want);
        return true;
      }),
      { numRuns: 3000 },
    );
  });
});

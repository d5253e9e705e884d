// src/rules/leading-words.generated.ts holds the leading-word analysis of the built-in packs' patterns (in the stored
// form of leading-store.ts) so that start-up does not compute it. It must equal what the analysis computes now:
// regenerate with `npm run build && node scripts/rules-leading.mjs` after changing a built-in pattern or leading-words.ts.
import { describe, expect, it } from 'vitest';
import { loadBuiltinPacks } from '../../src/rules/index.js';
import { leadingTable } from '../../src/rules/leading-table.js';
import { decodeLeadingTable, encodeLeadingTable, leadingKey } from '../../src/rules/leading-store.js';
import { BUILTIN_LEADING_DATA } from '../../src/rules/leading-words.generated.js';
import { SPACE_RUN } from '../../src/rules/leading-words.js';
import { lowerPattern } from '../../src/rules/patterns.js';

describe('the generated leading-word table of the built-in packs', () => {
  const table = leadingTable(loadBuiltinPacks().flatMap((p) => p.rules));

  it('equals the analysis of every built-in pattern (run scripts/rules-leading.mjs when this fails)', () => {
    expect(Object.keys(table).length).toBeGreaterThan(50);
    expect(BUILTIN_LEADING_DATA).toBe(encodeLeadingTable(table));
    const stored = decodeLeadingTable(BUILTIN_LEADING_DATA);
    expect(stored.size).toBe(Object.keys(table).length);
    for (const [src, leading] of Object.entries(table)) expect(stored.get(leadingKey(src))).toEqual(leading);
  });

  it('keys each source apart from its near neighbours, the same source alike', () => {
    const src = String.raw`\bgrant[- ]?back\b`;
    const near = [src.slice(0, -1), `${src} `, src.replace('grant', 'Grant'), src.replace('back', 'kcab'), `${src.slice(1)}\\`];
    expect(new Set([src, ...near].map(leadingKey)).size).toBe(near.length + 1);
    expect(leadingKey(src)).toBe(leadingKey(String.raw`\bgrant[- ]?back\b`));
    // Every built-in source (both spellings) has a key of its own (encodeLeadingTable throws on a shared key).
    expect(new Set(Object.keys(table).map(leadingKey)).size).toBe(Object.keys(table).length);
  });

  it('keeps every word literal, its word end and the literals found anywhere through the stored form', () => {
    const sample = {
      [String.raw`\bnon-?exclusive\s+licen[cs]e\b`]: { words: [{ text: 'non-exclusi', wordEnd: false }, { text: 'nonexclusiv', wordEnd: false }], anywhere: [] },
      [String.raw`(?:\$|US\$)\s*\d`]: { words: [{ text: 'us$', wordEnd: false }, { text: 'law', wordEnd: true }], anywhere: ['$', '\u0001\t'] },
      [String.raw`.*`]: null,
    };
    const back = decodeLeadingTable(encodeLeadingTable(sample));
    for (const [src, leading] of Object.entries(sample)) expect(back.get(leadingKey(src))).toEqual(leading);
  });

  it('holds each pattern both lower-cased and as written, and the analysis of most of them', () => {
    const src = String.raw`\b(?:antitrust|anti-trust|competition)\s+laws?\b|\bSherman\s+Act\b|\bArticle\s+101\b|\bClayton\s+Act\b|\bCompetition\s+(?:and\s+Consumer\s+)?Act\b|\bAnti-?monopoly\s+(?:Law|Act)\b|\bPrivate\s+Monopoli[sz]ation\b|\bMonopoly\s+Regulation\s+and\s+Fair\s+Trade\s+Act\b|\bRestraints\s+of\s+Competition\b`;
    expect(Object.hasOwn(table, src)).toBe(true);
    expect(Object.hasOwn(table, lowerPattern(src))).toBe(true);
    expect(table[lowerPattern(src)]?.words.map((w) => w.text.replaceAll(SPACE_RUN, ' '))).toEqual(['anti-monopol', 'anti-trust l', 'antimonopoly', 'antitrust la', 'article 101', 'clayton act', 'competition ', 'monopoly reg', 'private mono', 'restraints o', 'sherman act']);
    const analysed = Object.values(table).filter((l) => l !== null).length;
    expect(analysed / Object.keys(table).length).toBeGreaterThan(0.5);
  });
});

// src/rules/leading-words.generated.ts holds the leading-word analysis of the built-in packs' patterns so that
// start-up does not compute it. It must equal what the analysis computes now: regenerate with
// `npm run build && node scripts/rules-leading.mjs` after changing a built-in pattern or leading-words.ts.
import { describe, expect, it } from 'vitest';
import { loadBuiltinPacks } from '../../src/rules/index.js';
import { leadingTable } from '../../src/rules/leading-table.js';
import { BUILTIN_LEADING } from '../../src/rules/leading-words.generated.js';
import { SPACE_RUN } from '../../src/rules/leading-words.js';
import { lowerPattern } from '../../src/rules/patterns.js';

describe('the generated leading-word table of the built-in packs', () => {
  const table = leadingTable(loadBuiltinPacks().flatMap((p) => p.rules));

  it('equals the analysis of every built-in pattern (run scripts/rules-leading.mjs when this fails)', () => {
    expect(Object.keys(table).length).toBeGreaterThan(50);
    expect(BUILTIN_LEADING).toEqual(table);
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

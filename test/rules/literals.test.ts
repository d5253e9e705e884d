// The required-literal prefilter must never skip a text that the pattern matches.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiterals, satisfiable } from '../../src/rules/literals.js';
import { loadBuiltinPacks } from '../../src/rules/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every regex source the built-in packs use. */
function packPatterns(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown, key = ''): void => {
    if (typeof v === 'string' && ['text', 'heading', 'require', 'exclude', 'act'].includes(key)) out.add(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  for (const p of loadBuiltinPacks()) for (const r of p.rules) walk({ c: r.conditions, a: r.anchor });
  return [...out].sort();
}

function texts(): string[] {
  const fixtures = readdirSync(`${root}fixtures`).filter((f) => /\.(md|txt)$/.test(f)).map((f) => readFileSync(`${root}fixtures/${f}`, 'utf8'));
  const corpus = `${root}../shared/corpus/cuad-dev/contracts`;
  const cuad = existsSync(corpus) ? readdirSync(corpus).sort().slice(0, 12).map((f) => readFileSync(`${corpus}/${f}`, 'utf8')) : [];
  return [...fixtures, ...cuad];
}

/** Lower-case a pattern outside escapes, as the rules context does. */
function lowerPattern(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\') {
      out += src.slice(i, i + 2);
      i++;
    } else out += (src[i] as string).toLowerCase();
  }
  return out;
}

describe('requiredLiterals', () => {
  it('reads words, groups and alternatives', () => {
    expect(requiredLiterals(String.raw`\bterminat\w*`)).toEqual({ word: 'terminat' });
    expect(requiredLiterals(String.raw`\bwind[- ]?down|\bsell[- ]?off`)).toEqual({ or: [{ and: [{ word: 'wind' }, { word: 'down' }] }, { and: [{ word: 'sell' }, { word: 'off' }] }] });
    expect(requiredLiterals(String.raw`prices?\b`)).toEqual({ word: 'price' });
    expect(requiredLiterals(String.raw`(?:the\s+)?licen[cs]e`)).toEqual({ word: 'licen' });
    expect(requiredLiterals(String.raw`\bF?RAND\b`)).toEqual({ word: 'RAND' });
  });

  it('knows nothing about what it cannot read, and never claims a requirement there', () => {
    expect(requiredLiterals(String.raw`\d+\s*%`)).toBeNull();
    expect(requiredLiterals(String.raw`ab|x`)).toBeNull();
    expect(requiredLiterals('(?i:abc)')).toBeNull();
    expect(requiredLiterals('(abc')).toBeNull();
  });

  it('never rules out a text that a built-in pattern matches', () => {
    const docs = texts().map((t) => t.replace(/[A-Z]+/g, (w) => w.toLowerCase()));
    for (const src of packPatterns()) {
      const lowered = lowerPattern(src);
      const required = requiredLiterals(lowered);
      const re = new RegExp(lowered, 'g');
      for (const doc of docs) {
        for (const m of doc.matchAll(re)) {
          // The match itself must satisfy the requirement (stronger than "the document does").
          expect([src, satisfiable(required, (w) => m[0].includes(w))]).toEqual([src, true]);
        }
      }
    }
  });

  it('is sound on generated patterns and texts', () => {
    const word = fc.constantFrom('shall', 'not', 'licen', 'patent', 'ab', 'x', 'terminat');
    const atom = fc.oneof(word, word.map((w) => `${w}s?`), word.map((w) => `(?:${w})?`), fc.constant('\\s+'), fc.constant('[^.]{0,20}'), fc.constant('\\w*'));
    const seq = fc.array(atom, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    const pattern = fc.array(seq, { minLength: 1, maxLength: 3 }).map((a) => a.join('|'));
    const text = fc.array(fc.constantFrom('shall ', 'not ', 'licence ', 'patents ', 'ab', 'x', 'terminate ', '. ', 'other '), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        const required = requiredLiterals(p);
        for (const m of t.matchAll(new RegExp(p, 'g'))) if (m[0].length > 0 && !satisfiable(required, (w) => m[0].includes(w))) return false;
        return true;
      }),
      { numRuns: 500 },
    );
  });
});

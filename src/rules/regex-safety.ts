// Load-time guard against pack patterns that backtrack catastrophically (ReDoS): a user pack is data, and
// one bad pattern would otherwise hang a run. scslre (the analyser behind eslint-plugin-regexp) finds
// quantifiers whose backtracking grows exponentially or that can repeat themselves ambiguously
// ("(a+)+", "(.*a){20}"); regexp-ast-analysis adds alternatives under an unbounded quantifier that can
// start with the same character ("(a|ab)*", "(a|a)*b"), which scslre leaves as polynomial.
// Patterns run over arbitrary text, so a rejecting suffix is assumed. Polynomial "move"/"trade" reports are accepted: every unanchored `\w+` search has them, and the
// built-in packs rely on bounded gaps such as `[^.;]{0,80}`.
//
// The analysers cost ~70 ms of module loading and the built-in packs ~20 ms of analysis, on every start-up and in
// every worker thread: they load on the first pattern that needs them. The check runs inside the zod parse of a
// pack, which the built-in packs skip (loader.ts, trusted parse; test/rules/regex-safety.test.ts checks their patterns).
import { createRequire } from 'node:module';
import type { Alternative, Flags } from '@eslint-community/regexpp/ast';
import { CappedCache } from '../model/index.js';
import { dotsAlike } from './patterns.js';

type Analysers = {
  readonly parser: import('@eslint-community/regexpp').RegExpParser;
  readonly visitRegExpAST: typeof import('@eslint-community/regexpp').visitRegExpAST;
  readonly getFirstConsumedChar: typeof import('regexp-ast-analysis').getFirstConsumedChar;
  readonly analyse: typeof import('scslre').analyse;
};
let analysers: Analysers | undefined;
function loadAnalysers(): Analysers {
  if (!analysers) {
    // Synchronous, like the pack loader that calls it: their CommonJS builds.
    const require = createRequire(import.meta.url);
    const regexpp = require('@eslint-community/regexpp') as typeof import('@eslint-community/regexpp');
    analysers = {
      parser: new regexpp.RegExpParser({ ecmaVersion: 2024 }),
      visitRegExpAST: regexpp.visitRegExpAST,
      getFirstConsumedChar: (require('regexp-ast-analysis') as typeof import('regexp-ast-analysis')).getFirstConsumedChar,
      analyse: (require('scslre') as typeof import('scslre')).analyse,
    };
  }
  return analysers;
}

/** Longest pattern a pack may hold (the longest built-in one, a term list, is ~4,300 characters). */
export const MAX_PATTERN_LENGTH = 6000;

/** Verdicts kept per process: packs share many patterns, but a long-lived process must not keep every one it met. */
export const VERDICT_CACHE_LIMIT = 2000;
const verdicts = new CappedCache<string, string | null>(VERDICT_CACHE_LIMIT);
/** How many verdicts are cached (tests of the bound). */
export const verdictCacheSize = (): number => verdicts.size;

/** The least bound of a repeat whose overlapping alternatives are refused (an unbounded one always is). */
const BOUNDED_OVERLAP_MIN = 16;

/** Only a quantified group can nest quantifiers or repeat an alternation: everything else skips the analysis. */
const QUANTIFIED_GROUP = /\)(?:[*+]|\{\d+(?:,\d*)?\})/;

function overlappingAlternatives(alternatives: readonly Alternative[], flags: Flags, { getFirstConsumedChar }: Analysers): boolean {
  const firsts = alternatives.map((a) => getFirstConsumedChar(a, 'ltr', flags));
  for (let i = 0; i < firsts.length; i++) {
    for (let j = i + 1; j < firsts.length; j++) {
      const a = firsts[i];
      const b = firsts[j];
      if (a && b && !a.char.isDisjointWith(b.char)) return true;
    }
  }
  return false;
}

function analyseSource(src: string, flags: string, tools: Analysers): string | null {
  const { parser, visitRegExpAST, analyse } = tools;
  const literal = parser.parseLiteral(`/${src.replace(/\//g, '\\/')}/${flags}`);
  let problem: string | null = null;
  visitRegExpAST(literal.pattern, {
    onQuantifierEnter(q) {
      // A bounded repeat is exponential too when two alternatives can take the same character: '(?:[^.;]|\.\d|\.){0,300}'
      // has two ways through each '.' and tries 2^n of them on a text with n dots and no match.
      if (problem !== null || q.max < BOUNDED_OVERLAP_MIN) return;
      const el = q.element;
      if ((el.type === 'Group' || el.type === 'CapturingGroup') && el.alternatives.length > 1 && overlappingAlternatives(el.alternatives, literal.flags, tools)) {
        problem = `overlapping alternatives under a quantifier at "${q.raw.slice(0, 40)}"`;
      }
    },
  });
  if (problem !== null) return problem;
  const report = analyse(literal, { reportTypes: { Move: false, Self: true, Trade: true }, assumeRejectingSuffix: true }).reports.find((r) => r.exponential || r.type === 'Self');
  if (!report) return null;
  const at = report.type === 'Trade' ? report.startQuant.raw : report.quant.raw;
  return `${report.exponential ? 'exponential' : 'nested-quantifier'} backtracking at "${at.slice(0, 40)}"`;
}

/**
 * Why a pack pattern is refused (too long, or catastrophic backtracking), or null when it is safe.
 * The pattern must already compile. Verdicts are cached per process: packs share many patterns.
 */
export function unsafePattern(src: string, flags = 'i'): string | null {
  if (src.length > MAX_PATTERN_LENGTH) return `pattern is ${src.length} characters long (at most ${MAX_PATTERN_LENGTH})`;
  if (!QUANTIFIED_GROUP.test(src)) return null;
  const verdict = verdicts.get(`${flags}/${src}`, () => {
    try {
      return analyseSource(src, flags, loadAnalysers());
    } catch {
      return null; // regexpp lags V8 on new syntax; the pattern compiled, so let it through
    }
  });
  if (verdict !== null) return `pattern may backtrack catastrophically (${verdict})`;
  // The rules compile "\." to read the dot leader too (dotsAlike), which "[^.;]" also reads: a pattern safe as written
  // can be ambiguous as compiled ("(?:\.\d|[^.;]){0,300}" reads each leader two ways), so the compiled form is analysed too.
  const compiled = dotsAlike(src);
  if (compiled === src) return null;
  const leader = verdicts.get(`${flags}/${compiled}`, () => {
    try {
      return analyseSource(compiled, flags, loadAnalysers());
    } catch {
      return null;
    }
  });
  return leader === null ? null : `pattern may backtrack catastrophically once "\\." also reads the rules' dot leader for a dot that ends no sentence (${leader.replaceAll('\u2024', '')})`;
}

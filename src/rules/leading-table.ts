// The leading-word analysis of every pattern of some packs, as scripts/rules-leading.mjs writes it into
// leading-words.generated.ts for the built-in packs (and test/rules/leading-table.test.ts recomputes it).
import { leadingWords, type Leading } from './leading-words.js';
import type { LoadedRule } from './loader.js';
import { PATTERN_KEYS } from './pattern-refs.js';
import { lowerPattern } from './patterns.js';


/** Every pattern string of the rules' conditions, anchors and variants. A pattern param missing from PATTERN_KEYS still
 * works (patterns.ts falls back to leadingWords) but pays the analysis at start-up again. */
function patternsOf(rules: readonly LoadedRule[]): Set<string> {
  const found = new Set<string>();
  const walk = (v: unknown, key: string | null) => {
    if (typeof v === 'string') {
      if (key !== null && PATTERN_KEYS.has(key)) found.add(v);
    } else if (Array.isArray(v)) for (const x of v) walk(x, key);
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  for (const r of rules) {
    walk(r.conditions, null);
    walk(r.anchor, null);
    walk(r.variants, null);
  }
  return found;
}

/** Keys whose pattern a document is scanned for (DocumentContext.scan): query `text`, mentions `pattern`, oneSided `act`. */
const SCANNED_KEYS = ['text', 'pattern', 'act'];

/**
 * The patterns the rules' conditions and anchors scan documents for, each with whether it matches case (the
 * `matchCase` of the object that holds it: a query, or mentions' params). A pattern missing here is still scanned
 * right, on its own (context.ts ScanPlan).
 */
export function scannedPatterns(rules: readonly LoadedRule[]): { src: string; matchCase: boolean }[] {
  const found = new Map<string, { src: string; matchCase: boolean }>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const matchCase = o['matchCase'] === true;
      for (const key of SCANNED_KEYS) {
        const src = o[key];
        if (typeof src === 'string') found.set(`${matchCase}${src}`, { src, matchCase });
      }
      for (const x of Object.values(o)) if (typeof x === 'object') walk(x);
    }
  };
  for (const r of rules) {
    walk(r.conditions);
    walk(r.anchor);
  }
  return [...found.values()];
}

/** Pattern source as analysed (lowerPattern's fold for a pattern run with the `i` flag, as written for matchCase) -> its analysis. */
export function leadingTable(rules: readonly LoadedRule[]): Record<string, Leading | null> {
  const sources = new Set<string>();
  for (const src of patternsOf(rules)) {
    sources.add(src);
    sources.add(lowerPattern(src));
  }
  const table: Record<string, Leading | null> = {};
  for (const src of [...sources].sort()) table[src] = leadingWords(src);
  return table;
}

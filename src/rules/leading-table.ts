// The leading-word analysis of every pattern of some packs, as scripts/rules-leading.mjs writes it into
// leading-words.generated.ts for the built-in packs (and test/rules/leading-table.test.ts recomputes it).
import { leadingWords, type Leading } from './leading-words.js';
import type { LoadedRule } from './loader.js';
import { lowerPattern } from './patterns.js';

/** Parameter names whose values are pack patterns: the RegexSource fields of query.ts ClauseQuery and catalogue.ts params. A
 * pattern param missing here still works (patterns.ts falls back to leadingWords) but pays the analysis at start-up again. */
const PATTERN_KEYS = new Set(['text', 'heading', 'require', 'exclude', 'term', 'act', 'pattern']);

/** Every pattern string of the rules' conditions, anchors and variants. */
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

/** Pattern source as compiled (lower-cased for the lower-cased text, and as written for matchCase) -> its analysis. */
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

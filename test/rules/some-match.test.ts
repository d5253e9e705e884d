// Whether a clause query selects a clause (someMatch) is what the engine's emptiness operators and heldBack's weak
// matches read of it before a rule runs (confidence.ts silentForSure). It tries the clauses of the query's types and
// heading first, without the scan of its text over the whole document; the answer must be the one the query's whole
// list gives, for every query of the built-in packs, whatever the context computed before.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { DocumentContext, ScanPlan, type ClauseMatch } from '../../src/rules/context.js';
import { activeRules } from '../../src/rules/evaluate.js';
import { scannedPatterns } from '../../src/rules/leading-table.js';
import { loadBuiltinPacks } from '../../src/rules/index.js';
import type { ClauseQuery } from '../../src/rules/query.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const agreements = ['fixtures', 'scripts/bench-warmup'].flatMap((dir) =>
  readdirSync(`${root}${dir}`)
    .filter((f) => /\.(md|txt)$/.test(f))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(`${root}${dir}/${f}`, 'utf8') })),
);

const rules = activeRules(loadBuiltinPacks());
const plan = new ScanPlan(scannedPatterns(rules));

/** Every clause query of the rules' conditions (the params of `clauses`, the `query` of other facts). */
function queriesOf(): ClauseQuery[] {
  const out = new Set<ClauseQuery>();
  const walk = (c: Record<string, unknown>): void => {
    for (const key of ['all', 'any']) for (const x of (c[key] as Record<string, unknown>[] | undefined) ?? []) walk(x);
    if (c['not']) walk(c['not'] as Record<string, unknown>);
    const params = c['params'] as Record<string, unknown> | undefined;
    if (c['fact'] === 'clauses' && params) out.add(params as ClauseQuery);
    if (params?.['query']) out.add(params['query'] as ClauseQuery);
  };
  for (const r of rules) walk(r.conditions as Record<string, unknown>);
  return [...out];
}

const strong = (all: readonly ClauseMatch[], from: number | undefined): boolean =>
  all.some((m) => from === undefined || m.confidence === undefined || m.confidence >= from);

describe('someMatch (whether a clause query selects a clause)', () => {
  const queries = queriesOf();

  it('answers as the whole list does, for every query of the built-in packs, first or after other queries', () => {
    expect(queries.length).toBeGreaterThan(40);
    let typedTrue = 0;
    for (const { name, text } of agreements) {
      const a = analyze(sourceFromText(text, name));
      const lists = new DocumentContext(a, undefined, plan);
      // One context that answers every query first, one that has computed the queries before (in reverse order).
      const later = new DocumentContext(a, undefined, plan);
      for (const q of [...queries].reverse()) later.query(q);
      for (const from of [undefined, 0.6, 0.7, 0.95]) {
        const first = new DocumentContext(a, undefined, plan);
        for (const q of queries) {
          const want = strong(lists.query(q), from);
          expect(first.someMatch(q, from), `${name} ${q.label ?? JSON.stringify(q).slice(0, 80)} at ${from}`).toBe(want);
          expect(later.someMatch(q, from)).toBe(want);
          if (want && q.types) typedTrue++;
        }
      }
    }
    expect(typedTrue).toBeGreaterThan(100);
  });

  it('leaves the whole list of a query asked after it as a fresh context gives it (query() reuses what someMatch found)', () => {
    const key = (list: readonly ClauseMatch[]): string => JSON.stringify(list);
    let compared = 0;
    for (const { name, text } of agreements) {
      const a = analyze(sourceFromText(text, name));
      const fresh = new DocumentContext(a, undefined, plan);
      for (const from of [undefined, 0.7]) {
        const asked = new DocumentContext(a, undefined, plan);
        for (const q of queries) asked.someMatch(q, from);
        for (const q of queries) {
          expect(key(asked.query(q)), `${name} ${q.label ?? JSON.stringify(q).slice(0, 80)} after someMatch at ${from}`).toBe(key(fresh.query(q)));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(400);
  });

  it('reads the text match where an exclude or a weak tag needs it', () => {
    const doc = `# SERVICES AGREEMENT

## 1. Payment

1.1 The Customer shall pay the fees within thirty days of each invoice.

## 2. Term

2.1 This Agreement may be terminated by either party if the other commits a material breach:

(a) and fails to remedy that breach within thirty days of notice.
`;
    const a = analyze(sourceFromText(doc, 'some-match.md'));
    const typesOf = (id: string) => (a.tags.get(id) ?? []).map((t) => t.type);
    const typed = a.tree.clauses.find((c) => typesOf(c.id).includes('termination'));
    expect(typed).toBeDefined();
    const text = String.raw`\bmay\s+be\s+terminated\b[^.;]*breach[^.;]*`;
    const cases: ClauseQuery[] = [
      { types: ['termination'], text, exclude: String.raw`\bremedy\b` },
      { types: ['termination'], text, exclude: String.raw`\binvoice\b` },
      { types: ['termination'], text: String.raw`\bnothing\s+here\b` },
      { types: ['termination'], text, minConfidence: 0.99 },
    ];
    for (const q of cases) {
      for (const from of [undefined, 0.6, 0.99]) {
        const want = strong(new DocumentContext(a).query(q), from);
        expect(new DocumentContext(a).someMatch(q, from), `${JSON.stringify(q)} at ${from}`).toBe(want);
      }
    }
  });
});

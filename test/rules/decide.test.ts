// A check decides its rules without running json-rules-engine (engine.ts decideRules). What it gives must be what the
// engine's run gives (runRules): which rules fire, and every node of each evaluated condition tree (result, the value
// compared, the params the facts were read with), for the built-in rules and for trees a user could write from the
// same leaves (nested all/any/not, a top-level any or not, empty all/any, leaves with a path).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { loadBuiltinPacks, type LoadedRule } from '../../src/rules/index.js';
import { activeRules } from '../../src/rules/evaluate.js';
import { DocumentContext } from '../../src/rules/context.js';
import { decideRules, runRules, type ConditionResult, type RunResult } from '../../src/rules/engine.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const agreements = ['fixtures', 'fixtures/synthetic', 'scripts/bench-warmup'].flatMap((dir) =>
  readdirSync(`${root}${dir}`)
    .filter((f) => /\.(md|txt)$/.test(f))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(`${root}${dir}/${f}`, 'utf8') })),
);

type Node = Record<string, unknown>;

/** A result tree as the check reads it: the engine's boolean nodes also carry its own `operator` and `priority`. */
function plain(c: ConditionResult): Node {
  const out: Node = { result: c.result };
  if (c.all) out['all'] = c.all.map(plain);
  else if (c.any) out['any'] = c.any.map(plain);
  else if (c.not) out['not'] = plain(c.not);
  else Object.assign(out, { fact: c.fact, operator: c.operator, value: c.value, path: c.path, params: c.params, factResult: c.factResult, valueResult: c.valueResult });
  return out;
}

function compared(run: RunResult): Node[] {
  return run.outcomes.map((o) => ({ rule: o.rule.id, fired: o.fired, conditions: plain(o.conditions) }));
}

function leavesOf(c: Node, out: Node[]): Node[] {
  for (const key of ['all', 'any']) for (const x of (c[key] as Node[] | undefined) ?? []) leavesOf(x, out);
  if (c['not']) leavesOf(c['not'] as Node, out);
  if (c['fact'] !== undefined) out.push(c);
  return out;
}

describe('rules decided without running the engine', () => {
  const builtins = activeRules(loadBuiltinPacks());
  const leaves = builtins.flatMap((r) => leavesOf(r.conditions as Node, []));
  const pathLeaf = leaves.find((l) => l['path'] !== undefined) as Node;
  const typed = leaves.find((l) => l['fact'] === 'clauses') as Node;
  const trees: Node[] = [
    { not: { all: [typed, pathLeaf] } },
    { any: [{ all: [] }, { not: typed }] },
    { all: [{ any: [] }, { any: [typed, { not: pathLeaf }] }, pathLeaf] },
    ...builtins.slice(0, 20).map((r) => ({ any: [r.conditions as Node, { not: leaves[7] as Node }] })),
  ];
  const template = builtins[0] as LoadedRule;
  const rules: LoadedRule[] = [
    ...builtins,
    ...trees.map((conditions, i) => ({ ...template, id: `user/tree-${String(i).padStart(2, '0')}`, conditions: conditions as LoadedRule['conditions'] })),
  ];

  it('give what json-rules-engine gives: fired rules, hits and every node of every tree', async () => {
    expect(pathLeaf).toBeDefined();
    let fired = 0;
    let silent = 0;
    for (const { name, text } of agreements) {
      const ctx = new DocumentContext(analyze(sourceFromText(text, name)));
      const engine = await runRules(ctx, rules);
      const decided = decideRules(ctx, rules);
      expect(decided, name).not.toBeNull();
      expect(compared(decided as RunResult), name).toEqual(compared(engine));
      expect((decided as RunResult).hits, name).toEqual(engine.hits);
      fired += engine.hits.length;
      silent += engine.outcomes.length - engine.hits.length;
    }
    expect(fired).toBeGreaterThan(agreements.length);
    expect(silent).toBeGreaterThan(agreements.length);
  });

  it('leave out the rules it is told to skip, and leave to the engine a tree it does not evaluate', async () => {
    const ctx = new DocumentContext(analyze(sourceFromText(agreements[0]?.text ?? '', 'a.md')));
    const some = decideRules(ctx, builtins, (r) => r.id < 'm');
    expect(some?.outcomes.map((o) => o.rule.id)).toEqual(builtins.map((r) => r.id).filter((id) => id >= 'm').sort());
    const unknown: LoadedRule = { ...template, id: 'user/unknown', conditions: { all: [{ fact: 'noSuchFact', operator: 'equal', value: true }] } as unknown as LoadedRule['conditions'] };
    expect(decideRules(ctx, [...builtins, unknown])).toBeNull();
  });
});

// evaluate() leaves out of the engine run the rules that cannot fire nor be held back (engine.ts cannotFire); an
// explanation runs every rule. Both must give the same findings, held-back ones included.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';
import { evaluateRun, activeRules } from '../../src/rules/evaluate.js';
import { runRules } from '../../src/rules/engine.js';
import { silentForSure } from '../../src/rules/confidence.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The bench's warm-up agreements hold rules that weak tags hold back.
const agreements = ['fixtures', 'fixtures/synthetic', 'scripts/bench-warmup'].flatMap((dir) =>
  readdirSync(`${root}${dir}`)
    .filter((f) => /\.(md|txt)$/.test(f))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(`${root}${dir}/${f}`, 'utf8') })),
);

describe('rules left out of the engine run', () => {
  const packs = loadBuiltinPacks();

  it('change no finding, at any review threshold', async () => {
    expect(agreements.length).toBeGreaterThan(5);
    let heldBack = 0;
    for (const { name, text } of agreements) {
      const a = analyze(sourceFromText(text, name));
      for (const reviewThreshold of [undefined, 0.6, 0.95]) {
        const options = reviewThreshold === undefined ? {} : { reviewThreshold };
        const full = await evaluateRun(a, packs, options);
        const findings = await evaluate(a, packs, options);
        expect(findings, `${name} at ${reviewThreshold}`).toEqual(full.findings);
        heldBack += findings.filter((f) => f.heldBackBy !== undefined).length;
      }
    }
    // The held-back path is exercised, not only plain findings.
    expect(heldBack).toBeGreaterThan(0);
  });

  it('are some rules of most documents, and never one that fires', async () => {
    const rules = activeRules(packs);
    let left = 0;
    for (const { name, text } of agreements) {
      const a = analyze(sourceFromText(text, name));
      const { ctx, outcomes } = await evaluateRun(a, packs);
      // An amendment (the warm-up's letter-amendment) runs its clause rules only (rules/amendment.test.ts).
      const ran = (ctx.crossLicense() ? rules : rules.filter((r) => !r.crossLicenseOnly)).filter((r) => !a.facts.amendment || r.scope === 'clause');
      expect(outcomes).toHaveLength(ran.length);
      const some = await runRules(ctx, ran, (rule) => silentForSure(ctx, rule, undefined));
      const kept = new Set(some.outcomes.map((o) => o.rule.id));
      for (const o of outcomes) if (o.fired) expect(kept.has(o.rule.id), `${name}: ${o.rule.id}`).toBe(true);
      expect(some.hits.map((h) => h.rule.id)).toEqual(outcomes.filter((o) => o.fired).map((o) => o.rule.id));
      left += outcomes.length - some.outcomes.length;
    }
    expect(left).toBeGreaterThan(agreements.length);
  });

  it('are, with no review threshold, exactly the rules that do not fire: any tree, leaves with a path', async () => {
    // Every leaf is decided then (no weak tag is set aside), so the whole tree is: top-level any (governance/
    // dispute-resolution-missing), nested all/any, leaves reading $.differenceCount or $.grants of the grant facts.
    const rules = activeRules(packs);
    expect(rules.some((r) => (r.conditions as { any?: unknown }).any !== undefined)).toBe(true);
    let silent = 0;
    for (const { name, text } of agreements) {
      const { ctx, outcomes } = await evaluateRun(analyze(sourceFromText(text, name)), packs);
      for (const o of outcomes) {
        expect(silentForSure(ctx, o.rule, undefined), `${name}: ${o.rule.id}`).toBe(!o.fired);
        if (!o.fired && (o.rule.conditions as { all?: unknown }).all === undefined) silent++;
      }
    }
    // Some silent rules have a tree other than a top-level all.
    expect(silent).toBeGreaterThan(0);
  });
});

// A `not` in a rule's conditions: around a selecting leaf it is an absence ("looked for: ..."); around isEmpty:true it
// is a presence; around a gate (`exists`) it is an exemption ("unless X"), which names nothing the finding lacks.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks, type LoadedPack, type LoadedRule } from '../../src/rules/index.js';
import { DocumentContext } from '../../src/rules/context.js';
import { hitOf, isAbsence, type ConditionResult } from '../../src/rules/engine.js';
import { activeRules } from '../../src/rules/evaluate.js';

const packs = loadBuiltinPacks();
const rule = activeRules(packs).find((r) => r.id === 'exit/transition-missing');

const agreement = (licensed: string, exit: string): string => `# PATENT CROSS-LICENSE AGREEMENT

This Agreement is made between Ostrander Medical, Inc. ("Ostrander") and Kelby Surgical Ltd ("Kelby").

## 2. Licence Grants

2.1 Ostrander hereby grants to Kelby a non-exclusive, worldwide licence under ${licensed} to make, have made, use, sell and import Kelby Products.

2.2 Kelby hereby grants to Ostrander a non-exclusive, worldwide licence under the Kelby Patents to make, have made, use, sell and import any products.

## 6. Term and Termination

6.1 Either Party may terminate the licence it granted under Section 2 by written notice if the other Party materially breaches this Agreement and does not cure the breach within sixty (60) days after notice.

${exit}
`;

const leaf = (label: string, operator: string, value: boolean, result: boolean): ConditionResult => ({ fact: 'clauses', params: { label, text: '\\bescrow\\b' }, operator, value, result });

describe('a not in the conditions', () => {
  const ctx = new DocumentContext(analyze(sourceFromText(agreement('the Ostrander Patents', ''), 'deal.md')));
  const lookedFor = (conditions: ConditionResult): readonly string[] => hitOf(ctx, rule!, { all: [conditions], result: true }).lookedFor;

  it('around a selecting leaf is an absence, named in the evidence', () => {
    const c = leaf('an escrow', 'nonEmpty', true, false);
    expect(isAbsence(c, true)).toBe(true);
    expect(lookedFor({ not: c, result: true })).toEqual(['an escrow']);
  });

  it('around isEmpty:true (or nonEmpty:false) is a presence: no absence, nothing looked for', () => {
    for (const c of [leaf('an escrow', 'isEmpty', true, false), leaf('an escrow', 'nonEmpty', false, false)]) {
      expect(isAbsence(c, true)).toBe(false);
      expect(lookedFor({ not: c, result: true })).toEqual([]);
    }
    // Near miss: not negated, the same shapes are absences.
    expect(isAbsence(leaf('an escrow', 'isEmpty', true, true), false)).toBe(true);
    expect(lookedFor(leaf('an escrow', 'isEmpty', true, true))).toEqual(['an escrow']);
  });

  it('around gates is an exemption: neither the gate found missing nor the one found present is looked for', () => {
    const exemption = { not: { all: [leaf('a sell-off', 'exists', true, false), leaf('know-how', 'exists', false, true)], result: false }, result: true };
    expect(lookedFor(exemption)).toEqual([]);
    const both = { not: { all: [leaf('a sell-off', 'exists', true, false), leaf('know-how', 'exists', false, false)], result: false }, result: true };
    expect(lookedFor(both)).toEqual([]);
  });

  it('an exemption in a pack rule (a patents-only licence whose exit is a sell-off) leaves the evidence to what the rule lacks', async () => {
    const sellOff = (activeRules(packs).find((r) => r.id === 'exit/wind-down-missing')?.conditions as { all: ConditionResult[] }).all.find((c) => (c.params?.['label'] as string | undefined)?.includes('sell-off'))?.params;
    expect(sellOff).toBeDefined();
    const technology = { label: 'know-how, software or technical assistance', text: '\\bknow[- ]how\\b|\\bsoftware\\b|\\btechnical\\s+assistance\\b' };
    const own = rule!.conditions as { all: unknown[] };
    const exempt = { ...rule!, id: 'user/transition-unless-patents-only', pack: 'user', conditions: { all: [...own.all, { not: { all: [{ fact: 'clauses', params: { ...sellOff, label: 'a sell-off' }, operator: 'exists', value: true }, { fact: 'clauses', params: technology, operator: 'exists', value: false }] } }] } } as LoadedRule;
    const pack: LoadedPack = { ...(packs[0] as LoadedPack), id: 'user', rules: [exempt] };
    const sellOffClause = '6.4 On termination of a licence under Section 6.1, the licensee Party may for one hundred and twenty (120) days sell the licensed products that were in inventory on the date of termination.';
    const run = async (licensed: string, exit: string) => (await evaluate(analyze(sourceFromText(agreement(licensed, exit), 'deal.md')), [pack])).map((f) => f.evidence);
    // Patents and know-how with a sell-off: fires, and looks for the transition alone (before: and for the exemption's labels).
    expect(await run('the Ostrander Patents and the Ostrander Know-How', sellOffClause)).toEqual(['looked for: transition assistance or a bridging licence']);
    // Patents only, no sell-off: fires alike.
    expect(await run('the Ostrander Patents', '')).toEqual(['looked for: transition assistance or a bridging licence']);
    // Patents only with a sell-off: exempt.
    expect(await run('the Ostrander Patents', sellOffClause)).toEqual([]);
  });
});

// The confidence a finding carries: of the clause-type tags (or tag absences) it rests on; none when it rests on words only.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';
import { nearMisses } from '../../src/tag/index.js';
import { DocumentContext } from '../../src/rules/context.js';
import { absence, heldBack, restingConfidence } from '../../src/rules/confidence.js';

const packs = loadBuiltinPacks();

const agreement = (boilerplate: string): string => `# PATENT CROSS-LICENSE AGREEMENT

This Patent Cross-License Agreement is made on 1 March 2025 between Alpha Devices, Inc. ("Alpha") and Beta Systems GmbH ("Beta").

## 1. Grants

1.1 Alpha hereby grants to Beta a non-exclusive, worldwide licence under the Alpha Patents to make, use and sell Licensed Products.

1.2 Beta hereby grants to Alpha a non-exclusive, worldwide licence under the Beta Patents to make, use and sell Licensed Products.

## 2. Term

2.1 This Agreement runs for five (5) years from the Effective Date.

## 3. Miscellaneous

3.1 ${boilerplate}
`;

// "permitted assigns" hints at an assignment clause the agreement never states: a near miss of the assignment type.
const HINTED = agreement('This Agreement is binding upon the parties and their successors and permitted assigns.');
// Nothing about assignment at all.
const SILENT = agreement('Each party shall bear its own costs of negotiating this Agreement.');

async function findings(text: string) {
  const a = analyze(sourceFromText(text, 'deal.md'));
  return { a, findings: await evaluate(a, packs) };
}

describe('finding confidence', () => {
  it('an absence rests on the strongest near miss of the missing type: 1 - its confidence on the common scale', async () => {
    const { a, findings: fs } = await findings(HINTED);
    const miss = nearMisses(a.tags).get('assignment') ?? [];
    expect(miss.length).toBeGreaterThan(0);
    const best = Math.max(...miss.map((m) => m.confidence));
    expect(best).toBeLessThan(0.5);
    const f = fs.find((x) => x.ruleId === 'exit/assignment-unaddressed');
    expect(f?.confidence).toBeCloseTo(1 - best, 3);
  });

  it('an absence with no candidate of the type anywhere is certain as far as the tagger goes (1)', async () => {
    const { a, findings: fs } = await findings(SILENT);
    expect(nearMisses(a.tags).get('assignment')).toBeUndefined();
    expect(fs.find((x) => x.ruleId === 'exit/assignment-unaddressed')?.confidence).toBe(1);
  });

  it('findings that rest on words only carry no confidence', async () => {
    const { findings: fs } = await findings(SILENT);
    // survival-unclear looks for survival wording only (no clause type).
    const f = fs.find((x) => x.ruleId === 'exit/survival-unclear');
    expect(f).toBeDefined();
    expect(f).not.toHaveProperty('confidence');
  });

  it('combines premises: the weakest of "all", the strongest of "any" (none when a branch stands on words), "not" flips', async () => {
    const { a } = await findings(HINTED);
    const ctx = new DocumentContext(a);
    const termTags = a.tree.clauses.flatMap((c) => (a.tags.get(c.id) ?? []).filter((t) => t.type === 'term').map((t) => t.confidence));
    expect(termTags.length).toBeGreaterThan(0);
    const termPresent = Math.max(...termTags);
    const assignmentAbsent = absence(ctx, { types: ['assignment'] })!;
    expect(assignmentAbsent).toBeLessThan(1);
    const hasTerm = { fact: 'clauses', params: { types: ['term'] }, operator: 'nonEmpty', value: true, result: true };
    const noAssignment = { fact: 'clauses', params: { types: ['assignment'] }, operator: 'isEmpty', value: true, result: true };
    const words = { fact: 'clauses', params: { text: 'five \\(5\\) years' }, operator: 'nonEmpty', value: true, result: true };
    expect(restingConfidence(ctx, { all: [hasTerm, noAssignment] }, true)).toBe(Math.min(termPresent, assignmentAbsent));
    // Clause-scope findings take their own clause's tag: the selecting condition is left out.
    expect(restingConfidence(ctx, { all: [hasTerm, noAssignment] }, false)).toBe(assignmentAbsent);
    expect(restingConfidence(ctx, { any: [hasTerm, noAssignment] }, true)).toBe(Math.max(termPresent, assignmentAbsent));
    expect(restingConfidence(ctx, { any: [words, noAssignment] }, true)).toBeUndefined();
    expect(restingConfidence(ctx, { all: [words] }, true)).toBeUndefined();
    // not(nonEmpty assignment) is an absence too.
    const notAssignment = { not: { fact: 'clauses', params: { types: ['assignment'] }, operator: 'nonEmpty', value: true, result: false } };
    expect(restingConfidence(ctx, notAssignment, true)).toBe(assignmentAbsent);
    // hasType: presence is the strongest tag of the type, absence as for a query.
    expect(restingConfidence(ctx, { fact: 'hasType', params: { type: 'term' }, operator: 'equal', value: true, result: true }, true)).toBe(termPresent);
    expect(restingConfidence(ctx, { fact: 'hasType', params: { type: 'assignment' }, operator: 'equal', value: false, result: true }, true)).toBe(assignmentAbsent);
  });

  it('a raised bar (minConfidence) counts emitted tags under it as near misses', async () => {
    const { a } = await findings(HINTED);
    const ctx = new DocumentContext(a);
    const term = Math.max(...a.tree.clauses.flatMap((c) => (a.tags.get(c.id) ?? []).filter((t) => t.type === 'term').map((t) => t.confidence)));
    // Bar just above the strongest term tag: the tag is a near miss right under it, so the absence is a coin toss.
    const bar = Math.min(1, term + 0.01);
    expect(absence(ctx, { types: ['term'], minConfidence: bar })).toBeCloseTo(0.5 + (0.5 * (bar - term)) / bar, 3);
    expect(absence(ctx, { types: ['term'], minConfidence: bar })!).toBeLessThan(0.51);
    // A near miss that fails the query's require pattern casts no doubt.
    expect(absence(ctx, { types: ['term'], minConfidence: bar, require: 'royalt' })).toBe(1);
  });

  it('is deterministic', async () => {
    const one = (await findings(HINTED)).findings;
    const two = (await findings(HINTED)).findings;
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  it('heldBack: a "missing" condition that failed only on clauses a weak tag selected alone is set aside', async () => {
    const { a } = await findings(agreement('This Agreement is subject to the laws of Delaware.'));
    const ctx = new DocumentContext(a);
    const law = a.tree.clauses.flatMap((c) => (a.tags.get(c.id) ?? []).filter((t) => t.type === 'governing-law').map((t) => ({ c, t })));
    expect(law).toHaveLength(1);
    const w = law[0]!.t.confidence;
    const missing = { fact: 'clauses', params: { types: ['governing-law'] }, operator: 'isEmpty', value: true, result: false };
    const held = heldBack(ctx, { all: [missing], result: false }, 0.7);
    expect(held?.weak).toEqual({ clauseId: law[0]!.c.id, type: 'governing-law', confidence: w });
    expect(held?.conditions.result).toBe(true);
    expect(restingConfidence(ctx, held!.conditions, true, false, held!.overrides)).toBeCloseTo(1 - w, 3);
    // Not below the threshold: the tag stands.
    expect(heldBack(ctx, { all: [missing], result: false }, w)).toBeNull();
    // A clause found by its words is no weak tag.
    const byWords = { fact: 'clauses', params: { types: ['governing-law'], text: 'laws of Delaware' }, operator: 'isEmpty', value: true, result: false };
    expect(heldBack(ctx, { all: [byWords], result: false }, 0.7)).toBeNull();
    // Another failed condition still keeps the rule silent; an unevaluated one counts as failed.
    const other = { fact: 'clauses', params: { text: 'royalt' }, operator: 'nonEmpty', value: true, result: false };
    expect(heldBack(ctx, { all: [missing, other], result: false }, 0.7)).toBeNull();
    expect(heldBack(ctx, { all: [missing, { ...other, result: undefined }], result: false }, 0.7)).toBeNull();
    expect(heldBack(ctx, { any: [other, missing], result: false }, 0.7)?.conditions.result).toBe(true);
    // not(nonEmpty) is the same absence.
    const notPresent = { not: { fact: 'clauses', params: { types: ['governing-law'] }, operator: 'nonEmpty', value: true, result: true }, result: false };
    expect(heldBack(ctx, { all: [notPresent], result: false }, 0.7)?.weak.confidence).toBe(w);
  });
});

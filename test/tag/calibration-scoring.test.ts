// The calibration scripts (scripts/tag-train.mjs through tag-learn.mjs, scripts/tag-errors.mjs, eval-cuad.mjs) choose
// and measure thresholds on one document score (tag-lib.mjs documentScores / taggedScores) and one decision (asserts):
// the tagger's own. tag-train scored a type without learned words through the model (sigmoid(handInput(s)), which
// turns 0.44999999999999996 into another float), tag-errors on confidences rounded to three decimals, and both compared
// them with `>=`, while the tagger asserts a strength a hair under the threshold: they chose royalty 0.45 and 0.5.
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { buildClauseTree } from '../../src/clauses/index.js';
import { scoreClauses } from '../../src/tag/index.js';
import { LearnedModel, sigmoid, FEATURE_SET_VERSION } from '../../src/tag/learned.js';
import { LEARNED } from '../../src/tag/learned.generated.js';
import { asserts, documentScores, taggedScores, GRID } from '../../scripts/tag-lib.mjs';

const AGREEMENT = `DISTRIBUTION AGREEMENT

1. Appointment. Supplier appoints Distributor as its non-exclusive distributor of the Products in the Territory.

2. Fees. All fees payable to Supplier under this Agreement are based on sales of the Products in the Territory, as reported by Distributor each quarter.

3. Royalties. Distributor shall pay Supplier a running royalty of five percent (5%) of Net Sales of the Products.

4. Governing Law. This Agreement is governed by the laws of the State of New York.
`;

const TYPES = ['governing-law', 'royalty'].map((type) => ({ type, categories: [] }));

/** What the scripts read of one contract: its clause rows (collect in tag-learn.mjs) and its tags with a floor. */
function scripted(text: string) {
  const source = sourceFromText(text, 'distribution.txt', 'text');
  const tree = buildClauseTree(source);
  const rows: { features: readonly string[]; hand: number[] }[] = [];
  scoreClauses(source, tree, undefined, undefined, {
    learned: null,
    observe: (_clause, features, hand) => rows.push({ features, hand: TYPES.map((t) => hand.get(t.type) ?? 0) }),
  });
  const tagged = scoreClauses(source, tree, undefined, 0.25);
  const clauses = tree.clauses.map((c) => ({ id: c.id, start: c.start, end: c.end, types: tagged.get(c.id) ?? [] }));
  return { source, tree, rows, clauses };
}

/** The one document's scores of a one-document call. */
function only<T>(scores: readonly T[]): T {
  expect(scores).toHaveLength(1);
  return scores[0] as T;
}

/** Whether the tagger, with every type at `threshold`, asserts `type` in the contract (a tag at 0.5 or more). */
function taggerAsserts(doc: ReturnType<typeof scripted>, type: string, threshold: number): boolean {
  const tags = scoreClauses(doc.source, doc.tree, undefined, undefined, { thresholds: Object.fromEntries(TYPES.map((t) => [t.type, threshold])) });
  return [...tags.values()].some((list) => list.some((t) => t.type === type && t.confidence >= 0.5));
}

describe('the calibration scripts score documents as the tagger decides', () => {
  const doc = scripted(AGREEMENT);
  const shipped = only(documentScores([{ file: 'distribution.txt', gold: [true, true], rows: doc.rows }], TYPES, new LearnedModel(LEARNED), sigmoid));
  const fromTags = only(taggedScores([{ lab: { file: 'distribution.txt', categories: {} }, clauses: doc.clauses }], TYPES));

  it('score a type without learned words by its hand strength itself, unrounded, from rows and from tags alike', () => {
    // "based on sales" is one royalty cue of weight 0.45: its strength is 1 - (1 - 0.45), 0.44999999999999996.
    const fees = doc.rows.map((r) => r.hand[1] as number).find((s) => s > 0.44 && s < 0.46);
    expect(fees).toBe(1 - (1 - 0.45));
    expect(shipped.best[0]).toBe(Math.max(...doc.rows.map((r) => r.hand[0] as number)));
    expect(shipped.best[1]).toBe(Math.max(...doc.rows.map((r) => r.hand[1] as number)));
    expect([...fromTags.best]).toEqual([...shipped.best]);
  });

  it('decide at every grid threshold as the tagger does', () => {
    // Royalty scored by the fees clause alone (the third clause is a stronger royalty): 0.44999999999999996.
    const feesOnly = scripted(AGREEMENT.replace(/\n3\. Royalties[^\n]*\n/, '\n'));
    const scores = only(documentScores([{ file: 'distribution.txt', gold: [true, true], rows: feesOnly.rows }], TYPES, new LearnedModel(LEARNED), sigmoid));
    const [, fees = NaN] = scores.best;
    for (const th of GRID)
      TYPES.forEach(({ type }, k) => expect([type, th, asserts(scores.best[k] ?? NaN, th)]).toEqual([type, th, taggerAsserts(feesOnly, type, th)]));
    // The hair under 0.45 is asserted at 0.45, as the tagger reports it (0.5 on the common scale).
    expect(asserts(fees, 0.45)).toBe(true);
    expect(asserts(fees, 0.5)).toBe(false);
  });

  it("score a type with learned words by the model's probability", () => {
    const worded = new LearnedModel({ featureSet: FEATURE_SET_VERSION, crossValidation: { learned: 0, hand: 0, enabled: true }, types: { royalty: { bias: -0.5, hand: 1, weights: { sale: 1.5 } } } });
    const scores = only(documentScores([{ file: 'distribution.txt', gold: [true, true], rows: doc.rows }], TYPES, worded, sigmoid));
    const want = Math.max(...doc.rows.map((r) => sigmoid((worded.logits(r.features, [r.hand[1] as number])[0] as number))));
    expect(scores.best[1]).toBe(want);
    expect(scores.best[0]).toBe(shipped.best[0]);
  });
});

describe('a strength a hair under its threshold', () => {
  // The fees clause has royalty strength 0.44999999999999996 (one cue of 0.45): at a 0.45 threshold the tagger reports it
  // at 0.5, asserted. It must then anchor the type as an assertion does, so that the weaker royalty clause of the same
  // contract stays as support ("commission" alone, 0.3); it was dropped, as if no clause asserted royalty.
  const TEXT = `1. Fees. All fees payable to Supplier under this Agreement are based on sales of the Products in the Territory.

2. Sales Agents. Distributor may engage sales agents on commission at its own cost.
`;
  it('anchors its type like any assertion: the support clauses of the type stay', () => {
    const source = sourceFromText(TEXT, 'fees.txt', 'text');
    const tree = buildClauseTree(source);
    const tags = scoreClauses(source, tree, undefined, undefined, { thresholds: { royalty: 0.45 } });
    const royalty = tree.clauses.map((c) => tags.get(c.id)?.find((t) => t.type === 'royalty')?.confidence ?? null);
    expect(royalty.filter((x) => x !== null)).toEqual([0.5, 0.333]);
    // With a threshold it does not reach, neither is a royalty clause.
    const higher = scoreClauses(source, tree, undefined, undefined, { thresholds: { royalty: 0.5 } });
    expect([...higher.values()].flat().filter((t) => t.type === 'royalty')).toEqual([]);
  });
});

// The learned component: feature extraction (what the model sees), scoring (how weights combine with the
// hand evidence), the shipped weights (current with the feature set, only built-in types), and tags
// that carry learned evidence.
import { describe, expect, it } from 'vitest';
import {
  FEATURE_SET_VERSION, LearnedModel, clauseFeatures, documentContext, featureFilter, handInput, sigmoid, stem, describeFeature,
  type LearnedData,
} from '../../src/tag/learned.js';
import { LEARNED } from '../../src/tag/learned.generated.js';
import { CALIBRATION } from '../../src/tag/calibration.js';
import { BUILTIN_TYPE_IDS } from '../../src/tag/taxonomy.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { buildClauseTree } from '../../src/clauses/index.js';
import { scoreClauses, defaultLearnedModel } from '../../src/tag/index.js';
import type { Tag } from '../../src/model/index.js';
import { tagsOf } from './helpers.js';

const NO_PARTIES = documentContext('');
const featuresOf = (body: string, heading: string | null = null, section: string | null = null): string[] =>
  clauseFeatures({ body, heading, section, definition: false }, NO_PARTIES);

describe('learned features', () => {
  it('stems inflections of a word to one feature', () => {
    expect(new Set(['terminate', 'terminated', 'terminates', 'terminating'].map(stem)).size).toBe(1);
    expect(stem('royalties')).toBe(stem('royalty'));
    expect(stem('licensee')).not.toBe(stem('license'));
  });

  it('reads modal structure: who shall not, may, shall do what', () => {
    expect(featuresOf('Distributor shall not, directly or indirectly, sell competing products.')).toContain(`m:not:${stem('sell')}`);
    expect(featuresOf('Neither party may assign this Agreement.')).toContain(`m:not:${stem('assign')}`);
    expect(featuresOf('Licensee may terminate this Agreement on notice.')).toContain(`m:may:${stem('terminate')}`);
    expect(featuresOf('The Supplier shall deliver the goods.')).toContain(`m:shall:${stem('deliver')}`);
    expect(featuresOf('The Supplier shall deliver the goods.')).not.toContain(`m:not:${stem('deliver')}`);
  });

  it('keeps words and adjacent word pairs of the clause, its heading and its section apart, without stop words', () => {
    const f = featuresOf('Each purchase order is binding.', 'Orders', 'Supply Terms');
    expect(f).toEqual(expect.arrayContaining([stem('purchase'), `${stem('purchase')} ${stem('order')}`, `h:${stem('orders')}`, `s:${stem('supply')} ${stem('terms')}`]));
    expect(f).not.toContain('the');
    expect(f).not.toContain('each');
  });

  it('folds figures into shapes and a party\'s own name into PARTY, not role words', () => {
    const doc = documentContext('This Agreement is made between Acme Widgets Inc. ("Acme") and Beta LLC (the "Licensee").');
    expect([...doc.aliases]).toEqual(['acme']);
    const f = clauseFeatures({ body: 'Acme shall pay Licensee $5,000 within thirty (30) days, plus 3% interest.', heading: null, section: null, definition: false }, doc);
    expect(f).toEqual(expect.arrayContaining(['PARTY', stem('licensee'), '#money', `#num ${stem('days')}`, '#pct']));
    expect(f.some((x) => x.includes('acme') || /\d/.test(x))).toBe(false);
  });

  it('marks a clause that only defines a term', () => {
    expect(clauseFeatures({ body: '"Territory" means Canada.', heading: null, section: null, definition: true }, NO_PARTIES)).toContain('DEF');
  });

  it('with a filter, extracts exactly the features the filter holds', () => {
    const texts = ['Neither party shall assign or transfer this Agreement without the prior written consent of the other party.',
      'Licensee shall pay a royalty of five percent (5%) of Net Sales, payable within thirty (30) days of each quarter.'];
    for (const body of texts) {
      const all = clauseFeatures({ body, heading: 'Assignment', section: 'General', definition: false }, NO_PARTIES);
      const some = all.filter((_, i) => i % 3 === 0);
      const filtered = clauseFeatures({ body, heading: 'Assignment', section: 'General', definition: false }, NO_PARTIES, featureFilter(some));
      expect(filtered.sort()).toEqual([...some].sort());
    }
  });

  it('describes features for the cues', () => {
    expect(describeFeature('h:assign')).toBe('heading "assign"');
    expect(describeFeature('m:not:sell')).toBe('modal "not sell"');
    expect(describeFeature('prior written')).toBe('"prior written"');
  });
});

describe('learned scoring', () => {
  const data: LearnedData = {
    featureSet: FEATURE_SET_VERSION,
    types: {
      'volume-restriction': { bias: -1, hand: 1, weights: { 'purchas order': 1.5, 'm:not:sell': 0.5, 'h:definit': -2 } },
      royalty: { bias: 0, hand: 1, weights: {} },
    },
  };
  const model = new LearnedModel(data);
  const v = model.types.indexOf('volume-restriction');
  const r = model.types.indexOf('royalty');

  it('adds the weights of the clause\'s features to the bias and the weighted hand evidence', () => {
    const hand = model.types.map((t) => (t === 'royalty' ? 0.7 : 0.2));
    const z = model.logits(['purchas order', 'm:not:sell', 'unknown'], hand);
    expect(z[v]).toBeCloseTo(-1 + handInput(0.2) + 2, 9);
    expect(sigmoid(z[r] as number)).toBeCloseTo(0.7, 9); // weight 1 on the hand log-odds gives the hand strength back
  });

  it('lets a negative feature pull a clause below a near miss', () => {
    const hand = model.types.map(() => 0.5);
    const plain = sigmoid(model.logits(['purchas order'], hand)[v] as number);
    const inDefinitions = sigmoid(model.logits(['purchas order', 'h:definit'], hand)[v] as number);
    expect(plain).toBeGreaterThan(0.5);
    expect(inDefinitions).toBeLessThan(0.5);
  });

  it('lists the features that raise a type most, strongest first', () => {
    expect(model.topFeatures(['m:not:sell', 'purchas order', 'h:definit'], v, 2)).toEqual([
      { feature: 'purchas order', weight: 1.5 }, { feature: 'm:not:sell', weight: 0.5 },
    ]);
  });

  it('refuses weights trained on another feature set', () => {
    expect(() => new LearnedModel({ ...data, featureSet: FEATURE_SET_VERSION + 1 })).toThrow(/tag-train/);
  });
});

describe('the shipped learned weights (src/tag/learned.generated.ts)', () => {
  it('were trained on the current feature set (else rerun scripts/tag-train.mjs)', () => {
    expect(LEARNED.featureSet).toBe(FEATURE_SET_VERSION);
    expect(() => new LearnedModel(LEARNED)).not.toThrow();
  });

  it('cover built-in types only, each with a calibrated threshold, with finite weights', () => {
    for (const [type, t] of Object.entries(LEARNED.types)) {
      expect(BUILTIN_TYPE_IDS.has(type)).toBe(true);
      expect(CALIBRATION.thresholds[type]).toBeGreaterThan(0);
      for (const w of [t.bias, t.hand, ...Object.values(t.weights)]) expect(Number.isFinite(w)).toBe(true);
    }
  });

  it('hold no feature that names a particular contract (figures are shapes, party names PARTY)', () => {
    for (const t of Object.values(LEARNED.types)) for (const f of Object.keys(t.weights)) expect(f).not.toMatch(/\d/);
  });
});

describe('tags with learned evidence', () => {
  // Weights written for the test, so it does not depend on what the shipped training run decided.
  const model = new LearnedModel({
    featureSet: FEATURE_SET_VERSION,
    types: { 'volume-restriction': { bias: -3, hand: 0, weights: { 'purchas order': 2.5, forecast: 1.5, 'm:not:submit': 0.5 } } },
  });
  const tag = (text: string, learned: LearnedModel | null = model): Tag[] => {
    const source = sourceFromText(text, 'agreement.txt', 'text');
    const tree = buildClauseTree(source);
    const tags = scoreClauses(source, tree, undefined, undefined, { learned, thresholds: { 'volume-restriction': 0.5 } });
    return tree.clauses.flatMap((c) => [...(tags.get(c.id) ?? [])]);
  };

  it('tags a clause whose learned features are strong, listing them as cues', () => {
    const t = tag('5. Buyer shall not submit any purchase order for more than the quantities in the rolling forecast.').find((x) => x.type === 'volume-restriction');
    expect(t?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(t!.cues).toEqual(expect.arrayContaining(['learned: "purchas order" +2.50', 'learned: "forecast" +1.50']));
  });

  it('does not tag a near miss whose learned features fall short', () => {
    expect(tag('5. Buyer shall share a rolling forecast every quarter.').filter((x) => x.type === 'volume-restriction')).toEqual([]);
  });

  it('without a learned model, tags from the hand evidence alone', () => {
    expect(tag('5. Buyer shall not submit any purchase order for more than the quantities in the rolling forecast.', null)
      .filter((x) => x.type === 'volume-restriction' && x.cues.some((c) => c.startsWith('learned:')))).toEqual([]);
  });

  it('with shipped weights that have no words, tags exactly as the hand evidence alone', () => {
    if (defaultLearnedModel().hasWords) return; // words shipped: covered by the tests above and docs/accuracy.md
    const text = '1. Assignment. Neither party may assign this Agreement without the prior written consent of the other party.\n\n2. Audit. Licensor may audit the books of Licensee once a year.';
    const source = sourceFromText(text, 'agreement.txt', 'text');
    const tree = buildClauseTree(source);
    expect(JSON.stringify([...scoreClauses(source, tree)])).toBe(JSON.stringify([...scoreClauses(source, tree, undefined, undefined, { learned: null })]));
  });

  it('tags an anti-assignment clause, not the assignment of IP (near miss)', () => {
    expect(tagsOf('12. Assignment. Neither party may assign or transfer this Agreement without the prior written consent of the other party.')
      .some((t) => t.type === 'assignment' && t.confidence >= 0.5)).toBe(true);
    const ip = tagsOf('7. Inventions. Consultant hereby assigns to the Company all right, title and interest in and to the Inventions.');
    expect(ip.filter((t) => t.type === 'assignment' && t.confidence >= 0.5)).toEqual([]);
    expect(ip.some((t) => t.type === 'ip-ownership' && t.confidence >= 0.5)).toBe(true);
  });
});

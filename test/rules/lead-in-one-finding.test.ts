// A restriction written as a lead-in and its list item ('2.1 Beta shall not:' / '(a) manufacture more than 10,000
// Products ...') was reported twice by a clause-scope rule: at 2.1, whose match ran on into the item, and at 2.1(a), read
// with its lead-in. One restriction, one finding: the item's.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';

const antitrust = loadBuiltinPacks().filter((p) => p.id === 'antitrust');
const placesOf = async (terms: string) => {
  const text = `# Patent Cross-License Agreement\n\nThis agreement is between Alpha Inc. ("Alpha") and Beta Ltd. ("Beta").\n\n## 1. Grants\n\n1.1 Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents.\n\n1.2 Beta hereby grants to Alpha a non-exclusive licence under the Beta Patents.\n\n## 2. Terms\n\n${terms}`;
  const found = await evaluate(analyze(sourceFromText(text, 'deal.md')), antitrust, {});
  return found.filter((f) => f.ruleId === 'antitrust/output-restriction').map((f) => f.clauseNumber);
};

describe('a lead-in and its list item that make one restriction', () => {
  it('are reported once, at the item', async () => {
    expect(await placesOf('2.1 Beta shall not:\n\n(a) manufacture more than 10,000 Products in any calendar quarter; or\n\n(b) sell Products outside Europe.\n')).toEqual(['(a)']);
  });

  it('near miss: a lead-in that is a restriction of its own beside a restricted item keeps both findings', async () => {
    expect(await placesOf('2.1 Beta shall not manufacture more than 20,000 Products in any calendar year. In addition, Beta shall:\n\n(a) not manufacture more than 10,000 Products in any calendar quarter; and\n\n(b) keep records.\n')).toEqual(['2.1', '(a)']);
  });
});

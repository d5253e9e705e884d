// A list item is read with its lead-ins ('within: lead-in'): a pattern may match only across them ('Quillon shall not:'
// / '(a) manufacture or sell:' / '(i) more than 50,000 units'). DocumentContext.chainMatch finds the leftmost match in
// the chain, as exec on it would, by the pattern's sticky regex at the chain's word starts that open as a match can:
// the regex the document's scans compile anyway. exec needed a second regex of the pattern, with no flag, compiled by
// the first document with a chain (output-restriction's: ~36M instructions, inside a fresh worker's first pass).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { DocumentContext, ScanPlan } from '../../src/rules/context.js';
import { patternCacheSizes } from '../../src/rules/patterns.js';

const AGREEMENT = `# PATENT CROSS-LICENCE AGREEMENT

## 4. Manufacturing

4.1 During each Contract Year, Quillon shall not:

(a) manufacture or sell, in the Territory:

(i) more than fifty thousand (50,000) Licensed Products; or

(ii) any Licensed Product bearing the Ardentis trade marks.

(b) grant any sublicence under the Ardentis Patents.

4.2 Ardentis may supply the Licensed Products to third parties.
`;

// The amounts after a restraint on making or selling (output-restriction's first branch, shortened).
const OUTPUT = String.raw`\b(?:shall|will|may)\s+not\b[^.;]{0,60}\b(?:manufactur|sell)\w*\b[^.;]{0,80}\bmore\s+than\b[^.;]{0,40}\d`;
// A pattern that opens with a class (no leading words): searched by exec, as before.
const FIGURE = String.raw`[(]\d[\d,]*[)][^.;]{0,20}\bLicensed\s+Products\b`;

describe('DocumentContext.chainMatch (a query within lead-in)', () => {
  const analysis = analyze(sourceFromText(AGREEMENT, 'chain.md'));
  const item = (words: string) => analysis.tree.clauses.find((c) => AGREEMENT.slice(c.start, c.bodyEnd).includes(words))?.id;
  const context = () => new DocumentContext(analysis, undefined, new ScanPlan([OUTPUT, FIGURE].map((src) => ({ src, matchCase: false }))));

  it('selects the item whose words the match reaches, across its lead-ins, with the chain as its evidence', () => {
    const found = context().query({ text: OUTPUT, within: 'lead-in' }).find((m) => m.clauseId === item('more than fifty thousand'));
    expect(found?.evidence).toContain('Quillon shall not');
    expect(found?.evidence).toContain('more than fifty thousand (50,000)');
  });

  it('near miss: no item under a lead-in whose words hold no amount is selected', () => {
    const found = context().query({ text: OUTPUT, within: 'lead-in' });
    expect(found.map((m) => m.clauseId)).not.toContain(item('trade marks'));
    expect(found.map((m) => m.clauseId)).not.toContain(item('grant any sublicence'));
  });

  it('compiles no second regex of a pattern with leading words for the chains', () => {
    // A pattern of its own, so that no other test has compiled it: the scan's sticky regex is the only one made.
    const own = OUTPUT.replace('more', '(?:greater|more)');
    const before = patternCacheSizes().insensitive;
    expect(context().query({ text: own, within: 'lead-in' }).map((m) => m.clauseId)).toContain(item('more than fifty thousand'));
    expect(patternCacheSizes().insensitive).toBe(before);
  });

  it('a pattern without leading words is still found across the chain', () => {
    const found = context().query({ text: FIGURE, within: 'lead-in' });
    expect(found.map((m) => m.clauseId)).toContain(item('more than fifty thousand'));
  });
});

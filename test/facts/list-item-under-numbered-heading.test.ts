// "clause 4.2" for the second item of a Markdown list under the heading "4. Covenant" (docs-as-code drafting: numbered
// headings, their clauses as ordered lists), and "Article 3.2" for the second paragraph of Article 3: the item is
// numbered "2" under a clause numbered "4", and was reported as a reference to nothing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';

const MD = (ref: string): string => `# Patent Cross-Licence

This agreement is made between Alpha Limited ("Alpha") and Beta S.p.A. ("Beta").

## 4. Covenant not to assert

1. Alpha shall not assert any patent against Beta's products.
2. Beta shall not assert any patent against Alpha's products.

## 5. Term

1. This agreement ends when the last Licensed Patent expires. ${ref}
`;

const refs = (ref: string): { text: string; found: boolean }[] => {
  const a = analyze(sourceFromText(MD(ref), 'a.md', 'markdown'));
  return [...a.facts.crossReferences.values()].flat().map((r) => ({ text: r.text, found: r.targetId !== null }));
};

describe('a dotted reference to an item numbered under a numbered heading', () => {
  it('finds clause 4.2 as item 2 under heading 4', () => {
    expect(refs('The covenant in clause 4.2 survives.')).toEqual([{ text: expect.stringMatching(/4\.2/), found: true }]);
  });

  it('near miss: clause 4.3, which the list does not have, still points nowhere', () => {
    expect(refs('The covenant in clause 4.3 survives.')).toEqual([{ text: expect.stringMatching(/4\.3/), found: false }]);
  });

  it('near miss: an item lettered "i." under section 3 is no "section 3.1"', () => {
    const services = ['Storage', 'Response Time', 'Bandwidth', 'Availability', 'Access', 'Backups', 'Internet Connection', 'Domain Names'];
    const items = services.map((h, k) => `        ${'abcdefgh'[k]}.      ${h}. Alpha shall provide the ${h.toLowerCase()} service described in the order form.`);
    items.push('        i.      Credit Data. Alpha shall transmit credit data to Beta, unless the response time is not reasonable as determined under section 3.1 hereof.');
    const text = `HOSTING AGREEMENT

This agreement is made between Alpha Inc. ("Alpha") and Beta LLC ("Beta").

1.      DEFINITIONS. Words have their ordinary meaning.

2.      LICENSE. Beta grants Alpha a licence to host the web site.

3.      HOSTING SERVICES. Alpha will provide the following services to Beta:

${items.join('\n\n')}

4.      TERM. This agreement runs for one (1) year.
`;
    const a = analyze(sourceFromText(text, 'a.txt', 'text'));
    expect(a.tree.clauses.find((c) => c.number === 'i')).toBeDefined();
    const found = [...a.facts.crossReferences.values()].flat().filter((r) => r.text.includes('3.1')).map((r) => r.targetId !== null);
    expect(found).toEqual([false]);
  });
});

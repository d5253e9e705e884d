// "Part 1 of Exhibit A" when the tree made a bare heading of the exhibit: an HTML agreement whose exhibit follows the
// last numbered clause ('<h2>Exhibit A - Licensed Patents</h2>' then '<h3>Part 1 - ...</h3>') leaves the exhibit's
// parts beside its heading, not under it, so the part was looked for in the heading line alone and reported as
// dangling (held-out x-cover-page-standard-terms, dangling-reference twice at the cover table).
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.js';
import { analyze } from '../../src/analysis.js';

const HTML = (ref: string): string => `<html><body>
<h1>Patent Cross-License</h1>
<h2>Standard Terms</h2>
<h3>1. Definitions</h3>
<p>1.1 "Agreement" means this agreement. ${ref}</p>
<h3>2. Grants</h3>
<p>2.1 Alpha grants Beta a non-exclusive licence under the patents listed in Exhibit A.</p>
<h2>Exhibit A - Licensed Patents</h2>
<h3>Part 1 - Alpha Patents</h3>
<p>US 11,402,718 B2</p>
<h3>Part 2 - Beta Patents</h3>
<p>US 10,988,541 B2</p>
</body></html>`;

const partRefs = async (ref: string): Promise<{ text: string; found: boolean }[]> => {
  const a = analyze(await ingestFile('a.html', Buffer.from(HTML(ref))));
  return [...a.facts.crossReferences.values()].flat().filter((r) => r.text.startsWith('Part')).map((r) => ({ text: r.text, found: r.targetId !== null }));
};

describe('a part of an exhibit whose heading the tree left bare', () => {
  it('finds Part 2 of Exhibit A among the lines after the exhibit heading', async () => {
    expect(await partRefs('The Beta Patents are listed in Part 2 of Exhibit A.')).toEqual([{ text: 'Part 2 of Exhibit A', found: true }]);
  });

  it('near miss: Part 3 of Exhibit A, which the exhibit does not have, still points nowhere', async () => {
    expect(await partRefs('The Gamma Patents are listed in Part 3 of Exhibit A.')).toEqual([{ text: 'Part 3 of Exhibit A', found: false }]);
  });
});

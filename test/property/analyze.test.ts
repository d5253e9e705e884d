// Properties of analyze (clause tree, tags, facts) over hostile, Markdown and agreement-like text:
// nothing throws and the tree, tags and facts keep their structural promises.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { sourceFromText } from '../../src/index.js';
// analyze is not in the public API (src/index.ts); its stages are what these properties hold to account.
import { analyze } from '../../src/analysis.js';
import { agreementText, anyText, markdownText } from './arbitraries.js';
import { holds } from './harness.js';
import { checkFacts, checkTags, checkTree } from './invariants.js';

const ext = fc.constantFrom('md', 'txt');

const corpora = [
  ['any text', anyText],
  ['random Markdown', markdownText],
  ['agreement-like text', agreementText],
] as const;

describe.each(corpora)('analyze over %s', (name, text) => {
  it('never throws; tree, tags and facts keep their invariants', async () => {
    await holds(`analyze invariants (${name})`, fc.property(text, ext, (t, e) => {
      const a = analyze(sourceFromText(t, `doc.${e}`));
      checkTree(t, a);
      checkTags(a);
      checkFacts(t, a);
    }), 2);
  });
});


// Properties of the whole check over hostile, Markdown and agreement-like text: nothing throws, the
// report is consistent with the text, output is byte-identical run to run and document to document.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { check, defaultContext, loadBuiltinPacks, loadFormatter, sourceFromText, type RunReport } from '../../src/index.js';
import { agreementText, corpora, ext } from './arbitraries.js';
import { holds } from './harness.js';
import { checkRunReport } from './invariants.js';

const packs = loadBuiltinPacks();
const json = await loadFormatter('json');
const toJson = (r: RunReport): string => json(r, defaultContext({ failOn: 'never' }));

describe.each(corpora)('check over %s', (name, text) => {
  it('never throws; the report is consistent and byte-identical when run twice', async () => {
    await holds(`check deterministic (${name})`, fc.asyncProperty(text, ext, async (t, e) => {
      const source = sourceFromText(t, `doc.${e}`);
      const first = await check([source], { packs, failOn: 'never' });
      checkRunReport([t], first);
      const second = await check([sourceFromText(t, `doc.${e}`)], { packs, failOn: 'never' });
      if (toJson(first) !== toJson(second)) throw new Error('two runs on the same input gave different JSON');
    }));
  });

  it('a document is checked the same alone or after another one (no state leaks between documents)', async () => {
    await holds(`check independent (${name})`, fc.asyncProperty(text, agreementText, async (t, other) => {
      const alone = await check([sourceFromText(t, 'b.md')], { packs, failOn: 'never' });
      const after = await check([sourceFromText(other, 'a.md'), sourceFromText(t, 'b.md')], { packs, failOn: 'never' });
      if (JSON.stringify(after.documents[1]) !== JSON.stringify(alone.documents[0])) throw new Error('document report depends on the document checked before it');
    }), 0.5);
  });
});

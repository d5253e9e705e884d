// c986486: a pooled batch loads compromise on its main thread only when it has text enough (10,000 characters) for
// its workers to ask modal questions; two one-line files would pay ~0.3 s of CPU and ~60 MB for nothing.
// The built pool is run (the workers are dist/cli/worker.js), and the main thread's compromise read from the same build.
import { describe, expect, it } from 'vitest';
import { NO_SETTINGS } from '../../src/cli/config.js';

const dist = (path: string) => new URL(`../../dist/${path}`, import.meta.url).href;
type Pool = typeof import('../../src/cli/pool.js');
type Nlp = typeof import('../../src/tag/nlp.js');
type Ingest = typeof import('../../src/ingest/index.js');
type Rules = typeof import('../../src/rules/index.js');

describe('the main thread of a pooled batch preloads compromise', () => {
  it('not for two one-line files, and for a batch of 10,000 characters or more', async () => {
    const { checkAll } = (await import(dist('cli/pool.js'))) as Pool;
    const { nlpLoaded } = (await import(dist('tag/nlp.js'))) as Nlp;
    const { sourceFromText } = (await import(dist('ingest/index.js'))) as Ingest;
    const { loadBuiltinPacks } = (await import(dist('rules/index.js'))) as Rules;
    const packs = loadBuiltinPacks();
    // No modal sentence in either batch: the workers ask nothing, so only the preload can load compromise here.
    const short = [sourceFromText('Hello there.', 'a.txt'), sourceFromText('Goodbye now.', 'b.txt')];
    await checkAll(short, { packs, settings: [NO_SETTINGS, NO_SETTINGS], jobs: 2 });
    expect(nlpLoaded()).toBe(false);
    const words = 'The weather in the valley was mild and the river ran clear. '.repeat(90);
    expect(words.length * 2).toBeGreaterThanOrEqual(10_000);
    await checkAll([sourceFromText(words, 'c.txt'), sourceFromText(words, 'd.txt')], { packs, settings: [NO_SETTINGS, NO_SETTINGS], jobs: 2 });
    expect(nlpLoaded()).toBe(true);
  }, 60_000);
});

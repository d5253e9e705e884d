// A pooled batch loads compromise on its main thread while the workers start (src/cli/modal-rpc.ts
// preloadModalReadings), so that no worker sleeps on its first modal question while the main thread loads it.
import { describe, expect, it } from 'vitest';
import { preloadModalReadings } from '../../src/cli/modal-rpc.js';
import { modalClauses, modalClausesOf, nlpLoaded } from '../../src/tag/nlp.js';

describe('the main thread of a pooled batch', () => {
  it('has compromise loaded after the preload, and reads as it would have without it', () => {
    expect(nlpLoaded()).toBe(false);
    preloadModalReadings();
    expect(nlpLoaded()).toBe(true);
    const sentence = 'Licensor shall not grant any sublicense under the Licensed Patents.';
    expect(modalClauses(sentence)).toEqual(modalClausesOf(sentence, true));
    expect(modalClauses('The Licensee shall not assign this Agreement without the prior written consent of the Licensor.')).toEqual(
      modalClausesOf('The Licensee shall not assign this Agreement without the prior written consent of the Licensor.', true),
    );
  });
});

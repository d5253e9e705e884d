// The bench's warm pool is fair only if its warm-up never sees the corpus it then measures: no warm-up document
// (fixtures, the bench's own warm-up agreements, synthetic agreements) may share a long run of text with a CUAD dev
// contract, or the tagger's sentence cache and the JIT would have seen corpus text before the clock starts.
// Skips when the corpus is absent (it is not part of the project).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cuadDevCorpus, warmupDocuments, WARMUP_DIR } from '../../scripts/bench-lib.mjs';

/**
 * The longest run of text (after white space is collapsed and letters lower-cased) that the bench's own warm-up
 * agreements may share with a corpus contract: below one 60-character window. The older fixtures and the synthetic
 * base agreement use standard formulas that real contracts use word for word too (the affiliate definition, the
 * SEC's legend for omitted confidential text), so for every warm-up document the bound is two lines of text.
 */
const MAX_SHARED_OWN = 59;
const MAX_SHARED_ANY = 119;
/** Corpus windows of KEY characters every STRIDE characters: a shared run of KEY + STRIDE - 1 (= MAX_SHARED_OWN + 1) characters contains one. */
const KEY = 40;
const STRIDE = MAX_SHARED_OWN + 2 - KEY;

const normalise = (s: string): string => s.replace(/\s+/g, ' ').toLowerCase();

interface Shared { readonly doc: string; readonly corpusFile: string; readonly text: string }

/** Runs of more than `max` (>= MAX_SHARED_OWN) characters that a document shares with the corpus (the first per document). */
function sharedRuns(docs: ReadonlyArray<{ path: string; text: string }>, corpus: ReadonlyArray<{ path: string; text: string }>, max = MAX_SHARED_OWN): Shared[] {
  // Every occurrence of each sampled corpus window, so a run is measured against the occurrence that extends furthest.
  const at = new Map<string, Array<[number, number]>>();
  corpus.forEach((c, f) => {
    for (let i = 0; i + KEY <= c.text.length; i += STRIDE) {
      const key = c.text.slice(i, i + KEY);
      const list = at.get(key);
      if (list) list.push([f, i]);
      else at.set(key, [[f, i]]);
    }
  });
  const found: Shared[] = [];
  for (const d of docs) {
    search: for (let i = 0; i + KEY <= d.text.length; i++) {
      const hits = at.get(d.text.slice(i, i + KEY));
      if (!hits) continue;
      for (const [f, j] of hits) {
        const c = (corpus[f] as { text: string }).text;
        let back = 0;
        while (i - back > 0 && j - back > 0 && d.text[i - back - 1] === c[j - back - 1]) back++;
        let len = back + KEY;
        while (i - back + len < d.text.length && j - back + len < c.length && d.text[i - back + len] === c[j - back + len]) len++;
        if (len > max) {
          found.push({ doc: d.path, corpusFile: (corpus[f] as { path: string }).path, text: d.text.slice(i - back, i - back + len) });
          break search;
        }
      }
    }
  }
  return found;
}

const { files } = cuadDevCorpus() as { files: string[] };

describe('bench warm-up documents', () => {
  it('include the bench\'s own warm-up agreements', () => {
    const paths = (warmupDocuments() as Array<{ path: string }>).map((d) => d.path);
    expect(paths.filter((p) => p.startsWith(WARMUP_DIR)).length).toBeGreaterThanOrEqual(4);
  });

  it('finds a shared run when there is one (the check can fail)', () => {
    const corpus = [{ path: 'c', text: normalise(`Preamble. ${'The Licensee shall keep complete and accurate records of all sales. '.repeat(2)}End.`) }];
    const doc = { path: 'd', text: normalise('Other words first. The Licensee shall keep complete and accurate records of all sales. The Licensee then') };
    expect(sharedRuns([doc], corpus).map((s) => s.doc)).toEqual(['d']);
    expect(sharedRuns([{ path: 'e', text: normalise('The Licensee shall keep complete records of its own sales, and nothing more.') }], corpus)).toEqual([]);
  });

  it.skipIf(files.length === 0)('share no run of 60 characters (own agreements) or 120 (any) with a CUAD dev contract', () => {
    const corpus = files.map((f) => ({ path: f, text: normalise(readFileSync(f, 'utf8')) }));
    const docs = (warmupDocuments() as Array<{ path: string; bytes: Buffer }>).map((d) => ({ path: d.path, text: normalise(d.bytes.toString('utf8')) }));
    const own = docs.filter((d) => d.path.startsWith(WARMUP_DIR));
    expect(own.length).toBeGreaterThanOrEqual(4);
    expect(sharedRuns(own, corpus)).toEqual([]);
    expect(sharedRuns(docs, corpus, MAX_SHARED_ANY)).toEqual([]);
  }, 60_000);
});

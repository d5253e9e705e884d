// The structure parser over the CUAD dev contracts (skipped when the corpus is absent): every contract
// parses into a sound tree that covers its text, and labelled spans mostly fall inside one leaf clause.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClauseTree } from '../../src/clauses/index.js';
import { validateTree } from '../../src/clauses/validate.js';
import { ingest } from '../../src/ingest/index.js';

const split = new URL('../../../shared/corpus/cuad-dev/', import.meta.url).pathname;
const present = existsSync(join(split, 'labels.jsonl'));

describe.skipIf(!present)('CUAD dev contracts', () => {
  it('all parse into valid trees and keep labelled spans inside leaves', () => {
    const labels = readFileSync(join(split, 'labels.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as {
      file: string; categories: Record<string, { spans: Array<{ start: number | null; end: number }> }>;
    });
    expect(readdirSync(join(split, 'contracts'))).toHaveLength(labels.length);
    let spans = 0;
    let inside = 0;
    for (const lab of labels) {
      const path = join(split, 'contracts', lab.file);
      const source = ingest(path, readFileSync(path));
      const tree = buildClauseTree(source);
      expect(validateTree(source.text, tree, { coverage: true }), lab.file).toEqual([]);
      expect(tree.clauses.length, lab.file).toBeGreaterThan(0);
      const leaves = tree.clauses.filter((c) => c.children.length === 0);
      for (const cat of Object.values(lab.categories)) for (const sp of cat.spans) {
        if (sp.start === null || sp.end - sp.start < 40) continue;
        const start = sp.start;
        spans++;
        if (leaves.some((c) => Math.min(c.end, sp.end) - Math.max(c.start, start) >= 0.9 * (sp.end - start))) inside++;
      }
    }
    expect(inside / spans).toBeGreaterThanOrEqual(0.93);
  }, 60_000);
});

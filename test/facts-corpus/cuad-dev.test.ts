// The facts stage over the CUAD dev contracts with the real clause tree: invariants that must hold for every
// document, and determinism. Skips cleanly when the corpus is absent (it is never copied into the project).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { buildClauseTree } from '../../src/clauses/index.js';
import { extractFacts } from '../../src/facts/index.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'cuad-dev', 'contracts');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort() : [];
// Every fifth contract keeps the run short while covering all kinds of agreement in the split.
const sample = files.filter((_f, i) => i % 5 === 0);

describe.skipIf(files.length === 0)('facts over CUAD dev contracts', () => {
  it.each(sample)('%s: offsets, ids and references are consistent', (file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const source = sourceFromText(text, file, 'text');
    const tree = buildClauseTree(source);
    const facts = extractFacts(source, tree, new Map());
    const ids = new Set(tree.clauses.map((c) => c.id));

    for (const d of facts.definitions) {
      expect(text.slice(d.start, d.end).replace(/\s+/g, ' ')).toBe(d.term);
      if (d.clauseId !== null) expect(ids.has(d.clauseId)).toBe(true);
    }
    for (const entry of facts.terms.values()) {
      for (const u of entry.uses) expect(u.end).toBeGreaterThan(u.start);
    }
    for (const g of facts.grants) {
      expect(ids.has(g.clauseId)).toBe(true);
      expect(g.evidence.length).toBeGreaterThan(0);
      // "non-exclusive" is never read as exclusive.
      const withoutNon = g.evidence.replace(/non\s*-?\s*exclusive/gi, '');
      if (withoutNon !== g.evidence && !/exclusive/i.test(withoutNon)) expect(g.exclusivity).toBe('non-exclusive');
    }
    expect([...facts.attributes.keys()]).toEqual(tree.clauses.map((c) => c.id));
    for (const a of facts.attributes.values()) {
      for (const r of a.crossReferences) if (r.targetId !== null) expect(ids.has(r.targetId)).toBe(true);
      for (const d of a.durations) expect(d.days).toBeGreaterThan(0);
      for (const d of a.dates) expect(d.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const p of a.numberPairs ?? []) if (p.start !== undefined && p.end !== undefined) expect(text.slice(p.start, p.end)).toBe(p.text);
    }
    if (facts.kind === 'cross-license') expect(facts.grants.length).toBeGreaterThanOrEqual(2);
    if (facts.kind === 'other') expect(facts.grants).toEqual([]);
  });

  it('is deterministic: the same input gives the same facts', () => {
    for (const file of sample.slice(0, 5)) {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const run = () => {
        const source = sourceFromText(text, file, 'text');
        const f = extractFacts(source, buildClauseTree(source), new Map());
        return JSON.stringify({ ...f, attributes: [...f.attributes], terms: [...f.terms] });
      };
      expect(run()).toBe(run());
    }
  });
});

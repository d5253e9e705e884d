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
    // Each definition once per term and clause.
    const definitionKeys = facts.definitions.map((d) => `${d.term}|${d.clauseId ?? d.start}`);
    expect(new Set(definitionKeys).size).toBe(definitionKeys.length);

    // Term status: anchors inside the text, document order, one entry per term, and consistent with the term index.
    const inOrder = (xs: readonly { start: number }[]) => xs.every((x, i) => i === 0 || (xs[i - 1] as { start: number }).start <= x.start);
    const definedLower = new Set([...facts.terms.keys()].map((t) => t.toLowerCase()));
    for (const u of facts.undefinedTerms) {
      expect(text.slice(u.start, u.end).replace(/\s+/g, ' ')).toBe(u.term);
      expect(u.term).toMatch(/^[A-Z][a-z]/);
      expect(u.term.split(' ').length).toBeLessThanOrEqual(6);
      expect(u.uses).toBeGreaterThanOrEqual(1);
      expect(definedLower.has(u.term.toLowerCase())).toBe(false);
      if (u.clauseId !== null) expect(ids.has(u.clauseId)).toBe(true);
    }
    expect(inOrder(facts.undefinedTerms)).toBe(true);
    expect(new Set(facts.undefinedTerms.map((u) => u.term.toLowerCase())).size).toBe(facts.undefinedTerms.length);
    // Precision over recall: more than a few dozen "undefined" terms (one per 5 KB of a long contract) would mean the
    // filters failed.
    expect(facts.undefinedTerms.length).toBeLessThanOrEqual(20 + text.length / 5000);
    for (const u of facts.unusedTerms) {
      const entry = facts.terms.get(u.term);
      expect(entry?.definitions[0]?.start).toBe(u.start);
      expect(text.slice(u.start, u.end).replace(/\s+/g, ' ')).toBe(u.term);
    }
    expect(inOrder(facts.unusedTerms)).toBe(true);
    // Unused terms come from a scan that keeps no use records: they are exactly the terms the full index shows with no
    // use outside their own definitions (spellings that differ only in case are one term).
    const usedLower = new Set(
      [...facts.terms.values()]
        .filter((e) => e.uses.some((u) => !e.definitions.some((d) => u.start >= d.start && u.start < d.bodyEnd)))
        .map((e) => e.term.toLowerCase()),
    );
    // ... nor a term whose other number, defined in the same clause, is used ('each, a "Dealer Covered Person" and,
    // together, "Dealer Covered Persons"').
    const otherNumberUsed = (e: { term: string; definitions: ReadonlyArray<{ clauseId: string | null }> }): boolean =>
      (/e?s$/.test(e.term) ? [e.term.replace(/s$/, ''), e.term.replace(/es$/, '')] : [`${e.term}s`, `${e.term}es`])
        .some((o) => o !== e.term && usedLower.has(o.toLowerCase()) && (facts.terms.get(o)?.definitions.some((d) => d.clauseId === e.definitions[0]?.clauseId) ?? false));
    const expectedUnused = [...facts.terms.values()]
      .filter((e) => e.definitions.length > 0 && !usedLower.has(e.term.toLowerCase()) && !otherNumberUsed(e))
      .map((e) => ({ term: e.term, start: (e.definitions[0] as { start: number }).start }))
      .sort((a, b) => a.start - b.start || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    expect(facts.unusedTerms.map((u) => ({ term: u.term, start: u.start }))).toEqual(expectedUnused);
    for (const d of facts.duplicateTerms) {
      expect(d.definitions.length).toBeGreaterThanOrEqual(2);
      expect(inOrder(d.definitions)).toBe(true);
      expect(d.definitions.some((x) => x.start === d.start && x.end === d.end)).toBe(true);
      expect(d.start).toBeGreaterThan((d.definitions[0] as { start: number }).start);
      for (const x of d.definitions) expect(text.slice(x.start, x.end).replace(/\s+/g, ' ')).toBe(d.term);
    }
    expect(inOrder(facts.duplicateTerms)).toBe(true);

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

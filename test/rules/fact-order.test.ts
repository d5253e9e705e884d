// A fact's value must not depend on the order in which the engine computes facts: the engine may skip rules
// that cannot fire (engine.ts), which changes which facts are computed first. The one place where an earlier
// computation could change a later one was a `require` test of a clause query, which read a pattern's document scan
// when that scan had already run and searched the clause itself otherwise. The two can disagree: a match found
// by the document scan may run past the clause's end.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { DocumentContext, ScanPlan } from '../../src/rules/context.js';
import type { ClauseQuery } from '../../src/rules/query.js';

const AGREEMENT = `# LICENSE AGREEMENT

## Termination

Either party may terminate this Agreement on written notice

## Remedies

A breach of this Agreement entitles the other party to damages.
`;

// Some rule scans documents for this pattern (its query's text); another rule's query requires it.
const TERMINATE_ON_BREACH = String.raw`\bmay\s+terminate\b[^.;]{0,80}\bbreach`;
const scanning: ClauseQuery = { text: TERMINATE_ON_BREACH };
const requiring: ClauseQuery = { text: String.raw`\bterminat`, require: TERMINATE_ON_BREACH };
const plan = new ScanPlan([
  { src: TERMINATE_ON_BREACH, matchCase: false },
  { src: String.raw`\bterminat`, matchCase: false },
]);
const analysis = analyze(sourceFromText(AGREEMENT, 'order.md'));
const summary = (ctx: DocumentContext, q: ClauseQuery) => ctx.query(q).map((m) => ({ clauseId: m.clauseId, start: m.start, end: m.end, evidence: m.evidence }));

describe('fact values and the order facts are computed in', () => {
  it('the document scan of the pattern does run past the clause (the case that matters)', () => {
    const ctx = new DocumentContext(analysis, undefined, plan);
    const [hit] = ctx.query(scanning);
    const clause = ctx.clause(hit?.clauseId ?? '');
    expect(clause?.heading).toBe('Termination');
    expect(AGREEMENT.slice(clause?.start, clause?.bodyEnd)).not.toMatch(new RegExp(TERMINATE_ON_BREACH, 'i'));
  });

  it('a required pattern gives the same clauses whether or not its scan ran first', () => {
    const scannedFirst = new DocumentContext(analysis, undefined, plan);
    scannedFirst.query(scanning);
    const requiredFirst = new DocumentContext(analysis, undefined, plan);
    const a = summary(scannedFirst, requiring);
    expect(a).toEqual(summary(requiredFirst, requiring));
    expect(a.map((m) => m.clauseId)).toHaveLength(1);
  });

  it('without a plan, a required pattern is searched in the clause, whatever ran before', () => {
    const scannedFirst = new DocumentContext(analysis);
    scannedFirst.query(scanning);
    expect(summary(scannedFirst, requiring)).toEqual([]);
    expect(summary(new DocumentContext(analysis), requiring)).toEqual([]);
  });
});

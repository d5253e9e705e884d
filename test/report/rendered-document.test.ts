// A document rendered ahead on a worker thread (report/json.ts renderDocument): the JSON report writes its text where
// the document goes and counts its findings from their tally, and must read exactly as if the document were there.
import { describe, expect, it } from 'vitest';
import type { DocumentReport, FailOn, Finding, RunReport } from '../../src/model/index.js';
import { buildReport, gateFails, summarize, tallyFindings } from '../../src/report/build.js';
import { withReviewStatus } from '../../src/report/common.js';
import { formatJson, formatJsonChunks, renderDocument, withRenderedDocument } from '../../src/report/json.js';
import { readReply } from '../../src/cli/pool.js';
import { FINDINGS, REPORT } from './sample-report.js';

// Findings of every kind the summary and the gate tell apart: each severity open, needing review (a low confidence, a
// rule held back), waived, suppressed, in the baseline, and a stale review status.
const base = FINDINGS[0]!;
const KINDS: Finding[] = [
  ...FINDINGS,
  { ...base, severity: 'warning', confidence: 0.4 },
  { ...base, severity: 'error', heldBackBy: { type: 'governing-law', clauseId: 'c2', confidence: 0.5 }, confidence: 0.5 },
  { ...base, severity: 'info', suppressed: { reason: 'clausecheck-disable' } },
  { ...base, severity: 'warning', waived: true, confidence: 0.3 },
  { ...base, severity: 'error', baseline: true },
  { ...base, severity: 'warning', baseline: true, confidence: 0.2 },
  { ...base, severity: 'info', status: 'needs-review', confidence: 0.99 },
  { ...base, severity: 'warning' },
];

/** As a worker thread sends it: findings marked with the threshold, the text, the tally; then the main thread's stand-in. */
function renderedAhead(d: DocumentReport, reviewThreshold: number): DocumentReport {
  const findings = d.findings.map((f) => withReviewStatus(f, reviewThreshold));
  return withRenderedDocument({ ...d, clauses: [], findings: [] }, { text: renderDocument({ ...d, findings }), tally: tallyFindings(findings), reviewThreshold });
}

const decode = (pieces: Iterable<string>): string => [...pieces].join('');

describe('documents rendered ahead', () => {
  const docs: DocumentReport[] = [
    { ...REPORT.documents[0]!, findings: KINDS },
    // Two-byte text and the report's own layout in a document's strings.
    { ...REPORT.documents[1]!, path: 'deals/\n  "documents": [\n    0\n  ]\u2019.md', findings: KINDS.slice(3, 7) },
    { ...REPORT.documents[1]!, path: 'empty.md', findings: [] },
  ];

  it('are written byte for byte as the documents themselves, with the same summary and gate', () => {
    for (const threshold of [0, 0.7, 0.95]) {
      for (const [failOn, maxWarnings, failOnReview] of [['error', undefined, false], ['warning', undefined, true], ['never', 1, false], ['never', 2, true], ['info', undefined, false]] as [FailOn, number | undefined, boolean][]) {
        const options = { failOn, reviewThreshold: threshold, failOnReview, ...(maxWarnings !== undefined ? { maxWarnings } : {}) };
        const plain = buildReport(docs, [], options);
        const ahead = buildReport(docs.map((d) => renderedAhead(d, threshold)), [], options);
        const label = `${threshold} ${failOn} ${maxWarnings} ${failOnReview}`;
        expect(ahead.summary, label).toEqual(plain.summary);
        expect(ahead.documents.every((d) => d.findings.length === 0), label).toBe(true);
        expect(decode(formatJsonChunks(ahead)), label).toBe(formatJson(plain));
        expect(formatJson(ahead), label).toBe(formatJson(plain));
      }
    }
  });

  it('count findings as summarize and gateFails count them one by one', () => {
    const marked = KINDS.map((f) => withReviewStatus(f, 0.7));
    const summary = summarize([{ ...REPORT.documents[0]!, findings: marked }], 'never');
    // By hand: open errors 2 (one in the baseline), warnings 2, infos 1 (its stale review status dropped); accepted 3
    // (two waived, one suppressed); needing review 3 (the waived one with a low confidence is accepted); in the
    // baseline 2 (one open, one needing review).
    expect(summary).toEqual({ documents: 1, findings: { error: 2, warning: 2, info: 1 }, waived: 3, needsReview: 3, baseline: 2, gate: 'pass' });
    expect(gateFails(marked, 'error')).toBe(true);
    // Without the open error outside the baseline: the baseline's error and the held-back one need --fail-on-review.
    const noOpenError = marked.filter((f) => f.severity !== 'error' || f.baseline || f.status === 'needs-review');
    expect(gateFails(noOpenError, 'error')).toBe(false);
    expect(gateFails(noOpenError, 'error', undefined, true)).toBe(true);
    expect(gateFails(noOpenError.filter((f) => !f.heldBackBy), 'error', undefined, true)).toBe(false);
    expect(gateFails(marked, 'never', 2)).toBe(false);
    expect(gateFails(marked, 'never', 1)).toBe(true);
  });

  it('cannot take waivers, a baseline or another review threshold: their findings are already in the text', () => {
    const ahead = [renderedAhead(docs[0]!, 0.7)];
    expect(() => buildReport(ahead, [], { baseline: new Set(['x']) })).toThrow(/rendered ahead/);
    expect(() => buildReport(ahead, [], { waivers: [] })).toThrow(/rendered ahead/);
    expect(() => buildReport(ahead, [], { reviewThreshold: 0.5 })).toThrow(/review threshold 0.7, not 0.5/);
    expect(() => buildReport(ahead, [], { reviewThreshold: 0.5, reviewThresholds: new Map([[docs[0]!.path, 0.7]]) })).not.toThrow();
  });

  it("the pool takes a worker's reply only in the shape it asked for", () => {
    const document = { ...docs[0]!, clauses: [], findings: [] };
    const rendered = { text: renderDocument(docs[0]!), tally: tallyFindings(KINDS), reviewThreshold: 0.7 };
    expect(readReply({ index: 0, document, rendered }, 'document').findings).toEqual([]);
    expect(() => readReply({ index: 0, document }, 'document')).toThrow(/malformed: no rendered document/);
    expect(() => readReply({ index: 0, document, rendered: { ...rendered, tally: { ...rendered.tally, waived: -1 } } }, 'document')).toThrow(/malformed/);
    expect(() => readReply({ index: 0, document, rendered: { ...rendered, text: 7 as unknown as string } }, 'document')).toThrow(/malformed/);
    expect(() => readReply({ index: 0, document }, 'clauses')).toThrow(/no rendered clauses/);
    expect(() => readReply({ index: 0, started: true }, undefined)).toThrow(/no document/);
    expect(readReply({ index: 0, document: docs[0]! }, undefined)).toBe(docs[0]);
  });
});

describe('a run report with no document rendered ahead', () => {
  it('is formatted as before', () => {
    const report: RunReport = buildReport([{ ...REPORT.documents[0]!, findings: KINDS }], []);
    expect(decode(formatJsonChunks(report))).toBe(formatJson(report));
  });
});

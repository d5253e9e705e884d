// Findings that rest on a low-confidence tag need review: the report marks them, counts them apart, keeps them out of
// the gate (unless failOnReview), and every format shows them.
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.js';
import { formatHtml } from '../../src/report/html.js';
import { formatJson } from '../../src/report/json.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';
import { reportJsonSchema } from '../../src/report/schema.js';
import { formatStylish } from '../../src/report/stylish.js';
import { defaultContext } from '../../src/report/types.js';
import { DEFAULT_REVIEW_THRESHOLD, type DocumentReport, type Finding } from '../../src/model/index.js';
import { FINDINGS, REPORT, RULES, TEXTS } from './sample-report.js';
import { compileSchema, sarifValidator } from '../helpers/json-schema.js';

// The one-way-grant error rests on a weak tag (0.55); the placeholder warning on words only; the waived info on a tag at 0.6.
const [grant, placeholder, audit] = FINDINGS as [Finding, Finding, Finding];
const WEAK: Finding = { ...grant, confidence: 0.55 };
const WORDS: Finding = { ...placeholder };
const WAIVED_WEAK: Finding = { ...audit, confidence: 0.6 };
const DOCS: DocumentReport[] = [{ ...REPORT.documents[0]!, findings: [WEAK, WORDS, WAIVED_WEAK] }, REPORT.documents[1]!];
const ctx = defaultContext({ rules: RULES, texts: TEXTS });

const findingsOf = (r: ReturnType<typeof buildReport>) => r.documents.flatMap((d) => d.findings);

describe('needs-review status', () => {
  it('marks findings below the default threshold, counts them apart from the severities, and passes the gate on them', () => {
    const r = buildReport(DOCS, [], { failOn: 'error' });
    expect(DEFAULT_REVIEW_THRESHOLD).toBeGreaterThan(0.55);
    const [weak, words, waived] = findingsOf(r);
    expect(weak?.status).toBe('needs-review');
    expect(words).not.toHaveProperty('status');
    expect(waived?.status).toBe('needs-review');
    // The waived one counts as waived only; the weak error is no error yet.
    expect(r.summary).toMatchObject({ findings: { error: 0, warning: 1, info: 0 }, waived: 1, needsReview: 1, gate: 'pass' });
    expect(r.run).toMatchObject({ reviewThreshold: DEFAULT_REVIEW_THRESHOLD, failOnReview: false });
  });

  it('threshold 0 turns review off: the same finding is a plain error and fails the gate', () => {
    const r = buildReport(DOCS, [], { failOn: 'error', reviewThreshold: 0 });
    expect(findingsOf(r).some((f) => f.status !== undefined)).toBe(false);
    expect(r.summary).toMatchObject({ findings: { error: 1, warning: 1, info: 0 }, needsReview: 0, gate: 'fail' });
  });

  it('failOnReview lets review items fail the gate at their severity (still counted apart)', () => {
    expect(buildReport(DOCS, [], { failOn: 'error', failOnReview: true }).summary).toMatchObject({ needsReview: 1, gate: 'fail' });
    // An info-level --fail-on is needed for info findings; a weak error fails at --fail-on error.
    const onlyWeakInfo = [{ ...DOCS[0]!, findings: [{ ...WEAK, severity: 'info' as const }] }];
    expect(buildReport(onlyWeakInfo, [], { failOn: 'error', failOnReview: true }).summary.gate).toBe('pass');
    expect(buildReport(onlyWeakInfo, [], { failOn: 'info', failOnReview: true }).summary.gate).toBe('fail');
    expect(buildReport(onlyWeakInfo, [], { failOn: 'info' }).summary.gate).toBe('pass');
  });

  it('review warnings do not count toward --max-warnings unless failOnReview', () => {
    const weakWarnings = [{ ...DOCS[0]!, findings: [{ ...WEAK, severity: 'warning' as const }, { ...WEAK, severity: 'warning' as const, start: 5 }] }];
    expect(buildReport(weakWarnings, [], { maxWarnings: 1 }).summary.gate).toBe('pass');
    expect(buildReport(weakWarnings, [], { maxWarnings: 1, failOnReview: true }).summary.gate).toBe('fail');
  });

  it('never marks a finding that rests on words only, even at threshold 1; marks one just below it', () => {
    const r = buildReport(DOCS, [], { reviewThreshold: 1 });
    const [weak, words] = findingsOf(r);
    expect(words).not.toHaveProperty('status');
    expect(weak?.status).toBe('needs-review');
    const exact = buildReport([{ ...DOCS[0]!, findings: [{ ...WEAK, confidence: 0.7 }] }], [], { reviewThreshold: 0.7 });
    expect(findingsOf(exact)[0]).not.toHaveProperty('status');
  });

  it('a per-document threshold (config override) replaces the run threshold for that document only', () => {
    const second: DocumentReport = { ...DOCS[0]!, path: 'deals/other.md' };
    const r = buildReport([DOCS[0]!, second], [], { reviewThresholds: new Map([['deals/other.md', 0.5]]) });
    expect(r.documents[0]!.findings[0]?.status).toBe('needs-review');
    expect(r.documents[1]!.findings[0]).not.toHaveProperty('status');
  });

  it('a needs-review finding in the baseline does not fail the gate even with failOnReview', () => {
    const fp = { ...WEAK, fingerprint: 'f'.repeat(16) };
    const r = buildReport([{ ...DOCS[0]!, findings: [fp] }], [], { failOnReview: true, baseline: new Set(['f'.repeat(16)]) });
    expect(findingsOf(r)[0]).toMatchObject({ status: 'needs-review', baseline: true });
    expect(r.summary).toMatchObject({ needsReview: 1, baseline: 1, gate: 'pass' });
  });

  it('a stale status from an earlier report is dropped when the finding is confident enough', () => {
    const stale: Finding = { ...WEAK, confidence: 0.9, status: 'needs-review' };
    expect(findingsOf(buildReport([{ ...DOCS[0]!, findings: [stale] }], []))[0]).not.toHaveProperty('status');
  });

  it('changes the configuration hash with the threshold and failOnReview', () => {
    const hash = (o: Parameters<typeof buildReport>[2]) => buildReport(DOCS, [], o).run?.configHash;
    expect(hash({})).toBe(hash({ reviewThreshold: DEFAULT_REVIEW_THRESHOLD }));
    expect(hash({ reviewThreshold: 0.6 })).not.toBe(hash({}));
    expect(hash({ failOnReview: true })).not.toBe(hash({}));
  });

  it('gives a reused packs array the hash of a fresh one, per settings and per pack content', () => {
    const pack = (severity: 'error' | 'warning') => ({ id: 'p', version: '1.0.0', rules: [{ id: 'p/r', pack: 'p', severity, title: 'T', rationale: 'R', recommendation: 'M', references: [] }] });
    const packs = [pack('error')];
    const hash = (p: typeof packs, o: Parameters<typeof buildReport>[2]) => buildReport(DOCS, p, o).run?.configHash;
    const first = hash(packs, {});
    expect(hash(packs, { failOnReview: true })).not.toBe(first);
    expect(hash(packs, {})).toBe(first);
    expect(hash([pack('error')], {})).toBe(first);
    expect(hash([pack('warning')], {})).not.toBe(first);
    expect(hash(packs, { failOnReview: true })).toBe(hash([pack('error')], { failOnReview: true }));
  });
});

describe('needs-review in every format', () => {
  const report = buildReport(DOCS, [], { failOn: 'error' });
  const strict = buildReport(DOCS, [], { failOn: 'error', failOnReview: true });

  it('stylish: a review marker on the finding and a count line', () => {
    const out = formatStylish(report, ctx);
    const line = out.split('\n').find((l) => l.includes('reciprocity/one-way-grant'))!;
    expect(line).toContain('(needs review: confidence 0.55)');
    expect(out.split('\n').find((l) => l.includes('placeholder'))).not.toContain('needs review');
    expect(out).toContain('✖ 1 finding (0 errors, 1 warning, 0 info), 1 more needing review');
    expect(out).toContain('? 1 finding needs review: it rests on a clause-type tag the tagger was not sure of (confidence below 0.7); it does not fail the gate by itself');
    expect(out).toContain('gate (--fail-on error): pass');
    expect(formatStylish(strict, ctx)).toContain('it fails the gate (--fail-on-review)');
    // The per-document table of a batch has a review column.
    expect(out).toContain('  document        errors  warnings  info  waived  review\n  deals/acme.md        0         1     0       1       1\n');
  });

  it('JSON: status and the needsReview count, valid against the report schema', () => {
    const parsed = JSON.parse(formatJson(report)) as typeof report;
    expect(parsed.documents[0]!.findings[0]).toMatchObject({ status: 'needs-review', confidence: 0.55 });
    expect(parsed.summary.needsReview).toBe(1);
    const validate = compileSchema(reportJsonSchema());
    expect(validate(parsed), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const bad = structuredClone(parsed) as unknown as { documents: { findings: { status: string }[] }[] };
    bad.documents[0]!.findings[0]!.status = 'maybe';
    expect(validate(bad)).toBe(false);
  });

  it('SARIF: kind "review" with level "none" (SARIF 2.1.0 §3.27.10), the severity kept in properties; valid SARIF', () => {
    const log = JSON.parse(formatSarif(report, ctx)) as Sarif.Log;
    const [weak, words] = log.runs[0]!.results!;
    expect(weak).toMatchObject({ ruleId: 'reciprocity/one-way-grant', kind: 'review', level: 'none', properties: { severity: 'error', status: 'needs-review', confidence: 0.55 } });
    expect(words).not.toHaveProperty('kind');
    expect(words?.level).toBe('warning');
    expect(log.runs[0]!.invocations![0]!.properties).toMatchObject({ needsReview: 1, reviewThreshold: 0.7, failOnReview: false });
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('JUnit: a review item is no failure but system-out and a suite property; with failOnReview it is a failure', () => {
    const xml = formatJunit(report, ctx);
    const grantCase = /<testcase classname="deals\/acme.md" name="reciprocity\/one-way-grant">([\s\S]*?)<\/testcase>/.exec(xml)?.[1] ?? '';
    expect(grantCase).not.toContain('<failure');
    expect(grantCase).toContain('<system-out>needs review: confidence 0.55: 5:1 error Only Licensor grants');
    expect(xml).toContain('<property name="clausecheck.needsReview" value="1"/>');
    expect(xml).toMatch(/<testsuite name="deals\/acme.md" tests="3" failures="1"/);
    const strictXml = formatJunit(strict, ctx);
    expect(strictXml).toMatch(/<testsuite name="deals\/acme.md" tests="3" failures="2"/);
    expect(strictXml).toContain('type="error">needs review: confidence 0.55: 5:1 error Only Licensor grants');
  });

  it('Markdown: a "Needs review" section up front, a badge on the finding and a review column', () => {
    const md = formatMarkdown(report, ctx);
    expect(md).toContain('2 documents: 1 finding (0 errors, 1 warning, 0 info), 1 more needing review, 1 waived.');
    expect(md).toContain('## Needs review\n\n1 finding needs review: it rests on a clause-type tag the tagger was not sure of (confidence below 0.7); it does not fail the gate by itself. Confirm or dismiss each:\n\n- **error** `reciprocity/one-way-grant` in deals/acme.md (line 5, confidence 0.55): Only Licensor grants');
    expect(md).toContain('(`reciprocity/one-way-grant`, line 5) **⚑ needs review: confidence 0.55**');
    expect(md).toContain('| pack | error | warning | info | waived | review |');
    expect(md).toContain('| reciprocity | 0 | 0 | 0 | 0 | 1 |');
    // Without review items there is no such section.
    expect(formatMarkdown(buildReport(DOCS, [], { reviewThreshold: 0 }), ctx)).not.toContain('Needs review');
  });

  it('HTML: a badge and a marked finding, a count in the header, a review column', () => {
    const html = formatHtml(report, ctx);
    expect(html).toMatch(/<li class="finding sev-error review" [^>]*data-status="needs-review">/);
    expect(html).toContain('<span class="badge review">needs review: confidence 0.55</span>');
    expect(html).toContain('<p class="review-count">1 finding needs review: it rests on a clause-type tag the tagger was not sure of (confidence below 0.7); it does not fail the gate by itself.</p>');
    expect(html).toContain('<th>waived</th><th>review</th>');
    // Its flag in the agreement text is marked too.
    expect(html).toMatch(/<a class="flag sev-error review" [^>]*title="reciprocity\/one-way-grant: [^"]*\(needs review: confidence 0\.55\)">1<\/a>/);
    expect(formatHtml(buildReport(DOCS, [], { reviewThreshold: 0 }), ctx)).not.toContain('class="badge review"');
  });

  it('gives one count in one wording in the terminal, Markdown and HTML: open findings, then those needing review apart', () => {
    // Before: the HTML summary said '1 finding' and its document's list 'Findings (3)' (the one needing review and the
    // waived one added in); Markdown said '1 finding ...; 1 needs review', the terminal '1 problem'.
    const count = '1 finding (0 errors, 1 warning, 0 info), 1 more needing review';
    expect(formatStylish(report, ctx)).toContain(`✖ ${count}\n`);
    expect(formatMarkdown(report, ctx)).toContain(`${count}, 1 waived.`);
    const html = formatHtml(report, ctx);
    expect(html).toContain(`<p class="counts">${count}, 1 waived.</p>`);
    expect(html).toContain(`<h3>Findings</h3><p class="counts">${count}, 1 waived.</p>`);
    expect(html).not.toMatch(/Findings \(\d+\)/);
    // Nothing open: said so, with what needs review.
    const onlyReview = buildReport([{ ...REPORT.documents[0]!, findings: [WEAK] }], [], { failOn: 'error' });
    expect(formatHtml(onlyReview, ctx)).toContain('<p class="counts">No findings, 1 needing review.</p>');
    expect(formatMarkdown(onlyReview, ctx)).toContain('1 document: no findings, 1 needing review.');
  });

  it('is deterministic in every format', () => {
    const again = buildReport(DOCS, [], { failOn: 'error' });
    for (const f of [formatStylish, formatJson, formatSarif, formatJunit, formatMarkdown, formatHtml]) expect(f(again, ctx)).toBe(f(report, ctx));
  });
});

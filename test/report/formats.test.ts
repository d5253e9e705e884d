import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, loadChunkedFormatter, loadFormatter } from '../../src/report/index.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatHtml } from '../../src/report/html.js';
import { defaultContext } from '../../src/report/types.js';
import type { DocumentReport, RunReport } from '../../src/model/index.js';
import { formatJson, formatJsonChunks, renderClauses, withRenderedClauses } from '../../src/report/json.js';
import { FINDINGS, REPORT, RULES, TEXT, TEXTS } from './sample-report.js';
import { FIXTURES, run as runCli } from '../cli/helpers.js';
import { sarifValidator } from '../helpers/json-schema.js';

const ctx = defaultContext({ rules: RULES, texts: TEXTS });
const WITH_WAIVER: RunReport = {
  ...REPORT,
  documents: [{ ...REPORT.documents[0]!, findings: FINDINGS.map((f, i) => ({ ...f, fingerprint: `fp${i}`.padEnd(16, '0'), ...(f.waived ? { waiver: { reason: 'Accepted by the deal team', approvedBy: 'J. Okafor', expires: '2030-01-31' } } : {}) })) }, REPORT.documents[1]!],
};

/** Tags balance and attributes are quoted: enough to catch broken XML without an XML parser. */
function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  for (const m of xml.replace(/^<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>|<|>/g)) {
    if (m[0] === '<' || m[0] === '>') throw new Error(`stray ${m[0]} at ${m.index}`);
    const [, close, name, , selfClose] = m;
    if (selfClose) continue;
    if (close) expect(stack.pop()).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
}

describe('formatter registry', () => {
  it('names every format of the interface and loads each on demand', async () => {
    expect([...FORMAT_NAMES].sort()).toEqual(['html', 'json', 'junit', 'markdown', 'sarif', 'stylish']);
    for (const name of FORMAT_NAMES) {
      const format = await loadFormatter(name);
      const out = format(REPORT, ctx);
      expect(out.length).toBeGreaterThan(0);
      expect(format(REPORT, ctx)).toBe(out);
    }
  });

  it("gives the CLI each format's text in pieces that join to exactly the formatter's text", async () => {
    // Strings that look like the report's own layout (a "documents" member, indentation, a closing bracket) and
    // two-byte text must not confuse where the documents go.
    const tricky: RunReport = {
      ...WITH_WAIVER,
      documents: [
        ...WITH_WAIVER.documents,
        { ...REPORT.documents[1]!, path: 'deals/\n  "documents": [\n    0\n  ]\u2019.md', parties: [{ name: 'Ünïcode “Ltd”\n  ]', aliases: [] }] },
      ],
      waivers: [{ status: 'unmatched', rule: 'x/y', clause: '4.2', expires: '2030-01-31', approvedBy: 'J. Okafor', reason: '"documents": []' }],
    };
    for (const report of [REPORT, WITH_WAIVER, tricky, { ...REPORT, documents: [] }, { ...REPORT, documents: [REPORT.documents[0]!] }]) {
      for (const name of FORMAT_NAMES) {
        const pieces = [...(await loadChunkedFormatter(name))(report, ctx)];
        expect(pieces.join('')).toBe((await loadFormatter(name))(report, ctx));
        if (name === 'json' && report.documents.length > 1) expect(pieces.length).toBeGreaterThan(report.documents.length);
      }
    }
  });

  it('writes clauses rendered ahead (as a worker thread sends them) exactly where and as their objects would be', () => {
    // A heading that spells the placeholder the pieces are joined at, with a two-byte character.
    const withClauses = (d: DocumentReport): DocumentReport => ({ ...d, clauses: d.clauses.flatMap((c) => [c, { ...c, id: `${c.id}x`, heading: '"clauses": [\n        0\n      ]’' }]) });
    const report: RunReport = { ...WITH_WAIVER, documents: [...WITH_WAIVER.documents.map(withClauses), { ...REPORT.documents[1]!, clauses: [] }] };
    const rendered: RunReport = { ...report, documents: report.documents.map((d) => withRenderedClauses(d, renderClauses(d.clauses))) };
    expect(rendered.documents.every((d) => d.clauses.length === 0)).toBe(true);
    expect(formatJson(rendered)).toBe(formatJson(report));
    expect([...formatJsonChunks(rendered)].join('')).toBe(formatJson(report));
  });
});

describe('sarif', () => {
  const log = JSON.parse(formatSarif(WITH_WAIVER, ctx)) as Sarif.Log;
  const run = log.runs[0]!;

  it('validates against the SARIF 2.1.0 schema (and the check can fail)', () => {
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(log);
    (broken.runs[0]!.results![0] as { level: string }).level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('validates for a real run too, with waivers, suppressions and a baseline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-sarif-'));
    const doc = join(dir, 'deal.md');
    writeFileSync(doc, readFileSync(join(FIXTURES, 'placeholder-license.md'), 'utf8').replace('2.1 Counterparty', '<!-- clausecheck-disable-next-clause monetization/* -- agreed in the term sheet -->\n\n2.1 Counterparty'));
    writeFileSync(join(dir, 'w.json'), JSON.stringify({ waivers: [{ rule: 'precision/placeholder', clause: '2.1', reason: 'filled at signing', approvedBy: 'GC', expires: '2099-01-01' }] }));
    const baseline = await runCli(['check', doc, '--format', 'json']);
    writeFileSync(join(dir, 'base.json'), baseline.stdout);
    const r = await runCli(['check', doc, '--format', 'sarif', '--waivers', join(dir, 'w.json'), '--baseline', join(dir, 'base.json')]);
    const real = JSON.parse(r.stdout) as Sarif.Log;
    const validate = sarifValidator();
    expect(validate(real), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const results = real.runs[0]!.results!;
    expect(results.some((x) => x.suppressions?.[0]?.kind === 'external')).toBe(true);
    expect(results.some((x) => x.suppressions?.[0]?.kind === 'inSource')).toBe(true);
    expect(results.every((x) => x.baselineState === 'unchanged')).toBe(true);
  });

  it('describes every rule with help text and maps severities to levels', () => {
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.rules!.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const placeholder = run.tool.driver.rules!.find((r) => r.id === 'precision/placeholder')!;
    expect(placeholder.help!.text).toBe('Fill every blank.');
    expect(placeholder.defaultConfiguration!.level).toBe('error');
    expect(run.results!.map((r) => r.level)).toEqual(['error', 'warning', 'note']);
  });

  it('gives regions with line, column, character offset and length, and fingerprints', () => {
    const r = run.results![1]!;
    const region = r.locations![0]!.physicalLocation!.region!;
    expect(region).toMatchObject({ startLine: 9, startColumn: 37, charOffset: TEXT.indexOf('[TBD]'), charLength: 5, endLine: 9, endColumn: 42 });
    expect(TEXT.substr(region.charOffset!, region.charLength!)).toBe('[TBD]');
    expect(r.partialFingerprints).toEqual({ 'clausecheck/clause/v1': 'fp10000000000000' });
    expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId);
    expect(run.artifacts![0]).toEqual({ location: { uri: 'deals/acme.md' }, hashes: { 'sha-256': 'a'.repeat(64) } });
  });

  it('gives a .docx or .html document no region (its positions are in the extracted text), but the clause and the text region', () => {
    for (const format of ['docx', 'html'] as const) {
      const doc = { ...REPORT.documents[0]!, path: `deals/acme.${format}`, format };
      const out = JSON.parse(formatSarif({ ...REPORT, documents: [doc] }, { ...ctx, texts: new Map([[doc.path, TEXT]]) })) as Sarif.Log;
      const validate = sarifValidator();
      expect(validate(out), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      const r = out.runs[0]!.results![1]!;
      const location = r.locations![0]!;
      expect(location.physicalLocation).toEqual({ artifactLocation: { uri: `deals/acme.${format}`, index: 0 } });
      expect(location.logicalLocations![0]!.name).toBeTruthy();
      expect(r.properties!['textRegion']).toMatchObject({ startLine: 9, startColumn: 37, charOffset: TEXT.indexOf('[TBD]'), charLength: 5 });
    }
  });

  it('near miss: Markdown and plain text keep their region, with no textRegion', () => {
    for (const format of ['markdown', 'text'] as const) {
      const doc = { ...REPORT.documents[0]!, format };
      const r = (JSON.parse(formatSarif({ ...REPORT, documents: [doc] }, ctx)) as Sarif.Log).runs[0]!.results![1]!;
      expect(r.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: 9, startColumn: 37 });
      expect(r.properties!['textRegion']).toBeUndefined();
    }
  });

  it('gives absolute paths as file: URIs and keeps relative ones relative', () => {
    const abs = { ...REPORT, documents: [{ ...REPORT.documents[0]!, path: '/deals/Q3 draft.md' }] };
    const out = JSON.parse(formatSarif(abs, ctx)) as Sarif.Log;
    expect(out.runs[0]!.artifacts![0]!.location!.uri).toBe('file:///deals/Q3%20draft.md');
    expect(run.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('deals/acme.md');
  });

  it('records waived findings as accepted suppressions with the justification', () => {
    const waived = run.results!.find((r) => r.ruleId === 'monetization/audit-missing')!;
    expect(waived.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'Accepted by the deal team (approved by J. Okafor, expires 2030-01-31)' }]);
    expect(run.results!.filter((r) => r.suppressions).length).toBe(1);
  });
});

describe('junit', () => {
  const xml = formatJunit(WITH_WAIVER, ctx);

  it('is well-formed XML with one testsuite per document and one testcase per rule', () => {
    assertWellFormedXml(xml);
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml.match(/<testcase /g)).toHaveLength(2 * RULES.length);
    expect(xml).toContain('<testsuite name="deals/acme.md" tests="3" failures="2" errors="0" skipped="0">');
    expect(xml).toContain('<testsuite name="deals/clean.md" tests="3" failures="0" errors="0" skipped="0">');
  });

  it('fails a rule for its unwaived findings only, and escapes text', () => {
    expect(xml).toMatch(/name="reciprocity\/one-way-grant">\s*<failure message="Only Licensor grants a licence; the other direction is missing" type="error">/);
    expect(xml).toMatch(/name="monetization\/audit-missing">\s*<system-out>waived:/);
    const nasty = { ...WITH_WAIVER, documents: [{ ...WITH_WAIVER.documents[0]!, findings: [{ ...FINDINGS[0]!, message: 'a <b> & "c"' }] }] };
    const out = formatJunit(nasty, ctx);
    assertWellFormedXml(out);
    expect(out).toContain('message="a &lt;b&gt; &amp; &quot;c&quot;"');
  });
});

describe('markdown', () => {
  const md = formatMarkdown(WITH_WAIVER, ctx);

  it('opens with the gate and a summary by pack and severity', () => {
    expect(md.startsWith('# Agreement review\n\n**Gate: FAIL**')).toBe(true);
    expect(md).toContain('| monetization | 0 | 0 | 0 | 1 |');
    expect(md).toContain('| precision | 0 | 1 | 0 | 0 |');
    expect(md).toContain('| reciprocity | 1 | 0 | 0 | 0 |');
  });

  it('titles a clause once ("Section 1.2", "§ 3 Royalties", not "§ Section 1.2" or "§ § 3"), and an untitled preamble by its kind', () => {
    const base = FINDINGS[0]!;
    const doc = { ...REPORT.documents[0]!, findings: [
      { ...base, clauseId: 'c1', clauseNumber: null, heading: null, line: 1 },
      { ...base, clauseId: 'c3', clauseNumber: 'Section 1.2', heading: null },
      { ...base, clauseId: 'c5', clauseNumber: '§ 3', heading: 'Royalties' },
    ] };
    const titles = formatMarkdown({ ...REPORT, documents: [doc] }, ctx).split('\n').filter((l) => l.startsWith('### '));
    expect(titles).toEqual(['### Preamble', '### Section 1.2', '### § 3 Royalties']);
    const html = formatHtml({ ...REPORT, documents: [doc] }, ctx);
    expect(html).toContain('href="#d0-c3">Section 1.2</a>');
    expect(html).toContain('href="#d0-c5">§ 3 Royalties</a>');
  });

  it('lists findings by clause in document order, with evidence, recommendation and waiver', () => {
    const grant = md.indexOf('### § 2.1 Grant of Licenses');
    const royalties = md.indexOf('### § 4.1 Royalties');
    expect(grant).toBeGreaterThan(0);
    expect(royalties).toBeGreaterThan(grant);
    expect(md).toContain('- **error**: Only Licensor grants a licence; the other direction is missing (`reciprocity/one-way-grant`, line 5)');
    expect(md).toContain('  - Recommendation: Add the reciprocal grant from Licensee to Licensor.');
    expect(md).toContain('  - Waived: Accepted by the deal team (approved by J. Okafor, until 2030-01-31)');
    expect(md).toContain('## deals/clean.md\n\nKind: other');
  });
});

describe('html', () => {
  const html = formatHtml(WITH_WAIVER, ctx);

  it('is one self-contained file: no scripts, no external links or assets', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(?:src|href)="(?!#)/);
    expect(html).toContain('@media print');
  });

  it('links each finding to its clause and its place in the text, and back', () => {
    const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]));
    for (const m of html.matchAll(/href="#([^"]+)"/g)) expect(ids.has(m[1]), `dangling link #${m[1]}`).toBe(true);
    expect(html).toContain('<a class="to-clause" href="#d0-c3">§ 2.1 Grant of Licenses</a>');
    expect(html).toContain('<a class="flag sev-warning" id="d0-at2" href="#d0-f2"');
    // The highlighted span is exactly the finding's text.
    expect(html).toContain('<a class="hl sev-warning" href="#d0-f2" data-findings="2">[TBD]</a>');
  });

  it('shows the whole agreement text, escaped', () => {
    const visible = html.slice(html.indexOf('<div class="agreement">')).replace(/<a class="flag[^>]*>\d+<\/a>/g, '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
    for (const line of TEXT.split('\n').filter(Boolean)) expect(visible).toContain(line);
    const nasty = formatHtml({ ...REPORT, documents: [{ ...REPORT.documents[0]!, path: '<x>.md', findings: [] }] }, defaultContext({ texts: new Map([['<x>.md', '<script>alert(1)</script>']]) }));
    expect(nasty).not.toContain('<script>');
    expect(nasty).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('a list item in every text report', () => {
  // A finding carries only its clause's own number, "(b)"; an agreement has many a (b). Reports name the item with
  // its section, as the messages do ("Section 9.1(b)"), also when worker threads checked the document.
  const AGREEMENT = `# PATENT CROSS-LICENSE AGREEMENT

This Patent Cross-License Agreement is entered into by Northwind Semiconductor Corp. ("Northwind") and Kestrel Optics Ltd. ("Kestrel").

## 3. Licences

3.1 Northwind hereby grants to Kestrel a non-exclusive licence under the Northwind Patents to make and sell Kestrel Products.

## 9. Covenants

9.1 Kestrel covenants as follows:

(a) Kestrel shall keep complete records of the Kestrel Products sold.

(b) Kestrel shall not challenge the validity of any Northwind Patent.

9.2 Northwind covenants as follows:

(a) Northwind shall pay the maintenance fees of the Northwind Patents.

(b) Northwind shall not assert the Northwind Patents against Kestrel's distributors.
`;
  const dir = mkdtempSync(join(tmpdir(), 'clausecheck-items-'));
  const doc = join(dir, 'licence.md');
  writeFileSync(doc, AGREEMENT);
  const check = (format: string, jobs = '1') => runCli(['check', doc, '--format', format, '--fail-on', 'never', '--no-color', '--jobs', jobs]);

  it('titles the item "Section 9.1(b)" in stylish, Markdown, HTML, JUnit and SARIF, never "§ (b)"', async () => {
    const json = JSON.parse((await check('json')).stdout) as RunReport;
    const finding = json.documents[0]!.findings.find((f) => f.ruleId === 'antitrust/no-challenge')!;
    expect(finding.clauseNumber).toBe('(b)');
    const stylish = (await check('stylish')).stdout;
    expect(stylish).toMatch(/^ +Section 9\.1\(b\)$/m);
    expect(stylish).not.toMatch(/§ \(/);
    const markdown = (await check('markdown')).stdout;
    expect(markdown).toContain('### Section 9.1(b)\n');
    expect(markdown).not.toMatch(/§ \(/);
    const html = (await check('html')).stdout;
    expect(html).toContain(`href="#d0-${finding.clauseId}">Section 9.1(b)</a>`);
    expect(html).not.toMatch(/§ \(/);
    expect((await check('junit')).stdout).toContain('[Section 9.1(b)]');
    const sarif = JSON.parse((await check('sarif')).stdout) as Sarif.Log;
    const names = sarif.runs[0]!.results!.map((r) => r.locations![0]!.logicalLocations![0]!.name);
    expect(names).toContain('Section 9.1(b)');
    expect(names).not.toContain('(b)');
    // Worker threads send the same clauses.
    expect((await check('markdown', '2')).stdout).toBe(markdown);
  });
});

describe('a paragraph with no number or heading of its own', () => {
  // "the clause at line 14" sends counsel to count lines: the paragraph is named by the clause it is in.
  const AGREEMENT = [
    'PATENT LICENSE AGREEMENT',
    'This Patent License Agreement is made as of [___], 2026 between Alpha Devices, Inc. ("Alpha") and Beta Systems GmbH ("Beta").',
    'ARTICLE I\nLICENSE',
    'Grant of License. Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents to make and sell Licensed Products.',
    'The licence includes the right to have Licensed Products made by contract manufacturers.',
    'Validity. Beta acknowledges that the Alpha Patents are valid.',
    'Beta shall not challenge the validity of any Alpha Patent.',
  ].join('\n\n');
  const dir = mkdtempSync(join(tmpdir(), 'clausecheck-paragraphs-'));
  const doc = join(dir, 'licence.txt');
  writeFileSync(doc, AGREEMENT);
  const check = (format: string) => runCli(['check', doc, '--format', format, '--fail-on', 'never', '--no-color']);

  it('is named "the paragraph at line 14 of ARTICLE I (LICENSE)" or "... of the preamble" in messages, and so in every text report', async () => {
    const json = JSON.parse((await check('json')).stdout) as RunReport;
    const finding = json.documents[0]!.findings.find((f) => f.ruleId === 'antitrust/no-challenge')!;
    expect([finding.clauseNumber, finding.heading]).toEqual([null, null]);
    expect(finding.message).toMatch(/^The paragraph at line 14 of ARTICLE I \(LICENSE\) bars a party/);
    expect((await check('markdown')).stdout).toContain('### ARTICLE I LICENSE, paragraph at line 14\n');
    expect((await check('stylish')).stdout).toMatch(/^ +ARTICLE I LICENSE, paragraph at line 14$/m);
    expect((await check('html')).stdout).toContain(`href="#d0-${finding.clauseId}">ARTICLE I LICENSE, paragraph at line 14</a>`);
    expect((await check('junit')).stdout).toContain('[ARTICLE I LICENSE, paragraph at line 14]');
    // A paragraph of an unnumbered preamble is named by it.
    const placeholder = json.documents[0]!.findings.find((f) => f.ruleId === 'precision/placeholder')!;
    expect(placeholder.message).toMatch(/^The paragraph at line 3 of the preamble is still to be completed at "/);
  });
});

describe("a schedule's numbered paragraph in every text report", () => {
  // The messages name a schedule's paragraph 'SCHEDULE 2, paragraph 3' (rules/context.ts); the place line beside them
  // read 'Paragraph 3' (the message's word before the number), which sends counsel to the body's clause 3.
  const AGREEMENT = [
    'PATENT CROSS-LICENCE AGREEMENT',
    'This Agreement is made on 1 March 2026 between Kestrel Optics Limited ("Kestrel") and Umbra Systems GmbH ("Umbra").',
    '1. DEFINITIONS',
    '1.1 "Licensed Patents" means the patents listed in Schedule 1.',
    '2. GRANT',
    '2.1 Kestrel grants to Umbra a non-exclusive licence under the Licensed Patents, subject to the payment terms in Schedule 2.',
    '2.2 The licence fee shall be paid promptly after the Effective Date.',
    'SIGNED by Kestrel Optics Limited\n\nBy: ______________________',
    'SIGNED by Umbra Systems GmbH\n\nBy: ______________________',
    'SCHEDULE 1\nLICENSED PATENTS',
    '1. EP 3 456 789 B1, Optical sensor array.',
    'SCHEDULE 2\nPAYMENT TERMS',
    '1. Umbra shall pay the fees in euro.',
    '2. Umbra shall pay each invoice within thirty (30) days.',
    '3. Royalties shall be paid at a rate to be agreed in good faith [TBD].',
    '4. Each Party shall:',
    '(a) keep complete records of its sales; and',
    '(b) use its best efforts to keep the Licensed Patents in force.',
  ].join('\n\n');
  const dir = mkdtempSync(join(tmpdir(), 'clausecheck-schedule-'));
  const doc = join(dir, 'licence.txt');
  writeFileSync(doc, AGREEMENT);
  const check = (format: string) => runCli(['check', doc, '--format', format, '--fail-on', 'never', '--no-color']);

  it('is named "SCHEDULE 2, paragraph 3" as the message names it, and its item "SCHEDULE 2, paragraph 4(b)"; a body clause keeps its mark', async () => {
    const json = JSON.parse((await check('json')).stdout) as RunReport;
    const findings = json.documents[0]!.findings;
    const placeholder = findings.find((f) => f.ruleId === 'precision/placeholder' && f.message.includes('[TBD]'))!;
    expect(placeholder.message).toMatch(/^SCHEDULE 2, paragraph 3 is still to be completed/);
    expect(findings.some((f) => f.clauseNumber === '(b)')).toBe(true);
    const body = findings.find((f) => f.ruleId === 'precision/vague-term' && f.clauseNumber === '2.2')!;
    expect(body.message).toMatch(/^Section 2\.2 /);
    const stylish = (await check('stylish')).stdout;
    expect(stylish).toMatch(/^ +SCHEDULE 2, paragraph 3$/m);
    expect(stylish).toMatch(/^ +SCHEDULE 2, paragraph 4\(b\)$/m);
    expect(stylish).toMatch(/^ +§ 2\.2$/m);
    expect(stylish).not.toMatch(/^ +(?:Paragraph|§) [34]\b/m);
    const markdown = (await check('markdown')).stdout;
    expect(markdown).toContain('### SCHEDULE 2, paragraph 3\n');
    expect(markdown).toContain('### SCHEDULE 2, paragraph 4(b)\n');
    expect((await check('html')).stdout).toContain(`href="#d0-${placeholder.clauseId}">SCHEDULE 2, paragraph 3</a>`);
    expect((await check('junit')).stdout).toContain('[SCHEDULE 2, paragraph 3]');
    const sarif = JSON.parse((await check('sarif')).stdout) as Sarif.Log;
    const names = sarif.runs[0]!.results!.map((r) => r.locations![0]!.logicalLocations![0]!.name);
    expect(names).toContain('SCHEDULE 2, paragraph 3');
    expect(names).toContain('2.2');
  });
});

describe("a numbered clause's opening words before its items", () => {
  // The splitter keeps the lead-in of '1.2 ... except where Beta:' as 1.2's first child (every paragraph a leaf), and
  // messages named it 'the paragraph at line 9 of Section 1.2': the words are 1.2's own, and counsel reads them so.
  const AGREEMENT = [
    'PATENT LICENSE AGREEMENT',
    'This Patent License Agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems GmbH ("Beta").',
    '1. LICENSE',
    '1.1 Grant. Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents to make and sell Licensed Products.',
    '1.2 Beta shall not challenge the validity of any Alpha Patent, nor assist any third party to challenge it, except where Beta:\n(a) is ordered to do so by a court of competent jurisdiction; or\n(b) is sued by Alpha for infringement of that Alpha Patent.',
    '1.3 Reports.',
    'Beta shall send Alpha a report of its sales of Licensed Products within thirty (30) days after each calendar quarter.',
    'Beta shall keep complete records of those sales and make them available to Alpha upon reasonable notice.',
    'Each report shall state the number of Licensed Products sold, the gross price of each and the royalty due on them.',
  ].join('\n\n');
  const dir = mkdtempSync(join(tmpdir(), 'clausecheck-lead-in-'));
  const doc = join(dir, 'licence.txt');
  writeFileSync(doc, AGREEMENT);
  const check = (format: string) => runCli(['check', doc, '--format', format, '--fail-on', 'never', '--no-color']);

  it('names them "Section 1.2" in the message and "§ 1.2" as the place, in every text report', async () => {
    const json = JSON.parse((await check('json')).stdout) as RunReport;
    const finding = json.documents[0]!.findings.find((f) => f.ruleId === 'antitrust/no-challenge')!;
    // still the lead-in paragraph's finding (the tree keeps it a leaf), named as its clause
    expect(json.documents[0]!.clauses.find((c) => c.id === finding.clauseId)).toMatchObject({ number: null, line: 9 });
    expect(finding.message).toMatch(/^Section 1\.2 bars a party/);
    // and the finding carries 1.2's number, as one on 1.2's own text does (JUnit writes it as for any numbered clause)
    expect(finding.clauseNumber).toBe('1.2');
    expect((await check('stylish')).stdout).toMatch(/^ +§ 1\.2$/m);
    expect((await check('markdown')).stdout).toContain('### § 1.2\n');
    expect((await check('junit')).stdout).toContain('[1.2]');
  });

  it('keeps "the paragraph at line N" for a paragraph under a heading on its own line', async () => {
    const json = JSON.parse((await check('json')).stdout) as RunReport;
    const vague = json.documents[0]!.findings.find((f) => f.ruleId === 'precision/vague-term')!;
    expect(vague.message).toMatch(/^The paragraph at line 17 of Section 1\.3 \(Reports\) qualifies/);
    expect((await check('stylish')).stdout).toMatch(/^ +§ 1\.3 Reports, paragraph at line 17$/m);
  });
});

describe('a finding on no named clause', () => {
  // Stylish said "(no numbered clause)", Markdown and HTML "Clause at line 3", SARIF and JUnit "Document" for the
  // same unheaded paragraph outside any division: each format now names it as the message does, and keeps
  // "Document" for a finding on no clause at all.
  const text = [
    'SOFTWARE LICENSE ADDENDUM',
    '',
    'The attached Schedule [A] is hereby incorporated into this Addendum describing the Licensed Software.',
    '',
  ].join('\n');
  const placeholderAt = text.indexOf('[A]');
  const doc: DocumentReport = {
    path: 'deals/addendum.txt', sha256: 'c'.repeat(64), format: 'text', kind: 'license', parties: [],
    clauses: [
      { id: 'c1', number: null, heading: 'SOFTWARE LICENSE ADDENDUM', kind: 'preamble', depth: 1, parentId: null, start: 0, end: 25, line: 1, column: 1, types: [] },
      { id: 'c2', number: null, heading: null, kind: 'clause', depth: 1, parentId: null, start: 27, end: text.length - 1, line: 3, column: 1, types: [] },
    ],
    findings: [
      { ...FINDINGS[1]!, message: 'the clause at line 3 still contains a placeholder: "[A]"', clauseId: 'c2', clauseNumber: null, heading: null, start: placeholderAt, end: placeholderAt + 3, line: 3, column: placeholderAt - 26, evidence: '[A]' },
      { ...FINDINGS[2]!, message: 'No governing-law clause', clauseId: null, clauseNumber: null, heading: null, start: 0, end: 0, line: 1, column: 1, evidence: '', waived: false },
    ],
  };
  const report: RunReport = { ...REPORT, documents: [doc], summary: { documents: 1, findings: { error: 0, warning: 1, info: 1 }, waived: 0, needsReview: 0, gate: 'fail' } };
  const context = defaultContext({ rules: RULES, texts: new Map([[doc.path, text]]) });

  it('is "Clause at line 3" or "Document" in every format', async () => {
    const stylish = (await loadFormatter('stylish'))(report, context);
    expect(stylish).not.toContain('(no numbered clause)');
    expect(stylish).toMatch(/^ +Clause at line 3$/m);
    expect(stylish).toMatch(/^ +Document$/m);
    const md = formatMarkdown(report, context);
    expect(md).toContain('### Clause at line 3\n');
    expect(md).toContain('### Document\n');
    const sarifNames = (JSON.parse(formatSarif(report, context)) as Sarif.Log).runs[0]!.results!.map((r) => r.locations![0]!.logicalLocations![0]!.name);
    expect(sarifNames).toEqual(['Clause at line 3', 'Document']);
    const junit = formatJunit(report, context);
    expect(junit).toContain('[Clause at line 3]');
    expect(junit).toContain('[Document]');
    const html = formatHtml(report, context);
    expect(html).toContain('>Clause at line 3</a>');
    expect(html).toContain('<span class="to-clause">Document</span>');
  });
});

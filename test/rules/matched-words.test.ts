// {{matched}} names the words that put the finding where it is. A rule author (author24) found it mixing two patterns:
// the trigger is the first `require` match, and the "other matches" it added were the query's `text` ('gives a covenant
// not to sue for less than five years ("for a period of two (2) years" and "covenants not to sue")'); and in a
// variant's message it named the rule's words, not the variant's ('lets the auditor come "may at any time have an
// independent accountant audit" and "audit the other Party's books and records"'), where the variant's own `require`
// ('at any time') is what the message is about.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { loadPack } from '../../src/rules/index.js';

const dir = mkdtempSync(join(tmpdir(), 'clausecheck-matched-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rule = (name: string, params: Record<string, unknown>, message: string, variants?: unknown[]) => ({
  id: `house/${name}`,
  severity: 'warning',
  title: name,
  scope: 'clause',
  conditions: { all: [{ fact: 'clauses', params, operator: 'nonEmpty', value: true }] },
  message,
  rationale: 'Why.',
  recommendation: 'What to do.',
  ...(variants ? { variants } : {}),
});
const RULES = [
  rule('covenant-term', { text: '\\bcovenants?\\s+not\\s+to\\s+sue\\b', require: ['\\bfor\\s+a\\s+period\\s+of\\s+(?:one|two|three|four)\\s+\\(\\d\\)\\s+years?\\b'] },
    '{{clause}} gives a covenant not to sue for less than five years ("{{matched}}")'),
  rule('audit-frequency', { text: '\\baudit\\w*', require: ['\\bmay\\b[^.;]{0,120}\\baudit\\b'] }, '{{clause}} gives an unlimited audit right ("{{matched}}")', [
    { require: '\\bat\\s+any\\s+time\\b', severity: 'error', message: '{{clause}} lets the auditor come "{{matched}}"' },
    { exclude: '\\bonce\\b', severity: 'warning', message: '{{clause}} sets no yearly limit ("{{matched}}")' },
  ]),
];
writeFileSync(join(dir, 'pack.json'), JSON.stringify({ id: 'house', version: '1.0.0', description: 'House positions.', rules: RULES.map((r) => r.id.split('/')[1]) }));
for (const r of RULES) writeFileSync(join(dir, `${r.id.split('/')[1]}.json`), JSON.stringify(r));

const messages = async (text: string) => (await checkDocument(sourceFromText(text, 'a.md', 'markdown'), [loadPack(dir)])).findings.map((f) => [f.ruleId, f.severity, f.message]);

describe('{{matched}}', () => {
  it("names the trigger's pattern's matches, not the query's text beside them", async () => {
    const text = '## 4. Covenant\n\n4.1 Vega covenants not to sue Orion for a period of two (2) years, and Orion covenants not to sue Vega for a period of three (3) years.\n';
    expect(await messages(text)).toEqual([['house/covenant-term', 'warning', 'Section 4.1 gives a covenant not to sue for less than five years ("for a period of two (2) years" and "for a period of three (3) years")']]);
  });

  it("in a variant's message, names the variant's words", async () => {
    const text = '## 5. Audit\n\n5.2 Alpha may at any time have an independent accountant audit the books and records of Beta.\n';
    expect(await messages(text)).toEqual([['house/audit-frequency', 'error', 'Section 5.2 lets the auditor come "at any time"']]);
  });

  it("in a variant with no require, names the rule's words (near miss)", async () => {
    const text = '## 5. Audit\n\n5.2 Alpha may have an independent accountant audit the books and records of Beta.\n';
    expect(await messages(text)).toEqual([['house/audit-frequency', 'warning', 'Section 5.2 sets no yearly limit ("may have an independent accountant audit")']]);
  });
});

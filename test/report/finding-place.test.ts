// A finding's `place` names where it is as the human formats do: a list item with its section ('Section 4.1(b)',
// where `clauseNumber` is the item's own '(b)'), a numbered clause with its mark ('§ 4 REPORTS AND PAYMENT'), and a
// clause with a heading and no number by its heading alone (Markdown and HTML wrote '§ TECHNOLOGY LICENCE
// AGREEMENT', though '§' marks a number and the terminal showed the heading alone).
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { RunReportSchema } from '../../src/report/schema.js';
import { formatStylish } from '../../src/report/stylish.js';
import { defaultContext } from '../../src/report/types.js';

const text = `TECHNOLOGY LICENCE AGREEMENT

This Technology Licence Agreement is made between Marrow Sensors Pty Ltd ("Marrow") and Oskland Devices GmbH ("Oskland").

4. REPORTS AND PAYMENT

4.1 Reports.

(a) Oskland shall deliver a royalty report within thirty (30) days after the end of each calendar quarter.

(b) Oskland shall promptly notify Marrow of any error in a report and shall use reasonable efforts to correct it.

4.2 Advance. Oskland shall pay Marrow an advance of EUR 50,000 on signature of this Agreement.
`;

describe("a finding's place", () => {
  it('names a list item with its section, where clauseNumber is the item alone', async () => {
    const report = await check([sourceFromText(text, 'licence.txt')], { failOn: 'never' });
    const vague = report.documents[0]!.findings.find((f) => f.ruleId === 'precision/vague-term');
    expect([vague?.clauseNumber, vague?.place]).toEqual(['(b)', 'Section 4.1(b)']);
    // near miss: a numbered clause is placed by its own number and heading
    const renewal = report.documents[0]!.findings.find((f) => f.ruleId === 'monetization/renewal-triggers-missing');
    expect([renewal?.clauseNumber, renewal?.place]).toEqual(['4', '§ 4 REPORTS AND PAYMENT']);
  });

  it('names a clause with a heading and no number by its heading, in every format', async () => {
    const report = await check([sourceFromText(text, 'licence.txt')], { failOn: 'never' });
    const missing = report.documents[0]!.findings.find((f) => f.ruleId === 'exit/termination-missing');
    expect([missing?.clauseNumber, missing?.place]).toEqual([null, 'TECHNOLOGY LICENCE AGREEMENT']);
    const ctx = defaultContext({ failOn: 'never' });
    expect(formatMarkdown(report, ctx)).toContain('TECHNOLOGY LICENCE AGREEMENT');
    expect(formatMarkdown(report, ctx)).not.toContain('§ TECHNOLOGY');
  });

  it('is the place line the terminal prints under each finding, and the report stays valid', async () => {
    const report = await check([sourceFromText(text, 'licence.txt')], { failOn: 'never' });
    const findings = report.documents[0]!.findings;
    expect(findings.length).toBeGreaterThan(3);
    const lines = formatStylish(report, defaultContext({ failOn: 'never' })).split('\n');
    for (const f of findings) {
      const at = lines.findIndex((l) => l.includes(f.message.slice(0, 40)) && l.includes(f.ruleId));
      expect([f.ruleId, lines[at + 1]?.trim()]).toEqual([f.ruleId, f.place]);
    }
    expect(RunReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
  });
});

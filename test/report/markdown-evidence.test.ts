// Markdown's evidence line: the document's words quoted, what was looked for outside the quotes, nothing twice.
import { describe, expect, it } from 'vitest';
import { evidenceLine } from '../../src/report/markdown.js';

describe('Markdown evidence line', () => {
  it('does not quote what was looked for as if the document said it', () => {
    expect(evidenceLine({ message: 'Control of post-grant proceedings is not assigned.', evidence: 'looked for: control of reissues, re-examinations or other post-grant proceedings' })).toBe(
      '  - Looked for and not found: control of reissues, re-examinations or other post-grant proceedings',
    );
    expect(evidenceLine({ message: 'A royalty is due but its terms are incomplete (looked for: a royalty base).', evidence: 'Beta shall pay Alpha a royalty. — looked for: a royalty base' })).toBe(
      '  - Evidence: “Beta shall pay Alpha a royalty.” — looked for: a royalty base',
    );
  });

  it('leaves out evidence the message already quotes, and quotes the rest', () => {
    expect(evidenceLine({ message: 'Section 4.1 limits output: "Beta shall not make more than 40,000 units."', evidence: 'Beta shall not make more than 40,000 units.' })).toBeNull();
    expect(evidenceLine({ message: 'Defined in Section 1.5 but used nowhere in the agreement: "Know-How Package".', evidence: '"Know-How Package" means the drawings.' })).toBe('  - Evidence: “"Know-How Package" means the drawings.”');
  });

  it('leaves out an excerpt the message quotes with its own quotation marks nested, in Markdown, stylish and HTML alike', async () => {
    const f = {
      message: "Section 4.1 (Royalty) defines \"Net Sales\" (also defined in Section 1.9) with different words: \"For the purposes of this Section 4.1, 'Net Sales' means the gross amounts received by Ysolde.\"",
      evidence: 'For the purposes of this Section 4.1, "Net Sales" means the gross amounts received by Ysolde.',
    };
    expect(evidenceLine(f)).toBeNull();
    const { messageSaysEvidence } = await import('../../src/report/common.js');
    expect(messageSaysEvidence(f.message, f.evidence)).toBe(true);
    const { formatHtml } = await import('../../src/report/html.js');
    const { defaultContext } = await import('../../src/report/types.js');
    const { REPORT } = await import('./sample-report.js');
    const [doc] = REPORT.documents;
    const finding = { ...doc!.findings[0]!, ...f };
    const html = formatHtml({ ...REPORT, documents: [{ ...doc!, findings: [finding] }] }, defaultContext());
    expect(html).not.toContain('<strong>Evidence:</strong>');
    // SARIF's message and JUnit's failure text do not repeat it either
    const { toSarif } = await import('../../src/report/sarif.js');
    const { formatJunit } = await import('../../src/report/junit.js');
    const once = { ...REPORT, documents: [{ ...doc!, findings: [finding] }] };
    expect(toSarif(once, defaultContext()).runs[0]?.results?.[0]?.message.text).toBe(f.message);
    expect(formatJunit(once, defaultContext({ rules: [{ id: finding.ruleId, pack: finding.pack, severity: finding.severity, title: 't', rationale: '', recommendation: '', references: [] }] }))).not.toContain('evidence:');
    // near miss: what a message does not say stays in SARIF's text
    const other = { ...REPORT, documents: [{ ...doc!, findings: [{ ...finding, evidence: 'Net Sales are reported quarterly.' }] }] };
    expect(toSarif(other, defaultContext()).runs[0]?.results?.[0]?.message.text).toBe(`${f.message} Evidence: Net Sales are reported quarterly.`);
    // near miss: an excerpt the message does not quote is still shown
    expect(formatHtml({ ...REPORT, documents: [{ ...doc!, findings: [{ ...finding, evidence: 'Net Sales are reported quarterly.' }] }] }, defaultContext())).toContain('<strong>Evidence:</strong> Net Sales are reported quarterly.');
  });

  it('says nothing of what was looked for when the message already names all of it', () => {
    expect(evidenceLine({ message: 'No transition assistance or bridging licence is offered.', evidence: 'looked for: transition assistance or a bridging licence' })).toBeNull();
    expect(evidenceLine({ message: 'It is not stated which licences and obligations survive termination or expiry.', evidence: 'looked for: a survival clause' })).toBeNull();
  });
});

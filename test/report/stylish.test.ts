import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/report/stylish.js';
import { defaultContext } from '../../src/report/types.js';
import { REPORT, RULES, TEXTS } from './sample-report.js';

const ctx = defaultContext({ rules: RULES, texts: TEXTS });

describe('stylish formatter', () => {
  const out = formatStylish(REPORT, ctx);
  const lines = out.split('\n');

  it('prints a header per document with findings, and one aligned line per finding', () => {
    expect(lines[0]).toBe('deals/acme.md');
    expect(lines).not.toContain('deals/clean.md');
    expect(lines[1]).toBe('  5:1   error    Only Licensor grants a licence; the other direction is missing  reciprocity/one-way-grant');
    expect(out).toContain('  9:37  warning  Unfilled placeholder [TBD]  precision/placeholder');
    expect(out).toContain('  9:1   info     A royalty is due but there are no audit rights (waived)  monetization/audit-missing');
  });

  it('indents the clause, evidence and recommendation under the message', () => {
    const i = lines.indexOf('  5:1   error    Only Licensor grants a licence; the other direction is missing  reciprocity/one-way-grant');
    expect(lines[i + 1]).toBe('                 § 2.1 Grant of Licenses');
    expect(lines[i + 2]).toBe('                 evidence: Licensor hereby grants to Licensee an exclusive license');
    expect(lines[i + 3]).toBe('                 fix: Add the reciprocal grant from Licensee to Licensor.');
  });

  it('marks a clause number with "§" once: not before "Section 1.2", "ARTICLE 2", "Art. 12" or "§ 3"', () => {
    const base = REPORT.documents[0]!.findings[0]!;
    // ('Art. 12' was '§ Art. 12 Term and termination' before; 'Artwork' below is no such word and keeps its mark.)
    const labels = ([['Section 1.2', null], ['ARTICLE 2', 'LICENSE GRANTS'], ['Art. 12', 'Term and termination'], ['§ 3', 'Royalties'], ['7.2', 'Termination'], ['Artwork 1', null]] as const).map(([clauseNumber, heading]) => {
      const r = { ...REPORT, documents: [{ ...REPORT.documents[0]!, findings: [{ ...base, clauseNumber, heading }] }] };
      return formatStylish(r, ctx).split('\n')[2]!.trim();
    });
    expect(labels).toEqual(['Section 1.2', 'ARTICLE 2 LICENSE GRANTS', 'Art. 12 Term and termination', '§ 3 Royalties', '§ 7.2 Termination', '§ Artwork 1']);
  });

  it("names a lone list label 'Item c)', as its message does, not '§ c)'", () => {
    const base = REPORT.documents[0]!.findings[0]!;
    const place = (clauseNumber: string, heading: string | null) => {
      const r = { ...REPORT, documents: [{ ...REPORT.documents[0]!, findings: [{ ...base, message: 'Item c) (Attachment 2) refers to Attachment 2, which the agreement does not contain.', clauseNumber, heading }] }] };
      return formatStylish(r, ctx).split('\n')[2]!.trim();
    };
    expect(place('c)', null)).toBe('Item c)');
    expect(place('iv.', 'Attachment 2')).toBe('Item iv. Attachment 2');
    // near misses: a numbered item keeps its section mark; a capital letter label is a section of its own ('§ A.')
    expect(place('5.6(c)', null)).toBe('§ 5.6(c)');
    expect(place('A.', 'Recitals')).toBe('§ A. Recitals');
  });

  it("names the clause with the word its message uses: 'Article 5.1' beside 'Article 5.1', not '§ 5.1'", () => {
    const base = REPORT.documents[0]!.findings[0]!;
    const place = (message: string, clauseNumber: string) => {
      const r = { ...REPORT, documents: [{ ...REPORT.documents[0]!, findings: [{ ...base, message, clauseNumber, heading: 'Term' }] }] };
      return formatStylish(r, ctx).split('\n')[2]!.trim();
    };
    expect(place('Article 5.1 (Term) states no term, expiry or sunset.', '5.1')).toBe('Article 5.1 Term');
    expect(place('Clause 5 (Term) has no notice period.', '5')).toBe('Clause 5 Term');
    // near misses: 'Section' is what '§' stands for; a word used for dotted numbers does not name whole ones
    expect(place('Section 5.1 (Term) states no term.', '5.1')).toBe('§ 5.1 Term');
    expect(place('Article 5.1 (Term) states no term.', '5')).toBe('§ 5 Term');
    expect(place('Only Licensor grants a licence.', '5.1')).toBe('§ 5.1 Term');
  });

  it("names a place with the document's own word, the same under --quiet as in the full report", () => {
    const base = REPORT.documents[0]!.findings[0]!;
    const info = { ...base, severity: 'info' as const, message: 'Article 5.2 (Term) has no notice period.', clauseNumber: '5.2', heading: 'Term' };
    const error = { ...base, message: 'Only Licensor grants a licence; the other direction is missing', clauseNumber: '5', heading: 'Term' };
    const placeOf = (numberWords: { whole: string; dotted: string } | undefined, quiet: boolean) => {
      const doc = { ...REPORT.documents[0]!, ...(numberWords ? { numberWords } : {}), findings: [error, info] };
      const out = formatStylish({ ...REPORT, documents: [doc] }, { ...ctx, quiet }).split('\n');
      return out[out.findIndex((l) => l.includes('Only Licensor grants')) + 1]!.trim();
    };
    const articles = { whole: 'Article', dotted: 'Article' };
    expect([placeOf(articles, false), placeOf(articles, true)]).toEqual(['Article 5 Term', 'Article 5 Term']);
    // near misses: a document that says Section keeps '§'; a report read back without the words counts its messages'
    expect(placeOf({ whole: 'Section', dotted: 'Section' }, true)).toBe('§ 5 Term');
    expect(placeOf(undefined, false)).toBe('§ 5 Term');
  });

  it('prints a summary table for a batch, unwaived findings by severity', () => {
    expect(out).toContain('  document        errors  warnings  info  waived  review\n  deals/acme.md        1         1     0       1       0\n  deals/clean.md       0         0     0       0       0\n');
  });

  it('with quiet lists errors only, while the table and the count cover every finding', () => {
    const quiet = formatStylish(REPORT, { ...ctx, quiet: true });
    expect(quiet).toContain('reciprocity/one-way-grant');
    expect(quiet).not.toContain('precision/placeholder');
    expect(quiet).toContain('  deals/acme.md        1         1     0       1       0');
    expect(quiet).toContain('✖ 2 findings (1 error, 1 warning, 0 info)');
    // The count covers findings the report does not show: it says how many it left out (before: '2 problems' over one).
    expect(quiet).toContain('\n  2 findings below error not shown (--quiet)\n');
    expect(out).not.toContain('not shown');
    // A document with warnings alone is not named at all under --quiet: the line is the reader's only clue.
    const warningsOnly = { ...REPORT, documents: REPORT.documents.map((d) => ({ ...d, findings: d.findings.filter((f) => f.severity !== 'error') })) };
    expect(formatStylish(warningsOnly, { ...ctx, quiet: true })).toMatch(/^✖ 2 findings \(1 error, 1 warning, 0 info\)\n {2}2 findings below error not shown \(--quiet\)\n/m);
  });

  it('ends with the problem count and the gate', () => {
    expect(out).toContain('✖ 2 findings (1 error, 1 warning, 0 info)');
    expect(out).toContain('2 documents checked, 1 waived; gate (--fail-on error): fail');
    expect(out.endsWith('\n')).toBe(true);
  });

  it('has no escape codes without colour, and colours severities with it', () => {
    expect(out).not.toContain('\u001b[');
    const coloured = formatStylish(REPORT, { ...ctx, color: true });
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
  });

  it('says so when there are no problems', () => {
    const clean = { ...REPORT, documents: [REPORT.documents[1]!], summary: { documents: 1, findings: { error: 0, warning: 0, info: 0 }, waived: 0, needsReview: 0, gate: 'pass' as const } };
    expect(formatStylish(clean, ctx)).toBe('✔ No findings (1 document checked)\n  1 document checked; gate (--fail-on error): pass\n');
  });

  it('collapses multi-line evidence onto one line and truncates long evidence', () => {
    const f = { ...REPORT.documents[0]!.findings[0]!, evidence: `first\n   second ${'x'.repeat(400)}` };
    const r = { ...REPORT, documents: [{ ...REPORT.documents[0]!, findings: [f] }] };
    const line = formatStylish(r, ctx).split('\n').find((l) => l.includes('evidence:'))!;
    expect(line).toContain('evidence: first second x');
    expect(line.endsWith('…')).toBe(true);
    expect(line.length).toBeLessThan(260);
  });

  it('does not repeat evidence that the message already quotes', () => {
    const base = REPORT.documents[0]!.findings[0]!;
    const quoted = { ...base, message: `Termination for breach has no cure period: "Alpha may terminate\n this Agreement immediately."`, evidence: 'Alpha may terminate this Agreement immediately.' };
    const other = { ...base, message: 'The licence is exclusive.', evidence: 'Licensor hereby grants an exclusive licence.' };
    const text = (f: typeof base): string => formatStylish({ ...REPORT, documents: [{ ...REPORT.documents[0]!, findings: [f] }] }, ctx);
    expect(text(quoted)).not.toContain('evidence:');
    expect(text(other)).toContain('evidence: Licensor hereby grants an exclusive licence.');
  });
});

// What counsel reads: each finding's place, excerpt and wording for a given clause.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';
import { withoutEmphasis } from '../../src/rules/patterns.js';

const builtins = loadBuiltinPacks();
const pack = (id: string) => builtins.find((p) => p.id === id)!;
const findingsOf = async (text: string, name: string, packs: string[], ruleId: string) =>
  (await evaluate(analyze(sourceFromText(text, name)), packs.map(pack), {})).filter((f) => f.ruleId === ruleId);

describe('excerpts read as text', () => {
  const md = `# NETWORK LICENCE AGREEMENT

This Network Licence Agreement (this "**Agreement**") is made between Alder Networks, Inc. ("**Alder**") and Brenna Robotics Corp. ("**Brenna**").

## ARTICLE 7 — TERM

**7.1 Term.** This Agreement continues until the last Licensed Patent expires.

**7.2 Withdrawal.** Any party may withdraw from this Agreement by giving written notice, effective thirty (60) days after the other party receives it.

**7.3 Payment.** Each party shall pay the other the "**Balancing Payment**" within forty-five (60) days after the end of each quarter.
`;

  it('starts the excerpt after a bold run-in heading and leaves no emphasis marks in it', async () => {
    const [withdrawal, payment] = await findingsOf(md, 'doc.md', ['precision'], 'precision/number-mismatch');
    expect(withdrawal?.evidence).toBe('Any party may withdraw from this Agreement by giving written notice, effective thirty (60) days after the other party receives it.');
    expect(withdrawal?.message).not.toContain('**');
    expect(payment?.evidence).toBe('Each party shall pay the other the "Balancing Payment" within forty-five (60) days after the end of each quarter.');
  });

  it('keeps marks that are not emphasis: a redaction, a blank to sign on, words joined by underscores', () => {
    expect(withoutEmphasis('not more than [***] wafers per month')).toBe('not more than [***] wafers per month');
    expect(withoutEmphasis('By: ______ Name:')).toBe('By: ______ Name:');
    expect(withoutEmphasis('the field_of__use value')).toBe('the field_of__use value');
    expect(withoutEmphasis('"**THIS DEED** is dated [●]" and __Term__')).toBe('"THIS DEED is dated [●]" and Term');
    // A lone mark is text, as in Markdown: blanks and a footnote mark (b561bb5 dropped them: '20', '$ per unit ()').
    expect(withoutEmphasis('dated as of ____________, 20__ by')).toBe('dated as of ____________, 20__ by');
    expect(withoutEmphasis('a royalty of $__ per unit (**) for each')).toBe('a royalty of $__ per unit (**) for each');
    // Emphasis over two sentences, of which the excerpt holds one: its lone close or opening goes.
    expect(withoutEmphasis('This Agreement continues until expiry.**')).toBe('This Agreement continues until expiry.');
    expect(withoutEmphasis('**7.1 Term. The **Licensee** may')).toBe('7.1 Term. The Licensee may');
  });

  it('shows the blank a placeholder finding is about', async () => {
    const text = '# PATENT CROSS-LICENSE AGREEMENT\n\nThis Agreement is dated as of ____________, 20__ and is made between Alder Networks, Inc. ("**Alder**") and Brenna Robotics Corp. ("**Brenna**").\n';
    const [placeholder] = await findingsOf(text, 'doc.md', ['precision'], 'precision/placeholder');
    expect(placeholder?.evidence).toBe('This Agreement is dated as of ____________, 20__ and is made between Alder Networks, Inc. ("Alder") and Brenna Robotics Corp. ("Brenna").');
  });
});

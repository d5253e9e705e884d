// A missing-clause finding says what was looked for once: in its message, else after it, never in both.
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { namesLookedFor } from '../../src/model/index.js';
import { check } from '../../src/check.js';
import { formatHtml } from '../../src/report/html.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatStylish } from '../../src/report/stylish.js';
import { defaultContext } from '../../src/report/types.js';
import { FINDINGS, REPORT, RULES, TEXTS } from './sample-report.js';

const text = `PATENT CROSS-LICENSE AGREEMENT

This Agreement is made between Alder Networks, Inc. ("Alder") and Brenna Robotics Corp. ("Brenna").

1. Licences

1.1 Alder grants Brenna a non-exclusive licence under the Alder Patents to make and sell routers.

1.2 Brenna grants Alder a non-exclusive licence under the Brenna Patents to make and sell robots.

2. Royalties

2.1 Brenna shall pay Alder a royalty of two percent (2%) of the Net Sales of routers within thirty (30) days after each calendar quarter.

3. Term

3.1 This Agreement continues until the last of the Alder Patents expires. Either party may terminate this Agreement if the other materially breaches it and fails to cure the breach within sixty (60) days after notice.
`;

describe('what was looked for, said once', () => {
  it('names it in the message alone when the message already says it', () => {
    expect(namesLookedFor('It is not stated which licences and obligations survive termination or expiry.', 'looked for: a survival clause')).toBe(true);
    expect(namesLookedFor('The agreement states no termination rights.', 'looked for: a right to terminate')).toBe(true);
    expect(namesLookedFor('Nothing says what happens if a party abandons or lets a licensed patent lapse.', 'looked for: what happens when a party abandons a patent')).toBe(true);
    // Near misses: words the message does not have ("asserts patents"; "escalation").
    expect(namesLookedFor('No defensive-termination or retaliation carve-out protects a party that is sued by the other.', 'looked for: a defensive-termination clause against a party that asserts patents')).toBe(false);
    expect(namesLookedFor('Disputes have no cooperative resolution procedure.', 'looked for: an escalation, negotiation, mediation or arbitration step before litigation')).toBe(false);
  });

  it('prints no message that repeats its looked-for, and no evidence line that repeats the message', async () => {
    const report = await check([sourceFromText(text, 'doc.txt')], { failOn: 'never' });
    const findings = report.documents[0]!.findings;
    const of = (id: string) => findings.find((f) => f.ruleId === id);
    expect(of('exit/survival-unclear')?.message).toBe('It is not stated which licences and obligations survive termination or expiry.');
    expect(of('governance/contingency-missing')?.message).toBe('No contingency (temporary licence, transitional arrangement or buy-out option) is provided for if the arrangement fails or ends early.');
    expect(of('monetization/audit-missing')?.message).toBe('A royalty is due but the licensor has no right to audit or inspect the royalty records.');
    // The machine-readable evidence still says what was looked for.
    expect(of('exit/survival-unclear')?.evidence).toBe('looked for: a survival clause');
    const ctx = defaultContext({ failOn: 'never' });
    const stylish = formatStylish(report, ctx);
    const markdown = formatMarkdown(report, ctx);
    expect(stylish).not.toMatch(/evidence: looked for: a survival clause/);
    expect(markdown).not.toMatch(/Looked for and not found: a survival clause/);
    const html = formatHtml(report, ctx);
    expect(html).not.toMatch(/Evidence:<\/strong> looked for: a survival clause/);
    // Near miss: an excerpt of the document (here of the royalty clause) is still shown.
    expect(html).toMatch(/Evidence:<\/strong> Brenna shall pay Alder a royalty of two percent/);
    // Near miss: what the message does not say is still printed under it.
    const retaliation = of('antitrust/retaliation-carve-out-missing');
    expect(retaliation?.message).toMatch(/\(looked for: /);
  });

  it('reads a word, not its first six letters: "licensee" does not say "license", "exclusive" does not say "exclusion"', () => {
    expect(namesLookedFor('Only the licensee may bring an action.', 'looked for: a license')).toBe(false);
    expect(namesLookedFor('The grant is exclusive.', 'looked for: an exclusion')).toBe(false);
    expect(namesLookedFor('The licensor keeps a licence.', 'looked for: a licensee')).toBe(false);
    // Near misses: an inflection or the act of a verb is the same word; so is the other spelling of licence.
    expect(namesLookedFor('No licences are granted.', 'looked for: a licence')).toBe(true);
    expect(namesLookedFor('Nothing is licensed back.', 'looked for: a license')).toBe(true);
    expect(namesLookedFor('The licensing of improvements is not addressed.', 'looked for: an improvement licence')).toBe(true);
    expect(namesLookedFor('No royalties are stated.', 'looked for: a royalty')).toBe(true);
    expect(namesLookedFor('The agreement does not state which law governs it.', 'looked for: a governing-law clause')).toBe(true);
  });

  it('prints what was looked for under a message that only shares its first letters', () => {
    const f = { ...FINDINGS[2]!, waived: false, message: 'The licensee is the exclusive owner of its inventions.', evidence: 'looked for: an exclusion of the license' };
    const report = { ...REPORT, documents: [{ ...REPORT.documents[0]!, findings: [f] }] };
    const ctx = defaultContext({ failOn: 'never', rules: RULES, texts: TEXTS });
    expect(formatStylish(report, ctx)).toContain('evidence: looked for: an exclusion of the license');
    expect(formatMarkdown(report, ctx)).toContain('Looked for and not found: an exclusion of the license');
    expect(formatHtml(report, ctx)).toContain('<strong>Evidence:</strong> looked for: an exclusion of the license');
  });
});

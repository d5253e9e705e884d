// An amendment checked alone ("AMENDMENT NO. 2 TO THE PATENT CROSS-LICENSE AGREEMENT"): what it does not change is in
// the agreement it amends, so rules that judge a whole agreement (something missing, the grants compared) do not run
// on it; rules of clause scope check the words it makes binding, including quoted replacement text, but not text it
// quotes only to delete it; and of its references, only those to its own sections can dangle. Held-out k-amendment.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, explain, loadBuiltinPacks } from '../../src/rules/index.js';

const packs = loadBuiltinPacks();
const ruleIds = async (text: string): Promise<string[]> => (await evaluate(analyze(sourceFromText(text, 'doc.md')), packs)).map((f) => `${f.ruleId} @ ${f.clauseNumber ?? 'document'}`);

const body = `This Amendment No. 2 (this "Amendment") is made on March 3, 2027 between Halvorsen Medical Systems AS ("Halvorsen") and Brightwater Imaging, Inc. ("Brightwater").

A. The parties are parties to the Patent Cross-License Agreement dated June 1, 2022 (the "Agreement").

## 1. Amendments

1.1 Capitalized terms used but not defined in this Amendment have the meanings given to them in the Agreement.

1.2 Section 4.2 of the Agreement is hereby deleted in its entirety and replaced with the following:

> "4.2 Resale Prices. Brightwater shall not sell any Probe Product at a price below the list price that Halvorsen publishes for its comparable probe."

1.3 Section 6.3 of the Agreement, which reads "Brightwater shall not challenge or contest the validity of any Halvorsen Patent in any court or patent office.", is hereby deleted in its entirety.

1.4 Except as expressly amended by this Amendment, the Agreement remains in full force and effect, subject to Section 9.1 of the Agreement and to Section 3 of this Amendment.
`;
const amendment = `# AMENDMENT NO. 2 TO THE PATENT CROSS-LICENSE AGREEMENT\n\n${body}`;
const whole = `# PATENT CROSS-LICENSE AGREEMENT\n\n${body.replace('This Amendment No. 2 (this "Amendment")', 'This Agreement')}`;

describe('an amendment checked alone', () => {
  it('rules that judge a whole agreement do not run; explain says why', async () => {
    const got = await ruleIds(amendment);
    for (const id of ['governance/governing-law-missing', 'exit/termination-missing', 'exit/term-undefined', 'exit/assignment-unaddressed']) {
      expect(got.filter((g) => g.startsWith(`${id} @`))).toEqual([]);
    }
    const explained = await explain(analyze(sourceFromText(amendment, 'doc.md')), packs);
    expect(explained.rules.find((r) => r.ruleId === 'governance/governing-law-missing')?.skipped).toMatch(/amends another/);
  });

  it('near miss: the same text under a title that is no amendment is a whole agreement and is judged as one', async () => {
    const got = await ruleIds(whole);
    expect(got.some((g) => g.startsWith('governance/governing-law-missing @'))).toBe(true);
    expect(got.some((g) => g.startsWith('exit/termination-missing @'))).toBe(true);
  });

  it('the quoted replacement text binds and is checked; text quoted only to be deleted is not', async () => {
    const got = await ruleIds(amendment);
    expect(got).toContain('antitrust/price-fixing @ 1.2');
    expect(got.filter((g) => g.startsWith('antitrust/no-challenge @'))).toEqual([]);
    // near miss: the same undertaking quoted as replacement text would bind
    const replaced = amendment.replace('which reads "Brightwater shall not challenge', 'is deleted and replaced with "Brightwater shall not challenge').replace('office.", is hereby deleted in its entirety.', 'office."');
    expect(await ruleIds(replaced)).toContain('antitrust/no-challenge @ 1.3');
  });

  it('a reference to the agreement it amends is not dangling; one to a section of the amendment it lacks is', async () => {
    const got = await ruleIds(amendment);
    expect(got).toContain('precision/dangling-reference @ 1.4');
    const ok = await ruleIds(amendment.replace('Section 3 of this Amendment', 'Section 1 of this Amendment'));
    expect(ok.filter((g) => g.startsWith('precision/dangling-reference @'))).toEqual([]);
  });

  it('a dangling reference in an amendment says the amendment lacks the section, not the agreement it amends', async () => {
    const dangling = async (text: string) => (await evaluate(analyze(sourceFromText(text, 'doc.md')), packs)).find((f) => f.ruleId === 'precision/dangling-reference' && f.clauseNumber === '1.4')?.message;
    expect(await dangling(amendment)).toMatch(/^Section 1\.4 refers to Section 3, which the amendment does not contain: /);
    // near miss: the same reference in a whole agreement is said of the agreement
    expect(await dangling(whole)).toMatch(/^Section 1\.4 refers to Section 9\.1 and Section 3, which the agreement does not contain: /);
  });
});

describe('an amendment in the reports', () => {
  it('is marked in the JSON document and said in the stylish and Markdown reports (stylish after the findings, so also when there are none); an agreement is not', async () => {
    const { check } = await import('../../src/check.js');
    const { formatStylish } = await import('../../src/report/stylish.js');
    const { formatMarkdown } = await import('../../src/report/markdown.js');
    const { defaultContext } = await import('../../src/report/types.js');
    const { DocumentSchema } = await import('../../src/report/schema.js');
    const quiet = `# AMENDMENT NO. 1 TO THE PATENT CROSS-LICENSE AGREEMENT\n\nThis Amendment No. 1 is made between Halvorsen Medical Systems AS ("Halvorsen") and Brightwater Imaging, Inc. ("Brightwater").\n\n## 1. Term\n\n1.1 Section 12.1 of the Agreement is amended by replacing "December 31, 2028" with "December 31, 2030".\n`;
    const ctx = defaultContext({ failOn: 'never' });
    const report = await check([sourceFromText(quiet, 'amendment.md'), sourceFromText(whole, 'agreement.md')], { failOn: 'never' });
    const [amended, agreement] = report.documents;
    expect([amended?.amendment, agreement?.amendment, agreement !== undefined && 'amendment' in agreement]).toEqual([true, undefined, false]);
    expect(DocumentSchema.safeParse(JSON.parse(JSON.stringify(amended))).success).toBe(true);
    const stylish = formatStylish(report, ctx);
    expect(stylish).toContain('ℹ amendment.md is read as an amendment: rules that judge a whole agreement were not run');
    expect(stylish).not.toContain('agreement.md is read as an amendment');
    const markdown = formatMarkdown(report, ctx);
    expect(markdown).toMatch(/Kind: [a-z-]+ \(an amendment: rules that judge a whole agreement were not run\)/);
    expect(markdown.match(/an amendment: rules/g)?.length).toBe(1);
  });

  it('is said in the HTML report, on its SARIF artifact and in its JUnit testsuite properties; an agreement is not', async () => {
    const { check } = await import('../../src/check.js');
    const { formatHtml } = await import('../../src/report/html.js');
    const { toSarif } = await import('../../src/report/sarif.js');
    const { formatJunit } = await import('../../src/report/junit.js');
    const { defaultContext } = await import('../../src/report/types.js');
    const ctx = defaultContext({ failOn: 'never' });
    const report = await check([sourceFromText(amendment, 'amendment.md'), sourceFromText(whole, 'agreement.md')], { failOn: 'never' });
    const html = formatHtml(report, ctx);
    expect(html).toMatch(/<p class="meta">Kind: [a-z-]+ \(an amendment: rules that judge a whole agreement were not run\)/);
    expect(html.match(/an amendment: rules/g)?.length).toBe(1);
    const artifacts = toSarif(report, ctx).runs[0]?.artifacts ?? [];
    expect(artifacts.map((a) => a.properties?.['amendment'])).toEqual([true, undefined]);
    const junit = formatJunit(report, ctx);
    expect(junit.match(/<property name="clausecheck.amendment" value="true"\/>/g)?.length).toBe(1);
    expect(junit.indexOf('clausecheck.amendment')).toBeLessThan(junit.indexOf('testsuite name="agreement.md"'));
  });
});

// Layouts of agreements translated from Brazilian and Portuguese, and of continental ones: paragraphs numbered in words,
// the sworn translator's closing, signature blocks that open with the place and the date.
import { describe, expect, it } from 'vitest';
import { byNumber, outline, parentOf, tree } from './helpers.js';
import { check } from '../../src/check.js';
import { sourceFromText } from '../../src/ingest/index.js';

const BRAZILIAN = `PATENT CROSS-LICENSE AGREEMENT

By this private instrument, AGROVALE S.A. ("AGROVALE") and SEMEARTEC LTDA. ("SEMEARTEC") agree as follows:

CLAUSE ONE - PURPOSE

1.1. The purpose of this Agreement is the reciprocal grant of licenses under the Licensed Patents.

Sole paragraph. This Agreement does not transfer to either Party the ownership of any patent of the other Party.

CLAUSE TWO - LICENSES

2.1. AGROVALE hereby grants to SEMEARTEC a non-exclusive license under the AGROVALE Patents.

2.2. SEMEARTEC hereby grants to AGROVALE a non-exclusive license under the SEMEARTEC Patents.

Paragraph One. The licenses granted in this Clause Two shall extend to the Affiliates of each Party.

Paragraph Two. Each Party shall use its best efforts to keep its Licensed Patents in force.

CLAUSE THREE - TERM

3.1. This Agreement shall remain in force until the expiry of the last Licensed Patent.

Paragraph One of Clause Two shall survive the expiry of this Agreement for the products then in stock.

Third paragraph of the notice sent under Clause Two shall state the patents concerned.

SOLE PARAGRAPH: The Parties may extend the Term by a written amendment.
`;

describe("paragraphs numbered in words ('Sole paragraph.', 'Paragraph One.')", () => {
  const t = tree(BRAZILIAN);

  it('are clauses of their own, beside the sections of the clause they belong to (before: words of 1.1 and 2.2)', () => {
    const sole = byNumber(t, 'Sole paragraph');
    expect(parentOf(t, sole)?.number).toBe('CLAUSE ONE');
    expect(sole.kind).toBe('section');
    expect(BRAZILIAN.slice(sole.start, sole.end)).toBe('Sole paragraph. This Agreement does not transfer to either Party the ownership of any patent of the other Party.');
    expect(BRAZILIAN.slice(byNumber(t, '1.1').start, byNumber(t, '1.1').end)).not.toContain('Sole paragraph');
    const two = byNumber(t, 'CLAUSE TWO');
    expect(two.children.map((c) => c.number)).toEqual(['2.1', '2.2', 'Paragraph One', 'Paragraph Two']);
    expect(byNumber(t, 'Paragraph Two').depth).toBe(2);
  });

  it("are named with their clause in the messages ('CLAUSE TWO, Paragraph Two')", async () => {
    const report = await check([sourceFromText(BRAZILIAN, 'br.txt', 'text')], { failOn: 'never' });
    const findings = report.documents[0]!.findings;
    const vague = findings.find((f) => f.ruleId === 'precision/vague-term' && f.clauseNumber === 'Paragraph Two');
    expect(vague?.message).toMatch(/^CLAUSE TWO, Paragraph Two qualifies an obligation/);
  });

  it("near misses: 'Paragraph One of Clause Two ...' and 'Third paragraph of the notice ...' open sentences, not paragraphs", () => {
    const three = byNumber(t, 'CLAUSE THREE');
    expect(outline(t).filter((l) => /paragraph/i.test(l))).toEqual(['2 section Sole paragraph', '2 section Paragraph One', '2 section Paragraph Two', '2 section SOLE PARAGRAPH']);
    const text = BRAZILIAN.slice(byNumber(t, '3.1').start, byNumber(t, '3.1').end);
    expect(text).toContain('Paragraph One of Clause Two shall survive');
    expect(text).toContain('Third paragraph of the notice');
    expect(parentOf(t, byNumber(t, 'SOLE PARAGRAPH'))?.id).toBe(three.id);
  });
});

// The opening words of a list item with items of its own ('(b) The Parties shall cooperate reasonably ... and shall:'
// before '(i)' and '(ii)') are kept as the item's first child; the finding carries the item's number ('(b)') and its
// message names it 'Section 9.1(b)'. The place line under it read '§ (b)' (the label of the number alone), in every
// format: the number is now read with its section, as for a finding on the item itself.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatStylish } from '../../src/report/stylish.js';
import { defaultContext } from '../../src/report/types.js';

const text = `PATENT LICENCE AGREEMENT

This Patent Licence Agreement is made between Corvane Imaging Ltd. ("Corvane") and Halden Optics AB ("Halden").

9. PATENT MATTERS

9.1 Prosecution.

(a) Corvane shall prosecute and maintain the Corvane Patents at its own cost.

(b) The Parties shall cooperate reasonably in the prosecution of the Joint Patents and shall:

(i) share all office actions received from a patent office; and

(ii) consult each other before any claim is amended.
`;

describe('the place of a finding on the opening words of a list item', () => {
  it('names the item with its section, as the message does', async () => {
    const report = await check([sourceFromText(text, 'doc.txt')], { failOn: 'never' });
    const ctx = defaultContext({ failOn: 'never' });
    const vague = report.documents[0]!.findings.find((f) => f.ruleId === 'precision/vague-term');
    expect(vague?.message).toMatch(/^Section 9\.1\(b\) qualifies/);
    const stylish = formatStylish(report, ctx).split('\n');
    const at = stylish.findIndex((l) => l.includes('precision/vague-term'));
    expect(stylish[at + 1]?.trim()).toBe('Section 9.1(b)');
    expect(formatMarkdown(report, ctx)).not.toContain('§ (b)');
    // near miss: a finding on the item (a) itself keeps its place as before
    const placeholder = await check([sourceFromText(text.replace('at its own cost', 'at its own cost within [NUMBER] days'), 'doc.txt')], { failOn: 'never' });
    const lines = formatStylish(placeholder, ctx).split('\n');
    const p = lines.findIndex((l) => l.includes('precision/placeholder'));
    expect(lines[p + 1]?.trim()).toBe('Section 9.1(a)');
  });
});

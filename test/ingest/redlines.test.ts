// A negotiated draft marks the words taken out by striking them through: <s>, <strike> or a line-through style in
// HTML (Google Docs and contract-management exports write a class with text-decoration: line-through), w:strike or
// w:dstrike in Word when the redline is typed by hand rather than tracked. Struck words are deleted text, as <del> and
// w:del are: not the agreement's words, and no rule judges them.
import { describe, expect, it } from 'vitest';
import { buildClauseTree } from '../../src/clauses/index.js';
import { checkDocument } from '../../src/check.js';
import { ingestFile } from '../../src/ingest/index.js';
import { loadBuiltinPacks } from '../../src/rules/index.js';
import { blankMarkdownDeletions } from '../../src/ingest/markdown-deletions.js';
import { word } from '../helpers/word.js';

const enc = (s: string) => new TextEncoder().encode(s);

const r = (t: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const para = (body: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${body}</w:p>`;

describe('ingestFile: struck-through text in a negotiated draft is deleted text', () => {
  it('leaves out <s>, <strike> and a line-through style (inline or a stylesheet class) in HTML', async () => {
    // Read as text, each struck amount disagreed with the figures that replaced it: three number-mismatch errors, and
    // the placeholder's evidence quoted the struck words (failed before).
    const html = '<style>.c3{text-decoration:line-through} .c5{text-decoration:underline}</style><h2>5. Royalties</h2>' +
      '<p>5.1 Royalties are payable within <s>thirty (45)</s> forty-five (45) days after each calendar quarter.</p>' +
      '<p>5.2 The royalty rate is <strike>two percent (3%)</strike> three percent (3%) of the net selling price.</p>' +
      '<p>5.3 Licensee shall pay an annual fee of <span style="text-decoration: line-through">ten thousand dollars ($15,000)</span> ' +
      'fifteen thousand dollars ($15,000) on [_____].</p>' +
      '<p>5.4 Reports are made <span class="c3">monthly, within ten (30) days</span><span class="c5">quarterly</span>.</p>';
    const source = await ingestFile('draft.html', enc(html));
    expect(source.text).toBe('5. Royalties\n\n5.1 Royalties are payable within forty-five (45) days after each calendar quarter.\n\n' +
      '5.2 The royalty rate is three percent (3%) of the net selling price.\n\n' +
      '5.3 Licensee shall pay an annual fee of fifteen thousand dollars ($15,000) on [_____].\n\n5.4 Reports are made quarterly.\n');
    const report = await checkDocument(source, loadBuiltinPacks());
    expect(report.findings.filter((f) => f.ruleId === 'precision/number-mismatch')).toEqual([]);
    const placeholder = report.findings.find((f) => f.ruleId === 'precision/placeholder');
    expect(placeholder?.clauseNumber).toBe('5.3');
    // positions are in the text as read, the struck words absent
    expect(source.text.slice(placeholder?.start, placeholder?.end)).toBe('Licensee shall pay an annual fee of fifteen thousand dollars ($15,000) on [_____].');
  });

  it('keeps underlined, inserted and otherwise decorated text, and a line-through only for print (near misses)', async () => {
    const html = '<style>@media print {.np{text-decoration:line-through}} .o{text-decoration:overline}</style>' +
      '<p>6.1 Payments are made within <u>thirty (30)</u> <ins>days</ins> <span style="text-decoration: underline dotted">of invoice</span>' +
      ' <span class="np">in euros</span> <span class="o">by wire</span>.</p>';
    const source = await ingestFile('draft.html', enc(html));
    expect(source.text).toBe('6.1 Payments are made within thirty (30) days of invoice in euros by wire.\n');
  });

  it('leaves out w:strike and w:dstrike runs in Word, and the number of a paragraph struck through whole', async () => {
    // mammoth writes w:strike as <s> and reads no w:dstrike: the double-struck words stayed (failed before), and a
    // paragraph struck whole kept a bare number, '1.2', as a clause of no words.
    const body = [
      para(r('Royalties'), 'Heading1'),
      para(r('Royalties are payable within ') + r('thirty (45)', '<w:strike/>') + r(' forty-five (45) days after each quarter.'), 'Heading2'),
      para(r('Each report states the net sales of ', '') + r('each Product', '<w:dstrike/>') + r('each Licensed Product.'), 'Heading2'),
      para(r('Late payments bear interest at ', '<w:dstrike/>') + r('two percent (3%) a month.', '<w:strike/>'), 'Heading2'),
      para(r('The rate is ') + r('not', '<w:strike w:val="0"/>') + r(' fixed by ') + r('Schedule A', '<w:dstrike w:val="false"/>') + r('.'), 'Heading2'),
    ].join('');
    const source = await ingestFile('draft.docx', await word(body));
    expect(source.text).toBe('1. Royalties\n\n1.1 Royalties are payable within forty-five (45) days after each quarter.\n\n' +
      '1.2 Each report states the net sales of each Licensed Product.\n\n1.4 The rate is not fixed by Schedule A.\n');
    const tree = buildClauseTree(source);
    expect(tree.clauses.filter((c) => c.number !== null).map((c) => c.number)).toEqual(['1', '1.1', '1.2', '1.4']);
  });
});

// The same in a Markdown draft: GitHub-flavoured strike-through and inline <del>/<s>/<strike>, blanked in place
// (src/ingest/markdown-deletions.ts) so that offsets and lines are the source's.
describe('Markdown: struck-through text is deleted text', () => {
  it('judges no struck words and keeps every offset (failed before: three number mismatches)', async () => {
    const md = '## 5. Royalties\n\n5.1 Royalties are payable within ~~thirty (45)~~ forty-five (45) days after each quarter.\n\n' +
      '5.2 The royalty rate is <del>two percent (3%)</del> three percent (3%) of the net selling price.\n\n' +
      '5.3 The annual fee is <s>ten thousand dollars\n($15,000)</s> fifteen thousand dollars ($15,000), due on [_____].\n';
    const source = await ingestFile('draft.md', enc(md));
    const report = await checkDocument(source, loadBuiltinPacks());
    expect(report.findings.filter((f) => f.ruleId === 'precision/number-mismatch')).toEqual([]);
    const placeholder = report.findings.find((f) => f.ruleId === 'precision/placeholder');
    expect(placeholder?.clauseNumber).toBe('5.3');
    expect(md.slice(placeholder?.start, placeholder?.end)).toContain('fifteen thousand dollars ($15,000), due on [_____].');
  });

  it('blanks in place: the same length and line breaks, any case of tag', () => {
    const text = 'a ~~b\nc~~ d <S class="x">e</S> f';
    expect(blankMarkdownDeletions(text)).toBe(`a    \n    d ${' '.repeat(18)} f`);
    expect(blankMarkdownDeletions('no deletions ~ here')).toBe('no deletions ~ here');
  });

  it('reads a lone tilde, an escaped pair, and a pair whose closer is past a blank line as written (near misses)', async () => {
    const md = '## 5. Royalties\n\n5.1 Royalties are payable within ~30 days, that is thirty (45) days, after each quarter.\n\n' +
      '5.2 The rate is \\~~two percent (3%)~~ of the net selling price.\n\n' +
      '5.3 The fee is ~~ten thousand dollars ($15,000) a year.\n\n5.4 The fee is reviewed each year.~~\n';
    const source = await ingestFile('draft.md', enc(md));
    const report = await checkDocument(source, loadBuiltinPacks());
    expect(report.findings.filter((f) => f.ruleId === 'precision/number-mismatch').map((f) => f.clauseNumber)).toEqual(['5.1', '5.2', '5.3']);
  });
});

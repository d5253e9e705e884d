// Markdown exported from Word (pandoc and similar) writes headings as paragraphs that are wholly bold
// ("**4. STEERING COMMITTEE**", "**PARTIES**"): they read as the same heading line without the asterisks would.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byNumber, outline, parentOf, tree } from './helpers.js';

const md = readFileSync(new URL('./fixtures/bold-headings.md', import.meta.url), 'utf8');

describe('bold paragraph headings in Markdown', () => {
  const t = tree(md, 'markdown');

  it('opens a numbered section at a bold numbered heading, with its sections as children', () => {
    for (const [n, heading, children] of [['1', 'DEFINITIONS', ['1.1', '1.2']], ['2', 'LICENCES', ['2.1', '2.2']], ['3', 'TERM AND TERMINATION', ['3.1', '3.2']]] as const) {
      const s = byNumber(t, n);
      expect(s.kind).toBe('section');
      expect(s.heading).toBe(heading);
      expect(s.depth).toBe(1);
      for (const c of children) expect(parentOf(t, byNumber(t, c))?.number).toBe(n);
    }
  });

  it('keeps the unnumbered bold headings before the body in the preamble, as their headings', () => {
    const pre = t.children[0]!;
    expect(pre.kind).toBe('preamble');
    const headings = pre.children.map((c) => c.heading);
    expect(headings).toEqual(expect.arrayContaining(['SOFTWARE PATENT CROSS-LICENCE AGREEMENT', 'PARTIES', 'BACKGROUND', 'AGREED TERMS']));
    expect(md.slice(pre.start, pre.end)).toMatch(/\*\*AGREED TERMS\*\*$/);
  });

  it('reads a bold run-in heading as the heading of its section, not a new division', () => {
    const s = byNumber(t, '2.1');
    expect(s.kind).toBe('section');
    expect(s.heading).toBe('Licence');
    expect(parentOf(t, s)?.number).toBe('2');
  });

  it('leaves a bold sentence of prose in the text of the open section, not a heading or a division', () => {
    const at = md.indexOf('**Each party shall keep');
    expect(t.clauses.some((c) => c.start === at)).toBe(false);
    expect(t.clauses.some((c) => c.heading?.startsWith('Each party'))).toBe(false);
    const holder = t.clauses.filter((c) => c.start <= at && at < c.end).pop()!;
    expect(holder.number).toBe('2.2');
  });

  it('keeps an unnumbered bold heading in the body a paragraph of the open section, not a division', () => {
    const at = md.indexOf('**Notices**');
    expect(t.clauses.some((c) => c.start === at || c.heading === 'Notices')).toBe(false);
    expect(t.clauses.filter((c) => c.start <= at && at < c.end).pop()!.number).toBe('3.1');
    expect(parentOf(t, byNumber(t, '3.2'))?.number).toBe('3');
  });

  it('opens the signature block at a bold IN WITNESS WHEREOF sentence and a schedule at a bold schedule heading', () => {
    const top = outline(t).filter((l) => l.startsWith('1 '));
    expect(top).toEqual(['1 preamble -', '1 section 1 {DEFINITIONS}', '1 section 2 {LICENCES}', '1 section 3 {TERM AND TERMINATION}', '1 signature -', '1 schedule SCHEDULE 1 {LICENSED PATENTS}']);
    const sig = t.clauses.find((c) => c.kind === 'signature')!;
    expect(md.slice(sig.start, sig.start + 22)).toBe('**IN WITNESS WHEREOF t');
  });
});

describe('a clause number alone in bold in Markdown ("**1.9** "Excluded Entity" means ...")', () => {
  const md2 = [
    'This Agreement is made between Alpha Inc. ("Alpha") and Beta LLC ("Beta").',
    '## ARTICLE 1 — DEFINITIONS',
    '**1.1** "**Affiliate**" means any entity that controls, is controlled by or is under common control with a party.',
    '**1.2** "**Patents**" means all patents and patent applications, in every jurisdiction.',
    '## ARTICLE 2 — LICENSE',
    '**2.1 Grant.** Alpha hereby grants to Beta a non-exclusive license under the Patents.',
    '**The parties note** that this bold sentence opens no clause, nor does **5** units of product in bold.',
  ].join('\n\n');
  const t = tree(md2, 'markdown');

  it('opens a numbered clause at the bold number, with the text after it as its body', () => {
    for (const n of ['1.1', '1.2']) expect(parentOf(t, byNumber(t, n))?.number).toBe('ARTICLE 1');
    const c = byNumber(t, '1.2');
    expect(c.heading).toBeNull();
    expect(md2.slice(c.start, c.end)).toMatch(/^\*\*1\.2\*\* "\*\*Patents\*\*" means/);
    expect(byNumber(t, '2.1').heading).toBe('Grant');
  });

  it('reads no number in a bold sentence of prose', () => {
    expect(t.clauses.filter((c) => c.number !== null).map((c) => c.number)).toEqual(['ARTICLE 1', '1.1', '1.2', 'ARTICLE 2', '2.1']);
  });
});

describe('a bold "Section 1.01" number before an italic run-in heading ("**Section 2.01** *License to Kestrel.* ...")', () => {
  const md3 = [
    'This Agreement is made between Alpha Inc. ("Alpha") and Beta LLC ("Beta").',
    '## ARTICLE II',
    '## LICENSES',
    '**Section 2.01** *License to Beta.* Alpha grants to Beta a non-exclusive license under the Patents.',
    '**Section 2.02** **No Other Rights.** No other license is granted.',
    '**Section 2.03** Beta grants to Alpha a non-exclusive license under the Beta Patents.',
  ].join('\n\n');
  const t = tree(md3, 'markdown');

  it('reads the heading without the delimiter that closes the bold number (before: "** License to Beta")', () => {
    expect(byNumber(t, 'Section 2.01').heading).toBe('License to Beta');
    expect(byNumber(t, 'Section 2.02').heading).toBe('No Other Rights');
    // near miss: no run-in heading, no heading read out of the body
    expect(byNumber(t, 'Section 2.03').heading).toBeNull();
  });
});

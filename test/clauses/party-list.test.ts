// The parties numbered after 'THE UNDERSIGNED:' (Dutch drafting, q-dutch) or 'BETWEEN:' (English and continental
// drafting): '1. Veldhoven ... B.V., ...', 'and', '2. Kestrel Optronics Oy, ...'. Before, the numbers were read as the
// first sections, so the preamble ended at '1.' and the recitals after the parties were paragraphs of section 2 (a
// recital 'C.' was '2(C)').
import { describe, expect, it } from 'vitest';
import { byNumber, outline, tree } from './helpers.js';

const doc = (lead: string) =>
  [
    'PATENT CROSS-LICENCE AGREEMENT',
    lead,
    '1. Maasland Precision Optics B.V., a private company with limited liability incorporated under the laws of the Netherlands, having its statutory seat in Eindhoven, registered with the Dutch Chamber of Commerce under number 70214588, hereinafter referred to as "Maasland";',
    'and',
    '2. Tarvo Photonics Oy, a limited company incorporated under the laws of Finland, having its registered office in Oulu, hereinafter referred to as "Tarvo";',
    'Maasland and Tarvo hereinafter jointly referred to as the "Parties";',
    'WHEREAS:',
    'A. Maasland holds patents on adaptive mirror mounts;',
    'B. Tarvo holds patents on wavefront sensors;',
    'HAVE AGREED AS FOLLOWS:',
    'Article 1 – Definitions',
    '1. "Licensed Patents" means the patents listed in Annex 1.',
    '2. "Field" means lithography equipment.',
    'Article 2 – Licences',
    '1. Maasland grants Tarvo a non-exclusive licence under its Licensed Patents in the Field.',
  ].join('\n\n');

describe('the parties numbered after the lead that names them', () => {
  for (const lead of ['THE UNDERSIGNED:', 'BETWEEN:', 'This Agreement is made between:']) {
    it(`are the preamble's paragraphs, with the recitals after them (${lead})`, () => {
      const text = doc(lead);
      const t = tree(text);
      const preamble = t.clauses.find((c) => c.kind === 'preamble')!;
      expect(text.slice(preamble.start, preamble.end)).toMatch(/Tarvo Photonics Oy[\s\S]*B\. Tarvo holds patents on wavefront sensors;[\s\S]*HAVE AGREED AS FOLLOWS:$/);
      // the first numbered clauses are the articles' paragraphs
      expect(outline(t).filter((l) => /^1 /.test(l) && !l.includes('preamble'))).toEqual(['1 article Article 1 {Definitions}', '1 article Article 2 {Licences}']);
      expect(t.clauses.filter((c) => c.number === 'A' || c.number === 'B')).toEqual([]);
    });
  }

  it('near miss: a list numbered after "as follows:" in the preamble is still where the body starts', () => {
    const text = 'PATENT CROSS-LICENCE AGREEMENT\n\nThis Agreement is made between Maasland Precision Optics B.V. and Tarvo Photonics Oy, who agree as follows:\n\n1. Licence. Maasland grants Tarvo a non-exclusive licence.\n\n2. Term. This Agreement runs for five years.\n';
    const t = tree(text);
    expect(byNumber(t, '1').heading).toBe('Licence');
    expect(byNumber(t, '2').depth).toBe(1);
  });

  it("after the parties listed 'BETWEEN:' the body's own '1.' is the only clause 1 (before: the parties were 1 and 2 as well), and 'IT IS AGREED' ends their list", () => {
    const text = 'LICENCE AGREEMENT\n\nBETWEEN:\n\n1. Maasland Precision Optics B.V. ("Maasland"); and\n\n2. Tarvo Photonics Oy ("Tarvo").\n\nIT IS AGREED as follows.\n\n1. Licence. Maasland grants Tarvo a non-exclusive licence.\n\n2. Term. This Agreement runs for five years.\n';
    const t = tree(text);
    expect(byNumber(t, '1').heading).toBe('Licence');
    expect(byNumber(t, '2').heading).toBe('Term');
  });
});

// An English deed's parties under a heading that is only the word ('PARTIES', 'BETWEEN'), its colon lost with the bold
// when the deed was saved as text; in Markdown the heading is bold ('**PARTIES**'). Before, the parties were clauses 1
// and 2, and the deed's own '1. Definitions' and '2. Grant' were nested under the recital (B).
describe('the parties numbered under a PARTIES or BETWEEN heading', () => {
  const deed = (lead: string, bold: (s: string) => string, heading = '') =>
    [
      'PATENT CROSS-LICENCE DEED',
      bold(lead),
      `1. ${bold('Harrowgate Optics Limited')}, a company incorporated in England and Wales with company number 04418211 whose registered office is at 3 Quayside, Bristol BS1 4RQ (${bold('Harrowgate')}); and`,
      `2. ${bold('Lumenis Photonics B.V.')}, a company incorporated in the Netherlands whose registered office is at Kanaalweg 17, 2628 EB Delft (${bold('Lumenis')}).`,
      bold('BACKGROUND'),
      '(A) Each Party owns patents relating to optical transceivers.',
      '(B) The Parties have agreed to license their patents to each other.',
      bold('AGREED TERMS'),
      `${heading}1. Definitions and interpretation`,
      '1.1 In this deed, Quarter means each period of three months ending on 31 March, 30 June, 30 September and 31 December.',
      `${heading}2. Grant of licences`,
      '2.1 Harrowgate grants to Lumenis a non-exclusive licence under its patents.',
    ].join('\n\n');
  const cases: Array<[string, 'text' | 'markdown', (s: string) => string, string]> = [
    ['PARTIES', 'text', (s) => s, ''],
    ['BETWEEN', 'text', (s) => s, ''],
    ['Parties', 'markdown', (s) => `**${s}**`, '## '],
  ];
  for (const [lead, format, bold, heading] of cases) {
    it(`are the preamble's, and the deed's own clauses 1 and 2 are top-level sections (${lead}, ${format})`, () => {
      const t = tree(deed(lead, bold, heading), format);
      expect(byNumber(t, '1').heading).toBe('Definitions and interpretation');
      expect(byNumber(t, '2').heading).toBe('Grant of licences');
      expect(byNumber(t, '1').depth).toBe(1);
      expect(byNumber(t, '2.1').parentId).toBe(byNumber(t, '2').id);
    });
  }

  it('near miss: a section headed "Parties" in the body keeps its number', () => {
    const text = 'LICENCE AGREEMENT\n\nThis Agreement is made between Maasland B.V. and Tarvo Oy, who agree as follows:\n\n1. Parties\n\n1.1 Maasland is the licensor.\n\n2. Licence\n\n2.1 Maasland grants Tarvo a non-exclusive licence.\n';
    const t = tree(text);
    expect(byNumber(t, '1').heading).toBe('Parties');
    expect(byNumber(t, '1.1').parentId).toBe(byNumber(t, '1').id);
  });
});

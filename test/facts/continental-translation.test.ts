// Contracts translated from Dutch (and drafted alike in German and Nordic practice): parties listed under "THE
// UNDERSIGNED:" with their registry glosses, definitions written '"Term": meaning' with a colon, and references to an
// article's numbered paragraphs ("Article 14 paragraph 3", Dutch "artikel 14 lid 3").
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';

const HEAD = `CROSS-LICENCE AGREEMENT

(English translation of the Dutch original "Kruislicentieovereenkomst octrooien"; in case of discrepancy the English text prevails)

THE UNDERSIGNED:

1. Veldhoven Lithography Components B.V., a private company with limited liability incorporated under the laws of the Netherlands, registered with the Dutch Chamber of Commerce (KvK) under number 71842093, duly represented by its managing director, hereinafter referred to as "VLC";

and

2. Kestrel Optronics Oy, a limited company incorporated under the laws of Finland, registered under business ID 2845123-7, hereinafter referred to as "Kestrel";

VLC and Kestrel hereinafter jointly referred to as the "Parties" and each individually as a "Party";

HAVE AGREED AS FOLLOWS:

`;
const ARTICLES = `Article 1 – Definitions

In this Agreement the following capitalised terms have the following meanings:

a. "Effective Date": 1 January 2026;

b. "Field": the design and manufacture of lithography equipment.

Article 2 – Licences

1. VLC hereby grants to Kestrel a non-exclusive licence in the Field under its patents from the Effective Date.

2. Kestrel hereby grants to VLC a non-exclusive licence in the Field under its patents.

Article 3 – Disputes

1. Disputes are settled by arbitration, without prejudice to Article 2 paragraph 2 and Article 3 paragraphs 1 and 3.

2. Interest is due under Article 6:119a paragraph 1 of the Dutch Civil Code.
`;
const analysisOf = (body: string) => analyze(sourceFromText(HEAD + body, 'translation.txt'));

describe('continental contracts in translation', () => {
  it('reads the parties listed under "THE UNDERSIGNED:" by the aliases they are given, not by a registry gloss', () => {
    expect(analysisOf(ARTICLES).facts.parties.map((p) => [p.name, p.aliases])).toEqual([
      ['Veldhoven Lithography Components B.V.', ['VLC']],
      ['Kestrel Optronics Oy', ['Kestrel']],
    ]);
  });

  it('reads an alias given after "hereinafter:" with a colon, as translations write the Dutch "hierna:" (before: no parties)', () => {
    const colon = analyze(sourceFromText((HEAD + ARTICLES).replace(/hereinafter referred to as "(VLC|Kestrel)"/g, 'hereinafter: "$1"'), 'translation.txt'));
    expect(colon.facts.parties.map((p) => [p.name, p.aliases])).toEqual([
      ['Veldhoven Lithography Components B.V.', ['VLC']],
      ['Kestrel Optronics Oy', ['Kestrel']],
    ]);
    // Near miss: a colon before words that are not quoted names nothing.
    const unquoted = analyze(sourceFromText((HEAD + ARTICLES).replace(/hereinafter referred to as "Kestrel"/, 'hereinafter: the licensee'), 'translation.txt'));
    expect(unquoted.facts.parties.flatMap((p) => p.aliases)).not.toContain('the licensee');
  });

  it('reads \'"Term": meaning\' entries as definitions, and a quoted title of the original as none', () => {
    const facts = analysisOf(ARTICLES).facts;
    expect(facts.definitions.map((d) => d.term)).toEqual(expect.arrayContaining(['Effective Date', 'Field']));
    expect(facts.definitions.map((d) => d.term)).not.toContain('Kruislicentieovereenkomst octrooien');
    expect(facts.undefinedTerms.map((t) => t.term)).not.toContain('Effective Date');
  });

  it('reads "Article N paragraph M" as that paragraph: one that exists resolves, one that does not dangles', () => {
    const refs = [...analysisOf(ARTICLES).facts.crossReferences.values()].flat().map((r) => [r.text, r.targetId !== null]);
    expect(refs).toEqual(expect.arrayContaining([
      ['Article 2 paragraph 2', true],
      ['Article 3 paragraph 1', true],
      ['Article 3 paragraph 3', false],
    ]));
    // near miss: a code's article and paragraph are the code's, not this agreement's
    expect(refs.filter(([t]) => String(t).startsWith('Article 6'))).toEqual([]);
  });

  it('near miss: a quoted term mid-sentence before a colon is no definition entry', () => {
    const facts = analysisOf(`${ARTICLES}\nArticle 4 – Notices\n\n1. Notices are marked "Urgent": the recipient reads them first.\n`).facts;
    expect(facts.definitions.map((d) => d.term)).not.toContain('Urgent');
  });
});

// Provision structure: a lead-in clause and its list items are one provision; restriction types need
// what is restricted (a count of things), not only a limit word.
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { buildClauseTree } from '../../src/clauses/index.js';
import { tagClauses } from '../../src/tag/index.js';
import { typesOf } from './helpers.js';

function tagsByText(text: string): Array<{ text: string; types: string[] }> {
  const source = sourceFromText(text, 'agreement.txt', 'text');
  const tree = buildClauseTree(source);
  const tags = tagClauses(source, tree);
  return tree.clauses.map((c) => ({ text: text.slice(c.start, c.bodyEnd).trim(), types: (tags.get(c.id) ?? []).filter((t) => t.confidence >= 0.5).map((t) => t.type) }));
}

describe('lead-in clauses', () => {
  const text = `12. Termination

12.1 Licensor may terminate this Agreement upon thirty (30) days written notice to Licensee as follows:

(a) if Licensee fails to pay any royalty when due; or

(b) if Licensee enters into an agreement relating to the merger of Licensee with another entity or a change of control of Licensee.

12.2 Upon expiry of this Agreement all licences granted hereunder shall end.
`;
  // The lead-in is the clause that holds its words: in a numbered tree '12.1' keeps its number and the words are its
  // first child (every paragraph a leaf, clauses/draft.ts openingBody); read from '1.' or from '12.' alike.
  for (const [name, doc] of [['a text that starts at 12.', text], ['the same from 1.', text.replace(/^12\./gm, '1.')]] as const) {
    describe(name, () => {
      const clauses = tagsByText(doc);
      const leadIn = clauses.find((c) => /^(?:1?[12]\.1 )?Licensor may terminate/.test(c.text));
      const item = clauses.find((c) => c.text.startsWith('(b)'));
      const after = clauses.find((c) => /^1?[12]\.2/.test(c.text));

      it('carries the type an item asserts', () => {
        expect(item?.types).toContain('change-of-control');
        expect(leadIn?.types).toContain('change-of-control');
      });
      it('does not pass it to a sibling clause that is not a lead-in', () => {
        expect(after).toBeDefined();
        expect(after?.types ?? []).not.toContain('change-of-control');
      });
    });
  }
});

describe('volume restriction', () => {
  it('finds a cap on a count of things', () => {
    expect(typesOf('3.2 Copies. Customer may make no more than two (2) copies of the Licensed Software for backup purposes.').has('volume-restriction')).toBe(true);
    expect(typesOf('4.1 Capacity. The quantity of Product ordered in any calendar quarter shall not exceed one hundred twenty percent of the latest forecast.').has('volume-restriction')).toBe(true);
  });
  it('does not take a money ceiling, an interest cap or "to the maximum extent" for one', () => {
    expect(typesOf('9.4 Late Payments. Overdue amounts bear interest at the lower of 1% per month or the maximum rate permitted by law.').has('volume-restriction')).toBe(false);
    expect(typesOf('14.2 Severability. Any invalid provision shall be enforced to the maximum extent permitted by law.').has('volume-restriction')).toBe(false);
    expect(typesOf('5.1 Expenses. Licensor shall reimburse Licensee for expenses of up to $50,000 per year.').has('volume-restriction')).toBe(false);
  });
});

describe('modal structure read from the words between modal and verb', () => {
  it('takes "shall not be required to" for a release from a duty, not a prohibition', () => {
    expect(typesOf('7.3 Personnel. Company shall not be required to hire any employee of Supplier after the transition.').has('non-solicit')).toBe(false);
    expect(typesOf('7.3 Personnel. Company shall not hire any employee of Supplier during the term.').has('non-solicit')).toBe(true);
  });
  it('reads a plain-English imperative as a prohibition, and not a "don\'t have to"', () => {
    expect(typesOf("Don't recruit our engineers.").has('non-solicit')).toBe(true);
    expect(typesOf("Please don't sue us.").has('covenant-not-to-sue')).toBe(true);
    expect(typesOf("You don't have to recruit anyone.").has('non-solicit')).toBe(false);
  });
  it('sets aside a long aside between commas after the modal, and keeps its polarity', () => {
    expect(typesOf('The Executive shall not, at any time during the nine months after his employment ends, solicit any employee of the Company.').has('non-solicit')).toBe(true);
    expect(typesOf('The Executive shall, if the Company so requests in writing, solicit new employees for the Company.').has('non-solicit')).toBe(false);
  });
});

describe('"Background" in a heading', () => {
  it('a section headed "LICENCES UNDER BACKGROUND PATENTS" is operative text, not recitals; a BACKGROUND heading still is', () => {
    const clauses = tagsByText(`CONSORTIUM AGREEMENT

This Agreement is made between Harrowgate Limited ("Harrowgate") and Solvane GmbH ("Solvane").

BACKGROUND

(A) Harrowgate designs solid-state battery cells and Solvane makes electrolyte materials.

1. LICENCES UNDER BACKGROUND PATENTS

1.1 Each Party hereby grants to each other Party a non-exclusive, worldwide, royalty-free licence under its Background Patents to make and sell Consortium Products.

1.2 No Party grants any licence under any other patent.
`);
    const section = clauses.find((c) => c.text.startsWith('1. LICENCES'));
    const grant = clauses.find((c) => c.text.startsWith('1.1'));
    const recital = clauses.find((c) => c.text.startsWith('BACKGROUND'));
    expect(section?.types).not.toContain('recitals');
    expect(grant?.types).not.toContain('recitals');
    expect(grant?.types).toContain('license-grant');
    expect(recital?.types).toContain('recitals');
  });
});

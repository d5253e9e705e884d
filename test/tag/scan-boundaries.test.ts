// Where a cue's match may run and what it may match: a long-gap cue begun in one clause that runs into the next hid
// that clause's own match of the same cue (the scan keeps one of overlapping matches, and the running-over one counts
// for neither clause); a modal cue's verb right after a light verb is that verb's object ("shall not take place").
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { tagClauses } from '../../src/tag/index.js';
import { clauseTypesOf, tagsOf, treeOf } from './helpers.js';

describe('a cue match that runs past its clause', () => {
  it("does not hide the next clause's own match of the same cue", () => {
    // 'hereby assign~ ... right|rights|title|interest|inventions' from 8.1's 'hereby assigned' reaches 8.2's 'right'.
    const text = '8.1 Background IP is not hereby assigned.\n\n8.2 The Consultant hereby assigns to the Client all right, title and interest in the Deliverables.\n';
    const cues = tagsOf(text).filter((t) => t.type === 'ip-ownership').flatMap((t) => t.cues);
    expect(cues.some((c) => c.startsWith('phrase: hereby assigns to the Client all right'))).toBe(true);
  });
});

describe('a modal cue after a light verb', () => {
  // The regex reading is checked by compromise only twice a document: the two clauses before use that budget up.
  const spent = '1. Neither party shall knowingly sell products to a rival of the other.\n\n2. Neither party shall knowingly sell services to a rival of the other.\n\n';
  it("'shall take place' is no restraint on placing orders", () => {
    expect(clauseTypesOf(`${spent}3. Neither party shall take place orders with a rival of the other.\n`, 'take place')).not.toContain('non-compete');
  });
  it("'shall place orders' with a rival still is", () => {
    expect(clauseTypesOf(`${spent}3. Neither party shall place orders with a rival of the other.\n`, 'place orders')).toContain('non-compete');
  });
  it("'shall have granted' is a perfect, not a light verb", () => {
    const cues = tagsOf('The Licensor shall have granted to the Licensee a non-exclusive licence under the Patents before the Closing.').flatMap((t) => t.cues);
    expect(cues.some((c) => c.includes('shall have granted'))).toBe(true);
  });
});

describe("a section heading's near misses", () => {
  // 'commission' is a royalty cue, in a heading and in text; a supervision commission is a body of persons (a near miss
  // of royalty), and the heading that names it gave each clause under it royalty evidence that the near miss did not scale.
  const royaltyOfChild = (heading: string): boolean => {
    const text = `12. ${heading}\n12.1 Each commission decision shall be recorded in the minutes.\n`;
    const child = text.indexOf('12.1');
    const tree = treeOf(text, [
      { heading, start: 0, end: text.length, parent: null },
      { heading: null, start: child, end: text.length - 1, parent: 0 },
    ]);
    return (tagClauses(sourceFromText(text, 'a.txt', 'text'), tree).get('c2') ?? []).some((t) => t.type === 'royalty');
  };
  it('scale what the heading gives the clauses under it', () => expect(royaltyOfChild('Supervision Commission')).toBe(false));
  it('and a heading without one still gives its evidence', () => expect(royaltyOfChild('Sales Commission')).toBe(true));
});

describe("plain English's negative modals", () => {
  // 'won't', 'shan't', 'mustn't' are words of their own (unlike "can't", which holds "can"); a prohibition's modal cue
  // found no modal before its verb in them, straight or curly.
  it.each(["You won't solicit our customers.", 'You won’t solicit our customers.', "The Consultant mustn't solicit the Company's customers."])('%s', (text) => {
    expect(tagsOf(text).find((t) => t.type === 'non-solicit')?.cues.some((c) => /^(?:modal|frame): \w+n['’]t solicit/.test(c))).toBe(true);
  });
  it('a permission stays no prohibition', () => {
    expect(tagsOf('You can solicit our customers for the Products.').some((t) => t.type === 'non-solicit')).toBe(false);
  });
});

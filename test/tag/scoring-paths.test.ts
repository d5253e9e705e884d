import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { tagClauses } from '../../src/tag/index.js';
import { tagsOf, treeOf } from './helpers.js';

// Paths of the scorer that most documents never take (so the tagger is written to run the same steps on them as on
// the common ones): they must still decide as they did.
describe('paths most documents never take', () => {
  it('reads the modal nearest before the verb when the sentence holds two', () => {
    const tags = tagsOf('Distributor agrees it shall not compete with the Company in the Territory.');
    const nonCompete = tags.find((t) => t.type === 'non-compete');
    expect(nonCompete?.cues).toContain('modal: shall not compete');
  });

  it('takes a sub-clause\'s section heading from a grandparent when its parent has none', () => {
    const text = '12. Termination\n(a) On expiry:\n(i) Licensee may end the arrangement on ninety days notice.\n';
    const a = text.indexOf('(a)');
    const i = text.indexOf('(i)');
    const tree = treeOf(text, [
      { heading: 'Termination', start: 0, end: text.length, parent: null },
      { heading: null, start: a, end: text.length - 1, parent: 0 },
      { heading: null, start: i, end: text.length - 1, parent: 1 },
    ]);
    const tags = tagClauses(sourceFromText(text, 'a.txt', 'text'), tree);
    expect(tags.get('c3')?.find((t) => t.type === 'termination')?.cues).toContain('section: Termination');
  });

  it('opens a section at a heading-only paragraph of a flat tree', () => {
    const text = 'TERMINATION\n\nLicensee may end the arrangement on ninety days notice.\n';
    const body = text.indexOf('Licensee');
    const tree = treeOf(text, [
      { heading: null, start: 0, end: 11, parent: null },
      { heading: null, start: body, end: text.length - 1, parent: null },
    ]);
    const tags = tagClauses(sourceFromText(text, 'a.txt', 'text'), tree);
    expect(tags.get('c2')?.find((t) => t.type === 'termination')?.cues).toContain('section: TERMINATION');
  });
});

describe('own heading and negations', () => {
  // A clause with its own heading for the type is not its heading alone: its phrase hits outside a negation still
  // affirm the type, so "non-exclusive" beside a true exclusive scales nothing (as without the heading).
  const body = 'Licensor grants to Alpha an exclusive license under the Licensed Patents in the Field of Automotive Sensors, and grants to Beta a non-exclusive license under the Licensed Patents in the Field of Consumer Electronics.';
  const exclusivity = (heading: string | null): number => {
    const text = `${heading ?? 'Grant'}\n${body}\n`;
    const start = text.indexOf('Licensor');
    const tree = treeOf(text, [{ heading, start, end: text.length - 1, parent: null }]);
    return tagClauses(sourceFromText(text, 'a.txt', 'text'), tree).get('c1')?.find((t) => t.type === 'exclusivity')?.confidence ?? 0;
  };
  it('keeps the type\'s phrase hits as affirming it under a heading for the type', () => {
    expect(exclusivity(null)).toBeGreaterThanOrEqual(0.5);
    expect(exclusivity('Exclusivity')).toBeGreaterThanOrEqual(exclusivity(null));
  });
});

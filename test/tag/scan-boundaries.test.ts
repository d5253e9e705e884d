// Where a cue's match may run and what it may match: a long-gap cue begun in one clause that runs into the next hid
// that clause's own match of the same cue (the scan keeps one of overlapping matches, and the running-over one counts
// for neither clause); a modal cue's verb right after a light verb is that verb's object ("shall not take place").
import { describe, expect, it } from 'vitest';
import { clauseTypesOf, tagsOf } from './helpers.js';

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

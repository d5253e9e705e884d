import { describe, expect, it } from 'vitest';
import { modalClausesOf } from '../../src/tag/nlp.js';

// The tagger reads a verb phrase's main verb and negation in place when the phrase holds no contraction, and through
// compromise's parse() (which clones the document and expands contractions) otherwise. Both ways must agree.
const WRITTEN = [
  'Licensee shall not, directly or indirectly, sell or distribute the Licensed Products outside the Territory.',
  'Either party may terminate this Agreement upon sixty (60) days written notice to the other party.',
  'Distributor shall promptly carry out the marketing plan and shall not want to compete with the Company.',
  'Neither party shall assign this Agreement without the prior written consent of the other party.',
  'The Licensor cannot be required to provide support after the Term, and the Licensee won\'t sublicense the Software.',
  'Supplier shan\'t raise prices during the first year; Buyer can\'t purchase from a third party.',
  'The Company hereby grants to Licensee a non-exclusive license and agrees to maintain the Licensed Patents.',
  'Reseller will have been notified, and Customer should immediately pay the fees it owes.',
  'No Member may transfer its interest, nor shall any Member pledge it, except as provided herein.',
  'Franchisee must not open, operate or own any competing business within ten miles of the Premises.',
  'The parties agree that Licensee covenants not to sue Licensor and undertakes to indemnify it.',
  'Consultant shall be permitted to use the Deliverables, and may, at its option, terminate the engagement.',
  'Purchaser will not solicit or hire any employee of Seller for two years after the Closing Date.',
  'Sponsor shall keep accurate books and records and shall permit the auditor to inspect them.',
  // Phrases whose words left after the modal are two matches (compromise takes the last).
  'Licensee will take such steps as may be reasonably necessary to protect the Licensed Patents.',
  'All notices hereunder shall be in writing and shall be deemed validly given when delivered in person.',
  'Sponsor agrees that the rights granted hereunder do not include any rights to the Marks.',
];

const SUBJECTS = ['Licensee', 'Neither party', 'The Distributor', 'Each Affiliate'];
const MODALS = ['shall', 'shall not', 'may', 'may not', 'will', 'cannot', 'must', "won't", 'agrees to', 'agrees not to'];
const MIDDLES = ['', 'directly or indirectly ', 'at any time ', 'be required to ', 'immediately '];
const VERBS = ['terminate', 'sublicense', 'compete with', 'assign', 'pay', 'set up', 'hand over', 'want to sell'];

function generated(): string[] {
  const out: string[] = [];
  let k = 0;
  for (const subject of SUBJECTS) {
    for (const modal of MODALS) {
      const middle = MIDDLES[k % MIDDLES.length] as string;
      const verb = VERBS[(k * 3) % VERBS.length] as string;
      out.push(`${subject} ${modal} ${middle}${verb} the Licensed Products in the Territory.`);
      k++;
    }
  }
  return out;
}

describe('modal reading in place', () => {
  it('agrees with the reading through parse() on written and generated sentences', () => {
    let readings = 0;
    for (const sentence of [...WRITTEN, ...generated()]) {
      const inPlace = modalClausesOf(sentence, true);
      expect(inPlace, sentence).toEqual(modalClausesOf(sentence, false));
      readings += inPlace.length;
    }
    // (Not vacuous: most of these sentences hold a modal construction.)
    expect(readings).toBeGreaterThan(40);
  });

  it('reads the main verb, its negation and a contraction as before', () => {
    expect(modalClausesOf('Licensee shall not, directly or indirectly, sell the Licensed Products.', true)).toContainEqual(expect.objectContaining({ modal: 'shall', verb: 'sell', negated: true }));
    // ("cannot" is a contraction to compromise: read through parse().)
    expect(modalClausesOf('The Licensor cannot assign this Agreement.', true)).toContainEqual(expect.objectContaining({ modal: 'cannot', verb: 'assign', negated: true }));
    expect(modalClausesOf('Either party may terminate this Agreement upon notice.', true)).toContainEqual(expect.objectContaining({ modal: 'may', verb: 'terminate', negated: false }));
  });
});

describe('match statements parsed once (parseMatchesOnce)', () => {
  // compromise's match statements are parsed once per process and the parse is reused by every later sentence: reading
  // a sentence must give the same after many others were read as before (matching must never change a parse it reuses).
  it('reads every sentence the same before and after reading all the others, in either order', () => {
    const sentences = [...WRITTEN, ...generated()];
    const first = sentences.map((s) => JSON.stringify(modalClausesOf(s, true)) + JSON.stringify(modalClausesOf(s, false)));
    const again = [...sentences].reverse().map((s) => JSON.stringify(modalClausesOf(s, true)) + JSON.stringify(modalClausesOf(s, false))).reverse();
    expect(again).toEqual(first);
  });
});

// A class defined in a sentence of its own, not in a parenthetical: 'Tsurugi and Pellham are each a "Member" and
// together the "Members".' Form 2 of the definition pattern reads these words only inside brackets, so the plural, used
// throughout a joint-venture exit agreement, was reported as an undefined term in the sentence that defines it.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const defined = (text: string): string[] => factsOf(text).definitions.map((d) => d.term);

const PREAMBLE = (sentence: string): string =>
  [
    'This Agreement is made between Tsurugi Chemical Co., Ltd. ("Tsurugi"), Pellham Photonics, Inc. ("Pellham") and Lumaris LLC (the "Company").',
    '',
    sentence,
    '',
    '1. LICENCES',
    '',
    '1.1 Each Member grants the other Members a non-exclusive licence. The members of the board of the Company shall meet.',
    '',
  ].join('\n');

describe('a class defined in its own sentence', () => {
  it('reads both the singular and the plural: are each a "Member" and together the "Members"', () => {
    expect(defined(PREAMBLE('Tsurugi and Pellham are each a "Member" and together the "Members".'))).toEqual(expect.arrayContaining(['Member', 'Members']));
  });

  it('reads "are individually referred to as a ... and collectively as the ..."', () => {
    expect(defined(PREAMBLE('Tsurugi and Pellham are individually referred to as a "Member" and collectively as the "Members".'))).toEqual(expect.arrayContaining(['Member', 'Members']));
  });

  it('near miss: a quoted word after "is" with no class word is no definition ("the notice is a "Final Notice" under ...")', () => {
    expect(defined(PREAMBLE('The notice so given is a "Final Notice" for the purposes of the LLC Agreement.'))).not.toContain('Final Notice');
  });
});

// A section number run onto the end of the sentence before it, whose full stop was lost ('... and confidential
// information 4.4 Non-Circumvention. Consultant expressly agrees ...', 'Attn: General Counsel 6.6 No Agency. Nothing
// herein ...'): the section was read into the one before, and a reference to it was reported as pointing nowhere.
// Agreement text written for this test.
import { describe, expect, it } from 'vitest';
import { byNumber, tree } from './helpers.js';

const agreement = (tail: string): string => [
  'CONSULTING AGREEMENT',
  'The Company and the Consultant agree as follows:',
  `4. Consultant Obligations. 4.1 Warranties. Consultant warrants that it is free to perform the Services. 4.2 Non-Solicitation. Consultant will not solicit any employee of the Company for a period of two (2) years, nor attempt to obtain its trade secrets or other proprietary and confidential information ${tail}`,
  '5. Return of Materials. Upon termination Consultant will return all Company property.',
].join('\n\n');

describe('a section number after a sentence whose full stop was lost', () => {
  it('starts the section when its run-in title follows', () => {
    const text = agreement('4.3 Non-Circumvention. Consultant will not pursue any transaction to which the Company introduced it.');
    const t = tree(text);
    expect(byNumber(t, '4.3').heading).toBe('Non-Circumvention');
    expect(text.slice(byNumber(t, '4.2').start, byNumber(t, '4.2').end)).not.toContain('Non-Circumvention');
  });

  it('near miss: a number cited after "Section" stays in its sentence', () => {
    const text = agreement('under Section 4.3 Non-Circumvention. Consultant will not pursue any transaction to which the Company introduced it.');
    const t = tree(text);
    expect(t.clauses.map((c) => c.number)).not.toContain('4.3');
  });

  it('near miss: a number that is no title\'s stays in its sentence', () => {
    const text = agreement('for 4.3 million dollars. Consultant will not pursue any transaction to which the Company introduced it.');
    const t = tree(text);
    expect(t.clauses.map((c) => c.number)).not.toContain('4.3');
  });
});

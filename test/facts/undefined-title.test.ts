// precision/undefined-term: the document's title names the document or the programme it sets up ("# OPEN VEHICLE
// PATENT COMMONS", then "joins the Open Vehicle Patent Commons"): a name, not a term to define. A heading further on,
// or a title that only opens with the run, excuses nothing.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = ['Agreement', 'Member', 'Administrator']) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

const BODY = '\n\nThis Agreement is made available by the Administrator.\n\n1. Membership\n\nThe company named below joins the Northern Grid Patent Pool and agrees to be bound, as a Member, by this Agreement.\n';

describe('undefined terms: the document\'s title', () => {
  it('reads a run that is the title, in capitals, as the document\'s name', () => {
    expect(terms(`# NORTHERN GRID PATENT POOL\n\n## Pool Licence Agreement${BODY}`)).toEqual([]);
    expect(terms(`**THE NORTHERN GRID PATENT POOL**\n\nPool Licence Agreement${BODY}`)).toEqual([]);
  });

  it('before: without the title the run is reported', () => {
    expect(terms(`POOL LICENCE AGREEMENT${BODY}`)).toEqual(['Northern Grid Patent Pool']);
  });

  it('near miss: a heading further on, or a title that only opens with the run', () => {
    const heading = 'POOL LICENCE AGREEMENT\n\nThis Agreement is made available by the Administrator.\n\n8. CONFIDENTIAL INFORMATION\n\nEach Member shall keep the Confidential Information secret.\n';
    expect(terms(heading)).toEqual(['Confidential Information']);
    expect(terms(`NORTHERN GRID PATENT POOL LICENCE AGREEMENT${BODY}`)).toEqual(['Northern Grid Patent Pool']);
  });
});

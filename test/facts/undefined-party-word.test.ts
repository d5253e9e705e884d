// precision/undefined-term: only the words that open a party's name, before other words, name something of that party
// ("the Kestrel Products"); a later word of the name opens a term as any word does ("a Packaging Subcontractor" beside
// "KESTREL ADVANCED PACKAGING, INC.").
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const kestrel = [{ name: 'KESTREL ADVANCED PACKAGING, INC.', aliases: ['Kestrel'] }];
const terms = (text: string, parties = kestrel) => findUndefinedTerms(text, [], parties, locate).map((t) => t.term);

describe('undefined terms: a run opening with a later word of a party name', () => {
  it('reports a run that opens with a word from inside or at the end of a party name', () => {
    expect(terms('2.3 A Party may extend its have made rights to a Packaging Subcontractor on notice.\n')).toEqual(['Packaging Subcontractor']);
    expect(terms('2.4 Alpha may grant an Advanced Node Licence on request.\n')).toEqual(['Advanced Node Licence']);
  });

  it('near miss: a run opening with the name\'s first words, or with the first word of a second name joined by "and", stays silent', () => {
    expect(terms('2.5 Beta may resell the Kestrel Products and the Kestrel Advanced Substrates.\n')).toEqual([]);
    expect(terms('6.1 Affiliate shall not pose as a Chase Website.\n', [{ name: 'AFFILIATE AND CHASE', aliases: [] }])).toEqual([]);
  });
});

// A clause whose text is a heading alone ("DISASTER RECOVERY" on its own line, under its article) has that heading as
// its own heading: its words are heading evidence. They were read again as the clause's text, so a type with both a
// heading cue and a phrase cue for the same words counted them twice (0.85 and 0.8 combined: 0.97).
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { tagClauses } from '../../src/tag/index.js';
import { treeOf } from './helpers.js';

const TEXT = `ARTICLE 9 OPERATIONS

DISASTER RECOVERY

Provider shall maintain a disaster recovery plan and a backup site for the Services, and test them twice a year.

TARIFF ICC TARIFF

Charges for transport follow the tariff on file with the ICC.
`;

function tagged() {
  const at = (s: string) => TEXT.indexOf(s);
  const end = (s: string) => at(s) + s.length;
  const tree = treeOf(TEXT, [
    { heading: 'OPERATIONS', start: 0, end: TEXT.length, parent: null },
    { heading: null, start: at('DISASTER RECOVERY'), end: end('DISASTER RECOVERY'), parent: 0 },
    { heading: null, start: at('Provider shall'), end: end('twice a year.'), parent: 0 },
    { heading: null, start: at('TARIFF ICC'), end: end('TARIFF ICC TARIFF'), parent: 0 },
    { heading: null, start: at('Charges for'), end: end('with the ICC.'), parent: 0 },
  ]);
  const tags = tagClauses(sourceFromText(TEXT, 'msa.txt', 'text'), tree);
  return (id: string, type: string) => tags.get(id)?.find((t) => t.type === type);
}

describe('a clause made only of a heading', () => {
  const tagOf = tagged();

  it('counts its words once, as its heading, for a type they are a heading cue of', () => {
    const heading = tagOf('c2', 'contingency');
    expect(heading?.cues).toEqual(['heading: DISASTER RECOVERY']);
    // The same heading evidence and nothing else: what a clause with that heading and no matching text gets.
    expect(heading?.confidence).toBeLessThan(0.97);
    // The paragraph under it keeps its own text evidence.
    expect(tagOf('c3', 'contingency')?.cues.some((c) => c.startsWith('phrase: disaster recovery'))).toBe(true);
  });

  it('keeps text evidence for a type its heading gives none to', () => {
    // Only once counted, so kept ("ICC" is a phrase cue of dispute resolution, and no heading cue).
    expect(tagOf('c4', 'dispute-resolution')?.cues).toEqual(['phrase: ICC']);
  });
});

// A bold label and a colon before a date on a Markdown cover page ("**Dated:** 14 January 2027") was read as an English-law
// definitions list entry ("**Business Day:** a day other than ..."), so "Dated" was reported as a defined term never
// used (held-out y-markdown-lazy-numbered, unused-definition).
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

describe('definitions: a bold label before a date', () => {
  it('defines nothing when the value is a date', () => {
    for (const line of ['**Dated:** 14 January 2027', '**Date:** March 1, 2027', '**Signed on:** 2027-01-14']) {
      expect(factsOf(`${line}\n\nThis agreement is made between Alpha Limited and Beta S.p.A.\n`).definitions.map((d) => d.term), line).toEqual([]);
    }
  });

  it('near miss: a bold term before its meaning is still defined', () => {
    expect(factsOf('**Business Day:** a day other than a Saturday, Sunday or public holiday in London.\n').definitions.map((d) => d.term)).toEqual(['Business Day']);
  });
});

// Counsel's verdicts on the defined terms of short agreement excerpts (test/facts/term-precision.cases.ts): the facts
// that precision/undefined-term and precision/unused-definition read must agree with them.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';
import { TERM_CASES } from './term-precision.cases.js';

const verdictOf = (text: string) => {
  const facts = factsOf(text);
  return { undefined: facts.undefinedTerms.map((u) => u.term), unused: facts.unusedTerms.map((u) => u.term) };
};

describe('defined-term verdicts on agreement excerpts', () => {
  for (const c of TERM_CASES) {
    it(c.name, () => {
      const got = verdictOf(c.text);
      const want = { undefined: [...c.undefined], unused: [...c.unused] };
      if (c.known) expect(got, c.known).not.toEqual(want);
      else expect(got).toEqual(want);
    });
  }
});

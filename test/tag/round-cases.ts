// The cue rounds' tests (test/tag/*-round.test.ts): per type, wordings that must carry it and near misses that must not.
import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers.js';

export interface RoundCase { readonly type: string; readonly yes: readonly string[]; readonly no: readonly string[] }

/** One test per wording: each `yes` text tagged with its case's type, each `no` text not. */
export function describeRound(title: string, cases: readonly RoundCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      for (const text of c.yes) it(`${c.type}: ${text.slice(0, 70)}`, () => expect(typesOf(text)).toContain(c.type));
      for (const text of c.no) it(`not ${c.type}: ${text.slice(0, 70)}`, () => expect(typesOf(text)).not.toContain(c.type));
    }
  });
}

// followReferences: a clause query's `text` pattern may be met by the heading of a clause the clause refers to by number
// ("Clauses 5 and 11 survive termination", clause 5 headed "Improvements"; "the licence under clause 5.3", inside it),
// the reference then being the match; `require` and `exclude` read the clause's own words.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { DocumentContext } from '../../src/rules/context.js';
import type { ClauseQuery } from '../../src/rules/query.js';

const survival = (followReferences?: boolean): ClauseQuery => ({
  text: '\\bimprovements?\\b',
  require: '\\bsurviv\\w*|\\bcontinues?\\b',
  ...(followReferences === undefined ? {} : { followReferences }),
});

const AGREEMENT = `# Technology Cross-Licence

## 4. Licences

4.1 Each party grants the other a non-exclusive licence under its Licensed Patents.

## 5. Improvements

5.1 Each party owns the Improvements it makes.

5.2 Corvid grants Meridian a perpetual licence under every Improvement made by Corvid.

## 9. Confidentiality

9.1 Each party keeps the other's information confidential.

## 10. Termination

10.1 Either party may terminate this agreement on ninety days' notice.

10.2 SURVIVAL

10.3 Meridian's licence under clause 5.2 continues after termination.

10.4 Clauses 5, 9 and 10 survive termination or expiry.

10.5 Clause 9 survives termination for five years.
`;

const ctx = (text = AGREEMENT): DocumentContext => new DocumentContext(analyze(sourceFromText(text, 'agreement.md')));
const selected = (c: DocumentContext, q: ClauseQuery): (string | null)[] => c.query(q).map((m) => c.clause(m.clauseId)?.number ?? null);

describe('clause queries: followReferences', () => {
  it("reads the heading of the clause a reference names, or of the headed clause it sits in", () => {
    const c = ctx();
    expect(selected(c, survival(true))).toEqual(['10.3', '10.4']);
    // The evidence is the clause's own words.
    const at = c.query(survival(true)).find((m) => c.clause(m.clauseId)?.number === '10.4');
    expect(at?.evidence).toContain('Clauses 5, 9 and 10 survive');
  });

  it('reads only the clause without it', () => {
    expect(selected(ctx(), survival())).toEqual([]);
  });

  it('selects no clause whose references name other headings', () => {
    // Near miss: 10.5 keeps clause 9 (Confidentiality) alive, and `require` still reads the clause's own words
    // (5.2 names no survival, though the heading it sits under matches the text).
    expect(selected(ctx(), survival(true))).not.toContain('10.5');
    expect(selected(ctx(), survival(true))).not.toContain('5.2');
  });
});

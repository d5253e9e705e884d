// A finding's other matches in its clause ({{matched}}, {{foundAll}}'s neighbour otherMatches in evaluate.ts) were found
// by a global search begun at the clause's start, which went on past the clause to the next match, and to the document's
// end when there was none: for a clause early in a long contract, a search of the whole rest of it per finding (~1.8%
// of the rules stage over CUAD dev). DocumentContext.scannedFrom reads them from the document's scan for the pattern
// when that has run and none of its matches runs over the clause's start; these tests hold it to the search it stands for.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { DocumentContext, ScanPlan } from '../../src/rules/context.js';
import { compile } from '../../src/rules/patterns.js';

const AGREEMENT = `# PATENT LICENSE AGREEMENT

## 5. Audit

5.1 Licensee shall keep complete books and records. Licensor may audit those records once a year, and an AUDIT may be
carried out by an independent auditor of Licensor's choosing. Audits take place on thirty (30) days' notice.

5.2 The costs of any audit are borne by Licensor, unless the audit reveals an underpayment of more than 5%.

## 6. Reports

6.1 Licensee shall report Net Sales quarterly. The reports are not audited, and no audit right applies to them beyond
Section 5.

## 7. General

7.1 Nothing in this Agreement is an auditable obligation of the Licensor.
`;

const PATTERNS = [
  String.raw`\baudit\w*`,
  // matches that run over clause ends
  String.raw`\baudit[^.]{0,200}\.`,
  // a look-behind, and a pattern without leading words (scanned whole)
  String.raw`(?<!\bno\s)\baudit(?:s|ed|or)?\b`,
  String.raw`[a-z]\s+audit`,
  // empty matches
  String.raw`\b(?:audit)?`,
];

/** The matches a global search begun at `from` finds (compile's regex, as evaluate.ts searched), empty ones left out. */
function searched(hay: string, src: string, from: number): [number, number][] {
  const pattern = compile(src);
  const re = new RegExp(pattern.source, `${pattern.flags}g`);
  re.lastIndex = from;
  const out: [number, number][] = [];
  for (let m = re.exec(hay); m !== null; m = re.exec(hay)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

describe('DocumentContext.scannedFrom', () => {
  const analysis = analyze(sourceFromText(AGREEMENT, 'audit.md'));

  it('is null before the rules have scanned for the pattern', () => {
    const ctx = new DocumentContext(analysis, undefined, new ScanPlan(PATTERNS.map((src) => ({ src, matchCase: false }))));
    expect(ctx.scannedFrom(PATTERNS[0] as string, 0)).toBeNull();
  });

  for (const src of PATTERNS) {
    it(`finds what a search begun at each offset finds: /${src}/`, () => {
      const ctx = new DocumentContext(analysis, undefined, new ScanPlan(PATTERNS.map((p) => ({ src: p, matchCase: false }))));
      // A query with the pattern as its text scans the document for it.
      ctx.query({ text: src });
      let read = 0;
      let refused = 0;
      for (let from = 0; from <= AGREEMENT.length; from++) {
        const got = ctx.scannedFrom(src, from);
        if (got === null) {
          refused++;
          continue;
        }
        read++;
        const { starts, ends } = got.scan;
        const fromScan: [number, number][] = [];
        for (let i = got.first; i < starts.length; i++) if ((ends[i] as number) > (starts[i] as number)) fromScan.push([starts[i] as number, ends[i] as number]);
        expect(fromScan, `from ${from}`).toEqual(searched(ctx.ruleText, src, from));
      }
      expect(read).toBeGreaterThan(0);
      // Inside a match of the scan the search could find another match: the scan is not read there.
      if (src !== PATTERNS[4]) expect(refused).toBeGreaterThan(0);
    });
  }

  it('is not read for a pattern the rules match case (their scan is of the pattern as written)', () => {
    const ctx = new DocumentContext(analysis, undefined, new ScanPlan([{ src: String.raw`\bAUDIT\b`, matchCase: true }]));
    ctx.query({ text: String.raw`\bAUDIT\b`, matchCase: true });
    expect(ctx.scannedFrom(String.raw`\bAUDIT\b`, 0)).toBeNull();
  });
});

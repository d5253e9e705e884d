import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';
import { applySuppressions } from '../../src/suppress/index.js';

const packs = loadBuiltinPacks().filter((p) => ['antitrust', 'precision'].includes(p.id));

// Windows line ends in part: the line index counts "\r\n" as one line end and a lone "\r" as one too.
const TEXT = [
  '# Patent Cross-License Agreement',
  '',
  '## 8. Licensed Patents',
  '',
  '<!-- clausecheck-disable-next-clause antitrust/no-challenge -- accepted by counsel (J. Doe) -->',
  '8.4 Beta shall not, directly or indirectly, challenge or assist any third party in challenging the validity of any Licensed Patent.',
  '',
  '8.5 Beta shall pay Alpha a fee of [●] for each challenge procedure.',
  '',
].join('\r\n') + '\r9. Term\rThis Agreement ends on the expiry of the last Licensed Patent.\n';

describe('the line index analyze() builds once for every stage', () => {
  it('places every clause where the clause tree does', () => {
    const a = analyze(sourceFromText(TEXT, 'agreement.md'));
    expect(a.lines).toBeDefined();
    expect(a.tree.clauses.length).toBeGreaterThan(2);
    for (const c of a.tree.clauses) {
      expect(a.lines?.point(c.start)).toEqual(c.position.start);
      expect(a.lines?.point(c.end)).toEqual(c.position.end);
    }
  });

  it('gives the same findings and suppressions as an index each stage builds for itself', async () => {
    const a = analyze(sourceFromText(TEXT, 'agreement.md'));
    const { lines, ...withoutLines } = a;
    expect(lines).toBeDefined();
    const shared = await evaluate(a, packs);
    const own = await evaluate(withoutLines, packs);
    expect(shared.length).toBeGreaterThan(0);
    expect(shared).toEqual(own);
    const viaShared = applySuppressions(a.source, a.tree, shared, lines ? { lines } : {});
    expect(viaShared.findings.some((f) => f.suppressed !== undefined)).toBe(true);
    expect(viaShared).toEqual(applySuppressions(a.source, a.tree, own));
  });
});

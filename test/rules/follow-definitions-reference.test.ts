// foundInDefinitionsUsed judges each definition's words once per document and searches a span only for the terms of
// definitions that can still answer: the same verdicts as the first version, which collected the words of every
// definition used in the span and tested them there (written out below as the reference).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { DocumentContext } from '../../src/rules/context.js';
import { compile, list } from '../../src/rules/patterns.js';
import type { ClauseQuery } from '../../src/rules/query.js';

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

function reference(ctx: DocumentContext, src: string, from: number, to: number, follow: NonNullable<ClauseQuery['followDefinitions']>): boolean {
  if (follow === false) return false;
  const re = compile(src);
  const skip = follow === true ? [] : list(follow.exclude).map((x) => compile(x));
  const after = follow === true ? undefined : follow.after;
  const span = ctx.text.slice(from, to);
  const lead = after === undefined ? null : compile(`(?:${after})$`);
  const found: string[] = [];
  for (const d of ctx.analysis.facts.definitions) {
    if ((d.style !== 'means' && d.style !== 'inline') || (d.start >= from && d.start < to)) continue;
    const term = d.term.trim();
    if (term.length < 2) continue;
    for (let at = span.indexOf(term); at >= 0; at = span.indexOf(term, at + 1)) {
      let end = at + term.length;
      if (span[end] === 's') end++;
      if (isAlnum(span.charCodeAt(at - 1)) || isAlnum(span.charCodeAt(end))) continue;
      if (lead !== null && !lead.test(span.slice(Math.max(0, at - 80), at))) continue;
      if (d.text !== undefined && d.text !== '') found.push(d.text);
      break;
    }
  }
  return found.some((w) => re.test(w) && !skip.some((x) => x.test(w)));
}

const terms = ['Platform IP', 'Licensed Rights', 'Marks', 'Products', 'IP'];
const meanings = ['the patents listed in Schedule 1', 'know-how and trade secrets', 'the trade marks and patents of Alpha', 'goods made under its patents', 'the copyright in the Software', 'the logo'];
const uses = ['a licence under the', 'a licence to use the', 'rights in', 'sells the', 'under', 'subject to', '(a)'];
const definitionLine = fc.tuple(fc.constantFrom(...terms), fc.constantFrom(...meanings), fc.boolean()).map(([t, m, quoted]) => (quoted ? `"${t}" means ${m}.` : `${t} means ${m}.`));
const useLine = fc.tuple(fc.constantFrom(...uses), fc.constantFrom(...terms), fc.constantFrom('', 's', 'x', '.', ' and the Marks.')).map(([u, t, tail]) => `Alpha grants Beta ${u} ${t}${tail} in the Territory.`);
const docText = fc.tuple(fc.array(definitionLine, { minLength: 1, maxLength: 4 }), fc.array(useLine, { minLength: 1, maxLength: 4 })).map(
  ([defs, grants]) => `# Licence\n\n## 1. Definitions\n\n${defs.map((d, i) => `1.${i + 1} ${d}`).join('\n\n')}\n\n## 2. Grant\n\n${grants.map((g, i) => `2.${i + 1} ${g}`).join('\n\n')}\n`,
);
const follows: NonNullable<ClauseQuery['followDefinitions']>[] = [
  true,
  false,
  { exclude: '\\btrade[- ]?marks?\\b|\\bcopyrights?\\b' },
  { exclude: '\\btrade[- ]?marks?\\b', after: '\\b(?:under|licen[cs]es?\\s+(?:to|in)|rights?\\s+(?:to|in))\\s+(?:the\\s+)?' },
  { after: '\\bunder\\s+' },
];

describe('foundInDefinitionsUsed', () => {
  it('gives the first version\'s verdicts, span by span, in any order of asking', () => {
    fc.assert(
      fc.property(docText, fc.array(fc.nat(), { minLength: 5, maxLength: 30 }), (text, picks) => {
        const ctx = new DocumentContext(analyze(sourceFromText(text, 'licence.md')));
        const clauses = ctx.analysis.tree.clauses;
        for (const k of picks) {
          const c = clauses[k % clauses.length];
          if (!c) continue;
          const follow = follows[k % follows.length] as NonNullable<ClauseQuery['followDefinitions']>;
          const src = k % 3 === 0 ? '\\bpatents?\\b|\\bknow-how\\b' : k % 3 === 1 ? '\\btrade\\s+secrets?\\b' : '\\blogo\\b';
          const to = k % 2 === 0 ? c.bodyEnd : c.end;
          expect(ctx.foundInDefinitionsUsed(src, c.start, to, follow)).toBe(reference(ctx, src, c.start, to, follow));
        }
      }),
      { numRuns: 150 },
    );
  });
});

// followDefinitions: a clause query's `require` pattern may be met by the definition of a defined term the clause uses
// ("a licence under Helixa Platform IP", where "Helixa Platform IP means the patents listed in Schedule 1 ..."), not
// by the clause's own words alone; definitions matching its `exclude` are not followed.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { DocumentContext } from '../../src/rules/context.js';
import type { ClauseQuery } from '../../src/rules/query.js';

const gate = (followDefinitions?: ClauseQuery['followDefinitions']): ClauseQuery => ({
  text: '\\bgrants?\\b[^.;]{0,200}\\blicen[cs]e',
  require: '\\bpatents?\\b|\\bknow-how\\b',
  ...(followDefinitions === undefined ? {} : { followDefinitions }),
});

const doc = (definition: string): DocumentContext =>
  new DocumentContext(
    analyze(
      sourceFromText(
        `# Licence Agreement\n\n## 1. Definitions\n\n1.1 ${definition}\n\n## 2. Grant\n\n2.1 Helixa grants Corvane a non-exclusive licence under Helixa Platform IP to use the platform in the Territory.\n`,
        'licence.md',
      ),
    ),
  );

const selected = (ctx: DocumentContext, q: ClauseQuery): (string | null)[] =>
  ctx.query(q).map((m) => ctx.clause(m.clauseId)?.number ?? null);

describe('clause queries: followDefinitions', () => {
  const patents = 'Helixa Platform IP means the patents listed in Schedule 1 and Helixa know-how relating to phage display.';

  it('finds a required word in the definition of a term the clause uses', () => {
    expect(selected(doc(patents), gate(true))).toEqual(['2.1']);
    expect(selected(doc(patents), gate({ exclude: '\\btrade[- ]?marks?\\b' }))).toEqual(['2.1']);
  });

  it('reads only the clause without it', () => {
    expect(selected(doc(patents), gate())).toEqual([]);
  });

  it('does not follow a definition its exclude matches, nor one that does not name the word', () => {
    const catchAll = 'Helixa Platform IP means all patents, copyrights, trademarks and know-how of Helixa.';
    expect(selected(doc(catchAll), gate({ exclude: '\\btrade[- ]?marks?\\b|\\bcopyrights?\\b' }))).toEqual([]);
    const software = 'Helixa Platform IP means the Helixa screening software in object code form.';
    expect(selected(doc(software), gate(true))).toEqual([]);
  });

  it('follows a term only where it is used as written (capitalised), a whole word', () => {
    const ctx = new DocumentContext(
      analyze(
        sourceFromText(
          '# Licence Agreement\n\n## 1. Definitions\n\n1.1 Platform means the patents listed in Schedule 1.\n\n## 2. Grant\n\n2.1 Helixa grants Corvane a non-exclusive licence to use its platform software and PlatformX tools in the Territory.\n',
          'licence.md',
        ),
      ),
    );
    expect(selected(ctx, gate(true))).toEqual([]);
  });
});

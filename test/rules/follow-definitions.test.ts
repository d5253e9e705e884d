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

  it('with `after`, follows only a term the words before it lead to (the licensed rights, not what they are used on)', () => {
    const after = '\\b(?:under|licen[cs]es?\\s+(?:to|in))\\s+(?:the\\s+)?';
    const make = (grant: string) =>
      new DocumentContext(
        analyze(
          sourceFromText(
            `# Distribution Agreement\n\n## 1. Definitions\n\n1.1 "Products" means the charging stations that Voltaris makes under its patents.\n\n1.2 "Voltaris IP" means the patents listed in Schedule 1.\n\n## 2. Grant\n\n2.1 ${grant}\n`,
            'licence.md',
          ),
        ),
      );
    // Without `after` (every term the clause uses is followed), the Products' definition made a
    // licence to use a name on them a patent licence.
    const onProducts = make('Voltaris grants Harbourline a licence to use the VOLTARIS name and logo on the Products.');
    expect(selected(onProducts, gate(true))).toEqual(['2.1']);
    expect(selected(onProducts, gate({ after }))).toEqual([]);
    expect(selected(make('Voltaris grants Harbourline a licence under the Voltaris IP to sell the Products.'), gate({ after }))).toEqual(['2.1']);
    expect(selected(make('Voltaris grants Harbourline a licence to the Voltaris IP in the Territory.'), gate({ after }))).toEqual(['2.1']);
  });

  it('reads a definition and the words before a use as the rules read the text: "Inc." before lower case and "Section 2.04" end no sentence', () => {
    // The definition's patents and its schedule are one sentence across 'Inc.' and '2.04'.
    const scheduled: ClauseQuery = { text: '\\bgrants?\\b[^.;]{0,200}\\blicen[cs]e', require: '\\bpatents\\b[^.;]{0,120}\\bSchedule\\b', followDefinitions: true };
    expect(selected(doc('Helixa Platform IP means the patents of Helixa Bio, Inc. listed in Section 2.04 of Schedule 1.'), scheduled)).toEqual(['2.1']);
    // Near miss: a real sentence end before the schedule.
    expect(selected(doc('Helixa Platform IP means the patents of Helixa. Schedule 1 lists the Helixa know-how.'), scheduled)).toEqual([]);
    // `after` reads the words before the use across 'e.g.' as the pattern's window would.
    const after = '\\blicen[cs]e\\b[^.;]{0,40}\\bunder\\s+';
    const ctx = (grant: string) => new DocumentContext(analyze(sourceFromText(`# Licence Agreement\n\n## 1. Definitions\n\n1.1 ${patents}\n\n## 2. Grant\n\n2.1 ${grant}\n`, 'licence.md')));
    expect(selected(ctx('Helixa grants Corvane a licence (e.g. for research) under Helixa Platform IP in the Territory.'), gate({ after }))).toEqual(['2.1']);
    expect(selected(ctx('Helixa grants Corvane a licence. It is for research under Helixa Platform IP in the Territory.'), gate({ after }))).toEqual([]);
  });
});

describe('clause queries: followDefinitions with `text`', () => {
  const make = (definition: string, clause: string) =>
    new DocumentContext(
      analyze(
        sourceFromText(
          `# Evaluation Agreement\n\n## 1. Definitions\n\n1.1 ${definition}\n\n## 7. Results\n\n7.1 Lyrae shall give Corvane a written report of the Evaluation.\n\n7.2 ${clause}\n`,
          'evaluation.md',
        ),
      ),
    );
  const assigned = (text: ClauseQuery['followDefinitions']): ClauseQuery => ({
    text: '\\bimprovements?\\b',
    require: '\\bhereby\\s+assigns?\\b',
    followDefinitions: text,
  });
  const defined = '"Trial Developments" means any improvement to the Evaluation Kit that Lyrae makes during the Evaluation.';

  it('reads a use of a term whose definition the text matches as a text match, the use as its match', () => {
    const ctx = make(defined, 'Lyrae hereby assigns to Corvane all right, title and interest in all Trial Developments.');
    expect(selected(ctx, assigned({ text: true }))).toEqual(['7.2']);
    const [m] = ctx.query(assigned({ text: true }));
    expect(ctx.text.slice(m?.start ?? 0, m?.end ?? 0)).toMatch(/assigns/);
    // Without `text`, only require follows definitions: the clause's own words name no improvement.
    expect(selected(ctx, assigned(true))).toEqual([]);
    expect(selected(ctx, assigned({}))).toEqual([]);
  });

  it('keeps `exclude` and `after`, and follows the term as written', () => {
    const ctx = make(defined, 'Lyrae hereby assigns to Corvane all right, title and interest in all Trial Developments.');
    expect(selected(ctx, assigned({ text: true, exclude: '\\bEvaluation\\s+Kit\\b' }))).toEqual([]);
    expect(selected(ctx, assigned({ text: true, after: '\\binterest\\s+in\\s+(?:all\\s+)?' }))).toEqual(['7.2']);
    expect(selected(ctx, assigned({ text: true, after: '\\blicen[cs]e\\s+under\\s+' }))).toEqual([]);
    // The term as written only: 'trial developments' in lower case is not the defined term.
    const lower = make(defined, 'Lyrae hereby assigns to Corvane all right, title and interest in its trial developments of other kits.');
    expect(selected(lower, assigned({ text: true }))).toEqual([]);
  });

  // A term defined more than once (a long agreement repeating its definitions) is looked for once, and each use is
  // one match, whichever of its definitions the text matches.
  it('reads a term defined twice once, through whichever definition matches', () => {
    const twice = (second: string) =>
      new DocumentContext(
        analyze(
          sourceFromText(
            `# Evaluation Agreement\n\n## 1. Definitions\n\n1.1 ${defined}\n\n1.2 ${second}\n\n## 7. Results\n\n7.1 Lyrae hereby assigns to Corvane all Trial Developments.\n\n7.2 Lyrae hereby assigns to Corvane all right, title and interest in all Trial Developments.\n`,
            'evaluation.md',
          ),
        ),
      );
    const uses = (ctx: DocumentContext) => ctx.query(assigned({ text: true })).map((m) => ctx.text.slice(m.start, m.end));
    // The second definition is not an improvement one: the uses are read through 1.1.
    const other = twice('"Trial Developments" also means the reports Lyrae writes on the Evaluation Kit.');
    expect(selected(other, assigned({ text: true }))).toEqual(['7.1', '7.2']);
    expect(uses(other)).toEqual(['Lyrae hereby assigns to Corvane all Trial Developments.', 'Lyrae hereby assigns to Corvane all right, title and interest in all Trial Developments.']);
    // Both match: the same two matches, not one per definition.
    const both = twice('"Trial Developments" also means any modification or improvement of the Evaluation Kit.');
    expect(uses(both)).toEqual(uses(other));
    // Neither matches: nothing.
    const neither = new DocumentContext(analyze(sourceFromText(`# Evaluation Agreement\n\n## 1. Definitions\n\n1.1 "Trial Developments" means the reports Lyrae writes.\n\n## 7. Results\n\n7.1 Lyrae hereby assigns to Corvane all Trial Developments.\n`, 'evaluation.md')));
    expect(selected(neither, assigned({ text: true }))).toEqual([]);
  });
});

// `check --explain`: per document, why each rule fired or did not (conditions held or failed, and what they saw),
// written to standard error so that standard output keeps the report in its format. Analyses on this thread.
import { LineIndex, type Source } from '../model/index.js';
import type { LoadedPack } from '../rules/index.js';
import { NO_SETTINGS, type DocumentSettings } from './config.js';
import { documentOptions, packsWithSettings } from './document-settings.js';

export async function explainDocuments(
  sources: readonly Source[],
  packs: readonly LoadedPack[],
  settings: readonly DocumentSettings[],
  write: (text: string) => void,
): Promise<void> {
  const { analyze } = await import('../analysis.js');
  const { analysisOptions } = await import('../check.js');
  const { explain, renderExplanation } = await import('../rules/index.js');
  const packsFor = packsWithSettings(packs);
  for (const [i, source] of sources.entries()) {
    const docPacks = packsFor(settings[i] ?? NO_SETTINGS);
    const options = documentOptions(settings[i] ?? NO_SETTINGS);
    const analysis = analyze(source, analysisOptions(docPacks, options));
    const result = await explain(analysis, docPacks, options.kind ? { kind: options.kind } : {});
    const comments = analysis.tree.comments;
    // Reviewers' comments a Google Docs export writes after the agreement: no rule reads them.
    const lines = comments ? new LineIndex(source.text) : null;
    const commentNote = comments && lines ? `${comments.count} reviewer comment${comments.count === 1 ? '' : 's'} after the agreement (lines ${lines.point(comments.start).line}-${lines.point(comments.end).line}, a Google Docs export's) read as comments, not clauses: no rule reads them\n` : '';
    const left = analysis.leftOut;
    const leftNote = left === undefined ? '' : `left out of rule evaluation: ${left.paragraphs} paragraph${left.paragraphs === 1 ? '' : 's'}${left.headingParts > 0 ? ` and ${left.headingParts} heading part${left.headingParts === 1 ? '' : 's'}` : ''} in ${left.language}, a parallel version of the English text (the rules read the English)\n${left.otherPrevails ? `the agreement says the ${left.language} version prevails: the English judged here is a convenience translation, and a finding may not hold in the ${left.language} text\n` : ''}`;
    const note = `${commentNote}${leftNote}`;
    write(`== ${source.path} (${result.kind}): why each rule fired or not\n${note}${renderExplanation(result.rules)}\n`);
  }
}

// `check --explain`: per document, why each rule fired or did not (conditions held or failed, and what they saw),
// written to standard error so that standard output keeps the report in its format. Analyses on this thread.
import type { Source } from '../model/index.js';
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
    write(`== ${source.path} (${result.kind}): why each rule fired or not\n${renderExplanation(result.rules)}\n`);
  }
}

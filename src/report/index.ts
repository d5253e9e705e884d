// The formatter registry: `--format` names are its keys. Each formatter is loaded on demand,
// so `check` on a small file does not pay for SARIF or HTML code it will not use.
import { ClauseCheckError, type RunReport } from '../model/index.js';
import type { FormatContext, Formatter } from './types.js';

const loaders = {
  stylish: async (): Promise<Formatter> => (await import('./stylish.js')).formatStylish,
  json: async (): Promise<Formatter> => (await import('./json.js')).formatJson,
  sarif: async (): Promise<Formatter> => (await import('./sarif.js')).formatSarif,
  markdown: async (): Promise<Formatter> => (await import('./markdown.js')).formatMarkdown,
  html: async (): Promise<Formatter> => (await import('./html.js')).formatHtml,
  junit: async (): Promise<Formatter> => (await import('./junit.js')).formatJunit,
} as const;

export type FormatName = keyof typeof loaders;
export const FORMAT_NAMES = Object.keys(loaders) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(loaders, name);
}

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  // (A JavaScript caller's name is not checked by the type.)
  if (typeof name !== 'string' || !isFormatName(name)) throw new ClauseCheckError('usage', `loadFormatter(): unknown format ${JSON.stringify(name)} (known: ${FORMAT_NAMES.join(', ')})`);
  return loaders[name]();
}

/** A formatter's text in pieces (their concatenation is the formatter's text), to be written piece by piece. */
export type ChunkedFormatter = (report: RunReport, ctx: FormatContext) => Iterable<string>;

// Formats whose text can be large enough that one string of it costs time and memory (a batch's JSON, ~17 MB).
const chunkedLoaders: Partial<Record<FormatName, () => Promise<ChunkedFormatter>>> = {
  json: async () => (await import('./json.js')).formatJsonChunks,
};

/** The formatter for the CLI, which writes pieces: one piece per document where the format has them, else one. */
export async function loadChunkedFormatter(name: FormatName): Promise<ChunkedFormatter> {
  const chunked = chunkedLoaders[name];
  if (chunked) return chunked();
  const format = await loaders[name]();
  return (report, ctx) => [format(report, ctx)];
}

export type { Formatter, FormatContext, RuleInfo } from './types.js';
export { defaultContext } from './types.js';

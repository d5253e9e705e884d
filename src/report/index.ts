// The formatter registry: `--format` names are its keys. Each formatter is loaded on demand,
// so `check` on a small file does not pay for SARIF or HTML code it will not use.
import type { Formatter } from './types.js';

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
  return loaders[name]();
}

export type { Formatter, FormatContext, RuleInfo } from './types.js';
export { defaultContext } from './types.js';

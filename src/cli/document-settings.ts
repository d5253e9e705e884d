// A document's settings from the config (rule settings, kind, parties, review threshold) as the pipeline takes them.
// Apart from pool.ts: a worker thread loads this, not the pool (node:os, node:v8, the config's path globs).
import type { LoadedPack } from '../rules/loader.js';
// From rule-settings.ts itself: config/index.js re-exports the config schema (a worker must not load zod), and
// config/resolve.ts loads picomatch for path globs.
import { applyRuleSettings } from '../config/rule-settings.js';
import type { DocumentSettings } from './config.js';

/** Packs with a document's rule settings applied, computed once per distinct settings. */
export function packsWithSettings(packs: readonly LoadedPack[]): (settings: DocumentSettings) => readonly LoadedPack[] {
  const cache = new Map<string, readonly LoadedPack[]>();
  return (settings) => {
    const key = JSON.stringify(settings.rules);
    let out = cache.get(key);
    if (!out) cache.set(key, (out = applyRuleSettings(packs, settings.rules)));
    return out;
  };
}

/** The config's word on a document (kind, parties, review threshold) as checkDocument takes it. */
export function documentOptions(settings: DocumentSettings): { kind?: NonNullable<DocumentSettings['kind']>; parties?: DocumentSettings['parties']; reviewThreshold?: number } {
  return {
    ...(settings.kind ? { kind: settings.kind } : {}), ...(settings.parties.length ? { parties: settings.parties } : {}),
    ...(settings.reviewThreshold ? { reviewThreshold: settings.reviewThreshold } : {}),
  };
}

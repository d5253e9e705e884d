// Configuration for a run: clausecheck.config.json (--config, or found upward from the first input), its packs,
// and the settings in force for each input file. Command-line flags win over the file.
import { dirname, isAbsolute, relative, resolve } from 'node:path';
// Not config/index.js: the config schema (zod) loads only when there is a config file to read (loadConfig).
import { findConfig, isDirectory } from '../config/find.js';
import type { LoadedConfig } from '../config/load.js';
import { resolveForFile, validateRuleSettings } from '../config/resolve.js';
import type { PartySetting, RuleSetting } from '../config/schema.js';
import type { LoadedPack } from '../rules/index.js';
import { ClauseCheckError, type DocumentKind } from '../model/index.js';

/** Per-document settings that change how it is checked (sent to worker threads as plain data). */
export interface DocumentSettings {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly kind: DocumentKind | null;
  /** Party names and aliases from the config, preferred to those read from the preamble. */
  readonly parties: readonly PartySetting[];
  /** The review threshold in force for the document (rules held back by weaker tags are reported); null or absent: none. */
  readonly reviewThreshold?: number | null;
}

export const NO_SETTINGS: DocumentSettings = { rules: {}, kind: null, parties: [] };

/**
 * A problem in a config file names it as the user would: the --config file as given, any other (one found upward from
 * the inputs, one it extends) relative to the working directory, not by the absolute path it was read at.
 */
function asUserNames(e: unknown, cwd: string, given: string | undefined): unknown {
  if (!(e instanceof ClauseCheckError) || e.file === undefined || !isAbsolute(e.file)) return e;
  const file = given !== undefined && e.file === resolve(cwd, given) ? given : relative(cwd, e.file) || e.file;
  return new ClauseCheckError(e.code, e.message, { file, ...(e.jsonPath ? { jsonPath: e.jsonPath } : {}) });
}

/** --config, else the nearest clausecheck.config.json above the first input (or the working directory). */
export async function findRunConfig(cwd: string, explicit: string | undefined, inputs: readonly string[]): Promise<LoadedConfig | null> {
  const first = inputs.find((a) => a !== '-');
  const start = first === undefined ? cwd : isDirectory(resolve(cwd, first)) ? resolve(cwd, first) : dirname(resolve(cwd, first));
  const file = explicit ? resolve(cwd, explicit) : findConfig(start);
  if (!file) return null;
  try {
    return await (await import('../config/load.js')).loadConfig(file);
  } catch (e) {
    throw asUserNames(e, cwd, explicit);
  }
}

/** Pack names for resolvePacks (built-in ids or absolute folders) from the config; null: not set. */
export function configPackNames(config: LoadedConfig | null): string[] | null {
  return config?.packs ? config.packs.map((p) => (p.value.kind === 'builtin' ? p.value.id : p.value.dir)) : null;
}

/** Throws config-invalid when a rule key names no active rule; `explicit` is --config as given (the file is named so). */
export function checkRuleKeys(config: LoadedConfig | null, packs: readonly LoadedPack[], explicit: string | undefined, cwd: string): void {
  if (!config) return;
  try {
    validateRuleSettings(config, packs);
  } catch (e) {
    throw asUserNames(e, cwd, explicit);
  }
}

export interface FileSettings extends DocumentSettings {
  readonly ignored: boolean;
  readonly hash: string | null;
  /** The config's review threshold for this file (top level or an override); null: not set. Used by the report only. */
  readonly reviewThreshold: number | null;
}

export function settingsFor(config: LoadedConfig | null, path: string, cwd: string): FileSettings {
  if (!config) return { ...NO_SETTINGS, ignored: false, hash: null, reviewThreshold: null };
  const eff = resolveForFile(config, path, { cwd });
  return { rules: eff.rules, kind: eff.kind, parties: eff.parties, ignored: eff.ignored, hash: eff.hash, reviewThreshold: eff.reviewThreshold };
}

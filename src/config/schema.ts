// clausecheck.config.json. This zod schema is the source of truth: the TypeScript types are inferred from it and every
// object is strict, so a misspelt key is an error with its JSON path rather than a silently ignored setting.
import { z } from 'zod';
import { FAIL_ON, SEVERITIES } from '../model/index.js';

export { CONFIG_FILE_NAME } from './find.js';

/** A rule's severity, or "off". One enum, not a union of two, so a typo is told the allowed values as failOn and kind are. */
export const RuleSetting = z.enum([...SEVERITIES, 'off']);
export type RuleSetting = z.infer<typeof RuleSetting>;

/** "pack/rule", or "pack/*" for every rule of a pack. */
export const RuleKey = z.string().regex(/^[a-z0-9][a-z0-9-]*\/(?:[a-z0-9][a-z0-9-]*|\*)$/, 'rule keys are "pack/rule" or "pack/*"');

export const RuleSettings = z.record(RuleKey, RuleSetting);

export const DocumentKindSetting = z.enum(['cross-license', 'license', 'other']);

export const PartySetting = z.strictObject({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
});
export type PartySetting = z.infer<typeof PartySetting>;

/** Findings resting on a clause-type tag less confident than this need review; 0 turns review off. */
export const ReviewThreshold = z.number().min(0, 'reviewThreshold is a confidence from 0 to 1').max(1, 'reviewThreshold is a confidence from 0 to 1');

const Globs = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const OverrideSetting = z.strictObject({
  /** Globs (picomatch) relative to the folder of the config file that declares the override. */
  files: Globs,
  excludeFiles: Globs.optional(),
  rules: RuleSettings.optional(),
  kind: DocumentKindSetting.optional(),
  parties: z.array(PartySetting).optional(),
  /** The review threshold for these files (the CLI's --review-threshold wins). */
  reviewThreshold: ReviewThreshold.optional(),
});
export type OverrideSetting = z.infer<typeof OverrideSetting>;

export const ConfigFile = z.strictObject({
  $schema: z.string().optional(),
  /** Other config files whose settings this one starts from (paths relative to this file); later entries win. */
  extends: z.array(z.string().min(1)).optional(),
  /** Rule packs: built-in pack ids, pack folders (relative to this file) or installed npm packages. Default: every built-in pack. */
  packs: z.array(z.string().min(1)).optional(),
  /** Per-rule severity or "off"; "pack/*" sets every rule of a pack. */
  rules: RuleSettings.optional(),
  /** Settings for some files only; applied in order after the top-level settings, later ones winning. */
  overrides: z.array(OverrideSetting).optional(),
  /** Declares the document kind instead of detecting it (e.g. a cross-license whose second grant is in a side letter). */
  kind: DocumentKindSetting.optional(),
  /** The parties and the names they go by, when the preamble does not say it plainly. */
  parties: z.array(PartySetting).optional(),
  /** The least severity that fails the gate (the CLI's --fail-on wins). */
  failOn: z.enum(FAIL_ON).optional(),
  /**
   * Findings that rest on a clause-type tag less confident than this (on the tagger's common scale, 0.5 = asserted)
   * need review: shown and counted apart, not failing the gate by themselves. Default 0.7; 0 turns review off.
   * The CLI's --review-threshold wins.
   */
  reviewThreshold: ReviewThreshold.optional(),
  /** Findings that need review fail the gate like the others (the CLI's --fail-on-review wins). */
  failOnReview: z.boolean().optional(),
  /** More unwaived warnings than this fail the gate (the CLI's --max-warnings wins). */
  maxWarnings: z.number().int().min(0).optional(),
  /** A waivers file, relative to this file (the CLI's --waivers wins). */
  waivers: z.string().min(1).optional(),
  /** Input files to skip when a glob or folder is checked (picomatch globs relative to this file). */
  ignore: z.array(z.string().min(1)).optional(),
});
export type ConfigFile = z.infer<typeof ConfigFile>;

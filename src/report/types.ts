// What every formatter receives besides the report. Formatters are pure: (report, ctx) => string.
import type { RunReport, Severity } from '../model/index.js';

/** Rule metadata as formatters need it (SARIF rules, markdown tables, `rules list`). */
export interface RuleInfo {
  readonly id: string;
  readonly pack: string;
  readonly severity: Severity;
  readonly title: string;
  /** The message template of its findings ('{{clause}} refers to {{detail}}, ...'); absent where it is not known. */
  readonly message?: string;
  readonly rationale: string;
  readonly recommendation: string;
  readonly references: readonly string[];
  /**
   * The rule's variants, in order (the first whose patterns match a reported clause sets severity and message, and its
   * own rationale and recommendation where it gives them); absent when the rule has none.
   */
  readonly variants?: readonly RuleVariantInfo[];
}

/** A variant as `rules show` explains it: its severity, message, and the advice that replaces the rule's. */
export interface RuleVariantInfo {
  readonly severity: Severity;
  readonly message?: string;
  readonly rationale?: string;
  readonly recommendation?: string;
}

export interface FormatContext {
  /** ANSI colours (stylish only); decided by the CLI from TTY, NO_COLOR and --color. */
  readonly color: boolean;
  /** Rules of the active packs, for help text and summaries. */
  readonly rules: readonly RuleInfo[];
  /** Decoded text of each document by report path (HTML shows the agreement itself). */
  readonly texts: ReadonlyMap<string, string>;
  /** The --fail-on level the gate used, for summaries. */
  readonly failOn: string;
  /** --quiet: list errors only (counts and tables still cover every finding). */
  readonly quiet?: boolean;
}

export type Formatter = (report: RunReport, ctx: FormatContext) => string;

export function defaultContext(partial: Partial<FormatContext> = {}): FormatContext {
  return { color: false, rules: [], texts: new Map(), failOn: 'error', ...partial };
}

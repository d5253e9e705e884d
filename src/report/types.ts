// What every formatter receives besides the report. Formatters are pure: (report, ctx) => string.
import type { RunReport, Severity } from '../model/index.js';

/** Rule metadata as formatters need it (SARIF rules, markdown tables, `rules list`). */
export interface RuleInfo {
  readonly id: string;
  readonly pack: string;
  readonly severity: Severity;
  readonly title: string;
  readonly rationale: string;
  readonly recommendation: string;
  readonly references: readonly string[];
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

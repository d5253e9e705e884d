// The JSON report (shared/spec/interface.md). Formatters take a RunReport and return a string.
import type { Severity, Finding } from './finding.js';
import type { Tag } from './tag.js';
import type { ClauseAttributes, DocumentKind, Party, Definition, GrantRecord } from './facts.js';
import type { ClauseKind } from './clause.js';
import type { InputFormat } from './source.js';
import type { ProblemCode } from './problem.js';

export const SCHEMA_VERSION = '1.1.0';

export interface ClauseReport {
  readonly id: string;
  readonly number: string | null;
  readonly heading: string | null;
  readonly kind: ClauseKind;
  readonly depth: number;
  readonly parentId: string | null;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly types: readonly Tag[];
  /** Only in `tag` output. */
  readonly attributes?: ClauseAttributes;
}

/**
 * A reviewer's comment that a Google Docs export writes after the agreement ('[a]Priya Raman: Flag for the call'),
 * anchored by '[a]' in the clause it is about. No rule reads it; the report carries it for counsel.
 */
export interface ReviewerComment {
  /** The anchor's letters ('a'). */
  readonly label: string;
  readonly author: string | null;
  readonly text: string;
  /** Where the comment itself stands (after the agreement), as offsets into the text and its 1-based line. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
  /** The clause whose text holds its anchor (the innermost), and the anchor's line; null when the anchor is in none. */
  readonly clauseId: string | null;
  readonly anchorLine: number | null;
}

export interface DocumentReport {
  readonly path: string;
  readonly sha256: string;
  readonly format: InputFormat;
  readonly kind: DocumentKind;
  /**
   * Present (true) when the document amends another agreement ("AMENDMENT NO. 2 TO ..."): the rules that judge a whole
   * agreement were not run on it, since the agreement it amends holds what it does not change. Absent otherwise.
   */
  readonly amendment?: true;
  /**
   * Present when the document is a parallel (bilingual) agreement that says its version in this other language
   * prevails ('the French version shall prevail'): the rules judged the English, a convenience translation, and a
   * finding may not hold in the prevailing text. Absent otherwise.
   */
  readonly prevailingLanguage?: string;
  readonly parties: readonly Party[];
  /**
   * The document's words for its clause numbers, whole ('Article 5') and dotted ('Section 5.1'), as its own
   * cross-references write them ('Section', 'Article', 'Clause', 'Paragraph', '§' or 'Point'): the messages name its
   * clauses so, and every report's place line too, whichever findings it shows. Absent in reports made before it was
   * added (1.1.0 reports of November 2026): those count the words of their messages.
   */
  readonly numberWords?: { readonly whole: string; readonly dotted: string };
  readonly clauses: readonly ClauseReport[];
  /** Reviewers' comments after the agreement (a Google Docs export), in their order; absent when there are none. */
  readonly comments?: readonly ReviewerComment[];
  readonly definitions?: readonly Definition[];
  readonly grants?: readonly GrantRecord[];
  readonly findings: readonly Finding[];
}

export interface RunSummary {
  readonly documents: number;
  /** Open findings by severity: not waived or suppressed, and not needing review. */
  readonly findings: Record<Severity, number>;
  readonly waived: number;
  /** Findings that need review (status `needs-review`), not waived or suppressed. */
  readonly needsReview: number;
  /** Findings also present in the --baseline report (they do not fail the gate). */
  readonly baseline?: number;
  readonly gate: 'pass' | 'fail';
}

/** What a run used, so a report can be reproduced. */
export interface RunInfo {
  readonly packs: readonly { readonly id: string; readonly version: string }[];
  /** sha256 of the effective configuration (fail-on, packs, config, waivers and baseline contents). */
  readonly configHash: string;
  /** The review threshold of the run (--review-threshold, else the config's, else the default); config overrides may set others per file. */
  readonly reviewThreshold?: number;
  /** Whether findings that need review fail the gate (--fail-on-review). */
  readonly failOnReview?: boolean;
}

/** A waiver that did not apply: expired, or matched no finding. */
export interface WaiverNotice {
  readonly status: 'expired' | 'unmatched';
  readonly rule: string;
  readonly clause: string;
  readonly expires: string;
  readonly approvedBy: string;
  readonly reason: string;
  /** An unmatched waiver whose rule is none of the run's: it can never match (a mistyped id, a pack not loaded). */
  readonly unknownRule?: true;
  /** For an unknown rule, the run's rule ids nearest to it. */
  readonly didYouMean?: readonly string[];
}

/** An input the run could not check: unreadable, unsupported or too large, or stopped by --timeout or --max-memory. */
export interface UncheckedInput {
  readonly path: string;
  readonly code: ProblemCode;
  /** The problem in one line, without the path (ClauseCheckError's message). */
  readonly message: string;
}

export interface RunReport {
  readonly schemaVersion: string;
  readonly tool: { readonly name: string; readonly version: string };
  readonly run?: RunInfo;
  readonly documents: readonly DocumentReport[];
  readonly waivers?: readonly WaiverNotice[];
  /**
   * Inputs the run could not check, in input order (the unreadable first, then those stopped by a limit); absent when
   * there are none. The report holds the others and the CLI exits 2: a SARIF or JUnit consumer sees the run incomplete.
   */
  readonly unchecked?: readonly UncheckedInput[];
  readonly summary: RunSummary;
}

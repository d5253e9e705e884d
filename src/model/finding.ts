export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/**
 * The review status of a finding. `needs-review`: it rests on a clause-type tag (or the absence of one) less confident
 * than the review threshold. It is shown and counted apart; it fails the gate only with --fail-on-review. It is
 * independent of waivers, suppressions and the baseline, which accept a finding whatever its status.
 */
export const FINDING_STATUSES = ['needs-review'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Default review threshold on the tagger's common confidence scale (docs/accuracy.md, "Reliability"). */
export const DEFAULT_REVIEW_THRESHOLD = 0.7;

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface Finding {
  readonly ruleId: string;
  readonly pack: string;
  readonly severity: Severity;
  readonly message: string;
  /** Anchor clause; null only for a document with no clauses at all. */
  readonly clauseId: string | null;
  readonly clauseNumber: string | null;
  readonly heading: string | null;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  /** The words that triggered it, or what was looked for and not found. */
  readonly evidence: string;
  /** Why it matters. */
  readonly rationale: string;
  /** What to do, with model language where a clause is missing. */
  readonly recommendation: string;
  readonly modelLanguage?: string;
  /**
   * Confidence of the clause-type tags the finding rests on (the weakest, on the tagger's common scale where 0.5
   * asserts a type; for a missing type, 1 minus its strongest near miss); absent when it rests on words only.
   */
  readonly confidence?: number;
  /** `needs-review`: its confidence is below the review threshold (set by the report; see FindingStatus). */
  readonly status?: FindingStatus;
  /**
   * The rule did not fire only because this tag, below the review threshold, selected a clause that satisfies it
   * (e.g. a weak governing-law tag on "subject to the laws of Delaware"): reported as needing review, never as a plain
   * finding, whatever the threshold the report applies.
   */
  readonly heldBackBy?: { readonly type: string; readonly clauseId: string; readonly confidence: number };
  readonly waived: boolean;
  /** Stable across renumbering: hash of rule id + normalised clause text (set by check()). */
  readonly fingerprint?: string;
  /**
   * Where the finding is, as every human format names it ("§ 3.1 Running Royalty", "Section 9.1(b)", "Schedule 2,
   * paragraph 4", "Preamble", "Document"): `clauseNumber` is the clause's own number only ("(b)"). Set by check().
   */
  readonly place?: string;
  /** The waiver that accepted this finding (when waived). */
  readonly waiver?: { readonly reason: string; readonly approvedBy: string; readonly expires: string };
  /** Silenced by a clausecheck-disable-next-clause marker in the document (src/suppress): shown, but does not fail the gate. */
  readonly suppressed?: { readonly reason: string };
  /** Present in the --baseline report: shown, but does not fail the gate. */
  readonly baseline?: boolean;
}

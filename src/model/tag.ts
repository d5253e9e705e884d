// A clause-type tag with the evidence that produced it.
export interface Tag {
  /** A type id of shared/spec/clause-types.md, or one a rule pack declares. */
  readonly type: string;
  /** In [0, 1]. */
  readonly confidence: number;
  /** Why: words, heading, position ("heading: Term", "cue: hereby grants"). */
  readonly cues: readonly string[];
}

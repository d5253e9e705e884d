// Facts that the facts stage extracts for rules. Rules read them; nothing downstream mutates them.
export type Modality = 'obligation' | 'permission' | 'prohibition';

export interface Party {
  readonly name: string;
  readonly aliases: readonly string[];
  /**
   * A class of parties rather than one: the words that say who belongs ("each company that signs a Membership
   * Signature Page ..."), as the preamble writes them; its name is the word the class goes by ("Member"). Absent for a
   * party named in the preamble.
   */
  readonly class?: string;
}

export interface GrantRecord {
  readonly clauseId: string;
  readonly grantor: string | null;
  readonly grantee: string | null;
  /** What is licensed, as written ("the Licensed Patents"). */
  readonly ip: string | null;
  readonly exclusivity: 'exclusive' | 'sole' | 'non-exclusive' | null;
  readonly field: string | null;
  readonly territory: string | null;
  readonly sublicensable: boolean | null;
  /**
   * What limits a right to sublicense, as written: the sublicensees ('only to contract manufacturers', 'to its
   * Affiliates') or a condition ('with Helixa's prior written consent'); absent when the right is unlimited or none.
   */
  readonly sublicenseLimit?: string;
  readonly transferable: boolean | null;
  readonly royalty: 'royalty-free' | 'royalty-bearing' | null;
  /**
   * How long the grant lasts: 'perpetual'; 'patent-life' ("for the life of the Cobalt Patents", "until the expiry of the
   * last to expire of the Licensed Patents"); 'term' (for the agreement's term, or a period it states: durationPeriod).
   */
  readonly duration: 'perpetual' | 'patent-life' | 'term' | null;
  /** The period a term-limited grant states, normalised ('3 years' for "for a period of three (3) years"); absent when none is. */
  readonly durationPeriod?: string;
  /**
   * The acts a grant's list of rights names: "to make, have made, use, sell and import". First those of a fixed order
   * ('make', 'have made', 'use', 'sell', 'offer for sale', 'import', 'distribute', 'reproduce'; "manufacture", "have
   * manufactured", "offer to sell" and "make copies" are read as them), then the others as written ('lease', 'dispose
   * of', 'perform'). Absent when the grant lists none, or names an act that covers them all ("to practise", "to exploit").
   */
  readonly rights?: readonly string[];
  readonly revocable: boolean | null;
  /** The words the record was read from. */
  readonly evidence: string;
  /** True when read from a mutual grant ("each Party hereby grants to the other Party"). */
  readonly mutual?: boolean;
}

export interface ClauseAttributes {
  readonly modality: readonly { readonly kind: Modality; readonly subject: string | null; readonly verb: string; readonly negated: boolean }[];
  readonly parties: readonly string[];
  readonly conditions: readonly string[];
  readonly money: readonly { readonly text: string; readonly amount: number; readonly currency: string | null }[];
  readonly percentages: readonly { readonly text: string; readonly value: number }[];
  /** `business`: counted in business (working) days. */
  readonly durations: readonly { readonly text: string; readonly days: number; readonly business?: boolean }[];
  readonly dates: readonly { readonly text: string; readonly iso: string }[];
  readonly patentNumbers: readonly string[];
  readonly definedTermsUsed: readonly string[];
  readonly crossReferences: readonly { readonly text: string; readonly targetId: string | null; readonly start?: number; readonly end?: number }[];
  readonly grant?: GrantRecord;
  /** Conditions that carve something out ("unless ...", "except ..."); also listed in `conditions`. */
  readonly exceptions?: readonly string[];
  /** True when a modal in the clause is negated ("shall not", "is not required to"). */
  readonly negated?: boolean;
  /** Numbers written in words and figures ("five (6) years"), for mismatch checks. */
  readonly numberPairs?: readonly { readonly text: string; readonly words: number; readonly figures: number; readonly start?: number; readonly end?: number }[];
}

export type DocumentKind = 'cross-license' | 'license' | 'other';

export interface Definition {
  readonly term: string;
  readonly clauseId: string | null;
  readonly start: number;
  readonly end: number;
  /**
   * "means": a definitions-style entry; "inline": a bracketed definition such as (the "Licensed Patents");
   * "pointer": an entry that only points to the real definition ("X" has the meaning set forth in Section 4.2).
   */
  readonly style?: 'means' | 'inline' | 'pointer';
  /** What the definition says, whitespace collapsed (for "means": the definition sentence; inline: the words before the bracket). */
  readonly text?: string;
}

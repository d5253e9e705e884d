// Held-out clauses for the clause types CUAD does not measure (the cross-license and boilerplate types the rule
// packs read). Written by the team (tag-quality, 2026-11-29) from the taxonomy's meanings (spec/clause-types.md)
// and ordinary drafting practice BEFORE anyone on the task looked at those types' cues in src/tag/taxonomy.ts.
// The cues were then changed after reading that first batch's misses, so its figures since are in-sample: clauses
// written after the cue changes are marked `late`, and their batch (reported apart, HELDOUT_REPORT=1) is the check
// that the changes generalise: measured before any cue was changed for it, macro P 0.96, R 0.48 (its author knew the
// cues by then, so it leans against them). The cues were then changed after reading the late batch's misses as well
// (commit 'cues for the common wordings the late batch ... missed'), so both batches are in-sample now: a new batch,
// written before its cues are read, is the next honest measurement. The third batch (marked third) is that batch:
// written after the last cue change, measured once (macro P 0.96, R 0.78 over 27 clauses) and deliberately not fitted. The floors in heldout.test.ts hold over both batches together.
// The fourth batch (marked fourth; 84 clauses, 14 of them hard negatives) covers EVERY type of the spec, the
// CUAD-measured ones too, in styles unlike CUAD's (UK and Commonwealth, translated, plain-English 'you/we', US
// big-law, short forms), written before its author read any cue. Measured once over all 60 types (ALL_TYPES), before
// any cue was changed for it: macro P 0.92, R 0.65, F1 0.63 over the 60 types (micro P 0.55, R 0.64: 52 tp, 42 fp,
// 29 fn); 29 of the 42 false positives were `title` on a one-clause agreement's first sentence, so without `title`
// macro P 0.94, R 0.64, micro P 0.80, R 0.64. Over the 27 types of MEASURED_TYPES alone: macro P 0.95, R 0.62; over
// the 28 types that CUAD measures (title and parties included): macro P 0.91, R 0.67. The cues were then changed for the misses of all four batches (tag-heldout,
// 2026-11-29), and in four more rounds for fresh paraphrases of every type that the engineer wrote as probes (kept out of
// this file), so the fourth batch is in-sample too (P 0.99, R 0.99 after). The fifth batch (marked fifth; 25 clauses,
// four near misses) is the check: written after the session's last cue change and measured once over all 60 types,
// not fitted: macro P 0.90, R 0.72, F1 0.63 over the 25 types it touches (micro P 0.84, R 0.70: 16 tp, 3 fp, 7 fn);
// the CUAD-measured types micro P 0.85, R 0.92, the 27 types above micro P 0.83, R 0.45 (misses: a field 'permitted
// exclusively for', a territory named only by the place, improvements 'made available' by licence, 'anything we invent
// together belongs to both of us', infringement 'that comes to its notice', customers served by province, a void
// provision 'read down'; false: 'Upfront Payment' in a grant read as lump-sum, 'first right' to sue as first-refusal,
// a non-solicit's tail as post-termination). The sixth batch (marked sixth; 125 clauses: 110 on the 27 types of
// MEASURED_TYPES, one grant carrying four types, 14 hard negatives; written 2026-11-29 13:30 by tag-heldout before reading those types' cues) was
// measured once over ALL_TYPES before any cue was changed for it: the 27 types macro P 0.96, R 0.54, micro P 0.95, R 0.54
// (61 tp, 3 fp, 53 fn); all types macro P 0.90, R 0.56, micro P 0.93, R 0.54; plain-English and translated wording
// missed most. The cues were then changed for its misses (tag-heldout, seven commits 'tag (cues): ... the sixth
// held-out batch missed'), each gain on CUAD dev read in a before/after dump: the sixth batch is in-sample since (27
// types micro P 0.99, R 0.89; macro P 0.99, R 0.89). The seventh batch (marked seventh; 32 clauses, 5 hard negatives),
// written after those changes by their author, measured once on main before them and after them, not fitted: the 27
// types micro P 1.00, R 0.63 both times (17 tp, 0 fp, 10 fn): the changes carried to none of its new wordings, mostly
// plain English ('you give us a free licence to use it too', 'things we can't control', 'this document is everything
// we've agreed'). The eighth batch (marked eighth; 32 clauses, 5 hard negatives) was written next, before the cue round
// for the seventh batch's misses, and measured before it: the 27 types micro P 1.00, R 0.37 (10 tp, 0 fp, 17 fn).
// That round (commit 'tag (cues): ... the seventh held-out batch missed') took the seventh batch to micro P 1.00, R 0.89
// (in-sample since) and the eighth batch nowhere: P 1.00, R 0.37 after it as before, clause for clause. Two rounds, the
// same lesson: a cue written for a wording rarely catches the next writer's wording of the same clause.
// The ninth to fifteenth batches are described in heldout.test.ts beside their floors. The sixteenth batch (marked
// sixteenth; SIXTEENTH_TYPES, 58 clauses, 18 near misses; tag16, 2026-11-30) was written before its author read those
// types' cues, and measured before the condition- and comparison-frame round: micro P 0.87, R 0.50 (20 tp, 3 fp, 20 fn);
// after it, not fitted: P 0.90, R 0.68 (27 tp, 3 fp, 13 fn; heldout.test.ts has the detail).
// The seventeenth batch (batch: 17; SEVENTEENTH_TYPES, 50 clauses, 16 near misses; tag17, 2026-11-30) was written
// before its author read those types' cues: micro P 0.78, R 0.53 before the session's round and after it, not fitted.
// The batches are marked by one field, `batch` (2 = the late batch, 3 = the third ... 17; the first batch has none).
// heldout.test.ts holds the sixth, seventh and eighth batches to floors of their own. Styles vary on
// purpose: US and English-law drafting, EDGAR text hard-wrapped at ~70 columns with indented section numbers,
// terse and verbose, with and without headings.
//
// Each clause is tagged alone, as a one-clause agreement (test/tag/heldout.test.ts).
//   types: the measured types the clause must carry (a miss lowers recall);
//   may:   measured types it may also carry without counting against precision (a grant-back is about
//          improvements too); any other measured type the tagger gives it is a false positive.
// Entries with `types: []` are near misses: clauses of other types (measured or not) that share vocabulary with a
// measured type, such as leasehold improvements, a governing-law clause, an equitable-relief clause.

export interface HeldOutClause {
  readonly types: readonly string[];
  readonly may?: readonly string[];
  readonly style: 'us' | 'english' | 'edgar' | 'terse' | 'verbose' | 'plain' | 'commonwealth' | 'translated' | 'biglaw' | 'shortform' | 'startup' | 'sideletter'
    | 'indian' | 'singapore' | 'defined' | 'passive' | 'list' | 'australian' | 'ibank' | 'japanese' | 'german' | 'consumer'
    | 'scandinavian' | 'usgov' | 'termsheet' | 'canadian' | 'irish' | 'scottish' | 'nigerian' | 'kenyan' | 'hongkong' | 'israeli'
    | 'southafrican' | 'newzealand' | 'usstate' | 'maltese' | 'philippine' | 'malaysian' | 'welsh' | 'delaware'
    | 'swiss' | 'austrian' | 'far' | 'opensource' | 'clickthrough' | 'dutch' | 'french' | 'italian' | 'brazilian' | 'mexican'
    | 'korean' | 'chinese' | 'spanish' | 'polish' | 'statutory' | 'purchaseorder' | 'quebec' | 'franchise'
    | 'nordic' | 'austate' | 'ukpublic' | 'marketplace' | 'oem' | 'clinical' | 'whitelabel'
    | 'gulf' | 'czech' | 'appstore' | 'dpa' | 'construction' | 'film' | 'music' | 'sponsorship'
    | 'argentine' | 'epc' | 'outsourcing' | 'spinout' | 'patentpool' | 'sep' | 'reseller' | 'agency'
    | 'telecom' | 'biotech' | 'automotive' | 'outline' | 'saas' | 'pharma' | 'foundry' | 'table';
  readonly text: string;
  /**
   * The batch the clause was written in; absent for the first batch. 2: the late batch, added after the cues were
   * changed (not held out); 3: written after all of that session's cue changes, measured once, not fitted; 4: every type
   * of the spec, styles unlike CUAD's, hard negatives, measured once over ALL_TYPES; 5: written after the fourth batch's
   * cue changes, measured once over ALL_TYPES, not fitted; 6: the 27 types of MEASURED_TYPES in new styles, written before
   * the cues were read, measured once; 7: written after the sixth batch's cue changes, measured before and after them, not
   * fitted; 8: written before the cue round for the seventh batch's misses, measured before and after it; 9: eleven
   * CUAD-measured types with near misses (NINTH_TYPES); 10: the ninth batch's types in other wordings, written after its
   * cue round, not fitted; 11: ELEVENTH_TYPES in other writers' wordings, written before the word-class round, measured
   * before and after it; 12: ELEVENTH_TYPES, written after the word-class round, measured once, not fitted; 13:
   * ELEVENTH_TYPES, written before the second word-class round, not fitted; 14: ELEVENTH_TYPES, written before the
   * modal-reading round, not fitted; 15: FIFTEENTH_TYPES, written before the frame-reading round, not fitted; 16:
   * SIXTEENTH_TYPES, written before the condition- and comparison-frame round, not fitted; 17: SEVENTEENTH_TYPES, written
   * before the seventeenth session's cue changes, measured once before and once after them, not fitted; 18:
   * EIGHTEENTH_TYPES, written before the eighteenth session's changes, measured once before and once after them, not fitted;
   * 19: NINETEENTH_TYPES, written before the nineteenth session's changes, measured once before and once after them, not fitted;
   * 20: TWENTIETH_TYPES, written before the twentieth session's changes, measured once before and once after them, not fitted;
   * 21: TWENTY_FIRST_TYPES, written before the twenty-first session's changes, measured once before and once after them, not fitted.
   * 22: TWENTY_SECOND_TYPES, written before the twenty-second session's changes and before its author read the tagger.
   * 23: TWENTY_THIRD_TYPES, written before the twenty-third session's changes and before its author read the tagger.
   * 24: TWENTY_FOURTH_TYPES, written before the twenty-fourth session's changes and before its author read the tagger.
   * 25: TWENTY_FIFTH_TYPES, written before the twenty-fifth session's changes and before its author read the tagger.
   * 26: TWENTY_SIXTH_TYPES, written before the twenty-sixth session's changes and before its author read the tagger.
   * 27: TWENTY_SEVENTH_TYPES, written before the twenty-seventh session's changes and before its author read the tagger.
   * 28: TWENTY_EIGHTH_TYPES, written before the twenty-eighth session's changes and before its author read the tagger.
   * 29: TWENTY_NINTH_TYPES, written before the twenty-ninth session's changes and before its author read the tagger.
   * 30: THIRTIETH_TYPES, written before the thirtieth session's changes and before its author read the tagger.
   * 31: THIRTY_FIRST_TYPES, written before the thirty-first session's changes and before its author read the tagger.
   * 32: THIRTY_SECOND_TYPES, written before the thirty-second session's changes and before its author read the tagger.
   * 33: THIRTY_THIRD_TYPES, written before the thirty-third session's changes and before its author read the tagger.
   */
  readonly batch?: 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31 | 32 | 33;
}

/** The types the eleventh batch measures: the competition and money types the last two rounds fitted wording by wording, and exclusivity. */
export const ELEVENTH_TYPES: readonly string[] = [
  'non-compete', 'non-solicit', 'exclusivity', 'price-restriction', 'most-favored', 'volume-restriction',
  'minimum-commitment', 'change-of-control', 'covenant-not-to-sue', 'third-party-beneficiary',
];

/** The types the fifteenth batch measures: the eleventh batch's and the anti-assignment clause, another restraint. */
export const FIFTEENTH_TYPES: readonly string[] = [...ELEVENTH_TYPES, 'assignment'];

/** The types the sixteenth batch measures: those batches 10-15 recalled least (most-favoured 3/12, change of control 4/13,
 *  exclusivity 8/15, volume 9/15, third-party beneficiary 7/10), with covenant-not-to-sue and anti-assignment. */
export const SIXTEENTH_TYPES: readonly string[] = [
  'most-favored', 'change-of-control', 'exclusivity', 'volume-restriction', 'third-party-beneficiary', 'covenant-not-to-sue', 'assignment',
];

/** The types the seventeenth batch measures: those batches 10-16 recalled least, pooled (third-party beneficiary 9/15,
 *  volume 13/20, anti-assignment 6/9, exclusivity 15/22, non-compete 13/18, non-solicit 13/17). */
export const SEVENTEENTH_TYPES: readonly string[] = [
  'third-party-beneficiary', 'volume-restriction', 'assignment', 'exclusivity', 'non-compete', 'non-solicit',
];

/** The types the eighteenth batch measures: those batches 10-17 recalled least (third-party beneficiary, exclusivity,
 *  anti-assignment, non-compete, volume, non-solicit, covenant-not-to-sue). */
export const EIGHTEENTH_TYPES: readonly string[] = [
  'third-party-beneficiary', 'exclusivity', 'non-compete', 'non-solicit', 'assignment', 'volume-restriction', 'covenant-not-to-sue',
];

/** The types the nineteenth batch measures: those the unfitted batches 10-18 recalled least, pooled (third-party beneficiary
 *  9/21, anti-assignment 4/10, non-compete 8/15, volume 16/22, exclusivity 17/23), with covenant-not-to-sue, non-solicit
 *  and change of control. */
export const NINETEENTH_TYPES: readonly string[] = [
  'third-party-beneficiary', 'assignment', 'non-compete', 'exclusivity', 'volume-restriction', 'covenant-not-to-sue', 'non-solicit', 'change-of-control',
];

/** The types the twentieth batch measures: those the unfitted batches 10-19 recalled least measured before their rounds
 *  (third-party beneficiary 1/8 and 1/6 in batches 19 and 18, change of control 1/4, anti-assignment 2/5 and 3/6,
 *  most-favoured 1/7 in batch 16), with volume, covenant-not-to-sue, exclusivity, non-compete and minimum commitment. */
export const TWENTIETH_TYPES: readonly string[] = [
  'third-party-beneficiary', 'change-of-control', 'assignment', 'most-favored', 'volume-restriction', 'covenant-not-to-sue',
  'exclusivity', 'non-compete', 'minimum-commitment',
];

/** The types the twenty-first batch measures: those the unfitted batches 10-20 recalled least measured before their rounds
 *  (third-party beneficiary 3/8, 1/8 and 1/6 in batches 20, 19 and 18, non-compete 1/3 and 0/5 in batches 20 and 18,
 *  change of control 5/7 and 1/4, volume 3/4, 3/6 and 2/5, exclusivity 2/3 and 2/6, most-favoured 4/5 and 1/7 in batch
 *  16), with anti-assignment, covenant-not-to-sue and non-solicit. */
export const TWENTY_FIRST_TYPES: readonly string[] = [
  'third-party-beneficiary', 'non-compete', 'change-of-control', 'volume-restriction', 'exclusivity', 'most-favored',
  'assignment', 'covenant-not-to-sue', 'non-solicit',
];

/** The types the twenty-second batch measures: those the unfitted batches 18-21 recalled least before their rounds, pooled
 *  (third-party beneficiary 10/30, change of control 8/18, non-compete 11/21, anti-assignment 13/22, exclusivity 13/21,
 *  volume 13/21, most-favoured 7/10, covenant-not-to-sue 12/17), with price restriction and minimum commitment (last
 *  measured unfitted in batches 12-15: 9/12 and 4/6). */
export const TWENTY_SECOND_TYPES: readonly string[] = [
  'third-party-beneficiary', 'change-of-control', 'non-compete', 'assignment', 'exclusivity', 'volume-restriction',
  'most-favored', 'covenant-not-to-sue', 'price-restriction', 'minimum-commitment',
];

/** The types the twenty-third batch measures: those the unfitted batches 18-22 recalled least before their rounds, pooled
 *  (third-party beneficiary 13/38, change of control 12/26, non-compete 15/28, anti-assignment 18/29, most-favoured 9/14,
 *  exclusivity 17/26, volume 17/26, minimum commitment 4/6, covenant-not-to-sue 14/20; price restriction, 3/3 in batch 22,
 *  and non-solicit, 9/10, left out). */
export const TWENTY_THIRD_TYPES: readonly string[] = [
  'third-party-beneficiary', 'change-of-control', 'non-compete', 'assignment', 'most-favored', 'exclusivity',
  'volume-restriction', 'minimum-commitment', 'covenant-not-to-sue',
];

/** The types the twenty-fourth batch measures: the twenty-third batch's nine, those the unfitted batches 18-23 recalled
 *  least before their rounds, pooled (third-party beneficiary 14/46, change of control 15/34, non-compete 18/35,
 *  anti-assignment 22/36, exclusivity 20/31, minimum commitment 6/10, volume 21/31, most-favoured 13/19,
 *  covenant-not-to-sue 16/24). */
export const TWENTY_FOURTH_TYPES: readonly string[] = TWENTY_THIRD_TYPES;

/** The types the twenty-fifth batch measures: the same nine, those the unfitted batches 18-24 recalled least before their
 *  rounds, pooled (third-party beneficiary 17/55, change of control 22/43, non-compete 24/42, most-favoured 14/23,
 *  minimum commitment 9/14, exclusivity 23/35, anti-assignment 30/44, volume 24/35, covenant-not-to-sue 20/28). */
export const TWENTY_FIFTH_TYPES: readonly string[] = TWENTY_THIRD_TYPES;

/** The types the twenty-sixth batch measures: the same nine, those the unfitted batches 18-25 recalled least before their
 *  rounds, pooled (third-party beneficiary 21/64, change of control 27/50, non-compete 27/49, most-favoured 19/28,
 *  exclusivity 26/40, anti-assignment 34/49, minimum commitment 15/20, volume 29/40, covenant-not-to-sue 24/32). */
export const TWENTY_SIXTH_TYPES: readonly string[] = TWENTY_THIRD_TYPES;

/** The types the twenty-seventh batch measures: the same nine, weighted to those the unfitted batches 18-26 recalled least
 *  before their rounds (third-party beneficiary, change of control, non-compete, exclusivity, most-favoured, minimum
 *  commitment, covenant-not-to-sue), with non-solicit and price restriction (last measured unfitted in batch 22) so that
 *  every competition type of the eleventh batch is measured once more. */
export const TWENTY_SEVENTH_TYPES: readonly string[] = [...TWENTY_THIRD_TYPES, 'non-solicit', 'price-restriction'];

/** The types the twenty-eighth batch measures: the twenty-seventh batch's eleven and first refusal (rights of first
 *  refusal, offer and negotiation, pre-emption), which no batch has measured unfitted since the fourth and which the
 *  most-favoured cues have been known to take ('without first offering the same on identical terms'). */
export const TWENTY_EIGHTH_TYPES: readonly string[] = [...TWENTY_SEVENTH_TYPES, 'first-refusal'];

/** The types the twenty-ninth batch measures: eight cross-licence and boilerplate types of MEASURED_TYPES that no batch has
 *  measured unfitted since the eighth, and the four the twenty-eighth batch recalled least before its round (first
 *  refusal 0/4, change of control 1/5, non-compete 3/7, third-party beneficiary 4/6). */
export const TWENTY_NINTH_TYPES: readonly string[] = [
  'grant-back', 'defensive-termination', 'sublicensing', 'field-of-use', 'enforcement', 'dispute-resolution', 'payment-terms',
  'market-allocation', 'first-refusal', 'change-of-control', 'non-compete', 'third-party-beneficiary',
];

/** The types the thirtieth batch measures: sixteen types, fourteen of them of MEASURED_TYPES that no batch has measured
 *  unfitted since the eighth (prosecution, standards, territory, lump sum, milestone, information exchange, antitrust
 *  compliance, governance committee, diligence, reporting, contingency, transition, force majeure, entire agreement),
 *  with dispute resolution and third-party beneficiary, whose near misses the last rounds left. */
export const THIRTIETH_TYPES: readonly string[] = [
  'prosecution', 'standards', 'territory', 'lump-sum', 'milestone', 'information-exchange', 'antitrust-compliance',
  'governance-committee', 'diligence', 'reporting', 'contingency', 'transition', 'force-majeure', 'entire-agreement',
  'dispute-resolution', 'third-party-beneficiary',
];

/** The types the thirty-first batch measures: the five of MEASURED_TYPES that no batch has measured unfitted since the
 *  eighth (improvements, confidentiality, data protection, indemnity, notices), and seven CUAD-measured types that the held-out
 *  batches have measured least or cuad-eval scores lowest (IP ownership P 0.89 R 0.86, joint IP 0.89/0.89, royalty and audit,
 *  last measured unfitted in the fifth batch, price restriction P 0.39, volume restriction P 0.61, minimum commitment R 0.86). */
export const THIRTY_FIRST_TYPES: readonly string[] = [
  'improvements', 'confidentiality', 'data-protection', 'indemnity', 'notices', 'ip-ownership', 'joint-ip', 'royalty',
  'audit', 'price-restriction', 'volume-restriction', 'minimum-commitment',
];

/** The types the thirty-second batch measures: the eleven CUAD-measured types that no batch has measured unfitted since the
 *  fourth to sixth (licence grant, licensed IP, warranty, liability, insurance, term, renewal, termination, post-termination,
 *  escrow, governing law: one to four clauses each, all in batches 4-6), and most-favoured, the CUAD-measured type cuad-eval
 *  scores lowest after the two restriction types batch 31 measured (F1 0.857). */
export const THIRTY_SECOND_TYPES: readonly string[] = [
  'license-grant', 'licensed-ip', 'warranty', 'liability', 'insurance', 'term', 'renewal', 'termination', 'post-termination',
  'escrow', 'governing-law', 'most-favored',
];

/** The types the thirty-third batch measures: every type of the spec but the six structural ones (title, parties, recitals,
 *  definitions, signature, schedule): the 27 of MEASURED_TYPES and the 27 the spec maps to a CUAD category, one to four
 *  clauses each, so that a cue round for any one type is checked against all the others' near misses. */
export const THIRTY_THIRD_TYPES: readonly string[] = [
  'license-grant', 'licensed-ip', 'field-of-use', 'territory', 'exclusivity', 'sublicensing', 'covenant-not-to-sue', 'standards',
  'royalty', 'lump-sum', 'milestone', 'payment-terms', 'minimum-commitment', 'most-favored', 'audit',
  'improvements', 'grant-back', 'ip-ownership', 'joint-ip', 'prosecution', 'enforcement', 'defensive-termination',
  'non-compete', 'non-solicit', 'price-restriction', 'volume-restriction', 'market-allocation', 'information-exchange', 'first-refusal',
  'antitrust-compliance', 'governance-committee', 'diligence', 'reporting', 'dispute-resolution', 'governing-law', 'confidentiality',
  'data-protection', 'warranty', 'liability', 'indemnity', 'insurance', 'contingency', 'term', 'renewal', 'termination',
  'change-of-control', 'assignment', 'post-termination', 'transition', 'notices', 'force-majeure', 'entire-agreement',
  'third-party-beneficiary', 'escrow',
];

/** The types the ninth batch measures: CUAD-measured types the dev split scores weakest or confuses. */
export const NINTH_TYPES: readonly string[] = [
  'volume-restriction', 'price-restriction', 'third-party-beneficiary', 'non-compete', 'non-solicit', 'most-favored',
  'joint-ip', 'ip-ownership', 'covenant-not-to-sue', 'minimum-commitment', 'change-of-control',
];

/** The types this set measures (precision and recall). */
export const MEASURED_TYPES: readonly string[] = [
  'improvements', 'grant-back', 'prosecution', 'enforcement', 'defensive-termination', 'standards', 'field-of-use',
  'territory', 'sublicensing', 'lump-sum', 'milestone', 'payment-terms', 'market-allocation', 'information-exchange',
  'antitrust-compliance', 'governance-committee', 'diligence', 'reporting', 'dispute-resolution', 'confidentiality',
  'data-protection', 'indemnity', 'contingency', 'transition', 'notices', 'force-majeure', 'entire-agreement',
];

/** Every type of spec/clause-types.md: the fourth and fifth batches are measured over all of them. */
export const ALL_TYPES: readonly string[] = [
  'title', 'parties', 'recitals', 'definitions', 'signature', 'schedule',
  'license-grant', 'licensed-ip', 'field-of-use', 'territory', 'exclusivity', 'sublicensing', 'covenant-not-to-sue', 'standards',
  'royalty', 'lump-sum', 'milestone', 'payment-terms', 'minimum-commitment', 'most-favored', 'audit',
  'improvements', 'grant-back', 'ip-ownership', 'joint-ip', 'prosecution', 'enforcement', 'defensive-termination',
  'non-compete', 'non-solicit', 'price-restriction', 'volume-restriction', 'market-allocation', 'information-exchange', 'first-refusal', 'antitrust-compliance',
  'governance-committee', 'diligence', 'reporting', 'dispute-resolution', 'governing-law', 'confidentiality', 'data-protection', 'warranty', 'liability', 'indemnity', 'insurance', 'contingency',
  'term', 'renewal', 'termination', 'change-of-control', 'assignment', 'post-termination', 'transition',
  'notices', 'force-majeure', 'entire-agreement', 'third-party-beneficiary', 'escrow',
];

// The clauses are written as three array literals, joined in order in HELD_OUT: one literal of all ~1,000 made the
// type checker's union of their object types too complex to represent (TS2590, tsconfig.test.json).
const FIRST_TO_FIFTH_BATCHES: readonly HeldOutClause[] = [
  // ---- improvements
  { types: ['improvements'], may: ['ip-ownership'], style: 'us', text: `9.1 Improvements. Each Party shall promptly disclose to the other Party in writing any Improvement to the Licensed Technology that it conceives or reduces to practice during the Term. As between the Parties, each Improvement shall be owned by the Party whose employees or contractors made it.` },
  { types: ['improvements'], may: ['reporting'], style: 'english', text: `12. DEVELOPMENTS

12.1 The Licensee shall notify the Licensor of any modification, enhancement or development of the Licensed Know-How made by or on behalf of the Licensee (a "Development") within 30 days of its creation, and shall provide such details of the Development as the Licensor may reasonably request.` },
  { types: ['improvements'], may: ['ip-ownership'], style: 'edgar', text: `     5.2  Derivative Works.  Any derivative works, modifications or
enhancements of the Software created by or for Licensee ("Licensee
Modifications") shall be owned by Licensee, subject to Licensor's
underlying rights in the Software.` },
  { types: ['improvements'], style: 'terse', text: `Licensor shall grant Licensee a licence under any improvement to the Licensed Patents that Licensor develops during the Term, on the terms of this Agreement and without further payment.` },
  { types: ['improvements'], may: ['ip-ownership', 'joint-ip'], style: 'verbose', text: `Section 6.4. Ownership of Improvements. Subject to Section 6.5, (a) all right, title and interest in and to any enhancement, modification or improvement of the Licensor Technology made solely by Licensor shall vest in Licensor; (b) all right, title and interest in any improvement made solely by Licensee (a "Licensee Improvement") shall vest in Licensee; and (c) any improvement made jointly by the Parties shall be jointly owned, each Party having an undivided one-half interest therein without a duty to account to the other.` },
  { types: ['improvements'], may: ['prosecution'], style: 'plain', text: `New Patents. Patents issuing after the Effective Date on inventions that claim priority to, or are continuations or divisionals of, the Licensed Patents shall be included in the Licensed Patents automatically, and each Party shall notify the other of such new filings at least once per calendar year.` },
  { types: ['improvements'], may: ['ip-ownership'], style: 'english', text: `Any Improvements which the Licensee may make to the Products shall be the property of the Licensee, save that the Licensee shall inform the Licensor of the nature of each such Improvement promptly after it is made.` },

  // ---- grant-back
  { types: ['grant-back'], may: ['improvements', 'sublicensing', 'territory'], style: 'us', text: `8.2 Grant-Back. Licensee hereby grants to Licensor a non-exclusive, royalty-free, worldwide license, with the right to sublicense to Licensor's Affiliates, under any Licensee Improvement, to make, use, sell and import products.` },
  { types: ['grant-back'], may: ['improvements', 'ip-ownership'], style: 'english', text: `The Licensee shall assign to the Licensor all right, title and interest in any improvement to the Licensed Patents made by the Licensee during the term of this Agreement, and shall execute such documents as the Licensor may reasonably require to perfect that assignment.` },
  { types: ['grant-back'], may: ['improvements'], style: 'edgar', text: `     11.3  License to Improvements.  Licensee agrees to grant, and
hereby grants, to Company a perpetual, irrevocable, non-exclusive
license to practice any improvements, modifications or enhancements
to the Licensed Technology developed by Licensee, without payment
of any additional consideration.` },
  { types: ['grant-back'], may: ['improvements'], style: 'terse', text: `Licensee shall license back to Licensor, on a non-exclusive basis and free of charge, all improvements it makes to the Licensed Know-How.` },
  { types: ['grant-back'], may: ['improvements', 'first-refusal'], style: 'verbose', text: `Section 7.6 Licensee Improvements. To the extent Licensee, its Affiliates or Sublicensees conceive, develop or reduce to practice any invention, discovery or improvement that constitutes an improvement to, or is derived from, the Licensed Patent Rights (each, a "Licensee Improvement"), Licensee shall promptly disclose such Licensee Improvement to Licensor and hereby grants to Licensor an exclusive option, exercisable within ninety (90) days after such disclosure, to obtain a royalty-bearing, non-exclusive license under such Licensee Improvement on commercially reasonable terms to be negotiated in good faith.` },
  { types: ['grant-back'], may: ['improvements', 'field-of-use'], style: 'plain', text: `Each Party grants to the other Party a non-exclusive, royalty-free licence under any Improvement it makes to the other Party's Background Technology, for use within the other Party's Field.` },
  { types: ['grant-back'], may: ['improvements'], style: 'english', text: `12.3 The Licensee undertakes to grant to the Licensor, upon request, a non-exclusive licence on reasonable terms under any patent the Licensee obtains on a severable improvement to the Licensed Technology.` },

  // ---- prosecution
  { types: ['prosecution'], may: ['reporting'], style: 'us', text: `7.1 Patent Prosecution. Licensor shall have the sole right to prepare, file, prosecute and maintain the Licensed Patents, at Licensor's expense, and shall keep Licensee reasonably informed of the status of such prosecution.` },
  { types: ['prosecution'], style: 'english', text: `The Licensor shall use reasonable endeavours to procure that the Patent Applications proceed to grant, shall pay all renewal fees in respect of the Patents as they fall due, and shall not allow any of the Patents to lapse without first offering to assign it to the Licensee.` },
  { types: ['prosecution'], style: 'edgar', text: `     9.2  Maintenance of Patents.  Company shall pay all
maintenance fees and annuities necessary to keep the Patent Rights
in force.  If Company elects to abandon any patent or patent
application within the Patent Rights, it shall give University not
less than sixty (60) days' notice before any deadline, and University
may continue the prosecution of such patent at its own cost.` },
  { types: ['prosecution'], may: ['joint-ip'], style: 'terse', text: `Licensee shall bear all costs of filing, prosecuting and maintaining the Joint Patents.` },
  { types: ['prosecution'], may: ['reporting'], style: 'verbose', text: `Section 5.3. Continuations and Reissues. Licensor shall consult with Licensee before filing any continuation, continuation-in-part, divisional, reissue or request for reexamination of any Licensed Patent, shall give due consideration to Licensee's comments on the claims to be pursued, and shall provide Licensee with copies of all material correspondence with the United States Patent and Trademark Office and any foreign patent office.` },
  { types: ['prosecution'], style: 'plain', text: `Each party shall be responsible, at its own cost, for the prosecution and maintenance of the patents and patent applications it owns, and neither party shall be obliged to file any patent application in any particular country.` },
  { types: ['prosecution'], may: ['payment-terms'], style: 'us', text: `Patent Costs. Licensee shall reimburse Licensor, within thirty (30) days of invoice, for all reasonable out-of-pocket costs incurred by Licensor after the Effective Date in the preparation, filing, prosecution and maintenance of the Patent Rights.` },

  // ---- enforcement
  { types: ['enforcement'], style: 'us', text: `10.1 Enforcement. Each Party shall promptly notify the other in writing of any suspected infringement of the Licensed Patents by a third party. Licensor shall have the first right, but not the obligation, to bring an action against such infringer at its own expense.` },
  { types: ['enforcement'], style: 'english', text: `If the Licensee becomes aware of any infringement or threatened infringement of the Patents, it shall forthwith notify the Licensor, and the Licensor shall decide in its absolute discretion whether to take proceedings. If the Licensor does not commence proceedings within 60 days, the Licensee may do so in its own name and at its own expense, and the Licensor shall give all reasonable assistance, including joining as a party if necessary.` },
  { types: ['enforcement'], style: 'edgar', text: `     12.2  Infringement by Third Parties.  In the event that
Licensee brings suit against an infringer of the Licensed Patents,
any recovery of damages shall first be applied to reimburse each
party's litigation expenses, and any remainder shall be divided
seventy-five percent (75%) to Licensee and twenty-five percent
(25%) to Licensor.` },
  { types: ['enforcement'], style: 'terse', text: `Licensee may not settle any infringement action in a manner that admits the invalidity of a Licensed Patent without Licensor's prior written consent.` },
  { types: ['enforcement'], style: 'verbose', text: `Section 8.4. Control of Litigation. The Party bringing an action under this Article 8 shall have sole control over the conduct of such action, including the selection of counsel and any settlement, provided that the other Party may participate with counsel of its own choosing at its own expense, and shall cooperate fully, including by providing documents and witnesses reasonably requested.` },
  { types: ['enforcement'], style: 'plain', text: `Where a third party infringes the Licensed Trade Marks in the Territory, the Distributor shall not take any legal action itself but shall give the Supplier full particulars and such assistance as the Supplier may reasonably require in any proceedings the Supplier decides to bring.` },
  { types: ['enforcement'], style: 'us', text: `Enforcement of Patents. Neither Party shall have any obligation to sue third party infringers of its Patents.` },

  // ---- defensive-termination
  { types: ['defensive-termination'], may: ['covenant-not-to-sue'], style: 'us', text: `13.4 Termination for Patent Challenge. Licensor may terminate this Agreement immediately upon written notice if Licensee or any of its Affiliates challenges, or assists any third party in challenging, the validity or enforceability of any Licensed Patent in any court or patent office.` },
  { types: ['defensive-termination'], style: 'english', text: `If the Licensee or any of its Group Companies commences or threatens proceedings alleging that any product of the Licensor infringes a patent owned or controlled by the Licensee, the Licensor may by notice terminate the licences granted to the Licensee under clause 2 with immediate effect.` },
  { types: ['defensive-termination'], style: 'edgar', text: `     15.3  Defensive Suspension.  If Licensee or its Affiliate
asserts any Patent claim against Licensor or its customers with
respect to any Licensor Product, Licensor may suspend the license
granted in Section 2.1 for so long as such claim remains pending.` },
  { types: ['defensive-termination'], style: 'terse', text: `Any licence granted to a Party under this Agreement terminates automatically if that Party files a patent infringement suit against the other Party.` },
  { types: ['defensive-termination'], may: ['covenant-not-to-sue'], style: 'verbose', text: `Section 9.2 Retaliation. Notwithstanding anything to the contrary in this Agreement, in the event that either Party (the "Asserting Party") or any of its Subsidiaries initiates any action, suit or proceeding alleging that any product of the other Party infringes any patent, the other Party may, at its option by written notice given within ninety (90) days thereafter, terminate the licenses and releases granted to the Asserting Party under this Agreement with respect to the patents asserted and all patents in the same family, but the licenses granted to the other Party shall continue in full force and effect.` },
  { types: ['defensive-termination'], style: 'plain', text: `Should the Recipient bring a claim, counterclaim or cross-claim asserting that the Licensed Program infringes any patent, every patent licence granted to the Recipient under this licence ends on the date the claim is filed.` },
  { types: ['defensive-termination'], may: ['covenant-not-to-sue'], style: 'us', text: `In the event Licensee opposes, or requests reexamination of, any of the Licensed Patents, the royalty rate under Section 4.1 shall double and Licensor may terminate this Agreement upon thirty (30) days' notice.` },

  // ---- standards
  { types: ['standards'], style: 'us', text: `5.1 Standard Essential Patents. Each Party agrees to license its Essential Patents for the Standard to third parties on fair, reasonable and non-discriminatory terms in accordance with the IPR Policy of the standards body.` },
  { types: ['standards'], style: 'english', text: `The Licensed Patents comprise only those patents that are essential to the implementation of the IEEE 802.11 standard, and the Licensor confirms that it has given an undertaking to ETSI to licence such patents on FRAND terms.` },
  { types: ['standards'], may: ['field-of-use'], style: 'edgar', text: `     2.4  Compliant Products.  The license in Section 2.1 extends
only to those portions of a Licensed Product that implement and
comply with the normative portions of the Specification, as adopted
by the Consortium from time to time.` },
  { types: ['standards'], style: 'terse', text: `Licensed Products shall conform to the current version of the Bluetooth Core Specification.` },
  { types: ['standards'], style: 'verbose', text: `Section 3.5. Declarations. Nothing in this Agreement shall limit either Party's obligations under any licensing declaration it has submitted to a standard-setting organization, including any commitment to grant licences under its necessary claims on reasonable and non-discriminatory terms, and each Party shall continue to honour such declarations with respect to any patent it transfers.` },
  { types: ['standards'], may: ['royalty'], style: 'plain', text: `Royalty for Essential Patents. For each Licensed Product that is compliant with the 5G NR standard, Licensee shall pay the royalty set forth in Exhibit C in respect of the Standard-Essential Patents.` },

  // ---- field-of-use
  { types: ['field-of-use'], style: 'us', text: `2.2 Field of Use. The license granted in Section 2.1 is limited to the Field, namely the diagnosis of human cardiovascular disease, and Licensee shall not practice the Licensed Patents outside the Field.` },
  { types: ['field-of-use'], style: 'english', text: `The Licence is granted solely for the purpose of the manufacture of agricultural machinery and for no other application.` },
  { types: ['field-of-use'], style: 'edgar', text: `     2.3  Restrictions.  Licensee shall use the Licensed
Technology only in connection with the Licensed Products described
in Exhibit A and for veterinary applications, and not for any human
therapeutic use.` },
  { types: ['field-of-use'], style: 'terse', text: `All rights in fields other than Consumer Electronics are reserved to Licensor.` },
  { types: ['field-of-use'], style: 'verbose', text: `Section 2.6. Excluded Fields. Notwithstanding Section 2.1, the licenses granted herein do not extend to, and no right is granted with respect to, (a) automotive applications, (b) medical devices, or (c) any military or defense use (collectively, the "Excluded Fields"), each of which is reserved exclusively to the granting Party.` },
  { types: ['field-of-use'], style: 'plain', text: `Licensee's rights hereunder are restricted to the use of the Software for its internal business purposes within the field of retail banking.` },

  // ---- territory
  { types: ['territory'], may: ['market-allocation'], style: 'us', text: `2.4 Territory. The license granted under Section 2.1 is limited to the United States, Canada and Mexico (the "Territory"), and Licensee shall not sell Licensed Products outside the Territory.` },
  { types: ['territory'], may: ['market-allocation'], style: 'english', text: `The Distributor is appointed for the territory of the United Kingdom and the Republic of Ireland only, and shall not actively seek customers outside that territory.` },
  { types: ['territory'], style: 'edgar', text: `     1.12  "Territory" means the countries of the European
Union as constituted on the Effective Date, together with Norway,
Switzerland and Iceland.` },
  { types: ['territory'], style: 'terse', text: `The licenses granted herein are worldwide in scope.` },
  { types: ['territory'], may: ['market-allocation'], style: 'verbose', text: `Section 3.2. Geographic Scope. The rights granted to Licensee hereunder may be exercised in all countries of the world other than the People's Republic of China, Hong Kong, Macau and Taiwan, which shall remain reserved to Licensor, and Licensee shall not manufacture, sell or otherwise dispose of Licensed Products in, or for export to, any such reserved country.` },
  { types: ['territory'], style: 'plain', text: `Licensee may manufacture Products anywhere in the world but may sell them only in Japan.` },

  // ---- sublicensing
  { types: ['sublicensing'], style: 'us', text: `2.3 Sublicenses. Licensee may grant sublicenses under the license granted in Section 2.1 to its Affiliates and to third parties with Licensor's prior written consent, which shall not be unreasonably withheld. Each sublicense shall be in writing and consistent with the terms of this Agreement.` },
  { types: ['sublicensing'], style: 'english', text: `The Licensee shall not be entitled to grant sub-licences of any of its rights under this Agreement without the prior written consent of the Licensor.` },
  { types: ['sublicensing'], style: 'edgar', text: `     3.1  Sublicensing.  Licensee shall have the right to
sublicense the rights granted herein, provided that Licensee
shall remain liable for the performance of each sublicensee and
shall furnish Licensor with a copy of each sublicense agreement
within thirty (30) days after its execution.` },
  { types: ['sublicensing'], style: 'terse', text: `The foregoing license is non-exclusive, non-transferable and non-sublicensable.` },
  { types: ['sublicensing'], may: ['royalty'], style: 'verbose', text: `Section 4.2. Sublicense Income. Licensee shall pay to Licensor thirty percent (30%) of all Sublicense Income received by Licensee from any Sublicensee, and upon termination of this Agreement each sublicense shall, at the Sublicensee's election, survive and be assigned to Licensor.` },
  { types: ['sublicensing'], style: 'plain', text: `No Sublicensing. Customer shall not sublicense, rent, lease or lend the Software to any third party.` },

  // ---- lump-sum
  { types: ['lump-sum'], may: ['payment-terms'], style: 'us', text: `4.1 License Fee. In consideration of the licenses granted herein, Licensee shall pay Licensor a one-time, non-refundable license fee of Two Million Dollars ($2,000,000) within thirty (30) days after the Effective Date.` },
  { types: ['lump-sum'], may: ['payment-terms', 'covenant-not-to-sue'], style: 'english', text: `In consideration of the release in clause 3 and the licence in clause 4, Party B shall pay to Party A a balancing payment of EUR 15,000,000, payable in three equal annual instalments.` },
  { types: ['lump-sum'], may: ['payment-terms'], style: 'edgar', text: `     5.1  Upfront Payment.  Within ten (10) business days after
the Effective Date, Licensee shall pay to Licensor an upfront
payment of $500,000, which payment shall be non-creditable against
royalties.` },
  { types: ['lump-sum'], may: ['payment-terms'], style: 'terse', text: `Licensee shall pay a fully paid-up fee of $1,200,000 on signature.` },
  { types: ['lump-sum'], may: ['payment-terms', 'covenant-not-to-sue'], style: 'verbose', text: `Section 3.1. Consideration. As full consideration for the licenses, covenants and releases granted by Licensor hereunder, including for past practice of the Licensed Patents, Licensee shall pay Licensor the sum of Seven Hundred Fifty Thousand United States Dollars (US$750,000) by wire transfer of immediately available funds to the account specified by Licensor, no later than the fifteenth (15th) day following the Effective Date.` },
  { types: ['lump-sum'], may: ['payment-terms'], style: 'plain', text: `Initial Fee. An initial franchise fee of $45,000 is due and payable upon execution of this Agreement and is fully earned when paid.` },

  // ---- milestone
  { types: ['milestone'], may: ['payment-terms'], style: 'us', text: `4.2 Milestone Payments. Licensee shall pay Licensor the following one-time payments within thirty (30) days after the first achievement of each milestone event: (a) $250,000 upon initiation of the first Phase II Clinical Trial; (b) $1,000,000 upon first regulatory approval in the United States.` },
  { types: ['milestone'], style: 'english', text: `On the first commercial sale of a Licensed Product in any Major Market, the Licensee shall pay the Licensor the sum of £100,000.` },
  { types: ['milestone'], may: ['royalty'], style: 'edgar', text: `     6.3  Sales Milestones.  In the first calendar year in which
aggregate Net Sales of Licensed Products exceed $50,000,000,
Licensee shall pay to Licensor a one-time sales milestone of
$2,500,000.` },
  { types: ['milestone'], may: ['payment-terms'], style: 'terse', text: `$75,000 is payable upon delivery and acceptance of the Beta Release.` },
  { types: ['milestone'], may: ['diligence', 'exclusivity'], style: 'verbose', text: `Section 5.4. Development Milestones. Licensee shall achieve each of the following development milestones by the date set opposite it: (i) completion of a working prototype by June 30, 2027; (ii) filing of an IND by March 31, 2028; and (iii) first commercial sale by December 31, 2030. If Licensee fails to achieve any such milestone, Licensor may convert the license to non-exclusive upon written notice.` },
  { types: ['milestone'], may: ['payment-terms'], style: 'plain', text: `The second instalment of the fee, amounting to 40% of the total, becomes due when the Software passes the final acceptance tests.` },

  // ---- payment-terms
  { types: ['payment-terms'], style: 'us', text: `6.1 Payment Terms. All amounts due hereunder shall be paid in United States dollars within thirty (30) days after the date of invoice. Late payments shall bear interest at the rate of one and one-half percent (1.5%) per month or the maximum rate permitted by law, whichever is less.` },
  { types: ['payment-terms'], style: 'english', text: `All sums payable under this Agreement are exclusive of VAT, which the Licensee shall pay in addition at the rate in force from time to time against a valid VAT invoice.` },
  { types: ['payment-terms'], may: ['royalty'], style: 'edgar', text: `     4.5  Currency Conversion.  Royalties on sales made in
currencies other than U.S. Dollars shall be converted at the
exchange rate published in The Wall Street Journal on the last
business day of the calendar quarter to which the payment relates.` },
  { types: ['payment-terms'], style: 'terse', text: `Invoices are payable net 45 days.` },
  { types: ['payment-terms'], style: 'verbose', text: `Section 7.3. Withholding Taxes. If applicable law requires Licensee to withhold any taxes from payments due to Licensor, Licensee shall deduct such taxes from the amount otherwise due, pay them to the proper taxing authority, and furnish Licensor with official receipts evidencing such payment, so that Licensor may claim any available foreign tax credit.` },
  { types: ['payment-terms'], may: ['dispute-resolution'], style: 'plain', text: `Supplier will invoice Customer monthly in arrears. Undisputed invoices are due within sixty days of receipt; disputed amounts shall be notified within fifteen days and resolved under Section 14.` },
  { types: ['payment-terms'], style: 'plain', text: `Payments shall be made by wire transfer to the bank account designated by Licensor in writing.` },

  // ---- market-allocation
  { types: ['market-allocation'], may: ['non-compete'], style: 'us', text: `7.1 Allocation of Customers. Party A shall not sell Products to any customer listed in Schedule 1, which customers are reserved to Party B, and Party B shall not sell Products to any customer listed in Schedule 2, which customers are reserved to Party A.` },
  { types: ['market-allocation'], may: ['territory', 'non-compete'], style: 'english', text: `Each party agrees that it will not market the Products in the territory allocated to the other party under Schedule 3, and will refer to the other party any enquiry received from a customer located in that territory.` },
  { types: ['market-allocation'], may: ['exclusivity', 'non-solicit', 'non-compete'], style: 'edgar', text: `     8.2  Division of Markets.  During the Term, Manufacturer
shall supply the Products exclusively to the hospital market and
Distributor shall supply the Products exclusively to the retail
pharmacy market, and neither party shall solicit customers in the
other's market.` },
  { types: ['market-allocation'], may: ['territory'], style: 'terse', text: `Licensee shall not export Licensed Products to Europe, which is reserved for Licensor.` },
  { types: ['market-allocation'], may: ['non-compete'], style: 'verbose', text: `Section 6.2. Referral of Opportunities. Any opportunity that either Party identifies with an OEM customer in the automotive sector shall be referred to Company A, and any opportunity with a customer in the aerospace sector shall be referred to Company B; neither Party shall bid for contracts with customers in the sector assigned to the other Party.` },
  { types: ['market-allocation'], may: ['non-compete', 'non-solicit'], style: 'plain', text: `The parties agree not to compete for each other's existing customers during the Term.` },

  // ---- information-exchange
  { types: ['information-exchange'], may: ['antitrust-compliance', 'confidentiality'], style: 'us', text: `9.3 Exchange of Information. Neither Party shall disclose to the other Party any information regarding its current or future pricing, costs, margins, bids or customer-specific terms, except to the extent required for the performance of this Agreement.` },
  { types: ['information-exchange'], may: ['reporting'], style: 'english', text: `The parties shall share with each other, on a monthly basis, their respective sales volumes and average selling prices for the Products in each country of the Territory.` },
  { types: ['information-exchange'], may: ['confidentiality', 'antitrust-compliance'], style: 'edgar', text: `     10.4  Clean Team.  Competitively sensitive information
exchanged under this Agreement shall be made available only to
the members of the Clean Team identified in Schedule 5, who shall
not be involved in pricing or marketing decisions.` },
  { types: ['information-exchange'], may: ['reporting'], style: 'terse', text: `Each party shall provide the other with its annual production capacity and capacity utilisation figures.` },
  { types: ['information-exchange'], may: ['reporting'], style: 'verbose', text: `Section 4.6. Benchmarking Data. Licensee shall furnish Licensor each quarter with its customer lists, pricing for each customer and the discounts granted, and Licensor may use such information in setting its own prices to customers in the Territory.` },
  { types: ['information-exchange'], may: ['standards', 'antitrust-compliance'], style: 'plain', text: `Information exchanged between the parties shall be limited to technical information necessary to implement the Standard and shall exclude any information on prices, output or marketing plans.` },

  // ---- antitrust-compliance
  { types: ['antitrust-compliance'], style: 'us', text: `14.7 Antitrust Compliance. The Parties shall conduct all activities under this Agreement in compliance with applicable antitrust and competition laws, and nothing herein shall require either Party to take any action that would violate such laws.` },
  { types: ['antitrust-compliance'], may: ['entire-agreement'], style: 'english', text: `If any provision of this Agreement is or becomes void or unenforceable by reason of Article 101 of the Treaty on the Functioning of the European Union or the Competition Act 1998, that provision shall be deemed deleted and the remaining provisions shall continue in force.` },
  { types: ['antitrust-compliance'], style: 'edgar', text: `     16.2  Hart-Scott-Rodino.  If any filing is required under
the Hart-Scott-Rodino Antitrust Improvements Act of 1976, the
parties shall cooperate to make such filing promptly, and the
exclusive license shall not become effective until the waiting
period has expired or been terminated.` },
  { types: ['antitrust-compliance'], style: 'terse', text: `This Agreement shall be construed so as to comply with all applicable competition laws.` },
  { types: ['antitrust-compliance'], style: 'verbose', text: `Section 11.5. Competition Law Review. The Parties acknowledge that the arrangements contemplated by this Agreement may require notification to, or clearance from, the European Commission or national competition authorities. Each Party shall, at its own cost, cooperate in preparing any such notification, and if any competent authority determines that any provision infringes competition law, the Parties shall negotiate in good faith to amend such provision to the minimum extent necessary to render it lawful.` },
  { types: ['antitrust-compliance'], style: 'plain', text: `Neither Party shall be obliged to act in a way that would breach the Sherman Act or any comparable foreign law, and each Party retains the right to compete independently with the other.` },

  // ---- governance-committee
  { types: ['governance-committee'], style: 'us', text: `3.1 Joint Steering Committee. Within thirty (30) days after the Effective Date, the Parties shall establish a Joint Steering Committee (the "JSC") composed of three (3) representatives of each Party. The JSC shall oversee the Development Program and shall meet at least quarterly.` },
  { types: ['governance-committee'], style: 'english', text: `The parties shall each appoint two representatives to a project board which shall meet not less than once a month to review progress of the Project. Decisions of the project board shall be taken unanimously, each party's representatives together having one vote.` },
  { types: ['governance-committee'], may: ['dispute-resolution'], style: 'edgar', text: `     4.3  Committee Decisions.  All decisions of the JDC
shall be made by consensus.  If the JDC cannot reach consensus
within fifteen (15) days, the matter shall be referred to the
Chief Executive Officers of the parties for resolution.` },
  { types: ['governance-committee'], style: 'terse', text: `Minutes of each Committee meeting shall be prepared by the chairperson and circulated within ten days.` },
  { types: ['governance-committee'], may: ['prosecution', 'reporting'], style: 'verbose', text: `Section 2.4. Patent Working Group. The Parties shall form a patent working group, consisting of one patent attorney designated by each Party, which shall coordinate the prosecution strategy for the Joint Patents, meet by video conference at least twice each calendar year, and report to the Steering Committee.` },
  { types: ['governance-committee'], style: 'plain', text: `Alliance Managers. Each Party shall designate an alliance manager who shall serve as the primary point of contact between the Parties and attend all meetings of the Joint Commercialization Committee as a non-voting participant.` },

  // ---- diligence
  { types: ['diligence'], style: 'us', text: `5.1 Diligence. Licensee shall use commercially reasonable efforts to develop and commercialize Licensed Products in the Territory as soon as practicable.` },
  { types: ['diligence'], style: 'english', text: `The Licensee shall use all reasonable endeavours to exploit the Licensed Technology throughout the Territory and to meet the market demand for Licensed Products.` },
  { types: ['diligence'], style: 'edgar', text: `     7.1  Commercialization.  Company shall exercise diligent
efforts to introduce Licensed Products into the commercial market
as promptly as practicable and, thereafter, to keep Licensed
Products reasonably available to the public.` },
  { types: ['diligence'], style: 'terse', text: `Distributor shall use its best efforts to promote the sale of the Products.` },
  { types: ['diligence'], style: 'verbose', text: `Section 6.2. Failure of Diligence. If Licensor reasonably believes that Licensee is not using Commercially Reasonable Efforts to commercialize the Licensed Product in any Major Market, Licensor shall so notify Licensee, and if Licensee fails within ninety (90) days to present a development plan reasonably acceptable to Licensor, Licensor may terminate the license with respect to such Major Market.` },
  { types: ['diligence'], style: 'plain', text: `Licensee shall devote adequate resources, including at least two full-time engineers, to the integration of the Licensed Technology into its products.` },

  // ---- reporting
  { types: ['reporting'], may: ['royalty', 'audit'], style: 'us', text: `6.2 Royalty Reports. Within forty-five (45) days after the end of each calendar quarter, Licensee shall deliver to Licensor a written report setting forth, for such quarter, the number of Licensed Products sold, the gross sales and Net Sales thereof, and the royalties due.` },
  { types: ['reporting'], may: ['diligence'], style: 'english', text: `The Licensee shall provide the Licensor with a written report every six months on the progress of its development of Licensed Products, in sufficient detail to allow the Licensor to assess the Licensee's compliance with clause 7.` },
  { types: ['reporting'], may: ['diligence'], style: 'edgar', text: `     8.1  Progress Reports.  Commencing on January 31, 2027
and annually thereafter, Company shall submit to MIT a written
report summarizing its activities toward the development and
commercialization of Licensed Products during the preceding year.` },
  { types: ['reporting'], style: 'terse', text: `Supplier shall report monthly on its performance against the Service Levels.` },
  { types: ['reporting'], may: ['sublicensing'], style: 'verbose', text: `Section 9.5. Compliance Certificate. Within sixty (60) days after the end of each Contract Year, an officer of Licensee shall certify to Licensor in writing that Licensee and its Sublicensees have complied with the restrictions set out in Article 3 during such Contract Year, identifying any non-compliance and the steps taken to remedy it.` },
  { types: ['reporting'], style: 'plain', text: `Licensee shall keep Licensor informed of all material regulatory submissions and shall provide copies of any correspondence with the FDA within ten days of receipt.` },

  // ---- dispute-resolution
  { types: ['dispute-resolution'], style: 'us', text: `15.2 Arbitration. Any dispute, controversy or claim arising out of or relating to this Agreement shall be finally resolved by binding arbitration administered by the American Arbitration Association in accordance with its Commercial Arbitration Rules, before three arbitrators, in New York, New York.` },
  { types: ['dispute-resolution'], style: 'english', text: `Any dispute shall first be referred to the parties' respective managing directors, who shall meet within 14 days to attempt to resolve it. If they fail to do so, either party may refer the dispute to mediation in accordance with the CEDR Model Mediation Procedure.` },
  { types: ['dispute-resolution'], may: ['governing-law'], style: 'edgar', text: `     17.3  Jurisdiction.  Each party irrevocably submits to the
exclusive jurisdiction of the state and federal courts located in
Wilmington, Delaware for any action arising out of this Agreement,
and waives any objection to venue in such courts.` },
  { types: ['dispute-resolution'], style: 'terse', text: `Each party waives its right to a jury trial.` },
  { types: ['dispute-resolution'], style: 'verbose', text: `Section 12.1. Escalation. In the event of any disagreement between the Parties concerning the interpretation of this Agreement or the performance of either Party hereunder, either Party may give written notice of such disagreement to the other, whereupon senior executives of each Party with authority to settle the matter shall negotiate in good faith for a period of thirty (30) days; if the matter is not resolved within such period, either Party may pursue any remedy available at law or in equity.` },
  { types: ['dispute-resolution'], may: ['royalty'], style: 'plain', text: `Expert Determination. Any dispute as to the amount of royalties payable shall be referred to an independent firm of chartered accountants acting as expert and not as arbitrator, whose decision shall be final and binding.` },

  // ---- confidentiality
  { types: ['confidentiality'], style: 'us', text: `11.1 Confidentiality. Each Party shall hold the Confidential Information of the other Party in strict confidence, shall not disclose it to any third party, and shall use it only for the purposes of this Agreement, for a period of five (5) years after the termination of this Agreement.` },
  { types: ['confidentiality'], style: 'english', text: `Neither party shall at any time disclose to any person any confidential information concerning the business, affairs, customers, clients or suppliers of the other party, except as permitted by clause 14.2.` },
  { types: ['confidentiality'], style: 'edgar', text: `     12.3  Exceptions.  The obligations of this Article 12 shall
not apply to information which (a) is or becomes publicly
available through no fault of the Recipient, (b) was known to the
Recipient prior to disclosure, or (c) is independently developed
by the Recipient without use of the Discloser's information.` },
  { types: ['confidentiality'], style: 'terse', text: `The terms of this Agreement are confidential.` },
  { types: ['confidentiality'], style: 'verbose', text: `Section 10.4. Compelled Disclosure. If the Receiving Party is required by law, regulation or order of a court of competent jurisdiction to disclose any Proprietary Information of the Disclosing Party, it shall give the Disclosing Party prompt written notice so that the Disclosing Party may seek a protective order, and shall disclose only that portion which it is legally required to disclose.` },
  { types: ['confidentiality'], may: ['post-termination'], style: 'plain', text: `Recipient shall return or destroy all documents containing the Discloser's trade secrets upon request.` },

  // ---- data-protection
  { types: ['data-protection'], style: 'us', text: `12.1 Data Security. Vendor shall implement and maintain administrative, physical and technical safeguards designed to protect Customer Data against unauthorized access, use or disclosure, and shall notify Customer within seventy-two (72) hours after becoming aware of any Security Incident.` },
  { types: ['data-protection'], style: 'english', text: `Each party shall comply with its obligations under the Data Protection Legislation, including the UK GDPR, in respect of any personal data processed in connection with this Agreement. The Supplier shall process such personal data only on the documented instructions of the Customer.` },
  { types: ['data-protection'], style: 'edgar', text: `     9.4  Privacy.  Licensee shall not collect, use or disclose
any personally identifiable information of end users except in
accordance with a privacy policy that complies with all
applicable privacy laws.` },
  { types: ['data-protection'], style: 'terse', text: `Processor shall not transfer personal data outside the EEA without Controller's consent.` },
  { types: ['data-protection'], style: 'verbose', text: `Section 8.3. HIPAA. To the extent Business Associate creates, receives, maintains or transmits Protected Health Information on behalf of Covered Entity, Business Associate shall use and disclose such information only as permitted by the Business Associate Agreement attached as Exhibit D and by 45 C.F.R. Parts 160 and 164.` },
  { types: ['data-protection'], may: ['confidentiality'], style: 'plain', text: `Supplier shall ensure that all staff with access to Customer's personal information are bound by confidentiality obligations and receive annual data protection training.` },

  // ---- indemnity
  { types: ['indemnity'], style: 'us', text: `13.1 Indemnification by Licensee. Licensee shall indemnify, defend and hold harmless Licensor and its officers, directors and employees from and against any and all losses, damages, liabilities and expenses (including reasonable attorneys' fees) arising out of any third-party claim relating to Licensed Products sold by Licensee.` },
  { types: ['indemnity'], style: 'english', text: `The Supplier shall indemnify the Customer against all liabilities, costs, expenses, damages and losses suffered or incurred by the Customer arising out of any claim that the Deliverables infringe the intellectual property rights of a third party.` },
  { types: ['indemnity'], style: 'edgar', text: `     14.3  Procedure.  A party seeking indemnification shall
promptly notify the indemnifying party of the claim, permit the
indemnifying party to control the defense and settlement thereof,
and provide reasonable cooperation at the indemnifying party's
expense.` },
  { types: ['indemnity'], style: 'terse', text: `Customer will hold Vendor harmless from claims arising from Customer Content.` },
  { types: ['indemnity'], may: ['warranty'], style: 'verbose', text: `Section 11.2. IP Infringement Remedies. If the Software becomes, or in Vendor's opinion is likely to become, the subject of a claim of infringement, Vendor shall at its option and expense (a) procure for Customer the right to continue using the Software, (b) modify the Software so that it becomes non-infringing, or (c) if neither (a) nor (b) is commercially reasonable, terminate the license and refund the fees paid for the affected Software, and Vendor shall defend any such claim and pay all damages finally awarded.` },
  { types: ['indemnity'], style: 'plain', text: `Distributor shall compensate Supplier in full for any claims brought by customers as a result of Distributor's unauthorised representations about the Products.` },

  // ---- contingency
  { types: ['contingency'], may: ['transition', 'escrow'], style: 'us', text: `16.3 Temporary License. If Licensor becomes subject to any bankruptcy proceeding or ceases to do business, Licensee shall have a temporary, non-exclusive license to use the Source Code solely to support the Licensed Product until Licensee has made alternative arrangements, not to exceed twelve (12) months.` },
  { types: ['contingency'], may: ['force-majeure'], style: 'english', text: `The Supplier shall maintain, test at least annually and, on the occurrence of a Disaster, implement a business continuity and disaster recovery plan that meets the requirements of Schedule 8.` },
  { types: ['contingency'], may: ['change-of-control', 'first-refusal'], style: 'edgar', text: `     18.2  Buy-Out Option.  Upon a Change of Control of
Licensor, Licensee shall have the option to purchase all of
Licensor's right, title and interest in the Licensed Patents at
their fair market value as determined by an independent
appraiser.` },
  { types: ['contingency'], style: 'terse', text: `Supplier shall maintain a second source for each critical component.` },
  { types: ['contingency'], may: ['governance-committee'], style: 'verbose', text: `Section 7.5. Risk Register. The Steering Committee shall maintain a register of the principal risks to the Project, including the risk of loss of key personnel, supply interruption and regulatory delay, together with the mitigation measures and contingency plans agreed for each risk, and shall review the register at each of its meetings.` },
  { types: ['contingency'], may: ['transition'], style: 'plain', text: `Step-in. If the Supplier fails to perform the Critical Services for more than five consecutive Business Days, the Customer may itself perform, or appoint a third party to perform, those services until the Supplier demonstrates that it can resume.` },

  // ---- transition
  { types: ['transition'], may: ['post-termination'], style: 'us', text: `17.4 Transition Assistance. Upon expiration or termination of this Agreement for any reason, Provider shall, at Customer's request and at Provider's then-current rates, provide such transition services for up to six (6) months as are reasonably necessary to transfer the Services to Customer or its designated successor provider.` },
  { types: ['transition'], may: ['post-termination'], style: 'english', text: `For a period of six months following termination, the Licensor shall continue to supply the Licensed Materials to the Licensee on the terms of this Agreement so as to allow an orderly migration to a replacement supplier.` },
  { types: ['transition'], may: ['post-termination', 'contingency'], style: 'edgar', text: `     19.2  Bridge License.  If this Agreement terminates as a
result of Licensor's breach, Licensor shall grant Licensee a
transitional license to continue to use the Licensed Technology
for one hundred eighty (180) days, to allow Licensee to move its
products to alternative technology.` },
  { types: ['transition'], may: ['contingency'], style: 'terse', text: `Exit Plan. The Supplier shall deliver an exit plan within three months of the Effective Date and keep it up to date.` },
  { types: ['transition'], may: ['post-termination'], style: 'verbose', text: `Section 14.6. Cooperation on Handover. During the Transition Period, the Outgoing Supplier shall cooperate with the Incoming Supplier, provide all operational documentation, data in an industry-standard format and knowledge transfer sessions reasonably requested, and shall not take any action that would disrupt the continuity of the Services.` },
  { types: ['transition'], style: 'plain', text: `Following the Closing, Seller shall provide Buyer with the services described in the Transition Services Schedule for the periods stated therein, at cost plus five percent.` },

  // ---- notices
  { types: ['notices'], style: 'us', text: `18.1 Notices. All notices under this Agreement shall be in writing and shall be deemed given when delivered personally, one (1) business day after deposit with a nationally recognized overnight courier, or three (3) days after mailing by certified mail, return receipt requested, to the addresses set forth below.` },
  { types: ['notices'], style: 'english', text: `Any notice given under this Agreement shall be in writing and shall be delivered by hand or sent by pre-paid first-class post or recorded delivery to the registered office of the recipient. A notice delivered by hand is deemed received at the time of delivery; a notice sent by post is deemed received at 9.00 am on the second Business Day after posting.` },
  { types: ['notices'], style: 'edgar', text: `     20.5  Notices.  All communications hereunder shall be sent
to the parties at the following addresses:

          If to Licensor:   Acme Research Corp.
                            100 Main Street
                            Boston, Massachusetts 02110
                            Attention: General Counsel` },
  { types: ['notices'], style: 'terse', text: `Notice by e-mail is not valid notice under this Agreement.` },
  { types: ['notices'], style: 'verbose', text: `Section 15.3. Change of Address. Either Party may change its address for the receipt of notices by giving notice of such change to the other Party in the manner provided in this Section, and any notice transmitted by facsimile or electronic mail shall be confirmed by a copy sent by overnight courier.` },
  { types: ['notices'], style: 'plain', text: `Communications. Notices to Licensee shall be addressed to its Chief Legal Officer at the address first written above, with a copy (which shall not constitute notice) to Baker & Stone LLP, 200 Park Avenue, New York, NY 10166.` },

  // ---- force-majeure
  { types: ['force-majeure'], style: 'us', text: `19.2 Force Majeure. Neither Party shall be liable for any failure or delay in performance due to causes beyond its reasonable control, including acts of God, fire, flood, war, terrorism, labor disputes, epidemics or governmental action.` },
  { types: ['force-majeure'], style: 'english', text: `Neither party shall be in breach of this Agreement nor liable for delay in performing its obligations if such delay results from events, circumstances or causes beyond its reasonable control. In such circumstances the affected party shall be entitled to a reasonable extension of the time for performing such obligations.` },
  { types: ['force-majeure'], style: 'edgar', text: `     21.1  Excused Performance.  If either party is prevented
from performing by reason of strikes, lockouts, riots, embargoes,
shortages of materials or any other cause not within its control,
the time for performance shall be extended for the period of such
prevention.` },
  { types: ['force-majeure'], style: 'terse', text: `A Party affected by a Force Majeure Event shall notify the other promptly and use reasonable efforts to mitigate its effects.` },
  { types: ['force-majeure'], may: ['termination'], style: 'verbose', text: `Section 16.4. Prolonged Disruption. If an event of the kind described in Section 16.3 continues for more than ninety (90) consecutive days, the Party not affected by such event may terminate this Agreement upon written notice, without liability, and the Parties shall meet to agree on an equitable allocation of any work in progress.` },
  { types: ['force-majeure'], style: 'plain', text: `Supplier's obligations are suspended while a pandemic, government lockdown or interruption of public utilities prevents it from manufacturing the Products.` },

  // ---- entire-agreement
  { types: ['entire-agreement'], style: 'us', text: `20.1 Entire Agreement. This Agreement, together with its Exhibits, constitutes the entire agreement between the Parties with respect to its subject matter and supersedes all prior and contemporaneous agreements, proposals and understandings, whether written or oral.` },
  { types: ['entire-agreement'], may: ['warranty'], style: 'english', text: `Each party acknowledges that in entering into this Agreement it does not rely on any statement, representation, assurance or warranty of any person other than as expressly set out in this Agreement.` },
  { types: ['entire-agreement'], style: 'edgar', text: `     22.4  Amendments; Waivers.  This Agreement may not be
amended or modified except by a written instrument signed by both
parties.  No failure or delay in exercising any right hereunder
shall operate as a waiver thereof.` },
  { types: ['entire-agreement'], style: 'terse', text: `This Agreement may be executed in counterparts, each of which is an original.` },
  { types: ['entire-agreement'], style: 'verbose', text: `Section 17.6. Severability. If any provision of this Agreement is held by a court of competent jurisdiction to be invalid, illegal or unenforceable, such provision shall be enforced to the maximum extent permissible and the remaining provisions shall continue in full force and effect, and the Parties shall substitute a valid provision that most nearly reflects their original intent.` },
  { types: ['entire-agreement'], style: 'plain', text: `No variation of this Agreement shall be effective unless it is in writing and signed by or on behalf of each of the parties.` },

  // ---- near misses: other clauses that share a measured type's words
  { types: [], style: 'us', text: `Maintenance Services. Licensor shall provide Licensee with bug fixes and patches for the Software and shall maintain the Software in good working order.` },
  { types: [], style: 'us', text: `Records. Licensee shall maintain complete and accurate books and records of all sales of Licensed Products for three (3) years after the sale to which they relate.` },
  { types: [], style: 'us', text: `Alterations. Tenant shall not make any alterations, additions or improvements to the Premises without Landlord's prior written consent, and all such improvements shall become the property of Landlord upon the expiration of the Lease.` },
  { types: [], may: ['covenant-not-to-sue'], style: 'us', text: `Validity. Licensee acknowledges that the Licensed Patents are valid and enforceable and shall not contest their validity during the Term.` },
  { types: [], style: 'us', text: `Termination for Breach. Either Party may terminate this Agreement upon thirty (30) days' written notice if the other Party materially breaches this Agreement and fails to cure such breach within such period.` },
  { types: [], style: 'us', text: `Grant. Licensor hereby grants to Licensee an exclusive license under the Licensed Patents to make, use and sell Licensed Products.` },
  { types: [], style: 'terse', text: `Licensee shall not reverse engineer, decompile or disassemble the Software.` },
  { types: [], style: 'us', text: `Running Royalty. Licensee shall pay Licensor a royalty of three percent (3%) of Net Sales of Licensed Products.` },
  { types: [], may: ['payment-terms'], style: 'us', text: `Minimum Annual Royalty. Licensee shall pay a minimum annual royalty of $50,000, creditable against running royalties payable for the same year.` },
  { types: [], may: ['payment-terms'], style: 'us', text: `Price. The purchase price for each Product is set forth in Exhibit B and shall remain fixed for the first Contract Year.` },
  { types: [], style: 'us', text: `Governing Law. This Agreement shall be governed by the laws of the State of New York, without regard to its conflict of laws principles.` },
  { types: [], style: 'us', text: `Non-Solicitation. During the Term, neither Party shall solicit for employment any employee of the other Party.` },
  { types: [], style: 'us', text: `Non-Competition. During the Term, Distributor shall not distribute any product that competes with the Products.` },
  { types: [], may: ['territory'], style: 'us', text: `Appointment. Supplier appoints Distributor as its exclusive distributor of the Products in the Territory, and Distributor accepts such appointment.` },
  { types: [], may: ['confidentiality'], style: 'us', text: `Publicity. Neither Party shall issue any press release or public announcement regarding this Agreement without the prior written consent of the other Party.` },
  { types: [], style: 'us', text: `Headings. The headings in this Agreement are for convenience only and shall not affect its interpretation.` },
  { types: [], style: 'us', text: `Relationship of the Parties. The Parties are independent contractors, and nothing herein creates a partnership, joint venture or agency relationship between them.` },
  { types: [], style: 'us', text: `Assignment. Neither party may assign this Agreement without the prior written consent of the other party.` },
  { types: [], style: 'us', text: `Notice of Non-Renewal. Either Party may prevent the automatic renewal of this Agreement by giving written notice at least sixty (60) days before the end of the then-current term.` },
  { types: [], style: 'us', text: `Effect of Termination. Upon termination of this Agreement, Licensee shall cease all use of the Licensed Marks and pay all amounts then owing.` },
  { types: [], style: 'us', text: `Warranty. Supplier warrants that the Products will be free from defects in materials and workmanship for twelve (12) months after delivery.` },
  { types: [], style: 'us', text: `Limitation of Liability. In no event shall either Party be liable for any indirect, incidental or consequential damages, and each Party's aggregate liability shall not exceed the fees paid in the twelve (12) months preceding the claim.` },
  { types: [], style: 'us', text: `Insurance. Licensee shall maintain product liability insurance of not less than $5,000,000 per occurrence, naming Licensor as an additional insured.` },
  { types: [], style: 'us', text: `Board of Directors. The Company's Board of Directors shall consist of five members, two of whom shall be designated by the Investor.` },
  { types: [], style: 'us', text: `Key Personnel. Supplier shall assign the individuals named in Schedule 4 to the Project and shall not replace them without Customer's consent.` },
  { types: [], style: 'us', text: `Audit. Licensor may, upon thirty (30) days' notice and not more than once per calendar year, have an independent accountant inspect Licensee's records to verify the royalties paid.` },
  { types: [], style: 'us', text: `Technical Assistance. Licensor shall provide up to forty (40) hours of technical assistance to Licensee in connection with the transfer of the Licensed Know-How.` },
  { types: [], style: 'us', text: `Delivery. Supplier shall deliver the Products FOB Supplier's plant, and title and risk of loss shall pass to Buyer upon delivery to the carrier.` },
  { types: [], style: 'us', text: `Standard of Care. Consultant shall perform the Services in accordance with the standards of care generally observed by professionals in Consultant's industry.` },
  { types: [], style: 'us', text: `Service Levels. Provider shall meet or exceed the service levels set forth in Exhibit C.` },
  { types: [], may: ['diligence'], style: 'us', text: `Field Trials. Licensee shall conduct field trials of the Licensed Products at its own cost before any commercial launch.` },
  { types: ['reporting'], may: ['information-exchange', 'territory'], style: 'us', text: `Market Reports. Distributor shall provide Supplier annually with a market report describing competitive products and market conditions in the Territory.` },
  { types: [], style: 'us', text: `Data Room. Seller has made available to Buyer in the virtual data room true and complete copies of all Material Contracts.` },
  { types: [], style: 'us', text: `Survival. Sections 7, 9 and 11 shall survive any expiration or termination of this Agreement.` },
  { types: [], may: ['confidentiality'], style: 'us', text: `Independent Development. Nothing in this Agreement shall prevent either Party from independently developing technology similar to the other's, provided it does not use the other's Confidential Information.` },
  { types: [], style: 'us', text: `"Licensed Patents" means the patents listed in Schedule A and all continuations, divisionals and reissues thereof.` },
  { types: [], style: 'us', text: `Site Rules. Employees of each party shall comply with the other party's site safety and security policies when on its premises.` },
  { types: [], style: 'us', text: `Further Assurances. Each Party shall execute such further documents and do such further acts as may be necessary to give effect to this Agreement.` },
  { types: [], style: 'us', text: `Liquidated Damages. If Supplier fails to deliver the System by the Delivery Date, Supplier shall pay Customer $10,000 for each day of delay, up to a maximum of $300,000.` },
  { types: [], style: 'us', text: `Equitable Relief. Each Party acknowledges that a breach of Section 11 would cause irreparable harm and that the non-breaching Party shall be entitled to seek injunctive relief to enforce such provisions.` },
  { types: [], style: 'us', text: `Compliance with Laws. Each Party shall comply with all applicable laws, including the Foreign Corrupt Practices Act and the UK Bribery Act 2010.` },
  { types: [], style: 'us', text: `Export Control. Licensee shall not export the Licensed Products to any country in violation of United States export control laws.` },
  { types: [], style: 'us', text: `Subcontracting. Supplier may subcontract the performance of any Services with Customer's consent, and shall remain responsible for the acts of its subcontractors.` },
  { types: [], style: 'us', text: `Quality Control. Licensee may use the Licensed Marks only on Products that meet Licensor's quality standards as communicated to Licensee from time to time.` },
  { types: [], style: 'us', text: `Negotiation of Supply Agreement. The Parties shall negotiate in good faith the terms of a supply agreement for the Products within ninety (90) days after the Effective Date.` },
  { types: [], style: 'us', text: `Marking. Licensee shall mark all Licensed Products with the numbers of the Licensed Patents in accordance with 35 U.S.C. 287.` },
  { types: ['milestone'], style: 'us', text: `Earn-Out. Buyer shall pay Seller additional contingent consideration of up to $5,000,000 if the Business achieves the EBITDA targets set forth in Schedule 2.3 for fiscal years 2027 and 2028.` },
  { types: [], style: 'us', text: `Costs. Each party shall bear its own costs and expenses incurred in connection with the negotiation and execution of this Agreement.` },
  { types: [], style: 'us', text: `Customer Delays. If Customer fails to provide information required for the Project when due, the delivery dates shall be extended by the period of Customer's delay.` },
  { types: [], style: 'us', text: `Change of Name. Licensee shall notify Licensor in writing of any change in its corporate name within ten (10) days after such change.` },
  { types: [], may: ['entire-agreement'], style: 'us', text: `Order of Precedence. In the event of any conflict between this Agreement and any purchase order, the terms of this Agreement shall prevail.` },
  { types: [], style: 'us', text: `Specifications. The Products shall conform to the specifications set forth in Exhibit A and shall be manufactured in accordance with current Good Manufacturing Practices.` },
  { types: [], may: ['payment-terms'], style: 'us', text: `Tax Cooperation. Each Party shall provide the other with such information as is reasonably necessary for the preparation of its tax returns.` },
  { types: [], may: ['transition', 'post-termination'], style: 'us', text: `Sell-Off Period. After termination, Distributor may sell its remaining inventory of Products for ninety (90) days in the ordinary course.` },
  { types: [], may: ['reporting'], style: 'us', text: `Forecasts. Distributor shall provide Supplier with a rolling twelve-month forecast of its requirements for the Products, updated monthly.` },
  { types: [], style: 'english', text: `The Customer shall not, without the prior written consent of the Supplier, at any time from the date of this agreement to the expiry of six months after termination, solicit or entice away from the Supplier any employee of the Supplier.` },
  { types: [], style: 'edgar', text: `     6.1  Title.  Title to the Equipment shall remain with
Lessor at all times, and Lessee shall keep the Equipment free of
all liens and shall not remove it from the Premises.` },
  { types: [], style: 'english', text: `The Licensee shall not use the Licensed Marks in any way which might prejudice their distinctiveness or validity or the goodwill of the Licensor therein.` },
  // ---- second batch (late: written after the cue changes of this session, by the same author, in other wordings;
  // reported separately as the check that the changes generalise, weaker evidence than the first batch)
  { batch: 2, types: ['improvements'], style: 'english', text: `Any upgrade, adaptation or new version of the Licensed Software that the Licensor makes generally available shall be supplied to the Licensee free of charge and shall form part of the Licensed Software.` },
  { batch: 2, types: ['improvements'], may: ['ip-ownership'], style: 'edgar', text: `     7.4  Developments.  Each party shall own any developments
it makes to its own Background Technology, whether made alone or
with the assistance of the other party.` },
  { batch: 2, types: ['grant-back'], may: ['improvements'], style: 'english', text: `The Licensee shall, on request, grant the Licensor a non-exclusive, royalty-free licence to use any modifications the Licensee makes to the Software for the Licensor's internal purposes.` },
  { batch: 2, types: ['grant-back'], may: ['improvements', 'ip-ownership'], style: 'terse', text: `All Licensee Improvements are hereby assigned to Licensor.` },
  { batch: 2, types: ['prosecution'], style: 'plain', text: `Patent Matters. The Company shall have sole control over the preparation and filing of patent applications on the Joint Inventions and shall consult the University before abandoning any such application.` },
  { batch: 2, types: ['prosecution'], style: 'english', text: `The Licensor shall respond to all office actions and oppositions relating to the Patent Applications and shall keep the Licensee informed of their progress towards grant.` },
  { batch: 2, types: ['enforcement'], style: 'verbose', text: `Section 9.3. Third Party Infringers. In the event either Party learns that any Licensed Patent is being infringed by a third party, it shall promptly notify the other, and the Parties shall confer regarding the appropriate action, provided that Licensor alone shall decide whether to commence litigation and shall retain any recovery.` },
  { batch: 2, types: ['enforcement'], style: 'terse', text: `Licensee may, with Licensor's consent, sue infringers of the Licensed Marks in its own name.` },
  { batch: 2, types: ['defensive-termination'], may: ['covenant-not-to-sue'], style: 'english', text: `The licence in clause 3 shall automatically terminate if the Licensee, directly or through a third party, institutes proceedings seeking revocation of any of the Patents.` },
  { batch: 2, types: ['defensive-termination'], style: 'verbose', text: `Section 11.4. Suspension upon Assertion. Each Party may suspend the covenants and licenses it has granted hereunder to the other Party if the other Party sues it for patent infringement, for so long as such suit remains pending.` },
  { batch: 2, types: ['standards'], style: 'plain', text: `The patents licensed under this Agreement are limited to those claims that are necessarily infringed by implementing the mandatory portions of the Wi-Fi standard.` },
  { batch: 2, types: ['standards'], style: 'english', text: `Nothing in this Agreement affects the undertakings each party has given to ETSI in respect of its essential IPR.` },
  { batch: 2, types: ['field-of-use'], style: 'plain', text: `Licensee may use the Licensed Technology solely in the field of industrial water treatment.` },
  { batch: 2, types: ['field-of-use'], style: 'edgar', text: `     2.5  Limitation.  No license is granted for any use of the
Compound in humans, and Licensee shall restrict its activities to
animal health applications.` },
  { batch: 2, types: ['territory'], style: 'english', text: `The Licence is granted for the United Kingdom only and the Licensee shall not manufacture or sell the Products in any other country.` },
  { batch: 2, types: ['territory'], style: 'terse', text: `Territory: the member states of the European Economic Area.` },
  { batch: 2, types: ['sublicensing'], style: 'english', text: `The Licensee may sub-license its rights to members of its Group, provided that each sub-licence terminates automatically when this Licence terminates.` },
  { batch: 2, types: ['sublicensing'], style: 'plain', text: `Any permitted sublicensee shall be bound in writing by terms no less protective of Licensor than those of this Agreement.` },
  { batch: 2, types: ['lump-sum'], may: ['payment-terms'], style: 'english', text: `In consideration of the Licence, the Licensee shall pay the Licensor a single fee of £250,000 within 14 days of the date of this Agreement.` },
  { batch: 2, types: ['lump-sum'], may: ['payment-terms'], style: 'verbose', text: `Section 4.1. Initial License Fee. Licensee shall pay to Licensor a non-creditable initial license fee of One Hundred Thousand Dollars ($100,000) on the Effective Date.` },
  { batch: 2, types: ['milestone'], style: 'plain', text: `Within thirty days after the first approval of a Licensed Product by the EMA, Licensee shall pay Licensor two million euros.` },
  { batch: 2, types: ['milestone'], style: 'english', text: `The Licensee shall pay the Licensor £50,000 when cumulative sales of Licensed Products first exceed 10,000 units.` },
  { batch: 2, types: ['payment-terms'], style: 'english', text: `If any sum is not paid on the due date, the Licensee shall pay interest on it at 4% per annum above the Bank of England base rate from the due date until payment.` },
  { batch: 2, types: ['payment-terms'], style: 'terse', text: `All payments shall be made in euros, without set-off or deduction.` },
  { batch: 2, types: ['market-allocation'], may: ['non-compete'], style: 'plain', text: `Supplier shall not sell Products directly to any of the customers listed in Schedule 3, which are served exclusively by Distributor, and Distributor shall not sell to Supplier's key accounts.` },
  { batch: 2, types: ['market-allocation'], may: ['non-compete', 'territory'], style: 'english', text: `The parties agree that A shall concentrate its sales activity on Northern Europe and B on Southern Europe, and that neither will actively market the Products in the other's region.` },
  { batch: 2, types: ['information-exchange'], may: ['confidentiality', 'antitrust-compliance'], style: 'plain', text: `The parties shall not discuss or exchange information about their respective future prices, bids or capacity plans.` },
  { batch: 2, types: ['information-exchange'], may: ['reporting'], style: 'english', text: `Each month the Distributor shall send the Supplier its stock levels and the prices it charged to each of its customers.` },
  { batch: 2, types: ['antitrust-compliance'], style: 'plain', text: `The parties intend this Agreement to comply with the Technology Transfer Block Exemption Regulation and shall interpret it accordingly.` },
  { batch: 2, types: ['antitrust-compliance'], style: 'terse', text: `No provision of this Agreement shall be given effect to the extent it would violate the antitrust laws of the United States.` },
  { batch: 2, types: ['governance-committee'], style: 'english', text: `The Joint Research Committee shall consist of two members appointed by each party and shall be chaired alternately by a member of each party.` },
  { batch: 2, types: ['governance-committee'], style: 'plain', text: `The Steering Group shall meet at least four times a year and any member may call an extraordinary meeting on ten days' notice.` },
  { batch: 2, types: ['diligence'], style: 'plain', text: `Licensee shall diligently pursue regulatory approval of the Licensed Product in each Major Market.` },
  { batch: 2, types: ['diligence'], style: 'english', text: `The Licensee shall devote sufficient personnel and funds to the development of the Licensed Products to bring them to market by the Target Date.` },
  { batch: 2, types: ['reporting'], style: 'plain', text: `Licensee shall furnish Licensor with an annual statement of the number of units sold and the royalties due, certified by its chief financial officer.` },
  { batch: 2, types: ['reporting'], style: 'english', text: `The Supplier shall produce a written progress report at the end of each month setting out the work done and any delays.` },
  { batch: 2, types: ['dispute-resolution'], style: 'plain', text: `Any claim arising under this Agreement shall be settled by arbitration in London under the LCIA Rules.` },
  { batch: 2, types: ['dispute-resolution'], may: ['governing-law'], style: 'english', text: `The courts of England shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.` },
  { batch: 2, types: ['confidentiality'], style: 'plain', text: `Recipient shall not use the Discloser's proprietary information for any purpose other than evaluating the proposed transaction.` },
  { batch: 2, types: ['confidentiality'], style: 'english', text: `Each party shall keep secret all know-how received from the other party and shall disclose it only to employees who need to know it.` },
  { batch: 2, types: ['data-protection'], style: 'plain', text: `Vendor shall encrypt all Customer personal information at rest and in transit and shall delete it within thirty days after termination.` },
  { batch: 2, types: ['data-protection'], style: 'english', text: `The Processor shall notify the Controller without undue delay after becoming aware of a personal data breach.` },
  { batch: 2, types: ['indemnity'], style: 'plain', text: `Licensee shall defend Licensor against, and pay any losses arising from, claims by Licensee's customers relating to the Licensed Products.` },
  { batch: 2, types: ['indemnity'], style: 'english', text: `The Supplier shall keep the Customer fully indemnified against all losses arising from any breach of clause 9.` },
  { batch: 2, types: ['contingency'], style: 'plain', text: `Manufacturer shall qualify an alternate manufacturing site within twelve months so that supply can continue if the primary site becomes unavailable.` },
  { batch: 2, types: ['contingency'], may: ['transition'], style: 'english', text: `If the Supplier suffers an Insolvency Event, the Customer may take over the manufacture of the Products itself and for that purpose the Supplier grants it a licence of the Know-How.` },
  { batch: 2, types: ['transition'], may: ['post-termination'], style: 'plain', text: `Upon expiry, Vendor shall provide reasonable assistance to migrate the Customer Data to the replacement system.` },
  { batch: 2, types: ['transition'], may: ['post-termination'], style: 'english', text: `During the Run-Off Period the Supplier shall continue to provide the Services so that the Customer can transfer them to a successor supplier in an orderly manner.` },
  { batch: 2, types: ['notices'], style: 'plain', text: `Any notice to Licensor shall be sent to its General Counsel at the address on the signature page and is effective upon receipt.` },
  { batch: 2, types: ['notices'], style: 'english', text: `A notice sent by email is deemed received at the time of transmission, provided no error message is received.` },
  { batch: 2, types: ['force-majeure'], style: 'plain', text: `Neither party is responsible for delays caused by natural disasters, acts of war or terrorism, or failures of public utilities.` },
  { batch: 2, types: ['force-majeure'], style: 'english', text: `Performance of the affected obligations shall be suspended for the duration of an event of force majeure.` },
  { batch: 2, types: ['entire-agreement'], style: 'plain', text: `If a court finds any term of this Agreement unenforceable, that term shall be limited to the minimum extent necessary and the rest of this Agreement shall remain in effect.` },
  { batch: 2, types: ['entire-agreement'], style: 'english', text: `This Agreement and the documents referred to in it contain the whole agreement between the parties relating to its subject matter.` },
  // second batch near misses
  { batch: 2, types: [], style: 'plain', text: `Capital Improvements. Owner shall fund capital improvements to the Facility approved in the annual budget.` },
  { batch: 2, types: [], style: 'plain', text: `Each party shall notify the other promptly of any claim or proceeding brought against it that relates to this Agreement.` },
  { batch: 2, types: [], style: 'plain', text: `Supplier shall maintain ISO 9001 certification throughout the Term.` },
  { batch: 2, types: [], style: 'plain', text: `Distributor shall keep a stock of spare parts at its warehouse sufficient for three months of expected sales.` },
  { batch: 2, types: [], style: 'plain', text: `The Company shall reimburse the Consultant for reasonable travel expenses incurred in performing the Services.` },
  { batch: 2, types: [], style: 'plain', text: `The Escrow Agent shall release the deposit to the Seller on the Closing Date.` },
  { batch: 2, types: [], style: 'plain', text: `Customer may terminate this Agreement for convenience on ninety days' written notice.` },
  { batch: 2, types: [], style: 'plain', text: `Licensee acknowledges that Licensor is the sole owner of the Licensed Marks.` },
  // ---- third batch (written at 09:50 after all of this session's cue changes, measured once and left unfitted:
  // the check of the final cues; one clause per type in ordinary drafting, five near misses)
  { batch: 3, types: ['improvements'], may: ['ip-ownership'], style: 'plain', text: `Improvements. Licensee shall promptly disclose to Licensor each improvement to the Licensed Process made during the Term, and the parties shall meet to discuss how such improvements may be exploited.` },
  { batch: 3, types: ['grant-back'], may: ['improvements'], style: 'english', text: `The Licensee hereby grants to the Licensor a perpetual licence to use, for any purpose, all improvements to the Technology made by the Licensee.` },
  { batch: 3, types: ['prosecution'], style: 'us', text: `5.2 Patent Expenses. University shall be responsible for filing and maintaining the Patent Rights, and Company shall reimburse University for the reasonable patent expenses so incurred.` },
  { batch: 3, types: ['enforcement'], style: 'plain', text: `Each party shall notify the other of any infringement of the Joint Patents of which it becomes aware, and the parties shall agree which of them will bring proceedings against the infringer.` },
  { batch: 3, types: ['defensive-termination'], style: 'us', text: `If Licensee or any Affiliate of Licensee brings an action challenging the validity of any Licensed Patent, Licensor may terminate this Agreement upon written notice.` },
  { batch: 3, types: ['standards'], style: 'plain', text: `Licensor represents that it has committed to license its patents essential to the DVB-T2 standard on reasonable and non-discriminatory terms.` },
  { batch: 3, types: ['field-of-use'], style: 'english', text: `The Licence is limited to the manufacture and sale of Products for use in commercial aircraft, and all other fields are reserved to the Licensor.` },
  { batch: 3, types: ['territory'], style: 'us', text: `Licensee's rights under this Agreement extend to the United States and Canada only.` },
  { batch: 3, types: ['sublicensing'], style: 'english', text: `The Licensee may not grant sub-licences without the Licensor's prior written approval.` },
  { batch: 3, types: ['lump-sum'], may: ['payment-terms'], style: 'us', text: `Licensee shall pay Licensor a one-time license fee of $300,000, payable within thirty days after the Effective Date.` },
  { batch: 3, types: ['milestone'], style: 'plain', text: `Upon the first commercial sale of a Licensed Product in the United States, Licensee shall pay Licensor a milestone payment of $500,000.` },
  { batch: 3, types: ['payment-terms'], style: 'english', text: `The Customer shall pay each invoice within 30 days of the date of the invoice to the bank account nominated by the Supplier.` },
  { batch: 3, types: ['market-allocation'], may: ['non-compete', 'territory'], style: 'us', text: `Party A shall not sell the Products in Asia and Party B shall not sell the Products in Europe, so that each Party has its own market.` },
  { batch: 3, types: ['information-exchange'], may: ['antitrust-compliance', 'confidentiality'], style: 'plain', text: `No party shall share with the others any information concerning its current prices, margins or customers.` },
  { batch: 3, types: ['antitrust-compliance'], style: 'english', text: `Each party shall conduct its activities under this Agreement in accordance with the competition laws of the European Union.` },
  { batch: 3, types: ['governance-committee'], style: 'us', text: `The Joint Development Committee shall meet at least once each calendar quarter and shall keep written minutes of its meetings.` },
  { batch: 3, types: ['diligence'], style: 'plain', text: `Licensee shall use diligent efforts to bring Licensed Products to market throughout the Territory.` },
  { batch: 3, types: ['reporting'], may: ['royalty'], style: 'english', text: `Within 60 days after the end of each calendar year, the Licensee shall send the Licensor a statement showing the Net Sales of Products in that year.` },
  { batch: 3, types: ['dispute-resolution'], style: 'us', text: `Any controversy arising under this Agreement shall be submitted to non-binding mediation before either party commences litigation.` },
  { batch: 3, types: ['confidentiality'], style: 'plain', text: `Each party shall treat the other's Confidential Information with at least the same degree of care it uses to protect its own.` },
  { batch: 3, types: ['data-protection'], style: 'english', text: `Neither party shall process personal data received from the other except in accordance with applicable data protection law.` },
  { batch: 3, types: ['indemnity'], style: 'us', text: `Distributor shall indemnify and hold Manufacturer harmless from any claims arising from Distributor's negligence.` },
  { batch: 3, types: ['contingency'], style: 'plain', text: `Supplier shall maintain a disaster recovery plan and test it at least once a year.` },
  { batch: 3, types: ['transition'], may: ['post-termination'], style: 'english', text: `On termination the Supplier shall provide the Customer with such assistance as it reasonably requires to transfer the Services to a new supplier.` },
  { batch: 3, types: ['notices'], style: 'us', text: `All notices shall be in writing and sent by overnight courier or certified mail to the address of the receiving party set forth above.` },
  { batch: 3, types: ['force-majeure'], style: 'plain', text: `Neither party shall be liable for any delay caused by fire, flood, strike or other events beyond its reasonable control.` },
  { batch: 3, types: ['entire-agreement'], style: 'english', text: `No amendment to this Agreement shall be effective unless it is in writing and signed by both parties.` },
  { batch: 3, types: [], style: 'plain', text: `Licensee shall maintain its manufacturing facility in good repair and make such improvements to it as the law requires.` },
  { batch: 3, types: [], style: 'plain', text: `Each party shall file its own tax returns in respect of the payments made under this Agreement.` },
  { batch: 3, types: [], style: 'plain', text: `The Committee on Foreign Investment in the United States has cleared the transaction contemplated by this Agreement.` },
  { batch: 3, types: [], style: 'plain', text: `The Products shall be packed in accordance with industry standard practice for export shipment.` },
  { batch: 3, types: [], style: 'plain', text: `Licensor shall deliver the Licensed Materials to Licensee within ten days after the Effective Date.` },
  // ---- fourth batch (tag-heldout, 2026-11-29 11:10, written before this session's engineer read any cue in
  // src/tag/taxonomy.ts): every type of spec/clause-types.md, the CUAD-measured ones too, in styles unlike CUAD's
  // EDGAR filings (UK and Commonwealth drafting, English translated from German, Chinese, Japanese and French
  // contracts, plain-English 'you/we' drafting, US big-law, short forms), and hard negatives that use a type's words
  // without being that type. Measured once over ALL the spec's types (ALL_TYPES; HELDOUT_REPORT=1 prints it as
  // 'fourth batch, all types'): see the header for the figure.
  { batch: 4, types: ['title'], style: 'english', text: `DEED OF PATENT CROSS-LICENCE` },
  { batch: 4, types: ['parties'], may: ['term'], style: 'english', text: `THIS AGREEMENT is dated 3 March 2025 and is made BETWEEN:
(1) HALDEN OPTICS LIMITED, a company incorporated in England and Wales with company number 04418821 whose registered office is at 12 Mill Lane, Leeds LS1 4DY ("Halden"); and
(2) KESTREL PHOTONICS GMBH, a company registered in Germany under HRB 88121 whose seat is in Munich ("Kestrel").` },
  { batch: 4, types: ['recitals'], may: ['license-grant', 'licensed-ip', 'covenant-not-to-sue'], style: 'commonwealth', text: `BACKGROUND
A. Each party owns patents relating to optical sensing.
B. The parties wish to settle the proceedings between them in the Federal Court of Australia and to licence each other under those patents on the terms of this deed.` },
  { batch: 4, types: ['definitions'], may: ['licensed-ip', 'royalty'], style: 'translated', text: `Article 1 (Definitions)
In this Contract, the following terms shall have the meanings set forth below:
1. "Licensed Patents" means the patents listed in Appendix 1 and all patents claiming priority therefrom.
2. "Net Selling Price" means the gross amount invoiced by Licensee less returns, discounts and consumption tax.` },
  { batch: 4, types: ['signature'], may: ['term'], style: 'biglaw', text: `IN WITNESS WHEREOF, the parties have caused this Agreement to be executed by their duly authorized officers as of the Effective Date.

ACME SEMICONDUCTOR, INC.

By: ______________________
Name: Jane R. Holt
Title: Chief Executive Officer` },
  { batch: 4, types: ['signature'], style: 'english', text: `Executed as a deed by NORTHWIND SYSTEMS LIMITED acting by a director in the presence of a witness:

Director ............................
Witness signature ...................
Witness name and address ............` },
  { batch: 4, types: ['schedule', 'licensed-ip'], style: 'english', text: `SCHEDULE 2
THE LICENSED PATENTS
Part A - United Kingdom
GB 2 511 004 Optical waveguide coupler
GB 2 530 117 Method of aligning fibre arrays` },
  { batch: 4, types: ['license-grant', 'exclusivity', 'territory'], may: ['licensed-ip', 'assignment'], style: 'commonwealth', text: `Subject to the terms hereof, the Licensor hereby grants unto the Licensee a non-exclusive, non-transferable licence under the Licensed Patents to make, have made, use and sell the Products in the Republic of India.` },
  { batch: 4, types: ['licensed-ip'], may: ['license-grant', 'schedule'], style: 'translated', text: `The patent rights which are the object of this licence are the Chinese invention patents ZL201810234567.X and ZL201910876543.2, together with the technical know-how necessary to exploit them as described in Annex 3.` },
  { batch: 4, types: ['field-of-use'], may: ['license-grant'], style: 'plain', text: `You may use the licensed technology only in hearing aids. Any other use, including in consumer headphones, needs our written consent.` },
  { batch: 4, types: ['territory'], style: 'english', text: `The Territory shall be the United Kingdom, the Channel Islands and the Isle of Man.` },
  { batch: 4, types: ['exclusivity'], may: ['territory', 'non-compete'], style: 'biglaw', text: `Exclusive Appointment. During the Term, Company shall not appoint any other Person as a distributor, agent or reseller of the Products within the Territory, and Company shall not itself solicit orders for the Products from customers located in the Territory.` },
  { batch: 4, types: ['sublicensing'], style: 'translated', text: `The Licensee is entitled to grant sub-licences to third parties only with the prior written approval of the Licensor, which shall not be refused without important reason.` },
  { batch: 4, types: ['covenant-not-to-sue'], may: ['enforcement'], style: 'english', text: `Each party covenants that it will not bring, or assist any third party to bring, any claim against the other party or its customers alleging that the other party's Products infringe any of its Patents.` },
  { batch: 4, types: ['covenant-not-to-sue'], may: ['defensive-termination'], style: 'terse', text: `Licensee shall not contest, or assist others in contesting, the validity or enforceability of the Licensed Patents.` },
  { batch: 4, types: ['standards'], may: ['licensed-ip'], style: 'biglaw', text: `Each Party acknowledges that certain of the Licensed Patents may be essential to the IEEE 802.11ax specification and that nothing in this Agreement limits the licensing declarations it has submitted to the IEEE-SA.` },
  { batch: 4, types: ['royalty'], style: 'commonwealth', text: `The Licensee shall pay to the Licensor a royalty of three per cent (3%) of the Net Invoiced Value of all Products sold by the Licensee or its Associated Companies.` },
  { batch: 4, types: ['lump-sum'], may: ['payment-terms'], style: 'translated', text: `As remuneration for the licence granted, the Licensee shall pay to the Licensor a single lump amount of EUR 400,000 (four hundred thousand euros), net of any taxes, within 30 days of signing.` },
  { batch: 4, types: ['milestone'], may: ['payment-terms', 'lump-sum'], style: 'biglaw', text: `Development Milestones. Licensee shall pay to Licensor the following one-time payments within forty-five (45) days after the first achievement of the corresponding event by or on behalf of Licensee: (a) initiation of the first Phase II Clinical Trial: $2,000,000; and (b) acceptance of the first NDA filing by the FDA: $5,000,000.` },
  { batch: 4, types: ['payment-terms'], style: 'plain', text: `We will invoice you each quarter. Pay each invoice in US dollars within 45 days. Late amounts carry interest at 1% a month.` },
  { batch: 4, types: ['minimum-commitment'], style: 'english', text: `The Distributor shall purchase from the Supplier Products with an aggregate invoice value of not less than £500,000 in each Contract Year.` },
  { batch: 4, types: ['most-favored'], may: ['royalty', 'license-grant'], style: 'translated', text: `Should the Licensor grant to any third party a licence under the Licensed Patents on royalty conditions more advantageous than those of this Contract, the Licensor shall offer the same conditions to the Licensee with effect from the date of that grant.` },
  { batch: 4, types: ['audit'], may: ['royalty', 'reporting'], style: 'commonwealth', text: `The Licensor may, not more than once in any Financial Year and on fourteen days' notice, appoint a chartered accountant to inspect the books of account of the Licensee for the purpose of verifying the royalty statements.` },
  { batch: 4, types: ['improvements'], may: ['reporting'], style: 'translated', text: `Any further development of the Contract Technology achieved by the Licensee shall be communicated to the Licensor without delay.` },
  { batch: 4, types: ['grant-back'], may: ['improvements', 'license-grant', 'exclusivity'], style: 'plain', text: `If you improve the technology, you will give us a free, non-exclusive licence to use your improvement.` },
  { batch: 4, types: ['ip-ownership'], may: ['improvements'], style: 'biglaw', text: `Work Product. All deliverables, inventions and works of authorship conceived or reduced to practice by Consultant in the performance of the Services ("Work Product") shall be the sole and exclusive property of Company, and Consultant hereby irrevocably assigns to Company all right, title and interest therein.` },
  { batch: 4, types: ['joint-ip'], may: ['ip-ownership'], style: 'english', text: `Any Foreground IP generated jointly by the parties shall belong to them in equal undivided shares, and neither party shall exploit it without the consent of the other.` },
  { batch: 4, types: ['prosecution'], style: 'commonwealth', text: `The Licensor shall, at its cost, take all steps necessary to obtain grant of the Patent Applications by IP Australia and shall pay the renewal fees on the Patents as they fall due.` },
  { batch: 4, types: ['enforcement'], style: 'translated', text: `In case of infringement of the Licensed Patents by third parties, the Licensor shall take legal action against the infringer at its own expense, and the Licensee shall render all reasonable assistance.` },
  { batch: 4, types: ['defensive-termination'], may: ['termination', 'covenant-not-to-sue'], style: 'biglaw', text: `Patent Challenge. If Licensee or any of its Affiliates, directly or indirectly, commences, joins or voluntarily assists any interference, opposition, inter partes review or other proceeding challenging the patentability, validity or enforceability of any Licensed Patent, Licensor may terminate this Agreement immediately upon written notice.` },
  { batch: 4, types: ['defensive-termination'], may: ['license-grant'], style: 'english', text: `If the Licensee sues the Licensor for infringement of any patent, the licence granted to the Licensee under clause 2 shall be suspended for so long as those proceedings continue.` },
  { batch: 4, types: ['non-compete'], may: ['territory'], style: 'commonwealth', text: `During the term and for two years after it, the Vendor shall not, in Singapore or Malaysia, carry on or be engaged in any business that competes with the Business.` },
  { batch: 4, types: ['non-solicit'], style: 'english', text: `Neither party shall, during this Agreement or for 12 months after its termination, entice away or employ any employee of the other party who has been engaged in the Project.` },
  { batch: 4, types: ['non-solicit'], style: 'plain', text: `Neither party will make public statements that disparage the other party or its products.` },
  { batch: 4, types: ['price-restriction'], style: 'translated', text: `The Distributor shall resell the Products at the prices indicated in the Supplier's current price list and shall not grant discounts exceeding 5% without prior consent.` },
  { batch: 4, types: ['volume-restriction'], style: 'english', text: `The Licensee shall not manufacture more than 20,000 Units in any calendar year.` },
  { batch: 4, types: ['market-allocation'], may: ['exclusivity', 'non-compete', 'non-solicit'], style: 'biglaw', text: `Customer Allocation. The Parties agree that Alpha shall have the exclusive right to supply the Products to original equipment manufacturers and Beta shall have the exclusive right to supply the aftermarket, and neither Party shall solicit customers allocated to the other Party.` },
  { batch: 4, types: ['market-allocation'], may: ['non-compete', 'territory'], style: 'commonwealth', text: `Neither party shall market the Licensed Products in the home territory of the other party as set out in Schedule 4.` },
  { batch: 4, types: ['information-exchange'], may: ['reporting'], style: 'plain', text: `Each month the parties will share their sales volumes and forecast prices for the Products with each other.` },
  { batch: 4, types: ['first-refusal'], may: ['assignment'], style: 'english', text: `If the Licensor proposes to sell any of the Patents, it shall first offer them to the Licensee on the same terms, and the Licensee shall have 30 days in which to accept that offer.` },
  { batch: 4, types: ['antitrust-compliance'], style: 'commonwealth', text: `Nothing in this Agreement requires a party to do anything that would contravene Part IV of the Competition and Consumer Act 2010 (Cth).` },
  { batch: 4, types: ['governance-committee'], style: 'translated', text: `A steering body composed of three representatives of each Party shall be established to supervise the execution of the cooperation. Its decisions shall be taken unanimously.` },
  { batch: 4, types: ['diligence'], may: ['territory'], style: 'commonwealth', text: `The Licensee shall use its best endeavours to exploit the Invention commercially throughout the Territory and shall not allow any period of six months to pass without sales.` },
  { batch: 4, types: ['reporting'], style: 'biglaw', text: `Progress Reports. Within thirty (30) days following the end of each Calendar Half, Licensee shall deliver to Licensor a written report summarizing in reasonable detail Licensee's development activities with respect to Licensed Products during such Calendar Half.` },
  { batch: 4, types: ['dispute-resolution'], style: 'english', text: `Any dispute shall first be referred to the parties' respective managing directors, who shall meet within 14 days to try to resolve it, failing which either party may refer the dispute to expert determination.` },
  { batch: 4, types: ['governing-law'], style: 'translated', text: `This Contract shall be governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.` },
  { batch: 4, types: ['confidentiality'], style: 'plain', text: `Keep secret anything the other party tells you that it marks as confidential. Only share it with staff who need it to do this work.` },
  { batch: 4, types: ['data-protection'], style: 'commonwealth', text: `Each party shall comply with the Privacy Act 1988 (Cth) and the Australian Privacy Principles in relation to any personal information it collects under this Agreement.` },
  { batch: 4, types: ['warranty'], style: 'biglaw', text: `Product Warranty. Supplier warrants that, for a period of twelve (12) months from the date of delivery, the Products will conform to the Specifications and be free from defects in materials and workmanship.` },
  { batch: 4, types: ['liability'], style: 'english', text: `The Supplier's total liability arising under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed the charges paid in the 12 months preceding the claim.` },
  { batch: 4, types: ['liability'], style: 'translated', text: `For each week of delay in delivery the Seller shall pay a penalty of 0.5% of the value of the delayed goods, up to a maximum of 5%.` },
  { batch: 4, types: ['indemnity'], style: 'commonwealth', text: `The Licensee indemnifies the Licensor and its officers against any loss, liability or expense incurred in connection with a third-party claim arising from the Licensee's use of the Technology.` },
  { batch: 4, types: ['insurance'], may: ['liability'], style: 'translated', text: `The Supplier shall take out and maintain with a reputable insurer a product liability policy covering at least EUR 5 million per event.` },
  { batch: 4, types: ['contingency'], may: ['license-grant', 'transition'], style: 'english', text: `Should the Supplier be unable to supply the Products for more than 60 days, the Purchaser may manufacture them itself or have them manufactured by a third party, and the Supplier grants it for that purpose a temporary royalty-free licence of the Manufacturing Know-How.` },
  { batch: 4, types: ['term'], style: 'translated', text: `This Contract enters into force on the date of signature by both Parties and shall remain in force for a period of five years.` },
  { batch: 4, types: ['renewal'], may: ['term'], style: 'plain', text: `This agreement renews automatically for another year unless one of us tells the other, at least 60 days before it ends, that it does not want to renew.` },
  { batch: 4, types: ['termination'], style: 'commonwealth', text: `Either party may terminate this Agreement forthwith by notice in writing if the other party goes into liquidation, has a receiver appointed over any of its assets, or commits a material breach which is not remedied within 30 days.` },
  { batch: 4, types: ['termination'], style: 'biglaw', text: `Licensee may terminate this Agreement in its entirety at any time, for any reason or no reason, upon ninety (90) days' prior written notice to Licensor.` },
  { batch: 4, types: ['change-of-control'], may: ['termination'], style: 'english', text: `If a Change of Control of the Licensee occurs, the Licensor may terminate this Licence by giving not less than 30 days' notice within six months of becoming aware of it.` },
  { batch: 4, types: ['assignment'], style: 'translated', text: `Neither Party may transfer this Contract or any rights and obligations resulting from it to a third party without the prior written consent of the other Party.` },
  { batch: 4, types: ['post-termination'], may: ['royalty', 'license-grant', 'termination'], style: 'biglaw', text: `Effect of Termination; Sell-Off. Upon any expiration or termination of this Agreement, all licenses granted hereunder shall terminate, except that Licensee may, for a period of six (6) months thereafter, sell its inventory of Licensed Products on hand, subject to payment of royalties thereon.` },
  { batch: 4, types: ['post-termination'], style: 'plain', text: `Sections 7, 9 and 12 keep applying after this agreement ends.` },
  { batch: 4, types: ['transition'], may: ['post-termination'], style: 'commonwealth', text: `For a period of up to six months after termination, the Service Provider shall provide such transition services as the Customer reasonably requests to enable an orderly handover of the Services to the Customer or its replacement provider.` },
  { batch: 4, types: ['notices'], style: 'english', text: `Any notice given under this Agreement shall be in writing and shall be delivered by hand or sent by pre-paid first-class post to the registered office of the addressee.` },
  { batch: 4, types: ['force-majeure'], style: 'translated', text: `Neither Party shall be responsible for the non-performance of its obligations if such non-performance results from circumstances of insuperable force such as earthquake, war, epidemic or governmental measures.` },
  { batch: 4, types: ['entire-agreement'], style: 'commonwealth', text: `This document may be executed in any number of counterparts, which together constitute one instrument.` },
  { batch: 4, types: ['entire-agreement'], style: 'english', text: `No failure or delay by a party to exercise any right or remedy shall operate as a waiver of it.` },
  { batch: 4, types: ['third-party-beneficiary'], style: 'english', text: `A person who is not a party to this Agreement shall have no rights under the Contracts (Rights of Third Parties) Act 1999 to enforce any of its terms.` },
  { batch: 4, types: ['third-party-beneficiary'], style: 'plain', text: `Licensor's Affiliates are intended beneficiaries of Section 8 and may enforce it directly.` },
  { batch: 4, types: ['escrow'], style: 'biglaw', text: `Source Code Escrow. Within thirty (30) days after the Effective Date, Licensor shall deposit the Source Code for the Licensed Software with Iron Mountain Intellectual Property Management, Inc. under a three-party escrow agreement, and shall update such deposit within ten (10) days after each Major Release.` },
  // fourth batch hard negatives: a type's words in a clause of another type (or of no measured type)
  { batch: 4, types: ['notices'], style: 'us', text: `Notices shall be deemed given when received by the receiving Party at the address set out in Schedule 1, or when delivery is refused.` },
  { batch: 4, types: ['notices'], style: 'english', text: `Notices to the Licensor shall be marked "Confidential - for the attention of the Legal Department".` },
  { batch: 4, types: [], may: ['diligence'], style: 'english', text: `The Contractor shall carry out the work allocated to it under the Project Plan and shall assign suitably qualified staff to that work.` },
  { batch: 4, types: ['liability'], style: 'us', text: `The remedies in this Section 6 are Customer's sole and exclusive remedies for late delivery.` },
  { batch: 4, types: ['definitions'], style: 'english', text: `The term "Affiliate" includes any entity that controls, is controlled by or is under common control with a party.` },
  { batch: 4, types: [], may: ['licensed-ip'], style: 'us', text: `Licensee shall mark all Products with the numbers of the Licensed Patents in accordance with 35 U.S.C. § 287.` },
  { batch: 4, types: ['warranty'], style: 'us', text: `Distributor acknowledges that the Products are sold in a competitive market and that Supplier makes no representation as to the volume of sales Distributor will achieve.` },
  { batch: 4, types: [], may: ['payment-terms'], style: 'english', text: `The Purchase Price shall be paid into an escrow account held by the Escrow Agent until Completion.` },
  { batch: 4, types: [], style: 'plain', text: `The parties are independent contractors, and nothing in this Agreement creates a partnership, agency or joint venture between them.` },
  { batch: 4, types: [], may: ['licensed-ip'], style: 'english', text: `The Licensor shall provide the Licensee with the technical data and drawings necessary to practise the Licensed Know-How.` },
  { batch: 4, types: ['prosecution'], style: 'english', text: `The Licensee shall pay all renewal fees on the Patents in the Territory as they fall due.` },
  { batch: 4, types: [], may: ['reporting'], style: 'us', text: `The Company's annual financial statements shall be audited by an independent firm of certified public accountants.` },
  { batch: 4, types: ['prosecution'], style: 'english', text: `The Licensor shall remain in control of the prosecution of the Patents and shall decide which claims to pursue.` },
  { batch: 4, types: ['payment-terms'], style: 'plain', text: `When converting payments into dollars, the payer shall use the most favourable exchange rate reasonably available to it on the due date.` },
  // ---- fifth batch (tag-heldout, 2026-11-29 12:00, written after this session's last cue change and measured once,
  // not fitted: the check of the session's cues over ALL_TYPES; 25 clauses in mixed styles, four of them near misses)
  { batch: 5, types: ['license-grant', 'territory', 'exclusivity'], may: ['licensed-ip', 'field-of-use'], style: 'english', text: `3.1 In consideration of the Upfront Payment, the Licensor grants to the Licensee an exclusive licence under the Patents to develop, manufacture and sell Products throughout Scandinavia.` },
  { batch: 5, types: ['field-of-use'], may: ['license-grant'], style: 'translated', text: `The use of the Licensed Technology is permitted exclusively for the production of packaging materials; its use in the food processing sector is expressly excluded.` },
  { batch: 5, types: ['royalty'], may: ['payment-terms', 'reporting'], style: 'commonwealth', text: `The Licensee shall pay the Licensor an earned royalty at the rate of four and one half per centum of the Net Ex-Factory Price of each Licensed Article, within thirty days of the close of each quarter.` },
  { batch: 5, types: ['minimum-commitment'], style: 'plain', text: `If your royalties for a calendar year come to less than $40,000, you will pay us the shortfall by 31 January of the following year.` },
  { batch: 5, types: ['audit'], may: ['reporting'], style: 'biglaw', text: `Records; Audit. Licensee shall maintain complete and accurate books of account relating to the sale of Licensed Products for three (3) years after the end of the year to which they relate, and shall permit an independent certified public accountant selected by Licensor to examine such books upon reasonable advance notice, not more than once in any calendar year.` },
  { batch: 5, types: ['grant-back'], may: ['improvements', 'license-grant', 'exclusivity'], style: 'translated', text: `Improvements to the Contract Patents achieved by the Licensee shall be made available to the Licensor free of charge by way of a non-exclusive licence.` },
  { batch: 5, types: ['joint-ip'], may: ['ip-ownership', 'prosecution'], style: 'plain', text: `Anything we invent together belongs to both of us equally, and neither of us may license it to others without the other's agreement.` },
  { batch: 5, types: ['enforcement'], may: ['reporting'], style: 'commonwealth', text: `Each party shall forthwith notify the other of any actual or threatened infringement of the Patents that comes to its notice, and the Licensor shall have the first right, but not the obligation, to commence proceedings in respect thereof.` },
  { batch: 5, types: ['non-compete'], may: ['territory'], style: 'english', text: `For the duration of this Agreement the Distributor shall not, without the Supplier's written consent, be concerned or interested in the distribution of any goods which compete with the Products in the Territory.` },
  { batch: 5, types: ['non-solicit'], style: 'biglaw', text: `Non-Solicitation. During the Term and for eighteen (18) months thereafter, neither Party shall, directly or indirectly, solicit for employment or hire any individual who is or was within the preceding six (6) months an employee of the other Party engaged in the performance of this Agreement.` },
  { batch: 5, types: ['market-allocation'], may: ['non-compete', 'territory'], style: 'translated', text: `The Parties agree that Party A shall serve exclusively the customers in the northern provinces and Party B the customers in the southern provinces, and neither Party shall accept orders from customers located in the provinces of the other Party.` },
  { batch: 5, types: ['governance-committee'], may: ['reporting'], style: 'us', text: `The Joint Steering Committee shall be composed of three representatives designated by each Party and shall meet at least semi-annually to review the progress of the Development Program.` },
  { batch: 5, types: ['dispute-resolution'], may: ['governing-law'], style: 'commonwealth', text: `Any dispute arising out of this Agreement shall be referred to mediation at the Australian Disputes Centre before either party commences court proceedings, save for urgent interlocutory relief.` },
  { batch: 5, types: ['liability'], style: 'plain', text: `Neither of us will be responsible to the other for lost profits or for any loss that was not reasonably foreseeable when we signed this agreement.` },
  { batch: 5, types: ['change-of-control'], may: ['termination', 'notices'], style: 'biglaw', text: `Change of Control. Licensee shall notify Licensor in writing within ten (10) days after the consummation of any Change of Control of Licensee, and Licensor may terminate this Agreement upon thirty (30) days' written notice given within ninety (90) days after receipt of such notice.` },
  { batch: 5, types: ['post-termination'], may: ['confidentiality', 'termination'], style: 'english', text: `Upon the termination of this Agreement for whatever reason the Licensee shall cease to manufacture the Products and shall return to the Licensor all documents embodying the Know-How.` },
  { batch: 5, types: ['force-majeure'], may: ['termination'], style: 'translated', text: `If the performance of this Contract is prevented by natural calamities, war or other unforeseeable events, the affected Party shall inform the other Party within fifteen days and provide evidence thereof.` },
  { batch: 5, types: ['entire-agreement'], style: 'commonwealth', text: `If any provision of this Agreement is held to be void or unenforceable, that provision shall be read down to the extent necessary, and the remainder of this Agreement shall not be affected.` },
  { batch: 5, types: ['escrow'], style: 'plain', text: `We will keep a current copy of the software's source code with an independent escrow agent, who will release it to you if we stop supporting the software.` },
  { batch: 5, types: ['standards'], may: ['license-grant', 'licensed-ip'], style: 'us', text: `Licensor shall offer licenses under its Essential Patents for the HEVC standard to all implementers on fair, reasonable and non-discriminatory terms.` },
  { batch: 5, types: [], style: 'english', text: `The Licensee shall ensure that each Product bears a label stating the country of manufacture.` },
  { batch: 5, types: [], may: ['reporting'], style: 'plain', text: `Each party will name a contact person who will answer the other's day-to-day questions about this agreement.` },
  { batch: 5, types: [], style: 'us', text: `The Licensor shall ship the Evaluation Units to the Licensee's facility in Austin, Texas, freight prepaid.` },
  { batch: 5, types: [], may: ['warranty'], style: 'commonwealth', text: `Each party acknowledges that it has obtained independent legal advice before entering into this Agreement.` },
  { batch: 5, types: ['payment-terms'], style: 'english', text: `Any sum payable under this Agreement shall be paid in pounds sterling to the bank account designated in writing by the payee.` },
];

const SIXTH_TO_TENTH_BATCHES: readonly HeldOutClause[] = [
  // ---- sixth batch (tag-heldout, 2026-11-29 13:30, written before this session's cue changes and before its author read
  // the cues of the 27 types of MEASURED_TYPES; measured once over ALL_TYPES before any cue was changed for it). Concentrated
  // on those 27 types, in styles the earlier batches had little of: US big-law, UK, plain English, translated civil-law
  // drafting, short forms, startup templates and side letters; the last entries are hard negatives.
  // improvements
  { batch: 6, types: ['improvements'], may: ['reporting'], style: 'biglaw', text: `Improvements. During the Term, each Party shall disclose to the other Party, within sixty (60) days after the end of each Contract Year, a written summary of all Improvements conceived, developed or reduced to practice by or on behalf of such Party during such Contract Year.` },
  { batch: 6, types: ['improvements'], style: 'plain', text: `If either of us makes the licensed software better (faster, smaller or able to do new things), we will tell the other about the change and share the updated code.` },
  { batch: 6, types: ['improvements'], may: ['reporting'], style: 'translated', text: `The technical advancements of the Contractual Technology which the Licensee achieves during the term of the Contract shall be communicated to the Licensor without delay.` },
  { batch: 6, types: ['improvements'], may: ['license-grant'], style: 'startup', text: `Any upgrades, new versions or enhancements to the Platform that Company develops will automatically be included in the license granted to Partner at no extra cost.` },
  // grant-back
  { batch: 6, types: ['grant-back', 'license-grant'], may: ['improvements', 'exclusivity'], style: 'english', text: `The Licensee hereby grants to the Licensor a non-exclusive, royalty-free, perpetual licence to use any Licensee Improvement for any purpose.` },
  { batch: 6, types: ['grant-back'], may: ['improvements', 'license-grant'], style: 'plain', text: `Anything you build on top of our technology, you agree to license back to us for free so that we can use it in our own products.` },
  { batch: 6, types: ['grant-back'], may: ['improvements', 'ip-ownership', 'licensed-ip'], style: 'biglaw', text: `Licensee shall, and hereby does, assign to Licensor all right, title and interest in and to any modification of the Licensed Technology conceived by Licensee, and such modification shall thereupon be included in the Licensed Technology without additional consideration.` },
  { batch: 6, types: ['grant-back'], may: ['improvements', 'exclusivity', 'license-grant'], style: 'translated', text: `The Licensee undertakes to transfer to the Licensor, on a non-exclusive basis, the rights of use in all further developments of the Contract Products made by it.` },
  // prosecution
  { batch: 6, types: ['prosecution'], may: ['reporting', 'licensed-ip'], style: 'biglaw', text: `Licensor shall be responsible, at its sole cost and discretion, for the preparation, filing, prosecution and maintenance of the Licensed Patents, and shall keep Licensee reasonably informed of the status thereof.` },
  { batch: 6, types: ['prosecution'], style: 'english', text: `If the Licensor decides not to pursue any application within the Patents or to allow any of the Patents to lapse, it shall give the Licensee not less than 60 days' notice, and the Licensee may take over that application or Patent at its own expense.` },
  { batch: 6, types: ['prosecution'], may: ['payment-terms'], style: 'plain', text: `We decide which patent applications to file and in which countries. You will pay half of the official fees and attorney costs for any application that covers the products you sell.` },
  { batch: 6, types: ['prosecution'], may: ['joint-ip', 'governance-committee'], style: 'shortform', text: `Oppositions and interference proceedings involving the Joint Patents shall be handled by the Party designated by the Steering Committee.` },
  // enforcement
  { batch: 6, types: ['enforcement'], may: ['reporting'], style: 'biglaw', text: `Enforcement. If either Party becomes aware of any suspected infringement of the Licensed Patents by a third party, it shall promptly notify the other Party. Licensee shall have the right, but not the obligation, to bring an action against such infringer in its own name, and Licensor shall join as a party if required by law.` },
  { batch: 6, types: ['enforcement'], style: 'plain', text: `If someone copies the patented design, we will decide whether to sue them. If we don't act within 90 days of your request, you may sue them yourself and keep whatever you recover after costs.` },
  { batch: 6, types: ['enforcement'], style: 'english', text: `The Licensee shall not take any action against a third party for passing off or for infringement of the Trade Marks without the prior written consent of the Licensor.` },
  { batch: 6, types: ['enforcement'], style: 'translated', text: `In the event of unauthorised use of the Contract Patents by third parties, the Licensor shall defend the Contract Patents at its own expense. Any damages obtained shall accrue to the Licensor.` },
  // defensive-termination
  { batch: 6, types: ['defensive-termination'], may: ['termination', 'covenant-not-to-sue'], style: 'biglaw', text: `If Licensee or any of its Affiliates institutes or voluntarily participates in any proceeding challenging the validity, enforceability or patentability of any Licensed Patent, Licensor may terminate this Agreement immediately upon written notice.` },
  { batch: 6, types: ['defensive-termination'], may: ['license-grant', 'termination'], style: 'plain', text: `If you sue anyone claiming that the Software infringes your patents, the patent licence we give you in this document ends on the day you file that lawsuit.` },
  { batch: 6, types: ['defensive-termination'], may: ['license-grant'], style: 'english', text: `The licence granted to a party under clause 2 shall be suspended for so long as that party, or any company in its Group, is pursuing a claim against the other party for infringement of any patent relating to Licensed Products.` },
  { batch: 6, types: ['defensive-termination'], may: ['termination', 'license-grant'], style: 'us', text: `Either Party may terminate the licenses granted to the other Party under Section 2.2 if the other Party brings a patent infringement action against it concerning any product of the first Party, other than in response to a claim first brought by the first Party.` },
  // standards
  { batch: 6, types: ['standards'], may: ['license-grant'], style: 'biglaw', text: `Each Party agrees to license any of its Patents that are necessarily infringed by an implementation of the IEEE 802.11 specifications on terms consistent with its Letter of Assurance to the IEEE.` },
  { batch: 6, types: ['standards'], style: 'english', text: `Nothing in this Agreement shall oblige either party to license its patents declared essential to ETSI on terms other than those required by the ETSI IPR Policy.` },
  { batch: 6, types: ['standards'], may: ['royalty', 'most-favored'], style: 'plain', text: `Some of our patents cover the 5G specification. For those patents, the royalty you pay will be no more than the rate we offer every other company making 5G phones.` },
  { batch: 6, types: ['standards'], may: ['warranty', 'licensed-ip', 'schedule'], style: 'shortform', text: `SEP Declarations. Licensee represents that Schedule C lists every patent it has declared to a standards development organisation as potentially essential.` },
  // field-of-use
  { batch: 6, types: ['field-of-use'], may: ['license-grant'], style: 'biglaw', text: `The license granted in Section 2.1 is limited to the manufacture, use and sale of Licensed Products in the Animal Health Field, and Licensee shall not exploit the Licensed Patents in any other field.` },
  { batch: 6, types: ['field-of-use'], style: 'plain', text: `You may use our formulation in cosmetics only, not in food, drinks or medicines.` },
  { batch: 6, types: ['field-of-use'], may: ['license-grant', 'exclusivity'], style: 'translated', text: `The licence covers exclusively the application area of railway signalling technology.` },
  { batch: 6, types: ['field-of-use'], may: ['market-allocation'], style: 'startup', text: `Partner's rights are confined to the K-12 education market; higher education and corporate training remain with Company.` },
  // territory
  { batch: 6, types: ['territory'], may: ['license-grant'], style: 'english', text: `The Licensee may exercise the Licence in England, Wales, Scotland and Northern Ireland, the Isle of Man and the Channel Islands.` },
  { batch: 6, types: ['territory'], may: ['market-allocation'], style: 'plain', text: `You can sell the product anywhere in Latin America, but not in the United States or Canada.` },
  { batch: 6, types: ['territory'], style: 'translated', text: `The contractual territory comprises the Federal Republic of Germany, Austria and the German-speaking cantons of Switzerland.` },
  { batch: 6, types: ['territory'], may: ['definitions'], style: 'biglaw', text: `"Licensed Territory" means the member states of the European Union as of the Effective Date, together with Norway, Iceland and Liechtenstein.` },
  // sublicensing
  { batch: 6, types: ['sublicensing'], may: ['license-grant'], style: 'biglaw', text: `Licensee may grant sublicenses under the rights granted in Section 2.1 only to its Affiliates and to contract manufacturers acting on its behalf, and each such sublicense shall be in writing and consistent with this Agreement.` },
  { batch: 6, types: ['sublicensing'], may: ['assignment'], style: 'plain', text: `You can't pass these rights on to anyone else, even a company you own, unless we say yes in writing.` },
  { batch: 6, types: ['sublicensing'], style: 'english', text: `The Licensee shall procure that each sub-licensee complies with the terms of this Agreement and shall be liable for the acts and omissions of its sub-licensees as if they were its own.` },
  { batch: 6, types: ['sublicensing'], style: 'translated', text: `The granting of sub-licences by the Licensee requires the prior written approval of the Licensor.` },
  // lump-sum
  { batch: 6, types: ['lump-sum'], may: ['payment-terms'], style: 'biglaw', text: `In consideration of the licenses granted herein, Licensee shall pay to Licensor a one-time, non-refundable fee of Two Million Dollars ($2,000,000) within thirty (30) days after the Effective Date.` },
  { batch: 6, types: ['lump-sum'], style: 'english', text: `The Second Party shall pay to the First Party a balancing payment of EUR 15,000,000 in recognition of the disparity in value between the parties' respective patent portfolios.` },
  { batch: 6, types: ['lump-sum'], may: ['payment-terms'], style: 'plain', text: `You pay us $25,000 once, when you sign. There are no further licence fees.` },
  { batch: 6, types: ['lump-sum'], may: ['covenant-not-to-sue'], style: 'sideletter', text: `In full settlement of all past sales, Customer will make a single payment of $180,000 covering all units shipped before the Effective Date.` },
  // milestone
  { batch: 6, types: ['milestone'], may: ['payment-terms'], style: 'biglaw', text: `Licensee shall pay Licensor the following amounts within thirty (30) days after the first achievement of each event: (a) $500,000 upon initiation of the first Phase II clinical trial; and (b) $2,000,000 upon first regulatory approval in the United States.` },
  { batch: 6, types: ['milestone'], may: ['lump-sum'], style: 'plain', text: `When your total sales of the device reach 10,000 units, you will pay us a one-off bonus of $50,000.` },
  { batch: 6, types: ['milestone'], may: ['lump-sum'], style: 'english', text: `A further sum of £250,000 shall become due on the date of First Commercial Sale of a Licensed Product in any Major Market.` },
  { batch: 6, types: ['milestone'], may: ['payment-terms'], style: 'translated', text: `Upon successful completion of the acceptance test of the prototype, the Client shall pay the second instalment amounting to 30% of the contract price.` },
  // payment-terms
  { batch: 6, types: ['payment-terms'], style: 'biglaw', text: `All payments hereunder shall be made in United States dollars by wire transfer of immediately available funds to an account designated by Licensor. Late payments shall bear interest at the lesser of one percent (1%) per month or the maximum rate permitted by law.` },
  { batch: 6, types: ['payment-terms'], style: 'english', text: `Invoices are payable within 30 days of receipt. The Licensor may charge interest on overdue amounts under the Late Payment of Commercial Debts (Interest) Act 1998.` },
  { batch: 6, types: ['payment-terms'], style: 'plain', text: `If the tax authorities make you hold back part of a payment to us as tax, you can deduct it, but you must send us the receipt so we can claim the credit.` },
  { batch: 6, types: ['payment-terms'], style: 'translated', text: `The amounts shall be converted into Euro at the reference rate of the European Central Bank on the last working day of the relevant calendar quarter.` },
  // market-allocation
  { batch: 6, types: ['market-allocation'], may: ['non-compete'], style: 'biglaw', text: `Company A shall not sell Products to any customer in the OEM Channel, which is reserved to Company B, and Company B shall not sell Products to any customer in the Retail Channel, which is reserved to Company A.` },
  { batch: 6, types: ['market-allocation'], may: ['non-solicit', 'non-compete'], style: 'plain', text: `We'll stick to hospitals and you'll stick to clinics; neither of us will pitch to the other's customers.` },
  { batch: 6, types: ['market-allocation'], may: ['territory', 'non-compete'], style: 'english', text: `The Licensee shall not actively seek customers for the Products outside the Territory, nor establish any branch or maintain any distribution depot there.` },
  { batch: 6, types: ['market-allocation'], may: ['schedule', 'non-solicit'], style: 'translated', text: `The Parties shall divide the customers listed in Annex 4 between them as set out there, and each Party shall refrain from submitting offers to the customers allocated to the other Party.` },
  // information-exchange
  { batch: 6, types: ['information-exchange'], may: ['antitrust-compliance', 'confidentiality'], style: 'biglaw', text: `Neither Party shall disclose to the other any information regarding its current or future pricing, costs, margins, bids or customer-specific terms, and the Parties shall establish a clean team for any exchange of such information.` },
  { batch: 6, types: ['information-exchange'], may: ['reporting'], style: 'plain', text: `Each month we'll swap our sales figures and the prices we charged, broken down by customer.` },
  { batch: 6, types: ['information-exchange'], may: ['confidentiality', 'governance-committee'], style: 'english', text: `Any commercially sensitive information received by a party's representatives on the Committee shall be used only for the purposes of the Project and shall not be passed to that party's sales personnel.` },
  { batch: 6, types: ['information-exchange'], may: ['reporting'], style: 'translated', text: `The Parties shall regularly exchange their production plans and capacity utilisation data for the following quarter.` },
  // antitrust-compliance
  { batch: 6, types: ['antitrust-compliance'], may: ['price-restriction'], style: 'biglaw', text: `Antitrust. Nothing in this Agreement shall be construed to require either Party to take any action that would violate the Sherman Act, the Clayton Act or any other applicable antitrust law. Each Party shall independently determine the prices at which it sells its products.` },
  { batch: 6, types: ['antitrust-compliance'], may: ['entire-agreement'], style: 'english', text: `If any provision of this Agreement would infringe Article 101 TFEU or Chapter I of the Competition Act 1998, the parties shall negotiate in good faith to amend it so that it no longer does so.` },
  { batch: 6, types: ['antitrust-compliance'], may: ['price-restriction'], style: 'plain', text: `We will each set our own prices and decide for ourselves who we sell to. This agreement doesn't change that.` },
  { batch: 6, types: ['antitrust-compliance'], style: 'sideletter', text: `The Parties shall file the notifications required under the HSR Act within ten (10) Business Days after the Execution Date and shall cooperate in responding to any request for additional information from the FTC or the DOJ.` },
  // governance-committee
  { batch: 6, types: ['governance-committee'], style: 'biglaw', text: `Within thirty (30) days after the Effective Date, the Parties shall establish a Joint Development Committee comprised of two (2) representatives of each Party. Decisions of the JDC shall be made unanimously, with each Party's representatives collectively having one vote.` },
  { batch: 6, types: ['governance-committee'], style: 'english', text: `The Steering Board shall meet at least once each quarter. The chair shall rotate annually between the parties and minutes of each meeting shall be circulated within 14 days.` },
  { batch: 6, types: ['governance-committee'], style: 'plain', text: `A small group of people from both companies will meet every month to check on the project and sort out any problems.` },
  { batch: 6, types: ['governance-committee'], style: 'translated', text: `A coordination body shall be formed in which each Party is represented by two members; the body shall decide on the allocation of development tasks.` },
  // diligence
  { batch: 6, types: ['diligence'], style: 'biglaw', text: `Licensee shall use Commercially Reasonable Efforts to develop and obtain Regulatory Approval for at least one Licensed Product in each of the United States, the European Union and Japan.` },
  { batch: 6, types: ['diligence'], may: ['territory'], style: 'english', text: `The Licensee shall use all reasonable endeavours to promote and exploit the Licensed Technology throughout the Territory and to meet the demand for Products.` },
  { batch: 6, types: ['diligence'], may: ['exclusivity', 'milestone'], style: 'plain', text: `You must launch the app in at least three countries within 12 months. If you don't, we can make your licence non-exclusive.` },
  { batch: 6, types: ['diligence'], style: 'translated', text: `The Licensee undertakes to commence series production of the Contract Products no later than eighteen months after signing this Contract.` },
  // reporting
  { batch: 6, types: ['reporting'], may: ['royalty', 'audit'], style: 'biglaw', text: `Within forty-five (45) days after the end of each Calendar Quarter, Licensee shall deliver to Licensor a written report setting forth, on a country-by-country basis, the number of Licensed Products sold, Net Sales and the royalties due.` },
  { batch: 6, types: ['reporting'], style: 'english', text: `The Licensee shall provide the Licensor with a written progress report every six months describing the development work carried out and the results obtained.` },
  { batch: 6, types: ['reporting'], style: 'plain', text: `Once a year, send us a short note saying how the research is going and what you plan to do next.` },
  { batch: 6, types: ['reporting'], style: 'translated', text: `The Licensee shall inform the Licensor annually in writing about the state of exploitation of the Contract Patents.` },
  // dispute-resolution
  { batch: 6, types: ['dispute-resolution'], may: ['governing-law'], style: 'biglaw', text: `Any dispute, controversy or claim arising out of or relating to this Agreement shall be finally resolved by binding arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration shall be New York.` },
  { batch: 6, types: ['dispute-resolution'], style: 'english', text: `Any dispute shall first be referred to the parties' respective managing directors, who shall meet within 10 Business Days to try to resolve it. If they cannot, either party may refer the dispute to an expert for determination.` },
  { batch: 6, types: ['dispute-resolution'], style: 'plain', text: `If we disagree about anything in this agreement, we'll talk first. If we still can't agree after 30 days, we'll ask a mediator to help before anyone goes to court.` },
  { batch: 6, types: ['dispute-resolution'], may: ['governing-law'], style: 'translated', text: `Disputes shall be settled amicably by negotiation between the Parties. Failing this, they shall be submitted to the Arbitration Institute of the Stockholm Chamber of Commerce.` },
  // confidentiality
  { batch: 6, types: ['confidentiality'], style: 'biglaw', text: `Each Party shall hold the other Party's Confidential Information in strict confidence, shall not disclose it to any third party other than its employees with a need to know, and shall use it solely to perform its obligations under this Agreement.` },
  { batch: 6, types: ['confidentiality'], style: 'english', text: `Neither party shall divulge any secret or proprietary information of the other obtained in the course of this Agreement, save as required by law.` },
  { batch: 6, types: ['confidentiality'], style: 'plain', text: `Keep our source code and business plans to yourself. Don't show them to anyone outside your team.` },
  { batch: 6, types: ['confidentiality'], may: ['post-termination'], style: 'translated', text: `The Parties undertake to keep secret all technical and commercial knowledge acquired from the other Party in connection with this Contract, also after its termination.` },
  // data-protection
  { batch: 6, types: ['data-protection'], style: 'english', text: `Each party shall comply with its obligations under the UK GDPR and the Data Protection Act 2018 in relation to any personal data processed in connection with this Agreement.` },
  { batch: 6, types: ['data-protection'], may: ['notices'], style: 'biglaw', text: `Vendor shall implement and maintain administrative, physical and technical safeguards designed to protect Customer Data against unauthorized access, and shall notify Customer within seventy-two (72) hours of any Security Incident.` },
  { batch: 6, types: ['data-protection'], style: 'plain', text: `We won't sell the names, emails or phone numbers of your users, and we'll delete them when you ask.` },
  { batch: 6, types: ['data-protection'], style: 'translated', text: `Personal data of the employees of the other Party shall be processed only for the purpose of executing this Contract and in accordance with the applicable data protection legislation.` },
  // indemnity
  { batch: 6, types: ['indemnity'], style: 'biglaw', text: `Licensee shall defend, indemnify and hold harmless Licensor and its officers, directors and employees from and against any and all losses, damages and expenses arising from any third-party claim relating to Licensed Products sold by Licensee.` },
  { batch: 6, types: ['indemnity'], style: 'english', text: `The Supplier shall keep the Customer fully and effectively indemnified against all costs, claims and liabilities arising out of any claim that the Deliverables infringe the intellectual property rights of a third party.` },
  { batch: 6, types: ['indemnity'], style: 'plain', text: `If someone sues us because of something you did with the software, you'll cover our legal bills and any damages we have to pay.` },
  { batch: 6, types: ['indemnity'], style: 'translated', text: `The Licensor shall hold the Licensee free from all claims of third parties arising from the infringement of industrial property rights by the Contract Products.` },
  // contingency
  { batch: 6, types: ['contingency'], style: 'biglaw', text: `Business Continuity. Supplier shall maintain a business continuity and disaster recovery plan that enables it to resume supply of the Products within thirty (30) days of any disruption, and shall test such plan at least annually.` },
  { batch: 6, types: ['contingency'], may: ['license-grant', 'force-majeure'], style: 'english', text: `If the Supplier is unable to supply the Components for more than 60 days, the Customer shall have a temporary licence to manufacture the Components itself or through a third party until supply resumes.` },
  { batch: 6, types: ['contingency'], may: ['change-of-control', 'first-refusal'], style: 'plain', text: `If our company is sold or goes under, you will have the option to buy the patents at their fair market value.` },
  { batch: 6, types: ['contingency'], may: ['governance-committee'], style: 'startup', text: `The parties will keep a shared risk register for the integration project, review it at each monthly meeting and assign an owner to each open risk.` },
  // transition
  { batch: 6, types: ['transition'], may: ['post-termination'], style: 'biglaw', text: `Transition Assistance. Upon expiration or termination of this Agreement for any reason, Provider shall, at Customer's request, continue to provide the Services for up to six (6) months and shall cooperate in good faith in the orderly transfer of the Services to Customer or its designee.` },
  { batch: 6, types: ['transition'], may: ['post-termination', 'license-grant'], style: 'english', text: `On termination, the Licensor shall grant the Licensee a bridging licence for twelve months so that the Licensee may fulfil its existing customer orders.` },
  { batch: 6, types: ['transition'], may: ['post-termination'], style: 'plain', text: `When this agreement ends, we'll help you move your data and set-up to a new provider, and we'll keep running things for up to 90 days while you switch.` },
  { batch: 6, types: ['transition'], may: ['post-termination'], style: 'translated', text: `After the end of the contract, the previous contractor shall hand over to the successor all documents and information necessary for the continuation of the service.` },
  // notices
  { batch: 6, types: ['notices'], may: ['signature'], style: 'biglaw', text: `Notices. All notices hereunder shall be in writing and shall be deemed given when delivered personally, one (1) business day after being sent by a nationally recognized overnight courier, or three (3) business days after being mailed by certified mail, return receipt requested, to the addresses set forth on the signature page.` },
  { batch: 6, types: ['notices'], style: 'english', text: `Any notice given under this Agreement shall be sent by first-class post or delivered by hand to the registered office of the recipient. Notice by email shall not be valid.` },
  { batch: 6, types: ['notices'], style: 'plain', text: `To tell us something official under this agreement, email legal@brightpath.io. We'll write to the email address you gave us when you signed up.` },
  { batch: 6, types: ['notices'], style: 'translated', text: `Declarations of the Parties relating to this Contract must be made in writing and sent by registered letter to the addresses stated above.` },
  // force-majeure
  { batch: 6, types: ['force-majeure'], may: ['liability'], style: 'biglaw', text: `Neither Party shall be liable for any failure or delay in performance caused by acts of God, fire, flood, epidemic, war, terrorism, labor disputes or any other cause beyond its reasonable control.` },
  { batch: 6, types: ['force-majeure'], style: 'english', text: `Neither party shall be in breach of this Agreement if it is prevented from performing its obligations by circumstances outside its reasonable control, provided that it notifies the other party promptly.` },
  { batch: 6, types: ['force-majeure'], style: 'plain', text: `If a storm, a pandemic or a power cut stops us from running the service, we won't be in breach while it lasts.` },
  { batch: 6, types: ['force-majeure'], style: 'translated', text: `Events of higher force, such as strikes, riots, official measures or natural disasters, release the Parties from their performance obligations for the duration of the disturbance.` },
  // entire-agreement (with amendment, waiver, severability and counterparts)
  { batch: 6, types: ['entire-agreement'], may: ['schedule'], style: 'biglaw', text: `This Agreement, together with its Exhibits, constitutes the entire understanding of the Parties with respect to its subject matter and supersedes all prior and contemporaneous agreements, whether written or oral.` },
  { batch: 6, types: ['entire-agreement'], style: 'english', text: `No variation of this Agreement shall be effective unless it is in writing and signed by an authorised representative of each party.` },
  { batch: 6, types: ['entire-agreement'], style: 'plain', text: `If a court decides one part of this agreement can't be enforced, the rest still applies.` },
  { batch: 6, types: ['entire-agreement'], style: 'translated', text: `Should individual provisions of this Contract be or become invalid, the validity of the remaining provisions shall not be affected. The invalid provision shall be replaced by a valid provision coming as close as possible to its economic purpose.` },
  { batch: 6, types: ['entire-agreement'], may: ['signature'], style: 'shortform', text: `This Agreement may be executed in counterparts, each of which is an original, and all of which together are one instrument.` },
  { batch: 6, types: ['entire-agreement'], style: 'plain', text: `If we don't enforce a right straight away, we haven't given it up.` },
  // a grant that carries several of the types at once
  { batch: 6, types: ['license-grant', 'territory', 'field-of-use', 'exclusivity'], may: ['licensed-ip'], style: 'biglaw', text: `Each Party, on behalf of itself and its Subsidiaries, hereby grants to the other Party a non-exclusive, worldwide, royalty-free license under its Patents to make, use and sell Licensed Products in the field of mobile communications devices.` },
  // hard negatives: the words of a type, not the type
  { batch: 6, types: [], style: 'us', text: `Any fixtures and improvements installed by the Customer at the Site shall remain the Customer's property.` },
  { batch: 6, types: [], style: 'us', text: `The field trials shall be conducted at the Licensee's test site in Iowa under the supervision of the Licensor's agronomist.` },
  { batch: 6, types: ['warranty'], style: 'biglaw', text: `The Company represents that no filing with the Committee on Foreign Investment in the United States is required in connection with the transactions contemplated hereby.` },
  { batch: 6, types: [], may: ['audit'], style: 'us', text: `The Company's Audit Committee shall review and approve all related-party transactions.` },
  { batch: 6, types: ['governing-law'], style: 'us', text: `This Agreement shall be governed by the laws of the State of Delaware, without regard to its conflict of laws principles.` },
  { batch: 6, types: ['indemnity'], style: 'biglaw', text: `Notice of any claim for indemnification shall be given within thirty (30) days after the Indemnified Party becomes aware of it.` },
  { batch: 6, types: [], may: ['licensed-ip', 'warranty', 'ip-ownership'], style: 'english', text: `The Licensor is the registered proprietor of United Kingdom registered design number 6012345.` },
  { batch: 6, types: [], may: ['diligence'], style: 'english', text: `The research team at the University's Cambridge campus will carry out the experiments described in the Research Plan.` },
  { batch: 6, types: [], may: ['license-grant', 'schedule'], style: 'english', text: `The Licensee shall use the Licensed Marks only in the form shown in Schedule 2.` },
  { batch: 6, types: [], style: 'shortform', text: `Each party shall bear its own legal costs in connection with the negotiation of this Agreement.` },
  { batch: 6, types: ['payment-terms'], style: 'english', text: `All amounts stated in this Agreement are exclusive of VAT.` },
  { batch: 6, types: [], may: ['price-restriction', 'payment-terms'], style: 'us', text: `Distributor shall purchase the Products at the prices in Supplier's list in force on the date of the order.` },
  { batch: 6, types: [], style: 'plain', text: `Your staff must follow our site safety rules whenever they visit our premises.` },
  { batch: 6, types: [], may: ['post-termination'], style: 'sideletter', text: `This letter supplements the Agreement and, except as set out above, the Agreement continues in full force and effect.` },
  // ---- seventh batch (tag-heldout, 2026-11-29 14:00): written after the sixth batch's cue changes, by their author,
  // and measured once (base = main before those changes, and after); not fitted. Its author knew the cues by then, so it
  // leans towards them; it checks that the changes carry to wordings they were not written for.
  { batch: 7, types: ['improvements'], may: ['ip-ownership'], style: 'english', text: `Any adaptation of the Licensed Process devised by either party during the term shall be promptly notified to the other party together with such technical information as is needed to use it.` },
  { batch: 7, types: ['grant-back'], may: ['improvements', 'license-grant', 'exclusivity'], style: 'plain', text: `Whatever you add to the design, you give us a free, non-exclusive licence to use it too.` },
  { batch: 7, types: ['prosecution'], may: ['payment-terms'], style: 'us', text: `Licensee shall reimburse Licensor for one half of the out-of-pocket costs incurred in prosecuting and maintaining the Licensed Patents, within thirty (30) days of invoice.` },
  { batch: 7, types: ['enforcement'], style: 'translated', text: `Should a third party exploit the Contract Patents without authorisation, the Parties shall consult on the measures to be taken against the infringer.` },
  { batch: 7, types: ['defensive-termination'], may: ['termination', 'license-grant'], style: 'english', text: `The Licensor may revoke the licence forthwith by notice if the Licensee applies for the revocation of any of the Patents.` },
  { batch: 7, types: ['standards'], may: ['license-grant', 'royalty'], style: 'plain', text: `For patents that are essential to the Wi-Fi 6 standard, we will license you on fair, reasonable and non-discriminatory terms.` },
  { batch: 7, types: ['field-of-use'], may: ['license-grant'], style: 'biglaw', text: `The foregoing license is granted solely for the Ophthalmic Field; all rights in every other therapeutic area are retained by Licensor.` },
  { batch: 7, types: ['territory'], may: ['license-grant'], style: 'plain', text: `You may sell the licensed products in Japan and South Korea, and nowhere else.` },
  { batch: 7, types: ['sublicensing'], may: ['license-grant'], style: 'english', text: `The Licensee may sub-license its rights to members of its Group, provided that it remains liable for their compliance.` },
  { batch: 7, types: ['lump-sum'], may: ['payment-terms'], style: 'startup', text: `Customer will pay a one-off integration fee of $12,000, invoiced on the Effective Date.` },
  { batch: 7, types: ['milestone'], may: ['payment-terms'], style: 'english', text: `The sum of £100,000 shall be payable upon the grant of the first marketing authorisation for a Product in the United Kingdom.` },
  { batch: 7, types: ['payment-terms'], style: 'plain', text: `We'll send you an invoice each quarter and you have 45 days to pay it into our bank account.` },
  { batch: 7, types: ['market-allocation'], may: ['non-compete', 'territory'], style: 'translated', text: `Party A shall supply only customers in the automotive sector, and Party B only customers in the aerospace sector; neither Party shall make offers to customers of the sector assigned to the other.` },
  { batch: 7, types: ['information-exchange'], may: ['antitrust-compliance'], style: 'biglaw', text: `The Parties shall not exchange any non-public information concerning their respective pricing, output, capacity or customers, except through outside counsel on a counsel-only basis.` },
  { batch: 7, types: ['antitrust-compliance'], style: 'english', text: `Nothing in this Agreement obliges either party to act in a way that would breach the Competition Act 1998.` },
  { batch: 7, types: ['governance-committee'], style: 'translated', text: `The Steering Board consists of two delegates of each Party and adopts its resolutions unanimously.` },
  { batch: 7, types: ['diligence'], style: 'plain', text: `You'll do everything reasonable to get the product onto shop shelves in your territory as soon as you can.` },
  { batch: 7, types: ['reporting'], style: 'us', text: `Within sixty (60) days after the end of each calendar year, Licensee shall furnish Licensor a written summary of its development activities for the preceding year.` },
  { batch: 7, types: ['dispute-resolution'], style: 'translated', text: `All disputes arising from this Contract shall be finally settled by an arbitral tribunal of three arbitrators seated in Vienna.` },
  { batch: 7, types: ['confidentiality'], style: 'plain', text: `Anything we tell you about our roadmap is secret. Don't share it outside your company.` },
  { batch: 7, types: ['data-protection'], style: 'english', text: `Where the Supplier processes personal data on behalf of the Customer, it shall act only on the Customer's documented instructions.` },
  { batch: 7, types: ['indemnity'], style: 'plain', text: `You agree to protect us against any claim, loss or cost that comes from your breach of these terms.` },
  { batch: 7, types: ['contingency'], may: ['license-grant'], style: 'us', text: `If Supplier becomes insolvent or ceases to manufacture the Product, Customer shall have a license to make the Product using Supplier's specifications until a replacement source is qualified.` },
  { batch: 7, types: ['transition'], may: ['post-termination'], style: 'english', text: `For six months after termination the Supplier shall provide such assistance as the Customer reasonably requires to transfer the Services to a replacement supplier.` },
  { batch: 7, types: ['notices'], style: 'translated', text: `Communications under this Contract shall be made in writing and are deemed received on the third day after dispatch by registered mail.` },
  { batch: 7, types: ['force-majeure'], may: ['termination'], style: 'plain', text: `Neither of us is responsible for delays caused by things we can't control, like floods, war or government orders.` },
  { batch: 7, types: ['entire-agreement'], style: 'plain', text: `This document is everything we've agreed about the licence. Anything we said or wrote before doesn't count.` },
  { batch: 7, types: [], style: 'us', text: `The Licensor shall deliver the prototype to the Licensee's plant in Ohio by the end of the first quarter.` },
  { batch: 7, types: [], may: ['warranty'], style: 'english', text: `The parties acknowledge that the market for the Products is developing and that sales cannot be predicted with certainty.` },
  { batch: 7, types: [], style: 'plain', text: `Our support team answers questions by email on weekdays between 9 am and 5 pm.` },
  { batch: 7, types: [], may: ['improvements'], style: 'us', text: `Tenant shall not make any alterations or improvements to the Premises without Landlord's prior written consent.` },
  { batch: 7, types: [], style: 'biglaw', text: `The Board of Directors of the Company has approved the execution of this Agreement.` },
  // ---- eighth batch (tag-heldout, 2026-11-29 14:10): written before the cue round for the seventh batch's misses and
  // measured once before and after it, not fitted.
  { batch: 8, types: ['improvements'], may: ['reporting'], style: 'us', text: `Each Party shall promptly inform the other of any new application, refinement or upgrade of the Licensed Technology developed by it.` },
  { batch: 8, types: ['grant-back'], may: ['improvements', 'license-grant', 'ip-ownership'], style: 'english', text: `The Licensee shall grant the Licensor an irrevocable, royalty-free licence under any patent it obtains on a development of the Licensed Know-How.` },
  { batch: 8, types: ['prosecution'], style: 'plain', text: `You'll pay the yearly fees that keep the patents alive, and you'll tell us before you let any of them go.` },
  { batch: 8, types: ['enforcement'], may: ['reporting'], style: 'english', text: `If the Licensee suspects that a competitor is copying the Products, it shall inform the Licensor, who may at its discretion take legal proceedings.` },
  { batch: 8, types: ['defensive-termination'], may: ['termination'], style: 'us', text: `Licensor may terminate this Agreement on written notice if Licensee, directly or through any third party, contests any claim of the Licensed Patents before any patent office.` },
  { batch: 8, types: ['standards'], may: ['warranty'], style: 'english', text: `Each party confirms that it has disclosed to the other every patent that it considers essential to the DVB-T2 specification.` },
  { batch: 8, types: ['field-of-use'], may: ['license-grant'], style: 'translated', text: `The right of use is restricted to the manufacture of household appliances; industrial applications are excluded from this Contract.` },
  { batch: 8, types: ['territory'], may: ['license-grant'], style: 'us', text: `Distributor's rights hereunder extend only to the States of California, Oregon and Washington.` },
  { batch: 8, types: ['sublicensing'], style: 'plain', text: `You may let your contract manufacturers use the licence to make products for you, but nobody else.` },
  { batch: 8, types: ['lump-sum'], may: ['payment-terms'], style: 'english', text: `The Licensee shall pay to the Licensor an initial licence fee of £75,000 within 14 days of the date of this Agreement.` },
  { batch: 8, types: ['milestone'], may: ['payment-terms'], style: 'plain', text: `We'll pay you another $40,000 the day the regulator approves the device.` },
  { batch: 8, types: ['payment-terms'], style: 'us', text: `Any amount not paid when due shall accrue interest from the due date until paid at the rate of eighteen percent (18%) per annum.` },
  { batch: 8, types: ['market-allocation'], may: ['non-compete'], style: 'plain', text: `You won't sell to our supermarket accounts, and we won't sell to your restaurant accounts.` },
  { batch: 8, types: ['information-exchange'], may: ['confidentiality'], style: 'english', text: `No party shall receive from another any information on its future prices, discounts or tenders, other than aggregated data compiled by the independent secretariat.` },
  { batch: 8, types: ['antitrust-compliance'], style: 'us', text: `The Parties intend this Agreement to comply with the U.S. Department of Justice and FTC Antitrust Guidelines for the Licensing of Intellectual Property.` },
  { batch: 8, types: ['governance-committee'], style: 'english', text: `The Management Committee shall comprise two nominees of each party, and a quorum shall be one nominee of each party.` },
  { batch: 8, types: ['diligence'], style: 'translated', text: `The Licensee shall exploit the Contract Technology with all due care and to the full extent that the market permits.` },
  { batch: 8, types: ['reporting'], style: 'plain', text: `Every three months, tell us how many units you sold and where.` },
  { batch: 8, types: ['dispute-resolution'], style: 'english', text: `Any claim relating to this Agreement shall be referred to the London Court of International Arbitration and resolved under its rules.` },
  { batch: 8, types: ['confidentiality'], style: 'translated', text: `All documents handed over by the Licensor are entrusted to the Licensee in confidence and may not be made accessible to third parties.` },
  { batch: 8, types: ['data-protection'], style: 'us', text: `Company shall not use any information that identifies an individual patient except as permitted under HIPAA.` },
  { batch: 8, types: ['indemnity'], style: 'english', text: `The Distributor shall reimburse the Supplier for all losses the Supplier suffers as a result of any claim by a customer of the Distributor.` },
  { batch: 8, types: ['contingency'], style: 'plain', text: `If your factory goes down, you'll move production to your backup plant within two weeks.` },
  { batch: 8, types: ['transition'], may: ['post-termination'], style: 'us', text: `Upon expiration, Vendor shall cooperate with Customer's new vendor to ensure an orderly handover of all open support tickets.` },
  { batch: 8, types: ['notices'], style: 'plain', text: `Any formal notice must be in writing and sent to the address at the top of this agreement.` },
  { batch: 8, types: ['force-majeure'], style: 'english', text: `Neither party shall be liable for any delay caused by an event outside its reasonable control, including a failure of a public utility.` },
  { batch: 8, types: ['entire-agreement'], style: 'translated', text: `Amendments and supplements to this Contract require the written form to be effective; this also applies to any waiver of the written form requirement.` },
  { batch: 8, types: [], may: ['warranty'], style: 'us', text: `Licensee has read and understands the terms of this Agreement.` },
  { batch: 8, types: [], style: 'english', text: `The Licensor's registered office is at 10 Fleet Street, London EC4Y 1AA.` },
  { batch: 8, types: [], may: ['reporting'], style: 'plain', text: `Our sales team will send you a welcome pack with product brochures.` },
  { batch: 8, types: [], style: 'translated', text: `The Licensee shall label the Contract Products in the language of the country of sale.` },
  { batch: 8, types: [], may: ['governance-committee'], style: 'us', text: `The Compensation Committee of the Board shall administer the Plan.` },
  // ---- ninth batch (tag-general, 2026-11-29 18:40): eleven CUAD-measured types the dev split scores weakest or
  // confuses (volume-restriction, price-restriction, third-party-beneficiary, non-compete, non-solicit, most-favored,
  // joint-ip, ip-ownership, covenant-not-to-sue, minimum-commitment, change-of-control), in styles CUAD dev
  // under-represents (UK, Australian and Canadian English, plain English, 'must'/'will', run-in headings, defined-term
  // drafting, EDGAR hard wraps), with near misses that name a neighbouring type. Written before its author read those
  // types' cues or ran the tagger on it; measured over NINTH_TYPES (other types a clause carries are not counted).
  // volume-restriction
  { batch: 9, types: ['volume-restriction'], style: 'commonwealth', text: `The Licensee must not manufacture more than 50,000 Licensed Units in any Licence Year without the Licensor's prior written consent.` },
  { batch: 9, types: ['volume-restriction'], style: 'plain', text: `You can run the software on up to five servers. If you need more, you'll need our written okay, and we'll charge the extra server fee in our price list.` },
  { batch: 9, types: ['volume-restriction'], style: 'english', text: `4.3 Capacity. The Supplier shall not be obliged to supply more than 120% of the quantity in the Purchaser's latest Forecast for any Month, and any order in excess of that quantity may be accepted or rejected at the Supplier's discretion.` },
  { batch: 9, types: ['volume-restriction'], style: 'edgar', text: `     6.2  Usage Limits.  Customer's use of the Hosted Service
is limited to 2,500,000 API Calls per calendar month.  Calls in
excess of that number shall be billed at the Overage Rate set out
in Exhibit B.` },
  { batch: 9, types: ['volume-restriction'], style: 'biglaw', text: `The aggregate number of Authorised Users permitted to access the Licensed Platform at any time shall not exceed the User Cap specified in the Order Form, and any increase in the User Cap shall require an amending Order Form and payment of the corresponding Incremental Fees.` },
  { batch: 9, types: ['volume-restriction'], style: 'commonwealth', text: `The Grower must not plant more than 40 hectares of the Licensed Variety in any Season unless the Breeder first agrees in writing.` },
  { batch: 9, types: [], style: 'english', text: `By the 10th day of each month the Distributor will give the Supplier a rolling twelve-month forecast of its requirements for the Products. Forecasts are for planning purposes only and do not bind either party.` },
  { batch: 9, types: ['minimum-commitment'], style: 'plain', text: `Each purchase order must be for at least 1,000 units.` },
  { batch: 9, types: [], style: 'us', text: `The Supplier's total liability under this Agreement will not exceed the fees paid in the twelve months before the claim, up to a maximum of $500,000.` },
  { batch: 9, types: [], style: 'commonwealth', text: `If the Licensee fails to pay any amount when due, the Licensor may give notice of the failure, and the Licensee will then have up to 30 days to pay before the Licensor may terminate this Agreement.` },
  // price-restriction
  { batch: 9, types: ['price-restriction'], style: 'english', text: `The Supplier may not increase the Charges more than once in any 12-month period, and no increase shall exceed the percentage change in the Retail Prices Index over that period.` },
  { batch: 9, types: ['price-restriction'], style: 'plain', text: `We won't put our prices up during the first two years. After that, we'll give you 90 days' notice before any increase.` },
  { batch: 9, types: ['price-restriction'], style: 'biglaw', text: `The Unit Price shall remain fixed for the Initial Term and thereafter may be adjusted by the Vendor no more than once per Contract Year by an amount not exceeding the CPI Adjustment.` },
  { batch: 9, types: ['price-restriction'], style: 'edgar', text: `     3.4  Pricing.  The prices set forth in Schedule A shall
not be increased during the first eighteen (18) months following the
Effective Date.  Thereafter, Supplier may increase such prices upon
sixty (60) days prior written notice, provided that no increase
shall exceed five percent (5%) in any twelve (12) month period.` },
  { batch: 9, types: ['price-restriction'], style: 'commonwealth', text: `The Reseller must not advertise the Products at a price below the Minimum Advertised Price notified by the Supplier from time to time.` },
  { batch: 9, types: [], style: 'english', text: `Invoices are payable within 30 days of the invoice date in pounds sterling. All prices are exclusive of VAT, which the Customer must pay in addition.` },
  { batch: 9, types: [], style: 'plain', text: `You will pay us a royalty of 4% of the net selling price of each product you sell.` },
  { batch: 9, types: [], style: 'commonwealth', text: `Each party remains free to set its own resale prices for the Products.` },
  // third-party-beneficiary
  { batch: 9, types: ['third-party-beneficiary'], style: 'english', text: `The Licensor's Group Companies may enforce clauses 9 (Indemnities) and 12 (Limitation of Liability) under the Contracts (Rights of Third Parties) Act 1999. No other person has any right to enforce any term of this Agreement.` },
  { batch: 9, types: ['third-party-beneficiary'], style: 'plain', text: `Our affiliates can rely on and enforce the promises you make in section 6, as if they had signed this agreement themselves.` },
  { batch: 9, types: ['third-party-beneficiary'], style: 'edgar', text: `     14.9  Third Party Beneficiaries.  The Indemnified Parties
are intended third party beneficiaries of Article 10 and shall be
entitled to enforce the provisions thereof directly against the
Indemnifying Party.` },
  { batch: 9, types: ['third-party-beneficiary'], style: 'commonwealth', text: `Each Licensed Distributor is an express beneficiary of the covenants in Section 5.2 and, notwithstanding that it is not a party to this Agreement, may enforce them against the Licensee.` },
  { batch: 9, types: ['third-party-beneficiary'], style: 'commonwealth', text: `The parties agree that clause 11 is also for the benefit of each Related Body Corporate of the Principal, and the Principal holds the benefit of that clause on trust for each of them.` },
  { batch: 9, types: [], style: 'english', text: `This Agreement is binding on and enures to the benefit of the parties and their respective successors and permitted assigns.` },
  { batch: 9, types: [], style: 'commonwealth', text: `The Licensee may grant sublicences to third parties approved in advance by the Licensor, and remains responsible for their acts and omissions.` },
  { batch: 9, types: [], style: 'us', text: `The Supplier will indemnify the Customer and its officers, employees and agents against all third-party claims arising from the Supplier's negligence.` },
  // non-compete
  { batch: 9, types: ['non-compete'], style: 'english', text: `During the Term and for 12 months after it ends, the Distributor must not, whether directly or indirectly, be engaged or interested in the manufacture or sale of any goods that compete with the Products in the Territory.` },
  { batch: 9, types: ['non-compete'], style: 'plain', text: `While this agreement is in place, you won't make or sell any product that competes with ours, anywhere in Canada.` },
  { batch: 9, types: ['non-compete'], style: 'biglaw', text: `7.1 Restricted Business. For the Restricted Period, the Seller shall not carry on, or be concerned or interested in, any Restricted Business within the Restricted Area.` },
  { batch: 9, types: ['non-compete'], style: 'edgar', text: `     9.1  Covenant Not to Compete.  During the term of this
Agreement and for a period of two (2) years thereafter, Consultant
shall not, directly or indirectly, own, manage, operate or be employed
by any business that develops orthopaedic implants in North America.` },
  { batch: 9, types: ['non-compete'], style: 'english', text: `The restriction in clause 8.1 does not prevent the Licensee from holding up to 3% of the shares of a listed company that competes with the Licensor.` },
  { batch: 9, types: ['non-compete'], style: 'commonwealth', text: `The Franchisee must not, during the Term, operate a café or takeaway food business within a 5 km radius of the Premises, other than the Franchised Business.` },
  { batch: 9, types: [], style: 'english', text: `The first meeting of the Joint Steering Committee will take place within 30 days of the Commencement Date, and meetings will take place quarterly after that.` },
  { batch: 9, types: [], style: 'commonwealth', text: `Delivery shall take place at the Supplier's premises in Leeds, and risk in the Products passes on delivery.` },
  { batch: 9, types: [], style: 'english', text: `The Supplier appoints the Distributor as its sole distributor of the Products in New Zealand and will not appoint any other distributor there during the Term.` },
  // non-solicit
  { batch: 9, types: ['non-solicit'], style: 'english', text: `Neither party shall, during the term of this Agreement and for six months afterwards, solicit or entice away from the other party any person employed or engaged by that other party in the provision of the Services.` },
  { batch: 9, types: ['non-solicit'], may: ['non-compete'], style: 'plain', text: `For a year after this agreement ends, you won't try to hire any of our staff who worked on your project, and you won't approach our customers to sell them a competing service.` },
  { batch: 9, types: ['non-solicit'], style: 'commonwealth', text: `The Consultant must not make, publish or communicate any defamatory or disparaging remark about the Company, its directors or its products.` },
  { batch: 9, types: ['non-solicit'], style: 'edgar', text: `     8.3  Non-Solicitation.  For a period of twelve (12) months
following the termination of this Agreement, neither party shall
recruit, or offer employment to, any employee of the other party
with whom it had material contact in connection with this Agreement.` },
  { batch: 9, types: ['non-solicit'], style: 'commonwealth', text: `The Agent shall not, for the Restricted Period, canvass or solicit the business of any Client for the supply of services similar to the Services.` },
  { batch: 9, types: [], style: 'english', text: `The Distributor shall use its best endeavours to solicit orders for the Products throughout the Territory and shall maintain an adequate sales force for that purpose.` },
  { batch: 9, types: [], style: 'us', text: `Each party is solely responsible for the employment, supervision and compensation of its own personnel.` },
  // most-favored
  { batch: 9, types: ['most-favored'], style: 'english', text: `If the Licensor grants a licence of the Patents to any third party on terms more favourable than those in this Agreement, it must promptly notify the Licensee and offer it the same terms.` },
  { batch: 9, types: ['most-favored'], may: ['price-restriction'], style: 'plain', text: `If we ever sell the same product to another reseller in your country for less, we'll cut your price to match from that date.` },
  { batch: 9, types: ['most-favored'], may: ['price-restriction'], style: 'edgar', text: `     5.6  Most Favored Customer.  Supplier represents that the
prices charged to Purchaser hereunder are, and shall remain, no
higher than the prices charged by Supplier to any other customer
purchasing comparable volumes of the Products.` },
  { batch: 9, types: ['most-favored'], style: 'biglaw', text: `Should the Licensor enter into a Comparable Licence with a royalty rate lower than the Royalty Rate, the Royalty Rate shall be reduced to that lower rate with effect from the effective date of the Comparable Licence.` },
  { batch: 9, types: [], style: 'english', text: `Every sublicence must be in writing and on terms consistent with, and no less protective of the Licensor than, this Agreement.` },
  { batch: 9, types: [], style: 'commonwealth', text: `Before offering the distribution rights for Western Australia to any other person, the Supplier must first offer them to the Distributor on the same terms.` },
  // joint-ip
  { batch: 9, types: ['joint-ip'], may: ['ip-ownership'], style: 'english', text: `Foreground IP created jointly by the parties shall belong to them in equal shares, and neither party may exploit or license it without the consent of the other.` },
  { batch: 9, types: ['joint-ip'], may: ['ip-ownership'], style: 'plain', text: `If our engineers come up with something together, we'll own it together, and each of us can use it without paying the other.` },
  { batch: 9, types: ['joint-ip'], may: ['ip-ownership'], style: 'edgar', text: `     10.2  Joint Inventions.  All inventions conceived jointly
by employees of both parties in the performance of the Research
Program ("Joint Inventions") shall be owned jointly by the parties,
and each party shall have an undivided interest therein.` },
  { batch: 9, types: ['joint-ip'], may: ['ip-ownership'], style: 'commonwealth', text: `The parties will hold the Project IP as tenants in common in proportion to their respective Contributions.` },
  { batch: 9, types: [], style: 'english', text: `The parties shall jointly prepare a development plan for the Product and submit it to the Steering Committee for approval.` },
  { batch: 9, types: [], style: 'commonwealth', text: `The Consortium Members are jointly and severally liable for the obligations of the Consortium under this Agreement.` },
  // ip-ownership
  { batch: 9, types: ['ip-ownership'], style: 'english', text: `All Intellectual Property Rights in the Deliverables shall vest in the Customer on creation, and the Supplier hereby assigns to the Customer, by way of present assignment of future rights, all such rights.` },
  { batch: 9, types: ['ip-ownership'], style: 'plain', text: `Everything you create for us under this agreement belongs to us. You will sign any papers we need to record that.` },
  { batch: 9, types: ['ip-ownership'], style: 'commonwealth', text: `The Consultant hereby waives in favour of the Client all moral rights in the Work Product and assigns to the Client all copyright in it.` },
  { batch: 9, types: ['ip-ownership'], style: 'edgar', text: `     7.1  Ownership.  Company shall own all right, title and
interest in and to all Work Product, and Contractor hereby
irrevocably assigns to Company all of its right, title and interest
in such Work Product.` },
  { batch: 9, types: ['ip-ownership'], style: 'biglaw', text: `On payment of the Buy-Out Fee, ownership of the Licensed Software and all Intellectual Property Rights in it will transfer to the Licensee.` },
  { batch: 9, types: [], style: 'english', text: `Title to the Products passes to the Buyer on delivery, and risk passes at the same time.` },
  { batch: 9, types: [], style: 'commonwealth', text: `The Equipment remains the property of the Lessor at all times, and the Lessee must not remove any identification marks from it.` },
  // covenant-not-to-sue
  { batch: 9, types: ['covenant-not-to-sue'], style: 'english', text: `The Licensee shall not, and shall procure that its Affiliates shall not, challenge or assist any third party to challenge the validity of any of the Licensed Patents.` },
  { batch: 9, types: ['covenant-not-to-sue'], style: 'plain', text: `You promise not to sue us or our customers for infringing any of your patents with our products.` },
  { batch: 9, types: ['covenant-not-to-sue'], style: 'commonwealth', text: `Effective on the Effective Date, each Party releases, acquits and forever discharges the other Party from all claims for infringement of its Patents arising before the Effective Date.` },
  { batch: 9, types: ['covenant-not-to-sue'], style: 'edgar', text: `     4.2  Covenant.  Each of the Parties covenants that it will
not assert any claim of patent infringement against the other Party
or its Affiliates based on the manufacture, use or sale of Covered
Products.` },
  { batch: 9, types: ['covenant-not-to-sue'], style: 'commonwealth', text: `The Licensee acknowledges that the Licensor owns the Marks and must not at any time dispute or contest the Licensor's ownership of the Marks or their validity.` },
  { batch: 9, types: [], style: 'english', text: `The Licensor will have the first right to bring proceedings against any infringer of the Licensed Patents, at its own cost.` },
  { batch: 9, types: [], style: 'us', text: `No action arising out of this Agreement may be brought by either party more than two years after the cause of action arose.` },
  { batch: 9, types: [], style: 'commonwealth', text: `Before starting court proceedings about a dispute, a party must first refer the dispute to mediation under clause 19.2.` },
  // minimum-commitment
  { batch: 9, types: ['minimum-commitment'], style: 'english', text: `The Purchaser shall order not less than 200 tonnes of the Product in each Contract Year. If it orders less, it shall pay the Supplier the Shortfall Amount within 30 days after the end of that Contract Year.` },
  { batch: 9, types: ['minimum-commitment'], style: 'plain', text: `You'll buy at least 5,000 cases from us every quarter.` },
  { batch: 9, types: ['minimum-commitment'], style: 'edgar', text: `     4.3  Minimum Annual Royalty.  Beginning with calendar year
2022, Licensee shall pay Licensor a minimum annual royalty of Fifty
Thousand Dollars ($50,000), against which earned royalties for the
same year shall be credited.` },
  { batch: 9, types: ['minimum-commitment'], style: 'biglaw', text: `Each Purchase Order shall be for a quantity of not less than the Minimum Order Quantity of 2,500 units.` },
  { batch: 9, types: ['minimum-commitment'], style: 'commonwealth', text: `The Customer must take or pay for at least 80% of the Contracted Volume in each Quarter.` },
  { batch: 9, types: [], style: 'english', text: `The minimum term of this Agreement is three years from the Commencement Date.` },
  { batch: 9, types: [], style: 'commonwealth', text: `The Licensee must keep public liability insurance with cover of at least $5 million for each claim.` },
  // change-of-control
  { batch: 9, types: ['change-of-control'], style: 'english', text: `The Licensor may terminate this Agreement with immediate effect by written notice if the Licensee undergoes a change of Control (as defined in section 1124 of the Corporation Tax Act 2010).` },
  { batch: 9, types: ['change-of-control'], style: 'plain', text: `If another company buys your business, or buys most of your shares, you must tell us within 10 days, and we can end this agreement.` },
  { batch: 9, types: ['change-of-control'], style: 'edgar', text: `     15.3  Merger.  In the event that Licensee is acquired by,
or merges with, a Competitor of Licensor, Licensor may, at its
option, terminate the licenses granted under Article 2 upon thirty
(30) days' written notice.` },
  { batch: 9, types: ['change-of-control'], style: 'biglaw', text: `A Change of Control of the Distributor shall be deemed an assignment of this Agreement requiring the prior written consent of the Supplier.` },
  { batch: 9, types: ['change-of-control'], style: 'commonwealth', text: `If a person acquires Control of the Licensee without the Licensor's prior written consent, the Licensor may by notice suspend the Licence.` },
  { batch: 9, types: [], style: 'english', text: `Neither party may assign or transfer any of its rights under this Agreement without the prior written consent of the other, which is not to be unreasonably withheld.` },
  { batch: 9, types: [], style: 'commonwealth', text: `Either party may change its address for notices by giving the other party written notice of the new address.` },
  { batch: 9, types: [], style: 'us', text: `The party bringing the action shall have sole control of the proceedings and of any settlement of them.` },
  // ---- tenth batch (tag-general, 2026-11-29 18:50): the ninth batch's eleven types again, written after the cue round
  // for the ninth batch's misses by its author, in other wordings, not fitted: micro P 1.00, R 0.36 (9 tp, 0 fp, 16 fn)
  // at 2c5d9ee, after that round, and after the session's later changes (the overrun re-read, light verbs, section
  // headings' near misses, 'won't'), clause for clause. Its misses want word classes shared by a type's cues ('copies'
  // in every count cue, 'fee'/'locked' beside 'price'/'fixed') or a reading of the sentence, not one more phrase each.
  { batch: 10, types: ['volume-restriction'], style: 'commonwealth', text: `The Licensee may produce Licensed Products at a rate of no greater than 2,000 per week. Production above that rate requires a variation to this Deed.` },
  { batch: 10, types: ['volume-restriction'], style: 'plain', text: `Your plan includes 10 GB of storage a month. We'll bill any storage you use over that at the rate on our website.` },
  { batch: 10, types: ['volume-restriction'], style: 'edgar', text: `     4.6  Print Run.  Publisher shall not print in excess of
ten thousand (10,000) copies of the Licensed Edition without the
further written approval of Proprietor.` },
  { batch: 10, types: [], may: ['minimum-commitment'], style: 'english', text: `The Buyer shall give the Seller by the first Business Day of each quarter an estimate of the volume of Product it expects to order in that quarter.` },
  { batch: 10, types: ['price-restriction'], style: 'english', text: `The Licence Fee is fixed for the first three years of the Term. Thereafter the Licensor may review it annually, but any rise must not be greater than 3%.` },
  { batch: 10, types: ['price-restriction'], style: 'commonwealth', text: `The Distributor will not sell the Products to retailers at less than the wholesale prices in the Supplier's current price schedule.` },
  { batch: 10, types: ['price-restriction'], style: 'plain', text: `Your subscription price is locked for 24 months from the day you sign up.` },
  { batch: 10, types: [], style: 'us', text: `Prices for the Products are set out in Exhibit C and are stated in U.S. dollars, FOB Supplier's plant.` },
  { batch: 10, types: ['third-party-beneficiary'], style: 'us', text: `Licensor's suppliers are third-party beneficiaries of this Section 9 and may enforce it against Customer.` },
  { batch: 10, types: ['third-party-beneficiary'], style: 'english', text: `Any member of the Purchaser's Group may enforce the indemnity in clause 15 as if it were a party to this Agreement.` },
  { batch: 10, types: [], may: ['third-party-beneficiary'], style: 'plain', text: `Only you and we have rights under this agreement. No one else can enforce it.` },
  { batch: 10, types: ['non-compete'], style: 'plain', text: `While you work with us and for six months after, you agree not to work for any business that sells software like ours in the UK.` },
  { batch: 10, types: ['non-compete'], style: 'commonwealth', text: `The Vendor covenants with the Purchaser that it will not, within the Restraint Area and during the Restraint Period, establish or be engaged in a business similar to the Business.` },
  { batch: 10, types: ['non-compete'], style: 'edgar', text: `     11.2  Exclusivity of Efforts.  During the Term, Developer
shall not develop, for itself or for any third party, any video game
that is substantially similar to the Game.` },
  { batch: 10, types: [], style: 'english', text: `Completion shall take place at the offices of the Buyer's Solicitors immediately after signing.` },
  { batch: 10, types: ['non-solicit'], style: 'plain', text: `Neither of us will try to lure away the other's employees during this agreement or for a year after it ends.` },
  { batch: 10, types: ['non-solicit'], style: 'english', text: `The Seller shall not, for two years from Completion, deal with or seek the custom of any person who was a client of the Company in the 12 months before Completion.` },
  { batch: 10, types: [], style: 'us', text: `Distributor shall be responsible for soliciting and accepting orders from customers in the Territory and for collecting payment from them.` },
  { batch: 10, types: ['most-favored'], style: 'plain', text: `If you give any other customer a lower price for the same service, you must give us that price too.` },
  { batch: 10, types: ['most-favored'], style: 'commonwealth', text: `The Supplier warrants that the rates in Schedule 2 are no higher than the rates it charges any other government agency for equivalent services.` },
  { batch: 10, types: [], style: 'english', text: `The Licensee shall treat the Licensor's Confidential Information with no less care than it treats its own confidential information.` },
  { batch: 10, types: ['joint-ip'], may: ['ip-ownership'], style: 'us', text: `Any Invention made jointly by employees of Company and of Collaborator shall be co-owned by the Parties, each of which may practise it without accounting to the other.` },
  { batch: 10, types: ['joint-ip'], may: ['ip-ownership'], style: 'plain', text: `Whatever we develop together in the pilot will be shared property of both of us.` },
  { batch: 10, types: [], style: 'english', text: `The Parties shall jointly select an independent expert to determine the dispute.` },
  { batch: 10, types: ['ip-ownership'], style: 'plain', text: `We own the designs we make for you until you pay in full. Once you pay, the designs and the copyright in them are yours.` },
  { batch: 10, types: ['ip-ownership'], style: 'edgar', text: `     8.1  Assignment of Inventions.  Employee agrees to assign and
does hereby assign to the Company all inventions conceived by Employee
during the period of employment that relate to the Company's business.` },
  { batch: 10, types: [], style: 'commonwealth', text: `Ownership of the hire vehicles remains with the Owner, and the Hirer has no right to sell or pledge them.` },
  { batch: 10, types: ['covenant-not-to-sue'], style: 'plain', text: `You agree you won't question whether our trade marks are valid or whether we own them.` },
  { batch: 10, types: ['covenant-not-to-sue'], style: 'english', text: `Each party waives, and undertakes not to bring, any claim against the other for infringement of the Cross-Licensed Patents in respect of acts done before the Effective Date.` },
  { batch: 10, types: [], style: 'us', text: `Licensee shall promptly notify Licensor of any suspected infringement of the Licensed Patents by a third party.` },
  { batch: 10, types: ['minimum-commitment'], style: 'plain', text: `You commit to spending at least $20,000 a year with us on advertising.` },
  { batch: 10, types: ['minimum-commitment'], style: 'english', text: `If in any Contract Year the Distributor purchases fewer Products than the Annual Target, the Supplier may end the exclusivity in clause 3 by notice.` },
  { batch: 10, types: [], style: 'commonwealth', text: `The Contractor must give the Principal at least 20 Business Days' notice before starting the Works.` },
  { batch: 10, types: ['change-of-control'], style: 'english', text: `The Licensee shall notify the Licensor within 14 days if any person comes to hold more than 50% of the voting rights in the Licensee, and the Licensor may then terminate this Licence.` },
  { batch: 10, types: ['change-of-control'], style: 'plain', text: `If your company is sold, this licence ends unless we agree in writing that it continues.` },
  { batch: 10, types: [], style: 'us', text: `Company shall maintain adequate internal controls over financial reporting and shall notify Licensor of any material weakness.` },
];

// ---- the twenty-second batch (batch: 22; TWENTY_SECOND_TYPES; tag22, 2026-11-30 19:00 UTC), written before its author
// read any cue, word class or frame of src/tag or ran the tagger on it, weighted to the types the unfitted batches 18-21
// recalled least before their rounds (third-party beneficiary 10/30, change of control 8/18, non-compete 11/21,
// anti-assignment 13/22, exclusivity 13/21, volume 13/21), with most-favoured, covenant-not-to-sue, price restriction and
// minimum commitment; in Irish, New Zealand, South African, Hong Kong and Canadian drafting, US legalese and plain-language
// terms, and German, Spanish, Korean and Chinese contracts in translation, with and without headings.
const TWENTY_SECOND_BATCH: readonly HeldOutClause[] = [
  // third-party-beneficiary
  { batch: 22, types: ['third-party-beneficiary'], style: 'irish', text: `Clause 14.3 is intended to benefit each of the Supplier's subcontractors, and, notwithstanding the rule of privity of contract, each such subcontractor may rely on and enforce that clause as though it were a party to this Agreement.` },
  { batch: 22, types: ['third-party-beneficiary'], style: 'newzealand', text: `Each Indemnified Person is a designated person for the purposes of subpart 1 of Part 2 of the Contract and Commercial Law Act 2017, and clause 12 is intended to confer a benefit on each of them.` },
  { batch: 22, types: ['third-party-beneficiary'], style: 'southafrican', text: `9.4 Stipulatio alteri. The provisions of this clause 9 constitute a stipulation for the benefit of each Group Company, which may be accepted by any Group Company at any time by written notice to the Supplier.` },
  { batch: 22, types: ['third-party-beneficiary'], style: 'hongkong', text: `21.1 Each member of the Bank Group may, under the Contracts (Rights of Third Parties) Ordinance (Cap. 623), enforce Clause 10 (Data Security) against the Vendor in its own name.` },
  { batch: 22, types: ['third-party-beneficiary'], style: 'german', text: `The Licensor's obligations under § 7 (Support) shall also apply for the benefit of the affiliated companies of the Licensee within the meaning of §§ 15 et seq. of the German Stock Corporation Act, which shall be entitled to demand performance directly from the Licensor (§ 328 BGB).` },
  { batch: 22, types: ['third-party-beneficiary'], style: 'korean', text: `Article 18 (Rights of End Users) Party B agrees that the end users of the Products may claim the warranty performance under Article 11 directly against Party B, and Party B shall not refuse such a claim on the ground that the end users are not parties to this Agreement.` },
  { batch: 22, types: ['third-party-beneficiary'], style: 'chinese', text: `Party B's obligations under Article 6 shall also be owed to the affiliated enterprises of Party A, each of which may request Party B to perform them directly; where Party B fails to do so, it shall bear liability for breach of contract towards that affiliated enterprise.` },
  { batch: 22, types: ['third-party-beneficiary'], style: 'plain', text: `Our hosting provider can also hold you to the acceptable use rules in section 4, just as we can.` },
  { batch: 22, types: [], style: 'irish', text: `Save as expressly stated otherwise, the parties do not intend that any term of this Agreement shall be enforceable by any person who is not a party to it.` },
  { batch: 22, types: [], style: 'newzealand', text: `The Customer is responsible for the acts and omissions of its Authorised Users as if they were the Customer's own acts and omissions.` },
  { batch: 22, types: [], style: 'chinese', text: `Party A may entrust a third party to carry out the acceptance inspection of the Products, and the inspection report issued by such third party shall be binding on both Parties.` },
  // change-of-control
  { batch: 22, types: ['change-of-control'], style: 'canadian', text: `The Licensor may terminate this Agreement on 30 days' written notice if the Licensee ceases to be controlled, directly or indirectly, by Maple Ridge Holdings Inc.` },
  { batch: 22, types: ['change-of-control'], style: 'irish', text: `Should any person, alone or together with any person connected with him, become the holder of shares carrying more than 50 per cent of the voting rights at general meetings of the Distributor, the Supplier shall be entitled to terminate this Agreement forthwith by notice in writing.` },
  { batch: 22, types: ['change-of-control'], may: ['assignment'], style: 'southafrican', text: `Any change in the control of the Licensee, whether by the sale of shares, the issue of new shares or otherwise, shall be deemed to be a cession of this Agreement requiring the Licensor's prior written consent.` },
  { batch: 22, types: ['change-of-control'], style: 'hongkong', text: `The Borrower shall procure that Mr. Chan Tai Man remains the legal and beneficial owner of at least 51 per cent. of its issued share capital throughout the Facility Period.` },
  { batch: 22, types: ['change-of-control'], style: 'spanish', text: `In the event of a modification of the shareholding structure of the Distributor whereby its current shareholders cease to hold the majority of its share capital, the Supplier may terminate the Agreement early, without any compensation accruing to the Distributor.` },
  { batch: 22, types: ['change-of-control'], style: 'korean', text: `If the largest shareholder of Party B changes, Party B shall notify Party A in writing within seven (7) days, and Party A may terminate this Agreement by written notice.` },
  { batch: 22, types: ['change-of-control'], style: 'plain', text: `If we're bought by another company, we'll tell you within 30 days, and you can cancel and get a refund for the unused part of your subscription.` },
  { batch: 22, types: ['change-of-control'], style: 'us', text: `Upon the consummation of any transaction or series of related transactions pursuant to which any Person or "group" acquires beneficial ownership of securities representing more than fifty percent (50%) of the combined voting power of Licensee, all licenses granted hereunder shall, at Licensor's election, terminate.` },
  { batch: 22, types: [], style: 'canadian', text: `The Licensee shall notify the Licensor within 14 days of any change in its registered office or in the composition of its board of directors.` },
  { batch: 22, types: [], style: 'hongkong', text: `No Shareholder shall transfer any Shares except in accordance with Clause 8 (Pre-emption Rights).` },
  { batch: 22, types: [], style: 'us', text: `Licensee shall control the prosecution and maintenance of the Joint Patents, at its own expense, in the countries listed in Exhibit C.` },
  // non-compete
  { batch: 22, types: ['non-compete'], style: 'irish', text: `The Vendor covenants with the Purchaser that he will not, for two years after Completion and within a radius of twenty miles of the Premises, own, manage or work in any licensed premises.` },
  { batch: 22, types: ['non-compete'], style: 'southafrican', text: `The Seller undertakes in favour of the Purchaser that it shall not, for a period of 3 (three) years after the Effective Date, be interested or engaged, whether directly or indirectly, in any business which manufactures irrigation equipment within the Republic of South Africa.` },
  { batch: 22, types: ['non-compete'], style: 'newzealand', text: `While this agreement is in force and for six months afterwards, the Contractor must not provide herd testing services to any farm owner in the Waikato region other than through the Company.` },
  { batch: 22, types: ['non-compete'], style: 'german', text: `During the term of this Agreement, the Licensee shall refrain from manufacturing, distributing or otherwise exploiting, itself or through third parties, any products which compete with the Contract Products.` },
  { batch: 22, types: ['non-compete'], style: 'chinese', text: `During the cooperation period and within two years after its termination, Party B shall not itself produce or operate, or produce or operate for others, products of the same category as those of Party A.` },
  { batch: 22, types: ['non-compete'], style: 'plain', text: `For one year after your last shift, you agree not to open a dog grooming salon within ten miles of any of our locations.` },
  { batch: 22, types: ['non-compete'], style: 'canadian', text: `The Franchisee shall not, during the Term, own, operate or have any interest in any business that sells fitness memberships in the Province of Alberta, other than the Franchised Business.` },
  { batch: 22, types: [], style: 'us', text: `Each party acknowledges that the other may independently develop products that compete with its own, and nothing herein shall restrict such development, provided that no Confidential Information is used.` },
  { batch: 22, types: [], style: 'irish', text: `The Employee shall devote the whole of his working time and attention to the business of the Company during normal working hours.` },
  { batch: 22, types: [], style: 'german', text: `The Supplier shall inform the Purchaser without delay if a competitor of the Purchaser requests the supply of goods manufactured with the Purchaser's tools.` },
  // assignment
  { batch: 22, types: ['assignment'], style: 'southafrican', text: `Neither Party shall be entitled to cede, assign, delegate or make over any of its rights or obligations under this Agreement without the prior written consent of the other Party.` },
  { batch: 22, types: ['assignment'], style: 'hongkong', text: `The Customer may not novate or otherwise part with this Agreement or any benefit under it, save to a wholly-owned subsidiary on written notice to the Service Provider.` },
  { batch: 22, types: ['assignment'], style: 'korean', text: `Neither Party may transfer to a third party, or provide as collateral, all or any part of its rights and obligations hereunder without the prior written consent of the other Party.` },
  { batch: 22, types: ['assignment'], style: 'chinese', text: `Without the written consent of Party A, Party B shall not transfer its rights and obligations under this Contract in whole or in part to any third party.` },
  { batch: 22, types: ['assignment'], style: 'plain', text: `This license is just for you. You can't give it, sell it or lend it to anyone else.` },
  { batch: 22, types: ['assignment'], style: 'us', text: `Any purported assignment or delegation in violation of this Section 12.3 shall be null and void.` },
  { batch: 22, types: ['assignment'], style: 'canadian', text: `This Agreement and the rights hereunder are personal to the Licensee and shall not be mortgaged, charged or otherwise encumbered, or transferred by operation of law or otherwise, without the prior written consent of the Licensor, which consent may be arbitrarily withheld.` },
  { batch: 22, types: [], style: 'us', text: `The Consultant hereby assigns to the Company all right, title and interest in and to the Work Product.` },
  { batch: 22, types: [], style: 'newzealand', text: `The Supplier will assign suitably qualified personnel to each work package and will not remove the Key Personnel without the Customer's approval.` },
  { batch: 22, types: [], style: 'southafrican', text: `Ownership of the Goods shall pass to the Purchaser on payment of the Purchase Price in full, but risk shall pass on delivery.` },
  // exclusivity
  { batch: 22, types: ['exclusivity'], style: 'newzealand', text: `The Vendor appoints the Agent as its sole agent to sell the Property, and the Vendor will not list the Property with any other agent during the Agency Period.` },
  { batch: 22, types: ['exclusivity'], style: 'spanish', text: `The Principal entrusts the Agent, on an exclusive basis, with the representation of its products in the autonomous communities of Catalonia and Aragon, and undertakes not to appoint other agents in said territory.` },
  { batch: 22, types: ['exclusivity'], style: 'irish', text: `The Customer shall purchase from the Supplier, and from no other person, all of the liquefied petroleum gas required for use at the Premises.` },
  { batch: 22, types: ['exclusivity'], style: 'hongkong', text: `The Licensee shall be the only operator permitted by the Airport Authority to provide food and beverage services within the Terminal Building during the Term.` },
  { batch: 22, types: ['exclusivity'], style: 'german', text: `The Licensor shall not grant any further licences under the Contractual Patents within the Contract Territory for the duration of this Agreement.` },
  { batch: 22, types: [], style: 'newzealand', text: `Nothing in this Agreement prevents the Agency from procuring services similar to the Services from any other person.` },
  { batch: 22, types: [], style: 'spanish', text: `The Agent shall act with exclusive regard to the interests of the Principal in all negotiations conducted on its behalf.` },
  // volume-restriction
  { batch: 22, types: ['volume-restriction'], style: 'southafrican', text: `The Licensee shall not extract more than 120 000 tonnes of sand from the Licence Area in any calendar year.` },
  { batch: 22, types: ['volume-restriction'], style: 'chinese', text: `The annual production volume of the licensed products by Party B shall not exceed 300,000 sets; production beyond this volume requires the separate written consent of Party A.` },
  { batch: 22, types: ['volume-restriction'], style: 'plain', text: `Your Starter plan lets up to three people use the app at the same time.` },
  { batch: 22, types: ['volume-restriction'], style: 'canadian', text: `The Licensee's harvest from the Licence Area in any year shall be limited to the allowable annual cut of 85,000 cubic metres determined by the chief forester.` },
  { batch: 22, types: ['volume-restriction'], style: 'korean', text: `Party B may manufacture the Licensed Products only up to 50,000 units per year, and shall obtain Party A's prior written approval for any quantity in excess thereof.` },
  { batch: 22, types: [], style: 'us', text: `Orders for more than 5,000 units in a single month shall be delivered in instalments over the following two months.` },
  { batch: 22, types: [], style: 'german', text: `The total liability of the Supplier under this Agreement shall not exceed EUR 500,000 per contract year.` },
  // most-favored
  { batch: 22, types: ['most-favored'], style: 'german', text: `If the Supplier supplies comparable quantities of the Goods to another customer in Germany at lower prices, it shall grant the Purchaser these lower prices from the same date.` },
  { batch: 22, types: ['most-favored'], style: 'korean', text: `If Party A supplies the Products to any other distributor in the Territory at a price lower than the price applicable to Party B, Party A shall apply the same price to Party B from the date of such supply.` },
  { batch: 22, types: ['most-favored'], style: 'hongkong', text: `The Service Provider shall extend to the Bank any discount, rebate or more advantageous term which it grants to any other financial institution in Hong Kong for services of a substantially similar nature and volume.` },
  { batch: 22, types: ['most-favored'], style: 'plain', text: `If we ever charge another school less for the same plan, you'll get that price too.` },
  { batch: 22, types: [], style: 'plain', text: `Customers who pay annually get 15% off compared with paying month to month.` },
  { batch: 22, types: [], style: 'irish', text: `The Supplier shall charge the Customer the prices set out in its published price list as in force from time to time.` },
  // covenant-not-to-sue
  { batch: 22, types: ['covenant-not-to-sue'], style: 'korean', text: `Party A shall not raise any claim, lawsuit or other objection against Party B or its customers on the ground that the Products manufactured by Party B infringe the Patents of Party A.` },
  { batch: 22, types: ['covenant-not-to-sue'], style: 'spanish', text: `The Licensee waives any action for the annulment of the Licensed Patents and shall not bring, nor assist third parties in bringing, opposition or nullity proceedings against them before the Spanish Patent and Trademark Office.` },
  { batch: 22, types: ['covenant-not-to-sue'], style: 'plain', text: `As long as you follow this license, we promise we won't take you to court for patent infringement over your use of the code.` },
  { batch: 22, types: [], style: 'canadian', text: `Each Party shall bear its own costs of any proceeding brought under this Article, unless the arbitrator orders otherwise.` },
  { batch: 22, types: [], style: 'southafrican', text: `The Licensor shall not be liable for any claim brought by a third party alleging that the Products infringe its intellectual property rights.` },
  // price-restriction
  { batch: 22, types: ['price-restriction'], style: 'spanish', text: `The Distributor shall resell the Products at the recommended retail prices communicated by the Supplier and shall not grant discounts exceeding 5% without the Supplier's approval.` },
  { batch: 22, types: ['price-restriction'], style: 'chinese', text: `Party B shall not sell the Products in the Territory at a price lower than the minimum retail price notified by Party A in writing from time to time.` },
  { batch: 22, types: ['price-restriction'], style: 'newzealand', text: `The Fees are fixed for the first 24 months of the Term. After that, we may increase them once a year by no more than the movement in the CPI.` },
  { batch: 22, types: [], style: 'hongkong', text: `The Purchase Price shall be paid in three equal instalments on the dates set out in Schedule 4.` },
  // minimum-commitment
  { batch: 22, types: ['minimum-commitment'], style: 'southafrican', text: `The Customer shall purchase not less than 2 400 tonnes of the Product in each Contract Year, failing which it shall pay the Supplier for the shortfall at the Take-or-Pay Price.` },
  { batch: 22, types: ['minimum-commitment'], may: ['exclusivity'], style: 'chinese', text: `Party B undertakes that its annual purchases of the Products shall amount to no less than RMB 5,000,000; if Party B fails to reach this amount, Party A shall have the right to cancel Party B's exclusive distribution right.` },
  { batch: 22, types: ['minimum-commitment'], style: 'plain', text: `To stay a Certified Partner you'll need to book at least 40 training days a year with us.` },
  { batch: 22, types: [], style: 'us', text: `Customer may order up to 1,000 additional Licenses at the prices set forth in Exhibit B at any time during the first Contract Year.` },
];

// ---- the twenty-third batch (batch: 23; TWENTY_THIRD_TYPES; tag23, 2026-11-30 21:50 UTC), written before its author
// read any cue, word class or frame of src/tag or ran the tagger on it, weighted to the types the unfitted batches 18-22
// recalled least before their rounds, pooled (third-party beneficiary 13/38, change of control 12/26, non-compete 15/28,
// anti-assignment 18/29, most-favoured 9/14, exclusivity 17/26, volume 17/26, minimum commitment 4/6, covenant-not-to-sue
// 14/20), in Israeli, Nigerian, Kenyan, Malaysian, Philippine, Scandinavian and Polish drafting in English, Japanese and
// Italian contracts in translation, statutory-style numbered paragraphs, purchase-order terms and plain-English consumer
// terms, with and without headings; 53 clauses and 21 near misses.
const TWENTY_THIRD_BATCH: readonly HeldOutClause[] = [
  // third-party-beneficiary
  { batch: 23, types: ['third-party-beneficiary'], style: 'israeli', text: `Each of the Company's Affiliates shall be entitled to enforce the provisions of Section 9 (Indemnification) against the Supplier, and for this purpose this Agreement shall be deemed a contract for the benefit of a third party within the meaning of Section 34 of the Contracts (General Part) Law, 5733-1973.` },
  { batch: 23, types: ['third-party-beneficiary'], style: 'malaysian', text: `The Contractor acknowledges that the Employer's financiers shall be entitled to the benefit of the warranties given in Clause 18 and may take action against the Contractor in respect thereof in their own names.` },
  { batch: 23, types: ['third-party-beneficiary'], style: 'japanese', text: `Article 15 (Rights of Group Companies) The Licensor agrees that the rights of the Licensee under Article 8 (Warranty) may also be exercised by the group companies of the Licensee listed in Appendix 2 in their own names.` },
  { batch: 23, types: ['third-party-beneficiary'], style: 'consumer', text: `Anyone in your household who uses the device with your permission can also make a claim under this guarantee.` },
  { batch: 23, types: ['third-party-beneficiary'], style: 'statutory', text: `(2) The benefit of sub-paragraph (1) is conferred on each Protected Person, and each Protected Person may recover its loss under that sub-paragraph in proceedings brought in its own name.` },
  { batch: 23, types: ['third-party-beneficiary'], style: 'nigerian', text: `The Principal's obligations in Clause 6 are undertaken also for the benefit of the Sub-Distributors, and any Sub-Distributor may sue the Principal in its own name for a breach thereof, privity of contract notwithstanding.` },
  { batch: 23, types: ['third-party-beneficiary'], style: 'scandinavian', text: `The Subcontractor's warranty obligations pursuant to Article 14 may be invoked directly by the Owner against the Subcontractor, irrespective of the fact that no contractual relationship exists between them.` },
  { batch: 23, types: ['third-party-beneficiary'], style: 'purchaseorder', text: `9. WARRANTY. Seller's warranties under this Order extend to Buyer, its successors, assigns and customers and to the users of Buyer's products, each of whom may rely on them.` },
  { batch: 23, types: [], style: 'kenyan', text: `Save as provided in clause 19.2, a person who is not a party to this Agreement has no right to enforce any of its terms.` },
  { batch: 23, types: [], style: 'polish', text: `The Contractor shall be liable for the acts and omissions of its subcontractors as for its own acts and omissions.` },
  { batch: 23, types: [], style: 'purchaseorder', text: `Buyer may disclose Seller's drawings to its customers and to any third party engaged to carry out inspection on Buyer's behalf.` },
  // change-of-control
  { batch: 23, types: ['change-of-control'], style: 'israeli', text: `If the controlling shareholder of the Company (as defined in the Securities Law, 5728-1968) changes, the Licensor may terminate this Agreement by 30 days' written notice.` },
  { batch: 23, types: ['change-of-control'], style: 'nigerian', text: `Where the Concessionaire's shareholding is restructured such that the Core Investor holds less than 51% of its equity, the Grantor shall be entitled to review the terms of this Concession or to terminate it.` },
  { batch: 23, types: ['change-of-control'], style: 'philippine', text: `The Franchisee shall not, without the prior written consent of the Franchisor, permit any change in the ownership of more than twenty percent (20%) of its outstanding capital stock, and any such change made without consent shall be a ground for the termination of this Agreement.` },
  { batch: 23, types: ['change-of-control'], style: 'japanese', text: `In the event that Party B becomes a subsidiary of another company as a result of a merger, share exchange, share transfer or the like, Party B shall notify Party A in advance, and Party A may cancel this Agreement without any demand.` },
  { batch: 23, types: ['change-of-control'], style: 'italian', text: `Should the Distributor's business be transferred, even by way of lease of the going concern, or should the persons holding control of the Distributor within the meaning of Article 2359 of the Civil Code change, the Principal may withdraw from this Agreement with immediate effect.` },
  { batch: 23, types: ['change-of-control'], style: 'consumer', text: `If another business takes over Brightline, your account and this agreement will move to them, and we'll email you before that happens.` },
  { batch: 23, types: ['change-of-control'], style: 'polish', text: `Any change in the partners of the Contractor holding jointly more than half of the votes at the shareholders' meeting shall be notified to the Employer in advance, and the Employer may terminate the Contract within 30 days of receiving such notification.` },
  { batch: 23, types: ['change-of-control'], style: 'scandinavian', text: `Should a competitor of the Customer acquire a decisive influence over the Supplier, the Customer shall be entitled to terminate the Agreement with three months' notice.` },
  { batch: 23, types: [], style: 'malaysian', text: `The Company shall notify the Bank of any change in its name, constitution or principal place of business within fourteen (14) days of such change.` },
  { batch: 23, types: [], style: 'scandinavian', text: `The project manager appointed by the Supplier shall not be replaced without the Customer's consent, which shall not be unreasonably withheld.` },
  { batch: 23, types: [], style: 'statutory', text: `(5) Control of the Works passes to the Employer on the date stated in the Taking-Over Certificate, and the Contractor ceases to be responsible for their care from that date.` },
  // non-compete
  { batch: 23, types: ['non-compete'], style: 'israeli', text: `During the term of his engagement and for twelve months thereafter, the Consultant shall not engage, whether as an employee, consultant, shareholder or otherwise, in any activity competing with the Company's business, in Israel or abroad.` },
  { batch: 23, types: ['non-compete'], may: ['exclusivity'], style: 'kenyan', text: `The Agent shall not, during the continuance of this Agreement, act as agent for or otherwise represent any manufacturer of motor vehicle batteries in Kenya other than the Principal.` },
  { batch: 23, types: ['non-compete'], style: 'malaysian', text: `The Vendor shall not, within the States of Selangor and Negeri Sembilan, carry on the business of a palm oil mill, whether on its own account or jointly with any other person, for three (3) years from the Completion Date.` },
  { batch: 23, types: ['non-compete'], style: 'italian', text: `For the two years following the termination of the agency contract, the Agent shall refrain from carrying out, in the territory entrusted to him, any activity in competition with the Principal in respect of the same products, pursuant to Article 1751-bis of the Civil Code.` },
  { batch: 23, types: ['non-compete'], style: 'consumer', text: `While you're a partner on our platform, you can't run your own delivery app in the same city.` },
  { batch: 23, types: ['non-compete'], style: 'polish', text: `During the term of the Agreement the Manager undertakes not to conduct any business activity competitive to the Company, either on his own account or on behalf of third parties, in particular as a member of the management board of a competing entity.` },
  { batch: 23, types: ['non-compete'], style: 'philippine', text: `The Lessee shall not, during the Lease Period, operate or allow to be operated any other gasoline service station within a two (2) kilometer radius of the Leased Premises.` },
  { batch: 23, types: [], style: 'nigerian', text: `The Distributor shall keep the Products separate from competing products in its warehouse and shall display them prominently at each of its outlets.` },
  { batch: 23, types: [], style: 'japanese', text: `Party A shall promptly notify Party B if it becomes aware that a competitor of Party B has filed a patent application relating to the Technology.` },
  { batch: 23, types: [], style: 'israeli', text: `The Consultant shall disclose to the Company any other engagement he undertakes during the term of this Agreement, so that any conflict of interest may be identified in good time.` },
  // assignment (anti-assignment)
  { batch: 23, types: ['assignment'], style: 'polish', text: `The Contractor may not transfer any receivables arising under this Agreement to a third party without the prior consent of the Employer expressed in writing under pain of nullity (Article 509 of the Civil Code).` },
  { batch: 23, types: ['assignment'], style: 'japanese', text: `Article 21 (Prohibition of Transfer of Rights) Neither Party shall transfer or pledge to a third party any of its rights or obligations arising under this Agreement, or its status as a party hereto, without the prior written approval of the other Party.` },
  { batch: 23, types: ['assignment'], style: 'italian', text: `The Licensee may not assign this Agreement pursuant to Article 1406 of the Civil Code, nor sub-license the rights granted hereunder, without the Licensor's prior written consent.` },
  { batch: 23, types: ['assignment'], style: 'statutory', text: `(1) The Licence Holder must not transfer, lease or otherwise dispose of the Licence, or any interest in it, except with the approval of the Commission under paragraph (2).` },
  { batch: 23, types: ['assignment'], style: 'consumer', text: `Your ticket is for you only. It can't be resold or handed over to someone else, and if it is, we can refuse entry.` },
  { batch: 23, types: ['assignment'], style: 'philippine', text: `The rights of the Lessee under this Contract of Lease shall not be assigned, nor shall the Leased Premises be sublet in whole or in part, without the written conformity of the Lessor.` },
  { batch: 23, types: ['assignment'], style: 'purchaseorder', text: `Seller shall not delegate performance of this Order or assign any monies due or to become due hereunder without Buyer's prior written consent.` },
  { batch: 23, types: [], style: 'purchaseorder', text: `Seller shall transfer title to the Goods to Buyer upon delivery at the destination named in this Order.` },
  { batch: 23, types: [], style: 'kenyan', text: `The Employer may assign the Consultant additional tasks within the scope of Schedule 1, subject to an adjustment of the fees.` },
  // most-favored
  { batch: 23, types: ['most-favored'], style: 'scandinavian', text: `Should the Supplier during the Agreement period offer the same Services to another public authority in Norway on more favourable price terms, the Customer shall be entitled to the same terms with effect from the date they were offered.` },
  { batch: 23, types: ['most-favored'], style: 'philippine', text: `The Supplier warrants that the prices quoted herein are not higher than those charged by it to any other government agency for the same items under similar conditions, and any lower price it subsequently grants shall be extended to the Procuring Entity.` },
  { batch: 23, types: ['most-favored'], style: 'israeli', text: `If the Licensor grants to another licensee in Israel a royalty rate lower than the rate set out in Section 5.1, the rate payable by the Licensee shall be reduced to such lower rate as from the date of that grant.` },
  { batch: 23, types: ['most-favored'], style: 'italian', text: `Where the Supplier applies to other Italian distributors of comparable size economic conditions better than those of this Agreement, it shall apply the same conditions to the Distributor.` },
  { batch: 23, types: ['most-favored'], style: 'consumer', text: `Price promise: if we sell the same model to a new customer for less in the same month, we'll refund you the difference.` },
  { batch: 23, types: [], style: 'statutory', text: `(3) The contracting authority shall treat all tenderers equally and shall give each of them the same information at the same time.` },
  { batch: 23, types: [], style: 'nigerian', text: `The Distributor shall be entitled to a volume rebate of 3% on purchases exceeding ₦50,000,000 in any Quarter.` },
  // exclusivity
  { batch: 23, types: ['exclusivity'], style: 'kenyan', text: `The Principal shall not, during the term of this Agreement, appoint any other person to sell the Products within the Territory, nor sell them there itself.` },
  { batch: 23, types: ['exclusivity'], style: 'malaysian', text: `Throughout the Concession Period, the Government shall not award to any other party a concession for the collection of toll on any highway running parallel to the Expressway within a distance of 5 kilometres.` },
  { batch: 23, types: ['exclusivity'], may: ['non-compete', 'volume-restriction'], style: 'purchaseorder', text: `Seller shall reserve the entire output of Line 3 at its Penang plant for Buyer and shall not manufacture the Parts for any other customer.` },
  { batch: 23, types: ['exclusivity'], style: 'japanese', text: `Party A shall entrust the sale of the Products in Japan solely to Party B, and shall not sell them directly or through any person other than Party B.` },
  { batch: 23, types: ['exclusivity'], style: 'italian', text: `The Supplier undertakes not to supply the Products, either directly or through intermediaries, to other resellers operating in the Region of Lombardy for the entire duration of the contract (Article 1567 of the Civil Code).` },
  { batch: 23, types: [], style: 'scandinavian', text: `The Customer is not obliged to purchase any minimum volume and may also purchase similar services from other suppliers.` },
  { batch: 23, types: [], style: 'polish', text: `The Contractor shall perform the Works exclusively with the use of materials approved by the Engineer.` },
  // volume-restriction
  { batch: 23, types: ['volume-restriction'], style: 'nigerian', text: `The quantity of crude oil lifted by the Offtaker under this Agreement shall not exceed 20,000 barrels per day without the prior written approval of the Seller.` },
  { batch: 23, types: ['volume-restriction'], style: 'scandinavian', text: `The licence entitles the Customer to process no more than 500,000 transactions per calendar month; transactions above that figure require an additional licence.` },
  { batch: 23, types: ['volume-restriction'], style: 'consumer', text: `You can download up to 5 e-books each month with the Basic plan. Unused downloads don't roll over.` },
  { batch: 23, types: ['volume-restriction'], style: 'japanese', text: `The number of units of the Licensed Product that Party B may manufacture in any fiscal year is limited to the quantity separately agreed upon in writing by the Parties.` },
  { batch: 23, types: ['volume-restriction'], style: 'statutory', text: `(4) A permit holder shall not abstract water in excess of the daily quantity specified in the permit.` },
  { batch: 23, types: [], style: 'malaysian', text: `The Purchaser may increase the quantity ordered by up to ten per cent (10%) by notice given not later than 14 days before the delivery date.` },
  { batch: 23, types: [], style: 'purchaseorder', text: `Quantities shown on this Order are estimates only; Buyer will issue releases against this Order as its requirements become known.` },
  // minimum-commitment
  { batch: 23, types: ['minimum-commitment'], style: 'philippine', text: `The Distributor shall lift a minimum of 10,000 bags of cement every month from the Manufacturer's plant in Bulacan.` },
  { batch: 23, types: ['minimum-commitment'], style: 'polish', text: `The Purchaser undertakes to collect not less than 80% of the quantity of electricity specified in the Annex in each Contract Year, and shall pay for any shortfall at the contract price.` },
  { batch: 23, types: ['minimum-commitment'], may: ['royalty'], style: 'israeli', text: `Commencing in the third year of this Agreement, the Licensee shall pay the Licensor minimum annual royalties of US$50,000, against which royalties actually paid in respect of that year shall be credited.` },
  // (Relabelled a near miss by tag26: a discount that depends on spending binds no one to buy; falling short only costs the
  // discount, so no party has a minimum to purchase, which CUAD's Minimum Commitment asks for. Missed before and after.)
  { batch: 23, types: [], style: 'consumer', text: `Your discount depends on you spending $500 or more with us each quarter. If you don't, we'll move you back to standard prices.` },
  // (Written as a near miss; CUAD's Minimum Commitment, which the type maps, asks for 'a minimum order size' too, so the
  // type may be given: corrected after the first measurement, where it counted as a false tag.)
  { batch: 23, types: [], may: ['minimum-commitment'], style: 'kenyan', text: `The minimum order quantity for each delivery is 200 cartons, and orders for less will not be accepted.` },
  { batch: 23, types: [], style: 'italian', text: `The Agent shall be entitled to a commission of 6% on all orders accepted by the Principal from customers in the Territory.` },
  // covenant-not-to-sue
  { batch: 23, types: ['covenant-not-to-sue'], style: 'italian', text: `The Licensee undertakes not to contest, either in court or before the Italian Patent and Trademark Office, the validity of the Licensed Patents, nor to assist third parties in doing so.` },
  { batch: 23, types: ['covenant-not-to-sue'], style: 'scandinavian', text: `The Parties hereby release each other from all claims relating to the Disputed Patents arising prior to the Effective Date, whether known or unknown.` },
  { batch: 23, types: ['covenant-not-to-sue'], style: 'consumer', text: `We won't come after you or your customers for using our patents in the app as long as you stick to this licence.` },
  { batch: 23, types: ['covenant-not-to-sue'], style: 'japanese', text: `Party A shall not exercise any rights under the Licensed Patents against Party B, its subsidiaries or their customers with respect to the Products.` },
  { batch: 23, types: [], style: 'nigerian', text: `Neither party shall commence court proceedings in respect of a Dispute until the mediation process in clause 20 has been exhausted, save for urgent interlocutory relief.` },
  { batch: 23, types: [], style: 'israeli', text: `The Licensor shall have the first right to bring an action against any third party infringing the Licensed Patents in Israel.` },
];

// ---- the twenty-fourth batch (batch: 24; TWENTY_FOURTH_TYPES; tag24, 2026-12-01 00:50 UTC), written before its author
// read any cue, word class or frame of src/tag or ran the tagger on it, weighted to the types the unfitted batches 18-23
// recalled least before their rounds, pooled (third-party beneficiary 14/46, change of control 15/34, non-compete 18/35,
// anti-assignment 22/36, covenant-not-to-sue 16/24, exclusivity 20/31, minimum commitment 6/10, volume 21/31,
// most-favoured 13/19), in South African, Indian, Singaporean, Hong Kong and Canadian drafting, Quebec, German and Korean
// contracts in translation, US government contracts and subcontracts, click-through SaaS terms and US franchise
// agreements, with and without headings; 53 clauses and 21 near misses.
const TWENTY_FOURTH_BATCH: readonly HeldOutClause[] = [
  // third-party-beneficiary
  { batch: 24, types: ['third-party-beneficiary'], style: 'southafrican', text: `23.4 The provisions of clause 11 (Warranties) constitute a stipulatio alteri in favour of each member of the Purchaser's Group, which may be accepted by any of them by written notice to the Seller at any time before it is revoked.` },
  { batch: 24, types: ['third-party-beneficiary'], style: 'indian', text: `The Parties agree that the Group Entities of the Client, though not signatories to this Agreement, shall be entitled to avail themselves of the Services and to claim the indemnities under Clause 14 as if they were parties hereto.` },
  { batch: 24, types: ['third-party-beneficiary'], style: 'singapore', text: `Each Indemnified Person may rely on and enforce Clause 9 (Indemnities) under the Contracts (Rights of Third Parties) Act 2001, subject to Clause 24.3.` },
  { batch: 24, types: ['third-party-beneficiary'], style: 'hongkong', text: `17.6 The Bank's Related Entities shall have the right to enforce the limitation of liability in this Clause 17 as though references therein to the Bank included each of them, in accordance with the Contracts (Rights of Third Parties) Ordinance (Cap. 623).` },
  { batch: 24, types: ['third-party-beneficiary'], style: 'quebec', text: `The Franchisor stipulates for the benefit of each franchisee of the network that the Supplier shall honour the prices set out in Schedule B; any such franchisee may demand their application directly from the Supplier in accordance with article 1444 of the Civil Code of Québec.` },
  { batch: 24, types: ['third-party-beneficiary'], style: 'german', text: `This Agreement is concluded also for the protection of the Licensee's employees (contract with protective effect for third parties), who shall be entitled to assert claims for damages against the Licensor directly.` },
  { batch: 24, types: ['third-party-beneficiary'], style: 'clickthrough', text: `The protections in this section also cover our hosting partners, and they can enforce them against you as if they had signed these Terms.` },
  { batch: 24, types: ['third-party-beneficiary'], style: 'usgov', text: `(e) The Contracting Officer may enforce the Subcontractor's obligations under paragraphs (b) through (d) of this clause on behalf of the United States as though the Government were a party to this subcontract.` },
  { batch: 24, types: ['third-party-beneficiary'], style: 'franchise', text: `Each Area Developer's sub-franchisees may take the benefit of Franchisor's training obligations in Section 7 and may require their performance from Franchisor without joining the Area Developer.` },
  { batch: 24, types: [], style: 'southafrican', text: `The Supplier shall ensure that its subcontractors comply with the confidentiality obligations in clause 12 as if they were parties to this agreement.` },
  { batch: 24, types: [], style: 'clickthrough', text: `You're responsible for making sure that everyone you invite to your workspace follows our Acceptable Use Policy.` },
  { batch: 24, types: [], style: 'singapore', text: `The Company may designate one of its Affiliates to receive the Deliverables on its behalf, and delivery to that Affiliate shall constitute delivery to the Company.` },
  // change-of-control
  { batch: 24, types: ['change-of-control'], style: 'southafrican', text: `Should any person, alone or together with its related or inter-related persons (as defined in the Companies Act, 2008), acquire a controlling interest in the Licensee, the Licensee shall notify the Licensor within 5 (five) business days, and the Licensor may cancel this agreement on 30 (thirty) days' written notice.` },
  { batch: 24, types: ['change-of-control'], style: 'indian', text: `In the event the Promoters cease to hold at least 51% (fifty one per cent) of the paid-up equity share capital of the Company, or cease to have the right to appoint a majority of its directors, the Investor shall have the right to terminate this Agreement forthwith.` },
  { batch: 24, types: ['change-of-control'], style: 'korean', text: `Article 19 (Change of Controlling Person) In the event of a change of the de facto controlling person of Party B, or a comprehensive transfer of Party B's business to another person, Party B shall notify Party A thereof without delay, and Party A may terminate this Agreement by written notice.` },
  { batch: 24, types: ['change-of-control'], style: 'german', text: `If a shareholder or group of shareholders acting in concert obtains, directly or indirectly, more than 50 % of the voting rights in the Distributor, the Manufacturer shall be entitled to terminate this Agreement extraordinarily for good cause.` },
  { batch: 24, types: ['change-of-control'], style: 'hongkong', text: `The Borrower shall procure that the Guarantor remains the legal and beneficial owner of not less than 75 per cent. of the issued shares of the Borrower, failing which the Lender may cancel the Facility and declare all amounts outstanding immediately due.` },
  { batch: 24, types: ['change-of-control'], may: ['assignment'], style: 'clickthrough', text: `If we're acquired by or merge with another company, your account and these Terms will go with the business, and we'll let you know by email first.` },
  { batch: 24, types: ['change-of-control'], may: ['assignment'], style: 'usgov', text: `If the Contractor's business is acquired by another entity through a purchase of all or substantially all of the assets involved in performing this contract, the Government may recognize the successor only by a novation agreement under FAR 42.1204, and until then the Contractor remains responsible for performance.` },
  { batch: 24, types: ['change-of-control'], may: ['assignment'], style: 'franchise', text: `14.2 Ownership Changes. A sale, transfer or issuance of any interest in Franchisee (if Franchisee is an entity) that results in a change in the persons who control Franchisee is a Transfer and requires Franchisor's prior written approval under this Section 14.` },
  { batch: 24, types: ['change-of-control'], style: 'quebec', text: `Any change in the control of the Distributor, within the meaning of the Taxation Act, shall be notified to the Supplier, who may then resiliate this contract upon sixty (60) days' notice.` },
  { batch: 24, types: [], style: 'indian', text: `Any change in the Key Personnel named in Annexure C shall require the prior approval of the Client, which shall not be unreasonably withheld.` },
  { batch: 24, types: [], style: 'canadian', text: `Control of the tooling remains with the Supplier until the Buyer has paid for it in full, after which the Supplier shall hold it as bailee for the Buyer.` },
  { batch: 24, types: [], style: 'korean', text: `The Steering Committee shall adopt resolutions by a majority of the votes of the members present, each Party holding one vote.` },
  // non-compete
  { batch: 24, types: ['non-compete'], style: 'southafrican', text: `RESTRAINT
The Seller undertakes to the Purchaser that it shall not, for a period of 24 (twenty-four) months from the Effective Date and within the Republic of South Africa, be interested or engaged, directly or indirectly, in any business which conducts the Business or any business similar thereto.` },
  { batch: 24, types: ['non-compete'], style: 'indian', text: `During the Term, the Franchisee shall not, directly or indirectly, own, manage or be associated with any quick-service restaurant offering products similar to the Products.` },
  { batch: 24, types: ['non-compete'], style: 'singapore', text: `For six months after ceasing to be engaged, the Consultant shall not be concerned in any business in Singapore that provides payroll outsourcing services in competition with the Company.` },
  { batch: 24, types: ['non-compete'], style: 'german', text: `§ 8 Prohibition of Competition
During the term of this Agreement the Licensee shall neither manufacture nor distribute products which compete with the Contract Products, nor participate in any undertaking which does so.` },
  { batch: 24, types: ['non-compete'], style: 'korean', text: `Party B shall not, during the term of this Agreement and for one (1) year thereafter, produce or sell, either directly or through a third party, any goods identical or similar to the Products.` },
  { batch: 24, types: ['non-compete'], style: 'franchise', text: `During the term of this Agreement, neither Franchisee nor any of its owners shall have any interest as an owner, lender, employee or consultant in any Competitive Business located within five miles of the Franchised Location.` },
  { batch: 24, types: ['non-compete'], style: 'clickthrough', text: `While you're subscribed, you agree not to use the Service to build a product or service that competes with it.` },
  { batch: 24, types: [], style: 'canadian', text: `The Distributor shall report to the Supplier, each quarter, the list prices published by competing suppliers in the Territory, to the extent such prices are publicly available.` },
  { batch: 24, types: [], may: ['exclusivity'], style: 'clickthrough', text: `Nothing in these Terms stops you from using other payment processors alongside the Service.` },
  { batch: 24, types: [], style: 'hongkong', text: `The Licensee shall benchmark the Licensed Product against competing products each year and share the results with the Licensor's engineering team.` },
  // assignment (anti-assignment)
  { batch: 24, types: ['assignment'], style: 'southafrican', text: `CESSION AND DELEGATION
Neither party shall be entitled to cede any of its rights or delegate any of its obligations under this agreement without the prior written consent of the other party.` },
  { batch: 24, types: ['assignment'], style: 'indian', text: `The Vendor shall not assign, novate or otherwise part with this Purchase Order or any benefit or interest therein without the prior written approval of the Purchaser.` },
  { batch: 24, types: ['assignment'], style: 'singapore', text: `This Agreement is personal to the Customer, who may not transfer the benefit of it to any person.` },
  { batch: 24, types: ['assignment'], style: 'quebec', text: `The Licensee may not assign this contract, nor transfer the rights arising from it, without the Licensor's prior written consent; any assignment made in contravention hereof shall be unenforceable against the Licensor.` },
  { batch: 24, types: ['assignment'], style: 'korean', text: `Party B shall not transfer to a third party, or provide as security, the claims it holds against Party A under this Agreement without Party A's prior written consent.` },
  { batch: 24, types: ['assignment'], style: 'usgov', text: `Claims under this contract may be assigned only to a bank, trust company or other financing institution, and only in accordance with the Assignment of Claims Act, 31 U.S.C. 3727, and FAR 32.805.` },
  { batch: 24, types: ['assignment'], may: ['change-of-control'], style: 'clickthrough', text: `You may not transfer your subscription or your account to anyone else. We may transfer these Terms to a company that takes over our business.` },
  { batch: 24, types: ['assignment'], style: 'franchise', text: `This Agreement is personal to Franchisee. Franchisee shall not sell, assign, give away or encumber any interest in this Agreement or the Franchised Business without Franchisor's prior written consent.` },
  { batch: 24, types: [], style: 'southafrican', text: `The Company may assign the Employee to any of its offices in Gauteng for periods not exceeding three months at a time.` },
  { batch: 24, types: [], style: 'indian', text: `Risk in the Goods shall pass to the Buyer when they are loaded on board the vessel at the port of shipment.` },
  { batch: 24, types: [], style: 'german', text: `Each Party shall assign a project manager, who shall be the first point of contact for all matters under this Agreement.` },
  // covenant-not-to-sue
  { batch: 24, types: ['covenant-not-to-sue'], style: 'german', text: `The Licensee shall not attack the legal validity of the Contract Patents, nor support any third party in doing so; should the Licensee attack them, the Licensor may terminate this Agreement without notice.` },
  { batch: 24, types: ['covenant-not-to-sue'], style: 'korean', text: `Party A hereby waives any and all claims against Party B arising from the alleged infringement of the Patents prior to the Effective Date, and shall not raise any such claim hereafter.` },
  { batch: 24, types: ['covenant-not-to-sue'], style: 'clickthrough', text: `We promise not to sue you for patent infringement over your use of the SDK as permitted by this licence.` },
  { batch: 24, types: ['covenant-not-to-sue'], style: 'hongkong', text: `The Licensor irrevocably undertakes not to bring any claim or proceedings in any jurisdiction against the Licensee's customers alleging that their use of the Licensed Products infringes the Licensor's patents.` },
  { batch: 24, types: [], style: 'singapore', text: `Either party may apply to the courts of Singapore for interim relief pending the constitution of the arbitral tribunal.` },
  { batch: 24, types: [], style: 'canadian', text: `The Licensee shall not dispute any invoice more than sixty (60) days after the date of that invoice.` },
  // exclusivity
  { batch: 24, types: ['exclusivity'], style: 'indian', text: `During the Term, the Principal shall route all enquiries for the Products received from customers in Maharashtra to the Stockist and shall not appoint another stockist there.` },
  { batch: 24, types: ['exclusivity'], style: 'franchise', text: `Protected Area. So long as Franchisee is in compliance with this Agreement, Franchisor will not operate, or license anyone else to operate, a Restaurant within the Protected Area.` },
  { batch: 24, types: ['exclusivity'], style: 'canadian', text: `The Purchaser shall purchase all of its requirements of corrugated packaging for its Ontario plants from the Vendor during the Term.` },
  { batch: 24, types: ['exclusivity'], may: ['non-compete'], style: 'singapore', text: `The Reseller shall not, during the Term, market or resell in Singapore any cloud accounting software other than the Licensed Software.` },
  { batch: 24, types: [], style: 'hongkong', text: `The Licensee shall use the Licensed Marks exclusively in the form and colours shown in Schedule 3.` },
  { batch: 24, types: [], style: 'singapore', text: `All rates in this Schedule are exclusive of GST, which shall be charged at the prevailing rate.` },
  // volume-restriction
  { batch: 24, types: ['volume-restriction'], style: 'indian', text: `The aggregate quantity of Product supplied by the Manufacturer to the Company in any financial year shall be capped at 1,20,000 litres, and orders in excess thereof may be declined.` },
  { batch: 24, types: ['volume-restriction'], style: 'clickthrough', text: `Each workspace may make up to 10,000 API calls per day. Calls beyond that limit are throttled.` },
  { batch: 24, types: ['volume-restriction'], style: 'korean', text: `Party B may produce the Licensed Products only up to the annual production quantity stated in Appendix 3.` },
  { batch: 24, types: ['volume-restriction'], style: 'usgov', text: `(c) Maximum order. The Government is not obligated to order, nor is the Contractor obligated to furnish, more than 5,000 units under this contract in any ordering period.` },
  { batch: 24, types: [], style: 'canadian', text: `Each delivery shall be packed in cartons of no more than 24 units, each carton clearly labelled with the lot number.` },
  { batch: 24, types: [], style: 'southafrican', text: `The Contractor shall maintain at least 30 days' stock of spare parts at its Johannesburg depot.` },
  // most-favored
  { batch: 24, types: ['most-favored'], style: 'hongkong', text: `If at any time the Vendor supplies Equivalent Services to any other customer in Hong Kong on terms more favourable to that customer, it shall promptly notify the Bank and offer it those terms.` },
  { batch: 24, types: ['most-favored'], style: 'usgov', text: `The Contractor shall maintain during the contract period the price relationship between the Government and the commercial customer of the same category, and shall pass to the Government any reduction in the commercial price to that customer.` },
  { batch: 24, types: ['most-favored'], style: 'canadian', text: `Should the Licensor grant a licence under the Patents to any other person on royalty terms lower than those herein, the Licensee shall be entitled to the benefit of such lower royalty from the date of that licence.` },
  { batch: 24, types: ['most-favored'], style: 'clickthrough', text: `If you find the same plan listed cheaper on our website for new customers, we'll match that price at your next renewal.` },
  { batch: 24, types: [], style: 'indian', text: `The Supplier shall charge the Company the prices in the Price List, which may be revised once a year on sixty days' notice.` },
  { batch: 24, types: [], style: 'franchise', text: `Franchisor will provide Franchisee with the same initial training program that it provides to other new franchisees.` },
  // minimum-commitment
  { batch: 24, types: ['minimum-commitment'], style: 'southafrican', text: `The Customer shall take or pay for not less than 2,000 tonnes of coal per month, and any quantity not taken shall nonetheless be paid for at the Contract Price.` },
  { batch: 24, types: ['minimum-commitment'], style: 'franchise', text: `Franchisee shall purchase from Franchisor or its designated supplier not less than 500 kilograms of the proprietary spice blend in each calendar quarter.` },
  { batch: 24, types: ['minimum-commitment'], style: 'usgov', text: `The Government shall order, and the Contractor shall furnish, at least the quantity of supplies or services designated in the Schedule as the "minimum."` },
  { batch: 24, types: ['minimum-commitment'], style: 'clickthrough', text: `Annual plans commit you to at least 20 seats for the full year, even if you later use fewer.` },
  { batch: 24, types: [], style: 'clickthrough', text: `The minimum term of your subscription is twelve months, after which it renews monthly until you cancel.` },
];

// ---- the twenty-fifth batch (batch: 25; TWENTY_FIFTH_TYPES; tag25, 2026-12-01 03:45 UTC), written before its author
// read any cue, word class or frame of src/tag or ran the tagger on it, weighted to the types the unfitted batches 18-24
// recalled least before their rounds, pooled (third-party beneficiary 17/55, change of control 22/43, non-compete 24/42,
// most-favoured 14/23, minimum commitment 9/14, exclusivity 23/35, anti-assignment 30/44, volume 24/35,
// covenant-not-to-sue 20/28), in Nordic (Finnish, Swedish, Danish, Norwegian) and Dutch contracts in translation, Israeli,
// Nigerian and Kenyan drafting, Australian state government contracts, UK public-sector call-off terms, Japanese
// contracts in translation, open-source foundation agreements, marketplace seller terms, OEM supply agreements, clinical
// trial agreements and reseller and white-label terms, with and without headings; 53 clauses and 19 near misses.
const TWENTY_FIFTH_BATCH: readonly HeldOutClause[] = [
  // third-party-beneficiary
  { batch: 25, types: ['third-party-beneficiary'], style: 'nordic', text: `The Supplier's obligations under section 12 (Data Security) are also given for the benefit of the Customer's group companies, and each such company shall have an independent right to present claims based on them against the Supplier.` },
  { batch: 25, types: ['third-party-beneficiary'], style: 'dutch', text: `Article 14 Third-party clause
The indemnity in Article 11 constitutes a third-party clause within the meaning of Article 6:253 of the Dutch Civil Code in favour of the directors and employees of the Client, which shall be deemed to have been accepted by each of them as soon as he or she invokes it.` },
  { batch: 25, types: ['third-party-beneficiary'], style: 'clinical', text: `14.5 Each Institution Indemnitee who is not a party to this Agreement, including the Principal Investigator and the Institution's trustees, officers and employees, may enforce Section 13 (Indemnification) against Sponsor in its own right.` },
  { batch: 25, types: ['third-party-beneficiary'], style: 'ukpublic', text: `The Parties intend that Clause 20 (Protection of Information) shall confer a benefit on the Cabinet Office, which may enforce that Clause directly against the Supplier notwithstanding that it is not a Party to this Call-Off Contract.` },
  { batch: 25, types: ['third-party-beneficiary'], style: 'opensource', text: `Each recipient of software distributed by the Foundation is an intended third-party beneficiary of the patent license You grant in Section 3, and may rely on that license as if it had been granted to that recipient directly.` },
  { batch: 25, types: ['third-party-beneficiary'], style: 'marketplace', text: `Buyers who purchase your items through the Marketplace may hold you directly to the return commitments in this section, even though they never agreed to these Seller Terms.` },
  { batch: 25, types: ['third-party-beneficiary'], style: 'japanese', text: `Article 19 (Obligations toward End Users) Party B shall also owe the obligations under Article 9 (Product Warranty) to the end users of the Products, and such end users may directly claim from Party B the performance of such obligations.` },
  { batch: 25, types: ['third-party-beneficiary'], style: 'kenyan', text: `The Lessee's covenants in clause 7 are entered into also with and for the benefit of the Head Lessor, who shall be at liberty to enforce them against the Lessee as fully as if it had been a party to this Lease.` },
  { batch: 25, types: ['third-party-beneficiary'], style: 'austate', text: `The Contractor's release and indemnity in clause 19 are given to the Principal for itself and as agent for each of the State's Indemnified Persons, and may be enforced by the Principal on behalf of any of them.` },
  { batch: 25, types: [], style: 'oem', text: `The OEM shall pass on to its end customers the warranty terms set out in Schedule 4 in its own contracts with them, and the Supplier shall have no liability to those end customers.` },
  { batch: 25, types: [], style: 'clinical', text: `The Institution shall ensure that the Principal Investigator and the Study Staff comply with the Protocol and with the obligations of confidentiality in Section 9.` },
  { batch: 25, types: [], style: 'israeli', text: `Nothing herein shall derogate from the rights of the Company's employees under the service inventions provisions of the Patents Law, 5727-1967.` },
  // change-of-control
  { batch: 25, types: ['change-of-control'], style: 'nordic', text: `Should the ownership of the Supplier change in such a way that another person, alone or together with closely related persons, obtains more than half of the votes for all shares in the Supplier, the Customer shall have the right to terminate the Agreement with immediate effect.` },
  { batch: 25, types: ['change-of-control'], style: 'dutch', text: `If the Licensee is dissolved, merges with another legal entity or if control over the Licensee's enterprise is transferred to a third party, the Licensor may terminate the Agreement by registered letter without judicial intervention.` },
  { batch: 25, types: ['change-of-control'], style: 'israeli', text: `If any person, alone or together with others, becomes the holder of more than 25% of any type of means of control of the Licensee (as such term is defined in the Securities Law, 5728-1968), the Licensee shall notify the Licensor within 7 days, and the Licensor may terminate this Agreement.` },
  { batch: 25, types: ['change-of-control'], style: 'japanese', text: `Article 21 (Change in Shareholders) If there is a material change in the shareholder composition of Party B, or if Party B transfers all or a material part of its business to a third party, Party A may terminate this Agreement forthwith by notice to Party B.` },
  { batch: 25, types: ['change-of-control'], style: 'oem', text: `In the event Supplier is acquired, Buyer may, at its option, require Supplier or its successor to continue manufacturing the Products for a last-time-buy period of twelve months.` },
  { batch: 25, types: ['change-of-control'], style: 'nigerian', text: `Where the majority shareholding in the Licensee passes to persons other than the Promoters, whether by sale, transmission or allotment of new shares, the Licensee shall within fourteen days notify the Commission, and the licence shall be liable to review.` },
  { batch: 25, types: ['change-of-control'], may: ['assignment'], style: 'whitelabel', text: `If we're bought by, or merge into, another company, we may move your white-label account to them, and you can cancel within 30 days of our telling you.` },
  { batch: 25, types: [], style: 'austate', text: `The Contractor must not change its key personnel named in Schedule 3 without the Principal's prior written approval, which must not be unreasonably withheld.` },
  { batch: 25, types: [], style: 'dutch', text: `The Supplier shall inform the Customer without delay of any change in its name, registered office or Chamber of Commerce registration number.` },
  // non-compete
  { batch: 25, types: ['non-compete'], style: 'nordic', text: `During the term of the agreement and for twelve months after its expiry, the Agent may not, directly or indirectly, represent, sell or market products that compete with the Products in Denmark.` },
  { batch: 25, types: ['non-compete'], style: 'dutch', text: `The Seller shall refrain, for a period of three years after the Transfer Date, from being active in any manner whatsoever, whether directly or indirectly, in the field of industrial bakery equipment in the Benelux.` },
  { batch: 25, types: ['non-compete'], style: 'israeli', text: `For 18 months following the Closing, the Founder shall not found, join, advise or invest in any company developing cybersecurity solutions for operational technology networks, other than holdings of up to 2% in publicly traded companies.` },
  { batch: 25, types: ['non-compete'], style: 'kenyan', text: `The Vendor covenants with the Purchaser that it shall not, for two years from Completion, trade in agricultural inputs within Nakuru, Kericho or Bomet counties, whether alone or jointly with or as agent for any other person.` },
  { batch: 25, types: ['non-compete'], style: 'marketplace', text: `If you leave the program, you agree not to start a rival marketplace for handmade goods for one year.` },
  { batch: 25, types: ['non-compete'], style: 'clinical', text: `During the Study and for one year after its completion, the Principal Investigator shall not act as an investigator in any other clinical trial of a product intended for the same indication as the Study Drug.` },
  { batch: 25, types: ['non-compete'], style: 'austate', text: `The Operator must not, during the Term, conduct or be involved in any ferry, water taxi or charter boat service on Sydney Harbour other than the Services.` },
  { batch: 25, types: [], style: 'opensource', text: `Nothing in this Agreement restricts You from contributing to other open source projects, including projects whose software competes with the Project.` },
  { batch: 25, types: [], style: 'nordic', text: `The Consultant shall inform the Client before accepting assignments from the Client's competitors during the term of the Agreement.` },
  { batch: 25, types: [], style: 'clinical', text: `The Sponsor may conduct other clinical trials of the Study Drug at other sites and with other investigators.` },
  // most-favored
  { batch: 25, types: ['most-favored'], style: 'austate', text: `If, during the Term, the Supplier supplies Goods of the same kind to any other Victorian public sector body at a price lower than the Contract Price, the Supplier must reduce the Contract Price to that lower price for the remainder of the Term.` },
  { batch: 25, types: ['most-favored'], style: 'nordic', text: `The Supplier guarantees that the prices under this Agreement are not higher than those the Supplier applies to other customers in the Nordic countries purchasing corresponding volumes.` },
  { batch: 25, types: ['most-favored'], style: 'marketplace', text: `Your listing price on Bazaarly must never be higher than the price you charge for the same item in any other sales channel, including your own website.` },
  { batch: 25, types: ['most-favored'], style: 'whitelabel', text: `Should the Company at any time offer white-label access to the Platform to another reseller at a lower per-seat fee, it shall extend that fee to the Reseller from the date on which it was first offered.` },
  { batch: 25, types: ['most-favored'], style: 'clinical', text: `If Sponsor agrees to pay any other site in the Study a higher per-patient fee for the same Protocol visits, Sponsor shall increase the fees under Exhibit B to match.` },
  { batch: 25, types: [], style: 'oem', text: `Prices shall be reviewed annually and adjusted by reference to the change in the producer price index for electrical equipment.` },
  { batch: 25, types: [], style: 'japanese', text: `Party B shall offer the Products to end users on terms no less favorable than those required by the Consumer Contract Act and other applicable laws.` },
  // minimum-commitment
  { batch: 25, types: ['minimum-commitment'], style: 'oem', text: `Buyer shall purchase not less than 40,000 Modules in each Contract Year. If Buyer's purchases fall short, Buyer shall pay Supplier the shortfall quantity multiplied by USD 2.10 within 60 days after the end of that year.` },
  { batch: 25, types: ['minimum-commitment'], style: 'nordic', text: `The Customer undertakes to purchase Products for an amount of at least EUR 250,000 (excluding VAT) in each calendar year of the agreement period.` },
  { batch: 25, types: ['minimum-commitment'], style: 'whitelabel', text: `The Reseller commits to a minimum of 500 active end-user seats from the end of the sixth month, and shall pay for 500 seats in any month in which fewer are active.` },
  { batch: 25, types: ['minimum-commitment'], style: 'japanese', text: `Party B shall place orders for the Products totaling at least 3,000 units per half year. If the orders fall below this, Party A may change the appointment under Article 2 to a non-exclusive one.` },
  { batch: 25, types: ['minimum-commitment'], style: 'nigerian', text: `The Off-taker shall take or pay for not less than 80% of the Contracted Capacity in each Billing Period.` },
  { batch: 25, types: ['minimum-commitment'], style: 'marketplace', text: `Sellers on the Pro plan must buy at least 200 shipping labels a month through us. Unused labels don't roll over.` },
  { batch: 25, types: [], style: 'clinical', text: `The Institution shall use reasonable efforts to enroll at least twelve (12) evaluable subjects within nine months after site initiation.` },
  { batch: 25, types: [], style: 'austate', text: `The Contractor must ensure that at least 30% of the labour hours on the Project are performed by apprentices and trainees.` },
  // exclusivity
  { batch: 25, types: ['exclusivity'], style: 'oem', text: `During the Term, Customer shall source all of its requirements for the Housing from Supplier, except to the extent Supplier is unable to meet Customer's forecast demand.` },
  { batch: 25, types: ['exclusivity'], style: 'whitelabel', text: `The Company appoints the Partner as its only reseller of the white-labelled Platform to dental practices in New Zealand, and will not itself sell the Platform to dental practices there.` },
  { batch: 25, types: ['exclusivity'], style: 'nordic', text: `The Supplier undertakes not to deliver the Products in Finland to anyone other than the Distributor during the term of the agreement.` },
  { batch: 25, types: ['exclusivity'], style: 'israeli', text: `During the Exclusivity Period the Company shall not, and shall cause its shareholders not to, negotiate with any person other than the Investor regarding an investment in the Company.` },
  { batch: 25, types: ['exclusivity'], style: 'dutch', text: `The Client shall, during the term of this agreement, engage no party other than the Contractor for the maintenance of the installations.` },
  { batch: 25, types: [], style: 'ukpublic', text: `The Authority shall have sole discretion as to whether to accept any Deliverable.` },
  { batch: 25, types: [], style: 'oem', text: `Supplier shall be solely responsible for the quality of components sourced from its sub-suppliers.` },
  // assignment
  { batch: 25, types: ['assignment'], style: 'opensource', text: `You may not transfer this Agreement or any of Your rights under it to another entity. The Foundation may assign this Agreement to any successor organization that continues to steward the Project.` },
  { batch: 25, types: ['assignment'], style: 'japanese', text: `Party B shall not transfer to a third party, or offer as security, any claim it holds against Party A under this Agreement without Party A's prior written approval.` },
  { batch: 25, types: ['assignment'], style: 'nordic', text: `Neither party may transfer its rights or obligations under the Agreement to a third party without the written consent of the other party. The Supplier may however transfer the Agreement to a company within the same group.` },
  { batch: 25, types: ['assignment'], style: 'marketplace', text: `Your seller account is personal to you. Don't sell, rent or hand it over to anyone else.` },
  { batch: 25, types: ['assignment'], style: 'austate', text: `The Contractor must not novate, assign or otherwise transfer this Contract, or any right under it, except with the Principal's prior written consent.` },
  { batch: 25, types: [], style: 'clinical', text: `Sponsor shall assign a study monitor to the Site, who shall visit the Site at least once every eight weeks.` },
  { batch: 25, types: [], style: 'dutch', text: `Risk in the Goods shall pass to the Buyer on delivery to the address specified in the Order.` },
  // volume-restriction
  { batch: 25, types: ['volume-restriction'], style: 'marketplace', text: `New sellers may list up to 50 active items until they have completed 25 sales with a positive rating.` },
  { batch: 25, types: ['volume-restriction'], style: 'austate', text: `The Licensee must not extract more than 20,000 tonnes of sand from the Licence Area in any financial year.` },
  { batch: 25, types: ['volume-restriction'], style: 'oem', text: `Licensee may manufacture no more than 5,000 units of the Licensed Product per quarter under this license; any greater quantity requires a separate written agreement.` },
  { batch: 25, types: ['volume-restriction'], style: 'nordic', text: `The right of use covers a maximum of 150 named users. The Customer shall pay an additional licence fee in accordance with the price list for each user beyond that number.` },
  { batch: 25, types: ['volume-restriction'], style: 'japanese', text: `The number of Licensed Products that Party B may manufacture under the license granted in Article 2 shall be limited to 10,000 units per year.` },
  { batch: 25, types: [], style: 'clinical', text: `Sponsor shall supply the Site with Study Drug sufficient for up to 15 subjects.` },
  { batch: 25, types: [], style: 'whitelabel', text: `Orders for fewer than 10 seats are processed through the self-serve portal.` },
  // covenant-not-to-sue
  { batch: 25, types: ['covenant-not-to-sue'], style: 'opensource', text: `Each Contributor agrees not to assert any of its patents against the Foundation or any distributor of the Project for making, using or distributing its Contribution as part of the Project.` },
  { batch: 25, types: ['covenant-not-to-sue'], style: 'dutch', text: `The Licensee waives any right to contest the validity of the Patents before the Netherlands Patent Office or the courts during the term of this licence.` },
  { batch: 25, types: ['covenant-not-to-sue'], style: 'israeli', text: `In consideration of the Settlement Amount, the Company, for itself and its affiliates, irrevocably waives and releases any and all claims against the Defendants arising from the matters described in the Statement of Claim filed in the Tel Aviv District Court.` },
  { batch: 25, types: ['covenant-not-to-sue'], style: 'oem', text: `Supplier shall not bring any action against Customer's end customers for infringement of Supplier patents arising from their use of the Products as supplied.` },
  { batch: 25, types: [], style: 'nordic', text: `Claims under this Agreement shall be presented in writing no later than six months after the party became aware of the circumstance on which the claim is based; otherwise the right to claim is lost.` },
];

// ---- the twenty-sixth batch (batch: 26; TWENTY_SIXTH_TYPES; tag26, 2026-12-01 06:15 UTC), written before its author
// read any cue, word class or frame of src/tag or ran the tagger on it, weighted to the types the unfitted batches 18-25
// recalled least before their rounds, pooled (third-party beneficiary 21/64, non-compete 27/49, change of control 27/50,
// exclusivity 26/40, anti-assignment 34/49, most-favoured 19/28, volume 29/40, minimum commitment 15/20,
// covenant-not-to-sue 24/32), from origins the earlier batches used least: Gulf (UAE and Saudi) and Czech contracts in
// translation, Quebec and Mexican contracts in translation, South African and Hong Kong drafting, US state procurement,
// franchise disclosure documents, app-store developer terms, SaaS data processing addenda, construction subcontracts,
// film and music licences and sponsorship agreements, with headings and without, long and short; 51 clauses and 19 near misses.
const TWENTY_SIXTH_BATCH: readonly HeldOutClause[] = [
  // third-party-beneficiary
  { batch: 26, types: ['third-party-beneficiary'], style: 'gulf', text: `Article 17 (Stipulation for the Benefit of Others)
The obligations of the Contractor under Article 11 (Defects Liability) are stipulated in favour of the Employer's successors in title to the Building, and each of them shall be entitled to demand the performance thereof from the Contractor in accordance with the Civil Transactions Law.` },
  { batch: 26, types: ['third-party-beneficiary'], style: 'czech', text: `The Licensor's obligations under Article 6 shall also apply in favour of the Licensee's subsidiaries, which shall be entitled to exercise the rights arising therefrom against the Licensor in their own name.` },
  { batch: 26, types: ['third-party-beneficiary'], style: 'construction', text: `The Owner may enforce the Subcontractor's warranty and correction-of-work obligations under Article 12 directly against the Subcontractor, whether or not the Contractor remains in existence or is in default under the Prime Contract.` },
  { batch: 26, types: ['third-party-beneficiary'], style: 'film', text: `Each Participant named in Schedule C shall be entitled to receive his or her contingent compensation directly from Distributor and may bring an action in his or her own name to recover any part of it that Distributor fails to pay when due.` },
  { batch: 26, types: ['third-party-beneficiary'], style: 'appstore', text: `You and the end user acknowledge that the Store Operator and its subsidiaries are third-party beneficiaries of this EULA, and that, upon the end user's acceptance of this EULA, the Store Operator will have the right (and will be deemed to have accepted the right) to enforce it against the end user.` },
  { batch: 26, types: ['third-party-beneficiary'], style: 'sponsorship', text: `8.6 The Organiser's obligations in clause 8 (Brand Protection) are undertaken for the benefit of the Sponsor's ultimate parent company as well, which may take action on them as if it had signed this Agreement.` },
  { batch: 26, types: ['third-party-beneficiary'], style: 'dpa', text: `Data subjects whose Personal Data is transferred under this Addendum may invoke Clauses 7 and 9 against the Sub-processor directly, as though the Sub-processor were the Processor, where the Processor has factually disappeared or ceased to exist in law.` },
  { batch: 26, types: ['third-party-beneficiary'], style: 'quebec', text: `The undertakings of the Supplier in Section 5 are made for the benefit of each franchisee of the network, who may require their execution directly from the Supplier, the whole in accordance with article 1444 of the Civil Code of Québec.` },
  { batch: 26, types: ['third-party-beneficiary'], style: 'mexican', text: `NINTH.- WARRANTY. The Supplier's obligations under this Clause are also assumed in favour of the Buyer's end customers, who may demand their fulfilment from the Supplier directly and without the intervention of the Buyer.` },
  { batch: 26, types: ['third-party-beneficiary'], style: 'hongkong', text: `A person who is not a party to this Agreement shall have no right under the Contracts (Rights of Third Parties) Ordinance (Cap. 623) to enforce any of its terms, save that each Indemnified Person may enforce clause 14 subject to and in accordance with this clause 22.` },
  { batch: 26, types: [], style: 'construction', text: `The Subcontractor shall name the Owner, the Contractor and the Architect as additional insureds on its commercial general liability policy for the duration of the Subcontract Work.` },
  { batch: 26, types: [], style: 'dpa', text: `The Processor shall ensure that each Sub-processor is bound by data protection obligations no less protective than those set out in this Addendum, and shall remain fully liable to the Controller for the performance of those obligations.` },
  { batch: 26, types: [], style: 'film', text: `Distributor shall pay, on Producer's behalf, all residuals and reuse fees payable to the guilds in respect of the exhibition of the Picture in the Territory.` },
  // change-of-control
  { batch: 26, types: ['change-of-control'], style: 'southafrican', text: `If any person or group of persons acting in concert acquires beneficial ownership of more than 35% of the issued ordinary shares of the Licensee, or obtains the right to appoint a majority of its board, the Licensee shall notify the Licensor within 5 (five) Business Days and the Licensor may terminate this Agreement on 30 (thirty) days' written notice.` },
  { batch: 26, types: ['change-of-control'], style: 'gulf', text: `Should the shares of the Second Party's partners be transferred, in whole or in part, to persons other than the current partners, such that the management of the Second Party passes to others, the First Party may rescind this Contract by written notice.` },
  { batch: 26, types: ['change-of-control'], style: 'czech', text: `A change in the person controlling the Distributor within the meaning of the Business Corporations Act shall be deemed a material breach of this Agreement unless the Supplier has approved it in writing in advance.` },
  { batch: 26, types: ['change-of-control'], style: 'film', text: `If Distributor is acquired by, or comes under common control with, any motion picture studio or subscription streaming service, all Licensed Rights shall revert to Producer upon Producer's written notice.` },
  { batch: 26, types: ['change-of-control'], style: 'appstore', text: `If your organization is acquired or reorganized, you must update your developer enrollment within 30 days, and we may suspend your apps until the new owner accepts these terms.` },
  { batch: 26, types: ['change-of-control'], style: 'sponsorship', text: `If the Club undergoes a change in ownership by which a new owner holds a controlling interest in it, the Sponsor may terminate this Agreement by notice given within 60 days after the change becomes public.` },
  { batch: 26, types: ['change-of-control'], style: 'construction', text: `The Subcontractor shall notify the Contractor at once of any proposed sale of all or substantially all of its assets or of a controlling interest in the Subcontractor, and the Contractor may terminate this Subcontract on such sale without liability.` },
  { batch: 26, types: [], style: 'usstate', text: `The Contractor shall notify the Department of any change to its remittance address or bank account details at least ten (10) business days before the next invoice is submitted.` },
  { batch: 26, types: [], style: 'sponsorship', text: `The Sponsor may change the product designated as the Official Drink to another product in its portfolio once in each Season.` },
  { batch: 26, types: [], style: 'construction', text: `Care, custody and control of each completed section of the Works shall pass to the Owner on the date of its Substantial Completion.` },
  // non-compete
  { batch: 26, types: ['non-compete'], style: 'franchise', text: `r. Non-competition covenants after the franchise is terminated or expires: No involvement in any quick-service chicken restaurant within 5 miles of your former location or of any other Wingster restaurant for 2 years.` },
  { batch: 26, types: ['non-compete'], style: 'southafrican', text: `The Seller undertakes in favour of the Purchaser that it shall not, for a period of 3 (three) years from the Effective Date, be interested or engaged, whether as proprietor, partner, shareholder, director, employee, consultant or financier, in any business which sells or installs security systems within the Gauteng Province.` },
  { batch: 26, types: ['non-compete'], style: 'gulf', text: `The Agent shall not, during the term of this Agency and within the United Arab Emirates, import, distribute or promote any goods that are similar to or competitive with the Principal's Products.` },
  { batch: 26, types: ['non-compete'], style: 'czech', text: `After the termination of the employment relationship, the Employee shall refrain for a period of 12 months from gainful activity that is identical to the Employer's line of business or that would be of a competitive nature to it.` },
  { batch: 26, types: ['non-compete'], style: 'mexican', text: `The Seller undertakes not to engage, for three years from the signing of this Contract, directly or through third parties, in the manufacture or sale of tortilla-making machinery in the States of Jalisco and Michoacán.` },
  { batch: 26, types: ['non-compete'], style: 'appstore', text: `While enrolled in the Program, you may not use the SDK to build an alternative app store or any app whose main purpose is to distribute other developers' apps.` },
  { batch: 26, types: ['non-compete'], style: 'hongkong', text: `The Vendor shall not, during the Restricted Period, either on its own account or in conjunction with any other person, carry on or be engaged in the business of operating tutorial centres for secondary school students in Hong Kong.` },
  { batch: 26, types: [], may: ['exclusivity'], style: 'franchise', text: `Item 12 TERRITORY
You will not receive an exclusive territory. You may face competition from other franchisees, from outlets that we own, or from other channels of distribution or competitive brands that we control.` },
  { batch: 26, types: [], style: 'music', text: `Nothing in this Agreement prevents Artist from performing live concerts promoted by others or from writing songs for other performers.` },
  { batch: 26, types: [], style: 'southafrican', text: `The Subcontractor shall comply with the Competition Act 89 of 1998 and shall not engage in collusive tendering or any other prohibited practice in relation to the Project.` },
  // exclusivity
  { batch: 26, types: ['exclusivity'], may: ['license-grant'], style: 'film', text: `Licensor grants Licensee the sole and exclusive right to exhibit the Picture by means of subscription video-on-demand in the Territory during the License Period, and Licensor shall not authorize any other person to do so.` },
  { batch: 26, types: ['exclusivity'], style: 'music', text: `Artist's recording services during the Term shall be rendered exclusively to Company, and Artist shall not render such services to any other person, firm or corporation.` },
  { batch: 26, types: ['exclusivity'], style: 'gulf', text: `The Principal shall not appoint any other agent or distributor for the Products in the Kingdom of Saudi Arabia for the duration of this Agreement, and shall refer to the Agent all enquiries it receives from the Territory.` },
  { batch: 26, types: ['exclusivity'], style: 'sponsorship', text: `The Sponsor shall be the only company in the soft-drinks category permitted to advertise at the Stadium during the Term.` },
  { batch: 26, types: ['exclusivity'], style: 'construction', text: `The Owner shall procure all precast concrete elements required for the Project from the Subcontractor alone.` },
  { batch: 26, types: [], style: 'dpa', text: `The Processor shall process Personal Data solely on documented instructions from the Controller, including with regard to transfers to a third country.` },
  { batch: 26, types: [], style: 'film', text: `Licensee shall be solely responsible for obtaining and paying for all music synchronization clearances needed for its promotional trailers.` },
  // assignment
  { batch: 26, types: ['assignment'], style: 'appstore', text: `You may not transfer your developer account, or any app listed under it, to another developer except through the App Transfer tool in the Developer Console, and only if both accounts are in good standing.` },
  { batch: 26, types: ['assignment'], style: 'czech', text: `The Licensee may not assign any receivable arising under this Agreement to a third party, or set it off against receivables of the Licensor, without the Licensor's prior written consent.` },
  { batch: 26, types: ['assignment'], style: 'quebec', text: `Neither party may assign this contract or the rights and obligations resulting from it without the prior written consent of the other party; any assignment made in contravention hereof shall be null and may not be set up against the other party.` },
  { batch: 26, types: ['assignment'], style: 'construction', text: `The Subcontractor shall not sublet, assign or otherwise dispose of the Subcontract Work or any part of it without the written consent of the Contractor.` },
  { batch: 26, types: ['assignment'], style: 'usstate', text: `The Contractor shall not assign, transfer, or delegate any of its duties under this Contract, including the right to receive payment, without the prior written approval of the Department of Administrative Services.` },
  { batch: 26, types: [], style: 'usstate', text: `The Department shall assign a contract administrator, who will be the Contractor's single point of contact for all matters under this Contract.` },
  { batch: 26, types: [], style: 'music', text: `Title to each Master delivered under this Agreement shall pass to Company on delivery, together with all physical embodiments of it.` },
  // most-favored
  { batch: 26, types: ['most-favored'], style: 'usstate', text: `If, during the term of this Contract, the Contractor offers the same Products to any other state government or political subdivision at lower prices, the Contractor shall immediately offer those lower prices to all Authorized Users under this Contract.` },
  { batch: 26, types: ['most-favored'], style: 'sponsorship', text: `No other sponsor of the Event in the same or a lower tier shall receive more hospitality passes than the Sponsor unless the Sponsor is offered the same number.` },
  { batch: 26, types: ['most-favored'], style: 'franchise', text: `If we grant any other franchisee in your state a lower royalty rate for the same type of unit, we will offer you that rate on the same conditions.` },
  { batch: 26, types: ['most-favored'], style: 'music', text: `If Company grants any other featured artist on the Compilation a higher royalty rate or a more favourable accounting position, Artist's royalty rate and accounting position shall be increased to match.` },
  { batch: 26, types: ['most-favored'], style: 'appstore', text: `The price at which you offer your app through the Store must be no higher than the price at which the same app is offered through any other platform.` },
  { batch: 26, types: [], style: 'gulf', text: `The prices for the first Contract Year shall be no less favourable to the Employer than the rates set out in Annex 2 (Schedule of Rates).` },
  // minimum-commitment
  { batch: 26, types: ['minimum-commitment'], style: 'mexican', text: `The Buyer undertakes to acquire from the Supplier a minimum of 1,200 tons of cement per month during the term of this contract; tons not acquired shall be paid at the price in effect.` },
  { batch: 26, types: ['minimum-commitment'], style: 'sponsorship', text: `The Sponsor shall purchase no fewer than 200 Season tickets from the Club for each Season of the Term.` },
  { batch: 26, types: ['minimum-commitment'], may: ['royalty'], style: 'music', text: `Licensee guarantees that the Royalties payable for each Contract Year shall be no less than US$50,000, and shall pay any shortfall within thirty days after the end of that year.` },
  { batch: 26, types: ['minimum-commitment'], style: 'dpa', text: `Customer commits to a minimum annual spend of USD 120,000 on Platform usage; usage fees below that amount will be invoiced as a true-up at the end of each subscription year.` },
  { batch: 26, types: [], style: 'usstate', text: `The minimum wage payable to the Contractor's workers on the Project shall be the prevailing wage determined by the Commissioner of Labor.` },
  { batch: 26, types: [], style: 'mexican', text: `Orders must be placed at least fourteen calendar days before the requested delivery date.` },
  // volume-restriction
  { batch: 26, types: ['volume-restriction'], style: 'music', text: `The license granted herein permits the manufacture and distribution of no more than 10,000 physical copies of the Album; any further pressing requires Licensor's written approval.` },
  { batch: 26, types: ['volume-restriction'], style: 'appstore', text: `Each developer account may distribute up to 100 test builds at a time to external testers, and each build may be installed by at most 10,000 testers.` },
  { batch: 26, types: ['volume-restriction'], style: 'film', text: `The Picture may be exhibited no more than six (6) times during each License Period, with no more than two exhibitions in any 24-hour period.` },
  { batch: 26, types: ['volume-restriction'], style: 'gulf', text: `The Licensee's production under this licence is restricted to 30,000 tonnes of the Licensed Product per calendar year.` },
  { batch: 26, types: [], style: 'construction', text: `Each payment application shall cover no more than one calendar month of Subcontract Work.` },
  // covenant-not-to-sue
  { batch: 26, types: ['covenant-not-to-sue'], style: 'film', text: `Artist hereby releases Producer, its licensees and assigns from any and all claims for invasion of privacy, defamation or violation of rights of publicity arising from the use of Artist's name and likeness in the Picture and its advertising, and agrees not to sue any of them on such claims.` },
  { batch: 26, types: ['covenant-not-to-sue'], style: 'southafrican', text: `The Licensee shall not, directly or indirectly, institute or support any proceedings for the revocation of the Licensed Patents before the Commissioner of Patents.` },
  { batch: 26, types: ['covenant-not-to-sue'], style: 'appstore', text: `For so long as you remain enrolled in the Program, you will not bring any claim against us or against other developers in the Program alleging that an app distributed through the Store infringes a patent you own.` },
  { batch: 26, types: ['covenant-not-to-sue'], style: 'czech', text: `Upon payment of the Settlement Amount, the Claimant waives all claims against the Defendant arising from the supply of the defective components and undertakes not to pursue them before any court or arbitral tribunal.` },
  { batch: 26, types: [], style: 'hongkong', text: `Nothing in this Agreement limits either party's right to bring proceedings for infringement of its intellectual property rights in the courts of Hong Kong.` },
  { batch: 26, types: [], style: 'construction', text: `Any claim arising out of this Subcontract shall be brought within one year after the claimant knew or ought to have known of it, failing which it is barred.` },
];

// ---- the twenty-seventh batch (batch: 27; TWENTY_SEVENTH_TYPES; tag27, 2026-12-01 10:25 UTC), written before its author
// read any cue, word class or frame of src/tag or ran the tagger on it, weighted to the types the last batches recalled
// least (third-party beneficiary, change of control, non-compete, exclusivity, most-favoured, minimum commitment,
// covenant-not-to-sue) with anti-assignment, volume, non-solicit (non-disparagement too) and price restriction, from
// origins and agreement kinds the earlier batches used least: Nigerian, Kenyan and Philippine drafting, Brazilian,
// Argentine, Polish and Dutch contracts in translation, Scottish, Irish and New Zealand drafting; SaaS reseller, clinical
// trial, white-label, EPC, outsourcing, university spin-out, patent pool and standard-essential licences, franchise,
// distribution and agency agreements; 57 clauses and 18 near misses.
const TWENTY_SEVENTH_BATCH: readonly HeldOutClause[] = [
  // third-party-beneficiary
  { batch: 27, types: ['third-party-beneficiary'], style: 'nigerian', text: `The Contractor's obligations under Clause 19 (Defects Liability) and Clause 22 (Indemnities) shall enure for the benefit of the Lenders and the Lenders' Agent, each of whom may rely upon and enforce them against the Contractor notwithstanding that it is not a signatory to this Contract.` },
  { batch: 27, types: ['third-party-beneficiary'], style: 'philippine', text: `This Article constitutes a stipulation in favor of the Licensee's accredited dealers within the meaning of Article 1311 of the Civil Code of the Philippines, and any such dealer may demand its fulfillment from the Licensor, provided it communicates its acceptance to the Licensor before the stipulation is revoked.` },
  { batch: 27, types: ['third-party-beneficiary'], style: 'newzealand', text: `For the purposes of subpart 1 of Part 2 of the Contract and Commercial Law Act 2017, clause 9 (Warranties) is intended to confer a benefit on each End Customer and to be enforceable by each End Customer against the Vendor.` },
  { batch: 27, types: ['third-party-beneficiary'], style: 'clinical', text: `The Institution acknowledges that the Sponsor, though not a party to this Agreement, relies on the Institution's obligations in Sections 6 (Study Data) and 11 (Publications), and agrees that the Sponsor may insist on their performance in its own right.` },
  { batch: 27, types: ['third-party-beneficiary'], style: 'whitelabel', text: `Our platform partners can hold you to the acceptable use rules in section 4 just as we can.` },
  { batch: 27, types: [], may: ['assignment'], style: 'irish', text: `This Agreement is made solely for the benefit of the parties and their permitted successors and assigns, and nothing in it shall give any other person any right, benefit or remedy.` },
  { batch: 27, types: [], style: 'outsourcing', text: `The Supplier shall procure that each Key Subcontractor executes in favour of the Customer a direct agreement in the form set out in Schedule 8 within 20 Business Days of its appointment.` },
  { batch: 27, types: [], style: 'clinical', text: `The Sponsor shall reimburse Study Subjects, through the Institution, for reasonable travel and parking expenses incurred in attending Study visits, against receipts.` },
  // change-of-control
  { batch: 27, types: ['change-of-control'], style: 'polish', text: `If a competitor of the Licensor acquires, directly or indirectly, shares conferring more than 25% of the votes at the general meeting of the Licensee, the Licensor shall be entitled to terminate this Agreement with immediate effect.` },
  // (Relabelled after the first figure: the clause turns the licence's exclusive character into a non-exclusive one, the
  // spec's meaning of exclusivity, so the tag it drew is no false positive: may exclusivity.)
  { batch: 27, types: ['change-of-control'], may: ['exclusivity'], style: 'spinout', text: `If the Company ceases to be controlled by the persons who held its shares on the Effective Date, the University may, by notice, convert the exclusive licence in clause 2 into a non-exclusive licence.` },
  { batch: 27, types: ['change-of-control'], style: 'kenyan', text: `The Distributor shall not, without the Principal's prior written consent, permit any change in its shareholding as a result of which its present shareholders cease to hold a majority of its voting shares.` },
  { batch: 27, types: ['change-of-control'], style: 'argentine', text: `Should the Licensee be merged into or absorbed by another company, or should its controlling interest be transferred to third parties, the Licensor may terminate this Agreement without the Licensee being entitled to any compensation whatsoever.` },
  { batch: 27, types: ['change-of-control'], style: 'outsourcing', text: `If we're bought by one of your competitors, you can end the contract early without paying the early-exit fee.` },
  { batch: 27, types: [], style: 'epc', text: `The Employer may, by issuing a Variation, change the location of the Substation within the Site, and the Contract Price shall be adjusted accordingly.` },
  { batch: 27, types: [], style: 'patentpool', text: `The Licensing Administrator shall be controlled by a board comprising one representative appointed by each Licensor, and shall act on that board's instructions.` },
  // non-compete
  { batch: 27, types: ['non-compete'], style: 'nigerian', text: `The Agent shall not, during the continuance of this agency, act as agent for or sell on its own account any lubricants that compete with the Principal's Products anywhere in the Federal Republic of Nigeria.` },
  { batch: 27, types: ['non-compete'], style: 'dutch', text: `For a period of two years after the transfer of his shares, the Founder shall not be engaged or involved in any way, whether directly or indirectly, paid or unpaid, in any undertaking that carries on activities in the field of the Company's business within the Benelux.` },
  { batch: 27, types: ['non-compete'], style: 'argentine', text: `During the term of this Agreement and for one (1) year after its termination for any reason, the Franchisee shall not operate, manage or hold any interest in any establishment devoted to the sale of artisanal ice cream within the City of Buenos Aires.` },
  { batch: 27, types: ['non-compete'], style: 'reseller', text: `While you're in our partner programme, you agree not to resell, refer customers to, or build integrations for any rival payroll product.` },
  { batch: 27, types: ['non-compete'], style: 'clinical', text: `During the Study and for twelve (12) months after its completion, the Principal Investigator shall not act as an investigator in any clinical trial of a product for the treatment of plaque psoriasis sponsored by anyone other than the Sponsor.` },
  { batch: 27, types: [], style: 'kenyan', text: `The Licensee shall comply with the Competition Act, 2012 and shall not abuse any dominant position that it may hold in a market in Kenya.` },
  { batch: 27, types: [], style: 'outsourcing', text: `Nothing in this Agreement restricts the Supplier from providing services similar to the Services to other customers, including competitors of the Customer.` },
  { batch: 27, types: [], style: 'agency', text: `The Agent shall keep the Principal informed of the activities of competitors in the Territory, including their prices, promotions and new product launches.` },
  // exclusivity
  { batch: 27, types: ['exclusivity'], style: 'philippine', text: `The Principal shall course all sales of the Products in the Visayas and Mindanao exclusively through the Distributor during the term hereof.` },
  { batch: 27, types: ['exclusivity'], style: 'epc', text: `Until the Taking-Over Certificate has been issued, the Employer shall not engage any other contractor to carry out any part of the Works on the Site.` },
  { batch: 27, types: ['exclusivity'], style: 'oem', text: `For the duration of this Agreement, the Licensee shall obtain its entire requirements of the Licensed Modules from the Manufacturer and from no other source.` },
  { batch: 27, types: ['exclusivity'], style: 'reseller', text: `You'll be our one and only reseller in Kenya for as long as you keep hitting your targets.` },
  { batch: 27, types: ['exclusivity'], style: 'irish', text: `The Company appoints the Agent as its only representative for the sale of the Products in the Province of Munster.` },
  { batch: 27, types: [], style: 'nigerian', text: `The Contractor shall be exclusively liable for the payment of all wages, allowances and statutory contributions of its personnel.` },
  { batch: 27, types: [], style: 'clinical', text: `The Study Drug shall be used exclusively for the purposes of the Study and in accordance with the Protocol.` },
  // most-favored
  { batch: 27, types: ['most-favored'], style: 'patentpool', text: `The royalty rates in Schedule B are non-discriminatory: no licensee under the Program shall pay a lower rate for the same product category than any other licensee, and any reduction granted to one licensee shall be extended to all.` },
  { batch: 27, types: ['most-favored'], style: 'dutch', text: `The Supplier warrants that the hourly rates charged to the Customer are no higher than the rates it charges any other customer in the Netherlands for services of comparable scope and volume, and shall refund any difference.` },
  { batch: 27, types: ['most-favored'], style: 'kenyan', text: `The Vendor shall not offer any other reseller in East Africa a discount greater than that set out in Annex 2 unless it offers the same discount to the Reseller.` },
  { batch: 27, types: ['most-favored'], style: 'newzealand', text: `If the University grants any other licensee of the Platform Technology terms that, taken as a whole, are more advantageous than those of this Agreement, the Company may require this Agreement to be amended to include those terms.` },
  { batch: 27, types: [], style: 'argentine', text: `Prices shall be adjusted every six months in line with the variation of the consumer price index published by INDEC.` },
  { batch: 27, types: [], style: 'polish', text: `The Supplier shall grant the Buyer a discount of 3% on any invoice paid within 10 days of its issue date.` },
  // minimum-commitment
  { batch: 27, types: ['minimum-commitment'], style: 'reseller', text: `The Reseller commits to an annual contract value of at least USD 250,000 across all End Customer subscriptions, and any shortfall shall be invoiced to the Reseller at the end of the Contract Year.` },
  { batch: 27, types: ['minimum-commitment'], style: 'spinout', text: `From the third anniversary of the Effective Date, the Company shall pay the University a minimum annual royalty of NZD 25,000, against which the earned royalties paid for that year shall be credited.` },
  { batch: 27, types: ['minimum-commitment'], style: 'scottish', text: `If the Charges invoiced in any Service Year fall below £1,200,000, the Customer shall pay the Supplier the difference within 30 days after the end of that Service Year.` },
  { batch: 27, types: ['minimum-commitment'], style: 'brazilian', text: `The Buyer shall take, or pay for if not taken, a quantity of natural gas equal to eighty percent (80%) of the Daily Contracted Quantity, calculated on a monthly basis.` },
  { batch: 27, types: [], style: 'epc', text: `The Contractor shall keep a minimum of two qualified safety officers on the Site at all times during construction.` },
  { batch: 27, types: [], style: 'clinical', text: `The Sponsor shall pay the Institution a non-refundable start-up fee of EUR 8,000 within 30 days after the Effective Date.` },
  // covenant-not-to-sue
  { batch: 27, types: ['covenant-not-to-sue'], style: 'irish', text: `The Company shall not contest, or assist any third party in contesting, the University's ownership of the Background IP or the validity of any Patent comprised in it.` },
  { batch: 27, types: ['covenant-not-to-sue'], style: 'nigerian', text: `In consideration of the payment of the sum of N45,000,000 (Forty-Five Million Naira), the Claimant hereby discharges the Defendant from all claims and demands arising from the Supply Contract and shall not commence any further action in respect thereof.` },
  { batch: 27, types: ['covenant-not-to-sue'], style: 'dutch', text: `The Patentee undertakes not to enforce the Patents against the Licensee's customers in respect of products purchased from the Licensee.` },
  { batch: 27, types: ['covenant-not-to-sue'], style: 'reseller', text: `If you take the service credit, that's the end of the matter: you won't come after us for anything else arising from that outage.` },
  { batch: 27, types: [], style: 'scottish', text: `Either party may raise proceedings in the Court of Session for interdict to restrain any breach or threatened breach of Clause 11.` },
  { batch: 27, types: [], style: 'patentpool', text: `The Licensing Administrator shall have no authority to enforce any Licensor's Essential Patents, and the enforcement of each Essential Patent remains with its owner.` },
  // assignment
  { batch: 27, types: ['assignment'], style: 'brazilian', text: `Neither Party may cede its contractual position under this Agreement to third parties without the prior written consent of the other Party.` },
  { batch: 27, types: ['assignment'], style: 'polish', text: `The Licensee may not transfer the rights or obligations arising under this Agreement to a third party without the Licensor's prior consent given in writing under pain of nullity.` },
  { batch: 27, types: [], style: 'spinout', text: `The Company shall assign to the University all right, title and interest in any Improvement made by it within the Field.` },
  // volume-restriction
  { batch: 27, types: ['volume-restriction'], style: 'clinical', text: `The Institution shall not enrol more than 25 Subjects in the Study without the Sponsor's prior written approval.` },
  { batch: 27, types: ['volume-restriction'], style: 'sep', text: `The licence granted in Clause 2 is limited to 100,000 Licensed Units per calendar year; any Units in excess of that number require a separate licence from the Licensors.` },
  { batch: 27, types: [], style: 'epc', text: `The Plant shall be capable of producing not less than 1,200 tonnes of clinker per day during the Performance Tests.` },
  // non-solicit
  { batch: 27, types: ['non-solicit'], style: 'irish', text: `Neither party shall, during the Term and for nine months after it, directly or indirectly induce any employee of the other engaged in the delivery of the Services to leave that employment.` },
  { batch: 27, types: ['non-solicit'], style: 'franchise', text: `Following termination or expiry, the Franchisee shall not make any public statement that disparages the System, the Marks or the Franchisor.` },
  // price-restriction
  { batch: 27, types: ['price-restriction'], style: 'reseller', text: `The Reseller shall not advertise any Subscription at a price below the Minimum Advertised Price published by the Vendor from time to time.` },
];

// ---- the twenty-eighth batch (batch: 28; TWENTY_EIGHTH_TYPES; tag28, 2026-12-02 00:10 UTC), written before its author
// read any cue, word class or frame of src/tag or ran the tagger on it: the eleven types of the twenty-seventh batch and
// first refusal (rights of first refusal, offer, negotiation and pre-emption, last measured unfitted in the fourth batch),
// from drafting the earlier batches used least: telecom access and interconnection, biotech licences, automotive supply,
// open-source-adjacent contributor and partner terms, Nordic (Swedish, Finnish, Norwegian, Danish) contracts in
// translation, Indian and Singaporean drafting, Canadian English with a civil-law cast; US long-form beside plain English
// and very short clauses, headings that mislead, negated and conditional forms; 65 clauses, 17 of them near misses.
const TWENTY_EIGHTH_BATCH: readonly HeldOutClause[] = [
  // third-party-beneficiary
  { batch: 28, types: ['third-party-beneficiary'], style: 'nordic', text: `The Supplier's undertakings in clause 10 (Data Security) are given also for the benefit of each company in the Customer's group, and each such company may invoke them against the Supplier as if it were a party to this Agreement.` },
  { batch: 28, types: ['third-party-beneficiary'], style: 'telecom', text: `End Users of the Access Seeker may claim the compensation for delayed fault repair set out in Annex 4 directly from the Access Provider, without the involvement of the Access Seeker.` },
  { batch: 28, types: ['third-party-beneficiary'], style: 'opensource', text: `Our upstream contributors can rely on the disclaimers in this section too, and can point to them if you bring a claim against any of them.` },
  { batch: 28, types: ['third-party-beneficiary'], style: 'biglaw', text: `Except for the Indemnitees, who are intended third-party beneficiaries of Article IX and may enforce it directly, nothing in this Agreement, express or implied, confers upon any Person other than the Parties any right, benefit or remedy of any nature whatsoever.` },
  { batch: 28, types: ['third-party-beneficiary'], style: 'quebec', text: `The warranty stipulated in Article 8 is also made in favour of the subsequent purchasers of each Vehicle, who may avail themselves of it directly against the Manufacturer.` },
  { batch: 28, types: ['third-party-beneficiary'], style: 'indian', text: `The covenants of the Concessionaire in Clause 12 shall enure for the benefit of the Senior Lenders, who shall be entitled to enforce the same against the Concessionaire in their own right.` },
  { batch: 28, types: [], style: 'singapore', text: `The Licensee shall procure that its Related Corporations comply with Clause 7 as though they were parties to this Agreement, and shall be liable to the Licensor for any breach by any of them.` },
  // change-of-control
  { batch: 28, types: ['change-of-control'], style: 'singapore', text: `If the Licensee ceases to be controlled by persons resident in Singapore, it shall inform the Authority within 14 days and the Authority may suspend or revoke this Licence.` },
  { batch: 28, types: ['change-of-control'], style: 'biglaw', text: `Upon the consummation of any transaction or series of related transactions as a result of which the holders of Licensee's voting securities immediately prior thereto hold less than a majority of the voting power of the surviving entity, each milestone payment under Section 4.3 that has not yet become due shall be accelerated and become payable in full.` },
  { batch: 28, types: ['change-of-control'], style: 'nordic', text: `Should the Supplier come under the decisive influence of another undertaking, the Customer may terminate the Agreement on three months' notice.` },
  { batch: 28, types: ['change-of-control'], style: 'plain', text: `If a bigger company buys you out, tell us within a month. We can then decide whether to keep working with you.` },
  { batch: 28, types: ['change-of-control'], style: 'automotive', text: `Buyer may terminate this Supply Agreement if Supplier merges with, or passes into the hands of, a manufacturer of complete vehicles.` },
  { batch: 28, types: [], style: 'automotive', text: `Supplier shall not change the production process, the production location or any sub-tier supplier for a Part without first obtaining Buyer's written approval under the PPAP procedure.` },
  // non-compete
  { batch: 28, types: ['non-compete'], may: ['exclusivity'], style: 'indian', text: `During the subsistence of this Agreement, the Licensee shall not, either by itself or through any of its group concerns, manufacture or deal in any two-wheeler braking systems other than the Licensed Products.` },
  { batch: 28, types: ['non-compete'], style: 'biotech', text: `For so long as it receives royalties under Section 5, Licensee shall not, itself or with a Third Party, research, develop or commercialize any compound that modulates the GLP-2 receptor as its primary mechanism of action.` },
  { batch: 28, types: ['non-compete'], style: 'nordic', text: `For six months after the employment ends, the Employee shall not enter into employment with, or start, a business that competes with the Employer in Finland. The Employer shall pay the Employee compensation for the restricted period as the Employment Contracts Act requires.` },
  { batch: 28, types: ['non-compete'], style: 'shortform', text: `No competing work for 12 months after you leave.` },
  { batch: 28, types: ['non-compete'], may: ['exclusivity'], style: 'telecom', text: `The Reseller shall not market, on its own account or for any other operator, any mobile virtual network service to consumers in the Territory while this Agreement is in force.` },
  { batch: 28, types: ['non-compete'], style: 'opensource', text: `As long as you are a Certified Partner, you may not offer a commercially supported distribution of the Project that competes with the Enterprise Edition.` },
  { batch: 28, types: ['non-compete'], style: 'automotive', text: `12. Confidentiality
During the Term and for two years after it, the Consultant shall not work for any company developing automated driving software for passenger cars.` },
  { batch: 28, types: [], style: 'opensource', text: `You may use, modify and distribute the Software under the Apache License 2.0, including in products that compete with our own.` },
  { batch: 28, types: [], style: 'indian', text: `Each party shall comply with the Competition Act, 2002 and shall not enter into any agreement which causes or is likely to cause an appreciable adverse effect on competition within India.` },
  // exclusivity
  { batch: 28, types: ['exclusivity'], style: 'automotive', text: `Supplier shall be the single-source supplier to Buyer of the Parts listed in Appendix A for the life of the Vehicle Program, and Buyer shall not resource the Parts to another supplier except as Section 14 permits.` },
  { batch: 28, types: ['exclusivity'], style: 'telecom', text: `The Owner shall not grant any other party the right to install telecommunication equipment on the rooftop of the Building during the Term.` },
  { batch: 28, types: ['exclusivity'], may: ['license-grant'], style: 'biotech', text: `The licence under Clause 2.1 shall be exclusive (even as to the University) in the Field, save that the University retains the right to practise the Patents for non-commercial research and teaching.` },
  { batch: 28, types: ['exclusivity'], style: 'plain', text: `We'll use only you for our grain haulage while this deal lasts.` },
  { batch: 28, types: [], style: 'singapore', text: `The Customer shall have sole responsibility for backing up its data and for the security of its login credentials.` },
  { batch: 28, types: [], style: 'us', text: `Licensee shall have the exclusive right to control the defense of any claim brought against it in the Territory, at its own expense.` },
  // most-favored
  { batch: 28, types: ['most-favored'], style: 'telecom', text: `The Access Provider shall not offer interconnection to any other Service Provider on terms more favourable than those offered to the Access Seeker, and shall extend any such terms to the Access Seeker from the date they are offered to the other.` },
  { batch: 28, types: ['most-favored'], style: 'biotech', text: `Should Licensor grant a license under the Platform Patents to any Third Party for a Comparable Product at a royalty rate lower than that set forth in Section 5.1, the royalty rate hereunder shall be reduced to such lower rate for so long as it remains in effect.` },
  { batch: 28, types: ['most-favored'], style: 'plain', text: `You'll always get our best rate. If anyone else pays less for the same plan, we'll lower yours to match.` },
  { batch: 28, types: [], may: ['standards'], style: 'telecom', text: `The Licensor shall offer licences under its Essential Patents to other implementers of the Standard on fair, reasonable and non-discriminatory terms.` },
  { batch: 28, types: [], style: 'nordic', text: `The Buyer shall receive a volume rebate of 2% once its purchases in a Contract Year exceed EUR 1,000,000.` },
  { batch: 28, types: [], style: 'singapore', text: `Most Favoured Customer
The Customer shall be designated a Key Account and assigned a dedicated support engineer for the Term.` },
  // minimum-commitment
  { batch: 28, types: ['minimum-commitment'], style: 'telecom', text: `The Customer commits to a minimum monthly spend of SGD 40,000 on International Private Leased Circuits during the Initial Term, and any shortfall will be charged as a Shortfall Fee.` },
  { batch: 28, types: ['minimum-commitment'], style: 'automotive', text: `Buyer shall purchase not less than 80% of its annual forecast requirements of the Parts, and if its actual purchases fall below that level Buyer shall compensate Supplier for unrecovered tooling costs.` },
  { batch: 28, types: ['minimum-commitment'], style: 'indian', text: `Commencing from the second Contract Year, the Licensee shall pay to the Licensor a minimum guaranteed royalty of INR 50,00,000 (Rupees Fifty Lakhs) per annum, irrespective of actual sales.` },
  { batch: 28, types: ['minimum-commitment'], style: 'plain', text: `You agree to buy at least 200 cases a quarter. If you buy fewer, you pay for the difference.` },
  { batch: 28, types: [], style: 'automotive', text: `Supplier shall keep a safety stock of at least four weeks of Buyer's forecast demand at its warehouse in Gothenburg.` },
  { batch: 28, types: [], style: 'indian', text: `The Licensee shall maintain a minimum net worth of INR 10 crore throughout the Term.` },
  // covenant-not-to-sue
  { batch: 28, types: ['covenant-not-to-sue'], may: ['license-grant'], style: 'opensource', text: `If you comply with this licence, each Contributor agrees not to assert against you any patent claim it owns that is necessarily infringed by its Contribution.` },
  { batch: 28, types: ['covenant-not-to-sue'], style: 'nordic', text: `The Licensee undertakes not to challenge, or to assist anyone else in challenging, the validity of the Patents before the Swedish Patent and Registration Office or any court.` },
  { batch: 28, types: ['covenant-not-to-sue'], style: 'canadian', text: `In consideration of the Settlement Amount, the Plaintiff releases and forever discharges the Defendant from all actions, causes of action and claims arising out of the Supply Agreement, and covenants not to institute any proceeding against the Defendant in respect of them.` },
  { batch: 28, types: ['covenant-not-to-sue'], style: 'biotech', text: `Licensor will not sue Licensee or its Affiliates for infringement of the Research Tool Patents arising from internal research uses.` },
  { batch: 28, types: [], style: 'singapore', text: `The Licensee shall not use the Licensed Marks in any manner that may invalidate, dilute or bring them into disrepute.` },
  // assignment
  { batch: 28, types: ['assignment'], style: 'nordic', text: `Neither party may transfer this Agreement to anyone else without the other party's written consent. A transfer as part of an intra-group restructuring does not need consent.` },
  { batch: 28, types: ['assignment'], style: 'telecom', text: `The Licensee shall not transfer or assign this Licence or any right under it, including the spectrum assigned to it, except with the prior written approval of the Licensor in accordance with the transfer guidelines.` },
  { batch: 28, types: ['assignment'], style: 'shortform', text: `Any purported assignment of this Agreement by the Licensee in breach of this clause shall be void ab initio.` },
  { batch: 28, types: [], style: 'telecom', text: `The Operator shall assign a dedicated account manager to the Customer within five business days of the Effective Date.` },
  // volume-restriction
  { batch: 28, types: ['volume-restriction'], style: 'telecom', text: `Use of the Service is subject to a fair-use limit of 500 GB per line per month, beyond which speeds will be reduced to 1 Mbps.` },
  { batch: 28, types: ['volume-restriction'], style: 'biotech', text: `The Licensee may produce no more than 5 kilograms of the Licensed Compound per calendar year for clinical supply without the Licensor's consent.` },
  { batch: 28, types: ['volume-restriction'], style: 'automotive', text: `The licence is limited to installation in no more than 20,000 vehicles per model year.` },
  { batch: 28, types: [], style: 'indian', text: `Each consignment shall not exceed the maximum gross vehicle weight permitted under the Motor Vehicles Act, 1988.` },
  // non-solicit
  { batch: 28, types: ['non-solicit'], style: 'singapore', text: `The Consultant shall not, for twelve (12) months after the end of the Engagement, solicit or entice away any client of the Company to whom the Consultant provided services.` },
  { batch: 28, types: ['non-solicit'], style: 'nordic', text: `Neither party will recruit the other party's staff who worked on the project for six months after it ends, unless the person answers a public job advertisement.` },
  { batch: 28, types: [], style: 'automotive', text: `Non-Solicitation. The Distributor shall not solicit orders for the Vehicles from customers outside the Territory.` },
  { batch: 28, types: [], style: 'canadian', text: `The Distributor shall actively solicit orders for the Products throughout the Territory and shall maintain a sales force adequate for that purpose.` },
  // price-restriction
  { batch: 28, types: ['price-restriction'], style: 'automotive', text: `Supplier's piece prices shall be reduced by 2% on each anniversary of start of production and may not be increased during the program life except by the raw-material indexation in Appendix C.` },
  { batch: 28, types: ['price-restriction'], style: 'indian', text: `The Licensee shall not sell the Licensed Product in India at a price exceeding the ceiling price notified by the National Pharmaceutical Pricing Authority.` },
  // first-refusal
  { batch: 28, types: ['first-refusal'], style: 'indian', text: `The Licensee shall not sell or otherwise dispose of any of the Licensed Patents without first offering the same to the Licensor on identical terms.` },
  { batch: 28, types: ['first-refusal'], style: 'biotech', text: `If Licensor wishes to license the Platform for any indication outside the Field, it shall first notify Licensee and negotiate exclusively and in good faith with Licensee for ninety (90) days before approaching any third party.` },
  { batch: 28, types: ['first-refusal'], style: 'nordic', text: `If a shareholder intends to transfer shares to someone other than an existing shareholder, the other shareholders have a right of pre-emption to acquire the shares at the price offered by the third party.` },
  { batch: 28, types: ['first-refusal'], style: 'plain', text: `Before you sell the truck to anyone else, give us the chance to buy it at the same price.` },
  { batch: 28, types: [], style: 'biotech', text: `Licensee shall have the first right, but not the obligation, to bring an action against any infringer of the Licensed Patents in the Field.` },
];

// ---- the twenty-ninth batch (batch: 29; TWENTY_NINTH_TYPES; tag29, 2026-12-02 03:30 UTC), written before its author
// read any cue, word class or frame of src/tag or ran the tagger on it: twelve types, the cross-licence and boilerplate
// types of MEASURED_TYPES that no batch has measured unfitted since the eighth (grant-back, defensive termination,
// sublicensing, field of use, enforcement, dispute resolution, payment terms, market allocation) and the four the latest
// batches recalled least before their rounds (first refusal 0/4, change of control 1/5, non-compete 3/7, third-party
// beneficiary); German, Japanese, Brazilian and French contracts in translation, UK deed style, US long-form, EDGAR text
// hard-wrapped, terse term sheets and plain English, clauses without headings and under headings that mislead; 82 clauses,
// 22 of them near misses.
const TWENTY_NINTH_BATCH: readonly HeldOutClause[] = [
  // first-refusal
  { batch: 29, types: ['first-refusal'], style: 'german', text: `Should the Licensor intend to grant a licence under the Licensed Patents for veterinary applications, it shall first inform the Licensee in writing of the intended terms. The Licensee may, within six weeks of receipt, declare that it will take a licence on those terms, in which case the Licensor shall conclude the licence with the Licensee.` },
  { batch: 29, types: ['first-refusal'], style: 'termsheet', text: `ROFN: Licensee gets an exclusive 60-day negotiation window on any Phase III asset Licensor decides to partner.` },
  { batch: 29, types: ['first-refusal'], style: 'edgar', text: `            (c)  In the event that the Company receives a bona fide
        offer from a third party to purchase the Facility which it
        desires to accept, the Company shall give the Tenant written
        notice of the terms of such offer, and the Tenant shall have
        thirty (30) days thereafter within which to elect to purchase
        the Facility on the same terms and conditions.` },
  { batch: 29, types: ['first-refusal'], style: 'japanese', text: `In case Party A intends to dispose of its share in the Joint Patent Rights, Party A shall consult with Party B in advance, and Party B shall be given priority to acquire such share on conditions equivalent to those proposed by the third party.` },
  { batch: 29, types: ['first-refusal'], style: 'plain', text: `If we ever decide to sell the Lakeview brand, you get the first look: we'll show you the deal before we show it to anyone else.` },
  { batch: 29, types: [], style: 'us', text: `Licensee shall have the first right to prepare, file, prosecute and maintain the Joint Patents, at its own expense, using counsel reasonably acceptable to Licensor.` },
  { batch: 29, types: [], style: 'us', text: `Purchaser shall have the right to refuse delivery of any shipment of Products that does not conform to the Specifications.` },
  // change-of-control
  { batch: 29, types: ['change-of-control'], style: 'english', text: `The Licensor may terminate this Deed by notice to the Licensee if any person, or persons acting in concert, obtains control (within the meaning of section 1124 of the Corporation Tax Act 2010) of the Licensee.` },
  { batch: 29, types: ['change-of-control'], style: 'french', text: `In the event of a modification of the capital structure of the Distributor resulting in the entry of a new majority shareholder, the Distributor shall inform the Supplier thereof by registered letter with acknowledgement of receipt, and the Supplier may terminate the contract as of right.` },
  { batch: 29, types: ['change-of-control'], style: 'brazilian', text: `Any corporate reorganization of the LICENSEE, including merger, spin-off or incorporation of shares, shall depend on the prior and express consent of the LICENSOR, under penalty of immediate termination of this Agreement.` },
  { batch: 29, types: ['change-of-control'], style: 'plain', text: `If someone else takes over your company, this licence ends unless we agree in writing to keep it going.` },
  { batch: 29, types: ['change-of-control'], style: 'biglaw', text: `Upon the acquisition by any Person or group of beneficial ownership of fifty percent (50%) or more of the outstanding voting stock of Licensee, the license granted under Section 2.2 shall automatically become non-exclusive and Section 7.4 shall cease to apply.` },
  { batch: 29, types: [], style: 'us', text: `Each Party shall control the preparation, filing and prosecution of the Patents it solely owns.` },
  { batch: 29, types: [], style: 'english', text: `The Supplier shall notify the Customer of any change in its registered office or bank details at least 30 days before the change takes effect.` },
  // non-compete
  { batch: 29, types: ['non-compete'], style: 'german', text: `For the duration of this Agreement, the Licensee shall refrain from producing, distributing or otherwise promoting, directly or indirectly, products which are in competition with the Contract Products.` },
  { batch: 29, types: ['non-compete'], style: 'japanese', text: `Party B shall not, during the term hereof and for one (1) year after the expiration or termination hereof, manufacture or sell any products identical or similar to the Products, nor cause any third party to do so.` },
  { batch: 29, types: ['non-compete'], style: 'biglaw', text: `Executive covenants that during the Restricted Period Executive will not, directly or indirectly, own, manage, operate, be employed by, provide services to, or participate in the ownership, management or operation of any Competing Business anywhere in the Restricted Territory; provided that Executive may passively own up to two percent (2%) of the publicly traded securities of any corporation.` },
  { batch: 29, types: ['non-compete'], style: 'termsheet', text: `Non-compete: Founders, 2 yrs post-exit, worldwide, respiratory diagnostics.` },
  { batch: 29, types: ['non-compete'], style: 'plain', text: `Confidentiality
While you're our franchisee, you can't own or work in another burger restaurant within 10 miles of your store.` },
  { batch: 29, types: [], style: 'us', text: `Nothing in this Agreement shall prevent either Party from independently developing products that compete with those of the other Party, provided that it does not use the other Party's Confidential Information in doing so.` },
  { batch: 29, types: [], style: 'german', text: `The Distributor shall keep the Supplier informed of the activities of competitors in the Territory and of any competing products launched there.` },
  // third-party-beneficiary
  { batch: 29, types: ['third-party-beneficiary'], style: 'english', text: `A person who is not a party to this Deed has no right under the Contracts (Rights of Third Parties) Act 1999 to enforce any of its terms, save that each Group Company may enforce clause 9 (Licence) as if it were a party.` },
  { batch: 29, types: ['third-party-beneficiary'], style: 'german', text: `Insofar as the Licensee's Affiliates are entitled to claim the licence under Clause 2 directly from the Licensor, this Agreement shall constitute a contract for the benefit of third parties within the meaning of Section 328 of the German Civil Code.` },
  { batch: 29, types: ['third-party-beneficiary'], style: 'us', text: `The Hospital's patients are intended beneficiaries of the Provider's obligations under Section 4.2 and shall have the right to enforce the same.` },
  { batch: 29, types: ['third-party-beneficiary'], style: 'plain', text: `Your family members on the plan can bring a claim against us under this warranty in the same way you can.` },
  { batch: 29, types: ['third-party-beneficiary'], style: 'french', text: `The Licensor expressly agrees that the Licensee's customers may invoke directly against it the guarantee of peaceful enjoyment set out in Article 6.` },
  { batch: 29, types: [], style: 'us', text: `Nothing in this Agreement shall be deemed to create a partnership, joint venture or agency relationship between the Parties.` },
  { batch: 29, types: [], style: 'us', text: `Nothing in this Agreement is intended to confer upon any person other than the Parties and their respective successors and permitted assigns any rights or remedies hereunder.` },
  // grant-back
  { batch: 29, types: ['grant-back'], may: ['improvements'], style: 'japanese', text: `Party B shall promptly notify Party A of any improvement of the Licensed Technology made by Party B, and shall grant to Party A a non-exclusive license to use such improvement free of charge.` },
  { batch: 29, types: ['grant-back'], may: ['improvements'], style: 'edgar', text: `     8.3  Licensee hereby assigns to Licensor all right, title and
          interest in and to any Modifications conceived or reduced
          to practice by Licensee during the Term, and shall execute
          such documents as Licensor may reasonably request to perfect
          such assignment.` },
  { batch: 29, types: ['grant-back'], may: ['improvements', 'sublicensing'], style: 'termsheet', text: `Grant-back: non-excl., royalty-free, worldwide licence to Licensor under Licensee improvements; no right to sublicense.` },
  { batch: 29, types: ['grant-back'], may: ['improvements'], style: 'plain', text: `Anything you build on top of our engine, we can use too, for free, in our own products.` },
  { batch: 29, types: ['grant-back'], may: ['improvements'], style: 'brazilian', text: `The improvements introduced by the LICENSEE in the licensed technology shall belong to the LICENSEE, which hereby grants to the LICENSOR the right to use them, without any additional remuneration, during the term of this Agreement.` },
  { batch: 29, types: [], may: ['improvements'], style: 'english', text: `Each party shall retain ownership of any improvement it makes to its own Background Technology, and neither party shall acquire any right in the other's improvements by virtue of this Agreement.` },
  { batch: 29, types: [], may: ['improvements'], style: 'us', text: `Licensor shall make available to Licensee, at no additional charge, all updates and new releases of the Software that Licensor makes generally available to its customers.` },
  // defensive-termination
  { batch: 29, types: ['defensive-termination'], style: 'plain', text: `If you sue us claiming our app infringes one of your patents, your licence to use the app ends on the day you file.` },
  { batch: 29, types: ['defensive-termination'], style: 'german', text: `The Licensor shall be entitled to terminate the licence for good cause without notice if the Licensee attacks the validity of the Contract Patents, in particular by filing a nullity action or an opposition, or supports a third party in doing so.` },
  { batch: 29, types: ['defensive-termination'], style: 'english', text: `The licence in clause 3 shall be suspended for so long as the Licensee, or any person on its behalf, maintains proceedings against the Licensor alleging that any of the Licensor's products infringes a patent.` },
  { batch: 29, types: ['defensive-termination'], style: 'opensource', text: `A Participant who starts a patent suit against any other Participant, claiming that an implementation of the Specification infringes its patents, loses from the day the suit is filed every licence it received under this Agreement.` },
  { batch: 29, types: [], style: 'us', text: `Licensee shall not contest the validity of the Licensed Marks or Licensor's ownership of them.` },
  { batch: 29, types: [], style: 'us', text: `Either Party may terminate this Agreement on sixty (60) days' written notice if the other Party commits a material breach and fails to cure it within that period.` },
  // sublicensing
  { batch: 29, types: ['sublicensing'], style: 'us', text: `Licensee may grant sublicenses under Section 2.1 solely to its Affiliates and to contract manufacturers acting on its behalf, and each such sublicense shall be in writing and consistent with the terms of this Agreement.` },
  { batch: 29, types: ['sublicensing'], style: 'french', text: `The Licensee may not sub-license all or part of the rights conferred hereby without the prior written agreement of the Licensor; any sub-licence concluded in breach of this article shall be unenforceable against the Licensor.` },
  { batch: 29, types: ['sublicensing'], style: 'plain', text: `You can let your contractors use the software to do work for you, but you can't pass the right on to anyone else.` },
  { batch: 29, types: ['sublicensing'], may: ['assignment'], style: 'edgar', text: `Assignment
     The rights granted herein are personal to the Licensee and
     may not be extended, by sublicense or otherwise, to any third
     party except with the Licensor's prior written consent, which
     shall not be unreasonably withheld.` },
  { batch: 29, types: ['sublicensing'], style: 'termsheet', text: `Sublicensing: permitted through multiple tiers; Licensor receives 25% of sublicense income.` },
  { batch: 29, types: [], style: 'us', text: `Licensee shall be responsible for the acts and omissions of its subcontractors as if they were its own.` },
  // field-of-use
  { batch: 29, types: ['field-of-use'], style: 'us', text: `The license granted under Section 2.1 is limited to the use of the Licensed Technology in the diagnosis of human infectious diseases (the "Field"), and no right is granted, by implication or otherwise, outside the Field.` },
  { batch: 29, types: ['field-of-use'], style: 'japanese', text: `The license hereunder shall be limited to the application of the Licensed Patents to automotive lithium-ion batteries, and Party B shall not use the Licensed Patents for any other purpose.` },
  { batch: 29, types: ['field-of-use'], style: 'plain', text: `You may use the recipes only in your own café, not in packaged food you sell in shops.` },
  { batch: 29, types: ['field-of-use'], style: 'termsheet', text: `Field: oncology, human therapeutics only; excl. diagnostics and animal health.` },
  { batch: 29, types: ['field-of-use'], may: ['market-allocation'], style: 'german', text: `The Licensee is authorised to use the Know-How solely for the manufacture of agricultural machinery; any use in the construction machinery sector is reserved to the Licensor.` },
  { batch: 29, types: [], style: 'us', text: `Field service engineers shall carry identification at all times while on the Customer's premises.` },
  { batch: 29, types: [], style: 'english', text: `The Customer shall use the Equipment only in accordance with the manufacturer's operating instructions and applicable safety regulations.` },
  // enforcement
  { batch: 29, types: ['enforcement'], style: 'english', text: `Each party shall inform the other without delay of any infringement or threatened infringement of the Patents which comes to its attention. The Licensor shall decide, in its absolute discretion, whether to bring proceedings, and shall have conduct of any proceedings it brings.` },
  { batch: 29, types: ['enforcement'], style: 'japanese', text: `If the Licensed Patents are infringed by a third party, Party A shall take necessary measures to eliminate such infringement at its own cost, and Party B shall cooperate therewith.` },
  { batch: 29, types: ['enforcement'], style: 'biglaw', text: `If Licensor does not, within ninety (90) days after notice of an infringement, commence an action to abate it, Licensee may bring and control such action in its own name and at its own expense, and Licensor shall join as a party if required for standing.` },
  { batch: 29, types: ['enforcement'], style: 'plain', text: `If you spot anyone copying our designs, let us know. We decide whether to go after them, and we keep whatever we recover.` },
  { batch: 29, types: ['enforcement'], style: 'brazilian', text: `The LICENSOR undertakes to adopt, at its own expense, all judicial and extrajudicial measures necessary to defend the licensed patents against counterfeiters.` },
  { batch: 29, types: [], may: ['indemnity'], style: 'us', text: `Licensee shall indemnify Licensor against any claim by a third party that the Licensed Products infringe that third party's intellectual property rights.` },
  { batch: 29, types: [], style: 'english', text: `The Contractor shall enforce its site safety rules against its own personnel and its subcontractors.` },
  // dispute-resolution
  { batch: 29, types: ['dispute-resolution'], style: 'japanese', text: `Any doubts or disputes arising in connection with this Agreement shall be settled amicably through mutual consultation between the parties in good faith.` },
  { batch: 29, types: ['dispute-resolution'], style: 'german', text: `For all disputes arising out of or in connection with this Agreement, the courts of Munich shall have exclusive jurisdiction.` },
  { batch: 29, types: ['dispute-resolution'], style: 'plain', text: `If we disagree about an invoice, our account managers will talk first. If they can't sort it out within two weeks, either of us can take it to a mediator.` },
  { batch: 29, types: ['dispute-resolution'], style: 'english', text: `Any matter which the Steering Committee cannot resolve shall be referred to the Chief Executives of the parties and, failing their agreement within 20 Business Days, may be referred by either party to an expert appointed by the President of the Institution of Engineering and Technology, whose determination shall be final and binding save for manifest error.` },
  { batch: 29, types: ['dispute-resolution'], style: 'edgar', text: `     18.2  Any controversy or claim arising out of or relating to
           this Agreement shall be finally settled by binding
           arbitration in New York, New York before three
           arbitrators, and judgment on the award may be entered in
           any court having jurisdiction thereof.` },
  { batch: 29, types: [], style: 'us', text: `Choice of Law and Forum
This Agreement shall be governed by and construed in accordance with the laws of the State of Minnesota, without regard to its conflict of laws principles.` },
  // payment-terms
  { batch: 29, types: ['payment-terms'], style: 'german', text: `All invoices are payable within 30 days of the invoice date without deduction. In the event of late payment, default interest at nine percentage points above the base rate under Section 247 of the German Civil Code shall apply.` },
  { batch: 29, types: ['payment-terms'], may: ['royalty'], style: 'japanese', text: `Party B shall pay the royalties for each calendar half-year by remitting the amount to the bank account designated by Party A by the end of the month following the end of such half-year. Bank transfer charges shall be borne by Party B.` },
  { batch: 29, types: ['payment-terms'], style: 'plain', text: `We'll bill you monthly. Pay within 14 days by card or bank transfer; after that we may charge interest.` },
  { batch: 29, types: ['payment-terms'], style: 'biglaw', text: `All amounts payable hereunder shall be paid in United States dollars, without set-off or counterclaim, and free and clear of any withholding taxes except as required by law; where withholding is so required, the paying Party shall gross up the payment so that the recipient receives the amount it would have received absent such withholding.` },
  { batch: 29, types: ['payment-terms'], style: 'us', text: `The Customer may dispute an invoice only by written notice given within 15 days of its date, stating the amount disputed and the reasons; the undisputed portion shall be paid when due.` },
  { batch: 29, types: ['payment-terms'], style: 'termsheet', text: `Payment: net 45 from invoice; EUR; 1%/month on overdue amounts.` },
  { batch: 29, types: [], style: 'english', text: `The Licensee shall keep complete and accurate books of account showing the quantity of Licensed Products sold, and shall make them available for inspection by the Licensor's auditors on reasonable notice.` },
  { batch: 29, types: [], style: 'us', text: `The Purchase Price shall be increased or decreased, dollar for dollar, by the amount by which Closing Working Capital exceeds or falls short of the Target Working Capital.` },
  // market-allocation
  { batch: 29, types: ['market-allocation'], may: ['field-of-use', 'non-compete'], style: 'us', text: `Company A shall not sell Licensed Products to customers in the aerospace market, which is reserved to Company B, and Company B shall not sell Licensed Products to customers in the automotive market.` },
  { batch: 29, types: ['market-allocation'], may: ['non-compete'], style: 'plain', text: `You look after the customers north of the river; we'll look after everyone south of it, and neither of us will pitch to the other's accounts.` },
  { batch: 29, types: ['market-allocation'], may: ['non-compete'], style: 'japanese', text: `Party A shall not actively solicit orders for the Products from customers located in Party B's Territory, and Party B shall likewise refrain from doing so in Party A's Territory.` },
  { batch: 29, types: ['market-allocation'], style: 'french', text: `The parties agree to divide between them the supply of the public hospitals of the Region, the Supplier serving the establishments of the departments listed in Annex 1 and the Distributor those listed in Annex 2.` },
  { batch: 29, types: [], style: 'us', text: `Licensee shall assign sufficient sales personnel to each market in the Territory to achieve the Annual Sales Targets.` },
  { batch: 29, types: [], style: 'english', text: `Each party shall keep the other informed, quarterly, of its marketing plans for the Products in the Territory.` },
];

const THIRTIETH_BATCH: readonly HeldOutClause[] = [
  // prosecution
  { batch: 30, types: ['prosecution'], style: 'english', text: `The Licensor shall be responsible, at its own cost, for the preparation, filing, prosecution and maintenance of the Licensed Patents, and shall keep the Licensee informed of all material steps, including any proposed amendment of the claims.` },
  { batch: 30, types: ['prosecution'], style: 'plain', text: `We'll keep paying the renewal fees on the patents in every country where you sell. If we decide to let one lapse, we'll tell you at least 60 days before the deadline so you can take it over.` },
  { batch: 30, types: ['prosecution'], style: 'termsheet', text: `Patent costs: Licensee reimburses 50% of out-of-pocket prosecution and annuity costs; Licensor controls filings.` },
  { batch: 30, types: ['prosecution'], style: 'edgar', text: `     6.1  Company shall have the first right, but not the
          obligation, to prepare, file, prosecute and maintain patent
          applications claiming Joint Inventions, using counsel
          reasonably acceptable to University, and shall provide
          University with copies of all office actions and responses
          thereto in sufficient time to permit University to comment.` },
  { batch: 30, types: ['prosecution'], style: 'us', text: `Patent Decisions
If Licensee elects not to pursue a continuation, divisional or foreign counterpart of any Licensed Patent, it shall so notify Licensor in writing, whereupon Licensor may pursue such application in its own name and at its own expense.` },
  { batch: 30, types: [], style: 'us', text: `Licensee shall mark all Licensed Products with the numbers of the applicable Licensed Patents in accordance with 35 U.S.C. § 287.` },
  { batch: 30, types: [], style: 'english', text: `Each party shall file its own tax returns and shall be solely responsible for any taxes assessed on its income under this Agreement.` },
  { batch: 30, types: [], style: 'us', text: `Supplier shall maintain the Equipment in good working order and repair, reasonable wear and tear excepted.` },
  // standards
  { batch: 30, types: ['standards'], style: 'sep', text: `Each Party that holds a patent claim essential to the IEEE 802.11ax standard undertakes to grant licences under that claim to any implementer on fair, reasonable and non-discriminatory terms.` },
  { batch: 30, types: ['standards'], style: 'plain', text: `Anyone building a charger to the open spec can use those of our patents that the spec can't be met without, on fair terms we'll offer to everyone alike.` },
  { batch: 30, types: ['standards'], style: 'english', text: `The royalty under clause 5 covers only those claims of the Licensed Patents that are necessarily infringed by implementing the LTE specifications published by ETSI.` },
  { batch: 30, types: ['standards'], style: 'termsheet', text: `SEPs: 4G/5G cellular portfolio; FRAND-committed; declared to ETSI.` },
  { batch: 30, types: [], style: 'english', text: `The Services shall be performed with the skill and care to be expected of a reasonably competent provider of similar services.` },
  { batch: 30, types: [], style: 'us', text: `Standard Terms
Customer's standard purchase order terms and conditions shall not apply to any order placed under this Agreement.` },
  // territory
  { batch: 30, types: ['territory'], style: 'english', text: `The licence extends to the United Kingdom, the Republic of Ireland, the Channel Islands and the Isle of Man, and to no other country.` },
  { batch: 30, types: ['territory'], style: 'plain', text: `You can sell the kits anywhere in Scandinavia and the Baltics, but nowhere else.` },
  { batch: 30, types: ['territory'], style: 'termsheet', text: `Territory: EEA + Switzerland; RoW reserved.` },
  { batch: 30, types: ['territory'], style: 'edgar', text: `     2.1  Licensor hereby grants to Licensee the right to make,
          have made, use and sell Products throughout the countries
          listed on Schedule C, as such Schedule may be amended from
          time to time by written agreement of the parties.` },
  { batch: 30, types: [], style: 'us', text: `Each Party shall comply with all applicable export control laws of the United States and of any other country from which the Products are shipped.` },
  { batch: 30, types: [], style: 'canadian', text: `This Agreement shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.` },
  // lump-sum
  { batch: 30, types: ['lump-sum'], style: 'us', text: `In consideration of the release and license granted herein, Defendant shall pay Plaintiff a one-time payment of Four Million Dollars ($4,000,000) within ten (10) business days after the Effective Date.` },
  { batch: 30, types: ['lump-sum'], style: 'english', text: `The Licensee shall pay the Licensor a non-refundable signature fee of £250,000 on execution of this Agreement, which shall not be creditable against royalties.` },
  { batch: 30, types: ['lump-sum'], style: 'termsheet', text: `Upfront: USD 2m at signing; fully paid-up thereafter.` },
  { batch: 30, types: ['lump-sum'], style: 'plain', text: `You pay us one flat fee of $15,000 and that's it: no royalties, and no extra charge for more users.` },
  { batch: 30, types: ['lump-sum'], style: 'patentpool', text: `Because Party A's portfolio is the larger, Party B shall make a balancing payment to Party A of EUR 1,500,000, payable in three equal annual instalments.` },
  { batch: 30, types: [], style: 'english', text: `The Licensee shall pay the Licensor a royalty of 3% of the Net Sales of each Licensed Product sold in the Territory.` },
  { batch: 30, types: [], style: 'english', text: `Each party shall name a single point of contact for all operational matters arising under this Agreement.` },
  // milestone
  { batch: 30, types: ['milestone'], style: 'biotech', text: `Within thirty (30) days after the first dosing of a patient in a Phase II clinical trial of a Licensed Product, Licensee shall pay Licensor One Million U.S. Dollars (US$1,000,000).` },
  { batch: 30, types: ['milestone'], style: 'english', text: `On the first commercial sale of a Licensed Product in any Major Market, the Licensee shall pay the Licensor £500,000; this payment shall be made once only, whatever the number of Licensed Products.` },
  { batch: 30, types: ['milestone'], style: 'termsheet', text: `Milestones: $2m on FDA approval; $5m when cumulative net sales first exceed $100m.` },
  { batch: 30, types: ['milestone'], may: ['lump-sum'], style: 'plain', text: `When your first 10,000 units ship, you owe us a one-off bonus of $50,000.` },
  { batch: 30, types: [], style: 'outsourcing', text: `The Developer shall deliver each Deliverable by the date shown for it in the Project Plan, and the Customer shall have ten Business Days to accept or reject it.` },
  // diligence
  { batch: 30, types: ['diligence'], may: ['milestone'], style: 'us', text: `Licensee shall achieve the first commercial sale of a Licensed Product within twenty-four (24) months after the Effective Date.` },
  { batch: 30, types: ['diligence'], style: 'biotech', text: `Licensee shall use Commercially Reasonable Efforts to develop and obtain Regulatory Approval for at least one Licensed Product in each of the United States, the European Union and Japan.` },
  { batch: 30, types: ['diligence'], style: 'english', text: `The Distributor shall use all reasonable endeavours to promote and extend the sale of the Products throughout the Territory.` },
  { batch: 30, types: ['diligence'], style: 'plain', text: `You'll actively push the product: keep it on your price list, train your staff on it, and show it at the main trade fairs.` },
  { batch: 30, types: ['diligence'], style: 'english', text: `Royalties
If the Licensee has not launched a Licensed Product by the third anniversary of the Commencement Date, the Licensor may by notice convert the licence into a non-exclusive licence.` },
  { batch: 30, types: [], style: 'us', text: `The Receiving Party shall protect the Disclosing Party's Confidential Information using at least the same degree of care it uses to protect its own confidential information of like kind, and in no event less than reasonable care.` },
  { batch: 30, types: [], style: 'english', text: `Each party shall act in good faith towards the other in the performance of this Agreement.` },
  // reporting
  { batch: 30, types: ['reporting'], style: 'us', text: `Within forty-five (45) days after the end of each Calendar Quarter, Licensee shall deliver to Licensor a written report setting forth, on a country-by-country basis, the gross sales, deductions and Net Sales of Licensed Products.` },
  { batch: 30, types: ['reporting'], may: ['diligence'], style: 'english', text: `The Licensee shall provide the Licensor with an annual written summary of its development activities and the results obtained, in sufficient detail to allow the Licensor to assess compliance with clause 7 (Diligence).` },
  { batch: 30, types: ['reporting'], style: 'plain', text: `Every six months, send us a short note on how the trials are going and anything that's held them up.` },
  { batch: 30, types: ['reporting'], style: 'termsheet', text: `Reporting: quarterly sales statements; annual development progress update.` },
  { batch: 30, types: [], style: 'us', text: `Customer shall report any fault in the Service to Supplier's help desk by telephone or e-mail.` },
  { batch: 30, types: [], style: 'english', text: `The auditor's findings shall be conclusive and binding on both parties save in the case of manifest error.` },
  // information-exchange
  { batch: 30, types: ['information-exchange'], style: 'us', text: `Neither Party shall disclose to the other any information concerning its current or future prices, pricing policies, bids, costs, margins or customer-specific terms, and any such information received in error shall be returned or destroyed without review.` },
  { batch: 30, types: ['information-exchange'], style: 'english', text: `The parties' sales teams shall not exchange information on their respective customers, volumes or terms of sale; where such information must be shared to operate the Joint Venture, it shall be passed only to the clean team described in Schedule 4.` },
  { batch: 30, types: ['information-exchange'], style: 'plain', text: `Our people won't tell your people what we charge other customers, and you won't tell us what you charge yours.` },
  { batch: 30, types: ['information-exchange'], style: 'termsheet', text: `Info sharing: aggregated, historic (>12 months) sales data only; no current pricing; via independent third party.` },
  { batch: 30, types: [], style: 'us', text: `Licensor shall provide Licensee with all technical information reasonably necessary to practice the Licensed Know-How.` },
  { batch: 30, types: [], style: 'english', text: `Each party shall promptly inform the other of any change to its address for service.` },
  // antitrust-compliance
  { batch: 30, types: ['antitrust-compliance'], style: 'english', text: `Nothing in this Agreement shall require either party to act in a way that would infringe Article 101 of the Treaty on the Functioning of the European Union or Chapter I of the Competition Act 1998.` },
  { batch: 30, types: ['antitrust-compliance'], may: ['entire-agreement'], style: 'us', text: `If any provision of this Agreement is determined by a court or agency of competent jurisdiction to violate the antitrust laws, the Parties shall negotiate in good faith a modification that most nearly achieves their original intent in a lawful manner.` },
  { batch: 30, types: ['antitrust-compliance'], style: 'plain', text: `We both play fair under competition law: nothing here stops either of us setting our own prices or deciding who we sell to.` },
  { batch: 30, types: ['antitrust-compliance'], style: 'us', text: `The effectiveness of the license under Section 2 is conditioned on the expiration or early termination of any waiting period under the Hart-Scott-Rodino Antitrust Improvements Act of 1976.` },
  { batch: 30, types: [], style: 'english', text: `Each party shall comply with all applicable anti-bribery and anti-corruption laws, including the Bribery Act 2010 and the US Foreign Corrupt Practices Act.` },
  { batch: 30, types: [], style: 'us', text: `Distributor shall compete vigorously for all tenders issued by public hospitals in the Territory.` },
  // governance-committee
  { batch: 30, types: ['governance-committee'], style: 'biotech', text: `Within thirty (30) days after the Effective Date, the Parties shall establish a Joint Steering Committee composed of three (3) representatives of each Party, which shall meet at least quarterly to oversee the Development Plan.` },
  { batch: 30, types: ['governance-committee'], style: 'english', text: `The Project Board shall meet monthly, in person or by video conference; its quorum shall be two members, one appointed by each party, and its decisions shall be unanimous and recorded in minutes circulated within five Business Days.` },
  { batch: 30, types: ['governance-committee'], style: 'plain', text: `Each of us picks two people for a small working group that meets every month to review progress and agree the next steps.` },
  { batch: 30, types: ['governance-committee'], style: 'termsheet', text: `Governance: JSC (3+3); quarterly; Licensor casting vote on regulatory matters.` },
  { batch: 30, types: [], style: 'us', text: `Licensee shall appoint a project manager who shall be Licensor's principal point of contact for day-to-day matters.` },
  { batch: 30, types: [], style: 'english', text: `The annual general meeting of the Company shall be held within six months of the end of each financial year.` },
  // contingency
  { batch: 30, types: ['contingency'], style: 'outsourcing', text: `The Supplier shall maintain, and test at least annually, a business continuity and disaster recovery plan that will restore the Services within 24 hours of any serious disruption.` },
  { batch: 30, types: ['contingency'], style: 'us', text: `If Supplier is unable to supply Product for more than ninety (90) consecutive days, Supplier shall grant Customer a temporary, royalty-free license to manufacture Product, or have it manufactured, until Supplier resumes supply.` },
  { batch: 30, types: ['contingency'], style: 'plain', text: `If our factory goes down, we'll switch you to our backup plant in Ohio within two weeks, at our cost.` },
  { batch: 30, types: ['contingency'], style: 'termsheet', text: `Step-in: Licensee may manufacture under temporary licence on Supplier failure > 60 days.` },
  { batch: 30, types: [], style: 'us', text: `Payment of the Fees is contingent upon Customer's acceptance of the Deliverables.` },
  { batch: 30, types: [], style: 'english', text: `The Company shall keep a register of members at its registered office.` },
  // transition
  { batch: 30, types: ['transition'], style: 'outsourcing', text: `Upon expiration or termination of this Agreement for any reason, Provider shall, for up to six (6) months and at Customer's request, continue to provide the Services and provide such assistance as Customer reasonably requires to transfer the Services to Customer or a successor provider.` },
  { batch: 30, types: ['transition'], style: 'english', text: `On termination, the Supplier shall co-operate fully with the Customer and any Replacement Supplier to ensure an orderly handover of the Services, including by providing all relevant data in a commonly used format.` },
  { batch: 30, types: ['transition'], style: 'plain', text: `When the contract ends, we'll keep the lights on for up to 90 days and help move your data to whoever takes over.` },
  { batch: 30, types: ['transition'], style: 'termsheet', text: `Exit: 6-month transition services at then-current rates; bridging licence to sell off stock.` },
  { batch: 30, types: [], style: 'us', text: `This Agreement shall continue on a month-to-month basis after the Initial Term unless either party gives thirty (30) days' notice of non-renewal.` },
  // force-majeure
  { batch: 30, types: ['force-majeure'], style: 'english', text: `Neither party shall be in breach of this Agreement nor liable for delay in performing its obligations if such delay results from events, circumstances or causes beyond its reasonable control.` },
  { batch: 30, types: ['force-majeure'], style: 'plain', text: `If a flood, strike, pandemic or anything else we can't control stops us delivering, we won't be liable while it lasts, but we'll tell you quickly and try to work around it.` },
  { batch: 30, types: ['force-majeure'], style: 'edgar', text: `     19.4  Neither party shall be liable to the other for any
           failure or delay in performance occasioned by an act of
           God, war, insurrection, epidemic, labor dispute, failure
           of public utilities or any other cause not within its
           control, and the time for performance shall be extended
           for the period of such delay.` },
  { batch: 30, types: ['force-majeure'], style: 'termsheet', text: `FM: usual carve-outs; either party may terminate after 90 days' continuing FM event.` },
  { batch: 30, types: ['force-majeure'], style: 'english', text: `Delivery
The Seller shall not be responsible for late delivery caused by war, riot, epidemic, embargo, fire or governmental action, provided that it notifies the Buyer promptly.` },
  { batch: 30, types: [], style: 'english', text: `The Licensee shall insure the Equipment against fire, flood and theft for its full replacement value.` },
  { batch: 30, types: [], style: 'us', text: `Licensor's aggregate liability for any claim arising out of this Agreement shall not exceed the fees paid by Licensee in the twelve (12) months preceding the claim.` },
  // entire-agreement
  { batch: 30, types: ['entire-agreement'], style: 'plain', text: `This document is the whole deal between us. Anything we discussed or emailed before signing doesn't count unless it's written here.` },
  { batch: 30, types: ['entire-agreement'], style: 'english', text: `No variation of this Agreement shall be effective unless it is in writing and signed by or on behalf of each of the parties.` },
  { batch: 30, types: ['entire-agreement'], style: 'us', text: `This Agreement may be executed in counterparts, each of which shall be deemed an original and all of which together shall constitute one instrument; signatures delivered by PDF shall be binding.` },
  { batch: 30, types: ['entire-agreement'], style: 'english', text: `A failure or delay by a party to exercise any right or remedy under this Agreement shall not constitute a waiver of that or any other right or remedy.` },
  { batch: 30, types: ['entire-agreement'], style: 'english', text: `The Customer acknowledges that in entering into this Agreement it has not relied on any statement, representation or assurance that is not set out in this Agreement.` },
  { batch: 30, types: [], may: ['dispute-resolution'], style: 'us', text: `EACH PARTY HEREBY WAIVES ITS RIGHT TO A TRIAL BY JURY IN ANY ACTION ARISING OUT OF THIS AGREEMENT.` },
  { batch: 30, types: [], style: 'english', text: `The whole of the Purchase Price shall be paid on Completion.` },
  // dispute-resolution
  { batch: 30, types: ['dispute-resolution'], style: 'english', text: `Any dispute shall first be referred to the parties' respective finance directors; if it is not resolved within 14 days, to their chief executives; and if it is still unresolved, either party may commence proceedings.` },
  { batch: 30, types: ['dispute-resolution'], style: 'plain', text: `If something goes wrong between us, let's talk first. If we still can't agree after a month, we'll bring in a neutral mediator before anyone goes to court.` },
  { batch: 30, types: ['dispute-resolution'], style: 'singapore', text: `Any dispute arising out of or in connection with this contract shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre in accordance with its Rules for the time being in force.` },
  { batch: 30, types: ['dispute-resolution'], style: 'termsheet', text: `Disputes: ICC arbitration; London seat; English language; 3 arbitrators.` },
  { batch: 30, types: ['dispute-resolution'], style: 'english', text: `Miscellaneous
The courts of England and Wales shall have exclusive jurisdiction to settle any claim arising out of or in connection with this Agreement.` },
  { batch: 30, types: [], style: 'us', text: `Disputed Amounts
If Customer disputes any portion of an invoice in good faith, it may withhold the disputed amount, but shall pay the undisputed balance by the due date.` },
  { batch: 30, types: [], style: 'us', text: `Licensee shall defend, at its own expense, any claim brought against Licensor by a third party alleging that a Licensed Product caused bodily injury.` },
  // third-party-beneficiary
  { batch: 30, types: [], style: 'english', text: `A person who is not a party to this Agreement shall have no right under the Contracts (Rights of Third Parties) Act 1999 to enforce any of its terms.` },
  { batch: 30, types: ['third-party-beneficiary'], style: 'us', text: `Each Indemnified Person that is not a party hereto is an express third-party beneficiary of Section 9 and may enforce it directly.` },
  { batch: 30, types: [], style: 'plain', text: `Only you and we have rights under this agreement; nobody else can sue to enforce it.` },
  { batch: 30, types: ['third-party-beneficiary'], style: 'australian', text: `The parties intend that clause 12 (Release) benefit each Related Body Corporate of the Licensee, and the Licensee holds the benefit of that clause on trust for each of them.` },
  { batch: 30, types: [], style: 'us', text: `Licensee may extend the benefit of the license to its Affiliates, provided that Licensee remains responsible for their compliance with this Agreement.` },
  { batch: 30, types: [], style: 'english', text: `The Distributor shall pass on to its customers the benefit of the manufacturer's warranty in respect of the Products.` },
  { batch: 30, types: [], style: 'us', text: `Licensee shall cause Licensor to be named as an additional insured under each such policy.` },
];

const THIRTY_FIRST_BATCH: readonly HeldOutClause[] = [
  // improvements
  { batch: 31, types: ['improvements'], style: 'australian', text: `The Licensee must promptly disclose to the Licensor every modification, adaptation or refinement of the Licensed Technology that the Licensee or any of its Related Bodies Corporate devises during the Term, and the Licensor may use each such modification on the terms of clause 9.` },
  { batch: 31, types: ['improvements'], style: 'edgar', text: `     7.3  All upgrades, new versions and follow-on inventions
          relating to the Licensed Process that are made by either
          party after the Effective Date shall be deemed included in
          the Licensed Process for all purposes of this Agreement,
          without additional consideration.` },
  { batch: 31, types: ['improvements'], style: 'plain', text: `Anything we develop later that builds on the licensed recipe is covered by this licence too, and we'll show your kitchen staff how it works within a month of finishing it.` },
  { batch: 31, types: ['improvements'], style: 'outline', text: `(c) Licensor Enhancements. (i) Licensor shall make available to Licensee each enhancement to the Licensed Technology that Licensor reduces to practice during the Term; and (ii) each such enhancement shall thereupon become part of the Licensed Technology.` },
  { batch: 31, types: ['improvements'], style: 'english', text: `Any further patent application filed by the Licensor claiming subject-matter that improves upon the inventions of the Licensed Patents shall be added to Schedule 1 and licensed to the Licensee under clause 2 without further fee.` },
  { batch: 31, types: ['improvements'], style: 'english', text: `Each party shall be free to develop the Licensed Software further; a copy of any derivative work shall be delivered to the other party within 30 days of its first release, and the other party shall have a non-exclusive licence to use it.` },
  { batch: 31, types: [], style: 'australian', text: `The Contractor must carry out the improvement works to the access road in accordance with the Specification and to the reasonable satisfaction of the Council's engineer.` },
  { batch: 31, types: [], style: 'outsourcing', text: `The parties will meet each quarter to review performance against the Service Levels and to agree a plan for the continuous improvement of the Services.` },
  { batch: 31, types: [], style: 'plain', text: `If your scores don't improve within 30 days of starting the course, you can cancel and get your money back.` },
  // confidentiality
  { batch: 31, types: ['confidentiality'], style: 'australian', text: `Each party must keep the terms of this deed, and all information it obtains about the other party's business under it, secret, and must not disclose them except to its professional advisers who are bound by a duty of confidence.` },
  { batch: 31, types: ['confidentiality'], style: 'edgar', text: `     11.  NONDISCLOSURE.  Recipient shall hold all Proprietary
          Information in strict confidence, shall not disclose the same
          to any third party, and shall use it solely for the Purpose.
          These obligations shall continue for five (5) years after the
          date of disclosure.` },
  { batch: 31, types: ['confidentiality'], style: 'plain', text: `Don't share our price list, recipes or customer names with anyone outside your company, even after this deal ends.` },
  { batch: 31, types: ['confidentiality'], style: 'outline', text: `(a) Restrictions. The Receiving Party shall (i) not use the Disclosing Party's trade secrets except to perform its obligations hereunder; (ii) limit access to them to those of its employees who need to know them; and (iii) return or destroy them upon request.` },
  { batch: 31, types: ['confidentiality'], style: 'english', text: `Neither party shall, without the prior written consent of the other, divulge to any person any commercially sensitive information of the other that comes to its knowledge in the course of the negotiations for this Agreement.` },
  { batch: 31, types: ['confidentiality'], style: 'english', text: `The Consultant shall treat as secret all know-how, designs and business plans of the Company that come to his knowledge, and this obligation shall survive the termination of the engagement.` },
  { batch: 31, types: [], style: 'australian', text: `The Tenderer must lodge its tender in a sealed envelope marked "Confidential - Tender for Catering Services" at the Council's offices before the closing time.` },
  { batch: 31, types: [], style: 'english', text: `The Licensor gives no warranty that the Licensed Know-How is secret, novel or capable of protection by any intellectual property right.` },
  { batch: 31, types: [], style: 'us', text: `Supplier shall disclose to Customer in writing any actual or potential conflict of interest that arises during the Term.` },
  // data-protection
  { batch: 31, types: ['data-protection'], style: 'australian', text: `Each party must comply with the Privacy Act 1988 (Cth) and the Australian Privacy Principles in relation to any personal information it collects, uses or discloses in connection with this agreement.` },
  { batch: 31, types: ['data-protection'], style: 'english', text: `Where the Supplier processes Personal Data on behalf of the Customer, it shall do so only on the Customer's documented instructions and shall implement appropriate technical and organisational measures against unauthorised or unlawful processing, as required by Article 28 of the UK GDPR.` },
  { batch: 31, types: ['data-protection'], may: ['confidentiality'], style: 'edgar', text: `     9.4  Processor shall safeguard all individually identifiable
          health information of Plan members received hereunder in
          accordance with HIPAA and the regulations promulgated
          thereunder, and shall report any unauthorized use or
          disclosure thereof to the Plan within five (5) business days.` },
  { batch: 31, types: ['data-protection'], style: 'plain', text: `We only use your name and email to send you your orders, we never sell them, and you can ask us to delete them at any time.` },
  { batch: 31, types: ['data-protection'], style: 'outline', text: `(b) Security Incidents. In the event of any unauthorized access to Customer Data, Vendor shall (i) notify Customer within seventy-two (72) hours of discovery; (ii) investigate and remediate the incident; and (iii) cooperate with Customer in notifying affected individuals.` },
  { batch: 31, types: ['data-protection'], style: 'newzealand', text: `The Contractor must not transfer any personal information received from the Agency to any place outside New Zealand without the Agency's prior written approval.` },
  { batch: 31, types: [], style: 'english', text: `The Licensor shall deliver the Data Sets to the Licensee on encrypted hard drives within 14 days of the Commencement Date.` },
  { batch: 31, types: [], style: 'australian', text: `The Supplier may register its interest in the Goods on the Personal Property Securities Register, and the Distributor must sign any document the Supplier reasonably requires for that purpose.` },
  { batch: 31, types: [], style: 'plain', text: `Your data plan includes 20 GB a month; anything over that is charged at $5 per GB.` },
  // indemnity
  { batch: 31, types: ['indemnity'], style: 'australian', text: `The Supplier indemnifies the Customer against any loss, damage, cost or expense the Customer suffers or incurs as a result of any breach of this agreement by the Supplier or any negligent act or omission of its Personnel.` },
  { batch: 31, types: ['indemnity'], style: 'edgar', text: `     12.  Distributor agrees to defend, hold harmless and indemnify
          Manufacturer from and against any and all claims, suits,
          judgments and expenses (including reasonable attorneys'
          fees) arising out of Distributor's unauthorized
          representations concerning the Products.` },
  { batch: 31, types: ['indemnity'], style: 'plain', text: `If someone sues you because our software infringes their patent, we'll take over the case and pay any damages and costs you're ordered to pay.` },
  { batch: 31, types: ['indemnity'], style: 'outline', text: `(a) By Licensee. Licensee shall defend Licensor against any Third Party Claim arising from (i) the manufacture or sale of Licensed Products by Licensee; or (ii) Licensee's breach of Section 8, and shall pay all damages finally awarded on such claim.` },
  { batch: 31, types: ['indemnity'], style: 'english', text: `The Licensee shall keep the Licensor fully and effectively indemnified from and against all actions, proceedings, claims and demands brought by any third party in respect of any product liability arising from Products sold by the Licensee.` },
  { batch: 31, types: ['indemnity'], style: 'english', text: `The Client shall make good to the Agency any loss the Agency suffers by reason of the Client's failure to obtain the copyright clearances for material supplied by the Client.` },
  { batch: 31, types: [], style: 'english', text: `Nothing in this Agreement shall limit either party's liability for death or personal injury caused by its negligence or for fraud.` },
  { batch: 31, types: [], style: 'australian', text: `Insurance
The Contractor's public liability policy must include a principal's indemnity extension in favour of the Principal and must not exclude cross-liability claims.` },
  { batch: 31, types: [], style: 'english', text: `The Employer shall reimburse the Employee for reasonable travel expenses incurred in the performance of his duties, on production of receipts.` },
  // notices
  { batch: 31, types: ['notices'], style: 'australian', text: `A notice under this deed must be in writing, signed by the sender and delivered by hand, sent by prepaid post or emailed to the recipient's address set out in the Details, and takes effect when it is received.` },
  { batch: 31, types: ['notices'], style: 'edgar', text: `     15.  All communications hereunder shall be in writing and
          shall be deemed given when delivered personally, one (1) day
          after deposit with a nationally recognized overnight courier,
          or three (3) days after mailing by certified mail, return
          receipt requested, addressed as follows:` },
  { batch: 31, types: ['notices'], style: 'plain', text: `If you need to tell us something official under this agreement, like cancelling, email legal@ourcompany.example; we'll write to the email address you signed up with.` },
  { batch: 31, types: ['notices'], style: 'outline', text: `(c) Method of Delivery. Any notice required hereunder shall be sent (i) by nationally recognized overnight courier; (ii) by certified mail; or (iii) by email with confirmation of transmission, to the address of the recipient set forth on the signature page.` },
  { batch: 31, types: ['notices'], style: 'english', text: `Any notice served by first class post shall be deemed to have been received on the second Business Day after posting, and any notice delivered by hand on the day of delivery if delivered before 5.00 pm.` },
  { batch: 31, types: ['notices'], style: 'english', text: `Either party may change its address for service by giving the other not less than five Business Days' written notice of the new address.` },
  { batch: 31, types: [], style: 'us', text: `Either Party may terminate this Agreement for convenience by giving the other not less than ninety (90) days' prior written notice.` },
  { batch: 31, types: [], style: 'english', text: `The Licensee shall affix to each Product a notice stating that it is made under licence from the Licensor.` },
  { batch: 31, types: [], style: 'plain', text: `We'll give you at least a week's notice before any planned maintenance that takes the service offline.` },
  // ip-ownership
  { batch: 31, types: ['ip-ownership'], style: 'australian', text: `All Intellectual Property Rights in the Deliverables vest in the Principal on their creation, and the Contractor assigns to the Principal all of its right, title and interest in them.` },
  { batch: 31, types: ['ip-ownership'], style: 'edgar', text: `     8.1  Consultant agrees that all reports, designs, software
          and other work product conceived or developed by Consultant
          in the course of the Services shall be the sole and
          exclusive property of the Company, and Consultant hereby
          assigns the same to the Company.` },
  { batch: 31, types: ['ip-ownership'], style: 'plain', text: `Whatever you create for us under this contract belongs to us once we've paid for it; you keep the tools and templates you had before.` },
  { batch: 31, types: ['ip-ownership'], style: 'outline', text: `(a) Background IP. Each Party shall retain all right, title and interest in (i) its Intellectual Property existing as of the Effective Date; and (ii) any Intellectual Property it develops independently of this Agreement.` },
  { batch: 31, types: ['ip-ownership'], style: 'english', text: `Copyright in the photographs shall remain with the Photographer, who grants the Publisher a licence to reproduce them in the Book.` },
  { batch: 31, types: ['ip-ownership'], style: 'english', text: `The Employee shall, at the Company's request and expense, execute all documents necessary to confirm the Company's title to any Invention.` },
  { batch: 31, types: [], style: 'australian', text: `Property in the Goods does not pass to the Purchaser until the Supplier has received payment in full for them.` },
  { batch: 31, types: [], style: 'english', text: `The Sale Shares shall be transferred to the Purchaser at Completion free from all Encumbrances.` },
  { batch: 31, types: [], style: 'plain', text: `You still own your phone; we just install the app on it and take it off again when the trial ends.` },
  // joint-ip
  { batch: 31, types: ['joint-ip'], may: ['ip-ownership'], style: 'australian', text: `Any Invention made jointly by personnel of both parties in performing the Project will be owned by the parties as tenants in common in equal shares.` },
  { batch: 31, types: ['joint-ip'], may: ['ip-ownership'], style: 'edgar', text: `     6.2  Title to any invention conceived jointly by employees of
          Company and employees of Supplier shall be held jointly, and
          each party may practice such invention without accounting to
          the other.` },
  { batch: 31, types: ['joint-ip'], may: ['ip-ownership'], style: 'plain', text: `If our team and yours come up with something new side by side, it's co-owned fifty-fifty, and neither side may license it to outsiders without the other's OK.` },
  { batch: 31, types: ['joint-ip'], may: ['ip-ownership'], style: 'outline', text: `(b) Jointly Developed IP. With respect to Joint IP: (i) each Party shall own an undivided one-half interest; (ii) neither Party shall grant an exclusive license without the other Party's consent; and (iii) the Parties shall share equally the costs of prosecution.` },
  { batch: 31, types: ['joint-ip'], may: ['ip-ownership'], style: 'english', text: `Foreground IP generated collaboratively in the Project shall belong to the Collaborators in proportion to their respective contributions, as recorded in the Project Log.` },
  { batch: 31, types: [], style: 'us', text: `The Parties shall form a joint venture company to manufacture and sell the Products in Vietnam, on the terms set out in the Term Sheet attached as Exhibit C.` },
  { batch: 31, types: [], style: 'english', text: `The Guarantors shall be jointly and severally liable for the obligations of the Tenant under this Lease.` },
  { batch: 31, types: [], style: 'english', text: `The parties shall jointly prepare a press release announcing this Agreement, which neither party shall issue without the other's approval.` },
  // royalty
  { batch: 31, types: ['royalty'], style: 'australian', text: `The Licensee must pay the Licensor a royalty equal to 4% of the Gross Receipts from each sale of a Licensed Product, payable quarterly in arrears.` },
  { batch: 31, types: ['royalty'], style: 'edgar', text: `     4.2  For each unit of the Licensed Product sold, leased or
          otherwise disposed of by Licensee, Licensee shall pay to
          Licensor the sum of Two Dollars and Fifty Cents ($2.50).` },
  { batch: 31, types: ['royalty'], style: 'plain', text: `For every copy of the game you sell, you pay us 15% of what you get for it.` },
  { batch: 31, types: ['royalty'], style: 'outline', text: `(a) Rate. Licensee shall pay Licensor (i) five percent (5%) of Net Sales up to $10,000,000 in each Contract Year; and (ii) three percent (3%) of Net Sales in excess thereof.` },
  { batch: 31, types: ['royalty'], style: 'english', text: `The Publisher shall account to the Author for 10 per cent of the published price on all copies of the hardback edition sold in the home market.` },
  { batch: 31, types: ['royalty'], style: 'english', text: `The parties shall share equally the net profits of the Venture, calculated after deduction of all direct costs attributable to it.` },
  { batch: 31, types: ['royalty'], style: 'us', text: `Licensee shall pay Licensor a running royalty of three percent (3%) of Net Sales; no minimum royalty shall be payable.` },
  { batch: 31, types: [], style: 'us', text: `Licensee shall pay Licensor an initial license fee of Fifty Thousand Dollars ($50,000) within thirty (30) days after the Effective Date.` },
  { batch: 31, types: [], style: 'english', text: `Royalties
The Licensee shall not at any time challenge the validity of the Licensed Patents or assist any third party to do so.` },
  { batch: 31, types: [], style: 'english', text: `The licence granted under clause 2 is perpetual, irrevocable and fully paid up.` },
  // audit
  { batch: 31, types: ['audit'], style: 'australian', text: `The Licensee must keep complete and accurate books of account of all sales of Licensed Products and, on reasonable notice, allow the Licensor's auditor to inspect and copy them during business hours.` },
  { batch: 31, types: ['audit'], style: 'edgar', text: `     9.  Manufacturer shall maintain, for a period of three (3)
          years following each shipment, complete records relating to
          the production and testing of the Product, and shall make
          such records available for examination by Buyer or its
          designee upon ten (10) days' prior written request.` },
  { batch: 31, types: ['audit'], style: 'plain', text: `Once a year we can send an accountant to check your sales figures. If we find you've underpaid by more than 5%, you pay for the check.` },
  { batch: 31, types: ['audit'], style: 'outline', text: `(b) Costs. Any examination under this Section shall be (i) conducted by an independent certified public accountant; (ii) at Licensor's expense, unless it reveals an underpayment exceeding five percent (5%); and (iii) limited to once per calendar year.` },
  { batch: 31, types: ['audit'], style: 'english', text: `The Supplier shall give the Customer and its regulators access to its premises, personnel and records for the purpose of verifying the Supplier's compliance with this Agreement.` },
  { batch: 31, types: ['audit'], may: ['royalty'], style: 'english', text: `The Licensee shall send the Licensor, with each payment, a statement showing the number of Products sold in the quarter and the royalty due on them, certified by a director of the Licensee.` },
  { batch: 31, types: [], style: 'english', text: `The Company's accounts for each financial year shall be audited by its statutory auditors and laid before the annual general meeting.` },
  { batch: 31, types: [], style: 'australian', text: `The Customer may inspect the Goods on delivery and reject any that are damaged or do not conform to the order.` },
  { batch: 31, types: [], style: 'plain', text: `Check your bill each month and tell us within 60 days if anything looks wrong.` },
  // price-restriction
  { batch: 31, types: ['price-restriction'], style: 'australian', text: `The Supplier must not increase the Prices during the first two years of the Term, and after that may increase them no more than once in any 12-month period and by no more than the change in CPI.` },
  { batch: 31, types: ['price-restriction'], style: 'edgar', text: `     5.3  The prices set forth in Exhibit B shall remain firm for
          the initial term and may be adjusted thereafter only by
          mutual written agreement, provided that no single increase
          shall exceed three percent (3%).` },
  { batch: 31, types: ['price-restriction'], style: 'plain', text: `We won't raise your monthly fee for the first two years, and after that not by more than inflation.` },
  { batch: 31, types: ['price-restriction'], style: 'outline', text: `(c) Adjustments. Supplier may adjust the Unit Price (i) not more often than once per Contract Year; (ii) upon sixty (60) days' prior written notice; and (iii) by an amount not exceeding the change in the Producer Price Index.` },
  { batch: 31, types: ['price-restriction'], style: 'english', text: `The Distributor shall resell the Products at prices no lower than those in the Supplier's current recommended price list.` },
  { batch: 31, types: [], style: 'australian', text: `The price for each Product is set out in Schedule 2 and is exclusive of GST.` },
  { batch: 31, types: [], style: 'english', text: `The Distributor shall be free to determine the prices at which it resells the Products.` },
  { batch: 31, types: [], style: 'us', text: `Payment shall be made in US dollars within thirty (30) days after the date of invoice.` },
  { batch: 31, types: [], style: 'plain', text: `Prices in our online shop include VAT and delivery anywhere in the UK.` },
  // volume-restriction
  { batch: 31, types: ['volume-restriction'], style: 'australian', text: `The Licensee must not manufacture more than 50,000 units of the Product in any Licence Year without the Licensor's prior written consent.` },
  { batch: 31, types: ['volume-restriction'], style: 'edgar', text: `     3.4  Notwithstanding anything herein to the contrary, the
          aggregate quantity of Product that Supplier shall be obligated
          to deliver in any calendar month shall not exceed one hundred
          twenty percent (120%) of the quantity forecast for such month.` },
  { batch: 31, types: ['volume-restriction'], style: 'plain', text: `You can install the software on up to five computers in your household, and no more.` },
  { batch: 31, types: ['volume-restriction'], may: ['minimum-commitment'], style: 'outline', text: `(b) Capacity Allocation. Supplier shall allocate to Buyer (i) no less than 40% of the Facility's monthly output; and (ii) no more than 60% of such output without Supplier's consent.` },
  { batch: 31, types: ['volume-restriction'], style: 'english', text: `If the number of transactions processed in any month exceeds 2,000,000, the excess shall be charged at the overage rate in Schedule 3.` },
  { batch: 31, types: [], style: 'australian', text: `The Licensed Premises comprise approximately 12,000 square metres of warehouse space at Lot 4, Smithfield Road.` },
  { batch: 31, types: [], may: ['audit', 'royalty'], style: 'us', text: `Licensee shall report the quantity of Products sold in each country in its quarterly royalty report.` },
  { batch: 31, types: [], style: 'plain', text: `Order as much or as little as you like: there's no minimum and no maximum.` },
  { batch: 31, types: [], style: 'us', text: `Supplier shall use reasonable efforts to increase its production capacity to meet Buyer's forecast requirements.` },
  // minimum-commitment
  { batch: 31, types: ['minimum-commitment'], style: 'australian', text: `The Distributor must purchase Products with an aggregate invoice value of at least A$2,000,000 in each Contract Year.` },
  { batch: 31, types: ['minimum-commitment'], may: ['royalty'], style: 'edgar', text: `     6.1  Commencing with the second License Year, Licensee shall
          pay Licensor a minimum annual royalty of Fifty Thousand
          Dollars ($50,000), against which running royalties paid for
          such License Year shall be credited.` },
  { batch: 31, types: ['minimum-commitment'], style: 'plain', text: `You agree to buy at least 200 cases a month from us. If you buy fewer, you pay for the shortfall anyway.` },
  { batch: 31, types: ['minimum-commitment'], style: 'outline', text: `(a) Take-or-Pay. Buyer shall, in each Quarter, either (i) take delivery of the Minimum Quantity; or (ii) pay Seller the Contract Price for any portion of the Minimum Quantity not taken.` },
  { batch: 31, types: ['minimum-commitment'], may: ['royalty'], style: 'english', text: `If in any year the royalties paid fall short of £20,000, the Licensee shall within 30 days of the year end pay the Licensor the difference.` },
  { batch: 31, types: [], style: 'australian', text: `Each Subcontractor must hold public liability insurance with a minimum cover of A$20 million for any one occurrence.` },
  { batch: 31, types: [], style: 'english', text: `The minimum term of this Agreement is three years from the Commencement Date.` },
];

// ---- thirty-second batch (tag32, 2026-12-02 12:40): THIRTY_SECOND_TYPES, written before its author read any cue, word class
// or frame or ran the tagger on it, in Indian, Singaporean and Canadian drafting, SaaS terms, plain-English consumer terms,
// pharmaceutical co-development and semiconductor foundry agreements; 106 clauses, 36 near misses (four of them clauses of
// another type of the batch that share a type's words: a renewed insurance certificate, a warranty's period, a disclaimer of
// patents that may not be granted, the survival of accrued rights).
const THIRTY_SECOND_BATCH: readonly HeldOutClause[] = [
  // license-grant
  { batch: 32, types: ['license-grant'], may: ['licensed-ip'], style: 'indian', text: `Subject to the terms and conditions of this Agreement, the Licensor hereby grants to the Licensee a non-exclusive, non-transferable right and licence, without the right to sub-license, to use the Licensed Technology for the manufacture of the Products at its plant at Chakan, Pune.` },
  { batch: 32, types: ['license-grant'], style: 'saas', text: `Subject to Customer's payment of the Subscription Fees, Provider grants Customer and its Authorised Users a limited, non-exclusive, non-sublicensable right during the Subscription Term to access and use the Platform for Customer's internal business purposes.` },
  { batch: 32, types: ['license-grant'], style: 'consumer', text: `We give you permission to install and use the app on devices you own or control, for your own personal, non-commercial use. You can't rent it out or sell it.` },
  { batch: 32, types: ['license-grant'], may: ['licensed-ip'], style: 'pharma', text: `Each Party hereby grants to the other Party a co-exclusive, royalty-free licence under its Background Know-How and its interest in the Collaboration Patents, solely to perform the activities allocated to it under the Development Plan.` },
  { batch: 32, types: ['license-grant'], may: ['licensed-ip'], style: 'foundry', text: `Customer hereby authorizes Foundry to use the Customer Design Data and the mask works embodied therein solely to fabricate Wafers for Customer, and for no other purpose.` },
  { batch: 32, types: ['license-grant'], style: 'canadian', text: `The Licensor grants to the Licensee a perpetual, irrevocable, fully paid-up licence to reproduce and adapt the Training Materials throughout Canada, in both official languages.` },
  { batch: 32, types: ['license-grant'], style: 'singapore', text: `The Company hereby grants the Distributor the right to use the Trade Marks in Singapore and Malaysia solely in connection with the promotion and sale of the Products during the continuance of this Agreement.` },
  { batch: 32, types: [], style: 'singapore', text: `The Distributor shall obtain and maintain, at its own cost, all licences, permits and approvals required under the laws of Singapore for the import and sale of the Products.` },
  { batch: 32, types: [], style: 'pharma', text: `The Parties shall jointly prepare the application for marketing authorisation of the Product, and the marketing authorisation so obtained shall be held in the name of the Co-Developer.` },
  { batch: 32, types: [], style: 'consumer', text: `You must have held a full driving licence for at least two years to rent a vehicle from us.` },
  // licensed-ip
  { batch: 32, types: ['licensed-ip'], style: 'indian', text: `"Licensed Patents" means Indian Patent No. 345678 and any patent of addition, divisional or continuation thereof, together with all foreign counterparts listed in Annexure A.` },
  { batch: 32, types: ['licensed-ip'], may: ['license-grant'], style: 'pharma', text: `The Know-How licensed hereunder comprises all unpublished pre-clinical and clinical data, manufacturing processes and analytical methods relating to the Compound that are Controlled by Originator as of the Effective Date.` },
  { batch: 32, types: ['licensed-ip'], may: ['license-grant'], style: 'foundry', text: `The Process Technology licensed to Customer consists of the 28nm HPC process design kit, the associated design rules, SPICE models and standard cell libraries, as updated from time to time by Foundry.` },
  { batch: 32, types: ['licensed-ip'], style: 'canadian', text: `The Licensed IP includes the copyright in the Software, the trade-marks registered in Canada under Nos. TMA 912,345 and TMA 912,346, and the confidential algorithms described in Schedule B.` },
  { batch: 32, types: ['licensed-ip'], may: ['license-grant'], style: 'plain', text: `The licence covers two things: the patent on our folding hinge (US 11,234,567) and the drawings we send you showing how to build it.` },
  { batch: 32, types: ['licensed-ip'], style: 'singapore', text: `"Patents" means the patents and patent applications set out in Part 1 of the Schedule, and includes any patent granted on any such application.` },
  { batch: 32, types: ['warranty'], may: ['licensed-ip'], style: 'singapore', text: `Nothing in this Agreement shall be construed as a representation or warranty that any patent will be granted on the Patent Applications or that any Patent is valid.` },
  { batch: 32, types: [], style: 'indian', text: `The Company shall maintain a register of all patents, designs and trade marks owned by it and shall produce the same before the Board at each annual meeting.` },
  { batch: 32, types: [], style: 'pharma', text: `"Compound" means the small molecule known as XR-2271, having the chemical structure set out in Exhibit A, and any salt, ester or polymorph thereof.` },
  // warranty
  { batch: 32, types: ['warranty'], may: ['liability'], style: 'saas', text: `Provider warrants that the Service will perform materially in accordance with the Documentation during the Subscription Term. Customer's sole remedy for breach of this warranty is re-performance or, failing that, a refund of prepaid fees for the affected period.` },
  { batch: 32, types: ['warranty'], style: 'consumer', text: `If your blender stops working properly within two years of purchase because of a manufacturing fault, we'll repair or replace it free of charge.` },
  { batch: 32, types: ['warranty'], style: 'foundry', text: `Foundry warrants that each Wafer delivered hereunder shall, at the time of shipment, conform to the Wafer Acceptance Test parameters set out in Exhibit C and be free from defects in workmanship; this warranty shall expire ninety (90) days after shipment.` },
  { batch: 32, types: ['warranty'], style: 'indian', text: `Each Party represents and warrants to the other that it is duly incorporated under the laws of India and has full power and authority to enter into and perform this Agreement.` },
  { batch: 32, types: ['warranty'], style: 'canadian', text: `EXCEPT AS EXPRESSLY SET OUT IN THIS AGREEMENT, THE SOFTWARE IS PROVIDED "AS IS" AND THE LICENSOR DISCLAIMS ALL CONDITIONS AND WARRANTIES, EXPRESS OR IMPLIED, INCLUDING THOSE OF MERCHANTABLE QUALITY AND FITNESS FOR A PARTICULAR PURPOSE ARISING UNDER THE SALE OF GOODS ACT (ONTARIO).` },
  { batch: 32, types: ['warranty'], style: 'pharma', text: `Originator represents that, to its knowledge as of the Effective Date, no third party has alleged in writing that the manufacture or use of the Compound infringes any patent.` },
  { batch: 32, types: [], style: 'singapore', text: `The Guarantor irrevocably and unconditionally guarantees to the Bank the due payment of all sums owing by the Borrower under the Facility.` },
  { batch: 32, types: [], style: 'singapore', text: `The Warrants shall be exercisable at any time before 31 December 2030 at an exercise price of S$0.12 for each new Share.` },
  { batch: 32, types: [], style: 'consumer', text: `You can return any unopened item within 30 days for a full refund, no questions asked.` },
  // liability
  { batch: 32, types: ['liability'], style: 'indian', text: `Notwithstanding anything contained herein, the aggregate liability of the Service Provider under or in connection with this Agreement shall not exceed the total fees paid by the Client in the twelve (12) months immediately preceding the event giving rise to the claim.` },
  { batch: 32, types: ['liability'], style: 'saas', text: `In no event will either party be liable for any lost profits, loss of data, or indirect, special or consequential damages, even if advised of their possibility.` },
  { batch: 32, types: ['liability'], style: 'consumer', text: `We're not responsible for losses you couldn't have expected when you bought from us, or for any losses to your business.` },
  { batch: 32, types: ['liability'], style: 'foundry', text: `If Foundry fails to deliver any Wafer lot by the Committed Delivery Date, Foundry shall credit Customer one percent (1%) of the lot price for each week of delay, up to a maximum of ten percent (10%), as liquidated damages and not as a penalty.` },
  { batch: 32, types: ['liability'], style: 'singapore', text: `Nothing in this Agreement limits or excludes a party's liability for fraud, for death or personal injury caused by its negligence, or for breach of clause 12 (Confidentiality).` },
  { batch: 32, types: ['liability'], may: ['insurance'], style: 'canadian', text: `The Contractor's liability for loss of or damage to the Owner's property shall be limited to the amount of the deductible under the policy required by Section 14, except where the loss results from the Contractor's gross negligence.` },
  { batch: 32, types: [], style: 'pharma', text: `Each Party shall be responsible for the costs of the Development activities allocated to it under the Development Plan.` },
  { batch: 32, types: [], style: 'indian', text: `The Borrower shall discharge all its liabilities to the Lender in full on or before the Final Repayment Date.` },
  { batch: 32, types: [], style: 'canadian', text: `The Purchaser shall assume and pay when due all liabilities of the Business arising after the Closing Date.` },
  // insurance
  { batch: 32, types: ['insurance'], may: ['liability'], style: 'indian', text: `The Contractor shall, at its own cost, take out and keep in force with an insurer registered with the Insurance Regulatory and Development Authority of India a comprehensive general liability policy of not less than INR 10 crore per occurrence.` },
  { batch: 32, types: ['insurance'], style: 'saas', text: `Provider will maintain cyber liability and technology errors and omissions coverage of at least US$5,000,000 per claim, and will furnish a certificate evidencing such coverage on request.` },
  { batch: 32, types: ['insurance'], style: 'foundry', text: `Customer shall bear the risk of loss of Wafers in transit and shall insure them for their full replacement value from the time they leave Foundry's dock.` },
  { batch: 32, types: ['insurance'], style: 'pharma', text: `Sponsor shall maintain clinical trial insurance covering the Study subjects in each country where the Study is conducted, in the amounts required by local law.` },
  { batch: 32, types: ['insurance'], style: 'singapore', text: `The Tenant shall insure the Premises against fire and such other risks as the Landlord may reasonably require, with the Landlord named as co-insured.` },
  { batch: 32, types: ['insurance'], may: ['liability'], style: 'consumer', text: `You need to keep the bike insured against theft while you have it. If it's stolen and you're not insured, you pay us what it's worth.` },
  { batch: 32, types: [], style: 'singapore', text: `The Licensee is an insurance broker licensed by the Monetary Authority of Singapore, and the Platform shall be used only to compare insurance products offered by the Licensee's panel of insurers.` },
  { batch: 32, types: [], may: ['liability'], style: 'indian', text: `Any amount received by either Party under a policy of insurance in respect of a loss shall be deducted from the amount it may claim from the other Party under Clause 14 (Indemnity).` },
  { batch: 32, types: [], style: 'pharma', text: `The Parties acknowledge that the Product is intended to be reimbursed under national health insurance schemes, and the Pricing Committee shall take account of expected reimbursement levels.` },
  // term
  { batch: 32, types: ['term'], may: ['termination'], style: 'indian', text: `This Agreement shall come into force on the date of its execution and, unless terminated earlier in accordance with Clause 15, shall remain valid for a period of five (5) years therefrom.` },
  { batch: 32, types: ['term'], style: 'saas', text: `The initial Subscription Term begins on the date of the first Order Form and lasts twelve (12) months.` },
  { batch: 32, types: ['term'], style: 'pharma', text: `This Agreement shall expire on the later of (a) the expiry of the last Valid Claim of the Collaboration Patents covering the Product and (b) the tenth anniversary of First Commercial Sale, on a country-by-country basis.` },
  { batch: 32, types: ['term'], style: 'singapore', text: `This Agreement takes effect on 1 July 2026 (the "Commencement Date") and ends on 30 June 2029.` },
  { batch: 32, types: ['term'], may: ['renewal'], style: 'consumer', text: `Your membership starts the day you sign up and runs a month at a time.` },
  { batch: 32, types: ['term'], may: ['termination'], style: 'canadian', text: `Unless sooner terminated, this Agreement shall continue in effect until the date on which the Licensee has paid all royalties due under Article 5.` },
  { batch: 32, types: [], style: 'singapore', text: `"Term Loan" means the term loan facility of S$5,000,000 made available by the Bank under Clause 2.1.` },
  { batch: 32, types: [], style: 'foundry', text: `Payment terms are net forty-five (45) days from the date of Foundry's invoice.` },
  { batch: 32, types: ['warranty'], style: 'consumer', text: `The warranty on a replacement part lasts for the rest of the original warranty period, or 90 days, whichever is longer.` },
  // renewal
  { batch: 32, types: ['renewal'], may: ['term'], style: 'saas', text: `Each Subscription Term will automatically renew for successive periods equal to the initial Subscription Term unless either party gives notice of non-renewal at least thirty (30) days before the end of the then-current term.` },
  { batch: 32, types: ['renewal'], may: ['term'], style: 'indian', text: `This Agreement may be renewed for a further period of three (3) years on such terms as may be mutually agreed between the Parties in writing, provided the Licensee makes a request for renewal not less than six (6) months before its expiry.` },
  { batch: 32, types: ['renewal'], may: ['termination'], style: 'consumer', text: `Your plan rolls over every month until you cancel it in your account settings.` },
  { batch: 32, types: ['renewal'], style: 'singapore', text: `The Tenant shall have the option to extend the lease for one further term of three years by giving the Landlord not less than six months' written notice before the expiry of the Term.` },
  { batch: 32, types: ['renewal'], may: ['term', 'termination'], style: 'canadian', text: `Upon expiry of the Initial Period, this Agreement shall be extended automatically from year to year unless terminated by either party on ninety (90) days' notice prior to the anniversary date.` },
  { batch: 32, types: ['renewal'], may: ['term'], style: 'foundry', text: `The parties shall meet not later than six (6) months before the end of the Term to negotiate in good faith an extension of this Agreement; absent a signed extension, this Agreement shall lapse at the end of the Term.` },
  { batch: 32, types: [], style: 'pharma', text: `Originator shall renew the Drug Master File with each Regulatory Authority as required to keep it in good standing.` },
  { batch: 32, types: [], style: 'indian', text: `The Licensee shall pay the renewal fees for the Licensed Patents as they fall due and shall produce the receipts to the Licensor.` },
  { batch: 32, types: ['insurance'], style: 'canadian', text: `The Vendor shall deliver a renewed certificate of insurance to the Purchaser within ten days after each renewal of the policy.` },
  // termination
  { batch: 32, types: ['termination'], style: 'indian', text: `Either Party may terminate this Agreement by giving thirty (30) days' written notice to the other Party if the other Party commits a breach of any of its obligations and fails to remedy the same within the said period, or if any order is made for its winding up under the Insolvency and Bankruptcy Code, 2016.` },
  { batch: 32, types: ['termination'], style: 'saas', text: `Customer may cancel its subscription at any time, but fees already paid are non-refundable except as stated in Section 9.2.` },
  { batch: 32, types: ['termination'], style: 'consumer', text: `You can end this contract whenever you like by giving us 14 days' notice; we can end it if you don't pay for two months in a row.` },
  { batch: 32, types: ['termination'], style: 'pharma', text: `Partner may terminate this Agreement in its entirety or on a Product-by-Product basis, for any reason, upon one hundred and twenty (120) days' prior written notice to Originator.` },
  { batch: 32, types: ['termination'], style: 'foundry', text: `Foundry may suspend shipments or cancel any outstanding Purchase Order if Customer fails to pay any undisputed invoice within thirty (30) days after its due date.` },
  { batch: 32, types: ['termination'], style: 'singapore', text: `The Company may by notice in writing forthwith determine this Agreement if the Contractor becomes insolvent, enters into any composition with its creditors or has a judicial manager appointed.` },
  { batch: 32, types: [], style: 'foundry', text: `Each high-speed signal line shall be terminated with a 50-ohm resistor as specified in the Interface Specification.` },
  { batch: 32, types: ['post-termination'], style: 'canadian', text: `No termination of this Agreement shall relieve either party of any obligation accrued before the effective date of termination.` },
  { batch: 32, types: [], style: 'saas', text: `Provider may suspend Customer's access to the Service if Customer's account is more than thirty (30) days past due, and will restore access promptly once payment is received.` },
  // post-termination
  { batch: 32, types: ['post-termination'], style: 'saas', text: `Within thirty (30) days after termination, Provider will make Customer Data available for export in CSV format, after which Provider may delete it.` },
  { batch: 32, types: ['post-termination'], may: ['license-grant'], style: 'pharma', text: `Upon termination of this Agreement by Partner under Section 15.2, all rights in the Product shall revert to Originator, and Partner shall transfer to Originator all regulatory filings and clinical data relating to the Product.` },
  { batch: 32, types: ['post-termination'], style: 'indian', text: `Clauses 8 (Confidentiality), 12 (Indemnity) and 17 (Arbitration) shall survive the expiry or termination of this Agreement.` },
  { batch: 32, types: ['post-termination'], style: 'consumer', text: `When your account closes, you lose access to any music you've downloaded through the service, but the photos you uploaded stay yours.` },
  { batch: 32, types: ['post-termination'], style: 'foundry', text: `Upon termination, Customer shall pay for all Wafers in process at the date of termination at the applicable Wafer Price, and Foundry shall complete and ship them.` },
  { batch: 32, types: ['post-termination'], style: 'singapore', text: `On the expiry or termination of this Agreement, the Distributor shall cease to use the Trade Marks and shall, at the Company's option, return or destroy all promotional materials bearing them.` },
  { batch: 32, types: [], style: 'indian', text: `This Agreement shall survive the death of the Promoter and shall be binding on his legal heirs, executors and administrators.` },
  { batch: 32, types: [], style: 'singapore', text: `Any Purchase Order accepted before the Commencement Date shall be governed by the terms of this Agreement.` },
  { batch: 32, types: [], may: ['renewal', 'termination', 'term'], style: 'saas', text: `After the free trial ends, you'll be moved to the paid plan you selected unless you cancel before the trial's last day.` },
  // escrow
  { batch: 32, types: ['escrow'], style: 'saas', text: `Provider shall deposit the Source Code of the Platform, together with build instructions, with NCC Group under a standard single-licensee escrow agreement and shall update the deposit at least quarterly.` },
  { batch: 32, types: ['escrow'], style: 'indian', text: `The Licensor shall within sixty (60) days deposit a copy of the source code and technical documentation of the Software with the Escrow Agent, who shall release the same to the Licensee if the Licensor is admitted into the corporate insolvency resolution process.` },
  { batch: 32, types: ['escrow'], style: 'consumer', text: `If we go out of business, a copy of the code for your smart lock is held by an independent company that will release it so you can keep it working.` },
  { batch: 32, types: ['escrow'], style: 'foundry', text: `Foundry shall place the GDSII mask data and the process recipes for the Customer Products in escrow with a mutually agreed agent, to be released to Customer upon a Supply Failure for the purpose of qualifying an alternate fab.` },
  { batch: 32, types: ['escrow'], style: 'canadian', text: `The Licensee may, at its expense, verify the completeness of each deposit of the Deposit Materials by having the escrow agent compile the deposited source code.` },
  { batch: 32, types: [], style: 'singapore', text: `The Deposit shall be held by the Purchaser's solicitors as stakeholder and released to the Vendor on Completion.` },
  { batch: 32, types: [], style: 'indian', text: `All amounts payable by the Buyer shall be credited to the escrow account maintained with the Escrow Bank under the Escrow Agreement, from which the Escrow Bank shall make payments in accordance with the waterfall in Schedule 4.` },
  { batch: 32, types: [], style: 'saas', text: `Provider will deliver to Customer the source code of any Custom Scripts developed for Customer, which Customer will own.` },
  // governing-law
  { batch: 32, types: ['governing-law'], style: 'indian', text: `This Agreement shall be governed by and construed in accordance with the laws of India, and, subject to Clause 18, the courts at New Delhi shall have exclusive jurisdiction.` },
  { batch: 32, types: ['governing-law'], style: 'singapore', text: `This Agreement is governed by Singapore law.` },
  { batch: 32, types: ['governing-law'], style: 'canadian', text: `This Agreement shall be governed by the laws of the Province of British Columbia and the federal laws of Canada applicable therein.` },
  { batch: 32, types: ['governing-law'], style: 'consumer', text: `These terms are governed by the law of the country where you live, and you can bring a claim in your local courts.` },
  { batch: 32, types: ['governing-law'], style: 'pharma', text: `The validity, construction and performance of this Agreement shall be determined under the laws of the State of New York, without reference to any rule that would apply the law of another jurisdiction; the United Nations Convention on Contracts for the International Sale of Goods shall not apply.` },
  { batch: 32, types: [], style: 'indian', text: `The Supplier shall comply with all applicable laws, including the Drugs and Cosmetics Act, 1940 and the rules made thereunder, in the manufacture of the Products.` },
  { batch: 32, types: [], style: 'singapore', text: `Any dispute arising out of or in connection with this contract shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre in accordance with its Arbitration Rules.` },
  { batch: 32, types: [], style: 'saas', text: `Provider may change these Terms to reflect changes in the law, by posting the revised Terms at least 30 days before they take effect.` },
  // most-favored
  { batch: 32, types: ['most-favored'], style: 'saas', text: `If Provider offers the Service to any other customer of comparable size at a lower per-user price during the Subscription Term, Provider will extend that lower price to Customer from the date it was first offered.` },
  { batch: 32, types: ['most-favored'], style: 'foundry', text: `The Wafer Price charged to Customer shall be no higher than the price Foundry charges any other customer for wafers of the same process node in comparable volumes.` },
  { batch: 32, types: ['most-favored'], may: ['license-grant', 'licensed-ip'], style: 'pharma', text: `Should Originator grant a licence under the Originator Patents to any Third Party in the Field on financial terms more favourable than those herein, Partner shall be entitled to the benefit of such terms.` },
  { batch: 32, types: ['most-favored'], style: 'indian', text: `The Supplier undertakes that the rates quoted to the Purchaser shall not be higher than those quoted by it to any other government department or public sector undertaking for the same items during the currency of the rate contract.` },
  { batch: 32, types: ['most-favored'], style: 'canadian', text: `Most Favoured Customer. The Supplier shall promptly notify the Province if it agrees to supply equivalent services to any other Canadian public body at a lower price, and the Province's fees shall be reduced accordingly.` },
  { batch: 32, types: [], style: 'singapore', text: `The Distributor shall be the Company's preferred distributor for the Products in Malaysia, and the Company shall consider in good faith any proposal from the Distributor for additional territories.` },
  { batch: 32, types: [], style: 'pharma', text: `The Parties shall use Commercially Reasonable Efforts to obtain the most favourable pricing and reimbursement status for the Product in each Major Market.` },
  { batch: 32, types: [], style: 'consumer', text: `Found it cheaper at another shop? Tell us within 7 days and we'll refund the difference.` },
];

// ---- thirty-third batch (tag33, 2026-12-02 17:10): THIRTY_THIRD_TYPES (the 27 types of MEASURED_TYPES and the 27 the
// spec maps to CUAD, the structural six left out), written before its author read any cue, word class or frame or ran the
// tagger on it, in Indian, Singaporean, Canadian and Irish drafting, plain-English consumer terms, Chinese, German and French
// agreements in translation, terse term sheets and schedules flattened to text; 69 clauses, one to four per type, 12 hard
// negatives (clauses that use a type's words but are another type or none: a warranty period, a minimum notice period, patent
// renewal fees, professional indemnity insurance, Irish Standards, a statutory audit, engineers assigned, installation milestones).
// Measured once over THIRTY_THIRD_TYPES before any cue was changed for it: micro P 0.91, R 0.77 (49 tp, 5 fp, 15 fn), macro P
// 0.95, R 0.79, F1 0.77 over the 54 types; the 27 types of MEASURED_TYPES micro P 0.92, R 0.80 (24 tp, 2 fp, 6 fn), the 27
// CUAD-measured types P 0.89, R 0.74 (25 tp, 3 fp, 9 fn). heldout.test.ts has the misses and false tags. The cues were
// then changed for its misses and false tags (commit 'tag (cues): the forms behind the thirty-third held-out batch's misses
// ...', each form tested in other wordings in thirty-third-round.test.ts): micro P 0.98, R 0.97 (62 tp, 1 fp, 2 fn), macro P
// 0.99, R 0.96 after, so the batch is in-sample now (the honest figure is the one before).
const THIRTY_THIRD_BATCH: readonly HeldOutClause[] = [
  // grant and scope
  { batch: 33, types: ['license-grant'], may: ['licensed-ip'], style: 'chinese', text: `Party A agrees to license Party B to use the Technical Know-how set out in Annex 1 for producing the Contract Products, and Party B agrees to accept such licence.` },
  { batch: 33, types: ['license-grant', 'exclusivity', 'territory', 'field-of-use'], may: ['licensed-ip', 'royalty'], style: 'termsheet', text: `Licence: exclusive, royalty-bearing licence under the Licensed Patents in the Territory (PRC, Hong Kong, Macau) in the Field (veterinary diagnostics).` },
  { batch: 33, types: ['licensed-ip'], may: ['license-grant'], style: 'german', text: `The subject matter of the licence is the German utility model DE 20 2019 104 321 U1 together with the associated unprotected manufacturing knowledge (know-how) described in Appendix 2.` },
  { batch: 33, types: ['licensed-ip'], may: ['prosecution'], style: 'table', text: `Schedule 1 - Licensed Patents. Country | Application No. | Filing Date | Status. India | 201811012345 | 02.04.2018 | Granted. EP | 19712345.6 | 01.04.2019 | Pending.` },
  { batch: 33, types: ['field-of-use'], may: ['license-grant'], style: 'canadian', text: `The licence granted in Section 2.1 is limited to the use of the Technology in the mining and mineral processing industries and does not extend to oil sands extraction.` },
  { batch: 33, types: ['territory'], may: ['market-allocation'], style: 'plain', text: `You may only sell the products to customers in Australia and New Zealand.` },
  { batch: 33, types: ['exclusivity'], may: ['territory'], style: 'singapore', text: `During the Term, the Principal shall not appoint any other distributor, agent or reseller for the Products in the Territory.` },
  { batch: 33, types: ['sublicensing'], may: ['post-termination', 'termination'], style: 'french', text: `The Licensee may grant sub-licences only with the prior written approval of the Licensor, which shall not be refused without legitimate reason; any sub-licence shall terminate automatically with this Contract.` },
  { batch: 33, types: ['covenant-not-to-sue'], may: ['licensed-ip'], style: 'indian', text: `The Licensee shall not at any time, either directly or indirectly, oppose the grant of, or file any revocation petition against, any of the Licensed Patents before the Indian Patent Office or the Intellectual Property Appellate Board.` },
  { batch: 33, types: ['standards'], may: ['license-grant'], style: 'termsheet', text: `SEP Commitment: Licensor to license declared essential patents for the 5G NR standard on fair, reasonable and non-discriminatory terms.` },
  // money
  { batch: 33, types: ['royalty'], style: 'consumer', text: `For every copy of your e-book we sell, you get 35% of the list price.` },
  { batch: 33, types: ['royalty'], style: 'table', text: `Royalty Rates. Net Sales in a Calendar Year | Rate. Up to EUR 10 million | 4%. Above EUR 10 million | 3%.` },
  { batch: 33, types: ['lump-sum'], may: ['payment-terms'], style: 'irish', text: `In consideration of the rights granted, the Licensee shall pay the Licensor a once-off, non-refundable fee of €250,000 within fourteen days of the date hereof.` },
  { batch: 33, types: ['milestone'], may: ['lump-sum'], style: 'termsheet', text: `Milestones: US$2M on first patient dosed in Phase II; US$5M on NDA acceptance; US$10M on first commercial sale in the US.` },
  { batch: 33, types: ['payment-terms'], style: 'indian', text: `All payments hereunder shall be made in Indian Rupees by RTGS to the bank account notified by the Licensor, after deduction of tax at source as applicable under the Income-tax Act, 1961, and the Licensee shall furnish the TDS certificate within thirty days.` },
  { batch: 33, types: ['minimum-commitment'], may: ['exclusivity', 'termination'], style: 'chinese', text: `Party B guarantees that the annual purchase quantity of the Products shall be no less than 50,000 units; if the quantity is not reached, Party A has the right to cancel Party B's exclusive distribution right.` },
  { batch: 33, types: ['most-favored'], may: ['license-grant'], style: 'canadian', text: `If the Licensor grants a licence of the Software to any other provincial health authority on terms more favourable than those of this Agreement, it shall offer the same terms to the Authority.` },
  { batch: 33, types: ['audit'], may: ['confidentiality'], style: 'german', text: `The Licensor is entitled, once per calendar year, to have the Licensee's books inspected by a sworn auditor bound to professional secrecy; the costs shall be borne by the Licensee if a deviation of more than 5% to the Licensor's detriment is found.` },
  // improvements and IP governance
  { batch: 33, types: ['improvements'], may: ['information-exchange'], style: 'plain', text: `If either of us finds a way to make the gadget work better, we'll tell the other within a month.` },
  { batch: 33, types: ['grant-back'], may: ['improvements', 'license-grant', 'territory', 'exclusivity'], style: 'singapore', text: `The Licensee shall grant to the Licensor a non-exclusive, royalty-free, worldwide licence to use any Improvement made by the Licensee.` },
  { batch: 33, types: ['ip-ownership'], may: ['improvements'], style: 'chinese', text: `The ownership of any technical achievements made by Party B in the course of performing this Contract shall belong to Party A.` },
  { batch: 33, types: ['joint-ip'], may: ['prosecution'], style: 'french', text: `Results obtained jointly by the Parties shall be co-owned by them in proportion to their respective contributions, and a co-ownership agreement shall be concluded before any filing.` },
  { batch: 33, types: ['prosecution'], may: ['licensed-ip'], style: 'irish', text: `The Licensor shall be responsible for the prosecution and maintenance of the Patents, including the payment of renewal fees to the Irish Patents Office and the EPO, at the Licensee's expense.` },
  { batch: 33, types: ['enforcement'], may: ['licensed-ip'], style: 'canadian', text: `If either party becomes aware of any infringement of the Licensed Patents in Canada, it shall promptly notify the other, and the Licensor shall have the first right to bring an action in the Federal Court.` },
  { batch: 33, types: ['defensive-termination'], may: ['license-grant', 'termination'], style: 'termsheet', text: `Patent Peace: licence terminates automatically as to any licensee that brings a patent infringement claim against Licensor or its customers.` },
  // competition
  { batch: 33, types: ['non-compete'], may: ['post-termination', 'territory'], style: 'indian', text: `During the term of this Agreement and for a period of two years thereafter, the Promoters shall not, directly or indirectly, carry on or be engaged in any business similar to or competing with the business of the Company within the State of Maharashtra.` },
  { batch: 33, types: ['non-solicit'], may: ['post-termination'], style: 'consumer', text: `While you work with us and for 12 months after, you won't try to get any of our clients to move their business to you.` },
  { batch: 33, types: ['price-restriction'], style: 'german', text: `The Distributor shall not resell the Products below the retail prices recommended by the Manufacturer.` },
  { batch: 33, types: ['volume-restriction'], style: 'singapore', text: `The Licensee shall not manufacture more than 10,000 units of the Licensed Products in any Contract Year without the prior written consent of the Licensor.` },
  { batch: 33, types: ['market-allocation'], may: ['non-solicit', 'territory', 'exclusivity'], style: 'termsheet', text: `Market split: Party A - OEM customers in Europe; Party B - aftermarket customers worldwide. Neither party to solicit the other's accounts.` },
  { batch: 33, types: ['information-exchange'], may: ['antitrust-compliance'], style: 'canadian', text: `The parties shall not exchange any information concerning their respective current or future prices, margins, capacity or bidding strategies, except through the clean team established under Schedule D.` },
  { batch: 33, types: ['first-refusal'], may: ['licensed-ip'], style: 'irish', text: `Should the Licensor wish to sell the Patents, it shall first offer them to the Licensee on the same terms, and the Licensee shall have 30 days in which to accept.` },
  { batch: 33, types: ['antitrust-compliance'], may: ['entire-agreement'], style: 'french', text: `The Parties declare that this Agreement complies with Articles 101 and 102 of the Treaty on the Functioning of the European Union and with Book IV of the French Commercial Code; should any provision be held contrary thereto, the Parties shall amend it accordingly.` },
  // governance and process
  { batch: 33, types: ['governance-committee'], style: 'chinese', text: `The Parties shall establish a Joint Management Committee consisting of three representatives appointed by each Party, which shall meet at least once every quarter and record its decisions in written minutes.` },
  { batch: 33, types: ['diligence'], style: 'plain', text: `We'll do everything reasonable to get your product into stores by next spring.` },
  { batch: 33, types: ['reporting'], may: ['audit'], style: 'indian', text: `The Licensee shall submit to the Licensor quarterly progress reports detailing the status of the commercialisation of the Licensed Products, including regulatory filings made and sales achieved.` },
  { batch: 33, types: ['dispute-resolution'], may: ['governing-law'], style: 'singapore', text: `Any dispute arising out of or in connection with this contract shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre in accordance with its Rules.` },
  { batch: 33, types: ['governing-law'], may: ['dispute-resolution'], style: 'irish', text: `This Agreement and any non-contractual obligations arising out of it shall be governed by the laws of Ireland and the parties submit to the exclusive jurisdiction of the Irish courts.` },
  { batch: 33, types: ['confidentiality'], may: ['post-termination'], style: 'german', text: `The Licensee shall keep secret all business and trade secrets of the Licensor that become known to it in the course of this cooperation, and shall not make them accessible to third parties, even after the end of this Agreement.` },
  { batch: 33, types: ['data-protection'], style: 'canadian', text: `The Service Provider shall comply with the Personal Information Protection and Electronic Documents Act (PIPEDA) in respect of any personal information of the Customer's employees it collects, uses or discloses.` },
  { batch: 33, types: ['warranty'], style: 'consumer', text: `We guarantee the phone case won't crack for a year, or we'll send you a new one.` },
  { batch: 33, types: ['liability'], style: 'chinese', text: `The total amount of compensation payable by Party A for breach of this Contract shall not exceed 10% of the total Contract price.` },
  { batch: 33, types: ['indemnity'], style: 'indian', text: `The Licensor shall indemnify and keep indemnified the Licensee against all losses, costs and claims arising out of any suit alleging that the Licensed Technology infringes the rights of any third party.` },
  { batch: 33, types: ['insurance'], may: ['liability', 'indemnity'], style: 'termsheet', text: `Insurance: Licensee to carry product liability cover of not less than US$5M per occurrence, naming Licensor as additional insured.` },
  { batch: 33, types: ['contingency'], may: ['transition', 'license-grant'], style: 'plain', text: `If our service goes down for more than a day, you can use the backup copy of the software we gave you until it is back.` },
  // term and exit
  { batch: 33, types: ['term'], style: 'german', text: `This Agreement enters into force upon signature by both Parties and is concluded for an indefinite period.` },
  { batch: 33, types: ['renewal'], may: ['term', 'termination'], style: 'irish', text: `The Term shall automatically renew for successive periods of twelve months unless either party gives not less than ninety days' notice of non-renewal prior to the end of the then current period.` },
  { batch: 33, types: ['termination'], style: 'canadian', text: `Either party may terminate this Agreement on sixty (60) days' written notice if the other party becomes bankrupt or insolvent or makes a proposal under the Bankruptcy and Insolvency Act.` },
  { batch: 33, types: ['change-of-control'], may: ['termination'], style: 'singapore', text: `If any person or group of persons acting in concert acquires control of the Licensee, the Licensor may terminate this Agreement by notice in writing within three months of becoming aware of it.` },
  { batch: 33, types: ['assignment'], style: 'chinese', text: `Without the written consent of Party A, Party B shall not transfer all or part of its rights and obligations under this Contract to any third party.` },
  { batch: 33, types: ['post-termination'], may: ['data-protection', 'termination'], style: 'consumer', text: `When your membership ends, you have 30 days to download your photos before we delete them.` },
  { batch: 33, types: ['transition'], may: ['post-termination', 'termination'], style: 'indian', text: `Upon expiry or earlier termination, the Service Provider shall, for a period of up to six months, provide such assistance as the Client may reasonably require to migrate the Services to the Client or a successor service provider.` },
  // boilerplate
  { batch: 33, types: ['notices'], style: 'french', text: `All notices shall be sent by registered letter with acknowledgement of receipt to the registered office of the addressee, and shall be deemed received on the date of first presentation.` },
  { batch: 33, types: ['force-majeure'], may: ['liability', 'notices'], style: 'singapore', text: `Neither party shall be liable for delay caused by epidemic, haze, governmental order or any other event beyond its reasonable control, provided that it notifies the other without delay.` },
  { batch: 33, types: ['entire-agreement'], style: 'canadian', text: `This Agreement constitutes the entire agreement between the parties and supersedes all prior negotiations, understandings and agreements, whether written or oral. No amendment is binding unless in writing and signed by both parties.` },
  { batch: 33, types: ['third-party-beneficiary'], may: ['indemnity'], style: 'irish', text: `A person who is not a party to this Agreement shall have no right to enforce any of its terms, save that each Indemnified Person may enforce Clause 11.` },
  { batch: 33, types: ['escrow'], style: 'termsheet', text: `Escrow: source code to be deposited with an independent escrow agent; release on Licensor insolvency or end of support.` },
  // hard negatives: a type's words, another type or none
  { batch: 33, types: ['warranty'], style: 'german', text: `The warranty period for defects is twenty-four months from acceptance.` },
  { batch: 33, types: ['termination'], may: ['term'], style: 'german', text: `The minimum notice period for ordinary termination is six months to the end of a calendar year.` },
  { batch: 33, types: ['prosecution'], style: 'irish', text: `The Licensee shall pay the patent renewal fees falling due in each jurisdiction in which a Licensed Patent subsists.` },
  { batch: 33, types: ['insurance'], style: 'irish', text: `The Consultant shall maintain professional indemnity insurance of not less than €2,000,000 for any one claim.` },
  { batch: 33, types: [], may: ['warranty', 'diligence'], style: 'irish', text: `The Services shall be performed with the skill of an experienced professional and in accordance with all applicable Irish Standards published by the NSAI.` },
  { batch: 33, types: [], style: 'singapore', text: `The Company's financial statements shall be audited annually by a firm of public accountants and laid before the members at the annual general meeting.` },
  { batch: 33, types: [], style: 'chinese', text: `Party A shall assign two engineers to Party B's factory to provide technical guidance for a period of three months.` },
  { batch: 33, types: [], may: ['diligence'], style: 'chinese', text: `Party B shall complete the installation and commissioning of the equipment according to the milestones in the Project Schedule in Annex 4.` },
  { batch: 33, types: [], style: 'chinese', text: `Party B shall register this technology import contract with the competent commerce authority within 30 days after signing.` },
  { batch: 33, types: [], style: 'consumer', text: `Your subscription includes free accidental damage insurance for the first year.` },
  { batch: 33, types: [], style: 'singapore', text: `The Premises shall be used solely as an office and for no other purpose.` },
  { batch: 33, types: [], may: ['reporting', 'notices'], style: 'indian', text: `The Licensee shall intimate the Licensor of any change in its registered office or in the composition of its Board of Directors within fifteen days of such change.` },
];

export const HELD_OUT: readonly HeldOutClause[] = [
  ...FIRST_TO_FIFTH_BATCHES,
  ...SIXTH_TO_TENTH_BATCHES,
  // ---- eleventh batch (tag-general2, 2026-11-29 21:00): ten types (ELEVENTH_TYPES), written before its author read
  // any cue of src/tag/taxonomy.ts or ran the tagger on it, in other writers' styles (UK, Australian, Canadian, plain
  // English, 'must'/'will', defined-term-heavy, EDGAR), with near misses that share a type's vocabulary. Measured over
  // ELEVENTH_TYPES before and after the word-class round (heldout.test.ts gives the figures).
  // non-compete
  { batch: 11, types: ['non-compete'], style: 'commonwealth', text: `For the Restraint Period the Vendor must not, in any capacity, carry on or assist any enterprise that rivals the Business within the Restraint Area.` },
  { batch: 11, types: ['non-compete'], style: 'plain', text: `While this contract runs, you will not take on work from any of our rivals in the pet-food market.` },
  { batch: 11, types: ['non-compete'], style: 'us', text: `Licensee shall refrain from developing, marketing or distributing any Competing Product during the Term.` },
  { batch: 11, types: ['non-compete'], style: 'english', text: `The Executive shall not, for nine months after the Termination Date, be employed by or provide services to any Competitor.` },
  { batch: 11, types: ['non-compete'], style: 'biglaw', text: `Neither Seller nor any of its Affiliates shall, for a period of three years following the Closing, acquire, own or operate any business that engages in the Business in the Territory.` },
  { batch: 11, types: [], style: 'english', text: `The Recipient must not pass any Evaluation Data to a competitor of the Discloser or use it for any purpose other than the Evaluation.` },
  { batch: 11, types: [], style: 'us', text: `Each party shall comply with all applicable antitrust and competition laws in performing this Agreement.` },
  // non-solicit
  { batch: 11, types: ['non-solicit'], style: 'english', text: `The Supplier undertakes that it will not, during the Term or for 12 months thereafter, poach or attempt to poach any of the Customer's Key Personnel.` },
  { batch: 11, types: ['non-solicit'], style: 'plain', text: `Don't hire away our people while we're working together or for six months afterwards.` },
  { batch: 11, types: ['non-solicit'], style: 'commonwealth', text: `The Licensee must not induce or attempt to induce any Customer to cease dealing with the Licensor.` },
  { batch: 11, types: ['non-solicit'], style: 'us', text: `Neither party shall make any statement that disparages or denigrates the other party or its products.` },
  { batch: 11, types: ['non-solicit'], may: ['non-compete'], style: 'edgar', text: `     6.4  Customers.  For one (1) year after the Closing, Seller
shall not, directly or indirectly, call upon any Customer for the
purpose of selling products competitive with the Products.` },
  { batch: 11, types: [], style: 'english', text: `The Agent shall actively canvass potential customers in the Territory for orders of the Products.` },
  { batch: 11, types: [], style: 'commonwealth', text: `Each party is responsible for recruiting, training and paying its own staff.` },
  // exclusivity
  { batch: 11, types: ['exclusivity'], style: 'commonwealth', text: `The Supplier appoints the Distributor as the only distributor of the Products in Queensland, and will not itself sell the Products there.` },
  { batch: 11, types: ['exclusivity'], style: 'plain', text: `We'll buy all the packaging we need for the product only from you.` },
  { batch: 11, types: ['exclusivity'], style: 'english', text: `The Licence is a sole licence: the Licensor may itself work the Patents in the Territory but shall grant no other licence there.` },
  { batch: 11, types: ['exclusivity'], may: ['minimum-commitment'], style: 'us', text: `Reseller shall purchase its entire requirements of Covered Devices from Manufacturer and shall not stock any Third-Party Device.` },
  { batch: 11, types: ['exclusivity'], style: 'biglaw', text: `During the Exclusivity Period, the Company shall deal solely with the Purchaser in relation to any sale of the Business and shall not negotiate with any other person.` },
  { batch: 11, types: [], style: 'english', text: `The courts of England have exclusive jurisdiction over any dispute arising from this Agreement.` },
  { batch: 11, types: [], style: 'us', text: `Customer is solely responsible for the accuracy of the data it uploads to the Service.` },
  // price-restriction
  { batch: 11, types: ['price-restriction'], style: 'commonwealth', text: `The Franchisor may not raise the Management Fee by more than the CPI increase in any Financial Year.` },
  { batch: 11, types: ['price-restriction'], style: 'plain', text: `Your monthly fee won't go up for the first year.` },
  { batch: 11, types: ['price-restriction'], style: 'english', text: `The Tariff shall be frozen until 31 March 2028.` },
  { batch: 11, types: ['price-restriction'], style: 'us', text: `Dealer shall not resell the Units at less than the suggested retail price published by Manufacturer.` },
  { batch: 11, types: ['price-restriction'], style: 'edgar', text: `     5.2  Rate Adjustments.  Any adjustment to the Rates shall be
capped at the lesser of three percent (3%) or the change in the
Consumer Price Index for the preceding year.` },
  { batch: 11, types: [], style: 'english', text: `The Customer shall pay the Charges within 30 days of receiving a valid invoice.` },
  { batch: 11, types: [], style: 'us', text: `Royalties shall be calculated on Net Sales at the rates set forth in Schedule 3.` },
  // most-favored
  { batch: 11, types: ['most-favored'], style: 'plain', text: `If we ever give someone else a better deal on this licence, you get the same deal.` },
  { batch: 11, types: ['most-favored'], style: 'commonwealth', text: `Should the Licensor license the Technology to any other person at a lower royalty, the Licensee's royalty will be reduced to match from the date of that licence.` },
  { batch: 11, types: ['most-favored'], may: ['price-restriction'], style: 'english', text: `The Supplier shall ensure that the Charges are at all times no less favourable to the Customer than those it offers to any comparable customer.` },
  { batch: 11, types: ['most-favored'], may: ['price-restriction'], style: 'us', text: `If Vendor offers any customer more favorable pricing for substantially similar volumes, Vendor shall extend such pricing to Company retroactively to the date first offered.` },
  { batch: 11, types: [], style: 'english', text: `After the fifth Contract Year the royalty rate steps down to 1.5% of Net Sales.` },
  { batch: 11, types: [], style: 'us', text: `Each party shall bear its own costs of negotiating and entering into this Agreement.` },
  // volume-restriction
  { batch: 11, types: ['volume-restriction'], style: 'commonwealth', text: `Output of the Licensed Compound is capped at 500 tonnes a year.` },
  { batch: 11, types: ['volume-restriction'], style: 'plain', text: `You can make up to 20 copies of the manual for your own staff.` },
  { batch: 11, types: ['volume-restriction'], style: 'english', text: `The number of Named Users shall not at any time exceed 250.` },
  { batch: 11, types: ['volume-restriction'], style: 'us', text: `Licensee's annual sales of Licensed Products shall be limited to the Sales Ceiling set forth in Exhibit D.` },
  { batch: 11, types: ['volume-restriction'], style: 'edgar', text: `     3.3  Supply Limit.  Supplier's obligation to supply shall
not exceed One Hundred Thousand (100,000) units in any calendar
quarter.` },
  { batch: 11, types: [], style: 'english', text: `The Licensee shall keep its records up to date and make them available to the Licensor on request.` },
  { batch: 11, types: [], style: 'commonwealth', text: `The Supplier's liability for any single claim is limited to $1 million.` },
  // minimum-commitment
  { batch: 11, types: ['minimum-commitment'], style: 'plain', text: `Every year you must order at least 10,000 bottles.` },
  { batch: 11, types: ['minimum-commitment'], style: 'commonwealth', text: `The Distributor must achieve Sales of not less than the Minimum Sales Target in each Year; if it does not, the Supplier may terminate this Agreement.` },
  { batch: 11, types: ['minimum-commitment'], style: 'us', text: `Company shall purchase no fewer than 5,000 Units per calendar quarter.` },
  { batch: 11, types: ['minimum-commitment'], style: 'english', text: `The Licensee shall pay a guaranteed minimum royalty of £25,000 per annum, whether or not its earned royalties reach that sum.` },
  { batch: 11, types: [], style: 'commonwealth', text: `The Contractor must ensure that each of its engineers has at least five years' experience.` },
  { batch: 11, types: [], style: 'english', text: `This Agreement shall continue for a minimum period of 24 months from the Commencement Date.` },
  // change-of-control
  { batch: 11, types: ['change-of-control'], style: 'plain', text: `If someone else takes over your company, let us know within a month; we may then end this agreement.` },
  { batch: 11, types: ['change-of-control'], style: 'english', text: `If the Licensee becomes a subsidiary of a Competitor, the Licensor may terminate this Agreement by written notice.` },
  { batch: 11, types: ['change-of-control'], style: 'us', text: `Any merger, consolidation or sale of all or substantially all of Licensee's assets shall be deemed an assignment requiring Licensor's prior written consent.` },
  { batch: 11, types: ['change-of-control'], style: 'commonwealth', text: `A change in the beneficial ownership of more than half of the issued shares in the Franchisee is a transfer for the purposes of clause 18.` },
  { batch: 11, types: [], style: 'english', text: `Either party may change the person nominated as its Contract Manager by notice to the other.` },
  { batch: 11, types: [], style: 'us', text: `Supplier shall control the manufacturing process and bear all costs of it.` },
  // covenant-not-to-sue
  { batch: 11, types: ['covenant-not-to-sue'], style: 'plain', text: `We won't take you to court over any of our patents for products you sell under this licence.` },
  { batch: 11, types: ['covenant-not-to-sue'], style: 'english', text: `The Licensee shall not at any time contest the validity of the Licensed Patents, nor assist others to do so.` },
  { batch: 11, types: ['covenant-not-to-sue'], style: 'commonwealth', text: `Each party releases the other from all claims for infringement of its Patents arising before the Effective Date.` },
  { batch: 11, types: ['covenant-not-to-sue'], style: 'us', text: `Licensor agrees not to initiate any action against Licensee's customers alleging that Licensed Products infringe Licensor Patents.` },
  { batch: 11, types: [], style: 'english', text: `Either party may bring proceedings against a third-party infringer at its own expense if the other declines to do so.` },
  { batch: 11, types: [], style: 'us', text: `Nothing in this Agreement limits either party's right to seek injunctive relief.` },
  // third-party-beneficiary
  { batch: 11, types: ['third-party-beneficiary'], style: 'english', text: `Each Indemnified Person may rely on and enforce clause 12 directly against the Supplier.` },
  { batch: 11, types: ['third-party-beneficiary'], style: 'us', text: `Licensor's licensors are intended beneficiaries of Section 7 and shall be entitled to enforce it directly.` },
  { batch: 11, types: ['third-party-beneficiary'], style: 'commonwealth', text: `Clause 14 is given for the benefit of each Related Entity of the Customer, which may enforce it even though it is not a party.` },
  { batch: 11, types: [], style: 'english', text: `This Agreement binds and benefits the parties and their successors in title.` },
  { batch: 11, types: [], style: 'us', text: `Supplier may engage subcontractors but shall remain liable for their performance.` },
  // ---- twelfth batch (tag-general2, 2026-11-29 21:15): ELEVENTH_TYPES again, written after the word-class round by its
  // author (who knew those cues, so it leans against them), before any cue was changed for it; measured once, not fitted.
  // non-compete
  { batch: 12, types: ['non-compete'], style: 'commonwealth', text: `The Contractor must not, while this Agreement is on foot, supply services of the kind described in Schedule 1 to any person whose business is in competition with the Principal's.` },
  { batch: 12, types: ['non-compete'], style: 'plain', text: `For a year after you leave, you can't set up or join a business that does what we do in Ontario.` },
  { batch: 12, types: ['non-compete'], style: 'us', text: `Employee agrees that during the Restricted Period Employee will not accept employment with, or render consulting services to, any Competing Enterprise.` },
  { batch: 12, types: ['non-compete'], style: 'english', text: `The Seller undertakes not to have any interest in a business within the United Kingdom which supplies goods of a type supplied by the Company at Completion, for a period of two years.` },
  { batch: 12, types: [], style: 'us', text: `Licensor shall not be liable for any loss of competitive advantage suffered by Licensee.` },
  { batch: 12, types: [], style: 'english', text: `The Supplier shall tender competitively for the subcontracted works and shall select the lowest compliant bid.` },
  // non-solicit
  { batch: 12, types: ['non-solicit'], style: 'commonwealth', text: `During the Term and for 6 months afterwards, the Service Provider must not offer employment to any of the Customer's staff who were involved in the Services.` },
  { batch: 12, types: ['non-solicit'], style: 'plain', text: `We won't go after your clients while we're working for you, and for a year after.` },
  { batch: 12, types: ['non-solicit'], style: 'english', text: `Neither party shall say or publish anything that is likely to damage the reputation of the other party.` },
  { batch: 12, types: ['non-solicit'], style: 'us', text: `For two years after the Closing, Seller shall not encourage any employee of the Company to terminate his or her employment with the Company.` },
  { batch: 12, types: [], style: 'us', text: `Each party shall be free to advertise open positions in newspapers and on job boards.` },
  // exclusivity
  { batch: 12, types: ['exclusivity'], style: 'english', text: `The Licensor shall not, during the Term, license the Software in the Territory to anyone other than the Licensee.` },
  { batch: 12, types: ['exclusivity'], style: 'plain', text: `We'll be your only supplier of coffee beans for the stores listed in the schedule.` },
  { batch: 12, types: ['exclusivity'], style: 'commonwealth', text: `The rights granted under clause 2 are exclusive to the Licensee, even as against the Licensor.` },
  { batch: 12, types: ['exclusivity'], style: 'us', text: `Customer shall obtain all of its needs for Cartridges exclusively from Vendor during the Term.` },
  { batch: 12, types: [], style: 'english', text: `The Customer shall have sole responsibility for the legality of the data it provides.` },
  { batch: 12, types: [], style: 'us', text: `Prices are exclusive of sales tax, which Buyer shall pay.` },
  // price-restriction
  { batch: 12, types: ['price-restriction'], style: 'english', text: `The Charges will stay at the levels in Schedule 3 until the first anniversary of the Go-Live Date.` },
  { batch: 12, types: ['price-restriction'], style: 'plain', text: `We can raise our rates once a year, but by no more than 5%.` },
  { batch: 12, types: ['price-restriction'], style: 'commonwealth', text: `The Distributor must not resell the Products below the RRP published by the Supplier.` },
  { batch: 12, types: ['price-restriction'], style: 'us', text: `In no event shall the annual increase in the Service Fees exceed the lesser of 4% and the increase in CPI-U for the prior year.` },
  { batch: 12, types: [], style: 'english', text: `The Supplier may increase the Charges on 60 days' notice to reflect any increase in its costs.` },
  { batch: 12, types: [], style: 'us', text: `All fees are payable in U.S. dollars within thirty days of the invoice date.` },
  // most-favored
  { batch: 12, types: ['most-favored'], style: 'english', text: `If the Supplier supplies equivalent Services to any other customer at lower Charges, it shall reduce the Charges under this Agreement accordingly.` },
  { batch: 12, types: ['most-favored'], style: 'plain', text: `You'll always get our best price: no other store pays less for these products than you do.` },
  { batch: 12, types: ['most-favored'], style: 'us', text: `Licensor shall promptly offer Licensee the benefit of any more favorable royalty granted to any other licensee of the Licensed Patents.` },
  { batch: 12, types: [], style: 'english', text: `The parties shall negotiate in good faith any change to the Charges requested by either of them.` },
  { batch: 12, types: [], style: 'us', text: `Volume discounts shall apply as set forth in Exhibit B.` },
  // volume-restriction
  { batch: 12, types: ['volume-restriction'], style: 'english', text: `The Licensee may install the Software on no more than ten workstations at any one time.` },
  { batch: 12, types: ['volume-restriction'], style: 'plain', text: `Your plan covers up to 1,000 text messages a month. Extra messages cost 2 cents each.` },
  { batch: 12, types: ['volume-restriction'], style: 'commonwealth', text: `The quantity of Product the Grower may sell to third parties in any Season is limited to 15% of the Grower's total crop.` },
  { batch: 12, types: ['volume-restriction'], style: 'us', text: `Licensee's production of Licensed Products shall not exceed the Annual Cap without Licensor's prior written approval.` },
  { batch: 12, types: [], style: 'english', text: `The Supplier's total liability in each Contract Year shall not exceed the Charges paid in that year.` },
  { batch: 12, types: [], style: 'us', text: `Licensee may extend the Term for up to two additional one-year periods.` },
  // minimum-commitment
  { batch: 12, types: ['minimum-commitment'], style: 'english', text: `The Customer commits to a minimum spend of £100,000 in each Contract Year.` },
  { batch: 12, types: ['minimum-commitment'], style: 'plain', text: `You need to sell at least 300 units a quarter to keep your discount.` },
  { batch: 12, types: ['minimum-commitment'], style: 'us', text: `If Distributor's purchases in any Contract Year fall short of the Minimum Purchase Requirement, Distributor shall pay Supplier the difference within thirty days.` },
  { batch: 12, types: [], style: 'english', text: `Each Party shall appoint at least two representatives to the Steering Committee.` },
  // change-of-control
  { batch: 12, types: ['change-of-control'], style: 'english', text: `If a third party acquires a majority of the shares in the Licensee, the Licensor may terminate this Agreement on 30 days' notice.` },
  { batch: 12, types: ['change-of-control'], style: 'plain', text: `If you sell your business or merge with another company, you must get our okay first or this agreement ends.` },
  { batch: 12, types: ['change-of-control'], style: 'us', text: `Licensee shall give Licensor written notice of any Change of Control no later than ten days after it occurs.` },
  { batch: 12, types: [], style: 'english', text: `The Supplier shall have control over the manner in which the Services are performed.` },
  { batch: 12, types: [], style: 'us', text: `Each party shall maintain control of its own Confidential Information.` },
  // covenant-not-to-sue
  { batch: 12, types: ['covenant-not-to-sue'], style: 'english', text: `The Licensee shall not oppose, or seek to revoke, any of the Licensed Patents.` },
  { batch: 12, types: ['covenant-not-to-sue'], style: 'plain', text: `Neither of us will start a lawsuit against the other for patent infringement during the term.` },
  { batch: 12, types: ['covenant-not-to-sue'], style: 'us', text: `Licensee hereby irrevocably waives any right to contest Licensor's ownership of the Licensed Marks.` },
  { batch: 12, types: [], style: 'english', text: `If either party becomes aware of any infringement of the Licensed Patents, it shall promptly notify the other.` },
  { batch: 12, types: [], style: 'us', text: `Any suit arising from this Agreement shall be brought in the state courts of Delaware.` },
  // third-party-beneficiary
  { batch: 12, types: ['third-party-beneficiary'], style: 'english', text: `The Customer's Affiliates shall have the right to enforce clause 8 against the Supplier as though they were parties to this Agreement.` },
  { batch: 12, types: ['third-party-beneficiary'], style: 'us', text: `Each Indemnitee who is not a party hereto is an intended beneficiary of Article 11.` },
  { batch: 12, types: [], style: 'english', text: `A person who is not a party to this Agreement has no right to enforce any of its terms.` },
  { batch: 12, types: [], style: 'us', text: `This Agreement shall inure to the benefit of the parties and their permitted assigns.` },
  // ---- thirteenth batch (tag-general2, 2026-11-29 21:35): ELEVENTH_TYPES again, written before the second word-class
  // round (the classes applied to the types' existing cues) and measured before and after it, not fitted.
  // non-compete
  { batch: 13, types: ['non-compete'], style: 'commonwealth', text: `For 18 months after the Sale Date the Vendor shall not, in New Zealand, be directly or indirectly involved in any dairy processing business.` },
  { batch: 13, types: ['non-compete'], style: 'plain', text: `While you're our reseller, please don't sell anyone else's accounting software.` },
  { batch: 13, types: ['non-compete'], style: 'biglaw', text: `No Member shall, during the Non-Compete Period, engage, directly or through any Affiliate, in the Restricted Activities anywhere in the Restricted Territory.` },
  { batch: 13, types: [], style: 'english', text: `The Authority will run a competition to select the preferred bidder for the Project.` },
  // non-solicit
  { batch: 13, types: ['non-solicit'], style: 'english', text: `The Consultant shall not, for twelve months after the Engagement ends, approach any person who was a customer of the Company with a view to obtaining their business.` },
  { batch: 13, types: ['non-solicit'], style: 'plain', text: `Please don't try to take our team members away from us while we work together.` },
  { batch: 13, types: ['non-solicit'], style: 'us', text: `Neither party shall knowingly hire any individual who is or was, within the prior six months, an employee of the other party.` },
  { batch: 13, types: [], style: 'english', text: `The Supplier shall ensure that its staff are suitably qualified and properly supervised.` },
  // exclusivity
  { batch: 13, types: ['exclusivity'], style: 'commonwealth', text: `During the Term, the Principal will not appoint anyone else to sell the Products in Singapore.` },
  { batch: 13, types: ['exclusivity'], style: 'us', text: `Distributor shall be the sole and only authorized distributor of the Products in Mexico.` },
  { batch: 13, types: ['exclusivity'], style: 'plain', text: `Nobody but you will be allowed to sell our tea in Ireland.` },
  { batch: 13, types: [], style: 'english', text: `These remedies are in addition to, and not exclusive of, any other rights the Licensor may have.` },
  // price-restriction
  { batch: 13, types: ['price-restriction'], style: 'english', text: `The Hourly Rates shall not be varied during the Initial Period.` },
  { batch: 13, types: ['price-restriction'], style: 'us', text: `Any increase in the Subscription Fees upon renewal shall be limited to three percent (3%) over the fees for the preceding term.` },
  { batch: 13, types: ['price-restriction'], style: 'plain', text: `You agree not to sell our products for less than the minimum price we tell you.` },
  { batch: 13, types: [], style: 'us', text: `The Purchase Price shall be paid by wire transfer at Closing.` },
  // most-favored
  { batch: 13, types: ['most-favored'], style: 'english', text: `The Licensor shall not grant a licence of the Patents to any third party on royalty terms more advantageous than those of this Licence unless it first offers the same terms to the Licensee.` },
  { batch: 13, types: ['most-favored'], style: 'plain', text: `If anyone else gets a cheaper rate from us for the same work, we'll match it for you.` },
  { batch: 13, types: [], style: 'english', text: `The Licensee shall procure that every sublicence contains terms no less protective of the Licensed Technology than this Agreement.` },
  // volume-restriction
  { batch: 13, types: ['volume-restriction'], style: 'commonwealth', text: `The Licensee must not operate more than three Outlets under the Licensed Marks.` },
  { batch: 13, types: ['volume-restriction'], style: 'us', text: `Each Customer account is limited to five hundred (500) active Devices; additional Devices require an upgrade.` },
  { batch: 13, types: ['volume-restriction'], style: 'english', text: `The Manufacturer shall produce no more Products in any Quarter than the Allocation notified by the Licensor for that Quarter.` },
  { batch: 13, types: [], style: 'us', text: `Licensee shall keep its books and records for no more than seven years after the end of each Contract Year.` },
  // minimum-commitment
  { batch: 13, types: ['minimum-commitment'], style: 'commonwealth', text: `The Franchisee must purchase Products to a value of at least $50,000 in each Franchise Year.` },
  { batch: 13, types: ['minimum-commitment'], style: 'plain', text: `Every month you'll order no fewer than 40 kegs.` },
  { batch: 13, types: [], style: 'english', text: `The Distributor shall maintain a stock of the Products sufficient to meet at least one month of expected demand.` },
  // change-of-control
  { batch: 13, types: ['change-of-control'], style: 'english', text: `The Distributor shall not, without the Supplier's consent, allow any person to obtain control of it, and any such change shall entitle the Supplier to terminate.` },
  { batch: 13, types: ['change-of-control'], style: 'us', text: `In the event Company is acquired by a Competitor of Licensor, this License shall terminate automatically.` },
  { batch: 13, types: ['change-of-control'], style: 'plain', text: `If control of the Licensee changes hands, the Licensee must tell the Licensor within 30 days.` },
  { batch: 13, types: [], style: 'english', text: `The Licensee shall be in control of the day-to-day marketing of the Products.` },
  // covenant-not-to-sue
  { batch: 13, types: ['covenant-not-to-sue'], style: 'english', text: `The Distributor shall not apply to register, or dispute the Supplier's title to, any of the Trade Marks.` },
  { batch: 13, types: ['covenant-not-to-sue'], style: 'us', text: `Each Party, on behalf of itself and its Affiliates, hereby covenants not to bring any patent infringement action against the other Party's customers.` },
  { batch: 13, types: ['covenant-not-to-sue'], style: 'plain', text: `You won't go to court to argue our patents are invalid.` },
  { batch: 13, types: [], style: 'us', text: `Either party may bring an action to enforce this Agreement in any court of competent jurisdiction.` },
  // third-party-beneficiary
  { batch: 13, types: ['third-party-beneficiary'], style: 'english', text: `Clause 10 confers a benefit on each Supplier Group Company, and each of them may enforce it in its own right.` },
  { batch: 13, types: ['third-party-beneficiary'], style: 'us', text: `The Lenders are express third party beneficiaries of Section 6.3.` },
  { batch: 13, types: [], style: 'english', text: `The rights of the parties to vary or rescind this Agreement are not subject to the consent of any other person.` },
  // ---- fourteenth batch (tag-general2, 2026-11-29 21:50): ELEVENTH_TYPES again, written before the modal-reading round
  // and measured before and after it by counts only (its misses were not printed until after the round), not fitted.
  { batch: 14, types: ['non-compete'], style: 'english', text: `The Managing Director shall not, at any time during the twelve months following the date on which he ceases to be employed, carry on a business in competition with the Company within Greater London.` },
  { batch: 14, types: ['non-compete'], style: 'plain', text: `Don't open a competing clinic within 10 km of ours while you're licensed to use our name.` },
  { batch: 14, types: ['non-compete'], style: 'us', text: `Consultant covenants that, for so long as this Agreement remains in effect and for one year thereafter, Consultant will not develop any product that competes with the Licensed Product.` },
  { batch: 14, types: [], style: 'us', text: `The parties acknowledge that the market for the Products is highly competitive.` },
  { batch: 14, types: ['non-solicit'], style: 'commonwealth', text: `Each party must not, during the term of this agreement and for nine months after it ends, directly or indirectly solicit any employee of the other party to leave that employment.` },
  { batch: 14, types: ['non-solicit'], style: 'plain', text: `Don't poach our staff.` },
  { batch: 14, types: ['non-solicit'], style: 'english', text: `The Licensee shall not make any public statement which disparages the Licensor or the Licensed Products.` },
  { batch: 14, types: [], style: 'english', text: `The Agent shall solicit orders only at the prices in the Supplier's current price list.` },
  { batch: 14, types: ['exclusivity'], style: 'us', text: `Licensor shall not, during the Exclusivity Period and within the Field, grant any license under the Licensed Patents to any Person other than Licensee.` },
  { batch: 14, types: ['exclusivity'], style: 'commonwealth', text: `The Supplier appoints the Distributor as its exclusive distributor of the Products in Western Australia.` },
  { batch: 14, types: ['exclusivity'], style: 'plain', text: `Only you may sell our boards in Canada while this agreement lasts.` },
  { batch: 14, types: [], style: 'english', text: `The Licensee shall be solely liable for the acts and omissions of its sub-contractors.` },
  { batch: 14, types: ['price-restriction'], style: 'us', text: `Vendor shall not, during the Initial Term, increase the prices for the Products set forth in Exhibit A.` },
  { batch: 14, types: ['price-restriction'], style: 'plain', text: `Don't charge customers more than the maximum retail price printed on the pack.` },
  { batch: 14, types: ['price-restriction'], style: 'english', text: `The Fees may be reviewed annually, provided that no increase shall exceed the rate of inflation.` },
  { batch: 14, types: [], style: 'us', text: `Buyer shall reimburse Seller for reasonable travel expenses at cost.` },
  { batch: 14, types: ['most-favored'], style: 'us', text: `Should Supplier, during the Term, offer to any other customer pricing more favorable than that provided to Buyer, Supplier shall offer such pricing to Buyer.` },
  { batch: 14, types: ['most-favored'], style: 'plain', text: `No one else will pay less than you for our software.` },
  { batch: 14, types: [], style: 'us', text: `Pricing for additional Services shall be mutually agreed in a Statement of Work.` },
  { batch: 14, types: ['volume-restriction'], style: 'english', text: `The Licensee shall not, in any calendar year, manufacture more than 5,000 Licensed Products.` },
  { batch: 14, types: ['volume-restriction'], style: 'plain', text: `You can print up to 500 copies of the book. Anything more needs our written okay.` },
  { batch: 14, types: [], style: 'english', text: `The Licensee shall pay interest on late payments at 4% above the Bank of England base rate.` },
  { batch: 14, types: ['minimum-commitment'], style: 'us', text: `Distributor shall, during each Contract Year, purchase from Supplier not less than the Minimum Annual Quantity.` },
  { batch: 14, types: ['minimum-commitment'], style: 'plain', text: `You promise to buy at least 200 machines from us each year.` },
  { batch: 14, types: [], style: 'commonwealth', text: `The Contractor must provide at least 10 Business Days' notice of any planned outage.` },
  { batch: 14, types: ['change-of-control'], style: 'english', text: `The Licensor may, by notice, terminate this Agreement if the Licensee comes under the control of a person who did not control it at the Commencement Date.` },
  { batch: 14, types: ['change-of-control'], style: 'plain', text: `Tell us straight away if someone buys a controlling stake in your company.` },
  { batch: 14, types: [], style: 'us', text: `Supplier shall implement quality control procedures consistent with ISO 9001.` },
  { batch: 14, types: ['covenant-not-to-sue'], style: 'us', text: `Licensee shall not, directly or indirectly, challenge or cause to be challenged the validity of any Licensed Patent.` },
  { batch: 14, types: ['covenant-not-to-sue'], style: 'plain', text: `Don't sue us or our customers over these patents.` },
  { batch: 14, types: [], style: 'english', text: `The Licensor shall, at the Licensee's request, bring proceedings against any infringer of the Licensed Patents.` },
  { batch: 14, types: ['third-party-beneficiary'], style: 'english', text: `Each of the Buyer's Affiliates may, under the Contracts (Rights of Third Parties) Act 1999, enforce clause 12 as if it were a party.` },
  { batch: 14, types: ['third-party-beneficiary'], style: 'us', text: `Licensor's third-party licensors are intended third-party beneficiaries of this Section 8 with the right to enforce it.` },
  { batch: 14, types: [], style: 'us', text: `Nothing in this Agreement shall be construed to confer any rights on any third party.` },
  // ---- fifteenth batch (tag-frames, 2026-11-29 23:50): FIFTEENTH_TYPES, written before the frame-reading round by its
  // author, in writers unlike the earlier batches' (Indian and Singaporean English, US plain language, defined-term
  // drafting, the passive, lists whose lead-in holds the restraint and whose items hold the act); measured once before
  // the round and once after it, not fitted.
  // non-compete
  { batch: 15, types: ['non-compete'], style: 'indian', text: `The Promoters shall not, during the subsistence of this Agreement and for a period of two years thereafter, either by themselves or through their relatives, carry on or be engaged in any business which is similar to the business of the Company anywhere in India.` },
  { batch: 15, types: ['non-compete'], style: 'passive', text: `During the Restricted Period, no business that competes with the Business may be established, acquired or operated by the Seller or any of its Affiliates.` },
  { batch: 15, types: ['non-compete'], style: 'list', text: `The Executive undertakes that he will not, for twelve months after the Termination Date:
(a) be employed by or provide services to any Competing Business; or
(b) hold any interest in any Competing Business, other than up to 3% of the shares of a listed company.` },
  { batch: 15, types: ['non-compete'], style: 'plain', text: `While you work with us and for one year after, you may not start, own, or work for a business that sells the same kind of products we sell in your sales region.` },
  { batch: 15, types: ['non-compete'], style: 'defined', text: `Each Restricted Party covenants that it shall not, and shall procure that none of its Affiliates shall, engage in any Restricted Business in the Restricted Territory during the Restricted Period.` },
  { batch: 15, types: [], style: 'english', text: `The Company operates in a competitive market and the Investor acknowledges that past performance is no guide to future results.` },
  { batch: 15, types: [], style: 'singapore', text: `The Licensee shall not carry on any business at the Premises other than the operation of a food and beverage outlet.` },
  // non-solicit
  { batch: 15, types: ['non-solicit'], style: 'singapore', text: `The Consultant shall not, whether during or within 12 months after the termination of this Agreement, canvass, solicit or entice away any client of the Company with whom he had dealings.` },
  { batch: 15, types: ['non-solicit'], style: 'passive', text: `No employee of the Company shall be solicited, hired or engaged by the Purchaser, directly or indirectly, during the eighteen months following Completion.` },
  { batch: 15, types: ['non-solicit'], style: 'list', text: `During the Term and for one (1) year thereafter, Vendor shall not, and shall cause its Affiliates not to:
(i) induce any Customer Employee to leave the employ of Customer; or
(ii) offer employment to any person who was a Customer Employee in the preceding six months.` },
  { batch: 15, types: ['non-solicit'], style: 'indian', text: `The Service Provider undertakes that it shall not divert or attempt to divert any customer or business of the Client to itself or to any other person during the tenure of this Agreement.` },
  { batch: 15, types: ['non-solicit'], style: 'plain', text: `You agree not to ask any of our customers to move their business to you or anyone else for 12 months after you leave.` },
  { batch: 15, types: [], style: 'us', text: `The Company may hire such employees and consultants as it considers necessary for the conduct of its business.` },
  { batch: 15, types: [], style: 'us', text: `The Distributor shall use its best efforts to solicit orders for the Products from customers in the Territory.` },
  // exclusivity
  { batch: 15, types: ['exclusivity'], style: 'indian', text: `During the Term, the Principal shall not appoint any other person as its distributor, stockist or agent for the Products in the States of Maharashtra and Gujarat.` },
  { batch: 15, types: ['exclusivity'], style: 'passive', text: `No other licence of the Licensed Patents in the Field shall be granted by the Licensor to any third party during the Term.` },
  { batch: 15, types: ['exclusivity'], style: 'defined', text: `The Rights are granted to the Licensee to the exclusion of all other Persons, including the Licensor and its Affiliates.` },
  { batch: 15, types: ['exclusivity'], may: ['non-compete'], style: 'list', text: `The Supplier shall not, during the Term, directly or indirectly:
(a) supply the Products to any other purchaser in the Territory; or
(b) authorise any person other than the Distributor to market the Products in the Territory.` },
  { batch: 15, types: ['exclusivity'], style: 'plain', text: `You'll be the only company we let sell our sauces in Texas.` },
  { batch: 15, types: [], style: 'english', text: `The Customer's remedies under this clause are its sole and exclusive remedies for late delivery.` },
  { batch: 15, types: [], style: 'singapore', text: `The Distributor shall not sell the Products outside the Territory without the Supplier's prior written consent.` },
  // price-restriction
  { batch: 15, types: ['price-restriction'], style: 'singapore', text: `The rates set out in Annex B shall hold good for the first two years of the Term, and any revision thereafter shall not exceed 3% per annum.` },
  { batch: 15, types: ['price-restriction'], style: 'passive', text: `The prices in Schedule 2 may not be increased by the Supplier before 1 January 2028.` },
  { batch: 15, types: ['price-restriction'], style: 'list', text: `The Reseller shall not:
(a) advertise the Products at a price below the Minimum Advertised Price; or
(b) offer any discount on the Products exceeding ten per cent of the list price.` },
  { batch: 15, types: ['price-restriction'], style: 'indian', text: `The Dealer shall not sell the Products to any customer at a price exceeding the maximum retail price printed on the packaging, inclusive of all taxes.` },
  { batch: 15, types: ['price-restriction'], style: 'plain', text: `We will not charge you more for the service during your first 24 months than the amount shown on your order form.` },
  { batch: 15, types: [], style: 'english', text: `The price payable for the Products shall be the Supplier's list price in force on the date of the order.` },
  { batch: 15, types: [], style: 'us', text: `The Buyer shall not be charged for any Products that are rejected under Section 7.` },
  // most-favored
  { batch: 15, types: ['most-favored'], style: 'indian', text: `Should the Vendor supply similar goods to any other buyer at a price lower than that charged to the Purchaser, the Vendor shall pass on the benefit of such lower price to the Purchaser with effect from the date of such supply.` },
  { batch: 15, types: ['most-favored'], style: 'defined', text: `If Licensor enters into a Third Party License on Financial Terms more favorable to the Third Party Licensee than the Financial Terms of this Agreement, Licensee shall be entitled to elect such Financial Terms.` },
  { batch: 15, types: ['most-favored'], style: 'plain', text: `If we ever give another school a better deal on these licences, you get that deal too.` },
  { batch: 15, types: [], style: 'english', text: `Each Party shall give the other no less than thirty days' notice of any change to its bank details.` },
  // volume-restriction
  { batch: 15, types: ['volume-restriction'], style: 'singapore', text: `The Licensee shall not cause or permit the Software to be used by more than 25 Named Users at any one time.` },
  { batch: 15, types: ['volume-restriction'], style: 'passive', text: `The annual output of Licensed Products manufactured under this Licence is capped at 40,000 units; production in excess of the cap requires a further licence.` },
  { batch: 15, types: ['volume-restriction'], style: 'list', text: `Licensee's use of the API is subject to the following limits:
(a) no more than 10,000 calls per day; and
(b) no more than 50 concurrent connections.` },
  { batch: 15, types: [], style: 'us', text: `The Supplier shall deliver no fewer than 95% of Orders on time in each month.` },
  // minimum-commitment
  { batch: 15, types: ['minimum-commitment'], style: 'indian', text: `The Distributor shall lift a minimum quantity of 5,000 cartons of the Products every quarter, failing which the Company may terminate the distributorship.` },
  { batch: 15, types: ['minimum-commitment'], style: 'passive', text: `Not less than 2,000 units of the Product shall be ordered by the Customer in each Contract Year.` },
  { batch: 15, types: ['minimum-commitment'], style: 'defined', text: `Customer shall meet the Annual Minimum Commitment in each Commitment Year, and any Shortfall shall be invoiced as set out in Section 4.3.` },
  { batch: 15, types: [], style: 'english', text: `The Supplier shall maintain a minimum inventory of spare parts sufficient for ninety days of repairs.` },
  // change-of-control
  { batch: 15, types: ['change-of-control'], style: 'singapore', text: `If there is any change in the shareholding of the Contractor resulting in a change in the person who controls the Contractor, the Employer may terminate this Contract by giving 30 days' written notice.` },
  { batch: 15, types: ['change-of-control'], style: 'passive', text: `Where the Licensee is taken over, or more than half of its voting shares are transferred to a person not now a shareholder, this Licence may be terminated by the Licensor forthwith.` },
  { batch: 15, types: ['change-of-control'], style: 'list', text: `The Lender may declare all amounts outstanding immediately due if:
(a) an Event of Default occurs; or
(b) any person or group of persons acting in concert gains control of the Borrower.` },
  { batch: 15, types: [], style: 'english', text: `The Contractor shall control the quality of materials used in the Works.` },
  // covenant-not-to-sue
  { batch: 15, types: ['covenant-not-to-sue'], style: 'indian', text: `The Licensee shall not at any time question or raise any objection to the validity of the Licensor's patents, or aid any third party in doing so.` },
  { batch: 15, types: ['covenant-not-to-sue'], style: 'passive', text: `No action for infringement of the Licensed Patents shall be brought by the Licensor against the Licensee or its customers in respect of Licensed Products.` },
  { batch: 15, types: ['covenant-not-to-sue'], style: 'list', text: `The Licensee agrees that it will not:
(a) seek to have any Licensed Patent declared invalid or revoked; or
(b) assist any other person to do so.` },
  { batch: 15, types: [], style: 'us', text: `The Licensor may, at its own expense, take action against any infringer of the Licensed Patents.` },
  // third-party-beneficiary
  { batch: 15, types: ['third-party-beneficiary'], style: 'singapore', text: `A person who is not a party to this Agreement shall have the right under the Contracts (Rights of Third Parties) Act 2001 to enforce clause 9, but no other term.` },
  { batch: 15, types: ['third-party-beneficiary'], style: 'defined', text: `The Indemnified Persons may rely on and enforce Section 7.2 directly against Supplier.` },
  { batch: 15, types: [], style: 'us', text: `No person other than the parties shall have any rights under this Agreement.` },
  // assignment
  { batch: 15, types: ['assignment'], style: 'indian', text: `The Distributor shall not transfer, assign or sub-let this Agreement or any part thereof to any other person without the prior written consent of the Company.` },
  { batch: 15, types: ['assignment'], style: 'passive', text: `This Agreement may not be assigned or otherwise transferred by either Party without the other Party's written consent.` },
  { batch: 15, types: ['assignment'], style: 'plain', text: `You can't hand this contract over to someone else without asking us first.` },
  { batch: 15, types: ['assignment'], style: 'list', text: `Neither party shall, without the prior written consent of the other:
(a) assign any of its rights under this Agreement; or
(b) delegate or subcontract any of its obligations under it.` },
  { batch: 15, types: [], style: 'us', text: `The Seller hereby sells and assigns to the Buyer all right, title and interest in the Purchased Receivables.` },
  // ---- sixteenth batch (tag16, 2026-11-30 02:40): SIXTEENTH_TYPES, written before the condition- and comparison-frame
  // round and before its author read those types' cues, by writers unlike the earlier batches' (Australian and UK
  // commercial drafting, US investment-bank engagement, fund and credit documents, Japanese and German contracts in
  // translation, plain-language consumer-tech terms); measured once before the round and once after it, not fitted.
  // most-favored
  { batch: 16, types: ['most-favored'], style: 'australian', text: `The Licensor warrants that the royalty rate payable by the Licensee is, and will remain throughout the Term, no higher than the lowest rate the Licensor charges any other licensee of the Licensed Patents for comparable volumes.` },
  { batch: 16, types: ['most-favored'], style: 'ibank', text: `If the Company pays or agrees to pay any other placement agent, co-manager or financial adviser in connection with the Offering a fee calculated at a higher percentage than the Placement Fee, the Company shall pay the Agent an additional amount so that the Agent's fee is calculated at that higher percentage.` },
  { batch: 16, types: ['most-favored'], style: 'japanese', text: `In the event that Party A grants to a third party a license of the Licensed Patent under conditions more favorable than the conditions of this Contract, Party A shall notify Party B thereof without delay, and Party B may request that such conditions be applied to this Contract.` },
  { batch: 16, types: ['most-favored'], style: 'german', text: `Should the Licensor grant a licence under the Contractual Patents to a third party on conditions that are more advantageous for that third party, in particular as regards the licence fee, the Licensee shall be entitled to demand that this Agreement be adapted to those conditions.` },
  { batch: 16, types: ['most-favored'], style: 'consumer', text: `Price promise: if we offer the same plan to new customers for less, we'll drop your price to match from your next bill.` },
  { batch: 16, types: ['most-favored'], style: 'english', text: `The Supplier shall ensure that the Charges are at all times at least as low as the charges payable by any other customer of the Supplier for substantially similar Services in substantially similar volumes.` },
  { batch: 16, types: ['most-favored'], style: 'ibank', text: `The General Partner shall offer each Limited Partner the opportunity to elect the benefit of any rights granted to any other Limited Partner under a side letter, other than rights that arise from that Limited Partner's regulatory status or tax domicile.` },
  { batch: 16, types: [], style: 'ibank', text: `The Company has determined that the terms of the Services Agreement are no less favourable to the Company than those that could have been obtained from an unaffiliated third party in an arm's-length transaction.` },
  { batch: 16, types: [], style: 'english', text: `The terms and conditions of employment of each Transferring Employee shall be no less favourable, taken as a whole, than those which applied immediately before the Transfer Date.` },
  { batch: 16, types: [], style: 'australian', text: `The Distributor is entitled to a discount of 20% off the Supplier's list price in force from time to time.` },
  // change-of-control
  { batch: 16, types: ['change-of-control'], style: 'australian', text: `If a person acquires a relevant interest in more than 50% of the voting shares in the Licensee (within the meaning of the Corporations Act 2001 (Cth)), the Licensee must notify the Licensor within 5 Business Days and the Licensor may end this agreement by notice.` },
  { batch: 16, types: ['change-of-control'], style: 'ibank', text: `Upon the consummation of any transaction or series of related transactions as a result of which any person or group becomes the beneficial owner, directly or indirectly, of securities representing more than fifty percent of the combined voting power of the Issuer, each Holder shall have the right to require the Issuer to repurchase all or any part of such Holder's Notes at a purchase price in cash equal to 101% of the principal amount thereof.` },
  { batch: 16, types: ['change-of-control'], style: 'japanese', text: `If there is a material change in the major shareholders, officers or other management structure of Party B, Party B shall notify Party A thereof in writing in advance, and Party A may cancel this Contract without any demand.` },
  { batch: 16, types: ['change-of-control'], style: 'german', text: `The Licensor shall be entitled to terminate this Agreement for good cause without notice if the majority of the shares in the Licensee is transferred to a third party or if a competitor of the Licensor obtains a controlling influence over the Licensee.` },
  { batch: 16, types: ['change-of-control'], may: ['assignment'], style: 'consumer', text: `If our company is bought by or merges with another company, your account and the content in it may move to the new owner. We'll email you before that happens.` },
  { batch: 16, types: ['change-of-control'], style: 'english', text: `This Agreement shall terminate automatically if the Distributor becomes a subsidiary of any undertaking which manufactures goods competing with the Products.` },
  { batch: 16, types: [], style: 'english', text: `The Licensee shall keep the demonstration units under its control at all times and shall not lend them to any third party.` },
  { batch: 16, types: [], style: 'japanese', text: `Party B shall notify Party A in writing without delay of any change in its trade name, head office address or designated bank account.` },
  { batch: 16, types: [], style: 'us', text: `Licensee shall not merge, combine or bundle the Licensed Software with any other software except as expressly permitted by the Documentation.` },
  // exclusivity
  { batch: 16, types: ['exclusivity'], style: 'australian', text: `The Supplier appoints the Distributor as sole distributor of the Products in Queensland and must not itself sell the Products in Queensland during the Term.` },
  { batch: 16, types: ['exclusivity'], style: 'ibank', text: `The Company agrees that, during the Engagement Period, it will not engage any other financial adviser, placement agent or underwriter in connection with the Transaction.` },
  { batch: 16, types: ['exclusivity'], style: 'japanese', text: `During the valid period of this Contract, Party A shall entrust the sale of the Products in the Kansai region only to Party B and shall not entrust such sale to any third party.` },
  { batch: 16, types: ['exclusivity'], style: 'german', text: `The Licensor undertakes not to grant any further licences under the Contractual Patents in the Contractual Territory and not to exploit the Contractual Patents there itself.` },
  { batch: 16, types: ['exclusivity'], style: 'consumer', text: `Creator exclusivity: for 30 days after your video goes live with us, you agree not to post it on any other platform.` },
  { batch: 16, types: ['exclusivity'], style: 'english', text: `The Customer shall purchase its entire requirements of the Products from the Supplier and shall not obtain any Products from any other source.` },
  { batch: 16, types: ['exclusivity'], style: 'ibank', text: `During the Exclusivity Period, the Seller shall not, and shall cause its Representatives not to, initiate, solicit or engage in discussions with any person other than the Buyer concerning any sale of the Target Shares.` },
  { batch: 16, types: [], style: 'german', text: `The exclusive place of jurisdiction for all disputes arising out of or in connection with this Agreement shall be Munich.` },
  { batch: 16, types: [], style: 'english', text: `The Licensee may grant sub-licences only to its Affiliates and to no other person.` },
  { batch: 16, types: [], style: 'australian', text: `All amounts payable under this agreement are exclusive of GST.` },
  { batch: 16, types: [], style: 'consumer', text: `Some features are only available to Premium subscribers in the United States.` },
  // volume-restriction
  { batch: 16, types: ['volume-restriction'], style: 'consumer', text: `Your Family plan covers up to six people and ten devices; to add more you'll need to upgrade.` },
  { batch: 16, types: ['volume-restriction'], style: 'japanese', text: `Party B shall not manufacture the Products in a quantity exceeding the quantity approved in advance by Party A for each fiscal year.` },
  { batch: 16, types: ['volume-restriction'], style: 'german', text: `The licence is limited to a production volume of 5,000 units per calendar year; any production beyond this requires the prior written consent of the Licensor.` },
  { batch: 16, types: ['volume-restriction'], style: 'australian', text: `The Licensee may install the Software on a maximum of 15 workstations at the Site.` },
  { batch: 16, types: ['volume-restriction'], may: ['payment-terms'], style: 'english', text: `Usage above the Committed Volume in any month shall be charged at the Overage Rate set out in Schedule 3.` },
  { batch: 16, types: [], style: 'english', text: `Each meeting of the Steering Committee shall last no more than two hours unless the chair decides otherwise.` },
  { batch: 16, types: [], style: 'japanese', text: `Party B shall purchase not less than 500 units of the Products from Party A in each month.` },
  // third-party-beneficiary
  { batch: 16, types: ['third-party-beneficiary'], style: 'australian', text: `The Customer holds the benefit of clause 11 on trust for each Indemnified Person who is not a party to this agreement, and may enforce it on their behalf.` },
  { batch: 16, types: ['third-party-beneficiary'], style: 'japanese', text: `Party A and Party B agree that the Affiliated Companies of Party A may directly claim against Party B the rights set forth in Article 8.` },
  { batch: 16, types: ['third-party-beneficiary'], style: 'german', text: `This Agreement is also intended to protect the employees of the Customer, who may assert claims for damages arising from a breach of Section 6 directly against the Contractor.` },
  { batch: 16, types: ['third-party-beneficiary'], style: 'consumer', text: `The app stores we distribute through can enforce these terms against you too, even though they didn't sign them.` },
  { batch: 16, types: ['third-party-beneficiary'], style: 'ibank', text: `Each of the Underwriters' affiliates, directors and controlling persons referred to in Section 9 shall be entitled to the benefit of the indemnity in that Section as though named herein.` },
  { batch: 16, types: [], style: 'english', text: `A person who is not a party to this Agreement has no right under the Contracts (Rights of Third Parties) Act 1999 to enforce any of its terms.` },
  { batch: 16, types: [], style: 'us', text: `Vendor may use subcontractors to perform the Services but shall remain responsible for their acts and omissions as for its own.` },
  // covenant-not-to-sue
  { batch: 16, types: ['covenant-not-to-sue'], style: 'german', text: `The Licensee shall refrain from attacking the Contractual Patents, in particular by way of a nullity action or an opposition.` },
  { batch: 16, types: ['covenant-not-to-sue'], style: 'japanese', text: `Party B shall not, directly or indirectly, dispute the validity of the Licensed Patent, nor file a request for a trial for invalidation with the Japan Patent Office.` },
  { batch: 16, types: ['covenant-not-to-sue'], style: 'ibank', text: `Each Releasing Party irrevocably agrees that it will not commence, join in or voluntarily aid any proceeding against any Released Party arising out of any Released Claim.` },
  { batch: 16, types: ['covenant-not-to-sue'], style: 'consumer', text: `You agree you won't take us to court over anything other users post.` },
  { batch: 16, types: ['covenant-not-to-sue'], style: 'australian', text: `The Licensee must not contest, or help any person to contest, the Licensor's ownership of the Marks.` },
  { batch: 16, types: [], style: 'australian', text: `Nothing in this clause prevents a party from seeking urgent interlocutory relief from a court.` },
  { batch: 16, types: [], style: 'english', text: `The Licensee shall promptly notify the Licensor of any challenge by a third party to the validity of the Licensed Patents.` },
  // assignment
  { batch: 16, types: ['assignment'], style: 'japanese', text: `Party B shall not transfer to a third party or offer as security its contractual status under this Contract or any right or obligation arising hereunder without the prior written consent of Party A.` },
  { batch: 16, types: ['assignment'], style: 'german', text: `The transfer of rights and obligations under this Agreement to third parties requires the prior written consent of the other party; Section 354a of the German Commercial Code remains unaffected.` },
  { batch: 16, types: ['assignment'], style: 'australian', text: `A party must not assign, novate or otherwise deal with its rights under this agreement without the other party's prior written consent.` },
  { batch: 16, types: ['assignment'], may: ['change-of-control'], style: 'consumer', text: `We can transfer these terms to another company if we sell our business, but you can't transfer your account to anyone else.` },
  { batch: 16, types: ['assignment'], style: 'ibank', text: `No Lender may transfer any of its Commitments other than to an Eligible Assignee and with the consent of the Borrower, such consent not to be unreasonably withheld.` },
  { batch: 16, types: [], style: 'english', text: `The Author assigns to the Publisher the copyright in the Work throughout the world for the full term of copyright.` },
  { batch: 16, types: [], style: 'japanese', text: `Matters not stipulated in this Contract shall be settled through good-faith consultation between Party A and Party B.` },
  // The seventeenth batch (SEVENTEENTH_TYPES; tag17, 2026-11-30, written before its author read those types' cues or the
  // frames): Indian and Singaporean commercial drafting, Scandinavian English, US government contracts (FAR/DFARS
  // flow-downs), a startup's term-sheet shorthand, Canadian bilingual-style English. 34 clauses of the six types and 16
  // near misses.
  // non-compete
  { batch: 17, types: ['non-compete'], style: 'indian', text: `During the subsistence of this Agreement and for a period of two years thereafter, the Promoters shall not, either directly or through any of their relatives or associate concerns, carry on or be interested in any business which is similar to or competes with the business of the Company within the territory of India.` },
  { batch: 17, types: ['non-compete'], style: 'singapore', text: `The Vendor covenants with the Purchaser that he shall not, for a period of 24 months from Completion and within Singapore and Malaysia, be engaged, concerned or interested in any business carrying on the trade of manufacturing precision moulds.` },
  { batch: 17, types: ['non-compete'], style: 'scandinavian', text: `The Consultant may not during the assignment period and six months thereafter take up employment with or perform services for a company that conducts business in competition with the Client, without the written approval of the Client.` },
  { batch: 17, types: ['non-compete'], style: 'termsheet', text: `Non-compete: Founders, 12 mo. post-departure; no role at a competing co. in the payments space (carve-out for passive holdings < 2%).` },
  { batch: 17, types: ['non-compete'], style: 'canadian', text: `The Vendor shall not, for three years following the Closing Date, own, operate or be employed by any undertaking that offers snow-removal services within the Province of Quebec in competition with the Business.` },
  // A freedom to compete ('Nothing ... prevents either Party from ... products that compete') is a statement about a
  // restraint on competing, which clause-types.md puts under non-compete ('restraints on competing, and their
  // exceptions'; CUAD's Competitive Restriction Exception) and test/tag/types.test.ts pins: non-compete may be given.
  { batch: 17, types: [], may: ['non-compete'], style: 'scandinavian', text: `Nothing in this Agreement prevents either Party from independently developing products that compete with those of the other Party, provided that it does not use the other Party's Confidential Information.` },
  { batch: 17, types: [], style: 'singapore', text: `Each party shall comply with the Competition Act 2004 and shall not exchange commercially sensitive information with the other save as permitted by law.` },
  // non-solicit
  { batch: 17, types: ['non-solicit'], style: 'indian', text: `The Service Provider shall not, during the tenure of this Agreement and for a period of twelve months from its termination, directly or indirectly, induce or entice away any employee of the Client who was deployed on the Services to leave the employment of the Client.` },
  { batch: 17, types: ['non-solicit'], style: 'singapore', text: `Neither party shall, without the prior written consent of the other, offer employment to or engage any person who is or was within the preceding six months an employee of the other party involved in the Project.` },
  { batch: 17, types: ['non-solicit'], style: 'scandinavian', text: `The Parties undertake not to actively recruit each other's staff during the term of the Agreement and for six months after it has ended. This does not apply to recruitment through public advertisements.` },
  { batch: 17, types: ['non-solicit'], style: 'termsheet', text: `No-poach: 18 mo.; neither side hires the other's engineers w/o written OK (general job ads excluded).` },
  { batch: 17, types: ['non-solicit'], may: ['non-compete'], style: 'canadian', text: `For a period of two years after the Closing, the Vendor shall not canvass or accept business from any customer of the Business for the purpose of providing services competitive with the Business.` },
  { batch: 17, types: [], style: 'scandinavian', text: `The Company shall solicit the views of the employee representatives before implementing any change to working hours.` },
  { batch: 17, types: [], style: 'indian', text: `The Distributor shall actively solicit orders for the Products throughout the Territory and shall maintain an adequate sales force for that purpose.` },
  // exclusivity
  { batch: 17, types: ['exclusivity'], style: 'indian', text: `The Principal hereby appoints the Agent as its sole selling agent for the State of Gujarat, and the Principal shall not appoint any other agent, dealer or stockist in the said State during the currency of this Agreement.` },
  { batch: 17, types: ['exclusivity'], style: 'singapore', text: `For so long as this Agreement remains in force, the Company shall procure the Services solely from the Contractor and shall not engage any other person to provide services of the same or a similar nature at the Premises.` },
  { batch: 17, types: ['exclusivity'], style: 'scandinavian', text: `The Supplier grants the Reseller the sole right to resell the System in Norway, Sweden and Denmark. The Supplier shall not itself, or through others, market the System to customers in these countries.` },
  { batch: 17, types: ['exclusivity'], style: 'termsheet', text: `No-shop: 45 days from signing; Company won't solicit, encourage or negotiate any other financing or sale offers.` },
  { batch: 17, types: ['exclusivity'], style: 'canadian', text: `The Licensor shall not license the Trade-marks to any other person for use in connection with restaurant services in the Province of British Columbia during the Term.` },
  { batch: 17, types: ['exclusivity'], style: 'usgov', text: `This is a requirements contract: the Government shall order from the Contractor all of the supplies specified in the Schedule that are required to be purchased by the activities designated in the Schedule, except as provided in paragraph (d) of FAR 52.216-21.` },
  { batch: 17, types: [], style: 'singapore', text: `The prices quoted are exclusive of Goods and Services Tax and all other applicable levies, which shall be borne by the Buyer.` },
  { batch: 17, types: [], may: ['non-compete'], style: 'indian', text: `This Agreement is on a non-exclusive basis and nothing herein shall restrict the Client from procuring similar services from other vendors.` },
  { batch: 17, types: [], style: 'indian', text: `The courts at New Delhi shall have exclusive jurisdiction in respect of all matters arising out of or in relation to this Agreement.` },
  // volume-restriction
  { batch: 17, types: ['volume-restriction'], style: 'indian', text: `The Licensee shall not manufacture more than 10,000 (ten thousand) metric tonnes of the Licensed Product in any financial year without the prior written approval of the Licensor.` },
  { batch: 17, types: ['volume-restriction'], style: 'singapore', text: `The Subscriber's use of the Platform is capped at 2,000 API calls per day; calls beyond that threshold will be throttled.` },
  { batch: 17, types: ['volume-restriction'], style: 'scandinavian', text: `The licence covers at most 25 simultaneous users. Additional users require a supplementary licence.` },
  { batch: 17, types: ['volume-restriction'], style: 'termsheet', text: `Seats: up to 50 named users in Yr 1; further seats at then-current list price.` },
  { batch: 17, types: ['volume-restriction'], style: 'usgov', text: `The Government's orders under this contract shall not exceed the maximum quantity of 12,000 units stated in Section B, and the Contractor is not obligated to honor any order above that maximum.` },
  { batch: 17, types: ['volume-restriction'], style: 'canadian', text: `The Licensee may reproduce the Work in print runs not exceeding 5,000 copies per edition, and in no other format.` },
  { batch: 17, types: [], style: 'singapore', text: `The Buyer shall purchase a minimum of 1,200 units per quarter, and any shortfall shall be invoiced at the Unit Price.` },
  { batch: 17, types: [], style: 'indian', text: `The Board of Directors of the Company shall consist of not more than seven Directors, of whom two shall be nominated by the Investor.` },
  { batch: 17, types: [], style: 'canadian', text: `Each invoice shall be paid within no more than thirty (30) days of its receipt by the Purchaser.` },
  // third-party-beneficiary
  { batch: 17, types: ['third-party-beneficiary'], style: 'indian', text: `The Parties agree that the Group Companies of the Client shall be entitled to enforce the provisions of Clause 9 (Indemnity) directly against the Vendor as if they were parties hereto.` },
  { batch: 17, types: ['third-party-beneficiary'], style: 'singapore', text: `Save as expressly provided in this Clause 14.3, a person who is not a party to this Agreement has no right under the Contracts (Rights of Third Parties) Act 2001 to enforce any term, but each Indemnified Person may enforce Clause 14.2 in its own right.` },
  { batch: 17, types: ['third-party-beneficiary'], style: 'scandinavian', text: `The end customer shall have the right to make claims directly against the Subcontractor for defects in the delivery, as if the end customer were a party to this agreement.` },
  { batch: 17, types: ['third-party-beneficiary'], style: 'usgov', text: `Subcontractor's warranties under Article 12 shall run to the Government as well as to Prime, and the Government may enforce them against Subcontractor in its own name.` },
  { batch: 17, types: ['third-party-beneficiary'], style: 'termsheet', text: `Investor protections (info rights, pro rata) also benefit Investor's affiliated funds, who can enforce them directly.` },
  { batch: 17, types: ['third-party-beneficiary'], style: 'canadian', text: `The indemnities in Article 8 are given for the benefit of the Vendor's directors and officers, each of whom may rely on and enforce them notwithstanding that they are not parties to this Agreement.` },
  { batch: 17, types: [], style: 'usgov', text: `The Contractor shall insert the substance of this clause, including this paragraph (f), in all subcontracts that exceed the simplified acquisition threshold.` },
  { batch: 17, types: [], style: 'canadian', text: `This Agreement enures to the benefit of and is binding upon the parties and their respective successors and permitted assigns.` },
  { batch: 17, types: [], style: 'indian', text: `Nothing in this Agreement, express or implied, shall confer upon any person other than the Parties any right, benefit or remedy of any nature whatsoever.` },
  // assignment (anti-assignment)
  { batch: 17, types: ['assignment'], style: 'indian', text: `This Agreement is personal to the Licensee, and the Licensee shall not part with or otherwise dispose of the benefit hereof in any manner whatsoever.` },
  { batch: 17, types: ['assignment'], style: 'singapore', text: `The Customer shall not without the Company's prior written consent transfer, charge or otherwise deal in any manner with this Agreement or any of its rights under it.` },
  { batch: 17, types: ['assignment'], style: 'scandinavian', text: `The Agreement may not be transferred to a third party without the written approval of the other Party. Such approval may not be refused without reasonable grounds.` },
  { batch: 17, types: ['assignment'], style: 'usgov', text: `The Contractor may not assign its claims for monies due under this contract except to a financing institution in accordance with the Assignment of Claims Act and FAR 32.805, and shall not transfer this contract itself to any other party.` },
  { batch: 17, types: ['assignment'], style: 'termsheet', text: `Assignment: this SAFE is not assignable by Investor w/o Company's consent, except to Investor's affiliates.` },
  { batch: 17, types: ['assignment'], style: 'canadian', text: `The Supplier shall not cede or transfer this Contract, in whole or in part, without the prior written authorization of the Client.` },
  { batch: 17, types: [], style: 'indian', text: `The Employee hereby assigns to the Company all right, title and interest in any invention conceived by him in the course of his employment.` },
  { batch: 17, types: [], style: 'usgov', text: `The Contracting Officer may assign a Contracting Officer's Representative to monitor the Contractor's performance of this contract.` },
  { batch: 17, types: [], style: 'scandinavian', text: `The Supplier shall assign qualified personnel to the project and may not replace key personnel without the Customer's approval.` },
  // The eighteenth batch (EIGHTEENTH_TYPES; tag18, 2026-11-30, written before its author read those types' cues, the
  // word classes or the frames): Irish and Scottish drafting, Nigerian and Kenyan commercial English, Hong Kong, Israeli
  // startup counsel, South African, New Zealand and a US state procurement contract. 36 clauses of the seven types and
  // 17 near misses.
  // third-party-beneficiary
  { batch: 18, types: ['third-party-beneficiary'], style: 'scottish', text: `The parties intend that each member of the Purchaser's Group shall have an enforceable third-party right under the Contract (Third Party Rights) (Scotland) Act 2017 to enforce the provisions of clause 12 (Indemnities) against the Seller.` },
  { batch: 18, types: ['third-party-beneficiary'], style: 'southafrican', text: `This clause 14 constitutes a stipulation for the benefit of each Indemnified Person (stipulatio alteri), which any of them may accept at any time by written notice to the Seller.` },
  { batch: 18, types: ['third-party-beneficiary'], style: 'israeli', text: `This Agreement constitutes a contract for the benefit of a third party, within the meaning of Section 34 of the Contracts (General Part) Law, 5733-1973, in favour of the Company's subsidiaries with respect to Section 6 (Confidentiality).` },
  { batch: 18, types: ['third-party-beneficiary'], style: 'hongkong', text: `Each Related Person may enforce clause 11 against the Supplier under the Contracts (Rights of Third Parties) Ordinance (Cap. 623), but the parties may vary or rescind this Agreement without the consent of any Related Person.` },
  { batch: 18, types: ['third-party-beneficiary'], style: 'kenyan', text: `The Bank's customers shall be entitled to claim directly from the Service Provider any compensation payable under Clause 15 for the loss or corruption of their personal data.` },
  { batch: 18, types: ['third-party-beneficiary'], style: 'newzealand', text: `For the purposes of subpart 1 of Part 2 of the Contract and Commercial Law Act 2017, clause 9 is intended to confer a benefit on each Indemnified Party, and each of them may enforce that clause.` },
  { batch: 18, types: [], style: 'hongkong', text: `A person who is not a party to this Agreement shall have no right under the Contracts (Rights of Third Parties) Ordinance (Cap. 623) to enforce or to enjoy the benefit of any of its terms.` },
  { batch: 18, types: [], style: 'irish', text: `The Consultant shall, within 14 days of a written request from the Employer, enter into a collateral warranty in favour of any Funder in the form set out in Schedule 5.` },
  { batch: 18, types: [], style: 'usstate', text: `The Contractor shall maintain commercial general liability insurance naming the State, its officers and employees as additional insureds.` },
  // exclusivity
  { batch: 18, types: ['exclusivity'], style: 'irish', text: `During the Term the Company shall not appoint any other person to act as its agent for the Products in the island of Ireland, and shall refer to the Agent all enquiries for the Products which it receives from that area.` },
  { batch: 18, types: ['exclusivity'], style: 'nigerian', text: `The Manufacturer shall channel all its sales of the Products in Lagos and Ogun States through the Distributor and through no other person during the continuance of this Agreement.` },
  { batch: 18, types: ['exclusivity'], style: 'kenyan', text: `The Operator shall be the only person authorised by the County Government to collect parking fees within the Central Business District during the Concession Period.` },
  { batch: 18, types: ['exclusivity'], style: 'hongkong', text: `The Landlord shall not during the Term let any other shop in the Mall for use as a pharmacy or for the sale of dispensed medicines.` },
  { batch: 18, types: ['exclusivity'], style: 'israeli', text: `Exclusivity: for 30 days following execution of this term sheet, the Company and the Founders will not negotiate with any other investor regarding an investment in the Company.` },
  { batch: 18, types: ['exclusivity'], style: 'usstate', text: `This is a single-award contract. The Department will not purchase like services from any other vendor during the contract term, except in an emergency declared under Section 287.057(3)(a), Florida Statutes.` },
  { batch: 18, types: [], style: 'hongkong', text: `The Tenant shall use the Premises solely as a retail pharmacy and for no other purpose whatsoever.` },
  { batch: 18, types: [], style: 'southafrican', text: `All rates quoted in this agreement are exclusive of value-added tax, which shall be levied at the prevailing rate.` },
  { batch: 18, types: [], style: 'nigerian', text: `Only the Engineer may issue variation orders to the Contractor, and no variation shall be valid unless so issued in writing.` },
  // non-compete
  { batch: 18, types: ['non-compete'], style: 'nigerian', text: `The Vendor shall not, within two years of the Effective Date, set up or be associated with any enterprise dealing in the importation of frozen fish into Nigeria.` },
  { batch: 18, types: ['non-compete'], style: 'kenyan', text: `The Employee shall not, for a period of twelve (12) months after leaving the service of the Company, take up any engagement with a rival mobile money operator in the Republic of Kenya.` },
  { batch: 18, types: ['non-compete'], style: 'israeli', text: `During the Restricted Period, the Founder will not establish, join or advise any startup developing cyber-security products for the automotive sector, other than the Company.` },
  { batch: 18, types: ['non-compete'], style: 'southafrican', text: `Restraint. The Seller shall not for a period of 3 (three) years after the Effective Date, whether as principal, agent, partner, shareholder, employee or otherwise, be interested in or concerned with any business in the Western Cape which trades in the same or similar goods as the Business.` },
  { batch: 18, types: ['non-compete'], style: 'irish', text: `The Consultant shall not during the Engagement and for six months after its termination provide services of a like nature to any undertaking whose business is in competition with that of the Client in the State.` },
  { batch: 18, types: [], style: 'irish', text: `The parties shall not engage in any concerted practice which has as its object or effect the prevention, restriction or distortion of competition in trade in any goods or services in the State.` },
  { batch: 18, types: [], style: 'kenyan', text: `The Procuring Entity shall procure the goods through open competitive tendering in accordance with the Public Procurement and Asset Disposal Act, 2015.` },
  { batch: 18, types: [], style: 'southafrican', text: `The Employee shall devote the whole of his working time, attention and skill to the business of the Company during normal working hours.` },
  // non-solicit
  { batch: 18, types: ['non-solicit'], style: 'irish', text: `The Purchaser shall not, for 12 months after Completion, seek to entice away from the Vendor any person employed by the Vendor in a managerial or technical capacity.` },
  { batch: 18, types: ['non-solicit'], style: 'nigerian', text: `Neither party shall, during the subsistence of this Agreement and for one year after its determination, poach or attempt to poach any staff of the other party.` },
  { batch: 18, types: ['non-solicit'], style: 'newzealand', text: `Neither of us will, while this agreement is in force and for six months afterwards, try to lure away any of the other's staff who worked on the Project.` },
  { batch: 18, types: ['non-solicit'], may: ['non-compete'], style: 'southafrican', text: `The Seller shall not, for 2 (two) years after the Closing Date, induce or attempt to induce any customer or supplier of the Business to cease doing business with the Business or to reduce the volume of that business.` },
  { batch: 18, types: [], style: 'kenyan', text: `The Contractor shall not employ any child within the meaning of the Children Act, 2022 in the performance of the Works.` },
  { batch: 18, types: [], style: 'nigerian', text: `Tenders shall be invited by public advertisement in at least two newspapers of national circulation not less than six weeks before the closing date.` },
  // assignment (anti-assignment)
  { batch: 18, types: ['assignment'], style: 'scottish', text: `The Licensee shall not grant any assignation of its interest in this Agreement without the prior written consent of the Licensor, which consent shall not be unreasonably withheld.` },
  { batch: 18, types: ['assignment'], style: 'irish', text: `Neither party shall be entitled to transfer the burden or the benefit of this Agreement, in whole or in part, save with the written consent of the other.` },
  { batch: 18, types: ['assignment'], style: 'kenyan', text: `The Lessee shall not alienate its interest under this Lease to any third party during the Term except with the prior consent in writing of the Lessor.` },
  { batch: 18, types: ['assignment'], style: 'hongkong', text: `No party may novate any of its rights or obligations under this Agreement without the prior written consent of the others.` },
  { batch: 18, types: ['assignment'], style: 'newzealand', text: `You can't pass this agreement on to anyone else unless we agree in writing first.` },
  { batch: 18, types: [], style: 'southafrican', text: `The Seller hereby cedes to the Purchaser all of its right, title and interest in and to the Book Debts with effect from the Effective Date.` },
  { batch: 18, types: [], style: 'israeli', text: `Tasks shall be assigned to team members by the Product Owner at each sprint planning meeting.` },
  // volume-restriction
  { batch: 18, types: ['volume-restriction'], style: 'kenyan', text: `The Permit Holder shall not abstract more than 500 cubic metres of water per day from the Borehole.` },
  { batch: 18, types: ['volume-restriction'], style: 'newzealand', text: `Your plan includes 100 GB of data each month; once you reach it, speeds drop to 1 Mbps until your next billing date.` },
  { batch: 18, types: ['volume-restriction'], style: 'hongkong', text: `The Licensee may operate not more than three (3) retail outlets under the Licensed Marks within Hong Kong.` },
  { batch: 18, types: ['volume-restriction'], style: 'nigerian', text: `The Distributor's allocation shall be limited to 40,000 cartons per quarter, and the Company shall not be bound to supply quantities above that allocation.` },
  { batch: 18, types: ['volume-restriction'], style: 'scottish', text: `The Tenant shall be entitled to take no more than twenty salmon from the beat in any one season.` },
  { batch: 18, types: [], style: 'nigerian', text: `The Supplier shall deliver no fewer than 2,000 crates of the Products to the Depot each week.` },
  { batch: 18, types: [], style: 'usstate', text: `The Contractor shall complete all work under each task order within not more than ninety (90) calendar days of the order date.` },
  // covenant-not-to-sue
  { batch: 18, types: ['covenant-not-to-sue'], style: 'irish', text: `The Licensee undertakes not to institute proceedings before any court or the Patents Office alleging that any of the Licensed Patents is invalid.` },
  { batch: 18, types: ['covenant-not-to-sue'], style: 'hongkong', text: `Each Party irrevocably waives any right it may have to bring any claim against the other in respect of the matters released under Clause 3.` },
  { batch: 18, types: ['covenant-not-to-sue'], style: 'israeli', text: `The Founder hereby waives, and undertakes not to assert against the Company or its successors, any claim to royalties or other compensation for any Service Invention, including under Section 134 of the Patents Law, 5727-1967.` },
  { batch: 18, types: ['covenant-not-to-sue'], style: 'newzealand', text: `Once the settlement sum is paid, the Claimant won't bring or continue any proceedings against the Respondent about the Dispute.` },
  { batch: 18, types: ['covenant-not-to-sue'], style: 'southafrican', text: `The Licensee shall not, directly or indirectly, oppose, or apply for the revocation of, any patent of the Licensor.` },
  { batch: 18, types: [], style: 'southafrican', text: `Nothing in this clause shall prevent either party from approaching a competent court for urgent interim relief, including an interdict.` },
  { batch: 18, types: [], style: 'irish', text: `The Licensee shall inform the Licensor promptly upon becoming aware of any application for revocation of any of the Licensed Patents.` },
  // ---- the nineteenth batch (batch: 19; NINETEENTH_TYPES; tag19, 2026-11-30 10:40 UTC), written before its author read
  // any cue, word class or frame of src/tag, in Canadian federal procurement, Philippine, Malaysian and Maltese commercial
  // drafting, Welsh public-sector grant and contract wording, a Delaware LLC agreement, a German company's in-house
  // English, and a plain-language consumer licence.
  // third-party-beneficiary
  { batch: 19, types: ['third-party-beneficiary'], style: 'welsh', text: `Each Participating Body listed in Schedule 1 may in its own right enforce clause 18 (Warranties) against the Supplier, and the Authority shall not be required to join in any such proceedings.` },
  { batch: 19, types: ['third-party-beneficiary'], style: 'maltese', text: `The undertakings given in Article 9 constitute a stipulation in favour of the Indemnified Persons in terms of article 1001 of the Civil Code (Chapter 16 of the Laws of Malta), and each of them may rely on those undertakings against the Service Provider.` },
  { batch: 19, types: ['third-party-beneficiary'], style: 'philippine', text: `This Agreement contains a stipulation pour autrui in favor of the Hotel Guests, who may demand its fulfillment against the Operator, provided they communicate their acceptance to the Operator before its revocation, pursuant to Article 1311 of the Civil Code.` },
  { batch: 19, types: ['third-party-beneficiary'], style: 'delaware', text: `Each Covered Person is an express third-party beneficiary of this Article VII and shall be entitled to enforce its provisions directly against the Company and the Members.` },
  { batch: 19, types: ['third-party-beneficiary'], style: 'consumer', text: `Our suppliers and licensors get the benefit of these limits on our liability too, and they can rely on them if you bring a claim against any of them.` },
  { batch: 19, types: ['third-party-beneficiary'], style: 'german', text: `The protective effect of this Agreement shall extend to the affiliated companies of the Customer within the meaning of Sec. 15 et seq. of the German Stock Corporation Act, which shall be entitled to assert claims arising from it in their own name.` },
  { batch: 19, types: ['third-party-beneficiary'], style: 'canadian', text: `The Contractor acknowledges that each Identified User may enforce the warranty provisions of the Contract directly against the Contractor, without Canada being joined as a party.` },
  { batch: 19, types: ['third-party-beneficiary'], style: 'malaysian', text: `Notwithstanding any rule of privity of contract, the benefit of Clause 12 shall extend to and be enforceable by the Employer's directors, officers, servants and agents.` },
  { batch: 19, types: [], style: 'canadian', text: `Nothing in the Contract is intended to create a partnership, a joint venture or an agency between Canada and the Contractor.` },
  { batch: 19, types: [], style: 'delaware', text: `No creditor of the Company or other Person shall have any right to enforce any obligation of a Member to make a Capital Contribution to the Company.` },
  { batch: 19, types: [], style: 'welsh', text: `The Supplier shall ensure that each of its sub-contractors complies with the Welsh Language Standards as if the sub-contractor were itself bound by them.` },
  // assignment (anti-assignment)
  { batch: 19, types: ['assignment'], style: 'maltese', text: `The Licensee shall not cede, transfer or otherwise dispose of its rights under this Agreement, whether by way of security or otherwise, without the prior written consent of the Licensor.` },
  { batch: 19, types: ['assignment'], style: 'philippine', text: `The Supplier shall not sell, convey or encumber its rights and obligations under this Contract in favor of any third person without the prior written conformity of the Purchaser.` },
  { batch: 19, types: ['assignment'], style: 'german', text: `The Customer may only transfer rights and obligations from this Agreement to third parties with the prior written approval of SAG.` },
  { batch: 19, types: ['assignment'], style: 'consumer', text: `This licence is personal to you. You can't sell it, give it away or hand it over to someone else.` },
  { batch: 19, types: ['assignment'], style: 'welsh', text: `The rights and obligations of the Grant Recipient under this Grant Offer Letter are personal to it and may not be passed to any other body without the Welsh Ministers' written agreement.` },
  { batch: 19, types: ['assignment'], style: 'canadian', text: `The Contractor must not assign the Contract without first obtaining the written consent of the Contracting Authority. Any assignment made without that consent is void and will have no effect.` },
  { batch: 19, types: [], style: 'canadian', text: `The Contracting Authority may assign a new task authorization number to any work added to the Contract by amendment.` },
  { batch: 19, types: [], style: 'malaysian', text: `The Purchaser shall transfer the Balance Purchase Price to the Vendor's solicitors as stakeholders within three (3) months from the date of this Agreement.` },
  { batch: 19, types: [], style: 'german', text: `The Customer shall only be entitled to set off or retain payments where its counterclaims are undisputed or have been finally established by a court.` },
  // non-compete
  { batch: 19, types: ['non-compete'], style: 'maltese', text: `For the duration of this Agreement and for eighteen (18) months thereafter, the Promoter shall not, in Malta or Gozo, carry on or hold any interest in any undertaking which offers remote gaming services similar to those offered by the Company.` },
  { batch: 19, types: ['non-compete'], style: 'philippine', text: `The Franchisee shall not, during the term of this Agreement and within a radius of five (5) kilometers from the Store, operate or have any participation in any food establishment offering products similar to the Products.` },
  { batch: 19, types: ['non-compete'], style: 'malaysian', text: `The Vendor covenants that he shall not within the States of Selangor and Negeri Sembilan and for a period of three (3) years from the Completion Date engage, whether on his own account or jointly with any other person, in the business of manufacturing rubber gloves.` },
  { batch: 19, types: ['non-compete'], style: 'delaware', text: `During the Restricted Period, no Management Member shall, directly or indirectly, own, manage, operate, control, be employed by or render services to any Competing Business anywhere in the Territory.` },
  { batch: 19, types: ['non-compete'], style: 'german', text: `During the term of the contract the Distributor is not allowed to distribute products which stand in competition to the contractual products, neither directly nor indirectly.` },
  { batch: 19, types: ['non-compete'], style: 'canadian', text: `While this Agreement is in effect, the Agent will not act as sales representative for any line of products that competes with the Products in the Province of Quebec.` },
  { batch: 19, types: [], style: 'german', text: `The Supplier warrants that its advertising for the Products complies with the German Act against Unfair Competition.` },
  { batch: 19, types: [], style: 'philippine', text: `The Contract shall be awarded through competitive bidding pursuant to Republic Act No. 9184 and its revised implementing rules and regulations.` },
  { batch: 19, types: [], may: ['non-compete'], style: 'delaware', text: `Any Member may engage in or possess an interest in other business ventures of every kind, independently or with others, and neither the Company nor any other Member shall have any right in or to such ventures or the income derived from them.` },
  // exclusivity
  { batch: 19, types: ['exclusivity'], style: 'philippine', text: `The Principal hereby constitutes and appoints the Distributor as its sole and exclusive distributor of the Products in the Visayas and Mindanao regions.` },
  { batch: 19, types: ['exclusivity'], style: 'malaysian', text: `The Company shall not, during the Concession Period, award any other concession for the collection of solid waste within the Designated Area.` },
  { batch: 19, types: ['exclusivity'], style: 'canadian', text: `During the Contract Period, Canada will not engage any other supplier to provide the Services at the Sites listed in Annex A.` },
  { batch: 19, types: ['exclusivity'], style: 'german', text: `SAG undertakes to purchase its total requirement of housings for the product series X-200 exclusively from the Supplier.` },
  { batch: 19, types: ['exclusivity'], style: 'consumer', text: `While your photos are listed with us, only we can sell licences to them, and you agree not to list them on any other stock-photo site at the same time.` },
  { batch: 19, types: ['exclusivity'], style: 'maltese', text: `The Licensee shall have the right, to the exclusion of all other persons including the Licensor, to exploit the Licensed Rights in the Territory.` },
  { batch: 19, types: [], style: 'canadian', text: `Payment by Canada for the Work is the Contractor's exclusive remedy for any delay caused by Canada.` },
  { batch: 19, types: [], style: 'maltese', text: `The Courts of Malta shall have exclusive jurisdiction to hear and determine any dispute arising out of or in connection with this Agreement.` },
  { batch: 19, types: [], style: 'welsh', text: `The Council will only consider applications that are submitted through its online portal before the closing date.` },
  // volume-restriction
  { batch: 19, types: ['volume-restriction'], style: 'consumer', text: `You can install the app on up to five of your own devices at any one time.` },
  { batch: 19, types: ['volume-restriction'], style: 'malaysian', text: `The quantity of timber removed from the Concession Area in any year shall not exceed the annual allowable cut of 12,000 cubic metres.` },
  { batch: 19, types: ['volume-restriction'], style: 'canadian', text: `The Contractor must not provide more than 1,500 hours of Professional Services under the Contract without a contract amendment.` },
  { batch: 19, types: ['volume-restriction'], style: 'philippine', text: `The Licensee's use of the Software is restricted to a maximum of two hundred fifty (250) named users; additional users shall be subject to additional license fees.` },
  { batch: 19, types: ['volume-restriction'], style: 'german', text: `The license covers use on a maximum of 3 production servers; any use beyond that requires a separate license.` },
  { batch: 19, types: ['volume-restriction'], style: 'welsh', text: `The Operator may run no more than four journeys a day on the route under this Permit.` },
  { batch: 19, types: [], style: 'philippine', text: `The Contractor shall employ at least fifty percent (50%) of its unskilled labor from the host municipality.` },
  { batch: 19, types: [], style: 'maltese', text: `The maximum aggregate liability of the Service Provider under this Agreement shall not exceed five hundred thousand euro (EUR 500,000).` },
  { batch: 19, types: [], style: 'german', text: `Delivery dates stated by the Supplier are approximate and may be exceeded by up to two weeks.` },
  // covenant-not-to-sue
  { batch: 19, types: ['covenant-not-to-sue'], style: 'delaware', text: `Each Member agrees that it shall not institute, and shall cause its Affiliates not to institute, any Action against any Covered Person in respect of any act or omission taken in good faith on behalf of the Company.` },
  { batch: 19, types: ['covenant-not-to-sue'], style: 'german', text: `The Licensee shall not attack the validity of the Contractual Patents or support third parties in doing so.` },
  { batch: 19, types: ['covenant-not-to-sue'], style: 'consumer', text: `If you accept the settlement offer, you agree that you won't take us to court over the same problem later.` },
  { batch: 19, types: ['covenant-not-to-sue'], style: 'canadian', text: `The Contractor releases Canada from, and agrees not to make, any claim for loss of anticipated profit arising from a termination for convenience.` },
  { batch: 19, types: ['covenant-not-to-sue'], style: 'philippine', text: `The Licensee shall not question or impugn the validity of the Licensor's registered trademarks before the Intellectual Property Office of the Philippines or any court.` },
  { batch: 19, types: [], style: 'canadian', text: `Any dispute that cannot be resolved by negotiation may be referred by either party to the Office of the Procurement Ombudsman.` },
  { batch: 19, types: [], style: 'malaysian', text: `The Licensee shall forthwith notify the Licensor of any infringement of the Licensed Patents and shall render all reasonable assistance in any proceedings brought by the Licensor.` },
  // non-solicit
  { batch: 19, types: ['non-solicit'], style: 'malaysian', text: `The Consultant shall not, during the term hereof and for twelve (12) months after its expiry, approach any employee of the Client with a view to offering him employment.` },
  { batch: 19, types: ['non-solicit'], style: 'delaware', text: `No Member shall, during the Restricted Period, hire or engage, or assist any other Person in hiring or engaging, any individual who was an employee of the Company at any time during the preceding twelve months.` },
  { batch: 19, types: ['non-solicit'], style: 'german', text: `The Customer shall refrain from headhunting the Supplier's employees deployed on the project during the term of this Agreement and for one year thereafter.` },
  { batch: 19, types: [], style: 'welsh', text: `Officers of the Council must not solicit or accept any gift or hospitality from a bidder while a procurement is in progress.` },
  { batch: 19, types: [], style: 'philippine', text: `The Employer shall not hire any worker below eighteen (18) years of age for hazardous work.` },
  // change-of-control
  { batch: 19, types: ['change-of-control'], style: 'malaysian', text: `If there is any change in the shareholding of the Licensee which results in its Bumiputera equity falling below thirty per cent (30%), the Licensor may terminate this Agreement forthwith by notice in writing.` },
  { batch: 19, types: ['change-of-control'], style: 'delaware', text: `A Sale of the Company shall be deemed to occur upon any Person or group of Persons acting together acquiring beneficial ownership of more than fifty percent (50%) of the outstanding Units.` },
  { batch: 19, types: ['change-of-control'], style: 'german', text: `In the event that a competitor of SAG acquires a majority interest in the Supplier, SAG shall be entitled to terminate this Agreement for good cause without notice.` },
  { batch: 19, types: ['change-of-control'], may: ['assignment'], style: 'consumer', text: `If another company buys us, your account and this licence may move over to them, and we'll let you know by email before that happens.` },
  { batch: 19, types: [], style: 'canadian', text: `Canada may terminate the Contract for convenience at any time, in whole or in part, by giving notice in writing to the Contractor.` },
  // ---- the twentieth batch (batch: 20; TWENTIETH_TYPES; tag20, 2026-11-30 13:30 UTC), written before its author read any
  // cue, word class or frame of src/tag, weighted to the types the unfitted batches 10-19 recalled least (third-party
  // beneficiary, change of control, anti-assignment, most-favoured), in a Swiss and an Austrian company's English, US federal
  // contracts with FAR/DFARS/GSAR flow-downs, a Hong Kong bank's vendor terms, an open-source foundation's contributor
  // agreement, a software reseller's click-through, Dutch, Nigerian and Kenyan drafting.
  // third-party-beneficiary
  { batch: 20, types: ['third-party-beneficiary'], style: 'swiss', text: `Each company of the Customer Group shall have an independent right to require performance of the obligations under Clause 14 directly from the Supplier (genuine contract in favour of a third party within the meaning of Art. 112 para. 2 of the Swiss Code of Obligations).` },
  { batch: 20, types: ['third-party-beneficiary'], style: 'austrian', text: `The confidentiality obligations in Section 9 also protect the affiliated companies of the Client within the meaning of Section 189a of the Austrian Commercial Code (UGB), which may assert claims arising from a breach of them in their own name.` },
  { batch: 20, types: ['third-party-beneficiary'], style: 'far', text: `The Contracting Officer may enforce the Subcontractor's warranty under this clause directly against the Subcontractor on behalf of the Government, although the Government is not a party to this subcontract.` },
  { batch: 20, types: ['third-party-beneficiary'], style: 'hongkong', text: `The Bank enters into Clauses 8 and 11 for itself and as agent and trustee for each member of the HSB Group, and each such member shall be entitled to the benefit of, and may rely on, those Clauses.` },
  { batch: 20, types: ['third-party-beneficiary'], style: 'opensource', text: `The patent license in Section 3 runs to the Foundation and to every recipient of software distributed by the Foundation, each of whom may rely on it against You.` },
  { batch: 20, types: ['third-party-beneficiary'], style: 'clickthrough', text: `The publisher of each product you buy through the Store can enforce the licence terms in this section against you directly.` },
  { batch: 20, types: ['third-party-beneficiary'], style: 'nigerian', text: `The Concessionaire's lenders shall be entitled to enforce Clause 21 (Step-In Rights) against the Grantor notwithstanding that they are not signatories to this Agreement.` },
  { batch: 20, types: ['third-party-beneficiary'], style: 'dutch', text: `This clause 12 contains a third-party clause (derdenbeding) within the meaning of article 6:253 of the Dutch Civil Code for the benefit of the Supplier's subcontractors, who may invoke it against the Customer.` },
  { batch: 20, types: [], style: 'far', text: `The Subcontractor shall include the substance of this clause, including this paragraph (e), in all lower-tier subcontracts for commercial products.` },
  { batch: 20, types: [], style: 'swiss', text: `The Supplier may use third parties to perform its obligations under this Agreement, but remains liable for their performance as for its own (Art. 101 CO).` },
  { batch: 20, types: [], style: 'opensource', text: `The Foundation may relicense Your Contribution to third parties under any license approved by the Open Source Initiative.` },
  // change-of-control
  { batch: 20, types: ['change-of-control'], style: 'swiss', text: `Should the majority of the voting rights in the Licensee pass, directly or indirectly, to a third party, the Licensor may terminate this Agreement with immediate effect by registered letter.` },
  { batch: 20, types: ['change-of-control'], style: 'austrian', text: `The Contractor shall notify the Client without delay of any change in its ownership structure by which a person acquires a controlling interest within the meaning of the Takeover Act; the Client may then withdraw from the contract.` },
  { batch: 20, types: ['change-of-control'], style: 'far', text: `If the Contractor comes under foreign ownership, control or influence (FOCI) during performance, it shall so notify the Contracting Officer within 5 days, and the Government may terminate this contract for default if the FOCI cannot be mitigated.` },
  { batch: 20, types: ['change-of-control'], style: 'hongkong', text: `The Bank may terminate these Vendor Terms forthwith if the Vendor is merged or amalgamated with, or becomes a subsidiary of, any other company without the Bank's prior written consent.` },
  { batch: 20, types: ['change-of-control'], style: 'clickthrough', text: `If your company is bought by, or merges into, a company that competes with us, we may end your reseller account on 30 days' notice.` },
  { batch: 20, types: ['change-of-control'], style: 'kenyan', text: `Where the shareholders of the Distributor as at the date hereof cease to hold at least 51% of its issued share capital, the Principal shall be entitled to review the terms of this appointment or to terminate it.` },
  { batch: 20, types: ['change-of-control'], style: 'dutch', text: `The Customer may terminate the Agreement if control (zeggenschap) over the Supplier is acquired by a third party within the meaning of the SER Merger Code.` },
  { batch: 20, types: [], style: 'swiss', text: `The Licensee shall inform the Licensor without delay of any change to its registered address or its entry in the commercial register.` },
  { batch: 20, types: [], style: 'hongkong', text: `The Vendor shall notify the Bank of any change in the key personnel assigned to the Services.` },
  { batch: 20, types: [], style: 'far', text: `The Contractor shall control access to Controlled Unclassified Information in accordance with DFARS 252.204-7012.` },
  // assignment
  { batch: 20, types: ['assignment'], style: 'swiss', text: `Neither party may transfer this Agreement or any rights or obligations under it to a third party without the prior written consent of the other party, such consent not to be unreasonably withheld.` },
  { batch: 20, types: ['assignment'], style: 'austrian', text: `The Licensee may not cede its claims under this Agreement without the prior written approval of the Licensor.` },
  { batch: 20, types: ['assignment'], style: 'far', text: `The Contractor shall not assign its rights to be paid amounts due under this contract except to a bank, trust company or other financing institution, as provided in FAR 52.232-23 (Assignment of Claims).` },
  { batch: 20, types: ['assignment'], style: 'opensource', text: `You may not delegate Your obligations under this Agreement to anyone else, and any attempt to do so is void.` },
  { batch: 20, types: ['assignment'], style: 'clickthrough', text: `This licence is personal to you. You can't sell it, give it away or hand it over to anyone else.` },
  { batch: 20, types: ['assignment'], style: 'hongkong', text: `The Vendor shall not novate these Vendor Terms, or sub-contract all or any part of the Services, without the Bank's prior written consent.` },
  { batch: 20, types: ['assignment'], style: 'dutch', text: `The Supplier is not permitted to transfer rights and obligations under the Agreement to third parties without the Customer's consent; this restriction has effect under property law as referred to in article 3:83(2) of the Dutch Civil Code.` },
  { batch: 20, types: [], style: 'far', text: `The Contractor shall assign personnel holding the clearances specified in the DD Form 254 to perform this contract.` },
  { batch: 20, types: [], style: 'opensource', text: `You hereby assign to the Foundation all right, title and interest in Your Contribution, including all copyrights in it.` },
  { batch: 20, types: [], style: 'swiss', text: `Ownership of the Goods shall pass to the Buyer upon full payment of the purchase price; until then the Seller may register a retention of title at the Buyer's domicile.` },
  // most-favored
  { batch: 20, types: ['most-favored'], style: 'swiss', text: `Should the Supplier grant another customer in Switzerland more advantageous prices for comparable quantities, it shall extend these prices to the Customer from the same date.` },
  { batch: 20, types: ['most-favored'], style: 'far', text: `If, during the contract period, the Contractor reduces its commercial price list or grants a discount to the tracking customer that disturbs the price/discount relationship on which this contract is based, an equivalent price reduction shall apply to this contract from the same effective date.` },
  { batch: 20, types: ['most-favored'], style: 'hongkong', text: `The Vendor confirms that the fees payable by the Bank are and shall remain no higher than the fees charged by the Vendor to any other financial institution in Hong Kong for substantially similar services.` },
  { batch: 20, types: ['most-favored'], style: 'clickthrough', text: `If we sell the same product to another reseller in your region at a lower wholesale price, we'll give you that price too.` },
  { batch: 20, types: ['most-favored'], style: 'nigerian', text: `The Licensee shall be entitled to the benefit of any more favourable royalty rate which the Licensor may hereafter agree with any other licensee in the Federal Republic of Nigeria.` },
  { batch: 20, types: [], style: 'swiss', text: `The prices are net prices in Swiss francs, excluding VAT, and shall not be increased before 31 December 2027.` },
  { batch: 20, types: [], style: 'hongkong', text: `The Vendor shall offer the Bank terms no less favourable than those set out in the Vendor's tender submission.` },
  { batch: 20, types: [], style: 'clickthrough', text: `Resellers who reach Gold tier pay a lower wholesale price than other resellers.` },
  // volume-restriction
  { batch: 20, types: ['volume-restriction'], style: 'austrian', text: `The licence shall be limited to a production volume of 40,000 units per calendar year; additional units require the Licensor's written consent and an additional licence fee.` },
  { batch: 20, types: ['volume-restriction'], style: 'clickthrough', text: `Your trial lets you make up to 1,000 API requests a day.` },
  { batch: 20, types: ['volume-restriction'], style: 'far', text: `The Government's total orders under this indefinite-delivery, indefinite-quantity contract shall not exceed the maximum quantity of 12,000 units.` },
  { batch: 20, types: ['volume-restriction'], style: 'hongkong', text: `The Vendor may station no more than three of its staff at the Bank's premises at any one time.` },
  { batch: 20, types: [], style: 'austrian', text: `The Supplier shall keep a safety stock of at least 2,000 units at its warehouse in Linz.` },
  { batch: 20, types: [], style: 'clickthrough', text: `Orders for more than 500 licences qualify for a volume discount of 10%.` },
  // covenant-not-to-sue
  { batch: 20, types: ['covenant-not-to-sue'], style: 'swiss', text: `The Licensee waives any right to contest the validity of the Licensed Patents before the Federal Patent Court or the European Patent Office, whether by nullity action or by opposition.` },
  { batch: 20, types: ['covenant-not-to-sue'], style: 'opensource', text: `Each Contributor agrees not to assert any patent claim it owns against the Foundation or any recipient of the Project's software on account of its Contribution as incorporated in that software.` },
  { batch: 20, types: ['covenant-not-to-sue'], style: 'far', text: `The Contractor hereby releases the Government from any and all liabilities, obligations and claims arising under or by virtue of this contract, except as provided in paragraph (b) of this release.` },
  { batch: 20, types: ['covenant-not-to-sue'], style: 'dutch', text: `The Customer waives all rights to bring claims against the Supplier's employees or subcontractors personally in respect of the Services.` },
  { batch: 20, types: [], style: 'opensource', text: `If You institute patent litigation against any entity alleging that the Project infringes a patent, the patent licenses granted to You under this Agreement terminate on the date such litigation is filed.` },
  { batch: 20, types: [], style: 'hongkong', text: `Nothing in these Vendor Terms limits the Bank's right to take legal action against the Vendor for breach.` },
  // exclusivity
  { batch: 20, types: ['exclusivity'], style: 'austrian', text: `During the term, the Client shall obtain its entire requirements of packaging film from the Contractor.` },
  { batch: 20, types: ['exclusivity'], style: 'nigerian', text: `The Principal hereby appoints the Distributor as its sole distributor of the Products in Lagos State and undertakes not to appoint any other distributor in that State.` },
  { batch: 20, types: ['exclusivity'], style: 'clickthrough', text: `As an Authorized Reseller you agree to sell only our products in the endpoint security category and not those of any other vendor.` },
  { batch: 20, types: [], style: 'swiss', text: `The ordinary courts of the City of Zurich shall have exclusive jurisdiction over all disputes arising out of this Agreement.` },
  { batch: 20, types: [], style: 'far', text: `The Contractor shall be solely responsible for the acts and omissions of its subcontractors at any tier.` },
  // non-compete
  { batch: 20, types: ['non-compete'], style: 'swiss', text: `For two years following termination, the Agent shall not represent any manufacturer whose products are in competition with the Products, nor produce or market such products on his own account.` },
  { batch: 20, types: ['non-compete'], style: 'kenyan', text: `The Vendor shall not, for a period of three years from Completion, carry on or be concerned or interested in any business within the Republic of Kenya which is similar to the Business.` },
  { batch: 20, types: ['non-compete'], style: 'hongkong', text: `For 12 months after leaving, the Consultant shall not take up any position with a licensed bank in Hong Kong in which he would perform functions similar to those he performed for the Bank.` },
  { batch: 20, types: [], style: 'far', text: `The Government intends to award this requirement on the basis of full and open competition.` },
  // minimum-commitment
  { batch: 20, types: ['minimum-commitment'], style: 'austrian', text: `The Licensee shall pay a minimum annual licence fee of EUR 50,000, against which the running royalties for the same year shall be credited.` },
  { batch: 20, types: ['minimum-commitment'], style: 'clickthrough', text: `Your reseller plan requires you to buy at least 25 seats each quarter.` },
  { batch: 20, types: ['minimum-commitment'], style: 'far', text: `The Government shall order at least the guaranteed minimum of 500 units during the ordering period.` },
  { batch: 20, types: [], style: 'far', text: `The Contractor shall maintain an inventory of spare parts sufficient for a minimum of 30 days of operation.` },
  // ---- the twenty-first batch (batch: 21; TWENTY_FIRST_TYPES; tag21, 2026-11-30 16:30 UTC), written before its author
  // read any cue, word class or frame of src/tag, weighted to the types the unfitted batches 10-20 recalled least before
  // their rounds (third-party beneficiary, non-compete, change of control, volume, exclusivity, most-favoured), in English
  // and UK commercial drafting, Australian, Indian and Singaporean contracts, US legalese and plain-language terms, and
  // French, Italian, Brazilian, Mexican and Japanese contracts in translation; 49 clauses and 23 near misses.
  // third-party-beneficiary
  { batch: 21, types: ['third-party-beneficiary'], style: 'english', text: `A person who is not a party to this Agreement shall have no right under the Contracts (Rights of Third Parties) Act 1999 to enforce any of its terms, save that each Indemnified Person may enforce clause 11 subject to and in accordance with this clause 24 and the provisions of that Act.` },
  { batch: 21, types: ['third-party-beneficiary'], style: 'australian', text: `The Supplier acknowledges that the Customer holds the benefit of clause 15 (Indemnity) on trust for each Customer Associate, and each Customer Associate may enforce that clause against the Supplier.` },
  { batch: 21, types: ['third-party-beneficiary'], style: 'singapore', text: `Subject to Clause 30.2, the Contracts (Rights of Third Parties) Act 2001 shall apply to Clause 17 so that each member of the Purchaser's Group may enforce that Clause in its own right.` },
  { batch: 21, types: ['third-party-beneficiary'], style: 'indian', text: `The Parties agree that the Promoters, though not parties to this Agreement, shall be entitled to claim the benefit of the indemnity under Clause 9 and to proceed directly against the Investor for its enforcement.` },
  { batch: 21, types: ['third-party-beneficiary'], style: 'us', text: `The Lenders are intended beneficiaries of Section 6.4 and shall have the right to enforce such Section directly against Licensee.` },
  { batch: 21, types: ['third-party-beneficiary'], style: 'consumer', text: `The app stores we distribute through are entitled to enforce these terms against you as if they were us.` },
  { batch: 21, types: ['third-party-beneficiary'], style: 'italian', text: `Pursuant to Article 1411 of the Italian Civil Code, the warranty in Article 8 is also stipulated in favour of the end customers of the Distributor, who acquire the right against the Manufacturer by effect of this stipulation.` },
  { batch: 21, types: ['third-party-beneficiary'], style: 'japanese', text: `The customers of the Licensee may, by expressing to the Licensor their intention to enjoy the benefit of Article 9, claim performance of that Article directly from the Licensor.` },
  { batch: 21, types: [], style: 'english', text: `The Supplier may engage subcontractors, but no subcontract shall relieve the Supplier of any of its obligations to the Customer under this Agreement.` },
  { batch: 21, types: [], may: ['assignment'], style: 'us', text: `This Agreement shall be binding upon and inure to the benefit of the parties hereto and their respective successors and permitted assigns.` },
  { batch: 21, types: [], style: 'australian', text: `The Customer must ensure that its Related Bodies Corporate comply with clause 12 as if they were parties to this agreement.` },
  { batch: 21, types: [], style: 'indian', text: `The Licensee shall hold in trust for the Licensor all royalties received by it from its sub-licensees until they are remitted to the Licensor.` },
  // non-compete
  { batch: 21, types: ['non-compete'], style: 'english', text: `The Seller shall not, for 24 months from Completion, whether as principal, agent, shareholder, partner or otherwise, be engaged or concerned in any business which supplies goods of the same kind as the Products to customers in the United Kingdom.` },
  { batch: 21, types: ['non-compete'], style: 'australian', text: `The Vendor must not, during the Restraint Period and within the Restraint Area, establish, operate or take part in a business that is the same as or substantially similar to the Business.` },
  { batch: 21, types: ['non-compete'], style: 'indian', text: `During the subsistence of this Agreement, the Franchisee shall not, directly or indirectly, open or run any other restaurant serving South Indian cuisine within a radius of five kilometres of the Outlet.` },
  { batch: 21, types: ['non-compete'], style: 'singapore', text: `The Employee shall not, within six (6) months after the Termination Date, be employed by or provide services to any Competitor in Singapore.` },
  { batch: 21, types: ['non-compete'], style: 'plain', text: `While you're a Partner and for one year after, you won't build or sell a product that does what the Platform does.` },
  { batch: 21, types: ['non-compete'], style: 'french', text: `The Transferor undertakes, for a period of five years from the date of transfer of the goodwill, not to set up, acquire, operate or hold any interest in a business likely to compete with the transferred business within the département of Rhône.` },
  { batch: 21, types: ['non-compete'], style: 'brazilian', text: `The Sellers shall refrain from engaging, whether directly or through interposed persons, in any activity that competes with the activities of the Company in Brazilian territory for a period of five (5) years as from the Closing Date.` },
  { batch: 21, types: [], style: 'us', text: `Nothing in this Agreement shall prevent Licensor from developing, marketing or selling products that compete with the Licensed Products.` },
  { batch: 21, types: [], style: 'english', text: `The Agent shall promote the Products actively and shall not make misleading comparisons between the Products and the products of competitors.` },
  { batch: 21, types: [], style: 'singapore', text: `The Contractor shall promptly disclose to the Authority any conflict of interest arising from work it performs for competitors of the Authority.` },
  // change-of-control
  { batch: 21, types: ['change-of-control'], style: 'english', text: `The Customer may terminate this Agreement by notice to the Supplier if any person, or persons acting in concert, who do not control the Supplier at the date of this Agreement obtain control of it.` },
  { batch: 21, types: ['change-of-control'], style: 'australian', text: `A party is in default if a person acquires a relevant interest in 50% or more of its voting shares (as those terms are defined in the Corporations Act 2001 (Cth)).` },
  { batch: 21, types: ['change-of-control'], style: 'indian', text: `Any change in the shareholding of the Licensee that results in the Promoters holding less than 26% of its paid-up equity share capital shall require the prior written approval of the Licensor, failing which the Licensor may terminate this Agreement.` },
  { batch: 21, types: ['change-of-control'], style: 'singapore', text: `In the event of a takeover offer for the shares of the Licensee becoming unconditional in all respects, the Licensor shall be entitled to terminate the licence granted under Clause 2 by giving 30 days' notice.` },
  { batch: 21, types: ['change-of-control'], style: 'plain', text: `If someone else takes over our company, this agreement stays in place and the new owner has to honor it.` },
  { batch: 21, types: ['change-of-control'], style: 'italian', text: `If the Distributor is the subject of a merger, demerger or transfer of its going concern, the Supplier may withdraw from the Agreement pursuant to article 1373 of the Civil Code.` },
  { batch: 21, types: ['change-of-control'], style: 'us', text: `In the event that Licensee is acquired by, or acquires, an entity that markets a Competing Product, Licensor's obligations under Section 5 shall cease.` },
  { batch: 21, types: [], style: 'english', text: `The Supplier shall not change the manufacturing site of the Products without the Customer's prior written approval.` },
  { batch: 21, types: [], style: 'us', text: `The indemnifying party shall have sole control of the defense of any such claim, provided that it keeps the indemnified party reasonably informed.` },
  { batch: 21, types: [], style: 'australian', text: `If the Customer sells the Equipment, the Customer must ensure that the purchaser assumes the Customer's maintenance obligations under this agreement.` },
  // volume-restriction
  { batch: 21, types: ['volume-restriction'], style: 'english', text: `The Licensee shall not manufacture more than 250,000 Licensed Units in any Contract Year without the Licensor's prior written consent.` },
  { batch: 21, types: ['volume-restriction'], style: 'australian', text: `This water access licence authorises the taking of no more than 450 megalitres of water in any water year.` },
  { batch: 21, types: ['volume-restriction'], style: 'indian', text: `The Licensee shall not produce under this licence in excess of 10,000 tonnes of the Licensed Product per annum.` },
  { batch: 21, types: ['volume-restriction'], style: 'singapore', text: `The Subscription entitles the Customer to process up to 2 TB of data per month, and any usage above this cap shall be suspended until the next billing cycle.` },
  { batch: 21, types: ['volume-restriction'], style: 'plain', text: `Each account can send 500 emails per day. Once you hit that, we'll hold the rest until tomorrow.` },
  { batch: 21, types: ['volume-restriction'], style: 'french', text: `The quantities which the Licensee may produce under the licence are capped at 5,000 hectolitres per year.` },
  { batch: 21, types: [], style: 'singapore', text: `The Supplier warrants that the Plant has a production capacity of at least 40,000 units per year.` },
  { batch: 21, types: [], style: 'us', text: `Past-due amounts shall bear interest at the lesser of 1.5% per month and the maximum rate permitted by law.` },
  { batch: 21, types: [], style: 'indian', text: `The Distributor shall maintain stocks of the Products sufficient to meet not less than sixty (60) days of anticipated demand.` },
  // exclusivity
  { batch: 21, types: ['exclusivity'], style: 'english', text: `The Supplier shall be the Customer's sole supplier of catering services at the Sites during the Term.` },
  { batch: 21, types: ['exclusivity'], style: 'australian', text: `The Principal must not, during the Term, appoint any other person as its agent for the sale of the Products in Western Australia.` },
  { batch: 21, types: ['exclusivity'], style: 'indian', text: `The Licensor hereby grants to the Licensee the sole right, to the exclusion of all others including the Licensor, to manufacture the Licensed Products within the territory of India.` },
  { batch: 21, types: ['exclusivity'], style: 'singapore', text: `The Company shall procure all of its requirements of marine fuel in the Port of Singapore from the Supplier.` },
  { batch: 21, types: ['exclusivity'], style: 'plain', text: `We won't sign up any other dealer within 25 miles of your store while this agreement lasts.` },
  { batch: 21, types: ['exclusivity'], style: 'mexican', text: `The Manufacturer grants the Distributor exclusivity for the marketing of the Products in the United Mexican States and undertakes not to sell them there directly or through third parties.` },
  { batch: 21, types: [], style: 'australian', text: `All amounts payable under this agreement are exclusive of GST unless expressly stated otherwise.` },
  { batch: 21, types: [], style: 'english', text: `The Customer shall be solely responsible for the accuracy and completeness of the data it supplies to the Supplier.` },
  // most-favored
  { batch: 21, types: ['most-favored'], style: 'english', text: `If at any time during the Term the Supplier offers any other customer in the United Kingdom a lower unit price for Goods of the same specification in comparable volumes, the Supplier shall promptly offer the same unit price to the Customer.` },
  { batch: 21, types: ['most-favored'], style: 'australian', text: `The Supplier must ensure that the Rates are at all times at least as favourable as those it offers to any other State government agency for like Services.` },
  { batch: 21, types: ['most-favored'], style: 'indian', text: `In case the Licensor grants a licence under the Licensed Patents to any third party on royalty terms more favourable than those herein, the Licensee shall be entitled to the benefit of such terms with effect from the date of grant to such third party.` },
  { batch: 21, types: ['most-favored'], style: 'us', text: `Licensor shall promptly notify Licensee of the terms of any Subsequent License, and Licensee may elect to substitute the terms of such Subsequent License for the terms hereof in their entirety.` },
  { batch: 21, types: ['most-favored'], style: 'plain', text: `If we ever give another partner a better revenue share than you, we'll match it for you.` },
  { batch: 21, types: [], style: 'indian', text: `The Distributor shall use its best endeavours to obtain the most favourable prices for the Products in its sales to customers.` },
  { batch: 21, types: [], style: 'english', text: `The Supplier's prices for the Goods shall be no higher than those stated in Schedule 2.` },
  // assignment
  { batch: 21, types: ['assignment'], style: 'singapore', text: `The Distributor shall not assign, charge, declare a trust over or otherwise deal with any of its rights under this Agreement without the Principal's prior written consent.` },
  { batch: 21, types: ['assignment'], style: 'indian', text: `This Agreement shall not be assignable by the Licensee to any person, whether by operation of law or otherwise, save with the previous consent in writing of the Licensor.` },
  { batch: 21, types: ['assignment'], style: 'plain', text: `You can't pass this account on to someone else, but we can transfer our side of it if we sell the business.` },
  { batch: 21, types: ['assignment'], style: 'french', text: `The Agreement is concluded intuitu personae with the Licensee; it may not be transferred in any form whatsoever, including by way of a contribution in kind, without the Licensor's prior written agreement.` },
  { batch: 21, types: [], style: 'us', text: `Licensee may transfer the Software to a replacement computer, provided that it deletes all copies from the computer it replaces.` },
  { batch: 21, types: [], style: 'english', text: `Title to the Equipment shall remain with the Lessor and shall not pass to the Lessee.` },
  // covenant-not-to-sue
  { batch: 21, types: ['covenant-not-to-sue'], style: 'australian', text: `The Licensee must not, and must ensure that its Related Bodies Corporate do not, commence or maintain any proceeding alleging that a Licensor Product infringes a patent owned or controlled by the Licensee.` },
  { batch: 21, types: ['covenant-not-to-sue'], style: 'indian', text: `The Licensee shall not, during the term of this Agreement, dispute or cause to be disputed the validity of the Licensed Patents or the Licensor's title thereto, whether before the Controller of Patents or any court in India.` },
  { batch: 21, types: ['covenant-not-to-sue'], style: 'plain', text: `By accepting the refund, you give up any further claims against us over that order.` },
  { batch: 21, types: [], style: 'australian', text: `Either party may commence proceedings in the courts of New South Wales to enforce this agreement.` },
  { batch: 21, types: [], style: 'us', text: `Licensee shall promptly notify Licensor if any third party challenges the validity of a Licensed Patent.` },
  // non-solicit
  { batch: 21, types: ['non-solicit'], style: 'english', text: `The Supplier shall not, during the Term and for six months thereafter, entice or endeavour to entice away from the Customer any person employed by the Customer in the provision of the Services.` },
  { batch: 21, types: ['non-solicit'], style: 'australian', text: `The Contractor must not, during the Restraint Period, canvass or accept business from any client of the Company with whom the Contractor dealt in the last 12 months of the engagement.` },
  { batch: 21, types: ['non-solicit'], style: 'singapore', text: `Neither party shall, without the prior written consent of the other, engage or offer employment to any person who is, or was within the preceding 12 months, an employee of the other party involved in the Project.` },
  { batch: 21, types: [], style: 'singapore', text: `The Authority may solicit quotations from at least three suppliers before awarding any contract for additional works.` },
  ...TWENTY_SECOND_BATCH,
  ...TWENTY_THIRD_BATCH,
  ...TWENTY_FOURTH_BATCH,
  ...TWENTY_FIFTH_BATCH,
  ...TWENTY_SIXTH_BATCH,
  ...TWENTY_SEVENTH_BATCH,
  ...TWENTY_EIGHTH_BATCH,
  ...TWENTY_NINTH_BATCH,
  ...THIRTIETH_BATCH,
  ...THIRTY_FIRST_BATCH,
  ...THIRTY_SECOND_BATCH,
  ...THIRTY_THIRD_BATCH,
];

// Tagging accuracy on held-out clauses of the types CUAD does not measure (test/tag/heldout-clauses.ts: written
// before their cues were read). Each clause is tagged alone as a one-clause agreement; per type, precision is the
// share of clauses given the type that should carry it (or may), recall the share of clauses that should carry it
// that do. The floors are a measurement's thresholds, not its result: set below what the tagger reaches so that a
// cue change that loses generality fails here. `HELDOUT_REPORT=1 npx vitest run test/tag/heldout.test.ts` prints
// the table and every miss and false positive.
import { describe, expect, it } from 'vitest';
import { ALL_TYPES, EIGHTEENTH_TYPES, ELEVENTH_TYPES, FIFTEENTH_TYPES, HELD_OUT, MEASURED_TYPES, NINETEENTH_TYPES, NINTH_TYPES, SEVENTEENTH_TYPES, SIXTEENTH_TYPES, TWENTIETH_TYPES, TWENTY_FIRST_TYPES, TWENTY_SECOND_TYPES, TWENTY_THIRD_TYPES, TWENTY_FOURTH_TYPES, TWENTY_FIFTH_TYPES, TWENTY_SIXTH_TYPES, TWENTY_SEVENTH_TYPES, TWENTY_EIGHTH_TYPES, TWENTY_NINTH_TYPES, THIRTIETH_TYPES, THIRTY_FIRST_TYPES, THIRTY_SECOND_TYPES, THIRTY_THIRD_TYPES, type HeldOutClause } from './heldout-clauses.js';
import { typesOf } from './helpers.js';

interface Counts { tp: number; fp: number; fn: number }

function measure(clauses: readonly HeldOutClause[], types: readonly string[] = MEASURED_TYPES): { perType: Map<string, Counts>; notes: string[] } {
  const perType = new Map(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const notes: string[] = [];
  for (const clause of clauses) {
    const got = typesOf(clause.text);
    const head = clause.text.replace(/\s+/g, ' ').trim().slice(0, 90);
    for (const type of types) {
      const counts = perType.get(type)!;
      const want = clause.types.includes(type);
      if (want && got.has(type)) counts.tp++;
      else if (want) { counts.fn++; notes.push(`miss ${type} [${clause.style}]: ${head}`); }
      else if (got.has(type) && !clause.may?.includes(type)) { counts.fp++; notes.push(`false ${type} [${clause.style}]: ${head}`); }
    }
  }
  return { perType, notes };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

interface Row { readonly type: string; readonly tp: number; readonly fp: number; readonly fn: number; readonly p: number; readonly r: number; readonly f1: number }

function rowsOf(perType: Map<string, Counts>): Row[] {
  return [...perType].map(([type, c]) => {
    const p = ratio(c.tp, c.tp + c.fp);
    const r = ratio(c.tp, c.tp + c.fn);
    return { type, ...c, p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
  });
}
const macro = (rows: readonly Row[], key: 'p' | 'r' | 'f1'): number => rows.reduce((s, row) => s + row[key], 0) / rows.length;

// The floors below hold over the first five batches; the later batches have floors of their own.
/** The clauses of one batch (1: the first, which has no `batch` field). */
const batch = (n: number): readonly HeldOutClause[] => HELD_OUT.filter((c) => (c.batch ?? 1) === n);
const FIRST_FIVE = HELD_OUT.filter((c) => (c.batch ?? 1) <= 5);
const NINTH = batch(9);
const TENTH = batch(10);
const ELEVENTH = batch(11);
const TWELFTH = batch(12);
const THIRTEENTH = batch(13);
const FOURTEENTH = batch(14);
const FIFTEENTH = batch(15);
const SIXTEENTH = batch(16);
const SEVENTEENTH = batch(17);
const EIGHTEENTH = batch(18);
const NINETEENTH = batch(19);
const TWENTIETH = batch(20);
const TWENTY_FIRST = batch(21);
const TWENTY_SECOND = batch(22);
const TWENTY_THIRD = batch(23);
const TWENTY_FOURTH = batch(24);
const TWENTY_FIFTH = batch(25);
const TWENTY_SIXTH = batch(26);
const TWENTY_SEVENTH = batch(27);
const TWENTY_EIGHTH = batch(28);
const TWENTY_NINTH = batch(29);
const THIRTIETH = batch(30);
const THIRTY_FIRST = batch(31);
const THIRTY_SECOND = batch(32);
const THIRTY_THIRD = batch(33);
const SIXTH = batch(6);

function pooled(perType: Map<string, Counts>, keep: (type: string) => boolean): Counts {
  return [...perType].filter(([t]) => keep(t)).reduce((s, [, x]) => ({ tp: s.tp + x.tp, fp: s.fp + x.fp, fn: s.fn + x.fn }), { tp: 0, fp: 0, fn: 0 });
}

describe('held-out clauses of the types CUAD does not measure', () => {
  const { perType, notes } = measure(FIRST_FIVE);
  const rows = rowsOf(perType);
  if (process.env['HELDOUT_REPORT']) {
    const f = (x: number): string => x.toFixed(2);
    const table = (title: string, rs: readonly Row[]): string[] => [title, 'type tp fp fn P R F1',
      ...rs.map((r) => `${r.type} ${r.tp} ${r.fp} ${r.fn} ${f(r.p)} ${f(r.r)} ${f(r.f1)}`),
      `macro P ${f(macro(rs, 'p'))} R ${f(macro(rs, 'r'))} F1 ${f(macro(rs, 'f1'))}`];
    // The first batch, written before the cues were read, and the late batch, written after this session's cue changes.
    const first = rowsOf(measure(batch(1)).perType);
    const late = rowsOf(measure(batch(2)).perType);
    const third = rowsOf(measure(batch(3)).perType);
    // The fourth and fifth batches cover every type of the spec, so they are also measured over all of them.
    const fourth = measure(batch(4), ALL_TYPES);
    const fifth = measure(batch(5), ALL_TYPES);
    const sixth = measure(SIXTH, ALL_TYPES);
    const seventhClauses = batch(7);
    const seventh = measure(seventhClauses, ALL_TYPES);
    const eighthClauses = batch(8);
    const eighth = measure(eighthClauses, ALL_TYPES);
    const ninth = measure(NINTH, NINTH_TYPES);
    const tenth = measure(TENTH, NINTH_TYPES);
    const eleventh = measure(ELEVENTH, ELEVENTH_TYPES);
    const twelfth = measure(TWELFTH, ELEVENTH_TYPES);
    const thirteenth = measure(THIRTEENTH, ELEVENTH_TYPES);
    const fourteenth = measure(FOURTEENTH, ELEVENTH_TYPES);
    const fifteenth = measure(FIFTEENTH, FIFTEENTH_TYPES);
    const sixteenth = measure(SIXTEENTH, SIXTEENTH_TYPES);
    const seventeenth = measure(SEVENTEENTH, SEVENTEENTH_TYPES);
    const eighteenth = measure(EIGHTEENTH, EIGHTEENTH_TYPES);
    const nineteenth = measure(NINETEENTH, NINETEENTH_TYPES);
    const twentieth = measure(TWENTIETH, TWENTIETH_TYPES);
    const twentyFirst = measure(TWENTY_FIRST, TWENTY_FIRST_TYPES);
    const twentySecond = measure(TWENTY_SECOND, TWENTY_SECOND_TYPES);
    const twentyThird = measure(TWENTY_THIRD, TWENTY_THIRD_TYPES);
    const twentyFourth = measure(TWENTY_FOURTH, TWENTY_FOURTH_TYPES);
    const twentyFifth = measure(TWENTY_FIFTH, TWENTY_FIFTH_TYPES);
    const twentySixth = measure(TWENTY_SIXTH, TWENTY_SIXTH_TYPES);
    const twentySeventh = measure(TWENTY_SEVENTH, TWENTY_SEVENTH_TYPES);
    const twentyEighth = measure(TWENTY_EIGHTH, TWENTY_EIGHTH_TYPES);
    const twentyNinth = measure(TWENTY_NINTH, TWENTY_NINTH_TYPES);
    const thirtieth = measure(THIRTIETH, THIRTIETH_TYPES);
    const thirtyFirst = measure(THIRTY_FIRST, THIRTY_FIRST_TYPES);
    const thirtySecond = measure(THIRTY_SECOND, THIRTY_SECOND_TYPES);
    const thirtyThird = measure(THIRTY_THIRD, THIRTY_THIRD_TYPES);
    // Micro figures pool the counts of a group of types: the 27 types CUAD does not measure, and the rest.
    const micro = (title: string, perType: Map<string, Counts>, keep: (type: string) => boolean): string => {
      const c = pooled(perType, keep);
      return `${title}: micro P ${f(ratio(c.tp, c.tp + c.fp))} R ${f(ratio(c.tp, c.tp + c.fn))} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
    };
    const unmeasured = (t: string): boolean => MEASURED_TYPES.includes(t);
    const present = (rs: Row[]): Row[] => rs.filter((r) => r.tp + r.fp + r.fn > 0);
    console.log([...table('all clauses', rows), ...table('first batch', first), ...table('late batch', late), ...table('third batch', third),
      ...table('fourth batch, all types', present(rowsOf(fourth.perType))), ...table('fifth batch, all types', present(rowsOf(fifth.perType))),
      ...table('sixth batch, all types', present(rowsOf(sixth.perType))), ...table('sixth batch, the 27 types', rowsOf(measure(SIXTH).perType)), micro('sixth batch, the 27 types CUAD does not measure', sixth.perType, unmeasured),
      micro('sixth batch, the other types', sixth.perType, (t) => !unmeasured(t)), micro('sixth batch, all types', sixth.perType, () => true),
      ...table('seventh batch, the 27 types', rowsOf(measure(seventhClauses).perType)), micro('seventh batch, the 27 types', seventh.perType, unmeasured),
      micro('seventh batch, all types', seventh.perType, () => true),
      ...table('eighth batch, the 27 types', rowsOf(measure(eighthClauses).perType)), micro('eighth batch, the 27 types', eighth.perType, unmeasured),
      micro('eighth batch, all types', eighth.perType, () => true),
      ...table('ninth batch, its eleven CUAD-measured types', rowsOf(ninth.perType)), micro('ninth batch', ninth.perType, () => true),
      ...table('tenth batch, the same eleven types', rowsOf(tenth.perType)), micro('tenth batch', tenth.perType, () => true),
      ...table('eleventh batch, its ten types', rowsOf(eleventh.perType)), micro('eleventh batch', eleventh.perType, () => true),
      ...table('twelfth batch, the same ten types', rowsOf(twelfth.perType)), micro('twelfth batch', twelfth.perType, () => true),
      ...table('thirteenth batch, the same ten types', rowsOf(thirteenth.perType)), micro('thirteenth batch', thirteenth.perType, () => true),
      ...table('fourteenth batch, the same ten types', rowsOf(fourteenth.perType)), micro('fourteenth batch', fourteenth.perType, () => true),
      ...table('fifteenth batch, its eleven types', rowsOf(fifteenth.perType)), micro('fifteenth batch', fifteenth.perType, () => true),
      ...table('sixteenth batch, its seven types', rowsOf(sixteenth.perType)), micro('sixteenth batch', sixteenth.perType, () => true),
      ...table('seventeenth batch, its six types', rowsOf(seventeenth.perType)), micro('seventeenth batch', seventeenth.perType, () => true),
      ...table('eighteenth batch, its seven types', rowsOf(eighteenth.perType)), micro('eighteenth batch', eighteenth.perType, () => true),
      ...table('nineteenth batch, its eight types', rowsOf(nineteenth.perType)), micro('nineteenth batch', nineteenth.perType, () => true),
      ...table('twentieth batch, its nine types', rowsOf(twentieth.perType)), micro('twentieth batch', twentieth.perType, () => true),
      ...table('twenty-first batch, its nine types', rowsOf(twentyFirst.perType)), micro('twenty-first batch', twentyFirst.perType, () => true),
      ...table('twenty-second batch, its ten types', rowsOf(twentySecond.perType)), micro('twenty-second batch', twentySecond.perType, () => true),
      ...table('twenty-third batch, its nine types', rowsOf(twentyThird.perType)), micro('twenty-third batch', twentyThird.perType, () => true),
      ...table('twenty-fourth batch, its nine types', rowsOf(twentyFourth.perType)), micro('twenty-fourth batch', twentyFourth.perType, () => true),
      ...table('twenty-fifth batch, its nine types', rowsOf(twentyFifth.perType)), micro('twenty-fifth batch', twentyFifth.perType, () => true),
      ...table('twenty-sixth batch, its nine types', rowsOf(twentySixth.perType)), micro('twenty-sixth batch', twentySixth.perType, () => true),
      ...table('twenty-seventh batch, its eleven types', rowsOf(twentySeventh.perType)), micro('twenty-seventh batch', twentySeventh.perType, () => true),
      ...table('twenty-eighth batch, its twelve types', rowsOf(twentyEighth.perType)), micro('twenty-eighth batch', twentyEighth.perType, () => true),
      ...table('twenty-ninth batch, its twelve types', rowsOf(twentyNinth.perType)), micro('twenty-ninth batch', twentyNinth.perType, () => true),
      ...table('thirtieth batch, its sixteen types', rowsOf(thirtieth.perType)), micro('thirtieth batch', thirtieth.perType, () => true),
      ...table('thirty-first batch, its twelve types', rowsOf(thirtyFirst.perType)), micro('thirty-first batch', thirtyFirst.perType, () => true),
      ...table('thirty-second batch, its twelve types', rowsOf(thirtySecond.perType)), micro('thirty-second batch', thirtySecond.perType, () => true),
      ...table('thirty-third batch, its 54 types', present(rowsOf(thirtyThird.perType))), micro('thirty-third batch', thirtyThird.perType, () => true),
      micro('thirty-third batch, the 27 types CUAD does not measure', thirtyThird.perType, unmeasured), micro('thirty-third batch, the CUAD-measured types', thirtyThird.perType, (t) => !unmeasured(t)),
      ...notes, '-- fourth batch, all types', ...fourth.notes, '-- fifth batch, all types', ...fifth.notes,
      '-- sixth batch, all types', ...sixth.notes, '-- seventh batch, all types', ...seventh.notes, '-- eighth batch, all types', ...eighth.notes, '-- ninth batch', ...ninth.notes, '-- tenth batch', ...tenth.notes, '-- eleventh batch', ...eleventh.notes, '-- twelfth batch', ...twelfth.notes, '-- thirteenth batch', ...thirteenth.notes, '-- fourteenth batch', ...fourteenth.notes, '-- fifteenth batch', ...fifteenth.notes, '-- sixteenth batch', ...sixteenth.notes, '-- seventeenth batch', ...seventeenth.notes, '-- eighteenth batch', ...eighteenth.notes, '-- nineteenth batch', ...nineteenth.notes, '-- twentieth batch', ...twentieth.notes, '-- twenty-first batch', ...twentyFirst.notes, '-- twenty-second batch', ...twentySecond.notes, '-- twenty-third batch', ...twentyThird.notes, '-- twenty-fourth batch', ...twentyFourth.notes, '-- twenty-fifth batch', ...twentyFifth.notes, '-- twenty-sixth batch', ...twentySixth.notes, '-- twenty-seventh batch', ...twentySeventh.notes, '-- twenty-eighth batch', ...twentyEighth.notes, '-- twenty-ninth batch', ...twentyNinth.notes, '-- thirtieth batch', ...thirtieth.notes, '-- thirty-first batch', ...thirtyFirst.notes, '-- thirty-second batch', ...thirtySecond.notes, '-- thirty-third batch', ...thirtyThird.notes].join('\n'));
  }

  it('every measured type has at least six clauses that should carry it', () => {
    for (const row of rows) expect(row.tp + row.fn, row.type).toBeGreaterThanOrEqual(6);
  });
  it('macro precision and recall stay above their floors', () => {
    expect(macro(rows, 'p')).toBeGreaterThanOrEqual(FLOOR.macroPrecision);
    expect(macro(rows, 'r')).toBeGreaterThanOrEqual(FLOOR.macroRecall);
  });
  for (const row of rows) {
    it(`${row.type}: precision >= ${FLOOR.precision}, recall >= ${FLOOR.recall}`, () => {
      expect(row.p).toBeGreaterThanOrEqual(FLOOR.precision);
      expect(row.r).toBeGreaterThanOrEqual(FLOOR.recall);
    });
  }
});

// The sixth batch: written before this session's cue changes and measured once (27 types: micro P 0.95, R 0.54), then
// fitted (after: P 0.99, R 0.89), so like the others it is in-sample now; its floors keep what the cue changes gained.
// The seventh batch: written after those changes and measured once before and after them, not fitted (P 1.00, R 0.63
// both times: the sixth batch's cues gained nothing on it), then fitted by a cue round for its misses (P 1.00, R 0.89).
// The eighth batch: written before that round and measured before and after it (P 1.00, R 0.37 both times).
const LATER_BATCHES = [
  { name: 'sixth', clauses: SIXTH, floor: { precision: 0.95, recall: 0.85 } },
  { name: 'seventh', clauses: batch(7), floor: { precision: 0.95, recall: 0.85 } },
  { name: 'eighth', clauses: batch(8), floor: { precision: 0.9, recall: 0.3 } },
  // The ninth batch (its eleven CUAD-measured types): measured once before its cue round (micro P 1.00, R 0.61), then
  // fitted (P 1.00, R 1.00), so in-sample since; test/tag/ninth-batch-cues.test.ts holds other wordings of those cues.
  { name: 'ninth', clauses: NINTH, types: NINTH_TYPES, floor: { precision: 0.95, recall: 0.9 } },
  // The tenth batch (the same types, other wordings, written after that cue round): micro P 1.00, R 0.36 both at the
  // session's start and after the round (9 tp, 0 fp, 16 fn, clause for clause): the round carried to none of its wordings.
  // After the word-class round (src/tag/word-classes.ts, tag-general2): micro P 1.00, R 0.48 (12 tp, 0 fp, 13 fn), not fitted.
  { name: 'tenth', clauses: TENTH, types: NINTH_TYPES, floor: { precision: 0.9, recall: 0.4 } },
  // The eleventh batch (ELEVENTH_TYPES, written before the word-class round): micro P 1.00, R 0.41 (18 tp, 0 fp, 26 fn)
  // before it; the round was built from its misses (shared word classes, not one cue per wording), so in-sample since:
  // P 1.00, R 1.00. test/tag/word-classes.test.ts holds other wordings of the same classes.
  { name: 'eleventh', clauses: ELEVENTH, types: ELEVENTH_TYPES, floor: { precision: 0.95, recall: 0.9 } },
  // The twelfth batch (the same ten types, written after the word-class round by its author, who knew its cues): micro
  // P 1.00, R 0.26 (9 tp, 0 fp, 25 fn), measured once, not fitted. The classes carried to few of its wordings: most misses
  // hold no cue word at all ('on foot', 'go after your clients', 'stay at the levels', 'no more than ten workstations').
  { name: 'twelfth', clauses: TWELFTH, types: ELEVENTH_TYPES, floor: { precision: 0.9, recall: 0.3 } },
  // The thirteenth batch (written before the second word-class round, which applied the classes to the ten types'
  // existing cues and added @count, @customer, @contest): micro P 0.90, R 0.33 (9 tp, 1 fp, 18 fn) before it, P 0.94,
  // R 0.63 (17 tp, 1 fp, 10 fn) after. Its misses were printed by the measurement before the round, so the after figure
  // leans toward it; the twelfth batch went R 0.26 -> 0.35 by the same round, the tenth stayed at 0.48.
  { name: 'thirteenth', clauses: THIRTEENTH, types: ELEVENTH_TYPES, floor: { precision: 0.9, recall: 0.55 } },
  // The fourteenth batch (written before the modal-reading round: plain-English 'don't', a long aside between the modal
  // and its verb): micro P 1.00, R 0.71 (17 tp, 0 fp, 7 fn) before it, P 1.00, R 0.75 (18 tp) after, measured by its
  // counts (its misses were printed only after the round); its author knew the cues, so it leans toward them.
  { name: 'fourteenth', clauses: FOURTEENTH, types: ELEVENTH_TYPES, floor: { precision: 0.9, recall: 0.65 } },
  // The fifteenth batch (FIFTEENTH_TYPES: the ten and anti-assignment; written before the frame-reading round by its author,
  // in Indian and Singaporean English, US plain language, defined-term drafting, the passive, and lists whose lead-in holds
  // the restraint): micro P 1.00, R 0.51 (21 tp, 0 fp, 20 fn) before the round, P 1.00, R 0.73 (30 tp, 0 fp, 11 fn)
  // after it (46cccac, measured once, not fitted): the six types with frame cues 16/27 -> 25/27 (non-compete 5/5,
  // non-solicit 5/5, exclusivity 3/5, price-restriction 4/5, covenant-not-to-sue 2/3, assignment 3/4); the four without
  // (change-of-control, most-favored, minimum-commitment, third-party-beneficiary) unchanged, 5/14.
  // The same round, unfitted batches: tenth R 0.48 -> 0.60, twelfth 0.35 -> 0.44, thirteenth 0.67 -> 0.70 (P 0.95),
  // fourteenth 0.75 -> 0.79; precision unchanged.
  { name: 'fifteenth', clauses: FIFTEENTH, types: FIFTEENTH_TYPES, floor: { precision: 0.9, recall: 0.65 } },
  // The sixteenth batch (SIXTEENTH_TYPES: the seven types batches 10-15 recalled least; written by tag16 before the
  // condition- and comparison-frame round and before reading those types' cues, in Australian and UK commercial drafting,
  // US investment-bank and fund documents, Japanese and German contracts in translation, consumer-tech terms; 40 clauses,
  // 18 near misses): micro P 0.87, R 0.50 (20 tp, 3 fp, 20 fn) before the round; after it (the condition and comparison
  // frames, 2d1c246, and the cues of fd48bb9) P 0.90, R 0.68 (27 tp, 3 fp, 13 fn): most-favored 1/7 -> 5/7, change-of-control
  // 2/6 -> 5/6, the other five types unchanged (exclusivity 6/7, volume 4/5, third-party-beneficiary 2/5, covenant-not-to-sue
  // 3/5, assignment 2/5) and the same three false positives. Measured twice after the round began (once mid-round, R 0.68
  // then too), its misses never used to change a cue: not fitted.
  // The same round, the unfitted batches: tenth R 0.60 -> 0.72, twelfth 0.44 -> 0.59, thirteenth 0.70 -> 0.78, fourteenth
  // 0.79 -> 0.92; the fifteenth (whose misses the round read) 0.73 -> 0.90; precision 1.00 on all five.
  { name: 'sixteenth', clauses: SIXTEENTH, types: SIXTEENTH_TYPES, floor: { precision: 0.85, recall: 0.6 } },
  // The seventeenth batch (SEVENTEENTH_TYPES: the six types batches 10-16 recalled least, pooled; written by tag17 before
  // reading their cues, in Indian and Singaporean drafting, Scandinavian English, US government contracts, a term sheet's
  // shorthand, Canadian bilingual-style English; 34 clauses and 16 near misses): micro P 0.78, R 0.53 (18 tp, 5 fp, 16 fn)
  // before the seventeenth session's round, which works from the sixteenth batch's named misses, not from these.
  // Batches 10-16 at the same point: tenth R 0.72, twelfth 0.59, thirteenth 0.78, fourteenth 0.92, fifteenth 0.90 (P 1.00
  // on all five), sixteenth P 0.90, R 0.68. After the round (4e659bf, 160ca76; measured once, not fitted): micro P 0.78,
  // R 0.53 (18 tp, 5 fp, 16 fn), clause for clause as before: the round's general forms (a nullity action, a side-letter
  // election, becoming the beneficial owner, 'no greater than', 'only you may sell', a conditional lead-in, a long aside)
  // carried to none of this writer's wordings ('procure the Services solely from', 'the sole right to resell', a no-shop,
  // 'capped at 2,000 API calls', 'at most 25 simultaneous users', 'shall run to the Government', 'part with ... the
  // benefit hereof'). The other batches after it: tenth R 0.80, twelfth 0.62, thirteenth 0.81, fourteenth 0.96,
  // fifteenth 0.95 (its list item named), sixteenth P 1.00, R 0.80 (its named misses and false tags read); P 1.00 on all.
  // The eighteenth session's first round (tag18) worked from this batch's misses and false tags read as classes (a time or
  // consent adjunct between the restraint and its act, a role taken up, a business named by its trade, exclusive dealing
  // and a no-shop as frames, a count capped at a figure, a non-party enforcing as if a party, a person assigned to a role):
  // P 0.94, R 0.91 (31 tp, 2 fp, 3 fn), in-sample since; left: two freedom-to-compete clauses tagged non-compete, the
  // no-poach shorthand, a licence 'to any other person' whose province lies past the object's reach, 'shall run to the Government'.
  { name: 'seventeenth', clauses: SEVENTEENTH, types: SEVENTEENTH_TYPES, floor: { precision: 0.85, recall: 0.8 } },
  // The eighteenth batch (EIGHTEENTH_TYPES: the seven types batches 10-17 recalled least; written by tag18 before reading
  // their cues, the word classes or the frames, in Irish and Scottish drafting, Nigerian and Kenyan commercial English, Hong
  // Kong, Israeli startup counsel, South African, New Zealand and US state procurement wording; 36 clauses and 17 near
  // misses): micro P 0.93, R 0.39 (14 tp, 1 fp, 22 fn) before the eighteenth session's round: non-compete 0/5 (no wording
  // of 'compete' but 'in competition with', which missed too), third-party beneficiary 1/6, exclusivity 2/6, assignment
  // 2/5, volume 2/5, covenant-not-to-sue 3/5, non-solicit 4/4; the false tag non-compete on a concerted-practice clause.
  // Batches 10-17 at the same point: tenth R 0.80, twelfth 0.62, thirteenth 0.81, fourteenth 0.96, fifteenth 0.95 (P 1.00
  // on all five), sixteenth P 1.00, R 0.80, seventeenth P 0.78, R 0.53. After the session's round (4e2e9cc, e04629b: the
  // seventeenth batch's misses read as classes; measured once after, and once mid-round with the rest of the report, its
  // misses not read until after): micro P 0.95, R 0.50 (18 tp, 1 fp, 18 fn): non-compete 0/5 -> 3/5 (the time adjunct,
  // the role taken up, the business named by its trade), exclusivity 2/6 -> 3/6 (no like services from any other vendor),
  // the other five types unchanged (third-party beneficiary 1/6, assignment 2/5, volume 2/5, covenant-not-to-sue 3/5,
  // non-solicit 4/4), the same false tag. Not fitted.
  { name: 'eighteenth', clauses: EIGHTEENTH, types: EIGHTEENTH_TYPES, floor: { precision: 0.9, recall: 0.75 } },
  // The nineteenth batch (NINETEENTH_TYPES: the five types the unfitted batches 10-18 recalled least, pooled, with
  // covenant-not-to-sue, non-solicit and change of control; written by tag19 before reading any cue, word class or frame,
  // in Canadian federal procurement, Philippine, Malaysian and Maltese drafting, Welsh public-sector wording, a Delaware
  // LLC agreement, a German company's in-house English and a plain-language consumer licence; 45 clauses and 20 near
  // misses): micro P 0.92, R 0.50 (22 tp, 2 fp, 22 fn) before the nineteenth session's round: third-party beneficiary
  // 1/8, anti-assignment 3/6, non-compete 4/6, exclusivity 5/6, volume 3/6, covenant-not-to-sue 3/5, non-solicit 2/3,
  // change of control 1/4; false: 'assign a new task authorization number' (assignment), 'must not solicit or accept any
  // gift' (non-solicit). Batches 10-18 at the same point: tenth R 0.80, twelfth 0.65, thirteenth 0.81, fourteenth 0.96,
  // fifteenth 0.95, sixteenth 0.80, seventeenth 0.91 (P 1.00 on all seven), eighteenth P 0.95, R 0.50.
  // The nineteenth session's round (tag19: the eighteenth and nineteenth batches' misses read as classes: a permission
  // denied, a place, a figure and a capacity aside between a restraint and its act, a transfer noun after a light verb, the
  // object read on past a coordination; the civil law's stipulation for another and the third-party statutes by any name, a
  // provision enforced directly against a party; a release and a suit restrained; a majority acquired; an award of another
  // concession, no other channel; rights conveyed or encumbered, an agreement personal to its holder; counts after a denied
  // verb; near misses for competition law, forum clauses, gifts solicited, numbers assigned): P 1.00, R 0.91 (40 tp, 0 fp,
  // 4 fn) after, so in-sample since (its misses were read: the honest figure is the one before, R 0.50); the eighteenth
  // P 0.95, R 0.50 -> P 1.00, R 0.86 (in-sample). The batches no one read for it: thirteenth R 0.81 -> 0.85, sixteenth
  // 0.80 -> 0.85, tenth 0.80, twelfth 0.65, fourteenth 0.96, fifteenth 0.95, seventeenth 0.91 unchanged; P 1.00 on all.
  // Left: the consumer's suppliers who 'can rely on' the limits, 'the benefit of Clause 12 shall extend to and be enforceable
  // by', a Sale of the Company defined by beneficial ownership of Units, 'another company buys us' (change of control's
  // threshold 0.8 needs what the change triggers).
  { name: 'nineteenth', clauses: NINETEENTH, types: NINETEENTH_TYPES, floor: { precision: 0.9, recall: 0.8 } },
  // The twentieth batch (TWENTIETH_TYPES: the types the unfitted batches 10-19 recalled least before their rounds, weighted
  // to third-party beneficiary, change of control, anti-assignment and most-favoured; written by tag20 before reading any
  // cue, word class or frame, in a Swiss and an Austrian company's English, US federal contracts with FAR/DFARS/GSAR
  // flow-downs, a Hong Kong bank's vendor terms, an open-source foundation's contributor agreement, a software reseller's
  // click-through, Dutch, Nigerian and Kenyan drafting; 45 clauses and 20 near misses): micro P 0.91, R 0.73 (32 tp, 3 fp,
  // 12 fn) before the twentieth session's round: third-party beneficiary 3/8, change of control 5/7, anti-assignment 7/7,
  // most-favoured 4/5, volume 3/4, covenant-not-to-sue 4/4, exclusivity 2/3, non-compete 1/3, minimum commitment 3/3;
  // false: most-favoured on terms 'no less favourable than' the vendor's own tender and on a tier's 'lower wholesale price
  // than other resellers', non-compete on a change of control to 'a company that competes with us'. Batches 10-19 at the
  // same point: tenth R 0.80, twelfth 0.65, thirteenth 0.85, fourteenth 0.96, fifteenth 0.95, sixteenth 0.85, seventeenth
  // 0.91, eighteenth 0.86, nineteenth 0.91 (P 1.00 on all).
  // The twentieth session's round (tag20: this batch's misses read as classes: the civil law's contract in favour of a third
  // party by its name, the common law's agent-and-trustee device, a provision invoked or relied on against a party by those it
  // benefits (word-classes.ts @enforce), the provision running to others or meant to protect them; the party merged or
  // amalgamated with another or a rival in a condition (a second condition frame); a place in a restraint's object not
  // using up its reach (frames.ts PLACE_SLACK), a role doing similar functions; one supplier's goods only, the others' shut
  // out; a ceiling on how many at once; an MFN standard that is the party's own tender, 'any other' before a thing (frames.ts
  // THINGS); a takeover by a rival no restraint): P 0.98, R 0.98 (43 tp, 1 fp, 1 fn) after, in-sample since (its misses were
  // read: the honest figure is the one before, R 0.73). Left: the GSAR price-reductions clause (a 'tracking customer'), a
  // Gold tier's 'lower wholesale price than other resellers' (most-favoured, false). Batches 10-19, which no one read for
  // the round, unchanged clause for clause: tenth R 0.80, twelfth 0.65, thirteenth 0.85, fourteenth 0.96, fifteenth 0.95,
  // sixteenth 0.85, seventeenth 0.91, eighteenth 0.86, nineteenth 0.91, P 1.00 on all: the round's forms carried to none of
  // their remaining misses.
  { name: 'twentieth', clauses: TWENTIETH, types: TWENTIETH_TYPES, floor: { precision: 0.9, recall: 0.9 } },
  // The twenty-first batch (TWENTY_FIRST_TYPES: the types the unfitted batches 10-20 recalled least before their rounds,
  // weighted to third-party beneficiary, non-compete, change of control, volume, exclusivity and most-favoured; written by
  // tag21 before reading any cue, word class or frame, in English and UK commercial drafting, Australian, Indian and
  // Singaporean contracts, US legalese and plain-language terms, French, Italian, Brazilian, Mexican and Japanese contracts
  // in translation; 49 clauses and 23 near misses): micro P 0.94, R 0.63 (31 tp, 2 fp, 18 fn) before the twenty-first
  // session's round: third-party beneficiary 5/8, non-compete 6/7, change of control 2/7, volume 5/6, exclusivity 4/6,
  // most-favoured 3/5, anti-assignment 1/4, covenant-not-to-sue 2/3, non-solicit 3/3; false: non-solicit on an employee's
  // restraint from being 'employed by ... any Competitor', non-compete on 'Nothing ... shall prevent Licensor from ...
  // selling products that compete'. Batches 10-20 at the same point: tenth R 0.80, twelfth 0.65, thirteenth 0.85,
  // fourteenth 0.96, fifteenth 0.95, sixteenth 0.85, seventeenth 0.91, eighteenth 0.86, nineteenth 0.91 (P 1.00 on all),
  // twentieth P 0.98, R 0.98.
  // The twenty-first session's round (tag21: this batch's misses read as forms: the concession 'though not parties' (the cue
  // had read 'even though|although|...' as two words), the benefit claimed or enjoyed, the civil law's stipulation by its verb,
  // the right a third person acquires, the benefit accepted by an intention to enjoy it; a change's triggers (default,
  // withdraw, cease, lapse), a change or transfer as the subject (frames.ts OPENER), a merger or an acquisition by its noun or
  // participle, the party bought in the first or second person, things bought no change; intuitu personae, 'otherwise deal
  // with its rights'; the sole role after a possessive, appointing by signing up; a commission or share compared, a later
  // licence's terms elected; a permission per period; claims given up; employed by a rival no luring): P 0.98, R 0.96 (47 tp,
  // 1 fp, 2 fn) after, in-sample since (its misses were read: the honest figure is the one before, R 0.63). Left: 'a product
  // that does what the Platform does' (non-compete), 'You can't pass this account on to someone else' (assignment), the
  // freedom to sell competing products tagged non-compete. Batches 10-20, which no one read for the round: nineteenth R 0.91
  // -> 0.93 ('If another company buys us'), the others unchanged clause for clause, P 1.00 on all (twentieth P 0.98).
  { name: 'twenty-first', clauses: TWENTY_FIRST, types: TWENTY_FIRST_TYPES, floor: { precision: 0.9, recall: 0.9 } },
  // The twenty-second batch (TWENTY_SECOND_TYPES: the types the unfitted batches 18-21 recalled least before their rounds,
  // pooled, weighted to third-party beneficiary, change of control, non-compete and anti-assignment, with price restriction
  // and minimum commitment; written by tag22 before reading any cue, word class or frame or running the tagger on it, in
  // Irish, New Zealand, South African, Hong Kong and Canadian drafting, US legalese and plain-language terms, German,
  // Spanish, Korean and Chinese contracts in translation; 54 clauses and 22 near misses): micro P 0.91, R 0.60 (32 tp,
  // 3 fp, 21 fn) before the twenty-second session's round: third-party beneficiary 3/8, change of control 4/8, non-compete
  // 4/7, anti-assignment 5/7, exclusivity 4/5, volume 4/5, most-favoured 2/4, covenant-not-to-sue 2/3, price restriction
  // 3/3, minimum commitment 1/3; false: non-compete on the freedom to develop products 'that compete with its own',
  // volume on orders 'for more than 5,000 units' delivered in instalments and on an option to order 'up to 1,000
  // additional Licenses'. Batches 10-21 at the same point: tenth R 0.80, twelfth 0.65, thirteenth 0.85, fourteenth 0.96,
  // fifteenth 0.95, sixteenth 0.85, seventeenth 0.91, eighteenth 0.86, nineteenth 0.93 (P 1.00 on all), twentieth P 0.98,
  // R 0.98, twenty-first P 0.98, R 0.96.
  // The twenty-second session's round (tag22: this batch's misses read as forms: the statutes' test, a promise intended to
  // confer a benefit; the civil codes' third person demanding or requesting performance directly, obligations also owed or
  // applied for others' benefit, 'not parties' without the article; ceasing to be controlled or owned, the largest shareholder
  // changed, a holding of the capital kept, the first person bought in the passive, and 'per cent.' no sentence end (cues.ts);
  // the passive's complement read past a capacity aside, a restraint measured by distance whatever the place, the freedom to
  // compete no restraint; the recipient before the object (frames.ts RECIPIENT), plain English handing the agreement on; the
  // only operator permitted by someone; a claim raised; whatever is granted any other passed on, charging another less; a
  // figure after its currency's code (#num); a harvest or catch as a quantity, orders of a size and an option to buy more no
  // cap): P 1.00, R 0.94 (50 tp, 0 fp, 3 fn) after, in-sample since (its misses were read: the honest figure is the one
  // before, R 0.60). Left: a hosting provider who 'can also hold you to' the rules (third-party beneficiary), services
  // provided 'other than through the Company' (non-compete), 'book at least 40 training days a year' (minimum commitment).
  // Batches 10-21, which no one read for the round: twelfth R 0.65 -> 0.68 ('a business that does what we do'), sixteenth
  // 0.85 -> 0.90 (the Japanese 'transfer to a third party ... its contractual status', the consumer's 'can't transfer'),
  // eighteenth 0.86 -> 0.92 ('the only person authorised by the County Government to collect', 'You can't pass this
  // agreement on'), twenty-first P 0.98, R 0.96 -> P 1.00, R 1.00 (the task's leftovers: the freedom to sell competing
  // products, 'does what the Platform does', 'pass this account on'); the others unchanged clause for clause, P 1.00 on all.
  // Then two leftovers (frames.ts): a place that begins just past the object's reach (PLACE_LEAD), seventeenth R 0.91 -> 0.94
  // ('in the Province of British Columbia'); a class described by a bare plural and its relative clause compares no party
  // (CLASS_SUBJECT), twentieth P 0.98 -> 1.00 ('Resellers who reach Gold tier pay a lower wholesale price'); the rest unchanged.
  { name: 'twenty-second', clauses: TWENTY_SECOND, types: TWENTY_SECOND_TYPES, floor: { precision: 0.9, recall: 0.9 } },
  // The twenty-third batch (TWENTY_THIRD_TYPES: the types the unfitted batches 18-22 recalled least before their rounds,
  // pooled, weighted to third-party beneficiary, change of control, non-compete and anti-assignment; written by tag23 before
  // reading any cue, word class or frame or running the tagger on it, in Israeli, Nigerian, Kenyan, Malaysian, Philippine,
  // Scandinavian and Polish drafting in English, Japanese and Italian contracts in translation, statutory-style numbered
  // paragraphs, purchase-order terms and plain-English consumer terms; 53 clauses and 21 near misses): micro P 0.84, R 0.49
  // (26 tp, 5 fp, 27 fn) before the twenty-third session's round: third-party beneficiary 1/8, change of control 3/8,
  // non-compete 3/7, anti-assignment 4/7, most-favoured 4/5, exclusivity 3/5, volume 4/5, minimum commitment 2/4,
  // covenant-not-to-sue 2/4; false: non-compete on products kept 'separate from competing products', assignment on tasks
  // assigned to a consultant, volume on an option to increase the quantity ordered, minimum commitment on 'not obliged to
  // purchase any minimum volume' and on a minimum order quantity. Batches 10-22 at the same point: tenth R 0.80, twelfth
  // 0.68, thirteenth 0.85, fourteenth 0.96, fifteenth 0.95, sixteenth 0.90, seventeenth 0.94, eighteenth 0.92, nineteenth
  // 0.93, twentieth 0.98, twenty-first 1.00, twenty-second 0.94, P 1.00 on all.
  // One label corrected after that measurement: the minimum order quantity per delivery was written as a near miss, but
  // CUAD's Minimum Commitment, which the type maps, asks for 'a minimum order size' too: it may carry the type (the figure
  // before, so counted: P 0.87, R 0.49, 4 fp).
  // The twenty-third session's round (tag23: this batch's misses read as forms: the benefit conferred in the passive, a right
  // sued on or recovered in the outsider's own name or names, privity set aside or no contractual relationship no bar, a
  // party's obligation invoked directly by or also exercised by others, a warranty extending to others each of whom may rely
  // on it; the change's verb after an aside in brackets or a statute's reference (frames.ts AFTER_ASIDE), a decisive or
  // dominant influence acquired, a change in the partners and a majority of the votes held, another company taking over the
  // named party and the agreement passing to the new owner; the prohibited act's gerund (@operate); goods kept apart from
  // competing goods no restraint; a negated subject after a run-in heading in brackets (frames.ts NEGATED_SUBJECT), a pass
  // 'for you only' that can't be transferred, a purchase order's 'this Order' delegated, further tasks assigned no
  // transfer; a minimum purchase denied, a minimum of a figure bought or taken off every period; no rights under the patents
  // exercised against the other side, coming after someone for it; supplying no one else in a named region): P 0.98, R 0.83
  // (44 tp, 1 fp, 9 fn) after, in-sample since (its misses were read: the honest figure is the one before, R 0.49):
  // third-party beneficiary 7/8, change of control 7/8, non-compete 4/7, anti-assignment 7/7, covenant-not-to-sue 4/4,
  // exclusivity 4/5, minimum commitment 3/4, most-favoured and volume unchanged. Left: a household's members who 'can also make a claim under this
  // guarantee', 'Any change in the partners ... holding jointly more than half of the votes' (0.78 against 0.8), an agent
  // that may not 'represent any manufacturer ... other than the Principal', 'carry on the business of a palm oil mill',
  // 'can't run your own delivery app' (non-compete's required words), a price promise, the entire output of a line
  // reserved, a quantity 'limited to the quantity separately agreed', a discount that depends on spending; false: volume on
  // an option to increase an order 'by up to ten per cent'. Batches 10-22, which no one read for the round: nineteenth R
  // 0.93 -> 0.95 ('Notwithstanding any rule of privity of contract, the benefit of Clause 12 shall extend to'), the others
  // unchanged clause for clause, P 1.00 on all.
  { name: 'twenty-third', clauses: TWENTY_THIRD, types: TWENTY_THIRD_TYPES, floor: { precision: 0.9, recall: 0.75 } },
  // The twenty-fourth batch (TWENTY_FOURTH_TYPES, the twenty-third batch's nine types; written by tag24 before reading any
  // cue, word class or frame or running the tagger on it, in South African, Indian, Singaporean, Hong Kong and Canadian
  // drafting, Quebec, German and Korean contracts in translation, US government contracts and subcontracts, click-through
  // SaaS terms and US franchise agreements; 53 clauses and 21 near misses): micro P 0.90, R 0.72 (38 tp, 4 fp, 15 fn)
  // before the twenty-fourth session's round: third-party beneficiary 3/9, change of control 7/9, non-compete 6/7,
  // anti-assignment 8/8, most-favoured 1/4, exclusivity 3/4, volume 3/4, minimum commitment 3/4, covenant-not-to-sue 4/4;
  // false: non-compete on benchmarking against 'competing products', assignment on an employee assigned to an office,
  // volume on cartons 'of no more than 24 units', third-party beneficiary on a licensee 'entitled to the benefit of such
  // lower royalty' (a most-favoured clause). Batches 10-23 at the same point: tenth R 0.80, twelfth 0.68, thirteenth 0.85,
  // fourteenth 0.96, fifteenth 0.95, sixteenth 0.90, seventeenth 0.94, eighteenth 0.92, nineteenth 0.95, twentieth 0.98,
  // twenty-first 1.00, twenty-second 0.94 (P 1.00 on all), twenty-third P 0.98, R 0.83.
  // The twenty-fourth session's round (tag24: this batch's misses read as forms: the concession 'though not signatories', the
  // civil law's stipulation in the active, the German 'protective effect for third parties', enforcing as if one had signed
  // or as though a party beside the obligations enforced, a benefit taken with a modal beside the performance required of a
  // party (directly too), protections that also cover others; a most-favoured licensee's 'benefit of such lower royalty' and
  // others bound 'as if they were parties' no third-party right; a bracketed or a 'directly or indirectly' aside before the
  // change's word no distance (frames.ts bracketsBefore), the share capital the change's object, a novation and Quebec's
  // 'resiliate' what a change triggers; using the licensed service to build a rival; comparing with competing products no
  // restraint; a person posted to an office no transfer; dealing in nothing of the kind 'other than' the named goods; a
  // ceiling by reference to a quantity stated elsewhere, a package's size no ceiling; the terms before a comparative of
  // quality and a comparative whose complement is the others (frames.ts TERMS_BEFORE, OTHERS_NEXT), the federal
  // price-reductions clause's price relationship; a commitment's object before its floor): P 1.00, R 1.00 (53 tp, 0 fp,
  // 0 fn) after, in-sample since (its misses were read: the honest figure is the one before, R 0.72). Batches 10-23, which
  // no one read for the round: tenth R 0.80 -> 0.84 ('may enforce the indemnity in clause 15 as if it were a party'),
  // twenty-third 0.83 -> 0.85 (the leftover 'limited to the quantity separately agreed upon'), the others unchanged clause
  // for clause, P 1.00 on all (twenty-third P 0.98). CUAD dev: every clause's tags unchanged (macro-F1 0.890), the CLI's
  // findings the same as the start's (only tag confidences and cues in the JSON differ).
  // Then the twenty-third batch's leftovers (tag24, as forms): a partnership's partners as a change's object, a trade named
  // as 'the business of a ...' as a restraint's context, selling 'for less' as the price compared, an output contract and
  // making for no other customer, 'up to ten per cent' no count; and a notice's lead time ('at least 48 hours before') no
  // floor: twenty-third P 0.98, R 0.85 -> P 1.00, R 0.92; then an agent barred from representing other makers: R 0.94 (left:
  // a household's members who 'can also make a claim', 'can't run your own delivery app', a discount that depends on spending);
  // the others unchanged clause for clause. CUAD dev: the CLI's findings unchanged; eight documents lose a support-level
  // minimum-commitment tag on a notice's lead time ('shall notify ... at least ten (10) days'), none of them a commitment.
  { name: 'twenty-fourth', clauses: TWENTY_FOURTH, types: TWENTY_FOURTH_TYPES, floor: { precision: 0.9, recall: 0.9 } },
  // The twenty-fifth batch (TWENTY_FIFTH_TYPES, the same nine types; written by tag25 before reading any cue, word class or
  // frame or running the tagger on it, in Nordic and Dutch contracts in translation, Israeli, Nigerian and Kenyan drafting,
  // Australian state government contracts, UK public-sector call-off terms, Japanese contracts in translation, open-source
  // foundation agreements, marketplace seller terms, OEM supply, clinical trial agreements and reseller and white-label
  // terms; 53 clauses and 19 near misses): micro P 0.93, R 0.74 (39 tp, 3 fp, 14 fn) before the twenty-fifth session's
  // round: third-party beneficiary 4/9, change of control 5/7, non-compete 3/7, anti-assignment 4/5, most-favoured 5/5,
  // exclusivity 3/5, volume 5/5, minimum commitment 6/6, covenant-not-to-sue 4/4; false: volume on a founder's restraint
  // that spares 'holdings of up to 2%' and on study drug 'sufficient for up to 15 subjects', most-favoured on terms 'no less
  // favorable than those required by' a statute. Batches 10-24 at the same point: tenth R 0.84, twelfth 0.68, thirteenth
  // 0.85, fourteenth 0.96, fifteenth 0.95, sixteenth 0.90, seventeenth 0.94, eighteenth 0.92, nineteenth 0.95, twentieth
  // 0.98, twenty-first 1.00, twenty-second 0.94, twenty-third 0.94, twenty-fourth 1.00, P 1.00 on all.
  // The twenty-fifth session's round (tag25: this batch's misses read as forms: obligations owed to others with the verb first,
  // given for others' benefit beside an independent right or claim, a party contracting for itself and as agent (no trustee)
  // for others, the Dutch 'third-party clause' by its name, someone holding the party to the terms as well or directly beside
  // the terms they never agreed to, anyone besides the party who may also claim; the votes as a change's object in a condition,
  // the party named by its role and acquired with a consequence in a modal; supplying no one but the party named by its role,
  // engaging or using no one but it; being active in a field or sector restrained, a restraint in the same city or town; an
  // account or a membership personal to its holder; a holding's size and a supply 'sufficient for up to' a number no ceiling;
  // a standard that the law sets no comparison): P 1.00, R 0.94 (50 tp, 0 fp, 3 fn) after, in-sample since (its misses were
  // read: the honest figure is the one before, R 0.74). Left: 'trade in agricultural inputs within Nakuru, Kericho or Bomet
  // counties', an investigator barred from another trial 'for the same indication', 'conduct or be involved in any ferry ...
  // service on Sydney Harbour other than the Services' (non-compete's required words). Batches 10-24, which no one read for the
  // round: twenty-third R 0.94 -> 0.98 (its leftovers: the household members who 'can also make a claim', 'can't run your own
  // delivery app in the same city'), the others unchanged clause for clause, P 1.00 on all. CUAD dev: every clause's tags
  // unchanged (macro-F1 0.890), the CLI's findings byte-identical to the start's.
  { name: 'twenty-fifth', clauses: TWENTY_FIFTH, types: TWENTY_FIFTH_TYPES, floor: { precision: 0.9, recall: 0.7 } },
  // The twenty-sixth batch (TWENTY_SIXTH_TYPES, the same nine types; written by tag26 before reading any cue, word class or
  // frame or running the tagger on it, from origins the earlier batches used least: Gulf (UAE, Saudi) and Czech contracts
  // in translation, Quebec and Mexican contracts in translation, South African and Hong Kong drafting, US state procurement,
  // franchise disclosure documents, app-store developer terms, SaaS data processing addenda, construction subcontracts,
  // film and music licences and sponsorship agreements; 51 clauses and 19 near misses): micro P 0.93, R 0.55 (28 tp, 2 fp,
  // 23 fn) before the twenty-sixth session's round: third-party beneficiary 4/10, change of control 4/7, non-compete 3/7,
  // anti-assignment 3/5, most-favoured 4/5, exclusivity 2/5, volume 3/4, minimum commitment 2/4, covenant-not-to-sue 3/4;
  // false: non-compete on a duty to comply with the Competition Act and not to engage in collusive tendering, minimum
  // commitment on orders placed 'at least fourteen calendar days before' delivery. Batches 10-25 at the same point: tenth
  // R 0.84, twelfth 0.68, thirteenth 0.85, fourteenth 0.96, fifteenth 0.95, sixteenth 0.90, seventeenth 0.94, eighteenth
  // 0.92, nineteenth 0.95, twentieth 0.98, twenty-first 1.00, twenty-second 0.94, twenty-third 0.98, twenty-fourth 1.00,
  // twenty-fifth 0.94, P 1.00 on all.
  // The twenty-sixth session's round (tag26: this batch's misses read as forms: rights exercised or an action brought in the
  // outsider's own name, 'his or her' too, a person entitled to receive a payment directly from a party, the benefit given
  // with 'as well' after its beneficiary, who may demand, require or claim what is stipulated (its fulfilment or execution),
  // someone treated as having signed, the data subject invoking the clauses; the person controlling a party changed, rights
  // reverting as what a change triggers, the party named as an organisation or a business acquired; all bought from the
  // supplier alone, services rendered to no one else, the only one in a category permitted to advertise; the Subcontract as
  // the agreement sublet, an account passed to another user; a minimum bought from the seller named between, royalties for a
  // period no less than a figure, 'US$' and spelt figures to twenty and the tens as figures (cues.ts); a work's exhibitions
  // counted; all claims waived against the other side and not pursued; competition law's wrongs (collusive tendering, bid
  // rigging) no restraint; a control that is a function ('quality control') no change of control): P 1.00, R 0.90 (46 tp,
  // 0 fp, 5 fn) after; then a capacity aside listing capacities between its own commas before a restraint's object (frames.ts
  // OBJECT_LEAD: 'be interested or engaged, whether as proprietor, partner, ..., consultant or financier, in any business which
  // sells'): R 0.92 (47 tp, 0 fp, 4 fn), in-sample since (its misses were read: the honest figure is the one before, R 0.55).
  // Left: three non-competes ('gainful activity ... of a competitive nature', 'engage ... in the manufacture or sale of
  // tortilla-making machinery in the States of Jalisco', 'build an alternative app store') and the sponsor's hospitality-pass
  // parity (most-favoured). The twenty-third batch's spend-based discount relabelled a near miss (heldout-clauses.ts says why):
  // twenty-third R 0.98 -> 1.00. Then days or hours bought by the period a quantity, not a duration (batch 22's leftover 'book
  // at least 40 training days a year with us'): twenty-second R 0.94 -> 0.96, the others unchanged clause for clause. Batches 10-25, which no one read for the round, unchanged clause for clause,
  // P 1.00 on all. CUAD dev: macro-F1 0.890, every type's P/R unchanged (minimum commitment span recall 0.781 -> 0.789); the
  // CLI's findings identical to the start's; three support-level minimum-commitment tags differ (two control thresholds
  // and a market-halt condition lose one, a display share 'at least fifty percent (50%) of the time' gains one).
  { name: 'twenty-sixth', clauses: TWENTY_SIXTH, types: TWENTY_SIXTH_TYPES, floor: { precision: 0.9, recall: 0.5 } },
  // The twenty-seventh batch (TWENTY_SEVENTH_TYPES: the nine types with non-solicit and price restriction; written by tag27
  // before reading any cue, word class or frame or running the tagger on it, from Nigerian, Kenyan and Philippine drafting,
  // Brazilian, Argentine, Polish and Dutch contracts in translation, Scottish, Irish and New Zealand drafting, and SaaS
  // reseller, clinical trial, white-label, EPC, outsourcing, university spin-out, patent pool and SEP licences, franchise,
  // distribution and agency agreements; 57 clauses and 18 near misses): micro P 0.96, R 0.64 (25 tp, 1 fp, 14 fn) before
  // the twenty-seventh session's round: third-party beneficiary 4/5, change of control 4/5, non-compete 1/5, exclusivity
  // 2/5, most-favoured 3/4, minimum commitment 3/4, covenant-not-to-sue 2/4, volume 1/2, anti-assignment 2/2, non-solicit
  // 2/2, price restriction 1/1; false: exclusivity on a change of control that turns an exclusive licence non-exclusive.
  // Batches 10-26 at the same point: tenth R 0.84, twelfth 0.68, thirteenth 0.85, fourteenth 0.96, fifteenth 0.95,
  // sixteenth 0.90, seventeenth 0.94, eighteenth 0.92, nineteenth 0.95, twentieth 0.98, twenty-first 1.00, twenty-second
  // 0.96, twenty-third 1.00, twenty-fourth 1.00, twenty-fifth 0.94, twenty-sixth 0.92, P 1.00 on all.
  // The twenty-seventh session's round (tag27: this batch's misses read as forms: 'in any way' before an aside (frames.ts
  // ANY_WAY), a business named as an establishment and its trade as what it is 'dedicated to' or 'engaged in', reselling a
  // rival's goods; the one role in the first person and the emphatic pair ('our one and only reseller'), no other contractor
  // engaged, sales routed only through the party's role; a licence converted as what a change of control triggers; the
  // take-or-pay at length ('pay for if not taken'); the owner's promise not to enforce its patents against the other side,
  // plain English's 'come after us for anything'; people enrolled counted; a better deal allowed others only if this party
  // gets the same): P 0.97, R 0.92 (36 tp, 1 fp, 3 fn) after, in-sample since (the honest figure is the one before, R 0.64).
  // Left: a plain-English outsider who 'can hold you to' the rules 'just as we can' (third-party beneficiary), an
  // investigator barred from trials 'sponsored by anyone other than the Sponsor' (non-compete), a discount above Annex 2's
  // allowed others 'unless it offers the same discount to the Reseller' (most-favoured: the schedule-standard negative
  // scales it); false: the spin-out's exclusivity (see heldout-clauses.ts). Batches 10-26, not read for the round: twelfth
  // R 0.68 -> 0.71 ('We'll be your only supplier of coffee beans'), thirteenth 0.85 -> 0.89 ('the sole and only authorized
  // distributor'), the others clause for clause unchanged, P 1.00 on all. CUAD dev: every clause's tags identical to the
  // start's (macro-F1 0.890), the CLI's findings identical (3,692). Then the spin-out's exclusivity relabelled (may: it turns
  // an exclusive licence non-exclusive, the spec's meaning), an outsider who 'can hold you to' the rules 'just as we can'
  // (third-party beneficiary) and the rivalry said as an activity's nature ('of a competitive nature', batch 26's Czech
  // leftover): P 1.00, R 0.95 (37 tp, 0 fp, 2 fn); twenty-second R 0.96 -> 0.98 (its leftover 'Our hosting provider can also
  // hold you to the acceptable use rules in section 4, just as we can'), twenty-sixth 0.92 -> 0.94, the others unchanged
  // clause for clause; CUAD dev every clause's tags unchanged.
  { name: 'twenty-seventh', clauses: TWENTY_SEVENTH, types: TWENTY_SEVENTH_TYPES, floor: { precision: 0.9, recall: 0.6 } },
  // The twenty-eighth batch (TWENTY_EIGHTH_TYPES: the eleven types of the twenty-seventh batch and first refusal; written by
  // tag28 before reading any cue, word class or frame or running the tagger on it, from telecom access and interconnection,
  // biotech licences, automotive supply, open-source-adjacent terms, Nordic contracts in translation, Indian, Singaporean
  // and Canadian drafting, US long-form beside plain English and very short clauses, misleading headings; 65 clauses and 17
  // near misses): micro P 0.85, R 0.60 (28 tp, 5 fp, 19 fn) before the twenty-eighth session's round: third-party
  // beneficiary 4/6, change of control 1/5, non-compete 3/7, anti-assignment 2/3, most-favoured 2/3, exclusivity 2/4,
  // volume 2/3, minimum commitment 4/4, covenant-not-to-sue 4/4, non-solicit 2/2, price restriction 2/2, first refusal 0/4;
  // false: non-compete on a licence that permits competing products and on a duty to comply with the Competition Act,
  // exclusivity on an 'exclusive right to control the defense', most-favoured on a 'Most Favoured Customer' heading over a
  // key-account clause, volume on a consignment's maximum vehicle weight. Batches 10-27 at the same point: tenth R 0.84,
  // twelfth 0.71, thirteenth 0.89, fourteenth 0.96, fifteenth 0.95, sixteenth 0.90, seventeenth 0.94, eighteenth 0.92,
  // nineteenth 0.95, twentieth 0.98, twenty-first 1.00, twenty-second 0.98, twenty-third 1.00, twenty-fourth 1.00,
  // twenty-fifth 0.94, twenty-sixth 0.94, twenty-seventh 0.95, P 1.00 on all.
  // The twenty-eighth session's round (tag28: this batch's misses and the leftovers of batches 18-27 read as forms, each
  // tested in other wordings in twenty-eighth-round.test.ts): first refusal by pre-emption's name, a sale 'without first
  // offering' it, an exclusive negotiation 'before approaching' others, plain English's 'chance to buy'; ceasing to be
  // controlled with the notice it calls for, coming or falling under a decisive influence, passing 'into the hands of'
  // another, plain English's 'buys you out'; a claim made directly 'without the involvement of' the party between, an
  // outsider who 'can rely on' a provision 'too'; the capacity aside of a restraint ('either by itself or through', 'on its
  // own account or for any other', 'whether alone or jointly with') beside a trade verb and any of a kind, goods 'other than
  // the Licensed Products', acting as an investigator or agent for any other or for work 'sponsored by anyone other than'
  // the party, engaging 'in the manufacture or sale of' a trade, 'no competing work', an 'alternative' built with what is
  // licensed; the single-source supplier, 'use only you'; a price lowered 'to match' in plain English, others given more
  // only if this party 'is offered the same', rebates among the terms compared, the schedule's standard a negation from its
  // comparative on; a licence transferred beside a frequency 'assigned to it'; a fair-use cap and the throttle past it.
  // Near misses made general: a permission reaching competing products, competition law's 'effect on competition', the
  // 'exclusive right to control the defense', a load's legal maximum weight, shares 'free of preemptive rights': P 0.98,
  // R 1.00 (47 tp, 1 fp, 0 fn) after, in-sample since (its misses were read: the honest figure is the one before, R 0.60).
  // Left: the 'Most Favoured Customer' heading over a key-account clause (a heading that misleads, heading and body both
  // read as most-favoured). Batches 10-27, whose leftovers were read for the round: eighteenth R 0.92 -> 0.94 (the
  // plan's data allowance past which 'speeds drop'), twenty-fifth 0.94 -> 0.98 (the Kenyan trader's 'whether alone or
  // jointly with', the investigator barred from other trials), twenty-sixth 0.94 -> 0.98 (the alternative app store, the
  // sponsor's hospitality-pass parity), twenty-seventh 0.95 -> 1.00 (the investigator 'sponsored by anyone other than',
  // the Kenyan discount 'unless it offers the same discount'), the others clause for clause unchanged, P 1.00 on all.
  // CUAD dev: macro-F1 0.890, every type's document and span figures unchanged; clause tags differ in three documents
  // (non-compete gained on a joint venture's managers barred from serving any other company, exclusivity lost on 'the
  // exclusive right to control the defense', volume lost on two loads' maximum lawful weight); the CLI's findings identical
  // to the start's (3,658).
  { name: 'twenty-eighth', clauses: TWENTY_EIGHTH, types: TWENTY_EIGHTH_TYPES, floor: { precision: 0.97, recall: 1 } },
  // The twenty-ninth batch (TWENTY_NINTH_TYPES: grant-back, defensive termination, sublicensing, field of use, enforcement,
  // dispute resolution, payment terms and market allocation, which no batch had measured unfitted since the eighth, with
  // first refusal, change of control, non-compete and third-party beneficiary; written by tag29 before reading any cue,
  // word class or frame or running the tagger on it, from German, Japanese, Brazilian and French contracts in translation,
  // UK deed style, US long-form, EDGAR hard-wrapped text, term sheets and plain English, headings that mislead; 82 clauses
  // and 22 near misses): micro P 0.92, R 0.59 (35 tp, 3 fp, 24 fn) before the twenty-ninth session's round: grant-back
  // 3/5, defensive termination 2/4, sublicensing 4/5, field of use 2/5, enforcement 3/5, dispute resolution 5/5, payment
  // terms 6/6, market allocation 1/4, first refusal 1/5, change of control 2/5, non-compete 4/5, third-party beneficiary
  // 2/5; false: non-compete on a distributor's duty to report competitors' activities, payment terms on a plain-English
  // invoice disagreement taken to a mediator, dispute resolution on a 'Choice of Law and Forum' heading over a bare
  // governing-law clause. Batches 10-28 at the same point: tenth R 0.84, twelfth 0.71, thirteenth 0.89, fourteenth 0.96,
  // fifteenth 0.95, sixteenth 0.90, seventeenth 0.94, eighteenth 0.94, nineteenth 0.95, twentieth 0.98, twenty-first 1.00,
  // twenty-second 0.98, twenty-third 1.00, twenty-fourth 1.00, twenty-fifth 0.98, twenty-sixth 0.98, twenty-seventh 1.00,
  // twenty-eighth 1.00 (P 0.98), P 1.00 on the others; the eighth (unfitted, the 27 types) P 1.00, R 0.37.
  // The twenty-ninth session's round (tag29: this batch's misses read as forms, each tested in other wordings in
  // twenty-ninth-round.test.ts): first refusal by the offer that comes from outside ('bona fide offer', the same or
  // equivalent terms offered or proposed by the third party, matching the price or conditions), a preferential right to
  // acquire, the grantor's first step with its intended terms, plain English's 'first look'; market allocation by the other
  // side's customers or territory in the possessive, a restraint mirrored with 'likewise', markets 'divided between them';
  // field of use by what is licensed used 'for any other' purpose refused and one use set against another ('only in ...,
  // not in'); change of control by a new majority or controlling holder with what it triggers, a spin-off or demerger with
  // the consent or end it calls for, beneficial ownership acquired ('the acquisition by any Person ... of beneficial
  // ownership', 'voting shares'); third-party rights by the device in the plural ('a contract for the benefit of third
  // parties', denied a negation), named outsiders invoking a provision directly, a claim 'against us ... in the same way you
  // can'; defensive termination by an attack or opposition and by licences lost or forfeited with the suit; enforcement by
  // rights defended against copyists and someone seen copying; grant-back by the licensee's grant to the licensor, and
  // improvements that 'remain its property' a negation. Near misses made general: rivals' activities reported (non-compete),
  // 'priority to purchase' and 'match any best bid' no first refusal, equipment bought 'on IBM's account' no market: P 0.96,
  // R 0.93 (55 tp, 2 fp, 4 fn) after, in-sample since (its misses were read: the honest figure is the one before, R 0.59).
  // Left: plain English's non-compete under a 'Confidentiality' heading, grant-back ('we can use too'), sublicensing ('can't
  // pass the right on'), the term sheet's 'Field:' label; false: the invoice disagreement taken to a mediator (payment
  // terms), the 'Choice of Law and Forum' heading over a governing-law sentence (dispute resolution: a heading that counts
  // only for types its body shows was measured and not landed, see the commit). Batches 1-28, the unfitted eighth among
  // them, clause for clause unchanged: the eighth still P 1.00, R 0.37 (the round's forms reached none of its wordings).
  { name: 'twenty-ninth', clauses: TWENTY_NINTH, types: TWENTY_NINTH_TYPES, floor: { precision: 0.95, recall: 0.9 } },
  // The thirtieth batch (THIRTIETH_TYPES: prosecution, standards, territory, lump sum, milestone, information exchange,
  // antitrust compliance, governance committee, diligence, reporting, contingency, transition, force majeure and entire
  // agreement, which no batch had measured unfitted since the eighth, with dispute resolution and third-party beneficiary;
  // written by tag30 before reading any cue, word class or frame or running the tagger on it: plain English, term-sheet
  // lines, English-law wording, EDGAR hard-wrapped text, SEP, biotech and outsourcing forms, headings that mislead; 102
  // clauses, 34 near misses). Two third-party clauses written as the type ('no right under the Contracts (Rights of Third
  // Parties) Act', 'nobody else can sue to enforce it') were relabelled near misses after the first run, by
  // docs/accuracy.md's rule (a bare denial of third-party rights is not the type), not by the tagger's answer. Measured
  // once before any cue was changed for it: micro P 0.96, R 0.74 (50 tp, 2 fp, 18 fn), macro P 0.97, R 0.75: prosecution
  // 5/5, standards 3/4, territory 2/4, lump sum 3/5, milestone 3/4, information exchange 3/4, antitrust 4/4, governance 4/4,
  // diligence 2/5, reporting 2/4, contingency 3/4, transition 3/4, force majeure 4/5, entire agreement 3/5, dispute
  // resolution 4/5, third-party beneficiary 2/2; plain English missed most (11 of the 18); false: milestone on a price
  // 'paid on Completion', entire agreement on a 'Miscellaneous' heading over a jurisdiction clause.
  // The thirtieth session's round (tag30: this batch's misses and the twenty-ninth's leftovers read as forms, each tested in
  // other wordings in thirtieth-round.test.ts): territory by places listed elsewhere and plain English's 'anywhere in' with
  // 'nowhere else'; lump sum by a term sheet's 'Upfront' label and one fee in place of royalties; milestone by a count of
  // units reached, and 'completion of' a stage (bare 'Completion', a share sale's closing, a near miss); diligence by the first
  // sale achieved by a date, promotion done actively or vigorously (refused, a negation), a launch missed and the licence
  // made non-exclusive; reporting by a periodic written summary and a cadence with a message on how the work is going;
  // information exchange by what one charges others, told; contingency by a backup plant or warehouse; transition by data
  // moved to whoever takes over; force majeure by 'FM event'; entire agreement by the whole deal or bargain and the waiver
  // clause by what waives nothing (a failure or delay to exercise, a course of dealing), its 'Miscellaneous' heading weak
  // alone; dispute resolution by plain English's failure to agree and going to court, the venue in the text, and the
  // 'Jurisdiction', 'Venue', 'Forum' headings weak alone; standards by the patents a specification cannot be met without;
  // third-party rights by one cue, not two, for a claim 'directly from' a party ('The Customer may claim the service credits
  // directly from the Supplier' no longer); payment terms by an invoice in a matter sent to a mediator, a near miss; field of
  // use by a bare 'Field' heading (a term sheet's label; field service, trials and staff near misses); non-compete by
  // 'can't' before a distance restraint; grant-back by what the licensee builds that the licensor may use, sublicensing by
  // others let use it and the right passed on. P 1.00, R 1.00 (68 tp, 0 fp, 0 fn) after, in-sample since (the honest figure
  // is the one before, R 0.74); the twenty-ninth P 1.00, R 1.00 (its four leftovers and two false tags gone), the sixteenth
  // R 0.90 -> 0.93 (an outsider's claims asserted directly), the eighth (unfitted, the 27 types) R 0.37 -> 0.41 (a backup
  // plant), the others clause for clause unchanged, P 1.00 on all but the twenty-eighth (0.98, unchanged).
  { name: 'thirtieth', clauses: THIRTIETH, types: THIRTIETH_TYPES, floor: { precision: 0.97, recall: 0.95 } },
  // The thirty-first batch (THIRTY_FIRST_TYPES: improvements, confidentiality, data protection, indemnity and notices, which
  // no batch had measured unfitted since the eighth, with IP ownership, joint IP, royalty, audit, price and volume restriction
  // and minimum commitment, the CUAD-measured types the batches measured least or cuad-eval scores lowest; written by tag31
  // before reading any cue, word class or frame or running the tagger on it: Australian and English drafting, EDGAR
  // hard-wrapped text without headings, plain English, US outline clauses '(a) Heading. ... (i) ...; (ii) ...', headings
  // that mislead; 106 clauses, 37 near misses). Measured once before any cue was changed for it: micro P 0.88, R 0.62 (43
  // tp, 6 fp, 26 fn), macro P 0.90, R 0.63: improvements 3/6, confidentiality 4/6, data protection 5/6, indemnity 4/6,
  // notices 4/6, IP ownership 2/6, joint IP 3/5, royalty 4/7, audit 3/6, price restriction 4/5, volume restriction 4/5,
  // minimum commitment 3/5; English wording missed most (13 of the 26), plain English 8 (one in each type it was written
  // for but volume, price, joint IP and minimum commitment); false: improvements on road 'improvement works' and the
  // 'continuous improvement' of services, confidentiality on a warranty that know-how is not promised 'secret', indemnity on
  // an insurance policy's 'principal's indemnity extension', minimum commitment on 'no minimum royalty shall be payable',
  // royalty on a 'Royalties' heading over a no-challenge clause.
  // The thirty-first session's round (tag31: this batch's misses read as forms, each tested in other wordings in
  // thirty-first-round.test.ts): improvements by what builds on the licensed thing, the verb 'improves on', the licensed
  // thing developed further, a derivative work in the singular and further filings (civil 'improvement works' and a service's
  // 'continuous improvement' near misses); confidentiality by divulging, commercially sensitive information and plain English's
  // 'don't share ... with anyone outside' (know-how not warranted secret or novel a near miss); data protection by contact
  // details and erasure asked for; indemnity by losses made good and plain English's case taken over with what the court
  // orders paid (an insurance policy's indemnity extension a near miss); notices by the address for service and its change,
  // and a letter written to an address; IP ownership by 'whatever' is created, title to an invention confirmed by documents
  // executed; joint IP by a holding 'jointly', results made collaboratively and shares by contribution; royalty by a share 'of
  // what you get', the published price on the copies sold, profits shared equally; audit by an accountant sent to check the
  // figures and an underpayment found; price restriction by resale 'at prices no lower than'; volume by a ceiling as a share
  // of the forecast; minimum commitment by purchases measured by their worth, royalties falling short and the difference paid,
  // 'no minimum royalty' a negation. P 0.99, R 0.96 (66 tp, 1 fp, 3 fn) after, in-sample since (the honest figure is the one
  // before, R 0.62). Left: background IP 'retained' and copyright that 'shall remain with' its author (the IP-ownership
  // negative that keeps CUAD's assignment category apart from retention scales them under its threshold), a royalty
  // statement read as audit (batch 3 labels such a statement reporting), the 'Royalties' heading over a no-challenge clause.
  // The sixth batch R 0.89 -> 0.90 (two plain-English leftovers: 'Don't show them to anyone outside', 'email legal@...'),
  // the eighth (unfitted, the 27 types) still P 1.00, R 0.41, the others clause for clause unchanged.
  { name: 'thirty-first', clauses: THIRTY_FIRST, types: THIRTY_FIRST_TYPES, floor: { precision: 0.97, recall: 0.93 } },
  // The thirty-second batch (THIRTY_SECOND_TYPES: the eleven CUAD-measured types no batch had measured unfitted since the
  // fourth to sixth, licence grant, licensed IP, warranty, liability, insurance, term, renewal, termination,
  // post-termination, escrow and governing law, with most-favoured; written by tag32 before reading any cue, word class or
  // frame or running the tagger on it: Indian, Singaporean and Canadian drafting, SaaS terms, plain-English consumer terms,
  // pharmaceutical co-development, semiconductor foundry; 106 clauses, 36 near misses). Measured once before any cue was
  // changed for it: micro P 0.90, R 0.70 (52 tp, 6 fp, 22 fn), macro P 0.90, R 0.71: licence grant 4/7, licensed IP 2/6,
  // warranty 6/8, liability 4/6, insurance 6/7, term 3/6, renewal 4/6, termination 4/6, post-termination 5/7, escrow 4/5,
  // governing law 5/5, most-favoured 5/5; consumer wording missed most (8 of the 22: 'we give you permission to install',
  // a blender repaired within two years, 'not responsible for losses you couldn't have expected', 'keep the bike insured',
  // 'runs a month at a time', 'rolls over every month', 'when your account closes', code 'held by an independent
  // company'), then Singaporean (4), foundry and Canadian (3 each); false: licensed IP on a register of patents owned,
  // term on a warranty that expires 90 days after shipment, warranty on share 'Warrants', post-termination on an automatic
  // extension 'unless terminated' and on an agreement that survives a promoter's death, escrow on a payment escrow account.
  // The thirty-second session's round (tag32: this batch's misses and false tags read as forms, each tested in other
  // wordings in thirty-second-round.test.ts): licence grant by a licence's limits listed before it ('non-sublicensable
  // right'), a service accessed and used, plain English's permission to install or use, authority to use given 'hereby' (a
  // Control definition a negative); licensed IP by what is licensed stated ('The Know-How licensed hereunder comprises') and a
  // schedule 'set out' (a register of what a party owns a negative); warranty by 'represents that' and a faulty product
  // repaired or replaced (share warrants a negative); liability by a cap with the loss named between and plain English's
  // 'not responsible for losses' (a limited liability company or partnership a negative); insurance by a thing kept insured;
  // term by the agreement taking effect, a named initial term and how long it runs (a warranty that expires a negative);
  // renewal by an extension for a further term and a plan that rolls over until cancelled; termination by English
  // drafting's 'determine this Agreement'; post-termination by accrued rights kept and an account that closes (an agreement
  // that survives a death, or renews automatically, a negative); escrow by code held by a third party who releases it (an
  // escrow bank or an account sums are credited to a negative). P 1.00, R 0.99 (73 tp, 0 fp, 1 fn) after, in-sample since
  // (the honest figure is the one before, R 0.70). Left: a foundry's 'may suspend shipments or cancel any outstanding
  // Purchase Order' (the modal reading does not reach 'cancel' past the first verb's object). The sixth batch R 0.89 ->
  // 0.90 ('The Company represents that no filing ... is required'), the eighth (unfitted, the 27 types) still P 1.00, R
  // 0.41, the others clause for clause unchanged. Then a section's heading on a line of its own gives no type that no clause
  // it heads carries (src/tag/index.ts dropUnsupportedHeadings; test/tag/unsupported-heading.test.ts): the twenty-eighth batch
  // P 0.98 -> 1.00 ('Most Favoured Customer' over a key-account designation), the thirty-first P 0.99 -> 1.00 ('Royalties'
  // over a no-challenge clause), the others unchanged.
  { name: 'thirty-second', clauses: THIRTY_SECOND, types: THIRTY_SECOND_TYPES, floor: { precision: 0.97, recall: 0.95 } },
  // The thirty-third batch (THIRTY_THIRD_TYPES: every type of the spec but the six structural ones, one to four clauses each;
  // written by tag33 before reading any cue, word class or frame or running the tagger on it: Indian, Singaporean, Canadian
  // and Irish drafting, plain-English consumer terms, Chinese, German and French agreements in translation, term sheets and
  // schedules flattened to text; 69 clauses, 12 hard negatives). Measured once before any cue was changed for it: micro P
  // 0.91, R 0.77 (49 tp, 5 fp, 15 fn), macro P 0.95, R 0.79 over the 54 types (the 27 of MEASURED_TYPES micro P 0.92, R
  // 0.80; the 27 CUAD-measured P 0.89, R 0.74). Missed: licensed IP by a licence's 'subject matter' (a utility model and
  // know-how) and a schedule of patents flattened to a table; field of use limited to 'industries' and given as '(the
  // Field)' in a term sheet; royalty as a share 'of the list price' for every copy sold; audit by books 'inspected' by an
  // auditor; improvements as a way to make a thing 'work better'; IP ownership of 'technical achievements' that 'belong to'
  // a party; defensive termination by a licence that 'terminates' for a party that 'brings a ... claim'; plain English's
  // 'won't try to get any of our clients'; antitrust compliance by the TFEU articles named; warranty by 'we guarantee';
  // liability by 'compensation payable ... shall not exceed'; contingency by a backup copy usable while a service is down;
  // termination by a 'notice period for ordinary termination'. False: first refusal on enforcement's 'first right to bring
  // an action', term on a non-compete's 'during the term' and on engineers sent 'for a period of three months', milestone
  // on an installation schedule's 'milestones', field of use on premises 'used solely as an office'.
  // The thirty-third session's round (tag33: these misses and false tags read as forms, each tested in other wordings in
  // thirty-third-round.test.ts): licensed IP by the licence's subject matter or object and a schedule's 'Application No. ...
  // Filing Date'; field of use by a use limited to industries and a field after a licence of its kind; royalty by a share the
  // payee gets, receives or earns of a list price or of receipts; audit by books inspected, examined or checked by someone;
  // IP ownership of 'technical achievements'; defensive termination by a licence that ends for a party 'that' (or 'who',
  // 'which') brings a suit, and 'patent peace'; non-solicit by trying to get or take the other's clients or staff; antitrust
  // by 'Articles 101 and 102'; warranty by a guarantee with its remedy or its years; liability by compensation or damages for
  // a breach capped; termination by ordinary or extraordinary termination and its notice period; first refusal not on
  // enforcement's 'first right to bring an action'; term not on the period after the term ('and for a period of two years
  // thereafter'); milestone not on a project schedule's milestones; field of use not on premises. Micro P 0.98, R 0.97 (62
  // tp, 1 fp, 2 fn), macro P 0.99, R 0.96 after, in-sample since (the honest figure is the one before, R 0.77). Left: plain
  // English's improvement ('a way to make the gadget work better') and contingency (a backup copy used while a service is
  // down), one wording each; term on engineers assigned 'for a period of three months' (the term's period cue reads any
  // duty's period). Every other batch clause for clause unchanged, the eighth (unfitted) included.
  { name: 'thirty-third', clauses: THIRTY_THIRD, types: THIRTY_THIRD_TYPES, floor: { precision: 0.95, recall: 0.95 } },
];
for (const batch of LATER_BATCHES) {
  const types = batch.types ?? MEASURED_TYPES;
  describe(`the ${batch.name} held-out batch (${types.length} types, new styles)`, () => {
    const counts = pooled(measure(batch.clauses, types).perType, () => true);
    it(`micro precision >= ${batch.floor.precision}, recall >= ${batch.floor.recall} over its types`, () => {
      expect(ratio(counts.tp, counts.tp + counts.fp)).toBeGreaterThanOrEqual(batch.floor.precision);
      expect(ratio(counts.tp, counts.tp + counts.fn)).toBeGreaterThanOrEqual(batch.floor.recall);
    });
  });
}

const FLOOR = { macroPrecision: 0.95, macroRecall: 0.9, precision: 0.8, recall: 0.6 };

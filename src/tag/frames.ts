// The frame reader: whether an act verb is restrained, and where the act's object lies.
//
// A restraint is a frame more than a wording: a party, a negated modal or a restraint verb, an act, and that act's
// object ("Licensee shall not, directly or indirectly, solicit any employee of Licensor"; "No employee of the Company
// shall be solicited by the Purchaser"; "The Supplier shall not:\n(a) appoint any other distributor"). The held-out
// batches showed that listing wordings does not carry from one writer to the next (test/tag/heldout-clauses.ts); a
// type's frame cue (taxonomy-schema.ts FrameCue) names the act class and the object's words instead, and this module
// reads, at each occurrence of an act verb the cue scan found, whether a restraint frame governs it:
//   - the frame: a negated modal (shall not, may not, cannot, won't, mustn't, don't), a promise not to act (agrees /
//     undertakes / covenants not to, will cause its Affiliates not to), a prohibition (is prohibited from, refrain
//     from), or a plain modal under a negated subject ("No Party shall", "Neither of us will");
//   - between frame and act only adverbs, asides between commas or brackets, a causative ("or permit any Affiliate
//     to") and earlier verbs of a coordination ("may not start, own, or work for");
//   - the passive ("shall not be solicited"): the act's object is then also the subject before the modal;
//   - a list: items under a lead-in that ends with a frame ("shall not, during the Term:") read their first verb as
//     governed by it.
// The object role is the rest of the sentence after the act (and the subject, in the passive). Regex reading only,
// within the sentence: no compromise call (its budget stays with the modal cues).

/** How far back from the act verb the frame is looked for, within the sentence. */
export const FRAME_REACH = 240;
/** How far after the act verb its object is read, within the sentence (the rest of a long sentence is other matter). */
const OBJECT_REACH = 80;
/** In the passive, how far before the frame its subject is read, and how far after the act (up to a comma) the agent or complement. */
const SUBJECT_REACH = 80;
const PASSIVE_AFTER = 60;

/**
 * The frame markers, the last one before the act wins. A bare modal (group 1) counts only under a negated subject.
 * ("do not" / "does not" are left out: "If Licensee does not sell the minimum" is a condition, not a restraint.)
 */
const MARKER = /\b(?:(?:shall|will|may|must|can|could|should|would)\s+not|cannot|(?:can|won|shan|mustn|don|doesn|wouldn|shouldn)['’]t|(?:agree|agrees|agreed|undertake|undertakes|covenant|covenants|promise|promises)\s+not|not\s+to|(?:refrain|refrains|prohibited|restricted|barred|precluded|forbidden|enjoined)\s+from|(shall|will|may|must|can))\b/gi;
/** A negated subject before a bare modal, opening its segment of the sentence: "No Party", "Neither of us", "none of them". */
const NEGATED_SUBJECT = /^\s*(?:that\s+)?(?:no|neither|none|nobody|no-one)\b/i;
/** A condition opening the frame's segment of the sentence: "If Licensee shall not ...", "where it cannot ...". */
const CONDITION = /^\s*(?:if|unless|where|whereas|when|whenever|in the event|provided that)\b/i;
/** The segment of `head` after its last comma or colon (a negated subject or a condition opens it). */
function lastSegment(head: string): string {
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(':'));
  return cut < 0 ? head : head.slice(cut + 1);
}
/** "or permit any of its Affiliates to", "and shall procure that none of its Affiliates will": the act is still restrained. */
const CAUSATIVE = /\b(?:cause|causes|permit|permits|allow|allows|authori[sz]e|authori[sz]es|suffer|assist|encourage|help|enable|procure)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,5}?(?:to|will|shall|may)\b/gi;
/** Words that may stand between a frame and its act. */
const PLAIN = new Set(['not', 'to', 'be', 'been', 'being', 'directly', 'indirectly', 'or', 'and', 'nor', 'either', 'itself', 'himself', 'herself',
  'themselves', 'also', 'further', 'otherwise', 'in', 'any', 'way', 'manner', 'at', 'time', 'whatsoever', 'hereby', 'whether', 'alone', 'jointly',
  'together', 'with', 'through', 'via', 'on', 'own', 'behalf', 'permitted', 'allowed', 'entitled', 'authorised', 'authorized', 'able', 'attempt',
  'attempts', 'try', 'seek', 'knowingly', 'actively', 'personally', 'ever', 'thereafter', 'then', 'now', 'hereafter', 'please', 'you', 'we', 'it',
  'he', 'she', 'they', 'for', 'of', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'your']);
/** Words between a frame and a verb that make the verb depend on another ("shall not be required to sell", "if it sells"). */
const BLOCK = new Set(['that', 'which', 'who', 'whom', 'whose', 'if', 'unless', 'except', 'when', 'where', 'whereby', 'than', 'because', 'until',
  'required', 'obliged', 'obligated', 'liable', 'responsible', 'bound', 'fail', 'fails', 'omit', 'refuse', 'cease', 'unreasonably', 'need',
  'deemed', 'construed', 'only', 'solely']);
/** Words of the gap that are neither plain nor blocking, as many as a coordination of verbs may hold ("start, own, or work for"). */
const MOST_COORDINATED = 6;
/** The frame's sentence ends at these chars (as an item ends at its own end). */
const isSentenceEnd = (c: number): boolean => c === 46 || c === 59 || c === 58 || c === 10 || c === 13; // . ; : \n \r

/** Where an act's frame and object lie, when a restraint frame governs it. */
export interface Frame {
  /** Start of the frame marker (or of the item, under a lead-in). */
  readonly start: number;
  /** The object role: [objectStart, objectEnd), and in the passive also [subjectStart, start). */
  readonly objectStart: number;
  readonly objectEnd: number;
  readonly subjectStart: number;
}

/** The start of the sentence holding `at`: after the last ". ", ";", ":" or line break, at most `reach` back, not before `floor`. */
function sentenceStart(text: string, at: number, floor: number, reach: number): number {
  let a = at;
  const stop = Math.max(floor, at - reach);
  while (a > stop) {
    const c = text.charCodeAt(a - 1);
    if (c === 59 || c === 58 || c === 10 || c === 13 || (c === 46 && a < text.length && /\s/.test(text.charAt(a)))) break;
    a--;
  }
  return a;
}

/** The end of the sentence holding `at`, at most OBJECT_REACH on, not past `ceiling`. */
function sentenceEnd(text: string, at: number, ceiling: number): number {
  let b = at;
  const stop = Math.min(ceiling, at + OBJECT_REACH);
  while (b < stop) {
    const c = text.charCodeAt(b);
    if (isSentenceEnd(c) && (c !== 46 || b + 1 >= text.length || /\s/.test(text.charAt(b + 1)))) break;
    b++;
  }
  return b;
}

/**
 * Whether the words between a frame and its act let the frame govern the act, and whether the act is passive there.
 * null: they do not.
 */
function readGap(gap: string, trailing: boolean): { passive: boolean } | null {
  let g = gap;
  if (g.includes('(')) g = g.replace(/\([^()]*\)/g, ' ');
  if (g.includes(',')) {
    g = g.replace(/,[^,;:]*,/g, ' ');
    // A lead-in's aside runs to its colon: "Neither party shall, without the consent of the other:".
    if (trailing) g = g.replace(/,[^,;:]*$/, ' ');
  }
  if (/\b(?:cause|causes|permit|permits|allow|allows|authori[sz]es?|suffer|assist|encourage|help|enable|procure)\b/i.test(g)) g = g.replace(CAUSATIVE, ' ');
  let passive = false;
  let other = 0;
  // Conjuncts of a coordination ("start, own, or"): each a verb with an adverb at most ("improperly use").
  const conjuncts = g.toLowerCase().split(/,|\b(?:or|and|nor)\b/);
  for (let j = 0; j < conjuncts.length; j++) {
    const words = (conjuncts[j] as string).match(/[a-z’'-]+/g);
    if (!words) continue;
    let inConjunct = 0;
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as string;
      if (w === 'be' || w === 'been' || w === 'being') passive = true;
      if (PLAIN.has(w)) continue;
      if (BLOCK.has(w)) return null;
      other++;
      if (++inConjunct > 2) return null;
    }
  }
  // Other words are earlier verbs of a coordination only when a coordinator or a comma comes right before the act.
  if (other > 0 && (other > MOST_COORDINATED || trailing || !/(?:\b(?:or|and|nor)|,)\s*$/i.test(g))) return null;
  return { passive };
}

/** The last frame marker in text[from, to) whose gap to `to` lets it govern what follows, or null. */
function frameBefore(text: string, from: number, to: number, trailing: boolean): { start: number; passive: boolean } | null {
  const before = text.slice(from, to);
  // The markers' places first (cheap), then read from the last back: the nearest marker that governs wins.
  const found: number[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(before); m; m = MARKER.exec(before)) found.push(m.index, m[0].length, m[1] === undefined ? 0 : 1);
  for (let k = found.length - 3; k >= 0; k -= 3) {
    const at = found[k] as number;
    const segment = lastSegment(before.slice(0, at));
    if (found[k + 2] === 1 && (segment.length > 80 || !NEGATED_SUBJECT.test(segment))) continue;
    if (CONDITION.test(segment)) continue;
    const gap = readGap(before.slice(at + (found[k + 1] as number)), trailing);
    if (gap) return { start: from + at, passive: gap.passive };
  }
  return null;
}

/** Whether a lead-in clause's body ends with a frame ("The Supplier shall not, during the Term:"), so its items' first verbs are governed. */
export function leadInFrames(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && /[\s:\-–—]/.test(text.charAt(e - 1))) e--;
  if (e <= start) return false;
  return frameBefore(text, sentenceStart(text, e, start, FRAME_REACH), e, true) !== null;
}

/**
 * The restraint frame governing the act verb at [verbStart, verbEnd) of `text`, within the clause [clauseStart,
 * clauseEnd), or null. `itemStart`: where an item's words begin (after its marker) when its lead-in ends with a
 * frame, else -1.
 */
export function frameOf(text: string, verbStart: number, verbEnd: number, clauseStart: number, clauseEnd: number, itemStart: number): Frame | null {
  const from = sentenceStart(text, verbStart, clauseStart, FRAME_REACH);
  let frame = frameBefore(text, from, verbStart, false);
  if (!frame && itemStart >= 0 && from <= itemStart && itemStart <= verbStart) {
    const gap = readGap(text.slice(itemStart, verbStart), false);
    if (gap) frame = { start: itemStart, passive: gap.passive };
  }
  if (!frame) return null;
  const end = sentenceEnd(text, verbEnd, clauseEnd);
  if (!frame.passive) return { start: frame.start, objectStart: verbEnd, objectEnd: end, subjectStart: frame.start };
  // The passive: what is acted on is the subject ("No employee ... shall be solicited"); the words right after the act
  // may name it too ("shall not be employed by any competitor"), up to a comma.
  const comma = text.indexOf(',', verbEnd);
  return { start: frame.start, objectStart: verbEnd, objectEnd: Math.min(end, verbEnd + PASSIVE_AFTER, comma < 0 ? end : comma), subjectStart: Math.max(from, frame.start - SUBJECT_REACH) };
}

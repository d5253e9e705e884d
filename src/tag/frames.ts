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
import { caseInsensitive } from '../model/case-spelt.js';

/** How far back from the act verb the frame is looked for, within the sentence. */
export const FRAME_REACH = 240;
/**
 * How far back when the act follows an aside that closes right before it ("shall not, at any time during the Term or any
 * renewal of it, whether directly or through any Affiliate, ..., appoint any other distributor"): a long aside, read as one.
 */
export const ASIDE_REACH = 600;
/** Whether the text before `at` closes an aside (a comma or a closing bracket, then spaces): the long reach may apply. */
export function closesAside(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13 || text.charCodeAt(k) === 9)) k--;
  return k >= 0 && (text.charCodeAt(k) === 44 || text.charCodeAt(k) === 41); // , )
}
/** How far after the act verb its object is read, within the sentence (the rest of a long sentence is other matter). */
const OBJECT_REACH = 80;
/** In the passive, how far before the frame its subject is read, and how far after the act (up to a comma) the agent or complement. */
const SUBJECT_REACH = 80;
const PASSIVE_AFTER = 60;
/**
 * A place named in the object is where the restraint holds, not what it restrains, so it does not use up the object's
 * reach ("carry on or be concerned or interested in any business within the Republic of Kenya which is similar to the
 * Business"; "appoint any other person in the States of Selangor and Negeri Sembilan as a distributor"): the reach grows
 * by the places' length, this much at most.
 */
export const PLACE_SLACK = 60;
/**
 * Whether a place adjunct of an object is a place: a place noun in it ("within the Republic of Kenya", "in the Territory"),
 * or a proper name without an article that is no part of the document ("in Hong Kong", not "in Section 3"). A capitalised
 * name after an article is mostly a defined term in an object ("obtain any interest in the Todos Marks").
 */
const PLACE_NOUN = /\b(?:[Tt]erritory|area|countr(?:y|ies)|[Ss]tates?|[Pp]rovinces?|[Rr]egions?|[Cc]ity|[Dd]istricts?|[Cc]ounty|markets?|world|Republic|Kingdom|Emirates|Federation|Commonwealth|Islands|Union)\b/;
const ARTICLE_OR_PART = /^(?:(?:and|or)\s+)?(?:anywhere\s+)?\w+\s+(?:(?:the|a|any|such|that)\s|(?:Section|Sections|Clause|Clauses|Article|Articles|Schedule|Schedules|Exhibit|Exhibits|Annex|Annexes|Appendix|Paragraph|Part)\b)/;
/**
 * A place that begins just past the reach counts too: the reach's end falls on its preposition ("shall not license the
 * Trade-marks to any other person for use in connection with restaurant services in the Province of British Columbia",
 * where the 80th char is "in", so the province the grant is restrained in was out of the object).
 */
const PLACE_LEAD = 16;
/** How many chars the place adjuncts (PLACE_ADJUNCT) in text[from, from + reach + PLACE_LEAD) take, at most PLACE_SLACK. */
function placeSlack(text: string, from: number, reach: number): number {
  const span = text.slice(from, from + reach + PLACE_SLACK);
  if (!PLACE_HINT.test(span)) return 0;
  let taken = 0;
  PLACE_ADJUNCT.lastIndex = 0;
  for (let m = PLACE_ADJUNCT.exec(span); m && m.index < reach + taken + PLACE_LEAD; m = PLACE_ADJUNCT.exec(span)) {
    if (PLACE_NOUN.test(m[0]) || !ARTICLE_OR_PART.test(m[0])) taken += m[0].length;
  }
  return Math.min(PLACE_SLACK, taken);
}

/**
 * The frame markers, the last one before the act wins. A bare modal (group 1) counts only under a negated subject.
 * ("do not" / "does not" are left out: "If Licensee does not sell the minimum" is a condition, not a restraint.)
 */
// (A permission denied is a restraint too: "is not allowed to distribute", "shall not be entitled to assign", "has no right to
// sell"; a German company's in-house English says it so.)
const MARKER = caseInsensitive(/\b(?:(?:shall|will|may|must|can|could|should|would)\s+not|cannot|(?:can|won|shan|mustn|don|doesn|wouldn|shouldn)['’]t|(?:agree|agrees|agreed|undertake|undertakes|covenant|covenants|promise|promises)\s+not|not\s+to|not\s+(?:be\s+)?(?:allowed|permitted|entitled|authori[sz]ed)\s+to|no\s+right\s+to|(?:refrain|refrains|prohibited|restricted|barred|precluded|forbidden|enjoined)\s+from|(shall|will|may|must|can))\b/.source, 'g');
/**
 * A negated subject before a bare modal, opening its segment of the sentence: "No Party", "Neither of us", "none of them";
 * after a run-in heading in brackets, as contracts from Japan, Korea and China number and head their articles on the
 * sentence's line ("Article 21 (Prohibition of Transfer of Rights) Neither Party shall transfer ...").
 */
const NEGATED_SUBJECT = caseInsensitive(/^\s*(?:(?:(?:article|section|clause|art\.|§)\s*[\w.-]+\s*)?\([^()]{1,80}\)\s*)?(?:that\s+)?(?:no|neither|none|nobody|no-one)\b/.source);
/** A condition opening the frame's segment of the sentence: "If Licensee shall not ...", "where it cannot ...". */
const CONDITION = caseInsensitive(/^\s*(?:if|unless|where|whereas|when|whenever|in the event|provided that)\b/.source);
/** The segment of `head` after its last comma or colon (a negated subject or a condition opens it). */
function lastSegment(head: string): string {
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(':'));
  return cut < 0 ? head : head.slice(cut + 1);
}
/** "or permit any of its Affiliates to", "and shall procure that none of its Affiliates will": the act is still restrained. */
const CAUSATIVE = caseInsensitive(/\b(?:cause|causes|permit|permits|allow|allows|authori[sz]e|authori[sz]es|suffer|assist|encourage|help|enable|procure)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,5}?(?:to|will|shall|may)\b/.source, 'g');
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
/**
 * Adjuncts that may stand between a frame and its act without commas, read as no words: when the restraint holds ("shall
 * not during the Term and six months thereafter take up employment", "may not within two years of Closing set up", "shall
 * not for a period of 3 years after the Effective Date carry on") and on whose leave it lifts ("shall not without the
 * Company's prior written consent transfer"). A time adjunct opens with its preposition and holds a time word; what
 * follows it up to the next time word or coordinator belongs to it ("of this Agreement", "after its termination").
 */
const TIME_WORD = String.raw`(?:term|period|tenure|currency|subsistence|continuance|duration|life|months?|years?|weeks?|days?|thereafter|afterwards|hereafter|completion|closing|termination|expiry|expiration|employment|engagement|appointment)`;
// (The figure and its unit belong to the tail: "for a period of three years from the Completion Date", where the lazy
// reading stops at "period".)
const NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|[0-9]+)`;
const TIME_TAIL = String.raw`(?:\s+(?:of|from|after|following|thereafter|afterwards|hereof|thereof|this|the|its|his|her|their|such|that|said|agreement|contract|date|effective|closing|completion|termination|expiry|expiration|engagement|employment|appointment|lease|licen[cs]e|deed|hereunder|calendar|${NUMBER_WORD}|${TIME_WORD})\b)*`;
// (After a coordinator the preposition may be left out: "during the Term and six months thereafter".)
const TIME_ADJUNCT = caseInsensitive(String.raw`(?:\b(?:and|or)\s+(?:(?:for|during|within|throughout|until|after|following|from|in)\s+)?|\b(?:for|during|within|throughout|until|after|following|from|in)\s+)(?:(?!\b(?:not|to)\b)[\w’'-]+\s+){0,6}?${TIME_WORD}\b${TIME_TAIL}`, 'g');
/** "without the Company's prior written consent", "save with the approval of the Board", "except with the other party's leave". */
const CONSENT_ADJUNCT = caseInsensitive(/\b(?:without|(?:save|except|other\s+than)\s+with)\s+(?:(?:the|its|their|his|her|our|your|any|a|prior|previous|express|expressed|written|advance|explicit|formal|first|[\w-]+['’]s?)\s+){0,5}(?:consent|approval|authori[sz]ation|permission|agreement|sanction|leave)\b(?:\s+in\s+writing)?(?:\s+of\s+(?:the\s+)?(?:other\s+)?[\w’'-]+)?/.source, 'g');
/**
 * Where the restraint holds, between it and its act: a place named by its proper name or by a place noun ("shall not
 * within the States of Selangor and Negeri Sembilan engage", "may not in the Territory sell", "shall not anywhere in
 * Malta carry on"). Case-sensitive: a proper name is capitalised ("in Any Way" is no place a drafter writes).
 */
const PLACE_ADJUNCT = /\b(?:(?:and|or)\s+)?(?:anywhere\s+)?(?:in|within|throughout|inside)\s+(?:(?:the|a|any|such|that)\s+)?(?:[A-Z][\w’'-]*(?:\s+(?:(?:of|and|or|the|de|du|la|el)\s+)*[A-Z][\w’'-]*)*|(?:[Tt]erritory|area|country|countries|state|states|province|provinces|region|regions|city|district|county|market|markets|world)\b(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?)/g;
const PLACE_HINT = /\b(?:in|within|throughout|inside)\s/;
/** The capacity a restraint reaches, an aside of its own: "whether as principal, agent, partner, shareholder, employee or otherwise". */
const CAPACITY_ASIDE = caseInsensitive(/,?\s*\bwhether\b[^;:.]*?\bor\s+(?:otherwise|in\s+any\s+other\s+capacity)\b\s*,?/.source, 'g');
/** A light verb before a role noun, read as no words so the noun is the act ("shall not take up employment with", "accept any engagement with"). */
const LIGHT_ROLE = caseInsensitive(/\b(?:take|takes|taking|accept|accepts|accepting|hold|holds|holding|seek|seeks|seeking)\s+(?:up\s+)?(?:(?:any|an?|the)\s+)?(?=\s*$|(?:employment|engagement|position|post|role|office|appointment|directorship|job)\b)/.source, 'g');
const ADJUNCT_HINT = caseInsensitive(/\b(?:without|save|except|other\s+than|for|during|within|throughout|until|after|following|from|in)\b/.source);
/**
 * A light verb before a transfer noun, read as no words so the noun is the act ("shall not grant any assignation of its
 * interest", "may not make any assignment of this Agreement", "shall not effect a transfer of").
 */
const LIGHT_TRANSFER = caseInsensitive(/\b(?:grant|grants|make|makes|effect|effects|execute|executes|purport|purports)\s+(?:to\s+(?:grant|make|effect)\s+)?(?:(?:any|an?|the)\s+)?(?=\s*$|(?:assignment|assignation|transfer|novation|cession)\b)/.source, 'g');
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

/** The end of the sentence holding `at`, at most `reach` on, not past `ceiling`. */
function sentenceEnd(text: string, at: number, ceiling: number, reach = OBJECT_REACH): number {
  let b = at;
  const stop = Math.min(ceiling, at + reach);
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
  // An aside that opens right after the frame and closes right before the act is read as one, whatever commas it holds
  // ("shall not, at any time during the Term, whether directly or through any Affiliate, agent or other person, appoint").
  if (!trailing && gap.length > 2 && gap.charCodeAt(0) === 44 && /,\s*$/.test(gap)) return { passive: false };
  let g = gap;
  if (g.includes('(')) g = g.replace(/\([^()]*\)/g, ' ');
  // (Before the asides between commas: the capacity's list holds commas of its own.)
  if (/\bwhether\b/i.test(g)) g = g.replace(CAPACITY_ASIDE, ' ');
  if (g.includes(',')) {
    g = g.replace(/,[^,;:]*,/g, ' ');
    // A lead-in's aside runs to its colon: "Neither party shall, without the consent of the other:".
    if (trailing) g = g.replace(/,[^,;:]*$/, ' ');
  }
  if (ADJUNCT_HINT.test(g)) g = g.replace(CONSENT_ADJUNCT, ' ').replace(TIME_ADJUNCT, ' ');
  if (PLACE_HINT.test(g)) g = g.replace(PLACE_ADJUNCT, ' ');
  if (/\b(?:take|takes|taking|accept|accepts|accepting|hold|holds|holding|seek|seeks|seeking)\b/i.test(g)) g = g.replace(LIGHT_ROLE, ' ');
  if (/\b(?:grant|grants|make|makes|effect|effects|execute|executes|purport|purports)\b/i.test(g)) g = g.replace(LIGHT_TRANSFER, ' ');
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

/**
 * "In any way" said of the act before an aside ("shall not be engaged or involved in any way, whether directly or indirectly,
 * paid or unpaid, in any undertaking that carries on activities in the field of the Company's business", as Dutch and German
 * drafting in translation puts it): read as part of the act, so the aside after it is one.
 */
const ANY_WAY = String.raw`(?:\s+in\s+any\s+(?:other\s+)?(?:way|manner|form|capacity)(?:\s+whatsoever)?)?`;
/**
 * Later verbs of a coordination right after an act ("or engage", ", or assist"), with their own words up to a comma; or an
 * aside between commas. A comma counts only before a noun phrase or a preposition: the object follows it ("..., any individual
 * who was an employee", "engage, whether ... or jointly with any other person, in the business of"), not an exception
 * ("..., except as otherwise permitted under this Agreement"). An aside that opens with 'whether' may list capacities between
 * its own commas ("be interested or engaged, whether as proprietor, partner, shareholder, director, employee, consultant or
 * financier, in any business which sells ..."): it runs to the first comma before such a noun phrase or preposition.
 */
const OBJECT_LEAD = new RegExp(String.raw`^(?:(?:\s*,?\s*(?:or|and|nor)\s+(?:(?:otherwise|directly|indirectly|attempt|try|seek)\s+(?:to\s+)?)?[a-z][\w’'-]*)+(?:(?:[^,;:.]{0,120}|${ANY_WAY}\s*,\s*whether\b[^;:.]{1,160}?),(?=\s*(?:any|an?|the|its|their|his|her|such|each|every|all|no|in|into|with|to|for|on|from)\b))?|${ANY_WAY}\s*,(?:[^,;:.]{1,120}|\s*whether\b[^;:.]{1,160}?),(?=\s*(?:any|an?|the|its|their|his|her|such|each|every|all|no|in|into|with|to|for|on|from)\b))?`);
/**
 * The recipient named before the object, as translated and civil-law drafting puts it ("Neither Party may transfer to a third
 * party, or provide as collateral, all or any part of its rights and obligations hereunder"; "shall not sell to any person
 * products that compete"): a party or person, not a thing, so the object follows it (after later verbs, OBJECT_LEAD again).
 */
const RECIPIENT = caseInsensitive(/^\s+to\s+(?:a|an|any|another|the|such|other)\s+(?:(?:third|other|outside|non-affiliated|unaffiliated)\s+)?(?:part(?:y|ies)|persons?|entit(?:y|ies)|compan(?:y|ies)|individuals?|others)\b/.source);
/** How many chars after an act its object begins (OBJECT_LEAD, past a recipient, RECIPIENT), within the clause. */
export function objectLead(text: string, at: number, ceiling: number): number {
  const window = text.slice(at, Math.min(ceiling, at + 200));
  const m = OBJECT_LEAD.exec(window);
  const lead = m === null ? 0 : m[0].length;
  const r = RECIPIENT.exec(window.slice(lead));
  if (r === null) return lead;
  const after = lead + r[0].length;
  const n = OBJECT_LEAD.exec(window.slice(after));
  return after + (n === null ? 0 : n[0].length);
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
export function frameOf(text: string, verbStart: number, verbEnd: number, clauseStart: number, clauseEnd: number, itemStart: number, reach = FRAME_REACH): Frame | null {
  const from = sentenceStart(text, verbStart, clauseStart, reach);
  let frame = frameBefore(text, from, verbStart, false);
  if (!frame && itemStart >= 0 && from <= itemStart && itemStart <= verbStart) {
    const gap = readGap(text.slice(itemStart, verbStart), false);
    if (gap) frame = { start: itemStart, passive: gap.passive };
  }
  if (!frame) return null;
  // The object's reach runs from where it begins: after later verbs of a coordination and an aside right after the act
  // ("shall not hire or engage, or assist any other Person in hiring or engaging, any individual who was an employee").
  const objectFrom = verbEnd + objectLead(text, verbEnd, clauseEnd);
  const end = sentenceEnd(text, objectFrom, clauseEnd, OBJECT_REACH + placeSlack(text, objectFrom, OBJECT_REACH));
  if (!frame.passive) return { start: frame.start, objectStart: verbEnd, objectEnd: end, subjectStart: frame.start };
  // The passive: what is acted on is the subject ("No employee ... shall be solicited"); the words right after the act
  // may name it too ("shall not be employed by any competitor"), up to a comma; read from where the object begins, past
  // later verbs and an aside ("shall not ... be interested or engaged, whether directly or indirectly, in any business which
  // manufactures irrigation equipment": the comma before the aside is no end of the complement).
  const comma = text.indexOf(',', objectFrom);
  return { start: frame.start, objectStart: verbEnd, objectEnd: Math.min(end, objectFrom + PASSIVE_AFTER + placeSlack(text, objectFrom, PASSIVE_AFTER), comma < 0 ? end : comma), subjectStart: Math.max(from, frame.start - SUBJECT_REACH) };
}

// ---- Conditions and comparisons: two frames that are no restraint.
//
// A change of control is an event named in a condition, and what it triggers ("If a person acquires more than half of
// the voting shares in the Licensee, the Licensor may end this agreement"; "The Licensor may terminate ... if the
// Licensee comes under the control of a competitor"); a most-favoured clause compares the terms one party gets with
// what others get ("terms no less favourable than those it offers any other licensee"; "rates at least as low as those
// charged to any other customer"; "the lowest rate it charges any other licensee"). The held-out batches missed both in
// new words because a phrase cue lists one wording of the roles; these readers check the frame (the condition opener
// before the act, or the comparative's standard) and where its roles lie, and the cue's object word sets name the
// roles' words (index.ts): the first set near the act, the others in its sentence (a condition), or all near the
// comparative, with the others compared with named there (a comparison).

/** Where a condition's or a comparison's roles are read. */
export interface RoleFrame {
  /** Start of the opener (a condition) or of the comparative. */
  readonly start: number;
  /** The act's neighbourhood, within its sentence: a condition's change ("acquires ... the voting shares"), a comparison's terms. */
  readonly nearStart: number;
  readonly nearEnd: number;
  /** The act's sentence: what a condition triggers. */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

/** How far after the act a condition's sentence is read (what it triggers may follow a long condition). */
export const ROLE_REACH = 200;
/** How far either side of the act its neighbourhood reaches (the change beside the control; the terms beside the comparative). */
const NEAR = 60;
const COMPARISON_NEAR = 110;
/** How far an opener may stand before the act: further, the act is in another clause of the sentence. */
const OPENER_REACH = 160;
/**
 * A condition's opener, the last one before the act within its sentence. ('on' is left out: "on behalf of", "on notice".)
 * A change named as the subject is a condition too: "Any change in the shareholding of the Licensee that results in ...
 * shall require the prior written approval of the Licensor" says "if the shareholding changes, approval is needed".
 */
const OPENER = caseInsensitive(/\b(?:if|upon|in\s+the\s+event|where|whereupon|should|when|whenever|once|following|any\s+(?=(?:change|changes|transfer|transfers)\b))/.source, 'g');
/** A modal between the opener and the act: the act is in the consequence ("If X breaches, Y shall acquire the shares"). */
const MODAL = caseInsensitive(/\b(?:shall|will|may|must)\s+(?!be(?:come)?\b)/.source);

/** The condition frame whose opener governs the act at [actStart, actEnd), or null when no opener precedes it closely in its sentence. */
export function conditionOf(text: string, actStart: number, actEnd: number, clauseStart: number, clauseEnd: number): RoleFrame | null {
  const from = sentenceStart(text, actStart, clauseStart, FRAME_REACH);
  const head = text.slice(Math.max(from, actStart - OPENER_REACH), actStart);
  OPENER.lastIndex = 0;
  let at = -1;
  for (let m = OPENER.exec(head); m; m = OPENER.exec(head)) at = m.index;
  if (at < 0 || MODAL.test(head.slice(at))) return null;
  const start = actStart - head.length + at;
  const end = sentenceEnd(text, actEnd, clauseEnd, ROLE_REACH);
  return { start, nearStart: Math.max(start, actStart - NEAR - bracketsBefore(text, start, actStart)), nearEnd: Math.min(end, actEnd + NEAR + asideSlack(text, actEnd, end)), sentenceStart: from, sentenceEnd: end };
}

/**
 * An aside before the act, in brackets or the usual commas' asides, is no part of the change's words either: the verb
 * before it is still near ("In the event the Promoters cease to hold at least 51% (fifty one per cent) of the paid-up
 * equity share capital"; "cease to hold, directly or indirectly, at least 40%"). The chars that asides take in the NEAR +
 * ASIDE_SLACK chars before the act (not before `from`), at most ASIDE_SLACK.
 */
function bracketsBefore(text: string, from: number, actStart: number): number {
  const span = text.slice(Math.max(from, actStart - NEAR - ASIDE_SLACK), actStart);
  if (!span.includes(')') && !span.includes(',')) return 0;
  let taken = 0;
  for (const m of span.matchAll(ASIDE_BEFORE)) taken += m[0].length;
  return Math.min(ASIDE_SLACK, taken);
}
const ASIDE_BEFORE = caseInsensitive(/\([^()]{1,120}\)|,\s*(?:whether\s+)?(?:directly\s+or\s+indirectly|alone\s+or\s+(?:together|jointly)\s+with\s+[^,]{1,60}|in\s+(?:the\s+)?aggregate|beneficially\s+or\s+otherwise)\s*,/.source, 'g');

/** The most that asides after the act may add to its neighbourhood. */
const ASIDE_SLACK = 120;
/**
 * An aside after the act, in brackets or a statute's reference, is no part of the condition: the change's verb after it
 * is still near ("If the controlling shareholder of the Company (as defined in the Securities Law, 5728-1968) changes";
 * "should the persons holding control of the Distributor within the meaning of Article 2359 of the Civil Code change").
 */
const AFTER_ASIDE = /\([^()]{1,120}\)|\b(?:within\s+the\s+meaning\s+of|as\s+defined\s+(?:in|by))\s+(?:(?:the|of|and|sections?|articles?|paragraphs?|art\.|s\.|[A-Z§][\w.'’-]*|\d[\w.()-]*)\s+){1,10}/g;
/** How many chars the asides in text[from, from + NEAR + taken) take, at most ASIDE_SLACK, not past `end`. */
function asideSlack(text: string, from: number, end: number): number {
  const span = text.slice(from, Math.min(end, from + NEAR + ASIDE_SLACK));
  if (!span.includes('(') && !/\b(?:meaning|defined)\b/.test(span)) return 0;
  let taken = 0;
  AFTER_ASIDE.lastIndex = 0;
  for (let m = AFTER_ASIDE.exec(span); m && m.index < NEAR + taken; m = AFTER_ASIDE.exec(span)) taken += m[0].length;
  return Math.min(ASIDE_SLACK, taken);
}

/**
 * Whether a lead-in clause ends in a condition's opener ("The Lender may declare all amounts due if:", "... in the
 * event that:"), so that each item under it names a condition ("(b) any person gains control of the Borrower") whose
 * consequence the lead-in says: the last opener within reach of its end, with no modal after it.
 */
export function leadInCondition(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && /[\s:\-–—]/.test(text.charAt(e - 1))) e--;
  const tail = text.slice(Math.max(start, e - 60), e);
  LEAD_OPENER.lastIndex = 0;
  let at = -1;
  for (let m = LEAD_OPENER.exec(tail); m; m = LEAD_OPENER.exec(tail)) at = m.index;
  return at >= 0 && !/[,;.]/.test(tail.slice(at)) && !MODAL.test(tail.slice(at));
}
/** A lead-in's conditional opener: not 'following' ("shall receive the following compensation:") nor 'once'. */
const LEAD_OPENER = caseInsensitive(/\b(?:if|upon|in\s+the\s+event|where|whereupon|should|when|whenever)\b/.source, 'g');

/**
 * The condition frame of an act in a list item under a lead-in that ends in an opener (leadInCondition): the item holds
 * the change, the lead-in (from `leadStart`) and the item what it triggers. Null when a modal stands before the act in
 * the item (the act is then in a consequence of its own).
 */
export function itemConditionOf(text: string, actStart: number, actEnd: number, itemStart: number, itemEnd: number, leadStart: number): RoleFrame | null {
  if (MODAL.test(text.slice(itemStart, actStart))) return null;
  const end = sentenceEnd(text, actEnd, itemEnd, ROLE_REACH);
  return { start: itemStart, nearStart: Math.max(itemStart, actStart - NEAR), nearEnd: Math.min(end, actEnd + NEAR), sentenceStart: leadStart, sentenceEnd: end };
}

/** A comparative's standard after it: "than" within a few words ("more favourable to the Third Party Licensee than"). */
const THAN_AFTER = caseInsensitive(/^(?:[\s,]+[\w’'-]+){0,6}?[\s,]+than\b/.source);
/** A comparative of degree ("less", "higher") has its standard right after it, or after the terms it grades ("higher
 *  referral fees than"): "no less restrictive than" grades another adjective, not the terms. */
const DEGREE = new Set(['less', 'higher', 'lower', 'greater', 'cheaper', 'better', 'low']);
// (A share of revenue or a commission is a term too: "a better revenue share than you".)
const THAN_NEXT = caseInsensitive(/^(?:\s+(?:[\w’'-]+\s+){0,2}?(?:price|prices|pricing|rate|rates|terms|royalty|royalties|fee|fees|charge|charges|deal|deals|discount|discounts|conditions|amount|amounts|percentage|share|split|commission|commissions|margin|margins|rebate|rebates))?\s+than\b/.source);
/** An equative's second "as" after it ("as favourable as", "at least as low as", "as favourable to the Licensee as"). */
const AS_AFTER = caseInsensitive(/^(?:[\s,]+[\w’'-]+){0,5}?[\s,]+as\b/.source);
/** A standard that is a figure ("less than six (6) months", "greater than $10,000"): a threshold, not what others get. */
const FIGURE_STANDARD = caseInsensitive(/^(?:[\s,]+[\w’'-]+){0,6}?[\s,]+(?:than|as)\s+(?:the\s+)?(?:[$€£\d(\[]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half)\b)/.source);
/** A superlative naming terms ("the lowest rate", "our best price", "the most favourable terms"). */
const TERMS_AFTER = caseInsensitive(/^\s+(?:[\w’'-]+\s+)?(?:price|prices|pricing|rate|rates|terms|royalty|royalties|fee|fees|charge|charges|deal|deals|discount|discounts|conditions)\b/.source);
/**
 * The others the terms are compared with: any (no, every, each) other one, another one ("any other government agency",
 * "no other store"); a party named as other, third or new ("other licensees", "a third party", "new customers"); anyone
 * else. "Other than" is an exception, "or other monthly minimums" names no party, "the other party" is the counterparty, and
 * others who sell ("any third party supplier") set a cost or a benchmark, not terms others get; "Third Party Materials" is a thing.
 */
const SELLERS = String.raw`(?:suppliers?|vendors?|providers?|manufacturers?|sources?|sellers?|subcontractors?|contractors?)\b`;
/** What may follow a party named as other or third: a function word or a verb of getting, not a noun ("Third Party Materials"). */
const AFTER_PARTY = String.raw`(?:to|on|than|in|at|for|of|or|and|with|under|by|who|whom|that|which|whose|a|an|the|any|is|are|was|were|be|shall|may|will|would|could|should|must|can|has|have|had|receives?|received|gets?|got|pays?|paid|enjoys?|obtains?|licensees?|customers?|distributors?|resellers?|purchasers?|buyers?|users?|members?|partners?|investors?|holders?|clients?)\b`;
/**
 * Things, not parties, after "any other" ("(or any other Shares)", "those offered for any other Products", "any other
 * terms"): no one is compared with them. (A party noun after "other" is read by the alternatives below too.)
 */
const THINGS = String.raw`(?:shares?|stock|securities|products?|goods|items?|services?|rights?|patents?|marks?|trade-?marks?|software|materials?|terms?|conditions|provisions?|agreements?|contracts?|amounts?|sums?|fees?|charges?|prices?|rates?|royalt(?:y|ies)|units?|equipment|property|assets?|information|matters?|purposes?|manner|ways?|times?|periods?|obligations?|documents?|payments?|costs?|expenses?|taxes|currenc(?:y|ies)|jurisdictions?|countr(?:y|ies)|territor(?:y|ies)|markets?|fields?|applications?|uses?|technology|know-how|inventions?|improvements?|licen[cs]es?|consideration|remed(?:y|ies)|reasons?|events?|means|forms?|kinds?|types?|sections?|clauses?|laws?|regulations?|requirements?)\b`;
const OTHERS = caseInsensitive(String.raw`\b(?:(?:any|no|every|all)\s+other(?!\s+than\b)(?!\s+${SELLERS})(?!\s+${THINGS})\s+[\w’'-]+|another\s+(?!than\b)(?!${SELLERS})(?!${THINGS})[\w’'-]+|(?<!\bthe\s+(?:\d+\s+)?)(?:other|third|new|similarly\s+situated)(?!\s+than)\s+(?:[\w’'-]+\s+){0,2}?(?:party|parties|person|persons|entity|entities|compan(?:y|ies)|licensees?|sub-?licensees?|customers?|clients?|buyers?|purchasers?|distributors?|resellers?|dealers?|users?|members?|partners?|investors?|holders?|agents?|agenc(?:y|ies)|schools?|stores?|retailers?|collaborators?|accounts?|businesses)(?!\s+${SELLERS})(?!\s+(?!${AFTER_PARTY})[A-Za-z])|(?:anyone|anybody|no\s+one|nobody)\s+else|others)\b`);

/** The comparison frame at the comparative [actStart, actEnd): when the comparative has its standard and names others near it, else null. */
/** The terms named right before "more" or "most" ("on terms more favourable", "royalties more advantageous"). */
const TERMS_BEFORE = caseInsensitive(/\b(?:price|prices|pricing|rate|rates|terms|royalty|royalties|fee|fees|charge|charges|deal|deals|discount|discounts|conditions)\s+(?:more|most)\s+$/.source);
/** Others a few words after a comparative, as its complement ("cheaper on our website for new customers"). */
const OTHERS_NEXT = caseInsensitive(/^(?:[\s,]+[\w’'-]+){0,4}?[\s,]+(?:for|to)\s+(?:any\s+|all\s+)?(?:other|new|another|third)\b/.source);
/** A sentence opening with a bare plural and a relative clause: "Resellers who ...", "Customers that ...". */
const CLASS_SUBJECT = /^\s*(?:[A-Z][\w’'-]*\s+){0,2}?[A-Z][a-z’'-]*s\s+(?:who|that|whose|which)\b/;
export function comparisonOf(text: string, actStart: number, actEnd: number, clauseStart: number, clauseEnd: number): RoleFrame | null {
  const after = text.slice(actEnd, Math.min(clauseEnd, actEnd + 80));
  const before = text.slice(Math.max(clauseStart, actStart - 12), actStart);
  const word = text.slice(actStart, actEnd).toLowerCase();
  const degree = DEGREE.has(word);
  const holds = ((degree ? THAN_NEXT : THAN_AFTER).test(after) && !FIGURE_STANDARD.test(after))
    || (/\bas\s+$/i.test(before) && AS_AFTER.test(after) && !FIGURE_STANDARD.test(after))
    // A superlative or an attributive comparative of the terms, the standard left unsaid ("the lowest rate", "a better
    // deal", "at lower Charges", "any more favorable royalty granted to any other licensee"; not "less any fees", a deduction).
    // Not "at the Sales Price or a higher price": the alternative to a price just named is a floor, that price its standard.
    || ((word.endsWith('est') || word === 'best' || (degree && word !== 'less') || /\b(?:most|more)\s+$/i.test(before)) && TERMS_AFTER.test(after) && !/\bor\s+an?\s+$/i.test(before))
    // "pays less for these products than you do".
    || (degree && /^\s+for\s+(?:[\w’'-]+\s+){0,3}?than\b/i.test(after))
    // The terms before a comparative of quality, the standard left unsaid ("supplies Equivalent Services to any other
    // customer ... on terms more favourable to that customer").
    || (!degree && TERMS_BEFORE.test(text.slice(Math.max(clauseStart, actStart - 32), actStart)))
    // The others as the comparative's complement, its standard their price ("the same plan listed cheaper on our website for
    // new customers"; "sells it cheaper to any other school"): read with OTHERS below.
    || (degree && word !== 'less' && OTHERS_NEXT.test(after))
    // "to new customers for less" (no standard said: the others' price is the standard).
    || (word === 'less' && /\bfor\s+$/i.test(before) && !THAN_AFTER.test(after));
  if (!holds) return null;
  const from = sentenceStart(text, actStart, clauseStart, FRAME_REACH);
  // A class described, not a party promised ("Resellers who reach Gold tier pay a lower wholesale price than other
  // resellers"; "Customers who pay annually pay less than monthly customers"): a bare plural with its relative clause as the
  // subject says how a tier is priced; a most-favoured clause compares a party, named or addressed, with the others.
  if (CLASS_SUBJECT.test(text.slice(from, actStart))) return null;
  const end = sentenceEnd(text, actEnd, clauseEnd, COMPARISON_NEAR);
  const nearStart = Math.max(from, actStart - COMPARISON_NEAR);
  // (From a little before the neighbourhood, so that "the" before "other party" is seen across a page break.)
  if (!OTHERS.test(text.slice(Math.max(0, nearStart - 60), end))) return null;
  return { start: actStart, nearStart, nearEnd: end, sentenceStart: from, sentenceEnd: end };
}

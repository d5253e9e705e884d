// Where a period ends an abbreviation rather than a sentence: one definition for the clause splitter's run-in
// headings, the facts' sentences and the rules' evidence excerpts (it lives in the earliest stage that reads it).

/** Titles before a name: their period never ends a sentence ("Mr. Smith", "Dr. Jones"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'messrs', 'dr', 'prof']);
/**
 * Labels of a number: an abbreviation before one ("No. 5", "Nos. 3 and 4", "Sec. 2", Australian and English "cl. 3.1",
 * "Sch. 2"), a word elsewhere ("is no. Licensee").
 */
const NUMBER_LABELS = new Set(['no', 'nos', 'sec', 'secs', 'art', 'arts', 'para', 'paras', 'vol', 'fig', 'pp', 'cl', 'cls', 'sch']);
/** Abbreviations used inside a sentence, which they do not end ("e.g. Licensed Products", "Jan. 5", "Smith v. Jones"). */
const INSIDE = new Set(['e.g', 'i.e', 'cf', 'viz', 'vs', 'v', 'approx', 'incl', 'esp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/**
 * The ends of names and lists, which often end a sentence too: they do before a capital ("... with Acme Inc. The
 * Licensee shall"), unless another name's end follows ("Samsung Co. Ltd.").
 */
const NAME_ENDS = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'lp', 'plc', 'gmbh', 'pty', 'etc', 'seq', 'al', 'jr', 'sr', 'st']);
/** What a word in capitals may abbreviate: "ACME INC.", "MR. SMITH", "NO. 5"; "notify VS.", "the SEC." and "NOTICES, ETC." end sentences and headings. */
const IN_CAPITALS = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'lp', 'plc', 'gmbh', 'pty', 'mr', 'mrs', 'ms', 'messrs', 'dr', 'no', 'nos']);
/** Single letters with dots: "U.S.", "F.E.R.C.", "U.S.C.", "C.F.R.", "L.P.", "p.m." (almost always inside a sentence). */
const INITIALISM = /^(?:[a-z]\.)+[a-z]$/;
/**
 * A capitalised name before a capital letter on its line, so the letter is an initial ("John A. Smith"), unless it is a
 * word that designates things by a letter ("Exhibit A. The Licensee ..."). A letter after anything else is a list
 * item's ("A. Supplier shall ...", "and B. WHEREAS").
 */
const NAME_BEFORE_INITIAL = /\b[A-Z][a-z]+[ \t]+$/;
/** Words after which a capital letter with a dot is a person's initial when a surname follows ("by J. Smith"), or another initial ("J. R. Smith"). */
const NAME_LEAD = /(?:\b(?:by|By|BY|to|To|from|From|Attn|ATTN|Attention|ATTENTION|Name|NAME|Signed|SIGNED)[ \t]*:?|(?<![A-Za-z])[A-Z]\.)[ \t]+$/;
const SURNAME = /^[A-Z](?:[a-z]|\.[ \t]|[A-Z]{2})/;
// Names with initials in a list: a letter after an initialed name and 'and', 'or', '&' or a comma ("A. Jones and B.
// Brown", "A. Jones, B. Brown"), or before a surname that such a name follows ("A." of "A. Jones and B. Brown").
const AFTER_INITIALED_NAME = /(?<![A-Za-z])[A-Z]\.[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t]*,|[ \t]+(?:and|or|&))[ \t]+$/;
const BEFORE_INITIALED_NAME = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t]*,|[ \t]+(?:and|or|&))[ \t]+[A-Z]\.[ \t]+[A-Z][a-z]/;
// A capitalised word then a modal or a verb of obligation is a new sentence's subject, not a surname: "delivered by A.
// Licensee shall", not "signed by J. Smith on behalf of".
const SUBJECT_THEN_VERB = /^[A-Z][A-Za-z-]*[ \t]+(?:shall|will|may|must|should|can|agrees?|undertakes?|is|are|has|have)(?![A-Za-z])/;
const DESIGNATED = /\b(?:Exhibit|Schedule|Annex|Appendix|Attachment|Addendum|Amendment|Section|Subsection|Article|Clause|Paragraph|Subparagraph|Recital|Part|Party|Class|Series|Phase|Milestone|Item|Tier|Type|Option|Table|Form|Rule|Note|Level|Grade|Group|Category|Stage|Tranche|Round|Plan|Unit|Lot|Version|Release|Model|Region|Zone|Site)[ \t]+$/;
// A word that opens sentences and is nobody's surname: after it the letter ended one ("... in Paragraph B. The fee"),
// and so did letters with dots ("... sold in the U.S. Those territories ...").
const SENTENCE_OPENER = /^(?:The|This|These|Those|That|Each|Any|All|If|In|Upon|Such|Neither|Nothing|Notwithstanding|Unless|Subject)(?![A-Za-z])/;
const isAllCaps = (word: string): boolean => word.length > 1 && word === word.toUpperCase() && !word.includes('.');

const MAX_WORD = 12;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

/**
 * Where the word (letters and inner dots) that ends at `end` starts, read back to `lo` at most; -1 when there is none or
 * it is too long to be an abbreviation.
 */
function wordStart(text: string, end: number, lo = 0): number {
  let w = end;
  while (w > lo && end - w <= MAX_WORD && (isAsciiLetter(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === 46)) w--;
  if (w === end || end - w > MAX_WORD || !isAsciiLetter(text.charCodeAt(w))) return -1;
  return w;
}

/** Whether a word (as written, inner dots, no final dot) may be an abbreviation anywhere: what a heading cannot end with. */
export function isAbbreviation(written: string): boolean {
  const word = written.toLowerCase();
  if (isAllCaps(written)) return IN_CAPITALS.has(word);
  return TITLES.has(word) || NUMBER_LABELS.has(word) || INSIDE.has(word) || NAME_ENDS.has(word) || INITIALISM.test(word);
}

/** Whether `text` (a run-in heading's candidate, before its period) ends with an abbreviation ("Acme Inc", "Agreement No"). */
export function endsWithAbbreviation(text: string): boolean {
  const w = wordStart(text, text.length);
  return w >= 0 && (w === 0 || !isAsciiLetter(text.charCodeAt(w - 1))) && isAbbreviation(text.slice(w));
}

/**
 * Whether the "." at `dot` ends an abbreviation, not a sentence, judged by the word before it and the first character
 * after the white space that follows: a title ("Mr. Smith"), a number's label before a number ("No. 5", not "there is
 * no. Licensee ..."), an abbreviation used inside sentences ("e.g."), single letters with dots ("F.E.R.C. approval",
 * "U.S. Dollars"), an initial ("John A. Smith", not "Exhibit A. The" nor an item's "A. Supplier"), or a name's end before no capital ("Acme Inc.
 * shall", "Acme, Inc. (the"). A lower-case word alone proves nothing: "iPass", "theglobe" and list items "f)" open
 * sentences. The word is read back to `lo` at most (a range's start).
 */
export function abbreviationDot(text: string, dot: number, lo = 0): boolean {
  const w = wordStart(text, dot, lo);
  if (w < 0 || (w > lo && isAsciiLetter(text.charCodeAt(w - 1)))) return false;
  const written = text.slice(w, dot);
  const word = written.toLowerCase();
  if (isAllCaps(written) && !IN_CAPITALS.has(word)) return false;
  if (TITLES.has(word) || INSIDE.has(word)) return true;
  let j = dot + 1;
  while (j < text.length && j < dot + 8 && isBlank(text.charCodeAt(j))) j++;
  // "sold in the U.S. The Licensee shall ...": before a word that opens sentences the letters' last dot ends one.
  if (INITIALISM.test(word)) return j === dot + 1 || !SENTENCE_OPENER.test(text.slice(j, j + 8));
  const next = j < text.length ? text.charCodeAt(j) : -1;
  // "No. 5", "No. #12", "Contract No. ______", "No. [●]"
  if (NUMBER_LABELS.has(word)) return isDigit(next) || next === 35 || next === 95 || next === 91;
  if (NAME_ENDS.has(word)) {
    if (!isUpper(next)) return true;
    // "Co. Ltd.", "Co. L.P.": another name's end follows.
    let k = j;
    while (k < text.length && k - j <= MAX_WORD && (isAsciiLetter(text.charCodeAt(k)) || text.charCodeAt(k) === 46)) k++;
    const following = text.slice(j, k).replace(/\.$/, '').toLowerCase();
    return NAME_ENDS.has(following) || INITIALISM.test(following);
  }
  if (word.length === 1) {
    const before = text.slice(Math.max(0, w - 16), w);
    if (!isUpper(text.charCodeAt(w)) || DESIGNATED.test(before) || SENTENCE_OPENER.test(text.slice(j, j + 8))) return false;
    // "John A. Smith"; with no first name, after a word that leads to a name and before a capitalised surname ("signed
    // by J. Smith", "Attention: J. Smith", "J. R. Smith"); in a list of names with initials ("A. Jones and B. Brown").
    if (NAME_BEFORE_INITIAL.test(before) || (NAME_LEAD.test(before) && SURNAME.test(text.slice(j, j + 3)) && !SUBJECT_THEN_VERB.test(text.slice(j, j + 40)))) return true;
    return AFTER_INITIALED_NAME.test(text.slice(Math.max(0, w - 40), w)) ? SURNAME.test(text.slice(j, j + 3)) : BEFORE_INITIALED_NAME.test(text.slice(j, j + 40));
  }
  return false;
}

/** Words a number with a dot follows inside a sentence ("Section 2.04", "EUR 1.5 million"), in any case. */
const NUMBER_DESIGNATORS = new Set(['section', 'sections', 'article', 'articles', 'clause', 'clauses', 'paragraph', 'paragraphs', 'para', 'schedule', 'exhibit', 'annex', 'appendix', 'part', 'rule', 'no', 'nos', 'sec', 'art', 'cl', 'usd', 'eur', 'gbp', 'chf', 'jpy', 'cad', 'aud', 'us', 'and', 'or', 'to', 'of', 'in', 'under']);
/**
 * Whether the number whose dot between two digits is at `dot` stands inside a sentence ("Section 2.04", "$1.5
 * million", "within 2.5 years"), so the dot is a number's: not when it opens its line or follows a capitalised word
 * other than a designator, as a clause's number does ("## 2. Licence Grant" then "2.1 Alpha hereby grants", "LICENCE
 * GRANT 2.1 Alpha"), which ends the heading before it.
 */
function inlineNumber(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && (isDigit(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) s--;
  let p = s - 1;
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 160)) p--;
  if (p < 0) return false;
  const c = text.charCodeAt(p);
  if (!isAsciiLetter(c)) return c === 44 || c === 40 || c === 36 || c === 163 || c === 8364 || c === 167 || c === 34 || c === 8220 || c === 45 || c === 8211;
  let w = p;
  while (w > 0 && isAsciiLetter(text.charCodeAt(w - 1))) w--;
  return !isUpper(c) && !isUpper(text.charCodeAt(w)) ? true : NUMBER_DESIGNATORS.has(text.slice(w, p + 1).toLowerCase());
}

/** What the rules read in place of a dot that ends no sentence: one character, so offsets and excerpts hold. */
export const INNER_DOT = '\u2024';
/** Letters with dots ("U.S.", "e.g.", "U.S.C."): their inner dots end nothing, wherever the last one stands. */
const DOTTED_LETTERS = /(?<![A-Za-z.])(?:[A-Za-z]\.)+[A-Za-z](?=\.)/g;

/**
 * The text the rules' patterns read: each dot of an abbreviation that ends no sentence (abbreviationDot: "U.S. or
 * Canada", "e.g. a", "Beta Power, Inc. shall", "No. 5", "John A. Smith"), each inner dot of letters with dots ("U.S."
 * before "The" keeps its last dot only) and each dot between two digits ("Section 2.04", "$1.5 million") replaced by
 * INNER_DOT (one dot leader), so that a sentence-scoped pattern's
 * "[^.;]" reads across it; the rules compile "\." to match it too (rules/patterns.ts). The same string when no dot changes.
 */
export function textForRules(text: string): string {
  const dots: number[] = [];
  for (const m of text.matchAll(DOTTED_LETTERS)) {
    for (let k = m.index + 1; k < m.index + m[0].length; k += 2) dots.push(k);
  }
  for (let k = text.indexOf('.'); k >= 0; k = text.indexOf('.', k + 1)) {
    const before = k > 0 ? text.charCodeAt(k - 1) : -1;
    if (isDigit(before) ? isDigit(text.charCodeAt(k + 1)) && inlineNumber(text, k) : isAsciiLetter(before) && abbreviationDot(text, k)) dots.push(k);
  }
  if (dots.length === 0) return text;
  dots.sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const k of dots) {
    if (k < from) continue;
    out += text.slice(from, k) + INNER_DOT;
    from = k + 1;
  }
  return out + text.slice(from);
}

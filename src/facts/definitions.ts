// Defined terms: definitions sections ("X" means ...), inline definitions ((the "X")), and where each term is used.
import type { Definition } from '../model/index.js';
import { isBlankChar, isFurnitureLine } from '../clauses/blocks.js';
import { capitalStarts, codeAt, isAlnumCode, lastAtOrBefore, matchesAt, sortedStarts, squash, type ClauseLocator } from './text.js';

const Q_OPEN = '["“]';
const Q_CLOSE = '["”]';
// A term may run over one line break (EDGAR text wraps lines inside quotes: (the "Effective\nDate")), not a blank line
// ("\r" too: a CRLF text's blank line is "\r\n\r\n").
const TERM = '([A-Z0-9](?:[^"“”\\n]|\\n(?![ \\t\\r]*\\n)){0,79}?)';
// "and "Assertion" has a corresponding meaning", "have correlative meanings": a term defined by the one before it.
const MEANS = String.raw`(?:shall\s+(?:mean|have\s+the\s+(?:same\s+)?meaning|refer\s+to|include)|means|ha(?:s|ve)\s+the\s+(?:same\s+)?meanings?|ha(?:s|ve)\s+(?:a\s+)?(?:corresponding|correlative|cognate)\s+meanings?|refers\s+to|is\s+defined\s+(?:as|in)|shall\s+be\s+defined\s+as)\b`;

// "Affiliate" of a Person means, "Event of Bankruptcy" for any Person means: a short qualifier between term and verb.
// '"Territory" as that term is used herein shall mean': the words say where the meaning applies.
const QUALIFIER = String.raw`(?:,?\s*(?:(?:for|of|with\s+respect\s+to|in\s+relation\s+to|in\s+respect\s+of|as\s+applied\s+to)\s+[^"“”\n;.:()]{1,60}?|as\s+(?:that|such|the|this)\s+term\s+is\s+used\s+(?:herein|in\s+this\s+[A-Z]\w+|hereunder))[,:]?\s*(?=means|shall\s+mean))?`;

/**
 * One pass finds all three forms:
 *  1. `"Licensed Patents" means ...` / `"X" shall mean` / `"X" or "Y" means` / `"X," "Y" and "Z" have the meanings given in
 *     DFARS 252.227-7013(a)` (the first term; the others by the loop in findDefinitions);
 *  2. parentheticals holding quoted capitalised words: `(the "Licensed Patents")`, `(each a "Party", together the "Parties")`;
 *  3. unquoted headings of a definitions list: `Licensed Patents: means ...`, `1.4 Licensed Patents means ...` at a line start,
 *     or `1.3 Acceptance Period - the period ...`;
 *  4. `hereinafter "X"`, `shall be referred to as a "X"`.
 *  6. an English-law list entry: the term in bold at a line start, then a colon (`**Assigned Patents**: the patents ...`);
 *  7. a row of a definitions table: the quoted term in the first cell, a tab, its meaning (`"Know-How"\tunpatented ...`);
 *  8. a continental list entry: the quoted term at a line start, a colon, its meaning (`a. "Affiliate": any legal entity ...`).
 */
/** A definitions list entry's start: a line start, then its item label if any ('a. ', '(3) ', '1.2 '): forms 8 and 9. */
const LIST_ENTRY_START = String.raw`(?<=(?:^|\n)[ \t]{0,8}(?:\(?(?:[a-z]{1,3}|[0-9]{1,3}(?:\.[0-9]{1,3})*)[.)][ \t]+)?)`;
export const DEFINITION_PATTERN = new RegExp(
  [
    // Markdown emphasis may wrap the quoted term (**"X"** means) or sit inside its quotes ("**X**" means), and EDGAR
    // text may underline it ("X" ------ means).
    `${Q_OPEN}\\s*[*_]{0,3}${TERM}[*_]{0,3}\\s*${Q_CLOSE}[*_]{0,3}\\s*(?:\\(\\s*(?:or\\s+)?${Q_OPEN}[^"”]{1,80}${Q_CLOSE}\\s*\\)\\s*)?(?:(?:,\\s*)?(?:(?:or|and)\\s+)?${Q_OPEN}[^"”]{1,80}${Q_CLOSE}[*_]{0,3}\\s*){0,6}${QUALIFIER}[,:]?\\s*(?:-{3,}\\s*)?${MEANS}`,
    // The part before the first quote cannot hold a quote, so "(a)" and "(iii)" fail at once instead of backtracking.
    // Short bracketed labels may sit inside: (clauses (i) and (ii), the "Conditions").
    `\\(((?:[^()"“]|\\([^()"“]{1,12}\\)){0,300}${Q_OPEN}[^()]{0,300})\\)`,
    // ... or after a sentence when the list is numbered and run together on one line ("... purposes. 2.1.34 Inspected Crude: means"),
    // or not numbered, where EDGAR joined its lines with a wide gap ("... given below:     Business Day means ...;     Exclusivity
    // Date means ...").
    // An unquoted entry may take its meaning from a statute or another clause ("**Related Body Corporate** has the meaning
    // given in the Corporations Act", "Control has the meaning set out in clause 14.2"): it defines the term all the same.
    // Words that name it a term may come first ("(j) the term Related Body Corporate has the meaning given in the
    // Corporations Act 2001"): the term is the capitalised words after them.
    // EDGAR may also run a whole list into one paragraph, each entry after the last one's full stop or the lead-in's colon
    // ("... the following meaning: Affiliates means ... a Party. Launch shall mean ..."): one or two blanks, then
    // capitalised words straight before the verb.
    // The item may be lettered ("a) Confidential Information shall mean", in mid-line where EDGAR joined the lines), the
    // term emphasised (**Licensed Patents** means), also as a bulleted list ("- **Improvement** means"), or followed by a
    // full stop ("Paying Agent. means").
    `(?:(?:^|\\n)[ \\t]*(?:[-+•][ \\t]+|\\*[ \\t]+(?=\\*\\*))?[*_]{0,3}(?:\\(?[0-9]{1,3}(?:\\.[0-9]{1,3})*[.)]?\\s+|\\(?[a-z]{1,3}\\)\\s+)?|[.;][ \\t]+[0-9]{1,3}(?:\\.[0-9]{1,3})+\\.?[ \\t]+|(?<=\\s)\\(?[a-z]{1,2}\\)[ \\t]+|[.;:][ \\t]{3,}|[.:][ \\t]{1,2}(?=[A-Z][A-Za-z0-9-]*(?:[ \\t]+[A-Z][A-Za-z0-9-]*){0,4}[ \\t]+(?:shall[ \\t]+mean|means)\\b))(?:[Tt]he[ \\t]+(?:term|expression)[ \\t]+)?[*_]{0,3}([A-Z][A-Za-z0-9-]*(?:[ \\t]+(?:of|and|the|for|in|to|a|an|or|[A-Z][A-Za-z0-9-]*)){0,5})[*_]{0,3}[ \\t]*[.:]?[*_]{0,3}[ \\t]+(?:shall\\s+mean|means|ha(?:s|ve)[ \\t]+the[ \\t]+meaning[ \\t]+(?:given|set[ \\t]+(?:out|forth)|assigned|ascribed))\\b`,
    // A numbered list of "Term - the ..." entries ("1.3 Acceptance Period - the period commencing on ...").
    `(?:^|\\n)[ \\t]*\\(?[0-9]{1,3}(?:\\.[0-9]{1,3})*[.)]?[ \\t]+([A-Z][A-Za-z0-9-]*(?:[ \\t]+(?:of|and|the|for|in|to|a|an|or|[A-Z][A-Za-z0-9-]*)){0,5})[ \\t]+[-–—][ \\t]+(?=(?:the|a|an|any|all|each|that|those|unless|except|subject|with|in|as|for|means)\\b)`,
    // "... are collectively termed "Safety Reports."": a full stop before the closing quotation mark, as American usage
    // sets it, ends the sentence, not the term.
    `\\b(?:hereinafter(?:\\s+(?:referred\\s+to\\s+as|called))?|(?:shall\\s+be|is|are)\\s+(?:collectively\\s+|individually\\s+)?(?:referred\\s+to\\s+as|called|termed))\\s+(?:an?\\s+|the\\s+)?${Q_OPEN}\\s*[*_]{0,3}${TERM}[*_]{0,3}\\.?\\s*${Q_CLOSE}`,
    // 6. An English-law definitions list: the term in bold at a line start, then a colon ("**Assigned Patents**: the
    // patents ...", "**Business Day:** a day other than ..."), with no quotes and no "means"; the entries may be bulleted.
    // A label whose value is a date ("**Dated:** 14 January 2027", "**Date:** 2027-01-14") heads a cover page; it defines
    // nothing.
    `(?:^|\\n)[ \\t]*(?:[-+•*][ \\t]+)?\\*\\*([A-Z][A-Za-z0-9-]*(?:[ \\t]+(?:of|and|the|for|in|to|a|an|or|[A-Z][A-Za-z0-9-]*)){0,5})(?::\\*\\*|\\*\\*[ \\t]*:)[ \\t]+(?=\\S)(?![0-9]{1,2}(?:st|nd|rd|th)?[ \\t]+[A-Z][a-z]+,?[ \\t]+[0-9]{4}|[A-Z][a-z]+[ \\t]+[0-9]{1,2}(?:st|nd|rd|th)?,?[ \\t]+[0-9]{4}|[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4})`,
    // 7. A row of a definitions table (HTML or Word, cells joined by tabs): the quoted term alone in the first cell at a
    // line start, its meaning in the next, with no "means" ("“Improvement”\tany modification of ...").
    `(?<=(?:^|\\n)[ \\t]{0,8})${Q_OPEN}\\s*[*_]{0,3}${TERM}[*_]{0,3}\\s*${Q_CLOSE}[*_]{0,3}\\t+(?!${MEANS})(?=\\S)`,
    // 8. A continental definitions list (Dutch, German, Nordic drafting in translation): the quoted term at a line start,
    // after an item label if any, then a colon and its meaning, with no "means" ("a. "Affiliate": any legal entity ...").
    `${LIST_ENTRY_START}${Q_OPEN}\\s*[*_]{0,3}${TERM}[*_]{0,3}\\s*${Q_CLOSE}[*_]{0,3}[ \\t]*:[ \\t]+(?!${MEANS})(?=\\S)`,
    // 9. The same list with 'is' or 'are' for 'means', as German and Nordic drafting translate 'sind' and 'ist' ('(1)
    // "Contractual Property Rights" are the patents listed in Annex 1', '(3) "Net Selling Price" is the amount invoiced').
    // At a line start only: in running text a quoted name before 'is' names a thing ('the product "Zeta" is ...').
    `${LIST_ENTRY_START}${Q_OPEN}\\s*[*_]{0,3}${TERM}[*_]{0,3}\\s*${Q_CLOSE}[*_]{0,3}[ \\t]+(?:is|are)[ \\t]+(?!not\\b)(?=[a-z])`,
  ].join('|'),
  'g',
);
const DEFINITION_AT = new RegExp(DEFINITION_PATTERN.source, 'y');

/** What an unquoted list entry (form 3) holds between its start and "mean": letters, digits and - . ( ) : * _ */
const isEntryCode = (c: number): boolean => isAlnumCode(c) || c === 45 || c === 46 || c === 40 || c === 41 || c === 58 || c === 42 || c === 95;
const isBlankCode = (c: number): boolean => c === 32 || c === 9;
const isLowerCode = (c: number): boolean => c >= 97 && c <= 122;

/**
 * Where form 3 can start if it ends at the "mean" at `k`. Before "mean" an entry holds at most twelve runs between
 * spaces ("; " or ". ", an item number, "the term", six words, a stray ":" or "**", "shall"), all of entry characters
 * (the walk allows thirteen: one to spare), so the walk back is short (and never walks the same text twice); it keeps the places where an entry can open: a line
 * break, "; ", ". " or ": ", a letter item "a)".
 */
function entryStartsBefore(text: string, k: number, floor: number, out: number[]): void {
  // Below `floor` (the previous "mean") the previous walk has been: it crossed the same runs with a larger budget.
  let j = k;
  let runs = 0;
  while (j > floor) {
    const c = text.charCodeAt(j - 1);
    if (isBlankChar(c)) j--;
    else if (runs < 13 && isEntryCode(c)) {
      runs++;
      while (j > floor && isEntryCode(text.charCodeAt(j - 1))) j--;
    } else {
      j -= c === 59 ? 1 : 0;
      break;
    }
  }
  // One push for the openings: a push reached only by a letter item ("a)", "(a)") would lack type feedback after
  // warm-up text without one, and the first document that has one threw the optimised walk away. A letter item may
  // open with its bracket, after white space ("(a) Confidential Information shall mean"), as the pattern's \(? allows.
  for (let s = j; s < k; s++) {
    const c = text.charCodeAt(s);
    let opens = c === 10;
    if (c === 46 || c === 59 || c === 58) opens = isBlankCode(codeAt(text, s + 1));
    else if ((isLowerCode(c) || c === 40) && s > 0 && isBlankChar(text.charCodeAt(s - 1))) {
      const bracket = c === 40 ? 1 : 0;
      const d = codeAt(text, s + 1 + bracket);
      const letter = bracket === 0 || isLowerCode(codeAt(text, s + 1));
      opens = letter && (d === 41 || (isLowerCode(d) && codeAt(text, s + 2 + bracket) === 41));
    }
    if (opens) out.push(s);
  }
}

const CURLY_OPEN = /[\u201c]/g;

/** Form 5's opening words, by their last letter: "hereinafter", "shall", "is", "are" (r, l, s, e). */
const PHRASE_OPENERS: readonly (readonly [number, string])[] = [
  [114, 'hereinafter'],
  [108, 'shall'],
  [115, 'is'],
  [101, 'are'],
];

/**
 * Where form 5 can start before the quote at `q`: at "hereinafter", "shall", "is" or "are" ending one of the seven
 * words before it ("shall be collectively referred to as the "X"" is the longest phrase; its words are separated by
 * white space alone, and only the first may hold more than its word, before it: "(hereinafter"). The walk never goes
 * below `floor` (the previous quote: no phrase word after the first holds a quote).
 */
function phraseStartsBefore(text: string, q: number, floor: number, out: number[]): void {
  let j = q;
  for (let words = 0; words < 7 && j > floor; words++) {
    while (j > floor && isBlankChar(text.charCodeAt(j - 1))) j--;
    const last = j > floor ? text.charCodeAt(j - 1) : -1;
    // The same steps for every word (a table, no chain of comparisons that only some words reach).
    for (let w = 0; w < PHRASE_OPENERS.length; w++) {
      const [code, word] = PHRASE_OPENERS[w] as readonly [number, string];
      if (last === code && j - word.length >= 0 && text.startsWith(word, j - word.length)) out.push(j - word.length);
    }
    while (j > floor && !isBlankChar(text.charCodeAt(j - 1))) j--;
  }
}

/**
 * Whether form 2 can start at the "(" at `k`: it needs a quote before the bracket closes, and its opening part holds
 * at most 300 pieces of no bracket or quote (or a short bracketed label), so the first bracket or quote within 301
 * characters must be a quote or "(". Most brackets hold a label or a figure ("(a)", "(5)"). (Form 3 can start at a
 * letter item's bracket too: entryStartsBefore finds those before its "mean".)
 */
function bracketMayOpen(text: string, k: number): boolean {
  const limit = Math.min(text.length, k + 302);
  for (let j = k + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 41) return false;
    if (c === 40 || c === 34 || c === 0x201c) return true;
  }
  return false;
}

/**
 * Every position where DEFINITION_PATTERN can match, from literals each form must hold: its opening quote (1) or
 * bracket (2), the "mean" that ends a list entry (3), a line that opens with an item number (4), the words before a
 * quote (5). The pattern has no cheap opening of its own: a regex scan tries it at every position.
 */
function definitionOpenings(text: string): Int32Array {
  // One small function per literal: this one runs once per document and is compiled late (after the helpers, each
  // compiled on its own when its loop gets hot), so it holds no loop of its own; with every loop inlined into it, its
  // one optimised compile cost TurboFan as much as the rest of the stage's compiles together.
  const starts = [0];
  quoteOpenings(text, starts);
  bracketOpenings(text, starts);
  meanOpenings(text, starts);
  itemLineOpenings(text, starts);
  return sortedStarts(starts);
}

/**
 * Each quote, and where form 5 can open before it: a walk back over at most seven words from each quote replaces a
 * scan of the whole text for "hereinafter", "referred" and "called" (three words of common letters).
 */
function quoteOpenings(text: string, starts: number[]): void {
  for (let q = text.indexOf('"'), floor = 0; q >= 0; floor = q, q = text.indexOf('"', q + 1)) {
    starts.push(q);
    phraseStartsBefore(text, q, floor, starts);
  }
  // "“" by a regex of its class: a text of one-byte characters cannot hold it and the class fails at once, where
  // indexOf('\u201c') read the whole text (3.8 ms over CUAD dev, which has none; the class 1.1 ms).
  CURLY_OPEN.lastIndex = 0;
  for (let floor = 0; CURLY_OPEN.test(text); ) {
    const q = CURLY_OPEN.lastIndex - 1;
    starts.push(q);
    phraseStartsBefore(text, q, floor, starts);
    floor = q;
  }
}

/** The brackets where form 2 can open. */
function bracketOpenings(text: string, starts: number[]): void {
  for (let k = text.indexOf('('); k >= 0; k = text.indexOf('(', k + 1)) if (bracketMayOpen(text, k)) starts.push(k);
}

/** Where form 3 can open, before each "mean". */
function meanOpenings(text: string, starts: number[]): void {
  for (let k = text.indexOf('mean'), floor = 0; k >= 0; floor = k, k = text.indexOf('mean', k + 4)) entryStartsBefore(text, k, floor, starts);
}

/** Whether "**" (a bold term's opening) stands at `at`. */
const boldAt = (text: string, at: number): boolean => codeAt(text, at) === 42 && codeAt(text, at + 1) === 42;

/** The line breaks before an item number, a bracket or a bold term, where form 4, 6 (or form 3 after a number) can open. */
function itemLineOpenings(text: string, starts: number[]): void {
  for (let n = text.indexOf('\n'); n >= 0; n = text.indexOf('\n', n + 1)) {
    let j = n + 1;
    while (isBlankCode(codeAt(text, j))) j++;
    const c = codeAt(text, j);
    // "*": a bold term that opens an entry of an English-law definitions list (form 6), bulleted or not ("- **").
    const bullet = (c === 45 || c === 43 || c === 42 || c === 0x2022) && isBlankCode(codeAt(text, j + 1));
    let b = j + 1;
    while (bullet && isBlankCode(codeAt(text, b))) b++;
    if (c === 40 || (c >= 48 && c <= 57) || boldAt(text, j) || (bullet && boldAt(text, b))) starts.push(n);
  }
}

/** The matches of a global scan of DEFINITION_PATTERN, found at the positions where one can start. */
export function definitionMatches(text: string): Iterable<RegExpExecArray> {
  return matchesAt(text, definitionOpenings(text), DEFINITION_AT);
}

// A pointer: '"X" has the meaning given in Section 4.2', '"X" is defined in Article 3', or a definition that is only the
// place of another ('"Term" means the period set forth in Paragraph ① of Article 15.'); a schedule or exhibit holds the
// thing itself ('means the patents set forth in Schedule A'), so only a clause's place points.
const POINTER = /^["“][^"”]*["”](?:\s*(?:or|and|,)\s*["“][^"”]*["”])*\s*,?\s*(?:shall\s+have|has|have)\s+the\s+(?:same\s+)?meaning\s+(?:given|set\s+(?:forth|out)|specified|ascribed|assigned|provided|as\s+set\s+forth|as\s+defined|defined)|^["“][^"”]*["”]\s*(?:is|shall\s+be)\s+defined\s+in\b|^["“][^"”]*["”]\s*(?:shall\s+)?means?\s+the\s+(?:[a-z]+\s+){1,3}(?:set\s+(?:forth|out)|specified|defined|described|stated|provided\s+for|referred\s+to)\s+in\s+(?:paragraph|section|article|clause|§)(?:[^.;"“”]|\.(?=\d)){0,40}[.;]?\s*$/i;
const QUOTED_TERM = new RegExp(`${Q_OPEN}\\s*[*_]{0,3}${TERM}[*_]{0,3}\\s*${Q_CLOSE}`, 'g');

export interface DefinitionRecord extends Definition {
  readonly style: 'means' | 'inline' | 'pointer';
  /** What the definition says (for "means": the definition sentence; inline: the words before the bracket). */
  readonly text: string;
  /** Where the definition's own words end (for "means": the end of its sentence; inline: the closing bracket). */
  readonly bodyEnd: number;
}

export interface TermUse {
  readonly clauseId: string | null;
  readonly start: number;
  readonly end: number;
}

export interface TermEntry {
  readonly term: string;
  readonly definitions: readonly DefinitionRecord[];
  readonly uses: readonly TermUse[];
}

const NOT_A_TERM = /^(?:[0-9][\d,.]*|[A-Z]|Section|Article|Exhibit|Schedule|Appendix|Annex|Note|NOTE|The|This|A|An|Each|Any|All|In|If|Such|As|Page|By)$/;
// A cross-reference quoted as an example of how the document cites itself ('a reference such as "Section II.B.3(a)"
// refers to Article II, Section B, paragraph 3, subparagraph (a)') is no defined term.
const CITATION_TERM = /^(?:Sections?|SECTIONS?|Articles?|ARTICLES?|Clauses?|CLAUSES?|Paragraphs?|§)\s*(?:[0-9]+|[IVXLC]+\b)(?:[.(][0-9A-Za-z().]*)?$/;

// A definition ends at a full stop before a new line, quote or item number, at a blank line, or at a semicolon that
// starts the next entry of a run-on list ("...Commission; (ee) "SEDAR" means ...").
const BODY_STOP = /\.(?:\s*\n|\s+(?=["“]|[0-9]+(?:\.[0-9]+)*\s|\([a-z]{1,3}\)\s))|;\s*(?:and\s+|or\s+)?(?:\(?[a-z0-9]{1,4}\)\s*)?(?=["“][A-Z])|\n\s*\n/;

/**
 * Where a definition's words are in the text: [from, to) holds them as written (its `text` is that span squashed), and
 * `end` is where they end. The span is squashed only when something reads the text: a check reads few of them.
 */
interface BodySpan {
  readonly from: number;
  readonly to: number;
  readonly end: number;
}

function definitionBody(text: string, from: number): BodySpan {
  const rest = text.slice(from, from + 600);
  const stop = BODY_STOP.exec(rest);
  const to = from + (stop ? stop.index + 1 : rest.length);
  return { from, to, end: to };
}

/** A definition record whose `text` is its body span squashed, on first read (an own property, as in a literal). */
function definitionRecord(text: string, term: string, clauseId: string | null, start: number, end: number, style: DefinitionRecord['style'], body: BodySpan): DefinitionRecord {
  let squashed: string | undefined;
  return {
    term,
    clauseId,
    start,
    end,
    style,
    get text(): string {
      return (squashed ??= squash(text.slice(body.from, body.to)));
    },
    bodyEnd: Math.max(end, body.end),
  };
}

/** Whether a "means" definition's body [from, to) only points to the real definition (POINTER, on the text as written). */
function isPointer(text: string, body: BodySpan): boolean {
  // POINTER opens with a quote; \s and [^"”] read white space the same whether squashed or not.
  const c = text.charCodeAt(body.from);
  return (c === 34 || c === 0x201c) && POINTER.test(text.slice(body.from, body.to));
}

/** The start of the line holding `at`, looking back at most 200 characters (a bounded scan keeps the pass linear). */
function lineStartNear(text: string, at: number): number {
  const from = Math.max(0, at - 200);
  let nl = at - 1;
  while (nl >= from && text.charCodeAt(nl) !== 10) nl--;
  return nl < from ? from : nl;
}

/**
 * Where the words after the last ". " or "; " (a full stop or semicolon, then white space) of text[from, to) start,
 * or `from`: the last piece that splitting the slice at /[.;]\s/ gives, without the slice, the split and its pieces.
 */
function afterLastStop(text: string, from: number, to: number): number {
  for (let i = to - 2; i >= from; i--) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 59) && isBlankChar(text.charCodeAt(i + 1))) return i + 2;
  }
  return from;
}

// 8. A Markdown definitions table: a pipe table whose header names its columns as terms and their meanings ("| Term |
// Meaning |", "| Defined term | Definition |", "| Expression | Meaning |"). Each row defines the term of its first cell
// (bare, bold or quoted) by the words of the next; a table of anything else (royalty rates, patents) defines nothing.
// The rule under the head is one run of blanks, colons, pipes and dashes with a dash in it, read once: two runs of
// those characters side by side ('[ \t]*\|?[ \t:|-]*-[ \t:|-]*') split a long line of dashes every way (quadratic).
const DEFINITION_TABLE_HEAD = /(?:^|\n)[ \t]*\|[ \t]*[*_]{0,2}(?:Defined[ \t]+)?(?:[Tt]erms?|[Ee]xpressions?|[Ww]ords?)[*_]{0,2}[ \t]*\|[ \t]*[*_]{0,2}(?:[Mm]eanings?|[Dd]efinitions?)[*_]{0,2}[ \t]*(?:\|[ \t]*)?\r?\n(?=[ \t:|]*-)[ \t:|-]*\r?\n/g;
// A table of key details under its heading ('## Key Details', 'Particulars', 'Commercial Terms'), as modern agreements
// open (the terms below then use 'the Royalty Rate' and 'the Initial Term' it sets): its rows define their first
// cells whatever its header row says ('| | |', '| Item | Detail |').
const KEY_DETAILS_TABLE_HEAD = /(?:^|\n)[ \t]*(?:#{1,6}[ \t]+)?[*_]{0,2}(?:[Kk]ey[ \t]+(?:[Dd]etails|[Tt]erms|[Ii]nformation|[Pp]articulars)|PARTICULARS|KEY[ \t]+(?:DETAILS|TERMS)|[Pp]articulars|(?:[Dd]eal|[Cc]ommercial|[Cc]ontract)[ \t]+(?:[Dd]etails|[Pp]articulars|[Tt]erms))[*_]{0,2}:?[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*\|[^\n]*\|[ \t]*\r?\n(?=[ \t:|]*-)[ \t:|-]*\r?\n/g;
/** The term cell of a definitions table row: optional emphasis and quotes around a capitalised term. */
const TABLE_TERM_CELL = /^[ \t]*[*_]{0,2}["“]?[*_]{0,2}([A-Z0-9][^|"“”*_]{0,79}?)[*_]{0,2}["”]?[*_]{0,2}[ \t]*$/;

type AddDefinition = (term: string, start: number, end: number, style: DefinitionRecord['style'], body: BodySpan) => void;
/** A table row read: its term (offsets in the line) and where its meaning's cell starts; 'end' ends the table; null skips the line. */
type RowReader = (line: string) => { term: string; at: number; body: number } | 'end' | null;

/** The rows of each definitions or key details table, Markdown or text, as definitions, through `add`. */
function tableDefinitions(text: string, add: AddDefinition): void {
  if (text.includes('\t')) headedRows(text, KEY_DETAILS_HEADING_LINE, tabRow, add);
  if (!text.includes('|')) return;
  for (const heads of [DEFINITION_TABLE_HEAD, KEY_DETAILS_TABLE_HEAD]) headedRows(text, heads, pipeRow, add);
}

// The same Key Details table as a Word or HTML table reaches the text: the heading alone on its line, then rows of cells
// joined by a tab ('Royalty Rate<TAB>4% of Net Sales'), blank lines between them.
const KEY_DETAILS_HEADING_LINE = /(?:^|\n)[ \t]*(?:[Kk]ey[ \t]+(?:[Dd]etails|[Tt]erms|[Ii]nformation|[Pp]articulars)|PARTICULARS|KEY[ \t]+(?:DETAILS|TERMS)|[Pp]articulars|(?:[Dd]eal|[Cc]ommercial|[Cc]ontract)[ \t]+(?:[Dd]etails|[Pp]articulars|[Tt]erms)):?[ \t]*\r?\n/g;
const TAB_ROW = /^[ \t]*([A-Z0-9][^\t\n"“”]{0,79}?)[ \t]*\t[ \t]*\S/;

/** A text table's row: the term before the first tab; a blank line between rows is skipped. */
const tabRow: RowReader = (line) => {
  if (line.trim() === '') return null;
  const cell = TAB_ROW.exec(line);
  if (cell === null) return 'end';
  const term = cell[1] as string;
  return { term, at: line.indexOf(term), body: line.indexOf('\t') + 1 };
};

/** A Markdown table's row: the term of its first cell (TABLE_TERM_CELL); a line that is no row ends the table. */
const pipeRow: RowReader = (line) => {
  const open = line.indexOf('|');
  if (open < 0 || line.slice(0, open).trim() !== '') return 'end';
  const second = line.indexOf('|', open + 1);
  const cell = TABLE_TERM_CELL.exec(second < 0 ? '' : line.slice(open + 1, second));
  if (cell === null) return null;
  return { term: (cell[1] as string).trimEnd(), at: open + 1 + (cell.index as number) + cell[0].indexOf(cell[1] as string), body: second + 1 };
};

/** The rows under each match of `heads`, read by `read`, as definitions. */
function headedRows(text: string, heads: RegExp, read: RowReader, add: AddDefinition): void {
  heads.lastIndex = 0;
  for (let head = heads.exec(text); head !== null; head = heads.exec(text)) {
    let row = head.index + head[0].length;
    while (row < text.length) {
      let end = text.indexOf('\n', row);
      if (end < 0) end = text.length;
      const cell = read(text.slice(row, end));
      if (cell === 'end') break;
      if (cell !== null) add(cell.term, row + cell.at, row + cell.at + cell.term.length, 'means', { from: row + cell.body, to: end, end });
      row = end + 1;
    }
    heads.lastIndex = Math.max(heads.lastIndex, row);
  }
}

export function findDefinitions(text: string, locate: ClauseLocator): DefinitionRecord[] {
  const out: DefinitionRecord[] = [];
  // One record per term and clause: a clause that states a term twice ("X" means ...; "X" shall include ...) or names
  // it in a definition and again in a parenthetical defines it once, whatever the offsets of the quotes.
  const seen = new Set<string>();
  const add = (term: string, start: number, end: number, style: DefinitionRecord['style'], body: BodySpan): void => {
    // A comma or colon typed inside the quotes ("HHFC,") is not part of the term.
    // So is emphasis closed before it ("**Limited Rights**," "**Technical Data**" ...).
    // So is a full stop set inside the closing quote, as American usage sets it ('collectively as the "Parties."'),
    // after a word, not an abbreviation's ("U.S.", "Acme Inc.").
    const whole = squash(term);
    const t = whole.replace(/[*_]*[,;:]+$/, '').replace(/(?<=\b(?!(?:Inc|Corp|Ltd|Co|Bros|Jr|Sr|No|etc)\.)[A-Za-z]*[a-z]{3})\.$/, '');
    if (t.length < whole.length && term.endsWith(whole)) end -= whole.length - t.length;
    if (NOT_A_TERM.test(t) || t.length < 2 || CITATION_TERM.test(t)) return;
    const clauseId = locate.at(start)?.id ?? null;
    const key = `${t}\u0000${clauseId ?? `@${start}`}`;
    if (seen.has(key)) return;
    seen.add(key);
    // "X" has the meaning set forth in Section 4.2: a pointer to the definition, not a second definition.
    const kind = style === 'means' && isPointer(text, body) ? 'pointer' : style;
    out.push(definitionRecord(text, t, clauseId, start, end, kind, body));
  };
  for (const m of definitionMatches(text)) {
    const at = m.index;
    if (m[1] !== undefined) {
      const start = at + m[0].indexOf(m[1]);
      const body = definitionBody(text, at);
      add(m[1], start, start + m[1].length, 'means', body);
      // "X" or "Y" means: the second spelling is defined by the same words.
      for (const q of m[0].slice(m[0].indexOf(m[1]) + m[1].length).matchAll(QUOTED_TERM)) {
        const s = at + m[0].indexOf(q[0], m[0].indexOf(m[1]) + m[1].length) + q[0].indexOf(q[1] as string);
        add(q[1] as string, s, s + (q[1] as string).length, 'means', body);
      }
    } else if (m[2] !== undefined) {
      // "(as defined in the "Purchase Agreement")" refers to a definition elsewhere; it defines nothing here.
      // Only the words just before the quote tell: "(any person not set forth in clauses (A)-(D) shall be referred to as
      // a "Third Party")" defines a term.
      const lead = m[2].slice(0, m[2].search(/["“]/));
      if (/\b(?:as defined|defined in|meaning (?:given|set forth|assigned)|set forth in|referred to in)\b[^"“]{0,60}$/i.test(lead) && !/\b(?:referred\s+to\s+as|called)\s+(?:an?\s+|the\s+)?$/i.test(lead)) continue;
      // "(English translation of the Dutch original "Kruislicentieovereenkomst ...")": the quoted title of another text.
      if (/\b(?:original|entitled|titled)\s*$/i.test(lead)) continue;
      // Inline: the defined words are the phrase just before the bracket.
      const lineStart = lineStartNear(text, at);
      const before: BodySpan = { from: afterLastStop(text, lineStart, at), to: at, end: at + m[0].length };
      const innerStart = at + 1;
      for (const q of m[2].matchAll(QUOTED_TERM)) {
        const s = innerStart + (q.index as number) + q[0].indexOf(q[1] as string);
        add(q[1] as string, s, s + (q[1] as string).length, 'inline', before);
      }
    } else if (m[3] !== undefined) {
      const start = at + m[0].indexOf(m[3]);
      // "Control has the meaning given in ...": the meaning is elsewhere, as with a quoted term's pointer.
      const style = m[0].endsWith('mean') || m[0].endsWith('means') ? 'means' : 'pointer';
      add(m[3], start, start + m[3].length, style, definitionBody(text, start));
    } else if (m[4] !== undefined) {
      const start = at + m[0].indexOf(m[4]);
      add(m[4], start, start + m[4].length, 'means', definitionBody(text, start));
    } else if (m[5] !== undefined) {
      const start = at + m[0].lastIndexOf(m[5]);
      const lineStart = lineStartNear(text, at);
      add(m[5], start, start + m[5].length, 'inline', { from: lineStart, to: at, end: at + m[0].length });
    } else if (m[6] !== undefined) {
      const start = at + m[0].indexOf(m[6]);
      add(m[6], start, start + m[6].length, 'means', definitionBody(text, at + m[0].length));
    } else if (m[7] !== undefined) {
      const start = at + m[0].indexOf(m[7]);
      add(m[7], start, start + m[7].length, 'means', definitionBody(text, at + m[0].length));
    } else if (m[8] !== undefined || m[9] !== undefined) {
      // The list entry with a colon (8) or with 'is'/'are' (9): its meaning follows the match.
      const term = (m[8] ?? m[9]) as string;
      const start = at + m[0].indexOf(term);
      add(term, start, start + term.length, 'means', definitionBody(text, at + m[0].length));
    }
  }
  tableDefinitions(text, add);
  leadInDefinitions(text, add);
  classSentenceDefinitions(text, add);
  // A definition narrowed or widened for one part of the agreement: 'For purposes of this Section 2.01, "Buyer Field"
  // excludes ...' restates the term (with 'means' the pattern above reads it already).
  for (let k = text.indexOf(SCOPED_MARKER); k >= 0; k = text.indexOf(SCOPED_MARKER, k + SCOPED_MARKER.length)) {
    SCOPED_RESTATEMENT.lastIndex = k + SCOPED_MARKER.length;
    const m = SCOPED_RESTATEMENT.exec(text);
    if (m === null) continue;
    const start = m.index + m[0].indexOf(m[1] as string);
    add(m[1] as string, start, start + (m[1] as string).length, 'means', definitionBody(text, start - 1));
  }
  restatedDefinitions(text, add);
  sentenceDefinitions(text, add);
  articleQuotedDefinitions(text, out, add);
  if (out.length > 1 && !isSortedByStart(out)) out.sort((a, b) => a.start - b.start);
  return out;
}

// A quoted term introduced by an article in running text, with no bracket and no "means": 'the Company will pay to
// the Professional a "Royalty Fee" on the sales of Products', 'shall be entitled to the "Completion Bonus" set out
// below'. Drafting quotes a capitalised term where it coins it, so the first such quotation defines it when nothing
// else does and the agreement uses it again: a quoted name used once ('a "Buy American" label') defines nothing.
const ARTICLE_QUOTED = new RegExp(`${Q_OPEN}\\s*${TERM}[,.;]?\\s*${Q_CLOSE}`, 'y');
const ARTICLE_BEFORE = /(?:^|[\s(])(?:an?|the|An?|The)[ \t]+$/;
// A term's words are capitalised, but for the small words between them ("Training and Education"); a product's or a
// title's words in quotes ("Interferon alfa-n3 (human leukocyte derived)") are no coined term.
const TITLE_CASE_TERM = /^[A-Z0-9][\w'’&.-]*(?:\s+(?:[A-Z0-9][\w'’&.-]*|of|and|or|the|for|to|in|on|by|with|under))*$/;

/**
 * Whether `term` stands in the text outside [from, to) as a word run of its own: not inside a longer word, not in
 * quotation marks, and not followed by another capitalised word ('the "Books" tab' is not used by "Books Product
 * Section").
 */
function usedElsewhere(text: string, term: string, from: number, to: number): boolean {
  for (let k = text.indexOf(term); k >= 0; k = text.indexOf(term, k + 1)) {
    if (k >= from && k < to) continue;
    const before = codeAt(text, k - 1);
    const after = codeAt(text, k + term.length);
    if (isAlnumCode(before) || isAlnumCode(after) || before === 34 || before === 0x201c || after === 45) continue;
    if (/^[ \t]+[A-Z]/.test(text.slice(k + term.length, k + term.length + 3))) continue;
    // nor preceded by one ("Neoforma Auction" is no use of 'the "Auction" portion of the Site')
    const lead = /([A-Z][A-Za-z]*)[ \t]+$/.exec(text.slice(Math.max(0, k - 24), k));
    if (lead !== null && !/^(?:The|A|An|Each|Any|Such|This|That|No|All|Its|Their|Our|Your)$/.test(lead[1] as string)) continue;
    return true;
  }
  return false;
}

function articleQuotedDefinitions(text: string, found: readonly DefinitionRecord[], add: (term: string, start: number, end: number, style: DefinitionRecord['style'], body: BodySpan) => void): void {
  const defined = new Set(found.map((d) => d.term));
  for (const open of ['"', '\u201c']) {
    for (let q = text.indexOf(open); q >= 0; q = text.indexOf(open, q + 1)) {
      // cheap test first: a space before the quote, an article before it
      if (q < 3 || !isBlankCode(text.charCodeAt(q - 1)) || !ARTICLE_BEFORE.test(text.slice(Math.max(0, q - 6), q))) continue;
      ARTICLE_QUOTED.lastIndex = q;
      const m = ARTICLE_QUOTED.exec(text);
      const raw = m?.[1];
      if (m === null || m === undefined || raw === undefined) continue;
      const term = squash(raw);
      if (defined.has(term) || term.length < 2 || NOT_A_TERM.test(term) || !TITLE_CASE_TERM.test(term)) continue;
      // The same words used again outside this quotation, as a defined term is.
      const end = q + m[0].length;
      if (!usedElsewhere(text, term, q, end)) continue;
      defined.add(term);
      const start = q + m[0].indexOf(raw);
      const lineStart = lineStartNear(text, q);
      add(raw, start, start + raw.length, 'inline', { from: afterLastStop(text, lineStart, q), to: end, end });
    }
  }
}

// A quoted term that opens a sentence and is said to be something: '"Confidential Information" is any information
// disclosed ...', 'In this Agreement, "Net Sales" is the gross amount ...', '"Hazardous Conditions" are any materials
// ...', '"Intellectual Property" includes patents ...'. 'is' or 'are' defines only before a determiner, or before
// "recognized as" and the like: '"Tiger" is used in Section 3' and '"Licensee" is responsible for' define nothing, nor
// does a quoted name inside a sentence ('The product sold as "Zeta" is the first of ...'). (Form 9 reads the same
// words as an entry of a list at a line's start; '"X" means' anywhere is form 1.)
const SENTENCE_DEFINES = /^[ \t]+(?:(?:is|are)[ \t]+(?:(?:the|a|an|any|all|each|every|those|such)[ \t]|(?:recogni[sz]ed|considered|deemed|understood|taken)[ \t]+(?:as|to[ \t]+(?:be|mean|include))\b)|(?:includes?|shall[ \t]+include|will[ \t]+include)[ \t])/;
// What may open the sentence before the quoted term: the text's or a line's start, or a stop, then an item label and a
// lead-in that says where the meaning applies ("In this Agreement,", "As used herein,", "For the purposes of this
// Section 4,") or names the term a term ("The term"). "\u0000" stands for a window's start inside the text.
const PLACE_WORD = String.raw`th(?:is|ese)[ \t]+(?:Agreement|Contract|Licen[cs]e|Deed|Section|Article|Clause|Schedule|Exhibit|Annex|Appendix|Part)s?(?:[ \t]+[0-9A-Z][\w.()]{0,12})?`;
const SENTENCE_LEAD = new RegExp(
  String.raw`(?:^|\n|[.;:!?]["”')]*[ \t]+)[ \t]*[*_]{0,3}(?:\(?(?:[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]?|[A-Za-z]{1,3}[.)])[ \t]+)?(?:(?:(?:In|Under|Throughout|For[ \t]+(?:the[ \t]+)?purposes?[ \t]+of|As[ \t]+used[ \t]+in)[ \t]+${PLACE_WORD}|As[ \t]+used[ \t]+(?:herein|hereunder)|For[ \t]+(?:the[ \t]+)?purposes?[ \t]+hereof)[ \t]*,?[ \t]+)?(?:[Tt]he[ \t]+(?:term|expression|word)[ \t]+)?$`,
);
const SENTENCE_PAIRS = [['"', '"'], ['\u201c', '\u201d']] as const;

/**
 * The definitions of SENTENCE_DEFINES, read at each closing quotation mark that a verb's first letter (i, a, s or w)
 * follows after blanks: the term between it and its opening mark (80 characters at most, Title Case), at a sentence's
 * opening (SENTENCE_LEAD, on the 120 characters before it).
 */
function sentenceDefinitions(text: string, add: AddDefinition): void {
  for (const [open, close] of SENTENCE_PAIRS) {
    for (let q = text.indexOf(close); q >= 0; q = text.indexOf(close, q + 1)) {
      let j = q + 1;
      while (isBlankCode(codeAt(text, j))) j++;
      const c = codeAt(text, j);
      if ((c !== 105 && c !== 97 && c !== 115 && c !== 119) || j === q + 1 || !SENTENCE_DEFINES.test(text.slice(q + 1, q + 60))) continue;
      const o = text.lastIndexOf(open, q - 1);
      if (o < 0 || q - o > 81) continue;
      const raw = text.slice(o + 1, q);
      const term = squash(raw);
      if (!TITLE_CASE_TERM.test(term) || /\n[ \t\r]*\n/.test(raw)) continue;
      const from = Math.max(0, o - 120);
      if (!SENTENCE_LEAD.test(from === 0 ? text.slice(0, o) : `\u0000${text.slice(from, o)}`)) continue;
      add(raw, o + 1, q, 'means', definitionBody(text, o));
    }
  }
}

// A quoted term that the relative clause after it names again and defines: 'two percent of the "Royalty Base," which
// Royalty Base shall be calculated as the wholesale price ...', '"Net Sales", which Net Sales means ...'. The quote
// closes right before 'which' (a comma inside or after it); the words after 'which' are the term again, then a verb.
const RESTATED_QUOTE = /["“]([A-Z][^"“”\n]{1,79}?),?["”],?[ \t\r\n]+$/;
const RESTATED_VERB = /^[ \t\r\n]+(?:shall|will|is|are|means|equals|refers)\b/;

function restatedDefinitions(text: string, add: (term: string, start: number, end: number, style: DefinitionRecord['style'], body: BodySpan) => void): void {
  for (let k = text.indexOf('which '); k >= 0; k = text.indexOf('which ', k + 6)) {
    // cheap test first: a closing quote, or a comma after one, just before the white space before 'which'
    let q = k - 1;
    while (q > 0 && isBlankChar(text.charCodeAt(q))) q--;
    const c = text.charCodeAt(q);
    if (c !== 34 && c !== 0x201d && !(c === 44 && (text.charCodeAt(q - 1) === 34 || text.charCodeAt(q - 1) === 0x201d))) continue;
    const m = RESTATED_QUOTE.exec(text.slice(Math.max(0, k - 90), k));
    const term = m?.[1];
    if (m === undefined || m === null || term === undefined || !text.startsWith(term, k + 6) || !RESTATED_VERB.test(text.slice(k + 6 + term.length, k + 6 + term.length + 12))) continue;
    const start = Math.max(0, k - 90) + m.index + m[0].indexOf(term);
    add(term, start, start + term.length, 'means', definitionBody(text, start));
  }
}

// A definitions list that a lead-in opens ("The following terms ... shall have the following meanings:", "... have
// the meanings given below:", "The following definitions apply:"): the lead-in ends with a colon, then a line break or a
// wide gap, within one line of "meaning(s)" or "definitions apply".
const LEAD_IN = /(?:s?\b[^:\n]{0,60}|[ \t]+apply[^:\n]{0,40}):[ \t]*(?:\r?\n|[ \t]{2})/y;
// Its entries may say what a thing is rather than what it means ("Hearing Aids are amplification devices ...", "An
// Assisted Listening Device ("ALD") is a ..."): a paragraph (after an item number or letter) that opens with a
// capitalised run, an optional bracket, then "is" or "are" and lower-case words.
const IS_ENTRY = /(?:\(?(?:[0-9]{1,3}(?:\.[0-9]{1,3})*|[a-z]{1,3})[.)]?[ \t]+)?(?:(?:An?|The)[ \t]+)?([A-Z][A-Za-z0-9-]*(?:[ \t]+(?:of|and|for|[A-Z][A-Za-z0-9-]*)){0,5})(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+(?:is|are)[ \t]+(?!not\b)[a-z]/y;
// Any other entry of such a list: a quoted term, or an unquoted one before "means" / "shall mean".
const OTHER_ENTRY = /(?:\(?(?:[0-9]{1,3}(?:\.[0-9]{1,3})*|[a-z]{1,3})[.)]?[ \t]+)?[*_]{0,3}(?:["“]|[A-Z][A-Za-z0-9-]*(?:[ \t]+(?:of|and|the|for|in|to|a|an|or|[A-Z][A-Za-z0-9-]*)){0,5}[*_]{0,3}[ \t]*[.:]?[*_]{0,3}[ \t]+(?:shall\s+mean|means)\b)/y;
// A heading line ("1.0    Purpose", "2. LICENCE GRANT") ends the list.
const HEADING_LINE = /\n[ \t]*[0-9]{1,3}(?:\.[0-9]{1,3})*\.?[ \t]+[A-Z][A-Za-z-]*(?:[ \t]+(?:of|and|the|for|[A-Z][A-Za-z-]*)){0,6}[ \t]*\r?\n/g;
/** How far past its lead-in a definitions list of "is" entries is read, at most. */
const LEAD_IN_REACH = 3000;
// Where a list's paragraph ends: a blank line, or a wide gap after a sentence's end (EDGAR's joined lines).
const PARAGRAPH_END = /\n[ \t\r]*\n|[.;:][ \t]{3,}/g;

/**
 * The "is" and "are" entries of the definitions lists that a lead-in opens (see LEAD_IN). Their terms were used as
 * undefined (CUAD INTRICON's "Hearing Aids"). Only under a lead-in, and only while its paragraphs are entries (an "is"
 * entry, a quoted term, a "means" entry; page furniture passed over): elsewhere "Royalties are payable quarterly" and
 * "Headings are for convenience only" define nothing, nor does a hard-wrapped line that opens "... Community are the".
 * Read at each "meaning" and "definitions" (rare words).
 */
// A class named in a sentence of its own, with no bracket: 'Tsurugi and Pellham are each a "Member" and together the
// "Members"', 'A and B are individually referred to as a "Founder" and collectively as the "Founders"'. Form 2 reads the
// same words only inside a parenthetical; without this the plural, used in the agreement, reads as never defined.
const CLASS_SENTENCE = new RegExp(
  String.raw`\b(?:are|is)\s+(?:each|individually|collectively|together|jointly|both)\s+(?:(?:herein(?:after)?\s+)?(?:referred\s+to\s+(?:herein\s+)?as|called|known\s+as)\s+)?(?:an?\s+|the\s+)?${Q_OPEN}\s*[*_]{0,3}${TERM}[*_]{0,3}\s*${Q_CLOSE}(?:,?\s+(?:and\s+)?(?:together|collectively|jointly)\s+(?:(?:referred\s+to\s+)?as\s+)?(?:the\s+)?${Q_OPEN}\s*[*_]{0,3}${TERM}[*_]{0,3}\s*${Q_CLOSE})?`,
  'y',
);

function classSentenceDefinitions(text: string, add: (term: string, start: number, end: number, style: DefinitionRecord['style'], body: BodySpan) => void): void {
  for (const word of ['are ', 'is ']) {
    for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + word.length)) {
      CLASS_SENTENCE.lastIndex = k;
      const m = CLASS_SENTENCE.exec(text);
      if (m === null) continue;
      const lineStart = lineStartNear(text, k);
      const body: BodySpan = { from: afterLastStop(text, lineStart, k), to: k, end: k + m[0].length };
      let from = 0;
      for (const term of [m[1], m[2]]) {
        if (term === undefined) continue;
        const s = k + m[0].indexOf(term, from);
        from = s - k + term.length;
        add(term, s, s + term.length, 'inline', body);
      }
    }
  }
}

function leadInDefinitions(text: string, add: (term: string, start: number, end: number, style: DefinitionRecord['style'], body: BodySpan) => void): void {
  for (const word of ['meaning', 'definitions']) {
    for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + word.length)) {
      LEAD_IN.lastIndex = k + word.length;
      if (!LEAD_IN.test(text)) continue;
      let pos = LEAD_IN.lastIndex;
      const depth = leadInDepth(text, k);
      HEADING_LINE.lastIndex = pos;
      const heading = HEADING_LINE.exec(text);
      const to = Math.min(text.length, pos + LEAD_IN_REACH, heading === null ? text.length : heading.index);
      while (pos < to) {
        let at = pos;
        while (at < to && isBlankChar(text.charCodeAt(at))) at++;
        if (at >= to) break;
        const lineEnd = text.indexOf('\n', at);
        const line = text.slice(at, lineEnd < 0 ? to : lineEnd);
        // The next clause at the lead-in's own depth ("2.1 ... the following meanings:", then "2.2 Headings are for
        // convenience only") ends the list.
        if (depth > 0 && numberDepthAt(text, at) === depth) break;
        IS_ENTRY.lastIndex = at;
        const m = IS_ENTRY.exec(text);
        if (m !== null && m.index + m[0].length <= to) {
          const term = m[1] as string;
          const s = at + m[0].indexOf(term);
          add(term, s, s + term.length, 'means', definitionBody(text, s));
        } else if (!isFurnitureLine(line)) {
          OTHER_ENTRY.lastIndex = at;
          if (!OTHER_ENTRY.test(text)) break;
        }
        PARAGRAPH_END.lastIndex = at;
        const end = PARAGRAPH_END.exec(text);
        if (end === null) break;
        pos = end.index + end[0].length;
      }
    }
  }
}

const CLAUSE_NUMBER_AT = /\(?[0-9]{1,3}((?:\.[0-9]{1,3})*)\.?[ \t]/y;
/** How many levels the clause number at `at` has ("2" 1, "2.1" 2), or 0 if none opens there. */
function numberDepthAt(text: string, at: number): number {
  CLAUSE_NUMBER_AT.lastIndex = at;
  const m = CLAUSE_NUMBER_AT.exec(text);
  return m === null ? 0 : 1 + ((m[1] as string).match(/\./g)?.length ?? 0);
}
/** The depth of the clause number that opens the line holding the lead-in's word at `k` (0 if the line has none). */
function leadInDepth(text: string, k: number): number {
  let at = text.lastIndexOf('\n', k) + 1;
  while (at < k && isBlankChar(text.charCodeAt(at))) at++;
  return numberDepthAt(text, at);
}

const SCOPED_MARKER = 'urposes of th';
// After "(For the) purposes of this / these Section(s) 2.01 (only)," a quoted term and a verb that changes what it covers.
const SCOPED_RESTATEMENT = new RegExp(
  String.raw`(?:is|ese)[ \t]+(?:Sections?|Articles?|Clauses?|Paragraphs?|Schedules?)(?:[ \t]+[0-9A-Z][\w.()]{0,12})?(?:[ \t]+only)?[ \t]*,[ \t\r\n]*${Q_OPEN}\s*[*_]{0,3}${TERM}[*_]{0,3}\s*${Q_CLOSE}\s*((?:shall\s+|will\s+|also\s+)?(?:not\s+)?(?:excludes?|includes?|exclude|include)|does\s+not\s+include|shall\s+be\s+deemed\s+to\s+(?:exclude|include))\b`,
  'y',
);

function isSortedByStart(records: readonly DefinitionRecord[]): boolean {
  for (let i = 1; i < records.length; i++) if ((records[i] as DefinitionRecord).start < (records[i - 1] as DefinitionRecord).start) return false;
  return true;
}

// A word: letters and digits with inner dots, hyphens or ampersands ("Know-How", "U.S", "R&D"). Latin letters with
// diacritics are letters ("Scáth", "Nestlé", "Müller"): split there, a term so spelt was never found used.
const WORD_SOURCE = '[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+(?:[.&-][A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+)*';
/** A letter or digit of WORD_SOURCE: ASCII, or a Latin letter with a diacritic (U+00C0-U+024F but × and ÷). */
const isWordCode = (c: number): boolean => isAlnumCode(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const WORD = new RegExp(WORD_SOURCE, 'g');
/**
 * The end of the word that starts at the letter or digit at `start`: letters and digits with inner dots, ampersands or
 * hyphens ("U.S", "R&D", "Know-How"), as WORD_SOURCE reads it.
 */
function wordEnd(text: string, start: number): number {
  let k = start + 1;
  // Every step runs for every word (a joint adds 2 to k, the end of a word 0): a step that only "Know-How" takes would
  // have no type feedback in the optimised code, which V8 then throws away at a document's first such word.
  let joint = 2;
  while (joint !== 0) {
    while (k < text.length && isWordCode(text.charCodeAt(k))) k++;
    const c = codeAt(text, k);
    const alnumAfter = isWordCode(codeAt(text, k + 1));
    joint = (c === 46 || c === 38 || c === 45) && alnumAfter ? 2 : 0;
    k += joint;
  }
  return k;
}

/** One shape for every node (fields set in the constructor): the trie walk's property reads stay monomorphic. */
class TrieNode {
  term: string | undefined;
  readonly next = new Map<string, TrieNode>();
  /** A leaf reached by the plural of this node's term; it continues nowhere. */
  plural: TrieNode | undefined = undefined;
  constructor(term?: string) {
    this.term = term;
  }
}

const isCapitalCode = (c: number): boolean => c >= 65 && c <= 90;

/** The trie node after one word; a plural ("Licensed Products", "Affiliates") also reaches its singular term. */
function step(node: TrieNode, word: string): TrieNode | undefined {
  const exact = node.next.get(word);
  if (exact) return exact;
  // An acronym's plural is three letters too: "Driver ICs" reaches "Driver IC" (two capitals, then "s").
  if ((word.length > 3 || (word.length === 3 && isCapitalCode(word.charCodeAt(0)) && isCapitalCode(word.charCodeAt(1)))) && word.endsWith('s')) {
    // "Group Companies" reaches "Group Company", "Licensed Territories" "Licensed Territory".
    const singular = node.next.get(word.slice(0, -1)) ?? (word.endsWith('es') ? (node.next.get(word.slice(0, -2)) ?? (word.endsWith('ies') ? node.next.get(`${word.slice(0, -3)}y`) : undefined)) : undefined);
    if (singular?.term) return (singular.plural ??= new TrieNode(singular.term));
  }
  return undefined;
}

// The lengths (lengthBit) of the first words of the defined terms, by lead (leadKey); all zero between calls.
const LEADS = new Uint32Array(128 * 128);
// The same for the first words of the case-blind trie alone: most candidates start no capitals-defined term, and this
// rules them out before their word is sliced, lower-cased and looked up.
const FOLDED_LEADS = new Uint32Array(128 * 128);

/** One bit per word length (longer words share the last bit), for a set of lengths in a number. */
const lengthBit = (length: number): number => 1 << Math.min(length, 31);

/** A word's first two characters, case-folded, as one number below 128 * 128 (a second character that is no letter or digit counts as none). */
const leadKey = (first: number, second: number): number => ((first | 32) & 127) * 128 + (isAlnumCode(second) ? (second | 32) & 127 : 0);

/** Each defined term's definitions, in the order of `definitions`; terms in order of first definition. */
function definitionsByTerm(definitions: readonly DefinitionRecord[]): Map<string, DefinitionRecord[]> {
  const defsByTerm = new Map<string, DefinitionRecord[]>();
  for (const d of definitions) {
    const list = defsByTerm.get(d.term);
    if (list) list.push(d);
    else defsByTerm.set(d.term, [d]);
  }
  return defsByTerm;
}

/** A defined term with its definitions: what the term-status passes read (they need no uses). */
export type TermDefinitions = Pick<TermEntry, 'term' | 'definitions'>;

/** Each defined term (sorted) with its definitions, as indexTerms lists them, without looking for uses. */
export function termDefinitions(definitions: readonly DefinitionRecord[]): Map<string, TermDefinitions> {
  const defsByTerm = definitionsByTerm(definitions);
  const out = new Map<string, TermDefinitions>();
  for (const term of [...defsByTerm.keys()].sort()) out.set(term, { term, definitions: defsByTerm.get(term) ?? [] });
  return out;
}

/**
 * Index every use of every defined term in one pass: at each capitalised word a trie of the terms' words finds the
 * longest defined term starting there. Occurrences inside a definition's own quotes are not uses.
 */
export function indexTerms(text: string, definitions: readonly DefinitionRecord[], locate: ClauseLocator, capitalAt: Int32Array = capitalStarts(text)): Map<string, TermEntry> {
  const defsByTerm = definitionsByTerm(definitions);
  const uses = new Map<string, TermUse[]>();
  scanTermUses(text, definitions, defsByTerm, capitalAt, null, (term, start, end) => {
    const list = uses.get(term);
    const use = { clauseId: locate.at(start)?.id ?? null, start, end };
    if (list) list.push(use);
    else uses.set(term, [use]);
  });
  const index = new Map<string, TermEntry>();
  for (const term of [...defsByTerm.keys()].sort()) {
    index.set(term, { term, definitions: defsByTerm.get(term) ?? [], uses: uses.get(term) ?? [] });
  }
  return index;
}

/**
 * The defined terms (lower-cased) with at least one use (as indexTerms finds them) outside their own definitions'
 * words (from the definition's start to its bodyEnd): the same scan, without a use record (and its clause) per use.
 */
export function termsUsedOutsideDefinitions(text: string, definitions: readonly DefinitionRecord[], capitalAt: Int32Array = capitalStarts(text)): Set<string> {
  const defsByTerm = definitionsByTerm(definitions);
  const used = new Set<string>();
  // By spelling first: a term found used needs no look at its later uses.
  const usedSpellings = new Set<string>();
  scanTermUses(text, definitions, defsByTerm, capitalAt, usedSpellings, (term, start) => {
    if (usedSpellings.has(term)) return;
    for (const d of defsByTerm.get(term) ?? []) if (start >= d.start && start < d.bodyEnd && !afterOwnProvision(text, d, start)) return;
    usedSpellings.add(term);
  });
  for (const term of usedSpellings) used.add(term.toLowerCase());
  return used;
}

// A semicolon, then words that open a provision of its own: a condition or a time ("; upon a Change of Control of a
// Party, the licenses ... extend only to ...", "; if a Change of Control occurs, ..."). What follows is no longer the
// definition's words, as a qualifier ("; provided that Net Sales exclude ...", "; or (b) ...") still is.
const OWN_PROVISION = /;[ \t\r\n]+(?:upon|on|following|after|if|in[ \t]+the[ \t]+event|from|thereafter|when|whenever|within)[ \t]/iy;

/**
 * Whether the use at `at`, inside the words of definition `d`, follows a semicolon that opens a provision of its own
 * (OWN_PROVISION) after the definition's term: a use, not a part of the definition. Read only for uses inside a
 * "means" definition, which are few.
 */
function afterOwnProvision(text: string, d: DefinitionRecord, at: number): boolean {
  if (d.style !== 'means') return false;
  for (let semi = text.indexOf(';', d.end); semi >= 0 && semi < at; semi = text.indexOf(';', semi + 1)) {
    OWN_PROVISION.lastIndex = semi;
    if (OWN_PROVISION.test(text)) return true;
  }
  return false;
}

/**
 * The spellings a defined term is used in besides its own: "Cathode Active Material(s)" and "CUSTOMER(S)" as the
 * singular or the plural; "Crude Oil or Hydrocarbon" as either name; "Maximum Daily Quantity (MDQ)" as the name or
 * its abbreviation.
 */
function termVariants(term: string): string[] {
  const plural = /^(.+)\((e?s)\)$/i.exec(term);
  if (plural !== null) return [plural[1] as string, `${plural[1]}${plural[2]}`];
  const either = /^([A-Z].*?)\s+or\s+([A-Z].*)$/.exec(term);
  if (either !== null) return [either[1] as string, either[2] as string];
  const abbreviated = /^([A-Z].*?)\s*\(([A-Z][A-Z0-9&.-]{1,8}s?)\)$/.exec(term);
  if (abbreviated !== null) return [abbreviated[1] as string, abbreviated[2] as string];
  return [];
}

/** A part of a term blanked out in the filing ('[***]', '[●]', '[  ]'), which no word of the term reads. */
export const REDACTED_PART = /\[[^\]\w]*\]/;

/**
 * The tries of the defined terms' words: exact, and lower-case for terms defined in capitals. Built apart from the
 * scan: a branch that few documents take here (a term in capitals, a plural) must not throw away the scan's optimised
 * code at the first document that takes it.
 */
function termTries(defsByTerm: ReadonlyMap<string, readonly DefinitionRecord[]>): { readonly root: TrieNode; readonly folded: TrieNode } {
  const root = new TrieNode();
  // Terms defined in capitals ("VERTICALNET SITE" shall mean ...) are used in any case ("the VerticalNet Site"): they
  // live in a second trie of lower-case words, read only where the exact trie finds nothing.
  const folded = new TrieNode();
  const insert = (trie: TrieNode, spelling: string, term: string, variant: boolean): void => {
    const words = spelling.match(WORD);
    if (!words) return;
    let node = trie;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = new TrieNode();
        node.next.set(w, child);
      }
      node = child;
    }
    // A variant never displaces a term defined with that exact spelling, nor does a term with a redacted part, whose
    // words are fewer than it ('"Xencor [***]" means ...' reads as 'Xencor'), displace the term that is those words
    // (the party 'Xencor': every use of it was read as one of 'Xencor [***]', and 'Xencor' was reported unused).
    if (node.term === undefined || (!variant && !(REDACTED_PART.test(term) && !REDACTED_PART.test(node.term)))) node.term = term;
  };
  for (const term of defsByTerm.keys()) {
    insert(root, term, term, false);
    for (const spelling of termVariants(term)) insert(root, spelling, term, true);
  }
  const capitals = (term: string): boolean => /[A-Z]{4}/.test(term) && !/[a-z]/.test(term);
  for (const term of defsByTerm.keys()) {
    if (!capitals(term)) continue;
    insert(folded, term.toLowerCase(), term, true);
    for (const spelling of termVariants(term)) insert(folded, spelling.toLowerCase(), term, true);
  }
  const foldedTerm = (spelling: string): boolean => {
    let node: TrieNode | undefined = folded;
    for (const w of spelling.toLowerCase().match(WORD) ?? []) node = node?.next.get(w);
    return node?.term !== undefined;
  };
  // "Affiliates" means ... is also used as "an Affiliate" (plurals of a singular are handled by step()), unless the
  // singular is a term of its own ("PARTY" and "Parties" both defined: "Party" is a use of "PARTY").
  for (const term of defsByTerm.keys()) {
    const spelling = capitals(term) ? term.toLowerCase() : term;
    if (!/[^sS]s$/i.test(spelling) || spelling.length <= 4) continue;
    const singular = /ies$/i.test(spelling) ? `${spelling.slice(0, -3)}y` : spelling.slice(0, -1);
    if (capitals(term)) insert(folded, singular, term, true);
    else if (!foldedTerm(singular)) insert(root, singular, term, true);
  }
  return { root, folded };
}

/** The longest defined term found from one capital so far: its name (null: none yet) and where it ends. */
interface BestTerm {
  term: string | null;
  end: number;
}

/** A straight or curly apostrophe (the trie's words split at either). */
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * The longest defined term that continues from `start` (reached by the words up to `from`) into `best`, if longer
 * than what it holds; `fold` reads the words in lower case. The next words are read by hand: white space, then
 * letters and digits with inner ".", "&" or "-" (no match array per word).
 */
function extend(text: string, start: TrieNode, from: number, fold: boolean, best: BestTerm): void {
  let node: TrieNode | undefined = start;
  let pos = from;
  if (node.term && pos > best.end) {
    best.term = node.term;
    best.end = pos;
  }
  while (node.next.size > 0) {
    let at = pos;
    while (at < text.length && isBlankChar(text.charCodeAt(at))) at++;
    // A possessive inside a term: "Shipper's Dedicated Rates" (the trie holds "Shipper" and "s" as two words) and
    // "Agents' Counsel" (the trie holds "Agents", "Counsel").
    if (at === pos && isApostrophe(text.charCodeAt(pos))) {
      if (codeAt(text, pos + 1) === 115) at = pos + 1;
      else if (text.charCodeAt(pos - 1) === 115 && isBlankChar(codeAt(text, pos + 1))) {
        at = pos + 1;
        while (at < text.length && isBlankChar(text.charCodeAt(at))) at++;
      }
    }
    if (at === pos || !isWordCode(codeAt(text, at))) break;
    const end = wordEnd(text, at);
    const word = text.slice(at, end);
    node = step(node, fold ? word.toLowerCase() : word);
    if (!node) break;
    pos = end;
    if (node.term && pos > best.end) {
      best.term = node.term;
      best.end = pos;
    }
  }
}

/**
 * What the scan of term uses reads besides the text, built once per document in a function of its own: the scan's
 * loop is what runs hot, and TurboFan compiles (and recompiles) only that, not this setup with its Map iterations.
 */
interface TermScan {
  readonly root: TrieNode;
  readonly folded: TrieNode;
  /** The first words of the exact trie by lead (leadKey), compared in place at a capital. */
  readonly firstWords: ReadonlyMap<number, readonly string[]>;
  /** Where each definition starts: the words a definition names are not a use. */
  readonly definitionStarts: ReadonlySet<number>;
  /** Sorted starts of each term's inline definitions, so that each use looks up the next one in O(log n). */
  readonly inlineStarts: ReadonlyMap<string, readonly number[]>;
  /** The leads written into LEADS and FOLDED_LEADS, cleared after the scan. */
  readonly leadKeys: readonly number[];
}

/** The tries, first words and definition starts of a scan; writes the leads of the first words into LEADS and FOLDED_LEADS. */
function termScan(definitions: readonly DefinitionRecord[], defsByTerm: ReadonlyMap<string, readonly DefinitionRecord[]>): TermScan {
  const { root, folded } = termTries(defsByTerm);
  const definitionStarts = new Set(definitions.map((d) => d.start));
  const inlineStarts = new Map<string, number[]>();
  for (const d of definitions) {
    if (d.style !== 'inline') continue;
    const list = inlineStarts.get(d.term);
    if (list) list.push(d.start);
    else inlineStarts.set(d.term, [d.start]);
  }
  for (const list of inlineStarts.values()) list.sort((a, b) => a - b);
  // The first words of the exact trie by lead, so that the word at a capital is compared in place (step() on the
  // root without slicing the word and hashing it for a lookup).
  const firstWords = new Map<number, string[]>();
  for (const w of root.next.keys()) {
    const key = leadKey(w.charCodeAt(0), codeAt(w, 1));
    const list = firstWords.get(key);
    if (list) list.push(w);
    else firstWords.set(key, [w]);
  }
  // Nearly every capitalised word starts no term: the first two letters (case-folded) of each first word of a term,
  // which its plurals share, rule them out without reading the word to its end, and the lengths of those first words
  // and their plurals without slicing or hashing it.
  // One table for every document (a 64 KB typed array per call costs more than the scan it saves), cleared after it.
  const leadKeys: number[] = [];
  for (const trie of [root, folded]) {
    for (const w of trie.next.keys()) {
      const key = leadKey(w.charCodeAt(0), codeAt(w, 1));
      // The word itself or a plural ("Affiliates", "Licensees"): its length plus 0 to 2.
      const lengths = lengthBit(w.length) | lengthBit(w.length + 1) | lengthBit(w.length + 2);
      LEADS[key] = (LEADS[key] as number) | lengths;
      // Written for every word (0 for the exact trie's): a write only some documents make would lack type feedback.
      FOLDED_LEADS[key] = (FOLDED_LEADS[key] as number) | (trie === folded ? lengths : 0);
      leadKeys.push(key);
    }
  }
  return { root, folded, firstWords, definitionStarts, inlineStarts, leadKeys };
}

/** The first word of `words` that is text[start, start + length), as the root's child, or undefined. */
function firstWord(text: string, root: TrieNode, words: readonly string[], start: number, length: number): TrieNode | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w.length === length && text.startsWith(w, start)) return root.next.get(w);
  }
  return undefined;
}

/** step(root, text.slice(start, end)), with the root's first words of the lead `key`. */
function firstStep(text: string, scan: TermScan, start: number, end: number, key: number): TrieNode | undefined {
  const words = scan.firstWords.get(key);
  if (words === undefined) return undefined;
  const length = end - start;
  const exact = firstWord(text, scan.root, words, start, length);
  if (exact) return exact;
  if (length > 3 && text.charCodeAt(end - 1) === 115) {
    const singular = firstWord(text, scan.root, words, start, length - 1) ?? (text.charCodeAt(end - 2) === 101 ? (firstWord(text, scan.root, words, start, length - 2) ?? (text.charCodeAt(end - 3) === 105 ? firstWordInY(text, scan.root, words, start, length - 2) : undefined)) : undefined);
    if (singular?.term) return (singular.plural ??= new TrieNode(singular.term));
  }
  return undefined;
}

// "Days", not "Daies": a vowel before the "y" takes a plain "s".
const VOWEL_BEFORE_Y = /[aeiouAEIOU]y$/;

/** The first word of `words` in "y" (after a consonant) that text[start, start + length - 1) starts, the plural in "ies" read ("Subsidiaries" for "Subsidiary"), as the root's child, or undefined. */
function firstWordInY(text: string, root: TrieNode, words: readonly string[], start: number, length: number): TrieNode | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w.length === length && w.charCodeAt(length - 1) === 121 && !VOWEL_BEFORE_Y.test(w) && text.startsWith(w.slice(0, -1), start)) return root.next.get(w);
  }
  return undefined;
}

/**
 * The scan of indexTerms: calls `onUse` with each use of a defined term (its name, start and end), in text order,
 * except the uses of a term in `settled` (null: none), which the caller no longer needs.
 */
function scanTermUses(text: string, definitions: readonly DefinitionRecord[], defsByTerm: ReadonlyMap<string, readonly DefinitionRecord[]>, capitalAt: Int32Array, settled: ReadonlySet<string> | null, onUse: (term: string, start: number, end: number) => void): void {
  const scan = termScan(definitions, defsByTerm);
  const { folded, definitionStarts, inlineStarts } = scan;
  const leads = LEADS;
  const foldedLeads = FOLDED_LEADS;
  // The longer of the two readings: "the VerticalNet Site" is "VERTICALNET SITE", not the party "VerticalNet".
  const best: BestTerm = { term: null, end: 0 };
  // The capitalised words, as a global scan of \b[A-Z][A-Za-z0-9]*(?:[.&-][A-Za-z0-9]+)* would read them, from each
  // capital that starts a word; after a term, on from its end. A capital inside a word follows ".", "&" or "-".
  let resume = 0;
  for (let i = 0; i < capitalAt.length; i++) {
    const start = capitalAt[i] as number;
    if (start < resume) continue;
    // After "_" no word starts; after ".", "&" or "-" the word continues another one ("U.S", "R&D", "Know-How").
    const prev = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (prev === 95 || prev === 46 || prev === 38 || prev === 45) continue;
    const key = leadKey(text.charCodeAt(start), codeAt(text, start + 1));
    if (leads[key] === 0) continue;
    const firstEnd = wordEnd(text, start);
    const lengthBits = lengthBit(firstEnd - start);
    if (((leads[key] as number) & lengthBits) === 0) continue;
    best.term = null;
    best.end = 0;
    const exact = firstStep(text, scan, start, firstEnd, key);
    if (exact) extend(text, exact, firstEnd, false, best);
    if (((foldedLeads[key] as number) & lengthBits) !== 0) {
      const caseless = step(folded, text.slice(start, firstEnd).toLowerCase());
      if (caseless) extend(text, caseless, firstEnd, true, best);
    }
    const term = best.term;
    if (term === null) continue;
    const useEnd = best.end;
    resume = useEnd;
    // A term whose later uses change nothing for the caller: its use is still read to its end (where the scan goes on).
    if (settled !== null && settled.has(term)) continue;
    // "Acme Corp. ("Acme")": the words an inline definition names are not a use of the term.
    const inline = inlineStarts.get(term);
    const next = inline ? inline[lastAtOrBefore(inline, useEnd) + 1] : undefined;
    const namedInline = next !== undefined && next - useEnd < 150 && !/[;\n]/.test(text.slice(useEnd, next));
    if (!definitionStarts.has(start) && !namedInline) onUse(term, start, useEnd);
  }
  for (const key of scan.leadKeys) {
    leads[key] = 0;
    foldedLeads[key] = 0;
  }
}

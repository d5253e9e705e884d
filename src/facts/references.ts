// Cross-references ("Section 4.2", "Sections 3.1 through 3.4", "Article IV", "clause 5(b)", "paragraph (c) above",
// "Schedule A", "Exhibit B") resolved to clause ids by the clauses' numbers and schedule headings.
import type { ClauseNode } from '../model/index.js';
import { isBlankChar } from '../clauses/blocks.js';
import { wordNumberValue, WORD_NUMBER } from '../clauses/markers.js';
import { capitalStarts, codeAt, matchesAt, pushOccurrences, romanToNumber, sortedStarts, type ClauseLocator } from './text.js';
import { caseInsensitive } from '../model/case-spelt.js';

export interface CrossReference {
  readonly text: string;
  readonly targetId: string | null;
  readonly start: number;
  readonly end: number;
}

// An article of a French code ("Article L.233-3 of the Commercial Code", "Articles L. 613-29 et seq."), read whole: its
// letter is no Roman numeral ("Article L" would dangle), and it is always the code's (CODE_ARTICLE).
// A number in words ("Clause Three", "CLAUSE TWENTY-FOUR": translations of Brazilian and Portuguese contracts) is read
// as its digits (numberKey), as the clause tree numbers such a clause.
const NUM = String.raw`(?:${WORD_NUMBER}|[LRD]\.?\s?\d{1,4}(?:-\d{1,4}){1,3}\b|\d{1,3}(?:\.\d{1,3})*(?!\d|\.\d)(?:[A-Z]{2,3}(?![a-z])|[A-Za-z])?(?:\s?\([a-zA-Z0-9]{1,4}\))*|[IVXLC]{1,6}\b(?:\s?\([a-zA-Z0-9]{1,4}\))*|\([a-zA-Z0-9]{1,4}\)(?:\s?\([a-zA-Z0-9]{1,4}\))*)`;
// A number is read whole ("Appendix 11.1.1", "Schedule 3.1.1(b)"), never cut short ("Appendix 11.1").
const ANNEX_ID = String.raw`(?:(?!(?:OF|TO|IN|AN|AS|AT|BY|OR|ON|IS|IT|NO)\b)[A-Z]{1,2}(?:-\d{1,2})?|\d{1,2}(?:\.\d{1,2}){0,2}(?!\.\d)|[IVX]{1,4})\b`;
// A list of references does not run on past a blank line: "listed on Exhibit B" then the page number "- 6 -" of an
// EDGAR page is no "Exhibit B-6" nor "Exhibit 6".
const GAP = String.raw`[ \t]*(?:\r?\n[ \t]*)?`;
const SEP = String.raw`${GAP}(?:,${GAP}(?:and\s+|or\s+)?|\band\b|\bor\b|\bthrough\b|\bto\b|-|–)${GAP}`;
// A note in words after a number of a list, before the next ("Sections 4.1 (as to amounts accrued), 6.4 and 7.5",
// "Sections 2.3 (Licence Term) and 9"): no digits in it. A number of a list is no period ("Section 2.1 and 30 days").
const NOTE = String.raw`[ \t]?\((?=[^()\n]*\s)[^()\d\n]{2,60}\)`;
const NOTES = new RegExp(NOTE, 'g');
// After "Article 14": " paragraph 3", " paragraphs 3 and 4", " para. 2".
const ARTICLE_PARAGRAPHS_AFTER = /^,?[ \t]+(?:paragraphs?|paras?\.)[ \t]+(\d{1,3}(?:(?:,[ \t]*|[ \t]+(?:and|or|to)[ \t]+|[ \t]*[-–][ \t]*)\d{1,3})*)(?!\d|\.\d)/;
export const REFERENCE = new RegExp(
  String.raw`(?:\b(?!§)|(?<![\w§])(?=§))(?:([Ss]ections?|SECTIONS?|Articles?|ARTICLES?|Arts?\.|ARTS?\.|[Cc]lauses?|CLAUSES?|[Pp]aragraphs?|PARAGRAPHS?|[Ss]ubsections?|SUBSECTIONS?|[Cc]ls?\.|§§?)\s*(${NUM}(?:(?:${NOTE})?${SEP}${NUM}(?!\s*(?:days?|weeks?|months?|years?|per\s?cent|%)))*)|(Schedules?|SCHEDULES?|Exhibits?|EXHIBITS?|Annexures?|ANNEXURES?|Annex(?:es)?|ANNEX(?:ES)?|Appendix|Appendices|APPENDIX|Attachments?|ATTACHMENTS?)\s+(${ANNEX_ID}(?:${SEP}${ANNEX_ID})*))`,
  'g',
);
const ONE_NUM = new RegExp(NUM, 'g');
const CODE_ARTICLE = /^[LRD]\.?\s?\d/;
const ONE_ANNEX = new RegExp(ANNEX_ID, 'g');
// A reference into another instrument ("Section 365(n) of the Bankruptcy Code") points outside this document.
// "Section 13(d)(3) or Section 14(d)(2) of the Exchange Act": the earlier numbers of a list share its instrument, also
// through "as provided in section 2(2) of that Act".
// "Schedule B thereto": the schedule of the instrument named before. "Section 42 U.S.C. 262": a title of the code.
// "§§ 15 et seq. of the German Stock Corporation Act": "et seq." or "ff." may stand before "of the ... Act".
// Group 1 is the instrument named ("Exchange Act", "License Agreement"): it may be this document's own name. "Of the
// Agreement" or "of the Contract" is this document's, unless the words run on to an Act and its year ("section 34 of
// the Contract and Commercial Law Act 2017"). The papers that come before or beside an agreement are instruments too:
// "Section 11.4 of the term sheet", "paragraph 3 of the Side Letter", "Section 2 of the Statement of Work".
const EXTERNAL = caseInsensitive(/^\s*(?:thereto|thereof|thereunder)\b|^\s*(?:U\.\s?S\.\s?C|C\.\s?F\.\s?R|USC|CFR)\b|^(?:\s*(?:,|\band\b|\bor\b)\s*(?:(?:Sections?|Rules?|Articles?)\s+|§§?\s*)?[0-9A-Za-z().-]{1,16}){0,4}(?:\s+as\s+(?:provided|set\s+(?:out|forth)|referred\s+to|specified)\s+in\s+(?:(?:Sections?|Articles?)\s+|§§?\s*)?[0-9A-Za-z().-]{1,16})?(?:\s+et\s+seq\.?|\s+ff\.)?\s*(?:of|under|to|in)\s+(?!this\b|these\b|hereof\b|the\s+(?:present\s+)?(?:Agreement|Contract)\b(?!(?:\s+[\w'&-]+){0,6}?\s+Act\s+(?:of\s+)?\d{4}\b))(?:(?:the|that|said|such)\s+)?([^;,()]{0,60}?\b(?:Act|Code|Regulations?|Rules?|Agreement|Contract|Plan|Law|Treaty|Convention|U\.S\.C|C\.F\.R|Statutes?|Stat|Guidelines?|Policy|Conditions|Exhibit|Schedule|Annex|Appendix|License|Licence|Lease|Indenture|Report|Form|Certificate|Charter|Bylaws|Term\s+Sheet|Heads\s+of\s+Terms|Letter\s+of\s+Intent|Side\s+Letter|Memorandum\s+of\s+Understanding|Statement\s+of\s+Work|Title\s+\d+))\b/.source);
// "Section 4.4 of the Trademark, Trade Name, Domain and Related Rights License Agreement": an instrument whose title
// lists its subjects with commas, which EXTERNAL's name does not cross (there a comma ends a name: "of the Company,
// and ..."). Case-sensitive: every word of the title is capitalised (or "and", "of", "for", "&") and the last names an
// instrument; the references before "of" are EXTERNAL's.
// The words that end an instrument's title ("Trademark License Agreement"), for a listed title (EXTERNAL_LISTED) and
// the document's own (INSTRUMENT_WORD): one list, so the two cannot drift apart.
const INSTRUMENT_WORDS = 'Agreement|Contract|Plan|License|Licence|Lease|Indenture';
const LISTED_TITLE_WORD = String.raw`[A-Z][\w&'’-]*`;
// "§ 314 (2) BGB", "§§ 741 ff. BGB", "§ 12 ArbnErfG": a German or Swiss statute cited by its abbreviation right after
// the number (most end in G, Gesetz: AktG, GmbHG, PatG). Case-sensitive, unlike EXTERNAL: "§ 3 or § 4" names no "OR".
const STATUTE_ABBREVIATION_AFTER = /^(?:\s*\(\d{1,3}\))*(?:\s+et\s+seq\.?|\s+ff\.)?\s+(?:BGB|HGB|ZPO|InsO|GWB|UWG|ABGB|ZGB|[A-Z](?=[A-Za-z]{0,8}[a-z])[A-Za-z]{1,9}G|[A-Z]{0,2}[A-MO-Z]G)(?![\w-])/;
const EXTERNAL_LISTED = new RegExp(
  String.raw`^(?:\s*(?:,|\band\b|\bor\b)\s*(?:(?:Sections?|SECTIONS?|Articles?|ARTICLES?)\s+|§§?\s*)?[0-9A-Za-z().-]{1,16}){0,4}\s*(?:of|under|to|in)\s+(?!the\s+(?:present\s+)?(?:Agreement|Contract)\b)(?:the\s+)?(${LISTED_TITLE_WORD}(?:,?\s+(?:(?:and|of|for|&)\s+)?${LISTED_TITLE_WORD}){1,12}?(?<=\b(?:${INSTRUMENT_WORDS}|${INSTRUMENT_WORDS.toUpperCase()})))(?![\w'’-])`,
);
// "Section 4.2 of the APA", "section 515 of the FDCA", "Sections 4.3(a)-(i) of Article 4 of the APA": another instrument
// named by its acronym (ReferenceResolver.namesItself keeps an agreement that calls itself one, "this MSA").
// The abbreviations of codes and treaties that follow an article's number ("Art. 100 CO", "Art. 41 OR", "§ 823 BGB",
// "Art. 101 TFEU", "Article 6 GDPR"): Swiss, German and EU law; no section of the agreement itself is written so.
const CODE_ABBREVIATION_AFTER = /^[ \t]+(?:CO|OR|ZGB|SCC|BGB|HGB|StGB|PatG|UWG|TFEU|TEU|GDPR|DSGVO|EPC|PCT|PILA|IPRG|CISG)(?![\w.-])/;
const ACRONYM_AFTER = /^(?:\s*(?:,|\band\b|\bor\b|-)\s*(?:(?:Sections?|Articles?)\s+|§§?\s*)?[0-9A-Za-z().-]{1,16}){0,4}\s*(?:of|under)\s+(?:(?:Article|Section|Part)\s+[0-9A-Za-z.()-]{1,10}\s+of\s+)?the\s+([A-Z][A-Z&]{1,5})(?![\w&])/;
// The document's own names: "this" and its title (capitalised words, "of", "and", "&"; group 1), perhaps a date, then
// the parenthesis that names it (groups 2 and 3): 'this License Agreement', 'this Master Services Agreement (this
// "MSA")', 'THIS MASTER SERVICES AGREEMENT ("MSA")', 'This Technology License Agreement, dated as of May 1, 2020 (the
// "License Agreement")', 'This License Agreement (this "Agreement")'. Not 'This Statement of Work is entered into under
// the Master Services Agreement (the "MSA")': there the MSA is another instrument.
const TITLE_WORD = String.raw`(?:[A-Z][\w&'’.-]*|of|and|for|to|&)`;
const SELF_NAMED = new RegExp(
  String.raw`\b(?:this|This|THIS)\s+(${TITLE_WORD}(?:,?\s+${TITLE_WORD}){0,9})(?:(?:\s*,?\s*dated\s[^()"“;]{0,40}?)?\s*\(\s*(?:(?:this|the|hereinafter|hereafter|herein)\s+)?(?:(?:called|referred\s+to\s+as)\s+)?(?:the\s+)?["“]([^"”]{1,40})["”](?:\s*(?:or|,)\s*(?:the\s+)?["“]([^"”]{1,40})["”])?)?`,
  'g',
);
// A word that ends the title after "this" ("License Agreement", "Co-Hosting Agreement"; not "this Section 4").
const INSTRUMENT_WORD = caseInsensitive(`^(?:${INSTRUMENT_WORDS})$`);
const CAPITALISED = /^[A-Z]/;

/**
 * A name's words as written from its start, up to the first that ends with a period ("License Agreement. The
 * Licensee" gives "License", "Agreement"): a title run goes on over capitalised words.
 */
function nameWords(run: string): string[] {
  const words = run.split(/\s+/);
  const stop = words.findIndex((w) => w.endsWith('.'));
  return (stop < 0 ? words : words.slice(0, stop + 1)).map((w) => w.replace(/\.+$/, ''));
}

/** The instrument a title after "this" names: its words up to an instrument word that ends the capitalised run. */
function instrumentTitle(run: string): string | null {
  const words = nameWords(run);
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    // A comma may end the title ("This License Agreement, Exhibit A and ...") or list its subjects ("This Supply,
    // Distribution and Services Agreement").
    const word = words[i] as string;
    if (INSTRUMENT_WORD.test(word.replace(/,$/, '')) && (next === undefined || !CAPITALISED.test(next) || word.endsWith(','))) return words.slice(0, i + 1).join(' ').replace(/,$/, '');
  }
  return null;
}
// The words of a name from its start on ("License Agreement and Section").
// Commas between its words as in a title that lists its subjects ("Supply, Distribution and Services Agreement").
const NAME_RUN = new RegExp(String.raw`${TITLE_WORD}(?:,?[ \t]*\r?\n?[ \t]*${TITLE_WORD})*`, 'y');
// A name's commas do not tell it apart ("Supply, Distribution and Services Agreement" as written in the title or a reference).
const nameKey = (name: string): string => name.replace(/,/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

// The caption of the section referred to, between its number and the instrument: "Section 10.11 (Dispute Resolution)
// of the Purchase Agreement", "Section 2.1 (Grant of License) of the Original Agreement".
const CAPTION_AFTER = /^[ \t]?\([A-Z][^()\n]{1,60}\)/;
const captionAfter = (text: string, end: number): number => CAPTION_AFTER.exec(text.slice(end, end + 64))?.[0].length ?? 0;

/**
 * The names the document gives itself (nameKey'd): its title after "this", and the names it is then given. A title
 * named in a parenthesis ('This Asset Purchase Agreement (this "Purchase Agreement")') opens a naming that holds until
 * the next one: a filing that reproduces an agreement's cover and then the form attached to it as an exhibit ('This
 * Patent Cross-License Agreement (this "Agreement")') names two instruments, and in the exhibit "Section 6.08 of the
 * Purchase Agreement" is the other one's.
 */
interface SelfNames {
  /** every name, wherever given */
  readonly all: Set<string>;
  /** the names given without a parenthesis ('this License Agreement'), which hold everywhere */
  readonly bare: Set<string>;
  /** the parenthesised namings in document order, each with its title and names */
  readonly namings: { readonly start: number; readonly names: Set<string> }[];
}

function selfNamesOf(text: string): SelfNames {
  const all = new Set<string>();
  const bare = new Set<string>();
  const namings: { start: number; names: Set<string> }[] = [];
  for (const m of text.matchAll(SELF_NAMED)) {
    const title = instrumentTitle(m[1] as string);
    const names = new Set<string>();
    if (title !== null) names.add(nameKey(title));
    if (m[2] !== undefined) names.add(nameKey(m[2]));
    if (m[3] !== undefined) names.add(nameKey(m[3]));
    for (const n of names) all.add(n);
    if (m[2] !== undefined && title !== null) namings.push({ start: m.index, names });
    else for (const n of names) bare.add(n);
  }
  return { all, bare, namings };
}

// A schedule's own heading at the start of a line ("EXHIBIT B  LIST OF PATENTS", "SCHEDULE - I"), in capitals.
export const ANNEX_LINE = /(?:^|\n)[ \t#*_]*(?:\d{1,3}[ \t]+)?(?:(?:[A-Z]{2,}[ \t]+){1,4}(?=(?:SCHEDULE|EXHIBIT|ANNEXURE|ANNEX|APPENDIX|ATTACHMENT)\s+[A-Z0-9]{1,3}(?:[.-]\d{1,2}){0,2}\.?[ \t]*(?:\r?\n|$)))?(?:(SCHEDULE|EXHIBIT|ANNEXURE|ANNEX|APPENDIX|ATTACHMENT)(?:[ \t]+[-–—])?\s+([A-Z0-9]{1,3}(?:[.-]\d{1,2}){0,2})\b|(Schedule|Exhibit|Annexure|Annex|Appendix|Attachment)\s+([A-Z0-9]{1,3}(?:[.-]\d{1,2}){0,2})(?=[ \t]*(?:[-–—:]|\r?\n|$)))/g;
// A numbered heading at the start of a line that the tree kept inside a longer clause ("Section 8.5 Successors and Assigns.").
// Also a number alone on its line ("Section 9.10.") and "CLAUSE 24 INVESTMENTS IN THE PIPELINE", "§ 3 Control Panel",
// and a title in brackets ("Article 7 (Term)", Japanese drafting in translation).
// Not a reference that a hard wrap put at a line start, after a line that ends in a word that asks for it ("... as set
// out in\nSection 10.9."): a heading does not continue a preposition or a conjunction.
export const SECTION_LINE = /(?:^|(?<!\b(?:in|under|to|of|with|by|and|or|see|per|from|than|this|that|such|hereunder|thereunder)[ \t\r]*)\n)[ \t#*_]*(?:(?:Section|SECTION|Article|ARTICLE|Clause|CLAUSE)\s+|§[ \t\u00a0]*)(\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6})\.?(?:[ \t]+(?=\(?[A-Z])|[ \t]*(?=\r?\n|$))/y;
/**
 * A numbered heading the tree did not make a clause of, where EDGAR text runs headings into the paragraph before
 * ("... Section 5.1. ARTICLE VI REGISTRATION RIGHTS Section 6.1 Demand Registration. (a) ...", "4.6[***]"): a number
 * after a line start, a sentence end or a capitalised word (a reference follows "in", "to", "under"), then a
 * capitalised word or a bracket. The number exists in the agreement. The bounded lookbehind keeps the pass linear on
 * long runs of spaces; it is tried only where NUMBER_ANCHOR_AT finds the start of a number or a section word.
 */
export const NUMBER_ANCHOR = /(?<=(?:^|\n|[.;:\]][ \t]{1,4}|\b(?!(?:Section|SECTION|Sections|Article|ARTICLE|Articles|Clause|CLAUSE|Paragraph|PARAGRAPH|Schedule|Exhibit)\b)[A-Z][A-Za-z'’]{0,30}[ \t]{1,4})[ \t#*_]{0,20})(?:((?:Section|SECTION|Article|ARTICLE|Clause|CLAUSE|Paragraph|PARAGRAPH)[ \t]+)(\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6})\.?|(\d{1,3}(?:\.\d{1,3})+|\d{1,3}(?=\.)))\.?[ \t]{0,4}(?=[A-Z][A-Za-z]|\[|["“][A-Z])/y;
// A statute or an acronym just before the word ("Bankruptcy Code section 365(n)", "GBL Sections 687.4", "Treasury
// Regulation Section 1.409A-1"): the section is the statute's.
// The words that name a statute or a body of rules, as a regex alternation.
const STATUTE_WORDS = String.raw`Act|Code|Law|Regulations?|Regs?\.?|Rules?|Treaty|Convention|Directive|Treas\.?`;
const STATUTE_BEFORE = new RegExp(
  String.raw`(?:\b(?:${STATUTE_WORDS}|U\.S\.C\.?|C\.F\.R\.?)|\b(?!(?:TO|OF|IN|ON|BY|AS|AT|OR|AND|THE|UNDER|WITH|PER|SEE|THIS|THAT|SUCH|ANY|EACH|ALL|FOR|FROM|HEREOF|HEREIN|HEREUNDER|PURSUANT|IN)\b)[A-Z][A-Z&]{1,7})(?:['’]s)?[ \t]+$`,
);
// A bracket right after the name of a statute ("European Directive 2001/83/EC on the Community Code for medicinal
// products (Article 10(4) and Section 4, Part II of Annex I)"): its references are the statute's. The name is a
// capitalised statute word, then up to eight words or numbers of its title; the bracket is open where the reference
// stands (INSTRUMENT_ASIDE_INSIDE) and says nothing of this agreement ("(as defined in Section 1.5)").
const INSTRUMENT_ASIDE_BEFORE = /\b(?:Act|Code|Regulation|Directive|Treaty|Convention)(?:[ \t]+[\w/.-]+){0,8}?[ \t]*\($/;
const INSTRUMENT_ASIDE_INSIDE = /^[^()]*(?:\([^()]*\)[^()]*)*$/;
const OWN_ASIDE = /\b(?:defined|herein|hereof|hereto|hereunder|this\s+(?:Agreement|Contract)|below|above)\b/i;
const BLANK_LINE = /\n[ \t]*\r?\n/;
// Before "§" a statute needs no word "section", nor a space: a code's designation or a title and its code ("15 U.S.C.
// § 78", "42 U.S.C.§ 1320a-7a", "35 USC §103", "21 C.F.R. § 312.21", "Cal. Civ. Code § 1542"). A "§" citation
// without one (or an instrument after it, EXTERNAL) is to this agreement, as "Section" is.
const SIGN_LIST_GAP = /^\s*,?\s*(?:and|or)?\s*$/;
const OWN_AFTER = caseInsensitive(/^\s*(?:(?:of|in|under)\s+this\s+(?:Agreement|Contract)\b|(?:hereof|herein|hereunder|above|below)\b)/.source);
const STATUTE_BEFORE_SIGN = new RegExp(String.raw`(?:\b(?:${STATUTE_WORDS}|Stat\.?|Ann\.?)|\d{1,3}[ \t\u00a0]?(?:(?:[A-Z]\.[ \t\u00a0]?){2,5}[A-Z]?|[A-Z]{2,6}\.?))[ \t\u00a0]*$`);

const REFERENCE_AT = new RegExp(REFERENCE.source, 'y');
// A schedule heading run into the text before it (ReferenceResolver.annexHeadingInLine): one designation, after a line
// start or a gap of three blanks, before the line's end or a title in capitals; after a sentence end, only before the
// line's end (a sentence in capitals may begin with a reference: "... ARE EXCLUSIVE. SCHEDULE 3 SETS OUT THE ONLY ...").
const ANNEX_ID_ALONE = /^[A-Z0-9]{1,3}(?:[.-]\d{1,2}){0,2}$/;
const ANNEX_GAP_BEFORE = /(?:^|\n|[ \t]{3})[ \t]*$/;
const ANNEX_SENTENCE_BEFORE = /[.:;!?]["”')]?[ \t]+$/;
const ANNEX_LINE_END_AFTER = /^[ \t]*(?:\r?\n|$)/;
const ANNEX_LIST_AFTER = /^[^\n]*?\b(?:SCHEDULE|EXHIBIT|ANNEXURE|ANNEX|APPENDIX|ATTACHMENT)[ \t]+[A-Z0-9]{1,3}\b/;
const ANNEX_HEADING_AFTER = /^(?:[ \t]*(?:\r?\n|$)|[ \t]+[A-Z][A-Z&',-]+(?:[ \t]+[A-Z&][A-Z&',-]*)*(?:[ \t]*(?:\r?\n|$)|[ \t]+[A-Z][a-z]))/;
// The same in title case, where EDGAR joined its lines with wide gaps: at a line start, the designation, a gap, a title
// of capitalised words, a gap and the schedule's first sentence ("Exhibit A    Media Services     The following
// describes ..."). A list of the schedules ends its line after each title, or names the next one after it.
const ANNEX_TITLE_LINE_BEFORE = /(?:^|\n)[ \t]*$/;
const ANNEX_TITLE_RUN_AFTER = /^[ \t]{3,}[A-Z][\w&'’-]*(?:[ \t][A-Z&][\w&'’-]*){0,5}[ \t]{3,}(?!(?:Schedule|Exhibit|Annexure|Annex|Appendix|Attachment)\b)[A-Z][a-z]+[ \t][^\n]{20}/;
const ANNEX_TITLE_LIST_AFTER = /^[^\n]{0,80}?\b(?:Schedule|Exhibit|Annexure|Annex|Appendix|Attachment)[ \t]+[A-Z0-9]{1,3}\b/i;
// A section's heading as a title: a capital first, lower-case letters in it ("Protection of LMG Tools").
const TITLE_HEADING = /^[A-Z].*[a-z]/;
const ANNEX_LINE_AT = new RegExp(ANNEX_LINE.source, 'y');

/** A word's first two letters as one number below 128 * 128 (for a capital: its lead, as in "Se" of "Section"). */
const lead = (first: number, second: number): number => (first & 127) * 128 + (second & 127);
// The words that open a numbered heading in NUMBER_ANCHOR (and where it was tried before: at these words or a digit).
const ANCHOR_WORDS = ['Section', 'SECTION', 'Article', 'ARTICLE', 'Clause', 'CLAUSE', 'Paragraph', 'PARAGRAPH'];
const REFERENCE_LEAD = 1;
const ANCHOR_LEAD = 2;
/**
 * For each lead, whether a capitalised word with it can open a reference ("Section", "EXHIBITS", "Subsection") or a
 * numbered heading: a table lookup per capital of the text instead of hashing a number into a set.
 */
const LEADS = new Uint8Array(128 * 128);
/**
 * What a capitalised word must open with for REFERENCE to match at it (its words are case-sensitive: "Section" or
 * "SECTION", never "SEction"; "Appendi" for Appendix and Appendices), by lead: each lead has one. Six in seven capitals
 * with such a lead open another word ("Services", "Party", "Any", "Exclusive"), where the regex was tried and failed.
 */
const REFERENCE_WORD_OF_LEAD = new Map<number, string>();
for (const w of ['Section', 'SECTION', 'Art', 'ART', 'Clause', 'CLAUSE', 'Paragraph', 'PARAGRAPH', 'Subsection', 'SUBSECTION', 'Schedule', 'SCHEDULE', 'Exhibit', 'EXHIBIT', 'Annex', 'ANNEX', 'Appendi', 'APPENDIX', 'Attachment', 'ATTACHMENT']) {
  const key = lead(w.charCodeAt(0), w.charCodeAt(1));
  LEADS[key] = REFERENCE_LEAD;
  REFERENCE_WORD_OF_LEAD.set(key, w);
}
for (const w of ANCHOR_WORDS) {
  const key = lead(w.charCodeAt(0), w.charCodeAt(1));
  LEADS[key] = (LEADS[key] as number) | ANCHOR_LEAD;
}

// Lower-case reference words: "section" (and "subsection"), "clause", "paragraph". One scan of their alternation finds
// them all (four indexOf scans for words that open with common letters cost half as much again): no one overlaps
// another or itself, so it finds every place where one of them opens a word, which is where REFERENCE can match
// ("section" inside "subsection" does not open a word; "subsection" is found at its "section"). "§" is found by
// indexOf: in the alternation, an alternative one character long leaves the regex no look ahead to skip by, and the
// scan took twice as long.
const LOWER_REFERENCE_WORDS = /section|clause|paragraph/g;
// A number of one to three digits and a dot at a word start: where NUMBER_ANCHOR's number can be.
const DOTTED_NUMBER = /\b\d{1,3}\./g;

/** The length of a match of LOWER_REFERENCE_WORDS other than "subsection", by its last character (n, e, h). */
const LOWER_WORD_LENGTH = new Uint8Array(256);
LOWER_WORD_LENGTH[110] = 7; // section
LOWER_WORD_LENGTH[101] = 6; // clause
LOWER_WORD_LENGTH[104] = 9; // paragraph

/**
 * Where the match of LOWER_REFERENCE_WORDS that ends at `end` starts. The same steps for every word (a table, no chain
 * of comparisons): a comparison that only one word reached would lack type feedback after warm-up text without it,
 * and the first document that has it threw the optimised scan away.
 */
function lowerWordStart(text: string, end: number): number {
  const subsection = end >= 10 && text.startsWith('subsection', end - 10);
  return end - (subsection ? 10 : (LOWER_WORD_LENGTH[text.charCodeAt(end - 1) & 255] as number));
}

/** Where the reference and heading patterns are worth trying; each list ascending. */
interface ReferenceStarts {
  /** Where REFERENCE can match: its words (capitalised from the capitals, lower-case by one scan) and "§". */
  readonly references: Int32Array;
  /** Where NUMBER_ANCHOR is tried: the start, its heading words, and digits that start "1." or "4.2". */
  readonly anchors: Int32Array;
  /** Where ANNEX_LINE can match: the start and line breaks before a capital (after marks and a number). */
  readonly annexLines: Int32Array;
  /** Where SECTION_LINE can match: the start and line breaks before "S", "A", "C" or "§" (after marks). */
  readonly sectionLines: Int32Array;
}

/**
 * The positions worth trying for each pattern. A regex scan of these patterns tries their openings (a word of ten
 * alternatives, a lookbehind, `(?:^|\n)`) at every position of the text; the positions come instead from the
 * capitals of the text (found once for the whole stage), two short scans and the line breaks.
 */
function referenceStarts(text: string, capitals: Int32Array): ReferenceStarts {
  // One small function per scan: this one runs once per document and is compiled late, so it holds no loop of its own;
  // with every loop inlined into it, its one optimised compile inside the bench's measured pass was the largest of the
  // facts stage (--trace-opt). Each helper gets hot on its own.
  const references: number[] = [];
  const anchors: number[] = [0];
  capitalReferenceStarts(text, capitals, references, anchors);
  lowerReferenceStarts(text, references);
  pushOccurrences(text, '\u00a7', references);
  // "cl. 13.5", "cls. 7.6 and 7.7": Australian and English drafting's abbreviation of "clause".
  for (const abbreviation of ['cl.', 'Cl.', 'cls.', 'Cls.']) pushOccurrences(text, abbreviation, references);
  dottedNumberStarts(text, anchors);
  const annexLines = [0];
  const sectionLines = [0];
  headingLineStarts(text, annexLines, sectionLines);
  return { references: sortedStarts(references), anchors: sortedStarts(anchors), annexLines: Int32Array.from(annexLines), sectionLines: Int32Array.from(sectionLines) };
}

/** The capitals where a capitalised reference word can open REFERENCE, and where a heading word opens NUMBER_ANCHOR. */
function capitalReferenceStarts(text: string, capitals: Int32Array, references: number[], anchors: number[]): void {
  for (let i = 0; i < capitals.length; i++) {
    const at = capitals[i] as number;
    const key = lead(text.charCodeAt(at), codeAt(text, at + 1));
    const kind = LEADS[key] as number;
    if (kind === 0) continue;
    if (kind & REFERENCE_LEAD && text.startsWith(REFERENCE_WORD_OF_LEAD.get(key) as string, at)) references.push(at);
    // NUMBER_ANCHOR was tried at a heading word after a word boundary ("_" is a word character).
    if (kind & ANCHOR_LEAD && codeAt(text, at - 1) !== 95 && startsWithAny(text, at, ANCHOR_WORDS)) anchors.push(at);
  }
}

/** The lower-case reference words, "subsection" at its "sub". A test() loop: no match array per word. */
function lowerReferenceStarts(text: string, references: number[]): void {
  LOWER_REFERENCE_WORDS.lastIndex = 0;
  while (LOWER_REFERENCE_WORDS.test(text)) {
    const at = lowerWordStart(text, LOWER_REFERENCE_WORDS.lastIndex);
    // REFERENCE opens at a word boundary: not inside "intersection" or "nonparagraph".
    if (!isRegexWordCode(codeAt(text, at - 1))) references.push(at);
  }
}

/** The numbers of one to three digits before a dot, at a word start. */
function dottedNumberStarts(text: string, anchors: number[]): void {
  DOTTED_NUMBER.lastIndex = 0;
  while (DOTTED_NUMBER.test(text)) {
    // Back from the dot over the digits: at most three, the first at a word start.
    let at = DOTTED_NUMBER.lastIndex - 1;
    while (at > 0 && isDigitCode(text.charCodeAt(at - 1))) at--;
    if (headingMayFollow(text, at)) anchors.push(at);
  }
}

const isCapitalCode = (c: number): boolean => c >= 65 && c <= 90;
/** Levels of a dotted number headingMayFollow reads before it leaves the decision to NUMBER_ANCHOR itself. */
const MAX_LEVELS = 8;

/**
 * Whether NUMBER_ANCHOR's number at `at` can be followed by what the pattern needs after it: an optional dot, at most
 * four blanks, then a capitalised word, a bracket or a quoted capital. The number is read whole (a shorter reading
 * leaves a digit or "." and a digit next, which nothing after it accepts). Most numbers before a dot are amounts, dates
 * and references ("4.2 of", "1.5 million", "3.1(b)"), where the pattern read back through its lookbehind and failed.
 */
function headingMayFollow(text: string, at: number): boolean {
  let p = at;
  while (isDigitCode(codeAt(text, p))) p++;
  // Read at most MAX_LEVELS levels: past them the pattern decides. Unbounded, a run of "1.1.1..." was read whole from
  // each of its numbers (quadratic: 50,000 such characters took seconds).
  for (let level = 0; codeAt(text, p) === 46 && isDigitCode(codeAt(text, p + 1)); level++) {
    if (level === MAX_LEVELS) return true;
    p++;
    while (isDigitCode(codeAt(text, p))) p++;
  }
  if (codeAt(text, p) === 46) p++;
  for (let blanks = 0; blanks < 4 && isBlankCode(codeAt(text, p)); blanks++) p++;
  const c = codeAt(text, p);
  const next = codeAt(text, p + 1);
  return c === 91 || (isCapitalCode(c) && (isCapitalCode(next) || (next >= 97 && next <= 122))) || ((c === 34 || c === 0x201c) && isCapitalCode(next));
}

/** The line breaks where ANNEX_LINE and SECTION_LINE can match. */
function headingLineStarts(text: string, annexLines: number[], sectionLines: number[]): void {
  for (let n = text.indexOf('\n'); n >= 0; n = text.indexOf('\n', n + 1)) {
    let j = n + 1;
    while (isMarkCode(codeAt(text, j))) j++;
    const c = codeAt(text, j);
    if (c === 0xa7 || ((c === 83 || c === 65 || c === 67) && startsWithAny(text, j, SECTION_LINE_WORDS))) sectionLines.push(n);
    // ANNEX_LINE allows a number of up to three digits before its words ("3 EXHIBIT B"). The blanks after it are
    // skipped by a step every line takes (0 or 1 at a time): a loop body run only after such a number had no type
    // feedback after warm-up text without one, and the optimised scan was thrown away at each document's first.
    while (isDigitCode(codeAt(text, j))) j++;
    for (let blank = 1; blank === 1; j += blank) blank = isBlankCode(codeAt(text, j)) ? 1 : 0;
    // ANNEX_LINE's first word is in capitals ("EXHIBIT", "LIST OF ... SCHEDULE") or "Schedule", "Exhibit" ...
    const d = codeAt(text, j);
    const e = codeAt(text, j + 1);
    if (d >= 65 && d <= 90 && ((e >= 65 && e <= 90) || startsWithAny(text, j, ANNEX_TITLE_WORDS))) annexLines.push(n);
  }
}
const ANNEX_TITLE_WORDS = ['Schedule', 'Exhibit', 'Annex', 'Appendix', 'Attachment'];
/** SECTION_LINE's words (or "§"): "Section", "SECTION", "Article", "ARTICLE", "Clause", "CLAUSE". */
const SECTION_LINE_WORDS = ANCHOR_WORDS.slice(0, 6);

function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}

/** The pattern (sticky) tried at each list of starts. */
const SCANNED: Record<keyof ReferenceStarts, RegExp> = { references: REFERENCE_AT, anchors: NUMBER_ANCHOR, annexLines: ANNEX_LINE_AT, sectionLines: SECTION_LINE };

/** The matches of a global scan of one of the patterns, tried at its starts. */
function scanOf(text: string, starts: ReferenceStarts, which: keyof ReferenceStarts): Generator<RegExpExecArray, void, undefined> {
  return matchesAt(text, starts[which], SCANNED[which]);
}

/** The matches of the reference and heading patterns in a text, as ReferenceResolver reads them (for tests). */
export function referenceScans(text: string, capitals: Int32Array = capitalStarts(text)): Record<keyof ReferenceStarts, RegExpExecArray[]> {
  const starts = referenceStarts(text, capitals);
  return {
    references: [...scanOf(text, starts, 'references')],
    annexLines: [...scanOf(text, starts, 'annexLines')],
    sectionLines: [...scanOf(text, starts, 'sectionLines')],
    anchors: [...scanOf(text, starts, 'anchors')],
  };
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** \w of a regex without the u flag, by code (-1, outside the text, is none). */
const isRegexWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigitCode(c) || c === 95;
const isBlankCode = (c: number): boolean => c === 32 || c === 9;
// The marks SECTION_LINE and ANNEX_LINE allow at a line start: [ \t#*_]
const isMarkCode = (c: number): boolean => c === 32 || c === 9 || c === 35 || c === 42 || c === 95;

// Word's result of a REF or PAGEREF field whose bookmark no longer exists.
const FIELD_ERROR = /\bError![ \t]+(?:Reference[ \t]+source[ \t]+not[ \t]+found|Bookmark[ \t]+not[ \t]+defined)\.?/g;
const TABLE_OF_CONTENTS = /\b(?:TABLE\s+OF\s+CONTENTS|Table\s+of\s+Contents|INDEX\s+OF\s+(?:SECTIONS|ARTICLES))\b/;
const CONTENTS_ENTRIES = /\d{1,3}(?:\.\d{1,3})*\.?[ \t]+[A-Z][A-Za-z,;&' -]{2,60}?(?:[ \t]*\.{3,}[ \t]*|[ \t]+)\d{1,3}[ \t]+(?:Section[ \t]+|SECTION[ \t]+|Article[ \t]+|ARTICLE[ \t]+)?\d{1,3}(?:\.\d{1,3})*\.?[ \t]+[A-Z][A-Za-z,;&' -]{2,60}?(?:[ \t]*\.{3,}[ \t]*|[ \t]+)\d{1,3}\b/;

/** Digits with single dots between them ("4", "12.3.1"), by character codes. */
function isPlainNumber(raw: string): boolean {
  if (raw.length === 0 || !isDigitCode(raw.charCodeAt(0)) || !isDigitCode(raw.charCodeAt(raw.length - 1))) return false;
  for (let i = 1; i < raw.length - 1; i++) {
    const c = raw.charCodeAt(i);
    if (!isDigitCode(c) && !(c === 46 && isDigitCode(raw.charCodeAt(i + 1)))) return false;
  }
  return true;
}

/** The word before a clause's number ("Section 4.2", "art. 5", "§ 3"), which its canonical form leaves out. */
const NUMBER_WORD = caseInsensitive(String.raw`^(?:section|article|art\.|clause|paragraph|subsection|§+)\s*(?:[-–—]\s+)?`);
/** A reference word's or a schedule word's plural "s" ("Sections", "Schedules"). */
const PLURAL_S = caseInsensitive('s$');
/** "cl." and "cls.", read as "Clause". */
const CLAUSE_ABBREVIATION = caseInsensitive(String.raw`^cls?\.$`);
/** A paragraph numbered by the word ("Paragraph One", "Sole paragraph"), and the sole one. */
const PARAGRAPH_NUMBER = caseInsensitive(String.raw`^(?:paragraph|sole\s+paragraph)\b`);
const SOLE_PARAGRAPH = caseInsensitive(String.raw`^sole\s+paragraph$`);
/** A part's heading in a schedule ("Part B", "PART II"): group 1 its letter, numeral or number. */
const PART_HEADING = caseInsensitive(String.raw`^[\s#*_]*part[ \t]+([A-Z]|[IVX]{1,4}|\d{1,2})\b`);

/** Canonical form of a clause or reference number: "4.2." -> "4.2", "ARTICLE IV" -> "4", "5 (b)" -> "5(b)". */
export function numberKey(raw: string): string {
  // Most numbers are already canonical ("4", "12.3"): digits and inner dots come back as they are.
  if (isPlainNumber(raw)) return raw;
  let s = raw.trim().replace(NUMBER_WORD, '').replace(/[.:]+$/, '').replace(/\s+(?=\()/g, '').toLowerCase();
  // An item closed by a parenthesis alone is cited as its number or, lettered, in parentheses: "2)" as "paragraph 2",
  // "c)" as "paragraph 1(c)".
  const closed = /^([a-z]{1,4}|\d{1,3})\)$/.exec(s);
  if (closed !== null) s = /^\d/.test(closed[1] as string) ? (closed[1] as string) : `(${closed[1] as string})`;
  const words = /^([a-z]{3,11}(?:-[a-z]{3,7})?)(?=$|\()/.exec(s);
  const value = words ? wordNumberValue(words[1] as string) : null;
  if (words && value !== null) return String(value) + s.slice((words[1] as string).length);
  const head = /^([ivxlc]+)(?=$|\()/.exec(s);
  const n = head ? romanToNumber(head[1] as string) : null;
  if (head && n !== null) s = String(n) + s.slice((head[1] as string).length);
  return s;
}

const ANNEX_HEADING = caseInsensitive(/^\s*(?:[#*_\s]*)?(SCHEDULE|EXHIBIT|ANNEXURE|ANNEX|APPENDIX|ATTACHMENT)\s+([A-Z0-9]{1,3}(?:[.-]\d{1,2}){0,2})\b/.source);

/** A list item's own number: 'c)', '(c)', '(iv)', '2)'. */
const LIST_ITEM_NUMBER = /^\(?(?:[A-Za-z]{1,4}|\d{1,2})\)$/;

/**
 * ANNEX_HEADING on text[from, to): read only when a schedule word ("schedule", "exhibit", "annex", "appendix",
 * "attachment", any case) can follow the opening spaces and marks, so most clauses cost no slice and no regex.
 */
const isMarkOrSpace = (c: number): boolean => isBlankChar(c) || c === 35 || c === 42 || c === 95;

function annexHeading(text: string, from: number, to: number): RegExpExecArray | null {
  const end = Math.min(text.length, to);
  let i = from;
  while (i < end && isMarkOrSpace(text.charCodeAt(i))) i++;
  const first = i < end ? text.charCodeAt(i) | 32 : 0;
  if (first !== 115 && first !== 101 && first !== 97) return null;
  return ANNEX_HEADING.exec(from === 0 && end === text.length ? text : text.slice(from, end));
}
const RESERVED_ONLY = caseInsensitive(/^[\s#*_]*(?:(?:ARTICLE|Article|SECTION|Section|CLAUSE|Clause)\s+)?[0-9IVXLC]+(?:\.[0-9]+)*\.?[\s*_]*[-–—:.]?[\s*_]*[[(]?\s*(?:reserved|intentionally\s+(?:omitted|left\s+blank|deleted)|deleted|not\s+used)\s*[\])]?[\s.*_]*$/.source);
// The title of an amendment (not of an amended and restated agreement, which is whole) is the document's first line
// ("AMENDMENT NO. 2", "THIS FIRST AMENDMENT TO ...", "# Second Amendment to ..."), after any filing label, version or
// confidentiality stamp or page number above it ("EXHIBIT 10.17(b)", "Execution Version"), a filing's redaction legend
// ("Certain identified information has been excluded from this exhibit because ...", a paragraph of its own, often
// wrapped), a letterhead (a company's name and address, isLetterhead), Markdown front matter or an HTML comment. A later line that opens with an amendment's name is no title: a
// cover page's document history ("Amendment No. 3 dated ..."), a preamble wrapped before "Amendment No. 1" ("... as
// amended by\nAmendment No. 1"), a mention of another instrument's amendment.
const BEFORE_TITLE = caseInsensitive(/^[\s#*_]*(?:(?:exhibit|ex\.)\s+[\w.()-]{1,16}|(?:execution|final|conformed|signing|signature)\s+(?:version|copy|draft)|(?:strictly\s+)?confidential(?:\s+treatment\s+requested)?|\[?\*{1,3}\]?|(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?)[\s*_.:\-\u2013\u2014]*$/.source);
/** A paragraph that says text was left out of the filing or asks for confidential treatment (Reg. S-K 601(b)(10)(iv), Rule 24b-2). */
const LEGEND = caseInsensitive(/\b(?:has|have)\s+been\s+(?:omitted|excluded|redacted|removed|deleted)\b|\bconfidential\s+treatment\b|\bindicates?\s+(?:that\s+)?(?:certain\s+)?(?:information|text|portions?)\b/.source);
// A schedule, addendum, supplement or rider titled as one 'to' an agreement ("SCHEDULE TO Software License, Customization
// and Maintenance Agreement", "ADDENDUM NO. 2 TO MASTER SERVICES AGREEMENT") is added to that agreement, which governs
// everything it does not say: read as an amendment.
const AMENDMENT_TITLE = caseInsensitive(/^[ \t#*_]*(?:this\s+(?:is\s+the\s+)?)?(?:AMENDMENT\s+(?:NO\.?\s*)?\d{1,2}\b|(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH)\s+AMENDMENT\b|(?:SCHEDULE|ADDENDUM|SUPPLEMENT|RIDER)\s+(?:NO\.?\s*\d{1,2}\s+|[A-Z0-9]{1,3}\s+)?TO\s+(?:THE\s+|THAT\s+)?(?:[\w,&'-]+\s+){0,8}?AGREEMENT\b)/.source);
/** A title that restates before it names what it amends ("FIRST AMENDMENT AND RESTATEMENT OF ..."): the document is whole.
 *  "AMENDMENT NO. 2 TO AMENDED AND RESTATED LICENSE AGREEMENT" amends a restated agreement: it is an amendment. */
const RESTATES = caseInsensitive(/^(?:(?!\b(?:to|of)\b)[^\n])*\brestate(?:d|ment)\b/.source);

/** What a letterhead holds: a company's legal form, a street address, a suite, a US state and ZIP code, a telephone, an email or web address. */
const LETTERHEAD_CUE = /\b(?:Inc|Incorporated|Corp|Corporation|LLC|L\.L\.C|Ltd|Limited|plc|PLC|GmbH|AG|S\.A|N\.V|B\.V|LLP)\b|\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Way|Place|Court|Parkway|Square)\b|\bSuite\s+\d|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b(?:Tel|Telephone|Phone|Fax)\b|@|\bwww\./;
/** Words that make a line a sentence, not a letterhead's. */
const LETTERHEAD_SENTENCE = caseInsensitive(/\b(?:shall|will|is|are|was|agrees?|hereby|between|made|dated|amends?)\b/.source);

/** A letterhead above the title: at most six short lines (a company's name, its address), with a letterhead's cue and no sentence. */
function isLetterhead(lines: readonly string[]): boolean {
  if (lines.length > 6 || lines.some((l) => l.trim().length > 70 || LETTERHEAD_SENTENCE.test(l))) return false;
  return LETTERHEAD_CUE.test(lines.join('\n'));
}

/**
 * Whether the document amends another agreement ("AMENDMENT NO. 2 TO ...", "FIRST AMENDMENT TO ...") rather than
 * being one whole: its title, the first line of its first 800 characters that is no label, legend, front matter or
 * comment above a title, names an amendment, and does not restate the agreement.
 */
export function isAmendment(text: string): boolean {
  const lines = text.slice(0, 800).split('\n');
  let i = 0;
  while (i < lines.length && (lines[i] as string).trim() === '') i++;
  if ((lines[i] as string | undefined)?.trim() === '---') {
    // Markdown front matter, up to its closing line.
    for (i++; i < lines.length && !/^(?:---|\.\.\.)\s*$/.test(lines[i] as string); i++);
    i++;
  }
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '' || BEFORE_TITLE.test(line)) continue;
    if (AMENDMENT_TITLE.test(line)) return !RESTATES.test(line);
    // Not a title: a legend or a comment above the title is passed over, a paragraph of anything else is the title.
    if (line.trimStart().startsWith('<!--')) {
      while (i < lines.length && !(lines[i] as string).includes('-->')) i++;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && (lines[end] as string).trim() !== '') end++;
    const paragraph = lines.slice(i, end);
    if (!LEGEND.test(paragraph.join(' ')) && !isLetterhead(paragraph)) return false;
    i = end;
  }
  return false;
}

/**
 * Quotations that an amendment makes only to delete them: 'Section 6.3, which reads "Brightwater shall not challenge
 * ...", is hereby deleted', 'the words "thirty (30)" are deleted and replaced with "sixty (60)"'. A quotation closed
 * and then followed, within its sentence, by "is / are / shall be (hereby) deleted / struck / removed". The text that
 * replaces it ("... replaced with the following: "...") is no such quotation: it binds.
 */
const DELETED_QUOTE = /["\u201c]([^"\u201c\u201d]{4,3000}?)["\u201d](?=[ \t]*,?[^.;"\u201c\u201d\n]{0,60}?\b(?:is|are|shall[ \t]+be|be)[ \t]+(?:hereby[ \t]+)?(?:deleted|struck|removed)\b)/g;

/** The spans of an amendment's text that it quotes only to delete (DELETED_QUOTE), in order. */
export function deletedQuotations(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(DELETED_QUOTE)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

// "Section 9 of this Amendment", "Section 3 hereof": a number the amendment gives its own sections, not the agreement's.
const OF_THIS_AMENDMENT = caseInsensitive(/^[ \t]*(?:\([^()\n]{1,8}\)[ \t]*)?(?:of|in|to|under)[ \t]+this[ \t]+Amendment\b/.source);
// An amendment's schedule references name its own attachments ("as set out in Schedule A"), except a schedule it
// amends, which is the agreement's: "remove Schedule C-1 in its entirety", "Exhibit B to the Agreement is deleted".
const AMENDED_ANNEX_BEFORE = caseInsensitive(/\b(?:remov|delet|replac|amend|restat|supersed|substitut)(?:e|es|ed|ing)?[ \t]+(?:(?:the|existing|current|original|former)[ \t]+){0,2}$/.source);
const INTRODUCES_AFTER = /^[ \t]*:[ \t]*(?:\r?\n|$)/;
const ATTACHED_AS_BEFORE = caseInsensitive(/\b(?:attached|annexed|appended|incorporated)\b[^.;:\n]{0,60}\bas[ \t]+$/.source);
const AMENDED_ANNEX_AFTER = caseInsensitive(/^[ \t]*(?:(?:of|to)[ \t]+the[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}Agreement\b|(?:is|shall[ \t]+be)[ \t]+(?:hereby[ \t]+)?(?:deleted|removed|replaced|amended|restated|superseded)\b)/.source);
// A lower-case word after a bare item marker that opens an item of an enumeration ("(i) any assignment"), not a word
// that goes on with a reference ("(b) of", "(a) above", "(c) hereof", "(ii) and (iii)").
const ENUMERATION_AFTER = /^[ \t]+(?!(?:of|above|below|hereof|herein|hereto|hereunder|thereof|therein|in|to|and|or|through|shall|will|may|is|are|has|have|applies|apply)\b)[a-z]/;
// "of Section 6.6(c)" after bare item markers: the section whose items they are.
const ITEMS_OF_SECTION_AFTER = /^[ \t]+of[ \t]+(?:Section|SECTION|section|Clause|CLAUSE|clause|Paragraph|paragraph|Subsection|subsection)[ \t]+(\d{1,3}(?:\.\d{1,3})*(?:[ \t]?\([a-zA-Z0-9]{1,4}\))*)/;
const LEADING_NUMBER = /^\s*(?:(?:Section|SECTION|Article|ARTICLE|Clause|CLAUSE)\s+)?(\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6})(?:\.|\s)/;

export class ReferenceResolver {
  private readonly byNumber = new Map<string, string>();
  private readonly byAnnex = new Map<string, string>();
  private readonly keys = new Map<string, string>();

  private readonly starts: ReferenceStarts;

  constructor(private readonly text: string, private readonly locate: ClauseLocator, capitals: Int32Array = capitalStarts(text)) {
    this.starts = referenceStarts(text, capitals);
    this.amendment = isAmendment(text);
    // Keys a clause under another took first: a top-level clause of that number takes them over ("Article 3" is the
    // article, not paragraph "3." of Article 2 before it).
    const takenBelow = new Set<string>();
    for (const c of locate.clauses) {
      const key = this.clauseKey(text, c);
      if (key !== null) {
        this.keys.set(c.id, key);
        if (!this.byNumber.has(key) || (c.parentId === null && takenBelow.delete(key))) {
          this.byNumber.set(key, c.id);
          if (c.parentId !== null) takenBelow.add(key);
        }
      }
      // An item of a list ('c)    Attachment 2: Employee list') names a schedule among the agreement's parts; it is not the schedule.
      const annex = c.number !== null && LIST_ITEM_NUMBER.test(c.number) ? null : annexHeading(c.heading ?? '', 0, Infinity) ?? annexHeading(text, c.start, Math.min(c.end, c.start + 120));
      if (annex) {
        const k = `${(annex[1] as string).toLowerCase()}:${(annex[2] as string).toLowerCase()}`;
        if (!this.byAnnex.has(k)) this.byAnnex.set(k, c.id);
      }
    }
    // Schedules whose heading the tree did not make a clause of: the clause that holds the heading line.
    for (const m of scanOf(text, this.starts, 'annexLines')) {
      const word = (m[1] ?? m[3]) as string;
      const id = (m[2] ?? m[4]) as string;
      const at = m.index + m[0].indexOf(word);
      this.headings.add(at);
      const k = `${word.toLowerCase()}:${id.toLowerCase()}`;
      const holder = locate.at(at);
      if (holder && !this.byAnnex.has(k)) this.byAnnex.set(k, holder.id);
    }
    for (const m of scanOf(text, this.starts, 'sectionLines')) {
      // Where its word ("Section", "Article", "Clause", "§") starts: the first capital or "§" of the match.
      const at = m.index + m[0].search(/[SAC§]/);
      this.headings.add(at);
      const key = numberKey(m[1] as string);
      const holder = locate.at(at);
      if (holder && !this.byNumber.has(key)) this.byNumber.set(key, holder.id);
    }
    for (const m of scanOf(text, this.starts, 'anchors')) {
      // "ARTICLE VI REGISTRATION RIGHTS" in mid-line is a heading, not a reference to itself.
      if (m[1] !== undefined) this.headings.add(m.index);
      const key = numberKey((m[2] ?? m[3]) as string);
      const holder = locate.at(m.index + m[0].length - 1);
      if (holder && !this.byNumber.has(key)) this.byNumber.set(key, holder.id);
    }
    for (const [key, id] of [...this.byNumber]) {
      const top = /^\d+/.exec(key);
      if (top) this.highestTop = Math.max(this.highestTop, Number(top[0]));
      // "14.7" is there, so Section 14 is: its number prefixes exist even when its heading was not found.
      for (let cut = key.lastIndexOf('.'); cut > 0; cut = key.lastIndexOf('.', cut - 1)) {
        const prefix = key.slice(0, cut);
        if (!this.byNumber.has(prefix)) this.byNumber.set(prefix, id);
      }
    }
  }
  /**
   * Whether the document amends another agreement ("FIRST AMENDMENT TO ...", "Amendment No. 2"): its section numbers
   * are that agreement's ("Section 6.1 of the Agreement is amended", "a new Section 7.4 is added"), which is not attached.
   * The facts read it here (DocumentFacts.amendment) rather than test the title again.
   */
  readonly amendment: boolean;
  /** The highest top-level number of the agreement's own sections (an agreement numbered 1-15 has no "Section 210"). */
  private highestTop = 0;
  /** Where a schedule or section heading stands: a heading is not a reference to itself. */
  private readonly headings = new Set<number>();
  /** The top-level clauses, listed when a reference first asks (previousArticle). */
  private topLevel: readonly ClauseNode[] | undefined;

  /** "4.2" for a clause numbered "4.2", "5(b)" for "(b)" under clause 5; numbers read from the text when the tree has none. */
  private clauseKey(text: string, c: ClauseNode): string | null {
    let own = c.number;
    if (own === null) own = LEADING_NUMBER.exec(text.slice(c.start, Math.min(c.end, c.start + 40)))?.[1] ?? null;
    if (own === null) return null;
    // 'c.' after 'b.' is a letter, not the Roman 100 ('i.' after 'h.', 'v.' after 'u.', 'x.' after 'w.', 'l.' after 'k.').
    const key = this.letterAfterLetter(own, c) ?? numberKey(own);
    const parentKey = c.parentId ? this.keys.get(c.parentId) : undefined;
    if (key.startsWith('(') && parentKey) return parentKey + key;
    // "B." under clause 3 is cited as "Section 3B" or "Section 3(b)".
    if (parentKey && /^[a-z]$/.test(key)) {
      for (const alias of [parentKey + key, `${parentKey}(${key})`]) if (!this.byNumber.has(alias)) this.byNumber.set(alias, c.id);
    }
    // "2." under a heading "4. Covenant" (a Markdown list under a numbered heading, a numbered paragraph of an article)
    // is cited as "clause 4.2", unless a clause of that number exists.
    // (Written in figures: an item "i." is read as 1 too, and is no "3.1".)
    if (parentKey && /^\d{1,3}$/.test(key) && /^\s*\d{1,3}[.)]?\s*$/.test(own) && /^\d{1,3}(?:\.\d{1,3})*$/.test(parentKey)) {
      const alias = `${parentKey}.${key}`;
      if (!this.byNumber.has(alias)) this.byNumber.set(alias, c.id);
    }
    return key;
  }

  /** A bare item letter that is also a Roman numeral ('c.', 'i.'), as the letter when the item before it is the letter before ('b.', 'h.'). */
  private letterAfterLetter(own: string, c: ClauseNode): string | null {
    const m = /^\s*([cilvx])\.?\s*$/i.exec(own);
    if (m === null || c.parentId === null) return null;
    const siblings = this.locate.get(c.parentId)?.children ?? [];
    const before = siblings[siblings.indexOf(c) - 1]?.number;
    const letter = (m[1] as string).toLowerCase();
    const previous = String.fromCharCode(letter.charCodeAt(0) - 1);
    return before !== undefined && before !== null && new RegExp(`^\\s*${previous}\\.?\\s*$`, 'i').test(before) ? letter : null;
  }

  private resolveNumber(raw: string, where: () => ClauseNode | null): string | null {
    const key = numberKey(raw);
    const direct = this.byNumber.get(key) ?? this.variant(key);
    if (direct) return direct;
    if (key.startsWith('(')) {
      // "paragraph (c) above": a sibling or a child of an ancestor of the referring clause.
      let scope: ClauseNode | undefined | null = where();
      while (scope) {
        const parentKey = this.keys.get(scope.id);
        if (parentKey && this.byNumber.has(parentKey + key)) return this.byNumber.get(parentKey + key) ?? null;
        scope = scope.parentId ? this.locate.get(scope.parentId) : null;
      }
    }
    return null;
  }

  /**
   * The same target under another numbering style: "Section 1e" for "1(e)", "4(a)" for "4.a", and a sub-item of a
   * section that exists ("Section 6.4(c)" when 6.4 is there but its items are not clauses of the tree).
   */
  private variant(key: string): string | undefined {
    // "Article 4.00", "Section 5.0": the article itself.
    const zeros = /^(\d+)(?:\.0+)+$/.exec(key);
    if (zeros) return this.byNumber.get(zeros[1] as string);
    const letter = /^(\d+(?:\.\d+)*)([a-z])$/.exec(key);
    if (letter) return this.byNumber.get(`${letter[1]}(${letter[2]})`) ?? this.byNumber.get(`${letter[1]}.${letter[2]}`) ?? this.writtenItem(letter[1] as string, letter[2] as string);
    const item = /^(\d+(?:\.\d+)*)\(([a-z0-9]{1,4})\)/.exec(key);
    if (item) return this.byNumber.get(`${item[1]}.${item[2]}`) ?? this.byNumber.get(item[1] as string);
    return undefined;
  }

  /**
   * "Section 1g" where Section 1 is a clause and its items are not ('1. Definitions. a. "Company" ... g. "Registered
   * Referral" ...', run into one paragraph): the section, when its own words hold the item's letter as a marker ('g.',
   * '(g)', 'g)') after a space or a line's start. A letter no item of it is marked with ('Section 12A', an inserted
   * section) still resolves nowhere.
   */
  private writtenItem(section: string, letter: string): string | undefined {
    const id = this.byNumber.get(section);
    if (id === undefined || this.keys.get(id) !== section) return undefined;
    const clause = this.locate.get(id);
    if (clause === undefined) return undefined;
    const marker = new RegExp(`(?:^|\\s)(?:\\(${letter}\\)|${letter}[.)])[ \\t]+\\S`);
    return marker.test(this.text.slice(clause.start, clause.end)) ? id : undefined;
  }

  /**
   * Whether "Section 2.4" points into a numbered division whose sections lost their numbers, as in EDGAR text of
   * automatically numbered sections. Either none of the division's parts is numbered and two or more have title
   * headings ("Protection of LMG Tools. TAG will ..."; not "(Signature Page Follows)" nor a party's name in capitals:
   * ARTICLE II is there, its sections are not), or some kept their numbers and the one cited falls in a gap between
   * two of them that holds enough parts with title headings ("5.3 TAG Indemnification", then "Other Indemnification.
   * ..." and "Limitation of Liability. ...", then "5.6 Insurance": "Section 5.4" is the first of those). The reference
   * cannot be checked, so it is not reported as pointing to nothing.
   */
  private lostNumbers(key: string): boolean {
    const dot = key.indexOf('.');
    if (dot <= 0) return false;
    const top = key.slice(0, dot);
    const id = this.byNumber.get(top);
    if (id === undefined || this.keys.get(id) !== top) return false;
    const division = this.locate.get(id);
    if (!division || division.children.length < 2) return false;
    const cited = /^\d{1,3}$/.test(key.slice(dot + 1)) ? Number(key.slice(dot + 1)) : null;
    let headed = 0;
    let numbered = false;
    // The number of the last numbered part below the one cited, and the parts with title headings since it.
    let below = 0;
    for (const part of division.children) {
      const own = this.keys.get(part.id);
      if (own !== undefined) {
        numbered = true;
        const n = own.startsWith(`${top}.`) && /^\d{1,3}$/.test(own.slice(dot + 1)) ? Number(own.slice(dot + 1)) : null;
        if (cited === null || n === null || n === cited) return false;
        if (n > cited) return below < cited && headed >= cited - below;
        below = n;
        headed = 0;
      } else if (part.heading !== null && TITLE_HEADING.test(part.heading)) headed++;
    }
    return !numbered && headed >= 2;
  }

  /** Whether a number that resolves nowhere is a statute's: far beyond the agreement's own ("Sections 210 and 211" of the FD&C Act). */
  private statuteSection(key: string): boolean {
    const top = /^\d+/.exec(key);
    return top !== null && Number(top[0]) >= 100 && this.highestTop < 100;
  }

  /**
   * "clauses (i) and (ii) above", "clause (a) of this sentence": a bare item marker refers to the neighbouring list,
   * which may be run into one paragraph; it exists when the same marker is written nearby.
   */
  private nearbyItem(text: string, start: number, end: number, marker: string): boolean {
    const before = text.lastIndexOf(marker, start - 1);
    if (before >= 0 && start - before < 3000) return true;
    const after = text.indexOf(marker, end);
    return after >= 0 && after - end < 1500;
  }

  /** Whether a clause holds nothing but its number and "[Reserved]" ("ARTICLE 3 [RESERVED]", "5.2 Intentionally omitted."). */
  private reserved(text: string, id: string): boolean {
    const c = this.locate.get(id);
    return c !== undefined && c.end - c.start <= 80 && RESERVED_ONLY.test(text.slice(c.start, c.end));
  }

  /** Clause ids -> whether the clause is a table of contents (its lines list headings, they refer to nothing). */
  private readonly contents = new Map<string, boolean>();

  /** Whether `at` lies in a table of contents: a clause headed "Contents" or a line of "heading page-number" entries. */
  private inContents(text: string, at: number): boolean {
    const clause = this.locate.at(at);
    if (clause) {
      let toc = this.contents.get(clause.id);
      if (toc === undefined) {
        toc = TABLE_OF_CONTENTS.test(`${clause.heading ?? ''} ${text.slice(clause.start, Math.min(clause.end, clause.start + 200))}`);
        this.contents.set(clause.id, toc);
      }
      if (toc) return true;
    }
    // "13.8 Severability 41 13.9 No Waiver 41": two entries with page numbers around the reference.
    return CONTENTS_ENTRIES.test(text.slice(Math.max(0, at - 120), at + 120));
  }

  /** The names the agreement gives itself ('this License Agreement', '(this "MSA")'), read when a reference needs them. */
  private selfNames: SelfNames | null = null;

  /** Whether `name` ("MSA") is one the agreement calls itself. */
  private namesItself(text: string, name: string): boolean {
    this.selfNames ??= selfNamesOf(text);
    return this.selfNames.all.has(nameKey(name));
  }

  /** Whether `key` names the instrument in force at `at`: a bare self-name, or one of the last naming before it (the first when none is). */
  private selfNamedAt(key: string, at: number): boolean {
    const self = this.selfNames as SelfNames;
    if (self.bare.has(key)) return true;
    let naming = self.namings[0];
    for (const n of self.namings) {
      if (n.start > at) break;
      naming = n;
    }
    return naming?.names.has(key) ?? false;
  }

  /**
   * Whether the name written at `at` is one the agreement calls itself: its first words, up to where a small word
   * follows or the name ends ("License Agreement" of "the License Agreement and Section 4", not of "the License
   * Agreement Amendment").
   */
  private namedItselfAt(text: string, at: number): boolean {
    this.selfNames ??= selfNamesOf(text);
    if (this.selfNames.all.size === 0) return false;
    NAME_RUN.lastIndex = at;
    const words = nameWords(NAME_RUN.exec(text)?.[0] ?? '');
    for (let n = words.length; n > 0; n--) {
      if (n < words.length && CAPITALISED.test(words[n] as string) && !(words[n - 1] as string).endsWith(',')) continue;
      if (this.selfNamedAt(nameKey(words.slice(0, n).join(' ')), at)) return true;
    }
    return false;
  }

  /**
   * Whether the words after a reference put it in another instrument ("of the Bankruptcy Code", "thereto"). "Section 3.2
   * of the License Agreement" is this document's own section when the document is the License Agreement.
   */
  private external(text: string, end: number): boolean {
    end += captionAfter(text, end);
    const after = text.slice(end, end + 80);
    if (STATUTE_ABBREVIATION_AFTER.test(after)) return true;
    const m = EXTERNAL.exec(after) ?? EXTERNAL_LISTED.exec(text.slice(end, end + 160));
    // An instrument named past a blank line is in another paragraph: "the assets listed in Attachment 3 to Helmark's
    // plant." then "ATTACHMENT 1\n\nSTATEMENT OF WORK" names no instrument the attachment belongs to.
    if (m === null || BLANK_LINE.test(m[0])) return false;
    const instrument = m[1];
    // Only a name right after "of the", "to the" ... is the instrument the reference is in: "to Supplement 1 of the
    // Statement of Work to this Agreement" and "in effect until ... terminate the Agreement" name another.
    if (instrument === undefined || !CAPITALISED.test(instrument)) return true;
    // The instrument group ends the match.
    return !this.namedItselfAt(text, end + m.index + m[0].length - instrument.length);
  }

  /**
   * A schedule's heading in capitals that EDGAR ran into the text before it: after a wide gap, ending its line or
   * followed by a title in capitals ("   ATTACHMENT A ERCHONIA CORPORATION EXCLUSIVE DISTRIBUTOR AGREEMENT"); after a
   * sentence end, ending its line ("... AS AMENDED. APPENDIX B"); in title case, at a line start before a title and its
   * first sentence (ANNEX_TITLE_RUN_AFTER). It is the schedule, not a reference to it.
   */
  private annexHeadingInLine(text: string, m: RegExpExecArray): void {
    const word = m[3] as string;
    const id = m[4] as string;
    if (!ANNEX_ID_ALONE.test(id)) return;
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 8), start);
    let heading: boolean;
    if (word !== word.toUpperCase()) heading = ANNEX_TITLE_LINE_BEFORE.test(before) && ANNEX_TITLE_RUN_AFTER.test(text.slice(end, end + 160)) && !ANNEX_TITLE_LIST_AFTER.test(text.slice(end, end + 80));
    else {
      const after = text.slice(end, end + 40);
      heading = ANNEX_GAP_BEFORE.test(before) ? ANNEX_HEADING_AFTER.test(after) : ANNEX_SENTENCE_BEFORE.test(before) && ANNEX_LINE_END_AFTER.test(after);
    }
    if (!heading) return;
    // A list of the schedules ("SCHEDULE A  PRODUCT LICENSE SCHEDULE TEMPLATE SCHEDULE B  CUSTOMIZATION SCHEDULE") or a
    // table of contents names them without being them.
    if (ANNEX_LIST_AFTER.test(text.slice(end, end + 80)) || this.inContents(text, start)) return;
    this.headings.add(start);
    const plural = word.toLowerCase();
    const kind = plural === 'appendices' ? 'appendix' : plural === 'annexes' ? 'annex' : plural.replace(/s$/, '');
    const key = `${kind}:${id.toLowerCase()}`;
    const holder = this.locate.at(start);
    if (holder && !this.byAnnex.has(key)) this.byAnnex.set(key, holder.id);
  }

  /** Every cross-reference of the text, resolved ("(c)" relative to the clause it is written in). */
  find(text: string): CrossReference[] {
    const out: CrossReference[] = [];
    let statuteEnd = -1; // where the last "§" citation of a statute ended
    const matches = [...scanOf(text, this.starts, 'references')];
    for (const m of matches) if (m[3] !== undefined) this.annexHeadingInLine(text, m);
    // where an "Article 14 paragraph 3" read as one reference ended: its "paragraph 3" is no reference of its own
    let paragraphEnd = -1;
    for (const m of matches) {
      const start = m.index;
      const end = start + m[0].length;
      if (start < paragraphEnd) continue;
      // "Article 14 paragraph 3", "Article 6 paragraphs 3 and 4" (continental drafting in translation: "artikel 14 lid
      // 3"): the numbered paragraphs of that article, which may not exist.
      const paragraphs = m[1] !== undefined && /^(?:Articles?|ARTICLES?|Arts?\.|ARTS?\.)$/.test(m[1]) ? ARTICLE_PARAGRAPHS_AFTER.exec(text.slice(end, end + 60)) : null;
      // "Article 6, paragraph 3 of the Industrial Property Law": the article and its paragraph are the statute's.
      if (paragraphs !== null && this.external(text, end + paragraphs[0].length)) {
        paragraphEnd = end + paragraphs[0].length;
        continue;
      }
      if (paragraphs !== null && /^\d{1,3}$/.test((m[2] as string).trim())) {
        const article = (m[2] as string).trim();
        paragraphEnd = end + paragraphs[0].length;
        for (const p of (paragraphs[1] as string).match(/\d{1,3}/g) ?? []) {
          out.push({ text: `Article ${article} paragraph ${p}`, targetId: this.articleParagraph(article, p), start, end: paragraphEnd });
        }
        continue;
      }
      // "Paragraph One." opening its own clause (Brazilian and Portuguese drafting in translation) is its number, not a
      // reference.
      if (m[1] !== undefined && this.ownNumber(text, start, end)) continue;
      if (m[1] !== undefined && /^(?:[Pp]aragraphs?|PARAGRAPHS?)$/.test(m[1])) {
        const own = this.ownArticleParagraphs(text, start, end, m[2] as string);
        if (own !== null) {
          out.push(...own);
          continue;
        }
      }
      // "Paragraph Two of Clause Two", "paragraph 3 of Article 5": the paragraphs the clause numbers so, read there.
      const clauseParagraph = m[1] !== undefined && /^(?:[Pp]aragraphs?|PARAGRAPHS?)$/.test(m[1]) ? this.clauseParagraph(text, end, m[2] as string) : null;
      if (clauseParagraph !== null) {
        if (clauseParagraph !== undefined) out.push({ ...clauseParagraph, start, end });
        continue;
      }
      // "the sole paragraph of Clause Four": the clause's paragraph numbered "Sole paragraph".
      if (m[1] !== undefined && SOLE_PARAGRAPH_BEFORE.test(text.slice(Math.max(0, start - 24), start))) {
        const sole = this.soleParagraph(m[2] as string);
        if (sole !== null) {
          const from = start - (SOLE_PARAGRAPH_BEFORE.exec(text.slice(Math.max(0, start - 24), start)) as RegExpExecArray)[0].length;
          out.push({ text: `Sole paragraph of ${sole.name}`, targetId: sole.targetId, start: from, end });
          continue;
        }
      }
      // "paragraph 4 of Schedule 2", where Schedule 2 numbers its paragraphs: read there (else another instrument's).
      const annexScope = m[1] !== undefined ? this.annexScope(text, end) : null;
      if (annexScope === null && (this.external(text, end) || inInstrumentAside(text, start, end))) continue;
      // "Art. 100 CO", "§ 823 BGB", "Article 6 GDPR": a code's article, its code named by its abbreviation right after it.
      if (m[1] !== undefined && CODE_ABBREVIATION_AFTER.test(text.slice(end, end + 12))) continue;
      // "Article 6:265 of the Dutch Civil Code", "Art. 7:408 BW": a code's book and article (Dutch civil code style).
      if (m[1] !== undefined && /^:\d/.test(text.slice(end, end + 2))) continue;
      // A heading's last word and the number of the next clause ("... TRANSPORTATION SCHEDULE" then "22.1 Each of the
      // nominations"): a clause begins inside the match, so it is no reference.
      const last = this.locate.at(end - 1);
      if (last !== null && last.start > start) continue;
      if (m[1] !== undefined) {
        // (Not in capitals: "SECTION 4 OF THE SAME" is no acronym.)
        const acronym = m[1] === (m[1] as string).toUpperCase() ? null : ACRONYM_AFTER.exec(text.slice(end + captionAfter(text, end), end + 120));
        if (acronym && !this.namesItself(text, acronym[1] as string)) continue;
        if (this.headings.has(start)) continue; // a section's own heading
        const before = text.slice(Math.max(0, start - 40), start);
        if (text.charCodeAt(start) === 0xa7) {
          // "21 C.F.R. §312.70 or §812.119": a "§" that continues a statute's list is the statute's too.
          const continues = statuteEnd >= 0 && start - statuteEnd <= 12 && SIGN_LIST_GAP.test(text.slice(statuteEnd, start)) && !OWN_AFTER.test(text.slice(end, end + 40));
          if (continues || STATUTE_BEFORE.test(before) || STATUTE_BEFORE_SIGN.test(before)) {
            statuteEnd = end;
            continue;
          }
        } else if (STATUTE_BEFORE.test(before)) continue;
        // A reference is named as the document writes it: "§ 16" stays "§ 16" (counsel looks for the sign, not "Section 16").
        const word = (m[1] as string).replace(PLURAL_S, '').replace(/^§+$/, '§').replace(CLAUSE_ABBREVIATION, 'Clause');
        const label = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
        let base = '';
        const list = [...(m[2] as string).replace(NOTES, ' ').matchAll(ONE_NUM)];
        // "with respect to clause (b), (i) any assignment ...", "referred to in clause (ii), or (iv) any such option": after
        // a singular word, a bare item marker that a list joins and a lower-case word follows opens an item of the
        // sentence's own enumeration; it is no second reference.
        if (list.length > 1 && !PLURAL_S.test(m[1] as string) && !(m[1] as string).startsWith('§§') && ENUMERATION_AFTER.test(text.slice(end, end + 24))) {
          const lastItem = list[list.length - 1] as RegExpMatchArray;
          if (lastItem[0].startsWith('(')) list.pop();
        }
        // "clause (v) or (vi) of Section 6.6(c) above": bare items of the section named after them.
        const itemsOf = list.every((n) => n[0].startsWith('(')) ? ITEMS_OF_SECTION_AFTER.exec(text.slice(end, end + 40)) : null;
        if (itemsOf !== null) base = (itemsOf[1] as string).replace(/\s+/g, '');
        for (const n of list) {
          // "Sections 9.1(j) and (k)": a bare "(k)" continues the number before it.
          if (CODE_ARTICLE.test(n[0])) continue;
          const num = n[0].startsWith('(') && base ? base + n[0] : n[0];
          if (!n[0].startsWith('(')) base = n[0].replace(/\s?\([^()]*\)$/, '');
          const scoped = annexScope === null ? null : { targetId: this.inScope(annexScope.paragraphs, numberKey(num)) };
          const resolved = scoped !== null ? scoped.targetId : this.resolveNumber(num, () => this.locate.at(start));
          // A section left "[Reserved]" holds nothing: a reference to it points to nothing.
          const targetId = resolved !== null && this.reserved(text, resolved) ? null : resolved;
          if (resolved === null && scoped === null) {
            const key = numberKey(num);
            // Only a reference that would dangle pays for the table-of-contents test.
            // An amendment's references are mostly to the agreement it amends, which is not here: only one to its own
            // sections ("Section 9 of this Amendment") can be found dangling.
            if ((this.amendment && !OF_THIS_AMENDMENT.test(text.slice(end, end + 40))) || this.statuteSection(key) || this.lostNumbers(key) || this.inContents(text, start)) continue;
            if (key.startsWith('(')) {
              const marker = /^\([^()]*\)/.exec(key)?.[0] ?? key;
              const written = /^\([^()]*\)/.exec(num.trim())?.[0] ?? marker;
              if (this.nearbyItem(text, start, end, written)) continue;
            }
          }
          out.push({ text: annexScope === null ? `${label} ${num}` : `${label} ${num} of ${annexScope.name}`, targetId, start, end });
        }
      } else {
        if (this.headings.has(start)) continue; // the schedule's own heading
        const plural = (m[3] as string).toLowerCase();
        const kind = plural === 'appendices' ? 'appendix' : plural === 'annexes' ? 'annex' : plural.replace(/s$/, '');
        const label = kind.charAt(0).toUpperCase() + kind.slice(1);
        let previous = '';
        // A range is written after the plural ("Schedules 2 to 4"): after the singular, 'to', 'through' or a dash and a
        // number are no range ("as identified on Schedule 2.7 to 15", the page number after 'to' at the foot of the page;
        // "Exhibit B - 6"). A letter after the dash still is ("Exhibit B - D", a list written on one line).
        const singular = !/s$/i.test(m[3] as string);
        let after = 0;
        for (const n of (m[4] as string).matchAll(ONE_ANNEX)) {
          if (singular && after > 0 && /^\d/.test(n[0]) && /^\s*(?:to|through|-|–)\s*$/i.test((m[4] as string).slice(after, n.index))) break;
          after = n.index + n[0].length;
          // "as defined in Attachment 4,4.1 b)", "Attachment 4, 4.3 c)": a number that extends the one before it is a
          // paragraph of that schedule, not another schedule.
          const extendsPrevious = previous !== '' && n[0].startsWith(`${previous}.`);
          previous = n[0];
          if (extendsPrevious) continue;
          const targetId = this.byAnnex.get(`${kind}:${n[0].toLowerCase()}`) ?? null;
          if (targetId === null && this.inContents(text, start)) continue;
          // "... is attached to and incorporated into the Agreement as Schedule C-1:" and the schedule's text after it: the
          // reference introduces the schedule it names, here.
          if (targetId === null && INTRODUCES_AFTER.test(text.slice(end, end + 8)) && ATTACHED_AS_BEFORE.test(text.slice(Math.max(0, start - 80), start))) continue;
          if (targetId === null && this.amendment && (AMENDED_ANNEX_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || AMENDED_ANNEX_AFTER.test(text.slice(end, end + 60)))) continue;
          // The heading of the schedule itself ("EXHIBIT B - Licensed Patents") is not a reference to it.
          const target = targetId === null ? undefined : this.locate.get(targetId);
          if (target && start >= target.start && start - target.start < 24 && /^[\s#*_]*$/.test(text.slice(target.start, start))) continue;
          out.push({ text: `${label} ${n[0]}`, targetId, start, end });
        }
      }
    }
    // "Part B of Schedule 3": the part of a schedule that exists, by the heading that opens it ("Part B — ...").
    for (const m of partOfAnnexMatches(text)) {
      const annexId = this.annexId(m[2] as string, m[3] as string);
      if (annexId === null || this.inContents(text, m.index)) continue;
      // A part whose heading the tree did not make a clause of is a line of the schedule's own text ("PART B").
      const annex = this.locate.get(annexId);
      const inText = annex !== undefined && caseInsensitive(String.raw`(?:^|\n)[ \t#*_]*part[ \t]+${m[1] as string}\b`).test(text.slice(annex.start, this.annexReach(annex, text.length)));
      const target = this.descendants(annexId).find((c) => partHeading(text, c, m[1] as string)) ?? (inText ? annex : undefined);
      const word = m[1] as string;
      out.push({ text: `Part ${word} of ${(m[2] as string).replace(PLURAL_S, '')} ${m[3] as string}`, targetId: target?.id ?? null, start: m.index, end: m.index + m[0].length });
    }
    // A cross-reference field whose bookmark is gone: Word puts its error text where the number was ("Clause Error!
    // Reference source not found."), in the .docx and in any PDF printed from it. It points to nothing.
    if (text.includes('Error!')) {
      for (const m of text.matchAll(FIELD_ERROR)) out.push({ text: `a clause that Word can no longer find (its cross-reference field shows "${m[0].replace(/\s+/g, ' ')}")`, targetId: null, start: m.index, end: m.index + m[0].length });
    }
    if (out.length > 1) out.sort((a, b) => a.start - b.start);
    return out;
  }

  /**
   * Paragraph `p` of Article `article`: the article's child numbered so ("3" or "3."); the article itself when it numbers
   * none of its paragraphs (they cannot be checked); null when the article is missing or numbers others but not this one.
   */
  private articleParagraph(article: string, p: string): string | null {
    const id = this.byNumber.get(article);
    const node = id === undefined ? undefined : this.locate.get(id);
    return node === undefined ? null : paragraphOf(node, p);
  }

  /**
   * "Paragraph 2 of this Article", "Paragraph 1 of the preceding Article", and "Paragraph 2" alone inside an article
   * whose paragraphs are numbered "1.", "2." (Japanese and continental drafting in translation, where a paragraph is
   * cited within its article), also when a list of them ends so ("Paragraph 2 or Paragraph 3 of this Article"): the
   * paragraphs of that article, which may not exist. Null when the reference is not one of these (the article holding
   * it numbers no paragraphs, or another clause is named after "of").
   */
  private ownArticleParagraphs(text: string, start: number, end: number, nums: string): CrossReference[] | null {
    const after = text.slice(end, end + 120);
    const of = ARTICLE_OF_AFTER.exec(after);
    if (of === null && /^[ \t]+of\b/i.test(after)) return null;
    // Alone, "Paragraph 2" is its own article's only where that article numbers its paragraphs.
    const holder = this.enclosingArticle(start, of === null);
    if (holder === null) return null;
    let article: ClauseNode | undefined = holder;
    if (of?.[1] !== undefined) article = this.previousArticle(holder);
    else if (of?.[2] !== undefined) {
      const id = this.byNumber.get(numberKey(of[2]));
      article = id === undefined ? undefined : this.locate.get(id);
    }
    const name = article?.number?.trim() ?? 'the preceding Article';
    return (nums.match(/\d{1,3}/g) ?? []).map((p) => ({ text: `Paragraph ${p} of ${name}`, targetId: article === undefined ? null : paragraphOf(article, p), start, end }));
  }

  /** The article holding offset `at` (when `numbered`, only one that numbers its paragraphs "1.", "2."), or null. */
  private enclosingArticle(at: number, numbered: boolean): ClauseNode | null {
    for (let c = this.locate.at(at); c !== null; c = c.parentId === null ? null : (this.locate.get(c.parentId) ?? null)) {
      if (c.number !== null && ARTICLE_NUMBER.test(c.number)) return !numbered || c.children.some(isNumberedParagraph) ? c : null;
    }
    return null;
  }

  /** The article before `article` among its siblings, or undefined. */
  private previousArticle(article: ClauseNode): ClauseNode | undefined {
    const parent = article.parentId === null ? undefined : this.locate.get(article.parentId);
    // The top-level clauses are listed once, not at each reference ("of the preceding Article" may recur throughout).
    const siblings = parent !== undefined ? parent.children : (this.topLevel ??= this.locate.clauses.filter((c) => c.parentId === null));
    const i = siblings.indexOf(article);
    for (let k = i - 1; k >= 0; k--) if ((siblings[k] as ClauseNode).number !== null && ARTICLE_NUMBER.test((siblings[k] as ClauseNode).number as string)) return siblings[k];
    return undefined;
  }

  /**
   * The paragraph numbered `key` among a schedule's paragraphs, or the one its item or lettered part belongs to ("2(d)"
   * in paragraph 2, whose items are no clauses of the tree; "3A" in 3); null when there is none.
   */
  private inScope(paragraphs: readonly ClauseNode[], key: string): string | null {
    for (let k = key; k !== ''; ) {
      const found = paragraphs.find((c) => this.keys.get(c.id) === k);
      if (found) return found.id;
      const shorter = k.replace(/\([^()]*\)$|(?<=\d)[a-z]$/, '');
      if (shorter === k) break;
      k = shorter;
    }
    return null;
  }

  /** The clause of a schedule ('Schedule', '2'), or null when the document has none. */
  private annexId(word: string, id: string): string | null {
    const plural = word.toLowerCase();
    const kind = plural === 'appendices' ? 'appendix' : plural === 'annexes' ? 'annex' : plural.replace(/s$/, '');
    return this.byAnnex.get(`${kind}:${id.toLowerCase()}`) ?? null;
  }

  /**
   * Where the text of a schedule ends: its clause's end, or, when the tree made a bare heading of it and left its parts
   * beside it (an HTML exhibit under the last numbered clause, 'Exhibit A - Licensed Patents' then 'Part 1 - ...'), the
   * next schedule's start or the document's end.
   */
  private annexReach(annex: ClauseNode, textEnd: number): number {
    if (annex.children.length > 0) return annex.end;
    let reach = textEnd;
    for (const id of this.byAnnex.values()) {
      const next = this.locate.get(id);
      if (next !== undefined && next.start > annex.start && next.start < reach) reach = next.start;
    }
    return reach;
  }

  /** Every clause below the clause `id`, in document order. */
  private descendants(id: string): ClauseNode[] {
    const out: ClauseNode[] = [];
    const walk = (c: ClauseNode): void => {
      for (const d of c.children) {
        out.push(d);
        walk(d);
      }
    };
    const top = this.locate.get(id);
    if (top) walk(top);
    return out;
  }

  /** Whether text[start, end) is the number of the clause that opens there ("Paragraph One. Any sublicense ..."). */
  private ownNumber(text: string, start: number, end: number): boolean {
    const c = this.locate.at(start);
    if (c === null || c.number === null || !/^[\s#*_]*$/.test(text.slice(c.start, start))) return false;
    return c.number.replace(/\s+/g, ' ').trim().toLowerCase() === text.slice(start, end).replace(/\s+/g, ' ').trim().toLowerCase();
  }

  /**
   * "Paragraph Two of Clause Two": the clause named after the paragraph's number (a clause of this document: null
   * when none is named there or it is missing, then the reference is read as before), and its child numbered that
   * paragraph ("Paragraph Two"). When the clause numbers some of its paragraphs so but not this one, the reference
   * dangles; when it numbers none, it is the clause (they cannot be checked). Null when no clause is named after a
   * plain number (read as before); undefined when the clause named is missing (no reference of its own).
   */
  private clauseParagraph(text: string, end: number, nums: string): { text: string; targetId: string | null } | null | undefined {
    const m = OF_CLAUSE_AFTER.exec(text.slice(end, end + 60));
    if (m === null || !/^\s*(?:[A-Za-z]{3,11}(?:-[a-z]{3,7})?|\d{1,3}|\([a-z]{1,4}\)|\(\d{1,2}\))\s*$/.test(nums)) return null;
    // A clause that is missing: the paragraph is none of another clause's ("Paragraph One of Clause Nine" is not
    // Clause One); the clause's own reference dangles.
    const clauseId = this.byNumber.get(numberKey(m[2] as string));
    const clause = clauseId === undefined ? undefined : this.locate.get(clauseId);
    if (clause === undefined) return undefined;
    const key = numberKey(nums);
    const word = (m[1] as string).charAt(0).toUpperCase() + (m[1] as string).slice(1).toLowerCase();
    const name = `Paragraph ${nums.trim()} of ${word} ${m[2] as string}`;
    // "paragraph (a) of Clause Two": the item so marked among the clause's parts, at any depth (under 2.1); when none
    // of its parts is a marked item, the clause if its text writes the marker (items run into a paragraph: they
    // cannot be checked further); else, or when it marks others but not this one, the reference dangles.
    if (key.startsWith('(')) {
      const items = this.descendants(clause.id).filter((c) => c.number !== null && numberKey(c.number).startsWith('('));
      if (items.length === 0) return { text: name, targetId: text.slice(clause.start, clause.end).includes(nums.trim()) ? clause.id : null };
      return { text: name, targetId: items.find((c) => numberKey(c.number as string) === key)?.id ?? null };
    }
    const paragraphs = clause.children.filter((c) => c.number !== null && PARAGRAPH_NUMBER.test(c.number));
    // "Paragraph 5 of Article 8" where the article numbers its paragraphs "1.", "2.": among those.
    if (paragraphs.length === 0) return { text: name, targetId: /^\s*\d{1,3}\s*$/.test(nums) ? paragraphOf(clause, nums.trim()) : clause.id };
    const found = paragraphs.find((c) => numberKey(c.number as string) === key);
    return { text: name, targetId: found?.id ?? null };
  }

  /**
   * "the sole paragraph of Clause Four": the clause (by its number) and its child numbered "Sole paragraph"; the clause
   * when it numbers none of its paragraphs, nothing (dangling) when it numbers others ("Paragraph One"); null when no
   * such clause.
   */
  private soleParagraph(num: string): { name: string; targetId: string | null } | null {
    const clauseId = this.byNumber.get(numberKey(num));
    const clause = clauseId === undefined ? undefined : this.locate.get(clauseId);
    if (clause === undefined) return null;
    const paragraphs = clause.children.filter((c) => c.number !== null && PARAGRAPH_NUMBER.test(c.number));
    const sole = paragraphs.find((c) => SOLE_PARAGRAPH.test((c.number as string).trim()));
    return { name: `Clause ${num.trim()}`, targetId: sole?.id ?? (paragraphs.length === 0 ? clause.id : null) };
  }

  /**
   * "paragraph 4 of Schedule 2", "paragraph 2 of Part A of Schedule 3": the numbered paragraphs of the schedule (or of
   * its part) named right after a number, where its numbers are read instead of the agreement's clauses. Null when no
   * schedule of the document is named there, or when it numbers none of its paragraphs (then the reference is read as
   * before: another instrument's, or a clause's).
   */
  private annexScope(text: string, end: number): { name: string; paragraphs: ClauseNode[] } | null {
    const m = OF_ANNEX_AFTER.exec(text.slice(end, end + 60));
    if (m === null || ANNEX_OF_ANOTHER.test(text.slice(end + m[0].length, end + m[0].length + 60))) return null;
    const annexId = this.annexId(m[2] as string, m[3] as string);
    if (annexId === null) return null;
    let within = this.descendants(annexId);
    if (m[1] !== undefined) {
      const part = within.find((c) => partHeading(text, c, m[1] as string));
      if (part) within = this.descendants(part.id);
    }
    const numbered = within.filter((c) => this.keys.has(c.id));
    const name = `${m[1] === undefined ? '' : `Part ${m[1]} of `}${(m[2] as string).replace(PLURAL_S, '')} ${m[3] as string}`;
    return numbered.length === 0 ? null : { name, paragraphs: numbered };
  }
}

/** A clause numbered as an article ("Article 7", "ARTICLE 7", "Art. 7"). */
const ARTICLE_NUMBER = /^\s*(?:Article|ARTICLE|Art\.)\s/;
/** A paragraph of an article numbered by a figure alone ("1.", "2"). */
const isNumberedParagraph = (c: ClauseNode): boolean => c.number !== null && /^\s*\d{1,3}\.?\s*$/.test(c.number);
/**
 * After a paragraph's number, maybe through a list of more ("or Paragraph 3", ", 4 and 5"): "of this Article", "of the
 * preceding Article" (group 1), "of Article 8" (group 2, the number).
 */
const ARTICLE_OF_AFTER = /^(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|or)[ \t]+)(?:paragraphs?[ \t]+)?\d{1,3}\b){0,4}[ \t]+of[ \t]+(?:this[ \t]+article\b|the[ \t]+(preceding)[ \t]+article\b|article[ \t]+(\d{1,3})\b(?![.(]\d))/i;

/**
 * Paragraph `p` of `article`: its child numbered so ("3" or "3."), or its unnumbered first paragraph for 1; the article
 * itself when it numbers none of its paragraphs (they cannot be checked); null when it numbers others but not this one.
 */
function paragraphOf(article: ClauseNode, p: string): string | null {
  const numbered = article.children.filter(isNumberedParagraph);
  if (numbered.length === 0) return article.id;
  const found = numbered.find((c) => (c.number as string).trim().replace(/\.$/, '') === p);
  if (found !== undefined) return found.id;
  // Japanese drafting leaves the first paragraph unnumbered ('Party A grants ...', then '2.', '3.'): it is paragraph 1.
  const first = article.children[0];
  return p === '1' && first !== undefined && first.number === null ? first.id : null;
}

/** After a paragraph's number: "of Clause Two", "of Article 5", "of this Clause 3" (group 1 the word, 2 the number). */
const OF_CLAUSE_AFTER = /^[ \t]+of[ \t]+(?:this[ \t]+)?(Clause|CLAUSE|Article|ARTICLE|Section|SECTION)[ \t]+((?:[A-Z][a-z]{2,10}(?:-[a-z]{3,7})?)|[A-Z]{3,11}(?:-[A-Z]{3,7})?|\d{1,3})\b(?![.(]\d|\()/;
/** Before a clause's reference: "the sole paragraph of " (a Brazilian 'parágrafo único' in translation). */
const SOLE_PARAGRAPH_BEFORE = /\b(?:[Tt]he[ \t]+)?[Ss]ole[ \t]+[Pp]aragraph[ \t]+of[ \t]+(?:this[ \t]+)?$/;

/** After the schedule a number is read in: not another instrument's schedule ("of Appendix A, Attachment 6", "of Attachment A to this Service Level Schedule"). */
const ANNEX_OF_ANOTHER = caseInsensitive(/^(?:[ \t]*,[ \t]*(?:Schedules?|Exhibits?|Annex(?:ures?)?|Appendix|Attachments?)\b|[ \t]+(?:to|of|in|under)[ \t]+(?:this|the|that|such|said)[ \t]+(?!Agreement\b)\S)/.source);

/** Whether clause `c` opens with the heading of part `id` of a schedule ("Part B — Representative Licensed Patents"). */
function partHeading(text: string, c: ClauseNode, id: string): boolean {
  const opening = c.heading ?? text.slice(c.start, Math.min(c.end, c.start + 40));
  const m = PART_HEADING.exec(opening);
  return m !== null && (m[1] as string).toLowerCase() === id.toLowerCase();
}

/** After a paragraph's number: "of Schedule 2", "of Part A of Schedule 3", "of the Exhibit B". */
const OF_ANNEX_AFTER = /^[ \t]+of[ \t]+(?:(?:Part|PART)[ \t]+([A-Z]|[IVX]{1,4}|\d{1,2})[ \t]+of[ \t]+)?(?:the[ \t]+)?(Schedules?|SCHEDULES?|Exhibits?|EXHIBITS?|Annexures?|ANNEXURES?|Annex|ANNEX|Appendix|APPENDIX|Attachments?|ATTACHMENTS?)[ \t]+([A-Z0-9]{1,4})\b/;

/** "Part B of Schedule 3": a part, by its letter, numeral or number, of a schedule named by its number or letter. */
export const PART_OF_ANNEX_AT = /\b(?:Part|PART)[ \t]+([A-Z]|[IVX]{1,4}|\d{1,2})[ \t]+of[ \t]+(?:the[ \t]+)?(Schedules?|SCHEDULES?|Exhibits?|EXHIBITS?|Annexures?|ANNEXURES?|Annex|ANNEX|Appendix|APPENDIX|Attachments?|ATTACHMENTS?)[ \t]+([A-Z0-9]{1,4})\b/y;

/**
 * The matches of a global scan of PART_OF_ANNEX_AT, tried only where "Part" or "PART" is followed by a blank (its
 * words are case-sensitive, and a blank must follow them): a global scan tried the leading \b at every position of
 * the text (9-10 ms a CUAD dev pass, against 2.5 ms for two indexOf scans and the tries).
 */
export function partOfAnnexMatches(text: string): Iterable<RegExpExecArray> {
  const starts: number[] = [];
  // Neither word can overlap itself: each occurrence is found stepping past the last.
  for (const word of ['Part', 'PART']) {
    for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 4)) {
      const c = codeAt(text, k + 4);
      if (c === 32 || c === 9) starts.push(k);
    }
  }
  return matchesAt(text, sortedStarts(starts), PART_OF_ANNEX_AT);
}

/**
 * Whether the reference at [start, end) stands in a bracket opened right after a statute's name (INSTRUMENT_ASIDE_BEFORE),
 * within 120 characters, the bracket still open and saying nothing of this agreement: the statute's own article or annex.
 */
function inInstrumentAside(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 120);
  const open = text.lastIndexOf('(', start);
  if (open < from) return false;
  // The bracket holding the reference: the last one before it that is still open (nested pairs closed in between).
  let at = open;
  // (lastIndexOf from -1 searches from 0 again: a bracket at the text's start would be found for ever)
  while (at >= from && !INSTRUMENT_ASIDE_INSIDE.test(text.slice(at + 1, start))) at = at > 0 ? text.lastIndexOf('(', at - 1) : -1;
  if (at < from) return false;
  const close = text.indexOf(')', end);
  const inside = text.slice(at + 1, close < 0 || close - at > 240 ? Math.min(text.length, at + 240) : close);
  return !OWN_ASIDE.test(inside) && INSTRUMENT_ASIDE_BEFORE.test(text.slice(Math.max(0, at - 120), at + 1));
}

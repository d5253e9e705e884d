// Capitalised terms used like defined terms ("the Licensed Field", "any Improvement") that the agreement never
// defines. One pass of one pattern finds determiner + capitalised words; cheap set lookups reject what is defined,
// a party, a part of the document, a proper name, or a heading. Precision over recall: when in doubt, no entry.
import { escapeRegExp, wordIndex, type Party, type WordIndex } from '../model/index.js';
import { isBlankChar } from '../clauses/blocks.js';
import { abbreviationDot } from '../clauses/abbreviations.js';
import { MONEY_CODES } from './measures.js';
import { ORGANISATION_NAMES, ORGANISATIONS } from './organisations.generated.js';
import { capitalStarts, codeAt, matchesAt, selfOverlaps, sortedStarts, wordRunStarts, type ClauseLocator } from './text.js';

/** A capitalised term used but never defined: its first use, and how many times it is used (after a determiner or opening a sentence). */
export interface UndefinedTerm {
  readonly term: string;
  readonly start: number;
  readonly end: number;
  readonly clauseId: string | null;
  readonly uses: number;
  /**
   * The defined term this one spells with a hyphen or a space more or less ("Licensee Knowhow" where "Licensee
   * Know-how" is defined): the defined term misspelt, not a term of its own.
   */
  readonly definedAs?: string;
}

// A capitalised word: "Improvement", "Know-How", "Sub-License"; not "McDonald" or "IBM".
const CAP_WORD = String.raw`[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*`;
/**
 * An abbreviation that ends a run of capitalised words: "Background IP", "Licensed APIs", "Foreground IPRs". Not a
 * word written in capitals ("OR", "AND", "ANY"), a company's suffix ("Acme AG", "Beta LLC"), a place ("the Licensor
 * USA"), a roman numeral ("Phase II"), a currency ("the Licence Fee USD": the codes amounts are read with, and three
 * more) or a time zone ("on the Due Date CET"), which a run's "name continues" test reads after it as before.
 */
const CAP_ABBREVIATION = String.raw`(?!(?:OR|AND|NOT|THE|FOR|OF|TO|IN|ON|BY|AT|AS|IS|IT|BE|ANY|ALL|NO|IF|ITS|ARE|MAY|BUT|NOR|PER|VIA|LLC|LLP|LP|INC|LTD|PLC|AG|SA|SE|NV|BV|SPA|SRL|SAS|AB|AS|ASA|OY|KK|PTY|CO|CORP|GMBH|US|USA|UK|EU|UAE|PRC|ROC|NY|DC|UN|[IVX]+|${MONEY_CODES}|SEK|NOK|DKK|GMT|UTC|BST|CET|CEST|EET|EEST|WET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|KST|HKT|SGT|IST|AEST|AEDT)s?(?![A-Za-z]))[A-Z]{2,4}s?`;
// The words before which "other" is no determiner of its own but follows one ("the other Party", "any other Licensee").
const POST_DETERMINED_WORDS = ['the', 'such', 'any', 'each', 'all', 'said', 'its', 'their', 'no', 'every', 'our', 'your', 'his', 'her'];
const POST_DETERMINED = POST_DETERMINED_WORDS.map((w) => `[${w[0] as string}${(w[0] as string).toUpperCase()}]${w.slice(1)}`).join('|');
const POST_DETERMINED_SET = new Set(POST_DETERMINED_WORDS.flatMap((w) => [w, (w[0] as string).toUpperCase() + w.slice(1)]));
// The number words that count what follows them ("ten", "thirty-one", "five hundred"), in lower case: a capital after
// one is a drafter's, not a sentence's or a heading's.
const COUNT_WORDS = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)`;
const COUNT_WORD = new RegExp(`^${COUNT_WORDS}$`);
/**
 * A count, as a determiner is one, before the capitalised run it counts: "within ten (10) Business Days" (the figure
 * in brackets after its number word), "within 30 Working Days" (up to three digits after a lower-case word: not an item
 * number, which opens its line, nor "Section 5", "1 January 2026"), "five Business Days" (a number word).
 */
const COUNT_OPENING = String.raw`(?<=\b${COUNT_WORDS}(?:-[a-z]+)?[ \t]+)\([0-9]{1,3}\)|(?<=(?<![A-Za-z])[a-z]+[ \t]+)[0-9]{1,3}|\b${COUNT_WORDS}`;
/**
 * A determiner (or the "|" that opens a table cell), then 1–4 capitalised words (joined by spaces, or by "of"/"for" as
 * in "Statement of Work"). "other" is one where no determiner comes before it ("all Know-How and other Confidential
 * Information"). The
 * lookahead after the run lets the candidate be judged by what follows ("Inc.", "Act", a digit, an opening quote).
 */
export const CANDIDATE = new RegExp(
  String.raw`(?:(?<=\b(?:Party|PARTY))['’]s|(?<=\b(?:Parties|PARTIES))['’]|\b(?:[Tt]he|[Ss]uch|[Aa]ny|[Ee]ach|[Aa]ll|[Aa]n?|no|[Ss]aid|[Ii]ts|[Tt]heir|other(?<!\b(?:${POST_DETERMINED})[ \t]+other))|(?<=(?:%\)?|\bper[ \t]?cent\)?)[ \t]+)of|\||${COUNT_OPENING}|(?<=\b(?:shall|will|may|must|not)[ \t]+)(?:use|disclose|process|share|transfer|retain|store|access|appoint|sell|resell|distribute|supply|manufacture|market|promote|purchase|deliver|license|sublicense))[ \t]+(?=[A-Z])(${CAP_WORD}(?:(?:[ \t]+|[ \t]+(?:of|for)[ \t]+)${CAP_WORD}){0,3}(?:[ \t]+${CAP_ABBREVIATION}(?![A-Za-z0-9-]))?)(?![A-Za-z0-9-]|['’](?!s(?![A-Za-z0-9])))`,
  'g',
);

// Parts of a document and of its structure: a run holding one names a part ("the Compensation Schedule attached
// hereto", "the Disclosure Schedules"), not a term; and instruments named by their kind, as an "Agreement" is ("the
// Memorandum of Understanding between them dated 14 October 2025", "the Offering Memorandum").
const DOCUMENT_PARTS = new Set(
  ['Agreement', 'Memorandum', 'Memoranda', 'Section', 'Sections', 'Article', 'Articles', 'Schedule', 'Schedules', 'Exhibit', 'Exhibits', 'Annex', 'Annexes', 'Appendix', 'Appendices', 'Attachment', 'Attachments', 'Addendum', 'Recital', 'Recitals', 'Preamble', 'Clause', 'Clauses', 'Paragraph', 'Paragraphs', 'Subsection', 'Amendment', 'Part', 'Page', 'Table', 'Title', 'Chapter', 'Rider', 'Form'],
);
// The conditions a contract is made of, as civil-law and public-procurement contracts split them ("shall be comprised by
// these General Clauses and by the Specific Conditions subscribed by the Parties", FIDIC's "Particular Conditions"): a
// part of the document, as a Schedule is, though "Conditions" alone ("the Release Conditions") may be a term.
const CONDITIONS_PART = /^(?:General|Special|Specific|Particular|Standard|Supplementary)[ \t]+(?:Terms[ \t]+and[ \t]+)?Conditions$/;
// "THIS DEED", "this Deed", "This Licence": an instrument's word for itself, alone (not "this Licence Agreement").
// Tried at the word runs spelt this, This or THIS (SELF_WORDS), where the \b it needs before them holds; a global scan
// with a leading \b tried every character (12-30 ms a CUAD dev pass).
export const SELF_NAME = /(?:this|This|THIS)[ \t]+(Deeds?|DEEDS?|Contract|CONTRACT|Licen[cs]e|LICEN[CS]E|Instrument|INSTRUMENT|Undertaking|UNDERTAKING|Settlement|SETTLEMENT|Indenture|INDENTURE|Memorandum|MEMORANDUM|Addendum|ADDENDUM|Amendment|AMENDMENT|Assignment|ASSIGNMENT)\b(?![ \t]+[A-Za-z]*[A-Z])/y;
export const SELF_WORDS = ['this', 'This', 'THIS'];
// The parties, capitalised by convention: only the bare word is ruled out ("the Receiving Party" may be a term).
const PARTY_WORDS = /^(?:Party|Parties)$/;
const MONTHS_AND_DAYS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
// Words of proper names: companies, statutes, courts, public bodies, places, offices, publications.
const NAME_WORDS = new Set(
  ['Inc', 'Incorporated', 'Llc', 'Ltd', 'Limited', 'Corp', 'Corporation', 'Co', 'Company', 'Plc', 'Gmbh', 'Lp', 'Llp', 'Act', 'Acts', 'Code', 'Court', 'Courts', 'State', 'States', 'Office', 'Commission', 'Department', 'Agency', 'Administration', 'Association', 'Bureau', 'University', 'Institute', 'Foundation', 'Exchange', 'Service', 'Republic', 'Kingdom', 'Union', 'Nations', 'Street', 'Avenue', 'Road', 'Drive', 'Boulevard', 'Building', 'Convention', 'Treaty', 'Rules', 'Regulation', 'Regulations', 'Bank', 'Group', 'Holdings', 'Partners', 'Trust', 'Fund', 'Council', 'Ministry', 'Authority', 'Organization', 'Organisation', 'Tribunal', 'Tribunals', 'Chamber', 'Consortium', 'Oblast', 'Peninsula', 'Directorate', 'Nationals', 'Sanctions', 'Guidance', 'Prefecture', 'Canton', 'Church', 'Hospital', 'College', 'School', 'Center', 'Centre', 'Board', 'Congress', 'Senate', 'Parliament', 'Government', 'Province', 'County', 'City', 'District', 'America', 'Europe', 'Asia', 'Africa', 'Standards', 'Statute', 'Law', 'Laws', 'Constitution', 'Directive', 'Protocol', 'Ordinance', 'Charter', 'Bylaws', 'By-Laws', 'Officer', 'Officers', 'Director', 'Directors',
    // Organs of a company that its statute and articles set up ('the General Meeting', 'a Special Meeting of its
    // Corporators', 'the General Assembly'), named as its board is.
    'Meeting', 'Meetings', 'Assembly',
    'President', 'Presidents', 'Secretary', 'Treasurer', 'Chairman', 'Manager', 'Managers', 'Counsel', 'Counsels', 'Commissioner', 'Translator', 'Interpreter', 'Notary',
    // Offices of companies under foreign law, as an English agreement writes them untranslated ("its Amministratore
    // Delegato"): offices, as "its Managing Director" is, that precision/foreign-term reports as untranslated.
    'Amministratore', 'Geschaeftsfuehrer', 'Geschaeftsfuehrerin', 'Prokurist', 'Prokuristin', 'Toimitusjohtaja', 'Directeur', 'Presidente', 'Gerente', 'Diretor', 'Administrador', 'Vorstand', 'Index', 'Journal', 'Times', 'Club', 'League', 'Team', 'Stadium', 'Airport', 'Port', 'Park', 'Island', 'Islands', 'River', 'Lake', 'Mountain', 'Valley', 'Coast', 'Region', 'Territories'],
);
// Words of NAME_WORDS that end a body's name ("the Internal Revenue Service", "the Wellcome Trust", "the Pension Fund")
// and open a contract's own terms ("the Service Desk", "the Trust Account", "the Index Value"): a name word only as the
// run's last word.
const NAME_ENDS_ONLY = new Set(['Service', 'Team', 'Group', 'Board', 'Index', 'Fund', 'Trust', 'Meeting', 'Meetings', 'Assembly']);
// First words of proper names ("the State of New York", "the Commonwealth of Massachusetts").
const NAME_STARTS = new Set(
  ['State', 'States', 'Commonwealth', 'City', 'County', 'Province', 'Republic', 'Kingdom', 'People', 'District', 'Town', 'Township', 'Borough', 'University', 'Bank', 'Department', 'Ministry', 'Government', 'Federal', 'National', 'International', 'United', 'European', 'American', 'Chief', 'Vice', 'Secretary', 'Securities', 'Internal', 'Food', 'Patent', 'Copyright', 'Trademark', 'Supreme', 'District', 'Superior', 'Circuit', 'Honorable', 'Mr', 'Mrs', 'Ms', 'Dr'],
);
// The words of a research or teaching unit that open its proper name before 'of' or 'for' (see NAME_STARTS' use).
const UNIT_STARTS = /^(?:Laborator(?:y|ies)|Faculty|Division|Centre|Center|Unit)$/;
// The heads of public offices and bodies, named by what they are over ("the Controller of Patents", "the Registrar of
// Companies", "the Keeper of the Registers", "the Court of Appeal", "the Authority for Consumers and Markets").
const OFFICE_HEAD = /^(?:Controller|Comptroller|Registrar|Commissioner|Collector|Inspector|Superintendent|Recorder|Examiner|Keeper|Ombudsman|Minister|Secretary|Director|Clerk|Registry|Office|Commission|Court|Authority|Tribunal|Ministry|Department|Bureau|Board|Council|Agency)(?:-General)?$/;

/**
 * Whether a run names a public office: an office's head before "of" or "for" and what it is over ("Controller of
 * Patents", "Registrar of Companies"), or an office that "General" ends ("Comptroller-General", "Attorney General",
 * "Inspector General of Police").
 */
function publicOffice(words: readonly string[]): boolean {
  const first = words[0] as string;
  if (words.length >= 3 && (words[1] === 'of' || words[1] === 'for') && OFFICE_HEAD.test(first)) return true;
  // "General" ends the office's name ("the Attorney General", "the Inspector General of Police"), not a longer run ("the
  // Licensed General Purpose Software").
  return first.endsWith('-General') || (words[1] === 'General' && (words.length === 2 || words[2] === 'of' || words[2] === 'for'));
}
// Capitalised by convention in English, not terms: nationalities and languages (any word of the run), the web,
// currencies, holidays (the whole run).
const NATIONALITIES = new Set(
  ['English', 'French', 'German', 'Spanish', 'Italian', 'Chinese', 'Japanese', 'Korean', 'Portuguese', 'Dutch', 'Russian', 'Arabic', 'African', 'American', 'Asian', 'European', 'Canadian', 'Australian', 'Indian', 'Mexican', 'Brazilian', 'Israeli', 'Swiss', 'Swedish', 'Danish', 'Finnish', 'Norwegian', 'Irish', 'Scottish', 'Welsh', 'British', 'Belgian', 'Austrian', 'Hungarian', 'Polish', 'Turkish', 'Greek', 'Egyptian', 'Saudi', 'Taiwanese', 'Singaporean', 'Colombian', 'Argentine', 'Chilean', 'Peruvian', 'Latin', 'Hispanic', 'Caribbean', 'Pacific', 'Atlantic', 'Eastern', 'Western', 'Central', 'Mountain'],
);
// Places whose names are more than one capitalised word, none of them a NAME_WORDS or NAME_STARTS word: a run that
// opens with one names the place or something of it ("the New York courts", "the Hong Kong office").
const PLACE_NAMES = new Set(
  ['New York', 'New Jersey', 'New Mexico', 'New Hampshire', 'New Zealand', 'New South Wales', 'New Delhi', 'New England', 'North Carolina', 'North Dakota', 'South Carolina', 'South Dakota', 'West Virginia', 'Rhode Island', 'Puerto Rico', 'Hong Kong', 'South Africa', 'South Korea', 'North America', 'South America', 'Latin America', 'Costa Rica', 'Saudi Arabia', 'Sri Lanka', 'El Salvador', 'Los Angeles', 'San Francisco', 'San Diego', 'San Jose', 'Santa Clara', 'Las Vegas', 'Salt Lake', 'Silicon Valley', 'Tel Aviv', 'Buenos Aires', 'Kuala Lumpur', 'Abu Dhabi', 'Mainland China', 'Cayman Islands', 'Virgin Islands', 'British Virgin', 'Isle of Man', 'Northern Ireland', 'Great Britain', 'Czech Republic', 'Dominican Republic', 'Sao Paulo', 'Rio de Janeiro', 'St. Louis', 'Palo Alto', 'Mountain View', 'Menlo Park', 'Redwood City', 'Research Triangle', 'Washington D.C.'],
);
/** Whether a place of PLACE_NAMES follows a hyphen in `term` ("Australia-New Zealand"): a compound of places, no term. */
function hyphenedPlace(term: string): boolean {
  const parts = term.split('-');
  for (let i = 1; i < parts.length; i++) {
    const words = (parts[i] as string).split(' ');
    if (words.length >= 2 && (PLACE_NAMES.has(`${words[0]} ${words[1]}`) || PLACE_NAMES.has(words.slice(0, 3).join(' ')))) return true;
  }
  return false;
}
/** Whether a run's first two to four words, in lower case, are a known body's name (ORGANISATION_NAMES). */
function opensWithOrganisation(words: readonly string[]): boolean {
  let name = (words[0] as string).toLowerCase();
  for (let i = 1; i < words.length && i < 4; i++) {
    name += ` ${(words[i] as string).toLowerCase()}`;
    if (ORGANISATION_NAMES.has(name)) return true;
  }
  return false;
}
const COMMON_PROPER = new Set(
  ['Internet', 'Web', 'World Wide Web', 'Euro', 'Euros', 'Dollar', 'Dollars', 'God', 'Christmas', 'Easter', 'Thanksgiving', 'Sabbath', 'Bible', 'Earth', 'Middle East', 'Far East', 'Near East', 'Force Majeure', 'Ex Works', 'Power of Attorney',
    // A company's constitutional documents, named as the law of its seat names them ("its Certificate of
    // Incorporation"): instruments, not terms of the agreement ("Articles of Association" holds a document part).
    'Certificate of Incorporation', 'Certificate of Formation', 'Certificate of Organization', 'Certificate of Organisation', 'Certificate of Amendment', 'Certificate of Good Standing', 'Certificate of Incumbency', 'Memorandum of Association'],
);
// A product noun after a run: the run names the product ("the Amazon Web Services platform", "an Oracle Database
// instance").
const PRODUCT_NOUN_AFTER = String.raw`^[ \t]+(?:platform|software|app|apps|application|applications|service|services|cloud|suite|tool|tools|toolkit|API|APIs|SDK|website|web[ \t]+site|browser|plug-?in|extension|database|server|servers|account|accounts|instance|marketplace|store|device|devices|operating[ \t]+system|library|framework|brand|trademark)\b`;
const PRODUCT_NOUN = new RegExp(PRODUCT_NOUN_AFTER);
// The kinds of product a trade name ends with ("App Store", "Play Store", "Marketplace"), capitalised as its last word.
// A run the text follows with the kind of writing it is names that writing ("the Service Provider Security Requirements
// document", "the Supplier Onboarding manual"): a title, not a term the agreement should define.
const DOCUMENT_AFTER = /^[ \t]+(?:document|manual|handbook|guide|guidelines)s?\b/;
const PRODUCT_LAST = /[ \t](?:Store|Appstore|Marketplace|Platform|Cloud|Browser|Console|Suite|Messenger|Wallet|Analytics)$/;
// A web domain after a word: "amazon.com", "www.oracle.com", "Amazon.com, Inc.", "support@apple.com".
const DOMAIN_AFTER = /^\.(?:com|net|org|io|co|ai)\b/i;
/** A character of a domain's name before a word: the word is only part of that name ("acme-support.com"). */
const isDomainCode = (c: number): boolean => isWordCode(c) || c === 45;

/**
 * Where a web domain's last part starts (DOMAIN_AFTER at its "."), ascending: one scan of the document, made when the
 * first term left asks (namesProductElsewhere), instead of an indexOf scan of the whole text for each term's first
 * word, in lower case and as written (two scans a term left, every "licensed" of the text looked at).
 */
export function domainSites(text: string): number[] {
  const out: number[] = [];
  // At each ".", DOMAIN_AT where the next character can open it (c, n, o, i or a in either case: under the `i` flag
  // without `u`, no character above ASCII matches an ASCII letter): a regex scan for the "." cost twice as much.
  for (let k = text.indexOf('.'); k >= 0; k = text.indexOf('.', k + 1)) {
    const c = text.charCodeAt(k + 1) | 32;
    if (c !== 99 && c !== 110 && c !== 111 && c !== 105 && c !== 97) continue;
    DOMAIN_AT.lastIndex = k;
    if (DOMAIN_AT.test(text)) out.push(k);
  }
  return out;
}
// DOMAIN_AFTER tried at one place of the text: its \b reads the character after the domain, which DOMAIN_AFTER's five
// characters hold too.
const DOMAIN_AT = new RegExp(DOMAIN_AFTER.source.slice(1), 'iy');

/**
 * Whether `word`, as written, is somewhere the whole name of a web domain ("amazon" in "aws.amazon.com"): it ends at
 * one of the document's domain sites (domainSites), after no character of a domain's name.
 */
export function namesDomain(text: string, word: string, sites: readonly number[]): boolean {
  for (const d of sites) {
    const k = d - word.length;
    if (k >= 0 && text.startsWith(word, k) && !(k > 0 && isDomainCode(text.charCodeAt(k - 1)))) return true;
  }
  return false;
}

/**
 * Whether `term` names a company's product by what the agreement says elsewhere: its first word is a web domain's
 * name ("the Amazon Web Services" beside "aws.amazon.com"), or the run goes on somewhere with the kind of product it
 * names ("the Oracle Database" beside "an Oracle Database instance"). compromise's lexicon, which the organisation
 * table is read from, lacks many companies (Amazon, Apple; Oracle is tagged a role): the text tells of its own.
 * Read for the few terms left; `sites` gives the document's domainSites (found on the first call).
 */
function namesProductElsewhere(text: string, term: string, sites: () => readonly number[]): boolean {
  const space = term.indexOf(' ');
  if (space < 0) return false;
  const first = term.slice(0, space);
  if (namesDomain(text, first.toLowerCase(), sites()) || namesDomain(text, first, sites())) return true;
  // PRODUCT_NOUN opens with a blank: an occurrence followed by anything else ("the Licensed Products,") is not sliced.
  for (let k = text.indexOf(term); k >= 0; k = text.indexOf(term, k + 1)) {
    const c = text.charCodeAt(k + term.length);
    if ((c === 32 || c === 9) && PRODUCT_NOUN.test(text.slice(k + term.length, k + term.length + 24))) return true;
  }
  return false;
}

// "of the" and a run of capitalised words after a term (the letter of "Party A" among them).
const OF_THE_RUN = /^[ \t]+of[ \t]+the[ \t]+((?:[A-Z][\w-]*|[A-Z])(?:[ \t]+(?:[A-Z][\w-]*|[A-Z]))*)/;

/** Whether `after` is "of the" and a defined term or a party's name ("of the Licensed Patents", "of the Party A Licensed Patents"). */
function ofKnown(after: string, known: ReadonlySet<string>, partyHeads: ReadonlySet<string>): boolean {
  const m = OF_THE_RUN.exec(after);
  if (m === null) return false;
  const words = (m[1] as string).split(/[ \t]+/);
  const opensKnown = (ws: readonly string[]): boolean => {
    for (let j = Math.min(ws.length, 5); j > 0; j--) {
      const key = termKey(ws.slice(0, j).join(' '));
      if (known.has(key) || partyHeads.has(key)) return true;
    }
    return false;
  };
  // A party's letter may open the defined term's words: "of the Party A Licensed Patents".
  return opensKnown(words) || (words.length > 2 && words[0] === 'Party' && /^[A-Z]$/.test(words[1] as string) && opensKnown(words.slice(2)));
}

// What may follow a run that is part of a longer name, title or number ("the Series A", "the Phase 3 Trial", "the Acme
// Inc.", "said Jayson Dallas, M.D.", "a Nevada corporation", "an Engineering, Procurement and Construction", a quoted slogan or an inline definition).
const NAME_CONTINUES = new RegExp(
  [
    String.raw`^,?[ \t]+(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|Co|Company|plc|PLC|GmbH|AG|S\.A|N\.V|B\.V|LP|LLP|L\.P)\b`,
    String.raw`^[ \t]+(?:[0-9]|[A-Z]{1,6}\b|[A-Z]\.|[A-Z][a-z]|(?:and|or|&|de|du|von|van|la|del)[ \t]+[A-Z])`,
    String.raw`^[ \t]*\/`,
    // A person's degree or suffix: "said Jayson Dallas, M.D., President and CEO".
    String.raw`^,?[ \t]*(?:M\.D|Ph\.D|J\.D|D\.Phil|Esq|Jr|Sr|MBA|CPA)\b`,
    String.raw`^[ \t]+of[ \t]+the[ \t]+[A-Z]`,
    // The title of a document that goes on: "the Guidelines for the Administration of Acceptable Guarantees".
    String.raw`^[ \t]+for[ \t]+the[ \t]+[A-Z][a-z]+[ \t]+of[ \t]+[A-Z]`,
    // A version or release number: the run names a published standard or product ("the Bluetooth Core Specification,
    // version 5.0", "the Android Compatibility Definition, Rev. 4").
    String.raw`^,?[ \t]+(?:version|Version|v\.?|V\.?|revision|Revision|rev\.|Rev\.|release|Release)[ \t]*[0-9]`,
    // A product's name used as a modifier of what it is: "the Amazon Web Services platform", "an Oracle Database
    // instance", "the Acme Insight app". A term goes on with a capitalised word, if any ("the Licensed Software Fees").
    PRODUCT_NOUN_AFTER,
    String.raw`^\(s\)`,
    // A statute's short title with one or more bracketed parts: "the Patents (Amendment) Act", "the Contract (Third
    // Party Rights) (Scotland) Act 2017", "the Legal Writings (Counterparts and Delivery) (Scotland) Act 2015".
    String.raw`^(?:[ \t]*\([^()]{0,60}\)){1,3}[ \t]+(?:Act|Code|Regulations?|Rules)\b`,
    String.raw`^[ \t]+(?:corporation|company|limited|partnership|law|laws|courts?|time|citizens?|residents?|statutes?|language|currency|state|federal)\b`,
    // "a Puerto Rico financial holding company", "a Cayman Islands exempted company": a place of incorporation.
    String.raw`^[ \t]+(?:(?!(?:to|of|in|on|by|for|with|from|the|a|an|any|each|such|and|or|its|their)[ \t])[a-z]+[ \t]+){1,3}(?:corporation|company|partnership|bank)\b`,
    String.raw`^,[ \t]+(?:[A-Z][a-z]+[ \t]+){0,3}[A-Z][a-z]+,?[ \t]+(?:and|or|&)[ \t]+[A-Z]`,
    // A title after a person's name ("said Jayson Dallas, President and CEO"), but not the subject of the sentence's
    // main clause after a condition ("If Teliqa undergoes a Change of Control, Norvane may terminate ...").
    String.raw`^,[ \t]+[A-Z][a-z]+[ \t]+(?!(?:shall|may|will|must|can|could|should|would|might|agrees?|is|are|was|were|has|have|hereby)\b)[a-z]`,
    String.raw`^[ \t]+(?:on|of|under)[ \t]+(?:Schedule|Form)[ \t]+[0-9A-Z]`,
    String.raw`^[ \t]*["“”]`,
    // A quoted title that goes on past a small word to its closing quotation mark: the project "Enzymes for the
    // Saccharification of Pre-Treated Bagasse at Industrial Scale", a paper "Methods of Error Correction in Flash Memory".
    String.raw`^(?:[ \t]+(?:at|in|for|of|on|to|by|with|from|under|over|and|or)(?:[ \t]+(?:the|a|an))?[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,4}){1,3}[ \t]*[.,]?["”]`,
    String.raw`^[ \t]*\((?:[^()"“]{0,40})?["“]`,
  ].join('|'),
);
// A dot between figures ("not otherwise defined in this Section 1.1 shall have the meanings ...") ends no sentence.
const INCORPORATES_TERMS = /[Cc]apitali[sz]ed\s+[Tt]erms\b(?:[^.;]|\.(?=\d)){0,160}?\bnot\s+(?:otherwise\s+)?defined\b(?:[^.;]|\.(?=\d)){0,200}?\b(?:in|on)\s+(?!this\s)(?:the\s+|that\s+|such\s+)?[A-Z]/y;
/**
 * Whether INCORPORATES_TERMS matches anywhere: tried only before "pitali" (a scan for "[Cc]" stops at every "c"; an
 * indexOf runs fastest from a rare first letter).
 */
function incorporatesTerms(text: string): boolean {
  for (let k = text.indexOf('pitali', 2); k >= 0; k = text.indexOf('pitali', k + 1)) {
    INCORPORATES_TERMS.lastIndex = k - 2;
    if (INCORPORATES_TERMS.test(text)) return true;
  }
  return false;
}
// "Public Events as defined immediately above", "Confidential Information (as defined in the Distribution Agreement)":
// the term is defined by reference, so it is not undefined anywhere.
// "the Telegraphic Transfer (T/T)", "the Food and Drug Administration (FDA)": spelt out with its abbreviation.
// "the Effective Date first written above" points to the preamble.
const DEFINED_BY_REFERENCE = /^[ \t]*(?:\(?[ \t]*(?:as|each\s+as|as\s+such\s+terms?\s+(?:is|are))[ \t]+(?:defined|set\s+forth|described|specified|provided|used)\b|\([ \t]*(?:defined|described)[ \t]+(?:below|above|herein(?:after|below)?|hereunder|in)\b|(?:set\s+forth|specified|listed|identified)\s+(?:in|on)\s+(?:the\s+)?(?:Agreement\s+Summary|Summary|Schedule|Exhibit|Annex|Appendix|Attachment)\b|attached\s+(?:hereto\s+|to\s+this\s+Agreement\s+)?as\s+(?:Schedule|Exhibit|Annex|Appendix|Attachment)\b|\([A-Z][A-Z/&.-]{1,9}\)|(?:first\s+)?(?:written|set\s+forth|stated)\s+above\b|first\s+above\b)/;
// "the Running Royalty (as defined below)": a reference into this agreement, which can be checked. It counts as a
// definition only when the term is defined here (then it is known anyway) or stands in quotation marks somewhere.
// "Severity (defined below)" with no "as" says the same.
const DEFINED_HERE = /^[ \t]*\(?[ \t]*(?:(?:as|each\s+as)[ \t]+)?defined[ \t]+(?:(?:immediately|hereinafter)[ \t]+)?(?:below|above)\b/;

/**
 * Whether the text after `from` sets out `term` as a heading of its own: after a line break or a wide gap (EDGAR's
 * joined lines), or under a "Definition(s) of" heading ('... the Severity (defined below) of the incident ...
 * Definitions of Severity levels    Severity 1 Problems. Severity 1 Problems generally include ...'). A definition below
 * written as a list of the term's kinds, not as a quoted term.
 */
function setOutBelow(text: string, from: number, term: string): boolean {
  const at = new RegExp(String.raw`(?:\n[ \t]*|[ \t]{3}|\bDefinitions?[ \t]+of[ \t]+(?:the[ \t]+)?)${escapeRegExp(term)}\b`);
  return at.test(text.slice(from));
}

/**
 * Whether `term` (or its singular or plural) opens a quotation somewhere in the text: a definition we may not read.
 * `single`: a single quotation mark too ("the other Party ('Acquiring Party')").
 */
function quotedSomewhere(text: string, term: string, single = false): boolean {
  const stem = term.replace(/(?:ies|s|y)$/, '');
  return text.includes(`"${stem}`) || text.includes(`\u201c${stem}`) || (single && (text.includes(`'${stem}`) || text.includes(`\u2018${stem}`)));
}
// "A Termination Event shall have occurred if ...", "A Change of Control is deemed to occur when ...": a sentence that
// says when the thing named by a capitalised run happens defines it. Read back from each " occur" (rare) to the
// sentence's opening determiner, after a stop or a line's (or the text's) start and its item number ("8.1 ").
const OCCUR_WORDS = ['occur', 'occurs', 'occurred'];
const OCCURS_IF = /^[ \t]+occur(?:s|red)?[ \t]+(?:if|when|where|upon|in[ \t]+the[ \t]+event)\b/;
const OCCURS_SUBJECT = /(?:(?:^|\n)[ \t]*(?:\(?[0-9a-z]{1,3}(?:\.[0-9]{1,3})*[.)]?[ \t]+)?|[.;:][ \t]+)(?:An?|Each|The)[ \t]+([A-Z][a-z]+(?:-[A-Za-z][a-z]+)*(?:[ \t]+(?:of[ \t]+)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*){0,3})[ \t]+(?:(?:shall|will|is|are)[ \t]+)?(?:(?:be|been)[ \t]+)?(?:deemed[ \t]+to[ \t]+)?(?:have[ \t]+)?$/;

/**
 * The terms that a sentence defines by when they occur ("A Termination Event shall have occurred if"). Each " occur"
 * that OCCURS_IF can match opens a word run (model/words.ts) of "occur", "occurs" or "occurred" after a space: read
 * at the starts of such runs among `starts` (MARK_WORDS), not by an indexOf scan of the text for " occur" (10-18 ms a
 * pass over CUAD dev).
 */
function termsDefinedByOccurrence(text: string, starts: readonly number[]): string[] {
  const out: string[] = [];
  for (const at of starts) {
    const k = at - 1;
    if (k < 0 || text.charCodeAt(k) !== 32 || !text.startsWith('occur', at) || !OCCURS_IF.test(text.slice(k, k + 40))) continue;
    // The pattern's "^" is the text's start only: a window that opens inside the text starts with a sentinel (and the
    // character before it, so a line break or a stop there still counts); else the words a window happened to open
    // in ('ies A ...' of 'series A ...') were read as an item number at a line's start.
    const from = k - 100;
    const subject = OCCURS_SUBJECT.exec(from <= 0 ? text.slice(0, k + 1) : `\u0000${text.slice(from - 1, k + 1)}`);
    if (subject !== null) out.push((subject[1] as string).replace(/\s+/g, ' '));
  }
  return out;
}
// "The research programme ... shall be referred to as the Joint Program": a definition without quotation marks; also
// "referred to herein as", "referred to hereinafter as", "referred to in this Agreement as".
const REFERRED_TO_AS = /[ \t]+(?:(?:herein|hereinafter|hereafter|below|in[ \t]+this[ \t]+(?:[Aa]greement|[Cc]ontract))[ \t]+)?as[ \t]+(?:(?:the|a|an)[ \t]+)?([A-Z][a-z]+(?:-[A-Za-z][a-z]+)*(?:[ \t]+(?:of[ \t]+)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*){0,3})/y;

/**
 * The terms a sticky pattern captures (group 1, white space collapsed) where it is tried: `skip` characters after each
 * occurrence of `marker`, a string rare enough that indexOf finds the few places worth a try.
 */
export function termsAfterMarker(text: string, marker: string, skip: number, pattern: RegExp): string[] {
  const out: string[] = [];
  for (let k = text.indexOf(marker); k >= 0; k = text.indexOf(marker, k + marker.length)) {
    pattern.lastIndex = k + skip;
    const m = pattern.exec(text);
    if (m !== null) out.push((m[1] as string).replace(/\s+/g, ' '));
  }
  return out;
}

/**
 * The terms named after "referred to (herein) as", and after "known as" ("Adaptive Directional Microphone Technology
 * and Omni-Directional Microphone Technology are collectively known as the Microphone Technology").
 */
const termsReferredToAs = (text: string): string[] => [...termsAfterMarker(text, 'referred to', 'referred to'.length, REFERRED_TO_AS), ...termsAfterMarker(text, ' known', ' known'.length, REFERRED_TO_AS)];
// "The parties shall form a Joint Integration Committee of three representatives ...": the sentence that sets up a
// body names it; the name is the body's, as "(the "JIC")" would make it. Two to four capitalised words after the verb.
export const ESTABLISHED = /n?[ \t]+([A-Z][a-z]+(?:-[A-Za-z][a-z]+)*(?:[ \t]+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*){1,3})(?![ \t]*[A-Za-z]*[A-Z])/y;
export const ESTABLISH_MARKERS = [' form a', ' establish a', ' set up a', ' constitute a', ' create a'];
/** The word each marker's blank is followed by ("form", "set"), as word runs (model/words.ts) name it. */
const ESTABLISH_WORDS = ESTABLISH_MARKERS.map((m) => m.slice(1, m.indexOf(' ', 1)));
/**
 * The instrument's names for itself ("THIS DEED" -> "Deed"), capitalised, where SELF_NAME matches at `starts` (those
 * of other words fail at once): in text order, as a global scan with a leading \b would find them.
 */
export function selfNames(text: string, starts: readonly number[]): string[] {
  const out: string[] = [];
  for (const at of starts) {
    SELF_NAME.lastIndex = at;
    const m = SELF_NAME.exec(text);
    if (m !== null) out.push(((m[1] as string)[0] as string) + (m[1] as string).slice(1).toLowerCase());
  }
  return out;
}
/** The words findUndefinedTerms' scans start at, found in one walk over the word runs (three walks cost ~15-25 ms a pass). */
const MARK_WORDS = [...OCCUR_WORDS, ...ESTABLISH_WORDS, ...SELF_WORDS];

/**
 * The bodies named where the parties set them up ("shall form a Joint Integration Committee"). Each marker opens with
 * a blank, so its verb opens a word run: the markers are read at the runs of their verbs (`starts`: runs of other words
 * among them are passed over), not by five indexOf scans of the text (about 60 ms a CUAD dev pass: a blank is the
 * commonest character). The same terms in the same order as termsAfterMarker for each marker (none of them can
 * overlap itself).
 */
export function termsEstablished(text: string, words: WordIndex, starts: readonly number[] = wordRunStarts(text, words, ESTABLISH_WORDS)): string[] {
  const out: string[] = [];
  for (const marker of ESTABLISH_MARKERS) {
    for (const at of starts) {
      if (at === 0 || !text.startsWith(marker, at - 1)) continue;
      ESTABLISHED.lastIndex = at - 1 + marker.length;
      const m = ESTABLISHED.exec(text);
      if (m !== null) out.push((m[1] as string).replace(/\s+/g, ' '));
    }
  }
  return out;
}
// An official identifier after a run: three or more digits, or numbers joined by "/", "." or "-".
// (Not "6.1", which is a section number after a heading.)
export const OFFICIAL_NUMBER = /^[ \t]+(?:No\.[ \t]*)?(?:[0-9]{3,}|[0-9]+[/-][0-9])/;
// A capitalised word just before an occurrence: it is part of a longer run ("Order" in "Executive Order 11246").
const CAPITALISED_BEFORE = /[A-Z][A-Za-z]*[ \t]+$/;
// A company's name with its corporate suffix: "Microsoft Corporation", "Acme Widgets, Inc.".
const CORPORATE_SUFFIX = /^,?[ \t]+(?:Inc|Incorporated|Corporation|Corp|Ltd|Limited|LLC|L\.L\.C|plc|PLC|GmbH|AG|S\.A|N\.V|B\.V|Co)\b/;

/**
 * Whether the first word of a run of two or more words names a company elsewhere ("Microsoft Corporation"): the run
 * is that company's product or body ("the Microsoft Word document", "the Nasdaq Global Market"), not a term.
 */
function namesCompanyProduct(text: string, term: string, wordsAt: WordPlaces): boolean {
  const space = term.indexOf(' ');
  if (space < 0) return false;
  const first = term.slice(0, space);
  for (const k of wordsAt.of(first)) {
    if (k > 0 && isWordCode(text.charCodeAt(k - 1))) continue;
    if (CORPORATE_SUFFIX.test(text.slice(k + first.length, k + first.length + 14))) return true;
  }
  return false;
}

// A trademark sign after a name: "Google Analytics™", "Acme® Dashboard", "Veritas (TM)".
const TRADEMARK_SIGN = /^[ \t]*(?:[™®℠]|\((?:TM|R|SM)\))/;
/** TRADEMARK_SIGN's signs, anywhere (global): no sign opens inside another, so a global scan finds every one. */
const SIGN_ANYWHERE = /[™®℠]|\((?:TM|R|SM)\)/g;

/**
 * Where TRADEMARK_SIGN matches (on the next 6 characters, as trademarked tested it), ascending: at each sign of the
 * document and back over the blanks before it. One scan of the document, made when the first term left asks, instead
 * of indexOf scans of the whole text for each term left and its first word; a document without a sign has none.
 */
export function signSites(text: string): number[] {
  const out: number[] = [];
  SIGN_ANYWHERE.lastIndex = 0;
  for (let m = SIGN_ANYWHERE.exec(text); m !== null; m = SIGN_ANYWHERE.exec(text)) {
    let p = m.index;
    while (p > 0 && m.index - p < 5 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
    for (; p <= m.index; p++) if (TRADEMARK_SIGN.test(text.slice(p, p + 6))) out.push(p);
  }
  return out;
}

/**
 * Whether `term`, or its first word, carries a trademark sign anywhere in the text: the run names a product, wherever
 * else it is written without the sign. Read for the few terms left, at the document's `sites` (signSites): the name
 * ends at one of them.
 */
export function trademarked(text: string, term: string, sites: readonly number[]): boolean {
  const space = term.indexOf(' ');
  for (const name of space < 0 ? [term] : [term, term.slice(0, space)]) {
    // A whole word: the "Card" of "MasterCard®" is no sign on "Card Management System".
    for (const p of sites) {
      const k = p - name.length;
      if (k >= 0 && text.startsWith(name, k) && !(k > 0 && isWordCode(text.charCodeAt(k - 1)))) return true;
    }
  }
  return false;
}

// A bracketed abbreviation in mixed case after a run: "the Internet of Things (IoT)", "Software as a Service (SaaS)".
const MIXED_ABBREVIATION = /^[ \t]*\(([A-Z][A-Za-z]{1,9})\)/;
const words0 = (term: string): readonly string[] => term.split(' ');

/** Whether a mixed-case abbreviation whose capitals are the initials of the run's capitalised words follows the run. */
// The run opens a longer name that goes on through "on", "of", "for" or "and" to an abbreviation in brackets: "the Tax on
// the Circulation of Goods and Services (ICMS)", "the Convention on the Grant of European Patents (EPC)". The name of a
// tax, treaty or body, given with its abbreviation (in its own language, so not its initials in English), is no defined
// term of the agreement.
const NAME_WITH_ABBREVIATION_AFTER = /^[ \t]+(?:on|of|for)[ \t]+(?:(?:the|of|on|for|and|&)[ \t]+|[A-Z][\w'’-]*[ \t]+){0,10}?[A-Z][\w'’-]*[ \t]*\([ \t]*[A-Z][A-Z0-9&/.-]{1,9}[ \t]*\)/;
function spelledOutAbbreviation(after: string, words: readonly string[]): boolean {
  const m = MIXED_ABBREVIATION.exec(after);
  if (m === null) return false;
  const capitals = (m[1] as string).replace(/[a-z]/g, '');
  return capitals.length >= 2 && capitals === initials(words);
}

/**
 * The document's title, in capitals: its first lines of text (up to three, in the first 600 characters), each without
 * Markdown's heading marks and emphasis or a leading "The". A cover's later lines (a date, the parties) are no title
 * of a run of capitalised words.
 */
export function titleLines(text: string): Set<string> {
  const out = new Set<string>();
  const head = text.slice(0, 600);
  let seen = 0;
  for (const raw of head.split('\n')) {
    const line = raw.replace(/^[ \t]*#{1,6}[ \t]+/, '').replace(/[*_]+/g, '').trim().replace(/^THE[ \t]+|^The[ \t]+/i, '');
    if (line === '') continue;
    out.add(line.toUpperCase().replace(/[ \t]+/g, ' '));
    if (++seen === 3) break;
  }
  return out;
}

/** Whether `term` is followed by an official number somewhere in the text. */
function numberedSomewhere(text: string, term: string, sites: () => readonly number[]): boolean {
  for (const k of officialNumberOccurrences(text, term, sites)) {
    if ((k > 0 && isLetterCode(text.charCodeAt(k - 1))) || CAPITALISED_BEFORE.test(text.slice(Math.max(0, k - 24), k))) continue;
    if (OFFICIAL_NUMBER.test(text.slice(k + term.length, k + term.length + 16))) return true;
  }
  return false;
}
// The number and emphasis that may open a clause before its heading: "9.1 ", "**Section 6.01** *", "## 9. ", "ARTICLE IV ".
// One class for the line's indent and marks: '[ \t]*[#*_ \t]*' could split a run of blanks two ways at every point,
// and a line of 16,000 spaces took 1.4 s a term (a table exported from a PDF).
// (What follows a line's start: no line break, so an opening never runs into the next line.)
// A Markdown heading needs no number ("## Details" over the Details table the operative clauses cite), but it is read
// only where no number follows: each line has one opening, as clauseOpeningEnds assumes.
// Its emphasis run is part of the opening, as after a number: '## **Term' is headed by 'Term' where the opening ends
// (the greedy run is the only end, since a number after it would have been read by the first branch).
const NUMBERED_OPENING = String.raw`(?:(?:Section|SECTION|Clause|CLAUSE|Article|ARTICLE)[ \t]+|§[ \t]*)?(?:[0-9]{1,3}(?:\.[0-9]{1,3})*\.?|[IVX]{1,6}\.?)[*_ \t]+`;
const LINE_OPENING = String.raw`(?:[#*_ \t]*${NUMBERED_OPENING}|#{1,6}[ \t]+[*_ \t]*(?!${NUMBERED_OPENING}))`;
export const CLAUSE_OPENING = String.raw`(?:^|\n)${LINE_OPENING}`;

/** The English plural of a term's last word: "Licensed Patents", "Royalties", "Taxes". */
export function pluralOf(term: string): string {
  return /[^aeiou]y$/.test(term) ? `${term.slice(0, -1)}ies` : /(?:s|x|z|ch|sh)$/.test(term) ? `${term}es` : `${term}s`;
}

/** The pattern headsAClause stands for: a clause opening, `term` as its heading, then a sentence or the line's end. */
export function headingPattern(term: string): RegExp {
  return new RegExp(`${CLAUSE_OPENING}[*_]{0,2}${escapeRegExp(term)}[*_]{0,2}(?:[.:][*_]{0,2}[ \\t]+(?:This|The|Each|Unless|Subject)\\b|(?:[ \\t]+(?:under|of)[ \\t]+(?:this|the)[ \\t]+(?:Agreement|Contract))?[ \\t]*(?:\\r?\\n|$))`);
}
/** LINE_OPENING tried at one line's start. */
const OPENING_AT = new RegExp(LINE_OPENING, 'y');
/** What follows a heading's words in headingPattern, tried where they end. */
const HEADING_CLOSE = /[*_]{0,2}(?:[.:][*_]{0,2}[ \t]+(?:This|The|Each|Unless|Subject)\b|(?:[ \t]+(?:under|of)[ \t]+(?:this|the)[ \t]+(?:Agreement|Contract))?[ \t]*(?:\r?\n|$))/y;

/**
 * Where the text's clause openings (CLAUSE_OPENING) end, ascending: one scan of a document for all its terms. Each
 * opening has one end (its number is read one way only, and its last run of emphasis and blanks whole), which is where
 * a heading that opens with another character than those must start. An opening holds no line break after its first
 * character, so it is tried at each line's start (found by indexOf), as a global scan of CLAUSE_OPENING would find
 * them, but without trying every other character of the text (a third to a half of the time over CUAD dev).
 */
export function clauseOpeningEnds(text: string): number[] {
  const out: number[] = [];
  for (let at = 0; at >= 0; ) {
    OPENING_AT.lastIndex = at;
    if (OPENING_AT.test(text)) out.push(OPENING_AT.lastIndex);
    const nl = text.indexOf('\n', at);
    at = nl < 0 ? -1 : nl + 1;
  }
  return out;
}

/**
 * Whether a numbered clause is headed by `term` alone: "6.01 *Term.* This Agreement begins ...", "## 9. Term" on its
 * own line. The section that a heading names says what the term is ("the end of the Term" in another section), as
 * headedBy credits the heading of the section where the term is used. Read only for the few terms left: headingPattern
 * tried at the document's clause openings (`openings`, clauseOpeningEnds) instead of compiled and run over the whole
 * text for each term (426 compiles and whole-text scans a CUAD dev pass, ~10% of its CPU).
 */
export function headsAClause(text: string, term: string, openings: () => readonly number[]): boolean {
  // As written, not in capitals: "8. INTELLECTUAL PROPERTY" titles a section without saying what the term means.
  // A term opening with emphasis or a blank could start inside an opening's last run: the pattern itself reads it.
  // Any other is read only where an opening ends (startsWith there): no indexOf of the whole text first, which took
  // two whole-text scans a term left (the term and its plural), 41M characters a CUAD dev pass.
  if (term === '' || /^[*_ \t]/.test(term)) return text.includes(term) && headingPattern(term).test(text);
  for (const at of openings()) {
    if (!text.startsWith(term, at)) continue;
    HEADING_CLOSE.lastIndex = at + term.length;
    if (HEADING_CLOSE.test(text)) return true;
  }
  return false;
}

/**
 * The occurrences of `term` that an indexOf scan going on after each would visit, among those that end where an
 * official number can follow (officialNumberSites): the only ones numberedSomewhere can accept. A term that can
 * overlap itself, or does not end with a letter, is scanned for as before.
 */
export function officialNumberOccurrences(text: string, term: string, sites: () => readonly number[]): number[] {
  const out: number[] = [];
  if (selfOverlaps(term) || !isLetterCode(term.charCodeAt(term.length - 1))) {
    for (let k = text.indexOf(term); k >= 0; k = text.indexOf(term, k + term.length)) out.push(k);
    return out;
  }
  for (const end of sites()) if (end >= term.length && text.startsWith(term, end - term.length)) out.push(end - term.length);
  return out;
}

/**
 * Every offset after a letter where OFFICIAL_NUMBER matches (as numberedSomewhere tests it, on the next 16
 * characters), ascending. Its number opens a word run (model/words.ts) after blanks, or after "No." and blanks: one
 * look back from each run that opens with a digit, instead of an indexOf scan of the whole text per term.
 */
export function officialNumberSites(text: string, words: WordIndex): number[] {
  const out: number[] = [];
  const { count, starts } = words;
  for (let r = 0; r < count; r++) {
    const d = starts[r] as number;
    const c = text.charCodeAt(d);
    if (c < 48 || c > 57) continue;
    const q = blanksBefore(text, d);
    addOfficialSite(text, q < d ? q : -1, out);
    // "Form No. 11": the blanks before "No.". The same steps for every number (a step that only the rare "No." took
    // would lack type feedback in the optimised loop, which V8 would throw away at the first document with one).
    const no = q - 3;
    const p = blanksBefore(text, no >= 0 && text.startsWith('No.', no) ? no : q);
    addOfficialSite(text, p < no ? p : -1, out);
  }
  return out.sort((a, b) => a - b);
}

/** Where the blanks (spaces, tabs) just before `at` start. */
function blanksBefore(text: string, at: number): number {
  let q = at;
  while (q > 0 && isBlankCode(text.charCodeAt(q - 1))) q--;
  return q;
}

function addOfficialSite(text: string, at: number, out: number[]): void {
  if (at > 0 && isLetterCode(text.charCodeAt(at - 1)) && OFFICIAL_NUMBER.test(text.slice(at, at + 16))) out.push(at);
}

/**
 * Where capitalised words start, by word, found among the capitals (capitalStarts) when first asked and kept: the
 * few terms left at the end of findUndefinedTerms look their first words up here (namesCompanyProduct, standsAlone)
 * instead of each scanning the whole text with indexOf. Every occurrence of a word opening with a capital that no
 * letter, digit or "_" precedes is among the capitals; an indexOf scan going on after each occurrence visits them
 * all unless the word can overlap itself, which is scanned for as before.
 */
export class WordPlaces {
  private readonly places = new Map<string, number[]>();
  constructor(
    private readonly text: string,
    private readonly capitals: Int32Array,
  ) {}

  /** The offsets of `word` that are at a capital, or (see above) every occurrence an indexOf scan would visit. */
  of(word: string): readonly number[] {
    let out = this.places.get(word);
    if (out !== undefined) return out;
    out = [];
    const { text, capitals } = this;
    const first = word.charCodeAt(0);
    if (selfOverlaps(word) || first < 65 || first > 90) {
      for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + word.length)) out.push(k);
    } else {
      for (let i = 0; i < capitals.length; i++) {
        const k = capitals[i] as number;
        if (text.charCodeAt(k) === first && text.startsWith(word, k)) out.push(k);
      }
    }
    this.places.set(word, out);
    return out;
  }
}

// A row of a definitions table: the term alone in the first cell, its meaning (lower case, or "means") in the next.
const TABLE_ENTRY = /\|[ \t]*[*_]{0,2}([A-Z][a-z]+(?:-[A-Za-z][a-z]+)*(?:[ \t]+(?:of[ \t]+|for[ \t]+)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*){0,4})[*_]{0,2}[ \t]*\|[ \t]*(?:means[ \t]+)?[a-z"\u201c]/y;

/** The terms that head the rows of Markdown tables whose next cell explains them ("| Field | semiconductor packaging |"). */
const termsInTables = (text: string): string[] => termsAfterMarker(text, '\n|', 1, TABLE_ENTRY);
const UNQUOTED_INLINE = /\((?:(?:collectively|each|together|individually|hereinafter(?:\s+referred\s+to\s+as)?)[,\s]+)?(?:(?:the|a|an)\s+)?([A-Z][a-z]+(?:[- ][A-Za-z][a-z]+)*(?:[ \t]+(?:of|for|[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*)){0,4})\)/g;
// An entry of a definitions list without quotes, or a run-in heading that names the term the section then uses: at a
// line start (after an item number) or after a wide gap where EDGAR joined the lines ("     Paying Agent. Bank,
// National Association ..."; "Royalty Term: the period ..."). The term is defined by the entry it heads.
// A label of two words or more may also head a value in figures: a cover's "Effective Date: 1 January 2027" defines the
// Effective Date. One word may not: a signature block's "Date: 12/30/97" (or "No.: 4") names no term, and as a known
// "Date" it would make every "... Date" run known.
// A gap is entered only at its first space, so a long run of spaces is read once, not once per space.
export const LIST_ENTRY = /(?:(?:^|\n)[ \t]*|(?<![ \t])[ \t]{3,})(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]?[ \t]+|\(?[a-z]{1,3}\)[ \t]+)?[*_]{0,3}([A-Z][A-Za-z-]*(?:[ \t]+(?:of|and|the|for|[A-Z][A-Za-z-]*)){0,4})[*_]{0,3}[.:][*_]{0,3}[ \t]+(?=["“]?[A-Za-z]|(?<=[A-Za-z][ \t]+[A-Z][A-Za-z-]*[*_]{0,3}:[*_]{0,3}[ \t]+)[0-9])/g;
const CANDIDATE_AT = new RegExp(CANDIDATE.source, 'y');
const UNQUOTED_INLINE_AT = new RegExp(UNQUOTED_INLINE.source, 'y');
const LIST_ENTRY_AT = new RegExp(LIST_ENTRY.source, 'y');

const isBlankCode = (c: number): boolean => c === 32 || c === 9;
const isEmphasisCode = (c: number): boolean => c === 42 || c === 95;
// [A-Za-z0-9_]: what \b reads as a word character.
const isWordCode = (c: number): boolean => isLetterCode(c) || (c >= 48 && c <= 57) || c === 95;
const isLetterCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
// What an item number ("1.2.", "(iv)", "a)") is made of.
const isLabelCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 40 || c === 41;

/** Whether text[from, to) is a determiner of CANDIDATE (the, such, any, each, all, a, an, said, its, their, other, first letter in either case; no). */
function isDeterminer(text: string, from: number, to: number): boolean {
  const first = text.charCodeAt(from) | 32;
  switch (to - from) {
    case 1:
      return first === 97;
    case 2:
      // "no" in lower case only: "No Implied Licenses;", "No Waiver." head a clause.
      return (first === 97 && text.charCodeAt(from + 1) === 110) || (text.charCodeAt(from) === 110 && text.charCodeAt(from + 1) === 111);
    case 3:
      return (first === 116 && text.startsWith('he', from + 1)) || (first === 97 && (text.startsWith('ny', from + 1) || text.startsWith('ll', from + 1))) || (first === 105 && text.startsWith('ts', from + 1));
    case 4:
      return (first === 115 && (text.startsWith('uch', from + 1) || text.startsWith('aid', from + 1))) || (first === 101 && text.startsWith('ach', from + 1));
    case 5:
      return (first === 116 && text.startsWith('heir', from + 1)) || (text.startsWith('other', from) && !followsDeterminer(text, from));
    default:
      return false;
  }
}

/** Whether a word of POST_DETERMINED_WORDS, whole, and blanks come just before `at` ("the other"). */
function followsDeterminer(text: string, at: number): boolean {
  let b = at;
  while (b > 0 && isBlankCode(text.charCodeAt(b - 1))) b--;
  if (b === at) return false;
  let a = b;
  while (a > 0 && b - a < 6 && isLetterCode(text.charCodeAt(a - 1))) a--;
  return POST_DETERMINED_SET.has(text.slice(a, b)) && (a === 0 || !isWordCode(text.charCodeAt(a - 1)));
}

/**
 * Where the apostrophe of a party's possessive is when text[from, to) is its "s" ("a Party's", "the other PARTY's") or
 * nothing after it ("the Parties'"), or -1: the possessive opens a run as a determiner does ("a Party's Background IP").
 */
function partyPossessive(text: string, from: number, to: number): number {
  const apostrophe = to - from === 1 && text.charCodeAt(from) === 115 ? from - 1 : from === to ? to - 1 : -1;
  if (apostrophe < 5) return -1;
  const q = text.charCodeAt(apostrophe);
  if (q !== 39 && q !== 8217) return -1;
  const words = from === to ? ['Parties', 'PARTIES'] : ['Party', 'PARTY'];
  for (const w of words) if (text.startsWith(w, apostrophe - w.length) && !(apostrophe > w.length && isWordCode(text.charCodeAt(apostrophe - w.length - 1)))) return apostrophe;
  return -1;
}

/**
 * Whether the "of" at `of` follows a rate ("3% of", "three percent (3%) of", "5 per cent of"): "of Net Revenue" after
 * it names a royalty base, which a drafter writes without a determiner, as a determiner would.
 */
function afterRate(text: string, of: number): boolean {
  let i = of;
  while (i > 0 && isBlankCode(text.charCodeAt(i - 1))) i--;
  if (i === of) return false;
  if (text.charCodeAt(i - 1) === 41) i--;
  return text.charCodeAt(i - 1) === 37 || /\bper[ \t]?cent$/.test(text.slice(Math.max(0, i - 9), i));
}

/** Whether text[from, to) is a verb of CANDIDATE's object opening, after a modal or "not" ("shall use", "may not disclose"). */
function isObjectVerb(text: string, from: number, to: number): boolean {
  // Most words before a capital are none of the verbs: their length and first letter tell, without a slice.
  const n = to - from;
  const c = text.charCodeAt(from);
  if (n < 3 || n > 11 || (c !== 117 && c !== 100 && c !== 112 && c !== 115 && c !== 116 && c !== 114 && c !== 97 && c !== 109 && c !== 108) || !OBJECT_VERBS.has(text.slice(from, to))) return false;
  let b = from;
  while (b > 0 && isBlankCode(text.charCodeAt(b - 1))) b--;
  if (b === from) return false;
  let a = b;
  while (a > 0 && isLetterCode(text.charCodeAt(a - 1))) a--;
  return MODALS.has(text.slice(a, b)) && (a === 0 || !isWordCode(text.charCodeAt(a - 1)));
}
// Verbs whose object is a thing handled, supplied or appointed: data ('shall use Shipment Data'), goods ('shall supply
// Conforming Units'), resellers ('may appoint Authorized Distributors').
const OBJECT_VERBS = new Set(['use', 'disclose', 'process', 'share', 'transfer', 'retain', 'store', 'access', 'appoint', 'sell', 'resell', 'distribute', 'supply', 'manufacture', 'market', 'promote', 'purchase', 'deliver', 'license', 'sublicense']);
const MODALS = new Set(['shall', 'will', 'may', 'must', 'not']);

/**
 * Where CANDIDATE can match: at a word of one to four letters (a determiner), or a table cell's "|", that spaces or
 * tabs separate from a capital. Regex scans of CANDIDATE and LIST_ENTRY try their openings at every position of the text; the positions
 * worth trying follow from the capitals, which one cheap scan finds for both.
 */
function candidateStarts(text: string, capitals: Int32Array): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < capitals.length; i++) {
    const c = capitals[i] as number;
    let w = c;
    while (w > 0 && isBlankCode(text.charCodeAt(w - 1))) w--;
    if (w === c) continue;
    let d = w;
    while (d > 0 && w - d < 9 && isLetterCode(text.charCodeAt(d - 1))) d--;
    if (isDeterminer(text, d, w) || (w - d === 2 && text.startsWith('of', d) && afterRate(text, d))) out.push(d);
    else if (d === w && w > 0 && text.charCodeAt(w - 1) === 124) out.push(w - 1);
    else if (d === w ? countBefore(text, w, out) : isCountWord(text, d, w)) {
      if (d < w) out.push(d);
    }
    else if (isObjectVerb(text, d, w)) out.push(d);
    else {
      const apostrophe = partyPossessive(text, d, w);
      if (apostrophe >= 0) out.push(apostrophe);
    }
  }
  return sortedStarts(out);
}

/**
 * Whether text[from, to) is a number word of COUNT_WORDS: most words before a capital are not, which their length and
 * first letter tell without a slice.
 */
function isCountWord(text: string, from: number, to: number): boolean {
  const n = to - from;
  const c = text.charCodeAt(from);
  return n >= 3 && n <= 9 && (c === 111 || c === 116 || c === 102 || c === 115 || c === 101 || c === 110 || c === 104) && COUNT_WORD.test(text.slice(from, to));
}

/**
 * Whether a run-in caption's own first sentence uses its term, after a determiner, inside the sentence: "7.1 Change of
 * Control. If Telvio undergoes a Change of Control, the licence ... shall terminate" names its section by a term it
 * uses, and defines nothing, where "4.1 Term. The Term of this Agreement shall be three years" states it as its subject,
 * and "4.1 Initial Term. This Agreement remains in force for an Initial Term of five (5) years" gives its length.
 * `from`: where the caption's stop and blanks end.
 */
function captionUsedAfter(text: string, from: number, term: string): boolean {
  const window = text.slice(from, from + 400);
  const stop = window.search(/\.(?:\s|$)|\n/);
  const sentence = stop < 0 ? window : window.slice(0, stop);
  const at = sentence.indexOf(term);
  if (at <= 0) return false;
  const before = sentence.slice(0, at);
  return /\b(?:a|an|the|any|such|each|no)[ \t]+$/.test(before) && !/^[ \t]*(?:The|A|An|Each|Any)[ \t]+$/.test(before) && !STATED_AFTER.test(sentence.slice(at + term.length));
}
// What states a term's length or value after it: "an Initial Term of five (5) years", "a Minimum Royalty of $10,000".
const STATED_AFTER = new RegExp(String.raw`^[ \t]+(?:of|for|equal[ \t]+to)[ \t]+(?:[0-9$€£]|${COUNT_WORDS}\b|(?:a|the)[ \t]+(?:period|term)\b)`, 'i');

/** Whether a CANDIDATE match opens with a count (COUNT_OPENING): figures, bracketed figures or a number word. */
function countOpened(m0: string): boolean {
  const c = m0.charCodeAt(0);
  return isDigitCode(c) || c === 40 || COUNT_WORD.test(m0.slice(0, m0.search(/[ \t]/)));
}
const TIME_UNIT = /^(?:Seconds?|Minutes?|Hours?|Days?|Weeks?|Months?|Quarters?|Years?)$/;
// A last word in the plural ("Business Days", "Designated Locations"), not one that only ends in "s" ("Status"); tried
// on the words before "of" ("Statements of Work"; not "South Capital of Texas", a street after its number).
const PLURAL_LAST = /[^su]s$/;

/**
 * Whether a count of figures ends at `w` (COUNT_OPENING's): "(10)" after a number word, or up to three digits after a
 * lower-case word; if so its start is pushed to `out`.
 */
function countBefore(text: string, w: number, out: number[]): boolean {
  let k = w;
  const bracket = text.charCodeAt(w - 1) === 41;
  if (bracket) k--;
  const digitsEnd = k;
  while (k > 0 && digitsEnd - k < 4 && isDigitCode(text.charCodeAt(k - 1))) k--;
  if (k === digitsEnd || digitsEnd - k > 3) return false;
  if (bracket) {
    if (text.charCodeAt(k - 1) !== 40) return false;
    k--;
  }
  const b = blanksBefore(text, k);
  // A whole lower-case word before it ("within 30"), not a capitalised one ("Suite 700", "Schedule 3", "Level 2").
  let a = b;
  while (a > 0 && isLowerCode(text.charCodeAt(a - 1))) a--;
  if (b === k || a === b || isLetterCode(codeAt(text, a - 1))) return false;
  out.push(k);
  return true;
}
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Where UNQUOTED_INLINE can match: at a "(" before a capital or the first letter of one of its opening words
 * (collectively, each, together, individually, hereinafter, the, a, an). A regex scan tries its "(" at every position;
 * indexOf finds them many times faster, and most brackets hold an item label or a figure ("(a)", "(5)").
 */
function inlineOpenings(text: string): Int32Array {
  const out: number[] = [];
  for (let k = text.indexOf('('); k >= 0; k = text.indexOf('(', k + 1)) {
    const c = codeAt(text, k + 1);
    // A capitalised word ([A-Z][a-z]), or an opening word and the comma or white space after it: not "(A)", "(iii)",
    // "(a)" or "(c)", which most brackets that open with one of these letters hold.
    if (c >= 65 && c <= 90 ? isLowerCode(codeAt(text, k + 2)) : inlineOpeningWordAt(text, k + 1)) out.push(k);
  }
  return Int32Array.from(out);
}

/** UNQUOTED_INLINE's optional opening words; each is followed by a comma or white space. */
const INLINE_OPENING_WORDS = ['collectively', 'each', 'together', 'individually', 'hereinafter', 'the', 'a', 'an'];

/** Whether one of INLINE_OPENING_WORDS, then a comma or white space, is at `at`. */
function inlineOpeningWordAt(text: string, at: number): boolean {
  for (let i = 0; i < INLINE_OPENING_WORDS.length; i++) {
    const w = INLINE_OPENING_WORDS[i] as string;
    if (text.startsWith(w, at)) {
      const after = codeAt(text, at + w.length);
      if (after === 44 || isBlankChar(after)) return true;
    }
  }
  return false;
}
const isLowerCode = (c: number): boolean => c >= 97 && c <= 122;

/** Where LIST_ENTRY's opening (text start, line break or a gap of 3+ blanks) is, when blanks run over [from, to); or -1. */
function openingAt(text: string, from: number, to: number): number {
  if (from === 0) return 0;
  if (text.charCodeAt(from - 1) === 10) return from - 1;
  return to - from >= 3 ? from : -1;
}

const isTermCode = (c: number): boolean => isLetterCode(c) || c === 32 || c === 9 || c === 45 || c === 42 || c === 95;

/**
 * Whether a LIST_ENTRY term can start at the capital at `c`: its words (at most five, letters and hyphens) and the
 * "*" or "_" after them run up to a "." or ":" followed by a blank or another mark.
 */
function endsLikeEntry(text: string, c: number): boolean {
  let gaps = 0;
  let k = c;
  for (; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    if (!isTermCode(ch)) break;
    if (isBlankCode(ch) && !isBlankCode(text.charCodeAt(k - 1)) && ++gaps > 4) return false;
  }
  const ch = codeAt(text, k);
  if (ch !== 46 && ch !== 58) return false;
  const next = codeAt(text, k + 1);
  return isBlankCode(next) || next === 42 || next === 95;
}

/** Where LIST_ENTRY can match: before a capital, up to three "*" or "_", blanks, an optional item number, an opening. */
function listEntryStarts(text: string, capitals: Int32Array): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < capitals.length; i++) {
    const capital = capitals[i] as number;
    // Back over up to three "*" or "_" (once one is not, the next looks stay at the same place). The same steps for
    // every capital: a step taken only before emphasis would lack type feedback in the optimised loop.
    let j = capital;
    for (let marks = 0; marks < 3; marks++) j -= isEmphasisCode(codeAt(text, j - 1)) ? 1 : 0;
    let r = j;
    while (r > 0 && isBlankCode(text.charCodeAt(r - 1))) r--;
    const plain = openingAt(text, r, j);
    // Or an item number before the blanks, with its own opening before it.
    let numbered = -1;
    const last = codeAt(text, r - 1);
    // An item number ends with a digit, "." or ")": a word before the blanks is none.
    if (r < j && ((last >= 48 && last <= 57) || last === 46 || last === 41)) {
      let l = r;
      while (l > 0 && isLabelCode(text.charCodeAt(l - 1))) l--;
      if (l < r) {
        let r1 = l;
        while (r1 > 0 && isBlankCode(text.charCodeAt(r1 - 1))) r1--;
        numbered = openingAt(text, r1, l);
      }
    }
    // Most capitals have no opening before them; the few that do are checked for the end of an entry first.
    if ((plain < 0 && numbered < 0) || !endsLikeEntry(text, capital)) continue;
    if (numbered >= 0) out.push(numbered);
    if (plain >= 0) out.push(plain);
  }
  return sortedStarts(out);
}

/** The matches of a global scan of CANDIDATE, from the capitals of the text (capitalStarts). */
export function candidateMatches(text: string, capitals: Int32Array = capitalStarts(text)): Iterable<RegExpExecArray> {
  return matchesAt(text, candidateStarts(text, capitals), CANDIDATE_AT);
}

// A run of two to four capitalised words that opens a sentence as its subject, its verb after it: "Covered
// Distributions made before a Member's Effective Date are governed by ...", "Licensed Products shall bear ...". Its first
// capital is the sentence's, its later ones the drafter's: the run is used as a term, without a determiner. The verb
// is a modal, a form of be, have or do, or a participle before a lower-case word ("disclosed by", "made before"): a
// preposition or a noun after the run is most often a heading run into its text ("Grant of License in the Trademarks",
// "Partial Termination by Metavante. Except ..."), a list or a table's row ("Card Personalization with no re-issue").
const OPENING_RUN = new RegExp(String.raw`(${CAP_WORD}(?:(?:[ \t]+|[ \t]+(?:of|for)[ \t]+)${CAP_WORD}){1,3})(?=[ \t]+(?:(?:shall|will|may|must|can|cannot|could|should|would|might|has|have|had|does|do|did|means|mean|is|are|was|were|refers)\b|(?:[a-z]{2,}ed|made|sold|paid|held|given|taken|kept|built|brought|bought|written|sent|shown|granted)[ \t]+[a-z]))`, 'y');
// The verbs after an opening run that define it, unquoted: "Net Sales means the total of ...", "Net Revenue is the
// portion of revenue left after ...", "Change of Control shall mean any merger".
// "Additional Work shall be defined as the addition or revision of pages ...", "Royalty Crude Oils are considered those
// ...", "Average Daily Assets shall be the sum of the daily assets ... divided by ..." (a figure defined by how it is
// computed); not "Licence Fees are due", nor "Joint Results shall be the property of both Parties".
const OPENING_DEFINES = /^[ \t]+(?:means|mean|refers|(?:is|are)[ \t]+(?:the|a|an|any|all|each|every|those|considered|deemed|understood|defined)\b|(?:shall|will)[ \t]+(?:mean|have[ \t]+the[ \t]+meaning|refer|be[ \t]+(?:defined[ \t]+as|deemed[ \t]+to[ \t]+mean|the[ \t]+(?:sum|aggregate|total|average|product|quotient)[ \t]+of|equal[ \t]+to|calculated|computed)))\b/;
// First words that open sentences without naming anything: prepositions, conjunctions, adverbs, pronouns and the
// participles that work as prepositions ("Following Completion the Buyer shall"). With NOT_TERM_WORDS (determiners,
// "Notwithstanding", "Upon", "If" ...), which rejects the rest.
const OPENING_NOT_TERM = new Set(
  ['In', 'For', 'On', 'By', 'To', 'At', 'From', 'As', 'Of', 'Following', 'Subject', 'Pursuant', 'Prior', 'Save', 'Despite', 'Between', 'Among', 'Throughout', 'Once', 'Until', 'Since', 'Although', 'Though', 'Because', 'Whether', 'Should', 'Regarding', 'Concerning', 'According', 'Excluding', 'Pending', 'Being', 'Having', 'Given', 'Also', 'Further', 'Furthermore', 'However', 'Moreover', 'Accordingly', 'Thereafter', 'Then', 'Thus', 'Our', 'Your', 'His', 'Her', 'We', 'You', 'They', 'It', 'He', 'She', 'There', 'Here', 'Only', 'Both', 'Not', 'Please', 'Dear', 'Yours', 'Very', 'Sincerely', 'Attention', 'Re', 'Like', 'Unlike', 'Apart', 'Absent', 'Against', 'Along', 'Beyond', 'Over', 'Except', 'Instead', 'Otherwise', 'Additionally', 'Similarly', 'Likewise', 'Finally', 'Where', 'Whenever', 'Wherever', 'Why', 'How', 'What', 'Which', 'Who', 'Whom', 'Whose', 'Will', 'Shall', 'May', 'Must', 'Can', 'Do', 'Does', 'Is', 'Are', 'Was', 'Were', 'Has', 'Have'],
);

/**
 * Whether the capital at `c` opens a sentence: after the text's or a line's start (past an item number: "1.2 ",
 * "(a) "), a sentence's end (not an abbreviation's dot), a colon or semicolon, or a bullet, with any closing quotation
 * marks or brackets and emphasis between.
 */
export function opensSentence(text: string, c: number): boolean {
  const j = pastEmphasis(text, c);
  const b = blanksBefore(text, j);
  if (startsLine(text, b)) return true;
  const ch = text.charCodeAt(b - 1);
  if (ch === 8226 || ch === 9642 || ch === 183) return true;
  if (b === j) return false;
  if (itemNumberBefore(text, b)) return true;
  // Closing marks after the sentence's end: '("Karaka"). Covered ...'.
  let e = b;
  while (e > 0 && b - e < 3 && CLOSING_MARKS.includes(text.charCodeAt(e - 1))) e--;
  const end = text.charCodeAt(e - 1);
  if (end === 46) return e >= 2 && !abbreviationDot(text, e - 1, Math.max(0, e - 24));
  return end === 59 || end === 58 || end === 33 || end === 63;
}
const CLOSING_MARKS = [34, 39, 41, 93, 8221, 8217, 42, 95];

/**
 * Whether an item number that opens its line (or the text) ends at `b`, where blanks follow it: "1.2", "(a)", "iv."
 * for opensSentence; for opensLine (`emphasised`), any label of digits, letters, dots and brackets, with emphasis in
 * or around it ("**2.1**", "_(b)_"), as a heading's number is set.
 */
function itemNumberBefore(text: string, b: number, emphasised = false): boolean {
  let l = b;
  const most = emphasised ? 16 : 12;
  while (l > 0 && b - l < most && (isLabelCode(text.charCodeAt(l - 1)) || (emphasised && isEmphasisCode(text.charCodeAt(l - 1))))) l--;
  if (l === b || !(emphasised ? /[0-9a-z]/ : ITEM_NUMBER).test(text.slice(l, b))) return false;
  return startsLine(text, blanksBefore(text, l));
}
const ITEM_NUMBER = /^\(?(?:[0-9]{1,3}(?:\.[0-9]{1,3})*|[a-z]|[ivx]{1,5})[.)]?$/;

/** Where the emphasis ("*", "_", up to three) just before `c` starts: the head opensSentence and opensLine share. */
function pastEmphasis(text: string, c: number): number {
  let j = c;
  while (j > 0 && c - j < 3 && isEmphasisCode(text.charCodeAt(j - 1))) j--;
  return j;
}

/** Whether `b` is the text's start or a line's (just after a line break). */
const startsLine = (text: string, b: number): boolean => b === 0 || text.charCodeAt(b - 1) === 10;

/**
 * Where OPENING_RUN can match: at a capital that opens a sentence, whose word ([A-Z][a-z]+) is followed by a blank or a
 * hyphen and is no opener of OPENING_NOT_TERM. Most capitals fail the first, cheap tests.
 */
function openingRunStarts(text: string, capitals: Int32Array): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < capitals.length; i++) {
    const c = capitals[i] as number;
    // Most capitals are inside a sentence, after a blank and a lower-case word (or a comma): one look back tells.
    const b = blanksBefore(text, c);
    const before = codeAt(text, b - 1);
    if (b < c && (isLowerCode(before) || before === 44)) continue;
    let e = c + 1;
    while (e < text.length && isLowerCode(text.charCodeAt(e))) e++;
    const next = codeAt(text, e);
    if (e === c + 1 || !(isBlankCode(next) || next === 45)) continue;
    // The run's second word is capitalised (after a hyphen, the word's own part is read by the pattern).
    if (next !== 45) {
      let n = e;
      while (n < text.length && isBlankCode(text.charCodeAt(n))) n++;
      const second = codeAt(text, n);
      if (!isUpperCode(second) && second !== 111 && second !== 102) continue;
    }
    if (!opensSentence(text, c) || OPENING_NOT_TERM.has(text.slice(c, e)) || NOT_TERM_WORDS.test(text.slice(c, e))) continue;
    out.push(c);
  }
  return Int32Array.from(out);
}

/**
 * The matches of OPENING_RUN: a run that opens a sentence is its own match (m[0] is the run, where a CANDIDATE match
 * holds its determiner or "|" too). They are few: findUndefinedTerms merges them into the CANDIDATE matches in text
 * order in its own loop (a generator around every candidate match cost ~9M instructions of a fresh 12-contract pass).
 */
function openingMatches(text: string, capitals: Int32Array): RegExpExecArray[] {
  const out = [...matchesAt(text, openingRunStarts(text, capitals), OPENING_RUN), ...matchesAt(text, listMemberStarts(text, capitals), LIST_MEMBER_RUN)];
  return out.sort((a, b) => a.index - b.index);
}

// A run of two to four capitalised words that is a member of a bare list, without a determiner: after a lower-case
// member and a comma, before the next member ("distributors, resellers, Covered Customers and end users"), or an item
// of its own, after a bracketed label, ending with a semicolon ("(c) Covered Customers; and"). It is read as an opening run is (a term when its
// first word is a participle, or when it is met twice and its last word is written in lower case somewhere).
const LIST_MEMBER_RUN = new RegExp(String.raw`(${CAP_WORD}(?:(?:[ \t]+|[ \t]+(?:of|for)[ \t]+)${CAP_WORD}){1,3})(?=,?[ \t]+(?:and|or)[ \t]+[a-z]|,[ \t]+[a-z]|[ \t]*;)`, 'y');

/**
 * Where LIST_MEMBER_RUN can match: at a capital whose word is followed by a blank and a capitalised word, after a
 * lower-case word and a comma, or opening its line past a bracketed item label.
 */
function listMemberStarts(text: string, capitals: Int32Array): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < capitals.length; i++) {
    const c = capitals[i] as number;
    const b = blanksBefore(text, c);
    const before = codeAt(text, b - 1);
    // Most capitals follow a blank and a letter: neither a comma nor a line's opening.
    // An item's label is bracketed ("(c) ", "iv) "): a section's number opens a heading ("7.4 Change Orders;").
    if (b === c || (before !== 44 && before !== 41)) continue;
    let e = c + 1;
    while (e < text.length && isLowerCode(text.charCodeAt(e))) e++;
    if (e === c + 1 || !isBlankCode(codeAt(text, e))) continue;
    let n = e;
    while (n < text.length && isBlankCode(text.charCodeAt(n))) n++;
    if (!isUpperCode(codeAt(text, n))) continue;
    if (before === 44) {
      // The member before the comma is a lower-case word ("resellers, "), not a name ("Lodestar, ").
      let w = b - 1;
      while (w > 0 && isLowerCode(text.charCodeAt(w - 1))) w--;
      if (w === b - 1 || isWordCode(codeAt(text, w - 1))) continue;
    } else if (!opensLine(text, c)) continue;
    if (OPENING_NOT_TERM.has(text.slice(c, e)) || NOT_TERM_WORDS.test(text.slice(c, e))) continue;
    out.push(c);
  }
  return Int32Array.from(out);
}

/** The matches of a global scan of LIST_ENTRY, from the capitals of the text (capitalStarts). */
export function listEntryMatches(text: string, capitals: Int32Array = capitalStarts(text)): Iterable<RegExpExecArray> {
  return matchesAt(text, listEntryStarts(text, capitals), LIST_ENTRY_AT);
}

// Words that are not terms whatever their case or place: determiners and sentence openers ("a Any claim").
const NOT_TERM_WORDS = /^(?:The|A|An|Any|All|Each|Such|Said|This|That|These|Those|No|None|Other|Every|Either|Neither|Without|With|Within|Notwithstanding|Upon|Under|If|Unless|Except|During|After|Before|Provided|Where|When|While|Whereas|Including|Nothing|Except)$/;
// Number words open a written-out amount or count ("each One (1) Year", "a Quarter of the fee"), not a term; later in
// a run they are part of one ("each Contract Quarter", "the Phase Three Trial").
const NUMBER_WORDS = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Thousand|Million|Billion|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Fifteenth|Thirtieth|Half|Quarter)$/;
// The endings of English abstract and plural nouns ("Analysis", "Commencement", "Entrance", "Things"): a word so
// ended is no place or person's name.
const COMMON_NOUN_END = /(?:ment|tion|sion|ance|ence|ancy|ency|ity|sis|ness|ing|ure|ship|ism|[^s]s)$/;
// The kinds of file a program makes, after its name ("the Word template", "the Excel workbook").
const FILE_KIND_AFTER = /^[ \t]+(?:templates?|files?|spreadsheets?|workbooks?|macros?|add-ins?|plug-ins?)\b/;
// A participle: "Founding", "Qualified", "Qualifying".
const PARTICIPLE = /^[A-Z][a-z]+(?:ing|ed)$/;
// Where a run is joined by "of" or "for" ("Net Sales of Licensed Products"): the first such joint.
const OF_JOINT = /[ \t]+(?:of|for)[ \t]+/;
// A run headed by the kind of a document, event or place in time ("the Letter of Credit", "the Statement of Work",
// "the Certificate of Origin", "the Deed of Guarantee"): a term of art whatever follows "of", even where the word after
// it is only ever capitalised (a short agreement may never write "credit" or "work" in lower case).
const INSTRUMENT_HEAD = /^(?:Letters?|Statements?|Certificates?|Deeds?|Bills?|Powers?|Notices?|Proofs?|Memorand(?:um|a)|Plans?|Articles|Forms?|Change|Dates?|Places?|Points?|Periods?|Schedules?|Terms)\b/;
// The last word of a body's named set of rules ("its Commercial Mediation Procedures", "their Expedited Procedures").
const RULE_SET_LAST = /[ \t](?:Procedures|Procedure|Guidelines)$/;
// A body that makes rules of procedure: a name ending with the kind of body, or the short name of an arbitral institution.
const INSTITUTION = /\b(?:[A-Z][a-z]+[ \t]+)+(?:Association|Institute|Institution|Chamber|Cent(?:re|er)|Court|Organi[sz]ation|Commission|Council|Tribunal|Forum|Service)\b|\b(?:AAA|ICC|LCIA|JAMS|WIPO|SIAC|HKIAC|ICDR|CPR|SCC|DIS|CIETAC|FINRA|VIAC|NAI|ACICA|ICSID)\b/;

/** Whether a body that makes rules of procedure (INSTITUTION) is named in the sentence before `at`, within 200 characters. */
function institutionBefore(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 200), at);
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf(';'), window.lastIndexOf('\n'));
  return INSTITUTION.test(stop < 0 ? window : window.slice(stop + 1));
}
// A capitalised word, then "for" or "on", just before the determiner: where a proper name goes on ("... of America for").
const NAME_WORD_JOINT = /\b([A-Z][a-z]+)[ \t]+(?:for|on)[ \t]+$/;
// "the Convention between Japan and the Republic of Korea for the Avoidance of Double Taxation": a treaty's title names
// its parties (countries no list holds) between "Convention" and "for", capitalised words and between, of, the, and.
// Many tax treaties are an "Agreement between" two states ("the Agreement between the People's Republic of China and
// the Federal Republic of Germany for the Avoidance of Double Taxation"), and a name word may end in "'s".
const TREATY_TITLE_JOINT =
  /\b(?:Convention|Treaty|Protocol|Agreement(?=[ \t]+between\b))(?:[ \t]+(?:between|among|of|the|and|[A-Z][a-z]+(?:['’]s)?)){1,12}[ \t]+(?:for|on)[ \t]+$/;
// A word of a name, "on"/"of"/"for"/"against", capitalised words and "and" or "or" just before a run opened by "other".
const NAME_WORD_LIST_OTHER = /\b([A-Z][a-z]+)[ \t]+(?:on|of|for|against)[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}(?:and|or)[ \t]+$/;
// "the" just before a run: a proper name's determiner ("the Declaration of Helsinki").
const THE_BEFORE = /\b[Tt]he[ \t]+$/;
// A capitalised determiner is either at the start of a sentence or part of Title Case text ("$1,000,000 Each Occurrence").
/**
 * Whether `word` (capitalised) stands alone somewhere other than at `except` inside a sentence: followed by a lower-case
 * word or by punctuation, not by another capitalised word, not opening a sentence or a line, not after a determiner or
 * "of"; at least twice. Read for the few terms left at the end, at the word's places among the capitals (WordPlaces).
 */
function standsAlone(text: string, word: string, except: number, wordsAt: WordPlaces): boolean {
  let seen = 0;
  for (const k of wordsAt.of(word)) {
    if (k === except || (k > 0 && isWordCode(text.charCodeAt(k - 1))) || isWordCode(text.charCodeAt(k + word.length))) continue;
    if (!ALONE_AFTER.test(text.slice(k + word.length, k + word.length + 12))) continue;
    const before = text.slice(Math.max(0, k - 8), k);
    if (SENTENCE_BEFORE.test(before) || NOT_ALONE_BEFORE.test(before)) continue;
    // Twice: one capitalised word before a lower-case one may be a slip or jargon ("valuable Promotion services").
    if (++seen === 2) return true;
  }
  return false;
}
// Names that English writes after "the" ("shipped to the Netherlands", "the Crown"): places, and the state as owner.
const THE_NAMES = new Set(['Netherlands', 'Philippines', 'Bahamas', 'Gambia', 'Congo', 'Sudan', 'Ukraine', 'Vatican', 'Hague', 'Maldives', 'Seychelles', 'Caribbean', 'Balkans', 'Baltics', 'Americas', 'Alps', 'Andes', 'Himalayas', 'Gulf', 'Bay', 'Channel', 'Crown', 'Almighty']);
// "the" in lower case before a word, with no capitalised word before it: not a title's "Above the Fold".
const THE_ALONE_BEFORE = /(?<![A-Z][A-Za-z'’]*[ \t]+)(?<![A-Za-z])the[ \t]+$/;
// What may follow a term that ends where it stands: punctuation, a possessive, the line's end, or a small word or a verb of the
// sentence ("the Territory shall", "outside the Territory and"), not a lower-case noun the word qualifies ("the Gulf
// coast", "the Fc gamma receptor"), nor "of" and a capital that goes on with a name ("the Gulf of Mexico").
const TERM_ENDS_AFTER = /^(?:["”’']?[ \t]*[,.;:()]|['’]s\b|[ \t]*(?:\r?\n|$)|[ \t]+(?:and|or|nor|shall|will|may|must|can|cannot|would|should|could|might|is|are|was|were|be|has|have|had|does|do|did|to|in|into|for|by|with|from|under|within|without|as|that|which|who|during|at|on|upon|after|before|except|than|if|unless|where|when|including|provided|not|outside|throughout|against|between|through|of(?![ \t]+(?:the[ \t]+)?[A-Z]))\b)/;

/** Whether text[start, end) stands alone on its line, blanks aside: a label ("Defendant" under a party's name in a court order's heading). */
function aloneOnLine(text: string, start: number, end: number): boolean {
  const b = blanksBefore(text, start);
  let e = end;
  while (isBlankCode(codeAt(text, e)) || codeAt(text, e) === 13) e++;
  return startsLine(text, b) && (e === text.length || text.charCodeAt(e) === 10);
}

/**
 * Whether one capitalised word is used as a term though never written in lower case ("Beta may sell Licensed Products
 * in the Territory", "throughout the Territory"): "the" and the word alone, twice inside sentences (not in a heading),
 * where a term ends. Not a word the agreement quotes anywhere (a definition not read: '("the Arena")'), says is
 * defined elsewhere ("its initial Registrar (as such term is defined in the Indenture)"), sets alone on a line (a
 * label: "Defendant" under a party's name in a court order's heading), nor a name written after "the" (THE_NAMES).
 * Read for the few one-word terms left, at the word's places (WordPlaces).
 */
function usedAsTheTerm(text: string, word: string, wordsAt: WordPlaces): boolean {
  if (THE_NAMES.has(word) || quotedSomewhere(text, word, true) || text.includes(`"the ${word}`) || text.includes(`\u201cthe ${word}`)) return false;
  let seen = 0;
  for (const k of wordsAt.of(word)) {
    const end = k + word.length;
    if (isWordCode(codeAt(text, k - 1)) || isWordCode(codeAt(text, end))) continue;
    const after = text.slice(end, end + 60);
    if (DEFINED_BY_REFERENCE.test(after) || aloneOnLine(text, k, end)) return false;
    if (THE_ALONE_BEFORE.test(text.slice(Math.max(0, k - 30), k)) && TERM_ENDS_AFTER.test(after) && !inHeadingLine(text, k) && !inRunInHeading(text, k, end)) seen++;
  }
  return seen >= 2;
}
// After a run met once at a sentence's opening: a modal, or a form of be, have or do ("Licence Fees are due").
const ONCE_VERB_AFTER = /^[ \t]+(?:shall|will|may|must|can|cannot|could|should|would|might|has|have|had|does|do|did|is|are|was|were)\b/;

/**
 * Whether a run that opens a sentence is a heading run into it without a stop before its subject: "Reserved Rights
 * Licensor shall retain ...", where the words after the heading ("Licensor") are a term of their own (counted in
 * `counts`, by termKey) that is a subject elsewhere, after a determiner and before a modal ("the Licensor may"). Not
 * "Accounts Receivable shall ..." beside "any Receivables in default": there the last word is no subject.
 */
function headingRunIn(text: string, term: string, start: number, counts: ReadonlyMap<string, number>, wordsAt: WordPlaces): boolean {
  // A heading opens its clause: a run after a sentence's full stop inside a paragraph is that sentence's subject
  // ("... of Schedule 1. Licence Fees are due ..." beside "the Fees shall be paid").
  if (!opensLine(text, start)) return false;
  const words = term.split(' ');
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (w === 'of' || w === 'for' || words[i - 1] === 'of' || words[i - 1] === 'for') continue;
    const tail = words.slice(i).join(' ');
    if (!counts.has(termKey(tail))) continue;
    for (const k of wordsAt.of(w)) {
      if (!text.startsWith(tail, k) || !SUBJECT_DETERMINER_BEFORE.test(text.slice(Math.max(0, k - 6), k))) continue;
      if (ONCE_VERB_AFTER.test(text.slice(k + tail.length, k + tail.length + 10))) return true;
    }
  }
  return false;
}
/**
 * Whether the capital at `c` opens its line, past emphasis and an item number ("3.4 ", "(b) ", "**2.1** "), or follows a
 * gap of three blanks or more (where EDGAR joined a heading's line to the text after it): where a heading stands.
 */
export function opensLine(text: string, c: number): boolean {
  const j = pastEmphasis(text, c);
  const b = blanksBefore(text, j);
  if (startsLine(text, b) || j - b >= 3) return true;
  return b < j && itemNumberBefore(text, b, true);
}
const SUBJECT_DETERMINER_BEFORE = /\b(?:[Tt]he|[Ee]ach|[Ss]uch|[Aa]ny)[ \t]+$/;

// A determiner before it (used as a term: "the Kit is"), or "of" (the end of a longer name: "Point of Entrance").
const NOT_ALONE_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Aa]ny|[Ee]ach|[Ss]uch|[Ss]aid|[Aa]ll|of)[ \t]+$/;
// After a word standing alone: a lower-case word (not "of", which goes on with a name, nor "and"/"or" before another
// capitalised word: "Entrance and Exit Points") or closing punctuation.
const ALONE_AFTER = /^(?:[ \t]+(?!of\b|(?:and|or)[ \t]+[A-Z])[a-z]|[,;)])/;
const SENTENCE_BEFORE = /(?:^|[.;:!?(\]\n•▪·]|\n[ \t]*[*-])["”')]*[ \t]*$/;

// The agreement's duration words, and what a sentence says of them when it states the term: when it starts or how long
// it runs ("of this Agreement shall commence on", "will be 3 years", "shall continue for a period of five (5) years").
const DURATION_TERM = /^(?:(?:Initial|Renewal|Original|Extended)[ \t]+)?Term$/;
const STATES_TERM = /^(?:[ \t]+of[ \t]+this[ \t]+(?:Agreement|Contract|License|Licence))?[ \t]+(?:shall|will|is[ \t]+to)[ \t]+(?:commence|begin|start|run|continue|be[ \t]+(?:for[ \t]+)?(?:an?[ \t]+(?:period|term)[ \t]+of[ \t]+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty)\b)/;

/**
 * Whether a sentence opened by "The <term>" states the term ("The Term of this Agreement shall commence on the
 * Effective Date and continue for one year", "A. The Term will be 3 years from Effective Date"): it defines the
 * agreement's duration as 'Term. The Term ...' under its heading does (headedBy). `start`: where the term is written.
 */
function statesTheTerm(text: string, start: number, term: string, after: string): boolean {
  return DURATION_TERM.test(term) && STATES_TERM.test(after) && text.startsWith('The', start - 4) && /\s/.test(text[start - 1] ?? '') && opensSentence(text, start - 4);
}

/**
 * Whether text[from, at) ends with `term` and ". ", ".\n" or ": ", a heading that names the term ("4.1 Term. The Term
 * of ..."), as the slice's endsWith would tell, without building the slice or the three endings.
 */
function headedBy(text: string, from: number, at: number, term: string): boolean {
  const start = at - term.length - 2;
  if (start < from) return false;
  const mark = text.charCodeAt(at - 2);
  const next = text.charCodeAt(at - 1);
  return ((mark === 46 && (next === 32 || next === 10)) || (mark === 58 && next === 32)) && text.startsWith(term, start);
}

/**
 * Which of `keys` the text writes in lower case (by termKey): a whole word that is one of `forms` (lower case), or one
 * with "s" or "es" after it, as written. Forms of ASCII letters and digits are read at the word runs (model/words.ts) so
 * spelt whose letters have no "_" after them, where the \b the pattern below needs holds at both ends; one global
 * pattern of all the forms tried every character of the text (37-67 ms a CUAD dev pass). A form with another character
 * ("wi-fi") spans runs: then the pattern is used. Either way it stops once every key has been seen.
 */
export function keysInLowerCase(text: string, index: WordIndex, forms: ReadonlySet<string>, keys: ReadonlySet<string>): Set<string> {
  const lower = new Set<string>();
  if ([...forms].every((f) => LETTERS_AND_DIGITS.test(f))) {
    for (const at of wordRunStarts(text, index, [...forms].flatMap((f) => [f, `${f}s`, `${f}es`]))) {
      let end = at + 1;
      while (end < text.length && isAlnumCode(text.charCodeAt(end))) end++;
      if (text.charCodeAt(end) === 95) continue;
      const key = termKey(text.slice(at, end));
      if (!keys.has(key)) continue;
      lower.add(key);
      if (lower.size === keys.size) break;
    }
    return lower;
  }
  // The word start is checked by hand (a leading \b is tried at every position).
  const pattern = new RegExp(`(?:${[...forms].sort().map(escapeRegExp).join('|')})(?:s|es)?\\b`, 'g');
  for (let m = pattern.exec(text); m !== null && lower.size < keys.size; m = pattern.exec(text)) {
    if (m.index > 0 && isWordCode(text.charCodeAt(m.index - 1))) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    const key = termKey(m[0]);
    if (keys.has(key)) lower.add(key);
  }
  return lower;
}
const LETTERS_AND_DIGITS = /^[a-z0-9]+$/;

/**
 * The keys (termKey) of `terms` whose capitals only slipped in: the text writes the term capitalised once at most, in
 * the singular or the plural, besides where it opens a sentence or a heading, and as a whole in lower case elsewhere ("performance of" beside one "The Performance of",
 * "prime contract" beside one "the Prime contract usage fee"). Read at the word runs spelt as a term's first letters (up
 * to a hyphen), as written and in lower case: one walk over the runs for all the terms.
 */
function capitalSlips(text: string, index: WordIndex, terms: readonly string[]): Set<string> {
  const byFirst = new Map<string, { key: string; words: number; capitals: number; lower: number }[]>();
  for (const term of terms) {
    const first = /^[A-Za-z0-9]+/.exec(term)?.[0] ?? '';
    if (first === '') continue;
    const entry = { key: termKey(term), words: term.split(' ').length, capitals: 0, lower: 0 };
    for (const form of new Set([first, first.toLowerCase()])) {
      const list = byFirst.get(form) ?? [];
      list.push(entry);
      byFirst.set(form, list);
    }
  }
  for (const at of wordRunStarts(text, index, [...byFirst.keys()])) {
    let end = at;
    while (end < text.length && isAlnumCode(text.charCodeAt(end))) end++;
    for (const entry of byFirst.get(text.slice(at, end)) ?? []) {
      WORD_PHRASE.lastIndex = at;
      const m = WORD_PHRASE.exec(text.slice(0, at + entry.key.length * 2 + 8));
      if (m === null) continue;
      const words = m[0].split(/[ \t]+/).slice(0, entry.words);
      const phrase = words.join(' ');
      if (words.length !== entry.words || termKey(phrase) !== entry.key) continue;
      if (phrase === phrase.toLowerCase()) entry.lower++;
      // A capital that opens a sentence or a heading ("1.3 Performance Objectives.") is the sentence's, not the term's.
      else if (!opensSentence(text, at)) entry.capitals++;
    }
  }
  const out = new Set<string>();
  for (const list of byFirst.values()) for (const { key, capitals, lower } of list) if (capitals <= 1 && lower > 0) out.add(key);
  return out;
}
// The terms an agreement defines for its own dates, duration, field and territory (termKey's keys).
const AGREEMENT_PARAMETERS: ReadonlySet<string> = new Set(['term', 'initial term', 'renewal term', 'effective date', 'commencement date', 'execution date', 'closing date', 'expiration date', 'expiry date', 'field', 'field of use', 'territory']);
// Words joined by blanks (a hyphen inside a word), from where it is tried.
const WORD_PHRASE = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:[ \t]+[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)*/y;
const isAlnumCode = (c: number): boolean => isLetterCode(c) || (c >= 48 && c <= 57);

/** A term's key (termKey) without its hyphens and spaces: "Know-how", "Know how" and "Knowhow" are one. */
const unspaced = (term: string): string => termKey(term.replace(/[-\s]+/g, ' ')).replace(/ /g, '');

/** Lower-case key of a term, with its last word reduced to a singular, so that "Licensed Patent(s)" match. */
export function termKey(term: string): string {
  const lower = term.toLowerCase();
  // Callers pass words joined by single spaces: the replace is for any other white space.
  const t = /[^\S ]| {2}/.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
  // An abbreviation's plural ("Licensed APIs", "IPRs"), where "is" would keep it whole ("Basis").
  const n = term.length;
  if (n > 2 && term.charCodeAt(n - 1) === 115 && isUpperCode(term.charCodeAt(n - 2)) && isUpperCode(term.charCodeAt(n - 3))) return t.slice(0, -1);
  // A plural inside the term: the head noun before "of" or "for" ("Statements of Work", "Rights of First Refusal") or
  // before an adjective that follows its noun ("Related Bodies Corporate", "Attorneys General").
  const space = t.lastIndexOf(' ');
  if (space > 0) {
    const inner = POSTPOSITIVE.has(t.slice(space + 1)) ? space : innerJoint(t);
    if (inner > 0) return `${singular(t.slice(0, inner))}${inner === space ? t.slice(inner) : singular(t.slice(inner))}`;
  }
  return singular(t);
}

/** Adjectives that follow their noun in terms of English law and drafting: the noun before them carries the plural. */
const POSTPOSITIVE = new Set(['corporate', 'general', 'public', 'martial', 'designate', 'elect', 'politic']);
const isUpperCode = (c: number): boolean => c >= 65 && c <= 90;

/** Where " of " or " for " is in a lower-case term (the first), or -1. */
function innerJoint(t: string): number {
  const of = t.indexOf(' of ');
  const fo = t.indexOf(' for ');
  return of < 0 ? fo : fo < 0 ? of : Math.min(of, fo);
}

/** The singular of a lower-case term's last word. */
function singular(t: string): string {
  // By endsWith rather than a regex per rule: this runs for every prefix and suffix of every known name.
  if (t.length > 4 && t.endsWith('ies')) return `${t.slice(0, -3)}y`;
  if (t.endsWith('ss') || t.endsWith('us') || t.endsWith('is')) return t;
  if (t.endsWith('sses') || t.endsWith('shes') || t.endsWith('ches') || t.endsWith('xes')) return t.slice(0, -2);
  if (t.length > 3 && t.endsWith('s')) return t.slice(0, -1);
  return t;
}

/** "Joint Steering Committee" -> "JSC" (for words of two or more; one word has no acronym). */
function initials(words: readonly string[]): string {
  const caps = words.filter((w) => /^[A-Z]/.test(w));
  return caps.length >= 2 ? caps.map((w) => w[0]).join('') : '';
}

/**
 * Record a known name: `whole` gets its key, `parts` the keys of its word-prefixes and word-suffixes ("the Licensed"
 * before a lower-case word, "the Patents" for "Licensed Patents"), and for a party any run of up to four of its words
 * ("Silicon Smelters" in "Silicon Smelters (Pty) Ltd") in `runs`.
 */
function addKnown(whole: Set<string>, parts: Set<string>, name: string, runs?: Set<string>, heads?: Set<string>): void {
  const words = name.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length === 0) return;
  whole.add(termKey(words.join(' ')));
  for (let i = 1; i < words.length; i++) {
    parts.add(termKey(words.slice(0, i).join(' ')));
    parts.add(termKey(words.slice(i).join(' ')));
  }
  if (runs) for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= Math.min(words.length, i + 4); j++) runs.add(termKey(words.slice(i, j).join(' ')));
  // A name joined by "and" may be two ("AFFILIATE AND CHASE", read as one party): each opens a name.
  if (heads) for (let i = 0; i < words.length; i++) if (i === 0 || /^(?:and|&)$/i.test(words[i - 1] as string)) for (let j = i + 1; j <= Math.min(words.length, i + 4); j++) heads.add(termKey(words.slice(i, j).join(' ')));
}

// The small words of a title ("Grant of the License", "Termination as a Result of Bankruptcy", "Rights upon Expiry").
const TITLE_SMALL_WORDS = 'of|the|and|or|for|to|in|on|by|with|a|an|as|at|its|from|upon|under';
// A lower-case word longer than those: no heading has one.
const NOT_TITLE_WORD = new RegExp(String.raw`\b(?!(?:${TITLE_SMALL_WORDS})\b)[a-z]{2,}`);

/** Whether the line around `at` is a short heading line (no sentence punctuation at its end), scanning at most ~160 chars. */
function inHeadingLine(text: string, at: number): boolean {
  let s = at;
  while (s > 0 && at - s < 160 && text[s - 1] !== '\n') s--;
  let e = at;
  while (e < text.length && e - at < 160 && text[e] !== '\n') e++;
  if ((s > 0 && text[s - 1] !== '\n') || (e < text.length && text[e] !== '\n')) return false;
  const line = text.slice(s, e).trim();
  // A short heading may end with a full stop ("Modifications in the Long Term."); a longer line ending so is a sentence.
  // A list's item ends with a semicolon or a comma, before "and" or "or" too ("(b) Approved Resellers; and"): no heading.
  if (line.length > 120 || /(?:[;:,]|[;,][ \t]+(?:and|or))["”)]*$/.test(line) || (line.length > 60 && /\.["”)]*$/.test(line))) return false;
  return !NOT_TITLE_WORD.test(line);
}

// Title Case words, small words and list punctuation: the words of a heading.
const TITLE_WORDS = new RegExp(String.raw`^(?:[\s;,&]|[A-Z][\w'’-]*|(?:${TITLE_SMALL_WORDS})\b)*$`);

// The rest of a run-in heading after a run inside it, up to its stop and the sentence after it: " to Corvane. The
// Parties ..." of "3.4 Consideration for the License to Corvane. The Parties acknowledge ...".
const HEADING_GOES_ON = new RegExp(String.raw`^(?:[ \t]+(?:[A-Z][\w'’-]*|(?:${TITLE_SMALL_WORDS})\b)){1,6}[.:][ \t]+[A-Z]`);

/**
 * Whether the run ends a run-in heading ("8. Indemnity; Insurance; and Assumption of the Risk. SDBF agrees ..."), or
 * stands inside one that goes on in Title Case to its stop and a sentence ("3.4 Consideration for the License to
 * Corvane. The Parties ...").
 */
function inRunInHeading(text: string, start: number, end: number): boolean {
  // It ends at a full stop or colon, at the end of its line, or where the next numbered heading of a run-together
  // table of contents starts ("3.3.1 Guidelines for the Analysis of the Client 3.3.2 ...").
  if (text[end] !== '.' && text[end] !== ':' && !/^[ \t]*(?:\n|\d+(?:\.\d+)+)/.test(text.slice(end, end + 12)) && !HEADING_GOES_ON.test(text.slice(end, end + 80))) return false;
  // Back to the number that opens the heading or to the line start, at most 100 characters.
  const from = Math.max(0, start - 100);
  const before = text.slice(from, start);
  // At a line start, the heading's number is skipped too ("\n13.3 Termination as a Result of Bankruptcy.").
  const open = /(?:^|\n[ \t]*(?:(?:\d+(?:\.\d+)*\.?|\(?[a-z]{1,3}\)|[A-Z]\.)[ \t]+)?|(?:^|\s)(?:\d+(?:\.\d+)*\.?|\(?[a-z]{1,3}\)|[A-Z]\.)[ \t]+)(?=[^\n]*$)/.exec(before);
  if (!open || (open.index === 0 && from > 0 && !/^\s*(?:\d+(?:\.\d+)*\.?|\(?[a-z]{1,3}\))[ \t]/.test(before))) return false;
  return TITLE_WORDS.test(before.slice(open.index + open[0].length));
}

/**
 * Capitalised terms used after a determiner that are not defined. `defined` is every defined term; `parties` the
 * parties with their aliases. One pass of CANDIDATE; each candidate costs a few set lookups and, for the rare
 * survivors, a bounded look at its line.
 */
export function findUndefinedTerms(text: string, defined: Iterable<string>, parties: readonly Party[], locate: ClauseLocator, capitals?: Int32Array, words: WordIndex = wordIndex(text)): UndefinedTerm[] {
  // "Capitalized terms used but not defined herein have the meanings given in the Purchase Agreement": the terms
  // may be defined in that other document, so none can be called undefined here.
  if (incorporatesTerms(text)) return [];
  const known = new Set<string>();
  const knownParts = new Set<string>();
  // Runs of the words of the parties' names: known alone or before other words ("the Acme Products"), but one word at
  // the end of a run ("Technology" of "Hengtai Motor Control Technology Co., Ltd.") does not make "the Licensed
  // Technology" a known term when "Licensed" heads a defined term.
  const partyRuns = new Set<string>();
  // The runs that open a party's name ("Kestrel", "Kestrel Advanced"): only these, before other words, name something
  // of that party ("the Kestrel Products"); a later word of the name opens a term as any word does ("a Packaging
  // Subcontractor" beside "KESTREL ADVANCED PACKAGING, INC.").
  const partyHeads = new Set<string>();
  // "PDE" defined: "a Primary Detail Equivalent" spells it out, it is not a new term.
  const acronyms = new Set<string>();
  // The defined terms as spelt, with those defined unquoted below (list entries, inline brackets, "X shall mean"): a
  // term left that differs from one only by a hyphen or a space is that term misspelt.
  const definedList: string[] = [];
  // Whether `term` is a defined term but for a hyphen or a space, by the defined terms' keys without them (made again
  // when the list has grown: a few terms are found defined on the way).
  let unspacedDefined = new Set<string>();
  let unspacedCount = -1;
  const misspeltDefined = (term: string): boolean => {
    if (unspacedCount !== definedList.length) {
      unspacedDefined = new Set(definedList.map(unspaced));
      unspacedCount = definedList.length;
    }
    return unspacedDefined.has(unspaced(term));
  };
  for (const t of defined) {
    definedList.push(t);
    addKnown(known, knownParts, t);
    if (/^[A-Z]{2,6}$/.test(t)) acronyms.add(t);
  }
  for (const p of parties) for (const n of [p.name, ...p.aliases]) addKnown(known, knownParts, n.replace(/[^A-Za-z0-9&'-]+/g, ' '), partyRuns, partyHeads);
  // Keyed by termKey, so that "Annual Payment" and "Annual Payments" are one term (first spelling wins).
  const found = new Map<string, { term: string; start: number; end: number }>();
  const counts = new Map<string, number>();
  const rejected = new Set<string>();
  // Most candidates repeat ("the Licensee", "the Products"): their spelling and key are worked out once.
  const spellings = new Map<string, { term: string; key: string; length: number; party?: true }>();
  // "(Receiving Party)", "(collectively, the Deliverables)": inline definitions whose quotes were lost or never typed.
  for (const m of matchesAt(text, inlineOpenings(text), UNQUOTED_INLINE_AT)) {
    const term = (m[1] as string).replace(/\s+/g, ' ');
    definedList.push(term);
    known.add(termKey(term));
  }
  // One walk over the word runs finds where the scans below start: " occur", the set-up verbs, "this".
  const marks = wordRunStarts(text, words, MARK_WORDS);
  for (const term of [...termsDefinedByOccurrence(text, marks), ...termsReferredToAs(text), ...termsEstablished(text, words, marks), ...termsInTables(text)]) known.add(termKey(term));
  const caps = capitals ?? capitalStarts(text);
  // One word known only as a list entry is most often a run-in caption ("5.2 Release. The Escrow Agent shall ..."): it
  // names its section, and does not make a longer run that opens or ends with it a known name ("the Release Event").
  const captionWords = new Set<string>();
  for (const m of listEntryMatches(text, caps)) {
    const term = (m[1] as string).replace(/\s+/g, ' ');
    const key = termKey(term);
    // A caption of two words or more that its first sentence uses ("7.1 Change of Control. If Telvio undergoes a Change
    // of Control, ...") defines nothing: the term is read as any other.
    if (key.includes(' ') && !known.has(key) && captionUsedAfter(text, m.index + m[0].length, term)) continue;
    if (!key.includes(' ') && !known.has(key)) captionWords.add(key);
    else definedList.push(term);
    known.add(key);
  }
  // The instrument's name for itself: "THIS DEED is dated", "this Deed" make "the Deed" the document, as "the Agreement" is.
  for (const name of selfNames(text, marks)) known.add(termKey(name));
  // The terms used after a determiner (or in a table cell) somewhere: one only ever found opening a sentence is taken
  // for a term by its words (see below).
  const afterDeterminer = new Set<string>();
  // The CANDIDATE matches and the opening runs in text order (a CANDIDATE match first where both start at one index).
  const openingRuns = openingMatches(text, caps);
  const candidates = candidateMatches(text, caps)[Symbol.iterator]();
  let candidate = candidates.next();
  let nextOpening = 0;
  for (;;) {
    let m: RegExpExecArray;
    const o = openingRuns[nextOpening];
    if (o !== undefined && (candidate.done === true || o.index < candidate.value.index)) {
      m = o;
      nextOpening++;
    } else if (candidate.done !== true) {
      m = candidate.value;
      candidate = candidates.next();
    } else break;
    const raw = m[1] as string;
    const opening = m[0].length === raw.length;
    let spelling = spellings.get(raw);
    if (spelling === undefined) {
      const squashed = raw.replace(/\s+/g, ' ');
      spelling = { term: squashed, key: termKey(squashed), length: raw.length };
      // "the Net Sales of Licensed Products": a known term after "of"/"for" is not part of a longer name; the words
      // before it are the candidate when they are two or more ("the Point of Delivery" names a point, not a "Point").
      // So is the word for a party: "the Licensed Technology of Party A" uses "Licensed Technology".
      const joint = OF_JOINT.exec(raw);
      const tail = joint === null ? '' : raw.slice(joint.index + joint[0].length).replace(/\s+/g, ' ');
      if (joint !== null && /[ \t]/.test(raw.slice(0, joint.index)) && (known.has(termKey(tail)) || partyRuns.has(termKey(tail)) || PARTY_WORDS.test(tail))) {
        const head = raw.slice(0, joint.index).replace(/\s+/g, ' ');
        spelling = { term: head, key: termKey(head), length: joint.index, ...(PARTY_WORDS.test(tail) ? { party: true as const } : {}) };
      }
      spellings.set(raw, spelling);
    }
    const { term, key } = spelling;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!opening) afterDeterminer.add(key);
    if (rejected.has(key)) continue;
    const start = m.index + m[0].length - raw.length;
    const end = start + spelling.length;
    // What follows the whole run, also when the term is only its head: "the Consolidated List of Persons, Groups and
    // Entities Subject to ..." goes on as a name.
    // After "of Party", the party's letter ("Party A") is part of the run, not a name going on ("the Series A").
    const runEnd = start + raw.length + (spelling.party ? (/^[ \t]+[A-Z](?![A-Za-z0-9])/.exec(text.slice(start + raw.length, start + raw.length + 8))?.[0].length ?? 0) : 0);
    const after = text.slice(runEnd, runEnd + 60);
    // A count's run: a unit of time alone is counted, not named ("an initial term of 10 Years", "thirty (30) Days"); after
    // figures alone, a run is a use only in the plural and where no place goes on after a comma: a street number opens
    // an address ("located at 1 Hamada St.", "500 Linden Oaks, Second Floor", "650 Atlantis Rd., Melbourne").
    if (countOpened(m[0]) && (TIME_UNIT.test(term) || (isDigitCode(m[0].charCodeAt(0)) && (!PLURAL_LAST.test(term.split(OF_JOINT)[0] as string) || /^,?[ \t]+[A-Z]|^\.[ \t]*[A-Z]?[a-z]*,/.test(after))))) continue;
    // In a table cell, a run is a use only when the cell goes on in lower case ("| Kit Components sold separately |"):
    // a cell of capitalised words alone is a column's or a row's label ("| Commercial Services |", "| Net Sales |").
    if (m[0].charCodeAt(0) === 124 && (!term.includes(' ') || !/^[ \t]+[a-z]/.test(after))) continue;
    // An opening run defined by its verb ("Net Sales means ...") is a term defined here, unquoted.
    if (opening && OPENING_DEFINES.test(after)) {
      definedList.push(term);
      found.delete(key);
      rejected.add(key);
      continue;
    }
    // A possessive ("a Qualified Foundry's own product lines") is a use of a run of two words or more; one word and
    // "'s" is more often a name ("a Best's rating", "The Physician's Tool").
    if (!term.includes(' ') && (after.startsWith("'s") || after.startsWith('’s'))) continue;
    const beforeFrom = Math.max(0, m.index - 40);
    // Evidence that the term is defined after all, wherever it comes: "the Licensed Product (as defined hereunder)",
    // "4.1 Term. The Term of this Agreement shall be three years" (the section named by the term defines it).
    if ((DEFINED_BY_REFERENCE.test(after) && (!DEFINED_HERE.test(after) || quotedSomewhere(text, term) || setOutBelow(text, runEnd, term))) || spelledOutAbbreviation(after, words0(term)) || NAME_WITH_ABBREVIATION_AFTER.test(text.slice(runEnd, runEnd + 120)) || headedBy(text, beforeFrom, m.index, term) || statesTheTerm(text, start, term, after)) {
      found.delete(key);
      rejected.add(key);
      continue;
    }
    if (found.has(key)) continue;
    const before = text.slice(beforeFrom, m.index);
    const words = term.split(' ');
    if (
      known.has(key) ||
      partyRuns.has(key) ||
      knownParts.has(key) ||
      PARTY_WORDS.test(term) ||
      MONTHS_AND_DAYS.test(term) ||
      COMMON_PROPER.has(term) ||
      NAME_STARTS.has(words[0] as string) ||
      // A research unit's own name ("its Laboratory of Lignocellulosic Bioprocesses", "the Faculty of Agronomy"): the
      // unit's word and 'of' or 'for' open a proper name, as 'University' does.
      (UNIT_STARTS.test(words[0] as string) && (words[1] === 'of' || words[1] === 'for')) ||
      // A public office or body named by its head and what it is over ("the Controller of Patents", "the Registrar of
      // Companies", "the Comptroller-General of Patents", "the Inspector General"): a proper name, not a term.
      publicOffice(words) ||
      // "may use Google Analytics", "the Nasdaq Global Market": a known company's product or body.
      ORGANISATIONS.has((words[0] as string).toLowerCase()) ||
      // "the Seattle Seahawks shall display", "the Goldman Sachs Group": a known body's name of two words or more.
      (words.length >= 2 && opensWithOrganisation(words)) ||
      (words.length >= 2 && (PLACE_NAMES.has(`${words[0]} ${words[1]}`) || PLACE_NAMES.has(words.slice(0, 3).join(' ')))) ||
      // "the Australia-New Zealand double tax agreement", "the US-Hong Kong treaty": places joined by a hyphen.
      (term.includes('-') && hyphenedPlace(term)) ||
      NUMBER_WORDS.test(words[0] as string) ||
      CONDITIONS_PART.test(term) ||
      words.some((w, i) => DOCUMENT_PARTS.has(w) || (NAME_WORDS.has(w) && (i === words.length - 1 || !NAME_ENDS_ONLY.has(w))) || NATIONALITIES.has(w) || NOT_TERM_WORDS.test(w)) ||
      acronyms.has(initials(words)) ||
      // "the Licensed Patent Rights": a defined term followed or preceded by more capitalised words is read as the
      // defined term in a longer name, not as a new term.
      (words.some((_w, i) => {
        if (i === 0) return false;
        const head = termKey(words.slice(0, i).join(' '));
        const rest = termKey(words.slice(i).join(' '));
        // A participle before a defined term makes a kind of it that needs its own definition ("each Founding
        // Member", "a Qualified Foundry"), unless that run is itself a known name. One in quotation marks somewhere
        // is defined in a way not read ('Extended Term(s)', "the other Party ('Acquiring Party')").
        if (i === 1 && known.has(rest) && PARTICIPLE.test(words[0] as string) && !knownParts.has(head)) return known.has(head) || partyRuns.has(head) || quotedSomewhere(text, term, true);
        // One capitalised word before "of" and a defined term names a thing of its own that needs its own definition
        // ("a Change of Control" where only "Control" is defined: is an asset sale one, an indirect change?), as a
        // participle before one does.
        if (i === 2 && words.length === 3 && (words[1] === 'of' || words[1] === 'for') && known.has(rest)) return known.has(head) || quotedSomewhere(text, term, true);
        // A caption's word (captionWords) shields no longer run, but one quoted somewhere is defined.
        const byHead = known.has(head) && !captionWords.has(head);
        const byRest = known.has(rest) && !captionWords.has(rest);
        if ((known.has(head) && !byHead) || (known.has(rest) && !byRest)) if (quotedSomewhere(text, term, true)) return true;
        // A last word of a party's name ends a longer name ("the New Business System" beside "... Processing Systems,
        // Inc."), except after the head of a defined term: "the Licensed Technology" beside "Licensed Patents".
        return byHead || partyHeads.has(head) || byRest || (partyRuns.has(rest) && (i < words.length - 1 || !knownParts.has(head)));
        // ... unless the run is a defined term misspelt: "Licensee Knowhow" where "Licensee Know-how" is defined is no
        // longer name of "Licensee" (a party's alias, or a defined term).
      }) && !misspeltDefined(term))
    ) {
      rejected.add(key);
      continue;
    }
    // Context tests depend on the place, so they reject this occurrence only. A run of two words or more "of the" a
    // defined term or a party's name goes on with no name: it is used of it ("no Valid Claim of the Licensed Patents"),
    // where "the Bank of the West" goes on as one. (One word may head a caption: "Attacks on the Use of the Franchisor
    // Property.")
    if (NAME_CONTINUES.test(after) && !(term.includes(' ') && ofKnown(after, known, partyHeads))) continue;
    // "Avenue of the Americas", "Office of the Commissioner": the run ends a longer name.
    if (/[A-Z][a-z]+[ \t]+of[ \t]+$/.test(before)) continue;
    // "create the Word template", "an Excel spreadsheet": one word before the kind of file it makes is a program's name.
    if (!term.includes(' ') && FILE_KIND_AFTER.test(after)) continue;
    // "the Convention between Japan and the United States of America for the Avoidance of Double Taxation", "the
    // Convention on the Grant of European Patents": after a word of a name and "for" or "on", the run goes on with it.
    const joint = NAME_WORD_JOINT.exec(before);
    if (joint !== null && (NAME_WORDS.has(joint[1] as string) || TREATY_TITLE_JOINT.test(text.slice(Math.max(0, m.index - 160), m.index)))) continue;
    // "the Federal Act on Cartels and other Restraints of Competition": "other" goes on with a title's own words.
    if (m[0].startsWith('other')) {
      const title = NAME_WORD_LIST_OTHER.exec(before);
      if (title !== null && NAME_WORDS.has(title[1] as string)) continue;
    }
    // A capitalised determiner opens a sentence ("The Licensee shall", also after an item number: "2.1 The Licensee
    // shall") or is Title Case ("$1,000,000 Each Occurrence").
    if (!opening && /^[A-Z]/.test(m[0]) && !SENTENCE_BEFORE.test(before.slice(-8)) && !(blanksBefore(text, m.index) < m.index && itemNumberBefore(text, blanksBefore(text, m.index)))) continue;
    // An opening run whose last word opens sentences is a heading run into the sentence after it ("Commercialization
    // Subject to Article 10.3", "Execution Version Certain identified information has been excluded").
    if (opening && (OPENING_NOT_TERM.has(words[words.length - 1] as string) || NOT_TERM_WORDS.test(words[words.length - 1] as string) || words[words.length - 1] === 'Certain')) continue;
    // "Martin Resource Management Corporation, its Sole Member": a possessive after a comma names a role of the name
    // before it (a signature block's title, an appositive), not a term.
    if (/^(?:[Ii]ts|[Tt]heir)[ \t]/.test(m[0]) && /,[ \t]*$/.test(before)) continue;
    // "administered by the American Arbitration Association under its Commercial Mediation Procedures": the rules of
    // procedure of a body named just before, in the same sentence, are that body's, named as it names them.
    if (/^(?:[Ii]ts|[Tt]heir)[ \t]/.test(m[0]) && RULE_SET_LAST.test(term) && institutionBefore(text, m.index)) continue;
    // "With a Copy to:", "Subject to the Terms Of": a capitalised small word before the determiner is Title Case.
    if (/\b(?:With|To|For|Of|In|On|By|At|From|And|Or|Under|Upon)[ \t]+$/.test(before)) continue;
    if (inHeadingLine(text, start) || inRunInHeading(text, start, end)) continue;
    found.set(key, { term, start, end });
  }
  // A single word never written in lower case is a name ("Mitsubishi", "Methylotroph"), not a common noun capitalised
  // as a term ("the Software", with "software" elsewhere). So is "the X of Y" when no word of Y is ever written in
  // lower case and Y does not end like a common noun: Y names a place, a person or a body ("the Declaration of
  // Helsinki", "the Superintendence of Finance of Colombia"), where "the Certificate of Analysis", "the Date of
  // Commencement" and "the Internet of Things" are terms even where their last word is only ever capitalised. One pass
  // of one pattern of those words looks them up.
  // "Executive Order 11246", "Directive 2001/29": an official number after the run anywhere names one instrument, and
  // "the Executive Order" refers back to it. Read for the few terms left, from the places where an official number
  // follows a word (found once, when a term first asks) and the places of their first words.
  let sites: number[] | undefined;
  const officialSites = (): readonly number[] => (sites ??= officialNumberSites(text, words));
  let domains: number[] | undefined;
  const domainsOf = (): readonly number[] => (domains ??= domainSites(text));
  const wordsAt = new WordPlaces(text, caps);
  let openings: number[] | undefined;
  const clauseOpenings = (): readonly number[] => (openings ??= clauseOpeningEnds(text));
  // The document's trademark signs (most hold none): one scan, when a term is left, spares every term left its
  // whole-text scans. (A quoted term defined by what it is or includes, '"Hazardous Conditions" are any materials ...',
  // is among `defined`: the definitions reader reads it.)
  let signs: number[] | undefined;
  const signsOf = (): readonly number[] => (signs ??= signSites(text));
  // A heading may name the term in the plural: "1. Licensed Patents" over the list of each party's patent families says
  // what "a Licensed Patent" is, as "1. Licensed Patent" would.
  const headed = (term: string): boolean => headsAClause(text, term, clauseOpenings) || headsAClause(text, pluralOf(term), clauseOpenings);
  // The document's title names the document or the programme it sets up ("# OPEN VEHICLE PATENT COMMONS", then "joins
  // the Open Vehicle Patent Commons"): a name, as the agreement's own is.
  const titles = titleLines(text);
  for (const [key, f] of found) if (titles.has(f.term.toUpperCase()) || numberedSomewhere(text, f.term, officialSites) || namesCompanyProduct(text, f.term, wordsAt) || namesProductElsewhere(text, f.term, domainsOf) || headed(f.term) || trademarked(text, f.term, signsOf()) || DOCUMENT_AFTER.test(text.slice(f.end, f.end + 16))) found.delete(key);
  // A term capitalised once that the document writes in lower case elsewhere ("to cover the Prime contract usage fee"
  // beside "a third party's prime contract", "The Performance of any Non-Covered Services" beside "the performance of
  // Services"): its capital slipped in, and the drafter uses the words as ordinary words.
  // Not the agreement's own dates, term, field and territory: capitalised, "during the Term", "outside the Field" point
  // the reader to a definition, however often the ordinary word is written elsewhere ("the term of any licence").
  const once: string[] = [];
  for (const [key, f] of found) if ((counts.get(key) ?? 1) === 1 && !AGREEMENT_PARAMETERS.has(key)) once.push(f.term);
  if (once.length > 0) for (const key of capitalSlips(text, words, once)) found.delete(key);
  const nameWords = new Map<string, readonly string[]>();
  for (const [key, f] of found) {
    if (!f.term.includes(' ')) {
      // One word never written in lower case is still a term where the agreement writes it as one: "the Territory",
      // twice inside sentences, as a term ends (usedAsTheTerm).
      if (!usedAsTheTerm(text, f.term, wordsAt)) nameWords.set(key, [f.term]);
    }
    else if (!f.term.includes(' of ') && standsAlone(text, f.term.slice(0, f.term.indexOf(' ')), f.start, wordsAt)) {
      // "the Bluetooth Core Specification", with "Wi-Fi and Bluetooth combination chipsets" elsewhere: a first word
      // that also stands alone, capitalised, inside a sentence is a name (a brand, a body), and so is the run, unless
      // that word is ever written in lower case ("the Withholding Certificate" stays a term).
      nameWords.set(key, [f.term.slice(0, f.term.indexOf(' '))]);
    } else if (!f.term.includes(' of ') && PRODUCT_LAST.test(f.term)) {
      // "the Apple App Store", "the Google Play Store", "the Salesforce AppExchange Marketplace": a run that ends with
      // the kind of product it is and opens with a word never written in lower case (a company's name) is that
      // company's product; "the Partner Store" beside "a partner" stays a term.
      nameWords.set(key, [f.term.slice(0, f.term.indexOf(' '))]);
    } else {
      const of = f.term.lastIndexOf(' of ');
      const name = f.term.slice(of + 4);
      if (of > 0 && !COMMON_NOUN_END.test(name) && !INSTRUMENT_HEAD.test(f.term) && THE_BEFORE.test(text.slice(Math.max(0, f.start - 5), f.start))) nameWords.set(key, name.split(' '));
    }
  }
  // A run only ever met opening a sentence ("Covered Distributions made before ...") is a term when its first word is a
  // participle ("Covered", "Licensed", "Excluded"), or when it opens two sentences or more and its last word is a common
  // noun, written in lower case somewhere ("Licence Fees shall ..." beside "any fees"): one capitalised run met once is
  // as often a name ("Jane Doe will ...") or a notice ("Confidential Materials omitted and filed separately ..."). Nor
  // when its last word stands alone elsewhere, capitalised inside sentences: that word is a name the sentence opens
  // with, after a heading run into it ("Restrictions Licensee may extend ...", with "Licensee shall" elsewhere).
  // A run met once is a term when it is made of common words, each written in lower case somewhere though never the
  // run as a whole ("Licence Fees are due ..." beside "the licence granted" and "any fees"), and a modal or a form of
  // be, have or do follows it (not a participle: "Confidential Materials omitted and filed separately ...").
  const headWords = new Map<string, string>();
  const onceWords = new Map<string, readonly string[]>();
  for (const [key, f] of found) {
    if (afterDeterminer.has(key)) continue;
    const last = f.term.slice(f.term.lastIndexOf(' ') + 1);
    if (standsAlone(text, last, f.start + f.term.length - last.length, wordsAt) || headingRunIn(text, f.term, f.start, counts, wordsAt)) found.delete(key);
    else if (!PARTICIPLE.test(f.term.slice(0, f.term.indexOf(' ')))) {
      if ((counts.get(key) ?? 1) >= 2) headWords.set(key, last);
      else if (ONCE_VERB_AFTER.test(text.slice(f.end, f.end + 12)) && !text.includes(f.term.toLowerCase())) onceWords.set(key, f.term.split(' ').filter((w) => w !== 'of' && w !== 'for'));
      else found.delete(key);
    }
  }
  if (nameWords.size > 0 || headWords.size > 0 || onceWords.size > 0) {
    const names = [...[...nameWords.values()].flat(), ...headWords.values(), ...[...onceWords.values()].flat()];
    const forms = new Set(names.flatMap((w) => [w.toLowerCase(), termKey(w)]));
    const lower = keysInLowerCase(text, words, forms, new Set(names.map(termKey)));
    for (const [key, name] of nameWords) if (!name.some((w) => lower.has(termKey(w)))) found.delete(key);
    for (const [key, head] of headWords) if (!lower.has(termKey(head))) found.delete(key);
    for (const [key, once] of onceWords) if (!once.every((w) => lower.has(termKey(w)))) found.delete(key);
  }
  // "Licensee Knowhow" where "Licensee Know-how" is defined: the same words but for a hyphen or a space. Looked up for
  // the few terms left, by the defined terms' keys without them.
  let spelt: Map<string, string> | undefined;
  const definedSpelling = (term: string): string | undefined => (spelt ??= new Map(definedList.map((t) => [unspaced(t), t]))).get(unspaced(term));
  return [...found.values()]
    .sort((a, b) => a.start - b.start)
    .map(({ term, start, end }) => {
      const definedAs = definedSpelling(term);
      return { term, start, end, clauseId: locate.at(start)?.id ?? null, uses: counts.get(termKey(term)) ?? 1, ...(definedAs === undefined ? {} : { definedAs }) };
    });
}

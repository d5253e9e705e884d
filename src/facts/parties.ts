// Parties and their aliases from the preamble ("between ACME CORP., a Delaware corporation ("Acme"), and ..."),
// and an index that finds party mentions anywhere in the text with one combined pattern.
import { escapeRegExp, type Party } from '../model/index.js';
import { isBlankChar } from '../clauses/blocks.js';
import { lastAtOrBefore, sortedStarts, squash } from './text.js';

export interface PartyHint {
  readonly name: string;
  readonly aliases?: readonly string[];
}

// A hard-wrapped preamble may break an alias over two lines ('(the "Licensing\nAdministrator")'): one line break
// inside the quotes is part of the alias (squash makes it a space), a blank line is not.
// A modifier letter double prime (U+02BA, 'ʺPartyʺ') stands for a quotation mark in some converted filings.
const QUOTED = /["“ʺ]\s*([^"“”ʺ\n]{1,80}?(?:\r?\n[ \t]*[^"“”ʺ\s][^"“”ʺ\n]{0,79}?)?)\s*["”ʺ]/g;
// An alias in bold instead of quotes, as English-law precedents set it: "(the **Assignor**)".
const BOLD = /\*\*\s*([^*"“”\n]{1,80}?)\s*\*\*/g;
// An alias with neither (bold lost in conversion): "(the Assignor)". Read only after a "Parties" label, where each
// bracket names its party; elsewhere "(the Company)" may be an aside.
const BARE_ALIAS = /^\s*(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s*$/;
// A bracket that holds only a capitalised word or two between question marks: its quotation marks, lost in conversion.
const LOST_QUOTES = /^\s*(?:the\s+)?\?([A-Z][\w&-]*(?:[ \t][A-Z][\w&-]*)?)\?\s*$/;
// An alias that "hereinafter" gives in single quotes or in none, as Indian deeds and translations of Chinese contracts
// write it: "(hereinafter referred to as 'IMPCO', which term shall ... include its successors)", "(hereinafter referred
// to as Party A)", "(hereinafter Dynamic Hearing)". The words end the bracket, or a comma or "which" follows them.
const HEREINAFTER_UNQUOTED = /^\s*hereinafter(?:\s+(?:referred\s+to\s+(?:simply\s+)?as|called|known\s+as|designated\s+as))?\s*:?\s*(?:the\s+)?(?:['‘]([A-Z][^'’\n]{0,40}?)['’]|([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}))\s*(?:$|[,;]|\s(?:which|who)\b)/;
// A "Parties" label that opens the list of parties ("PARTIES", "**PARTIES**", "Parties:") in place of "between".
// "THE UNDERSIGNED:" heads the list of parties in translations of Dutch and Scandinavian contracts ("DE ONDERGETEKENDEN").
// "By this private instrument, the parties below:" (pelo presente instrumento particular, as partes abaixo
// qualificadas) heads it in translations of Brazilian and Portuguese contracts, within the opening sentence.
const PARTIES_LABEL = /(?:^|\n)[ \t]*[#*_]*[ \t]*(?:PARTIES|Parties|THE[ \t]+UNDERSIGNED|The[ \t]+undersigned)[*_]*[ \t]*(?::|(?=[ \t]*\r?\n))|\b[Tt]he[ \t]+parties[ \t]+(?:(?:identified|qualified|named|listed)[ \t]+)?below[ \t]*:/;
// Quoted words in a preamble parenthetical that name the agreement or a group, never one party.
const GENERIC_ALIAS = /^(?:this\s+)?(?:parties|party|each party|signatories|.*\b(?:agreement|amendment|contract|date|program|shares|stock|act|code))$/i;
const GROUP_PAREN = /^\s*(?:each|collectively|together|individually|jointly|both|all)\b/i;
// A group parenthetical that may make one party of the companies named before it ("(collectively "WYZZ")").
// Not one that gathers them with a party named before ("(collectively with the Lead Agent, the "Agents")").
const JOINT_PAREN = /^\s*(?:collectively|together|jointly)\b(?![ \t,]+with\b)/i;
const SECTION_END = /\b(?:WHEREAS|Whereas|RECITALS|Recitals|WITNESSETH|Witnesseth|BACKGROUND|NOW,? THEREFORE|Now,? [Tt]herefore|IN CONSIDERATION|In consideration|TABLE OF CONTENTS)\b/;
const CORPORATE_SUFFIX = /(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|LLP|L\.P|LP|plc|PLC|GmbH|AG|S\.A|SA|S\.A\.S|N\.V|B\.V|Pty|Pte|Pvt|Sdn|Bhd|K\.K|Oy|Oyj|AB|ApS|A\/S|ASA|S\.p\.A|S\.r\.l)\.?)+$/i;
// Where the name stops and its description ("a Delaware corporation", "with offices at ...") begins.
const DESCRIPTOR = /,?\s+[Aa]n?\s+(?:[A-Z][\w.-]*\s+){0,4}(?:[Cc]orporation|[Cc]ompany|[Ll]imited|[Pp]artnership|[Aa]ssociation|[Bb]ank|[Tt]rust|[Ee]ntity|[Dd]ivision|[Ss]tatutory|[Nn]ational|[Pp]ublic|[Pp]rivate|[Cc]orporate|[Bb]ody|[Oo]rgani[sz]ation|[Ss]oci[eé]t[eé])(?!\w)|,\s+(?:[A-Z][\w.-]*\s+){1,3}(?:corporation|company|limited|partnership)\b|,?\s+(?:(?:a|an|the)\s+(?=[a-z])|(?:having|with|whose|located|organized|organised|incorporated|existing|acting|doing business|on behalf|through its|by its|residing|d\/b\/a|DBA|OBA|also known|a\.k\.a|formerly|together|hereinafter|Suite|P\.O\.)\b)|\s*,\s*(?=[a-z\d])|\s+of\s+(?=(?:Level|Suite|Unit|Floor|Building|P\.?\s?O\.?\s+Box|\d))|\s+to\s+be\s+(?:formed|incorporated|organi[sz]ed|established)\b/;

// The opening of an instrument up to the party that makes or offers it, where no "between" names the parties.
const MADE_BY = /^(?:This|THIS)\b[^"“()\n]{0,120}?\b(?:made|offered|issued|given|granted|executed|published|established)(?:\s+available)?(?:\s+(?:on|as\s+of)\s+[^,()\n]{1,30}?)?\s+by\s+/;

// A company named by its web address, in lower case: "theglobe.com, inc.", "drugstore.com, Inc.".
const DOT_COM_NAME = /^[a-z][a-z0-9-]*\.(?:com|net|org|io)\b/;
// A corporate suffix, then an address run on without a comma ("NLS-1 Pharma AG Alter Postplatz 2 6370 Stans
// Switzerland", "Eurofarma Laboratórios S.A. Avenida Vereador José Diniz 3465 ..."), or after one as continental
// agreements set it ("Rheinfeld Antriebstechnik GmbH, Industriestraße 41, 70565 Stuttgart", "Kappa B.V., Hoofdweg 5",
// "Lambda Limited, Unit 4, Harbour Park"): the name ends at the suffix (the last one before the address) when a number
// follows within six words. After a comma, a place alone ends it too ("Aurelle S.A.S., Lyon, France"): capitalised
// words to the end that hold no legal form of their own ("Alpha Inc., Beta Inc." are two companies, "Acme, Inc." and
// "Smith, Jones & Co. LLP" end at theirs).
const LEGAL_FORM = String.raw`(?:Inc|INC|Incorporated|INCORPORATED|Corp|CORP|Corporation|CORPORATION|Ltd|LTD|Limited|LIMITED|LLC|L\.L\.C|LLP|L\.P|plc|PLC|GmbH|GMBH|AG|KG|KGaA|SE|S\.A|S\.A\.S|SAS|SARL|N\.V|B\.V|S\.p\.A|S\.r\.l|S\.L|Ltda|LTDA|AB|Oy|Oyj|ApS|A\/S|ASA|Pty|PTY|Pte|PTE)\.?`;
const AFTER_LEGAL_FORM = String.raw`(?:,?\s+(?=(?:[^\s\d()]+\s+){1,6}?\d)|,\s+(?=[A-Z][\p{L}'.-]*(?:,?\s+[A-Z][\p{L}'.-]*){0,3}\s*$)(?![^]*\b${LEGAL_FORM}(?![\p{L}])))`;
const SUFFIX_BEFORE_ADDRESS = new RegExp(String.raw`^([^]*\b${LEGAL_FORM})${AFTER_LEGAL_FORM}`, 'u');
// A branch the company contracts through, named after its legal form, is part of the party's name: "Alpha Ltd, Hong
// Kong Branch", "Alpha Bank AG, acting through its London branch" (two branches of one bank are two parties). It is no
// place and no description; an address after it ends the name as after a legal form ("..., Singapore Branch, Level 12,
// 8 Marina View"), as is what else follows it; a street named for one is no branch ("Alpha Ltd, Old Branch Road 12").
// [1]: the name to its legal form.
const NAME_WITH_BRANCH = new RegExp(String.raw`^([^]*\b${LEGAL_FORM}),?\s+(?:acting\s+(?:by\s+and\s+)?through\s+its\s+)?(?:[A-Z][\p{L}'.&-]*\s+){1,3}[Bb]ranch(?:\s+[Oo]ffice)?(?=\s*(?:[,;:("\u201c]|$)|\s+(?:at|of|in|located|having|with|whose|registered)\b)`, 'u');
const ADDRESS_AFTER_BRANCH = new RegExp(String.raw`^${AFTER_LEGAL_FORM}`, 'u');

function cleanName(chunk: string, whole = false): string | null {
  // Markdown emphasis is no part of a name ("(1) **FENWICK PHOTONICS LIMITED**, incorporated ...").
  // A bracket is an aside, but '(Pty)' / '(Proprietary)' is part of a South African company's name ('KOPANO HYDRAULICS
  // (PTY) LTD'), as is the registered form it abbreviates.
  // So is a place in brackets before the rest of the name and its suffix ('PPG Paints Trading (Shanghai) Co Ltd',
  // 'Platinum Management (NY) LLC').
  let s = chunk.replace(/\((?!(?:Pty|PTY|Proprietary|PROPRIETARY)\))(?![A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,2}[ \t]+[Bb]ranch\))(?![A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,2}\)[ \t]+(?!(?:An?|The)[ \t])(?:[A-Z][\w.&-]*[ \t]+){0,3}?(?:Co|Company|Corp|Corporation|Ltd|Limited|Inc|LLC|GmbH|AG|Pte|Pvt|S\.A|B\.V|N\.V|plc|PLC)\b)[^()]*\)/g, ' ').replace(/\*+/g, '');
  // (A list of parties numbered in Roman numerals, "I. AGROVALE S.A. ...; and II. SEMEARTEC LTDA. ...": the label is
  // no part of the name; one before a capitalised word ("V. Ships Ltd") may be an initial.)
  s = s.replace(/^[\s,;:.]+/, '').replace(/^(?:and|&):?\s+/i, '').replace(/^(?:\(?\d{1,2}\)|\d\.|[IVX]{1,4}\.(?=[ \t]+[A-Z]{2}))\s*/, '');
  const between = [...s.matchAll(/\b(?:between|among)\b\s*:?\s*/gi)].pop();
  if (between) s = s.slice(between.index + between[0].length);
  else {
    // "This Deed is made on 1 May 2026 by Alpha Limited ...": the party the instrument is made or offered by.
    const by = MADE_BY.exec(s);
    if (by) s = s.slice(by[0].length);
  }
  // (A name may open with a lower-case letter before a capital or a digit: "i3 Integrative Creative Solutions, LLC",
  // "eBay Inc.".)
  // (A name may open with "The" or "THE" before a capital: "The ARC Group, Inc.", "THE HERTZ CORPORATION"; one
  // written as its web address opens in lower case: "theglobe.com, inc.".)
  if ((/^[a-z](?![A-Z0-9])/.test(s) && !DOT_COM_NAME.test(s)) || /^[Aa]n?\s+[a-z]/.test(s) || /^(?:the|The|THE)\s+[a-z]/.test(s)) {
    // The chunk continues the previous party's description: the name follows its last "and", or an "AND" on a line of
    // its own (Indian and English deeds: "... permitted assigns) of the ONE PART;\n\nAND\n\nBETA LIMITED, ...").
    // An "AND" set apart by wide spaces stands for one on its own line where a conversion lost the line breaks
    // ("... Director of Asia-Pacific Operations,   AND   MINDA INDUSTRIES LIMITED, ...").
    const and = [...s.matchAll(/(?:^|[\s,;])and\s+(?:\(\w{1,3}\)\s*)?(?=[A-Z0-9])|\n[ \t]*(?:AND|And):?[ \t]*\r?\n\s*(?=[A-Z0-9])|[ \t]{2,}(?:AND|And):?[ \t]{2,}(?=[A-Z0-9])/g)].pop();
    if (!and) return null;
    s = s.slice(and.index + and[0].length);
  } else {
    // (An "and" that ends a paragraph joins the party whose name opens the next: "Legal representative : Viktoras R.
    // Sekmakas and\n\nNeoMedia Micro Paint Repair hereinafter referred to as ("DISTRIBUTOR")".)
    const and = [...s.matchAll(/[,;]\s+and\s+(?:\(\w{1,3}\)\s*)?(?=[A-Z0-9])|[ \t]+and[ \t]*\r?\n[ \t]*\r?\n\s*(?=[A-Z0-9])/g)].pop();
    // "INC., a Pfizer company, and Delaware corporation": an "and" inside the description does not start a new name.
    if (and && !/^(?:[A-Z][\w.-]*\s+){1,2}(?:corporation|company|partnership)\b/.test(s.slice(and.index + and[0].length))) s = s.slice(and.index + and[0].length);
  }
  let cut = DESCRIPTOR.exec(s);
  // (Not inside a branch designation: "Alpha Ltd, acting through its London branch, a company ..." ends at "branch".)
  const branch = cut === null || !s.includes('ranch') ? null : NAME_WITH_BRANCH.exec(s);
  if (cut !== null && branch !== null && cut.index >= (branch[1] as string).length && cut.index < branch[0].length) {
    const after = DESCRIPTOR.exec(s.slice(branch[0].length));
    if (after !== null) after.index += branch[0].length;
    cut = after;
  }
  if (cut) s = s.slice(0, cut.index);
  // A company yet to be formed is named by what it will be, after an article: "A Seminole Indian Company to be formed by ...".
  if (cut && /^\s+to\s+be\s/.test(cut[0])) s = s.replace(/^An?\s+(?=[A-Z])/, '');
  const branched = s.includes('ranch') ? NAME_WITH_BRANCH.exec(s) : null;
  if (branched !== null) {
    if (ADDRESS_AFTER_BRANCH.test(s.slice(branched[0].length))) s = branched[0];
  } else {
    const address = SUFFIX_BEFORE_ADDRESS.exec(s);
    if (address) s = address[1] as string;
  }
  // A blank line ends a paragraph, and no name runs across one: the name is the paragraph nearest the description or
  // alias after it, not a label above it ("Parties to this agreement\n\nSILICON SMELTERS (PTY) LTD, ..."). `whole`: a
  // name with no alias must be all the words (the running title and contents heading after a cover line, "License
  // and\n\nDevelopment Agreement\n\nTable of Content", name no party).
  const paragraphs = s.trimEnd().split(/\n[ \t]*\r?\n/);
  if (paragraphs.length > 1) {
    if (whole) return null;
    s = paragraphs[paragraphs.length - 1] as string;
  }
  // (A quotation mark left after a name, its pair lost in conversion, is no part of it: "PACIFICAP ENTERTAINMENT' located at".)
  // (Nor is the underline EDGAR's conversion draws under a word of the line above: "and Mail       ------- Boxes Etc.".)
  s = squash(s.replace(/[ \t]+-{3,}(?=[ \t])/g, '')).replace(/[\s,;:]+$/, '').replace(/(?<=[A-Za-z])['’]$/, '');
  // A full stop ends the sentence unless it ends an abbreviation that is part of the name ("Inc.", "S.A.").
  if (s.endsWith('.') && !/(?:\b(?:Inc|Corp|Co|Ltd|Pty|Pte|Pvt|Bhd|Jr|Sr|[A-Z])|\.[A-Za-z])\.$/i.test(s)) s = s.slice(0, -1);
  if (s.length < 2 || s.length > 100 || !(/^(?:[A-Z0-9]|[a-z][A-Z0-9])/.test(s) || DOT_COM_NAME.test(s)) || /^(?:This|The Parties|Each|WHEREAS|Exhibit|Schedule)\b/.test(s)) return null;
  if ((s.match(/\(/g)?.length ?? 0) !== (s.match(/\)/g)?.length ?? 0)) return null;
  return s;
}

// The description of the party just named: "a Nevada corporation", "having its offices at ...", "organized under ...".
const OWN_DESCRIPTION = /^[\s,]*(?:an?|having|with|whose|located|organi[sz]ed|incorporated|existing|registered|residing|doing\s+business)\s/;
// Words that join another party to the list: "and Beta Ltd", "and the agent named ...", "and (2) Gamma"; not a
// description's "organized and existing under ...".
const JOINS_PARTY = /(?:^|[\s,])and\s+(?:\(\w{1,3}\)\s*)?(?:[A-Z0-9]|(?:the|each|any|its|their|an?)\s)/;

/** Whether `alias`, in capitals, is the initials of the last capitalised words of `before` ("People's Republic of China" for "PRC"). */
function abbreviates(alias: string, before: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(alias)) return false;
  const initials = before
    .split(/[\s,]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0] as string)
    .join('');
  return initials.endsWith(alias);
}

interface Candidate {
  readonly parties: Party[];
  readonly withAliases: number;
}

/** The aliases a parenthetical holds: quoted words, else bold ones, else (after a "Parties" label) bare capitalised words. */
function aliasesIn(inner: string, bare: boolean): string[] {
  const quoted = [...inner.matchAll(QUOTED)];
  // Markdown emphasis inside the quotes is no part of the alias ('("**Corvid**")').
  if (quoted.length > 0) return quoted.map((q) => squash((q[1] as string).replace(/^[*_]+|[*_]+$/g, '')));
  if (inner.includes('**')) return [...inner.matchAll(BOLD)].map((q) => squash(q[1] as string));
  const named = HEREINAFTER_UNQUOTED.exec(inner);
  if (named !== null) return [squash((named[1] ?? named[2]) as string)];
  // Curly quotes a filing's conversion turned into question marks: "Chase Bank USA, N.A. (?Chase?)".
  const lost = LOST_QUOTES.exec(inner);
  if (lost !== null) return [lost[1] as string];
  const m = bare ? BARE_ALIAS.exec(inner) : null;
  return m ? [squash(m[1] as string)] : [];
}

// Who belongs to a class of parties, at the end of the words before its group parenthetical: "each company that signs
// a Membership Signature Page ...", "any other entity which accedes to this Agreement", "each utility or vendor that ...".
// The kind of joiner may be a defined word ("each Person that becomes a Member by signing a Joinder"). A participle may
// say who they are instead of a relative clause ("each other party hereto identified on the signature pages hereto").
const CLASS_WORDS = String.raw`((?:each|every|any|all)\s+(?:other\s+|such\s+|further\s+|additional\s+)?(?:(?!of\b|in\b|to\b|by\b|for\b|with\b|the\b|such\b)[A-Za-z][\w-]*\s+){1,4}?(?:that|which|who|whose|(?:identified|named|listed|set\s+forth)\s+(?:on|in)\s+(?:the|a|an|any|its)\s+signature)\b)`;
const CLASS_OPENER = new RegExp(String.raw`(?:^|[\s,;:])${CLASS_WORDS}`, 'g');
// A class whose words name it, with no group parenthetical: "and each Person that becomes a Member by signing a Joinder".
const BECOMES_CLASS = /\b(?:becomes?|shall\s+become|is\s+admitted\s+as|accedes\s+as)\s+an?\s+[*_]*["“]?[*_]*([A-Z][a-z]+)\b/;
// A parenthetical that gathers parties already named into the class ("each of the foregoing, a "Member""): the class
// is those parties, not a party besides them.
const GATHERS_NAMED = /\b(?:foregoing|above|collectively|together|jointly|both)\b/i;

/**
 * A class of parties named in a group parenthetical after the words that say who belongs ("between the Administrator and
 * each company that signs a Membership Signature Page ... (each such company, once countersigned, a "Member")"): a
 * party named by the class's word, with those words as its `class`; null when the words before name no class.
 */
function classMembers(chunk: string, inner: string, aliases: readonly string[]): Party | null {
  const alias = aliases[0];
  if (alias === undefined || aliases.length > 1 || GENERIC_ALIAS.test(alias) || GATHERS_NAMED.test(inner) || !/^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$/.test(alias)) return null;
  const opener = [...chunk.matchAll(CLASS_OPENER)].pop();
  if (opener === undefined || chunk.length - opener.index > 400) return null;
  const words = squash(chunk.slice(opener.index + opener[0].length - (opener[1] as string).length).replace(/\*+/g, '')).replace(/[\s,;:]+$/, '');
  return { name: alias, aliases: [alias], class: words };
}

/**
 * A class of parties after the last named party, named by the word its members become ("..., and each Person that
 * becomes a Member by signing a Joinder."): a party of that word, with the words as its `class`; null for none.
 */
function namedClass(rest: string): Party | null {
  const opener = CLASS_OPENER_AT_AND.exec(rest);
  if (opener === null) return null;
  const words = squash(rest.slice(opener.index + opener[0].length - (opener[1] as string).length).replace(/\*+/g, '')).replace(/[\s,;:.]+$/, '');
  const word = BECOMES_CLASS.exec(words);
  if (word === null || GENERIC_ALIAS.test(word[1] as string)) return null;
  return { name: word[1] as string, aliases: [word[1] as string], class: words };
}
// CLASS_OPENER where the words open, or after the "and" that joins the class to the parties named before it.
const CLASS_OPENER_AT_AND = new RegExp(String.raw`^[\s,;]*(?:and\s+)?${CLASS_WORDS}`);

// A name of one to four words, then the verb of a sentence about it ("Shipper is engaged ...", "Licensee desires to ...").
const NAME_THEN_VERB = /^(\S+(?:\s+\S+){0,3}?)\s+(?:is|are|was|has|have|shall|will|may|desires?|wishes|agrees?|requires?|owns?)\b/;

/** Whether `name` opens with the name or an alias of a party already found, then a verb: a sentence about that party. */
function sentenceAboutParty(name: string, parties: readonly Party[]): boolean {
  const m = NAME_THEN_VERB.exec(name);
  if (m === null) return false;
  const subject = (m[1] as string).replace(/\s+/g, ' ');
  return parties.some((p) => p.name === subject || p.aliases.includes(subject));
}

// "and the above-named ", "and ": where a party joined by its alias would be named, before the alias.
const AND_BEFORE_NAME = /(?:^|[\s,;])and\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?=[A-Z])/g;

/** Where "and (the ...) <alias>" joins a party by its alias in `chunk` (the "and"'s match), or null. */
function joinedByAlias(chunk: string, alias: string): { index: number } | null {
  if (!chunk.includes(alias)) return null;
  for (const m of chunk.matchAll(AND_BEFORE_NAME)) {
    const at = m.index + m[0].length;
    if (chunk.startsWith(alias, at) && !/\w/.test(chunk.charAt(at + alias.length))) return { index: m.index };
  }
  return null;
}

function parseSegment(segment: string, bare = false): Candidate {
  const parties: Party[] = [];
  let withAliases = 0;
  let prevEnd = 0;
  let ended = false;
  // Parentheticals holding quoted words, and "hereinafter referred to as "X"" without brackets, or with a colon as
  // translations from Dutch and German write it ("hereinafter: "Veldhoven"", for 'hierna: ...', 'nachfolgend: ...').
  // Also quoted words on their own after a name or an address, as translations of Swiss and German contracts give
  // them ('NLS-1 Pharma AG Alter Postplatz 2 6370 Stans Switzerland "Licensor" / "NLS" and ...'): after a capitalised
  // word or a number, before "and", a bracket, a comma, a semicolon or the end. And the reader of terms offered online,
  // named by the role it takes ('between Chase Bank USA, N.A. ("Chase") and you as an "Affiliate"'). An aside between
  // dashes gives an alias as a bracket does ('CREMER OLEO GmbH & Co KG, Hamburg — hereinafter referred to as Cremer —
  // and ...', also with "–" or "--"): read as a bracket's words are (HEREINAFTER_UNQUOTED); a dash aside that says
  // anything else ('— a company registered in Germany —') gives none.
  const markers = /\(([^()]{0,240})\)|(?<=[ \t])(?:—|–|--)[ \t]*(hereinafter[^—–\n()"“”]{1,80}?)[ \t]*(?:—|–|--)|\bhereinafter(?:\s+(?:referred\s+to\s+(?:simply\s+)?as|called|known\s+as)(?:\s+the)?)?(?:\s*:)?\s*((?:["“][^"”\n]{1,60}["”]\s*)+)|(?<=\b[A-Z0-9][\w.-]*[ \t]{1,3})((?:["“ʺ][^"“”ʺ\n()]{1,40}["”ʺ](?:[ \t]*\/[ \t]*|[ \t]+or[ \t]+)?){1,3})(?=\s*(?:and\b|AND\b|[(,;]|$))|\byou,?[ \t]+as[ \t]+(?:an?|the)[ \t]+(["“][A-Z][^"“”\n]{1,40}["”])/g;
  for (const m of segment.matchAll(markers)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    const quoted = aliasesIn(inner, bare);
    if (quoted.length === 0) continue;
    const chunk = segment.slice(prevEnd, m.index);
    prevEnd = m.index + m[0].length;
    if (GROUP_PAREN.test(inner)) {
      // "... and each company that signs a Joinder (each such company, a "Member")": a class of parties.
      const members = classMembers(chunk, inner, quoted);
      if (members !== null) {
        parties.push(members);
        withAliases++;
        continue;
      }
      // "WYZZ, Inc. and WYZZ Licensee, Inc. (collectively "WYZZ") and Nexstar ... ("NEXSTAR")": the companies named
      // before the bracket are one party under its alias (not the group of all the parties, "the Parties").
      const joint = JOINT_PAREN.test(inner) ? quoted.map((a) => a.replace(/^the\s+/i, '')).filter((a) => !GENERIC_ALIAS.test(a)) : [];
      const name = joint.length > 0 ? cleanName(chunk) : null;
      if (name !== null && !(parties.length > 0 && sentenceAboutParty(name, parties))) {
        parties.push({ name, aliases: joint });
        withAliases++;
      }
      continue;
    }
    if (quoted[0] !== undefined && GENERIC_ALIAS.test(quoted[0])) continue;
    // Quoted words after "together with"/"collectively" name a group, not this party.
    const own = inner.split(/\b(?:together|collectively|jointly|and each|each of)\b/i)[0] ?? inner;
    const aliases = aliasesIn(own, bare).map((a) => a.replace(/^the\s+/i, '')).filter((a) => !GENERIC_ALIAS.test(a));
    if (aliases.length === 0) continue;
    let name = cleanName(chunk);
    // A sentence about a party already named ("... ("Shipper"). - ---\n\nShipper is engaged in business as ... ("COMMODITIES")"):
    // the list of parties has ended.
    if (name !== null && parties.length > 0 && sentenceAboutParty(name, parties)) {
      ended = true;
      break;
    }
    // "and the above-named Supplier, a corporation, and consists of ... Terms and Conditions, Schedules ... ("Supplier")":
    // the party is joined by the alias itself; a name after it belongs to the words that follow.
    const joined = name !== null && !name.includes(aliases[0] as string) ? joinedByAlias(chunk, aliases[0] as string) : null;
    if (name !== null && joined !== null && !name.includes(aliases[0] as string) && !chunk.slice(0, joined.index).includes(name)) name = null;
    // A form's blank for the name ("and ___________________________, who is an officer ... (the "Member")"): the alias names the party.
    if (name === null && /^[\s,;]*(?:and\s+)?_{3,}/.test(chunk)) {
      parties.push({ name: aliases[0] as string, aliases });
      withAliases++;
      continue;
    }
    // A role in a bracket before the name it labels, the list's 'and' before it ('..., and (Client) Pelican Delivers
    // Inc. for the performance of ...'): the company named right after the bracket, by its corporate suffix.
    const labelled = name === null && /^[\s,;]*and\s*$/.test(chunk) ? COMPANY_OPENING.exec(segment.slice(prevEnd).replace(/^[ \t]+/, '')) : null;
    if (labelled !== null) {
      parties.push({ name: squash(labelled[0]), aliases });
      withAliases++;
      prevEnd += segment.slice(prevEnd).length - segment.slice(prevEnd).replace(/^[ \t]+/, '').length + labelled[0].length;
      continue;
    }
    if (name === null) {
      // An alias right after another alias of the same party ("Newegg Inc. ("Newegg"), a Delaware corporation").
      const last = parties[parties.length - 1];
      if (last && /^[\s,;]*$/.test(chunk)) {
        parties[parties.length - 1] = { name: last.name, aliases: [...last.aliases, ...aliases] };
        continue;
      }
      // "Leader Act Ltd HK ("LEADER"), a Nevada Corporation, (hereinafter referred to as "Leader")", "i3 ICS ("i3 ICS"),
      // a Virginia limited liability company, having its offices at ... ("Reseller")": another alias of the party just
      // named, after its description, where no other party is joined ("and Beta", "and the Agent") nor listed (";").
      // Not an abbreviation of the words just before it, a gloss inside the description ("incorporated under the laws of
      // the People's Republic of China ("PRC")").
      if (last && OWN_DESCRIPTION.test(chunk) && !JOINS_PARTY.test(chunk) && !chunk.includes(';') && !chunk.includes(aliases[0] as string) && !abbreviates(aliases[0] as string, chunk)) {
        parties[parties.length - 1] = { name: last.name, aliases: [...last.aliases, ...aliases] };
        continue;
      }
      // "the Agent named on the signature page (the "Agent")": the alias is the only name there is.
      if (!chunk.includes(aliases[0] as string) && squash(chunk).length > 60 && joined === null) continue;
      parties.push({ name: aliases[0] as string, aliases });
    } else parties.push({ name, aliases });
    withAliases++;
  }
  if (parties.length === 0) {
    // No aliases: "between Alpha Corp. and Beta LLC."
    // An upper-case "AND" splits only where it stands apart ("ALPHA INC.\n\nAND:\n\nBETA LLC"): inside a
    // capitalised name it is part of it ("THE HENRY FILM AND ENTERTAINMENT CORPORATION").
    const names = segment.split(/(?:[,;]\s*|\s+)and\s+(?=[A-Z0-9])|(?:\s*\n\s*|\s{2,}|,\s*)(?:AND|And):?(?:\s*\n\s*|\s{2,})(?=[A-Z0-9])|\s+(?:AND|And):\s+(?=[A-Z0-9])/).map((n) => cleanName(n, true));
    // Without aliases only organisation-like names count: a corporate suffix, or every word capitalised.
    for (const n of names) if (n && (CORPORATE_SUFFIX.test(n) || /^(?:[A-Z0-9][\w.&'-]*|of|and|the|&)(?:\s+(?:[A-Z0-9][\w.&'-]*|of|and|the|&))*$/.test(n))) parties.push({ name: n, aliases: [] });
  } else if (!ended) {
    const tail = cleanName(segment.slice(prevEnd), true);
    // "VLC and Kestrel hereinafter jointly referred to as the "Parties"": the parties already named, not a third one.
    const known = new Set(parties.flatMap((p) => [p.name, ...p.aliases]));
    const named = tail !== null && tail.split(/\s*(?:,|\band\b|&)\s*/).every((w) => w === '' || known.has(w));
    if (tail && !named && /\band\b/.test(segment.slice(prevEnd, prevEnd + 12))) parties.push({ name: tail, aliases: [] });
    else if (tail === null) {
      const joiners = namedClass(segment.slice(prevEnd));
      if (joiners !== null && !parties.some((p) => p.aliases.includes(joiners.name))) {
        parties.push(joiners);
        withAliases++;
      }
    }
  }
  return { parties, withAliases };
}

const CLAUSE_AFTER_BLANK = /\r?\n[ \t]*\r?\n\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]?[ \t]|(?:ARTICLE|Article|SECTION|Section)[ \t]+[\dIVX])/g;
const NEW_BLOCK_AFTER = /^["”)]*[ \t]*\r?\n[ \t]*\r?\n\s*(?:\d|(?!AND\b|And\b)[A-Z])/;

/** The end of the sentence that begins at `from` ("Inc." and "Ltd." do not end it). */
function sentenceEnd(text: string, from: number, limit: number): number {
  // The first numbered clause ends the preamble, with or without a full stop before it.
  CLAUSE_AFTER_BLANK.lastIndex = from;
  const clause = CLAUSE_AFTER_BLANK.exec(text);
  if (clause && clause.index < limit) limit = clause.index;
  // A rule line after the full stop ends it too: EDGAR's conversions draw a form's underline as "- -----" ('("Shipper").
  // - ------------\n\n(Address) (City) (State)').
  const re = /\.(?=["”)]*(?:\s+["“(]?[A-Z]|[ \t]*\r?\n[ \t]*\r?\n|[ \t]+-[ \t]*-{3,}|[ \t]+_{3,}))/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < limit) {
    // "... and Beta LLC.\n\n1. Grant": a blank line before a clause number or a new upper-case block ends the
    // sentence even after "LLC."; one before "AND:", a lower-case description or an alias continues the list.
    if (NEW_BLOCK_AFTER.test(text.slice(m.index + 1, m.index + 40))) return m.index + 1;
    const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(from, m.index - 12), m.index))?.[1]?.toLowerCase() ?? '';
    // Singapore's 'Pte. Ltd.', India's 'Pvt. Ltd.', Malaysia's 'Sdn. Bhd.': abbreviations inside a name. A signatory's
    // title ('represented by its Rector, Prof. Dr. Helena ...'; 'Profa.' in Portuguese) is no sentence end either.
    if (/^(?:inc|corp|co|ltd|pte|pvt|pty|sdn|bhd|llc|l\.l\.c|l\.p|lp|plc|no|u\.s|st|ave|etc|ft|mt|blvd|rd|bldg|n\.a|s\.a|b\.v|n\.v|jr|sr|dr|mr|ms|mrs|prof|profa|messrs|hon|[a-z]|(?:[a-z]\.)+[a-z])$/.test(before)) continue;
    // "; and\n\nII. SEMEARTEC LTDA., ...": a Roman numeral at a line's start numbers the next party.
    if (/^[ivx]{2,4}$/.test(before) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(from, m.index - 12), m.index - before.length))) continue;
    return m.index + 1;
  }
  return limit;
}

// The next item of a numbered list of parties after a blank line: its number, then a name with a corporate suffix on
// the same line ("2. Corvane Biologics Limited (ACN ...)", "1. KARAKA DAIRY SENSING LIMITED, a company ..."), read up
// to the name (the next sentence is read from there).
const PARTY_ITEM_AFTER = /^[ \t]*\r?\n(?:[ \t]*\r?\n)+[ \t]*\(?\d{1,2}[.)][ \t]+(?:\*\*|__)?(?=[A-Z][^\n]{0,120}?\b(?:Pty|PTY|Pte|PTE|Pvt|PVT|Ltd|LTD|Limited|LIMITED|Inc|INC|Incorporated|INCORPORATED|Corp|CORP|Corporation|CORPORATION|LLC|LLP|GmbH|GMBH|AG|plc|PLC|Sdn|SDN|Bhd|BHD|S\.A|B\.V|N\.V|K\.K|Oy|OY|Oyj|OYJ|AB|ApS|APS|A\/S|ASA|S\.p\.A|S\.P\.A|S\.r\.l|S\.R\.L)\b)/;

/**
 * Where a numbered list of parties ends, from `end`, where the sentence before it ended. "Parties\n\n1. Alpha Pty Ltd
 * (ACN ...) of ... (Alpha)\n\n2. Beta Limited ... (Beta)", "made ... between:\n\n1. **Alpha Labs, Inc.**, a Delaware
 * corporation ... ("Alpha"); and\n2. ...": the list goes on past the blank line before each item's number, which ends
 * the preamble elsewhere (a first clause); an item is a number, then a name with a corporate suffix on its line.
 */
function partyListEnd(head: string, end: number, limit: number): number {
  for (let items = 0; items < 8 && end < limit; items++) {
    const item = PARTY_ITEM_AFTER.exec(head.slice(end, Math.min(limit, end + 240)));
    if (item === null) break;
    end = sentenceEnd(head, end + item[0].length, limit);
  }
  return end;
}

/**
 * The parties of a preamble whose quotation marks were lost in conversion ('DOT COM LLC, ... (Developer ), and (Client)
 * Pelican Delivers Inc.'): the brackets' bare capitalised words are the aliases when the agreement goes on to use each
 * of them as a name (three times or more after the preamble); else a bracket may be a gloss ('(KvK)', '(USA)').
 */
function withBareAliases(head: string, from: number, end: number, candidate: Candidate): Candidate {
  const bare = parseSegment(head.slice(from, end), true);
  if (bare.withAliases < 2 || bare.withAliases <= candidate.withAliases) return candidate;
  const after = head.slice(end);
  const used = (alias: string): boolean => (after.match(new RegExp(`\\b${escapeRegExp(alias)}\\b`, 'g'))?.length ?? 0) >= 3;
  return bare.parties.every((p) => p.aliases.length === 0 || p.aliases.every(used)) ? bare : candidate;
}

// What names the party that offers an agreement others join, before "between": "is made available by", "is offered by",
// "is issued by", "is established by".
const OFFERED_BY = /\b(?:made\s+available|offered|issued|published|established|adopted|sponsored)\s+by\s+/g;

/**
 * A class of parties binds itself to a party named earlier in the sentence: "This Agreement ... is made available by
 * OVPC Administration LLC ... (the "Administrator"), and becomes binding between the Administrator and each company
 * that signs ... (each such company ..., a "Member")". The party the offer names joins the candidate when the words
 * after "between" name it by its alias.
 */
function withOffering(head: string, between: number, from: number, end: number, candidate: Candidate): Candidate {
  const opening = Math.max(head.lastIndexOf('\n\n', between) + 2, 0);
  const offer = [...head.slice(opening, between).matchAll(OFFERED_BY)].pop();
  if (offer === undefined) return candidate;
  const offering = parseSegment(head.slice(opening + offer.index + offer[0].length, between)).parties.filter((p) => p.class === undefined && p.aliases.length > 0);
  const after = head.slice(from, end);
  const named = offering.filter((p) => p.aliases.some((a) => new RegExp(`\\b${escapeRegExp(a)}\\b`).test(after)));
  if (named.length === 0) return candidate;
  return { parties: [...named, ...candidate.parties], withAliases: candidate.withAliases + named.length };
}

// The verb of an instrument made by its parties, without "between": "(this "Agreement"), dated as of ..., made by", and
// with its date between ("is entered into as of 5 May 2027 by", "made on the 3rd day of June, 2026 by").
const MADE_BY_PARTIES = /\b(?:made|entered\s+into|executed)(?:\s+and\s+(?:entered\s+into|executed))?(?:,?\s+(?:(?:as\s+)?of|on|effective(?:\s+as\s+of)?|dated(?:\s+as\s+of)?)\s+[\w ,]{3,40}?,?)?\s+by\s+(?!and\b|between\b|among\b)/;

const ENTER_INTO = /\b(?:enter(?:s|ed)?\s+into|make|made|execute|executed|agree\s+to)\s+this\s+(?:[A-Z][\w-]*\s+){0,5}?(?:agreement|Agreement|AGREEMENT)\b/;

/** Parties named in the preamble: the best "between/among ..." sentence of the first pages. */
export function findParties(text: string, hints: readonly PartyHint[] = []): Party[] {
  const head = text.slice(0, Math.min(text.length, 12_000));
  let best: Candidate | null = null;
  let tries = 0;
  // "BETWEEN THE UNDERSIGNED:" (entre les soussignés, in translations of French contracts) heads the list of parties.
  for (const m of head.matchAll(/\b(?:by\s+and\s+between|by\s+and\s+among|between|among|BETWEEN|AMONG)\b(?:\s+the\s+undersigned\b)?\s*:?/gi)) {
    if (++tries > 12) break;
    const from = m.index + m[0].length;
    let limit = Math.min(head.length, from + 1500);
    const stop = SECTION_END.exec(head.slice(from, limit));
    if (stop) limit = from + stop.index;
    const end = partyListEnd(head, sentenceEnd(head, from, limit), limit);
    let candidate = parseSegment(head.slice(from, end));
    if (candidate.withAliases < 2) candidate = withBareAliases(head, from, end, candidate);
    if (candidate.parties.length === 0) continue;
    if (candidate.withAliases < 2 && candidate.parties.some((p) => p.class !== undefined)) candidate = withOffering(head, m.index, from, end, candidate);
    if (!best || candidate.withAliases > best.withAliases || (candidate.withAliases === best.withAliases && candidate.parties.length > best.parties.length && best.withAliases === 0)) best = candidate;
    if (best.withAliases >= 2) break;
  }
  if (!best || best.withAliases < 2) {
    // No "between": "Alpha Inc. ("Alpha"), a Delaware corporation ..., and Beta LLC ("Beta"), ..., enter into this
    // agreement on ...": the parties are the paragraph before the verb.
    const verb = ENTER_INTO.exec(head.slice(0, 4000));
    if (verb) {
      const from = paragraphStart(head, verb.index);
      const candidate = parseSegment(head.slice(from, verb.index));
      if (candidate.withAliases >= 2 && (!best || candidate.withAliases > best.withAliases)) best = candidate;
    }
  }
  if (!best || best.withAliases < 2) {
    // "MAINTENANCE AGREEMENT (this "Agreement"), dated as of July 23, 2003, made by Universal Access, Inc., ... (the
    // "Company"), and CityNet Telecommunications, Inc., ... (the "Provider")": the parties the instrument is made by,
    // in its first sentence that names two with aliases.
    const m = MADE_BY_PARTIES.exec(head.slice(0, 4000));
    // (an instrument made by one party "in favour of" another is read by favourParties below)
    if (m !== null && !/\bin\s+favou?r\s+of\b/i.test(head.slice(m.index, m.index + 600))) {
      const from = m.index + m[0].length;
      const candidate = parseSegment(head.slice(from, sentenceEnd(head, from, Math.min(head.length, from + 1500))));
      if (candidate.withAliases >= 2 && (!best || candidate.withAliases > best.withAliases)) best = candidate;
    }
  }
  if (!best || best.withAliases < 2) {
    // No "between" nor verb of entering: "This Deed is made by Alpha Limited (the "Licensor") in favour of Beta GmbH
    // ("Beta")", "Alpha Inc. ("Alpha") and Beta LLC ("Beta") (together the "Parties") agree as follows": the parties
    // are the words before the group word, or on either side of "in favour of".
    const candidate = favourParties(head) ?? groupedParties(head);
    if (candidate !== null && candidate.withAliases >= 2 && (!best || candidate.withAliases > best.withAliases)) best = candidate;
  }
  if (!best || best.withAliases < 2) {
    // English-law deeds and short forms list the parties under a label, with no "between": "PARTIES (1) ALPHA LIMITED
    // ... (the **Licensor**); and (2) ...", "Parties: Alpha Inc. ("Alpha") and Beta LLC ("Beta")."
    const label = PARTIES_LABEL.exec(head.slice(0, 6000));
    if (label) {
      const from = label.index + label[0].length;
      let limit = Math.min(head.length, from + 1500);
      const stop = SECTION_END.exec(head.slice(from, limit));
      if (stop) limit = from + stop.index;
      const end = partyListEnd(head, sentenceEnd(head, from, limit), limit);
      // Quoted aliases first: a bare capitalised word in brackets may be a gloss ("registered with the Chamber of
      // Commerce (KvK)") where the alias comes later ("hereinafter referred to as "VLC"").
      const quoted = parseSegment(head.slice(from, end));
      const bare = parseSegment(head.slice(from, end), true);
      const candidate = quoted.withAliases >= 2 && quoted.withAliases >= bare.withAliases ? quoted : bare;
      if (candidate.withAliases >= 2 && (!best || candidate.withAliases > best.withAliases)) best = candidate;
    }
  }
  if (!best || best.withAliases < 2) {
    const labelled = labelledParties(head.slice(0, 6000));
    if (labelled.length >= 2 && (!best || labelled.length > best.withAliases)) best = { parties: labelled, withAliases: labelled.length };
  }
  if (!best || best.withAliases < 2) {
    const rows = coverRowParties(head.slice(0, 6000));
    if (rows.length >= 2 && (!best || rows.length > best.withAliases)) best = { parties: rows, withAliases: rows.length };
  }
  const labelled = roleRows(head);
  if (!best || best.withAliases < 2) {
    // A Details table's rows, each a role over a company's name.
    const rows = labelled.flatMap((r) => (r.cell && r.company !== null ? [{ name: r.company, aliases: [r.alias] }] : []));
    if (rows.length >= 2 && (!best || rows.length > best.withAliases)) best = { parties: rows, withAliases: rows.length };
  }
  if (!best || best.withAliases < 2) {
    // A letter agreement names no parties in a preamble: the undersigned write to the addressee ("Dear Sirs: The
    // undersigned, Alpha Ltd. (the "Agent") ... understand that Beta Inc. (the "Company") proposes ...").
    const letter = letterParties(head);
    if (letter !== null && (!best || letter.withAliases > best.withAliases || (letter.withAliases === best.withAliases && letter.parties.length > best.parties.length))) best = letter;
  }
  if (!best || best.withAliases < 2) {
    // A licence offered on terms that bind whoever accepts them names its licensor only where it grants: "BY INSTALLING
    // THE SOFTWARE ... YOU ARE BINDING THE BUSINESS ENTITY THAT YOU REPRESENT ("CUSTOMER") ... Cisco Systems, Inc. ...
    // ("Cisco"), grants to Customer a nonexclusive ... license".
    const found = best?.parties ?? [];
    const grantor = grantorParty(head, found);
    if (grantor !== null) best = { parties: [...found, grantor], withAliases: (best?.withAliases ?? 0) + 1 };
  }
  return mergeHints(dedupe(withRoleLabels(labelled.filter((r) => !r.cell), best)), hints);
}

// A company's name with its suffix and alias, then "grants to" a party already named ("Cisco Systems, Inc. ("Cisco"),
// grants to Customer"): the name is the last run of capitalised words before the bracket that ends with a suffix.
const GRANTS_TO = /((?:[A-Z][\w&'.-]*,?[ \t]+){1,6}?(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|LLC|L\.L\.C|LLP|plc|PLC|GmbH|AG|S\.A|N\.V|B\.V)\b\.?)[ \t]*\((?:the[ \t]+)?["“]([A-Z][\w&.-]*(?:[ \t][A-Z][\w&.-]*)?)["”]\),?[ \t]+(?:hereby[ \t]+)?grants[ \t]+to[ \t]+(?:the[ \t]+)?([A-Z][\w-]*|you\b)/;

/** The party that grants to a party already found, when no preamble names it (see findParties); null for none. */
function grantorParty(head: string, found: readonly Party[]): Party | null {
  if (found.length === 0) return null;
  const m = GRANTS_TO.exec(head);
  if (m === null) return null;
  const grantee = (m[3] as string).toLowerCase();
  const known = (p: Party): boolean => [p.name, ...p.aliases].some((n) => n.toLowerCase() === grantee);
  if (!found.some(known) || found.some((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase() === (m[2] as string).toLowerCase()))) return null;
  return { name: m[1] as string, aliases: [m[2] as string] };
}

// A role as a label before a party's name, on a line of the title block ('Licensor: PACIFICAP ENTERTAINMENT Licensee THE
// HENRY FILM AND ENTERTAINMENT CORPORATION', 'SENDER SOLANA PETROLEUM EXPLORATION COLOMBIA LIMITED'): in title case
// with a colon or before a name in capitals, or in capitals; the name runs to the next label, a wide gap or the line's end.
const ROLE_WORDS = String.raw`Licensor|Licensee|Seller|Buyer|Purchaser|Supplier|Customer|Distributor|Manufacturer|Contractor|Client|Sender|Shipper|Carrier|Consignor|Consignee|Lessor|Lessee|Vendor|Consultant|Reseller|Franchisor|Franchisee|Transporter`;
const ROLE_LABEL = new RegExp(String.raw`(?:^|[ \t])((?:${ROLE_WORDS}):|(?:${ROLE_WORDS.toUpperCase()}):?|(?:${ROLE_WORDS})(?=[ \t]+[A-Z][A-Z]))(?=[ \t])`, 'g');

/** A role label and the party's name after it (roleRows). */
interface RoleRow {
  readonly alias: string;
  /** The words after the label: a table's cell, or a title block's words up to the next label, a wide gap or the line's end. */
  readonly name: string;
  /** The company's name the words give, its suffix last ('Tessaract Water Technologies Pty Ltd'), or null for none. */
  readonly company: string | null;
  /** A table's row, the label a cell of its own; else a label on a title block's line. */
  readonly cell: boolean;
}

/**
 * The one reader of a role label, then the party's name: a Details table's rows in the first 6,000 characters (a label
 * of up to three capitalised words, not the name's first words, those are cover rows; a value that opens with a
 * company's name and its suffix), then the labels on a title block's lines in the first 3,000, before the signatures
 * (role words; the first label opens its line: a role word inside a sentence labels nothing). Each label once in each.
 */
function roleRows(head: string): RoleRow[] {
  const rows: RoleRow[] = [];
  const add = (row: RoleRow): void => {
    if (!rows.some((r) => r.alias === row.alias && r.cell === row.cell)) rows.push(row);
  };
  for (const m of head.slice(0, 6000).matchAll(DETAILS_ROW)) {
    const alias = squash(m[1] as string);
    const value = (m[2] as string).replace(/\*\*|__/g, '');
    const company = COMPANY_OPENING.exec(value);
    if (company !== null && !value.startsWith(alias)) add({ alias, name: squash(value), company: squash(company[0]), cell: true });
  }
  const title = head.slice(0, 3000);
  const signed = /\bIN WITNESS\b/i.exec(title);
  for (const line of title.slice(0, signed?.index ?? title.length).split('\n')) {
    const labels = [...line.matchAll(ROLE_LABEL)];
    if (labels.length === 0 || line.slice(0, (labels[0] as RegExpMatchArray).index).trim() !== '') continue;
    labels.forEach((label, i) => {
      const next = labels[i + 1];
      const value = line.slice((label.index ?? 0) + label[0].length, next === undefined ? line.length : next.index).split(/[ \t]{3,}/)[0] as string;
      const name = squash(value).replace(/[\s,;:]+$/, '');
      if (name.length < 2) return;
      const company = CORPORATE_SUFFIX.test(name) && /^[A-Z0-9]/.test(name) && name.length <= 100 ? name : null;
      add({ alias: (label[1] as string).replace(/:$/, ''), name, company, cell: false });
    });
  }
  return rows;
}

/**
 * The roles a title block gives the parties by labels (roleRows): an alias of a party found whose name follows its
 * label, or (with fewer than two parties found with aliases) parties of their own, two or more, each a company by its
 * suffix.
 */
function withRoleLabels(rows: readonly RoleRow[], best: Candidate | null): Party[] {
  const parties = [...(best?.parties ?? [])];
  const known = new Set(parties.flatMap((p) => p.aliases.map((a) => a.toLowerCase())));
  let matched = 0;
  for (const row of rows) {
    const i = parties.findIndex((p) => p.class === undefined && p.name.toLowerCase() === row.name.toLowerCase());
    if (i < 0 || known.has(row.alias.toLowerCase())) continue;
    const p = parties[i] as Party;
    parties[i] = { ...p, aliases: [...p.aliases, row.alias] };
    known.add(row.alias.toLowerCase());
    matched++;
  }
  if (matched > 0 || (best !== null && best.withAliases >= 2)) return parties;
  const companies = rows.flatMap((r) => (r.company === null ? [] : [{ name: r.company, aliases: [r.alias] }]));
  return companies.length >= 2 && parties.length === 0 ? companies : parties;
}

// What marks a letter agreement near its opening: a salutation ("Dear Sirs", "Dear Mr. Harris:"), "We are pleased to
// confirm", or the addressee's acceptance ("Agreed and accepted by").
const LETTER_MARK = /\bDear[ \t]+(?:Sirs?|Madams?|Mesdames|Mr|Ms|Mrs|Dr|[A-Z][a-z]+)\b|\bWe[ \t]+are[ \t]+pleased[ \t]+to[ \t]+confirm\b|\b(?:Agreed|AGREED|Accepted|ACCEPTED)[ \t]+(?:and|AND)[ \t]+(?:accepted|ACCEPTED|agreed|AGREED)\b/;
// The salutation, which ends the address block above it.
const SALUTATION = /\bDear[ \t]+(?:Sirs?|Madams?|Mesdames|Mr|Ms|Mrs|Dr|[A-Z][a-z]+)\b/;
// "The undersigned, Alpha Ltd. (...), ..." opening the letter's first sentence: the writers name themselves.
const UNDERSIGNED = /\b[Tt]he[ \t]+undersigned[ \t]*,[ \t]*/;
// The verb after the writers' names, with the "that" before what they say of the addressee.
const UNDERSIGNED_VERB = /[ \t]+(?:hereby[ \t]+)?(?:understands?|confirms?|agrees?|acknowledges?|propose|proposes|offers?)(?:[ \t]+and[ \t]+(?:agrees?|confirms?|acknowledges?))?[ \t]+(?:that[ \t]+)?/g;
// A list of names: split at ", ", ", and " or " and " before a name, not before a company's suffix ("Acme, Inc.").
const NAME_LIST_SPLIT = /,[ \t]*(?:and[ \t]+)?(?!(?:Inc|Incorporated|Corp|Corporation|Co|Ltd|Limited|LLC|L\.L\.C|LLP|LP|L\.P|plc|PLC|GmbH|AG|S\.A|N\.V|B\.V|Pty|Pte)\b)(?=[A-Z0-9])|[ \t]+and[ \t]+(?=[A-Z0-9])/;
// A company's name in the address block: capitalised words ending with a corporate suffix ("Tribute Pharmaceuticals
// Canada Inc.", "Northwind Photonics Ltd.").
const ADDRESSEE = /(?:[A-Z][\w&'.-]*[ \t]+){1,6}?(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|LLC|L\.L\.C|LLP|plc|PLC|GmbH|AG|S\.A|N\.V|B\.V|Pty[ \t]+Ltd|Pte[ \t]+Ltd)\b\.?/;

/**
 * The parties of a letter agreement: the undersigned who write it ("The undersigned, Alpha Ltd. (the "Agent"), Beta
 * Inc. and Gamma & Co. Ltd. (together, the "Agents") understand that ..."), each name of their list, and the
 * addressee, named in the address block above the salutation or after the writers' verb ("understand that Delta Inc.
 * (the "Company") proposes ..."), with the alias the letter gives it. Null when the text is no letter or names fewer
 * than two parties, one with an alias.
 */
function letterParties(head: string): Candidate | null {
  const opening = head.slice(0, 6000);
  if (!LETTER_MARK.test(opening)) return null;
  const parties: Party[] = [];
  const add = (name: string, aliases: readonly string[]): void => {
    const same = parties.find((p) => p.name.toLowerCase() === name.toLowerCase());
    if (same === undefined) parties.push({ name, aliases: [...aliases] });
    else if (same.aliases.length === 0 && aliases.length > 0) parties[parties.indexOf(same)] = { name, aliases: [...aliases] };
  };
  const undersigned = UNDERSIGNED.exec(opening);
  if (undersigned !== null) {
    const from = undersigned.index + undersigned[0].length;
    const sentence = opening.slice(from, sentenceEnd(head, from, Math.min(head.length, from + 1500)));
    const verb = verbOutsideBrackets(sentence);
    const writers = verb === null ? sentence : sentence.slice(0, verb.index);
    const aliased = parseSegment(writers).parties.filter((p) => p.class === undefined);
    for (const chunk of writers.replace(/\([^()]*\)/g, ' ').split(NAME_LIST_SPLIT)) {
      const name = cleanName(chunk);
      if (name === null || !(CORPORATE_SUFFIX.test(name) || /^(?:[A-Z0-9][\w.&'-]*|of|and|the|&)(?:\s+(?:[A-Z0-9][\w.&'-]*|of|and|the|&))*$/.test(name))) continue;
      add(name, aliased.find((p) => p.name === name)?.aliases ?? []);
    }
    if (verb !== null) {
      const first = parseSegment(sentence.slice(verb.index + verb[0].length)).parties[0];
      if (first !== undefined && first.class === undefined && first.name !== first.aliases[0]) add(first.name, first.aliases);
    }
  }
  // The addressee, in the address block above the salutation, with the alias the letter gives it after its name.
  const salutation = SALUTATION.exec(opening);
  const addressee = salutation === null ? null : ADDRESSEE.exec(opening.slice(0, salutation.index));
  if (addressee !== null) {
    const name = squash(addressee[0]);
    const after = new RegExp(String.raw`${escapeRegExp(name).replace(/ /g, String.raw`\s+`)}\s*\(([^()]{1,120})\)`).exec(opening.slice(salutation?.index ?? 0));
    add(name, after === null ? [] : aliasesIn(after[1] as string, false).map((a) => a.replace(/^the\s+/i, '')).filter((a) => !GENERIC_ALIAS.test(a)));
  }
  const withAliases = parties.filter((p) => p.aliases.length > 0).length;
  return parties.length >= 2 && withAliases >= 1 ? { parties, withAliases } : null;
}

/** The first UNDERSIGNED_VERB of `sentence` outside brackets (a verb inside "(collectively ...)" says nothing). */
function verbOutsideBrackets(sentence: string): RegExpExecArray | null {
  UNDERSIGNED_VERB.lastIndex = 0;
  for (let m = UNDERSIGNED_VERB.exec(sentence); m !== null; m = UNDERSIGNED_VERB.exec(sentence)) {
    const before = sentence.slice(0, m.index);
    if ((before.match(/\(/g)?.length ?? 0) === (before.match(/\)/g)?.length ?? 0)) return m;
  }
  return null;
}

const IN_FAVOUR_OF = /\bin\s+fav(?:ou|o)r\s+of\b/;
// A group parenthetical that names the parties listed before it: '(together the "Parties")', '(collectively, the
// "Parties" and each a "Party")'.
// Or one that opens with the word: '(the "Parties" or "Joint Venturers" if referred to collectively, ...)'.
const PARTIES_GROUP = /\((?:[^()"“]{0,40}?\b)?(?:together|collectively|jointly)\b[^()"“]{0,20}["“][*_]*Parties[*_]*["”][^()]{0,60}\)|\([ \t]*(?:the[ \t]+)?["“][*_]*Parties[*_]*["”][^()]{0,200}\)/;
// Or one with no brackets, after a comma: ', collectively referred to as the "Parties"', ', each a "Party" together, "Parties"'.
const PARTIES_GROUP_RUN = /,[ \t]*(?:(?:together|collectively|jointly)(?:[ \t]+referred[ \t]+to)?(?:[ \t]+as)?,?[ \t]+(?:the[ \t]+)?["“]Parties["”]|each[ \t]+(?:being[ \t]+)?an?[ \t]+["“]Party["”])/;
// A recital that names the parties by what they are ("WHEREAS Alpha is a pharmaceutical company with ... ("Alpha") and
// Beta Ltd is a ..."): the verb stands where a preamble has a comma before the description.
const RECITAL_OPENER = /\b(?:WHEREAS|Whereas)\b,?[ \t]*/g;
const RECITAL_VERB = /(?<=\S)[ \t]+(?:is|are)[ \t]+(?=an?[ \t])/g;

/** Where the paragraph holding `at` starts: after the blank line before it, or at the text's start. */
function paragraphStart(text: string, at: number): number {
  const blank = text.lastIndexOf('\n\n', at);
  return blank < 0 ? 0 : blank + 2;
}

/** The parties of an instrument made by one party in favour of another, in its first paragraph of 4,000 characters. */
function favourParties(head: string): Candidate | null {
  const opening = head.slice(0, 4000);
  const favour = IN_FAVOUR_OF.exec(opening);
  if (favour === null) return null;
  const from = paragraphStart(opening, favour.index);
  const maker = parseSegment(opening.slice(from, favour.index));
  const after = favour.index + favour[0].length;
  const end = sentenceEnd(head, after, Math.min(head.length, after + 1500));
  const words = head.slice(after, end);
  let beneficiary = parseSegment(words);
  if (beneficiary.parties.length === 0) {
    // "in favour of each Person that becomes a Participant by signing a Joinder": a class, named by its word.
    const joiners = namedClass(words);
    if (joiners !== null) beneficiary = { parties: [joiners], withAliases: 1 };
  }
  if (maker.parties.length !== 1 || beneficiary.parties.length === 0) return null;
  return { parties: [...maker.parties, ...beneficiary.parties], withAliases: maker.withAliases + beneficiary.withAliases };
}

/** The parties listed in the paragraph before a group parenthetical that names them the "Parties". */
function groupedParties(head: string): Candidate | null {
  const opening = head.slice(0, 4000);
  const group = PARTIES_GROUP.exec(opening) ?? PARTIES_GROUP_RUN.exec(opening);
  if (group === null) return null;
  let segment = head.slice(paragraphStart(head, group.index), group.index);
  const recital = [...segment.matchAll(RECITAL_OPENER)].pop();
  if (recital !== undefined) segment = segment.slice(recital.index + recital[0].length).replace(RECITAL_VERB, ', ');
  return parseSegment(segment);
}

// A party named on a line of its own under its short name, as Chinese contracts and their translations head them
// (甲方: ..., 'Party A (Licensor): Shenzhen ... Co., Ltd.'): the label is the alias the text uses, the rest the name.
const LABELLED_PARTY = /^[ \t]*(Party[ \t]+[A-F])(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*[:：][ \t]*([A-Z][^\n]{1,120})$/gm;

// Or, in a numbered list of the parties, at the start of each item: '1. Baoding Fengfan Group Limited Liability Company
// (hereinafter referred to as Party A), established and existing under the laws of ...'.
const PARTY_ITEM_LABEL = /^[ \t]*(?:\(?\d{1,2}[.)][ \t]+)?([A-Z][^\n()]{1,120}?)[ \t]*,?[ \t]*\((?:hereinafter|herein)[ \t]+(?:referred[ \t]+to[ \t]+as|called)[ \t]+["“]?(Party[ \t]+[A-F])["”]?\)/gm;

/** Parties given as labelled lines ('Party A: Alpha Co., Ltd.'), before the first clause; each label once. */
function labelledParties(head: string): Party[] {
  const out: Party[] = [];
  const labelled = [...head.matchAll(LABELLED_PARTY)].map((m) => [m[1], m[2]] as const);
  const items = [...head.matchAll(PARTY_ITEM_LABEL)].map((m) => [m[2], m[1]] as const);
  for (const [label, value] of [...labelled, ...items]) {
    const alias = squash(label as string);
    const name = cleanName(value as string);
    if (name === null || out.some((p) => p.aliases[0] === alias)) continue;
    out.push({ name, aliases: [alias] });
  }
  return out;
}

// A cover page's table of business terms gives each party a row of its own: the short name as the row's label, the full
// name with its description as the value ('Quillfeather' | 'Quillfeather Robotics, Inc., a Delaware corporation, 800
// Canal Street ...'), the cells as the ingested table writes them (a tab, or a Markdown table's bars).
// The label may be bold, as a Key Details table sets it ('| **Alder** | Alder Medical Ltd, incorporated in England ... |').
const COVER_ROW = /^[ \t]*\|?[ \t]*(?:\*\*|__)?([A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,2})(?:\*\*|__)?[ \t]*(?:\t|\|)[ \t]*([A-Z][^\t\n|]{1,200}?)[ \t]*\|?[ \t]*$/gm;

/**
 * Parties named on the rows of a cover page's table: a label that is the first word or words of the value's name, and a
 * value that describes a company ('a Delaware corporation', 'an Ohio limited liability company'); each label once.
 */
function coverRowParties(head: string): Party[] {
  const out: Party[] = [];
  for (const m of head.matchAll(COVER_ROW)) {
    const alias = squash(m[1] as string);
    const value = m[2] as string;
    if (!value.startsWith(alias) || !/^[\s,]/.test(value.slice(alias.length)) || !DESCRIPTOR.test(value)) continue;
    const name = cleanName(value);
    if (name === null || name === alias || !name.startsWith(alias) || out.some((p) => p.aliases[0] === alias)) continue;
    out.push({ name, aliases: [alias] });
  }
  return out;
}

// An Australian precedent's Details table names each party on a row of its own under its role: the role as the row's
// label, in bold in Markdown ('| **Licensor** | Tessaract Water Technologies Pty Ltd (ACN 614 208 337) of Level 7 ...'),
// and the company's full name, with its suffix, opening the value (read by roleRows).
const DETAILS_ROW = /^[ \t]*\|?[ \t]*(?:\*\*|__)?([A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,2})(?:\*\*|__)?[ \t]*(?:\t|\|)[ \t]*(?:\*\*|__)?([A-Z][^\t\n|]{1,300}?)[ \t]*\|?[ \t]*$/gm;
const COMPANY_OPENING = /^(?:[A-Z][\w&'.-]*[ \t]+){1,6}?(?:Pty[ \t]+Ltd|Pte[ \t]+Ltd|Inc|Incorporated|Corp|Corporation|Ltd|Limited|LLC|L\.L\.C|LLP|plc|PLC|GmbH|AG|S\.A|N\.V|B\.V)\b\.?/;

function dedupe(parties: readonly Party[]): Party[] {
  const out: Party[] = [];
  const seen = new Set<string>();
  for (const p of parties) {
    const key = p.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name: p.name, aliases: [...new Set(p.aliases)], ...(p.class === undefined ? {} : { class: p.class }) });
  }
  return out;
}

/** Configured parties win: their aliases join a found party with the same name or alias, or they are added. */
function mergeHints(found: Party[], hints: readonly PartyHint[]): Party[] {
  const out = [...found];
  for (const h of hints) {
    const forms = new Set([h.name, ...(h.aliases ?? [])].map((s) => s.toLowerCase()));
    const i = out.findIndex((p) => [p.name, ...p.aliases].some((s) => forms.has(s.toLowerCase())));
    if (i >= 0) {
      const p = out[i] as Party;
      // A class of parties stays one when the configuration names it ("Member"): its name changes, not what it is.
      out[i] = { name: h.name, aliases: [...new Set([...p.aliases, ...(p.name === h.name ? [] : [p.name]), ...(h.aliases ?? [])])], ...(p.class === undefined ? {} : { class: p.class }) };
    } else out.push({ name: h.name, aliases: [...(h.aliases ?? [])] });
  }
  return out;
}

/** A party mention: `party` is a party name, or null for a group word ("each Party", "the other Party"). */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly party: string | null;
  readonly group: 'each' | 'other' | 'neither' | null;
  readonly text: string;
}

/** What a group phrase is made of: ASCII letters and white space (a window reads on over them to a phrase's end). */
const isGroupCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isBlankChar(c);
/** [\w-] by character code. */
const isWordOrHyphen = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
}

const isLetterCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

// A group phrase: "each Party", "the other Parties", "NEITHER PARTY".
const GROUP_SOURCE = String.raw`(?:[Ee]ach|[Ee]ither|[Bb]oth|[Nn]either|[Tt]he\s+other|[Ee]ach\s+other|EACH|EITHER|NEITHER|BOTH)\s+(?:[Pp]art(?:y|ies)|PART(?:Y|IES))`;
const GROUP_AT = new RegExp(`${GROUP_SOURCE}(?![\\w-])`, 'y');

/**
 * Every position where a group phrase ("each Party", "the other Parties", "NEITHER PARTY") can start, ascending: from
 * each "art"/"ART" after "P"/"p", back over the white space to the end of the word before, at the lengths of the
 * group words (4: each, both; 6: either; 7: neither) and, after "other", at "the" or "each" before it. A position
 * inside a longer word is kept: the pattern has no word boundary of its own (scan() checks it after matching).
 */
function groupStarts(text: string, from = 0, to = text.length): Int32Array {
  const out: number[] = [];
  for (const [literal, capitals] of [['art', false], ['ART', true]] as const) {
    // Only the "art" at [from, to): a group phrase holds its "art", so these are all the phrases inside the range.
    for (let k = text.indexOf(literal, Math.max(1, from)); k >= 0 && k < to; k = text.indexOf(literal, k + 1)) {
      const p = text.charCodeAt(k - 1);
      if (p !== 80 && (capitals || p !== 112)) continue;
      let end = k - 1;
      while (end > 0 && isBlankChar(text.charCodeAt(end - 1))) end--;
      if (end === k - 1) continue;
      let word = end;
      while (word > 0 && isLetterCode(text.charCodeAt(word - 1))) word--;
      for (const length of [4, 6, 7]) if (end - length >= word) out.push(end - length);
      if (end - word === 5 && text.startsWith('other', word)) {
        let before = word;
        while (before > 0 && isBlankChar(text.charCodeAt(before - 1))) before--;
        if (before === word) continue;
        let first = before;
        while (first > 0 && isLetterCode(text.charCodeAt(first - 1))) first--;
        for (const length of [3, 4]) if (before - length >= first) out.push(before - length);
      }
    }
  }
  return sortedStarts(out);
}

/** Finds the party mentions of a text as one global scan of one combined pattern would, window by window or all at once. */
export class PartyIndex {
  readonly parties: readonly Party[];
  /**
   * The name forms, longest first (the order of the alternatives of `pattern`), by their first character. Found by
   * comparing in place, not by a regex of the forms: a regex made for each document is parsed when made and compiled
   * (to bytecode, then to machine code) at its first two scans, ~0.3 ms a document, several times what its scans cost.
   */
  private readonly formsByFirst = new Map<number, string[]>();
  /** 1 for each ASCII character that opens a form. */
  private readonly firstAscii = new Uint8Array(128);
  private readonly forms: readonly string[];
  private readonly formToParty = new Map<string, string>();
  /** The text of scan(); its mentions are found on demand, by window or (indexAll) all at once. */
  private text = '';
  /** Every mention of the text, once indexAll() has run; null before. */
  private all: { readonly mentions: Mention[]; readonly starts: number[] } | null = null;
  /** Characters read by windows so far: past the text's length, indexing it all at once costs less. */
  private windowed = 0;
  /** The characters of the name forms (group phrases are ASCII letters and white space). */
  private readonly nameCodes = new Set<number>();
  private longestForm = 0;

  constructor(parties: readonly Party[]) {
    this.parties = parties;
    for (const p of parties) {
      const forms = [p.name, ...p.aliases];
      const bare = p.name.replace(CORPORATE_SUFFIX, '').trim();
      if (bare.length >= 3 && bare !== p.name) forms.push(bare);
      for (const f of forms) {
        // Names are often written in capitals in the preamble and in title case later, or the reverse.
        for (const v of [f, f.toUpperCase(), titleCase(f)]) {
          if (v.length < 2 || /^(?:party|parties|the|a|an)$/i.test(v)) continue;
          if (!this.formToParty.has(v)) this.formToParty.set(v, p.name);
        }
      }
    }
    const forms = [...this.formToParty.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.forms = forms;
    for (const f of forms) {
      for (let i = 0; i < f.length; i++) this.nameCodes.add(f.charCodeAt(i));
      this.longestForm = Math.max(this.longestForm, f.length);
      const first = f.charCodeAt(0);
      if (first < 128) this.firstAscii[first] = 1;
      const list = this.formsByFirst.get(first);
      if (list) list.push(f);
      else this.formsByFirst.set(first, [f]);
    }
  }

  /**
   * Group phrases or party names, global; word starts are checked by scan() after matching (a leading lookbehind
   * would be tried at every position). scan() finds what a global scan of this pattern finds (without building it).
   */
  get pattern(): RegExp {
    const names = this.forms.map(escapeRegExp).join('|');
    return new RegExp(`(?:(${GROUP_SOURCE})|${names ? `(${names})` : '(?!)'})(?![\\w-])`, 'g');
  }

  /**
   * Where the leftmost name form at or after `pos` and before `to` starts (-1: none), as a scan of the forms'
   * alternation followed by (?![\w-]) finds it: at the first place where one matches, the first form in order (the
   * longest) that matches there; `form` holds it.
   */
  private nextName(pos: number, to: number): number {
    const text = this.text;
    const end = Math.min(to, text.length);
    const firstAscii = this.firstAscii;
    for (let p = pos; p < end; p++) {
      const c = text.charCodeAt(p);
      // Most characters open no form: an ASCII one is ruled out by a table read, before any Map look-up.
      if (c < 128 && firstAscii[c] === 0) continue;
      const forms = this.formsByFirst.get(c);
      if (forms === undefined) continue;
      for (let i = 0; i < forms.length; i++) {
        const f = forms[i] as string;
        const after = p + f.length;
        if (text.startsWith(f, p) && (after >= text.length || !isWordOrHyphen(text.charCodeAt(after)))) {
          this.form = f;
          return p;
        }
      }
    }
    return -1;
  }
  /** The form nextName found last. */
  private form = '';

  /**
   * The text whose mentions later queries (within, lastWithin) ask for, by offset range. Most callers read a few short
   * windows (the words around a grant), so the mentions are found per window; indexAll() finds them all at once.
   */
  scan(text: string): void {
    this.text = text;
    this.all = null;
    this.windowed = 0;
  }

  /** Index the mentions of the whole text once (for callers that read every clause). */
  indexAll(): void {
    if (this.all !== null) return;
    const text = this.text;
    const mentions: Mention[] = [];
    this.collect(0, 0, text.length + 1, groupStarts(text), mentions);
    this.all = { mentions, starts: mentions.map((x) => x.start) };
  }

  /** Whether a character can lie inside a mention: ASCII letters and white space (group phrases), a name's characters. */
  private inMention(c: number): boolean {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isBlankChar(c) || this.nameCodes.has(c);
  }

  /**
   * The mentions that start within [from, to), as indexAll() finds them, from the text around the window alone; null
   * when that would read more than indexing the whole text. The scan starts after a character that no mention can hold
   * (no mention runs across it, so a global scan is at rest there: from it on, both find the same matches).
   */
  private window(from: number, to: number): Mention[] | null {
    const text = this.text;
    let start = Math.min(Math.max(0, from), text.length);
    while (start > 0 && this.inMention(text.charCodeAt(start - 1))) start--;
    // A group phrase that starts before `to` is ASCII letters and white space up to its end, where its "art" is.
    let groupEnd = Math.max(start, to);
    while (groupEnd < text.length && isGroupCode(text.charCodeAt(groupEnd))) groupEnd++;
    // A name that starts before `to` and what its lookahead reads lie before this.
    const namesEnd = Math.min(text.length, Math.max(start, to) + this.longestForm + 1);
    this.windowed += Math.max(groupEnd, namesEnd) - start;
    if (this.windowed > text.length) return null;
    const out: Mention[] = [];
    this.collect(start, from, to, groupStarts(text, start, groupEnd + 1), out);
    return out;
  }

  /**
   * The matches of a global scan of the combined pattern (group phrases first, then names, at the leftmost place either
   * can match) from `pos`, up to the first that starts at or after `to`; those that start at or after `from` and after
   * no word character or hyphen are pushed to `out`. The group phrases have no cheap opening for a regex scan (one of
   * ten words at any position): they are tried only at `groups` (ascending).
   */
  private collect(pos: number, from: number, to: number, groups: Int32Array, out: Mention[]): void {
    const text = this.text;
    let g = 0;
    // Where the next name starts (-1: not looked for yet; Infinity: none before `to`), and its form.
    let nameAt = this.forms.length > 0 ? -1 : Infinity;
    let nameForm = '';
    for (;;) {
      while (g < groups.length && (groups[g] as number) < pos) g++;
      const groupAt = g < groups.length ? (groups[g] as number) : Infinity;
      if (nameAt < pos) {
        const k = this.nextName(pos, to);
        nameAt = k < 0 ? Infinity : k;
        nameForm = this.form;
      }
      if (groupAt >= to && nameAt >= to) break;
      let matched: string | null = null;
      let at = groupAt;
      let isGroup = false;
      if (groupAt <= nameAt) {
        GROUP_AT.lastIndex = groupAt;
        const m = GROUP_AT.exec(text);
        if (m !== null) {
          matched = m[0];
          isGroup = true;
        }
      }
      if (matched === null) {
        if (nameAt > groupAt) {
          pos = groupAt + 1;
          continue;
        }
        matched = nameForm;
        at = nameAt;
      }
      const end = at + matched.length;
      pos = end;
      if (at < from || (at > 0 && isWordOrHyphen(text.charCodeAt(at - 1)))) continue;
      if (isGroup) {
        const lower = matched.toLowerCase();
        const group = lower.startsWith('neither') ? 'neither' : /other/.test(lower) && !lower.startsWith('each') ? 'other' : 'each';
        out.push({ start: at, end, party: null, group, text: matched });
      } else {
        out.push({ start: at, end, party: this.formToParty.get(matched) ?? null, group: null, text: matched });
      }
    }
  }

  /** Mentions that start within [from, to), in order. */
  within(from: number, to: number): Mention[] {
    const windowed = this.all === null ? this.window(from, to) : null;
    if (windowed !== null) return windowed;
    this.indexAll();
    const { mentions, starts } = this.all as { mentions: Mention[]; starts: number[] };
    let i = lastAtOrBefore(starts, from - 1) + 1;
    const out: Mention[] = [];
    for (; i < mentions.length; i++) {
      const m = mentions[i] as Mention;
      if (m.start >= to) break;
      out.push(m);
    }
    return out;
  }

  /** The last mention that starts within [from, to). */
  lastWithin(from: number, to: number): Mention | undefined {
    const windowed = this.all === null ? this.window(from, to) : null;
    if (windowed !== null) return windowed[windowed.length - 1];
    this.indexAll();
    const { mentions, starts } = this.all as { mentions: Mention[]; starts: number[] };
    const i = lastAtOrBefore(starts, to - 1);
    const m = mentions[i];
    return m && m.start >= from ? m : undefined;
  }

  /** The other party of a two-party agreement. */
  other(name: string | null): string | null {
    if (this.parties.length !== 2 || name === null) return null;
    const [a, b] = this.parties as [Party, Party];
    return name === a.name ? b.name : name === b.name ? a.name : null;
  }
}

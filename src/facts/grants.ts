// Grant records read from the language of a clause: who grants what to whom, and on what terms.
import type { Mention, PartyIndex } from './parties.js';
import { NO_CLASSES, NO_ROLES } from './roles.js';
import { isBlankChar } from '../clauses/blocks.js';
import { wordHash, type ClauseNode, type GrantRecord, type WordIndex } from '../model/index.js';
import { headingEnd, lastAtOrBefore, matchesAt, NUMBER_WORD, sentenceStarts, sortedStarts, squash, wordsBack } from './text.js';
import { findDurations } from './measures.js';
import { caseInsensitive } from '../model/case-spelt.js';

// "grants", "hereby grant(s)", "shall/will grant", "agrees to grant", "does hereby grant"; passive "is hereby granted".
// "the grants of ..." and "the right to grant sublicenses" are not grants. "X (irrevocably) covenant(s) not to sue Y"
// grants Y an immunity, the form a settlement's cross-licence often takes in one direction ("covenant" for a plural
// subject: "Beta and its Affiliates hereby covenant not to sue"), also with a that-clause ("covenants (and agrees) that
// it (and its Affiliates) will not sue", "that neither it nor its Affiliates shall assert"), and without the word
// "covenant": "agrees not to sue", "undertakes not to assert", "shall not assert ... against" (NON_ASSERTION).
// "shall not, and shall procure that its Affiliates shall not, assert", "will not (directly or indirectly) sue": an
// aside between "not" and the verb. "undertakes not to bring any action for infringement": suing in other words.
const NOT_ASIDE = String.raw`(?:\s*,[^,;.()]{1,100},|\s*\([^,;.()]{1,100}\))?`;
const SUE_WORDS = String.raw`(?:bring|commence|institute|initiate|file)\s+(?:[\w-]+\s+){0,4}?(?:actions?|suits?|proceedings?|claims?|litigation)`;
const NON_ASSERTION = String.raw`(?:(?:irrevocably\s+)?(?:agrees?|undertakes?)\s+not\s+to${NOT_ASIDE}|(?:shall|will)\s+not${NOT_ASIDE})\s+(?:sue|assert|${SUE_WORDS})`;
/** A covenant verb's last words: "sue", "assert", "bring any action" and the like. */
const COVENANT_VERB_END = new RegExp(String.raw`(?:\bsue|\bassert|\b${SUE_WORDS})$`);
const COVENANT_NOT_TO = String.raw`covenants?\s+(?:and\s+agrees?\s+)?(?:not\s+to|that\s+(?:(?:it|they)(?:\s+and\s+(?:its|their)\s+[Aa]ffiliates)?\s+(?:will|shall)\s+not|neither\s+(?:it|they)\s+nor\s+(?:any\s+of\s+)?(?:its|their)\s+[Aa]ffiliates\s+(?:will|shall)))\s+(?:sue|assert|${SUE_WORDS})`;
// Plain English writes the parties as "we" and "you" and grants in the first or second person, or gives a licence: "We
// grant you", "You give us a licence", "Lumora gives Fennick a licence" (a giving is a grant only with a licence as its
// object: GIVEN_LICENCE).
// "Party A licenses Party B to implement the patents of Party A", "Licensor hereby licenses to Licensee the Licensed
// Patents": the verb, as translated Chinese and Japanese contracts and some US ones write a grant: after "hereby", or
// before a name and "to" and a verb (not the noun: "the licenses Granted", "cross-licenses", "Software licenses to Corio").
const LICENSES_VERB = String.raw`(?<!\b(?:the|any|such|all|of|and|or|these|those|its|their|other|exclusive|no|which|what|patent|cross|sub|[Tt]he|[Aa]ny|[Ss]uch|[Aa]ll|[Tt]hese|[Tt]hose)[ \t-])(?:hereby\s+licen[cs]es(?=\s)|licen[cs]es(?=\s+(?:the\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4},?\s+to\s+(?!(?:the|any|a|an|all|its|their|such)\b)[a-z]))`;
/** Whether "licenses" or "licences" is spelt at `k`, where "licen" stands (the verb's letters; the noun's too). */
export function licensesAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k + 5);
  return (c === 115 || c === 99) && text.charCodeAt(k + 6) === 101 && text.charCodeAt(k + 7) === 115;
}
export const GRANT_VERB = new RegExp(String.raw`\b(?:grants|${LICENSES_VERB}|(?:hereby|shall|will|agrees?\s+to|does\s+hereby|do\s+hereby|[Ww]e|[Yy]ou|[Tt]hey)\s+grant|(?:[Ww]e|[Yy]ou|[Tt]hey)\s+(?:hereby\s+)?give|gives|(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?granted|${COVENANT_NOT_TO}|${NON_ASSERTION})\b`, 'g');
const GRANT_VERB_AT = new RegExp(GRANT_VERB.source, 'y');
/**
 * Where findGrants tries the covenant verb, and which clauses the facts stage reads for grants: the first word only,
 * as the words after it may be wrapped or spaced as the text comes ("covenants\nnot to sue" in EDGAR text).
 */
export const COVENANT_VERB = 'covenant';

/**
 * Where the next COVENANT_VERB is at or after `from`, or -1. Found by its middle "venan": an indexOf starts from its
 * first character, and "c" opens a word in every few where "v" opens few (two scans of CUAD dev: 6 -> 2 ms a pass).
 * "venan" cannot overlap itself, so the search goes on after it.
 */
export function nextCovenant(text: string, from: number): number {
  for (let v = text.indexOf('venan', from + 2); v >= 0; v = text.indexOf('venan', v + 5)) if (text.startsWith('co', v - 2) && text.startsWith('t', v + 5)) return v - 2;
  return -1;
}

/** The verbs of a covenant without the word "covenant": "not to sue", "shall not assert", "not to bring any action". */
const NON_ASSERTION_VERBS = ['sue', 'assert', 'bring', 'commence', 'institute', 'initiate', 'file'];
const NON_ASSERTION_HASHES = new Int32Array(NON_ASSERTION_VERBS.map(wordHash));
/**
 * The verbs' hashes by their low 12 bits: one table read rules out nearly every word (a TypedArray indexOf per word,
 * a builtin call for each of a pass's million words, cost 22 ms a pass over CUAD dev; this 2-3 ms).
 */
const NON_ASSERTION_FILTER = new Uint8Array(4096);
for (const h of NON_ASSERTION_HASHES) NON_ASSERTION_FILTER[h & 4095] = 1;

/** The index in NON_ASSERTION_VERBS of the verb with this hash, or -1. */
function nonAssertionVerb(hash: number): number {
  if (NON_ASSERTION_FILTER[hash & 4095] === 0) return -1;
  for (let v = 0; v < NON_ASSERTION_HASHES.length; v++) if (NON_ASSERTION_HASHES[v] === hash) return v;
  return -1;
}

/**
 * Where a covenant without the word "covenant" can start: at each of NON_ASSERTION_VERBS, in lower case, with "not" or
 * "not to" before it (or "not" and an aside: "shall not, and shall procure that its Affiliates shall not, assert"), up
 * to two words before the "not" ("irrevocably agrees not to sue", "shall not assert"), at the first letter of
 * "agree(s)", "undertake(s)", "irrevocably", "shall" or "will". Document offsets, in order. The verbs are found among
 * the document's words (model/words.ts), shared with the tagger and the rules: no scan of the text of its own.
 */
export function nonAssertionStarts(text: string, words: WordIndex): number[] {
  const out: number[] = [];
  const { count, starts, ends, hashes } = words;
  for (let w = 0; w < count; w++) {
    const v = nonAssertionVerb(hashes[w] as number);
    if (v < 0) continue;
    const k = starts[w] as number;
    const verb = NON_ASSERTION_VERBS[v] as string;
    if (k === 0 || (ends[w] as number) !== k + verb.length || !text.startsWith(verb, k) || !isBlankChar(text.charCodeAt(k - 1)) || isWordChar(text.charCodeAt(k + verb.length))) continue;
    const lo = Math.max(0, k - 130);
    const m = NOT_BEFORE.exec(text.slice(lo, k));
    if (!m) continue;
    const not = lo + m.index;
    for (let i = wordsBack(text, not, 0, 2); i < not; i++) {
      const c = text.charCodeAt(i);
      if ((c === 97 || c === 117 || c === 105 || c === 115 || c === 119) && (i === 0 || isBlankChar(text.charCodeAt(i - 1)))) out.push(i);
    }
  }
  return out.sort((a, b) => a - b);
}
const NOT_BEFORE = new RegExp(String.raw`\bnot(?:\s+to)?${NOT_ASIDE}\s+(?:to\s+)?$`);
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * The matches of a global scan of GRANT_VERB in `own`, tried only where one can start: at each "grant" and, up to
 * three words before it, at the first letters of "hereby", "shall", "will", "agree(s) to", "does", "do", "is", "are";
 * at each "covenant"; and at `nonAssertions`, where "agrees not to sue", "shall not assert" can start (offsets in `own`).
 */
export function grantVerbMatches(own: string, nonAssertions: readonly number[] = []): RegExpExecArray[] {
  const starts: number[] = [];
  for (let k = nextCovenant(own, 0); k >= 0; k = nextCovenant(own, k + COVENANT_VERB.length)) starts.push(k);
  let floor = 0;
  for (let k = own.indexOf('grant'); k >= 0; k = own.indexOf('grant', k + 5)) {
    starts.push(k);
    // Below `floor` (the previous "grant") the previous walk has been, with the same or a larger budget.
    const j = wordsBack(own, k, floor, 3);
    for (let i = j; i < k; i++) {
      const c = own.charCodeAt(i);
      if (c === 104 || c === 115 || c === 119 || c === 97 || c === 100 || c === 105 || c === 121 || c === 116 || c === 87 || c === 89 || c === 84) starts.push(i);
    }
    floor = k;
  }
  // "gives", and "we / you / they (hereby) give": at each "give", and up to two words before it.
  floor = 0;
  for (let k = own.indexOf('give'); k >= 0; k = own.indexOf('give', k + 4)) {
    starts.push(k);
    const j = wordsBack(own, k, floor, 2);
    for (let i = j; i < k; i++) {
      const c = own.charCodeAt(i);
      if (c === 119 || c === 121 || c === 116 || c === 87 || c === 89 || c === 84) starts.push(i);
    }
    floor = k;
  }
  // "licenses Party B", "hereby licenses to": at each "licenses" / "licences" and the "hereby" just before it.
  for (let k = own.indexOf('licen'); k >= 0; k = own.indexOf('licen', k + 5)) {
    if (!licensesAt(own, k)) continue;
    starts.push(k);
    if (own.startsWith('hereby', k - 7)) starts.push(k - 7);
  }
  // "agrees not to sue", "shall not assert": where nonAssertionStarts found them in the document.
  for (const k of nonAssertions) starts.push(k);
  return [...matchesAt(own, sortedStarts(starts), GRANT_VERB_AT)];
}
// "licenses and covenants not to sue", "a covenant not to sue": the noun, not the verb.
const COVENANT_NOUN_BEFORE = caseInsensitive(/(?:\b(?:and|or|nor|the|such|these|those|any|all|of|no|other|to|with|a|an|its|their|this|that|each|every)\s+|[,(]\s*)$/.source);
// "Tallis, for itself and its affiliates, covenants not to sue": a comma closing an aside about the subject, then the verb.
const SUBJECT_ASIDE_BEFORE = caseInsensitive(/\b(?:itself|themselves|affiliates|subsidiaries|successors|assigns)\s*,\s*$/.source);
// A covenant not to sue is a grant only when it is about the covenantor's patents or IP ("for infringement of any Beta
// Patent"), not a promise not to sue over a breach or a released claim.
const COVENANT_IP = caseInsensitive(/\b(?:patents?|infring\w*|intellectual\s+property|know-how|licensed\s+technology)\b/.source);
// A promise not to sue for as long as the parties negotiate is a standstill, not an immunity: "During the Negotiation
// Period, Brenna shall not commence any action for infringement of any Brenna patent against Alder", "pending the
// negotiation of a licence", "until the parties conclude their negotiations". Read as a grant it made a one-way licence
// look like a cross-license (and hid reciprocity/one-way-grant in one titled so). Read in the covenant's sentence and in
// its clause's heading (or, unparsed, the words before the sentence: "4.2 Standstill. Beta shall not commence ...").
// The negotiation of this agreement is past, not a period the promise lasts for: "a covenant not to sue for products made
// during the negotiation of this Agreement" is a covenant.
const STANDSTILL = caseInsensitive(/\bstand[- ]?still\b|\bnegotiation\s+period\b|\b(?:pending|during|while|until|before)\b[^.;]{0,80}\bnegotiat(?!\w*\s+(?:of|for)\s+this\s+(?:agreement|contract|licen[cs]e)\b)|\bcooling[- ]off\s+period\b|\btruce\b/.source);
// A promise not to sue without someone's consent keeps enforcement with the one who consents, as a distribution or
// licence's infringement clause does ("Distributor shall not institute any suit ... on account of any such
// infringements without first obtaining the written consent of Supplier"): no immunity is given to anyone.
const WITHOUT_CONSENT = caseInsensitive(/\bwithout\s+(?:first\s+)?(?:(?:obtaining|having\s+obtained|receiving|securing)\s+)?(?:the\s+)?(?:[\w-]+['’]s?\s+)?(?:prior\s+)?(?:express\s+)?(?:written\s+)?(?:consent|approval|permission)\b/.source);
// Without the word "covenant" the promise must be about infringement: "agrees not to sue Beta for infringement of",
// "shall not sue under its patents", "shall not assert any Alpha Patent (a claim of infringement) against Beta" (the IP
// before "against"), not "shall not sue for breach" or "shall not assert any claim against Alpha arising from the Patents".
const NON_ASSERTION_SUE = caseInsensitive(/\binfring\w*|\bunder\b[^.;]{0,60}\bpatents?\b/.source);
const NON_ASSERTION_ASSERT = caseInsensitive(/^[^.;]{0,150}\b(?:infring\w*|patents?|intellectual\s+property)\b[^.;]{0,150}\bagainst\b/.source);
// "gives notice ... and the licence ends": a giving grants only the licence that is its object, within a few words.
const GIVE_VERB = caseInsensitive(/give/.source);
const PRONOUN_SUBJECT = /^(?:[Ww]e|[Yy]ou|[Tt]hey)(?=\s)/;
const GIVEN_LICENCE = caseInsensitive(/^\w+(?:\s+\w+)?\s+(?:(?!notice\b|written\b)[\w,'’-]+\s+){1,8}?(?:sub-?)?licen[cs]e\b/.source);
const NOUN_BEFORE = caseInsensitive(/\b(?:the|such|these|those|any|all|of|which|no|additional|other|license|licence|licensing|patent)\s+$/.source);
// "grants, permits or licenses", "grants set forth in": the noun, not the verb. Not "grants, and shall cause its
// Subsidiaries to grant, to ...": an aside that has the grantor's affiliates grant too (or "and agrees to grant").
const NOUN_AFTER = caseInsensitive(/^\s*(?!,\s*and\s+(?:shall|will|agrees?\s+to|undertakes?\s+to)\s+(?:(?:cause|procure)\b[^,;.()]{0,80}?\b)?grant\s*,)[,;:.)]|^\s+(?:or|of|is|are|was|were|shall|will|may|under|in|made|set|hereunder|herein|that|which|from|by|for|with|pursuant|described|contained|provided|and\s+(?!agrees))\b/.source);
// A passive grant inside a definition or relative clause ("a Third Party that is granted a sublicense").
// "the licences under this Agreement are granted consistently with ...": describes licences granted elsewhere.
const LICENCES_AS_SUBJECT = caseInsensitive(/\b(?:licen[cs]es|rights)\b(?:\s+[\w-]+){0,5}\s*$/.source);
const RELATIVE_BEFORE = caseInsensitive(/(?:\b(?:that|which|who|whom|whose)\b[^,;.]{0,40}$)|["”]\s*(?:shall\s+)?means?\b/.source);
const LICENCE_OBJECT = caseInsensitive(String.raw`\blicen[cs]es?\b|\bsub-?licen[cs]es?\b|\bright(?:s)?\s+(?:under|in)\b|\bright(?:s)?\s+(?:and\s+licen[cs]es?\s+)?to\s+(?:use|sell|distribute|make|practi[cs]e|reproduce|display|market|manufacture|exploit|copy|modify|access|promote|resell|import|offer|have\s+made|sub-?licen[cs]e|grant|publish|perform|license|create|develop|commercialize|commercialise)\b|\bunder\b[^.;]{0,60}\b(?:[Pp]atents?|[Ii]ntellectual\s+[Pp]roperty|[Kk]now-[Hh]ow|[Tt]echnology)\b|\bimmunit(?:y|ies)\b|\brelease\b|\b${COVENANT_NOT_TO}\b|\b${NON_ASSERTION}\b`);
// "grants to the Company power of attorney for the purpose of assigning ... rights in ...": what is granted is no licence.
// Only when no licence word comes before the object ("a licence free of any lien") nor names it ("a proxy server licence").
const NOT_A_LICENCE = caseInsensitive(/^\S+\s+(?:to\s+)?(?:(?!licen[cs])[^,;.]){0,50}?\b(?:(?:a|an|its|the)\s+)?(?:irrevocable\s+)?(?:power\s+of\s+attorney|proxy|security\s+interest|lien)\b(?![^,;.]{0,30}?\blicen[cs]e)/.source);
// "The purpose of this Agreement is that each Party grants ...": a purpose clause describes the grants the operative
// clauses make (translated Japanese and Korean agreements open with one: "Article 1 (Purpose)").
// "agrees to grant ... upon request, a non-exclusive license ... on fair, reasonable and non-discriminatory (FRAND)
// terms": an undertaking to license later on terms yet to be agreed (a pool licensee's grant-back, a standards
// commitment), not a licence granted here.
const FRAND_TERMS = caseInsensitive(/\b(?:on|upon|under)\s+(?:fair,?\s+reasonable,?\s+and\s+non-?discriminatory|reasonable\s+and\s+non-?discriminatory|F?RAND)\b/.source);
const FUTURE_GRANT = /^(?:shall|will|agrees?\s+to)\s+grant$/;
// "The purpose of the present Agreement is to define the terms on which each Party grants ..." (a translation's
// 'le présent Contrat' is this one).
const PURPOSE_BEFORE = /\b(?:purposes?|objects?|objectives?|aims?)\s+of\s+(?:this|the\s+present)\s+(?:[Aa]greement|[Cc]ontract)\s+(?:is|are|shall\s+be)\b/;
// '"Sublicense" means any agreement by which Company grants a third party any right under the Licensed Patents', "an
// agreement under which a Party grants ...": a definition, or a relative clause on an instrument, describes a grant
// made elsewhere (or never), also with the verb active (RELATIVE_BEFORE reads the passive ones).
const DESCRIBED_BEFORE = caseInsensitive(/["”]\s*(?:shall\s+)?means?\b[^;]{0,160}$|\b(?:by|under|through|pursuant\s+to)\s+which\b[^,;.]{0,80}$|\bwhereby\b[^,;.]{0,80}$/.source);
// The verb may be the second of a condition's verbs after a comma, sharing its subject: "If the IIA refuses the
// approval, or grants it on conditions that the licensee declines, ... the licence in clause 2.1(b) shall continue"
// (no clause begins with "or" or "and", so the words after the comma are still the condition's).
// A time or condition set off by commas may follow the conjunction: "If, after the Effective Date, Corvane grants to any
// Third Party a license" (a most-favoured-licensee clause).
const HYPOTHETICAL_BEFORE = caseInsensitive(/\b(?:if|whether|unless|where|when|wherever|whenever|in\s+the\s+event\s+that|to\s+the\s+extent\s+that)\b(?:\s*,[^,;:()]{1,60},)?[^,;:()]{0,80}(?:,\s*(?:or|and)\s+)?$/.source);
// ", and grants", "and hereby grants": a verb that shares the subject of the grant before it.
const SHARED_SUBJECT = caseInsensitive(/(?:,\s*|\s)(?:and|or)\s+(?:(?:hereby|also|further|shall|will|agrees\s+to)\s+)*$/.source);
// What may stand before a sentence's subject: a clause number and an article ("5.1 Photonik", "(b) The Licensee").
const SENTENCE_OPENING = caseInsensitive(/^\s*(?:(?:\(?[0-9a-z]{1,4}[.)])+(?:\d+\.?)*\s+)?(?:the\s+)?$/.source);
const NEGATED_BEFORE = caseInsensitive(/\b(?:no|not|nothing|neither|nor|never)\b[^.;]{0,60}$/.source);
// "shall grant no other licence under them": a grant verb whose object is negated grants nothing.
const NEGATED_OBJECT = caseInsensitive(/^\S+(?:\s+\S+)?\s+no\s+(?:other\s+|further\s+|additional\s+)?(?:licen[cs]es?|sub-?licen[cs]es?|rights?)\b/.source);
// "The license in Section 2.2 is granted in exchange for ...": the subject names a grant made in another section.
const LICENCE_IN_SECTION = caseInsensitive(/\b(?:licen[cs]es?|rights?)\s+(?:in|under|of|granted\s+(?:in|under))\s+(?:Sections?|Clauses?|Articles?|Paragraphs?)\s+[\w.()]{1,12}\s*$/.source);

const EXCLUSIVITY = caseInsensitive(/\b(non\s*-?\s*exclusive|co-exclusive|sole\s+and\s+exclusive|exclusive|sole(?=\s+(?:\S+\s+){0,3}?(?:licen[cs]e|right)))\b/.source);
const SUBLICENSE = caseInsensitive(/\b(without\s+(?:the\s+|any\s+)?right\s+to\s+(?:grant\s+)?sub-?licen|with\s+no\s+right\s+to\s+(?:grant\s+)?sub-?licen|non\s*-?\s*sub-?licen[cs]able|not\s+sub-?licen[cs]able|no\s+right\s+to\s+(?:grant\s+)?sub-?licen|may\s+not\s+(?:grant\s+)?sub-?licen|shall\s+not\s+(?:be\s+entitled\s+to\s+|have\s+the\s+right\s+to\s+)?(?:grant\s+)?sub-?licen)|\b(sub-?licen[cs]able|(?:with|including)\s+(?:the\s+)?right\s+to\s+(?:grant\s+)?(?:and\s+authori[sz]e\s+)?sub-?licen|right\s+to\s+(?:grant\s+)?sub-?licen)/.source);
const TRANSFER = caseInsensitive(/\b(non\s*-?\s*transferr?able|not\s+transferr?able|non\s*-?\s*assignable|not\s+assignable|without\s+(?:the\s+)?right\s+to\s+(?:assign|transfer))|\b(transferr?able|assignable)\b/.source);
// Royalty-bearing also when the grant's sentence has the grantee pay a share of its sales: "and Brightwater will pay
// Lumen four percent (4%) of its net revenue from sales of the Kit".
const ROYALTY = caseInsensitive(/\b(royalty\s*-?\s*free|fully\s*-?\s*paid(?:\s*-?\s*up)?|paid\s*-?\s*up|free\s+of\s+(?:charge|any\s+(?:royalt|fee))|without\s+(?:any\s+)?(?:royalt|charge|payment\s+of))|\b(royalty\s*-?\s*bearing|subject\s+to\s+(?:the\s+)?payment|in\s+consideration\s+(?:of|for)\s+(?:the\s+)?(?:payment|royalt)|royalt(?:y|ies)|(?:will|shall|to)\s+pay\b[^.;]{0,60}?(?:\d[\d.,]*\s*%|\bper\s*cent\b|\bpercent\b)[^.;]{0,20}?\bof\b[^.;]{0,20}?\b(?:net|gross)\s+(?:sales|revenues?|receipts|selling))/.source);
// A grant's duration, the first stated in its words: perpetual (1); for the life of the licensed patents (2); for a
// stated period (3: its words); for the term (4). The patents' life: "for the life of the Cobalt Patents", "for the full
// term of the Licensed Patents", "until the expiry of the last to expire of the Licensed Patents", "until the last of
// the Patents expires", "for so long as any Valid Claim remains in force" (not "for the term of the Patent Licence
// Agreement", an agreement named after patents). A stated period: "for a period of three (3) years", "for five years
// from the Effective Date"; "for a period of" with no number is for a term still ("for a period of time ending on ...").
const PATENT_RIGHTS = String.raw`(?:patents?|patent\s+rights|(?:valid|patent|licensed)\s+claims?)\b(?![\s-]+(?:licen[cs]e|agreement|cross|pool|settlement))`;
const LAST_TO_EXPIRE = String.raw`(?:(?:the|each|any|all|such|its|their)\s+)?(?:last(?:[\s-]+to[\s-]+expire)?\s+(?:of\s+(?:the\s+)?)?)?(?:[\w'’-]+\s+){0,3}?`;
const PATENT_LIFE = String.raw`(?:for|during|throughout)\s+the\s+(?:full\s+|entire\s+|remaining\s+|whole\s+)?(?:life|lifetime|term|duration)\s+of\s+${LAST_TO_EXPIRE}${PATENT_RIGHTS}|until\s+(?:the\s+)?(?:expiration|expiry|lapse|end)\s+of\s+${LAST_TO_EXPIRE}${PATENT_RIGHTS}|until\s+the\s+last(?:[\s-]+to[\s-]+expire)?\s+(?:of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,3}?${PATENT_RIGHTS}[^.;]{0,30}?\bexpires?\b|for\s+(?:so\s+)?long\s+as\s+(?:any|a|at\s+least\s+one)\s+(?:[\w'’-]+\s+){0,3}?${PATENT_RIGHTS}`;
const STATED_PERIOD = String.raw`(?:for|during)\s+(?:an?\s+(?:initial\s+|fixed\s+|limited\s+)?(?:period|term)\s+of\s+)?((?:${NUMBER_WORD}(?:[\s-]+(?:and\s+)?${NUMBER_WORD})*(?:\s*\(\s*\d{1,3}\s*\))?|\d{1,3})[\s-]+(?:calendar\s+)?(?:years?|months?|weeks?|days?))\b`;
const DURATION = caseInsensitive(String.raw`\b(perpetual|in\s+perpetuity)|\b(${PATENT_LIFE})|\b${STATED_PERIOD}|\b(during\s+the\s+term|for\s+the\s+term|for\s+a\s+(?:period|term)\s+of|until\s+(?:the\s+)?(?:expiration|termination|end)|term\s+of\s+this\s+agreement|term-limited)`);
const PERIOD_UNIT = /\b(year|month|week|day)s?\b/i;
const UNIT_DAYS: Readonly<Record<string, number>> = { year: 365, month: 30, week: 7, day: 1 };

/** A stated period as a number of its unit ("three (3) years" -> '3 years'), or undefined when it reads no number. */
function periodOf(words: string): string | undefined {
  const days = findDurations(words)[0]?.days;
  const unit = PERIOD_UNIT.exec(words)?.[1]?.toLowerCase();
  if (days === undefined || unit === undefined) return undefined;
  const n = Math.round(days / (UNIT_DAYS[unit] as number));
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** The duration a grant's words state, and the period when they state one. */
function durationOf(scope: string): { duration: GrantRecord['duration']; durationPeriod?: string } {
  const m = DURATION.exec(scope);
  if (m === null) return { duration: null };
  if (m[1] !== undefined) return { duration: 'perpetual' };
  if (m[2] !== undefined) return { duration: 'patent-life' };
  const period = m[3] === undefined ? undefined : periodOf(m[3]);
  return period === undefined ? { duration: 'term' } : { duration: 'term', durationPeriod: period };
}
// "which Pacific may revoke at any time on notice", "subject to revocation": a revocable grant in other words; a
// sublicence the grantor may revoke is not the grant.
const REVOCABLE = caseInsensitive(/\b(irrevocabl[ey]|(?:shall|may|will)\s+not\s+(?:be\s+)?revoked?)\b|\b(revocabl[ey]|(?:may|can)\s+(?:at\s+any\s+time\s+)?revoke\b(?!\s+(?:any|a|the|such|each)\s+sub-?licen)|subject\s+to\s+revocation)\b/.source);
// A place a grant is limited to, after "in / within / throughout / for" and an optional "the territory / territories
// of" or "the member states / countries of" ("solely within the member states of the European Union"); several joined
// by commas, "and" or "or", also with a serial comma ("the European Union, the United Kingdom, and Switzerland").
const PLACE = String.raw`(?:the\s+)?(?:United\s+States(?:\s+of\s+America)?|U\.S\.A?\.?|USA|North\s+America|South\s+America|Latin\s+America|Central\s+America|the\s+Americas|Canada|Mexico|Europe|European\s+Union|EU|EEA|European\s+Economic\s+Area|United\s+Kingdom|UK|Asia(?:\s+Pacific)?|Japan|China|People's\s+Republic\s+of\s+China|PRC|India|Korea|South\s+Korea|Taiwan|Germany|France|Italy|Spain|Switzerland|Norway|Australia|Israel|Brazil|Africa|Middle\s+East|New\s+Zealand|Singapore|Hong\s+Kong|Macau|Netherlands|Belgium|Luxembourg|Benelux|Austria|Sweden|Denmark|Finland|Iceland|Ireland|Poland|Czech\s+Republic|Portugal|Greece|Turkey|Russia|Scandinavia|Nordic\s+(?:countries|region)|South\s+Africa|Nigeria|Egypt|Saudi\s+Arabia|United\s+Arab\s+Emirates|UAE|Indonesia|Malaysia|Thailand|Vietnam|Philippines|Southeast\s+Asia|Oceania|Argentina|Chile|Colombia|Peru|EMEA|APAC)(?![\w-])`;
const TERRITORY = new RegExp(String.raw`\b(world-?wide|throughout\s+the\s+world|anywhere\s+in\s+the\s+world)\b|\b(?:in|within|throughout|for)\s+(?:the\s+(?:territor(?:y|ies)|member\s+states|countries)\s+of\s+)?((?:the\s+)?(?:Licensed\s+)?Territory|${PLACE}(?:(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)${PLACE}\b)*)`);
// A field named in capitals is read whole: "the Field", "the Field of Use", "the Field of Automotive Sensors" (not
// "Field", which would make two grants in different fields look alike), "the Company Field", up to three words before
// it ("the Industrial Metrology Field"). A field negated or owned by a party is read with its words: "outside the
// Field" (1: every field but that one), "in that Parent's Retained Field", "in its Field" (2: the possessor), so a
// licence back outside the Field differs from the licence in it.
const FIELD = /\b(?:(outside\s+(?:of\s+)?)the|(?:in|within)\s+(?:the|((?:its|their|(?:that|each|the\s+relevant)\s+[A-Z][\w-]*['’]s|[A-Z][\w-]*['’]s)\s*)))\s+(Field(?:\s+of(?:\s+[A-Z][\w-]*)+)?|(?:[A-Z][\w-]*\s+){1,3}Field)\b|\b(?:solely\s+)?(?:for\s+use\s+in|for\s+use\s+with|for\s+the\s+(?:limited\s+)?purposes?\s+of|in\s+the\s+field\s+of|solely\s+(?:for|in\s+connection\s+with))\s+([^,;.()]{3,100}?)(?=\s*(?:[,;.()]|\bin\s+the\s+Territory\b|\bthroughout\b|\bduring\b|\bworld-?wide\b|$))/;
// "to make, use and sell any products and services": a grant stated to cover every product, no field limit (so a
// grant limited to a field differs from it). Not "any products that/which/in/for/of ...", which names a field.
const ANY_PRODUCT_FIELD = caseInsensitive(/\b(?:make|use|sell|import|exploit|practi[cs]e|commerciali[sz]e)\b[^.;]{0,80}?\bany\s+(?:and\s+all\s+)?(products?|goods|services)(?:\s+(?:and|or)\s+(?:services|products))?\b(?!\s*(?:in|within|for|that|which|of|made|covered|incorporating|using|sold|under)\b)/.source);
// "for any purpose", "in all fields of use": a grant stated to cover every field, as ANY_PRODUCT_FIELD.
const ANY_FIELD = caseInsensitive(/\bfor\s+any\s+(?:and\s+all\s+)?purposes?\b(?!\s+(?:of|other|that|which|related|relating|connected|in\s+connection)\b)|\b(?:in|within)\s+(?:any\s+and\s+)?all\s+fields(?:\s+of\s+use)?\b/.source);
// "under each such Improvement", "under every Licensed Patent": a quantifier opens the IP as "any" and "all" do. The IP
// ends before the grant's other terms: "under the Design Rights until the expiry of ...", "... during the Term".
const IP_UNDER = /\bunder\s+((?:all\s+(?:of\s+)?)?(?:its|their|his|her|the|such|said|any|all|each|every|[A-Z][\w.&-]*(?:'s|’s)?)\b[^,;:.()]{0,80}?)(?=\s*(?:[,;:.(]|\bto\b|\bfor\s|\bin\s|\bwithin\s|\bthroughout\s|\bsolely\s|\bduring\s|\buntil\s|\bon\s|\bsubject\s+to\b|\bwith\s|\bas\s|\bthat\s|\bwhich\s|\bexcept\b|$))/;
const IP_UNDER_ALL = new RegExp(IP_UNDER.source, 'g');
// Also past an aside on sublicensing and two verbs: "licence (with the right to sublicense) to use and exploit each
// Licensee Improvement" (a grant-back, whose object is its IP). Improvements are named in lower case too: "a
// non-exclusive license to use such improvements" (a translation's grant-back, whose sentence opens with the patents
// they improve: "Improvements to the Licensed Patents made by Party B shall be notified ...").
const IP_OBJECT = /\blicen[cs]e\s+(?:\([^()]{1,60}\)\s+)?(?:to|in|of)\s+(?:(?:use|practi[cs]e|exploit|reproduce)(?:\s+(?:and|or)\s+(?:use|practi[cs]e|exploit|reproduce))?\s+)?((?:the|its|such|each|any|all)\s+(?:[A-Z]|(?:improvements?|enhancements?|modifications?)\b)[^,;:.()]{0,60}?)(?=\s*(?:[,;:.(]|\bto\s|\bfor\s|\bin\s|\bwithin\s|\bthroughout\s|$))/;
const IP_WORD = caseInsensitive(/\b(patents?(?:\s+rights)?|know-how|technology|software|trademarks?|copyrights?|intellectual\s+property(?:\s+rights)?|trade\s+secrets?|technical\s+information|marks)\b/.source);

// "under Section 2", "under the terms of", "in the Territory" name no IP.
const NOT_IP = /^(?:the\s+)?(?:Sections?|Articles?|Exhibits?|Schedules?|(?:Licensed\s+)?Territory|(?:Licensed\s+)?Fields?(?:\s+of\s+Use)?\b|terms?|Term|this|Agreement|licen[cs]es?|conditions?|provisions?|[Cc]ompany)\b/;

// What a covenant not to sue is about: the defined term after "infringement of" and "any", "the", "all" or "any of the"
// ("for infringement of any Cobalt Patent", "of any claim of the Licensed Patents"), capitalised and naming a kind of IP.
const IP_INFRINGED = /\binfring(?:ement|ing|es?|ed)\s+(?:of\s+|upon\s+|on\s+)?(?:(?:any|a|the)\s+(?:valid\s+)?claims?\s+(?:of|in|under)\s+)?((?:any|the|all|each|such|its|their)\s+(?:of\s+(?:the|its|their)\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}?(?:Patents?|Patent\s+Rights|Intellectual\s+Property(?:\s+Rights)?|Know-How|Technology|IP)\b(?:\s+[Rr]ights)?)/;

function pickIp(scope: string): string | null {
  for (const m of scope.matchAll(IP_UNDER_ALL)) if (!NOT_IP.test(m[1] as string)) return m[1] as string;
  const object = IP_OBJECT.exec(scope)?.[1];
  if (object && !NOT_IP.test(object)) return object;
  return IP_INFRINGED.exec(scope)?.[1] ?? IP_WORD.exec(scope)?.[1] ?? null;
}

/** What a grant-back licenses: improvements (enhancements, modifications) of the technology licensed to its grantor. */
const IMPROVEMENTS_IP = /\b(?:improvements?|enhancements?|modifications?)\b/i;
/** Improvements named with a kind of right: "any patent claiming an Improvement", "its Improvement Patents", "improvements to the Licensed Technology". */
const IMPROVEMENT_RIGHTS = /\b(?:patents?|patent\s+applications?|rights?|know-how)\s+(?:claiming|covering|in|on|to)\b[^,;]{0,40}?\b(?:improvements?|enhancements?|modifications?)\b|\b(?:improvements?|enhancements?|modifications?)\s+(?:(?:to|of|on|in)\s+(?:(?:the|any|such|its|their)\s+)?(?:[\w-]+\s+){0,2}?)?(?:patents?|know-how|technology|rights?)\b/gi;
/** A licensed asset besides improvements: "the Beta Patents and Beta Improvements" licenses a portfolio. */
const OTHER_ASSET = /\b(?:patents?|know-how|technolog(?:y|ies)|software|copyrights?|portfolio|trade\s+secrets?)\b/i;

/**
 * Whether a grant licenses improvements and nothing else (a grant-back's licensed rights): "such improvements", "any
 * patent claiming an Improvement", not "the Beta Patents and Beta Improvements". The document kind and the directions
 * of a cross-license's grants (rules/context.ts grantDirections) read a grant-back by it alike.
 */
export function improvementsOnly(ip: string | null): boolean {
  return ip !== null && IMPROVEMENTS_IP.test(ip) && !OTHER_ASSET.test(ip.replace(IMPROVEMENT_RIGHTS, ' '));
}

export interface GrantFinding {
  readonly record: GrantRecord;
  readonly start: number;
  readonly end: number;
  readonly mutual: boolean;
}

// What follows "without the right to grant sublicen" in a limited right: "ses other than to contract manufacturers",
// "se except to contract manufacturers".
const SUBLICENSE_EXCEPT_TO = caseInsensitive(/^[a-z]*(?:\s*\([^)]{0,40}\))?\s+(?:other\s+than|except|save|but\s+only)\s+(to\s+[^,;.()]{3,80}?)(?=\s*(?:[,;.()]|$))/.source);
// What follows a right to sublicense, or "may sublicense" (and its object), when it names the sublicensees or a
// condition: "ses to its Affiliates and contract manufacturers", "se the licence with Helixa's prior written consent";
// the sublicensees end before what the licence covers ("to Roche's Affiliates under any FMI Improvements for ...").
// The object may be the clause that grants the licence: "may grant sub-licences under Clause 2.1 only to ...".
// Or the licence by whom it is held: "the licence granted to it", "the rights granted to such Party hereunder".
const SUBLICENSE_OBJECT = caseInsensitive(/^[a-z]*(?:\s+(?:the|this|that|its|such)\s+(?:licen[cs]es?|rights?)(?:\s+granted\s+(?:(?:in|under|by)\s+[^,;.]{1,40}?|to\s+(?:it|them|him|her|(?:each|such|that|the)\s+[A-Z][\w-]*)(?:\s+(?:hereunder|herein|under\s+this\s+Agreement))?|hereunder|herein|under\s+this\s+Agreement))?)?(?:\s+(?:under|pursuant\s+to)\s+(?:Clause|Section|Article|paragraph)\s+\d+(?:\.\d+)*(?:\([a-z0-9]{1,4}\))*)?/.source);
// "to its Affiliates", "only to its contract manufacturers".
const SUBLICENSE_TO = caseInsensitive(/^\s+((?:only\s+|solely\s+)?to\s+(?!(?:the\s+extent|make|use|sell|have|import|offer|practi[cs]e|exploit|develop|manufacture|commerciali[sz]e|distribute|reproduce|research|perform|provide)\b)[^,;.()]{3,80}?)(?=\s*(?:[,;.()]|$)|\s+(?:under|for|in|within|throughout|during|and\s+(?:only|solely)|(?:solely\s+|only\s+)?to\s+(?:make|use|sell|have|import|exploit|practi[cs]e|develop|manufacture))\b)/.source);
const SUBLICENSE_CONSENT = /^,?\s+((?:with|subject\s+to)\s+(?:the\s+)?(?:[A-Z][\w.&-]*(?:'s|’s)\s+)?(?:prior\s+)?(?:written\s+)?consent(?:\s+of\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})?)/;
// A later sentence of the grant's clause that gives (or denies) its grantee the right: "Corvane may sublicense the
// licence with Helixa's prior written consent".
const MAY_SUBLICENSE = /\b(?:may|shall\s+(?:be\s+entitled|have\s+the\s+right)\s+to|is\s+entitled\s+to|will\s+have\s+the\s+right\s+to)\s+(not\s+)?(?:grant\s+)?sub-?licen[cs]/g;

/** The words after a right to sublicense and its object ("se the licence granted to it| to its Affiliates"). */
const afterObject = (rest: string): string => rest.slice(SUBLICENSE_OBJECT.exec(rest)?.[0].length ?? 0);

/** The sublicensees a denied right still allows, from the words after it ("except to its Affiliates"), as a limit. */
function exceptedSublicensees(rest: string): { sublicensable: boolean; sublicenseLimit?: string } {
  const except = SUBLICENSE_EXCEPT_TO.exec(rest)?.[1] ?? SUBLICENSE_EXCEPT_TO.exec(afterObject(rest))?.[1];
  return except === undefined ? { sublicensable: false } : { sublicensable: true, sublicenseLimit: `only ${squash(except)}` };
}

/** Who or what limits a right to sublicense, from the words right after its match ("ses to its Affiliates"). */
function sublicenseLimitAfter(rest: string): string | undefined {
  const tail = afterObject(rest);
  const to = SUBLICENSE_TO.exec(tail)?.[1];
  const consent = SUBLICENSE_CONSENT.exec(tail)?.[1];
  // "to any person" names no sublicensee: the right is unlimited.
  return to !== undefined && !ANY_SUBLICENSEE.test(to) ? squash(to) : consent !== undefined ? squash(consent) : undefined;
}
const ANY_SUBLICENSEE = caseInsensitive(/^to\s+any\s+(?:person|third\s+part(?:y|ies)|entity|one)s?\b/.source);

/** Whether the grant's words allow sublicensing, and to whom or on what condition where they limit it. */
function sublicensing(scope: string): { sublicensable: boolean | null; sublicenseLimit?: string } {
  const sub = SUBLICENSE.exec(scope);
  if (!sub) return { sublicensable: null };
  const rest = scope.slice(sub.index + sub[0].length);
  // "..., but neither party shall have the right to sublicense": the right, denied by its subject, as "without the right".
  if (sub[1] || NEGATED_RIGHT.test(scope.slice(Math.max(0, sub.index - 120), sub.index))) {
    // "without the right to grant sublicenses other than to contract manufacturers": a right, limited.
    return exceptedSublicensees(rest);
  }
  const limit = sublicenseLimitAfter(rest);
  return limit === undefined ? { sublicensable: true } : { sublicensable: true, sublicenseLimit: limit };
}
// A negation in the words before a right to sublicense, in its part of the sentence (after the last comma, semicolon or
// colon) and with no "but", "and" or "or" after it: "neither party shall have the right to", "shall not include the
// right to", "No Party has the right to"; not "non-transferable but with the right to".
const NEGATED_RIGHT = caseInsensitive(/\b(?:neither|nor|no|not|never)\b(?:(?!\b(?:but|and|or)\b)[^,;:])*$/.source);

/**
 * Whether the subject of a sentence on sublicensing, the words of [sentence, at), names `grantee`, and whether it is
 * negated. The subject is the last party named before the verb, with those joined to it by "and", "or", "nor" or a
 * comma ("Neither of you nor we may sublicense": you and we); "each/either/both Party" and "neither Party" name every
 * party. Negated by "neither", "no", "not" or "never" just before its first name, by "nor" among its names, or by
 * "neither Party". `several`: it names more than one party.
 */
function sublicensingSubject(text: string, sentence: number, at: number, grantee: string, parties: PartyIndex): { names: boolean; several: boolean; negated: boolean } {
  const mentions = partyMentions(parties.within(sentence, at), text);
  let i = mentions.length - 1;
  const last = mentions[i];
  if (last === undefined) return { names: false, several: false, negated: false };
  let negated = last.group === 'neither';
  while (i > 0) {
    const between = text.slice((mentions[i - 1] as Mention).end, (mentions[i] as Mention).start);
    if (!SUBJECT_JOIN.test(between)) break;
    if (/\bnor\b/i.test(between)) negated = true;
    i--;
  }
  const subjects = mentions.slice(i);
  negated ||= NEGATED_SUBJECT_BEFORE.test(text.slice(Math.max(sentence, (subjects[0] as Mention).start - 24), (subjects[0] as Mention).start));
  const group = last.group === 'each' || last.group === 'neither';
  return { names: group || subjects.some((m) => m.party === grantee), several: group || new Set(subjects.map((m) => m.party)).size > 1, negated };
}
const SUBJECT_JOIN = /^\s*(?:,\s*)?(?:(?:and|or|nor)\s+)?$/i;
const NEGATED_SUBJECT_BEFORE = caseInsensitive(/\b(?:neither|no|not|never)(?:\s+of)?\s+$/.source);

/**
 * A grant whose own sentence says nothing of sublicensing, read from a later sentence of its clause whose subject is
 * the grantee: "3.1 Helixa grants Corvane an exclusive licence .... Corvane may sublicense the licence with Helixa's
 * prior written consent". `own`: the grant's clause number, when [from, to) lies after that clause (siblingSublicensing).
 */
function laterSublicensing(text: string, from: number, to: number, grantee: string, parties: PartyIndex, own: string | null = null, shared = false): { sublicensable: boolean; sublicenseLimit?: string } | null {
  const words = text.slice(from, to);
  for (const m of words.matchAll(MAY_SUBLICENSE)) {
    const at = from + (m.index as number);
    const rest = text.slice(at + m[0].length, to);
    // After the grant's own clause, a sentence on another clause's licence is not this grant's ("under Clause 3.1").
    const named = own === null ? undefined : SUBLICENSED_CLAUSE.exec(rest)?.[1];
    if (named !== undefined && named !== own) continue;
    const sentence = Math.max(from, text.lastIndexOf('.', at) + 1);
    // "Neither of you nor we may sublicense": a prohibition, whose subject names the grantee among others.
    const subject = sublicensingSubject(text, sentence, at, grantee, parties);
    if (!subject.names || (shared && !subject.several)) continue;
    // "Neither Party may sublicense the licence granted to it except to its Affiliates": a right, limited.
    if (m[1] || subject.negated) return exceptedSublicensees(rest);
    const limit = sublicenseLimitAfter(rest);
    return limit === undefined ? { sublicensable: true } : { sublicensable: true, sublicenseLimit: limit };
  }
  return null;
}

// A later clause that makes a grant of its own: sublicensing read after it is that grant's.
const ANOTHER_GRANT = /\b(?:hereby\s+)?grants\b|\bhereby\s+grant\b|\bis\s+hereby\s+granted\b/;
// The clause a sentence on sublicensing names: "sub-licences under Clause 2.1".
const SUBLICENSED_CLAUSE = caseInsensitive(/^[a-z]*(?:\s+(?:the|this|that|its|such)\s+(?:licen[cs]es?|rights?)(?:\s+granted)?)?\s+(?:under|pursuant\s+to|in)\s+(?:Clause|Section|Article|paragraph)\s+(\d+(?:\.\d+)*)/.source);

/**
 * A grant that says nothing of sublicensing in its own clause, read from the clauses after it in its section (up to
 * the next grant, and past it a sentence on every party's licence): "2.1 Orcadian hereby grants to Clydeside a non-exclusive licence ... 2.2 Clydeside may grant
 * sub-licences under Clause 2.1 only to its contract manufacturers". A sentence that names another clause's licence
 * is not this grant's.
 */
function siblingSublicensing(text: string, clause: ClauseNode, sectionEnd: number, grantee: string, parties: PartyIndex): { sublicensable: boolean; sublicenseLimit?: string } | null {
  if (sectionEnd <= clause.end || clause.number === null) return null;
  const next = ANOTHER_GRANT.exec(text.slice(clause.end, sectionEnd));
  const end = next === null ? sectionEnd : clause.end + next.index;
  const own = clause.number.replace(/\.$/, '');
  // Past the next grant, a sentence whose subject is every party ("Neither Party may sublicense", "Either party may
  // grant sublicences to its Affiliates") is each grant's still.
  return laterSublicensing(text, clause.end, end, grantee, parties, own) ?? (end < sectionEnd ? laterSublicensing(text, end, sectionEnd, grantee, parties, own, true) : null);
}

// A list of rights: "to make, have made, use, sell, offer for sale and import", "to manufacture, have manufactured, use
// and/or sell", "to make and use Licensed Products and to have them made by third parties". It opens at a "to" after a
// licence or right, within its sentence; its items are joined by commas, "and", "or", "and/or" or a slash, and after
// the items' object "and to" opens more ("..., and to sell ..."). It is a list of rights when one of its items is a
// verb RIGHT_ITEM knows: "the right to sublicense" is none.
const RIGHTS_WORD = caseInsensitive(String.raw`\b(?:licen[cs]es?|rights?|immunit(?:y|ies)|privileges?)\b`, 'g');
const TO_WORD = /\bto\s+(?=[a-z])/g;
// Each item, and the right it records: a right of RIGHT_NAMES, or (group 9) an act that covers every right
// ("practise", "exploit", "commercialise": the list names no limit to compare); the last alternative records none
// ("lease", "export", "otherwise dispose of"). "make copies" is to reproduce. "have made" is written "have made",
// "have-made", "have manufactured", or with its object and maker: "have Licensed Products made by third parties", "have
// them manufactured for it by contract manufacturers".
const MAKER = String.raw`(?:\s+(?:for\s+(?:it|them|its\s+account|(?:its|their)\s+own\s+account)\s+)?by\s+(?:(?:a|any|one\s+or\s+more|its|their|such)\s+)?(?:third[\s-]+part(?:y|ies)|contract\s+manufacturers?|sub-?contractors?|others|(?:[A-Z][\w-]*\s+){0,2}[Ss]uppliers?))?`;
const RIGHT_ITEM = new RegExp(String.raw`(have[\s-]+(?:made|manufactured)\b${MAKER}|have\s+(?:(?!(?:made|manufactured|to|been|access|the|a|an|no|any)\b)[\w'’-]+\s+){1,5}?(?:made|manufactured)\b${MAKER})|(make(?!\s+(?:[\w-]+\s+){0,4}?cop(?:y|ies)\b)|manufacture)|(use)|(sell)|(offer\s+(?:for\s+sale|to\s+sell)|offer)|(import)|(distribute)|(reproduce|make\s+(?:[\w-]+\s+){0,4}?cop(?:y|ies)\b)|(practi[cs]e|exploit|commerciali[sz]e|otherwise\s+exploit)|(?:lease|rent|export|develop|market|promote|copy|modify|display|perform|transmit|have\s+(?:sold|used|imported|distributed)|(?:otherwise\s+)?(?:dispose\s+of|transfer)|otherwise\s+(?:distribute|sell|use))\b`, 'y');
// An item RIGHT_ITEM does not know ("disseminate", "have commercialized"): a word of the list only when another follows
// it, so the list reads on to the items after it ("to use, distribute, disseminate, license, resell, exploit ...").
const OTHER_ITEM = /(?:have\s+|otherwise\s+)?(?!(?:the|a|an|its|their|his|her|our|your|such|any|all|each|every|this|that|these|those|to|in|on|at|for|with|by|of|from|under|within|throughout|and|or|as|if|provided|subject|including|solely|only|other|same|said|it|them)\b)[a-z][a-z-]*(?=\s*,|\s+(?:and|or)\s|\s*\/)/y;
const RIGHT_NAMES = ['have made', 'make', 'use', 'sell', 'offer for sale', 'import', 'distribute', 'reproduce'] as const;
const RIGHT_ORDER = ['make', 'have made', 'use', 'sell', 'offer for sale', 'import', 'distribute', 'reproduce'];
const ITEM_JOIN = /\s*,\s*(?:and\s*\/\s*or\s+|and\s+|or\s+)?|\s+(?:and\s*\/\s*or|and|or)\s+|\s*\/\s*/y;
// After the items and their object, more items: "Licensed Products, and to sell", "the Software and/or to distribute".
const MORE_ITEMS = /^[^.;:]{0,120}?(?:,\s*|\s)(?:and|or|and\s*\/\s*or)\s+to\s+(?=[a-z])/;

/** An act of a list that RIGHT_NAMES does not name, as written ("perform", "dispose of" for "otherwise dispose of"). */
const otherRight = (item: string): string => squash(item.replace(/^otherwise\s+/, ''));

/** The items of a list of rights from `at` (after its "to"): where the list ends, and whether an item is known (RIGHT_ITEM) or covers every right. */
function rightItems(words: string, at: number, rights: Set<string>): { end: number; known: boolean; all: boolean } {
  let end = at;
  let known = false;
  let all = false;
  for (let k = at; ; ) {
    RIGHT_ITEM.lastIndex = k;
    const m = RIGHT_ITEM.exec(words);
    if (m !== null && !/\w/.test(words.charAt(RIGHT_ITEM.lastIndex))) {
      const i = m.findIndex((g, j) => j > 0 && g !== undefined);
      if (i >= 1 && i <= RIGHT_NAMES.length) rights.add(RIGHT_NAMES[i - 1] as string);
      else if (i === RIGHT_NAMES.length + 1) all = true;
      else rights.add(otherRight(m[0]));
      known = true;
      end = RIGHT_ITEM.lastIndex;
    } else {
      OTHER_ITEM.lastIndex = k;
      const other = OTHER_ITEM.exec(words);
      if (other === null) break;
      rights.add(otherRight(other[0]));
      end = OTHER_ITEM.lastIndex;
    }
    ITEM_JOIN.lastIndex = end;
    if (ITEM_JOIN.exec(words) === null) break;
    k = ITEM_JOIN.lastIndex;
  }
  return { end, known, all };
}

/**
 * The rights a grant lists (GrantRecord.rights): those of RIGHT_ORDER in its order, then the other acts as listed;
 * undefined when it lists none or one covers every right.
 */
function rightsOf(words: string): readonly string[] | undefined {
  for (const w of words.matchAll(RIGHTS_WORD)) {
    const from = (w.index as number) + w[0].length;
    const stop = words.slice(from, from + 250).search(/[.;]/);
    const span = words.slice(from, stop < 0 ? from + 250 : from + stop);
    for (const to of span.matchAll(TO_WORD)) {
      const rights = new Set<string>();
      const at = from + (to.index as number) + to[0].length;
      let { end, known, all } = rightItems(words, at, rights);
      if (!known) continue;
      for (let more = 0; more < 2; more++) {
        const next = MORE_ITEMS.exec(words.slice(end, end + 160));
        if (next === null) break;
        const list = rightItems(words, end + next[0].length, rights);
        if (!list.known) break;
        all ||= list.all;
        end = list.end;
      }
      return all || rights.size === 0 ? undefined : [...RIGHT_ORDER.filter((r) => rights.has(r)), ...[...rights].filter((r) => !RIGHT_ORDER.includes(r))];
    }
  }
  return undefined;
}

/** A FIELD match as the record's field: its name, after 'outside the' or its possessor when written ('outside the Field'). */
function fieldOf(m: RegExpExecArray): string {
  const name = squash((m[3] ?? m[4]) as string);
  return m[1] !== undefined ? `outside the ${name}` : m[2] !== undefined ? `${squash(m[2])} ${name}` : name;
}

function scopeOf(scope: string) {
  const excl = EXCLUSIVITY.exec(scope)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
  // "co-exclusive" shares exclusivity with the grantor: closest to a sole licence.
  const exclusivity: GrantRecord['exclusivity'] = excl === undefined ? null : /^non/.test(excl) ? 'non-exclusive' : excl === 'sole' || excl === 'co-exclusive' ? 'sole' : 'exclusive';
  const sub = sublicensing(scope);
  const tr = TRANSFER.exec(scope);
  const roy = ROYALTY.exec(scope);
  const rev = REVOCABLE.exec(scope);
  const terr = TERRITORY.exec(scope);
  const field = FIELD.exec(scope);
  const ip = pickIp(scope);
  return {
    ip: ip === null ? null : squash(ip),
    exclusivity,
    field: field && !/^(?:this|the)\s+(?:Agreement|[Tt]erm)\b/.test((field[3] ?? field[4]) as string) ? fieldOf(field) : ANY_PRODUCT_FIELD.test(scope) ? 'any products' : ANY_FIELD.test(scope) ? 'any field' : null,
    territory: terr ? (terr[1] ? 'worldwide' : squash(terr[2] as string)) : null,
    ...sub,
    transferable: tr ? (tr[1] ? false : true) : null,
    royalty: (roy ? (roy[1] ? 'royalty-free' : 'royalty-bearing') : null) as GrantRecord['royalty'],
    ...durationOf(scope),
    revocable: rev ? (rev[1] ? false : true) : null,
  };
}

/** A capitalised name right before the verb when no known party is mentioned ("Distributor hereby grants"). */
function nameBefore(prefix: string): string | null {
  const m = /([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s*(?:,[^,]{0,120},\s*)?(?:(?:hereby|shall|will|agrees?|to|does|do|is|are|be)\s+)*$/.exec(prefix);
  if (!m) return null;
  const name = (m[1] as string).replace(/^(?:[A-Z]\.\s+)?(?:The|Each|Subject)\s+/, '').replace(/^[A-Z]\.\s+/, '');
  return /^(?:Agreement|Section|Article|Subject|Except|Notwithstanding)$/.test(name) ? null : name;
}

function nameAfter(rest: string): string | null {
  const m = /^[\s-]*(?:and\s+agrees?\s+to\s+grant\s+)?(?:to[\s-]+)?(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})/.exec(rest);
  return m ? (m[1] as string) : null;
}

/** Party mentions that name a party, not part of a longer name ("Beta Patents", "Acme's Know-How"). */
function partyMentions(mentions: readonly Mention[], text: string): Mention[] {
  return mentions.filter((m) => m.group !== null || !/^(?:['’]s\b|\s+(?:Patents?|Licensed|Technology|Know-How|IP|Intellectual|Improvements?|Products?|Marks?|Materials?|Software)\b)/.test(text.slice(m.end, m.end + 20)));
}

// The subject of a grant by role ("each Member", "Each Licensor"): the last "each"/"every" and capitalised word before the verb.
const EACH_ROLE = /\b(?:[Ee]ach|[Ee]very)[ \t]+([A-Z][a-z]{2,})(?![\w-])/g;
// Its grantee: the same role after "each other", "every other", "all other" or "the other" ("to each other Member and its Affiliates").
const OTHER_ROLE_AFTER = /^[ \t]*(?:to[ \t]+)?(?:each|every|all|the)[ \t]+other[ \t]+([A-Z][a-z]{2,})(?![\w-])/;

/** The role word when the subject is "each <Role>" and the grantee "each other <Role>(s)" (same role), else null. */
function roleMutual(prefix: string, after: string): string | null {
  const subject = [...prefix.matchAll(EACH_ROLE)].pop();
  if (subject === undefined || /^Part(?:y|ies)$/.test(subject[1] as string)) return null;
  const other = OTHER_ROLE_AFTER.exec(after);
  if (other === null) return null;
  const role = subject[1] as string;
  const grantee = other[1] as string;
  return grantee === role || grantee === `${role}s` ? role : null;
}

// The counterpart of a granting role after the verb: "Each Licensor hereby grants to the Licensee".
const COUNTERPART_AFTER = /^[ \t]*(?:to[ \t]+)?the[ \t]+(Licensee|Grantee)(?![\w-])/;
const COUNTERPARTS: Readonly<Record<string, string>> = { Licensor: 'Licensee', Grantor: 'Grantee' };

/**
 * Whether the subject is "each Licensor" (or "each Grantor") and the grantee "the Licensee" ("the Grantee"): in an
 * agreement of two parties, both are licensors, each granting to the other (the roles defined per direction, 'in respect
 * of the licence granted by Maritime, the same terms apply mutatis mutandis'). Not with more parties: a pool's
 * licensors grant to a licensee that grants nothing.
 */
function eachLicensorToLicensee(prefix: string, after: string, parties: number): boolean {
  if (parties !== 2) return false;
  const subject = [...prefix.matchAll(EACH_ROLE)].pop();
  const grantee = COUNTERPART_AFTER.exec(after);
  return subject !== undefined && grantee !== null && COUNTERPARTS[subject[1] as string] === grantee[1];
}

// "under " (or "under all of the ") before a party that owns what a licence is under: "under Beta's Improvements",
// "under the Beta Patents" (partyMentions leaves such owners out).
const UNDER_OWNER_BEFORE = /\bunder\s+(?:(?:all|any)\s+(?:of\s+)?)?(?:the\s+)?$/i;
const OWNED_AFTER = /^(?:['’]s?(?!\w)|\s+(?:Patents?|Licensed|Technology|Know-How|IP|Intellectual|Improvements?)\b)/;

/** The first party named as the owner of what a licence is under, right after "under", among `mentions`. */
function ownerUnder(text: string, mentions: readonly Mention[]): Mention | undefined {
  return mentions.find((m) => m.party !== null && UNDER_OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) && OWNED_AFTER.test(text.slice(m.end, m.end + 16)));
}
/** "each of" / "both of" (every one in a grant's prefix, and whether any is): spelt case-insensitive, compiled once. */
const EACH_OF_ALL = caseInsensitive(String.raw`\b(?:each|both)\s+of\b`, 'g');
const EACH_OF = caseInsensitive(String.raw`\b(?:each\s+of|both\s+of)\b`);

/**
 * The grantors and grantee of "each of A and B grants to C": the parties mentioned after the prefix's last "each of" /
 * "both of" (two or more), and a party named right after the verb that is none of them; else null.
 */
function severalGrantors(prefix: string, prefixStart: number, before: readonly Mention[], first: Mention | undefined): { grantors: string[]; grantee: string } | null {
  if (first === undefined || first.party === null || first.group !== null) return null;
  const each = [...prefix.matchAll(EACH_OF_ALL)].pop();
  if (each === undefined) return null;
  const from = prefixStart + (each.index as number);
  const grantors = [...new Set(before.filter((m) => m.start >= from && m.party !== null).map((m) => m.party as string))];
  if (grantors.length < 2 || grantors.includes(first.party)) return null;
  return { grantors, grantee: first.party };
}

/**
 * The grantees of "grants to each of A and B", "grants to Brenna and Cordell each" (a multilateral agreement): the
 * parties named one after another (joined by commas, "and", "or", "the") right after the verb's "to" (or "to each of",
 * "to both of"), two or more; else null. "to Beta and its Affiliates" names one party.
 */
function severalGrantees(text: string, verbEnd: number, after: readonly Mention[]): string[] | null {
  const each = EACH_OF_GRANTEE.exec(text.slice(verbEnd, verbEnd + 40));
  if (each === null) return null;
  const names: string[] = [];
  let at = verbEnd + each[0].length;
  for (const m of after) {
    if (m.start < at) continue;
    if (m.party === null || !/^[\s,]*(?:(?:and|or)\s+)?(?:the\s+)?$/.test(text.slice(at, m.start))) break;
    if (!names.includes(m.party)) names.push(m.party);
    at = m.end;
  }
  return names.length >= 2 ? names : null;
}
const EACH_OF_GRANTEE = /^[ \t]+(?:unto[ \t]+|to[ \t]+)(?:(?:each|both)[ \t]+of[ \t]+)?(?:the[ \t]+)?/;

// The grantee of "grants to each Parent", "grants to the Parents": a capitalised word after "to each / every / the".
const CLASS_GRANTEE = /^[ \t]*(?:to[ \t]+)?(?:each|every|the|both)[ \t]+([A-Z][a-z][\w-]*)/;

/** The parties a class word (singular or plural, as read from the words) stands for, or null when it is none. */
function classMembers(classes: ReadonlyMap<string, readonly string[]>, word: string | null): readonly string[] | null {
  if (word === null || classes.size === 0) return null;
  return classes.get(word) ?? (word.endsWith('s') ? (classes.get(word.slice(0, -1)) ?? null) : null);
}

// A lead-in's end: a colon, and blanks after it (or a dash: "grants to Beta –").
const LEAD_IN_END = /[:\u2013\u2014]\s*$/;

// What may stand between a heading and its clause's words: blanks, a stop, a colon or a dash.
const HEADING_TAIL = new Set([...' \t\r\n.:-\u2013\u2014'].map((c) => c.charCodeAt(0)));

/**
 * Grants made in a clause's own text. `nonAssertions`: where "agrees not to sue", "shall not assert" can start in it
 * (document offsets, from nonAssertionStarts): the covenants without the word "covenant". `roles`: role words defined
 * for the clause's article only (roles.ts: "In this Article 3, Ardentis is the "Licensor""), read as their parties
 * where a grant names its sides by them ("The Licensor grants to the Licensee").
 */
export function findGrants(text: string, clause: ClauseNode, parties: PartyIndex, nonAssertions: readonly number[] = [], roles: ReadonlyMap<string, string> = NO_ROLES, sectionEnd = clause.end, classes: ReadonlyMap<string, readonly string[]> = NO_CLASSES): GrantFinding[] {
  const from = clause.start;
  const to = clause.bodyEnd;
  const own = text.slice(from, to);
  // The noun ("licenses and covenants not to sue") is dropped before the loop: left in, it would end the scope of the
  // grant it belongs to ("grants ... a licence and covenant not to sue under the Beta Patents").
  const verbs = grantVerbMatches(own, nonAssertions.map((k) => k - from)).filter((m) => {
    if (!m[0].startsWith('covenant')) return true;
    const before = own.slice(Math.max(0, m.index - 20), m.index);
    return !COVENANT_NOUN_BEFORE.test(before) || SUBJECT_ASIDE_BEFORE.test(before);
  });
  if (verbs.length === 0) return [];
  const starts = sentenceStarts(text, from, to);
  // Where the clause's words start: past its heading and the stop, colon or dash after it ("License: The Association grants").
  let bodyFrom = headingEnd(text, clause);
  if (bodyFrom > from) while (bodyFrom < to && HEADING_TAIL.has(text.charCodeAt(bodyFrom))) bodyFrom++;
  const out: GrantFinding[] = [];
  // The last grant read: where its verb ends and who made it (a second grant in its sentence may share the subject).
  let previous: { verbEnd: number; grantor: string | null } | null = null;
  for (let v = 0; v < verbs.length; v++) {
    const verb = verbs[v] as RegExpMatchArray;
    const verbStart = from + (verb.index as number);
    if (verb[0] === 'grants' && (NOUN_BEFORE.test(text.slice(Math.max(from, verbStart - 20), verbStart)) || NOUN_AFTER.test(text.slice(verbStart + 6, verbStart + 140)))) continue;
    const covenant = COVENANT_VERB_END.test(verb[0]);
    const verbEnd = verbStart + verb[0].length;
    const si = lastAtOrBefore(starts, verbStart);
    // Run-on sentences are common in filings: look at most 400 characters back and 1500 ahead. A heading is no part of
    // the first sentence ('II. LICENCE' over 'The Licensor hereby grants ...' read 'LICENCE The Licensor' as the grantor).
    const sentenceStart = Math.max(starts[si] as number, verbStart - 400, bodyFrom <= verbStart ? bodyFrom : from);
    let sentenceEnd = Math.min(si + 1 < starts.length ? (starts[si + 1] as number) : to, verbStart + 1500);
    // A sentence that introduces a list ("... as follows:") or runs into the children takes the children along. A lead-in
    // ending in a colon whose items are read as its siblings takes them along too, up to the end of its section
    // ("2.1 Licence to Northfield. ... Keshet hereby grants to Northfield and its Affiliates:" over "(a) a non-exclusive
    // ... licence under the Keshet Patents ...", "(b) ..."): without them the grant had no licence and was not read.
    if (sentenceEnd >= to && clause.end > to) sentenceEnd = Math.min(clause.end, to + 1500, verbStart + 1500);
    else if (sentenceEnd >= to && sectionEnd > clause.end && LEAD_IN_END.test(text.slice(Math.max(verbStart, to - 40), to))) sentenceEnd = Math.min(sectionEnd, to + 1500, verbStart + 1500);
    const nextVerb = verbs[v + 1];
    const scopeEnd = nextVerb && from + (nextVerb.index as number) < sentenceEnd ? from + (nextVerb.index as number) : sentenceEnd;
    const scope = text.slice(verbStart, scopeEnd);
    if (!LICENCE_OBJECT.test(scope.slice(0, 400)) || NOT_A_LICENCE.test(scope.slice(0, 120))) continue;
    if (GIVE_VERB.test(verb[0]) && !GIVEN_LICENCE.test(scope.slice(0, 160))) continue;
    if (covenant && !COVENANT_IP.test(scope.slice(0, 300))) continue;
    if (covenant && WITHOUT_CONSENT.test(scope.slice(0, 300))) continue;
    if (covenant && (STANDSTILL.test(text.slice(sentenceStart, scopeEnd)) || STANDSTILL.test(clause.heading ?? text.slice(clause.start, Math.min(sentenceStart, clause.start + 80))))) continue;
    if (covenant && !verb[0].startsWith('covenant') && !(verb[0].endsWith('assert') ? NON_ASSERTION_ASSERT : NON_ASSERTION_SUE).test(scope.slice(0, 300))) continue;
    const prefix = text.slice(sentenceStart, verbStart);
    if (NEGATED_BEFORE.test(prefix) && !/\b(?:not\s+(?:to\s+)?(?:sue|assert))\b/.test(prefix)) continue;
    if (NEGATED_OBJECT.test(scope.slice(0, 80))) continue;
    // "if Depomed grants to any Third Party a license": a hypothetical grant, not one made here.
    if (HYPOTHETICAL_BEFORE.test(prefix)) continue;
    if (PURPOSE_BEFORE.test(prefix)) continue;
    if (DESCRIBED_BEFORE.test(prefix)) continue;
    if (FUTURE_GRANT.test(verb[0]) && FRAND_TERMS.test(scope.slice(0, 400))) continue;
    const passive = /granted$/.test(verb[0]);
    if (passive && (RELATIVE_BEFORE.test(prefix) || LICENCES_AS_SUBJECT.test(prefix) || LICENCE_IN_SECTION.test(prefix))) continue;
    const before = partyMentions(parties.within(sentenceStart, verbStart), text);
    const after = partyMentions(parties.within(verbEnd, Math.min(scopeEnd, verbEnd + 250)), text);
    // "We give you ...", "You grant us ...": the subject is the pronoun the verb's match opens with.
    const pronoun = PRONOUN_SUBJECT.exec(verb[0]);
    const subject = pronoun === null ? undefined : partyMentions(parties.within(verbStart, verbStart + (pronoun[0] as string).length), text)[0];
    const lastBefore = subject ?? before[before.length - 1];
    // A passive grant's grantor is its agent ("is granted by Beta", "under any improvement made by Beta"), else the party
    // whose rights it licenses ("Alpha is hereby granted a licence under Beta's Improvements", "under the Beta Patents").
    const firstAfter = passive ? (after.find((m) => /\bby\s+$/.test(text.slice(Math.max(verbEnd, m.start - 12), m.start))) ?? ownerUnder(text, parties.within(verbEnd, Math.min(scopeEnd, verbEnd + 250)))) : after[0];
    // "Licensor grants to Alpha an exclusive license ..., and grants to Beta a non-exclusive license ...": the second
    // grant's terms are the words from its own verb on, and its grantor the first's ("and grants" has no subject of its own).
    const second = previous !== null && previous.verbEnd > sentenceStart;
    const sharedSubject = second && !passive && SHARED_SUBJECT.test(text.slice(Math.max(sentenceStart, verbStart - 40), verbStart));
    const prior = sharedSubject && previous !== null ? previous.grantor : null;
    // "Photonik shall promptly communicate to Solaris any Improvement it makes and hereby grants to Solaris ...": a grant
    // verb joined by "and" to an earlier verb of no grant shares that verb's subject, the party opening the sentence, not
    // the last party named before it (there the earlier verb's object: the grant was read as Solaris's to itself).
    const opening = before[0];
    const coordinated = !second && !passive && opening !== undefined && before.length >= 2 && SHARED_SUBJECT.test(text.slice(Math.max(sentenceStart, verbStart - 40), verbStart)) && SENTENCE_OPENING.test(text.slice(sentenceStart, opening.start));
    previous = { verbEnd, grantor: null };
    const terms = scopeOf(text.slice(second ? verbStart : sentenceStart, scopeEnd));
    // Cut 400 characters back inside a word, the evidence opens at the next word.
    const cutInWord = sentenceStart > (starts[si] as number) && /\w\w/.test(text.slice(sentenceStart - 1, sentenceStart + 1));
    const nextWord = cutInWord ? text.slice(sentenceStart, verbStart).search(/\s\S/) : -1;
    const evidence = squash(text.slice(nextWord < 0 ? sentenceStart : sentenceStart + nextWord + 1, scopeEnd));
    // A covenant not to sue is an immunity, which cannot exclude anyone: non-exclusive by nature, so no rule asks it to
    // say so (precision/exclusivity-unstated fired on every settlement's covenant).
    // The rights it lists, from its verb on: a list in the words before it is another's ("Subject to the rights to use ...").
    const rights = rightsOf(text.slice(verbStart, Math.min(scopeEnd, verbStart + 800)));
    const base = { clauseId: clause.id, ...terms, ...(covenant && terms.exclusivity === null ? { exclusivity: 'non-exclusive' as const } : {}), ...(rights === undefined ? {} : { rights }), evidence };
    // "Each Party hereby grants to the other", also when the subject stands far before the verb
    // ("Each Party shall disclose ... to the other Party and hereby grants to the other Party ...").
    const eachSubject = before.find((m) => m.group !== null || m.party !== null);
    const mutualSubject = lastBefore?.group === 'each' || (eachSubject?.group === 'each' && after[0]?.group === 'other') || (before.length >= 2 && EACH_OF.test(prefix));
    // "each Member ... hereby grants to each other Member": a multi-party agreement names its parties by a role, not
    // "Party"; the same role word as subject and, after "each/every/all/the other", as grantee makes the grant mutual.
    const role = !passive && !mutualSubject ? roleMutual(prefix, text.slice(verbEnd, verbEnd + 60)) : null;
    if (role !== null) {
      out.push({ record: { ...base, grantor: `each ${role}`, grantee: `each other ${role}` }, start: sentenceStart, end: scopeEnd, mutual: true });
      continue;
    }
    // "each of Harrowgate and Solvane hereby grants to Ketterby": the parties named after "each of" grant, each on its
    // own, to a party named after the verb that is not one of them (a consortium's grants to one member); the same
    // words with "to the other" are the mutual grant below.
    const jointGrantee = !passive && mutualSubject ? severalGrantors(prefix, sentenceStart, before, after[0]) : null;
    if (jointGrantee !== null) {
      for (const a of jointGrantee.grantors) out.push({ record: { ...base, grantor: a, grantee: jointGrantee.grantee }, start: sentenceStart, end: scopeEnd, mutual: false });
      continue;
    }
    // "Each Licensor hereby grants to the Licensee" between two parties: each grants to the other.
    if (!passive && !mutualSubject && eachLicensorToLicensee(prefix, text.slice(verbEnd, verbEnd + 60), parties.parties.length)) {
      const [a, b] = parties.parties.map((p) => p.name) as [string, string];
      out.push({ record: { ...base, grantor: a, grantee: b }, start: sentenceStart, end: scopeEnd, mutual: true });
      out.push({ record: { ...base, grantor: b, grantee: a }, start: sentenceStart, end: scopeEnd, mutual: true });
      continue;
    }
    if (!passive && mutualSubject) {
      const names = lastBefore?.group === 'each' || eachSubject?.group === 'each' ? parties.parties.map((p) => p.name) : [...new Set(before.map((m) => m.party).filter((p): p is string => p !== null))];
      if (names.length >= 2 && names.length <= 4) {
        for (const a of names) for (const b of names) if (a !== b) out.push({ record: { ...base, grantor: a, grantee: b }, start: sentenceStart, end: scopeEnd, mutual: true });
      } else out.push({ record: { ...base, grantor: 'each Party', grantee: 'the other Party' }, start: sentenceStart, end: scopeEnd, mutual: true });
      continue;
    }
    let grantor: string | null;
    let grantee: string | null;
    const resolve = (m: Mention | undefined, anchor: string | null): string | null => {
      if (!m) return null;
      if (m.party) return m.party;
      if (m.group === 'other') return parties.other(anchor);
      return null;
    };
    // A name read from the words (no party mention) may be a role word this article gives a party.
    const asParty = (name: string | null): string | null => (name === null ? null : (roles.get(name) ?? name));
    if (passive) {
      grantee = resolve(lastBefore, null) ?? asParty(nameBefore(prefix));
      grantor = resolve(firstAfter, grantee);
    } else {
      grantor = prior ?? (coordinated ? resolve(opening, null) : null) ?? resolve(lastBefore, null) ?? asParty(nameBefore(prefix));
      grantee = resolve(firstAfter, grantor) ?? (firstAfter ? null : asParty(nameAfter(text.slice(verbEnd, verbEnd + 80))));
    }
    if (grantee !== null && grantee === grantor) grantee = passive ? null : asParty(nameAfter(text.slice(verbEnd, verbEnd + 80)));
    if (grantee === grantor) grantee = null;
    // "Each Parent hereby grants to the Company", "The Company grants to each Parent": a class word that names two or
    // more of the parties (roles.ts findPartyClasses) grants, or is granted, for each of them.
    const grantors = classMembers(classes, grantor) ?? [grantor];
    const grantees = (grantee === null && !passive ? classMembers(classes, CLASS_GRANTEE.exec(text.slice(verbEnd, verbEnd + 60))?.[1] ?? null) : classMembers(classes, grantee)) ?? (passive ? null : severalGrantees(text, verbEnd, after)) ?? [grantee];
    if (grantors.length > 1 || grantees.length > 1) {
      previous.grantor = grantor;
      for (const a of grantors) {
        for (const b of grantees) {
          if (a === b) continue;
          const later = base.sublicensable === null && b !== null ? (laterSublicensing(text, scopeEnd, to, b, parties) ?? siblingSublicensing(text, clause, sectionEnd, b, parties)) : null;
          out.push({ record: { ...base, ...later, grantor: a, grantee: b }, start: sentenceStart, end: scopeEnd, mutual: false });
        }
      }
      continue;
    }
    // In a two-party agreement the missing side is the other party.
    if (grantor !== null && grantee === null) grantee = parties.other(grantor);
    if (grantee !== null && grantor === null) grantor = parties.other(grantee);
    previous.grantor = grantor;
    const later = base.sublicensable === null && grantee !== null ? (laterSublicensing(text, scopeEnd, to, grantee, parties) ?? siblingSublicensing(text, clause, sectionEnd, grantee, parties)) : null;
    out.push({ record: { ...base, ...later, grantor, grantee }, start: sentenceStart, end: scopeEnd, mutual: false });
  }
  return out;
}

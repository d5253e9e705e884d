// Rule hits -> findings. The runner stamps identity (rule id, pack, severity) from rule metadata;
// the facts supply substance (where, the evidence). Output is deduplicated and sorted.
import { CappedCache, LineIndex, lowerBound, memoByMembers, namesLookedFor, openingOwner, clauseIndexOf, type ClauseNode, type DocumentKind, type Finding, type Severity } from '../model/index.js';
import type { Analysis } from '../analysis.js';
import { clauseLabel, computeFact, DocumentContext, ScanPlan, type ClauseMatch } from './context.js';
import { TEMPLATE_PLACEHOLDER } from './catalogue.js';
import { scannedPatterns } from './leading-table.js';

export { clauseLabel };
import { compile, compileCased, list } from './patterns.js';
import { hitOf, runRules, type ConditionResult, type RuleHit, type RuleOutcome } from './engine.js';
import { heldBack, restingConfidence, silentForSure, weakest, type Overrides } from './confidence.js';
import type { LoadedPack, LoadedRule } from './loader.js';
import type { Condition } from './schema.js';
import type { ClauseQuery } from './query.js';
import { gapHeading } from '../tag/headings.js';
import { headingEnd, squash } from '../facts/text.js';

/** A position of a rule's ladder (schema.ts Variant). */
type Variant = NonNullable<LoadedRule['variants']>[number];

export interface EvaluateOptions {
  /** Overrides the document kind the facts stage detected (config, pack tests). */
  readonly kind?: DocumentKind;
  /**
   * Also report, as needing review, rules that stayed silent only because clauses that a tag below this confidence
   * selected on its own satisfied their "missing" conditions (src/rules/confidence.ts heldBack). Default: none.
   */
  readonly reviewThreshold?: number;
}

/** A message or evidence template cut at its placeholders: literals[i] comes before names[i]; one literal more than names. */
interface Template {
  readonly literals: readonly string[];
  readonly names: readonly string[];
}
function parseTemplate(template: string): Template {
  const literals: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const m of template.matchAll(TEMPLATE_PLACEHOLDER)) {
    literals.push(template.slice(last, m.index));
    names.push(m[1] as string);
    last = m.index + m[0].length;
  }
  literals.push(template.slice(last));
  return { literals, names };
}
// Templates are the rules' (a few per rule, the same for every document): each is cut once, not searched with a
// regex on every finding (~0.5 us a render). Bounded: a long-lived process may meet ever new packs.
const templates = new CappedCache<string, Template>(2000);

/**
 * The template with each {{name}} replaced by values(name), called in order (what a replace with TEMPLATE_PLACEHOLDER gives).
 * Exported for its test only (test/rules/template-render.test.ts holds it to that replace).
 */
export function render(template: string, values: (name: string) => string): string {
  const { literals, names } = templates.get(template, parseTemplate);
  let out = literals[0] as string;
  for (let i = 0; i < names.length; i++) out += values(names[i] as string) + (literals[i + 1] as string);
  return out;
}

/** The most of the matched words a message quotes; longer ones are cut with an ellipsis. */
const MATCHED_MAX = 60;

/**
 * The words that made a clause match, as the document writes them, for {{matched}}: the placeholder itself
 * ('{{ effective_date }}', '[●]', '[insert name of licensee]'), not its sentence, which {{evidence}} quotes. White space
 * squashed, quotation marks nested, a run of one character (a blank line of underscores or dots) shortened. '' when
 * the match has no words of its own.
 */
function matchedWords(text: string, match: ClauseMatch | undefined): string {
  if (match?.matchStart === undefined || match.matchEnd === undefined || match.matchEnd <= match.matchStart) return '';
  return shownMatch(text.slice(match.matchStart, match.matchEnd));
}

/** Matched words as a message names them: white space squashed, a run of one character shortened, quotes nested, cut. */
function shownMatch(words: string): string {
  const squashed = squash(words).replace(/([_.…●•])\1{5,}/g, '$1$1$1$1$1…');
  return nestedQuotes(squashed.length > MATCHED_MAX ? `${squashed.slice(0, MATCHED_MAX - 1)}…` : squashed);
}

/**
 * The pattern the trigger's words are a match of: the query's first `require` pattern when they are one (the trigger is
 * the first `require` match when that is in the clause's own words), else its `text`. Its other matches in the clause
 * are the other words {{matched}} names: "covenants not to sue" (the query's `text`) is no second short term beside
 * "for a period of two (2) years" (its `require`).
 */
function triggerPattern(ctx: DocumentContext, rule: LoadedRule, match: ClauseMatch): string | undefined {
  const query = firstQuery(rule);
  const required = query?.require;
  const first = typeof required === 'string' ? required : Array.isArray(required) && typeof required[0] === 'string' ? required[0] : undefined;
  if (first !== undefined && match.matchStart !== undefined) {
    const pattern = compile(first);
    const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    sticky.lastIndex = match.matchStart;
    if (sticky.exec(ctx.ruleText)?.index === match.matchStart && sticky.lastIndex === match.matchEnd) return first;
  }
  return typeof query?.text === 'string' ? query.text : undefined;
}

/**
 * {{matched}} of a clause holding several: the trigger's words, then every other distinct match of the same pattern
 * (triggerPattern; a variant's: variantMatched) in the clause's own words, in the order written ('[●]" and "[insert
 * amount]'), each as matchedWords shows it (blanks of one character once, whatever their length); beyond FOUND_ALL_MAX
 * the rest are counted. Only the trigger's words when the rule has no text query.
 */
function allMatchedWords(ctx: DocumentContext, rule: LoadedRule, match: ClauseMatch | undefined, quoted: boolean): string {
  const first = matchedWords(ctx.text, match);
  const clause = match ? ctx.clause(match.clauseId) : undefined;
  const src = match ? triggerPattern(ctx, rule, match) : undefined;
  if (first === '' || clause === undefined || src === undefined) return first;
  return otherMatches(ctx, src, clause.start, clause.bodyEnd, [first], quoted);
}

/**
 * {{matched}} of a finding a variant set: the words its first `require` pattern matched in the reported clause (with
 * its sub-clauses, as the variant read it), and its other distinct matches there: "at any time", where the rule's own
 * query matched "may ... audit". '' when the variant has no `require` or it matches no words.
 */
function variantMatched(ctx: DocumentContext, variant: Variant, clause: ClauseNode, quoted: boolean): string | undefined {
  const src = list(variant.require)[0];
  if (src === undefined) return undefined;
  return otherMatches(ctx, src, clause.start, clause.end, [], quoted);
}

/**
 * `seen` (words already named), then every other distinct match of `src` in the text's [start, end), joined as
 * {{foundAll}}: matched as the rules read the text (ruleText), shown as the document writes it.
 */
function otherMatches(ctx: DocumentContext, src: string, start: number, end: number, seen: readonly string[], quoted: boolean): string {
  // Blanks of one character differ only in length ('____', '_____…'): named once.
  const key = (words: string): string => words.toLowerCase().replace(/([_.…●•])\1*…?/g, '$1');
  const named = new Set(seen.map(key));
  const out = [...seen];
  for (const [from, to] of matchesWithin(ctx, src, start, end)) {
    const words = shownMatch(ctx.text.slice(from, to));
    if (words === '' || named.has(key(words))) continue;
    named.add(key(words));
    out.push(words);
  }
  return joinDetails(out.length > FOUND_ALL_MAX ? [...out.slice(0, FOUND_ALL_MAX), `${out.length - FOUND_ALL_MAX} more`] : out, quoted);
}

/**
 * The non-empty matches of `src` (uncased) that a global search over the rules' text begun at `start` finds before `end`,
 * up to the first that runs past `end`, in order: from the document's scan where it has them (DocumentContext
 * scannedFrom), else by searching, which goes on past `end` to the next match (to the document's end when there is none).
 */
function matchesWithin(ctx: DocumentContext, src: string, start: number, end: number): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  const scanned = ctx.scannedFrom(src, start);
  if (scanned !== null) {
    const { starts, ends } = scanned.scan;
    for (let i = scanned.first; i < starts.length && (starts[i] as number) < end; i++) {
      const from = starts[i] as number;
      const to = ends[i] as number;
      if (to === from) continue;
      if (to > end) break;
      spans.push([from, to]);
    }
    return spans;
  }
  const pattern = compile(src);
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  re.lastIndex = start;
  const hay = ctx.ruleText;
  for (let m = re.exec(hay); m !== null && m.index < end; m = re.exec(hay)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    if (m.index + m[0].length > end) break;
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** A message opens a sentence: "the paragraph at line 35 of Section 1.1 uses ..." (a {{clause}} first) gets its capital. */
function sentenceCase(message: string): string {
  const c = message.charCodeAt(0);
  return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) + message.slice(1) : message;
}

interface Site {
  readonly clause: ClauseNode | undefined;
  readonly start: number;
  readonly end: number;
  readonly evidence: string;
  /**
   * What a document-scope finding relied on being absent: "looked for: a survival clause" ('' for none). Its evidence
   * joins this to the excerpt of the clause it found; its message names only one of the two (see messageEvidence).
   */
  readonly lookedFor?: string;
  /** The details of every match in the clause, when a clause-scope finding stands for several ("Halcyon", "Orrery"). */
  readonly details?: readonly string[];
  readonly match: ClauseMatch | undefined;
  /** Of the tags the finding rests on (src/rules/confidence.ts); undefined: it rests on none. */
  readonly confidence: number | undefined;
}

const QUOTED_EVIDENCE = '"{{evidence}}"';

/** An excerpt quoted in a message: its own double quotation marks become single ones ('"\'Vehicle Data\' means ..."'). */
function nestedQuotes(excerpt: string): string {
  // A quotation the excerpt cuts ('"4.6 Minimum Resale Price. To protect ... list price that…') keeps its lone mark,
  // nested too: a '"' left would close the message's quotation at the excerpt's first word.
  return excerpt.replace(/"([^"]*)"/g, "'$1'").replace(/"/g, "'").replace(/[“”]/g, (q) => (q === '“' ? '‘' : '’'));
}

/**
 * The template and the text its {{evidence}} stands for in the message. Between quotation marks only the document's own
 * words: the excerpt of the clause found ('Termination for breach has no notice or cure period: "Either party can end
 * ..."'), never "looked for: ...", which would read as quoted text and as something found. Without quotation marks, in
 * a rule about something missing, what was looked for: 'No term is stated (looked for: a term, expiry or sunset).'; the
 * excerpt of the clause it stands at stays in the finding's evidence.
 */
function messageEvidence(template: string, site: Site, evidence: string, custom: boolean): { template: string; evidence: string } {
  const quoted = template.includes(QUOTED_EVIDENCE);
  if (custom) return { template, evidence: quoted ? nestedQuotes(evidence) : evidence };
  if (!site.lookedFor) {
    // A template written for an absence ('... incomplete ({{evidence}})') met a clause found instead (royalty-incomplete's
    // 'a royalty left to be agreed'): the clause's words are quoted after a colon, not set in brackets as if the tool
    // said them.
    const paren = /\s*\(\{\{evidence\}\}\)(?:\.$)?/;
    if (!quoted && paren.test(template)) return evidence ? { template: template.replace(paren, `: ${QUOTED_EVIDENCE}`), evidence: nestedQuotes(evidence) } : { template: template.replace(paren, ''), evidence };
    return { template, evidence: quoted ? nestedQuotes(evidence) : evidence };
  }
  const excerpt = site.match?.evidence;
  if (!quoted) {
    // 'No transition assistance or bridging licence is offered (looked for: transition assistance or a bridging
    // licence).' says the same thing twice: what was looked for is left out when the message already names all of it.
    const bare = template.replace(/\s*\(\{\{evidence\}\}\)/, '');
    return bare !== template && namesLookedFor(bare, site.lookedFor) ? { template: bare, evidence: '' } : { template, evidence: site.lookedFor };
  }
  if (excerpt) return { template, evidence: nestedQuotes(excerpt) };
  return { template: template.replaceAll(`: ${QUOTED_EVIDENCE}`, ' ({{evidence}})').replaceAll(QUOTED_EVIDENCE, '({{evidence}})'), evidence: site.lookedFor };
}

/**
 * Several details as one: 'Schedule 1 and Schedule 3'; between the template's quotation marks each is quoted
 * ('Halcyon", "Brightwell" and "Orrery' in '"{{detail}}"'); details that hold commas are parted by semicolons.
 */
function joinDetails(details: readonly string[], quoted: boolean): string {
  const comma = details.some((d) => d.includes(',')) ? '; ' : ', ';
  const [sep, and] = quoted ? [`"${comma}"`, '" and "'] : [comma, ' and '];
  return details.length < 2 ? (details[0] ?? '') : `${details.slice(0, -1).join(sep)}${and}${details[details.length - 1]}`;
}

/** What {{found}}, {{foundAll}} and {{matched}} read of a query. */
interface FirstQuery {
  readonly text?: unknown;
  readonly require?: unknown;
  readonly label?: unknown;
}

/** The params of the rule's first `clauses` condition (depth first), which {{found}}, {{foundAll}} and {{matched}} read. */
function firstQuery(rule: LoadedRule): FirstQuery | undefined {
  let query: FirstQuery | undefined;
  const walk = (c: Condition): void => {
    for (const sub of c.all ?? c.any ?? []) if (!query) walk(sub);
    if (!query && c.fact === 'clauses' && c.params) query = c.params as FirstQuery;
  };
  walk(rule.conditions);
  return query;
}

/**
 * {{found}}: the words of the selected clause that the rule's first text query matches, as the document writes them
 * ("technical working group", "Steering Committee"), so that a message names the thing by the document's own name;
 * without any (a clause selected by its tag alone), that query's label without its article ("joint committee").
 * `all` ({{foundAll}}): every distinct match, joined ("vertrag and Lizenznehmer"), not only the first.
 */
function foundWords(ctx: DocumentContext, rule: LoadedRule, match: ClauseMatch | undefined, all = false): string {
  const query = firstQuery(rule);
  const clause = match ? ctx.clause(match.clauseId) : undefined;
  if (clause && typeof query?.text === 'string') {
    const body = ctx.text.slice(clause.start, clause.bodyEnd);
    const pattern = compile(query.text);
    if (all) {
      const words = distinctMatches(body, pattern);
      if (words.length > 0) return joinDetails(words, false);
    } else {
      const words = pattern.exec(body)?.[0].replace(/\s+/g, ' ').trim() ?? '';
      if (words && words.length <= 80) return words;
    }
  }
  return typeof query?.label === 'string' ? query.label.replace(/^(?:a|an|the)\s+/i, '') : '';
}

/** The most words {{foundAll}} names; more are counted ("and 3 more"). */
const FOUND_ALL_MAX = 5;

/**
 * {{foundAll}}: every distinct match of `pattern` in `body` (case aside), in the order written, each as the document
 * writes it and at most 80 characters: "vertrag, Lizenznehmer and Kündigung". Beyond FOUND_ALL_MAX, the rest are counted.
 */
function distinctMatches(body: string, pattern: RegExp): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of body.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
    const words = m[0].replace(/\s+/g, ' ').trim();
    if (words === '' || words.length > 80 || seen.has(words.toLowerCase())) continue;
    seen.add(words.toLowerCase());
    out.push(words);
  }
  return out.length > FOUND_ALL_MAX ? [...out.slice(0, FOUND_ALL_MAX), `${out.length - FOUND_ALL_MAX} more`] : out;
}

function finding(ctx: DocumentContext, lines: LineIndex, hit: RuleHit, site: Site, count: number): Finding {
  const { rule } = hit;
  let severity: Severity = rule.severity;
  let template = rule.message;
  let { rationale, recommendation } = rule;
  let variant: Variant | undefined;
  if (rule.variants && site.clause) {
    const fits = (text: string) => (x: Variant): boolean => list(x.require).every((p) => compile(p).test(text)) && !list(x.exclude).some((p) => compile(p).test(text));
    const body = ctx.text.slice(site.clause.start, site.clause.end);
    // A list item is also read with its lead-in, where the variant's words may be ('MacroGenics may terminate this
    // Agreement ... in the event Green Cross: (a) directly or indirectly oppose ...' is a sanction, not a bar).
    const lead = ctx.leadIn(site.clause);
    const v = rule.variants.find(fits(body)) ?? (lead ? rule.variants.find(fits(`${ctx.text.slice(lead.start, lead.end)} ${body}`)) : undefined);
    if (v) {
      variant = v;
      severity = v.severity;
      template = v.message ?? template;
      rationale = v.rationale ?? rationale;
      recommendation = v.recommendation ?? recommendation;
    }
  }
  const values = (name: string): string => {
    switch (name) {
      case 'evidence':
        return site.evidence;
      case 'clause':
        return ctx.labelOf(site.clause);
      case 'detail':
        return site.details ? joinDetails(site.details, template.includes('"{{detail}}"')) : (site.match?.detail ?? '');
      case 'found':
        return foundWords(ctx, hit.rule, site.match);
      case 'foundAll':
        return foundWords(ctx, hit.rule, site.match, true);
      case 'matched': {
        const quoted = template.includes('"{{matched}}"');
        return (variant && site.clause && variantMatched(ctx, variant, site.clause, quoted)) || allMatchedWords(ctx, hit.rule, site.match, quoted);
      }
      case 'kind':
        return ctx.kind;
      case 'rights':
        // What the document grants, in its kind's word: a transport contract or a joint venture has rights, no licences.
        return ctx.kind === 'other' ? 'rights' : 'licences';
      case 'count':
        return String(count);
      case 'document':
        // An amendment checked alone is what the finding is about: 'which the agreement does not contain' of a
        // reference to its own Section 9 points counsel at the agreement it amends, which is not before the tool.
        return ctx.analysis.facts.amendment ? 'the amendment' : 'the agreement';
      default: {
        const [fact, key] = name.split('.');
        const v = (computeFact(ctx, fact ?? '', {}) as Record<string, unknown>)[key ?? ''];
        return v === null || v === undefined ? '' : String(v);
      }
    }
  };
  const evidence = rule.evidence ? render(rule.evidence, values) : site.evidence;
  const said = messageEvidence(template, site, evidence, rule.evidence !== undefined);
  const point = lines.point(site.start);
  // The opening words of a numbered clause, kept as its first child by the clause splitter ('3.1 Ironbark grants ...
  // and for the Term:' before '(a)'), are that clause's: the message names it (clauseLabel), and so do the number and
  // heading a report, a waiver or a baseline reads; the clause id stays the leaf's.
  const named = site.clause ? (openingOwner(site.clause, (id) => ctx.clause(id), (c) => c.position.start.line) ?? site.clause) : undefined;
  // The optional keys set in place, in the report's key order, not spread into the literal (a spread after other
  // properties is a runtime call per finding).
  const f: { -readonly [K in keyof Finding]: Finding[K] } = {
    ruleId: rule.id,
    pack: rule.pack,
    severity,
    message: sentenceCase(render(said.template, (n) => (n === 'evidence' ? said.evidence : values(n)))),
    clauseId: site.clause?.id ?? null,
    clauseNumber: named?.number ?? null,
    heading: named?.heading ?? null,
    start: site.start,
    end: site.end,
    line: point.line,
    column: point.column,
    evidence,
    rationale,
    recommendation,
  } as { -readonly [K in keyof Finding]: Finding[K] };
  if (rule.modelLanguage) f.modelLanguage = rule.modelLanguage;
  if (site.confidence !== undefined) f.confidence = site.confidence;
  f.waived = false;
  return f;
}

function siteOfMatch(ctx: DocumentContext, m: ClauseMatch, confidence: number | undefined): Site {
  return { clause: ctx.clause(m.clauseId), start: m.start, end: m.end, evidence: m.evidence, match: m, confidence };
}

/** A tag at least this confident makes a clause a natural anchor. */
const STRONG_TAG = 0.8;
/** The confidence at which the tagger reports a type (a clause query's default minConfidence). */
const TYPED_ANCHOR = 0.5;

/**
 * Where a document-scope finding is reported among its anchor's clauses. Those that hold what the rule's own conditions
 * found of the anchor's kind (the clause itself or its section) come first: audit-missing's anchor is any payment
 * clause, and its condition finds the running royalty (a royalty clause), so the royalty clause, or the Royalties
 * section around it, is where a missing audit right is reported, not the VAT clause after it. A condition about other
 * types (a licence exists, for a finding anchored at the termination clause) is context and does not count. A typed
 * clause whose heading the anchor's `heading` pattern matches is where a reader looks for the provision: one that is
 * both comes first, then the headed ones, then those holding what the conditions found, then any anchor. Among them,
 * the first clause the tagger typed with confidence over one that only mentions the words (a recital, say), else the
 * most confident.
 */
function bestAnchor(ctx: DocumentContext, rule: LoadedRule, anchors: readonly ClauseMatch[], matched: readonly ClauseMatch[]): ClauseMatch | undefined {
  // A recital that holds the anchor's words ("WHEREAS, the Parties desire to grant each other licenses") is no anchor,
  // nor a purpose clause that describes what the operative clauses do ("1.1 The purpose of the present Agreement is to
  // define the terms on which each Party grants to the other Party a licence"), unless nothing else is.
  anchors = anchors.filter((a) => !isRecital(ctx, a.clauseId));
  const operative = anchors.filter((a) => !isPurposeClause(ctx, a.clauseId));
  if (operative.length > 0) anchors = operative;
  if (anchors.length === 0) return undefined;
  // Only anchors the tagger typed as the anchor's kind: a recital or table of contents that also holds the words is none.
  const typed = (a: ClauseMatch): boolean => (a.typeConfidence ?? 0) >= TYPED_ANCHOR;
  const subjects = subjectClauses(ctx, rule, matched);
  const holding =
    subjects === null
      ? []
      : anchors.filter((a) => {
          const c = typed(a) ? ctx.clause(a.clauseId) : undefined;
          return c !== undefined && subjects.some((m) => m.clauseId === a.clauseId || (m.start >= c.start && m.end <= c.end));
        });
  // A typed clause that the anchor's heading pattern names ("Term and Termination", "Jurisdiction") is where a reader
  // looks for the missing provision: before a clause of the type that only touches the matter ("Irrevocability").
  const heading = rule.anchor?.heading;
  let headed: readonly ClauseMatch[] = [];
  // The anchors in a section on the matter the heading names (see inTopic below); none without a heading pattern.
  const topical = new Set<string>();
  if (heading !== undefined) {
    const re = rule.anchor?.matchCase === true ? compileCased(heading) : compile(heading);
    // Typed itself, or a section ("10. General") over typed clauses of the kind ("10.1 ... governed by the laws of"),
    // when the anchor only says where a finding about something else goes (the general provisions, for a missing
    // competition-law clause); a rule about the anchor's own kind keeps to the typed clause.
    const section = !queriesAnchorKind(rule);
    // Typed clauses anywhere under it ("9 Miscellaneous" over an unnumbered paragraph holding "9.2 Notices ..."), or,
    // for a bare heading the tree left with nothing under it ("ARTICLE IX / MISCELLANEOUS" read into the clause before
    // it), those that follow it before the next bare heading.
    const typedWithin = (c: ClauseNode): boolean =>
      section && (anchors.some((b) => typed(b) && b.clauseId !== c.id && isWithin(ctx, b.clauseId, c)) || (isBareHeading(ctx, c) && typedAfterBareHeading(ctx, c, anchors.filter(typed))));
    headed = anchors.filter((a) => {
      const c = ctx.clause(a.clauseId);
      const h = c === undefined ? null : headingOf(ctx, c);
      return c !== undefined && h !== null && re.test(h) && (typed(a) || typedWithin(c));
    });
    // A headed clause inside a section about something else ("(e) Obligations Upon Termination" under "12.
    // Confidentiality", "AMC Termination" in a schedule of prices) is where that matter ends, not where a reader looks
    // for the provision: a top-level one, or one whose top-level section is headed for it too, comes first.
    const inTopic = (a: ClauseMatch): boolean => {
      const c = ctx.clause(a.clauseId);
      if (c === undefined) return false;
      let top = c;
      for (let p = top.parentId === null ? undefined : ctx.clause(top.parentId); p !== undefined && p.kind !== 'preamble'; p = p.parentId === null ? undefined : ctx.clause(p.parentId)) top = p;
      const h = top === c ? null : headingOf(ctx, top);
      return top === c || (h !== null && re.test(h));
    };
    for (const a of anchors) if (inTopic(a)) topical.add(a.clauseId);
    headed = [...headed.filter((a) => topical.has(a.clauseId)), ...headed.filter((a) => !topical.has(a.clauseId))];
  }
  // Both first (the "Jurisdiction" clause that sends disputes to court, not the "Governing Law" one before it); then a
  // named clause over one that only holds the words ("each jurisdiction in which it does business" in a representation).
  // A holding clause inside a named section ("9.10 Governing Law; Jurisdiction" under "9. Miscellaneous") counts as both.
  const headedIds = new Set(headed.map((a) => a.clauseId));
  const bothAny = holding.filter((a) => headedIds.has(a.clauseId) || headedIds.has(ctx.clause(a.clauseId)?.parentId ?? ''));
  // Those in a section on the matter first, as for `headed`.
  const both = [...bothAny.filter((a) => topical.has(a.clauseId)), ...bothAny.filter((a) => !topical.has(a.clauseId))];
  const pool = both.length > 0 ? both : headed.length > 0 ? headed : holding.length > 0 ? holding : anchors;
  return (
    pool.find((m) => (m.typeConfidence ?? 0) >= STRONG_TAG) ??
    pool.reduce<ClauseMatch | undefined>((best, m) => (!best || (m.typeConfidence ?? 0) > (best.typeConfidence ?? 0) ? m : best), undefined)
  );
}

/**
 * A clause's heading as the tree recorded it, else, for a numbered clause, a caption the tree did not record, set off
 * from its text by a gap as EDGAR's flattened filings keep a heading line ("4. Termination  (a) Either Party may ...").
 * (A run-in heading the tree missed is not read: "6. DOCUMENTATION AND DISPUTES. Client will be provided ..." would
 * then name a billing clause as where disputes are settled, over the venue clause that sends them to court.)
 */
/** Whether clause `id` lies inside `c` (a descendant: a parent's span covers its children). */
function isWithin(ctx: DocumentContext, id: string, c: ClauseNode): boolean {
  const b = ctx.clause(id);
  return b !== undefined && b.start >= c.start && b.end <= c.end && (b.start > c.start || b.end < c.end);
}

/**
 * A clause that is a heading alone, with no clause under it and no words of its own besides its number and heading.
 * Not a schedule's: a list of annexes names them one by one ("ANNEX 3 GENERAL CLAUSES ..." over "ANNEX 4 ...").
 */
function isBareHeading(ctx: DocumentContext, c: ClauseNode): boolean {
  if (c.heading === null || c.children.length > 0 || c.kind === 'schedule') return false;
  const own = ctx.text.slice(c.start, c.end);
  const at = own.indexOf(c.heading);
  return at >= 0 && !/[A-Za-z0-9]/.test(own.slice(at + c.heading.length));
}

/** Whether one of `typed` follows the bare heading `c` before another bare heading does. */
function typedAfterBareHeading(ctx: DocumentContext, c: ClauseNode, typed: readonly ClauseMatch[]): boolean {
  let first: ClauseNode | undefined;
  for (const b of typed) {
    const n = ctx.clause(b.clauseId);
    if (n !== undefined && n.start >= c.end && (first === undefined || n.start < first.start)) first = n;
  }
  if (first === undefined) return false;
  const clauses = ctx.analysis.tree.clauses;
  for (let i = clauseIndexOf(clauses, c.id) + 1; i >= 1 && i < clauses.length; i++) {
    const n = clauses[i] as ClauseNode;
    if (n.start >= first.start) return true;
    if (isBareHeading(ctx, n)) return false;
  }
  return false;
}

function headingOf(ctx: DocumentContext, c: ClauseNode): string | null {
  if (c.heading !== null || c.number === null) return c.heading;
  return gapHeading(ctx.text.slice(c.start, Math.min(c.bodyEnd, c.start + 120)));
}

/**
 * Whether the clause is a recital or inside one: its own most confident tag (or an enclosing clause's) is `recitals`,
 * or it is one of the preamble's recitals (DocumentContext.preambleRecitals). A recital says why the parties contract,
 * not what they agree, so a finding about the agreement is not placed there.
 */
function isRecital(ctx: DocumentContext, id: string): boolean {
  const preamble = ctx.preambleRecitals();
  for (let c = ctx.clause(id); c; c = c.parentId === null ? undefined : ctx.clause(c.parentId)) {
    if (preamble.has(c.id)) return true;
    if (ctx.topTagIs(c, 'recitals')) return true;
  }
  return false;
}

/** A clause that opens by stating the agreement's purpose ("The purpose of this Agreement is ...", "The object of the present Contract is"). */
const PURPOSE_OPENING = /^(?:[\s\d.()*#_a-z]{0,12})?(?:The\s+)?(?:purposes?|objects?|objectives?|aims?)\s+of\s+(?:this|the\s+present)\s+(?:agreement|contract)\s+(?:is|are|shall\s+be)\b/i;

function isPurposeClause(ctx: DocumentContext, id: string): boolean {
  const c = ctx.clause(id);
  if (c === undefined) return false;
  if (PURPOSE_OPENING.test(ctx.text.slice(c.start, Math.min(c.bodyEnd, c.start + 120)))) return true;
  // Or past a heading of its own ("Article 1 (Purpose)" on its line, then "The purpose of this Agreement is ...").
  if (c.heading === null) return false;
  const from = Math.min(Math.max(c.start, headingEnd(ctx.text, c)), c.bodyEnd);
  return from > c.start && PURPOSE_OPENING.test(ctx.text.slice(from, Math.min(c.bodyEnd, from + 120)));
}

/** Words that name the instrument in its title ("PATENT CROSS-LICENSE AGREEMENT", "Heads of Terms", "THIS DEED"). */
const INSTRUMENT_TITLE = /\b(?:agreement|contract|licen[cs]e|deed|terms|memorandum|letter|undertaking|settlement)\b/i;

/**
 * The document's title: the clause tagged as one, else a heading before the first numbered clause that names the
 * instrument; else its first clause.
 */
function titleClause(ctx: DocumentContext): ClauseNode | undefined {
  const clauses = ctx.analysis.tree.clauses;
  let named: ClauseNode | undefined;
  for (const c of clauses) {
    if (c.number !== null) break;
    if (ctx.tags(c).some((t) => t.type === 'title' && t.confidence >= TYPED_ANCHOR)) return c;
    if (!named && c.heading !== null && INSTRUMENT_TITLE.test(c.heading)) named = c;
  }
  return named ?? clauses[0];
}

/** Whether a `clauses` condition of the rule asks for a type of its anchor (dispute-resolution-missing: its anchor's kind). */
function queriesAnchorKind(rule: LoadedRule): boolean {
  const anchorTypes = rule.anchor?.types;
  if (!anchorTypes) return false;
  const walk = (c: Condition): boolean =>
    (c.all ?? c.any ?? []).some(walk) || (c.not !== undefined && walk(c.not)) || (c.fact === 'clauses' && ((c.params as ClauseQuery | undefined)?.types ?? []).some((t) => anchorTypes.includes(t)));
  return walk(rule.conditions);
}

/** The matched clauses that a `clauses` condition selected by a type of the rule's anchor (null: none). */
function subjectClauses(ctx: DocumentContext, rule: LoadedRule, matched: readonly ClauseMatch[]): ClauseMatch[] | null {
  const anchorTypes = rule.anchor?.types;
  if (!anchorTypes) return null;
  const ids = new Set<string>();
  // A gate ("exists": true) reports no clauses, but what it found of the anchor's kind is the subject all the same:
  // dispute-resolution-missing's clause that sends disputes to court. It found something exactly when it held.
  const gated: ClauseMatch[] = [];
  const walk = (c: Condition): void => {
    for (const sub of c.all ?? c.any ?? []) walk(sub);
    const params = c.fact === 'clauses' ? (c.params as ClauseQuery | undefined) : undefined;
    // The query ran when the rule was evaluated: this reads its cached result.
    if (!params?.types?.some((t) => anchorTypes.includes(t))) return;
    const found = ctx.query(params);
    for (const m of found) ids.add(m.clauseId);
    if (c.operator === 'exists' && c.value === true) gated.push(...found);
  };
  walk(rule.conditions);
  const out = [...matched.filter((m) => ids.has(m.clauseId)), ...gated];
  return out.length > 0 ? out : null;
}

function findingsOf(ctx: DocumentContext, lines: LineIndex, hit: RuleHit, conditions: ConditionResult | undefined, overrides?: Overrides, deleted: readonly Span[] = []): Finding[] {
  if (hit.rule.scope === 'clause') {
    // Each clause's own tag, and the rule's other premises (absences, gates) shared by all its findings.
    const premises = conditions ? restingConfidence(ctx, conditions, false, false, overrides) : undefined;
    // One finding per clause, at its first match; the finding names what every match in the clause found. A match in
    // text that an amendment quotes only to delete it is none: those words will not bind.
    const matches = deleted.length === 0 ? hit.matches : hit.matches.filter((m) => !inSpans(deleted, m.matchStart ?? m.start));
    const byClause = new Map<string, { first: ClauseMatch; details: string[] }>();
    for (const m of [...matches].sort((a, b) => a.start - b.start)) {
      const group = byClause.get(m.clauseId);
      if (!group) byClause.set(m.clauseId, { first: m, details: m.detail ? [m.detail] : [] });
      else if (m.detail && !group.details.includes(m.detail)) group.details.push(m.detail);
    }
    const out: Finding[] = [];
    // The groups in the order of their first matches' starts (the matches were sorted), for a binary search.
    const groups = [...byClause.values()];
    const starts = groups.map((g) => g.first.start);
    for (const { first, details } of groups) {
      // A lead-in whose match runs on into a list item that matched too ('2.1 Beta shall not: (a) manufacture more than
      // 10,000 ...'): the item's finding reports it, read with its lead-in; one restriction, one finding.
      const reach = first.matchEnd ?? first.end;
      const own = ctx.clause(first.clauseId);
      if (own && reach > own.bodyEnd) {
        let k = lowerBound(starts, own.bodyEnd);
        while (k < groups.length && (starts[k] as number) < reach && (groups[k] as (typeof groups)[number]).first.clauseId === first.clauseId) k++;
        if (k < groups.length && (starts[k] as number) < reach) continue;
      }
      const site = siteOfMatch(ctx, first, weakest(first.confidence, premises));
      out.push(finding(ctx, lines, hit, details.length > 1 ? { ...site, details } : site, matches.length));
    }
    return out;
  }
  // Document scope: once, at the anchor, else the first matched clause that is not a recital, else the title.
  const confidence = conditions ? restingConfidence(ctx, conditions, true, false, overrides) : undefined;
  // A recital is never where the finding points while another clause is, but what the conditions found in it may be
  // quoted when nothing else was found: 'Joint development is contemplated ...' quotes the recital that contemplates it
  // (placed at the anchor, or at the title with no anchor), the only words that show why the rule fired.
  const sorted = [...hit.matches].sort((a, b) => a.start - b.start);
  const first = sorted.find((m) => !isRecital(ctx, m.clauseId));
  const quoted = first ?? sorted[0];
  const anchors = hit.rule.anchor ? ctx.query(hit.rule.anchor) : [];
  const anchorMatch = bestAnchor(ctx, hit.rule, anchors, hit.matches);
  const lookedFor = hit.lookedFor.length ? `looked for: ${hit.lookedFor.join('; ')}` : '';
  // With an explicit anchor, matched clauses are context (e.g. "a licence exists"); the absence is the evidence.
  const evidence = (anchorMatch && lookedFor ? lookedFor : [quoted?.evidence ?? '', lookedFor].filter(Boolean).join(' — ')) || 'the document as a whole';
  let site: Site;
  if (anchorMatch) {
    const c = ctx.clause(anchorMatch.clauseId);
    // The message quotes the clause the finding points at when the conditions found words there too: joint development
    // named in a recital and in the anchor '5.2 Joint Development' is quoted from 5.2, not from the recital.
    const atAnchor = c ? sorted.find((m) => within(ctx, m.clauseId, c.id)) : undefined;
    site = { clause: c, start: c?.start ?? anchorMatch.start, end: c?.bodyEnd ?? anchorMatch.end, evidence, lookedFor, match: atAnchor ?? quoted, confidence };
  } else if (first) {
    site = { ...siteOfMatch(ctx, first, confidence), evidence, lookedFor };
  } else {
    const c = titleClause(ctx);
    site = { clause: c, start: c?.start ?? 0, end: c?.bodyEnd ?? 0, evidence, lookedFor, match: quoted, confidence };
  }
  return [finding(ctx, lines, hit, site, hit.matches.length)];
}

/** Whether the clause is `ancestor` or inside it. */
function within(ctx: DocumentContext, id: string, ancestor: string): boolean {
  for (let c = ctx.clause(id); c; c = c.parentId === null ? undefined : ctx.clause(c.parentId)) if (c.id === ancestor) return true;
  return false;
}

/** Rules kept silent only by weak tags, as findings that need review: "the clause may be missing; the tagger is not sure it is there". */
function heldBackFindings(ctx: DocumentContext, lines: LineIndex, outcomes: readonly RuleOutcome[], threshold: number): Finding[] {
  const out: Finding[] = [];
  for (const o of outcomes) {
    if (o.fired) continue;
    const held = heldBack(ctx, o.conditions, threshold);
    if (!held) continue;
    const { weak } = held;
    const note = `only ${ctx.labelOf(ctx.clause(weak.clauseId))} may provide it (tagged ${weak.type} at ${weak.confidence.toFixed(2)})`;
    for (const f of findingsOf(ctx, lines, hitOf(ctx, o.rule, held.conditions), held.conditions, held.overrides)) {
      out.push({ ...f, evidence: `${f.evidence} — ${note}`, status: 'needs-review', heldBackBy: weak });
    }
  }
  return out;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || a.end - b.end || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

/** The distinct rules of the packs (a rule reached through two packs runs once). */
export function activeRules(packs: readonly LoadedPack[]): LoadedRule[] {
  const byId = new Map<string, LoadedRule>();
  for (const p of packs) for (const r of p.rules) if (!byId.has(r.id)) byId.set(r.id, r);
  return [...byId.values()];
}

/** One engine run over a document: the findings, and every rule's outcome (for explanations). */
export interface EvaluationRun {
  readonly ctx: DocumentContext;
  readonly findings: Finding[];
  readonly outcomes: readonly RuleOutcome[];
  /** Rules not run because they apply to cross-licenses only. */
  readonly skipped: readonly LoadedRule[];
  /** Rules not run because they judge a whole agreement and the document amends one (facts.amendment). */
  readonly skippedForAmendment: readonly LoadedRule[];
}

/** What a packs array implies for every document: its distinct rules, those that run on other documents than cross-licenses, and the patterns they scan for. */
interface PackRules {
  readonly rules: readonly LoadedRule[];
  readonly notCrossLicense: readonly LoadedRule[];
  readonly plan: ScanPlan;
}
// The same arrays for every document: the engine adapter keeps what it derives from a rule list by identity.
const rulesOf = memoByMembers((packs: readonly LoadedPack[]): PackRules => {
  const rules = activeRules(packs);
  return { rules, notCrossLicense: rules.filter((x) => !x.crossLicenseOnly), plan: new ScanPlan(scannedPatterns(rules)) };
});

export async function evaluateRun(analysis: Analysis, packs: readonly LoadedPack[], options: EvaluateOptions = {}): Promise<EvaluationRun> {
  return run(analysis, packs, options, false);
}

/** evaluateRun; with `findingsOnly`, the outcomes leave out the rules that stay silent for sure (confidence.ts silentForSure). */
async function run(analysis: Analysis, packs: readonly LoadedPack[], options: EvaluateOptions, findingsOnly: boolean): Promise<EvaluationRun> {
  const { rules: all, notCrossLicense, plan } = rulesOf(packs);
  const ctx = new DocumentContext(analysis, options.kind, plan);
  const xl = ctx.crossLicense();
  // An amendment carries only what it changes; the rest (governing law, notices, the grants it leaves alone ...) is in
  // the agreement it amends. Rules of document scope judge the agreement as a whole (something absent, or the grants
  // compared), so they do not run on an amendment alone; rules of clause scope check the words it makes binding.
  const amendment = analysis.facts.amendment;
  const rules = amendment ? (xl ? all : notCrossLicense).filter(isClauseRule) : xl ? all : notCrossLicense;
  // For findings alone, rules that stay silent for sure are left out of the engine run: the facts that only their
  // other conditions read are never computed. Findings come from fired and held-back rules, so they are the same.
  const skip = findingsOnly ? (rule: LoadedRule) => silentForSure(ctx, rule, options.reviewThreshold) : undefined;
  const { hits, outcomes } = await runRules(ctx, rules, skip);
  const lines = analysis.lines ?? new LineIndex(analysis.source.text);
  const seen = new Set<string>();
  const out: Finding[] = [];
  const fired = new Map(outcomes.filter((o) => o.fired).map((o) => [o.rule.id, o.conditions]));
  for (const hit of hits) {
    for (const f of findingsOf(ctx, lines, hit, fired.get(hit.rule.id), undefined, analysis.facts.deletedText)) {
      const key = `${f.ruleId}\u0000${f.clauseId ?? ''}\u0000${f.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  if (options.reviewThreshold) out.push(...heldBackFindings(ctx, lines, outcomes, options.reviewThreshold));
  return {
    ctx, findings: out.sort(compareFindings), outcomes,
    skipped: all.filter((r) => !xl && r.crossLicenseOnly),
    skippedForAmendment: amendment ? all.filter((r) => (xl || !r.crossLicenseOnly) && !isClauseRule(r)) : [],
  };
}

const isClauseRule = (r: LoadedRule): boolean => r.scope === 'clause';

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Whether `at` lies in one of `spans` (text an amendment quotes only to delete it). */
function inSpans(spans: readonly Span[], at: number): boolean {
  for (const s of spans) if (at >= s.start && at < s.end) return true;
  return false;
}

/** Evaluate the packs' rules over one analysed document: one engine run, findings sorted by offset then rule id. */
export async function evaluate(analysis: Analysis, packs: readonly LoadedPack[], options: EvaluateOptions = {}): Promise<Finding[]> {
  return (await run(analysis, packs, options, true)).findings;
}

// Small helpers shared by the text formatters.
import { SEVERITIES, didYouMeanText, kindName, namesLookedFor, namedAncestor, openingOwner, scheduleParagraph, sectionedItemNumber, type ClauseReport, type DocumentReport, type Finding, type RunReport, type Severity, type WaiverNotice } from '../model/index.js';
import type { RuleInfo } from './types.js';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML/HTML content and attributes; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** Accepted findings (a waiver, or a suppression marker in the document) are shown but never fail the gate. */
export function isAccepted(f: Pick<Finding, 'waived' | 'suppressed'>): boolean {
  return f.waived || f.suppressed !== undefined;
}

/** Rests on a tag less confident than the review threshold: shown and counted apart; fails the gate only with --fail-on-review. */
export function needsReview(f: Pick<Finding, 'status'>): boolean {
  return f.status === 'needs-review';
}

/** The finding with `status: "needs-review"` exactly when its confidence is below `threshold` (a stale status is dropped). */
export function withReviewStatus(f: Finding, threshold: number): Finding {
  // A rule held back by a weak tag only ever needs review (it did not fire).
  if (f.heldBackBy || (f.confidence !== undefined && f.confidence < threshold)) return f.status === 'needs-review' ? f : { ...f, status: 'needs-review' };
  if (f.status === undefined) return f;
  const { status: _stale, ...rest } = f;
  return rest;
}

/** "needs review: confidence 0.55": the marker every format shows on such a finding. */
export function reviewLabel(f: Pick<Finding, 'confidence'>): string {
  return f.confidence === undefined ? 'needs review' : `needs review: confidence ${f.confidence.toFixed(2)}`;
}

/** "1 finding needs review: it rests ..." / "2 findings need review: they rest ...", with what it does to the gate. */
export function reviewSentence(n: number, run: { readonly reviewThreshold?: number; readonly failOnReview?: boolean } | undefined): string {
  const one = n === 1;
  const below = run?.reviewThreshold !== undefined ? ` (confidence below ${run.reviewThreshold})` : '';
  const gate = run?.failOnReview ? `${one ? 'it fails' : 'they fail'} the gate (--fail-on-review)` : `${one ? 'it does' : 'they do'} not fail the gate by ${one ? 'itself' : 'themselves'}`;
  return `${n} ${one ? 'finding needs' : 'findings need'} review: ${one ? 'it rests' : 'they rest'} on a clause-type tag the tagger was not sure of${below}; ${gate}`;
}

/** "(waived)", "(suppressed)" or nothing. */
export function acceptanceLabel(f: Pick<Finding, 'waived' | 'suppressed'>): string | null {
  return f.waived ? 'waived' : f.suppressed !== undefined ? 'suppressed' : null;
}

/** Why a waiver naming no rule of the run matched nothing, with the nearest ids ('; did you mean "x"?'). */
export function unknownRuleText(w: Pick<WaiverNotice, 'rule' | 'didYouMean'>): string {
  return `matched no finding: no rule of the run is named "${w.rule}"${didYouMeanText(w.didYouMean ?? [])}`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** What the reports count: open findings by severity (see RunSummary), and apart from them those needing review or waived. */
export interface FindingCounts {
  readonly findings: Readonly<Record<Severity, number>>;
  readonly needsReview: number;
  readonly waived: number;
}

/** A list's findings counted as the summary counts them. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let needs = 0;
  let waived = 0;
  for (const f of findings) {
    if (isAccepted(f)) waived++;
    else if (needsReview(f)) needs++;
    else counts[f.severity]++;
  }
  return { findings: counts, needsReview: needs, waived };
}

/**
 * The one count of every report (terminal, Markdown, HTML), in one wording: "36 findings (5 errors, 21 warnings,
 * 10 info), 1 more needing review, 2 waived"; "no findings, 1 needing review". A finding needing review or waived is
 * not among the open ones, so it is said apart, never added in.
 */
export function countsText(c: FindingCounts, withWaived = true): string {
  const { error, warning, info } = c.findings;
  const total = error + warning + info;
  const parts = [total ? `${plural(total, 'finding')} (${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info)` : 'no findings'];
  if (c.needsReview) parts.push(`${c.needsReview} ${total ? 'more ' : ''}needing review`);
  if (withWaived && c.waived) parts.push(`${c.waived} waived`);
  return parts.join(', ');
}

export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface PackRow {
  readonly pack: string;
  readonly counts: Record<Severity, number>;
  readonly waived: number;
  readonly review: number;
}

/** Open findings per pack and severity; waived and needs-review ones counted apart (as in the summary); packs sorted by id. */
export function countsByPack(report: RunReport): PackRow[] {
  const rows = new Map<string, { pack: string; counts: Record<Severity, number>; waived: number; review: number }>();
  for (const f of report.documents.flatMap((d) => d.findings)) {
    let row = rows.get(f.pack);
    if (!row) rows.set(f.pack, (row = { pack: f.pack, counts: { error: 0, warning: 0, info: 0 }, waived: 0, review: 0 }));
    if (isAccepted(f)) row.waived++;
    else if (needsReview(f)) row.review++;
    else row.counts[f.severity]++;
  }
  return [...rows.values()].sort((a, b) => byCodePoint(a.pack, b.pack));
}

export interface ClauseGroup {
  readonly clauseId: string | null;
  /** "§ 4.2 Royalties", "Section 1.2", "§ 4.2 Royalties, paragraph at line 14", "Clause at line 12", "Document". */
  readonly label: string;
  readonly line: number;
  readonly findings: readonly Finding[];
}

/**
 * "§ 4.2 Royalties" for a clause title; a title whose number already names its kind ("Section 1.2", "ARTICLE 2
 * LICENSE GRANTS", "Art. 12 Term", "§ 3 Fees", "Schedule A") takes no second mark ("§ Section 1.2", "§ § 3 Fees").
 */
/** The evidence of a finding as a report prints it: "looked for: ..." or the document's words. */
export const LOOKED_FOR = 'looked for: ';

/**
 * Whether the message already says the evidence: quotes it (white space aside), or names all of what was looked for
 * ("No transition assistance or bridging licence is offered."); such evidence is not printed again.
 */
export function messageSaysEvidence(message: string, evidence: string): boolean {
  // Quotation marks aside: the message nests the excerpt's own ('defines "Net Sales" ...' quoted as ': "... 'Net Sales' ...'").
  const flat = (t: string): string => t.replace(/\s+/g, ' ').replace(/["“”'‘’]/g, '"').trim();
  return flat(message).includes(flat(evidence)) || (evidence.startsWith(LOOKED_FOR) && namesLookedFor(message, evidence));
}

export function withSectionSign(title: string): string {
  if (/^(?:§|(?:sections?|articles?|art\.|clauses?|paragraphs?|points?|schedules?|exhibits?|annex(?:ures?)?|appendix|attachments?|parts?)(?:\b|(?<=\.)))/i.test(title)) return title;
  // A lone lower-case list label with no section above it ('c)'): the messages call it 'item c)' (rules/context.ts),
  // and '§ c)' names no section.
  return /^[a-z]{1,4}[).](?=\s|$)/.test(title) ? `Item ${title}` : `§ ${title}`;
}

/** The word ('Article', 'Clause', 'Section' for '§') right before `number` in `message`, or null where none names it. */
function wordBefore(message: string, number: string): string | null {
  for (let at = message.indexOf(number); at > 0; at = message.indexOf(number, at + 1)) {
    const next = message.charCodeAt(at + number.length);
    if ((next >= 48 && next <= 57) || next === 40 || (next === 46 && /\d/.test(message.charAt(at + number.length + 1)))) continue;
    const m = /(?<![A-Za-z])(Section|Clause|Article|Paragraph|Point|section|clause|article|paragraph|point|Art\.|Sec\.|Cl\.|Para\.|§)\s*$/.exec(message.slice(Math.max(0, at - 12), at));
    if (m) return m[1] === '§' ? 'Section' : capitalised((m[1] as string).toLowerCase());
  }
  return null;
}

/** A clause number named with its word in a message: 'Article 5.1', 'clause 13.3', 'Section 9', '§ 4'. */
const NUMBER_WORD_RE = /(?<![A-Za-z])(Section|Clause|Article|Paragraph|Point|section|clause|article|paragraph|point|Art\.|Sec\.|Cl\.|Para\.|§)\s*(\d{1,3}(?:\.\d{1,3})*)(?!\.?\d)/g;

/**
 * The word a document's messages name its clauses' whole ('5') and dotted ('5.1') numbers with, by the most of them
 * (the rules name a clause in the document's own word, rules/context.ts labelOf: 'Article 5.1' in an agreement that
 * says so), or null for 'Section' or none, which '§' stands for. Only the first number of one of the document's
 * clauses in each message counts, the clause the message is about: not a quoted 'Section 365(n) of the Bankruptcy
 * Code', nor the words the agreement's own text uses where the rules chose another.
 */
function numberWords(findings: readonly Pick<Finding, 'message'>[], clauses: readonly Pick<ClauseReport, 'number'>[]): readonly [string | null, string | null] {
  const counts = [new Map<string, number>(), new Map<string, number>()] as const;
  let numbers: Set<string> | null = null;
  for (const f of findings) {
    for (const m of f.message.matchAll(NUMBER_WORD_RE)) {
      numbers ??= new Set(clauses.map((c) => c.number ?? '').filter((n) => /^\d/.test(n)));
      const n = m[2] as string;
      if (!numbers.has(n)) continue;
      const w = m[1] === '§' ? 'Section' : capitalised((m[1] as string).toLowerCase());
      const byShape = counts[n.includes('.') ? 1 : 0];
      byShape.set(w, (byShape.get(w) ?? 0) + 1);
      break; // the first is the message's own clause (the others may quote the document's words for other things)
    }
  }
  const best = (byShape: ReadonlyMap<string, number>): string | null => {
    let word = 'Section';
    let most = 0;
    for (const [w, c] of byShape) if (c > most || (c === most && w === 'Section')) [word, most] = [w, c];
    return word === 'Section' ? null : word;
  };
  return [best(counts[0]), best(counts[1])];
}

export function clauseTitle(f: Pick<Finding, 'clauseNumber' | 'heading'>, number: string | null = f.clauseNumber): string {
  const parts = [number, f.heading].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(' ') : 'Document';
}

export type FindingNumber = (f: Pick<Finding, 'clauseId' | 'clauseNumber'>) => string | null;

/** How a report names a finding's place, read from the document's clause list (each clause names its parent). */
export interface FindingPlaces {
  /**
   * The number shown for the finding's clause: a list item's with its section's ("Section 9.1(b)"), as the messages
   * name it; else the clause's own. A finding carries only its clause's own number ("(b)"), and reports read back from
   * JSON have nothing more.
   */
  readonly number: FindingNumber;
  /**
   * For a paragraph with no number or heading of its own, the clause it is in and its line, as the messages name it:
   * "§ 5.1 Term, paragraph at line 77", "Preamble, paragraph at line 9"; "Preamble" or "Signature block" for such a
   * clause itself; the clause's own title for its opening words kept as its first child ("§ 7.2", openingOwner). Null for any other finding, or when no clause above it is named.
   */
  readonly paragraph: (f: Pick<Finding, 'clauseId' | 'clauseNumber' | 'heading'> & { readonly message?: string }) => string | null;
  /**
   * The place of a finding whose clause has no number or heading of its own, the same in every format: "Document"
   * for a finding on no clause, the paragraph's place as above, else "Clause at line 25" (as the message names it).
   * Null for a numbered or headed clause, whose title each format writes in its own way.
   */
  readonly unnamed: (f: Pick<Finding, 'clauseId' | 'clauseNumber' | 'heading' | 'line'> & { readonly message?: string }) => string | null;
  /** The finding's place as a title: unnamed(), else "§ 4.2 Royalties", "Section 9.1(b)" (Markdown, HTML, diff). */
  readonly label: (f: Pick<Finding, 'clauseId' | 'clauseNumber' | 'heading' | 'line'> & { readonly message?: string }) => string;
  /**
   * A clause title with the mark of its number: the word the document's messages use for numbers of its shape
   * ("Article 5.1 Term" where they say "Article 5.1"), else "§" (withSectionSign), so the place and the message
   * beside it name the clause with one word.
   */
  readonly signed: (title: string, message?: string) => string;
}

const reportLine = (c: ClauseReport): number => c.line;
/** A title scheduleParagraph wrote: the schedule's label, then ', paragraph 3'. */
const SCHEDULE_PARAGRAPH_RE = /^[^,\n]{1,80}, paragraph \d/;
export const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** 'Section' and '§' are what withSectionSign writes: null. */
const sectionAsNull = (word: string): string | null => (word === 'Section' || word === '§' ? null : word);

export function findingPlaces(doc: Pick<DocumentReport, 'clauses' | 'numberWords'> & { readonly findings?: readonly Pick<Finding, 'message'>[] }): FindingPlaces {
  // The document's words (a property of the document, the same under --quiet, waivers or a baseline); a report read
  // back from JSON made before they were recorded counts its messages' words.
  const own = doc.numberWords;
  let words: readonly [string | null, string | null] | null = own ? [sectionAsNull(own.whole), sectionAsNull(own.dotted)] : null;
  const signed = (title: string, message?: string): string => {
    // A schedule's paragraph names its schedule ('SCHEDULE 1, paragraph 3'): no word or mark goes before it.
    if (SCHEDULE_PARAGRAPH_RE.test(title)) return title;
    const number = /^\d{1,3}(?:\.\d{1,3})*(?:\([0-9A-Za-z]{1,6}\))*/.exec(title)?.[0];
    if (number === undefined) return withSectionSign(title);
    // The word the message beside it names this number with, else the document's for numbers of its shape.
    const said = message === undefined ? null : wordBefore(message, number);
    words ??= numberWords(doc.findings ?? [], doc.clauses);
    const word = said !== null ? (said === 'Section' ? null : said) : number.includes('.') ? words[1] : words[0];
    return word === null ? withSectionSign(title) : `${word} ${title}`;
  };
  let byId: Map<string, ClauseReport> | null = null;
  const clauseOf = (id: string): ClauseReport | undefined => (byId ??= new Map(doc.clauses.map((c) => [c.id, c]))).get(id);
  // A list item is named with its section in the document's word ('Article 5.6(iv)'), as the messages name it.
  const itemWords = own ? ([own.whole, own.dotted] as const) : undefined;
  // A schedule's numbered paragraph is named with its schedule ('SCHEDULE 1, paragraph 3'), as the messages name it:
  // 'Paragraph 3' alone sent counsel to the body.
  const sectioned = (c: ClauseReport): string | null => {
    if (c.number === null) return null;
    const item = sectionedItemNumber(c, clauseOf, itemWords);
    return scheduleParagraph(c, c.number.trim(), item, clauseOf) ?? item ?? c.number;
  };
  const number: FindingPlaces['number'] = (f) => {
    const clause = f.clauseId === null || f.clauseNumber === null ? undefined : clauseOf(f.clauseId);
    if (clause === undefined) return f.clauseNumber;
    if (clause.number === f.clauseNumber) return sectioned(clause);
    // The opening words of a numbered clause, kept as its first child, carry that clause's number (the finding names
    // it): '(b) The Parties shall cooperate reasonably ...' under 9.3.2 is 'Section 9.3.2(b)', as its message says, not '§ (b)'.
    const owner = openingOwner(clause, clauseOf, reportLine);
    return owner !== undefined && owner.number === f.clauseNumber ? sectioned(owner) : f.clauseNumber;
  };
  const paragraph: FindingPlaces['paragraph'] = (f) => {
    if (f.clauseId === null || f.clauseNumber || f.heading) return null;
    const clause = clauseOf(f.clauseId);
    if (!clause) return null;
    const kind = kindName(clause.kind);
    if (kind !== null) return capitalised(kind);
    // A numbered clause's opening words, kept as its first child, are placed as that clause (as the messages name them).
    const owner = openingOwner(clause, clauseOf, reportLine);
    if (owner) return signed(clauseTitle({ clauseNumber: owner.number, heading: owner.heading }, sectioned(owner)), f.message);
    const named = namedAncestor(clause, clauseOf);
    if (!named) return null;
    const place = named.number ? signed(clauseTitle({ clauseNumber: named.number, heading: named.heading }, sectioned(named)), f.message) : named.heading ?? capitalised(kindName(named.kind) ?? '');
    return `${place}, paragraph at line ${clause.line}`;
  };
  const unnamed: FindingPlaces['unnamed'] = (f) => {
    if (f.clauseNumber || f.heading) return null;
    return f.clauseId === null ? 'Document' : paragraph(f) ?? `Clause at line ${f.line}`;
  };
  // A heading with no number is its own title ('Payments in Advance'), as the terminal shows it: '§' marks a number.
  const label: FindingPlaces['label'] = (f) => {
    const n = number(f);
    return unnamed(f) ?? (n ? signed(clauseTitle(f, n), f.message) : clauseTitle(f, n));
  };
  return { number, paragraph, unnamed, label, signed };
}

/** Findings grouped by anchor clause, in document order. */
export function findingsByClause(doc: DocumentReport): ClauseGroup[] {
  const order = new Map(doc.clauses.map((c, i) => [c.id, i]));
  const places = findingPlaces(doc);
  const groups = new Map<string, { clauseId: string | null; label: string; line: number; findings: Finding[] }>();
  for (const f of doc.findings) {
    const key = f.clauseId ?? '';
    let g = groups.get(key);
    if (!g) {
      groups.set(key, (g = { clauseId: f.clauseId, label: places.label(f), line: f.line, findings: [] }));
    }
    g.findings.push(f);
  }
  const pos = (g: ClauseGroup): number => (g.clauseId === null ? -1 : order.get(g.clauseId) ?? Number.MAX_SAFE_INTEGER);
  return [...groups.values()].sort((a, b) => pos(a) - pos(b) || a.line - b.line);
}

/** Metadata of every rule named by the context or by a finding, sorted by id. */
export function rulesOf(report: RunReport, known: readonly RuleInfo[]): RuleInfo[] {
  const byId = new Map(known.map((r) => [r.id, r]));
  for (const f of report.documents.flatMap((d) => d.findings)) {
    if (!byId.has(f.ruleId)) {
      byId.set(f.ruleId, { id: f.ruleId, pack: f.pack, severity: f.severity, title: f.message, rationale: f.rationale, recommendation: f.recommendation, references: [] });
    }
  }
  return [...byId.values()].sort((a, b) => byCodePoint(a.id, b.id));
}

export const SEVERITY_ORDER: readonly Severity[] = SEVERITIES;

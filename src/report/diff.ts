// Two versions of an agreement compared: clauses added, removed or changed; findings introduced, resolved, unchanged.
import pc from 'picocolors';
import { DEFAULT_REVIEW_THRESHOLD, type ClauseReport, type DocumentReport, type FailOn, type Finding } from '../model/index.js';
import { gateFails } from './build.js';
import { normaliseClauseText } from './fingerprint.js';
import { findingPlaces, isAccepted, needsReview, plural, reviewLabel, withReviewStatus, type FindingPlaces } from './common.js';
import { readLigatures, readSoftHyphens, softHyphenDefault } from '../ingest/ligatures.js';

export interface ClauseRef {
  readonly id: string;
  readonly number: string | null;
  readonly heading: string | null;
  readonly line: number;
}

export interface DiffReport {
  readonly schemaVersion: string;
  readonly tool: { readonly name: string; readonly version: string };
  readonly old: { readonly path: string; readonly sha256: string };
  readonly new: { readonly path: string; readonly sha256: string };
  readonly clauses: {
    readonly added: readonly ClauseRef[];
    readonly removed: readonly ClauseRef[];
    /** Same place (number, else heading), different words; or, for a clause with neither, most of its words the same. */
    readonly changed: readonly { readonly old: ClauseRef; readonly new: ClauseRef }[];
    /** Same words under another number. */
    readonly moved: readonly { readonly old: ClauseRef; readonly new: ClauseRef }[];
    readonly unchanged: number;
  };
  readonly findings: {
    readonly introduced: readonly Finding[];
    readonly resolved: readonly Finding[];
    readonly unchanged: readonly Finding[];
    /**
     * The same rule's finding at the same clause (unchanged, renumbered or changed in the clause diff) whose words were
     * edited, so its fingerprint moved: neither introduced nor resolved (SARIF's baselineState 'updated').
     */
    readonly changed: readonly { readonly old: Finding; readonly new: Finding }[];
  };
  readonly summary: {
    readonly gate: 'pass' | 'fail';
    /** The gate's level (--fail-on), and how many of the findings introduced fail it; absent in a report read back from an older diff. */
    readonly failOn?: FailOn;
    readonly failing?: number;
  };
}

export interface DiffInput {
  readonly doc: DocumentReport;
  readonly text: string;
}

const ref = (c: ClauseReport): ClauseRef => ({ id: c.id, number: c.number, heading: c.heading, line: c.line });

/**
 * Each clause's own words (up to its first child), normalised without its number, and its ligatures read as letters
 * (the report's offsets are the file's: a version extracted from a PDF, 'conﬁdential', says what one with letters does).
 */
function ownTexts(doc: DocumentReport, text: string): Map<string, string> {
  const firstChild = new Map<string, number>();
  for (const c of doc.clauses) if (c.parentId !== null && !firstChild.has(c.parentId)) firstChild.set(c.parentId, c.start);
  // the soft hyphens read on the whole document's evidence (the same length), not a clause's, as ingest read them
  const marked = readSoftHyphens(text, softHyphenDefault(doc.format));
  const own = (c: ClauseReport): string => {
    const end = firstChild.get(c.id) ?? c.end;
    return readLigatures(text.slice(c.start, end), marked.slice(c.start, end)).text;
  };
  return new Map(doc.clauses.map((c) => [c.id, normaliseClauseText(own(c), c.number)]));
}

/**
 * Where a clause is in either version: its number, else the document's title (retitled 'PATENT CROSS-LICENSE AGREEMENT'
 * -> 'PATENT AND KNOW-HOW LICENCE' is the title changed, not one removed and another added), else its heading.
 */
const placeKey = (c: ClauseReport): string | null =>
  c.number ? `n:${c.number}` : c.kind === 'clause' && c.types.some((t) => t.type === 'title' && t.confidence >= 0.5) ? 't:' : c.heading ? `h:${c.heading.toLowerCase()}` : null;

/** Above this many (old, new) pairs of unplaced clauses, none is compared by its words (a rewrite, not an edit). */
const MAX_SIMILARITY_PAIRS = 40_000;
/** Words in common (Dice over the words as a multiset) for an unplaced clause to be the same one edited. */
const MIN_SIMILARITY = 0.75;
/** Shorter clauses ("(a) the Licensee;") are too alike to pair by their words. */
const MIN_SIMILAR_WORDS = 6;

function wordCounts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of text.split(' ')) if (w) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Each old clause's most alike new clause, greedily from the most alike pair, at MIN_SIMILARITY or above. */
function mostAlike(olds: readonly ClauseReport[], textA: ReadonlyMap<string, string>, news: readonly ClauseReport[], textB: ReadonlyMap<string, string>): Map<string, ClauseReport> {
  const bag = (c: ClauseReport, texts: ReadonlyMap<string, string>) => {
    const counts = wordCounts(texts.get(c.id)!);
    let size = 0;
    for (const n of counts.values()) size += n;
    return { c, counts, size };
  };
  const a = olds.map((c) => bag(c, textA)).filter((x) => x.size >= MIN_SIMILAR_WORDS);
  const b = news.map((c) => bag(c, textB)).filter((x) => x.size >= MIN_SIMILAR_WORDS);
  const pairs: { old: ClauseReport; new: ClauseReport; score: number }[] = [];
  for (const x of a) {
    for (const y of b) {
      if (Math.min(x.size, y.size) * 2 < MIN_SIMILARITY * (x.size + y.size)) continue;
      let common = 0;
      for (const [w, n] of x.counts) common += Math.min(n, y.counts.get(w) ?? 0);
      const score = (2 * common) / (x.size + y.size);
      if (score >= MIN_SIMILARITY) pairs.push({ old: x.c, new: y.c, score });
    }
  }
  pairs.sort((p, q) => q.score - p.score || p.old.start - q.old.start);
  const out = new Map<string, ClauseReport>();
  const taken = new Set<string>();
  for (const p of pairs) {
    if (out.has(p.old.id) || taken.has(p.new.id)) continue;
    out.set(p.old.id, p.new);
    taken.add(p.new.id);
  }
  return out;
}

/** The clause diff, and which new clause each old one became (unchanged, renumbered or changed). */
function diffClauses(a: DiffInput, b: DiffInput): { clauses: DiffReport['clauses']; becomes: Map<string, string> } {
  const becomes = new Map<string, string>();
  const textA = ownTexts(a.doc, a.text);
  const textB = ownTexts(b.doc, b.text);
  // Exact words first (unchanged or moved), consuming one clause per match so repeated boilerplate pairs up in order.
  const byText = new Map<string, ClauseReport[]>();
  for (const c of b.doc.clauses) {
    const t = textB.get(c.id)!;
    byText.set(t, [...(byText.get(t) ?? []), c]);
  }
  const matchedB = new Set<string>();
  const leftA: ClauseReport[] = [];
  const moved: { old: ClauseRef; new: ClauseRef }[] = [];
  let unchanged = 0;
  for (const c of a.doc.clauses) {
    const candidates = byText.get(textA.get(c.id)!);
    const match = candidates?.shift();
    if (!match) {
      leftA.push(c);
      continue;
    }
    matchedB.add(match.id);
    becomes.set(c.id, match.id);
    if ((c.number ?? '') === (match.number ?? '')) unchanged++;
    else moved.push({ old: ref(c), new: ref(match) });
  }
  // Then the same place with other words: changed.
  const leftB = b.doc.clauses.filter((c) => !matchedB.has(c.id));
  const byPlace = new Map<string, ClauseReport>();
  for (const c of leftB) {
    const k = placeKey(c);
    if (k && !byPlace.has(k)) byPlace.set(k, c);
  }
  const changed: { old: ClauseRef; new: ClauseRef }[] = [];
  const unplaced: ClauseReport[] = [];
  for (const c of leftA) {
    const k = placeKey(c);
    const match = k ? byPlace.get(k) : undefined;
    if (match) {
      byPlace.delete(k!);
      matchedB.add(match.id);
      becomes.set(c.id, match.id);
      changed.push({ old: ref(c), new: ref(match) });
    } else unplaced.push(c);
  }
  // Last, a clause with no number or heading to place it (a recital, an unnumbered paragraph) whose words were edited:
  // the most alike of the new clauses left, when most of its words stay.
  const removed: ClauseRef[] = [];
  const leftNew = b.doc.clauses.filter((c) => !matchedB.has(c.id));
  const similar = unplaced.length * leftNew.length <= MAX_SIMILARITY_PAIRS ? mostAlike(unplaced, textA, leftNew, textB) : new Map<string, ClauseReport>();
  for (const c of unplaced) {
    const match = similar.get(c.id);
    if (match) {
      matchedB.add(match.id);
      becomes.set(c.id, match.id);
      changed.push({ old: ref(c), new: ref(match) });
    } else removed.push(ref(c));
  }
  const added = b.doc.clauses.filter((c) => !matchedB.has(c.id)).map(ref);
  return { clauses: { added, removed, changed, moved, unchanged }, becomes };
}

/**
 * Findings of the new version are marked for review by its threshold, those resolved by the old version's. A finding's
 * fingerprint hashes its clause's words, so one whose clause was edited is first unmatched on both sides; such a pair
 * (same rule, the old finding's clause became the new one's, taken in document order) is 'changed', not a resolved
 * finding and an introduced one. So is a pair of the same rule where the finding has no clause to follow, on each side:
 * one on no clause, or one of a rule that judges the whole agreement (`documentRules`), which reports it once wherever
 * it is placed: 'The agreement does not state which law governs it' at the title is the same finding after the title
 * was reworded, or after it moved to a new clause on disputes.
 */
function diffFindings(a: DocumentReport, b: DocumentReport, becomes: ReadonlyMap<string, string>, oldThreshold: number, newThreshold: number, documentRules: ReadonlySet<string>): DiffReport['findings'] {
  const key = (f: Finding): string => `${f.ruleId}\u0000${f.fingerprint ?? `${f.clauseId}:${f.start}`}`;
  const inA = new Set(a.findings.map(key));
  const inB = new Set(b.findings.map(key));
  const markOld = (f: Finding): Finding => withReviewStatus(f, oldThreshold);
  const markNew = (f: Finding): Finding => withReviewStatus(f, newThreshold);
  const placeKey = (ruleId: string, clauseId: string): string => `${ruleId}\u0000${clauseId}`;
  const placeless = (f: Finding): boolean => f.clauseId === null || documentRules.has(f.ruleId);
  const introducedAt = new Map<string, Finding[]>();
  const introducedOf = new Map<string, Finding[]>();
  for (const f of b.findings) {
    if (inA.has(key(f))) continue;
    const at = (map: Map<string, Finding[]>, k: string): void => {
      const list = map.get(k);
      if (list) list.push(f);
      else map.set(k, [f]);
    };
    if (f.clauseId !== null) at(introducedAt, placeKey(f.ruleId, f.clauseId));
    if (placeless(f)) at(introducedOf, f.ruleId);
  }
  const changed: { old: Finding; new: Finding }[] = [];
  const paired = new Set<Finding>();
  const resolved: Finding[] = [];
  const unpaired = (list: Finding[] | undefined): Finding | undefined => {
    while (list?.length) {
      const f = list.shift()!;
      if (!paired.has(f)) return f;
    }
    return undefined;
  };
  const left: Finding[] = [];
  for (const f of a.findings) {
    if (inB.has(key(f))) continue;
    const to = f.clauseId === null ? undefined : becomes.get(f.clauseId);
    const match = to === undefined ? undefined : unpaired(introducedAt.get(placeKey(f.ruleId, to)));
    if (match) {
      paired.add(match);
      changed.push({ old: markOld(f), new: markNew(match) });
    } else left.push(f);
  }
  // Then those with no clause to follow, by rule in document order.
  for (const f of left) {
    const match = placeless(f) ? unpaired(introducedOf.get(f.ruleId)) : undefined;
    if (match) {
      paired.add(match);
      changed.push({ old: markOld(f), new: markNew(match) });
    } else resolved.push(markOld(f));
  }
  return {
    introduced: b.findings.filter((f) => !inA.has(key(f)) && !paired.has(f)).map(markNew),
    resolved,
    unchanged: b.findings.filter((f) => inA.has(key(f))).map(markNew),
    changed,
  };
}

export interface DiffOptions {
  /** Findings less confident than this need review (default DEFAULT_REVIEW_THRESHOLD; 0: none). */
  readonly reviewThreshold?: number;
  /** The old version's threshold, where it is not `reviewThreshold` (a config override for its file); default: the same. */
  readonly oldReviewThreshold?: number;
  /** Introduced findings that need review fail the gate like the others. */
  readonly failOnReview?: boolean;
  /** The rules that judge the agreement as a whole (scope 'document'): one finding each, wherever it is placed. */
  readonly documentRules?: ReadonlySet<string>;
}

/** The gate of a diff: no unwaived finding at or above failOn is introduced (one that needs review only with failOnReview). */
export function diffReports(a: DiffInput, b: DiffInput, tool: DiffReport['tool'], schemaVersion: string, failOn: FailOn, options: DiffOptions = {}): DiffReport {
  const reviewThreshold = options.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD;
  const { clauses, becomes } = diffClauses(a, b);
  const findings = diffFindings(a.doc, b.doc, becomes, options.oldReviewThreshold ?? reviewThreshold, reviewThreshold, options.documentRules ?? new Set());
  const failOnReview = options.failOnReview === true;
  const failing = findings.introduced.filter((f) => gateFails([f], failOn, undefined, failOnReview)).length;
  return {
    schemaVersion, tool,
    old: { path: a.doc.path, sha256: a.doc.sha256 },
    new: { path: b.doc.path, sha256: b.doc.sha256 },
    clauses,
    findings,
    summary: { gate: failing > 0 ? 'fail' : 'pass', failOn, failing },
  };
}

/**
 * The two versions' clause lists, for naming places as the check reports do ("Section 9.1(b)", "§ 5.1 Term,
 * paragraph at line 77"). The diff report carries only each clause's own number ("(b)"); without the lists (a diff
 * read back from JSON) places are named by that.
 */
export interface DiffClauseLists {
  readonly old: readonly ClauseReport[];
  readonly new: readonly ClauseReport[];
}

interface DiffPlaces {
  readonly clause: (c: ClauseRef, side: 'old' | 'new') => string;
  /** Introduced, changed and unchanged findings are the new version's, resolved ones the old's. */
  readonly finding: (f: Finding, side: 'old' | 'new') => string;
}

function diffPlaces(lists: DiffClauseLists | undefined): DiffPlaces {
  const places: Record<'old' | 'new', FindingPlaces> = { old: findingPlaces({ clauses: lists?.old ?? [] }), new: findingPlaces({ clauses: lists?.new ?? [] }) };
  return {
    clause: (c, side) => places[side].label({ clauseId: c.id, clauseNumber: c.number, heading: c.heading, line: c.line }),
    finding: (f, side) => places[side].label(f),
  };
}

/**
 * What the diff found, said beside the gate: how many findings introduced fail it, or that none does, and what else
 * happened ('2 resolved, 1 changed'), after the gate's level ('--fail-on error: '). Before, a pass read 'no new problems
 * at the gate level' when warnings were introduced or findings only resolved or changed, and a failure counted every
 * finding introduced as if each failed.
 */
export function gateDetail(d: DiffReport): string {
  const { introduced, resolved } = d.findings;
  const changed = (d.findings.changed ?? []).length;
  const failing = d.summary.failing ?? (d.summary.gate === 'fail' ? introduced.length : 0);
  const others = [resolved.length ? `${resolved.length} resolved` : '', changed ? `${changed} changed` : ''].filter(Boolean).join(', ');
  let what: string;
  if (failing > 0) what = `${plural(failing, 'finding')} introduced ${failing === 1 ? 'fails' : 'fail'} it${introduced.length > failing ? ` (${introduced.length} introduced in all)` : ''}`;
  else what = introduced.length ? `${plural(introduced.length, 'finding')} introduced, none failing it` : 'no finding introduced';
  return `${d.summary.failOn ? `--fail-on ${d.summary.failOn}: ` : ''}${what}${others ? `; ${others}` : ''}`;
}

export function formatDiffJson(d: DiffReport): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}

export function formatDiffStylish(d: DiffReport, color: boolean, lists?: DiffClauseLists): string {
  const c = pc.createColors(color);
  const place = diffPlaces(lists);
  const out = [c.bold(`${d.old.path} → ${d.new.path}`), ''];
  const cl = d.clauses;
  out.push(`Clauses: ${cl.added.length} added, ${cl.removed.length} removed, ${cl.changed.length} changed, ${cl.moved.length} renumbered, ${cl.unchanged} unchanged`);
  for (const x of cl.added) out.push(c.green(`  + ${place.clause(x, 'new')}  (line ${x.line})`));
  for (const x of cl.removed) out.push(c.red(`  - ${place.clause(x, 'old')}  (was line ${x.line})`));
  for (const x of cl.changed) out.push(c.yellow(`  ~ ${place.clause(x.new, 'new')}  (line ${x.new.line})`));
  for (const x of cl.moved) out.push(c.dim(`  → ${place.clause(x.old, 'old')} is now ${place.clause(x.new, 'new')}`));
  out.push('', `Findings: ${d.findings.introduced.length} introduced, ${d.findings.resolved.length} resolved, ${(d.findings.changed ?? []).length} changed, ${d.findings.unchanged.length} unchanged`);
  const line = (sign: string, f: Finding, side: 'old' | 'new'): string => `  ${sign} ${f.severity.padEnd(7)} ${f.message.replace(/\s+/g, ' ')}${needsReview(f) ? ` (${reviewLabel(f)})` : ''}  ${c.dim(f.ruleId)}  [${place.finding(f, side)}]`;
  for (const f of d.findings.introduced) out.push(c.red(line('+', f, 'new')));
  for (const f of d.findings.resolved) out.push(c.green(line('-', f, 'old')));
  for (const x of d.findings.changed ?? []) out.push(c.yellow(line('~', x.new, 'new')));
  out.push('', d.summary.gate === 'pass' ? c.green(`✔ gate passes (${gateDetail(d)})`) : c.red(`✖ gate fails (${gateDetail(d)})`));
  const review = d.findings.introduced.filter((f) => needsReview(f) && !isAccepted(f)).length;
  if (review) out.push(c.magenta(`? ${review} introduced ${review === 1 ? 'finding needs' : 'findings need'} review (${review === 1 ? 'it rests' : 'they rest'} on a clause-type tag the tagger was not sure of)`));
  return `${out.join('\n')}\n`;
}

export function formatDiffMarkdown(d: DiffReport, lists?: DiffClauseLists): string {
  const cl = d.clauses;
  const place = diffPlaces(lists);
  const out = [`# Changes from ${d.old.path} to ${d.new.path}`, '', `**Gate: ${d.summary.gate.toUpperCase()}** (${gateDetail(d)})`, '', '## Clauses', ''];
  out.push(`${cl.added.length} added, ${cl.removed.length} removed, ${cl.changed.length} changed, ${cl.moved.length} renumbered, ${cl.unchanged} unchanged.`, '');
  for (const x of cl.added) out.push(`- Added: ${place.clause(x, 'new')}`);
  for (const x of cl.removed) out.push(`- Removed: ${place.clause(x, 'old')}`);
  for (const x of cl.changed) out.push(`- Changed: ${place.clause(x.new, 'new')}`);
  for (const x of cl.moved) out.push(`- Renumbered: ${place.clause(x.old, 'old')} → ${place.clause(x.new, 'new')}`);
  out.push('', '## Findings', '');
  const item = (side: 'old' | 'new') => (f: Finding): string => `- **${f.severity}**: ${f.message.replace(/\s+/g, ' ')} (\`${f.ruleId}\`, ${place.finding(f, side)})${needsReview(f) ? ` **⚑ ${reviewLabel(f)}**` : ''}`;
  if (d.findings.introduced.length) out.push('### Introduced', '', ...d.findings.introduced.map(item('new')), '');
  if (d.findings.resolved.length) out.push('### Resolved', '', ...d.findings.resolved.map(item('old')), '');
  const changed = d.findings.changed ?? [];
  if (changed.length) out.push('### Changed', '', 'Still reported where the clause was edited (a finding on the agreement as a whole, wherever it is now placed):', '', ...changed.map((x) => item('new')(x.new)), '');
  out.push(`${d.findings.unchanged.length} findings unchanged.`);
  return `${out.join('\n')}\n`;
}

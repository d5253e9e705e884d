// Suppressions written in the agreement itself, for a finding that counsel has reviewed and accepted in place:
//
//   Markdown:              <!-- clausecheck-disable-next-clause antitrust/no-challenge -- accepted: limited to SEPs -->
//   Text, Word, HTML:      [clausecheck-disable-next-clause antitrust/no-challenge -- accepted: limited to SEPs]
//
// Both forms are read in every format. Rules are listed by id ("pack/rule") or by pack ("pack/*"), separated by
// spaces or commas; the reason after " -- " is required. The marker applies to the NEXT clause, the one holding the
// first words after it, together with its sub-clauses (a marker above "## 8. Licensed Patents" covers 8.1, 8.2 ...).
//
// A pure pass after rule evaluation: suppressed findings stay in the report with `suppressed: {reason}` (and must not
// fail the gate); a malformed marker is an error finding `clausecheck/suppression-invalid` (it sits at a place in the
// document, so it is reported like any finding, and it fails the default gate so that a typo cannot silently hide a
// finding); a marker that silenced nothing is a warning `clausecheck/unused-suppression`.
import { clauseById, LineIndex, type ClauseNode, type ClauseTree, type Finding, type Severity, type Source } from '../model/index.js';
import { compareFindings } from '../rules/evaluate.js';

export const SUPPRESSION_INVALID = 'clausecheck/suppression-invalid';
export const UNUSED_SUPPRESSION = 'clausecheck/unused-suppression';
export const DIRECTIVE = 'clausecheck-disable-next-clause';

export interface SuppressionMarker {
  /** Offsets of the whole marker (comment or bracket) in the source text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Rule ids or "pack/*" patterns, as written. */
  readonly rules: readonly string[];
  readonly reason: string | null;
  /** The clause it applies to; null when no clause follows. */
  readonly targetClauseId: string | null;
  /** Why the marker is invalid, phrased to follow "it" ("has no reason ..."); null when it is well-formed. */
  readonly problem: string | null;
}

export interface SuppressionResult {
  /** The input findings (matched ones marked `suppressed`) plus the marker problems, sorted like rule findings. */
  readonly findings: Finding[];
  /** The marker problems alone (invalid and unused markers), also included in `findings`. */
  readonly problems: Finding[];
}

export interface SuppressionOptions {
  /** Ids of the rules that ran: a marker naming another rule is invalid (a typo would otherwise hide nothing, silently). */
  readonly knownRules?: ReadonlySet<string>;
  /** The source text's line index, if the caller has one (else built here, when the document has markers). */
  readonly lines?: LineIndex;
}

// Any clausecheck directive, in a comment or in brackets; which one it is and its body are checked afterwards.
const MARKER = /<!--\s*(clausecheck-[a-z-]*)([\s\S]*?)-->|\[\s*(clausecheck-[a-z-]*)([^\]\n]*)\]/g;
const RULE_PATTERN = /^[a-z0-9][a-z0-9-]*\/(?:[a-z0-9][a-z0-9-]*|\*)$/;
const REASON_SEPARATOR = /\s--\s|\s--$|^--\s|^--$/;

/** The innermost clause holding `offset` (clauses are in pre-order: the last one starting at or before it wins). */
function clauseAt(clauses: readonly ClauseNode[], offset: number): ClauseNode | null {
  let lo = 0;
  let hi = clauses.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((clauses[mid] as ClauseNode).start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = last; i >= 0; i--) {
    const c = clauses[i] as ClauseNode;
    if (offset < c.end) return c;
  }
  return null;
}

function parseBody(body: string): { rules: string[]; reason: string | null; problem: string | null } {
  const sep = REASON_SEPARATOR.exec(body);
  const head = sep ? body.slice(0, sep.index) : body;
  const reason = sep ? body.slice(sep.index + sep[0].length).replace(/\s+/g, ' ').trim() : '';
  const rules = head.split(/[\s,]+/).filter(Boolean);
  if (rules.length === 0) return { rules, reason: reason || null, problem: 'names no rule (write the rule id, e.g. antitrust/no-challenge, or pack/*)' };
  const bad = rules.find((r) => !RULE_PATTERN.test(r));
  if (bad) return { rules, reason: reason || null, problem: `names "${bad}", which is not a rule id (pack/rule or pack/*)` };
  if (!reason) return { rules, reason: null, problem: 'has no reason: add " -- " and why the finding is accepted' };
  return { rules, reason, problem: null };
}

/** Every clausecheck marker of the document, in order, with the clause it applies to. */
export function findSuppressionMarkers(source: Source, tree: ClauseTree): SuppressionMarker[] {
  const { text } = source;
  if (!text.includes('clausecheck-')) return [];
  const matches = [...text.matchAll(MARKER)];
  const out: SuppressionMarker[] = [];
  for (const [i, m] of matches.entries()) {
    const start = m.index;
    const end = start + m[0].length;
    const directive = (m[1] ?? m[3] ?? '').trim();
    const parsed = directive === DIRECTIVE ? parseBody((m[2] ?? m[4] ?? '').trim()) : { rules: [], reason: null, problem: `uses an unknown directive "${directive}" (the only one is ${DIRECTIVE})` };
    // The next clause: where the first words after this marker (and any markers right after it) are.
    let from = end;
    for (let j = i + 1; j < matches.length; j++) {
      const next = matches[j] as RegExpExecArray;
      if (text.slice(from, next.index).trim() !== '') break;
      from = next.index + next[0].length;
    }
    const rest = /\S/.exec(text.slice(from));
    const target = rest ? clauseAt(tree.clauses, from + rest.index) : null;
    const problem = parsed.problem ?? (target ? null : 'is not followed by any clause');
    out.push({ start, end, text: m[0], rules: parsed.rules, reason: parsed.reason, targetClauseId: target?.id ?? null, problem });
  }
  return out;
}

function ruleMatches(pattern: string, ruleId: string): boolean {
  return pattern.endsWith('/*') ? ruleId.startsWith(pattern.slice(0, -1)) : pattern === ruleId;
}

function markerFinding(
  marker: SuppressionMarker, clause: ClauseNode | undefined, lines: LineIndex,
  ruleId: string, severity: Severity, message: string, rationale: string, recommendation: string,
): Finding {
  const point = lines.point(marker.start);
  return {
    ruleId, pack: 'clausecheck', severity, message,
    clauseId: clause?.id ?? null, clauseNumber: clause?.number ?? null, heading: clause?.heading ?? null,
    start: marker.start, end: marker.end, line: point.line, column: point.column,
    evidence: marker.text.replace(/\s+/g, ' ').trim(),
    rationale, recommendation, waived: false,
  };
}

/**
 * Apply the document's suppression markers to the findings of rule evaluation. Pure: returns new findings.
 * Call it after evaluate() and before fingerprints, waivers and the gate.
 */
export function applySuppressions(source: Source, tree: ClauseTree, findings: readonly Finding[], options: SuppressionOptions = {}): SuppressionResult {
  const markers = findSuppressionMarkers(source, tree);
  if (markers.length === 0) return { findings: [...findings], problems: [] };
  const lines = options.lines ?? new LineIndex(source.text);
  const problems: Finding[] = [];
  const active: { marker: SuppressionMarker; target: ClauseNode; used: Set<string> }[] = [];

  for (const marker of markers) {
    const target = marker.targetClauseId ? clauseById(tree.clauses, marker.targetClauseId) : undefined;
    const known = options.knownRules;
    const unknown = known && !marker.problem ? marker.rules.find((r) => (r.endsWith('/*') ? ![...known].some((id) => ruleMatches(r, id)) : !known.has(r))) : undefined;
    const problem = marker.problem ?? (unknown ? `names "${unknown}", which is not an active rule` : null);
    if (problem || !target) {
      problems.push(markerFinding(marker, target, lines, SUPPRESSION_INVALID, 'error', `Invalid suppression marker: it ${problem ?? 'is not followed by any clause'}.`,
        'A suppression silences a finding in the document itself, so it must say exactly which rule it silences and why; a malformed marker would otherwise hide nothing, or hide it without a record of the reason.',
        `Write the marker as <!-- ${DIRECTIVE} pack/rule -- reason --> (Markdown) or [${DIRECTIVE} pack/rule -- reason] (text, Word), directly above the clause.`));
      continue;
    }
    active.push({ marker, target, used: new Set() });
  }

  const out = findings.map((f) => {
    const clause = f.clauseId ? clauseById(tree.clauses, f.clauseId) : undefined;
    if (!clause) return f;
    for (const a of active) {
      // The target clause or one of its sub-clauses (children lie within the parent's span).
      if (clause.start < a.target.start || clause.end > a.target.end) continue;
      const pattern = a.marker.rules.find((r) => ruleMatches(r, f.ruleId));
      if (!pattern) continue;
      a.used.add(pattern);
      return { ...f, suppressed: { reason: a.marker.reason ?? '' } };
    }
    return f;
  });

  for (const a of active) {
    const unused = a.marker.rules.filter((r) => !a.used.has(r));
    if (unused.length === 0) continue;
    const names = unused.join(', ');
    problems.push(markerFinding(a.marker, a.target, lines, UNUSED_SUPPRESSION, 'warning',
      `Unused suppression: ${names} raised no finding in the clause it applies to.`,
      'A marker that silences nothing is usually stale (the clause was redrafted) or misplaced; left in, it would silently hide a future finding in that clause.',
      'Delete the marker, or move it directly above the clause that raises the finding.'));
  }
  return { findings: [...out, ...problems].sort(compareFindings), problems: problems.sort(compareFindings) };
}

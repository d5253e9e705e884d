// Waivers: accepted findings, applied in a pass after the rules. Validated with zod at the boundary (waivers-schema.ts).
import { nearWords, type DocumentReport, type Finding, type WaiverNotice } from '../model/index.js';
import type { Waiver } from './waivers-schema.js';

export type { Waiver } from './waivers-schema.js';

// How far a waiver's rule id may be from a rule's to be offered in its place (the config's rule keys allow as many).
const RULE_ID_EDITS = 3;

function matches(w: Waiver, doc: DocumentReport, f: Finding): boolean {
  if (w.rule !== f.ruleId) return false;
  if (w.document !== undefined && w.document !== doc.path) return false;
  return w.clause === f.fingerprint || (f.clauseNumber !== null && w.clause === f.clauseNumber);
}

/**
 * Marks waived findings (they stay in the report) and lists waivers that did not apply.
 * `today` is YYYY-MM-DD; a waiver is in force through its expiry date. `ruleIds`, the rules the run had: an unmatched
 * waiver naming none of them is said to (a mistyped id can never match), with the nearest ids as a did-you-mean.
 */
export function applyWaivers(documents: readonly DocumentReport[], waivers: readonly Waiver[], today: string, ruleIds?: ReadonlySet<string>): { documents: DocumentReport[]; notices: WaiverNotice[] } {
  const used = new Set<number>();
  const active = waivers.map((w) => w.expires >= today);
  // Candidates by rule id, in file order, so a long waivers file costs one lookup per finding.
  const byRule = new Map<string, number[]>();
  waivers.forEach((w, k) => {
    if (active[k]) byRule.set(w.rule, [...(byRule.get(w.rule) ?? []), k]);
  });
  const out = documents.map((doc) => ({
    ...doc,
    findings: doc.findings.map((f) => {
      const i = byRule.get(f.ruleId)?.find((k) => matches(waivers[k]!, doc, f));
      if (i === undefined) return f;
      used.add(i);
      const w = waivers[i]!;
      return { ...f, waived: true, waiver: { reason: w.reason, approvedBy: w.approvedBy, expires: w.expires } };
    }),
  }));
  const notices: WaiverNotice[] = [];
  waivers.forEach((w, k) => {
    const status = !active[k] ? 'expired' : used.has(k) ? null : 'unmatched';
    if (!status) return;
    const unknown = status === 'unmatched' && ruleIds !== undefined && !ruleIds.has(w.rule);
    const near = unknown ? nearWords(w.rule, ruleIds, RULE_ID_EDITS) : [];
    notices.push({
      status, rule: w.rule, clause: w.clause, expires: w.expires, approvedBy: w.approvedBy, reason: w.reason,
      ...(unknown ? { unknownRule: true, ...(near.length ? { didYouMean: near } : {}) } : {}),
    });
  });
  return { documents: out, notices };
}

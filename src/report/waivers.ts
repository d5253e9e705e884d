// Waivers: accepted findings, applied in a pass after the rules. Validated with zod at the boundary.
import { z } from 'zod';
import { ClauseCheckError, type DocumentReport, type Finding, type WaiverNotice } from '../model/index.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const WaiverSchema = z.strictObject({
  rule: z.string().min(1).describe('rule id, e.g. antitrust/no-challenge'),
  clause: z.string().min(1).describe('the finding fingerprint, or the clause number as written'),
  reason: z.string().min(1),
  approvedBy: z.string().min(1),
  expires: z.string().regex(ISO_DATE, 'must be a date YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(d)), 'is not a real date'),
  document: z.string().min(1).optional().describe('only in this document (path as reported)'),
});
export const WaiversFileSchema = z.strictObject({ waivers: z.array(WaiverSchema) });

export type Waiver = z.infer<typeof WaiverSchema>;

/** "$.waivers[0].expires" from a zod issue path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), '$');
}

/** Validate parsed JSON (the CLI parses it with depth and key checks) as a waivers file. */
export function parseWaivers(data: unknown, file: string): Waiver[] {
  const parsed = WaiversFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const missing = issue.code === 'invalid_type' && issue.message.includes('undefined');
    throw new ClauseCheckError('waivers-invalid', missing ? 'required field is missing' : issue.message, { file, jsonPath: jsonPath(issue.path) });
  }
  return parsed.data.waivers;
}

function matches(w: Waiver, doc: DocumentReport, f: Finding): boolean {
  if (w.rule !== f.ruleId) return false;
  if (w.document !== undefined && w.document !== doc.path) return false;
  return w.clause === f.fingerprint || (f.clauseNumber !== null && w.clause === f.clauseNumber);
}

/**
 * Marks waived findings (they stay in the report) and lists waivers that did not apply.
 * `today` is YYYY-MM-DD; a waiver is in force through its expiry date.
 */
export function applyWaivers(documents: readonly DocumentReport[], waivers: readonly Waiver[], today: string): { documents: DocumentReport[]; notices: WaiverNotice[] } {
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
    if (status) notices.push({ status, rule: w.rule, clause: w.clause, expires: w.expires, approvedBy: w.approvedBy, reason: w.reason });
  });
  return { documents: out, notices };
}

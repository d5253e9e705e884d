// Finding fingerprints that survive renumbering and reformatting: rule id + the clause's own text, normalised.
import { createHash } from 'node:crypto';

// Cross-references change when clauses are renumbered, so they are reduced to their kind.
const CROSS_REF = /\b(section|clause|article|paragraph|schedule|exhibit|annex|appendix)s?\s+[0-9ivxlcdm]+(?:\.[0-9a-z]+)*(?:\s*\([0-9a-z]+\))*/gi;

/** Lower case, no leading number or heading marks, cross-references without numbers, single spaces. */
export function normaliseClauseText(text: string, number: string | null): string {
  let t = text.trimStart().replace(/^#+\s*/, '');
  if (number && t.startsWith(number)) t = t.slice(number.length);
  return t
    .replace(CROSS_REF, '$1 #')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** 16 hex digits of sha256(ruleId, normalised clause text, normalised evidence). */
export function fingerprint(ruleId: string, clauseText: string, clauseNumber: string | null, evidence: string): string {
  const h = createHash('sha256');
  h.update(ruleId).update('\u0000').update(normaliseClauseText(clauseText, clauseNumber)).update('\u0000').update(normaliseClauseText(evidence, null));
  return h.digest('hex').slice(0, 16);
}

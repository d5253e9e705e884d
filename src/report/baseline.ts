// --baseline: a previous JSON report. Only its findings' fingerprints matter.
import { z } from 'zod';
import { ClauseCheckError, describeIssue, jsonPath } from '../model/index.js';

const BaselineSchema = z.object({
  documents: z.array(z.object({ findings: z.array(z.object({ ruleId: z.string(), fingerprint: z.string().optional() })) })),
});

/** Fingerprints of a parsed JSON report. */
export function parseBaseline(data: unknown, file: string): Set<string> {
  const parsed = BaselineSchema.safeParse(data);
  if (!parsed.success) {
    const { path, message } = describeIssue(parsed.error.issues, data, BaselineSchema);
    // a report's JSON written with --format json, not its SARIF or a waivers file
    const hint = path.length === 0 || (path.length === 1 && path[0] === 'documents') ? ' (a baseline is a report written with --format json)' : '';
    throw new ClauseCheckError('usage', `not a clausecheck JSON report: ${message}${hint}`, { file, jsonPath: jsonPath(path) });
  }
  const out = new Set<string>();
  for (const d of parsed.data.documents) for (const f of d.findings) if (f.fingerprint) out.add(f.fingerprint);
  return out;
}

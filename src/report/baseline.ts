// --baseline: a previous JSON report. Only its findings' fingerprints matter.
import { z } from 'zod';
import { ClauseCheckError, jsonPath } from '../model/index.js';

const BaselineSchema = z.object({
  documents: z.array(z.object({ findings: z.array(z.object({ ruleId: z.string(), fingerprint: z.string().optional() })) })),
});

/** Fingerprints of a parsed JSON report. */
export function parseBaseline(data: unknown, file: string): Set<string> {
  const parsed = BaselineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ClauseCheckError('usage', `not a clausecheck JSON report: ${issue.message}`, { file, jsonPath: jsonPath(issue.path) });
  }
  const out = new Set<string>();
  for (const d of parsed.data.documents) for (const f of d.findings) if (f.fingerprint) out.add(f.fingerprint);
  return out;
}

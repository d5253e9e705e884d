// The waivers file's schema, validated with zod at the boundary (the CLI's --waivers). Apart from waivers.ts, which
// applies them, so that building a report does not load zod.
import { z } from 'zod';
import { ClauseCheckError, describeIssue, jsonPath } from '../model/index.js';

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

/** Validate parsed JSON (the CLI parses it with depth and key checks) as a waivers file. */
export function parseWaivers(data: unknown, file: string): Waiver[] {
  const parsed = WaiversFileSchema.safeParse(data);
  if (!parsed.success) {
    // in the words of a config's or a pack's problems: 'unknown key "reson"; did you mean "reason"?', 'expected an object, found a list'
    const { path, message } = describeIssue(parsed.error.issues, data, WaiversFileSchema);
    throw new ClauseCheckError('waivers-invalid', message, { file, jsonPath: jsonPath(path) });
  }
  return parsed.data.waivers;
}

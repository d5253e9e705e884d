// The schema of a clause type (the taxonomy's and a rule pack's `clauseTypes`), for validating outside input.
// Kept apart from taxonomy.ts so that tagging alone never loads zod (src/tag/taxonomy.ts, test/startup/).
import { z } from 'zod';
import { describeIssue, jsonPath } from '../model/index.js';
import { cueProblem } from './cues.js';
import { BUILTIN_TYPE_IDS } from './taxonomy.js';

const weight = z.number().min(0).max(1);
const cueMap = z.record(z.string().min(1), weight);

export const ModalCueSchema = z.strictObject({
  /** Verb pattern (cue notation) that must follow the modal within a few words: "compete~|engage~ in". */
  verbs: z.string().min(1),
  /** prohibition: shall not / may not / agrees not to / neither party shall; permission: may; obligation: shall / must / will. */
  polarity: z.enum(['prohibition', 'permission', 'obligation', 'any']),
  weight,
});
export type ModalCue = z.infer<typeof ModalCueSchema>;

export const FrameCueSchema = z.strictObject({
  /** The act, one word of the cue notation ("solicit~|@lure"): a verb that a restraint frame governs (frames.ts). */
  act: z.string().min(1),
  /** The object role: each entry one word of the cue notation, and each must occur in the act's object (or, in the passive, its subject). */
  object: z.array(z.string().min(1)).min(1),
  weight,
  /**
   * What governs the act (frames.ts): a restraint (a negated modal or restraint verb before it, the object after it); a
   * condition (an "if / upon / in the event / where / should" opening the sentence's segment before it: "if a person
   * acquires control of the Licensee"); a comparison (the act a comparative with its standard: "more favourable ...
   * than", "as low as", "the lowest rate") naming others near it ("any other licensee", "a third party"). For a condition
   * the first object word set must occur near the act (the change: "acquires", "comes under") and the others in its
   * sentence (what the change triggers); for a comparison every set near the comparative (the terms compared).
   */
  kind: z.enum(['restraint', 'condition', 'comparison']).default('restraint'),
});
export type FrameCue = z.infer<typeof FrameCueSchema>;

// Strict, as every object of a pack: a mistyped key ('heading' for 'headings') would leave a cue silently unread.
export const ClauseTypeSpecSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case id such as "data-export"'),
  group: z.string().min(1),
  label: z.string().min(1),
  description: z.string().default(''),
  /** Patterns matched against the clause heading (strong) and its section's heading (inherited context). */
  headings: cueMap.default({}),
  /** Patterns matched against the clause text. */
  phrases: cueMap.default({}),
  /** Modal structure: who shall / may / shall not do what. */
  modal: z.array(ModalCueSchema).default([]),
  /** Restraint frames: a negated modal or restraint verb, the act, and what the act's object holds (frames.ts). */
  frames: z.array(FrameCueSchema).default([]),
  /** Near-misses; each match scales the confidence by (1 - weight). */
  negatives: cueMap.default({}),
  /**
   * Near misses (keys of `negatives`) that negate one occurrence of the type's word ("non-exclusive"): the word inside
   * starts no cue occurrence, so such a near miss scales the confidence only where the clause has no phrase or modal
   * hit of the type outside it. "An exclusive license to Alpha and a non-exclusive license to Beta" stays exclusive.
   */
  negations: z.array(z.string().min(1)).default([]),
  /** Context: when non-empty, at least one of these must occur in the clause or its headings for phrase and modal evidence to count in full. */
  requires: z.array(z.string().min(1)).default([]),
  /** Scale applied when the clause only defines a term ("X" means ...): a definition names the subject without dealing with it. */
  definitionFactor: weight.optional(),
  /** Minimum confidence to emit the tag (default 0.5). */
  threshold: weight.optional(),
});
export type ClauseTypeSpec = z.infer<typeof ClauseTypeSpecSchema>;
/** What a rule pack writes (defaults not yet applied). */
export type ClauseTypeSpecInput = z.input<typeof ClauseTypeSpecSchema>;

/**
 * Validate the clause types a rule pack declares: shape, no duplicates, no redefinition of built-in ids.
 * Returns the parsed specs, or an error message naming the offending entry's index.
 */
export function parseExtraTypes(input: unknown): { ok: true; types: ClauseTypeSpec[] } | { ok: false; path: string; message: string } {
  const schema = z.array(ClauseTypeSpecSchema);
  const list = schema.safeParse(input ?? []);
  if (!list.success) {
    const said = describeIssue(list.error.issues, input, schema);
    return { ok: false, path: jsonPath(said.path), message: said.message };
  }
  const seen = new Set<string>();
  for (const [i, t] of list.data.entries()) {
    if (BUILTIN_TYPE_IDS.has(t.id)) return { ok: false, path: `$[${i}].id`, message: `"${t.id}" is a built-in clause type and cannot be redefined` };
    if (seen.has(t.id)) return { ok: false, path: `$[${i}].id`, message: `clause type "${t.id}" is declared twice` };
    seen.add(t.id);
    const cues: [string, string][] = [
      ...(['headings', 'phrases', 'negatives'] as const).flatMap((k) => Object.keys(t[k]).map((cue): [string, string] => [`.${k}[${JSON.stringify(cue)}]`, cue])),
      ...t.requires.map((cue, j): [string, string] => [`.requires[${j}]`, cue]),
      ...t.modal.map((m, j): [string, string] => [`.modal[${j}].verbs`, m.verbs]),
      ...t.frames.flatMap((f, j): [string, string][] => [[`.frames[${j}].act`, f.act], ...f.object.map((o, k): [string, string] => [`.frames[${j}].object[${k}]`, o])]),
    ];
    for (const [path, cue] of cues) {
      const problem = cueProblem(cue);
      if (problem !== null) return { ok: false, path: `$[${i}]${path}`, message: problem };
    }
  }
  return { ok: true, types: list.data };
}

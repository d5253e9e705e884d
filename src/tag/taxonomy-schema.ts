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
    const problem = typeCueProblems(t)[0];
    if (problem !== undefined) return { ok: false, path: `$[${i}]${problem.path}`, message: problem.message };
  }
  return { ok: true, types: list.data };
}

/** The roles of a type whose cues are read in the clause text, each cue string once per type (tag/index.ts `usedCue`). */
const TEXT_ROLES = ['phrases', 'negatives', 'requires', 'modal', 'frames'] as const;

/**
 * What is wrong with a type's cues, each with its path under the type ('.phrases["..."]'): a cue compileCue would
 * refuse or that reads otherwise than written (cues.ts cueProblem); a frame's word that is several words (only its
 * first would be read); and one cue string in two text roles of the type (a phrase and a requirement, a phrase and a
 * near miss): the tagger reads a cue string once per type, so the second role would never be read.
 */
export function typeCueProblems(t: ClauseTypeSpec): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  const cues: Array<[string, string, (typeof TEXT_ROLES)[number] | null]> = [
    ...Object.keys(t.headings).map((cue): [string, string, null] => [`.headings[${JSON.stringify(cue)}]`, cue, null]),
    ...(['phrases', 'negatives'] as const).flatMap((k) => Object.keys(t[k]).map((cue): [string, string, typeof k] => [`.${k}[${JSON.stringify(cue)}]`, cue, k])),
    ...t.requires.map((cue, j): [string, string, 'requires'] => [`.requires[${j}]`, cue, 'requires']),
    ...t.modal.map((m, j): [string, string, 'modal'] => [`.modal[${j}].verbs`, m.verbs, 'modal']),
    ...t.frames.flatMap((f, j): Array<[string, string, 'frames' | null]> => [[`.frames[${j}].act`, f.act, 'frames'], ...f.object.map((o, k): [string, string, null] => [`.frames[${j}].object[${k}]`, o, null])]),
  ];
  const textRole = new Map<string, string>();
  for (const [path, cue, role] of cues) {
    const problem = cueProblem(cue);
    if (problem !== null) problems.push({ path, message: problem });
    else if (path.startsWith('.frames') && /\s/.test(cue.trim())) problems.push({ path, message: `frame word "${cue}" is several words: a frame's act and each object entry are one word of the cue notation` });
    if (role === null) continue;
    const earlier = textRole.get(cue);
    if (earlier !== undefined && problem === null) {
      problems.push({ path, message: `cue "${cue}" is also ${earlier}: the tagger reads a cue string once per type, so this use is never read` });
    } else if (earlier === undefined) textRole.set(cue, path);
  }
  return problems;
}

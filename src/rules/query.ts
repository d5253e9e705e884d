// Clause queries: the clause-level selection language that facts and anchors share.
import { z } from 'zod';
import { unsafePattern } from './regex-safety.js';

/** An inline flag group as other regex dialects write one ('(?i)', '(?im)'): JavaScript has none. */
const INLINE_FLAGS = /\(\?[a-z]+\)/;
/** '\p{L}' or '\P{Lu}' not after an escaped backslash: without the u flag, a literal 'p{L}'. */
const PROPERTY_ESCAPE = /(?:^|[^\\])(?:\\\\)*\\[pP]\{/;

/**
 * A regular expression as written in a pack: compiled case-insensitively at load. Refused besides what does not
 * compile or may backtrack without end: what would compile to something else than its author meant ('\p{L}' is a
 * literal 'p{L}' without the u flag), and a pattern that matches empty text, which every clause meets (a `text` of
 * 'x*' selected every clause; a `require` of it was always met, an `exclude` left every clause out).
 */
export const RegexSource = z
  .string()
  .min(1)
  .superRefine((src, ctx) => {
    const problem = patternProblem(src);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
    else if (matchesEmpty(src)) ctx.addIssue({ code: 'custom', message: 'the pattern matches empty text, so every clause meets it: give it at least one character it must find' });
  });

/** Texts on which a pattern that can match empty text does so first: at a word's start ('\\b(?:royalt\\w*)?'), a dot, a line end. */
const EMPTY_PROBES = ['', ' ', 'a', ' a ', '.', 'A b. c; 1.2', '\n'];

/** Whether `src` can match empty text, so a clause meets it whatever it says (probed on EMPTY_PROBES). */
function matchesEmpty(src: string): boolean {
  const re = new RegExp(src, 'i');
  return EMPTY_PROBES.some((text) => re.exec(text)?.[0] === '');
}

/**
 * What is wrong with a pattern whatever it stands in (a rule's pattern, or a named pattern with its references taken
 * out, which may match empty text as a part): it does not compile, it uses what JavaScript reads otherwise, or it may
 * backtrack without end. null when nothing is.
 */
export function patternProblem(src: string): string | null {
  try {
    new RegExp(src, 'i');
  } catch (e) {
    const why = `invalid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`;
    return INLINE_FLAGS.test(src) ? `${why} (JavaScript patterns take no inline flags such as "(?i)": they are case-insensitive unless the query sets matchCase)` : why;
  }
  if (PROPERTY_ESCAPE.test(src)) return 'a Unicode property escape (\\p{...}) needs the u flag, which patterns are not compiled with (it reads a literal "p{"): write the letters as a class, e.g. [A-Za-z\\u00C0-\\u024F]';
  return unsafePattern(src);
}

export const RegexList = z.union([RegexSource, z.array(RegexSource).min(1)]);

/**
 * Selects clauses. A clause is selected when it carries one of `types` OR its text matches `text`
 * OR its heading matches `heading` (at least one of the three must be given), AND its text matches
 * every pattern of `require`, AND it matches no pattern of `exclude`, AND no clause it sits under has a heading line
 * matching one of `excludeUnder`.
 */
export const ClauseQuery = z
  .strictObject({
    /** Shown in "looked for: ..." evidence when the query finds nothing. */
    label: z.string().min(1).optional(),
    types: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'clause type ids are kebab-case')).min(1).optional(),
    text: RegexSource.optional(),
    heading: RegexSource.optional(),
    require: RegexList.optional(),
    exclude: RegexList.optional(),
    /**
     * Patterns searched in the heading line of each clause the clause sits under (its parent's, and theirs: from the
     * clause's start to its heading's end, "## EXHIBIT B — FORM OF JOINT STIPULATION TO STAY"): a clause under one that
     * matches is left out, as by `exclude`. The clause's own heading is read by `exclude`.
     */
    excludeUnder: RegexList.optional(),
    /**
     * Clause types whose clauses are left out, as by `exclude`, when tagged at `minConfidence` or above: "signature"
     * leaves out signature blocks, whose officers' titles and blanks are the signatories' (a table row "President |
     * Geschäftsführerin" holds no word a pattern could exclude it by).
     */
    excludeTypes: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'clause type ids are kebab-case')).min(1).optional(),
    /**
     * Leave out the clauses of the forms the agreement attaches: the schedules its body says an instrument takes the
     * form of ("a written amendment in the form of Exhibit C"), each from its heading to its end, whose blanks are the
     * instrument's to fill when it is issued or signed (facts: attachedForms).
     */
    excludeForms: z.boolean().optional(),
    /**
     * Leave out the recitals, however they are headed: a clause the tagger types as recitals first ("WHEREAS, ...",
     * "2. Background") or inside one, and the preamble's paragraphs that follow a recital or a recitals heading
     * ("Recitals:", "RECITALS", "## Background") before a lead-in ("NOW, THEREFORE, ...", "... agree as follows:"), which
     * is not left out. A recital says why the parties contract ("(A) Licensee pays Licensor a royalty under the 2019
     * Agreement"), not what they agree.
     */
    excludeRecitals: z.boolean().optional(),
    /** Tags below this confidence do not select (default 0.5). */
    minConfidence: z.number().min(0).max(1).optional(),
    /** Match the patterns case-sensitively (e.g. a capitalised defined term); default false. */
    matchCase: z.boolean().optional(),
    /**
     * `own` (default): the clause's own text; `subtree`: with its sub-clauses; `lead-in`: its own text, and `require` and
     * `exclude` also read a list item's lead-in ("If Beta commits a material breach: (a) Alpha may terminate ...", or one
     * ending with a dash or a word: "Quillon shall not" over "(a) sell ..."), and all patterns read the item with its
     * lead-ins up to four levels ("Quillon shall not: manufacture or sell: more than fifty thousand ...").
     */
    within: z.enum(['own', 'subtree', 'lead-in']).optional(),
    /**
     * A `require` pattern that the clause's words do not match may match the definition of a defined term the clause
     * uses: "a licence under Helixa Platform IP", where "Helixa Platform IP means the patents listed in Schedule 1 ...",
     * is a licence under patents. One step: not the definitions that definition uses. `true`, or `{exclude, after}`:
     * `exclude`, the definitions not to follow (those matching one of its patterns); `after`, a pattern the words just
     * before a use of the term must end with (read up to 80 characters back within the clause, as if it ended in `$`:
     * "\\bunder\\s+(?:the\\s+)?" follows "a licence under the Helixa Platform IP", not "a licence to use the Marks on
     * the Products"); `text: true`, the query's `text` too: a use of a term whose definition the text matches is a text
     * match (the use is the match; `after` applies), so "assigns ... all Evaluation Inventions", an Evaluation Invention
     * being "any invention, improvement or modification ...", is an assignment of improvements. Default: not followed.
     */
    followDefinitions: z.union([z.boolean(), z.strictObject({ exclude: RegexList.optional(), after: RegexSource.optional(), text: z.boolean().optional() })]).optional(),
    /**
     * `text` may also be met by a clause the clause refers to by number: the heading of the clause a cross-reference
     * resolves to, else of its nearest headed ancestor ("Clauses 5 and 11 survive termination", clause 5 headed
     * "Improvements"; "the licence under clause 5.3", 5.3 inside it); where the reference's sentence says the clause
     * survives (continues, remains in force), also its own words, unless it is a definitions clause. The match is the
     * reference, in the clause's own words; `require` and `exclude` still read only those. Default: not followed.
     */
    followReferences: z.boolean().optional(),
    /**
     * A `text` match that names a clause by number holding a grant ("the value of the licence granted under Section
     * 2.2") reads the reference as that grant: the match counts only when one of the grants there is priced as this says
     * (`royalty-free` or `royalty-bearing`: stated in the grant, else by whether its grantee pays a royalty anywhere). A
     * match that names no clause with a grant counts as before. Default: references are not read.
     */
    grantReference: z.enum(['royalty-free', 'royalty-bearing']).optional(),
    /**
     * `wider-licensee`: a clause that is a payment counts only when it is not made by the party receiving the narrower
     * licence of a pair of grants one royalty-free and the other royalty-bearing (the wider being at least as wide in
     * every attribute both state and wider in one: widerGrant): "Colbrook shall pay Tarrant the Settlement Payment",
     * Colbrook taking the narrower licence, balances nothing. A clause with no payer read, or a pair with no wider
     * licence, counts as before. Default: any payment counts.
     */
    payer: z.enum(['wider-licensee']).optional(),
  })
  .refine((q) => q.types !== undefined || q.text !== undefined || q.heading !== undefined, {
    message: 'a clause query needs at least one of types, text or heading',
  });
export type ClauseQuery = z.infer<typeof ClauseQuery>;


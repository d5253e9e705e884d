// The fixed set of facts and operators that rule packs may name. Packs are data: they combine
// these, and cannot run code. Each fact declares the keys a condition's `path` may read, and its params
// schema (in fact-params.ts: evaluating rules does not load zod), so the loader rejects unknown facts,
// bad params and bad paths up front.

/** Grant attributes a rule may ask about (grantsMissing); GrantRecord fields that may be null. */
export const GRANT_ATTRIBUTES = ['exclusivity', 'field', 'territory', 'sublicensable', 'transferable', 'royalty', 'duration', 'revocable'] as const;
export type GrantAttribute = (typeof GRANT_ATTRIBUTES)[number];

export interface FactSpec {
  readonly doc: string;
  /** Keys a `path` ($.key) may start with; empty: the value is compared whole. */
  readonly pathKeys: readonly string[];
  /** Returns clause matches: a passing `nonEmpty`/`countAtLeast` condition on it selects clauses to report. */
  readonly selects: boolean;
  /**
   * What the value is, read whole (without a `path`): a list (the list operators), true or false, the document kind, or
   * an object (read one of its keys with `path`). The loader refuses an operator or value the fact can never meet.
   */
  readonly value: 'list' | 'boolean' | 'kind' | 'object';
}

/** The values of the documentKind fact. */
export const DOCUMENT_KIND_VALUES = ['cross-license', 'license', 'other'] as const;
/** The operators that read a list: the others compare a scalar. */
export const LIST_OPERATORS: readonly string[] = ['nonEmpty', 'isEmpty', 'exists', 'countAtLeast', 'countAtMost'];

export const FACTS: Readonly<Record<string, FactSpec>> = {
  clauses: {
    doc: 'The clauses that a clause query selects (types OR text OR heading, AND require, minus exclude), in document order.',
    pathKeys: ['length'],
    selects: true,
    value: 'list',
  },
  definitions: {
    doc: 'The defined terms whose name matches `term` (from the facts stage, plus "X" means / shall mean / has the meaning definitions found in the text).',
    pathKeys: ['length'],
    selects: true,
    value: 'list',
  },
  oneSided: {
    doc: 'Clauses selected by `query` in which a party performs `act` (e.g. "terminat"), when every such act has the same single party as subject and none is mutual ("either party", "each party"); otherwise empty. Acts of a party that neither grants nor receives a licence (an administrator of a network, an escrow agent) are not counted.',
    pathKeys: ['length'],
    selects: true,
    value: 'list',
  },
  definedTerms: {
    doc: 'Defined-term problems the facts stage found, one match per term: `unused` (defined, never used; at the definition), `duplicate` (defined twice with different words; at the later definition) or `undefined` (a capitalised term used like a defined one, never defined; at its first use). detail: the term (undefined: `"X"` in quotation marks, or `"Licensee Knowhow" (a misspelling of the defined "Licensee Know-how")` for a defined term spelt with a hyphen or a space more or less; duplicate: `"X" (also defined in Section 1.4)`).',
    pathKeys: ['length'],
    selects: true,
    value: 'list',
  },
  crossReferences: {
    doc: 'Cross-references ("Section 9.3", "Schedule C") that resolve to a clause of the document (`resolved: true`) or point to nothing (`false`); detail: the reference as written.',
    pathKeys: ['length'],
    selects: true,
    value: 'list',
  },
  numberMismatches: {
    doc: 'Numbers written in words and figures that disagree ("five (6) years"); detail: `"five (6)": 5 in words, 6 in figures`.',
    pathKeys: ['length'],
    selects: true,
    value: 'list',
  },
  mentions: {
    doc: "One match per clause (of `query`, else every clause) whose own text matches `pattern`, at the first hit; detail: the distinct matched words, lower-cased, in order of first appearance (\"reasonable, promptly\"). `outsideDefinedTerms: true`: a match inside a use of a defined term as written (\"Reasonable\" in a defined \"Commercially Reasonable Efforts\") does not count.",
    pathKeys: ['length'],
    selects: true,
    value: 'list',
  },
  grantsMissing: {
    doc: 'Grant records that leave `attribute` unstated (null), one match per grant at its words; detail: "grantor → grantee".',
    pathKeys: ['length'],
    selects: true,
    value: 'list',
  },
  hasType: {
    doc: 'Whether any clause carries the clause type `type` (at `minConfidence`, default 0.5).',
    pathKeys: [],
    selects: false,
    value: 'boolean',
  },
  documentKind: { doc: 'The document kind: "cross-license", "license" or "other".', pathKeys: [], selects: false, value: 'kind' },
  crossLicense: {
    doc: 'True when the document kind is cross-license, or its title calls it a cross-license.',
    pathKeys: [],
    selects: false,
    value: 'boolean',
  },
  parties: { doc: 'The parties, with their aliases; a class of parties ("each company that signs a Joinder ..., a Member") has class, the words that say who belongs.', pathKeys: ['length'], selects: false, value: 'list' },
  grants: { doc: 'The grant records of the facts stage.', pathKeys: ['length'], selects: false, value: 'list' },
  grantDirections: {
    doc: 'The grants grouped by direction (grantor -> grantee): {grants, directions, mutual, summary, missing, lead, ungranting}; with three or more parties, ungranting counts the parties that receive a licence and grant none (missing names the grants they lack), and lead opens a message for two parties or more.',
    pathKeys: ['grants', 'directions', 'mutual', 'summary', 'missing', 'lead', 'ungranting'],
    selects: false,
    value: 'object',
  },
  grantComparison: {
    doc: 'The two directions of a cross-license compared attribute by attribute (with three or more parties, each pair of parties that license each other): {comparable, differenceCount, lead, summary, royaltyAsymmetric, royaltySummary}; lead is "The two grants of this cross-license", or "The grants between the parties of this cross-license" when it has more than two parties.',
    pathKeys: ['comparable', 'differenceCount', 'lead', 'summary', 'royaltyAsymmetric', 'royaltySummary'],
    selects: false,
    value: 'object',
  },
};

/** The fact of that name, from a pack: own entries only (every object has a "constructor"). */
export const factNamed = (name: string): FactSpec | undefined => (Object.hasOwn(FACTS, name) ? FACTS[name] : undefined);

export interface OperatorSpec {
  readonly doc: string;
  readonly valueDoc: string;
  readonly accepts: (value: unknown) => boolean;
  /** Evaluates a fact value against the rule's value; guards the fact's type (false, never throws). */
  readonly evaluate: (factValue: unknown, value: unknown) => boolean;
  /** A passing condition with this operator on a selecting fact reports its clauses. */
  readonly selects: boolean;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const len = (v: unknown): number | null => (Array.isArray(v) ? v.length : null);

export const OPERATORS: Readonly<Record<string, OperatorSpec>> = {
  nonEmpty: {
    doc: 'The list is non-empty (value true) or empty (value false).',
    valueDoc: 'true or false',
    accepts: (v) => typeof v === 'boolean',
    evaluate: (f, v) => len(f) !== null && (len(f) as number) > 0 === v,
    selects: true,
  },
  isEmpty: {
    doc: 'The list is empty (value true) or non-empty (value false).',
    valueDoc: 'true or false',
    accepts: (v) => typeof v === 'boolean',
    evaluate: (f, v) => len(f) !== null && ((len(f) as number) === 0) === v,
    selects: false,
  },
  exists: {
    doc: 'The list is non-empty (value true) or empty (value false), as a gate only: unlike nonEmpty, its clauses are not reported.',
    valueDoc: 'true or false',
    accepts: (v) => typeof v === 'boolean',
    evaluate: (f, v) => len(f) !== null && (len(f) as number) > 0 === v,
    selects: false,
  },
  countAtLeast: {
    doc: 'The list has at least `value` items.',
    valueDoc: 'a number',
    accepts: isNumber,
    evaluate: (f, v) => len(f) !== null && (len(f) as number) >= (v as number),
    selects: true,
  },
  countAtMost: {
    doc: 'The list has at most `value` items.',
    valueDoc: 'a number',
    accepts: isNumber,
    evaluate: (f, v) => len(f) !== null && (len(f) as number) <= (v as number),
    selects: false,
  },
  equal: { doc: 'Strict equality with a scalar.', valueDoc: 'a string, number, boolean or null', accepts: isScalar, evaluate: (f, v) => f === v, selects: false },
  notEqual: { doc: 'Strict inequality with a scalar.', valueDoc: 'a string, number, boolean or null', accepts: isScalar, evaluate: (f, v) => f !== v, selects: false },
  in: {
    doc: 'The value is one of a list of scalars.',
    valueDoc: 'a list of scalars',
    accepts: (v) => Array.isArray(v) && v.every(isScalar),
    evaluate: (f, v) => (v as unknown[]).includes(f),
    selects: false,
  },
  notIn: {
    doc: 'The value is none of a list of scalars.',
    valueDoc: 'a list of scalars',
    accepts: (v) => Array.isArray(v) && v.every(isScalar),
    evaluate: (f, v) => !(v as unknown[]).includes(f),
    selects: false,
  },
  lessThan: { doc: 'Number below value.', valueDoc: 'a number', accepts: isNumber, evaluate: (f, v) => isNumber(f) && f < (v as number), selects: false },
  greaterThan: { doc: 'Number above value.', valueDoc: 'a number', accepts: isNumber, evaluate: (f, v) => isNumber(f) && f > (v as number), selects: false },
};

/** `$.key` or `$.key.sub...`; group 1 is the root key. */
export const PATH_RE = /^\$\.([A-Za-z_][A-Za-z0-9_]*)((?:\.[A-Za-z_][A-Za-z0-9_]*)*)$/;

/** Placeholders every message and evidence template may use (besides <fact>.<key> of param-less facts). */
export const TEMPLATE_BUILTINS = ['evidence', 'clause', 'detail', 'found', 'foundAll', 'matched', 'kind', 'rights', 'count', 'document'] as const;

/** A placeholder of a message or evidence template, `{{ name }}` (group 1: the name): the one grammar that the pack
 * schema validates and evaluate.ts renders, so they cannot read a template differently. Global: use with matchAll. */
export const TEMPLATE_PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;

/** The operator of that name, from a pack: own entries only ("toString" is none). */
export const operatorNamed = (name: string): OperatorSpec | undefined => (Object.hasOwn(OPERATORS, name) ? OPERATORS[name] : undefined);

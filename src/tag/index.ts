// Clause tree -> tags {type, confidence, cues}.
//
// Evidence per clause and type, each a weight in [0, 1] from the taxonomy's cue data:
//   heading cues on the clause's own heading (strong) and on its section's heading (inherited context),
//   phrase cues (with inflections), modal structure (who shall / may / shall not do what, confirmed by
//   compromise on the few sentences that need it), clause kind and position for structure types.
// Hand strength = noisy-or of the evidence, scaled down by each near-miss (negative cue) that matches.
// For the types with a learned model (learned.ts, weights in learned.generated.ts from scripts/tag-train.mjs)
// the strength is the model's probability: a logistic model over the clause's words, headings and modal
// structure, with the hand strength as one input; its strongest features are listed as "learned:" cues.
// A tag is emitted at or above the type's threshold (calibration.ts, estimated on CUAD dev; see
// scripts/tag-calibrate.mjs and docs/accuracy.md), so weak evidence does not mark a whole document.
import { clauseIndexOf, lowerBound, wordHash, wordIndexOf, type ClauseNode, type ClauseTree, type Source, type Tag, type WordIndex } from '../model/index.js';
import { caseInsensitive } from '../model/case-spelt.js';
import { isBlankChar } from '../clauses/blocks.js';
import { CueSet, type CueHit } from './cues.js';
import { headingOnly, runInHeading } from './headings.js';
import { modalClauses, inflections } from './nlp.js';
import { BUILTIN_TYPES, type ClauseTypeSpec, type ModalCue } from './taxonomy.js';
import { CALIBRATION } from './calibration.js';
import { expandWordClasses } from './word-classes.js';
import { ASIDE_REACH, FRAME_REACH, PLACE_SLACK, ROLE_REACH, closesAside, comparisonOf, conditionOf, frameOf, itemConditionOf, leadInCondition, leadInFrames, objectLead, type RoleFrame } from './frames.js';
import { LearnedModel, clauseFeatures, describeFeature, documentContext, sigmoid } from './learned.js';
import { LEARNED } from './learned.generated.js';

export type TagMap = ReadonlyMap<string, readonly Tag[]>;
// The schema and parseExtraTypes are in taxonomy-schema.ts, not re-exported here: tagging does not load zod.
export { BUILTIN_TYPES, BUILTIN_TYPE_IDS, type ClauseTypeSpec, type ClauseTypeSpecInput } from './taxonomy.js';

/** How much a section heading counts for the clauses under it, relative to the clause's own heading. */
const CONTEXT_FACTOR = 0.65;
/** Same, when the section was only inferred from a heading-only paragraph in a flat tree. */
const FLAT_CONTEXT_FACTOR = 0.5;
/** Phrase and modal evidence without the type's required context counts this much. */
const WITHOUT_CONTEXT = 0.4;
/** compromise calls per document; beyond it the regex reading of a modal cue stands. */
const NLP_BUDGET = 2;
const MAX_CUES = 5;
/** Learned features listed among a learned tag's cues. */
const MAX_LEARNED_CUES = 2;
/** In a document that carries a type (some clause at or above its threshold), other clauses keep the type from this confidence on. */
const SUPPORT_RATIO = 0.25;
/** Weakest evidence that still counts as support. */
const SUPPORT_FLOOR = 0.12;
/** The weakest strength a type's clauses keep in a document that carries the type (also used by scripts/tag-errors.mjs). */
export const supportOf = (threshold: number): number => Math.min(threshold, Math.max(SUPPORT_FLOOR, threshold * SUPPORT_RATIO));

type Role = 'phrase' | 'negative' | 'requires' | 'modal' | 'frame';
interface Use { readonly type: number; readonly role: Role; readonly weight: number; readonly label: string; readonly modal?: ModalUse; readonly negation?: boolean; readonly frame?: FrameUse }
/** A frame cue's object role (frames.ts): each word set must have a word in the act's object. */
interface FrameUse { readonly objects: readonly WordSet[]; readonly kind: 'restraint' | 'condition' | 'comparison' }
/** The words of one cue word's alternatives ("@staff|employ*"), as the document's word index hashes them, and its stems. */
interface WordSet { readonly hashes: ReadonlySet<number>; readonly stems: readonly string[] }
interface ModalUse { readonly polarity: ModalCue['polarity']; readonly verb: RegExp }

interface Model {
  readonly types: readonly ClauseTypeSpec[];
  readonly text: CueSet;
  readonly textUses: readonly (readonly Use[])[];
  /** Per text cue, 1 when some type uses it as a negation of its word ("non-exclusive", ClauseTypeSpec.negations). */
  readonly negationCue: Uint8Array;
  readonly heading: CueSet;
  readonly headingUses: readonly (readonly Use[])[];
  readonly thresholds: readonly number[];
  readonly typeIndex: ReadonlyMap<string, number>;
  /** Some type has a frame cue (frames.ts): the document's list items under a framed lead-in are then found. */
  readonly hasFrames: boolean;
}

/** The alternatives of one cue word ("@staff|employ*") as a word set: whole words, inflected where marked ('~'), and stems ('*'). */
function wordSet(word: string): WordSet {
  const hashes = new Set<number>();
  const stems: string[] = [];
  const addWord = (w: string): void => {
    // The word index hashes a run's letters and digits; a hyphen or an apostrophe ends a run: its first run stands for it.
    const run = /^[a-z0-9]+/.exec(w);
    if (run) hashes.add(wordHash(run[0]));
  };
  for (const alt of expandWordClasses(word).toLowerCase().split('|')) {
    if (alt.endsWith('~')) for (const form of inflections(alt.slice(0, -1))) addWord(form);
    else if (alt.endsWith('*')) stems.push(alt.slice(0, -1));
    else addWord(alt);
  }
  return { hashes, stems };
}

/** The first word run of `words` that starts at or after `at` (binary search over its starts). */
function runAtOrAfter(words: WordIndex, at: number): number {
  return lowerBound(words.starts, at, words.count);
}

/** Whether some word run inside [from, to) of `text` is of the word set. */
function setWithin(text: string, words: WordIndex, set: WordSet, from: number, to: number): boolean {
  for (let r = runAtOrAfter(words, from); r < words.count && (words.ends[r] as number) <= to; r++) {
    if (set.hashes.has(words.hashes[r] as number)) return true;
    if (set.stems.length > 0) {
      const run = text.slice(words.starts[r] as number, words.ends[r] as number).toLowerCase();
      for (let p = 0; p < set.stems.length; p++) if (run.startsWith(set.stems[p] as string)) return true;
    }
  }
  return false;
}

/** The words every restraint frame needs (frames.ts MARKER), hashed: a negation, a negated subject, a prohibition; "t" of "won't". */
const FRAME_WORDS = new Set(['not', 'no', 'neither', 'none', 'nobody', 'cannot', 'refrain', 'refrains', 'prohibited', 'restricted', 'barred',
  'precluded', 'forbidden', 'enjoined', 't'].map(wordHash));
/** FRAME_WORDS by the low bits of their hashes: most words are told apart by one load, before the set is asked. */
const FRAME_WORD_BITS = new Uint8Array(4096);
for (const h of FRAME_WORDS) FRAME_WORD_BITS[h & 4095] = 1;
/** Where the document's frame words end, in text order (one walk over its word index, at the first frame cue hit). */
function frameWordEnds(words: WordIndex): Int32Array {
  const ends: number[] = [];
  const { hashes } = words;
  for (let r = 0; r < words.count; r++) {
    const h = hashes[r] as number;
    if (FRAME_WORD_BITS[h & 4095] === 1 && FRAME_WORDS.has(h)) ends.push(words.ends[r] as number);
  }
  return Int32Array.from(ends);
}
/** The first of `ends` (ascending) in [from, to], or -1. */
function endWithin(ends: Int32Array, from: number, to: number): number {
  const lo = lowerBound(ends, from);
  return lo < ends.length && (ends[lo] as number) <= to ? (ends[lo] as number) : -1;
}

function buildModel(types: readonly ClauseTypeSpec[]): Model {
  const textPatterns: string[] = [];
  const textUses: Use[][] = [];
  const headPatterns: string[] = [];
  const headUses: Use[][] = [];
  const add = (patterns: string[], uses: Use[][], pattern: string, use: Use): void => {
    let i = patterns.indexOf(pattern);
    if (i < 0) { i = patterns.push(pattern) - 1; uses.push([]); }
    (uses[i] as Use[]).push(use);
  };
  types.forEach((t, ti) => {
    for (const [p, w] of Object.entries(t.headings)) add(headPatterns, headUses, p, { type: ti, role: 'phrase', weight: w, label: p });
    for (const [p, w] of Object.entries(t.phrases)) add(textPatterns, textUses, p, { type: ti, role: 'phrase', weight: w, label: p });
    for (const [p, w] of Object.entries(t.negatives)) {
      add(textPatterns, textUses, p, { type: ti, role: 'negative', weight: w, label: p, negation: t.negations.includes(p) });
      // A section heading's near misses scale what that heading gives the clauses under it ("Competition Law" is no
      // restraint on competing); a clause's own heading is in its text, where the text's near misses are read.
      add(headPatterns, headUses, p, { type: ti, role: 'negative', weight: w, label: p });
    }
    for (const p of t.requires) {
      add(textPatterns, textUses, p, { type: ti, role: 'requires', weight: 0, label: p });
      add(headPatterns, headUses, p, { type: ti, role: 'requires', weight: 0, label: p });
    }
    for (const m of t.modal) {
      const firstVerb = expandWordClasses(m.verbs.split(/\s+/)[0] ?? '').split('|').map((alt) =>
        alt.endsWith('~') ? inflections(alt.slice(0, -1)).join('|') : alt.endsWith('*') ? `${alt.slice(0, -1)}\\w*` : alt).join('|');
      // Anchored on the verb (rarer than "shall"); the modal before it is checked by modalFits.
      add(textPatterns, textUses, m.verbs, {
        type: ti, role: 'modal', weight: m.weight, label: m.verbs, modal: { polarity: m.polarity, verb: new RegExp(`^(?:${firstVerb})$`, 'i') },
      });
    }
    // A frame cue is anchored on its act verb, as a modal cue is; frames.ts reads the frame and the object around it.
    for (const f of t.frames) add(textPatterns, textUses, f.act, { type: ti, role: 'frame', weight: f.weight, label: f.act, frame: { objects: f.object.map(wordSet), kind: f.kind } });
  });
  const hasFrames = types.some((t) => t.frames.length > 0);
  // (Own properties only: a pack's type may be called "constructor".)
  const thresholds = types.map((t) => t.threshold ?? (Object.hasOwn(CALIBRATION.thresholds, t.id) ? CALIBRATION.thresholds[t.id] : undefined) ?? CALIBRATION.defaultThreshold);
  const negationCue = Uint8Array.from(textUses, (uses) => (uses.some((u) => u.negation === true) ? 1 : 0));
  return {
    types, text: new CueSet(textPatterns), textUses, negationCue, heading: new CueSet(headPatterns), headingUses: headUses, thresholds,
    typeIndex: new Map(types.map((t, i) => [t.id, i])),
    hasFrames,
  };
}

let builtinModel: Model | null = null;
let builtinLearned: LearnedModel | null = null;
/** The shipped learned weights (learned.generated.ts). */
export function defaultLearnedModel(): LearnedModel {
  return (builtinLearned ??= new LearnedModel(LEARNED));
}
const extraModels = new WeakMap<readonly ClauseTypeSpec[], Model>();
function modelFor(extra: readonly ClauseTypeSpec[] | undefined): Model {
  if (!extra || extra.length === 0) return (builtinModel ??= buildModel(BUILTIN_TYPES));
  let m = extraModels.get(extra);
  if (!m) {
    const ids = new Set(BUILTIN_TYPES.map((t) => t.id));
    m = buildModel([...BUILTIN_TYPES, ...extra.filter((t) => !ids.has(t.id))]);
    extraModels.set(extra, m);
  }
  return m;
}

/** The sentence around [start, end): from the previous sentence end to the next one. */
function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < 400) {
    const ch = text.charCodeAt(a - 1);
    if ((ch === 46 || ch === 59) && /\s/.test(text.charAt(a))) break; // ". " or "; "
    if (ch === 10 && text.charCodeAt(a - 2) === 10) break;
    a--;
  }
  let b = end;
  while (b < text.length && b - end < 400) {
    const ch = text.charCodeAt(b);
    b++;
    if ((ch === 46 || ch === 59) && (b >= text.length || /\s/.test(text.charAt(b)))) break;
  }
  return text.slice(a, b).replace(/\s+/g, ' ').trim();
}

/** Table-of-contents lines: "12 Termination 34" or "Section 2.02 Scope of Duties 5", many in one block. */
const TOC_ENTRY = /(?:^|\s)(?:(?:section|article)\s+)?[0-9IVX]{1,4}(?:\.[0-9]{1,2})*\.?\s+[A-Z][A-Za-z,;&/' -]{2,60}?\s+\.*\s*[0-9]{1,3}(?=\s|$)/g;
/** One table-of-contents line on its own: "4 Exclusivity 8", "Section 2.02 Scope of Duties ..... 5". */
const TOC_LINE = /^\s*(?:(?:section|article)\s+)?[0-9IVX]{1,4}(?:\.[0-9]{1,2})*\.?\s+[A-Z][^.\n]{2,60}?\s+\.*\s*[0-9]{1,3}\s*$/;
function isTableOfContents(body: string): boolean {
  if (/^\s*(?:table of contents|contents)\b/i.test(body) || TOC_LINE.test(body)) return true;
  // Five entries end on five page numbers: most clauses have fewer than that, and counting them is cheap.
  if (pageNumbers(body, 5) < 5) return false;
  let n = 0;
  TOC_ENTRY.lastIndex = 0;
  // (test, not exec: a global regex's test steps lastIndex as exec does, without building a match array.)
  while (TOC_ENTRY.test(body)) if (++n >= 5) return true;
  return false;
}

/** A page number: one to three digits after a space or a dot, before a space or the end (as TOC_ENTRY ends). */
const PAGE_NUMBER = /[\s.][0-9]{1,3}(?=\s|$)/g;
/** How many page numbers the body holds, up to `most`. */
function pageNumbers(body: string, most: number): number {
  let n = 0;
  PAGE_NUMBER.lastIndex = 0;
  while (n < most && PAGE_NUMBER.test(body)) n++;
  return n;
}

/**
 * Whether a heading names several topics ("7. Payment, Reports and Taxes"; "Reports and Audit"): two of its cue hits, on
 * words apart, each give evidence for a group of types (clause-types.md's groups: money, governance and process, term and
 * exit ...) the other does not. Types of one group are facets of one subject ("Inventions and Improvements", "Term and
 * Termination", "Indemnity and Limitation of Liability"); a heading joining two groups names two subjects, and a clause
 * under it is mostly about one (7.4 withholds tax, it reports nothing).
 */
function severalTopics(model: Model, hits: readonly CueHit[]): boolean {
  for (let a = 0; a < hits.length; a++) {
    const ha = hits[a] as CueHit;
    for (let b = a + 1; b < hits.length; b++) {
      const hb = hits[b] as CueHit;
      if (ha.start < hb.end && hb.start < ha.end) continue;
      if (hasOtherGroup(model, ha.cue, hb.cue) && hasOtherGroup(model, hb.cue, ha.cue)) return true;
    }
  }
  return false;
}

/** Whether heading cue `a` gives evidence for a type of a group none of heading cue `b`'s types is in. */
function hasOtherGroup(model: Model, a: number, b: number): boolean {
  const ua = model.headingUses[a] ?? NO_USES;
  const ub = model.headingUses[b] ?? NO_USES;
  for (let k = 0; k < ua.length; k++) {
    const u = ua[k] as Use;
    if (u.role !== 'phrase') continue;
    const group = model.types[u.type]?.group;
    let shared = false;
    for (let j = 0; j < ub.length && !shared; j++) shared = (ub[j] as Use).role === 'phrase' && model.types[(ub[j] as Use).type]?.group === group;
    if (!shared) return true;
  }
  return false;
}

/** Whether the clause's evidence holds a type of `type`'s group. */
function showsGroup(model: Model, evidence: ReadonlyMap<number, readonly Evidence[]>, type: number): boolean {
  const group = model.types[type]?.group;
  for (const t of evidence.keys()) if (model.types[t]?.group === group) return true;
  return false;
}

/** Per type, the product of (1 - weight) of the near misses among a heading's hits; undefined when there is none. */
function headingNearMisses(model: Model, hits: readonly CueHit[]): Map<number, number> | undefined {
  let scale: Map<number, number> | undefined;
  for (let h = 0; h < hits.length; h++) {
    const uses = model.headingUses[(hits[h] as CueHit).cue] ?? NO_USES;
    for (let k = 0; k < uses.length; k++) {
      const u = uses[k] as Use;
      if (u.role !== 'negative') continue;
      scale ??= new Map();
      scale.set(u.type, (scale.get(u.type) ?? 1) * (1 - u.weight));
    }
  }
  return scale;
}

/** The first n distinct cues of the evidence, strongest first (ties by cue). */
function handCuesOf(text: string, ev: readonly Evidence[], n: number): string[] {
  if (ev.length === 1) return n > 0 ? [cueOf(text, ev[0] as Evidence)] : [];
  // Sorted as they come, stably, as Array.prototype.sort with (b.weight - a.weight || a.cue.localeCompare(b.cue)) sorts
  // them: a list is a few cues long, and sort() allocates its work arrays on every call (6.7 MB per CUAD dev pass).
  const weights: number[] = [];
  const sorted: string[] = [];
  for (let k = 0; k < ev.length; k++) {
    const e = ev[k] as Evidence;
    const cue = cueOf(text, e);
    let j = k - 1;
    for (; j >= 0; j--) {
      const ahead = (weights[j] as number) - e.weight;
      if (ahead > 0 || (ahead === 0 && (sorted[j] as string).localeCompare(cue) <= 0)) break;
      weights[j + 1] = weights[j] as number;
      sorted[j + 1] = sorted[j] as string;
    }
    weights[j + 1] = e.weight;
    sorted[j + 1] = cue;
  }
  if (n < 0) return [...new Set(sorted)].slice(0, n);
  const cues: string[] = [];
  for (let k = 0; k < sorted.length && cues.length < n; k++) {
    const cue = sorted[k] as string;
    if (!cues.includes(cue)) cues.push(cue);
  }
  return cues;
}

/** A clause that only defines a term: "Change of Control" means ... */
const DEFINITION = /^\s*(?:\(?[a-z0-9.]{1,6}\)?\s+)?["“][^"”\n]{1,80}["”]\s+(?:means|shall mean|has the meaning|shall have the meaning)\b/i;

const NEGATION = /\b(?:not|never|neither|nor)\b|n['’]t\b|\bcannot\b/i;

/**
 * The cue is `label`, followed, for a phrase, near miss or modal hit, by the text of [start, end) as a
 * snippet: built only for the cues of an emitted tag (most evidence is never listed).
 */
interface Evidence { weight: number; label: string; start: number; end: number }
const fixedEvidence = (weight: number, cue: string): Evidence => ({ weight, label: cue, start: -1, end: -1 });
const cueOf = (text: string, e: Evidence): string => (e.start < 0 ? e.label : e.label + snippet(text, e));

/** Where a negation of a type's word ("non-exclusive") stands: its type and span. */
interface Negation { readonly type: number; readonly start: number; readonly end: number }

/** Every negation among a clause's text hits, each occurrence (undefined when there is none, as in most clauses). */
function negationsOf(model: Model, hits: readonly CueHit[]): Negation[] | undefined {
  let out: Negation[] | undefined;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h] as CueHit;
    if (model.negationCue[hit.cue] !== 1) continue;
    const uses = model.textUses[hit.cue] ?? NO_USES;
    for (let k = 0; k < uses.length; k++) {
      const u = uses[k] as Use;
      if (u.negation === true) (out ??= []).push({ type: u.type, start: hit.start, end: hit.end });
    }
  }
  return out;
}

/** Whether [start, end) overlaps a negation of `type` ("exclusive license" in "non exclusive license"). */
function overlapsNegation(negations: readonly Negation[], type: number, start: number, end: number): boolean {
  for (let k = 0; k < negations.length; k++) {
    const m = negations[k] as Negation;
    if (m.type === type && m.start < end && start < m.end) return true;
  }
  return false;
}

/** The regex reading of a modal cue hit: does its polarity fit (negated for prohibitions, "may" for permissions)? */
// Plain English's negative modals are words of their own: "you won't sell", "we shan't", "it mustn't" ("can't" holds "can"),
// and its prohibitions are often imperatives: "Don't poach our staff", "please don't sell anyone else's software".
// The gap stays in the verb's sentence: a sentence end (". ", ";", "!", "?") between them puts the modal in another one
// ("your licence will not end. But if you sue us" is no promise not to sue); a dot inside a number or a word ("3.1") does not.
const MODAL_BEFORE = caseInsensitive(String.raw`\b(shall|will|may|must|can|cannot|should|agrees?|covenants?|undertakes?|hereby|won['’]t|shan['’]t|mustn['’]t|don['’]t)(?!\w)(?:(?:[^\w.;!?]|\.(?=\w))+\w+){0,5}?(?:[^\w.;!?]|\.(?=\w))+$`);
/** How far before a modal cue's verb the modal is looked for: 70 chars, or 160 when an aside between commas lies in between. */
const MODAL_NEAR = 70;
const MODAL_REACH = 160;
/** An aside between commas right after a modal ("shall not, at any time in the twelve months after he leaves, carry on"), which counts as no words. */
const ASIDE = /\b(?:shall|will|may|must|cannot|should|won['’]t|shan['’]t|mustn['’]t|don['’]t)(?:\s+not)?\s*(,[^,;.:()]{1,120},)/gi;

/** The modal closest before the verb ("Licensee shall ensure that it may terminate": "may", not "shall"). */
function nearestModal(before: string): RegExpExecArray | null {
  // (One loop body for the first modal and the later ones: a path that the first modal alone never takes would be a
  // deoptimisation of modalFits the first time a sentence holds two modals.)
  let nearest: RegExpExecArray | null = null;
  for (let from = 0; ;) {
    const m = MODAL_BEFORE.exec(before.slice(from));
    if (!m) return nearest;
    m.index += from;
    nearest = m;
    from = m.index + (m[1] ?? '').length;
  }
}

function modalFits(text: string, verbStart: number, hitEnd: number, use: ModalUse): ModalHit | null {
  // An aside is blanked (its length kept, so that positions hold): the words around it are then read as if it were not there.
  const wide = text.slice(Math.max(0, verbStart - MODAL_REACH), verbStart);
  const blanked = wide.includes(',') ? wide.replace(ASIDE, (all: string, aside: string) => all.slice(0, all.length - aside.length) + ' '.repeat(aside.length)) : wide;
  const m = nearestModal(blanked === wide ? wide.slice(-MODAL_NEAR) : blanked);
  if (!m) return null;
  const hitStart = verbStart - m[0].length;
  // Negation is read only where the polarity depends on it (see polarityFitsLazily).
  const negated = (): boolean => {
    if (NEGATION.test(text.slice(hitStart, hitEnd))) return true;
    const before = text.slice(Math.max(0, hitStart - 80), hitStart);
    return /\b(?:neither|no)\s+(?:[a-z]+\s+){0,2}$/i.test(before) || /\b(?:neither|no)\s+(?:party|parties|licensee|licensor|member|company|distributor|[A-Z][a-z]+)\b[^.;]{0,60}$/.test(before);
  };
  if (!polarityFitsLazily(use.polarity, negated, (m[1] ?? '').toLowerCase())) return null;
  // Only negation, adverbs and coordination between the modal and the verb: "shall not directly or
  // indirectly compete". Anything else ("shall not be required to provide", "may, at its option,
  // sell") may make the verb depend on another one, which only a parse of the sentence can tell.
  // A parenthetical between commas or brackets ("shall not, directly or indirectly, compete") is set aside.
  const between = text.slice(hitStart + (m[1] ?? '').length, verbStart).replace(/,[^,;]*,|\([^()]*\)/g, ' ').toLowerCase();
  // "shall not be required to provide" obliges nobody to refrain from providing; "shall not be permitted to sell" prohibits selling.
  if (/\bbe\s+(?:required|obligated|obliged|bound|liable|responsible)\b/.test(between)) return null;
  // The cue word as the object of a light verb is a noun: "shall not take place" (non-compete's 'place'), "make offer".
  if (LIGHT_VERB_LAST.test(between)) return null;
  // A verb coordinated before the cue verb shares its modal: "may change or cancel", "shall not sell or distribute".
  const words = between.replace(/\bbe\s+(?:permitted|allowed|entitled|authori[sz]ed|able)\b/g, ' ').replace(/\b[a-z]+\s+(?:or|and)\s*$/, ' ').split(/[^a-z']+/);
  const plain = !/[,;()]/.test(between) && words.every((w) => w === '' || PLAIN_BETWEEN.has(w));
  return { start: hitStart, end: hitEnd, plain };
}
/** A light verb right before the cue word ("take place", "give notice", "make use"): the cue word is its object (not "have": "shall have granted" is a perfect). */
const LIGHT_VERB_LAST = /\b(?:take|takes|taking|took|taken|make|makes|making|made|give|gives|giving|gave|given|get|gets|got)\s*$/;
// "be" keeps a passive reading ("may be terminated", "shall not be assigned"); "in any way", "at any time", "otherwise" are adverbials.
const PLAIN_BETWEEN = new Set(['not', 'to', 'hereby', 'also', 'only', 'further', 'directly', 'indirectly', 'or', 'and', 'itself', 'either', 'nor', 'never', 'be', 'in', 'any', 'way', 'manner', 'at', 'time', 'otherwise', 'thereafter', 'immediately']);
interface ModalHit { readonly start: number; readonly end: number; /** The regex reading is unambiguous (nothing but negation and adverbs between modal and verb). */ readonly plain: boolean }

/** polarityFits, asking whether the modal is negated only when the answer depends on it. */
function polarityFitsLazily(polarity: ModalUse['polarity'], negated: () => boolean, modal: string): boolean {
  if (polarity === 'any') return true;
  if (polarity === 'prohibition') return negated();
  const permissive = modal === 'may' || modal === 'can';
  return (polarity === 'permission' ? permissive : !permissive) && !negated();
}

function polarityFits(polarity: ModalUse['polarity'], negated: boolean, modal: string): boolean {
  if (polarity === 'any') return true;
  if (polarity === 'prohibition') return negated;
  if (negated) return false;
  const permissive = modal === 'may' || modal === 'can';
  return polarity === 'permission' ? permissive : !permissive;
}

/** compromise's reading of the sentence: the modal construction with this verb, as a readable cue, or null. */
function confirmModal(text: string, hitStart: number, hitEnd: number, use: ModalUse): string | null {
  // The clause of the sentence around the modal, not the whole sentence: compromise's cost grows with length.
  const sentence = sentenceAround(text, hitStart, hitEnd);
  const at = sentence.indexOf(text.slice(hitStart, hitEnd).replace(/\s+/g, ' '));
  const windowed = at > 80 ? sentence.slice(sentence.lastIndexOf(' ', at - 60) + 1) : sentence;
  return readModalSentence(windowed.slice(0, (at > 80 ? 60 : at) + (hitEnd - hitStart) + 40), text.slice(hitStart, hitEnd), use);
}

function readModalSentence(sentence: string, window: string, use: ModalUse): string | null {
  const subjectNegates = /^(?:neither|no|none)\b/i.test(sentence);
  for (const mc of modalClauses(sentence)) {
    const negated = mc.negated || subjectNegates || NEGATION.test(window);
    if (!use.verb.test(mc.verb) || !polarityFits(use.polarity, negated, mc.modal)) continue;
    const who = mc.subject ? `${mc.subject.split(' ').slice(-3).join(' ')} ` : '';
    return `modal: ${who}${mc.modal}${negated ? ' not' : ''} ${mc.verb}`;
  }
  return null;
}

function combine(ev: readonly Evidence[]): number {
  let miss = 1;
  for (let k = 0; k < ev.length; k++) miss *= 1 - (ev[k] as Evidence).weight;
  return 1 - miss;
}

interface ClauseContext {
  readonly own: string | null;
  readonly section: string | null;
  readonly sectionFactor: number;
  /** Index (in tree.clauses) of the clause whose own heading is `section`, or -1. */
  readonly sectionOf: number;
  /** The clause's text is a heading alone: counted as its heading, not again as text. */
  readonly headingOnly: boolean;
}

/** Own heading and the nearest section heading for every clause, by index in tree.clauses. */
function headingContexts(text: string, tree: ClauseTree): ClauseContext[] {
  const { clauses } = tree;
  const flat = clauses.every((c) => c.parentId === null);
  const own: Array<string | null> = [];
  const headingOnlyAt: boolean[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i] as ClauseNode;
    // (Whether the body is a heading alone is needed for a clause without a heading, or in a flat tree.)
    const body = c.heading == null || flat ? text.slice(c.start, c.bodyEnd) : '';
    const only = body === '' ? null : headingOnly(body);
    headingOnlyAt.push(only !== null);
    own.push(c.heading ?? only ?? runInHeading(body));
  }
  const out: ClauseContext[] = [];
  let flatSection: string | null = null;
  let flatSectionOf = -1;
  clauses.forEach((c, i) => {
    let section: string | null = null;
    let sectionOf = -1;
    let factor = CONTEXT_FACTOR;
    // (One lookup for the parent and the ancestors above it: see nearestModal.)
    for (let parentId = c.parentId; parentId && !section;) {
      const p = clauseIndexOf(clauses, parentId);
      if (p < 0) break;
      section = own[p] ?? null;
      sectionOf = p;
      parentId = (clauses[p] as ClauseNode).parentId;
    }
    // (Read for every clause, so that the branch of a flat tree, which most documents never take, reads nothing new.)
    const ownHeading = own[i] ?? null;
    const only = headingOnlyAt[i] === true;
    if (flat) {
      // A flat tree (no structure recognised): a heading-only paragraph opens a section for what follows.
      if (only) { flatSection = ownHeading; flatSectionOf = i; section = null; }
      else { section = flatSection; sectionOf = flatSectionOf; factor = FLAT_CONTEXT_FACTOR; }
    }
    out.push({ own: ownHeading, section, sectionFactor: factor, sectionOf, headingOnly: only });
  });
  return out;
}

// A title names the document; a first block whose first line is a sentence ("Neither Party may transfer this
// Contract ...", "THIS AGREEMENT is dated ... and is made BETWEEN") is a clause or the preamble, however short.
const FINITE_WORD = /\b(?:shall|will|may|must|is|are|was|were|has|have|hereby|agrees?)\b/;
const TITLE_FUNCTION_WORDS = new Set(['of', 'and', 'the', 'to', 'for', 'in', 'on', 'a', 'an', 'by', 'with', 'between', 'among', 'or', 'as', 'at', 'no', 'dated']);
function readsAsSentence(body: string): boolean {
  const trimmed = body.trimStart();
  const newline = trimmed.indexOf('\n');
  const line = newline < 0 ? trimmed : trimmed.slice(0, newline);
  if (FINITE_WORD.test(line)) return true;
  let lower = 0;
  for (const word of line.match(/\b[a-z][a-z'-]*\b/g) ?? []) if (!TITLE_FUNCTION_WORDS.has(word)) lower++;
  return lower >= 4;
}

/** Evidence from clause kind and position for the structure types. */
function structureEvidence(c: ClauseNode, index: number, body: string, firstStart: number): Array<[string, Evidence]> {
  const ev: Array<[string, Evidence]> = [];
  if (c.kind === 'signature') ev.push(['signature', fixedEvidence(0.95, 'kind: signature block')]);
  if (c.kind === 'schedule') ev.push(['schedule', fixedEvidence(0.95, 'kind: schedule')]);
  const early = c.start - firstStart < 1500 || c.kind === 'preamble';
  if (index === 0 && body.length < 300 && /\b(agreement|contract|licen[cs]e|amendment|memorandum|addendum|deed|terms)\b/i.test(body) && !readsAsSentence(body)) {
    ev.push(['title', fixedEvidence(0.9, 'position: first block of the document')]);
  } else if (early && index < 3 && body.length < 200 && /^[^a-z]*\b(AGREEMENT|CONTRACT|LICEN[CS]E)\b[^a-z]*$/.test(body.trim())) {
    ev.push(['title', fixedEvidence(0.85, 'position: upper-case title near the start')]);
  }
  if (early) ev.push(['parties', fixedEvidence(0.25, 'position: preamble')]);
  return ev;
}

/**
 * Tag every clause of the tree. `extraTypes` are clause types declared by rule packs (validated with
 * parseExtraTypes); built-in ids among them are ignored, never redefined.
 */
export function tagClauses(source: Source, tree: ClauseTree, extraTypes?: readonly ClauseTypeSpec[]): TagMap {
  return scoreClauses(source, tree, extraTypes);
}

/** A candidate tag the tagger did not emit: below its type's threshold in a document that carries the type nowhere. */
export interface NearMiss {
  readonly clauseId: string;
  /** On the common scale, so below 0.5. */
  readonly confidence: number;
}

const NEAR_MISSES = new WeakMap<TagMap, ReadonlyMap<string, readonly NearMiss[]>>();

/**
 * The near misses of a tag map from tagClauses, by type: how close the document came to carrying a type it lacks.
 * Rules that fire on a type's absence rest on them (a strong near miss makes the absence doubtful).
 */
export function nearMisses(tags: TagMap): ReadonlyMap<string, readonly NearMiss[]> {
  return NEAR_MISSES.get(tags) ?? new Map();
}

/** What the learned model's step reads of one scored clause (see scoreClauses). */
interface LearnedClause {
  readonly c: ClauseNode;
  readonly body: string;
  readonly ctx: ClauseContext;
  readonly definition: boolean;
  readonly evidence: ReadonlyMap<number, Evidence[]>;
  readonly docContext: ReturnType<typeof documentContext>;
  readonly confidenceOf: (type: number, ev: readonly Evidence[]) => number;
  readonly emit: (type: number, confidence: number, cuesOf: () => string[]) => void;
  readonly handCues: (type: number, n: number) => string[];
}

/** For the training and evaluation scripts (scripts/tag-*.mjs, eval-cuad.mjs). */
export interface ScoreOptions {
  /** Learned weights to use instead of the shipped ones (cross-validation); null: hand evidence only. */
  readonly learned?: LearnedModel | null;
  /** Per-type thresholds instead of calibration.ts (type id -> threshold). */
  readonly thresholds?: Readonly<Record<string, number>>;
  /** Sees every scored clause: its learned features and its hand strength per type (training data). */
  readonly observe?: (clause: ClauseNode, features: readonly string[], hand: ReadonlyMap<string, number>) => void;
}

/**
 * tagClauses with the per-type thresholds replaced by one `floor`: every tag at or above it. For the
 * calibration and evaluation scripts, which need the scores the thresholds would hide.
 */
export function scoreClauses(source: Source, tree: ClauseTree, extraTypes?: readonly ClauseTypeSpec[], floor?: number, options: ScoreOptions = {}): TagMap {
  const model = modelFor(extraTypes);
  const { text } = source;
  const learned = options.learned === undefined ? defaultLearnedModel() : options.learned;
  // Taxonomy type index -> index in the learned model, or -1 (hand evidence only, also for a learned type without words).
  const learnedOf = model.types.map((t) => {
    const li = learned?.types.indexOf(t.id) ?? -1;
    return li >= 0 && learned?.worded[li] ? li : -1;
  });
  // Learned type index -> taxonomy type index, or -1.
  const taxonomyOf = learned?.types.map((id) => model.typeIndex.get(id) ?? -1) ?? [];
  const thresholdOf = (type: number): number =>
    floor ?? options.thresholds?.[(model.types[type] as ClauseTypeSpec).id] ?? model.thresholds[type] ?? 0.5;
  const docContext = learned?.hasWords || options.observe ? documentContext(text) : null;
  const contexts = headingContexts(text, tree);
  // Heading cue hits per clause index, of its own heading: a section's heading is some clause's own, read once for
  // all the clauses under it. (Not kept across documents by heading text: two thirds of a new document's headings
  // were new to such a cache, and hashing a heading to look it up cost about as much as scanning it.)
  const ownHits: Array<readonly CueHit[] | undefined> = [];
  const headingHitsOf = (index: number, heading: string): readonly CueHit[] => {
    let hits = ownHits[index];
    if (!hits) {
      hits = model.heading.scan(heading);
      ownHits[index] = hits;
    }
    return hits;
  };
  // A clause's learned tags and its training features (see the call).
  const learnedTags = (clause: LearnedClause): void => {
    const { c, body, ctx, definition, evidence, docContext: context, confidenceOf, emit, handCues } = clause;
    const handIn = taxonomyOf.map((type) => {
      const ev = type < 0 ? undefined : evidence.get(type);
      return ev ? confidenceOf(type, ev) : 0;
    });
    // Training (observe) needs every feature; tagging only those the model weighs (none: no extraction).
    const clauseText = { body, heading: ctx.own, section: ctx.section, definition };
    const features = options.observe ? clauseFeatures(clauseText, context)
      : learned?.hasWords ? clauseFeatures(clauseText, context, learned.filter) : [];
    if (options.observe) {
      const hand = new Map<string, number>();
      for (const [type, ev] of evidence) hand.set((model.types[type] as ClauseTypeSpec).id, confidenceOf(type, ev));
      options.observe(c, features, hand);
    }
    if (learned) {
      const z = learned.logits(features, handIn);
      taxonomyOf.forEach((type, li) => {
        if (type < 0 || learnedOf[type] !== li) return;
        const p = sigmoid(z[li] as number);
        const threshold = thresholdOf(type);
        if (p < Math.min(threshold, supportOf(threshold))) return;
        const top = learned.topFeatures(features, li, MAX_LEARNED_CUES).map((f) => `learned: ${describeFeature(f.feature)} +${f.weight.toFixed(2)}`);
        emit(type, p, () => [...handCues(type, MAX_CUES - top.length), ...top]);
      });
    }
  };
  const budget = { left: NLP_BUDGET };
  const firstStart = tree.clauses[0]?.start ?? 0;
  const parties = model.typeIndex.get('parties');
  // (The document's word runs, found once: the rules' word-start index reads them too.)
  const words = wordIndexOf(source);
  const hitsByClause = distributeHits(tree, model.text.scan(text, words), (index) => {
    // A hit that ran past its clause's end was dropped, and the scan kept no later overlapping match of the same cue,
    // so the clauses it ran over are read again, each alone (see distributeHits).
    const c = tree.clauses[index] as ClauseNode;
    const local = model.text.scan(text.slice(c.start, c.bodyEnd));
    return local.length === 0 ? undefined : local.map((h) => ({ cue: h.cue, start: h.start + c.start, end: h.end + c.start }));
  });
  // Per list item (clause id), where its words start when its lead-in ends with a restraint frame, and where its lead-in
  // starts when that ends in a condition's opener.
  const listFrames = model.hasFrames ? framedItems(text, tree) : undefined;
  const itemStarts = listFrames?.starts;
  const conditionLeads = listFrames?.conditions;
  const out = new Map<string, Tag[]>();
  // Candidate tags by clause index (none for a clause without evidence).
  const candidates = new Array<Tag[] | undefined>(tree.clauses.length);
  const anchored = new Set<number>();
  // Per type index, how many clauses assert it (anchored holds the types some clause asserts); the clauses whose text is
  // their heading alone, if any tag them.
  const assertions: number[] = [];
  let headingSections: number[] | undefined;
  // The types the clause's own heading gives evidence for (see below), one set cleared per clause.
  const ownHeadingTypes = new Set<number>();
  // The hits of a clause that may affirm their type, three numbers each (see below), one list emptied per clause.
  const affirming: number[] = [];
  // The acts a frame cue read in the clause, as (type, end of the act) pairs, one list emptied per clause.
  const framed: number[] = [];
  // A clause's frame cue hits (hit and use index), emptied per clause.
  const pendingFrames: number[] = [];
  // Where the document's frame words end (frameWordEnds), found at the first frame cue hit.
  let frameWords: Int32Array | undefined;
  // The clauses whose text is their heading alone (a section's heading set on a line of its own).
  const sectionHeadings = new Set<number>();
  tree.clauses.forEach((c, index) => {
    if (c.heading != null && c.bodyEnd - c.start <= 100 && headingOnly(text.slice(c.start, c.bodyEnd)) !== null) sectionHeadings.add(index);
  });
  tree.clauses.forEach((c, index) => {
    const ctx = contexts[index] as ClauseContext;
    const ownHeadingHits = ctx.own ? headingHitsOf(index, ctx.own) : NO_HITS;
    const sectionHits = ctx.section && ctx.section !== ctx.own ? headingHitsOf(ctx.sectionOf, ctx.section) : NO_HITS;
    const textHits = hitsByClause[index] ?? NO_HITS;
    // No cue hit, no kind or position of a structure type (and no learned model to ask): no evidence, no tag.
    if (!docContext && textHits.length === 0 && ownHeadingHits.length === 0 && sectionHits.length === 0 && index >= 3 && c.kind !== 'signature' && c.kind !== 'schedule') {
      return;
    }
    const body = text.slice(c.start, c.bodyEnd);
    // A table of contents names every subject of the agreement without dealing with any.
    if (isTableOfContents(body)) return;
    const evidence = new Map<number, Evidence[]>();
    // "by and between" deep inside a contract is a cross-reference, not the preamble: no parties evidence there.
    // (Left out as it comes, rather than deleted afterwards, so that no step runs for the rare late clause alone:
    // the tagger's largest function would be deoptimised the first time one is met.)
    const dropped = parties !== undefined && c.start - firstStart > 5000 && c.kind !== 'preamble' ? parties : -1;
    const push = (type: number, e: Evidence): void => {
      if (type === dropped) return;
      const list = evidence.get(type);
      if (list) list.push(e);
      else evidence.set(type, [e]);
    };
    const negatives = new Map<number, Evidence[]>();
    const hasContext = new Set<number>();
    // The types the clause's own heading gives evidence for: when the clause's text is that heading alone, the same
    // words are no second evidence for them as text ("WARRANTY" is a heading cue, and a phrase cue too). (Noted for
    // every clause, read for a heading alone: the same steps run for every clause, see `dropped`.)
    const headingAlone = ctx.headingOnly;
    if (ownHeadingTypes.size > 0) ownHeadingTypes.clear();
    const headingHits = (heading: string, hits: readonly CueHit[], factor: number, tag: string, own = false, deferred?: Array<[number, Evidence]>): void => {
      // (type, cue) pairs as one number: a string key per hit was a good share of the clause's allocations.
      const seen = new Set<number>();
      const scale = own ? undefined : headingNearMisses(model, hits);
      for (let h = 0; h < hits.length; h++) {
        const hit = hits[h] as CueHit;
        const uses = model.headingUses[hit.cue] ?? NO_USES;
        for (let k = 0; k < uses.length; k++) {
          const u = uses[k] as Use;
          if (u.role === 'requires') { hasContext.add(u.type); continue; }
          if (u.role === 'negative') continue;
          // "Exhibit A" opens a schedule; "Delivery of Exhibits" does not.
          if (model.types[u.type]?.id === 'schedule' && hit.start > 0) continue;
          const once = hit.cue * model.types.length + u.type;
          if (seen.has(once)) continue;
          seen.add(once);
          const e = fixedEvidence(u.weight * factor * (scale?.get(u.type) ?? 1), `${tag}: ${heading}`);
          if (deferred) deferred.push([u.type, e]);
          else push(u.type, e);
          if (own) ownHeadingTypes.add(u.type);
        }
      }
    };
    if (ctx.own) headingHits(ctx.own, ownHeadingHits, 1, 'heading', true);
    // (A section of several topics counts for the topics the clause shows itself: its evidence waits for the clause's own.)
    const sectionTopics = sectionHits.length > 1 && severalTopics(model, sectionHits) ? [] as Array<[number, Evidence]> : undefined;
    if (ctx.section && ctx.section !== ctx.own) headingHits(ctx.section, sectionHits, ctx.sectionFactor, 'section', false, sectionTopics);
    const conditional: Array<[number, Evidence]> = [];
    const modalPending: Array<{ type: number; ev: Evidence; hit: ModalHit; use: ModalUse }> = [];
    const usedCue = new Set<number>();
    // Negations of a type's word ("non-exclusive") in the clause, if any; their evidence among the near misses; the
    // phrase and modal hits that may affirm their type (see below), as (type, start, end).
    const negations = negationsOf(model, textHits);
    let negationEvidence: Set<Evidence> | undefined;
    affirming.length = 0;
    framed.length = 0;
    pendingFrames.length = 0;
    // (The loops of a clause are indexed, not for-of: over new documents this function runs unoptimised for about half
    // the corpus, where each for-of step calls the iterator protocol, and destructuring an entry calls it again.)
    for (let h = 0; h < textHits.length; h++) {
      const hit = textHits[h] as CueHit;
      const uses = model.textUses[hit.cue] ?? NO_USES;
      for (let k = 0; k < uses.length; k++) {
        const u = uses[k] as Use;
        const once = hit.cue * model.types.length + u.type;
        // Every occurrence of a phrase, not only the first: "non exclusive license ... exclusive license".
        if (negations !== undefined && u.role === 'phrase' && !(ownHeadingTypes.has(u.type) && headingAlone)) affirming.push(u.type, hit.start, hit.end);
        if (usedCue.has(once)) continue;
        if (u.role === 'requires') hasContext.add(u.type);
        else if ((u.role === 'modal' || u.role === 'phrase') && ownHeadingTypes.has(u.type) && headingAlone) continue;
        else if (u.role === 'negative') {
          const list = negatives.get(u.type) ?? [];
          const ev: Evidence = { weight: u.weight, label: 'not: ', start: hit.start, end: hit.end };
          list.push(ev);
          negatives.set(u.type, list);
          if (u.negation === true) (negationEvidence ??= new Set()).add(ev);
        } else if (u.role === 'modal' && u.modal) {
          const span = modalFits(text, hit.start, hit.end, u.modal);
          if (!span) continue;
          // (Noted for every modal hit that fits, read only with a negation: a step for the rare clause alone would be a
          // path the warm-up never takes, and the first fresh document to take it would deoptimise this function.)
          affirming.push(u.type, hit.start, hit.end);
          const ev: Evidence = { weight: u.weight, label: 'modal: ', start: span.start, end: span.end };
          conditional.push([u.type, ev]);
          modalPending.push({ type: u.type, ev, hit: span, use: u.modal });
        } else if (u.role === 'frame') {
          // Read after the clause's hits, where a frame word and the object's words are looked for first (below).
          pendingFrames.push(h, k);
          continue;
        } else {
          conditional.push([u.type, { weight: u.weight, label: 'phrase: ', start: hit.start, end: hit.end }]);
        }
        usedCue.add(once);
      }
    }
    // A restraint frame governs the act, and its object holds what the cue names (frames.ts): evidence in its own right,
    // without the type's required context words (the object role is that context). Most acts are no restraint's: a frame
    // word must end shortly before the act (unless a lead-in frames the clause) and the object's words lie near it, both
    // read from the document's word index, before frames.ts reads the sentence.
    if (pendingFrames.length > 0) {
      const itemStart = itemStarts?.get(c.id) ?? -1;
      for (let k = 0; k < pendingFrames.length; k += 2) {
        const hit = textHits[pendingFrames[k] as number] as CueHit;
        const u = (model.textUses[hit.cue] as readonly Use[])[pendingFrames[k + 1] as number] as Use;
        const use = u.frame as FrameUse;
        const once = hit.cue * model.types.length + u.type;
        if (usedCue.has(once)) continue;
        if (use.kind !== 'restraint') {
          // A condition or a comparison (frames.ts): every role's words in reach of the act first (the word index), then its sentence.
          // (An item under a lead-in that ends in an opener: the lead-in says what the item's change triggers.)
          const lead = use.kind === 'condition' ? conditionLeads?.get(c.id) ?? -1 : -1;
          if (!objectsWithin(text, words, use, lead >= 0 ? lead : Math.max(c.start, hit.start - FRAME_REACH), Math.min(c.bodyEnd, hit.end + ROLE_REACH), 0, 0)) continue;
          const frame = use.kind === 'condition'
            ? conditionOf(text, hit.start, hit.end, c.start, c.bodyEnd) ?? (lead >= 0 ? itemConditionOf(text, hit.start, hit.end, c.start, c.bodyEnd, lead) : null)
            : comparisonOf(text, hit.start, hit.end, c.start, c.bodyEnd);
          if (!frame || !rolesWithin(text, words, use, frame)) continue;
          affirming.push(u.type, hit.start, hit.end);
          push(u.type, { weight: u.weight, label: 'frame: ', start: frame.start, end: hit.end });
          usedCue.add(once);
          continue;
        }
        // The first frame word within reach before the act (a frame starts at most a modal and its subject before it).
        const word = itemStart < 0 ? endWithin((frameWords ??= frameWordEnds(words)), hit.start - FRAME_REACH, hit.start) : itemStart;
        // (The object's reach runs from where it begins, after a coordination and an aside: frames.ts objectLead.)
        const after = word < 0 ? 0 : Math.min(c.bodyEnd, hit.end + objectLead(text, hit.end, c.bodyEnd) + OBJECT_AFTER);
        let frame = word < 0 || !objectsWithin(text, words, use, Math.max(c.start, word - OBJECT_BEFORE), after, 0, 0)
          ? null : frameOf(text, hit.start, hit.end, c.start, c.bodyEnd, itemStart);
        // Further back when a long aside closes right before the act (frames.ts ASIDE_REACH): the frame word may stand
        // before the aside, whatever frame-like words the aside holds ("whether for consideration or not,").
        if (!frame && itemStart < 0 && closesAside(text, hit.start)) {
          const far = endWithin(frameWords as Int32Array, hit.start - ASIDE_REACH, hit.start - FRAME_REACH);
          if (far >= 0 && objectsWithin(text, words, use, Math.max(c.start, far - OBJECT_BEFORE), Math.min(c.bodyEnd, hit.end + objectLead(text, hit.end, c.bodyEnd) + OBJECT_AFTER), 0, 0)) {
            frame = frameOf(text, hit.start, hit.end, c.start, c.bodyEnd, itemStart, ASIDE_REACH);
          }
        }
        if (!frame || !objectsWithin(text, words, use, frame.objectStart, frame.objectEnd, frame.subjectStart, frame.start)) continue;
        affirming.push(u.type, hit.start, hit.end);
        push(u.type, { weight: u.weight, label: 'frame: ', start: frame.start, end: hit.end });
        framed.push(u.type, hit.end);
        usedCue.add(once);
      }
    }
    if (negations !== undefined && negationEvidence !== undefined) {
      // A type with a phrase or modal hit outside every negation of its word is affirmed: its negations scale nothing.
      // (Filtering a type's list again for a second such hit leaves it as it is. An empty list scales and lists nothing,
      // as no list does: deleting the entry was a path the warm-up never took, see above.)
      for (let k = 0; k < affirming.length; k += 3) {
        const type = affirming[k] as number;
        if (overlapsNegation(negations, type, affirming[k + 1] as number, affirming[k + 2] as number)) continue;
        const list = negatives.get(type);
        if (list) negatives.set(type, list.filter((e) => !negationEvidence.has(e)));
      }
    }
    for (let k = 0; k < conditional.length; k++) {
      // (Indexed, not destructured: destructuring runs the iterator protocol until the function is optimised.)
      const entry = conditional[k] as [number, Evidence];
      const type = entry[0];
      const e = entry[1];
      // The frame reading of an act supersedes the modal cue's regex reading of the same act (one act, one evidence).
      if (framed.length > 0 && e.label === 'modal: ' && isFramed(framed, type, e.end)) continue;
      const needs = (model.types[type]?.requires.length ?? 0) > 0;
      if (needs && !hasContext.has(type)) e.weight *= WITHOUT_CONTEXT;
      push(type, e);
    }
    if (sectionTopics) {
      // The section counts for the topics the clause shows itself, by its words or its own heading (a royalty is a money
      // matter under "Payment, Reports and Taxes"); a clause that shows none keeps them all, as under a section of one topic.
      let shows = false;
      for (let k = 0; k < sectionTopics.length && !shows; k++) shows = showsGroup(model, evidence, (sectionTopics[k] as [number, Evidence])[0]);
      for (let k = 0; k < sectionTopics.length; k++) {
        const entry = sectionTopics[k] as [number, Evidence];
        if (!shows || showsGroup(model, evidence, entry[0])) push(entry[0], entry[1]);
      }
    }
    const structure = structureEvidence(c, index, body, firstStart);
    for (let k = 0; k < structure.length; k++) {
      const entry = structure[k] as [string, Evidence];
      const id = entry[0];
      const e = entry[1];
      const t = model.typeIndex.get(id);
      if (t !== undefined && (id !== 'parties' || evidence.has(t))) push(t, e);
    }

    const definition = DEFINITION.test(body);
    const confidenceOf = (type: number, ev: readonly Evidence[]): number => {
      let confidence = combine(ev);
      const factor = model.types[type]?.definitionFactor;
      if (definition && factor !== undefined) confidence *= factor;
      const near = negatives.get(type);
      if (near) for (let k = 0; k < near.length; k++) confidence *= 1 - (near[k] as Evidence).weight;
      return confidence;
    };
    // Modal cues matched by regex are checked by compromise only where the regex reading is ambiguous
    // and decides the tag (the sentence analysis is the expensive step, and loading compromise costs
    // ~0.3 s), within a per-document budget; compromise's reading replaces the regex one, and a modal
    // compromise does not find is dropped.
    for (let k = 0; k < modalPending.length; k++) {
      const p = modalPending[k] as (typeof modalPending)[number];
      if (p.hit.plain) continue;
      const ev = evidence.get(p.type) ?? [];
      // Against the type's uncalibrated threshold, so the hand strength (an input of the learned
      // model) does not depend on the calibration or on a floor.
      const threshold = model.types[p.type]?.threshold ?? CALIBRATION.defaultThreshold;
      const without = ev.filter((e) => e !== p.ev);
      if (confidenceOf(p.type, ev) < threshold || confidenceOf(p.type, without) >= threshold || budget.left <= 0) continue;
      budget.left--;
      const cue = confirmModal(text, p.hit.start, p.hit.end, p.use);
      if (cue) {
        p.ev.label = cue;
        p.ev.start = -1;
      }
      else evidence.set(p.type, without);
    }

    const tags: Tag[] = [];
    const handCues = (type: number, n: number): string[] =>
      handCuesOf(text, evidence.get(type) ?? [], n);
    // The cues are listed only for a tag that is emitted (sorting them is most of a clause's cost otherwise).
    const emit = (type: number, confidence: number, cuesOf: () => string[]): void => {
      const threshold = thresholdOf(type);
      if (confidence < Math.min(threshold, supportOf(threshold))) return;
      // (cuesOf builds a new array, so the tag may own it.)
      const cues = cuesOf();
      const near = negatives.get(type);
      if (near) for (let k = 0; k < near.length && k < 2; k++) cues.push(cueOf(text, near[k] as Evidence));
      if (asserts(confidence, threshold)) {
        anchored.add(type);
        assertions[type] = (assertions[type] ?? 0) + 1;
      }
      tags.push({
        type: (model.types[type] as ClauseTypeSpec).id,
        // With a floor (the calibration scripts), the strength exactly as compared with the thresholds: rounded, a
        // 0.4996 would pass a 0.5 threshold that the tagger applies to it unrounded.
        confidence: floor === undefined ? reportedConfidence(confidence, threshold) : confidence,
        cues,
      });
    };
    // (forEach rather than for-of: destructuring each entry runs the iterator protocol until the function is optimised.)
    evidence.forEach((ev, type) => { if ((learnedOf[type] as number) < 0) emit(type, confidenceOf(type, ev), () => handCues(type, MAX_CUES)); });
    // (The learned model's step is a function of its own: the product's model weighs no words, so it never runs, and
    // inline it was a quarter of this function's bytecode, which V8 counts before optimising the function.)
    if (docContext) learnedTags({ c, body, ctx, definition, evidence, docContext, confidenceOf, emit, handCues });
    candidates[index] = tags;
    if (tags.length > 0 && sectionHeadings.has(index)) (headingSections ??= []).push(index);
  });
  if (headingSections) dropUnsupportedHeadings(tree, candidates, headingSections, sectionHeadings, (id) => model.types[model.typeIndex.get(id) as number]?.group === 'structure', (id) => {
    const type = model.typeIndex.get(id) as number;
    const left = (assertions[type] ?? 1) - 1;
    assertions[type] = left;
    if (left <= 0) anchored.delete(type);
  }, floor ?? 0.5);
  // Second pass: a tag below its type's threshold stays only where another clause of the same document
  // carries the type at or above it (the document is known to deal with the subject, so the weaker
  // clauses about it are kept); it never makes a document carry a type on its own.
  const anchoredIds = new Set([...anchored].map((t) => (model.types[t] as ClauseTypeSpec).id));
  const missed = new Map<string, NearMiss[]>();
  tree.clauses.forEach((c, index) => {
    // (Reported confidences are on the common scale, where every type's threshold is 0.5; with a floor they are raw.)
    const tags: Tag[] = [];
    const found = candidates[index] ?? NO_TAGS;
    for (let k = 0; k < found.length; k++) {
      const t = found[k] as Tag;
      if (t.confidence >= (floor ?? 0.5) || anchoredIds.has(t.type)) { tags.push(t); continue; }
      if (floor !== undefined) continue;
      const list = missed.get(t.type);
      if (list) list.push({ clauseId: c.id, confidence: t.confidence });
      else missed.set(t.type, [{ clauseId: c.id, confidence: t.confidence }]);
    }
    out.set(c.id, tags);
  });
  NEAR_MISSES.set(out, missed);
  liftIntoLeadIns(text, tree, out, floor ?? 0.5);
  // (Most clauses have one tag or none: nothing to sort.)
  out.forEach((tags) => { if (tags.length > 1) sortTags(tags); });
  return out;
}

/**
 * A section's heading alone ("Royalties", "Most Favoured Customer") names what the drafter filed the section under: a type
 * it gives that no clause under it carries, by its words or by the heading as their section's, is no subject the section
 * deals with ("Royalties" over a promise not to challenge the patents, "Most Favoured Customer" over a key-account
 * designation). Such tags are dropped; `unassert` is told of each one at or above `asserted`. A heading with nothing under
 * it keeps its tags, and a title, a schedule's heading or a heading of recitals its structure types (what follows a
 * title is never a title).
 */
function dropUnsupportedHeadings(tree: ClauseTree, candidates: Array<Tag[] | undefined>, sections: readonly number[], headings: ReadonlySet<number>, structural: (type: string) => boolean, unassert: (type: string) => void, asserted: number): void {
  const { clauses } = tree;
  for (const s of sections) {
    const tags = candidates[s];
    if (!tags) continue;
    // What the heading heads: the clauses after it, under it or beside it, up to the next heading of its own or the end
    // of its parent.
    const depth = (clauses[s] as ClauseNode).depth;
    const carried = new Set<string>();
    let any = false;
    for (let j = s + 1; j < clauses.length && !headings.has(j) && (clauses[j] as ClauseNode).depth >= depth; j++) {
      any = true;
      const below = candidates[j];
      if (below) for (const t of below) carried.add(t.type);
    }
    if (!any) continue;
    const kept = tags.filter((t) => carried.has(t.type) || structural(t.type));
    if (kept.length === tags.length) continue;
    for (const t of tags) if (!carried.has(t.type) && !structural(t.type) && t.confidence >= asserted) unassert(t.type);
    candidates[s] = kept;
  }
}

/**
 * A clause's tags, most confident first (ties by type), sorted in place as Array.prototype.sort with (b.confidence -
 * a.confidence || a.type.localeCompare(b.type)) sorts them, stably: a clause has two or three, and sort() allocates its
 * work arrays on every call (5 MB per CUAD dev pass).
 */
function sortTags(tags: Tag[]): void {
  for (let k = 1; k < tags.length; k++) {
    const t = tags[k] as Tag;
    let j = k - 1;
    for (; j >= 0; j--) {
      const before = tags[j] as Tag;
      const ahead = before.confidence - t.confidence;
      if (ahead > 0 || (ahead === 0 && before.type.localeCompare(t.type) <= 0)) break;
      tags[j + 1] = before;
    }
    tags[j + 1] = t;
  }
}

/** Whether each word set of a frame cue has a word inside [from, to) or inside [from2, to2) (the passive's subject). */
function objectsWithin(text: string, words: WordIndex, use: FrameUse, from: number, to: number, from2: number, to2: number): boolean {
  for (let k = 0; k < use.objects.length; k++) {
    const set = use.objects[k] as WordSet;
    if (!setWithin(text, words, set, from, to) && (from2 >= to2 || !setWithin(text, words, set, from2, to2))) return false;
  }
  return true;
}
/** A condition's or comparison's roles (frames.ts RoleFrame): the first word set near the act; the rest in its sentence (a condition) or near it too (a comparison). */
function rolesWithin(text: string, words: WordIndex, use: FrameUse, frame: RoleFrame): boolean {
  for (let k = 0; k < use.objects.length; k++) {
    const near = k === 0 || use.kind === 'comparison';
    if (!setWithin(text, words, use.objects[k] as WordSet, near ? frame.nearStart : frame.sentenceStart, near ? frame.nearEnd : frame.sentenceEnd)) return false;
  }
  return true;
}
/** The widest the object role reaches before the first frame word (a passive's subject, frames.ts SUBJECT_REACH, and its modal) and after the act. */
const OBJECT_BEFORE = 100;
// (The object's reach in frames.ts, and the places it may hold: PLACE_SLACK.)
const OBJECT_AFTER = 80 + PLACE_SLACK;

/** Whether `framed` ((type, end) pairs) holds this type's act ending at `end`. */
function isFramed(framed: readonly number[], type: number, end: number): boolean {
  for (let k = 0; k < framed.length; k += 2) if (framed[k] === type && framed[k + 1] === end) return true;
  return false;
}

/**
 * Per list item (by clause id): where its words start (after its marker) when its lead-in ends with a restraint frame
 * ("The Supplier shall not, during the Term:"), the item's first verb then governed by that frame; and where its lead-in
 * starts when that ends in a condition's opener ("The Lender may declare all amounts due if:"), the item then a condition.
 */
function framedItems(text: string, tree: ClauseTree): { starts: Map<string, number>; conditions: Map<string, number> } {
  const starts = new Map<string, number>();
  const conditions = new Map<string, number>();
  let byParent: Map<string, ClauseNode[]> | undefined;
  tree.clauses.forEach((c, index) => {
    const tail = Math.max(c.start, c.bodyEnd - 40);
    if (!mayLeadIn(text, tail, c.bodyEnd) || !/:\s*$/.test(text.slice(tail, c.bodyEnd))) return;
    const restraint = leadInFrames(text, c.start, c.bodyEnd);
    if (!restraint && !leadInCondition(text, c.start, c.bodyEnd)) return;
    for (const item of listItemsOf(text, tree, index, (byParent ??= childrenByParent(tree)))) {
      if (!restraint) { conditions.set(item.id, c.start); continue; }
      const marker = LIST_ITEM.exec(text.slice(item.start, item.start + 8));
      starts.set(item.id, item.start + (marker ? marker[0].length : 0));
    }
  });
  return { starts, conditions };
}

/** The clauses of a tree by parent id. */
function childrenByParent(tree: ClauseTree): Map<string, ClauseNode[]> {
  const byParent = new Map<string, ClauseNode[]>();
  for (let i = 0; i < tree.clauses.length; i++) {
    const c = tree.clauses[i] as ClauseNode;
    if (c.parentId === null) continue;
    const list = byParent.get(c.parentId);
    if (list) list.push(c);
    else byParent.set(c.parentId, [c]);
  }
  return byParent;
}

/** The items of the lead-in clause at `index`: its children, or, where the tree kept them flat, the list-marked clauses right after it. */
function listItemsOf(text: string, tree: ClauseTree, index: number, byParent: ReadonlyMap<string, ClauseNode[]>): readonly ClauseNode[] {
  const c = tree.clauses[index] as ClauseNode;
  const children = byParent.get(c.id);
  if (children) return children;
  const items: ClauseNode[] = [];
  for (let i = index + 1; i < tree.clauses.length && items.length < MAX_LIST_ITEMS; i++) {
    const next = tree.clauses[i] as ClauseNode;
    if (next.parentId !== c.parentId || !LIST_ITEM.test(text.slice(next.start, next.start + 8))) break;
    items.push(next);
  }
  return items;
}

/** A clause that only introduces a list: "Licensor may terminate this Agreement:" / "... as follows". */
const LEAD_IN = /(?::|\bas follows[.:]?|\bthe following[.:]?|[-–—])\s*$/i;
/** text[from, end) can match LEAD_IN: its last char but spaces ends one of its forms (":", "-", "follows", "following."...). */
function mayLeadIn(text: string, from: number, end: number): boolean {
  let k = end - 1;
  while (k >= from && isBlankChar(text.charCodeAt(k))) k--;
  if (k < from) return false;
  const c = text.charCodeAt(k) | 32;
  return c === 58 || c === 46 || c === 45 || c === 115 || c === 103 || text.charCodeAt(k) === 0x2013 || text.charCodeAt(k) === 0x2014;
}
/** How much of an item's confidence its lead-in clause takes over. */
const LEAD_IN_FACTOR = 0.9;
/** A list item's marker: (a), (iv), 2), b. */
const LIST_ITEM = /^\s*(?:\(?[a-z]\)|\(?[ivx]{1,5}\)|\(?[0-9]{1,2}\)|[a-z]\.\s)/i;
const MAX_LIST_ITEMS = 26;

/**
 * A lead-in clause and its list items are one provision: the lead-in states the operative part ("may
 * terminate this Agreement:") and the items the cases ("(b) upon a change of control of Licensee").
 * Each type an item asserts is carried by its lead-in too, so the provision is found where it starts.
 * Document-level presence does not change: the item already carries the type.
 */
function liftIntoLeadIns(text: string, tree: ClauseTree, out: Map<string, Tag[]>, asserted: number): void {
  const byParent = childrenByParent(tree);
  tree.clauses.forEach((c, index) => {
    if (!mayLeadIn(text, Math.max(c.start, c.bodyEnd - 40), c.bodyEnd) || !LEAD_IN.test(text.slice(Math.max(c.start, c.bodyEnd - 40), c.bodyEnd))) return;
    const items = listItemsOf(text, tree, index, byParent);
    const own = out.get(c.id) ?? [];
    const have = new Map(own.map((t) => [t.type, t]));
    for (const item of items) {
      for (const t of out.get(item.id) ?? []) {
        if (t.confidence < asserted) continue;
        const confidence = Math.round(t.confidence * LEAD_IN_FACTOR * 1000) / 1000;
        const prior = have.get(t.type);
        if (prior && prior.confidence >= confidence) continue;
        const lifted: Tag = { type: t.type, confidence: Math.max(confidence, prior?.confidence ?? 0), cues: [`list item: ${item.number ?? LIST_ITEM.exec(text.slice(item.start, item.start + 8))?.[0].trim() ?? item.id}`, ...(prior?.cues ?? t.cues)].slice(0, MAX_CUES) };
        have.set(t.type, lifted);
      }
    }
    out.set(c.id, [...have.values()]);
  });
}

/**
 * Whether the tagger asserts a type at this strength: its reported confidence (on the common scale, to three decimals)
 * is at least 0.5. A strength a hair under the threshold (0.44999999999999996 for 0.45, float noise of combine)
 * reports 0.5 and is asserted: it anchors its type in the document (emit) as any assertion does, and the calibration
 * scripts decide with it too.
 */
export const asserts = (strength: number, threshold: number): boolean => reportedConfidence(strength, threshold) >= 0.5;

/** The confidence a tag reports: its strength on the common scale, to three decimals (asserts decides on it too). */
const reportedConfidence = (strength: number, threshold: number): number => Math.round(onCommonScale(strength, threshold) * 1000) / 1000;

/**
 * Evidence strength -> the reported confidence, on one scale for every type: a type's threshold maps to
 * 0.5, so "confidence >= 0.5" means "the tagger asserts this type" whatever the type (rules rely on it);
 * support tags (below the threshold, kept in documents that carry the type) stay under 0.5.
 */
function onCommonScale(strength: number, threshold: number): number {
  if (threshold <= 0 || threshold >= 1) return strength;
  return strength >= threshold ? 0.5 + (0.5 * (strength - threshold)) / (1 - threshold) : (0.5 * strength) / threshold;
}

/** The text of [start, end) with each run of whitespace as one space, at most 80 chars. */
function snippet(text: string, hit: { readonly start: number; readonly end: number }): string {
  // Most hits hold single spaces only: then their first 80 chars are the snippet, with no replacing.
  const head = text.slice(hit.start, Math.min(hit.end, hit.start + 80));
  return FOLDED_SPACE.test(head) ? text.slice(hit.start, hit.end).replace(/\s+/g, ' ').slice(0, 80) : head;
}
/** Whitespace that a snippet folds: any but a space, or a space before more. */
const FOLDED_SPACE = /[^\S ]| \s/;

const NO_HITS: readonly CueHit[] = [];
const NO_USES: readonly Use[] = [];
const NO_TAGS: readonly Tag[] = [];

/**
 * Cue hits of the whole document (in text order, as CueSet.scan returns them), grouped by the clause whose
 * own text (start..bodyEnd) holds them: the last clause with a body that starts at or before the hit. By
 * index in tree.clauses; one walk over hits and clauses together.
 *
 * A hit that ends past its clause's body is no evidence for either clause, and the scan keeps one match of a cue
 * where matches overlap: a long-gap cue begun in one clause ("not .. more than", "assign~ ... right") hid the same
 * cue's own match in the next clause, or later in its own. The hits of those clauses (the one it began in and each
 * that begins before it ends) are then `rescan`'s, which reads the clause's body alone.
 */
function distributeHits(tree: ClauseTree, hits: readonly CueHit[], rescan: (index: number) => CueHit[] | undefined): Array<CueHit[] | undefined> {
  const { clauses } = tree;
  // The clauses with a body by start (the tree's order among equal starts); the tree lists them in text order, so rarely sorted.
  const owners: number[] = [];
  let sorted = true;
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i] as ClauseNode;
    if (c.bodyEnd <= c.start) continue;
    if (owners.length > 0 && (clauses[owners[owners.length - 1] as number] as ClauseNode).start > c.start) sorted = false;
    owners.push(i);
  }
  if (!sorted) owners.sort((a, b) => (clauses[a] as ClauseNode).start - (clauses[b] as ClauseNode).start);
  const out = new Array<CueHit[] | undefined>(clauses.length);
  let overrun: Set<number> | undefined;
  let k = -1;
  for (let n = 0; n < hits.length; n++) {
    const h = hits[n] as CueHit;
    while (k + 1 < owners.length && (clauses[owners[k + 1] as number] as ClauseNode).start <= h.start) k++;
    if (k < 0) continue;
    const index = owners[k] as number;
    if (h.end > (clauses[index] as ClauseNode).bodyEnd) {
      (overrun ??= new Set()).add(index);
      for (let j = k + 1; j < owners.length && (clauses[owners[j] as number] as ClauseNode).start < h.end; j++) overrun.add(owners[j] as number);
      continue;
    }
    const list = out[index];
    if (list) list.push(h);
    else out[index] = [h];
  }
  if (overrun !== undefined) for (const index of overrun) out[index] = rescan(index);
  return out;
}

// The one adapter around `compromise`. Nothing else in the product imports it.
//
// compromise is slow on full text (~0.15 MB/s, shared/perf-notes.md) and costly to load (~0.5 s CPU for
// its ESM sources, ~0.25 s for its bundled CommonJS build: it expands its whole lexicon on load). So it is
// loaded lazily, synchronously through createRequire, the first time a sentence really needs its
// analysis; `--version`, rule listings and documents whose modal cues never decide a tag never pay.
// Cue inflections come from a table generated at build time (inflections.generated.ts, written by
// scripts/tag-inflections.mjs with compromise's own conjugation); only words outside it (clause types
// declared by rule packs) load compromise to conjugate.
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { CappedCache } from '../model/index.js';
import { INFLECTIONS } from './inflections.generated.js';
import { WORD_CLASSES } from './word-classes.js';

type Nlp = typeof nlpType;

// Legal vocabulary compromise does not know: contracting roles are nouns (tagged #Party), "shall" is a
// modal, "hereby" an adverb, and the grant / assign verbs stay verbs in "hereby grants".
const PARTY_WORDS = [
  'party', 'parties', 'licensor', 'licensors', 'licensee', 'licensees', 'sublicensee', 'sublicensees', 'affiliate',
  'affiliates', 'distributor', 'reseller', 'supplier', 'customer', 'contractor', 'consultant', 'company', 'manufacturer',
  'purchaser', 'buyer', 'seller', 'vendor', 'franchisee', 'franchisor', 'assignee', 'assignor', 'member', 'sponsor',
];
const NOUN_PHRASES = ['licensed patents', 'licensed products', 'licensed technology', 'licensed know-how', 'intellectual property', 'confidential information', 'effective date', 'change of control'];

let loaded: Nlp | null = null;
/** compromise with the legal vocabulary, loaded on first use. */
function nlp(): Nlp {
  if (loaded) return loaded;
  // The CommonJS build is one pre-bundled file: about half the load cost of the ESM source tree.
  const lib = createRequire(import.meta.url)('compromise') as Nlp;
  const words: Record<string, string> = {
    shall: 'Modal', hereby: 'Adverb', herein: 'Adverb', hereunder: 'Adverb', thereof: 'Adverb',
    grants: 'PresentTense', assigns: 'PresentTense', licenses: 'PresentTense', covenants: 'PresentTense', undertakes: 'PresentTense',
  };
  for (const w of PARTY_WORDS) words[w] = 'Party';
  for (const p of NOUN_PHRASES) words[p] = 'Noun';
  // One plugin call with only the new tag and these few words (no lexicon re-expansion of its own data).
  lib.plugin({ tags: { Party: { isA: 'Noun' } }, words });
  parseMatchesOnce(lib);
  loaded = lib;
  return lib;
}

/** The most match statements parseMatchesOnce keeps (its own verbs() and ours use ~30). */
const PARSED_MATCHES_KEPT = 1000;

/**
 * compromise parses a match statement ("#Negative", "(#PresentTense|#PastTense) [#Copula]$") on every match, has or not
 * call, and its verbs() alone makes ~20 such calls a sentence, the same statements each time: 15% of a reading. The
 * parse is a pure function of the statement (its options aside) and matching only reads it, so each is parsed once (as
 * compromise's own nlp.parseMatch, whose result match() takes, lets a caller do).
 */
function parseMatchesOnce(lib: Nlp): void {
  type ParseMatch = (this: unknown, statement: string, opts: unknown, world: unknown) => unknown;
  const one = (lib.world() as unknown as { methods: { one: { parseMatch: ParseMatch } } }).methods.one;
  const parse = one.parseMatch;
  const parsed = new Map<string, unknown>();
  one.parseMatch = function (statement, opts, world) {
    // (Options, "fuzzy" or "caseSensitive", change the parse: such a statement is parsed each time.)
    if (typeof statement !== 'string' || (opts != null && Object.keys(opts).length > 0)) return parse.call(this, statement, opts, world);
    let regs = parsed.get(statement);
    if (regs === undefined) {
      regs = parse.call(this, statement, opts, world);
      if (parsed.size < PARSED_MATCHES_KEPT) parsed.set(statement, regs);
    }
    return regs;
  };
}

interface Transforms {
  verb: { conjugate(word: string, model: unknown): Record<string, string> };
  noun: { toPlural(word: string, model: unknown): string };
}

/** Inflections computed with compromise's own conjugation and pluralisation tables (what the generator stores). */
export function computeInflections(word: string): readonly string[] {
  const key = word.toLowerCase();
  // A hyphenated word inflects its last part: co-own, co-owned, co-owns; cross-claim, cross-claims.
  const hyphen = key.lastIndexOf('-');
  if (hyphen > 0 && /^[a-z-]+$/.test(key)) return [...new Set([key, ...computeInflections(key.slice(hyphen + 1)).map((form) => key.slice(0, hyphen + 1) + form)])].sort();
  const forms = new Set<string>([key]);
  // The transform methods cost microseconds a word; nlp(word).verbs().conjugate() ~25 ms.
  if (/^[a-z]+$/.test(key)) {
    const world = nlp().world() as unknown as { model: unknown; methods: { two: { transform: Transforms } } };
    const transform = world.methods.two.transform;
    const conj = transform.verb.conjugate(key, world.model);
    for (const [tense, form] of Object.entries(conj)) if (tense !== 'FutureTense' && form && !/\s/.test(form)) forms.add(form.toLowerCase());
    const plural = transform.noun.toPlural(key, world.model);
    if (plural && !/\s/.test(plural)) forms.add(plural.toLowerCase());
  }
  return [...forms].sort();
}

/** Inflections of words the generated table lacks (packs' own `word~` cues), bounded for a long-lived process. */
const inflectionCache = new CappedCache<string, readonly string[]>(5000);
/** A word with its inflections as verb (grant, grants, granted, granting) and noun (licence, licences). */
export function inflections(word: string): readonly string[] {
  const key = word.toLowerCase();
  // (Own properties only: every object has a "constructor".)
  return Object.hasOwn(INFLECTIONS, key) ? (INFLECTIONS[key] as readonly string[]) : inflectionCache.get(key, computeInflections);
}

/** True once compromise has been loaded in this process (for start-up tests). */
export function nlpLoaded(): boolean {
  return loaded !== null;
}

/** One modal construction: who shall / may / shall not do what. */
export interface ModalClause {
  /** Subject noun phrase as written ("Distributor", "Neither party"), or "" when none precedes the modal. */
  readonly subject: string;
  readonly modal: string;
  readonly negated: boolean;
  /** Infinitive of the main verb ("compete", "terminate"). */
  readonly verb: string;
}

// compromise's verb phrases, as far as modalClauses reads them. Its types describe `parse()` as object[] and
// leave out the world each view carries.
interface VerbView extends PhraseView {
  toView(): { json(opts: object): Array<{ text?: string }> };
  parse(): Array<{ root: RootView; negative: { found: boolean } }>;
  /** The phrase's terms (one list: a verb phrase is one match); a term split off a contraction has `implicit`. */
  readonly docs: ReadonlyArray<ReadonlyArray<{ readonly implicit?: string }>>;
}
interface PhraseView {
  not(match: string): PhraseView;
  last(): PhraseView;
  wordCount(): number;
  has(match: string): boolean;
  /** How many matches the view holds. */
  readonly length: number;
  readonly found: boolean;
}
interface RootView extends PhraseView {
  text(format: 'normal'): string;
  readonly docs: ReadonlyArray<ReadonlyArray<{ readonly tags: ReadonlySet<string> }>>;
  readonly model: unknown;
  readonly methods: { two: { transform: { verb: { toInfinitive(word: string, model: unknown, tense: string | undefined): string } } } };
}
interface VerbsView {
  map<T>(fn: (vb: VerbView) => T): T[];
  readonly found: boolean;
}

/**
 * The main verb of a verb phrase without contractions: compromise's own getMain (verbs/api/parse/root.js,
 * compromise 14), the root of `parse()`, with the same matches.
 */
function mainVerb(vb: PhraseView): PhraseView {
  let root = vb;
  if (vb.wordCount() > 1) root = vb.not('(#Negative|#Auxiliary|#Modal|#Adverb|#Prefix)');
  // (compromise falls back to the last word, sometimes.)
  if (root.length > 1 && !root.has('#Phrasal #Particle')) root = root.last();
  root = root.not('(want|wants|wanted) to');
  return root.found ? root : vb.not('#Negative');
}

const TENSES = ['Infinitive', 'Participle', 'PastTense', 'Gerund', 'PresentTense'];
/** The tense compromise reads a verb's root in ("Infinitive", "PastTense"...), as its verb JSON does. */
function rootTense(root: RootView): string | undefined {
  for (const tense of TENSES) if (root.has(`#${tense}`)) return tense;
  return undefined;
}
/**
 * rootTense of a root without contractions, from its terms' tags: what `has('#Tense')` matches (a term carrying the
 * tag), without parsing and running a match per tense.
 */
function rootTenseOfTerms(root: RootView): string | undefined {
  for (const tense of TENSES) if (root.docs.some((terms) => terms.some((t) => t.tags.has(tense)))) return tense;
  return undefined;
}

/** One verb phrase: its text, and, read only on demand, its infinitive and negation. */
interface VerbReading {
  readonly text: string;
  /** The root's infinitive and the phrase's negation; undefined when compromise finds no root. */
  verb(): { readonly infinitive: string; readonly negative: boolean } | undefined;
}

/**
 * Each verb phrase's text, infinitive and negation: the three fields of compromise's `verbs().json()` that
 * modalClauses reads, computed the way it computes them, without the rest of that JSON (a copy of every term
 * and its tags, and the grammar analysis of each phrase: most of the cost of a sentence). The infinitive and
 * negation are read only for the phrases whose reading modalClauses uses: a modal, and the main verb after one.
 * They are what compromise's `parse()` of the phrase reads (root and negative), found as it finds them: its
 * parse clones the whole document, expands contractions in the clone and reads adverbs, auxiliaries and
 * particles too (most of a phrase's cost), so a phrase with no contraction in it (nothing to expand: the
 * clone would be the document) is read in place; one with a contraction ("won't", "cannot") still goes
 * through parse(). Reading in place changes nothing (match, not and has only read).
 */
function verbReadings(verbs: VerbsView, inPlace: boolean): VerbReading[] {
  if (!verbs.found) return [];
  return verbs.map((vb) => {
    const text = vb.toView().json({ terms: false })[0]?.text as string;
    let read = false;
    let reading: { infinitive: string; negative: boolean } | undefined;
    return {
      text,
      verb: () => {
        if (read) return reading;
        read = true;
        let root: RootView;
        let negative: boolean;
        let tense: string | undefined;
        if (!inPlace || vb.docs.some((terms) => terms.some((t) => t.implicit !== undefined))) {
          const parsed = vb.parse()[0];
          if (!parsed) return undefined;
          root = parsed.root;
          negative = parsed.negative.found;
          tense = rootTense(root);
        } else {
          root = mainVerb(vb) as RootView;
          negative = vb.has('#Negative');
          tense = rootTenseOfTerms(root);
        }
        const infinitive = root.methods.two.transform.verb.toInfinitive(root.text('normal'), root.model, tense);
        reading = { infinitive, negative };
        return reading;
      },
    };
  });
}

const modalCache = new CappedCache<string, readonly ModalClause[]>(20_000);

/**
 * The modal constructions of one sentence. Negation covers "shall not", "may not", "agrees not to" and a
 * subject opened by "neither" / "no" ("Neither party shall solicit").
 */
export function modalClauses(sentence: string): readonly ModalClause[] {
  return modalCache.get(sentence, reader);
}

const readModalClauses = (sentence: string): readonly ModalClause[] => modalClausesOf(sentence, true);
let reader = readModalClauses;

/**
 * Reads sentences the cache lacks with `read` instead of compromise in this thread: the CLI's worker threads ask the
 * main thread (src/cli/modal-rpc.ts), so that a batch loads compromise (~0.2 s of CPU) and compiles its code once,
 * not once per worker. `read` must give what modalClauses would.
 */
export function readModalClausesWith(read: (sentence: string) => readonly ModalClause[]): void {
  reader = read;
}

/**
 * modalClauses without the cache; `inPlace` false reads every phrase through compromise's parse() (the way
 * before in-place reading, kept for the test that the two agree).
 */
export function modalClausesOf(sentence: string, inPlace: boolean): readonly ModalClause[] {
  const out: ModalClause[] = [];
  const doc = nlp()(sentence);
  // "shall not, directly or indirectly, compete": compromise reads "shall not" and "compete" as two verb
  // phrases; pair each modal with the next main verb.
  const verbs = verbReadings(doc.verbs() as unknown as VerbsView, inPlace);
  let pending: { modal: string; negated: boolean } | null = null;
  for (const v of verbs) {
    const text = v.text.toLowerCase().replace(/[^a-z' ]+/g, ' ').trim();
    const m = /^(shall|will|may|must|can|cannot|should|agrees?|covenants?|undertakes?)\b(.*)$/.exec(text);
    // A phrase that is no modal and follows none is not read (see verbReadings).
    if (!m && !pending) continue;
    const verb = v.verb();
    const inf = (verb?.infinitive ?? '').toLowerCase();
    if (m) {
      const negated = Boolean(verb?.negative) || /\bnot\b|n't|cannot/.test(text);
      const rest = (m[2] ?? '').replace(/\b(not|to|be|hereby|directly|indirectly|or|and)\b/g, ' ').trim();
      if (rest && inf && inf !== m[1]) out.push({ subject: '', modal: m[1] ?? '', negated, verb: inf });
      else pending = { modal: m[1] ?? '', negated };
    } else if (pending && inf) {
      out.push({ subject: '', modal: pending.modal, negated: pending.negated, verb: inf });
      pending = null;
    }
  }
  // Subject: the words before the first modal; "neither"/"no" there negates the whole construction.
  const first = /\b(shall|will|may|must|can|cannot|should|agrees?|covenants?|undertakes?)\b/i.exec(sentence);
  const subject = first ? sentence.slice(0, first.index).replace(/\s+/g, ' ').trim().split(/[,;:]/).pop()?.trim() ?? '' : '';
  const subjectNegates = /^(neither|no|none)\b/i.test(subject);
  return out.map((c) => ({ ...c, subject: subject.slice(-60), negated: c.negated || subjectNegates }));
}

/** Every `word~` of these clause types' cues (headings, phrases, negatives, requires, modal verbs), sorted. */
export function inflectionWords(types: ReadonlyArray<{ headings: Record<string, number>; phrases: Record<string, number>; negatives: Record<string, number>; requires: readonly string[]; modal: ReadonlyArray<{ verbs: string }>; frames?: ReadonlyArray<{ act: string; object: readonly string[] }> }>): string[] {
  const words = new Set<string>();
  for (const t of types) {
    const patterns = [...Object.keys(t.headings), ...Object.keys(t.phrases), ...Object.keys(t.negatives), ...t.requires, ...t.modal.map((m) => m.verbs),
      ...(t.frames ?? []).flatMap((f) => [f.act, ...f.object])];
    for (const p of patterns) for (const m of p.matchAll(/([A-Za-z0-9'’-]+)~/g)) words.add((m[1] as string).toLowerCase());
  }
  // The shared word classes' words (word-classes.ts), which the cues name only as "@class".
  for (const p of Object.values(WORD_CLASSES)) for (const m of p.matchAll(/([A-Za-z0-9'’-]+)~/g)) words.add((m[1] as string).toLowerCase());
  return [...words].sort();
}

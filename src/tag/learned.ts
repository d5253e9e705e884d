// The learned part of the tagger: per-type logistic models over general linguistic features of a clause,
// stacked on the hand-written evidence (taxonomy.ts). The weights are data (learned.generated.ts), estimated
// from the CUAD dev split by scripts/tag-train.mjs, which extracts features with THIS module (through
// dist/), so training and tagging see identical features.
//
// Features of a clause (strings; the model keeps only those seen in enough contracts):
//   stem            light stems of the clause's own words, stop words left out ("terminat", "royalti")
//   stem stem       adjacent stems (stop words skipped): "purchase order", "first refus"
//   h:stem, h:a b   the same for the clause's own heading; s:... for its section's heading
//   m:CLS:verb      modal structure: CLS is "not" (shall not / may not / neither party shall), "may"
//                   (may / can) or "shall" (shall / will / must / agrees to), verb the stem that follows
//   #num #money #pct  shapes of figures ("thirty (30) days" -> "#num #num day"); PARTY a party's own
//                   short name from the preamble (a company's name says nothing about the clause type)
//   DEF             the clause only defines a term ("X" means ...)
// plus one real-valued input per type, the hand evidence's strength for that type.

/** Bumped whenever the features change; learned.generated.ts records the version it was trained with. */
export const FEATURE_SET_VERSION = 1;

export interface LearnedTypeData {
  readonly bias: number;
  /** Weight of the hand evidence's strength for the type (as log-odds, see handInput). */
  readonly hand: number;
  readonly weights: Readonly<Record<string, number>>;
}
export interface LearnedData {
  readonly featureSet: number;
  /** The training script's cross-validated check (document-level macro-F1) that decided whether words ship. */
  readonly crossValidation?: { readonly learned: number; readonly hand: number; readonly enabled: boolean };
  readonly types: Readonly<Record<string, LearnedTypeData>>;
}

const STOP = new Set([
  'the', 'a', 'an', 'of', 'to', 'and', 'or', 'in', 'on', 'at', 'by', 'for', 'with', 'as', 'is', 'are', 'be', 'been', 'was',
  'this', 'that', 'these', 'those', 'its', 'it', 'such', 'which', 'from', 'into', 'upon', 'herein', 'hereof', 'hereunder',
  'thereof', 'shall', 'will', 'any', 'all', 'each', 'other', 'than', 'if', 'so', 'has', 'have', 'their', 'his', 'her',
  's', // of "Licensee's"
]);
const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million',
]);
/** Role words name a party by its function; they are informative, so never folded into PARTY. */
const ROLE_WORDS = new Set([
  'licensee', 'licensor', 'licensees', 'licensors', 'company', 'distributor', 'supplier', 'customer', 'client', 'vendor',
  'buyer', 'seller', 'purchaser', 'manufacturer', 'reseller', 'consultant', 'contractor', 'agent', 'party', 'parties',
  'provider', 'franchisee', 'franchisor', 'employee', 'employer', 'member', 'owner', 'sponsor', 'partner', 'affiliate',
]);

const MODAL_CLASS = new Map([
  ['shall', 'shall'], ['will', 'shall'], ['must', 'shall'], ['agree', 'shall'], ['covenant', 'shall'], ['undertak', 'shall'],
  ['may', 'may'], ['can', 'may'], ['cannot', 'not'],
]);

/** A light suffix stripper: terminate / terminated / terminating -> "terminat"; royalties -> "royalti". */
export function stem(word: string): string {
  let w = word;
  if (NUMBER_WORDS.has(w)) w = '#num';
  else if (w === 'percent') w = '#pct';
  else if (w === 'dollar' || w === 'dollars') w = '#money';
  else if (w.length > 3) {
    if (w.endsWith('ies')) w = `${w.slice(0, -3)}i`;
    else if (w.endsWith('sses')) w = w.slice(0, -2);
    else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
    if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
    else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
    if (w.length > 4 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
    if (w.endsWith('y')) w = `${w.slice(0, -1)}i`;
  }
  return w;
}

// Compared with stems (tokens are stemmed): "directly" is "directli".
/** Between a modal and its verb: negation, adverbs, coordination ("shall not directly or indirectly sell"). */
const BETWEEN = new Set(['not', 'directly', 'indirectly', 'or', 'and', 'also', 'hereby', 'only', 'to', 'be', 'either', 'itself', 'in', 'any', 'way', 'manner', 'at', 'time', 'otherwise', 'further', 'nor', 'never', 'thereafter', 'immediately', 'promptly', 'then'].map(stem));
const NEGATORS = new Set(['not', 'never', 'nor', 'cannot'].map(stem));
const SUBJECT_NEGATORS = new Set(['neither', 'no', 'none'].map(stem));

/** What the whole document contributes: the parties' own short names (from the preamble's definitions). */
export interface DocumentContext { readonly aliases: ReadonlySet<string> }

const ALIAS = /\(\s*(?:the\s+|each\s+a\s+|hereinafter(?:\s+referred\s+to\s+as)?\s+)?["“]([A-Z][A-Za-z&-]{1,30})["”]/g;
export function documentContext(text: string): DocumentContext {
  const aliases = new Set<string>();
  const head = text.slice(0, 5000);
  for (const m of head.matchAll(ALIAS)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!ROLE_WORDS.has(name) && !STOP.has(name)) aliases.add(name);
  }
  return { aliases };
}

/**
 * A word as the features see it: its stem, whether it is a stop word, and (for the model last asked
 * about) whether it can be a unigram feature or a bigram's first or second word. Cached per spelling, so
 * a word is stemmed and looked up once, not at every occurrence.
 */
interface Word {
  readonly spelling: string;
  readonly stem: string;
  readonly stop: boolean;
  filter: FeatureFilter | undefined;
  unigram: boolean;
  first: boolean;
  second: boolean;
}
const newWord = (s: string, spelling = s): Word => ({ spelling, stem: s, stop: STOP.has(s), filter: undefined, unigram: true, first: true, second: true });
const SHAPES = { num: newWord('#num'), money: newWord('#money'), pct: newWord('#pct'), party: newWord('PARTY') };

// Words by spelling in an open-addressing table keyed by a hash computed while scanning, so looking a
// word up allocates nothing (no substring, no Map key): the scan of every clause's every word is the
// learned component's main cost.
const TABLE_SIZE = 1 << 17;
let table: Array<Word | undefined> = new Array<Word | undefined>(TABLE_SIZE);
let tableCount = 0;
function wordAt(lower: string, start: number, end: number, hash: number): Word {
  for (let i = hash & (TABLE_SIZE - 1); ; i = (i + 1) & (TABLE_SIZE - 1)) {
    const w = table[i];
    if (w === undefined) {
      if (tableCount > TABLE_SIZE * 0.6) { table = new Array<Word | undefined>(TABLE_SIZE); tableCount = 0; return wordAt(lower, start, end, hash); }
      const spelling = lower.slice(start, end);
      const word = newWord(stem(spelling), spelling);
      table[i] = word;
      tableCount++;
      return word;
    }
    if (w.spelling.length === end - start && lower.startsWith(w.spelling, start)) return w;
  }
}
function flagsFor(w: Word, filter: FeatureFilter): Word {
  if (w.filter !== filter) {
    w.filter = filter;
    w.unigram = filter.features.has(w.stem);
    w.first = filter.bigramFirst.has(w.stem);
    w.second = filter.bigramSecond.has(w.stem);
  }
  return w;
}

/**
 * The clause's words as Words: runs of a-z (after lower-casing), figures (digits with inner "." or ",")
 * as #num, "$" as #money, "%" as #pct. A character scan: no match object per word.
 */
function tokens(text: string, doc: DocumentContext): Word[] {
  const lower = text.toLowerCase();
  const out: Word[] = [];
  const n = lower.length;
  const aliases = doc.aliases.size > 0 ? doc.aliases : null;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      const start = i;
      let hash = c;
      for (i++; i < n; i++) {
        const d = lower.charCodeAt(i);
        if (d < 97 || d > 122) break;
        hash = (Math.imul(hash, 31) + d) | 0;
      }
      const w = wordAt(lower, start, i, hash ^ (hash >>> 15));
      out.push(aliases?.has(w.spelling) ? SHAPES.party : w);
    } else if (c >= 48 && c <= 57) {
      do i++; while (i < n && (isDigit(lower.charCodeAt(i)) || ((lower.charCodeAt(i) === 46 || lower.charCodeAt(i) === 44) && isDigit(lower.charCodeAt(i + 1)))));
      out.push(SHAPES.num);
    } else {
      if (c === 36) out.push(SHAPES.money);
      else if (c === 37) out.push(SHAPES.pct);
      i++;
    }
  }
  return out;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The features a model has weights for, so tagging builds only those (a bigram's string only when both
 * of its words can start and end one): the same features as without it, less those the model ignores.
 */
export interface FeatureFilter {
  readonly features: ReadonlySet<string>;
  /** "prefix+first word" of every bigram feature, and its second words. */
  readonly bigramFirst: ReadonlySet<string>;
  readonly bigramSecond: ReadonlySet<string>;
}

export function featureFilter(features: Iterable<string>): FeatureFilter {
  const set = new Set(features);
  const bigramFirst = new Set<string>();
  const bigramSecond = new Set<string>();
  for (const f of set) {
    const space = f.indexOf(' ');
    if (space < 0) continue;
    bigramFirst.add(f.slice(0, space));
    bigramSecond.add(f.slice(space + 1));
  }
  return { features: set, bigramFirst, bigramSecond };
}

function addWords(out: Set<string>, toks: readonly Word[], prefix: string, filter: FeatureFilter | undefined): void {
  if (prefix === '' && filter) {
    // The body's words, the bulk of the work: flags instead of strings; a bigram is built only when
    // both of its words can be part of one of the model's bigrams.
    let prev: Word | null = null;
    for (const t of toks) {
      if (t.stop) continue;
      flagsFor(t, filter);
      if (t.unigram) out.add(t.stem);
      if (prev !== null && prev.first && t.second) {
        const bi = `${prev.stem} ${t.stem}`;
        if (filter.features.has(bi)) out.add(bi);
      }
      prev = t;
    }
    return;
  }
  let prev: string | null = null;
  for (const t of toks) {
    if (t.stop) continue;
    const uni = prefix + t.stem;
    if (!filter || filter.features.has(uni)) out.add(uni);
    if (prev !== null && (!filter || (filter.bigramFirst.has(prev) && filter.bigramSecond.has(t.stem)))) {
      const bi = `${prev} ${t.stem}`;
      if (!filter || filter.features.has(bi)) out.add(bi);
    }
    prev = uni;
  }
}

function addModals(out: Set<string>, toks: readonly Word[], filter: FeatureFilter | undefined): void {
  for (let i = 0; i < toks.length; i++) {
    const cls = MODAL_CLASS.get((toks[i] as Word).stem);
    if (cls === undefined) continue;
    let negated = cls === 'not';
    for (let k = Math.max(0, i - 4); k < i; k++) if (SUBJECT_NEGATORS.has((toks[k] as Word).stem)) negated = true;
    let j = i + 1;
    for (; j < toks.length && j <= i + 6 && BETWEEN.has((toks[j] as Word).stem); j++) if (NEGATORS.has((toks[j] as Word).stem)) negated = true;
    const verb = toks[j]?.stem;
    if (verb === undefined || verb.charCodeAt(0) === 35 || verb === 'PARTY' || STOP.has(verb) || MODAL_CLASS.has(verb)) continue;
    const feature = `m:${negated ? 'not' : cls}:${verb}`;
    if (!filter || filter.features.has(feature)) out.add(feature);
  }
}

export interface ClauseText {
  /** The clause's own text (without its children). */
  readonly body: string;
  readonly heading: string | null;
  readonly section: string | null;
  /** The clause only defines a term. */
  readonly definition: boolean;
}

/** The features of one clause, each once, in a deterministic order; with a filter, only those it holds. */
export function clauseFeatures(clause: ClauseText, doc: DocumentContext, filter?: FeatureFilter): string[] {
  const out = new Set<string>();
  const body = tokens(clause.body, doc);
  addWords(out, body, '', filter);
  addModals(out, body, filter);
  if (clause.heading) addWords(out, tokens(clause.heading, doc), 'h:', filter);
  if (clause.section && clause.section !== clause.heading) addWords(out, tokens(clause.section, doc), 's:', filter);
  if (clause.definition && (!filter || filter.features.has('DEF'))) out.add('DEF');
  return [...out];
}

/** A feature as a reader would want it in a tag's cues. */
export function describeFeature(feature: string): string {
  if (feature === 'DEF') return 'definition';
  if (feature.startsWith('h:')) return `heading "${feature.slice(2)}"`;
  if (feature.startsWith('s:')) return `section "${feature.slice(2)}"`;
  if (feature.startsWith('m:')) return `modal "${feature.slice(2).replace(':', ' ')}"`;
  return `"${feature}"`;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
/**
 * The hand strength as the model's input: its log-odds (clamped), so that weight 1 and bias 0 give back
 * the hand strength itself; the learned words then correct the hand evidence rather than replace it.
 */
export function handInput(strength: number): number {
  const s = Math.min(0.995, Math.max(0.005, strength));
  return Math.log(s / (1 - s));
}

/** The learned weights in lookup form: one Map lookup per clause feature. */
export class LearnedModel {
  readonly types: readonly string[];
  private readonly bias: Float64Array;
  private readonly hand: Float64Array;
  /** Per feature, the types it weighs and the weights (parallel arrays). */
  private readonly byFeature = new Map<string, { readonly types: Int32Array; readonly weights: Float64Array }>();
  /** False when every type keeps the hand evidence alone: then no clause's features need extracting. */
  readonly hasWords: boolean;
  /** Per type: whether it has word weights (a type without keeps the hand evidence alone). */
  readonly worded: readonly boolean[];
  /** The features with a weight (see FeatureFilter). */
  readonly filter: FeatureFilter;

  constructor(data: LearnedData) {
    if (data.featureSet !== FEATURE_SET_VERSION) throw new Error(`learned weights use feature set ${data.featureSet}, the tagger extracts ${FEATURE_SET_VERSION}: rerun scripts/tag-train.mjs`);
    this.types = Object.keys(data.types).sort();
    this.bias = new Float64Array(this.types.length);
    this.hand = new Float64Array(this.types.length);
    const lists = new Map<string, Array<[number, number]>>();
    this.types.forEach((id, t) => {
      const d = data.types[id] as LearnedTypeData;
      this.bias[t] = d.bias;
      this.hand[t] = d.hand;
      for (const [f, w] of Object.entries(d.weights)) {
        const list = lists.get(f);
        if (list) list.push([t, w]);
        else lists.set(f, [[t, w]]);
      }
    });
    for (const [f, list] of lists) this.byFeature.set(f, { types: Int32Array.from(list, ([t]) => t), weights: Float64Array.from(list, ([, w]) => w) });
    this.hasWords = this.byFeature.size > 0;
    this.worded = this.types.map((id) => Object.keys((data.types[id] as LearnedTypeData).weights).length > 0);
    this.filter = featureFilter(this.byFeature.keys());
  }

  /** Log-odds per type (index into `types`) for a clause's features and its hand evidence strengths. */
  logits(features: readonly string[], hand: ArrayLike<number>): Float64Array {
    const z = new Float64Array(this.types.length);
    for (let t = 0; t < z.length; t++) z[t] = (this.bias[t] as number) + (this.hand[t] as number) * handInput(hand[t] as number);
    for (const f of features) {
      const entry = this.byFeature.get(f);
      if (!entry) continue;
      const { types, weights } = entry;
      for (let k = 0; k < types.length; k++) { const t = types[k] as number; z[t] = (z[t] as number) + (weights[k] as number); }
    }
    return z;
  }

  /** The features that raise type t most for this clause, strongest first. */
  topFeatures(features: readonly string[], t: number, n: number): Array<{ feature: string; weight: number }> {
    const out: Array<{ feature: string; weight: number }> = [];
    for (const f of features) {
      const entry = this.byFeature.get(f);
      if (!entry) continue;
      for (let k = 0; k < entry.types.length; k++) {
        const w = entry.weights[k] as number;
        if (entry.types[k] === t && w > 0) out.push({ feature: f, weight: w });
      }
    }
    return out.sort((a, b) => b.weight - a.weight || a.feature.localeCompare(b.feature)).slice(0, n);
  }
}

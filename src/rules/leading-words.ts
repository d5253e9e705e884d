// Where can a match of a pattern start? For most pack patterns every alternative opens with `\b` and a
// literal word ("\b(?:shall|will)\s+not\b..."), so every match starts at the start of a word that begins with
// one of a few literals. A document scan then only has to try the pattern at those word starts (found in a
// per-document index) instead of at every character: the regex engine's own scan of the whole text is what
// dominated the rules stage. The analysis is conservative: any construct it does not understand yields null
// ("a match may start anywhere"), and the caller scans the whole text as before.

import { isBlankChar } from '../clauses/blocks.js';

/** A parsed pattern: just enough structure to know how matches begin. */
type Atom =
  | { readonly t: 'char'; readonly c: string }
  | { readonly t: 'set'; readonly chars: readonly string[] }
  | { readonly t: 'opaque' } // consumes something we do not enumerate (\w, ., big classes, back-references)
  | { readonly t: 'nonword' } // consumes one character that is not a word character (\W)
  | { readonly t: 'space' } // consumes one white-space character (\s): not a word character either
  | { readonly t: 'boundary' } // \b
  | { readonly t: 'zero' } // other zero-width assertions: lookarounds, \B, $
  | { readonly t: 'start' } // ^
  | { readonly t: 'group'; readonly alts: readonly Node[][] };
interface Node {
  readonly atom: Atom;
  readonly min: number;
  readonly max: number;
}

class Unsupported extends Error {}

const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S']);
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
/** Small character classes ([cs], [- ], [ey]) are enumerated; bigger ones are opaque. */
const MAX_SET = 6;
const DIGITS = [...'0123456789'];

class Parser {
  i = 0;
  constructor(private readonly src: string) {}

  alternation(): Node[][] {
    const alts: Node[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Node[] {
    const nodes: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const { min, max } = this.quantifier();
      nodes.push({ atom, min, max });
    }
    return nodes;
  }

  private atom(): Atom {
    const src = this.src;
    const ch = src[this.i] as string;
    if (ch === '(') {
      this.i++;
      let zeroWidth = false;
      if (src[this.i] === '?') {
        const next = src[this.i + 1];
        if (next === ':') this.i += 2;
        else if (next === '=' || next === '!') {
          zeroWidth = true;
          this.i += 2;
        } else if (next === '<' && (src[this.i + 2] === '=' || src[this.i + 2] === '!')) {
          zeroWidth = true;
          this.i += 3;
        } else if (next === '<') {
          const end = src.indexOf('>', this.i);
          if (end < 0) throw new Unsupported();
          this.i = end + 1;
        } else throw new Unsupported();
      }
      const alts = this.alternation();
      if (src[this.i] !== ')') throw new Unsupported();
      this.i++;
      return zeroWidth ? { t: 'zero' } : { t: 'group', alts };
    }
    if (ch === '[') return this.charClass();
    if (ch === '\\') {
      const e = src[this.i + 1];
      if (e === undefined) throw new Unsupported();
      this.i += 2;
      if (e === 'b') return { t: 'boundary' };
      if (e === 'B') return { t: 'zero' };
      if (e === 's') return { t: 'space' };
      if (e === 'W') return { t: 'nonword' };
      if (e === 'd') return { t: 'set', chars: DIGITS };
      if (CLASS_ESCAPES.has(e)) return { t: 'opaque' };
      if (e in CONTROL && !(e === '0' && /[0-9]/.test(src[this.i] ?? ''))) return { t: 'char', c: CONTROL[e] as string };
      const code = this.hexEscape(e);
      if (code !== null) return { t: 'char', c: code };
      // A numbered back-reference (f63a2f9's "made by X ... belong to X") consumes what its group took: perhaps
      // nothing, perhaps anything. Only where matches start matters here, so it is read as exactly that.
      if (/[1-9]/.test(e)) {
        while (/[0-9]/.test(src[this.i] ?? '')) this.i++;
        return { t: 'group', alts: [[], [{ atom: { t: 'opaque' }, min: 1, max: 1 }]] };
      }
      if (/[A-Za-z0-9]/.test(e)) throw new Unsupported(); // \c, \k, \u{...}: not worth knowing
      return { t: 'char', c: e };
    }
    if (ch === '.') {
      this.i++;
      return { t: 'opaque' };
    }
    if (ch === '^') {
      this.i++;
      return { t: 'start' };
    }
    if (ch === '$') {
      this.i++;
      return { t: 'zero' };
    }
    if (ch === '*' || ch === '+' || ch === '?' || ch === ']' || ch === '}') throw new Unsupported();
    if (ch === '{' && /^\{\d+(?:,\d*)?\}/.test(src.slice(this.i))) throw new Unsupported(); // a quantifier with nothing to repeat
    this.i++;
    return { t: 'char', c: ch };
  }

  private charClass(): Atom {
    const src = this.src;
    this.i++;
    // Negated classes, and [^] and [] (in JavaScript, ] right after [ closes the class), are opaque.
    const negated = src[this.i] === '^';
    if (negated) this.i++;
    const chars: string[] = [];
    let opaque = negated;
    while (this.i < src.length && src[this.i] !== ']') {
      let c: string | null = src[this.i] as string;
      this.i++;
      if (c === '\\') c = this.classEscape();
      if (c === null) {
        opaque = true; // \w, \d, \s ...
        continue;
      }
      if (src[this.i] === '-' && this.i + 1 < src.length && src[this.i + 1] !== ']') {
        // A range: enumerate small ones.
        this.i++;
        let hi: string | null = src[this.i] as string;
        this.i++;
        if (hi === '\\') hi = this.classEscape();
        if (hi === null) throw new Unsupported();
        const lo = c.charCodeAt(0);
        const top = hi.charCodeAt(0);
        if (top < lo) throw new Unsupported();
        if (top - lo >= MAX_SET) opaque = true;
        else for (let k = lo; k <= top; k++) chars.push(String.fromCharCode(k));
        continue;
      }
      chars.push(c);
    }
    if (src[this.i] !== ']') throw new Unsupported();
    this.i++;
    return opaque || chars.length > MAX_SET || chars.length === 0 ? { t: 'opaque' } : { t: 'set', chars: [...new Set(chars)] };
  }

  /** After a backslash inside a class (consumed): the one character it stands for, or null for many (\\w, \\d...). */
  private classEscape(): string | null {
    const e = this.src[this.i];
    if (e === undefined) throw new Unsupported();
    this.i++;
    const code = this.hexEscape(e);
    if (code !== null) return code;
    if (e === 'u' || e === 'x' || (e === '0' && /[0-9]/.test(this.src[this.i] ?? ''))) throw new Unsupported();
    if (e in CONTROL) return CONTROL[e] as string;
    return /[A-Za-z0-9]/.test(e) ? null : e;
  }

  /** After `\\u` or `\\x` (already consumed): the character of \\uXXXX or \\xXX, consuming its digits; null otherwise. */
  private hexEscape(e: string): string | null {
    const digits = e === 'u' ? 4 : e === 'x' ? 2 : 0;
    if (digits === 0) return null;
    const hex = this.src.slice(this.i, this.i + digits);
    if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(hex)) return null;
    this.i += digits;
    return String.fromCharCode(parseInt(hex, 16));
  }

  private quantifier(): { min: number; max: number } {
    const src = this.src;
    const ch = src[this.i];
    let q: { min: number; max: number };
    if (ch === '?') q = { min: 0, max: 1 };
    else if (ch === '*') q = { min: 0, max: Infinity };
    else if (ch === '+') q = { min: 1, max: Infinity };
    else if (ch === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(this.i));
      if (!m) return { min: 1, max: 1 };
      const min = Number(m[1]);
      q = { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity };
      this.i += m[0].length - 1;
    } else return { min: 1, max: 1 };
    this.i++;
    if (src[this.i] === '?') this.i++; // lazy: the same places can match
    return q;
  }
}

/** A possible beginning of a match: the literal text it starts with; `open` while later atoms may extend it. */
interface Partial {
  readonly text: string;
  readonly open: boolean;
  /** A `\b` came before the first character. */
  readonly bounded: boolean;
  /** The character after `text` is not a word character (or the text ends there). */
  readonly wordEnd: boolean;
}

/** Beyond this many alternative beginnings, stop extending them (they stay correct, only shorter). */
const MAX_PARTIALS = 64;
/** Literals longer than this add nothing to the lookup. */
const MAX_LITERAL = 12;
/** Literals found with indexOf (not at word starts): a few rare characters ("$", "[") pay, many common words do not. */
const MAX_ANYWHERE = 8;

/** A partial (one object shape for all of them: this runs for every pattern a document scans). */
const partial = (text: string, open: boolean, bounded: boolean, wordEnd: boolean): Partial => ({ text, open, bounded, wordEnd });
const close = (p: Partial): Partial => (p.open ? partial(p.text, false, p.bounded, p.wordEnd) : p);

function closed(ps: readonly Partial[]): Partial[] {
  return ps.map(close);
}

/** The beginnings after matching `seq` from each of `from`. */
function sequence(seq: readonly Node[], from: readonly Partial[]): Partial[] {
  let ps = [...from];
  for (const node of seq) {
    if (!ps.some((p) => p.open)) break;
    const next: Partial[] = [];
    for (const p of ps) {
      if (!p.open) next.push(p);
      else next.push(...repeated(node, p));
    }
    ps = next.length > MAX_PARTIALS ? closed(next) : next;
  }
  return ps;
}

function repeated(node: Node, p: Partial): Partial[] {
  if (node.max === 0) return [p];
  if (node.atom.t === 'space' && node.min === 1 && node.max === Infinity && p.text !== '' && !p.text.endsWith(SPACE_RUN)) {
    // \s+ after a literal: the literal goes on past the run of white space ("shall\s+not").
    const text = p.text + SPACE_RUN;
    return [partial(text, text.length < MAX_LITERAL, p.bounded, false)];
  }
  if (node.atom.t === 'char' && node.min > 1) {
    // _{4,}, \.{6,}: the literal holds the minimum run.
    let q = p;
    for (let k = 0; k < node.min && q.open; k++) q = extend(q, node.atom.c);
    return node.max > node.min ? closed([q]) : [q];
  }
  const once = single(node.atom, p);
  // x{2,}, x+, x*: after the first one, more may follow; the literal stops there.
  const taken = node.max > 1 ? closed(once) : once;
  return node.min === 0 ? [p, ...taken] : taken;
}

const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const endsInWord = (s: string) => s.length > 0 && isWordCode(s.charCodeAt(s.length - 1));

function single(atom: Atom, p: Partial): Partial[] {
  switch (atom.t) {
    case 'char':
      return [extend(p, atom.c)];
    case 'set':
      return atom.chars.map((c) => extend(p, c));
    case 'opaque':
      return [close(p)];
    case 'nonword':
    case 'space':
      // After a word character, the word ends here.
      return [partial(p.text, false, p.bounded, p.wordEnd || endsInWord(p.text))];
    case 'boundary':
      // At the start: the match starts a word. After a word character: the word ends here.
      if (p.text === '') return [partial(p.text, p.open, true, p.wordEnd)];
      return endsInWord(p.text) ? [partial(p.text, false, p.bounded, true)] : [p];
    case 'zero':
      return [p];
    case 'start':
      // ^ without the m flag: only offset 0; treat the beginning as unknown.
      return [close(p)];
    case 'group':
      return atom.alts.flatMap((alt) => sequence(alt, [p]));
  }
}

function extend(p: Partial, c: string): Partial {
  // After a run of white space only what cannot be white space continues the literal: the run is read whole.
  if (c === SPACE_RUN || (p.text.endsWith(SPACE_RUN) && isBlankChar(c.charCodeAt(0)))) return close(p);
  const text = p.text + c;
  return partial(text, text.length < MAX_LITERAL, p.bounded, p.wordEnd);
}

/**
 * In a literal, a run of one or more white-space characters (\s+): the literal goes on after the whole run. A control
 * character no pack pattern uses; a pattern that spells it gets no literal past it.
 */
export const SPACE_RUN = '\u0001';

/**
 * A literal every match of some alternative starts with, at a word start; `wordEnd`: the word is exactly `text`
 * (its last word, after a SPACE_RUN; never when `text` ends in one).
 */
export interface WordLiteral {
  readonly text: string;
  readonly wordEnd: boolean;
}

/** Where matches of a pattern can start: at word starts with one of `words`, or wherever one of `anywhere` (no SPACE_RUN) occurs. */
export interface Leading {
  readonly words: readonly WordLiteral[];
  readonly anywhere: readonly string[];
}

/**
 * Where every match of `src` (flags g or y only: no i, m, s, u) can start, or null when some match might start
 * anywhere. Sorted, without duplicates or literals that another one of the list begins.
 */
export function leadingWords(src: string): Leading | null {
  let alts: Node[][];
  try {
    const parser = new Parser(src);
    alts = parser.alternation();
    if (parser.i !== src.length) return null;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  const start = partial('', true, false, false);
  const ends = alts.flatMap((alt) => sequence(alt, [start]));
  const words = new Map<string, WordLiteral>();
  const anywhere = new Set<string>();
  for (const p of ends) {
    const w = { text: p.text, wordEnd: p.wordEnd };
    if (p.bounded && isWordCode(p.text.charCodeAt(0))) words.set(`${w.wordEnd ? '$' : '^'}${w.text}`, w);
    else {
      // indexOf finds literals as written: up to the first run of white space.
      const run = p.text.indexOf(SPACE_RUN);
      const text = run < 0 ? p.text : p.text.slice(0, run);
      if (text.length >= 3 || (text.length > 0 && !isWordCode(text.charCodeAt(0)))) anywhere.add(text);
      else return null;
    }
  }
  // "licen" covers "licence" and "license": keep the shortest of each family.
  const sorted = [...words.values()].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : Number(a.wordEnd) - Number(b.wordEnd)));
  const kept = sorted.filter((w, i) => !sorted.slice(0, i).some((v) => !v.wordEnd && w.text.startsWith(v.text)));
  const lits = [...anywhere].sort();
  const keptLits = lits.filter((w, i) => !lits.slice(0, i).some((v) => w.startsWith(v)));
  return keptLits.length > MAX_ANYWHERE ? null : { words: kept, anywhere: keptLits };
}

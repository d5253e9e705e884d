// Required literals of a regular expression, as an and/or tree of words that every match contains
// (e.g. `shall not ... (manufactur|produc) ... more than` needs "shall" and "not" and one of
// "manufactur"/"produc" and "more"). A document that cannot satisfy the tree cannot match, so the
// comparatively slow regex scan is skipped; `String.includes` runs at memory speed. The analysis is
// conservative: a construct it does not understand yields null ("anything may match"), never a wrong skip.

export type Requirement =
  | { readonly word: string }
  | { readonly and: readonly Requirement[] }
  | { readonly or: readonly Requirement[] };
/** What every match contains, or null when nothing is known. */
export type Required = Requirement | null;

const MIN_WORD = 3;

interface Cursor {
  readonly src: string;
  i: number;
}

/** Parse `{n}`, `{n,}`, `{n,m}` at the cursor; returns the minimum or null if it is not a quantifier. */
function braces(c: Cursor): number | null {
  const m = /^\{(\d+)(?:,(\d*))?\}/.exec(c.src.slice(c.i));
  if (!m) return null;
  c.i += m[0].length;
  return Number(m[1]);
}

/** Minimum repetitions of the quantifier at the cursor (1 when there is none); consumes it and a lazy `?`. */
function quantifier(c: Cursor): number {
  const ch = c.src[c.i];
  let min = 1;
  if (ch === '?' || ch === '*') {
    min = 0;
    c.i++;
  } else if (ch === '+') c.i++;
  else if (ch === '{') {
    const n = braces(c);
    if (n === null) return 1;
    min = n;
  } else return 1;
  if (c.src[c.i] === '?') c.i++;
  return min;
}


const LITERAL_ESCAPES = new Set('.-/()[]{}|?*+\\^$\'"` ,:;!@#%&=<>~'.split(''));

/** One alternative: a sequence of atoms up to `|`, `)` or the end. */
function sequence(c: Cursor): Required {
  const parts: Requirement[] = [];
  let run = '';
  const close = () => {
    if (run.length >= MIN_WORD) parts.push({ word: run });
    run = '';
  };
  // A literal character (already consumed); its quantifier decides whether it stays in the run.
  const literal = (ch: string) => {
    const before = c.i;
    const min = quantifier(c);
    if (c.i === before) run += ch;
    else {
      if (min >= 1) run += ch; // x+ or x{2,}: at least one x, but the run cannot continue reliably
      close();
    }
  };
  while (c.i < c.src.length) {
    const ch = c.src[c.i] as string;
    if (ch === '|' || ch === ')') break;
    if (ch === '(') {
      close();
      c.i++;
      let lookaround = false;
      if (c.src[c.i] === '?') {
        const next = c.src[c.i + 1];
        if (next === ':') c.i += 2;
        else if (next === '=' || next === '!') {
          lookaround = true;
          c.i += 2;
        } else if (next === '<' && (c.src[c.i + 2] === '=' || c.src[c.i + 2] === '!')) {
          lookaround = true;
          c.i += 3;
        } else if (next === '<') {
          const end = c.src.indexOf('>', c.i);
          if (end < 0) return null;
          c.i = end + 1; // named group
        } else return null; // modifiers or anything unknown
      }
      const inner = alternation(c);
      if (c.src[c.i] !== ')') return null;
      c.i++;
      const min = quantifier(c);
      if (!lookaround && min >= 1 && inner) parts.push(inner);
      continue;
    }
    if (ch === '[') {
      close();
      c.i++;
      if (c.src[c.i] === '^') c.i++;
      if (c.src[c.i] === ']') c.i++;
      while (c.i < c.src.length && c.src[c.i] !== ']') c.i += c.src[c.i] === '\\' ? 2 : 1;
      if (c.i >= c.src.length) return null;
      c.i++;
      quantifier(c);
      continue;
    }
    if (ch === '\\') {
      const e = c.src[c.i + 1];
      if (e === undefined) return null;
      if (LITERAL_ESCAPES.has(e)) {
        c.i += 2;
        literal(e);
        continue;
      }
      // Classes (\w \s \d ...), assertions (\b), references and code escapes: not literal.
      close();
      c.i += 2;
      if (e === 'u') c.i += c.src[c.i] === '{' ? Math.max(0, c.src.indexOf('}', c.i) - c.i + 1) : 4;
      else if (e === 'x') c.i += 2;
      else if (e === 'c') c.i += 1;
      else if (e === 'k' && c.src[c.i] === '<') c.i = c.src.indexOf('>', c.i) + 1;
      else if (/[0-9]/.test(e)) while (/[0-9]/.test(c.src[c.i] ?? '')) c.i++;
      quantifier(c);
      continue;
    }
    if (ch === '.' || ch === '^' || ch === '$') {
      close();
      c.i++;
      quantifier(c);
      continue;
    }
    if (ch === '*' || ch === '+' || ch === '?') return null; // a quantifier with nothing to repeat
    c.i++;
    literal(ch);
  }
  close();
  return parts.length === 0 ? null : parts.length === 1 ? (parts[0] as Requirement) : { and: parts };
}

/** Alternatives separated by `|`: a match satisfies whichever alternative matched. */
function alternation(c: Cursor): Required {
  const alternatives: Requirement[] = [];
  let known = true;
  for (;;) {
    const r = sequence(c);
    if (r) alternatives.push(r);
    else known = false;
    if (c.src[c.i] === '|') {
      c.i++;
      continue;
    }
    break;
  }
  if (!known || alternatives.length === 0) return null;
  return alternatives.length === 1 ? (alternatives[0] as Requirement) : { or: alternatives };
}

/** What every match of `src` contains (words as written in the pattern); null if unknown. */
export function requiredLiterals(src: string): Required {
  const c: Cursor = { src, i: 0 };
  const r = alternation(c);
  return c.i === src.length ? r : null;
}

/** Whether a text holding exactly the words for which `has` is true could contain a match. */
export function satisfiable(r: Required, has: (word: string) => boolean): boolean {
  if (r === null) return true;
  if ('word' in r) return has(r.word);
  if ('and' in r) return r.and.every((x) => satisfiable(x, has));
  return r.or.some((x) => satisfiable(x, has));
}

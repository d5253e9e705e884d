// The other language of a bilingual agreement, left out of what the stages read.
//
// A parallel agreement gives each clause in English and then in another language under the same number ('1.2
// "Licensed Patents" means ...' / '1.2 "Patentes Licenciadas" significa ...'), its headings in both ('## 7. Term and
// Termination / Vigencia y Terminación'), and says which version prevails. Read whole, every clause number comes twice,
// the other language's defined terms duplicate the English ones, and its words are "untranslated" foreign terms. The
// rules are written for English and judge the English text, as counsel reads the prevailing version; so a paragraph
// in another language is blanked (spaces, its line breaks kept: every offset and line number still points where it
// did), and so is the other-language part of a bilingual heading line ('Vigencia y Terminación' after ' / '). Only a
// document that is bilingual is read so: at least MIN_OTHER paragraphs in one other language, holding at least
// OTHER_SHARE of the words, beside English paragraphs holding at least ENGLISH_SHARE of them. A document wholly in
// another language is left as it is, and
// so is an English one quoting a foreign sentence. `check --explain` says what was left out.

import { wordHash } from '../model/words.js';

/** Words that only a language's own sentences are made of (articles, prepositions, conjunctions); two letters or more. */
const FUNCTION_WORDS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ['English', new Set('the and of to in shall by for with any or is be this that its which as on at from under may will each not are has have such'.split(' '))],
  ['Spanish', new Set('el la los las del de que en por para con se una un sus su al lo como será podrá cada dicha dicho cualquier sin sobre entre este esta presente dentro conforme mediante'.split(' '))],
  ['French', new Set('le la les des du de et est une pour dans par sur au aux qui que sont ce cette ou présent présente conformément'.split(' '))],
  ['German', new Set('der die das und ist von zu mit den dem des für auf ein eine einer nicht sich werden wird oder gemäß'.split(' '))],
  ['Portuguese', new Set('os da do das dos em que para com uma pela pelo não ao aos será cada qualquer presente'.split(' '))],
  ['Italian', new Set('il lo gli della dello delle degli del di che per con una non sono ai dal dalla presente ciascuna'.split(' '))],
];

/** Letters of Chinese, Japanese and Korean script. */
const CJK_RE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/gu;
/** A word: two letters or more, not the end of a domain name or a path ('.com', '/es'). */
const WORD_RE = /(?<![.@/\p{L}])\p{L}{2,}/gu;
/** A Romance word's look: a letter with an accent English does not use, or a noun ending English does not have. */
const ROMANCE_LOOK_RE = /[áéíóúñãõçàèìòùâêîôûäöüß]|\p{L}(?:ción|ciones|sión|siones|idad|idades|miento|mientos|encia|ância|ência|ção|ções)\b/iu;

const MIN_OTHER = 2;
const ENGLISH_SHARE = 0.3;
/**
 * The other language's least share of the words: a parallel agreement gives it about half. Two paragraphs of a French
 * party's notice address ('12 rue de la Paix') or signature block in an English agreement are not a second version.
 */
const OTHER_SHARE = 0.15;
const HEADING_LINE_MAX = 160;

export interface LeftOut {
  /** The other language ('Spanish', 'Chinese, Japanese or Korean', ...). */
  readonly language: string;
  /** Paragraphs blanked whole. */
  readonly paragraphs: number;
  /** Parts of bilingual heading lines blanked ('Vigencia y Terminación' in 'Term and Termination / Vigencia y Terminación'). */
  readonly headingParts: number;
}

const CJK = 'Chinese, Japanese or Korean';

/** Bit i set: the word is a function word of FUNCTION_WORDS[i]; looked up once per word instead of once per language. */
const FUNCTION_MASK = new Map<string, number>();
for (const [i, [, set]] of FUNCTION_WORDS.entries()) for (const w of set) FUNCTION_MASK.set(w, (FUNCTION_MASK.get(w) ?? 0) | (1 << i));
/**
 * The ASCII function words by a hash of their letters: a word of ASCII letters (most words) is looked up by the
 * hash of its letters folded to lower case (model/words.ts's wordHash) and compared in place, with no string made
 * for it.
 */
const ASCII_FUNCTION = new Map<number, [string, number][]>();
for (const [w, mask] of FUNCTION_MASK) {
  if (!/^[a-z]+$/.test(w)) continue;
  const h = wordHash(w);
  const list = ASCII_FUNCTION.get(h);
  if (list) list.push([w, mask]);
  else ASCII_FUNCTION.set(h, [[w, mask]]);
}
/** The longest function word: a longer word is counted and not looked up. */
const FUNCTION_MAX = Math.max(...[...FUNCTION_MASK.keys()].map((w) => w.length));
const LETTER_RE = /^\p{L}$/u;
const nonAsciiLetter = new Map<number, boolean>();

/** Whether a code point above ASCII is a letter (\p{L}), looked up once each. */
function isLetter(cp: number): boolean {
  let known = nonAsciiLetter.get(cp);
  if (known === undefined) nonAsciiLetter.set(cp, (known = LETTER_RE.test(String.fromCodePoint(cp))));
  return known;
}

/**
 * The language of text[start, end), by its function words (or its script), or null when it cannot tell. Its words
 * are WORD_RE's: runs of two letters or more not after '.', '@' or '/'. One pass over the characters: every
 * paragraph of every document is read here, and matching, lower-casing and testing each word against each language
 * in turn cost ~0.5 s a pass over the CUAD dev split (seventeenth session).
 */
function languageOf(text: string, start: number, end: number): { language: string; words: number } | null {
  const cjk = text.slice(start, end).match(CJK_RE)?.length ?? 0;
  let words = 0;
  const hits = new Array<number>(FUNCTION_WORDS.length).fill(0);
  // The distinct function words of each other language (English's are not needed), made on the first hit.
  const distinct: (Set<string> | undefined)[] = [];
  let prev = -1; // the code point before i (none at the paragraph's start)
  for (let i = start; i < end; ) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i) as number;
    if (!(cp < 128 ? ((cp | 32) >= 97 && (cp | 32) <= 122) : isLetter(cp))) {
      prev = cp;
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const s = i;
    let n = 0;
    let ascii = true; // every letter ASCII: hashed folded as it is read
    let h = 0;
    while (i < end) {
      let c = text.charCodeAt(i);
      if (c < 128) {
        const f = c | 32;
        if (f < 97 || f > 122) break;
        h = (Math.imul(h, 31) + f) | 0;
        n++;
        i++;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff) c = text.codePointAt(i) as number;
      if (!isLetter(c)) break;
      ascii = false;
      n++;
      i += c > 0xffff ? 2 : 1;
    }
    // prev is not a letter here; a run after '.', '@' or '/' is the end of a domain name or a path.
    if (n < 2 || prev === 46 || prev === 64 || prev === 47) continue;
    words++;
    if (i - s > FUNCTION_MAX) continue;
    let lower: string | undefined;
    let mask: number | undefined;
    if (ascii) {
      for (const [w, m] of ASCII_FUNCTION.get(h) ?? []) {
        if (w.length !== i - s) continue;
        let k = 0;
        while (k < w.length && (text.charCodeAt(s + k) | 32) === w.charCodeAt(k)) k++;
        if (k === w.length) [lower, mask] = [w, m];
      }
    } else {
      lower = text.slice(s, i).toLowerCase();
      mask = FUNCTION_MASK.get(lower);
    }
    if (mask === undefined || lower === undefined) continue;
    for (let k = 0; k < FUNCTION_WORDS.length; k++) {
      if ((mask & (1 << k)) === 0) continue;
      hits[k] = (hits[k] as number) + 1;
      if (k > 0) (distinct[k] ??= new Set()).add(lower);
    }
  }
  if (cjk >= 8 && cjk >= words) return { language: CJK, words: cjk };
  const english = hits[0] ?? 0;
  let best = 1;
  for (let i = 2; i < hits.length; i++) if ((hits[i] ?? 0) > (hits[best] ?? 0)) best = i;
  const other = hits[best] ?? 0;
  // Sentences of a language use several of its function words; a table of domain names or codes does not.
  if (words >= 4 && (distinct[best]?.size ?? 0) >= 2 && other >= 3 * english && other >= 0.12 * words) {
    return { language: FUNCTION_WORDS[best]?.[0] ?? 'another language', words };
  }
  if (english >= 1 || words >= 3) return { language: 'English', words };
  return null;
}

/**
 * A part of a bilingual heading line in the other language: no English function word, and the other language's
 * function word (Spanish 'y' too), a Romance look (ROMANCE_LOOK_RE) or, for CJK, its script.
 */
function isOtherHeadingPart(part: string, other: string): boolean {
  if (other === CJK) return (part.match(CJK_RE)?.length ?? 0) > 0;
  const words = (part.match(WORD_RE) ?? []).map((w) => w.toLowerCase());
  if (words.length === 0 || words.some((w) => FUNCTION_WORDS[0]?.[1].has(w))) return false;
  const set = FUNCTION_WORDS.find(([language]) => language === other)?.[1];
  return ROMANCE_LOOK_RE.test(part) || words.some((w) => set?.has(w)) || (other === 'Spanish' && /\sy\s/i.test(part));
}

/** Spaces for `s`, with its line breaks kept. */
function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/**
 * `text` with the other language of a bilingual agreement blanked (see above), and what was left out; `text` itself
 * and null when the document is not bilingual.
 */
export function leaveOutOtherLanguage(text: string): { text: string; leftOut: LeftOut | null } {
  if (text.length < 200) return { text, leftOut: null };
  const paras: { start: number; end: number; language: string | null; words: number }[] = [];
  const PARA_RE = /[^\n]*\S[^\n]*(?:\r?\n[^\n]*\S[^\n]*)*/g;
  for (const m of text.matchAll(PARA_RE)) {
    const start = m.index ?? 0;
    const found = languageOf(text, start, start + m[0].length);
    paras.push({ start, end: start + m[0].length, language: found?.language ?? null, words: found?.words ?? 0 });
  }
  const counts = new Map<string, { paras: number; words: number }>();
  for (const p of paras) {
    if (p.language === null) continue;
    const c = counts.get(p.language) ?? { paras: 0, words: 0 };
    counts.set(p.language, { paras: c.paras + 1, words: c.words + p.words });
  }
  const total = [...counts.values()].reduce((n, c) => n + c.words, 0);
  const englishWords = counts.get('English')?.words ?? 0;
  let other: string | null = null;
  for (const [language, c] of counts) {
    if (language !== 'English' && c.paras >= MIN_OTHER && (other === null || c.words > (counts.get(other)?.words ?? 0))) other = language;
  }
  if (other === null || englishWords < ENGLISH_SHARE * total || (counts.get(other)?.words ?? 0) < OTHER_SHARE * total) return { text, leftOut: null };
  let out = '';
  let from = 0;
  let paragraphs = 0;
  let headingParts = 0;
  for (const p of paras) {
    if (p.language === other) {
      out += text.slice(from, p.start) + blank(text.slice(p.start, p.end));
      from = p.end;
      paragraphs++;
      continue;
    }
    // A bilingual line inside an English paragraph: 'Term and Termination / Vigencia y Terminación'.
    for (let ls = p.start; ls < p.end; ) {
      const nl = text.indexOf('\n', ls);
      const le = nl === -1 || nl > p.end ? p.end : nl;
      const line = text.slice(ls, le);
      // A title or heading line of its own in the other language ('# CONTRATO DE LICENCIA CRUZADA ...' under the
      // English title): a Markdown heading or a line without lower-case letters.
      if (line.length <= HEADING_LINE_MAX && !line.includes(' / ') && (/^[ \t]*#{1,6}[ \t]/.test(line) || !/\p{Ll}/u.test(line)) && isOtherHeadingPart(line, other)) {
        out += text.slice(from, ls) + blank(line);
        from = le;
        headingParts++;
      } else if (line.length <= HEADING_LINE_MAX && line.includes(' / ')) {
        let at = ls;
        for (const [i, part] of line.split(' / ').entries()) {
          const partStart = at;
          at += part.length + 3;
          if (i === 0) continue;
          if (isOtherHeadingPart(part, other)) {
            // The part and the ' / ' before it.
            out += text.slice(from, partStart - 3) + blank(text.slice(partStart - 3, partStart + part.length));
            from = partStart + part.length;
            headingParts++;
          }
        }
      }
      ls = le + 1;
    }
  }
  if (paragraphs === 0) return { text, leftOut: null };
  return { text: out + text.slice(from), leftOut: { language: other, paragraphs, headingParts } };
}

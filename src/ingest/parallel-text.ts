// The other language of a bilingual agreement, left out of what the stages read.
//
// A parallel agreement gives each clause in English and then in another language under the same number ('1.2
// "Licensed Patents" means ...' / '1.2 "Patentes Licenciadas" significa ...'), its headings in both ('## 7. Term and
// Termination / Vigencia y Terminación'), and says which version prevails. Read whole, every clause number comes twice,
// the other language's defined terms duplicate the English ones, and its words are "untranslated" foreign terms. The
// rules are written for English and judge the English text, as counsel reads the prevailing version; so a paragraph
// in another language is blanked (spaces, its line breaks kept: every offset and line number still points where it
// did), and so is the other-language part of a bilingual heading line ('Vigencia y Terminación' after ' / '). Only a
// document that is bilingual is read so: at least MIN_OTHER paragraphs in one other language beside English
// paragraphs holding at least ENGLISH_SHARE of the words. A document wholly in another language is left as it is, and
// so is an English one quoting a foreign sentence. `check --explain` says what was left out.

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

/** The language a stretch of text is in, by its function words (or its script), or null when it cannot tell. */
function languageOf(text: string): { language: string; words: number } | null {
  const cjk = text.match(CJK_RE)?.length ?? 0;
  const words = text.match(WORD_RE) ?? [];
  if (cjk >= 8 && cjk >= words.length) return { language: CJK, words: cjk };
  const lower = words.map((w) => w.toLowerCase());
  const hits = FUNCTION_WORDS.map(([, set]) => lower.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0));
  const distinct = FUNCTION_WORDS.map(([, set]) => new Set(lower.filter((w) => set.has(w))).size);
  const english = hits[0] ?? 0;
  let best = 1;
  for (let i = 2; i < hits.length; i++) if ((hits[i] ?? 0) > (hits[best] ?? 0)) best = i;
  const other = hits[best] ?? 0;
  // Sentences of a language use several of its function words; a table of domain names or codes does not.
  if (words.length >= 4 && (distinct[best] ?? 0) >= 2 && other >= 3 * english && other >= 0.12 * words.length) {
    return { language: FUNCTION_WORDS[best]?.[0] ?? 'another language', words: words.length };
  }
  if (english >= 1 || words.length >= 3) return { language: 'English', words: words.length };
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
    const found = languageOf(m[0]);
    paras.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, language: found?.language ?? null, words: found?.words ?? 0 });
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
  if (other === null || englishWords < ENGLISH_SHARE * total) return { text, leftOut: null };
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

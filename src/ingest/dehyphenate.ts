// Words that a PDF's layout broke at a line end with a hyphen ("royal-" / "ties"), read whole again.
//
// Text extracted from a PDF (`pdftotext`, which ends every page with a form feed) keeps the typesetter's hyphenation:
// "non-exclu-\nsive", "Panel Cus-\ntomer". Every reader of the text (tags, defined terms, rule patterns) would see two
// fragments. The break is mended in place, without changing the text's length or its line breaks, so that every offset
// and line number still points where it did: "royal-\n    ties of" becomes "royalties \n    of" (the second fragment
// moves up beside the first, with any punctuation that closes it; the hyphen becomes a space before the line break). A hyphen that belongs to the word
// ("royalty-\nfree", "continuations-in-\npart") stays: "royalty-free \n". It belongs there when the document writes
// the two parts hyphenated elsewhere, or writes each part as a word of its own and never the two joined.

/**
 * A letter run, a hyphen at a line end, and a lower-case letter run opening the next (non-blank) line, with the
 * punctuation that closes it ("tomer," moves up as "Customer, \n", not "Customer \n,").
 */
const BREAK_RE = /(\p{L}{2,})-(\r?\n)([ \t]*)(\p{Ll}+)([.,;:!?)\]"'\u201d\u2019]*)/gu;
const WORD_RE = /\p{L}+(?:-\p{L}+)*/gu;

/** How often each word, and each hyphenated compound, occurs outside the breaks (lower case). */
function vocabulary(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (w: string): void => {
    counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  for (const m of text.replace(BREAK_RE, ' ').matchAll(WORD_RE)) {
    const w = m[0].toLowerCase();
    add(w);
    if (w.includes('-')) for (const part of w.split('-')) add(part);
  }
  return counts;
}

/**
 * `text` with its line-end hyphenation mended (see above), the same length and line breaks; `text` itself when it has
 * no form feed (it is not a PDF's text) or no hyphen at a line end.
 */
export function mendLineEndHyphens(text: string): string {
  if (!text.includes('\f') || !/\p{L}-\r?\n/u.test(text)) return text;
  const vocab = vocabulary(text);
  return text.replace(BREAK_RE, (whole: string, first: string, eol: string, indent: string, second: string, closers: string) => {
    const a = first.toLowerCase();
    const b = second.toLowerCase();
    const compound = vocab.has(`${a}-${b}`) || (vocab.has(a) && vocab.has(b) && !vocab.has(a + b));
    const joined = compound ? `${first}-${second}${closers}` : `${first}${second}${closers} `;
    const out = `${joined}${eol}${indent}`;
    return out.length === whole.length ? out : whole;
  });
}

// Markdown backslash escapes, read as the characters they stand for.
//
// Google Docs (and other converters) escape every character that Markdown could read as markup: a clause number at a
// paragraph's start ("1\. Definitions", "2\.1 Grant", "**2\. LICENSE GRANTS**", so that it is not a list), blanks
// ("\_\_\_\_"), asterisks ("A1\*"), brackets ("\[●\]"). CommonMark renders "\." as "."; a reader of the text (clause
// numbers, tags, defined terms, rule patterns) would otherwise see "1\.1", which is no number, and "\_\_\_", which is no
// blank. The escapes are read in place, without changing the text's length or its line breaks, so that every offset
// and line number still points where it did: within each run of non-blank characters, each escaped character takes
// its backslash's place and the run is padded with spaces at its end ("2\.1" becomes "2.1 ", "\_\_\_," becomes
// "___,   "). The Markdown structure is still parsed from the text as written (an unescaped "1." at a line's start
// would open a list).

function isEscapable(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

/** Blank for the run's ends: what JavaScript's \s matches (spaces, tabs, line breaks, no-break and other Unicode spaces). */
function isBlank(c: string): boolean {
  return /\s/.test(c);
}

/** `text` with its backslash escapes read (see above), the same length and line breaks; `text` itself when it has none. */
export function unescapeMarkdown(text: string): string {
  if (!/\\[!-/:-@[-`{-~]/.test(text)) return text;
  let out = '';
  let done = 0; // text before this offset is in `out`
  // One pass: each escape's run is rewritten once, from its first blank-delimited character to its last (linear even
  // in a long run with no blank, such as an image embedded as base64 data).
  for (let at = text.indexOf('\\'); at !== -1; at = text.indexOf('\\', at)) {
    if (!isEscapable(text.charCodeAt(at + 1))) {
      at += 1;
      continue;
    }
    let from = at;
    while (from > done && !isBlank(text[from - 1] as string)) from--;
    let to = at;
    while (to < text.length && !isBlank(text[to] as string)) to++;
    let run = '';
    let copied = from;
    for (let i = text.indexOf('\\', at); i !== -1 && i < to; i = text.indexOf('\\', i + 1)) {
      if (!isEscapable(text.charCodeAt(i + 1))) continue;
      run += text.slice(copied, i);
      copied = i + 1; // the escaped character is copied with what follows it
      i++;
    }
    run += text.slice(copied, to);
    out += text.slice(done, from) + run.padEnd(to - from, ' ');
    done = to;
    at = to;
  }
  return out + text.slice(done);
}

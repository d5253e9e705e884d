// Numbers that a scanner's OCR misread, read as numbers again.
//
// OCR of a scanned agreement confuses the digit one with a lower-case 'l' and zero with a capital 'O' ('Section 2.l',
// '1O.3 This Agreement ...', 'sixty (6O) days', 'US$4,5OO,OOO', '6/l/98'). Read as it stands, '2.l' is no clause
// number, '1O.3' starts no clause and a reference to 'Section l.4' points nowhere. Inside a token that is otherwise a
// number (digits, with '.', ',' or '/' between groups) the letters can only be the digits, so they are read as
// digits. The text keeps its length and line breaks, so every offset and line number still points where it did.
// A token needs a digit and must stand apart from letters: 'lO', 'H2O', '10lbs', '1st' and 'CO2' are left alone, and
// so is a number ending in 'l' after a digit ('a 5l drum', '1.5l': litres).

/**
 * A number token with OCR's letters in it: one that starts with a digit ('1O', '2.l', '4,5OO,OOO', '6/l/98'), or one
 * that starts with 'l' or 'O' and has a separator ('l.4', 'O.5'). Not after a letter, digit, hyphen, apostrophe or separator; not
 * before a letter or digit.
 */
const TOKEN_RE = /(?<![\p{L}\p{N}_'’\-.,/])(?:\d[\dlO]*(?:[.,/][\dlO]+)*|[lO][\dlO]*(?:[.,/][\dlO]+)+)(?![\p{L}\p{N}_])/gu;

/** `text` with the 'l' and 'O' inside number tokens read as '1' and '0' (see above); the same length and line breaks. */
export function mendOcrDigits(text: string): string {
  if (!/\d[lO]|[lO][.,/]?\d|\d[.,/][lO]/.test(text)) return text;
  return text.replace(TOKEN_RE, (token: string) =>
    // A number whose only letter is an 'l' after its last digit is a quantity in litres ('a 5l drum', '1.5l'), not '51'.
    /\d/.test(token) && /[lO]/.test(token) && !/^[\d.,/]*\dl$/.test(token) ? token.replace(/l/g, '1').replace(/O/g, '0') : token,
  );
}

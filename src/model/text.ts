// Text helpers every stage needs and no stage owns.

const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\]/;

/** `s` as a regex source that matches it literally (pack words, party names, defined terms). */
export function escapeRegExp(s: string): string {
  // Most words have nothing to escape: a test is several times cheaper than a replace that changes nothing.
  return REGEXP_SPECIAL.test(s) ? s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : s;
}

/** Words of four letters or more that only join others ("what happens when a party abandons"): nothing looked for. */
const JOINING_WORDS = new Set(['what', 'when', 'where', 'which', 'whose', 'that', 'this', 'these', 'those', 'with', 'from', 'into', 'than', 'such', 'their', 'them', 'they', 'there']);
/** Words that name the form of what was looked for, not its subject: "a survival clause" is looked for as "survive". */
const FORM_WORDS = new Set(['clause', 'provision']);

/** A word as compared with another: lower case, without a plural "s". */
const stemOf = (w: string): string => w.toLowerCase().replace(/(?<=[a-z]{3})s$/, '');
/** The same word for a reader: equal stems, or stems of six letters or more that open alike ("terminate", "termination"). */
const sameWord = (a: string, b: string): boolean => a === b || (a.length >= 6 && b.length >= 6 && a.slice(0, 6) === b.slice(0, 6));

/**
 * Whether a message already names everything of what a rule looked for ("looked for: a, b; c"): each of its words of
 * four letters or more, but joining words and "clause"/"provision". Such a message says it once; a "(looked for: ...)"
 * after it, or an evidence line under it, would only say it again.
 */
export function namesLookedFor(message: string, lookedFor: string): boolean {
  const said = (message.match(/[A-Za-z]{4,}/g) ?? []).map(stemOf);
  const wanted = (lookedFor.replace(/^looked for:\s*/, '').match(/[A-Za-z]{4,}/g) ?? []).map(stemOf).filter((w) => !JOINING_WORDS.has(w) && !FORM_WORDS.has(w));
  return wanted.length > 0 && wanted.every((w) => said.some((s) => sameWord(s, w)));
}

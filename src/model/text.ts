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

/**
 * A word as compared with another: lower case, without its inflection ("royalties" royalty, "licensed" and "licensing"
 * license, "terminated" terminate) or a suffix that names the act of its verb ("termination" terminate, "survival"
 * survive, "assignment" assign), a final "e" dropped and British "-nce" spelt "-nse" ("licence" license). Other
 * endings make another word: "licensee" is not "license", "exclusive" not "exclusion".
 */
function stemOf(word: string): string {
  let w = word.toLowerCase();
  w = w.replace(/(?<=[a-z]{3})ies$/, 'y').replace(/(?<=[a-z]{3}[^su])s$/, '');
  w = w.replace(/(?<=[a-z]{3})(?:ion|ment|al|ing|ed)$/, '');
  w = w.replace(/(?<=[a-z]{3}[^e])e$/, '');
  return w.replace(/(?<=[a-z]{2})nc$/, 'ns');
}

/**
 * Whether a message already names everything of what a rule looked for ("looked for: a, b; c"): each of its words of
 * four letters or more, but joining words and "clause"/"provision", by its stem ("licences" says "licence",
 * "terminated" "termination"; "licensee" does not say "license"). Such a message says it once; a "(looked for: ...)"
 * after it, or an evidence line under it, would only say it again.
 */
export function namesLookedFor(message: string, lookedFor: string): boolean {
  const said = new Set((message.match(/[A-Za-z]{4,}/g) ?? []).map(stemOf));
  const words = (lookedFor.replace(/^looked for:\s*/, '').match(/[A-Za-z]{4,}/g) ?? []).map((w) => w.toLowerCase());
  const wanted = words.filter((w) => !JOINING_WORDS.has(w) && !FORM_WORDS.has(w.replace(/s$/, ''))).map(stemOf);
  return wanted.length > 0 && wanted.every((w) => said.has(w));
}

/**
 * The first index i in [0, end) with sorted[i] >= x, or end when none is: where x would go in the ascending
 * sorted[0..end). `end` bounds arrays that are filled only in part (a word index's buffers grow ahead of its count).
 */
export function lowerBound(sorted: ArrayLike<number>, x: number, end: number = sorted.length): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index i in [0, end) with sorted[i] > x, or end when none is (so upperBound - 1 is the last <= x). */
export function upperBound(sorted: ArrayLike<number>, x: number, end: number = sorted.length): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

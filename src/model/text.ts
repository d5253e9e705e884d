// Text helpers every stage needs and no stage owns.

const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\]/;

/** `s` as a regex source that matches it literally (pack words, party names, defined terms). */
export function escapeRegExp(s: string): string {
  // Most words have nothing to escape: a test is several times cheaper than a replace that changes nothing.
  return REGEXP_SPECIAL.test(s) ? s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : s;
}

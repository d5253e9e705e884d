// Headings the clause tree did not record: a run-in heading ("12.3 Governing Law. This Agreement ...")
// or a heading-only paragraph ("ARTICLE 12 - TERMINATION"). Pure string functions.
import { caseInsensitive } from '../model/case-spelt.js';

// The keyword as drafters write it (Section, SECTION, section; Sec.): RUN_IN is case-sensitive (its heading starts
// upper case). After a keyword the number may be an upper-case roman numeral ("ARTICLE IV. Confidentiality."), which
// only a keyword makes safe to read ("CIVIL LIABILITY." opens no number).
const NUMBER_WORDS = ['section', 'article', 'clause', 'part', 'schedule', 'exhibit', 'annex', 'appendix']
  .map((w) => `${w}|${w[0]!.toUpperCase()}${w.slice(1)}|${w.toUpperCase()}`).join('|');
const NUMBERING = String.raw`(?:(?:${NUMBER_WORDS}|Sec\.|SEC\.)\s+(?:[IVXLC]+\b\.?)?)?(?:[0-9]+(?:\.[0-9]+)*\.?|[ivxlc]+\.|[A-Z]\.|\(?[a-z0-9ivx]{1,4}\))?`;
const HEADING_ONLY = caseInsensitive(String.raw`^\s*${NUMBERING}\s*[-–—:.]?\s*([A-Za-z][A-Za-z0-9'’&,/()\- ]{1,80}?)\s*[.:]?\s*$`);
const RUN_IN = new RegExp(String.raw`^\s*${NUMBERING}\s*([A-Z][A-Za-z'’&,/\- ]{2,70}?)\s*(?:\.|:|\s[-–—]\s)\s`);
const MINOR = new Set(['of', 'and', 'or', 'the', 'to', 'in', 'for', 'on', 'a', 'an', 'by', 'with', 'upon', 'as', 'its', 'from', 'under']);

/** True when every significant word is capitalised ("Grant of Licenses", "GOVERNING LAW"). */
function looksLikeHeading(s: string): boolean {
  const words = s.split(/[\s/]+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length === 0 || words.length > 9) return false;
  return words.every((w, i) => (i > 0 && MINOR.has(w.toLowerCase())) || /^[("'“]?[A-Z0-9]/.test(w));
}

/** The whole paragraph is a heading (short, no sentence in it). Returns the heading without its number. */
export function headingOnly(text: string): string | null {
  if (text.length > 100 || /\n\s*\n/.test(text)) return null;
  const flat = text.replace(/\s+/g, ' ');
  const m = HEADING_ONLY.exec(flat);
  const h = m?.[1]?.trim();
  if (!h || !looksLikeHeading(h)) return null;
  return h;
}

/**
 * What ends every RUN_IN match: "." or ":" before whitespace, or a dash between whitespace before more
 * whitespace. Most openings are one long sentence without it, where RUN_IN would try every length of
 * heading before failing; this one scan has nothing to try again.
 */
const RUN_IN_END = /[.:]\s|\s[-–—]\s\s/;
/** A char that every RUN_IN_END match holds. */
const RUN_IN_END_CHAR = /[.:\-–—]/;

/** A run-in heading at the start of a paragraph ("Governing Law. This Agreement shall ..."). */
export function runInHeading(text: string): string | null {
  const head = text.slice(0, 120);
  // Every end of a run-in heading holds one of these chars, which folding spaces keeps: without one, nothing to fold.
  if (!RUN_IN_END_CHAR.test(head)) return null;
  // (Most openings have no tab or double space to fold.)
  const opening = head.includes('\t') || head.includes('  ') ? head.replace(/[ \t]+/g, ' ') : head;
  if (!RUN_IN_END.test(opening)) return null;
  const m = RUN_IN.exec(opening);
  const h = m?.[1]?.trim();
  if (!h || !looksLikeHeading(h)) return null;
  // "This Agreement." or "The Company:" are sentence starts, not headings.
  if (/^(this|the|each|either|neither|any|all|such|in|if|no|upon|subject)\b/i.test(h) && h.split(' ').length <= 2) return null;
  return h;
}

// A caption that a wide gap or a line break sets off from its text, as EDGAR's flattened filings keep the heading line
// of a numbered section ("4. Termination  (a) Either Party may terminate ..."): up to two or more blanks or a line break.
const GAP_CAPTION = new RegExp(String.raw`^\s*${NUMBERING}[ \t]*([A-Z][A-Za-z'’&,/\- ]{2,70}?)(?:[ \t]{2,}|[ \t]*\r?\n)`);

/** A caption set off by a gap at the start of a paragraph ("4. Termination  (a) Either Party ..."), else null. */
export function gapHeading(text: string): string | null {
  const m = GAP_CAPTION.exec(text.slice(0, 120));
  const h = m?.[1]?.trim();
  if (!h || !looksLikeHeading(h)) return null;
  if (/^(this|the|each|either|neither|any|all|such|in|if|no|upon|subject)\b/i.test(h) && h.split(' ').length <= 2) return null;
  return h;
}

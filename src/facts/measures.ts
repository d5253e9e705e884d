// Numbers that matter in a clause: money, percentages, durations (normalised to days), dates (ISO), patent numbers,
// and numbers written in words and figures ("five (6) years") for the precision pack. One pattern per family.
import { caseInsensitive } from '../model/case-spelt.js';
import { isBlankChar } from '../clauses/blocks.js';
import { INLINE_SPACE, NUMBER_WORD_LIST, NUMBER_WORDS, numberWordsWith, parseFigure, parseNumberWords } from './text.js';

// White space between a number and its unit, written `${_}` for `\s`: never a blank line, which ends a paragraph (a
// heading "TERM: FIVE" and a paragraph that opens "Years after ..." are no duration), as it ends a run of number words.
// (The look-aheads `(?!\s*\()` keep `\s`: words followed by figures in brackets, even after a blank line, are never
// read alone: "one half of one percent" then "(0.5%)" is no 1 %.)
const _ = INLINE_SPACE;

export interface Money { readonly text: string; readonly amount: number; readonly currency: string | null; readonly start: number }
export interface Percentage { readonly text: string; readonly value: number; readonly start: number }
export interface Duration { readonly text: string; readonly days: number; readonly business?: boolean; readonly start: number }
export interface DateFact { readonly text: string; readonly iso: string; readonly start: number }
export interface NumberPair { readonly text: string; readonly words: number; readonly figures: number; readonly start: number; readonly end: number }
export interface PatentNumber { readonly text: string; readonly number: string; readonly start: number }

/**
 * Matches of `family` that cover an occurrence of `anchor`. The family patterns start with number words, which are
 * costly to try at every position; anchoring on rare tokens ("%", "$", "days") keeps each pass cheap and linear.
 * The window runs from `before` characters before the anchor to `after` characters past it.
 */
function* anchored(text: string, anchor: RegExp, pattern: RegExp | ((window: string, rel: number) => RegExp | null), before: number, worth?: (at: number, from: number) => boolean, after = 48): Generator<{ readonly m: RegExpExecArray; readonly at: number }> {
  let doneUntil = 0;
  anchor.lastIndex = 0;
  let a: RegExpExecArray | null;
  while ((a = anchor.exec(text)) !== null) {
    if (a.index < doneUntil) continue;
    // A bounded window around the anchor: the family pattern never scans past it. Its start is moved past a word
    // it would cut, where `\b` would see a boundary that the text has not ("ten" of "often").
    let from = Math.max(doneUntil, a.index - before);
    while (from > 0 && from < a.index && isWordCode(text.charCodeAt(from - 1)) && isWordCode(text.charCodeAt(from))) from++;
    // Nor inside number words: "Two  Million  Three  Hundred ... ($2,345,678)" is read whole, not from "Million".
    from = phraseStart(text, from, Math.max(doneUntil, from - PHRASE_MAX));
    // An anchor that no family match in the window can hold costs no window and no family scan.
    if (worth && !worth(a.index, from)) continue;
    const window = text.slice(from, a.index + a[0].length + after);
    const rel = a.index - from;
    // `pattern` may choose the family's pattern by the window (null: no match can cover the anchor).
    const family = typeof pattern === 'function' ? pattern(window, rel) : pattern;
    if (family === null) continue;
    family.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = family.exec(window)) !== null && m.index <= rel) {
      if (m[0].length === 0) family.lastIndex++;
      else if (m.index + m[0].length > rel) {
        doneUntil = from + m.index + m[0].length;
        yield { m, at: from + m.index };
        break;
      }
    }
  }
}

/** The longest run of number words a window is moved back over (a bound, so that no text costs quadratic time). */
const PHRASE_MAX = 200;
/** Number words and the "and" between them ("one hundred and twenty"). */
const PHRASE_WORDS = new Set([...NUMBER_WORD_LIST, 'and']);
const isPhraseGap = (c: number): boolean => c === 45 || isBlankChar(c);

/** Whether text[start, end) is a number word or "and" (any case). */
function phraseWordAt(text: string, start: number, end: number): boolean {
  return end - start >= 3 && end - start <= 9 && PHRASE_WORDS.has(text.slice(start, end).toLowerCase());
}

/**
 * Where a window that starts at `from` (on a word boundary) must start so as not to cut a run of number words: back
 * over the number words (and "and") that white space (no blank line) or hyphens join to it, never below `floor`.
 * (A match that starts on them must run on to the window's anchor, so they matter only when they begin what the
 * window reads.)
 */
function phraseStart(text: string, from: number, floor: number): number {
  let start = from;
  for (;;) {
    let j = start;
    let newlines = 0;
    while (j > floor && isPhraseGap(text.charCodeAt(j - 1))) if (text.charCodeAt(--j) === 10) newlines++;
    // Not across a blank line: the words before it are another paragraph's (a column's, a list's).
    if (newlines > 1) return start;
    let w = j;
    while (w > floor && isAsciiLetter(text.charCodeAt(w - 1))) w--;
    // A whole word (not the end of a longer one cut at the floor) that continues the run.
    if (w === j || (w > 0 && isWordCode(text.charCodeAt(w - 1))) || !phraseWordAt(text, w, j)) return start;
    start = w;
  }
}

/** A character of `\w` (what `\b` tells from others): ASCII letters, digits and `_`. */
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

// Figures grouped in thousands, or in the Indian way (lakh and crore: "2,50,00,000" is 25,000,000), or not grouped. Also
// grouped as Swiss drafting groups them, with apostrophes ("CHF 1'250'000.--", "CHF 250'000.00"), and as South African
// and much continental drafting does, with a space (or a no-break or thin space) and a decimal comma ("R1 500 000,00",
// "ZAR 2 000 000"), or with full stops and a decimal comma ("EUR 1.500.000,00": the comma required, as "1.500" alone
// may be a decimal), or with two or more full stops and no comma ("EUR 2.000.000": no decimal has two points; read as
// "2.000" before, a millionfold error); or with a decimal comma and one or two digits after it ("EUR 12,50", "2,5 %":
// no group of thousands has fewer than three, so these were "EUR 12" and "5 %" before). parseFigure reads each; one
// full stop before three digits ("EUR 1.500") is read by readFigure.
const FIG = String.raw`\d{1,3}(?:['’]\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d'’])(?:,\d{1,2}(?!\d))?|\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d)|\d{1,3}(?:\.\d{3}){2,}(?![\d.,]?\d)|\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?!\d|,\d)|\d+(?:\.\d+)?`;
const SCALE_WORD = String.raw`million|billion|thousand|lakhs?|crores?|mm|bn|m|k`;
const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, million: 1e6, m: 1e6, mm: 1e6, billion: 1e9, bn: 1e9 };

/** The currency codes an amount's figures follow or precede (a group), in amounts and in pairs of words and figures. */
export const MONEY_CODES = '(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|CNY|RMB|INR|HKD|SGD|ZAR|NZD|ILS)';

const MONEY = caseInsensitive(
  [
    String.raw`(US\$|U\.S\.\s?\$|C\$|CAD\s?\$|A\$|AU\$|\$|€|£|¥|₹|\bRs\.?|\bR(?=\d{1,3}(?:[ \u00a0\u202f,]\d{3})+)|\b${MONEY_CODES}\b)\s?(${FIG})(?:${_}*(${SCALE_WORD})\b)?`,
    // (Not the "100" of the cents written as a fraction: "Fifty Thousand and 00/100 Dollars".)
    String.raw`(?<!\/)\b(${FIG})(?:${_}*(million|billion|thousand|lakhs?|crores?))?${_}*(USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|U\.S\.${_}+[Dd]ollars|US${_}+[Dd]ollars|[Dd]ollars|DOLLARS|[Ee]uros?|EUROS?|[Pp]ounds${_}+[Ss]terling|(?:Indian${_}+)?[Rr]upees|RUPEES)\b`,
    String.raw`\b(${NUMBER_WORDS})${_}+(U\.?S\.?${_}+[Dd]ollars|[Dd]ollars|DOLLARS|[Ee]uros?|[Pp]ounds${_}+[Ss]terling|(?:Indian${_}+)?[Rr]upees|RUPEES)\b(?!\s*\()`,
  ].join('|'),
  'g',
);

function currencyOf(symbol: string): string | null {
  const s = symbol.replace(/[\s.]/g, '').toUpperCase();
  if (s === 'US$' || s === '$' || s === 'USD' || s.includes('DOLLAR')) return s.startsWith('C') ? 'CAD' : 'USD';
  if (s === 'C$' || s === 'CAD$' || s === 'CAD') return 'CAD';
  if (s === 'A$' || s === 'AU$' || s === 'AUD') return 'AUD';
  if (s === '€' || s.startsWith('EUR')) return 'EUR';
  if (s === '£' || s.startsWith('POUND') || s === 'GBP') return 'GBP';
  if (s === '¥' || s === 'JPY') return 'JPY';
  if (s === 'RMB' || s === 'CNY') return 'CNY';
  if (s === '₹' || s === 'RS' || s.endsWith('RUPEES')) return 'INR';
  if (s === 'R' || s === 'RAND') return 'ZAR';
  return /^[A-Z]{3}$/.test(s) ? s : null;
}

const MONEY_ANCHOR = new RegExp(String.raw`[$€£¥₹]|\bR(?=\d)|\b(?:${MONEY_CODES}|Rs|[Dd]ollars|DOLLARS|[Ee]uros?|EUROS?|[Pp]ounds|[Rr]upees|RUPEES)\b`, 'g');

// One full stop before three digits, the first digit not zero ("1.500"): a decimal (one and a half) or a group of
// thousands, as continental drafting writes one thousand five hundred. (A leading zero is a decimal: "EUR 0.125".)
const POINT_OR_GROUP = /^[1-9]\d{0,2}\.\d{3}$/;
/** Such a figure read with its full stop grouping thousands. */
const grouped = (figure: string): number => Number(figure.replace('.', ''));

/**
 * A figure's value as the document writes its decimals. One full stop before three digits ("EUR 1.500") is read as
 * the words in brackets beside it give it ("(one thousand five hundred euros)"; when `at` and `length` place the figure
 * in the text), else as the document's other figures mark decimals (decimalComma), else by its currency: the euro's
 * drafting groups thousands with full stops, and a decimal with three places is rare in money but for fractions of a
 * unit (which open with a zero). Any other figure is parseFigure's.
 */
function readFigure(text: string, figure: string, currency: string | null, at?: number, length = 0): number | null {
  const n = parseFigure(figure);
  if (n === null || !POINT_OR_GROUP.test(figure)) return n;
  if (at !== undefined) {
    // The pairs of words and figures around it (rare: read only for such a figure).
    const from = Math.max(0, at - PHRASE_MAX);
    const around = text.slice(from, Math.min(text.length, at + length + 160));
    const pair = findNumberPairs(around, from).find((p) => p.start <= at && at + length <= p.end && p.words === p.figures);
    if (pair !== undefined) return pair.figures;
  }
  // The document's decimal mark where it shows one, else the currency's drafting.
  const groupsThousands = decimalComma(text) ?? currency === 'EUR';
  return groupsThousands ? grouped(figure) : n;
}

// A figure beside a currency sign or code, a currency word or a percent sign: the figures that tell a document's
// decimal mark (not dates, clause numbers or versions, whose full stops are no decimals).
const MARKED_FIGURE = caseInsensitive(
  String.raw`(?:[$€£¥₹]|\b(?:${MONEY_CODES})\b)${_}?(\d[\d.,]*\d)|(?<![\d.,])(\d[\d.,]*\d)${_}?(?:%|per${_}?cent\b|(?:${MONEY_CODES})\b|euros?\b|dollars\b)`,
  'g',
);
let lastMarked: { readonly text: string; readonly comma: boolean | null } | null = null;

/**
 * Whether the document writes decimals with a comma (true: "EUR 250.000,00", "3,5 %", "EUR 2.000.000"), with a full
 * stop (false: "USD 250,000.00", "3.5%", "EUR 1,500"), or does not say (null: neither, or both). Read from its money
 * and percentages, once a text.
 */
function decimalComma(text: string): boolean | null {
  if (lastMarked?.text === text) return lastMarked.comma;
  let comma = 0;
  let point = 0;
  for (const m of text.matchAll(MARKED_FIGURE)) {
    const figure = (m[1] ?? m[2]) as string;
    if (/,\d{1,2}$|\.\d{3}\.\d{3}/.test(figure)) comma++;
    else if (/\.\d{1,2}$|,\d{3}(?:[.,]|$)/.test(figure)) point++;
  }
  const found = comma > 0 && point === 0 ? true : point > 0 && comma === 0 ? false : null;
  lastMarked = { text, comma: found };
  return found;
}

// The South African 'R' before grouped figures has the shape of a reference too ('Drawing R100 200 300', part 'R1 000'),
// so it is money only in a money context: a decimal part ('R1 500 000,00'), words that frame an amount before it ('a
// fee of', 'shall pay', 'not exceeding'), or a document whose currency is the rand (ZAR or rand named in it) where no
// reference word ('Drawing', 'Part', 'No.') stands before it.
const RAND_DECIMAL_RE = /[.,]\d{2}$/;
const RAND_FRAME_RE = /\b(?:of|for|pay|pays|paying|paid|payable|amount|sum|fees?|price|costs?|royalty|royalties|exceeds?|exceeding|than|plus|totall?ing|equal\s+to|up\s+to|minimum|maximum)[\s,:]*$/i;
const RAND_REFERENCE_RE = /\b(?:drawings?|dwg|ref|reference|no|nos|numbers?|parts?|items?|fig|figures?|sheets?|pages?|rev|revision|serial|models?|codes?|documents?|doc|standards?|version|release)\.?[\s,:#]*$/i;
const RAND_DOCUMENT_RE = /\bZAR\b|\brands?\b|\bRand\b(?!\s+[A-Z])|South\s+Africa/;

function isRandAmount(text: string, at: number, figure: string, documentIsRand: () => boolean): boolean {
  if (RAND_DECIMAL_RE.test(figure)) return true;
  const before = text.slice(Math.max(0, at - 40), at);
  if (RAND_FRAME_RE.test(before)) return true;
  return !RAND_REFERENCE_RE.test(before) && documentIsRand();
}

/** What stands between an amount's figures and number words that restate them: " (", ".- (", " (in words: ". */
const RESTATED = /^(?:\.-{1,2})?[ \t\u00a0]*\([A-Za-z \t\u00a0:-]*$/;

export function findMoney(text: string, base = 0): Money[] {
  const out: Money[] = [];
  let rand: boolean | undefined;
  const documentIsRand = (): boolean => (rand ??= RAND_DOCUMENT_RE.test(text));
  // Where the last amount read in figures ends.
  let figuresEnd = -1;
  for (const { m, at } of anchored(text, MONEY_ANCHOR, MONEY, 80)) {
    let amount: number | null;
    let currency: string | null;
    if (m[2] !== undefined) {
      if (m[1] === 'R' && !isRandAmount(text, at, m[2], documentIsRand)) continue;
      currency = currencyOf(m[1] as string);
      amount = readFigure(text, m[2], currency, at, m[0].length);
      // "$5m" but not "$5 monthly": a one-letter scale only directly after the figure.
      const scale = m[3]?.toLowerCase();
      if (amount !== null && scale) amount *= SCALES[scale] ?? 1;
    } else if (m[4] !== undefined) {
      currency = currencyOf(m[6] as string);
      amount = readFigure(text, m[4], currency, at, m[0].length);
      if (amount !== null && m[5]) amount *= SCALES[m[5].toLowerCase()] ?? 1;
    } else {
      // Words in brackets after the figures restate them ("EUR 1.500 (one thousand five hundred euros)"): one amount.
      if (figuresEnd >= 0 && at - figuresEnd <= 40 && RESTATED.test(text.slice(figuresEnd, at))) continue;
      amount = parseNumberWords(m[7] as string);
      currency = currencyOf(m[8] as string);
    }
    if (amount === null) continue;
    if (m[7] === undefined) figuresEnd = at + m[0].length;
    out.push({ text: m[0], amount, currency, start: base + at });
  }
  return out;
}

// A fraction first ("1/2%", "1-1/2%", "1 1/2%": one and a half percent), else its denominator read as the percentage.
const PERCENT = caseInsensitive(
  String.raw`(?<![\d./])(?:(\d+)(?:${_}*-${_}*|${_}+))?(\d+)\/(\d+)${_}*(?:%|percent\b|per\s?cent\b)|(?<![\d./])(${FIG})${_}*(?:%|percent\b|per\s?cent\b)|\b(${NUMBER_WORDS})${_}+(?:percent|per\s?cent)\b(?!\s*\()`,
  'g',
);

const PERCENT_ANCHOR = /%|[Pp]er\s?[Cc]ent|PER\s?CENT/g;

/** whole + numerator / denominator ("1-1/2" is 1.5); null for a zero denominator. */
function fractionOf(whole: string | undefined, numerator: string, denominator: string): number | null {
  const d = Number(denominator);
  return d === 0 ? null : Number(whole ?? 0) + Number(numerator) / d;
}

export function findPercentages(text: string, base = 0): Percentage[] {
  const out: Percentage[] = [];
  for (const { m, at } of anchored(text, PERCENT_ANCHOR, PERCENT, 80)) {
    const value = m[3] !== undefined ? fractionOf(m[1], m[2] as string, m[3]) : m[4] !== undefined ? readFigure(text, m[4], null) : parseNumberWords(m[5] as string);
    if (value !== null) out.push({ text: m[0], value, start: base + at });
  }
  return out;
}

// A duration's figure: whole, or with a decimal point or a decimal comma ("2,5 years", as continental drafting writes
// two and a half; read as "5 years" before). Not the digits after a thousands comma: "$100,000    Year 2" in a
// table of payments was a duration of 0 days ("000 Year"). A figure grouped in thousands is a duration in brackets
// ("one thousand (1,000) days") and bare when no currency stands before it and at most one space or a hyphen after it
// ("1,000 days"): in such a table it is money ("$100,000    Year 2"), before a column of years.
const DURATION_FIGURE = String.raw`\d+(?:\.\d+|,\d{1,2}(?![\d,]))?`;
const GROUPED_FIGURE = String.raw`\d{1,3}(?:,\d{3})+(?![\d,])`;
const BARE_GROUPED = String.raw`(?<![$€£¥₹]${_}?|\b${MONEY_CODES}${_}?)${GROUPED_FIGURE}(?=-?${_}?[A-Za-z])`;
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, quarter: 90, year: 365 };
const DURATION = caseInsensitive(
  String.raw`\b(?:(${NUMBER_WORDS})${_}*\(${_}*(${GROUPED_FIGURE}|${DURATION_FIGURE})${_}*\)|(?<!\d,)(${BARE_GROUPED}|${DURATION_FIGURE})|(${NUMBER_WORDS}))(?:${_}|-)*(?:(calendar|business|working|banking|consecutive|full)${_}+)?(days?|weeks?|months?|years?|quarters?)\b`,
  'g',
);

const DURATION_ANCHOR = /\b(?:[Dd]ays?|DAYS?|[Ww]eeks?|WEEKS?|[Mm]onths?|MONTHS?|[Yy]ears?|YEARS?|[Qq]uarters?|QUARTERS?)\b/g;

export function findDurations(text: string, base = 0): Duration[] {
  const out: Duration[] = [];
  for (const { m, at } of anchored(text, DURATION_ANCHOR, DURATION, 80)) {
    // Figures win over words when both are written: the precision pack flags disagreement separately.
    const value = m[2] !== undefined ? parseFigure(m[2]) : m[3] !== undefined ? parseFigure(m[3]) : parseNumberWords(m[4] as string);
    if (value === null) continue;
    const unit = (m[6] as string).toLowerCase().replace(/s$/, '');
    const days = Math.round(value * (UNIT_DAYS[unit] ?? 1));
    const business = /business|working|banking/i.test(m[5] ?? '');
    out.push({ text: m[0], days, ...(business ? { business } : {}), start: base + at });
  }
  return out;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)`;
const DATE = caseInsensitive(
  [
    String.raw`\b(${MONTH})\.?\s+(\d{1,2})\s?(?:st|nd|rd|th)?,?\s+(\d{4})\b`,
    String.raw`\b(\d{1,2})\s?(?:st|nd|rd|th)?\s+(?:day\s+of\s+|of\s+)?(${MONTH})\.?,?\s+(\d{4})\b`,
    String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`,
    String.raw`\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b`,
    // Day, month and year with full stops, as Swiss, German and much European drafting writes a date ("31.12.2027");
    // not a version number of the same shape ("Firmware version 2.1.2025", "v2.1.2025", "Release 3.4.2026").
    String.raw`(?<![\d.]|\b(?:version|ver|v|release|rel|firmware|build|revision|rev)\.?\s?(?:no\.?\s?)?)(\d{1,2})\.(\d{1,2})\.(\d{4})\b(?!\.\d)`,
  ].join('|'),
  'g',
);

function iso(y: number, mo: number, d: number): string | null {
  if (y < 1900 || y > 2199 || mo < 1 || mo > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > last) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// Every date form contains a four-digit year.
const DATE_ANCHOR = /\b(?:19|2[01])\d\d\b/g;

export function findDates(text: string, base = 0): DateFact[] {
  const out: DateFact[] = [];
  for (const { m, at } of anchored(text, DATE_ANCHOR, DATE, 40)) {
    let value: string | null = null;
    if (m[1] !== undefined) value = iso(Number(m[3]), MONTHS[m[1].toLowerCase()] ?? 0, Number(m[2]));
    else if (m[4] !== undefined) value = iso(Number(m[6]), MONTHS[(m[5] as string).toLowerCase()] ?? 0, Number(m[4]));
    else if (m[7] !== undefined) value = iso(Number(m[7]), Number(m[8]), Number(m[9]));
    else if (m[10] !== undefined) value = iso(Number(m[12]), Number(m[10]), Number(m[11])); // US order: month/day/year
    else value = iso(Number(m[15]), Number(m[14]), Number(m[13])); // day.month.year
    if (value) out.push({ text: m[0], iso: value, start: base + at });
  }
  return out;
}

const PATENT_NO = String.raw`RE\s?\d{2},?\d{3}|D\s?\d{3},?\d{3}|\d{4}[\/-]\d{6,7}|\d{2}\/\d{3},?\d{3}|\d{1,2}(?:[, ]\d{3}){2}|\d{6,13}(?:\.\d)?`;
const PATENT = new RegExp(
  String.raw`\b(?:(U\.\s?S\.|US|United\s+States)\s+(?:Letters\s+)?[Pp]atent(?:\s+[Aa]pplication)?(?:\s+(?:Serial|Publication))?\s+(?:Nos?\.?|Numbers?|Ser\.\s*No\.)\s*|[Pp]atent(?:\s+[Aa]pplication)?\s+(?:Nos?\.|Numbers?)\s*|\b(US|EP|WO|JP|CN|DE|GB|KR|FR|CA|AU|BR|MX|IT|ES|CH|NL|SE|DK|IL|IN|TW|SG|NZ|ZA|AT|BE|FI|NO|RU)\s?)(${PATENT_NO})(?:\s?([ABCES][0-9]?)\b)?((?:\s*(?:,|;|and|or|&)\s*(?:${PATENT_NO})(?:\s?[ABCES][0-9]?\b)?)*)`,
  'g',
);
const PATENT_ONE = new RegExp(String.raw`(${PATENT_NO})(?:\s?([ABCES][0-9]?)\b)?`, 'g');

function normalisePatent(country: string, num: string, kind: string | undefined): string {
  return `${country}${num.replace(/[\s,]/g, '')}${kind ?? ''}`;
}

export function findPatentNumbers(text: string, base = 0): PatentNumber[] {
  const out: PatentNumber[] = [];
  for (const m of text.matchAll(PATENT)) {
    const countryWord = m[1] ?? m[2];
    const country = countryWord === undefined ? '' : /^U|United/.test(countryWord) ? 'US' : countryWord;
    // "US 2,000,000 dollars" is money, not a patent.
    if (m[2] !== undefined && /^\s*(?:dollars|in\b)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
    out.push({ text: m[0], number: normalisePatent(country, m[3] as string, m[4]), start: base + m.index });
    if (m[5]) for (const more of m[5].matchAll(PATENT_ONE)) out.push({ text: more[0], number: normalisePatent(country, more[1] as string, more[2]), start: base + m.index + m[0].length - m[5].length + more.index });
  }
  return out;
}

// The currency signs and codes an amount's figures may carry, in both orders of words and figures: one place, so that
// the pairs and the anchors that find them stay in step (a sign added to one and not the other is never compared). The
// codes are MONEY_CODES, those an amount is read with (a group: "x${MONEY_CODES}" is never "xINR" or "SGD").
const CURRENCY_SIGNS = '[$€£₹]';
// The currency inside the bracket after the words: "(US$150,000)", "(Rs. 1,00,000)", "(EUR 5,000)".
// "(R$ 1.000.000,00)": the Brazilian real's sign.
const BRACKET_CURRENCY = String.raw`(?:US\$|U\.S\.\s?\$|R\$|${CURRENCY_SIGNS}|Rs\.?|${MONEY_CODES})`;

// The currency may be named in full between words and figures: "one hundred fifty thousand United States dollars (US$150,000)".
const PAIR = caseInsensitive(
  String.raw`\b(${NUMBER_WORDS})(?:${_}+(?:percent|per\s?cent|(?:(?:U\.?S\.?|United${_}+States)${_}+)?dollars|euros?|pounds(?:${_}+sterling)?|rupees|reais))?${_}*\(${_}*${BRACKET_CURRENCY}?${_}*(${FIG})${_}*(?:%|percent)?${_}*\)`,
  'g',
);

const PAIR_ANCHOR = new RegExp(String.raw`\(\s*${BRACKET_CURRENCY}?\s*\d`, 'g');

// The last word of what PAIR reads before its bracket: a number word or a unit ("thirty", "percent", "dollars").
const PAIR_LAST_WORDS = new Set([...NUMBER_WORD_LIST, 'percent', 'cent', 'dollars', 'euro', 'euros', 'pounds', 'sterling', 'rupees', 'reais']);
// Their shortest and longest ("one", "seventeen"): a word of another length is read no further.
const PAIR_LAST_MIN = Math.min(...[...PAIR_LAST_WORDS].map((w) => w.length));
const PAIR_LAST_MAX = Math.max(...[...PAIR_LAST_WORDS].map((w) => w.length));

/**
 * Whether a PAIR match in the window from `from` can hold the bracket at `at`: the word before it (after white space)
 * ends the words of one. The window never starts inside a word, so the word read here is whole.
 */
function pairBefore(text: string, at: number, from: number): boolean {
  let end = at;
  while (end > from && isBlankChar(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && end - start <= PAIR_LAST_MAX && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return end - start >= PAIR_LAST_MIN && end - start <= PAIR_LAST_MAX && PAIR_LAST_WORDS.has(text.slice(start, end).toLowerCase());
}
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * What ends the text before number words that are only part of a number (see findNumberPairs): "point", a fraction
 * ("one half of", "nine-tenths of", "three quarters of", "two thirds of", "one tenth of" one percent).
 */
// A fraction in the plural is one anywhere; in the singular only after "one" or "a" ("the fifth of" is an ordinal).
const PART_OF_NUMBER = /(?:\bpoint|\b(?:half|(?:(?:one|a|an)[\s-]+)(?:quarter|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth|thousandth)|quarters|thirds|fourths|fifths|sixths|sevenths|eighths|ninths|tenths|hundredths|thousandths)\s+of|[)\d-])\s*$/i;

// Figures first and the words in brackets, as Indian (and much Asian) drafting writes an amount: "INR 75,00,000
// (Rupees Seventy Lakh only)", "US$ 2,000,000 (US Dollars Two Million only)", and Brazilian: "R$ 1.500.000,00 (one
// million, five hundred thousand reais)". The currency may be named before or after
// the words.
const currencyWord = (_: string): string =>
  String.raw`(?:(?:Indian${_}+)?[Rr]upees|RUPEES|(?:U\.?S\.?${_}+|United${_}+States${_}+|Australian${_}+|Canadian${_}+|Singapore${_}+)?(?:[Dd]ollars|DOLLARS)|[Ee]uros?|EUROS?|[Pp]ounds(?:${_}+[Ss]terling)?|(?:Swiss${_}+)?(?:[Ff]rancs|FRANCS)|(?:South${_}+African${_}+)?(?:[Rr]and|RAND)|(?:Brazilian${_}+)?(?:[Rr]eais|REAIS))`;
/** REVERSE_PAIR's source with `_` for the white space between its parts and the words of its number. */
const reversePairSource = (_: string, numberWords: string): string => {
  const word = currencyWord(_);
  return String.raw`(?:US\$|U\.S\.\s?\$|\bR\$|${CURRENCY_SIGNS}|\bRs\.?|\bR(?=\d)|\b(?:${MONEY_CODES})\b)${_}?(${FIG})(?:\.-{1,2}|\.–)?${_}*\(${_}*(?:${word}${_}+)?(${numberWords})(?:${_}+${word})?(?:${_}+only)?${_}*\)`;
};
const REVERSE_PAIR = caseInsensitive(reversePairSource(_, NUMBER_WORDS), 'g');
/**
 * REVERSE_PAIR with `\s` for INLINE_SPACE: the same matches in a text without line breaks, where INLINE_SPACE, `\s` and
 * SPACE_NOT_BREAK are the same characters. Without INLINE_SPACE's look-ahead in each of its ~30 places (and `\s` a class
 * V8 knows), compiling it costs under half of REVERSE_PAIR's ~36M instructions, which a worker paid on its first pair of
 * figures and words. Made on first use.
 */
let reversePairOneLine: RegExp | undefined;

/**
 * The pattern to read a reverse pair's window with, the anchor at `rel`; null when no match can cover the anchor. A
 * match that covers it ends with the first ')' from there on: its number words and currency hold no bracket, and what
 * comes before its '(' (the currency and figures) holds no ')'. So every match tried from a start up to `rel` reads the
 * window no further than that ')' (the figures' look-aheads read at most two characters past them, before the '('), and
 * where that stretch holds no line break, INLINE_SPACE and `\s` match alike at every place either is tried.
 * Where it holds one, REVERSE_PAIR itself. (test/facts/reverse-pair-one-line.test.ts holds the two to each other.)
 */
export function reversePairFor(window: string, rel: number): RegExp | null {
  const close = window.indexOf(')', rel);
  if (close < 0) return null;
  for (let k = 0; k <= close; k++) {
    const c = window.charCodeAt(k);
    if (c === 10 || c === 13) return REVERSE_PAIR;
  }
  return (reversePairOneLine ??= caseInsensitive(reversePairSource(String.raw`\s`, numberWordsWith(String.raw`\s`)), 'g'));
}
/** For tests: REVERSE_PAIR, which reads any window. */
export const REVERSE_PAIR_ANY = REVERSE_PAIR;
// The figures as FIG groups them (commas, full stops, apostrophes, spaces before a digit), the Swiss '.--' after them.
const REVERSE_ANCHOR = new RegExp(String.raw`(?:${CURRENCY_SIGNS}|\bRs\b\.?|\bR(?=\d)|\b(?:${MONEY_CODES})\b)\s?\d(?:[\d,.'’]|[ \u00a0\u202f]\d)*(?:\.-{1,2}|\.–)?\s*\(\s*[A-Za-z]`, 'g');

/**
 * The figures of a pair, as its words read them where they give one reading of the figure ("EUR 1.500 (one thousand five
 * hundred euros)": the full stop groups thousands), else as readFigure reads them (the words may then disagree).
 */
function pairFigures(text: string, figure: string, words: number | null, pair: string): number | null {
  if (words !== null && POINT_OR_GROUP.test(figure) && words === grouped(figure)) return words;
  return readFigure(text, figure, /€|\bEUR\b|\beuros?\b/i.test(pair) ? 'EUR' : null);
}

export function findNumberPairs(text: string, base = 0): NumberPair[] {
  const out: NumberPair[] = [];
  // The words in brackets run long ("(one million two hundred and fifty thousand Swiss francs only)"): the window
  // reads 140 characters past the bracket, where other families read 48.
  for (const { m, at } of anchored(text, REVERSE_ANCHOR, reversePairFor, 8, undefined, 140)) {
    const words = parseNumberWords(m[2] as string);
    const figures = pairFigures(text, m[1] as string, words, m[0]);
    if (words !== null && figures !== null) out.push({ text: m[0], words, figures, start: base + at, end: base + at + m[0].length });
  }
  for (const { m, at } of anchored(text, PAIR_ANCHOR, PAIR, 80, (a, from) => pairBefore(text, a, from))) {
    // "cero point five percent (0.5%)", "one half of one percent (0.5%)", "three (3) million dollars ($3,000,000)":
    // the words are only part of the number, so there is nothing to compare.
    // (The look-back starts on a word's first character: the "half of" of "behalf of" is no fraction.)
    let back = Math.max(0, at - 12);
    while (back > 0 && isWordCode(text.charCodeAt(back - 1)) && isWordCode(text.charCodeAt(back))) back--;
    if (PART_OF_NUMBER.test(text.slice(back, at))) continue;
    const words = parseNumberWords(m[1] as string);
    const figures = pairFigures(text, m[2] as string, words, m[0]);
    if (words === null || figures === null) continue;
    out.push({ text: m[0], words, figures, start: base + at, end: base + at + m[0].length });
  }
  return out;
}

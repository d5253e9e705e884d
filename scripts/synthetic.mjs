// Builds a long synthetic cross-license agreement in memory from the realistic base fixture:
// the preamble once, then the operative articles repeated and renumbered until the target size,
// then the signature block. Used by the benchmark's scaling series and by the property tests.
//
// Each repetition varies its amounts, percentages, periods and field names, so a per-sentence
// cache in the tagger cannot make the long agreement look cheaper than real text would be.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BASE_FIXTURE = fileURLToPath(new URL('../fixtures/synthetic/cross-license-base.md', import.meta.url));

/** A "page" for the benchmark: 3,000 characters, about 500 words of contract prose. */
export const CHARS_PER_PAGE = 3000;

const FIELDS = [
  'memory controllers', 'image sensors', 'power management circuits', 'baseband processors',
  'radar transceivers', 'display drivers', 'storage controllers', 'network interface cards',
  'audio codecs', 'motor control units', 'optical transceivers', 'security processors',
];

/**
 * Split the base agreement into preamble, articles (each starting at its "## ARTICLE n" heading) and closing.
 * @param {string} text
 * @returns {{ preamble: string, articles: string[], closing: string }}
 */
export function splitAgreement(text) {
  const firstArticle = text.search(/^## ARTICLE \d+/m);
  const closing = text.search(/^IN WITNESS WHEREOF/m);
  if (firstArticle < 0 || closing < firstArticle) throw new Error('base fixture has no ARTICLE headings before IN WITNESS WHEREOF');
  const body = text.slice(firstArticle, closing);
  const articles = body.split(/(?=^## ARTICLE \d+)/m).filter((a) => a.trim() !== '');
  return { preamble: text.slice(0, firstArticle), articles, closing: text.slice(closing) };
}

/**
 * Renumber one article from its own number to `to`, and vary its figures by repetition `rep`.
 * @param {string} article
 * @param {number} to
 * @param {number} rep
 * @returns {string}
 */
function renumberArticle(article, to, rep) {
  const from = Number(/^## ARTICLE (\d+)/.exec(article)?.[1]);
  const field = FIELDS[rep % FIELDS.length] ?? 'memory controllers';
  return article
    .replace(/^## ARTICLE \d+/, `## ARTICLE ${to}`)
    // Section numbers at line start and cross-references inside the same article.
    .replace(new RegExp(`^${from}\\.(\\d+)`, 'gm'), `${to}.$1`)
    .replace(new RegExp(`\\b(Section|Sections|Article) ${from}(?=\\b)`, 'g'), `$1 ${to}`)
    .replace(/memory controllers/g, field)
    .replace(/US\$([\d,]+)/g, (_m, n) => `US$${(Number(n.replace(/,/g, '')) + rep * 25_000).toLocaleString('en-US')}`)
    .replace(/\((\d+)\)/g, (_m, n) => `(${Number(n) + (rep % 7)})`)
    .replace(/\((\d+(?:\.\d+)?)%\)/g, (_m, n) => `(${(Number(n) + (rep % 5) / 10).toFixed(1)}%)`);
}

/**
 * An agreement of about `pages` pages (whole articles, so the size is at least the target).
 * @param {number} pages
 * @param {string} [baseText] the base fixture's text by default
 * @returns {string}
 */
export function buildLongAgreement(pages, baseText = readFileSync(BASE_FIXTURE, 'utf8')) {
  const { preamble, articles, closing } = splitAgreement(baseText);
  const target = pages * CHARS_PER_PAGE;
  const parts = [preamble];
  let length = preamble.length + closing.length;
  for (let n = 0; length < target; n++) {
    const next = articles[n % articles.length];
    if (next === undefined) break; // no articles (splitAgreement finds at least one)
    const article = renumberArticle(next, n + 1, Math.floor(n / articles.length));
    parts.push(article);
    length += article.length;
  }
  parts.push(closing);
  return parts.join('');
}

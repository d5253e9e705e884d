// HTML -> agreement text (lazy-loaded by ingestFile). One paragraph per block element, separated by blank
// lines, so the plain-text structure parser sees the same shapes as in a text agreement: headings on their
// own line, list items with their visible numbers, table rows as tab-separated lines.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { applyStylesheet } from './html-css.js';

const SKIP = new Set(['script', 'style', 'head', 'template', 'noscript', 'svg', 'iframe', 'object']);
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'dt', 'dd', 'caption', 'address', 'figcaption', 'summary', 'legend']);
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'body', 'html', 'header', 'footer', 'aside', 'nav', 'blockquote', 'figure', 'details', 'fieldset', 'form', 'dl', 'center']);

/** Visible number of the n-th (1-based) item of an ordered list at nesting `level` (0-based). */
export function listLabel(n: number, level: number, type: string | null): string {
  const roman = (k: number): string => {
    const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
    let out = '';
    for (const [v, s] of table) while (k >= v) { out += s; k -= v; }
    return out;
  };
  const letter = (k: number): string => (k <= 26 ? String.fromCharCode(96 + k) : String.fromCharCode(96 + ((k - 1) % 26) + 1).repeat(Math.ceil(k / 26)));
  // An explicit type is what a browser shows; without one, legal-style levels: 1. (a) (i) (A) (1)
  switch (type ?? ['1', 'a', 'i', 'A', '1'][Math.min(level, 4)]) {
    case 'a': return type ? `${letter(n)}.` : `(${letter(n)})`;
    case 'A': return type ? `${letter(n).toUpperCase()}.` : `(${letter(n).toUpperCase()})`;
    case 'i': return type ? `${roman(n)}.` : `(${roman(n)})`;
    case 'I': return `${roman(n).toUpperCase()}.`;
    default: return level >= 4 && !type ? `(${n})` : `${n}.`;
  }
}

/**
 * A block's visible text. Source newlines are already collapsed by toText (innerText rules); a line break
 * (<br>, Word's Shift+Enter) stays one, so signature lines and "(a) ..." lines typed inside one paragraph keep
 * the line structure the text parser reads, as they have in Markdown. Table cells are flattened to one line.
 */
function inlineText(node: Element | Root, lines = true): string {
  const raw = toText(node as Element);
  if (!lines) return raw.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
  return raw.split(/\r\n|\r|\n/).map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim()).filter((line) => line !== '').join('\n');
}

const LIST_STYLE: Record<string, string> = { decimal: '1', 'lower-alpha': 'a', 'lower-latin': 'a', 'upper-alpha': 'A', 'upper-latin': 'A', 'lower-roman': 'i', 'upper-roman': 'I' };

/**
 * A list's number style: its `type` attribute, else an inline `list-style-type` (what editors write), else null.
 * 'none' for a list that draws no marker ('list-style-type: none'): CKEditor 5's legal lists, and editors and CMS
 * exports that write each item's number as its text ('<span class="multi-level-list__marker">1.1. </span>'). A number
 * made up for them stood before the item's own ('(a) 1.1. Orrin grants ...').
 */
function listType(el: Element, sheet: string | undefined): string | null {
  if (typeof el.properties.type === 'string' && /^[1aAiI]$/.test(el.properties.type)) return el.properties.type;
  const style = typeof el.properties.style === 'string' ? /(?:^|;)\s*list-style(?:-type)?\s*:\s*([a-z-]+)/i.exec(el.properties.style) : null;
  return listStyleName(style?.[1]) ?? listStyleName(sheet);
}

/**
 * The list type a list-style value names ('none', 'lower-alpha', 'decimal inside'), or null. The stylesheet's value
 * (a class's 'list-style: none', 'ol ol { list-style-type: lower-alpha }') counts where the list has none inline.
 */
function listStyleName(value: string | undefined): string | null {
  if (value === undefined) return null;
  for (const word of value.toLowerCase().split(/\s+/)) {
    if (word === 'none') return 'none';
    const type = LIST_STYLE[word];
    if (type !== undefined) return type;
  }
  return null;
}

const KIX_CLASS = /\blst-kix_([A-Za-z0-9_]+)-(\d)\b/;
const KIX_RULE = /\.lst-kix_([A-Za-z0-9_]+)-(\d)\s*>\s*li:before\s*\{[^}]*?content:\s*([^;}]*)/g;
const KIX_TOKEN = /"((?:[^"\\]|\\.)*)"|counter\(\s*lst-ctn-kix_([A-Za-z0-9_]+)-(\d)\s*(?:,\s*([a-z-]+)\s*)?\)/g;

/** A counter value drawn in a CSS list style (decimal, lower-latin, upper-roman ...). */
function counterText(n: number, style: string): string {
  switch (style) {
    case 'lower-latin': case 'lower-alpha': return listLabel(n, 1, null).slice(1, -1);
    case 'upper-latin': case 'upper-alpha': return listLabel(n, 1, null).slice(1, -1).toUpperCase();
    case 'lower-roman': return listLabel(n, 2, null).slice(1, -1);
    case 'upper-roman': return listLabel(n, 2, null).slice(1, -1).toUpperCase();
    case 'decimal-leading-zero': return n < 10 ? `0${n}` : String(n);
    default: return String(n);
  }
}

/**
 * Google Docs' HTML export writes a multi-level list as flat sibling <ol class="lst-kix_<list>-<level>" start="k">
 * lists, and draws each level's number with a CSS counter ('.lst-kix_x-1>li:before{content:"" counter(lst-ctn-kix_x-0,
 * decimal) "." counter(lst-ctn-kix_x-1,decimal) " "}'); read as plain lists, '1.1' came out as a second '1.'. The
 * counters are kept per list and level (a level's item resets the levels below it) and the label is the CSS content
 * evaluated, or the level's legal default when the stylesheet does not say.
 */
function googleDocsLists(css: readonly string[]): { label: (el: Element, n: number) => string | null } {
  const contents = new Map<string, string>();
  for (const m of css.join('\n').matchAll(KIX_RULE)) contents.set(`${m[1]}-${m[2]}`, m[3] as string);
  const counters = new Map<string, number[]>();
  return {
    label: (el, n) => {
      const cls = Array.isArray(el.properties.className) ? el.properties.className.join(' ') : '';
      const m = KIX_CLASS.exec(cls);
      if (m === null) return null;
      const id = m[1] as string;
      const level = Number(m[2]);
      const values = counters.get(id) ?? [];
      values.length = level + 1;
      values[level] = n;
      counters.set(id, values);
      const content = contents.get(`${id}-${level}`);
      if (content === undefined) return level === 0 ? `${n}.` : listLabel(n, level, null);
      let text = '';
      for (const t of content.matchAll(KIX_TOKEN)) {
        if (t[1] !== undefined) text += t[1].replace(/\\(.)/g, '$1');
        else if (t[2] === id) text += counterText(values[Number(t[3])] ?? 1, t[4] ?? 'decimal');
      }
      return text.trim() || null;
    },
  };
}

/** The text of the document's <style> elements. */
function stylesheets(tree: Root): string[] {
  const css: string[] = [];
  const collect = (n: Root | Element): void => {
    for (const c of n.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'style') css.push(toText(c));
      else collect(c);
    }
  };
  collect(tree);
  return css;
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && (BLOCK.has(c.tagName) || CONTAINERS.has(c.tagName) || c.tagName === 'ul' || c.tagName === 'ol' || c.tagName === 'table'));
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
// A note's mark: "1", "[1]", "*", "†".
const NOTE_MARK = /^\s*\[?\s*(\d{1,3}|\*{1,3}|[†‡])\s*\]?\s*$/;

/** A note mark written with superscript characters ("12" -> "¹²"; "*", "†" kept). */
function superscriptMark(mark: string): string {
  return /^\d+$/.test(mark) ? [...mark].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('') : mark;
}

/**
 * Note marks read as superscript characters, as a text export prints them: a <sup> holding only a mark (LibreOffice's
 * '<a class="sdfootnoteanc" href="#sdfootnote1sym"><sup>1</sup></a>', a word processor's '<sup>[1]</sup>'), and a
 * link to the text holding only a mark (the note's own number, '<a class="sdfootnotesym" href="#sdfootnote1anc">1</a>',
 * followed by a space). Read as plain digits, 'listed in Schedule 1<sup>1</sup>' was 'Schedule 11', a reference to a
 * schedule the agreement does not have. Mutates the tree.
 */
function markNotes(n: Root | Element): void {
  for (const c of n.children) {
    if (c.type !== 'element') continue;
    const linkBack = c.tagName === 'a' && typeof c.properties.href === 'string' && c.properties.href.startsWith('#') && !c.children.some((k) => k.type === 'element' && k.tagName === 'sup');
    if (c.tagName === 'sup' || linkBack) {
      const mark = NOTE_MARK.exec(toText(c))?.[1];
      if (mark !== undefined) {
        c.children = [{ type: 'text', value: `${superscriptMark(mark)}${linkBack ? ' ' : ''}` }];
        continue;
      }
    }
    markNotes(c);
  }
}

/** Whether the document was written by LibreOffice or OpenOffice (its generator meta tag). */
function fromLibreOffice(tree: Root): boolean {
  let found = false;
  const visit = (n: Root | Element): void => {
    for (const c of n.children) {
      if (found || c.type !== 'element') continue;
      if (c.tagName === 'meta' && String(c.properties.name ?? '').toLowerCase() === 'generator') found = /\b(?:LibreOffice|OpenOffice)/i.test(String(c.properties.content ?? ''));
      else if (c.tagName === 'html' || c.tagName === 'head') visit(c);
    }
  };
  visit(tree);
  return found;
}

// A sub-clause cited by its decimal number ('Section 2.1', 'clauses 3.2 and 3.4'), and one cited by a letter in brackets
// after a clause's own number ('Section 2(a)'; not 'Section 2.1(a)', a decimal sub-clause's item).
const DECIMAL_CITATION_RE = /\b(?:[Ss]ections?|SECTIONS?|[Cc]lauses?|CLAUSES?|[Pp]aragraphs?|[Aa]rticles?)[ \t\u00a0]+\d{1,3}\.\d{1,3}\b/;
const LETTER_CITATION_RE = /(?<![\w.])\d{1,3}[ \t\u00a0]?\([a-z]{1,2}\)/;
// An item cited by a letter after a decimal sub-clause's number ('Section 1.2(a)'): the level below the decimals is lettered.
const DECIMAL_LETTER_CITATION_RE = /(?<![\w.])\d{1,3}\.\d{1,3}[ \t\u00a0]?\([a-z]{1,2}\)/;

/**
 * How many levels of ordered lists the document numbers in decimals where a list has no type ('2.1' under '2.'), as it
 * reads: every level where LibreOffice wrote it (it writes a list's type only for letters and Roman numerals), or where
 * the text cites sub-clauses by decimal numbers ('Section 2.1') and never by a letter after a clause's own number
 * ('Section 2(a)'); only the first two when it also cites a letter after a decimal ('Section 2.1(a)'): the level below
 * is lettered. A browser draws such a list '1.' at every depth, a number no one cites; with neither cue, 1 (the top
 * level's '1.'), and the legal style ('(a)' below '1.') below it, as counsel would cite it.
 */
function decimalListLevels(tree: Root): number {
  if (fromLibreOffice(tree)) return Number.POSITIVE_INFINITY;
  const text = toText(tree);
  if (!DECIMAL_CITATION_RE.test(text) || LETTER_CITATION_RE.test(text)) return 1;
  return DECIMAL_LETTER_CITATION_RE.test(text) ? 2 : Number.POSITIVE_INFINITY;
}

/** HTML source -> text with one block per paragraph. */
export function htmlToText(html: string): string {
  const tree = fromHtml(html);
  const out: string[] = [];
  markNotes(tree);
  // An untyped list nested in a numbered item: decimal ('2.1') or legal style ('(a)'), as the document reads; the legal
  // style's levels start below the decimal ones.
  const decimalLevels = decimalListLevels(tree);
  // The number of the last item read at each depth: a list LibreOffice reopens at a depth below another ('<ol><ol
  // start="3">', the outer list holding no item, after a paragraph or table broke the list) continues that item's.
  const lastNumber: (string | null)[] = [];
  const css = stylesheets(tree);
  const kix = googleDocsLists(css);
  // (Hidden and deleted elements are taken out of the tree here; `cssNumbers` holds the numbers CSS counters draw.)
  const { labels: cssNumbers, listStyles } = applyStylesheet(tree, css, counterText);
  // A number drawn before an element goes before the first paragraph the element gives.
  let pending: string | null = null;

  const emit = (s: string): void => {
    if (s === '') return;
    out.push(pending === null ? s : `${pending} ${s}`);
    pending = null;
  };

  // How many ordered lists the list being read is inside: an untyped list's legal-style level counts them, not the
  // bulleted lists between ('<ul><li>Scope<ol><li>...' draws '1.', as a first numbered level, not '(a)').
  let orderedDepth = 0;
  // `within`: the decimal number of the list item this list is nested in ('2', '2.1'), when there is one
  const list = (el: Element, level: number, within: string | null = null): void => {
    const ordered = el.tagName === 'ol';
    const depth = orderedDepth;
    if (ordered) orderedDepth++;
    try {
      listItems(el, level, within, ordered, depth);
    } finally {
      if (ordered) orderedDepth--;
    }
  };
  const listItems = (el: Element, level: number, within: string | null, ordered: boolean, depth: number): void => {
    const type = listType(el, listStyles.get(el)) ?? (ordered && depth > 0 && depth < decimalLevels ? '1' : null);
    // an untyped lettered level's place in the legal style ('(a)', '(i)', '(A)') counts from the first level below the decimals
    const legalLevel = Number.isFinite(decimalLevels) && depth >= decimalLevels ? depth - decimalLevels + 1 : depth;
    let n = typeof el.properties.start === 'number' ? el.properties.start : 1;
    // the number of this list's last item read (the item a bare nested list continues)
    let previous: string | null = null;
    for (const child of el.children) {
      // A list directly inside a list (no item between: LibreOffice's and some editors' way to reach a deeper level)
      // is read as nested in the item before it, or, with none in this list, in the last item read at this depth.
      if (child.type === 'element' && (child.tagName === 'ol' || child.tagName === 'ul')) {
        list(child, level + 1, previous ?? within ?? lastNumber[level] ?? null);
        continue;
      }
      if (child.type !== 'element' || child.tagName !== 'li') continue;
      // A decimal list inside a numbered item is that clause's subdivision: Word's multi-level '2.1' reaches HTML
      // (pandoc, LibreOffice, editors' paste) as a nested <ol type="1">, which a browser draws as '1.'; read as
      // '1.' it would be a second clause 1 at the top of the tree. Written '2.1', it is the clause counsel cites.
      const composite = ordered && type === '1' && within !== null && level > 0 ? `${within}.${n}` : null;
      // Google Docs' own counters, else a number the stylesheet draws before the item ('li::before { content:
      // counters(item, ".") }' in place of the list's marker), else the list's.
      const drawn = ordered ? (kix.label(el, n) ?? cssNumbers.get(child) ?? null) : (cssNumbers.get(child) ?? null);
      const label = drawn !== null ? `${drawn} ` : !ordered || type === 'none' ? '' : composite !== null ? `${composite} ` : `${listLabel(n, legalLevel, type)} `;
      const number = composite ?? (ordered && (type ?? (depth === 0 ? '1' : null)) === '1' ? String(n) : null);
      n++;
      previous = number;
      lastNumber[level] = number;
      lastNumber.length = level + 1;
      // the item's own inline content, then its nested lists and blocks
      const own: ElementContent[] = [];
      const rest: Element[] = [];
      for (const c of child.children) {
        if (c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol' || BLOCK.has(c.tagName) || c.tagName === 'table' || CONTAINERS.has(c.tagName))) rest.push(c);
        else own.push(c);
      }
      let ownText = inlineText({ type: 'root', children: own } as Root);
      let restFrom = 0;
      if (ownText === '' && rest[0] && BLOCK.has(rest[0].tagName)) {
        ownText = inlineText(rest[0]);
        restFrom = 1;
      }
      emit(ownText === '' && label === '' ? '' : `${label}${ownText}`.trim());
      for (const r of rest.slice(restFrom)) {
        if (r.tagName === 'ul' || r.tagName === 'ol') list(r, level + 1, number);
        else node(r, level + 1);
      }
    }
  };

  const table = (el: Element): void => {
    const rows: Element[] = [];
    const collect = (e: Element): void => {
      for (const c of e.children) {
        if (c.type !== 'element') continue;
        if (c.tagName === 'tr') rows.push(c);
        else if (c.tagName !== 'table') collect(c);
      }
    };
    collect(el);
    for (const row of rows) {
      const cells = row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
      emit(cells.map((c) => inlineText(c, false)).join('\t').trim());
    }
  };

  // A definition list: a term (<dt>) and its description (<dd>) read as one paragraph, '"Term" means ...', as a browser
  // shows them one under the other; a further description, or one holding blocks of its own, follows on its own.
  const definitionList = (el: Element, level: number): void => {
    const items: Element[] = [];
    const collect = (e: Element): void => {
      for (const c of e.children) {
        if (c.type !== 'element') continue;
        if (c.tagName === 'dt' || c.tagName === 'dd') items.push(c);
        else if (c.tagName === 'div') collect(c);
        else node(c, level);
      }
    };
    collect(el);
    for (let k = 0; k < items.length; k++) {
      const item = items[k] as Element;
      const next = items[k + 1];
      if (item.tagName === 'dt' && next?.tagName === 'dd' && !hasBlockChild(next)) {
        emit(`${inlineText(item, false)} ${inlineText(next)}`.trim());
        k++;
      } else node(item, level);
    }
  };

  const node = (n: Root | RootContent | ElementContent, level: number): void => {
    if (n.type === 'root') {
      for (const c of n.children) node(c, level);
      return;
    }
    if (n.type === 'text') {
      emit(n.value.replace(/\s+/g, ' ').trim());
      return;
    }
    if (n.type !== 'element') return;
    const tag = n.tagName;
    if (SKIP.has(tag)) return;
    const number = cssNumbers.get(n);
    if (number !== undefined) pending = number;
    if (tag === 'dl') return definitionList(n, level);
    if (tag === 'ul' || tag === 'ol') return list(n, level);
    if (tag === 'table') return table(n);
    if (tag === 'br' || tag === 'hr') return;
    // (A description that holds paragraphs or lists is read as a container of them, its list numbers kept.)
    if ((BLOCK.has(tag) && !((tag === 'dd' || tag === 'dt') && hasBlockChild(n))) || (!CONTAINERS.has(tag) && !hasBlockChild(n))) {
      emit(inlineText(n));
      return;
    }
    // containers: a run of inline children forms one paragraph
    let inline: ElementContent[] = [];
    const flush = (): void => {
      if (inline.length) emit(inlineText({ type: 'root', children: inline } as Root));
      inline = [];
    };
    for (const c of n.children) {
      const isBlock = c.type === 'element' && (BLOCK.has(c.tagName) || CONTAINERS.has(c.tagName) || c.tagName === 'ul' || c.tagName === 'ol' || c.tagName === 'table' || hasBlockChild(c));
      if (isBlock) {
        flush();
        node(c, level);
      } else inline.push(c);
    }
    flush();
  };

  node(tree, 0);
  return out.length ? `${out.join('\n\n')}\n` : '';
}

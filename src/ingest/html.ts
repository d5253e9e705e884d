// HTML -> agreement text (lazy-loaded by ingestFile). One paragraph per block element, separated by blank
// lines, so the plain-text structure parser sees the same shapes as in a text agreement: headings on their
// own line, list items with their visible numbers, table rows as tab-separated lines.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

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

/** A list's number style: its `type` attribute, else an inline `list-style-type` (what editors write), else null. */
function listType(el: Element): string | null {
  if (typeof el.properties.type === 'string' && /^[1aAiI]$/.test(el.properties.type)) return el.properties.type;
  const style = typeof el.properties.style === 'string' ? /(?:^|;)\s*list-style(?:-type)?\s*:\s*([a-z-]+)/i.exec(el.properties.style) : null;
  return style ? (LIST_STYLE[(style[1] as string).toLowerCase()] ?? null) : null;
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && (BLOCK.has(c.tagName) || CONTAINERS.has(c.tagName) || c.tagName === 'ul' || c.tagName === 'ol' || c.tagName === 'table'));
}

/** HTML source -> text with one block per paragraph. */
export function htmlToText(html: string): string {
  const tree = fromHtml(html);
  const out: string[] = [];

  const emit = (s: string): void => {
    if (s !== '') out.push(s);
  };

  // `within`: the decimal number of the list item this list is nested in ('2', '2.1'), when there is one
  const list = (el: Element, level: number, within: string | null = null): void => {
    const ordered = el.tagName === 'ol';
    const type = listType(el);
    let n = typeof el.properties.start === 'number' ? el.properties.start : 1;
    for (const child of el.children) {
      if (child.type !== 'element' || child.tagName !== 'li') continue;
      // A decimal list inside a numbered item is that clause's subdivision: Word's multi-level '2.1' reaches HTML
      // (pandoc, LibreOffice, editors' paste) as a nested <ol type="1">, which a browser draws as '1.'; read as
      // '1.' it would be a second clause 1 at the top of the tree. Written '2.1', it is the clause counsel cites.
      const composite = ordered && type === '1' && within !== null && level > 0 ? `${within}.${n}` : null;
      const label = !ordered ? '' : composite !== null ? `${composite} ` : `${listLabel(n, level, type)} `;
      const number = composite ?? (ordered && (type ?? (level === 0 ? '1' : null)) === '1' ? String(n) : null);
      n++;
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
    if (tag === 'ul' || tag === 'ol') return list(n, level);
    if (tag === 'table') return table(n);
    if (tag === 'br' || tag === 'hr') return;
    if (BLOCK.has(tag) || (!CONTAINERS.has(tag) && !hasBlockChild(n))) {
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

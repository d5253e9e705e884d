// What a browser shows of an HTML agreement that the markup alone does not say: text the stylesheet hides
// (display:none, the hidden attribute) or marks as deleted (<del>, <s>, a line-through: a negotiation's redline), and
// numbers that CSS counters draw before a heading or paragraph (counter-reset / counter-increment / ::before {
// content: counter(x) }), which contract-management and clause-library exports use in place of typed numbers. A small reading of the
// stylesheet: simple selectors only (tag, #id, .class, compounds of them, descendant and child combinators); a rule
// with anything else (attributes, pseudo-classes) is ignored, as are @media and other at-rule blocks.
import type { Element, Root } from 'hast';

interface Compound { readonly tag: string | null; readonly id: string | null; readonly classes: readonly string[] }
interface Selector { readonly parts: readonly Compound[]; readonly combinators: readonly (' ' | '>')[]; readonly before: boolean }
interface Rule { readonly selector: Selector; readonly decls: ReadonlyMap<string, string> }

const COMPOUND = /^([a-zA-Z][a-zA-Z0-9-]*|\*)?((?:[#.][a-zA-Z_][\w-]*)*)$/;

function parseSelector(text: string): Selector | null {
  let s = text.trim();
  let before = false;
  const pseudo = /::?before$/i.exec(s);
  if (pseudo) {
    before = true;
    s = s.slice(0, pseudo.index);
  }
  const tokens = s.replace(/\s*>\s*/g, ' > ').trim().split(/\s+/);
  const parts: Compound[] = [];
  const combinators: (' ' | '>')[] = [];
  let pending: ' ' | '>' | null = null;
  for (const t of tokens) {
    if (t === '>') {
      if (parts.length === 0 || pending === '>') return null;
      pending = '>';
      continue;
    }
    const m = COMPOUND.exec(t);
    if (m === null || t === '') return null;
    const tag = m[1] && m[1] !== '*' ? m[1].toLowerCase() : null;
    const rest = m[2] ?? '';
    const ids = [...rest.matchAll(/#([\w-]+)/g)].map((x) => x[1] as string);
    const classes = [...rest.matchAll(/\.([\w-]+)/g)].map((x) => x[1] as string);
    if (parts.length > 0) combinators.push(pending ?? ' ');
    pending = null;
    parts.push({ tag, id: ids[0] ?? null, classes });
  }
  return parts.length > 0 && pending === null ? { parts, combinators, before } : null;
}

function parseDecls(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of text.split(';')) {
    const i = d.indexOf(':');
    if (i > 0) out.set(d.slice(0, i).trim().toLowerCase(), d.slice(i + 1).replace(/\s*!important\s*$/i, '').trim());
  }
  return out;
}

/** The style rules of a stylesheet, at-rule blocks (@media print ...) and comments left out. */
export function parseStylesheet(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const head = text.slice(i, open).trim();
    // the block's end, nested braces counted (an at-rule holds rules)
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
    }
    const body = text.slice(open + 1, j - 1);
    i = j;
    if (head.startsWith('@') || body.includes('{')) continue;
    const decls = parseDecls(body);
    for (const sel of head.split(',')) {
      const selector = parseSelector(sel);
      if (selector) rules.push({ selector, decls });
    }
  }
  return rules;
}

const classesOf = (el: Element): readonly string[] => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);

function matchesCompound(el: Element, c: Compound): boolean {
  if (c.tag !== null && el.tagName !== c.tag) return false;
  if (c.id !== null && el.properties.id !== c.id) return false;
  if (c.classes.length === 0) return true;
  const cls = classesOf(el);
  return c.classes.every((k) => cls.includes(k));
}

/** Whether `sel` matches `el`, whose ancestors are `path` (nearest last). */
function matches(el: Element, path: readonly Element[], sel: Selector): boolean {
  const last = sel.parts.length - 1;
  if (!matchesCompound(el, sel.parts[last] as Compound)) return false;
  let at = path.length - 1;
  for (let k = last - 1; k >= 0; k--) {
    const part = sel.parts[k] as Compound;
    if (sel.combinators[k] === '>') {
      if (at < 0 || !matchesCompound(path[at] as Element, part)) return false;
      at--;
    } else {
      while (at >= 0 && !matchesCompound(path[at] as Element, part)) at--;
      if (at < 0) return false;
      at--;
    }
  }
  return true;
}

/** Redline deletions: <del>, and struck-through text (<s>, <strike>), which is how a negotiated draft marks words taken out. */
const DELETED = new Set(['del', 's', 'strike']);
/** Whether declarations strike the text through (text-decoration or text-decoration-line). */
const struck = (decls: ReadonlyMap<string, string>): boolean =>
  /\bline-through\b/i.test(decls.get('text-decoration') ?? '') || /\bline-through\b/i.test(decls.get('text-decoration-line') ?? '');

/**
 * Whether an element is not shown, or shown as deleted: <del>, <s>, <strike>, the hidden attribute, display:none or a
 * line-through text decoration (what Google Docs and contract-management exports write for a manual redline's struck
 * words), inline or in the stylesheet. (A descendant cannot undo a line-through: the decoration is drawn across it.)
 */
function isHidden(el: Element, path: readonly Element[], hiding: readonly Rule[]): boolean {
  if (DELETED.has(el.tagName) || el.properties.hidden) return true;
  const style = typeof el.properties.style === 'string' ? el.properties.style : '';
  if (/(?:^|;)\s*display\s*:\s*none\b/i.test(style) || (style !== '' && struck(parseDecls(style)))) return true;
  return hiding.some((r) => matches(el, path, r.selector));
}

/** The rules that hide what they match (display:none, a line-through), read once for every element (isHidden). */
const hidingRules = (rules: readonly Rule[]): Rule[] =>
  rules.filter((r) => !r.selector.before && (r.decls.get('display')?.toLowerCase() === 'none' || struck(r.decls)));

/** The (name, value) pairs of a counter-reset or counter-increment value; `fallback` when a name has no value. */
function counterPairs(value: string | undefined, fallback: number): Array<[string, number]> {
  if (value === undefined || /^none$/i.test(value.trim())) return [];
  const out: Array<[string, number]> = [];
  const tokens = value.trim().split(/\s+/);
  for (let k = 0; k < tokens.length; k++) {
    const name = tokens[k] as string;
    if (!/^[a-zA-Z_][\w-]*$/.test(name)) continue;
    const next = tokens[k + 1];
    if (next !== undefined && /^-?\d+$/.test(next)) {
      out.push([name, Number(next)]);
      k++;
    } else out.push([name, fallback]);
  }
  return out;
}

const CONTENT_TOKEN = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(counters?)\(\s*([a-zA-Z_][\w-]*)\s*(?:,\s*(?:"([^"]*)"|'([^']*)'))?\s*(?:,\s*([a-z-]+)\s*)?\)/g;

/**
 * Removes what a browser would not show (see isHidden) and returns the numbers CSS counters draw before elements (the
 * ::before content evaluated where it names a counter). Counters are scoped as CSS scopes them: a reset makes an
 * instance for the element, its descendants and its following siblings (a sibling's reset of the same name restarts
 * it), an increment with no instance in scope makes one; counters(x, ".") joins the nested instances ("2.1.3"). Also
 * the list style the stylesheet gives each <ol> and <ul> it styles (`listStyles`, the declaration's value).
 */
export function applyStylesheet(tree: Root, styles: readonly string[], counterText: (n: number, style: string) => string): { readonly labels: Map<Element, string>; readonly listStyles: Map<Element, string> } {
  const rules = styles.flatMap(parseStylesheet);
  const hiding = hidingRules(rules);
  const labels = new Map<Element, string>();
  // The list style a rule gives a list ('.legal-list { list-style-type: none }', 'ol ol { list-style: lower-alpha }'):
  // the last matching rule's, as written (list-style-type before the list-style shorthand of the same rule).
  const listRules = rules.filter((r) => !r.selector.before && (r.decls.has('list-style-type') || r.decls.has('list-style')));
  const listStyles = new Map<Element, string>();
  const instances = new Map<string, number[]>();
  const counting = rules.some((r) => r.decls.has('counter-reset') || r.decls.has('counter-increment'));
  const walk = (parent: Root | Element, path: Element[]): void => {
    parent.children = parent.children.filter((c) => c.type !== 'element' || !isHidden(c, path, hiding)) as typeof parent.children;
    // The instances made at this level, removed when the parent ends.
    const made = new Set<string>();
    const reset = (name: string, v: number): void => {
      const stack = instances.get(name) ?? [];
      instances.set(name, stack);
      if (made.has(name)) stack[stack.length - 1] = v;
      else {
        stack.push(v);
        made.add(name);
      }
    };
    const increment = (name: string, v: number): void => {
      const stack = instances.get(name);
      if (!stack || stack.length === 0) reset(name, v);
      else stack[stack.length - 1] = (stack[stack.length - 1] as number) + v;
    };
    for (const c of parent.children) {
      if (c.type !== 'element') continue;
      if (listRules.length > 0 && (c.tagName === 'ol' || c.tagName === 'ul')) {
        for (const r of listRules) if (matches(c, path, r.selector)) listStyles.set(c, (r.decls.get('list-style-type') ?? r.decls.get('list-style')) as string);
      }
      if (counting) {
        const own = rules.filter((r) => matches(c, path, r.selector));
        const decl = (name: string, before: boolean): string | undefined => {
          let v: string | undefined;
          for (const r of own) if (r.selector.before === before && r.decls.has(name)) v = r.decls.get(name);
          return v;
        };
        const inline = typeof c.properties.style === 'string' ? parseDecls(c.properties.style) : new Map<string, string>();
        for (const [name, v] of counterPairs(inline.get('counter-reset') ?? decl('counter-reset', false), 0)) reset(name, v);
        for (const [name, v] of counterPairs(inline.get('counter-increment') ?? decl('counter-increment', false), 1)) increment(name, v);
        const content = decl('content', true);
        if (content !== undefined && /\bcounters?\(/.test(content)) {
          // (The ::before box is the element's first child: its counters act inside the element.)
          for (const [name, v] of counterPairs(decl('counter-reset', true), 0)) reset(name, v);
          for (const [name, v] of counterPairs(decl('counter-increment', true), 1)) increment(name, v);
          let text = '';
          for (const t of content.matchAll(CONTENT_TOKEN)) {
            if (t[1] !== undefined) text += t[1].replace(/\\(.)/g, '$1');
            else if (t[2] !== undefined) text += t[2].replace(/\\(.)/g, '$1');
            else {
              const stack = instances.get(t[4] as string) ?? [];
              const style = t[7] ?? 'decimal';
              text += t[3] === 'counters' ? stack.map((n) => counterText(n, style)).join(t[5] ?? t[6] ?? '') : counterText(stack[stack.length - 1] ?? 0, style);
            }
          }
          if (text.trim() !== '') labels.set(c, text.trim());
        }
      }
      walk(c, [...path, c]);
    }
    for (const name of made) instances.get(name)?.pop();
  };
  walk(tree, []);
  return { labels, listStyles };
}

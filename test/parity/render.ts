// Renders a Markdown agreement the way it reaches us as HTML or Word, for the parity tests:
// HTML through mdast -> hast -> HTML; Word through the `docx` package, with Word headings, bold run-in
// headings, soft line breaks as Word line breaks and lists either typed ("1.", "(a)") or as Word automatic
// numbering from a numbering definition (which the ingest has to rebuild from numbering.xml).
import {
  AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Tab, TextRun,
  type INumberingOptions, type IParagraphOptions,
} from 'docx';
import { toHtml } from 'hast-util-to-html';
import type { List, PhrasingContent, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { listLabel } from '../../src/ingest/html.js';

export function parseFull(markdown: string): Root {
  return unified().use(remarkParse).parse(markdown) as Root;
}

export function markdownToHtml(markdown: string): string {
  const body = toHtml(toHast(parseFull(markdown)));
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Agreement</title></head>\n<body>\n${body}\n</body></html>\n`;
}

export type Numbering = 'typed' | 'automatic';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

// Run-in heading of a numbered paragraph: "2.1 Licence to Kestrel. Northwind hereby ..." -> bold "Licence to Kestrel."
const RUN_IN = /^([A-Z][A-Za-z'’,\- ]{1,60}?\.)(\s)/;
// Clause numbers typed at the start of a heading ("1. Definitions") or paragraph ("1.1 ..."), as Word's
// legal multilevel list would draw them.
const ARTICLE = /^(ARTICLE )?(\d+)(?:\.\s+|\s+(?=[A-Z]))/;
const SECTION = /^(\d+)\.(\d+)\s+/;

/** Text runs of one string; a newline (a soft line break in Markdown) becomes a Word line break. */
function lineRuns(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, ...style, ...(i > 0 ? { break: 1 } : {}) }));
}

function runs(nodes: readonly PhrasingContent[], style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'inlineCode') {
      out.push(...lineRuns(n.value, style));
    } else if (n.type === 'strong') out.push(...runs(n.children, { ...style, bold: true }));
    else if (n.type === 'emphasis') out.push(...runs(n.children, { ...style, italics: true }));
    else if (n.type === 'break') out.push(new TextRun({ text: '', break: 1 }));
    else if ('children' in n) out.push(...runs(n.children as PhrasingContent[], style));
  }
  return out;
}

function plain(nodes: readonly PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children as PhrasingContent[]) : '')).join('');
}

/** Paragraph runs with the leading clause number removed (automatic numbering draws it) and a bold run-in heading. */
function bodyRuns(text: string, nodes: readonly PhrasingContent[], stripped: number): TextRun[] {
  if (stripped === 0 && !SECTION.test(text)) return runs(nodes);
  const number = stripped === 0 ? (SECTION.exec(text)?.[0] ?? '') : '';
  const rest = text.slice(stripped === 0 ? number.length : stripped);
  const runIn = RUN_IN.exec(rest);
  const out: TextRun[] = [];
  // counsel type the number and a tab ("1.1<tab>Licence ..."); Word draws the same for an automatic number
  if (number) out.push(new TextRun({ children: [number.trim(), new Tab()] }));
  if (runIn) out.push(new TextRun({ text: runIn[1] as string, bold: true }), ...lineRuns(rest.slice((runIn[1] as string).length)));
  else out.push(...lineRuns(rest));
  return out;
}

// One multilevel list for the clause numbers (1. / 1.1) and one for Markdown lists (1. (a) (i)); the second
// restarts per list through separate w:num instances.
const LEGAL = 'legal';
const LEGAL_ARTICLE = 'legal-article';
const LIST = 'list';
const BULLET = 'bullet';

function numberingConfig(listCount: number): INumberingOptions {
  const listLevels = [
    { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
    { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START },
    { level: 2, format: LevelFormat.LOWER_ROMAN, text: '(%3)', alignment: AlignmentType.START },
  ];
  return {
    config: [
      ...[[LEGAL, '%1.'], [LEGAL_ARTICLE, 'ARTICLE %1']].map(([reference, text]) => ({ reference: reference as string, levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: text as string, alignment: AlignmentType.START },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.START },
      ] })),
      ...Array.from({ length: listCount }, (_, i) => ({ reference: `${LIST}${i}`, levels: listLevels })),
      { reference: BULLET, levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START })) },
    ],
  };
}

export async function markdownToDocx(markdown: string, numbering: Numbering): Promise<Buffer> {
  const tree = parseFull(markdown);
  const paragraphs: Paragraph[] = [];
  const auto = numbering === 'automatic';
  // legal-list counters, so a typed number is only replaced where Word would draw the same one
  let article = 0;
  let section = 0;
  let lists = 0;
  let legal = LEGAL;

  const list = (node: List, level: number, ref: string): void => {
    let n = node.start ?? 1;
    for (const item of node.children) {
      for (const child of item.children) {
        if (child.type === 'list') {
          list(child, level + 1, ref);
          continue;
        }
        if (child.type !== 'paragraph') continue;
        const options: IParagraphOptions = auto || !node.ordered
          ? { children: runs(child.children), numbering: { reference: node.ordered ? ref : BULLET, level } }
          : { children: [new TextRun(`${listLabel(n, level, null)} `), ...runs(child.children)] };
        paragraphs.push(new Paragraph(options));
      }
      n++;
    }
  };

  const block = (node: RootContent): void => {
    if (node.type === 'heading') {
      const text = plain(node.children);
      const m = ARTICLE.exec(text);
      const heading = HEADINGS[Math.min(node.depth, 3) - 1];
      if (auto && m && Number(m[2]) === article + 1 && (article === 0 || (m[1] !== undefined) === (legal === LEGAL_ARTICLE))) {
        article++;
        section = 0;
        legal = m[1] ? LEGAL_ARTICLE : LEGAL;
        paragraphs.push(new Paragraph({ heading, children: [new TextRun(text.slice(m[0].length))], numbering: { reference: legal, level: 0 } }));
      } else paragraphs.push(new Paragraph({ heading, children: runs(node.children) }));
    } else if (node.type === 'paragraph') {
      const text = plain(node.children);
      const m = SECTION.exec(text);
      if (auto && m && Number(m[1]) === article && Number(m[2]) === section + 1) {
        section++;
        paragraphs.push(new Paragraph({ children: bodyRuns(text, node.children, m[0].length), numbering: { reference: legal, level: 1 } }));
      } else paragraphs.push(new Paragraph({ children: bodyRuns(text, node.children, 0) }));
    } else if (node.type === 'list') list(node, 0, `${LIST}${lists++}`);
    else if (node.type === 'blockquote') node.children.forEach(block);
    else if (node.type === 'thematicBreak' || node.type === 'html') return; // Markdown never shows either as text
    else if ('value' in node) paragraphs.push(new Paragraph({ children: [new TextRun(String(node.value))] }));
  };

  const listTotal = (function count(nodes: readonly RootContent[]): number {
    return nodes.reduce((k, n) => k + (n.type === 'list' ? 1 : 0) + (n.type === 'blockquote' ? count(n.children) : 0), 0);
  })(tree.children);
  tree.children.forEach(block);
  const doc = new Document({ numbering: numberingConfig(listTotal), sections: [{ children: paragraphs }] });
  return Packer.toBuffer(doc);
}

// Word (.docx) -> agreement text (lazy-loaded by ingestFile; mammoth is imported only here, on demand).
// mammoth gives HTML with headings, lists, bold and tables; automatic list numbers, which Word draws and
// mammoth drops, are rebuilt from word/numbering.xml (read with jszip, mammoth's own zip reader) and written
// back into the paragraph text first, so clause numbers stay visible.
import { ClauseCheckError } from '../model/index.js';
import { htmlToText, listLabel } from './html.js';

interface MammothText { type: 'text'; value: string }
interface MammothNode {
  type: string;
  children?: MammothNode[];
  numbering?: { level: string; isOrdered: boolean } | null;
  value?: string;
  isStrikethrough?: boolean;
}

/** Whether every run of a paragraph that holds text is struck through (a manual redline's deleted paragraph). */
function allStruck(paragraph: MammothNode): boolean {
  const runs: MammothNode[] = [];
  const collect = (n: MammothNode): void => {
    if (n.type === 'run') {
      if (n.children?.some((c) => c.type === 'text' && (c.value ?? '').trim() !== '')) runs.push(n);
    } else for (const c of n.children ?? []) collect(c);
  };
  collect(paragraph);
  return runs.length > 0 && runs.every((r) => r.isStrikethrough === true);
}

function textRun(value: string): MammothNode {
  const text: MammothText = { type: 'text', value };
  return { type: 'run', children: [text], ...{ styleId: null, styleName: null, isBold: false, isUnderline: false, isItalic: false, isStrikethrough: false, isAllCaps: false, isSmallCaps: false, verticalAlignment: 'baseline', font: null, fontSize: null, highlight: null } };
}

/**
 * One level of a Word list definition (numbering.xml): number format, label template, start value, and whether it is a
 * legal-numbering level (w:isLgl: every level's number in its label is shown in arabic figures, so "Section %1.%2" under
 * an "ARTICLE %1" in roman numerals reads "Section 4.02", not "Section IV.02").
 */
interface LevelDef {
  readonly format: string;
  readonly text: string;
  readonly start: number;
  readonly legal: boolean;
}

function attr(xml: string, tag: string): string | null {
  const m = new RegExp(`<w:${tag}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml);
  return m ? (m[1] as string) : null;
}

interface NumberingDefs {
  /** numId -> its abstract list id */
  readonly nums: Map<string, string>;
  /** abstract list id -> level definitions */
  readonly abstracts: Map<string, LevelDef[]>;
  /** paragraph style id -> the list level that numbers it (w:lvl/w:pStyle) */
  readonly byStyle: Map<string, { abstractId: string; level: number }>;
}

/** Level definitions from word/numbering.xml (w:num -> w:abstractNum -> w:lvl, and w:lvl/w:pStyle). */
function readNumbering(xml: string): NumberingDefs {
  const abstracts = new Map<string, LevelDef[]>();
  const byStyle = new Map<string, { abstractId: string; level: number }>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const abstractId = m[1] as string;
    const levels: LevelDef[] = [];
    for (const l of (m[2] as string).matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const body = l[2] as string;
      const level = Number(l[1]);
      // (w:isLgl is on unless it says w:val="0"/"false")
      const legal = /<w:isLgl\b(?![^>]*\bw:val="(?:0|false|off)")[^>]*\/?>/.test(body);
      levels[level] = { format: attr(body, 'numFmt') ?? 'decimal', text: attr(body, 'lvlText') ?? `%${level + 1}.`, start: Number(attr(body, 'start') ?? '1'), legal };
      const style = attr(body, 'pStyle');
      if (style !== null && !byStyle.has(style)) byStyle.set(style, { abstractId, level });
    }
    abstracts.set(abstractId, levels);
  }
  const nums = new Map<string, string>();
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const id = attr(m[2] as string, 'abstractNumId');
    if (id !== null) nums.set(m[1] as string, id);
  }
  return { nums, abstracts, byStyle };
}

/** A paragraph mark deleted (w:del) or moved away (w:moveFrom) by a tracked change, in the paragraph's w:pPr. */
const GONE_MARK = /<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*?<w:(?:del|moveFrom)\b/;

/**
 * A tracked move leaves the source paragraph's mark as w:pPr/w:rPr/w:moveFrom. mammoth drops the moved text (as a
 * deletion) but keeps the paragraph, so a numbered one would come out as a bare number; its mark is marked deleted
 * instead, which mammoth merges away as Word does when the move is accepted. null when nothing moved.
 */
function acceptMoves(xml: string): string | null {
  if (!/<w:moveFrom\b[^>]*\/>/.test(xml)) return null;
  return xml.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/g, (pPr) => pPr.replace(/<w:moveFrom\b([^>]*)\/>/g, '<w:del$1/>'));
}

/**
 * Word's simple fields (w:fldSimple: a cross-reference 'REF _Ref123 \\r', a page number, a document property) hold their
 * last result as runs; mammoth ignores the element and the result with it ("Clause  applies"). The runs are kept in
 * place of the field, as Word shows them. null when there is none.
 */
function unwrapSimpleFields(xml: string): string | null {
  if (!xml.includes('<w:fldSimple')) return null;
  return xml.replace(/<w:fldSimple\b[^>]*\/>|<\/?w:fldSimple\b[^>]*>/g, '');
}

/**
 * A double strike-through (w:dstrike) marks deleted words in a manually redlined draft as w:strike does, but mammoth
 * reads only w:strike (and writes it as <s>, which the HTML reader leaves out as deleted text). Renamed to w:strike; where
 * a run has both, w:strike comes first (the schema's order) and is the one mammoth reads. null when there is none.
 */
function readDoubleStrikes(xml: string): string | null {
  if (!xml.includes('<w:dstrike')) return null;
  return xml.replace(/<(\/?)w:dstrike\b/g, '<$1w:strike');
}

/** The list (counter key + levels) and level of one numbered paragraph. */
interface NumberedParagraph {
  readonly key: string;
  readonly levels: readonly LevelDef[];
  readonly level: number;
}

/**
 * The numbered paragraphs of word/document.xml in document order, resolved as mammoth resolves them:
 * a direct w:numPr (numId + ilvl), else the list level that names the paragraph style, else numId at level 0.
 */
function numberedParagraphs(xml: string, defs: NumberingDefs): NumberedParagraph[] {
  const out: NumberedParagraph[] = [];
  // a tracked change of formatting keeps the old properties in w:pPrChange / w:rPrChange: the draft as it would
  // read with the changes accepted is numbered by the current ones
  xml = xml.replace(/<w:(pPrChange|rPrChange)\b[^>]*\/>|<w:(pPrChange|rPrChange)\b[\s\S]*?<\/w:\2>/g, '');
  const byNum = (numId: string, level: number): NumberedParagraph | null => {
    const abstractId = defs.nums.get(numId);
    const levels = abstractId === undefined ? undefined : defs.abstracts.get(abstractId);
    return levels?.[level] ? { key: `num:${numId}`, levels, level } : null;
  };
  for (const m of xml.matchAll(/<w:p\b[^>]*>\s*<w:pPr>([\s\S]*?)<\/w:pPr>/g)) {
    const pPr = m[1] as string;
    // a paragraph whose mark is deleted joins the next one (mammoth merges it) and numbers nothing
    if (GONE_MARK.test(pPr)) continue;
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
    const numId = numPr ? attr(numPr, 'numId') : null;
    const ilvl = numPr ? attr(numPr, 'ilvl') : null;
    const style = attr(pPr, 'pStyle');
    let found: NumberedParagraph | null = null;
    if (numId !== null && ilvl !== null) found = byNum(numId, Number(ilvl));
    else if (style !== null && defs.byStyle.has(style)) {
      const { abstractId, level } = defs.byStyle.get(style) as { abstractId: string; level: number };
      const levels = defs.abstracts.get(abstractId);
      if (levels) found = { key: `abstract:${abstractId}`, levels, level };
    } else if (numId !== null) found = byNum(numId, 0);
    if (found) out.push(found);
  }
  return out;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return listLabel(n, 1, null).slice(1, -1);
    case 'upperLetter': return listLabel(n, 1, null).slice(1, -1).toUpperCase();
    case 'lowerRoman': return listLabel(n, 2, null).slice(1, -1);
    case 'upperRoman': return listLabel(n, 2, null).slice(1, -1).toUpperCase();
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'bullet': case 'none': return '';
    default: return String(n);
  }
}

/** A level's number format as a label shows it: on a legal-numbering level every number is arabic (zero-padded stays). */
function shownFormat(format: string, legal: boolean): string {
  return legal && format !== 'decimalZero' && format !== 'bullet' && format !== 'none' ? 'decimal' : format;
}

/**
 * Writes Word's automatic list numbers, which mammoth drops, into the paragraph text. Numbers come from the
 * list definitions (format, "(%1)"-style template, start) with one counter set per list. When the numbered
 * paragraphs found in document.xml do not line up with mammoth's, levels fall back to the legal style
 * 1. (a) (i) (A), one counter per level, as a single multilevel list does.
 */
function numberParagraphs(order: readonly NumberedParagraph[]) {
  return (document: MammothNode): MammothNode => {
    const numbered: MammothNode[] = [];
    const collect = (node: MammothNode): void => {
      if (node.type === 'paragraph' && node.numbering) numbered.push(node);
      else for (const child of node.children ?? []) collect(child);
    };
    collect(document);
    const aligned = numbered.length === order.length;
    const counters = new Map<string, number[]>();
    numbered.forEach((node, index) => {
      const numbering = node.numbering as { level: string; isOrdered: boolean };
      const known = aligned ? order[index] : undefined;
      const level = known?.level ?? Math.max(0, Math.min(8, Number(numbering.level) || 0));
      const levels = known?.levels;
      const key = known?.key ?? '';
      const counter = counters.get(key) ?? [];
      counters.set(key, counter);
      counter.length = level + 1;
      for (let i = 0; i < level; i++) counter[i] = counter[i] ?? levels?.[i]?.start ?? 1;
      counter[level] = counter[level] === undefined ? (levels?.[level]?.start ?? 1) : (counter[level] as number) + 1;
      const def = levels?.[level];
      const label = def
        ? def.format === 'bullet' ? '' : def.text.replace(/%(\d)/g, (_, k: string) => formatNumber(counter[Number(k) - 1] ?? 1, shownFormat(levels?.[Number(k) - 1]?.format ?? 'decimal', def.legal)))
        : numbering.isOrdered ? listLabel(counter[level] as number, level, null) : '';
      // (A paragraph struck through whole is deleted: Word still counts it, but its number goes with its words.)
      if (label.trim() !== '' && !allStruck(node)) node.children = [textRun(`${label.trim()} `), ...(node.children ?? [])];
      node.numbering = null;
    });
    return document;
  };
}

interface MammothNote { noteType: string; noteId: string; body: MammothNode[] }
interface MammothDocument extends MammothNode { notes?: { findNoteByKey(key: string): MammothNote | null } }

/** The text of a note's body, its paragraphs joined by spaces. */
function noteText(nodes: readonly MammothNode[]): string {
  const parts: string[] = [];
  const walk = (n: MammothNode): void => {
    if (n.type === 'text' && typeof n.value === 'string') parts.push(n.value);
    else if (n.type === 'tab') parts.push(' ');
    for (const c of n.children ?? []) walk(c);
    if (n.type === 'paragraph') parts.push(' ');
  };
  nodes.forEach(walk);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function plainParagraph(text: string): MammothNode {
  return { type: 'paragraph', children: [textRun(text)], ...{ styleId: null, styleName: null, numbering: null, alignment: null, indent: { start: null, end: null, firstLine: null, hanging: null } } };
}

/**
 * Footnotes and endnotes where the reader meets them: mammoth lists every note at the end of the document as a numbered
 * list ("1. Net Sales of a module ... ↑"), after the last schedule, where it reads as one more item of the schedule's
 * list. Each reference becomes its number in brackets ("Net Sales[1]") and its note a paragraph of its own right after
 * the paragraph that refers to it ("Footnote 1: ..."), inside the same clause.
 */
function placeNotes(document: MammothDocument): MammothNode {
  const notes = document.notes;
  if (!notes) return document;
  const counters = new Map<string, number>();
  const place = (node: MammothNode): void => {
    if (!node.children) return;
    const out: MammothNode[] = [];
    for (const child of node.children) {
      const placed: MammothNode[] = [];
      const swap = (n: MammothNode): void => {
        n.children = n.children?.map((c) => {
          const ref = c as MammothNode & { noteType?: string; noteId?: string };
          if (c.type !== 'noteReference' || ref.noteType === undefined || ref.noteId === undefined) {
            swap(c);
            return c;
          }
          const n = (counters.get(ref.noteType) ?? 0) + 1;
          counters.set(ref.noteType, n);
          const note = notes.findNoteByKey(`${ref.noteType}-${ref.noteId}`);
          const body = note ? noteText(note.body) : '';
          if (body !== '') placed.push(plainParagraph(`${ref.noteType === 'endnote' ? 'Endnote' : 'Footnote'} ${n}: ${body}`));
          return { type: 'text', value: `[${n}]` } as MammothNode;
        });
      };
      if (child.type === 'paragraph') swap(child);
      else place(child);
      out.push(child, ...placed);
    }
    node.children = out;
  };
  place(document);
  return document;
}

/** Inflated-size limits, checked from the zip directory before anything is inflated (zip bombs). */
const MAX_DOCUMENT_XML = 64 * 1024 * 1024;
const MAX_TOTAL = 256 * 1024 * 1024;

/** The uncompressed size the zip directory declares for an entry (JSZip keeps it on an internal field). */
function declaredSize(file: object): number {
  const data = (file as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : 0;
}

async function readParts(bytes: Uint8Array, path: string): Promise<{ numbering: string; document: string; bytes: Uint8Array }> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(bytes);
  let total = 0;
  for (const [name, file] of Object.entries(zip.files)) {
    const size = declaredSize(file);
    total += size;
    if ((name === 'word/document.xml' && size > MAX_DOCUMENT_XML) || total > MAX_TOTAL) {
      throw new ClauseCheckError('input-too-large', `Word document inflates to more than ${Math.round((name === 'word/document.xml' ? MAX_DOCUMENT_XML : MAX_TOTAL) / 1048576)} MB`, { file: path });
    }
  }
  // a zip archive of something else named .docx (a workbook, a slide deck, an OpenDocument text, a folder zipped): said
  // so, where the reader's own words ask 'Are you sure this is a valid .docx file?'
  const other = zip.file('word/document.xml') ? null : zipHolds(zip);
  if (other) throw new ClauseCheckError('input-unsupported', `not a readable Word document (${other})`, { file: path });
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  let changed: string | null = null;
  for (const edit of [acceptMoves, unwrapSimpleFields, readDoubleStrikes]) changed = edit(changed ?? document) ?? changed;
  if (changed !== null) zip.file('word/document.xml', changed);
  // DEFLATE, the method of a Word file's entries, so that JSZip copies their compressed bytes as they are: its
  // default (STORE) would inflate every entry, embedded media too (a 200 KB redline holding a 200 MB blank image: 10 s
  // and 725 MB, against 1-2 s and 100 MB)
  return {
    numbering: (await zip.file('word/numbering.xml')?.async('string')) ?? '',
    document: changed ?? document,
    bytes: changed === null ? bytes : await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }),
  };
}

/** What a zip archive with no word/document.xml holds instead, in a few words; null where it may still be a Word file. */
function zipHolds(zip: { file(name: string): unknown }): string | null {
  if (zip.file('xl/workbook.xml')) return 'it is an Excel workbook';
  if (zip.file('ppt/presentation.xml')) return 'it is a PowerPoint presentation';
  if (zip.file('mimetype') && zip.file('content.xml')) return 'it is an OpenDocument file: save it as .docx';
  return zip.file('[Content_Types].xml') ? null : 'a zip archive with no Word document in it';
}

export async function docxToText(bytes: Uint8Array, path: string): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const parts = await readParts(bytes, path);
    const numbered = numberParagraphs(numberedParagraphs(parts.document, readNumbering(parts.numbering)));
    const transformDocument = (document: MammothNode): MammothNode => placeNotes(numbered(document) as MammothDocument);
    // images are never read (no inflating of embedded media): an empty <img> is dropped from the text anyway
    const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(parts.bytes) }, { transformDocument, convertImage, ignoreEmptyParagraphs: true });
    html = result.value;
  } catch (e) {
    if (e instanceof ClauseCheckError) throw e;
    throw new ClauseCheckError('input-unsupported', `not a readable Word document (${whyNotWord(e)})`, { file: path });
  }
  return htmlToText(html);
}

/** The reader's reason in a few words: jszip's own message for a non-zip file points readers at its documentation. */
function whyNotWord(e: unknown): string {
  const first = e instanceof Error ? e.message.split('\n')[0]! : 'unknown error';
  return /end of central directory|is this a zip file/i.test(first) ? 'not a zip archive, as a .docx file is' : first;
}

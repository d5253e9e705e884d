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
}

function textRun(value: string): MammothNode {
  const text: MammothText = { type: 'text', value };
  return { type: 'run', children: [text], ...{ styleId: null, styleName: null, isBold: false, isUnderline: false, isItalic: false, isStrikethrough: false, isAllCaps: false, isSmallCaps: false, verticalAlignment: 'baseline', font: null, fontSize: null, highlight: null } };
}

/** One level of a Word list definition (numbering.xml): number format, label template, start value. */
interface LevelDef {
  readonly format: string;
  readonly text: string;
  readonly start: number;
}

function attr(xml: string, tag: string): string | null {
  const m = new RegExp(`<w:${tag}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml);
  return m ? (m[1] as string) : null;
}

/** numId -> level definitions, from word/numbering.xml (w:num -> w:abstractNum -> w:lvl). */
function readNumbering(xml: string): Map<string, LevelDef[]> {
  const abstract = new Map<string, LevelDef[]>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels: LevelDef[] = [];
    for (const l of (m[2] as string).matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const body = l[2] as string;
      levels[Number(l[1])] = { format: attr(body, 'numFmt') ?? 'decimal', text: attr(body, 'lvlText') ?? `%${Number(l[1]) + 1}.`, start: Number(attr(body, 'start') ?? '1') };
    }
    abstract.set(m[1] as string, levels);
  }
  const byNum = new Map<string, LevelDef[]>();
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const id = attr(m[2] as string, 'abstractNumId');
    const levels = id === null ? undefined : abstract.get(id);
    if (levels) byNum.set(m[1] as string, levels);
  }
  return byNum;
}

/** (numId, level) of each directly numbered paragraph of word/document.xml, in document order. */
function numberedParagraphs(xml: string): Array<{ numId: string; level: number }> {
  const out: Array<{ numId: string; level: number }> = [];
  for (const m of xml.matchAll(/<w:numPr>([\s\S]*?)<\/w:numPr>/g)) {
    const numId = attr(m[1] as string, 'numId');
    if (numId !== null && numId !== '0') out.push({ numId, level: Number(attr(m[1] as string, 'ilvl') ?? '0') });
  }
  return out;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return listLabel(n, 1, null).slice(1, -1);
    case 'upperLetter': return listLabel(n, 1, null).slice(1, -1).toUpperCase();
    case 'lowerRoman': return listLabel(n, 2, null).slice(1, -1);
    case 'upperRoman': return listLabel(n, 2, null).slice(1, -1).toUpperCase();
    case 'bullet': case 'none': return '';
    default: return String(n);
  }
}

/**
 * Writes Word's automatic list numbers, which mammoth drops, into the paragraph text. Numbers come from the
 * list definitions (format, "(%1)"-style template, start) with one counter set per list; when the
 * definitions cannot be matched to mammoth's paragraphs, levels fall back to the legal style 1. (a) (i) (A).
 */
function numberParagraphs(defs: Map<string, LevelDef[]>, order: Array<{ numId: string; level: number }>) {
  return (document: MammothNode): MammothNode => {
    const counters = new Map<string, number[]>();
    let seen = 0;
    const visit = (node: MammothNode): void => {
      if (node.type === 'paragraph' && node.numbering) {
        const mammothLevel = Math.max(0, Math.min(8, Number(node.numbering.level) || 0));
        const known = order[seen];
        seen++;
        const list = known && known.level === mammothLevel ? known.numId : '';
        const levels = defs.get(list);
        const counter = counters.get(list) ?? [];
        counters.set(list, counter);
        counter.length = mammothLevel + 1;
        for (let i = 0; i < mammothLevel; i++) counter[i] = counter[i] ?? levels?.[i]?.start ?? 1;
        counter[mammothLevel] = counter[mammothLevel] === undefined ? (levels?.[mammothLevel]?.start ?? 1) : (counter[mammothLevel] as number) + 1;
        let label: string;
        const def = levels?.[mammothLevel];
        if (def) {
          label = def.format === 'bullet' ? '' : def.text.replace(/%(\d)/g, (_, k: string) => formatNumber(counter[Number(k) - 1] ?? 1, levels?.[Number(k) - 1]?.format ?? 'decimal'));
        } else label = node.numbering.isOrdered ? listLabel(counter[mammothLevel] as number, mammothLevel, null) : '';
        if (label.trim() !== '') node.children = [textRun(`${label.trim()} `), ...(node.children ?? [])];
        node.numbering = null;
        return;
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(document);
    return document;
  };
}

/** Inflated-size limits, checked from the zip directory before anything is inflated (zip bombs). */
const MAX_DOCUMENT_XML = 64 * 1024 * 1024;
const MAX_TOTAL = 256 * 1024 * 1024;

/** The uncompressed size the zip directory declares for an entry (JSZip keeps it on an internal field). */
function declaredSize(file: object): number {
  const data = (file as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : 0;
}

async function readParts(bytes: Uint8Array, path: string): Promise<{ numbering: string; document: string }> {
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
  return {
    numbering: (await zip.file('word/numbering.xml')?.async('string')) ?? '',
    document: (await zip.file('word/document.xml')?.async('string')) ?? '',
  };
}

export async function docxToText(bytes: Uint8Array, path: string): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const parts = await readParts(bytes, path);
    const transformDocument = numberParagraphs(readNumbering(parts.numbering), numberedParagraphs(parts.document));
    // images are never read (no inflating of embedded media): an empty <img> is dropped from the text anyway
    const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { transformDocument, convertImage, ignoreEmptyParagraphs: true });
    html = result.value;
  } catch (e) {
    if (e instanceof ClauseCheckError) throw e;
    throw new ClauseCheckError('input-unsupported', `not a readable Word document (${e instanceof Error ? e.message.split('\n')[0] : 'unknown error'})`, { file: path });
  }
  return htmlToText(html);
}

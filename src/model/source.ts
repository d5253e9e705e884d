// A decoded input document. Every offset in the product is a JS string index into `text`.
/** The input formats, as a Source's `format` names them. */
export const INPUT_FORMATS = ['markdown', 'text', 'docx', 'html'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
/** Whether a value (a caller's, unchecked) names one of the input formats. */
export const isInputFormat = (value: unknown): value is InputFormat => (INPUT_FORMATS as readonly unknown[]).includes(value);

export interface Source {
  /** Path as the user gave it ('-' for standard input). */
  readonly path: string;
  readonly format: InputFormat;
  /** Decoded text, BOM removed, ligatures read as letters (see `ligatures`), nothing else normalised (for docx/html: the extracted text). */
  readonly text: string;
  /** sha256 (hex) of the raw input bytes. */
  readonly sha256: string;
  /**
   * When the file's typographic ligatures are read as letters ('ﬁeld' as 'field', src/ingest/ligatures.ts) or its
   * optional soft hyphens taken out ('Li\u00adcen\u00adsee' as 'Licensee'): `text` is longer or shorter than the file's
   * text, and the report maps its offsets back through this. Absent for most texts.
   */
  readonly ligatures?: LigatureMap;
}

/** How the text read maps back to the file's: the file's text, and each ligature's letters in the text read. */
export interface LigatureMap {
  /** The file's text, ligatures as they stand. */
  readonly original: string;
  /** Where each ligature's letters start (or a dropped soft hyphen stood) in the text read, ascending. */
  readonly at: readonly number[];
  /**
   * The characters the ligatures up to and including each added ('ﬁ' adds one, 'ﬃ' two, a dropped soft hyphen minus
   * one), running total.
   */
  readonly added: readonly number[];
}

/** 1-based line and column of a character offset. */
export interface Point {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** Maps offsets to line/column in O(log n) after an O(n) scan. */
export class LineIndex {
  private readonly starts: number[];
  constructor(text: string) {
    const starts = [0];
    // Without carriage returns every line ends at a "\n": the native search is several times faster than
    // a loop over characters (this runs three times per document, over every character).
    if (text.indexOf('\r') === -1) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }
  point(offset: number): Point {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((s[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (s[lo] as number) + 1, offset };
  }
}

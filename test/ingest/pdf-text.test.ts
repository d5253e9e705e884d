// Text extracted from a signed PDF (`pdftotext -layout`): words hyphenated at line ends, page footers laid out in
// cells with initials boxes, running headers after each page's form feed. Held-out k-pdf-layout (rules-heldout-k).
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { mendLineEndHyphens } from '../../src/ingest/dehyphenate.js';
import { isFurnitureLine } from '../../src/clauses/blocks.js';
import { analyze } from '../../src/analysis.js';

describe('mendLineEndHyphens', () => {
  it('reads a word broken at a line end whole, moving no line and no later offset', () => {
    const text = 'Northgate shall pay Aurelian royal-\n    ties of 1.5% under a non-exclu-\nsive licence to any Panel Cus-\ntomer, which\n\fPage 2';
    const mended = mendLineEndHyphens(text);
    expect(mended).toContain('royalties \n     of 1.5%');
    expect(mended).toContain('non-exclusive \n licence');
    expect(mended).toContain('Panel Customer, \n which');
    expect(mended.length).toBe(text.length);
    expect(mended.split('\n').length).toBe(text.split('\n').length);
    expect(mended.indexOf('Page 2')).toBe(text.indexOf('Page 2'));
  });

  it('keeps a hyphen that belongs to the word: written so elsewhere, or two words of their own', () => {
    const text = 'The licence is royalty-\nfree and worldwide. No royalty is due and it is free of charge; continuations-in-\npart are included, in part.\n\f';
    const mended = mendLineEndHyphens(text);
    expect(mended).toContain('royalty-free\n and');
    expect(mended).toContain('continuations-in-part\n are');
    expect(mended.length).toBe(text.length);
  });

  it('leaves text that is no PDF extraction (no form feed) exactly as it is', () => {
    const text = 'Beta shall pay Alpha royal-\nties of 3% of Net Sales.';
    expect(mendLineEndHyphens(text)).toBe(text);
    expect(ingest('a.txt', new TextEncoder().encode(`${text}\f`)).text).toContain('royalties \n of 3%');
    // Markdown is never mended: a hyphen there is the author's
    expect(ingest('a.md', new TextEncoder().encode(`${text}\f`)).text).toContain('royal-\nties');
  });
});

describe('page furniture of a PDF layout', () => {
  it('a footer of cells around "Page N of M" is furniture; a sentence naming a page is not', () => {
    expect(isFurnitureLine('US-DOCS\\158204761.3                      Page 4 of 15             Initials: ______ / ______')).toBe(true);
    expect(isFurnitureLine('CONFIDENTIAL\tPage 2 of 9')).toBe(true);
    expect(isFurnitureLine('The fees are set out on Page 3 of 5 of Exhibit A and are payable in advance.')).toBe(false);
    expect(isFurnitureLine('Annual Report     Page 7 of 5     Initials')).toBe(false);
    expect(isFurnitureLine('Licensee shall pay all amounts stated in the invoice   Page 2 of 3   of the price list attached')).toBe(false);
  });

  it('headers after a form feed and footers with initials boxes neither become clauses nor join a clause that runs on', () => {
    const page = (n: number): string => `\nUS-DOCS\\1234567.3          Page ${n} of 3          Initials: _____ / _____\n\f                                        CONFIDENTIAL\n                                      Execution Copy\n\n`;
    const text = [
      '                                        CONFIDENTIAL\n                                      Execution Copy\n\n',
      'PATENT CROSS-LICENSE AGREEMENT\n\n1.   GRANT\n\n     1.1  Alpha grants to Beta a non-exclusive licence under the Alpha Patents.\n\n     1.2  Beta shall not challenge, or assist any third party in\n',
      page(1),
      'challenging, the validity of the Alpha Patents.\n\n2.   TERM\n\n     2.1  This Agreement lasts for five (5) years.\n',
      page(2),
      '     2.2  Either party may terminate it on ninety (90) days\' notice.\n',
      page(3),
    ].join('');
    const a = analyze({ path: 'a.txt', format: 'text', text, sha256: '' });
    const texts = a.tree.clauses.map((c) => text.slice(c.start, c.end));
    expect(texts.filter((t) => /^(?:CONFIDENTIAL|Execution Copy)/.test(t))).toEqual([]);
    const c12 = a.tree.clauses.find((c) => c.number === '1.2');
    expect(text.slice(c12!.start, c12!.end)).toContain('challenging, the validity');
    expect(a.tree.clauses.map((c) => c.number).filter((n) => n !== null)).toEqual(['1', '1.1', '1.2', '2', '2.1', '2.2']);
  });
});

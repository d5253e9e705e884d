// A sentence that a page break cuts in two (a PDF converted with its footer and running header kept): the excerpt is
// the whole sentence, without the page's furniture; a paragraph break is still where an excerpt stops.
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/rules/patterns.js';

const page = (gap: string) => `PATENT CROSS-LICENSE AGREEMENT

This Agreement is made between Corvane Optics Ltd. ("Corvane") and Lindqvist Sensor AB ("Lindqvist").

4.   PROSECUTION

     4.1  Prosecution. Each Party controls the prosecution of its own Licensed Patents.

     4.2  Validity. Lindqvist shall not, directly or indirectly, challenge, or assist
any third party in${gap}challenging, the validity of any of Corvane's Licensed Patents
in any court or patent office.

     4.3  Costs. Each Party bears its own costs.
`;

const footer = '\n\nLEGAL-EU\\20417.2                      Page 2 of 5             Initials: ______ / ______\n\f                                                                    CONFIDENTIAL\n                                                                  Execution Copy\n\n';

describe('an excerpt across a page break', () => {
  it('quotes the sentence from its start, without the footer and header between its halves', () => {
    const text = page(footer);
    const second = text.indexOf('challenging,');
    const got = excerpt(text, second, second + 11);
    expect(got.evidence).toBe("Lindqvist shall not, directly or indirectly, challenge, or assist any third party in challenging, the validity of any of Corvane's Licensed Patents in any court or patent office.");
    expect(got.evidence).not.toMatch(/Page 2|CONFIDENTIAL|Execution Copy/);
    // the finding starts where the sentence does (its line and column), not after the page break
    expect(text.slice(got.start, got.start + 9)).toBe('Lindqvist');
    // and from the first half, the excerpt runs on to the sentence's end
    const first = text.indexOf('challenge,');
    expect(excerpt(text, first, first + 9).evidence).toBe(got.evidence);
  });

  it('near miss: a paragraph break is no page break, and a list item after one is no continued sentence', () => {
    const para = 'The Parties shall meet in\n\nBrussels once a year.\n\nThe steering committee decides by consensus.';
    const at = para.indexOf('steering');
    expect(excerpt(para, at, at + 8).evidence).toBe('The steering committee decides by consensus.');
    const listed = '1.1 Definitions\n\na. "Affiliate" means a controlled entity\n\nb. "Patent" means a patent or application.';
    const b = listed.indexOf('Patent"');
    expect(excerpt(listed, b, b + 6).evidence).toBe('"Patent" means a patent or application.');
    const afterBlank = 'Beta shall not sell in\n\nany country outside the Territory.';
    const c = afterBlank.indexOf('country');
    // no furniture between: a blank line alone is a paragraph break, even before a lower-case word
    expect(excerpt(afterBlank, c, c + 7).evidence).toBe('any country outside the Territory.');
  });
});

describe('an excerpt across a page break whose running header is glued to the next words', () => {
  // pdftotext runs the next page's header onto the line the sentence goes on in ('\fCORVANE / ... CONFIDENTIAL
  // challenging, the validity ...'): the clause tree takes the header off (e29ff4f), but the excerpt stopped at the
  // page break, or from the second half quoted 'Page 2 CORVANE / LINDQVIST ... CONFIDENTIAL challenging, ...'.
  const HEAD = `CORVANE / LINDQVIST PATENT CROSS-LICENCE${' '.repeat(30)}CONFIDENTIAL`;
  const doc = (glued: string) => `${HEAD}

PATENT CROSS-LICENSE AGREEMENT

This Agreement is made between Corvane Optics Ltd. ("Corvane") and Lindqvist Sensor AB ("Lindqvist").

4.1  Prosecution. Each Party controls the prosecution of its own Licensed Patents.

                                    Page 1
\f${HEAD}

4.2  Validity. Lindqvist shall not, directly or indirectly, challenge, or assist any third party in

                                    Page 2
\f${glued}   challenging, the validity of any of Corvane's Licensed Patents in any court or patent office.

                                    Page 3
\f${HEAD}

4.3  Costs. Each Party bears its own costs.
`;
  const WHOLE = "Lindqvist shall not, directly or indirectly, challenge, or assist any third party in challenging, the validity of any of Corvane's Licensed Patents in any court or patent office.";

  it('quotes the whole sentence without the page number and the header, from either half', () => {
    const text = doc(HEAD);
    const second = text.indexOf('challenging,');
    const got = excerpt(text, second, second + 11);
    expect(got.evidence).toBe(WHOLE);
    expect(text.slice(got.start, got.start + 9)).toBe('Lindqvist');
    const first = text.indexOf('challenge,');
    expect(excerpt(text, first, first + 9).evidence).toBe(WHOLE);
  });

  it('near miss: words before a gap that open no other line are no header, and stay where the sentence breaks', () => {
    const text = doc('Lindqvist Sensor AB');
    const second = text.indexOf('challenging,');
    expect(excerpt(text, second, second + 11).evidence).toContain('Lindqvist Sensor AB challenging, the validity');
  });
});

describe('an excerpt in a CRLF text', () => {
  // A printed agreement retyped on Windows: every line ends '\r\n', so a blank line is '\r\n\r\n'.
  const crlf = (s: string) => s.replace(/\n/g, '\r\n');

  it('stops at a blank line, before the page footer that follows a sentence cut by a page break', () => {
    const lf = "8.1 Bjerregaard shall not sell systems which compete with Nordvind's systems, whether or not such systems use\n\n                                    Page 3 of 6\n\f\nNORDVIND / BJERREGAARD - CROSS-LICENCE AGREEMENT                    CONFIDENTIAL\n\nNordvind's Patents or Know-How.\n";
    const text = crlf(lf);
    const at = text.indexOf('shall not sell');
    const got = excerpt(text, at, at + 14);
    expect(got.evidence).not.toMatch(/Page|CONFIDENTIAL/);
    // as the same text with LF line ends reads it
    expect(got.evidence).toBe(excerpt(lf, lf.indexOf('shall not sell'), lf.indexOf('shall not sell') + 14).evidence);
    expect(got.evidence).toBe("8.1 Bjerregaard shall not sell systems which compete with Nordvind's systems, whether or not such systems use");
  });

  it('starts after a blank line, as in an LF text', () => {
    const text = crlf('The Parties shall meet in Aarhus once a year\n\nThe steering committee decides by consensus');
    const at = text.indexOf('steering');
    expect(excerpt(text, at, at + 8).evidence).toBe('The steering committee decides by consensus');
  });

  it('near miss: a sentence a page break cuts before a lower-case word still runs across the furniture', () => {
    const text = crlf('4.2 Lindqvist shall not challenge, or assist any third party in\n\n                    Page 2 of 5\n\f\n                    CONFIDENTIAL\n\nchallenging, the validity of any Corvane Patent.\n');
    const at = text.indexOf('challenging,');
    expect(excerpt(text, at, at + 11).evidence).toBe('4.2 Lindqvist shall not challenge, or assist any third party in challenging, the validity of any Corvane Patent.');
  });
});

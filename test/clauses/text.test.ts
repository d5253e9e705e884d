import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byNumber, outline, parentOf, tree } from './helpers.js';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { isTitleLine } from '../../src/clauses/blocks.js';

const secExhibit = readFileSync(new URL('./fixtures/sec-exhibit.txt', import.meta.url), 'utf8');

describe('plain-text structure: an SEC-exhibit agreement', () => {
  const t = tree(secExhibit);

  it('keeps title, parties, recitals and the table of contents in the preamble', () => {
    const preamble = t.children[0]!;
    expect(preamble.kind).toBe('preamble');
    expect(preamble.number).toBeNull();
    const text = secExhibit.slice(preamble.start, preamble.end);
    expect(text).toContain('Exhibit 10.7');
    expect(text).toContain('B. Beta owns patents');
    expect(text).toContain('TABLE OF CONTENTS');
    // lettered recitals and TOC lines are not clauses of their own
    expect(t.clauses.filter((c) => c.number === 'A' || c.number === 'ARTICLE III')).toHaveLength(1);
  });

  it('nests ARTICLE > Section > (a) with headings from the next line or run-in', () => {
    const art2 = byNumber(t, 'ARTICLE II');
    expect(art2).toMatchObject({ kind: 'article', heading: 'LICENSE GRANTS', depth: 1 });
    const s21 = byNumber(t, 'Section 2.1');
    expect(s21).toMatchObject({ kind: 'section', heading: 'Grant to Beta', depth: 2, parentId: art2.id });
    const items = s21.children.filter((c) => c.number !== null).map((c) => c.number);
    expect(items).toEqual(['(a)', '(b)', '(c)']);
    expect(s21.children.every((c) => c.depth === 3)).toBe(true);
    // the opening body after the heading is the first child, so the section's own text is its number and heading
    expect(secExhibit.slice(s21.start, s21.bodyEnd).trim()).toBe('Section 2.1 Grant to Beta.');
    expect(secExhibit.slice(s21.children[0]!.start, s21.children[0]!.end)).toMatch(/^Subject to the terms[\s\S]*Patents to:$/);
  });

  it('does not start clauses at cross-references or quantities', () => {
    expect(t.clauses.some((c) => c.number === '1.5')).toBe(false);
    const s22 = byNumber(t, 'Section 2.2');
    expect(secExhibit.slice(s22.start, s22.end)).toContain('1.5 million units');
    expect(byNumber(t, 'Section 2.3').heading).toBe('Restrictions');
    expect(t.clauses.filter((c) => c.number === 'Section 2.1')).toHaveLength(1);
  });

  it('reads (i) after (h) as a letter and (i), (ii) elsewhere as roman numerals', () => {
    const i1 = t.clauses.filter((c) => c.number === '(i)');
    expect(i1).toHaveLength(2);
    expect(parentOf(t, i1[0]!)!.number).toBe('Section 2.3');
    expect(byNumber(t, '(h)').parentId).toBe(i1[0]!.parentId);
    const s31 = byNumber(t, 'Section 3.1');
    expect(i1[1]!.parentId).toBe(s31.id);
    expect(byNumber(t, '(ii)').parentId).toBe(s31.id);
  });

  it('ends with a signature block and an exhibit', () => {
    const tops = t.children.map((c) => c.kind);
    expect(tops).toEqual(['preamble', 'article', 'article', 'article', 'signature', 'schedule']);
    const sig = t.children[4]!;
    expect(secExhibit.slice(sig.start, sig.end)).toMatch(/^IN WITNESS WHEREOF[\s\S]*Managing Director$/);
    expect(t.children[5]).toMatchObject({ number: 'EXHIBIT A', heading: 'LICENSED PATENTS', kind: 'schedule' });
  });

  it('gives 1-based line and column of each start', () => {
    const s11 = byNumber(t, 'Section 1.1');
    expect(s11.position.start).toMatchObject({ line: 27, column: 6 });
  });
});

describe('plain-text structure: EDGAR run-on lines and page furniture', () => {
  // one physical line holding several sections, joined by runs of spaces (as in many CUAD files)
  const runOn = [
    'SERVICES AGREEMENT   This Services Agreement is made between Acme Corp. ("Acme") and Widget LLC ("Widget").   NOW, THEREFORE, the parties agree as follows:   1. Definitions   1.1 "Services" means the services in Exhibit A.   1.2 "Term" has the meaning in Section 2.1.   2. Term and Termination   2.1 Term. This Agreement starts on the Effective Date and lasts three          (3) years, renewable in          Section 2.1 terms. 2.2 Termination. Either party may terminate on 90 days notice pursuant to Section 2.1 above. (a) Acme may also terminate for breach. (b) Widget may terminate for non-payment.',
    '',
    'Source: ACME CORP, 8-K, 3/4/2019',
    '',
    '3. Fees. Widget shall pay the fees within thirty days of',
    '',
    '-2-',
    '',
    'receipt of an invoice.',
    '',
  ].join('\n');
  const t = tree(runOn);

  it('splits sections written on one line and checks their sequence', () => {
    expect(outline(t).filter((l) => !l.startsWith('2 clause') && !l.includes('preamble') && !/^2 clause/.test(l))).toEqual([
      '1 section 1 {Definitions}',
      '2 section 1.1',
      '2 section 1.2',
      '1 section 2 {Term and Termination}',
      '2 section 2.1 {Term}',
      '2 section 2.2 {Termination}',
      '3 subclause (a)',
      '3 subclause (b)',
      '1 section 3 {Fees}',
    ]);
  });

  it('keeps cross-references and wrapped numbers inside their sentence', () => {
    const s21 = byNumber(t, '2.1');
    expect(runOn.slice(s21.start, s21.end)).toMatch(/^2\.1 Term\. This Agreement .* three {10}\(3\) years, renewable in {10}Section 2\.1 terms\.$/);
    const s22 = byNumber(t, '2.2');
    expect(runOn.slice(s22.start, s22.end)).toContain('pursuant to Section 2.1 above.');
    expect(runOn.slice(byNumber(t, '1.2').start, byNumber(t, '1.2').end)).toBe('1.2 "Term" has the meaning in Section 2.1.');
  });

  it('treats a repeated page header as furniture and joins the paragraph it interrupts', () => {
    const page = (n: number) => `ACME Confidential\n\n${n}. Item ${n}. The supplier delivers lot ${n} to the buyer at the agreed price.\n\n`;
    const text = `${page(1)}${page(2)}ACME Confidential\n\n3. Item 3. The supplier delivers lot 3 to\n\nACME Confidential\n\nthe buyer at the agreed price.\n`;
    const t = tree(text);
    expect(t.clauses.map((c) => c.number)).toEqual(['1', '2', '3']);
    expect(t.clauses.some((c) => c.heading === 'ACME Confidential')).toBe(false);
    const s3 = byNumber(t, '3');
    expect(text.slice(s3.start, s3.end)).toMatch(/^3\. Item 3\. The supplier delivers lot 3 to\n\nACME Confidential\n\nthe buyer at the agreed price\.$/);
  });

  it('joins a paragraph broken by a page footer', () => {
    const s3 = byNumber(t, '3');
    expect(runOn.slice(s3.start, s3.end)).toMatch(/^3\. Fees\.[\s\S]*-2-[\s\S]*receipt of an invoice\.$/);
    expect(s3.children).toHaveLength(0);
  });
});

describe('plain-text structure: tables of contents, CRLF, headings on their own line', () => {
  it('treats a table of contents as preamble text and finds the real sections after it', () => {
    const text = [
      'LICENSE AGREEMENT', '', 'Table of Contents', '', '1. Definitions   1', '', '2. License   2', '', '3. Term   3', '',
      'This License Agreement is made between A Corp. and B Corp.', '',
      '1. Definitions', '', '"Product" means the licensed product.', '',
      '2. License', '', 'A Corp. grants B Corp. a license.', '',
      '3. Term', '', 'This Agreement lasts five years.', '',
    ].join('\n');
    const t = tree(text);
    expect(t.clauses.filter((c) => c.number !== null).map((c) => `${c.number} ${c.heading}`)).toEqual(['1 Definitions', '2 License', '3 Term']);
    const s1 = byNumber(t, '1');
    expect(s1.start).toBe(text.indexOf('1. Definitions\n\n"Product"'));
    expect(text.slice(s1.start, s1.end)).toBe('1. Definitions\n\n"Product" means the licensed product.');
  });

  it('keeps CRLF offsets exact and counts lines by CRLF', () => {
    const text = 'AGREEMENT\r\n\r\n1. Grant. A grants B a licence.\r\n\r\n2. Term. Five years.\r\n';
    const t = tree(text);
    const s2 = byNumber(t, '2');
    expect(text.slice(s2.start, s2.end)).toBe('2. Term. Five years.');
    expect(s2.position.start).toMatchObject({ line: 5, column: 1 });
  });

  it('splits a long unnumbered run of paragraphs into paragraph clauses', () => {
    const para = (n: number) => `Paragraph ${n} of the services terms. ${'The provider shall perform the services with due care and skill. '.repeat(4)}`;
    const text = ['1. Services', '', para(1), '', para(2), '', para(3), '', para(4), '', '2. Fees', '', 'The fees are in Exhibit B.', ''].join('\n');
    const t = tree(text);
    const s1 = byNumber(t, '1');
    expect(s1.children.map((c) => c.kind)).toEqual(['clause', 'clause', 'clause', 'clause']);
    expect(text.slice(s1.children[3]!.start, s1.children[3]!.start + 11)).toBe('Paragraph 4');
    expect(byNumber(t, '2').children).toHaveLength(0);
  });

  it('finds run-in headings of unnumbered paragraphs but not names or labels', () => {
    const text = 'NOW, THEREFORE, the parties agree as follows:\n\nGoverning Law. This Agreement is governed by New York law.\n\nDavid N. Smith signs for the Company.\n\nPage 3                     Dated 05/05/98\n\nNotices. Notices must be in writing.\n';
    const t = tree(text);
    expect(t.clauses.filter((c) => c.kind === 'clause').map((c) => c.heading)).toEqual(['Governing Law', null, 'Notices']);
  });

  it('trims Unicode whitespace and keeps lone short text', () => {
    for (const t of ['\u3000x', 'x\u3000', 'x\u2028', '\u00a0x\u00a0\u00a0   1. Term. Five years.\u2029', 'x', '12']) {
      const c = tree(t).clauses;
      expect(c.length, JSON.stringify(t)).toBeGreaterThan(0);
    }
    expect(tree('\u2028\u3000\u00a0').clauses).toHaveLength(0);
  });

  it('builds a valid tree for empty and whitespace-only text', () => {
    expect(tree('').clauses).toHaveLength(0);
    expect(tree('  \n\n \r\n').clauses).toHaveLength(0);
  });
});

describe('plain-text structure: numbering conventions', () => {
  it('restarts numbering after a contents list written on run-on lines', () => {
    const text = [
      'SUPPLY AGREEMENT', '', 'TABLE OF CONTENTS', '',
      'ARTICLE I DEFINITIONS 1 1.1 Defined Terms 1', '', 'ARTICLE II SUPPLY 2 2.1 Orders 2 2.2 Delivery 3', '',
      'This Supply Agreement is made between Maker Inc. and Buyer LLC.', '',
      'ARTICLE I', '', 'DEFINITIONS', '', '1.1 Defined Terms. "Product" means the goods in Schedule 1.', '',
      'ARTICLE II', '', 'SUPPLY', '', '2.1 Orders. Buyer shall order by purchase order.', '', '2.2 Delivery. Maker shall deliver FCA.', '',
    ].join('\n');
    const t = tree(text);
    expect(outline(t).filter((l) => !l.startsWith('2 clause -'))).toEqual([
      '1 preamble -', '1 article ARTICLE I {DEFINITIONS}', '2 section 1.1 {Defined Terms}',
      '1 article ARTICLE II {SUPPLY}', '2 section 2.1 {Orders}', '2 section 2.2 {Delivery}',
    ]);
    expect(text.slice(t.children[0]!.start, t.children[0]!.end)).toContain('ARTICLE II SUPPLY 2 2.1 Orders 2');
  });

  it('reads "1.0" numbering, ordinal CLAUSE headings and lists restarting inside a section', () => {
    const text = [
      'CLAUSE FIRST - PURPOSE', '', '1.0 Scope', '', '1.1 Services. The Contractor shall:', '',
      '1. transport the crude oil;', '', '2. keep records.', '', '1.2 Standards. All work complies with law.', '',
      'CLAUSE SECOND - PRICE', '', '2.1 Fee. The fee is USD 10 per barrel.', '',
    ].join('\n');
    const t = tree(text);
    expect(outline(t)).toEqual([
      '1 article CLAUSE FIRST {PURPOSE}', '2 section 1.0 {Scope}', '3 section 1.1 {Services}',
      '4 subclause 1', '4 subclause 2', '3 section 1.2 {Standards}',
      '1 article CLAUSE SECOND {PRICE}', '2 section 2.1 {Fee}',
    ]);
  });

  it('puts a section whose parent number is missing beside the previous parent, not under it', () => {
    const text = '1. DELIVERY\n\n1.1 Delivery. Seller delivers.\n\n1.2 Acceptance. Buyer accepts.\n\n2.1 Fees. Buyer pays.\n\n2.2 Taxes. Buyer pays taxes.\n';
    const t = tree(text);
    expect(outline(t)).toEqual(['1 section 1 {DELIVERY}', '2 section 1.1 {Delivery}', '2 section 1.2 {Acceptance}', '1 section 2.1 {Fees}', '1 section 2.2 {Taxes}']);
  });
});

describe('run-in headings and abbreviations', () => {
  // The words that end an abbreviation are one list (clauses/abbreviations.ts), read case-blind for names' ends.
  it('takes no company name for a heading, in capitals too, and keeps a heading that ends in "ETC."', async () => {
    const { readHeading } = await import('../../src/clauses/text.js');
    expect(readHeading('ACME ENTERTAINMENT INC. (Licensor) shall deliver the Content.', false).heading).toBeNull();
    expect(readHeading('Acme Entertainment Inc. (Licensor) shall deliver the Content.', false).heading).toBeNull();
    expect(readHeading('NOTICES, ETC. Any notice under this Agreement shall be in writing.', false).heading).toBe('NOTICES, ETC');
    expect(readHeading('Filings with the Commission or SEC. Each Party shall make its own filings.', false).heading).toBe('Filings with the Commission or SEC');
  });
});

describe('a continental signature block', () => {
  // p-swiss: 'Winterthur, 1 March 2026' / 'Aarvion Medtech AG' / '______' / 'Dr. Regula Baumann, CEO' after the last
  // annex was read as paragraphs of that annex, each line a heading ('Winterthur, 1 March 2026').
  const body = 'LICENCE AGREEMENT\n\nThis Agreement is made between Aarvion Medtech AG and Kinneret Robotics Ltd.\n\nArt. 1 Licence\n\n1.1 Aarvion grants Kinneret a licence under the patents listed in Annex 1.\n\nAnnex 1 Licensed patents\n\nEP 3 912 448 B1, Instrument drive unit\n\n';
  const signatures = 'Winterthur, 1 March 2026\n\nAarvion Medtech AG\n\n______________________________\nDr. Regula Baumann, CEO\n\nHaifa, 1 March 2026\n\nKinneret Robotics Ltd.\n\n______________________________\nYael Ben-David, CEO\n';

  it('opens at the place and date before a signature rule (before: paragraphs of the annex)', () => {
    const text = body + signatures;
    const t = tree(text);
    const sig = t.clauses.filter((c) => c.kind === 'signature');
    expect(sig.length).toBe(1);
    expect(text.slice(sig[0]!.start, sig[0]!.end)).toMatch(/^Winterthur, 1 March 2026[\s\S]*Yael Ben-David, CEO$/);
    expect(t.clauses.find((c) => c.kind === 'schedule')!.end).toBeLessThan(sig[0]!.start);
  });

  it('near miss: a place and date with no signature rule after it is a paragraph', () => {
    const text = `${body}Zürich, 01.03.2026\n\nThe Parties shall exchange signed copies by courier.\n`;
    expect(tree(text).clauses.some((c) => c.kind === 'signature')).toBe(false);
  });

  it('opens too where the signature rule is drawn in dots, as German and Swiss forms draw it (before: paragraphs of 2.1)', () => {
    const text = `${body.replace(/Annex 1 Licensed patents[\s\S]*$/, '')}1.2 The licence ends on the expiry of the last licensed patent.\n\n`
      + 'Zürich, 1. März 2026\n\nAarvion Medtech AG\n\n..................................\nDr. Regula Baumann, CEO\n\n'
      + 'München, 2. März 2026\n\nLumen Devices GmbH\n\n……………………………\nKlaus Berger, Geschäftsführer\n';
    const t = tree(text);
    const sig = t.clauses.filter((c) => c.kind === 'signature');
    expect(sig.length).toBe(1);
    expect(text.slice(sig[0]!.start, sig[0]!.end)).toMatch(/^Zürich, 1\. März 2026[\s\S]*Klaus Berger, Geschäftsführer$/);
    expect(t.clauses.find((c) => c.number === '1.2')!.end).toBeLessThan(sig[0]!.start);
  });

  it('near miss: a place and date before a table of contents leader or a short row of dots is a paragraph', () => {
    const text = `${body}Zürich, 1. März 2026\n\nThe fees are set out in Annex 2 ........ 14\n\nSee ... below.\n`;
    expect(tree(text).clauses.some((c) => c.kind === 'signature')).toBe(false);
  });
});

describe('a Roman chapter run on with its first lettered item', () => {
  // CUAD HEMISPHERX: 'V. REPORTS AND PAYMENTS   A. Within 30 days ...' on one line (EDGAR's run-on paragraphs): the
  // chapter was headed 'REPORTS AND PAYMENTS A' and its items A-D were one paragraph of it.
  const text = [
    'SALES AND DISTRIBUTION AGREEMENT',
    'This Agreement is made between Korvane Biologics Inc. ("Korvane") and Selwyn Medical Ltd ("Selwyn").',
    'I. DEFINITIONS   "Product" means the wound dressing sold by Korvane under the name Selvex.',
    'II. SUPPLY   A. Korvane shall supply the Product ordered by Selwyn.   B. Selwyn shall order at least 1,000 units a year.',
    'III. REPORTS AND PAYMENTS   A. Within 30 days after each quarter, Selwyn will report its sales.   B. All payments are due in United States Dollars.',
    'IV. TERM   This Agreement lasts for three years from the Effective Date.',
  ].join('\n\n');

  it('parts the title from the item (before: headed "REPORTS AND PAYMENTS A")', () => {
    const t = tree(text);
    expect(t.clauses.filter((c) => c.depth === 1 && c.number !== null).map((c) => [c.number, c.heading]).slice(1)).toEqual([['II', 'SUPPLY'], ['III', 'REPORTS AND PAYMENTS'], ['IV', 'TERM']]);
    const v = t.clauses.find((c) => c.number === 'III')!;
    expect(v.children.map((c) => c.number)).toEqual(['A', 'B']);
  });

  it('near miss: a title that is a sentence, or no "A." after it, is left as it was', () => {
    const other = 'LICENCE AGREEMENT\n\nThis Agreement is made between Korvane Biologics Inc. and Selwyn Medical Ltd.\n\nIX. EXCEPT AS SET FORTH IN THIS SECTION IX, KORVANE GIVES NO WARRANTY. A. This applies to all Products.\n';
    const t = tree(other);
    expect(t.clauses.filter((c) => c.number === 'A')).toEqual([]);
  });
});

describe('an ALL-CAPS chapter title run on with a definition that opens with a quoted term', () => {
  // 'I. DEFINITIONS "Product" means ...' on one line (EDGAR's run-on paragraphs, CUAD HEMISPHERX): the capitals title
  // was read as a run-in heading only before a capital and a lower-case letter, so the quote left chapter I unheaded.
  const text = (sep: string) =>
    [
      'SUPPLY AND LICENCE AGREEMENT',
      'This Agreement is made between Korvane Biologics Inc. ("Korvane") and Selwyn Medical Ltd ("Selwyn").',
      `I. DEFINITIONS${sep}"Product" means the wound dressing sold by Korvane under the name Selvex.`,
      `II. LICENCE${sep}Korvane grants Selwyn a non-exclusive licence to sell the Product in Canada.`,
      `III. KORVANE SHALL SHIP${sep}"ex works" Toronto.`,
    ].join('\n\n');

  // Near miss (III): a sentence in capitals with a quoted word in lower case has no heading (a capital follows the quote).
  it('reads the title as the chapter\'s heading, with one space or several before the quote', () => {
    for (const sep of [' ', '   ']) {
      const src = text(sep);
      const t = tree(src);
      expect(t.clauses.filter((c) => c.depth === 1 && c.number !== null).map((c) => [c.number, c.heading])).toEqual([['I', 'DEFINITIONS'], ['II', 'LICENCE'], ['III', null]]);
      // the definition's words are the chapter's body, after its heading
      const i = t.clauses.find((c) => c.number === 'I')!;
      expect(src.slice(i.start, i.end)).toContain('"Product" means');
    }
  });

  it('near miss: a sentence in capitals is not cut into a heading before its quoted or capitalised object', () => {
    // (3069e63 let a quote stand before the body; 'IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR "Consequential Loss"' was
    // then headed 'IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR', as CUAD Innerscope's '(b) IN NO EVENT SHALL Company ...'
    // was headed 'IN NO EVENT SHALL' before it.)
    const src = [
      'SUPPLY AND LICENCE AGREEMENT',
      'This Agreement is made between Korvane Biologics Inc. ("Korvane") and Selwyn Medical Ltd ("Selwyn").',
      'I. DEFINITIONS "Product" means the wound dressing sold by Korvane under the name Selvex.',
      'II. LIABILITY IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR "Consequential Loss" arising under this Agreement.',
      'III. IN NO EVENT SHALL Korvane be liable for lost profits.',
      'IV. NOTHING IN THIS AGREEMENT LIMITS THE "Product" warranty.',
    ].join('\n\n');
    expect(tree(src).clauses.filter((c) => c.depth === 1 && c.number !== null).map((c) => [c.number, c.heading])).toEqual([['I', 'DEFINITIONS'], ['II', null], ['III', null], ['IV', null]]);
  });

});

describe('the lines of a postal address', () => {
  // A letter's addresses (d-letter) and a notice clause's are names, titles and companies set one under the other with
  // a street or a postcode: each short line read as a heading line ('Dr Adaeze Okafor', 'Chief Technology Officer').
  const letter = [
    'VERITY SENSORS LTD\n14 Harbour Road, Southampton SO14 2AQ',
    'Dr Adaeze Okafor\nChief Technology Officer\nCastellan Robotics Ltd\n9 Mill Lane, Sheffield S1 4FW',
    '3 March 2027', 'Dear Dr Okafor,',
    'Following our meetings, this letter sets out the terms on which our companies license each other.',
    '1. Licence to Castellan. Verity grants Castellan a non-exclusive licence under the Verity Patents.',
    '2. Notices. Notices to Castellan go to:\nLegal Department\nCastellan Robotics Ltd\n1200 Commerce Drive\nPittsburgh, PA 15219',
    'GOVERNING LAW',
    '3. The law of England and Wales governs this letter.',
  ].join('\n\n');

  it('head nothing, in a letter\'s head and in a notice clause (before: each name, title and company was a heading)', () => {
    const t = tree(letter);
    expect(t.clauses.filter((c) => c.heading !== null && /VERITY|Okafor|Officer|Castellan Robotics|Legal Department|Harbour|Commerce/.test(c.heading)).map((c) => c.heading)).toEqual([]);
  });

  it('is one clause, not one a line: the letter head\'s own, and in a notice clause the clause\'s text (before: each line after a name a clause)', () => {
    const t = tree(letter);
    const clauseAt = (words: string) => t.clauses.filter((c) => c.children.length === 0 && letter.slice(c.start, c.end).includes(words));
    expect(clauseAt('Dr Adaeze Okafor').map((c) => letter.slice(c.start, c.end))).toEqual(['Dr Adaeze Okafor\nChief Technology Officer\nCastellan Robotics Ltd\n9 Mill Lane, Sheffield S1 4FW']);
    expect(clauseAt('VERITY SENSORS LTD').map((c) => letter.slice(c.start, c.end))).toEqual(['VERITY SENSORS LTD\n14 Harbour Road, Southampton SO14 2AQ']);
    const notices = byNumber(t, '2');
    expect(notices.children).toEqual([]);
    expect(letter.slice(notices.start, notices.end)).toMatch(/go to:\nLegal Department\nCastellan Robotics Ltd\n1200 Commerce Drive\nPittsburgh, PA 15219$/);
    // the address's last line closes the clause as a sentence's end would: the heading line after it heads 3
    expect(byNumber(t, '3').heading).toBe('GOVERNING LAW');
  });

  it('near miss: after a blank line the address is still the clause\'s; short lines with no address line among them are not joined', () => {
    const apartText = letter.replace('go to:\nLegal', 'go to:\n\nLegal');
    const apart = tree(apartText);
    expect(apartText.slice(byNumber(apart, '2').start, byNumber(apart, '2').end)).toMatch(/Legal Department\nCastellan Robotics Ltd\n1200 Commerce Drive\nPittsburgh, PA 15219$/);
    expect(byNumber(apart, '3').heading).toBe('GOVERNING LAW');
    // names and titles alone (no street, box or postcode) stay the lines they were
    const names = 'LETTER AGREEMENT\n\n1. Contacts. Each party names its contact:\nJane Whitlow\nChief Executive Officer\nMarcus Reed\nGeneral Counsel\n\n2. The law of England and Wales governs this letter.\n';
    expect(byNumber(tree(names), '1').children).toHaveLength(3);
  });

  it('near miss: a heading line with no address under it, and an exhibit title, keep their headings', () => {
    const t = tree(`${letter}\n\nSCHEDULE\nLICENSED PATENTS\n\nGB 2 581 442 B\n`);
    expect(t.clauses.some((c) => c.heading === 'GOVERNING LAW')).toBe(true);
    expect(t.clauses.find((c) => c.kind === 'schedule')?.heading).toBe('LICENSED PATENTS');
  });
});

describe('headings in sentence case', () => {
  // Plain-English and letter agreements write headings as sentences do: "Term and termination. This Agreement ...",
  // "5. How long this lasts". They were read as body text, so nothing was headed "termination" or "law".
  it('reads a numbered run-in heading, a numbered heading line and an unnumbered run-in heading in sentence case', () => {
    const text = [
      'Dear Dr Okafor,',
      '1. Licence. Verity grants Castellan a non-exclusive licence under the Verity Patents.',
      '2. Term and termination. This letter agreement lasts for three (3) years. Either of us may end it by written notice if the other commits a material breach.',
      '3. How long the licence lasts',
      '3.1 The licence continues until the last Verity Patent expires.',
      '4. Governing law. English law governs this letter agreement.',
    ].join('\n\n');
    const t = tree(text);
    expect(['1', '2', '3', '4'].map((n) => byNumber(t, n).heading)).toEqual(['Licence', 'Term and termination', 'How long the licence lasts', 'Governing law']);
    const unnumbered = tree('NOW, THEREFORE, the parties agree as follows:\n\nTerm and termination. This Agreement lasts for five years.\n\nConfidential information. Each party shall keep the other\'s information confidential.\n');
    expect(unnumbered.clauses.filter((c) => c.kind === 'clause').map((c) => c.heading)).toEqual(['Term and termination', 'Confidential information']);
  });

  it('takes no short sentence, no fragment and no lower-case list item for a heading', () => {
    const text = [
      '1. Payment is due. The Licensee shall pay within thirty days.',
      '2. Beta will pay. The fee is USD 10,000.',
      '3. The licence. It is non-exclusive.',
      'Claimant to substantiate the claim. Such notice shall be given promptly.',
      '4. Deliverables',
      '(a) make and sell the products',
    ].join('\n\n');
    const t = tree(text);
    expect(['1', '2', '3'].map((n) => byNumber(t, n).heading)).toEqual([null, null, null]);
    expect(t.clauses.some((c) => c.heading === 'Claimant to substantiate the claim')).toBe(false);
    expect(byNumber(t, '(a)').heading).toBeNull();
  });
});

describe('page furniture run onto a line', () => {
  it('takes no page footer at the end of a legend line for a heading ("... as amended.   Page 20 of 28")', () => {
    const legend = '{***} Confidential portions of this exhibit have been redacted and filed separately with the Commission pursuant to a confidential treatment request in accordance with Rule 24b-2 of the Securities Exchange Act of 1934, as amended.';
    const text = [
      '13. Documentation. The Documentation will be shipped to the Quality Assurance Manager (see Key Contact List, Attachment 1).',
      `${legend}   Page 23 of 28`,
      'Attachment 1 List of Key Contacts',
      'Quality Assurance Manager: Dr. Jane Roe, New Brunswick, New Jersey.',
    ].join('\n\n');
    const t = tree(text);
    expect(t.clauses.map((c) => c.heading).filter((h) => h !== null && /Page \d/.test(h))).toEqual([]);
    // The attachment's own heading opens its clause, so the reference in 13 finds it.
    const refs = [...analyze(sourceFromText(text, 'supply.txt')).facts.attributes.values()].flatMap((a) => a.crossReferences);
    expect(refs.map((r) => [r.text, r.targetId !== null])).toEqual([['Attachment 1', true]]);
  });
});

describe('page-top confidential-treatment legends (EDGAR)', () => {
  // Magenta's and Violin's filings repeat the legend at the top of every page, a long line, or run the next page's
  // text on after it: each became a clause headed "CONFIDENTIAL TREATMENT REQUESTED", which split the section the
  // page break cut and named its second half.
  const LEGEND = 'CONFIDENTIAL TREATMENT REQUESTED. INFORMATION FOR WHICH CONFIDENTIAL TREATMENT HAS BEEN REQUESTED IS OMITTED AND MARKED WITH "[***]". AN UNREDACTED VERSION OF THE DOCUMENT HAS ALSO BEEN FURNISHED SEPARATELY TO THE SECURITIES AND EXCHANGE COMMISSION AS REQUIRED BY RULE 406 UNDER THE SECURITIES ACT OF 1933, AS AMENDED.';
  const text = [
    'MASTER DEVELOPMENT AND MANUFACTURING AGREEMENT',
    'This Master Development and Manufacturing Agreement is made between Magenta Therapeutics, Inc. ("Magenta") and Bachem Americas, Inc. ("Bachem").',
    '1. BACHEM OBLIGATIONS',
    '1.1 Material/Supplies. Where Magenta provides materials to Bachem, Bachem shall store them',
    `${LEGEND} in accordance with the Specifications and return any unused materials within thirty (30) days.`,
    `${LEGEND} 1.2 Deliverables. Each deliverable developed under a Project Plan shall conform to the Specifications.`,
    '[Confidential Treatment Requested]',
    '1.3 Confidential Treatment Requested. Neither Party shall seek confidential treatment of this Agreement without notice to the other.',
  ].join('\n\n');
  const t = tree(text);

  it('are page furniture: no clause is headed by one, and the paragraph the page break cut is one clause again', () => {
    expect(t.clauses.filter((c) => /confidential treatment requested/i.test(c.heading ?? '') && c.number === null)).toEqual([]);
    const s11 = byNumber(t, '1.1');
    expect(text.slice(s11.start, s11.end)).toMatch(/Bachem shall store them[\s\S]*return any unused materials within thirty \(30\) days\.$/);
    expect(parentOf(t, byNumber(t, '1.2'))?.number).toBe('1');
    expect(byNumber(t, '1.2').heading).toBe('Deliverables');
  });

  it('run onto the end of a line after a gap, starred or bracketed, is furniture too', () => {
    // FOUNDATION MEDICINE's pages end "... incurred by FMI in   ***Confidential Treatment Requested***"; an appendix
    // page holding only a redaction was headed "[…***…] ***Confidential Treatment Requested***".
    const footed = [
      '1. PAYMENTS',
      '1.1 Wind-down Costs. Roche shall reimburse the costs reasonably incurred by FMI in   ***Confidential Treatment Requested***',
      'connection with the wind-down of the Development Plan.',
      'Appendix 1.57',
      '[…***…]   ***Confidential Treatment Requested***',
    ].join('\n\n');
    const ft = tree(footed);
    expect(footed.slice(byNumber(ft, '1.1').start, byNumber(ft, '1.1').end)).toContain('incurred by FMI in   ***Confidential Treatment Requested***\n\nconnection with the wind-down');
    expect(ft.clauses.filter((c) => /confidential treatment/i.test(c.heading ?? ''))).toEqual([]);
    // The page's last legend is left out of every clause.
    expect(Math.max(...ft.clauses.map((c) => c.end))).toBe(footed.lastIndexOf('[…***…]') + '[…***…]'.length);
    // Marks written in the clause itself stay.
    const markedText = '1. USE\n\n1.1 Licensee shall mark each copy ***CONFIDENTIAL***';
    expect(byNumber(tree(markedText), '1.1').end).toBe(markedText.length);
  });

  it('but a numbered clause of that name, and its text, stay', () => {
    const s13 = byNumber(t, '1.3');
    expect(s13.heading).toBe('Confidential Treatment Requested');
    expect(text.slice(s13.start, s13.end)).toContain('Neither Party shall seek confidential treatment');
  });
});

describe('a page footer with a label before its page number', () => {
  // "IBM and MSL Confidential Page 3 of 7", "CONFIDENTIAL Page 4 of 6" on a line of their own: each was read as the
  // heading of the paragraph after the page break, so messages named the paragraph "CONFIDENTIAL Page 4 of 6".
  const text = [
    '(a) Each Party shall keep the terms of this Agreement confidential.',
    'PACIFICAP ENTERTAINMENT Agreement with THE HENRY FILM AND ENTERTAINMENT CORPORATION..',
    'CONFIDENTIAL Page 4 of 6',
    'Each Party acknowledges that it may have access to proprietary information of the other Party and shall use it only for this Agreement.',
    '(b) This paragraph survives termination.',
  ].join('\n\n');
  const t = tree(text);

  it('is page furniture, not the heading of the paragraph after it', () => {
    expect(t.clauses.filter((c) => /Page \d+ of \d+/.test(c.heading ?? ''))).toEqual([]);
    const paragraph = t.clauses.find((c) => text.slice(c.start, c.end).startsWith('Each Party acknowledges'));
    expect(paragraph?.heading ?? null).toBeNull();
    expect(t.clauses.some((c) => text.slice(c.start, c.end).startsWith('CONFIDENTIAL'))).toBe(false);
  });

  it('but a sentence that ends on a page keeps its words', () => {
    const lead = 'Licensee shall use the forecast format set out on Page 3 of 5';
    const own = `1. FORECASTS\n\n1.1 Forecasts.\n\n${lead}\n\n1.2 Each Party shall keep the forecasts confidential.`;
    const s11 = byNumber(tree(own), '1.1');
    expect(own.slice(s11.start, s11.end)).toContain(lead);
  });
});

describe('an English execution block that names the signatory first', () => {
  // "Signed by Helen Marsh, Director, for and on behalf of ..." opens the signatures as "Signed for and on behalf of"
  // does: before, it was one more paragraph of the last clause (in text and in Markdown).
  const body = (number: string) => `${number} This Agreement is governed by the laws of England and Wales.\n\nSigned by Helen Marsh, Director, for and on behalf of Kestrel Photonics Ltd\n\nSigned by Rajiv Anand, duly authorised for and on behalf of Harrow Optics Ltd\n`;
  for (const [format, text] of [
    ['text', `PATENT CROSS-LICENCE AGREEMENT\n\nThis Agreement is made between Kestrel Photonics Ltd and Harrow Optics Ltd. The parties agree as follows:\n\n1. GOVERNING LAW\n\n${body('1.1')}`],
    ['markdown', `# PATENT CROSS-LICENCE AGREEMENT\n\nThis Agreement is made between Kestrel Photonics Ltd and Harrow Optics Ltd.\n\n## 1. Governing Law\n\n${body('1.1')}`],
  ] as const) {
    it(`ends the last clause at it (${format})`, () => {
      const t = tree(text, format);
      const last = byNumber(t, '1.1');
      expect(text.slice(last.start, last.end).trimEnd()).toBe('1.1 This Agreement is governed by the laws of England and Wales.');
      const sig = t.clauses.filter((c) => c.kind === 'signature');
      expect(sig.length).toBeGreaterThan(0);
      expect(text.slice(sig[0]!.start)).toMatch(/^Signed by Helen Marsh/);
    });
  }

  it('is no signature when the words only mention a signing', () => {
    const text = 'PATENT CROSS-LICENCE AGREEMENT\n\nThis Agreement is made between Kestrel Photonics Ltd and Harrow Optics Ltd. The parties agree as follows:\n\n1. GENERAL\n\n1.1 This Agreement may be executed in counterparts.\n\nSigned by both parties, this Agreement takes effect on the Effective Date.\n';
    expect(tree(text).clauses.some((c) => c.kind === 'signature')).toBe(false);
  });
});

describe('a South African execution block: "SIGNED at <place> on <date>"', () => {
  // Before: 'SIGNED at Boksburg on 14 April 2026' opened no signature, so the signatories' lines were paragraphs of the
  // last schedule.
  it('opens the signatures', () => {
    const text = 'TECHNOLOGY CROSS-LICENCE AGREEMENT\n\nThis Agreement is made between Kopano Hydraulics (Pty) Ltd and Ironbark Drill Systems Pty Ltd. IT IS AGREED as follows:\n\n1. GOVERNING LAW\n\n1.1 This Agreement is governed by the laws of England and Wales.\n\nSIGNED at Boksburg on 14 April 2026\nfor KOPANO HYDRAULICS (PTY) LTD\n\n______________________________\nName: Thabo Nkosi\n\nThus done and signed at Perth, on this 15th day of April 2026\nfor IRONBARK DRILL SYSTEMS PTY LTD\n';
    const t = tree(text);
    expect(t.clauses.filter((c) => c.kind === 'signature').map((c) => text.slice(c.start, c.start + 20))).toEqual(['SIGNED at Boksburg o', 'Thus done and signed']);
  });

  it('near miss: "signed at the Closing" in a clause is no signature', () => {
    const text = 'TECHNOLOGY CROSS-LICENCE AGREEMENT\n\nThis Agreement is made between Alpha Ltd and Beta Ltd. IT IS AGREED as follows:\n\n1. CLOSING\n\n1.1 The parties shall deliver the deeds.\n\nSigned at the Closing on 14 April 2026, the deeds take effect at once.\n';
    expect(tree(text).clauses.some((c) => c.kind === 'signature')).toBe(false);
  });
});

describe('ALL-CAPS run-in captions joined by semicolons', () => {
  it('reads "GOVERNING LAW; VENUE." as the heading of its clause', () => {
    const t = tree('PATENT CROSS-LICENSE AGREEMENT\n\nARTICLE 1\nMISCELLANEOUS\n\n1.1 GOVERNING LAW; VENUE. This Agreement shall be governed by the laws of the State of Delaware.\n\n1.2 ASSIGNMENT. Neither party may assign this Agreement.\n');
    expect(byNumber(t, '1.1').heading).toBe('GOVERNING LAW; VENUE');
    expect(byNumber(t, '1.2').heading).toBe('ASSIGNMENT');
  });

  it('reads title-case captions joined by semicolons ("Books and Records; Inspection.") as the heading of their clause', () => {
    const t = tree('PATENT CROSS-LICENSE AGREEMENT\n\nARTICLE I\nRECORDS\n\nSection 1.01 Books and Records; Inspection. Each Party shall keep complete books of account for three (3) years.\n\nSection 1.02 Governing Law; Jurisdiction; Waiver of Jury Trial. This Agreement is governed by the laws of New York.\n');
    expect(byNumber(t, 'Section 1.01').heading).toBe('Books and Records; Inspection');
    expect(byNumber(t, 'Section 1.02').heading).toBe('Governing Law; Jurisdiction; Waiver of Jury Trial');
  });

  it('near miss: title-case words joined to a sentence by a semicolon are no caption', () => {
    const t = tree('PATENT CROSS-LICENSE AGREEMENT\n\nARTICLE 1\nMISCELLANEOUS\n\n1.1 Licensed Products; each party shall mark them with the patent numbers. This applies to Affiliates.\n\n1.2 ASSIGNMENT. Neither party may assign this Agreement.\n');
    expect(byNumber(t, '1.1').heading).toBeNull();
  });

  it('near miss: a sentence-case text with a semicolon is no caption', () => {
    const t = tree('PATENT CROSS-LICENSE AGREEMENT\n\nARTICLE 1\nMISCELLANEOUS\n\n1.1 Either party may assign; the other party shall be notified. This applies to Affiliates.\n\n1.2 ASSIGNMENT. Neither party may assign this Agreement.\n');
    expect(byNumber(t, '1.1').heading).toBeNull();
  });
});

describe('a text whose first section is not 1.', () => {
  const extract = (first: string) => `PATENT CROSS-LICENCE AGREEMENT (EXTRACT)

This extract is made between Kestrel Photonics Ltd ("Kestrel") and Harrow Optics Ltd ("Harrow").

2. LICENCES

${first} Kestrel grants to Harrow a non-exclusive licence under the Kestrel Patents.

2.2 Harrow grants to Kestrel a non-exclusive licence under the Harrow Patents.

3. TERM

3.1 This Agreement ends when the last Licensed Patent expires.
`;

  it("reads '2.' with its '2.1' as the numbering's start", () => {
    const t = tree(extract('2.1'));
    expect(outline(t).filter((l) => !l.includes(' -'))).toEqual(['1 section 2 {LICENCES}', '2 section 2.1', '2 section 2.2', '1 section 3 {TERM}', '2 section 3.1']);
    expect(parentOf(t, byNumber(t, '2.2'))?.number).toBe('2');
  });

  it("near misses: without its '2.1' a '2.' alone opens nothing, nor does one before a later '1.'", () => {
    expect(tree(extract('(a)')).clauses.some((c) => c.number === '2')).toBe(false);
    const cover = `COVER NOTE\n\n19. RELEASE\n\n19.1 The release in the main agreement stands.\n\nPATENT CROSS-LICENCE AGREEMENT\n\n1. LICENCES\n\n1.1 Kestrel grants to Harrow a non-exclusive licence.\n\n2. TERM\n\n2.1 It ends in 2030.\n`;
    expect(tree(cover).clauses.some((c) => c.number === '19')).toBe(false);
    // the same cover note over an agreement that ends with numbered witnesses: the body's '1.' still starts it
    const witnessed = `${cover}\nIN WITNESS WHEREOF the Parties have signed this Agreement.\n\nKESTREL PHOTONICS LTD\n\nHARROW OPTICS LTD\n\nWitnesses:\n\n1. Marcos Silva\n\n2. Helena Costa\n`;
    expect(tree(witnessed).clauses.some((c) => c.number === '19')).toBe(false);
    expect(tree(witnessed).clauses.filter((c) => c.number === '1').map((c) => [c.depth, c.heading])).toEqual([[1, 'LICENCES'], [2, 'Marcos Silva']]);
  });

  it("reads it so over numbered witnesses or a schedule's own '1.' after the signatures (before: all of it a preamble)", () => {
    const body = outline(tree(extract('2.1'))).filter((l) => !l.includes(' -'));
    const witnesses = `${extract('2.1')}\nLondon, 1 March 2026.\n\nKESTREL PHOTONICS LTD\n\nHARROW OPTICS LTD\n\nWitnesses:\n\n1. Marcos Silva\n\n2. Helena Costa\n`;
    const t = tree(witnesses);
    expect(outline(t).filter((l) => !l.includes(' -') && !l.includes('{Marcos') && !l.includes('{Helena'))).toEqual(body);
    expect(outline(t).filter((l) => l.startsWith('1 '))).toEqual(['1 preamble -', '1 section 2 {LICENCES}', '1 section 3 {TERM}', '1 signature -']);
    expect(t.children.at(-1)!.children.filter((c) => c.number !== null).map((c) => [c.number, c.heading])).toEqual([['1', 'Marcos Silva'], ['2', 'Helena Costa']]);
    const schedule = `${extract('2.1')}\nIN WITNESS WHEREOF the Parties have signed this Agreement.\n\nKESTREL PHOTONICS LTD\n\nHARROW OPTICS LTD\n\nSCHEDULE 1\n\n1. Kestrel Patents\n\n1.1 European Patent EP 3 123 456 and its national validations.\n`;
    expect(outline(tree(schedule)).filter((l) => l.startsWith('1 '))).toEqual(['1 preamble -', '1 section 2 {LICENCES}', '1 section 3 {TERM}', '1 signature -', '1 schedule SCHEDULE 1']);
  });
});

describe('spaces after a mark, semicolon captions and EDGAR page feet', () => {
  const recitals = (gap: string) => `PATENT CROSS-LICENSE AGREEMENT

This Agreement is made between Aurelian Systems Inc. ("Aurelian") and Brightwater Optics LLC ("Brightwater").

RECITALS

A.${gap}Aurelian owns patents relating to optical switching.

B.${gap}Brightwater owns patents relating to laser modules.   Both parties wish to avoid litigation.

NOW, THEREFORE, the parties agree as follows:

1. LICENCES

1.1 Each party grants the other a non-exclusive licence under its patents.
`;
  const texts = (text: string) => tree(text).clauses.filter((c) => c.children.length === 0).map((c) => text.slice(c.start, c.end));

  it("keeps a recital letter with its words when three or more spaces part them ('A.   Aurelian')", () => {
    const text = recitals('   ');
    const leaves = texts(text);
    expect(leaves).toContain('A.   Aurelian owns patents relating to optical switching.');
    expect(leaves).not.toContain('A.');
    expect(leaves).not.toContain('B.');
  });

  it('near misses: with one space the tree is the same; a sentence end before three spaces still parts two sentences', () => {
    const one = texts(recitals(' '));
    expect(one).toContain('A. Aurelian owns patents relating to optical switching.');
    expect(one).toContain('Both parties wish to avoid litigation.');
    expect(one).toContain('B. Brightwater owns patents relating to laser modules.');
    expect(texts(recitals('   '))).toContain('Both parties wish to avoid litigation.');
  });

  it("reads 'TERM; ASSIGNMENT' after a section number as its heading", () => {
    const t = tree('LICENSE AGREEMENT\n\n1. DEFINITIONS\n\n1.1 "Patents" means the patents in Exhibit A.\n\n2. TERM; ASSIGNMENT\n\n2.1 This Agreement ends when the last Patent expires.\n\n2.2 Neither party may assign this Agreement.\n');
    expect(byNumber(t, '2').heading).toBe('TERM; ASSIGNMENT');
    expect(parentOf(t, byNumber(t, '2.2'))?.number).toBe('2');
  });

  it('near miss: a sentence with a semicolon after a number is no heading', () => {
    const t = tree('LICENSE AGREEMENT\n\n1. DEFINITIONS\n\n1.1 "Patents" means the patents in Exhibit A.\n\n2. Term; the licence ends when the last Patent expires\n\n2.1 Neither party may assign this Agreement.\n');
    expect(t.clauses.find((c) => c.number === '2')?.heading ?? null).toBeNull();
  });

  it("takes an EDGAR page foot with its page number ('2   Source: ACME INC, 10-Q, 11/1/2019') for furniture, not a heading", () => {
    const text = 'LICENSE AGREEMENT\n\n1. DEFINITIONS\n\n1.1 "Patents" means the patents in Exhibit A.\n\n2   Source: ACME INC, 10-Q, 11/1/2019\n\n1.2 "Territory" means the United States.\n\n2. TERM\n\n2.1 This Agreement ends when the last Patent expires.\n';
    const t = tree(text);
    expect(t.clauses.some((c) => (c.heading ?? '').includes('Source'))).toBe(false);
    expect(t.clauses.filter((c) => c.number === '2')).toHaveLength(1);
    expect(parentOf(t, byNumber(t, '1.2'))?.number).toBe('1');
  });

  it('near miss: a numbered clause about source code is a clause', () => {
    const text = 'LICENSE AGREEMENT\n\n1. DEFINITIONS\n\n1.1 "Patents" means the patents in Exhibit A.\n\n2. Source Code. The Licensor shall deposit the source code with the escrow agent by 2024\n\n3. TERM\n\n3.1 This Agreement ends when the last Patent expires.\n';
    expect(byNumber(tree(text), '2').heading).toBe('Source Code');
  });
});

describe('an unnumbered heading line before a number', () => {
  const head = 'PATENT LICENSE AGREEMENT\n\nAlpha Corp. and Beta Inc. agree as follows:\n\n1. License\n\n1.1 Grant. Alpha grants Beta a non-exclusive licence under the Licensed Patents.\n\n';
  const own = (t: ReturnType<typeof tree>, text: string, number: string): string => {
    const c = byNumber(t, number);
    return text.slice(c.start, c.bodyEnd);
  };

  it("heads the clauses after it ('Royalties' between '1.2' and '2.1' with no '2.' line), not the end of 1.2", () => {
    const text = `${head}1.2 Sublicensing. Beta may not sublicense except to its Affiliates.\n\nRoyalties\n\n2.1 Running royalty. Beta shall pay Alpha a royalty of 2% of Net Sales.\n\n2.2 Reports. Beta shall report Net Sales quarterly.\n\n3. Term\n\n3.1 This Agreement lasts five years.\n`;
    const t = tree(text);
    expect(own(t, text, '1.2')).not.toContain('Royalties');
    const group = t.clauses.find((c) => c.heading === 'Royalties');
    expect(group).toMatchObject({ number: null, depth: 1 });
    expect([parentOf(t, byNumber(t, '2.1'))?.heading, parentOf(t, byNumber(t, '2.2'))?.heading]).toEqual(['Royalties', 'Royalties']);
    expect(byNumber(t, '3').depth).toBe(1);
    expect(parentOf(t, byNumber(t, '3.1'))?.number).toBe('3');
  });

  it("heads them though its words run on in the clauses ('Beta shall pay Alpha Royalties'): only a block of its own repeats", () => {
    const text = `${head}1.2 Sublicensing. Beta may not sublicense except to its Affiliates.\n\nRoyalties\n\n2.1 Running royalty. Beta shall pay Alpha Royalties of 2% of Net Sales.\n\n2.2 Reports. Royalties are reported quarterly.\n\n3. Term\n\n3.1 This Agreement lasts five years.\n`;
    const t = tree(text);
    expect(own(t, text, '1.2')).not.toContain('Royalties');
    expect(parentOf(t, byNumber(t, '2.1'))?.heading).toBe('Royalties');
  });

  it('is the heading of a number that has none of its own', () => {
    const text = `${head}1.2 Beta may not sublicense except to its Affiliates.\n\nRoyalties\n\n2. Beta shall pay Alpha a royalty of 2% of Net Sales.\n`;
    const t = tree(text);
    expect(own(t, text, '1.2')).not.toContain('Royalties');
    expect(byNumber(t, '2').heading).toBe('Royalties');
    expect(text.slice(byNumber(t, '2').start)).toMatch(/^Royalties\n\n2\. Beta/);
  });

  it('near miss: a wrapped last line of 1.2 stays in 1.2', () => {
    for (const wrap of ['except to its\nAffiliates and Subsidiaries\n2.1', 'except to its\nAffiliates and Subsidiaries\n\n2.1']) {
      const text = `${head}1.2 Sublicensing. Beta may not sublicense any rights granted under this Agreement ${wrap} Running royalty. Beta shall pay Alpha a royalty of 2% of Net Sales.\n`;
      const t = tree(text);
      expect(own(t, text, '1.2')).toMatch(/Affiliates and Subsidiaries$/);
      expect(t.clauses.some((c) => c.heading === 'Affiliates and Subsidiaries')).toBe(false);
      expect(parentOf(t, byNumber(t, '2.1'))).toBeUndefined();
    }
  });

  it('near miss: a page header the running-header pass left (found twice) and an address line head nothing', () => {
    const text = `${head}1.2 Sublicensing. Beta may not sublicense except to its Affiliates.\n\nConfidential Execution Copy\n\n2.1 Running royalty. Beta shall pay Alpha a royalty of 2% of Net Sales.\n\n2.2 Notices. Notices go to Beta at 1 Main Street, Springfield.\n\nConfidential Execution Copy\n\n3. Payment. Payment terms are thirty days.\n\n3.1 Notices. Notices to Alpha go to Alpha Corp.\n\nLegal Department\n\n4.1 Governing law. This Agreement is governed by the laws of New York.\n`;
    const t = tree(text);
    expect(t.clauses.filter((c) => c.heading !== null && /Confidential|Legal/.test(c.heading) && c.number !== null)).toEqual([]);
    expect(parentOf(t, byNumber(t, '2.1'))).toBeUndefined();
    expect(t.clauses.some((c) => c.heading === 'Legal Department')).toBe(false);
    expect(own(t, text, '3.1')).toMatch(/Legal Department$/);
  });
});

describe('an article number and its heading parted by a slash', () => {
  // 'ARTICLE IV / PAYMENT' (a bilingual agreement's heading, or a house style): the slash is no character that may
  // follow a number, so the line was an unnumbered heading, ARTICLE I stayed in the preamble and 1.1 had no article.
  const text = [
    'PATENT CROSS-LICENSE AGREEMENT',
    'This Agreement is made between Alpha Inc. ("Alpha") and Beta Corp. ("Beta").',
    'ARTICLE I / DEFINITIONS', '1.1 "Patents" means all patents owned by a party.',
    'ARTICLE II / LICENSES', '2.1 Alpha grants Beta a non-exclusive license under the Alpha Patents.',
    '2.2 The licences are subject to the Framework Agreement of 3 March 2020.',
    'Article 7 / Article 8 of the Framework Agreement apply to the licences as if set out here.',
    'ARTICLE III / PAYMENT', '3.1 Beta shall pay Alpha USD 100,000 within thirty days.',
  ].join('\n\n');
  const t = tree(text);

  it('reads the number, the heading after the slash, and nests the sections under it', () => {
    expect(outline(t).filter((l) => !l.includes('clause') && !l.includes('preamble'))).toEqual([
      '1 article ARTICLE I {DEFINITIONS}', '2 section 1.1', '1 article ARTICLE II {LICENSES}', '2 section 2.1', '2 section 2.2',
      '1 article ARTICLE III {PAYMENT}', '2 section 3.1',
    ]);
  });

  it('near miss: a sentence opening with a reference and a slash starts no clause', () => {
    expect(t.clauses.some((c) => c.number === 'Article 7')).toBe(false);
    const s22 = byNumber(t, '2.2');
    expect(text.slice(s22.start, s22.end)).toMatch(/as if set out here\.$/);
  });
});

describe("an article's number and title run on into its first section (EDGAR)", () => {
  // 'ARTICLE IV BOARD NOMINATION RIGHTS Section 4.1 Springing Nomination Right. Subject to ...' on one line: the
  // article took 'BOARD NOMINATION RIGHTS Section 4.1 Springing Nomination Right' as its heading and 4.1 lost its number.
  const text = [
    'STRATEGIC ALLIANCE AGREEMENT',
    'TABLE OF CONTENTS',
    'ARTICLE I DEFINITIONS 1 1.1 Defined Terms 1',
    'ARTICLE II NOMINATION RIGHTS 4 2.1 Springing Nomination Right 4 2.2 Nomination 5',
    'This Strategic Alliance Agreement is made between Cedar Confections, Inc. (the "Company") and Harlan Holdings LLC ("Harlan").',
    'ARTICLE I DEFINITIONS Section 1.1 Defined Terms. In this Agreement "Board" means the board of directors of the Company.',
    'ARTICLE II NOMINATION RIGHTS Section 2.1 Springing Nomination Right. Subject to Section 2.2, Harlan may designate one director nominee.',
    'Section 2.2 Nomination. The Company shall nominate the designee at its next annual meeting.',
  ].join('\n\n');
  const t = tree(text);

  it('parts the article from its first section, each with its own heading', () => {
    expect(outline(t).filter((l) => / (?:article|section) /.test(l))).toEqual([
      '1 article ARTICLE I {DEFINITIONS}', '2 section Section 1.1 {Defined Terms}',
      '1 article ARTICLE II {NOMINATION RIGHTS}', '2 section Section 2.1 {Springing Nomination Right}', '2 section Section 2.2 {Nomination}',
    ]);
  });

  it('near miss: a contents entry with its page numbers stays in the preamble', () => {
    const preamble = t.children[0]!;
    expect(preamble.kind).toBe('preamble');
    expect(text.slice(preamble.start, preamble.end)).toContain('ARTICLE II NOMINATION RIGHTS 4 2.1 Springing Nomination Right 4');
  });
});

describe('a section and its first subsection run on ("3.1 Licensed Rights 3.1.1 Grants. ...")', () => {
  const text = [
    'INTELLECTUAL PROPERTY AGREEMENT',
    'This Intellectual Property Agreement is made between Norland Lifts Corp. ("Norland") and Vessel Climate Inc. ("Vessel").',
    '3. LICENSES',
    '3.1 Licensed Intellectual Property Rights 3.1.1 License Grants. Norland grants Vessel a non-exclusive license under the Norland Patents.',
    '3.1.2 Field Restriction. The license in Section 3.1.1 is limited to the Vessel Field.',
    '3.2 Reserved Rights 3.3 applies to the rights not granted in Section 3.1.',
  ].join('\n\n');
  const t = tree(text);

  it('parts 3.1 from 3.1.1, each with its heading', () => {
    expect(byNumber(t, '3.1').heading).toBe('Licensed Intellectual Property Rights');
    expect(parentOf(t, byNumber(t, '3.1.1'))?.number).toBe('3.1');
    expect(byNumber(t, '3.1.1').heading).toBe('License Grants');
  });

  it('near miss: another number after a title (3.2 ... 3.3) is no first subsection', () => {
    expect(t.clauses.some((c) => c.number === '3.3')).toBe(false);
  });
});

describe('a list of exhibits after the signature', () => {
  const sign = 'PATENT CROSS LICENSE AGREEMENT\n\nThis Agreement is made between Alpha Inc. ("Alpha") and Beta Corp. ("Beta").\n\n1. Grant. Alpha grants Beta a licence under the patents in Exhibit A. Payments go to the account in Exhibit D.\n\nIN WITNESS WHEREOF, the parties have signed this Agreement.\n\nBy: ____________\n\n';
  const exhibits = '                                   EXHIBIT A\n                              LICENSED PATENTS\n\n     U.S. Patent No. 10,651,132\n\n                                   EXHIBIT B\n                           FORM OF CERTIFICATE\n\n     The undersigned certifies the products.\n';

  it('names the exhibits without starting them: the first exhibit starts where its label comes again', () => {
    // Each 'Exhibit X    Title' line of the list was read as the exhibit itself, so 'Exhibit D', listed but not
    // attached, resolved to its list line and no dangling reference was reported (failed before).
    const text = `${sign}                                LIST OF EXHIBITS\n\n     Exhibit A    Licensed Patents\n     Exhibit B    Form of Certificate\n     Exhibit D    Wire Transfer Instructions\n\n\n${exhibits}`;
    const t = tree(text);
    expect(t.clauses.filter((c) => c.kind === 'schedule').map((c) => c.number)).toEqual(['EXHIBIT A', 'EXHIBIT B']);
    const refs = [...analyze(sourceFromText(text, 'a.txt')).facts.crossReferences.values()].flat();
    expect(refs.filter((r) => r.text === 'Exhibit D' && r.targetId === null).length).toBeGreaterThan(0);
  });

  it('is no part of the signature block: a clause of its own after it, headed by its title, its entries its text', () => {
    // Before: 'LIST OF EXHIBITS' and its entries were the signature block's words (o-us-outline), and a finding on
    // the unattached Exhibit D said 'The signature block refers to Exhibit D'.
    const text = `${sign}                                LIST OF EXHIBITS\n\n     Exhibit A    Licensed Patents\n     Exhibit B    Form of Certificate\n     Exhibit D    Wire Transfer Instructions\n\n\n${exhibits}`;
    const t = tree(text);
    const signature = t.clauses.find((c) => c.kind === 'signature')!;
    expect(text.slice(signature.start, signature.end)).toMatch(/^IN WITNESS WHEREOF[\s\S]*By: _+$/);
    const list = t.children.find((c) => c.heading === 'LIST OF EXHIBITS')!;
    expect(list).toMatchObject({ kind: 'clause', depth: 1, children: [] });
    expect(text.slice(list.start, list.end)).toMatch(/^LIST OF EXHIBITS\n\n {5}Exhibit A[\s\S]*Wire Transfer Instructions$/);
  });

  it('near miss: exhibits that follow one another with no list title stay exhibits', () => {
    const t = tree(`${sign}${exhibits}`);
    expect(t.clauses.filter((c) => c.kind === 'schedule').map((c) => c.number)).toEqual(['EXHIBIT A', 'EXHIBIT B']);
  });
});

describe('annexures (Indian drafting)', () => {
  const text = 'PATENT CROSS LICENCE AGREEMENT\n\nThis Agreement is made between Alpha Limited ("Alpha") and Beta Limited ("Beta").\n\n1. Payments. All payments shall be made to the bank account set out in ANNEXURE A, and the patents are listed in Annexure B.\n\nIN WITNESS WHEREOF the Parties hereto have set their hands.\n\nSCHEDULE I\nLICENSED PATENTS\n\nIndian Patent No. 412678\n\nANNEXURE A\nBANK DETAILS\n\nAccount No. 3845 1120 9921\n';

  it('reads an ANNEXURE heading as a schedule and resolves references to it', () => {
    // 'ANNEXURE A' was no schedule heading ('ANNEX' then 'URE'), so its paragraphs were clauses of their own and a
    // reference to an annexure was never checked (failed before).
    const t = tree(text);
    expect(t.clauses.filter((c) => c.kind === 'schedule').map((c) => c.number)).toEqual(['SCHEDULE I', 'ANNEXURE A']);
    const refs = [...analyze(sourceFromText(text, 'a.txt')).facts.crossReferences.values()].flat();
    expect(refs.map((r) => [r.text, r.targetId === null])).toEqual([['Annexure A', false], ['Annexure B', true]]);
  });

  it('near miss: "Annex A" and an annexed document in a sentence are read as before', () => {
    const annex = text.replace('ANNEXURE A\nBANK DETAILS', 'ANNEX A\nBANK DETAILS').replace('set out in ANNEXURE A', 'set out in Annex A');
    expect(tree(annex).clauses.filter((c) => c.kind === 'schedule').map((c) => c.number)).toEqual(['SCHEDULE I', 'ANNEX A']);
  });
});

describe('a note that the signatures follow, written right under the last clause', () => {
  // Before: '[Signature Page Follows]' on the line after 12.2's last, with no blank line, was one more line of 12.2, and
  // so were the signatories' company names after it (the signatures opened only at 'By:').
  const head = 'PATENT CROSS-LICENSE AGREEMENT\n\nThis Patent Cross-License Agreement is made as of 1 March 2026 between Orrin Photonics, Inc. ("Orrin") and Tessaly Optical GmbH ("Tessaly").\n\n12. GENERAL\n\n12.1 This Agreement is governed by the laws of the State of New York.\n\n';
  const counterparts = '12.2 This Agreement may be executed in counterparts, each of which is an original and all of which\ntogether are one instrument.';
  const signatories = '\n\nORRIN PHOTONICS, INC.\n\nBy: /s/ Helen Marsh\nName: Helen Marsh\nTitle: Chief Executive Officer\n\nTESSALY OPTICAL GMBH\n\nBy: /s/ Jonas Weber\nName: Jonas Weber\nTitle: Managing Director\n';
  for (const note of ['[Signature Page Follows]', '[SIGNATURE PAGE FOLLOWS]', '[Remainder of page intentionally left blank; signature page follows]', '[Signatures appear on the following page]']) {
    it(`ends the clause at ${note}`, () => {
      const text = `${head}${counterparts}\n${note}${signatories}`;
      const t = tree(text);
      expect(text.slice(byNumber(t, '12.2').start, byNumber(t, '12.2').end)).toBe(counterparts);
      const sig = t.clauses.filter((c) => c.kind === 'signature');
      expect(sig.map((c) => text.slice(c.start, c.start + note.length))).toEqual([note]);
    });
  }

  it('ends it in Markdown too, where the two lines are one CommonMark paragraph', () => {
    const text = `# PATENT CROSS-LICENSE AGREEMENT\n\nThis Agreement is made between Orrin Photonics, Inc. and Tessaly Optical GmbH.\n\n## 12. General\n\n${counterparts}\n[Signature Page Follows]\n\n**ORRIN PHOTONICS, INC.**\n\nBy: /s/ Helen Marsh\n`;
    const t = tree(text, 'markdown');
    expect(text.slice(byNumber(t, '12.2').start, byNumber(t, '12.2').end)).toBe(counterparts);
    expect(t.clauses.filter((c) => c.kind === 'signature').map((c) => text.slice(c.start, c.start + 24))).toEqual(['[Signature Page Follows]']);
  });

  it('near miss: a bracketed drafting note inside a clause stays in it', () => {
    const clause = '12.2 Each party shall pay its own costs of this Agreement.\n[Drafting note: the parties to confirm the costs cap.]';
    const t = tree(`${head}${clause}${signatories}`);
    expect(`${head}${clause}`.slice(byNumber(t, '12.2').start, byNumber(t, '12.2').end)).toBe(clause);
  });
});

describe('a place and date opening the signatures with no IN WITNESS', () => {
  // A Brazilian-style close: 'São Paulo, 1 March 2026.' then the signatories. Before: the place and date, written right
  // under 12.2 or over signatories with no signature rule (the pages leave room to sign), were paragraphs of 12.2.
  const head = 'TECHNOLOGY LICENSE AGREEMENT\n\nThis Agreement is made between Orrin Photonics do Brasil Ltda. ("Orrin") and Tessaly Optical GmbH ("Tessaly").\n\n12. GENERAL\n\n12.1 This Agreement is governed by the laws of the Federative Republic of Brazil.\n\n';
  const last = '12.2 This Agreement is signed in two counterparts of equal content and form.';
  const named = '\n\nORRIN PHOTONICS DO BRASIL LTDA.\n\n\n\nAna Paula Rocha\nDiretora\n\nTESSALY OPTICAL GMBH\n\n\n\nJonas Weber\nGeschäftsführer\n\nWitnesses:\n\n1. ______________________\n\n2. ______________________\n';
  const ruled = '\n\nORRIN PHOTONICS DO BRASIL LTDA.\n\n______________________________\nAna Paula Rocha, Diretora\n';
  const opensAt = (text: string): string[] => tree(text).clauses.filter((c) => c.kind === 'signature').map((c) => text.slice(c.start, c.start + 24));

  it('opens the signatures right under the last clause (before: a line of 12.2)', () => {
    const text = `${head}${last}\nSão Paulo, 1 March 2026.${ruled}`;
    expect(opensAt(text)).toEqual(['São Paulo, 1 March 2026.']);
    expect(text.slice(byNumber(tree(text), '12.2').start, byNumber(tree(text), '12.2').end)).toBe(last);
  });

  it('opens the signatures over names and titles with no rule drawn (before: paragraphs of 12.2)', () => {
    const text = `${head}${last}\n\nSão Paulo, 1 March 2026.${named}`;
    expect(opensAt(text)).toEqual(['São Paulo, 1 March 2026.']);
  });

  it('near misses: a sentence wrapped onto a place and date, and a place and date over more sentences, stay in 12.2', () => {
    const wrapped = `${head}12.2 This Agreement is signed in two counterparts of equal content at\nSão Paulo, 1 March 2026.${ruled}`;
    expect(byNumber(tree(wrapped), '12.2').end).toBeGreaterThan(wrapped.indexOf('São Paulo'));
    const sentences = `${head}${last}\n\nSão Paulo, 1 March 2026.\n\nThe Parties shall exchange signed copies by courier.\n\nEach Party bears its own costs.\n`;
    expect(opensAt(sentences)).toEqual([]);
  });
});

describe('signatories under a place and date: what onlySignatories reads', () => {
  // A three-party Brazilian licence closing with a place and date, no IN WITNESS line and no signature rule drawn.
  const head = [
    'TECHNOLOGY LICENSE AGREEMENT',
    'This Agreement is made between Orrin Photonics do Brasil Ltda. ("Orrin"), Tessaly Optical GmbH ("Tessaly") and Vantrel Sistemas S.A. ("Vantrel").',
    '1. LICENSE',
    '1.1 Orrin grants Tessaly and Vantrel a non-exclusive license under the Orrin Patents to make and sell the Products in Brazil.',
    '1.2 Tessaly and Vantrel shall pay Orrin the royalties set out in Schedule A within thirty days after each calendar quarter.',
    '2. TERM',
    '2.1 This Agreement begins on the Effective Date and continues until the last of the Orrin Patents expires.',
    '2.2 Either party may terminate this Agreement on ninety days written notice if another party fails to cure a material breach.',
    '3. GENERAL',
    '3.1 This Agreement is governed by the laws of the Federative Republic of Brazil.',
    '3.2 This Agreement is signed in three counterparts of equal content and form.',
    'São Paulo, 1 March 2026.',
  ].join('\n\n');
  const signatures = (t: ReturnType<typeof tree>, text: string): string[] => t.clauses.filter((c) => c.kind === 'signature').map((c) => text.slice(c.start, c.end));
  const lastClause = (t: ReturnType<typeof tree>, text: string): string => text.slice(byNumber(t, '3.2').start, byNumber(t, '3.2').end);
  const blocks = (...lines: string[]): string => `\n\n${lines.join('\n\n')}\n`;

  it('three parties with a name, a title and an identity number each, and two witnesses: twenty blocks (before: 16 at most, 3.2 ran on)', () => {
    const text = head + blocks(
      'ORRIN PHOTONICS DO BRASIL LTDA.', 'Ana Paula Rocha', 'Diretora', 'CPF 111.222.333-44',
      'TESSALY OPTICAL GMBH', 'Jonas Weber', 'Geschäftsführer', 'Pass-Nr. C01X00T47',
      'VANTREL SISTEMAS S.A.', 'Carlos Mendes', 'Diretor Presidente', 'CPF 555.666.777-88',
      'Witnesses:', 'Marcos Silva', 'CPF 123.456.789-00', 'Juliana Costa', 'CPF 987.654.321-00',
    );
    const t = tree(text);
    expect(lastClause(t, text)).toBe('3.2 This Agreement is signed in three counterparts of equal content and form.');
    expect(signatures(t, text)).toEqual([text.slice(text.indexOf('São Paulo')).trimEnd()]);
  });

  it("titles on the names' lines, in lower case or long (before: 'de operações e finanças' read as a sentence, a 62-character line as too long)", () => {
    const text = head + blocks(
      'ORRIN PHOTONICS DO BRASIL LTDA.', 'Ana Paula Rocha, diretora de operações e finanças',
      'TESSALY OPTICAL GMBH', 'Dr. Jonas Weber, Chief Executive Officer and Managing Director',
      'VANTREL SISTEMAS S.A.', 'Carlos Mendes, Head of legal and compliance',
    );
    const t = tree(text);
    expect(lastClause(t, text)).toBe('3.2 This Agreement is signed in three counterparts of equal content and form.');
    expect(signatures(t, text)).toHaveLength(1);
  });

  it("witness lines after the parties: under 'In the presence of:' (before: a sentence's words), and numbered (before: '1. Marcos Silva' a new section 1)", () => {
    const parties = ['ORRIN PHOTONICS DO BRASIL LTDA.\nAna Paula Rocha\nDiretora', 'TESSALY OPTICAL GMBH\nJonas Weber\nGeschäftsführer', 'VANTREL SISTEMAS S.A.\nCarlos Mendes\nDiretor Presidente'];
    const presence = head + blocks(...parties, 'In the presence of:', 'Marcos Silva\nRG 12.345.678-9', 'Juliana Costa\nRG 98.765.432-1');
    const p = tree(presence);
    expect(lastClause(p, presence)).toBe('3.2 This Agreement is signed in three counterparts of equal content and form.');
    expect(signatures(p, presence)).toHaveLength(1);
    const numbered = head + blocks(...parties, 'Witnesses:', '1. Marcos Silva\nCPF 123.456.789-00', '2. Juliana Costa\nCPF 987.654.321-00');
    const n = tree(numbered);
    expect(outline(n).filter((l) => l.startsWith('1 '))).toEqual(['1 preamble -', '1 section 1 {LICENSE}', '1 section 2 {TERM}', '1 section 3 {GENERAL}', '1 signature -']);
    const signature = n.clauses.find((c) => c.kind === 'signature')!;
    expect(n.clauses.filter((c) => c.parentId === signature.id && c.number).map((c) => [c.kind, c.number])).toEqual([['section', '1'], ['section', '2']]);
  });

  it("a title alone on its line with three lower-case words (before: 'Head of legal and compliance' read as a sentence, 3.2 ran on)", () => {
    const text = head + blocks(
      'ORRIN PHOTONICS DO BRASIL LTDA.\nAna Paula Rocha\nDiretora de relações com investidores',
      'TESSALY OPTICAL GMBH\nJonas Weber\nVice President of research and development',
      'VANTREL SISTEMAS S.A.\nCarlos Mendes\nHead of legal and compliance',
    );
    const t = tree(text);
    expect(lastClause(t, text)).toBe('3.2 This Agreement is signed in three counterparts of equal content and form.');
    expect(signatures(t, text)).toEqual([text.slice(text.indexOf('São Paulo')).trimEnd()]);
  });

  it('isTitleLine: titles in any case are titles, short sentences are not', () => {
    for (const title of ['Limitation of Liability and Indemnities', 'Limitation of liability and indemnities', 'Grant of Rights to Use the Marks', 'Grant of rights to use the marks', 'Head of legal and compliance', 'Research & development']) expect(isTitleLine(title), title).toBe(true);
    for (const sentence of ['The term is two years.', 'The term is two years', 'Each Party bears its own costs', 'Royalties are paid quarterly', 'Head of legal and compliance.', 'Payments shall be made within thirty days']) expect(isTitleLine(sentence), sentence).toBe(false);
  });

  it('near misses: a short sentence, with its full stop or without, and a title-like line its next line goes on from', () => {
    for (const line of ['The term is two years.', 'The term is two years', 'Each Party bears its own costs', 'Signed copies are exchanged by courier', 'Copies of the signed pages\nwill be exchanged by courier']) {
      const text = head + blocks('ORRIN PHOTONICS DO BRASIL LTDA.\nAna Paula Rocha\nDiretora', line);
      expect(signatures(tree(text), text), line).toEqual([]);
    }
  });

  it('near misses: sentences after the place and date, and terms numbered after the signatures, are no signatories', () => {
    // a closing sentence with a title's capitals, and one ending on a semicolon, keep the place and date in 3.2
    const sentences = head + blocks('ORRIN PHOTONICS DO BRASIL LTDA.', 'The Parties shall exchange the signed copies by courier;', 'Each Party bears its own costs.');
    expect(signatures(tree(sentences), sentences)).toEqual([]);
    // a sentence that opens with capitalised words and a comma, as a name and title do, is still a sentence
    const acting = head + blocks('ORRIN PHOTONICS DO BRASIL LTDA.', 'The Parties, acting by their directors, sign this Agreement in three counterparts.', 'Ana Paula Rocha');
    expect(signatures(tree(acting), acting)).toEqual([]);
    // general terms numbered again after the signed page (rules drawn) start a part of their own
    const rule = '______________________________';
    const general = head + blocks(`ORRIN PHOTONICS DO BRASIL LTDA.\n${rule}\nAna Paula Rocha, Diretora`, `TESSALY OPTICAL GMBH\n${rule}\nJonas Weber, Geschäftsführer`, 'GENERAL TERMS', '1. DEFINITIONS', '1.1 In these general terms the words defined in the Agreement have the same meaning.');
    const g = tree(general);
    expect(outline(g).filter((l) => l.startsWith('1 ')).slice(-2)).toEqual(['1 signature -', '1 section 1 {DEFINITIONS}']);
  });
});

describe("a signing lead-in ('By signing below, ...') over the signatories' blocks", () => {
  // CUAD GluMobile's amendment ends 'By signing in the places indicated below, the parties hereto accept and agree to all
  // of the terms and conditions hereof.' over 'Glu Mobile, Inc. ... By: /s/ ...': no IN WITNESS, so the lead-in and the
  // signatories' names were paragraphs of the last clause, 3.
  const head = [
    'AMENDMENT NO. 2 TO THE PATENT LICENSE AGREEMENT',
    'This Amendment is made between Orrin Photonics, Inc. ("Orrin") and Tessaly Optical GmbH ("Tessaly").',
    '1. Royalty. Section 4.1 of the Agreement is amended to read: "Tessaly shall pay Orrin a royalty of three percent of Net Sales."',
    '2. Term. The Term is extended until 31 December 2030.',
    '3. Effect. Except as amended by this Amendment, the Agreement remains in full force and effect.',
  ].join('\n\n');
  const signingAt = (text: string): string[] => tree(text).clauses.filter((c) => c.kind === 'signature').map((c) => text.slice(c.start, c.start + 30));
  const last = (text: string): string => { const t = tree(text); return text.slice(byNumber(t, '3').start, byNumber(t, '3').end); };

  it('opens the signatures over a By: line, a conformed signature or Agreed to: (before: paragraphs of 3)', () => {
    const lead = 'By signing in the places indicated below, the parties hereto accept and agree to all of the terms and conditions hereof.';
    for (const block of [
      'Orrin Photonics, Inc. ("Orrin")   Tessaly Optical GmbH ("Tessaly")   By: /s/ Dana Reyes   By: /s/ Jonas Weber',
      'Agreed to:                    Agreed to:\nOrrin Photonics, Inc.         Tessaly Optical GmbH',
    ]) {
      const text = `${head}\n\n${lead}\n\n${block}\n`;
      expect(signingAt(text)).toEqual(['By signing in the places indic']);
      expect(last(text)).toBe('3. Effect. Except as amended by this Amendment, the Agreement remains in full force and effect.');
    }
    // the company's name first, its By: line in the next block
    const named = `${head}\n\nBy signing below, Tessaly agrees to the foregoing.\n\nTessaly Optical GmbH\n\n(Licensee)     By:\n\n Date:\n`;
    expect(signingAt(named)).toEqual(['By signing below, Tessaly agre']);
  });

  it('near misses: an IN WITNESS paragraph after the lead-in opens them itself, and a lead-in the agreement goes on after stays text', () => {
    const witness = `${head}\n\nBy signing below, the parties agree to the terms of this Amendment, and Tessaly appoints Orrin as its agent to file this Amendment.\n\nIN WITNESS WHEREOF, the parties have signed this Amendment.\n\nORRIN PHOTONICS, INC.\n\nBy: /s/ Dana Reyes\n`;
    expect(signingAt(witness)).toEqual(['IN WITNESS WHEREOF, the partie']);
    const goesOn = `${head}\n\nBy signing below, each of us agrees that the complete agreement between us consists of the Agreement and this Amendment.\n\na) Appendix 1 Royalty Report Form\n\nb) Appendix 2 Licensed Patents\n`;
    expect(signingAt(goesOn)).toEqual([]);
    // 'By signing this Amendment' with no 'below': an acknowledgment, not the signatures
    const acknowledges = `${head}\n\nBy signing this Amendment, Tessaly acknowledges that it has read the Agreement.\n\nBy: /s/ Jonas Weber\n`;
    expect(signingAt(acknowledges).some((s) => s.startsWith('By signing'))).toBe(false);
  });
});

describe("a section left empty in brackets, run on with the next ('Section 3. [Reserved] Section 4. General Provisions. 4.1 ...')", () => {
  const runOn = (reserved: string): string => [
    'TECHNOLOGY CROSS-LICENSE AGREEMENT',
    'This Agreement is made between Alder Systems, Inc. ("Alder") and Brisk Devices Corp. ("Brisk").',
    `Section 1. License. 1.1 Alder grants Brisk a non-exclusive license under the Alder Patents. 1.2 Brisk grants Alder a non-exclusive license under the Brisk Patents. Section 2. Royalties. Neither party shall pay royalties under this Agreement. ${reserved} Section 4. General Provisions. 4.1 Term. This Agreement ends when the last of the Licensed Patents expires. 4.2 Amendments and Waivers. This Agreement may be amended only in a writing signed by both parties. 4.3 Notices. Notices shall be in writing.`,
  ].join('\n\n') + '\n';

  it('splits there, so the later sections are not paragraphs of the one before (before: 4.1-4.3 ran on inside Section 2)', () => {
    for (const reserved of ['Section 3. [Reserved]', 'Section 3. [Intentionally Omitted]', 'Section 3. [RESERVED].']) {
      const t = tree(runOn(reserved));
      expect(outline(t).filter((l) => !l.includes(' -')), reserved).toEqual([
        '1 section Section 1 {License}', '2 section 1.1', '2 section 1.2', '1 section Section 2 {Royalties}',
        `1 section Section 3 {${reserved.slice(11).replace(/\.$/, '')}}`, '1 section Section 4 {General Provisions}',
        '2 section 4.1 {Term}', '2 section 4.2 {Amendments and Waivers}', '2 section 4.3 {Notices}',
      ]);
    }
  });

  it("near misses: a bracket that leaves nothing empty ('[Schedule 2]', a redaction '[***]') ends no sentence before a number", () => {
    for (const bracket of ['[Schedule 2]', '[***]']) {
      const text = runOn('Section 3. [Reserved]').replace('Section 4. General Provisions. 4.1 Term.', `Section 4. General Provisions. Each party shall pay the costs set out in ${bracket} 4.1 Term and Termination of the Master Agreement applies.`);
      const t = tree(text);
      expect(t.clauses.some((c) => c.number === '4.1'), bracket).toBe(false);
    }
  });

});

describe("clause numbers extracted as a column apart from their text ('1.' / '2.' / '2.1' ..., then the paragraphs)", () => {
  const column = ['1.', '2.', '2.1', '2.2', '3.', '3.1'].join('\n\n');
  const page = [
    'STRATEGIC ALLIANCE AGREEMENT',
    'This Agreement is made between Harbor Analytics Inc. ("Harbor") and Lumen Field Services LLC ("Lumen").',
    'Purpose',
    'The parties form this alliance to offer joint field-data services to utilities.',
    'Term',
    'This Agreement runs for twenty-four (24) months and may be renewed by mutual written approval.',
    'Fees',
    'Each party bears its own costs unless the parties agree otherwise in writing.',
  ].join('\n\n');

  it('number nothing: the paragraphs after them keep their own headings (before: all of them a paragraph of the last number, 3.1)', () => {
    const text = `${column}\n\n${page}\n`;
    const t = tree(text);
    expect(t.clauses.filter((c) => c.number !== null)).toEqual([]);
    expect(t.clauses.filter((c) => c.heading && ['Purpose', 'Term', 'Fees'].includes(c.heading)).map((c) => [c.heading, c.depth])).toEqual([['Purpose', 1], ['Term', 1], ['Fees', 1]]);
  });

  it('near misses: a number alone on its line over its own text, and two bare numbers in a row, still number', () => {
    const own = `${page}\n\n1.\n\nLICENCE\n\n1.1\n\nHarbor grants Lumen a non-exclusive licence to use the Harbor Software.\n\n2.\n\nCONFIDENTIALITY\n\n2.1\n\nEach party keeps the other's information confidential.\n`;
    expect(tree(own).clauses.filter((c) => c.number !== null).map((c) => c.number)).toEqual(['1', '1.1', '2', '2.1']);
    const two = `${page}\n\n1.\n\n2.\n\nHarbor grants Lumen a non-exclusive licence to use the Harbor Software.\n`;
    expect(tree(two).clauses.filter((c) => c.number !== null).map((c) => c.number)).toEqual(['1', '2']);
  });
});

describe("an amendment's lettered parts after 'the parties agree to amend the Agreement as follows:'", () => {
  const amendment = (lead: string): string => `AMENDMENT NO. 2

This Amendment No. 2 is made to the Patent License Agreement dated 1 June 2023 (the "Agreement") between Orrin Devices Ltd. ("Orrin") and Tessaly Optical GmbH ("Tessaly").

${lead}

A. LICENSED PRODUCTS:

1. Additional Products: The Licensed Products now include the Tessaly T-40 optical module.

B. ROYALTIES:

1. Royalty: Tessaly shall pay Orrin a royalty of three percent (3%) of the Net Sales of the T-40 module.

2. Reports: Tessaly shall report its Net Sales of the T-40 module within thirty (30) days after each quarter.

Except as amended by this Amendment, the Agreement remains in full force and effect.
`;

  it("are parts, each numbering its own sections from 1 (before: 'A.' a preamble paragraph, B's '1. Royalty' a list item under A's '1.')", () => {
    for (const lead of ['The parties agree to amend the Agreement as follows:', 'The parties hereby agree as follows:', 'Orrin and Tessaly agree that the Agreement is amended as follows:']) {
      expect(outline(tree(amendment(lead))).filter((l) => !l.includes(' -')), lead).toEqual([
        '1 section A {LICENSED PRODUCTS}', '2 section 1 {Additional Products}', '1 section B {ROYALTIES}', '2 section 1 {Royalty}', '2 section 2 {Reports}',
      ]);
    }
  });

  it("near miss: recitals lettered 'A.' and 'B.' before 'NOW, THEREFORE' stay the preamble's", () => {
    const text = ['PATENT LICENSE AGREEMENT', 'This Agreement is made between Orrin Devices Ltd. ("Orrin") and Tessaly Optical GmbH ("Tessaly").', 'A. Orrin owns patents on optical modules.', 'B. Tessaly wishes to make optical modules under them.', 'NOW, THEREFORE, the parties agree as follows:', '1. LICENSE', '1.1 Orrin grants Tessaly a non-exclusive license under the Orrin Patents.'].join('\n\n') + '\n';
    expect(outline(tree(text)).filter((l) => l.startsWith('1 '))).toEqual(['1 preamble -', '1 section 1 {LICENSE}']);
  });
});

describe('an annex after the one open, which the body never names', () => {
  // p-deed (text): 'Schedule 3 Technical Information' after Schedule 2's table was a line of Schedule 2, and a dangling
  // reference to Schedule 3 besides: only annexes the body referred to (or ALL-CAPS ones) opened before the signatures.
  const deed = (third: string) =>
    [
      'PATENT CROSS-LICENCE DEED',
      'This deed is made between Harrowgate Optics Limited and Lumenis Photonics B.V.',
      '1. Licences',
      '1.1 Harrowgate grants Lumenis a licence under the patents listed in Schedule 1, and Lumenis grants Harrowgate a licence under those listed in Schedule 2.',
      'Schedule 1 Harrowgate Patents',
      'GB 2581144   Optical transceiver with thermal compensation',
      'Schedule 2 Lumenis Patents',
      'NL 2023318   Photonic integrated circuit package',
      third,
      '[To be agreed]',
    ].join('\n\n') + '\n';

  it("opens 'Schedule 3' after 'Schedule 2' as a schedule of its own", () => {
    const t = tree(deed('Schedule 3 Technical Information'));
    expect(t.clauses.filter((c) => c.kind === 'schedule').map((c) => `${c.number} {${c.heading}}`)).toEqual([
      'Schedule 1 {Harrowgate Patents}',
      'Schedule 2 {Lumenis Patents}',
      'Schedule 3 {Technical Information}',
    ]);
    const refs = [...analyze(sourceFromText(deed('Schedule 3 Technical Information'), 'a.txt')).facts.crossReferences.values()].flat();
    expect(refs.filter((r) => r.targetId === null).map((r) => r.text)).toEqual([]);
  });

  it("near miss: 'Schedule 5' after 'Schedule 2' (no schedule 3 or 4) is a line of Schedule 2", () => {
    const t = tree(deed('Schedule 5 Technical Information'));
    expect(t.clauses.filter((c) => c.kind === 'schedule').map((c) => c.number)).toEqual(['Schedule 1', 'Schedule 2']);
  });
});

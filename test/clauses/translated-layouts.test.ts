// Layouts of agreements translated from Brazilian and Portuguese, and of continental ones: paragraphs numbered in words,
// the sworn translator's closing, signature blocks that open with the place and the date.
import { describe, expect, it } from 'vitest';
import { byNumber, outline, parentOf, tree } from './helpers.js';
import { check } from '../../src/check.js';
import { sourceFromText } from '../../src/ingest/index.js';

const BRAZILIAN = `PATENT CROSS-LICENSE AGREEMENT

By this private instrument, AGROVALE S.A. ("AGROVALE") and SEMEARTEC LTDA. ("SEMEARTEC") agree as follows:

CLAUSE ONE - PURPOSE

1.1. The purpose of this Agreement is the reciprocal grant of licenses under the Licensed Patents.

Sole paragraph. This Agreement does not transfer to either Party the ownership of any patent of the other Party.

CLAUSE TWO - LICENSES

2.1. AGROVALE hereby grants to SEMEARTEC a non-exclusive license under the AGROVALE Patents.

2.2. SEMEARTEC hereby grants to AGROVALE a non-exclusive license under the SEMEARTEC Patents.

Paragraph One. The licenses granted in this Clause Two shall extend to the Affiliates of each Party.

Paragraph Two. Each Party shall use its best efforts to keep its Licensed Patents in force.

CLAUSE THREE - TERM

3.1. This Agreement shall remain in force until the expiry of the last Licensed Patent.

Paragraph One of Clause Two shall survive the expiry of this Agreement for the products then in stock.

Third paragraph of the notice sent under Clause Two shall state the patents concerned.

SOLE PARAGRAPH: The Parties may extend the Term by a written amendment.
`;

describe("paragraphs numbered in words ('Sole paragraph.', 'Paragraph One.')", () => {
  const t = tree(BRAZILIAN);

  it('are clauses of their own, beside the sections of the clause they belong to (before: words of 1.1 and 2.2)', () => {
    const sole = byNumber(t, 'Sole paragraph');
    expect(parentOf(t, sole)?.number).toBe('CLAUSE ONE');
    expect(sole.kind).toBe('section');
    expect(BRAZILIAN.slice(sole.start, sole.end)).toBe('Sole paragraph. This Agreement does not transfer to either Party the ownership of any patent of the other Party.');
    expect(BRAZILIAN.slice(byNumber(t, '1.1').start, byNumber(t, '1.1').end)).not.toContain('Sole paragraph');
    const two = byNumber(t, 'CLAUSE TWO');
    expect(two.children.map((c) => c.number)).toEqual(['2.1', '2.2', 'Paragraph One', 'Paragraph Two']);
    expect(byNumber(t, 'Paragraph Two').depth).toBe(2);
  });

  it("are named with their clause in the messages ('CLAUSE TWO, Paragraph Two')", async () => {
    const report = await check([sourceFromText(BRAZILIAN, 'br.txt', 'text')], { failOn: 'never' });
    const findings = report.documents[0]!.findings;
    const vague = findings.find((f) => f.ruleId === 'precision/vague-term' && f.clauseNumber === 'Paragraph Two');
    expect(vague?.message).toMatch(/^CLAUSE TWO, Paragraph Two qualifies an obligation/);
  });

  it("near misses: 'Paragraph One of Clause Two ...' and 'Third paragraph of the notice ...' open sentences, not paragraphs", () => {
    const three = byNumber(t, 'CLAUSE THREE');
    expect(outline(t).filter((l) => /paragraph/i.test(l))).toEqual(['2 section Sole paragraph', '2 section Paragraph One', '2 section Paragraph Two', '2 section SOLE PARAGRAPH']);
    const text = BRAZILIAN.slice(byNumber(t, '3.1').start, byNumber(t, '3.1').end);
    expect(text).toContain('Paragraph One of Clause Two shall survive');
    expect(text).toContain('Third paragraph of the notice');
    expect(parentOf(t, byNumber(t, 'SOLE PARAGRAPH'))?.id).toBe(three.id);
  });
});

const body = (law: string): string => `PATENT CROSS-LICENCE AGREEMENT

This Agreement is made between Lumière Optique SAS ("Lumière") and Kestrel Sensors GmbH ("Kestrel").

Article 1 Licences

1.1 Lumière grants to Kestrel a non-exclusive licence under the Lumière Patents.

1.2 Kestrel grants to Lumière a non-exclusive licence under the Kestrel Patents.

Article 2 Governing law

2.1 This Agreement is governed by ${law} law.
`;

/** The clause that holds `words`, the innermost. */
const holder = (t: ReturnType<typeof tree>, text: string, words: string) => {
  const at = text.indexOf(words);
  return t.clauses.filter((c) => c.start <= at && at < c.end).sort((a, b) => b.depth - a.depth)[0]!;
};

describe("continental signature blocks opening with the place and the date ('le 1er mars', 'Place/Date:')", () => {
  it("opens at 'Fait à Paris, le 1er mars 2026' before the parties' rules (before: paragraphs of 2.1)", () => {
    const text = `${body('French')}
Fait à Paris, le 1er mars 2026

Lumière Optique SAS

______________________________
Mme Claire Dubois, Présidente

Kestrel Sensors GmbH

______________________________
Dr. Jonas Weber, Geschäftsführer
`;
    const t = tree(text);
    const signature = holder(t, text, 'Fait à Paris');
    expect(signature).toMatchObject({ kind: 'signature', depth: 1 });
    expect(text.slice(signature.start, signature.end)).toMatch(/^Fait à Paris[\s\S]*Geschäftsführer$/);
    expect(text.slice(byNumber(t, '2.1').start, byNumber(t, '2.1').end)).toBe('2.1 This Agreement is governed by French law.');
  });

  it("opens at the form's 'Place/Date:' label, filled in or blank, and at 'São Paulo, 1º de março de 2026'", () => {
    const swiss = `${body('Swiss')}
Place/Date: Winterthur, 1 March 2026

Aarvion Medtech AG

______________________________
Dr. Regula Baumann, CEO

Place/Date: ______________________

Helvetia Sensorik GmbH

______________________________
Markus Keller, Managing Director
`;
    const t = tree(swiss);
    expect(holder(t, swiss, 'Place/Date: Winterthur')).toMatchObject({ kind: 'signature', depth: 1 });
    expect(holder(t, swiss, 'Markus Keller').kind).toBe('signature');
    const brazilian = `${body('Brazilian')}
São Paulo, 1º de março de 2026.

[illegible signature]
Name: Ana Paula Rocha
Title: Chief Executive Officer
`;
    const b = tree(brazilian);
    // a translation describes the signature in words where the original has a rule
    expect(holder(b, brazilian, 'São Paulo, 1º')).toMatchObject({ kind: 'signature', depth: 1 });
  });

  it("near misses: 'Place and date of delivery:' and a place and date with no signature after them stay the clause's", () => {
    const text = `${body('Swiss')}
Place and date of delivery: Winterthur, within 30 days of the Effective Date.

Paris, le 1er mars 2026

The Parties shall meet in Paris on that date to review the Licensed Patents.
`;
    const t = tree(text);
    expect(t.clauses.some((c) => c.kind === 'signature')).toBe(false);
    expect(holder(t, text, 'Place and date of delivery').kind).not.toBe('signature');
    expect(text.slice(byNumber(t, '2.1').start, byNumber(t, '2.1').end)).toContain('review the Licensed Patents.');
  });
});

describe("a sworn translator's closing after the last annex", () => {
  const TRANSLATION = `SWORN TRANSLATION No. 1.022/2026 - Book 14 - Page 37

I, the undersigned, Sworn Public Translator registered with the Commercial Registry of the State of Paraná under No. 552, hereby certify that I have been presented with a document written in Portuguese, which I have faithfully translated into English as follows:

PATENT CROSS-LICENSE AGREEMENT

By this private instrument, CAMPOS SEMENTES S.A. ("CAMPOS") and SOLO DIGITAL LTDA. ("SOLO") agree as follows:

CLAUSE ONE - LICENSES

1.1. CAMPOS hereby grants to SOLO a non-exclusive license under the CAMPOS Patents.

1.2. SOLO hereby grants to CAMPOS a non-exclusive license under the SOLO Patents.

CLAUSE TWO - TERM

2.1. This Agreement shall remain in force until the expiry of the last Licensed Patent.

Curitiba, March 2, 2026.

[illegible signature]
Name: Ana Paula Rocha
Title: Chief Executive Officer

ANNEX I - CAMPOS PATENTS

1. BR 10 2018 011234-5 - Seed treatment dosing valve - granted.
2. BR 10 2020 004567-8 - Seed flow sensor - pending.

I, the undersigned sworn translator, certify that the foregoing is a true and faithful translation of the original document written in Portuguese, to which I refer. Curitiba, March 10, 2026.

Fees: R$ 640,00.

[Seal and signature of the Sworn Public Translator]
`;

  it("is no words of the annex's last item: the translator signs it (before: paragraphs of ANNEX I's 2.)", () => {
    const t = tree(TRANSLATION);
    const item = t.clauses.find((c) => c.number === '2' && c.kind === 'section')!;
    expect(TRANSLATION.slice(item.start, item.end)).toBe('2. BR 10 2020 004567-8 - Seed flow sensor - pending.');
    const closing = holder(t, TRANSLATION, 'I, the undersigned sworn translator');
    expect(closing).toMatchObject({ kind: 'signature', depth: 1 });
    expect(TRANSLATION.slice(closing.start, closing.end)).toMatch(/^I, the undersigned sworn translator[\s\S]*Public Translator\]$/);
    // the agreement's own signatures, and the translator's opening words kept in the preamble (near miss)
    expect(holder(t, TRANSLATION, 'Curitiba, March 2').kind).toBe('signature');
    expect(holder(t, TRANSLATION, 'I, the undersigned, Sworn Public Translator').kind).not.toBe('signature');
    expect(t.children[0]!.kind).toBe('preamble');
  });

  it("is read at 'NOTHING FURTHER.' and 'TRANSLATOR'S CERTIFICATE' too; a body clause about translations is not", () => {
    for (const closing of ["NOTHING FURTHER. The above is a true and faithful translation of the original document, to which I refer.", "TRANSLATOR'S CERTIFICATE\n\nI hereby certify that the foregoing is a complete and accurate translation."]) {
      const text = TRANSLATION.replace(/I, the undersigned sworn translator[^\n]*/, closing);
      const t = tree(text);
      expect(holder(t, text, closing.slice(0, 20))).toMatchObject({ kind: 'signature', depth: 1 });
    }
    const clause = TRANSLATION.replace('2.1. This Agreement', 'This Agreement is signed in Portuguese; the Parties may use a translation for convenience only.\n\n2.1. This Agreement');
    expect(tree(clause).clauses.filter((c) => c.kind === 'signature')).toHaveLength(2);
  });
});

describe("an annex's note that the parties initial every page", () => {
  const ANNEX = `PATENT CROSS-LICENSE AGREEMENT

By this private instrument, VALE SENSORES LTDA. ("VALE") and ORRIN DEVICES, INC. ("ORRIN") agree as follows:

CLAUSE ONE - LICENSES

1.1. Each Party grants the other a non-exclusive license under its Licensed Patents listed in Annex I.

CLAUSE TWO - TERM

2.1. This Agreement shall remain in force until the expiry of the last Licensed Patent.

IN WITNESS WHEREOF, the Parties sign this Agreement in two counterparts.

VALE SENSORES LTDA.
By: ____________________

ORRIN DEVICES, INC.
By: ____________________

ANNEX I - LICENSED PATENTS

1. BR 10 2015 012345-6 - Optical sensor housing.
2. BR 10 2016 023456-7 - Calibration method for optical sensors.
3. US 9,876,543 - Sensor array.
[Initials of the Parties on every page]
`;
  const item3 = (text: string) => text.slice(byNumber(tree(text), '3').start, byNumber(tree(text), '3').end);

  it("is no words of the annex's last item (before: the last line of its 3.)", () => {
    expect(item3(ANNEX)).toBe('3. US 9,876,543 - Sensor array.');
    for (const note of ['(Initialled by the parties on each page)', '[INITIALS OF THE PARTIES]', '[Rubrics of the Parties on all pages]']) {
      expect(item3(ANNEX.replace('[Initials of the Parties on every page]', note))).toBe('3. US 9,876,543 - Sensor array.');
    }
    // between pages of the annex too, where it splits nothing
    const between = ANNEX.replace('\n3. US', '\n[Initials of the Parties on every page]\n3. US');
    const t = tree(between);
    expect(between.slice(byNumber(t, '2').start, byNumber(t, '2').end)).toBe('2. BR 10 2016 023456-7 - Calibration method for optical sensors.');
    expect(byNumber(t, '3').depth).toBe(byNumber(t, '2').depth);
  });

  it('near misses: a bracketed line of the item that speaks of initials, and a sentence about them, stay words', () => {
    for (const line of ['[each page to be initialled by both Parties, including the annexes, before the Effective Date as provided in Clause One]', 'Each Party shall initial every page of this Annex.']) {
      expect(item3(ANNEX.replace('[Initials of the Parties on every page]', line))).toBe(`3. US 9,876,543 - Sensor array.\n${line}`);
    }
  });
});

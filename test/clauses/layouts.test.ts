// Layouts of numbering the other clause tests do not hold, each in a short agreement: items glued to their section's
// number ('1.1(b)(ii)'), 'Section 2.01' with 'Sec. 2.01' references, Roman articles over Arabic paragraphs that restart
// in each, '(1)' paragraphs restarting per article, a schedule with its own '1.' numbering after the signatures, Word
// numbering exported as plain text with tabs, a two-column definitions table in Markdown.
import { describe, expect, it } from 'vitest';
import { byNumber, outline, parentOf, tree } from './helpers.js';
import { check } from '../../src/check.js';
import { sourceFromText } from '../../src/ingest/index.js';

const GLUED = "PATENT CROSS-LICENSE AGREEMENT\n\nThis Agreement is made between Norland Optics, Inc. (\"Norland\") and Vexa Imaging B.V. (\"Vexa\").\n\n1. LICENSES\n\n1.1 Norland grants to Vexa a non-exclusive license under the Norland Patents to:\n\n1.1(a) make and have made Licensed Products;\n\n1.1(b) sell Licensed Products, provided that:\n\n1.1(b)(i) each sale is made under Vexa's own trademarks; and\n\n1.1(b)(ii) no sale is made to a Norland competitor.\n\n1.2 Vexa grants to Norland a non-exclusive license under the Vexa Patents.\n\n2. TERM\n\n2.1 This Agreement ends when the last Licensed Patent expires, subject to Section 1.1(b)(ii).\n";
const SECTION_0 = "PATENT CROSS-LICENSE AGREEMENT\n\nThis Agreement is made between Norland Optics, Inc. (\"Norland\") and Vexa Imaging B.V. (\"Vexa\").\n\nARTICLE I\nDEFINITIONS\n\nSection 1.01 \"Licensed Patents\" means the patents listed in Exhibit A.\n\nSection 1.02 \"Licensed Products\" means the products described in Sec. 2.01.\n\nARTICLE II\nLICENSES\n\nSection 2.01 Grant to Vexa. Norland grants to Vexa a non-exclusive license under the Licensed Patents.\n\nSection 2.02 Grant to Norland. Vexa grants to Norland a non-exclusive license under its patents, on the terms of Sec. 2.01.\n\n(a) The license under this Section 2.02 includes the right to have products made.\n\n(b) The license is royalty-free.\n\nSection 2.03 No Other Rights. Except as set forth in Secs. 2.01 and 2.02, no rights are granted.\n\nARTICLE III\nTERM\n\nSection 3.01 Term. This Agreement ends when the last Licensed Patent expires.\n";
const ROMAN = "PATENT CROSS-LICENSE AGREEMENT\n\nThis Agreement is made between Norland Optics, Inc. (\"Norland\") and Vexa Imaging B.V. (\"Vexa\").\n\nARTICLE I - DEFINITIONS\n\n1. \"Licensed Patents\" means the patents listed in Schedule 1.\n\n2. \"Licensed Products\" means imaging sensors.\n\nARTICLE II - LICENSES\n\n1. Norland grants to Vexa a non-exclusive license under the Norland Patents.\n\n2. Vexa grants to Norland a non-exclusive license under the Vexa Patents.\n\n3. The licenses under paragraphs 1 and 2 of this Article II are royalty-free.\n\nARTICLE III - TERM\n\n1. This Agreement ends when the last Licensed Patent expires.\n\n2. Article II survives any termination for the products then in stock.\n";
const PARENS = "PATENT CROSS-LICENSE AGREEMENT\n\nThis Agreement is made between Norland Optics GmbH (\"Norland\") and Vexa Imaging AG (\"Vexa\").\n\nArticle 1 Licences\n\n(1) Norland grants to Vexa a non-exclusive licence under the Norland Patents.\n\n(2) Vexa grants to Norland a non-exclusive licence under the Vexa Patents.\n\n(3) The licences under paragraphs (1) and (2) are royalty-free.\n\nArticle 2 Term\n\n(1) This Agreement ends when the last Licensed Patent expires.\n\n(2) Either Party may terminate this Agreement for material breach on thirty (30) days' notice.\n\nArticle 3 Governing law\n\n(1) This Agreement is governed by German law.\n";
const SCHEDULES = "PATENT CROSS-LICENSE AGREEMENT\n\nThis Agreement is made between Norland Optics, Inc. (\"Norland\") and Vexa Imaging B.V. (\"Vexa\").\n\n1. LICENSES\n\n1.1 Norland grants to Vexa a non-exclusive license under the Norland Patents.\n\n1.2 Vexa grants to Norland a non-exclusive license under the Vexa Patents, on the terms of Schedule 2.\n\n2. TERM\n\n2.1 This Agreement ends when the last Licensed Patent expires.\n\nIN WITNESS WHEREOF, the Parties have signed this Agreement.\n\nNORLAND OPTICS, INC.\nBy: ______________________\nName: Ada Morgan\nTitle: CEO\n\nVEXA IMAGING B.V.\nBy: ______________________\nName: Joost de Vries\nTitle: Managing Director\n\nSCHEDULE 1\nNORLAND PATENTS\n\n1. US 10,111,222 - Lens array.\n\n2. US 10,333,444 - Sensor housing.\n\nSCHEDULE 2\nROYALTY TERMS\n\n1. Royalty Rate\n\n1.1 Vexa shall pay a royalty of 2% of Net Sales.\n\n1.2 Royalties are due within thirty (30) days after each quarter.\n\n2. Reports\n\n2.1 Vexa shall send a royalty report with each payment.\n";
const TABS = "PATENT CROSS-LICENSE AGREEMENT\n\nThis Agreement is made between Norland Optics, Inc. (\"Norland\") and Vexa Imaging B.V. (\"Vexa\").\n\n1.\tLICENSES\n\n1.1\tNorland grants to Vexa a non-exclusive license under the Norland Patents to:\n\n(a)\tmake and have made Licensed Products; and\n\n(b)\tsell Licensed Products.\n\n1.2\tVexa grants to Norland a non-exclusive license under the Vexa Patents.\n\n2.\tTERM\n\n2.1\tThis Agreement ends when the last Licensed Patent expires.\n\n2.2\tEither Party may terminate this Agreement:\n\n\t(a)\tfor material breach not cured within thirty (30) days; or\n\n\t(b)\ton the insolvency of the other Party.\n\n3.\tGOVERNING LAW\n\n3.1\tThis Agreement is governed by the laws of the State of New York.\n";
const TABLE = "# PATENT CROSS-LICENSE AGREEMENT\n\nThis Agreement is made between Norland Optics, Inc. (\"Norland\") and Vexa Imaging B.V. (\"Vexa\").\n\n## 1. Definitions\n\nIn this Agreement the following terms have the meanings below:\n\n| Term | Meaning |\n|------|---------|\n| \"Licensed Patents\" | the patents listed in Schedule 1 |\n| \"Licensed Products\" | imaging sensors made under the Licensed Patents |\n| \"Net Sales\" | the gross amounts invoiced, less returns and taxes |\n\n## 2. Licenses\n\n2.1 Norland grants to Vexa a non-exclusive license under the Licensed Patents to make Licensed Products.\n\n2.2 Vexa shall pay Norland a royalty of 2% of Net Sales.\n";

describe("items glued to their section's number ('1.1(a)', '1.1(b)(ii)')", () => {
  it('are items of the section, nested by their last bracket (before: unnumbered paragraphs of 1.1)', () => {
    const t = tree(GLUED);
    const s11 = byNumber(t, '1.1');
    expect(s11.children.map((c) => c.number)).toEqual(['1.1(a)', '1.1(b)']);
    expect(byNumber(t, '1.1(b)').children.map((c) => c.number)).toEqual(['1.1(b)(i)', '1.1(b)(ii)']);
    expect(GLUED.slice(byNumber(t, '1.1(b)(ii)').start, byNumber(t, '1.1(b)(ii)').end)).toBe('1.1(b)(ii) no sale is made to a Norland competitor.');
    expect(parentOf(t, byNumber(t, '1.2'))!.number).toBe('1');
  });

  it("near miss: 'Section 1.1(b)(ii)' inside a sentence, and a glued number at a wrapped line's start, start nothing", () => {
    const text = GLUED.replace('subject to Section 1.1(b)(ii).', 'subject to Section\n1.1(b)(ii) and to the survival of accrued claims.');
    const t = tree(text);
    expect(text.slice(byNumber(t, '2.1').start, byNumber(t, '2.1').end)).toMatch(/Section\n1\.1\(b\)\(ii\) and to the survival of accrued claims\.$/);
  });
});

describe("'Section 2.01' numbering with 'Sec. 2.01' references", () => {
  it('nests Section 1.01 ... 3.01 under ARTICLE I ... III, with run-in headings and (a), (b) under 2.02', async () => {
    const t = tree(SECTION_0);
    expect(byNumber(t, 'ARTICLE II').children.map((c) => [c.number, c.heading])).toEqual([['Section 2.01', 'Grant to Vexa'], ['Section 2.02', 'Grant to Norland'], ['Section 2.03', 'No Other Rights']]);
    expect(byNumber(t, 'Section 2.02').children.filter((c) => c.number !== null).map((c) => c.number)).toEqual(['(a)', '(b)']);
    // 'Sec. 2.01' and 'Secs. 2.01 and 2.02' name clauses the agreement has: no dangling reference
    const report = await check([sourceFromText(SECTION_0, 'sec.txt', 'text')], { failOn: 'never' });
    expect(report.documents[0]!.findings.filter((f) => f.ruleId === 'precision/dangling-reference' && /2\.0[12]/.test(f.message))).toEqual([]);
  });
});

describe('Roman articles over paragraphs numbered from 1 in each', () => {
  it("keeps each article's '1.', '2.' under it", () => {
    const t = tree(ROMAN);
    expect(outline(t).slice(3)).toEqual(['1 article ARTICLE I {DEFINITIONS}', '2 section 1', '2 section 2', '1 article ARTICLE II {LICENSES}', '2 section 1', '2 section 2', '2 section 3', '1 article ARTICLE III {TERM}', '2 section 1', '2 section 2']);
  });

  it("names them with their article in the messages ('ARTICLE II(3)', 'Article 1(3)'), and a glued item by its whole number", async () => {
    const named = async (text: string, name: string) => {
      const report = await check([sourceFromText(text, name, 'text')], { failOn: 'never' });
      return report.documents[0]!.findings.find((f) => f.ruleId === 'precision/vague-term')?.message;
    };
    expect(await named(ROMAN.replace('are royalty-free.', 'are royalty-free and shall be exercised promptly.'), 'roman.txt')).toMatch(/^ARTICLE II\(3\) qualifies/);
    expect(await named(PARENS.replace('(2) are royalty-free.', '(2) shall be exercised promptly.'), 'parens.txt')).toMatch(/^Article 1\(3\) qualifies/);
    expect(await named(GLUED.replace('1.1(b)(ii) no sale is made to a Norland competitor.', '1.1(b)(ii) each sale shall be reported promptly.'), 'glued.txt')).toMatch(/^Section 1\.1\(b\)\(ii\) qualifies/);
  });

  it("does the same for '(1)' paragraphs restarting in each Article", () => {
    const t = tree(PARENS);
    expect(byNumber(t, 'Article 1').children.map((c) => c.number)).toEqual(['(1)', '(2)', '(3)']);
    expect(byNumber(t, 'Article 2').children.map((c) => c.number)).toEqual(['(1)', '(2)']);
    expect(byNumber(t, 'Article 3').children.map((c) => c.number)).toEqual(['(1)']);
  });
});

describe("a schedule with its own '1.' numbering after the signatures", () => {
  it("starts again under each schedule, its '1.1' under its own '1.', after the signature block", () => {
    const t = tree(SCHEDULES);
    expect(t.children.map((c) => [c.kind, c.number])).toEqual([['preamble', null], ['section', '1'], ['section', '2'], ['signature', null], ['schedule', 'SCHEDULE 1'], ['schedule', 'SCHEDULE 2']]);
    const two = t.children[5]!;
    expect(two.children.map((c) => [c.number, c.heading])).toEqual([['1', 'Royalty Rate'], ['2', 'Reports']]);
    expect(two.children[0]!.children.map((c) => c.number)).toEqual(['1.1', '1.2']);
  });
});

describe('Word numbering exported as plain text with tabs', () => {
  it("reads '1.<tab>LICENSES', '1.1<tab>...' and '<tab>(a)<tab>...' as the numbers Word drew", () => {
    const t = tree(TABS);
    expect(outline(t).slice(3)).toEqual(['1 section 1 {LICENSES}', '2 section 1.1', '3 subclause (a)', '3 subclause (b)', '2 section 1.2', '1 section 2 {TERM}', '2 section 2.1', '2 section 2.2', '3 subclause (a)', '3 subclause (b)', '1 section 3 {GOVERNING LAW}', '2 section 3.1']);
  });
});

describe('a two-column definitions table in Markdown', () => {
  it('is the Definitions section\'s, and its terms count as defined', async () => {
    const t = tree(TABLE, 'markdown');
    const defs = byNumber(t, '1');
    expect(TABLE.slice(defs.start, defs.end)).toContain('| "Net Sales" | the gross amounts invoiced, less returns and taxes |');
    const report = await check([sourceFromText(TABLE, 'table.md', 'markdown')], { failOn: 'never' });
    expect(report.documents[0]!.findings.filter((f) => f.ruleId === 'precision/undefined-term')).toEqual([]);
  });
});

describe("a clause copied out to be checked alone ('Article 21 (Confidentiality) Each Party ...')", () => {
  const EXCERPT = 'Article 21 (Confidentiality) Each Party shall keep the terms of this Agreement and the Confidential Information of the other Party confidential, and shall not disclose them to any third party without the prior written consent of the other Party.\n';

  it('is the clause its number names, headed by its words in brackets (before: a preamble, no heading)', () => {
    const t = tree(EXCERPT);
    expect(outline(t)).toEqual(['1 article Article 21 {Confidentiality}']);
    // two of them, and one numbered as a section, or headed on a line of its own
    expect(outline(tree(`${EXCERPT}\nArticle 22 (Notices) Every notice under this Agreement shall be in writing.\n`))).toEqual(['1 article Article 21 {Confidentiality}', '1 article Article 22 {Notices}']);
    expect(outline(tree('Section 12.3 Audit. The Licensor may audit the books of the Licensee once in each calendar year.\n'))).toEqual(['1 section Section 12.3 {Audit}']);
    expect(outline(tree('Article 21 (Confidentiality)\nEach Party shall keep the terms of this Agreement confidential.\n'))).toEqual(['1 article Article 21 {Confidentiality}']);
  });

  it('is tagged by its heading and words as the whole agreement is', async () => {
    const report = await check([sourceFromText(EXCERPT, 'excerpt.txt')]);
    const clause = report.documents[0]!.clauses.find((c) => c.number === 'Article 21')!;
    expect(clause.types.map((g) => g.type)).toContain('confidentiality');
  });

  it("near misses: a bracket holding a list's letter or a defined term is no heading; a number past the first block is no excerpt", () => {
    const text = 'PATENT LICENSE AGREEMENT\n\nThis Agreement is made between Alpha S.p.A. ("Alpha") and Beta GmbH ("Beta").\n\nArticle 1 (Definitions) In this Agreement "Patents" means the patents in Annex A.\n\nArticle 2 (A) Alpha grants Beta a non-exclusive licence under the Patents.\n\nArticle 3 (the "Term") This Agreement ends when the last of the Patents expires.\n';
    expect(outline(tree(text)).filter((l) => l.startsWith('1 article'))).toEqual(['1 article Article 1 {Definitions}', '1 article Article 2', '1 article Article 3']);
    // the parties' paragraph first: 'Article 21' is no first number after it, and no excerpt's (as before)
    const late = 'This Agreement is made between Alpha S.p.A. ("Alpha") and Beta GmbH ("Beta").\n\nArticle 21 (Confidentiality) Each Party shall keep the terms of this Agreement confidential.\n';
    expect(outline(tree(late))[0]).toBe('1 preamble -');
    expect(tree(late).clauses.some((c) => c.number === 'Article 21')).toBe(false);
  });
});

describe("a proviso in brackets opening a clause ('5.2 (Subject to Section 6) Each Party shall ...')", () => {
  const text = (second: string): string => `PATENT LICENSE AGREEMENT\n\nThis Agreement is made between Alpha S.p.A. ("Alpha") and Beta GmbH ("Beta").\n\n5. CONFIDENTIALITY\n\n5.1 "Know-How" means the unpatented technical information that Alpha discloses to Beta under this Agreement.\n\n${second}\n\n6. PUBLICATION\n\n6.1 Either Party may publish the results of the joint research after review by the other Party.\n`;

  it('is no heading: the clause keeps its words from the bracket on (before: headed "Subject to Section 6")', () => {
    for (const proviso of ['(Subject to Section 6)', '(Notwithstanding Section 6.1)', '(Except as set out in Clause 6)', '(As agreed in Section 6)']) {
      const second = `5.2 ${proviso} Each Party shall keep the Know-How of the other Party confidential for five (5) years.`;
      const t = tree(text(second));
      const c = byNumber(t, '5.2');
      expect(c.heading).toBeNull();
    }
  });

  it('near misses: a bracketed title heads its clause, "Subject Matter" and "Further Assurances" among them', () => {
    for (const [title, heading] of [['(Subject Matter)', 'Subject Matter'], ['(Further Assurances)', 'Further Assurances'], ['(Duration of Confidentiality)', 'Duration of Confidentiality']]) {
      const t = tree(text(`5.2 ${title} Each Party shall keep the Know-How of the other Party confidential for five (5) years.`));
      expect(byNumber(t, '5.2').heading).toBe(heading);
    }
  });
});

describe("an English agreement's one schedule titled 'THE SCHEDULE' after the last clause, before the signatures", () => {
  const english = (format: 'text' | 'markdown') => tree(
    'PATENT CROSS-LICENCE AGREEMENT\n\nThis agreement is made between Hartington Dynamics Limited ("Hartington") and Mereside Instruments plc ("Mereside").\n\n'
    + '1. LICENCES\n\n1.1 Each party grants the other a non-exclusive licence under its Licensed Patents listed in the Schedule.\n\n'
    + '2. GOVERNING LAW\n\n2.1 This agreement is governed by the law of England and Wales.\n\n2.2 The courts of England and Wales shall have exclusive jurisdiction.\n\n'
    + 'THE SCHEDULE\n\nPart 1 Hartington Patents: GB 2 561 003; EP 3 412 668.\n\nPart 2 Mereside Patents: GB 2 544 918.\n\n'
    + 'Signed by a director for and on behalf of HARTINGTON DYNAMICS LIMITED\n', format);

  for (const format of ['text', 'markdown'] as const) {
    it(`is a schedule of its own, not part of clause 2.2 (${format})`, () => {
      const t = english(format);
      const schedule = t.clauses.find((c) => c.kind === 'schedule');
      expect(schedule?.number).toBe('THE SCHEDULE');
      expect(schedule?.depth).toBe(1);
      const last = byNumber(t, '2.2');
      expect(t.clauses.filter((c) => c.parentId === last.id)).toEqual([]);
      expect(last.end).toBeLessThanOrEqual(schedule?.start ?? 0);
    });
  }

  it("near miss: a sentence opening 'The Schedule' in a clause is no schedule", () => {
    const t = tree('PATENT CROSS-LICENCE AGREEMENT\n\n1. LICENCES\n\n1.1 Each party grants the other a non-exclusive licence.\n\n1.2 THE SCHEDULE OF PATENTS MAY BE AMENDED BY EITHER PARTY ON NOTICE.\n');
    expect(t.clauses.some((c) => c.kind === 'schedule')).toBe(false);
  });
});

describe('Markdown written as plain text: sections numbered as a list, their lettered lines with no blank line between', () => {
  const TEXT = 'CROSS-LICENSE AGREEMENT\n\nThis Agreement is made between Oriel Battery Systems Pty Ltd ("Oriel") and Stanmore Cell Technologies Inc. ("Stanmore").\n\n'
    + '1. GRANT\n(a) Oriel grants to Stanmore a non-exclusive licence under its Licensed Patents.\n(b) Stanmore grants to Oriel a non-exclusive licence under its Licensed Patents.\n\n'
    + '2. ROYALTIES\n(a) Each party must pay the other a royalty of 1.5% of its Net Invoiced Sales.\n(b) Each payment must be accompanied by a report which sets out:\n  (i) the quantity of Royalty Products sold; and\n  (ii) the royalty calculated.\n';

  it('reads each lettered line as a clause under its section, as the text reader does (before: one clause per section, headings lost)', () => {
    const md = outline(tree(TEXT, 'markdown')).filter((l) => !l.includes(' -'));
    expect(md).toEqual(outline(tree(TEXT, 'text')).filter((l) => !l.includes(' -')));
    const t = tree(TEXT, 'markdown');
    expect(byNumber(t, '2').heading).toBe('ROYALTIES');
    expect(parentOf(t, byNumber(t, '(ii)'))?.number).toBe('(b)');
  });

  it('near miss: a list whose items hold no numbered lines stays a list of clauses', () => {
    const t = tree('# AGREEMENT\n\n## 1. Grant\n\n1. Oriel grants to Stanmore a non-exclusive licence.\n2. Stanmore grants to Oriel a non-exclusive licence.\n', 'markdown');
    expect(t.clauses.filter((c) => c.depth === 2).map((c) => [c.kind, c.number])).toEqual([['clause', '1'], ['clause', '2']]);
  });
});

describe("pandoc's Markdown of a Word agreement: '1.  **Definitions**' items holding indented '1.1.' paragraphs", () => {
  const TEXT = '**MUTUAL PATENT LICENSE AGREEMENT**\n\nThis Agreement is made on 2 March 2027 by and between **Isarwerk Robotics GmbH** ("**Isarwerk**") and **Tamsin Motion Pty Ltd** ("**Tamsin**").\n\n'
    + '1.  **Definitions**\n\n    1.1. "**Licensed Patents**" means the patents listed in Annex 1.\n\n    1.2. "**Products**" means collaborative robot arms.\n\n'
    + '2.  **Grant of Licenses**\n\n    2.1. Isarwerk grants to Tamsin a non-exclusive licence under the Isarwerk Licensed Patents.\n\n    2.2. Tamsin grants to Isarwerk a non-exclusive licence under the Tamsin Licensed Patents.\n\n'
    + '3.  **Term and Termination**\n\n    3.1. Either party may terminate this Agreement if the other party:\n\n        a)  commits a material breach that it does not remedy within 30 days; or\n\n        b)  becomes insolvent.\n\n    3.2. This Agreement ends when the last Licensed Patent expires.\n';

  it('reads each item as a headed section and its numbered paragraphs as its clauses (before: one clause per item, its headings and numbers lost)', () => {
    const t = tree(TEXT, 'markdown');
    expect(t.clauses.filter((c) => c.depth === 1 && c.kind === 'section').map((c) => [c.number, c.heading])).toEqual([['1', 'Definitions'], ['2', 'Grant of Licenses'], ['3', 'Term and Termination']]);
    expect(byNumber(t, '2').children.map((c) => c.number)).toEqual(['2.1', '2.2']);
    expect(byNumber(t, '3').children.map((c) => c.number)).toEqual(['3.1', '3.2']);
    // the lettered list inside 3.1 holds its items
    expect(byNumber(t, '3.1').children.filter((c) => c.number !== null).map((c) => c.number)).toEqual(['a)', 'b)']);
    expect(TEXT.slice(byNumber(t, '3.2').start, byNumber(t, '3.2').end)).toBe('3.2. This Agreement ends when the last Licensed Patent expires.');
  });

  it("heads an item that is only a title over a list inside it ('2.  **Grant of Licenses**' over '1.  Isarwerk grants ...'; before: no heading)", () => {
    const nested = TEXT.replace(/^( {4})\d+\.(\d+)\. /gm, '$1$2.  ');
    const t = tree(nested, 'markdown');
    expect(t.clauses.filter((c) => c.depth === 1 && c.kind === 'section').map((c) => [c.number, c.heading])).toEqual([['1', 'Definitions'], ['2', 'Grant of Licenses'], ['3', 'Term and Termination']]);
    expect(t.clauses.find((c) => c.depth === 1 && c.number === '2')?.children.map((c) => c.number)).toEqual(['1', '2']);
    // an item whose first paragraph is its text, not a title, keeps no heading
    const plain = tree('# AGREEMENT\n\n1.  Oriel grants to Stanmore a non-exclusive licence:\n\n    1.  to make products; and\n\n    2.  to sell them.\n', 'markdown');
    expect(plain.clauses.filter((c) => c.number === '1' && c.depth === 1).map((c) => c.heading)).toEqual([null]);
  });

  it('near miss: an item whose later paragraphs are not numbered stays one clause', () => {
    const t = tree('# AGREEMENT\n\n## 1. Grant\n\n1.  Oriel grants to Stanmore a non-exclusive licence.\n\n    The licence covers Affiliates.\n\n2.  Stanmore grants to Oriel a non-exclusive licence.\n', 'markdown');
    expect(t.clauses.filter((c) => c.depth === 2).map((c) => [c.kind, c.number])).toEqual([['clause', '1'], ['clause', '2']]);
  });
});

describe("a continental agreement's annexes in mixed case after its last paragraph, before the signatures", () => {
  const head = 'PATENT CROSS-LICENCE AGREEMENT\n\nbetween Lindqvist Antriebstechnik GmbH ("Lindqvist") and Aurelle Mécatronique S.A.S. ("Aurelle")\n\n'
    + '§ 1 Definitions\n\n(1) "Contractual Property Rights" are the patents and utility models listed in Annex 1 (Lindqvist) and Annex 2 (Aurelle).\n\n'
    + '(2) "Contractual Products" are drive controllers using the teaching of at least one Contractual Property Right.\n\n'
    + '§ 2 Final Provisions\n\n(1) Amendments to this Agreement must be made in writing.\n\n'
    + '(2) Should any provision of this Agreement be or become invalid, the validity of the remaining provisions shall not be affected.\n\n';
  const annexes = 'Annex 1: DE 10 2019 000 123 B4; EP 3 701 228 B1.\n\nAnnex 2: FR 3 081 442 B1; EP 3 655 910 B1.\n\n';
  const places = 'Stuttgart / Lyon, 2 May 2025\n';
  const schedules = (t: ReturnType<typeof tree>) => t.clauses.filter((c) => c.kind === 'schedule').map((c) => `${c.depth} ${c.number}${c.heading ? ` {${c.heading}}` : ''}`);

  for (const format of ['text', 'markdown'] as const) {
    it(`opens a schedule at each 'Annex 1: DE 10 2019 000 123 B4 ...', its content on the label's line (${format}; before: paragraphs of § 2 (2))`, () => {
      const text = head + annexes + places;
      const t = tree(text, format);
      expect(schedules(t)).toEqual(['1 Annex 1', '1 Annex 2']);
      const last = t.clauses.filter((c) => c.number === '(2)').at(-1);
      expect(text.slice(last!.start, last!.end)).toMatch(/^\(2\) Should any provision[^\n]*affected\.$/);
      expect(t.clauses.filter((c) => c.parentId === last!.id)).toEqual([]);
    });

    it(`opens one at 'Annex A – Licensed Patents' and at 'Appendix 1:' over its title (${format})`, () => {
      const dash = tree(head.replace('Annex 1 (Lindqvist) and Annex 2 (Aurelle)', 'Annex A') + 'Annex A – Licensed Patents\n\nDE 10 2019 000 123 B4 (drive controller); EP 3 701 228 B1 (inverter housing).\n\n' + places, format);
      expect(schedules(dash)).toEqual(['1 Annex A {Licensed Patents}']);
      const colon = tree(head.replace('Annex 1 (Lindqvist) and Annex 2 (Aurelle)', 'Appendix 1') + 'Appendix 1:\n\nLicensed Patents\n\nDE 10 2019 000 123 B4 (drive controller).\n\n' + places, format);
      expect(schedules(colon).map((s) => s.replace(' {Licensed Patents}', ''))).toEqual(['1 Appendix 1']);
    });

    it(`near miss: 'Annex 1: see there' in a clause, and a list of the annexes the body's numbering goes on after, open none (${format})`, () => {
      const wrapped = head.replace('(2) "Contractual Products"', '(2) The status of each right in each country is as listed in\nAnnex 1: see there for DE 10 2019 000 123 B4.\n\n(3) "Contractual Products"');
      expect(schedules(tree(wrapped + places, format))).toEqual([]);
      const paragraph = head.replace('(2) "Contractual Products"', 'Annex 1: see there for the status of DE 10 2019 000 123 B4 in each country.\n\n(2) "Contractual Products"');
      expect(schedules(tree(paragraph + places, format))).toEqual([]);
      const list = head.replace('listed in Annex 1 (Lindqvist) and Annex 2 (Aurelle).', 'listed in Annex 1 (Lindqvist) and Annex 2 (Aurelle), which read at signature:\n\n' + annexes.trimEnd());
      expect(schedules(tree(list + places, format))).toEqual([]);
      const listNoLead = head.replace('listed in Annex 1 (Lindqvist) and Annex 2 (Aurelle).', 'listed in Annex 1 (Lindqvist) and Annex 2 (Aurelle).\n\n' + annexes.trimEnd());
      expect(schedules(tree(listNoLead + places, format))).toEqual([]);
    });
  }
});

describe("a bold mixed-case annex caption after the last section ('**Annex 1 -- Licensed Patents**', pandoc's Markdown of Word)", () => {
  const body = '# PATENT LICENCE AGREEMENT\n\n## 1. Grant\n\n1.1 Alpha grants Beta a licence under the patents listed in Annex 1.\n\n1.2 This Agreement is governed by the laws of Germany.\n\n';
  it('opens a schedule, bold or not, with a double hyphen or a dash (before: a paragraph of 1.2)', () => {
    for (const caption of ['**Annex 1 -- Licensed Patents**', 'Annex 1 -- Licensed Patents', '**Annex 1 – Licensed Patents**']) {
      const t = tree(`${body}${caption}\n\n| Owner | Patent |\n|---|---|\n| Alpha | EP 3 210 987 B1 |\n`, 'markdown');
      expect(t.clauses.filter((c) => c.kind === 'schedule').map((c) => [c.number, c.heading])).toEqual([['Annex 1', 'Licensed Patents']]);
    }
  });

  it('near miss: a bold caption naming an annex the body never refers to stays a paragraph', () => {
    const t = tree(`${body.replace('listed in Annex 1', 'listed below')}**Annex 3 -- Licensed Patents**\n\nEP 3 210 987 B1.\n`, 'markdown');
    expect(t.clauses.some((c) => c.kind === 'schedule')).toBe(false);
  });
});

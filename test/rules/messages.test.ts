// What counsel reads: each finding's place, excerpt and wording for a given clause.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';
import { withoutEmphasis } from '../../src/rules/patterns.js';
import { clauseLabel } from '../../src/rules/context.js';

const builtins = loadBuiltinPacks();
const pack = (id: string) => builtins.find((p) => p.id === id)!;
const findingsOf = async (text: string, name: string, packs: string[], ruleId: string) =>
  (await evaluate(analyze(sourceFromText(text, name)), packs.map(pack), {})).filter((f) => f.ruleId === ruleId);

describe('excerpts read as text', () => {
  const md = `# NETWORK LICENCE AGREEMENT

This Network Licence Agreement (this "**Agreement**") is made between Alder Networks, Inc. ("**Alder**") and Brenna Robotics Corp. ("**Brenna**").

## ARTICLE 7 — TERM

**7.1 Term.** This Agreement continues until the last Licensed Patent expires.

**7.2 Withdrawal.** Any party may withdraw from this Agreement by giving written notice, effective thirty (60) days after the other party receives it.

**7.3 Payment.** Each party shall pay the other the "**Balancing Payment**" within forty-five (60) days after the end of each quarter.
`;

  it('starts the excerpt after a bold run-in heading and leaves no emphasis marks in it', async () => {
    const [withdrawal, payment] = await findingsOf(md, 'doc.md', ['precision'], 'precision/number-mismatch');
    expect(withdrawal?.evidence).toBe('Any party may withdraw from this Agreement by giving written notice, effective thirty (60) days after the other party receives it.');
    expect(withdrawal?.message).not.toContain('**');
    expect(payment?.evidence).toBe('Each party shall pay the other the "Balancing Payment" within forty-five (60) days after the end of each quarter.');
  });

  it('quotes a words-and-figures pair that a hard-wrapped text breaks across lines on one line', async () => {
    // Before: '("ZAR 2 000 000 (two\n      million five hundred thousand rand)": ...' broke the message in two.
    const text = 'LICENCE AGREEMENT\n\n4.   CONSIDERATION\n\n4.1   Kopano shall pay to Ironbark a milestone fee of ZAR 2 000 000 (two\n      million five hundred thousand rand) within thirty (30) days.\n';
    const [pair] = await findingsOf(text, 'deal.txt', ['precision'], 'precision/number-mismatch');
    expect(pair?.message).toContain('("ZAR 2 000 000 (two million five hundred thousand rand)": 2,500,000 in words, 2,000,000 in figures)');
  });

  it('keeps marks that are not emphasis: a redaction, a blank to sign on, words joined by underscores', () => {
    expect(withoutEmphasis('not more than [***] wafers per month')).toBe('not more than [***] wafers per month');
    expect(withoutEmphasis('By: ______ Name:')).toBe('By: ______ Name:');
    expect(withoutEmphasis('the field_of__use value')).toBe('the field_of__use value');
    expect(withoutEmphasis('"**THIS DEED** is dated [●]" and __Term__')).toBe('"THIS DEED is dated [●]" and Term');
    // A lone mark is text, as in Markdown: blanks and a footnote mark (b561bb5 dropped them: '20', '$ per unit ()').
    expect(withoutEmphasis('dated as of ____________, 20__ by')).toBe('dated as of ____________, 20__ by');
    expect(withoutEmphasis('a royalty of $__ per unit (**) for each')).toBe('a royalty of $__ per unit (**) for each');
    // Emphasis over two sentences, of which the excerpt holds one: its lone close or opening goes.
    expect(withoutEmphasis('This Agreement continues until expiry.**')).toBe('This Agreement continues until expiry.');
    expect(withoutEmphasis('**7.1 Term. The **Licensee** may')).toBe('7.1 Term. The Licensee may');
  });

  it('shows the blank a placeholder finding is about', async () => {
    const text = '# PATENT CROSS-LICENSE AGREEMENT\n\nThis Agreement is dated as of ____________, 20__ and is made between Alder Networks, Inc. ("**Alder**") and Brenna Robotics Corp. ("**Brenna**").\n';
    const [placeholder] = await findingsOf(text, 'doc.md', ['precision'], 'precision/placeholder');
    expect(placeholder?.evidence).toBe('This Agreement is dated as of ____________, 20__ and is made between Alder Networks, Inc. ("Alder") and Brenna Robotics Corp. ("Brenna").');
  });

  const terms = `PATENT CROSS-LICENCE AGREEMENT

This agreement is made between Helixa Therapeutics Pty Ltd ("Helixa") and Corvane Biologics Limited ("Corvane").

1. Licences

1.1 Helixa grants Corvane a non-exclusive licence under the Helixa Patents to make and sell Licensed Antibodies.

2. Commercialisation

2.1 Subject to cl. 7, Corvane must use its best efforts to commercialise Licensed Antibodies in each country of the Territory.

2.2 Notices are sent by courier to the addresses in Schedule 2; notices to Helixa must use its best efforts form and go to [●], attention: General Counsel.
`;

  it("marks an excerpt that starts after a semicolon as cut ('…notices to Helixa'), as it marks one cut for length", async () => {
    const found = await findingsOf(terms, 'deal.txt', ['precision'], 'precision/placeholder');
    expect(found[0]?.evidence).toBe('…notices to Helixa must use its best efforts form and go to [●], attention: General Counsel.');
  });

  it("reads 'cl. 7,' as a reference, not a sentence end, and starts a whole sentence without an ellipsis (near misses)", async () => {
    const found = await findingsOf(terms, 'deal.txt', ['precision'], 'precision/vague-term');
    const first = found.find((f) => f.clauseNumber === '2.1');
    expect(first?.message).toContain('"Subject to cl. 7, Corvane must use its best efforts to commercialise Licensed Antibodies in each country of the Territory."');
  });
});

describe('where a finding about the whole agreement stands', () => {
  const withRecitals = (grant: string) => `PATENT CROSS-LICENSE AGREEMENT

This Patent Cross-License Agreement is made between Veridian Semiconductor, Inc. ("Veridian") and Lakeshore Microfab Co. ("LSMC").

RECITALS

WHEREAS, Veridian designs integrated circuits and LSMC operates wafer fabrication facilities;

WHEREAS, each Party owns patents relating to semiconductor devices, and the Parties desire to grant each other licenses under those patents on the terms below;

NOW, THEREFORE, the Parties agree as follows:

1. DEFINITIONS

1.1 "Licensed Patents" means all patents owned by a Party on the Effective Date.

2. LICENSE GRANTS

${grant}

3. GENERAL

3.1 This Agreement is governed by the laws of the State of New York.
`;

  it('points at the grant it concerns, not at a recital that mentions licences', async () => {
    const text = withRecitals('2.1 License to LSMC. Veridian hereby grants to LSMC a non-exclusive license under the Veridian Licensed Patents to make and sell semiconductor devices.\n\n2.2 License to Veridian. LSMC hereby grants to Veridian a non-exclusive license under the LSMC Licensed Patents to make and sell semiconductor devices.');
    const [f] = await findingsOf(text, 'doc.txt', ['improvements'], 'improvements/abandonment-unaddressed');
    expect(f?.clauseNumber).toBe('2.1');
    expect(f?.evidence).toMatch(/^Veridian hereby grants to LSMC a non-exclusive license .* — looked for: what happens when a party abandons a patent$/);
    // The message says what is missing once; the grant's words are the evidence, not part of the message.
    expect(f?.message).toBe('Nothing says what happens if a party abandons or lets a licensed patent lapse.');
  });

  it("points at the document's title when only a recital holds what the rule found", async () => {
    // No operative clause grants a licence under patents (a payment only): the recital is all the licence query finds.
    const text = withRecitals('2.1 LSMC shall pay Veridian US$1,000,000 within thirty (30) days after the Effective Date.');
    const found = await findingsOf(text, 'doc.txt', ['improvements'], 'improvements/abandonment-unaddressed');
    expect(found).toHaveLength(1);
    for (const f of found) {
      expect(f.heading).toBe('PATENT CROSS-LICENSE AGREEMENT');
      expect(f.message).not.toContain('WHEREAS');
    }
  });
});

describe('what a message quotes', () => {
  const text = `PATENT CROSS-LICENSE AGREEMENT

This Agreement is made between Northgate Instruments Ltd ("Northgate") and Pellham Diagnostics Ltd ("Pellham").

1. DEFINITIONS

1.1 "Vehicle Data" means location, speed and driver-behaviour data collected from vehicles in which Licensed Products are installed.

2. LICENCES

2.1 Northgate grants Pellham a non-exclusive licence under Northgate's Licensed Patents to make, use and sell Analyser Products.

2.2 Pellham grants Northgate a non-exclusive licence under Pellham's Licensed Patents to make, use and sell Cartridge Products.

2.3 Pellham shall send Northgate the Vehicle Data it collects each month.

3. TERM

3.1 This Agreement continues for five years. Either party can end this agreement straight away if the other breaks any of its terms.
`;

  it('quotes only the words of the clause, never "looked for", and nests the clause\'s own quotation marks', async () => {
    const [cure] = await findingsOf(text, 'doc.txt', ['exit'], 'exit/cure-period-missing');
    expect(cure?.message).toBe('Termination for breach has no notice or cure period: "Either party can end this agreement straight away if the other breaks any of its terms."');
    expect(cure?.evidence).toContain('— looked for: a notice or cure period before termination for breach');
    const [data] = await findingsOf(text, 'doc.txt', ['governance'], 'governance/data-security-missing');
    expect(data?.message).toMatch(/^Personal data or sensitive information is handled but no data-protection or security duty is stated: "'Vehicle Data' means location, speed/);
  });

  it('leaves out what was looked for when the message already names it all, and keeps it when it adds something', async () => {
    const [transition] = await findingsOf(text, 'doc.txt', ['exit'], 'exit/transition-missing');
    expect(transition?.message).toBe('No transition assistance or bridging licence is offered.');
    expect(transition?.evidence).toBe('looked for: transition assistance or a bridging licence');
    const [survival] = await findingsOf(text, 'doc.txt', ['exit'], 'exit/survival-unclear');
    // 'a survival clause' adds nothing to 'survive' (a form word, and the same word for a reader).
    expect(survival?.message).toBe('It is not stated which licences and obligations survive termination or expiry.');
    const [exit] = await findingsOf(text, 'doc.txt', ['exit'], 'exit/improvements-at-exit');
    expect(exit?.message).toMatch(/ \(looked for: the treatment of improvements \(or patents acquired later\) at termination or expiry\)\.$/);
  });
});

describe('a clause-scope finding names all it found in the clause, as the document writes it', () => {
  const text = `PATENT CROSS-LICENCE AGREEMENT

This Agreement is made between HALCYON SYSTEMS, INC. ("Halcyon"), BRIGHTWELL NETWORKS LLC ("Brightwell") and ORRERY ROBOTICS CORP. ("Orrery") (each a "Member").

§ 1 Licences

(1) Each Member grants each other Member a non-exclusive licence under its Network Patents, subject to § 16 and to Schedule 4.

(2) The licence under § 1 (1) includes the right to have products made.
`;

  it('lists every unused party name of the preamble, not the first only', async () => {
    const found = await findingsOf(text, 'doc.txt', ['precision'], 'precision/unused-definition');
    const preamble = found.filter((f) => f.line === 3);
    expect(preamble.map((f) => f.message)).toEqual(['Defined in the paragraph at line 3 of the preamble but used nowhere in the agreement: "Halcyon", "Brightwell" and "Orrery".']);
  });

  it('names a reference written with "§" with "§", and every missing part the clause refers to', async () => {
    const [dangling, ...more] = await findingsOf(text, 'doc.txt', ['precision'], 'precision/dangling-reference');
    expect(more).toEqual([]);
    expect(dangling?.message).toMatch(/^§ 1\(1\) refers to § 16 and Schedule 4, which the agreement does not contain: "Each Member grants/);
    // Near miss: the reference that resolves ("§ 1 (1)") is not named.
    expect(dangling?.message).not.toContain('§ 1 (1)');
  });
});

describe('heads of terms: a numbered heading over bullets', () => {
  const terms = (three: string) => `HEADS OF TERMS
Proposed Patent Cross-Licence: Tidewater Sensing / Kowhai Instruments

Parties
  • Tidewater Sensing Pty Ltd ("Tidewater")
  • Kowhai Instruments Limited ("Kowhai")

1. Grants
  • Tidewater grants Kowhai a non-exclusive licence under the Tidewater Patents to make and sell radio modules.
  • Kowhai grants Tidewater a non-exclusive licence under the Kowhai Patents to make and sell water meters.

${three}

4. Governing law (BINDING)
  • These heads of terms are governed by the law of New South Wales.
`;

  it('keeps the heading as the clause\'s and starts the excerpt at the first bullet\'s words', async () => {
    const text = terms('3. Territories\n  • Tidewater will not sell meters or modules to utilities in New Zealand, and Kowhai will not sell modules or meters to utilities in Australia.');
    const tree = analyze(sourceFromText(text, 'terms.txt')).tree.clauses;
    expect(tree.filter((c) => c.number !== null).map((c) => [c.number, c.heading])).toEqual([
      ['1', 'Grants'],
      ['3', 'Territories'],
      ['4', 'Governing law (BINDING)'],
    ]);
    const [f] = await findingsOf(text, 'terms.txt', ['antitrust'], 'antitrust/market-allocation');
    expect(f?.heading).toBe('Territories');
    expect(f?.message).toMatch(/^Section 3 \(Territories\) allocates customers, markets or territories between the parties: "Tidewater will not sell meters/);
  });

  it('a match the pattern began at the heading word is shown, and placed, from the bullet\'s words', async () => {
    // 'Validity ... challenge' read across the line: the finding quoted 'Validity • Neither party ...' (h-term-sheet).
    const text = terms('3. Validity\n  • Neither party will challenge, or assist any third party to challenge, the validity of any of the other party\'s Licensed Patents during the term.');
    const [f] = await findingsOf(text, 'terms.txt', ['antitrust'], 'antitrust/no-challenge');
    expect(f?.heading).toBe('Validity');
    expect(f?.message).toMatch(/^Section 3 \(Validity\) bars a party from challenging the validity of licensed patents: "Neither party will challenge, or assist/);
    expect(text.slice(f!.start, f!.start + 15)).toBe('• Neither party');
  });

  it('near miss: a run-in heading ("3. Validity. Neither party ...") is placed as before, at the sentence', async () => {
    const text = terms('3. Validity. Neither party will challenge, or assist any third party to challenge, the validity of any of the other party\'s Licensed Patents during the term.');
    const [f] = await findingsOf(text, 'terms.txt', ['antitrust'], 'antitrust/no-challenge');
    expect(f?.message).toMatch(/: "Neither party will challenge, or assist/);
    expect(text.slice(f!.start, f!.start + 13)).toBe('Neither party');
  });

  it('near miss: a first line that is a sentence, not a heading, stays the body', () => {
    const text = terms('3. The parties will not\n  - sell meters or modules to utilities in each other\'s home country.');
    const three = analyze(sourceFromText(text, 'terms.txt')).tree.clauses.find((c) => c.number === '3');
    expect(three?.heading).toBeNull();
  });
});

describe("a message names the document's own body and says what defeats a safeguard", () => {
  it('calls a working group a working group, not a joint committee', async () => {
    const text = `PATENT CROSS-LICENCE AGREEMENT

This Agreement is made between Tidewater Sensing Pty Ltd ("Tidewater") and Kowhai Instruments Limited ("Kowhai").

1. Licences

1.1 Tidewater grants Kowhai a non-exclusive licence under the Tidewater Patents to make and sell radio modules.

1.2 Kowhai grants Tidewater a non-exclusive licence under the Kowhai Patents to make and sell water meters.

2. Improvements

2.1 A technical working group will coordinate the exchange of Improvements.
`;
    const [f] = await findingsOf(text, 'doc.txt', ['governance'], 'governance/committee-incomplete');
    expect(f?.message).toMatch(/^The technical working group is incompletely set up \(looked for: /);
  });

  it('says that onward sharing with commercial staff defeats the safeguard an auditor or clean team gives', async () => {
    const text = `PATENT CROSS-LICENCE AGREEMENT

This Agreement is made between Brandt Elektronik GmbH ("Brandt") and Kaimana Devices Inc. ("Kaimana").

1. Reports

1.1 Within thirty (30) days after the end of each calendar quarter, each party shall send the other a report stating, for each customer, the prices charged to each customer for Licensed Products.

1.2 The reports under Section 1.1 shall be sent to the other party's licensing department, which may share them with that party's sales and product planning functions.

1.3 Each party may have the records of the other inspected by an independent auditor.
`;
    const found = await findingsOf(text, 'doc.txt', ['antitrust'], 'antitrust/sensitive-information');
    expect(found.map((f) => f.clauseNumber)).toEqual(['1.1']);
    expect(found[0]?.message).toMatch(/^Section 1\.1 exchanges competitively sensitive information, and no clean team, need-to-know limit or aggregation keeps it from the other party's commercial staff: "/);
    expect(found[0]?.message).not.toContain('without safeguards');
  });
});

describe('clauses named with the word the document uses', () => {
  const agreement = (word: string, dotted: string) => `PATENT CROSS-LICENCE AGREEMENT

This Agreement is made between Alder Networks Pty Ltd ("Alder") and Brenna Robotics Pty Ltd ("Brenna").

1. Licences

1.1 Each party grants to the other a non-exclusive licence under its Licensed Patents, subject to ${dotted} 3.2 and ${dotted} 4.1.

1.2 The licences in ${dotted} 1.1 continue for the Term, as ${word} 3 provides.

2. Payment

2.1 Brenna shall pay Alder the Balancing Payment within forty-five (60) days after the Effective Date.

3. Term

3.1 This Agreement continues until the last Licensed Patent expires.

3.2 Either party may terminate this Agreement for material breach under ${word} 4.

4. Law

4.1 This Agreement is governed by the laws of New South Wales.
`;

  it("says 'clause 2.1' in an agreement whose references say clause, and 'Section 2.1' where they say Section", async () => {
    const [clause] = await findingsOf(agreement('clause', 'clause'), 'deal.txt', ['precision'], 'precision/number-mismatch');
    expect(clause?.message).toMatch(/^Clause 2\.1 /);
    const [section] = await findingsOf(agreement('Section', 'Section'), 'deal.txt', ['precision'], 'precision/number-mismatch');
    expect(section?.message).toMatch(/^Section 2\.1 /);
  });

  it("says 'Point 2' in heads of terms that cite their points so ('as point 4 says')", async () => {
    const heads = (a: string, b: string) => `HEADS OF TERMS: PATENT SETTLEMENT

Orion Medical Ltd ("Orion") and Tallis Devices Ltd ("Tallis") agree as follows.

1. Licence

Tallis will not sue Orion under the Tallis Patents for the products in ${a}.

2. Payment

Orion will pay Tallis a royalty within forty-five (60) days after each quarter, as ${b} says.

3. Products

The X-200 and X-250 infusion pumps.

4. Reports

Orion will report its sales of the products each quarter.
`;
    const [point] = await findingsOf(heads('point 3', 'point 4'), 'heads.txt', ['precision'], 'precision/number-mismatch');
    expect(point?.message).toMatch(/^Point 2 /);
    // near miss: 'point' before numbers that are no clause of the document ('point 45 of the curve') is no reference
    const [section] = await findingsOf(heads('point 45 of the curve', 'point 60 of the curve'), 'heads.txt', ['precision'], 'precision/number-mismatch');
    expect(section?.message).toMatch(/^Section 2 /);
  });

  it("keeps the words of whole and dotted numbers apart: 'Article 3' beside 'clause 3.2'", async () => {
    const [f] = await findingsOf(agreement('Article', 'clause'), 'deal.txt', ['precision'], 'precision/number-mismatch');
    expect(f?.message).toMatch(/^Clause 2\.1 /);
  });

  // A civil-law agreement numbers 'Article 2' and its paragraphs '2.1', and cites the paragraphs rarely.
  const civil = (dottedRef: string) => `# TECHNOLOGY CROSS-LICENCE AGREEMENT

Between Ardentis SAS ("Ardentis") and Valmorel Robotique SA ("Valmorel").

## Article 1 – Licences

1.1 Each Party grants to the other a non-exclusive licence under its Licensed Patents, on the terms of Article 2 and Article 3.

## Article 2 – Financial conditions

2.1 Valmorel shall pay Ardentis the Balancing Payment within forty-five (60) days after the Effective Date.

## Article 3 – Term

3.1 The present Agreement ends when the last Licensed Patent expires. ${dottedRef}
`;

  it("says 'Article 2.1' where whole numbers are Articles and the one reference to a paragraph says 'Article 1.1'", async () => {
    const [f] = await findingsOf(civil('The licences of Article 1.1 end with it.'), 'contrat.md', ['precision'], 'precision/number-mismatch');
    expect(f?.message).toMatch(/^Article 2\.1 /);
  });

  it("says 'Article 2.1' where whole numbers are Articles and no reference names a paragraph at all", async () => {
    const [none] = await findingsOf(civil(''), 'deal.md', ['precision'], 'precision/number-mismatch');
    expect(none?.message).toMatch(/^Article 2\.1 /);
  });

  it("keeps 'Section 2.1' beside Articles when the one reference to a paragraph says Section, or the paragraphs are written 'Section 2.1' (near misses)", async () => {
    const [section] = await findingsOf(civil('The licences of Section 1.1 end with it.'), 'deal.md', ['precision'], 'precision/number-mismatch');
    expect(section?.message).toMatch(/^Section 2\.1 /);
    const us = civil('').replace(/^(\d\.\d) /gm, 'Section $1 ');
    const [written] = await findingsOf(us, 'deal.md', ['precision'], 'precision/number-mismatch');
    expect(written?.message).toMatch(/^Section 2\.1 /);
  });

  // 2.1's payment as a list: the item's number is its section's in the document's word, as 2.1's own is.
  const items = (text: string) => text.replace(/^2\.1 Valmorel shall pay .*$/m, '2.1 Valmorel shall pay Ardentis:\n\n(a) the Balancing Payment within forty-five (60) days after the Effective Date; and\n\n(b) the Annual Fee on each anniversary of the Effective Date.');

  it("names a list item with its section's word: 'Article 2.1(a)', not 'Section 2.1(a)' beside 'Article 2.1'", async () => {
    const [f] = await findingsOf(items(civil('')), 'contrat.md', ['precision'], 'precision/number-mismatch');
    expect(f?.message).toMatch(/^Article 2\.1\(a\) /);
    // near miss: where the references say Section, the item is 'Section 2.1(a)'
    const [section] = await findingsOf(items(civil('The licences of Section 1.1 end with it.')), 'deal.md', ['precision'], 'precision/number-mismatch');
    expect(section?.message).toMatch(/^Section 2\.1\(a\) /);
  });

  it("calls a lower-case list label with no section above it 'item c)', so a message that opens with it reads 'Item c)'", () => {
    const a = analyze(sourceFromText('SERVICES AGREEMENT\n\nAcme Corp. and Widget LLC agree as follows:\n\na) Widget shall provide the Services.\n\nb) Acme shall pay the fees.\n\nc) Attachment 2 lists the employees who transfer.\n', 'deal.txt'));
    const clauseOf = (id: string) => a.tree.clauses.find((c) => c.id === id);
    const label = (n: string) => clauseLabel(a.tree.clauses.find((c) => c.number === n), clauseOf);
    expect(label('c)')).toBe('item c)');
    // near misses: '(c)' and a capital 'C.' are not capitalised at a sentence start, and stay as written
    const b = analyze(sourceFromText('SERVICES AGREEMENT\n\nAcme Corp. and Widget LLC agree as follows:\n\n(a) Widget shall provide the Services.\n\n(b) Acme shall pay the fees.\n', 'deal.txt'));
    expect(clauseLabel(b.tree.clauses.find((c) => c.number === '(b)'), (id: string) => b.tree.clauses.find((c) => c.id === id))).toBe('(b)');
  });
});

describe('a capital letter item under a Roman or schedule heading', () => {
  const doc = (head: string) => `CONSULTING AGREEMENT\n\nAcme Corp. and Widget LLC agree as follows:\n\n${head}\n\nA. Widget shall devote such time as it deems commercially reasonable to the Services.\n\n` +
    'B. Widget shall report to Acme promptly.\n\nII. COMPENSATION\n\nA. Acme shall pay the fees within thirty (30) days.\n';
  const labelOf = (text: string, nth: number, n: string) => {
    const a = analyze(sourceFromText(text, 'deal.txt'));
    const clauseOf = (id: string) => a.tree.clauses.find((c) => c.id === id);
    return clauseLabel(a.tree.clauses.filter((c) => c.number?.replace(/\.$/, '') === n)[nth], clauseOf);
  };

  it("names it 'item B of I (SERVICES)': 'B qualifies an obligation ...' read as a word, and left counsel to find which B", () => {
    expect(labelOf(doc('I. SERVICES'), 0, 'B')).toBe('item B of I (SERVICES)');
    expect(labelOf(doc('I. SERVICES'), 1, 'A')).toBe('item A of II (COMPENSATION)');
  });

  it("keeps 'Section 1(B)' under a numbered section, and a letter with no clause above it as written (near misses)", () => {
    expect(labelOf(doc('1. SERVICES').replace('II. COMPENSATION', '2. COMPENSATION'), 0, 'B')).toBe('Section 1(B)');
    const flat = 'SERVICES AGREEMENT\n\nAcme Corp. and Widget LLC agree as follows:\n\nA. Widget shall provide the Services.\n\nB. Acme shall pay the fees.\n';
    expect(labelOf(flat, 0, 'B')).toMatch(/^B\.?$/);
  });
});

describe('a foreign-term finding names the word', () => {
  it('says which word is not English, not only the sentence it stands in', async () => {
    const text = '# TECHNOLOGY LICENCE\n\n## Article 5 – Know-How\n\n5.1 Each Party shall hand over its technical files against a procès-verbal de remise signed by both Parties.\n';
    const [f] = await findingsOf(text, 'translation.md', ['precision'], 'precision/foreign-term');
    expect(f?.message).toMatch(/^Section 5\.1 contains wording that is not English \(procès-verbal\): "/);
  });

  it('names every foreign word of the clause once, in the order written, not only the first', async () => {
    const text = '# PATENT CROSS-LICENCE AGREEMENT\n\n## 9. Notices\n\n9.2 The Lizenznehmer shall give notice of any Kündigung under the Vertrag in writing, and each Lizenznehmer shall keep a copy.\n';
    const [f] = await findingsOf(text, 'notices.md', ['precision'], 'precision/foreign-term');
    expect(f?.message).toMatch(/^Section 9\.2 contains wording that is not English \(Lizenznehmer, Kündigung and Vertrag\): "/);
  });
});

describe('a definitions table in Markdown', () => {
  // A table's rows have no full stops: the excerpt of an unused definition ran back to the table's first row, so the
  // finding stood at the table's first line and quoted three rows.
  const md = `# PATENT CROSS-LICENSE AGREEMENT

This Patent Cross-License Agreement is made between Orrin Photonics, Inc. ("Orrin") and Tessaly Optical GmbH ("Tessaly").

## 1. Definitions

1.1 In this Agreement the following terms have the meanings set out below:

| Term | Meaning |
|---|---|
| "Licensed Patents" | all patents that a party owns or controls during the term of this Agreement |
| "Field" | optical transceivers and their firmware |
| "Net Sales" | the gross amounts invoiced for Licensed Products, less returns and taxes |
| "Licensed Products" | products in the Field covered by a claim of a Licensed Patent |

1.2 "Improvements" means any modification of a Licensed Product made by a party during the term of this Agreement.

## 2. Licences

2.1 Each of Orrin and Tessaly grants the other a non-exclusive licence under its Licensed Patents to make and sell Licensed Products.
`;

  it("stands at the term's row and quotes that row", async () => {
    const found = await findingsOf(md, 'doc.md', ['precision'], 'precision/unused-definition');
    const netSales = found.find((f) => f.message.includes('"Net Sales"'))!;
    expect([netSales.line, netSales.column]).toEqual([13, 3]);
    expect(netSales.evidence).toBe('"Net Sales" | the gross amounts invoiced for Licensed Products, less returns and taxes');
  });

  it('near miss: a definition written as a sentence after the table is quoted as its sentence', async () => {
    const found = await findingsOf(md, 'doc.md', ['precision'], 'precision/unused-definition');
    const improvements = found.find((f) => f.message.includes('"Improvements"'))!;
    expect(improvements.line).toBe(16);
    expect(improvements.evidence).toBe('"Improvements" means any modification of a Licensed Product made by a party during the term of this Agreement.');
  });
});

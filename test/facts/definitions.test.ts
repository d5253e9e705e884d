// Definitions (definitions sections and inline), duplicates, and the index of each term's uses: sentences quoted from
// the CUAD dev contracts (CC BY 4.0) and a definitions section written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

describe('definitions in CUAD sentences', () => {
  it.each<[string, string[], 'means' | 'inline' | 'pointer']>([
    ['"Offtake Agreement" means that certain Crude Oil Sale and Purchase Agreement between the Principal and STASCO dated 1 November 1999.', ['Offtake Agreement'], 'means'],
    ['1.17 "Excess Amount" has the meaning set forth in Section 2.8(b).', ['Excess Amount'], 'pointer'],
    ['1.45 "Joint Development Committee" or "JDC" shall have the meaning as set forth in Section 2.1 below.', ['Joint Development Committee', 'JDC'], 'pointer'],
    ['As used in this Agreement, the term "Web site" shall mean a computer system intended to be accessed through the World Wide Web segment of the Internet.', ['Web site'], 'means'],
    ['1.1 "Customer" means a person or entity that has acquired, or has indicated its interest in acquiring from Licensee, a non-exclusive and nontransferable Sublicense to use one (1) or more of the Licensed Products.', ['Customer'], 'means'],
    ['a. "Contract Period" shall mean that period of time from February 21, 2011 through December 31, 2012.', ['Contract Period'], 'means'],
    ['"Parties" is defined in the Preamble to this Contract.', ['Parties'], 'pointer'],
    ['WHEREAS, the Company desires to issue and sell, and Farids desires to purchase, 126,839 shares (the "Purchased Shares") of the Company\'s common stock, $0.001 par value per share (the "Common Stock"), on the terms set forth herein;', ['Purchased Shares', 'Common Stock'], 'inline'],
    ['A. Club owns and operates the National Football League ("NFL") team known as the Jacksonville Jaguars (the "Team").', ['NFL', 'Team'], 'inline'],
    ['Licensor hereby grants Licensee a non-exclusive license to use the logos, trademarks and service marks used by Licensor to identify the Titles (collectively, "Licensor Marks") in connection with the use of the Titles.', ['Licensor Marks'], 'inline'],
    ['WHEREAS, Seller and Buyer have entered into that certain Stock Purchase Agreement, dated November 14, 2018 (the "Stock Purchase Agreement");', ['Stock Purchase Agreement'], 'inline'],
    ['The Effective Date of this Agreement (herein called the "Effective Date") is September 21, 1998.', ['Effective Date'], 'inline'],
    // A term defined by the one before it (a community patent licence written for these tests).
    ['1.2 "Assert" means to bring or threaten a claim for infringement of a patent, and "Assertion" has a corresponding meaning.', ['Assert', 'Assertion'], 'means'],
    ['"Transfer" means any sale, assignment or exclusive licence of a patent, and "Transferred" and "Transferee" have correlative meanings.', ['Transfer', 'Transferred', 'Transferee'], 'means'],
    // A qualifier that says where the meaning applies (a distribution exhibit written for these tests).
    ['The "Territory" as that term is used herein shall mean the countries of North and South America.', ['Territory'], 'means'],
  ])('%s', (sentence, terms, style) => {
    const defs = factsOf(sentence).definitions;
    expect(defs.map((d) => d.term)).toEqual(terms);
    for (const d of defs) {
      expect(d.style).toBe(style);
      expect(d.clauseId).toBe('c1');
      expect(sentence.slice(d.start, d.end)).toBe(d.term);
    }
  });

  it('an unquoted dictionary entry that takes its meaning from a statute or a clause defines the term', () => {
    // An Australian dictionary in bold without quotes: the meaning is the statute's, but the agreement defines the term.
    const defs = factsOf('**Related Body Corporate** has the meaning given in the *Corporations Act 2001* (Cth).\n\n**Control** has the meaning set out in clause 14.2.').definitions;
    expect(defs.map((d) => [d.term, d.style])).toEqual([['Related Body Corporate', 'pointer'], ['Control', 'pointer']]);
    // Near miss: a party that has a meaning in a sentence's subject defines nothing.
    expect(factsOf('The Licensee has the right given in clause 4 to grant sublicences.').definitions).toEqual([]);
  });

  it('reads a definitions list that EDGAR ran into one paragraph, each entry after the last one\'s full stop', () => {
    // A development agreement's Article 1, its line breaks lost: unquoted, unnumbered entries one after another.
    const text = 'In this Agreement the following words shall have the following meaning: Affiliates means any entity which controls, is controlled by or is under common control with a Party. Launch shall mean the first commercial sale of a Licensed Product in a country of the Territory. Net Sales means the gross invoice price of Licensed Products less returns.';
    expect(factsOf(text).definitions.map((d) => d.term)).toEqual(['Affiliates', 'Launch', 'Net Sales']);
    // Near miss: a sentence whose capitalised subject is followed by other words before 'means'.
    expect(factsOf('The Licensee shall keep stock for thirty days. The Licensee by these means secures supply to its customers.').definitions).toEqual([]);
  });

  it('near miss: a quoted word "as that term is used" elsewhere, with no meaning given, defines nothing', () => {
    expect(factsOf('The "Territory" as that term is used in the Distribution Agreement remains unchanged.').definitions.map((d) => d.term)).toEqual([]);
  });

  it('near miss: "a corresponding obligation" after a quoted word defines nothing', () => {
    expect(factsOf('Each Party that receives a "Notice" has a corresponding obligation to answer it within ten (10) days.').definitions.map((d) => d.term)).toEqual([]);
  });

  it('does not read a quoted example of the agreement\'s own citations as a defined term', () => {
    // US outline drafting explains its numbering by example; "Section II.B.3(a)" was reported as defined and never used.
    const defs = factsOf('B. Interpretation. A reference such as "Section II.B.3(a)" refers to Article II, Section B, paragraph 3, subparagraph (a), and "Article 4" to the whole of Article 4.').definitions;
    expect(defs).toEqual([]);
    // Near miss: a term that only opens with such a word is still defined.
    expect(factsOf('The patents listed in Exhibit A (the "Section 5 Patents") are licensed.').definitions.map((d) => d.term)).toEqual(['Section 5 Patents']);
  });

  it('does not read a pointer to another definition as a definition', () => {
    expect(factsOf('This Agreement is entered into as of the Effective Date (as defined below) by and between the parties.').definitions).toEqual([]);
  });
});

const DEFINITIONS = [
  'This Agreement is made between Acme Corp. ("Acme") and Beta Ltd. ("Beta").',
  '1.1 "Licensed Patents" means the patents listed in Schedule A and all continuations thereof.',
  '1.2 "Field" shall mean semiconductor memory devices.',
  '1.3 Improvements: means any modification of a Licensed Product.',
  '1.4 "Licensed Product" means any product covered by a claim of the Licensed Patents.',
  '1.5 "Field" means consumer electronics.',
  '2.1 Acme grants to Beta a licence under the Licensed Patents in the Field to make Licensed Products (the "Licence").',
].join('\n\n');

describe('definitions section and term index (written)', () => {
  const facts = factsOf(DEFINITIONS);

  it('reads quoted, unquoted and inline definitions with their clause ids', () => {
    expect(facts.definitions.map((d) => [d.term, d.clauseId, d.style])).toEqual([
      ['Acme', 'c1', 'inline'],
      ['Beta', 'c1', 'inline'],
      ['Licensed Patents', 'c2', 'means'],
      ['Field', 'c3', 'means'],
      ['Improvements', 'c4', 'means'],
      ['Licensed Product', 'c5', 'means'],
      ['Field', 'c6', 'means'],
      ['Licence', 'c7', 'inline'],
    ]);
  });

  it('records both definitions of a term defined twice, with what each says', () => {
    const field = facts.terms.get('Field');
    expect(field?.definitions.map((d) => d.text)).toEqual([
      '"Field" shall mean semiconductor memory devices.',
      '"Field" means consumer electronics.',
    ]);
  });

  it('indexes the uses of each term, longest term first and not inside its own definition', () => {
    const uses = (term: string) => facts.terms.get(term)?.uses.map((u) => u.clauseId);
    expect(uses('Licensed Patents')).toEqual(['c5', 'c7']);
    expect(uses('Licensed Product')).toEqual(['c4', 'c7']);
    expect(uses('Field')).toEqual(['c7']);
    expect(uses('Improvements')).toEqual([]);
    expect(uses('Acme')).toEqual(['c7']);
    for (const entry of facts.terms.values()) {
      for (const u of entry.uses) expect(DEFINITIONS.slice(u.start, u.end).replace(/\s+/g, ' ')).toMatch(new RegExp(`^${entry.term}`));
    }
  });

  it('lists the defined terms each clause uses', () => {
    expect(facts.attributes.get('c7')?.definedTermsUsed).toEqual(['Acme', 'Beta', 'Field', 'Licensed Patents', 'Licensed Product']);
    expect(facts.attributes.get('c3')?.definedTermsUsed).toEqual([]);
  });

  it('sorts the term index', () => {
    expect([...facts.terms.keys()]).toEqual([...facts.terms.keys()].sort());
  });
});

describe('definitions without the usual quotes (filed and Markdown agreements)', () => {
  it.each<[string, string]>([
    ['18.1. Confidentiality Obligations a) Confidential Information shall mean any information that is not publicly known.', 'Confidential Information'],
    ['(a) For the purposes of this Agreement, "Confidential Information"      ----------      means this Agreement and all information disclosed by a party.', 'Confidential Information'],
    ['1.1 **"Licensed Patents"** means the patents listed in Schedule 1.', 'Licensed Patents'],
    ['1.1 **Licensed Patents** means the patents listed in Schedule 1.', 'Licensed Patents'],
    ['Paying Agent. means the bank appointed under the Indenture, or its successors or assigns.', 'Paying Agent'],
    ['1.26 Maintenance Period - unless otherwise specified in a Product License Schedule, the twelve months after delivery.', 'Maintenance Period'],
  ])('%s', (sentence, term) => {
    const defs = factsOf(sentence).definitions;
    expect(defs.map((d) => d.term)).toEqual([term]);
    expect(defs[0]?.style).toBe('means');
  });

  it('does not read a reference to a quoted term or a heading as a definition', () => {
    expect(factsOf('2.1 Royalties. Beta shall pay the royalties on Net Sales as set out in Schedule B.').definitions).toEqual([]);
    expect(factsOf('The parties agree that the term "Territory" appears in Section 4.').definitions).toEqual([]);
  });
});

describe('term uses read at capitals', () => {
  it('finds plurals in "s" and "es", the exact spelling only, and no word inside a longer one', () => {
    const text = [
      '"Affiliate" means any entity that controls a Party. "Box" means a container. "Licensed Process" means the process.',
      '',
      'The Affiliates may use the Boxes and each Box under the Licensed Processes; AFFILIATES and Boxs do not.',
      'R&D Affiliate-wide, U.S.Affiliate, Affiliated.',
    ].join('\n');
    const uses = [...factsOf(text).terms.values()].map((e) => [e.term, e.uses.map((u) => text.slice(u.start, u.end))]);
    expect(uses).toEqual([
      ['Affiliate', ['Affiliates']],
      ['Box', ['Boxes', 'Box', 'Boxs']],
      ['Licensed Process', ['Licensed Processes']],
    ]);
  });

  it('finds a one-word term\'s plural in "ies" ("Subsidiaries" for "Subsidiary"), as for a later word ("Licensed Territories")', () => {
    const text = [
      '"Subsidiary" means an entity of which a Person owns more than half the voting securities. "Licensed Territory" means a country in Schedule A. "Day" means a calendar day.',
      '',
      'Each Party and its Subsidiaries may sell in the Licensed Territories; Subsidiar and Daies do not count, and Days and Subsidiarys (as Boxs above) do.',
    ].join('\n');
    const uses = [...factsOf(text).terms.values()].map((e) => [e.term, e.uses.map((u) => text.slice(u.start, u.end))]);
    expect(uses).toEqual([
      ['Day', ['Days']],
      ['Licensed Territory', ['Licensed Territories']],
      ['Subsidiary', ['Subsidiaries', 'Subsidiarys']],
    ]);
  });
});

describe('quoted terms in hard-wrapped text', () => {
  // EDGAR exhibits wrap lines at ~75 characters, also inside the quotes of a definition.
  const wrapped = [
    'This Agreement is made effective as of March 3, 2025 (the "Effective',
    'Date") by and between Corvane, Inc. and Ostrander Ltd.',
    '',
    'Section 1.2 "Licensed',
    'Patents" means all patents issued before the',
    'Effective Date, including reissues.',
    '',
    'Section 2.1 Corvane grants Ostrander a licence under the Licensed',
    'Patents from the Effective Date.',
  ].join('\n');

  it('reads a term whose quotes span one line break, and its uses across a line break', () => {
    const facts = factsOf(wrapped);
    expect(facts.definitions.map((d) => [d.term, d.style])).toEqual([['Effective Date', 'inline'], ['Licensed Patents', 'means']]);
    expect(facts.undefinedTerms).toEqual([]);
    expect(facts.unusedTerms).toEqual([]);
  });

  it('does not run a term over a blank line', () => {
    // An opening quote left unclosed at a paragraph's end does not swallow the next paragraph's words.
    expect(factsOf('The ratio is set in "Royalty\n\nDefault" means any failure to pay.').definitions.map((d) => d.term)).toEqual([]);
    // Nor in a CRLF text, whose blank line is "\r\n\r\n"; a single CRLF wrap is still read.
    expect(factsOf('The ratio is set in "Royalty\r\n\r\nDefault" means any failure to pay.').definitions.map((d) => d.term)).toEqual([]);
    expect(factsOf('1.2 "Licensed\r\nPatents" means all patents of Corvane.').definitions.map((d) => d.term.replace(/\s+/g, ' '))).toEqual(['Licensed Patents']);
  });
});

describe('English-law definitions lists: the term in bold, then a colon', () => {
  it('reads a bulleted list of bold terms as definitions ("- **Improvement** means ...", "* **Field**: ..."): plain-English drafting', () => {
    const text = 'Words in **bold** below have these meanings:\n\n- **Improvement** means any change to an invention claimed in a Licensed Patent.\n- **Net Revenue** means what you invoice for Licensed Products, less refunds.\n* **Field**: wearable optical sensors.\n\nYou pay 4% of Net Revenue in the Field, and own each Improvement you make.';
    expect(factsOf(text).definitions.map((d) => d.term)).toEqual(['Improvement', 'Net Revenue', 'Field']);
    // near miss: a bulleted obligation that opens with a bold word is no definition
    expect(factsOf('- **Payment** must be made within 30 days.\n- **Notices** go by email.').definitions).toEqual([]);
  });

  it('reads "**Assigned Patents**: the patents ..." and "**Business Day:** a day ..." as definitions, and their uses', () => {
    const text = '1.1 The definitions in this clause apply in this deed.\n\n**Assigned Patents**: the patents listed in Schedule 1.\n\n**Business Day:** a day other than a Saturday or Sunday.\n\n**Encumbrance**: any charge or lien.\n\n**PARTIES**\n\n2.1 The Assignor assigns the Assigned Patents free from any Encumbrance within five Business Days.';
    const facts = factsOf(text);
    expect(facts.definitions.map((d) => [d.term, d.style])).toEqual([['Assigned Patents', 'means'], ['Business Day', 'means'], ['Encumbrance', 'means']]);
    expect(text.slice(facts.definitions[0]?.start, facts.definitions[0]?.end)).toBe('Assigned Patents');
    expect(facts.unusedTerms).toEqual([]);
    // A bold heading without a colon, or bold words inside a sentence, define nothing.
    expect(factsOf('**THIS DEED** is dated 1 May 2026.\n\nThe Assignee shall pay the **Purchase Price**: in cash.').definitions).toEqual([]);
  });
});

describe('definitions tables: the quoted term in one cell, its meaning in the next', () => {
  it('reads each row of a table (cells joined by tabs, as HTML and Word tables are extracted) as a definition', () => {
    const text = '1.1 In this Agreement the following terms have the meanings set out below:\n\nTerm\tMeaning\n\n“Know-How”\tunpatented technical information identified in writing as licensed\n\n“Invoiced Value”\tthe gross amount invoiced for Lumora Products, less taxes\n\n5.2 Lumora shall pay a royalty of 2% of the Invoiced Value after delivery of the Know-How.';
    const facts = factsOf(text);
    expect(facts.definitions.map((d) => [d.term, d.style])).toEqual([['Know-How', 'means'], ['Invoiced Value', 'means']]);
    expect(facts.undefinedTerms.map((u) => u.term)).not.toContain('Invoiced Value');
    // A quoted word at a line start followed by a tab and "means" is the ordinary form, read once; a quote followed by a
    // tab in mid-line, or by spaces only, is not a table row.
    expect(factsOf('"Affiliate"\tmeans any entity controlled by a party.').definitions.map((d) => d.term)).toEqual(['Affiliate']);
    expect(factsOf('The button marked "Submit"\tsends the form.\n\n"Submit" sends it too.').definitions).toEqual([]);
  });
});

describe('Markdown emphasis inside the quotes of a term', () => {
  it.each<[string, string, 'means' | 'inline']>([
    ['"**Licensed Cells**" means lithium-ion cells made by the Licensee.', 'Licensed Cells', 'means'],
    ['This Agreement is entered into on 14 July 2025 (the "**Signature Date**").', 'Signature Date', 'inline'],
    ['The parties are hereinafter referred to as the "_Parties_".', 'Parties', 'inline'],
  ])('%s', (sentence, term, style) => {
    const defs = factsOf(sentence).definitions;
    expect(defs.map((d) => [d.term, d.style === 'pointer' ? 'means' : d.style])).toEqual([[term, style]]);
    expect(sentence.slice(defs[0]?.start, defs[0]?.end)).toBe(term);
  });

  it('reads a bold term and its singular uses as defined', () => {
    const text = '"**Licensed Cells**" means lithium-ion cells made by the Licensee.\n\nThe Licensee shall pay USD 0.45 for each Licensed Cell sold.';
    expect(factsOf(text).undefinedTerms).toEqual([]);
  });
});

// Defined-term status for the precision rules: undefined capitalised terms, unused definitions, duplicate definitions.
// Agreements written for these tests, and single sentences quoted from the CUAD dev contracts (CC BY 4.0).
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';
import { cpuClock } from '../helpers/cpu.js';

const undefinedOf = (text: string): string[] => factsOf(text).undefinedTerms.map((u) => u.term);

const LICENSE = [
  'PATENT LICENSE AGREEMENT',
  'This Patent License Agreement (the "Agreement") is made between Acme Corp., a Delaware corporation ("Acme"), and Beta Ltd. ("Beta").',
  '1. Definitions',
  '1.1 "Licensed Patents" means the patents listed in Schedule A.',
  '1.2 "Licensed Product" means any product covered by a claim of a Licensed Patent.',
  '1.3 "Affiliate" means any entity that controls, is controlled by or is under common control with a party.',
  '2. Grant of the License',
  '2.1 Acme grants to Beta and each Affiliate a non-exclusive licence under the Licensed Patents to make Licensed Products in the Licensed Field.',
  '2.2 Beta shall pay Acme a royalty of 3% of the Net Revenue from each Licensed Product, and shall report the Net Revenues quarterly.',
  '2.3 The royalty on the Net Revenue is payable within thirty days after the end of each calendar quarter, starting in January.',
  '3. Compliance',
  '3.1 Beta shall comply with the Securities Act, the rules of the United States Patent and Trademark Office and the laws of the State of Delaware.',
  '3.2 Beta shall obtain any approval of the Food and Drug Administration (FDA) and keep the Confidential Information (as defined in the NDA) secret.',
  '3.3 THE LICENSED PATENTS ARE PROVIDED AS IS. Any Improvement made by Beta belongs to Beta; improvements made by Acme belong to Acme.',
].join('\n\n');

describe('undefinedTerms', () => {
  const facts = factsOf(LICENSE);

  it('finds capitalised terms used like defined terms but never defined, one entry per term at its first use', () => {
    expect(facts.undefinedTerms.map((u) => u.term)).toEqual(['Licensed Field', 'Net Revenue', 'Improvement']);
    const net = facts.undefinedTerms.find((u) => u.term === 'Net Revenue');
    // "the Net Revenue" twice and "the Net Revenues" once: singular and plural are one term.
    expect(net?.uses).toBe(3);
    for (const u of facts.undefinedTerms) {
      expect(LICENSE.slice(u.start, u.end)).toBe(u.term);
      expect(u.clauseId).toBe(facts.attributes.has(u.clauseId ?? '') ? u.clauseId : null);
    }
    expect(facts.undefinedTerms.find((u) => u.term === 'Licensed Field')?.clauseId).toBe('c8');
  });

  it('leaves out defined terms (singular or plural), parties, document parts, proper names, months, headings and capitals', () => {
    const terms = facts.undefinedTerms.map((u) => u.term);
    for (const t of ['Licensed Patent', 'Licensed Patents', 'Affiliate', 'Agreement', 'Acme', 'Securities Act', 'United States Patent', 'State of Delaware', 'Food and Drug Administration', 'Confidential Information', 'January', 'License', 'LICENSED PATENTS']) {
      expect(terms).not.toContain(t);
    }
  });

  it('is empty when the agreement borrows its terms from another document', () => {
    const text = `${LICENSE}\n\n4.1 Capitalized terms used but not otherwise defined herein have the meanings given to them in the Purchase Agreement.`;
    expect(undefinedOf(text)).toEqual([]);
  });

  it('treats a term defined by reference or spelt out for an acronym as defined', () => {
    expect(undefinedOf('Acme shall attend all Public Events as defined in Section 2, and the Contract Year ends in March.\n\nEach Contract Year begins on the date a contract is signed.')).toEqual(['Contract Year']);
    expect(undefinedOf('"PDE" means a Primary Detail Equivalent.\n\nEach PDE counts once.')).toEqual([]);
  });

  it('reads unquoted inline definitions, "first written above" and Title Case notice lines as no undefined terms', () => {
    const text = [
      'This Development Agreement is made as of the Effective Date first written above by Client and Developer.',
      'Developer shall develop the application (collectively, the Subject Program) and deliver each release (each a Milestone Deliverable).',
      'The Subject Program and every Milestone Deliverable are accepted in writing. Notices go to the Client, With a Copy to: General Counsel.',
    ].join('\n\n');
    expect(undefinedOf(text)).toEqual([]);
  });

  it('withdraws a term once a later use shows it defined ("the Licensed Product (as defined hereunder)", "(Receiving Party)")', () => {
    const text = [
      'Licensee may sell the Licensed Product in each country. The recipient of information is the receiving party (Receiving Party).',
      'Distributor shall mean a company appointed by Licensee to sell the Licensed Product (as defined hereunder) in a country.',
      '17.1 Indemnities by the Licensor Without prejudice to any other provision, the Receiving Party keeps all information secret.',
    ].join('\n\n');
    expect(undefinedOf(text)).toEqual([]);
  });

  it('reads the term that a section heading names as defined there ("Term. The Term of this Agreement ...")', () => {
    expect(undefinedOf('4. Term. The Term of this Agreement is three years from the date it is signed by both parties.')).toEqual([]);
    // The heading may end with ": " or a full stop and a line break; without it the term is undefined.
    const after = 'The Royalty Term ends when the last licensed patent expires.';
    expect(undefinedOf(`The parties agree on the fees. ${after}`)).toEqual(['Royalty Term']);
    expect(undefinedOf(`The parties agree on the fees. Royalty Term: ${after}`)).toEqual([]);
    expect(undefinedOf(`The parties agree on the fees of Royalty Term.\n${after}`)).toEqual([]);
    expect(undefinedOf(`The parties agree on the fees. Royalty Term; ${after}`)).toEqual(['Royalty Term']);
  });

  it('reads a clause headed by the term elsewhere in time linear in a line of blanks (a table exported from a PDF)', () => {
    // 6f38779's clause opening began '[ \\t]*[#*_ \\t]*': a run of blanks split two ways at every point, 1.4 s a term on
    // a line of 16,000 spaces (30,000: a check 0.6 -> 3.3 s). One class now; the heading still defines the term.
    const blanks = `\n${' '.repeat(40_000)}Column A\n`;
    const t0 = cpuClock();
    expect(undefinedOf(`4.1 Beta shall pay the royalty during the Term and keep the Quality Manual.\n${blanks}\n6.01 Term. This Agreement ends when the last patent expires.`)).toEqual(['Quality Manual']);
    expect(t0()).toBeLessThan(1000);
  });

  it.each<[string, string[]]>([
    ['Unless this Agreement is terminated by Apollo due to a Triggering Event, in which case APOLLO shall bear the following costs.', ['Triggering Event']],
    ['Distributor shall use its best efforts to market, promote and sell the Products to the authorized customers in the Filed of Use and in the Territory during the term of this agreement.', ['Products', 'Filed of Use', 'Territory']],
    ['At the close of each calendar quarter, FIIOC will determine the Average Daily Assets held in the Funds by the Company.', ['Average Daily Assets']],
    ['Any payment due pursuant to this Section shall bear interest at a per annum rate of interest equal to the prime rate of interest as published in the Wall Street Journal, plus five (5) percentage points.', []],
    ['Unless otherwise agreed to by the Parties, any Confidential Information (as defined in the Distribution Agreement) furnished pursuant to this Agreement shall be subject to the confidentiality provisions set forth in Section 6.', []],
    ['This Agreement is made by and between Cool Technologies Inc., a Nevada corporation, and VETERAN TECHNOLOGY GROUP, LLC, a Missouri corporation.', []],
  ])('CUAD: %s', (sentence, expected) => {
    // "products" and "territory" are lower-case words elsewhere in the contracts; a one-sentence text has none. The
    // contracts also capitalise "Products" more than once (a capital met once beside the lower-case words is a slip;
    // "Territory" is one of the agreement's own terms, reported however often it is written in lower case).
    const text = `${sentence}\n\nThe products and the territory are listed in an exhibit, which names the Products.`;
    expect(undefinedOf(text)).toEqual(expected);
  });

  it('does not read a name never written in lower case as a term ("a Methylotroph owned by BRI")', () => {
    expect(undefinedOf('The project involves the molecular re-engineering of a Methylotroph owned by BRI.')).toEqual([]);
  });

  it('reads the head of "the Net Sales of Licensed Products" as a term when what follows "of" is a defined term', () => {
    const text = [
      '1.1 "Licensed Products" means the products listed in Schedule A.',
      '1.2 "Delivery" means the handing over of Licensed Products to the carrier.',
      '3.1 Beta shall pay Alpha a royalty of four percent (4%) of the Net Sales of Licensed Products sold in each quarter.',
      '3.2 Beta shall ship the Licensed Products to each Point of Delivery.',
      '3.3 Neither party shall deal with persons on the Consolidated List of Licensed Products, Persons and Entities Subject to Sanctions.',
    ].join('\n\n');
    // Not "Point" (one word names a point, not a term) nor "Consolidated List" (a name that goes on after the run). The
    // whole "Point of Delivery" is a term of its own, as "Change of Control" is where only "Control" is defined: where
    // Delivery takes place is not said by what Delivery is.
    expect(undefinedOf(text)).toEqual(['Net Sales', 'Point of Delivery']);
    const net = factsOf(text).undefinedTerms[0]!;
    expect(text.slice(net.start, net.end)).toBe('Net Sales');
  });

  it('does not read "the X of" a place or person as a term ("the Declaration of Helsinki"), but keeps "the Certificate of Analysis"', () => {
    const text = [
      '1. Clinical Trials',
      '1.1 Licensee shall conduct each clinical trial in accordance with the Declaration of Helsinki and the Superintendence of Finance of Colombia shall be notified of each payment.',
      '1.2 Licensor shall deliver with each batch the Certificate of Analysis and shall start supply on the Date of Commencement.',
    ].join('\n\n');
    // "Analysis" and "Commencement" are never written in lower case here either: they are common nouns all the same.
    expect(undefinedOf(text)).toEqual(['Certificate of Analysis', 'Date of Commencement']);
  });

  it('reads a run that goes on with a name after "for" or "on" as part of it ("the Convention ... of America for the Avoidance of Double Taxation")', () => {
    const text = [
      '5. Consideration',
      '5.1 Each Party shall cooperate in applying for the reduced rate under the Convention between Japan and the United States of America for the Avoidance of Double Taxation, and under the Convention on the Grant of European Patents.',
      '5.2 Licensee shall pay the royalties to Licensor for the Licensed Territory.',
    ].join('\n\n');
    // After a party's name, "for the Licensed Territory" is still a use of a term that is never defined.
    expect(undefinedOf(text)).toEqual(['Licensed Territory']);
  });

  it('reads the title of a treaty between countries no list holds as one ("... and the Republic of Korea for the Avoidance of Double Taxation")', () => {
    // Held-out zd (an English translation of a Korean cross-licence) was told it uses "Avoidance of Double Taxation".
    const text = [
      '7. Taxes',
      '7.1 Any withholding tax may be deducted to the extent permitted under the Convention between Japan and the Republic of Korea for the Avoidance of Double Taxation.',
      '7.2 Each Party shall pay its own taxes in Japan and Korea for the Licensed Territory.',
    ].join('\n\n');
    // near miss: no treaty's title before "for", so "for the Licensed Territory" is still a use of an undefined term.
    expect(undefinedOf(text)).toEqual(['Licensed Territory']);
  });

  it('reads a tax treaty titled "Agreement between" two states as one ("the People\'s Republic of China ... for the Avoidance of Double Taxation")', () => {
    // Held-out zg (a Chinese-German cross-licence in translation) was told it uses "Avoidance of Double Taxation".
    const text = [
      '4. Taxes',
      "4.8 The licensee may deduct withholding tax at the rate of the Agreement between the People's Republic of China and the Kingdom of Sweden for the Avoidance of Double Taxation.",
      '4.9 The licensee shall report its sales in China and Sweden for the Royalty Period.',
    ].join('\n\n');
    // near miss: no title opened by "Agreement between" before "for", so "for the Royalty Period" is still a use.
    expect(undefinedOf(text)).toEqual(['Royalty Period']);
  });

  it('does not read a word inside a run-in heading that goes on after it as a term ("Consideration for the License to Harrow.")', () => {
    // Held-out zh (a US software settlement) was told its heading "Consideration for the License to Corvane." uses
    // "License" as if defined.
    const text = [
      'This Settlement and Patent Cross-License Agreement (this "Agreement") is made between Harrow Analytics, Inc. ("Harrow") and Quillon Software LLC ("Quillon").',
      '3.4 Consideration for the License to Harrow. The Parties acknowledge that the license granted to Harrow in Section 3.2 is royalty-free because the royalties under Section 5 were agreed as the balance of the licenses exchanged.',
      '3.5 Quillon shall pay the Transfer Fee for the license to Harrow.',
      '3.6 Payments into the Escrow Account to Harrow shall be made monthly.',
    ].join('\n\n');
    // near misses: in a sentence ("the Transfer Fee for the license"), and at a line's start with no heading's stop
    // after the Title Case words ("the Escrow Account to Harrow shall").
    expect(undefinedOf(text)).toEqual(['Transfer Fee', 'Escrow Account']);
  });

  it('does not read a run opened by a name as a term ("the Bluetooth Core Specification", with "Wi-Fi and Bluetooth chipsets" elsewhere)', () => {
    const text = [
      '1. Definitions',
      '1.1 "Standard" means (a) IEEE 802.11 and (b) the Bluetooth Core Specification, as published before the end of the term.',
      '1.2 "Field" means integrated circuits for Wi-Fi and Bluetooth connectivity (Wi-Fi, Bluetooth or both) and their firmware.',
      '1.3 Beta shall also meet the Reliability Requirements and the Withholding Certificate shall be delivered before payment.',
      '1.4 Alpha sells a valuable Promotion service, and Beta shall provide the Promotion Services.',
    ].join('\n\n');
    // "Reliability" and "Withholding" never stand alone; "Promotion" does once only (a slip, not a name).
    expect(undefinedOf(text)).toEqual(['Reliability Requirements', 'Withholding Certificate', 'Promotion Services']);
  });

  it('keeps "the Letter of Credit" and "the Statement of Work" as terms where "credit" and "work" are never written in lower case', () => {
    const text = [
      '1. Security',
      '1.1 Buyer shall deliver the Letter of Credit to Supplier before the first shipment and the Deed of Guarantee on signature.',
      '1.2 Supplier shall perform the services described in the Statement of Work and deliver the Certificate of Origin with each shipment.',
      '1.3 Each trial shall follow the Declaration of Helsinki.',
    ].join('\n\n');
    expect(undefinedOf(text)).toEqual(['Letter of Credit', 'Deed of Guarantee', 'Statement of Work', 'Certificate of Origin']);
  });
});

describe('unusedTerms', () => {
  it('lists defined terms with no use outside their own definition, at the first definition', () => {
    const text = [
      '1.1 "Net Sales" means gross amounts invoiced, provided that Net Sales exclude taxes.',
      '1.2 "Field" means consumer electronics.',
      '1.3 "AFFILIATE" means an entity under common control.',
      '1.4 "Licensed Products" means products made under this Agreement.',
      '1.5 "Cathode Active Material(s)" means the materials listed in Exhibit A.',
      '2.1 Each Affiliate may sell a Licensed Product in the Field and must supply Cathode Active Materials.',
    ].join('\n\n');
    const facts = factsOf(text);
    expect(facts.unusedTerms).toEqual([{ term: 'Net Sales', start: text.indexOf('Net Sales'), end: text.indexOf('Net Sales') + 9, clauseId: 'c1' }]);
  });

  it('reads a term defined in capitals in any case, preferring it to a shorter party name ("the VerticalNet Site")', () => {
    const text = [
      'This Agreement is made between VerticalNet, Inc. ("VerticalNet") and Neoforma.com, Inc. ("Neoforma").',
      '1.1 VERTICALNET SITE shall mean the web site operated by VerticalNet.',
      '1.2 PARTY shall mean VerticalNet or Neoforma (together, the "Parties").',
      '2.1 Each Party may link to the VerticalNet Site.',
    ].join('\n\n');
    const facts = factsOf(text);
    expect(facts.terms.get('VERTICALNET SITE')?.uses.map((u) => text.slice(u.start, u.end))).toEqual(['VerticalNet Site']);
    expect(facts.terms.get('PARTY')?.uses.map((u) => text.slice(u.start, u.end))).toEqual(['Party']);
    expect(facts.unusedTerms.map((u) => u.term)).toEqual(['Parties']);
  });

  it('does not list a rule for reading a lower-case word ("Including" means including without limitation), but does list an unused term like it', () => {
    const text = [
      '1.2 Interpretation. Headings are for convenience only. "Including" means including without limitation. "Or" means and/or.',
      '1.3 "Release" means a release of the Software that corrects errors. "Written" means in a signed document.',
      '2.1 Each party shall deliver the Software, including its documentation, or pay the fee.',
    ].join('\n\n');
    expect(factsOf(text).unusedTerms.map((u) => u.term)).toEqual(['Release', 'Written']);
  });

  it('does not list the reading rule with its reading quoted (\'"Including" means "including without limitation"\'), but does list an unused term defined so', () => {
    // Before, the quote before the reading hid it: a US standstill's interpretation clause reported "Including" unused.
    const text = [
      '8.10 Interpretation. The headings are for convenience only. "Including" means "including without limitation".',
      '8.11 "Release" means "a release of the Software that corrects errors".',
      '2.1 Each party shall deliver the Software, including its documentation.',
    ].join('\n\n');
    expect(factsOf(text).unusedTerms.map((u) => u.term)).toEqual(['Release']);
  });

  it('counts the uses of terms spelt with diacritics ("Scáth", "Scáth Patents"), and still lists one never used', () => {
    // Before, the scan read "Scáth" as the word "Sc" and the term was never found used: an Irish cross-licence between
    // Corrib and Scáth Sensors Teoranta reported its party's short name and "Scáth Patents" unused.
    const text = [
      'This Agreement is made between Corrib Medtech DAC ("Corrib") and Scáth Sensors Teoranta ("Scáth").',
      '1.1 "Scáth Patents" means the patents listed in Part 2 of Schedule 1. "Müller Know-How" means the know-how of Dr Müller.',
      '3.1 Scáth hereby grants to Corrib a non-exclusive licence under the Scáth Patents.',
    ].join('\n\n');
    expect(factsOf(text).unusedTerms.map((u) => u.term)).toEqual(['Müller Know-How']);
  });

  it('counts a use of a term spelt in another case ("BOARD" points to the "Board" defined and used elsewhere)', () => {
    const text = '1.1 "BOARD" is defined in Section 9.1.\n\n9.1 The parties shall form a joint board (the "Board").\n\n9.2 The Board shall meet quarterly.';
    expect(factsOf(text).unusedTerms).toEqual([]);
  });
});

describe('unusedTerms of terms ending in -y', () => {
  it('counts a plural in -ies as a use of the singular term ("Group Companies" of "Group Company")', () => {
    const text = '1.1 "Group Company" means any subsidiary or holding company of a party.\n\n1.2 "Licensed Territory" means France.\n\n4.2 The Assignor may sub-license its rights to its Group Companies.';
    expect(factsOf(text).unusedTerms.map((u) => u.term)).toEqual(['Licensed Territory']);
  });
});

describe('duplicateTerms', () => {
  it('reports a term defined twice with different words, anchored at the second definition', () => {
    const text = [
      '1.2 "Field" shall mean semiconductor memory devices.',
      '1.3 "Territory" means the United States of America.',
      '1.4 "Field" means consumer electronics.',
      '1.5 "Territory" means the United States of America.',
    ].join('\n\n');
    const facts = factsOf(text);
    const second = text.lastIndexOf('Field');
    expect(facts.duplicateTerms).toEqual([
      {
        term: 'Field',
        start: second,
        end: second + 5,
        clauseId: 'c3',
        definitions: [
          { start: text.indexOf('Field'), end: text.indexOf('Field') + 5, clauseId: 'c1', style: 'means' },
          { start: second, end: second + 5, clauseId: 'c3', style: 'means' },
        ],
      },
    ]);
  });

  it('does not report identical repeats, near-identical ones, or an inline definition restated by a definitions entry', () => {
    const text = [
      'This Agreement is made as of March 1, 2020 (the "Effective Date") between Acme Corp. ("Acme") and Beta Ltd. ("Beta").',
      'WHEREAS, the Principal has entered into that certain Crude Oil Sale and Purchase Agreement with STASCO (the "Offtake Agreement").',
      '1.1 "Effective Date" means the date first written above.',
      '1.2 "Offtake Agreement" means that certain Crude Oil Sale and Purchase Agreement between the Principal and STASCO dated 1 November 1999.',
      '1.3 "Contaminant" shall mean any pollutant, hazardous material, radioactive material and petroleum or petroleum by-products.',
      'SCHEDULE 2',
      '"Contaminant" shall mean any pollutant, hazardous material, radioactive material and pretroleum or petroleum by-products.',
      'FORM OF JOINDER. This Joinder is signed by Beta Ltd. ("Beta").',
    ].join('\n\n');
    expect(factsOf(text).duplicateTerms).toEqual([]);
  });

  it('reports an inline definition that a definitions entry contradicts, and ignores pointer entries', () => {
    const text = [
      'The licence covers the territory listed in Schedule 3 (the "Territory").',
      '1.1 "Territory" has the meaning set forth in the preamble.',
      '1.2 "Territory" means Canada and Mexico.',
    ].join('\n\n');
    const facts = factsOf(text);
    expect(facts.duplicateTerms.map((d) => [d.term, d.clauseId, d.definitions.map((x) => x.style)])).toEqual([['Territory', 'c3', ['inline', 'means']]]);
  });

  it('reports a broader redefinition whose words include all of the first one', () => {
    const text = [
      'Section 1.6 "Licensed Field" means mobile handsets, tablets and wearable electronic devices.',
      'Section 1.10 "Licensed Field" means consumer electronic devices of any kind, including mobile handsets, tablets, personal computers and televisions.',
    ].join('\n\n');
    expect(factsOf(text).duplicateTerms.map((d) => [d.term, d.clauseId])).toEqual([['Licensed Field', 'c2']]);
  });

  it('records a term stated twice in one clause once (no duplicate from its own clause)', () => {
    const text = '1.1 "Antibody" means a molecule comprising an immunoglobulin. "Antibody" shall include any fragment of such a molecule.';
    const facts = factsOf(text);
    expect(facts.definitions.map((d) => d.term)).toEqual(['Antibody']);
    expect(facts.duplicateTerms).toEqual([]);
  });
});

describe('definition forms behind the term status (CUAD)', () => {
  it.each<[string, string[]]>([
    ['"EVENT OF BANKRUPTCY" for any Person means (i) such Person files a petition in bankruptcy or insolvency.', ['EVENT OF BANKRUPTCY']],
    ['It shall not sell to any person or entity not a (A) party to this Agreement (any person or entity not set forth in clauses (A)-(D) shall be referred to as a "Third Party"), that would result in such Third Party owning more than 4.9%.', ['Third Party']],
    ['The ValueAct Designee shall satisfy the requirements of the Delaware General Corporation Law (clauses (i) and (ii), the "Conditions").', ['Conditions']],
    ['Version 1 of the regulations applies for these purposes. 2.1.34 Inspected Crude: means the Crude Oil treated and dehydrated.', ['Inspected Crude']],
    ['1.3 Acceptance Period - the period commencing on the Installation Date and continuing for the number of days specified in each Product License Schedule.', ['Acceptance Period']],
    ['1.43 TERM shall mean the Initial Term and any Renewal Terms.', ['TERM']],
  ])('%s', (sentence, terms) => {
    expect(factsOf(sentence).definitions.map((d) => d.term)).toEqual(terms);
  });

  it('ends a definition at the semicolon that starts the next entry of a run-on list', () => {
    const text = '(dd) "SEC" means the United States Securities and Exchange Commission; (ee) "SEDAR" means the System for Electronic Document Analysis and Retrieval;';
    expect(factsOf(text).terms.get('SEC')?.definitions.map((d) => d.text)).toEqual(['"SEC" means the United States Securities and Exchange Commission;']);
  });
});

describe('undefinedTerms with definition lists written without quotes', () => {
  it('counts an unquoted list entry ("Paying Agent. Bank ...") as the definition of the term it heads', () => {
    const text = [
      'NOTE PURCHASE AGREEMENT',
      'DEFINITIONS     Indenture. The indenture between the Company and the Trustee dated March 1, 2012.     Paying Agent. Bank, National Association or its successors or assigns.',
      '3. Payments',
      '3.1 The Company shall direct the Paying Agent to make the Scheduled Payments under the Indenture, and shall deposit the Reserve Amount with the Paying Agent.',
    ].join('\n\n');
    const terms = undefinedOf(text);
    expect(terms).not.toContain('Paying Agent');
    // A term that no entry heads is still reported.
    expect(terms).toContain('Scheduled Payments');
  });

  it('counts a cover label of two words or more followed by figures ("Effective Date: 1 January 2027") as a definition, not one word ("Date: 12/30/97")', () => {
    const body = '2.5 Each party releases the other from all claims arising from sales of Licensed Products before the Effective Date.';
    expect(undefinedOf(`SEP CROSS-LICENSE AGREEMENT\n\nEffective Date: 1 January 2027\n\n${body}`)).not.toContain('Effective Date');
    // Near miss: a signature block's one-word label names no term, and a run ending in its word stays undefined.
    expect(undefinedOf(`SEP CROSS-LICENSE AGREEMENT\n\n${body}\n\nBy: J. Smith\n\nDate: 12/30/97`)).toContain('Effective Date');
  });

  it('reads "the Deed" as the instrument itself when the document calls itself "this Deed" ("THIS DEED is dated")', () => {
    const body = '1.1 "Assigned Patents" means the patents listed in Schedule 1.\n\nTHIS CONFIRMATORY ASSIGNMENT is made between the Assignor and the Assignee named in the Deed of Patent Assignment and Licence-Back between them. By the Deed the Assignor assigned to the Assignee all its right, title and interest in the Assigned Patents. Its terms shall not enlarge or reduce the rights of the parties under the Deed.\n\nExecuted as a deed by the Assignor.';
    expect(undefinedOf(`DEED OF PATENT ASSIGNMENT\n\nTHIS DEED is dated 1 May 2026.\n\n${body}`)).not.toContain('Deed');
    // Near miss: without the self-reference, the bare "Deed" ("deed" is written in lower case too) is still reported.
    expect(undefinedOf(`PATENT ASSIGNMENT\n\nThis assignment is dated 1 May 2026.\n\n${body}`)).toContain('Deed');
  });

  it('reads a numbered run-in heading with the small words of a title as a heading, not a use', () => {
    const text = '13. Termination\n\n13.3 Termination as a Result of Bankruptcy. Each Party may terminate this Agreement upon the filing of a petition in bankruptcy by the other Party.\n\n13.4 Rights upon an Early Expiry. The Distributor shall return the Demonstration Units.';
    const terms = undefinedOf(text);
    expect(terms).not.toContain('Result of Bankruptcy');
    expect(terms).not.toContain('Early Expiry');
    expect(terms).toContain('Demonstration Units');
  });

  it('does not read a person named with a degree or suffix as a term ("said Jayson Dallas, M.D.")', () => {
    const text = '1. Press Release\n\n1.1 The press release shall read: "We are pleased," said Jayson Dallas, M.D., President of Acme. "So are we," said Bassil Dahiyat, Ph.D., President of Beta. It shall follow the Launch Plan.';
    const terms = undefinedOf(text);
    expect(terms).not.toContain('Jayson Dallas');
    expect(terms).not.toContain('Bassil Dahiyat');
    expect(terms).toContain('Launch Plan');
  });

  it('reads a short Title Case line ending with a full stop as a heading, not a use', () => {
    const text = '3. Capacity\n\n3.11.2 Modifications in the Long Term.\n\nThe Transporter may modify the Transportation Capacity once a year.\n\n3.12 The Sender shall deliver the Monthly Forecast to the Transporter.';
    const terms = undefinedOf(text);
    expect(terms).not.toContain('Long Term');
    expect(terms).toContain('Monthly Forecast');
  });
});

describe('unusedTerms: spellings one definition gives together', () => {
  const unusedOf = (text: string): string[] => factsOf(text).unusedTerms.map((u) => u.term);

  it('a term glossed in another language or given two spellings is used when either spelling is', () => {
    const text = [
      '1.1 "Affiliate" ("Afiliada") means any entity that controls or is controlled by a Party.',
      '1.2 "Good Laboratory Practices" or "GLP" means the rules of 21 C.F.R. Part 58.',
      '2.1 Each Party and its Affiliates shall perform all studies in compliance with GLP.',
    ].join('\n\n');
    expect(unusedOf(text)).toEqual([]);
  });

  it('near miss: both spellings unused are still reported, and so is a term defined in a definition of its own', () => {
    const text = [
      '1.1 "Mexican Plant" ("Planta Mexicana") means the plant in El Marqués.',
      '1.2 "Affiliate" means any entity that controls a Party. "Subsidiary" means an entity that a Party controls.',
      '2.1 Each Party and its Affiliates shall comply with the law.',
    ].join('\n\n');
    expect(unusedOf(text)).toEqual(['Mexican Plant', 'Planta Mexicana', 'Subsidiary']);
  });
});

describe('undefinedTerms: a term before the comma that ends a condition', () => {
  // p-settlement: "If Teliqa undergoes a Change of Control, Norvane may terminate ..." where only "Control" is defined.
  // ", Norvane may" was read as a name going on with a person's title ("said Jayson Dallas, President and CEO"), so the
  // use was passed over and the term, met once otherwise, was not reported.
  const text = (sentence: string) => [
    'PATENT CROSS-LICENSE AGREEMENT',
    'This Agreement is made between Norvane Semiconductor Corp. ("Norvane") and Teliqa Systems Inc. ("Teliqa").',
    '1. Definitions',
    '1.1 "Control" means ownership of more than fifty percent (50%) of the voting securities of an entity.',
    '5. Termination',
    `5.4 Change of Control. ${sentence}`,
  ].join('\n\n');

  it('reports the term where the main clause opens with a party and a modal', () => {
    expect(undefinedOf(text('If Teliqa undergoes a Change of Control, Norvane may terminate the licenses granted to Teliqa upon written notice.'))).toEqual(['Change of Control']);
  });

  it('near miss: a title after a name stays part of the name ("Jayson Dallas, President and CEO")', () => {
    expect(undefinedOf(text('Notices to Norvane go to Jayson Dallas, President and CEO of Norvane.'))).toEqual([]);
  });
});

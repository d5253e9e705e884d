// A sentence broken by a page break goes on in the next paragraph. A lower-case word after the break said so; a capital
// (a name, a defined term) did not, so '... all Products sold to the' / page break / 'Customer hereunder, ...' was a
// paragraph of its own under 2.6, and the messages named it 'the paragraph at line 109 of Section 2.6' (CUAD BIOPURE).
// A written exhibit of the same shape always runs; BIOPURE itself where the corpus is.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { clauseLabel } from '../../src/rules/context.js';
import { tree } from './helpers.js';

const CUAD = '../shared/corpus/cuad-dev/contracts';

// An agency agreement filed as an exhibit, as BIOPURE's text reads: one indented line a paragraph, centred page numbers
// ('-5-'), a footnote mark glued to a page's last line ('further    8'), and a warranty broken by a page after 'to the'
// with blank lines where the page ended and a capital after it.
const AGENCY = [
  '                                                                    EXHIBIT 10.7',
  '',
  '                      HALVERN VETERINARY                        DISTRIBUTION AGENCY AGREEMENT',
  '',
  '   This Agency Agreement is made as of June 2, 2003, by and between Halvern Veterinary Inc., a Minnesota corporation (the "Company"), and the agent named on the signature page hereof (the "Agent").',
  '',
  '   WHEREAS, the Company manufactures and sells Equiflex(R) brand joint supplements ("Products"); and',
  '',
  '   WHEREAS, the Agent wishes to promote and sell the Products to licensed equine practitioners (the "Customers") on the terms provided herein;',
  '',
  '   NOW, THEREFORE, in consideration of the mutual promises contained herein, the parties hereby agree as follows:',
  '',
  '                      1. APPOINTMENT.',
  '',
  '   1.1. Appointment. The Company hereby appoints the Agent as a non-exclusive agent for the promotion and sale of the Products to Customers in the States of Minnesota, Iowa and Wisconsin (the "Territory").',
  '',
  '   1.2. Sub-agents. The Agent shall not appoint any sub-agent without the prior written consent of the Company.',
  '',
  '                                    -5-',
  '',
  '                      2. PRODUCTS PURCHASE AND SALE.',
  '',
  '   2.1. Orders. Each order for Products taken by the Agent from a Customer will be subject to acceptance by the Company and will not be binding upon the Company unless and until so accepted.',
  '',
  '   2.2. Prices. Prices for the Products will be as set forth on the price list attached hereto as Exhibit A.',
  '',
  '   2.3. Warranty. The Company hereby warrants that all Products sold to the',
  '',
  '',
  '',
  '',
  '',
  'Customer hereunder, at the time of shipment to the Customer, (a) will conform to the label claims; and (b) will have a remaining shelf life of at least nine (9) months. The Company further    8',
  '',
  '                                    -6-',
  '',
  "warrants that the Products have been manufactured, labelled and packaged, and while in the Company's possession or under its control have been stored and shipped, in compliance with all applicable federal and state laws and the regulations of the Center for Veterinary Medicine. The Customer's exclusive remedy for a breach of any of the foregoing warranties will be the replacement, at the delivery point, freight prepaid, of any Product furnished hereunder that fails to meet the foregoing standards. In no event will the Company be liable for incidental or consequential damages. All claims by the Customer or the Agent under this Paragraph 2.3 must be submitted in accordance with the Company's published returns bulletin, as it may be amended by the Company from time to time and furnished to the Agent.",
  '',
  '   THE COMPANY MAKES NO WARRANTIES OF MERCHANTABILITY OR FITNESS FOR A PARTICULAR PURPOSE OR ANY OTHER WARRANTIES RELATING TO THE PRODUCTS, WHETHER EXPRESS OR IMPLIED, OTHER THAN THE WARRANTIES EXPRESSLY SET FORTH IN THIS PARAGRAPH 2.3. NO WARRANTY IS GIVEN BY THE AGENT.    7',
  '',
  '                      3. TERM.',
  '',
  '   3.1. Term. This Agreement shall continue for two (2) years from the date first written above.',
  '',
].join('\n');

/**
 * The label the messages give the leaf that holds `sentence` in `text`, after checking that the words after the page
 * break ('Customer hereunder, ...') open no clause of their own.
 */
function labelOfBrokenParagraph(text: string, sentence: string): string {
  const a = analyze(sourceFromText(text, 'a.txt', 'text'));
  const clauseOf = (id: string) => a.tree.clauses.find((c) => c.id === id);
  expect(a.tree.clauses.filter((c) => text.startsWith('Customer hereunder', c.start))).toEqual([]);
  const at = text.indexOf(sentence);
  const leaf = a.tree.clauses.filter((c) => c.start <= at && at < c.end && c.children.length === 0)[0];
  return clauseLabel(leaf, clauseOf, ['Paragraph', 'Paragraph']);
}

describe('a sentence broken by a page break before a capital', () => {
  it('goes on after a word no sentence ends on (the, of, to, by ...): the message names Paragraph 2.3 (an exhibit of that shape)', () => {
    expect(labelOfBrokenParagraph(AGENCY, 'All claims by the Customer or the Agent')).toBe('Paragraph 2.3 (Warranty)');
  });

  // The CUAD dev agreement itself, where it is (scripts and tests read the corpus from ../shared and skip without it).
  const biopure = existsSync(CUAD) ? readdirSync(CUAD).find((f) => f.startsWith('BIOPURECORP_06_30_1999')) : undefined;
  it.skipIf(biopure === undefined)('goes on after a word no sentence ends on (the, of, to, by ...): the message names Paragraph 2.6', () => {
    const text = readFileSync(`${CUAD}/${biopure as string}`, 'utf8');
    expect(labelOfBrokenParagraph(text, 'All claims by the Customer and/or Agent')).toBe('Paragraph 2.6 (Warranty)');
  });

  it("keeps apart a recital after '; and', a heading after 'the', and a legend set inside the broken sentence (near misses)", () => {
    const recitals = 'WHEREAS, Acme makes sensors; and\n\nWHEREAS, Beta sells them to the\n\nAUTOMOTIVE MARKET\n\nNOW, THEREFORE, the parties agree as follows:\n\n1. Grant. Acme grants Beta a licence.\n';
    const t = tree(recitals);
    const starts = t.clauses.map((c) => recitals.slice(c.start, c.start + 12));
    expect(starts).toContain('WHEREAS, Bet');
    expect(starts).toContain('AUTOMOTIVE M');
    const legend = 'Portions of this Exhibit were omitted and have been filed separately with the Commission.';
    const split = `1. Reports. The report shall also set forth the amount of any\n\n${legend}\n\ncosts incurred by the Agent.\n\n` +
      'THE AGENT MAKES NO OTHER STATEMENT OF ACCOUNT.\n\n2. Term. This Agreement runs for two years.\n';
    const s = tree(split);
    expect(s.clauses.some((c) => split.slice(c.start, c.end).startsWith('Portions of this Exhibit'))).toBe(true);
  });
});

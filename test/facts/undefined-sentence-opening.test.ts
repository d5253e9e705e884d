// precision/undefined-term: a run of capitalised words that opens a sentence as its subject ("Covered Distributions made
// before a Member's Effective Date are governed by ...") is used as a term, though no determiner comes before it; the
// ordinary capitals of a sentence's first word ("Notwithstanding Section 4", "Each Party shall", "Following Completion
// the Buyer shall") and a heading run into its text are not.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = ['Agreement', 'Member', 'Effective Date', 'Patents']) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

const ENTIRE = "12.6 Entire agreement. This Agreement is the entire agreement between the Parties about its subject matter. Covered Distributions made before a Member's Effective Date are governed by Section 2.3 only.\n";

describe('undefined terms: a run that opens a sentence', () => {
  it('reports a participle and a noun opening a sentence, after a full stop or an item number', () => {
    expect(terms(ENTIRE)).toEqual(['Covered Distributions']);
    expect(terms('4.2 Excluded Products shall not carry the Patents marking, and each Member shall remove it within ninety days.\n')).toEqual(['Excluded Products']);
  });

  it('reports a run that opens two sentences and whose last word is a common noun', () => {
    const text = '5.1 Each Member shall pay the fees of Schedule 1. Licence Fees are due within thirty days of invoice.\n\n5.2 Licence Fees paid are not refundable. Late fees bear interest.\n';
    expect(terms(text)).toEqual(['Licence Fees']);
  });

  it('counts the use at the sentence start as the first use of a term also used after a determiner', () => {
    const text = '3.1 Joint Results shall be owned jointly by the Members.\n\n3.2 Each Member may use the Joint Results for any purpose.\n';
    const found = findUndefinedTerms(text, ['Member'], [], locate);
    expect(found.map((t) => [t.term, t.start, t.uses])).toEqual([['Joint Results', 4, 2]]);
  });

  it('near miss: ordinary capitals of a sentence opener, a defined term, a party or a document part', () => {
    expect(terms('4.1 Notwithstanding Section 2, each Member keeps its Patents. Each Member shall mark its products.\n')).toEqual([]);
    expect(terms('4.1 Following Completion the Member shall mark its products. Subject Matter shall mean the products.\n')).toEqual([]);
    expect(terms('4.1 Licensed Products shall be marked.\n', ['Licensed Products'])).toEqual([]);
    expect(terms('4.1 Additional Licensed Products shall be marked by each Member.\n', ['Licensed Products', 'Member'])).toEqual([]);
  });

  it('near miss: a figure defined by how it is computed, after its first use', () => {
    const text = '3.1 At the close of each calendar quarter, the Member will determine the Average Daily Assets held in the Funds. Average Daily Assets shall be the sum of the daily assets for each calendar day in the quarter divided by the number of days in the quarter.\n';
    expect(terms(text)).toEqual([]);
    // A sentence that gives the run an owner, not a meaning, defines nothing.
    expect(terms('3.1 Joint Results shall be the property of both Members.\n\n3.2 Each Member may use the Joint Results.\n')).toEqual(['Joint Results']);
  });

  it('near miss: a run defined by its verb, unquoted', () => {
    expect(terms('1.4 Net Sales means the gross amount invoiced for products, less returns. Royalties on Net Sales are due quarterly.\n')).toEqual([]);
    expect(terms('1.5 Additional Work shall be defined as any revision requested after approval. Additional Work is billed at cost.\n')).toEqual([]);
  });

  it('near miss: a heading run into its text, or a row of a list', () => {
    expect(terms('7.2 Partial Termination by Alpha. Except as provided in a Schedule, Alpha may withdraw a service.\n')).toEqual([]);
    expect(terms('2.2 Restrictions Licensee may not sublicense. Licensee shall keep records, and Licensee shall report yearly.\n')).toEqual([]);
    expect(terms('9. Services\n\nCard Personalization with no re-issue\n\nStaff Training at the vendor\n')).toEqual([]);
  });

  it('near miss: a run met once that names a person or makes a notice', () => {
    expect(terms('Confidential Materials omitted and filed separately with the Commission.\n\n1. The Member shall mark its products.\n')).toEqual([]);
    expect(terms('8.1 Jane Doe will act as the Member contact. Notices go to her.\n')).toEqual([]);
  });

  it('reports a run met once whose words are common words, written in lower case elsewhere, before a modal or be', () => {
    const text = '2.1 The licence granted under this clause is personal to each Member. Licence Fees are due within thirty days of invoice, and unpaid fees bear interest at two percent a month.\n';
    expect(terms(text)).toEqual(['Licence Fees']);
  });

  it('near miss: a run met once that the text also writes in lower case, or before a participle, or of a word never in lower case', () => {
    expect(terms('2.1 The licence fees of Schedule 1 are fixed. Licence Fees are due within thirty days of invoice, and unpaid fees bear interest.\n')).toEqual([]);
    expect(terms('2.1 Licence Fees invoiced late are due within sixty days. The licence granted is personal, and no other fees apply.\n')).toEqual([]);
    expect(terms('2.1 Harbour Freight will collect the goods at the port. The freight is paid by each Member.\n')).toEqual([]);
  });

  it('reports a run met once inside a paragraph, after a full stop, though its last word is a subject elsewhere', () => {
    // "Licence Fees" follows a sentence's full stop, where no heading stands: "the Fees shall" elsewhere makes it no heading run in.
    const text = '2.1 The licence granted under this clause is personal to each Member. Licence Fees are due within thirty days of invoice, and unpaid fees bear interest.\n\n2.2 The Fees shall be paid in euro.\n';
    expect(terms(text, ['Agreement', 'Member'])).toContain('Licence Fees');
  });

  it('near miss: a heading run into its subject without a stop, the subject a term of its own elsewhere', () => {
    // "Reserved Rights Licensor shall retain": the heading "Reserved Rights", then "Licensor", the subject of "The Licensor may".
    expect(terms('3.4 Reserved Rights Licensor shall retain all rights not expressly granted. The Licensor may license them to others.\n', ['Agreement'])).toEqual([]);
    // After emphasis and an item number, or after a gap where EDGAR joined the heading's line to its text.
    expect(terms('**3.4** Reserved Rights Licensor shall retain all rights not expressly granted. The Licensor may license them to others.\n', ['Agreement'])).toEqual([]);
    expect(terms('the rights above.     Reserved Rights Licensor shall retain all rights not expressly granted. The Licensor may license them to others.\n', ['Agreement'])).toEqual([]);
    // Met once, its words in lower case elsewhere: a term but for the heading ("the Licensee", undefined here, is one).
    const audit = '2.2 Audit Rights Licensee shall keep complete records for three years. The Licensee shall permit one audit a year. No sublicensee or other licensee may waive these rights.\n';
    expect(terms(audit, ['Agreement'])).toEqual(['Licensee']);
    // Close wording, still a term: its last word is used after a determiner but is no subject there ("any Receivables in default").
    const receivable = '3.13 Accounts Receivable are classified by age and reviewed each month by the finance team. Any Receivables in default bear interest; overdue accounts are reported, and no receivable is written off without approval.\n';
    expect(terms(receivable, ['Agreement'])).toContain('Accounts Receivable');
  });
});

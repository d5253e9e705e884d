import { describe, expect, it } from 'vitest';
import { runInHeading } from '../../src/tag/headings.js';

describe('run-in headings', () => {
  it('reads a heading ended by a full stop, a colon or a spaced dash', () => {
    expect(runInHeading('12.3 Governing Law. This Agreement shall be governed by the laws of New York.')).toBe('Governing Law');
    expect(runInHeading('Confidentiality: Each party shall keep the terms of this Agreement confidential.')).toBe('Confidentiality');
    expect(runInHeading('Exclusivity - \nDistributor shall not sell competing products.')).toBe('Exclusivity');
    expect(runInHeading('Term \u2013 \nThis Agreement runs for five years.')).toBe('Term');
    // The section keyword as drafters capitalise it (the pattern is case-sensitive: its heading starts upper case).
    expect(runInHeading('Section 12.1. Escalation. Any disagreement shall first be referred to senior executives.')).toBe('Escalation');
    expect(runInHeading('SECTION 4.2 Sublicenses. Licensee may grant sublicenses with consent.')).toBe('Sublicenses');
    expect(runInHeading('Article 9 Confidentiality. Each party shall keep the terms confidential.')).toBe('Confidentiality');
    // An upper-case roman numeral after the keyword, and the abbreviation 'Sec.'; without a keyword no numeral is read.
    expect(runInHeading('ARTICLE IV. Confidentiality. Each party shall keep the terms confidential.')).toBe('Confidentiality');
    expect(runInHeading('Article XI Limitation of Liability. Neither party shall be liable for indirect loss.')).toBe('Limitation of Liability');
    expect(runInHeading('Sec. 4.2 Sublicenses. Licensee may grant sublicenses with consent.')).toBe('Sublicenses');
    expect(runInHeading('CIVIL LIABILITY. Each party is liable for its own acts.')).toBe('CIVIL LIABILITY');
  });
  it('finds none in an opening without such an end, or where a sentence starts', () => {
    expect(runInHeading('Licensee shall pay the royalties set out in Exhibit B within thirty days after the end of each calendar quarter of each year')).toBeNull();
    // The dash needs whitespace on both sides and after: folded spaces leave one.
    expect(runInHeading('Term \u2013  This Agreement runs for five years.')).toBeNull();
    expect(runInHeading('The Company. This is a sentence.')).toBeNull();
    expect(runInHeading('Section 12.1 of the Credit Agreement. The Borrower shall repay the loan.')).toBeNull();
  });
});

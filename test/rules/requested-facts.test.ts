// The selecting facts the precision pack asked for (rules-requests.md): thin reads of the facts stage, one match per
// problem, with the sentence around it as evidence and the detail that message templates show as {{detail}}.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { computeFact, DocumentContext, type ClauseMatch } from '../../src/rules/context.js';
import { Condition } from '../../src/rules/schema.js';
import { excerpt } from '../../src/rules/patterns.js';

const AGREEMENT = `# PATENT CROSS-LICENSE AGREEMENT

This Patent Cross-License Agreement is made between Alpha Devices Inc. ("Alpha") and Beta Systems Ltd. ("Beta").

## 1. Definitions

1.1 "Licensed Patents" means the patents listed in Schedule A.

1.2 "Territory" means the United States of America.

1.3 "Field" means mobile telephones and tablets.

1.4 "Affiliate" means any entity controlling a Party.

## 2. Grants

2.1 Alpha hereby grants to Beta a non-exclusive, royalty-free licence under the Licensed Patents in the Territory.

2.2 Beta hereby grants to Alpha a licence under its patents in the Territory.

## 3. Payments

3.1 Beta shall pay the fee within five (6) business days of the invoice, and shall use reasonable efforts to report promptly and/or as soon as practicable.

3.2 Payments are subject to the Withholding Certificate delivered under Section 9.3, and to Section 2.1.

3.3 For the purposes of this Section 3, "Territory" means the United States and Canada.
`;

const ctx = new DocumentContext(analyze(sourceFromText(AGREEMENT, 'xl.md')));
const fact = (name: string, params: Record<string, unknown> = {}) => computeFact(ctx, name, params) as ClauseMatch[];
const numberOf = (m: ClauseMatch) => ctx.clause(m.clauseId)?.number;

describe('requested selecting facts', () => {
  it('crossReferences: dangling and resolved references, at the reference, with the reference as detail', () => {
    const dangling = fact('crossReferences', { resolved: false });
    expect(dangling.map((m) => m.detail)).toContain('Section 9.3');
    const d = dangling.find((m) => m.detail === 'Section 9.3') as ClauseMatch;
    expect(AGREEMENT.slice(d.start, d.end)).toContain('Section 9.3');
    expect(d.evidence).toBe('Payments are subject to the Withholding Certificate delivered under Section 9.3, and to Section 2.1.');
    const resolved = fact('crossReferences', { resolved: true }).map((m) => m.detail);
    expect(resolved).toContain('Section 2.1');
    expect(resolved).not.toContain('Section 9.3');
  });

  it('numberMismatches: words and figures that disagree', () => {
    const [m, ...rest] = fact('numberMismatches');
    expect(rest).toHaveLength(0);
    expect(m?.detail).toMatch(/5 in words, 6 in figures$/);
    expect(numberOf(m as ClauseMatch)).toMatch(/^3\.1/);
  });

  it('numberMismatches: large amounts with their thousands marked, small numbers as written', () => {
    // "7000000 in words, 7500000 in figures" made counsel count digits (failed before).
    const big = new DocumentContext(analyze(sourceFromText('## 3. Royalty\n\n3.2 The minimum royalty is INR 75,00,000 (Rupees Seventy Lakh only) and the fee USD 12,000 (Twelve Thousand Dollars) each year, within five (6) days.\n', 'big.md')));
    expect((computeFact(big, 'numberMismatches', {}) as ClauseMatch[]).map((m) => (m.detail ?? '').replace(/^.*: /, ''))).toEqual(['7,000,000 in words, 7,500,000 in figures', '5 in words, 6 in figures']);
  });

  it('mentions: one match per clause listing the distinct words, lower-cased, in order of first appearance', () => {
    const vague = fact('mentions', { pattern: '\\breasonabl[ey]\\b|\\bpromptly\\b|\\band/or\\b|\\bas soon as practicable\\b' });
    expect(vague).toHaveLength(1);
    expect(vague[0]?.detail).toBe('reasonable, promptly, and/or, as soon as practicable');
    expect(AGREEMENT.slice(vague[0]?.start ?? 0).startsWith('Beta shall pay')).toBe(true);
    // Restricted by a clause query: the grant clauses only.
    expect(fact('mentions', { pattern: 'territory', query: { text: 'hereby grants' } }).map((m) => [numberOf(m), m.detail])).toEqual([
      ['2.1', 'territory'],
      ['2.2', 'territory'],
    ]);
    // Case-sensitive: "Territory" the defined term, not "territory".
    expect(fact('mentions', { pattern: 'territory', matchCase: true })).toHaveLength(0);
  });

  it('grantsMissing: a grant that leaves an attribute unstated, with its direction', () => {
    const missing = fact('grantsMissing', { attribute: 'exclusivity' });
    expect(missing.map((m) => m.detail)).toEqual(['Beta → Alpha']);
    expect(numberOf(missing[0] as ClauseMatch)).toBe('2.2');
    expect(fact('grantsMissing', { attribute: 'territory' })).toEqual([]);
  });

  it('grantsMissing: quotes the grant itself when the text breaks its lines, not the first sentence of the clause', () => {
    const text = 'This Agreement is made between Alpha Devices Inc. ("Alpha") and Beta Systems Ltd. ("Beta").\n\n## 13. Licenses\n\nTitle to the Loaned Items remains with Alpha.   For Loaned Programs,\n      Alpha grants Beta a licence to use, store and copy the\n      Loaned Programs to support the Services.';
    const local = new DocumentContext(analyze(sourceFromText(text, 'loan.md')));
    const [missing] = computeFact(local, 'grantsMissing', { attribute: 'exclusivity' }) as ClauseMatch[];
    expect(missing?.evidence).toBe('For Loaned Programs, Alpha grants Beta a licence to use, store and copy the Loaned Programs to support the Services.');
    expect(text.slice(missing?.start, missing?.start === undefined ? 0 : missing.start + 3)).toBe('For');
  });

  it('definedTerms: unused, duplicate and undefined terms from the facts stage', () => {
    expect(fact('definedTerms', { status: 'unused' }).map((m) => m.detail)).toEqual(expect.arrayContaining(['Field', 'Affiliate']));
    const dup = fact('definedTerms', { status: 'duplicate' });
    expect(dup.map((m) => m.detail)).toEqual(['"Territory" (also defined in Section 1.2)']);
    expect(numberOf(dup[0] as ClauseMatch)).toBe('3.3');
    expect(fact('definedTerms', { status: 'undefined' }).map((m) => m.detail)).toContain('"Withholding Certificate"');
  });

  it('validates the params of each new fact at load', () => {
    const ok = (c: unknown) => Condition.safeParse(c).success;
    expect(ok({ fact: 'definedTerms', params: { status: 'unused' }, operator: 'nonEmpty', value: true })).toBe(true);
    expect(ok({ fact: 'definedTerms', params: { status: 'missing' }, operator: 'nonEmpty', value: true })).toBe(false);
    expect(ok({ fact: 'crossReferences', params: {}, operator: 'nonEmpty', value: true })).toBe(false);
    expect(ok({ fact: 'mentions', params: { pattern: '(a+)+$' }, operator: 'nonEmpty', value: true })).toBe(false);
    expect(ok({ fact: 'grantsMissing', params: { attribute: 'colour' }, operator: 'nonEmpty', value: true })).toBe(false);
    expect(ok({ fact: 'numberMismatches', operator: 'countAtLeast', value: 1 })).toBe(true);
  });
});

describe('observations fixed', () => {
  it('definitions() counts a definition once, not once from the facts stage and again from the text', () => {
    expect(fact('definitions', { term: 'Licensed Patents' })).toHaveLength(1);
    expect(fact('definitions', { term: 'Territory' })).toHaveLength(2);
  });

  it('excerpt() never ends inside a word: a long sentence is cut between words and marked', () => {
    const sentence = `Licensee shall ${'use commercially reasonable efforts and '.repeat(6)}pay the royalty in good faith.`;
    const { evidence } = excerpt(sentence, 9, 14);
    expect(evidence.endsWith('…')).toBe(true);
    const words = evidence.slice(0, -1).split(' ');
    expect(sentence.split(/\s+/)).toEqual(expect.arrayContaining(words));
    expect(excerpt('It is due on the Effective Date. Next.', 3, 6).evidence).toBe('It is due on the Effective Date.');
  });

  it('excerpt() does not end a sentence at an abbreviation: "Inc. (", "U.S. tax", "35 U.S.C. § 287", "No. 5"', () => {
    const text = 'This Agreement is made between Alpha Devices Inc. ("Alpha") and Beta Systems Ltd. ("Beta"). Beta shall mark the products as required by 35 U.S.C. § 287 and pay any U.S. tax on them. Payments are due under Purchase Order No. 5 of Alpha. Late payments bear interest.';
    const at = (s: string) => text.indexOf(s);
    expect(excerpt(text, at('Beta Systems'), at('Beta Systems') + 4).evidence).toBe('This Agreement is made between Alpha Devices Inc. ("Alpha") and Beta Systems Ltd. ("Beta").');
    expect(excerpt(text, at('mark'), at('mark') + 4).evidence).toBe('Beta shall mark the products as required by 35 U.S.C. § 287 and pay any U.S. tax on them.');
    expect(excerpt(text, at('Payments'), at('Payments') + 8).evidence).toBe('Payments are due under Purchase Order No. 5 of Alpha.');
    // A capital after "Inc." may open the next sentence, and then it does.
    expect(excerpt('The supplier is Acme Inc. The buyer is Beta.', 4, 12).evidence).toBe('The supplier is Acme Inc.');
  });

  it('excerpt() ends a sentence at "no." before a word, and runs on past any single letters with dots ("F.E.R.C.")', () => {
    const text = 'Licensee acknowledges that there is no. Licensee shall not contest the Licensed Patents. The Tariff means Carrier\'s F.E.R.C. Tariff No. 1.0.0 as approved by the U.S. Department of Energy. Royalties are due at 5:00 p.m. Eastern Time. Payments go to Mr. John Q. Public of Acme Co. Ltd. in London.';
    const at = (s: string) => text.indexOf(s);
    expect(excerpt(text, at('contest'), at('contest') + 7).evidence).toBe('Licensee shall not contest the Licensed Patents.');
    expect(excerpt(text, at('Tariff means'), at('Tariff means') + 6).evidence).toBe('The Tariff means Carrier\'s F.E.R.C. Tariff No. 1.0.0 as approved by the U.S. Department of Energy.');
    expect(excerpt(text, at('Royalties'), at('Royalties') + 9).evidence).toBe('Royalties are due at 5:00 p.m. Eastern Time.');
    expect(excerpt(text, at('Payments go'), at('Payments go') + 8).evidence).toBe('Payments go to Mr. John Q. Public of Acme Co. Ltd. in London.');
  });
});

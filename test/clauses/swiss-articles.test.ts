// Swiss and continental drafting: articles headed "Art. 7 Payment", their sections "7.1", lettered items "a)", and the
// annexes before the signatures in mixed case ("Annex 1 Licensed patents"). Before, "Art. 7" was no clause number (the
// sections sat at the top level and the last one held the annexes and signatures), and a mixed-case annex heading before
// the signatures started no schedule, so every "Annex 1" in the body dangled.
import { describe, expect, it } from 'vitest';
import { outline, tree } from './helpers.js';

const SWISS = [
  'LICENCE AGREEMENT',
  'between Alpha AG ("Alpha") and Beta Ltd. ("Beta")',
  'Art. 1 Definitions',
  '1.1 "Patents" means the patents listed in Annex 1.',
  'Art. 2 Licence',
  '2.1 Alpha grants Beta a non-exclusive licence under the Patents.',
  '2.2 Beta shall pay CHF 100\'000.-- within thirty (30) days.',
  'Annex 1 Licensed patents',
  'EP 3 912 448 B1, Instrument drive unit',
  'Zurich, 1 March 2026',
  'Alpha AG',
].join('\n\n');

describe('Swiss articles and annexes', () => {
  it('reads "Art. 2 Licence" as an article that holds its sections, and a referred annex as a schedule', () => {
    const lines = outline(tree(SWISS));
    expect(lines).toContain('1 article Art. 1 {Definitions}');
    expect(lines).toContain('1 article Art. 2 {Licence}');
    expect(lines).toContain('2 section 2.1');
    expect(lines).toContain('1 schedule Annex 1 {Licensed patents}');
  });

  it('starts no schedule at a list of the annexes before the signatures, nor at an annex the body never names (near miss)', () => {
    const list = SWISS.replace('Annex 1 Licensed patents', 'Annex 1 Licensed patents\n\nAnnex 2 Know-how documentation');
    expect(outline(tree(list)).filter((l) => l.includes('schedule'))).toEqual([]);
    const unnamed = SWISS.replace('listed in Annex 1', 'listed below');
    expect(outline(tree(unnamed)).filter((l) => l.includes('schedule'))).toEqual([]);
  });
  it('starts no schedule at one annex named in the body: after a lead-in, or before a section that goes on with the body (near miss)', () => {
    // Before: 'Annex 1 Licensed patents' in Art. 2 started a schedule that took in 2.3, Art. 3 and every article after it
    const body = (annexLine: string, after: string) =>
      SWISS.replace("2.2 Beta shall pay CHF 100'000.-- within thirty (30) days.", `${annexLine}\n\nAnnex 1 Licensed patents\n\n${after}\n\n2.4 Beta shall pay CHF 100'000.-- within thirty (30) days.\n\nArt. 3 Term\n\n3.1 This Agreement runs until the last Patent expires.`);
    const leadIn = outline(tree(body('2.2 The following annex forms an integral part of this Agreement:', 'In case of conflict, this Agreement prevails over the annex.')));
    const goesOn = outline(tree(body('2.2 The annex listed below forms an integral part of this Agreement.', '2.3 In case of conflict, this Agreement prevails over the annex.')));
    for (const lines of [leadIn, goesOn]) {
      expect(lines).toContain('1 article Art. 3 {Term}');
      expect(lines).toContain('2 section 2.4');
      // the annex itself, after the body, is still where the annexes begin
      expect(lines.filter((l) => l.includes('schedule'))).toEqual(['1 schedule Annex 1 {Licensed patents}']);
    }
  });
});

describe('a sentence-case heading that lists its matters', () => {
  const article = (heading: string) =>
    SWISS.replace('Art. 2 Licence', `Art. 2 ${heading}`);
  it('reads "Payment, reports and taxes" as the article\'s heading (a series closed by "and" or "or")', () => {
    // Before: the comma kept it from being a sentence-case heading, so 'Art. 2' had none
    expect(outline(tree(article('Payment, reports and taxes')))).toContain('1 article Art. 2 {Payment, reports and taxes}');
    expect(outline(tree(article('Representations, warranties and covenants')))).toContain('1 article Art. 2 {Representations, warranties and covenants}');
    expect(outline(tree(article('Notices, consents or approvals')))).toContain('1 article Art. 2 {Notices, consents or approvals}');
  });
  it('reads no heading in a comma that no conjunction closes, nor in a series that carries a verb (near misses)', () => {
    expect(outline(tree(article('Payment, net thirty days')))).toContain('1 article Art. 2');
    expect(outline(tree(article('Fees, reports and taxes are due quarterly')))).toContain('1 article Art. 2');
  });
});

// precision/dangling-reference: a lettered item cited run together with its section's number ("Section 1g", "Sections
// 8a - 8c"). A hosting agreement lists its client's covenants as 'a.', 'b.', 'c.' under '8.' (here '2.'): the 'c.' item was keyed as
// the Roman 100, so 'Section 8c' found nothing; a reseller agreement runs its definitions 'a. "Company" ... g.
// "Registered Referral" ...' into one paragraph of Section 1, whose items are no clauses of the tree, and 'Section 1g'
// found nothing. Agreement text written for this test.
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { analyze } from '../../src/analysis.js';

const refsOf = (text: string) => [...analyze(sourceFromText(text, 'agreement.txt')).facts.attributes.values()]
  .flatMap((a) => a.crossReferences).map((r) => [r.text, r.targetId !== null]);

const hosting = (citation: string) => [
  'HOSTING AGREEMENT',
  'This Hosting Agreement is made between Larchmont Lending, Inc. ("Client") and Veridian Host Systems, LLC ("Host"). The parties agree as follows:',
  '1.      FEES.',
  '        Client shall pay the fees agreed in writing within thirty days of each invoice.',
  '2.      COVENANTS OF CLIENT',
  '        a.      Compliance with Laws. Client will comply with all laws that apply to its use of the Interface.',
  '        b.      Notification. Client shall tell Host promptly of any complaint about the Interface.',
  '        c.      Limitation on Access. Client will restrict access to the Interface to its own staff.',
  '        d.      Records. Client shall keep records of each use of the Interface for two years.',
  '3.      TERM.',
  `        This Agreement runs for one year, but Host may end it at once upon any breach by Client of ${citation}.`,
].join('\n\n');

const reseller = (citation: string) => [
  'RESELLER AGREEMENT',
  'This Reseller Agreement is made between Quillon Secure Mail, Inc. ("Company") and Marrow Federal Partners, LLC ("Reseller"). The parties agree as follows:',
  '1. Definitions.   a. "Company" has the meaning given in the preamble.   b. "Net Revenue" means gross receipts less returns.   c. "Named Account" means an agency listed in an order form.   d. "Registered Referral" means a Named Account that Reseller refers to Company.   e. "Territory" means the United States.',
  '2. Appointment. Company appoints Reseller as a non-exclusive reseller in the Territory.',
  `3. Compensation. Reseller will be paid for each Registered Referral (as defined in ${citation}) ten percent of Net Revenue.`,
].join('\n\n');

describe('lettered items cited with their section\'s number', () => {
  it('finds "Sections 2a - 2c" when the items are clauses (c. after b. is a letter, not the Roman 100)', () => {
    const refs = refsOf(hosting('Sections 2a - 2c'));
    expect(refs).toContainEqual(['Section 2c', true]);
    expect(refs.filter(([, found]) => !found)).toEqual([]);
  });

  it('finds "Section 1d" in a section whose items are run into one paragraph', () => {
    expect(refsOf(reseller('Section 1d'))).toContainEqual(['Section 1d', true]);
  });

  it('near miss: a letter past the last item still dangles', () => {
    expect(refsOf(hosting('Section 2f'))).toContainEqual(['Section 2f', false]);
    expect(refsOf(reseller('Section 1g'))).toContainEqual(['Section 1g', false]);
  });
});

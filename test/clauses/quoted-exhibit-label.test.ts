// An exhibit labelled in quotes ('EXHIBIT "E"', 'SCHEDULE “B”'), as many US filings write it, starts a schedule as
// 'EXHIBIT E' does. SCHEDULE_RE read no quoted label, so the heading was a plain clause: its title ('DISTRIBUTION
// ADDENDUM') became a clause tagged recitals from the WHEREAS under it, and the addendum's own '1.', '2.' were no
// sections (their numbers go on from the body's, which the schedule restarts).
import { describe, expect, it } from 'vitest';
import { outline, tree } from './helpers.js';

const doc = (label: string) =>
  [
    'RESELLER AGREEMENT',
    'This Reseller Agreement is made between Larkspur Software, Inc. ("Larkspur") and Tidewater Online LLC ("Tidewater").',
    '1. SERVICES. Larkspur shall host the Tidewater store on its servers.',
    '2. FEES. Tidewater shall pay the fees set forth on Exhibit "A".',
    '3. GENERAL. This Agreement is governed by the laws of the State of Oregon.',
    label,
    'DISTRIBUTION ADDENDUM',
    'WHEREAS, Larkspur markets the software products listed in this Addendum ("Products").',
    'THEREFORE, the parties agree to the following additional terms regarding the Products:',
    '1. APPOINTMENT. Larkspur appoints Tidewater as a non-exclusive reseller of the Products.',
    '2. REPORTS. Tidewater shall report its sales of Products each month.',
  ].join('\n\n');

describe('an exhibit labelled in quotes', () => {
  for (const label of ['EXHIBIT "E"', 'EXHIBIT “E”', "SCHEDULE 'E'"]) {
    it(`starts a schedule headed by its title, its sections numbered from 1 (${label})`, () => {
      const lines = outline(tree(doc(label)));
      expect(lines).toContain(`1 schedule ${label} {DISTRIBUTION ADDENDUM}`);
      const at = lines.indexOf(`1 schedule ${label} {DISTRIBUTION ADDENDUM}`);
      expect(lines.slice(at)).toEqual(expect.arrayContaining(['2 section 1 {APPOINTMENT}', '2 section 2 {REPORTS}']));
    });
  }

  it('near miss: a sentence that names the exhibit in quotes is no schedule', () => {
    const lines = outline(tree(doc('EXHIBIT "E"').replace('3. GENERAL.', '3. GENERAL. Exhibit "E" applies to the Products.')));
    expect(lines.filter((l) => l.includes('schedule'))).toHaveLength(1);
  });
});

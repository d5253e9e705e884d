// A grant verb that is the second verb of a condition ("If the IIA refuses the approval, or grants it on conditions
// that ...") describes what a third party may do, not a licence granted here: the Israeli cross-licence's 3.5
// (test/agreements/v-israeli-...) was read as a grant from Keshet to Northfield and made precision/exclusivity-unstated
// fire on it. The verb after ", or" / ", and" shares the condition's subject.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';

const PREAMBLE = 'PATENT AND KNOW-HOW CROSS-LICENCE AGREEMENT\n\nThis Agreement is made between Keshet Thermal Vision Ltd. ("Keshet") and Northfield Imaging Systems, Inc. ("Northfield").\n\n';
const GRANTS = '2. LICENCES\n\n2.1 Keshet hereby grants to Northfield a non-exclusive licence under the Keshet Patents to make and sell Licensed Products.\n\n2.2 Northfield hereby grants to Keshet a non-exclusive licence under the Northfield Patents to make and sell cameras.\n\n';
const grants = (body: string) => analyze(sourceFromText(PREAMBLE + GRANTS + body, 'grants.txt')).facts.grants.map((g) => `${g.grantor} -> ${g.grantee}: ${g.exclusivity ?? 'unstated'}`);
const TWO = ['Keshet Thermal Vision Ltd. -> Northfield Imaging Systems, Inc.: non-exclusive', 'Northfield Imaging Systems, Inc. -> Keshet Thermal Vision Ltd.: non-exclusive'];

describe('grants: a condition\'s second verb', () => {
  it('reads no grant in "If the IIA refuses the IIA Approval, or grants it on conditions ..."', () => {
    expect(grants('3. APPROVAL\n\n3.5 If the IIA refuses the IIA Approval, or grants it on conditions that Northfield, acting reasonably, declines to accept by notice within sixty (60) days, then the licence in clause 2.1 shall continue only for use of the Know-How in Israel.\n')).toEqual(TWO);
  });

  it('reads no grant in "Where the Minister withholds consent, and grants a licence to a third party instead, ..."', () => {
    expect(grants('3. APPROVAL\n\n3.6 Where the Minister withholds consent to the transfer, and grants a licence under the Patents to a third party instead, the Parties shall meet to agree how to proceed.\n')).toEqual(TWO);
  });

  it('near miss: a grant after a condition in its own main clause is still a grant', () => {
    expect(grants('3. APPROVAL\n\n3.5 If the IIA grants the IIA Approval, Keshet hereby grants to Northfield a licence under the IIA Know-How for use outside Israel.\n')).toEqual([...TWO, 'Keshet Thermal Vision Ltd. -> Northfield Imaging Systems, Inc.: unstated']);
  });

  it('near miss: "and" joining two grants of one subject, with no condition, is still a grant', () => {
    expect(grants('3. KNOW-HOW\n\n3.5 Keshet shall deliver the Know-How, and grants to Northfield a non-exclusive licence to use it.\n')).toEqual([...TWO, 'Keshet Thermal Vision Ltd. -> Northfield Imaging Systems, Inc.: non-exclusive']);
  });
});

// A grant made revocable, or irrevocable, in other words than "(ir)revocable": "which Pacific may revoke at any time on
// thirty (30) days' notice", "subject to revocation", "shall not be revoked". Before, such a grant's revocability was
// not stated, so reciprocity/asymmetric-scope did not compare it with an irrevocable licence the other way.
// Agreement text written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const HEAD = 'TECHNOLOGY CROSS-LICENSE AGREEMENT\n\nThis Agreement is made between Northwind Robotics Limited ("Northwind") and Pacific Actuator Corp. ("Pacific").\n\n';
const revocable = (grant: string) => factsOf(`${HEAD}3) ${grant}\n`).grants.map((g) => g.revocable);

describe('revocability in other words', () => {
  it("reads 'which Pacific may revoke at any time' and 'subject to revocation' as revocable (before: not stated)", () => {
    expect(revocable("Pacific grants to Northwind a non-exclusive license under the Pacific Patents to make, use and sell Products in Canada, which Pacific may revoke at any time on thirty (30) days' notice.")).toEqual([true]);
    expect(revocable('Pacific grants to Northwind a non-exclusive license under the Pacific Patents to make and sell Products, subject to revocation if Northwind fails to pay.')).toEqual([true]);
  });

  it("reads 'shall not be revoked' as irrevocable", () => {
    expect(revocable('Pacific grants to Northwind a non-exclusive license under the Pacific Patents to make and sell Products, which shall not be revoked for any reason.')).toEqual([false]);
  });

  it('near miss: a right to revoke a sublicence says nothing of the grant', () => {
    expect(revocable('Pacific grants to Northwind a non-exclusive license under the Pacific Patents to make and sell Products, and Pacific may revoke any sublicense that Northwind grants in breach of paragraph 5.')).toEqual([null]);
  });
});

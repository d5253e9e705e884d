// Generality probes: ordinary clauses, in drafting styles the CUAD dev split need not contain, that guard against
// cues fitted to the dev split. The first list carries its type although it also holds the words of one of that
// type's near-miss negatives (a negative lowers the whole clause, so a broad one vetoes real clauses); the second
// holds the words of a narrow positive cue but does not carry the type. Written by the team for these tests.
import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers.js';

const CARRIES: ReadonlyArray<readonly [string, string]> = [
['non-solicit', '8. Non-Solicitation. During the Term and for twelve (12) months thereafter, Consultant shall not, directly or indirectly, solicit or induce any employee of the Company to leave the employ of the Company. Consultant acknowledges that any breach of this Section 8 would cause the Company irreparable harm for which monetary damages would be inadequate, and the Company shall be entitled to injunctive relief.'],
  ['non-compete', '7. Non-Competition and Confidentiality. During the Term, Consultant shall not engage in any business that competes with the Company\'s business, and Consultant shall keep in confidence all Confidential Information of the Company.'],
  ['minimum-commitment', '4.2 Minimum Purchase. Distributor shall purchase at least 10,000 units of Products in each Contract Year. Rolling forecasts delivered under Section 4.1 are for planning purposes only and are not binding on either party.'],
  ['volume-restriction', '2.3 Authorized Users. Customer may permit up to 100 Authorized Users to access the Software. Customer may add up to 50 additional Authorized Users during the Subscription Term by paying the then-current fee for each additional user.'],
  ['renewal', '3.2 Renewal. Upon expiration of the Initial Term, the Term shall automatically be extended by an additional period equal to one (1) year, unless either Party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.'],
  ['renewal', 'Term. This Renewable Energy Credit Purchase Agreement shall have an initial term of five (5) years and shall automatically renew for successive one (1) year periods unless either party gives notice of non-renewal.'],
  ['renewal', 'This Agreement becomes effective on the Effective Date and shall continue in full force and effect thereafter for an initial term of three (3) years, and shall automatically renew for successive one-year terms unless terminated.'],
  ['covenant-not-to-sue', 'Covenant Not to Sue. Licensor covenants not to sue Licensee or its customers for infringement of the Licensed Patents, and releases Licensee from all claims of infringement asserted or threatened prior to the Effective Date.'],
  ['ip-ownership', 'WHEREAS, Assignor is the owner of the Patents; NOW, THEREFORE, for good and valuable consideration, Assignor hereby assigns to Assignee all right, title and interest in and to the Patents.'],
  ['ip-ownership', 'Compensation and Inventions. As compensation, Consultant shall receive options to purchase 10,000 shares, which shall vest monthly over two years. All Inventions conceived by Consultant in performing the Services shall be the sole property of Company, and Consultant hereby assigns all rights in such Inventions to Company.'],
  ['royalty', 'Royalties. Licensee shall pay Licensor a royalty of five percent (5%) of Net Sales, payable quarterly by direct deposit into the bank account designated by Licensor.'],
  ['assignment', 'Assignment. Neither party may assign this Agreement without the other\'s consent; provided that Licensor may assign its right to receive payments, which shall then be made by wire transfer to the assignee.'],
  ['minimum-commitment', 'Distributor shall purchase not less than the Annual Minimum set out in Schedule 2 in each Contract Year. Distributor\'s payment obligations are guaranteed by its parent company as guarantor under the Parent Guaranty.'],
  ['covenant-not-to-sue', 'No Challenge. Licensee shall not challenge, contest or oppose the validity or enforceability of the Licensed Marks, and shall not oppose the entry of any order enforcing Licensor\'s rights in the Licensed Marks.'],
];

const NEAR_MISSES: ReadonlyArray<readonly [string, string]> = [
  ['covenant-not-to-sue', 'Effect of Termination. Upon expiration or termination of this Agreement in accordance with its terms, Distributor shall not have any claim against Supplier for compensation, indemnity or damages of any kind by reason of such termination.'],
  ['most-favored', 'Third Party Materials. Supplier\'s charges for Third Party Materials shall be no greater than the amounts actually paid by Supplier to any third party supplier of such materials.'],
  ['most-favored', 'If Buyer receives a bona fide written quotation from any third party supplier offering lower prices for equivalent products, Seller may either meet such price or release Buyer from its purchase obligation for such products.'],
  ['royalty', 'Upon the Closing, each Holder shall be entitled to receive 1,000 of the Exchange Shares for each Preferred Share held.'],
  ['royalty', 'The Escrow Agent shall retain possession of the proceeds of the Escrow Fund until the Release Date.'],
  ['minimum-commitment', 'Purchase Orders. Buyer shall order Products by issuing purchase orders. Each purchase order accepted by Seller in writing shall constitute a binding order for the Products specified therein.'],
  ['minimum-commitment', 'Availability. Provider shall make the Hosted Service available 99.5% of each month (the "Guaranteed Availability Level"). If availability falls below the Guaranteed Availability Level, Customer shall receive a service credit.'],
  ['minimum-commitment', 'Commission. Sales Representative shall receive a commission of 5% on all sales in excess of the quota established by the Company for each quarter.'],
  ['minimum-commitment', 'Interest. The Loans shall bear interest at LIBOR plus 3%, provided that the minimum interest rate shall be 4.5% per annum.'],
  ['volume-restriction', 'Shipping. Shipments that exceed 10,000 pounds shall be shipped by truckload freight at Buyer\'s expense.'],
  ['non-compete', 'Non-Exclusive License. The license granted herein is non-exclusive. Nothing in this Agreement shall limit Licensor from licensing the Licensed Technology to third parties.'],
  ['non-compete', 'Nothing in this Agreement shall prevent either party from independently developing or marketing products similar to those of the other party without use of Confidential Information.'],
  ['non-solicit', 'Quality Control. Licensee shall not use the Licensed Marks in any manner that would damage the reputation or goodwill of Licensor or bring the Marks into public ridicule.'],
];

describe('generality probes', () => {
  for (const [type, text] of CARRIES) it(`${type}: tags "${text.slice(0, 70)}..."`, () => expect([...typesOf(text)]).toContain(type));
  for (const [type, text] of NEAR_MISSES) it(`${type}: does not tag "${text.slice(0, 70)}..."`, () => expect([...typesOf(text)]).not.toContain(type));
});

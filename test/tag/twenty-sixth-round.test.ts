// The twenty-sixth session's round (tag26): general forms behind the twenty-sixth held-out batch's misses and false tags,
// each in wordings of no held-out batch, beside near misses that share their words.
import { describeRound, type RoundCase } from './round-cases.js';

const CASES: readonly RoundCase[] = [
  // Third-party rights: rights exercised or an action brought in the outsider's own name, 'his or her' too; a person entitled
  // to receive a payment directly from a party; the benefit given with 'as well' after the beneficiary, who may demand or
  // require what is stipulated (the civil codes' words: fulfilment, execution); someone treated as having signed; the data
  // subject invoking the clauses. Near misses: a party exercising its own rights; a party receiving reports; a payment in
  // favour of a party that it may demand; a party bound as if it had signed; data subjects exercising their own rights.
  { type: 'third-party-beneficiary',
    yes: ['The Manufacturer\'s warranty obligations shall also apply in favour of the end users, who shall be entitled to exercise the rights arising from them against the Manufacturer in their own name.',
      'Each Featured Performer shall be entitled to receive his or her residuals directly from the Studio, and may bring proceedings in his or her own name to recover them.',
      'The Contractor\'s obligations in Article 9 are assumed in favour of the Owner\'s tenants, who may demand their fulfilment from the Contractor directly.',
      'The Tenant\'s covenants in clause 6 are made in favour of the Landlord\'s managing agent as well, who may require their execution from the Tenant.',
      'The hotel\'s sponsorship commitments are undertaken for the benefit of the Federation as well, which may take action on them as if it had signed this Agreement.',
      'Data subjects may invoke this Clause against the data importer.'],
    no: ['The Licensee shall be entitled to exercise its rights under clause 5 in its own name.',
      'The Licensor shall receive the quarterly sales reports directly from the Licensee.',
      'The Buyer shall provide a bank guarantee in favour of the Seller, which may demand payment under it on any default.',
      'Each Affiliate that places an Order shall be bound by these terms as if it had signed this Agreement.',
      'Data subjects may exercise their rights of access and rectification against the Controller.'] },
  // Change of control: the controlling person changed; the party coming under another's control with rights reverting; the
  // party named as an organisation or a business, acquired, with what that triggers. Near misses: a person in charge of
  // quality control; things acquired; rights reverting on expiry.
  { type: 'change-of-control',
    yes: ['A change in the person controlling the Licensee is a ground for termination by the Licensor.',
      'If the Publisher comes under the control of any other publishing group, all rights granted in this Agreement shall revert to the Author.',
      'If your firm is acquired, we may suspend your listing until the new owner accepts these terms.'],
    no: ['The Supplier shall notify the Buyer of any change in the persons responsible for quality control at the plant.',
      'If any Equipment is acquired by the Customer, title shall revert to the Lessor on default.',
      'On expiry of the Term all rights granted in this Agreement shall revert to the Author.'] },
  // Exclusivity: all bought from the supplier alone; services rendered to no one else; the only one in a category permitted to
  // advertise. Near misses: information provided to others; a supplier free to render services to others; a party solely
  // responsible; a place where advertising is permitted.
  { type: 'exclusivity',
    yes: ['The Hospital shall purchase all of the dialysis consumables it uses from the Vendor alone.',
      'During the Term, the Executive shall not perform services for any other company, whether as employee or consultant.',
      'The Partner shall be the only bank permitted to promote credit cards at the Festival.'],
    no: ['The Recipient shall not provide the Evaluation Data to any other person without the Discloser\'s consent.',
      'Nothing in this Agreement prevents the Consultant from rendering services to other clients.',
      'The Customer shall procure the necessary permits from the local authority.',
      'Banners are permitted only at the entrances to the Festival grounds.'] },
  // Anti-assignment: the Subcontract and its work sublet or disposed of; an account passed to another user. Near misses: waste
  // disposed of; an account's data transferred to another system.
  { type: 'assignment',
    yes: ['The Trade Contractor shall not sublet or otherwise dispose of the whole or any part of the Subcontract without the Main Contractor\'s consent.',
      'Members may not transfer their loyalty account to any other member.'],
    no: ['The Subcontractor shall not dispose of any waste from the site except at a licensed facility.',
      'We will not transfer your account data to another system without telling you first.'] },
  // Minimum commitment: a minimum bought from the seller named between verb and floor; royalties payable for a period no less
  // than a figure, its currency a dollar's country ('US$'); days booked by the year (the days bought, no duration). Near
  // misses: a lead time in spelt figures; a control threshold; a lead time in days beside an order's frequency.
  { type: 'minimum-commitment',
    yes: ['The Distributor shall acquire from the Manufacturer a minimum of 800 cases of the Products every quarter.',
      'The royalties payable to the Licensor for each calendar year shall be not less than HK$200,000.',
      'To stay certified you\'ll need to book at least 10 support days a year.'],
    no: ['Purchase orders must be placed at least fourteen working days before the requested shipment date.',
      'Each order must be placed at least 30 days before delivery, and no more than once each month.',
      '"Control" means the ownership of at least fifty percent (50%) of the voting or equity interest in an entity.'] },
  // Volume: a work's exhibitions counted. Near miss: a liability cap in multiples of the fees.
  { type: 'volume-restriction',
    yes: ['The Licensee may broadcast the Programme no more than three telecasts in each Licence Year.'],
    no: ['The Distributor\'s liability shall not exceed two times the licence fees paid.'] },
  // Covenant not to sue: all claims waived against the other side and a promise not to pursue them. Near misses: a waiver of
  // claims for one kind of loss alone; a promise not to pursue a transaction.
  { type: 'covenant-not-to-sue',
    yes: ['In full settlement, the Contractor waives all claims against the Employer arising out of the delay and agrees not to pursue them in any forum.'],
    no: ['The Customer waives any claims against the Supplier for loss of profits.',
      'The Company agrees not to pursue any other acquisition proposal during the Exclusivity Period.'] },
  // Non-compete: competition law's wrongs named no restraint (a real restraint beside it still tagged); a capacity aside that
  // lists the capacities between its own commas, after the act and before its object (frames.ts OBJECT_LEAD). Near misses:
  // bid rigging; the same aside before an activity that is no business.
  { type: 'non-compete',
    yes: ['The Vendor shall not, for three years after Completion, engage in any business which competes with the Business.',
      'The Seller shall not, for a period of 2 (two) years from the Closing Date, be interested or engaged, whether as proprietor, partner, shareholder, director, employee, consultant or financier, in any business which sells or installs irrigation pumps within the Free State Province.'],
    no: ['The Supplier shall comply with the Competition Act and shall not engage in bid rigging in connection with the Tender.',
      'The Tenant shall not be engaged, whether as owner, occupier, licensee or invitee, in any activity that causes a nuisance to neighbours.'] },
];

describeRound('the twenty-sixth round: general forms behind the twenty-sixth batch\'s misses', CASES);

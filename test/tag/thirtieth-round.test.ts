// The thirtieth session's round (tag30): general forms behind the thirtieth held-out batch's misses and the leftovers of the
// twenty-ninth, each in wordings of no held-out batch, beside near misses that share their words.
import { describeRound, type RoundCase } from './round-cases.js';

const CASES: readonly RoundCase[] = [
  // Territory: the places listed elsewhere; plain English's 'anywhere in' with 'nowhere else'. Near misses: a schedule of
  // prices by country; data kept in one place.
  { type: 'territory',
    yes: ['The Distributor may resell the Equipment within the jurisdictions identified in Annex 2.',
      'You may run the campaign anywhere in Australia and New Zealand and nowhere else.'],
    no: ['The prices payable in each country are set out in Annex 2.',
      'We store your files in Frankfurt and nowhere else.'] },
  // Lump sum: a term sheet's label; one fee in place of royalties. Near miss: a flat monthly fee.
  { type: 'lump-sum',
    yes: ['Up-front: EUR 750k on execution.',
      'The Licensee pays one fee of $40,000, instead of royalties, for the life of the patents.'],
    no: ['The Customer shall pay a flat fee of $2,000 per month for the hosting services.'] },
  // Milestone: a count of units reached; 'completion of' a stage (kept: the cue that took bare 'Completion' is split).
  // Near miss: the price paid on Completion of a share sale.
  { type: 'milestone',
    yes: ['Once 50,000 copies of the Game have been sold, the Publisher shall pay the Developer a bonus of $100,000.',
      'The second instalment of the Fee is payable on completion of the factory acceptance tests.'],
    no: ['The Consideration shall be paid in cash on Completion.'] },
  // Diligence: the first sale achieved by a date; active promotion; a launch missed and the licence made non-exclusive. Near
  // misses: promotion refused in a market-sharing clause; a royalty due within days of the first sale.
  { type: 'diligence',
    yes: ['Licensee shall make the First Commercial Sale in each Major Market no later than eighteen months after Regulatory Approval there.',
      'The Agent will vigorously promote the Licensor\'s titles at the book fairs in its region.',
      'Should the Licensee fail to launch a Product by 1 January 2029, the Licensor may convert the licence to a non-exclusive one.'],
    no: ['Neither party shall actively solicit customers in the region allocated to the other.',
      'Royalties on the first commercial sale shall be paid within thirty days.'] },
  // Reporting: a written summary by its period; a cadence and a message on how the work is going. Near misses: a monthly
  // invoice; an executive summary of a tender.
  { type: 'reporting',
    yes: ['The Contractor shall deliver a quarterly written summary of the work done and the problems met.',
      'Each month, tell us how the pilot is progressing.'],
    no: ['Each month the Supplier will send the Customer an invoice for the Services.',
      'The tender shall open with an executive summary of no more than two pages.'] },
  // Information exchange: what one charges others, told or not. Near miss: a supplier telling its customer its own price.
  { type: 'information-exchange',
    yes: ['The members shall not discuss with one another what they charge other hauliers for storage.'],
    no: ['We will tell you what we charge for each extra user before you add one.'] },
  // Contingency: a backup factory or warehouse. Near miss: alternative dispute resolution.
  { type: 'contingency',
    yes: ['If the main warehouse is closed, the Logistics Provider shall serve the Customer from its back-up warehouse in Leeds.'],
    no: ['The parties shall first try alternative dispute resolution before a court.'] },
  // Transition: the data or services moved to whoever takes over. Near miss: the agreement assigned to whoever buys the business.
  { type: 'transition',
    yes: ['At the end of the contract we will transfer the records to whichever firm replaces us.'],
    no: ['Either party may assign this Agreement to whoever acquires its business.'] },
  // Force majeure: the abbreviation. Near miss: an FM radio station.
  { type: 'force-majeure',
    yes: ['Either party may terminate if an FM Event continues for more than 120 days.'],
    no: ['The Sponsor\'s name shall be announced on the Station\'s FM broadcasts twice a day.'] },
  // Entire agreement: the whole bargain; a waiver clause by its verb. Near misses: the whole price; a jury waiver.
  { type: 'entire-agreement',
    yes: ['These terms are the entire bargain between you and the Club.',
      'No course of dealing between the parties shall constitute a waiver of any right under this Agreement.'],
    no: ['The whole price shall be paid in advance.'] },
  // Dispute resolution: plain English's failure to agree and the court; the venue in the text. Near misses: a 'Forum' heading
  // over a chosen law; a meeting where the parties can't agree on a date.
  { type: 'dispute-resolution',
    yes: ['If the two of us can\'t resolve a complaint between ourselves, either of us may take it to court.',
      'Venue for any suit arising under this Agreement shall be Travis County, Texas.'],
    no: ['Governing Law and Forum\nThis Agreement is governed by the laws of the State of Oregon.',
      'The Licensee shall defend any claim brought against the Licensor by a customer of the Licensee.'] },
  // The court in the text, now that a 'Jurisdiction', 'Venue' or 'Forum' heading is weak alone: a suit heard before the courts, a
  // party attorning to them, and (kept) such a heading over a suit brought in the courts.
  { type: 'dispute-resolution',
    yes: ['Any claim hereunder shall be heard only before the courts of Milan.',
      'The Supplier irrevocably attorns to the jurisdiction of the courts of British Columbia.',
      'Jurisdiction and Venue\nAny action arising hereunder shall be brought exclusively in the state or federal courts located in King County, Washington.'],
    no: [] },
  // Standards: the patents without which a standard cannot be implemented. Near miss: a service standard that cannot be met.
  { type: 'standards',
    yes: ['The pool covers only patents without which the Standard cannot be implemented.'],
    no: ['If the Supplier cannot meet the service levels without extra staff, it shall say so.'] },
  // Third-party rights: an outsider's claim directly from a party, as if a party (kept). Near miss: a party's own claim
  // directly against the other, which two cues read twice before.
  { type: 'third-party-beneficiary',
    yes: ['Each Affiliate of the Buyer may claim the warranty remedies in Clause 8 directly from the Seller, as if it were a party.'],
    no: ['The Tenant may claim the deposit directly from the Landlord.'] },
  // Payment terms: an invoice in a matter taken to a mediator. (Its sibling, a dispute on an invoice within days of its date,
  // keeps the type.)
  { type: 'payment-terms',
    yes: ['Invoices are payable within 30 days of receipt.'],
    no: ['Any disagreement over an invoice shall be referred to mediation under the CEDR Model Procedure.'] },
  // Field of use: a term sheet's 'Field:' label. Near miss: a heading for field service.
  { type: 'field-of-use',
    yes: ['Fields: industrial robotics; excluding surgical robots.'],
    no: ['Field Service\nThe Supplier\'s engineers shall attend the Site within four hours of a call.'] },
  // Non-compete: a distance restraint after the contraction 'can't'. Near miss: a permission within the distance.
  { type: 'non-compete',
    yes: ['For two years after you sell the practice, you can\'t open a dental surgery within 5 miles of it.'],
    no: ['You can open a second salon within 5 miles of the first with our approval.'] },
  // Grant-back and sublicensing in plain English. Near misses: the licensor's own work passed forward; access for contractors
  // alone.
  { type: 'grant-back',
    yes: ['Whatever you develop with our toolkit, we may use in our own products without paying you.'],
    no: ['Anything we build on top of the platform, you can use too.'] },
  { type: 'sublicensing',
    yes: ['You may allow your subsidiaries to use the app, but you may not hand the licence down to anyone else.'],
    no: ['The Customer may permit its contractors to access the portal on its behalf.'] },
];

describeRound('the thirtieth round: general forms behind the thirtieth batch\'s misses and the twenty-ninth\'s leftovers', CASES);

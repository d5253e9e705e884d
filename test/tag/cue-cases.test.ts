// Cue cases for the weakest CUAD types: how such clauses are written in any contract (the limit, the
// modal structure, the object of the verb) against the near-misses that share their words.
import { describe, expect, it } from 'vitest';
import { clauseTypesOf, typesOf } from './helpers.js';

interface Case { readonly type: string; readonly yes: readonly string[]; readonly no: readonly string[] }

const CASES: readonly Case[] = [
  // Wordings of the held-out set's late batch, in other sentences, and their near misses.
  { type: 'prosecution', yes: ['Licensee shall reply to each office action issued on the Joint Applications within the period the patent office allows.'], no: [] },
  { type: 'field-of-use',
    yes: ['The rights granted hereunder may be exercised only in the field of veterinary diagnostics.'],
    no: ['Consultant has twenty years of experience in the field of medical device regulation.'] },
  { type: 'lump-sum', yes: ['For the release in Section 3, Defendant shall make a one-off payment of $80,000 to Plaintiff.'], no: [] },
  { type: 'milestone',
    yes: ['Licensee shall pay $1,000,000 within sixty days after the first marketing approval of a Product in Japan.'],
    no: ['Licensee shall file for marketing approval of the Product in the United States by June 30, 2027.'] },
  { type: 'payment-terms',
    yes: ['Interest accrues on any amount not paid when due at two percent above the prime rate.',
      'All amounts payable under this Agreement shall be paid in pounds sterling without set-off or deduction.'],
    no: [] },
  { type: 'antitrust-compliance', yes: ['The parties consider that this Agreement falls within the Technology Transfer Block Exemption.'], no: [] },
  { type: 'contingency',
    yes: ['Supplier shall qualify an alternate source for each critical raw material within six months of the Effective Date.'],
    no: ['Customer may choose an alternative delivery address for any order by notice to Supplier.'] },
  { type: 'transition', yes: ['Upon expiry the Contractor shall cooperate with any successor contractor to hand over the Services without interruption.'], no: [] },
  { type: 'entire-agreement',
    yes: ['Should any provision of this Agreement be held invalid, the remainder of this Agreement shall remain in full force.',
      'This Agreement sets out the complete agreement between the parties as to its subject matter.'],
    no: [] },
  { type: 'improvements',
    yes: ['Licensor shall deliver to Licensee every upgrade of the Licensed Software that it releases during the Term.'],
    no: ['Capital Improvements. Owner shall approve and fund capital improvements to the Plant in each annual budget.'] },
  { type: 'reporting', no: ['Licensor shall keep Licensee informed of the dates of its annual shareholder meetings.'], yes: ['The Contractor shall prepare a progress report at the end of each month.'] },
  // Scope, money, competition, governance and boilerplate types in wordings their cues did not have, each with a
  // near miss that shares its words.
  { type: 'standards',
    yes: ['Products sold under this licence shall implement the HDMI Specification as published by the HDMI Forum from time to time.'],
    no: ['Specifications. Each shipment shall conform to the specifications in Exhibit A and to Buyer\'s published quality standards.'] },
  { type: 'field-of-use',
    yes: ['The licence extends to diagnostic applications only and to no other field; all therapeutic applications are Excluded Fields.'],
    no: ['Field Marketing. Distributor shall employ at least three field sales representatives in each region.'] },
  { type: 'territory',
    yes: ['The rights granted in Section 2 may be exercised anywhere in the world except the countries listed in Schedule 4.'],
    no: ['Distributor shall use its best efforts to promote the Products throughout the Territory.'] },
  { type: 'lump-sum',
    yes: ['Licensee shall pay Licensor a fully paid-up fee of EUR 400,000 upon signature of this Agreement.'],
    no: ['Licensee shall pay a royalty of two percent (2%) of Net Sales, payable within forty-five days after each calendar quarter.'] },
  { type: 'milestone',
    yes: ['An amount of $200,000 shall become payable upon completion and acceptance of Phase 2 of the Project.'],
    no: ['"Royalty Term" means the period beginning on the first commercial sale of a Product in a country and ending ten years later.'] },
  { type: 'payment-terms', yes: [],
    no: ['Buyer shall notify Supplier of any nonconforming Products within ten (10) days of receipt of the shipment.'] },
  { type: 'market-allocation',
    yes: ['Neither party shall solicit orders from customers in the markets allocated to the other party under Schedule 2.'],
    no: ['Personnel assigned to the other party under this Agreement remain employees of the assigning party.'] },
  // Each kept informed of the other's own prices or capacity, between competitors; not a progress report, nor a supplier's
  // prices told to its customer.
  { type: 'information-exchange',
    yes: ['Each Party shall keep the other informed of its list prices and production capacity.'],
    no: ['Each party shall keep the other informed of its progress in the development of the Licensed Products.',
      'Supplier shall inform Customer of its standard prices for additional Services on request.'] },
  { type: 'information-exchange',
    yes: ['The members shall exchange, before each meeting, their planned selling prices for the coming quarter.'],
    no: ['Supplier shall provide Buyer with a certificate of analysis for each batch of Product shipped.'] },
  { type: 'governance-committee',
    yes: ['Each party shall appoint three representatives to the Operating Group, and decisions of the Operating Group shall be taken by consensus.'],
    no: ['Board of Directors. The Board of Directors of the Company shall consist of seven members elected by the shareholders.'] },
  { type: 'diligence',
    yes: ['The Distributor shall use all reasonable endeavours to promote and extend the sale of the Products in the Territory.'],
    no: ['The affected party shall use reasonable efforts to mitigate the effect of the force majeure event on its performance.'] },
  { type: 'reporting',
    yes: ['Within thirty days after each anniversary of the Effective Date, Licensee shall deliver a certificate signed by an officer confirming that it has complied with Article 5.'],
    no: ['The Chief Executive Officer shall report to the Board of Directors of the Joint Venture Company.'] },
  // The use limit of confidential information said positively is confidentiality's; the same words on the grant are a field.
  { type: 'confidentiality', yes: ['Each Party shall use the Confidential Information of the other Party for no other purpose than the performance of this Agreement.'], no: [] },
  { type: 'field-of-use',
    yes: ['The rights granted hereunder may be used for no other purpose than the manufacture of veterinary diagnostics.'],
    no: ['Each Party shall use the Confidential Information of the other Party for no other purpose than the performance of this Agreement.'] },
  { type: 'confidentiality',
    yes: ['The existence and terms of this Agreement shall remain strictly confidential.'],
    no: ['Licensor warrants that the Licensed Software contains no virus, trojan horse or other harmful code.'] },
  { type: 'indemnity',
    yes: ['Vendor shall defend any action brought against Customer alleging that the Service infringes a patent and pay the costs and damages finally awarded.'],
    no: ['Each party shall bear its own costs of defending any claim brought against it by a third party.'] },
  { type: 'transition',
    yes: ['Exit Management. Supplier shall maintain an exit plan and provide exit assistance for up to nine months after termination.'],
    no: ['Exit Interviews. Consultant shall attend an exit interview with the Company\'s human resources department.'] },
  { type: 'notices',
    yes: ['Notice by email shall be effective only if confirmed by a copy sent by courier on the same day.'],
    no: ['Licensee shall notify Licensor promptly of any change in the ownership of Licensee.'] },
  { type: 'force-majeure',
    yes: ['A party shall not be liable for failure to perform caused by lockouts, embargoes, insurrection or any other cause not within its control, and the time for performance shall be extended accordingly.'],
    no: ['Supplier shall perform the Services within the control windows agreed in the Service Level Schedule.'] },
  { type: 'entire-agreement',
    yes: ['This Agreement may not be varied except by a written instrument signed by both parties, and no failure to exercise a right shall operate as a waiver of it.'],
    no: ['Either party may terminate this Agreement by written notice if the other party fails to pay any amount when due.'] },
  // Improvements and their governance: the direction of a grant-back, new filings, patent (not software) maintenance
  // fees, enforcement against infringers (not the defence of a claim), retaliation for a suit or a challenge.
  { type: 'grant-back',
    yes: ['Licensee shall transfer to the Licensor all of its rights in any enhancement of the Licensed Software that it creates, at no charge.'],
    no: ['Licensor will license to Licensee, without further charge, each improvement to the Licensed Process that Licensor makes during the Term.'] },
  // A cross-licence names no licensor: the improvements go to the other party by its name, or as "the other Party".
  { type: 'grant-back',
    yes: ['Beta shall assign to Alpha all right, title and interest in any Improvement to the Alpha Patents made by Beta.',
      'Beta shall license to Alpha, on a royalty-free basis, any Improvement to the Alpha Patents.',
      'Each Party shall assign to the other Party all Improvements it makes to the other Party\'s Background Technology.'],
    no: ['Alpha shall license to Beta the Alpha Patents, and any Improvement made by Beta shall remain the property of Beta.',
      'Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents, but not under any Improvement made by Alpha after the Effective Date.',
      'Any Improvement made by Beta shall be owned by Beta, and Beta shall have no obligation to assign or license it to Alpha.'] },
  { type: 'improvements',
    yes: ['After-Acquired Patents. Any patent that either party acquires after the Effective Date and that claims an invention usable in the Licensed Products shall be added to Schedule A.'],
    no: ['Tenant Improvements. Landlord shall complete the improvements to the Premises described in Exhibit C before the Commencement Date.',
      'The Hart-Scott-Rodino Antitrust Improvements Act of 1976 waiting period shall have expired before the Closing.'] },
  { type: 'prosecution',
    yes: ['Licensor shall pay all renewal fees for the Licensed Patents in each country and shall not permit any of them to lapse.'],
    no: ['Support Fees. Annual maintenance fees for the Software are due in advance and cover updates and telephone support.',
      '"Patent Rights" means the patents and applications in Schedule 1 and all divisionals, continuations and reissues of them.',
      'The non-breaching party may terminate if the breaching party fails to commence and diligently prosecute a cure within thirty days.'] },
  // The notice of infringement in the continuous tense, against a warranty that no one infringes.
  { type: 'enforcement',
    yes: ['Each Party shall promptly notify the other if it learns that a third party is infringing the Licensed Patents.'],
    no: ['Licensor represents that, to its knowledge, no third party is infringing the Licensed Patents.'] },
  { type: 'enforcement',
    yes: ['If either party becomes aware that a competitor is infringing the Licensed Patents, it shall inform the other party, and Licensor may bring suit against the infringer.'],
    no: ['Infringement Indemnity. Vendor shall defend and hold Customer harmless from any claim that the Software infringes a third party patent and shall pay any damages finally awarded.',
      'Litigation. There is no action, suit or proceeding pending against the Company that would affect its ability to perform this Agreement.'] },
  { type: 'defensive-termination',
    yes: ['Licensor may terminate the licence granted to Licensee under clause 2 if Licensee institutes any action against Licensor claiming that a Licensor product infringes any Licensee patent.'],
    no: ['In the event of termination, neither party shall challenge or contest the termination in any forum.',
      'If the Software is held to infringe, Vendor may modify it to be non-infringing or terminate the licence and refund the fees paid.'] },
  // The consequence refused is no defensive termination (a negation of the type's frame); a clause that refuses it for one
  // suit and states it for another keeps the type.
  { type: 'defensive-termination',
    yes: ['If you sue us over unpaid royalties, your licence will not end. But if you sue us for infringing one of your patents, we can end your licence by written notice.'],
    no: ['If you sue us claiming that our products infringe your patents, we will not terminate your licence.',
      'If you sue us claiming that our products infringe your patents, your licence will not end.',
      'We cannot end your licence because you sue us claiming that our products infringe your patents.'] },
  { type: 'sublicensing',
    yes: ['Customer may not assign, transfer, sublicense or lend any of its rights in the Software to any third party.'],
    no: ['Each party shall indemnify the other party, its Affiliates and their licensees and sublicensees against third party claims arising from its negligence.'] },
  { type: 'entire-agreement', yes: [], no: ['Licensee may grant Licensor a licence under any severable improvement on reasonable terms.'] },
  // Heading words that also head other things: "Notice of Infringement", "Performance Standards", "Risk of Loss",
  // "Field Service", "Performance Warranty", "SEC Filing".
  { type: 'notices',
    yes: ['Notice. All notices hereunder shall be delivered personally or sent by registered mail, return receipt requested, to the addresses above.'],
    no: ['Notice of Infringement. Each party shall promptly inform the other of any infringement of the Licensed Patents that comes to its attention.',
      'Proprietary Notices. Licensee shall not remove or alter any copyright or proprietary notice on the Software.'] },
  { type: 'standards', yes: [], no: ['Performance Standards. Supplier shall meet the performance standards in Schedule 3 in each month of the Term.'] },
  { type: 'contingency', yes: [], no: ['Risk of Loss. Risk of loss of the Products passes to Buyer upon delivery to the carrier at Supplier\'s dock.'] },
  { type: 'field-of-use', yes: [], no: ['Field Service. Supplier shall provide on-site field service engineers within forty-eight hours of a request.'] },
  { type: 'diligence', yes: [], no: ['Performance Warranty. Supplier warrants that the System will perform in accordance with the Documentation for ninety days.'] },
  { type: 'prosecution', yes: [], no: ['SEC Filing. The Company shall file a copy of this Agreement as an exhibit to its next periodic report.'] },
  { type: 'price-restriction',
    yes: ['4.2 Price Adjustments. Beginning with the second Contract Year, Supplier may adjust the prices once per year, provided that no adjustment shall exceed three percent (3%) of the prices then in effect.',
      'Maintenance renews for successive one-year periods, subject to fee adjustments proposed by Vendor not to exceed 5% per year.',
      'A detention charge of $50.00 per hour applies, subject to a maximum charge of $400.00 per trailer in any twenty-four hour period.',
      // 'raise' as well as 'increase'; a limit on the increase; a floor on resale prices.
      'Supplier shall not raise its prices more than once in any twelve-month period.',
      'Any price increase shall be limited to the lesser of three percent or the change in the index.',
      'Reseller shall not sell the Products below the minimum advertised price published by Vendor.'],
    // A party free to raise its prices on notice, and a price set by a formula, restrict nothing.
    no: ['5.3 Price Increase. Supplier may increase the prices of the Products upon sixty (60) days prior written notice to Distributor; orders accepted before the notice are invoiced at the prior prices.',
      'The price of each Product shall be the Supplier\'s standard cost plus a margin of fifteen percent, as set out in Exhibit B.',
      // A party left free to set its own prices.
      'Distributor is not required to sell at or below the suggested retail price, and may set its own resale prices in its sole discretion.'] },
  { type: 'volume-restriction',
    yes: ['Support includes up to ten (10) hours of consulting per month; hours in excess of ten will be billed at the additional rate of $150 per hour.',
      'Carrier shall not be required to transport more than 5,000 barrels per day on behalf of any single Shipper.',
      'Usage above the committed 1,000 users per month is subject to overage charges at the rates in Schedule C.',
      'The quantity of Product ordered by Distributor in any calendar quarter shall not exceed 125% of the quantity forecast for that quarter.',
      // A cap on a count of hours written as an aggregate.
      'Licensor\'s technical assistance under this Section 3.4 shall not exceed an aggregate of one hundred and twenty (120) full-time equivalent hours unless the parties agree otherwise in writing.',
      // A tolerance band around the forecast quantity.
      'Supplier shall ship each order within thirty (30) days, provided that the quantities ordered do not deviate from the most recent forecast by more than fifteen percent (15%).',
      // 'in excess of the capacity' (the cue once required 'time' after every alternative, as in 'free time').
      'Supplier shall have no obligation to fill purchase orders in excess of the capacity reserved for Buyer in Schedule 2.',
      // The same words with a count of users.
      'Customer may extend the licence to up to six (6) additional users upon written notice and payment of the user fee.'],
    no: ['Supplier shall keep the Customer Portal up to date with the order status of each shipment.',
      'The services include, but are not limited to, installation, configuration and training, and the Supplier shall deliver adequate quantities of spare parts.',
      'WHEREAS, Supplier operates a plant with a maximum production capacity of 20,000 tonnes per year and wishes to supply Product to Buyer;',
      // An aggregate cap on money is a spending limit, not a volume.
      'Supplier\'s reimbursement of travel costs under this Section shall not exceed an aggregate of ten thousand dollars ($10,000) in any Contract Year.',
      // Deviating from standards or from an agenda limits no quantity.
      'Franchisee shall not deviate from the standards and specifications in the Manual without Franchisor\'s prior written consent.',
      'Any deviation from the agreed order of the agenda requires the consent of the Chair.',
      // A money cap per unit of weight limits liability, not volume.
      'Carrier\'s liability for loss or damage to any shipment shall not exceed $2.00 per pound of the goods lost.',
      // A deviation from the specifications is a quality defect, even with a quantity later in the sentence.
      'Nonconformity. Buyer shall notify Seller within ten days of any deviation from the Specifications or the quantity stated on the packing list.',
      // A number of extension periods counts time, not volume.
      'Customer may extend the Program for up to six (6) additional one (1) year periods upon written notice.'] },
  { type: 'third-party-beneficiary',
    yes: ['With respect to any Indemnified Party who is not a party to this Agreement, the Company shall hold the rights and benefits of Section 9 in trust for and on behalf of such Indemnified Party.',
      'Any successor of an Indemnified Person shall be entitled to the benefit of the indemnity and contribution agreements contained in Section 8.',
      'Each Lender is a third-party beneficiary of the covenants of the Borrower in Section 6 and may enforce them directly.',
      'The Indemnified Persons who are not parties to this Agreement shall be entitled to enforce Section 9 against the Company.'],
    no: ['This Agreement is solely for the benefit of the parties hereto and nothing herein shall confer any right, benefit or remedy upon any other person; there are no third-party beneficiaries.',
      // A heading that denies third-party rights, over text that confers none.
      '11.14 No Third Party Rights or Obligations. No provision of this Agreement shall be deemed to create any right or obligation in any person who is not a party to this Agreement.'] },
  { type: 'minimum-commitment',
    yes: ['If Distributor fails to meet the annual sales target set out in Schedule 2 in any Contract Year, Company may terminate Distributor\'s exclusivity upon thirty (30) days notice.',
      'If the Reseller sells less than fifty percent (50%) of the Annual Milestone in any year, Vendor may terminate this Agreement.',
      'Publisher guarantees that it will deliver 2,000,000 impressions of the Sponsor banners during the first year of the Term.',
      'Supplier may cancel this Agreement if the gross annual revenue from sales of the Products does not meet the revenue forecast agreed for the Territory.',
      'Should Distributor\'s purchases in any Contract Year fall below eighty percent (80%) of the annual purchase quota, Supplier may appoint additional distributors in the Territory.',
      // The floor with its remedy, next to a notice period that alone would read as a mere duration.
      '12.2 Termination. Either party may terminate this Agreement on at least ninety (90) days written notice. Licensor may also terminate this Agreement if the net revenue of Licensee in any Contract Year does not meet the revenue forecast.',
      'For the second Contract Year the Quota Amount shall be $250,000 in license fees received by Licensor.',
      // A failure to sell measured in money or units.
      '16.4 If the Company fails to sell one million dollars ($1,000,000) worth of Products in the Territory within eighteen (18) months, the parties shall discuss whether to continue or terminate this Agreement.',
      // A forecast that binds is an order.
      'Buyer shall deliver a rolling twelve-month forecast each month; the first three months of each forecast shall constitute a binding order for the quantities stated.',
      // 'no fewer than', and a commitment named by its verb.
      'Distributor agrees to purchase no fewer than 10,000 units of Product during each Contract Year.',
      'Customer commits to spend not less than $2 million on Services over the Term.',
      // An advertising delivery guarantee and its make-good.
      'If Publisher misses the guaranteed click-throughs in any quarter, Publisher will make good the shortfall in the following quarter at no charge.'],
    // A purchase forecast binds no one; a retention period and an insurance floor are not commitments to buy.
    no: ['Each month Buyer shall provide Supplier with a non-binding rolling forecast of its estimated requirements for the following six months.',
      'Licensee shall keep complete books and records of all sales for at least three (3) years following the end of each calendar year.',
      'Contractor shall maintain a fidelity bond covering the dishonest acts of its employees in a minimum amount of $1,000,000.',
      'If any shipment does not meet the Specifications, Buyer may reject it by written notice within ten (10) days of delivery.',
      // A remedy for a breach of any obligation is not a floor on volume or revenue.
      'Either party may terminate this Agreement if the other party fails to meet any of its material obligations and does not cure the failure within thirty (30) days.',
      // A minimum that is a length of time.
      'The minimum term of this Agreement shall be twelve (12) months from the Effective Date.',
      // A forecast for planning, and the boilerplate 'binding obligation' of a representation, commit to no quantity.
      'Buyer shall deliver a rolling twelve-month forecast each month. Forecasts are provided for planning purposes only and shall not be binding on Buyer.',
      'Each Party represents that this Agreement constitutes a legal, valid and binding obligation of such Party, enforceable in accordance with its terms.',
      // Opening hours are a service level.
      'Franchisee shall maintain at least one customer service office in the Territory, which shall be open at least forty (40) hours per week.',
      'Each showroom shall be open a minimum of fifty (50) hours per week during the Term.',
      // A failure to order on time is a scheduling lapse, not a shortfall against a floor.
      'Supplier shall not be liable for any delay in delivery caused by Buyer\'s failure to order Products within the lead times in Exhibit C.',
      // A quota share (reinsurance) and an import quota are not floors a party commits to.
      'The Reinsurer shall accept a fifty percent (50%) quota share of all policies written by the Company in the Territory.',
      'Buyer shall bear any duty or import quota imposed on the Products by the country of destination.',
      // Customers' commitments a reseller solicits bind the reseller to nothing.
      'Reseller shall promote the Products and solicit commitments to buy them from customers in the Territory.',
      // Making good damage, and a guaranteed response time, are no floor on what is bought or delivered.
      'Contractor shall make good any damage to the Premises caused by its personnel.',
      'Contractor shall make good any deficiency in workmanship at its own cost.',
      'The guaranteed response time for users of the help desk is four hours.',
      // Making good a difference in price or tax settles an account; it is no shortfall against a floor.
      'If the VAT finally assessed exceeds the amount invoiced, the Supplier shall make good the difference within thirty days.'] },
  { type: 'exclusivity',
    yes: ['Company shall identify Sponsor as the exclusive technology partner of the Arena in all of its marketing materials.',
      'During the Term, Vendor shall not enter into any agreement with any other imaging provider for the same or substantially similar services.',
      'During the Term, Manufacturer shall not appoint another distributor for the Products in the Territory.',
      'Licensor shall not grant to any other person a right to make or sell Licensed Products in the Field.',
      'Distributor shall be the exclusive distributor of the Products in the Territory, or in such other region as the parties agree, and Supplier shall not appoint any other distributor there.',
      'The Corporation appoints the Agents as the exclusive placement agents of the Corporation for the Offering.',
      // A non-exclusive grant beside an exclusive one does not cancel it (the near miss is one occurrence's).
      'Licensor grants to Alpha an exclusive license under the Licensed Patents in the Field of Automotive Sensors, and grants to Beta a non-exclusive license under the Licensed Patents in the Field of Consumer Electronics.',
      'Licensee grants to Licensor a non-exclusive license under the Improvements, and Licensor shall remain the exclusive licensee of the Licensed Patents in the Territory.'],
    // Exclusivity disclaimed, and a non-exclusive grant, are near-misses.
    no: ['Licensor grants to Alpha a non exclusive license under the Licensed Patents, and to Beta a non-exclusive license under the Licensed Know-How.',
      'The services of the Administrator are not to be deemed exclusive, and the Administrator is free to render similar services to others.',
      'The Principal grants Distributor non- exclusive rights to sell the Products within the Territory.',
      'Supplier agrees that it shall not be considered Customer\'s exclusive provider of any goods or services, and Customer retains the right to use other vendors.',
      // A definition names another agreement; it grants no exclusivity itself.
      '(j) "Exclusive Supplier Operating Agreement" means the Exclusive Supplier Operating Agreement dated as of the Effective Date between Supplier and the Company, attached as Exhibit C.',
      // Grammar, and a licensor's ownership: "exclusive" that deals with nobody.
      '12.4 Interpretation. In this Agreement headings are for convenience only, the word "including" means "including without limitation" and the word "or" shall not be exclusive.',
      'Licensee shall not challenge, contest or take any action inconsistent with Licensor\'s exclusive rights of ownership in the Licensed Marks.'] },
  { type: 'ip-ownership',
    yes: ['All changes, enhancements and derivative works made to the Software by either party shall be owned by Licensor, including all intellectual property rights therein.',
      'Developer assigns to Customer all intellectual property rights in the deliverables created under each Statement of Work.',
      'The Company is and shall be the sole owner of all inventions and improvements relating to the Service.',
      // Further assurances to perfect the ownership the clause allocates.
      'Developer hereby assigns and shall assign in the future to the Company all rights it may acquire in the Improvements.',
      'Any concept or improvement developed by Franchisee in connection with the System shall become Franchisor\'s property, and Franchisee shall provide all assistance reasonably necessary to effect the transfer of all rights in it to Franchisor.',
      'Any Improvement made by Licensee is owned by Licensor. Licensee shall execute, at no additional charge, any and all documents that Licensor reasonably considers necessary to perfect Licensor\'s ownership of the Improvements.',
      // "right, title or interest" as well as "right, title and interest".
      'Any improvement to the Licensed Marks made by Licensee shall be the property of Licensor, and Licensee shall assign all right, title or interest it may acquire in such improvement to Licensor.'],
    // A party acknowledging who owns a third party's marks transfers nothing (assignment of the agreement is the other near-miss).
    no: ['Reseller acknowledges that Visa and MasterCard are the owners of the Visa and MasterCard marks and agrees not to use them except as permitted.',
      'Neither party may assign this Agreement without the prior written consent of the other party.',
      // The warranty of title: owning or being licensed today is a representation, not an allocation of ownership.
      '(k) the Company is the sole and exclusive owner of all right, title and interest in and to, or has a valid and enforceable right to use, all trademarks and patents used in the Business.',
      // History told in a recital or a representation allocates nothing under this agreement.
      'WHEREAS, under the Separation Agreement the Licensor was assigned all right, title and interest in and to the ACME trademark;',
      // Subrogation rights and vesting options are not intellectual property.
      'Once reimbursed, Insurer shall assign to Client all of its subrogation rights against the carrier and shall execute such assignment documents as Client reasonably requests to transfer those rights.',
      'The options granted to Consultant shall vest monthly over twelve months; unvested options lapse on termination.',
      // A representation that nothing was transferred.
      'Licensee represents and warrants that it has not transferred any right, title or interest in the Licensed Software to any third party.'] },
  { type: 'royalty',
    yes: ['Net revenue from the operations of the alliance will be distributed by the Holding Company equally between the two Members.',
      'Agent shall be paid a commission of five percent (5%) of the net invoice price of all Products sold to Customers in the Territory.',
      'The Principal shall pay the Company a fee of $1.00 (one dollar), inclusive of VAT, per one net tonne of Commodity shipped under this Contract.',
      // Pay measured as a percentage of something the other party sells or spends.
      'The Company shall compensate the Agent by a discount of eight (8) percent off the list price of each Product shipped to Customers in the Territory.',
      // The royalty report that states the base and the royalty due on it.
      'Licensee shall submit a royalty report with each payment, stating the Net Sales of each Licensed Product in the quarter and the royalty due on them.'],
    // A commission that is a body, a price deposit, and an employee benefit plan share no revenue.
    no: ['The Supervision Commission shall meet quarterly and its members shall resolve any conflict arising in the execution of this Agreement.',
      'Buyer shall pay a deposit of thirty percent (30%) of the total order price upon signing of each purchase order.',
      'Consultant is an independent contractor and is not eligible to participate in the Company\'s benefit plans, including its profit sharing plan.',
      // A raise of a fixed fee by a percentage shares nothing; nor does a right to receive shares.
      'Consultant\'s compensation under this Agreement shall be increased by three percent (3%) on each anniversary of the Effective Date.',
      'Each Holder shall be entitled to receive one share of Common Stock for each Warrant exercised.',
      // Retaining records of revenue keeps evidence.
      'Each party shall retain a copy of the records of gross revenue for three years.',
      // A share denied.
      'Consultant shall not be entitled to share in any profits of the Company other than the fees stated in Exhibit A.',
      // Settling an audit refers to royalties set elsewhere; it is not the royalty.
      'If the audit reveals an underpayment of the royalty payments due, Licensee shall pay the difference with its next payment.'] },
  { type: 'non-solicit',
    yes: ['Supplier shall not contact any of Distributor\'s customers for any reason without the prior written approval of Distributor.',
      'Professional shall not engage in conduct that could bring the Company into public disrepute, contempt or ridicule or that is prejudicial to the goodwill of the Company.'],
    // A debarment warranty screens one's own staff; it does not protect the other party's.
    no: ['Each party represents that it will not hire, as an officer or employee, any person who has been debarred by the FDA.'] },
  { type: 'joint-ip',
    yes: ['Ownership of any works created jointly by the parties, including all intellectual property rights therein, shall be decided by the parties at the commencement of such joint efforts.',
      'The parties shall have co-ownership of all Joint Inventions and of the patents claiming them, each holding an undivided one-half interest.'],
    // A co-ownership partnership named in the recitals is background, not an IP term.
    no: ['WHEREAS, the Partners are parties to the Sagebrush General Co-Ownership Partnership Agreement dated as of January 1, 2005;',
      // Co-owning a business as a partnership (tax, real estate) is not co-owning intellectual property.
      'B. Concurrently herewith, the Partners are entering into an amendment to their Co-Ownership Partnership Agreement for the wind park.',
      'Nothing in this Agreement shall be deemed to create a separate taxable entity or a co-ownership of a business between the parties.'] },
  { type: 'change-of-control',
    yes: ['This Agreement shall terminate in the event of a significant change in the management or ownership of Distributor.',
      'If a Third Party (an "Acquirer") merges with the Company or acquires substantially all of its assets, Licensor may terminate this Agreement on notice.',
      'If the Supplier undergoes a change of ownership, the Customer shall have the right to qualify an alternate source for the Products.',
      'A merger or change of control of Licensee shall be deemed an assignment of this Agreement requiring the prior written consent of Licensor.'],
    // A standstill forbids seeking control of the other party; it is not a change of control with consequences.
    no: ['Each party shall have the right to control the defense of any claim for which it provides indemnification.',
      'During the Standstill Period, the Investor shall not seek to influence the Board, any change in the management of the Company, any acquisition of control of the Company or any solicitation of proxies.',
      // Goods changing hands is not a party changing hands.
      'Risk of loss passes to Buyer at the change of ownership of the goods on delivery at the named port.'] },
  { type: 'non-compete',
    yes: ['So long as each Party owns an interest in the Joint Venture, neither Party shall, directly or indirectly, engage in any business anywhere in the world which manufactures or sells products within the Field.',
      'If a court determines that the restrictions in this Section 7 are unreasonable in scope, time or geography, the court may enforce them with a narrower scope or a shorter time.',
      // The restraint named by its own verb, and the distributor's restraint on rival lines (no "competing product" phrase).
      'Each Member agrees that it will not compete with the Company in North America for so long as it holds Units.',
      'Agent shall not, during the term of this Agreement, represent, promote or sell in the Territory any line of goods that would compete directly with those supplied by the Principal.',
      'During the Term, Distributor shall carry no similar products of any other manufacturer in the Territory.',
      'The exclusivity granted to Licensee shall not prevent Licensor from entering into agreements with the competitors of Licensee listed in Exhibit C.',
      // The restrained object named by what it does, with no modal of restraint.
      'The online store will be modified to remove any products that will compete with the Company store.'],
    no: ['Licensee shall comply with all applicable export control laws and regulations.',
      // A separate covenant referred to by its name restrains nothing here.
      'Client grants Vendor a nonexclusive right to use and store the Credit Data subject to the limitations set forth in the Non-Competition Agreement.',
      // An efforts standard measured against competing products restrains nobody.
      '1.9 Commercially Reasonable Efforts. The term Commercially Reasonable Efforts means the level of effort a company of similar size would devote to a product of similar market potential, taking into account the competing products in the market.',
      // An acceptable-use rule restricts how a service is used, not competition.
      'Customer may not use the Services to distribute malware, to engage in unfair competition or to send unsolicited commercial email.',
      // A confidentiality carve-out in the discloser / recipient roles.
      'The receipt of Confidential Information under this Agreement shall not preclude the Receiving Party from providing to others products which may be competitive with the products of the Disclosing Party.',
      // A passive after the modal: what cannot be provided restrains nobody from providing.
      'Licensee may terminate this Agreement if the competitive market data cannot be provided by Licensor within the time agreed by the Parties.',
      // An exclusive channel: the supplier sells only through the reseller.
      'During the Term, Supplier shall not market or sell similar products in the Territory other than through the Reseller.',
      'Supplier shall not sell similar products in the Territory except through the Distributor.',
      // A carve-out that is not about trading.
      'Nothing in this Agreement shall prevent either party from disclosing information that it is required by law to disclose.',
      // Vendors that compete for a tender are rivals to each other, not restrained by the agreement.
      'The Agency will evaluate proposals from vendors that compete for the tender on price and quality.',
      // Compliance with competition law is not a restraint on competing.
      'Licensee shall not engage in any anti-competitive practice prohibited by applicable law.',
      // A heading about the exclusivity of a licence: the licence's character, not a restraint on competing.
      '4. Exclusivity of License. Licensor agrees that Licensee has the exclusive right to exhibit the Program in the Territory during the License Term.'] },
  { type: 'most-favored',
    yes: ['Supplier agrees that engineering services will be priced to Customer on a most favored customer basis.'],
    // A matching right compares a third party's terms too, but lets the holder take them: a first-refusal mechanism.
    no: ['Licensor grants Licensee an exclusive option to obtain a license on terms no more favorable to a third party than those offered to Licensee, and the parties shall negotiate in good faith.',
      // A comparison with an earlier price list, and a cap measured against a third party's payment, compare no buyers.
      'The prices in Exhibit A are lower than the prices in the prior agreement between the parties.',
      'The Indemnitor\'s liability shall be no greater than the amount it actually recovers from any third party.'] },
  { type: 'audit',
    yes: ['Each Party shall have the right to have its own internal or external auditors review the books and records of the Joint Venture.',
      'Contractor shall permit the Company and its auditors, upon reasonable notice, to visit and inspect the facilities where the Services are performed.',
      'Company shall make its books available to Licensor or Licensor\'s representative on reasonable notice during the Term.',
      // A royalty audit that also reaches the licensee's financial statements.
      'Once in each calendar year Licensor may have an independent certified public accountant audit the books and records of Licensee to verify the royalties paid, and Licensee shall make its financial statements available to that accountant.'],
    // Keeping records is not a right to audit them.
    no: ['4.6 Maintenance of Records. Consultant shall maintain complete and accurate records of the time spent on the Services.',
      // A comfort letter from the company's own auditors gives the other party no right to look at anything.
      'At the Closing Date the Agent shall have received a letter from the Company\'s independent registered public accountants confirming that they are independent and that the audited financial statements comply with the Securities Act.',
      // The company's own audited accounts delivered to the other party, under an audit heading.
      '7.2 Audit. Licensee shall deliver its audited financial statements to Licensor within ninety (90) days after the end of each fiscal year.',
      '7.3 Audit. Licensee shall deliver its audited balance sheet to Licensor within ninety (90) days after the end of each fiscal year.'] },
  { type: 'renewal',
    yes: ['The initial term ends on December 31, 2025; thereafter this Agreement shall continue month to month until terminated by either party on sixty (60) days notice.',
      'Supplier will extend the Agreement on the same terms and conditions for additional one-year terms if both parties are satisfied with its performance.',
      'This Contract is renewable for one additional year by written amendment signed by both parties.',
      // The agreement (or its term) as the subject of "renewable", however the periods are worded.
      '6.1 This Agreement shall be renewable by mutual written agreement of the Parties.',
      'This Agreement shall commence on the Effective Date and continue in full force and effect until the end of the fifth Contract Year, and shall continue in full force and effect thereafter until terminated by either party on ninety days notice.'],
    // A deadline extended by force majeure is not the agreement's term.
    no: ['If a force majeure event occurs, the time for performance of the affected obligations shall be automatically extended for the period of delay.',
      // Nor a period stretched by the days a dispute took, another date, a patent's term, or a mere mention of the Renewal Terms.
      'Where an action must be taken within a set period and a matter submitted to arbitration affects it, that period shall automatically be extended by the number of days the arbitrator takes to decide.',
      '8.4 Extension of Conversion Date. The Company may move the Conversion Date by up to six (6) months by written notice to the Customer.',
      'Licensee shall apply for patent term extensions and supplementary protection certificates for the Licensed Patents wherever they are available.',
      'Each Party shall cooperate with the other in gaining patent and trademark term extensions for the Product.',
      // No fixed term, so nothing to renew.
      '4.1 Term. This Agreement will become effective on the date of its signature and will continue in effect thereafter until terminated under Section 4.2.',
      'Supplier shall comply with the Payment Card Industry Data Security Standard throughout the Term and any Renewal Terms.',
      // Something else is renewable: a permit, a policy.
      'The Permit is renewable by the City for periods of five years.',
      'Operator shall maintain a liability policy of at least $1,000,000, renewable for periods of one year.'] },
  { type: 'license-grant',
    yes: ['Bank grants Affiliate a non-exclusive, nontransferable, revocable right to access the Bank site through the Links and to use the Bank logos solely in connection with the Links.',
      // The double object with no adjective and no "to use" after it, under a "Grant" heading.
      '2. Grant. Upon payment of the Initial Fee, Owner grants Operator a licence for the Term in the Territory.',
      // A grant that also states the grantor's authority to make it is still a grant.
      '2.1 Licence. Licensor hereby grants to Licensee a non-exclusive, worldwide licence under the Licensed Patents to make, use and sell Licensed Products. Licensor has the full right and authority to enter into this Agreement and to grant the licence in this Section 2.1.',
      // A grant that also mentions security for payment is still a grant.
      'Licensor hereby grants to Licensee a non-exclusive, worldwide licence under the Licensed Patents to make, use and sell Licensed Products, subject to payment of the royalties secured by the letter of credit.'],
    // Regulatory licences a party must hold are not a grant of rights under IP.
    no: ['Operator shall hold and maintain all licenses, permits and authorizations required by the FCC for the operation of the Station.',
      // Security over an account, the long disclaimer of implied licences, and a warranty of the power to grant.
      'ISO hereby grants SERVICERS a security interest in the Offset Account to secure all of its obligations under this Agreement.',
      'Nothing contained herein, nor the delivery of any information to either party hereunder, shall be deemed to grant the other party a right or license under any patent or other intellectual property.',
      'Each Party represents that it has the full right and authority to enter into this Agreement and to grant to the other Party the rights granted under this Agreement.'] },
  { type: 'first-refusal',
    yes: ['If Licensor decides to sell the Product Line, Licensee shall have the option to purchase it on the terms of any bona fide third party offer, exercisable within thirty (30) days of notice of that offer.',
      'Consultant shall first present each technology opportunity to Company; if Company does not elect to proceed within thirty days, Consultant shall after 30 days have the right to present the technology to other clients.',
      // The last look: once the holder passes, the grantor may deal with others only on terms no better for them.
      'Should the parties fail to agree within sixty (60) days, Publisher may sell the serial rights to a third party on terms no less favorable to Publisher than those last offered to Author.'],
    no: ['Each Party acknowledges that it has had an equal opportunity to review this Agreement with counsel.',
      // Most-favoured terms compare with third parties too, but give no priority over them.
      'If Licensor grants any third party a license under the Licensed Patents on royalty terms more favorable than those of this Agreement, Licensor shall offer the same terms to Licensee.',
      // A buy-out of the agreement gives no priority over third parties.
      '14. Buy-Out. Company shall have the option at any time after the second Contract Year to buy out this Agreement by paying Distributor twice its commissions for the preceding twelve months.'] },
  { type: 'assignment',
    yes: ['This Agreement may not be assigned by the Distributor without the prior written consent of the Supplier.',
      'This Agreement shall automatically terminate in the event of its assignment, as that term is defined in the Investment Company Act of 1940.',
      'The Shipper may terminate the Contract early in the event of: c) the unauthorized assignment of the Contract by the Carrier.',
      'Except as expressly set forth herein, Reseller shall not assign or transfer to any third party any right or obligation it has under the Program.',
      // "assignment of any Work Order" is the agreement's paperwork, not an assignment of work product.
      'Vendor may not assign this Agreement or any Work Order issued under it without the prior written consent of Client; any such assignment of a Work Order is void.',
      // The verb in the third person, in a condition.
      'If Licensee assigns this Agreement without the prior written consent of Licensor, Licensor may terminate this Agreement immediately.',
      // The same condition whatever the party is called.
      'If Vendor assigns this Agreement to an Affiliate, Vendor shall notify Buyer in writing within ten (10) days.',
      'In the event that Franchisee transfers its rights under this Agreement without consent, Franchisor may terminate.'],
    // Work product assigned to a customer is not an assignment of the agreement.
    no: ['Contractor hereby assigns to Customer all right, title and interest in the inventions and work product created under each Statement of Work.',
      // The noun "assigns" ends a binding-effect sentence; the next sentence's "this Agreement" is not what is assigned.
      'Section 13. Miscellaneous. This Agreement shall inure to the benefit of the parties hereto and their respective successors, heirs and assigns. In case any provision of this Agreement shall be invalid, the remaining provisions shall not be affected.'] },
  { type: 'post-termination',
    yes: ['In the event of termination, the Distributor may sell the Products it holds in inventory for ninety (90) days.',
      // The same event as the agreement's expiry ('if this agreement is|be terminated|expires' once read 'is expires').
      'If this Agreement expires without renewal, the Distributor may sell the Products it holds in inventory for ninety (90) days.',
      'Termination under Section 4(a) shall trigger a phase-out period during which Reseller may continue to serve existing Customers.',
      // A tail after the term.
      'During the term of this Agreement and for one year thereafter, Licensor may audit the records of Licensee relating to royalties.'],
    // Another event, and a handover that is a deliverable, not a wind-down.
    no: ['In the event of a dispute, the parties shall first meet and negotiate in good faith.',
      'Development deliverables: source code handover and installation scripts for the target device.',
      // A person's employment ending is not the agreement's.
      'In the event of termination of the employment of any Key Person, Supplier shall promptly appoint a replacement acceptable to Customer.'] },
  { type: 'liability',
    yes: ['No action, regardless of form, arising out of this Agreement may be brought by Distributor more than one (1) year after the cause of action has arisen.',
      'IntriCon is not liable in any way to Dynamic Hearing for any indirect, consequential, third party, special or incidental harm, loss or damage.',
      'Notwithstanding any other provision of this Agreement, Vendor\'s maximum liability with respect to any Professional Services performed shall be limited to the fees paid for them.'],
    // Costs a party does not bear are not a limit on liability for damages.
    no: ['Supplier is not responsible for any incidental expenses of Buyer\'s personnel visiting the plant.',
      // A start date for work is not a time bar on claims.
      'The Services shall be commenced within five (5) days of the Notice to Proceed.'] },
  { type: 'insurance',
    yes: ['The Joint Venture Company shall take out the required insurance from an insurance company permitted by Chinese law to provide such insurance.',
      // A ceiling on the duty and the insurer's standing are still the duty to insure.
      'Contractor shall maintain general liability insurance with an insurance company of recognized standing, and shall not be required to maintain insurance in excess of $2,000,000 per occurrence.'],
    // An insurer named as a party, insurance as the product a party sells, and a duty to insure disclaimed.
    no: ['AMERICAN GENERAL LIFE INSURANCE COMPANY OF DELAWARE',
      'WHEREAS, Company holds shares of the Funds in order to fund certain variable annuity contracts and variable life insurance policies;',
      '6. Insurance. The Producer has no insurance requirement.'] },
  { type: 'covenant-not-to-sue',
    yes: ['Distributor shall not take any action, or aid any other party to take any action, that would harm or contest the proprietary rights of Company in and to the Brand.',
      'Licensee shall not oppose or challenge any application by Licensor to register the Marks, nor contest the validity of the Licensed Patents.',
      'Distributor acknowledges the Company\'s exclusive ownership of the Trademarks and will not do any act which may in any way impair the Company\'s rights, title or interest in the Trademarks.'],
    no: ['The Parties will issue a joint press release announcing the Agreement.',
      // A remedy: not opposing an injunction; and a warranty that nobody has challenged the patents.
      'If Distributor breaches Section 6, Supplier may seek injunctive relief and Distributor shall not oppose the entry of an order restraining further breaches.',
      '(f) No Challenges. No third party has asserted or threatened in writing any claim challenging the validity, enforceability or ownership of the Licensed Patents.',
      // A waiver clause: a delay that does not impair a party's rights under the agreement is no promise about IP.
      'No failure or delay by either party in exercising any right under this Agreement shall impair such right or operate as a waiver of it.',
      // Notice of a third party's claim is claims handling, not a waiver.
      'Each party shall promptly notify the other party of any claim made against it by a third party.'] },
];

describe('cue cases: clauses that carry the type and near-misses that do not', () => {
  for (const c of CASES) {
    for (const text of c.yes) it(`${c.type}: tags "${text.slice(0, 70)}..."`, () => expect([...typesOf(text)]).toContain(c.type));
    for (const text of c.no) it(`${c.type}: does not tag near-miss "${text.slice(0, 70)}..."`, () => expect([...typesOf(text)]).not.toContain(c.type));
  }
});

// Supporting clauses: in a contract that carries a type, a weaker clause about the same subject keeps the tag.
describe('cue cases: clauses kept in a contract that carries the type', () => {
  const clauseTypes = clauseTypesOf;
  const nonDisparagement = '1. Non-Disparagement. Neither party shall disparage the other party or its products in any public statement.';
  it('exclusivity: a promise not to license the technology to anyone else', () => {
    const text = '1. Exclusivity. Distributor shall be the exclusive distributor of the Products in the Territory.\n\n2. Designs. Supplier will not license the Product designs to any other company in the Territory during the Term.';
    expect(clauseTypes(text, 'Designs')).toContain('exclusivity');
  });
  // The period to claim non-conforming goods: kept beside a warranty, never a warranty on its own.
  const inspection = '2. Inspection. Buyer shall notify Seller of any defects or shortages within ten (10) days of delivery, failing which Buyer shall be deemed to have accepted the Products.';
  it('warranty: the inspection period beside a product warranty', () => {
    const text = `1. Warranty. Seller warrants that the Products shall be free from defects in materials and workmanship for twelve (12) months.\n\n${inspection}`;
    expect(clauseTypes(text, 'Inspection')).toContain('warranty');
  });
  it('warranty: not the acceptance of an order or an invoice beside a warranty', () => {
    const warranty = '1. Warranty. Seller warrants that the Products shall be free from defects in materials and workmanship for twelve (12) months.';
    const text = `${warranty}\n\n2. Orders. Seller shall accept or reject each Purchase Order within five (5) business days after receipt.\n\n3. Deemed Acceptance. A Purchase Order not rejected within that period shall be deemed accepted.\n\n4. Invoices. Each invoice shall be deemed accepted by Buyer unless Buyer disputes it in writing within thirty (30) days.\n\n${inspection.replace('2. Inspection', '5. Inspection')}`;
    expect(clauseTypes(text, 'Orders')).not.toContain('warranty');
    expect(clauseTypes(text, 'Deemed Acceptance')).not.toContain('warranty');
    expect(clauseTypes(text, 'Invoices')).not.toContain('warranty');
    expect(clauseTypes(text, 'Inspection')).toContain('warranty');
  });
  it('warranty: not an inspection period alone', () => {
    expect(clauseTypes(inspection, 'Inspection')).not.toContain('warranty');
  });
  it('warranty: accepting or rejecting goods beside a warranty, not a resignation or an application', () => {
    const warranty = '1. Warranty. Seller warrants that the Products shall be free from defects in materials and workmanship for twelve (12) months.';
    const text = `${warranty}\n\n2. Shipments. Buyer shall accept or reject each shipment of Products within ten (10) days after its arrival.\n\n3. Board. The Board shall accept or reject the Designee's offer to resign within thirty (30) days.\n\n4. Merchants. Bank may accept or reject any merchant application submitted by ISO.`;
    expect(clauseTypes(text, 'Shipments')).toContain('warranty');
    expect(clauseTypes(text, 'Board')).not.toContain('warranty');
    expect(clauseTypes(text, 'Merchants')).not.toContain('warranty');
  });
  // A morals clause: conduct that harms the other party's name, kept beside a non-disparagement covenant.
  const morals = '2. Harmful Behavior. Either party may terminate this Agreement if the other party engages in indecent or scandalous behavior or conduct materially harming the goodwill of the first party.';
  it('non-solicit: a morals clause beside a non-disparagement covenant', () => {
    expect(clauseTypes(`${nonDisparagement}\n\n${morals}`, 'Harmful Behavior')).toContain('non-solicit');
  });
  it('non-solicit: not a termination for a conviction of moral turpitude beside a non-disparagement covenant', () => {
    const text = `${nonDisparagement}\n\n2. Termination for Cause. Franchisor may terminate this Agreement if Franchisee is convicted of a felony or any crime involving moral turpitude.`;
    expect(clauseTypes(text, 'Termination for Cause')).not.toContain('non-solicit');
  });
  it('non-solicit: not a morals clause alone', () => {
    expect(clauseTypes(morals, 'Harmful Behavior')).not.toContain('non-solicit');
  });
  // The holder's priority by what the grantor may do once the holder declines: support, never asserted alone.
  const referral = '2. Referrals. Vendor shall not refer any such opportunity to another provider unless Company declines to bid on it.';
  it('first-refusal: a referral held for the holder until it declines, beside a right of first refusal', () => {
    const text = `1. Right of First Refusal. Before selling the Business to a third party, Owner shall first offer it to Company on the same terms.\n\n${referral}`;
    expect(clauseTypes(text, 'Referrals')).toContain('first-refusal');
  });
  it('first-refusal: not such a referral alone', () => {
    expect(clauseTypes(referral, 'Referrals')).not.toContain('first-refusal');
  });
  it('first-refusal: a step-in to an abandoned patent beside a right of first refusal, not the defence of a claim', () => {
    const rofr = '1. Right of First Refusal. Before selling the Business to a third party, Owner shall first offer it to Company on the same terms.';
    const text = `${rofr}\n\n2. Abandonment. If Owner elects to abandon any Patent, Company shall have the opportunity to assume the prosecution of that Patent at its own cost.\n\n3. Defence. The indemnifying party shall have the opportunity to take over the defence of the claim with counsel of its choice.`;
    expect(clauseTypes(text, 'Abandonment')).toContain('first-refusal');
    expect(clauseTypes(text, 'Defence')).not.toContain('first-refusal');
  });
  // A floor measured without the word "minimum": support beside a stated commitment, never asserted alone.
  const staffing = '2. Staffing. If the number of full-time engineers assigned to the Project is less than four (4) in any month, Developer shall credit Customer one tenth of the monthly fee.';
  it('minimum-commitment: a staffing floor beside a minimum purchase commitment', () => {
    const text = `1. Minimum Purchases. Distributor shall purchase a minimum of 10,000 units of Product in each Contract Year.\n\n${staffing}`;
    expect(clauseTypes(text, 'Staffing')).toContain('minimum-commitment');
  });
  it('minimum-commitment: a floor that a count falls below, beside a minimum purchase commitment', () => {
    const text = '1. Minimum Purchases. Distributor shall purchase a minimum of 10,000 units of Product in each Contract Year.\n\n2. Stores. If the number of Stores open in the Territory falls below twenty (20), the parties shall meet to review the development plan.';
    expect(clauseTypes(text, 'Stores')).toContain('minimum-commitment');
  });
  it('minimum-commitment: not a missed delivery date beside a minimum purchase commitment', () => {
    const text = '1. Minimum Purchases. Distributor shall purchase a minimum of 10,000 units of Product in each Contract Year.\n\n2. Late Delivery. If Supplier misses the guaranteed delivery date, Distributor may cancel the Purchase Order.\n\n3. Shortfall. If Distributor misses the minimum purchase target in any quarter, it shall pay the difference.';
    expect(clauseTypes(text, 'Late Delivery')).not.toContain('minimum-commitment');
    expect(clauseTypes(text, 'Shortfall')).toContain('minimum-commitment');
  });
  it('minimum-commitment: not a temperature limit nor a short period beside a minimum purchase commitment', () => {
    const text = '1. Minimum Purchases. Distributor shall purchase a minimum of 10,000 units of Product in each Contract Year.\n\n2. Storage. If the temperature of the storage area falls below 2 degrees Celsius, Distributor shall quarantine the affected Product.\n\n3. Short Periods. If any notice period is less than thirty (30) days, the parties shall extend it.';
    expect(clauseTypes(text, 'Storage')).not.toContain('minimum-commitment');
    expect(clauseTypes(text, 'Short Periods')).not.toContain('minimum-commitment');
  });
  it('minimum-commitment: not such a floor alone', () => {
    expect(clauseTypes(staffing, 'Staffing')).not.toContain('minimum-commitment');
  });
  // The exception to a restraint that does not repeat the restraint's words: support beside it, never alone.
  const carveOut = '2. Auctions. Notwithstanding the foregoing, the provisions of Sections 1.1 through 1.4 shall not apply to any product sold through live auctions conducted by Supplier.';
  it('non-compete: an exception beside the restraint it limits', () => {
    const text = `1. Non-Competition. During the Term, Supplier shall not sell any product that competes with the Products in the Territory.\n\n${carveOut}`;
    expect(clauseTypes(text, 'Auctions')).toContain('non-compete');
  });
  it('non-compete: not such an exception alone', () => {
    expect(clauseTypes(carveOut, 'Auctions')).not.toContain('non-compete');
  });
  // A party keeping its part of what is earned: support beside a revenue share, never asserted alone.
  const retained = '2. Advertising Revenue. Operator shall be entitled to all revenues from the sale of advertising on the Service.';
  it('royalty: revenue a party retains, beside a revenue share', () => {
    const text = `1. Revenue Share. Operator shall pay Owner a royalty of seven percent (7%) of Net Sales each quarter.\n\n${retained}`;
    expect(clauseTypes(text, 'Advertising Revenue')).toContain('royalty');
  });
  it('royalty: not such a clause alone', () => {
    expect(clauseTypes(retained, 'Advertising Revenue')).not.toContain('royalty');
  });
  it('royalty: a share retained beside a revenue share, not records of the revenues nor an escrow\'s income', () => {
    const text = [
      '1. Revenue Share. Operator shall pay Owner a royalty of seven percent (7%) of Net Sales each quarter.',
      '2. Retained Share. Reseller shall retain thirty percent (30%) of the subscription revenues it collects.',
      '3. Records. Operator shall keep complete and accurate records of the revenues from sales of the Service for three years.',
      '4. Escrow. Owner shall be entitled to the income from any investment of the escrow funds.',
    ].join('\n\n');
    expect(clauseTypes(text, 'Retained Share')).toContain('royalty');
    expect(clauseTypes(text, 'Records')).not.toContain('royalty');
    expect(clauseTypes(text, 'Escrow')).not.toContain('royalty');
  });
  it('non-solicit: not the injunction clause that speaks of irreparable harm to goodwill', () => {
    const text = `${nonDisparagement}\n\n2. Equitable Relief. A breach of Section 5 would cause irreparable harm to the goodwill and reputation of Licensor, and Licensor may seek injunctive relief.`;
    expect(clauseTypes(text, 'Equitable Relief')).not.toContain('non-solicit');
  });
});

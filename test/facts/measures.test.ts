// Money, percentages, durations, dates, patent numbers and words-and-figures pairs, read from single sentences quoted
// from the CUAD dev contracts (CC BY 4.0) and a few written for the cases CUAD lacks.
import { describe, expect, it } from 'vitest';
import { attributesOf } from './helpers.js';
import { parseNumberWords } from '../../src/facts/index.js';
import { findDurations, findMoney, findNumberPairs, findPercentages } from '../../src/facts/measures.js';

describe('number words', () => {
  it.each([
    ['ninety', 90], ['twenty-four', 24], ['one hundred and twenty', 120], ['one hundred eighty', 180],
    ['Three Million Seven Hundred Thousand', 3_700_000], ['five million', 5_000_000], ['forty five', 45], ['hundred', 100],
  ])('%s = %d', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });
  it('rejects words that are not numbers', () => {
    expect(parseNumberWords('several')).toBeNull();
  });
});

describe('money (CUAD)', () => {
  it.each([
    ['umbrella liability insurance, with a minimum limit of $5,000,000 per occurrence and $5,000,000 in the aggregate;', [5_000_000, 5_000_000]],
    ["IBM's entire liability and MSL's exclusive remedy for actual damages from cause whatsoever relating to the subject matter of this Agreement will be limited to the amount of $25,000.", [25_000]],
    ['Client shall make a prepayment of $1,900 and pay the remaining $3,100 on completion of the Scope of Work.', [1_900, 3_100]],
    ['(1) use of technology in accordance with the Contract for Technology Investment, which is attached hereto as Appendix 2, which the parties agree to be valued at US$5,900,000; and', [5_900_000]],
    ["A cash pre-payment of US$150,000 which Consultant acknowledges it received directly from an investor participating in the Company's March 2020 convertible debenture offering.", [150_000]],
    ["Service Provider shall provide and maintain worker's compensation insurance as required by applicable law where the Services are performed and employer's liability insurance with a limit of liability of One Million Dollars ($1,000,000) for each accident and in the aggregate.", [1_000_000]],
    ['Notwithstanding anything to the contrary contained herein for purposes of the period commencing December 1, 2001 and ending December 31, 2001, the Minimum BCF shall be One Dollar ($1.00).', [1]],
    ['The suggested monthly subscription would be $19.95 per month per subscriber.', [19.95]],
    ['A charge of $12.50 per half hour or fractional part thereof shall apply for all time consumed in excess of free time allowed when due to delay caused by Consignor or Consignee and beyond Carrier\'s control.', [12.5]],
    ['Owner covenants that it will maintain at all times during the Term of this Agreement insurance coverage for sudden and accidental pollution of $500,000,000.', [500_000_000]],
    ['If, however, the aggregate award sought by the Parties is less than five million United States dollars (USD $5,000,000) and equitable relief is not sought, a single arbitrator shall be chosen.', [5_000_000]],
  ])('%s', (sentence, amounts) => {
    const money = attributesOf(sentence).money;
    expect(money.map((m) => m.amount)).toEqual(amounts);
    for (const m of money) expect(m.currency).toBe('USD');
  });

  it('reads other currencies and scale words', () => {
    const money = attributesOf('Licensee shall pay EUR 250,000 on signature, US$ 5 million on approval and £1.5m on launch.').money;
    expect(money.map((m) => [m.amount, m.currency])).toEqual([[250_000, 'EUR'], [5_000_000, 'USD'], [1_500_000, 'GBP']]);
  });

  // Indian English groups digits in lakh and crore and writes the words after the figures ("Rupees ... only"): the
  // figure was read as INR 2 (the digits before the first ',50') and "Rupees" as no currency (failed before).
  it('reads Indian digit grouping, lakh and crore, and rupees', () => {
    const money = attributesOf('BRS shall pay INR 2,50,00,000 (Rupees Two Crore Fifty Lakh only) within 45 days, a fee of Rs. 75,000 per site, ₹1,00,000 on launch, INR 3.5 crore on approval and 12,50,000 Indian Rupees on renewal.').money;
    expect(money.map((m) => [m.amount, m.currency])).toEqual([[25_000_000, 'INR'], [75_000, 'INR'], [100_000, 'INR'], [35_000_000, 'INR'], [1_250_000, 'INR']]);
    // Near miss: grouping in thousands reads as before, and a figure after a comma list is not Indian grouping.
    expect(attributesOf('Licensee shall pay USD 1,000,000 and EUR 12,500.').money.map((m) => m.amount)).toEqual([1_000_000, 12_500]);
  });

  // US contracts write the cents of an amount in words as a fraction of a dollar: its "100" is no amount.
  it('reads no amount from the cents fraction of an amount in words ("and 00/100 Dollars")', () => {
    expect(attributesOf('The Purchase Price is Fifty Thousand and 00/100 Dollars ($50,000.00), payable at Closing.').money.map((m) => m.amount)).toEqual([50_000]);
    expect(attributesOf('Tenant shall pay Two Thousand Five Hundred and No/100 U.S. Dollars per month.').money).toEqual([]);
    expect(attributesOf('The fee is 100 Dollars per unit, or 1/2 of the list price.').money.map((m) => m.amount)).toEqual([100]);
  });

  it('ignores redacted amounts', () => {
    expect(attributesOf('a) IBM shall pay MSL up to [*] U.S. dollars [*] for 1998 start up and investment expenses related to the US Work Center.').money).toEqual([]);
  });
});

describe('percentages (CUAD)', () => {
  it.each([
    ['Carrier shall allocate up to ninety percent (90%) of the Available Capacity on a non-discriminatory historical basis to all Historical Shippers.', [90]],
    ['In the event more that there is a change in ownership representing fifty percent (50%) or more of the equity ownership of either party, the other party may, at its option, terminate this Agreement upon written notice.', [50]],
    ['In each case, the Service Level Credit shall be four percent (4%).', [4]],
    ['If the amount of underpayment for the period under audit exceeds five percent (5%) of the total amount owed during such period, Licensee shall reimburse Licensor for all costs and expenses incurred by Licensor in connection with performing the audit.', [5]],
    ['A discrepancy shall be deemed material if it involves payment or adjustment of more than five percent of the amount reported in favor of NAI.', [5]],
    ["The Specified Minimum Percentage shall initially equal 350% of the Company's Company Action Level RBC.", [350]],
    ['Any amount not paid when due will thereafter bear interest at the rate of one percent (1%) per month.', [1]],
    ['The Agents\' Fee shall be apportioned among the Agents as follows: Dundee Securities Ltd. 40% Kes 7 Capital Inc. 30% Bloom Burton & Co.', [40, 30]],
    ['Composition: Predominantly Ethane, Propane, Butanes & Natural Gasoline ASTM D-2163 (C5 Plus) Methane 1.5% of Ethane1 ASTM D-2163 Total Olefins None', [1.5]],
    ['The percentage of the respective Advertising Cost Compensation shall be stipulated by the Software Publisher, but shall not exceed 50% of the effective gross sales price of the software.', [50]],
    ['Changepoint agrees to make changes to the Software such that all functionality currently available in the Software will be one hundred percent (100%) thin client and browser-based.', [100]],
    // Late-payment interest is often "one and one-half percent", written with a fraction: its denominator was read as
    // the percentage.
    ['Overdue payments shall accrue interest, at the lesser of 1 1/2% per month or the maximum allowable interest rate.', [1.5]],
    ['late charges of 1-1/2% per month, or the maximum amount allowable by law', [1.5]],
    ['interest at a rate equal to the lesser of one and one-half percent (1- 1/2%) per month or the maximum legal rate', [1.5]],
    ['a royalty of one-half of one percent (1/2%) of Net Sales', [0.5]],
    ['a royalty of 2% of Net Sales and a fee of 3/4 percent', [2, 0.75]],
  ])('%s', (sentence, values) => {
    expect(attributesOf(sentence).percentages.map((p) => p.value)).toEqual(values);
  });

  it('reads decimals written with "percent"', () => {
    expect(attributesOf('A royalty of 3.5 percent of Net Sales.').percentages.map((p) => p.value)).toEqual([3.5]);
  });
});

describe('durations (CUAD)', () => {
  it.each([
    ['However, either party may terminate this Agreement by and upon notice to the other if the other is unable to perform any of its material obligations for a period of thirty (30) days by reason of a Force Majeure.', [30]],
    ['(ii) For all Taxes paid by Co-Host, Co-Host shall provide to NAI within forty-five (45) days after the end of any quarter, a certificate of tax payment documenting the payment and amount of the Taxes paid during the preceding quarter.', [45]],
    ['hereof, neither party may bring a claim or action regardless of form, arising out of or related to this Agreement, more than two years after the cause of action accrues or becomes known, whichever is later.', [730]],
    ['The obligations of the Agent pursuant to this Agreement shall terminate upon termination of the Offering, but in no event later than 45 days after the completion of the Subscription Offering.', [45]],
    ['Within six months of the Effective Date, the Company and MBE will jointly develop a disaster recovery plan outlining plans to respond to Outages.', [180]],
    ['This Attachment and its Product Attachments shall become effective on the Effective Date and shall continue for a period of three (3) years unless terminated as provided in Section 5.0 of the Base Agreement.', [1095]],
    ['(2) the other Party materially breaches this Contract or materially violates the Articles of Association, and such breach or violation is not cured within sixty (60) days of written notice to the breaching/violating Party;', [60]],
    ['Notwithstanding the foregoing, either party may terminate this Agreement at any time without liability by providing one hundred eighty (180) days written notice to the other party.', [180]],
    ['The term of this Agreement shall begin on the Effective Date and shall continue for a period of two (2) years ("Initial Term") unless terminated earlier in accordance with Section 11 of this Agreement.', [730]],
    ['Roche shall have the right to extend the term of the CDx Development Program for additional three (3) year periods, during any period of time in which Roche is a majority shareholder of FMI.', [1095]],
    ['APOLLO shall provide ESTABLISHMENT on a monthly basis a twelve (12) month rolling forecast to allow for visibility into expected future demands.', [360]],
    ['In the event that the affected party is prevented from performing its obligations pursuant to this Section 16.7 for a period of six (6) months, the other party shall have the right to terminate this Agreement.', [180]],
  ])('%s', (sentence, days) => {
    expect(attributesOf(sentence).durations.map((d) => d.days)).toEqual(days);
  });

  it('marks business days and counts weeks as seven days', () => {
    const d = attributesOf('Customer shall maintain adequate records for at least ten (10) Business Days, and shall respond within two weeks.').durations;
    expect(d.map((x) => x.days)).toEqual([10, 14]);
    expect(d[0]?.business).toBe(true);
    expect(d[1]?.business).toBeUndefined();
  });

  it('ignores redacted periods', () => {
    expect(attributesOf('(i) [***] days after the date the applicable Purchase Order was received by MediWound.').durations).toEqual([]);
  });
});

describe('dates (CUAD)', () => {
  it.each([
    ['RESELLER AGREEMENT This agreement ("Agreement") dated as of January 11, 2011 ("Effective Date") is between Diversinet Corp.', ['2011-01-11']],
    ['12.On April 24, 2011, this Agreement shall supersede and replace that certain letter agreement, dated December 13, 1991, by and between AIG and the Company.', ['2011-04-24', '1991-12-13']],
    ['This Agreement is entered into on February 26, 1999, (the "Effective Date") by and between Mortgage Logic.com, Inc.', ['1999-02-26']],
    ['a. "Contract Period" shall mean that period of time from February 21, 2011 through December 31, 2012.', ['2011-02-21', '2012-12-31']],
    ['Name: Jean-François Huc Title: President Date: October 15, 2011', ['2011-10-15']],
    ['MONROVIA, Calif. - February 5, 2020 - Xencor, Inc.', ['2020-02-05']],
    ['This Manufacturing Agreement ("Agreement") is made and entered into as of the 20th day of March, 2018 (the "Effective Date").', ['2018-03-20']],
    ['THIS AGREEMENT is made this 1st day of August, 2013, (the "Effective Date"), by and between Snotarator LLC, a Texas limited liability company.', ['2013-08-01']],
    ['"Offtake Agreement" means that certain Crude Oil Sale and Purchase Agreement between the Principal and STASCO dated 1 November 1999.', ['1999-11-01']],
    ['The Joint Venture shall commence on the 1st of March, 2003, and shall be effective until February 28, 2004.', ['2003-03-01', '2004-02-28']],
    ['Extraction of Metals from Metallic Compounds EP EP 14740863.7 6/9/2015 Pending', ['2015-06-09']],
  ])('%s', (sentence, isos) => {
    expect(attributesOf(sentence).dates.map((d) => d.iso)).toEqual(isos);
  });

  it('reads ISO dates and ignores placeholders and impossible dates', () => {
    const dates = attributesOf('Effective as of 2003-03-01, replacing the letter of [●] 2003, the draft of January __, 2020 and "February 30, 2021".').dates;
    expect(dates.map((d) => d.iso)).toEqual(['2003-03-01']);
  });
});

describe('patent numbers', () => {
  it.each([
    ['The AcuForm technology described in U.S. Patent Nos. 6,340,475 and 6,635,280.', ['US6340475', 'US6635280']],
    ['the subject of the following patents and patent applications: AU761865 EP11172020 US 6,731,767 CA 2,361,544', ['AU761865', 'EP11172020', 'US6731767', 'CA2361544']],
    ['FR 1638938 France Compounds, compositions and methods for treatment and prevention of orthopoxvirus infections', ['FR1638938']],
    ['Extraction of Metals from Metallic Compounds EP EP 14740863.7 6/9/2015 Pending', ['EP14740863.7']],
    ['EP 16718052 14-Nov-17 US 15564161 3-Oct-17', ['EP16718052', 'US15564161']],
    ['US 62/142,611 3-Apr-15', ['US62/142611']],
    ['Licensor owns U.S. Patent No. 7,123,456 and US 7,234,567 B2.', ['US7123456', 'US7234567B2']],
    ['The Licensed Patents include EP 1 234 567 and its counterparts.', ['EP1234567']],
    ['Patents shall mean United States Patent Application Serial No. 10/123,456 filed on March 1, 2003.', ['US10/123456']],
    ['The equivalent Japanese patent JP 2000-597976 is excluded.', ['JP2000-597976']],
  ])('%s', (sentence, numbers) => {
    expect(attributesOf(sentence).patentNumbers).toEqual(numbers);
  });

  it('does not read money as a patent', () => {
    expect(attributesOf('The fee is US 2,000,000 dollars in total.').patentNumbers).toEqual([]);
  });
});

describe('numbers in words and figures (CUAD)', () => {
  it.each([
    ['In the event that Non-identifiable losses exceed cero Point five percent (0.5%) of the deliveries, the Contractor shall pay.', []],
    ['the Company shall have filed a Shelf Registration Statement, three (3) million dollars ($3,000,000) of which remain available.', [[3, 3]]],
    ['Licensee shall pay an annual fee of one hundred fifty thousand United States dollars (US$105,000).', [[150_000, 105_000]]],
    ['The Purchaser shall pay two million U.S. dollars (US$2,000,000) at Closing.', [[2_000_000, 2_000_000]]],
  ])('compares only whole numbers: %s', (sentence, pairs) => {
    expect((attributesOf(sentence).numberPairs ?? []).map((p) => [p.words, p.figures])).toEqual(pairs);
  });

  it.each([
    ['Within thirty (30) days after the Effective Date, the Parties shall establish a Joint Development Committee.', 30, 30],
    ['The arbitration shall be conducted by one (1) arbitrator appointed in accordance with the Rules in San Francisco County, California.', 1, 1],
    ['Royalty payments shall be paid quarterly within thirty (45) days following the close of the calendar quarter.', 30, 45],
    ['In addition, both Parties agree to use their best efforts to cause a final decision to be rendered within sixty (60) days after its submission.', 60, 60],
    ['Carrier shall allocate up to ninety percent (90%) of the Available Capacity on a non-discriminatory historical basis to all Historical Shippers.', 90, 90],
    ['Notwithstanding the foregoing, either party may terminate this Agreement at any time without liability by providing one hundred eighty (180) days written notice to the other party.', 180, 180],
    ["Service Provider shall maintain employer's liability insurance with a limit of liability of One Million Dollars ($1,000,000) for each accident.", 1_000_000, 1_000_000],
    ['The Minimum BCF shall be Three Million Seven Hundred Thousand Dollars ($3,700,000) for calendar year 2002.', 3_700_000, 3_700_000],
    ['(ii) Co-Host shall provide to NAI within forty-five (45) days after the end of any quarter, a certificate of tax payment.', 45, 45],
    ["Customer shall maintain adequate records for at least ten (10) Business Days, including backup on magnetic tape.", 10, 10],
    ['The term of this Agreement shall continue for a period of two (2) years ("Initial Term").', 2, 2],
    ['Either party may terminate on five (6) years notice.', 5, 6],
    ['Supplier becomes subject to insolvency proceedings, and fails to remove itself from such proceedings within ten (90) days from the date of filing.', 10, 90],
    ['(ii) if mailed, three (2) days after deposit in the mail.', 3, 2],
    ["(ii) providing thirty (60) days' written notice to the other party.", 30, 60],
    ['Any period of this Section 13(h) which extends beyond one-hundred-and-eighty (180) days, this Agreement may be terminated.', 180, 180],
    // Written for these tests: each unit word before the bracket, no space before it, a line break, capitals.
    ['Licensee shall pay a royalty of five per cent (5%) of Net Sales.', 5, 5],
    ['A fee of ten pounds sterling (£10) is due for each copy.', 10, 10],
    ['Notice takes effect within five(5) Business Days.', 5, 5],
    ['The deposit is twenty euros (EUR 20) per unit.', 20, 20],
    ['The Licensee shall order Fifty-Five\n(55) units per year.', 55, 55],
    ['A late fee of FIVE PERCENT (5%) applies; the xfive (5) units are free.', 5, 5],
  ])('%s', (sentence, words, figures) => {
    const pairs = attributesOf(sentence).numberPairs ?? [];
    expect(pairs.map((p) => [p.words, p.figures])).toEqual([[words, figures]]);
    const pair = pairs[0];
    if (pair?.start !== undefined && pair.end !== undefined) expect(sentence.slice(pair.start, pair.end)).toBe(pair.text);
  });

  // Figures first, the words in brackets after them (Indian and much Asian drafting): compared as the other order is.
  it.each([
    ['BRS shall pay INR 2,50,00,000 (Rupees Two Crore Fifty Lakh only) within 45 days.', 25_000_000, 25_000_000],
    ['The minimum royalty shall not be less than INR 75,00,000 (Rupees Seventy Lakh only) in any year.', 7_000_000, 7_500_000],
    ['A fee of Rs. 1,00,000 (Rupees One Lakh) is payable on signature.', 100_000, 100_000],
    ['The Licensee shall pay US$ 2,000,000 (US Dollars Two Million only) at Closing.', 2_000_000, 2_000_000],
    ['The Licensee shall pay USD 1,500,000 (One Million Five Hundred Thousand US Dollars).', 1_500_000, 1_500_000],
  ])('figures then words: %s', (sentence, words, figures) => {
    const pairs = attributesOf(sentence).numberPairs ?? [];
    expect(pairs.map((p) => [p.words, p.figures])).toEqual([[words, figures]]);
  });

  // Words first and rupees in the bracket, as the same drafting also writes an amount: compared as dollars are.
  it.each([
    ['The Licensee shall pay Rupees Ten Lakh (INR 1,00,000) on signature.', 1_000_000, 100_000],
    ['A fee of Ten Lakh Rupees (Rs. 10,00,000) is payable on launch.', 1_000_000, 1_000_000],
    ['The milestone is Rupees One Crore (₹ 1,00,00,000).', 10_000_000, 10_000_000],
  ])('words then rupee figures: %s', (sentence, words, figures) => {
    const pairs = attributesOf(sentence).numberPairs ?? [];
    expect(pairs.map((p) => [p.words, p.figures])).toEqual([[words, figures]]);
  });

  it('reads no pair from figures followed by a bracket of other words (near miss)', () => {
    expect(attributesOf('Licensee shall pay USD 2,000,000 (the "Upfront Fee") and INR 5,00,000 (exclusive of GST).').numberPairs ?? []).toEqual([]);
  });

  it.each([['one thousand crore', 10_000_000_000], ['two crore fifty lakh', 25_000_000], ['seventy lakh', 7_000_000], ['ten lakh fifty thousand', 1_050_000]])('%s = %d', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });

  // The pairs are read in a window of 80 characters before each bracket. A window that started inside a word let
  // `\b` see a boundary there, so the "ten" of "often", 77 white-space characters before a list item's bracket (as
  // in EDGAR's column layouts), read as the number word of a pair "ten (11)": a false words-and-figures mismatch.
  it('never reads a number word out of the middle of a word cut by the window', () => {
    const audit =
      `8.2 Licensee shall permit Licensor's auditors to inspect its books as often\n${' '.repeat(76)}(11) times a year as ` +
      'Licensor reasonably requests, on ten (10) days prior written notice.';
    expect((attributesOf(audit).numberPairs ?? []).map((p) => [p.words, p.figures])).toEqual([[10, 10]]);
    // The same layout one character further from the bracket, and a number word that is whole at the cut.
    const further = `8.2 Licensee shall permit inspections as often${' '.repeat(78)}(11) times a year.`;
    expect(attributesOf(further).numberPairs ?? []).toEqual([]);
    const whole = `8.2 Licensee shall pay the fee within ten${' '.repeat(77)}(10) days after invoice.`;
    expect((attributesOf(whole).numberPairs ?? []).map((p) => [p.words, p.figures])).toEqual([[10, 10]]);
    // The look-back for a number that the words are only part of ("one half of one percent") starts on a whole word
    // too: "on behalf of", its "half of" 12 characters before the words, is no fraction.
    const behalf = '9.1 Licensor shall deliver to Licensee, on its own behalf and on behalf of\n    three (3) of its Affiliates, the Documentation.';
    expect((attributesOf(behalf).numberPairs ?? []).map((p) => [p.words, p.figures])).toEqual([[3, 3]]);
    expect((attributesOf('A royalty of one half of one percent (0.5%) of Net Sales is due.').numberPairs ?? [])).toEqual([]);
    // Other fractions of a percent, as a settlement's running royalty writes them (test/agreements/v-npe-...): the words
    // after the fraction are not the figure's ("nine-tenths of one percent (0.9%)" was read as 1 against 0.9).
    for (const words of ['nine-tenths of one percent (0.9%)', 'nine tenths of one percent (0.9%)', 'three quarters of one percent (0.75%)', 'two thirds of one percent (0.67%)', 'one tenth of one percent (0.1%)'])
      expect(attributesOf(`4.02 Brightwave shall pay Lodestar a royalty of ${words} of the Net Sales.`).numberPairs ?? [], words).toEqual([]);
    // Near misses: a fraction word that is no part of the words ("the fifth of" a month, "one third" without "of") leaves
    // the pair to be compared.
    expect((attributesOf('4.03 Payment is due on the fifth of ten (11) business days after invoice.').numberPairs ?? []).map((p) => [p.words, p.figures])).toEqual([[10, 11]]);
    expect((attributesOf('4.04 The third of the instalments shall be paid within thirty (31) days.').numberPairs ?? []).map((p) => [p.words, p.figures])).toEqual([[30, 31]]);
    // Nor inside a run of number words longer than the window, as EDGAR's double spaces make them: the words were
    // read from "Three" (345,678), a false mismatch with the figures.
    const price = '5.1 Licensee shall pay Licensor the sum of Two  Million  Three  Hundred  Forty-Five  Thousand  Six  Hundred  Seventy-Eight  Dollars ($2,345,678) on signing.';
    expect((attributesOf(price).numberPairs ?? []).map((p) => [p.words, p.figures])).toEqual([[2_345_678, 2_345_678]]);
    const period = `5.2 The Initial Term is one hundred and twenty${' '.repeat(70)}(120) days.`;
    expect(attributesOf(period).durations.map((d) => [d.text.split(/\s+/)[0], d.days])).toEqual([['one', 120]]);
    // Every family read in such windows: a duration too ("ten (30) days" was 10 days; the bracketed figure alone is
    // not read as one).
    const notice = `8.3 Licensor may audit as often${' '.repeat(77)}(30) days after notice.`;
    expect(attributesOf(notice).durations.map((d) => d.days)).toEqual([]);
  });

  // A blank line ends a number: a heading that ends in a number word ("ARTICLE SEVENTEEN") is not part of the number
  // that opens the next paragraph, however near it is (it was read as "seventeen five million", 22,000,000).
  it('never reads number words across a blank line as one number', () => {
    for (const blank of ['\n\n', '\r\n\r\n', '\n  \n', '\r\r'])
      for (let gap = 1; gap <= 90; gap += 1) {
        const price = `ARTICLE SEVENTEEN${blank}Five Million${' '.repeat(gap)}($5,000,000) is due on signing.`;
        expect(findNumberPairs(price).map((p) => [p.text.split(/\s+/)[0], p.words, p.figures])).toEqual([['Five', 5_000_000, 5_000_000]]);
        const term = `ARTICLE SEVENTEEN${blank}Five${' '.repeat(gap)}years after the Effective Date, the licence ends.`;
        expect(findDurations(term).map((d) => [d.text.split(/\s+/)[0], d.days])).toEqual([['Five', 5 * 365]]);
      }
    // A single line break still joins the words of one number ("Fifty-Five\n(55)" above).
    expect(findNumberPairs('The Licensee shall order Twenty\nFive (25) units.').map((p) => [p.words, p.figures])).toEqual([[25, 25]]);
  });
});

// A blank line ends the pairing of a number and its unit too, not only a run of number words: a schedule row that ends
// in a number ("Initial Term: FIVE") is no duration with the paragraph under it that opens "Years".
describe('numbers and units across a blank line', () => {
  // (A text with carriage returns alone, as old Mac exports have, breaks its lines and paragraphs with them.)
  const blanks = ['\n\n', '\r\n\r\n', '\n \t\n', '\r\r', '\r \r'];
  it.each(blanks)('reads no duration, money, percentage or pair across %j', (blank) => {
    const schedule = [
      `Initial Term: FIVE${blank}Years in which the Licensee sells no Licensed Product count toward the Royalty Term.`,
      `Minimum Annual Royalty: 25${blank}Dollars are owed for each unit returned under Section 4.`,
      `Royalty Rate: five${blank}percent of the Net Sales shall be paid by wire transfer.`,
      `Cure Period: thirty${blank}(30) Business Days after notice, as set out in Section 12.2.`,
      `Notice Period: sixty (60) calendar${blank}days of the Licensor's records are open to audit.`,
    ].join('\n\n');
    expect(findDurations(schedule).map((d) => d.text)).toEqual([]);
    expect(findMoney(schedule).map((m) => m.text)).toEqual([]);
    expect(findPercentages(schedule).map((p) => p.text)).toEqual([]);
    expect(findNumberPairs(schedule).map((p) => p.text)).toEqual(['sixty (60)']);
    // Words that figures in brackets follow are never read alone, even with a blank line between: no 1 % here.
    expect(findPercentages(`The Grant Number is the number of dollars in one half of one percent${blank}(0.5%) of the Royalty Base.`).map((p) => p.value)).toEqual([0.5]);
  });

  it('still pairs a number and its unit across one line break', () => {
    const wrapped = 'The Initial Term is five (5)\nyears. The Licensee shall pay ten percent\n(10%) of Net Sales and Fifty Thousand\nDollars on signing.';
    const facts = attributesOf(wrapped);
    expect(facts.durations.map((d) => d.days)).toEqual([5 * 365]);
    expect(facts.percentages.map((p) => p.value)).toEqual([10]);
    expect(facts.money.map((m) => m.amount)).toEqual([50_000]);
    expect(findNumberPairs(wrapped).map((p) => [p.words, p.figures])).toEqual([[5, 5], [10, 10]]);
    for (const lineBreak of ['\r\n', '\r']) {
      const text = wrapped.replaceAll('\n', lineBreak);
      expect(findDurations(text).map((d) => d.days)).toEqual([5 * 365]);
      expect(findPercentages(text).map((p) => p.value)).toEqual([10]);
      expect(findMoney(text).map((m) => m.amount)).toEqual([50_000]);
      expect(findNumberPairs(text).map((p) => [p.words, p.figures])).toEqual([[5, 5], [10, 10]]);
    }
  });
});

// Swiss, South African and continental figures: apostrophes or spaces between the thousands, a decimal comma, the Swiss
// '.--' for no centimes; a date with full stops between day, month and year. Before, 'CHF 1'250'000.--' was CHF 1 and
// 'R1 500 000,00' no money at all, so that a pair of words and figures that disagree was never compared.
describe('money and dates as Swiss and South African drafting writes them', () => {
  it.each([
    ["Kinneret shall pay a lump sum of CHF 1'250'000.-- on signature.", 1_250_000, 'CHF'],
    ["The second instalment of CHF 250'000.00 is due at the end of 2027.", 250_000, 'CHF'],
    ['The Licensee shall pay R1 500 000,00 within thirty days.', 1_500_000, 'ZAR'],
    ['A milestone of ZAR 2 000 000 is payable on first sale.', 2_000_000, 'ZAR'],
    ['The fee is EUR 1.500.000,50 in total.', 1_500_000.5, 'EUR'],
    // Two full stops and no comma: thousands (before, 'EUR 2.000' and so 2 euros).
    ['The Licensee shall pay EUR 2.000.000 on signature.', 2_000_000, 'EUR'],
    ['A fee of € 1.250.000.000 is payable at the end of 2027.', 1_250_000_000, 'EUR'],
    // (One full stop stays a decimal: '1.500' may be one and a half.)
    ['A handling charge of USD 1.500 applies per shipment.', 1.5, 'USD'],
  ])('%s', (sentence, amount, currency) => {
    expect(findMoney(sentence).map((m) => [m.amount, m.currency])).toEqual([[amount, currency]]);
  });

  it('compares words in brackets with such figures, the bracket far past the figures', () => {
    const text = "a lump sum of CHF 1'250'000.-- (one million two hundred and fifty thousand Swiss francs) and CHF 250'000.00 (two hundred thousand Swiss francs), and R1 500 000,00 (one million five hundred thousand rand)";
    expect(findNumberPairs(text).map((p) => [p.words, p.figures])).toEqual([[1_250_000, 1_250_000], [200_000, 250_000], [1_500_000, 1_500_000]]);
  });

  it('reads day.month.year dates, not a version number or figures with no month in them (near miss)', () => {
    expect(attributesOf('The second instalment is due no later than 31.12.2027.').dates?.map((d) => d.iso)).toEqual(['2027-12-31']);
    expect(attributesOf('Release 4.1.2026.3 of the software and item 2.15.2026 are no dates.').dates ?? []).toEqual([]);
  });

  it('reads no money from a revision mark or figures in a list (near miss)', () => {
    expect(findMoney('Drawing R2 of the specification, items 100 200 and 300, and the Q3 2026 plan.')).toEqual([]);
  });
});

// The South African 'R' before grouped figures is also the shape of a drawing or part reference: money only in a money
// context (a decimal part, words framing an amount, or a document in rand without a reference word before it).
describe('the rand sign needs a money context', () => {
  it.each([
    'Drawing R100 200 300 shows the layout of the Licensed Module.',
    'The bracket is described in reference R1 000 of the parts list.',
    'Part No. R1 000 and Sheet R2 500 are listed in Annex B.',
  ])('no money in %s (near miss)', (sentence) => {
    expect(findMoney(sentence)).toEqual([]);
  });

  it.each([
    ['The Licensee shall pay R1 500 000,00 within thirty days.', 1_500_000],
    ['A licence fee of R2 000 000 is payable on signature.', 2_000_000],
    ['The royalty shall not exceed R250 000 in any year.', 250_000],
  ])('%s', (sentence, amount) => {
    expect(findMoney(sentence).map((m) => [m.amount, m.currency])).toEqual([[amount, 'ZAR']]);
  });

  it('reads a bare amount in a document whose currency is the rand, not a drawing in it', () => {
    const text = 'All amounts are in South African rand (ZAR). The deposit, R25 000, is refundable. Drawing R100 200 300 shows the module.';
    expect(findMoney(text).map((m) => [m.text, m.amount])).toEqual([['R25 000', 25_000]]);
    expect(findMoney('The deposit, R25 000, is refundable under the Agreement.')).toEqual([]);
  });
});

describe('a version number is no date', () => {
  it.each(['Firmware version 2.1.2025 is the Licensed Release.', 'Licensee shall install v2.1.2025 within ten days.', 'Release 3.4.2026 and build 1.12.2025 are covered.'])('%s (near miss)', (sentence) => {
    expect(attributesOf(sentence).dates ?? []).toEqual([]);
  });

  it('still reads a date after other words', () => {
    expect(attributesOf('The version delivered on 2.1.2025 is accepted.').dates?.map((d) => d.iso)).toEqual(['2025-01-02']);
  });
});

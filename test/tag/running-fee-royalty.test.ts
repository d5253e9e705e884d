// A running fee by any name is a royalty: a licence fee, remuneration or compensation of a percentage of the sales or of
// their price. Near misses: a fixed licence fee, a late fee of a percentage of an invoice.
import { describeRound, type RoundCase } from './round-cases.js';

const CASES: readonly RoundCase[] = [
  { type: 'royalty',
    yes: ['For the licence granted to it, each Contracting Party shall pay the other a licence fee of 4 % of the Net Selling Price of each Contractual Product sold.',
      'The Licensee shall pay the Licensor a remuneration of 2.5% of the gross selling price of every pump it delivers.'],
    no: ['In consideration of the licence in Clause 2.1, Kuroda shall pay Tavistock a licence fee of EUR 50,000 within forty-five days after the Effective Date.',
      'Payments received after the due date bear a late fee of 1.5% of the invoice amount for each month of delay.'] },
];

describeRound('running fees read as royalties', CASES);

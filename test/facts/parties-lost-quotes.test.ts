// A preamble whose quotation marks were lost in conversion gives its aliases in bare brackets, one of them before the
// name it labels: 'by and between DOT COM LLC, OBA ..., a Delaware limited liability company (Developer ), and (Client)
// Pelican Delivers Inc. for the performance of ...'. No party was read. Preambles written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const partiesOf = (text: string) => factsOf(text).parties.map((p) => ({ name: p.name, aliases: [...p.aliases] }));

const body = [
  '1. Term. This Agreement runs until the Developer delivers the Application and the Client accepts it.',
  '2. Services. The Developer will design and build the Application to the Client\'s specifications.',
  '3. Fees. The Client will pay the Developer the fees in each statement of work.',
  '4. Ownership. The Client owns the Application once the Developer is paid in full.',
].join('\n\n');

describe('aliases in bare brackets', () => {
  it('reads a role before the name it labels and one after its description, when the agreement uses both as names', () => {
    const text = `SOFTWARE DEVELOPMENT AGREEMENT\n\nThis Software Development Agreement (Agreement ) is made March 4th, 2021 by and between HARBORLINE CODE LLC, DBA Tacoma App Builders, a Washington limited liability company (Developer ), and (Client) Quayside Meals Inc. for the design and development of software (Developer and Client are each referred to herein as a Party).\n\n${body}`;
    expect(partiesOf(text)).toEqual([
      { name: 'HARBORLINE CODE LLC', aliases: ['Developer'] },
      { name: 'Quayside Meals Inc.', aliases: ['Client'] },
    ]);
  });

  it('near miss: bracketed words the agreement does not use as names are no aliases', () => {
    const text = `SOFTWARE DEVELOPMENT AGREEMENT\n\nThis Software Development Agreement is made March 4th, 2021 by and between Harborline Code B.V. (KvK) and Quayside Meals Inc. (USA).\n\n${body}`;
    const parties = partiesOf(text);
    expect(parties.flatMap((p) => p.aliases)).toEqual([]);
  });
});

// A party's name never runs across a blank line: a label above it ("Parties to this agreement") is no part of it, and
// a cover page's running title and contents heading after the preamble ("Licence and\n\nCollaboration Agreement\n\n
// Table of Contents") name no party. Preambles written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const partiesOf = (text: string) => factsOf(text).parties.map((p) => ({ ...p, aliases: [...p.aliases] }));

describe('parties: a blank line ends a name', () => {
  it('reads the name under a label line, not the label with it', () => {
    const text =
      'This Services Agreement (hereinafter "Agreement") is effective as from 1 March 2026, by and between:\n\nParties to this agreement\n\nKAROO FOUNDRIES (PTY) LTD, registration number 2001/004417/07, with its registered office at 12 Smelter Road, Polokwane, represented by its Managing Director (hereinafter referred to as "the Customer"),\n\nAND\n\nMERIDIAN DATA SERVICES, S.A., a public limited company with its place of business in Madrid, Spain (hereinafter referred to as "MDS").\n\n1. SERVICES\n\n1.1 MDS shall provide the services to the Customer.';
    expect(partiesOf(text)).toEqual([
      { name: 'KAROO FOUNDRIES (PTY) LTD', aliases: ['Customer'] },
      { name: 'MERIDIAN DATA SERVICES, S.A.', aliases: ['MDS'] },
    ]);
  });

  it('reads no party from a running title and a contents heading after a cover line', () => {
    const text =
      'Licence and Collaboration Agreement between Halden Pharma AG Seestrasse 4 8002 Zurich Switzerland and Vireo Laboratorios S.A. Rua Augusta 100 Sao Paulo Brazil regarding the Product in Latin America\n\nLicence and Collaboration Agreement\n\nTable of Contents\n\nWHEREAS Halden owns the Patents.';
    expect(partiesOf(text).map((p) => p.name)).not.toContain('Collaboration Agreement Table of Contents');
    expect(partiesOf(text).every((p) => !p.name.includes('Table of Contents'))).toBe(true);
  });
});

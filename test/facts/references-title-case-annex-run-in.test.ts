// precision/dangling-reference: an exhibit whose heading EDGAR ran into its text in title case, its lines joined by wide
// gaps ("Exhibit A    Media Services     The following describes the advisory services ..."), is the exhibit, not a
// reference to it. Only headings in capitals were read so; an outsourcing agreement was told, four times, that it
// does not contain the Exhibit A attached to it, once at the exhibit's own heading.
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { analyze } from '../../src/analysis.js';

const missing = (text: string) => [...analyze(sourceFromText(text, 'outsourcing.txt')).facts.attributes.values()]
  .flatMap((a) => a.crossReferences).filter((r) => r.targetId === null).map((r) => r.text);

const agreement = (exhibits: string) => [
  'OUTSOURCING AGREEMENT',
  'This Outsourcing Agreement is made between Norvale Power Holdings, LLC (the "Company") and Tessaly Advisors LLC (the "Contractor").',
  'Section 2.01 Fees. The Company shall pay the Contractor a fee for the media services described in Exhibit A.',
  'Section 2.02 Term. This Agreement runs for one year.',
  'IN WITNESS WHEREOF, the parties have signed this Agreement as of the date first written above.',
  exhibits,
].join('\n\n');

describe('an exhibit heading in title case run into its text', () => {
  it('reads "Exhibit A    Media Services     The following ..." at a line start as the exhibit', () => {
    const text = agreement('Exhibit A    Media Services     The following describes the advisory services to be provided by the Contractor to the Company under this Agreement.');
    expect(missing(text)).toEqual([]);
  });

  it('near miss: a line listing the exhibits names them without being them', () => {
    const text = agreement('Exhibit A         List of Products           Exhibit B         The Territory           Exhibit C         Form of Sublicense');
    expect(missing(text)).toEqual(['Exhibit A', 'Exhibit A', 'Exhibit B', 'Exhibit C']);
  });
});

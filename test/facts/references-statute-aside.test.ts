// precision/dangling-reference: a reference in a bracket right after a statute's name is the statute's. A licence's
// definition cites "European Directive 2001/83/EC on the Community Code for medicinal products (Article 10(4) and
// Section 4, Part II of Annex I)": the annex is the directive's, yet the agreement was told it has no Annex I.
// Agreement text written for this test.
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { analyze } from '../../src/analysis.js';

const refsOf = (text: string) => [...analyze(sourceFromText(text, 'licence.txt')).facts.attributes.values()]
  .flatMap((a) => a.crossReferences).map((r) => [r.text, r.targetId !== null]);

const agreement = (definition: string) => [
  'LICENSE AGREEMENT',
  'This License Agreement is made between Corvane Biologics, Inc. ("Corvane") and Helmark Pharma AG ("Helmark").',
  '1. DEFINITIONS',
  `1.1 "Biosimilar Application" means an application for approval of a biosimilar product ${definition}.`,
  '2. LICENSE',
  '2.1 Corvane grants Helmark a non-exclusive licence under the Licensed Patents.',
].join('\n\n');

describe('references in a bracket after a statute', () => {
  it('are the statute\'s, not this agreement\'s', () => {
    const refs = refsOf(agreement('in accordance with European Directive 2001/83/EC on the Community Code for medicinal products (Article 10(4) and Section 4, Part II of Annex I) and each regulation made under it'));
    expect(refs.filter(([, found]) => !found)).toEqual([]);
  });

  it('near miss: a bracket after a statute that points into this agreement still dangles', () => {
    const refs = refsOf(agreement('under the Public Health Service Act (as defined in Annex I hereto)'));
    expect(refs).toContainEqual(['Annex I', false]);
  });

  it('near miss: a reference in a bracket after no statute still dangles', () => {
    const refs = refsOf(agreement('filed with the competent authority (in the form of Annex I)'));
    expect(refs).toContainEqual(['Annex I', false]);
  });

  it('reads a reference after a bracket that opens the text and is closed (the search for the open bracket ends)', () => {
    // The search for the bracket holding a reference steps back from bracket to bracket; one at offset 0 ended it only
    // once a later step searched from before the text's start, which lastIndexOf reads as 0 again.
    const refs = refsOf('(a) The Licensee shall pay the fees set out in Schedule 4.');
    expect(refs).toEqual([['Schedule 4', false]]);
  });
});

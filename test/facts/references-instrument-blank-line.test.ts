// precision/dangling-reference: the instrument a reference belongs to is named in its own paragraph. "... the assets
// listed in Attachment 3 to Helmark's plant." followed by the heading "ATTACHMENT 1" and its title "STATEMENT OF WORK"
// was read as "Attachment 3 to ... Statement of Work", another instrument's attachment, so the missing Attachment 3 was
// not reported. Agreement text written for this test.
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { analyze } from '../../src/analysis.js';

const refsOf = (text: string) => [...analyze(sourceFromText(text, 'transfer.txt')).facts.crossReferences.values()].flat().map((r) => [r.text, r.targetId !== null]);

const agreement = (last: string) =>
  [
    'ASSET TRANSFER AGREEMENT',
    'This Agreement is made between Corvane Devices, Inc. ("Corvane") and Helmark Manufacturing Ltd. ("Helmark").',
    '1. TRANSFER',
    '1.1 Helmark shall pay the price in Section 2.',
    '2. PRICE',
    '2.1 The price is due on delivery.',
    `2.2 ${last}`,
    'ATTACHMENT 1',
    'STATEMENT OF WORK',
    'Helmark shall manufacture the products.',
  ].join('\n\n') + '\n';

describe('an instrument named past a blank line', () => {
  it('is not the instrument of the reference before it', () => {
    expect(refsOf(agreement("Corvane shall deliver the assets listed in Attachment 3 to Helmark's plant."))).toContainEqual(['Attachment 3', false]);
  });

  it('near miss: an instrument named in the same sentence still takes the reference', () => {
    expect(refsOf(agreement('Corvane shall deliver the assets listed in Attachment 3 to the Supply Agreement.')).filter(([text]) => text === 'Attachment 3')).toEqual([]);
  });
});
